"""The reference against fourteen more cases a jurist computed by hand before running it (jurist round 14; the
arithmetic of each is in tests/reference/haandberegnet_r14/README.md), first where the bench had no hand-computed
case at all: sygedagpenge with a further employment (andre_ansaettelser) whose employer has a § 56 agreement
(refusion from the first day), is insured under § 55 (refusion from the second day, none for Kristi himmelfart and 2.
pinsedag), ends during the absence with and without its own arbejdsgiverperiode (the a-kasse's rate after it, § 51,
stk. 3), re-employs the person (§ 30, stk. 4), has an overenskomst of 34 hours (the § 50, stk. 1 hourly cap), or had
holiday hours in the 8 weeks (only work counts towards 74); then an agreed holiday during sickness and a § 56
agreement on the main job for a short absence over two helligdage, and a § 55-insured main employer who pays
sygedagpenge rather than salary; kontanthjælp's 225-timersregel with a reduction decided (recorded as an afgørelse
about "nedsaettelse") more than 12 months before the month computed, on the voksensats and on the lower amount, an
application in the middle of a month, and an enlig who moves in with a samlever. The expected values are the
jurist's, typed from the hand calculation (the jurist's notes), never from the reference's
output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference.test_haandberegnet_r11 import W, agrees, sdp

SAGER = Path(__file__).parent / "haandberegnet_r14" / "sager"


def _sdp_flere(decision: dict) -> dict:
    """sdp's figures; the weeks with a payment (a week of agreed holiday pays nothing); each further employment's
    arbejdsgiverperiode and its employer's refusion week by week with the total."""
    got = sdp(decision)
    got["betalte_uger"] = [u for u in got["uger"] if u[2] != "0.00"]
    got["andre_ag"] = [
        (a["id"], a["arbejdsgiverperiode"] and (a["arbejdsgiverperiode"]["fra"], a["arbejdsgiverperiode"]["til"]))
        for a in decision["andre_ansaettelser"]
    ]
    got["andre_refusion"] = {
        a["id"]: ([(r["uge"], r["dage"], r["beloeb"]) for r in a["refusion"]], a["refusion_i_alt"]["beloeb"])
        for a in decision["andre_ansaettelser"]
    }
    return got


def _uger(fra: int, til: int, dage: int, beloeb: str, aar: int = 2026) -> list[tuple[str, int, str]]:
    return [(f"{aar}-W{u:02d}", dage, beloeb) for u in range(fra, til + 1)]


