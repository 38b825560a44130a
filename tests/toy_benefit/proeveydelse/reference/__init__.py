"""The toy benefit's reference (prøveloven, made up): per month 1.000,00 kr. minus half the income, at least 0."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import CaseError
from harness.toolkit.parametre import load

LOVDATOER = ("2020-01-01", "2030-12-31")
ORE = Decimal("0.01")


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    if not isinstance(case, dict) or not isinstance(case.get("maaneder"), list) or not case["maaneder"]:
        raise CaseError([("maaneder", "expected a non-empty list of months")], case_id=None)
    P = load(str(Path(__file__).parents[1] / "parametre"))
    B = Begrundelse(aktiv=begrundelse)
    rows, total = [], Decimal(0)
    for m in case["maaneder"]:
        day = dt.date.fromisoformat(m["maaned"] + "-01")
        sats, andel = P.at("proeveydelse.sats", day), P.at("proeveydelse.nedsaettelse", day)
        beloeb = max(Decimal(0), sats.vaerdi - (Decimal(m["indtaegt"]) * andel.vaerdi).quantize(ORE, ROUND_HALF_UP))
        trin = B.add("PRV-MAANED", "prøveloven § 2", lambda m=m, b=beloeb: ({"maaned": m["maaned"], "indtaegt": m["indtaegt"]},
                                                                          {"beloeb": f"{b:.2f}"}),
                     (sats, andel), ("FT-PRV-OERE",))
        rows.append({"maaned": m["maaned"], "beloeb": f"{beloeb:.2f}", "trin": trin})
        total += beloeb
    i_alt = B.add("PRV-I-ALT", "prøveloven § 2", lambda: ({"maaneder": len(rows)}, {"beloeb": f"{total:.2f}"}))
    return {"schema_version": "1.0", "ydelse": "proeveydelse", "sags_id": case.get("sags_id", ""),
            "maaneder": rows, "i_alt": {"beloeb": f"{total:.2f}", "trin": i_alt}, "begrundelse": B.steps}
