"""The reference run against itself is GO with zero deviations — on goldens it computed, and on golden/."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate
from harness.report import load_results
from tests.suite import write_suite

runner = CliRunner()


def _run(tmp_path, golden_dir):
    res = runner.invoke(app, ["run", "--candidate", "reference", "--golden-dir", str(golden_dir),
                              "--out", str(tmp_path / "reports"), "--run-id", "ref"])
    return res, load_results(tmp_path / "reports" / "ref" / "results.json")


def test_reference_against_its_own_goldens_is_go_with_zero_deviations(tmp_path):
    res, results = _run(tmp_path, write_suite(tmp_path / "golden", calculate))
    assert res.exit_code == 0, res.output
    assert results["summary"]["pass"] == results["summary"]["cases"] == 6
    assert results["summary"]["deviations"] == 0
    assert results["candidate"]["metadata"]["system"] == "ydelsestjek-reference"
    assert results["reference"]["parametre_sha256"]["combined"] is not None
    assert "sygedagpenge/parametre/hoejeste_beloeb.yaml" in results["reference"]["parametre_sha256"]["files"]


@pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set in golden/ yet")
def test_reference_against_the_approved_golden_suite_is_go(tmp_path):
    res, results = _run(tmp_path, GOLDEN_DIR)
    assert res.exit_code == 0, res.output
    assert results["summary"]["deviations"] == 0 and results["summary"]["cases"] > 0
    # both benefits are run, none is skipped, and the summary per legal area shows the kontanthjælp areas
    assert {c["ydelse"] for c in results["cases"]} == {"sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"}
    assert all(c["status"] == "pass" for c in results["cases"])
    assert {"timeregel_225", "procedure", "overgang_2025"} <= {c["omraade"] for c in results["cases"]}
    assert "timeregel_225" in res.output and "satser_fra_2025" in res.output
