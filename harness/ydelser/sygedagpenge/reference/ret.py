"""Who has to pay, and from when: the employer (§ 30), the kommune (§ 32; selvstændige §§ 41-42),
the partial-absence threshold (§ 53) and the first day of the kommune's liability."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import add_months
from harness.toolkit.errors import OutOfScope
from harness.toolkit.kalender import fravaersdag
from harness.toolkit.parametre import Parameters, Value
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

from .lovperioder import Lovregel, ikke_daekket

LOENMODTAGERE = ("loenmodtager", "fleksjob", "elev")
ZERO = Decimal(0)


@dataclass(slots=True)
class Ret:
    ret: bool
    aarsager: list[str]
    trin: str


def delvis_taerskel(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> Ret | None:
    """§ 53: partial absence gives a right only at >= 4 hours a week (lønmodtagere), or when a selvstændig can do
    at most half the normal work. Returns a failing Ret, or None when there is no obstacle."""
    delvis = sag.fravaer.delvis
    if delvis is None:
        return None
    F = sag.fravaer.foerste_fravaersdag
    if sag.status == "fleksjob" and sag.ansaettelse is not None \
            and not DELVIS_MINIMUM_FLEKSJOB.gaeldende(sag.ansaettelse.ansat_fra)():
        trin = B.add("SDL-53-DELVIS-FLEKSJOB", "sygedagpengeloven § 53 (Ankestyrelsen 24-22)",
                     lambda: ({"fleksjob_fra": sag.ansaettelse.ansat_fra.isoformat() if sag.ansaettelse else None},
                              {"minimum_gaelder": False}), (), ("FT-SDP-FLEKSJOB", "FT-SDP-DELVIS"))
        return None
    if sag.status in LOENMODTAGERE:
        minimum = P.at("delvis_minimum_timer_pr_uge", F)
        timer = delvis.fravaerstimer_pr_uge
        assert timer is not None   # sag.parse requires it for lønmodtagere
        andre = sum((a.fravaerstimer_pr_uge if a.fravaerstimer_pr_uge is not None else a.ugentlig_arbejdstid
                     for a in sag.andre_ansaettelser), ZERO)   # 6-22: the absence from every employment counts
        ok = timer + andre >= minimum.vaerdi
        trin = B.add("SDL-53-DELVIS-MINIMUM", "sygedagpengeloven § 53",
                     lambda: ({"fravaerstimer_pr_uge": str(timer)} |
                              ({"fravaerstimer_andre_ansaettelser": str(andre)} if sag.andre_ansaettelser else {}),
                              {"opfyldt": ok}), (minimum,), ("FT-SDP-DELVIS",))
        return None if ok else Ret(False, ["SDL53_DELVIS_UNDER_4_TIMER"], trin)
    if sag.status == "selvstaendig":
        kan = delvis.selvstaendig_kan_udfoere
        ok = kan != "mere_end_halvdelen"
        trin = B.add("SDL-53-3-SELVSTAENDIG-DELVIS", "sygedagpengeloven § 53, stk. 3",
                     lambda: ({"kan_udfoere": kan},
                              {"opfyldt": ok}), (), ("FT-SDP-DELVIS",))
        return None if ok else Ret(False, ["SDL53_SELVSTAENDIG_KAN_MERE_END_HALVDELEN"], trin)
    return None


# Ankestyrelsen 24-22: the 4-hour minimum of partial absence applies to fleksjob of the scheme before the
# fleksjob reform (1 January 2013), not to fleksjob begun from then. Chosen by the day the fleksjob began.
DELVIS_MINIMUM_FLEKSJOB: Lovregel[Callable[[], bool]] = Lovregel(
    "delvis_minimum_fleksjob", "sygedagpengeloven § 53 (Ankestyrelsen 24-22)")
DELVIS_MINIMUM_FLEKSJOB.fra("0001-01-01", "fleksjob før reformen (gammel ordning)")(lambda: True)
DELVIS_MINIMUM_FLEKSJOB.fra("2013-01-01", "fleksjobreformen, i kraft 1.1.2013 (ny ordning)")(lambda: False)


def arbejdsgiver(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> Ret:
    """§ 30, stk. 2-4: the employer pays the arbejdsgiverperiode when the person has been employed uninterrupted
    for 8 weeks (or is re-employed) with at least 74 hours of work in those weeks. A person in fleksjob has no
    arbejdsgiverperiode: the employer is refunded from the first absence day (FT-SDP-FLEKSJOB)."""
    F = sag.fravaer.foerste_fravaersdag
    if sag.status == "fleksjob":
        trin = B.add("SDL-FLEKSJOB-INGEN-ARBEJDSGIVERPERIODE",
                     "sygedagpengeloven kapitel 10 og 19 (fleksjob: ingen arbejdsgiverperiode; paragraf UNCONFIRMED)",
                     lambda: ({"status": sag.status}, {"ret": False}), (), ("FT-SDP-FLEKSJOB",))
        return Ret(False, ["SDL30_FLEKSJOB_INGEN_ARBEJDSGIVERPERIODE"], trin)
    if sag.status not in LOENMODTAGERE:
        trin = B.add("SDL-30-2-IKKE-LOENMODTAGER", "sygedagpengeloven § 30, stk. 2",
                     lambda: ({"status": sag.status},
                              {"ret": False}))
        return Ret(False, ["SDL30_IKKE_LOENMODTAGER"], trin)
    a = sag.ansaettelse
    assert a is not None   # the contract requires it for lønmodtagere
    dage = P.at("ag_beskaeftigelse_dage", F)
    krav_timer = P.at("ag_timer", F)
    seneste_start = F - dt.timedelta(days=int(dage.vaerdi))
    uafbrudt = a.ansat_fra <= seneste_start
    arbejdstimer = andre_timer = ZERO   # ferie, sygdom and other absence count in the 8 weeks, not towards the hours
    for t in a.timer_seneste_8_uger:
        if t["art"] == "arbejde":
            arbejdstimer += t["timer"]
        else:
            andre_timer += t["timer"]
    nok_timer = arbejdstimer >= krav_timer.vaerdi
    aarsager = []
    if not (uafbrudt or a.tidligere_ansat_samme_arbejdsgiver):
        aarsager.append("SDL30_IKKE_8_UGERS_ANSAETTELSE")
    if not nok_timer:
        aarsager.append("SDL30_UNDER_74_TIMER")
    ret = not aarsager
    if ret:
        aarsager.append("SDL30_BESKAEFTIGELSESKRAV_OPFYLDT")
    trin = B.add("SDL-30-2-BESKAEFTIGELSESKRAV", "sygedagpengeloven § 30, stk. 2-4",
                 lambda: ({"ansat_fra": a.ansat_fra.isoformat(), "seneste_ansaettelsesdato_for_8_uger": seneste_start.isoformat(),
                           "tidligere_ansat_samme_arbejdsgiver": a.tidligere_ansat_samme_arbejdsgiver,
                           "arbejdstimer_seneste_8_uger": str(arbejdstimer), "ferie_sygdom_fravaer_timer": str(andre_timer)},
                          {"ret": ret, "uafbrudt_8_uger": uafbrudt, "timekrav_opfyldt": nok_timer}),
                 (dage, krav_timer), ("FT-SDP-8UGER", "FT-SDP-74TIMER", "FT-SDP-GENANSAT"))
    return Ret(ret, aarsager, trin)


def arbejdsgiverperiode(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> tuple[dt.date, dt.date, str]:
    """§ 30, stk. 1: 30 calendar days from the first absence day, ending earlier if the absence does or the
    employment ends (the employer pays only up to the last day of employment; FT-SDP-OPHOER)."""
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    laengde = P.at("arbejdsgiverperiode_dage", F)
    slut_30 = F + dt.timedelta(days=int(laengde.vaerdi) - 1)
    ophoer = sag.ansaettelse.sidste_ansaettelsesdag if sag.ansaettelse is not None else None
    til = min(slut_30, L) if ophoer is None else min(slut_30, L, ophoer)
    trin = B.add("SDL-30-1-ARBEJDSGIVERPERIODE", "sygedagpengeloven § 30, stk. 1",
                 lambda: ({"foerste_fravaersdag": F.isoformat(), "sidste_fravaersdag": L.isoformat()} |
                          ({"sidste_ansaettelsesdag": ophoer.isoformat()} if ophoer else {}),
                          {"fra": F.isoformat(), "til": til.isoformat(), "periodens_sidste_dag": slut_30.isoformat()}),
                 (laengde,), ("FT-SDP-OPHOER",) if ophoer else ())
    return F, til, trin


def kommune(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> Ret:
    """§ 32, stk. 1 (lønmodtagere, ledige) or §§ 41-42 (selvstændige): the beskæftigelseskrav towards the kommune."""
    F = sag.fravaer.foerste_fravaersdag
    if sag.status == "selvstaendig":
        return _selvstaendig(sag, P, B)
    veje: list[str] = []
    nr1_uden_for = False
    if sag.status == "loenmodtager":
        try:
            if BESKAEFTIGELSESKRAV_NR1.gaeldende(F)(sag, P, B):
                veje.append("SDL32_1_NR1_BESKAEFTIGELSESKRAV")
        except OutOfScope:
            nr1_uden_for = True
        if sag.ville_have_ret_til_arbejdsloeshedsdagpenge:
            veje.append("SDL32_1_NR2_DAGPENGERET")
        if sag.uddannelse is not None and _nr3(sag, P, B):
            veje.append("SDL32_1_NR3_UDDANNELSE")
    elif sag.status == "ledig":
        assert sag.ledig is not None
        if sag.ledig.ret_til_arbejdsloeshedsdagpenge:
            veje.append("SDL32_1_NR2_DAGPENGERET")
    elif sag.status == "elev":
        veje.append("SDL32_1_NR4_ELEV")
    elif sag.status == "fleksjob":
        veje.append("SDL32_1_NR5_FLEKSJOB")
    if not veje and nr1_uden_for:
        raise OutOfScope(f"§ 32, stk. 1, nr. 1 for første fraværsdag {F.isoformat()} is before the reference's "
                         "coverage of the 6-month beskæftigelseskrav")
    ret = bool(veje)
    aarsager = veje or ["SDL32_BESKAEFTIGELSESKRAV_IKKE_OPFYLDT"]
    trin = B.add("SDL-32-1-RET", "sygedagpengeloven § 32, stk. 1",
                 lambda: ({"status": sag.status,
                          "ville_have_ret_til_arbejdsloeshedsdagpenge": sag.ville_have_ret_til_arbejdsloeshedsdagpenge},
                          {"ret": ret, "opfyldt_efter": veje}))
    return Ret(ret, aarsager, trin)


BESKAEFTIGELSESKRAV_NR1: Lovregel[Callable[[SygedagpengeCase, Parameters, Begrundelse], bool]] = Lovregel(
    "beskaeftigelseskrav_nr1", "sygedagpengeloven § 32, stk. 1, nr. 1")
BESKAEFTIGELSESKRAV_NR1.fra("2012-07-02", "lov nr. 1599 af 22.12.2010")(ikke_daekket(
    "§ 32, stk. 1, nr. 1 in its 26-week form (lov nr. 1599 af 22.12.2010) is not in the reference"))


@BESKAEFTIGELSESKRAV_NR1.fra("2015-01-05", "STARs vejledning om beskæftigelseskravet (2014); dato UNCONFIRMED")
def _nr1(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> bool:
    """240 hours in the 6 completed calendar months before the first absence day, 40 hours in at least 5."""
    F = sag.fravaer.foerste_fravaersdag
    i_alt = P.at("kommune_timer_i_alt", F)
    pr_maaned = P.at("kommune_timer_pr_maaned", F)
    antal = P.at("kommune_maaneder_med_40_timer", F)
    maaneder = seneste_afsluttede_maaneder(F, 6)
    oplyst = {m["maaned"]: m["timer"] for m in sag.beskaeftigelse_seneste_6_maaneder}
    graense = pr_maaned.vaerdi
    total, med_40 = ZERO, 0   # months not given count as 0 hours (FT-SDP-32-MAANEDER)
    for m in maaneder:
        t = oplyst.get(m, ZERO)
        total += t
        med_40 += t >= graense
    ok = total >= i_alt.vaerdi and med_40 >= antal.vaerdi
    B.add("SDL-32-1-NR1-TIMER", "sygedagpengeloven § 32, stk. 1, nr. 1",
          lambda: ({"maaneder": {m: str(oplyst.get(m, ZERO)) for m in maaneder},
                    "ikke_oplyste_maaneder": [m for m in maaneder if m not in oplyst]},
                   {"timer_i_alt": str(total), "maaneder_med_mindst_40_timer": med_40, "opfyldt": ok}),
          (i_alt, pr_maaned, antal), ("FT-SDP-32-MAANEDER",))
    return ok


def seneste_afsluttede_maaneder(day: dt.date, n: int) -> tuple[str, ...]:
    """The n completed calendar months before the month of `day`, oldest first, as 'YYYY-MM'."""
    return _maaneder(day.year * 12 + day.month - 1, n)


@lru_cache(maxsize=1024)
def _maaneder(idx: int, n: int) -> tuple[str, ...]:
    return tuple(f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(idx - n, idx))


def _nr3(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> bool:
    F = sag.fravaer.foerste_fravaersdag
    u = sag.uddannelse
    assert u is not None
    min_mdr = P.at("uddannelse_min_maaneder", F)
    tidligst = add_months(F, -1)
    ok = u.varighed_maaneder >= min_mdr.vaerdi and tidligst <= u.afsluttet < F
    B.add("SDL-32-1-NR3-UDDANNELSE", "sygedagpengeloven § 32, stk. 1, nr. 3",
          lambda: ({"afsluttet": u.afsluttet.isoformat(), "varighed_maaneder": u.varighed_maaneder,
                    "tidligst_afsluttet": tidligst.isoformat()}, {"opfyldt": ok}), (min_mdr,), ("FT-SDP-NYUDDANNET",))
    return ok


def _selvstaendig(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> Ret:
    F = sag.fravaer.foerste_fravaersdag
    s = sag.selvstaendig
    assert s is not None
    min_mdr = P.at("selvstaendig_min_maaneder", F)
    ok = s.maaneder_i_vaesentligt_omfang_seneste_12 >= min_mdr.vaerdi and s.virksomhed_maaneden_foer
    trin = B.add("SDL-41-42-SELVSTAENDIG-RET", "sygedagpengeloven §§ 41-42",
                 lambda: ({"maaneder_i_vaesentligt_omfang_seneste_12": s.maaneder_i_vaesentligt_omfang_seneste_12,
                           "virksomhed_maaneden_foer": s.virksomhed_maaneden_foer},
                          {"ret": ok}), (min_mdr,), ("FT-SDP-SELVSTAENDIG",))
    return Ret(ok, ["SDL41_SELVSTAENDIG_BESKAEFTIGELSESKRAV"] if ok else ["SDL41_BESKAEFTIGELSESKRAV_IKKE_OPFYLDT"], trin)


def kommune_pligt_start(sag: SygedagpengeCase, ag_ret: bool, ag_til: dt.date | None, P: Parameters, B: Begrundelse) -> tuple[dt.date, str]:
    """The first day the kommune is liable (to the citizen, or as refusion to a salary-paying employer)."""
    F = sag.fravaer.foerste_fravaersdag
    params: tuple[Value, ...] = ()
    fortolkninger: tuple[str, ...] = ()
    if sag.status in LOENMODTAGERE:
        if ag_ret:
            start = F + dt.timedelta(days=int(P.at("arbejdsgiverperiode_dage", F).vaerdi))
            params = (P.at("arbejdsgiverperiode_dage", F),)
            grund = "dagen efter arbejdsgiverperioden"
            regel, hjemmel = "SDL-31-KOMMUNE-EFTER-AG", "sygedagpengeloven § 30, stk. 1, jf. § 31"
            ophoer = sag.ansaettelse.sidste_ansaettelsesdag if sag.ansaettelse is not None else None
            if ophoer is not None and ophoer + dt.timedelta(days=1) < start:
                start, grund = ophoer + dt.timedelta(days=1), "dagen efter ansættelsens ophør i arbejdsgiverperioden"
                fortolkninger = ("FT-SDP-OPHOER",)
        elif sag.status == "fleksjob":
            start, grund = F, "første fraværsdag (fleksjob: ingen arbejdsgiverperiode)"
            regel, hjemmel = "SDL-FLEKSJOB-KOMMUNE-FRA-DAG-1", "sygedagpengeloven (fleksjob; paragraf UNCONFIRMED)"
            fortolkninger = ("FT-SDP-FLEKSJOB",)
        else:
            start, grund = F, "første fraværsdag (arbejdsgiveren har ikke pligt)"
            regel, hjemmel = "SDL-31-KOMMUNE-FRA-DAG-1", "sygedagpengeloven § 31, stk. 2"
    elif sag.status == "ledig":
        assert sag.ledig is not None
        if sag.ledig.supplerende_dagpenge:
            start, grund = F, "første fraværsdag (supplerende dagpenge)"
        else:
            dage = P.at("ledig_akasse_dage", F)
            params = (dage,)
            start, grund = F + dt.timedelta(days=int(dage.vaerdi)), "dagen efter a-kassens 14 dage"
        regel, hjemmel = "SDL-32-LEDIG-START", "sygedagpengeloven § 32, stk. 1, nr. 2"
        fortolkninger = ("FT-SDP-LEDIG-14",)
    else:
        assert sag.selvstaendig is not None
        forsikring = sag.selvstaendig.forsikring
        if forsikring == "fra_1_fravaersdag":
            start, grund = F, "første fraværsdag (forsikret fra 1. dag)"
        elif forsikring == "fra_3_fravaersdag":
            # Fraværsdage are days the person would have worked: not weekends or helligdage (FT-SDP-SELVSTAENDIG).
            start, grund = fravaersdag(F, 3), "tredje fraværsdag (forsikret fra 3. dag; kun arbejdsdage tælles)"
        else:
            karens = P.at("selvstaendig_karens_dage", F)
            params = (karens,)
            start, grund = F + dt.timedelta(days=int(karens.vaerdi)), "første fraværsdag efter 2 ugers sygdom"
        regel, hjemmel = "SDL-41-SELVSTAENDIG-START", "sygedagpengeloven §§ 41 og 45"
        fortolkninger = ("FT-SDP-SELVSTAENDIG",)
    trin = B.add(regel, hjemmel,
                 lambda: ({"foerste_fravaersdag": F.isoformat(), "status": sag.status},
                          {"kommunens_pligt_fra": start.isoformat(), "grund": grund}), params, fortolkninger)
    return start, trin
