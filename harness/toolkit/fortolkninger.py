"""The interpretation register: one register, kept as each benefit's `fortolkninger.yaml` (one format, one id
space: harness/contract/config.py's `Interpretation`), loaded here for rendering and for checking that every
interpretation an explanation cites exists."""
from __future__ import annotations

from functools import cache

from harness.config_files import ConfigError, load_yaml
from harness.contract.config import Interpretation, InterpretationFile
from harness.contract.ydelse import alle


@cache
def register() -> dict[str, Interpretation]:
    """Every interpretation of every installed benefit by id; ConfigError naming the file, line and field when a
    file is malformed or an id is defined twice."""
    out: dict[str, Interpretation] = {}
    for ydelse in alle().values():
        path = ydelse.fortolkninger_path
        if not path.exists():
            continue
        doc = load_yaml(path)
        for i, entry in enumerate(doc.validate(InterpretationFile).root):
            if entry.id in out:
                raise ConfigError(path, [doc.problem((i, "id"), f"interpretation {entry.id} is defined twice "
                                                                 f"(also in {out[entry.id].ydelse}'s register)")])
            out[entry.id] = entry
    return out
