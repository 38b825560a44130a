"""What each deviation of a case is: its root-cause step (rod.py), the probable defect it belongs to, and the kroner
it moves (kroner.py). Benefit-blind: everything comes from the comparison rules and the decisions.

A case's findings (one per failure class) are grouped by their root step: the deviations of one case that begin in
the same step are one occurrence of one defect, whatever classes their fields fall in (a day late shows as a wrong
date and, when the day is a weekday, as a wrong amount). The occurrence's root is the first result that differs —
the root step's own differing field (`felt:` its shape, entry keys dropped), or the rule itself when the step's
result shows only in the candidate's explanation (`regel:`); its class is that field's class. So the same error
lands in the same defect in every case, even when the reference computes that result in different rules for
different people (the weekly cap of a wage earner and of a self-employed). A deviation no step explains (no
explanation at all, an invalid answer, an error) is keyed by its class and first field.

A date is passed on (rod.py follows a date from one field to another; here from step to step as well): when a
root step starts from a date that an earlier differing root step of the case produced — its input holds that date,
or the missing or extra entry it made holds it — the earlier step is the root (the first payment week starts the
day the kommune starts paying; a follow-on benefit's month starts the day after the earlier benefit ends).

When the system explains itself and its explanation differs, the first step of its explanation that differs is
where the case goes wrong: a field whose root was found in the candidate's explanation is traced back to that step
when it comes earlier (a household read wrongly shows first in the household step, even where the formue limit
that follows from it names no household field).

Every differing paid amount is attributed to exactly one deviation: the one whose fields name it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from harness.contract.records import Finding
from harness.contract.ydelse import YdelseError, find

from . import kroner
from .policy import ComparePolicy
from .rod import KANDIDATENS_BEGRUNDELSE, REFERENCENS_KAEDE, Rod, Roedder

SEP = "|"


def shape(felt: str) -> str:
    """`udbetalinger[2024-W14].beloeb` -> `udbetalinger[].beloeb`: the field without its entry keys."""
    return re.sub(r"\[[^\]]*\]", "[]", felt)


def defect_key(ydelse: str, klasse: str, anker: str) -> str:
    """A probable defect's key: benefit, failure class and root (`felt:<shape>`, `regel:<rule id>` or empty; the
    negative stage's `art:<kind of break>`, harness/negative)."""
    return SEP.join((ydelse, klasse, anker))


@dataclass
class Attribution:
    """One finding's root step (None: no step explains it), its defect key, and the paid amounts it moves."""
    rod: Rod | None
    titel: str
    resultat: Any
    fejl: str
    posts: list[kroner.Post] = field(default_factory=list)


@cache
def _rule_titles(ydelse: str) -> dict[str, str]:
    try:
        return {rule: str(text.get("titel", "")) for rule, text in find(ydelse).regler().items() if isinstance(text, dict)}
    except (YdelseError, OSError, ValueError):
        return {}


def _penge(ydelse: str) -> kroner.Penge:
    try:
        return kroner.load(ydelse)
    except (YdelseError, OSError, ValueError):
        return kroner.Penge(())


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _days(value: object) -> set[str]:
    """The ISO days a step's input or result, or an entry, holds at its top level."""
    if isinstance(value, str):
        return {value} if _DAY.match(value) else set()
    if isinstance(value, dict):
        return {v for v in value.values() if isinstance(v, str) and _DAY.match(v)}
    return set()


def _passed_on(roots: dict[str, Rod | None], roedder: Roedder, steps: dict[str, dict[str, Any]]) -> dict[str, Rod | None]:
    """Each field's root moved to an earlier differing root step whose result holds a date the field's root step
    starts from (its input), or that the field's own entry holds; repeated until nothing moves."""
    order = roedder.order
    differing = sorted({r.trin for r in roots.values() if r is not None and r.trin in order}, key=order.__getitem__)
    made = {t: _days(steps.get(t, {}).get("resultat")) for t in differing}
    out = dict(roots)
    for felt, rod in roots.items():
        if rod is None or rod.trin not in order:
            continue
        own = _days(roedder._lookup(felt)[1]) if roedder.producer(felt) == rod.trin else set()
        current = rod
        while True:
            wanted = _days(steps.get(current.trin, {}).get("input")) | own
            earlier = next((t for t in differing if order[t] < order[current.trin] and made[t] & wanted), None)
            if earlier is None:
                break
            step = steps[earlier]
            current = Rod(earlier, str(step.get("regel", "")), str(step.get("hjemmel", "")), REFERENCENS_KAEDE)
            own = set()
        out[felt] = current
    return out


