"""Sygedagpenge (lov om sygedagpenge and BEK 1091/2021): the reference decision for one absence.

`calculate(case)` returns a decision in the shape of schemas/decision.schema.json. It is one function per legal
step, in the order of the law: the absence as the law counts it (the first whole day, holidays: fravaer.py), who
must pay (§ 53's threshold, § 30 the employer, § 32 / §§ 41-42 the kommune), when the kommune's liability starts
and the citizen's deadline (§§ 31, 38, 43), the employer's report and refusion (§§ 40, 54-59), the same for each
further employment or a business beside the employment (dele), the duration (§§ 24, 25, 27), then the amounts
week by week (§§ 45-53, 50, 64) and the decision. Each step reads the case and the results of the steps before
it; the explanation's step ids follow the same order.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import OutOfScope
from harness.toolkit.parametre import Parameters, load

from ..contract import SygedagpengeCase
from . import beregning, dele, fravaer, frister, ret, udbetaling, varighed
from .frister import Frist
from .sag import parse
from .udbetaling import iso, kr

PARAMETRE = Path(__file__).parents[1] / "parametre"
# The days the weekly maximum is known for (hoejeste_beloeb.yaml); later days are out of scope, not guessed.
LOVDATOER = ("2014-01-06", "2027-01-03")
FIRE = Decimal("0.0001")
ZERO = Decimal(0)
ONE_DAY = dt.timedelta(days=1)


@cache
def parameters() -> Parameters:
    return load(str(PARAMETRE))


def check_data() -> None:
    """The reference's own data besides its parameters (fristkalendere.yaml), read and checked before any case."""
    from .fristkalender import valgt
    valgt()


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
    """The steps' shared state: the case, the parameters, the explanation, the absence as counted and the
    deadlines met so far."""
    sag: SygedagpengeCase
    P: Parameters
    B: Begrundelse
    fl: fravaer.Fravaersforloeb
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
    raw = parse(case)
    B = Begrundelse(aktiv=begrundelse)
    F = raw.fravaer.foerste_fravaersdag
    if not LOVDATOER[0] <= F.isoformat() <= LOVDATOER[1]:   # not even a refusal: the law of that day is not known
        raise OutOfScope(f"første fraværsdag {F.isoformat()} is outside the law the reference covers "
                         f"({LOVDATOER[0]} – {LOVDATOER[1]})")
    fl = fravaer.forloeb(raw, B)
    if fl.ingen_hel_fravaersdag:
        return ingen_fravaersdag(raw, fl, B)
    s = Forloeb(fravaer.effektiv(raw, fl), parameters(), B, fl)
    r = rettigheder(s)
    s.frist(frister.borger_til_arbejdsgiver(s.sag, s.B))
    k = kommunens_pligt(s, r)
    refusion = refusionsret(s, r, k)
    andre = [anden_del(s, r, navn, view) for navn, view in dele.andre(s.sag)]
    v = varigheden(s, r, k, andre)
    if v.i_stedet_for_sygedagpenge:   # § 24 a: a jobafklaringsforløb instead of sygedagpenge from the kommune
        for x in [k] + [d.k for d in andre]:
            x.kommune_betaler_fra = None
        # a new list: the § 32 step's result holds the old one
        k.kommune = ret.Ret(k.kommune.ret, [*k.kommune.aarsager, "SDL24A_OVER_22_UGER"], k.kommune.trin)
    uger = betalinger(s, r, k, refusion, v)
    for d in andre:
        d.uger = betalinger(d.s, d.r, d.k, d.refusion, v)
    return afgoerelse(s, r, k, v, uger, andre)


@dataclass(slots=True)
class Del:
    """A further employment, or a business beside the employment: its own right, liability, refusion, payments."""
    navn: str
    s: Forloeb
    r: Rettigheder
    k: Kommunepligt
    refusion: Refusionsret
    uger: udbetaling.Uger = field(default_factory=udbetaling.Uger)


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
    if s.betaler_loen and a is not None and a.sidste_ansaettelsesdag is not None:
        out.til = a.sidste_ansaettelsesdag   # no salary after the employment ends, so no refusion (FT-SDP-OPHOER)
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


