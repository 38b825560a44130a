"""Models of common.schema.json: the explanation step and the parameter record every benefit's decision uses."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from .fields import STRICT, Dato, FortolkningRef, TrinRef


class ParameterBrug(BaseModel):
    model_config = STRICT
    navn: str
    vaerdi: str
    valid_from: Dato
    kilde: str
    status: Literal["confirmed", "UNCONFIRMED"]


class Trin(BaseModel):
    model_config = STRICT
    id: TrinRef
    regel: str
    hjemmel: str
    input: dict[str, Any]
    parametre: list[ParameterBrug]
    fortolkninger: list[FortolkningRef]
    resultat: dict[str, Any]
