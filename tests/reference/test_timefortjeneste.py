"""§ 47's timefortjeneste from the employer's reported months (FT-SDP-TIMEFORTJENESTE): what the reference refuses,
named by field, and that the months it does not use change nothing. The amounts themselves are the hand-computed
scenarios SDP-047-101..106 (scenarios/sygedagpenge/timefortjeneste.feature)."""
from __future__ import annotations

import copy

import pytest

from harness.contract import schemas
from harness.reference import CaseError, calculate
from tests.reference.sager import loenmodtager

MONTHS = [{"maaned": "2024-01", "loen": "22000.00", "timer": "160.33"},
          {"maaned": "2024-02", "loen": "22000.00", "timer": "160.33"},
          {"maaned": "2024-03", "loen": "22000.00", "timer": "160.33"}]


def _case(rows: list[dict]) -> dict:
    case = loenmodtager("2024-04-01", "2024-04-12", ansat_fra="2023-06-01", arbejdstimer="20")
    del case["ansaettelse"]["timefortjeneste"]
    case["ansaettelse"]["loen_maaneder"] = copy.deepcopy(rows)
    return case


def _problems(case: dict) -> str:
    with pytest.raises(CaseError) as err:
        calculate(case)
    return str(err.value)


def test_no_reported_month_among_the_three_is_refused_naming_the_months():
    text = _problems(_case([{"maaned": "2023-11", "loen": "22000.00", "timer": "160.33"}]))
    assert "ansaettelse/loen_maaneder" in text and "2024-01, 2024-02, 2024-03" in text and "timefortjeneste" in text


def test_a_month_listed_twice_is_refused():
    assert "ansaettelse/loen_maaneder/3/maaned" in _problems(_case(MONTHS + [MONTHS[0]]))


@pytest.mark.parametrize("both", [True, False])
def test_exactly_one_of_timefortjeneste_and_loen_maaneder(both):
    case = _case(MONTHS)
    if both:
        case["ansaettelse"]["timefortjeneste"] = "120.00"
    else:
        del case["ansaettelse"]["loen_maaneder"]
    assert not schemas.validator("sygedagpenge", "case").is_valid(case)
    assert "ansaettelse" in _problems(case)


def test_a_further_employment_gives_its_timefortjeneste_as_a_figure():
    case = _case(MONTHS)
    case["andre_ansaettelser"] = [{"id": "B", "ansat_fra": "2023-01-02", "loen_maaneder": MONTHS, "timefortjeneste": "100.00",
                                   "ugentlig_arbejdstid": "7", "timer_seneste_8_uger": [{"art": "arbejde", "timer": "56"}]}]
    assert not schemas.validator("sygedagpenge", "case").is_valid(case)
    assert "andre_ansaettelser" in _problems(case)


def test_months_outside_the_three_and_their_order_change_nothing():
    plain = calculate(_case(MONTHS))
    more = _case([{"maaned": "2024-04", "loen": "1.00", "timer": "1"}, *reversed(MONTHS),
                  {"maaned": "2023-12", "loen": "99999.00", "timer": "1"}])
    assert calculate(more)["udbetalt_i_alt"] == plain["udbetalt_i_alt"]
    assert calculate(more)["satsperioder"] == plain["satsperioder"]


def test_an_employment_under_8_weeks_is_refused_its_basis_is_the_agreed_wage():
    case = _case(MONTHS)
    case["ansaettelse"]["ansat_fra"] = "2024-02-06"       # 55 days before Monday 1 April 2024
    case["ansaettelse"]["loen_maaneder"] = MONTHS[1:]
    assert "employed under 8 weeks" in _problems(case) and "give timefortjeneste" in _problems(case)
    case["ansaettelse"]["ansat_fra"] = "2024-02-05"       # 8 weeks to the day: the reports are the basis
    assert calculate(case)["udbetalt_i_alt"]["beloeb"]


def test_a_month_before_the_employment_began_is_refused():
    case = _case(MONTHS)
    case["ansaettelse"]["ansat_fra"] = "2024-01-15"
    assert calculate(case)["udbetalt_i_alt"]["beloeb"]       # January on: every listed month is the employment's
    case["ansaettelse"]["loen_maaneder"] = [{"maaned": "2023-12", "loen": "900.00", "timer": "8"}, *MONTHS]
    assert "ansaettelse/loen_maaneder/0/maaned" in _problems(case)
