"""JSON data (cases and decisions: dicts, lists and scalars): copies several times cheaper than copy.deepcopy,
which keeps a memo of every object and looks each type's copier up (anything that is not plain JSON data is handed
to copy.deepcopy, so the copy is always a deep one); equality that tells JSON's types apart; and the check for a key
written twice in one object, which fast parsers read without a word."""
from __future__ import annotations

import contextlib
import copy
import json
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


_NOT_COLON = bytes(b for b in range(256) if b != ord(":"))


def _colons(data: bytes) -> int:
    """The colons in data: deleting every other byte is quicker than bytes.count of one byte (measured)."""
    return len(data.translate(None, _NOT_COLON))


def duplicate_key(raw: bytes, doc: object) -> str | None:
    """The first key written twice in one object of the JSON text `raw`, which a parser (orjson, the standard library)
    decoded as `doc` keeping the last, or None. Such a text has no one meaning (RFC 8259 § 4: names SHOULD be unique;
    readers differ on which counts): a decision writing an amount "0.00" and then the law's figure reads as the law
    here and as nothing paid to a reader that keeps the first (red team r16 F4).

    Cheap for a text that has none (most of them): every key of raw has its colon outside strings, and a colon inside
    a string is written as itself both in raw and in doc's encoding by orjson, unless raw escapes it (\\u003a); so
    without such an escape raw has as many colons as doc's encoding exactly when no key is written twice. Otherwise
    (more colons, or an escape) the standard library reads raw again, pair by pair, to name the key."""
    if type(doc) is not dict and type(doc) is not list:
        return None
    if b"\\u003" not in raw:
        with contextlib.suppress(TypeError):  # not plain JSON data (an integer beyond 64 bits): read pair by pair
            if _colons(raw) == _colons(orjson.dumps(doc)):
                return None
    found: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen and not found:
                found.append(key)
            seen.add(key)
        return dict(items)
    try:
        json.loads(raw, object_pairs_hook=pairs)
    except (ValueError, RecursionError):   # the caller decoded it: a text the standard library refuses is not ours
        return None
    return found[0] if found else None


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
