"""§ 24 with one earlier sickness written as several rows (red team r19 F1; FT-SDP-TIDLIGERE-RAEKKER): rows that
overlap or follow on are one sickness, a day counts once and the first 30 days are skipped once; the order of the rows
does not matter. The reference's decision before this was another for the same sickness written twice."""
from __future__ import annotations

import copy
import itertools

from harness.reference import calculate
from tests.reference.sager import loenmodtager

# A long earlier sickness (1.2.-31.7.2024) and the current absence from 2.9.2024: 22 weeks in the 9 months are near.
BASE = loenmodtager("2024-09-02", "2024-12-31", tidligere_sygeperioder=[{"fra": "2024-02-01", "til": "2024-07-31"}])


def _with(rows: list[dict]) -> dict:
    case = copy.deepcopy(BASE)
    case["tidligere_sygeperioder"] = rows
    return case


def _fields(d: dict) -> tuple:
    return (d["udbetalt_i_alt"]["beloeb"], d["varighed"]["sidste_betalingsdag"], d["varighed"]["revurderingstidspunkt"])


def test_the_same_sickness_in_several_rows_is_decided_as_one_row():
    one = _fields(calculate(BASE))
    whole = {"fra": "2024-02-01", "til": "2024-07-31"}
    for rows in ([whole, dict(whole)],                                                     # registered twice
                 [whole, {"fra": "2024-02-01", "til": "2024-03-01"}],                      # the employer's 30 days
                 [{"fra": "2024-02-01", "til": "2024-04-30"}, {"fra": "2024-05-01", "til": "2024-07-31"}],  # split
                 [{"fra": "2024-02-01", "til": "2024-05-03"}, {"fra": "2024-04-29", "til": "2024-07-31"}],  # overlap
                 [{"fra": "2024-02-01", "til": "2024-06-10"}, whole]):                     # before its extension
        for order in itertools.permutations(rows):
            assert _fields(calculate(_with(list(order)))) == one, order


def test_a_day_between_two_rows_makes_two_sicknesses():
    """A gap of a day is a new sickness, whose own first 30 days are not counted (§ 24, stk. 3): fewer days count."""
    split = _with([{"fra": "2024-02-01", "til": "2024-04-29"}, {"fra": "2024-05-01", "til": "2024-07-31"}])
    one, two = calculate(BASE), calculate(split)
    assert two["varighed"]["revurderingstidspunkt"] != one["varighed"]["revurderingstidspunkt"] or \
        two["udbetalt_i_alt"] != one["udbetalt_i_alt"]
