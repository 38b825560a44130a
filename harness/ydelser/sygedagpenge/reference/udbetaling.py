"""The kommune's payments to the citizen and its refusion to the employer, week by week (ISO weeks, Monday to
Sunday): § 50, stk. 3 (5-day week in equal shares), § 53 a (no payment and no refusion for a søgnehelligdag on a
weekday, from 2 July 2012), § 50, stk. 4 and §§ 54-56 (refusion, never above the salary). The maximum changes on
a Monday (§ 64), so every week has one rate; rates are grouped into satsperioder.

Weeks are dates as ordinals (ordinal 1, 0001-01-01, is a Monday). The rate is looked up only where the maximum
changes, and a full week's amount once per rate, so a long absence costs one small dict per week."""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import iso_uge
from harness.toolkit.kalender import helligdage_med_navne
from harness.toolkit.parametre import Parameters

from . import beregning
from .beregning import oere
from .lovperioder import Lovregel

ZERO = Decimal(0)
FEM = Decimal(5)
LOFT = "hoejeste_beloeb_pr_uge"


# § 53 a: which søgnehelligdage on a weekday are paid. Chosen by the day itself: the law in force on that day.
SOEGNEHELLIGDAGE: Lovregel[Callable[[dt.date], bool]] = Lovregel(
    "soegnehelligdage", "sygedagpengeloven § 53 a, jf. § 50, stk. 3, og § 51, stk. 1")


@SOEGNEHELLIGDAGE.fra("0001-01-01", "lov nr. 563 af 9.6.2006, § 50, stk. 3 (5-dages-uge; søgnehelligdage betales)")
def _soegnehelligdag_betales(dag: dt.date) -> bool:
    """Before 2 July 2012 a søgnehelligdag on a weekday was paid like any weekday (grakom.dk, F-F 2013/2014)."""
    return False


@SOEGNEHELLIGDAGE.fra("2012-07-02", "lov nr. 1599 af 22.12.2010 (afskaffelse af retten til sygedagpenge på "
                                     "søgnehelligdage)")
def _soegnehelligdag_betales_ikke(dag: dt.date) -> bool:
    """From 2 July 2012 no sygedagpenge from the kommune and no refusion for a søgnehelligdag on a weekday
    (FT-SDP-DAGE). Store bededag is a søgnehelligdag up to 2023 only (abolished from 1 January 2024)."""
    return True


def ubetalte_dage(first: int, end: int) -> dict[int, str]:
    """The weekdays in first..end (ordinals) without payment under § 53 a, with their names."""
    out: dict[int, str] = {}
    for year in range(dt.date.fromordinal(first).year, dt.date.fromordinal(end).year + 1):
        for o, navn in _ubetalte_i_aar(year):
            if first <= o <= end:
                out[o] = navn
    return out


@lru_cache(maxsize=256)
def _ubetalte_i_aar(year: int) -> tuple[tuple[int, str], ...]:
    """The year's weekday søgnehelligdage without payment under § 53 a (ordinal, name), in date order."""
    return tuple((dag.toordinal(), navn) for dag, navn in sorted(helligdage_med_navne(year).items())
                 if dag.weekday() < 5 and SOEGNEHELLIGDAGE.gaeldende(dag)(dag))


class Uger:
    __slots__ = ("refusioner", "satsperioder", "total_refusion", "total_udbetalt", "udbetalinger")

    def __init__(self) -> None:
        self.satsperioder: list = []   # (first ordinal, last ordinal, Sats)
        self.udbetalinger: list[dict] = []
        self.refusioner: list[dict] = []
        self.total_udbetalt = self.total_refusion = ZERO


@dataclass(slots=True)
class Segment:
    """A stretch of the absence with one basis (§ 47 hours, § 51 rate, § 45 basis) and one salary (or none)."""
    fra: dt.date
    til: dt.date
    g: beregning.Grundlag
    loen: Decimal | None


