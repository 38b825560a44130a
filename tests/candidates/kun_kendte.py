"""A system that computes the published scenarios correctly and declines everything else as 'not supported'
(python:tests.candidates.kun_kendte): declining the fresh cases of the sample stage must not make it GO."""
import json
from pathlib import Path

from harness.reference import calculate as _reference

METADATA = {"system": "Kun-kendte", "version": "1.0", "ydelser": ["sygedagpenge"]}
_KNOWN = {json.dumps(json.loads(p.read_text(encoding="utf-8"))["case"], sort_keys=True)
          for p in (Path(__file__).resolve().parents[2] / "golden" / "sygedagpenge").glob("*.json")}


def calculate(case: dict) -> dict:
    if json.dumps(case, sort_keys=True) in _KNOWN:
        return _reference(case)
    return {"skipped": True, "reason": "sagstypen understøttes ikke"}
