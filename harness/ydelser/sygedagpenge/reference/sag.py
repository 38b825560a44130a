"""Parse and check a sygedagpenge case: schema-level checks by the typed model, then the cross-field
facts the schema cannot express. Every problem names the field and what was expected."""
from __future__ import annotations

import datetime as dt

from harness.toolkit.errors import CaseError, validated
from harness.toolkit.kalender import fravaersdag
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase

from .ret import seneste_afsluttede_maaneder


def parse(case: dict) -> SygedagpengeCase:
    if not isinstance(case, dict):
        raise CaseError([("(top level)", "expected a JSON object")])
    sag = validated(SygedagpengeCase, case)
    problems = []
    f = sag.fravaer
    if f.sidste_fravaersdag < f.foerste_fravaersdag:
        problems.append(("fravaer/sidste_fravaersdag", "expected a date on or after foerste_fravaersdag"))
    if f.delvis is not None:
        if sag.status == "selvstaendig" and f.delvis.selvstaendig_kan_udfoere is None:
            problems.append(("fravaer/delvis/selvstaendig_kan_udfoere", "required for a selvstændig in partial absence"))
        if sag.status in ("loenmodtager", "fleksjob", "elev") and f.delvis.fravaerstimer_pr_uge is None:
            problems.append(("fravaer/delvis/fravaerstimer_pr_uge", "required for a lønmodtager in partial absence"))
    a = sag.ansaettelse
    if a is not None:
        if a.arbejdsgiver_betaler_loen and a.loen_pr_uge_under_fravaer is None:
            problems.append(("ansaettelse/loen_pr_uge_under_fravaer", "required when arbejdsgiver_betaler_loen is true"))
        if a.ugentlig_arbejdstid <= 0:
            problems.append(("ansaettelse/ugentlig_arbejdstid", "expected more than 0 hours"))
        if a.overenskomstmaessig_ugentlig_arbejdstid is not None and a.overenskomstmaessig_ugentlig_arbejdstid <= 0:
            problems.append(("ansaettelse/overenskomstmaessig_ugentlig_arbejdstid", "expected more than 0 hours"))
        if a.timefortjeneste is not None and a.timefortjeneste < 0:
            problems.append(("ansaettelse/timefortjeneste", "expected an amount of 0.00 or more"))
        if a.loen_maaneder is not None:
            problems += _loen_maaneder(a.loen_maaneder, f.foerste_fravaersdag, a.ansat_fra)
    seen = set()
    for i, m in enumerate(sag.beskaeftigelse_seneste_6_maaneder):
        if m["maaned"] in seen:
            problems.append((f"beskaeftigelse_seneste_6_maaneder/{i}/maaned", f"month {m['maaned']} listed twice"))
        seen.add(m["maaned"])
        if m["timer"] < 0:
            problems.append((f"beskaeftigelse_seneste_6_maaneder/{i}/timer", "expected 0 or more hours"))
    problems += _nye_felter(sag)
    for i, p in enumerate(sag.tidligere_sygeperioder):
        if p["til"] < p["fra"]:
            problems.append((f"tidligere_sygeperioder/{i}/til", "expected a date on or after fra"))
        elif p["til"] >= f.foerste_fravaersdag:
            problems.append((f"tidligere_sygeperioder/{i}/til", "expected an earlier absence, ending before foerste_fravaersdag"))
    if problems:
        raise CaseError(problems, case_id=sag.sags_id)
    return sag


LOENMODTAGERE = ("loenmodtager", "fleksjob", "elev")


def _loen_maaneder(rows: list, first: dt.date, ansat: dt.date) -> list[tuple[str, str]]:
    """The reported months (FT-SDP-TIMEFORTJENESTE): each once, hours above 0, none before the employment began (the
    current employer's reports only), and at least one of § 47's completed months before the first absence day. An
    employment of under 8 weeks has the agreed wage as its basis, not the reports: the case gives `timefortjeneste`
    (jurist r19b, barsel-BEK § 8, stk. 5)."""
    from . import parameters  # here: the package imports this module first
    P = parameters()
    problems, seen = [], set()
    for i, m in enumerate(rows):
        if m["maaned"] in seen:
            problems.append((f"ansaettelse/loen_maaneder/{i}/maaned", f"month {m['maaned']} listed twice"))
        seen.add(m["maaned"])
        if m["timer"] <= 0:
            problems.append((f"ansaettelse/loen_maaneder/{i}/timer", "expected more than 0 hours"))
        if m["maaned"] < f"{ansat:%Y-%m}":
            problems.append((f"ansaettelse/loen_maaneder/{i}/maaned", f"expected a month of the employment (from "
                                                                      f"{ansat:%Y-%m}, ansat_fra), got {m['maaned']}"))
    uger = P.at("timefortjeneste_aftalt_loen_under_uger", first)
    if first < ansat + dt.timedelta(weeks=int(uger.vaerdi)):
        problems.append(("ansaettelse/loen_maaneder", f"employed under {uger.vaerdi} weeks before foerste_fravaersdag "
                                                      f"(since {ansat.isoformat()}): § 47's basis is the agreed wage; "
                                                      "give timefortjeneste instead"))
    vindue = seneste_afsluttede_maaneder(first, int(P.at("timefortjeneste_maaneder", first).vaerdi))
    if not seen & set(vindue):
        problems.append(("ansaettelse/loen_maaneder", f"expected pay for at least one of the completed months "
                                                      f"{', '.join(vindue)} before foerste_fravaersdag (§ 47); "
                                                      "without one, give timefortjeneste (the agreed wage)"))
    return problems


