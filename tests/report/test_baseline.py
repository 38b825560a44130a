"""Release against release (issue 14): `ydelsestjek compare` and `run --baseline` give the right new, fixed and
persisting sets — the reference against the demo, and KSD-demo 2.4.0 against 2.5.0, which fixes two of the
documented defects (tests/candidates/demo_next.py); the expected sets come from the demo's documented defects, not
from the comparison. The policy rule "no new A deviations against the approved baseline" and the trend."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.demo.candidate import defects_hitting
from harness.cli import app
from harness.contract.records import GENERATED_TAGS
from harness.golden.store import GOLDEN_DIR, load_goldens
from harness.report import load_results
from harness.runner import RunConfig, execute
from tests.candidates.demo_next import FIXED

pytestmark = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
cli = CliRunner()


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("runs")
    specs = {"ref": "reference", "demo": "demo", "next": "python:tests.candidates.demo_next"}
    for run_id, spec in specs.items():
        execute(RunConfig(candidate=spec, out=out, run_id=run_id))
    return {k: out / k for k in specs}


def _devs(run: Path) -> set[str]:
    """The deviations compared by id: those of scenarios (generated cases, sampled or invalid, go by defect)."""
    return {d["id"] for c in load_results(run / "results.json")["cases"] if GENERATED_TAGS.isdisjoint(c["tags"])
            for d in c["deviations"]}


def _compare(*runs: Path, out: Path):
    res = cli.invoke(app, ["compare", *map(str, runs), "--out", str(out)])
    return res, out


def test_reference_then_demo_every_deviation_is_new_and_nothing_is_fixed(runs, tmp_path):
    res, out = _compare(runs["ref"], runs["demo"], out=tmp_path / "c")
    assert res.exit_code == 1, res.output            # something new
    demo = _devs(runs["demo"])
    assert demo
    md = (out / "sammenligning.md").read_text(encoding="utf-8")
    assert f"Afvigelser: {len(demo)} nye, 0 rettede, 0 vedvarende" in md
    assert "/tmp/" not in md and "/work/" not in md
    html = (out / "sammenligning.html").read_text(encoding="utf-8")
    assert "<script" not in html and 'id="bilag-h"' in html

    back, _ = _compare(runs["demo"], runs["ref"], out=tmp_path / "d")
    assert back.exit_code == 0, back.output         # nothing new: everything fixed
    assert f"afvigelser: 0 nye, {len(demo)} rettede, 0 vedvarende" in back.output


def test_two_demo_versions_fixed_and_persisting_follow_the_documented_defects(runs):
    from harness.report.baseline import compare
    before, now = load_results(runs["demo"] / "results.json"), load_results(runs["next"] / "results.json")
    c = compare(before, now)
    by_id = {c_["id"]: c_ for c_ in before["cases"]}
    only_fixed, untouched = set(), set()
    for g in load_goldens(GOLDEN_DIR):
        hitting = {d.id for d in defects_hitting(g.case, g.decision)}
        ids = {d["id"] for d in by_id[g.id]["deviations"]}
        if hitting and hitting <= FIXED:
            only_fixed |= ids
        elif not hitting & FIXED:
            untouched |= ids
    assert only_fixed, "the fixed defects hit scenarios of the suite"
    assert c.nye == []
    assert only_fixed <= set(c.rettede)
    assert untouched <= set(c.vedvarende) and not untouched & set(c.rettede)
    assert set(c.rettede) | set(c.vedvarende) == _devs(runs["demo"])
    assert c.foer.version == "2.4.0" and c.nu.version == "2.5.0"


def test_defects_fixed_by_the_next_version_are_reported_fixed_and_none_new(runs):
    from harness.report.baseline import compare
    before, now = load_results(runs["demo"] / "results.json"), load_results(runs["next"] / "results.json")
    c = compare(before, now)
    status = {d.noegle: d.status for d in c.defects}
    assert "ny" not in status.values()
    fixed = {d["noegle"] for d in before["defects"]} - {d["noegle"] for d in now["defects"]}
    assert fixed and {k for k, s in status.items() if s == "rettet"} == fixed
    assert c.kroner_nu.i_risiko != c.kroner_foer.i_risiko


def test_a_series_of_runs_gives_a_trend_table_and_chart(runs, tmp_path):
    res, out = _compare(runs["ref"], runs["demo"], runs["next"], out=tmp_path / "t")
    assert res.exit_code == 0, res.output            # 2.5.0 has nothing 2.4.0 did not have
    md = (out / "sammenligning.md").read_text(encoding="utf-8")
    table = md.split("Udvikling over kørslerne:")[1]
    assert table.index("| ref ") < table.index("| demo ") < table.index("| next ")
    html = (out / "sammenligning.html").read_text(encoding="utf-8")
    assert "Udvikling: afvigelser pr. alvor og kroner i risiko" in html and "<svg" in html


def _policy(tmp_path: Path, on: bool) -> Path:
    text = Path("policies/default.yaml").read_text(encoding="utf-8")
    path = tmp_path / "politik.yaml"
    path.write_text(text.replace("no_new_a_against_baseline: false", f"no_new_a_against_baseline: {str(on).lower()}"),
                    encoding="utf-8")
    return path


def test_run_with_baseline_puts_the_changes_in_the_pack_and_the_policy_rule_blocks_new_A(runs, tmp_path):
    policy = _policy(tmp_path, True)
    res = cli.invoke(app, ["run", "--candidate", "demo", "--baseline", str(runs["ref"]), "--policy", str(policy),
                           "--out", str(tmp_path / "r"), "--run-id", "mod-ref"])
    assert res.exit_code == 1
    results = load_results(tmp_path / "r" / "mod-ref" / "results.json")
    new_a = sorted(d["id"] for c in results["cases"] if GENERATED_TAGS.isdisjoint(c["tags"])   # generated cases
                   for d in c["deviations"] if d["alvor"] == "A")                 # (sampled, invalid) go by defect
    assert results["baseline"]["nye_a"] == new_a
    assert any(r.startswith(f"{len(new_a)} nye afvigelser med alvor A i forhold til baseline") for r in results["gate"]["reasons"])
    assert [p["run_id"] for p in results["trend"]] == ["ref", "mod-ref"]
    summary = (tmp_path / "r" / "mod-ref" / "summary.md").read_text(encoding="utf-8").split("\n# Bilag\n")[0]
    assert "## Siden baseline" in summary and f"{len(new_a)} nye med alvor A" in summary

    ok = cli.invoke(app, ["run", "--candidate", "python:tests.candidates.demo_next", "--baseline", str(runs["demo"]),
                          "--policy", str(policy), "--out", str(tmp_path / "r"), "--run-id", "mod-demo"])
    later = load_results(tmp_path / "r" / "mod-demo" / "results.json")
    assert ok.exit_code == 1 and later["baseline"]["nye_a"] == []
    assert not any("i forhold til baseline" in r for r in later["gate"]["reasons"])
    assert [p["run_id"] for p in later["trend"]] == ["demo", "mod-demo"]


def test_the_rule_without_a_baseline_is_a_reason_and_off_by_default(runs, tmp_path):
    res = cli.invoke(app, ["run", "--candidate", "reference", "--policy", str(_policy(tmp_path, True)),
                           "--out", str(tmp_path / "r"), "--run-id", "uden"])
    assert res.exit_code == 1
    reasons = load_results(tmp_path / "r" / "uden" / "results.json")["gate"]["reasons"]
    assert reasons == ["politikken kræver en sammenligning med den godkendte baseline (ingen nye afvigelser med "
                       "alvor A), men kørslen har ingen baseline (--baseline)"]
    default = json.loads((runs["ref"] / "results.json").read_text(encoding="utf-8"))
    assert default["gate"]["verdict"] == "GO"


def test_a_baseline_that_is_not_a_run_is_exit_2_and_no_pack(tmp_path):
    res = cli.invoke(app, ["run", "--candidate", "reference", "--baseline", str(tmp_path / "ingen"),
                           "--out", str(tmp_path / "r")])
    assert res.exit_code == 2 and "--baseline" in res.output and not (tmp_path / "r").exists()


@pytest.fixture(scope="module")
def small_run(tmp_path_factory) -> Path:
    """One quick run of the reference on one benefit, with a baseline (itself), so the pack has a trend."""
    out = tmp_path_factory.mktemp("small")
    execute(RunConfig(candidate="reference", ydelse="ressourceforloebsydelse", out=out, run_id="foer"))
    return out / "foer"


def _short_trend(results: dict) -> dict:
    """A results.json whose trend point counts only severity A (redteam 3: baseline-trend-crash)."""
    doc = json.loads(json.dumps(results))
    doc["trend"] = [{"run_id": "tidligere", "system": "KSD", "version": "2.3.0", "started": "2026-01-01T00:00:00+00:00",
                     "verdict": "GO", "cases": 1, "deviations": {"A": 0}, "defects": 0, "i_risiko": "0.00"}]
    return doc


def test_a_baseline_whose_trend_lacks_a_severity_is_exit_2_before_any_case(small_run, tmp_path):
    """The contract: a trend point counts A, B and C. A baseline that lacks one is refused at the start, naming the
    field — not a run that dies after its last case and leaves no pack."""
    bad = tmp_path / "baseline.json"
    bad.write_text(json.dumps(_short_trend(load_results(small_run / "results.json"))), encoding="utf-8")
    res = cli.invoke(app, ["run", "--candidate", "reference", "--ydelse", "ressourceforloebsydelse",
                           "--baseline", str(bad), "--out", str(tmp_path / "r"), "--run-id", "nu"])
    assert res.exit_code == 2, res.output
    assert "trend[0].deviations" in res.output and "B, C" in res.output and "internal error" not in res.output
    assert not (tmp_path / "r" / "nu").exists()

    report = cli.invoke(app, ["report", str(bad), "--out", str(tmp_path / "pakke")])
    assert report.exit_code == 2 and "trend[0].deviations" in report.output
    assert report.exception is None or isinstance(report.exception, SystemExit)


def test_the_report_renders_trend_and_baseline_counts_that_lack_a_severity(small_run):
    """The readers do not rely on the contract alone: a count that is absent reads as 0, never a KeyError."""
    from harness.report.rapport import rapport_html
    from harness.report.summary import summary_markdown
    doc = _short_trend(load_results(small_run / "results.json"))
    doc["trend"].append({**doc["trend"][0], "run_id": "foer", "deviations": {"C": 2}})
    base: dict = {key: [] for key in ("nye", "rettede", "vedvarende", "alvor_aendret", "nye_a", "defects")}
    doc["baseline"] = {**base, "foer": doc["trend"][0], "nu": doc["trend"][1],
                       "kroner_foer": doc["money"]["i_alt"], "kroner_nu": doc["money"]["i_alt"]}
    md = summary_markdown(doc)
    assert "0 / 0 / 0" in md and "0 / 0 / 2" in md
    assert "0 / 0 / 2" in rapport_html(doc)


def test_report_turns_a_rendering_failure_into_exit_2_not_a_traceback(small_run, tmp_path, monkeypatch):
    """`ydelsestjek report` answers a bug of ours in rendering as the run does: exit 2 with a message (1 is NO-GO)."""
    import harness.report as report_pkg

    def broken(*_a, **_k):
        raise KeyError("B")
    monkeypatch.setattr(report_pkg, "write_evidence", broken)
    res = cli.invoke(app, ["report", str(small_run / "results.json"), "--out", str(tmp_path / "pakke")])
    assert res.exit_code == 2, res.output
    assert "internal error" in res.output and "KeyError" in res.output
    assert isinstance(res.exception, SystemExit)
