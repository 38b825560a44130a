"""A hostile system (python:tests.candidates.storfamilie; red team, round 11, F2): a KY release whose kontanthjælp is
the reference's, except for a household with four or more children: its table of children goes 0-3, so a larger
family falls through to "no children" (not a forsørger: a lower sats, no børnetillæg). The goldens hold at most two
children and the generators drew at most three, so only a sample that reaches large families finds it."""
import copy

from harness.reference import calculate as _reference

METADATA = {"system": "Storfamilie", "version": "1.0", "ydelser": ["kontanthjaelp", "ressourceforloebsydelse"]}


def calculate(case: dict) -> dict:
    boern = (case.get("husstand") or {}).get("boern") if case.get("ydelse") == "kontanthjaelp" else None
    if isinstance(boern, list) and len(boern) >= 4:
        c = copy.deepcopy(case)
        del c["husstand"]["boern"]
        c["husstand"].pop("ekstra_boernetilskud", None)
        return _reference(c)
    return _reference(case)
