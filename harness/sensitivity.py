"""Faults of omission, and the cases that show them: what makes a sample able to catch a system that leaves one field
unread.

A system with one ordinary implementation gap — a further employment's § 55 insurance never read, every kind of
hours counted as work, an afgørelse recorded as a reduction never applied — differs from the law only in the cases
where that field changes the decision. Drawn at random, such cases are rare (red team r13 F2: a further employment
is ≈ 5 % of the cases of the benefit that has them, and its § 55 changes the decision in a fraction of those), so a
system with a single gap was GO on most sample seeds.

Every such gap is a *fault* made from the case schema alone (`faults`), one per place a value can stand:
- `ignorerer`: the field is not read (left out wherever it stands; a yes/no field then takes its default);
- `vender`: a yes/no field read the other way;
- `læser som`: an enum value read as the value most cases hold there (the branch an unknown value falls into);
- `udelader`: the list entries with one enum value left out (a kind of event or record never handled);
- `udelader par`: the list entries with two values together left out (`pairs`: a kind of event handled for one
  person and not the other).

`Coverage` counts, over the cases it observes, how many each fault touches and how many it shows (the reference
decides the case differently read with the fault), and how many hold each value a fault is about. The sample stage
(harness/sample.py) observes its cases, then draws on from the same seed for the faults that touch few cases and the
values few cases hold, until `wanted` cases show each fault (or it stood in `give_up` cases without changing a
decision) and `present` cases hold each value, or its draw budget is spent. What the sample then cannot show is on
record, fault by fault: the bench's own strength against gaps nobody told it about.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from harness.contract.jsondata import json_copy, same_json
from harness.contract.schema_paths import places
from harness.toolkit.errors import CaseError, OutOfScope

Decide = Callable[[dict], dict]

PATIENCE = 4     # a fault shown once may take this many times `give_up` touched cases to be shown again
RARE = 5         # a fault touching fewer than one in RARE observed cases is pursued beyond the sample, and longer
PAIR = "udelader par"
KINDS = ("ignorerer", "vender", "læser som", "udelader", PAIR)
VALUE_KINDS = ("vender", "læser som", "udelader", PAIR)   # faults that touch a case by a value it holds
STEPS_KEY = "begrundelse"


@dataclass(frozen=True)
class Fault:
    """One fault of omission at a schema path (`a.*.b`: field b of every entry of list a)."""
    kind: str
    path: str
    value: Any = None       # the value read wrongly (vender, læser som) or whose entries are left out (udelader)
    other: Any = None       # what it is read as (læser som)

    @cached_property
    def parts(self) -> list[str]:
        return self.path.split(".")

    @cached_property
    def list_parts(self) -> tuple[list[str], tuple[tuple[str, Any], ...]]:
        """udelader (par): the path of the list, and the fields and values of the entries it leaves out."""
        if self.kind == PAIR:
            return self.parts, self.value
        list_path, _, sub = self.path.rpartition(".*.")
        return list_path.split("."), ((sub, self.value),)

    @property
    def scope(self) -> str:
        """The field the fault changes: for udelader, the list whose entries it leaves out."""
        return self.path.rpartition(".*.")[0] if self.kind == "udelader" else self.path

    def _left_out(self, entry: object) -> bool:
        return isinstance(entry, dict) and all(_same(entry.get(k), v) for k, v in self.list_parts[1])

    @property
    def label(self) -> str:
        """The fault in Danish, as results.json lists it."""
        v, o = json.dumps(self.value, ensure_ascii=False), json.dumps(self.other, ensure_ascii=False)
        if self.kind == "ignorerer":
            return f"læser ikke {self.path}"
        if self.kind == "vender":
            return f"læser {self.path} = {v} som det modsatte"
        if self.kind == "læser som":
            return f"læser {self.path} = {v} som {o}"
        return f"udelader poster i {self.scope} med {_values(self.list_parts[1])}"

    def touches(self, case: dict) -> bool:
        """Whether the fault changes how the case is read (no copy made)."""
        if self.kind in ("udelader", PAIR):
            return _any_at(case, self.list_parts[0], lambda parent, key: isinstance(parent.get(key), list) and any(
                self._left_out(e) for e in parent[key]))
        if self.kind == "ignorerer":
            return _any_at(case, self.parts, lambda parent, key: key in parent)
        return _any_at(case, self.parts, lambda parent, key: key in parent and _same(parent[key], self.value))

    def apply(self, case: dict) -> dict | None:
        """The case as a system with this fault reads it (a new document sharing what the fault leaves alone), or
        None when the fault does not touch the case."""
        if not self.touches(case):
            return None
        if self.kind in ("udelader", PAIR):
            def drop(entries: object) -> object:
                return [e for e in entries if not self._left_out(e)] if isinstance(entries, list) else entries
            return _rebuilt(case, self.list_parts[0], drop)   # type: ignore[return-value]
        return _rebuilt(case, self.parts, self._read)   # type: ignore[return-value]

    def _read(self, value: object) -> object:
        """A field's value as the fault reads it (GONE: not read at all)."""
        if self.kind == "ignorerer":
            return GONE
        if _same(value, self.value):
            return (not value) if self.kind == "vender" else json_copy(self.other)
        return value


