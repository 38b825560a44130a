"""Shared typed building blocks for every benefit's models. Money and decimals travel as strings in JSON and as
Decimal inside; dates as ISO strings. Models run in pydantic's strict mode (JSON types only: no "true" for a
boolean, no 1.0 for an integer) and these validators convert the contract's strings, so the typed models accept
exactly what the JSON Schemas accept."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator, ConfigDict, Field, PlainSerializer

ORE = Decimal("0.01")
_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _decimal_string(pattern: re.Pattern, example: str):
    def check(value: object) -> Decimal:
        # A JSON number would silently lose precision or change meaning; the contract says string.
        if isinstance(value, Decimal):
            return value
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError(f"expected a string like {example!r}")
        return Decimal(value)
    return check


def _date_string(value: object) -> dt.date:
    # pydantic alone would also accept datetimes and Unix timestamps; the schema's date is 'YYYY-MM-DD'.
    if type(value) is dt.date:
        return value
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError("expected an ISO date string 'YYYY-MM-DD'")
    return dt.date.fromisoformat(value)


Beloeb = Annotated[Decimal, BeforeValidator(_decimal_string(_MONEY, "4084.80")),
                   PlainSerializer(lambda v: f"{v.quantize(ORE):f}", return_type=str)]
Dec = Annotated[Decimal, BeforeValidator(_decimal_string(_DECIMAL, "37.5")),
                PlainSerializer(lambda v: f"{v:f}", return_type=str)]
Dato = Annotated[dt.date, BeforeValidator(_date_string)]
Maaned = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
TrinRef = Annotated[str, Field(pattern=r"^T\d{2,}$")]
Aarsag = Annotated[str, Field(pattern=r"^[A-Z0-9_]+$")]
FortolkningRef = Annotated[str, Field(pattern=r"^FT-[A-Z0-9-]+$")]

STRICT = ConfigDict(extra="forbid", frozen=True, strict=True)
