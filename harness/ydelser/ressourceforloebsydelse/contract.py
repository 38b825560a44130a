"""Typed models of the ressourceforløbsydelse case and decision; they mirror schemas/*.schema.json.

The case carries the handoff from the sygedagpenge decision (its last payment day and the first day of the
jobafklaringsforløb, `varighed.jobafklaring_fra`), so this benefit never imports sygedagpenge: benefits are
independent (the import contract in pyproject.toml).
"""
from typing import Literal

from pydantic import BaseModel, Field

from harness.contract.common import Post, Sum, Trin
from harness.contract.fields import STRICT, Aarsag, Beloeb, Cpr, Dato, Maaned, SagsId, TrinRef

# --- case ---------------------------------------------------------------------------------------------

class Barn(BaseModel):
    model_config = STRICT
    foedselsdato: Dato


class Person(BaseModel):
    model_config = STRICT
    navn: str | None = None
    cpr: Cpr | None = None
    foedselsdato: Dato
    hjemmeboende: bool = False
    boern: list[Barn] = Field(default_factory=list)
    formue: Beloeb | None = None


class Overgang(BaseModel):
    """The handoff from the sygedagpenge decision: its last day with sygedagpenge (`varighed.sidste_betalingsdag`)
    and the first day of the jobafklaringsforløb (`varighed.jobafklaring_fra`, the day after)."""
    model_config = STRICT
    fra_ydelse: Literal["sygedagpenge"]
    sidste_dag_med_sygedagpenge: Dato
    jobafklaring_fra: Dato | None = None


class Forloeb(BaseModel):
    model_config = STRICT
    til: Dato | None = None


class MaanedInput(BaseModel):
    model_config = STRICT
    maaned: Maaned
    loen: Beloeb | None = None
    loen_fra_ansaettelse_ved_start: Beloeb | None = None
    feriegodtgoerelse: Beloeb | None = None
    anden_indtaegt: Beloeb | None = None
    aegtefaelles_indtaegt: Beloeb | None = None


class RessourceforloebsydelseCase(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["ressourceforloebsydelse"]
    sags_id: SagsId
    person: Person
    overgang: Overgang
    forloeb: Forloeb = Field(default_factory=Forloeb)
    maaneder: list[MaanedInput] = Field(min_length=1)


# --- decision -----------------------------------------------------------------------------------------

class OvergangResultat(BaseModel):
    model_config = STRICT
    sidste_dag_med_sygedagpenge: Dato
    udbetales_fra: Dato
    dage_uden_ydelse: int = Field(ge=0)
    trin: TrinRef


class Sats(BaseModel):
    model_config = STRICT
    kategori: Literal["forsoerger", "ikke_forsoerger", "u25_hjemmeboende"]
    beloeb: Beloeb
    trin: TrinRef


class MaanedResultat(BaseModel):
    model_config = STRICT
    maaned: Maaned
    fra: Dato
    til: Dato
    dage: int = Field(ge=0, le=31)
    sats: Sats
    grundbeloeb: Sum
    fradrag: list[Post]
    udbetalt: Sum
    aarsager: list[Aarsag]


class IAlt(BaseModel):
    model_config = STRICT
    udbetalt: Sum


class RessourceforloebsydelseDecision(BaseModel):
    model_config = STRICT
    schema_version: Literal["1.0"]
    ydelse: Literal["ressourceforloebsydelse"]
    sags_id: str
    overgang: OvergangResultat
    maaneder: list[MaanedResultat]
    i_alt: IAlt
    begrundelse: list[Trin]
