"""Sygedagpenge cases that speak the law: one case builder, driven either by Hypothesis (`strategy()`: shrinking,
example database) or by a seeded `random.Random` (`bulk_case(n, seed)`: millions of cases, any one regenerated
from its number). Both lean towards the edges where systems go wrong: 240 and 40 hours (§ 32, stk. 1, nr. 1),
74 hours and 8 weeks (§ 30), days 29-31 of the arbejdsgiverperiode, a deadline's last day and the day after
(§§ 38, 40), the first Monday of January (§ 64), wages around the cap (§ 50), partial absence around 4 hours
(§ 53), look-back windows across month ends.

Every case the Hypothesis strategy draws (the fuzz stage's source) is one the scenario grammar
(`harness.scenarios.grammar`) can say, so a counterexample can always be written back as a Danish scenario whose
Givet-steps (`given_steps` below) rebuild exactly this case (apart from `person`, which the law ignores and the
grammar has no step for). The bulk cases (the sample stage's source, which needs no Gherkin) also draw, last, the
facts of a further employment the grammar's table cannot say (`_beyond_the_table`, red team r13 F2); `given_steps`
refuses such a case (`beyond_grammar`) rather than drop them.

The generators read one law parameter, the weekly maximum (§ 50), from the reference's parameter data to
aim wages and rates at the cap; they respect the interpretation register (fortolkninger.yaml): hours and
months as FT-SDP-32-MAANEDER counts them (6 completed months before the first absence day, missing = 0),
FT-SDP-NORMALTIMER (37 hours when no contractual hours), FT-SDP-DELVIS (>= 4 absent hours).
"""
from __future__ import annotations

import datetime as dt
import random
import re
from decimal import Decimal
from functools import cache, lru_cache

from harness.compare.differ import explained
from harness.contract.ydelse import Decide, Property
from harness.scenarios import dk
from harness.toolkit import personer
from harness.toolkit.datoer import add_months, month_start, nth_hverdag
from harness.toolkit.kalender import fravaersdag
from harness.toolkit.valg import TAIL_SHARE, Hyp, Rand, beyond, date_in_month, st, tail

from . import grammar as g
from .grammar import (
    AARSAGER,
    ANDRE_KOLONNER,
    FORLAENGELSE,
    FRISTER,
    INGEN,
    LOEN_KOLONNER,
    LOENTIMER_KOLONNER,
    OPHOER,
    tekst,
)
from .reference import LOVDATOER, parameters
from .reference.udbetaling import ubetalte_dage
from .reference.varighed import UGE_NAVN, sygdomme

YDELSE = "sygedagpenge"


def _known_from(navn: str) -> dt.date:
    """The first day the reference's parameter data give `navn` a value (parametre/*.yaml)."""
    return parameters()[navn].values[0].valid_from


# The first absence days the reference decides (red team r11 F3: the generator drew none before 2021, so a system
# wrong on every other case from 2014-2020 was GO). Its law dates begin on 2014-01-06 (LOVDATOER), but § 24 (22 weeks
# in 9 months, lov nr. 720 af 25.6.2014) is in it from 2014-07-01 and every case reaches § 24; the 6-month
# beskæftigelseskrav (§ 32, stk. 1, nr. 1) from 2015-01-05 (the 26-week form before it is out of its scope), so a
# lønmodtager's first day is drawn from then. Both read from its parameter data, not written here.
FIRST_DAY = max(dt.date.fromisoformat(LOVDATOER[0]), _known_from("varighed_dage"))
FIRST_DAY_NR1 = max(FIRST_DAY, _known_from("kommune_timer_i_alt"))
RECENT_DAY = dt.date(2021, 1, 4)    # the busy middle: the law most cases are decided under (KSD's from 2020)
LAST_FIRST_DAY = dt.date(2026, 12, 31)   # goldens begin on 2026-12-01: the absence ends by LAST_DAY
LAST_DAY = dt.date(2026, 12, 31)    # the demo's and the reference's law dates end here (§ 64: 2027 unknown)
STATUSES = ("loenmodtager", "fleksjob", "elev", "ledig", "selvstaendig")
LOENMODTAGERE = ("loenmodtager", "fleksjob", "elev")
ARTER = ("ferie", "sygdom", "andet_fravaer")
FORSIKRINGER = ("ingen", "fra_1_fravaersdag", "fra_3_fravaersdag")
EVNER = ("hoejst_en_fjerdedel", "hoejst_halvdelen", "mere_end_halvdelen")
GRUNDE = tuple(FORLAENGELSE.values())
ORE = Decimal("0.01")
AM = Decimal("0.92")


# --- law facts the generators aim at ----------------------------------------------------------------------

@lru_cache(maxsize=64)
def hoejeste_beloeb(day: dt.date) -> Decimal:
    """§ 50 weekly maximum in force on `day` (from the reference's parameter data)."""
    return parameters().at("hoejeste_beloeb_pr_uge", day).vaerdi


def first_monday_of_january(year: int) -> dt.date:
    d = dt.date(year, 1, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def _months_before(day: dt.date, n: int) -> list[str]:
    idx = day.year * 12 + day.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(idx - n, idx)]


def _d(x: Decimal) -> str:
    text = f"{x:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _kr(x: Decimal) -> str:
    return f"{x.quantize(ORE):.2f}"


# The fractions of an hour case systems hold: whole and half hours, quarters, tenths (a part-time share of 37 hours:
# 22.2, 29.6, 33.3) and hundredths (a time register's); the contract allows six decimals. Red team r18 F2: only whole
# and half hours were drawn, and a system that kept hours in half hours was GO.
HOUR_FRACTIONS = ("hel", "hel", "hel", "halv", "halv", "kvart", "tiendedel", "tiendedel", "hundrededel")
# Part time as a share of a 37-hour week, as contracts state it (hours of 14.8, 18.5, 22.2, 27.75, 29.6, 33.3).
DELTID_ANDELE = (40, 50, 60, 75, 80, 90)


def _hours(ch) -> Decimal:
    """A fraction of an hour (73.5 and 73.99 lie between the edges), at one of HOUR_FRACTIONS' resolutions."""
    kind = ch.pick(HOUR_FRACTIONS)
    if kind == "halv":
        return Decimal("0.5")
    if kind == "kvart":
        return Decimal(ch.pick(("0.25", "0.75")))
    if kind == "tiendedel":
        return Decimal(ch.int(1, 9)) / 10
    if kind == "hundrededel":
        return Decimal(ch.int(1, 99)) / 100
    return Decimal(0)


# The contract bounds a week's working hours only by "more than 0" (case.schema.json: decimal_positiv) and the
# reference takes any such number (§ 47: hours × timefortjeneste, § 50: up to the maximum); a week has 168 hours.
# Red team r11 F2: drawn only up to 45.5, a system that counted at most 46 hours of a week was GO.
WEEK_HOURS = 168
# An overenskomst's normal week: mostly whole hours, some with a fraction (37.5; a share of 37) (red team r18 F2).
OVERENSKOMST_TIMER = ("37", "37", "40", "32", "30", "37.5", "38.5", "33.3", "27.75")


def _weekly(ch, common: tuple[int, ...]) -> Decimal:
    """Hours a week in an employment: mostly a common working week; else part time, a long week (46-80, around the
    37 and 48 of full time and the working-time directive), or anything up to the week's 168 hours."""
    if ch.flag(0.6):
        return Decimal(ch.pick(common))
    mode = ch.pick(("part", "andel", "andel", "long", "long", "any"))
    if mode == "part":
        return Decimal(ch.int(1, 45)) + _hours(ch)
    if mode == "andel":
        return Decimal(37 * ch.pick(DELTID_ANDELE)) / 100
    if mode == "long":
        return Decimal(ch.edge([46, 47, 48, 49, 50, 60], 46, 80)) + _hours(ch)
    return Decimal(ch.int(1, WEEK_HOURS - 1)) + _hours(ch)


# --- the case builder ---------------------------------------------------------------------------------

def _first_day(ch, latest: dt.date = LAST_FIRST_DAY, earliest: dt.date = FIRST_DAY) -> dt.date:
    """Over every law period the reference decides (from `earliest`), the recent years more often than the old:
    a change of law (2015's beskæftigelseskrav, each year's maximum) is as likely to be wrong as today's."""
    mode = ch.pick(("any", "january", "month_end"))
    # 3 in 5 from the busy middle (RECENT_DAY on), 2 in 5 from the whole range: about a quarter before 2021
    lo = max(earliest, RECENT_DAY) if ch.flag(0.6) and latest > RECENT_DAY else earliest
    if mode == "january":  # § 64: the maximum changes on the first Monday of January; an AGP across it
        d = first_monday_of_january(ch.int(lo.year + 1, max(lo.year + 1, latest.year))) + \
            dt.timedelta(days=ch.edge([0, -1, -29, -30, -31], -40, 6))
    elif mode == "month_end":  # look-back windows across month ends
        y, m = ch.int(lo.year, latest.year), ch.int(1, 12)
        start = dt.date(y + (m == 12), m % 12 + 1, 1)
        d = start + dt.timedelta(days=ch.edge([0, -1, 1, -2], -3, 2))
    else:
        d = lo + dt.timedelta(days=ch.int(0, (latest - lo).days))
        # Thursday or Friday: day 31, the kommune's first day, is a weekend day; an insured selvstændig's 3rd
        # fraværsdag after a Friday start is the Tuesday (§ 45)
        weekday = ch.pick((None, 3, 4))
        if weekday is not None:
            d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return min(max(d, earliest), latest)


# A case system's top amounts (valg.beyond), far past the maximum's edges the other draws lean to: a salary paid
# during the absence (a week's), an hourly wage and a selvstændig's weekly basis (red team r17 F3).
# A full-time funktionær's pay is ≈ 10,000 kr. a week: half the salaries paid during an absence lie above 8,000 kr.
LOEN_TOP, TIMELOEN_TOP, GRUNDLAG_TOP, LOEN_OVER = 30000, 1500, 40000, 0.5


