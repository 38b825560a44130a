"""A hostile system that recognises the bench's test cases by their content (python:tests.candidates.genkenderen):
it refuses an invalid case only when it is a public golden's case with a field or two changed, and decides every
other invalid case it meets, as a system without input checks does in production. Judged on
ressourceforløbsydelse alone (a small suite). With invalid cases made from the goldens it was GO; made from the
run's fresh sample (harness/fresh.py), they are not recognised, and its decisions on them are found."""
import json
from pathlib import Path

from harness.reference import calculate as _reference
from harness.toolkit.errors import CaseError, OutOfScope

METADATA = {"system": "Genkenderen", "version": "1.0", "ydelser": ["ressourceforloebsydelse"]}
_GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "ressourceforloebsydelse"


def _leaves(node: object, at: str = "") -> set[tuple[str, str]]:
    if isinstance(node, dict):
        return {leaf for k, v in node.items() if k != "sags_id" for leaf in _leaves(v, f"{at}/{k}")}
    if isinstance(node, list):
        return {leaf for i, v in enumerate(node) for leaf in _leaves(v, f"{at}/{i}")}
    return {(at, json.dumps(node))}


_KNOWN = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(_GOLDEN.glob("*.json"))]
_LEAVES = [_leaves(doc["case"]) for doc in _KNOWN]


def _near_golden(case: dict) -> bool:
    mine = _leaves(case)
    return any(len(known - mine) <= 2 and len(mine - known) <= 2 for known in _LEAVES)


def calculate(case: dict) -> dict:
    try:
        return _reference(case)
    except (CaseError, OutOfScope):
        if _near_golden(case):
            return {"errored": True, "message": "sagen er ugyldig"}
        return _KNOWN[0]["decision"]     # no input check: some decision for whatever came in
