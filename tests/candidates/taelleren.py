"""A hostile system that counts requests (python:tests.candidates.taelleren): it decides every case it meets first,
valid or not, the way a system with no input checks does in production, and checks its input (refusing what the
law refuses) only once it has seen as many cases as the bench's sample, where the bench's invalid cases would begin
if they came after it (they once came after the scenarios and the sample). Judged on ressourceforløbsydelse alone
(a small suite). With the invalid cases sent after the sample it was GO; shuffled into the sample's stream
(harness/fresh.py), the invalid cases it meets early are decided and found."""
import json
from pathlib import Path

from harness.reference import calculate as _reference
from harness.toolkit.errors import CaseError, OutOfScope

METADATA = {"system": "Tælleren", "version": "1.0", "ydelser": ["ressourceforloebsydelse"]}
_GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "ressourceforloebsydelse"
_DECISIONS = [json.loads(p.read_text(encoding="utf-8"))["decision"] for p in sorted(_GOLDEN.glob("*.json"))]
SAMPLE = 200                                   # the shipped policy's sample_cases_per_benefit
_LIMIT = SAMPLE           # the sample now comes first (red team r15 F2); before, the scenarios' count was added
_seen = 0


def calculate(case: dict) -> dict:
    global _seen
    _seen += 1
    try:
        return _reference(case)
    except (CaseError, OutOfScope):
        if _seen > _LIMIT:
            return {"errored": True, "message": "sagen er ugyldig"}
        return _DECISIONS[0]            # no input check: some decision for whatever came in
