"""§§ 45-53: the amount, the cap with 37 and 40 normal hours, the rate change on the first Monday of January."""
from decimal import Decimal

from harness.reference import calculate
from tests.reference.sager import loenmodtager, med, uge


def test_wage_below_the_cap():
    # 120.00 x (1 - 0.08) = 110.40 an hour; x 37 = 4084.80 a week (2024 maximum 4695 not reached).
    d = calculate(loenmodtager())
    sats = d["satsperioder"][0]
    assert (sats["timesats"], sats["ugebeloeb"], sats["loft_anvendt"]) == ("110.4000", "4084.80", False)
    assert uge(d, "2024-W15")["beloeb"] == "4084.80"


def test_capped_wage_with_37_normal_hours_pays_exactly_the_weekly_maximum_2026():
    # 300 x 0.92 = 276 > 5085/37 = 137.4324...; 37 x 5085/37 = 5085.00 (FT-SDP-LOFT-TIME).
    d = calculate(loenmodtager("2026-03-02", "2026-05-29", timefortjeneste="300.00"))
    sats = d["satsperioder"][0]
    assert (sats["loft_pr_uge"], sats["loft_pr_time"], sats["ugebeloeb"], sats["loft_anvendt"]) == \
        ("5085.00", "137.4324", "5085.00", True)
    # Kommune from day 31 = Wed 2026-04-01; W14 has Wed-Fri, but skærtorsdag 2 April and langfredag 3 April are
    # søgnehelligdage without payment (§ 53 a): 1 day, 5085 x 1/5.
    assert d["kommune_betaler_fra"]["dato"] == "2026-04-01"
    assert (uge(d, "2026-W14")["dage"], uge(d, "2026-W14")["beloeb"]) == (1, "1017.00")


def test_capped_wage_with_40_normal_hours():
    # Overenskomst 40 h: cap 5085/40 = 127.125 an hour; 40 h x 127.125 = 5085.00.
    case = med(loenmodtager("2026-03-02", "2026-05-29", timefortjeneste="300.00", ugentlig="40"),
               "ansaettelse/overenskomstmaessig_ugentlig_arbejdstid", "40")
    sats = calculate(case)["satsperioder"][0]
    assert (sats["loft_pr_time"], sats["ugebeloeb"]) == ("127.1250", "5085.00")
    # 40 hours a week under a 37-hour overenskomst: 40 x 137.4324... = 5497.30 > 5085 -> 5085.00.
    case = loenmodtager("2026-03-02", "2026-05-29", timefortjeneste="300.00", ugentlig="40")
    assert calculate(case)["satsperioder"][0]["ugebeloeb"] == "5085.00"
    # Part time, 25 h: 25 x 137.4324... = 3435.81 (the cap per hour still uses the 37-hour overenskomst).
    case = loenmodtager("2026-03-02", "2026-05-29", timefortjeneste="300.00", ugentlig="25")
    assert calculate(case)["satsperioder"][0]["ugebeloeb"] == "3435.81"


def test_part_time_example_from_the_barsel_parallel():
    # Fact sheet S7: timeløn 112 after AM-bidrag, 25 h -> 2800 a week. 112 / 0.92 = 121.7391..., use 121.74:
    # 121.74 x 0.92 = 112.0008 -> 112.00 (øre rounding); x 25 = 2800.00.
    case = loenmodtager("2024-03-04", "2024-05-31", timefortjeneste="121.74", ugentlig="25")
    assert calculate(case)["satsperioder"][0]["ugebeloeb"] == "2800.00"


def test_period_across_the_first_monday_of_january_uses_both_maxima():
    # F = Mon 2025-11-03, AG to 2025-12-02, kommune from Wed 2025-12-03. Capped wage.
    # 2025 maximum 4865 until Sun 2026-01-04; 2026 maximum 5085 from Mon 2026-01-05.
    d = calculate(loenmodtager("2025-11-03", "2026-01-30", timefortjeneste="300.00"))
    assert [(s["fra"], s["til"], s["ugebeloeb"]) for s in d["satsperioder"]] == [
        ("2025-12-03", "2026-01-04", "4865.00"), ("2026-01-05", "2026-01-30", "5085.00")]
    assert uge(d, "2025-W49")["beloeb"] == "2919.00"   # 3 days x 4865/5
    assert uge(d, "2025-W52")["beloeb"] == "2919.00"   # 25 and 26 December without payment (§ 53 a): 3 x 973
    assert uge(d, "2026-W01")["beloeb"] == "3892.00"   # Mon 29 Dec - Sun 4 Jan: 2025's amount; nytårsdag: 4 x 973
    assert uge(d, "2026-W02")["beloeb"] == "5085.00"
    # 2919 (W49) + 2 x 4865 (W50-51) + 2919 (W52) + 3892 (W01) + 4 x 5085 (W02-05) = 39800.00
    assert d["udbetalt_i_alt"]["beloeb"] == "39800.00"


