"""Choices for case builders: one builder, driven either by Hypothesis (shrinking, the example database) or by a
seeded random.Random (millions of bulk cases, any one regenerated from its number). A benefit's generators write
`build(ch)` against this small interface: int, pick, flag, edge.

Hypothesis is imported only when a Hypothesis strategy is built (fuzzing, property tests): the Rand driver, bulk
cases and the run's sample stage never load it (≈ 0.17 s CPU per process). Generators take `st` from here: the
real `hypothesis.strategies` to the type checker, a facade that imports it on first use at run time."""
from __future__ import annotations

import builtins
import calendar
import datetime as dt
import functools
import random
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from hypothesis import strategies as st
    from hypothesis.strategies import SearchStrategy

T = TypeVar("T")


class _LazyStrategies:
    """`hypothesis.strategies`, imported on first use. `composite` decorates at import time without Hypothesis:
    the real decorator is applied at the first call, so the strategies (and what they draw) are the same."""

    def __getattr__(self, name: str) -> Any:
        from hypothesis import strategies
        return getattr(strategies, name)

    @staticmethod
    def composite(f: Callable[..., Any]) -> Callable[..., Any]:
        real: list[Callable[..., Any]] = []

        @functools.wraps(f)
        def lazy(*args: Any, **kwargs: Any) -> Any:
            if not real:
                from hypothesis import strategies
                real.append(strategies.composite(f))
            return real[0](*args, **kwargs)
        return lazy


if not TYPE_CHECKING:
    st = _LazyStrategies()


@cache
def _integers(lo: int, hi: int) -> SearchStrategy[int]:
    return st.integers(lo, hi)


@cache
def _sampled(seq: tuple[Any, ...]) -> SearchStrategy[Any]:
    return st.sampled_from(seq)


@cache
def _edge(edges: tuple[int, ...], lo: int, hi: int) -> SearchStrategy[int]:
    return st.one_of(st.sampled_from(edges), st.integers(lo, hi))


class Hyp:
    """Choices drawn from Hypothesis (they shrink towards the first edge / the lower bound / False). Strategies
    are built once and reused: building them per draw cost more than the draws."""

    def __init__(self, draw: Callable[[SearchStrategy[Any]], Any]):
        self.draw = draw

    def int(self, lo: int, hi: int) -> int:
        return self.draw(_integers(lo, hi))

    def pick(self, seq: Sequence[T]) -> T:
        return self.draw(_sampled(tuple(seq)))

    def flag(self, p: float) -> bool:
        return self.draw(_integers(0, 99)) >= 100 - round(p * 100)

    def edge(self, edges: Sequence[builtins.int], lo: builtins.int, hi: builtins.int) -> builtins.int:
        return self.draw(_edge(tuple(edges), lo, hi))


