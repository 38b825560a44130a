"""§ 24 / § 27 duration, §§ 38, 40, 59 deadlines and refusion."""
import datetime as dt

from harness.reference import calculate
from tests.reference.sager import loenmodtager, med, uge


def _weekday_number(start: dt.date, n: int) -> dt.date:
    """The n-th weekday counting from `start` (independent of the reference's own date code)."""
    d, seen = start, 0
    while True:
        if d.weekday() < 5:
            seen += 1
            if seen == n:
                return d
        d += dt.timedelta(days=1)


def test_22_weeks_end_payment_at_the_end_of_the_month():
    # F = 2024-01-01; counted from day 31 = Wed 2024-01-31; the 111th counted weekday is the revurderingstidspunkt.
    rt = _weekday_number(dt.date(2024, 1, 31), 111)
    assert rt == dt.date(2024, 7, 3)  # by hand: 3 days + 21 weeks (105) -> Fri 28 June = 108; Mon 1, Tue 2, Wed 3 July
    d = calculate(loenmodtager("2024-01-01", "2024-12-31"))
    assert d["varighed"]["revurderingstidspunkt"] == "2024-07-03"
    assert d["varighed"]["sidste_betalingsdag"] == "2024-07-31"
    assert d["varighed"]["ophoersaarsag"] == "VARIGHEDSBEGRAENSNING"
    assert d["udbetalinger"][-1]["til"] == "2024-07-31"


def test_earlier_sickness_in_the_nine_months_counts():
    # An earlier absence 2023-10-02..2023-11-30: its weekdays after the first 30 days (from 2023-11-01) count:
    # Nov 2023 has 22 weekdays. With them, the 111th day comes 22 weekdays earlier.
    case = med(loenmodtager("2024-01-01", "2024-12-31"), "tidligere_sygeperioder", [{"fra": "2023-10-02", "til": "2023-11-30"}])
    rt = _weekday_number(dt.date(2024, 1, 31), 111 - 22)
    d = calculate(case)
    assert d["varighed"]["revurderingstidspunkt"] == rt.isoformat()


def test_extension_decided_in_time_keeps_paying():
    case = med(loenmodtager("2024-01-01", "2024-12-31"), "forlaengelser",
               [{"grund": "nr5_livstruende_sygdom", "afgoerelsesdato": "2024-07-20"}])
    d = calculate(case)
    assert d["varighed"]["forlaengelse"] == "nr5_livstruende_sygdom"
    assert d["varighed"]["sidste_betalingsdag"] == "2024-12-31"
    late = med(case, "forlaengelser", [{"grund": "nr5_livstruende_sygdom", "afgoerelsesdato": "2024-08-01"}])
    assert calculate(late)["varighed"]["sidste_betalingsdag"] == "2024-07-31"


def test_citizen_deadline_on_its_last_day_and_the_day_after():
    # Underretningsbrev Tue 2024-04-02 -> deadline 8 days later, Wed 2024-04-10.
    on_time = med(med(loenmodtager(), "anmeldelser", {"underretningsbrev": "2024-04-02", "borger_til_kommune": "2024-04-10"}),
                  "sags_id", "F-1")
    d = calculate(on_time)
    frist = d["frister"][0]
    assert (frist["id"], frist["frist"], frist["overholdt"]) == ("SDL_38_BORGER_KOMMUNE", "2024-04-10", True)
    assert d["kommune_betaler_fra"]["dato"] == "2024-04-03"
    late = calculate(med(on_time, "anmeldelser/borger_til_kommune", "2024-04-11"))
    assert late["frister"][0]["overholdt"] is False
    assert late["kommune_betaler_fra"]["dato"] == "2024-04-11"
    # Paid from Thu 11 April: W15 has 2 days = 4084.80 x 2/5 = 1633.92; nothing for 3-10 April.
    assert uge(late, "2024-W14") is None
    assert uge(late, "2024-W15")["beloeb"] == "1633.92"
    excused = calculate(med(med(on_time, "anmeldelser/borger_til_kommune", "2024-04-11"),
                            "anmeldelser/undskyldende_forhold", True))
    assert excused["kommune_betaler_fra"]["dato"] == "2024-04-03"


