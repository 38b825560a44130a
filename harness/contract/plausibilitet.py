"""What a case must satisfy that its JSON Schema cannot say: the order of two dates, and values that must differ.

JSON Schema compares no two fields, so "an absence ends on or after it starts", "each month once" or "the dates of
a list rise" cannot be in
the case schema. Each benefit declares such rules in its ydelse.yaml (`plausibilitet`), as data: the reference
refuses a case that breaks one (its own checks; a test holds the two together), the negative stage
(harness/negative) breaks them on purpose, and the Schemathesis hook (schemathesis_hooks.py) keeps generated
"valid" cases inside them.

Paths are `/`-separated like the reference's error fields; `*` matches every list entry. In an `orden` rule the
stars of both sides bind to the same entries (`tidligere_sygeperioder/*/fra` before `tidligere_sygeperioder/*/til`:
each period's own dates); a side without stars is one fixed field.
"""
import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Orden(BaseModel):
    """The date at `foer` is on or before (`strengt`: strictly before) the one at `efter`; with `praecis_dage`, `efter`
    is exactly that many days after `foer`. A month stands for a day: on the `foer` side its first, on the `efter`
    side its last (a month is "after" a day when it ends after it) unless `maaned_efter` says its first."""
    model_config = ConfigDict(extra="forbid", frozen=True)
    foer: str = Field(min_length=1)
    efter: str = Field(min_length=1)
    strengt: bool = False
    praecis_dage: int | None = Field(None, ge=-36600, le=36600, description="Days from `foer` to `efter` (at most a century).")
    maaned_efter: Literal["foerste", "sidste"] = Field("sidste", description="The day a month at `efter` stands for.")
    bryd: Literal["foer", "efter"] = Field("efter", description="The field a negative case moves to break the rule "
                                                                "(the one whose move keeps the rest of the case as it was).")
    beskrivelse: str = ""


class Plausibilitet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    orden: tuple[Orden, ...] = ()
    forskellige: tuple[str, ...] = ()    # the values at this pattern (`list/*/field`) are all different
    stigende: tuple[str, ...] = ()       # the dates at this pattern (`list/*/field`) rise strictly, entry by entry


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


def day(value: str, last: bool = False) -> dt.date | None:
    """An ISO date, or a month's first (`last`: last) day; None when it is neither (the schema's business)."""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1) if last else first
    except ValueError:
        return None
    return None


def broken(rule: Orden, a: str, b: str) -> bool:
    """Whether `a` (at foer) and `b` (at efter) break the rule; False when either is not a date or month."""
    first, last = day(a), day(b, last=rule.maaned_efter == "sidste")
    if first is None or last is None:
        return False
    if rule.praecis_dage is not None:
        return day(b) != first + dt.timedelta(days=rule.praecis_dage) or len(a) != len(b)
    return first > last or (rule.strengt and first == last)


def text(path: Path) -> str:
    return "/".join(str(p) for p in path)


def problems(regler: Plausibilitet, case: object) -> list[tuple[str, str]]:
    """(field, what was expected) for each rule the case breaks; [] when it keeps them all."""
    out = []
    for rule in regler.orden:
        for at_a, a, at_b, b in pairs(case, rule):
            if broken(rule, a, b):
                word = f"{rule.praecis_dage} day(s) before" if rule.praecis_dage is not None else \
                    "before" if rule.strengt else "on or before"
                out.append((text(at_b), f"expected {text(at_a)} ({a}) {word} {text(at_b)} ({b})"))
    for pattern in regler.stigende:
        found = [(at, day(v)) for at, v in matches(case, pattern) if isinstance(v, str)]
        for (at0, d0), (at1, d1) in itertools.pairwise(found):
            if d0 is not None and d1 is not None and d1 <= d0:
                out.append((text(at1), f"expected a date after {text(at0)}: rising, entry by entry"))
    for pattern in regler.forskellige:
        seen: dict[str, Path] = {}
        for at, value in matches(case, pattern):
            key = repr(value)
            if key in seen:
                out.append((text(at), f"{value!r} also at {text(seen[key])}; expected each once"))
            else:
                seen[key] = at
    return out


# --- the rules against the case schema ---------------------------------------------------------------------

def _members(schema: object) -> list[dict[str, Any]]:
    """A schema node and the members of its allOf/anyOf/oneOf, nested (the flat schema inlines a $ref as allOf)."""
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            out += _members(member)
    return out


def schema_at(schema: dict[str, Any], pattern: str) -> list[dict[str, Any]]:
    """The schema nodes a `/`-separated pattern (`*`: every list entry) leads to in a case schema; [] when it names no
    field."""
    here = [schema]
    for segment in pattern.split("/"):
        nxt: list[dict[str, Any]] = []
        for node in (n for s in here for n in _members(s)):
            if segment == "*":
                if isinstance(node.get("items"), dict):
                    nxt.append(node["items"])
            elif isinstance(node.get("properties"), dict) and segment in node["properties"]:
                nxt.append(node["properties"][segment])
        here = nxt
    return here


def _dated(found: list[dict[str, Any]]) -> bool:
    """Whether a field is a date or a month: `format: date`, or a pattern of one."""
    return any(n.get("format") == "date" or "maaned" in str(n.get("pattern", "")) or
               str(n.get("pattern", "")).startswith("^(19|20)[0-9]{2}-")
               for s in found for n in _members(s))


def path_problems(regler: Plausibilitet, case_schema: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    """(where in ydelse.yaml, what is wrong) for each rule path that names no field of the case schema, or, in an
    order rule, no date or month. Such a path matches nothing in any case, so its rule would be off without a word:
    the reference would not refuse what breaks it and the negative stage would not break it (red team round 9)."""
    out: list[tuple[tuple[str | int, ...], str]] = []
    for i, rule in enumerate(regler.orden):
        at: tuple[str | int, ...] = ("plausibilitet", "orden", i)
        for side in ("foer", "efter"):
            path = getattr(rule, side)
            found = schema_at(case_schema, path)
            if not found:
                out.append(((*at, side), f"{path!r} names no field of the case schema"))
            elif not _dated(found):
                out.append(((*at, side), f"{path!r} is not a date or a month in the case schema; an order rule "
                                         "compares dates"))
        if rule.foer == rule.efter:
            out.append(((*at, "efter"), f"{rule.efter!r} is the field of `foer` too; an order rule compares two"))
        elif "*" in rule.foer and "*" in rule.efter and _list_of(rule.foer) != _list_of(rule.efter):
            out.append(((*at, "efter"), f"{rule.efter!r} and {rule.foer!r} are in different lists; the stars of an "
                                        "order rule bind to the same entries of one list"))
    for i, path in enumerate(regler.stigende):
        found = schema_at(case_schema, path)
        if not found:
            out.append((("plausibilitet", "stigende", i), f"{path!r} names no field of the case schema"))
        elif "*" not in path or not _dated(found):
            out.append((("plausibilitet", "stigende", i), f"{path!r} is not a date in each entry of a list "
                                                          "(list/*/field); a rising rule compares the entries' dates"))
    for i, path in enumerate(regler.forskellige):
        if not schema_at(case_schema, path):
            out.append((("plausibilitet", "forskellige", i), f"{path!r} names no field of the case schema"))
        elif "*" not in path:
            out.append((("plausibilitet", "forskellige", i), f"{path!r} is one value; a differs rule compares the "
                                                             "entries of a list (list/*/field)"))
    return out


def _list_of(pattern: str) -> str:
    """The list a pattern's first star stands for entries of (`a/b/*/c` -> `a/b`)."""
    return pattern.split("/*", 1)[0]
