"""The reference against eleven more cases a jurist computed by hand before running it (jurist round 18; the
arithmetic of each is in tests/reference/haandberegnet_r18/README.md, as written before the first run), on the shapes
the bench began to send this round: part-timers at 75 % and 80 % of 37 hours (27,75 h under the § 50 hourly maximum
with a half-øre week over Easter; 29,6 h over it), a gradvis tilbagevenden of 5 steps across the arbejdsgiverperiode's
end with a step of 3,5 hours (§ 53's 4 hours) and the employer's refusion, § 30's 74 hours at 73,99 and 74,01, § 32's
40 hours a month with a month at 39,99, a ledig's § 27 extension on grounds nr. 6 and nr. 5 that extend equally long;
kontanthjælp with a pause month in work for the 225-timersregel (old law) and for uddannelseshjælp's aktivitetstillæg
"after 3 months" (§ 24, stk. 1); ressourceforløbsydelse with a pause month. Every unordered list in the case files
is written out of date order. The expected values are the jurist's, typed from the hand calculation, never from the
reference's output. One disagreement (k02's March and April: the aktivitetstillæg after a pause month) is a strict
xfail with the law's words; the reasons are in the README beside the cases."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.reference.test_haandberegnet import kh
from tests.reference.test_haandberegnet_r11 import W, agrees, sdp

SAGER = Path(__file__).parent / "haandberegnet_r18" / "sager"


def _sdp_r18(decision: dict) -> dict:
    """sdp's figures; the weeks with a payment or a refusion (a step under § 53's 4 hours pays nothing; whether such
    a week is listed with 0,00 is not the law's question), the named § 27 ground and why payment stopped."""
    got = sdp(decision)
    got["betalte_uger"] = [u for u in got["uger"] if u[2] != "0.00"]
    got["refusion_betalte_uger"] = [u for u in got["refusion_uger"] if u[2] != "0.00"]
    got["forlaengelse"] = decision["varighed"]["forlaengelse"]
    got["ophoersaarsag"] = decision["varighed"]["ophoersaarsag"]
    return got


def _kh_r18(decision: dict) -> dict:
    """kh's figures and, month by month, the ansøger's 225-timersregel status (§ 13 f): whether the requirement
    applies, the months on hjælp in the 36 before, the hours in the 12 before, whether it is met."""
    got = kh(decision)
    t225 = []
    for m in decision["maaneder"]:
        for p in m["personer"]:
            t = p["timeregel_225"]
            if p["rolle"] == "ansoeger" and t is not None:
                timer = f"{Decimal(t['timer']).normalize():f}"
                t225.append((m["maaned"], t["krav_gaelder"], t["maaneder_paa_hjaelp"], timer, t["opfyldt"]))
    got["t225"] = t225
    for m in decision["maaneder"]:
        got[f"udbetalt_{m['maaned']}"] = m["udbetalt"]["beloeb"]
    return got


def _uger(fra: int, til: int, dage: int, beloeb: str, aar: int = 2026) -> list[tuple[str, int, str]]:
    return [(f"{aar}-W{u:02d}", dage, beloeb) for u in range(fra, til + 1)]


def _kh(maaned: str, beloeb: str) -> tuple:
    return (maaned, [("ansoeger", beloeb)], beloeb, "0.00", "0.00")


