"""Typed configuration files: the rollout policy, the known-deviation register, the comparison policy and a
benefit's comparison rules, the dated parameter files and the interpretation register.

These are written by people (a municipality, a steering group, a benefit's author) and read by the machinery
through harness/config_files.py, which reports a bad file with its path, line, field and what was expected.
The models are strict: `true` is a boolean and `5` a number, never the text "yes" or "5"; an unknown setting is
an error, not silently ignored. Their JSON Schemas are exported to schemas/config/ (harness/contract/export.py),
so an editor can check a file while it is written.
"""
import datetime as dt
import itertools
import re
from decimal import Decimal, InvalidOperation
from fnmatch import fnmatchcase
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    RootModel,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .validation import rule_error

Severity = Literal["A", "B", "C"]
SEVERITIES: tuple[Severity, ...] = ("A", "B", "C")
Status = Literal["confirmed", "UNCONFIRMED"]
Condition = Literal["empty", "nonempty", "zero", "nonzero", "null", "notnull", "true", "false"]
CONDITIONS: tuple[str, ...] = Condition.__args__  # type: ignore[attr-defined]

_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _date(value: object) -> object:
    """A YAML date, or a quoted ISO date; never a timestamp or a number."""
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("date_type", "expected a date")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date_type", "expected a date")


def _version(value: object) -> object:
    """Format versions are text ("1.0"); an unquoted 1.0 in YAML means the same."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _empty_list(value: object) -> object:
    return [] if value is None else value


def _empty_dict(value: object) -> object:
    return {} if value is None else value


ConfigDate = Annotated[dt.date, BeforeValidator(_date), WithJsonSchema({"type": "string", "format": "date"})]
FormatVersion = Annotated[Literal["1.0"], BeforeValidator(_version)]
NonEmpty = Annotated[str, Field(min_length=1)]
NonNegative = Annotated[int, Field(ge=0)]


class ConfigModel(BaseModel):
    # defer_build: validators are built on first use, so a command pays only for the records it touches
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


RootType = TypeVar("RootType")


class ConfigRoot(RootModel[RootType], Generic[RootType]):
    """A file that is one list or mapping. `RootModel[X]` itself would build a validator for X when the module is
    imported (a parametrised RootModel does not take its subclass's defer_build), ≈ 5 ms of every command's start
    for the interpretation register, which a run never reads; this base defers it like ConfigModel."""
    model_config = ConfigDict(defer_build=True)


def _known_failure_class(value: str | None, info: ValidationInfo) -> str | None:
    """A failure class a file names is one of the policy's, when the validation's context knows them (a field
    validator of every model that names one)."""
    context = info.context
    known = list(context["failure_classes"]) if isinstance(context, dict) and "failure_classes" in context else None
    if value is not None and known is not None and value not in known:
        raise rule_error(f"unknown failure class {value!r}; known: {', '.join(known)}")
    return value


def _known_benefits(value: list[str], info: ValidationInfo) -> list[str]:
    """Benefits a policy names are installed ones, when the validation's context knows them."""
    context = info.context
    known = list(context["ydelser"]) if isinstance(context, dict) and "ydelser" in context else None
    unknown = [v for v in value if known is not None and v not in known]
    if unknown:
        raise rule_error(f"unknown benefit {unknown[0]!r}; installed: {', '.join(known or []) or 'none'}")
    return value


# --- the rollout policy (policies/default.yaml) ------------------------------------------------------------------

class SeverityRule(ConfigModel):
    """What the policy says about deviations of one severity."""
    max: NonNegative | None = Field(None, description="At most this many deviations of the severity (waived ones "
                                                      "included); null = no limit.")
    waivable: bool = Field(False, description="May a waiver cover a deviation of this severity.")
    waiver_required: bool = Field(False, description="Must every deviation of this severity be covered by a waiver.")


class SeverityRules(ConfigModel):
    A: SeverityRule
    B: SeverityRule
    C: SeverityRule

    def of(self, severity: Severity) -> SeverityRule:
        return {"A": self.A, "B": self.B, "C": self.C}[severity]


class Coverage(ConfigModel):
    all_areas: bool = Field(True, description="Every legal area (golden `omraade`) in the suite must be executed.")
    areas: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="Legal areas that must be present and executed even if the suite lacks them.")
    min_executed_per_area: NonNegative = 1
    ydelser: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="Benefits the rollout is about: each must be in the run's scope with "
                                          "executed scenarios, whatever the candidate declares (empty: the candidate's "
                                          "declaration decides).")

    _known_ydelser = field_validator("ydelser")(_known_benefits)


