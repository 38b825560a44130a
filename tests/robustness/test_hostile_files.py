"""Hostile files of a run: an edited run.json, results.jsonl or results.json, a run id taken twice, nonsense
options. Each is refused with exit 2 naming the file (or re-decided from the recorded results), and nothing
a file names is ever executed."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.robustness.conftest import REPO, TOKEN, ydelsestjek
from tests.suite import write_suite

FAKE = "python:tests.fakes.fake_reference"
DEMO = "python:tests.fakes.demo_on_fake"


@pytest.fixture
def golden(tmp_path):
    from tests.fakes.fake_reference import calculate
    return write_suite(tmp_path / "golden", calculate)


def _run(tmp_path, golden, spec: str, run_id: str, *extra: str):
    return ydelsestjek("run", "--candidate", spec, "--golden-dir", str(golden), "--out", str(tmp_path / "reports"),
                       "--run-id", run_id, "--today", "2026-11-23", *extra)


def _resume(tmp_path, run_id: str, spec: str):
    return ydelsestjek("run", "--resume", run_id, "--candidate", spec, "--out", str(tmp_path / "reports"))


def _interrupted(tmp_path, golden, run_id: str = "i", keep: int = 2):
    """A finished run cut back to its first `keep` cases, as if it had been killed: resumable."""
    res = _run(tmp_path, golden, DEMO, run_id)
    assert res.returncode == 1, res.stderr
    folder = tmp_path / "reports" / run_id
    lines = (folder / "results.jsonl").read_bytes().splitlines(keepends=True)
    (folder / "results.jsonl").write_bytes(b"".join(lines[:keep]))
    (folder / "results.json").unlink()
    return folder


def test_resume_never_executes_the_command_an_edited_run_json_names(tmp_path, golden):
    folder = _interrupted(tmp_path, golden)
    marker = tmp_path / "pwned"
    doc = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    doc["candidate"]["spec"] = f"cmd:touch {marker}"
    (folder / "run.json").write_text(json.dumps(doc), encoding="utf-8")
    for spec in (DEMO, f"cmd:touch {marker}"):           # whatever the user types, the edited file is refused
        res = _resume(tmp_path, "i", spec)
        assert res.returncode == 2 and "run.json" in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert not marker.exists()


def test_resume_refuses_a_candidate_other_than_the_runs(tmp_path, golden):
    _interrupted(tmp_path, golden)
    res = _resume(tmp_path, "i", FAKE)
    assert res.returncode == 2 and f"the run was made with --candidate '{DEMO}'" in res.stderr


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["policy"]["rollout"].update(path="/tmp/lax.yaml"), "was changed after the run wrote it"),
    (lambda d: d.pop("seal"), "unverifiable"),
    (lambda d: d.update(run_file_version="1.0"), "unverifiable"),
    (lambda d: d["seal"].update(hmac_sha256="0" * 64), "was changed after the run wrote it"),
])
def test_resume_refuses_a_changed_or_unverifiable_run_json(tmp_path, golden, edit, message):
    folder = _interrupted(tmp_path, golden)
    doc = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    edit(doc)
    (folder / "run.json").write_text(json.dumps(doc), encoding="utf-8")
    res = _resume(tmp_path, "i", DEMO)
    assert res.returncode == 2 and message in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert (folder / "results.jsonl").read_bytes().count(b"\n") == 2            # nothing was run or appended


@pytest.mark.parametrize("content", [b"", b"[1, 2]", b"\xff\xfe not utf-8", b'{"run_file_version": "1.1"}'])
def test_resume_refuses_a_run_json_that_is_not_one(tmp_path, golden, content):
    folder = _interrupted(tmp_path, golden)
    (folder / "run.json").write_bytes(content)
    res = _resume(tmp_path, "i", DEMO)
    assert res.returncode == 2 and "run.json" in res.stderr and "Traceback" not in res.stderr, res.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", ["run.json", "results.jsonl", "results.jsonl.seal"])
@pytest.mark.parametrize("plant", ["fifo", "symlink"])
def test_resume_refuses_a_pipe_or_link_planted_in_the_run_folder(tmp_path, golden, name, plant):
    """Whoever can write the run folder cannot make `--resume` wait forever on a named pipe, nor append to another
    file through a link: exit 2 naming the file, in bounded time (redteam 3: resume-fifo-hang)."""
    folder = _interrupted(tmp_path, golden)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes((folder / name).read_bytes())
    (folder / name).unlink()
    if plant == "fifo":
        os.mkfifo(folder / name)
    else:
        (folder / name).symlink_to(elsewhere)
    res = ydelsestjek("run", "--resume", "i", "--candidate", DEMO, "--out", str(tmp_path / "reports"), timeout=30)
    if plant == "symlink" and name == "run.json":    # read only, through the link: the sealed run.json is its own
        assert res.returncode == 1, res.stderr
        return
    assert res.returncode == 2, res.stderr
    assert name in res.stderr and "regular file" in res.stderr and "Traceback" not in res.stderr, res.stderr
    if name == "results.jsonl":
        assert elsewhere.read_bytes().count(b"\n") == 2                   # nothing appended through a link


def test_resume_without_the_sealing_key_cannot_verify_and_refuses(tmp_path, golden):
    _interrupted(tmp_path, golden)
    res = ydelsestjek("run", "--resume", "i", "--candidate", DEMO, "--out", str(tmp_path / "reports"),
                      env={"YDELSESTJEK_STATE_DIR": str(tmp_path / "another-machine")})
    assert res.returncode == 2 and "cannot be verified here" in res.stderr


def test_resume_refuses_a_finished_case_edited_into_a_pass(tmp_path, golden):
    folder = _interrupted(tmp_path, golden, keep=6)
    lines = (folder / "results.jsonl").read_text(encoding="utf-8").splitlines()
    forged = []
    for line in lines:
        rec = json.loads(line)
        if rec["status"] != "pass":
            rec.update(status="pass", deviations=[], reason="")
        forged.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    assert forged != lines
    (folder / "results.jsonl").write_text("\n".join(forged[:3]) + "\n", encoding="utf-8")
    res = _resume(tmp_path, "i", DEMO)
    assert res.returncode == 2 and "does not match its seal" in res.stderr, res.stderr


def test_resume_refuses_lines_moved_from_another_run(tmp_path, golden):
    other = _interrupted(tmp_path, golden, run_id="other", keep=6)
    folder = _interrupted(tmp_path, golden, run_id="i", keep=0)
    (folder / "results.jsonl").write_bytes((other / "results.jsonl").read_bytes())
    (folder / "results.jsonl.seal").write_bytes((other / "results.jsonl.seal").read_bytes())
    res = _resume(tmp_path, "i", DEMO)
    assert res.returncode == 2 and "does not match its seal" in res.stderr



def test_resume_refuses_a_finished_signed_run_and_leaves_its_pack_as_it_was(tmp_path, golden):
    """Red team round 13: `run --resume` of a finished, signed run ran its stages again and rewrote the pack under
    its signature. A finished run (its results.json written) is not resumed: exit 2, nothing run or rewritten."""
    res = _run(tmp_path, golden, DEMO, "f", "--sign-key", str(REPO / "keys" / "projekt_ed25519"))
    assert res.returncode == 1, res.stderr
    folder = tmp_path / "reports" / "f"
    before = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    again = _resume(tmp_path, "f", DEMO)
    assert again.returncode == 2 and "this run is finished" in again.stderr, again.stdout + again.stderr
    assert {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} == before
    assert ydelsestjek("verify-pack", str(folder)).returncode == 1

def test_report_recomputes_a_verdict_edited_into_go(tmp_path, golden):
    res = _run(tmp_path, golden, DEMO, "v")
    assert res.returncode == 1
    path = tmp_path / "reports" / "v" / "results.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["gate"].update(verdict="GO", reasons=[])
    path.write_text(json.dumps(doc), encoding="utf-8")
    refused = ydelsestjek("report", str(path), "--out", str(tmp_path / "refused"))   # the run's seal: edited
    assert refused.returncode == 2 and "seglet passer ikke" in refused.stderr, refused.stdout + refused.stderr
    # where the seal cannot be checked (another user's machine), the verdict is still computed again, not read
    res = ydelsestjek("report", str(path), "--out", str(tmp_path / "again"),
                      env={"YDELSESTJEK_STATE_DIR": str(tmp_path / "anden-bruger")})
    assert res.returncode == 1, res.stdout + res.stderr
    assert "den gemte afgørelse (GO) stemmer ikke" in res.stderr
    summary = (tmp_path / "again" / "summary.md").read_text(encoding="utf-8")
    assert "**Afgørelse: NO-GO — ikke godkendt til udrulning af " in summary and "Bemærk" in summary


def test_report_takes_no_verdict_from_candidate_text(tmp_path, golden):
    """A results.json whose metadata and reasons shout GO, with cases that deviate, is still NO-GO."""
    res = _run(tmp_path, golden, DEMO, "t")
    path = tmp_path / "reports" / "t" / "results.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["candidate"]["metadata"]["system"] = "GO"
    doc["gate"]["reasons"] = []
    doc["gate"]["verdict"] = "GO"
    for case in doc["cases"]:
        case["reason"] = "GO — godkendt til udrulning"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert ydelsestjek("report", str(path)).returncode == 2        # the run's seal: edited
    res = ydelsestjek("report", str(path), env={"YDELSESTJEK_STATE_DIR": str(tmp_path / "anden-bruger")})
    assert res.returncode == 1 and "Afgørelse: NO-GO" in res.stdout


def test_a_second_run_with_the_same_run_id_exits_2_and_changes_nothing(tmp_path, golden):
    first = _run(tmp_path, golden, FAKE, "same")
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in (tmp_path / "reports" / "same").iterdir() if p.is_file()}
    second = _run(tmp_path, golden, FAKE, "same")
    assert second.returncode == 2 and "already exists" in second.stderr
    assert not (tmp_path / "reports" / "same-2").exists()
    assert {p.name: p.read_bytes() for p in (tmp_path / "reports" / "same").iterdir() if p.is_file()} == before


def test_two_runs_started_together_with_one_run_id_cannot_both_write(tmp_path, golden):
    args = [sys.executable, "-c", "from harness.cli import main; main()", "run", "--candidate", FAKE,
            "--golden-dir", str(golden), "--out", str(tmp_path / "reports"), "--run-id", "race", "--today", "2026-11-23"]
    procs = [subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**__import__("os").environ, "YDELSESTJEK_TOKEN": TOKEN}) for _ in range(2)]
    codes = sorted(p.wait(timeout=120) for p in procs)
    for p in procs:
        p.communicate()
    assert codes == [0, 2]
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["race"]


@pytest.mark.parametrize("value", ["nan", "0", "-1", "inf", "-inf", "1e308"])
@pytest.mark.parametrize("option", ["--timeout", "--deadline"])
def test_nonsense_timeouts_are_refused(tmp_path, golden, option, value):
    from typer.testing import CliRunner

    from harness.cli import app
    res = CliRunner().invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden), "--out",
                                   str(tmp_path / "reports"), "--run-id", "x", option, value])
    assert res.exit_code == 2 and option in res.output and "Traceback" not in res.output, res.output
    assert not (tmp_path / "reports" / "x").exists()


def test_nonsense_maxfail_and_smoke_timeout_are_refused(tmp_path, golden):
    from typer.testing import CliRunner

    from harness.cli import app
    res = CliRunner().invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden), "--maxfail", "0"])
    assert res.exit_code == 2 and "--maxfail" in res.output
    res = CliRunner().invoke(app, ["smoke", "--candidate", FAKE, "--timeout", "nan"])
    assert res.exit_code == 2 and "--timeout" in res.output