class Rand:
    """Choices from a seeded random.Random (for bulk cases); same distribution shape as Hyp."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def int(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def flag(self, p: float) -> bool:
        return self.r.random() < p

    def edge(self, edges: Sequence[builtins.int], lo: builtins.int, hi: builtins.int) -> builtins.int:
        return edges[self.r.randrange(len(edges))] if self.r.random() < 0.5 else self.r.randint(lo, hi)


def case_months(ch: Hyp | Rand, long_edges: Sequence[builtins.int], longest: builtins.int) -> builtins.int:
    """How many months a monthly benefit's case has: mostly 1-4 (the tests stay fast), sometimes 5-12, sometimes 13 up
    to `longest`, leaning to `long_edges` (e.g. the goldens' longest case). The contracts bound the months by nothing
    and the references decide any run of them; drawn only up to 12, a system wrong on every longer case but the
    goldens was GO (red team round 12 F2)."""
    if ch.flag(0.85):
        return ch.edge([1, 2, 3], 1, 4)
    if ch.flag(0.6):
        return ch.int(5, 12)
    return ch.edge([13, *long_edges, longest], 13, longest)


# The month's edges among the days of a date: the 1st, the 2nd, the day before the last and the last. The law's
# boundaries lie there (an age counts from the 1st of the month after the birthday, a child born on the 1st counts
# that month, a change on the 1st counts from that month); a third of the draws fall on them, the rest on any day.
EDGE_DAY_SHARE = 1 / 3


def month_day(ch: Hyp | Rand, year: builtins.int, month: builtins.int, last: builtins.int | None = None) -> builtins.int:
    """A day of the month (up to `last`, default the month's last day, 29 February in a leap year): one of the
    month's edges (the 1st, the 2nd, `last` and the day before) in about a third of the draws, else any day. Drawn
    only on a few fixed days (the 1st, 15th or 28th), a date told the bench's cases from a citizen's: a system that
    paid the law only when every birth date fell on those days was GO (red team r15 F1)."""
    last = calendar.monthrange(year, month)[1] if last is None else last
    if ch.flag(EDGE_DAY_SHARE):
        return ch.pick((1, 2, last - 1, last))
    return ch.int(1, last)


def date_in_month(ch: Hyp | Rand, year: builtins.int, month: builtins.int) -> dt.date:
    """A date in the month, its day drawn by `month_day`."""
    return dt.date(year, month, month_day(ch, year, month))


# A span's long tail: the share of draws beyond the span most cases lie in.
TAIL_SHARE = 0.2


def tail(ch: Hyp | Rand, edges: Sequence[builtins.int], lo: builtins.int, usual: builtins.int,
         longest: builtins.int, share: float = TAIL_SHARE) -> builtins.int:
    """A length (days, months) as `edge` from lo to `usual` in most draws, and from `usual` to `longest` in
    `share` of them: what a case system holds beyond the usual is less common but not rare. Drawn only up to the
    usual, a fact told the bench's cases from a citizen's: a system paying the law only to employees hired in the
    last 11 years, to a forløb's first months, or to reductions decided in the last two months was GO (red team
    r16), and so was one that forgot household changes older than two months, or a gradvis tilbagevenden agreed
    half a year into a sickness (r17)."""
    if usual < longest and ch.flag(share):
        return ch.int(usual + 1, longest)
    return ch.edge(edges, lo, usual)


def beyond(ch: Hyp | Rand, usual: builtins.int, highest: builtins.int, share: float = TAIL_SHARE) -> Decimal | None:
    """In `share` of the draws, money from `usual` to `highest` kroner with øre (a case system's top amounts: a
    funktionær's salary, a formue that bars hjælp), else None (the caller draws its usual amount). Drawn only up to
    the goldens' amounts, a salary of 10,000 kr. a week or more was never sent, and a system that lost its leading
    digit was GO (red team r17 F3)."""
    if ch.flag(share):
        return Decimal(ch.int(usual * 100, highest * 100)) / 100
    return None


# A case's months with a pause inside them: in this share of the cases of three or more months.
PAUSE_SHARE = 0.12


def pause(ch: Hyp | Rand, rows: list[T], share: float = PAUSE_SHARE, longest: builtins.int = 3) -> list[T]:
    """A case's months (in order) with an inner run of one to `longest` left out in `share` of the draws: a month in
    work or education, abroad, on another benefit, a case closed and reopened. The contract lists the months to
    compute, not a period; drawn only without a gap, a system that paid every month from the first listed to the
    last was GO (red team r18 F4). The first and last months stay."""
    if len(rows) < 3 or not ch.flag(share):
        return rows
    k = ch.int(1, min(longest, len(rows) - 2))
    at = ch.int(1, len(rows) - 1 - k)
    return rows[:at] + rows[at + k:]


def has_pause(rows: list) -> bool:
    """Whether a list of months ({"maaned": "YYYY-MM", …}) misses one between its first and its last."""
    numbers = {int(r["maaned"][:4]) * 12 + int(r["maaned"][5:7]) for r in rows
               if isinstance(r, dict) and isinstance(r.get("maaned"), str) and len(r["maaned"]) >= 7}
    return bool(numbers) and max(numbers) - min(numbers) + 1 > len(numbers)


# Money drawn away from its edges has øre in this share of the draws (whole kroner in the rest).
OERE_SHARE = 0.8


def amount(ch: Hyp | Rand, edges: Sequence[builtins.int | str], lo: builtins.int, hi: builtins.int) -> Decimal:
    """Money in kroner: one of `edges` exactly (a threshold and its neighbours, as given: whole kroner or with øre)
    in half of the draws, as `edge` (none when there are none); else any amount from lo to hi, with øre in most of
    them. Drawn in whole kroner only, an amount told nothing of a system that dropped the øre: one that truncated
    other income to whole kroner passed on most seeds (red team r15 F4)."""
    if edges and ch.flag(0.5):
        return Decimal(str(ch.pick(edges)))
    if ch.flag(OERE_SHARE):
        return Decimal(ch.int(lo * 100, hi * 100)) / 100
    return Decimal(ch.int(lo, hi))
