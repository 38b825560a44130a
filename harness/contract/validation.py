"""Pydantic validation errors as sentences a person can act on: the field, what was expected, what was found.

Every record and configuration file of the machinery is a model (records.py, config.py, golden.py, messages.py);
its JSON Schema is the contract. So an error says what was expected by describing the schema of the field it
concerns ("expected a whole number >= 0 or null, got 'many'"), in English for logs and the command line or in
Danish for text that reaches the evidence pack. A check that spans fields (an unknown failure class, an id used
twice) raises `rule_error(message, at=...)`, which carries its own sentence and where it applies.
Callers that know more (a YAML file's lines, harness/config_files.py) pass `where` to say where a field is.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

Lang = Literal["en", "da"]
Loc = tuple[str | int, ...]
RULE = "rule"          # the error type of a cross-field check: its message is its own

_WORDS: dict[str, dict[Lang, str]] = {
    "expected": {"en": "expected {what}, got {got}", "da": "forventede {what}, fik {got}"},
    "missing": {"en": "missing {names} (required: {required})", "da": "mangler {names} (påkrævet: {required})"},
    "unknown": {"en": "unknown field; expected one of {known}", "da": "ukendt felt; forventede et af {known}"},
    "or": {"en": " or ", "da": " eller "},
    "null": {"en": "null", "da": "null"},
    "boolean": {"en": "true or false", "da": "true eller false"},
    "integer": {"en": "a whole number", "da": "et helt tal"},
    "number": {"en": "a number", "da": "et tal"},
    "string": {"en": "a text", "da": "en tekst"},
    "nonempty": {"en": "a non-empty text", "da": "en ikke-tom tekst"},
    "date": {"en": "a date YYYY-MM-DD", "da": "en dato ÅÅÅÅ-MM-DD"},
    "date-time": {"en": "a date and time (ISO 8601)", "da": "et tidspunkt (ISO 8601)"},
    "pattern": {"en": "a text matching {pattern}", "da": "en tekst på formen {pattern}"},
    "one_of": {"en": "one of {values}", "da": "en af {values}"},
    "list": {"en": "a list", "da": "en liste"},
    "list_of": {"en": "a list, each entry {what}", "da": "en liste, hvert element {what}"},
    "mapping": {"en": "a mapping", "da": "en tabel"},
    "mapping_with": {"en": "a mapping with {fields}", "da": "en tabel med {fields}"},
    "mapping_to": {"en": "a mapping of names to {what}", "da": "en tabel af navne til {what}"},
    "anything": {"en": "a value", "da": "en værdi"},
    "top": {"en": "(top level)", "da": "(øverste niveau)"},
}


def _w(key: str, lang: Lang, **kw: object) -> str:
    return _WORDS[key][lang].format(**kw)


def rule_error(message: str, at: Loc = (), da: str | None = None) -> PydanticCustomError:
    """A cross-field check's error, raised inside a validator: `message` is the whole sentence in English, `da`
    the same in Danish for records whose errors reach the evidence pack, `at` the field it concerns, relative to
    the model that raised it."""
    return PydanticCustomError(RULE, "{message}", {"message": message, "da": da or message, "at": at})


def field_path(loc: Sequence[str | int]) -> str:
    """`severity.B.max`, `waivers[0].expires`: how a field is named in every message."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def yaml_line(root: object, keys: Sequence[object]) -> int | None:
    """The line (from 1) of the field at `keys` in a composed YAML node tree (`yaml.compose`), or of the nearest
    field above it that is there; None without a tree."""
    import yaml
    node = root
    line = node.start_mark.line + 1 if isinstance(node, yaml.Node) else None
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if k.value == str(key):
                    found, line = v, k.start_mark.line + 1
                    break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return line