EXPECTED = {
    "s01_bijob_aftale_56_refusion_fra_dag_1": dict(
        ret_arbejdsgiver=True,
        AG=("2026-10-05", "2026-11-03"),
        ret_kommune=True,
        kommune_fra="2026-11-04",
        andre_ag=[("bijob", ("2026-10-05", "2026-11-03"))],
        uger=W(("2026-W45", 3, "1656.00"), ("2026-W46", 5, "2760.00")),
        i_alt="4416.00",
        refusion="0.00",
        andre_refusion={"bijob": (_uger(41, 46, 5, "1435.20"), "8611.20")},  # § 56: from the first day
    ),
    "s02_bijob_forsikret_55_kristi_himmelfart_pinse": dict(
        ret_arbejdsgiver=True,
        AG=("2026-05-04", "2026-05-29"),
        andre_ag=[("rengoering", ("2026-05-04", "2026-05-29"))],
        uger=[],
        i_alt="0.00",
        refusion="0.00",
        andre_refusion={
            "rengoering": (
                W(("2026-W19", 4, "993.60"), ("2026-W20", 4, "993.60"), ("2026-W21", 5, "1242.00"),
                  ("2026-W22", 4, "993.60")),
                "4222.80",
            )
        },
    ),
    "s03_bijob_ophoerer_akasse_uden_ag": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        kommune_fra="2026-10-07",
        andre=[("vikarjob", None, "2026-09-07")],
        uger=W(
            ("2026-W37", 5, "901.60"),
            ("2026-W38", 5, "901.60"),
            ("2026-W39", 5, "901.60"),
            ("2026-W40", 5, "950.00"),  # after the last day of employment 25.9: 5 x 190,00 (§ 51, stk. 3)
            ("2026-W41", 5, "3102.80"),
            ("2026-W42", 5, "4538.00"),
            ("2026-W43", 5, "4538.00"),
        ),
        i_alt="15833.60",
    ),
    "s04_bijob_genansat_samme_arbejdsgiver": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        kommune_fra="2026-10-07",
        andre=[("saesonjob", ("2026-09-07", "2026-10-06"), "2026-10-07")],  # § 30, stk. 4: an AG after 21 days
        uger=W(("2026-W41", 3, "2583.36"), ("2026-W42", 5, "4305.60"), ("2026-W43", 5, "4305.60")),
        i_alt="11194.56",
    ),
    "s05_bijob_overenskomst_34_timer": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-12-01"),
        ret_kommune=True,
        kommune_fra="2026-12-02",
        andre=[("undervisning", None, "2026-11-02")],
        uger=_uger(45, 48, 5, "897.35") + [("2026-W49", 5, "3215.75")],  # 6 x 5.085/34
        i_alt="6805.15",
    ),
    "s06_bijob_ferietimer_under_74_refusion_fra_dag_1": dict(
        ret_arbejdsgiver=True,
        AG=("2026-10-05", "2026-10-30"),
        andre=[("weekendjob", None, "2026-10-05")],  # 72 h of work + 24 h ferie: § 30 not met
        uger=[],
        i_alt="0.00",
        refusion="0.00",
        andre_refusion={"weekendjob": (_uger(41, 44, 5, "1380.00"), "5520.00")},
    ),
    "s07_aftalt_ferie_under_sygdom_juli": dict(
        ret_arbejdsgiver=True,
        AG=("2026-06-01", "2026-06-30"),
        ret_kommune=True,
        kommune_fra="2026-07-01",
        betalte_uger=W(
            ("2026-W27", 3, "2859.36"), ("2026-W28", 5, "4765.60"), ("2026-W30", 5, "4765.60"), ("2026-W31", 5, "4765.60")
        ),
        i_alt="17156.16",
    ),
    "s08_hovedjob_aftale_56_kort_fravaer_helligdage": dict(
        ret_arbejdsgiver=True,
        AG=("2026-05-13", "2026-05-26"),
        uger=[],
        i_alt="0.00",
        refusion_uger=W(("2026-W20", 2, "2034.00"), ("2026-W21", 5, "5085.00"), ("2026-W22", 1, "1017.00")),
        refusion="8136.00",
    ),
    "s09_bijob_ophoerer_i_egen_ag_akasse": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        kommune_fra="2026-10-07",
        andre=[("butik", ("2026-09-07", "2026-09-18"), "2026-09-19")],  # the AG ends with the employment
        uger=W(("2026-W39", 5, "1150.00"), ("2026-W40", 5, "1150.00"), ("2026-W41", 5, "3137.20"), ("2026-W42", 5, "4462.00")),
        i_alt="9899.20",
    ),
    "s10_hovedjob_forsikret_55_betaler_sygedagpenge_ikke_loen": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-11-27"),
        uger=[],
        i_alt="0.00",
        # § 55 covers the sygedagpenge the employer pays from the 2nd fraværsdag, Tue 3.11
        refusion_uger=W(("2026-W45", 4, "3267.84"), *_uger(46, 48, 5, "4084.80")),
        refusion="15522.24",
    ),
    "k01_225_nedsat_for_over_12_maaneder_siden_voksensats": {
        "maaneder": [
            ("2024-02", [("ansoeger", "11201.00")], "11201.00", "0.00", "0.00"),
            ("2024-03", [("ansoeger", "1619.00")], "1619.00", "0.00", "0.00"),
            *[(f"2024-{m:02d}", [("ansoeger", "11201.00")], "11201.00", "0.00", "0.00") for m in range(4, 13)],
            ("2025-01", [("ansoeger", "11604.00")], "11604.00", "0.00", "0.00"),
            ("2025-02", [("ansoeger", "7272.20")], "7272.20", "0.00", "0.00"),
            ("2025-03", [("ansoeger", "7272.20")], "7272.20", "0.00", "0.00"),
            # 110 h in Apr 2024 - Mar 2025: still reduced (230 h since the reduction do not count beyond 12 months)
            ("2025-04", [("ansoeger", "11604.00")], "11604.00", "0.00", "0.00"),
        ]
    },
    "k02_225_lav_nedsaettelse_genvundet_efter_14_maaneder": {
        "maaneder": [
            ("2024-03", [("ansoeger", "7384.00")], "7384.00", "0.00", "0.00"),
            ("2024-04", [("ansoeger", "7384.00")], "7384.00", "0.00", "0.00"),
            ("2024-05", [("ansoeger", "645.25")], "645.25", "0.00", "0.00"),
            *[(f"2024-{m:02d}", [("ansoeger", "7384.00")], "7384.00", "0.00", "0.00") for m in range(6, 13)],
            ("2025-01", [("ansoeger", "7650.00")], "7650.00", "0.00", "0.00"),
            ("2025-02", [("ansoeger", "7650.00")], "7650.00", "0.00", "0.00"),
            ("2025-03", [("ansoeger", "993.00")], "993.00", "0.00", "0.00"),
            ("2025-04", [("ansoeger", "993.00")], "993.00", "0.00", "0.00"),
            # May 2024 - Apr 2025: 75 + 75 + 75 = 225 h, all after the reduction: full hjælp again
            ("2025-05", [("ansoeger", "8231.00")], "8231.00", "0.00", "0.00"),
        ]
    },
    "k03_ansoegning_midt_i_marts_2026": {
        "maaneder": [
            ("2026-03", [("ansoeger", "9161.94")], "9161.94", "0.00", "0.00"),
            ("2026-04", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00"),
        ]
    },
    "k04_enlig_flytter_sammen_med_samlever_15_april": {
        "maaneder": [
            ("2026-04", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00"),
            ("2026-05", [("ansoeger", "13060.00"), ("aegtefaelle", "0.00")], "13060.00", "0.00", "0.00"),
        ]
    },
}


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], sygedagpenge=_sdp_flere)
