"""Procedure is law too: an adverse change takes effect only after an afgørelse with a reason.

Forvaltningsloven § 19 (partshøring), § 22 (begrundelse) and § 24 (its content), and for the 225-timersregel the
varslingsbekendtgørelse (BEK nr. 474 af 22.4.2020). In 2023 KY reduced hjælp under the 225-hour rule without a
prior afgørelse in 11 of 20 audited municipalities (BDO/STAR). The reference lets a reduction take effect at the
earliest from the 1st of the month after an afgørelse that carries a reason (FT-KH-AFGOERELSE-VIRKNING); without
one, it pays unreduced and records why.
"""
from __future__ import annotations

import datetime as dt

from .husstand import naeste_maaned

VEDROERER = ("timeregel_225", "nedsaettelse", "bortfald")


class Afgoerelse:
    __slots__ = ("dato", "gyldig", "partshoering_foer")

    def __init__(self, dato: dt.date, gyldig: bool, partshoering_foer: bool):
        self.dato, self.gyldig, self.partshoering_foer = dato, gyldig, partshoering_foer


def afgoerelser(haendelser, rolle: str) -> list[Afgoerelse]:
    """The afgørelser about a reduction for this person (or the household), oldest first."""
    hoeringer = [h.dato for h in haendelser if h.type == "partshoering" and h.person in (None, rolle)]
    out = []
    for h in haendelser:
        if h.type == "afgoerelse" and h.vedroerer in VEDROERER and h.person in (None, rolle):
            gyldig = bool(h.begrundelse and h.begrundelse.strip())
            out.append(Afgoerelse(h.dato, gyldig, any(x <= h.dato for x in hoeringer)))
    out.sort(key=lambda a: a.dato)
    return out


def tidligst_virkning(afg: list[Afgoerelse]) -> tuple[dt.date | None, Afgoerelse | None]:
    for a in afg:
        if a.gyldig:
            return naeste_maaned(a.dato), a
    return None, None


def ansoegningsdato(haendelser) -> dt.date | None:
    datoer = [h.dato for h in haendelser if h.type == "ansoegning"]
    return min(datoer) if datoer else None