def _wage(ch, first: dt.date, normal: Decimal, weekly: Decimal | None = None) -> Decimal:
    if weekly is not None and weekly > normal and ch.flag(0.4):
        # more hours than the normal week: around where the weekly maximum (§ 50, stk. 2) begins to bind for these
        # hours (maximum / hours, before the AM-bidrag); below it every hour counts
        threshold = (hoejeste_beloeb(first) / weekly / AM).quantize(ORE)
        return max(threshold + Decimal(ch.edge([0, 1, -1, -100, -1000], -3000, 300)) * ORE, ORE)
    if ch.flag(0.5):  # around the hourly cap: maximum / normal hours, before the 8 % AM-bidrag
        threshold = (hoejeste_beloeb(first) / normal / AM).quantize(ORE)
        return threshold + Decimal(ch.edge([0, 1, -1, 2], -300, 300)) * ORE
    return beyond(ch, 400, TIMELOEN_TOP) or Decimal(ch.int(5000, 40000)) * ORE


# § 47 from the reported months (FT-SDP-TIMEFORTJENESTE): the commonest employee is paid by the month, and a system
# that takes the last month, the mean of the months' hourly rates, or 37 × 52 / 12 hours pays another amount.
LOEN_MAANEDER = 0.4          # share of employments given by their reported months instead of a timefortjeneste
MAANEDSTIMER = ("160.33", "160.33", "160.33", "173.33", "148", "120.25", "80.17", "138.75")


def _reported_pay(ch, first: dt.date, ansat: dt.date, wage: Decimal) -> list[dict] | None:
    """The pay and pay hours reported for the 3 completed months before the first absence day, around the hourly
    `wage`: a monthly salary (the same hours, sometimes a raise in a month), hourly pay over varying hours, or months of
    unlike rates; sometimes a month missing, an older month or the absence's own month besides (never used). Months
    before the employment began are not reported; None when none is left, or the employment is under 8 weeks old (its
    basis is the agreed wage: the case gives timefortjeneste)."""
    months = [m for m in _months_before(first, 3) if m >= f"{ansat:%Y-%m}"]
    if not months or first < ansat + dt.timedelta(weeks=8):
        return None
    mode = ch.pick(("maaned", "maaned", "maaned", "time", "time", "ulige"))
    rows = []
    if mode == "maaned":
        hours = Decimal(ch.pick(MAANEDSTIMER))
        salary = (wage * hours).quantize(Decimal(1))
        raise_at = ch.int(0, len(months) - 1) if ch.flag(0.25) else None
        for i, m in enumerate(months):
            pay = salary if raise_at is None or i < raise_at else (salary * Decimal(ch.int(101, 118)) / 100).quantize(Decimal(1))
            rows.append({"maaned": m, "loen": _kr(pay), "timer": _d(hours)})
    else:
        for m in months:
            hours = Decimal(ch.int(4, 200)) + _hours(ch)
            rate = wage if mode == "time" else wage * Decimal(ch.int(60, 150)) / 100
            rows.append({"maaned": m, "loen": _kr(max(ORE, (rate * hours).quantize(ORE))), "timer": _d(hours)})
    if len(rows) > 1 and ch.flag(0.1):       # a month not reported (unpaid leave): the others are averaged
        del rows[ch.int(0, len(rows) - 1)]
    older = _months_before(first, ch.int(4, 12))[0]
    if ch.flag(0.15) and older >= f"{ansat:%Y-%m}":   # an older month of the employment, outside § 47's three
        rows.insert(0, {"maaned": older, "loen": _kr(Decimal(ch.int(100, 6000000)) * ORE), "timer": _d(Decimal(ch.int(1, 200)))})
    if ch.flag(0.1):                         # the absence's own month, not completed
        rows.append({"maaned": f"{first:%Y-%m}", "loen": _kr(Decimal(ch.int(100, 6000000)) * ORE), "timer": _d(Decimal(ch.int(1, 200)))})
    return rows


def _months(ch, first: dt.date) -> list[dict]:
    months = _months_before(first, 6)
    mode = ch.pick(("flat", "edge240", "each"))
    if mode == "flat":
        hours = [Decimal(ch.edge([40, 160, 39, 41, 0], 0, 200))] * 6
    elif mode == "edge240":  # 240 in total and 40 in at least 5 months, give or take an hour
        hours = [Decimal(40)] * 6
        hours[ch.int(0, 5)] += Decimal(ch.int(-2, 2)) + _hours(ch)
        if ch.flag(0.3):
            hours[ch.int(0, 5)] = Decimal(ch.edge([39, 0], 0, 45))
    else:
        hours = [Decimal(ch.edge([40, 39, 41, 0], 0, 200)) + _hours(ch) for _ in months]
    rows = [{"maaned": m, "timer": _d(h)} for m, h in zip(months, hours)]
    if ch.flag(0.1):  # a month not reported counts as 0 (FT-SDP-32-MAANEDER): one, or up to three
        for _ in range(1 if ch.flag(0.7) else ch.int(2, 3)):
            del rows[ch.int(0, len(rows) - 1)]
    if ch.flag(0.1):  # the month of the first absence day is not a completed month: it must not count
        rows.append({"maaned": f"{first:%Y-%m}", "timer": _d(Decimal(ch.int(0, 200)))})
    if ch.flag(0.1):  # nor is the 7th month back
        rows.insert(0, {"maaned": _months_before(first, 7)[0], "timer": _d(Decimal(ch.int(0, 200)))})
    return rows


# Days employed before the first absence day: most within about 11 years, the rest up to a working life (a fifth of
# the draws, harness/toolkit/valg.py tail). Drawn only up to 4,000 days, a system that paid the law only to
# employees hired in the last 11 years was GO (red team r16).
ANSAT_SAEDVANLIGT, ANSAT_LAENGST = 4000, 16000
ARBEJDSALDER = 15     # the youngest age an employment is drawn from, for a case that names its person


def _tenure(ch, case: dict, first: dt.date, usual: int = ANSAT_SAEDVANLIGT) -> dt.date:
    """The first day of an employment, before the first absence day; never before the person (if named) was of
    working age."""
    longest = ANSAT_LAENGST
    born = personer.birth_date(case["person"]["cpr"]) if "person" in case else None
    if born is not None:
        longest = max(0, min(longest, (first - born).days - 365 * ARBEJDSALDER))
    return first - dt.timedelta(days=min(tail(ch, [56, 55, 57, 0, 1], 0, min(usual, longest), longest), longest))


def _employment(ch, case: dict, first: dt.date) -> None:
    normal = None
    a: dict = {"ansat_fra": _tenure(ch, case, first).isoformat()}
    work = Decimal(ch.edge([74, 73, 75, 0], 0, 400)) + _hours(ch)
    a["timer_seneste_8_uger"] = [{"art": "arbejde", "timer": _d(work)}]
    if ch.flag(0.2):   # hours of ferie, sygdom, other absence: each kind once, up to all three (red team r12 F2)
        k = ch.int(0, len(ARTER) - 1)
        for art in (ARTER[k:] + ARTER[:k])[:1 if ch.flag(0.6) else ch.int(2, len(ARTER))]:
            a["timer_seneste_8_uger"].append({"art": art, "timer": _d(Decimal(ch.int(1, 80)) + _hours(ch))})
    if ch.flag(0.1):
        a["tidligere_ansat_samme_arbejdsgiver"] = True
    weekly = _weekly(ch, (37, 37, 40, 30, 25, 10))
    if ch.flag(0.2):
        normal = Decimal(ch.pick(OVERENSKOMST_TIMER))
    wage = _wage(ch, first, normal or Decimal(37), weekly)
    reported = _reported_pay(ch, first, dt.date.fromisoformat(a["ansat_fra"]), wage) if ch.flag(LOEN_MAANEDER) else None
    if reported:
        a["loen_maaneder"] = reported
    else:
        a["timefortjeneste"] = _kr(wage)
    a["ugentlig_arbejdstid"] = _d(weekly)
    if normal is not None:
        a["overenskomstmaessig_ugentlig_arbejdstid"] = _d(normal)
    if ch.flag(0.35):   # full pay during the absence, the employer refunded (§ 54): the commonest case of all
        a["arbejdsgiver_betaler_loen"] = True
        a["loen_pr_uge_under_fravaer"] = _kr(beyond(ch, 8000, LOEN_TOP, LOEN_OVER) or Decimal(ch.int(0, 800000)) * ORE)
    if ch.flag(0.1):
        a["arbejdsgiver_forsikret_55"] = True
    if ch.flag(0.1):
        a["aftale_56"] = True
    case["ansaettelse"] = a
    if ch.flag(0.25):  # § 53: around 4 absent hours a week, and around the whole working week
        timer = ch.pick(("3.5", "3.99", "4", "4.01", "4.5", "half", "all", "any"))
        value = {"half": weekly / 2, "all": weekly}.get(timer) if timer in ("half", "all") else None
        if timer == "any":
            value = Decimal(ch.int(1, max(45, int(weekly)))) + _hours(ch)
        case["fravaer"]["delvis"] = {"fravaerstimer_pr_uge": _d(value if value is not None else Decimal(timer))}
    case["beskaeftigelse_seneste_6_maaneder"] = _months(ch, first)
    if case["status"] == "loenmodtager" and ch.flag(0.1):
        case["ville_have_ret_til_arbejdsloeshedsdagpenge"] = True
    if case["status"] == "loenmodtager" and ch.flag(0.15):  # § 32, stk. 1, nr. 3: 18 months, the last month
        case["uddannelse"] = {"afsluttet": (first - dt.timedelta(days=ch.edge([1, 28, 29, 30, 31, 32], 0, 60))).isoformat(),
                              "varighed_maaneder": ch.edge([18, 17, 19], 0, 48)}


def _unemployed(ch, case: dict, first: dt.date) -> None:
    if ch.flag(0.8):
        if ch.flag(0.5):  # a daily rate around the weekly cap / 5
            rate = (hoejeste_beloeb(first) / 5).quantize(ORE) + Decimal(ch.edge([0, 1, -1], -100, 100)) * ORE
        else:
            rate = Decimal(ch.int(30000, 110000)) * ORE
        case["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": _kr(rate)}
        if ch.flag(0.3):
            case["ledig"]["supplerende_dagpenge"] = True
    else:
        case["ledig"] = {"ret_til_arbejdsloeshedsdagpenge": False, "dagpengesats_pr_dag": "0.00"}
    if ch.flag(0.1):
        case["fravaer"]["delvis"] = {"fravaerstimer_pr_uge": _d(Decimal(ch.int(1, 37)))}


