"""Read approved goldens and guard their integrity.

A golden set is `golden/<ydelse>/<ID>.json` plus `golden/MANIFEST.json` (path -> sha256, signed by an approver).
Reading a set checks, on the very bytes it then uses (no second read an attacker could race):

- the manifest: present, well-formed, its signature by a trusted approver (when approvers are given); its signed
  `serial` (0 for a manifest from before serials) is what a run compares with the highest it verified before
  (harness/golden/serial.py);
- every file in the folder is a listed golden (or the manifest): nothing unlisted, no pending proposal left
  (unapproved), no symbolic link that leaves the folder, every listed file present with its sha256;
- every golden: strict JSON (harness.config_files), the fields a run relies on, its id the file's name and its
  ydelse the folder's, and its approval signed by a trusted approver over the whole golden
  (harness/golden/signing.py).

Every problem names its file; a set with any problem is refused as a whole, so a hand-edited golden never passes
silently and an edit that keeps the manifest consistent still lacks a trusted signature.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from harness.config_files import ConfigError, YamlDoc, parse_json, read_limited
from harness.contract.config import Severity
from harness.contract.golden import GoldenFile, Manifest
from harness.golden import signing
from harness.golden.signing import Approvers, SigningKey
from harness.writing import replace_text

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "golden"
MANIFEST = "MANIFEST.json"
# The stored strength report (harness/golden/strength.py): beside the goldens, tied to the manifest, not in it.
STRENGTH_FILE = "STYRKE.json"
PENDING = ".pending.json"
GOLDEN_VERSION = "1.1"
MANIFEST_VERSION = "1.2"
GOLDEN_FORMAT = "ydelsestjek-golden/1"
MANIFEST_FORMAT = "ydelsestjek-manifest/1"
GOLDEN_MAX_BYTES = 2_000_000
MANIFEST_MAX_BYTES = 5_000_000


class GoldenIntegrityError(Exception):
    """The golden set does not match its manifest, is not signed by a trusted approver, or a file is unreadable."""

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
    godkender: str | None = None       # the trusted approver whose signature was verified (name from the file)
    fingerprint: str | None = None     # that approver's key fingerprint
    demo_key: bool = False             # signed with a published demo key (proves nothing about who approved)


@dataclass
class GoldenSet:
    """What reading a golden folder found: the goldens that passed, and every problem (each naming its file)."""

    root: Path
    goldens: list[Golden] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)        # relative paths of unapproved proposals
    manifest_sha256: str | None = None
    manifest_signer: dict | None = None                      # {navn, fingerprint} of the verified manifest signature
    signatures_checked: bool = False
    approvers_file: dict | None = None                       # the approvers file used: path, sha256, entries
    scenario_dir: Path | None = None                         # the scenarios the goldens were checked against
    manifest_serial: int = 0                                 # the manifest's signed serial (0: from before serials)
    manifest_signed_at: str | None = None                    # when the manifest was signed (its signatur.at)
    serial_check: dict | None = None                         # the run's anti-rollback check (harness/golden/serial.py)

    def approvers_used(self) -> list[dict]:
        """Each approver whose signature a golden carries: name, fingerprint and how many goldens."""
        counts: dict[tuple[str, str, bool], int] = {}
        for g in self.goldens:
            if g.fingerprint:
                key = (g.godkender or "?", g.fingerprint, g.demo_key)
                counts[key] = counts.get(key, 0) + 1
        return [{"navn": n, "fingerprint": fp, "demo": demo, "goldens": c}
                for (n, fp, demo), c in sorted(counts.items())]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


def golden_files(root: Path = GOLDEN_DIR) -> list[Path]:
    return sorted(p for p in Path(root).glob("*/*.json") if not p.name.endswith(PENDING))


def _walk(root: Path) -> tuple[list[str], list[str]]:
    """(every regular file, every symbolic link) under root as paths relative to it; links are not followed."""
    files, links = [], []
    for folder, dirs, names in os.walk(root, followlinks=False):
        for name in dirs + names:
            full = Path(folder) / name
            rel = full.relative_to(root).as_posix()
            if full.is_symlink():
                links.append(rel)
            elif name in names:
                files.append(rel)
    return sorted(files), sorted(links)


def _manifest(root: Path, problems: list[str]) -> tuple[dict | None, bytes | None]:
    path = root / MANIFEST
    if path.is_symlink():
        problems.append(f"{path}: a symbolic link; the manifest must be a plain file")
        return None, None
    if not path.exists():
        problems.append(f"{path}: missing; approve goldens with `ydelsestjek golden approve` to create it")
        return None, None
    try:
        data = read_limited(path, MANIFEST_MAX_BYTES)
        doc = parse_json(data, path, MANIFEST_MAX_BYTES)
    except ConfigError as exc:
        problems.extend(f"{path}: {p}" for p in exc.problems)
        return None, None
    if _validated(path, str(path), doc, data, Manifest, problems) is None:
        return None, data
    return doc if isinstance(doc, dict) else None, data


def _validated(path: Path, label: str, doc: object, data: bytes, model: type[BaseModel],
               problems: list[str]) -> BaseModel | None:
    """The parsed document as `model` (harness/contract/golden.py), or None with every problem named with its
    line and field."""
    try:
        return YamlDoc(path, doc, data.decode("utf-8", "replace")).validate(model)
    except ConfigError as exc:
        problems.extend(f"{label}: {p}" for p in exc.problems)
        return None


def manifest_payload(doc: dict) -> bytes:
    """What the manifest's signature covers; the serial whenever the manifest has one (from version 1.2), so it can
    be neither raised, lowered nor removed without the signature failing."""
    sig = doc.get("signatur") or {}
    serial = {"serial": doc["serial"]} if "serial" in doc else {}
    return signing.canonical({"format": MANIFEST_FORMAT, "manifest_version": doc.get("manifest_version"),
                              "files": doc.get("files"), **serial,
                              **{k: sig.get(k) for k in ("godkender", "noegle", "at")}})


def golden_payload(doc: dict) -> bytes:
    """What an approver signs: the golden without the signature itself."""
    approval = {k: v for k, v in (doc.get("approval") or {}).items() if k != "signatur"}
    return signing.canonical({"format": GOLDEN_FORMAT, "golden": {**doc, "approval": approval}})


def _check_signature(what: Path, block: object, payload: bytes, namespace: str,
                     approvers: Approvers) -> tuple[signing.Approver | None, str | None]:
    """(the trusted approver, None) or (None, why not)."""
    if not isinstance(block, dict) or not block.get("signatur"):
        return None, f"{what}: not signed (no approval signature); approve it with `ydelsestjek golden approve --key …`"
    fp = block.get("noegle")
    approver = approvers.find(fp) if isinstance(fp, str) else None
    if approver is None:
        return None, (f"{what}: signed with key {fp!r}, which is not a trusted approver in {approvers.path}")
    try:
        signing.verify(payload, str(block["signatur"]), namespace, approver.public)
    except signing.SigningError as exc:
        return None, f"{what}: the signature of {approver.navn} ({approver.fingerprint}) is not valid: {exc}"
    return approver, None


def _golden(path: Path, rel: str, data: bytes, problems: list[str], approvers: Approvers | None,
            label: str | None = None) -> Golden | None:
    label = label or rel
    try:
        raw = parse_json(data, path, GOLDEN_MAX_BYTES)
    except ConfigError as exc:
        problems.extend(f"{label}: {p}" for p in exc.problems)
        return None
    model = _validated(path, label, raw, data, GoldenFile, problems)
    if not isinstance(model, GoldenFile) or not isinstance(raw, dict):
        return None
    folder, name = rel.rsplit("/", 1) if "/" in rel else ("", rel)
    if raw["id"] != name[:-len(".json")]:
        problems.append(f"{rel}: its id is {raw['id']!r}, but the file is named for {name[:-len('.json')]!r}")
        return None
    if raw["ydelse"] != folder:
        problems.append(f"{rel}: its ydelse is {raw['ydelse']!r}, but it lies in the folder {folder!r}")
        return None
    approver = None
    if approvers is not None:
        approver, problem = _check_signature(Path(rel), raw.get("approval"), golden_payload(raw),
                                             signing.GOLDEN_NAMESPACE, approvers)
        if problem:
            problems.append(problem)
            return None
    return Golden(id=model.id, ydelse=model.ydelse, titel=model.titel, omraade=model.omraade,
                  hjemmel=tuple(model.hjemmel), alvor=model.alvor, obligatorisk=model.obligatorisk,
                  tags=tuple(model.tags), case=model.case, decision=model.decision, path=path, raw=raw,
                  godkender=approver.navn if approver else None,
                  fingerprint=approver.fingerprint if approver else None, demo_key=bool(approver and approver.demo))


def scan(root: Path = GOLDEN_DIR, approvers: Approvers | None = None) -> GoldenSet:
    """Read and check a whole golden folder (see the module docstring). With `approvers`, every golden and the
    manifest must carry a valid signature of one of them."""
    root = Path(root)
    result = GoldenSet(root=root, signatures_checked=approvers is not None,
                       approvers_file=approvers.to_dict() if approvers is not None else None)
    if not root.is_dir():
        result.problems.append(f"{root}: the golden folder does not exist")
        return result
    real_root = root.resolve()
    manifest, manifest_bytes = _manifest(root, result.problems)
    result.manifest_sha256 = sha256_bytes(manifest_bytes) if manifest_bytes is not None else None
    listed: dict[str, str] = dict(manifest["files"]) if manifest else {}
    if manifest:
        result.manifest_serial = int(manifest.get("serial") or 0)
        result.manifest_signed_at = (manifest.get("signatur") or {}).get("at") or None
    if manifest is not None and approvers is not None:
        signer, problem = _check_signature(root / MANIFEST, manifest.get("signatur"), manifest_payload(manifest),
                                           signing.MANIFEST_NAMESPACE, approvers)
        if problem:
            result.problems.append(problem)
        elif signer is not None:
            result.manifest_signer = {"navn": signer.navn, "fingerprint": signer.fingerprint, "demo": signer.demo}
    files, links = _walk(root)
    for rel in links:
        target = (root / rel).resolve()
        if target != real_root and real_root not in target.parents:
            result.problems.append(f"{rel}: a symbolic link that leads out of the golden folder (to {target})")
        else:
            result.problems.append(f"{rel}: a symbolic link; goldens must be plain files")
    for rel in files:
        if rel in (MANIFEST, STRENGTH_FILE):
            continue
        if rel.endswith(PENDING):
            result.pending.append(rel)
            continue
        if rel not in listed:
            result.problems.append(f"{rel}: not in the manifest (added without approval)")
            continue
        if rel.count("/") != 1 or not rel.endswith(".json"):
            result.problems.append(f"{rel}: not where a golden lives (golden/<ydelse>/<ID>.json)")
            continue
        try:
            data = read_limited(root / rel, GOLDEN_MAX_BYTES)
        except ConfigError as exc:
            result.problems.extend(f"{rel}: {p}" for p in exc.problems)
            continue
        if sha256_bytes(data) != listed[rel]:
            result.problems.append(f"{rel}: sha256 differs from the manifest (changed without approval)")
            continue
        golden = _golden(root / rel, rel, data, result.problems, approvers)
        if golden is not None:
            result.goldens.append(golden)
    on_disk = set(files)
    for rel in sorted(listed):
        if rel not in on_disk and rel not in links:
            result.problems.append(f"{rel}: listed in the manifest but missing on disk")
    result.goldens.sort(key=lambda g: g.id)
    return result


def read_manifest(root: Path = GOLDEN_DIR) -> dict[str, str]:
    problems: list[str] = []
    doc, _ = _manifest(Path(root), problems)
    if problems and (Path(root) / MANIFEST).exists():
        raise GoldenIntegrityError(problems)
    return dict(doc["files"]) if doc else {}


def current_serial(root: Path = GOLDEN_DIR) -> int:
    """The serial of the manifest now in root (0 when it has none or there is none). A manifest left with merge
    conflict markers is not JSON: the highest serial written in it counts (either side's), so re-signing after a
    merge never goes below what either branch signed."""
    path = Path(root) / MANIFEST
    try:
        data = read_limited(path, MANIFEST_MAX_BYTES)
    except (ConfigError, OSError):
        return 0
    try:
        doc = parse_json(data, path, MANIFEST_MAX_BYTES)
        serial = doc.get("serial") if isinstance(doc, dict) else None
        return serial if isinstance(serial, int) and not isinstance(serial, bool) and serial > 0 else 0
    except ConfigError:
        found = re.findall(rb'"serial"\s*:\s*([0-9]{1,18})\b', data)
        return max((int(n) for n in found), default=0)


def write_manifest(root: Path = GOLDEN_DIR, key: SigningKey | None = None, godkender: str = "",
                   at: str = "", serial: int | None = None) -> Path:
    """The manifest of the golden files on disk; signed when a key is given (every approval signs it). Its serial is
    `serial`, by default one more than the manifest it replaces (current_serial)."""
    root = Path(root)
    files = {p.relative_to(root).as_posix(): sha256_file(p) for p in golden_files(root)}
    serial = serial if serial is not None else current_serial(root) + 1
    doc: dict = {"manifest_version": MANIFEST_VERSION, "serial": serial, "files": files}
    if key is not None:
        doc["signatur"] = {"godkender": godkender, "noegle": key.fingerprint, "at": at}
        doc["signatur"]["signatur"] = signing.sign(manifest_payload(doc), key, signing.MANIFEST_NAMESPACE)
    path = root / MANIFEST
    replace_text(path, json.dumps(doc, indent=2, sort_keys=True) + "\n")   # a planted link replaced, not followed
    return path


def manifest_sha256(root: Path = GOLDEN_DIR) -> str | None:
    path = Path(root) / MANIFEST
    return sha256_file(path) if path.exists() else None


def integrity_problems(root: Path = GOLDEN_DIR, approvers: Approvers | None = None) -> list[str]:
    """Every problem of the folder (unapproved proposals aside: the workflow reports those), one line each."""
    return scan(root, approvers).problems


def signed_by_trusted(path: Path, approvers: Approvers) -> Golden | None:
    """The golden at path if it is well-formed, in its place and validly signed by a trusted approver (whatever the
    manifest says), else None."""
    path = Path(path)
    try:
        data = read_limited(path, GOLDEN_MAX_BYTES)
    except ConfigError:
        return None
    return _golden(path, f"{path.parent.name}/{path.name}", data, [], approvers)


def parse_golden(path: Path) -> Golden:
    """One golden file on its own (no manifest or signature check)."""
    path = Path(path)
    problems: list[str] = []
    try:
        data = read_limited(path, GOLDEN_MAX_BYTES)
    except ConfigError as exc:
        raise GoldenIntegrityError([f"{path}: {p}" for p in exc.problems]) from None
    golden = _golden(path, f"{path.parent.name}/{path.name}", data, problems, None, label=str(path))
    if golden is None:
        raise GoldenIntegrityError(problems)
    return golden


def load_goldens(root: Path = GOLDEN_DIR, ydelse: str | None = None, verify: bool = True,
                 approvers: Approvers | None = None) -> list[Golden]:
    """All approved goldens (optionally of one benefit), sorted by id; raises GoldenIntegrityError on any problem
    (with `approvers`, also on a missing or untrusted signature). verify=False reads what parses, unchecked."""
    if verify:
        found = scan(root, approvers)
        if found.problems:
            raise GoldenIntegrityError(found.problems)
        goldens = found.goldens
    else:
        goldens = []
        for p in golden_files(root):
            try:
                goldens.append(parse_golden(p))
            except GoldenIntegrityError:
                continue
    return [g for g in goldens if ydelse is None or g.ydelse == ydelse]
