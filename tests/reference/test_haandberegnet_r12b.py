"""The reference against fifteen more cases a jurist computed by hand before running it (jurist round 12b; the
arithmetic of each is in tests/reference/haandberegnet_r12b/README.md), in busy areas rounds 10-12 did not cover:
sygedagpenge for selvstændige insured from the 3rd day with a grundlag between the § 45 minimum and the maximum,
uninsured with a grundlag over the maximum, and without the 6 months' beskæftigelseskrav; an employee whose last 8
weeks hold ferie and sygdom but under 74 hours of work (no arbejdsgiverperiode, the kommune from day 1); a nyuddannet
under § 32, stk. 1, nr. 3, and one whose education ended more than a month before; kontanthjælp with § 32's cap on the
feriegodtgørelse binding, særlig støtte and boligstøtte after the loft was abolished, the loft's stk. 3 for
uddannelseshjælp, uddannelseshjælp for a hjemmeboende with wages, and a spouse who does not apply under the old and
the new law; ressourceforløbsydelse with wages over the lønindtægtsgrænse and other income, across the 2025/26 rate
change, and for a forsørger in 2025. The expected values are the jurist's, typed from the hand calculation
(the jurist's notes), never from the reference's output."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference.test_haandberegnet import kh
from tests.reference.test_haandberegnet_r11 import W, agrees

SAGER = Path(__file__).parent / "haandberegnet_r12b" / "sager"


def kh_detaljer(o: dict) -> dict:
    """Round 10's kontanthjælp fields, plus every person's fradrag rows and the støtte reductions."""
    return {
        **kh(o),
        "fradrag": [(m["maaned"], p["rolle"], f["art"], f["beloeb"]) for m in o["maaneder"] for p in m["personer"]
                    for f in p["fradrag"]],
        "nedsat": [(m["maaned"], m["saerlig_stoette"]["nedsaettelse"], m["boligstoette"]["nedsaettelse"])
                   for m in o["maaneder"]],
    }


INGEN_RET = dict(ret_arbejdsgiver=False, AG=None, ret_kommune=False, kommune_fra=None, uger=[], i_alt="0.00",
                 refusion="0.00", sidste_betalingsdag=None, jobafklaring=None)

EXPECTED = {
    "s01_selvst_forsikret_dag3_grundlag_mellem_min_og_max": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-09-09",
        uger=W(("2026-W37", 3, "2520.00"), ("2026-W38", 5, "4200.00"), ("2026-W39", 5, "4200.00")),
        i_alt="10920.00",
        revurdering=None,
        sidste_betalingsdag="2026-09-25",
        jobafklaring=None,
    ),
    "s02_selvst_uforsikret_grundlag_over_max": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-11-16",
        uger=W(("2026-W47", 5, "5085.00"), ("2026-W48", 5, "5085.00"), ("2026-W49", 5, "5085.00")),
        i_alt="15255.00",
        sidste_betalingsdag="2026-12-04",
    ),
    "s03_selvst_kun_5_maaneder_ingen_ret": INGEN_RET,
    "s04_8_uger_70_arbejdstimer_ferie_sygdom_ingen_ag": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-09-07",
        uger=W(("2026-W37", 5, "4765.60"), ("2026-W38", 5, "4765.60"), ("2026-W39", 5, "4765.60")),
        i_alt="14296.80",
        refusion="0.00",
    ),
    "s05_nyuddannet_32_nr3_kommune_dag1": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-09-07",
        uger=W(("2026-W37", 5, "5085.00"), ("2026-W38", 5, "5085.00"), ("2026-W39", 5, "5085.00")),
        i_alt="15255.00",
    ),
    "s06_uddannelse_afsluttet_over_en_maaned_foer_ingen_ret": INGEN_RET,
    "k01_ferie_loft_binder_grundsats_feb2026": {
        "maaneder": [("2026-02", [("ansoeger", "4335.00")], "4335.00", "0.00", "0.00")],
        "fradrag": [("2026-02", "ansoeger", "feriegodtgoerelse", "4335.00")],
    },
    "k02_stoette_efter_loftets_ophaevelse_aug2025": {
        "maaneder": [("2025-08", [("ansoeger", "13590.00")], "13590.00", "1500.00", "3000.00")],
        "nedsat": [("2025-08", "0.00", "0.00")],
    },
    "k03_uddannelseshjaelp_udeboende_loft_stk3_mar2025": {
        "maaneder": [("2025-03", [("ansoeger", "6997.00")], "6997.00", "861.00", "3500.00")],
        "nedsat": [("2025-03", "139.00", "0.00")],
    },
    "k04_gift_aegtefaelle_soeger_ikke_gammel_lov_mar2025": {
        "maaneder": [("2025-03", [("ansoeger", "6518.80"), ("aegtefaelle", "0.00")], "6518.80", "0.00", "0.00")],
        "fradrag": [("2025-03", "ansoeger", "aegtefaelles_indtaegt", "6251.20"),
                    ("2025-03", "aegtefaelle", "arbejdsindtaegt", "6251.20")],
    },
    "k05_uddannelseshjaelp_hjemmeboende_loen_feb2025": {
        "maaneder": [("2025-02", [("ansoeger", "1889.88")], "1889.88", "0.00", "0.00")],
        "fradrag": [("2025-02", "ansoeger", "arbejdsindtaegt", "1125.12")],
    },
    "k06_gift_aegtefaelle_soeger_ikke_ny_lov_30000_apr2026": {
        "maaneder": [("2026-04", [("ansoeger", "0.00"), ("aegtefaelle", "0.00")], "0.00", "0.00", "0.00")],
        "fradrag": [("2026-04", "ansoeger", "aegtefaelles_indtaegt", "13060.00"),
                    ("2026-04", "aegtefaelle", "arbejdsindtaegt", "17740.45")],
    },
    "r01_ikke_forsoerger_loen_over_graensen_og_anden_jun2026": {
        "maaneder": [("2026-06", "13345.00", "6313.00")], "dage_uden_ydelse": 0},
    "r02_ikke_forsoerger_satsskift_dec2025_jan2026": {
        "maaneder": [("2025-12", "12770.00", "11870.00"), ("2026-01", "13345.00", "12445.00")], "dage_uden_ydelse": 0},
    "r03_forsoerger_loen_over_graensen_okt2025": {
        "maaneder": [("2025-10", "16972.00", "11849.75")], "dage_uden_ydelse": 0},
}


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], kontanthjaelp=kh_detaljer)
