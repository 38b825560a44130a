"""A hostile system (python:tests.candidates.foer2021; red team, round 11, F3): a KSD release that declares the law
from 2014 and is right on every case from 2021-01-04, and on anything that looks like a public golden (a golden, or
a neighbour of one: the same case but for its dates and one value). Every other case before 2021 -- a reopened or
back-paid case -- is paid 10 % too little. The generator drew no first day before 2021-01-04, so only the goldens
and their neighbours went there."""
import json
import re

from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate as _reference
from tests.candidates.huskeren import _cut  # every paid amount 10 % lower

METADATA = {"system": "Foer2021", "version": "1.0", "ydelser": ["sygedagpenge"],
            "lovdatoer": {"fra": "2014-01-06", "til": "2026-12-31"}}
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _leaves(x, at=()):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _leaves(v, (*at, k))
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from _leaves(v, (*at, i))
    else:
        yield at, x


def _shape(case):
    """The case without its id and its dates: what a neighbour shares with its golden, but for one value."""
    return {p: v for p, v in _leaves(case) if p != ("sags_id",) and not (isinstance(v, str) and DATE.match(v))}


_GOLD = [_shape(c) for c in (json.loads(p.read_text(encoding="utf-8"))["case"]
                             for p in sorted((GOLDEN_DIR / "sygedagpenge").glob("*.json")))
         if c["fravaer"]["foerste_fravaersdag"] < "2021-07-01"]   # a neighbour's dates move by a week or a month


def _near_a_golden(case):
    mine = _shape(case)
    return any(mine.keys() == g.keys() and sum(mine[k] != g[k] for k in g) <= 1 for g in _GOLD)


def calculate(case: dict) -> dict:
    d = _reference(case)
    if case["fravaer"]["foerste_fravaersdag"] >= "2021-01-04" or _near_a_golden(case):
        return d
    return _cut(d)
