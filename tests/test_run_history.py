"""A pack says how often this system and version ran before (harness/run_history.py; red team r19 F3: a vendor may run
again until a sample misses its defect). Real runs through the command line, each user's state folder its own."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from harness.cli import app
from harness.report import load_results
from tests.conftest import cmd_spec

runner = CliRunner()


def _run(tmp_path, golden_dir, run_id: str, *args: str) -> dict:
    res = runner.invoke(app, ["run", "--candidate", cmd_spec("jsonl_candidate.py", *args), "--golden-dir",
                              str(golden_dir), "--out", str(tmp_path / "reports"), "--run-id", run_id,
                              "--today", "2026-11-23", "--no-negative", "--timeout", "0.5"])
    assert res.exit_code in (0, 1), res.output
    return load_results(tmp_path / "reports" / run_id / "results.json")


def test_a_second_run_of_the_same_version_states_the_first_and_its_verdict(tmp_path, golden_dir, monkeypatch):
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "tilstand"))
    first = _run(tmp_path, golden_dir, "foerste", "--hang", "S1")          # a case without answer: NO-GO
    assert first["gate"]["verdict"] == "NO-GO" and first.get("tidligere_koersler") is None
    second = _run(tmp_path, golden_dir, "anden")
    earlier = second["tidligere_koersler"]
    assert earlier["runs"] == 1 and earlier["no_go"] == 1 and earlier["go"] == 0
    assert earlier["newest"][0]["run_id"] == "foerste" and earlier["newest"][0]["verdict"] == "NO-GO"
    summary = (tmp_path / "reports" / "anden" / "summary.md").read_text(encoding="utf-8")
    assert "Versionen er kørt før her: 1 gang (0 GO, 1 NO-GO), senest foerste (NO-GO" in summary
    third = _run(tmp_path, golden_dir, "tredje")
    assert third["tidligere_koersler"]["runs"] == 2 and third["tidligere_koersler"]["newest"][0]["run_id"] == "anden"


def test_an_edited_history_is_read_as_nothing_remembered_and_said_so_by_absence(tmp_path, golden_dir, monkeypatch):
    state = tmp_path / "tilstand"
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(state))
    _run(tmp_path, golden_dir, "foerste", "--hang", "S1")
    path = state / "koersler.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    (_kind, entry), = doc.items()
    entry["fingerprint"] = entry["fingerprint"].replace("NO-GO", "GO")     # the NO-GO rewritten, the seal not
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _run(tmp_path, golden_dir, "anden").get("tidligere_koersler") is None
