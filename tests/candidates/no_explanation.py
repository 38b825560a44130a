"""A candidate (python:tests.candidates.no_explanation) that computes right but never explains: every decision
has an empty begrundelse. One defect, met by every case, so fuzz tests of the machinery stay fast."""
from harness.reference import calculate as _reference

METADATA = {"system": "Uden-begrundelse", "version": "1.0", "ydelser": ["sygedagpenge"]}


def calculate(case: dict) -> dict:
    decision = _reference(case)
    decision["begrundelse"] = []
    return decision
