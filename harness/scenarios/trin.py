"""A step table: the machinery every benefit's grammar module is built from (one table per benefit).

A table holds step definitions (pattern, function, example) of three kinds: Givet-steps build a case (`Sag`),
the Når-step may add facts of its own (e.g. the months to decide) before the case goes to a calculator, and
Så-steps assert legal facts on the decision, in both Danish word orders. A benefit's grammar module creates one
`Trintabel`, registers its steps on it and exposes the names the machinery uses: GRAMMAR, TYPES, Sag, match,
apply_given, apply_when, check_then, WHEN_PATTERN (harness/contract/ydelse.py). A grammar whose Når-step carries no
facts has no apply_when.

The table also writes steps: `tekst(fn, **values)` renders the sentence of the step registered for `fn` from
values, each field by its parse type's formatter (dk.py; a closed vocabulary by the inverse of its mapping), and
reads it back with the same step before returning it. A benefit's generators say their Givet-, Når- and Så-steps
that way, so each sentence is written once: as a pattern here.

A benefit decided month by month builds on `MaanedSag` and registers, in its own words, the Når-step functions
`afgoeres_for_perioden` and `afgoeres_for_maaneden` (`naar_maaneder` says them back) and the Så-step functions
`udbetales_for_maaneden` and `udbetalt_i_alt`; its other Så-steps find a month with `maaned_i` and compare amounts
with `eq_kr`.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, NoReturn

import parse
from parse_type import cfparse

from harness.contract import schemas

from . import dk


def choice(mapping: Mapping[str, object]):
    """A parse type for a closed vocabulary: an unknown phrase leaves the step unmatched, which the lint catches.

    Its formatter writes a value as its phrase: the first phrase declared for it, so the mapping's order says
    which is the default where several phrases mean the same ("ægtefællen", "samleveren"). A caller names another
    by passing the phrase itself (a value is looked up first, so a phrase that is also a value means the value)."""
    alternatives = sorted(mapping, key=len, reverse=True)

    @dk.formats(lambda value: _phrase(mapping, value))
    @parse.with_pattern("|".join(map(re.escape, alternatives)))
    def convert(text: str):
        return mapping[text]

    return convert


def _phrase(mapping: Mapping[str, object], value: object) -> str:
    for text, meaning in mapping.items():
        if meaning == value:
            return text
    if isinstance(value, str) and value in mapping:
        return value
    raise ValueError(f"{value!r} er hverken en værdi eller en vending i ordforrådet ({', '.join(mapping)})")


class StepFailure(AssertionError):
    """A Så-step does not hold for the decision; the message says so in caseworker Danish."""


def fail(message: str) -> NoReturn:
    raise StepFailure(message)


def eq_kr(actual: str | None, expected: Decimal, what: str) -> None:
    """A Så-step's amount: `what` in the decision is `actual` (the contract's string, None for no amount)."""
    if actual is None or Decimal(actual) != expected:
        shown = dk.format_kr(actual) if actual is not None else "intet beløb"
        fail(f"{what} er {shown}, men skulle være {dk.format_kr(expected)}")


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


# --- a benefit decided month by month -------------------------------------------------------------------------

def maaneder(fra: str, til: str) -> list[str]:
    """The calendar months from `fra` to `til`, both included ("2024-11", "2025-01" -> three months)."""
    y, m = map(int, fra.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= til:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if not out:
        raise ValueError(f"perioden {fra} til {til} er tom")
    return out


@dataclass
class MaanedSag(Sag):
    """A case decided month by month, under construction: facts are kept per month (`maaned`) until the Når-step
    names the months (`afgoeres_for_perioden`, `afgoeres_for_maaneden`); `finish()` writes them as the case's
    `maaneder`, in that order, and refuses facts for a month that is not decided."""

    maanedsdata: dict[str, dict] = field(default_factory=dict)
    perioder: list[str] = field(default_factory=list)

    def maaned(self, maaned: str) -> dict:
        return self.maanedsdata.setdefault(maaned, {})

    def finish(self, sags_id: str) -> dict:
        if not self.perioder:
            raise ValueError(f"scenario {sags_id}: Når-trinnet skal nævne de måneder, der afgøres for")
        uden = sorted(set(self.maanedsdata) - set(self.perioder))
        if uden:
            raise ValueError(f"scenario {sags_id}: oplysninger for {', '.join(uden)}, som der ikke afgøres for")
        self.case["maaneder"] = [{"maaned": m, **self.maanedsdata.get(m, {})} for m in self.perioder]
        return super().finish(sags_id)


def afgoeres_for_perioden(sag: MaanedSag, fra: str, til: str) -> None:
    """The Når-step of a month-based benefit that names a period ("… afgøres for 2024-05 til 2024-07")."""
    sag.perioder = maaneder(fra, til)


def afgoeres_for_maaneden(sag: MaanedSag, maaned: str) -> None:
    """The Når-step of a month-based benefit that names one month ("… afgøres for 2024-05")."""
    sag.perioder = [maaned]


def maaned_i(decision: dict, maaned: str) -> dict:
    """The decision's month `maaned` (a Så-step's subject); a StepFailure naming the months it has when missing."""
    for x in decision["maaneder"]:
        if x["maaned"] == maaned:
            return x
    fail(f"afgørelsen har ingen måned {maaned} (har: {', '.join(x['maaned'] for x in decision['maaneder']) or 'ingen'})")


def udbetales_for_maaneden(decision: dict, beloeb: Decimal, maaned: str) -> None:
    """The Så-step of a month-based benefit whose decision pays each month `udbetalt` ("… udbetales 12.326,00 kr.
    for 2024-05")."""
    eq_kr(maaned_i(decision, maaned)["udbetalt"]["beloeb"], beloeb, f"udbetalingen for {maaned}")


def udbetalt_i_alt(decision: dict, beloeb: Decimal) -> None:
    """The Så-step of a month-based benefit whose decision sums its payments in `i_alt.udbetalt` ("… der er
    udbetalt 36.978,00 kr. i alt")."""
    eq_kr(decision["i_alt"]["udbetalt"]["beloeb"], beloeb, "det udbetalte i alt")


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

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the pattern's fields, in order."""
        return tuple(piece[0] for piece in _pieces(self.pattern) if isinstance(piece, tuple))

    def fits(self, values: Mapping[str, object]) -> bool:
        """The step says exactly these values: its fields and fixed arguments, the fixed ones agreeing."""
        fixed = dict(self.fixed)
        return set(values) == set(self.fields) | set(fixed) and all(values[k] == v for k, v in fixed.items())

    def wants(self) -> str:
        """The values the step says, for error messages: "['beloeb', 'har', 'hvem'] med har=True"."""
        fixed = ", ".join(f"{k}={v!r}" for k, v in self.fixed)
        return f"{sorted(set(self.fields) | {k for k, _ in self.fixed})}" + (f" med {fixed}" if fixed else "")

    def tekst(self, **values: Any) -> str:
        """The step's sentence (no keyword, no datatable) with `values` in its fields, each written by its parse
        type's formatter (str() for a field without one); the sentence is parsed back with this step, and a value
        that does not come back the same is an error, never a sentence the grammar reads otherwise."""
        if not self.fits(values):
            raise ValueError(f"trinnet {self.pattern!r} tager {self.wants()}, fik {dict(values)}")
        parts: list[str] = []
        expected: dict[str, object] = {}
        for piece in _pieces(self.pattern):
            if isinstance(piece, str):
                parts.append(piece)
                continue
            name, kind = piece
            text, expected[name] = self._field(name, kind, values[name])
            parts.append(text)
        sentence = "".join(parts)
        result = self.parser.parse(sentence)
        if result is None or any(result.named.get(k) != v for k, v in expected.items()):
            raise ValueError(f"{sentence!r} læses ikke tilbage som {expected} af trinnet {self.pattern!r}")
        return sentence

    def _field(self, name: str, kind: str, value: object) -> tuple[str, object]:
        """The field's text and the value its parse type reads from it."""
        if not kind:
            return str(value), str(value)
        convert = self.types.get(kind)
        if convert is None:
            raise ValueError(f"trinnet {self.pattern!r}: typen {kind!r} findes ikke i trintabellens typer")
        fmt = dk.formatter(convert)
        try:
            text = fmt(value) if fmt is not None else str(value)
            if not re.fullmatch(getattr(convert, "pattern", r".+"), text):
                raise ValueError(f"{text!r} er ikke en {kind}")
            return text, convert(text)
        except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
            raise ValueError(f"trinnet {self.pattern!r}: {name}={value!r} kan ikke skrives som {kind} ({exc})") from None


# A pattern's pieces: its fixed text and its fields as (name, type) ("{{" and "}}" are literal braces).
_PIECE = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}")


