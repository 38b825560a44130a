"""Explanation steps and the named roundings every amount goes through.

Steps are recorded by the shared harness.toolkit.begrundelse.Begrundelse (ids T01, T02, ...); the amounts a step
produced carry its id as `trin`, so every amount in a decision resolves to the step that made it. Parameters are
cited by passing their Value objects.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from harness.toolkit.begrundelse import Begrundelse as Forklaring

__all__ = ["NUL", "ORE", "Forklaring", "kr", "ore"]

ORE = Decimal("0.01")
NUL = Decimal("0")


def ore(x: Decimal) -> Decimal:
    """Round to whole øre, half up (FT-KH-AFRUNDING)."""
    return x.quantize(ORE, rounding=ROUND_HALF_UP)


def kr(x: Decimal) -> str:
    """Money as the contract's string with two decimals (str() of a value quantized to øre is already that)."""
    return str(x.quantize(ORE, rounding=ROUND_HALF_UP))
