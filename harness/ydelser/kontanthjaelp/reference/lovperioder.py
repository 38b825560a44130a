"""The law periods of kontanthjælp as named variants, chosen by the month's date (as OpenFisca picks a
formula by its start date): no rule asks `if lov == ...`; each month asks its period for the variant of a rule.

FOER_2025_07: aktivloven §§ 25-26, 31, 25 b, 13 f-13 g (as before lov nr. 1655 af 30.12.2024).
FRA_2025_07:  aktivloven §§ 16-20 and the new § 31 (lov nr. 1655 af 30.12.2024, virkning 1.7.2025); the
              kontanthjælpsloft and the 225-timersregel are repealed (FT-KH-LOVSKIFTE).
Which period a date falls in is data (parametre/lovperioder.yaml).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from harness.toolkit.parametre import Value

from . import fradrag as FR
from . import loft as LOFT
from . import parametre as P
from . import satser as S
from . import timeregel_225 as T225

Sats = Callable[..., tuple[str, Decimal, str]]
Tillaeg = Callable[..., list[tuple[str, Decimal, str]]]
Arbejdsfradrag = Callable[..., tuple[Decimal, str]]


@dataclass(frozen=True)
class Lovperiode:
    navn: str                  # the decision's `lov`
    sats: Sats                 # § 25 and § 23 / § 16
    tillaeg: Tillaeg           # § 24 aktivitetstillæg to uddannelseshjælp / §§ 17-19
    arbejdsfradrag: Arbejdsfradrag   # § 31 before / after the reform
    timeregel_225: Callable[..., bool]   # §§ 13 f-13 g, § 26, stk. 4-11 / repealed
    loft: Callable[..., tuple[Decimal, Decimal]]   # § 25 b / repealed
    hjemmel_hjaelp: str        # what a person's hjælp rests on


FOER_2025_07 = Lovperiode(
    navn="foer_2025_07", sats=S.sats_foer, tillaeg=S.aktivitetstillaeg, arbejdsfradrag=FR.arbejde_foer,
    timeregel_225=T225.anvend, loft=LOFT.anvend, hjemmel_hjaelp="aktivloven § 25 og § 30")

FRA_2025_07 = Lovperiode(
    navn="fra_2025_07", sats=S.sats_fra, tillaeg=S.tillaeg_fra, arbejdsfradrag=FR.arbejde_fra,
    timeregel_225=T225.ophaevet, loft=LOFT.ophaevet, hjemmel_hjaelp="aktivloven §§ 16-20 og § 30")

LOVPERIODER = {lp.navn: lp for lp in (FOER_2025_07, FRA_2025_07)}


def for_dato(d: dt.date) -> tuple[Lovperiode, Value]:
    """The law period of the month starting `d`, and the parameter value that says so."""
    navn, v = P.lov(d)
    return LOVPERIODER[navn], v
