"""Read approved goldens and guard their integrity.

A golden set is `golden/<ydelse>/<ID>.json` plus `golden/MANIFEST.json` (path -> sha256). Loading refuses a
set whose files do not match the manifest, naming every file, so a hand-edited golden never passes silently.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from harness.config_files import ConfigError, load_json
from harness.contract.config import Severity
from harness.contract.golden import GoldenFile, Manifest

M = TypeVar("M", bound=BaseModel)

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
    alvor: Severity
    obligatorisk: bool
    tags: tuple[str, ...]
    case: dict[str, Any] = field(hash=False, compare=False)
    decision: dict[str, Any] = field(hash=False, compare=False)
    path: Path = field(hash=False, compare=False)
    raw: dict[str, Any] = field(hash=False, compare=False, repr=False)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def golden_files(root: Path = GOLDEN_DIR) -> list[Path]:
    return sorted(p for p in root.glob("*/*.json") if not p.name.endswith(".pending.json"))


def read_manifest(root: Path = GOLDEN_DIR) -> dict[str, str]:
    """The manifest's path -> sha256 ({} when there is none); GoldenIntegrityError when it is not a manifest."""
    path = root / MANIFEST
    if not path.exists():
        return {}
    return dict(_validated(path, Manifest)[0].files)


def _validated(path: Path, model: type[M]) -> tuple[M, Any]:
    """The file as `model`, and its JSON as read; GoldenIntegrityError naming file, line, field and what was expected."""
    try:
        doc = load_json(path)
        return doc.validate(model), doc.data
    except ConfigError as exc:
        raise GoldenIntegrityError([f"{path}: {p}" for p in exc.problems]) from None


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
    """One golden file (harness/contract/golden.py); GoldenIntegrityError naming the file, line and field when it
    is not valid JSON or not a golden."""
    doc, raw = _validated(path, GoldenFile)
    return Golden(id=doc.id, ydelse=doc.ydelse, titel=doc.titel, omraade=doc.omraade, hjemmel=tuple(doc.hjemmel),
                  alvor=doc.alvor, obligatorisk=doc.obligatorisk, tags=tuple(doc.tags), case=doc.case,
                  decision=doc.decision, path=path, raw=raw)


def load_goldens(root: Path = GOLDEN_DIR, ydelse: str | None = None, verify: bool = True) -> list[Golden]:
    """All approved goldens (optionally of one benefit), sorted by id; raises GoldenIntegrityError on tampering."""
    if verify:
        problems = integrity_problems(root)
        if problems:
            raise GoldenIntegrityError(problems)
    goldens = [parse_golden(p) for p in golden_files(root) if ydelse is None or p.parent.name == ydelse]
    return sorted(goldens, key=lambda g: g.id)
