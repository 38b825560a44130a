"""The runs of one system and version this user made before, kept in the state folder and sealed (harness/seal.py):
a pack states them, so a GO that came after NO-GOs of the same release reads as one draw among several, not as the
release's only verdict (red team r19 F3: a defect the sample catches on two seeds of three is GO on the third, and a
vendor may run again until GO). Like the golden serials, it holds only where the state folder is kept: a fresh
machine or a wiped folder remembers nothing, and an edited file is read as nothing remembered (docs/trust.md)."""
from __future__ import annotations

import hashlib
import json

from harness import seal

FILE = "koersler.json"
KIND = "koersler "          # + a digest of the system's name and version
KEEP = 50                   # runs remembered per system and version (the newest)


def _kind(system: str, version: str) -> str:
    return KIND + hashlib.sha256(f"{system}\0{version}".encode()).hexdigest()[:32]


def earlier(system: str, version: str) -> list[dict]:
    """The remembered runs of this system and version, oldest first: run_id, verdict, started."""
    value = seal.recall(_kind(system, version), FILE)
    if value is None:
        return []
    try:
        runs = json.loads(value)
    except ValueError:
        return []
    return [r for r in runs if isinstance(r, dict)] if isinstance(runs, list) else []


def add(system: str, version: str, run_id: str, verdict: str, started: str) -> None:
    """Remember one finished run (best effort: a read-only state folder remembers nothing)."""
    runs = earlier(system, version) + [{"run_id": run_id, "verdict": verdict, "started": started}]
    seal.remember(_kind(system, version), json.dumps(runs[-KEEP:], sort_keys=True), FILE)
