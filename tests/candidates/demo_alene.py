"""The demo with one documented defect and every other fixed (python:tests.candidates.demo_alene): DEMO_ALENE names
it. The fuzz engine keeps one counterexample per kind of finding, so in the whole demo a defect whose wrong amounts
another defect's counterexample already stands for is not shown apart; alone, it must be found."""
import os

from adapters.demo.candidate import DEFECTS, _reference, make_calculate
from adapters.demo.candidate import METADATA as _DEMO

ALONE = os.environ.get("DEMO_ALENE", "")
METADATA = {**_DEMO, "version": f"alene-{ALONE}"}
calculate = make_calculate(_reference, fixed=frozenset(d.id for d in DEFECTS if d.id != ALONE))
