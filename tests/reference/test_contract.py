"""The typed models and the JSON Schemas are one contract: they accept and reject the same documents."""
import copy

import pytest
from pydantic import ValidationError

from harness.contract import schemas
from harness.reference import CaseError, calculate
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase, SygedagpengeDecision
from tests.reference.sager import loenmodtager, med

LEDIG = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "L-1", "status": "ledig",
         "fravaer": {"foerste_fravaersdag": "2024-03-06", "sidste_fravaersdag": "2024-04-30", "delvis": {"fravaerstimer_pr_uge": "10"}},
         "ledig": {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": "900.00"},
         "anmeldelser": {"borger_til_kommune": "2024-03-07"}}
SELV = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "S-1", "status": "selvstaendig",
        "fravaer": {"foerste_fravaersdag": "2026-03-02", "sidste_fravaersdag": "2026-04-30"},
        "selvstaendig": {"forsikring": "fra_3_fravaersdag", "maaneder_i_vaesentligt_omfang_seneste_12": 9,
                         "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": "2500.00"},
        "person": {"navn": "Test", "cpr": "010190-1234"}}
NYE = med(med(med(med(loenmodtager("2026-03-02", "2026-08-31", ansat_fra="2020-01-01"), "fravaer/gradvis",
                              [{"fra": "2026-04-06", "fravaerstimer_pr_uge": "20"}]),
                      "fravaer/ferie", [{"fra": "2026-07-06", "til": "2026-07-10", "aftalt_med_kommunen": True}]),
              "andre_ansaettelser", [{"id": "B", "ansat_fra": "2026-02-02", "timefortjeneste": "140.00",
                                      "ugentlig_arbejdstid": "7", "fravaerstimer_pr_uge": "3"}]),
          "foedselsdato", "1959-03-15")
NYE["ansaettelse"]["sidste_ansaettelsesdag"] = "2026-06-30"
NYE["ansaettelse"]["dagpengesats_efter_ophoer"] = "950.00"
NYE["fravaer"]["foerste_dag_delvis"] = True
NYE["sags_id"] = "N-1"
CASES = [
    loenmodtager(),
    NYE,
    med(med(loenmodtager(), "ansaettelse/arbejdsgiver_betaler_loen", True), "ansaettelse/loen_pr_uge_under_fravaer", "3000.00"),
    med(loenmodtager("2024-01-01", "2024-12-31"), "forlaengelser", [{"grund": "nr2_afklaring", "afgoerelsesdato": "2024-07-10"}]),
    LEDIG, SELV,
]

