"""The evidence pack reads as Danish and names no place on the machine: adapter messages that reach summary.md and
rapport.html are Danish (results.json keeps them as logged), no absolute path appears, and `report` re-renders the
same pack from results.json."""
from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

from harness.cli import app
from harness.report.paths import REPO
from tests.conftest import cmd_spec

runner = CliRunner()


def test_messages_are_danish_and_no_absolute_path_reaches_the_pack(tmp_path, golden_dir):
    spec = cmd_spec("jsonl_candidate.py", "--crash", "S2", "--hang", "S3", "--garbage", "S4")
    res = runner.invoke(app, ["run", "--candidate", spec, "--golden-dir", str(golden_dir), "--timeout", "1",
                              "--out", str(tmp_path / "reports"), "--run-id", "r", "--today", "2026-11-23"])
    assert res.exit_code == 1, res.output
    run = tmp_path / "reports" / "r"
    logged = (run / "results.json").read_text(encoding="utf-8")
    assert "timeout: no answer" in logged                      # the log keeps the English
    for name in ("summary.md", "rapport.html"):
        text = (run / name).read_text(encoding="utf-8")
        for place in (str(tmp_path), str(REPO), sys.executable, str(Path(sys.executable).parent)):
            assert place not in text, f"{name} names {place}"
        assert "tidsgrænsen blev overskredet" in text and "kandidatens proces stoppede" in text
        assert "svaret er ikke JSON" in text
        assert "timeout: no answer" not in text and "while computing the case" not in text


def test_report_re_renders_the_same_pack(tmp_path, golden_dir):
    res = runner.invoke(app, ["run", "--candidate", "python:tests.fakes.demo_on_fake", "--golden-dir", str(golden_dir),
                              "--out", str(tmp_path / "reports"), "--run-id", "r", "--today", "2026-11-23"])
    assert res.exit_code == 1
    run = tmp_path / "reports" / "r"
    again = runner.invoke(app, ["report", str(run / "results.json"), "--out", str(tmp_path / "igen")])
    assert again.exit_code == 1
    for name in ("summary.md", "rapport.html"):
        assert (tmp_path / "igen" / name).read_text(encoding="utf-8") == (run / name).read_text(encoding="utf-8")


def test_a_candidate_that_does_not_start_names_no_place_in_the_pack_or_its_folder(tmp_path, golden_dir):
    """Red team round 11 F5: a cmd: candidate that did not start had its spec, absolute paths and all, as the
    system's name: in summary.md four times and in the run folder's name."""
    script = tmp_path / "hemmelig-mappe" / "leverandoer.py"
    script.parent.mkdir()
    script.write_text("import sys\nsys.stdout.write('not json\\n')\n", encoding="utf-8")
    res = runner.invoke(app, ["run", "--candidate", f"cmd:{sys.executable} {script}", "--golden-dir", str(golden_dir),
                              "--timeout", "2", "--out", str(tmp_path / "reports"), "--today", "2026-11-23"])
    assert res.exit_code == 1, res.output
    (run,) = (tmp_path / "reports").iterdir()
    assert "hemmelig" not in run.name and "tmp" not in run.name.lower().split("-", 1)[1]
    for name in ("summary.md", "rapport.html"):
        text = (run / name).read_text(encoding="utf-8")
        assert "kandidaten kunne ikke startes" in text
        for place in (str(tmp_path), str(script.parent), sys.executable, str(Path(sys.executable).parent)):
            assert place not in text, f"{name} names {place}"
