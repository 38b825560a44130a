"""results.json sealed by the run that wrote it, so a verdict cannot be made by editing the file before it is signed
(red team round 11b F2: every case marked a pass and the strength marked valid in results.json, and `report`
re-rendered a GO that `sign-pack` signed).

The seal is HMAC-SHA256 over results.json's bytes under this user's sealing key (harness/seal.py: outside every
folder a run reads or writes), in `results.json.seal` beside it, with an id of the key (a hash of it, which reveals
nothing). Where the key is this user's, an edited results.json is told apart from an unedited one, and a seal naming
another key is a replaced one when any of the run's sealed files (run.json, results.jsonl's chain) verifies under
this user's key (the run was made here), or when run.json is missing (red team round 13 F4: deleting run.json made a
replaced seal one that "cannot be checked"). On another machine or account (a reviewer's) the seal cannot be checked:
`report` says so above the verdict on the first pages, and `sign-pack` refuses unless told to sign anyway
(`--allow-unchecked-seal`), which the signature records and `verify-pack` shows first (exit 2 unless accepted).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from pathlib import Path

from harness import seal as _seal
from harness.writing import replace_text

SEAL_FILE = "results.json.seal"
VALID, CHANGED, MISSING, UNCHECKED = "gyldigt", "ændret", "mangler", "kan_ikke_kontrolleres"


def _key_id(key: bytes) -> str:
    return hashlib.sha256(b"ydelsestjek results seal key id\0" + key).hexdigest()[:16]


def write(run_dir: Path, data: bytes) -> None:
    """Seal `data`, the bytes just written as run_dir/results.json."""
    key = _seal.key(create=True)
    assert key is not None
    doc = {"hmac_sha256": _seal.mac(key, b"results.json", data), "noegle_id": _key_id(key)}
    replace_text(Path(run_dir) / SEAL_FILE, json.dumps(doc, sort_keys=True) + "\n")


def remove(run_dir: Path) -> None:
    """No seal for a results.json the run did not write as it stands (a copy rendered from an unverified one)."""
    (Path(run_dir) / SEAL_FILE).unlink(missing_ok=True)


def made_here(run_dir: Path) -> bool:
    """Whether any of the run's own sealed files verifies under this user's key: run.json, or the first line of
    results.jsonl against results.jsonl.seal (a chain that starts from the run id; the ids tried are those
    run.json, results.json and the folder's name give, since a wrong one only fails to verify)."""
    run_dir = Path(run_dir)
    if _seal.sealed_here(run_dir / _seal.RUN_FILE, b"run.json"):
        return True
    ids = {run_dir.name}
    for name in (_seal.RUN_FILE, "results.json"):
        try:
            with open(run_dir / name, "rb") as f:
                found = re.search(rb'"run_id"\s*:\s*("(?:[^"\\]|\\.){1,400}")', f.read(1 << 16))
            if found:
                ids.add(str(json.loads(found.group(1))))
        except (OSError, ValueError):
            pass
    return _seal.chain_starts_here(run_dir, sorted(ids))


def page_warning(why: str) -> str:
    """What a page rendered from a results.json whose seal was not checked says above its verdict."""
    return (f"ADVARSEL: {why}. Afgørelsen nedenfor er beregnet ud fra en results.json, som ikke er vist at være "
            "kørslens egen; stol kun på den, hvis mappen med sikkerhed er kørslens.")


def status(run_dir: Path) -> tuple[str, str]:
    """(VALID | CHANGED | MISSING | UNCHECKED, why in Danish) for run_dir/results.json."""
    run_dir = Path(run_dir)
    path = run_dir / SEAL_FILE
    if path.is_symlink() or not path.is_file():
        return MISSING, f"{SEAL_FILE} mangler: results.json er ikke forseglet af kørslen, der skrev den"
    try:
        doc = json.loads(path.read_bytes()[:4096])
        given, key_id = str(doc["hmac_sha256"]), str(doc["noegle_id"])
    except (ValueError, KeyError, TypeError, OSError):
        return CHANGED, f"{SEAL_FILE} er ikke et segl, ydelsestjek skriver"
    key = _seal.key(create=False)
    if key is None or key_id != _key_id(key):
        if key is not None and made_here(run_dir):
            # the seal file names another key, but the run was made here, under this key: the seal was replaced (red
            # team round 12 F1: a seal file with a made-up key id turned the check into a warning; round 13 F4: so
            # did deleting run.json, or zeroing its seal, while results.jsonl still verified under this key)
            return CHANGED, (f"{SEAL_FILE} er ikke kørslens: kørslen er lavet her (dens run.json eller results.jsonl "
                             "er forseglet med denne brugers nøgle), men seglet nævner en anden nøgle")
        if not os.path.lexists(run_dir / _seal.RUN_FILE):
            # every run writes run.json before its first case; a seal that cannot be checked beside none is one whose
            # folder lost the file that shows where the run was made (red team round 13 F4)
            return CHANGED, (f"{SEAL_FILE} nævner en anden nøgle, og kørslens run.json mangler: det kan ikke ses, "
                             "hvor kørslen er lavet, så seglet regnes for udskiftet")
        return UNCHECKED, ("results.json er forseglet af en anden bruger eller maskine end denne; seglet kan ikke "
                           "kontrolleres her")
    try:
        data = (run_dir / "results.json").read_bytes()
    except OSError:
        return CHANGED, "results.json kan ikke læses"
    if not hmac.compare_digest(given, _seal.mac(key, b"results.json", data)):
        return CHANGED, "results.json er ændret, efter kørslen skrev den (seglet passer ikke)"
    return VALID, "results.json er den, kørslen skrev (seglet passer)"


__all__ = ["CHANGED", "MISSING", "SEAL_FILE", "UNCHECKED", "VALID", "made_here", "page_warning", "remove",
           "status", "write"]
