"""Render a reference decision for a caseworker: the decision's facts, then the explanation step by step with
its §, the parameters (value, valid from, source, status) and the interpretations it relies on.

Benefit-agnostic: the wording of each rule comes from the benefit's reference/regler.yaml.
"""
from __future__ import annotations

import json
import re
import sys
from functools import cache
from typing import Any

from tabulate import tabulate

from harness.config_files import ConfigError, load_json
from harness.contract.ydelse import YdelseError, find
from harness.reference import CaseError, OutOfScope, calculate
from harness.toolkit.fortolkninger import register

CASE_MAX_BYTES = 5_000_000  # a case is a few KB; the hardened reader refuses more before parsing
DECIMAL = re.compile(r"^-?\d+\.\d+$")
BOOL = {True: "ja", False: "nej", None: "-"}


def dkk(value: object) -> str:
    """'4084.80' -> '4.084,80' (Danish decimal format); booleans as ja/nej; other values as text."""
    if isinstance(value, bool) or value is None:
        return BOOL[value]
    if isinstance(value, dict):
        return ", ".join(f"{k}: {dkk(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(dkk(v) for v in value) or "-"
    text = str(value)
    if DECIMAL.match(text):
        whole, dec = text.split(".")
        sign = "-" if whole.startswith("-") else ""
        whole = whole.lstrip("-")
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return f"{sign}{'.'.join(groups)},{dec}"
    return text


@cache
def rules(ydelse: str) -> dict:
    try:
        return find(ydelse).regler()
    except YdelseError:
        return {}


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def render_step(step: dict, ydelse: str) -> list[str]:
    rule = rules(ydelse).get(step["regel"], {})
    values = _Fields({k: dkk(v) for k, v in {**step["input"], **step["resultat"]}.items()})
    title = rule.get("titel", step["regel"])
    lines = [f"{step['id']}  {title} ({step['hjemmel']})"]
    if "tekst" in rule:
        lines.append("     " + rule["tekst"].format_map(values))
    else:
        lines.append("     " + ", ".join(f"{k}: {v}" for k, v in values.items()))
    for p in step["parametre"]:
        flag = "" if p["status"] == "confirmed" else "  [UNCONFIRMED]"
        lines.append(f"     parameter {p['navn']} = {dkk(p['vaerdi'])} (gyldig fra {p['valid_from']}; kilde {p['kilde']}){flag}")
    for fid in step["fortolkninger"]:
        entry = register().get(fid)
        flag = "" if entry is not None and entry.status == "confirmed" else "  [UNCONFIRMED]"
        lines.append(f"     fortolkning {fid}: {entry.emne if entry is not None else '(ukendt)'}{flag}")
    return lines


def render_decision(decision: dict) -> str:
    ydelse = decision.get("ydelse", "")
    out = [f"Afgørelse for sag {decision.get('sags_id')} ({ydelse})", ""]
    facts, tables = [], []
    for key, value in decision.items():
        if key in ("schema_version", "ydelse", "sags_id", "begrundelse"):
            continue
        if isinstance(value, list):
            if value and isinstance(value[0], dict):
                tables.append((key, value))
            else:
                facts.append((key, ", ".join(map(str, value)) or "-"))
        elif isinstance(value, dict):
            text = "; ".join(f"{path}: {v}" for path, v in _flatten(value))
            facts.append((key, f"{text}  [{value['trin']}]" if "trin" in value else text))
        else:
            facts.append((key, dkk(value)))
    out.append(tabulate(facts, tablefmt="plain", disable_numparse=True))
    for key, rows in tables:
        out += ["", f"{key}:"]
        if all(not isinstance(v, (dict, list)) for r in rows for v in r.values()):
            out.append(tabulate([{k: dkk(v) for k, v in r.items()} for r in rows], headers="keys",
                                tablefmt="simple", disable_numparse=True))
            continue
        for row in rows:  # nested records (e.g. one month with persons): one indented block each
            head = next(((k, v) for k, v in row.items() if not isinstance(v, (dict, list))), None)
            out.append(f"  {head[0]} {dkk(head[1])}" if head else "  -")
            out += [f"    {path}: {value}" for path, value in _flatten(row) if head is None or path != head[0]]
    out += ["", "Begrundelse, trin for trin:"]
    for step in decision.get("begrundelse", []):
        out += render_step(step, ydelse)
    return "\n".join(out)


def _flatten(node, prefix: str = ""):
    """(dotted path, Danish-formatted value) for every leaf, leaving out step references and empty lists."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "trin":
                yield from _flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(node, list):
        if node and all(not isinstance(v, (dict, list)) for v in node):
            yield prefix, ", ".join(dkk(v) for v in node)
        for i, v in enumerate(node):
            if isinstance(v, (dict, list)):
                label = v.get("rolle") or v.get("art") or v.get("uge") or i if isinstance(v, dict) else i
                yield from _flatten(v, f"{prefix}[{label}]")
    else:
        yield prefix, dkk(node)


def explain_file(path: str, as_json: bool = False, stream=None) -> int:
    """Exit code: 0 explained, 2 the case file is unreadable, malformed or outside the reference's scope. Writes to
    `stream`, by default the sys.stdout of the moment (not of the import)."""
    stream = stream or sys.stdout
    try:
        case: Any = load_json(path, CASE_MAX_BYTES).data   # calculate refuses anything but a valid case
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"fejl: {path}: {problem}", file=sys.stderr)
        return 2
    try:
        decision = calculate(case)
    except CaseError as exc:
        print(f"fejl: {path}: sagen er ikke gyldig" + (f" (sag {exc.case_id})" if exc.case_id else ""), file=sys.stderr)
        for field, msg in exc.problems:
            print(f"  felt {field}: {msg}", file=sys.stderr)
        return 2
    except OutOfScope as exc:
        print(f"fejl: {path}: uden for referencens dækning: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(decision, ensure_ascii=False, indent=2), file=stream)
    else:
        print(render_decision(decision), file=stream)
    return 0
