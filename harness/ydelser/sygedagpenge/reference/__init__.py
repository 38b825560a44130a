"""Sygedagpenge (lov om sygedagpenge and BEK 1091/2021): the reference decision for one absence.

`calculate(case)` returns a decision in the shape of schemas/decision.schema.json. It is one function per legal
step, in the order of the law: who must pay (§ 53's threshold, § 30 the employer, § 32 / §§ 41-42 the kommune),
when the kommune's liability starts and the citizen's deadline (§§ 31, 38, 43), the employer's report and
refusion (§§ 40, 54-59), the duration (§§ 24, 27), then the amounts week by week (§§ 45-53, 50, 64) and the
decision. Each step reads the case and the results of the steps before it; the explanation's step ids follow
the same order.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.parametre import Parameters, load

from ..contract import SygedagpengeCase
from . import beregning, frister, ret, udbetaling, varighed
from .frister import Frist
from .sag import parse
from .udbetaling import iso, kr

PARAMETRE = Path(__file__).parents[1] / "parametre"
# The days the weekly maximum is known for (hoejeste_beloeb.yaml); later days are out of scope, not guessed.
LOVDATOER = ("2014-01-06", "2027-01-03")
FIRE = Decimal("0.0001")


@cache
def parameters() -> Parameters:
    return load(str(PARAMETRE))


@dataclass(slots=True)
class Rettigheder:
    """Who has to pay: § 53's threshold (an obstacle to both), § 30 (the employer), § 32 / §§ 41-42 (the kommune)."""
    hindring: ret.Ret | None
    arbejdsgiver: ret.Ret
    arbejdsgiverperiode: tuple[dt.date, dt.date, str] | None
    kommune: ret.Ret

    @property
    def ag_til(self) -> dt.date | None:
        return self.arbejdsgiverperiode[1] if self.arbejdsgiverperiode else None


@dataclass(slots=True)
class Kommunepligt:
    """When the kommune is liable. `ret_32`: the beskæftigelseskrav is met (the condition for refusion even when
    the kommune pays the citizen nothing); `pligt_start` is None when the absence ends before the liability."""
    kommune: ret.Ret
    ret_32: bool
    liability_start: dt.date | None = None
    pligt_start: dt.date | None = None
    borger_fra: dt.date | None = None
    kommune_betaler_fra: dict | None = None


@dataclass(slots=True)
class Refusionsret:
    fra: dt.date | None = None
    til: dt.date | None = None
    trin: str | None = None


@dataclass(slots=True)
class Forloeb:
    """The steps' shared state: the case, the parameters, the explanation and the deadlines met so far."""
    sag: SygedagpengeCase
    P: Parameters
    B: Begrundelse
    frister: list[Frist] = field(default_factory=list)

    def frist(self, f: Frist | None) -> Frist | None:
        if f is not None:
            self.frister.append(f)
        return f

    @property
    def betaler_loen(self) -> bool:
        a = self.sag.ansaettelse
        return a is not None and a.arbejdsgiver_betaler_loen


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    """begrundelse=False: the same decision and step ids without the steps' details (see ..begrundelse)."""
    s = Forloeb(parse(case), parameters(), Begrundelse(aktiv=begrundelse))
    r = rettigheder(s)
    s.frist(frister.borger_til_arbejdsgiver(s.sag, s.B))
    k = kommunens_pligt(s, r)
    refusion = refusionsret(s, r, k)
    v = varigheden(s, k)
    uger = betalinger(s, k, refusion, v)
    return afgoerelse(s, r, k, v, uger)


def rettigheder(s: Forloeb) -> Rettigheder:
    """§ 53 (partial absence below the threshold: no right at all), § 30 (the employer), § 32 / §§ 41-42."""
    hindring = ret.delvis_taerskel(s.sag, s.P, s.B)
    ag = hindring or ret.arbejdsgiver(s.sag, s.P, s.B)
    periode = ret.arbejdsgiverperiode(s.sag, s.P, s.B) if ag.ret else None
    km = hindring or ret.kommune(s.sag, s.P, s.B)
    return Rettigheder(hindring, ag, periode, km)


