"""Schemathesis hooks for testing an endpoint against the contract (README: "Testing an endpoint against the
contract"): `SCHEMATHESIS_HOOKS=harness.contract.schemathesis_hooks st run …`.

A case can be valid by its JSON Schema and still break a rule the schema cannot state (an absence that ends
before it starts, a month listed twice: plausibilitet.py). A system rightly refuses such a case with 422, which
Schemathesis' positive-data check would call a defect. This hook keeps the generated bodies inside the benefit's
declared rules, so that check stays sharp (it still fails on a 422 for a plausible case) rather than being told
to accept 422 everywhere. Bodies that break the schema are left alone: Schemathesis' negative-data check needs
them. Loaded by Schemathesis only; nothing in the harness imports it.
"""
from __future__ import annotations

from typing import Any

import schemathesis

from harness.contract.schemas import benefits, validator
from harness.contract.ydelse import find


def plausible_or_invalid(body: object) -> bool:
    """False for a body that is a schema-valid case of an installed benefit but breaks one of its declared rules."""
    if not isinstance(body, dict) or body.get("ydelse") not in benefits():
        return True
    navn = str(body["ydelse"])
    if not validator(navn, "case").is_valid(body):
        return True
    return not find(navn).plausibility_problems(body)


@schemathesis.hook
def filter_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> bool:
    """Every phase's cases pass here (the coverage phase builds its bodies without strategies)."""
    return plausible_or_invalid(case.body)
