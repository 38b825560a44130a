"""Shared typed building blocks: money and decimals travel as strings in JSON and as Decimal inside."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator, ConfigDict, PlainSerializer

ORE = Decimal("0.01")


def _strict_decimal_string(value: object) -> object:
    # The JSON contract carries numbers as strings; a JSON number would silently lose precision.
    if isinstance(value, (float, int)) and not isinstance(value, bool):
        raise ValueError("expected a decimal as a string, e.g. \"4084.80\", not a JSON number")
    return value


def _money_string(value: Decimal) -> str:
    return f"{value.quantize(ORE):f}"


Beloeb = Annotated[Decimal, BeforeValidator(_strict_decimal_string), PlainSerializer(_money_string, return_type=str)]
Dec = Annotated[Decimal, BeforeValidator(_strict_decimal_string), PlainSerializer(lambda v: f"{v:f}", return_type=str)]

STRICT = ConfigDict(extra="forbid", frozen=True)
