"""Kontanthjælp and ressourceforløbsydelse, decided month by month, are fuzzable: their generator modules give
valid, in-scope cases that their Givet- and Når-steps rebuild exactly, and their properties hold on the reference."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.contract import schemas
from harness.contract.ydelse import find
from harness.fuzz.stage import FUZZ_INTERFACE
from harness.reference import calculate as reference_calculate

YDELSER = ("kontanthjaelp", "ressourceforloebsydelse")


def _rebuild(ydelse: str, case: dict) -> dict:
    y = find(ydelse)
    gen, grammar = y.generators, y.grammar
    sag = grammar.Sag()
    for text, table in gen.given_steps(case):
        grammar.apply_given(sag, text, table)
    grammar.apply_when(sag, gen.when_step(case))
    return sag.finish(case["sags_id"])


def _beyond(gen, case: dict) -> list[str]:
    """The facts of a case its grammar cannot say (a module without `beyond_grammar` draws none)."""
    return gen.beyond_grammar(case) if hasattr(gen, "beyond_grammar") else []


@pytest.mark.parametrize("ydelse", YDELSER)
def test_the_module_provides_the_fuzz_interface(ydelse):
    assert all(hasattr(find(ydelse).generators, name) for name in FUZZ_INTERFACE)


@pytest.mark.parametrize("ydelse", YDELSER)
def test_bulk_cases_are_valid_in_scope_and_rebuilt_exactly_by_the_grammar(ydelse):
    """A bulk case with facts the grammar cannot say (kontanthjælp's, red team r13 F2) is refused by `given_steps`,
    never said without them; every other one is rebuilt exactly."""
    gen = find(ydelse).generators
    for n in range(400):
        case = gen.bulk_case(n, seed=7)
        assert schemas.errors(ydelse, "case", case) == [], n
        reference_calculate(case)  # no OutOfScope: the generator stays inside the reference's scope
        if _beyond(gen, case):
            with pytest.raises(ValueError, match="kan ikke sige"):
                gen.given_steps(case)
            continue
        assert _rebuild(ydelse, case) == case, n


@pytest.mark.parametrize("ydelse", YDELSER)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_cases_are_rebuilt_exactly_by_the_grammar(ydelse, data):
    case = data.draw(find(ydelse).generators.strategy())
    assert schemas.errors(ydelse, "case", case) == []
    assert _beyond(find(ydelse).generators, case) == []
    assert _rebuild(ydelse, case) == case


@pytest.mark.parametrize("ydelse", YDELSER)
def test_the_properties_hold_on_the_reference(ydelse):
    gen = find(ydelse).generators
    for n in range(300):
        case = gen.bulk_case(n, seed=11)
        d = reference_calculate(case)
        for prop in gen.PROPERTIES:
            assert prop.check(reference_calculate, case, d) is None, (prop.name, n)
