"""The monthly amount (aktivloven § 69 j, stk. 2): forsørger (nr. 1), ikke-forsørger (nr. 2), under 25 and living
with a parent without forsørgerpligt (nr. 3). The same levels as kontanthjælp § 25, stk. 2 in every official year;
formue and a spouse's income never count (§ 69 j, stk. 1)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.toolkit.begrundelse import Begrundelse

from . import parametre as P
from .tid import alder, boern_under_18

HJEMMEL = {"forsoerger": "aktivloven § 69 j, stk. 2, nr. 1", "ikke_forsoerger": "aktivloven § 69 j, stk. 2, nr. 2",
           "u25_hjemmeboende": "aktivloven § 69 j, stk. 2, nr. 3"}


def kategori(foedselsdato: dt.date, hjemmeboende: bool, boern: list[dt.date], d: dt.date) -> tuple[str, int, int]:
    """(kategori, alder, børn under 18) on the 1st of the month starting d (FT-RFY-KATEGORI)."""
    a, n = alder(foedselsdato, d), boern_under_18(boern, d)
    if n:
        return "forsoerger", a, n
    if a < 25 and hjemmeboende:
        return "u25_hjemmeboende", a, n
    return "ikke_forsoerger", a, n


def sats(f: Begrundelse, d: dt.date, foedselsdato: dt.date, hjemmeboende: bool,
         boern: list[dt.date]) -> tuple[str, Decimal, str]:
    kat, a, n = kategori(foedselsdato, hjemmeboende, boern, d)
    v = P.at(f"sats.{kat}", d)
    trin = f.add("RFY-SATS", HJEMMEL[kat],
                 lambda: ({"alder": a, "boern_under_18": n, "hjemmeboende": hjemmeboende},
                          {"kategori": kat, "beloeb": f"{v.vaerdi:f}"}), [v], ["FT-RFY-KATEGORI"])
    return kat, v.vaerdi, trin
