"""A hostile system (python:tests.candidates.flere_job_gab; red team, round 13, F2): the reference but for two ordinary
implementation gaps that no golden, neighbour or generated case reached:
- sygedagpenge: for a further employment (andre_ansaettelser) it ignores a § 56 agreement, § 55 insurance, an
  employment that ended during the absence (and the a-dagpenge rate after it), re-employment by the same employer
  (§ 30, stk. 4) and the overenskomst's weekly hours, and counts every kind of hours in the 8 weeks as work;
- kontanthjælp: it does not recognise an afgørelse recorded with vedroerer "nedsaettelse" (only "timeregel_225" and
  "bortfald"), so such a reduction never takes effect.
It first asks the reference, so it refuses what the reference refuses."""
import copy

from harness.reference import calculate as _reference

METADATA = {"system": "KSD", "version": "4.1.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}

IGNORED = ("aftale_56", "arbejdsgiver_forsikret_55", "sidste_ansaettelsesdag", "dagpengesats_efter_ophoer",
           "tidligere_ansat_samme_arbejdsgiver", "overenskomstmaessig_ugentlig_arbejdstid")


def seen(case: dict) -> dict:
    """The case as this system reads it."""
    out = copy.deepcopy(case)
    if out.get("ydelse") == "sygedagpenge":
        for a in out.get("andre_ansaettelser") or []:
            for k in IGNORED:
                a.pop(k, None)
            for t in a.get("timer_seneste_8_uger") or []:
                t["art"] = "arbejde"
    elif out.get("ydelse") == "kontanthjaelp" and "haendelser" in out:
        out["haendelser"] = [h for h in out["haendelser"] if h.get("vedroerer") != "nedsaettelse"]
    return out


def calculate(case: dict) -> dict:
    _reference(case)          # refuses what the law cannot decide, as the reference does
    return _reference(seen(case))