def test_deadline_on_a_holiday_moves_to_the_next_hverdag_not_over_the_friday_after_ascension():
    # Brev Wed 2026-05-06 + 8 = Thu 2026-05-14 (Kristi himmelfartsdag) -> Fri 15 May: a bank closing day, but not
    # a day that extends a deadline under forældelsesloven § 27, stk. 2 (FT-SDP-FRIST-HVERDAG).
    case = med(loenmodtager("2026-03-02", "2026-06-30"), "anmeldelser",
               {"underretningsbrev": "2026-05-06", "borger_til_kommune": "2026-05-18"})
    frist = calculate(case)["frister"][0]
    assert (frist["frist"], frist["overholdt"]) == ("2026-05-15", False)
    # Brev Thu 2026-05-28 + 8 = Fri 2026-06-05 (grundlovsdag) -> Mon 8 June.
    case = med(loenmodtager("2026-03-02", "2026-06-30"), "anmeldelser",
               {"underretningsbrev": "2026-05-28", "borger_til_kommune": "2026-06-08"})
    frist = calculate(case)["frister"][0]
    assert (frist["frist"], frist["overholdt"]) == ("2026-06-08", True)


def test_without_a_letter_three_weeks_after_the_employer_period():
    # AG period ends 2024-04-02; deadline 21 days later = 2024-04-23 (Tue).
    case = med(loenmodtager(), "anmeldelser", {"borger_til_kommune": "2024-04-23"})
    assert calculate(case)["frister"][0]["frist"] == "2024-04-23"
    # Kommune pays from day 1 (not AG-liable): 3 weeks after the first absence day, 2024-03-25 (Mon).
    case = med(loenmodtager(ansat_fra="2024-02-05"), "anmeldelser", {"borger_til_kommune": "2024-03-26"})
    f = calculate(case)["frister"][0]
    assert (f["frist"], f["overholdt"]) == ("2024-03-25", False)


def _loen(**anm) -> dict:
    case = med(med(loenmodtager(), "ansaettelse/arbejdsgiver_betaler_loen", True),
               "ansaettelse/loen_pr_uge_under_fravaer", "5000.00")
    return med(case, "anmeldelser", anm) if anm else case


def test_refusion_when_the_employer_pays_salary():
    d = calculate(_loen(arbejdsgiver_til_kommune="2024-04-08"))  # F + 35 days = Mon 2024-04-08: in time
    assert d["frister"][0]["overholdt"] is True
    assert d["udbetalinger"] == []  # salary 5000 >= sygedagpenge 4084.80: nothing to the citizen
    assert uge(d, "2024-W14", "refusion")["beloeb"] == "2450.88"  # 3 days from Wed 3 April: 4084.80 x 3/5
    assert uge(d, "2024-W15", "refusion")["beloeb"] == "4084.80"


def test_refusion_never_above_the_salary_and_the_citizen_gets_the_difference():
    case = med(_loen(), "ansaettelse/loen_pr_uge_under_fravaer", "3000.00")
    d = calculate(case)
    assert uge(d, "2024-W15", "refusion")["beloeb"] == "3000.00"
    assert uge(d, "2024-W15")["beloeb"] == "1084.80"


def test_late_employer_report_gives_refusion_only_from_the_report_day():
    d = calculate(_loen(arbejdsgiver_til_kommune="2024-04-09"))
    assert d["frister"][0]["overholdt"] is False
    assert uge(d, "2024-W14", "refusion") is None
    assert uge(d, "2024-W15", "refusion")["beloeb"] == "3267.84"  # Tue-Fri: 4084.80 x 4/5


def test_dispensation_gives_at_most_three_months_back_within_six_months():
    # Reported 2024-08-20 with a dispensation ground: refusion from 2024-05-20 (3 months back).
    case = med(loenmodtager("2024-03-04", "2024-09-30"), "ansaettelse/arbejdsgiver_betaler_loen", True)
    case = med(case, "ansaettelse/loen_pr_uge_under_fravaer", "5000.00")
    case = med(case, "anmeldelser", {"arbejdsgiver_til_kommune": "2024-08-20", "refusion_dispensation": True})
    d = calculate(case)
    assert d["refusion"][0]["fra"] == "2024-05-20"
    # Beyond 6 months after F (2024-09-04) no dispensation: from the report day.
    case = med(case, "anmeldelser/arbejdsgiver_til_kommune", "2024-09-05")
    assert calculate(case)["refusion"][0]["fra"] == "2024-09-05"


