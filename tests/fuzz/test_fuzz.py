"""The fuzz engine end to end: it finds every documented defect class of the demo candidate with the ci
profile, the reference against itself gives no differential counterexample, exported scenarios fail on the
demo and pass on the reference, and the run's --fuzz stage puts counterexamples in the gate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.demo.candidate import DEFECTS
from adapters.demo.candidate import calculate as demo_calculate
from harness.authoring.export import export
from harness.cli import app
from harness.contract import schemas
from harness.fuzz.engine import FuzzConfig, fuzz
from harness.reference import calculate as reference_calculate
from harness.scenarios import features, lint


def _ci_fuzz(spec: str):
    return fuzz(spec, FuzzConfig(ydelse="sygedagpenge", profile="ci"))


def _fresh(spec: str):
    """The ci fuzz of `spec` in a fresh interpreter, as `ydelsestjek fuzz` runs: what earlier test files left in this
    process (Hypothesis' registered strategies and profiles, caches) changed which counterexample the derandomized
    search shrank to (seen only in the full suite, never with this file alone)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_ci_fuzz, spec).result()


@pytest.fixture(scope="module")
def demo_report():
    return _fresh("demo")


@pytest.fixture(scope="module")
def reference_report():
    return _fresh("reference")


def test_the_ci_profile_finds_every_documented_demo_defect_class(demo_report):
    found = {c.klasse for c in demo_report.counterexamples if c.kind == "differential"}
    assert {d.klasse for d in DEFECTS if d.ydelse == "sygedagpenge" and d.reads is None} <= found   # DEMO-7: invalid input
    assert demo_report.exit_code == 1


def test_every_documented_demo_defect_is_behind_some_counterexample(demo_report):
    from adapters.demo.candidate import defects_hitting
    hit = {d.id for c in demo_report.counterexamples for d in defects_hitting(c.case, reference_calculate(c.case))}
    assert {d.id for d in DEFECTS if d.ydelse == "sygedagpenge" and d.reads is None} <= hit


def test_counterexamples_carry_class_severity_and_paragraph(demo_report):
    for c in demo_report.counterexamples:
        assert c.severity in ("A", "B", "C") and c.alvor in ("A", "B", "C")
        assert c.hjemmel and all("sygedagpengeloven" in h for h in c.hjemmel)
        assert schemas.errors("sygedagpenge", "case", c.case) == []
    by_class = {c.klasse: c for c in demo_report.counterexamples if c.kind == "differential"}
    assert by_class["manglende_udbetaling"].severity == "A"
    assert by_class["manglende_begrundelse"].severity == "B"


def test_the_demo_also_breaks_oracle_free_properties(demo_report):
    props = {c.prop for c in demo_report.counterexamples if c.kind == "property"}
    assert {"alt_er_begrundet", "ingen_manglende_udbetaling"} <= props


def test_counterexamples_are_shrunk_to_small_cases(demo_report):
    """No identity, no reports; no earlier absences either, except where § 24 is what fails: an earlier absence
    reaches the 22 weeks with a shorter absence, a small case the shrinker may keep (it lowers numbers and drops
    draws, but does not trade an earlier absence for a longer one)."""
    for c in demo_report.counterexamples:
        assert "person" not in c.case and "anmeldelser" not in c.case, c.key
        varighed = c.prop == "jobafklaring_dagen_efter" or any(x["felt"].startswith("varighed") for x in c.changes)
        assert varighed or "tidligere_sygeperioder" not in c.case, c.key


def test_the_reference_against_itself_has_no_differential_counterexample(reference_report):
    assert [c for c in reference_report.counterexamples if c.kind == "differential"] == []


def test_the_reference_breaks_no_property(reference_report):
    """The fuzzer found a double payment in the reference (§ 55/§ 56 arrangement, no employer period, no salary:
    the employer was refunded what the citizen was paid). Fixed; now nothing is found at all."""
    assert [c.prop for c in reference_report.counterexamples if c.kind == "property"] == []
    assert reference_report.exit_code == 0


def test_exported_scenarios_fail_on_the_demo_pass_on_the_reference_and_pass_the_lint(demo_report, tmp_path):
    written = export(demo_report, tmp_path)
    differential = [c for c in demo_report.counterexamples if c.kind == "differential"]
    assert len(written) == len(differential) >= 4
    ids = {w.id for w in written}
    existing = {i.id for i in features.load_instances("sygedagpenge")}
    assert not ids & existing
    paths = sorted({w.feature for w in written})
    assert lint.lint(paths) == []
    instances = {i.id: i for p in paths for i in features.parse_feature(p)[1]}
    for w in written:
        inst = instances[w.id]
        case = inst.build_case()
        assert inst.then_failures(reference_calculate(case)) == [], w.id
        assert inst.then_failures(demo_calculate(case)) != [], w.id
        assert w.discriminates
        pending = json.loads(w.pending.read_text(encoding="utf-8"))
        assert pending["case"] == case and pending["approval"] is None
        assert pending["decision"] == reference_calculate(case)


def test_export_never_reuses_an_id(demo_report, tmp_path):
    first = export(demo_report, tmp_path)
    second = export(demo_report, tmp_path)
    assert not {w.id for w in first} & {w.id for w in second}


