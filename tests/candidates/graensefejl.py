"""A hostile system (python:tests.candidates.graensefejl; red team, round 3; ressourceforløbsydelse): a system with a
real boundary defect that hides it from the scenarios by answering the public golden cases from the golden files (as
tests/candidates/huskeren.py does), and computes everything else with the defect. The defect is one of the bench's
own catalogued legal mutants (harness/strength), by default RFY-M-1b3fd838: the age (aktivloven § 69 j, stk. 2: the
under-25 hjemmeboende sats) is computed with <= instead of <, so a person whose birthday is the last day of the
month before is one year too young. YDELSE=kontanthjaelp MUTANT=KH-M-4d1471ba instead: the kontanthjælpsloft for an
enlig with one child (sats 2) keeps its 2024 value in 2025 (17,345 -> 16,742 kr./month, a rate table not updated).
The bench's own strength report says its scenarios catch it; a 200-case generated sample missed it in most runs;
the sample's neighbours of the scenarios (harness/neighbours.py) find it."""
import json
import os
import tempfile
from pathlib import Path

from harness.contract.ydelse import alle
from harness.reference import calculate as _reference
from harness.strength.catalogue import catalogue
from harness.strength.mutant import materialise

MUTANT = os.environ.get("MUTANT", "RFY-M-1b3fd838")
YDELSE = os.environ.get("YDELSE", "ressourceforloebsydelse")
METADATA = {"system": "Graensefejl", "version": "1.0", "ydelser": [YDELSE]}


_Y = alle()[YDELSE]
_M = next(m for m in catalogue(_Y, ("juridisk",)).mutants if m.id == MUTANT)
_MOD = materialise(_Y.pakke, _Y.folder, _M, Path(tempfile.mkdtemp()), "_graensefejl_" + YDELSE)

GOLDEN = Path(os.environ.get("GOLDEN_DIR", Path(__file__).resolve().parents[2] / "golden"))
_KNOWN = {}
for p in GOLDEN.glob("*/*.json"):
    doc = json.loads(p.read_text(encoding="utf-8"))
    _KNOWN[json.dumps(doc["case"], sort_keys=True)] = doc["decision"]


def calculate(case):
    known = _KNOWN.get(json.dumps(case, sort_keys=True))
    if known is not None:
        return known
    _reference(case)                  # refuses what the law cannot compute, exactly as the reference does
    return _MOD.calculate(case)