def test_section_55_insured_employer_gets_refusion_from_day_two_of_the_employer_period():
    case = med(loenmodtager(), "ansaettelse/arbejdsgiver_forsikret_55", True)
    d = calculate(case)
    assert d["refusion"][0]["fra"] == "2024-03-05"
    assert d["refusion"][-1]["til"] == "2024-04-02"  # no salary: refusion covers the employer's own payments only
    assert d["udbetalinger"][0]["fra"] == "2024-04-03"


def test_section_55_and_56_refusion_for_a_short_absence_inside_the_employer_period():
    # Found by the scenario author (SDP-055-001 / SDP-056-001): refusion from day 2 (§ 55) or day 1 (§ 56)
    # exists precisely for absences ending inside the 30 days. Mon 1 - Fri 12 April 2024, salary 5000/week.
    case = med(med(loenmodtager("2024-04-01", "2024-04-12"), "ansaettelse/arbejdsgiver_betaler_loen", True),
               "ansaettelse/loen_pr_uge_under_fravaer", "5000.00")
    d55 = calculate(med(case, "ansaettelse/arbejdsgiver_forsikret_55", True))
    assert d55["udbetalinger"] == []
    # W14 from Tue 2 April: 4 days x 4084.80/5 = 3267.84; W15 full week 4084.80; total 7352.64.
    assert [(p["uge"], p["beloeb"]) for p in d55["refusion"]] == [("2024-W14", "3267.84"), ("2024-W15", "4084.80")]
    assert d55["refusion_i_alt"]["beloeb"] == "7352.64"
    d56 = calculate(med(case, "ansaettelse/aftale_56", True))
    # From Mon 1 April, 2. påskedag, which has no refusion (§ 53 a): W14 4 days 3267.84 + W15 4084.80.
    assert d56["refusion_i_alt"]["beloeb"] == "7352.64"
    # Without § 55/56 the employer of a short absence gets nothing.
    assert calculate(case)["refusion_i_alt"]["beloeb"] == "0.00"


def test_section_55_without_employer_period_or_salary_gives_no_refusion_and_no_double_payment():
    # Employed 4 weeks (no employer period), no salary: the kommune pays the citizen from day 1; the employer
    # paid nothing, so § 55 insurance gives it nothing to be refunded.
    case = med(loenmodtager(ansat_fra="2024-02-05"), "ansaettelse/arbejdsgiver_forsikret_55", True)
    d = calculate(case)
    assert d["arbejdsgiverperiode"] is None
    assert d["refusion"] == [] and d["refusion_i_alt"]["beloeb"] == "0.00"
    assert d["udbetalinger"][0]["fra"] == "2024-03-04"


# --- found by a hand review against the statute (2026-11-23); expected values computed by hand --------------------

def _selvstaendig_fredag(anmeldt: str) -> dict:
    """Ankestyrelsen's own example (Nyt fra Ankestyrelsen 1/2019): insured from the 3rd fraværsdag, first absence day
    Friday 1 February 2019, works Monday-Friday."""
    return {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "HR-SELV", "status": "selvstaendig",
            "fravaer": {"foerste_fravaersdag": "2019-02-01", "sidste_fravaersdag": "2019-02-22"},
            "selvstaendig": {"forsikring": "fra_3_fravaersdag", "maaneder_i_vaesentligt_omfang_seneste_12": 8,
                             "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": "2000.00"},
            "anmeldelser": {"borger_til_kommune": anmeldt}}


def test_third_fravaersdag_skips_the_weekend_and_the_43_deadline_follows():
    # 3rd fraværsdag = Tue 5.2. (not Sun 3.2.); § 43, stk. 1: 1 week after = 12.2., so a claim on 12.2. is in time.
    # 2019 minimum 2/3 x 4.355 = 2.903/week; W06 Tue-Fri = 4/5 x 2.903 = 2.322,40; W07, W08 2.903 each.
    d = calculate(_selvstaendig_fredag("2019-02-12"))
    frist = next(f for f in d["frister"] if f["id"] == "SDL_43_SELVSTAENDIG_KOMMUNE")
    assert (frist["frist"], frist["overholdt"], frist["hjemmel"]) == ("2019-02-12", True, "sygedagpengeloven § 43, stk. 1")
    assert d["kommune_betaler_fra"]["dato"] == "2019-02-05"
    assert uge(d, "2019-W06")["beloeb"] == "2322.40" and uge(d, "2019-W06")["fra"] == "2019-02-05"
    assert d["udbetalt_i_alt"]["beloeb"] == "8128.40"
    assert calculate(_selvstaendig_fredag("2019-02-13"))["kommune_betaler_fra"]["dato"] == "2019-02-13"