def _first_explained(roots: dict[str, Rod | None], roedder: Roedder, steps: dict[str, dict[str, Any]]) -> dict[str, Rod | None]:
    """Roots found in the candidate's explanation, moved to the first step of its explanation that differs."""
    if not any(r is not None and r.kilde == KANDIDATENS_BEGRUNDELSE for r in roots.values()):
        return roots
    first = next((t for t in sorted(roedder.order, key=roedder.order.__getitem__)
                  if roedder._differs_in_explanation(t)), None)
    if first is None:
        return roots
    step = steps.get(first, {})
    moved = Rod(first, str(step.get("regel", "")), str(step.get("hjemmel", "")), KANDIDATENS_BEGRUNDELSE)
    return {felt: moved if r is not None and r.kilde == KANDIDATENS_BEGRUNDELSE and r.trin in roedder.order
            and roedder.order[first] < roedder.order[r.trin] else r for felt, r in roots.items()}


def _fields(finding: Finding) -> list[str]:
    return [str(c["felt"]) for c in finding.changes]


def _owner(post: kroner.Post, findings: list[Finding]) -> int:
    """The finding a differing amount belongs to: the one naming its field (or the entry or list that holds it)."""
    for i, f in enumerate(findings):
        for felt in _fields(f):
            if post.felt == felt or post.felt.startswith((felt + ".", felt + "[")) \
                    or felt.startswith((post.felt + ".", post.felt + "[")):
                return i
    top = re.split(r"[.\[]", post.felt, maxsplit=1)[0]
    for i, f in enumerate(findings):
        if any(re.split(r"[.\[]", felt, maxsplit=1)[0] == top for felt in _fields(f)):
            return i
    return 0


def attribute(policy: ComparePolicy, ydelse: str, expected: dict[str, Any], actual: object,
              findings: list[Finding]) -> list[Attribution]:
    """One Attribution per finding, in order. Never raises for what a candidate sends: a root or an amount that
    cannot be worked out is left out (no root, no kroner), and the deviation still counts."""
    rules = policy.rules(ydelse)
    penge = _penge(ydelse)
    every = list(dict.fromkeys(f for finding in findings for f in _fields(finding)))
    roots: dict[str, Rod | None] = {}
    roedder: Roedder | None = None
    if isinstance(expected, dict) and expected.get(rules.steps) and every:
        try:
            roedder = Roedder(rules, expected, actual, totaler=penge.totaler(), perioder=penge.perioder())
            roots = roedder.roots(every)
        except Exception:   # a candidate's explanation of an unexpected shape: no root rather than no run
            roedder, roots = None, {}
    order = roedder.order if roedder is not None else {}
    steps = {str(s.get(rules.step_id)): s for s in expected.get(rules.steps, []) if isinstance(s, dict)} \
        if isinstance(expected, dict) else {}
    if roedder is not None:
        roots = _passed_on(_first_explained(roots, roedder, steps), roedder, steps)
    class_of = {felt: f.klasse for f in findings for felt in _fields(f)}
    rank = {k: i for i, k in enumerate(policy.failure_classes)}
    titles = _rule_titles(ydelse)

    out: list[Attribution] = []
    for finding in findings:
        found = [r for r in (roots.get(felt) for felt in _fields(finding)) if r is not None and r.trin in order]
        rod = min(found, key=lambda r: order[r.trin]) if found else None
        if rod is None:
            first = _fields(finding)[0] if finding.changes else ""
            out.append(Attribution(None, "", None, defect_key(ydelse, finding.klasse, f"felt:{shape(first)}" if first else "")))
            continue
        own = sorted(felt for felt in every if roedder is not None and roedder.producer(felt) == rod.trin
                     and getattr(roots.get(felt), "trin", rod.trin) == rod.trin)
        if own:
            anker, klasse = f"felt:{shape(own[0])}", class_of[own[0]]
        else:   # the root shows only in an explanation: the case's most telling class among its findings there
            anker = f"regel:{rod.regel}"
            klasse = min((f.klasse for f in findings if any(
                (r := roots.get(felt)) is not None and r.trin == rod.trin for felt in _fields(f))),
                key=lambda k: rank.get(k, len(rank)), default=finding.klasse)
        out.append(Attribution(rod, titles.get(rod.regel, ""), (steps.get(rod.trin) or {}).get("resultat"),
                               defect_key(ydelse, klasse, anker)))
    if out and isinstance(expected, dict) and isinstance(actual, dict) and penge.arter:
        try:
            posts = kroner.poster(penge, expected, actual)
        except Exception:
            posts = []
        for post in posts:
            out[_owner(post, findings)].posts.append(post)
    return out


__all__ = ["SEP", "Attribution", "attribute", "defect_key", "shape"]
