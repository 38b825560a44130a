"""§ 24 (22 weeks of payment within the 9 preceding calendar months, then stop at the end of the month and a
jobafklaringsforløb), § 25 (26 weeks in 12 months from the folkepensionsalder) and § 27 (extension grounds)."""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import ONE_DAY, add_months, hverdage, month_end, month_start, nth_hverdag
from harness.toolkit.errors import OutOfScope
from harness.toolkit.parametre import Parameters, Value
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

from .lovperioder import Lovregel, ikke_daekket

UGE_NAVN = {"nr2_afklaring": "forlaengelse_nr2_uger", "nr3_laegebehandling": "forlaengelse_nr3_uger"}


@dataclass(slots=True)
class Varighed:
    revurderingstidspunkt: dt.date | None
    forlaengelse: str | None
    sidste_betalingsdag: dt.date | None
    ophoersaarsag: str
    trin: str
    jobafklaring_fra: dt.date | None = None
    jobafklaring_trin: str | None = None
    i_stedet_for_sygedagpenge: bool = False   # § 24 a: the kommune pays no sygedagpenge in this absence


def sygdomme(perioder: list) -> list[tuple[dt.date, dt.date]]:
    """The earlier absences as sicknesses, in date order: rows that overlap or follow each other without a day
    between are one sickness (FT-SDP-TIDLIGERE-RAEKKER): a case system lists one sickness as the employer's row and
    the kommune's, or registers it again when it is corrected or extended (red team r19 F1)."""
    out: list[tuple[dt.date, dt.date]] = []
    for fra, til in sorted((p["fra"], p["til"]) for p in perioder):
        if out and fra <= out[-1][1] + ONE_DAY:
            out[-1] = (out[-1][0], max(out[-1][1], til))
        else:
            out.append((fra, til))
    return out


def _raekker(sag: SygedagpengeCase) -> tuple[str, ...]:
    """The register entry for earlier rows read as one sickness, when the case has such rows."""
    rows = sag.tidligere_sygeperioder
    return ("FT-SDP-TIDLIGERE-RAEKKER",) if len(rows) > 1 and len(sygdomme(rows)) < len(rows) else ()


def _tidligere_dage(sag: SygedagpengeCase, ikke_medregnet: int, fra: dt.date) -> list[dt.date]:
    """Weekdays of earlier sicknesses that count (after each sickness's first days, § 24, stk. 3), from `fra` on,
    sorted; a day in two rows counts once."""
    days = []
    for p_fra, p_til in sygdomme(sag.tidligere_sygeperioder):
        start = max(p_fra + dt.timedelta(days=ikke_medregnet), fra)
        d = start
        while d <= p_til:
            if d.weekday() < 5:
                days.append(d)
            d += ONE_DAY
    days.sort()
    return days


@dataclass(slots=True)
class Graense:
    """One duration rule: more than `dage` counted days in the `maaneder` calendar months up to a day."""
    regel: str
    hjemmel: str
    dage: int
    maaneder: int
    params: tuple[Value, ...]


# § 24, stk. 1: 22 weeks in the 9 preceding calendar months, from lov nr. 720 af 25.6.2014 (in force 1.7.2014);
# the earlier 52-weeks-in-18-months rule is not in the reference.
VARIGHEDSBEGRAENSNING: Lovregel[Callable[[Parameters, dt.date], Graense]] = Lovregel(
    "varighedsbegraensning", "sygedagpengeloven § 24, stk. 1")
VARIGHEDSBEGRAENSNING.fra("0001-01-01", "lov nr. 563 af 9.6.2006 (52 uger inden for 18 måneder)")(ikke_daekket(
    "§ 24 before lov nr. 720 af 25.6.2014 (52 weeks in 18 months) is not in the reference"))


@VARIGHEDSBEGRAENSNING.fra("2014-07-01", "lov nr. 720 af 25.6.2014")
def _22_uger(P: Parameters, F: dt.date) -> Graense:
    dage, mdr = P.at("varighed_dage", F), P.at("varighed_maaneder", F)
    return Graense("SDL-24-VARIGHED", "sygedagpengeloven § 24, stk. 1", int(dage.vaerdi), int(mdr.vaerdi), (dage, mdr))


def _folkepension(P: Parameters, F: dt.date) -> Graense:
    """§ 25, stk. 1, nr. 3: 26 weeks in the 12 preceding calendar months for a person who has reached the
    folkepensionsalder (counted as § 24, stk. 3-4: § 25, stk. 3)."""
    dage, mdr = P.at("varighed_25_dage", F), P.at("varighed_25_maaneder", F)
    return Graense("SDL-25-VARIGHED", "sygedagpengeloven § 25, stk. 1, nr. 3", int(dage.vaerdi), int(mdr.vaerdi),
                   (dage, mdr))


