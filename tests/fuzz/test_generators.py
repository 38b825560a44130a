"""The sygedagpenge generators: valid cases for every status, deterministic bulk cases, every case sayable in
the scenario grammar, and the oracle-free properties hold on the reference (the old test_properties, generalised
to every status) and catch a candidate that breaks them."""
from __future__ import annotations

import copy
from collections import Counter

import pytest
from hypothesis import given, settings

from harness.contract import schemas
from harness.fuzz.engine import generators_of as load
from harness.reference import calculate
from harness.ydelser.sygedagpenge import generators as gen
from harness.ydelser.sygedagpenge import grammar

BULK = 1500


def test_generators_are_found_by_benefit_name():
    assert load("sygedagpenge") is gen
    with pytest.raises(LookupError, match="barselsdagpenge"):
        load("barselsdagpenge")


def test_bulk_cases_are_deterministic_and_differ_by_number_and_seed():
    assert gen.bulk_case(7, seed=3) == gen.bulk_case(7, seed=3)
    assert gen.bulk_case(7, seed=3) != gen.bulk_case(8, seed=3)
    assert gen.bulk_case(7, seed=3) != gen.bulk_case(7, seed=4)


def test_bulk_cases_are_valid_cover_every_status_and_the_reference_decides_them():
    statuses = Counter()
    for n in range(BULK):
        case = gen.bulk_case(n)
        assert schemas.errors("sygedagpenge", "case", case) == [], n
        statuses[case["status"]] += 1
        calculate(case)  # raises on a case the reference rejects
    assert set(statuses) == set(gen.STATUSES)


def test_every_generated_case_is_rebuilt_exactly_by_its_givet_steps():
    for n in range(BULK):
        case = gen.bulk_case(n, seed=11)
        sag = grammar.Sag()
        for text, table in gen.given_steps(case):
            grammar.apply_given(sag, text, table)
        assert sag.finish(case["sags_id"]) == {k: v for k, v in case.items() if k != "person"}, n


def test_the_edges_are_generated():
    cases = [gen.bulk_case(n, seed=5) for n in range(BULK)]
    hours8 = Counter(t["timer"] for c in cases for t in c.get("ansaettelse", {}).get("timer_seneste_8_uger", []))
    assert hours8["73"] and hours8["74"] and hours8["75"]
    delvis = Counter(c["fravaer"].get("delvis", {}).get("fravaerstimer_pr_uge") for c in cases)
    assert delvis["3.99"] and delvis["4"]
    import datetime as dt
    lengths = Counter((dt.date.fromisoformat(c["fravaer"]["sidste_fravaersdag"]) -
                       dt.date.fromisoformat(c["fravaer"]["foerste_fravaersdag"])).days for c in cases)
    assert lengths[28] and lengths[29] and lengths[30]
    january = [c for c in cases if c["fravaer"]["foerste_fravaersdag"] in
               {gen.first_monday_of_january(y).isoformat() for y in range(2022, 2027)}]
    assert january


def _reference_decide(case):
    return calculate(case)


def _known_reference_disagreement(case, d):
    """Reported to the lead (docs/fuzz.md): a § 55/§ 56 arrangement without employer period or salary makes the
    reference refund the employer what it also pays the citizen. Such cases are left out of 'holds on the
    reference' until it is fixed; tests/fuzz/test_fuzz.py pins the finding itself."""
    a = case.get("ansaettelse") or {}
    return (a.get("aftale_56") or a.get("arbejdsgiver_forsikret_55")) and not a.get("arbejdsgiver_betaler_loen") \
        and not d["ret_arbejdsgiver"]["ret"] and d["refusion"]


def test_the_properties_hold_on_the_reference_for_bulk_cases():
    broken = []
    for n in range(600):
        case = gen.bulk_case(n, seed=2)
        d = calculate(case)
        if _known_reference_disagreement(case, d):
            continue
        for prop in gen.PROPERTIES:
            message = prop.check(_reference_decide, case, d)
            if message:
                broken.append((n, prop.name, message))
    assert broken == []


@settings(max_examples=40, deadline=None)
@given(gen.strategy())
def test_the_properties_hold_on_the_reference_for_generated_cases(case):
    d = calculate(case)
    if _known_reference_disagreement(case, d):
        return
    for prop in gen.PROPERTIES:
        assert prop.check(_reference_decide, case, d) is None, prop.name


def _first_case(predicate, seed=9):
    for n in range(5000):
        case = gen.bulk_case(n, seed=seed)
        if predicate(case, calculate(case)):
            return case
    raise AssertionError("no such case generated")


def _prop(name):
    return next(p for p in gen.PROPERTIES if p.name == name)


def test_properties_catch_a_candidate_that_breaks_them():
    # a system that looks at the CPR number
    case = _first_case(lambda c, d: "person" in c and d["ret_kommune"]["ret"] and d["udbetalinger"])

    def by_cpr(c):
        d = calculate(c)
        if c.get("person", {}).get("cpr", "").startswith("01"):
            d["udbetalt_i_alt"]["beloeb"] = "0.00"
        return d
    assert _prop("navn_og_cpr_uden_betydning").check(by_cpr, case, calculate(case))

    # a system that pays an entitled citizen nothing
    case = _first_case(lambda c, d: c["status"] == "loenmodtager" and d["udbetalinger"]
                       and not c["ansaettelse"].get("arbejdsgiver_betaler_loen"))
    d = copy.deepcopy(calculate(case))
    d["udbetalinger"], d["udbetalt_i_alt"]["beloeb"] = [], "0.00"
    assert _prop("ingen_manglende_udbetaling").check(_reference_decide, case, d)

    # a system above the weekly maximum
    d = copy.deepcopy(calculate(case))
    d["satsperioder"][0]["ugebeloeb"] = "99999.00"
    assert _prop("aldrig_over_hoejeste_beloeb").check(_reference_decide, case, d)

    # a system without an explanation
    d = copy.deepcopy(calculate(case))
    d["begrundelse"] = []
    assert _prop("alt_er_begrundet").check(_reference_decide, case, d)

    # a system that pays a flat amount in partial absence, whatever the hours
    case = _first_case(lambda c, d: "fravaerstimer_pr_uge" in c["fravaer"].get("delvis", {}) and d["udbetalinger"]
                       and _prop("delvis_skalerer_med_timer").check(_reference_decide, c, d) is None
                       and 8 <= float(c["fravaer"]["delvis"]["fravaerstimer_pr_uge"]) * 2
                       <= min(float(c["ansaettelse"]["ugentlig_arbejdstid"]), 37)
                       and not c["ansaettelse"].get("arbejdsgiver_betaler_loen"))

    def flat(c):
        c = copy.deepcopy(c)
        if "delvis" in c["fravaer"]:
            c["fravaer"]["delvis"]["fravaerstimer_pr_uge"] = "4"
        return calculate(c)
    assert _prop("delvis_skalerer_med_timer").check(flat, case, flat(case))