CASE_MUTATIONS = [
    ("extra field", lambda c: c.update(ukendt=1)),
    ("missing status", lambda c: c.pop("status")),
    ("unknown status", lambda c: c.update(status="pensionist")),
    ("money as a number", lambda c: c["ansaettelse"].update(timefortjeneste=120.0)),
    ("money with one decimal", lambda c: c["ansaettelse"].update(timefortjeneste="120.0")),
    ("hours as a number", lambda c: c["ansaettelse"].update(ugentlig_arbejdstid=37)),
    ("impossible date", lambda c: c["fravaer"].update(foerste_fravaersdag="2024-02-30")),
    ("date as a timestamp", lambda c: c["fravaer"].update(foerste_fravaersdag=1709510400)),
    ("date not ISO", lambda c: c["fravaer"].update(foerste_fravaersdag="04-03-2024")),
    ("bad month", lambda c: c["beskaeftigelse_seneste_6_maaneder"][0].update(maaned="2024-13")),
    ("wrong schema_version", lambda c: c.update(schema_version="2.0")),
    ("lønmodtager without ansaettelse", lambda c: c.pop("ansaettelse")),
    ("bad cpr", lambda c: c.update(person={"cpr": "12"})),
    ("bad art", lambda c: c["ansaettelse"]["timer_seneste_8_uger"][0].update(art="overarbejde")),
    ("boolean as string", lambda c: c["ansaettelse"].update(arbejdsgiver_betaler_loen="ja")),
    ("boolean as the string true", lambda c: c["ansaettelse"].update(arbejdsgiver_betaler_loen="true")),
    ("integer as a string", lambda c: c.update(status="selvstaendig", selvstaendig={"forsikring": "ingen",
        "maaneder_i_vaesentligt_omfang_seneste_12": "6", "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": "1.00"})),
    ("sags_id with space", lambda c: c.update(sags_id="A B")),
    # list entries (validated TypedDicts): the same strictness as the models
    ("extra field in a month", lambda c: c["beskaeftigelse_seneste_6_maaneder"][0].update(ekstra=1)),
    ("month without timer", lambda c: c["beskaeftigelse_seneste_6_maaneder"][0].pop("timer")),
    ("month hours as a number", lambda c: c["beskaeftigelse_seneste_6_maaneder"][0].update(timer=160)),
    ("8-week entry without art", lambda c: c["ansaettelse"]["timer_seneste_8_uger"][0].pop("art")),
    ("month entry not an object", lambda c: c["beskaeftigelse_seneste_6_maaneder"].append("2024-01")),
    ("earlier absence with extra field", lambda c: c.update(tidligere_sygeperioder=[{"fra": "2023-01-02", "til": "2023-01-05", "x": 1}])),
    ("earlier absence date not ISO", lambda c: c.update(tidligere_sygeperioder=[{"fra": "2.1.2023", "til": "2023-01-05"}])),
    ("unknown extension ground", lambda c: c.update(forlaengelser=[{"grund": "nr8", "afgoerelsesdato": "2024-07-10"}])),
    ("extension without afgoerelsesdato", lambda c: c.update(forlaengelser=[{"grund": "nr2_afklaring"}])),
    # the fields for gradvis tilbagevenden, ferie, an ended employment, several employments, the birth date
    ("gradvis hours as a number", lambda c: c["fravaer"].update(gradvis=[{"fra": "2024-04-01", "fravaerstimer_pr_uge": 20}])),
    ("gradvis with extra field", lambda c: c["fravaer"].update(gradvis=[{"fra": "2024-04-01", "fravaerstimer_pr_uge": "20", "x": 1}])),
    ("ferie without aftalt", lambda c: c["fravaer"].update(ferie=[{"fra": "2024-04-01", "til": "2024-04-05"}])),
    ("ferie aftalt as a string", lambda c: c["fravaer"].update(
        ferie=[{"fra": "2024-04-01", "til": "2024-04-05", "aftalt_med_kommunen": "ja"}])),
    ("first day partial as a string", lambda c: c["fravaer"].update(foerste_dag_delvis="true")),
    ("end of employment not a date", lambda c: c["ansaettelse"].update(sidste_ansaettelsesdag="snart")),
    ("a-kasse rate with one decimal", lambda c: c["ansaettelse"].update(dagpengesats_efter_ophoer="950.0")),
    ("other employment without id", lambda c: c.update(andre_ansaettelser=[{"ansat_fra": "2024-01-01",
        "timefortjeneste": "140.00", "ugentlig_arbejdstid": "7"}])),
    ("other employment with an unknown field", lambda c: c.update(andre_ansaettelser=[{"id": "B", "ansat_fra": "2024-01-01",
        "timefortjeneste": "140.00", "ugentlig_arbejdstid": "7", "arbejdsgiver": "X"}])),
    ("other employment id with space", lambda c: c.update(andre_ansaettelser=[{"id": "B 2", "ansat_fra": "2024-01-01",
        "timefortjeneste": "140.00", "ugentlig_arbejdstid": "7"}])),
    ("birth date not ISO", lambda c: c.update(foedselsdato="15.3.1959")),
]


def _agree(kind: str, model, doc) -> tuple[bool, bool]:
    schema_ok = not schemas.errors("sygedagpenge", kind, doc)
    try:
        model.model_validate(doc)
        model_ok = True
    except (ValidationError, ValueError):
        model_ok = False
    return schema_ok, model_ok


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["sags_id"] + c["status"])
def test_valid_cases_and_their_decisions_pass_both(case):
    assert _agree("case", SygedagpengeCase, case) == (True, True)
    decision = calculate(case)
    assert _agree("decision", SygedagpengeDecision, decision) == (True, True)


@pytest.mark.parametrize("name,mutate", CASE_MUTATIONS, ids=[m[0] for m in CASE_MUTATIONS])
def test_invalid_cases_fail_both(name, mutate):
    case = copy.deepcopy(loenmodtager())
    mutate(case)
    assert _agree("case", SygedagpengeCase, case) == (False, False)


