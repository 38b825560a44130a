"""Comparison data for ressourceforløbsydelse (harness/ydelser/ressourceforloebsydelse/sammenligning.yaml): a gap at the
handoff from sygedagpenge is manglende udbetaling, judged on real approved goldens."""
from __future__ import annotations

from functools import partial

from tests.afvigelser import klasser

classes = partial(klasser, "ressourceforloebsydelse")


def test_the_golden_agrees_with_itself():
    assert classes("RFY-024-002", lambda d: None) == set()


def test_a_later_first_day_is_manglende_udbetaling():
    def late(d):
        d["overgang"]["udbetales_fra"] = "2024-09-17"
        d["overgang"]["dage_uden_ydelse"] = 1
    assert classes("RFY-024-002", late) == {"manglende_udbetaling"}


def test_a_month_starting_later_than_the_forloeb_is_manglende_udbetaling():
    def later(d):
        m = d["maaneder"][0]
        m["fra"], m["dage"] = "2024-09-17", 14
    assert classes("RFY-024-002", later) == {"manglende_udbetaling"}


def test_a_month_paid_nothing_is_manglende_udbetaling_and_a_wrong_amount_forkert_beloeb():
    def zero(d):
        d["maaneder"][1]["udbetalt"]["beloeb"] = "0.00"
    assert "manglende_udbetaling" in classes("RFY-024-002", zero)

    def off(d):
        d["maaneder"][1]["udbetalt"]["beloeb"] = "12325.99"
    assert classes("RFY-024-002", off) == {"forkert_beloeb"}


def test_a_wrong_category_is_a_wrong_decision_about_the_right():
    def kat(d):
        d["maaneder"][0]["sats"]["kategori"] = "forsoerger"
    assert classes("RFY-069j-001", kat) == {"forkert_afgoerelse_om_ret"}
