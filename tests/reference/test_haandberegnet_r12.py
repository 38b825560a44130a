"""The reference against twenty more cases a jurist computed by hand before running it (jurist round 12; the
arithmetic of each is in tests/reference/haandberegnet_r12/README.md), chosen where real caseloads are busiest:
sygedagpenge for an ordinary full-time employee over the maximum, part-time hours with the hourly wage over and under
the hourly cap, a first fraværsdag on a Thursday (the kommune from a Saturday), the rate change at the 2024/25 new
year, a partial return to work at half time, the 22-week revurdering over Easter and Whitsun 2025 with the
jobafklaringsforløb, an a-kasse member's first 14 days, an employer's full salary with refusion, an absence that ends
inside the arbejdsgiverperiode, and Kristi himmelfart and 2. pinsedag 2026; kontanthjælp after 1 July 2025 for
single people under and over 30, a married couple both on hjælp, enlige forsørgere on forhøjet and grundsats with the
fribeløb and the 65 % fradrag, a spouse's wage up against the ceiling, and the old law's 225-hour rule met with
exactly 225 hours; ressourceforløbsydelse at the common rates. The expected values are the jurist's, typed from the
hand calculation (the jurist's notes), never from the reference's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference.test_haandberegnet_r11 import W, agrees, sdp

SAGER = Path(__file__).parent / "haandberegnet_r12" / "sager"


EXPECTED = {
    "s01_fuldtid_over_loft_efteraar_2026": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-02", "2026-12-01"),
        ret_kommune=True,
        kommune_fra="2026-12-02",
        uger=W(("2026-W49", 3, "3051.00"), ("2026-W50", 5, "5085.00"), ("2026-W51", 5, "5085.00")),
        i_alt="13221.00",
        revurdering=None,
        sidste_betalingsdag="2026-12-18",
        jobafklaring=None,
    ),
    "s02_deltid_25t_timeloen_over_loft": dict(
        AG=("2026-09-07", "2026-10-06"),
        kommune_fra="2026-10-07",
        uger=W(("2026-W41", 3, "2061.49"), ("2026-W42", 5, "3435.81"), ("2026-W43", 5, "3435.81")),
        i_alt="8933.11",
    ),
    "s03_deltid_20t_under_loft_start_torsdag": dict(
        AG=("2026-01-15", "2026-02-13"),
        kommune_fra="2026-02-14",
        uger=W(("2026-W08", 5, "2392.00"), ("2026-W09", 5, "2392.00")),
        i_alt="4784.00",
    ),
    "s04_fuldtid_loft_aarsskifte_2024_2025": dict(
        AG=("2024-11-04", "2024-12-03"),
        kommune_fra="2024-12-04",
        uger=W(
            ("2024-W49", 3, "2817.00"),
            ("2024-W50", 5, "4695.00"),
            ("2024-W51", 5, "4695.00"),
            ("2024-W52", 3, "2817.00"),
            ("2025-W01", 4, "3756.00"),
            ("2025-W02", 5, "4865.00"),
            ("2025-W03", 5, "4865.00"),
        ),
        i_alt="28510.00",
    ),
    "s05_delvis_raskmelding_halv_tid_sommer": dict(
        AG=("2026-06-01", "2026-06-30"),
        kommune_fra="2026-07-01",
        uger=W(
            ("2026-W27", 3, "2655.12"),
            ("2026-W28", 5, "4425.20"),
            ("2026-W29", 5, "4425.20"),
            ("2026-W30", 5, "2212.60"),
            ("2026-W31", 5, "2212.60"),
            ("2026-W32", 5, "2212.60"),
            ("2026-W33", 5, "2212.60"),
        ),
        i_alt="20355.92",
    ),
    "s06_22uger_2025_paaske_pinse_jobafklaring": dict(
        AG=("2025-03-03", "2025-04-01"),
        kommune_fra="2025-04-02",
        # The weeks with a helligdag or the month's end (the rest are 5 days x 816,96 = 4.084,80).
        uger_udvalgte=W(
            ("2025-W14", 3, "2450.88"),
            ("2025-W16", 3, "2450.88"),
            ("2025-W17", 4, "3267.84"),
            ("2025-W22", 4, "3267.84"),
            ("2025-W24", 4, "3267.84"),
            ("2025-W40", 2, "1633.92"),
        ),
        i_alt="102120.00",
        revurdering="2025-09-03",
        sidste_betalingsdag="2025-09-30",
        jobafklaring="2025-10-01",
    ),
    "s07_ledig_akasse_start_torsdag": dict(
        ret_arbejdsgiver=False,
        AG=None,
        ret_kommune=True,
        kommune_fra="2026-09-24",
        uger=W(("2026-W39", 2, "1760.00"), ("2026-W40", 5, "4400.00"), ("2026-W41", 5, "4400.00"), ("2026-W42", 3, "2640.00")),
        i_alt="13200.00",
    ),
    "s08_fuld_loen_refusion_loft": dict(
        AG=("2026-10-19", "2026-11-17"),
        uger=[],
        i_alt="0.00",
        refusion_uger=W(("2026-W47", 3, "3051.00"), ("2026-W48", 5, "5085.00")),
        refusion="8136.00",
    ),
    "s09_kort_fravaer_kun_arbejdsgiverperiode": dict(
        ret_arbejdsgiver=True,
        AG=("2026-03-09", "2026-03-20"),
        ret_kommune=False,
        kommune_fra=None,
        uger=[],
        i_alt="0.00",
        jobafklaring=None,
    ),
    "s10_kristi_himmelfart_pinse_2026": dict(
        AG=("2026-04-07", "2026-05-06"),
        kommune_fra="2026-05-07",
        uger=W(("2026-W19", 2, "1906.24"), ("2026-W20", 4, "3812.48"), ("2026-W21", 5, "4765.60"), ("2026-W22", 4, "3812.48")),
        i_alt="14296.80",
    ),
    "k01_enlig_22_udeboende_loen_6000_mar2026": {
        "maaneder": [("2026-03", [("ansoeger", "8288.45")], "8288.45", "0.00", "0.00")]
    },
    "k02_enlig_35_loen_lige_over_fribeloeb_feb2026": {
        "maaneder": [("2026-02", [("ansoeger", "14010.55")], "14010.55", "0.00", "0.00")]
    },
    "k03_gift_begge_over_30_ingen_indtaegt_maj2026": {
        "maaneder": [("2026-05", [("ansoeger", "13060.00"), ("aegtefaelle", "13060.00")], "26120.00", "0.00", "0.00")]
    },
    "k04_enlig_forsoerger_32_1_barn_loen_jun2026": {
        "maaneder": [("2026-06", [("ansoeger", "15128.55")], "15128.55", "0.00", "0.00")]
    },
    "k05_enlig_forsoerger_27_2_boern_grundsats_feb2026": {
        "maaneder": [("2026-02", [("ansoeger", "11118.45")], "11118.45", "0.00", "0.00")]
    },
    "k06_225_praecis_225_timer_afgoerelse_mar_apr2025": {
        "maaneder": [
            ("2025-03", [("ansoeger", "10994.80")], "10994.80", "0.00", "0.00"),
            ("2025-04", [("ansoeger", "12770.00")], "12770.00", "0.00", "0.00"),
        ]
    },
    "k07_gift_en_arbejder_naesten_fuld_tid_loft_sep2026": {
        "maaneder": [("2026-09", [("ansoeger", "1041.00"), ("aegtefaelle", "7529.00")], "8570.00", "0.00", "0.00")]
    },
    "r01_ikke_forsoerger_loen_4000_maj2026": {"maaneder": [("2026-05", "13345.00", "12145.00")], "dage_uden_ydelse": 0},
    "r02_forsoerger_1_barn_2025_anden_indtaegt": {
        "maaneder": [("2025-11", "16972.00", "15972.00"), ("2025-12", "16972.00", "16972.00")],
        "dage_uden_ydelse": 0,
    },
    "r03_u25_hjemmeboende_2026_loen_2000": {
        "maaneder": [("2026-04", "4151.00", "4151.00"), ("2026-05", "4151.00", "3551.00")],
        "dage_uden_ydelse": 0,
    },
}


def _sdp_udvalgte(decision: dict) -> dict:
    """sdp's figures and the weeks paying fewer than five days (the hand calculation lists those)."""
    got = sdp(decision)
    got["uger_udvalgte"] = [u for u in got["uger"] if u[1] < 5]
    return got


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn], sygedagpenge=_sdp_udvalgte)
