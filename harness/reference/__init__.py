"""The reference calculator: executable law, one sub-package per benefit (legal area).

`calculate(case)` dispatches on the case's `ydelse` to `harness.reference.<ydelse>.calculate`, so a new
benefit is a new folder here and nothing else changes.
"""
from __future__ import annotations

import importlib

from .errors import CaseError, OutOfScope

__all__ = ["calculate", "benefits", "law_dates", "CaseError", "OutOfScope", "VERSION"]

VERSION = "0.1.0"
_MODULES: dict = {}


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """The reference decision. begrundelse=False leaves out the explanation's step details (the amounts, dates
    and step ids are the same) for bulk comparison; calculate again with it on to explain a case."""
    ydelse = case.get("ydelse") if isinstance(case, dict) else None
    if not isinstance(ydelse, str) or not ydelse.isidentifier():
        raise CaseError([("ydelse", "expected the benefit name, e.g. \"sygedagpenge\"")], case_id=_case_id(case))
    module = _MODULES.get(ydelse)
    if module is None:
        try:
            module = _MODULES[ydelse] = importlib.import_module(f"{__name__}.{ydelse}")
        except ModuleNotFoundError:
            raise CaseError([("ydelse", f"unknown benefit {ydelse!r}")], case_id=_case_id(case)) from None
    return module.calculate(case, begrundelse=begrundelse)


def benefits() -> list[str]:
    """Every benefit the reference implements: each sub-package with a `calculate`."""
    from pathlib import Path
    here = Path(__file__).parent
    return sorted(p.name for p in here.iterdir() if (p / "__init__.py").exists() and (p / "parametre").is_dir())


def law_dates(ydelse: str) -> tuple[str, str]:
    """The first and last day the benefit's parameters cover: LOVDATOER of the benefit module."""
    return importlib.import_module(f"{__name__}.{ydelse}").LOVDATOER


def _case_id(case: object) -> str | None:
    return case.get("sags_id") if isinstance(case, dict) else None