def beregn(segmenter: list[Segment], borger_fra: dt.date | None, refusion_fra: dt.date | None,
           refusion_til: dt.date | None, slut: dt.date, refusion_trin: str | None, ferie: frozenset[int],
           P: Parameters, B: Begrundelse) -> Uger:
    """borger_fra: first day paid to the citizen (None: nothing); refusion_fra/til: the employer's refusion days;
    a segment's loen: salary per full week (the citizen then gets only a shortfall). ferie: agreed holiday days
    (ordinals) without payment or refusion (Ankestyrelsen 31-19)."""
    out = Uger()
    end = slut.toordinal()
    starts = [d.toordinal() for d in (borger_fra, refusion_fra) if d is not None]
    if not starts:
        return out
    first = min(starts)
    if first > end:
        return out
    perioder: list[Periode] = []
    for seg in segmenter:
        a, b = max(first, seg.fra.toordinal()), min(end, seg.til.toordinal())
        if a <= b:
            perioder += [(f, t, x, seg.loen, seg.g.timer_pr_uge) for f, t, x in _satsperioder(seg.g, a, b, P, B)]
    out.satsperioder = [p[:3] for p in perioder]
    navne = ubetalte_dage(first, end)
    ubetalt = tuple(sorted(navne.keys() | ferie)) if ferie else tuple(navne)   # sorted ordinals
    if navne:
        B.add("SDL-53A-SOEGNEHELLIGDAGE", SOEGNEHELLIGDAGE.hjemmel,
              lambda: ({"fra": iso(first), "til": iso(end)},
                       {"dage_uden_betaling": {iso(o): navne[o] for o in sorted(navne)}}), (), ("FT-SDP-DAGE",))
    flet = len(segmenter) > 1   # only a basis changing mid-week gives two parts of one week
    if borger_fra is not None:
        out.total_udbetalt = _poster(out.udbetalinger, borger_fra.toordinal(), end, perioder, _borger, None, ubetalt,
                                     flet)
    if refusion_fra is not None:
        r_end = end if refusion_til is None else min(end, refusion_til.toordinal())
        out.total_refusion = _poster(out.refusioner, refusion_fra.toordinal(), r_end, perioder, _arbejdsgiver,
                                     refusion_trin, ubetalt, flet)
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


# A rate period for the week rows: (first ordinal, last ordinal, Sats, salary per full week, hours per full week).
Periode = tuple[int, int, beregning.Sats, Decimal | None, Decimal | None]


Andel = Callable[[Decimal, Decimal | None], Decimal]


def _borger(sdp: Decimal, loen_d: Decimal | None) -> Decimal:
    """With salary, the citizen gets only what the salary falls short of the sygedagpenge."""
    return sdp if loen_d is None else sdp - min(sdp, loen_d)


def _arbejdsgiver(sdp: Decimal, loen_d: Decimal | None) -> Decimal:
    """Refusion is never above the salary paid (§ 54)."""
    return sdp if loen_d is None else min(sdp, loen_d)


