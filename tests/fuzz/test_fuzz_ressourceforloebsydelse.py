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
