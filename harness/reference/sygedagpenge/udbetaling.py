"""The kommune's payments to the citizen and its refusion to the employer, week by week (ISO weeks, Monday to
Sunday): § 50, stk. 3 (5-day week in equal shares), § 50, stk. 4 and §§ 54-56 (refusion, never above the salary).
The maximum changes on a Monday (§ 64), so every week has one rate; rates are grouped into satsperioder."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..begrundelse import Begrundelse
from ..datoer import hverdage, iso_uge
from ..parametre import Parameters
from . import beregning
from .beregning import oere

ZERO = Decimal(0)
FEM = Decimal(5)


@dataclass
class Uger:
    satsperioder: list = field(default_factory=list)   # (first ordinal, last ordinal, Sats)
    udbetalinger: list[dict] = field(default_factory=list)
    refusioner: list[dict] = field(default_factory=list)
    total_udbetalt: Decimal = ZERO
    total_refusion: Decimal = ZERO


def beregn(g: beregning.Grundlag, borger_fra: dt.date | None, refusion_fra: dt.date | None,
           refusion_til: dt.date | None, slut: dt.date, loen: Decimal | None, refusion_trin: str | None,
           P: Parameters, B: Begrundelse) -> Uger:
    """borger_fra: first day paid to the citizen (None: nothing); refusion_fra/til: the employer's refusion days;
    loen: salary per full week when the employer pays salary (the citizen then gets only a shortfall)."""
    out = Uger()
    cache = _Cache(g, loen)
    b_ord = borger_fra.toordinal() if borger_fra is not None else dt.date.max.toordinal()
    r_ord = refusion_fra.toordinal() if refusion_fra is not None else None
    r_end = refusion_til.toordinal() if refusion_til is not None else None
    end = slut.toordinal()
    first = min(b_ord, r_ord) if r_ord is not None else b_ord
    monday = first - (first - 1) % 7  # ordinal 1 (0001-01-01) is a Monday
    while monday <= end:
        sunday = monday + 6
        fra, til = max(monday, first), min(sunday, end)
        s = cache.sats(dt.date.fromordinal(monday), P, B)
        if out.satsperioder and out.satsperioder[-1][2] is s:
            out.satsperioder[-1] = (out.satsperioder[-1][0], til, s)
        else:
            out.satsperioder.append((fra, til, s))
        if b_ord <= til:  # the citizen
            bfra = max(fra, b_ord)
            dage = 5 if bfra == monday and til == sunday else hverdage(dt.date.fromordinal(bfra), dt.date.fromordinal(til))
            if dage:
                sdp, loen_d = cache.beloeb(s.ugebeloeb, dage)
                if loen_d is not None:
                    sdp -= min(sdp, loen_d)
                if sdp > 0:
                    out.udbetalinger.append(cache.post(monday, bfra, til, dage, sdp, s.trin))
                    out.total_udbetalt += sdp
        if r_ord is not None and r_ord <= til and (r_end is None or r_end >= fra):  # the employer
            rfra = max(fra, r_ord)
            rtil = til if r_end is None else min(til, r_end)
            dage = hverdage(dt.date.fromordinal(rfra), dt.date.fromordinal(rtil))
            if dage:
                sdp, loen_d = cache.beloeb(s.ugebeloeb, dage)
                if loen_d is not None:
                    sdp = min(sdp, loen_d)
                if sdp > 0:
                    out.refusioner.append(cache.post(monday, rfra, rtil, dage, sdp, refusion_trin))
                    out.total_refusion += sdp
        monday += 7
    return out


class _Cache:
    """Per-case caches for the week loop: one Sats per maximum, one amount per (weekly amount, days)."""
    __slots__ = ("g", "loen", "satser", "beloeb_cache", "timer")

    def __init__(self, g: beregning.Grundlag, loen: Decimal | None):
        self.g, self.loen = g, loen
        self.satser: dict[Decimal, beregning.Sats] = {}
        self.beloeb_cache: dict[tuple, tuple[Decimal, Decimal | None]] = {}
        self.timer = g.timer_pr_uge

    def sats(self, monday: dt.date, P: Parameters, B: Begrundelse) -> beregning.Sats:
        loft = P.at("hoejeste_beloeb_pr_uge", monday)
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
        return {"uge": uge_navn(monday), "fra": iso(fra), "til": iso(til), "dage": dage,
                "timer": None if self.timer is None else _timer(self.timer, dage), "beloeb": kr(beloeb), "trin": trin}


@lru_cache(maxsize=8192)
def iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


@lru_cache(maxsize=2048)
def uge_navn(monday: int) -> str:
    return iso_uge(dt.date.fromordinal(monday))


@lru_cache(maxsize=1024)
def _timer(timer_pr_uge: Decimal, dage: int) -> str:
    return f"{(timer_pr_uge * dage / FEM).quantize(Decimal('0.01'))}"


@lru_cache(maxsize=8192)
def kr(x: Decimal) -> str:
    return f"{x:.2f}"
