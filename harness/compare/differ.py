"""Compare a candidate's decision with the approved one: validate, normalise, `==`, and only on a mismatch
the minimal field diff, then tolerances and classification — all driven by the policy data.

The diff is linear in the size of the answer, whatever the candidate sends: keyed lists (the policy's
`keyed_lists`) become mappings by key, a repeated key gets a numbered suffix (`2026-W03#2`); other lists are
compared position by position, and short lists of plain values by a sequence match (so one inserted code is
one change). A candidate repeating a row thousands of times costs time in proportion, never a quadratic
search; an answer over the contract's limits (harness/contract/limits.py) is refused before any of it."""
from __future__ import annotations

import contextlib
import difflib
import functools
import json
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from harness.contract import schemas
from harness.contract.jsondata import same_json
from harness.contract.limits import document_problem
from harness.contract.records import ExplanationRef, FieldChange, Finding
from harness.contract.ydelse import Decide

from .paths import DUPLICATE, ENTRY, display, matches
from .policy import BenefitRules, ComparePolicy, load_policy

MAX_LISTED = 20              # schema problems listed per invalid answer
MAX_CHANGES = 500            # differing fields listed per failure class (the message gives the full count)
MAX_VALUE_CHARS = 4_000      # a differing value shown in the pack, as JSON; a longer one is cut (the answer file has it)
SEQUENCE_MATCH_LIMIT = 200   # plain-value lists up to this length are aligned by difflib (quadratic, so bounded)
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
            keyed: dict[str, object] = {}
            seen: dict[str, int] = {}
            for i in doc:
                k = str(i[key])
                n = seen[k] = seen.get(k, 0) + 1
                if n > 1:  # a duplicate key is itself a difference; keep every copy visible
                    k = f"{k}{DUPLICATE}{n}"
                    while k in keyed:   # only a key that itself ends in "#n" can collide; rare and bounded
                        k += DUPLICATE
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

def _raw_changes(expected: object, actual: object, segments: Segments, out: list[RawChange]) -> None:
    """Narrow down through mappings and lists with `==`; linear in the size of both documents."""
    if (expected == actual and type(expected) is type(actual)) or _same_number(expected, actual):
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
    if (len(expected) != len(actual) and max(len(expected), len(actual)) <= SEQUENCE_MATCH_LIMIT
            and all(_plain(v) for v in expected) and all(_plain(v) for v in actual)):
        _aligned(expected, actual, segments, out)
        return
    for i, (e, a) in enumerate(zip(expected, actual)):
        _raw_changes(e, a, segments + [i], out)
    for i in range(len(actual), len(expected)):
        out.append((segments + [i], expected[i], None, "mangler"))
    for i in range(len(expected), len(actual)):
        out.append((segments + [i], None, actual[i], "ekstra"))


def _same_number(a: object, b: object) -> bool:
    """1 == 1.0 == Decimal(1): a number type change alone is no difference (bool is not a number here)."""
    numbers = (int, float, Decimal)
    return (isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool)
            and a == b)


def _plain(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, Decimal, bool))


def _aligned(expected: list[Any], actual: list[Any], segments: Segments, out: list[RawChange]) -> None:
    """Short lists of plain values: an inserted or dropped value is one change, not a shift of all after it."""
    keys_e = [(type(v).__name__, str(v)) for v in expected]
    keys_a = [(type(v).__name__, str(v)) for v in actual]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, keys_e, keys_a, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            i, j = i1 + k, j1 + k
            if i < i2 and j < j2:
                out.append((segments + [i], expected[i], actual[j], "ændret"))
            elif i < i2:
                out.append((segments + [i], expected[i], None, "mangler"))
            else:
                out.append((segments + [j], None, actual[j], "ekstra"))


def field_changes(expected: object, actual: object, rules: BenefitRules) -> list[Change]:
    """Leaf-level differences between two normalised decisions, after tolerances; [] when they agree."""
    if same_json(expected, actual):
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
    return sorted(changes.values(), key=lambda c: _natural(c["felt"]))


