"""Typed records of a run: the comparison's findings, the case records the runner writes (results.jsonl, one per
line, as each case finishes), the gate's decision with its waiver marks, and results.json, the whole evidence.

Records are frozen: the gate reads them and returns its marks; the runner writes the marks into new records.
A record is written with `dump(record)`: JSON types only, and a field that a record leaves out (the candidate's
answer of a passing case, a deviation's waiver before the gate has run) stays out of the file rather than
appearing as null. The JSON Schema of results.json is exported from `RunResults` (harness/contract/export.py).
"""
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer, model_validator
from typing_extensions import TypedDict

from .config import SEVERITIES, Severity, Waiver
from .messages import CandidateMetadata
from .validation import rule_error

Status = Literal["pass", "deviation", "skipped", "errored"]
STATUSES: tuple[Status, ...] = ("pass", "deviation", "skipped", "errored")
EXECUTED: tuple[Status, ...] = ("pass", "deviation")
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Timestamp = Annotated[str, Field(json_schema_extra={"format": "date-time"})]
Day = Annotated[str, Field(json_schema_extra={"format": "date"})]
NonNegativeFloat = Annotated[float, Field(ge=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]
Kroner = Annotated[str, Field(pattern=r"^-?[0-9]+\.[0-9]{2}$", description="An amount in kroner with øre, signed.")]


class Record(BaseModel):
    """A record of the machinery. Fields named in `OPTIONAL` are written only when the record sets them."""
    # defer_build: validators are built on first use, so a command pays only for the records it touches
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    OPTIONAL: ClassVar[frozenset[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _leave_out_unset(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if self.OPTIONAL and isinstance(data, dict):
            for name in self.OPTIONAL - self.model_fields_set:
                data.pop(name, None)
        return data


def dump(record: BaseModel) -> dict[str, Any]:
    """The record as plain JSON types, ready for json.dumps."""
    data: dict[str, Any] = record.model_dump(mode="json", by_alias=True)
    return data


# --- the comparison ----------------------------------------------------------------------------------------------

class FieldChange(TypedDict):
    """One differing field: its path, the golden's value, the candidate's, and how it differs."""
    felt: str
    forventet: Any
    faktisk: Any
    art: str     # ændret | ekstra | mangler | ugyldig


class ExplanationRef(TypedDict):
    """The reference's step behind an expected value: its id, rule, § and result."""
    trin: str
    regel: str
    hjemmel: str
    resultat: Any


class Finding(BaseModel):
    """One failure class found in one case: the differing fields and the reference's explanation of them."""
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    klasse: str
    changes: list[FieldChange] = Field(default_factory=list)
    explanation: list[ExplanationRef] = Field(default_factory=list)
    message: str = ""


# --- the case record -------------------------------------------------------------------------------------------

class RootStep(Record):
    """Where a deviation begins: the earliest explanation step whose result differs between the candidate and the
    reference (harness/compare/rod.py), e.g. the § 47 step of a forgotten AM-bidrag rather than the § 50 step that
    used the wrong hourly wage."""
    trin: str = Field(description="The reference's step id.")
    regel: str = Field(description="The rule id.")
    hjemmel: str = Field(description="The § the step cites.")
    titel: str = Field("", description="The rule's Danish title (the benefit's reference/regler.yaml).")
    kilde: str = Field(description="How it was found: 'kandidatens begrundelse' or 'referencens kæde'.")
    resultat: Any = Field(None, description="The reference's result of the step.")


class MoneyPost(Record):
    """One paid amount on which the candidate and the reference differ (harness/compare/kroner.py)."""
    art: str = Field(description="The kind of payment (the benefit's sammenligning.yaml `penge:`), e.g. udbetalt.")
    felt: str = Field(description="The amount's field, in the comparison's notation.")
    maaned: str | None = Field(description="The month the payment belongs to (YYYY-MM), when known.")
    forventet: str | None = Field(description="What the reference pays (None: nothing).")
    faktisk: str | None = Field(description="What the candidate pays (None: nothing, or not a number).")
    kroner: Kroner | None = Field(description="Candidate minus reference (positive: paid too much); None when the "
                                              "candidate's amount is not a number.")


class Deviation(Record):
    """One failure class in one case, with its severity, the field diff and the reference's explanation."""
    OPTIONAL = frozenset({"undtagelse", "rod", "fejl", "kroner", "penge"})
    id: str = Field(description="<scenario id>/<failure class>")
    scenario: str
    klasse: str = Field(description="Failure class code from harness/compare/policy.yaml.")
    klasse_tekst: str
    alvor: Severity
    scenario_alvor: Severity
    hjemmel: list[str]
    omraade: str
    titel: str = ""
    besked: str
    felter: list[FieldChange]
    forklaring: list[ExplanationRef]
    undtagelse: str | None = Field(None, description="Id of the waiver that covers it, if any; set by the gate.")
    rod: RootStep | None = Field(None, description="The root-cause step, when an explanation step causes it.")
    fejl: str | None = Field(None, description="Key of the probable defect it belongs to (RunResults.defects).")
    kroner: Kroner | None = Field(None, description="Sum of `penge` (readable amounts); absent: no paid amount differs.")
    penge: list[MoneyPost] = Field(default_factory=list, description="The paid amounts that differ.")


class NegativeFinding(Record):
    """What a negative-stage finding broke and how it was found (harness/negative)."""
    art: str = Field(description="The kind of break (harness/negative/mutations.py KINDS).")
    art_tekst: str
    felt: str = Field(description="The field broken, `/`-separated with list indices.")
    variant: str
    beskrivelse: str
    seed: str = Field(description="The golden whose case it was made from.")
    tried: NonNegativeInt = Field(description="Cases with this kind of break in this field sent.")
    accepted: NonNegativeInt = Field(description="Of which the candidate decided.")
    shrink_calls: NonNegativeInt
    fields_before: NonNegativeInt = Field(description="JSON values in the case as first sent …")
    fields_after: NonNegativeInt = Field(description="… and in the smallest case the candidate still decided.")
    original_case: Any = Field(description="The case as first sent.")


class CaseRecord(Record):
    """One finished case; the same record is one line of results.jsonl."""
    OPTIONAL = frozenset({"case", "answer", "negativ", "ikke_koert"})
    model_config = ConfigDict(json_schema_extra={"allOf": [
        {"if": {"properties": {"status": {"const": "pass"}}}, "then": {"properties": {"deviations": {"maxItems": 0}}}},
        {"if": {"properties": {"status": {"enum": ["deviation", "errored"]}}},
         "then": {"properties": {"deviations": {"minItems": 1}}}}]})
    id: str
    ydelse: str
    titel: str = ""
    omraade: str
    hjemmel: list[str]
    alvor: Severity
    obligatorisk: bool
    tags: list[str] = Field(default_factory=list)
    sags_id: str | None = None
    status: Status
    reason: str
    seconds: NonNegativeFloat
    deviations: list[Deviation]
    case: Any = Field(None, description="The case itself, for a case found by fuzzing (no golden holds it).")
    answer: Any = Field(None, description="The candidate's raw answer, kept for deviations.")
    ikke_koert: bool = Field(False, description="Not run: the run stopped before it (--deadline or --maxfail); "
                                                "status skipped, and the run is never a GO.")
    negativ: NegativeFinding | None = Field(None, description="For an invalid case the candidate decided (the "
                                                              "negative stage): what it broke.")

    @model_validator(mode="after")
    def _status_fits_deviations(self) -> "CaseRecord":
        if self.status == "pass" and self.deviations:
            raise rule_error("a passing case has no deviations", at=("deviations",),
                             da="et bestået scenarie har ingen afvigelser")
        if self.status in ("deviation", "errored") and not self.deviations:
            raise rule_error(f"a case with status {self.status} has at least one deviation", at=("deviations",),
                             da=f"et scenarie med status {self.status} har mindst én afvigelse")
        return self


# --- the gate --------------------------------------------------------------------------------------------------

class SeverityCount(Record):
    total: NonNegativeInt
    waived: NonNegativeInt
    unwaived: NonNegativeInt


class WaiverHit(Waiver):
    """A waiver with the deviations it covered (or would have covered, or was not allowed to)."""
    model_config = ConfigDict(title="WaiverHit")
    deviations: list[str]


class UnexpectedPass(Record):
    """A waiver that covers scenarios that now pass: the register can shrink."""
    waiver: str
    ticket: str
    owner: str
    scenarios: list[str]


class GateDecision(Record):
    """GO / NO-GO, the reasons (Danish, for the evidence pack), the counts per severity and the waivers' use."""
    model_config = ConfigDict(json_schema_extra={"allOf": [
        {"if": {"properties": {"verdict": {"const": "GO"}}}, "then": {"properties": {"reasons": {"maxItems": 0}}}},
        {"if": {"properties": {"verdict": {"const": "NO-GO"}}}, "then": {"properties": {"reasons": {"minItems": 1}}}}]})
    OPTIONAL = frozenset({"today_requested", "clock_today"})
    verdict: Literal["GO", "NO-GO"]
    reasons: list[str]
    counts: dict[Severity, SeverityCount]
    today: Day = Field(description="The day the waivers counted as of: the later of `today_requested` and "
                                   "`clock_today`, so a back-dated run cannot revive an expired waiver.")
    today_requested: Day | None = Field(None, description="The date the run was asked to judge as of (--today; a "
                                        "resumed run: the date it began with). None: a results.json from before it "
                                        "was recorded, whose `today` is that date.")
    clock_today: Day | None = Field(None, description="The machine's date when the gate judged; a verdict computed "
                                    "again later (report, verify-pack, compare) is judged as of this day, not of the "
                                    "day it is checked. None: a results.json from before it was recorded, judged as "
                                    "of the day it finished.")
    waivers_used: list[WaiverHit]
    expired_waivers: list[WaiverHit]
    unexpected_passes: list[UnexpectedPass]
    not_allowed_waivers: list[WaiverHit]

    @property
    def go(self) -> bool:
        return self.verdict == "GO"

    @model_validator(mode="after")
    def _verdict_fits_reasons(self) -> "GateDecision":
        if (self.verdict == "GO") == bool(self.reasons):
            raise rule_error("GO has no reasons against it; NO-GO has at least one", at=("reasons",),
                             da="GO har ingen grunde imod; NO-GO har mindst én")
        return self


class GateResult(Record):
    """What the gate returns: its decision, and its marks — which waiver covered which deviation (deviation id ->
    waiver id). The gate changes nothing it is given; the runner writes the marks into the records."""
    decision: GateDecision
    marks: dict[str, str]


def marked(case: CaseRecord, marks: dict[str, str]) -> CaseRecord:
    """The case record with each deviation's `undtagelse` set from the gate's marks (None: not covered)."""
    if not case.deviations:
        return case
    return case.model_copy(update={"deviations": [d.model_copy(update={"undtagelse": marks.get(d.id)})
                                                  for d in case.deviations]})


# --- results.json and run.json --------------------------------------------------------------------------------

class CandidateInfo(Record):
    """The candidate as the run saw it: its spec, the metadata it reported, why it did not start (if it did not)."""
    spec: str
    metadata: CandidateMetadata
    start_error: str | None = None


Fingerprint = Annotated[str, Field(pattern=r"^SHA256:[A-Za-z0-9+/]{43}$",
                                    description="An Ed25519 key's fingerprint as `ssh-keygen -l` prints it.")]


class ApproverRef(Record):
    """A trusted approver: the name the approvers file gives, the key's fingerprint, and whether the key is a
    published demo key (whose signature proves nothing about who approved)."""
    navn: str
    fingerprint: Fingerprint
    demo: bool = False


class ApproverCount(ApproverRef):
    goldens: NonNegativeInt = Field(description="How many goldens carry this approver's verified signature.")


class ApproversFile(Record):
    path: str
    sha256: Sha256
    godkendere: list[ApproverRef]


class GoldenSignatures(Record):
    """Who signed the goldens and the manifest (verified before the run), and the approvers file trusted."""
    godkendere: ApproversFile | None = None
    manifest: ApproverRef | None = None
    goldens: list[ApproverCount] = Field(default_factory=list)


class GoldenCheck(Record):
    """What the golden check before the run covered."""
    signaturer: bool
    scenarier: str | None = Field(description="The scenarios folder the goldens were checked against; null: none.")


class GoldenSerial(Record):
    """The manifest's signed serial and the anti-rollback check before the run (harness/golden/serial.py)."""
    serial: NonNegativeInt = Field(description="The manifest's serial; 0 for a manifest from before serials.")
    signeret: str | None = Field(description="When the manifest was signed (its signatur.at).")
    noegle: str | None = Field(description="The fingerprint of the key that signed the manifest.")
    hoejeste_set: NonNegativeInt | None = Field(description="The highest serial this user had verified from that "
                                                            "key, when it is above this set's; null otherwise.")
    tilbagerulning: bool = Field(description="The serial was below hoejeste_set and the run was let through with "
                                             "--allow-golden-rollback: the verdict is NO-GO.")


class GoldenSelection(Record):
    OPTIONAL = frozenset({"signaturer", "kontrol", "serial", "left_out"})
    dir: str
    manifest_sha256: Sha256 | None
    count: NonNegativeInt
    ydelse: str | None = None
    only: list[str] = Field(default_factory=list)
    left_out: list[str] = Field(default_factory=list, description="Written whenever `only` is: the scenarios of the "
                                "benefits the run judged that the selection (run --only, pytest -k/-m) left out. A run "
                                "that left any out is never a GO (harness/gate/gate.py, selection_reasons).")
    signaturer: GoldenSignatures | None = None
    kontrol: GoldenCheck | None = None
    serial: GoldenSerial | None = None


class ParameterHashes(Record):
    files: dict[str, Sha256] = Field(description="<ydelse>/parametre/<file> -> its sha256.")
    combined: Sha256 | None = Field(description="The one parameter fingerprint that goldens record at approval.")


class ReferenceInfo(Record):
    version: str | None
    parametre_sha256: ParameterHashes


class FileRef(Record):
    path: str | None
    sha256: Sha256 | None


class FileHash(Record):
    path: str
    sha256: Sha256


class RolloutPolicyInfo(FileHash):
    OPTIONAL = frozenset({"weaker"})
    name: str
    content: dict[str, Any] = Field(description="The policy file's settings as written.")
    weaker: list[str] = Field(default_factory=list, description="Where the policy asks less than the shipped "
                              "policies/default.yaml (Danish, one line each; harness/gate/policy.py).")


class WaiversInfo(Record):
    path: str | None
    sha256: Sha256 | None
    entries: list[Waiver]


class PolicyInfo(Record):
    OPTIONAL = frozenset({"severity_meaning", "contract_sha256"})
    rollout: RolloutPolicyInfo
    compare: FileHash
    waivers: WaiversInfo
    contract_sha256: Sha256 | None = Field(None, description="The digest of the contract the run held the system to "
                                           "(every schema and each benefit's ydelse.yaml: harness/contract/schemas.py "
                                           "contract_digest); a run under another than the released one is NO-GO. "
                                           "None: a results.json from before it was recorded.")
    severity_meaning: dict[Severity, str] = Field(default_factory=dict, description="What each severity means "
                                                  "(Danish; the comparison policy's), for the evidence pack.")


class Timings(Record):
    total_seconds: NonNegativeFloat
    start_seconds: NonNegativeFloat
    candidate_seconds: NonNegativeFloat
    compare_seconds: NonNegativeFloat
    negative_seconds: NonNegativeFloat = Field(0.0, description="The negative stage, shrinking included.")


class NegativeKindCount(Record):
    label: str
    cases: NonNegativeInt
    refused: NonNegativeInt
    accepted: NonNegativeInt
    not_judged: NonNegativeInt


class NegativeStage(Record):
    """The negative stage's figures (harness/negative): invalid cases sent and what became of them."""
    OPTIONAL = frozenset({"candidate", "ydelser", "cases", "refused", "accepted", "not_judged", "failed", "seconds",
                          "shrink_calls", "per_kind", "findings", "not_sent", "reason", "made_from"})
    enabled: bool
    reason: str = Field("", description="Why the stage did not run, or stopped early (Danish).")
    candidate: str = ""
    ydelser: list[str] = Field(default_factory=list)
    cases: NonNegativeInt = 0
    refused: NonNegativeInt = Field(0, description="Refused with a reason (errored; skipped for a case outside the law's dates).")
    accepted: NonNegativeInt = Field(0, description="Decided: each kind and field is a case record of class accepteret_ugyldigt_input.")
    not_judged: NonNegativeInt = Field(0, description="Neither refused nor decided: skipped without refusing (e.g. no "
                                       "recorded answer), or no answer at all (counted in failed too).")
    failed: NonNegativeInt = Field(0, description="Of not_judged: no answer at all (the candidate died, hung, failed "
                                   "or sent garbage), which refuses nothing; under a policy with the stage, not a GO.")
    seconds: NonNegativeFloat = 0.0
    shrink_calls: NonNegativeInt = 0
    per_kind: dict[str, NegativeKindCount] = Field(default_factory=dict)
    findings: list[str] = Field(default_factory=list)
    not_sent: NonNegativeInt = Field(0, description="Cases left unsent when the stage's time ran out.")
    made_from: Literal["goldens", "sample"] = Field(
        "goldens", description="What the invalid cases were made from: the goldens' cases, or the run's fresh sample "
        "cases, sent shuffled in one stream with the sample so a candidate cannot tell them from production input.")


class FaultCoverage(Record):
    """How many of the faults of omission the case schema allows (harness/sensitivity.py) the sample can show: each
    fault is shown by a case whose reference decision changes when the case is read with that fault."""
    faults: NonNegativeInt = Field(description="Faults of omission made from the case schema.")
    wanted: NonNegativeInt = Field(description="Cases wanted per fault (the policy's `sample_faults.cases_per_fault`).")
    shown: NonNegativeInt = Field(description="Faults shown by `wanted` sampled cases or more.")
    few: list[str] = Field(default_factory=list, description="Faults shown by fewer cases than wanted.")
    without_effect: list[str] = Field(default_factory=list, description="Faults given up: they stood in "
                                      "`give_up_after` drawn cases (more for a fault seldom present) without changing "
                                      "a decision. None changes decisions often in what the generator reaches; one may "
                                      "still change a few of many (red team r14b F2).")
    refused: NonNegativeInt = Field(0, description="Faults given up because the law refuses to decide every case read "
                                    "with them (a required field not read): a system with such a gap cannot decide "
                                    "the case either, and says so.")
    absent: NonNegativeInt = Field(0, description="Faults no drawn case held at all (mostly pairs of values the law "
                                   "or the generator never puts in one entry); their values are in `scarce`.")
    unreached: list[str] = Field(default_factory=list, description="Faults never shown that stood in too few drawn "
                                 "cases to tell: the sample cannot catch a system with only this gap.")
    scarce: list[str] = Field(default_factory=list, description="Values (`path = value`), and pairs of values in one "
                              "list entry, fewer sampled cases hold than `cases_per_value` asks for: the generator "
                              "seldom or never writes them (or the law never lets them stand together).")
    extra_cases: NonNegativeInt = Field(0, description="Of the benefit's sent cases: drawn beyond the sample's size "
                                        "because they show a fault no earlier case showed often enough.")
    draws: NonNegativeInt = Field(0, description="Cases drawn beyond the sample's size to look for them, inside the "
                                  "candidate's law dates (`extra_draws` is the budget).")
    outside_draws: NonNegativeInt = Field(0, description="Of the search's draws, those outside the candidate's law "
                                          "dates: not counted in `draws` (a release declaring one year's law gets "
                                          "as thorough a search as one declaring six), at most ten times as many.")


class SampleBenefit(Record):
    """The sample stage's figures for one benefit (harness/sample.py)."""
    OPTIONAL = frozenset({"note", "short", "neighbours", "faults"})
    ydelse: str
    sent: NonNegativeInt = Field(0, description="Sampled cases sent to the candidate.")
    passed: NonNegativeInt = Field(0, description="Of them, decided as the reference decides.")
    failed: NonNegativeInt = Field(0, description="Of them, skipped, errored or decided differently.")
    outside_law_dates: NonNegativeInt = Field(0, description="Drawn but not sent: outside the candidate's law dates.")
    not_sent: NonNegativeInt = Field(0, description="Not sent because the run's deadline had passed.")
    undecidable: NonNegativeInt = Field(0, description="Drawn and drawn again: outside the law the reference knows.")
    neighbours: NonNegativeInt = Field(0, description="Of `sent`: neighbours of the goldens (one amount, count or "
                                       "the dates moved a little), which keep the scenarios' edges.")
    short: NonNegativeInt = Field(0, description="Fresh cases the generator could not draw inside the candidate's "
                                  "law dates (or that the reference could not decide) within the draw budget.")
    faults: FaultCoverage | None = Field(None, description="The faults of omission the sample can show.")
    note: str = ""


class SampleStage(Record):
    """The sample stage: fresh cases drawn with a seed chosen at random for the run (harness/sample.py)."""
    OPTIONAL = frozenset({"seed", "per_benefit", "benefits", "findings", "seconds", "note", "seed_given",
                          "after_public"})
    enabled: bool
    seed: NonNegativeInt | None = Field(None, description="Replays the same sample: run --sample-seed SEED.")
    seed_given: bool = Field(False, description="The seed was given (--sample-seed), not drawn for the run: a "
                             "sample a candidate could know in advance, so not a GO under a policy with a sample.")
    after_public: NonNegativeInt = Field(0, description="Scenarios the candidate had been sent before this sample "
                                         "(the interrupted part of a resumed run): a candidate that remembers a "
                                         "public case could answer by the law from then on, so not a GO under a "
                                         "policy with a sample.")
    per_benefit: NonNegativeInt = 0
    benefits: list[SampleBenefit] = Field(default_factory=list)
    findings: list[str] = Field(default_factory=list, description="Ids of the failure records, one per defect.")
    seconds: NonNegativeFloat = 0.0
    note: str = Field("", description="Why the stage did not run, or stopped early (Danish).")


SAMPLE_TAG = "stikprøve"
NEGATIVE_TAG = "negativ"          # a finding of the negative stage (harness/negative): an invalid case
GENERATED_TAGS = frozenset({"fuzz", SAMPLE_TAG, NEGATIVE_TAG})   # tags of records of generated cases (no legal area of the suite)


class Summary(Record):
    model_config = ConfigDict(validate_by_name=True)
    cases: NonNegativeInt
    passed: NonNegativeInt = Field(alias="pass")
    deviation: NonNegativeInt
    skipped: NonNegativeInt
    errored: NonNegativeInt
    deviations: NonNegativeInt


class ToolInfo(Record):
    name: Literal["ydelsestjek"]
    version: str


class StrengthFigures(Record):
    """One kind of operator's tally in a stored strength report (harness/golden/strength.py)."""
    i_alt: NonNegativeInt
    draebt_scenarier: NonNegativeInt
    draebt_fuzz: NonNegativeInt
    aekvivalente: NonNegativeInt
    aekvivalente_ved_konstruktion: NonNegativeInt = Field(0, description=(
        "Of the equivalent: those no case in the reference's scope can reach (the catalogue's own, and the register's)."))
    aekvivalente_ved_register: NonNegativeInt = Field(0, description=(
        "Of those: counted by a reviewed claim in the benefit's aekvivalens.yaml that the measurement did not contradict."))
    overlevende: NonNegativeInt
    fejl: NonNegativeInt
    vurderet: NonNegativeInt = Field(description="The mutants the score is over: all but the equivalent and the failed.")
    score_scenarier: Annotated[float, Field(ge=0, le=1)] | None
    score_med_fuzz: Annotated[float, Field(ge=0, le=1)] | None


class StrengthSurvivor(Record):
    """A seeded legal defect no scenario (and no fuzzing) caught."""
    id: str
    art: str | None
    operator: str | None
    hjemmel: str | None
    regel: str | None
    beskrivelse: str | None


class BenefitStrength(Record):
    """The stored strength of the bench for one benefit, and whether it still describes this golden set."""
    OPTIONAL = frozenset({"maalt", "fuzz", "bulk", "juridisk", "syntaktisk", "overlevende", "antal_overlevende",
                          "overlevende_pr_paragraf", "fangst"})
    status: Literal["gyldig", "forældet", "mangler"]
    grunde: list[str] = Field(description="Why the stored report does not describe the bench (forældet, mangler).")
    maalt: Timestamp | None = None
    fuzz: str | None = None
    bulk: NonNegativeInt | None = None
    juridisk: StrengthFigures | None = None
    syntaktisk: StrengthFigures | None = None
    overlevende: list[StrengthSurvivor] = Field(default_factory=list)
    antal_overlevende: NonNegativeInt = 0
    overlevende_pr_paragraf: dict[str, NonNegativeInt] = Field(
        default_factory=dict, description="Surviving legal defects per § (the first § each cites), most first.")
    fangst: dict[str, NonNegativeInt] | None = Field(default=None, description="Legal defects caught by 1, 2 and 3+ "
                                                                               "scenarios.")


class StrengthSigner(Record):
    """The trusted approver whose signature on golden/STYRKE.json holds; `demo`: a published key (the bundled projekt
    key), whose signature proves nothing about who measured."""
    godkender: str
    noegle: str
    demo: bool


class StrengthEvidence(Record):
    """The bench's strength for the benefits of a run, read from golden/STYRKE.json (`ydelsestjek styrke --gem`),
    never recomputed by the run."""
    OPTIONAL = frozenset({"fejl", "signeret_af"})
    fil: str
    sha256: Sha256 | None
    fejl: str | None = None
    signeret_af: StrengthSigner | None = Field(None, description="Whose valid signature the stored report carries.")
    ydelser: dict[str, BenefitStrength]

class RunLimits(Record):
    """The bounds the run was held to (`--timeout`, `--deadline` or the policy's, `--maxfail`, the policy's silent
    cases) and how many cases they left not run."""
    timeout_seconds: NonNegativeFloat | None
    deadline_seconds: NonNegativeFloat | None
    maxfail: NonNegativeInt | None
    silent_cases: NonNegativeInt | None = Field(None, description="Cases in a row without any answer after which the "
                                                "candidate was taken to be down (the policy's run_bounds).")
    not_run: NonNegativeInt


class ScopeBenefit(Record):
    """One benefit as the run's scope saw it: its Danish title and legal areas, and its scenarios in the selection."""
    ydelse: str
    titel: str = Field(description="The benefit's Danish title (its ydelse.yaml); the name when it is not installed.")
    omraader: dict[str, str] = Field(description="Legal area -> its Danish title (the benefit's ydelse.yaml).")
    scenarios: NonNegativeInt = Field(description="Approved scenarios of the benefit in the golden set.")
    mandatory: NonNegativeInt = Field(description="Of those, mandatory (golden `obligatorisk`).")
    reason: str = Field("", description="Why the benefit is out of scope (Danish); empty when in scope.")


class Scope(Record):
    """What the run judged: the benefits the candidate declares (metadata `ydelser`, or --ydelse), and the benefits
    with scenarios that were not judged, each with why. Only in-scope scenarios are cases of the run."""
    declared: list[str] = Field(description="The benefits the candidate declares it computes.")
    selected: str | None = Field(None, description="--ydelse, when the run was limited to one benefit.")
    in_scope: list[ScopeBenefit]
    out_of_scope: list[ScopeBenefit]
    unknown: list[str] = Field(default_factory=list, description="Declared benefits ydelsestjek does not know.")
    note: str = Field("", description="How the scope was decided when the candidate could not say (Danish).")


# --- defects, money and the baseline --------------------------------------------------------------------------

class MoneyTotals(Record):
    """Kroner at risk: candidate minus reference over paid amounts, split by sign."""
    for_meget: Kroner = Field(description="Paid too much (the sum of the positive differences).")
    for_lidt: Kroner = Field(description="Paid too little (the sum of the negative differences, as a positive amount).")
    netto: Kroner = Field(description="for_meget - for_lidt.")
    i_risiko: Kroner = Field(description="for_meget + for_lidt: every krone paid wrongly.")
    ukendt: NonNegativeInt = Field(0, description="Differing amounts that could not be put in kroner (not a number).")


class Defect(Record):
    """A probable defect: deviations with the same root (the first differing result, and the rule behind it) and
    the same failure class. Where a vendor starts fixing."""
    id: str = Field(description="F1, F2, … in this run's order (severity, kroner, scenarios).")
    noegle: str = Field(description="The stable key across runs: benefit, failure class and root.")
    ydelse: str
    titel: str = Field(description="Danish title.")
    klasse: str
    klasse_tekst: str
    alvor: Severity = Field(description="The highest severity among its deviations.")
    hjemmel: list[str] = Field(description="The root steps' §, most frequent first (the class's own § when no step).")
    regler: list[str] = Field(description="The root steps' rule ids, most frequent first.")
    felt: str | None = Field(description="The first differing result, as a field shape (udbetalinger[].beloeb).")
    scenarios: list[str]
    deviations: list[str]
    undtaget: NonNegativeInt = Field(description="Of the deviations, those covered by a waiver.")
    kroner: MoneyTotals
    borgere: NonNegativeInt = Field(description="Citizens hit (one per case).")
    eksempel: str = Field(description="The scenario shown as the example.")


class MoneyFigures(Record):
    """Kroner and people: totals of the whole run, per benefit, per severity and per kind of payment."""
    i_alt: MoneyTotals
    ydelser: dict[str, MoneyTotals]
    alvor: dict[Severity, MoneyTotals]
    arter: dict[str, MoneyTotals] = Field(description="Per benefit and kind of payment: <ydelse>/<art> (udbetalt, "
                                                       "refusion, …).")
    scenarier_ramt: NonNegativeInt = Field(description="Scenarios with at least one deviation.")
    borgere_ramt: NonNegativeInt = Field(description="Citizens hit: distinct cases (sags_id) with a deviation.")
    scenarier_med_kroner: NonNegativeInt = Field(description="Scenarios where a paid amount differs.")


class TrendPoint(Record):
    """One run in a series: its figures for the trend table and chart."""
    run_id: str
    system: str
    version: str
    started: Timestamp
    verdict: Literal["GO", "NO-GO"]
    cases: NonNegativeInt
    deviations: dict[Severity, NonNegativeInt] = Field(
        description="Deviations per severity: A, B and C, each present (0 when there are none).",
        json_schema_extra={"required": list(SEVERITIES)})
    defects: NonNegativeInt
    i_risiko: Kroner

    @model_validator(mode="after")
    def _every_severity(self) -> "TrendPoint":
        missing = [s for s in SEVERITIES if s not in self.deviations]
        if missing:
            raise rule_error(f"deviations counts every severity (A, B and C); {', '.join(missing)} missing",
                             at=("deviations",),
                             da=f"afvigelser tælles for hver alvor (A, B og C); {', '.join(missing)} mangler")
        return self


class DefectChange(Record):
    """A defect of either run, matched by its key: new, fixed, persisting; and whether its severity changed."""
    noegle: str
    titel: str
    ydelse: str
    status: Literal["ny", "rettet", "vedvarende"]
    id_foer: str | None
    id_nu: str | None
    alvor_foer: Severity | None
    alvor_nu: Severity | None
    scenarier_foer: NonNegativeInt
    scenarier_nu: NonNegativeInt
    i_risiko_foer: Kroner
    i_risiko_nu: Kroner


class SeverityChange(Record):
    id: str
    foer: Severity
    nu: Severity


class BaselineComparison(Record):
    """This run against an earlier one (`run --baseline RUN`, `ydelsestjek compare RUN_A RUN_B`)."""
    OPTIONAL = frozenset({"beregnet_igen"})
    foer: TrendPoint
    nu: TrendPoint
    defects: list[DefectChange]
    nye: list[str] = Field(description="Deviation ids in this run, not in the earlier one.")
    rettede: list[str] = Field(description="Deviation ids of the earlier run that are gone.")
    vedvarende: list[str] = Field(description="Deviation ids in both.")
    alvor_aendret: list[SeverityChange]
    nye_a: list[str] = Field(description="Deviations of severity A now that were not of severity A before.")
    kroner_foer: MoneyTotals
    kroner_nu: MoneyTotals
    ikke_sammenlignelige: list[str] = Field(default_factory=list, description="Why the runs may not compare "
                                                                              "(Danish): another golden set, scope.")
    beregnet_igen: list[str] = Field(default_factory=list, description="What a compared run's results.json stored "
                                     "that its recorded cases do not give (Danish, the run named): its file was edited "
                                     "after its run. Verdicts, counts, defects and kroner shown are computed again from "
                                     "the cases (harness/report/verdict.py), never read from the file.")


class FuzzBenefit(Record):
    """One benefit's fuzz search in a run's fuzz stage."""
    ydelse: str
    rounds: NonNegativeInt
    examples: NonNegativeInt = Field(description="Cases generated and sent to the candidate.")
    skipped: NonNegativeInt = Field(0, description="Of those, skipped by the candidate.")
    counterexamples: NonNegativeInt
    budget_exhausted: bool = Field(description="Stopped at the stage's time budget, not because the search was done.")
    seconds: NonNegativeFloat


class FuzzStage(Record):
    """The fuzz stage (run --fuzz): what was searched, so a pack shows that the stage ran, how much it tried and
    whether its time ran out, also when it found nothing (its counterexamples are case records of their own)."""
    profile: str
    examples_per_round: NonNegativeInt
    budget_seconds: NonNegativeFloat | None = Field(description="No new search round starts after this long (None: "
                                                    "no budget).")
    ydelser: list[FuzzBenefit]


class EarlierRun(Record):
    run_id: str
    verdict: Literal["GO", "NO-GO"]
    started: str


class EarlierRuns(Record):
    """The runs of the same system and version this user made before this one (harness/run_history.py): the verdict
    of a release is not a draw to be taken again until GO."""
    runs: NonNegativeInt = Field(description="How many are remembered (up to the newest 50).")
    go: NonNegativeInt
    no_go: NonNegativeInt
    newest: list[EarlierRun] = Field(default_factory=list, description="The newest five, newest first.")


class RunResults(Record):
    """Machine-readable evidence of one run: what was run against what, under which policy, and the GO / NO-GO.
    results.jsonl beside it holds the same per-case records, one per line, written as they finished."""
    OPTIONAL = frozenset({"schema_problems", "limits", "recomputed", "negative", "scope", "warnings", "defects", "money",
                          "baseline", "trend", "styrke", "fuzz"})
    model_config = ConfigDict(title="results.json of one rollout-approval run (reports/<run-id>/results.json), "
                                    "version 1.0")
    results_version: Literal["1.0"]
    run_id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$")]
    started: Timestamp
    finished: Timestamp
    tool: ToolInfo
    candidate: CandidateInfo
    golden: GoldenSelection
    reference: ReferenceInfo
    styrke: StrengthEvidence | None = None
    policy: PolicyInfo
    timings: Timings
    negative: NegativeStage | None = Field(None, description="The negative stage (absent in runs before it existed).")
    fuzz: FuzzStage | None = Field(None, description="The fuzz stage (set by runs with --fuzz).")
    summary: Summary
    gate: GateDecision
    scope: Scope | None = Field(None, description="The benefits judged and those not (set by runs since issue 14).")
    defects: list[Defect] = Field(default_factory=list, description="The deviations grouped into probable defects.")
    money: MoneyFigures | None = Field(None, description="Kroner at risk and people hit.")
    baseline: BaselineComparison | None = Field(None, description="Against the baseline run (run --baseline).")
    trend: list[TrendPoint] = Field(default_factory=list, description="The series of runs up to this one: the "
                                                                      "baseline's own series, the baseline, this run.")
    warnings: list[str] = Field(default_factory=list, description="Things the reader should know that do not decide "
                                                                  "the verdict (Danish), e.g. a waiver matching no scenario.")
    cases: list[CaseRecord]
    schema_problems: list[str] = Field(default_factory=list, description="Set only when the run wrote a record "
                                                                         "its own schema refuses (a bug of ours).")
    limits: RunLimits | None = None
    sample: SampleStage | None = Field(None, description="The sample stage of fresh cases (set by runs that have it).")
    tidligere_koersler: EarlierRuns | None = Field(None, description="Earlier runs of the same system and version "
                                                   "on this user's state folder (set by runs since round 19).")
    recomputed: list[str] = Field(default_factory=list, description="Set by `ydelsestjek report` when the stored "
                                  "gate or counts disagreed with the recorded cases (the verdict is computed again).")


class FuzzSettings(Record):
    profile: str | None
    examples: int | None


class RunGolden(Record):
    OPTIONAL = frozenset({"approvers", "scenario_dir", "allow_rollback"})
    dir: str
    manifest_sha256: Sha256 | None
    ydelse: str | None
    only: list[str]
    approvers: FileRef | None = Field(None, description="The trusted approvers file (path and sha256).")
    scenario_dir: str | None = None
    allow_rollback: bool = Field(False, description="run --allow-golden-rollback: an older signed set let through.")


class PolicyFiles(Record):
    rollout: FileRef
    compare: FileRef
    waivers: FileRef


class Resumed(Record):
    at: Timestamp
    finished_before: NonNegativeInt


class RunSeal(Record):
    """HMAC-SHA256 of run.json under the user's sealing key (harness/resume.py): a changed run.json is refused."""
    hmac_sha256: Sha256


class RunFile(Record):
    """run.json: what a `--resume` needs, written before the first case: the configuration the run began with
    and the hashes of the files behind it, sealed."""
    OPTIONAL = frozenset({"seal", "baseline", "sample_seed", "sample_seed_given"})
    model_config = ConfigDict(title="run.json of one run (reports/<run-id>/run.json), version 1.1")
    run_file_version: Literal["1.1"]
    run_id: str
    started: Timestamp
    today: Day
    candidate: CandidateInfo
    timeout: float | None
    batch_size: int | None
    fuzz: FuzzSettings
    negative: bool | None = Field(None, description="--negative / --no-negative; None: as the rollout policy says.")
    golden: RunGolden
    policy: PolicyFiles
    resumes: list[Resumed] = Field(default_factory=list)
    deadline: NonNegativeFloat | None = None
    maxfail: NonNegativeInt | None = None
    baseline: FileRef | None = Field(None, description="The earlier run's results.json the run compares with.")
    sample_seed: NonNegativeInt | None = Field(None, description="The sample stage's seed: a resumed run draws the "
                                                                 "same sample.")
    sample_seed_given: bool = Field(False, description="The seed was given (--sample-seed), not drawn for the run.")
    seal: RunSeal | None = None
