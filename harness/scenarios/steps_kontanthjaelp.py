"""pytest-bdd bindings of the kontanthjælp grammar (grammar_kontanthjaelp); a test module does
`from harness.scenarios.steps_kontanthjaelp import *`. The same generic binding as steps.py, another table."""
from __future__ import annotations

import pytest

from . import grammar_kontanthjaelp
from .steps import bind_all, calculator  # noqa: F401  (the shared calculator fixture)

__all__ = ["sag", "calculator"]


@pytest.fixture
def sag() -> grammar_kontanthjaelp.Sag:
    return grammar_kontanthjaelp.Sag()


bind_all(grammar_kontanthjaelp)
__all__ += [name for name in list(globals()) if name.startswith("pytestbdd_")]
