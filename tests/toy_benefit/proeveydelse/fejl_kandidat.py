"""A candidate with one defect in the toy benefit: it forgets the floor at 0 (pays a negative amount)."""
from __future__ import annotations

import copy
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "prøve-fejl", "version": "1.0", "ydelser": ["proeveydelse"]}


def calculate(case: dict) -> dict:
    d = copy.deepcopy(_reference(case))
    total = Decimal(0)
    for m, c in zip(d["maaneder"], case["maaneder"]):
        raw = Decimal("1000.00") - Decimal(c["indtaegt"]) / 2
        m["beloeb"] = f"{raw:.2f}"
        total += raw
    d["i_alt"]["beloeb"] = f"{total:.2f}"
    return d
