"""How big and how strange a JSON document from a candidate may be before it is refused as an invalid answer
(*ugyldigt svar*) without being looked at further.

A decision is a few kilobytes: tens of weeks or months, tens of explanation steps, five levels deep. The
limits are orders of magnitude above that, so no honest answer meets them, and low enough that the harness
stays fast and small whatever a candidate sends (a 500 MB body, a row repeated 200,000 times, 100,000
nested lists, NaN). They are checked where an answer enters (the adapters, on bytes) and again before the
comparison (on the decoded document), so an in-process candidate is held to them too.

Checking them is the bench's largest cost per asked case if done by walking every value in Python; `loads` first
tries a fast path that proves the same verdict from the bytes (see `_fast`), and walks only when it cannot.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

import orjson

from harness.contract.jsondata import duplicate_key


@dataclass(frozen=True)
class Limits:
    answer_bytes: int = 16 * 1024 * 1024     # one encoded answer (a JSON line, an HTTP body per case)
    depth: int = 32                          # nesting of objects and lists
    items: int = 10_000                      # entries of one list or keys of one object
    string: int = 100_000                    # characters of one string (or key)
    nodes: int = 200_000                     # values in the whole document (a decision has a few thousand)
    stderr_bytes: int = 8 * 1024 * 1024      # what a process may write to stderr while it computes one case


LIMITS = Limits()


class InvalidAnswer(ValueError):
    """The text is not an acceptable JSON answer (not JSON, NaN/Infinity, too large, too deep)."""


class NotJson(InvalidAnswer):
    """The text is not JSON at all (a log line, an HTML error page): garbage rather than an answer."""


def _no_constants(name: str) -> object:
    raise InvalidAnswer(f"svaret indeholder {name}, som ikke er gyldig JSON")


def loads(text: str | bytes, limits: Limits = LIMITS) -> object:
    """Strict JSON: NaN, Infinity and -Infinity are refused (Python's json accepts them, and they would make
    results.json invalid JSON); too long, too deep or too large documents are refused. Raises InvalidAnswer."""
    size = len(text)
    if size > limits.answer_bytes:
        raise InvalidAnswer(f"svaret er {size:,} bytes; grænsen er {limits.answer_bytes:,}".replace(",", "."))
    doc = _fast(text, limits)
    if doc is _UNDECIDED:
        try:
            doc = json.loads(text, parse_constant=_no_constants)
        except InvalidAnswer:
            raise
        except RecursionError:
            raise InvalidAnswer(f"svaret er indlejret dybere end {limits.depth} niveauer") from None
        except (ValueError, UnicodeDecodeError) as exc:   # JSONDecodeError, or an integer of more than 4300 digits
            raise NotJson(f"svaret er ikke JSON: {str(exc)[:200]}") from None
        problem = document_problem(doc, limits)
        if problem:
            raise InvalidAnswer(problem)
    key = duplicate_key(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text, doc)
    if key is not None:
        raise InvalidAnswer(twice(key))
    return doc


def twice(key: str) -> str:
    """Why an answer that writes a key twice in one object is no answer (jsondata.duplicate_key): it has no one
    meaning, and the run would judge the last reading while a reader keeping the first pays another amount."""
    return (f"svaret skriver nøglen {key[:80]!r} to gange i ét objekt: tvetydig JSON (læsere er uenige om, hvilken "
            "der gælder)")


_UNDECIDED = object()
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"\\')   # translate() keeps brackets, quotes, \\
_NOT_COUNTED = bytes(b for b in range(256) if b not in b'[]{}"\\,')   # the same and commas: one pass, then counts
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_ONE_PAIR = bytes.maketrans(b"[]{}", b"()()")
# A number's characters become 0, what may precede a number outside strings (: [ ,) becomes S, the rest a space,
# and whitespace goes: a number of 19 characters or more (outside strings) is then an S and nineteen 0s.
_NUMBERS = bytes(48 if b in b"0123456789.eE+-" else 83 if b in b":[," else 32 for b in range(256))
_LONG_NUMBER = b"S" + b"0" * 19
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_SURROGATE = re.compile("[\ud800-\udfff]")     # JSON's \ud800 escape gives one; no UTF-8 file can hold it


def outside_brackets(raw: bytes, structure: bytes | None = None) -> bytes:
    """The brackets of a (UTF-8) JSON text that are not inside strings, in order. No multi-byte character holds a
    quote, backslash or bracket, so bytes will do: only brackets, quotes and backslashes are kept; without
    backslashes, strings with no bracket inside are then empty pairs and go at once, and only otherwise are the
    strings removed by the regular expression (text that is not JSON gives what the expression leaves).
    `structure`: raw's brackets, quotes and backslashes (and perhaps commas), when the caller has them already."""
    brackets = raw.translate(None, _NOT_STRUCTURE) if structure is None else structure.translate(None, b",")
    if b"\\" not in brackets:
        # When every pair is empty (no string holds a bracket), the pairs' removal leaves no quote, and what it
        # leaves is the text without its quotes: counted as replace() takes the pairs (left to right, never
        # overlapping), without building what it would build (≈ 600 pairs in a decision: the larger cost).
        if brackets.count(b'""') * 2 == brackets.count(b'"'):
            return brackets.translate(None, b'"')
        brackets = brackets.replace(b'""', b"")
    if b'"' in brackets:
        return _STRING.sub(b"", raw).translate(None, _NOT_BRACKET)
    return brackets.translate(None, b"\\")      # no string at all: a backslash is no bracket


