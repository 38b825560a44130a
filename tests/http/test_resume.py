"""Runs that lose nothing: a real kill -9 or Ctrl-C of `ydelsestjek run` mid-run, then `--resume RUN_ID`, gives
the results of an uninterrupted run, with no case repeated or duplicated."""
from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.golden.store import load_goldens
from harness.report import load_results
from tests.http.conftest import cli, comparable, jsonl_ids
from tests.suite import besides_the_selection

SLOW = "latency=40"           # ~30 batches of 5 × 40 ms: a run of a second or two to interrupt
SUBSET = "SDP-03*"            # ~150 goldens (§§ 30-38): the interrupted runs need not grow with the whole set


def subset_size() -> int:
    from fnmatch import fnmatchcase
    return sum(1 for g in load_goldens() if fnmatchcase(g.id, SUBSET))


def wait_for_lines(path: Path, at_least: int, proc, limit: float = 60.0) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if path.exists():
            n = path.read_bytes().count(b"\n")
            if n >= at_least:
                return n
        time.sleep(0.02)
    raise AssertionError(f"{path} did not reach {at_least} lines in {limit} s")


def resume(out: Path, run_id: str, spec: str, *extra: str):
    """`run --resume RUN_ID --candidate SPEC`: the candidate is named again, never taken from run.json."""
    return CliRunner().invoke(app, ["run", "--resume", run_id, "--candidate", spec, "--out", str(out), *extra])


def uninterrupted(out: Path, spec: str) -> dict:
    res = CliRunner().invoke(app, ["run", "--candidate", spec, "--out", str(out), "--run-id", "whole", "--today", "2026-11-23",
                                   "--only", SUBSET])
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "whole" / "results.json")) == [], res.output
    return load_results(out / "whole" / "results.json")


def test_kill_9_mid_run_then_resume_equals_an_uninterrupted_run(tmp_path, service):
    server = service(SLOW)
    spec, out, total = f"{server.url}?batch=5", tmp_path / "reports", subset_size()
    proc = cli("run", "--candidate", spec, "--out", str(out), "--run-id", "k", "--today", "2026-11-23", "--only", SUBSET)
    jsonl = out / "k" / "results.jsonl"
    wait_for_lines(jsonl, 20, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    before = jsonl.read_bytes()
    done_before = before.count(b"\n")
    assert 20 <= done_before < total and not (out / "k" / "results.json").exists()

    res = resume(out, "k", spec)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "k" / "results.json")) == [], res.output
    after = jsonl.read_bytes()
    assert after.startswith(before[:before.rfind(b"\n") + 1])          # finished lines kept as they were
    ids = jsonl_ids(jsonl)
    assert len(ids) == len(set(ids)) == total                           # nothing lost, nothing twice
    resumed = load_results(out / "k" / "results.json")
    assert comparable(resumed) == comparable(uninterrupted(out, spec))
    assert resumed["started"] == json.loads((out / "k" / "run.json").read_text())["started"]
    assert json.loads((out / "k" / "run.json").read_text())["resumes"][0]["finished_before"] == done_before


@pytest.mark.parametrize("query", ["?batch=5", "?batch=5&concurrency=2"])
def test_ctrl_c_stops_cleanly_says_how_to_resume_and_resume_completes(tmp_path, service, query):
    server = service(SLOW)
    spec, out, total = f"{server.url}{query}", tmp_path / "reports", subset_size()
    proc = cli("run", "--candidate", spec, "--out", str(out), "--run-id", "c", "--today", "2026-11-23", "--only", SUBSET)
    jsonl = out / "c" / "results.jsonl"
    wait_for_lines(jsonl, 10, proc)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    import shlex
    assert "Traceback" not in stderr and f"ydelsestjek run --resume c --candidate {shlex.quote(spec)} --out {out}" in stderr
    text = jsonl.read_text(encoding="utf-8")
    assert text.endswith("\n")                                          # no torn line after a clean stop
    done = [json.loads(line)["id"] for line in text.splitlines()]       # every line parses
    assert f"interrupted; {len(done)} of {total} cases are saved" in stderr, stderr
    assert len(done) < total

    res = resume(out, "c", spec)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "c" / "results.json")) == [], res.output
    ids = jsonl_ids(jsonl)
    assert len(ids) == len(set(ids)) == total
    assert comparable(load_results(out / "c" / "results.json")) == comparable(uninterrupted(out, spec))


def test_a_torn_last_line_is_dropped_and_its_case_run_again(tmp_path, reference_service, token_env):
    out = tmp_path / "reports"
    spec = f"{reference_service.url}?batch=3&token_env={token_env}"
    res = CliRunner().invoke(app, ["run", "--candidate", spec, "--only", "SDP-030-*", "--out", str(out), "--run-id", "t"])
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "t" / "results.json")) == [], res.output
    whole = load_results(out / "t" / "results.json")
    jsonl = out / "t" / "results.jsonl"
    lines = jsonl.read_bytes().splitlines(keepends=True)
    jsonl.write_bytes(b"".join(lines[:-5]) + lines[-5][:37])           # as if killed while writing line 23
    (out / "t" / "results.json").unlink()
    res = resume(out, "t", spec)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "t" / "results.json")) == [], res.output
    ids = jsonl_ids(jsonl)
    assert len(ids) == len(set(ids)) == whole["summary"]["cases"]
    assert comparable(load_results(out / "t" / "results.json")) == comparable(whole)


