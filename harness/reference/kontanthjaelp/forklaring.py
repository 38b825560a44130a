"""Explanation steps (common.schema.json#/$defs/trin) and the named roundings every amount goes through.

Each rule application adds one step and gets back its id ("T01", "T02", ...); the amounts it produced carry
that id as `trin`, so every amount in a decision resolves to the step that made it.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..parametre import Vaerdi

ORE = Decimal("0.01")
NUL = Decimal("0")


def ore(x: Decimal) -> Decimal:
    """Round to whole øre, half up (FT-KH-AFRUNDING)."""
    return x.quantize(ORE, rounding=ROUND_HALF_UP)


def kr(x: Decimal) -> str:
    """Money as the contract's string with two decimals (str() of a value quantized to øre is already that)."""
    return str(x.quantize(ORE, rounding=ROUND_HALF_UP))


_BRUG_CACHE: dict[tuple, dict] = {}


def brug(v: Vaerdi, noegle: str | None = None) -> dict:
    """A parameter as used in a step; cached, because the same few values are cited in every case."""
    k = (v.navn, v.valid_from, noegle)
    b = _BRUG_CACHE.get(k)
    if b is None:
        b = _BRUG_CACHE[k] = v.brug(noegle)
    return b


class Forklaring:
    """Collects the ordered steps of one decision."""

    __slots__ = ("trin",)

    def __init__(self) -> None:
        self.trin: list[dict] = []

    def add(self, regel: str, hjemmel: str, input: dict, resultat: dict,
            parametre: list[dict] | tuple = (), fortolkninger: list[str] | tuple = ()) -> str:
        tid = f"T{len(self.trin) + 1:02d}"
        self.trin.append({"id": tid, "regel": regel, "hjemmel": hjemmel, "input": input,
                          "parametre": list(parametre), "fortolkninger": list(fortolkninger), "resultat": resultat})
        return tid
