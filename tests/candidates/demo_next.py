"""KSD-demo 2.5.0 (python:tests.candidates.demo_next): the next release of the demo, with DEMO-2 (the kommune pays
a day late) and KY-3 (a spouse's income ignored) fixed and every other documented defect still there."""
from adapters.demo.candidate import METADATA as _DEMO
from adapters.demo.candidate import _reference, make_calculate

FIXED = frozenset({"DEMO-2", "KY-3"})
METADATA = {**_DEMO, "version": "2.5.0"}
calculate = make_calculate(_reference, fixed=FIXED)
