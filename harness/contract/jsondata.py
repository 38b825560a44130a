"""Copies of JSON data (cases and decisions: dicts, lists and scalars), several times cheaper than copy.deepcopy,
which keeps a memo of every object and looks each type's copier up. Anything that is not plain JSON data is handed
to copy.deepcopy, so the copy is always a deep one."""
from __future__ import annotations

import copy
from typing import TypeVar

T = TypeVar("T")
_SCALARS = frozenset({str, int, float, bool, type(None)})


def json_copy(value: T) -> T:
    """A deep copy of `value`; dicts and lists are rebuilt, scalars are immutable and shared."""
    kind = type(value)
    if kind is dict:
        return {k: json_copy(v) for k, v in value.items()}  # type: ignore[attr-defined,return-value]
    if kind is list:
        return [json_copy(v) for v in value]  # type: ignore[attr-defined,return-value]
    if kind in _SCALARS:
        return value
    return copy.deepcopy(value)
