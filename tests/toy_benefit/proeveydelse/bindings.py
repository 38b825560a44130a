"""pytest-bdd bindings of the toy grammar."""
from __future__ import annotations

import pytest

from harness.scenarios.bindings import bind_all, calculator  # noqa: F401

from . import grammar

__all__ = ["sag", "calculator"]


@pytest.fixture
def sag() -> grammar.Sag:
    return grammar.Sag()


bind_all(grammar)
__all__ += [name for name in list(globals()) if name.startswith("pytestbdd_")]