EXPECTED = {
    "s01_deltid_27_75t_under_timeloft_halv_oere_paaske": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-02", "2026-03-31"),
        ret_kommune=True,
        kommune_fra="2026-04-01",
        # 142,50 x 0,92 = 131,10 < 5.085/37; 27,75 x 131,10 = 3.638,025 -> 3.638,03 (half up)
        uger=W(("2026-W14", 1, "727.61"), ("2026-W15", 4, "2910.42"), *_uger(16, 19, 5, "3638.03"),
               ("2026-W20", 4, "2910.42")),
        i_alt="21100.57",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-05-15",
        jobafklaring=None,
    ),
    "s02_deltid_29_6t_over_timeloft": dict(
        ret_arbejdsgiver=True,
        AG=("2026-01-15", "2026-02-13"),
        ret_kommune=True,
        kommune_fra="2026-02-14",
        # 29,6 x 5.085/37 = 0,8 x 5.085 = 4.068,00 (the rounded 137,43 would give 4.067,93)
        uger=W(("2026-W08", 5, "4068.00"), ("2026-W09", 5, "4068.00"), ("2026-W10", 3, "2440.80")),
        i_alt="10576.80",
    ),
    "s03_gradvis_5_trin_3_5t_refusion": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        kommune_fra="2026-10-07",
        uger=[],
        i_alt="0.00",
        # 22,2 h: 3.051,00; 3,5 h (< 4): nothing; 14,8 h: 2.034,00; from Wed 4.11 7,4 h: 1.017,00
        refusion_betalte_uger=W(("2026-W41", 3, "1830.60"), ("2026-W42", 5, "3051.00"), ("2026-W44", 5, "2034.00"),
                                ("2026-W45", 5, "1423.80"), ("2026-W46", 5, "1017.00")),
        refusion="9356.40",
    ),
    "s04_74_timer_73_99_ingen_ag_kommune_fra_dag_1": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-06-01",
        uger=_uger(23, 28, 5, "1271.25"),  # 9,25 x 5.085/37 = 1.271,25
        i_alt="7627.50",
    ),
    "s05_74_timer_74_01_ag": dict(
        ret_arbejdsgiver=True,
        AG=("2026-06-01", "2026-06-30"),
        ret_kommune=True,
        kommune_fra="2026-07-01",
        uger=W(("2026-W27", 3, "762.75"), ("2026-W28", 5, "1271.25")),
        i_alt="2034.00",
    ),
    "s06_32_en_maaned_39_99_timer_ingen_ret_kommune": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-12-01"),
        ret_kommune=False,  # 279,99 h, but only 4 months with 40 h (September 39,99)
        kommune_fra=None,
        betalte_uger=[],
        i_alt="0.00",
    ),
    "s07_ledig_forlaengelse_nr6_og_nr5_lige_lange": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-01-19",
        i_alt="180000.00",  # 200 paid days x 900
        revurdering="2026-07-08",  # the 111th weekday counted from day 31 (4.2)
        forlaengelse="nr5_livstruende_sygdom",  # nr. 5 and nr. 6 extend equally long: the lowest number
        sidste_betalingsdag="2026-10-30",
        ophoersaarsag="FRAVAER_SLUT",
        jobafklaring=None,
    ),
    "k01_225_pausemaaned_i_arbejde_timer_taeller": {
        # 12.770 - (1.500 - 10 x 31,24) every month; no reduction
        "maaneder": [_kh(m, "11582.40") for m in ("2025-01", "2025-03", "2025-04", "2025-05", "2025-06")],
        # the pause month Feb 2025 is not a month on hjælp, and its 140 hours count
        "t225": [("2025-01", False, 10, "100", True), ("2025-03", False, 11, "250", True),
                 ("2025-04", True, 12, "250", True), ("2025-05", True, 13, "250", True),
                 ("2025-06", True, 14, "250", True)],
    },
    "k02_uddannelseshjaelp_aktivitetstillaeg_pausemaaned": {
        # § 23, stk. 2, nr. 8: 6.754 (2024) / 6.997 (2025); May 2025 + aktivitetstillæg § 24, stk. 3, nr. 5 1.234 on
        # either reading of § 24, stk. 1 (hjælp in Feb, Mar, Apr, and in 3 months in all). March and April: below.
        "udbetalt_2024-11": "6754.00",
        "udbetalt_2024-12": "6754.00",
        "udbetalt_2025-02": "6997.00",
        "udbetalt_2025-05": "8231.00",
    },
    "r01_pausemaaned_maj_forloeb_slutter_15_juli": {
        "maaneder": [("2026-04", "13345.00", "12145.00"), ("2026-06", "13345.00", "13345.00"),
                     ("2026-07", "6457.26", "5857.26")],
        "dage_uden_ydelse": 0,
    },
    "r02_forsoerger_pause_december_hen_over_nytaar": {
        "maaneder": [("2025-11", "16972.00", "16972.00"), ("2026-01", "17736.00", "11154.00")],
        "dage_uden_ydelse": 0,
    },
}


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], sygedagpenge=_sdp_r18, kontanthjaelp=_kh_r18)


# § 24, stk. 1: "Aktivitetstillægget kan tidligst ydes, når personen har modtaget uddannelseshjælp i 3 måneder"
# (LAW, danskelove.dk). By 1 March 2025 the person of k02 has received uddannelseshjælp in 3 months (Nov, Dec 2024,
# Feb 2025; January was a month in work): the tillæg is due from March. The reference asks for hjælp in each of the 3
# calendar months before (FT-KH-AKTIVITETSTILLAEG, "vores læsning") and pays it only from May. No source read speaks
# of a pause; the words count months received (the jurist's notes on disagreements).
PAUSE_AKTIVITETSTILLAEG = {
    "udbetalt_2025-03": "8231.00",
    "udbetalt_2025-04": "8231.00",
}


@pytest.mark.xfail(strict=True, reason="FT-KH-AKTIVITETSTILLAEG asks for hjælp in each of the 3 months before; "
                   "§ 24, stk. 1's words ask for 3 months with uddannelseshjælp (a pause month does not reset them)")
def test_aktivitetstillaeg_after_3_months_received_across_a_pause():
    agrees(SAGER, "k02_uddannelseshjaelp_aktivitetstillaeg_pausemaaned", PAUSE_AKTIVITETSTILLAEG,
           kontanthjaelp=_kh_r18)
