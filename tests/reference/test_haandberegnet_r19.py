"""The reference against ten more cases a jurist computed by hand before running it (jurist round 19; the arithmetic of
each is in tests/reference/haandberegnet_r19/README.md, as written before the first run), in the shapes that make up
most of a municipality's caseload and that earlier rounds had not sent: monthly-salaried employees (the månedsløn
turned into § 47's timefortjeneste over 160,33 hours a month) above the § 50 maximum with 2. pinsedag in the
kommune's weeks, far below it with a raise in the last of the 3 months, and between the 2025 and the 2026 hourly
maximum across New Year with the kommune's first day on 31 December; Christmas 2026 and ISO week 2026-W53 with
1.1.2027 in it; a newly employed a-kasse member paid by the kommune from day 1 under § 32, stk. 1, nr. 2;
kontanthjælp 2026 at the exact fribeløb, across the 100 % ceiling and down to nothing, a married couple where one
spouse's wage above the ceiling reduces the other's hjælp, a single parent on grundsats under the 85 % ceiling;
ressourceforløbsydelse from the middle of a 30-day and of a 28-day month. The expected values are the jurist's,
typed from the hand calculation, never from the reference's output. All ten agreed on the first run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reference.test_haandberegnet_r11 import W, agrees

SAGER = Path(__file__).parent / "haandberegnet_r19" / "sager"


def _uger(fra: int, til: int, beloeb: str, aar: int = 2026) -> list[tuple[str, int, str]]:
    return [(f"{aar}-W{u:02d}", 5, beloeb) for u in range(fra, til + 1)]


def _kh(maaned: str, personer: list[tuple[str, str]], udbetalt: str) -> tuple:
    return (maaned, personer, udbetalt, "0.00", "0.00")


EXPECTED = {
    "s01_maanedsloen_42000_over_loft_pinse": dict(
        ret_arbejdsgiver=True,
        AG=("2026-04-20", "2026-05-19"),
        ret_kommune=True,
        kommune_fra="2026-05-20",
        # 3 x 42.000 / (3 x 160,33) = 261,96; x 0,92 = 241,00 > 5.085/37: 5.085 a week; 25.5 2. pinsedag not paid
        uger=W(("2026-W21", 3, "3051.00"), ("2026-W22", 4, "4068.00"), *_uger(23, 26, "5085.00")),
        i_alt="27459.00",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-06-26",
        jobafklaring=None,
    ),
    "s02_maanedsloen_langt_under_loft_loenstigning": dict(
        ret_arbejdsgiver=True,
        AG=("2026-01-12", "2026-02-10"),
        ret_kommune=True,
        kommune_fra="2026-02-11",
        # (18.600 + 18.600 + 19.800) / 480,99 = 118,51; x 0,92 = 109,03; x 37 = 4.034,11
        uger=W(("2026-W07", 3, "2420.47"), *_uger(8, 11, "4034.11")),
        i_alt="18556.91",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-03-13",
    ),
    "s03_aarsskifte_loft_binder_kun_2025_kommune_fra_nytaarsaften": dict(
        ret_arbejdsgiver=True,
        AG=("2025-12-01", "2025-12-30"),
        ret_kommune=True,
        kommune_fra="2025-12-31",
        # 23.600 / 160,33 = 147,20; x 0,92 = 135,42: over 4.865/37 (2025 week 4.865,00), under 5.085/37 from Mon 5.1.2026
        # (37 x 135,42 = 5.010,54); 31.12.2025 and 2.1.2026 at the 2025 amount, 1.1 not paid
        uger=W(("2026-W01", 2, "1946.00"), *_uger(2, 6, "5010.54")),
        i_alt="26998.70",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-02-06",
    ),
    "s04_nyansat_akassemedlem_32_nr2_kommune_fra_dag_1": dict(
        ret_arbejdsgiver=False,  # employed 3 weeks: § 30, stk. 2's 8 weeks not met
        AG=None,
        ret_kommune=True,  # § 32, stk. 1, nr. 1 not met (6 months ledig), nr. 2 met
        kommune_fra="2026-06-22",  # the first fraværsdag; no a-kasse 14 days (she is not ledig)
        uger=_uger(26, 31, "5085.00"),  # 30.000 / 160,33 = 187,11; x 0,92 = 172,14 > cap
        i_alt="30510.00",
        refusion="0.00",
        revurdering=None,
        sidste_betalingsdag="2026-07-31",
    ),
    "s05_maanedsloen_jul_og_uge_53_nytaarsdag_2027": dict(
        ret_arbejdsgiver=True,
        AG=("2026-11-04", "2026-12-03"),
        ret_kommune=True,
        kommune_fra="2026-12-04",
        # 21.000 / 160,33 = 130,98; x 0,92 = 120,50; x 37 = 4.458,50; 25.12 and 1.1.2027 not paid, 24.12 and 31.12 paid;
        # 2026-W53 (28.12.2026-3.1.2027) at the 2026 amount
        uger=W(("2026-W49", 1, "891.70"), ("2026-W50", 5, "4458.50"), ("2026-W51", 5, "4458.50"),
               ("2026-W52", 4, "3566.80"), ("2026-W53", 4, "3566.80")),
        i_alt="16942.30",
        refusion="0.00",
        revurdering=None,
    ),
    "k01_enlig_38_fribeloeb_praecis_loft_100pct_og_nul": {
        # 13.060 + 1.141 = 14.201; fribeløb 2.707; 65 %; ceiling 22.041 (100 %, forhøjet sats)
        "maaneder": [
            _kh("2026-02", [("ansoeger", "14201.00")], "14201.00"),  # wage 2.707,00 = the fribeløb
            _kh("2026-03", [("ansoeger", "4910.55")], "4910.55"),  # 14.201 - 0,65 x 14.293
            _kh("2026-04", [("ansoeger", "4041.00")], "4041.00"),  # ceiling 22.041 - 18.000 < 4.260,55
            _kh("2026-05", [("ansoeger", "0.00")], "0.00"),  # wage 23.000 > 22.041
        ],
    },
    "k02_gift_begge_hjaelp_2_boern_aegtefaelles_loen_over_loftet": {
        # each 13.060 + børnetillæg 2.909 = 15.969; June: the ægtefælle's 26.000 is 3.959 over her ceiling 22.041,
        # deducted from the ansøger's hjælp (gensidig forsørgelsespligt)
        "maaneder": [
            _kh("2026-06", [("ansoeger", "12010.00"), ("aegtefaelle", "0.00")], "12010.00"),
            _kh("2026-07", [("ansoeger", "15128.55"), ("aegtefaelle", "15969.00")], "31097.55"),
        ],
    },
    "k03_enlig_forsoerger_28_grundsats_loft_85pct_og_fribeloeb": {
        # 7.529 + 2.909 + 1.712 = 12.150; fribeløb 5.413; ceiling 85 % x 22.041 = 18.734,85
        "maaneder": [
            _kh("2026-10", [("ansoeger", "9734.85")], "9734.85"),  # 18.734,85 - 9.000 < 9.818,45
            _kh("2026-11", [("ansoeger", "12150.00")], "12150.00"),  # wage 5.413,00 = the fribeløb
            _kh("2026-12", [("ansoeger", "12150.00")], "12150.00"),
        ],
    },
    "r01_ikke_forsoerger_start_15_april_hele_maaneder": {
        # 13.345 x 16/30 = 7.117,333
        "maaneder": [("2026-04", "7117.33", "7117.33"), ("2026-05", "13345.00", "13345.00"),
                     ("2026-06", "13345.00", "13345.00")],
        "dage_uden_ydelse": 0,
    },
    "r02_ikke_forsoerger_start_14_februar_28_dage": {
        # 13.345 x 15/28 = 7.149,107 (the 30-day rule would give 6.672,50)
        "maaneder": [("2026-02", "7149.11", "7149.11"), ("2026-03", "13345.00", "13345.00")],
        "dage_uden_ydelse": 0,
    },
}


def test_every_case_file_has_a_hand_result():
    assert sorted(p.stem for p in SAGER.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("navn", sorted(EXPECTED))
def test_the_reference_agrees_with_the_hand_calculation(navn):
    agrees(SAGER, navn, EXPECTED[navn])