DECISION_MUTATIONS = [
    ("extra field", lambda d: d.update(ekstra=True)),
    ("amount as number", lambda d: d["udbetalt_i_alt"].update(beloeb=36763.2)),
    ("missing trin", lambda d: d["kommune_betaler_fra"].pop("trin")),
    ("bad trin", lambda d: d["ret_kommune"].update(trin="step1")),
    ("bad week", lambda d: d["udbetalinger"][0].update(uge="2024-14")),
    ("six days", lambda d: d["udbetalinger"][0].update(dage=6)),
    ("unknown ophoersaarsag", lambda d: d["varighed"].update(ophoersaarsag="STOP")),
    ("jobafklaring_fra missing", lambda d: d["varighed"].pop("jobafklaring_fra")),
    ("jobafklaring_fra a bare date", lambda d: d["varighed"].update(jobafklaring_fra="2024-08-01")),
    ("andre_ansaettelser missing", lambda d: d.pop("andre_ansaettelser")),
    ("andre_ansaettelser entry without refusion", lambda d: d.update(andre_ansaettelser=[{"id": "B"}])),
    ("begrundelse without hjemmel", lambda d: d["begrundelse"][0].pop("hjemmel")),
    ("parameter bad status", lambda d: d["begrundelse"][0]["parametre"][0].update(status="maybe")),
    ("reason lowercase", lambda d: d["ret_kommune"].update(aarsager=["ok"])),
]


@pytest.mark.parametrize("name,mutate", DECISION_MUTATIONS, ids=[m[0] for m in DECISION_MUTATIONS])
def test_invalid_decisions_fail_both(name, mutate):
    decision = calculate(loenmodtager())
    mutate(decision)
    assert _agree("decision", SygedagpengeDecision, decision) == (False, False)


def test_model_serialises_back_to_the_same_json():
    decision = calculate(CASES[1])
    again = SygedagpengeDecision.model_validate(decision).model_dump(mode="json")
    assert again == decision


def test_a_caller_mutating_a_decision_cannot_change_the_next_one():
    first = calculate(loenmodtager())
    first["begrundelse"][0]["parametre"][0]["vaerdi"] = "999"
    first["ret_kommune"]["aarsager"].append("X")
    second = calculate(loenmodtager())
    assert second["begrundelse"][0]["parametre"][0]["vaerdi"] == "56"
    assert second["ret_kommune"]["aarsager"] == ["SDL32_1_NR1_BESKAEFTIGELSESKRAV"]


CROSS_FIELD = [
    ("month listed twice", lambda c: c["beskaeftigelse_seneste_6_maaneder"][1].update(
        maaned=c["beskaeftigelse_seneste_6_maaneder"][0]["maaned"]),
     ("beskaeftigelse_seneste_6_maaneder/1/maaned", "listed twice")),
    ("earlier absence ending before it starts", lambda c: c.update(
        tidligere_sygeperioder=[{"fra": "2023-05-10", "til": "2023-05-01"}]),
     ("tidligere_sygeperioder/0/til", "expected a date on or after fra")),
    ("earlier absence not earlier", lambda c: c.update(
        tidligere_sygeperioder=[{"fra": "2023-05-01", "til": c["fravaer"]["foerste_fravaersdag"]}]),
     ("tidligere_sygeperioder/0/til", "ending before foerste_fravaersdag")),
    ("gradvis before the first day", lambda c: c["fravaer"].update(gradvis=[{"fra": c["fravaer"]["foerste_fravaersdag"],
                                                                              "fravaerstimer_pr_uge": "10"}]),
     ("fravaer/gradvis/0/fra", "after foerste_fravaersdag")),
    ("gradvis out of order", lambda c: c["fravaer"].update(gradvis=[{"fra": "2024-04-15", "fravaerstimer_pr_uge": "10"},
                                                                     {"fra": "2024-04-08", "fravaerstimer_pr_uge": "5"}]),
     ("fravaer/gradvis/1/fra", "increasing")),
    ("ferie ending before it starts", lambda c: c["fravaer"].update(ferie=[{"fra": "2024-04-10", "til": "2024-04-08",
                                                                            "aftalt_med_kommunen": True}]),
     ("fravaer/ferie/0/til", "on or after fra")),
    ("employment ending before the absence", lambda c: c["ansaettelse"].update(sidste_ansaettelsesdag="2024-01-31"),
     ("ansaettelse/sidste_ansaettelsesdag", "on or after foerste_fravaersdag")),
    ("two employments with one id", lambda c: c.update(andre_ansaettelser=[
        {"id": "B", "ansat_fra": "2024-01-01", "timefortjeneste": "140.00", "ugentlig_arbejdstid": "7"},
        {"id": "B", "ansat_fra": "2024-01-01", "timefortjeneste": "140.00", "ugentlig_arbejdstid": "7"}]),
     ("andre_ansaettelser/1/id", "used twice")),
    ("born after the first day", lambda c: c.update(foedselsdato="2030-01-01"),
     ("foedselsdato", "before foerste_fravaersdag")),
]

