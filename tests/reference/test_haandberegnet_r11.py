"""The reference against thirty more cases a jurist computed by hand before running it (jurist round 11; the
arithmetic of each is in tests/reference/haandberegnet_r11/README.md): sygedagpenge for two employments over
Easter and with an employer's refusion under the one weekly maximum (§ 50, stk. 2-3), gradvis return across the
year end, the 22-week revurdering on either side of a month's end, forlængelse nr. 2-5 and the jobafklaringsforløb
after nr. 2 runs out, selvstændige's minimum and the 3/4 for partial work, an employment ending with a-kasse;
kontanthjælp for couples and samlevende, several kinds of income, the old law's § 31 timefradrag, the loft over
særlig støtte and boligstøtte, the 225-hour reduction; ressourceforløbsydelse across the lønindtægtsgrænse and an
age or a child's 18th birthday. The expected values are the jurist's, typed from the hand calculation (with the
jurist's own corrections and the lead's resolution of the three disagreements, README), never from the
reference's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.reference import calculate
from tests.reference.test_haandberegnet import kh, rfy
from tests.reference.test_haandberegnet import sdp as _sdp

SAGER = Path(__file__).parent / "haandberegnet_r11" / "sager"


def sdp(o: dict) -> dict:
    """Round 10's fields (its jobafklaring was only ever compared with None; here it is the date), and what two cases
    of several employments need: each other employment's arbejdsgiverperiode and first day the kommune pays; the
    employer's refusion week by week."""
    job = o["varighed"]["jobafklaring_fra"]
    return {
        **_sdp(o),
        "jobafklaring": job and job["dato"],
        "andre": [
            (
                a["id"],
                a["arbejdsgiverperiode"] and (a["arbejdsgiverperiode"]["fra"], a["arbejdsgiverperiode"]["til"]),
                a["kommune_betaler_fra"] and a["kommune_betaler_fra"]["dato"],
            )
            for a in o["andre_ansaettelser"]
        ],
        "refusion_uger": [(r["uge"], r["dage"], r["beloeb"]) for r in o["refusion"]],
    }


def W(*rows):
    return [(w, d, b) for w, d, b in rows]