def _natural(text: str) -> list[tuple[int, int, str]]:
    """Sort key that orders numbers by value: [2] before [10], W06#2 before W06#10."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text)]


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

def _keyed_item(node: list[Any], key: str, seg: object, index: dict[int, dict[str, Any]]) -> object:
    """The first item of a keyed list whose key is `seg` (a `#n` duplicate suffix ignored); the list's index
    by key is built once per list, so looking up many changes stays linear."""
    by_key = index.get(id(node))
    if by_key is None:
        by_key = index[id(node)] = {}
        for item in node:
            if isinstance(item, dict):
                by_key.setdefault(str(item.get(key)), item)
    text = str(seg)
    return by_key.get(text) or by_key.get(text.split(DUPLICATE, 1)[0])


def _position(node: list[Any], seg: object) -> object:
    """A plain list's entry at position `seg` (an int, or its digits as a path's text has them), or None."""
    i = seg if isinstance(seg, int) else int(seg) if isinstance(seg, str) and seg.isdigit() else None
    return node[i] if i is not None and 0 <= i < len(node) else None


def locate(decision: object, segments: Segments, rules: BenefitRules,
           index: dict[int, dict[str, Any]] | None = None) -> tuple[object, str | None]:
    """The value at the path in `decision` (None where the path leads nowhere) and the `trin` of the innermost
    object on it; keyed lists resolved by their key, other lists by position."""
    node: object = decision
    ref: str | None = None
    shape: tuple[str, ...] = ()
    index = {} if index is None else index
    for seg in segments:
        if isinstance(node, dict) and isinstance(node.get(rules.ref), str):
            ref = node[rules.ref]
        if isinstance(node, list):
            _, _, key = rules.shape_info(shape)
            node = _keyed_item(node, key, seg, index) if key is not None else _position(node, seg)
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
    return node, ref


def explanation_for(decision: object, changes: list[Change], rules: BenefitRules) -> list[ExplanationRef]:
    """The reference's steps (id, rule, §, result) behind the expected values of the differing fields."""
    steps = {s.get(rules.step_id): s for s in decision.get(rules.steps, []) if isinstance(s, dict)} \
        if isinstance(decision, dict) and isinstance(decision.get(rules.steps), list) else {}
    out: list[ExplanationRef] = []
    seen: set[str] = set()
    index: dict[int, dict[str, Any]] = {}
    for change in changes:
        _, ref = locate(decision, change["_segments"], rules, index)
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
    return [{"felt": path, "forventet": f"et trin i {rules.steps}", "faktisk": ref, "art": "ændret"}
            for path, ref in _refs(decision, rules).items() if ref not in ids]


_PARAGRAF = re.compile(r"§+\s*(\d+(?:\s*[a-z]\b)?(?:\s*(?:,|og|samt|-|–)\s*\d+(?:\s*[a-z]\b)?)*)")
_NUMBER_OR_RANGE = re.compile(r"(\d+)(?:\s*[a-z]\b)?(?:\s*[-–]\s*(\d+))?")
MAX_CITED = 12       # §§ one step may cite and still name its rule (the reference's steps cite at most a handful)
# One hjemmel text of several §§ given for steps whose reference steps cite BOILERPLATE_RULES or more different sets of
# §§ is a list, not a reason: the same 12 §§ on every step passed (red team round 10), and a tighter cap on §§ per
# step called "§ 50, jf. §§ 47, 51, 53 og 54" a missing reason (round 10b).
BOILERPLATE_RULES = 4
BOILERPLATE_CITED = 3
STATED = ("input", "resultat")     # what a step explaining a value states of the case, as the reference's do
_REMEMBERED = 300    # characters of a cited hjemmel text up to which cites_rule remembers its verdict


def cites_rule(needed: object, cited: object) -> bool:
    """Whether a step citing `cited` names the rule of a reference step citing `needed` (both hjemmel texts): one
    § in common, unless the reference's step cites none; a catch-all (more §§ than MAX_CITED and than the
    reference's step) names no rule. Remembered per pair of short texts, which repeat from case to case (a long one,
    as a hostile system may send, is not kept). A decision's texts used as boilerplate: `boilerplate`."""
    if type(needed) is str and type(cited) is str and len(cited) <= _REMEMBERED:
        return _cites_rule(needed, cited)
    return _cites(paragraphs(needed), paragraphs(cited))


@functools.lru_cache(maxsize=4096)
def _cites_rule(needed: str, cited: str) -> bool:
    return _cites(paragraphs(needed), paragraphs(cited))


def _cites(need: set[str], cited: set[str]) -> bool:
    if len(cited) > max(MAX_CITED, len(need)):
        cited = set()
    return not need or bool(need & cited)


def boilerplate(pairs: Iterable[tuple[object, object]]) -> set[str]:
    """The candidate's hjemmel texts that name no rule because one of them, citing BOILERPLATE_CITED or more §§, is
    given for steps whose reference steps cite BOILERPLATE_RULES or more different sets of §§. `pairs`: (the
    reference step's hjemmel, the candidate step's hjemmel) for each value of the decision."""
    rules: dict[str, set[frozenset[str]]] = {}
    for needed, cited in pairs:
        if type(cited) is str:
            rules.setdefault(cited, set()).add(_paragraph_set(needed) if type(needed) is str else frozenset())
    return {text for text, sets in rules.items()
            if len(sets) >= BOILERPLATE_RULES and len(_paragraph_set(text)) >= BOILERPLATE_CITED}


