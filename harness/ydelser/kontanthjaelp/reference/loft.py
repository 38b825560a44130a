"""Kontanthjælpsloftet (aktivloven § 25 b), in force until 30 June 2025.

The loft caps the sum of a person's hjælp, særlig støtte (§ 34) and boligstøtte. It does not reduce the hjælp
itself: the excess reduces særlig støtte first, then boligstøtte (FT-KH-LOFT-RAEKKEFOELGE). The household's
støtte is shared equally between its adults (FT-KH-LOFT-FORDELING).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import parametre as P
from .forklaring import NUL, Forklaring, kr, ore
from .satser import voksenniveau
from .tilstand import Maaned


def kategori(kat: str, enlig: bool, n_boern: int, voksen: bool) -> tuple[str, str]:
    """The loft category: stk. 1 at the voksensats level (incl. tillæg; `voksen`, satser.voksenniveau), stk. 3 for
    other uddannelseshjælp, stk. 2 for other kontanthjælp under 30."""
    if voksen:
        if not enlig:
            return ("s1_gift_forsoerger", "nr. 1") if n_boern else ("s1_gift_ikke_forsoerger", "nr. 2")
        return {0: ("s1_enlig_ikke_forsoerger", "nr. 5"), 1: ("s1_enlig_1_barn", "nr. 3")}.get(
            n_boern, ("s1_enlig_2_boern", "nr. 4"))
    s = "s3" if kat.startswith("uh_") else "s2"
    if not enlig:
        return {0: (f"{s}_gift_ikke_forsoerger", "nr. 3"), 1: (f"{s}_gift_1_barn", "nr. 1")}.get(n_boern, (f"{s}_gift_2_boern", "nr. 2"))
    return {0: (f"{s}_enlig_ikke_forsoerger", "nr. 6"), 1: (f"{s}_enlig_1_barn", "nr. 4")}.get(n_boern, (f"{s}_enlig_2_boern", "nr. 5"))


def beregn(f: Forklaring, d: dt.date, rolle: str, kat: str, enlig: bool, n_boern: int, hjaelp: Decimal,
           saerlig_andel: Decimal, bolig_andel: Decimal, voksen: bool) -> dict:
    """Exact (unrounded) reductions of this person's share of særlig støtte and boligstøtte."""
    v = P.p("kontanthjaelpsloft", d)
    noegle, nr = kategori(kat, enlig, n_boern, voksen)
    graense = v.get(noegle)
    samlet = hjaelp + saerlig_andel + bolig_andel
    over = max(NUL, samlet - graense)
    red_s = min(saerlig_andel, over)
    red_b = min(bolig_andel, over - red_s)
    stk = {"s1": "stk. 1", "s2": "stk. 2", "s3": "stk. 3"}[noegle[:2]]
    trin = f.add("KH-LOFT", f"aktivloven § 25 b, {stk}, {nr}",
                 lambda: ({"rolle": rolle, "hjaelp": f"{hjaelp:f}", "saerlig_stoette_andel": f"{saerlig_andel:f}",
                           "boligstoette_andel": f"{bolig_andel:f}"},
                          {"kategori": noegle, "graense": f"{graense:f}", "samlet": f"{samlet:f}", "overskridelse": f"{over:f}",
                           "nedsaettelse_saerlig_stoette": f"{red_s:f}", "nedsaettelse_boligstoette": f"{red_b:f}"}),
                 [v.value(noegle)], ["FT-KH-LOFT-GRUNDLAG", "FT-KH-LOFT-FORDELING", "FT-KH-LOFT-RAEKKEFOELGE"])
    return {"kategori": noegle, "graense": graense, "samlet": samlet, "over": over, "red_s": red_s, "red_b": red_b,
            "trin": trin}


def anvend(f: Forklaring, k: Maaned, enlig: bool, saerlig: Decimal, bolig: Decimal, saerlig_bortfaldet: Decimal,
           n_voksne: int) -> tuple[Decimal, Decimal]:
    """§ 25 b for each person with hjælp in the month: the (unrounded) reductions of særlig støtte and
    boligstøtte it requires, beyond særlig støtte that has already lapsed. Records each person's `loft`.
    Særlig støtte is shared between the persons of the case; boligstøtte between all adults in the dwelling
    (`n_voksne`; FT-KH-LOFT-FORDELING)."""
    red_s = red_b = NUL
    s_andel = (saerlig - saerlig_bortfaldet) / len(k.personer)
    b_andel = bolig / n_voksne
    for x in k.personer.values():
        if x.kat and x.hjaelp > 0 and (saerlig or bolig):
            lr = beregn(f, k.d, x.rolle, x.kat, enlig, k.n_boern, x.hjaelp, s_andel, b_andel,
                        voksenniveau(k.d, x, k.n_boern))
            x.loft = {"kategori": lr["kategori"], "graense": kr(lr["graense"]), "samlet": kr(lr["samlet"]),
                      "overskridelse": kr(lr["over"]), "trin": lr["trin"]}
            red_s += lr["red_s"]
            red_b += lr["red_b"]
    return red_s, red_b


def ophaevet(f: Forklaring, k: Maaned, enlig: bool, saerlig: Decimal, bolig: Decimal, saerlig_bortfaldet: Decimal,
             n_voksne: int) -> tuple[Decimal, Decimal]:
    """From 1 July 2025 there is no kontanthjælpsloft (lov nr. 1655 af 30.12.2024; FT-KH-LOVSKIFTE)."""
    return NUL, NUL


def stoette(f: Forklaring, k: Maaned, saerlig_bortfald: bool) -> dict[str, dict[str, str]]:
    """The month's særlig støtte (§ 34) and boligstøtte after what the law reduces: særlig støtte lapses with a
    married spouse's hjælp (§ 26), and the kontanthjælpsloft of the month's law period cuts særlig støtte first,
    then boligstøtte. The decision's `saerlig_stoette` and `boligstoette`."""
    S_foer = k.input.saerlig_stoette or NUL
    B_foer = k.input.boligstoette or NUL
    n_voksne = k.input.voksne_i_boligen or len(k.personer)
    bortfaldet = S_foer if saerlig_bortfald else NUL
    red_s, red_b = k.lov.loft(f, k, k.enlig, S_foer, B_foer, bortfaldet, n_voksne)
    red_s, red_b = ore(bortfaldet + red_s), ore(red_b)
    t = f.add("KH-STOETTE", "aktivloven § 25 b og § 34; lov om individuel boligstøtte",
              lambda: ({"saerlig_stoette": kr(S_foer), "boligstoette": kr(B_foer), "bortfald_225": saerlig_bortfald}
                       | ({"voksne_i_boligen": n_voksne} if k.input.voksne_i_boligen else {}),
                       {"saerlig_stoette_nedsaettelse": kr(red_s), "boligstoette_nedsaettelse": kr(red_b)}),
              (), ["FT-KH-LOFT-RAEKKEFOELGE", "FT-KH-225-AEGTEPAR"] if saerlig_bortfald else ["FT-KH-LOFT-RAEKKEFOELGE"])
    return {"saerlig_stoette": {"foer": kr(S_foer), "nedsaettelse": kr(red_s), "efter": kr(S_foer - red_s), "trin": t},
            "boligstoette": {"foer": kr(B_foer), "nedsaettelse": kr(red_b), "efter": kr(B_foer - red_b), "trin": t}}