def kommunens_pligt(s: Forloeb, r: Rettigheder) -> Kommunepligt:
    """§§ 30-32 and 41: the first day of the kommune's liability; § 38 / § 43: the citizen's claim, late claims
    paid from the day received. With salary the kommune's liability shows as refusion from its first day."""
    sag, L = s.sag, s.sag.fravaer.sidste_fravaersdag
    k = Kommunepligt(r.kommune, r.kommune.ret)
    if not r.kommune.ret:
        return k
    start, pligt_trin = ret.kommune_pligt_start(sag, r.arbejdsgiver.ret, r.ag_til, s.P, s.B)
    k.liability_start = start
    if start > L:
        k.kommune = ret.Ret(False, ["FRAVAER_SLUTTER_FOER_KOMMUNENS_BETALINGSPLIGT"],
                            s.B.add("SDL-KOMMUNE-INGEN-DAGE", "sygedagpengeloven §§ 30-32",
                                    lambda: ({"kommunens_pligt_fra": start.isoformat(), "sidste_fravaersdag": L.isoformat()},
                                             {"ret": False})))
        return k
    k.pligt_start = k.borger_fra = start
    f38 = s.frist(frister.borger_til_kommune(sag, start, s.P, s.B))
    if f38 is not None and not f38.overholdt and not sag.anmeldelser.undskyldende_forhold:
        k.borger_fra = max(start, f38.modtaget)
        k.kommune.aarsager.append("SDL38_SEN_ANMODNING")
    fra = start if s.betaler_loen else k.borger_fra
    assert fra is not None
    trin = pligt_trin if fra == start or f38 is None else f38.trin
    k.kommune_betaler_fra = {"dato": fra.isoformat(), "trin": trin}
    return k


def refusionsret(s: Forloeb, r: Rettigheder, k: Kommunepligt) -> Refusionsret:
    """§ 40 (the employer's report) and §§ 54-56, 59: refusion from the kommune's liability, from day 2 with a
    § 55 insurance or day 1 with a § 56 agreement; cut by a late report (§ 59). Without salary the employer is
    refunded only what it paid itself: the arbejdsgiverperiode."""
    sag = s.sag
    s.frist(frister.arbejdsgiver_til_kommune(sag, r.arbejdsgiver.ret, r.ag_til, s.P, s.B))
    a = sag.ansaettelse
    out = Refusionsret(til=None if s.betaler_loen or r.ag_til is None else r.ag_til)
    if a is None or not k.ret_32 or r.hindring is not None:
        return out
    tidlig_refusion = r.arbejdsgiver.ret and (a.arbejdsgiver_forsikret_55 or a.aftale_56)
    if not (s.betaler_loen or tidlig_refusion):
        return out
    assert k.liability_start is not None
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    tidlig = k.liability_start
    if tidlig_refusion:
        tidlig = min(tidlig, F if a.aftale_56 else F + dt.timedelta(days=1))
    if tidlig <= L:
        out.fra, out.trin, f59 = frister.refusion_start(sag, tidlig, s.P, s.B)
        s.frist(f59)
    return out


def varigheden(s: Forloeb, k: Kommunepligt) -> varighed.Varighed:
    """§ 24 counts the days with sygedagpenge, refusion or salary during sickness: from the kommune's liability
    when the employer pays salary, else from the first day paid to the citizen; § 27's extensions."""
    taelle_fra = None
    if k.kommune.ret:
        taelle_fra = k.pligt_start if s.betaler_loen else k.borger_fra
    return varighed.beregn(s.sag, taelle_fra, s.P, s.B)


