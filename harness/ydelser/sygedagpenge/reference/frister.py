"""Reporting deadlines and their consequences: the citizen's claim to the kommune (§ 38), the employer's
report (§ 40) and the refusion limits that follow from it (§ 59)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.datoer import add_months
from harness.toolkit.parametre import Parameters, Value
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

from . import fristkalender

FT_HVERDAG = "FT-SDP-FRIST-HVERDAG"


@dataclass(slots=True)
class Frist:
    id: str
    hjemmel: str
    frist: dt.date
    modtaget: dt.date
    overholdt: bool
    konsekvens: str
    trin: str

    def as_dict(self) -> dict:
        return {"id": self.id, "hjemmel": self.hjemmel, "frist": self.frist.isoformat(),
                "modtaget": self.modtaget.isoformat(), "overholdt": self.overholdt, "konsekvens": self.konsekvens,
                "trin": self.trin}


def _frist(B: Begrundelse, fid: str, regel: str, hjemmel: str, beregnet: dt.date, modtaget: dt.date,
           konsekvens_sen: str, params: tuple[Value, ...], fortolkninger: tuple[str, ...], input: dict) -> Frist:
    kalender = fristkalender.valgt()
    frist = kalender.naeste_aabne_dag(beregnet)
    ok = modtaget <= frist
    konsekvens = "INGEN" if ok else konsekvens_sen
    trin = B.add(regel, hjemmel,
                 lambda: ({**input, "modtaget": modtaget.isoformat()},
                          {"beregnet_frist": beregnet.isoformat(), "frist": frist.isoformat(), "overholdt": ok,
                           "konsekvens": konsekvens, "lukkedage": kalender.beskrivelse}),
                 params, fortolkninger + (FT_HVERDAG,))
    return Frist(fid, hjemmel, frist, modtaget, ok, konsekvens, trin)


def borger_til_kommune(sag: SygedagpengeCase, pligt_start: dt.date, P: Parameters, B: Begrundelse) -> Frist | None:
    """§ 38: 8 days after the underretningsbrev, else 3 weeks after the day before the kommune's liability starts;
    selvstændige § 43, stk. 1: 1 week after the right starts when insured, else 3 weeks after the first absence day
    (Ankestyrelsen P 12-20). Late: the kommune pays only from the day the claim is received."""
    anm = sag.anmeldelser
    if anm.borger_til_kommune is None:
        return None
    F = sag.fravaer.foerste_fravaersdag
    if anm.underretningsbrev is not None:
        dage = P.at("borger_frist_efter_brev_dage", F)
        beregnet = anm.underretningsbrev + dt.timedelta(days=int(dage.vaerdi))
        grundlag = {"underretningsbrev": anm.underretningsbrev.isoformat()}
    elif sag.status == "selvstaendig" and sag.selvstaendig is not None and sag.selvstaendig.forsikring != "ingen":
        dage = P.at("selvstaendig_forsikret_frist_dage", F)
        beregnet = pligt_start + dt.timedelta(days=int(dage.vaerdi))
        grundlag = {"rettens_indtraeden": pligt_start.isoformat()}
    elif sag.status == "selvstaendig":
        dage = P.at("borger_frist_uden_brev_dage", F)
        beregnet = F + dt.timedelta(days=int(dage.vaerdi))
        grundlag = {"foerste_fravaersdag": F.isoformat()}
    else:
        dage = P.at("borger_frist_uden_brev_dage", F)
        # 3 weeks after the first absence day, or after the last day someone else (employer, a-kasse) paid.
        basis = F if pligt_start <= F else pligt_start - dt.timedelta(days=1)
        beregnet = basis + dt.timedelta(days=int(dage.vaerdi))
        grundlag = {"regnes_fra": basis.isoformat()}
    konsekvens = "INGEN_UNDSKYLDENDE_FORHOLD" if anm.undskyldende_forhold else "BETALING_FRA_MODTAGELSESDAGEN"
    if sag.status == "selvstaendig":
        fid, regel, hjemmel = "SDL_43_SELVSTAENDIG_KOMMUNE", "SDL-43-FRIST", "sygedagpengeloven § 43, stk. 1"
    else:
        fid, regel, hjemmel = "SDL_38_BORGER_KOMMUNE", "SDL-38-FRIST", "sygedagpengeloven § 38"
    return _frist(B, fid, regel, hjemmel, beregnet, anm.borger_til_kommune, konsekvens, (dage,), ("FT-SDP-38-FRIST",),
                  {**grundlag, "undskyldende_forhold": anm.undskyldende_forhold})


def borger_til_arbejdsgiver(sag: SygedagpengeCase, B: Begrundelse) -> Frist | None:
    """The employee's sick report to the employer, due on the first absence day; recorded, not priced (the
    consequence for the employer's payment is disputed between sources and outside the decision)."""
    modtaget = sag.anmeldelser.borger_til_arbejdsgiver
    if modtaget is None or sag.status == "selvstaendig" or sag.status == "ledig":
        return None
    F = sag.fravaer.foerste_fravaersdag
    ok = modtaget <= F
    trin = B.add("SDL-SYGEMELDING-ARBEJDSGIVER", "sygedagpengeloven § 36 (sygemelding til arbejdsgiveren; paragraf UNCONFIRMED)",
                 lambda: ({"foerste_fravaersdag": F.isoformat(), "modtaget": modtaget.isoformat()},
                          {"frist": F.isoformat(), "overholdt": ok}))
    return Frist("SDL_BORGER_ARBEJDSGIVER", "sygedagpengeloven § 36", F, modtaget, ok,
                 "INGEN" if ok else "ARBEJDSGIVER_BETALER_FOERST_EFTER_SYGEMELDING", trin)


