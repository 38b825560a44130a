"""The amount: § 47 (lønmodtagere: timefortjeneste after AM-bidrag x hours), § 51 (ledige: the a-dagpenge
rate), § 45 (selvstændige: earnings basis, insured minimum 2/3), capped by § 50 and reduced by § 53."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Context, Decimal

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.parametre import Parameters, Value
from harness.ydelser.sygedagpenge.contract import Ansaettelse, SygedagpengeCase

from .ret import LOENMODTAGERE, seneste_afsluttede_maaneder

ORE = Decimal("0.01")
KRONE = Decimal("1")
FIRE = Decimal("0.0001")
ZERO = Decimal(0)


HALF_UP = Context(rounding=ROUND_HALF_UP)   # the default precision and traps, rounding half up (FT-SDP-AFRUNDING)


def oere(x: Decimal) -> Decimal:
    return HALF_UP.quantize(x, ORE)


@dataclass(slots=True)
class Grundlag:
    """What stays the same across rate years: the person's basis for the weekly amount."""
    timeloen_efter_am: Decimal | None   # lønmodtagere
    timer_pr_uge: Decimal | None        # hours paid per week (full or partial)
    overenskomst_timer: Decimal | None
    dagsats: Decimal | None             # ledige
    grundlag_pr_uge: Decimal | None     # selvstændige
    selvstaendig_andel: Decimal | None  # § 53, stk. 3 reduction
    forsikret: bool
    trin: str


@dataclass(slots=True)
class Sats:
    loft: Value
    loft_pr_time: Decimal
    timesats: Decimal | None
    ugebeloeb: Decimal
    loft_anvendt: bool
    trin: str


def timefortjeneste(a: Ansaettelse, F: dt.date, P: Parameters) -> tuple[Decimal, list[dict] | None, list[Value]]:
    """§ 47's timefortjeneste before AM-bidrag, the reported months it rests on (None: given as a figure) and the
    parameter used. From the reported months: the total pay over the total pay hours of the listed ones among the
    last completed calendar months before the first absence day, not rounded (FT-SDP-TIMEFORTJENESTE); sag.parse
    makes sure one of them is listed."""
    if a.loen_maaneder is None:
        assert a.timefortjeneste is not None    # the contract requires one of the two
        return a.timefortjeneste, None, []
    n = P.at("timefortjeneste_maaneder", F)
    vindue = seneste_afsluttede_maaneder(F, int(n.vaerdi))
    brugt = sorted((m for m in a.loen_maaneder if m["maaned"] in vindue), key=lambda m: m["maaned"])
    loen, timer = sum((m["loen"] for m in brugt), ZERO), sum((m["timer"] for m in brugt), ZERO)
    return loen / timer, [{"maaned": m["maaned"], "loen": f"{m['loen']:f}", "timer": f"{m['timer']:f}"} for m in brugt], [n]


