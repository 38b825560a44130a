"""Kroner and people: the run's money figures from the deviations' paid amounts (Deviation.penge, from
harness/compare/kroner.py), summed as Decimal, exact to the øre.

Each differing paid amount is counted once, in the deviation it belongs to; so the totals per defect, per benefit,
per severity and per kind of payment all add up to the same whole, and the whole is the sum of the per-scenario
differences (candidate minus reference for every paid amount).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from harness.contract.config import SEVERITIES
from harness.contract.records import MoneyFigures, MoneyTotals

ZERO = Decimal("0")


def _kr(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}"


def totals(amounts: Iterable[Decimal | None]) -> MoneyTotals:
    """Over- and underpayment of differing amounts (None: an amount that is not a number, counted as unknown)."""
    over = under = ZERO
    unknown = 0
    for amount in amounts:
        if amount is None:
            unknown += 1
        elif amount > 0:
            over += amount
        else:
            under -= amount
    return MoneyTotals(for_meget=_kr(over), for_lidt=_kr(under), netto=_kr(over - under), i_risiko=_kr(over + under),
                       ukendt=unknown)


def post_amounts(deviation: dict[str, Any]) -> list[Decimal | None]:
    """The deviation's differing paid amounts in kroner (None where the candidate's amount is not a number)."""
    return [Decimal(p["kroner"]) if p.get("kroner") is not None else None for p in deviation.get("penge") or []]


def case_key(case: dict[str, Any]) -> str:
    """A citizen: one per case (its sags_id; the scenario id when it has none)."""
    return str(case.get("sags_id") or case["id"])


def figures(cases: list[dict[str, Any]]) -> MoneyFigures:
    """The run's totals, per benefit, per severity and per kind of payment; scenarios and citizens hit (the negative
    stage's findings are neither: their cases are invalid, and no correct amount exists to differ from)."""
    every: list[Decimal | None] = []
    per_ydelse: defaultdict[str, list[Decimal | None]] = defaultdict(list)
    per_alvor: defaultdict[str, list[Decimal | None]] = defaultdict(list)
    per_art: defaultdict[str, list[Decimal | None]] = defaultdict(list)
    hit, citizens, with_money = 0, set(), 0
    for case in cases:
        if not case["deviations"] or case.get("negativ") is not None:   # an invalid case: no citizen, no reference sum
            continue
        hit += 1
        citizens.add(case_key(case))
        case_has_money = False
        for dev in case["deviations"]:
            for post in dev.get("penge") or []:
                amount = Decimal(post["kroner"]) if post.get("kroner") is not None else None
                every.append(amount)
                per_ydelse[case["ydelse"]].append(amount)
                per_alvor[dev["alvor"]].append(amount)
                per_art[f"{case['ydelse']}/{post['art']}"].append(amount)
                case_has_money = True
        with_money += case_has_money
    return MoneyFigures(i_alt=totals(every), ydelser={k: totals(v) for k, v in sorted(per_ydelse.items())},
                        alvor={s: totals(per_alvor[s]) for s in SEVERITIES if s in per_alvor},
                        arter={k: totals(v) for k, v in sorted(per_art.items())},
                        scenarier_ramt=hit, borgere_ramt=len(citizens), scenarier_med_kroner=with_money)


__all__ = ["case_key", "figures", "post_amounts", "totals"]
