"""pytest-bdd bindings of the toy grammar."""
from __future__ import annotations

from harness.scenarios.bindings import bind_all

from . import grammar

__all__ = bind_all(grammar)
