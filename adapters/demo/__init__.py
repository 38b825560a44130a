"""`--candidate demo`: KSD-demo 2.4.0, a simulated vendor release with documented defects (see README.md)."""
from __future__ import annotations

from harness.adapters_api import Candidate


def open(argument: str, timeout: float | None = None) -> Candidate:
    from adapters.python_module import PythonModuleCandidate
    candidate = PythonModuleCandidate("adapters.demo.candidate")
    candidate.load()
    return candidate