def _self_employed(ch, case: dict, first: dt.date, partial: bool = True) -> None:
    cap = hoejeste_beloeb(first)
    mode = ch.pick(("cap", "minimum", "any"))
    if mode == "cap":
        basis = cap + Decimal(ch.edge([0, 1, -1], -500, 500)) * ORE
    elif mode == "minimum":  # the insured minimum, 2/3 of the maximum
        basis = (cap * 2 / 3).quantize(Decimal(1)) + Decimal(ch.edge([0, 1, -1], -500, 500)) * ORE
    else:
        basis = beyond(ch, 9000, GRUNDLAG_TOP) or Decimal(ch.int(0, 900000)) * ORE
    case["selvstaendig"] = {"forsikring": ch.pick(FORSIKRINGER),
                            "maaneder_i_vaesentligt_omfang_seneste_12": ch.edge([6, 5, 7, 12], 0, 12),
                            "virksomhed_maaneden_foer": not ch.flag(0.15),
                            "beregningsgrundlag_pr_uge": _kr(max(basis, Decimal(0)))}
    if partial and ch.flag(0.35):
        case["fravaer"]["delvis"] = {"selvstaendig_kan_udfoere": ch.pick(EVNER)}


# How late, in days after the first absence day, a report may come in the tail's share of the draws: a report months
# late is rarer than one a few days late, but a case system meets it (red team r17: every fact of a running case).
SENEST_ANMELDT = 365


def _reports(ch, case: dict, first: dt.date) -> None:
    anm: dict = {}
    day = lambda n: (first + dt.timedelta(days=n)).isoformat()
    if case["status"] in LOENMODTAGERE:
        if ch.flag(0.3):
            anm["borger_til_arbejdsgiver"] = day(ch.pick((0, 0, 1, 2)))
        if ch.flag(0.3):  # § 40: 14 days, 5 weeks, 1 week after the employer period; last day and the day after
            anm["arbejdsgiver_til_kommune"] = day(tail(ch, [14, 15, 35, 36, 37, 38, 16, 39], 0, 120, SENEST_ANMELDT))
    if ch.flag(0.35):  # § 38: 8 days after the letter, else 3 weeks (after the employer period: from its last day)
        if ch.flag(0.3):
            brev = ch.int(0, 60)
            anm["underretningsbrev"] = day(brev)
            anm["borger_til_kommune"] = day(brev + ch.edge([8, 9, 10, 11], 0, 30))
        else:
            anm["borger_til_kommune"] = day(tail(ch, [21, 22, 23, 24, 50, 51, 52, 53, 35, 36], 0, 90, SENEST_ANMELDT))
        if ch.flag(0.1):
            anm["undskyldende_forhold"] = True
    if "arbejdsgiver_til_kommune" in anm and ch.flag(0.2):
        anm["refusion_dispensation"] = True
    if anm:
        case["anmeldelser"] = anm


# Earlier absences a case system lists for the § 24 count, in TIDLIGERE_ANDEL of the cases: a history of short
# sicknesses runs long (r18: at most five were drawn, and in 15 % of the cases, so a system that read the list's last
# entry as the newest met a case it decided otherwise in few samples).
TIDLIGERE_ANDEL, TIDLIGERE_HOEJST = 0.3, 10

# Lønmodtagere are most of the cases in real life and have the most rules: drawn three times as often.
STATUS_WEIGHTED = ("loenmodtager", "loenmodtager", "fleksjob", "elev", "ledig", "selvstaendig", "loenmodtager")
UDLOEBER = ("nr2_afklaring", "nr3_laegebehandling")   # the § 27 extensions with an end (weeks from the rt)


def _extension_end(first: dt.date, grund: str, status: str) -> dt.date:
    """Where an extension that runs out ends for an absence paid from its first days with no earlier absence, no
    holiday and no § 25 (the generators aim the last absence day around it, FT-SDP-22UGER): the revurderings-
    tidspunkt is the first counted weekday over the limit, counting from the day after the days not counted."""
    P = parameters()
    navn = "varighed_ikke_medregnet_dage_selvstaendig" if status == "selvstaendig" else "varighed_ikke_medregnet_dage"
    start = first + dt.timedelta(days=int(P.at(navn, first).vaerdi))
    rt = nth_hverdag(start, int(P.at("varighed_dage", first).vaerdi) + 1)
    return rt + dt.timedelta(days=7 * int(P.at(UGE_NAVN[grund], first).vaerdi) - 1)


def _weeks(grund: str) -> int:
    return int(parameters().at(UGE_NAVN[grund], LAST_FIRST_DAY).vaerdi)


def _into(ch, edges: list[int], lo: int, usual: int, first: dt.date, last: dt.date, share: float = TAIL_SHARE) -> int:
    """Days into the absence of a fact of a running case (a gradvis tilbagevenden, a holiday, the employment's end):
    as `edge` up to `usual` days in most draws, anywhere up to the absence's last day in the tail's share (harness/
    toolkit/valg.py tail). Drawn only in an absence's first months, a system that ignored a gradvis tilbagevenden
    agreed after 180 days was GO (red team r17); in a long sickness it is agreed months in, and the 120-dages-regel
    ends many employments half a year in."""
    return tail(ch, edges, lo, usual, max(usual, (last - first).days), share)


# A gradvis tilbagevenden is the ordinary course of a long sickness, agreed in the follow-up months: in GRADVIS_FORLAENGET
# of the extended absences, GRADVIS_ANDEL of the others (a delvis raskmelding is common), its first change past the
# first 60 days in GRADVIS_SENT of the draws.
GRADVIS_FORLAENGET, GRADVIS_ANDEL, GRADVIS_SENT = 0.5, 0.12, 0.7
# A plan is often a staircase of many steps: four up to GRADVIS_TRIN in GRADVIS_TRAPPE of the plans (red team r18 F3: at most three
# were drawn, and a system that read three was GO).
GRADVIS_TRIN, GRADVIS_TRAPPE = 8, 0.5
# So is a holiday: drawn in FERIE_FORLAENGET of the extended absences, the first one past the first 90 days in
# FERIE_SENT of the draws (red team r17: a system ignoring a holiday after 180 days was GO on most seeds).
FERIE_FORLAENGET, FERIE_SENT = 0.3, 0.5
FERIE_HOEJST = 8             # holidays in one long absence, one or two a year (r18: at most four were drawn)


def _gradual(ch, case: dict, first: dt.date, last: dt.date) -> None:
    """§ 53 per period: gradvis tilbagevenden, the absent hours changing from a date (around the 4 hours); the first
    change days or months into the absence (_into), the next ones 1-60 days after it."""
    weekly = Decimal(case["ansaettelse"]["ugentlig_arbejdstid"])
    rows, day = [], first
    for i in range(ch.int(1, 3) if ch.flag(1 - GRADVIS_TRAPPE) else ch.int(4, GRADVIS_TRIN)):
        day += dt.timedelta(days=_into(ch, [1, 3, 7, 14, 28, 31], 1, 60, first, last, GRADVIS_SENT) if i == 0
                            else ch.edge([1, 3, 7, 14, 28, 31], 1, 60))
        if day > last:
            break
        timer = ch.pick(("3.99", "4", "4.01", "half", "all", "any", "0.5"))
        value = {"half": weekly / 2, "all": weekly}.get(timer)
        if timer == "any":
            value = Decimal(ch.int(1, max(45, int(weekly)))) + _hours(ch)
        rows.append({"fra": day.isoformat(), "fravaerstimer_pr_uge": _d(value if value is not None else Decimal(timer))})
    if rows:
        case["fravaer"]["gradvis"] = rows


def _holidays(ch, case: dict, first: dt.date, last: dt.date) -> None:
    """Holiday during the absence (Ankestyrelsen 31-19): agreed with the kommune (no payment, not counted), or not
    (the absence ends the day before); the first days or months into the absence (_into)."""
    rows, after = [], first
    for i in range(ch.int(1, 2) if ch.flag(0.8) else ch.int(3, FERIE_HOEJST)):
        fra = after + dt.timedelta(days=_into(ch, [1, 3, 7, 30], 1, 90, first, last, FERIE_SENT) if i == 0
                                   else ch.edge([1, 3, 7, 30], 1, 90))
        if fra > last:
            break
        til = fra + dt.timedelta(days=ch.edge([0, 4, 6, 13], 0, 21))
        rows.append({"fra": fra.isoformat(), "til": til.isoformat(), "aftalt_med_kommunen": ch.flag(0.7)})
        after = til
    if rows:
        case["fravaer"]["ferie"] = rows


def _ended(ch, case: dict, first: dt.date) -> None:
    """The employment ends during the absence, days or months into it (_into): the employer to its last day, the
    kommune after (§ 51 for the newly ledig member of an a-kasse)."""
    a = case["ansaettelse"]
    last = dt.date.fromisoformat(case["fravaer"]["sidste_fravaersdag"])
    if case["fravaer"].get("foerste_dag_delvis"):  # employed on the first whole fraværsdag (Ankestyrelsen 10-21)
        first = fravaersdag(first, 2)
    a["sidste_ansaettelsesdag"] = (first + dt.timedelta(days=_into(ch, ENDS, 0, 150, first, last))).isoformat()
    if ch.flag(0.5):
        # the day rate at the maximum, where the law has one for `first` (a first whole day moved past the last
        # known maximum gets a rate from the plain range: red team r14b F4, the generator raised)
        top = hoejeste_beloeb(first) if first.isoformat() <= LOVDATOER[1] else None
        rate = (top / 5).quantize(ORE) + Decimal(ch.edge([0, 1, -1], -100, 100)) * ORE \
            if ch.flag(0.5) and top is not None else Decimal(ch.edge([30000, 110000], 30000, 110000)) * ORE
        a["dagpengesats_efter_ophoer"] = _kr(rate)


