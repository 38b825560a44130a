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
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from harness.config_files import load_model
from harness.contract.validation import rule_error
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


# --- the file ------------------------------------------------------------------------------------------------

def _hver_aar(mmdd: str) -> str:
    """A month and day that every year has (not 02-29: a closing day that some years lack is no rule)."""
    try:
        dt.date(2023, int(mmdd[:2]), int(mmdd[3:]))
    except ValueError:
        raise rule_error(f"expected a day every year has (MM-DD), got {mmdd!r}") from None
    return mmdd


@cache
def _helligdagsnavne() -> frozenset[str]:
    """The Danish holidays' names as the calendar gives them, over the years the reference covers."""
    return frozenset(n for year in range(2014, 2031) for n in helligdage_med_navne(year).values())


def _helligdag(navn: str) -> str:
    if navn not in _helligdagsnavne():
        raise rule_error(f"expected the name of a Danish holiday, one of {', '.join(sorted(_helligdagsnavne()))}; "
                         f"got {navn!r}")
    return navn


class _EfterHelligdag(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    helligdag: Annotated[str, AfterValidator(_helligdag)]
    dage: int = Field(ge=1, le=31)


class _Kalender(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    beskrivelse: str = Field(min_length=1)
    kilde: str = Field(min_length=1)
    faste_datoer: list[Annotated[str, Field(pattern=r"^[0-9]{2}-[0-9]{2}$"), AfterValidator(_hver_aar)]]
    dage_efter_helligdag: list[_EfterHelligdag]


class _Fil(BaseModel):
    """fristkalendere.yaml: the calendars, and the one the reference uses."""
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    valgt: str
    kalendere: dict[str, _Kalender] = Field(min_length=1)

    @model_validator(mode="after")
    def _valgt_findes(self) -> _Fil:
        if self.valgt not in self.kalendere:
            raise rule_error(f"expected one of the calendars below ({', '.join(self.kalendere)}), got {self.valgt!r}",
                             at=("valgt",))
        return self


@cache
def _fil(path: Path = DATA) -> _Fil:
    """The file read once; ConfigError naming the line and the field when it is not as described above."""
    return load_model(path, _Fil)


@cache
def kalendere(path: Path = DATA) -> dict[str, Fristkalender]:
    return {navn: Fristkalender(navn, k.beskrivelse, k.kilde,
                                tuple((int(d[:2]), int(d[3:])) for d in k.faste_datoer),
                                tuple((e.helligdag, e.dage) for e in k.dage_efter_helligdag))
            for navn, k in _fil(path).kalendere.items()}


@cache
def valgt(path: Path = DATA) -> Fristkalender:
    return kalendere(path)[_fil(path).valgt]
