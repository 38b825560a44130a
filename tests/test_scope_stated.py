"""A verdict says what it is a verdict on (red team r13 F5): a GO for one benefit looked like a GO for the release.
(a) A candidate that declares only ressourceforløbsydelse can be GO, but the verdict line of summary.md,
rapport.html and the terminal, a first-page note, SIGNATUR.json and verify-pack's verdict line name the benefit
judged and those with approved scenarios that were not. (b) `run --ydelse NAME` narrower than what the candidate
declares is a selection, like `--only`: NO-GO, with "en afgørelse om en delmængde er ingen udrulningsgodkendelse"
in the reason, on the first page and at verify-pack; `report` computes the same NO-GO again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.gate.gate import selection_reasons
from harness.golden.store import GOLDEN_DIR
from harness.report import load_results

runner = CliRunner()
REAL = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
KEY = Path(__file__).resolve().parents[1] / "keys" / "projekt_ed25519"
RFY = "ressourceforløbsydelse under jobafklaringsforløb"
SUBSET = "en afgørelse om en delmængde er ingen udrulningsgodkendelse"


def _run(tmp_path: Path, run_id: str, *args: str):
    res = runner.invoke(app, ["run", "--out", str(tmp_path / "reports"), "--run-id", run_id, "--sign-key", str(KEY),
                              *args])
    return res, tmp_path / "reports" / run_id


def _first_page(run_dir: Path) -> str:
    return (run_dir / "summary.md").read_text(encoding="utf-8").split("## Begrundelse")[0]


@REAL
def test_a_go_for_one_benefit_names_it_and_the_benefits_not_judged_wherever_the_verdict_is(tmp_path):
    res, out = _run(tmp_path, "ky-release", "--candidate", "python:tests.candidates.kun_rfy")
    assert res.exit_code == 0, res.output
    line = f"GO — godkendt til udrulning af {RFY}; kontanthjælp og sygedagpenge er ikke bedømt"
    assert f"Afgørelse: {line}" in res.output                                        # the terminal
    first = _first_page(out)
    assert f"**Afgørelse: {line}**" in first
    assert f"Bemærk: afgørelsen gælder kun {RFY}; kontanthjælp og sygedagpenge blev ikke bedømt" in first
    assert f'id="verdict">Afgørelse: {line}</p>' in (out / "rapport.html").read_text(encoding="utf-8")
    signed = json.loads((out / "SIGNATUR.json").read_text(encoding="utf-8"))
    assert signed["ydelser"] == {"bedoemt": ["ressourceforloebsydelse"],
                                 "ikke_bedoemt": ["kontanthjaelp", "sygedagpenge"]}
    verified = runner.invoke(app, ["verify-pack", str(out)])
    assert verified.exit_code == 0, verified.output
    assert verified.output.startswith(f"GO for {RFY}; kontanthjælp, sygedagpenge ikke bedømt: pakken ky-release er "
                                      "intakt")
    assert "afgørelsen gælder kun" in verified.output and SUBSET not in verified.output   # GO: no selection


@REAL
def test_ydelse_narrower_than_the_candidate_s_declaration_is_no_go_like_only(tmp_path):
    res, out = _run(tmp_path, "ydelse-rfy", "--candidate", "python:tests.candidates.kun_rfy_rigtig",
                    "--ydelse", "ressourceforloebsydelse")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    assert results["summary"]["deviations"] == 0                   # everything it ran passed
    reasons = results["gate"]["reasons"]
    assert len(reasons) == 1 and reasons[0].startswith("kørslen bedømte færre ydelser, end kandidaten oplyser at "
                                                       "beregne (--ydelse): kontanthjaelp (")
    assert "sygedagpenge (" in reasons[0] and reasons[0].endswith(SUBSET)
    assert "Afgørelse: NO-GO — ikke godkendt til udrulning af " + RFY in res.output
    first = _first_page(out)
    assert "Kandidaten oplyser også at beregne kontanthjælp og sygedagpenge, som --ydelse valgte fra: " + SUBSET \
        in first
    verified = runner.invoke(app, ["verify-pack", str(out)])
    assert verified.exit_code == 1, verified.output
    assert verified.output.startswith(f"NO-GO for {RFY}; kontanthjælp, sygedagpenge ikke bedømt: pakken")
    assert SUBSET in verified.output
    # the rule is computed from results.json (its scope), so `report` gives it again for an edited verdict
    doc = load_results(out / "results.json")
    doc["gate"].update(verdict="GO", reasons=[])
    (tmp_path / "forged.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    again = runner.invoke(app, ["report", str(tmp_path / "forged.json"), "--out", str(tmp_path / "igen")])
    assert again.exit_code == 1 and "den gemte afgørelse (GO)" in again.output, again.output


def test_a_run_of_every_benefit_with_scenarios_names_them_with_no_note(tmp_path, golden_dir):
    """The six-scenario sygedagpenge set, fully judged: the verdict line names sygedagpenge, nothing is not judged."""
    from harness.report.text import first_page_caveats, judged_text
    res = runner.invoke(app, ["run", "--candidate", "python:tests.fakes.fake_reference", "--golden-dir",
                              str(golden_dir), "--out", str(tmp_path), "--run-id", "alle"])
    assert res.exit_code == 0, res.output
    results = load_results(tmp_path / "alle" / "results.json")
    assert judged_text(results) == " af sygedagpenge" and "ikke bedømt" not in (first_page_caveats(results) or "")
    assert "**Afgørelse: GO — godkendt til udrulning af sygedagpenge**" in _first_page(tmp_path / "alle")


def test_the_selection_rule_for_benefits_left_out_of_the_declaration():
    assert selection_reasons([], []) == []
    (reason,) = selection_reasons([], [("kontanthjaelp", 657), ("sygedagpenge", 1)])
    assert reason == ("kørslen bedømte færre ydelser, end kandidaten oplyser at beregne (--ydelse): kontanthjaelp "
                      f"(657 scenarier), sygedagpenge (1 scenarie) blev udeladt og ikke kørt; {SUBSET}")
