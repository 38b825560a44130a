"""Comparison data for kontanthjælp (harness/ydelser/kontanthjaelp/sammenligning.yaml): each kind of deviation lands in
its failure class, judged on real approved goldens."""
from __future__ import annotations

from functools import partial

from tests.afvigelser import klasser

classes = partial(klasser, "kontanthjaelp")


def month(d: dict, maaned: str) -> dict:
    return next(m for m in d["maaneder"] if m["maaned"] == maaned)


def test_the_golden_agrees_with_itself():
    assert classes("KH-013g-002", lambda d: None) == set()


def test_a_month_missing_or_paid_nothing_is_manglende_udbetaling():
    def drop(d):
        d["maaneder"] = [m for m in d["maaneder"] if m["maaned"] != "2024-04"]
    assert "manglende_udbetaling" in classes("KH-013g-002", drop)

    def zero(d):
        month(d, "2024-04")["udbetalt"]["beloeb"] = "0.00"
    assert classes("KH-013g-002", zero) == {"manglende_udbetaling"}


def test_an_amount_one_oere_off_is_forkert_beloeb():
    def off(d):
        month(d, "2024-03")["udbetalt"]["beloeb"] = "7531.99"
    assert classes("KH-031-004", off) == {"forkert_beloeb"}


def test_a_reduction_applied_before_the_afgoerelse_is_a_wrong_decision_about_the_right():
    def early(d):
        m = month(d, "2024-04")
        p = m["personer"][0]
        p["reduktion"]["anvendt"] = True
        p["hjaelp"]["beloeb"] = "11201.00"
        m["udbetalt"]["beloeb"] = "11201.00"
    assert classes("KH-013g-001", early) == {"forkert_afgoerelse_om_ret", "forkert_beloeb"}


def test_a_wrong_earliest_effect_date_is_forkert_dato():
    def late(d):
        d["afgoerelseskrav"][0]["tidligst_virkning"] = "2024-05-01"
    assert classes("KH-013g-002", late) == {"forkert_dato"}


def test_months_are_compared_by_maaned_not_by_position():
    def reverse(d):
        d["maaneder"].reverse()
    assert classes("KH-013g-002", reverse) == set()
