"""The state of one month's calculation: what each § step reads and adds to.

A month is computed as a sequence of functions, one per § (sats, tillæg, fradrag, gensidig forsørgelse,
225-timersregel, loft, formue, udbetaling); each reads the month (`Maaned`) and the persons' running figures
(`PersonMaaned`) and records its explanation step. The law period (`lov`) supplies the variant of each rule.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from harness.ydelser.kontanthjaelp.contract import MaanedInput, Person

from .forklaring import NUL

if TYPE_CHECKING:
    from .lovperioder import Lovperiode


@dataclass(slots=True)
class PersonMaaned:
    """One person's figures in one month. `fuld` = sats + tillæg; `egen` = fuld after own fradrag (may go below
    zero: the excess passes to a spouse); `hjaelp` = what the person is granted."""
    rolle: str
    person: Person              # with the month's bopæl (FT-KH-AENDRING)
    alder: int
    gravid: bool = False        # past the 12th week on the 1st, not yet delivered
    maaneder_paa_hjaelp_3: int = 0   # of the 3 months before, those on hjælp (§ 24, stk. 1)
    kat: str | None = None
    sats: dict[str, Any] | None = None
    tillaeg: list[dict[str, Any]] = field(default_factory=list)
    fradrag: list[dict[str, Any]] = field(default_factory=list)
    fuld: Decimal = NUL
    egen: Decimal = NUL
    hjaelp: Decimal = NUL
    timeregel_225: dict[str, Any] | None = None
    reduktion: dict[str, Any] | None = None
    loft: dict[str, Any] | None = None

    @property
    def soeger(self) -> bool:
        return self.person.soeger_hjaelp


@dataclass(slots=True)
class Maaned:
    """One calendar month of the case: its input, first day, month number, law period and household facts."""
    input: MaanedInput
    d: dt.date
    nr: int
    lov: Lovperiode
    t_lov: str
    n_boern: int
    personer: dict[str, PersonMaaned]    # the persons of the household in the month
    forhold: str = "enlig"

    @property
    def gift(self) -> bool:
        return self.forhold == "gift"

    @property
    def enlig(self) -> bool:
        return self.forhold == "enlig"

    @property
    def maaned(self) -> str:
        return self.input.maaned
