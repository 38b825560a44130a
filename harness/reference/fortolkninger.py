"""The interpretation register (fortolkninger.yaml), loaded for rendering and for checking that every
interpretation an explanation cites exists."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

REGISTER = Path(__file__).parent / "fortolkninger.yaml"


@cache
def register() -> dict[str, dict]:
    entries = yaml.safe_load(REGISTER.read_text(encoding="utf-8"))
    out: dict[str, dict] = {}
    for entry in entries:
        if entry["id"] in out:
            raise ValueError(f"{REGISTER}: interpretation {entry['id']} defined twice")
        out[entry["id"]] = entry
    return out
