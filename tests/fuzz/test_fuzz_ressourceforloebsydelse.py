"""Ressourceforløbsydelse is fuzzable: its generator module gives valid, in-scope cases that its Givet-steps rebuild
exactly, and the properties hold on the reference."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from harness.contract import schemas
from harness.fuzz.stage import FUZZ_INTERFACE
from harness.reference import calculate as reference_calculate
from harness.ydelser.ressourceforloebsydelse import generators as gen
from harness.ydelser.ressourceforloebsydelse import grammar


def _rebuild(case: dict) -> dict:
    sag = grammar.Sag()
    for text, table in gen.given_steps(case):
        grammar.apply_given(sag, text, table)
    grammar.apply_when(sag, gen.when_step(case))
    return sag.finish(case["sags_id"])


def test_the_module_provides_the_fuzz_interface():
    assert all(hasattr(gen, name) for name in FUZZ_INTERFACE)


def test_bulk_cases_are_valid_in_scope_and_rebuilt_exactly_by_the_grammar():
    for n in range(400):
        case = gen.bulk_case(n, seed=7)
        assert schemas.errors("ressourceforloebsydelse", "case", case) == [], n
        reference_calculate(case)  # no OutOfScope
        assert _rebuild(case) == case, n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gen.strategy())
def test_generated_cases_are_rebuilt_exactly_by_the_grammar(case):
    assert _rebuild(case) == case


def test_the_properties_hold_on_the_reference():
    for n in range(300):
        case = gen.bulk_case(n, seed=11)
        d = reference_calculate(case)
        for prop in gen.PROPERTIES:
            assert prop.check(reference_calculate, case, d) is None, (prop.name, n)


# --- the fuzzer finds the handoff gap of KSD-demo (KY-4) ------------------------------------------------------

import pytest  # noqa: E402

from adapters.demo.candidate import DEFECTS, defects_hitting  # noqa: E402
from adapters.demo.candidate import calculate as demo_calculate  # noqa: E402
from harness.authoring.export import export  # noqa: E402
from harness.fuzz.engine import FuzzConfig, fuzz  # noqa: E402
from harness.scenarios import features, lint  # noqa: E402

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
