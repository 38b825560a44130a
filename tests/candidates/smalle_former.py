"""A system right only on the narrow shapes the bench's cases had (python:tests.candidates.smalle_former; red team r18
F2-F4). Each part is the red team's, in one system:

- sygedagpenge: the weekly hours of every employment are kept in half hours (22.2 read as 22.0, 27.75 as 28.0), and
  a gradvis tilbagevenden is a plan of at most three steps (the fourth and later are not read);
- kontanthjælp: a case is a period from its first month to its last, so a month of a pause inside it is paid with
  the inputs of the month before.

Ressourceforløbsydelse is the law. It asks the reference on the case as sent first, so it refuses what the reference
refuses."""
import copy
from decimal import ROUND_HALF_UP, Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "Smalle former", "version": "1.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
HALF = Decimal("0.5")
STEPS = 3


def _half(text: str) -> str:
    r = max((Decimal(text) / HALF).quantize(Decimal(1), rounding=ROUND_HALF_UP) * HALF, HALF)
    return text if r == Decimal(text) else f"{r:.1f}"


def _nr(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def fine_hours(case: dict) -> bool:
    jobs = [case.get("ansaettelse") or {}] + list(case.get("andre_ansaettelser") or [])
    return any(_half(j["ugentlig_arbejdstid"]) != j["ugentlig_arbejdstid"] for j in jobs if "ugentlig_arbejdstid" in j)


def many_steps(case: dict) -> bool:
    return len((case.get("fravaer") or {}).get("gradvis") or []) > STEPS


def paused(case: dict) -> bool:
    months = sorted(_nr(m["maaned"]) for m in case.get("maaneder") or [])
    return case.get("ydelse") == "kontanthjaelp" and bool(months) and months[-1] - months[0] + 1 > len(months)


def read(case: dict) -> dict:
    """The case as this system reads it."""
    seen = copy.deepcopy(case)
    if case.get("ydelse") == "sygedagpenge":
        for job in [seen.get("ansaettelse") or {}] + list(seen.get("andre_ansaettelser") or []):
            if "ugentlig_arbejdstid" in job:
                job["ugentlig_arbejdstid"] = _half(job["ugentlig_arbejdstid"])
        if many_steps(seen):
            seen["fravaer"]["gradvis"] = seen["fravaer"]["gradvis"][:STEPS]
    elif paused(case):
        months = sorted(seen["maaneder"], key=lambda m: m["maaned"])
        filled = [months[0]]
        for m in months[1:]:
            while _nr(m["maaned"]) - _nr(filled[-1]["maaned"]) > 1:
                k = _nr(filled[-1]["maaned"]) + 1
                filled.append({**copy.deepcopy(filled[-1]), "maaned": f"{k // 12:04d}-{k % 12 + 1:02d}"})
            filled.append(m)
        seen["maaneder"] = filled
    return seen


def calculate(case: dict) -> dict:
    decided = _reference(case)
    try:
        return _reference(read(case))
    except Exception:
        return decided