def grundlag(sag: SygedagpengeCase, P: Parameters, B: Begrundelse) -> Grundlag:
    F = sag.fravaer.foerste_fravaersdag
    delvis = sag.fravaer.delvis
    if sag.status in LOENMODTAGERE:
        a = sag.ansaettelse
        assert a is not None   # the contract requires it for lønmodtagere
        am = P.at("arbejdsmarkedsbidrag_sats", F)
        foer_am, loen, loen_params = timefortjeneste(a, F, P)
        efter_am = oere(foer_am * (1 - am.vaerdi))
        params = [am, *loen_params]
        fortolkninger: list[str] = ["FT-SDP-AFRUNDING"] + (["FT-SDP-TIMEFORTJENESTE"] if loen is not None else [])
        if a.overenskomstmaessig_ugentlig_arbejdstid is None:
            normal = P.at("normal_ugentlig_arbejdstid", F)
            params.append(normal)
            fortolkninger.append("FT-SDP-NORMALTIMER")
            overenskomst = normal.vaerdi
        else:
            overenskomst = a.overenskomstmaessig_ugentlig_arbejdstid
        timer = a.ugentlig_arbejdstid
        delvis_timer = None
        if delvis is not None and delvis.fravaerstimer_pr_uge is not None:
            delvis_timer = delvis.fravaerstimer_pr_uge
            timer = min(delvis_timer, a.ugentlig_arbejdstid)
            fortolkninger.append("FT-SDP-DELVIS")
        trin = B.add("SDL-47-TIMEFORTJENESTE", "sygedagpengeloven § 47, jf. § 53 ved delvis fravær",
                     lambda: ({"timefortjeneste_foer_am": f"{foer_am:f}" if loen is None else f"{foer_am.quantize(FIRE):f}",
                               **({} if loen is None else {"loen_maaneder": loen}), "ugentlig_arbejdstid": str(a.ugentlig_arbejdstid),
                               "delvis_fravaerstimer_pr_uge": None if delvis_timer is None else str(delvis_timer)},
                              {"timefortjeneste_efter_am": str(efter_am), "timer_pr_uge": str(timer),
                               "overenskomstmaessig_ugentlig_arbejdstid": str(overenskomst)}), params, fortolkninger)
        return Grundlag(efter_am, timer, overenskomst, None, None, None, False, trin)
    if sag.status == "ledig":
        assert sag.ledig is not None
        dagsats = sag.ledig.dagpengesats_pr_dag
        fortolkninger = ["FT-SDP-DELVIS"] if delvis is not None else []
        trin = B.add("SDL-51-LEDIG-SATS", "sygedagpengeloven § 51" + (", jf. § 53, stk. 2, nr. 2" if delvis else ""),
                     lambda: ({"dagpengesats_pr_dag": str(dagsats), "delvis": delvis is not None},
                              {"dagsats": str(dagsats), "beregnes_som_fuldt_fravaer": True}), (), fortolkninger)
        return Grundlag(None, None, None, dagsats, None, None, False, trin)
    s = sag.selvstaendig
    assert s is not None
    andel = None
    params = []
    if delvis is not None:
        assert delvis.selvstaendig_kan_udfoere is not None   # sag.parse requires it for selvstændige
        navn = {"hoejst_en_fjerdedel": "selvstaendig_delvis_tre_fjerdedele",
                "hoejst_halvdelen": "selvstaendig_delvis_halvdelen"}[delvis.selvstaendig_kan_udfoere]
        p = P.at(navn, F)
        params.append(p)
        andel = p.vaerdi
    trin = B.add("SDL-45-SELVSTAENDIG-GRUNDLAG", "sygedagpengeloven §§ 45 og 53, stk. 3",
                 lambda: ({"beregningsgrundlag_pr_uge": str(s.beregningsgrundlag_pr_uge), "forsikring": s.forsikring},
                          {"andel_ved_delvis_fravaer": None if andel is None else str(andel)}), params,
                 ("FT-SDP-SELVSTAENDIG",) + (("FT-SDP-DELVIS",) if andel is not None else ()))
    return Grundlag(None, None, None, None, s.beregningsgrundlag_pr_uge, andel, s.forsikring != "ingen", trin)


