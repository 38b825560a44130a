"""A per-field diff of two goldens in the words a caseworker uses.

`root['udbetalinger'][3]['beloeb']` means nothing to a jurist; "udbetaling uge 2024-W14: beløb 3.267,84 kr. →
3.300,00 kr." does. DeepDiff finds the changes (only called on documents already known to differ, since it is
slow); this module names them.
"""
from __future__ import annotations

from deepdiff import DeepDiff
from deepdiff.helper import NotPresent

from harness.scenarios.dk import format_kr

LABELS = {
    "case": "sagen", "decision": "afgørelsen", "ret_arbejdsgiver": "ret over for arbejdsgiveren",
    "ret_kommune": "ret over for kommunen", "arbejdsgiverperiode": "arbejdsgiverperioden",
    "kommune_betaler_fra": "kommunen betaler fra", "satsperioder": "satsperiode", "udbetalinger": "udbetaling",
    "refusion": "refusion", "udbetalt_i_alt": "udbetalt i alt", "refusion_i_alt": "refusion i alt",
    "varighed": "varighed", "frister": "frist", "begrundelse": "begrundelse", "beloeb": "beløb",
    "ugebeloeb": "ugebeløb", "loft_pr_uge": "højeste beløb pr. uge", "loft_pr_time": "højeste beløb pr. time",
    "timesats": "timesats", "loft_anvendt": "begrænset af loftet", "revurderingstidspunkt": "revurderingstidspunkt",
    "sidste_betalingsdag": "sidste betalingsdag", "ophoersaarsag": "ophørsårsag", "forlaengelse": "forlængelse",
    "aarsager": "årsager", "ret": "ret", "fra": "fra", "til": "til", "dato": "dato", "dage": "dage",
    "timer": "timer", "frist": "frist", "modtaget": "modtaget", "overholdt": "overholdt",
    "konsekvens": "konsekvens", "trin": "trin", "fravaer": "fravær", "foerste_fravaersdag": "første fraværsdag",
    "sidste_fravaersdag": "sidste fraværsdag", "ansaettelse": "ansættelse", "timefortjeneste": "timefortjeneste",
    "ugentlig_arbejdstid": "ugentlig arbejdstid", "anmeldelser": "anmeldelser", "titel": "titel", "tags": "tags",
    "hjemmel": "hjemmel", "alvor": "alvor",
}
MONEY = {"beloeb", "ugebeloeb", "loft_pr_uge", "timefortjeneste", "loen_pr_uge_under_fravaer",
         "beregningsgrundlag_pr_uge", "dagpengesats_pr_dag"}
# List items are named by a field that identifies them, not by their position.
ITEM_KEYS = {"udbetalinger": "uge", "refusion": "uge", "satsperioder": "fra", "frister": "id", "begrundelse": "id",
             "timer_seneste_8_uger": "art", "beskaeftigelse_seneste_6_maaneder": "maaned"}


def _value(key: object, value: object) -> str:
    if isinstance(value, NotPresent):
        return "(intet)"
    if value is None:
        return "intet"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if key in MONEY and isinstance(value, str):
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


def _label(path: list, old: dict, new: dict) -> tuple[str, object]:
    """'udbetaling uge 2024-W14: beløb' for ['decision', 'udbetalinger', 3, 'beloeb']; also the last key."""
    words, node_old, node_new, parent_key = [], old, new, None
    for step in path:
        if isinstance(step, int):
            item = _at(node_new, step) or _at(node_old, step)
            ident = ITEM_KEYS.get(parent_key)
            if isinstance(item, dict) and ident and ident in item:
                words[-1] = f"{words[-1]} {'uge ' if ident == 'uge' else ''}{item[ident]}".rstrip()
            else:
                words[-1] = f"{words[-1]} nr. {step + 1}"
        else:
            words.append(LABELS.get(step, str(step)))
            parent_key = step
        node_old, node_new = _at(node_old, step), _at(node_new, step)
    last = next((s for s in reversed(path) if not isinstance(s, int)), None)
    if len(words) >= 2:
        return f"{' '.join(words[:-1])}: {words[-1]}", last
    return (words[0] if words else "(hele dokumentet)"), last


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
    tree = DeepDiff(a, b, view="tree", threshold_to_diff_deeper=0, verbose_level=2)
    lines = []
    for report_type in sorted(tree):
        for level in tree[report_type]:
            path = level.path(output_format="list")
            label, key = _label(path, a, b)
            lines.append(f"{label} {_value(key, level.t1)} → {_value(key, level.t2)}")
    return sorted(lines)
