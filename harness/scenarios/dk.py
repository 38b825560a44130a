"""Danish number, money, date and week formats as they appear in scenario text.

Scenarios are read by jurists and caseworkers, so they say "4.084,80 kr." and "3. april 2024"; the contract
says "4084.80" and "2024-04-03". These parse types convert one into the other, and the format_* functions
go the other way (for the golden workflow's Danish diffs). They are cfparse types, shared by the grammar and
the pytest-bdd bindings, so both read a step the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import parse

from harness.toolkit.dansk import format_kr, format_tal  # noqa: F401  (the grammar's formatters)

MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december")
_MAANED_RE = "|".join(MAANEDER)

_TAL = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"


@parse.with_pattern(_TAL)
def tal(text: str) -> Decimal:
    """A Danish decimal: "239,5", "1.234", "74"."""
    return Decimal(text.replace(".", "").replace(",", "."))


@parse.with_pattern(rf"(?:{_TAL}) ?kr\.?")
def kr(text: str) -> Decimal:
    """An amount with its unit: "4.084,80 kr.", "4084,80 kr", "5.085 kr." -> Decimal('4084.80')."""
    number = re.sub(r" ?kr\.?$", "", text)
    return tal(number).quantize(Decimal("0.01"))


@parse.with_pattern(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\. (?:{_MAANED_RE}) \d{{4}}")
def dato(text: str) -> dt.date:
    """A date: ISO "2024-04-03" or Danish "3. april 2024"."""
    if "-" in text:
        return dt.date.fromisoformat(text)
    day, month, year = text.split(" ")
    return dt.date(int(year), MAANEDER.index(month.lower()) + 1, int(day.rstrip(".")))


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


@parse.with_pattern(r"\d{4}-W\d{2}")
def uge(text: str) -> str:
    """An ISO week: "2024-W14"."""
    return text


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