# The jobafklaringsforløb after the 22 weeks without an extension (§ 24, stk. 2, lov nr. 720 af 25.6.2014). Its
# announced replacement from 1 January 2027 is not enacted law the reference knows: out of scope, not guessed.
JOBAFKLARING: Lovregel[Callable[[dt.date], dt.date]] = Lovregel("jobafklaring", "sygedagpengeloven § 24, stk. 2")
JOBAFKLARING.fra("2014-07-01", "lov nr. 720 af 25.6.2014")(lambda sidste: sidste + ONE_DAY)
JOBAFKLARING.fra("2027-01-01", "annonceret afskaffelse af jobafklaringsforløb fra 1.1.2027")(ikke_daekket(
    "the jobafklaringsforløb from 1 January 2027 (announced to be replaced) is not in the reference"))


# § 24 a (vedtaget 18.12.2014, i kraft 5.1.2015 med virkning fra 1.7.2014; star.dk): over § 24's limit on a new
# first fraværsdag, a jobafklaringsforløb instead of sygedagpenge from the kommune, from the day the kommune's
# liability would have begun (stk. 2-3; FT-SDP-24A-START). Before 1.7.2014 § 24 itself is out of scope.
PARAGRAF_24A: Lovregel[Callable[[dt.date], dt.date]] = Lovregel("paragraf_24a", "sygedagpengeloven § 24 a")
PARAGRAF_24A.fra("2014-07-01", "ændring af sygedagpengeloven vedtaget 18.12.2014 (i kraft 5.1.2015 med virkning fra "
                 "1.7.2014)")(lambda pligt_fra: pligt_fra)


@dataclass(slots=True)
class Overgang24a:
    """What § 24 a needs from the steps before: the first day the kommune would have been liable (None: no right
    from the kommune, or the absence ends before it), the § 24 a, stk. that places it, and what keeps the case out
    of the reference (a business; a § 27 extension)."""
    pligt_fra: dt.date | None
    hjemmel: str
    uden_for: str | None = None


def _paragraf_24a(sag: SygedagpengeCase, g24: Graense, tidligere: list[dt.date], overgang: Overgang24a,
                  params: tuple[Value, ...], B: Begrundelse) -> Varighed | None:
    """§ 24 a, stk. 1: more than the § 24 limit of earlier counted days in the 9 calendar months up to the new first
    fraværsdag (the window § 24 uses on that day). Then no sygedagpenge from the kommune: the jobafklaringsforløb
    begins on the day the kommune's liability would have begun (stk. 2: after the arbejdsgiverperiode; stk. 3: from
    the first day without one, after the a-kasse's 14 days for a ledig); the employer's own period is unchanged."""
    F = sag.fravaer.foerste_fravaersdag
    vindue = month_start(F, 1 - g24.maaneder)
    foer = bisect.bisect_left(tidligere, F) - bisect.bisect_left(tidligere, vindue)
    if foer <= g24.dage or overgang.pligt_fra is None:
        return None
    if overgang.uden_for is not None:
        raise OutOfScope(f"sygedagpengeloven § 24 a {overgang.uden_for} is not in the reference")
    fra = PARAGRAF_24A.gaeldende(F)(overgang.pligt_fra)
    JOBAFKLARING.gaeldende(fra)(fra)   # the jobafklaringsforløb from 1 January 2027: out of scope, as in § 24
    trin = B.add("SDL-24A-OMFATTET", "sygedagpengeloven § 24 a, stk. 1",
                 lambda: ({"foerste_fravaersdag": F.isoformat(), "vindue_fra": vindue.isoformat(),
                           "tidligere_medregnede_dage_i_vinduet": foer},
                          {"over_graensen": True, "revurderingstidspunkt": F.isoformat(), "sygedagpenge_fra_kommunen": False}),
                 params, ("FT-SDP-22UGER", "FT-SDP-24A-START", *_raekker(sag)))
    jtrin = B.add("SDL-24A-JOBAFKLARING", overgang.hjemmel,
                  lambda: ({"kommunens_pligt_ville_begynde": overgang.pligt_fra.isoformat() if overgang.pligt_fra else None},
                           {"jobafklaring_fra": fra.isoformat()}), (), ("FT-SDP-24A-START", "FT-SDP-JOBAFKLARING"))
    return Varighed(F, None, fra - ONE_DAY, "VARIGHEDSBEGRAENSNING", trin, fra, jtrin, True)