def test_third_fravaersdag_skips_a_helligdag():
    # First absence day Wed 17.4.2019; Skærtorsdag 18.4. and Langfredag 19.4. are helligdage, then the weekend and
    # 2. påskedag 22.4.: the 2nd fraværsdag is Tue 23.4., the 3rd Wed 24.4.
    case = _selvstaendig_fredag("2019-04-25")
    case["fravaer"] = {"foerste_fravaersdag": "2019-04-17", "sidste_fravaersdag": "2019-05-10"}
    assert calculate(case)["kommune_betaler_fra"]["dato"] == "2019-04-24"


def _kort_fravaer_55(loen: bool) -> dict:
    case = med(loenmodtager("2026-03-02", "2026-03-13", timefortjeneste="180.00"), "ansaettelse/arbejdsgiver_forsikret_55", True)
    if loen:
        case = med(med(case, "ansaettelse/arbejdsgiver_betaler_loen", True), "ansaettelse/loen_pr_uge_under_fravaer", "6000.00")
    case["anmeldelser"] = {"arbejdsgiver_til_kommune": "2026-04-20"}
    return case


def test_59_stk_4_short_absence_reported_late_is_refunded_up_to_3_months_back():
    # Absence 2.-13.3.2026 ended within 30 calendar days; reported 20.4. (after 5 weeks): § 59, stk. 4 allows refusion
    # for up to 3 months before the claim, so the § 55 employer is refunded from day 2: 3.-6.3. = 4/5 x 5.085 = 4.068,
    # 9.-13.3. = 5.085 (165,60/h capped at 5.085/37): 9.153,00, with or without salary (salary 6.000 > 5.085).
    for loen in (False, True):
        d = calculate(_kort_fravaer_55(loen))
        assert d["refusion_i_alt"]["beloeb"] == "9153.00", loen
        assert d["refusion"][0]["fra"] == "2026-03-03"
        assert not any(f["id"].startswith("SDL_40_") for f in d["frister"])  # § 40, stk. 1-2: only beyond the AG period
        f59 = next(f for f in d["frister"] if f["id"] == "SDL_59_3_REFUSION")
        assert (f59["overholdt"], f59["konsekvens"]) == (False, "REFUSION_HOEJST_3_MAANEDER_FOER_ANMELDELSEN")


def test_59_stk_3_counts_5_weeks_from_the_first_absence_day_not_the_40_deadline():
    # F = Mon 9.3.2026; 5 weeks = 13.4. (a bank day); reported 14.4.: refusion only from 14.4. (§ 59, stk. 3), which is
    # after the arbejdsgiverperiode 9.3.-7.4., so the § 55 employer (no salary) gets nothing. § 40, stk. 2's own
    # deadline (1 week after the AG period = 14.4.) is met, but it is not the refusion test.
    case = med(loenmodtager("2026-03-09", "2026-04-30", timefortjeneste="180.00"), "ansaettelse/arbejdsgiver_forsikret_55", True)
    case["anmeldelser"] = {"arbejdsgiver_til_kommune": "2026-04-14"}
    d = calculate(case)
    assert d["refusion_i_alt"]["beloeb"] == "0.00"
    frister = {f["id"]: f for f in d["frister"]}
    assert (frister["SDL_40_2_ARBEJDSGIVER"]["frist"], frister["SDL_40_2_ARBEJDSGIVER"]["overholdt"]) == ("2026-04-14", True)
    assert (frister["SDL_59_3_REFUSION"]["frist"], frister["SDL_59_3_REFUSION"]["overholdt"]) == ("2026-04-13", False)
    # the citizen: from 8.4.: W15 3 days 3.051 + W16, W17 5.085 + W18 (27.-30.4.) 4.068 = 17.289,00
    assert d["udbetalt_i_alt"]["beloeb"] == "17289.00"
    case["anmeldelser"] = {"arbejdsgiver_til_kommune": "2026-04-13"}
    assert calculate(case)["refusion_i_alt"]["beloeb"] != "0.00"