EXPECTED = {
    "s01_to_arbejdsgivere_paaske_samlet_loft": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-02", "2026-03-31"),
        ret_kommune=True,
        kommune_fra="2026-04-01",
        andre=[("weekendjob", None, "2026-03-02")],
        uger=W(
            ("2026-W10", 5, "1545.60"),
            ("2026-W11", 5, "1545.60"),
            ("2026-W12", 5, "1545.60"),
            ("2026-W13", 5, "1545.60"),
            ("2026-W14", 3, "1635.24"),
            ("2026-W15", 4, "4068.00"),
            ("2026-W16", 5, "5085.00"),
            ("2026-W17", 5, "5085.00"),
        ),
        i_alt="22055.64",
    ),
    "s02_gradvis_20t_hen_over_nytaar": dict(
        ret_arbejdsgiver=True,
        AG=("2025-11-17", "2025-12-16"),
        ret_kommune=True,
        kommune_fra="2025-12-17",
        uger=W(
            ("2025-W51", 3, "2919.00"),
            ("2025-W52", 3, "2919.00"),
            ("2026-W01", 4, "2997.89"),
            ("2026-W02", 5, "2748.65"),
            ("2026-W03", 5, "2748.65"),
            ("2026-W04", 5, "2748.65"),
            ("2026-W05", 5, "2748.65"),
        ),
        i_alt="19830.49",
    ),
    "s03_ledig_jul_nytaar": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2025-12-29",
        uger=W(
            ("2026-W01", 4, "3400.00"),
            ("2026-W02", 5, "4250.00"),
            ("2026-W03", 5, "4250.00"),
            ("2026-W04", 5, "4250.00"),
        ),
        i_alt="16150.00",
    ),
    "s04_22uger_111_dag_31juli": dict(
        kommune_fra="2026-02-27",
        i_alt="107802.00",
        revurdering="2026-07-31",
        sidste_betalingsdag="2026-07-31",
        jobafklaring="2026-08-01",
    ),
    "s05_22uger_110_dag_31juli": dict(
        i_alt="128142.00",
        revurdering="2026-08-03",
        sidste_betalingsdag="2026-08-31",
        jobafklaring="2026-09-01",
    ),
    "s06_forlaenget_nr2_69_uger_slut": dict(
        kommune_fra="2024-12-04",
        i_alt="328758.32",
        revurdering="2025-05-07",
        sidste_betalingsdag="2026-09-01",
        jobafklaring="2026-09-02",
    ),
    "s07_selvst_uforsikret_lav_22uger_nr5": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-02-16",
        i_alt="64800.00",
        revurdering="2026-07-20",
        sidste_betalingsdag="2026-10-30",
        jobafklaring=None,
    ),
    "s08_selvst_forsikret_dag3_jul_minimum": dict(
        AG=None,
        ret_kommune=True,
        kommune_fra="2025-12-29",
        uger=W(
            ("2026-W01", 4, "2594.40"),
            ("2026-W02", 5, "3390.00"),
            ("2026-W03", 5, "3390.00"),
            ("2026-W04", 5, "3390.00"),
        ),
        i_alt="12764.40",
    ),
    "s09_selvst_forsikret_delvis_tre_fjerdedele_minimum": dict(
        AG=None,
        ret_kommune=True,
        uger=W(
            ("2026-W19", 5, "2542.50"),
            ("2026-W20", 4, "2034.00"),
            ("2026-W21", 5, "2542.50"),
            ("2026-W22", 4, "2034.00"),
        ),
        i_alt="9153.00",
    ),
    "s10_varierende_timer_gennemsnit": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-09", "2026-04-07"),
        ret_kommune=True,
        kommune_fra="2026-04-08",
        uger=W(
            ("2026-W15", 3, "2061.31"),
            ("2026-W16", 5, "3435.51"),
            ("2026-W17", 5, "3435.51"),
            ("2026-W18", 5, "3435.51"),
            ("2026-W19", 5, "3435.51"),
            ("2026-W20", 4, "2748.41"),
        ),
        i_alt="18551.76",
    ),
    "s11_refusion_hovedjob_plus_loerdagsjob_loft": dict(
        ret_arbejdsgiver=True,
        AG=("2026-09-07", "2026-10-06"),
        andre=[("loerdagsjob", None, "2026-09-07")],
        uger=W(          # W41: only Mon 5.10 and Tue 6.10 are paid to the citizen (from 7.10 the refusion fills each day)
            ("2026-W37", 5, "1099.46"),
            ("2026-W38", 5, "1099.46"),
            ("2026-W39", 5, "1099.46"),
            ("2026-W40", 5, "1099.46"),
            ("2026-W41", 2, "439.78"),
        ),
        i_alt="4837.62",
        refusion_uger=W(
            ("2026-W41", 3, "3051.00"),
            ("2026-W42", 5, "5085.00"),
            ("2026-W43", 5, "5085.00"),
            ("2026-W44", 5, "5085.00"),
        ),
        refusion="18306.00",
    ),
    "s12_ophoer_31marts_akasse_paaske": dict(
        uger=W(
            ("2026-W12", 3, "3051.00"),
            ("2026-W13", 5, "5085.00"),
            ("2026-W14", 3, "2934.00"),
            ("2026-W15", 4, "3600.00"),
            ("2026-W16", 5, "4500.00"),
        ),
        i_alt="19170.00",
    ),
    "s13_tidligere_periode_22uger_nr3": dict(
        kommune_fra="2026-03-04",
        i_alt="147767.41",
        revurdering="2026-06-05",
        sidste_betalingsdag="2026-10-30",
        jobafklaring=None,
    ),
    "s14_nr4_afgoerelse_sidste_dag_i_maaneden": dict(
        i_alt="90850.00",
        revurdering="2026-07-15",
        sidste_betalingsdag="2026-09-25",
        jobafklaring=None,
    ),
    "k01_gift_begge_kh_en_arbejder_2_boern": {
        "maaneder": [("2026-02", [("ansoeger", "11228.55"), ("aegtefaelle", "15969.00")], "27197.55", "0.00", "0.00")]
    },
    "k02_gift_flere_indtaegtsarter_ferie": {
        "maaneder": [("2026-03", [("ansoeger", "10328.55"), ("aegtefaelle", "10438.00")], "20766.55", "0.00", "0.00")]
    },
    "k03_samlevende_samlever_arbejder": {
        "maaneder": [("2026-04", [("ansoeger", "13060.00"), ("aegtefaelle", "0.00")], "13060.00", "0.00", "0.00")]
    },
    "k04_enlig_forsoerger_4_boern_loft_maj2025": {
        "maaneder": [("2025-05", [("ansoeger", "14221.60")], "14221.60", "0.00", "3890.40")]
    },
    "k05_gift_5_boern_loft_en_arbejder_mar2025": {
        "maaneder": [
            ("2025-03", [("ansoeger", "12096.00"), ("aegtefaelle", "16972.00")], "29068.00", "1876.00", "3000.00")
        ]
    },
    "k06_enlig_forsoerger_6_boern_mindstesats": {
        "maaneder": [("2026-01", [("ansoeger", "10683.45")], "10683.45", "0.00", "0.00")]
    },
    "k07_gift_4_boern_begge_arbejder_dec2025": {
        "maaneder": [("2025-12", [("ansoeger", "14365.50"), ("aegtefaelle", "9092.00")], "23457.50", "0.00", "0.00")]
    },
    "k08_u25_hjemmeboende_kh_apr2025": {
        "maaneder": [("2025-04", [("ansoeger", "2596.80")], "2596.80", "0.00", "0.00")]
    },
    "k09_u25_udeboende_uddannelseshjaelp_feb2025": {
        "maaneder": [("2025-02", [("ansoeger", "4934.20")], "4934.20", "0.00", "0.00")]
    },
    "k10_27_udeboende_juni_juli_2025_lovskifte": {
        "maaneder": [
            ("2025-06", [("ansoeger", "8231.00")], "8231.00", "0.00", "0.00"),
            ("2025-07", [("ansoeger", "8297.00")], "8297.00", "0.00", "0.00"),
        ]
    },
    "k11_225_ugift_afgoerelse_februar": {
        "maaneder": [
            ("2025-02", [("ansoeger", "12770.00")], "12770.00", "0.00", "0.00"),
            ("2025-03", [("ansoeger", "11604.00")], "11604.00", "0.00", "0.00"),
        ]
    },
    "k12_loft_enlig_voksent_barn_jan2025": {
        "maaneder": [("2025-01", [("ansoeger", "12770.00")], "12770.00", "676.00", "4000.00")]
    },
    "r01_ikke_forsoerger_loen_og_anden": {"maaneder": [("2026-04", "13345.00", "10145.00")], "dage_uden_ydelse": 0},
    "r02_forsoerger_4_boern_over_graensen_og_gammelt_job": {
        "maaneder": [("2026-08", "17736.00", "12254.00"), ("2026-09", "17736.00", "14236.00")],
        "dage_uden_ydelse": 0,
    },
    "r03_u25_hjemmeboende_fylder_25_start_midt_i_okt": {
        "maaneder": [
            ("2025-10", "2178.19", "1878.19"),
            ("2025-11", "3972.00", "3972.00"),
            ("2025-12", "12770.00", "12770.00"),
        ],
        "dage_uden_ydelse": 0,
    },
    "r04_barn_fylder_18_loen_ved_graensen": {
        "maaneder": [("2026-05", "17736.00", "17736.00"), ("2026-06", "13345.00", "8043.40")],
        "dage_uden_ydelse": 0,
    },
}


def _plain(value: object) -> object:
    return json.loads(json.dumps(value))


def agrees(sager: Path, navn: str, expected: dict, **extract) -> None:
    """The reference's decision for the hand case `navn` (a file in `sager`) has every hand-computed figure in
    `expected`; the figures are read with sdp, kh and rfy, or the benefit's extractor given in `extract`."""
    decision = calculate(json.loads((sager / f"{navn}.json").read_text(encoding="utf-8")))
    read = {"sygedagpenge": sdp, "kontanthjaelp": kh, "ressourceforloebsydelse": rfy, **extract}
    got = read[decision["ydelse"]](decision)
    for field, value in expected.items():
        assert _plain(got[field]) == _plain(value), f"{navn}: {field}"


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn])
