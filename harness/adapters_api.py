"""The Python side of the adapter protocol (after Bowtie's connectables).

A candidate is reached through `start() -> metadata`, `run(cases) -> [Result]` (one per case, in order) and
`stop()`. `open_candidate(spec)` turns a `--candidate` spec into a Candidate by its prefix; prefixes map to
adapter modules by name in CONNECTABLES, so a new way of reaching a system (HTTP, issue 6) is one new entry
here plus one module in adapters/, and nothing else changes.
"""
from __future__ import annotations

import functools
import importlib
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from harness.contract.messages import Answer, CandidateMetadata, DecisionAnswer, ErroredAnswer, SkippedAnswer
from harness.contract.validation import error_lines, field_path, short


class CandidateError(Exception):
    """The candidate cannot be opened or started at all (bad spec, missing module, process won't start).
    Problems with single cases never raise; they become `errored` results."""


MAX_REASON = 2000   # characters of a candidate's own message (reason, error) kept in the evidence


MAX_NAME = 200      # characters of a candidate's system name, version or benefit name
MAX_METADATA = 256 * 1024   # the whole metadata document, written as JSON


def _bounded(text: str, limit: int = MAX_REASON) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True)
class Result:
    """One case's outcome from a candidate: exactly one of decision, skipped, errored or invalid."""
    kind: str                      # "decision" | "skipped" | "errored" | "invalid"
    decision: object = None        # the raw answer (not yet validated: an invalid one is a deviation of its own)
    reason: str = ""               # why skipped / the error message / why the answer is invalid
    seconds: float = 0.0           # time the candidate spent on this case, when known
    fault: bool = False            # errored without a word from the candidate: it died, hung, failed (5xx) or babbled

    @staticmethod
    def of_decision(decision: object, seconds: float = 0.0) -> Result:
        return Result("decision", decision=decision, seconds=seconds)

    @staticmethod
    def skipped(reason: str, seconds: float = 0.0) -> Result:
        return Result("skipped", reason=_bounded(reason or "no reason given"), seconds=seconds)

    @staticmethod
    def errored(message: str, seconds: float = 0.0) -> Result:
        return Result("errored", reason=_bounded(message or "no message given"), seconds=seconds)

    @staticmethod
    def failed(message: str, seconds: float = 0.0) -> Result:
        """Errored, but not by the candidate's own answer: the process died or hung, the connection or the server
        failed, or what came was no answer at all. Where a refusal is expected (an invalid case) this is none."""
        return Result("errored", reason=_bounded(message or "no answer"), seconds=seconds, fault=True)

    @staticmethod
    def invalid(message: str, seconds: float = 0.0) -> Result:
        """An answer came, but it cannot be one: NaN, over a size limit, a line cut off (*ugyldigt svar*)."""
        return Result("invalid", reason=_bounded(message or "ugyldigt svar"), seconds=seconds)


SILENT_CALLS = 3    # calls a silence must span: one failed batch of 200 cases (a passing 5xx) does not stop a run


@dataclass
class Silence:
    """The cases in a row a candidate gave no answer at all (Result.fault: it hung, crashed, exited, its server
    failed), and the calls they spanned: a run and an audit take the candidate to be down past the rollout policy's
    run_bounds.silent_cases, rather than wait out every case's timeout. Any other answer starts the count again."""
    cases: int = 0
    calls: int = 0

    def count(self, results: list[Result]) -> None:
        for r in results:
            if r.fault:
                self.cases += 1
            else:
                self.cases, self.calls = 0, 0
        if results and results[-1].fault:
            self.calls += 1

    def down(self, limit: int | None) -> bool:
        return limit is not None and limit > 0 and self.cases >= limit and self.calls >= SILENT_CALLS


@functools.cache
def _answer() -> TypeAdapter[ErroredAnswer | SkippedAnswer | DecisionAnswer]:
    """Built when the first answer arrives as a message (a candidate in process, such as the reference, answers
    with Results and never needs it)."""
    return TypeAdapter(Answer)


def result_from_message(msg: object) -> Result:
    """Interpret a wire/module answer `{"decision": …} | {"skipped": true, "reason": …} | {"errored": true, …}`
    (harness/contract/messages.py). Anything else is no answer (Result.failed, with what was received), never
    raised; so is an error answer marked `"nedbrud": true` (the python: host's word for a module that crashed)."""
    if type(msg) is dict and "decision" in msg and "errored" not in msg and "skipped" not in msg:
        # What the validation below makes of the common answer, a decision, without building a model: the union
        # tries errored and skipped first (which take `1` for true as well), and a decision is then any object with
        # a `decision` (its value as it is, validated later against the benefit's schema).
        return Result.of_decision(msg["decision"])
    try:
        answer = _answer().validate_python(msg)
    except ValidationError:
        return Result.failed(f"answer is not one of decision/skipped/errored: {short(msg, 200)}")
    if isinstance(answer, ErroredAnswer):
        crashed = (answer.model_extra or {}).get("nedbrud") is True
        return Result.failed(answer.message) if crashed else Result.errored(answer.message)
    if isinstance(answer, SkippedAnswer):
        return Result.skipped(answer.reason)
    return Result.of_decision(answer.decision)


