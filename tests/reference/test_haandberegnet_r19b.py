"""The reference against eight sygedagpenge cases a jurist computed by hand before running it (jurist round 19b; the
arithmetic of each is in tests/reference/haandberegnet_r19b/README.md, as written before the first run), all with
§ 47's timefortjeneste given as the employer's reported months (`ansaettelse.loen_maaneder`) instead of a figure:
a monthly salary under the § 50 maximum where rounding the quotient first would cost 0,37 kr. a week; a raise in the
last of the 3 months (the average, not the last month); a timelønnet with 92,5 / 141,25 / 118 hours at different pay
(total pay over total hours, not the mean of the three monthly rates); a 4th, older month and the absence's own month
listed and ignored; an employee of 10 weeks with 2 completed months; a monthly salary over the maximum (the average
does not change the amount); a case with no month in the window (refused); and one employed 7 weeks whose reports the
law does not use (BEK 1323/2022 § 8, stk. 5: the agreed wage), which the reference averaged when the jurist ran it
(a strict xfail then) and refuses since (the lead's fix of the same round). The expected values are the jurist's,
typed from the hand calculation, never from the reference's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.reference import calculate
from harness.toolkit.errors import CaseError
from tests.reference.test_haandberegnet_r11 import W, agrees
from tests.reference.test_haandberegnet_r11 import sdp as _sdp

SAGER = Path(__file__).parent / "haandberegnet_r19b" / "sager"


def sdp47(o: dict) -> dict:
    """Round 11's sygedagpenge fields, and § 47's step: the timefortjeneste before AM-bidrag (the step shows it to 4
    decimals), after AM-bidrag, and the reported months it rests on."""
    trin = next(s for s in o["begrundelse"] if s["regel"] == "SDL-47-TIMEFORTJENESTE")
    return {
        **_sdp(o),
        "foer_am": trin["input"]["timefortjeneste_foer_am"],
        "efter_am": trin["resultat"]["timefortjeneste_efter_am"],
        "maaneder": [m["maaned"] for m in trin["input"]["loen_maaneder"]],
    }


def _uger(fra: int, til: int, beloeb: str) -> list[tuple[str, int, str]]:
    return [(f"2026-W{u:02d}", 5, beloeb) for u in range(fra, til + 1)]


def _fast(**kw) -> dict:
    """What every case here shares: the employer's 30 days, then the kommune; no salary, so no refusion."""
    return dict(ret_arbejdsgiver=True, ret_kommune=True, refusion="0.00", revurdering=None, jobafklaring=None, **kw)


