"""The kontanthjælp parameters (parametre/*.yaml, loaded by the shared harness.toolkit.parametre), by date.

Files hold parameter families; a parameter is named `kontanthjaelp.<family>.<key>`. A month whose law period or
parameter has no known value is out of scope: the reference refuses to guess.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from harness.toolkit.errors import OutOfScope
from harness.toolkit.parametre import Value, load

MAPPE = str(Path(__file__).parents[1] / "parametre")

LOV = {"1": "foer_2025_07", "2": "fra_2025_07"}
_CACHE: dict[tuple, Value] = {}


def alle():
    return load(MAPPE)


class Familie:
    """One parameter family on one date: `get(key)` is the value, `value(key)` the Value an explanation cites."""

    __slots__ = ("dato", "navn")

    def __init__(self, navn: str, dato: dt.date):
        self.navn, self.dato = navn, dato

    def value(self, noegle: str | None = None) -> Value:
        k = (self.navn, noegle, self.dato)
        v = _CACHE.get(k)
        if v is None:
            navn = f"kontanthjaelp.{self.navn}" + (f".{noegle}" if noegle else "")
            try:
                v = alle().at(navn, self.dato)
            except KeyError:
                raise OutOfScope(f"{navn}: ingen kendt værdi (ikke fundet i kilderne)") from None
            if len(_CACHE) > 100_000:   # bounded: bulk runs touch many months
                _CACHE.clear()
            _CACHE[k] = v
        return v

    def get(self, noegle: str | None = None) -> Decimal:
        return self.value(noegle).vaerdi


def p(navn: str, dato: dt.date) -> Familie:
    return Familie(navn, dato)


def lov(dato: dt.date) -> tuple[str, Value]:
    v = alle().at("kontanthjaelp.lovperiode", dato)
    return LOV[str(v.vaerdi)], v