def anden_del(s: Forloeb, r: Rettigheder, navn: str, view: SygedagpengeCase) -> Del:
    """A further employment: its own § 30 and arbejdsgiverperiode, the person's § 32 (counted across every
    employment) and § 53 threshold. A business beside the employment: its own § 42 (Ankestyrelsen P 23-22).
    No deadline: the case has one set of reports (FT-SDP-FLERE-JOB)."""
    d = Forloeb(view, s.P, s.B, s.fl)
    ag = r.hindring or ret.arbejdsgiver(view, s.P, s.B)
    periode = ret.arbejdsgiverperiode(view, s.P, s.B) if ag.ret else None
    if r.hindring is not None:
        km = r.hindring
    elif view.status == "selvstaendig":
        km = ret.kommune(view, s.P, s.B)
    else:
        km = ret.Ret(r.kommune.ret, [a for a in r.kommune.aarsager if a != "SDL38_SEN_ANMODNING"], r.kommune.trin)
    rd = Rettigheder(r.hindring, ag, periode, km)
    k = kommunens_pligt(d, rd)
    return Del(navn, d, rd, k, refusionsret(d, rd, k))


def varigheden(s: Forloeb, r: Rettigheder, k: Kommunepligt, andre: list[Del]) -> varighed.Varighed:
    """§ 24 counts the days with sygedagpenge, refusion or salary during sickness: from the kommune's liability
    when the employer pays salary, else from the first day paid to the citizen (the earliest of every part);
    agreed holidays do not count; § 24 a when the limit is passed already on the first day; § 25 from the
    folkepensionsalder; § 27's extensions."""
    starts = [_taelle_fra(x.sag, y) for x, y in [(s, k)] + [(d.s, d.k) for d in andre]]
    taelle_fra = min((d for d in starts if d is not None), default=None)
    pension_fra = varighed.folkepension_fra(s.sag, s.P, s.B)
    return varighed.beregn(s.sag, taelle_fra, s.fl.ferie_dage, pension_fra, s.P, s.B, overgang_24a(s.sag, r, k, andre))


def overgang_24a(sag: SygedagpengeCase, r: Rettigheder, k: Kommunepligt, andre: list[Del]) -> varighed.Overgang24a:
    """§ 24 a, stk. 2-3 (vejledning 167836, pkt. 7.3): the transition is where the kommune's liability would begin:
    after the arbejdsgiverperiode (stk. 2), from the first day without one (stk. 3, nr. 1 fleksjob; nr. 2 § 31,
    stk. 2), after the a-kasse's 14 days (stk. 3, nr. 3). Not researched, so out of scope: a business, several
    employments, a § 27 extension (FT-SDP-24A-START)."""
    if r.arbejdsgiverperiode is not None:
        stk = "stk. 2"
    elif sag.status == "fleksjob":
        stk = "stk. 3, nr. 1"
    elif sag.status == "ledig":
        stk = "stk. 3, nr. 3" if sag.ledig is not None and not sag.ledig.supplerende_dagpenge else "stk. 3"
    else:
        stk = "stk. 3, nr. 2"
    uden_for = "for a selvstændig" if sag.selvstaendig is not None else \
        "with several employments" if andre else "together with a § 27 extension" if sag.forlaengelser else None
    return varighed.Overgang24a(k.pligt_start if k.kommune.ret else None, f"sygedagpengeloven § 24 a, {stk}", uden_for)


def _taelle_fra(sag: SygedagpengeCase, k: Kommunepligt) -> dt.date | None:
    if not k.kommune.ret:
        return None
    return k.pligt_start if sag.ansaettelse is not None and sag.ansaettelse.arbejdsgiver_betaler_loen else k.borger_fra