@lru_cache(maxsize=1024)
def _pieces(pattern: str) -> tuple[str | tuple[str, str], ...]:
    out: list[str | tuple[str, str]] = []
    at = 0
    for m in _PIECE.finditer(pattern):
        out.append(pattern[at:m.start()])
        if m.group(0) in ("{{", "}}"):
            out.append(m.group(0)[0])
        elif not m.group(1):
            raise ValueError(f"mønstret {pattern!r} har et felt uden navn")
        else:
            out.append((m.group(1), m.group(2) or ""))
        at = m.end()
    out.append(pattern[at:])
    return tuple(p for p in out if p != "")


def fixed_text(pattern: str) -> list[str]:
    """The pattern's fixed text between its fields ("en lønmodtager ansat siden {ansat_fra:Dato}" ->
    ["en lønmodtager ansat siden "]): the words a sentence of this step always has."""
    out, current = [], ""
    for piece in _pieces(pattern):
        if isinstance(piece, str):
            current += piece
        else:
            out.append(current)
            current = ""
    return [t for t in [*out, current] if t.strip()]


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
        """A Så-step in both word orders; a pattern may be (pattern, {fixed arguments}). List the inverted order
        ("er ugebeløbet …") before the straight one ("ugebeløbet er …"): `tekst` writes the last that fits."""
        def register(fn):
            for p in patterns:
                pattern, fixed = (p, {}) if isinstance(p, str) else p
                self.steps.append(StepDef("then", pattern, fn, example, False, tuple(sorted(fixed.items())),
                                          self.types))
            return fn
        return register

    def naar_maaneder(self, maaneder: list[str]) -> str:
        """The Når-step that names these consecutive months, in a table that registers `afgoeres_for_maaneden` and
        `afgoeres_for_perioden`: the one-month step for one month, the period step for more."""
        if len(maaneder) == 1:
            return self.tekst(afgoeres_for_maaneden, maaned=maaneder[0])
        return self.tekst(afgoeres_for_perioden, fra=maaneder[0], til=maaneder[-1])

    def tekst(self, fn: Callable | str, **values: Any) -> str:
        """The sentence of the step registered for `fn` (the function, or its name) with `values` (`step_for`). A
        datatable step's sentence comes without its table; the caller adds the rows (`dk.format_cell`)."""
        return self.step_for(fn, values).tekst(**values)

    def step_for(self, fn: Callable | str, values: Mapping[str, object]) -> StepDef:
        """Of the patterns registered for `fn` whose fields and fixed arguments are exactly `values` (the fixed
        ones agreeing), the last: the straight word order of a Så-step (`saa`), the one pattern of most Givet- and
        Når-steps."""
        steps = [s for s in self.steps if (s.fn is fn if callable(fn) else getattr(s.fn, "__name__", None) == fn)]
        if not steps:
            raise LookupError(f"intet trin i trintabellen for {self.ydelse} er registreret for {fn!r}")
        if len({id(s.fn) for s in steps}) > 1:
            raise LookupError(f"flere funktioner i trintabellen for {self.ydelse} hedder {fn!r}")
        fitting = [s for s in steps if s.fits(values)]
        if not fitting:
            shown = "; ".join(f"{s.pattern!r} tager {s.wants()}" for s in steps)
            raise ValueError(f"intet mønster for {fn!r} tager {dict(values)}: {shown}")
        return fitting[-1]

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
