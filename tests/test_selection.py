"""A run of a selection of the scenarios is never a GO (redteam 8, F7): `pytest --candidate SPEC -k "not ID"` with
the one failing scenario deselected, and `run --only`, when they leave out scenarios of the benefits the run judges.
The plugin passes --only only when -k/-m left goldens out, so a full pytest run's pack carries no selection note,
and a selected one records what was left out and says so beside the verdict (terminal and pack)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.report import load_results
from tests.fakes.fake_reference import calculate as fake
from tests.suite import write_suite

FAKE = "python:tests.fakes.fake_reference"
runner = CliRunner()
LEFT_OUT = "kørslen omfattede kun et udvalg af scenarierne (--only eller pytest -k/-m): 1 scenarie af de bedømte " \
           "ydelser blev udeladt og ikke kørt: SDP-902-001"


@pytest.fixture
def suite(pytester):
    """The six-scenario set and a candidate that is the fake reference except on SDP-902-001 (case S4): 100 kr. too
    much in total."""
    root = write_suite(pytester.path / "golden", fake)
    pytester.makepyfile(en_fejl="from tests.fakes.fake_reference import calculate as base, METADATA\n"
                                "def calculate(case):\n"
                                "    d = base(case)\n"
                                "    if case['sags_id'] == 'S4':\n"
                                "        t = d['udbetalt_i_alt']\n"
                                "        t['beloeb'] = f\"{float(t['beloeb']) + 100:.2f}\"\n"
                                "    return d\n")
    pytester.syspathinsert()
    return root


def _pack(evidence) -> tuple[dict, str]:
    (run_dir,) = evidence.iterdir()
    return load_results(run_dir / "results.json"), (run_dir / "summary.md").read_text(encoding="utf-8")


def test_deselecting_the_one_failing_scenario_with_k_is_no_go_and_says_so(pytester, suite):
    evidence = pytester.path / "bevis"
    result = pytester.runpytest_inprocess("--candidate", "python:en_fejl", f"--golden-dir={suite}", "-k",
                                          "not SDP-902", f"--evidence-dir={evidence}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, deselected=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*: NO-GO (kun et udvalg: 1 scenarie udeladt med -k/-m)",
                                 "Bemærk: kørslen omfattede kun de scenarier*1 scenarie af de bedømte ydelser blev "
                                 "udeladt (SDP-902-001)*", f"*{LEFT_OUT}*"])
    results, summary = _pack(evidence)
    assert results["golden"]["left_out"] == ["SDP-902-001"] and len(results["golden"]["only"]) == 5
    assert results["gate"]["verdict"] == "NO-GO" and results["gate"]["reasons"] == [
        LEFT_OUT + "; en afgørelse om en delmængde er ingen udrulningsgodkendelse"]
    first_page = summary.split("## Nøgletal")[0]
    assert "NO-GO" in first_page and "blev udeladt (SDP-902-001)" in first_page
    again = CliRunner().invoke(app, ["report", str(next(evidence.iterdir())), "--out", str(pytester.path / "igen")])
    assert again.exit_code == 1 and "advarsel" not in again.output    # `report` computes the same NO-GO


def test_the_full_pytest_run_passes_no_selection_and_its_pack_has_no_note(pytester, suite):
    evidence = pytester.path / "bevis"
    result = pytester.runpytest_inprocess("--candidate", FAKE, f"--golden-dir={suite}", f"--evidence-dir={evidence}",
                                          "-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*: GO"])
    assert "kun et udvalg" not in result.stdout.str() and "--only valgte" not in result.stdout.str()
    results, summary = _pack(evidence)
    assert results["golden"]["only"] == [] and "left_out" not in results["golden"]
    assert results["gate"]["verdict"] == "GO" and "--only valgte" not in summary


def test_run_only_that_leaves_out_scenarios_is_no_go_and_one_that_selects_all_can_be_go(tmp_path, golden_dir):
    res = runner.invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden_dir), "--out", str(tmp_path),
                              "--run-id", "del", "--only", "SDP-90[01]-*"])
    assert res.exit_code == 1, res.output
    results = load_results(tmp_path / "del" / "results.json")
    assert results["summary"]["deviations"] == 0                       # everything it ran passed
    assert results["golden"]["left_out"] == ["SDP-902-001", "SDP-903-001", "SDP-904-001"]
    assert results["gate"]["reasons"][0].startswith("kørslen omfattede kun et udvalg af scenarierne")
    assert "Afgørelse: NO-GO" in res.output and "3 scenarier af de bedømte ydelser blev udeladt" in res.output

    every = runner.invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden_dir), "--out", str(tmp_path),
                                "--run-id", "alle", "--only", "SDP-*"])
    assert every.exit_code == 0, every.output
    results = load_results(tmp_path / "alle" / "results.json")
    assert results["golden"]["only"] == ["SDP-*"] and results["golden"]["left_out"] == []
    assert "--only valgte" not in (tmp_path / "alle" / "summary.md").read_text(encoding="utf-8")


def test_report_keeps_the_selection_rule_when_the_verdict_is_edited(tmp_path, golden_dir):
    """The rule is computed from results.json `golden.left_out`, so `report` gives it again for an edited verdict."""
    runner.invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden_dir), "--out", str(tmp_path),
                        "--run-id", "del", "--only", "SDP-900-*"])
    doc = load_results(tmp_path / "del" / "results.json")
    doc["gate"].update(verdict="GO", reasons=[])
    (tmp_path / "forged.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(app, ["report", str(tmp_path / "forged.json"), "--out", str(tmp_path / "igen")])
    assert res.exit_code == 1 and "den gemte afgørelse (GO)" in res.output
    assert "4 scenarier af de bedømte ydelser blev udeladt" in res.output
