"""Load the contract's JSON Schemas and validate documents against them.

The schema files are the external, language-neutral contract; validators are compiled once per schema.
Benefits are discovered from the folders under `schemas/`, so a new benefit needs no code here.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

SCHEMA_DIR = Path(__file__).parent / "schemas"


@cache
def _registry() -> Registry:
    resources = []
    for path in SCHEMA_DIR.rglob("*.schema.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        resources.append((doc["$id"], Resource.from_contents(doc)))
    return Registry().with_resources(resources)


def benefits() -> list[str]:
    """Benefits that have a case and a decision schema."""
    return sorted(p.name for p in SCHEMA_DIR.iterdir()
                  if p.is_dir() and (p / "case.schema.json").exists() and (p / "decision.schema.json").exists())


def schema_path(benefit: str, kind: str) -> Path:
    return SCHEMA_DIR / benefit / f"{kind}.schema.json"


@cache
def validator(benefit: str, kind: str) -> Draft202012Validator:
    """kind is 'case' or 'decision'."""
    path = schema_path(benefit, kind)
    if not path.exists():
        raise KeyError(f"no {kind} schema for benefit {benefit!r} (known: {', '.join(benefits())})")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=FormatChecker())


def errors(benefit: str, kind: str, document: object) -> list[str]:
    """Human-readable schema errors, each naming the field path, what was found and what was expected."""
    out = []
    for err in sorted(validator(benefit, kind).iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out


def benefit_of(document: object) -> str | None:
    """The benefit a case or decision declares in its 'ydelse' field, if it is a known one."""
    if isinstance(document, dict) and document.get("ydelse") in benefits():
        return document["ydelse"]
    return None
