"""The toy benefit's generators: one builder for Hypothesis and for seeded bulk cases (harness/toolkit/valg.py)."""
from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import strategies as st

from harness.contract.ydelse import Property
from harness.toolkit.valg import Hyp, Rand

from . import grammar


def build(ch, sags_id: str = "FUZZ-1") -> dict:
    start = ch.int(2020 * 12, 2030 * 12 - 3)
    months = []
    for i in range(ch.int(1, 3)):
        y, m = divmod(start + i, 12)
        months.append({"maaned": f"{y:04d}-{m + 1:02d}", "indtaegt": f"{ch.edge((0, 1999, 2000, 2001), 0, 4000)}.00"})
    return {"schema_version": "1.0", "ydelse": "proeveydelse", "sags_id": sags_id, "maaneder": months}


def strategy(stratum=None) -> st.SearchStrategy:
    return st.composite(lambda draw: build(Hyp(draw)))()


def bulk_case(n: int, seed: int = 0) -> dict:
    return build(Rand(random.Random(f"{seed}:{n}")), sags_id=f"BULK-{seed}-{n}")


def _never_negative(decide, case: dict, d: dict):
    bad = [m["maaned"] for m in d["maaneder"] if Decimal(m["beloeb"]) < 0]
    return f"negativt beløb i {', '.join(bad)}" if bad else None


PROPERTIES = (Property("aldrig_negativ", "forkert_beloeb", "Beløbet er aldrig negativt.", _never_negative),)
OMRAADE_FOR_PARAGRAF = {2: "maanedsbeloeb"}


def given_steps(case: dict) -> list:
    """The Givet-steps that rebuild `case`, rendered by the grammar's step table (a sentence exists once)."""
    return [(grammar.tekst(grammar._indtaegt, beloeb=m["indtaegt"], maaned=m["maaned"]), None) for m in case["maaneder"]]


def then_steps(decision: dict, felter: list) -> list:
    return [grammar.tekst(grammar._udbetalt, beloeb=m["beloeb"], maaned=m["maaned"]) for m in decision["maaneder"]]


def paragraf(hjemmel: str):
    return 2 if "§ 2" in hjemmel else None
