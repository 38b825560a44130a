"""A small stand-in calculator that produces schema-valid sygedagpenge decisions from a case.

It is NOT the law: it exists so the run machinery (adapters, comparison, gate, reports) can be tested on
its own, with goldens written to tmp dirs. Rules: employer pays the first 30 days (lønmodtager), the kommune
from day 31; weekly amount = min(timefortjeneste × hours, 5085.00); a day is a fifth of that; a Danish public
holiday on a weekday is not paid (as § 53 a in the reference); payment ends with the month in which 22 weeks from the
first day have passed, and a jobafklaringsforløb follows from the 1st after (§ 24 in outline, without its counting).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import holidays

CAP = Decimal("5085.00")
KNOWN_LAW_UNTIL = "2028-12-31"
HOLIDAYS = holidays.DK(years=range(2020, 2028))
ORE = Decimal("0.01")

METADATA = {"system": "fake-reference", "version": "0.0.1", "ydelser": ["sygedagpenge"]}


def _money(x: Decimal) -> str:
    return f"{x.quantize(ORE, ROUND_HALF_UP):f}"


def _step(n: int, regel: str, hjemmel: str, resultat: dict) -> dict:
    return {"id": f"T{n:02d}", "regel": regel, "hjemmel": hjemmel, "input": {}, "parametre": [],
            "fortolkninger": [], "resultat": resultat}


def refuse_invalid(case: object) -> None:
    """What any candidate must do first: refuse a case its contract or the law's plausibility rules out (the
    run's negative stage checks it). ValueError naming the fields."""
    from harness.contract.plausibilitet import problems
    from harness.contract.schemas import errors
    from harness.contract.ydelse import find
    found = errors("sygedagpenge", "case", case) or [f"{f}: {m}" for f, m in problems(find("sygedagpenge").plausibilitet, case)]
    if found:
        raise ValueError("invalid case: " + "; ".join(found[:5]))
    first = case["fravaer"]["foerste_fravaersdag"]           # valid by now
    if first > KNOWN_LAW_UNTIL:                              # nobody knows the rates of years not yet regulated
        raise ValueError(f"fravaer.foerste_fravaersdag {first}: after the law this system knows ({KNOWN_LAW_UNTIL})")


def warm_up() -> None:
    from harness.contract.schemas import validator
    validator("sygedagpenge", "case")


def calculate(case: dict) -> dict:
    refuse_invalid(case)
    f = case["fravaer"]
    first = dt.date.fromisoformat(f["foerste_fravaersdag"])
    last = dt.date.fromisoformat(f["sidste_fravaersdag"])
    status = case["status"]
    employer = status in ("loenmodtager", "fleksjob", "elev")
    if status == "ledig":
        kommune_from = first + dt.timedelta(days=14)
        week = Decimal(case["ledig"]["dagpengesats_pr_dag"]) * 5
    elif status == "selvstaendig":
        kommune_from = first + dt.timedelta(days=14)
        week = Decimal(case["selvstaendig"]["beregningsgrundlag_pr_uge"])
    else:
        kommune_from = first + dt.timedelta(days=30)
        a = case["ansaettelse"]
        week = Decimal(a["timefortjeneste"]) * Decimal(a["ugentlig_arbejdstid"])
    capped = week > CAP
    week = min(week, CAP).quantize(ORE, ROUND_HALF_UP)
    rt = first + dt.timedelta(days=154)
    stop = dt.date(rt.year + (rt.month == 12), rt.month % 12 + 1, 1) - dt.timedelta(days=1)
    ends = last > stop
    last = stop if ends else last
    payments, total, day = [], Decimal("0"), kommune_from
    while day <= last:
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        end = min(sunday, last)
        days = sum(1 for i in range((end - day).days + 1) if (day + dt.timedelta(days=i)).weekday() < 5
                   and (day + dt.timedelta(days=i)) not in HOLIDAYS)
        amount = (week * days / 5).quantize(ORE, ROUND_HALF_UP)
        iso = day.isocalendar()
        payments.append({"uge": f"{iso[0]}-W{iso[1]:02d}", "fra": day.isoformat(), "til": end.isoformat(),
                         "dage": days, "timer": "0", "beloeb": _money(amount), "trin": "T04"})
        total += amount
        day = sunday + dt.timedelta(days=1)
    pays = kommune_from <= last
    return {
        "schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": case["sags_id"],
        "ret_arbejdsgiver": {"ret": employer, "aarsager": ["ANSAT"] if employer else ["IKKE_ANSAT"], "trin": "T01"},
        "arbejdsgiverperiode": ({"fra": first.isoformat(), "til": min(last, first + dt.timedelta(days=29)).isoformat(),
                                 "trin": "T01"} if employer else None),
        "ret_kommune": {"ret": True, "aarsager": ["BESKAEFTIGELSESKRAV_OPFYLDT"], "trin": "T02"},
        "kommune_betaler_fra": {"dato": kommune_from.isoformat(), "trin": "T02"} if pays else None,
        "satsperioder": [{"fra": kommune_from.isoformat(), "til": last.isoformat(), "loft_pr_uge": _money(CAP),
                          "loft_pr_time": "137.4324", "timesats": "0", "ugebeloeb": _money(week),
                          "loft_anvendt": capped, "trin": "T03"}] if pays else [],
        "udbetalinger": payments,
        "udbetalt_i_alt": {"beloeb": _money(total), "trin": "T05"},
        "refusion": [],
        "refusion_i_alt": {"beloeb": "0.00", "trin": "T05"},
        "andre_ansaettelser": [],
        "varighed": {"revurderingstidspunkt": rt.isoformat() if ends else None, "forlaengelse": None,
                     "sidste_betalingsdag": last.isoformat(),
                     "ophoersaarsag": "VARIGHEDSBEGRAENSNING" if ends else "FRAVAER_SLUT",
                     "jobafklaring_fra": {"dato": (stop + dt.timedelta(days=1)).isoformat(), "trin": "T02"} if ends
                     else None, "trin": "T02"},
        "frister": [],
        "begrundelse": [
            _step(1, "SDP-AGP", "sygedagpengeloven § 30, stk. 1", {"ret": employer}),
            _step(2, "SDP-RET-KOMMUNE", "sygedagpengeloven § 32, stk. 1", {"kommune_betaler_fra": kommune_from.isoformat()}),
            _step(3, "SDP-SATS", "sygedagpengeloven § 50, stk. 1", {"ugebeloeb": _money(week)}),
            _step(4, "SDP-UDBETALING", "sygedagpengeloven § 52", {}),
            _step(5, "SDP-SUM", "sygedagpengeloven § 52", {"i_alt": _money(total)}),
        ],
    }