def betalinger(s: Forloeb, r: Rettigheder, k: Kommunepligt, refusion: Refusionsret, v: varighed.Varighed
               ) -> udbetaling.Uger:
    """§§ 45-53 (the amount; its basis changing with gradvis tilbagevenden or when the employment ends), § 64 (the
    maximum of each week), § 50, stk. 3 and §§ 54-56: payments and refusion week by week, up to the last day paid
    (§ 24) or, with refusion only, the last absence day."""
    sag = s.sag
    slut = v.sidste_betalingsdag if k.kommune.ret else (sag.fravaer.sidste_fravaersdag if refusion.fra else None)
    if slut is None:
        return udbetaling.Uger()
    segmenter = segmenter_for(s, r)
    return udbetaling.beregn(segmenter, k.borger_fra if k.kommune.ret else None, refusion.fra, refusion.til, slut,
                             refusion.trin, s.fl.ferie_dage, s.P, s.B)


def segmenter_for(s: Forloeb, r: Rettigheder) -> list[udbetaling.Segment]:
    """The basis of the amount over the absence: from the first day the § 47/§ 51/§ 45 basis; from each period of
    gradvis tilbagevenden its hours (none below § 53's 4 hours); from the day after an ended employment § 51,
    stk. 3 or § 47 as full absence, without salary."""
    sag = s.sag
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    g = beregning.grundlag(sag, s.P, s.B)
    a = sag.ansaettelse
    loen = a.loen_pr_uge_under_fravaer if a is not None and a.arbejdsgiver_betaler_loen else None
    ophoer = a.sidste_ansaettelsesdag if a is not None and a.sidste_ansaettelsesdag is not None \
        and a.sidste_ansaettelsesdag < L else None
    out = [udbetaling.Segment(F, L, g, loen)]
    if a is not None and sag.fravaer.gradvis:
        minimum = not (sag.status == "fleksjob" and not ret.DELVIS_MINIMUM_FLEKSJOB.gaeldende(a.ansat_fra)())
        for fra, timer, ok in fravaer.gradvise_perioder(sag, s.P, s.B, minimum):
            if ophoer is not None and fra > ophoer:
                break
            out[-1].til = fra - ONE_DAY
            out.append(udbetaling.Segment(fra, L, beregning.med_timer(g, timer if ok else ZERO, a.ugentlig_arbejdstid),
                                          loen))
    if a is not None and ophoer is not None:
        efter = beregning.efter_ophoer(sag, g, a, s.P, s.B)
        out = [x for x in out if x.fra <= ophoer]
        out[-1].til = ophoer
        out.append(udbetaling.Segment(ophoer + ONE_DAY, L, efter, None))
    return out


