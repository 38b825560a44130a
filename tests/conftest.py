"""Hypothesis profiles for the whole suite. Hypothesis loads its own 'ci' profile when CI is set; we extend it
(keeping derandomize, no database, print_blob) rather than override it (see shared/notes/tooling.md).
Also shared fixtures of the run machinery's tests: small golden sets in tmp dirs and real candidate processes."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import Phase, settings

from tests.fakes.fake_reference import calculate as fake_calculate
from tests.suite import write_suite

settings.register_profile("ci", parent=settings.get_profile("ci"), max_examples=150)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("deep", max_examples=20_000, deadline=None, phases=list(Phase))
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE") or ("ci" if os.getenv("CI") else "dev"))

HERE = Path(__file__).parent
CANDIDATES = HERE / "candidates"
pytest_plugins = ["pytester"]


@pytest.fixture
def golden_dir(tmp_path: Path) -> Path:
    """A six-scenario golden set computed by the fake calculator, with a valid manifest."""
    return write_suite(tmp_path / "golden", fake_calculate)


def cmd_spec(script: str, *args: str) -> str:
    """A cmd: spec running one of tests/candidates/*.py with this interpreter."""
    return "cmd:" + " ".join([sys.executable, str(CANDIDATES / script), *args])
