"""Compare a candidate's decision with the approved one: validate, normalise, `==`, and only on a mismatch
DeepDiff for the minimal field diff, then tolerances and classification — all driven by the policy data."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from deepdiff import DeepDiff

from harness.contract import schemas
from harness.contract.records import ExplanationRef, FieldChange, Finding

from .paths import ENTRY, display, matches
from .policy import BenefitRules, ComparePolicy

MAX_LISTED = 20
Segments = list[Any]                                   # a field path: names, list positions or keyed-list keys
RawChange = tuple[Segments, object, object, str]       # (path, expected, actual, kind)
Change = dict[str, Any]   # felt, forventet, faktisk, art, and the working fields _segments and _shape


# --- normalisation --------------------------------------------------------------------------------------

def normalise(doc: object, rules: BenefitRules, shape: tuple[str, ...] = ()) -> object:
    """Drop ignored fields, turn keyed lists into mappings by key and declared decimal fields into Decimal."""
    if isinstance(doc, dict):
        out = {}
        for k, v in doc.items():
            child = shape + (k,)
            ignored, _, _ = rules.shape_info(child)
            if not ignored:
                out[k] = normalise(v, rules, child)
        return out
    if isinstance(doc, list):
        _, _, key = rules.shape_info(shape)
        child = shape + (ENTRY,)
        if key is not None and all(isinstance(i, dict) and key in i for i in doc):
            keyed = {}
            for i in doc:
                k = str(i[key])
                while k in keyed:  # a duplicate key is itself a difference; keep both visible
                    k += "'"
                keyed[k] = normalise(i, rules, child)
            return keyed
        items = [normalise(i, rules, child) for i in doc]
        if rules.atomic_prefix(shape) == len(shape) and all(isinstance(i, (str, int, Decimal)) for i in items):
            items.sort(key=str)  # an atomic list of codes is a set: order does not matter
        return items
    if isinstance(doc, str):
        _, tol, _ = rules.shape_info(shape)
        if tol is not None:
            try:
                return Decimal(doc)
            except InvalidOperation:
                return doc
    return doc


def _shape_of(segments: Segments, rules: BenefitRules) -> tuple[str, ...]:
    shape: list[str] = []
    for seg in segments:
        _, _, key = rules.shape_info(tuple(shape))
        shape.append(ENTRY if key is not None or isinstance(seg, int) else str(seg))
    return tuple(shape)


def _value_at(doc: object, segments: tuple[Any, ...]) -> tuple[bool, object]:
    for seg in segments:
        if (isinstance(doc, dict) and seg in doc) or (isinstance(doc, list) and isinstance(seg, int) and seg < len(doc)):
            doc = doc[seg]
        else:
            return False, None
    return True, doc


def _holds(condition: str | None, present: bool, value: object) -> bool:
    if condition is None:
        return True
    empty = (not present) or value in (None, "", [], {})
    if condition == "empty":
        return empty
    if condition == "nonempty":
        return not empty
    if condition == "null":
        return (not present) or value is None
    if condition == "notnull":
        return present and value is not None
    if condition == "true":
        return value is True
    if condition == "false":
        return value is False
    if condition in ("zero", "nonzero"):
        try:
            is_zero = present and Decimal(str(value)) == 0
        except InvalidOperation:
            is_zero = False
        return is_zero if condition == "zero" else (present and not is_zero and value is not None)
    return False


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


# --- the diff -------------------------------------------------------------------------------------------

_KIND = {"values_changed": "ændret", "type_changes": "ændret",
         "dictionary_item_added": "ekstra", "iterable_item_added": "ekstra",
         "dictionary_item_removed": "mangler", "iterable_item_removed": "mangler"}


def _raw_changes(expected: object, actual: object, segments: Segments, out: list[RawChange]) -> None:
    """Narrow down through mappings with `==` (cheap); DeepDiff only the differing non-mapping values."""
    if expected == actual:
        return
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k in expected:
            if k not in actual:
                out.append((segments + [k], expected[k], None, "mangler"))
            else:
                _raw_changes(expected[k], actual[k], segments + [k], out)
        for k in actual:
            if k not in expected:
                out.append((segments + [k], None, actual[k], "ekstra"))
        return
    if not (isinstance(expected, list) and isinstance(actual, list)):
        out.append((segments, expected, actual, "ændret"))
        return
    tree = DeepDiff(expected, actual, view="tree", threshold_to_diff_deeper=0, ignore_numeric_type_changes=True)
    for report_type, items in tree.items():
        kind = _KIND.get(report_type)
        if kind is None:
            continue
        for item in items:
            exp = None if item.t1.__class__.__name__ == "NotPresent" else item.t1
            act = None if item.t2.__class__.__name__ == "NotPresent" else item.t2
            out.append((segments + item.path(output_format="list"), exp, act, kind))


def field_changes(expected: object, actual: object, rules: BenefitRules) -> list[Change]:
    """Leaf-level differences between two normalised decisions, after tolerances; [] when they agree."""
    if expected == actual:
        return []
    raw: list[RawChange] = []
    _raw_changes(expected, actual, [], raw)
    changes: dict[tuple[Any, ...], Change] = {}
    for segments, exp, act, kind in raw:
        shape = _shape_of(segments, rules)
        cut = rules.atomic_prefix(shape)
        if cut is not None:
            segments, shape = segments[:cut], shape[:cut]
            _, exp = _value_at(expected, tuple(segments))
            _, act = _value_at(actual, tuple(segments))
            kind = "ændret"
        else:
            _, tol, _ = rules.shape_info(shape)
            if tol is not None and isinstance(exp, Decimal) and isinstance(act, Decimal) and abs(exp - act) <= tol:
                continue
        key = tuple(segments)
        if key in changes:
            continue
        changes[key] = {"felt": display(segments, shape), "forventet": _jsonable(exp), "faktisk": _jsonable(act),
                        "art": kind, "_segments": list(segments), "_shape": shape}
    return sorted(changes.values(), key=lambda c: c["felt"])


def classify(change: Change, expected: object, actual: object, rules: BenefitRules) -> str:
    shape = change["_shape"]
    for rule in rules.classify:
        if not matches(rule.path, shape):
            continue
        if rule.expected or rule.actual:
            at = rule.at if rule.at is not None else tuple(change["_segments"])
            ep, ev = _value_at(expected, at)
            ap, av = _value_at(actual, at)
            if not (_holds(rule.expected, ep, ev) and _holds(rule.actual, ap, av)):
                continue
        return rule.klasse
    return rules.default_class


# --- explanations ---------------------------------------------------------------------------------------

def _step_ref_of(decision: object, segments: Segments, rules: BenefitRules) -> str | None:
    """The `trin` of the innermost object on the path (in the original decision), keyed lists resolved."""
    node: object = decision
    ref: str | None = None
    shape: tuple[str, ...] = ()
    for seg in segments:
        if isinstance(node, dict) and isinstance(node.get(rules.ref), str):
            ref = node[rules.ref]
        _, _, key = rules.shape_info(shape)
        if isinstance(node, list):
            if key is not None:
                node = next((i for i in node if isinstance(i, dict) and str(i.get(key)) == str(seg).rstrip("'")), None)
            else:
                node = node[seg] if isinstance(seg, int) and seg < len(node) else None
            shape = shape + (ENTRY,)
        elif isinstance(node, dict):
            node = node.get(seg)
            shape = shape + (str(seg),)
        else:
            node = None
        if node is None:
            break
    if isinstance(node, dict) and isinstance(node.get(rules.ref), str):
        ref = node[rules.ref]
    return ref


def explanation_for(decision: object, changes: list[Change], rules: BenefitRules) -> list[ExplanationRef]:
    """The reference's steps (id, rule, §, result) behind the expected values of the differing fields."""
    steps = {s.get(rules.step_id): s for s in decision.get(rules.steps, []) if isinstance(s, dict)} \
        if isinstance(decision, dict) and isinstance(decision.get(rules.steps), list) else {}
    out: list[ExplanationRef] = []
    seen: set[str] = set()
    for change in changes:
        ref = _step_ref_of(decision, change["_segments"], rules)
        if ref is None or ref in seen or ref not in steps:
            continue
        seen.add(ref)
        step = steps[ref]
        out.append({"trin": ref, "regel": step.get("regel", ""), "hjemmel": step.get("hjemmel", ""),
                    "resultat": step.get("resultat", {})})
    return out


