"""Kontanthjælp's plausibility beyond what its ydelse.yaml states as data (harness/contract/plausibilitet.py): a
rule that needs the household's forhold month by month, as the reference reads it (reference/__init__.py:
validate). Used to keep generated "valid" cases plausible (the Schemathesis hook) and to judge a seed."""
from __future__ import annotations

from pydantic import ValidationError

from harness.ydelser.kontanthjaelp.contract import KontanthjaelpCase

from .reference import husstand as H


def problems(case: object) -> list[tuple[str, str]]:
    try:
        c = KontanthjaelpCase.model_validate(case)
    except ValidationError:
        return []                     # not a case by the schema: the schema's business, not plausibility's
    out = []
    for i, m in enumerate(c.maaneder):
        personer = 1 + (H.forhold(c.husstand, H.maaned_start(m.maaned)) != "enlig")
        if m.voksne_i_boligen is not None and m.voksne_i_boligen < personer:
            out.append((f"maaneder/{i}/voksne_i_boligen",
                        f"expected at least the {personer} persons of the case in the dwelling"))
    return out
