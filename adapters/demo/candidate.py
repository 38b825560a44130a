"""KSD-demo 2.4.0: the reference calculator with deliberate, documented defects (README.md beside this file).

Each defect is keyed to properties of the case or of the correct decision — never to scenario ids — so it
shows up across whatever golden suite exists, the way a real release's bug shows up across real cases.
`make_calculate(base)` applies the defects to any base calculator; `calculate` uses the reference.
"""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import holidays

METADATA = {"system": "KSD-demo", "version": "2.4.0", "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"],
            "lovdatoer": {"fra": "2020-01-01", "til": "2026-12-31"},
            "leverandoer": "Demo-leverandøren A/S (simuleret)"}

ORE = Decimal("0.01")
LAST_YEARS_CAP_DIFFERENCE = Decimal("70.00")


def _money(x: Decimal) -> str:
    return f"{x.quantize(ORE, ROUND_HALF_UP):f}"


def _retotal(decision: dict) -> None:
    total = sum((Decimal(u["beloeb"]) for u in decision["udbetalinger"]), Decimal("0"))
    decision["udbetalt_i_alt"]["beloeb"] = _money(total)


# --- the defects ----------------------------------------------------------------------------------------

def _over_cap(case: dict, decision: dict) -> bool:
    return decision.get("ydelse") == "sygedagpenge" and any(s.get("loft_anvendt") for s in decision.get("satsperioder", [])) \
        and bool(decision.get("udbetalinger"))


def _last_years_cap(decision: dict) -> None:
    for sats in decision["satsperioder"]:
        if not sats.get("loft_anvendt"):
            continue
        cap = Decimal(sats["loft_pr_uge"])
        old = cap - LAST_YEARS_CAP_DIFFERENCE
        factor = old / cap
        sats["loft_pr_uge"] = _money(old)
        sats["ugebeloeb"] = _money(Decimal(sats["ugebeloeb"]) * factor)
        for u in decision["udbetalinger"]:
            if sats["fra"] <= u["fra"] <= sats["til"]:
                u["beloeb"] = _money(Decimal(u["beloeb"]) * factor)
    _retotal(decision)


def _employee_with_kommune_start(case: dict, decision: dict) -> bool:
    return case.get("status") == "loenmodtager" and decision.get("arbejdsgiverperiode") is not None \
        and decision.get("kommune_betaler_fra") is not None


def _one_day_late(decision: dict) -> None:
    old = dt.date.fromisoformat(decision["kommune_betaler_fra"]["dato"])
    new = old + dt.timedelta(days=1)
    decision["kommune_betaler_fra"]["dato"] = new.isoformat()
    for u in list(decision["udbetalinger"]):
        if u["fra"] <= old.isoformat() <= u["til"]:
            if old.weekday() < 5 and u["dage"] > 0:
                amount = Decimal(u["beloeb"])
                u["beloeb"] = _money(amount - amount / u["dage"])
                u["dage"] -= 1
            u["fra"] = new.isoformat()
            if u["fra"] > u["til"]:
                decision["udbetalinger"].remove(u)
    _retotal(decision)


def _unemployed_paid(case: dict, decision: dict) -> bool:
    return case.get("status") == "ledig" and any(Decimal(u["beloeb"]) > 0 for u in decision.get("udbetalinger", []))


def _pays_nothing(decision: dict) -> None:
    decision["udbetalinger"] = []
    decision["udbetalt_i_alt"]["beloeb"] = "0.00"


_HELLIGDAGE = holidays.DK(years=range(2012, 2028))


def _unpaid_holidays(row: dict) -> int:
    """Weekday public holidays in the row's days that the row does not pay: Mon-Fri in fra..til minus dage."""
    fra, til = dt.date.fromisoformat(row["fra"]), dt.date.fromisoformat(row["til"])
    days = [fra + dt.timedelta(days=i) for i in range((til - fra).days + 1)]
    weekdays = sum(1 for d in days if d.weekday() < 5)
    holiday = sum(1 for d in days if d.weekday() < 5 and d in _HELLIGDAGE)
    return min(holiday, weekdays - row["dage"])


def _holiday_unpaid(case: dict, decision: dict) -> bool:
    """Paid by the kommune without an employer period before it (nyansatte, fleksjob, elever, selvstændige; not
    ledige, whom DEMO-3 pays nothing), no salary, in a week with an unpaid søgnehelligdag."""
    salary = (case.get("ansaettelse") or {}).get("arbejdsgiver_betaler_loen")
    return decision.get("ydelse") == "sygedagpenge" and case.get("status") != "ledig" and not salary \
        and decision.get("arbejdsgiverperiode") is None \
        and any(_unpaid_holidays(u) > 0 and _sats(decision, u) for u in decision.get("udbetalinger", []))


