"""Neighbours of the scenarios, for the sample stage: a golden's case with one thing moved a little.

The generator's fresh cases seldom land on the edges the scenarios were written for (an age boundary, a rate that
changes on a date, an income at a limit), so a system that answers the public goldens from the files and carries a
defect exactly at such an edge passed most samples (red team, round 3: a defect the scenarios catch was missed by 38
% of samples for one benefit). A neighbour keeps the golden's edge and is a case no file holds: one amount moved by
an øre, a krone or ten, one count by one, or every date moved by a week (by a month in a case counted in months; the
relations between the dates kept), or now and then by one to three whole years: the golden's edges under another
year's law (a rate that changes each January, the law before a reform), where no golden may have been written
(red team r11 F3). The reference decides it like any sampled case; a neighbour that is not a valid,
plausible case the reference can decide is not used. Nothing here knows a benefit: amounts, counts and dates are
found by their JSON shape.
"""
from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from harness.contract.jsondata import json_copy

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
AMOUNT = re.compile(r"^\d{1,12}\.\d{2}$")
STEPS = ("0.01", "1.00", "10.00")
Path = tuple[str | int, ...]


def _leaves(node: object, at: Path = ()) -> Iterator[tuple[Path, object]]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "sags_id":
                yield from _leaves(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, (*at, i))
    else:
        yield at, node


def _with(case: dict[str, Any], changes: Mapping[Path, object]) -> dict[str, Any]:
    out = json_copy(case)
    for path, value in changes.items():
        node: Any = out
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return out


def _amount(case: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], str] | None:
    amounts = [(p, v) for p, v in _leaves(case) if isinstance(v, str) and AMOUNT.match(v)]
    if not amounts:
        return None
    path, value = rng.choice(amounts)
    moved = Decimal(str(value)) + rng.choice((-1, 1)) * Decimal(rng.choice(STEPS))
    if moved < 0:
        return None
    return _with(case, {path: f"{moved:.2f}"}), f"{'/'.join(map(str, path))} {value} → {moved:.2f}"


def _count(case: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], str] | None:
    counts = [(p, v) for p, v in _leaves(case) if type(v) is int and v > 0]
    if not counts:
        return None
    path, value = rng.choice(counts)
    moved = value + rng.choice((-1, 1))
    return _with(case, {path: moved}), f"{'/'.join(map(str, path))} {value} → {moved}"


def _month_later(day: dt.date, months: int) -> dt.date:
    n = day.year * 12 + day.month - 1 + months
    year, month = divmod(n, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


YEARS = (-3, -2, -1, 1, 2, 3)
YEAR_SHARE = 0.25       # of the date neighbours: whole years rather than a week or a month


def _dates(case: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], str] | None:
    """Every date a week on or back; in a case counted in months, every month and date a month on or back; now and
    then every month and date one to three years on or back (29 February to the 28th)."""
    leaves = list(_leaves(case))
    months = {p: v for p, v in leaves if isinstance(v, str) and MONTH.match(v)}
    days = {p: v for p, v in leaves if isinstance(v, str) and DAY.match(v)}
    if not months and not days:
        return None
    if rng.random() < YEAR_SHARE:
        years = rng.choice(YEARS)
        try:
            moved = {p: _month_later(dt.date.fromisoformat(f"{v}-01"), 12 * years).isoformat()[:7]
                     for p, v in months.items()}
            moved |= {p: _month_later(dt.date.fromisoformat(str(v)), 12 * years).isoformat() for p, v in days.items()}
        except ValueError:
            return None
        return _with(case, moved), f"alle måneder og datoer {years:+d} år"
    step = rng.choice((-1, 1))
    try:
        if months:
            moved = {p: _month_later(dt.date.fromisoformat(f"{v}-01"), step).isoformat()[:7] for p, v in months.items()}
            moved |= {p: _month_later(dt.date.fromisoformat(str(v)), step).isoformat() for p, v in days.items()}
            return _with(case, moved), f"alle måneder og datoer {step:+d} måned"
        moved = {p: (dt.date.fromisoformat(str(v)) + dt.timedelta(weeks=step)).isoformat() for p, v in days.items()}
    except ValueError:
        return None
    return _with(case, moved), f"alle datoer {step * 7:+d} dage"


KINDS = (_amount, _count, _dates)


def neighbour(case: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], str] | None:
    """A neighbour of `case` and what was moved (Danish, for the pack), by the first kind, in an order drawn, that
    finds something to move; None when none does."""
    for kind in rng.sample(KINDS, len(KINDS)):
        if (moved := kind(case, rng)) is not None:
            return moved
    return None


__all__ = ["neighbour"]
