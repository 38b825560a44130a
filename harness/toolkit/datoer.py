"""Date arithmetic the law needs: weekdays (5-day week), calendar months, ISO weeks."""
from __future__ import annotations

import datetime as dt

ONE_DAY = dt.timedelta(days=1)
_EXTRA = [[0] * 7 for _ in range(7)]  # _EXTRA[weekday][rest_days] = weekdays among the rest days
for _wd in range(7):
    for _rest in range(7):
        _EXTRA[_wd][_rest] = sum(1 for i in range(_rest) if (_wd + i) % 7 < 5)


def hverdage(a: dt.date, b: dt.date) -> int:
    """Number of Monday-Friday days in the inclusive period [a, b]."""
    if b < a:
        return 0
    weeks, rest = divmod((b - a).days + 1, 7)
    return weeks * 5 + _EXTRA[a.weekday()][rest]


def nth_hverdag(start: dt.date, n: int) -> dt.date:
    """The n-th Monday-Friday day counting from `start` (n >= 1)."""
    while start.weekday() >= 5:
        start += ONE_DAY
    weeks, rest = divmod(n - 1, 5)
    d = start + dt.timedelta(days=7 * weeks)
    while rest:
        d += ONE_DAY
        if d.weekday() < 5:
            rest -= 1
    return d


def month_start(d: dt.date, shift: int = 0) -> dt.date:
    """The first day of d's month, or of the month `shift` months later (earlier when negative)."""
    y, m = divmod(d.year * 12 + d.month - 1 + shift, 12)
    return dt.date(y, m + 1, 1)


def add_months(d: dt.date, n: int) -> dt.date:
    """Same day n calendar months later (or earlier), clipped to the month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - ONE_DAY).day
    return dt.date(y, m, min(d.day, last))


def month_end(d: dt.date) -> dt.date:
    return month_start(d, 1) - ONE_DAY


def iso_uge(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def uger(fra: dt.date, til: dt.date):
    """The ISO weeks (Monday-Sunday) that meet [fra, til], clipped: yields (monday, start, end)."""
    monday = fra - dt.timedelta(days=fra.weekday())
    while monday <= til:
        sunday = monday + dt.timedelta(days=6)
        yield monday, max(monday, fra), min(sunday, til)
        monday += dt.timedelta(days=7)


def maaned(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"
