"""A correct sygedagpenge-only system, as KSD is: the reference's decisions, declaring only sygedagpenge
(python:tests.candidates.ksd_only). It is judged on sygedagpenge alone (issue 14)."""
from harness.reference import calculate as _reference

METADATA = {"system": "KSD-korrekt", "version": "1.0.0", "ydelser": ["sygedagpenge"]}


def calculate(case: dict) -> dict:
    return _reference(case)