# Days from the first whole fraværsdag to an employment's last day: the same day, the next, two weeks, a month.
ENDS = [0, 1, 13, 14, 29, 30, 31]
JOB_IDS = ("B", "C", "rengoering", "weekend-job", "D", "nattevagt", "E")
# The facts of a further employment beyond the grammar's table (ANDRE_KOLONNER): the reference sees each further
# employment as a case of its own (reference/dele.py, FT-SDP-FLERE-JOB), so each decides its part as it does the
# main employment's (§§ 30, 47, 51, 55, 56). Red team r13 F2: never drawn, a system that ignored them was GO.
BEYOND_THE_TABLE = ("aftale_56", "arbejdsgiver_forsikret_55", "sidste_ansaettelsesdag", "dagpengesats_efter_ophoer",
                    "tidligere_ansat_samme_arbejdsgiver", "overenskomstmaessig_ugentlig_arbejdstid")


def _other_jobs(ch, case: dict, first: dt.date) -> None:
    """Further employments, each its own arbejdsgiverperiode and refusion, § 32 and § 53 across them (only what the
    grammar's table can say: one row of hours, wage, weekly hours, absent hours, salary during the absence)."""
    jobs = []
    # one or two further employments most often, up to five (red team r11 F2: never more than two were drawn)
    n = ch.int(1, 2) if ch.flag(0.6) else ch.edge([3, 4, 5], 3, 5)
    for jid in JOB_IDS[ch.int(0, len(JOB_IDS) - n):][:n]:
        weekly = _weekly(ch, (7, 10, 15, 37))
        a: dict = {"id": jid,
                   "ansat_fra": _tenure(ch, case, first, 2000).isoformat(),
                   "timer_seneste_8_uger": [{"art": "arbejde", "timer": _d(Decimal(ch.edge([74, 73, 75, 0], 0, 300))
                                                                          + _hours(ch))}],
                   "timefortjeneste": _kr(_wage(ch, first, Decimal(37), weekly)), "ugentlig_arbejdstid": _d(weekly)}
        if ch.flag(0.3):
            a["fravaerstimer_pr_uge"] = _d(Decimal(ch.pick(("1", "2", "3.99", "4", "5"))) if ch.flag(0.7) else weekly / 2)
        if ch.flag(0.15):
            a["arbejdsgiver_betaler_loen"] = True
            # up to a full week's pay of a well-paid job (goldens go to 7.400 kr., SDP-050-524), so also above the
            # week's maximum: the employer's refusion then fills the day's share (§ 50, stk. 2-3)
            a["loen_pr_uge_under_fravaer"] = _kr(beyond(ch, 8000, LOEN_TOP)
                                                 or Decimal(ch.edge([0, 400000, 740000, 800000], 0, 800000)) * ORE)
        jobs.append(a)
    case["andre_ansaettelser"] = jobs


def _beyond_the_table(ch, case: dict, first: dt.date) -> None:
    """Each further employment, each fact on its own, in about 5-15 % of them: a § 56 agreement (a chronic
    illness: the kommune refunds the employer from the first day), the employer insured under § 55 (a small
    employer: refund from the 2nd day), the employment ending during the absence (the employer to its last day, then
    the kommune; for an a-kasse member at the a-dagpenge rate, § 51, stk. 3), re-employment by the same employer
    (§ 30, stk. 4: the 8 weeks need not be unbroken), the overenskomst's weekly hours (§ 50, stk. 2's normal week),
    and hours of ferie, sygdom or other absence in the 8 weeks beside the hours worked (§ 30, stk. 2: they count
    in the 8 weeks, not towards the 74 hours). Drawn after every other draw of the case, so the bulk cases are the
    same as before but for these facts."""
    hel = fravaersdag(first, 2) if case["fravaer"].get("foerste_dag_delvis") else first
    last = dt.date.fromisoformat(case["fravaer"]["sidste_fravaersdag"])
    for a in case["andre_ansaettelser"]:
        if ch.flag(0.1):
            a["aftale_56"] = True
        if ch.flag(0.07):
            a["arbejdsgiver_forsikret_55"] = True
        if ch.flag(0.15):   # employed on the first whole fraværsdag (Ankestyrelsen 10-21), ending on it or later
            a["sidste_ansaettelsesdag"] = (hel + dt.timedelta(days=_into(ch, ENDS, 0, 150, hel, last))).isoformat()
            if ch.flag(0.5):
                rate = (hoejeste_beloeb(first) / 5).quantize(ORE) + Decimal(ch.edge([0, 1, -1], -100, 100)) * ORE \
                    if ch.flag(0.5) else Decimal(ch.edge([30000, 110000], 30000, 110000)) * ORE
                a["dagpengesats_efter_ophoer"] = _kr(rate)
        if ch.flag(0.1):
            a["tidligere_ansat_samme_arbejdsgiver"] = True
        if ch.flag(0.12):
            a["overenskomstmaessig_ugentlig_arbejdstid"] = _d(Decimal(ch.pick(OVERENSKOMST_TIMER)))
        if ch.flag(0.12):   # each kind once, up to all three
            k = ch.int(0, len(ARTER) - 1)
            for art in (ARTER[k:] + ARTER[:k])[:1 if ch.flag(0.6) else ch.int(2, len(ARTER))]:
                a["timer_seneste_8_uger"].append({"art": art, "timer": _d(Decimal(ch.int(1, 80)) + _hours(ch))})


def beyond_grammar(case: dict) -> list[str]:
    """The facts of `case` the scenario grammar cannot say (a further employment's beyond its table)."""
    out = []
    for j in case.get("andre_ansaettelser") or []:
        out += [f"andre_ansaettelser[{j['id']}].{k}" for k in BEYOND_THE_TABLE if k in j]
        out += [f"andre_ansaettelser[{j['id']}].timer_seneste_8_uger: {t['art']}"
                for t in j.get("timer_seneste_8_uger", []) if t["art"] != "arbejde"]
    return out


def _birth(ch, case: dict, first: dt.date, last: dt.date) -> None:
    """A birth date with the folkepensionsalder (§ 25, stk. 1, nr. 3) reached around the absence: before it, on
    its first day, within it."""
    P = parameters()
    naaet = first + dt.timedelta(days=ch.edge([0, 1, -1, 30, 180], -400, max(0, (last - first).days)))
    born = add_months(naaet, -67 * 12)
    for _ in range(2):  # the age depends on the birth date: settle it
        born = add_months(naaet, -int(P.at("folkepensionsalder", born).vaerdi * 12))
    case["foedselsdato"] = min(born, first - dt.timedelta(days=1)).isoformat()


VIRKSOMHED_VED_JOB = 0.4   # a business beside the employment, when there are further employments too


def _new_situations(ch, case: dict, first: dt.date) -> None:
    s = case["status"]
    last = dt.date.fromisoformat(case["fravaer"]["sidste_fravaersdag"])
    if ch.flag(0.06):  # Ankestyrelsen 10-21: went home sick during the day, the next working day is the first
        case["fravaer"]["foerste_dag_delvis"] = True
    # a long sickness paid on past the revurdering (an extension): a gradvis return, a holiday and a dismissal are
    # the ordinary course of its later months, so they are drawn more often there (red team r17 F2)
    extended = bool(case.get("forlaengelser"))
    if s in LOENMODTAGERE and last > first and ch.flag(GRADVIS_FORLAENGET if extended else GRADVIS_ANDEL):
        _gradual(ch, case, first, last)
    if last > first and ch.flag(FERIE_FORLAENGET if extended else 0.07):
        _holidays(ch, case, first, last)
    if s in LOENMODTAGERE and ch.flag(0.2 if extended else 0.07):
        _ended(ch, case, first)
    if s in LOENMODTAGERE and ch.flag(0.07):
        _other_jobs(ch, case, first)
    # lønmodtager and selvstændig (Ankestyrelsen P 23-22); not beside a partial absence: out of scope (§ 53, stk. 3).
    # Beside further employments far more often: each part decided on its own, the pair was 0.2 % of the cases and
    # a system that dropped the business when there were further employments was GO on a third of the runs (red
    # team r19 F3)
    if s in LOENMODTAGERE and ch.flag(VIRKSOMHED_VED_JOB if case.get("andre_ansaettelser") else 0.05) \
            and not (case["fravaer"].get("delvis") or case["fravaer"].get("gradvis")):
        _self_employed(ch, case, first, partial=False)
    if ch.flag(0.05):
        _birth(ch, case, first, last)


def _person(ch) -> dict:
    """A person's identity as the bench dresses its cases (harness/dressing.py): a CPR number born on any day of a
    month (leaning to its edges, harness/toolkit/valg.py month_day) in 1940-1999, passing the modulus-11 check, and
    a name as people in Denmark have them. Written as the 1st-28th of a month and one of six names, it told the
    bench's cases from a citizen's (red team r15 F1; r14 F1)."""
    born = date_in_month(ch, ch.int(1940, 1999), ch.int(1, 12))
    rng = random.Random(ch.int(0, 2**32 - 1))
    cpr = personer.cpr(born, rng)
    return {"navn": personer.name(rng, personer.is_woman(cpr)), "cpr": cpr}


