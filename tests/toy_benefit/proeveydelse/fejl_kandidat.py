"""A candidate with one defect in the toy benefit: it deducts the whole income, not half of it (floored at 0)."""
from __future__ import annotations

import copy
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "prøve-fejl", "version": "1.0", "ydelser": ["proeveydelse"]}


def calculate(case: dict) -> dict:
    d = copy.deepcopy(_reference(case))
    total = Decimal(0)
    for m, c in zip(d["maaneder"], case["maaneder"]):
        raw = max(Decimal(0), Decimal("1000.00") - Decimal(c["indtaegt"]))
        m["beloeb"] = f"{raw:.2f}"
        total += raw
    d["i_alt"]["beloeb"] = f"{total:.2f}"
    return d
