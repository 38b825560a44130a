"""Properties of the ressourceforløbsydelse reference over generated cases (the generator module's PROPERTIES and the
handoff): no day between the last sygedagpenge day and the first day paid goes unpaid."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from harness.contract import schemas
from harness.reference import calculate
from harness.ydelser.ressourceforloebsydelse import generators as gen

PROFIL = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROFIL
@given(gen.strategy())
def test_generated_cases_are_valid_and_every_property_holds(case):
    assert schemas.errors("ressourceforloebsydelse", "case", case) == []
    d = calculate(case)
    assert schemas.errors("ressourceforloebsydelse", "decision", d) == []
    for prop in gen.PROPERTIES:
        assert prop.check(calculate, case, d) is None, prop.name


def test_the_continuity_property_catches_a_gap_day():
    case = gen.bulk_case(0)
    d = calculate(case)
    prop = next(p for p in gen.PROPERTIES if p.name == "ingen_dag_uden_ydelse")
    assert prop.klasse == "manglende_udbetaling"
    gap = dict(d, overgang=dict(d["overgang"], udbetales_fra="2099-01-01", dage_uden_ydelse=3))
    assert "dage uden ydelse" in (prop.check(calculate, case, gap) or "")
