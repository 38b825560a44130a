"""Fast decision-schema validation for the comparison's hot path.

The contract's schemas reference each other with `$ref`; resolving those on every document costs ~35 ms for
a long decision. Here each schema is validated once with its references inlined (the result is the same
schema, only flattened), which is several times faster. Error texts have the same form as schemas.errors().
"""
from __future__ import annotations

import json
from functools import cache
from urllib.parse import urljoin

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from harness.contract import schemas


@cache
def _registry() -> Registry:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in schemas.SCHEMA_DIR.rglob("*.schema.json")]
    return Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in docs if "$id" in d)


def _inline(node: object, base: str, registry, depth: int = 0) -> object:
    if depth > 50:
        raise ValueError("schema references nest too deep (a recursive schema cannot be inlined)")
    if isinstance(node, dict):
        if "$ref" in node:
            target = urljoin(base, node["$ref"])
            resolved = registry.resolver().lookup(target)
            new_base = target.split("#", 1)[0]
            inlined = _inline(resolved.contents, new_base, registry, depth + 1)
            rest = {k: _inline(v, base, registry, depth + 1) for k, v in node.items() if k != "$ref"}
            return {**inlined, **rest} if isinstance(inlined, dict) and not rest else {"allOf": [inlined], **rest}
        return {k: _inline(v, base, registry, depth) for k, v in node.items() if k not in ("$id", "$defs")}
    if isinstance(node, list):
        return [_inline(v, base, registry, depth) for v in node]
    return node


@cache
def _validator(benefit: str, kind: str) -> Draft202012Validator:
    path = schemas.schema_path(benefit, kind)
    if not path.exists():
        raise KeyError(f"no {kind} schema for benefit {benefit!r} (known: {', '.join(schemas.benefits())})")
    schema = json.loads(path.read_text(encoding="utf-8"))
    try:
        flat = _inline(schema, schema["$id"], _registry())
    except Exception:  # noqa: BLE001 - fall back to the contract's own validator
        return schemas.validator(benefit, kind)
    flat["$schema"] = schema.get("$schema", "https://json-schema.org/draft/2020-12/schema")
    return Draft202012Validator(flat, format_checker=FormatChecker())


def errors(benefit: str, kind: str, document: object) -> list[str]:
    validator = _validator(benefit, kind)
    if validator.is_valid(document):
        return []
    out = []
    for err in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out
