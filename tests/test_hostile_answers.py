"""Hostile answers that were GO under the shipped policy (red team, round 3) and are NO-GO now: an answer broken on
purpose to hide that it pays nothing, and an explanation of boilerplate that says nothing about the case."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
from harness.golden.store import GOLDEN_DIR

REAL = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
cli = CliRunner()


def _run(tmp_path: Path, candidate: str, *extra: str) -> tuple[int, dict]:
    res = cli.invoke(app, ["run", "--candidate", candidate, "--out", str(tmp_path), "--run-id", "r",
                           "--today", "2026-11-23", "--policy", str(DEFAULT_ROLLOUT_POLICY), *extra])
    return res.exit_code, json.loads((tmp_path / "r" / "results.json").read_text(encoding="utf-8"))


@REAL
def test_paying_nothing_behind_one_schema_break_is_no_go(tmp_path):
    """Loftgrænse pays 0 kr. where the weekly maximum is reached without being applied (form scenarios, alvor C)
    and breaks schema_version there; it was 17 C deviations and GO."""
    code, results = _run(tmp_path, "python:tests.candidates.loftgraense", "--only", "SDP-050-*")
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    hit = [c for c in results["cases"] if c["status"] == "deviation" and "stikprøve" not in c["tags"]]
    assert hit and all({"ugyldigt_svar", "manglende_udbetaling"} <= {d["klasse"] for d in c["deviations"]} for c in hit)
    assert any("alvor A" in r and "manglende_udbetaling" in r for r in results["gate"]["reasons"])


@REAL
def test_an_explanation_of_boilerplate_is_no_go(tmp_path):
    """Standardtekst explains every ressourceforløbsydelse decision by one fixed step citing the right §§, with no
    input: the same text for every citizen."""
    code, results = _run(tmp_path, "python:tests.candidates.standardtekst")
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    scenarios = [c for c in results["cases"] if c["id"].startswith("RFY-")]
    assert scenarios and all([d["klasse"] for d in c["deviations"]] == ["manglende_begrundelse"] for c in scenarios)
    assert any("alvor B" in r for r in results["gate"]["reasons"])


@REAL
def test_a_system_that_declares_no_law_dates_is_still_asked_about_law_nobody_knows_yet(tmp_path, monkeypatch):
    """Gætteren declares no lovdatoer and guesses a decision for a case years after the law the bench knows, by
    moving its dates into the known years. Cases before the law are asked only of a system that declares its first
    day (it may know older law); cases after it of every system: no system knows the rates some years ahead."""
    monkeypatch.delenv("LOVDATOER", raising=False)
    code, results = _run(tmp_path, "python:tests.candidates.gaetteren", "--only", "SDP-050-*")
    assert code == 1
    found = [c for c in results["cases"] if "uden_for_lovdatoer" in c["tags"]]
    assert found and all(c["negativ"]["variant"] == "efter" for c in found)
    assert results["negative"]["per_kind"]["uden_for_lovdatoer"]["accepted"] > 0


@REAL
def test_a_declared_last_law_day_far_ahead_does_not_remove_the_cases_after_the_law(tmp_path, monkeypatch):
    """Red team round 11 F1: Gætteren declaring law dates 1900-01-01 – 2099-12-31 was GO: the declared last day left
    no case after the law (none fits before 2100), so its guessed rates for 2030 were never asked. A last day is
    believed only up to UNKNOWN_LAW_YEARS after the bench's own: nobody knows the rates further ahead."""
    module = tmp_path / "gaet2099.py"
    module.write_text("from tests.candidates.gaetteren import *  # noqa: F403\n"
                      "from tests.candidates.gaetteren import METADATA\n"
                      "METADATA = {**METADATA, 'lovdatoer': {'fra': '1900-01-01', 'til': '2099-12-31'}}\n",
                      encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))        # the module is imported here for its METADATA, and in its process
    monkeypatch.setenv("PYTHONPATH", f"{tmp_path}:{Path(__file__).resolve().parents[1]}")
    code, results = _run(tmp_path / "out", "python:gaet2099", "--only", "SDP-050-*")
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    found = [c for c in results["cases"] if "uden_for_lovdatoer" in c["tags"]]
    assert found and all(c["negativ"]["variant"] == "efter" for c in found)
    assert results["negative"]["per_kind"]["uden_for_lovdatoer"]["accepted"] > 0
