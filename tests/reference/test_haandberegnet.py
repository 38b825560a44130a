"""The reference against thirty cases a jurist computed by hand before running it (jurist round 10; the arithmetic of
each is in tests/reference/haandberegnet/README.md): sygedagpenge across the 2025→2026 rate change, søgnehelligdage,
the employer period's boundaries (day 30 and 31; 74 and 73,5 hours), the kommune's 240-hour/40-hour test, the
selvstændige's waiting periods, the 22-week revurdering; kontanthjælp for singles and couples, the 65 % fradrag
and its cap, the 225-hour rule, særlig støtte and boligstøtte under the loft; ressourceforløbsydelse. The expected
values are the jurist's, typed from the hand calculation, never from the reference's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.reference import calculate

SAGER = Path(__file__).parent / "haandberegnet" / "sager"


def sdp(o: dict) -> dict:
    return {
        "ret_arbejdsgiver": o["ret_arbejdsgiver"]["ret"],
        "AG": o["arbejdsgiverperiode"] and (o["arbejdsgiverperiode"]["fra"], o["arbejdsgiverperiode"]["til"]),
        "ret_kommune": o["ret_kommune"]["ret"],
        "kommune_fra": o["kommune_betaler_fra"] and o["kommune_betaler_fra"]["dato"],
        "uger": [(u["uge"], u["dage"], u["beloeb"]) for u in o["udbetalinger"]],
        "i_alt": o["udbetalt_i_alt"]["beloeb"],
        "refusion": o["refusion_i_alt"]["beloeb"],
        "revurdering": o["varighed"]["revurderingstidspunkt"],
        "sidste_betalingsdag": o["varighed"]["sidste_betalingsdag"],
        "jobafklaring": o["varighed"]["jobafklaring_fra"],
    }


def kh(o: dict) -> dict:
    return {
        "maaneder": [
            (
                m["maaned"],
                [(p["rolle"], p["hjaelp"]["beloeb"]) for p in m["personer"]],
                m["udbetalt"]["beloeb"],
                m["saerlig_stoette"]["efter"],
                m["boligstoette"]["efter"],
            )
            for m in o["maaneder"]
        ]
    }


def rfy(o: dict) -> dict:
    return {
        "maaneder": [(m["maaned"], m["grundbeloeb"]["beloeb"], m["udbetalt"]["beloeb"]) for m in o["maaneder"]],
        "dage_uden_ydelse": o["overgang"]["dage_uden_ydelse"],
    }


def W(*rows):
    return [(w, d, b) for w, d, b in rows]


EXPECTED = {
    "s01_timeloen_28t_loft_aarsskifte": dict(
        ret_arbejdsgiver=True,
        AG=("2025-11-24", "2025-12-23"),
        ret_kommune=True,
        kommune_fra="2025-12-24",
        uger=W(
            ("2025-W52", 1, "736.32"),
            ("2026-W01", 4, "2945.30"),
            ("2026-W02", 5, "3848.11"),
            ("2026-W03", 5, "3848.11"),
        ),
        i_alt="11377.84",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-01-16",
        jobafklaring=None,
    ),
    "s02_delvis_20t_aarsskifte_jul": dict(
        ret_arbejdsgiver=True,
        AG=("2025-11-17", "2025-12-16"),
        ret_kommune=True,
        kommune_fra="2025-12-17",
        uger=W(
            ("2025-W51", 3, "1577.84"),
            ("2025-W52", 3, "1577.84"),
            ("2026-W01", 4, "2103.78"),
            ("2026-W02", 5, "2748.65"),
            ("2026-W03", 5, "2748.65"),
        ),
        i_alt="10756.76",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-01-16",
        jobafklaring=None,
    ),
    "s03_ledig_paaske_2026": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-04-03",
        uger=W(("2026-W15", 4, "3400.00"), ("2026-W16", 5, "4250.00"), ("2026-W17", 5, "4250.00")),
        i_alt="11900.00",
        refusion="0.00",
        sidste_betalingsdag="2026-04-24",
    ),
    "s04_ag_slutter_dag_30": dict(
        ret_arbejdsgiver=True, AG=("2026-03-02", "2026-03-31"), uger=[], i_alt="0.00", refusion="0.00"
    ),
    "s05_ag_dag_31_en_dag": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-02", "2026-03-31"),
        ret_kommune=True,
        kommune_fra="2026-04-01",
        uger=W(("2026-W14", 1, "566.72")),
        i_alt="566.72",
    ),
    "s06_selvst_forsikret_dag1_aarsskifte": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2025-12-15",
        uger=W(
            ("2025-W51", 5, "4865.00"),
            ("2025-W52", 3, "2919.00"),
            ("2026-W01", 4, "3892.00"),
            ("2026-W02", 5, "5085.00"),
            ("2026-W03", 5, "5085.00"),
        ),
        i_alt="21846.00",
    ),
    "s07_selvst_uforsikret_karens_lavt_grundlag": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-01-21",
        uger=W(
            ("2026-W04", 3, "1800.00"),
            ("2026-W05", 5, "3000.00"),
            ("2026-W06", 5, "3000.00"),
            ("2026-W07", 5, "3000.00"),
        ),
        i_alt="10800.00",
    ),
    "s08_nyansat_38t_maaned_ingen_ret": dict(
        ret_arbejdsgiver=False, AG=None, ret_kommune=False, kommune_fra=None, uger=[], i_alt="0.00"
    ),
    "s09_nyansat_40t_maaned_ret_fra_dag1": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-10-05",
        uger=W(("2026-W41", 5, "2980.80"), ("2026-W42", 5, "2980.80"), ("2026-W43", 5, "2980.80")),
        i_alt="8942.40",
    ),
    "s10_74t_praecis_240t_praecis_jul2026": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-30", "2026-12-29"),
        ret_kommune=True,
        kommune_fra="2026-12-30",
        uger=W(("2026-W53", 2, "442.52")),
        i_alt="442.52",
    ),
    "s11_73_5t_ingen_ag_kommune_dag1": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-11-02",
        uger=W(*[(f"2026-W{w}", 5, "1106.30") for w in (45, 46, 47, 48)]),
        i_alt="4425.20",
    ),
    "s12_22uger_forlaenget_nr1_timeloen": dict(
        AG=("2026-01-05", "2026-02-03"),
        kommune_fra="2026-02-04",
        i_alt="155023.68",
        revurdering="2026-07-08",
        sidste_betalingsdag="2026-10-30",
        jobafklaring=None,
    ),
    "s13_selvst_forsikret_dag3_paaske_minimum": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-04-08",
        uger=W(("2026-W15", 3, "2034.00"), ("2026-W16", 5, "3390.00"), ("2026-W17", 5, "3390.00")),
        i_alt="8814.00",
    ),
    "k01_enlig_45_dec2025_jan2026_loen_9000": {
        "maaneder": [
            ("2025-12", [("ansoeger", "9423.50")], "9423.50", "0.00", "0.00"),
            ("2026-01", [("ansoeger", "10110.55")], "10110.55", "0.00", "0.00"),
        ]
    },
    "k02_enlig_32_loen_18000_loft_100pct": {
        "maaneder": [("2026-02", [("ansoeger", "4041.00")], "4041.00", "0.00", "0.00")]
    },
    "k03_27_aktivitetsparat_grundsats_loft_85pct": {
        "maaneder": [("2026-03", [("ansoeger", "6734.85")], "6734.85", "0.00", "0.00")]
    },
    "k04_gift_aegtefaelle_soeger_ikke_loen_8000": {
        "maaneder": [("2026-05", [("ansoeger", "9619.55"), ("aegtefaelle", "0.00")], "9619.55", "0.00", "0.00")]
    },
    "k05_enlig_forsoerger_mindstesats_2_boern": {
        "maaneder": [("2026-02", [("ansoeger", "11333.45")], "11333.45", "0.00", "0.00")]
    },
    "k06_gift_begge_mindstesats_1_barn_okt2025": {
        "maaneder": [("2025-10", [("ansoeger", "8390.00"), ("aegtefaelle", "9573.00")], "17963.00", "0.00", "0.00")]
    },
    "k07_gift_225_aegtefaelle_opfylder_ikke": {
        "maaneder": [
            ("2025-04", [("ansoeger", "12770.00"), ("aegtefaelle", "12770.00")], "25540.00", "0.00", "0.00"),
            ("2025-05", [("ansoeger", "12770.00"), ("aegtefaelle", "0.00")], "12770.00", "0.00", "0.00"),
        ]
    },
    "k08_gift_forsoerger_loft_saerlig_stoette_3_voksne": {
        "maaneder": [
            ("2025-05", [("ansoeger", "16972.00"), ("aegtefaelle", "16972.00")], "33944.00", "0.00", "1500.00")
        ]
    },
    "k09_enlig_31_barn_foedt_februar": {
        "maaneder": [
            ("2026-02", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00"),
            ("2026-03", [("ansoeger", "15969.00")], "15969.00", "0.00", "0.00"),
        ]
    },
    "k10_enlig_24_aktivitetsparat_okt2025_jan2026": {
        "maaneder": [
            ("2025-10", [("ansoeger", "9333.00")], "9333.00", "0.00", "0.00"),
            ("2026-01", [("ansoeger", "9371.45")], "9371.45", "0.00", "0.00"),
        ]
    },
    "k11_enlig_50_anden_indtaegt_og_loen": {
        "maaneder": [("2026-04", [("ansoeger", "11360.55")], "11360.55", "0.00", "0.00")]
    },
    "k12_enlig_40_loen_uden_timer_marts2025": {
        "maaneder": [("2025-03", [("ansoeger", "10087.09")], "10087.09", "0.00", "0.00")]
    },
    "k13_fylder_30_midt_i_marts_ungetillaeg_ophoerer": {
        "maaneder": [
            ("2026-03", [("ansoeger", "11377.00")], "11377.00", "0.00", "0.00"),
            ("2026-04", [("ansoeger", "14201.00")], "14201.00", "0.00", "0.00"),
        ]
    },
    "r01_ikke_forsoerger_loen_over_graensen": {"maaneder": [("2026-09", "13345.00", "6763.00")], "dage_uden_ydelse": 0},
    "r02_forsoerger_forloeb_slutter_17_juni": {
        "maaneder": [("2026-05", "17736.00", "17736.00"), ("2026-06", "10050.40", "9150.40")],
        "dage_uden_ydelse": 0,
    },
    "r03_ikke_forsoerger_loen_ferie_anden": {"maaneder": [("2026-08", "13345.00", "10245.00")], "dage_uden_ydelse": 0},
    "r04_forsoerger_aegtefaelle_formue_gammelt_job": {
        "maaneder": [("2026-10", "17736.00", "15236.00")],
        "dage_uden_ydelse": 0,
    },
}


def _plain(value: object) -> object:
    return json.loads(json.dumps(value))


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    decision = calculate(json.loads((SAGER / f"{navn}.json").read_text(encoding="utf-8")))
    got = {"sygedagpenge": sdp, "kontanthjaelp": kh, "ressourceforloebsydelse": rfy}[decision["ydelse"]](decision)
    for field, expected in EXPECTED[navn].items():
        assert _plain(got[field]) == _plain(expected), f"{navn}: {field}"
