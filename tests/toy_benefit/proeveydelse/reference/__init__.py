"""The toy benefit's reference (prøveloven, made up): per month 1.000,00 kr. minus half the income, at least 0."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from harness.toolkit.begrundelse import Begrundelse
from harness.toolkit.errors import CaseError, OutOfScope
from harness.toolkit.parametre import load

LOVDATOER = ("2020-01-01", "2030-12-31")
ORE = Decimal("0.01")


def calculate(case: dict, *, begrundelse: bool = True) -> dict:
    from harness.contract.schemas import errors
    try:
        problems = errors("proeveydelse", "case", case)          # a reference refuses what its contract refuses
    except KeyError:      # imported from its folder without the registry (tests/scenarios/test_render.py): no schema
        problems = []
    if problems:
        raise CaseError([tuple(p.split(": ", 1)) for p in problems],  # type: ignore[misc]
                        case_id=case.get("sags_id") if isinstance(case, dict) else None)
    for m in case["maaneder"]:                                  # the law of another time is not guessed
        if not LOVDATOER[0][:7] <= m["maaned"] <= LOVDATOER[1][:7]:
            raise OutOfScope(f"{m['maaned']} is outside prøveloven's dates {LOVDATOER[0]} – {LOVDATOER[1]}")
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