def _id_format(value: str | None) -> str | None:
    from .case_ids import format_problem
    if value is not None and (problem := format_problem(value)):
        raise rule_error(f"expected a case number pattern with {problem}, got {value!r}")
    return value


MAX_SEARCH = 20   # bounds the search's settings: it runs before the run's deadline is checked (red team r14b)


class SampleFaults(ConfigModel):
    """How hard the sample looks for cases that show a single unread field (harness/sensitivity.py); each setting
    bounded, so no policy makes a run that does not end."""
    cases_per_fault: Annotated[int, Field(ge=0, le=MAX_SEARCH)] = Field(
        2, description="Sampled cases wanted per fault of omission: the sample keeps drawing until this many cases show "
                       "each fault; 0 turns the search off.")
    cases_per_value: Annotated[int, Field(ge=0, le=MAX_SEARCH)] = Field(
        3, description="Sampled cases wanted that hold each yes/no value, enum value, kind of list entry and pair of "
                       "values in one entry, whether or not a single fault shows on them (a gap wider than one field "
                       "shows where the value is).")
    give_up_after: Annotated[int, Field(ge=1, le=10 * MAX_SEARCH)] = Field(
        30, description="A fault that has stood in this many drawn cases without changing a decision is taken to "
                        "change none (a fault seldom present, up to four times as many).")
    extra_draws: Annotated[int, Field(ge=0, le=1000 * MAX_SEARCH)] = Field(
        2000, description="Cases drawn per benefit inside the candidate's law dates beyond the sample's size in the "
                          "search (each decided by the reference only when an open fault touches it).")


MAX_RUN_SECONDS = 7 * 24 * 3600    # a week: the most any time bound of a run may be (as `run --deadline`)


class RunBounds(ConfigModel):
    """A run always ends, in bounded time: without these, a candidate that hangs on every case holds the run for the
    per-case timeout times every case (hours), and a CI job is killed without a verdict. Either bound stops the run:
    the cases left are recorded as not run (ikke kørt), and the run is not a GO."""
    deadline_seconds: Annotated[float, Field(gt=0, le=MAX_RUN_SECONDS)] | None = Field(
        7200, description="Seconds the whole run may take unless `run --deadline` says otherwise; null: no bound "
                          "but the per-case timeout.")
    silent_cases: Annotated[int, Field(ge=1, le=100_000)] | None = Field(
        50, description="A candidate that gave no answer at all (it hung, crashed or exited, or its server failed) "
                        "to this many cases in a row, over at least 3 calls, is taken to be down. An "
                        "answer of any kind (a decision, a refusal, garbage) starts the count again; null: never.")



