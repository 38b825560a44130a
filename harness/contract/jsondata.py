"""JSON data (cases and decisions: dicts, lists and scalars): copies several times cheaper than copy.deepcopy,
which keeps a memo of every object and looks each type's copier up (anything that is not plain JSON data is handed
to copy.deepcopy, so the copy is always a deep one); and equality that tells JSON's types apart."""
from __future__ import annotations

import copy
from typing import Any, TypeVar

import orjson

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


_SORTED = orjson.OPT_SORT_KEYS


def same_json(a: object, b: object) -> bool:
    """Equal as JSON documents, types included. Python's `==` takes true for 1 and 1 for 1.0, so a decision with 1
    for every boolean would pass an equality short cut that a schema would have refused. Both documents must be equal
    and encode to the same sorted JSON (where NaN and None both become null, the first test has told them apart)."""
    if a != b:
        return False
    try:
        return orjson.dumps(a, option=_SORTED) == orjson.dumps(b, option=_SORTED)
    except TypeError:                  # not plain JSON data (an integer beyond 64 bits, a key that is no string)
        return _same_types(a, b)


def _same_types(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return all(_same_types(v, b[k]) for k, v in a.items())  # type: ignore[index]  # equal dicts: same keys
    if type(a) is list:
        return all(_same_types(x, y) for x, y in zip(a, b))  # type: ignore[call-overload]
    return True


def merged(node: object) -> dict[str, Any]:
    """A schema node with its unconditional `allOf` members folded in (properties and required united): what a field
    or object is. A conditional member (`if`) is the validator's business, not the shape's."""
    if not isinstance(node, dict):
        return {}
    out = {k: v for k, v in node.items() if k != "allOf"}
    for member in node.get("allOf", []):
        if not isinstance(member, dict) or "if" in member:
            continue
        for key, value in merged(member).items():
            if key == "properties":
                out["properties"] = {**out.get("properties", {}), **value}
            elif key == "required":
                out["required"] = sorted(set(out.get("required", [])) | set(value))
            else:
                out.setdefault(key, value)
    return out
