"""The contract's JSON Schemas and the one cache of their compiled validators.

The schema files are the external, language-neutral contract: the kernel's own (schemas/*.schema.json here) and
each benefit's case and decision schemas (in its package, harness/contract/ydelse.py). Schemas reference each other
by `$id`; each schema is compiled once with its references inlined (the same schema, only flattened), by
jsonschema-rs (a compiled validator: ≈ 10 µs for a long decision where pure-Python jsonschema took ≈ 1 ms).
Validators are compiled once per schema. Error texts name the field path and what was expected.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin

import jsonschema_rs

from .digest import bundled, files_digest
from .ydelse import DESCRIPTION, YdelseError, alle, find

SCHEMA_DIR = Path(__file__).parent / "schemas"


def schema_files() -> list[Path]:
    """Every schema file of the contract: the kernel's and every installed benefit's."""
    files = sorted(SCHEMA_DIR.rglob("*.schema.json"))
    for ydelse in alle().values():
        files += sorted(ydelse.schema_dir.glob("*.schema.json"))
    return files


def contract_files() -> list[tuple[str, Path]]:
    """What the contract a run holds a system to is made of, named as contract_digest records them: every schema
    file (the kernel's, and each benefit's case and decision schemas: the shapes and patterns an answer must keep
    and a case is refused for breaking), each benefit's description (ydelse.yaml: the plausibility rules the
    reference refuses a case for and the negative stage breaks on purpose) and its field labels (etiketter.yaml: the
    words an approver reads a golden's diff in, so a label edited to name another field misleads an approval). Only
    the benefits released with the bench (digest.bundled): one installed from a package of its own does not change
    the released contract."""
    out = [(f"contract/schemas/{p.relative_to(SCHEMA_DIR).as_posix()}", p) for p in sorted(SCHEMA_DIR.rglob("*.schema.json"))]
    for navn, ydelse in sorted((n, y) for n, y in alle().items() if bundled(y.folder)):
        out += [(f"{navn}/schemas/{p.name}", p) for p in sorted(ydelse.schema_dir.glob("*.schema.json"))]
        out.append((f"{navn}/{DESCRIPTION}", ydelse.folder / DESCRIPTION))
        if ydelse.etiketter_path.is_file():
            out.append((f"{navn}/{ydelse.etiketter_path.name}", ydelse.etiketter_path))
    return out


def contract_digest() -> str:
    """sha256 over every file of contract_files, each as its name, its length and its bytes: what a run records as
    its contract and the release pins (harness/gate/shipped.py). Red team round 9: a money pattern that allowed one
    decimal, negative amounts, or a plausibility rule deleted gave a wrong system a GO, and nothing said so."""
    return files_digest(contract_files())


class SchemaFileError(ValueError):
    """A schema file of the contract cannot be read or compiled: names the file, and the line of bad JSON."""


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SchemaFileError(f"{path}:{exc.lineno}: the schema is not valid JSON ({exc.msg}, column {exc.colno})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaFileError(f"{path}: the schema cannot be read ({exc})") from None


@cache
def _registry() -> dict[str, dict[str, object]]:
    """Every schema of the contract by its `$id`."""
    docs = [_read(p) for p in schema_files()]
    return {d["$id"]: d for d in docs if isinstance(d, dict) and "$id" in d}


def _compiled(path: Path, schema: dict[str, Any]) -> jsonschema_rs.Draft202012Validator:
    try:
        return jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
    except Exception as exc:   # jsonschema_rs raises ValidationError, ValueError or its own for a broken schema
        raise SchemaFileError(f"{path}: the schema cannot be compiled ({type(exc).__name__}: {str(exc)[:300]})") from None


def _lookup(target: str, registry: dict[str, dict[str, object]]) -> object:
    """The schema at `target`: a registered `$id`, then a JSON pointer after `#` (RFC 6901)."""
    url, _, pointer = target.partition("#")
    node: object = registry.get(url)
    if node is None:
        raise KeyError(f"unresolvable schema reference {target!r}")
    for token in (pointer.split("/")[1:] if pointer else []):
        token = unquote(token).replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]  # type: ignore[index]
    return node


def benefits() -> list[str]:
    """Benefits that have a case and a decision schema."""
    return [navn for navn, y in alle().items() if y.schema_path("case").exists() and y.schema_path("decision").exists()]


def schema_path(benefit: str, kind: str) -> Path:
    """kind is 'case' or 'decision'; KeyError naming the known benefits when there is no such schema."""
    try:
        path = find(benefit).schema_path(kind)
    except YdelseError as exc:
        raise KeyError(f"no {kind} schema for benefit {benefit!r} ({exc})") from None
    if not path.exists():
        raise KeyError(f"no {kind} schema for benefit {benefit!r} (known: {', '.join(benefits())})")
    return path


def _inline(node: object, base: str, registry: dict[str, dict[str, object]], depth: int = 0) -> object:
    if depth > 50:
        raise ValueError("schema references nest too deep (a recursive schema cannot be inlined)")
    if isinstance(node, dict):
        if "$ref" in node:
            target = urljoin(base, node["$ref"])
            new_base = target.split("#", 1)[0]
            inlined = _inline(_lookup(target, registry), new_base, registry, depth + 1)
            rest = {k: _inline(v, base, registry, depth + 1) for k, v in node.items() if k != "$ref"}
            return {**inlined, **rest} if isinstance(inlined, dict) and not rest else {"allOf": [inlined], **rest}
        return {k: _inline(v, base, registry, depth) for k, v in node.items() if k not in ("$id", "$defs")}
    if isinstance(node, list):
        return [_inline(v, base, registry, depth) for v in node]
    return node


@cache
def flat_schema(benefit: str, kind: str) -> dict[str, Any]:
    """A benefit's case or decision schema with every reference inlined: one self-contained document (shared and
    cached: do not change it)."""
    path = schema_path(benefit, kind)
    schema = _read(path)
    try:
        flat = _inline(schema, schema["$id"], _registry())
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise SchemaFileError(f"{path}: the schema cannot be resolved ({type(exc).__name__}: {exc})") from None
    assert isinstance(flat, dict)
    flat.setdefault("$schema", "https://json-schema.org/draft/2020-12/schema")
    return flat


@cache
def validator(benefit: str, kind: str) -> jsonschema_rs.Draft202012Validator:
    """The compiled validator of a benefit's case or decision schema (references inlined; formats checked)."""
    return _compiled(schema_path(benefit, kind), flat_schema(benefit, kind))


