"""§ 30 (employer), § 32 (kommune), § 53 (partial threshold): each rule at its boundary."""
from harness.reference import calculate
from tests.reference.sager import loenmodtager, med


def test_arbejdsgiverperiode_is_30_calendar_days_and_kommune_pays_from_day_31():
    # F = Mon 2024-03-04; day 30 = 2024-04-02 (Mar 4 + 29 days); day 31 = 2024-04-03.
    d = calculate(loenmodtager("2024-03-04", "2024-05-31"))
    assert d["ret_arbejdsgiver"]["ret"] is True
    assert (d["arbejdsgiverperiode"]["fra"], d["arbejdsgiverperiode"]["til"]) == ("2024-03-04", "2024-04-02")
    assert d["kommune_betaler_fra"]["dato"] == "2024-04-03"
    assert d["udbetalinger"][0]["fra"] == "2024-04-03"


def test_absence_ending_on_day_30_gives_nothing_from_the_kommune_and_day_31_gives_one_day():
    d30 = calculate(loenmodtager("2024-03-04", "2024-04-02"))
    assert d30["ret_kommune"]["ret"] is False
    assert d30["udbetalinger"] == [] and d30["udbetalt_i_alt"]["beloeb"] == "0.00"
    d31 = calculate(loenmodtager("2024-03-04", "2024-04-03"))
    # One weekday (Wed 2024-04-03): 120 x 0.92 = 110.40; x 37 = 4084.80 a week; / 5 = 816.96.
    assert [(p["uge"], p["dage"], p["beloeb"]) for p in d31["udbetalinger"]] == [("2024-W14", 1, "816.96")]


def test_eight_weeks_of_employment_exactly_versus_one_day_short():
    # F = 2024-03-04; 8 weeks = 56 days before: employed from 2024-01-08 at the latest.
    ok = calculate(loenmodtager(ansat_fra="2024-01-08"))
    assert ok["ret_arbejdsgiver"]["ret"] is True
    short = calculate(loenmodtager(ansat_fra="2024-01-09"))
    assert short["ret_arbejdsgiver"]["ret"] is False
    assert "SDL30_IKKE_8_UGERS_ANSAETTELSE" in short["ret_arbejdsgiver"]["aarsager"]
    # Then the kommune pays from the first absence day (§ 32 is met with 160 hours a month).
    assert short["arbejdsgiverperiode"] is None
    assert short["kommune_betaler_fra"]["dato"] == "2024-03-04"


def test_re_employment_lifts_the_uninterrupted_requirement_but_not_the_hours():
    case = med(loenmodtager(ansat_fra="2024-02-01"), "ansaettelse/tidligere_ansat_samme_arbejdsgiver", True)
    assert calculate(case)["ret_arbejdsgiver"]["ret"] is True
    case = med(case, "ansaettelse/timer_seneste_8_uger", [{"art": "arbejde", "timer": "70"}])
    assert calculate(case)["ret_arbejdsgiver"]["ret"] is False


def test_74_hours_versus_73_5_and_holiday_hours_do_not_count():
    assert calculate(loenmodtager(arbejdstimer="74"))["ret_arbejdsgiver"]["ret"] is True
    d = calculate(loenmodtager(arbejdstimer="73.5"))
    assert d["ret_arbejdsgiver"]["aarsager"] == ["SDL30_UNDER_74_TIMER"]
    ferie = med(loenmodtager(arbejdstimer="60"), "ansaettelse/timer_seneste_8_uger",
                [{"art": "arbejde", "timer": "60"}, {"art": "ferie", "timer": "37"}, {"art": "sygdom", "timer": "14"}])
    assert calculate(ferie)["ret_arbejdsgiver"]["ret"] is False  # P 29-23: 60 work hours only


def test_240_hours_in_six_months_versus_239_5():
    # Not AG-liable (employed 4 weeks), so the kommune pays from day 1 if § 32 is met.
    ok = calculate(loenmodtager(ansat_fra="2024-02-05", maaneder=["40"] * 6))
    assert ok["ret_kommune"]["ret"] is True and ok["ret_kommune"]["aarsager"] == ["SDL32_1_NR1_BESKAEFTIGELSESKRAV"]
    short = calculate(loenmodtager(ansat_fra="2024-02-05", maaneder=["40", "40", "40", "40", "40", "39.5"]))
    # 239.5 hours in all fails, even though 5 months have >= 40 hours.
    assert short["ret_kommune"]["ret"] is False
    assert short["udbetalinger"] == []


