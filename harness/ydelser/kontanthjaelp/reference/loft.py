"""Kontanthjælpsloftet (aktivloven § 25 b), in force until 30 June 2025.

The loft caps the sum of a person's hjælp, særlig støtte (§ 34) and boligstøtte. It does not reduce the hjælp
itself: the excess reduces særlig støtte first, then boligstøtte (FT-KH-LOFT-RAEKKEFOELGE). The household's
støtte is shared equally between its adults (FT-KH-LOFT-FORDELING).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import parametre as P
from .forklaring import NUL, Forklaring

VOKSENSATS = ("fyldt30_forsoerger", "fyldt30_andre")


def kategori(kat: str, enlig: bool, n_boern: int) -> tuple[str, str]:
    if kat in VOKSENSATS:
        if not enlig:
            return ("s1_gift_forsoerger", "nr. 1") if n_boern else ("s1_gift_ikke_forsoerger", "nr. 2")
        return {0: ("s1_enlig_ikke_forsoerger", "nr. 5"), 1: ("s1_enlig_1_barn", "nr. 3")}.get(
            n_boern, ("s1_enlig_2_boern", "nr. 4"))
    if not enlig:
        return {0: ("s2_gift_ikke_forsoerger", "nr. 3"), 1: ("s2_gift_1_barn", "nr. 1")}.get(n_boern, ("s2_gift_2_boern", "nr. 2"))
    return {0: ("s2_enlig_ikke_forsoerger", "nr. 6"), 1: ("s2_enlig_1_barn", "nr. 4")}.get(n_boern, ("s2_enlig_2_boern", "nr. 5"))


def beregn(f: Forklaring, d: dt.date, rolle: str, kat: str, enlig: bool, n_boern: int, hjaelp: Decimal,
           saerlig_andel: Decimal, bolig_andel: Decimal) -> dict:
    """Exact (unrounded) reductions of this person's share of særlig støtte and boligstøtte."""
    v = P.p("kontanthjaelpsloft", d)
    noegle, nr = kategori(kat, enlig, n_boern)
    graense = v.get(noegle)
    samlet = hjaelp + saerlig_andel + bolig_andel
    over = max(NUL, samlet - graense)
    red_s = min(saerlig_andel, over)
    red_b = min(bolig_andel, over - red_s)
    stk = "stk. 1" if noegle.startswith("s1") else "stk. 2"
    trin = f.add("KH-LOFT", f"aktivloven § 25 b, {stk}, {nr}",
                 lambda: ({"rolle": rolle, "hjaelp": f"{hjaelp:f}", "saerlig_stoette_andel": f"{saerlig_andel:f}",
                           "boligstoette_andel": f"{bolig_andel:f}"},
                          {"kategori": noegle, "graense": f"{graense:f}", "samlet": f"{samlet:f}", "overskridelse": f"{over:f}",
                           "nedsaettelse_saerlig_stoette": f"{red_s:f}", "nedsaettelse_boligstoette": f"{red_b:f}"}),
                 [v.value(noegle)], ["FT-KH-LOFT-GRUNDLAG", "FT-KH-LOFT-FORDELING", "FT-KH-LOFT-RAEKKEFOELGE"])
    return {"kategori": noegle, "graense": graense, "samlet": samlet, "over": over, "red_s": red_s, "red_b": red_b,
            "trin": trin}
