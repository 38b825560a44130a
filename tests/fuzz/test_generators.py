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
    """Every case the grammar can say is rebuilt exactly; one with a further employment's facts beyond the grammar's
    table (drawn by the bulk cases only, red team r13 F2) is refused by `given_steps`, never said without them."""
    beyond = 0
    for n in range(BULK):
        case = gen.bulk_case(n, seed=11)
        if gen.beyond_grammar(case):
            beyond += 1
            with pytest.raises(ValueError, match="kan ikke sige"):
                gen.given_steps(case)
            continue
        sag = grammar.Sag()
        for text, table in gen.given_steps(case):
            grammar.apply_given(sag, text, table)
        assert sag.finish(case["sags_id"]) == {k: v for k, v in case.items() if k != "person"}, n
    assert 0 < beyond < BULK // 10


@settings(max_examples=60, deadline=None)
@given(gen.strategy())
def test_the_strategy_draws_only_cases_the_grammar_can_say(case):
    """The fuzz stage's counterexamples are exported as scenarios (`fuzz --export`): its strategy stays inside the
    grammar."""
    assert gen.beyond_grammar(case) == []
    sag = grammar.Sag()
    for text, table in gen.given_steps(case):
        grammar.apply_given(sag, text, table)
    assert sag.finish(case["sags_id"]) == {k: v for k, v in case.items() if k != "person"}


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
    # a system that looks at the CPR number: its last four digits (the other identity keeps the birth date the
    # number states, so a system keyed on its first digits, the birth day, is not this property's to catch)
    case = _first_case(lambda c, d: "person" in c and d["ret_kommune"]["ret"] and d["udbetalinger"])
    serial = case["person"]["cpr"][-4:]

    def by_cpr(c):
        d = calculate(c)
        if c.get("person", {}).get("cpr", "")[-4:] == serial:
            d["udbetalt_i_alt"]["beloeb"] = "0.00"
        return d
    assert _prop("navn_og_cpr_uden_betydning").check(by_cpr, case, by_cpr(case))

    # a system that pays an entitled citizen nothing
    case = _first_case(lambda c, d: c["status"] == "loenmodtager" and d["udbetalinger"] and d["ret_kommune"]["ret"]
                       and not c["ansaettelse"].get("arbejdsgiver_betaler_loen") and not c.get("andre_ansaettelser")
                       and not c["fravaer"].get("gradvis"))   # a gradvis step under 4 hours pays a week of nothing
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
                       and c["status"] in gen.LOENMODTAGERE and not gen._parts(c) and not c["fravaer"].get("gradvis")
                       and "sidste_ansaettelsesdag" not in c["ansaettelse"]
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

    # a system that echoes another case number, or decides by it
    case = _first_case(lambda c, d: d["udbetalinger"])
    other = dict(case, sags_id="sag.2026:17_b-3")
    assert _prop("sags_id_uden_betydning").check(lambda c: dict(calculate(c), sags_id="FUZZ-1"), other,
                                                 dict(calculate(other), sags_id="FUZZ-1"))

    def by_number(c):
        d = calculate(c)
        if c["sags_id"] == other["sags_id"]:     # this number pays nothing; the one the property asks with pays
            d["udbetalt_i_alt"]["beloeb"] = "0.00"
        return d
    assert _prop("sags_id_uden_betydning").check(by_number, other, by_number(other))

    # a system without the handoff to the jobafklaringsforløb, or with it a day late
    case = _first_case(lambda c, d: d["varighed"]["jobafklaring_fra"] is not None)
    d = copy.deepcopy(calculate(case))
    d["varighed"]["jobafklaring_fra"] = None
    assert _prop("jobafklaring_dagen_efter").check(_reference_decide, case, d)
    d = copy.deepcopy(calculate(case))
    d["varighed"]["jobafklaring_fra"]["dato"] = "2026-01-02"
    assert _prop("jobafklaring_dagen_efter").check(_reference_decide, case, d)

    # a system that pays the agreed holiday days on top (the property compares only where neither the case nor the
    # same absence without the holiday reaches a revurderingstidspunkt)
    def without_holiday(c):
        return calculate({k: v for k, v in c.items() if k != "fravaer"}
                         | {"fravaer": {x: y for x, y in c["fravaer"].items() if x != "ferie"}})
    case = _first_case(lambda c, d: any(f["aftalt_med_kommunen"] for f in c["fravaer"].get("ferie", []))
                       and d["udbetalinger"] and d["varighed"]["revurderingstidspunkt"] is None
                       and without_holiday(c)["varighed"]["revurderingstidspunkt"] is None)
    d = copy.deepcopy(calculate(case))
    d["udbetalt_i_alt"]["beloeb"] = str(gen._paid(without_holiday(case)) + 1)
    assert _prop("ferie_betaler_ikke_mere").check(_reference_decide, case, d)


