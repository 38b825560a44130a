"""Decision building blocks every benefit's models share: the explanation step and the parameter record
(common.schema.json), and the small records a decision's figures are made of (an amount, a post of a kind, a
right with its reasons), each pointing to the step that made it. A benefit's decision schema spells these out
itself; its contract tests prove that model and schema accept the same documents."""
from typing import Any, Literal

from pydantic import BaseModel

from .fields import STRICT, Aarsag, Art, Beloeb, Dato, FortolkningRef, TrinRef


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


class Sum(BaseModel):
    """An amount and the step that made it (a payment, a total)."""
    model_config = STRICT
    beloeb: Beloeb
    trin: TrinRef


class Post(BaseModel):
    """An amount of a kind (a fradrag, a tillæg) and the step that made it."""
    model_config = STRICT
    art: Art
    beloeb: Beloeb
    trin: TrinRef


class Ret(BaseModel):
    """A right decided (or refused), the reasons' codes and the step that decided it."""
    model_config = STRICT
    ret: bool
    aarsager: list[Aarsag]
    trin: TrinRef
