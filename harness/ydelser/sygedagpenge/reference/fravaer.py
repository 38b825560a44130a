"""The absence as the law counts it: the first whole day of absence (Ankestyrelsen 10-21), holidays during the
absence (Ankestyrelsen 31-19: an agreed holiday is not paid, an unagreed one is a raskmelding) and the periods
of gradvis tilbagevenden (§ 53, the 4-hour minimum per period)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.kalender import fravaersdag
from harness.toolkit.parametre import Parameters
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

ONE_DAY = dt.timedelta(days=1)
ZERO = Decimal(0)


@dataclass(slots=True)
class Fravaersforloeb:
    """The effective first and last day, and the agreed holiday days (ordinals) without payment."""
    foerste: dt.date
    sidste: dt.date
    ingen_hel_fravaersdag: bool
    ferie_uden_aftale: dt.date | None
    ferie_dage: frozenset[int]
    trin: str | None


def forloeb(sag: SygedagpengeCase, B: Begrundelse) -> Fravaersforloeb:
    f = sag.fravaer
    F, L = f.foerste_fravaersdag, f.sidste_fravaersdag
    trin = None
    if f.foerste_dag_delvis:
        # 10-21: the day the person went home sick is not a fraværsdag; the first is the next day they would have
        # worked (FT-SDP-FOERSTE-DAG). No such day within the absence: no fraværsdag at all.
        ny = fravaersdag(F, 2)
        ingen = ny > L
        trin = B.add("SDL-FOERSTE-FRAVAERSDAG", "sygedagpengeloven § 30, stk. 1 og § 32 (Ankestyrelsen 10-21)",
                     lambda: ({"syg_under_arbejde": F.isoformat(), "sidste_fravaersdag": L.isoformat()},
                              {"foerste_fravaersdag": None if ingen else ny.isoformat(), "hel_fravaersdag": not ingen}),
                     (), ("FT-SDP-FOERSTE-DAG",))
        if ingen:
            return Fravaersforloeb(F, L, True, None, frozenset(), trin)
        F = ny
    # an unagreed holiday from the first fraværsdag on is a raskmelding from that day: no fraværsdag is left
    uden_aftale = next((fe["fra"] for fe in f.ferie if not fe["aftalt_med_kommunen"] and F <= fe["fra"] <= L), None)
    if uden_aftale is not None:
        L = uden_aftale - ONE_DAY
    dage: set[int] = set()
    for fe in f.ferie:
        if fe["aftalt_med_kommunen"] and fe["fra"] <= L:
            dage.update(range(max(fe["fra"], F).toordinal(), min(fe["til"], L).toordinal() + 1))
    if f.ferie:
        aftalt = [fe for fe in f.ferie if fe["aftalt_med_kommunen"]]
        trin = B.add("SDL-FERIE-UNDER-SYGDOM", "sygedagpengeloven § 7 (Ankestyrelsen 31-19)",
                     lambda: ({"ferie": [{"fra": fe["fra"].isoformat(), "til": fe["til"].isoformat(),
                                          "aftalt_med_kommunen": fe["aftalt_med_kommunen"]} for fe in f.ferie]},
                              {"dage_uden_betaling": len(dage), "aftalte_ferier": len(aftalt),
                               "raskmeldt_fra": None if uden_aftale is None else uden_aftale.isoformat(),
                               "sidste_fravaersdag": L.isoformat()}), (), ("FT-SDP-FERIE",))
    # a raskmelding from the first fraværsdag leaves no fraværsdag: as after 10-21, no right from anyone
    return Fravaersforloeb(F, L, L < F, uden_aftale, frozenset(dage), trin)


def effektiv(sag: SygedagpengeCase, fl: Fravaersforloeb) -> SygedagpengeCase:
    """The case with the first and last day the law counts (no validation: the days come from a valid case)."""
    f = sag.fravaer
    if (fl.foerste, fl.sidste) == (f.foerste_fravaersdag, f.sidste_fravaersdag):
        return sag
    return sag.model_copy(update={"fravaer": f.model_copy(update={"foerste_fravaersdag": fl.foerste,
                                                                 "sidste_fravaersdag": fl.sidste})})


def fravaerstimer_andre_job(sag: SygedagpengeCase) -> Decimal:
    """The absent hours a week in the further employments (full absence: the weekly hours), for § 53's 4 hours
    counted across employments (Ankestyrelsen 6-22)."""
    total = ZERO
    for a in sag.andre_ansaettelser:
        total += a.fravaerstimer_pr_uge if a.fravaerstimer_pr_uge is not None else a.ugentlig_arbejdstid
    return total


def gradvise_perioder(sag: SygedagpengeCase, P: Parameters, B: Begrundelse, minimum_gaelder: bool
                      ) -> list[tuple[dt.date, Decimal, bool]]:
    """§ 53 and gradvis tilbagevenden: [(from, absent hours a week, the 4-hour minimum met)] for the periods after
    the first (the first is `delvis`, tested by ret.delvis_taerskel). The minimum counts the absence in every
    employment (6-22) and does not apply to new-scheme fleksjob (24-22)."""
    f = sag.fravaer
    if not f.gradvis:
        return []
    F = f.foerste_fravaersdag
    minimum = P.at("delvis_minimum_timer_pr_uge", F)
    andre = fravaerstimer_andre_job(sag)
    out = [(g["fra"], g["fravaerstimer_pr_uge"], not minimum_gaelder or g["fravaerstimer_pr_uge"] + andre >= minimum.vaerdi)
           for g in f.gradvis]
    B.add("SDL-53-GRADVIS", "sygedagpengeloven § 53, stk. 1",
          lambda: ({"perioder": [{"fra": fra.isoformat(), "fravaerstimer_pr_uge": str(t)} for fra, t, _ in out],
                    "fravaerstimer_andre_ansaettelser": str(andre), "minimum_gaelder": minimum_gaelder},
                   {"minimum_opfyldt": {fra.isoformat(): ok for fra, _, ok in out}}),
          (minimum,), ("FT-SDP-GRADVIS", "FT-SDP-DELVIS"))
    return out
