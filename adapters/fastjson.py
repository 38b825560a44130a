"""JSON decoding for the HTTP hot path. A batch answer holds ~200 decisions of ~10 KB of small objects each;
decoding them is most of the harness's cost per batch. orjson (a declared dependency) decodes them about twice
as fast as the standard library, and the cyclic garbage collector is paused while decoding: decoded JSON
cannot contain reference cycles, but its allocations would otherwise trigger collections that scan everything
the run already holds."""
from __future__ import annotations

import gc
import json
from types import ModuleType

from harness.contract.jsondata import duplicate_key
from harness.contract.limits import twice

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the standard library still works
    _orjson = None
orjson = _orjson


class DuplicateKey(ValueError):
    """A key written twice in one object: JSON with no one meaning (harness/contract/jsondata.py duplicate_key)."""


def loads(data: bytes | str) -> object:
    """Like json.loads (raises ValueError on bad JSON), but a key written twice in one object raises DuplicateKey:
    orjson and the standard library keep the last one without a word, and a reader keeping the first would pay what
    the bench never saw (red team r16 F4)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        doc = orjson.loads(data) if orjson is not None else json.loads(data)
    finally:
        if enabled:
            gc.enable()
    key = duplicate_key(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data, doc)
    if key is not None:
        raise DuplicateKey(twice(key))
    return doc


def dumps(doc: object) -> bytes:
    """Compact UTF-8 JSON with sorted keys, like json.dumps(doc, ensure_ascii=False, sort_keys=True).encode(): every
    case goes out in one order, whichever stage made it, so the order of its keys tells a candidate nothing."""
    if orjson is not None:
        return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def canonical(doc: object) -> bytes:
    """Sorted-key JSON bytes, for use as a key."""
    if orjson is not None:
        return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
