"""Typed golden files: one approved expected decision per scenario (`golden/<ydelse>/<ID>.json`), and the
manifest that guards them (`golden/MANIFEST.json`: path -> sha256). Written by the golden workflow
(harness/authoring/golden.py), read by the golden store (harness/golden/store.py)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .config import Severity

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class GoldenModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Provenance(GoldenModel):
    """Where the expected decision comes from. Its Så-steps are computed by hand from the statute (haandberegnet)
    or taken from an official example; fields the steps do not name are the reference's."""
    kilde: Literal["reference", "haandberegnet", "officielt_eksempel"]
    reference_version: str | None = None
    parametre_sha256: Sha256 | None = Field(None, description="The parameter fingerprint at approval.")
    note: str = ""


class Approval(GoldenModel):
    by: str
    at: Annotated[str, Field(json_schema_extra={"format": "date-time"})]
    reason: str = Field(description="Which rule, which source.")


class GoldenFile(GoldenModel):
    """One approved scenario: its case and expected decision, what it tests (§, legal area, severity) and who
    approved it on what grounds. `approval` is null in a proposal (`<ID>.pending.json`) not yet approved."""
    model_config = ConfigDict(title="Golden file (golden/<ydelse>/<ID>.json), version 1.0")
    golden_version: Literal["1.0"]
    id: str
    ydelse: str
    titel: str = ""
    feature: str = Field("", description="The feature file the scenario is written in.")
    omraade: str = Field(description="The legal area (one feature file per area).")
    hjemmel: list[str] = Field(default_factory=list)
    alvor: Severity = Field(description="A: the citizen is paid wrongly or not at all; B: wrong date, deadline or "
                                        "refusion; C: explanation or form.")
    obligatorisk: bool = True
    tags: list[str] = Field(default_factory=list)
    case: dict[str, Any] = Field(description="A case valid against the benefit's case schema.")
    decision: dict[str, Any] = Field(description="The approved decision, valid against the decision schema.")
    provenance: Provenance | None = None
    approval: Approval | None = None


class Manifest(GoldenModel):
    model_config = ConfigDict(title="Golden manifest (golden/MANIFEST.json), version 1.0")
    manifest_version: Literal["1.0"]
    files: dict[str, Sha256] = Field(description="Each golden file's path relative to golden/ -> its sha256.")