def short(value: object, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


@cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = {**root.get("$defs", {}).get(name, {}), **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    return list(node.get("anyOf") or node.get("oneOf") or [])


def _child(node: dict[str, Any], part: str | int, root: dict[str, Any]) -> dict[str, Any] | None:
    node = _resolve(node, root)
    if isinstance(part, int) and "items" in node:
        return _resolve(node["items"], root)
    if isinstance(part, str):
        if part in node.get("properties", {}):
            return _resolve(node["properties"][part], root)
        if isinstance(node.get("additionalProperties"), dict):
            return _resolve(node["additionalProperties"], root)
    for branch in _branches(node):
        branch = _resolve(branch, root)
        if isinstance(part, str) and branch.get("title") == part:   # a union member's tag in the location
            return branch
        found = _child(branch, part, root)
        if found is not None:
            return found
    return None


def _at(model: type[BaseModel], loc: Loc) -> dict[str, Any] | None:
    root = _schema(model)
    node: dict[str, Any] | None = root
    for part in loc:
        if node is None:
            return None
        nxt = _child(node, part, root)
        if nxt is None and isinstance(part, str) and _branches(_resolve(node, root)):
            continue                                  # a union tag that names no model: stay where we are
        node = nxt
    return _resolve(node, root) if node is not None else None


def describe(node: dict[str, Any], lang: Lang, root: dict[str, Any] | None = None) -> str:
    """What a JSON Schema node accepts, in a few words."""
    node = _resolve(node, root or {})
    if "const" in node:
        return json.dumps(node["const"], ensure_ascii=False)
    if "enum" in node:
        return _w("one_of", lang, values=", ".join(json.dumps(v, ensure_ascii=False) for v in node["enum"]))
    branches = _branches(node)
    if branches:
        parts = [describe(b, lang, root) for b in branches]
        return _w("or", lang).join(dict.fromkeys(parts))
    kind = node.get("type")
    if isinstance(kind, list):
        return _w("or", lang).join(describe({**node, "type": k}, lang, root) for k in kind)
    if kind == "null":
        return _w("null", lang)
    if kind == "boolean":
        return _w("boolean", lang)
    if kind in ("integer", "number"):
        text = _w(kind, lang)
        if "minimum" in node:
            text += f" >= {node['minimum']}"
        if "maximum" in node:
            text += f" <= {node['maximum']}"
        return text
    if kind == "string":
        if node.get("format") in ("date", "date-time"):
            return _w(node["format"], lang)
        if "pattern" in node:
            return _w("pattern", lang, pattern=node["pattern"])
        return _w("nonempty" if node.get("minLength") == 1 else "string", lang)
    if kind == "array":
        items = node.get("items")
        return _w("list_of", lang, what=describe(items, lang, root)) if isinstance(items, dict) and items else _w("list", lang)
    if kind == "object":
        props = list(node.get("properties", {}))
        if props:
            return _w("mapping_with", lang, fields=", ".join(props))
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return _w("mapping_to", lang, what=describe(extra, lang, root))
        return _w("mapping", lang)
    return _w("anything", lang)


def _message(model: type[BaseModel], err: ErrorDetails, lang: Lang) -> tuple[Loc, str]:
    loc: Loc = tuple(err["loc"])
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == RULE:
        return loc + tuple(ctx.get("at", ())), str(ctx.get("da" if lang == "da" else "message", err["msg"]))
    if kind == "extra_forbidden":
        parent = _at(model, loc[:-1]) or {}
        return loc, _w("unknown", lang, known=", ".join(parent.get("properties", {})) or "—")
    node = _at(model, loc)
    if node is None:
        return loc, err["msg"]
    return loc, _w("expected", lang, what=describe(node, lang, _schema(model)), got=short(err["input"]))


def located(exc: ValidationError, model: type[BaseModel], *, lang: Lang = "en") -> list[tuple[Loc, str]]:
    """Each problem once, as (the field's location, what was expected and what was found); the fields missing
    from one place are named together."""
    errors = exc.errors(include_url=False)
    missing: dict[Loc, list[str]] = {}
    for err in errors:
        if err["type"] == "missing" and err["loc"]:
            missing.setdefault(tuple(err["loc"][:-1]), []).append(repr(err["loc"][-1]))
    out: list[tuple[Loc, str]] = []
    for err in errors:
        if err["type"] == "missing" and err["loc"]:
            parent: Loc = tuple(err["loc"][:-1])
            if parent not in missing:
                continue                                  # named with the first field missing there
            required = ", ".join((_at(model, parent) or {}).get("required", []))
            item = (parent, _w("missing", lang, names=", ".join(missing.pop(parent)), required=required))
        else:
            item = _message(model, err, lang)
        if item not in out:
            out.append(item)
    return out


def error_lines(exc: ValidationError, model: type[BaseModel], *, lang: Lang = "en",
                where: Callable[[Loc], str] | None = None) -> list[str]:
    """One line per problem: `<where the field is>: <what was expected, what was found>`. `where(loc)` names the
    field's place (by default its path, e.g. `waivers[0].expires`)."""
    name = where or (lambda loc: field_path(loc) or _w("top", lang))
    out: list[str] = []
    for loc, message in located(exc, model, lang=lang):
        place = name(loc)
        out.append(f"{place}: {message}" if place else message)
    return out
