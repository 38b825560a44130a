"""Danish number, money, date and week formats as they appear in scenario text.

Scenarios are read by jurists and caseworkers, so they say "4.084,80 kr." and "3. april 2024"; the contract
says "4084.80" and "2024-04-03". These parse types convert one into the other; each carries its formatter, which
goes the other way (a value to the text its parser reads back: `formatter`), so a step table can render a step
from values as well as parse it (trin.Trintabel.tekst). They are cfparse types, shared by the grammar and the
pytest-bdd bindings, so both read a step the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import parse

from harness.toolkit.dansk import format_kr

Formatter = Callable[[Any], str]


def formats(formatter: Formatter) -> Callable[[Any], Any]:
    """Give a parse type its formatter: the way back from a value to text the type parses to that value (a
    function attribute, as parse's own `pattern`)."""
    def attach(parse_type: Any) -> Any:
        parse_type.format = formatter
        return parse_type
    return attach


def formatter(parse_type: Any) -> Formatter | None:
    """The parse type's formatter, or None for a type that has none (its values are written as str())."""
    return getattr(parse_type, "format", None)


MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")
_MAANED_RE = "|".join(MAANEDER)

_TAL = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"


def _decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise ValueError(f"{value!r} er ikke et tal") from None


def format_tal(value: object) -> str:
    """Decimal("239.5"), "239.5", 74 -> "239,5", "74" (no thousands separator: `tal` reads both)."""
    return f"{_decimal(value):f}".replace(".", ",")


def _format_kr(value: object) -> str:
    return format_kr(_decimal(value))


def _read(parse_type: Any, value: object) -> Any:
    """`value` as the type parses it, if it is text the type reads (so "marts 2024" formats as "2024-03")."""
    text = str(value)
    if not re.fullmatch(parse_type.pattern, text):
        raise ValueError(f"{value!r} kan ikke skrives som {parse_type.__name__}")
    return parse_type(text)


def format_dato(value: object) -> str:
    """A date, or its ISO or Danish text, as ISO: "2024-04-03" (the grammar reads ISO and "3. april 2024")."""
    return value.isoformat() if type(value) is dt.date else _read(dato, value).isoformat()


def format_maaned(value: object) -> str:
    """"2024-03", "marts 2024" or a date -> "2024-03"."""
    return f"{value:%Y-%m}" if type(value) is dt.date else _read(maaned, value)


def format_uge(value: object) -> str:
    return _read(uge, value)


def format_heltal(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{value!r} er ikke et heltal")
    return str(_read(heltal, value))


@formats(format_tal)
@parse.with_pattern(_TAL)
def tal(text: str) -> Decimal:
    """A Danish decimal: "239,5", "1.234", "74"."""
    return Decimal(text.replace(".", "").replace(",", "."))


@formats(_format_kr)
@parse.with_pattern(rf"(?:{_TAL}) ?kr\.?")
def kr(text: str) -> Decimal:
    """An amount with its unit: "4.084,80 kr.", "4084,80 kr", "5.085 kr." -> Decimal('4084.80')."""
    number = re.sub(r" ?kr\.?$", "", text)
    return tal(number).quantize(Decimal("0.01"))


@formats(format_dato)
@parse.with_pattern(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\. (?:{_MAANED_RE}) \d{{4}}")
def dato(text: str) -> dt.date:
    """A date: ISO "2024-04-03" or Danish "3. april 2024"."""
    if "-" in text:
        return dt.date.fromisoformat(text)
    day, month, year = text.split(" ")
    return dt.date(int(year), MAANEDER.index(month.lower()) + 1, int(day.rstrip(".")))


@formats(format_maaned)
@parse.with_pattern(rf"\d{{4}}-\d{{2}}|(?:{_MAANED_RE}) \d{{4}}")
def maaned(text: str) -> str:
    """A calendar month: "2024-03" or "marts 2024" -> "2024-03"."""
    if "-" in text:
        year, month = text.split("-")
        if not 1 <= int(month) <= 12:
            raise ValueError(f"ikke en måned: {text}")
        return text
    name, year = text.split(" ")
    return f"{year}-{MAANEDER.index(name.lower()) + 1:02d}"


@formats(format_uge)
@parse.with_pattern(r"\d{4}-W\d{2}")
def uge(text: str) -> str:
    """An ISO week: "2024-W14"."""
    return text


@formats(format_heltal)
@parse.with_pattern(r"\d+")
def heltal(text: str) -> int:
    return int(text)


TYPES = {"Tal": tal, "Kr": kr, "Dato": dato, "Maaned": maaned, "Uge": uge, "Heltal": heltal}


def parse_cell(text: str, kind: str):
    """Convert a datatable cell with one of the TYPES (datatables are not parsed by cfparse)."""
    fn = TYPES[kind]
    if not re.fullmatch(fn.pattern, text.strip()):
        raise ValueError(f"'{text}' er ikke en gyldig {kind}")
    return fn(text.strip())


def format_cell(value: object, kind: str) -> str:
    """A datatable cell from a value, with one of the TYPES' formatters (the way back from `parse_cell`)."""
    fmt = formatter(TYPES[kind])
    assert fmt is not None
    return fmt(value)
