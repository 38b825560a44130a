"""pytest-bdd bindings of the sygedagpenge grammar: a test module does
`from harness.ydelser.sygedagpenge.bindings import *` and `scenarios(...)`. Generated from the step table by
harness/scenarios/bindings.py, so no step is written twice."""
from __future__ import annotations

from harness.scenarios.bindings import bind_all

from . import grammar

__all__ = bind_all(grammar)
