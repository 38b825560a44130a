"""A per-field diff of two goldens in the words a caseworker uses.

`root['udbetalinger'][3]['beloeb']` means nothing to a jurist; "udbetaling uge 2024-W14: beløb 3.267,84 kr. →
3.300,00 kr." does. DeepDiff finds the changes (only called on documents already known to differ, since it is
slow); this module names them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from harness.config_files import load_model
from harness.contract.config import Labels as LabelsFile
from harness.contract.ydelse import YdelseError, find
from harness.toolkit.dansk import format_kr

# Words for the golden's own fields and for fields every benefit has; a benefit's etiketter.yaml adds its own.
GENERIC_LABELS = {
    "case": "sagen", "decision": "afgørelsen", "begrundelse": "begrundelse", "beloeb": "beløb", "fra": "fra",
    "til": "til", "dato": "dato", "trin": "trin", "titel": "titel", "tags": "tags", "hjemmel": "hjemmel",
    "alvor": "alvor",
}
GENERIC_ITEM_KEYS = {"begrundelse": "id"}


@dataclass(frozen=True)
class Labels:
    felter: dict[str, str]
    beloeb: frozenset[str]
    noegler: dict[str, str]


@cache
def labels(ydelse: str | None) -> Labels:
    """The generic words plus the benefit's own (harness/ydelser/<ydelse>/etiketter.yaml), when it has any."""
    own = LabelsFile()
    try:
        path = find(ydelse).etiketter_path
        if path.exists():
            own = load_model(path, LabelsFile)
    except YdelseError:
        pass
    return Labels({**GENERIC_LABELS, **own.felter}, frozenset(own.beloeb or ("beloeb",)),
                  {**GENERIC_ITEM_KEYS, **own.noegler})


def _value(key: object, value: object, money: frozenset) -> str:
    if type(value).__name__ == "NotPresent":   # deepdiff's marker; deepdiff itself is imported only to diff
        return "(intet)"
    if value is None:
        return "intet"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if key in money and isinstance(value, str):
        try:
            return format_kr(value)
        except ArithmeticError:
            return value
    if isinstance(value, (dict, list)):
        return _short(value)
    return str(value)


def _short(value: object) -> str:
    import json
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "…"


def _label(path: list, old: dict, new: dict, words: Labels) -> tuple[str, object]:
    """'udbetaling uge 2024-W14: beløb' for ['decision', 'udbetalinger', 3, 'beloeb']; also the last key."""
    parts: list[str] = []
    node_old: object = old
    node_new: object = new
    parent_key: str | None = None
    for step in path:
        if isinstance(step, int):
            item = _at(node_new, step) or _at(node_old, step)
            ident = words.noegler.get(parent_key) if parent_key is not None else None
            if isinstance(item, dict) and ident and ident in item:
                parts[-1] = f"{parts[-1]} {'uge ' if ident == 'uge' else ''}{item[ident]}".rstrip()
            else:
                parts[-1] = f"{parts[-1]} nr. {step + 1}"
        else:
            parts.append(words.felter.get(step, str(step)))
            parent_key = step
        node_old, node_new = _at(node_old, step), _at(node_new, step)
    last = next((s for s in reversed(path) if not isinstance(s, int)), None)
    if len(parts) >= 2:
        return f"{' '.join(parts[:-1])}: {parts[-1]}", last
    return (parts[0] if parts else "(hele dokumentet)"), last


def _at(node: object, step: object) -> object:
    try:
        return node[step]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None


def danish_diff(old: dict, new: dict, skip: tuple[str, ...] = ("provenance", "approval")) -> list[str]:
    """One line per changed field: 'afgørelsen udbetaling uge 2024-W14: beløb 3.267,84 kr. → 3.300,00 kr.'."""
    a = {k: v for k, v in old.items() if k not in skip}
    b = {k: v for k, v in new.items() if k not in skip}
    if a == b:
        return []
    from deepdiff import DeepDiff  # only for goldens that differ: its import costs ≈ 0.1 s of every run's start
    tree = DeepDiff(a, b, view="tree", threshold_to_diff_deeper=0, verbose_level=2)
    words = labels(new.get("ydelse") or old.get("ydelse"))
    lines = []
    for report_type in sorted(tree):
        for level in tree[report_type]:
            path = level.path(output_format="list")
            label, key = _label(path, a, b, words)
            lines.append(f"{label} {_value(key, level.t1, words.beloeb)} → {_value(key, level.t2, words.beloeb)}")
    return sorted(lines)