@cache
def property_validator(benefit: str, kind: str, name: str) -> jsonschema_rs.Draft202012Validator:
    """The compiled validator of one top-level property of a schema (e.g. a decision's explanation steps), for
    checking that part alone when the rest is known to be valid."""
    path, flat = schema_path(benefit, kind), flat_schema(benefit, kind)
    try:
        part = flat["properties"][name]
    except (KeyError, TypeError):
        raise SchemaFileError(f"{path}: the schema has no property {name!r}") from None
    return _compiled(path, {"$schema": flat["$schema"], **part})


def errors(benefit: str, kind: str, document: object) -> list[str]:
    """Human-readable schema errors, each naming the field path, what was found and what was expected."""
    v = validator(benefit, kind)
    try:
        if v.is_valid(document):
            return []
        found = list(v.iter_errors(document))
    except (ValueError, TypeError) as exc:  # not a JSON value at all (a Decimal, a date, a set, …)
        return [f"(top level): not a JSON document ({exc})"]
    out = []
    for err in sorted(found, key=lambda e: [str(p) for p in e.instance_path]):
        where = "/".join(str(p) for p in err.instance_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out


def benefit_of(document: object) -> str | None:
    """The benefit a case or decision declares in its 'ydelse' field, if it is a known one."""
    if isinstance(document, dict) and document.get("ydelse") in benefits():
        return str(document["ydelse"])
    return None


def _mentions_null(node: object) -> bool:
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind) or ("const" in node and node["const"] is None):
            return True
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            return True
        return any(_mentions_null(v) for k, v in node.items() if k not in ("const", "enum", "default", "examples"))
    if isinstance(node, list):
        return any(_mentions_null(v) for v in node)
    return False


@cache
def allows_null(benefit: str, kind: str) -> bool:
    """Whether the benefit's case or decision schema allows JSON null anywhere. When it does not (no case schema
    does today), a null in a document is an error the reference reports at once, whatever its typed models
    would make of it (pydantic reads null for an optional field as "absent")."""
    return _mentions_null(flat_schema(benefit, kind))

