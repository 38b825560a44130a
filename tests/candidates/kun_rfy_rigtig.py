"""Declares all three benefits, but is right on ressourceforløbsydelse only: sygedagpenge and kontanthjælp pay 0 kr.
(red team r13 F5, kun_rfy_rigtig.py). `run --ydelse ressourceforloebsydelse` judged it GO before the fix."""
import copy

from harness.reference import calculate as _reference

METADATA = {"system": "KSD", "version": "5.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}


def calculate(case: dict) -> dict:
    d = _reference(case)
    if case.get("ydelse") == "ressourceforloebsydelse":
        return d
    d = copy.deepcopy(d)
    if case.get("ydelse") == "sygedagpenge":
        d["udbetalinger"] = []
        d["udbetalt_i_alt"]["beloeb"] = "0.00"
    else:
        for m in d.get("maaneder", []):
            if isinstance(m.get("udbetalt"), dict):
                m["udbetalt"]["beloeb"] = "0.00"
        d["i_alt"]["udbetalt"]["beloeb"] = "0.00"
    return d
