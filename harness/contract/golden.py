"""Typed golden files: one approved expected decision per scenario (`golden/<ydelse>/<ID>.json`), and the
manifest that guards them (`golden/MANIFEST.json`: path -> sha256). Written by the golden workflow
(harness/authoring/golden.py), read by the golden store (harness/golden/store.py). Both are signed by a trusted
approver (harness/golden/signing.py, docs/trust.md); version 1.0 is the unsigned form `golden sign` migrates, and
version 1.2 adds the signed `serial` that guards against an older signed set swapped in (harness/golden/serial.py)."""
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .config import Severity
from .validation import rule_error

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class GoldenModel(BaseModel):
    # defer_build: validators are built on first use, so a command pays only for the records it touches
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Provenance(GoldenModel):
    """Where the expected decision comes from. Its Så-steps are computed by hand from the statute (haandberegnet)
    or taken from an official example; fields the steps do not name are the reference's."""
    kilde: Literal["reference", "haandberegnet", "officielt_eksempel"]
    reference_version: str | None = None
    parametre_sha256: Sha256 | None = Field(None, description="The parameter fingerprint at approval.")
    note: str = ""


Fingerprint = Annotated[str, Field(pattern=r"^SHA256:[A-Za-z0-9+/]{43}$",
                                    description="The signing key's fingerprint as `ssh-keygen -l` prints it.")]
Signature = Annotated[str, Field(pattern=r"^[A-Za-z0-9+/]+={0,2}$",
                                 description="An SSHSIG signature (Ed25519), base64 of the binary blob.")]
Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"})]


class Approval(GoldenModel):
    """Who approved and why, and (from version 1.1) the approver's signature over the whole golden but itself."""
    by: str
    at: Timestamp
    reason: str = Field(description="Which rule, which source.")
    godkender: str | None = Field(None, description="The approver whose key signed, as the approvers file names them.")
    noegle: Fingerprint | None = None
    signeret: Timestamp | None = None
    signatur: Signature | None = Field(None, description="Over the canonical JSON of {\"format\": "
                                       "\"ydelsestjek-golden/1\", \"golden\": <this golden without approval.signatur>}.")


class GoldenFile(GoldenModel):
    """One approved scenario: its case and expected decision, what it tests (§, legal area, severity) and who
    approved it on what grounds. `approval` is null in a proposal (`<ID>.pending.json`) not yet approved."""
    model_config = ConfigDict(title="Golden file (golden/<ydelse>/<ID>.json), version 1.1")
    golden_version: Literal["1.0", "1.1"]
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
    scenarie: str = Field("", description="The scenario's own Gherkin as the feature file holds it (its Baggrund, "
                                          "tags and steps; for an Eksempler row, the table's header and that row).")
    case: dict[str, Any] = Field(description="A case valid against the benefit's case schema.")
    decision: dict[str, Any] = Field(description="The approved decision, valid against the decision schema.")
    provenance: Provenance | None = None
    approval: Approval | None = None


class ManifestSignature(GoldenModel):
    godkender: str
    noegle: Fingerprint
    at: Timestamp | Literal[""] = ""
    signatur: Signature = Field(description="Over the canonical JSON of {\"format\": \"ydelsestjek-manifest/1\", "
                                            "\"manifest_version\", \"files\", \"godkender\", \"noegle\", \"at\"}.")


class Manifest(GoldenModel):
    model_config = ConfigDict(title="Golden manifest (golden/MANIFEST.json), version 1.2")
    manifest_version: Literal["1.0", "1.1", "1.2"]
    serial: int | None = Field(None, ge=1, description="From version 1.2: one more than the serial of the manifest it "
                               "replaced, set by every signing (golden approve, golden sign); signed with the rest. A "
                               "run refuses a lower serial than the highest it verified from the same key (an older "
                               "signed set swapped in). Older manifests have none: serial 0.")
    files: dict[str, Sha256] = Field(description="Each golden file's path relative to golden/ -> its sha256.")
    signatur: ManifestSignature | None = Field(None, description="The approver's signature (from version 1.1).")

    @model_validator(mode="after")
    def _serial_from_1_2(self) -> "Manifest":
        if (self.serial is None) != (self.manifest_version != "1.2"):
            raise rule_error("a manifest of version 1.2 has a serial, and only it", at=("serial",))
        return self
