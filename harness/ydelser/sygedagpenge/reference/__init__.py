"""Sygedagpenge (lov om sygedagpenge and BEK 1091/2021): the reference decision for one absence.

`calculate(case)` returns a decision in the shape of schemas/sygedagpenge/decision.schema.json. The order of
the steps follows the law: the employer's duty (§ 30), the kommune's (§ 32 / §§ 41-42), the deadlines (§§ 38,
40), the amount (§§ 45-53), the duration (§§ 24, 27), then payments and refusion week by week (§§ 50, 54-59).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import OutOfScope
from harness.toolkit.parametre import load

from . import beregning, frister, ret, udbetaling, varighed
from .sag import parse
from .udbetaling import iso, kr

PARAMETRE = Path(__file__).parents[1] / "parametre"
# The days the weekly maximum is known for (hoejeste_beloeb.yaml); later days are out of scope, not guessed.
LOVDATOER = ("2014-01-06", "2027-01-03")
ZERO = Decimal(0)
FIRE = Decimal("0.0001")


@cache
def parameters():
    return load(str(PARAMETRE))


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """begrundelse=False: the same decision and step ids without the steps' details (see ..begrundelse)."""
    sag = parse(case)
    P = parameters()
    B = Begrundelse(aktiv=begrundelse)
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    if not LOVDATOER[0] <= F.isoformat() <= LOVDATOER[1]:   # not even a refusal: the law of that day is not known
        raise OutOfScope(f"første fraværsdag {F.isoformat()} is outside the law the reference covers "
                         f"({LOVDATOER[0]} – {LOVDATOER[1]})")

    hindring = ret.delvis_taerskel(sag, P, B)
    ag = hindring or ret.arbejdsgiver(sag, P, B)
    ag_periode = ret.arbejdsgiverperiode(sag, P, B) if ag.ret else None
    ag_til = ag_periode[1] if ag_periode else None
    km = hindring or ret.kommune(sag, P, B)

    frist_liste = []
    f_ag = frister.borger_til_arbejdsgiver(sag, B)
    if f_ag:
        frist_liste.append(f_ag)

    kommune_fra = None
    betaler_loen = sag.ansaettelse is not None and sag.ansaettelse.arbejdsgiver_betaler_loen
    pligt_start = None
    # § 32 met: the condition for refusion (§§ 54-56) even when the kommune itself pays the citizen nothing.
    ret_32 = km.ret
    if km.ret:
        pligt_start, pligt_trin = ret.kommune_pligt_start(sag, ag.ret, ag_til, P, B)
        liability_start = pligt_start
        if pligt_start > L:
            km = ret.Ret(False, ["FRAVAER_SLUTTER_FOER_KOMMUNENS_BETALINGSPLIGT"],
                         B.add("SDL-KOMMUNE-INGEN-DAGE", "sygedagpengeloven §§ 30-32",
                               lambda: ({"kommunens_pligt_fra": pligt_start.isoformat(), "sidste_fravaersdag": L.isoformat()},
                                        {"ret": False})))
            pligt_start = None
    borger_fra = pligt_start
    if pligt_start is not None:
        f38 = frister.borger_til_kommune(sag, pligt_start, P, B)
        if f38:
            frist_liste.append(f38)
            if not f38.overholdt and not sag.anmeldelser.undskyldende_forhold:
                borger_fra = max(pligt_start, f38.modtaget)
                km.aarsager.append("SDL38_SEN_ANMODNING")
        # With salary the kommune's liability shows as refusion from pligt_start; else the citizen's first day.
        fra = pligt_start if betaler_loen else borger_fra
        kommune_fra = {"dato": fra.isoformat(), "trin": pligt_trin if fra == pligt_start else f38.trin}

    # Refusion to the employer: from the kommune's liability, from day 2 (§ 55) or day 1 (§ 56) if insured/agreed.
    f40 = frister.arbejdsgiver_til_kommune(sag, ag.ret, ag_til, P, B)
    if f40:
        frist_liste.append(f40)
    a = sag.ansaettelse
    refusion_fra = refusion_til = None
    tidlig_refusion = a is not None and ag.ret and (a.arbejdsgiver_forsikret_55 or a.aftale_56)
    if a is not None and ret_32 and not hindring and (betaler_loen or tidlig_refusion):
        tidlig = liability_start
        if tidlig_refusion:
            tidlig = min(tidlig, F if a.aftale_56 else F + dt.timedelta(days=1))
        if tidlig <= L:
            refusion_fra, refusion_trin, f59 = frister.refusion_start(sag, tidlig, P, B)
            if f59:
                frist_liste.append(f59)
    # Without salary the employer is refunded only what it paid itself: the arbejdsgiverperiode.
    refusion_til = None if betaler_loen or ag_til is None else ag_til

    # § 24: counted days are days with sygedagpenge, refusion or salary during sickness.
    taelle_fra = None
    if km.ret:
        taelle_fra = pligt_start if betaler_loen else borger_fra
    v = varighed.beregn(sag, taelle_fra, P, B)

    slut = v.sidste_betalingsdag if km.ret else (L if refusion_fra is not None else None)
    uger = udbetaling.Uger()
    if slut is not None:
        g = beregning.grundlag(sag, P, B)
        uger = udbetaling.beregn(g, borger_fra if km.ret else None, refusion_fra, refusion_til, slut,
                                 sag.ansaettelse.loen_pr_uge_under_fravaer if betaler_loen else None,
                                 refusion_trin if refusion_fra is not None else None, P, B)
    total_udb, total_ref = uger.total_udbetalt, uger.total_refusion
    satsperioder, udbetalinger, refusioner = uger.satsperioder, uger.udbetalinger, uger.refusioner
    sum_udb = B.add("SDL-UDBETALT-I-ALT", "sygedagpengeloven § 50, stk. 3",
                    lambda: ({"uger": len(udbetalinger)}, {"beloeb": kr(total_udb)}), (), ("FT-SDP-DAGE", "FT-SDP-AFRUNDING"))
    sum_ref = B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54",
                    lambda: ({"uger": len(refusioner)}, {"beloeb": kr(total_ref)}), (), ("FT-SDP-REFUSION",))

    return {
        "schema_version": "1.0",
        "ydelse": "sygedagpenge",
        "sags_id": sag.sags_id,
        "ret_arbejdsgiver": {"ret": ag.ret, "aarsager": ag.aarsager, "trin": ag.trin},
        "arbejdsgiverperiode": None if ag_periode is None else
        {"fra": ag_periode[0].isoformat(), "til": ag_periode[1].isoformat(), "trin": ag_periode[2]},
        "ret_kommune": {"ret": km.ret, "aarsager": km.aarsager, "trin": km.trin},
        "kommune_betaler_fra": kommune_fra,
        "satsperioder": [_satsperiode(p) for p in satsperioder],
        "udbetalinger": udbetalinger,
        "udbetalt_i_alt": {"beloeb": kr(total_udb), "trin": sum_udb},
        "refusion": refusioner,
        "refusion_i_alt": {"beloeb": kr(total_ref), "trin": sum_ref},
        "varighed": {"revurderingstidspunkt": _iso_or_none(v.revurderingstidspunkt), "forlaengelse": v.forlaengelse,
                     "sidste_betalingsdag": _iso_or_none(v.sidste_betalingsdag) if km.ret else None,
                     "ophoersaarsag": v.ophoersaarsag if km.ret else "INGEN_RET", "trin": v.trin},
        "frister": [f.as_dict() for f in frist_liste],
        "begrundelse": B.steps,
    }


def _iso_or_none(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _satsperiode(p: tuple) -> dict:
    fra, til, s = p
    return {"fra": iso(fra), "til": iso(til), "loft_pr_uge": kr(s.loft.vaerdi),
            "loft_pr_time": f"{s.loft_pr_time.quantize(FIRE)}",
            "timesats": None if s.timesats is None else f"{s.timesats.quantize(FIRE)}",
            "ugebeloeb": kr(s.ugebeloeb), "loft_anvendt": s.loft_anvendt, "trin": s.trin}
