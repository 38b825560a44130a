"""Shared typed building blocks for every benefit's models. Money and decimals travel as strings in JSON and as
Decimal inside; dates as ISO strings. Models run in pydantic's strict mode (JSON types only: no "true" for a
boolean, no 1.0 for an integer) and these types convert the contract's strings, so the typed models accept
exactly what the JSON Schemas accept."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, GetPydanticSchema, PlainSerializer
from pydantic_core import core_schema

ORE = Decimal("0.01")


def _contract_string(pattern: str, convert: Callable[[str], Any], message: str) -> GetPydanticSchema:
    """A strict JSON string matching `pattern`, converted by `convert` (a C-level callable such as Decimal), all
    inside pydantic-core: no Python frame per field on the hot path. Any failure reads `message`."""
    inner = core_schema.no_info_after_validator_function(convert, core_schema.str_schema(pattern=pattern, strict=True))
    schema = core_schema.custom_error_schema(inner, custom_error_type="contract_format", custom_error_message=message)
    return GetPydanticSchema(lambda _type, _handler: schema)


# A JSON number would silently lose precision or change meaning; the contract says string.
Beloeb = Annotated[Decimal, _contract_string(r"^[0-9]{1,10}\.[0-9]{2}$", Decimal,
                                             "expected a string like '4084.80': a non-negative amount, two decimals, at most 10 digits"),
                   PlainSerializer(lambda v: f"{v.quantize(ORE):f}", return_type=str)]
Dec = Annotated[Decimal, _contract_string(r"^[0-9]{1,7}(\.[0-9]{1,6})?$", Decimal,
                                          "expected a string like '37.5': a non-negative number"),
                PlainSerializer(lambda v: f"{v:f}", return_type=str)]
# pydantic alone would also accept datetimes and Unix timestamps; the schema's date is 'YYYY-MM-DD'.
Dato = Annotated[dt.date, _contract_string(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                                           dt.date.fromisoformat, "expected a string with an ISO date 'YYYY-MM-DD' in 1900-2099"),
                 PlainSerializer(lambda v: v.isoformat(), return_type=str)]
Maaned = Annotated[str, Field(pattern=r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")]


def _json_integer(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# JSON Schema's integer is a number without a fractional part: 9 and 9.0 alike (never true or "9"), and a system
# that sends 9.0 must be read as the schema reads it. Strict int after the conversion refuses the rest.
Heltal = Annotated[int, BeforeValidator(_json_integer)]
TrinRef = Annotated[str, Field(pattern=r"^T[0-9]{2,4}$")]
Aarsag = Annotated[str, Field(pattern=r"^[A-Z0-9_]+$")]
Art = Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]    # a lower-case code: a post's kind, a sats category
SagsId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,80}$")]   # a case's id, as a case gives it
Cpr = Annotated[str, Field(pattern=r"^[0-9]{6}-?[0-9]{4}$")]
FortolkningRef = Annotated[str, Field(pattern=r"^FT-[A-Z0-9-]+$")]

# defer_build: a model's validator is built when it is first used, so a process that never validates a decision
# (a run asks the reference, which validates only cases) does not pay for building it at import.
STRICT = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)
