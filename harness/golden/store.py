"""Read approved goldens and guard their integrity.

A golden set is `golden/<ydelse>/<ID>.json` plus `golden/MANIFEST.json` (path -> sha256). Loading refuses a
set whose files do not match the manifest, naming every file, so a hand-edited golden never passes silently.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import orjson

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "golden"
MANIFEST = "MANIFEST.json"
GOLDEN_VERSION = "1.0"


class GoldenIntegrityError(Exception):
    """The golden set does not match its manifest, or a golden file is unreadable."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("golden set failed its integrity check:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Golden:
    id: str
    ydelse: str
    titel: str
    omraade: str
    hjemmel: tuple[str, ...]
    alvor: str
    obligatorisk: bool
    tags: tuple[str, ...]
    case: dict = field(hash=False, compare=False)
    decision: dict = field(hash=False, compare=False)
    path: Path = field(hash=False, compare=False)
    raw: dict = field(hash=False, compare=False, repr=False)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def golden_files(root: Path = GOLDEN_DIR) -> list[Path]:
    return sorted(p for p in root.glob("*/*.json") if not p.name.endswith(".pending.json"))


def read_manifest(root: Path = GOLDEN_DIR) -> dict[str, str]:
    path = root / MANIFEST
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["files"]


def write_manifest(root: Path = GOLDEN_DIR) -> Path:
    files = {p.relative_to(root).as_posix(): sha256_file(p) for p in golden_files(root)}
    path = root / MANIFEST
    path.write_text(json.dumps({"manifest_version": "1.0", "files": files}, indent=2, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def manifest_sha256(root: Path = GOLDEN_DIR) -> str | None:
    path = root / MANIFEST
    return sha256_file(path) if path.exists() else None


def integrity_problems(root: Path = GOLDEN_DIR) -> list[str]:
    """Every mismatch between the golden files on disk and the manifest, one line each."""
    problems = []
    manifest = read_manifest(root)
    if not (root / MANIFEST).exists():
        return [f"{root / MANIFEST}: missing; run `ydelsestjek golden approve` to create it"]
    on_disk = {p.relative_to(root).as_posix(): p for p in golden_files(root)}
    for rel, path in on_disk.items():
        if rel not in manifest:
            problems.append(f"{rel}: not in the manifest (added without approval)")
        elif sha256_file(path) != manifest[rel]:
            problems.append(f"{rel}: sha256 differs from the manifest (changed without approval)")
    for rel in manifest:
        if rel not in on_disk:
            problems.append(f"{rel}: listed in the manifest but missing on disk")
    return problems


def parse_golden(path: Path) -> Golden:
    try:
        raw = orjson.loads(path.read_bytes())   # orjson: the run reads every golden, ≈ 5× faster than json
    except (OSError, json.JSONDecodeError) as exc:  # orjson's error is a json.JSONDecodeError
        raise GoldenIntegrityError([f"{path}: not readable JSON ({exc})"]) from None
    missing = [k for k in ("id", "ydelse", "case", "decision", "alvor", "omraade") if k not in raw]
    if missing:
        raise GoldenIntegrityError([f"{path}: missing field(s) {', '.join(missing)}"])
    return Golden(id=raw["id"], ydelse=raw["ydelse"], titel=raw.get("titel", ""), omraade=raw["omraade"],
                  hjemmel=tuple(raw.get("hjemmel", ())), alvor=raw["alvor"],
                  obligatorisk=bool(raw.get("obligatorisk", True)), tags=tuple(raw.get("tags", ())),
                  case=raw["case"], decision=raw["decision"], path=path, raw=raw)


def load_goldens(root: Path = GOLDEN_DIR, ydelse: str | None = None, verify: bool = True) -> list[Golden]:
    """All approved goldens (optionally of one benefit), sorted by id; raises GoldenIntegrityError on tampering."""
    if verify:
        problems = integrity_problems(root)
        if problems:
            raise GoldenIntegrityError(problems)
    goldens = [parse_golden(p) for p in golden_files(root) if ydelse is None or p.parent.name == ydelse]
    return sorted(goldens, key=lambda g: g.id)
