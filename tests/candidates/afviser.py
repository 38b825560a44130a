"""A system that refuses every sygedagpenge case with a further employment (python:tests.candidates.afviser; red team
r18): it raises instead of deciding. Its NO-GO is right; its kroner in risiko counted none of those citizens, who
would be paid nothing, and the pack did not say so."""
from harness.reference import calculate as _reference

METADATA = {"system": "Afviser", "version": "1.0.0", "ydelser": ["sygedagpenge"]}


def calculate(case: dict) -> dict:
    if case.get("andre_ansaettelser"):
        raise ValueError("flere ansættelser understøttes ikke")
    return _reference(case)