def test_the_strategy_draws_case_numbers_the_contract_allows():
    from hypothesis import find
    for predicate in (lambda c: c["sags_id"] != "FUZZ-1", lambda c: len(c["sags_id"]) == 81,
                      lambda c: any(ch in c["sags_id"] for ch in "_.:")):
        case = find(gen.strategy(), predicate, settings=settings(max_examples=500, database=None))
        assert schemas.errors("sygedagpenge", "case", case) == []


def test_the_new_situations_and_rare_branches_are_generated():
    """Every input the contract has since issue 15 is reached, and so are the rare outcomes: an extension that runs
    out (around its last day), the handoff to a jobafklaringsforløb, § 25, an unagreed holiday, re-employment,
    Friday starts, one-day absences."""
    import datetime as dt
    seen, outcome, around_end = Counter(), Counter(), Counter()
    for n in range(BULK):
        case = gen.bulk_case(n, seed=5)
        f, a = case["fravaer"], case.get("ansaettelse") or {}
        seen.update(k for k in ("foerste_dag_delvis", "gradvis") if f.get(k))
        seen.update(f"ferie_{'aftalt' if x['aftalt_med_kommunen'] else 'uden_aftale'}" for x in f.get("ferie", []))
        seen.update(k for k in ("sidste_ansaettelsesdag", "dagpengesats_efter_ophoer", "tidligere_ansat_samme_arbejdsgiver")
                    if k in a)
        seen.update(k for k in ("andre_ansaettelser", "foedselsdato", "forlaengelser", "tidligere_sygeperioder")
                    if k in case)
        for j in case.get("andre_ansaettelser", []):
            seen.update(f"anden_{k}" for k in ("fravaerstimer_pr_uge", "loen_pr_uge_under_fravaer") if k in j)
        if case["status"] != "selvstaendig" and "selvstaendig" in case:
            seen["selvstaendig_ved_siden_af"] += 1
        first = dt.date.fromisoformat(f["foerste_fravaersdag"])
        seen[f"start_{first:%a}"] += 1
        if f["foerste_fravaersdag"] == f["sidste_fravaersdag"]:
            seen["en_dag"] += 1
        d = calculate(case)
        outcome[d["varighed"]["ophoersaarsag"]] += 1
        outcome.update(d["ret_kommune"]["aarsager"])
        if d["varighed"]["forlaengelse"] in gen.UDLOEBER:
            ext = next(t["resultat"]["forlaenget_til"] for t in d["begrundelse"] if t["regel"] == "SDL-27-FORLAENGELSE")
            around_end[(dt.date.fromisoformat(f["sidste_fravaersdag"]) - dt.date.fromisoformat(ext)).days] += 1
    for k in ("foerste_dag_delvis", "gradvis", "ferie_aftalt", "ferie_uden_aftale", "sidste_ansaettelsesdag",
              "dagpengesats_efter_ophoer", "tidligere_ansat_samme_arbejdsgiver", "andre_ansaettelser",
              "anden_fravaerstimer_pr_uge", "anden_loen_pr_uge_under_fravaer", "selvstaendig_ved_siden_af",
              "foedselsdato", "forlaengelser", "tidligere_sygeperioder", "start_Fri", "en_dag"):
        assert seen[k], k
    for k in ("FORLAENGELSE_UDLOEBET", "VARIGHEDSBEGRAENSNING", "VARIGHEDSBEGRAENSNING_25", "FERIE_UDEN_AFTALE",
              "SDL_INGEN_HEL_FRAVAERSDAG"):
        assert outcome[k], k
    # the day before, the last day, the day after: ≈ 60 such cases a seed, a handful at each day, so a second seed's
    # (its cases with an extension only) keeps one seed's draw of a few from deciding the test
    for n in range(BULK):
        case = gen.bulk_case(n, seed=6)
        if case.get("forlaengelser") and (d := calculate(case))["varighed"]["forlaengelse"] in gen.UDLOEBER:
            ext = next(t["resultat"]["forlaenget_til"] for t in d["begrundelse"] if t["regel"] == "SDL-27-FORLAENGELSE")
            around_end[(dt.date.fromisoformat(case["fravaer"]["sidste_fravaersdag"]) - dt.date.fromisoformat(ext)).days] += 1
    assert around_end[-1] and around_end[0] and around_end[1]


def test_then_steps_state_the_parts_and_the_handoff_in_words_the_grammar_checks():
    for n in range(800):
        case = gen.bulk_case(n, seed=6)
        d = calculate(case)
        if not (d["andre_ansaettelser"] or d["varighed"]["jobafklaring_fra"]):
            continue
        felter = [f"andre_ansaettelser[{x['id']}].refusion_i_alt.beloeb" for x in d["andre_ansaettelser"]]
        for text in gen.then_steps(d, felter + ["varighed.jobafklaring_fra.dato"]):
            grammar.check_then(d, text)   # raises StepFailure where the words do not hold
