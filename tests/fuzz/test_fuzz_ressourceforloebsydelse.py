"""Ressourceforløbsydelse under fuzzing (its generators: tests/fuzz/test_fuzzbare_maanedsydelser.py): the fuzzer
finds the handoff gap of KSD-demo (KY-4)."""
from __future__ import annotations

import pytest

from adapters.demo.candidate import DEFECTS, defects_hitting
from adapters.demo.candidate import calculate as demo_calculate
from harness.authoring.export import export
from harness.fuzz.engine import FuzzConfig, fuzz
from harness.reference import calculate as reference_calculate
from harness.scenarios import features, lint
from harness.ydelser.ressourceforloebsydelse import generators as gen

KY4 = next(d for d in DEFECTS if d.id == "KY-4")


def test_the_generators_reach_the_handoff_edge():
    cases = [gen.bulk_case(n, seed=3) for n in range(200)]
    assert any(KY4 in defects_hitting(c, reference_calculate(c)) for c in cases)


@pytest.fixture(scope="module")
def demo_report():
    return fuzz("demo", FuzzConfig(ydelse="ressourceforloebsydelse", profile="ci"))


def test_the_ci_profile_finds_the_gap_day_as_manglende_udbetaling(demo_report):
    assert demo_report.exit_code == 1
    found = [c for c in demo_report.counterexamples if c.klasse == "manglende_udbetaling"]
    assert found and all(KY4 in defects_hitting(c.case, reference_calculate(c.case)) for c in found)
    kinds = {c.kind for c in found}
    assert "differential" in kinds                           # the decision differs from the reference's
    assert any(c.prop == "ingen_dag_uden_ydelse" for c in found)   # and it breaks the property on its own


def test_the_reference_against_itself_finds_nothing():
    report = fuzz("reference", FuzzConfig(ydelse="ressourceforloebsydelse", profile="ci"))
    assert report.counterexamples == [] and report.exit_code == 0


def test_exported_scenarios_fail_on_the_demo_and_pass_on_the_reference(demo_report, tmp_path):
    written = export(demo_report, tmp_path)
    assert written and all(w.id.startswith("RFY-") for w in written)
    paths = sorted({w.feature for w in written})
    assert lint.lint(paths) == []
    instances = {i.id: i for p in paths for i in features.parse_feature(p)[1]}
    for w in written:
        case = instances[w.id].build_case()
        assert instances[w.id].then_failures(reference_calculate(case)) == [], w.id
        assert instances[w.id].then_failures(demo_calculate(case)) != [], w.id
