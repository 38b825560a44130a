"""One sha256 over a set of named files: how the release pins the files that decide a verdict (the comparison
rules, the contract; harness/gate/shipped.py), so that a run can record them and be judged by them."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[1] / "ydelser"   # the benefit packages released with the bench


def bundled(folder: Path) -> bool:
    """Whether a benefit's folder is one released with the bench (harness/ydelser/…), whose files the release pins.
    A benefit installed from a package of its own brings its own contract and rules, which this release cannot pin."""
    return Path(folder).resolve().is_relative_to(BUNDLED)


def files_digest(files: Iterable[tuple[str, Path]]) -> str:
    """sha256 over each file as its name, its length and its bytes, in the order given; a missing file counts as
    no bytes (its name still counts, so a file removed changes the digest)."""
    h = hashlib.sha256()
    for name, path in files:
        data = path.read_bytes() if path.exists() else b""
        h.update(name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()
