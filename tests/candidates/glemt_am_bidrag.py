"""A sygedagpenge system that forgets the 8 % AM-bidrag and explains itself (python:tests.candidates.glemt_am_bidrag):
it takes the case's hourly wage as the wage after AM-bidrag, so its own § 47 step says so and every weekly amount
below the cap is too high. The bench must find the root at § 47, not at the § 50 step that used the wage."""
import copy
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "Glemt-AM", "version": "1.0", "ydelser": ["sygedagpenge"]}


def calculate(case: dict) -> dict:
    wage = (case.get("ansaettelse") or {}).get("timefortjeneste")
    if wage is None:
        return _reference(case)
    misread = copy.deepcopy(case)
    misread["ansaettelse"]["timefortjeneste"] = str((Decimal(wage) / Decimal("0.92")).quantize(Decimal("0.01")))
    return _reference(misread)