# Facts the schema states (if/then) but the typed model leaves to the reference's own checks after it.
SCHEMA_AND_REFERENCE = [
    ("salary without its amount", lambda c: c["ansaettelse"].update(arbejdsgiver_betaler_loen=True),
     ("ansaettelse/loen_pr_uge_under_fravaer", "required")),
    ("partial absence without its hours", lambda c: c["fravaer"].update(delvis={}),
     ("fravaer/delvis/fravaerstimer_pr_uge", "required")),
    ("no weekly hours", lambda c: c["ansaettelse"].update(ugentlig_arbejdstid="0.0"),
     ("ansaettelse/ugentlig_arbejdstid", "more than 0")),
    ("a-kasse rate without an end", lambda c: c["ansaettelse"].update(dagpengesats_efter_ophoer="950.00"),
     ("ansaettelse/dagpengesats_efter_ophoer", "sidste_ansaettelsesdag")),
]


NEGATIVE_OR_FOREIGN = [
    ("negative month hours", lambda c: c["beskaeftigelse_seneste_6_maaneder"][3].update(timer="-1")),
    ("negative wage", lambda c: c["ansaettelse"].update(timefortjeneste="-120.00")),
    ("non-ASCII digits", lambda c: c["ansaettelse"].update(timefortjeneste="\u0661\u0662\u0660.00")),
    ("27-digit amount", lambda c: c["ansaettelse"].update(timefortjeneste="9" * 27 + ".00")),
    ("year 9999", lambda c: c["fravaer"].update(sidste_fravaersdag="9999-12-31")),
    ("year 1", lambda c: c["fravaer"].update(foerste_fravaersdag="0001-01-01")),
]


@pytest.mark.parametrize("name,mutate", NEGATIVE_OR_FOREIGN, ids=[m[0] for m in NEGATIVE_OR_FOREIGN])
def test_the_contract_refuses_negative_amounts_hours_foreign_digits_and_absurd_dates(name, mutate):
    """Plausible ranges are part of the contract: schema and model both refuse, and the reference names the field."""
    case = copy.deepcopy(loenmodtager())
    mutate(case)
    assert _agree("case", SygedagpengeCase, case) == (False, False)
    with pytest.raises(CaseError) as err:
        calculate(case)
    assert err.value.problems and all(field != "(top level)" for field, _ in err.value.problems)


@pytest.mark.parametrize("name,mutate,problem", CROSS_FIELD, ids=[m[0] for m in CROSS_FIELD])
def test_cross_field_facts_the_schema_cannot_express_name_the_field(name, mutate, problem):
    """The reference's own checks after the schema: each names the field (with its list index) and the fact."""
    case = copy.deepcopy(loenmodtager())
    mutate(case)
    assert _agree("case", SygedagpengeCase, case) == (True, True)
    with pytest.raises(CaseError) as err:
        calculate(case)
    assert err.value.case_id == case["sags_id"]
    assert [(f, m) for f, m in err.value.problems if f == problem[0] and problem[1] in m], err.value.problems


@pytest.mark.parametrize("name,mutate,problem", SCHEMA_AND_REFERENCE, ids=[m[0] for m in SCHEMA_AND_REFERENCE])
def test_facts_the_schema_states_and_the_reference_checks_after_the_model(name, mutate, problem):
    case = copy.deepcopy(loenmodtager())
    mutate(case)
    assert _agree("case", SygedagpengeCase, case) == (False, True)
    with pytest.raises(CaseError) as err:
        calculate(case)
    assert [(f, m) for f, m in err.value.problems if f == problem[0] and problem[1] in m], err.value.problems

