"""The kommune's payments to the citizen and its refusion to the employer, week by week (ISO weeks, Monday to
Sunday): § 50, stk. 3 (5-day week in equal shares), § 50, stk. 4 and §§ 54-56 (refusion, never above the salary).
The maximum changes on a Monday (§ 64), so every week has one rate; rates are grouped into satsperioder.

Weeks are dates as ordinals (ordinal 1, 0001-01-01, is a Monday). The rate is looked up only where the maximum
changes, and a full week's amount once per rate, so a long absence costs one small dict per week."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import iso_uge
from harness.toolkit.parametre import Parameters

from . import beregning
from .beregning import ORE, oere

ZERO = Decimal(0)
FEM = Decimal(5)
LOFT = "hoejeste_beloeb_pr_uge"


class Uger:
    __slots__ = ("refusioner", "satsperioder", "total_refusion", "total_udbetalt", "udbetalinger")

    def __init__(self) -> None:
        self.satsperioder: list = []   # (first ordinal, last ordinal, Sats)
        self.udbetalinger: list[dict] = []
        self.refusioner: list[dict] = []
        self.total_udbetalt = self.total_refusion = ZERO


def beregn(g: beregning.Grundlag, borger_fra: dt.date | None, refusion_fra: dt.date | None,
           refusion_til: dt.date | None, slut: dt.date, loen: Decimal | None, refusion_trin: str | None,
           P: Parameters, B: Begrundelse) -> Uger:
    """borger_fra: first day paid to the citizen (None: nothing); refusion_fra/til: the employer's refusion days;
    loen: salary per full week when the employer pays salary (the citizen then gets only a shortfall)."""
    out = Uger()
    end = slut.toordinal()
    starts = [d.toordinal() for d in (borger_fra, refusion_fra) if d is not None]
    if not starts:
        return out
    first = min(starts)
    if first > end:
        return out
    out.satsperioder = _satsperioder(g, first, end, P, B)
    if borger_fra is not None:
        out.total_udbetalt = _poster(out.udbetalinger, borger_fra.toordinal(), end, out.satsperioder, loen,
                                     g.timer_pr_uge, _borger, None)
    if refusion_fra is not None:
        r_end = end if refusion_til is None else min(end, refusion_til.toordinal())
        out.total_refusion = _poster(out.refusioner, refusion_fra.toordinal(), r_end, out.satsperioder, loen,
                                     g.timer_pr_uge, _arbejdsgiver, refusion_trin)
    return out


def _satsperioder(g: beregning.Grundlag, first: int, end: int, P: Parameters, B: Begrundelse) -> list:
    """[(from, to, Sats)] covering first..end; a week takes the maximum in force on its Monday, so a new maximum
    starts on the first Monday on or after its valid_from. Equal maxima in a row share one Sats (one step)."""
    loft = P[LOFT]
    satser: dict[Decimal, beregning.Sats] = {}
    perioder: list = []
    monday = first - (first - 1) % 7
    fra = first
    while True:
        day = dt.date.fromordinal(monday)
        value = P.at(LOFT, day)
        s = satser.get(value.vaerdi)
        if s is None:
            s = satser[value.vaerdi] = beregning.sats(g, day, P, B)
        skift = loft.skift_efter(day)
        if skift is None:
            P.at(LOFT, dt.date.fromordinal(end - (end - 1) % 7))  # the last week is inside the known values
            naeste = end + 1
        else:
            naeste = skift.toordinal() + (7 - (skift.toordinal() - 1) % 7) % 7
        til = min(end, naeste - 1)
        if perioder and perioder[-1][2] is s:
            perioder[-1] = (perioder[-1][0], til, s)
        else:
            perioder.append((fra, til, s))
        if naeste > end:
            return perioder
        monday = fra = naeste


def _borger(sdp: Decimal, loen_d: Decimal | None) -> Decimal:
    """With salary, the citizen gets only what the salary falls short of the sygedagpenge."""
    return sdp if loen_d is None else sdp - min(sdp, loen_d)


def _arbejdsgiver(sdp: Decimal, loen_d: Decimal | None) -> Decimal:
    """Refusion is never above the salary paid (§ 54)."""
    return sdp if loen_d is None else min(sdp, loen_d)


def _poster(rows: list[dict], fra: int, til: int, perioder: list, loen: Decimal | None, timer_pr_uge: Decimal | None,
            andel, trin: str | None) -> Decimal:
    """One row per ISO week that has weekdays in fra..til and a positive amount; returns the total.
    loen: the salary per full week, if any; timer_pr_uge: the hours paid per full week (lønmodtagere).
    trin: the step every row cites (None: the week's rate step). Rate periods change on Mondays, so each week
    lies in one period: per period a first part week, the full weeks (one amount, worked out once), a last part
    week. Ordinal arithmetic: ordinal o is a Monday when (o - 1) % 7 == 0."""
    total = ZERO
    for p_fra, p_til, s in perioder:
        a_fra = fra if fra > p_fra else p_fra
        a_til = til if til < p_til else p_til
        if a_fra > a_til:
            continue
        t = trin or s.trin
        foerste_mandag = a_fra - (a_fra - 1) % 7
        sidste_mandag = a_til - (a_til - 1) % 7
        hel_fra = foerste_mandag if a_fra == foerste_mandag else foerste_mandag + 7
        hel_til = sidste_mandag if a_til == sidste_mandag + 6 else sidste_mandag - 7
        if a_fra != foerste_mandag:   # a first part week (the whole span, if it ends in the same week)
            total += _del_uge(rows, foerste_mandag, a_fra, min(a_til, foerste_mandag + 6), s.ugebeloeb, loen,
                               timer_pr_uge, andel, t)
        if hel_fra <= hel_til:
            x5 = andel(s.ugebeloeb, loen)
            if x5 > 0:
                kr5, timer5 = kr(x5), None if timer_pr_uge is None else _timer(timer_pr_uge, 5)
                rows.extend([{"uge": uge, "fra": mandag, "til": soendag, "dage": 5, "timer": timer5, "beloeb": kr5,
                              "trin": t} for uge, mandag, soendag in map(_uge, range(hel_fra, hel_til + 1, 7))])
                total += x5 * ((hel_til - hel_fra) // 7 + 1)
        if a_til != sidste_mandag + 6 and (sidste_mandag != foerste_mandag or a_fra == foerste_mandag):
            total += _del_uge(rows, sidste_mandag, sidste_mandag, a_til, s.ugebeloeb, loen, timer_pr_uge, andel, t)
    return total


def _del_uge(rows: list[dict], mandag: int, a: int, b: int, ugebeloeb: Decimal, loen: Decimal | None,
             timer_pr_uge: Decimal | None, andel, t: str) -> Decimal:
    """The row for the days a..b of the week starting `mandag` (weekdays are mandag..mandag+4); its amount.
    A part week is the weekly amount (and salary) x dage/5, rounded once (FT-SDP-AFRUNDING)."""
    dage = min(b, mandag + 4) - a + 1
    if dage <= 0:
        return ZERO
    x = andel(oere(ugebeloeb * dage / FEM), None if loen is None else oere(loen * dage / FEM))
    if x <= 0:
        return ZERO
    rows.append({"uge": _uge(mandag)[0], "fra": iso(a), "til": iso(b), "dage": dage,
                 "timer": None if timer_pr_uge is None else _timer(timer_pr_uge, dage), "beloeb": kr(x), "trin": t})
    return x


@lru_cache(maxsize=8192)
def iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


@lru_cache(maxsize=2048)
def _uge(monday: int) -> tuple[str, str, str]:
    """The ISO week's name, its Monday and its Sunday, as the rows show them."""
    return iso_uge(dt.date.fromordinal(monday)), iso(monday), iso(monday + 6)


@lru_cache(maxsize=1024)
def _timer(timer_pr_uge: Decimal, dage: int) -> str:
    return f"{(timer_pr_uge * dage / FEM).quantize(ORE)}"


@lru_cache(maxsize=8192)
def kr(x: Decimal) -> str:
    return f"{x:.2f}"
