"""Case generators, one module per benefit, discovered by name: `harness.generators.<ydelse>`.

A benefit module provides (see `load`):
- `strategy()`           a Hypothesis strategy of valid cases (edge-leaning);
- `bulk_case(n, seed)`   a deterministic case from a number, with plain `random.Random` (millions, audits);
- `PROPERTIES`           metamorphic and invariant properties that need no oracle (`Property` below);
- `given_steps(case)`, `then_steps(decision, fields)`, `paragraf(hjemmel)`: the case and the facts that differ,
  rendered in the benefit's scenario grammar (for export).
The fuzz engine (`harness.fuzz`) only ever goes through `load(ydelse)`; it knows no benefit's fields.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Callable, Optional

Decide = Callable[[dict], Optional[dict]]   # case -> the system's decision, or None (skipped, errored, invalid)


@dataclass(frozen=True)
class Property:
    """A property of one system's answers. `check(decide, case, decision)` returns None when it holds, or a
    Danish sentence saying how it is broken. `decision` is decide(case), already computed."""
    name: str
    klasse: str          # the failure class a violation is reported in (harness/compare/policy.yaml)
    beskrivelse: str
    check: Callable[[Decide, dict, dict], Optional[str]]


def load(ydelse: str) -> ModuleType:
    """The generator module of a benefit; ModuleNotFoundError names the benefit when there is none."""
    if not ydelse.isidentifier():
        raise ModuleNotFoundError(f"no generators for benefit {ydelse!r}")
    try:
        return importlib.import_module(f"{__name__}.{ydelse}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{ydelse}":
            raise ModuleNotFoundError(f"no generators for benefit {ydelse!r} (harness/generators/{ydelse}.py)") from None
        raise