def folkepension_fra(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> dt.date | None:
    """The day the person reaches the folkepensionsalder (pensionsloven § 1 a by birth date; the birthday at that
    age, FT-SDP-25), or None without a birth date."""
    b = sag.foedselsdato
    if b is None:
        return None
    alder = P.at("folkepensionsalder", b)
    dag = add_months(b, int(alder.vaerdi * 12))
    B.add("SDL-25-FOLKEPENSIONSALDER", "lov om social pension § 1 a, jf. sygedagpengeloven § 25, stk. 1, nr. 3",
          lambda: ({"foedselsdato": b.isoformat()}, {"folkepensionsalder": str(alder.vaerdi), "naaet": dag.isoformat()}),
          (alder,), ("FT-SDP-25",))
    return dag


def beregn(sag: SygedagpengeCase, taelle_fra: dt.date | None, ferie: frozenset[int], pension_fra: dt.date | None,
           P: Parameters, B: Begrundelse, overgang: Overgang24a | None = None) -> Varighed:
    """taelle_fra: first day of the current absence with payment (sygedagpenge, refusion or salary), or None.
    ferie: agreed holiday days (ordinals), which have neither and do not count (FT-SDP-FERIE). pension_fra: the day
    § 25's limit replaces § 24's (FT-SDP-25). overgang: for § 24 a (already over the limit on the first day)."""
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    if overgang is not None and sag.tidligere_sygeperioder and (pension_fra is None or pension_fra > F):
        g = VARIGHEDSBEGRAENSNING.gaeldende(F)(P, F)
        medregnes_ikke = P.at("varighed_ikke_medregnet_dage_selvstaendig" if sag.status == "selvstaendig"
                              else "varighed_ikke_medregnet_dage", F)
        tidl = _tidligere_dage(sag, int(medregnes_ikke.vaerdi), month_start(F, 1 - g.maaneder))
        v = _paragraf_24a(sag, g, tidl, overgang, (*g.params, medregnes_ikke), B)
        if v is not None:
            return v
    if taelle_fra is None or taelle_fra > L:
        trin = B.add("SDL-24-VARIGHED", "sygedagpengeloven § 24, stk. 1",
                     lambda: ({"betaling_fra": None},
                              {"revurderingstidspunkt": None, "sidste_betalingsdag": None}))
        return Varighed(None, None, None, "INGEN_RET", trin)
    g24 = VARIGHEDSBEGRAENSNING.gaeldende(F)(P, F)
    g25 = _folkepension(P, F) if pension_fra is not None and pension_fra <= L else None
    navn = "varighed_ikke_medregnet_dage_selvstaendig" if sag.status == "selvstaendig" else "varighed_ikke_medregnet_dage"
    ikke_medregnet = P.at(navn, F)
    params = (*g24.params, ikke_medregnet, *(g25.params if g25 else ()))
    start = max(taelle_fra, F + dt.timedelta(days=int(ikke_medregnet.vaerdi)))
    maaneder = max(g24.maaneder, g25.maaneder if g25 else 0)
    vindue_foerste = month_start(F, 1 - maaneder)
    tidligere = _tidligere_dage(sag, int(ikke_medregnet.vaerdi), vindue_foerste) if sag.tidligere_sygeperioder else []
    fri = sorted(o for o in ferie if (o - 1) % 7 < 5)   # agreed holiday weekdays: not counted
    limit = g24.dage
    rt, graense = None, g24
    # An upper bound of the counted days by L: only agreed holiday from `start` on lowers it (days before `start` are
    # never counted anyway, § 24, stk. 3).
    fri_i_perioden = bisect.bisect_right(fri, L.toordinal()) - bisect.bisect_left(fri, start.toordinal())
    if len(tidligere) + hverdage(start, L) - fri_i_perioden > limit:
        # No day before the (limit+1 - earlier)-th counted weekday can exceed the limit: start looking there.
        d = nth_hverdag(start, max(1, limit + 1 - len(tidligere)))
        while d <= L:
            if d.weekday() < 5:
                g = g25 if g25 is not None and pension_fra is not None and d >= pension_fra else g24
                window = month_start(d, 1 - g.maaneder)
                fra = max(start, window)
                count = hverdage(fra, d) + len(tidligere) - bisect.bisect_left(tidligere, window) \
                    - (bisect.bisect_right(fri, d.toordinal()) - bisect.bisect_left(fri, fra.toordinal()))
                if count > g.dage:
                    rt, graense = d, g
                    break
            d += ONE_DAY
    def input() -> dict:
        return {"betaling_fra": taelle_fra.isoformat(), "medregnes_fra": start.isoformat(),
                "tidligere_medregnede_dage_i_vinduet": len(tidligere), "sidste_fravaersdag": L.isoformat()} | \
            ({"ferie_dage_ikke_medregnet": len(fri)} if fri else {}) | \
            ({"folkepensionsalder_fra": pension_fra.isoformat()} if g25 is not None and pension_fra else {})
    fortolkninger = ("FT-SDP-22UGER",) + (("FT-SDP-24-LEDIG",) if sag.status == "ledig" else ()) \
        + (("FT-SDP-FERIE",) if fri else ()) + (("FT-SDP-25",) if g25 else ()) \
        + _raekker(sag)
    if rt is None:
        trin = B.add(g24.regel, g24.hjemmel,
                     lambda: (input(), {"revurderingstidspunkt": None, "sidste_betalingsdag": L.isoformat()}),
                     params, fortolkninger)
        return Varighed(None, None, L, "FRAVAER_SLUT", trin)
    stop = month_end(rt)
    trin = B.add(graense.regel, graense.hjemmel,
                 lambda: (input(), {"revurderingstidspunkt": rt.isoformat(), "ophoer_efter": stop.isoformat()}),
                 params, fortolkninger)
    if graense is g25:
        # § 25 has no revurdering to a § 27 extension or a jobafklaringsforløb (FT-SDP-25).
        if stop >= L:
            return Varighed(rt, None, L, "FRAVAER_SLUT", trin)
        return Varighed(rt, None, stop, "VARIGHEDSBEGRAENSNING_25", trin)
    # § 27: an extension decided at the latest in the month of the revurderingstidspunkt.
    # in § 27, stk. 1's order (the codes are nr1_ … nr7_), not the case's: of grounds that extend equally long the
    # lowest number is named, whatever order a case system lists them in (FT-SDP-FORLAENGELSE)
    gyldige = sorted((f for f in sag.forlaengelser if f["afgoerelsesdato"] <= stop), key=lambda f: f["grund"])
    if not gyldige:
        if stop >= L:
            return Varighed(rt, None, L, "FRAVAER_SLUT", trin)
        fra = JOBAFKLARING.gaeldende(stop + ONE_DAY)(stop)
        jtrin = B.add("SDL-24-2-JOBAFKLARING", "sygedagpengeloven § 24, stk. 2",
                      lambda: ({"sidste_betalingsdag": stop.isoformat(), "forlaengelse": None},
                               {"jobafklaring_fra": fra.isoformat()}), (), ("FT-SDP-JOBAFKLARING",))
        return Varighed(rt, None, stop, "VARIGHEDSBEGRAENSNING", trin, fra, jtrin)
    bedste: str | None = None
    bedste_slut, ext_params = dt.date.min, []
    for f in gyldige:
        if f["grund"] in UGE_NAVN:
            uger = P.at(UGE_NAVN[f["grund"]], F)
            ext_params.append(uger)
            slut = rt + dt.timedelta(days=7 * int(uger.vaerdi) - 1)
        else:
            slut = L
        if slut > bedste_slut:
            bedste, bedste_slut = f["grund"], slut
    sidste = min(L, bedste_slut)
    aarsag = "FRAVAER_SLUT" if sidste == L else "FORLAENGELSE_UDLOEBET"
    trin = B.add("SDL-27-FORLAENGELSE", "sygedagpengeloven § 27, stk. 1",
                 lambda: ({"grunde": [f["grund"] for f in gyldige], "revurderingstidspunkt": rt.isoformat()},
                          {"forlaengelse": bedste, "forlaenget_til": bedste_slut.isoformat(), "sidste_betalingsdag": sidste.isoformat()}),
                 ext_params, ("FT-SDP-FORLAENGELSE",))
    if aarsag == "FRAVAER_SLUT":
        return Varighed(rt, bedste, sidste, aarsag, trin)
    # § 27, stk. 3: an extension that runs out while the person is still sick leads to a jobafklaringsforløb, as
    # the 22 weeks without an extension do (FT-SDP-JOBAFKLARING; jurist round 11).
    fra = JOBAFKLARING.gaeldende(sidste + ONE_DAY)(sidste)
    jtrin = B.add("SDL-27-3-JOBAFKLARING", "sygedagpengeloven § 27, stk. 3",
                  lambda: ({"sidste_betalingsdag": sidste.isoformat(), "forlaengelse": bedste},
                           {"jobafklaring_fra": fra.isoformat()}), (), ("FT-SDP-JOBAFKLARING",))
    return Varighed(rt, bedste, sidste, aarsag, trin, fra, jtrin)