@functools.lru_cache(maxsize=4096)
def _paragraph_set(hjemmel: str) -> frozenset[str]:
    return frozenset(paragraphs(hjemmel))


def paragraphs(hjemmel: object) -> set[str]:
    """The § numbers a hjemmel cites: "loven § 30, stk. 1, jf. § 31" -> {"30", "31"}; "loven §§ 16-20" ->
    {"16", …, "20"}; "§§ 22 og 24" -> {"22", "24"}. After a single § only its own number counts ("§ 30, stk. 1"
    cites 30, not 1). A letter (§ 53 a) is not told apart: a wording may or may not write it."""
    out: set[str] = set()
    if not isinstance(hjemmel, str):
        return out
    for m in _PARAGRAF.finditer(hjemmel):
        listed = m.group(0).startswith("§§")
        for n in _NUMBER_OR_RANGE.finditer(m.group(1)):
            first, last = int(n.group(1)), int(n.group(2)) if n.group(2) else None
            out |= {str(k) for k in range(first, last + 1)} if last and first < last <= first + 50 else {str(first)}
            if not listed and not last:
                break
    return out


def _refs(doc: object, rules: BenefitRules) -> dict[str, str]:
    """path -> the step id each value of the decision points to (its explanation aside)."""
    found: dict[str, str] = {}

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if path == "" and k == rules.steps:
                    continue
                here = f"{path}.{k}" if path else k
                if k == rules.ref and isinstance(v, str):
                    found[here] = v
                else:
                    walk(v, here)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")
    walk(doc, "")
    return found


def hjemmel_problems(expected: object, actual: object, rules: BenefitRules) -> list[FieldChange]:
    """Values whose step in the candidate's explanation cites none of the §§ the reference's step for the same value
    cites (the duty to give reasons, Public Administration Act § 24: the reasons name the rules applied), or states
    no input or no result where the reference's step does (every step of the reference that explains a value does:
    a step of boilerplate, the same for every citizen, says nothing about the case). An explanation of made-up
    steps, or every amount pointing to one step without a §, is then no explanation. Compared by § number only, so
    a system may word its hjemmel as it likes (an abbreviation and "§30" for the law's name and "§ 30, stk. 1")."""
    def steps(doc: object) -> dict[object, dict[str, Any]]:
        items = doc.get(rules.steps) if isinstance(doc, dict) else None
        return {s.get(rules.step_id): s for s in items if isinstance(s, dict)} if isinstance(items, list) else {}
    mine, theirs = steps(actual), steps(expected)
    if not mine or not theirs:
        return []
    wanted = _refs(expected, rules)
    pointed: list[tuple[str, dict[str, Any], dict[str, Any], str]] = []
    for path, ref in _refs(actual, rules).items():
        step, reference = mine.get(ref), theirs.get(wanted.get(path))
        if step is not None and reference is not None:
            pointed.append((path, step, reference, ref))
    lists = boilerplate((reference.get("hjemmel"), step.get("hjemmel")) for _, step, reference, _ in pointed)
    problems: list[FieldChange] = []
    for path, step, reference, ref in pointed:
        if step.get("hjemmel") in lists or not cites_rule(reference.get("hjemmel"), step.get("hjemmel")):
            problems.append({"felt": path, "forventet": f"et trin med hjemmel i {reference.get('hjemmel')}",
                             "faktisk": _shown(f"{ref}: {step.get('hjemmel')}"), "art": "ændret"})
        elif [k for k in STATED if reference.get(k) and not step.get(k)]:
            problems.append({"felt": path, "forventet": "et trin, der angiver sagens input og sit resultat",
                             "faktisk": _shown(f"{ref}: uden {' og '.join(k for k in STATED if not step.get(k))}"),
                             "art": "ændret"})
    return problems


def explained(benefit: str) -> Callable[[Decide, dict[str, Any], dict[str, Any]], str | None]:
    """The check of a benefit's oracle-free property that its decisions are explained (a generators module's
    `Property`, harness/contract/ydelse.py): `explanation_problems` by the benefit's comparison rules, read when
    first checked; the first problem as a sentence."""
    rules: list[BenefitRules] = []

    def check(decide: Decide, case: dict[str, Any], decision: dict[str, Any]) -> str | None:
        if not rules:
            rules.append(load_policy().rules(benefit))
        problems = explanation_problems(decision, rules[0])
        if not problems:
            return None
        p = problems[0]
        return f"{p['felt']}: {p['faktisk']!r} (forventet {p['forventet']})"
    return check


