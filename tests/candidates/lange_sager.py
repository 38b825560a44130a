"""A hostile system (python:tests.candidates.lange_sager; red team, round 12, F2): a KY release right on every case of
at most 12 months, and on anything that looks like a public golden (a golden or a neighbour of one: same shape,
dates aside, at most one value changed). A kontanthjaelp or ressourceforloebsydelse case of more than 12 months (a
back-paid year and more, a long reopened case) is paid 10 % too little. The generators drew at most 12 months, so
only the goldens of 14-49 months and their neighbours went there. Uses tests/candidates/foer2021.py's recognition
and huskeren's cut, unchanged."""
import json

from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate as _reference
from tests.candidates.foer2021 import DATE, _leaves
from tests.candidates.huskeren import _cut


def _shape(case):
    """The case without its id, each date replaced by a mark (a neighbour moves every date): its months stay."""
    return {p: ("D" if isinstance(v, str) and DATE.match(v) else v) for p, v in _leaves(case) if p != ("sags_id",)}


METADATA = {"system": "LangeSager", "version": "1.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
_GOLD = [_shape(json.loads(p.read_text(encoding="utf-8"))["case"])
         for y in ("kontanthjaelp", "ressourceforloebsydelse") for p in sorted((GOLDEN_DIR / y).glob("*.json"))]
_GOLD = [g for g in _GOLD if any(k[0] == "maaneder" and isinstance(k[1], int) and k[1] >= 12 for k in g)]


def _near_a_golden(case):
    mine = _shape(case)
    return any(mine.keys() == g.keys() and sum(mine[k] != g[k] for k in g) <= 1 for g in _GOLD)


def calculate(case: dict) -> dict:
    d = _reference(case)
    if case.get("ydelse") == "sygedagpenge" or len(case.get("maaneder") or []) <= 12 or _near_a_golden(case):
        return d
    return _cut(d)
