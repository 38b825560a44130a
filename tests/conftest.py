"""Hypothesis profiles for the whole suite. Hypothesis loads its own 'ci' profile when CI is set; we extend it
(keeping derandomize, no database, print_blob) rather than override it (see shared/notes/tooling.md).
Also shared fixtures of the run machinery's tests: small golden sets in tmp dirs and real candidate processes."""
from __future__ import annotations

import gc
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


def pytest_configure(config: pytest.Config) -> None:
    """The garbage collector as the command line tunes it (harness/cli.py main): the suite's many in-process runs
    hold goldens and results as a command does.

    Most tests run small golden sets computed by a fake calculator (tests/suite.py), or pin the demo's figures;
    the sample stage's fresh cases are decided by the real reference with a random seed, so the test suite's runs
    use the shipped policy without it (tests/test_sample.py, and any test that passes --policy, run it). Not when
    this session judges a candidate (`pytest --candidate SPEC` from the repository loads this file too): that
    verdict is the shipped policy's, sample and all."""
    gc.set_threshold(10_000, 10, 100)
    if config.getoption("candidate", None):
        return
    no_sample = Path(tempfile.mkdtemp(prefix="ydelsestjek-policy-")) / "uden-stikproeve.yaml"
    shipped = (Path(__file__).resolve().parents[1] / "policies" / "default.yaml").read_text(encoding="utf-8")
    assert "\nsample_cases_per_benefit: 200\n" in shipped
    assert "\nbench_strength_valid: true\n" in shipped
    # most tests' golden sets are made in a tmp folder, with no measured strength (tests/strength measure their own)
    no_sample.write_text(shipped.replace("sample_cases_per_benefit: 200", "sample_cases_per_benefit: 0")
                         .replace("bench_strength_valid: true", "bench_strength_valid: false"), encoding="utf-8")
    os.environ["YDELSESTJEK_POLICY"] = str(no_sample)



def _forget_golden_serials() -> None:
    from harness import seal
    from harness.golden import serial
    (seal.state_dir() / serial.FILE).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _no_remembered_golden_serials():
    """Each test starts as a user who has verified no golden manifest serial (harness/golden/serial.py): the test
    sets are signed with the same projekt key, their serials are not one lineage, and the suite's shared state folder
    must not make one test's set an "older" set for the next. Tests of the guard set their own state folder."""
    _forget_golden_serials()


@pytest.fixture(autouse=True, scope="module")
def _no_remembered_golden_serials_for_module_fixtures():
    """The same before a module's own fixtures run (autouse fixtures come first in their scope): a module fixture
    running a suite signed with serial 1 (tests/report/test_pack_signature.py's packs) was refused as a rollback
    when the module before it in the same worker had verified the bundled golden set (serial 13)."""
    _forget_golden_serials()


HERE = Path(__file__).parent
CANDIDATES = HERE / "candidates"
pytest_plugins = ["pytester"]


@pytest.fixture
def golden_dir(tmp_path: Path) -> Path:
    """A six-scenario golden set computed by the fake calculator, with a valid manifest."""
    return write_suite(tmp_path / "golden", fake_calculate)


@pytest.fixture
def without_negative(tmp_path: Path) -> Path:
    """The suite's default policy with the negative stage off, for a test about something else that needs a GO
    (run --no-negative is never a GO under a policy that asks for the stage)."""
    from harness.gate.policy import default_rollout_policy
    text = default_rollout_policy().read_text(encoding="utf-8")
    assert "\nnegative_stage: true\n" in text
    path = tmp_path / "uden-negativ-fase.yaml"
    path.write_text(text.replace("negative_stage: true", "negative_stage: false"), encoding="utf-8")
    return path


def cmd_spec(script: str, *args: str) -> str:
    """A cmd: spec running one of tests/candidates/*.py with this interpreter."""
    return "cmd:" + " ".join([sys.executable, str(CANDIDATES / script), *args])
