"""Sygedagpenge (lov om sygedagpenge and BEK 1091/2021): the reference decision for one absence.

`calculate(case)` returns a decision in the shape of schemas/sygedagpenge/decision.schema.json. The order of
the steps follows the law: the employer's duty (§ 30), the kommune's (§ 32 / §§ 41-42), the deadlines (§§ 38,
40), the amount (§§ 45-53), the duration (§§ 24, 27), then payments and refusion week by week (§§ 50, 54-59).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ..begrundelse import Begrundelse
from ..datoer import hverdage, iso_uge
from ..parametre import load
from . import beregning, frister, ret, varighed
from .beregning import oere
from .sag import parse

PARAMETRE = Path(__file__).parent / "parametre"
# The days the weekly maximum is known for (hoejeste_beloeb.yaml); later days are out of scope, not guessed.
LOVDATOER = ("2014-01-06", "2027-01-03")
ZERO = Decimal(0)
FEM = Decimal(5)


def parameters():
    return load(str(PARAMETRE))


def calculate(case: dict) -> dict:
    sag = parse(case)
    P = parameters()
    B = Begrundelse()
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag

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
                               {"kommunens_pligt_fra": pligt_start.isoformat(), "sidste_fravaersdag": L.isoformat()},
                               {"ret": False}))
            pligt_start = None
    borger_fra = pligt_start
    if pligt_start is not None:
        f38 = frister.borger_til_kommune(sag, pligt_start, P, B)
        if f38:
            frist_liste.append(f38)
            if not f38.overholdt and not sag.anmeldelser.undskyldende_forhold:
                borger_fra = max(pligt_start, f38.modtaget)
                km.aarsager.append("SDL38_SEN_ANMODNING")
        kommune_fra = {"dato": (pligt_start if betaler_loen else borger_fra).isoformat(), "trin": pligt_trin}
        if borger_fra != pligt_start and not betaler_loen:
            kommune_fra = {"dato": borger_fra.isoformat(), "trin": f38.trin}

    # Refusion to the employer: from the kommune's liability, from day 2 (§ 55) or day 1 (§ 56) if insured/agreed.
    f40 = frister.arbejdsgiver_til_kommune(sag, ag.ret, ag_til, P, B)
    if f40:
        frist_liste.append(f40)
    a = sag.ansaettelse
    refusion_fra = refusion_til = None
    if a is not None and ret_32 and not hindring and (betaler_loen or a.arbejdsgiver_forsikret_55 or a.aftale_56):
        tidlig = F if a.aftale_56 else (F + dt.timedelta(days=1) if a.arbejdsgiver_forsikret_55 else liability_start)
        tidlig = min(tidlig, liability_start)
        if tidlig <= L:
            refusion_fra, refusion_trin = frister.refusion_start(sag, tidlig, f40, P, B)
    # Without salary the employer is refunded only what it paid itself: the arbejdsgiverperiode.
    refusion_til = None if betaler_loen or ag_til is None else ag_til

    # § 24: counted days are days with sygedagpenge, refusion or salary during sickness.
    taelle_fra = None
    if km.ret:
        taelle_fra = pligt_start if betaler_loen else borger_fra
    v = varighed.beregn(sag, taelle_fra, P, B)

    satsperioder, udbetalinger, refusioner = [], [], []
    total_udb, total_ref = ZERO, ZERO
    slut = v.sidste_betalingsdag if km.ret else (L if refusion_fra is not None else None)
    if slut is not None:
        g = beregning.grundlag(sag, P, B)
        loen = a.loen_pr_uge_under_fravaer if betaler_loen else None
        weeks = _Uger(g, loen)
        b_ord = borger_fra.toordinal() if km.ret else dt.date.max.toordinal()
        r_ord = refusion_fra.toordinal() if refusion_fra is not None else None
        r_end = refusion_til.toordinal() if refusion_til is not None else None
        end = slut.toordinal()
        first = min(b_ord, r_ord) if r_ord is not None else b_ord
        monday = first - (first - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
        while monday <= end:
            sunday = monday + 6
            fra, til = max(monday, first), min(sunday, end)
            s = weeks.sats(dt.date.fromordinal(monday), P, B)
            if satsperioder and satsperioder[-1][2] is s:
                satsperioder[-1] = (satsperioder[-1][0], til, s)
            else:
                satsperioder.append((fra, til, s))
            if b_ord <= til:  # the citizen
                bfra = max(fra, b_ord)
                dage = 5 if bfra == monday and til == sunday else hverdage(dt.date.fromordinal(bfra), dt.date.fromordinal(til))
                if dage:
                    sdp, loen_d = weeks.beloeb(s.ugebeloeb, dage)
                    if loen_d is not None:
                        sdp -= min(sdp, loen_d)
                    if sdp > 0:
                        udbetalinger.append(weeks.post(monday, bfra, til, dage, sdp, s.trin))
                        total_udb += sdp
            if r_ord is not None and r_ord <= til and (r_end is None or r_end >= fra):  # the employer
                rfra = max(fra, r_ord)
                rtil = til if r_end is None else min(til, r_end)
                dage = hverdage(dt.date.fromordinal(rfra), dt.date.fromordinal(rtil))
                if dage:
                    sdp, loen_d = weeks.beloeb(s.ugebeloeb, dage)
                    if loen_d is not None:
                        sdp = min(sdp, loen_d)
                    if sdp > 0:
                        refusioner.append(weeks.post(monday, rfra, rtil, dage, sdp, refusion_trin))
                        total_ref += sdp
            monday += 7
    sum_udb = B.add("SDL-UDBETALT-I-ALT", "sygedagpengeloven § 50, stk. 3",
                    {"uger": len(udbetalinger)}, {"beloeb": _kr(total_udb)}, (), ("FT-SDP-DAGE", "FT-SDP-AFRUNDING"))
    sum_ref = B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54",
                    {"uger": len(refusioner)}, {"beloeb": _kr(total_ref)}, (), ("FT-SDP-REFUSION",))

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
        "udbetalt_i_alt": {"beloeb": _kr(total_udb), "trin": sum_udb},
        "refusion": refusioner,
        "refusion_i_alt": {"beloeb": _kr(total_ref), "trin": sum_ref},
        "varighed": {"revurderingstidspunkt": _iso_or_none(v.revurderingstidspunkt), "forlaengelse": v.forlaengelse,
                     "sidste_betalingsdag": _iso_or_none(v.sidste_betalingsdag) if km.ret else None,
                     "ophoersaarsag": v.ophoersaarsag if km.ret else "INGEN_RET", "trin": v.trin},
        "frister": [f.as_dict() for f in frist_liste],
        "begrundelse": B.steps,
    }


def _iso_or_none(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


class _Uger:
    """Per-case caches for the week loop: one Sats per maximum, one amount per (weekly amount, days)."""
    __slots__ = ("g", "loen", "satser", "beloeb_cache", "timer")

    def __init__(self, g, loen: Decimal | None):
        self.g, self.loen = g, loen
        self.satser: dict[Decimal, beregning.Sats] = {}
        self.beloeb_cache: dict[tuple, tuple[Decimal, Decimal | None]] = {}
        self.timer = g.timer_pr_uge

    def sats(self, monday: dt.date, P, B) -> beregning.Sats:
        loft = P.at("hoejeste_beloeb_pr_uge", monday)  # changes only on a Monday (§ 64)
        s = self.satser.get(loft.vaerdi)
        if s is None:
            s = self.satser[loft.vaerdi] = beregning.sats(self.g, monday, P, B)
        return s

    def beloeb(self, ugebeloeb: Decimal, dage: int) -> tuple[Decimal, Decimal | None]:
        """A week's sygedagpenge (and salary) for `dage` weekdays: weekly x dage/5, rounded once (FT-SDP-AFRUNDING)."""
        key = (ugebeloeb, dage)
        hit = self.beloeb_cache.get(key)
        if hit is None:
            sdp = ugebeloeb if dage == 5 else oere(ugebeloeb * dage / FEM)
            loen = self.loen
            loen_d = None if loen is None else (loen if dage == 5 else oere(loen * dage / FEM))
            hit = self.beloeb_cache[key] = (sdp, loen_d)
        return hit

    def post(self, monday: int, fra: int, til: int, dage: int, beloeb: Decimal, trin: str) -> dict:
        return {"uge": _uge(monday), "fra": _iso(fra), "til": _iso(til), "dage": dage,
                "timer": None if self.timer is None else _timer(self.timer, dage),
                "beloeb": _kr(beloeb), "trin": trin}


@lru_cache(maxsize=8192)
def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


@lru_cache(maxsize=2048)
def _uge(monday: int) -> str:
    return iso_uge(dt.date.fromordinal(monday))


@lru_cache(maxsize=1024)
def _timer(timer_pr_uge: Decimal, dage: int) -> str:
    return f"{(timer_pr_uge * dage / FEM).quantize(Decimal('0.01'))}"


@lru_cache(maxsize=8192)
def _kr(x: Decimal) -> str:
    return f"{x:.2f}"


def _satsperiode(p: tuple) -> dict:
    fra, til, s = p
    return {"fra": _iso(fra), "til": _iso(til), "loft_pr_uge": _kr(s.loft.vaerdi),
            "loft_pr_time": f"{s.loft_pr_time.quantize(Decimal('0.0001'))}",
            "timesats": None if s.timesats is None else f"{s.timesats.quantize(Decimal('0.0001'))}",
            "ugebeloeb": _kr(s.ugebeloeb), "loft_anvendt": s.loft_anvendt, "trin": s.trin}