def sats(g: Grundlag, dag: dt.date, P: Parameters, B: Begrundelse) -> Sats:
    """The weekly amount with the maximum in force on `dag` (a Monday: the maximum changes on Mondays)."""
    loft = P.at("hoejeste_beloeb_pr_uge", dag)
    maks = loft.vaerdi
    if g.timeloen_efter_am is not None:
        assert g.overenskomst_timer is not None and g.timer_pr_uge is not None
        loft_pr_time = maks / g.overenskomst_timer
        timesats = min(g.timeloen_efter_am, loft_pr_time)
        uge = oere(timesats * g.timer_pr_uge)
        loft_anvendt = g.timeloen_efter_am > loft_pr_time or uge > maks
        uge = min(uge, maks)
        trin = B.add("SDL-50-LOFT-TIMESATS", "sygedagpengeloven § 50, stk. 1-2",
                     lambda: ({"timefortjeneste_efter_am": str(g.timeloen_efter_am), "timer_pr_uge": str(g.timer_pr_uge),
                               "overenskomstmaessig_ugentlig_arbejdstid": str(g.overenskomst_timer)},
                              {"loft_pr_time": f"{loft_pr_time.quantize(FIRE)}", "timesats": f"{timesats.quantize(FIRE)}",
                               "ugebeloeb": str(uge), "loft_anvendt": loft_anvendt}),
                     (loft,), ("FT-SDP-LOFT-TIME", "FT-SDP-AFRUNDING", "FT-SDP-SATSSKIFT"))
        return Sats(loft, loft_pr_time, timesats, uge, loft_anvendt, trin)
    fem = P.at("dage_pr_uge", dag)
    loft_pr_time = maks / P.at("normal_ugentlig_arbejdstid", dag).vaerdi
    if g.dagsats is not None:
        uge_raw = oere(g.dagsats * fem.vaerdi)
        uge = min(uge_raw, maks)
        trin = B.add("SDL-51-50-LEDIG-UGEBELOEB", "sygedagpengeloven §§ 50-51",
                     lambda: ({"dagsats": str(g.dagsats)}, {"ugebeloeb": str(uge), "loft_anvendt": uge_raw > maks}),
                     (loft, fem), ("FT-SDP-SATSSKIFT",))
        return Sats(loft, loft_pr_time, None, uge, uge_raw > maks, trin)
    assert g.grundlag_pr_uge is not None
    minimum_andel = P.at("selvstaendig_minimum_andel", dag)
    minimum = oere((maks * minimum_andel.vaerdi).quantize(KRONE, rounding=ROUND_HALF_UP)) if g.forsikret else ZERO
    fuld = min(g.grundlag_pr_uge, maks)
    loft_anvendt = g.grundlag_pr_uge > maks
    fuld = max(fuld, minimum)
    uge = fuld if g.selvstaendig_andel is None else oere(fuld * g.selvstaendig_andel)
    trin = B.add("SDL-45-50-SELVSTAENDIG-UGEBELOEB", "sygedagpengeloven §§ 45, 50 og 53, stk. 3",
                 lambda: ({"beregningsgrundlag_pr_uge": str(g.grundlag_pr_uge), "forsikret": g.forsikret,
                           "andel_ved_delvis_fravaer": None if g.selvstaendig_andel is None else str(g.selvstaendig_andel)},
                          {"minimum_pr_uge": str(minimum), "ugebeloeb_ved_fuldt_fravaer": str(fuld), "ugebeloeb": str(uge),
                           "loft_anvendt": loft_anvendt}),
                 (loft, minimum_andel) if g.forsikret else (loft,), ("FT-SDP-SELVSTAENDIG", "FT-SDP-SATSSKIFT"))
    return Sats(loft, loft_pr_time, None, uge, loft_anvendt, trin)


def med_timer(g: Grundlag, timer: Decimal, ugentlig: Decimal) -> Grundlag:
    """The § 47 basis with other absent hours a week (gradvis tilbagevenden): at most the weekly hours."""
    return replace(g, timer_pr_uge=min(timer, ugentlig))


def efter_ophoer(sag: SygedagpengeCase, g: Grundlag, a: Ansaettelse, P: Parameters, B: Begrundelse) -> Grundlag:
    """After the employment ended during the absence: § 51, stk. 3 (an a-kasse member: the a-dagpenge rate per
    day) or, not a member, the § 47 basis as full absence (§ 53, stk. 2, nr. 1: a partially absent person who
    becomes ledig is paid as fully absent; FT-SDP-OPHOER, UNCONFIRMED for non-members)."""
    assert a.sidste_ansaettelsesdag is not None
    sats = a.dagpengesats_efter_ophoer
    if sats is not None:
        trin = B.add("SDL-51-3-LEDIG-EFTER-OPHOER", "sygedagpengeloven § 51, stk. 3, jf. § 53, stk. 2, nr. 1",
                     lambda: ({"sidste_ansaettelsesdag": a.sidste_ansaettelsesdag.isoformat() if a.sidste_ansaettelsesdag
                               else None, "dagpengesats_pr_dag": str(sats)},
                              {"dagsats": str(sats), "beregnes_som_fuldt_fravaer": True}), (), ("FT-SDP-OPHOER",))
        return Grundlag(None, None, None, sats, None, None, False, trin)
    trin = B.add("SDL-47-EFTER-OPHOER", "sygedagpengeloven § 47, jf. § 53, stk. 2, nr. 1",
                 lambda: ({"sidste_ansaettelsesdag": a.sidste_ansaettelsesdag.isoformat() if a.sidste_ansaettelsesdag
                           else None, "timefortjeneste_efter_am": str(g.timeloen_efter_am)},
                          {"timer_pr_uge": str(a.ugentlig_arbejdstid), "beregnes_som_fuldt_fravaer": True}),
                 (), ("FT-SDP-OPHOER",))
    return replace(g, timer_pr_uge=a.ugentlig_arbejdstid, trin=trin)