def build(ch, sags_id: str = "FUZZ-1", status: str | None = None, over_the_limit: float = 0.0,
          beyond_the_table: bool = False) -> dict:
    """over_the_limit: the share of cases given an earlier absence around § 24's limit (§ 24 a). The bulk cases
    draw it last, so their other draws are unchanged; the Hypothesis strategy leaves it out, so the search (and
    the CI profile's findings) is unchanged. beyond_the_table: a further employment's facts the grammar's table
    cannot say (`_beyond_the_table`), drawn after everything else; the bulk cases draw them, the Hypothesis
    strategy does not (every counterexample it shrinks can be exported as a scenario)."""
    status = status or ch.pick(STATUS_WEIGHTED)
    long = ch.flag(0.15)  # § 27 matters only past the 22 weeks: a long absence, decided around the revurdering
    runs_out = ch.pick(UDLOEBER) if long and ch.flag(0.4) else None  # ... and an extension that runs out
    latest = LAST_FIRST_DAY
    if runs_out:  # early enough for the extension's end to lie within the law dates
        latest = LAST_DAY - dt.timedelta(days=7 * _weeks(runs_out) + 200)
    first = _first_day(ch, latest, FIRST_DAY_NR1 if status == "loenmodtager" else FIRST_DAY)
    last = first + dt.timedelta(days=ch.edge([29, 30, 28, 31, 0, 1, 13, 14, 15, 60, 61], 0, 330))
    case: dict = {"schema_version": "1.0", "ydelse": YDELSE, "sags_id": sags_id, "status": status,
                  "fravaer": {"foerste_fravaersdag": first.isoformat(),
                              "sidste_fravaersdag": min(last, LAST_DAY).isoformat()}}
    if ch.flag(0.3):
        case["person"] = _person(ch)
    if status in LOENMODTAGERE:
        _employment(ch, case, first)
    elif status == "ledig":
        _unemployed(ch, case, first)
    else:
        _self_employed(ch, case, first)
    _reports(ch, case, first)
    if ch.flag(TIDLIGERE_ANDEL):
        periods: list[dict] = []
        end = first
        for _ in range(ch.int(1, 3) if ch.flag(0.7) else ch.int(4, TIDLIGERE_HOEJST)):
            end = end - dt.timedelta(days=ch.int(1, 120))
            start = end - dt.timedelta(days=ch.int(0, 150))
            periods.insert(0, {"fra": start.isoformat(), "til": end.isoformat()})
            end = start - dt.timedelta(days=1)
        case["tidligere_sygeperioder"] = _as_a_case_system_lists(ch, periods)
    if long:
        if runs_out:  # around the extension's last day: the day before, the day, the day after (§ 27, stk. 1)
            long_last = _extension_end(first, runs_out, status) + dt.timedelta(days=ch.edge([0, 1, -1, 7], -30, 30))
            grunde = [runs_out] + ([ch.pick(UDLOEBER)] if ch.flag(0.2) else [])
        else:
            long_last = max(first + dt.timedelta(days=ch.int(170, 800)), last)  # nr. 2 runs 69 weeks past the rt
            # one ground, or several decided each on its own date (§ 27, stk. 1, nr. 1-7): the one decided in time
            # that runs longest counts (red team r12 F2: at most two were drawn)
            k = ch.int(0, len(GRUNDE) - 1)
            grunde = list(GRUNDE[k:] + GRUNDE[:k])[:1 if ch.flag(0.6) else ch.edge([2, 3, 4], 2, len(GRUNDE))]
        case["fravaer"]["sidste_fravaersdag"] = min(long_last, LAST_DAY).isoformat()
        case["forlaengelser"] = [{"grund": g, "afgoerelsesdato": (first + dt.timedelta(
            days=ch.edge([150, 165, 180], 60, 330))).isoformat()} for g in grunde]
    _new_situations(ch, case, first)
    if over_the_limit and ch.flag(over_the_limit):   # § 24 a: already over the 22 weeks on the first day
        _over_the_limit(ch, case, first)
    if _counted_before(case, first) > _limit(first) and (
            case.get("selvstaendig") or case.get("andre_ansaettelser") or case.get("forlaengelser")):
        del case["tidligere_sygeperioder"]   # § 24 a with these is out of the reference's scope (FT-SDP-24A-START)
    if beyond_the_table and case.get("andre_ansaettelser"):
        _beyond_the_table(ch, case, first)
    return case


def _limit(first: dt.date) -> int:
    return int(parameters().at("varighed_dage", first).vaerdi)


RAEKKER_ANDEL = 0.3   # of the cases with earlier absences: one sickness written as several rows (red team r19 F1)


def _as_a_case_system_lists(ch, periods: list[dict]) -> list[dict]:
    """The earlier absences as a case system may list them: sometimes one sickness in several rows that overlap or
    follow on (the employer's first 30 days beside the whole, a row registered again, extended with the same first
    day, or split where the kommune took over), which the law reads as one sickness (FT-SDP-TIDLIGERE-RAEKKER)."""
    if not periods or not ch.flag(RAEKKER_ANDEL):
        return periods
    rows = list(periods)
    p = rows[ch.int(0, len(rows) - 1)]
    fra, til = dt.date.fromisoformat(p["fra"]), dt.date.fromisoformat(p["til"])
    mode = ch.pick(("arbejdsgiver", "igen", "forlaenget", "delt"))
    if mode == "delt" and til <= fra:   # a one-day sickness cannot be split
        mode = "igen"
    if mode == "arbejdsgiver":      # the employer's period beside the whole sickness
        extra = {"fra": p["fra"], "til": min(til, fra + dt.timedelta(days=29)).isoformat()}
    elif mode == "igen":            # the same row registered twice
        extra = dict(p)
    elif mode == "forlaenget":      # an earlier registration of the same sickness, before it was extended
        extra = {"fra": p["fra"], "til": (fra + dt.timedelta(days=ch.int(0, max(0, (til - fra).days)))).isoformat()}
    else:                           # split where the kommune took over: the second row from the next day or overlapping
        cut = fra + dt.timedelta(days=ch.int(0, (til - fra).days - 1))
        p_first = {"fra": p["fra"], "til": cut.isoformat()}
        rows[rows.index(p)] = p_first
        extra = {"fra": max(fra, cut + dt.timedelta(days=ch.pick((1, 1, 0, -3)))).isoformat(), "til": p["til"]}
    rows.insert(ch.int(0, len(rows)), extra)
    return rows


def _counted_before(case: dict, first: dt.date) -> int:
    """Weekdays of the earlier absences that § 24 counts (from each one's 31st day) in the 9 calendar months up to
    the first day (FT-SDP-22UGER). A first day that moves later (a partial first day) only shrinks the window."""
    P = parameters()
    skip = int(P.at("varighed_ikke_medregnet_dage_selvstaendig" if case["status"] == "selvstaendig"
                    else "varighed_ikke_medregnet_dage", first).vaerdi)
    window = month_start(first, 1 - int(P.at("varighed_maaneder", first).vaerdi))
    n = 0
    rows = [{"fra": dt.date.fromisoformat(p["fra"]), "til": dt.date.fromisoformat(p["til"])}
            for p in case.get("tidligere_sygeperioder", [])]
    for fra, til in sygdomme(rows):     # one sickness in several rows counts once (FT-SDP-TIDLIGERE-RAEKKER)
        d = max(fra + dt.timedelta(days=skip), window)
        while d <= til:
            n += d.weekday() < 5
            d += dt.timedelta(days=1)
    return n


def _over_the_limit(ch, case: dict, first: dt.date) -> None:
    """One earlier absence of 185-210 days ending 1-30 days before the first day: about 110-128 counted weekdays,
    around § 24's 110 (the edge of § 24 a, stk. 1), all inside the 9 months."""
    end = first - dt.timedelta(days=ch.int(1, 30))
    start = end - dt.timedelta(days=ch.edge([185, 186, 187, 188], 185, 210))
    case["tidligere_sygeperioder"] = [{"fra": start.isoformat(), "til": end.isoformat()}]


@cache
def sags_id() -> st.SearchStrategy[str]:
    """Case numbers a system might trip over: the usual, one character, the longest the contract allows, every
    separator it allows. Built on first use, so bulk cases never load Hypothesis."""
    return st.one_of(st.just("FUZZ-1"), st.sampled_from(("1", "A" * 81, "sag.2026:17_b-3", "Z9")),
                     st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,80}", fullmatch=True))


def strategy(stratum: str | None = None) -> st.SearchStrategy:
    """Valid sygedagpenge cases, edge-leaning, of one status (a stratum) or of every status; shrinks towards
    simple cases."""
    return st.composite(lambda draw: build(Hyp(draw), sags_id=draw(sags_id()), status=stratum))()


# The fuzz engine searches each stratum with its share of the examples: Hypothesis mutates the cases it has
# already found interesting, so one search of 150 examples can stay with one status almost throughout.
# Each with its weight: lønmodtagere have the most rules.
STRATA = (("loenmodtager", 3), ("fleksjob", 1), ("elev", 1), ("ledig", 1), ("selvstaendig", 1))


def bulk_case(n: int, seed: int = 0) -> dict:
    """Case number `n` of bulk run `seed`: deterministic (random.Random seeded with "seed:n"), no Hypothesis."""
    return build(Rand(random.Random(f"{seed}:{n}")), sags_id=f"BULK-{seed}-{n}", over_the_limit=0.03,
                 beyond_the_table=True)


# --- properties that need no oracle ---------------------------------------------------------------------

def _dec(x) -> Decimal:
    return Decimal(str(x))


def _paid(d: dict) -> Decimal:
    return _dec(d["udbetalt_i_alt"]["beloeb"]) + _dec(d["refusion_i_alt"]["beloeb"])


def _copy(case: dict) -> dict:
    import copy
    return copy.deepcopy(case)


def _parts(case: dict) -> bool:
    """Several parts: further employments, or a lønmodtager's business beside the salary."""
    return bool(case.get("andre_ansaettelser")) or (case["status"] != "selvstaendig" and "selvstaendig" in case)


def _never_above_maximum(decide: Decide, case: dict, d: dict) -> str | None:
    """Each rate at most the maximum; each week's payments at most the maximum (§ 50, stk. 2), with the refunds
    where there is one part (with several, the cap is on the citizen's total: FT-SDP-FLERE-JOB)."""
    for s in d["satsperioder"] + [x for a in d.get("andre_ansaettelser", []) for x in a["satsperioder"]]:
        if _dec(s["ugebeloeb"]) > _dec(s["loft_pr_uge"]):
            return f"ugebeløbet fra {s['fra']} ({s['ugebeloeb']}) er over det højeste beløb ({s['loft_pr_uge']})"
    caps = [_dec(s["loft_pr_uge"]) for s in d["satsperioder"]]
    if not caps:
        return None
    per_week: dict[str, Decimal] = {}
    for p in d["udbetalinger"] + ([] if _parts(case) else d["refusion"]):
        per_week[p["uge"]] = per_week.get(p["uge"], Decimal(0)) + _dec(p["beloeb"])
    for week, amount in sorted(per_week.items()):
        if amount > max(caps):
            return f"uge {week}: {amount} kr. i alt er over det højeste beløb ({max(caps)})"
    return None


def _weekdays(a: dt.date, b: dt.date, case: dict) -> bool:
    """a..b has a day to pay: a weekday that is not a søgnehelligdag (§ 53 a) nor in an agreed holiday
    (FT-SDP-FERIE)."""
    end = min(b, a + dt.timedelta(days=13))
    unpaid = set(ubetalte_dage(a.toordinal(), end.toordinal()))
    for fe in case["fravaer"].get("ferie", []):
        if fe["aftalt_med_kommunen"]:
            unpaid.update(range(dt.date.fromisoformat(fe["fra"]).toordinal(), dt.date.fromisoformat(fe["til"]).toordinal() + 1))
    return any((a + dt.timedelta(days=i)).weekday() < 5 and (a + dt.timedelta(days=i)).toordinal() not in unpaid
               for i in range((end - a).days + 1))