class RolloutPolicy(ConfigModel):
    """The rollout policy: what a candidate release must satisfy to be rolled out (GO)."""
    model_config = ConfigDict(title="Rollout policy (policies/default.yaml), version 1.0")
    policy_version: FormatVersion
    name: str | None = Field(None, description="Shown in the evidence pack; the file's name when absent.")
    severity: SeverityRules
    mandatory_scenarios_executed: bool = Field(True, description="Every mandatory scenario (golden `obligatorisk`) "
                                                                 "must be executed: skipped and errored count against.")
    coverage: Annotated[Coverage, BeforeValidator(_empty_dict)] = Field(default_factory=Coverage)
    unexpected_pass_blocks: bool = Field(False, description="A waiver whose scenarios now pass blocks the rollout.")
    negative_stage: bool = Field(True, description="Send cases the law cannot compute (harness/negative); a decision "
                                                   "on one is the deviation accepteret_ugyldigt_input.")
    sample_cases_per_benefit: NonNegative = Field(200, description="Fresh cases per benefit in scope, drawn with a "
                                                  "seed chosen at random for the run and judged like scenarios "
                                                  "(harness/sample.py); 0 turns the sample stage off.")
    sample_neighbours_per_benefit: NonNegative = Field(200, description="Besides the fresh cases, neighbours of the "
                                                       "benefit's goldens (one amount, count or the dates moved a "
                                                       "little; harness/neighbours.py), which keep the scenarios' edges "
                                                       "where a system that answers the goldens from the files carries "
                                                       "its defects; 0: none.")
    sample_faults: SampleFaults = Field(default_factory=lambda: SampleFaults(), description="Cases the sample "
                                        "adds until it can show every fault of omission (harness/sensitivity.py).")
    sags_id_format: Annotated[str | None, AfterValidator(_id_format)] = Field(
        None, description="The shape of the system's production case numbers, for the cases the bench makes up (the "
        "sample, the invalid cases): # a digit, ? a letter A-Z, other characters as they are (e.g. '20##-######'). "
        "None: the scenarios' own shape, which a candidate could tell from production's.")
    bench_strength_valid: bool = Field(True, description="The bench's strength (golden/STYRKE.json) is valid for "
                                       "every benefit judged: measured, signed by a trusted approver, and of this "
                                       "reference, its parameters, its interpretation register and these goldens; "
                                       "stale or missing is a reason against (an edited parameter file changes the "
                                       "law the verdict rests on).")
    run_bounds: RunBounds = Field(default_factory=lambda: RunBounds(), description="When a run stops, whatever the "
                                  "candidate does (harness/runner.py).")
    no_new_a_against_baseline: bool = Field(False, description="No deviation of severity A that the approved baseline "
                                                               "run (run --baseline) did not have; without a baseline, "
                                                               "the rule itself is a reason against.")


# --- the known-deviation register (policies/waivers.yaml) --------------------------------------------------------

def _specifier(value: object) -> object:
    from packaging.specifiers import InvalidSpecifier, SpecifierSet  # only where a waiver names versions (≈ 7 ms)
    if isinstance(value, str) and value:
        try:
            SpecifierSet(value)
        except InvalidSpecifier:
            pass
        else:
            return value
    raise rule_error(f'expected a version range like ">=2.4.0,<2.5", got {value!r}')


class Waiver(ConfigModel):
    """An accepted deviation: which scenarios, which candidate releases, until when, who fixes it and how a
    caseworker works around it meanwhile."""
    id: NonEmpty = Field(description="Stable id of the waiver, used in reports.")
    scenario: NonEmpty = Field(description="A scenario id or a glob pattern (PREFIX-050-*).")
    failure_class: str | None = Field(None, description="Only deviations of this failure class.")
    system: str | None = Field(None, description="Glob on the candidate's system name.")
    versions: Annotated[str, BeforeValidator(_specifier)] | None = Field(
        None, description='PEP 440 specifier set on the candidate\'s version, e.g. ">=2.4,<2.5".')
    ticket: NonEmpty
    owner: NonEmpty
    workaround: NonEmpty = Field(description="The caseworker's workaround while the error is open.")
    expires: ConfigDate = Field(description="After this day the waiver stops counting and is listed as expired.")
    note: str = ""

    _known_class = field_validator("failure_class")(_known_failure_class)

    def expired(self, today: dt.date) -> bool:
        return today > self.expires

    def applies_to(self, system: str, version: str) -> bool:
        if self.system and not fnmatchcase(system, self.system):
            return False
        if self.versions:
            from packaging.specifiers import SpecifierSet
            from packaging.version import InvalidVersion, Version
            try:
                return Version(version) in SpecifierSet(self.versions)
            except InvalidVersion:
                return False
        return True

    def covers(self, scenario: str, klasse: str | None = None) -> bool:
        if not fnmatchcase(scenario, self.scenario):
            return False
        return klasse is None or self.failure_class is None or self.failure_class == klasse


