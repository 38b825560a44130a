"""Hypothesis strategies for kontanthjælp cases: households and income months that speak the domain.

Every generated case is valid against the benefit's schemas/case.schema.json and lies inside the reference's
scope (months 2021-01 .. 2026-12; no hjemmeboende person on the new law, whose sats is unknown). Counterexamples
shrink towards small households, few months and round amounts.
"""
from __future__ import annotations

import copy as _copy
import datetime as dt
import random as _random
import re as _re
from decimal import Decimal as _D
from typing import Any

from harness.compare.differ import explained
from harness.contract.ydelse import Decide as _Decide
from harness.contract.ydelse import Property as _Property
from harness.dressing import identity_ignored as _identity_ignored_by_schema
from harness.toolkit.valg import Hyp as _Hyp
from harness.toolkit.valg import Rand as _Rand
from harness.toolkit.valg import amount as _amount
from harness.toolkit.valg import beyond as _beyond
from harness.toolkit.valg import case_months as _case_months
from harness.toolkit.valg import date_in_month as _date_in_month
from harness.toolkit.valg import has_pause as _has_pause
from harness.toolkit.valg import month_day as _month_day
from harness.toolkit.valg import pause as _pause
from harness.toolkit.valg import st
from harness.toolkit.valg import tail as _tail

from . import grammar as _g
from .grammar import BEGRUNDELSE_TEKST as _BEGR

FOERSTE = (2021, 1)
SIDSTE = (2026, 12)
REFORM = "2025-07"


# Children in the household: the contract bounds them by nothing (husstand.boern is a list without maxItems) and
# the reference counts each one (børnetillæg, forsørger, the loft's "2 or more"). Red team r11 F2: drawn only
# 0-3, a system that treated four or more children as none was GO. Mostly 1-3, sometimes a large family up to 10.
MAX_BOERN = 10

# Months in a case (harness/toolkit/valg.py case_months): up to five years, leaning to the goldens' longest (49).
MAX_MAANEDER = 60
# Boligstøtte in a month: the contract bounds it by nothing; goldens go to 10.200 kr. (a large family's rent).
MAX_BOLIGSTOETTE = 15000


def antal_maaneder(ch) -> int:
    return _case_months(ch, (24, 25, 36, 48), MAX_MAANEDER)


def antal_boern(ch) -> int:
    """How many children a household with children has (harness/toolkit/valg.py choices)."""
    return ch.int(1, 3) if ch.flag(0.75) else ch.edge([4, 5, 6], 4, MAX_BOERN)