def has_long_number(raw: bytes) -> bool:
    """Whether a JSON text holds a number of 19 characters or more (outside strings; inside them too, which only
    costs a fallback): where orjson would read an integer beyond 64 bits as a float, unlike the standard library."""
    return _LONG_NUMBER in b"S" + raw.translate(_NUMBERS, b" \t\n\r")


def nests_at_most(brackets: bytes, limit: int) -> bool:
    """True when `brackets` (from outside_brackets) are balanced and nest at most `limit` deep. Depth does not
    depend on the kind of bracket, so both kinds become one pair; each pass then deletes every innermost empty pair
    (bytes.replace does not look again at what it joins) and so removes exactly one level, in C. A sequence that
    closes a list with a brace counts as balanced here: the callers parse the text and refuse it there."""
    brackets = brackets.translate(_ONE_PAIR)
    for _ in range(limit):
        if not brackets:
            return True
        brackets = brackets.replace(b"()", b"")
    return not brackets


def _fast(text: str | bytes, limits: Limits) -> object:
    """The decoded document when the bytes alone prove it within the limits, else _UNDECIDED (then the standard
    library decodes it and the walk decides, with the same messages as always).

    Why the proof holds. orjson accepts only strict JSON (NaN, an infinite number, a lone surrogate, a byte-order
    mark and every other refusal fall back) and decodes it as the standard library does, except integers beyond 64
    bits (a number of 19 characters or more falls back, long decimals with it). Within the limits: a string or key
    longer than `string` characters takes more bytes than that; the values of a document number at most 1 + its
    commas + its opening brackets (a value is the top one, the first of its container, or follows a comma), and no
    container has more entries than the commas + 1 (commas inside strings only raise these bounds). What remains
    is depth (nests_at_most). The commas and brackets are counted on one translated copy that holds only them (and
    quotes and backslashes), a fraction of the document, not by a pass over the document for each."""
    if isinstance(text, str):
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:
            return _UNDECIDED
    else:
        raw = text
    structure = raw.translate(None, _NOT_COUNTED)
    commas = structure.count(b",")
    if (len(raw) > limits.string or commas + 1 > limits.items
            or commas + structure.count(b"[") + structure.count(b"{") + 1 > limits.nodes
            or has_long_number(raw)):
        return _UNDECIDED
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _UNDECIDED
    return doc if nests_at_most(outside_brackets(raw, structure), limits.depth) else _UNDECIDED


_LONE_SURROGATE = ("svaret indeholder en enlig surrogat (et \\ud800-\\udfff-escape uden sin partner), som ikke er et "
                   "tegn og ikke kan skrives som UTF-8")


def document_problem(doc: object, limits: Limits = LIMITS) -> str | None:
    """Why a decoded document is outside the limits (or holds non-finite numbers), or None. Iterative, so a
    deep document cannot exhaust the stack; stops at the first problem."""
    nodes = 0
    stack: list[tuple[object, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.nodes:
            return f"svaret har mere end {limits.nodes:,} værdier".replace(",", ".")
        if isinstance(node, (dict, list)):
            if depth > limits.depth:
                return f"svaret er indlejret dybere end {limits.depth} niveauer"
            if len(node) > limits.items:
                kind = "et objekt med" if isinstance(node, dict) else "en liste med"
                return f"svaret har {kind} {len(node):,} elementer; grænsen er {limits.items:,}".replace(",", ".")
            if isinstance(node, dict):
                for key, value in node.items():
                    if isinstance(key, str) and len(key) > limits.string:
                        return f"svaret har en nøgle på {len(key):,} tegn; grænsen er {limits.string:,}".replace(",", ".")
                    if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                        return _LONE_SURROGATE
                    stack.append((value, depth + 1))
            else:
                stack.extend((value, depth + 1) for value in node)
        elif isinstance(node, str):
            if len(node) > limits.string:
                return f"svaret har en tekst på {len(node):,} tegn; grænsen er {limits.string:,}".replace(",", ".")
            if not node.isascii() and _SURROGATE.search(node):
                return _LONE_SURROGATE
        elif isinstance(node, float) and not math.isfinite(node):
            return f"svaret indeholder tallet {node}, som ikke er gyldig JSON"
    return None


__all__ = ["LIMITS", "InvalidAnswer", "Limits", "NotJson", "document_problem", "has_long_number", "loads",
           "nests_at_most", "outside_brackets"]
