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

import yaml

from harness.toolkit.kalender import helligdage_med_navne

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
def kalendere() -> dict[str, Fristkalender]:
    doc = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out = {}
    for navn, spec in doc["kalendere"].items():
        faste = tuple(tuple(map(int, mmdd.split("-"))) for mmdd in spec["faste_datoer"])
        efter = tuple((e["helligdag"], int(e["dage"])) for e in spec["dage_efter_helligdag"])
        out[navn] = Fristkalender(navn, spec["beskrivelse"], spec["kilde"], faste, efter)  # type: ignore[arg-type]
    return out


@cache
def valgt() -> Fristkalender:
    doc = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return kalendere()[doc["valgt"]]
