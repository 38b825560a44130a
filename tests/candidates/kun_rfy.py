"""A correct ressourceforløbsydelse-only system (red team r13 F5, kun_rfy.py): the reference's decisions, declaring
only ressourceforløbsydelse (python:tests.candidates.kun_rfy). It can be GO, for that benefit alone, and the pack
must say so wherever it states the verdict."""
from harness.reference import calculate as _reference

METADATA = {"system": "KSD", "version": "3.0.0", "ydelser": ["ressourceforloebsydelse"]}


def calculate(case: dict) -> dict:
    return _reference(case)