def test_partial_week_rounding_is_once_per_week():
    # 4084.80 x 2/5 = 1633.92 exactly; 4084.83 would give 1633.932 -> 1633.93.
    d = calculate(loenmodtager("2024-03-04", "2024-04-04"))
    assert (uge(d, "2024-W14")["dage"], uge(d, "2024-W14")["beloeb"]) == (2, "1633.92")


def _selvstaendig(forsikring: str, grundlag: str, foerste="2026-03-02", sidste="2026-04-30", delvis=None) -> dict:
    case = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "S-1", "status": "selvstaendig",
            "fravaer": {"foerste_fravaersdag": foerste, "sidste_fravaersdag": sidste},
            "selvstaendig": {"forsikring": forsikring, "maaneder_i_vaesentligt_omfang_seneste_12": 12,
                             "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": grundlag}}
    if delvis:
        case["fravaer"]["delvis"] = {"selvstaendig_kan_udfoere": delvis}
    return case


def test_selvstaendige_start_and_minimum():
    uninsured = calculate(_selvstaendig("ingen", "2000.00"))
    assert uninsured["kommune_betaler_fra"]["dato"] == "2026-03-16"  # after 2 weeks: F + 14 days
    assert uninsured["satsperioder"][0]["ugebeloeb"] == "2000.00"
    day3 = calculate(_selvstaendig("fra_3_fravaersdag", "2000.00"))
    assert day3["kommune_betaler_fra"]["dato"] == "2026-03-04"
    assert day3["satsperioder"][0]["ugebeloeb"] == "3390.00"  # round(2/3 x 5085) = 3390 (published value)
    day1 = calculate(_selvstaendig("fra_1_fravaersdag", "9000.00"))
    assert day1["kommune_betaler_fra"]["dato"] == "2026-03-02"
    assert day1["satsperioder"][0]["ugebeloeb"] == "5085.00"


def test_selvstaendig_partial_three_quarters_and_half():
    assert calculate(_selvstaendig("ingen", "4000.00", delvis="hoejst_en_fjerdedel"))["satsperioder"][0]["ugebeloeb"] == "3000.00"
    assert calculate(_selvstaendig("ingen", "4000.00", delvis="hoejst_halvdelen"))["satsperioder"][0]["ugebeloeb"] == "2000.00"
    assert calculate(_selvstaendig("ingen", "4000.00", delvis="mere_end_halvdelen"))["ret_kommune"]["ret"] is False


def test_selvstaendig_employment_requirement():
    case = _selvstaendig("ingen", "4000.00")
    assert calculate(med(case, "selvstaendig/maaneder_i_vaesentligt_omfang_seneste_12", 6))["ret_kommune"]["ret"] is True
    assert calculate(med(case, "selvstaendig/maaneder_i_vaesentligt_omfang_seneste_12", 5))["ret_kommune"]["ret"] is False
    assert calculate(med(case, "selvstaendig/virksomhed_maaneden_foer", False))["ret_kommune"]["ret"] is False


def test_amounts_are_strings_with_two_decimals_never_floats():
    d = calculate(loenmodtager())
    for p in d["udbetalinger"]:
        assert isinstance(p["beloeb"], str) and Decimal(p["beloeb"]).as_tuple().exponent == -2


def test_the_hours_of_a_week_are_rounded_half_up_like_every_amount():
    """FT-SDP-AFRUNDING: amounts to the øre, half up; the hours a week row shows are rounded the same way (jurist
    round 9: 21,625 hours showed as 21,62, rounded half to even). By hand, new hire with 21,625 hours a week at
    120,00 kr.: 120,00 x 0,92 = 110,40 kr. an hour; a week 110,40 x 21,625 = 2.387,40 kr. From Monday 1.4.2024 (2.
    påskedag, not paid, § 53 a): week 2024-W14 has 4 days, 21,625 x 4/5 = 17,30 hours and 2.387,40 x 4/5 = 1.909,92
    kr.; week 2024-W15 has 5 days, 21,625 hours shown as 21,63, and 2.387,40 kr.; in all 4.297,32 kr."""
    from harness.reference import calculate
    from tests.reference.sager import loenmodtager, uge
    d = calculate(loenmodtager("2024-04-01", "2024-04-12", ansat_fra="2024-03-15", arbejdstimer="20",
                               ugentlig="21.625"))
    assert (uge(d, "2024-W14")["timer"], uge(d, "2024-W14")["beloeb"]) == ("17.30", "1909.92")
    assert (uge(d, "2024-W15")["timer"], uge(d, "2024-W15")["beloeb"]) == ("21.63", "2387.40")
    assert d["udbetalt_i_alt"]["beloeb"] == "4297.32"
