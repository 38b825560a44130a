"""`compare` and `run --baseline` never take a run's verdict from its results.json (redteam 8, F4): a NO-GO run whose
file was edited to say GO (its reasons emptied, its defects and kroner zeroed) is shown as the NO-GO its cases are,
with a warning that the file was edited, on the terminal and in the pages, and in the new run's own pack; a run
that cannot be computed again is exit 2 naming the file and the field, never a traceback."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.reference import calculate
from harness.report import load_results
from tests.suite import write_suite

runner = CliRunner()
EDITED = "results.json er altså ændret efter kørslen"


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """Real runs on a small golden set: the reference (GO) and the demo (NO-GO), and the demo's results.json
    edited into a GO: verdict, reasons, defects, kroner and an invented earlier GO in its trend."""
    tmp = tmp_path_factory.mktemp("stored")
    golden = write_suite(tmp / "golden", calculate)
    for name, candidate, code in (("go", "reference", 0), ("nogo", "demo", 1)):
        res = runner.invoke(app, ["run", "--candidate", candidate, "--golden-dir", str(golden), "--out",
                                  str(tmp / "reports"), "--run-id", name])
        assert res.exit_code == code, res.output
    doc = load_results(tmp / "reports" / "nogo" / "results.json")
    assert doc["gate"]["verdict"] == "NO-GO" and doc["defects"] and doc["money"]["i_alt"]["i_risiko"] != "0.00"
    doc["gate"].update(verdict="GO", reasons=[])
    doc["defects"] = []
    for totals in [doc["money"]["i_alt"]]:
        totals.update(i_risiko="0.00", for_meget="0.00", for_lidt="0.00")
    doc["trend"] = [{"run_id": "opdigtet", "system": "KSD", "version": "2.3.0", "started": "2026-01-01T00:00:00+00:00",
                     "verdict": "GO", "cases": 6, "deviations": {"A": 0, "B": 0, "C": 0}, "defects": 0,
                     "i_risiko": "0.00"}]
    forged = tmp / "forged.json"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    load_results(forged)                                       # still a valid results.json: only its figures lie
    return {"golden": golden, "go": tmp / "reports" / "go", "nogo": tmp / "reports" / "nogo", "forged": forged}


def _row(markdown: str, label: str) -> list[str]:
    line = next(x for x in markdown.splitlines() if x.startswith(f"| {label} "))
    return [c.strip() for c in line.strip("|").split("|")]


def test_compare_shows_the_verdict_the_cases_give_and_says_the_file_was_edited(runs, tmp_path):
    res = runner.invoke(app, ["compare", str(runs["nogo"]), str(runs["forged"]), "--out", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output                     # the same cases: nothing new
    first = res.stdout.splitlines()[0]
    assert first.endswith(", NO-GO)") and "GO) ->" not in first.replace("NO-GO) ->", ""), first
    assert "advarsel" in res.output and "den gemte afgørelse (GO)" in res.output and EDITED in res.output
    assert str(runs["forged"]) in res.output                  # which file
    md = (tmp_path / "c" / "sammenligning.md").read_text(encoding="utf-8")
    assert _row(md, "Afgørelse") == ["Afgørelse", "NO-GO", "NO-GO"]
    kroner = _row(md, "Kroner i risiko")
    assert kroner[1] == kroner[2] != "0,00 kr."               # the cases' kroner, not the zeroed ones
    assert "> Advarsel: kørslen nogo: den gemte afgørelse (GO)" in md and EDITED in md
    html = (tmp_path / "c" / "sammenligning.html").read_text(encoding="utf-8")
    assert "Advarsel: kørslen nogo" in html


def test_compare_of_unedited_runs_warns_of_nothing(runs, tmp_path):
    res = runner.invoke(app, ["compare", str(runs["go"]), str(runs["nogo"]), "--out", str(tmp_path / "c")])
    assert res.exit_code == 1, res.output                     # the demo's deviations are new
    assert "(ydelsestjek-reference 0.1.0, GO) ->" in res.output and res.stdout.splitlines()[0].endswith("NO-GO)")
    assert "advarsel" not in res.output
    assert "Advarsel" not in (tmp_path / "c" / "sammenligning.md").read_text(encoding="utf-8")


def test_a_forged_baseline_is_shown_as_its_cases_give_it_in_the_new_pack(runs, tmp_path):
    res = runner.invoke(app, ["run", "--candidate", "reference", "--golden-dir", str(runs["golden"]), "--baseline",
                              str(runs["forged"]), "--out", str(tmp_path / "r"), "--run-id", "ny"])
    assert res.exit_code == 0, res.output                     # the new run's own gate: the reference is GO
    assert "advarsel: baseline: kørslen nogo: den gemte afgørelse (GO)" in res.output
    pack = tmp_path / "r" / "ny"
    results = load_results(pack / "results.json")
    assert results["baseline"]["foer"]["verdict"] == "NO-GO"
    assert results["baseline"]["kroner_foer"]["i_risiko"] != "0.00" and results["baseline"]["rettede"]
    assert [(p["run_id"], p["verdict"]) for p in results["trend"]] == [("nogo", "NO-GO"), ("ny", "GO")]
    assert any(EDITED in n for n in results["baseline"]["beregnet_igen"])
    first_pages = (pack / "summary.md").read_text(encoding="utf-8").split("\n# Bilag\n")[0]
    section = first_pages.split("## Siden baseline")[1]
    assert _row(section, "Afgørelse") == ["Afgørelse", "NO-GO", "GO"]
    assert section.lstrip().startswith("> Advarsel: kørslen nogo: den gemte afgørelse (GO)")
    assert "Advarsel: kørslen nogo" in (pack / "rapport.html").read_text(encoding="utf-8")
    again = runner.invoke(app, ["report", str(pack), "--out", str(tmp_path / "igen")])
    assert again.exit_code == 0 and "advarsel: den gemte" not in again.output   # the new pack itself is consistent


def test_an_unedited_baseline_keeps_its_series_and_has_no_warning(runs, tmp_path):
    res = runner.invoke(app, ["run", "--candidate", "reference", "--golden-dir", str(runs["golden"]), "--baseline",
                              str(runs["nogo"]), "--out", str(tmp_path / "r"), "--run-id", "ny"])
    assert res.exit_code == 0, res.output
    results = load_results(tmp_path / "r" / "ny" / "results.json")
    assert "beregnet_igen" not in results["baseline"] and "advarsel: baseline" not in res.output
    assert [p["run_id"] for p in results["trend"]] == ["nogo", "ny"]


@pytest.mark.parametrize(("edit", "field", "expected"), [
    (lambda d: d["policy"]["rollout"]["content"].update(severity="x"), "policy.rollout.content.severity",
     "valid dictionary"),
    (lambda d: d["gate"].update(today="i morgen"), "gate.today", "YYYY-MM-DD"),
])
def test_a_run_that_cannot_be_computed_again_is_exit_2_naming_file_and_field(runs, tmp_path, edit, field, expected):
    doc = load_results(runs["nogo"] / "results.json")
    edit(doc)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(app, ["compare", str(runs["go"]), str(broken), "--out", str(tmp_path / "c")])
    assert res.exit_code == 2, res.output
    assert str(broken) in res.output and field in res.output and expected in res.output
    assert isinstance(res.exception, SystemExit) and "Traceback" not in res.output
    assert not (tmp_path / "c").exists()
    run = runner.invoke(app, ["run", "--candidate", "reference", "--golden-dir", str(runs["golden"]), "--baseline",
                              str(broken), "--out", str(tmp_path / "r"), "--run-id", "ny"])
    assert run.exit_code == 2, run.output
    assert "--baseline" in run.output and field in run.output and expected in run.output
    assert isinstance(run.exception, SystemExit) and not (tmp_path / "r" / "ny").exists()