EXPECTED = {
    "a1_maanedsloen_21900_under_loft_kvotient_uafrundet": _fast(
        AG=("2026-02-09", "2026-03-10"),
        kommune_fra="2026-03-11",
        # 3 x 21.900 / (3 x 160,33) = 136,593276 (not rounded) x 0,92 = 125,6658 -> 125,67; rounded first 125,66
        foer_am="136.5933",
        efter_am="125.67",
        maaneder=["2025-11", "2025-12", "2026-01"],
        uger=W(("2026-W11", 3, "2789.87"), *_uger(12, 13, "4649.79")),  # 37 x 125,67 = 4.649,79
        i_alt="12089.45",
        sidste_betalingsdag="2026-03-27",
    ),
    "a2_maanedsloen_loenstigning_sidste_maaned_gennemsnit": _fast(
        AG=("2026-05-06", "2026-06-04"),
        kommune_fra="2026-06-05",  # grundlovsdag, paid
        # (19.000 + 19.000 + 23.000) / 480,99 = 126,821763 x 0,92 = 116,6760 -> 116,68 (the last month alone: 131,98)
        foer_am="126.8218",
        efter_am="116.68",
        maaneder=["2026-02", "2026-03", "2026-04"],
        uger=W(("2026-W23", 1, "863.43"), *_uger(24, 26, "4317.16")),  # 37 x 116,68 = 4.317,16
        i_alt="13814.91",
        sidste_betalingsdag="2026-06-26",
    ),
    "a3_timeloennet_varierende_timer_sum_over_sum": _fast(
        AG=("2026-04-13", "2026-05-12"),
        kommune_fra="2026-05-13",
        # (11.840 + 20.057,50 + 15.930) / (92,5 + 141,25 + 118) = 47.827,50 / 351,75 = 135,970149 -> 125,09
        # (the mean of the monthly rates 128, 142, 135 would be 135,00 -> 124,20)
        foer_am="135.9701",
        efter_am="125.09",
        maaneder=["2026-01", "2026-02", "2026-03"],
        # 27 h a week: 27 x 125,09 = 3.377,43; 14.5 Kristi himmelfart and 25.5 2. pinsedag not paid
        uger=W(("2026-W20", 2, "1350.97"), ("2026-W21", 5, "3377.43"), ("2026-W22", 4, "2701.94")),
        i_alt="7430.34",
        sidste_betalingsdag="2026-05-29",
    ),
    "a4_fjerde_aeldre_maaned_og_fravaersmaaneden_ignoreres": _fast(
        AG=("2026-07-15", "2026-08-13"),
        kommune_fra="2026-08-14",
        # only Apr-Jun 2026 of Mar-Jul: 61.638 / 452 = 136,367257 x 0,92 = 125,4579 -> 125,46
        foer_am="136.3673",
        efter_am="125.46",
        maaneder=["2026-04", "2026-05", "2026-06"],
        uger=W(("2026-W33", 1, "928.40"), *_uger(34, 36, "4642.02")),  # 37 x 125,46 = 4.642,02
        i_alt="14854.46",
        sidste_betalingsdag="2026-09-04",
    ),
    "a5_ansat_10_uger_to_afsluttede_maaneder": _fast(
        AG=("2026-05-18", "2026-06-16"),
        kommune_fra="2026-06-17",
        # employed from 9.3.2026, February before it: 35.383,10 / 266,4 = 132,819444 x 0,92 = 122,1939 -> 122,19
        foer_am="132.8194",
        efter_am="122.19",
        maaneder=["2026-03", "2026-04"],
        uger=W(("2026-W25", 3, "2712.62"), *_uger(26, 28, "4521.03")),  # 37 x 122,19 = 4.521,03
        i_alt="16275.71",
        sidste_betalingsdag="2026-07-10",
    ),
    "a6_maanedsloen_34500_over_loft": _fast(
        AG=("2026-09-07", "2026-10-06"),
        kommune_fra="2026-10-07",
        # 34.500 / 160,33 = 215,181189 x 0,92 = 197,97 > 5.085/37: the § 50 maximum, 5.085 a week
        foer_am="215.1812",
        efter_am="197.97",
        maaneder=["2026-06", "2026-07", "2026-08"],
        uger=W(("2026-W41", 3, "3051.00"), *_uger(42, 44, "5085.00")),
        i_alt="18306.00",
        sidste_betalingsdag="2026-10-30",
    ),
}

# Cases the reference must refuse (field named in the CaseError), and why the hand calculation says so.
AFVIST = {
    # a4 with only March and July 2026: none of Apr-Jun, nothing to average
    "a7_ingen_maaned_i_vinduet_afvises": "ansaettelse/loen_maaneder",
    # employed 7 weeks (from 16.3.2026, first absence 4.5.2026): BEK 1323/2022 § 8, stk. 5 (parallel rule) takes the
    # agreed wage (140,00 -> 128,80 -> 4.765,60 a week), not the reports (153,08 with a sign-on bonus -> capped 5.085)
    "a8_ansat_7_uger_aftalt_loen_ikke_indberetninger": "ansaettelse/loen_maaneder",
}

def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted([*EXPECTED, *AFVIST])


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], sygedagpenge=sdp47)


@pytest.mark.parametrize("navn", sorted(AFVIST))
def test_the_reference_refuses_what_the_hand_calculation_cannot_decide_from_the_reports(navn):
    with pytest.raises(CaseError) as err:
        calculate(json.loads((SAGER / f"{navn}.json").read_text(encoding="utf-8")))
    assert any(field == AFVIST[navn] for field, _ in err.value.problems), err.value.problems
