"""Sygedagpenge's plausibility beyond what its ydelse.yaml states as data (harness/contract/plausibilitet.py): rules
that need the calendar or a list's neighbours, as the reference reads them (reference/sag.py). Used to keep
generated "valid" cases plausible (the Schemathesis hook) and to judge a seed."""
from __future__ import annotations

import contextlib

from pydantic import ValidationError

from harness.toolkit.errors import OutOfScope
from harness.toolkit.kalender import fravaersdag
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase


def problems(case: object) -> list[tuple[str, str]]:
    try:
        sag = SygedagpengeCase.model_validate(case)
    except ValidationError:
        return []                     # not a case by the schema: the schema's business, not plausibility's
    out = []
    f = sag.fravaer
    F, L = f.foerste_fravaersdag, f.sidste_fravaersdag
    slut = None
    for i, fe in enumerate(f.ferie):  # holidays in order, not overlapping
        if slut is not None and fe["fra"] <= slut:
            out.append((f"fravaer/ferie/{i}/fra", "expected a date after the holiday before ends"))
        slut = fe["til"]
    hel = fravaersdag(F, 2) if f.foerste_dag_delvis else F     # the first whole fraværsdag (Ankestyrelsen 10-21)
    jobs = [("ansaettelse", sag.ansaettelse)] + [(f"andre_ansaettelser/{i}", a) for i, a in enumerate(sag.andre_ansaettelser)]
    for where, a in jobs:
        if a is not None and a.sidste_ansaettelsesdag is not None and a.sidste_ansaettelsesdag < (hel if hel <= L else F):
            out.append((f"{where}/sidste_ansaettelsesdag", "expected a date on or after the first whole fraværsdag"))
    a = sag.ansaettelse
    if a is not None and a.loen_maaneder is not None:   # § 47's reported months, as the reference checks them
        from harness.ydelser.sygedagpenge.reference.sag import _loen_maaneder  # the reference's own check
        with contextlib.suppress(OutOfScope):   # a day before the law the reference knows: not plausibility's business
            out += _loen_maaneder(a.loen_maaneder, F, a.ansat_fra)
    return out