GONE = object()


def _rebuilt(node: object, parts: list[str], fn: Callable[[object], object]) -> object:
    """node with fn applied to the value at every place `parts` names: the dicts and lists on the way copied, the
    rest shared (the reference reads its case, never writes it); fn returning GONE leaves the field out."""
    head, rest = parts[0], parts[1:]
    if head == "*":
        return [_rebuilt(e, rest, fn) for e in node] if isinstance(node, list) and rest else node
    if not isinstance(node, dict) or head not in node:
        return node
    out = dict(node)
    new = fn(node[head]) if not rest else _rebuilt(node[head], rest, fn)
    if new is GONE:
        del out[head]
    else:
        out[head] = new
    return out


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _any_at(node: object, parts: list[str], fn: Callable[[dict, str], bool]) -> bool:
    """Whether fn(parent, key) holds at some place `parts` names under node."""
    if not parts:
        return False
    head, rest = parts[0], parts[1:]
    if head == "*":
        if not isinstance(node, list):
            return False
        return any(_any_at(entry, rest, fn) for entry in node)
    if not isinstance(node, dict):
        return False
    if not rest:
        return fn(node, head)
    return head in node and _any_at(node[head], rest, fn)


def faults(schema: dict, skip: frozenset[str] = frozenset(), cases: list[dict] | None = None) -> list[Fault]:
    """Every fault of omission the case schema allows, in the schema's order; `skip`: paths that are no input to the
    law (a case id). An enum value is read wrongly as the value most `cases` have there (the schema's first when
    none has one): the branch a system falls into for a value it does not know (every value read as every other
    would be |V|² faults, each one more decision for every case that has the field)."""
    out: list[Fault] = []
    for path, place in places(schema).items():
        if path in skip:
            continue
        out.append(Fault("ignorerer", path))
        if place.boolean:
            out += [Fault("vender", path, True), Fault("vender", path, False)]
        common = _most_common(place.enum, path, cases or [])
        for v in place.enum:
            if not _same(v, common):
                out.append(Fault("læser som", path, v, common))
            if ".*." in path:
                out.append(Fault("udelader", path, v))
    return out


def pairs(schema: dict) -> list[Fault]:
    """`udelader par` for every pair of enum values of two fields of the same list's entries (an afgørelse about a
    reduction *for the spouse*): a gap that needs both values (a reduction screen that handles only the applicant)
    is no single fault, and a case holding one of them rarely holds both (red team r14b F1)."""
    by_list: dict[str, list[tuple[str, list[Any]]]] = {}
    for path, place in places(schema).items():
        list_path, star, sub = path.rpartition(".*.")
        if star and place.enum and "." not in sub:
            by_list.setdefault(list_path, []).append((sub, place.enum))
    out = []
    for list_path, fields in by_list.items():
        for i, (a, va) in enumerate(fields):
            for b, vb in fields[i + 1:]:
                out += [Fault(PAIR, list_path, ((a, x), (b, y))) for x in va for y in vb]
    return out