def arbejdsgiver_til_kommune(sag: SygedagpengeCase, ag_ret: bool, ag_til: dt.date | None, P: Parameters, B: Begrundelse) -> Frist | None:
    """§ 40: 5 weeks after the first absence day when the employer pays salary (stk. 1), 1 week after the employer's
    sygedagpenge stop (stk. 2), both only when the absence lasts beyond the arbejdsgiverperiode; 14 days after the
    first absence day when it pays neither (stk. 3). The refusion consequence of a late report is § 59's."""
    a = sag.ansaettelse
    modtaget = sag.anmeldelser.arbejdsgiver_til_kommune
    if a is None or modtaget is None:
        return None
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    ud_over_ag_perioden = ag_til is None or ag_til < L
    if a.arbejdsgiver_betaler_loen:
        if not ud_over_ag_perioden:
            return None
        dage = P.at("arbejdsgiver_frist_loen_dage", F)
        beregnet, stk, grundlag = F + dt.timedelta(days=int(dage.vaerdi)), "stk. 1", F
    elif ag_ret and ag_til is not None:
        if not ud_over_ag_perioden:
            return None
        dage = P.at("arbejdsgiver_frist_sygedagpenge_dage", F)
        beregnet, stk, grundlag = ag_til + dt.timedelta(days=int(dage.vaerdi)), "stk. 2", ag_til
    else:
        dage = P.at("arbejdsgiver_frist_ingen_betaling_dage", F)
        beregnet, stk, grundlag = F + dt.timedelta(days=int(dage.vaerdi)), "stk. 3", F
    return _frist(B, f"SDL_40_{stk[5:]}_ARBEJDSGIVER", "SDL-40-FRIST", f"sygedagpengeloven § 40, {stk}", beregnet,
                  modtaget, "REGISTRERET", (dage,), ("FT-SDP-REFUSION",), {"regnes_fra": grundlag.isoformat()})


def refusion_start(sag: SygedagpengeCase, pligt_start: dt.date, P: Parameters, B: Begrundelse) -> tuple[dt.date, str, Frist | None]:
    """§ 59: refusion from the liability start when reported at the latest 5 weeks after the first absence day
    (stk. 2-3). Reported later: from the report day (stk. 3), but up to 3 months before it when the absence ended
    within 30 calendar days (stk. 4) or a dispensation ground applies within 6 months of the first absence day
    (stk. 5-6). Returns the start, its step and the § 59 deadline (None when no report date is given)."""
    F, L = sag.fravaer.foerste_fravaersdag, sag.fravaer.sidste_fravaersdag
    anm = sag.anmeldelser
    modtaget = anm.arbejdsgiver_til_kommune
    params: tuple[Value, ...]
    if modtaget is None:
        start, grund, params, f59 = pligt_start, "anmeldelsesdato ikke oplyst", (), None
    else:
        dage, kort = P.at("refusion_anmeldelse_dage", F), P.at("refusion_kort_fravaer_dage", F)
        seks, tre = P.at("refusion_dispensation_maaneder", F), P.at("refusion_tilbage_maaneder", F)
        params = (dage, kort, seks, tre)
        tilbage = max(pligt_start, add_months(modtaget, -int(tre.vaerdi)))
        if F + dt.timedelta(days=int(kort.vaerdi)) > L:
            sen = (tilbage, "fraværet sluttede inden for 30 kalenderdage: højst 3 måneder før anmeldelsen (§ 59, stk. 4)",
                   "REFUSION_HOEJST_3_MAANEDER_FOER_ANMELDELSEN")
        elif anm.refusion_dispensation and modtaget <= add_months(F, int(seks.vaerdi)):
            sen = (tilbage, "dispensation: højst 3 måneder før anmeldelsen (§ 59, stk. 5-6)",
                   "REFUSION_HOEJST_3_MAANEDER_FOER_ANMELDELSEN")
        else:
            sen = (max(pligt_start, modtaget), "for sen anmeldelse: refusion fra anmeldelsesdagen (§ 59, stk. 3)",
                   "REFUSION_FRA_ANMELDELSESDAGEN")
        f59 = _frist(B, "SDL_59_3_REFUSION", "SDL-59-3-FRIST", "sygedagpengeloven § 59, stk. 3",
                     F + dt.timedelta(days=int(dage.vaerdi)), modtaget, sen[2], (dage,), ("FT-SDP-REFUSION",),
                     {"foerste_fravaersdag": F.isoformat(), "sidste_fravaersdag": L.isoformat()})
        if f59.overholdt:
            start, grund = pligt_start, "anmeldt senest 5 uger efter første fraværsdag (§ 59, stk. 2)"
        else:
            start, grund = sen[0], sen[1]
    trin = B.add("SDL-59-REFUSION-START", "sygedagpengeloven § 59",
                 lambda: ({"kommunens_pligt_fra": pligt_start.isoformat(),
                           "anmeldt": None if modtaget is None else modtaget.isoformat(),
                           "dispensation": anm.refusion_dispensation},
                          {"refusion_fra": start.isoformat(), "grund": grund}), params, ("FT-SDP-REFUSION",))
    return start, trin, f59
