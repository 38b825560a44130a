"""A system that reads only the young facts of a case (python:tests.candidates.gamle_fakta; red team r17). After
r16 the generators drew old stories for three fields; other facts of a running case were still drawn only near its
beginning, and the amounts only up to the goldens', so a system wrong on all of these was GO on every seed:

- kontanthjælp: a household change (a marriage, a separation, a move) or a child's move-out dated before the month
  two months before the case's first month is not read (an event query over "the period and the two months
  before", on the household table): a couple separated a year ago is paid as married;
- sygedagpenge: a gradvis tilbagevenden begun more than 180 days into the absence is not read (paid as fully
  absent), and a salary paid during the absence of 10,000 kr. a week or more is read modulo 10,000 (a
  seven-character field: the employer refunded too little, the citizen paid beside full pay).

Ressourceforløbsydelse is the law. It asks the reference on the case as sent first, so it refuses what the
reference refuses."""
import datetime as dt
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "Gamle fakta", "version": "1.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
VINDUE = 2                   # months before the case's first month
GRADVIS_SENEST = 180         # days after the first absence day
BREDDE = Decimal("10000")    # a salary field's width: 9999.99


def _nr(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def old_household_change(case: dict) -> bool:
    if case.get("ydelse") != "kontanthjaelp":
        return False
    h, first = case.get("husstand") or {}, min(_nr(m["maaned"]) for m in case["maaneder"])
    dates = [a["dato"] for a in h.get("aendringer") or []] + [b["fraflyttet"] for b in h.get("boern") or []
                                                             if "fraflyttet" in b]
    return any(_nr(d) < first - VINDUE for d in dates)


def late_gradvis(case: dict) -> bool:
    if case.get("ydelse") != "sygedagpenge":
        return False
    first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
    return any((dt.date.fromisoformat(r["fra"]) - first).days > GRADVIS_SENEST for r in case["fravaer"].get("gradvis", []))


def _jobs(case: dict) -> list[dict]:
    return [j for j in [case.get("ansaettelse"), *case.get("andre_ansaettelser", [])] if j]


def wide_salary(case: dict) -> bool:
    return case.get("ydelse") == "sygedagpenge" and any(
        Decimal(j.get("loen_pr_uge_under_fravaer", "0")) >= BREDDE for j in _jobs(case))


def seen(case: dict) -> dict:
    """The case as this system reads it (the case itself when it reads it whole)."""
    if old_household_change(case):
        h, first = dict(case["husstand"]), min(_nr(m["maaned"]) for m in case["maaneder"])
        young = lambda d: _nr(d) >= first - VINDUE
        kept = [a for a in h.get("aendringer", []) if young(a["dato"])]
        h.pop("aendringer", None)
        if kept:
            h["aendringer"] = kept
        if "boern" in h:
            h["boern"] = [b if young(b.get("fraflyttet", "9999-12")) else {k: v for k, v in b.items() if k != "fraflyttet"}
                          for b in h["boern"]]
        return {**case, "husstand": h}
    if late_gradvis(case) or wide_salary(case):
        out = {**case, "fravaer": dict(case["fravaer"])}
        first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
        kept = [r for r in case["fravaer"].get("gradvis", [])
                if (dt.date.fromisoformat(r["fra"]) - first).days <= GRADVIS_SENEST]
        out["fravaer"].pop("gradvis", None)
        if kept:
            out["fravaer"]["gradvis"] = kept
        for key in ("ansaettelse", "andre_ansaettelser"):
            if key in case:
                out[key] = dict(case[key]) if key == "ansaettelse" else [dict(j) for j in case[key]]
        for j in _jobs(out):
            if Decimal(j.get("loen_pr_uge_under_fravaer", "0")) >= BREDDE:
                j["loen_pr_uge_under_fravaer"] = f"{Decimal(j['loen_pr_uge_under_fravaer']) % BREDDE:.2f}"
        return out
    return case


def calculate(case: dict) -> dict:
    decision = _reference(case)
    read = seen(case)
    if read is case:
        return decision
    try:
        return _reference(read)
    except Exception:   # its reading refused: it pays the law
        return decision