class WaiverRegister(ConfigModel):
    """The known-deviation register: accepted deviations, each with a ticket, an owner, the caseworker's
    workaround and an expiry date."""
    model_config = ConfigDict(title="Known-deviation register (policies/waivers.yaml), version 1.0")
    waivers_version: FormatVersion
    waivers: Annotated[list[Waiver], BeforeValidator(_empty_list)] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_once(self) -> "WaiverRegister":
        seen: set[str] = set()
        for i, waiver in enumerate(self.waivers):
            if waiver.id in seen:
                raise rule_error(f"id {waiver.id!r} is used twice", at=("waivers", i, "id"))
            seen.add(waiver.id)
        return self


# --- the comparison policy (harness/compare/policy.yaml) and a benefit's rules (sammenligning.yaml) -----------

def _tolerance(value: object) -> object:
    try:
        if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
            raise InvalidOperation
        tolerance = Decimal(str(value))
        if not tolerance.is_finite() or tolerance < 0:
            raise InvalidOperation
        return tolerance
    except InvalidOperation:
        raise rule_error(f'expected a tolerance >= 0 like "0.00", got {value!r}') from None


Tolerance = Annotated[Decimal, BeforeValidator(_tolerance), WithJsonSchema({"type": "string", "pattern": r"^[0-9]+(\.[0-9]+)?$"})]


class ClassifyRule(ConfigModel):
    """The failure class of a differing field: the first rule whose path matches (and whose conditions on the
    expected and actual values hold) decides."""
    path: str = Field(description="A field pattern: dot-separated names, `*` one segment, `**` any number.")
    klasse: str = Field(alias="class", description="The failure class (a code of the policy's failure_classes).")
    at: str | None = Field(None, description="The field the conditions look at (default: the differing field).")
    expected: Condition | None = None
    actual: Condition | None = None

    _known_class = field_validator("klasse")(_known_failure_class)


class ExplanationFields(ConfigModel):
    """Where a decision's explanation lives: the list of steps, each step's id, and the field by which an amount
    or a date points to its step."""
    steps: str
    step_id: str
    ref: str


class PaymentPeriods(ConfigModel):
    """Where one kind's payment periods are in a decision."""
    liste: NonEmpty = Field(description="The list of payment periods, e.g. udbetalinger.")
    noegle: NonEmpty = Field(description="The field that identifies a period on both sides, e.g. uge.")
    beloeb: NonEmpty = Field(description="The amount, inside a period, e.g. beloeb or udbetalt.beloeb.")
    dato: NonEmpty = Field(description="The period's date or month; its first 7 characters are the month it belongs to.")


class PaidAmount(ConfigModel):
    """One kind of paid amount, for kroner at risk (harness/compare/kroner.py): its payment periods, its total, or both."""
    titel: NonEmpty = Field(description="The Danish name of the payment, e.g. 'refusion til arbejdsgiveren'.")
    perioder: PaymentPeriods | None = None
    i_alt: NonEmpty | None = Field(None, description="The total's field, e.g. udbetalt_i_alt.beloeb.")

    @model_validator(mode="after")
    def _something(self) -> "PaidAmount":
        if self.perioder is None and self.i_alt is None:
            raise rule_error("expected perioder, i_alt or both")
        return self


class PersonalFields(ConfigModel):
    """The case's personal data, which the audit never writes (field patterns, `*` for any one field)."""
    cpr: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="CPR numbers; the first one found identifies the citizen.")
    navn: Annotated[list[str], BeforeValidator(_empty_list)] = Field(default_factory=list, description="Names.")