def _sats(decision: dict, u: dict) -> dict | None:
    """The rate period of a payment week; None for a week paid only for a further part (its own rate periods)."""
    return next((s for s in decision.get("satsperioder", []) if s["fra"] <= u["fra"] <= s["til"]), None)


def _pays_holidays(decision: dict) -> None:
    """The rule before 2 July 2012: a søgnehelligdag on a weekday is paid like any weekday."""
    for u in decision["udbetalinger"]:
        extra = _unpaid_holidays(u)
        sats = _sats(decision, u)
        if extra > 0 and sats is not None:
            u["dage"] += extra
            u["beloeb"] = _money(Decimal(sats["ugebeloeb"]) * u["dage"] / 5)
    _retotal(decision)


def _handoff_stated(case: dict, decision: dict) -> bool:
    """Sygedagpenge that end by the varighedsbegrænsning, with the handoff to a jobafklaringsforløb (§ 24, stk. 2)."""
    return decision.get("ydelse") == "sygedagpenge" and (decision.get("varighed") or {}).get("jobafklaring_fra") is not None


def _handoff_on_last_day(decision: dict) -> None:
    """Dates the jobafklaringsforløb from the last day with sygedagpenge instead of the day after."""
    v = decision["varighed"]
    v["jobafklaring_fra"]["dato"] = v["sidste_betalingsdag"]


def _self_employed(case: dict, decision: dict) -> bool:
    return case.get("status") == "selvstaendig"


def _drop_explanation(decision: dict) -> None:
    decision["begrundelse"] = []


# --- kontanthjælp defects (the kinds reported from KY's rollout) ----------------------------------------

def _kr(x: Decimal) -> str:
    return _money(max(Decimal("0"), x))


def _month_person(decision: dict, maaned: str, rolle: str) -> tuple[dict, dict]:
    """The month and the person a defect's finder named (it only names pairs the decision has)."""
    for m in decision.get("maaneder", []):
        if m["maaned"] == maaned:
            for p in m["personer"]:
                if p["rolle"] == rolle:
                    return m, p
    raise LookupError(f"no person {rolle} in month {maaned}")


def _lower(month: dict, person: dict, amount: Decimal) -> Decimal:
    """Take `amount` off a person's hjælp and the month's payment (never below 0); the amount actually taken."""
    hjaelp = Decimal(person["hjaelp"]["beloeb"])
    taken = min(amount, hjaelp, Decimal(month["udbetalt"]["beloeb"]))
    person["hjaelp"]["beloeb"] = _kr(hjaelp - taken)
    month["udbetalt"]["beloeb"] = _kr(Decimal(month["udbetalt"]["beloeb"]) - taken)
    return taken


def _ky_retotal(decision: dict) -> None:
    total = sum((Decimal(m["udbetalt"]["beloeb"]) for m in decision["maaneder"]), Decimal("0"))
    decision["i_alt"]["udbetalt"]["beloeb"] = _money(total)


def _early_reductions(decision: dict) -> list[tuple[str, str]]:
    """(month, rolle) where the law requires a 225-timers reduction that may not yet take effect, because no
    afgørelse with a reason has been made or its effect starts later — and the reduction would lower the payment."""
    if decision.get("ydelse") != "kontanthjaelp":
        return []
    out = []
    for m in decision.get("maaneder", []):
        for p in m["personer"]:
            r = p.get("reduktion")
            if r and not r["anvendt"] and Decimal(r["beloeb"]) > 0 and Decimal(p["hjaelp"]["beloeb"]) > 0 \
                    and Decimal(m["udbetalt"]["beloeb"]) > 0:
                out.append((m["maaned"], p["rolle"]))
    return out


def _reduces_without_afgoerelse(case: dict, decision: dict) -> bool:
    return bool(_early_reductions(decision))


def _reduce_early(decision: dict) -> None:
    for maaned, rolle in _early_reductions(decision):
        month, person = _month_person(decision, maaned, rolle)
        person["reduktion"]["anvendt"] = True
        _lower(month, person, Decimal(person["reduktion"]["beloeb"]))
    _ky_retotal(decision)


# KSD-demo's table of the § 31 hourly disregard lags one year: each year it uses the previous year's rate.
LAST_YEARS_HOURLY_RATE = {"2022": Decimal("28.40"), "2023": Decimal("28.66"), "2024": Decimal("29.22"),
                          "2025": Decimal("30.15")}