def test_40_hours_in_five_months_versus_four():
    five = calculate(loenmodtager(ansat_fra="2024-02-05", maaneder=["80", "80", "40", "40", "40", "39"]))
    assert five["ret_kommune"]["ret"] is True
    four = calculate(loenmodtager(ansat_fra="2024-02-05", maaneder=["80", "80", "80", "40", "39", "39"]))
    assert four["ret_kommune"]["ret"] is False  # 318 hours but only 4 months with 40


def test_months_outside_the_six_are_ignored_and_missing_months_count_as_zero():
    case = loenmodtager(ansat_fra="2024-02-05")
    case["beskaeftigelse_seneste_6_maaneder"] = [{"maaned": "2024-03", "timer": "500"},  # the absence month
                                                 {"maaned": "2023-09", "timer": "300"}]  # 1 of 6 months
    assert calculate(case)["ret_kommune"]["ret"] is False


def test_other_paths_to_the_kommune_right():
    base = loenmodtager(ansat_fra="2024-02-05", maaneder=["0"] * 6)
    assert calculate(base)["ret_kommune"]["ret"] is False
    assert calculate(med(base, "ville_have_ret_til_arbejdsloeshedsdagpenge", True))["ret_kommune"]["aarsager"] == \
        ["SDL32_1_NR2_DAGPENGERET"]
    # Nyuddannet: finished an 18-month education on 2024-02-04, within the month before F = 2024-03-04.
    udd = med(base, "uddannelse", {"afsluttet": "2024-02-04", "varighed_maaneder": 18})
    assert calculate(udd)["ret_kommune"]["aarsager"] == ["SDL32_1_NR3_UDDANNELSE"]
    assert calculate(med(udd, "uddannelse/afsluttet", "2024-02-03"))["ret_kommune"]["ret"] is False
    assert calculate(med(udd, "uddannelse/varighed_maaneder", 17))["ret_kommune"]["ret"] is False
    assert calculate(med(base, "status", "fleksjob"))["ret_kommune"]["aarsager"] == ["SDL32_1_NR5_FLEKSJOB"]
    assert calculate(med(base, "status", "elev"))["ret_kommune"]["aarsager"] == ["SDL32_1_NR4_ELEV"]


def test_partial_absence_needs_four_hours_a_week():
    four = calculate(med(loenmodtager(), "fravaer/delvis", {"fravaerstimer_pr_uge": "4"}))
    assert four["ret_kommune"]["ret"] is True
    # 110.40 x 4 = 441.60 a week.
    assert four["satsperioder"][0]["ugebeloeb"] == "441.60"
    less = calculate(med(loenmodtager(), "fravaer/delvis", {"fravaerstimer_pr_uge": "3.5"}))
    assert less["ret_kommune"]["ret"] is False and less["ret_arbejdsgiver"]["ret"] is False
    assert less["ret_kommune"]["aarsager"] == ["SDL53_DELVIS_UNDER_4_TIMER"]
    assert less["udbetalinger"] == []


def test_ledig_gets_a_kasse_for_14_days_then_the_kommune():
    case = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "L-1", "status": "ledig",
            "fravaer": {"foerste_fravaersdag": "2024-03-06", "sidste_fravaersdag": "2024-04-30"},
            "ledig": {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": "900.00"}}
    d = calculate(case)
    # STAR: sick on a Wednesday in week 1 -> a-dagpenge to and including Tuesday in week 3; kommune from Wednesday.
    assert d["kommune_betaler_fra"]["dato"] == "2024-03-20"
    assert d["satsperioder"][0]["ugebeloeb"] == "4500.00"  # 5 x 900, below the 4695 maximum of 2024
    supp = med(case, "ledig/supplerende_dagpenge", True)
    assert calculate(supp)["kommune_betaler_fra"]["dato"] == "2024-03-06"
    uden = med(case, "ledig/ret_til_arbejdsloeshedsdagpenge", False)
    assert calculate(uden)["ret_kommune"]["ret"] is False
