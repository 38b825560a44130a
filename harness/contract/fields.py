"""Shared typed building blocks. Money and decimals travel as strings in JSON and as Decimal inside; dates as
ISO strings. The validators hold the typed models to exactly what the JSON Schemas accept."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator, ConfigDict, PlainSerializer

ORE = Decimal("0.01")
_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _string_matching(pattern: re.Pattern, expected: str):
    def check(value: object) -> object:
        # A JSON number would silently lose precision or change meaning; the contract says string.
        if isinstance(value, Decimal):
            return value
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError(f"expected {expected}")
        return value
    return check


def _date_string(value: object) -> object:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError("expected an ISO date string YYYY-MM-DD")
    return value


def _money_string(value: Decimal) -> str:
    return f"{value.quantize(ORE):f}"


Beloeb = Annotated[Decimal, BeforeValidator(_string_matching(_MONEY, "an amount as a string with two decimals, e.g. \"4084.80\"")),
                   PlainSerializer(_money_string, return_type=str)]
Dec = Annotated[Decimal, BeforeValidator(_string_matching(_DECIMAL, "a decimal as a string, e.g. \"37\" or \"37.5\"")),
                PlainSerializer(lambda v: f"{v:f}", return_type=str)]
Dato = Annotated[dt.date, BeforeValidator(_date_string)]

STRICT = ConfigDict(extra="forbid", frozen=True)
