"""The served form of the HTTP contract: openapi.yaml beside this file, generated for the installed benefits.

openapi.yaml is the readable contract: one templated path `/v1/{ydelse}/…` whose parameter is the enum of the
benefits, with the case and decision schemas referenced by relative path. OpenAPI cannot tie a request body to
a path parameter, so a tester reading the templated form would send one benefit's case to another's path and
call the 422 that follows a defect. `document()` therefore expands each templated path into one path per
installed benefit (from the registry, harness/contract/ydelse.py), whose body is that benefit's case schema, and
bundles every schema file into `components.schemas`, so the document stands alone (`GET /openapi.json` of the
sample service, `ydelsestjek openapi`).
"""
from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any, cast

import yaml

from . import schemas

OPENAPI_PATH = Path(__file__).with_name("openapi.yaml")
TEMPLATE = "{ydelse}"


@functools.cache
def template() -> dict[str, Any]:
    """openapi.yaml as it is on disk (read once)."""
    doc = yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return cast(dict[str, Any], doc)


def component_name(benefit: str, kind: str) -> str:
    """`Case_<benefit>` / `Decision_<benefit>`: the bundled schema of one benefit."""
    return f"{kind.capitalize()}_{benefit}"


def _bundled(benefit: str, kind: str) -> dict[str, Any]:
    """The benefit's case or decision schema with every reference inlined (the validator's own flat form)."""
    flat = dict(schemas.flat_schema(benefit, kind))
    flat.pop("$schema", None)
    return flat


def _retarget(node: object, kind: str, benefit: str) -> object:
    """`node` with each `$ref` to the all-benefits `Case` (or `Decision`) pointed at one benefit's schema."""
    generic = f"#/components/schemas/{kind.capitalize()}"
    if isinstance(node, dict):
        if node.get("$ref") == generic:
            return {**node, "$ref": f"#/components/schemas/{component_name(benefit, kind)}"}
        return {k: _retarget(v, kind, benefit) for k, v in node.items()}
    if isinstance(node, list):
        return [_retarget(v, kind, benefit) for v in node]
    return node


def document(benefits: list[str] | None = None) -> dict[str, Any]:
    """The OpenAPI document a tester should read: one path per benefit, every schema bundled in."""
    names = schemas.benefits() if benefits is None else list(benefits)
    doc = copy.deepcopy(template())
    comps = doc["components"]["schemas"]
    for kind in ("case", "decision"):
        for name in names:
            comps[component_name(name, kind)] = _bundled(name, kind)
        comps[kind.capitalize()] = {"description": comps[kind.capitalize()].get("description", ""),
                                    "oneOf": [{"$ref": f"#/components/schemas/{component_name(n, kind)}"} for n in names]}
    doc["components"].get("parameters", {}).pop("ydelse", None)
    if not doc["components"].get("parameters"):
        doc["components"].pop("parameters", None)
    paths: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        if TEMPLATE not in path:
            paths[path] = item
            continue
        for name in names:
            expanded = cast(dict[str, Any], _retarget(copy.deepcopy(item), "case", name))
            for method, op in expanded.items():
                if not isinstance(op, dict):
                    continue
                op["parameters"] = [p for p in op.get("parameters", []) if p.get("$ref") != "#/components/parameters/ydelse"
                                    and p.get("name") != "ydelse"]
                if not op["parameters"]:
                    del op["parameters"]
                op["operationId"] = f"{op['operationId']}_{name}"
                op["summary"] = f"{op.get('summary', method)} ({name})"
            paths[path.replace(TEMPLATE, name)] = expanded
    doc["paths"] = paths
    doc["info"]["description"] = (doc["info"].get("description", "") + "\n(Served form: generated from openapi.yaml "
                                  f"for the installed benefits {', '.join(names)}; one path per benefit.)\n")
    return doc