def betalinger(s: Forloeb, k: Kommunepligt, refusion: Refusionsret, v: varighed.Varighed) -> udbetaling.Uger:
    """§§ 45-53 (the amount), § 64 (the maximum of each week), § 50, stk. 3 and §§ 54-56: payments and refusion
    week by week, up to the last day paid (§ 24) or, with refusion only, the last absence day."""
    sag = s.sag
    slut = v.sidste_betalingsdag if k.kommune.ret else (sag.fravaer.sidste_fravaersdag if refusion.fra else None)
    if slut is None:
        return udbetaling.Uger()
    g = beregning.grundlag(sag, s.P, s.B)
    loen = sag.ansaettelse.loen_pr_uge_under_fravaer if s.betaler_loen and sag.ansaettelse else None
    return udbetaling.beregn(g, k.borger_fra if k.kommune.ret else None, refusion.fra, refusion.til, slut, loen,
                             refusion.trin, s.P, s.B)


def afgoerelse(s: Forloeb, r: Rettigheder, k: Kommunepligt, v: varighed.Varighed, uger: udbetaling.Uger) -> dict:
    """The decision: every amount and date with the step that produced it; the totals (§ 50, stk. 3; § 54)."""
    total_udb, total_ref = uger.total_udbetalt, uger.total_refusion
    udbetalinger, refusioner = uger.udbetalinger, uger.refusioner
    sum_udb = s.B.add("SDL-UDBETALT-I-ALT", "sygedagpengeloven § 50, stk. 3",
                      lambda: ({"uger": len(udbetalinger)}, {"beloeb": kr(total_udb)}), (),
                      ("FT-SDP-DAGE", "FT-SDP-AFRUNDING"))
    sum_ref = s.B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54",
                      lambda: ({"uger": len(refusioner)}, {"beloeb": kr(total_ref)}), (), ("FT-SDP-REFUSION",))
    km, ag, p = k.kommune, r.arbejdsgiver, r.arbejdsgiverperiode
    return {
        "schema_version": "1.0",
        "ydelse": "sygedagpenge",
        "sags_id": s.sag.sags_id,
        "ret_arbejdsgiver": {"ret": ag.ret, "aarsager": ag.aarsager, "trin": ag.trin},
        "arbejdsgiverperiode": None if p is None else {"fra": p[0].isoformat(), "til": p[1].isoformat(), "trin": p[2]},
        "ret_kommune": {"ret": km.ret, "aarsager": km.aarsager, "trin": km.trin},
        "kommune_betaler_fra": k.kommune_betaler_fra,
        "satsperioder": [_satsperiode(x) for x in uger.satsperioder],
        "udbetalinger": udbetalinger,
        "udbetalt_i_alt": {"beloeb": kr(total_udb), "trin": sum_udb},
        "refusion": refusioner,
        "refusion_i_alt": {"beloeb": kr(total_ref), "trin": sum_ref},
        "varighed": {"revurderingstidspunkt": _iso_or_none(v.revurderingstidspunkt), "forlaengelse": v.forlaengelse,
                     "sidste_betalingsdag": _iso_or_none(v.sidste_betalingsdag) if km.ret else None,
                     "ophoersaarsag": v.ophoersaarsag if km.ret else "INGEN_RET", "trin": v.trin},
        "frister": [f.as_dict() for f in s.frister],
        "begrundelse": s.B.steps,
    }


def _iso_or_none(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _satsperiode(p: tuple[int, int, beregning.Sats]) -> dict:
    fra, til, x = p
    return {"fra": iso(fra), "til": iso(til), "loft_pr_uge": kr(x.loft.vaerdi),
            "loft_pr_time": f"{x.loft_pr_time.quantize(FIRE)}",
            "timesats": None if x.timesats is None else f"{x.timesats.quantize(FIRE)}",
            "ugebeloeb": kr(x.ugebeloeb), "loft_anvendt": x.loft_anvendt, "trin": x.trin}