def _maaned(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _plus(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def beloeb(max_kr: int, min_kr: int = 0) -> st.SearchStrategy[str]:
    """Money as the contract's string; shrinks towards whole and round amounts."""
    return st.one_of(st.integers(min_kr // 100, max_kr // 100).map(lambda k: f"{k * 100}.00"),
                     st.integers(min_kr * 100, max_kr * 100).map(lambda o: f"{o // 100}.{o % 100:02d}"))


def timer(max_timer: int = 200) -> st.SearchStrategy[str]:
    return st.one_of(st.integers(0, max_timer).map(str),
                     st.integers(0, max_timer * 4).map(lambda q: f"{q // 4}.{(q % 4) * 25:02d}"))


@st.composite
def maanedsraekke(draw, min_len: int = 1, max_len: int = 4) -> list[str]:
    """Consecutive calendar months inside the reference's scope."""
    n = draw(st.integers(min_len, max_len))
    start = draw(st.integers(0, (SIDSTE[0] * 12 + SIDSTE[1]) - (FOERSTE[0] * 12 + FOERSTE[1]) - n + 1))
    y, m = _plus(*FOERSTE, start)
    return [_maaned(*_plus(y, m, i)) for i in range(n)]


def _dag_i(draw, maaned: str) -> str:
    """A day of the month 'YYYY-MM' (harness/toolkit/valg.py month_day: any day, leaning to the month's edges)."""
    return _date_in_month(_Hyp(draw), int(maaned[:4]), int(maaned[5:7])).isoformat()


@st.composite
def person(draw, foerste_maaned: str, ny_lov: bool, soeger: bool | None = None) -> dict:
    y = int(foerste_maaned[:4])
    alder = draw(st.integers(18, 66))
    foedt = _date_in_month(_Hyp(draw), y - alder, draw(st.integers(1, 12)))
    p: dict[str, Any] = {"foedselsdato": foedt.isoformat()}
    if soeger is not None and not soeger:
        p["soeger_hjaelp"] = False
    if not ny_lov and alder < 30 and draw(st.booleans()):
        p["hjemmeboende"] = True
    for flag in ("har_2_5_aars_beskaeftigelse", "aktivitetsparat"):
        if draw(st.booleans()):
            p[flag] = True
    if draw(st.integers(0, 9)) == 0:
        p["opfylder_opholds_og_beskaeftigelseskrav"] = False
    if draw(st.integers(0, 9)) == 0:
        p["fritaget_225_timersregel"] = True
    if draw(st.booleans()):
        p["formue"] = draw(beloeb(40000))
    if alder < 30 and draw(st.booleans()):
        p["erhvervskompetencegivende_uddannelse"] = False
        if draw(st.booleans()):
            p["aktivitetstillaeg_straks"] = True
    if draw(st.integers(0, 9)) == 0:
        p["psykisk_lidelse"] = True
    if draw(st.booleans()):
        yy, mm = int(foerste_maaned[:4]), int(foerste_maaned[5:])
        n = draw(st.integers(1, 24))
        # mostly on hjælp with few hours, so the 225-timersregel is often in play
        p["historik"] = [{"maaned": _maaned(*_plus(yy, mm, -k)), "timer": draw(st.one_of(st.just("0"), timer(60))),
                          "paa_hjaelp": draw(st.integers(0, 4)) > 0}
                         for k in range(n, 0, -1)]
    return p


def _med_ferie(ind: dict, ferie: tuple[int, str] | None) -> dict:
    if ferie is not None:
        ind = {**ind, "feriedage": ferie[0], "feriegodtgoerelse": ferie[1]}
    return ind


def indkomst() -> st.SearchStrategy[dict]:
    ferie = st.one_of(st.none(), st.tuples(st.integers(1, 23), beloeb(8000)))
    return st.builds(_med_ferie, st.fixed_dictionaries({}, optional={"arbejdstimer": timer(), "arbejdsindtaegt": beloeb(30000),
                                                                     "anden_indtaegt": beloeb(5000)}), ferie)


@st.composite
def sag(draw, forhold: str | None = None, max_maaneder: int = 4, haendelser: bool = True) -> dict:
    """A whole kontanthjælp case: household, months with income and støtte, and events."""
    maaneder = draw(maanedsraekke(1, max_maaneder))
    ny_lov = maaneder[-1] >= REFORM
    forhold = forhold or draw(st.sampled_from(["enlig", "gift", "samlevende"]))
    h = {"forhold": forhold, "ansoeger": draw(person(maaneder[0], ny_lov))}
    if forhold != "enlig":
        h["aegtefaelle"] = draw(person(maaneder[0], ny_lov, soeger=draw(st.booleans())))
    n_boern = draw(st.one_of(st.integers(0, 3), st.integers(4, MAX_BOERN)))
    if n_boern:
        y = int(maaneder[0][:4])
        h["boern"] = [{"foedselsdato": _date_in_month(_Hyp(draw), y - draw(st.integers(0, 19)),
                                                      draw(st.integers(1, 12))).isoformat()}
                      for _ in range(n_boern)]
        if forhold == "enlig" and draw(st.booleans()):
            h["ekstra_boernetilskud"] = True
        foedt = [b["foedselsdato"] for b in h["boern"]]
        for b in h["boern"]:
            if draw(st.integers(0, 4)) == 0 and foedt.count(b["foedselsdato"]) == 1:
                b["fraflyttet"] = _dag_i(draw, maaneder[0])
    if forhold != "enlig" and draw(st.integers(0, 4)) == 0:
        h["aendringer"] = [{"dato": _dag_i(draw, draw(st.sampled_from(maaneder))),
                            "type": "forhold", "forhold": "enlig"}]
    ms = []
    for mnd in maaneder:
        m = {"maaned": mnd}
        if draw(st.booleans()):
            m["ansoeger"] = draw(indkomst())
        if forhold != "enlig" and draw(st.booleans()):
            m["aegtefaelle"] = draw(indkomst())
        if draw(st.booleans()):
            m["boligstoette"] = draw(beloeb(5000))
            if draw(st.booleans()):
                m["voksne_i_boligen"] = (1 if forhold == "enlig" else 2) + draw(st.integers(0, 2))
        if draw(st.booleans()):
            m["saerlig_stoette"] = draw(beloeb(3000))
        ms.append(m)
    case = {"schema_version": "1.0", "ydelse": "kontanthjaelp", "sags_id": "GEN-1", "husstand": h, "maaneder": ms}
    if haendelser and draw(st.booleans()):
        y, mm = int(maaneder[0][:4]), int(maaneder[0][5:])
        ev = []
        if draw(st.booleans()):
            ev.append({"dato": _date_in_month(_Hyp(draw), y, mm).isoformat(), "type": "ansoegning"})
        if draw(st.booleans()):
            yy, m2 = _plus(y, mm, draw(st.integers(-1, len(maaneder))))
            e = {"dato": _date_in_month(_Hyp(draw), yy, m2).isoformat(), "type": "afgoerelse",
                 "vedroerer": "timeregel_225"}
            if draw(st.booleans()):
                e["begrundelse"] = "Du har ikke haft 225 timers ordinært arbejde de seneste 12 måneder."
            ev.append(e)
        if ev:
            case["haendelser"] = ev
    return case


# === the fuzz interface (harness/contract/ydelse.py): one case builder for Hypothesis and random.Random ===
# Every case the Hypothesis strategy builds (the fuzz stage's source) is one the kontanthjælp scenario grammar
# (grammar.py beside this file) can say: `given_steps` + `when_step` rebuild it exactly. The bulk cases (the sample
# stage's source, which needs no Gherkin) also draw, last, facts the grammar cannot say (`_beyond_the_grammar`, red
# team r13 F2); `given_steps` refuses such a case (`beyond_grammar`) rather than drop them. Within the grammar,
# historik is runs of months on hjælp with the same hours, arbejdstimer come with an arbejdsindtægt, amounts have
# two decimals, and afgørelser carry the grammar's reason.
# It leans towards the edges where systems go wrong: 225 hours in the last 12 months (18,75 a month) with and
# without an afgørelse (with and without a reason) around month boundaries, § 31 hours around 160, spouses with
# income above their own hjælp, formue around the limits, the months around the 1 July 2025 reform, and the
# turn of a year (§ 31's amount per hour changes in January). Every date falls on any day of its month, leaning to
# the month's edges, and money away from its edges has øre (harness/toolkit/valg.py month_day, amount): birth days on
# the 1st, 15th or 28th only, and whole kroner only, told the bench's cases from a citizen's (red team r15 F1, F4).

YDELSE = "kontanthjaelp"
_NR_FOERSTE = FOERSTE[0] * 12 + FOERSTE[1] - 1
_NR_SIDSTE = SIDSTE[0] * 12 + SIDSTE[1] - 1
_NR_REFORM = 2025 * 12 + 6


def _mnd(nr: int) -> str:
    return f"{nr // 12:04d}-{nr % 12 + 1:02d}"


def _nr(maaned: str) -> int:
    return int(maaned[:4]) * 12 + int(maaned[5:7]) - 1


def _kr(x) -> str:
    return f"{_D(x):.2f}"


def _t(x) -> str:
    text = f"{_D(x):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _last_day(nr: int) -> int:
    y, m = nr // 12, nr % 12 + 1
    return ((dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)).day


# A case system's top amounts (valg.beyond), far past the limits the other draws lean to: a month's income and a
# formue that bar hjælp (red team r17 F3: amounts drawn only up to the goldens' let a system that lost a digit pass).
INDTAEGT_TOP, FORMUE_TOP = 150000, 1000000


def _foedt(ch, nr: int) -> str:
    """A birth date giving an age around the sats edges (25, 30) in the first month."""
    alder = ch.edge([29, 30, 24, 25, 35, 18], 18, 66)
    y = nr // 12 - alder
    return _date_in_month(ch, y, ch.int(1, 12)).isoformat()


def _person(ch, nr0: int, ny_lov: bool, aegtefaelle: bool) -> dict:
    p: dict = {"foedselsdato": _foedt(ch, nr0)}
    if ch.flag(0.3 if aegtefaelle else 0.03):   # an applicant who does not apply either: nobody does, nothing is paid
        p["soeger_hjaelp"] = False
    if not ny_lov and ch.flag(0.1):
        p["hjemmeboende"] = True
    if ch.flag(0.3):
        p["aktivitetsparat"] = True
    if ch.flag(0.3):
        p["har_2_5_aars_beskaeftigelse"] = True
    if ch.flag(0.07):
        p["opfylder_opholds_og_beskaeftigelseskrav"] = False
    if ch.flag(0.07):
        p["fritaget_225_timersregel"] = True
    if ch.flag(0.3):  # under 30 without an education: uddannelseshjælp (§§ 23-24) before 1 July 2025
        p["erhvervskompetencegivende_uddannelse"] = False
        if ch.flag(0.2):
            p["aktivitetstillaeg_straks"] = True
    if ch.flag(0.08):
        p["psykisk_lidelse"] = True
    if ch.flag(0.08):  # past the 12th week around the case's first months, or up to the 28 weeks before a birth
        k = nr0 + ch.edge([0, 1, -1, -6], -6, 3)
        p["gravid_12_uge_fra"] = _date_in_month(ch, k // 12, k % 12 + 1).isoformat()
    if ch.flag(0.3):  # around the limits (10.000 kr. a person, 20.000 kr. a couple)
        p["formue"] = _kr(_beyond(ch, 60000, FORMUE_TOP)
                          or _amount(ch, [10000, 10001, 9999, 20000, 20001, 19999, 0, "10000.01", "20000.01"], 0, 60000))
    if ch.flag(0.6):  # months on hjælp before the case, in runs with the same hours (the grammar's step)
        n = ch.edge([12, 11, 13, 24, 36, 6], 1, 48)
        start = nr0 - n
        hist, k = [], 0
        while k < n:
            run = n - k if ch.flag(0.6) else ch.int(1, n - k)
            hours = _D(ch.edge([0, 75, 74, 76, 150, 225], 0, 240)) / 4  # 18,75 a month is 225 in 12 months
            if ch.flag(0.1):   # a month of ordinary work: full time, or the 225 hours in one month
                hours = _D(ch.edge([160, 225], 0, 300))
            hist += [{"maaned": _mnd(start + k + i), "timer": _t(hours), "paa_hjaelp": True} for i in range(run)]
            k += run
        p["historik"] = hist
    return p


def _paa_hjaelp_siden(ch, p: dict, fra: int, til: int) -> None:
    """The person's historik: on hjælp in every month from month number `fra` to the one before `til`, with fewer
    hours than the 225-timersregel asks (18,75 a month), in one run (the grammar's step)."""
    hours = _t(_D(ch.edge([0, 74, 50], 0, 74)) / 4)
    p["historik"] = [{"maaned": _mnd(k), "timer": hours, "paa_hjaelp": True} for k in range(fra, til)]


def _dag(ch, nr: int) -> str:
    """A day in month number nr: the 1st or the 2nd in a quarter of the draws (a change on the 1st counts from that
    month, one on the 2nd from the next: FT-KH-AENDRING), else any day, leaning to the month's edges
    (harness/toolkit/valg.py month_day)."""
    y, m = nr // 12, nr % 12 + 1
    return dt.date(y, m, ch.pick((1, 2)) if ch.flag(0.25) else _month_day(ch, y, m)).isoformat()


def _bankdag(nr: int) -> dt.date:
    """The last weekday of month number nr, when a payment made bagud at the month's end (aktivloven § 89) reaches
    the bank: a payment dated a Saturday or a Sunday is no case system's."""
    d = dt.date(nr // 12, nr % 12 + 1, _last_day(nr))
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _aendret(ch, nr0: int, n: int) -> int:
    """The month number of a household change: around the case's first month, in a running case up to AENDRET_FOER
    months before it (tail)."""
    return nr0 - _tail(ch, [0, -1, 1], -n, 1, AENDRET_FOER)


def _aendringer(ch, h: dict, nr0: int, n: int, ny_lov: bool) -> None:
    """Dated changes in the household inside the case's months or before them (FT-KH-AENDRING): a marriage (an enlig
    applicant gets a spouse), a separation, a child moving out, a person moving out or (before the reform: the
    hjemmeboende sats from July 2025 is unknown) home. Most lie around the first month; in a running case up to
    AENDRET_FOER months before it (tail), and a child moves out after it was born."""
    ae: list[dict] = []
    k = lambda: _aendret(ch, nr0, n)
    if h["forhold"] == "enlig" and ch.flag(0.1):
        h["aegtefaelle"] = _person(ch, nr0, ny_lov, True)
        ae.append({"dato": _dag(ch, k()), "type": "forhold", "forhold": "gift"})
    elif h["forhold"] != "enlig" and ch.flag(0.1):
        ae.append({"dato": _dag(ch, k()), "type": "forhold", "forhold": "enlig"})
    for rolle in ("ansoeger", "aegtefaelle"):
        p = h.get(rolle)
        if p is None or not ch.flag(0.08):
            continue
        if p.get("hjemmeboende"):
            ae.append({"dato": _dag(ch, k()), "type": "bopael", "person": rolle, "hjemmeboende": False})
        elif not ny_lov:
            ae.append({"dato": _dag(ch, k()), "type": "bopael", "person": rolle, "hjemmeboende": True})
    if ae:
        h["aendringer"] = ae
    foedt = [b["foedselsdato"] for b in h.get("boern", [])]
    for b in h.get("boern", []):
        if ch.flag(0.1) and foedt.count(b["foedselsdato"]) == 1:   # the grammar names a child by its birth date
            b["fraflyttet"] = _dag(ch, max(k(), _nr(b["foedselsdato"]) + 1))


def _indkomst(ch, nr: int, spouse: bool) -> dict:
    ind: dict = {}
    mode = ch.pick(("timer", "timer", "indtaegt", "anden"))
    if mode == "timer":  # § 31: hours around 160 a month, an hourly wage around the amounts per hour
        hours = _D(ch.edge([160, 159, 161, 0, 40, 100, 19], 0, 300)) + _D(ch.pick((0, 0, 25, 50))) / 100
        rate = _amount(ch, [150, 120, 200], 100, 300)
        ind["arbejdstimer"] = _t(hours)
        ind["arbejdsindtaegt"] = _kr(hours * rate)
    elif mode == "indtaegt":
        top = 40000 if spouse else 20000
        ind["arbejdsindtaegt"] = _kr(_beyond(ch, top, INDTAEGT_TOP)
                                     or _D(ch.edge([15000, 20000, 25000, 0], 0, top)) + _D(ch.int(0, 99)) / 100)
    if mode == "anden" or ch.flag(0.2):
        ind["anden_indtaegt"] = _kr(_beyond(ch, 20000, INDTAEGT_TOP)
                                    or _amount(ch, [0, 1000, 5000], 0, 8000 if ch.flag(0.8) else 20000))
    if ch.flag(0.1):  # § 32: holiday held in the month, the feriegodtgørelse around the hjælp for the days
        ind["feriedage"] = ch.edge([5, 1, 10, 20, 23], 1, 23)
        ind["feriegodtgoerelse"] = _kr(_D(ch.edge([2800, 1500, 4000, 0], 0, 15000)) + _D(ch.int(0, 99)) / 100)
    return ind


# A running case (a month computed long after the application): how far back, in months, its application, its
# reduction afgørelse and a change in its household (a separation, a marriage, a child moving out) may lie
# (harness/toolkit/valg.py tail). Drawn only in the case's first months (an afgørelse or a change at most one or
# two months before it), a system that dropped older afgørelser (red team r16) or older changes (r17) was GO.
SOEGT_FOER, AFGJORT_FOER, AENDRET_FOER = 24, 36, 36
# A household that changed often (moving together, apart, together again): in this share of the couples, up to
# AENDRINGER_HOEJST more changes (red team r18: at most three changes were drawn, most cases one).
AENDRINGER_MANGE, AENDRINGER_HOEJST = 0.06, 8


def _start(ch) -> int:
    mode = ch.pick(("any", "reform", "januar"))
    if mode == "reform":
        return _NR_REFORM + ch.edge([0, -1, -2, -3, 1], -3, 2)
    if mode == "januar":
        return (ch.int(2022, 2026) * 12) + ch.edge([0, -1, -2], -3, 1)
    return _NR_FOERSTE + ch.int(0, _NR_SIDSTE - _NR_FOERSTE)


def build(ch, sags_id: str = "FUZZ-1", forhold: str | None = None, beyond_the_grammar: bool = False) -> dict:
    """beyond_the_grammar: also the facts the grammar cannot say (`_beyond_the_grammar`), drawn after everything
    else, so the other draws are unchanged; the bulk cases draw them, the Hypothesis strategy does not (every
    counterexample it shrinks can be exported as a scenario)."""
    n = antal_maaneder(ch)
    nr0 = min(max(_start(ch), _NR_FOERSTE), _NR_SIDSTE - n + 1)
    maaneder = [_mnd(nr0 + i) for i in range(n)]
    ny_lov = maaneder[-1] >= REFORM
    forhold = forhold or ch.pick(("enlig", "gift", "samlevende", "gift"))
    h: dict = {"forhold": forhold, "ansoeger": _person(ch, nr0, ny_lov, False)}
    if forhold != "enlig":
        h["aegtefaelle"] = _person(ch, nr0, ny_lov, True)
    if ch.flag(0.4):
        h["boern"] = [{"foedselsdato": _date_in_month(ch, nr0 // 12 - ch.edge([17, 18, 0, 5], 0, 19), ch.int(1, 12)).isoformat()}
                      for _ in range(antal_boern(ch))]
        if forhold == "enlig" and ch.flag(0.4):
            h["ekstra_boernetilskud"] = True
    _aendringer(ch, h, nr0, n, ny_lov)
    par = "aegtefaelle" in h
    ms = []
    for i, mnd in enumerate(maaneder):
        m: dict = {"maaned": mnd}
        if ch.flag(0.5):
            m["ansoeger"] = _indkomst(ch, nr0 + i, False)
        if par and ch.flag(0.6):
            m["aegtefaelle"] = _indkomst(ch, nr0 + i, True)
        if ch.flag(0.2):
            m["boligstoette"] = _kr(_amount(ch, [], 0, 5000) if ch.flag(0.8) else
                                    _amount(ch, [7500, 10000, 10200], 5000, MAX_BOLIGSTOETTE))
            if ch.flag(0.3):   # other adults in the dwelling share the boligstøtte under the loft (§ 25 b)
                m["voksne_i_boligen"] = (2 if par else 1) + ch.edge([0, 1, 2], 0, 8)   # the schema: at most 20
        if ch.flag(0.2):
            m["saerlig_stoette"] = _kr(_amount(ch, [], 0, 3000))
        ms.append({k: v for k, v in m.items() if v != {}})
    case = {"schema_version": "1.0", "ydelse": YDELSE, "sags_id": sags_id, "husstand": h, "maaneder": ms}
    ev = []
    if ch.flag(0.2):   # in the case's first month, or (a running case) up to two years before it
        ev.append({"dato": _dag(ch, nr0 - _tail(ch, [0], 0, 0, SOEGT_FOER)), "type": "ansoegning"})
    if ch.flag(0.15):
        ev.append({"dato": _dag(ch, nr0), "type": "partshoering",
                   "person": ch.pick(("ansoeger", "aegtefaelle") if forhold != "enlig" else ("ansoeger",))})
    if ch.flag(0.4):  # the 225-timers afgørelse, around month boundaries, with and without a reason; in a running
        # case decided up to three years before its first month, and still reducing (red team r16)
        back = _tail(ch, [1, 0, -1, -2], -n, 2, AFGJORT_FOER)
        e = {"dato": _dag(ch, nr0 - back), "type": "afgoerelse"}
        if forhold != "enlig" and ch.flag(0.25):
            e.update(vedroerer="bortfald", person=ch.pick(("ansoeger", "aegtefaelle")))
        else:
            e["vedroerer"] = "timeregel_225"
        if ch.flag(0.6):
            e["begrundelse"] = _BEGR
        ev.append(e)
        if back > 2 and ch.flag(0.7):   # reduced since then, as most such citizens are: on hjælp without the hours
            _paa_hjaelp_siden(ch, h[str(e.get("person", "ansoeger"))], nr0 - max(back, 12), nr0)
    if ev:
        case["haendelser"] = ev
    if beyond_the_grammar:
        _beyond_the_grammar(ch, case, nr0, n)
    return case


# Afgørelser that are no reduction (procedure.py: only timeregel_225, nedsaettelse and bortfald carry one), with a
# reason as a kommune writes it.
_BEGR_BEVILLING = "Du er berettiget til kontanthjælp fra den dag, du søgte."
_BEGR_ANDET = "Kommunen har truffet afgørelse om din aktivitetsparathed."


def _beyond_the_grammar(ch, case: dict, nr0: int, n: int) -> None:
    """What the contract and the reference know that the grammar cannot say (red team r13 F2: never drawn, a system
    that ignored an afgørelse recorded as "nedsaettelse" was GO), each in about 5-15 % of the cases:
    - a reduction afgørelse recorded as `vedroerer: nedsaettelse` (a quarter of them; the reference lets it carry a reduction as
      timeregel_225 and bortfald do; forvaltningsloven § 22, FT-KH-AFGOERELSE-VIRKNING);
    - afgørelser that carry no reduction: a bevilling around the application, something else (`andet`) in the
      case's months, mostly with a reason;
    - payments already made (`type: udbetaling` with `maaned` and `beloeb`), which the decision does not depend on;
    - months of the historik not on hjælp (`paa_hjaelp: false`): § 13, stk. 8's 225 hours are asked of one who has
      had hjælp for a year in the last 3 (timeregel_225.py counts only the months on hjælp), § 24's aktivitetstillæg
      after 3 months on hjælp;
    - a single applicant moving in with a samlever on a date (`aendringer` forhold `samlevende`, FT-KH-AENDRING);
    - a household that changed often: moving apart and together again, up to AENDRINGER_HOEJST changes (red team
      r18: at most three were drawn);
    - a pause inside the case's months, and months missing from a historik (a register extract listing only some;
      a missing month has no hours and no hjælp) (valg.pause; red team r18 F4: no case had a gap)."""
    h = case["husstand"]
    ev = case.setdefault("haendelser", [])
    for e in ev:   # a reduction afgørelse under the general heading, as one in four kommuner's systems record it
        if e["type"] == "afgoerelse" and ch.flag(0.25):
            e["vedroerer"] = "nedsaettelse"
    if ch.flag(0.08):
        k = nr0 + ch.edge([0, -1], -2, 1)
        e = {"dato": _dag(ch, k), "type": "afgoerelse", "vedroerer": "bevilling"}
        if ch.flag(0.8):
            e["begrundelse"] = _BEGR_BEVILLING
        ev.append(e)
    if ch.flag(0.06):
        k = nr0 + ch.int(-1, n - 1)
        e = {"dato": _dag(ch, k), "type": "afgoerelse", "vedroerer": "andet"}
        if "aegtefaelle" in h and ch.flag(0.5):
            e["person"] = ch.pick(("ansoeger", "aegtefaelle"))
        if ch.flag(0.7):
            e["begrundelse"] = _BEGR_ANDET
        ev.append(e)
    if ch.flag(0.12):   # paid bagud at the month's end (aktivloven § 89): some of the case's months, in order
        first = ch.int(0, n - 1)
        for i in range(first, min(n, first + ch.int(1, 6))):
            nr = nr0 + i
            ev.append({"dato": _bankdag(nr).isoformat(), "type": "udbetaling",
                       "maaned": _mnd(nr), "beloeb": _kr(_D(ch.edge([0, 11000, 15000], 0, 30000)) + _D(ch.int(0, 99)) / 100)})
    if not ev:
        del case["haendelser"]
    for rolle in ("ansoeger", "aegtefaelle"):
        hist = (h.get(rolle) or {}).get("historik")
        if hist and ch.flag(0.12):   # a run of months self-supporting: at work (full time or part), or without hours
            i = ch.int(0, len(hist) - 1)
            hours = ch.pick((None, None, "160", "37", "0"))
            for r in hist[i:i + ch.edge([1, 3, 6, 12], 1, len(hist))]:
                r["paa_hjaelp"] = False
                if hours is not None:
                    r["timer"] = hours
    for a in h.get("aendringer", []):
        if a["type"] == "forhold" and a["forhold"] == "gift" and ch.flag(0.3):
            a["forhold"] = "samlevende"
    if "aegtefaelle" in h and ch.flag(AENDRINGER_MANGE):   # alternating from the household's forhold, each on its day
        skift = ("enlig", h["forhold"]) if h["forhold"] != "enlig" else ("gift", "enlig")
        ae = h.setdefault("aendringer", [])
        dage = sorted({_dag(ch, _aendret(ch, nr0, n)) for _ in range(ch.int(3, AENDRINGER_HOEJST))}
                      - {a["dato"] for a in ae})
        ae.extend({"dato": d, "type": "forhold", "forhold": skift[i % 2]} for i, d in enumerate(dage))
    case["maaneder"] = _pause(ch, case["maaneder"])
    for rolle in ("ansoeger", "aegtefaelle"):
        if (h.get(rolle) or {}).get("historik"):
            h[rolle]["historik"] = _pause(ch, h[rolle]["historik"])


def beyond_grammar(case: dict) -> list[str]:
    """The facts of `case` the scenario grammar cannot say."""
    out = []
    for i, e in enumerate(case.get("haendelser", [])):
        if e["type"] == "udbetaling" or "beloeb" in e or "maaned" in e:
            out.append(f"haendelser[{i}]: udbetaling")
        elif e["type"] == "afgoerelse" and (
                (e.get("vedroerer"), "person" in e) not in (("timeregel_225", False), ("bortfald", True))
                or e.get("begrundelse", _BEGR) != _BEGR):
            out.append(f"haendelser[{i}]: afgørelse vedrørende {e.get('vedroerer')}")
        elif e["type"] == "partshoering" and ("vedroerer" in e or "person" not in e):
            out.append(f"haendelser[{i}]: partshøring")
    h = case["husstand"]
    for rolle in ("ansoeger", "aegtefaelle"):
        if any(not r["paa_hjaelp"] for r in (h.get(rolle) or {}).get("historik", [])):
            out.append(f"husstand.{rolle}.historik: paa_hjaelp false")
    for a in h.get("aendringer", []):
        if a["type"] == "forhold" and (a["forhold"] == "samlevende" or (a["forhold"] == "gift") != (h["forhold"] == "enlig")):
            out.append(f"husstand.aendringer: forhold {a['forhold']}")
    if _has_pause(case.get("maaneder", [])):
        out.append("maaneder: en pause")
    for rolle in ("ansoeger", "aegtefaelle"):
        if _has_pause((h.get(rolle) or {}).get("historik", [])):
            out.append(f"husstand.{rolle}.historik: en pause")
    return out


def strategy(stratum: str | None = None) -> st.SearchStrategy:
    """Valid kontanthjælp cases for the fuzz engine, edge-leaning, of one household kind (a stratum) or any."""
    return st.composite(lambda draw: build(_Hyp(draw), forhold=stratum))()


# Couples have the most rules (gensidig forsørgelse, two 225-timers accounts): drawn more often.
STRATA = (("enlig", 1), ("gift", 2), ("samlevende", 1))


def bulk_case(n: int, seed: int = 0) -> dict:
    """Case number `n` of bulk run `seed`: deterministic, no Hypothesis."""
    return build(_Rand(_random.Random(f"{seed}:{n}")), sags_id=f"BULK-{seed}-{n}", beyond_the_grammar=True)


def label(case: dict) -> str:
    return f"forhold={case['husstand']['forhold']}"


# --- back to a Danish scenario ------------------------------------------------------------------------------

def _hvem(case: dict, rolle: str, genitiv: bool = False) -> str:
    if rolle == "ansoeger":
        return "ansøgerens" if genitiv else "ansøgeren"
    h = case["husstand"]
    gift = h["forhold"] == "gift" or any(e.get("forhold") == "gift" for e in h.get("aendringer", []))
    return ("ægtefællens" if gift else "samleverens") if genitiv else ("ægtefællen" if gift else "samleveren")


def _runs(historik: list[dict]):
    """Consecutive months with the same hours: (fra, til, timer)."""
    out: list[list] = []
    for r in historik:
        if out and out[-1][2] == r["timer"] and _nr(r["maaned"]) == _nr(out[-1][1]) + 1:
            out[-1][1] = r["maaned"]
        else:
            out.append([r["maaned"], r["maaned"], r["timer"]])
    return out


def given_steps(case: dict) -> list[tuple[str, None]]:
    """Givet-steps of the kontanthjælp grammar that, with `when_step`, rebuild `case` exactly (but `sags_id`); each
    sentence rendered by the grammar's step table. A case with facts the grammar cannot say (`beyond_grammar`) is
    refused, not said without them."""
    if missing := beyond_grammar(case):
        raise ValueError("scenariegrammatikken kan ikke sige: " + ", ".join(missing))
    out: list[tuple[str, None]] = []
    add = lambda fn, **values: out.append((_g.tekst(fn, **values), None))
    h = case["husstand"]
    a = h["ansoeger"]
    if h["forhold"] == "enlig":
        add(_g._enlig, foedt=a["foedselsdato"])
        for e in h.get("aendringer", []):
            if e["type"] == "forhold" and e["forhold"] == "gift":
                add(_g._gift, dato=e["dato"], foedt=h["aegtefaelle"]["foedselsdato"])
    else:
        add(_g._aegtepar if h["forhold"] == "gift" else _g._samlevende, a=a["foedselsdato"],
            b=h["aegtefaelle"]["foedselsdato"])
    for b in h.get("boern", []):
        add(_g._barn, foedt=b["foedselsdato"])
    for b in h.get("boern", []):
        if b.get("fraflyttet"):
            add(_g._barn_flytter, foedt=b["foedselsdato"], dato=b["fraflyttet"])
    for e in h.get("aendringer", []):
        if e["type"] == "forhold" and e["forhold"] == "enlig":
            add(_g._samlivsophoer, dato=e["dato"])
        elif e["type"] == "bopael":
            add(_g._flytter_hjem if e["hjemmeboende"] else _g._flytter_ud, hvem=_hvem(case, e["person"]), dato=e["dato"])
    if h.get("ekstra_boernetilskud"):
        add(_g._ekstra_boernetilskud)
    for rolle in ("ansoeger", "aegtefaelle"):
        if h.get(rolle) is not None:
            _person_given(h[rolle], _hvem(case, rolle), add)
    for m in case["maaneder"]:
        _month_given(case, m, add)
    for e in case.get("haendelser", []):
        if e["type"] == "ansoegning":
            add(_g._ansoegning, dato=e["dato"])
        elif e["type"] == "partshoering":
            add(_g._partshoering, hvem=_hvem(case, e["person"]), dato=e["dato"])
        elif e["vedroerer"] == "timeregel_225":
            add(_g._afg_nedsaettelse, dato=e["dato"], begrundelse=bool(e.get("begrundelse")))
        else:
            add(_g._afg_bortfald, dato=e["dato"], hvems=_hvem(case, e["person"], True),
                begrundelse=bool(e.get("begrundelse")))
    return out


def _person_given(p: dict, hv: str, add) -> None:
    """One person's facts; `hv` is the phrase that names the person (ansøgeren, ægtefællen, samleveren)."""
    if p.get("soeger_hjaelp") is False:
        add(_g._soeger_ikke, hvem=hv)
    if p.get("hjemmeboende"):
        add(_g._hjemmeboende, hvem=hv)
    if p.get("aktivitetsparat"):
        add(_g._aktivitetsparat, hvem=hv)
    if p.get("opfylder_opholds_og_beskaeftigelseskrav") is False:
        add(_g._mindstesats, hvem=hv)
    if p.get("har_2_5_aars_beskaeftigelse"):
        add(_g._beskaeftigelse, hvem=hv)
    if "formue" in p:
        add(_g._formue, hvem=hv, beloeb=p["formue"])
    if p.get("fritaget_225_timersregel"):
        add(_g._fritaget, hvem=hv)
    if p.get("erhvervskompetencegivende_uddannelse") is False:
        add(_g._uden_uddannelse, hvem=hv)
    if p.get("aktivitetstillaeg_straks"):
        add(_g._straks, hvem=hv)
    if p.get("psykisk_lidelse"):
        add(_g._psykisk, hvem=hv)
    if p.get("gravid_12_uge_fra"):
        add(_g._gravid, hvem=hv, dato=p["gravid_12_uge_fra"])
    for fra, til, timer in _runs(p.get("historik", [])):
        add(_g._historik, hvem=hv, fra=fra, til=til, timer=timer)


def _month_given(case: dict, m: dict, add) -> None:
    mnd = m["maaned"]
    for rolle in ("ansoeger", "aegtefaelle"):
        ind = m.get(rolle)
        if ind is None:
            continue
        hv = _hvem(case, rolle)
        if "arbejdstimer" in ind:
            add(_g._arbejde, hvem=hv, maaned=mnd, timer=ind["arbejdstimer"], beloeb=ind["arbejdsindtaegt"])
        elif "arbejdsindtaegt" in ind:
            add(_g._tjent, hvem=hv, maaned=mnd, beloeb=ind["arbejdsindtaegt"])
        if "anden_indtaegt" in ind:
            add(_g._anden, hvem=hv, maaned=mnd, beloeb=ind["anden_indtaegt"])
        if "feriegodtgoerelse" in ind:
            add(_g._ferie, hvem=hv, maaned=mnd, dage=ind["feriedage"], beloeb=ind["feriegodtgoerelse"])
    if "saerlig_stoette" in m:
        add(_g._saerlig_stoette, maaned=mnd, beloeb=m["saerlig_stoette"])
    if "boligstoette" in m:
        add(_g._boligstoette, maaned=mnd, beloeb=m["boligstoette"])
    if "voksne_i_boligen" in m:
        add(_g._voksne, antal=m["voksne_i_boligen"], maaned=mnd)


def when_step(case: dict) -> str:
    """The Når-step, which names the months the case is decided for."""
    return _g.T.naar_maaneder([m["maaned"] for m in case["maaneder"]])


# --- properties that need no oracle -------------------------------------------------------------------------

_ANDEN = {"ansoeger": "aegtefaelle", "aegtefaelle": "ansoeger"}


def ombyt(case: dict) -> dict:
    """The case with the spouses' places swapped (husstand, months, events naming a person)."""
    c = _copy.deepcopy(case)
    h = c["husstand"]
    h["ansoeger"], h["aegtefaelle"] = h["aegtefaelle"], h["ansoeger"]
    for m in c["maaneder"]:
        a, b = m.pop("ansoeger", None), m.pop("aegtefaelle", None)
        if a is not None:
            m["aegtefaelle"] = a
        if b is not None:
            m["ansoeger"] = b
    for e in c.get("haendelser", []) + h.get("aendringer", []):
        if "person" in e:
            e["person"] = _ANDEN[e["person"]]
    return c


def kerne(m: dict) -> dict:
    """What a month decided, independent of which spouse is listed first."""
    return {"udbetalt": m["udbetalt"]["beloeb"], "formue": m["formue"]["fradrag"],
            "saerlig": m["saerlig_stoette"]["nedsaettelse"], "bolig": m["boligstoette"]["nedsaettelse"],
            "personer": sorted(p["hjaelp"]["beloeb"] for p in m["personer"])}


def symmetrisk(case: dict) -> bool:
    """A couple for the whole case: swapping the spouses' places means nothing (no forhold change, no enlig-only
    facts)."""
    h = case["husstand"]
    return "aegtefaelle" in h and h["forhold"] != "enlig" and not any(e["type"] == "forhold" for e in h.get("aendringer", []))


def _swap(decide: _Decide, case: dict, d: dict) -> str | None:
    if not symmetrisk(case):
        return None
    d2 = decide(ombyt(case))
    if d2 is None:
        return None
    for a, b in zip(d["maaneder"], d2["maaneder"]):
        if kerne(a) != kerne(b):
            return f"{a['maaned']}: {kerne(a)} før ombytning, {kerne(b)} efter"
    return None


def _more_income(decide: _Decide, case: dict, d: dict) -> str | None:
    """1.000 kr. more arbejdsindtægt for the applicant in the first month listed never raises any month's payment."""
    mere = _copy.deepcopy(case)
    ind = mere["maaneder"][0].setdefault("ansoeger", {})
    ind["arbejdsindtaegt"] = _kr(_D(ind.get("arbejdsindtaegt", "0")) + 1000)
    d2 = decide(mere)
    if d2 is None:
        return None
    for x, y in zip(d["maaneder"], d2["maaneder"]):
        if _D(y["udbetalt"]["beloeb"]) > _D(x["udbetalt"]["beloeb"]):
            return (f"{x['maaned']}: 1.000 kr. mere i arbejdsindtægt giver {y['udbetalt']['beloeb']} kr., "
                    f"før {x['udbetalt']['beloeb']} kr.")
    return None


def uden_trin(x):
    """A decision (or part of one) without its step references: what it decided, whichever steps said so."""
    if isinstance(x, dict):
        return {k: uden_trin(v) for k, v in x.items() if k != "trin"}
    if isinstance(x, list):
        return [uden_trin(v) for v in x]
    return x


def maaned_alene(case: dict, k: int) -> dict:
    """The case's month `k` alone, the months before it (by date: the contract leaves their order open) moved into
    each person's historik (with their hours, on hjælp when the person applies)."""
    alene = _copy.deepcopy(case)
    alene["maaneder"] = [_copy.deepcopy(case["maaneder"][k])]
    for rolle in ("ansoeger", "aegtefaelle"):
        p = alene["husstand"].get(rolle)
        if p is None:
            continue
        hist = list(p.get("historik", []))
        for m in sorted((m for m in case["maaneder"] if m["maaned"] < case["maaneder"][k]["maaned"]),
                        key=lambda m: m["maaned"]):
            hist.append({"maaned": m["maaned"], "timer": (m.get(rolle) or {}).get("arbejdstimer", "0"),
                         "paa_hjaelp": p.get("soeger_hjaelp", True)})
        if hist:
            p["historik"] = hist
    return alene


def _month_alone(decide: _Decide, case: dict, d: dict) -> str | None:
    """The latest month decided alone, the earlier months moved into historik, is decided as within the case
    (only without events: no afgørelse, so no reduction state carries from month to month)."""
    if case.get("haendelser") or len(case["maaneder"]) < 2 or case["husstand"].get("aendringer"):
        return None
    k = max(range(len(case["maaneder"])), key=lambda i: case["maaneder"][i]["maaned"])   # the latest month
    d2 = decide(maaned_alene(case, k))
    mnd = next((m for m in d["maaneder"] if m.get("maaned") == case["maaneder"][k]["maaned"]), None)
    if d2 is None or mnd is None:
        return None
    if uden_trin(d2["maaneder"][0]) != uden_trin(mnd):
        return (f"{mnd['maaned']} alene giver {d2['maaneder'][0]['udbetalt']['beloeb']} kr., i sagen "
                f"{mnd['udbetalt']['beloeb']} kr. (eller andre tal)")
    return None


def _adds_up(decide: _Decide, case: dict, d: dict) -> str | None:
    """What is paid for a month is the persons' hjælp less the formue deduction (never below 0): a decision whose
    per-person figures show more (or less) than is paid cannot be explained to the citizen (issue 16)."""
    for m in d["maaneder"]:
        personer = sum((_D(p["hjaelp"]["beloeb"]) for p in m["personer"]), _D(0))
        forventet = max(_D(0), personer - _D(m["formue"]["fradrag"]))
        if _D(m["udbetalt"]["beloeb"]) != forventet:
            return (f"{m['maaned']}: udbetalt {m['udbetalt']['beloeb']} kr., men personernes hjælp {personer:.2f} kr. "
                    f"minus formuefradrag {m['formue']['fradrag']} kr. er {forventet:.2f} kr.")
    return None


def _identity_ignored(decide: _Decide, case: dict, d: dict) -> str | None:
    other = _copy.deepcopy(case)
    other["sags_id"] = "ANDET-ID-2" if case.get("sags_id") != "ANDET-ID-2" else "ANDET-ID-3"
    d2 = decide(other)
    strip = lambda x: _re.sub(r'"trin": "[^"]*"', "", repr(uden_trin({k: v for k, v in x.items()
                                                                          if k not in ("begrundelse", "sags_id")})))
    if d2 is not None and strip(d2) != strip(d):
        return "et andet sags-id giver en anden afgørelse"
    return None


PROPERTIES = (
    _Property("ombytning_af_aegtefaeller", "forkert_beloeb",
              "At bytte om på ansøger og ægtefælle/samlever ændrer hverken udbetaling, fradrag eller hjælp.", _swap),
    _Property("mere_indtaegt_aldrig_mere_hjaelp", "forkert_beloeb",
              "Mere arbejdsindtægt giver aldrig en højere udbetaling.", _more_income),
    _Property("alt_er_begrundet", "manglende_begrundelse",
              "Hvert beløb i afgørelsen peger på et trin i begrundelsen.", explained(YDELSE)),
    _Property("en_maaned_alene", "forkert_beloeb",
              "En måned afgjort alene (de tidligere måneder som historik) afgøres som i den længere sag.", _month_alone),
    _Property("udbetaling_er_summen", "forkert_beloeb",
              "Det udbetalte er personernes hjælp minus formuefradraget; afgørelsens tal hænger sammen.", _adds_up),
    _Property("sags_id_uden_betydning", "forkert_afgoerelse_om_ret",
              "Et andet sags-id ændrer intet i afgørelsen.", _identity_ignored),
    _Property("navn_og_cpr_uden_betydning", "forkert_afgoerelse_om_ret",
              "Et andet navn og CPR-nummer ændrer intet i afgørelsen (loven ser bort fra dem).",
              _identity_ignored_by_schema(YDELSE)),
)


# --- the reference's facts for the differing fields, as Så-steps ---------------------------------------------

def _month_of(decision: dict, key: str | None) -> list[dict]:
    ms = decision["maaneder"]
    return [m for m in ms if m["maaned"] == key] or ms if key else ms


def _person_steps(decision: dict, m: dict, p: dict, case_forhold: str) -> list[str]:
    mnd = m["maaned"]
    hvs = "ansøgerens" if p["rolle"] == "ansoeger" else ("ægtefællens" if case_forhold == "gift" else "samleverens")
    say = lambda fn, **values: _g.tekst(fn, hvems=hvs, maaned=mnd, **values)
    out = [say(_g._hjaelp, beloeb=p["hjaelp"]["beloeb"])]
    r = p.get("reduktion")
    if r and r["anvendt"] and r["art"] == "nedsaettelse_225":
        out.append(say(_g._nedsat_225, beloeb=r["beloeb"]))
    elif r and r["anvendt"] and r["art"] == "bortfald_225":
        out.append(say(_g._bortfald))
    else:
        out.append(say(_g._ikke_nedsat))
    arb = sum((_D(f["beloeb"]) for f in p["fradrag"] if f["art"] == "arbejdsindtaegt"), _D(0))
    out.append(say(_g._fradrag, beloeb=_kr(arb)))
    aeg = sum((_D(f["beloeb"]) for f in p["fradrag"] if f["art"] == "aegtefaelles_indtaegt"), _D(0))
    out.append(say(_g._gensidig, beloeb=_kr(aeg)))
    return out


def then_steps(decision: dict, felter: list[str], case: dict | None = None) -> list[str]:
    """Så-steps that state the reference decision's facts for the differing fields (paths as the comparison
    reports them, e.g. 'maaneder[2024-03].personer[ansoeger].hjaelp.beloeb'), in the grammar's straight word
    order. The case (when given) names the spouse: ægtefællen or samleveren."""
    out: list[str] = []

    def add(fn, **values) -> None:
        text = fn if isinstance(fn, str) else _g.tekst(fn, **values)
        if text not in out:
            out.append(text)

    forhold = ((case or {}).get("husstand") or {}).get("forhold", "gift")
    for felt in felter:
        top = _re.split(r"[.\[]", felt, maxsplit=1)[0]
        keys = _re.findall(r"\[([^\]]+)\]", felt)
        if top == "maaneder":
            for m in _month_of(decision, keys[0] if keys else None):
                mnd = m["maaned"]
                add(_g._udbetales, beloeb=m["udbetalt"]["beloeb"], maaned=mnd)
                rest = felt.split("]", 1)[1] if "]" in felt else ""
                if ".personer" in rest or not rest:
                    roller = [keys[1]] if len(keys) > 1 else [p["rolle"] for p in m["personer"]]
                    for p in m["personer"]:
                        if p["rolle"] in roller:
                            for s in _person_steps(decision, m, p, forhold):
                                add(s)
                if ".formue" in rest:
                    add(_g._formuefradrag, beloeb=m["formue"]["fradrag"], maaned=mnd)
                if ".saerlig_stoette" in rest:
                    add(_g._saerlig_nedsat, beloeb=m["saerlig_stoette"]["nedsaettelse"], maaned=mnd)
                if ".boligstoette" in rest:
                    add(_g._bolig_nedsat, beloeb=m["boligstoette"]["nedsaettelse"], maaned=mnd)
        elif top == "i_alt":
            add(_g._i_alt, beloeb=decision["i_alt"]["udbetalt"]["beloeb"])
        elif top == "afgoerelseskrav":
            for k in decision["afgoerelseskrav"]:
                if not k["hjemlet"]:
                    add(_g._ikke_hjemlet)
                elif k.get("tidligst_virkning"):
                    add(_g._tidligst, dato=k["tidligst_virkning"])
    if not out:  # a field no step speaks of: the payments, which every decision has
        for m in decision["maaneder"]:
            add(_g._udbetales, beloeb=m["udbetalt"]["beloeb"], maaned=m["maaned"])
    return out


# The legal area (feature file) of a § in a failing field's explanation (ydelse.yaml beside this file).
OMRAADE_FOR_PARAGRAF = {25: "satser_foer_2025", 31: "fradrag", 30: "gensidig_forsoergelse", 2: "gensidig_forsoergelse",
                        14: "formue", 13: "timeregel_225", 16: "satser_fra_2025", 17: "satser_fra_2025",
                        18: "satser_fra_2025", 19: "satser_fra_2025", 11: "procedure", 23: "uddannelseshjaelp",
                        24: "uddannelseshjaelp", 32: "ferie"}


def paragraf(hjemmel: str) -> int | None:
    """The first § number of an aktivloven citation ('aktivloven § 13 g, stk. 1' -> 13), passing over § 89 (the
    payment, behind every wrong amount; the next citation names the cause); None for other laws."""
    if not (hjemmel or "").startswith("aktivloven"):
        return None
    numbers = [int(n) for n in _re.findall(r"§§?\s*(\d+)", hjemmel)]
    return next((n for n in numbers if n != 89), None)


def finding_detail(finding) -> str | None:
    """Within a failure class, the fuzz engine keeps one counterexample per key; for kontanthjælp a wrong amount
    is told apart by the first fradrag whose amount differs (§ 31's hourly disregard, the spouse's income, ...),
    so that one wrong deduction does not hide another (harness/fuzz/engine.py)."""
    for c in finding.changes:
        if m := _re.search(r"\.fradrag\[([a-z_]+)\]", c.get("felt", "")):
            return f"fradrag_{m.group(1)}"
    return None
