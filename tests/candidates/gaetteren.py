"""A hostile system (python:tests.candidates.gaetteren; red team, round 3): decides EVERY case, also cases whose dates
lie outside the law the reference knows (e.g. first absence day in 1995 or 2035: "a case needing a later rate is
reported as out of scope, not guessed"). There it guesses: it moves all dates of the case into the known range by
whole years (its latest date into 2026, so a case spanning years stays inside), computes that, and answers. It
refuses (ValueError) only what the reference refuses for other reasons (negative hours, broken types, ...).
LOVDATOER=1 in the environment makes it declare the law dates it claims; unset, it declares none."""
import copy
import os
import re

from harness.reference import calculate as _reference
from harness.toolkit.errors import OutOfScope

METADATA = {"system": "Gaetteren", "version": "1.0", "ydelser": ["sygedagpenge"]}
if os.environ.get("LOVDATOER"):
    METADATA["lovdatoer"] = {"fra": "2014-01-01", "til": "2026-12-31"}
DAY = re.compile(r"^(\d{4})(-\d{2}-\d{2})$")


def _shift(node, years):
    if isinstance(node, dict):
        return {k: _shift(v, years) for k, v in node.items()}
    if isinstance(node, list):
        return [_shift(v, years) for v in node]
    if isinstance(node, str) and (m := DAY.match(node)):
        y = int(m.group(1)) + years
        return f"{y:04d}{m.group(2)}" if m.group(2) != "-02-29" else f"{y:04d}-02-28"
    return node


def _dates(node):
    if isinstance(node, dict):
        return [d for v in node.values() for d in _dates(v)]
    if isinstance(node, list):
        return [d for v in node for d in _dates(v)]
    return [node] if isinstance(node, str) and DAY.match(node) else []


def calculate(case):
    try:
        return _reference(case)
    except OutOfScope:
        latest = max(int(m.group(1)) for m in map(DAY.match, _dates(case)) if m)
        years = 2026 - latest
        guess = _reference(_shift(copy.deepcopy(case), years))
        return _shift(guess, -years)           # a decision dated in the case's own (unknown) law period
    except Exception as exc:                   # what the reference refuses otherwise: refused with its reason
        raise ValueError(str(exc)) from None
