"""The calendar that moves a deadline ending on a closing day to the next open day (FT-SDP-FRIST-HVERDAG).

The law gives no rule for sygedagpenge deadlines; fristkalendere.yaml holds the three calendars of analogous
rules (forældelsesloven § 27, stk. 2; the banks' closing days; weekend and helligdag only) and the one the
reference uses, so the choice is data a jurist can change in one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from harness.toolkit.kalender import helligdage_med_navne

from ..fristkalendere_fil import FristkalenderFil, indlaes

DATA = Path(__file__).with_name("fristkalendere.yaml")
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Fristkalender:
    navn: str
    beskrivelse: str
    kilde: str
    faste_datoer: tuple[tuple[int, int], ...]
    dage_efter_helligdag: tuple[tuple[str, int], ...]

    def lukket(self, day: dt.date) -> bool:
        return day.weekday() >= 5 or day in _lukkedage(self, day.year)

    def naeste_aabne_dag(self, day: dt.date) -> dt.date:
        """`day` itself if the calendar has it open, else the next open day."""
        while self.lukket(day):
            day += ONE_DAY
        return day


@cache
def _lukkedage(k: Fristkalender, year: int) -> frozenset[dt.date]:
    helligdage = helligdage_med_navne(year)
    days = set(helligdage)
    days.update(dt.date(year, m, d) for m, d in k.faste_datoer)
    for navn, dage in k.dage_efter_helligdag:
        days.update(d + dt.timedelta(days=dage) for d, n in helligdage.items() if n == navn)
    return frozenset(days)


@cache
def _fil(path: Path = DATA) -> FristkalenderFil:
    """The file read once and checked (fristkalendere_fil.py)."""
    return indlaes(path)


@cache
def kalendere(path: Path = DATA) -> dict[str, Fristkalender]:
    return {navn: Fristkalender(navn, k.beskrivelse, k.kilde,
                                tuple((int(d[:2]), int(d[3:])) for d in k.faste_datoer),
                                tuple((e.helligdag, e.dage) for e in k.dage_efter_helligdag))
            for navn, k in _fil(path).kalendere.items()}


@cache
def valgt(path: Path = DATA) -> Fristkalender:
    return kalendere(path)[_fil(path).valgt]