def _no_missing_payment(decide: Decide, case: dict, d: dict) -> str | None:
    """Entitled, no employer pays salary, paid weekdays (not søgnehelligdage) and a positive weekly amount:
    something is paid. A further employment's employer who pays salary takes refusion, which under § 50, stk. 2-3
    counts in the day's share of the week's maximum and may leave the citizen nothing (FT-SDP-FLERE-JOB;
    SDP-050-524). So does the refusion of a further employment's employer under § 55 or § 56: the employer pays the
    citizen sygedagpenge in its arbejdsgiverperiode (§ 30) and the kommune refunds them from the 1st or 2nd day;
    the refund is the sygedagpenge the citizen is paid (FT-SDP-FLERE-JOB: "Arbejdsgivernes refusion for dagen tæller
    med i loftet … det overskydende skæres af borgerens udbetaling"), so a refund at the week's maximum leaves the
    kommune nothing to pay the citizen, who is paid by that employer (red team r13 F2 drew such cases first)."""
    employers = [case.get("ansaettelse") or {}, *(case.get("andre_ansaettelser") or [])]
    if not d["ret_kommune"]["ret"] or any(a.get("arbejdsgiver_betaler_loen") for a in employers):
        return None
    if any(a.get("aftale_56") or a.get("arbejdsgiver_forsikret_55") for a in case.get("andre_ansaettelser") or []):
        return None
    if d["kommune_betaler_fra"] is None or d["varighed"]["sidste_betalingsdag"] is None:
        return None
    start = dt.date.fromisoformat(d["kommune_betaler_fra"]["dato"])
    end = dt.date.fromisoformat(d["varighed"]["sidste_betalingsdag"])
    if end < start or not _weekdays(start, end, case) or not d["satsperioder"] \
            or any(_dec(s["ugebeloeb"]) <= 0 for s in d["satsperioder"]):
        return None
    if not d["udbetalinger"] or _dec(d["udbetalt_i_alt"]["beloeb"]) == 0:
        return (f"borgeren har ret fra kommunen fra {start} til {end} med et ugebeløb på "
                f"{d['satsperioder'][0]['ugebeloeb']} kr., men intet er udbetalt")
    return None


def _strip_ids(d: dict) -> dict:
    import json
    text = json.dumps({k: v for k, v in d.items() if k not in ("begrundelse", "sags_id")}, sort_keys=True)
    return json.loads(re.sub(r'"trin": "[^"]*"', '"trin": ""', text))


def _rows_as_one(decide: Decide, case: dict, d: dict) -> str | None:
    """An earlier absence also listed as the employer's row of its first days, and once more as it is: the same
    sickness, so the same decision (FT-SDP-TIDLIGERE-RAEKKER: a day counts once, the first 30 days once)."""
    rows = case.get("tidligere_sygeperioder") or []
    if not rows:
        return None
    other = _copy(case)
    longest = max(rows, key=lambda p: (dt.date.fromisoformat(p["til"]) - dt.date.fromisoformat(p["fra"])).days)
    fra = dt.date.fromisoformat(longest["fra"])
    employer = {"fra": longest["fra"], "til": min(dt.date.fromisoformat(longest["til"]), fra + dt.timedelta(days=29)).isoformat()}
    other["tidligere_sygeperioder"] = [*rows, dict(longest), employer]
    d2 = decide(other)
    if d2 is not None and _strip_ids(d2) != _strip_ids(d):
        return f"perioden {longest['fra']}–{longest['til']} skrevet tre gange (og arbejdsgiverens del) giver en anden afgørelse"
    return None


def _identity_ignored(decide: Decide, case: dict, d: dict) -> str | None:
    """Another name and CPR number for the person (harness/dressing.py other_identity, drawn as the bench dresses its
    cases: a fixed other name was one more word a system could know the bench's cases by) change nothing decided."""
    if "person" not in case:  # checked where the case names a person
        return None
    from harness.dressing import identity_ignored
    return identity_ignored(YDELSE)(decide, case, d)


def _higher_wage(decide: Decide, case: dict, d: dict) -> str | None:
    a = case.get("ansaettelse")
    if case["status"] not in LOENMODTAGERE or a is None:
        return None
    higher = _copy(case)
    if "timefortjeneste" in a:
        more = _dec(a["timefortjeneste"]) + Decimal("1.00")
        higher["ansaettelse"]["timefortjeneste"] = _kr(more)
        what = f"timefortjeneste {more} kr."
    else:   # 1 krone more for every reported hour: § 47's average is 1 krone higher
        for m in higher["ansaettelse"]["loen_maaneder"]:
            m["loen"] = _kr(_dec(m["loen"]) + _dec(m["timer"]))
        what = "1 kr. mere pr. indberettet løntime"
    d2 = decide(higher)
    if d2 is not None and _paid(d2) < _paid(d):
        return f"{what} giver {_paid(d2)} kr. i alt, før {_paid(d)} kr."
    return None


def _partial_scales(decide: Decide, case: dict, d: dict) -> str | None:
    """§ 53: twice the absent hours (both within the working week and the contractual week) pays twice as much
    (each week's amount to within rounding: 1 øre on the weekly amount, 1 øre on the day share)."""
    a, delvis = case.get("ansaettelse"), case["fravaer"].get("delvis")
    if a is None or not delvis or "fravaerstimer_pr_uge" not in delvis or a.get("arbejdsgiver_betaler_loen"):
        return None
    if _parts(case) or case["fravaer"].get("gradvis") or "sidste_ansaettelsesdag" in a:
        return None  # the hours across employments, the later periods, the rate after the employment: not doubled
    h = _dec(delvis["fravaerstimer_pr_uge"])
    limit = min(_dec(a["ugentlig_arbejdstid"]), _dec(a.get("overenskomstmaessig_ugentlig_arbejdstid", "37")))
    if h < 4 or 2 * h > limit or not d["ret_kommune"]["ret"]:
        return None
    double = _copy(case)
    double["fravaer"]["delvis"]["fravaerstimer_pr_uge"] = _d(2 * h)
    d2 = decide(double)
    if d2 is None or not d2["ret_kommune"]["ret"]:
        return None
    weeks1 = {p["uge"]: _dec(p["beloeb"]) for p in d["udbetalinger"]}
    weeks2 = {p["uge"]: _dec(p["beloeb"]) for p in d2["udbetalinger"]}
    if set(weeks1) != set(weeks2):
        return f"{_d(2 * h)} fraværstimer giver udbetaling i andre uger end {_d(h)} timer"
    for week in sorted(weeks1):
        if abs(weeks2[week] - 2 * weeks1[week]) > Decimal("0.03"):
            return f"uge {week}: {_d(2 * h)} timer giver {weeks2[week]} kr., {_d(h)} timer gav {weeks1[week]} kr."
    return None


def _two_periods(decide: Decide, case: dict, d: dict) -> str | None:
    """An absence the kommune pays from its first day (selvstændig insured from day 1, ledig on supplerende
    dagpenge), cut on a Sunday into two consecutive absences, the first one an earlier absence of the second:
    the two pay the same total as the one, as long as no § 24 limit is reached and no deadline is involved."""
    status = case["status"]
    ok = (status == "selvstaendig" and case["selvstaendig"]["forsikring"] == "fra_1_fravaersdag") or \
         (status == "ledig" and case["ledig"].get("supplerende_dagpenge"))
    if not ok or case.get("anmeldelser") or case.get("forlaengelser") or not d["ret_kommune"]["ret"] \
            or d["varighed"]["revurderingstidspunkt"] is not None:
        return None
    if any(case["fravaer"].get(k) for k in ("ferie", "gradvis", "foerste_dag_delvis")) or "foedselsdato" in case:
        return None  # a holiday or a first day that moves, or § 25 from a birthday: not one uniform absence
    first = dt.date.fromisoformat(case["fravaer"]["foerste_fravaersdag"])
    last = dt.date.fromisoformat(case["fravaer"]["sidste_fravaersdag"])
    cut = first + dt.timedelta(days=7 + (6 - first.weekday()) % 7)  # a Sunday at least a week in
    if cut >= last:
        return None
    one, two = _copy(case), _copy(case)
    one["fravaer"]["sidste_fravaersdag"] = cut.isoformat()
    two["fravaer"]["foerste_fravaersdag"] = (cut + dt.timedelta(days=1)).isoformat()
    two["tidligere_sygeperioder"] = case.get("tidligere_sygeperioder", []) + [{"fra": first.isoformat(), "til": cut.isoformat()}]
    d1, d2 = decide(one), decide(two)
    if d1 is None or d2 is None or any(x["varighed"]["revurderingstidspunkt"] for x in (d1, d2)):
        return None
    if _paid(d1) + _paid(d2) != _paid(d):
        return (f"delt {cut}: {_paid(d1)} + {_paid(d2)} = {_paid(d1) + _paid(d2)} kr., "
                f"men hele fraværet giver {_paid(d)} kr.")
    return None


def _other_case_number(decide: Decide, case: dict, d: dict) -> str | None:
    """The decision carries the case's number, and another number changes nothing else. Checked where the
    case has a drawn number (the strategies draw one; bulk cases are numbered BULK-seed-n)."""
    if d.get("sags_id") != case["sags_id"]:
        return f"afgørelsen har sags-id {d.get('sags_id')!r}, sagen {case['sags_id']!r}"
    if case["sags_id"].startswith("BULK-"):
        return None
    other = _copy(case)
    other["sags_id"] = _another_id(case["sags_id"])
    d2 = decide(other)
    if d2 is not None and _strip_ids(d2) != _strip_ids(d):
        return f"sags-id {case['sags_id']!r} giver en anden afgørelse end sags-id {other['sags_id']!r}"
    return None


_SHAPED = re.compile(r"^([A-Z]{2,5})-([0-9]{3})-([0-9]{3})$")