def _most_common(values: list[Any], path: str, cases: list[dict]) -> Any:
    """The enum value most `cases` hold at `path` (the schema's earlier on a tie, its first when none holds one)."""
    if not values:
        return None
    seen = [0] * len(values)
    parts = path.split(".")
    for case in cases:
        for v in _values_at(case, parts):
            for i, e in enumerate(values):
                if _same(v, e):
                    seen[i] += 1
    return values[max(range(len(values)), key=lambda i: (seen[i], -i))]


def _values_at(node: object, parts: list[str]) -> Iterator[object]:
    if not parts:
        yield node
        return
    head, rest = parts[0], parts[1:]
    if head == "*":
        if isinstance(node, list):
            for entry in node:
                yield from _values_at(entry, rest)
    elif isinstance(node, dict) and head in node:
        yield from _values_at(node[head], rest)


def _value_label(f: Fault) -> str:
    """The value a value fault is about: `path = value` (a pair: `list: a = x og b = y`)."""
    if f.kind == PAIR:
        return f"{f.path}: {_values(f.value)}"
    return f"{f.path} = {json.dumps(f.value, ensure_ascii=False)}"


def _values(fields: tuple[tuple[str, Any], ...]) -> str:
    return " og ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in fields)


def _groups(faults: list[Fault]) -> list[list[Fault]]:
    """The faults in groups with one fault per field (a field and the fields inside it count as one), in order."""
    groups: list[tuple[list[Fault], list[str]]] = []
    for f in faults:
        for members, paths in groups:
            if not any(_nested(f.scope, p) for p in paths):
                members.append(f)
                paths.append(f.scope)
                break
        else:
            groups.append(([f], [f.scope]))
    return [members for members, _ in groups]