def _poster(rows: list[dict], fra: int, til: int, perioder: list[Periode], andel: Andel, trin: str | None,
            ubetalt: tuple[int, ...] = (), flet: bool = False) -> Decimal:
    """One row per ISO week that has paid weekdays in fra..til and a positive amount; returns the total.
    A period's loen: the salary per full week, if any; its timer: the hours paid per full week (lønmodtagere).
    trin: the step every row cites (None: the week's rate step). ubetalt: sorted ordinals of weekdays without
    payment (søgnehelligdage, § 53 a; agreed holidays). Per period a first part week, the full weeks (one amount,
    worked out once), a last part week; a full week with an unpaid day is priced as a part week. flet: a week may
    be split between two periods (a basis changing mid-week); its parts give one row, the parts' amounts, each
    rounded, added (_tilfoej). Ordinal arithmetic: ordinal o is a Monday when (o - 1) % 7 == 0."""
    total = ZERO
    tilfoej = _tilfoej if flet else _append
    for p_fra, p_til, s, loen, timer_pr_uge in perioder:
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
                               timer_pr_uge, andel, t, ubetalt, tilfoej)
        if hel_fra <= hel_til:
            x5 = andel(s.ugebeloeb, loen)
            if ubetalt:
                lo, hi = bisect.bisect_left(ubetalt, hel_fra), bisect.bisect_right(ubetalt, hel_til + 6)
                helligdagsuger = sorted({o - (o - 1) % 7 for o in ubetalt[lo:hi]}) if lo < hi else []
            else:
                helligdagsuger = []
            fra_uge = hel_fra
            for mandag in helligdagsuger + [hel_til + 7]:
                if fra_uge < mandag and x5 > 0:   # the full weeks before this one with an unpaid day
                    kr5, timer5 = kr(x5), None if timer_pr_uge is None else _timer(timer_pr_uge, 5)
                    uger = [{"uge": uge, "fra": m, "til": soendag, "dage": 5, "timer": timer5, "beloeb": kr5, "trin": t}
                            for uge, m, soendag in map(_uge, range(fra_uge, mandag, 7))]
                    if flet:
                        _tilfoej(rows, uger[0])   # only the first can share its week with the row before
                        rows += uger[1:]
                    else:
                        rows += uger
                    total += x5 * ((mandag - fra_uge) // 7)
                if mandag <= hel_til:
                    total += _del_uge(rows, mandag, mandag, mandag + 6, s.ugebeloeb, loen, timer_pr_uge, andel, t,
                                      ubetalt, tilfoej)
                fra_uge = mandag + 7
        if a_til != sidste_mandag + 6 and (sidste_mandag != foerste_mandag or a_fra == foerste_mandag):
            total += _del_uge(rows, sidste_mandag, sidste_mandag, a_til, s.ugebeloeb, loen, timer_pr_uge, andel, t,
                              ubetalt, tilfoej)
    return total


def _del_uge(rows: list[dict], mandag: int, a: int, b: int, ugebeloeb: Decimal, loen: Decimal | None,
             timer_pr_uge: Decimal | None, andel: Andel, t: str, ubetalt: tuple[int, ...] = (),
             tilfoej: Callable[[list[dict], dict], None] | None = None) -> Decimal:
    """The row for the days a..b of the week starting `mandag` (weekdays are mandag..mandag+4) without the unpaid
    ones; its amount. A part week is the weekly amount (and salary) x dage/5, rounded once (FT-SDP-AFRUNDING)."""
    sidste = min(b, mandag + 4)
    dage = sidste - a + 1
    if ubetalt:
        dage -= bisect.bisect_right(ubetalt, sidste) - bisect.bisect_left(ubetalt, a)
    if dage <= 0:
        return ZERO
    x = andel(oere(ugebeloeb * dage / FEM), None if loen is None else oere(loen * dage / FEM))
    if x <= 0:
        return ZERO
    (tilfoej or _tilfoej)(rows, {"uge": _uge(mandag)[0], "fra": iso(a), "til": iso(b), "dage": dage,
                                 "timer": None if timer_pr_uge is None else _timer(timer_pr_uge, dage),
                                 "beloeb": kr(x), "trin": t})
    return x


def dagsandele(rows: list[dict], ubetalt: frozenset[int]) -> dict[str, dict[int, Decimal]]:
    """ISO week -> weekday (ordinal) -> what the rows pay that day: each row's amount in equal shares over its paid
    weekdays (§ 50, stk. 3: a 5-day week with equal shares per day; `ubetalt`: the days without payment, § 53 a and
    agreed holidays, the same days every part's rows left out). A row two bases share (a basis changing mid-week) is
    spread evenly too."""
    out: dict[str, dict[int, Decimal]] = {}
    for row in rows:
        fra, til = dt.date.fromisoformat(row["fra"]).toordinal(), dt.date.fromisoformat(row["til"]).toordinal()
        fredag = fra - (fra - 1) % 7 + 4
        dage = [o for o in range(fra, min(til, fredag) + 1) if o not in ubetalt]   # never empty: a row pays a day
        andel = Decimal(row["beloeb"]) / len(dage)
        uge = out.setdefault(row["uge"], {})
        for o in dage:
            uge[o] = uge.get(o, ZERO) + andel
    return out


def _append(rows: list[dict], row: dict) -> None:
    rows.append(row)


def _tilfoej(rows: list[dict], row: dict) -> None:
    """Append a week's row, or add it to the last row when that is the same week (a basis changed mid-week): the
    days, hours and amounts are added; the row cites the later part's step (FT-SDP-AFRUNDING)."""
    if rows and rows[-1]["uge"] == row["uge"]:
        last = rows[-1]
        timer = None if last["timer"] is None and row["timer"] is None else \
            f"{Decimal(last['timer'] or 0) + Decimal(row['timer'] or 0):.2f}"
        rows[-1] = {"uge": last["uge"], "fra": last["fra"], "til": row["til"], "dage": last["dage"] + row["dage"],
                    "timer": timer, "beloeb": kr(Decimal(last["beloeb"]) + Decimal(row["beloeb"])), "trin": row["trin"]}
    else:
        rows.append(row)


@lru_cache(maxsize=8192)
def iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


@lru_cache(maxsize=2048)
def _uge(monday: int) -> tuple[str, str, str]:
    """The ISO week's name, its Monday and its Sunday, as the rows show them."""
    return iso_uge(dt.date.fromordinal(monday)), iso(monday), iso(monday + 6)


@lru_cache(maxsize=1024)
def _timer(timer_pr_uge: Decimal, dage: int) -> str:
    """The hours a part week pays for, to two decimals, rounded half up as every amount is (FT-SDP-AFRUNDING):
    21,625 hours show as 21,63 (jurist round 9; they showed as 21,62, rounded half to even)."""
    return f"{oere(timer_pr_uge * dage / FEM)}"


@lru_cache(maxsize=8192)
def kr(x: Decimal) -> str:
    return f"{x:.2f}"
