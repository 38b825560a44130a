"""A run always ends in bounded time, whatever the candidate does: the policy's run_bounds stop a run whose candidate
is down (no answer at all to `silent_cases` cases in a row) or that outlives its deadline (`--deadline`, else the
policy's `deadline_seconds`); the cases left are recorded as not run and the run is not a GO. Real processes."""
from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from harness.cli import app
from harness.gate.policy import default_rollout_policy
from harness.report import load_results
from tests.conftest import cmd_spec

runner = CliRunner()


def _policy(tmp_path: Path, **bounds: object) -> Path:
    doc = yaml.safe_load(default_rollout_policy().read_text(encoding="utf-8"))
    doc["run_bounds"] = {**doc.get("run_bounds", {}), **bounds}
    path = tmp_path / "politik.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def _run(tmp_path: Path, golden_dir: Path, policy: Path, *args: str, extra: tuple[str, ...] = (),
         run_id: str = "r") -> tuple[int, dict]:
    res = runner.invoke(app, ["run", "--candidate", cmd_spec("jsonl_candidate.py", *args), "--golden-dir",
                              str(golden_dir), "--out", str(tmp_path / "reports"), "--run-id", run_id, "--today",
                              "2026-11-23", "--policy", str(policy), "--no-negative", "--timeout", "0.5", *extra])
    return res.exit_code, load_results(tmp_path / "reports" / run_id / "results.json")


def test_a_candidate_that_is_down_stops_the_run_after_the_policys_silent_cases(tmp_path, golden_dir):
    code, results = _run(tmp_path, golden_dir, _policy(tmp_path, silent_cases=3), "--hang-all")
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    asked = [c for c in results["cases"] if not c.get("ikke_koert")]
    not_run = [c for c in results["cases"] if c.get("ikke_koert")]
    assert len(asked) == 3 and all("timeout" in c["reason"] for c in asked)     # one case a call: 3 calls
    assert len(not_run) == len(results["cases"]) - 3 >= 1
    assert all("regnes for nede" in c["reason"] and "silent_cases er 3" in c["reason"] for c in not_run)
    assert results["limits"]["silent_cases"] == 3 and results["limits"]["not_run"] == len(not_run)


def test_an_answer_between_silences_starts_the_count_again(tmp_path, golden_dir):
    # two hangs, never two in a row: the six scenarios all run
    _, results = _run(tmp_path, golden_dir, _policy(tmp_path, silent_cases=2), "--hang", "S1", "--hang", "S3")
    assert not any(c.get("ikke_koert") for c in results["cases"])
    assert sum("timeout" in c["reason"] for c in results["cases"]) == 2


def test_the_policys_deadline_holds_when_the_run_names_none(tmp_path, golden_dir):
    code, results = _run(tmp_path, golden_dir, _policy(tmp_path, deadline_seconds=1), "--slow", "0.4")
    not_run = [c for c in results["cases"] if c.get("ikke_koert")]
    assert code == 1 and results["gate"]["verdict"] == "NO-GO" and not_run
    assert all("1 s (udrulningspolitikkens run_bounds.deadline_seconds)" in c["reason"] for c in not_run)
    assert results["limits"]["deadline_seconds"] == 1


def test_the_shipped_bounds_are_recorded_and_deadline_overrides_them(tmp_path, golden_dir):
    _, results = _run(tmp_path, golden_dir, default_rollout_policy())
    assert results["limits"]["deadline_seconds"] == 7200 and results["limits"]["silent_cases"] == 50
    assert not any(c.get("ikke_koert") for c in results["cases"])
    # --deadline wins over a policy's shorter one: the slow candidate is not cut at the policy's 1 s
    _, results = _run(tmp_path, golden_dir, _policy(tmp_path, deadline_seconds=1), "--slow", "0.4",
                      extra=("--deadline", "60"), run_id="r2")
    assert results["limits"]["deadline_seconds"] == 60 and not any(c.get("ikke_koert") for c in results["cases"])