def samlet(uger: udbetaling.Uger, andre: list[Del], ferie: frozenset[int], B: Begrundelse) -> tuple[list[dict], Decimal]:
    """§ 50, stk. 2-3: with several parts, the citizen's payments of a week are added into one row. The week's
    maximum (the highest `loft_pr_uge` of the parts' rates for the week; FT-SDP-FLERE-JOB) is paid in five equal
    daily shares, so no day pays more than a fifth of it, the employers' refusion for that day included, and a week
    with a søgnehelligdag pays at most its paid days' shares, as one employment's week does (jurist round 11: the
    same hours in two jobs paid more than in one); what is cut is cut from the citizen's payment."""
    if not andre:
        return uger.udbetalinger, uger.total_udbetalt
    rows: dict[str, list[dict]] = {}
    lofter: dict[str, Decimal] = {}
    dele_uger = [uger] + [d.uger for d in andre]
    for u in dele_uger:
        for row in u.udbetalinger:
            rows.setdefault(row["uge"], []).append(row)
        for f, t, x in u.satsperioder:
            for mandag in range(f - (f - 1) % 7, t + 1, 7):
                uge = udbetaling._uge(mandag)[0]
                lofter[uge] = max(lofter.get(uge, ZERO), x.loft.vaerdi)
    borger_rows = [row for u in dele_uger for row in u.udbetalinger]
    refusion_rows = [row for u in dele_uger for row in u.refusioner]
    alle = borger_rows + refusion_rows
    if alle:
        first = min(dt.date.fromisoformat(r["fra"]) for r in alle).toordinal()
        last = max(dt.date.fromisoformat(r["til"]) for r in alle).toordinal()
        ubetalt = frozenset(udbetaling.ubetalte_dage(first, last)) | ferie
    else:
        ubetalt = frozenset()
    borger, refusion = udbetaling.dagsandele(borger_rows, ubetalt), udbetaling.dagsandele(refusion_rows, ubetalt)
    beskaaret: dict[str, str] = {}
    out, total = [], ZERO
    trin = B.add("SDL-50-2-SAMLET-UDBETALING", "sygedagpengeloven § 50, stk. 2",
                 lambda: ({"dele": 1 + len(andre)}, {"uger": len(rows), "beskaaret": beskaaret}), (), ("FT-SDP-FLERE-JOB",))
    for uge in sorted(rows):
        parts = rows[uge]
        beloeb = sum((Decimal(p["beloeb"]) for p in parts), ZERO)
        antal = max(p["dage"] for p in parts)
        if uge in lofter:
            dagsloft = lofter[uge] / udbetaling.FEM
            dage, ref = borger.get(uge, {}), refusion.get(uge, {})
            if any(dage[o] + ref.get(o, ZERO) > dagsloft for o in dage):
                paa_dagen = [min(dage[o], max(ZERO, dagsloft - ref.get(o, ZERO))) for o in dage]
                capped = beregning.oere(sum(paa_dagen, ZERO))
                if capped < beloeb:
                    beskaaret[uge] = kr(capped)
                    beloeb = capped
                    antal = sum(1 for x in paa_dagen if x > 0)    # the days the citizen is still paid
        if beloeb <= 0:      # the refusion took the whole week's maximum: no row, as for any week paying nothing
            continue
        timer = [Decimal(p["timer"]) for p in parts if p["timer"] is not None]
        out.append({"uge": uge, "fra": min(p["fra"] for p in parts), "til": max(p["til"] for p in parts),
                    "dage": antal, "timer": f"{sum(timer, ZERO):.2f}" if timer else None,
                    "beloeb": kr(beloeb), "trin": trin})
        total += beloeb
    return out, total


def afgoerelse(s: Forloeb, r: Rettigheder, k: Kommunepligt, v: varighed.Varighed, uger: udbetaling.Uger,
               andre: list[Del]) -> dict:
    """The decision: every amount and date with the step that produced it; the totals (§ 50, stk. 3; § 54)."""
    udbetalinger, total_udb = samlet(uger, andre, s.fl.ferie_dage, s.B)
    total_ref, refusioner = uger.total_refusion, uger.refusioner
    sum_udb = s.B.add("SDL-UDBETALT-I-ALT", "sygedagpengeloven § 50, stk. 3",
                      lambda: ({"uger": len(udbetalinger)}, {"beloeb": kr(total_udb)}), (),
                      ("FT-SDP-DAGE", "FT-SDP-AFRUNDING"))
    sum_ref = s.B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54",
                      lambda: ({"uger": len(refusioner)}, {"beloeb": kr(total_ref)}), (), ("FT-SDP-REFUSION",))
    km = k.kommune
    ophoer = v.ophoersaarsag if km.ret else "INGEN_RET"
    if ophoer == "FRAVAER_SLUT" and s.fl.ferie_uden_aftale is not None:
        ophoer = "FERIE_UDEN_AFTALE"
    job = None if v.jobafklaring_fra is None or not km.ret else {"dato": v.jobafklaring_fra.isoformat(),
                                                                  "trin": v.jobafklaring_trin}
    return {
        "schema_version": "1.0",
        "ydelse": "sygedagpenge",
        "sags_id": s.sag.sags_id,
        **_del_felter(r, k, uger),
        "udbetalinger": udbetalinger,
        "udbetalt_i_alt": {"beloeb": kr(total_udb), "trin": sum_udb},
        "refusion": refusioner,
        "refusion_i_alt": {"beloeb": kr(total_ref), "trin": sum_ref},
        "andre_ansaettelser": [_anden(d, s.B) for d in andre],
        "varighed": {"revurderingstidspunkt": _iso_or_none(v.revurderingstidspunkt), "forlaengelse": v.forlaengelse,
                     "sidste_betalingsdag": _iso_or_none(v.sidste_betalingsdag) if km.ret else None,
                     "ophoersaarsag": ophoer, "jobafklaring_fra": job, "trin": v.trin},
        "frister": [f.as_dict() for f in s.frister],
        "begrundelse": s.B.steps,
    }


