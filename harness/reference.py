"""The reference calculator: executable law, one package per benefit (harness/contract/ydelse.py).

`calculate(case)` hands the case to the reference of the benefit the case names in `ydelse`, found through the
benefit registry; this module knows no benefit.
"""
from __future__ import annotations

from pathlib import Path

from harness.config_files import ConfigError
from harness.contract.schemas import allows_null
from harness.contract.ydelse import DESCRIPTION, YdelseError, alle, find
from harness.toolkit.errors import CaseError, OutOfScope
from harness.toolkit.parametre import ParameterError, fingerprint, load

__all__ = ["VERSION", "CaseError", "OutOfScope", "benefits", "calculate", "check_data", "law_dates",
           "parameter_fingerprint"]

VERSION = "0.1.0"


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """The reference decision. begrundelse=False leaves out the explanation's step details (each step keeps its id,
    rule and §; the amounts, dates and step ids are the same) for bulk comparison; calculate again with it on to
    explain a case."""
    navn = case.get("ydelse") if isinstance(case, dict) else None
    if not isinstance(navn, str):
        raise CaseError([("ydelse", "expected the benefit name, one of: " + ", ".join(alle()))], case_id=_case_id(case))
    try:
        ydelse = find(navn)
    except YdelseError:
        raise CaseError([("ydelse", f"unknown benefit {navn!r}; known: {', '.join(alle())}")],
                        case_id=_case_id(case)) from None
    if not allows_null(navn, "case") and (where := _null_at(case)) is not None:
        raise CaseError([(where, "expected a value, not null (leave an optional field out instead)")],
                        case_id=_case_id(case))
    return ydelse.calculate(case, begrundelse=begrundelse)


def check_data(navne: list[str] | None = None) -> None:
    """Every benefit's law data read and checked once, before any case runs: its description (ydelse.yaml, with
    its plausibility rules held to the case schema), its dated parameters, and the data its reference reads itself
    (the reference's optional `check_data()`). ConfigError names the file, the line and the field. Without this, a
    broken file surfaced as the same error in every case, or, for a rule whose path names no field, not at all."""
    try:
        ydelser = alle()
    except YdelseError as exc:
        raise ConfigError(exc.path or DESCRIPTION, [str(exc)]) from None
    for navn in navne if navne is not None else list(ydelser):
        y = find(navn)
        if problems := y.plausibility_path_problems():
            raise ConfigError(y.folder / DESCRIPTION, problems)
        if y.parametre_dir.is_dir():
            try:
                load(str(y.parametre_dir))
            except ParameterError as exc:
                raise ConfigError(exc.path or y.parametre_dir, exc.problems) from None
        check = getattr(y.reference, "check_data", None)
        if callable(check):
            check()


def _null_at(node: object, path: str = "") -> str | None:
    """The path of the first null in a case (`a/0/b`), or None. A few microseconds: the reference spends hundreds."""
    if node is None:
        return path or "(top level)"
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if value is None or isinstance(value, dict | list):
            found = _null_at(value, f"{path}/{key}" if path else str(key))
            if found is not None:
                return found
    return None


def benefits() -> list[str]:
    """Every benefit the reference implements (every installed benefit)."""
    return list(alle())


def law_dates(ydelse: str) -> tuple[str, str]:
    """The first and last day the benefit's parameters cover."""
    return find(ydelse).lovdatoer


def parameter_fingerprint() -> str:
    """The one fingerprint of every installed benefit's law parameters (harness/toolkit/parametre.py)."""
    return fingerprint({navn: y.parametre_dir for navn, y in alle().items()})


def parameter_files() -> dict[str, Path]:
    """`<ydelse>/parametre/<file>` -> the file, for every installed benefit."""
    return {f"{navn}/parametre/{p.name}": p for navn, y in alle().items() for p in sorted(y.parametre_dir.glob("*.yaml"))}


def _case_id(case: object) -> str | None:
    return case.get("sags_id") if isinstance(case, dict) else None
