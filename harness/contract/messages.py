"""The adapter protocol's messages (after Bowtie's): what a candidate says about itself when it starts, and its
answer for one case — a decision, skipped with a reason, or errored with a message.

A candidate reached over JSON lines, a Python module or a recorded file speaks these (harness/adapters_api.py
reads them); the HTTP form wraps the same content (openapi.yaml). Their JSON Schemas are exported to
schemas/records/ (harness/contract/export.py).
"""
import datetime as dt
from typing import Annotated, Any, ClassVar, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from .validation import rule_error

ISO_DAY = r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"


def _calendar_day(value: str) -> str:
    """The pattern lets 2026-02-30 through; the calendar does not (a law date that is no day is no law date)."""
    dt.date.fromisoformat(value)      # ValueError: "day is out of range for month"
    return value


IsoDay = Annotated[str, Field(pattern=ISO_DAY, json_schema_extra={"format": "date"}), AfterValidator(_calendar_day)]


def _as_text(value: object) -> object:
    """A version or a message sent as a number means its text."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


Text = Annotated[str, BeforeValidator(_as_text)]
# An answer's reason or message is shown as text whatever was sent.
AnyText = Annotated[str, BeforeValidator(lambda v: v if isinstance(v, str) else str(v))]


class LawDates(BaseModel):
    """The first and last day of the law the candidate implements (inclusive); a case outside is skipped."""
    # defer_build: validators are built on first use, so a command pays only for the records it touches
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
    GIVEN: ClassVar[tuple[str, ...]] = ("fra", "til")
    fra: IsoDay | None = None
    til: IsoDay | None = None

    @model_serializer(mode="wrap")
    def _as_given(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Only the days the candidate gave: {} when it gave none."""
        data = handler(self)
        return {k: v for k, v in data.items() if k in self.model_fields_set} if isinstance(data, dict) else data

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        """A first day after the last is no period of law (red team r15: 2026-12-31 to 2021-01-01 was taken and shown
        as given, and skipped every scenario of a benefit with law dates)."""
        if self.fra is not None and self.til is not None and self.fra > self.til:
            raise rule_error(f"expected fra on or before til, got fra {self.fra} and til {self.til}",
                             da=f"forventede fra senest samme dag som til, fik fra {self.fra} og til {self.til}")
        return self


class CandidateMetadata(BaseModel):
    """What a candidate reports when it starts. Further fields (a URL, a build) are kept as they are."""
    model_config = ConfigDict(extra="allow", frozen=True, strict=True, title="Candidate metadata (adapter protocol)")
    system: Text = Field(description="The system's name, e.g. KSD.")
    version: Text = Field(description="Its release, e.g. 2.4.0 (waivers match it as a PEP 440 version).")
    ydelser: list[str] = Field(description="The benefits it computes.")
    lovdatoer: Annotated[LawDates, BeforeValidator(lambda v: {} if v is None else v)] = Field(default_factory=LawDates)


class DecisionAnswer(BaseModel):
    """The candidate's decision for the case (validated later, against the benefit's decision schema: an invalid
    decision is the deviation `ugyldigt_svar`, not an error of the protocol)."""
    model_config = ConfigDict(extra="allow", frozen=True, defer_build=True)
    decision: Any


class SkippedAnswer(BaseModel):
    """The candidate does not compute this case (e.g. outside its law dates)."""
    model_config = ConfigDict(extra="allow", frozen=True, strict=True, defer_build=True)
    skipped: Literal[True]
    reason: AnyText = ""


class ErroredAnswer(BaseModel):
    """The candidate failed on this case."""
    model_config = ConfigDict(extra="allow", frozen=True, strict=True, defer_build=True)
    errored: Literal[True]
    message: AnyText = ""


Answer = Annotated[ErroredAnswer | SkippedAnswer | DecisionAnswer, Field(union_mode="left_to_right")]