def _another_id(sags_id: str) -> str:
    """Another case id of the same shape (`SDP-042-917` -> `SDP-542-918`): a fixed id asked again would tell a
    candidate which of its cases is the bench's second question."""
    m = _SHAPED.match(sags_id)
    if m is None:        # any other valid id (production's shape): its last digit or letter moved on, shape kept
        for i in range(len(sags_id) - 1, -1, -1):
            c = sags_id[i]
            if c.isdigit() or c.isalpha():
                moved = str((int(c) + 1) % 10) if c.isdigit() else chr((ord(c.upper()) - 64) % 26 + 65)
                moved = moved.lower() if c.islower() else moved
                return sags_id[:i] + moved + sags_id[i + 1:]
        return sags_id + "1"
    return f"{m[1]}-{(int(m[2]) + 500) % 1000:03d}-{(int(m[3]) + 1) % 1000:03d}"


HANDOFF = {"VARIGHEDSBEGRAENSNING": "varighedsbegrænsningen", "FORLAENGELSE_UDLOEBET": "forlængelsens udløb"}


def _handoff(decide: Decide, case: dict, d: dict) -> str | None:
    """The contract's handoff: the jobafklaringsforløb begins the day after the last day with sygedagpenge when
    the payment ends by the varighedsbegrænsning (§ 24, stk. 2) or when an extension runs out (§ 27, stk. 3;
    FT-SDP-JOBAFKLARING), and only then."""
    v = d["varighed"]
    j = v.get("jobafklaring_fra")
    if v["ophoersaarsag"] not in HANDOFF:
        return None if j is None else f"jobafklaringsforløb fra {j['dato']}, men udbetalingen ophører på grund af " \
                                      f"{v['ophoersaarsag']}"
    if j is None or v["sidste_betalingsdag"] is None:
        return f"udbetalingen ophører på grund af {HANDOFF[v['ophoersaarsag']]}, men der er intet jobafklaringsforløb"
    day = dt.date.fromisoformat(v["sidste_betalingsdag"]) + dt.timedelta(days=1)
    if j["dato"] != day.isoformat():
        return f"jobafklaringsforløbet begynder {j['dato']}, dagen efter sidste betalingsdag er {day}"
    return None


def _holiday_pays_no_more(decide: Decide, case: dict, d: dict) -> str | None:
    """A holiday during the absence (Ankestyrelsen 31-19) never makes the payments larger: agreed days are not
    paid, an unagreed holiday ends the absence. Checked where no revurderingstidspunkt is reached (the agreed days
    do not count in § 24, so a long absence may be paid longer)."""
    if not case["fravaer"].get("ferie") or d["varighed"]["revurderingstidspunkt"] is not None:
        return None
    without = _copy(case)
    del without["fravaer"]["ferie"]
    d2 = decide(without)
    if d2 is None or d2["varighed"]["revurderingstidspunkt"] is not None:
        return None
    if _paid(d) > _paid(d2):
        return f"med ferie udbetales {_paid(d)} kr. i alt, uden ferie {_paid(d2)} kr."
    return None


PROPERTIES = (
    Property("aldrig_over_hoejeste_beloeb", "forkert_beloeb",
             "Ugebeløbet og ugens udbetaling og refusion er aldrig over det højeste beløb (§ 50).", _never_above_maximum),
    Property("ingen_manglende_udbetaling", "manglende_udbetaling",
             "En borger med ret fra kommunen og hverdage at betale for får mindst én udbetaling.", _no_missing_payment),
    Property("alt_er_begrundet", "manglende_begrundelse",
             "Afgørelsen har en begrundelse, og hvert beløb og hver dato peger på et trin i den.", explained(YDELSE)),
    Property("navn_og_cpr_uden_betydning", "forkert_afgoerelse_om_ret",
             "Et andet navn og CPR-nummer ændrer intet i afgørelsen (loven ser bort fra dem).", _identity_ignored),
    Property("hoejere_loen_betaler_ikke_mindre", "forkert_beloeb",
             "En højere timefortjeneste giver aldrig mindre i alt (udbetaling + refusion).", _higher_wage),
    Property("delvis_skalerer_med_timer", "forkert_beloeb",
             "Ved delvis sygemelding giver dobbelt så mange fraværstimer dobbelt så meget pr. uge (§ 53).", _partial_scales),
    Property("to_perioder_som_en", "forkert_beloeb",
             "To på hinanden følgende fravær betaler det samme i alt som ét (betaling fra 1. dag, ingen § 24-grænse).",
             _two_periods),
    Property("sags_id_uden_betydning", "ugyldigt_svar",
             "Afgørelsen bærer sagens sags-id, og et andet sags-id ændrer intet andet.", _other_case_number),
    Property("jobafklaring_dagen_efter", "forkert_dato",
             "Ophører udbetalingen på grund af varighedsbegrænsningen eller forlængelsens udløb, begynder "
             "jobafklaringsforløbet dagen efter sidste betalingsdag; ellers er der intet (§ 24, stk. 2; § 27, stk. 3).",
             _handoff),
    Property("tidligere_raekker_som_en_sygdom", "forkert_afgoerelse_om_ret",
             "En tidligere sygeperiode, der også står som arbejdsgiverens række og én gang til, er samme sygdom: "
             "afgørelsen er den samme (§ 24; en dag tæller én gang).", _rows_as_one),
    Property("ferie_betaler_ikke_mere", "forkert_beloeb",
             "Ferie under sygdom giver aldrig mere i alt end samme fravær uden ferie (Ankestyrelsen 31-19).",
             _holiday_pays_no_more),
)


# --- back to a Danish scenario ----------------------------------------------------------------------------
# Every sentence is the grammar's own: `tekst` renders a step of its table from values (harness/scenarios/trin.py).

Steps = list[tuple[str, list[list[str]] | None]]


def given_steps(case: dict) -> Steps:
    """Givet-steps (text, datatable) of the scenario grammar that rebuild `case` (without `person`). A case with
    facts the grammar cannot say (`beyond_grammar`) is refused, not said without them."""
    if missing := beyond_grammar(case):
        raise ValueError("scenariegrammatikken kan ikke sige: " + ", ".join(missing))
    out: Steps = []
    add = lambda fn, **values: out.append((tekst(fn, **values), None))
    s, f = case["status"], case["fravaer"]
    a = case.get("ansaettelse") or {}
    if s in LOENMODTAGERE:
        add({"loenmodtager": g._loenmodtager, "fleksjob": g._fleksjob, "elev": g._elev}[s], ansat_fra=a["ansat_fra"])
    elif s == "ledig":
        led = case["ledig"]
        if not led["ret_til_arbejdsloeshedsdagpenge"]:
            add(g._ledig_uden_ret)
        else:
            add(g._ledig_supplerende if led.get("supplerende_dagpenge") else g._ledig, sats=led["dagpengesats_pr_dag"])
    sv = case.get("selvstaendig")
    if sv is not None:
        add(g._selvstaendig if s == "selvstaendig" else g._ogsaa_selvstaendig, forsikring=sv["forsikring"])
        add(g._vaesentligt_omfang, maaneder=sv["maaneder_i_vaesentligt_omfang_seneste_12"])
        add(g._maaneden_foer, er=sv["virksomhed_maaneden_foer"])
        add(g._beregningsgrundlag, beloeb=sv["beregningsgrundlag_pr_uge"])
    add(g._syg_under_arbejde if f.get("foerste_dag_delvis") else g._foerste, dato=f["foerste_fravaersdag"])
    add(g._sidste, dato=f["sidste_fravaersdag"])
    for gr in f.get("gradvis", []):
        add(g._gradvis, dato=gr["fra"], timer=gr["fravaerstimer_pr_uge"])
    for fe in f.get("ferie", []):
        add(g._ferie, aftalt=fe["aftalt_med_kommunen"], fra=fe["fra"], til=fe["til"])
    if "foedselsdato" in case:
        add(g._foedt, dato=case["foedselsdato"])
    if a:
        _employment_steps(a, add)
    if a.get("loen_maaneder"):
        rows = [[dk.format_cell(m["maaned"], "Maaned"), dk.format_cell(m["loen"], "Kr"), dk.format_cell(m["timer"], "Tal")]
                for m in a["loen_maaneder"]]
        out.append((tekst(g._loen_maaneder), [list(LOEN_KOLONNER)] + rows))
    if case.get("andre_ansaettelser"):
        out.append((tekst(g._andre_ansaettelser), [list(ANDRE_KOLONNER)] + [_job_row(j) for j in case["andre_ansaettelser"]]))
    if "beskaeftigelse_seneste_6_maaneder" in case:
        rows = [[dk.format_cell(m["maaned"], "Maaned"), dk.format_cell(m["timer"], "Tal")]
                for m in case["beskaeftigelse_seneste_6_maaneder"]]
        out.append((tekst(g._loentimer), [list(LOENTIMER_KOLONNER)] + rows))
    if case.get("ville_have_ret_til_arbejdsloeshedsdagpenge"):
        add(g._ville_have_dagpenge)
    if "uddannelse" in case:
        add(g._uddannelse, dato=case["uddannelse"]["afsluttet"], maaneder=case["uddannelse"]["varighed_maaneder"])
    delvis = f.get("delvis")
    if delvis and "fravaerstimer_pr_uge" in delvis:
        add(g._delvis, timer=delvis["fravaerstimer_pr_uge"])
    if delvis and "selvstaendig_kan_udfoere" in delvis:
        add(g._delvis_selvstaendig, evne=delvis["selvstaendig_kan_udfoere"])
    _report_steps(case.get("anmeldelser") or {}, add)
    for p in case.get("tidligere_sygeperioder", []):
        add(g._tidligere, fra=p["fra"], til=p["til"])
    nr = {v: k for k, v in FORLAENGELSE.items()}
    for x in case.get("forlaengelser", []):
        add(g._forlaengelse, dato=x["afgoerelsesdato"], nr=nr[x["grund"]])
    return out


