"""Hypothesis profiles for the whole suite. Hypothesis loads its own 'ci' profile when CI is set; we extend it
(keeping derandomize, no database, print_blob) rather than override it (see shared/notes/tooling.md).
Also shared fixtures of the run machinery's tests: small golden sets in tmp dirs and real candidate processes."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

from harness.fuzz.profiles import load_default
from tests.fakes.fake_reference import calculate as fake_calculate
from tests.suite import write_suite

load_default()  # the profiles live in harness/fuzz/profiles.py, shared with `ydelsestjek fuzz`
# run.json seals use a per-user key (harness/resume.py); the tests keep theirs (and every CLI subprocess's) apart
os.environ["YDELSESTJEK_STATE_DIR"] = tempfile.mkdtemp(prefix="ydelsestjek-state-")
# Most tests run small golden sets computed by a fake calculator (tests/suite.py), or pin the demo's figures; the
# sample stage's fresh cases are decided by the real reference with a random seed, so by default the tests run
# under the shipped policy without it. tests/test_sample.py (and any test that passes --policy) runs it.
_NO_SAMPLE = Path(tempfile.mkdtemp(prefix="ydelsestjek-policy-")) / "uden-stikproeve.yaml"
_SHIPPED = (Path(__file__).resolve().parents[1] / "policies" / "default.yaml").read_text(encoding="utf-8")
assert "\nsample_cases_per_benefit: 200\n" in _SHIPPED
_NO_SAMPLE.write_text(_SHIPPED.replace("sample_cases_per_benefit: 200", "sample_cases_per_benefit: 0"), encoding="utf-8")
os.environ["YDELSESTJEK_POLICY"] = str(_NO_SAMPLE)

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