class ComparisonRules(ConfigModel):
    """How one benefit's decisions are compared: a benefit's sammenligning.yaml, or a section of the policy."""
    model_config = ConfigDict(title="A benefit's comparison rules (harness/ydelser/<ydelse>/sammenligning.yaml)")
    law_date: str | None = Field(None, description="The case field whose date decides which law applies, e.g. "
                                                   "fravaer.foerste_fravaersdag.")
    explanation: ExplanationFields
    ignore: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="Field patterns not compared as values.")
    keyed_lists: Annotated[dict[str, str], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="List path -> the key field its entries are compared by.")
    atomic: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="Field patterns compared as a whole value (a list of codes is a set).")
    decimal_fields: Annotated[dict[str, Tolerance], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="Field pattern -> the tolerance its decimal values are compared with.")
    classify: Annotated[list[ClassifyRule], BeforeValidator(_empty_list)] = Field(default_factory=list)
    default_class: str = "forkert_afgoerelse_om_ret"
    penge: Annotated[dict[str, PaidAmount], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="Kind of paid amount -> where its periods and total are (kroner at risk).")
    personoplysninger: PersonalFields = Field(default_factory=PersonalFields)
    class_hjemmel: Annotated[dict[str, str], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="Failure class -> the § it breaks when no explanation step causes it (a "
                                          "decision sent without its explanation), for the evidence pack.")

    _known_class = field_validator("default_class")(_known_failure_class)


class SeverityRow(ConfigModel):
    """The scenario's alvor -> the deviation's severity, for one failure class."""
    A: Severity
    B: Severity
    C: Severity


class ComparePolicyFile(ConfigModel):
    """The comparison policy: the failure classes with their Danish labels, the severity table, the default
    rules and any benefit's rules that override the benefit's own."""
    model_config = ConfigDict(title="Comparison policy (harness/compare/policy.yaml), version 1.0")
    policy_version: FormatVersion
    failure_classes: dict[str, str] = Field(min_length=1, description="Code -> Danish label, in report order.")
    severity: dict[str, SeverityRow]
    severity_meaning: Annotated[dict[Severity, str], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="What each severity means, in Danish, for the evidence pack.")
    defaults: ComparisonRules
    benefits: Annotated[dict[str, ComparisonRules], BeforeValidator(_empty_dict)] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _every_class_has_a_row(self) -> "ComparePolicyFile":
        for klasse in self.failure_classes:
            if klasse not in self.severity:
                raise rule_error("expected {A: X, B: X, C: X} with X one of A, B, C", at=("severity", klasse))
        return self


def failure_classes_of(data: object) -> dict[str, Any]:
    """The validation context for a policy file's own sections: its failure classes, read before it is checked."""
    classes = data.get("failure_classes") if isinstance(data, dict) else None
    return {"failure_classes": list(classes)} if isinstance(classes, dict) else {}


# --- dated law parameters (harness/ydelser/<ydelse>/parametre/*.yaml) --------------------------------------------

_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _decimal_text(value: object) -> object:
    """A parameter value as written (its text is cited in explanations): a quoted plain decimal ("0.08", "4465.00"),
    or a whole number. An unquoted decimal is a YAML float, whose text is not what was written (4465.00 reads as
    4465.0, 4.465e+3 too): refused, as is an exponent."""
    text = str(value) if isinstance(value, int | Decimal) and not isinstance(value, bool) else value
    if isinstance(text, str) and _PLAIN_DECIMAL.fullmatch(text):
        return text
    hint = " (quote it: an unquoted decimal is read as a float)" if isinstance(value, float) else ""
    raise rule_error(f'expected a decimal number like "0.08" or "4385"{hint}, got {value!r}')


DecimalText = Annotated[str, BeforeValidator(_decimal_text), WithJsonSchema({"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"})]


class ParameterValue(ConfigModel):
    """One value of a parameter, in force from `valid_from` until the next value's."""
    valid_from: ConfigDate
    vaerdi: DecimalText
    kilde: str = Field(description="The most official source (URL).")
    status: Status = Field(description="confirmed: a cited source states it; UNCONFIRMED: shown as such everywhere.")
    note: str | None = None