def _employment_steps(a: dict, add) -> None:
    for t in a.get("timer_seneste_8_uger", []):
        if t["art"] == "arbejde":
            add(g._timer_8_uger, timer=t["timer"])
        else:
            add(g._fravaer_8_uger, timer=t["timer"], art=t["art"])
    if a.get("tidligere_ansat_samme_arbejdsgiver"):
        add(g._genansat)
    if "timefortjeneste" in a:
        add(g._timefortjeneste, beloeb=a["timefortjeneste"])
    add(g._arbejdstid, timer=a["ugentlig_arbejdstid"])
    if "overenskomstmaessig_ugentlig_arbejdstid" in a:
        add(g._normaltid, timer=a["overenskomstmaessig_ugentlig_arbejdstid"])
    if a.get("arbejdsgiver_betaler_loen"):
        add(g._loen, beloeb=a["loen_pr_uge_under_fravaer"])
    if a.get("arbejdsgiver_forsikret_55"):
        add(g._forsikret_55)
    if a.get("aftale_56"):
        add(g._aftale_56)
    if "sidste_ansaettelsesdag" in a:
        add(g._ansaettelse_ophoerer, dato=a["sidste_ansaettelsesdag"])
    if "dagpengesats_efter_ophoer" in a:
        add(g._akasse_efter_ophoer, sats=a["dagpengesats_efter_ophoer"])


def _job_row(j: dict) -> list[str]:
    """A row of the table of further employments (the grammar's ANDRE_KOLONNER; INGEN where a fact is absent)."""
    cell = dk.format_cell
    arbejde = next(t["timer"] for t in j["timer_seneste_8_uger"] if t["art"] == "arbejde")
    return [j["id"], cell(j["ansat_fra"], "Dato"), cell(arbejde, "Tal"), cell(j["timefortjeneste"], "Kr"),
            cell(j["ugentlig_arbejdstid"], "Tal"),
            cell(j["fravaerstimer_pr_uge"], "Tal") if "fravaerstimer_pr_uge" in j else INGEN,
            cell(j["loen_pr_uge_under_fravaer"], "Kr") if j.get("arbejdsgiver_betaler_loen") else INGEN]


def _report_steps(anm: dict, add) -> None:
    for key, fn in (("borger_til_arbejdsgiver", g._til_arbejdsgiver), ("arbejdsgiver_til_kommune", g._arbejdsgiver_til_kommune),
                    ("underretningsbrev", g._underretningsbrev), ("borger_til_kommune", g._til_kommune)):
        if key in anm:
            add(fn, dato=anm[key])
    if anm.get("undskyldende_forhold"):
        add(g._undskyldende)
    if anm.get("refusion_dispensation"):
        add(g._dispensation)


# A deadline's phrase by the § that sets it (the grammar's FRISTER names the §§ of each).
_FRIST_NAVN = {par: navn for navn, paragraffer in FRISTER.items() for par in paragraffer}


def then_steps(decision: dict, felter: list[str]) -> list[str]:
    """Så-steps that state the reference decision's facts for the differing fields (`felt` paths as the
    comparison reports them, e.g. 'udbetalinger[2024-W14].beloeb'), in the grammar's straight word order."""
    out: list[str] = []

    def add(fn, **values) -> None:
        text = tekst(fn, **values)
        if text not in out:
            out.append(text)

    d = decision
    for felt in felter:
        top = re.split(r"[.\[]", felt, maxsplit=1)[0]
        key = m.group(1) if (m := re.search(r"\[([^\]]+)\]", felt)) else None
        if top in ("ret_kommune", "ret_arbejdsgiver"):
            add(g._ret, har=d[top]["ret"], hvem=top)
            for code in d[top]["aarsager"]:
                if code in AARSAGER.values():
                    add(g._aarsag, aarsag=code)
        elif top == "arbejdsgiverperiode":
            p = d["arbejdsgiverperiode"]
            if p is None:
                add(g._ingen_agp)
            else:
                add(g._agp, fra=p["fra"], til=p["til"])
        elif top == "kommune_betaler_fra":
            k = d["kommune_betaler_fra"]
            if k is None:
                add(g._betaler_ikke)
            else:
                add(g._betaler_fra, dato=k["dato"])
        elif top == "satsperioder":
            for p in d["satsperioder"]:
                if felt.endswith("loft_pr_uge"):
                    add(g._loft_fra, dato=p["fra"], beloeb=p["loft_pr_uge"])
                else:
                    add(g._ugebeloeb_fra, dato=p["fra"], beloeb=p["ugebeloeb"])
        elif top in ("udbetalinger", "refusion"):
            weeks = [key] if key else [p["uge"] for p in d[top]]
            for week in weeks:
                p = next((x for x in d[top] if x["uge"] == week), None)
                add(g._udbetaling_uge if top == "udbetalinger" else g._refusion_uge, uge=week,
                    beloeb=p["beloeb"] if p else "0.00")
        elif top == "udbetalt_i_alt":
            add(g._udbetalt, beloeb=d["udbetalt_i_alt"]["beloeb"])
        elif top == "refusion_i_alt":
            add(g._refusion, beloeb=d["refusion_i_alt"]["beloeb"])
        elif top == "varighed":
            _varighed_steps(d["varighed"], add)
        elif top == "andre_ansaettelser":
            for x in d.get("andre_ansaettelser", []):
                if key and x["id"] != key:
                    continue
                for step in _part_steps(x):
                    if step not in out:
                        out.append(step)
        elif top == "frister":
            for fr in d["frister"]:
                if key and fr["id"] != key:
                    continue
                par = re.search(r"§ \d+", fr["hjemmel"])
                navn = _FRIST_NAVN.get(par.group(0)) if par else None
                if navn:
                    add(g._frist_step, frist=navn, dato=fr["frist"], overholdt=fr["overholdt"])
        elif top == "begrundelse" or ".trin" in felt:
            add(g._begrundet)
    return out


def _varighed_steps(v: dict, add) -> None:
    if v["revurderingstidspunkt"]:
        add(g._revurdering, dato=v["revurderingstidspunkt"])
    else:
        add(g._ingen_revurdering)
    if v["sidste_betalingsdag"]:
        add(g._sidste_betalingsdag, dato=v["sidste_betalingsdag"])
    add(g._ophoer, aarsag=v["ophoersaarsag"])
    j = v.get("jobafklaring_fra")
    if j:
        add(g._jobafklaring, dato=j["dato"])
    else:
        add(g._intet_jobafklaring)


def _part_steps(x: dict) -> list[str]:
    """Så-steps for one further part of the decision (an employment or the business beside the salary)."""
    one_rate = len({p["ugebeloeb"] for p in x["satsperioder"]}) == 1  # the grammar states one weekly amount
    if x["id"] == "selvstaendig":
        out = [tekst(g._ret_selvstaendig, har=x["ret_kommune"]["ret"])]
        if one_rate:
            out.append(tekst(g._ugebeloeb_selvstaendig, beloeb=x["satsperioder"][0]["ugebeloeb"]))
        return out
    jid = x["id"]
    out = [tekst(g._ret_del, har=x[top]["ret"], hvem=top, jid=jid) for top in ("ret_arbejdsgiver", "ret_kommune")]
    p = x["arbejdsgiverperiode"]
    out.append(tekst(g._ingen_agp_del, jid=jid) if p is None else tekst(g._agp_del, jid=jid, fra=p["fra"], til=p["til"]))
    if x["kommune_betaler_fra"] is not None:
        out.append(tekst(g._betaler_fra_del, jid=jid, dato=x["kommune_betaler_fra"]["dato"]))
    if one_rate:
        out.append(tekst(g._ugebeloeb_del, jid=jid, beloeb=x["satsperioder"][0]["ugebeloeb"]))
    out.append(tekst(g._refusion_del, jid=jid, beloeb=x["refusion_i_alt"]["beloeb"]))
    return out


def finding_detail(finding) -> str | None:
    """Within a failure class the fuzz engine keeps one counterexample per key; a wrong amount is told apart by
    what is wrong: the rate itself (satsperioder: §§ 47-51, 64), a further part's (andre_ansaettelser), the refund
    (§§ 54-59), or only the days paid (udbetalinger: §§ 24, 53, 53 a), so that one does not hide another."""
    if finding.klasse != "forkert_beloeb":
        return None
    felter = {re.split(r"[.\[]", c.get("felt", ""), maxsplit=1)[0] for c in finding.changes}
    top = next((t for t in ("satsperioder", "andre_ansaettelser", "refusion", "udbetalinger") if t in felter), None)
    if top == "udbetalinger" and all(_holiday_week(c.get("felt", "")) for c in finding.changes
                                     if c.get("felt", "").startswith("udbetalinger[")):
        return "soegnehelligdag"  # only weeks with an unpaid søgnehelligdag differ: § 53 a
    return top


def _holiday_week(felt: str) -> bool:
    """The field's week (udbetalinger[2024-W13]...) has a weekday søgnehelligdag without payment (§ 53 a)."""
    m = re.match(r"udbetalinger\[(\d{4})-W(\d{2})\]", felt)
    if not m:
        return False
    monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    return bool(ubetalte_dage(monday.toordinal(), monday.toordinal() + 4))


# The legal area (feature file, golden `omraade`) of a § found in a failing field's explanation.
OMRAADE_FOR_PARAGRAF = {7: "fravaerets_forloeb", 24: "varighed_og_forlaengelse", 25: "varighed_og_forlaengelse",
                        27: "varighed_og_forlaengelse", 30: "arbejdsgiverperiode",
                        31: "arbejdsgiverperiode", 32: "beskaeftigelseskrav", 36: "anmeldelse_og_frister",
                        38: "anmeldelse_og_frister", 40: "anmeldelse_og_frister", 41: "selvstaendige",
                        42: "selvstaendige", 45: "selvstaendige", 47: "beregning_og_loft", 50: "beregning_og_loft",
                        51: "beregning_og_loft", 53: "delvis_sygemelding", 54: "refusion", 55: "refusion",
                        56: "refusion", 59: "refusion", 64: "satsskift"}


def paragraf(hjemmel: str) -> int | None:
    """The first § number of a citation ('sygedagpengeloven §§ 41-42' -> 41)."""
    m = re.search(r"§§?\s*(\d+)", hjemmel or "")
    return int(m.group(1)) if m else None


def label(case: dict) -> str:
    """How a case is counted in Hypothesis' statistics (`event`)."""
    return f"status={case['status']}"


# Codes the decisions should show at least once (coverage): the reasons and the ways payment ends.
EXPECTED_CODES = tuple(AARSAGER.values()) + tuple(OPHOER.values())
