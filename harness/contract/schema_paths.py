"""Every place a case schema lets a value stand, walked generically: what the bench must send (the schema-coverage
test) and where a system can leave a field unread (harness/sensitivity.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_DEPTH = 20


@dataclass
class Place:
    """One property path of a schema (list entries as `*`): the enum members and booleans it may take."""
    path: str
    enum: list[Any] = field(default_factory=list)   # in the schema's order, without repeats
    boolean: bool = False

    def add_enum(self, values: list[Any]) -> None:
        for v in values:
            if not any(v == e and type(v) is type(e) for e in self.enum):
                self.enum.append(v)


def _folded(node: object) -> list[dict[str, Any]]:
    """A schema node and the members it is made of (allOf, anyOf, oneOf; a conditional's `then`/`else` too: they
    say what a field may be in some cases)."""
    if not isinstance(node, dict):
        return []
    out = [node]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in node.get(key, []):
            out += _folded(member)
    for key in ("then", "else"):
        out += _folded(node.get(key))
    return out


def places(schema: dict[str, Any]) -> dict[str, Place]:
    """path -> its Place, for every property the schema names at any depth (through properties, items, inlined
    references and composition). A `const` is no choice and adds no value."""
    out: dict[str, Place] = {}

    def walk(node: object, path: str, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            return
        for part in _folded(node):
            for name, sub in part.get("properties", {}).items():
                at = f"{path}.{name}" if path else name
                place = out.setdefault(at, Place(at))
                for s in _folded(sub):
                    if "const" not in s:
                        place.add_enum(list(s.get("enum", [])))
                    if s.get("type") == "boolean":
                        place.boolean = True
                walk(sub, at, depth + 1)
            if isinstance(part.get("items"), dict):
                walk(part["items"], f"{path}.*", depth + 1)

    walk(schema, "")
    return {p: v for p, v in out.items() if not p.startswith("*")}