@dataclass
class Metadata:
    """What a candidate says about itself when it starts (the contract's CandidateMetadata), as the adapters and
    the runner hold it."""
    system: str
    version: str
    ydelser: list[str] = field(default_factory=list)
    lovdatoer: dict[str, str | None] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def from_dict(doc: object, where: str) -> Metadata:
        """The metadata a candidate sent; CandidateError naming `where`, the field and what was expected (in
        Danish: the message is the run's start error in the evidence pack)."""
        try:
            size = len(json.dumps(doc, default=str))
        except (ValueError, TypeError, RecursionError):
            size = MAX_METADATA + 1
        if size > MAX_METADATA:
            raise CandidateError(f"{where}: ugyldige metadata: større end {MAX_METADATA // 1024} KB skrevet som JSON")
        try:
            meta = CandidateMetadata.model_validate(doc)
        except ValidationError as exc:
            problems = error_lines(exc, CandidateMetadata, lang="da", where=lambda loc: field_path(("metadata", *loc)))
            raise CandidateError(f"{where}: ugyldige metadata: " + "; ".join(problems)) from None
        return Metadata(system=_bounded(meta.system, MAX_NAME), version=_bounded(meta.version, MAX_NAME),
                        ydelser=[_bounded(y, MAX_NAME) for y in meta.ydelser],
                        lovdatoer=meta.lovdatoer.model_dump(), extra=dict(meta.model_extra or {}))

    def outside_law_dates(self, date: str) -> bool:
        """True when the candidate declares law dates (ISO, inclusive) and `date` lies outside them."""
        fra, til = self.lovdatoer.get("fra"), self.lovdatoer.get("til")
        return bool((fra and date < fra) or (til and date > til))

    def to_dict(self) -> dict[str, Any]:
        return {"system": self.system, "version": self.version, "ydelser": self.ydelser,
                "lovdatoer": self.lovdatoer, **self.extra}


class Candidate(ABC):
    """A system under test. Implementations must turn every per-case problem into a Result."""

    spec: str = ""
    batch_size: int = 1   # cases per run() call the runner uses; >1 only where the candidate gains from batches
    deadline: float | None = None   # time.monotonic() by which the whole run must end; set by the runner
    isolated: bool = False          # True when cases only leave as JSON (a process, HTTP): the harness's copy is safe;
                                    # an in-process candidate gets a copy of each case instead

    def time_left(self, wanted: float) -> float:
        """`wanted` seconds, or less when the run's deadline comes first (never below zero)."""
        if self.deadline is None:
            return wanted
        import time
        return max(0.0, min(wanted, self.deadline - time.monotonic()))

    @abstractmethod
    def start(self) -> Metadata:
        ...

    @abstractmethod
    def run(self, cases: list[dict]) -> list[Result]:
        ...

    def stop(self) -> None:  # noqa: B027 - optional: most candidates hold nothing to release
        """Release what start() took (processes, connections); the default holds nothing."""

    def __enter__(self) -> Candidate:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


# prefix -> "module:factory"; the factory takes the rest of the spec (after the prefix) and returns a Candidate.
# Exact specs (no argument) are listed with an empty argument.
CONNECTABLES: dict[str, str] = {
    "reference": "adapters.reference:open",
    "demo": "adapters.demo:open",
    "python:": "adapters.python_module:open",
    "cmd:": "adapters.subprocess_jsonl:open",
    "file:": "adapters.recorded_file:open",
    "http://": "adapters.http:open_http",
    "https://": "adapters.http:open_https",
}


def register_connectable(prefix: str, target: str) -> None:
    """Add a spec prefix (e.g. "http://") served by `target` ("module:factory")."""
    CONNECTABLES[prefix] = target


def open_candidate(spec: str, timeout: float | None = None) -> Candidate:
    """The Candidate for a `--candidate` spec; raises CandidateError with the known forms on a bad spec."""
    spec = (spec or "").strip()
    for prefix, target in sorted(CONNECTABLES.items(), key=lambda kv: -len(kv[0])):
        if prefix.endswith((":", "//")):
            if not spec.startswith(prefix):
                continue
            argument = spec[len(prefix):]
            if not argument:
                raise CandidateError(f"candidate spec {spec!r}: nothing after {prefix!r}")
        elif spec == prefix:
            argument = ""
        else:
            continue
        module_name, _, factory = target.partition(":")
        module = importlib.import_module(module_name)
        candidate = getattr(module, factory)(argument, timeout=timeout)
        candidate.spec = spec
        return candidate
    forms = ", ".join(p + ("…" if p.endswith((":", "//")) else "") for p in CONNECTABLES)
    raise CandidateError(f"unknown candidate spec {spec!r}; known forms: {forms}")
