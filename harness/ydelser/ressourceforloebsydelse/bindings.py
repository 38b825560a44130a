"""pytest-bdd bindings of the ressourceforløbsydelse grammar: a test module does
`from harness.ydelser.ressourceforloebsydelse.bindings import *` and `scenarios(...)`. Generated from the step table by
harness/scenarios/bindings.py, so no step is written twice."""
from __future__ import annotations

import pytest

from harness.scenarios.bindings import bind_all, calculator

from . import grammar

__all__ = ["calculator", "sag"]


@pytest.fixture
def sag() -> grammar.Sag:
    return grammar.Sag()


bind_all(grammar)
__all__ += [name for name in list(globals()) if name.startswith("pytestbdd_")]
