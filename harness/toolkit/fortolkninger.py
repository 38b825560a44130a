"""The interpretation register: one register, kept as each benefit's `fortolkninger.yaml` (one format, one id
space), loaded here for rendering and for checking that every interpretation an explanation cites exists."""
from __future__ import annotations

from functools import cache

import yaml

from harness.contract.ydelse import alle

_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: the same safe types, faster


@cache
def register() -> dict[str, dict]:
    """Every interpretation of every installed benefit by id; ValueError when an id is defined twice."""
    out: dict[str, dict] = {}
    for ydelse in alle().values():
        path = ydelse.fortolkninger_path
        if not path.exists():
            continue
        for entry in yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE) or []:
            if entry["id"] in out:
                raise ValueError(f"{path}: interpretation {entry['id']} defined twice")
            out[entry["id"]] = entry
    return out
