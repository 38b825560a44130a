"""The root rule of a differing field: the earliest explanation step whose result differs between the candidate
and the reference, so that a forgotten AM-bidrag is reported at § 47 where the error is, not at the § 50 step
that merely used the wrong hourly wage. Knows no benefit: it reads the explanation's shape from the comparison
rules (steps, step id, the `trin` reference) and the steps' own inputs and results.

The reference's chain for a field: the step the field points to (`trin` of the innermost object on its path),
and, transitively, each step that produced one of that step's inputs (an input named like an earlier step's
result comes from the latest such step); and a date is passed on: when the field's expected value is a date that
another differing field of the case expects too, the chain of the step that made that field joins in (the first
payment week starts the day the kommune starts paying). Then, earliest step first:

1. the candidate's own explanation, when it has one: the first step of the chain that the candidate lacks, or
   whose result differs (steps matched by rule id and occurrence; numbers compared as numbers);
2. else (no explanation, or one that agrees on the whole chain, e.g. a system that explains one thing and pays
   another): the first step of the chain that produced a field which differs in the decision itself. A step whose
   result never shows in the decision cannot be seen to differ without the candidate's explanation.

A payment period's amount has the earliest root among the differing fields of its own period (`perioder`: a month's
payment is wrong because its person's hjælp is, a week's because it starts a day late), and a total's root is that
of its periods (`totaler`): a sum is wrong because its parts are. Both come from the paid amounts' data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .differ import locate
from .paths import DUPLICATE
from .policy import BenefitRules

KANDIDATENS_BEGRUNDELSE = "kandidatens begrundelse"
REFERENCENS_KAEDE = "referencens kæde"

_TOKEN = re.compile(r"\[([^\]]*)\]|([^.\[\]]+)")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class Rod:
    trin: str           # the reference's step id
    regel: str          # rule id
    hjemmel: str        # the § it cites
    kilde: str          # how it was found: KANDIDATENS_BEGRUNDELSE or REFERENCENS_KAEDE


def segments(felt: str) -> list[str]:
    """`udbetalinger[2024-W49].beloeb` -> ['udbetalinger', '2024-W49', 'beloeb'] (also `a.0.b`, schema paths)."""
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _TOKEN.finditer(felt)]


def _same(a: object, b: object) -> bool:
    if a == b:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (str, int)) and isinstance(b, (str, int)) and not isinstance(a, bool) and not isinstance(b, bool):
        try:
            return Decimal(str(a)) == Decimal(str(b))
        except InvalidOperation:
            return False
    return False


class Roedder:
    """Root rules for one case: the reference's full decision (with its explanation) and the candidate's answer."""

    def __init__(self, rules: BenefitRules, reference: dict[str, object], candidate: object,
                 totaler: dict[str, str] | None = None, perioder: dict[str, set[str]] | None = None):
        self.rules, self.reference, self.candidate = rules, reference, candidate
        self.totaler = totaler or {}
        self.perioder = perioder or {}
        steps = reference.get(rules.steps) if isinstance(reference, dict) else None
        self.steps: list[dict[str, object]] = [s for s in steps if isinstance(s, dict)] if isinstance(steps, list) else []
        self.order: dict[str, int] = {str(s.get(rules.step_id)): i for i, s in enumerate(self.steps)}
        self._deps = self._dependencies()
        self._chains: dict[str, list[str]] = {}
        self._lacking_counts = False
        self._paths: dict[str, tuple[str | None, object]] | None = None
        self._cand_results = self._candidate_results()

    def _dependencies(self) -> dict[str, set[str]]:
        made_by: dict[str, str] = {}
        deps: dict[str, set[str]] = {}
        for step in self.steps:
            sid = str(step.get(self.rules.step_id))
            inputs = step.get("input")
            deps[sid] = {made_by[k] for k in inputs if k in made_by} if isinstance(inputs, dict) else set()
            result = step.get("resultat")
            if isinstance(result, dict):
                for k in result:
                    made_by[k] = sid
        return deps

    def chain(self, trin: str) -> list[str]:
        """The step and every step it depends on, earliest first."""
        if trin not in self._chains:
            seen, todo = set(), [trin]
            while todo:
                t = todo.pop()
                if t in seen or t not in self.order:
                    continue
                seen.add(t)
                todo.extend(self._deps.get(t, ()))
            self._chains[trin] = sorted(seen, key=self.order.__getitem__)
        return self._chains[trin]

    def _candidate_results(self) -> dict[str, object] | None:
        """Reference step id -> the candidate's result for the same rule and occurrence (absent: lacks it);
        None when the candidate gives no explanation."""
        steps = self.candidate.get(self.rules.steps) if isinstance(self.candidate, dict) else None
        if not isinstance(steps, list) or not any(isinstance(s, dict) for s in steps):
            return None
        theirs: dict[tuple[object, int], object] = {}
        count: dict[object, int] = {}
        for s in steps:
            if isinstance(s, dict):
                regel = s.get("regel")
                n = count[regel] = count.get(regel, 0) + 1
                theirs[(regel, n)] = s.get("resultat")
        out: dict[str, object] = {}
        count = {}
        for s in self.steps:
            regel = s.get("regel")
            n = count[regel] = count.get(regel, 0) + 1
            if (regel, n) in theirs:
                out[str(s.get(self.rules.step_id))] = theirs[(regel, n)]
        # A step the candidate lacks counts as differing only when it speaks the reference's rule ids (at least
        # half of them); a system with rule ids of its own is judged on the steps it shares.
        ours = {s.get("regel") for s in self.steps}
        self._lacking_counts = len(ours & {r for r, _ in theirs}) * 2 >= len(ours)
        return out

    def _differs_in_explanation(self, trin: str) -> bool:
        assert self._cand_results is not None
        if trin not in self._cand_results:
            return self._lacking_counts
        return not _same(self.steps[self.order[trin]].get("resultat"), self._cand_results[trin])

    def _period_entry(self, felt: str) -> str | None:
        """`maaneder[2025-03]` for `maaneder[2025-03].udbetalt.beloeb`, when that is a payment period's amount."""
        for liste, amounts in self.perioder.items():
            if felt.startswith(liste + "["):
                close = felt.find("]", len(liste))
                if close > 0 and felt[close + 2:] in amounts and felt[close + 1:close + 2] == ".":
                    return felt[:close + 1]
        return None

    def _index(self) -> dict[str, tuple[str | None, object]]:
        """Every path of the reference decision, in the comparison's notation -> (its producing step, its value)."""
        out: dict[str, tuple[str | None, object]] = {}
        rules = self.rules

        def walk(node: object, path: str, shape: tuple[str, ...], ref: str | None) -> None:
            if isinstance(node, dict):
                own = node.get(rules.ref)
                ref = own if isinstance(own, str) else ref
                out[path] = (ref, node)
                for k, v in node.items():
                    if not path and k == rules.steps:
                        continue
                    walk(v, f"{path}.{k}" if path else str(k), shape + (str(k),), ref)
            elif isinstance(node, list):
                out[path] = (ref, node)
                _, _, key = rules.shape_info(shape)
                child = shape + ("[]",)
                seen: dict[str, int] = {}
                for i, v in enumerate(node):
                    label = str(v.get(key)) if key is not None and isinstance(v, dict) and key in v else str(i)
                    n = seen[label] = seen.get(label, 0) + 1
                    if n > 1:       # numbered as the comparison numbers them; linear however many repeat
                        label = f"{label}{DUPLICATE}{n}"
                    walk(v, f"{path}[{label}]", child, ref)
            else:
                out[path] = (ref, node)

        walk(self.reference, "", (), None)
        return out

    def _lookup(self, felt: str) -> tuple[str | None, object]:
        if self._paths is None:
            self._paths = self._index()
        found = self._paths.get(felt)
        if found is not None:
            return found
        value, ref = locate(self.reference, segments(felt), self.rules)   # another notation (a schema error's path)
        return ref, value

    def producer(self, felt: str) -> str | None:
        return self._lookup(felt)[0]

    def _rod(self, trin: str, kilde: str) -> Rod:
        step = self.steps[self.order[trin]]
        return Rod(trin, str(step.get("regel", "")), str(step.get("hjemmel", "")), kilde)

    def roots(self, felter: list[str]) -> dict[str, Rod | None]:
        """Root of each differing field of the case (all of them: the decision's own differences inform each other)."""
        looked = {f: self._lookup(f) for f in felter}
        producers = {f: p for f, (p, _) in looked.items()}
        differing = {p for p in producers.values() if p in self.order}
        # A date is passed on: a differing field whose expected value is a date that another differing field, made
        # by an earlier step, also expects (the first payment week starts on the day the kommune starts paying)
        # has that step in its chain as well.
        dates: dict[str, str] = {}
        for felt, producer in producers.items():
            value = looked[felt][1]
            if producer is not None and producer in self.order and isinstance(value, str) and _DATE.match(value) \
                    and (value not in dates or self.order[producer] < self.order[dates[value]]):
                dates[value] = producer
        out: dict[str, Rod | None] = {}
        for felt, producer in producers.items():
            if producer is None or producer not in self.order:
                out[felt] = None
                continue
            chain = self.chain(producer)
            value = looked[felt][1]
            source = dates.get(value) if isinstance(value, str) else None
            if source is not None and source != producer:
                chain = sorted(set(chain) | set(self.chain(source)), key=self.order.__getitem__)
            root = None
            if self._cand_results is not None:
                root = next((t for t in chain if self._differs_in_explanation(t)), None)
                if root is not None:
                    out[felt] = self._rod(root, KANDIDATENS_BEGRUNDELSE)
                    continue
            root = next((t for t in chain if t in differing), producer)
            out[felt] = self._rod(root, REFERENCENS_KAEDE)
        for felt in felter:  # a payment: the earliest root among the differing fields of its own period
            entry = self._period_entry(felt)
            if entry is not None and out.get(felt) is not None:
                parts = [r for f, r in out.items() if r is not None and f != felt
                         and f.startswith((entry + ".", entry + "["))]
                out[felt] = min([out[felt], *parts], key=lambda r: self.order[r.trin])  # type: ignore[union-attr]
        for felt in felter:  # a total: the earliest root among its periods' fields
            for total, liste in self.totaler.items():
                if felt == total or felt.startswith(total + "."):
                    parts = [r for f, r in out.items() if r is not None and (f == liste or f.startswith(liste + "["))]
                    if parts:
                        out[felt] = min(parts, key=lambda r: self.order[r.trin])
        return out


__all__ = ["KANDIDATENS_BEGRUNDELSE", "REFERENCENS_KAEDE", "Rod", "Roedder", "segments"]
