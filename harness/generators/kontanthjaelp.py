"""Hypothesis strategies for kontanthjælp cases: households and income months that speak the domain.

Every generated case is valid against schemas/kontanthjaelp/case.schema.json and lies inside the reference's
scope (months 2021-01 .. 2026-12; no hjemmeboende person on the new law, whose sats is unknown). Counterexamples
shrink towards small households, few months and round amounts.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

FOERSTE = (2021, 1)
SIDSTE = (2026, 12)
REFORM = "2025-07"


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


@st.composite
def person(draw, foerste_maaned: str, ny_lov: bool, soeger: bool | None = None) -> dict:
    y = int(foerste_maaned[:4])
    alder = draw(st.integers(18, 66))
    foedt = dt.date(y - alder, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    p = {"foedselsdato": foedt.isoformat()}
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
    if draw(st.booleans()):
        yy, mm = int(foerste_maaned[:4]), int(foerste_maaned[5:])
        n = draw(st.integers(1, 24))
        # mostly on hjælp with few hours, so the 225-timersregel is often in play
        p["historik"] = [{"maaned": _maaned(*_plus(yy, mm, -k)), "timer": draw(st.one_of(st.just("0"), timer(60))),
                          "paa_hjaelp": draw(st.integers(0, 4)) > 0}
                         for k in range(n, 0, -1)]
    return p


def indkomst() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({}, optional={"arbejdstimer": timer(), "arbejdsindtaegt": beloeb(30000),
                                               "anden_indtaegt": beloeb(5000)})


@st.composite
def sag(draw, forhold: str | None = None, max_maaneder: int = 4, haendelser: bool = True) -> dict:
    """A whole kontanthjælp case: household, months with income and støtte, and events."""
    maaneder = draw(maanedsraekke(1, max_maaneder))
    ny_lov = maaneder[-1] >= REFORM
    forhold = forhold or draw(st.sampled_from(["enlig", "gift", "samlevende"]))
    h = {"forhold": forhold, "ansoeger": draw(person(maaneder[0], ny_lov))}
    if forhold != "enlig":
        h["aegtefaelle"] = draw(person(maaneder[0], ny_lov, soeger=draw(st.booleans())))
    n_boern = draw(st.integers(0, 3))
    if n_boern:
        y = int(maaneder[0][:4])
        h["boern"] = [{"foedselsdato": dt.date(y - draw(st.integers(0, 19)), draw(st.integers(1, 12)), 15).isoformat()}
                      for _ in range(n_boern)]
        if forhold == "enlig" and draw(st.booleans()):
            h["ekstra_boernetilskud"] = True
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
            m["saerlig_stoette"] = draw(beloeb(3000))
        ms.append(m)
    case = {"schema_version": "1.0", "ydelse": "kontanthjaelp", "sags_id": "GEN-1", "husstand": h, "maaneder": ms}
    if haendelser and draw(st.booleans()):
        y, mm = int(maaneder[0][:4]), int(maaneder[0][5:])
        ev = []
        if draw(st.booleans()):
            ev.append({"dato": dt.date(y, mm, draw(st.integers(1, 28))).isoformat(), "type": "ansoegning"})
        if draw(st.booleans()):
            yy, m2 = _plus(y, mm, draw(st.integers(-1, len(maaneder))))
            e = {"dato": dt.date(yy, m2, draw(st.integers(1, 28))).isoformat(), "type": "afgoerelse",
                 "vedroerer": "timeregel_225"}
            if draw(st.booleans()):
                e["begrundelse"] = "Du har ikke haft 225 timers ordinært arbejde de seneste 12 måneder."
            ev.append(e)
        if ev:
            case["haendelser"] = ev
    return case
