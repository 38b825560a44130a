"""Reviewed equivalence by construction: a benefit's `aekvivalens.yaml`.

The bulk sample shows a surviving mutant equivalent only where the sample reaches what the mutant changed. Some
changes no case in the reference's scope can reach at all (a value only a switched-off interpretation reads, a guard
the data never trips, a start date the weekly rhythm rounds to the same Monday): the sample cannot show them, and
counting them as surviving defects would ask for scenarios that cannot exist. Such a mutant may be counted as
equivalent only through a claim in the benefit's register, written and reviewed by a person, with its argument.

A claim is never taken on trust; it is held against everything the run saw, and it is applied only when nothing
contradicts it:
- the mutant must exist in the catalogue (a claim for an id the code no longer produces is stale: the code changed,
  review it again);
- no scenario and no fuzz round may tell the mutant apart (then the claim is false);
- the bulk sample may not find a witness (false again); when the sample reaches the change and finds none, the
  sample's own evidence stands and the claim is not needed;
- every `analoge` (mutants of the same kind elsewhere, named as corroboration) must be shown equivalent by the
  sample in the same run.
What was applied and what was refused are both reported; the score counts applied claims as equivalent, the report
shows them apart from the sample's equivalents. The register is part of the reference digest the stored strength
is tied to (harness/golden/strength.py), so an edited register makes the stored figures stale.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from harness.config_files import load_model

FILE = "aekvivalens.yaml"
VIA_REGISTER = "register"        # Outcome.stadie of a mutant counted equivalent by an applied claim

Grund = Literal["uden_for_omraade", "ulaest", "uden_virkning"]
GRUNDE: dict[str, str] = {
    "uden_for_omraade": "ændrer kun sager, referencen erklærer uden for sit område",
    "ulaest": "ingen vej gennem referencen læser den ændrede kode eller værdi",
    "uden_virkning": "læses, men kan ikke ændre nogen afgørelse",
}


class Paastand(BaseModel):
    """One claim: these mutants change no decision of any case in the reference's scope, because …"""
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^AEK-[A-Z0-9]+(-[A-Z0-9]+)+$")
    mutanter: list[str] = Field(min_length=1)
    grund: Grund
    begrundelse: str = Field(min_length=80)
    analoge: list[str] = Field(default_factory=list)
    vurderet_af: str = Field(min_length=2)
    vurderet: dt.date


class Register(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    paastande: list[Paastand] = Field(default_factory=list)


def path_of(folder: Path) -> Path:
    return Path(folder) / FILE


def load(folder: Path) -> Register:
    """The benefit's register (empty when it has none); ConfigError naming the line and field when it is malformed,
    or when a mutant is claimed twice."""
    from harness.config_files import ConfigError
    p = path_of(folder)
    if not p.exists():
        return Register()
    reg = load_model(p, Register)
    seen: dict[str, str] = {}
    problems = []
    for c in reg.paastande:
        for mid in c.mutanter:
            if mid in seen:
                problems.append(f"{c.id}: mutant {mid} is claimed already by {seen[mid]}; each mutant once")
            seen[mid] = c.id
    ids = [c.id for c in reg.paastande]
    problems += [f"claim id {i} appears more than once" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if problems:
        raise ConfigError(p, problems)
    return reg


@dataclass
class Verdict:
    """What became of the register's claims in one measurement."""
    anvendt: dict[str, str] = field(default_factory=dict)          # mutant id -> claim id (counted equivalent)
    bekraeftet: dict[str, str] = field(default_factory=dict)       # mutant id -> claim id (the sample showed it)
    afvist: list[dict] = field(default_factory=list)               # {"paastand", "mutant", "grund"}

    def to_dict(self) -> dict:
        return {"anvendt": len(self.anvendt), "bekraeftet_af_stikproeven": len(self.bekraeftet),
                "afvist": self.afvist}


def apply(reg: Register, known: set[str], selected: dict[str, str], outcomes: dict) -> Verdict:
    """Hold each claim against the measured outcomes and count a mutant equivalent where nothing contradicts it.
    known: every mutant id of the whole catalogue; selected: the measured mutant ids -> the id whose outcome they
    share (a twin's); outcomes: engine.Outcome by id (changed in place for applied claims)."""
    from .engine import AEKVIVALENT, DRAEBT_FUZZ, DRAEBT_SCENARIER, OVERLEVER
    v = Verdict()

    def refuse(c: Paastand, mid: str, why: str) -> None:
        v.afvist.append({"paastand": c.id, "mutant": mid, "grund": why})

    for c in reg.paastande:
        for mid in c.mutanter:
            if mid not in known:
                refuse(c, mid, "mutanten findes ikke i kataloget: koden eller data er ændret siden påstanden blev "
                               "skrevet; gennemgå den igen")
                continue
            if mid not in selected:
                continue                     # not part of this (partial) measurement
            o = outcomes[selected[mid]]
            if o.status in (DRAEBT_SCENARIER, DRAEBT_FUZZ):
                by = ", ".join(o.scenarier[:5]) if o.status == DRAEBT_SCENARIER else "fuzz"
                refuse(c, mid, f"påstanden er forkert: mutanten fanges ({by})")
            elif o.status == AEKVIVALENT:
                v.bekraeftet[mid] = c.id     # the sample (or the catalogue) shows it already
            elif o.status != OVERLEVER:
                refuse(c, mid, f"mutanten kunne ikke vurderes ({o.status}): {o.besked[:200]}")
            elif o.bulk is None:
                refuse(c, mid, "målingen havde ingen stikprøve: påstanden er ikke prøvet")
            elif o.timeout or o.bulk.get("forskelle"):
                refuse(c, mid, "påstanden er forkert: stikprøven fandt sager, hvor mutanten afgør anderledes"
                       if not o.timeout else "stikprøven nåede ikke at blive færdig: påstanden er ikke prøvet")
            elif o.bulk.get("naaet", True) and o.bulk.get("sammenlignet"):
                refuse(c, mid, "stikprøven når ændringen uden at vise ækvivalens")
            else:
                missing = [a for a in c.analoge if a not in selected]
                weak = [a for a in c.analoge if a in selected and not (
                    outcomes[selected[a]].status == AEKVIVALENT and outcomes[selected[a]].stadie == "bulk")]
                if missing or weak:
                    refuse(c, mid, "de analoge mutanter er ikke vist ækvivalente af stikprøven i denne måling: "
                           + ", ".join(missing + weak))
                    continue
                o.status, o.stadie, o.paastand = AEKVIVALENT, VIA_REGISTER, c.id
                o.besked = f"{c.id} ({GRUNDE[c.grund]}; vurderet af {c.vurderet_af}, {c.vurderet}): {c.begrundelse}"
                v.anvendt[mid] = c.id
    return v
