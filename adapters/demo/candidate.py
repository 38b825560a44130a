"""KSD-demo 2.4.0: the reference calculator with deliberate, documented defects (README.md beside this file).

Each defect is keyed to properties of the case or of the correct decision — never to scenario ids — so it
shows up across whatever golden suite exists, the way a real release's bug shows up across real cases.
`make_calculate(base)` applies the defects to any base calculator; `calculate` uses the reference.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

METADATA = {"system": "KSD-demo", "version": "2.4.0", "ydelser": ["sygedagpenge"],
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


def _self_employed(case: dict, decision: dict) -> bool:
    return case.get("status") == "selvstaendig"


def _drop_explanation(decision: dict) -> None:
    decision["begrundelse"] = []


@dataclass(frozen=True)
class Defect:
    id: str
    klasse: str                                   # the failure class the bench must report
    beskrivelse: str
    applies: Callable[[dict, dict], bool]         # (case, correct decision) -> does the defect hit this case
    apply: Callable[[dict], None]                 # corrupts the decision in place


DEFECTS = (
    Defect("DEMO-1", "forkert_beloeb", "Løn over loftet: bruger sidste års loft (70 kr. lavere pr. uge).",
           _over_cap, _last_years_cap),
    Defect("DEMO-2", "forkert_dato", "Lønmodtagere: kommunen begynder at betale én dag for sent.",
           _employee_with_kommune_start, _one_day_late),
    Defect("DEMO-3", "manglende_udbetaling", "Ledige: ret til sygedagpenge, men intet udbetales.",
           _unemployed_paid, _pays_nothing),
    Defect("DEMO-4", "manglende_begrundelse", "Selvstændige: afgørelsen sendes uden begrundelse.",
           _self_employed, _drop_explanation),
)


def defects_hitting(case: dict, correct: dict) -> list[Defect]:
    return [d for d in DEFECTS if d.applies(case, correct)]


def make_calculate(base: Callable[[dict], dict]) -> Callable[[dict], dict]:
    def calculate(case: dict) -> dict:
        try:
            correct = base(case)
        except Exception as exc:  # noqa: BLE001
            if type(exc).__name__ == "OutOfScope":
                return {"skipped": True, "reason": str(exc)}
            raise
        decision = copy.deepcopy(correct)
        for defect in defects_hitting(case, correct):
            defect.apply(decision)
        return decision
    return calculate


def _reference(case: dict) -> dict:
    from harness.reference import calculate as reference_calculate
    return reference_calculate(case)


calculate = make_calculate(_reference)
