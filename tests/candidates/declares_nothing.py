"""A correct system that does not say which benefits it computes (no METADATA): the run asks it to declare."""
from harness.reference import calculate as _reference


def calculate(case: dict) -> dict:
    return _reference(case)