def test_the_run_fuzz_stage_counts_counterexamples_in_the_gate(golden_dir, tmp_path):
    from harness.runner import RunConfig, execute
    # A missing explanation is severity B (forvaltningsloven §§ 22 og 24): under the default policy every one needs a
    # waiver, so the fuzz records are among the reasons for the verdict.
    outcome = execute(RunConfig(candidate="python:tests.candidates.no_explanation", golden_dir=golden_dir,
                                out=tmp_path / "runs", fuzz="ci", fuzz_examples=20))
    fuzz_records = [r for r in outcome.results["cases"] if r["id"].startswith("FUZZ-")]
    assert fuzz_records and all(r["status"] == "deviation" and r["deviations"] for r in fuzz_records)
    begrundelse = [d for r in fuzz_records for d in r["deviations"] if d["klasse"] == "manglende_begrundelse"]
    assert begrundelse and all(d["alvor"] == "B" for d in begrundelse)
    scenario_b = sum(1 for r in outcome.results["cases"] if not r["id"].startswith("FUZZ-")
                     for d in r["deviations"] if d["alvor"] == "B")
    assert outcome.results["gate"]["counts"]["B"]["total"] == scenario_b + len(begrundelse)
    blocking = " ".join(outcome.results["gate"]["reasons"])
    assert "FUZZ-" in blocking and not outcome.go
    stage = outcome.results["fuzz"]
    assert stage["profile"] == "ci" and sum(b["counterexamples"] for b in stage["ydelser"]) == len(fuzz_records)
    schema = json.loads((Path(schemas.__file__).parent / "schemas" / "results.schema.json").read_text())
    from jsonschema import Draft202012Validator
    assert list(Draft202012Validator(schema).iter_errors(outcome.results)) == []


def test_a_fuzz_stage_that_finds_nothing_is_on_record_and_on_the_first_page(golden_dir, tmp_path):
    """Red team r13: a --fuzz run that found nothing left no trace in results.json (only its time showed it ran), so a
    GO pack could not show the stage ran, nor that it ran out of time."""
    from harness.runner import RunConfig, execute
    outcome = execute(RunConfig(candidate="reference", golden_dir=golden_dir, out=tmp_path / "runs", fuzz="ci",
                                fuzz_examples=5, ydelse="sygedagpenge"))
    stage = outcome.results["fuzz"]
    assert stage["profile"] == "ci" and stage["examples_per_round"] == 5
    assert [b["ydelse"] for b in stage["ydelser"]] == ["sygedagpenge"]
    assert all(b["examples"] > 0 and b["rounds"] > 0 and b["counterexamples"] == 0 for b in stage["ydelser"])
    summary = (outcome.run_dir / "summary.md").read_text(encoding="utf-8")
    assert "| Fuzzing" in summary and "0 modeksempler" in summary


@pytest.mark.parametrize("args, message", [
    (["fuzz", "-c", "demo", "--profile", "nightly"], "--profile"),
    (["fuzz", "-c", "nosuch:thing"], "unknown candidate spec"),
    (["fuzz", "-c", "demo", "--examples", "0"], "--examples"),
    (["fuzz", "-c", "demo", "--ydelse", "barsel"], "--ydelse"),
    (["run", "-c", "demo", "--fuzz", "nightly"], "--fuzz"),
])
def test_bad_options_exit_2_without_traceback(args, message):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_fuzz_command_exit_1_with_counterexamples_and_json_report(tmp_path):
    out = tmp_path / "fuzz.json"
    result = CliRunner().invoke(app, ["fuzz", "-c", "python:tests.candidates.no_explanation", "--profile", "ci",
                                      "--examples", "20", "--json", str(out)])
    assert result.exit_code == 1, result.output
    assert "modeksempel" in result.output and "Dækning af referencens regeludfald" in result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["counterexamples"] and doc["coverage"]["never_reached"] is not None


def test_exported_goldens_approve_check_clean_and_gate_the_demo(demo_report, tmp_path):
    from harness.authoring import golden as workflow
    from harness.runner import RunConfig, execute
    written = export(demo_report, tmp_path / "fundet")
    golden_root, scenario_root = tmp_path / "fundet" / "golden", tmp_path / "fundet" / "scenarios"
    from harness.golden.signing import load_approvers
    from tests.suite import project_key
    workflow.approve([], by="Test", reason="fundet ved fuzzing", key=project_key(), approvers=load_approvers(),
                     golden_root=golden_root, scenario_root=scenario_root, all_pending=True)
    check = workflow.check(golden_root=golden_root, scenario_root=scenario_root)
    assert check.problems == [] and check.checked == len(written)
    demo = execute(RunConfig(candidate="demo", golden_dir=golden_root, out=None, negative=False))  # DEMO-7: not here
    assert {r["id"] for r in demo.results["cases"] if r["status"] == "deviation"} == {w.id for w in written}
    reference = execute(RunConfig(candidate="reference", golden_dir=golden_root, out=None))
    assert all(r["status"] == "pass" for r in reference.results["cases"])


def test_a_system_name_with_line_breaks_stays_inside_the_exported_scenario_title(demo_report, tmp_path):
    """Red team round 12b F3: a candidate's system name with line breaks ended the exported scenario's title line and
    began a scenario of its own (its id, @alvor:C @vejledende) that took the counterexample's steps; a jurist's
    update and approve then signed it as optional and minor."""
    import dataclasses
    trick = "KSD 1\n\n  @id:SDP-047-951 @sdl-47 @alvor:C @vejledende\r  Scenarie: min egen\u2028\x1b[2K"
    report = dataclasses.replace(demo_report, metadata={**demo_report.metadata, "system": trick})
    written = export(report, tmp_path / "fundet")
    assert written
    features_text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "fundet" / "scenarios").rglob("*.feature"))
    assert "SDP-047-951" in features_text                                   # the text is there, as words of a title
    assert not any(line.lstrip().startswith("@id:SDP-047-951") for line in features_text.splitlines())
    assert "\x1b" not in features_text and "\u2028" not in features_text and "\r" not in features_text
    ids = {inst.id for inst in features.load_instances("sygedagpenge", tmp_path / "fundet" / "scenarios")}
    assert ids == {w.id for w in written}
    assert all(w.pending is not None for w in written)
