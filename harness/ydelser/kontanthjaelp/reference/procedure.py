"""Procedure is law too: an adverse change takes effect only after an afgørelse with a reason.

Forvaltningsloven § 19 (partshøring), § 22 (begrundelse) and § 24 (its content), and for the 225-timersregel the
varslingsbekendtgørelse (BEK nr. 474 af 22.4.2020). In 2023 KY reduced hjælp under the 225-hour rule without a
prior afgørelse in 11 of 20 audited municipalities (BDO/STAR). The reference lets a reduction take effect at the
earliest from the 1st of the month after an afgørelse that carries a reason (FT-KH-AFGOERELSE-VIRKNING); without
one, it pays unreduced and records why.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from harness.toolkit.parametre import Value
from harness.ydelser.kontanthjaelp.contract import Haendelse

from .forklaring import NUL, Forklaring, kr
from .husstand import dage_i_maaned, naeste_maaned
from .tilstand import Maaned, PersonMaaned

VEDROERER = ("timeregel_225", "nedsaettelse", "bortfald")


class Afgoerelse:
    __slots__ = ("dato", "gyldig", "partshoering_foer")

    def __init__(self, dato: dt.date, gyldig: bool, partshoering_foer: bool):
        self.dato, self.gyldig, self.partshoering_foer = dato, gyldig, partshoering_foer


def afgoerelser(haendelser: list[Haendelse], rolle: str) -> list[Afgoerelse]:
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


def ansoegningsdato(haendelser: list[Haendelse]) -> dt.date | None:
    datoer = [h.dato for h in haendelser if h.type == "ansoegning"]
    return min(datoer) if datoer else None


class Reduktioner:
    """The reductions the law requires in a case, and whether each may take effect yet (an afgørelse with a
    reason, effect from the month after it). Collects the afgørelseskrav the decision lists."""

    def __init__(self, haendelser: list[Haendelse], roller: tuple[str, ...]) -> None:
        self.afg = {r: afgoerelser(haendelser, r) for r in roller}
        self.krav: dict[tuple[str, str], dict[str, Any]] = {}

    def virker(self, rolle: str, d: dt.date) -> bool:
        """An afgørelse with a reason already lets a reduction take effect in the month starting d."""
        virkning, _ = tidligst_virkning(self.afg[rolle])
        return virkning is not None and virkning <= d

    def vurder(self, f: Forklaring, d: dt.date, x: PersonMaaned, art: str, beloeb: Decimal, parametre: list[Value],
               hjemmel: str, ft: str) -> bool:
        """Records the reduction the law requires of x in the month d and applies it when it may take effect;
        True when applied."""
        r = x.rolle
        virkning, afg = tidligst_virkning(self.afg[r])
        anvendt = virkning is not None and virkning <= d
        self.krav.setdefault((r, art), {"art": art, "person": r, "lovens_virkning": d, "afg": afg,
                                        "virkning": virkning, "alle": self.afg[r]})
        t = f.add("KH-225-REDUKTION", f"{hjemmel}; forvaltningsloven §§ 19, 22 og 24",
                  lambda: ({"rolle": r, "lovens_virkning": d.isoformat(),
                            "afgoerelser": [{"dato": a.dato.isoformat(), "med_begrundelse": a.gyldig} for a in self.afg[r]]},
                           {"art": art, "beloeb": kr(beloeb), "tidligst_fra": virkning.isoformat() if virkning else None,
                            "anvendt": anvendt,
                            "note": None if anvendt else ("reduktion ikke hjemlet uden afgørelse" if virkning is None
                                                          else "afgørelsen har virkning fra en senere måned")}),
                  parametre, [ft, "FT-KH-AFGOERELSE-VIRKNING"])
        x.reduktion = {"art": art, "beloeb": kr(beloeb), "tidligst_fra": virkning.isoformat() if virkning else None,
                       "anvendt": anvendt, "trin": t}
        if anvendt:
            x.hjaelp = max(NUL, x.hjaelp - beloeb)
        return anvendt

    def afgoerelseskrav(self, f: Forklaring) -> list[dict[str, Any]]:
        return [_krav_ud(f, k) for k in self.krav.values()]


def _krav_ud(f: Forklaring, k: dict[str, Any]) -> dict[str, Any]:
    afg = k["afg"]
    alle = k["alle"]
    if afg is not None:
        note = "afgørelse med begrundelse foreligger"
        if not afg.partshoering_foer:
            note += "; ingen partshøring registreret før afgørelsen (forvaltningsloven § 19)"
    elif alle:
        note = "afgørelse uden begrundelse: reduktion ikke hjemlet (forvaltningsloven § 22)"
    else:
        note = "reduktion ikke hjemlet uden afgørelse"
    t = f.add("KH-AFGOERELSESKRAV", "forvaltningsloven §§ 19, 22 og 24; BEK nr. 474 af 22.4.2020",
              lambda: ({"person": k["person"], "art": k["art"], "lovens_virkning": k["lovens_virkning"].isoformat()},
                       {"afgoerelse": afg.dato.isoformat() if afg else None,
                        "tidligst_virkning": k["virkning"].isoformat() if k["virkning"] else None,
                        "hjemlet": afg is not None, "note": note}),
              (), ["FT-KH-AFGOERELSE-VIRKNING"])
    return {"art": k["art"], "person": k["person"], "lovens_virkning": k["lovens_virkning"].isoformat(),
            "afgoerelse": afg.dato.isoformat() if afg else None,
            "tidligst_virkning": k["virkning"].isoformat() if k["virkning"] else None,
            "hjemlet": afg is not None, "note": note, "trin": t}


def ansoegningsandel(ansoegning: dt.date | None, d: dt.date) -> tuple[int, int] | None:
    """§ 11 and § 89: the days of the month starting d that hjælp covers, of its days, when the application
    falls after the 1st (a month before the application: 0 days); None for a whole month (FT-KH-ANSOEGNING)."""
    if ansoegning is None or ansoegning <= d:
        return None
    slut = dage_i_maaned(d)
    return max(0, slut - ansoegning.day + 1) if ansoegning <= d.replace(day=slut) else 0, slut


def udbetaling(f: Forklaring, k: Maaned, ansoegning: dt.date | None, sum_hjaelp: Decimal, formuefradrag: Decimal,
               nogen_soeger: bool) -> tuple[Decimal, list[str], str]:
    """§ 89, stk. 1 and § 11: what is paid for the month (bagud): the persons' hjælp (already the share of the
    month from the application, FT-KH-ANSOEGNING) less the formue deduction. (udbetalt, aarsager, trin)."""
    udbetalt = max(NUL, sum_hjaelp - formuefradrag)
    aarsager: list[str] = []
    andel = ansoegningsandel(ansoegning, k.d)
    vis_andel = None
    if andel is not None:
        if andel[0] == 0:
            aarsager = ["FOER_ANSOEGNING"]
        else:
            vis_andel = f"{andel[0]}/{andel[1]}"
    if udbetalt == 0 and not aarsager:
        if not nogen_soeger:
            aarsager = ["INGEN_ANSOEGER"]
        elif sum_hjaelp > 0:
            aarsager = ["FORMUE"]
        else:
            aarsager = ["INDTAEGT_OVERSTIGER_HJAELP"]
    t = f.add("KH-UDBETALT", "aktivloven § 89, stk. 1; § 11",
              lambda: ({"hjaelp_personer": kr(sum_hjaelp), "formuefradrag": kr(formuefradrag),
                        "ansoegningsdato": ansoegning.isoformat() if ansoegning else None, "lovperiode_trin": k.t_lov},
                       {"udbetalt": kr(udbetalt), "forholdsmaessig_andel": vis_andel, "aarsager": aarsager}),
              (), ["FT-KH-ANSOEGNING", "FT-KH-AFRUNDING"])
    return udbetalt, aarsager, t