def _del_felter(r: Rettigheder, k: Kommunepligt, uger: udbetaling.Uger) -> dict:
    ag, p, km = r.arbejdsgiver, r.arbejdsgiverperiode, k.kommune
    return {"ret_arbejdsgiver": {"ret": ag.ret, "aarsager": ag.aarsager, "trin": ag.trin},
            "arbejdsgiverperiode": None if p is None else
            {"fra": p[0].isoformat(), "til": p[1].isoformat(), "trin": p[2]},
            "ret_kommune": {"ret": km.ret, "aarsager": km.aarsager, "trin": km.trin},
            "kommune_betaler_fra": k.kommune_betaler_fra,
            "satsperioder": [_satsperiode(x) for x in uger.satsperioder]}


def _anden(d: Del, B: Begrundelse) -> dict:
    total = d.uger.total_refusion
    trin = B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54",
                 lambda: ({"ansaettelse": d.navn, "uger": len(d.uger.refusioner)}, {"beloeb": kr(total)}), (),
                 ("FT-SDP-REFUSION", "FT-SDP-FLERE-JOB"))
    return {"id": d.navn, **_del_felter(d.r, d.k, d.uger), "refusion": d.uger.refusioner,
            "refusion_i_alt": {"beloeb": kr(total), "trin": trin}}


def ingen_fravaersdag(sag: SygedagpengeCase, fl: fravaer.Fravaersforloeb, B: Begrundelse) -> dict:
    """No whole day of absence, so no sygedagpenge from anyone and no refusion: the person went home sick and was
    back the next working day (Ankestyrelsen 10-21), or an unagreed holiday began on the first fraværsdag (31-19)."""
    assert fl.trin is not None
    ingen = {"ret": False, "aarsager": ["SDL_INGEN_HEL_FRAVAERSDAG"], "trin": fl.trin}
    sum_udb = B.add("SDL-UDBETALT-I-ALT", "sygedagpengeloven § 50, stk. 3", lambda: ({"uger": 0}, {"beloeb": "0.00"}))
    sum_ref = B.add("SDL-REFUSION-I-ALT", "sygedagpengeloven § 54", lambda: ({"uger": 0}, {"beloeb": "0.00"}))
    return {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": sag.sags_id,
            "ret_arbejdsgiver": dict(ingen), "arbejdsgiverperiode": None, "ret_kommune": dict(ingen),
            "kommune_betaler_fra": None, "satsperioder": [], "udbetalinger": [],
            "udbetalt_i_alt": {"beloeb": "0.00", "trin": sum_udb}, "refusion": [],
            "refusion_i_alt": {"beloeb": "0.00", "trin": sum_ref}, "andre_ansaettelser": [],
            "varighed": {"revurderingstidspunkt": None, "forlaengelse": None, "sidste_betalingsdag": None,
                         "ophoersaarsag": "INGEN_RET", "jobafklaring_fra": None, "trin": fl.trin},
            "frister": [], "begrundelse": B.steps}


def _iso_or_none(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _satsperiode(p: tuple[int, int, beregning.Sats]) -> dict:
    fra, til, x = p
    return {"fra": iso(fra), "til": iso(til), "loft_pr_uge": kr(x.loft.vaerdi),
            "loft_pr_time": f"{x.loft_pr_time.quantize(FIRE)}",
            "timesats": None if x.timesats is None else f"{x.timesats.quantize(FIRE)}",
            "ugebeloeb": kr(x.ugebeloeb), "loft_anvendt": x.loft_anvendt, "trin": x.trin}
