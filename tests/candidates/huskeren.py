"""A hostile system that knows the bench (python:tests.candidates.huskeren): it answers every case of a golden set
from the golden files (they are public: in the repository, and the vendor tests against them), and decides every
other case wrongly, 10 % too little and without asking whether it is a test. The approved scenarios alone call it
GO; the sample stage's fresh cases must not."""
import json
import os
from decimal import Decimal
from pathlib import Path

from harness.reference import calculate as _reference

METADATA = {"system": "Huskeren", "version": "6.6.6",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
GOLDEN = Path(os.environ.get("HUSKEREN_GOLDEN", Path(__file__).resolve().parents[2] / "golden"))


def _key(case: dict) -> str:
    return json.dumps(case, sort_keys=True)


_KNOWN = {}
for _path in GOLDEN.glob("*/*.json"):
    _doc = json.loads(_path.read_text(encoding="utf-8"))
    _KNOWN[_key(_doc["case"])] = _doc["decision"]


def _cut(node):
    """Every paid amount 10 % lower."""
    if isinstance(node, dict):
        return {k: str((Decimal(v) * Decimal("0.9")).quantize(Decimal("0.01"))) if k == "beloeb" and isinstance(v, str)
                else _cut(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_cut(x) for x in node]
    return node


def calculate(case: dict) -> dict:
    known = _KNOWN.get(_key(case))
    return known if known is not None else _cut(_reference(case))
