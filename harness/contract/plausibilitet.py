"""What a case must satisfy that its JSON Schema cannot say: the order of two dates, and values that must differ.

JSON Schema compares no two fields, so "an absence ends on or after it starts" or "each month once" cannot be in
the case schema. Each benefit declares such rules in its ydelse.yaml (`plausibilitet`), as data: the reference
refuses a case that breaks one (its own checks; a test holds the two together), the negative stage
(harness/negative) breaks them on purpose, and the Schemathesis hook (schemathesis_hooks.py) keeps generated
"valid" cases inside them.

Paths are `/`-separated like the reference's error fields; `*` matches every list entry. In an `orden` rule the
stars of both sides bind to the same entries (`tidligere_sygeperioder/*/fra` before `tidligere_sygeperioder/*/til`:
each period's own dates); a side without stars is one fixed field.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field


class Orden(BaseModel):
    """The date (or month) at `foer` is on or before (`strengt`: strictly before) the one at `efter`."""
    model_config = ConfigDict(extra="forbid", frozen=True)
    foer: str = Field(min_length=1)
    efter: str = Field(min_length=1)
    strengt: bool = False
    beskrivelse: str = ""


class Plausibilitet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    orden: tuple[Orden, ...] = ()
    forskellige: tuple[str, ...] = ()    # the values at this pattern (`list/*/field`) are all different


Path = tuple[str | int, ...]


def _walk(node: object, parts: list[str], at: Path = (), stars: tuple[int, ...] = ()) -> Iterator[tuple[Path, tuple[int, ...], object]]:
    """(concrete path, the indices the stars matched, value) for each field the pattern matches."""
    if not parts:
        yield at, stars, node
        return
    head, rest = parts[0], parts[1:]
    if head == "*":
        if isinstance(node, list):
            for i, item in enumerate(node):
                yield from _walk(item, rest, (*at, i), (*stars, i))
    elif isinstance(node, list) and head.isdigit():       # a star already bound to one entry
        if int(head) < len(node):
            yield from _walk(node[int(head)], rest, (*at, int(head)), stars)
    elif isinstance(node, dict) and head in node:
        yield from _walk(node[head], rest, (*at, head), stars)


def matches(case: object, pattern: str) -> list[tuple[Path, object]]:
    """Every (concrete path, value) the pattern matches in the case."""
    return [(p, v) for p, _, v in _walk(case, pattern.split("/"))]


def _bound(pattern: str, stars: tuple[int, ...]) -> str:
    """The pattern with its first stars replaced by the given indices."""
    out, k = [], 0
    for part in pattern.split("/"):
        if part == "*" and k < len(stars):
            out.append(str(stars[k]))
            k += 1
        else:
            out.append(part)
    return "/".join(out)


def pairs(case: object, rule: Orden) -> Iterator[tuple[Path, str, Path, str]]:
    """(path, value, path, value) for each pair of dates a rule orders in the case (both present and strings)."""
    for at_a, stars, a in _walk(case, rule.foer.split("/")):
        for at_b, _, b in _walk(case, _bound(rule.efter, stars).split("/")):
            if isinstance(a, str) and isinstance(b, str):
                yield at_a, a, at_b, b


def _comparable(value: str) -> str | None:
    """An ISO date or month, as the string that orders it; None when it is neither (the schema's business)."""
    try:
        return dt.date.fromisoformat(value).isoformat() if len(value) == 10 else \
            dt.date.fromisoformat(value + "-01").isoformat()[:7] if len(value) == 7 else None
    except ValueError:
        return None


def text(path: Path) -> str:
    return "/".join(str(p) for p in path)


def problems(regler: Plausibilitet, case: object) -> list[tuple[str, str]]:
    """(field, what was expected) for each rule the case breaks; [] when it keeps them all."""
    out = []
    for rule in regler.orden:
        for at_a, a, at_b, b in pairs(case, rule):
            ca, cb = _comparable(a), _comparable(b)
            if ca is None or cb is None or len(ca) != len(cb):
                continue
            if ca > cb or (rule.strengt and ca == cb):
                word = "before" if rule.strengt else "on or before"
                out.append((text(at_b), f"expected {text(at_a)} ({a}) {word} {text(at_b)} ({b})"))
    for pattern in regler.forskellige:
        seen: dict[str, Path] = {}
        for at, value in matches(case, pattern):
            key = repr(value)
            if key in seen:
                out.append((text(at), f"{value!r} also at {text(seen[key])}; expected each once"))
            else:
                seen[key] = at
    return out