def test_resume_of_a_finished_run_is_refused_and_changes_nothing(tmp_path, reference_service, token_env):
    """A finished run's pack is complete, perhaps signed: resuming it ran its stages again and rewrote the pack
    (red team round 13). It is refused (exit 2), and every file stays as it was."""
    out = tmp_path / "reports"
    spec = f"{reference_service.url}?token_env={token_env}"
    CliRunner().invoke(app, ["run", "--candidate", spec, "--only", "SDP-024-*", "--out", str(out), "--run-id", "f"])
    before = {p: p.read_bytes() for p in sorted((out / "f").rglob("*")) if p.is_file()}
    res = resume(out, "f", spec)
    assert res.exit_code == 2 and "this run is finished" in res.output, res.output
    assert {p: p.read_bytes() for p in sorted((out / "f").rglob("*")) if p.is_file()} == before


def test_resume_refuses_when_the_policy_or_goldens_changed(tmp_path, reference_service, token_env):
    from harness.runner import REPO
    from tests.fakes.fake_reference import calculate as fake
    from tests.suite import write_suite
    policy = tmp_path / "policy.yaml"
    shutil.copy(REPO / "policies" / "default.yaml", policy)
    golden = write_suite(tmp_path / "golden", fake)
    out = tmp_path / "reports"
    spec = f"{reference_service.url}?token_env={token_env}"
    res = CliRunner().invoke(app, ["run", "--candidate", spec,
                                   "--golden-dir", str(golden), "--policy", str(policy), "--out", str(out), "--run-id", "p"])
    assert res.exit_code in (0, 1), res.output
    (out / "p" / "results.json").unlink()                         # as if stopped before its pack was written
    policy.write_text(policy.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    res = resume(out, "p", spec)
    assert res.exit_code == 2 and f"the rollout policy ({policy}) changed since the run began" in res.output
    shutil.copy(REPO / "policies" / "default.yaml", policy)
    (golden / "sygedagpenge" / "SDP-900-001.json").unlink()
    from harness.golden.store import write_manifest
    from tests.suite import STAMP, project_key
    write_manifest(golden, project_key(), "projekt", STAMP)   # a consistently signed set, but not the run's
    res = resume(out, "p", spec)
    assert res.exit_code == 2 and "the golden set (MANIFEST.json)" in res.output and "changed" in res.output


def test_resume_refuses_while_the_run_is_still_going(tmp_path, service):
    server = service("latency=100")
    out = tmp_path / "reports"
    proc = cli("run", "--candidate", f"{server.url}?batch=5", "--out", str(out), "--run-id", "busy")
    try:
        wait_for_lines(out / "busy" / "results.jsonl", 5, proc)
        res = resume(out, "busy", f"{server.url}?batch=5")
        assert res.exit_code == 2 and "another ydelsestjek process is still writing this run" in res.output
    finally:
        proc.kill()
        proc.communicate(timeout=10)


def test_resume_usage_errors(tmp_path):
    res = resume(tmp_path, "nope", "reference")
    assert res.exit_code == 2 and "run.json is missing" in res.output and "Traceback" not in res.output
    res = resume(tmp_path, "nope", "reference", "--only", "X", "--timeout", "3")
    assert res.exit_code == 2 and "drop --only, --timeout" in res.output
    res = CliRunner().invoke(app, ["run", "--resume", "nope", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "--resume needs --candidate SPEC again" in res.output
    res = CliRunner().invoke(app, ["run"])
    assert res.exit_code == 2 and "give --candidate SPEC (or --resume RUN_ID" in res.output


def test_resume_refuses_another_candidate_version(tmp_path, reference_service, token_env):
    out = tmp_path / "reports"
    spec = f"{reference_service.url}?token_env={token_env}"
    CliRunner().invoke(app, ["run", "--candidate", spec, "--only", "SDP-024-*", "--out", str(out), "--run-id", "v"])
    jsonl = out / "v" / "results.jsonl"
    jsonl.write_bytes(b"".join(jsonl.read_bytes().splitlines(keepends=True)[:3]))   # as if killed after 3 cases
    (out / "v" / "results.json").unlink()
    run_file = out / "v" / "run.json"
    saved = json.loads(run_file.read_text(encoding="utf-8"))
    saved["candidate"]["metadata"]["version"] = "0.0.9"          # as if the vendor deployed meanwhile
    from harness.resume import write_sealed_run_file
    write_sealed_run_file(out / "v", saved)                       # as ydelsestjek itself would have written it
    res = resume(out, "v", spec)
    assert res.exit_code == 2, res.output
    assert "the candidate now reports ydelsestjek-reference 0.1.0, the run began with ydelsestjek-reference 0.0.9" in res.output
    assert len(jsonl_ids(jsonl)) == 3                                 # nothing was run or appended
