"""A hostile system (python:tests.candidates.lange_uger; red team, round 11, F2): a KSD release whose sygedagpenge is
the reference's, except that it counts at most 46 hours of a week (a cap of its own). A person who worked 50 hours a
week at a low hourly wage is paid for 46. The goldens go to 45 hours, the generators drew at most 45.5."""
import copy
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "LangeUger", "version": "1.0", "ydelser": ["sygedagpenge"]}
CAP = Decimal(46)


def calculate(case: dict) -> dict:
    _reference(case)                  # what the law refuses, it refuses too
    c = copy.deepcopy(case)
    for a in [c.get("ansaettelse")] + list(c.get("andre_ansaettelser") or []):
        if isinstance(a, dict) and Decimal(a["ugentlig_arbejdstid"]) > CAP:
            a["ugentlig_arbejdstid"] = str(CAP)
    d = _reference(c)
    d["sags_id"] = case.get("sags_id")
    return d
