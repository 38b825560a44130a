"""225-timersreglen (aktivloven §§ 13 f, 13 g and § 26, stk. 4-11), in force until 30 June 2025.

Once a person has received hjælp for 12 of the last 36 months, they must have had 225 hours of ordinary
unsupported work in the last 12 calendar months. If not, an unmarried person's hjælp is reduced (by a higher
amount on the fyldt-30 level, a lower one otherwise) and a married person's hjælp lapses (one spouse). The
reduction runs from the 1st of the month after the month in which the requirement is not met (§ 13 g, stk. 2),
and ends when 225 new hours have been worked after it began. Whether it may actually take effect is procedure.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from harness.toolkit.parametre import Value

from . import parametre as P
from .forklaring import NUL, Forklaring
from .procedure import Reduktioner
from .satser import SU_NIVEAU, voksenniveau
from .tilstand import Maaned, PersonMaaned


class Historik:
    """Hours and months on hjælp per month number, from the case's historik and its own months.
    After `klar()`, window sums are prefix-sum lookups (the rule is evaluated every month)."""

    __slots__ = ("_h", "_start", "_t", "paa_hjaelp", "timer")

    def __init__(self) -> None:
        self.timer: dict[int, Decimal] = {}
        self.paa_hjaelp: dict[int, bool] = {}
        self._start = 0
        self._t: list[Decimal] = [NUL]
        self._h: list[int] = [0]

    def saet(self, m: int, timer: Decimal, paa_hjaelp: bool) -> None:
        self.timer[m] = timer
        self.paa_hjaelp[m] = paa_hjaelp

    def klar(self) -> None:
        if not self.timer:
            return
        self._start = lo = min(self.timer)
        t, h = [NUL], [0]
        for k in range(lo, max(self.timer) + 1):
            t.append(t[-1] + self.timer.get(k, NUL))
            h.append(h[-1] + (1 if self.paa_hjaelp.get(k, False) else 0))
        self._t, self._h = t, h

    def _i(self, m: int) -> int:
        """Index into the prefix arrays of the sum over months < m."""
        return min(max(m - self._start, 0), len(self._t) - 1)

    def maaneder_paa_hjaelp(self, m: int, vindue: int) -> int:
        return self._h[self._i(m)] - self._h[self._i(m - vindue)]

    def timer_i(self, fra: int, til: int) -> Decimal:
        return self._t[self._i(til)] - self._t[self._i(fra)]


def status(f: Forklaring, d: dt.date, m: int, rolle: str, h: Historik, nedsat_fra: int | None,
           fritaget: bool = False) -> tuple[bool, Decimal, int, bool, str]:
    """(krav_gaelder, timer, maaneder, opfyldt, trin) for the month number m. A person the kommune has exempted
    (so begrænset arbejdsevne) is not subject to the requirement."""
    v = P.p("timeregel_225", d)
    krav_timer = v.get("timer")
    vindue = int(v.get("maaneder_vindue"))
    krav_mdr = int(v.get("maaneder_krav"))
    mdr = h.maaneder_paa_hjaelp(m, vindue)
    fra = m - 12 if nedsat_fra is None else max(m - 12, nedsat_fra)
    timer = h.timer_i(fra, m)
    gaelder = mdr >= krav_mdr and not fritaget
    opfyldt = (not gaelder) or timer >= krav_timer
    trin = f.add("KH-225-STATUS", "aktivloven § 13 f, stk. 6 og 7",
                 lambda: ({"rolle": rolle, "maaneder_paa_hjaelp_seneste_36": mdr, "timer_seneste_12": f"{timer:f}",
                           "timer_talt_fra_nedsaettelse": nedsat_fra is not None, "fritaget": fritaget},
                          {"krav_gaelder": gaelder, "opfyldt": opfyldt}),
                 [v.value("timer"), v.value("maaneder_krav"), v.value("maaneder_vindue")],
                 ["FT-KH-225-OPGOERELSE", "FT-KH-225-GENVINDING"])
    return gaelder, timer, mdr, opfyldt, trin


def nedsaettelse_ugift(d: dt.date, kat: str, voksen: bool) -> tuple[Decimal, Value] | None:
    """§ 13 g, stk. 1: the higher amount when the hjælp (incl. tillæg) is at the voksensats level, the lower one
    otherwise, none for uddannelseshjælp on the SU-level satser (nr. 1, 2 and 6-9) below that level."""
    if not voksen and kat in SU_NIVEAU:
        return None
    v = P.p("timeregel_225", d)
    noegle = "nedsaettelse_voksensats" if voksen else "nedsaettelse_lavere_sats"
    return v.get(noegle), v.value(noegle)


class Forloeb:
    """Each person's hours and months on hjælp (the case's historik and its own months) and the month a
    reduction began, carried from month to month of the case."""

    def __init__(self, roller: tuple[str, ...]) -> None:
        self.historik = {r: Historik() for r in roller}
        self.nedsat_fra: dict[str, int | None] = dict.fromkeys(roller)


def anvend(f: Forklaring, k: Maaned, forloeb: Forloeb, reduktioner: Reduktioner) -> bool:
    """§ 13 f, stk. 6-7, § 13 g and § 26, stk. 4-11 for the month: records each applicant's status, requires
    the reduction (ugift) or lapse (one spouse, gift) and lets procedure decide whether it takes effect. True
    when særlig støtte lapses with it (a married spouse's hjælp lapsed)."""
    d, mn = k.d, k.nr
    fejler: dict[str, Decimal] = {}
    for r, x in k.personer.items():
        if not x.kat:
            continue
        gaelder, timer, mdr, opfyldt, t = status(f, d, mn, r, forloeb.historik[r], forloeb.nedsat_fra[r],
                                                 x.person.fritaget_225_timersregel)
        x.timeregel_225 = {"krav_gaelder": gaelder, "maaneder_paa_hjaelp": mdr, "timer": f"{timer:f}",
                           "opfyldt": opfyldt, "trin": t}
        if opfyldt:
            forloeb.nedsat_fra[r] = None
        else:
            fejler[r] = timer
    if not fejler:
        return False

    def reducer(x: PersonMaaned, art: str, beloeb: Decimal, parametre: list[Value], hjemmel: str, ft: str) -> bool:
        anvendt = reduktioner.vurder(f, d, x, art, beloeb, parametre, hjemmel, ft)
        if anvendt and forloeb.nedsat_fra[x.rolle] is None:
            forloeb.nedsat_fra[x.rolle] = mn
        return anvendt

    if k.gift:
        # one spouse's hjælp lapses: the failing one; both failing: the one an afgørelse already covers, then
        # fewer hours, then lower hjælp (FT-KH-225-AEGTEPAR)
        def noegle(r: str) -> tuple[bool, Decimal, Decimal]:
            return (not reduktioner.virker(r, d), fejler[r], k.personer[r].hjaelp)
        x = k.personer[min(fejler, key=noegle)]
        return reducer(x, "bortfald_225", x.hjaelp, [], "aktivloven § 13 f, stk. 6, og § 26, stk. 4-11",
                       "FT-KH-225-AEGTEPAR")
    for r in fejler:
        x = k.personer[r]
        ned = nedsaettelse_ugift(d, x.kat or "", voksenniveau(d, x, k.n_boern))
        if ned is None:     # uddannelseshjælp on SU level: no reduction (§ 13 g, stk. 1, nr. 2, 2. led)
            continue
        beloeb, pb = ned
        reducer(x, "nedsaettelse_225", min(beloeb, x.hjaelp), [pb], "aktivloven § 13 g, stk. 1 og 2", "FT-KH-225-UGIFT")
    return False


def ophaevet(f: Forklaring, k: Maaned, forloeb: Forloeb, reduktioner: Reduktioner) -> bool:
    """From 1 July 2025 there is no 225-timersregel (lov nr. 1655 af 30.12.2024; FT-KH-LOVSKIFTE)."""
    return False