def _nye_felter(sag: SygedagpengeCase) -> list[tuple[str, str]]:
    """Cross-field facts of gradvis tilbagevenden, ferie, an ended employment, several employments, birth date."""
    problems = []
    f = sag.fravaer
    F, L = f.foerste_fravaersdag, f.sidste_fravaersdag
    if f.gradvis and sag.status not in LOENMODTAGERE:
        problems.append(("fravaer/gradvis", "only for lønmodtagere (status loenmodtager, fleksjob or elev)"))
    forrige = None
    for i, g in enumerate(f.gradvis):
        if not F < g["fra"] <= L:
            problems.append((f"fravaer/gradvis/{i}/fra", "expected a date after foerste_fravaersdag and on or before "
                                                          "sidste_fravaersdag"))
        if forrige is not None and g["fra"] <= forrige:
            problems.append((f"fravaer/gradvis/{i}/fra", "expected dates in increasing order"))
        forrige = g["fra"]
    slut = None
    for i, fe in enumerate(f.ferie):
        if fe["til"] < fe["fra"]:
            problems.append((f"fravaer/ferie/{i}/til", "expected a date on or after fra"))
        elif not F < fe["fra"] <= L:
            problems.append((f"fravaer/ferie/{i}/fra", "expected a date after foerste_fravaersdag and on or before "
                                                        "sidste_fravaersdag"))
        elif slut is not None and fe["fra"] <= slut:
            problems.append((f"fravaer/ferie/{i}/fra", "expected holidays in order, not overlapping"))
        slut = fe["til"]
    jobs = [("ansaettelse", sag.ansaettelse)] if sag.ansaettelse is not None else []
    jobs += [(f"andre_ansaettelser/{i}", a) for i, a in enumerate(sag.andre_ansaettelser)]
    hel = fravaersdag(F, 2) if f.foerste_dag_delvis else F   # the first whole fraværsdag (Ankestyrelsen 10-21)
    for where, a in jobs:
        if a is None:
            continue
        if a.sidste_ansaettelsesdag is not None and a.sidste_ansaettelsesdag < (hel if hel <= L else F):
            problems.append((f"{where}/sidste_ansaettelsesdag",
                             "expected a date on or after foerste_fravaersdag (the person is employed on the first "
                             "absence day)" if hel == F else
                             f"expected a date on or after {hel.isoformat()}, the first whole fraværsdag after going "
                             "home sick (the person is employed on the first absence day; Ankestyrelsen 10-21)"))
        if a.dagpengesats_efter_ophoer is not None and a.sidste_ansaettelsesdag is None:
            problems.append((f"{where}/dagpengesats_efter_ophoer", "given only with sidste_ansaettelsesdag"))
    if sag.andre_ansaettelser and sag.status not in LOENMODTAGERE:
        problems.append(("andre_ansaettelser", "only for lønmodtagere (status loenmodtager, fleksjob or elev)"))
    ids = set()
    for i, a in enumerate(sag.andre_ansaettelser):
        if a.id in ids or a.id == "selvstaendig":
            problems.append((f"andre_ansaettelser/{i}/id", f"id {a.id!r} used twice or reserved"))
        ids.add(a.id)
        if a.arbejdsgiver_betaler_loen and a.loen_pr_uge_under_fravaer is None:
            problems.append((f"andre_ansaettelser/{i}/loen_pr_uge_under_fravaer",
                             "required when arbejdsgiver_betaler_loen is true"))
        if a.ugentlig_arbejdstid <= 0:
            problems.append((f"andre_ansaettelser/{i}/ugentlig_arbejdstid", "expected more than 0 hours"))
    if sag.foedselsdato is not None and sag.foedselsdato >= F:
        problems.append(("foedselsdato", "expected a date before foerste_fravaersdag"))
    return problems
