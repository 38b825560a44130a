"""The reference calculator, reachable as a candidate like any other system.

`calculate(case)` takes and returns JSON-compatible dicts in the contract's shape. It raises
harness.reference.CaseError for a malformed case and OutOfScope for law or dates the reference does not cover.
"""
from __future__ import annotations

from harness.reference import VERSION, calculate as _calculate

METADATA = {
    "system": "ydelsestjek-reference",
    "version": VERSION,
    "ydelser": ["sygedagpenge"],
    "lovdatoer": {"fra": "2015-01-05", "til": "2027-01-03"},
}


def calculate(case: dict) -> dict:
    return _calculate(case)


def calculate_batch(cases: list[dict]) -> list[dict]:
    return [_calculate(case) for case in cases]
