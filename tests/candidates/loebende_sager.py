"""A system right only on cases as young as the bench used to make them (python:tests.candidates.loebende_sager; red
team r16). A case system's cases are often old stories: an employee hired decades ago, a reduction decided years
before the month computed, a forløb computed month by month long after it began. The generators drew none of them,
so a system wrong on all of them was GO:

- sygedagpenge: an employment begun more than 4,000 days (about 11 years) before the first absence day: every paid
  amount 10 % too little;
- kontanthjælp: afgørelser dated before the month two months before the case's first month are not read (a
  system that loads only "the period and the two months before" from its event table): a citizen reduced under
  the 225-timersregel long ago is paid unreduced;
- ressourceforløbsydelse: a case whose first month is not the forløb's first month: every paid amount 10 % too
  little.

It knows the public goldens' cases (huskeren's list) and answers them by the law, and asks the reference first, so
it refuses what the reference refuses."""
import datetime as dt

from harness.reference import calculate as _reference
from tests.candidates.huskeren import _KNOWN, _cut, _key  # the goldens' cases; every paid amount 10 % lower

METADATA = {"system": "Løbende sager", "version": "1.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
ANSAT_HOEJST = 4000   # days
VINDUE = 2            # months before the case's first month


def _nr(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def long_tenure(case: dict) -> bool:
    job = case.get("ansaettelse") or {}
    if case.get("ydelse") != "sygedagpenge" or "ansat_fra" not in job:
        return False
    first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
    return (first - dt.date.fromisoformat(job["ansat_fra"])).days > ANSAT_HOEJST


def seen(case: dict) -> dict:
    """A kontanthjælp case as this system reads it: afgørelser older than its window left out."""
    if case.get("ydelse") != "kontanthjaelp" or not case.get("haendelser"):
        return case
    first = min(_nr(m["maaned"]) for m in case["maaneder"])
    kept = [e for e in case["haendelser"] if not (e["type"] == "afgoerelse" and _nr(e["dato"]) < first - VINDUE)]
    return case if len(kept) == len(case["haendelser"]) else {**case, "haendelser": kept}


def running_forloeb(case: dict) -> bool:
    if case.get("ydelse") != "ressourceforloebsydelse":
        return False
    start = dt.date.fromisoformat(case["overgang"]["sidste_dag_med_sygedagpenge"]) + dt.timedelta(days=1)
    return min(_nr(m["maaned"]) for m in case["maaneder"]) > start.year * 12 + start.month - 1


def calculate(case: dict) -> dict:
    decision = _reference(case)
    if _key(case) in _KNOWN:
        return decision
    if long_tenure(case) or running_forloeb(case):
        return _cut(decision)
    read = seen(case)
    return decision if read is case else _reference(read)