def _nested(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _decision(decision: dict) -> dict:
    """What a fault must change to be seen: the decision without its explanation (a changed explanation alone pays
    no one wrongly)."""
    return {k: v for k, v in decision.items() if k != STEPS_KEY}


@dataclass
class Count:
    """One fault's counts."""
    shown: int = 0       # cases whose decision the fault changes
    stood: int = 0       # cases the fault touched (changed or not)
    closed: bool = False  # given up or shown enough: for good (a closed fault is no longer counted, so its rate of
                          # touching cases would fall and call it rare)
    present: int = 0     # cases holding the value the fault reads wrongly (counted until `present` are held)
    refused: int = 0     # touched cases the law refuses to decide when read with the fault alone


@dataclass
class Coverage:
    """The faults' counts over the cases observed so far."""
    faults: list[Fault]
    wanted: int
    give_up: int
    present: int = 0        # cases wanted that hold each value a fault reads wrongly, shown or not
    counts: dict[Fault, Count] = field(default_factory=dict)
    observed: int = 0       # cases observed

    def __post_init__(self) -> None:
        self.counts = {f: Count() for f in self.faults}

    def scarce(self) -> Iterator[Fault]:
        """Faults of a value (a yes/no, an enum value, a kind of list entry, a pair of values in one list entry) held
        by fewer than `present` cases so far. A gap may be wider than one field — a system that drops a
        samlever's move-in and the samlever's data with it reads the case in a way no single fault does, and the law
        refuses the case read with the single fault — so the cases that hold a rare value are worth sending whether
        or not a single fault shows on them."""
        return (f for f, c in self.counts.items() if f.kind in VALUE_KINDS and c.present < self.present)

    def rare(self) -> Iterator[Fault]:
        """The open faults that touch fewer than one in RARE of the cases observed: what the plain sample misses,
        and what drawing on is for (a fault touching most cases had its chances in the sample itself)."""
        return (f for f in self.open() if self.counts[f].stood * RARE < self.observed)

    def open(self) -> Iterator[Fault]:
        """Faults that still want cases: fewer than `wanted` shown, and touched by fewer cases than `_limit` (more
        for one shown once, worth looking further, and for one seldom present: the gap a plain sample misses)."""
        return (f for f, c in self.counts.items() if not c.closed and not self._close(c))

    def _close(self, c: Count) -> bool:
        c.closed = c.shown >= self.wanted or c.stood >= self._limit(c)
        return c.closed

    def _limit(self, c: Count) -> int:
        """Touched cases before a fault is given up: `give_up`, times PATIENCE once shown, else times how many
        times rarer than one in RARE cases it is (up to PATIENCE): each unshown fault costs about as many drawn
        cases, whether it touches most of them or few."""
        if c.shown:
            return self.give_up * PATIENCE
        return self.give_up * min(PATIENCE, max(1, self.observed // max(1, c.stood * RARE)))

    def observe(self, case: dict, decision: dict, decide: Decide, among: Iterable[Fault] | None = None) -> list[Fault]:
        """Count the case for every open fault that touches it, and find those whose fault changes its decision;
        the faults it showed that still wanted a case (the case is then worth sending).

        Most faults change most cases' decisions not at all, so they are tried in groups (group testing): the case
        read with a whole group of faults at once (one fault per field); an unchanged decision clears the group, a
        changed one (or a case the law cannot decide so read) is split in two and each half tried again, down to the
        single faults that change it. A fault whose effect another fault in its group cancels goes unseen in this
        case; the counts are what each single fault is shown to do."""
        self.observed += 1
        needed: list[Fault] = []
        for f in list(self.scarce()):
            if f.touches(case):
                self.counts[f].present += 1
                needed.append(f)
        touched = [f for f in (self.open() if among is None else among) if f.touches(case)]
        for f in touched:
            self.counts[f].stood += 1
        mine = _decision(decision)
        for group in _groups(touched):
            self._try(group, case, mine, decide, needed)
        return needed

    def _try(self, group: list[Fault], case: dict, mine: dict, decide: Decide, needed: list[Fault]) -> None:
        seen = case
        for f in group:
            seen = f.apply(seen) or seen
        try:
            changed = not same_json(_decision(decide(seen)), mine)
        except (CaseError, OutOfScope):    # the law cannot decide the case so read
            if len(group) == 1:            # one fault alone: no decision to differ
                self.counts[group[0]].refused += 1
                return
            changed = True
        if not changed:
            return
        if len(group) == 1:
            self.counts[group[0]].shown += 1
            needed.append(group[0])
            return
        half = len(group) // 2
        self._try(group[:half], case, mine, decide, needed)
        self._try(group[half:], case, mine, decide, needed)

    def summary(self) -> dict[str, Any]:
        """The figures on record: faults in all, shown `wanted` times, shown fewer times, given up (they stood in as
        many cases as their patience allows without changing a decision: none in reach changes one often, though one
        may change a decision in a few cases of many — red team r14b F2 — so each is named), refused (every case read
        with the fault is one the law cannot decide: a required field not read), not reached (in too few cases),
        absent (in none: a pair of values the law or the generator never puts together), and the values and pairs of
        values fewer cases hold than wanted."""
        full = [f for f, c in self.counts.items() if c.shown >= self.wanted]
        few = [f for f, c in self.counts.items() if 0 < c.shown < self.wanted]
        inert = [f for f, c in self.counts.items() if c.shown == 0 and c.closed and c.refused < c.stood]
        refused = [f for f, c in self.counts.items() if c.shown == 0 and c.closed and c.refused >= c.stood]
        unreached = [f for f, c in self.counts.items() if c.shown == 0 and not c.closed and c.stood]
        absent = [f for f, c in self.counts.items() if not c.stood and not c.present]
        scarce = sorted({_value_label(f) for f in self.scarce()})
        return {"faults": len(self.counts), "wanted": self.wanted, "shown": len(full), "scarce": scarce,
                "few": sorted(f.label for f in few), "without_effect": sorted(f.label for f in inert),
                "refused": len(refused), "absent": len(absent),
                "unreached": sorted(f.label for f in unreached)}


__all__ = ["KINDS", "Count", "Coverage", "Fault", "faults", "pairs"]
