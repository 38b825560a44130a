"""The reference against sixteen more cases a jurist computed by hand before running it (jurist round 13; the
arithmetic of each is in tests/reference/haandberegnet_r13/README.md), in busy situations rounds 10-12b did not cover:
sygedagpenge with the employer's anmeldelse one day after the 5-week deadline (extended past 2. påskedag) and on the
extended deadline (§ 59, stk. 3), the citizen's late § 38 anmodning after the underretningsbrev with and without
undskyldende forhold, fleksjob with 3 hours' partial absence and no arbejdsgiverperiode, gradvis tilbagevenden at
exactly 4 and at 3,5 hours a week (§ 53's minimum), an employee who goes home sick the day before Easter (the first
whole fraværsdag after the helligdage), an elev who meets § 32 only through nr. 4; kontanthjælp in 2026 for a
married couple both on forhøjet sats with wages, a child's 18th birthday ending the børnetillæg, the særlige
ungetillæg with wages, formue exactly at the limit, a month with ferie and wages, and a couple on forhøjet sats and
grundsats; ressourceforløbsydelse for a forsørger with wages and feriegodtgørelse (the spouse's income and formue
ignored), and a forløb ending mid-month. The expected values are the jurist's, typed from the hand calculation
(the jurist's notes), never from the reference's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference.test_haandberegnet_r11 import W, agrees, sdp

SAGER = Path(__file__).parent / "haandberegnet_r13" / "sager"


def _sdp_betalte(decision: dict) -> dict:
    """sdp's figures; the weeks with a payment (a week in a period under § 53's 4 hours pays nothing); and the deadline
    of §§ 38, 40, stk. 1, and 59, stk. 3 with whether it was met (None when the decision has no such deadline)."""
    got = sdp(decision)
    got["betalte_uger"] = [u for u in got["uger"] if u[2] != "0.00"]
    frister = {f["hjemmel"]: (f["frist"], f["overholdt"]) for f in decision["frister"]}
    got["frist_38"] = frister.get("sygedagpengeloven § 38")
    got["frist_40_1"] = frister.get("sygedagpengeloven § 40, stk. 1")
    got["frist_59_3"] = frister.get("sygedagpengeloven § 59, stk. 3")
    return got


EXPECTED = {
    "s01_anmeldelse_for_sent_refusion_fra_anmeldelse": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-02", "2026-03-31"),
        ret_kommune=True,
        uger=[],
        i_alt="0.00",
        refusion_uger=W(("2026-W15", 3, "3051.00"), ("2026-W16", 5, "5085.00")),
        refusion="8136.00",
        frist_59_3=("2026-04-07", False),  # 5 weeks = Mon 6.4, 2. påskedag: extended to Tue 7.4
    ),
    "s02_anmeldelse_paa_forlaenget_frist_efter_paaske": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-02", "2026-03-31"),
        ret_kommune=True,
        kommune_fra="2026-04-01",
        uger=[],
        i_alt="0.00",
        refusion_uger=W(("2026-W14", 1, "1017.00"), ("2026-W15", 4, "4068.00"), ("2026-W16", 5, "5085.00")),
        refusion="10170.00",
        frist_40_1=("2026-04-07", True),
    ),
    "s03_38_anmodning_for_sent_efter_underretningsbrev": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        uger=W(("2026-W42", 3, "2655.12"), ("2026-W43", 5, "4425.20"), ("2026-W44", 5, "4425.20")),
        i_alt="11505.52",
        refusion="0.00",
        frist_38=("2026-10-12", False),  # letter Fri 2.10 + 8 days = Sat 10.10: extended to Mon 12.10
    ),
    "s04_38_for_sent_men_undskyldende_forhold": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        ret_kommune=True,
        kommune_fra="2026-10-07",
        uger=W(
            ("2026-W41", 3, "2655.12"),
            ("2026-W42", 5, "4425.20"),
            ("2026-W43", 5, "4425.20"),
            ("2026-W44", 5, "4425.20"),
        ),
        i_alt="15930.72",
    ),
    "s05_fleksjob_delvis_3_timer_ingen_ag": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-10-05",
        uger=W(("2026-W41", 5, "386.40"), ("2026-W42", 5, "386.40"), ("2026-W43", 5, "386.40"), ("2026-W44", 5, "386.40")),
        i_alt="1545.60",
        refusion="0.00",
    ),
    "s06_gradvis_4_timer_og_3_5_timer": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-12-01"),
        ret_kommune=True,
        kommune_fra="2026-12-02",
        betalte_uger=W(("2026-W49", 3, "3051.00"), ("2026-W50", 5, "549.73")),
        i_alt="3600.73",
    ),
    "s07_syg_hjem_onsdag_foer_paaske": dict(
        ret_arbejdsgiver=True,
        AG=("2026-04-07", "2026-05-06"),
        ret_kommune=True,
        kommune_fra="2026-05-07",
        uger=W(("2026-W19", 2, "1702.00"), ("2026-W20", 4, "3404.00"), ("2026-W21", 5, "4255.00"), ("2026-W22", 4, "3404.00")),
        i_alt="12765.00",
    ),
    "s08_elev_3_maaneder_32_nr4": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-12-01"),
        ret_kommune=True,
        kommune_fra="2026-12-02",
        uger=W(("2026-W49", 3, "1838.16"), ("2026-W50", 5, "3063.60"), ("2026-W51", 5, "3063.60")),
        i_alt="7965.36",
    ),
    "k01_gift_begge_forhoejet_begge_loen_mar2026": {
        "maaneder": [("2026-03", [("ansoeger", "10919.55"), ("aegtefaelle", "12869.55")], "23789.10", "0.00", "0.00")]
    },
    "k02_barn_fylder_18_i_april_2026": {
        "maaneder": [
            ("2026-04", [("ansoeger", "15969.00")], "15969.00", "0.00", "0.00"),
            ("2026-05", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00"),
        ]
    },
    "k03_saerligt_ungetillaeg_27_aktivitetsparat_loen": {
        "maaneder": [("2026-03", [("ansoeger", "10345.45")], "10345.45", "0.00", "0.00")]
    },
    "k04_formue_praecis_graensen": {"maaneder": [("2026-02", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00")]},
    "k05_ferie_og_loen_juni2026": {"maaneder": [("2026-06", [("ansoeger", "11360.55")], "11360.55", "0.00", "0.00")]},
    "k06_gift_forhoejet_og_grundsats_aegtefaelle_loen": {
        "maaneder": [("2026-04", [("ansoeger", "13060.00"), ("aegtefaelle", "5197.45")], "18257.45", "0.00", "0.00")]
    },
    "r01_forsoerger_loen_ferie_aegtefaelle_formue": {"maaneder": [("2026-06", "17736.00", "15486.00")], "dage_uden_ydelse": 0},
    "r02_ikke_forsoerger_forloeb_slutter_12_juni": {
        "maaneder": [("2026-05", "13345.00", "12345.00"), ("2026-06", "5338.00", "4738.00")],
        "dage_uden_ydelse": 0,
    },
}


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], sygedagpenge=_sdp_betalte)
