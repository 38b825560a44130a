"""A step table: the machinery every benefit's grammar module is built from (one table per benefit).

A table holds step definitions (pattern, function, example) of three kinds: Givet-steps build a case (`Sag`),
the Når-step may add facts of its own (e.g. the months to decide) before the case goes to a calculator, and
Så-steps assert legal facts on the decision, in both Danish word orders. A benefit's grammar module creates one
`Trintabel`, registers its steps on it and exposes the names the machinery uses: GRAMMAR, TYPES, Sag, match,
apply_given, apply_when, check_then, WHEN_PATTERN (harness/contract/ydelse.py). A grammar whose Når-step carries no
facts has no apply_when.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import parse
from parse_type import cfparse

from harness.contract import schemas


def choice(mapping: Mapping[str, object]):
    """A parse type for a closed vocabulary: an unknown phrase leaves the step unmatched, which the lint catches."""
    alternatives = sorted(mapping, key=len, reverse=True)

    @parse.with_pattern("|".join(map(re.escape, alternatives)))
    def convert(text: str):
        return mapping[text]

    return convert


class StepFailure(AssertionError):
    """A Så-step does not hold for the decision; the message says so in caseworker Danish."""


@dataclass
class Sag:
    """A case under construction for one benefit. Steps that depend on facts given later are deferred to
    `finish()`, which also validates the case against the benefit's schema."""

    ydelse: str
    case: dict = field(default_factory=dict)
    deferred: list[Callable[[dict], None]] = field(default_factory=list)

    def __post_init__(self):
        self.case = {"schema_version": "1.0", "ydelse": self.ydelse} | self.case

    def section(self, name: str) -> dict:
        return self.case.setdefault(name, {})

    def finish(self, sags_id: str) -> dict:
        case = copy.deepcopy(self.case)
        case["sags_id"] = sags_id
        for fn in self.deferred:
            fn(case)
        problems = schemas.errors(self.ydelse, "case", case)
        if problems:
            raise ValueError(f"scenario {sags_id} bygger en ugyldig sag: " + "; ".join(problems))
        return case


@dataclass(frozen=True)
class StepDef:
    kind: str  # given | when | then
    pattern: str
    fn: Callable
    example: str
    table: bool = False
    fixed: tuple = ()
    types: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    uses_sag: bool = True   # a Når-step function here takes the Sag (the bindings rely on it)

    @property
    def parser(self) -> cfparse.Parser:
        return _parser(self.pattern, self.types)


_PARSERS: dict[tuple[str, int], cfparse.Parser] = {}


def _parser(pattern: str, types: dict) -> cfparse.Parser:
    key = (pattern, id(types))
    if key not in _PARSERS:
        _PARSERS[key] = cfparse.Parser(pattern, extra_types=types)
    return _PARSERS[key]


class Trintabel:
    def __init__(self, ydelse: str, types: dict):
        self.ydelse = ydelse
        self.types = types
        self.steps: list[StepDef] = []
        self.when_pattern = ""

    def givet(self, pattern: str, example: str, table: bool = False):
        def register(fn):
            self.steps.append(StepDef("given", pattern, fn, example, table, (), self.types))
            return fn
        return register

    def naar(self, pattern: str, example: str):
        def register(fn):
            self.steps.append(StepDef("when", pattern, fn, example, False, (), self.types))
            self.when_pattern = self.when_pattern or pattern
            return fn
        return register

    def saa(self, patterns: list, example: str):
        """A Så-step in both word orders; a pattern may be (pattern, {fixed arguments})."""
        def register(fn):
            for p in patterns:
                pattern, fixed = (p, {}) if isinstance(p, str) else p
                self.steps.append(StepDef("then", pattern, fn, example, False, tuple(sorted(fixed.items())),
                                          self.types))
            return fn
        return register

    def match(self, kind: str, text: str) -> tuple[StepDef, dict] | None:
        for step in self.steps:
            if step.kind == kind:
                result = step.parser.parse(text)
                if result is not None:
                    return step, dict(result.named) | dict(step.fixed)
        return None

    def apply_given(self, sag: Sag, text: str, datatable: list[list[str]] | None = None) -> None:
        found = self.match("given", text)
        if found is None:
            raise LookupError(f"ingen Givet-trin matcher: {text!r}")
        step, args = found
        if step.table:
            if datatable is None:
                raise ValueError(f"trinnet {text!r} skal have en tabel")
            args["datatable"] = datatable
        step.fn(sag, **args)

    def apply_when(self, sag: Sag, text: str) -> None:
        found = self.match("when", text)
        if found is None:
            raise LookupError(f"ingen Når-trin matcher: {text!r}")
        step, args = found
        step.fn(sag, **args)

    def check_then(self, decision: dict, text: str) -> None:
        found = self.match("then", text)
        if found is None:
            raise LookupError(f"ingen Så-trin matcher: {text!r}")
        step, args = found
        step.fn(decision, **args)
