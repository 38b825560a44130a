"""reference/fristkalendere.yaml as a model: what the file must say, checked with the file, line and field named when
it does not (harness.config_files). Data validation, not law, so it lives outside reference/: the strength engine
seeds its legal defects into the law, and a mutant of this check changes no decision."""
from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from harness.config_files import load_model
from harness.contract.validation import rule_error
from harness.toolkit.kalender import helligdage_med_navne


def _hver_aar(mmdd: str) -> str:
    """A month and day that every year has (not 02-29: a closing day that some years lack is no rule)."""
    try:
        dt.date(2023, int(mmdd[:2]), int(mmdd[3:]))
    except ValueError:
        raise rule_error(f"expected a day every year has (MM-DD), got {mmdd!r}") from None
    return mmdd


@cache
def _helligdagsnavne() -> frozenset[str]:
    """The Danish holidays' names as the calendar gives them: 2023 has every one since 2014 (store bededag was one
    until 2023), 2024 every one since."""
    return frozenset(n for year in (2023, 2024) for n in helligdage_med_navne(year).values())


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


class FristkalenderFil(BaseModel):
    """fristkalendere.yaml: the calendars, and the one the reference uses."""
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    valgt: str
    kalendere: dict[str, _Kalender] = Field(min_length=1)

    @model_validator(mode="after")
    def _valgt_findes(self) -> FristkalenderFil:
        if self.valgt not in self.kalendere:
            raise rule_error(f"expected one of the calendars below ({', '.join(self.kalendere)}), got {self.valgt!r}",
                             at=("valgt",))
        return self


def indlaes(path: Path) -> FristkalenderFil:
    """The file as its model; ConfigError naming the line and the field when it is not as described above."""
    return load_model(path, FristkalenderFil)
