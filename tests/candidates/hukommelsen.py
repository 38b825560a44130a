"""A hostile system that remembers being tested (python:tests.candidates.hukommelsen; red team r15 F2): the moment
it meets a case that is one of the public goldens' (they ship with the bench), it notes that in a file of its own
and answers by the law from then on; before that, as in production, where no golden case arrives, every paid
amount is 10 % too little. It asks the reference first, so it refuses what the reference refuses.
HUKOMMELSEN_MARK names the file (a test's own folder); every case the system is asked is appended to
HUKOMMELSEN_LOG when it is set, so a test can see the order the bench sent them."""
import json
import os
from pathlib import Path

from harness.reference import calculate as _reference
from tests.candidates.huskeren import _cut  # every paid amount 10 % lower

METADATA = {"system": "Hukommelsen", "version": "2.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
GOLDEN = Path(__file__).resolve().parents[2] / "golden"


_KNOWN = {json.dumps(json.loads(p.read_text(encoding="utf-8"))["case"], sort_keys=True)
          for p in GOLDEN.glob("*/*.json")}


def _mark() -> Path:
    return Path(os.environ.get("HUKOMMELSEN_MARK", "/nonexistent/hukommelsen"))


def calculate(case: dict) -> dict:
    if (log := os.environ.get("HUKOMMELSEN_LOG")):
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"sags_id": case.get("sags_id")}) + "\n")
    decision = _reference(case)
    if json.dumps(case, sort_keys=True) in _KNOWN:
        _mark().parent.mkdir(parents=True, exist_ok=True)
        _mark().touch()
    return decision if _mark().exists() else _cut(decision)