def _hourly_fradrag_changes(decision: dict) -> list[tuple[str, str, Decimal]]:
    """(month, rolle, extra fradrag) where last year's lower hourly rate would deduct more (months before
    1 July 2025 with hours worked)."""
    if decision.get("ydelse") != "kontanthjaelp":
        return []
    steps = {s["id"]: s for s in decision.get("begrundelse", [])}
    out = []
    for m in decision.get("maaneder", []):
        old_rate = LAST_YEARS_HOURLY_RATE.get(m["maaned"][:4])
        if m["lov"] != "foer_2025_07" or old_rate is None:
            continue
        for p in m["personer"]:
            for post in p["fradrag"]:
                step = steps.get(post["trin"], {})
                if post["art"] != "arbejdsindtaegt" or "timer_medregnet" not in step.get("resultat", {}):
                    continue
                timer = Decimal(step["resultat"]["timer_medregnet"])
                indtaegt = Decimal(step["input"]["arbejdsindtaegt"])
                wrong = max(Decimal("0"), indtaegt - (timer * old_rate).quantize(ORE, ROUND_HALF_UP))
                extra = wrong - Decimal(post["beloeb"])
                if extra > 0 and Decimal(p["hjaelp"]["beloeb"]) > 0 and Decimal(m["udbetalt"]["beloeb"]) > 0:
                    out.append((m["maaned"], p["rolle"], extra))
    return out


def _uses_last_years_rate(case: dict, decision: dict) -> bool:
    return bool(_hourly_fradrag_changes(decision))


def _last_years_hourly_rate(decision: dict) -> None:
    for maaned, rolle, extra in _hourly_fradrag_changes(decision):
        month, person = _month_person(decision, maaned, rolle)
        post = next(f for f in person["fradrag"] if f["art"] == "arbejdsindtaegt")
        post["beloeb"] = _money(Decimal(post["beloeb"]) + extra)
        _lower(month, person, extra)
    _ky_retotal(decision)


def _spouse_income_passed_on(decision: dict) -> list[tuple[str, str]]:
    """(month, rolle) where a spouse's income beyond their own hjælp reduces this person's hjælp."""
    if decision.get("ydelse") != "kontanthjaelp":
        return []
    return [(m["maaned"], p["rolle"]) for m in decision.get("maaneder", []) for p in m["personer"]
            if any(f["art"] == "aegtefaelles_indtaegt" and Decimal(f["beloeb"]) > 0 for f in p["fradrag"])]


def _spouse_with_income(case: dict, decision: dict) -> bool:
    return bool(_spouse_income_passed_on(decision))


def _ignore_spouse_income(decision: dict) -> None:
    for maaned, rolle in _spouse_income_passed_on(decision):
        month, person = _month_person(decision, maaned, rolle)
        post = next(f for f in person["fradrag"] if f["art"] == "aegtefaelles_indtaegt")
        person["fradrag"].remove(post)
        amount = Decimal(post["beloeb"])
        person["hjaelp"]["beloeb"] = _money(Decimal(person["hjaelp"]["beloeb"]) + amount)
        month["udbetalt"]["beloeb"] = _money(Decimal(month["udbetalt"]["beloeb"]) + amount)
    _ky_retotal(decision)


# --- an input defect: what KSD-demo accepts that it should refuse -----------------------------------------

# The hour fields of a sygedagpenge case (the contract's non-negative decimals).
HOUR_FIELDS = (("ansaettelse", "ugentlig_arbejdstid"), ("ansaettelse", "overenskomstmaessig_ugentlig_arbejdstid"),
               ("ansaettelse", "timer_seneste_8_uger", "*", "timer"), ("beskaeftigelse_seneste_6_maaneder", "*", "timer"),
               ("fravaer", "delvis", "fravaerstimer_pr_uge"))


def _hour_values(case: dict) -> list[tuple[dict, str]]:
    """(container, key) of every hour field of a sygedagpenge case."""
    if not isinstance(case, dict) or case.get("ydelse") != "sygedagpenge":
        return []
    found: list[tuple[dict, str]] = []
    for path in HOUR_FIELDS:
        nodes: list = [case]
        for part in path[:-1]:
            nodes = [x for n in nodes for x in (n if part == "*" and isinstance(n, list) else
                                               [n.get(part)] if isinstance(n, dict) else [])]
        found += [(n, path[-1]) for n in nodes if isinstance(n, dict) and path[-1] in n]
    return found


def _negative_hours(case: dict, decision: dict | None = None) -> bool:
    return any(isinstance(n[k], str) and n[k].startswith("-") for n, k in _hour_values(case))