class ParameterSpec(ConfigModel):
    hjemmel: str = Field(description="The § the parameter comes from.")
    enhed: str | None = None
    vaerdier: list[ParameterValue] = Field(min_length=1)
    gyldig_til: ConfigDate | None = Field(None, description="The last day the values are known to apply.")

    @model_validator(mode="after")
    def _one_value_per_day(self) -> "ParameterSpec":
        for i, (before, value) in enumerate(itertools.pairwise(self.vaerdier), start=1):
            if value.valid_from == before.valid_from:
                raise rule_error(f"two values with the same valid_from {value.valid_from.isoformat()}",
                                 at=("vaerdier", i, "valid_from"))
            if value.valid_from < before.valid_from:
                raise rule_error(f"expected the values in the order of their valid_from: {value.valid_from.isoformat()} "
                                 f"comes after {before.valid_from.isoformat()}", at=("vaerdier", i, "valid_from"))
        last = self.vaerdier[-1].valid_from
        if self.gyldig_til is not None and self.gyldig_til < last:
            raise rule_error(f"expected gyldig_til on or after the last valid_from ({last.isoformat()}), got "
                             f"{self.gyldig_til.isoformat()}", at=("gyldig_til",))
        return self


class ParameterFile(ConfigModel):
    """A family of law parameters, OpenFisca-style: named parameters with dated, sourced values."""
    model_config = ConfigDict(title="Dated law parameters (harness/ydelser/<ydelse>/parametre/*.yaml)")
    parametre: dict[str, ParameterSpec]


# --- the interpretation register (harness/ydelser/<ydelse>/fortolkninger.yaml) -----------------------------------

class Patch(ConfigModel):
    """A source change: the exact text `fra`, found once in the file `fil` of the benefit's package, becomes `til`."""
    fil: str = Field(description="A file of the benefit's package, relative to its folder (e.g. reference/ret.py).")
    fra: Annotated[str, Field(min_length=1)]
    til: str


class ParameterOverride(ConfigModel):
    """Every dated value of parameter `navn` replaced by `vaerdi`."""
    navn: str
    vaerdi: str


class Alternative(ConfigModel):
    """The other reading of an interpretation and how a mutant of the reference applies it (`ydelsestjek styrke`,
    docs/styrke.md): the strength run switches the interpretation and reports whether the scenarios notice."""
    fortolkning: str = Field(description="What the reference would do under the other reading.")
    patch: list[Patch] = Field(default_factory=list)
    parametre: list[ParameterOverride] = Field(default_factory=list)


class Interpretation(ConfigModel):
    """A named reading where the law is silent or sources disagree, cited by id from the explanation."""
    id: Annotated[str, Field(pattern=r"^FT-[A-Z0-9-]+$")]
    ydelse: str
    emne: str
    hjemmel: str
    fortolkning: str = Field(description="What the reference does.")
    begrundelse: str = Field(description="Why.")
    kilder: list[str]
    status: Status
    alternativ: Alternative | None = Field(None, description="Optional: the other reading, for the strength run.")


class InterpretationFile(ConfigRoot[list[Interpretation]]):
    """One benefit's part of the interpretation register."""
    model_config = ConfigDict(title="Interpretation register (harness/ydelser/<ydelse>/fortolkninger.yaml)", strict=True)
    root: Annotated[list[Interpretation], BeforeValidator(_empty_list)]


# --- a benefit's Danish words (etiketter.yaml, reference/regler.yaml) and the bank calendar ---------------------

class Labels(ConfigModel):
    """A benefit's Danish words for its fields, for golden diffs a jurist reads (harness/golden/diff.py)."""
    model_config = ConfigDict(title="A benefit's field labels (harness/ydelser/<ydelse>/etiketter.yaml)")
    felter: Annotated[dict[str, str], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="Field name -> its Danish word.")
    beloeb: Annotated[list[str], BeforeValidator(_empty_list)] = Field(
        default_factory=list, description="Fields that hold amounts, shown as kroner (default: beloeb).")
    noegler: Annotated[dict[str, str], BeforeValidator(_empty_dict)] = Field(
        default_factory=dict, description="List field -> the field that names an entry (udbetalinger -> uge).")


class RuleText(ConfigModel):
    titel: str
    tekst: str | None = Field(None, description="A Python format string over the step's input and resultat fields.")


class RuleCatalogue(ConfigRoot[dict[str, RuleText]]):
    """How each rule id in an explanation reads to a caseworker."""
    model_config = ConfigDict(title="A benefit's rule catalogue (harness/ydelser/<ydelse>/reference/regler.yaml)",
                              strict=True)
    root: Annotated[dict[str, RuleText], BeforeValidator(_empty_dict)]
