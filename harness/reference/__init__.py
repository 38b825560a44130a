"""The reference calculator: executable law, one sub-package per benefit (legal area).

`calculate(case)` dispatches on the case's `ydelse` to `harness.reference.<ydelse>.calculate`, so a new
benefit is a new folder here and nothing else changes.
"""
from __future__ import annotations

import importlib

from .errors import CaseError, OutOfScope

__all__ = ["calculate", "CaseError", "OutOfScope", "VERSION"]

VERSION = "0.1.0"


def calculate(case: dict) -> dict:
    ydelse = case.get("ydelse") if isinstance(case, dict) else None
    if not isinstance(ydelse, str) or not ydelse.isidentifier():
        raise CaseError([("ydelse", "expected the benefit name, e.g. \"sygedagpenge\"")], case_id=_case_id(case))
    try:
        module = importlib.import_module(f"{__name__}.{ydelse}")
    except ModuleNotFoundError:
        raise CaseError([("ydelse", f"unknown benefit {ydelse!r}")], case_id=_case_id(case)) from None
    return module.calculate(case)


def _case_id(case: object) -> str | None:
    return case.get("sags_id") if isinstance(case, dict) else None
