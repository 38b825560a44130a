"""A benefit is a package found through an entry point: a toy third benefit (tests/toy_benefit, a made-up law) is a
folder and an entry point, and the whole bench runs it end to end — lint, golden workflow, run and gate, pytest-bdd
bindings, fuzzing, explain, the CLI in a subprocess — with no edit under harness/."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.contract import ydelse as registry

TOY = Path(__file__).resolve().parent / "toy_benefit"
SCENARIOS = TOY / "scenarios"
REPO = Path(__file__).resolve().parents[1]


def _clear_caches() -> None:
    from harness.contract import schemas
    from harness.golden import diff
    from harness.toolkit import fortolkninger
    for fn in (registry.alle, schemas._registry, schemas.validator, fortolkninger.register, diff.labels):
        fn.cache_clear()


@pytest.fixture
def toy(monkeypatch):
    """The toy benefit installed: its folder (package and dist-info with the entry point) on the path."""
    monkeypatch.syspath_prepend(str(TOY))
    _clear_caches()
    yield registry.find("proeveydelse")
    monkeypatch.undo()
    for name in [m for m in sys.modules if m == "proeveydelse" or m.startswith("proeveydelse.")]:
        del sys.modules[name]
    _clear_caches()


@pytest.fixture
def approved(toy, tmp_path):
    """The toy's one scenario with an approved golden, through the golden workflow."""
    from harness.authoring import golden as workflow
    golden_dir = tmp_path / "golden"
    result = workflow.update(golden_root=golden_dir, scenario_root=SCENARIOS, ydelse="proeveydelse", root=TOY)
    assert list(result.written) == ["PRV-002-001"] and not result.errors
    from harness.golden.signing import load_approvers
    from tests.suite import project_key
    workflow.approve(["PRV-002-001"], by="Test", reason="toy benefit", key=project_key(), approvers=load_approvers(),
                     golden_root=golden_dir, scenario_root=SCENARIOS, ydelse="proeveydelse", kilde="haandberegnet")
    return golden_dir


def test_the_toy_is_found_through_its_entry_point_only(toy):
    assert set(registry.alle()) == {"sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse", "proeveydelse"}
    assert toy.folder == TOY / "proeveydelse" and toy.id_praefiks == "PRV"
    assert not (REPO / "harness" / "ydelser" / "proeveydelse").exists()


def test_lint_and_scenarios_read_the_toys_grammar(toy):
    from harness.scenarios import features, lint
    assert lint.lint_ydelse("proeveydelse", SCENARIOS) == []
    [inst] = features.load_instances("proeveydelse", SCENARIOS)
    assert inst.hjemmel == ["prøveloven § 2"] and inst.omraade == "maanedsbeloeb"
    decision = toy.calculate(inst.build_case())
    assert inst.then_failures(decision) == []
    assert [m["beloeb"] for m in decision["maaneder"]] == ["850.00", "0.00"]


def test_golden_workflow_run_and_gate(approved, tmp_path):
    from harness.authoring import golden as workflow
    from harness.runner import RunConfig, execute
    check = workflow.check(golden_root=approved, scenario_root=SCENARIOS, ydelse="proeveydelse", root=TOY)
    assert check.problems == [] and check.checked == 1
    go = execute(RunConfig(candidate="reference", golden_dir=approved, out=tmp_path / "reports", run_id="ref"))
    assert go.go and go.results["summary"]["pass"] == 1
    bad = execute(RunConfig(candidate="python:proeveydelse.fejl_kandidat", golden_dir=approved,
                            out=tmp_path / "reports", run_id="fejl"))
    assert not bad.go
    [case] = bad.results["cases"]
    assert [d["klasse"] for d in case["deviations"]] == ["forkert_beloeb"]
    assert [c["felt"] for c in case["deviations"][0]["felter"]] == ["i_alt.beloeb", "maaneder[2024-05].beloeb"]
    assert (tmp_path / "reports" / "fejl" / "summary.md").exists()


def test_fuzzing_finds_the_toy_candidates_defect(toy):
    from harness.fuzz.engine import FuzzConfig, fuzz
    report = fuzz("python:proeveydelse.fejl_kandidat", FuzzConfig(ydelse="proeveydelse", profile="ci", examples=60))
    assert {c.klasse for c in report.counterexamples} >= {"forkert_beloeb"}
    assert fuzz("reference", FuzzConfig(ydelse="proeveydelse", profile="ci", examples=60)).counterexamples == []


def test_explain_renders_the_toys_rules(toy, tmp_path, capsys):
    from harness.explain import explain_file
    case = {"schema_version": "1.0", "ydelse": "proeveydelse", "sags_id": "X", "maaneder": [
        {"maaned": "2024-05", "indtaegt": "300.00"}]}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert explain_file(path) == 0
    text = capsys.readouterr().out
    assert "Månedens beløb (prøveloven § 2)" in text and "FT-PRV-OERE" in text


def test_the_cli_runs_the_toy_in_a_subprocess(approved, tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TOY), str(REPO), os.environ.get("PYTHONPATH", "")])}
    base = [sys.executable, "-c", "from harness.cli import main; main()"]
    ok = subprocess.run([*base, "run", "--candidate", "reference", "--golden-dir", str(approved),
                         "--out", str(tmp_path / "r"), "--run-id", "cli"], env=env, cwd=REPO,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = subprocess.run([*base, "run", "--candidate", "python:proeveydelse.fejl_kandidat", "--golden-dir",
                          str(approved), "--out", str(tmp_path / "r"), "--run-id", "cli-fejl"], env=env, cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1, bad.stdout + bad.stderr


def test_pytest_bdd_binds_the_toys_grammar(toy, pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TOY), str(REPO), os.environ.get("PYTHONPATH", "")]))
    pytester.makepyfile(test_toy=f"""
from pytest_bdd import scenarios
from proeveydelse.bindings import *  # noqa: F401,F403
scenarios({str(SCENARIOS / 'proeveydelse')!r})
""")
    pytester.makeini("[pytest]\nmarkers =\n    prl-2\n    id\n    alvor\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "tests.scenarios.conftest")
    result.assert_outcomes(passed=1)