# --- the whole comparison -------------------------------------------------------------------------------

def compare_decisions(policy: ComparePolicy, benefit: str, expected: dict[str, Any], actual: object) -> list[Finding]:
    """Findings for one case, one per failure class; [] when the candidate agrees with the golden. A decision equal
    to the approved one, field for field, needs neither schema validation nor diffing (the approval validated it)."""
    if same_json(actual, expected):
        return []  # equality first (JSON types included): the approved decision itself is valid and explained
    rules = policy.rules(benefit)
    too_big = document_problem(actual)
    if too_big:   # refused before the schema or the diff spend time on it
        return [Finding(klasse="ugyldigt_svar", changes=[{"felt": "(hele afgørelsen)", "forventet": "et svar inden for "
                                                          "grænserne", "faktisk": too_big, "art": "ugyldig"}],
                        message=too_big)]
    try:
        invalid = schemas.errors(benefit, "decision", actual)
    except KeyError as exc:
        invalid = [str(exc)]
    order = list(policy.failure_classes)
    if invalid:
        changes = [{"felt": e.split(":", 1)[0].replace("/", "."), "forventet": "gyldigt efter decision-skemaet",
                    "faktisk": e.split(":", 1)[1].strip() if ":" in e else e, "art": "ugyldig"} for e in invalid[:MAX_LISTED]]
        findings = {"ugyldigt_svar": Finding(klasse="ugyldigt_svar", changes=changes,
                                             message=f"svaret følger ikke decision-skemaet ({len(invalid)} fejl)")}
        # What can still be read is still compared: an answer broken on purpose must not hide what it pays.
        with contextlib.suppress(Exception):    # a shape the diff cannot walk: the invalid answer is the finding
            findings |= _differences(expected, actual, rules) if isinstance(actual, dict) else {}
        return sorted(findings.values(), key=lambda f: order.index(f.klasse) if f.klasse in order else len(order))
    findings = _differences(expected, actual, rules)
    broken = explanation_problems(actual, rules)
    if broken:
        findings["manglende_begrundelse"] = Finding(
            klasse="manglende_begrundelse", changes=broken[:MAX_LISTED],
            message=f"{rules.steps} er tom" if broken[0]["felt"] == rules.steps
            else f"{len(broken)} værdi(er) peger på et trin, der ikke findes i {rules.steps}")
    elif (wrong := hjemmel_problems(expected, actual, rules)):
        findings["manglende_begrundelse"] = Finding(
            klasse="manglende_begrundelse", changes=wrong[:MAX_LISTED],
            message=f"{len(wrong)} værdi(er) begrundes med et trin, der ikke nævner referencens § eller ikke angiver "
                    "sagens input og sit resultat (begrundelsespligten)")
    return sorted(findings.values(), key=lambda f: order.index(f.klasse) if f.klasse in order else len(order))


def _differences(expected: dict[str, Any], actual: object, rules: BenefitRules) -> dict[str, Finding]:
    """The field-by-field differences, one finding per failure class."""
    exp_n, act_n = normalise(expected, rules), normalise(actual, rules)
    by_class: dict[str, list[Change]] = {}
    for change in field_changes(exp_n, act_n, rules):
        by_class.setdefault(classify(change, exp_n, act_n, rules), []).append(change)
    return {klasse: Finding(klasse=klasse, changes=[_public(c) for c in changes[:MAX_CHANGES]],
                            explanation=explanation_for(expected, changes[:MAX_CHANGES], rules),
                            message=f"{len(changes)} felt(er) afviger"
                            + (f"; de første {MAX_CHANGES} er vist" if len(changes) > MAX_CHANGES else ""))
            for klasse, changes in by_class.items()}


def _public(change: Change) -> FieldChange:
    """A change without the comparison's working fields (its path segments and shape); a value too long to show
    (a candidate may pad its answer up to the size limits, 500 fields a case) cut to a marker."""
    return {"felt": change["felt"], "forventet": _shown(change["forventet"]), "faktisk": _shown(change["faktisk"]),
            "art": change["art"]}


def _shown(value: object) -> object:
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    if isinstance(value, str) and len(value) <= MAX_VALUE_CHARS:
        return value
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    if len(text) <= MAX_VALUE_CHARS:
        return value
    return f"<afkortet: {len(text):,} tegn; hele værdien står i kandidatens svar> {text[:200]}…".replace(",", ".")
