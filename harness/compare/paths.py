"""Field paths and glob patterns over them.

A path is a tuple of segments. Its *shape* replaces list entries (positions or keyed-list keys) by "[]", so
that patterns — `udbetalinger.*.beloeb`, `**.trin` — are matched once per shape and cached.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

ENTRY = "[]"
DUPLICATE = "#"      # a repeated key in a keyed list is shown numbered: `2026-W03`, `2026-W03#2`, `2026-W03#3`


def split(pattern: str) -> tuple[str, ...]:
    return tuple(s for s in pattern.split(".") if s) if pattern else ()


@lru_cache(maxsize=65536)
def matches(pattern: tuple[str, ...], shape: tuple[str, ...]) -> bool:
    if not pattern:
        return not shape
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(matches(rest, shape[i:]) for i in range(len(shape) + 1))
    if not shape:
        return False
    if head == "*" or head == shape[0]:
        return matches(rest, shape[1:])
    return False


def display(segments: list[Any], shape: tuple[str, ...]) -> str:
    """`udbetalinger[2026-W03].beloeb` for the segments ('udbetalinger', '2026-W03', 'beloeb')."""
    out = ""
    for seg, kind in zip(segments, shape):
        if kind == ENTRY:
            out += f"[{seg}]"
        else:
            out += ("." if out else "") + str(seg)
    return out or "(hele afgørelsen)"