def _hours_without_sign(case: dict) -> dict:
    """How KSD-demo's input form reads hours: the minus sign is dropped, so -37 hours count as 37."""
    case = copy.deepcopy(case)
    for n, k in _hour_values(case):
        if isinstance(n[k], str) and n[k].startswith("-"):
            n[k] = n[k].lstrip("-")
    return case


def _no_change(decision: dict) -> None:
    return None


# --- issue 16: a change within the month, and the handoff from sygedagpenge ----------------------------------

def _aendringer_fra_den_1(case: dict) -> dict:
    """The case as KSD-demo reads it: every change in the household (forhold, bopæl, a child moving out) counts
    from the 1st of the month it happens in, not from the month after (FT-KH-AENDRING)."""
    c = copy.deepcopy(case)
    h = c.get("husstand") or {}
    for a in h.get("aendringer", []):
        a["dato"] = a["dato"][:8] + "01"
    for b in h.get("boern", []):
        if b.get("fraflyttet"):
            b["fraflyttet"] = b["fraflyttet"][:8] + "01"
    return c


def _kerne_kh(decision: dict) -> list:
    return [(m["maaned"], m["udbetalt"]["beloeb"], sorted((p["rolle"], p["hjaelp"]["beloeb"]) for p in m["personer"]))
            for m in decision.get("maaneder", [])]


def _change_mid_month(case: dict, decision: dict) -> bool:
    """A kontanthjælp case with a change after the 1st of one of its months that changes what is paid."""
    if decision.get("ydelse") != "kontanthjaelp":
        return False
    tidlig = _aendringer_fra_den_1(case)
    return tidlig != case and _kerne_kh(_reference(tidlig)) != _kerne_kh(decision)


def _handoff_at_month_end(case: dict, decision: dict) -> bool:
    """Ressourceforløbsydelse where the sygedagpenge end with a month, so the new ydelse should start on the 1st."""
    o = decision.get("overgang") or {}
    return decision.get("ydelse") == "ressourceforloebsydelse" and o.get("udbetales_fra", "").endswith("-01") \
        and any(m["fra"] == o["udbetales_fra"] and m["dage"] > 0 for m in decision.get("maaneder", []))


