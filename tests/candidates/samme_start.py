"""Red team r19 F1: a sygedagpenge system that keeps earlier sickness periods keyed on their first day
(python:tests.candidates.samme_start). The bench sent no two earlier rows that share a day, so it was GO on every
seed; the generators now write one sickness as several rows (FT-SDP-TIDLIGERE-RAEKKER).

Its table of earlier absences has the first day as its key (an upsert: a period registered again with the same
first day overwrites the row). So when the case lists two periods that start on the same day - the employer's
period with salary (first day to day 30) and the kommune's period with sygedagpenge (first day to day 200) of ONE
sickness, or the same period registered twice - it keeps only the row listed last. By the law a day of sickness
counts once in § 24's count, and every day of the sickness counts: when the row kept is the shorter one, the
system counts too few days and pays past the § 24 limit. Periods with distinct first days it reads as the law.
Everything else is the law (it asks the reference, first on the case as sent: it refuses what it refuses).
Kontanthjælp and ressourceforløbsydelse are the law.
"""
import json
import re
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "Samme start", "version": "1.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
_NUM = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')


def seen(case: dict):
    """The case as this system reads it, or None when it reads it whole."""
    if not isinstance(case, dict) or case.get("ydelse") != "sygedagpenge":
        return None
    tp = case.get("tidligere_sygeperioder")
    if not isinstance(tp, list) or len(tp) < 2 or not all(isinstance(p, dict) for p in tp):
        return None
    keyed = {}
    for p in tp:
        keyed[p.get("fra")] = p          # upsert on the first day: the last row listed wins
    if len(keyed) == len(tp):
        return None
    out = json.loads(json.dumps(case))
    out["tidligere_sygeperioder"] = list(keyed.values())
    return out


def _decide(case):
    decision = _reference(case)
    read = seen(case)
    if read is None:
        return decision
    try:
        return _reference(read)
    except Exception:
        return decision


def _compared(d):
    """The decision as the bench compares it (trin and begrundelse ignored, numbers as numbers)."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ("trin", "begrundelse")}
        if isinstance(x, list):
            return [strip(v) for v in x]
        if isinstance(x, str) and _NUM.match(x):
            return str(Decimal(x).normalize())
        return x
    return json.dumps(strip(d), sort_keys=True)


def same_start(case: dict) -> bool:
    """Two earlier periods start on the same day (the system reads another list)."""
    return seen(case) is not None


def overlap(case: dict) -> bool:
    """Two earlier periods share a day (any overlap, the blind spot in general)."""
    if not isinstance(case, dict) or case.get("ydelse") != "sygedagpenge":
        return False
    tp = [p for p in case.get("tidligere_sygeperioder") or [] if isinstance(p, dict)]
    try:
        ps = sorted((p["fra"], p["til"]) for p in tp)
    except (KeyError, TypeError):
        return False
    return any(ps[i + 1][0] <= ps[i][1] for i in range(len(ps) - 1))


def reads_otherwise(case: dict) -> bool:
    if seen(case) is None:
        return False
    try:
        a = _reference(case)
    except Exception:
        return False
    return _compared(a) != _compared(_decide(case))


def calculate(case: dict) -> dict:
    return _decide(case)