def explanation_problems(decision: object, rules: BenefitRules) -> list[FieldChange]:
    """Why the candidate's own explanation is missing or broken: no steps, or a reference to no step."""
    steps = decision.get(rules.steps) if isinstance(decision, dict) else None
    if not isinstance(steps, list) or not steps:
        return [{"felt": rules.steps, "forventet": "mindst ét trin", "faktisk": _jsonable(steps), "art": "mangler"}]
    ids = {s.get(rules.step_id) for s in steps if isinstance(s, dict)}
    problems: list[FieldChange] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                here = f"{path}.{k}" if path else k
                if path == "" and k == rules.steps:
                    continue
                if k == rules.ref and isinstance(v, str) and v not in ids:
                    problems.append({"felt": here, "forventet": f"et trin i {rules.steps}", "faktisk": v, "art": "ændret"})
                else:
                    walk(v, here)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(decision, "")
    return problems


# --- the whole comparison -------------------------------------------------------------------------------

def compare_decisions(policy: ComparePolicy, benefit: str, expected: dict[str, Any], actual: object) -> list[Finding]:
    """Findings for one case, one per failure class; [] when the candidate agrees with the golden. A decision equal
    to the approved one, field for field, needs neither schema validation nor diffing (the approval validated it)."""
    if actual == expected:
        return []
    rules = policy.rules(benefit)
    try:
        invalid = schemas.errors(benefit, "decision", actual)
    except KeyError as exc:
        invalid = [str(exc)]
    if invalid:
        changes = [{"felt": e.split(":", 1)[0].replace("/", "."), "forventet": "gyldigt efter decision-skemaet",
                    "faktisk": e.split(":", 1)[1].strip() if ":" in e else e, "art": "ugyldig"} for e in invalid[:MAX_LISTED]]
        return [Finding(klasse="ugyldigt_svar", changes=changes,
                        message=f"svaret følger ikke decision-skemaet ({len(invalid)} fejl)")]
    exp_n, act_n = normalise(expected, rules), normalise(actual, rules)
    by_class: dict[str, list[Change]] = {}
    for change in field_changes(exp_n, act_n, rules):
        by_class.setdefault(classify(change, exp_n, act_n, rules), []).append(change)
    findings = {klasse: Finding(klasse=klasse, changes=[_public(c) for c in changes],
                                explanation=explanation_for(expected, changes, rules),
                                message=f"{len(changes)} felt(er) afviger")
                for klasse, changes in by_class.items()}
    broken = explanation_problems(actual, rules)
    if broken:
        findings["manglende_begrundelse"] = Finding(
            klasse="manglende_begrundelse", changes=broken[:MAX_LISTED],
            message=f"{rules.steps} er tom" if broken[0]["felt"] == rules.steps
            else f"{len(broken)} værdi(er) peger på et trin, der ikke findes i {rules.steps}")
    order = list(policy.failure_classes)
    return sorted(findings.values(), key=lambda f: order.index(f.klasse) if f.klasse in order else len(order))


def _public(change: Change) -> FieldChange:
    """A change without the comparison's working fields (its path segments and shape)."""
    return {"felt": change["felt"], "forventet": change["forventet"], "faktisk": change["faktisk"], "art": change["art"]}