def _starts_a_day_late(decision: dict) -> None:
    """KSD-demo starts the ressourceforløbsydelse on the day after jobafklaring_fra: the 1st goes unpaid."""
    o = decision["overgang"]
    start = dt.date.fromisoformat(o["udbetales_fra"])
    o["udbetales_fra"] = (start + dt.timedelta(days=1)).isoformat()
    o["dage_uden_ydelse"] = 1
    for m in decision["maaneder"]:
        if m["fra"] != start.isoformat():
            continue
        d0 = dt.date.fromisoformat(m["maaned"] + "-01")
        i_maaneden = ((d0.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - d0).days
        m["fra"] = o["udbetales_fra"]
        m["dage"] -= 1
        grund = Decimal(m["sats"]["beloeb"]) * m["dage"] / i_maaneden
        m["grundbeloeb"]["beloeb"] = _money(grund)
        fradrag = sum((Decimal(p["beloeb"]) for p in m["fradrag"]), Decimal("0"))
        m["udbetalt"]["beloeb"] = _kr(Decimal(m["grundbeloeb"]["beloeb"]) - fradrag)
    total = sum((Decimal(m["udbetalt"]["beloeb"]) for m in decision["maaneder"]), Decimal("0"))
    decision["i_alt"]["udbetalt"]["beloeb"] = _money(total)


@dataclass(frozen=True)
class Defect:
    id: str
    klasse: str                                   # the failure class the bench must report
    beskrivelse: str
    applies: Callable[[dict, dict], bool]         # (case, correct decision) -> does the defect hit this case
    apply: Callable[[dict], None]                 # corrupts the decision in place
    ydelse: str = "sygedagpenge"                  # the benefit whose decisions it corrupts
    omskriv: Callable[[dict], dict] | None = None  # or: the case as the release misreads it, computed instead
    rod: str = ""                                 # the § of the root rule the bench must report the defect at
    reads: Callable[[dict], dict] | None = None   # an input defect: how it reads a case it should refuse (no correct
                                                  # decision exists: the reference refuses the case)
    foelger: tuple[tuple[str, str], ...] = ()     # follow-on errors (class, § of their root) the same fault causes
                                                  # later in some of the cases it hits, reported as defects of their own


DEFECTS = (
    Defect("DEMO-1", "forkert_beloeb", "Løn over loftet: bruger sidste års loft (70 kr. lavere pr. uge).",
           _over_cap, _last_years_cap,
           rod="sygedagpengeloven § 50"),
    Defect("DEMO-2", "forkert_dato", "Lønmodtagere: kommunen begynder at betale én dag for sent.",
           _employee_with_kommune_start, _one_day_late,
           rod="sygedagpengeloven § 30, stk. 1, jf. § 31"),
    Defect("DEMO-3", "manglende_udbetaling", "Ledige: ret til sygedagpenge, men intet udbetales.",
           _unemployed_paid, _pays_nothing,
           rod="sygedagpengeloven §§ 50-51"),
    Defect("DEMO-4", "manglende_begrundelse", "Selvstændige: afgørelsen sendes uden begrundelse.",
           _self_employed, _drop_explanation,
           rod="forvaltningsloven §§ 22 og 24"),
    Defect("DEMO-5", "forkert_beloeb", "Søgnehelligdage på hverdage betales som andre hverdage (reglen før 2.7.2012).",
           _holiday_unpaid, _pays_holidays,
           rod="sygedagpengeloven § 50"),
    Defect("DEMO-6", "forkert_dato", "Jobafklaringsforløbet dateres fra sidste dag med sygedagpenge i stedet for dagen "
           "efter (§ 24, stk. 2).", _handoff_stated, _handoff_on_last_day,
           rod="sygedagpengeloven § 24, stk. 2"),
    Defect("KY-1", "forkert_afgoerelse_om_ret", "225-timersreglen: nedsætter fra måneden efter, at timerne "
           "manglede, uden at vente på en afgørelse med begrundelse.", _reduces_without_afgoerelse, _reduce_early,
           "kontanthjaelp",
           rod="forvaltningsloven §§ 19, 22 og 24"),
    Defect("KY-2", "forkert_beloeb", "Fradrag for arbejdsindtægt før 1.7.2025: bruger sidste års beløb pr. "
           "arbejdstime.", _uses_last_years_rate, _last_years_hourly_rate, "kontanthjaelp",
           rod="aktivloven § 31"),
    Defect("KY-3", "forkert_beloeb", "Ægtepar: ægtefællens indtægt ud over egen hjælp trækkes ikke i ansøgerens "
           "hjælp.", _spouse_with_income, _ignore_spouse_income, "kontanthjaelp",
           rod="aktivloven § 2"),
    Defect("DEMO-7", "accepteret_ugyldigt_input", "Negative timer: minustegnet ignoreres, så -37 timer regnes som 37, "
           "og sagen afgøres i stedet for at blive afvist.", _negative_hours, _no_change, reads=_hours_without_sign),
    Defect("KY-4", "manglende_udbetaling", "Ressourceforløbsydelse efter sygedagpenge: begynder dagen efter "
           "jobafklaringsforløbets første dag, så den 1. i måneden er uden ydelse.", _handoff_at_month_end,
           _starts_a_day_late, "ressourceforloebsydelse",
           rod="aktivloven § 69 j"),
    Defect("KY-5", "forkert_beloeb", "Ændringer i husstanden midt i måneden (ægteskab, samlivsophør, flytning, et barn "
           "der flytter) regnes fra den 1. i samme måned i stedet for måneden efter.", _change_mid_month,
           lambda decision: None, "kontanthjaelp", _aendringer_fra_den_1,
           rod="aktivloven § 2 og § 25",
           # a spouse counted from the 1st of the month of the marriage has one more month on help, which § 13 f's
           # 225-hour count reads the month after (KH-002-300)
           foelger=(("forkert_afgoerelse_om_ret", "aktivloven § 13 f"),)),
)


def defects_hitting(case: dict, correct: dict) -> list[Defect]:
    return [d for d in DEFECTS if d.applies(case, correct)]


def make_calculate(base: Callable[[dict], dict], fixed: frozenset[str] = frozenset()) -> Callable[[dict], dict]:
    """The demo on `base`; `fixed` names defects a later release has fixed (another version, for release against
    release)."""
    def calculate(case: dict) -> dict:
        for d in DEFECTS:
            if d.reads is not None and d.applies(case, {}):
                case = d.reads(case)
        try:
            correct = base(case)
        except Exception as exc:
            if type(exc).__name__ == "OutOfScope":
                return {"skipped": True, "reason": str(exc)}
            raise
        hitting = [d for d in defects_hitting(case, correct) if d.id not in fixed]
        omskriv = [d.omskriv for d in hitting if d.omskriv is not None]
        decision = copy.deepcopy(correct) if not omskriv else base(omskriv[0](case))
        for defect in hitting:
            defect.apply(decision)
        return decision
    return calculate


def _reference(case: dict) -> dict:
    from harness.reference import calculate as reference_calculate
    return reference_calculate(case)


calculate = make_calculate(_reference)
