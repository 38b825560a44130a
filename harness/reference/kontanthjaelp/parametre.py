"""The kontanthjælp parameter families (parametre/*.yaml), looked up by date.

A month whose law period or parameter has no known value is out of scope: the reference refuses to guess.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import OutOfScope
from ..parametre import ParameterMangler, Vaerdi, load_dir

MAPPE = str(Path(__file__).parent / "parametre")

LOV = {"1": "foer_2025_07", "2": "fra_2025_07"}


def alle():
    return load_dir(MAPPE)


def p(navn: str, dato: dt.date) -> Vaerdi:
    try:
        return alle()[navn].at(dato)
    except ParameterMangler as e:
        raise OutOfScope(str(e)) from None


def vaerdi(v: Vaerdi, noegle: str | None = None):
    try:
        return v.get(noegle)
    except ParameterMangler as e:
        raise OutOfScope(str(e)) from None


def lov(dato: dt.date) -> tuple[str, Vaerdi]:
    v = p("lovperioder", dato)
    if v.vaerdi is None:
        raise OutOfScope(f"kontanthjælp: ingen parametre for {dato:%Y-%m} (kendt til og med 2026-12)")
    return LOV[str(v.vaerdi["lov"])], v
