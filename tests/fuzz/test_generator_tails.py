"""The generated cases hold old stories, as a case system's running cases do (red team r16).

The sample stage's only fresh cases are `generators.bulk_case(n, seed)`. The generators drew every employment at
most 4,000 days before the absence, every kontanthjælp reduction afgørelse at most two months before the case's
first month, and every ressourceforløbsydelse case from the forløb's first month; a system wrong on all the older
stories (an employee of 12 years, a citizen reduced a year ago, a forløb's 10th month) was GO. Over a seeded sample
of bulk cases of each benefit, each kind of old story is drawn in a good share of the cases, and reaches far:

- sygedagpenge: employments begun more than 11 years before the first absence day, some more than 30 years, and
  none before a named person was 15;
- kontanthjælp: afgørelser dated more than two months before the case's first month, some years before, and cases
  whose decision such an afgørelse changes (read without it, the reduction would not apply);
- ressourceforløbsydelse: cases whose first month lies after the forløb's first month, some years after."""
from __future__ import annotations

import datetime as dt

from harness.contract.jsondata import same_json
from harness.contract.ydelse import alle
from harness.reference import calculate
from harness.toolkit import personer

SEED = 20261127
N = 2000                      # cases a benefit


def bulk(ydelse: str) -> list[dict]:
    gen = alle()[ydelse].generators
    return [gen.bulk_case(n, SEED) for n in range(N)]


def _nr(text: str) -> int:
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def _paid(decision: dict) -> dict:
    """The decision's amounts and rights, its explanation aside."""
    if isinstance(decision, dict):
        return {k: _paid(v) for k, v in decision.items() if k not in ("trin", "begrundelse")}
    if isinstance(decision, list):
        return [_paid(x) for x in decision]
    return decision


def test_sygedagpenge_draws_employments_of_every_length_of_a_working_life():
    tenures = []
    for case in bulk("sygedagpenge"):
        first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
        for job in [case.get("ansaettelse"), *case.get("andre_ansaettelser", [])]:
            if job:
                start = dt.date.fromisoformat(job["ansat_fra"])
                tenures.append((first - start).days)
                if "person" in case:
                    born = personer.birth_date(case["person"]["cpr"])
                    assert born is not None and start >= born + dt.timedelta(days=365 * 14), case["sags_id"]
    assert sum(t > 4000 for t in tenures) > len(tenures) / 10
    assert sum(t > 30 * 365 for t in tenures) >= 10
    assert sum(t <= 57 for t in tenures) > len(tenures) / 10      # the 8 weeks' edge (§ 32) still drawn


def test_kontanthjaelp_draws_reductions_decided_long_before_the_case_that_still_take_effect():
    old, years, changed = 0, 0, 0
    for case in bulk("kontanthjaelp"):
        first = min(_nr(m["maaned"]) for m in case["maaneder"])
        kept = [e for e in case.get("haendelser", []) if not (e["type"] == "afgoerelse" and _nr(e["dato"]) < first - 2)]
        if len(kept) == len(case.get("haendelser", [])):
            continue
        old += 1
        years += any(e["type"] == "afgoerelse" and _nr(e["dato"]) < first - 12 for e in case["haendelser"])
        changed += not same_json(_paid(calculate(case)), _paid(calculate({**case, "haendelser": kept})))
    assert old > N / 40 and years > 10
    assert changed >= 10, changed                # the reduction they decided still applies in the case's months


def test_ressourceforloebsydelse_draws_running_forloeb():
    after = []
    for case in bulk("ressourceforloebsydelse"):
        start = dt.date.fromisoformat(case["overgang"]["sidste_dag_med_sygedagpenge"]) + dt.timedelta(days=1)
        after.append(min(_nr(m["maaned"]) for m in case["maaneder"]) - (start.year * 12 + start.month - 1))
    assert all(a >= 0 for a in after)             # never a month before the forløb
    assert sum(a > 0 for a in after) > N / 5
    assert sum(a >= 24 for a in after) >= 10
