"""The system under test decides what is in scope (issue 14): the benefits a candidate declares define the suite;
a candidate that declares nothing is asked to declare; run, pytest and smoke agree."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.golden.store import GOLDEN_DIR, load_goldens
from harness.report import load_results
from tests.conftest import cmd_spec

runner = CliRunner()
KSD_ONLY = "python:tests.candidates.ksd_only"
REAL = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
EXE = Path(sys.executable).with_name("ydelsestjek")


def run(tmp_path: Path, *args: str, run_id: str = "r"):
    res = runner.invoke(app, ["run", "--out", str(tmp_path / "reports"), "--run-id", run_id, "--today", "2026-11-23",
                              *args])
    return res, tmp_path / "reports" / run_id


@REAL
def test_a_correct_sygedagpenge_only_system_is_go_and_the_pack_names_what_was_not_judged(tmp_path):
    every = load_goldens(GOLDEN_DIR)
    sdp = [g for g in every if g.ydelse == "sygedagpenge"]
    others = sorted({g.ydelse for g in every} - {"sygedagpenge"})
    assert others, "the bundled golden set has scenarios of other benefits than sygedagpenge"
    res, out = run(tmp_path, "--candidate", KSD_ONLY)
    assert res.exit_code == 0, res.output
    results = load_results(out / "results.json")
    assert results["gate"]["verdict"] == "GO"
    assert {c["ydelse"] for c in results["cases"]} == {"sygedagpenge"} and len(results["cases"]) == len(sdp)
    scope = results["scope"]
    assert scope["declared"] == ["sygedagpenge"]
    assert [b["ydelse"] for b in scope["in_scope"]] == ["sygedagpenge"]
    assert scope["in_scope"][0]["scenarios"] == len(sdp)
    assert scope["in_scope"][0]["omraader"]["beregning_og_loft"].startswith("Timefortjeneste")
    assert sorted(b["ydelse"] for b in scope["out_of_scope"]) == others
    assert all(b["reason"] == "kandidaten oplyser ikke, at den beregner denne ydelse" for b in scope["out_of_scope"])
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "Kontanthjælp" in summary and "ikke i omfang" in summary.lower()


@REAL
def test_pytest_agrees_with_the_run_for_the_sygedagpenge_only_system(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--candidate", KSD_ONLY,
                           "--rootdir", str(tmp_path)],
                          capture_output=True, text=True, timeout=600, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "KSD-korrekt 1.0.0: GO" in proc.stdout
    assert "deselected" in proc.stdout and "ikke i omfang: kontanthjaelp" in proc.stdout


def test_pytest_exits_non_zero_on_no_go_even_when_every_test_passed(pytester, tmp_path):
    """A mandatory scenario the candidate skips is a skipped test, not a failure; the gate says NO-GO, so must pytest."""
    from tests.fakes.fake_reference import calculate as fake
    from tests.suite import write_suite
    suite = write_suite(pytester.path / "golden", fake)
    pytester.makepyfile(skipper="from tests.fakes.fake_reference import calculate as base, METADATA\n"
                                "def calculate(case):\n"
                                "    if case['sags_id'] == 'S1':\n"
                                "        return {'skipped': True, 'reason': 'ikke understøttet'}\n"
                                "    return base(case)\n")
    pytester.syspathinsert()
    result = pytester.runpytest_inprocess("--candidate", "python:skipper", f"--golden-dir={suite}")
    result.assert_outcomes(passed=5, skipped=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*NO-GO*", "*obligatorisk*SDP-900-001*"])


def test_a_candidate_that_declares_nothing_is_asked_to_declare_exit_2_and_no_pack(tmp_path, golden_dir):
    res, out = run(tmp_path, "--candidate", "python:tests.candidates.declares_nothing", "--golden-dir", str(golden_dir))
    assert res.exit_code == 2, res.output
    assert "declares no benefits" in res.output and "--ydelse" in res.output and "METADATA" in res.output
    assert not out.exists() and not (tmp_path / "reports").exists()


def test_ydelse_names_the_benefit_of_a_candidate_that_declares_none(tmp_path, golden_dir):
    res, out = run(tmp_path, "--candidate", "python:tests.fakes.fake_reference_undeclared", "--golden-dir",
                   str(golden_dir), "--ydelse", "sygedagpenge")
    assert res.exit_code == 0, res.output
    scope = load_results(out / "results.json")["scope"]
    assert scope["declared"] == [] and scope["selected"] == "sygedagpenge"
    assert "valgt med --ydelse" in scope["note"]


def test_pytest_asks_a_candidate_that_declares_nothing_to_declare(pytester):
    from tests.fakes.fake_reference import calculate as fake
    from tests.suite import write_suite
    suite = write_suite(pytester.path / "golden", fake)
    result = pytester.runpytest_inprocess("--candidate", "python:tests.candidates.declares_nothing",
                                          f"--golden-dir={suite}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*declares no benefits*"])


def test_a_misspelled_ydelse_is_exit_2_and_no_pack_through_the_real_entry_point(tmp_path, golden_dir):
    proc = subprocess.run([str(EXE), "run", "--candidate", "reference", "--golden-dir", str(golden_dir),
                           "--ydelse", "sygedagpenke", "--out", str(tmp_path / "reports")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "unknown benefit 'sygedagpenke'" in proc.stderr and "sygedagpenge" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "reports").exists()


def test_ydelse_the_candidate_does_not_compute_is_exit_2(tmp_path, golden_dir):
    res, out = run(tmp_path, "--candidate", KSD_ONLY, "--golden-dir", str(golden_dir), "--ydelse", "kontanthjaelp")
    assert res.exit_code == 2 and "does not compute it" in res.output
    assert not out.exists()


@pytest.mark.parametrize("kind", ["missing", "folder", "not-utf8"])
def test_an_unreadable_file_spec_is_exit_2_and_no_pack(tmp_path, golden_dir, kind):
    path = tmp_path / "optagelse.jsonl"
    if kind == "folder":
        path.mkdir()
    elif kind == "not-utf8":
        path.write_bytes(b'{"sags_id": "S1", "decision": {"x": "\xff\xfe"}}\n')
    res, out = run(tmp_path, "--candidate", f"file:{path}", "--golden-dir", str(golden_dir))
    assert res.exit_code == 2, res.output
    assert f"file:{path}" in res.output and not out.exists()


def test_a_recording_without_a_metadata_line_is_asked_to_declare(tmp_path, golden_dir):
    path = tmp_path / "optagelse.jsonl"
    path.write_text(json.dumps({"sags_id": "S1", "skipped": True, "reason": "x"}) + "\n", encoding="utf-8")
    res, out = run(tmp_path, "--candidate", f"file:{path}", "--golden-dir", str(golden_dir))
    assert res.exit_code == 2 and "metadata line" in res.output and not out.exists()


def test_smoke_sends_only_scenarios_of_declared_benefits(tmp_path):
    """The demo declares both benefits; a sygedagpenge-only system gets only sygedagpenge scenarios."""
    from tests.fakes.fake_reference import calculate as fake
    from tests.suite import write_suite
    suite = write_suite(tmp_path / "golden", fake)
    # a second benefit's golden in the set: the smoke must not send it to a sygedagpenge-only candidate
    kh = json.loads(next((GOLDEN_DIR / "kontanthjaelp").glob("*.json")).read_text(encoding="utf-8")) \
        if (GOLDEN_DIR / "kontanthjaelp").exists() else None
    if kh is not None:
        from tests.suite import sign_set
        (suite / "kontanthjaelp").mkdir()
        (suite / "kontanthjaelp" / f"{kh['id']}.json").write_text(json.dumps(kh), encoding="utf-8")
        sign_set(suite)
    res = runner.invoke(app, ["smoke", "--candidate", cmd_spec("jsonl_candidate.py"), "--golden-dir", str(suite),
                              "-n", "50"])
    assert res.exit_code == 0, res.output
    assert "SDP-900-001" in res.output and (kh is None or kh["id"] not in res.output)
    nothing = runner.invoke(app, ["smoke", "--candidate", "python:tests.candidates.declares_nothing",
                                  "--golden-dir", str(suite)])
    assert nothing.exit_code == 2 and "declares no benefits" in nothing.output
