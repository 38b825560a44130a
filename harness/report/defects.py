"""Probable defects: the run's deviations grouped by their root and failure class (Deviation.fejl, set by
harness/compare/attribution.py), each with a Danish title, its §, severity, scenarios, kroner and an example.

197 deviations become a handful of defects, because one error in a system repeats in every case it touches: the
defect is where a vendor starts fixing. Defects are ordered by severity, then kroner at risk, then scenarios.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from harness.compare.attribution import SEP, defect_key, shape
from harness.contract.config import SEVERITIES
from harness.contract.records import Defect

from .money import case_key, post_amounts, totals

key = defect_key


def parts(noegle: str) -> tuple[str, str, str]:
    ydelse, klasse, anker = (noegle.split(SEP, 2) + ["", ""])[:3]
    return ydelse, klasse, anker


def fallback_key(ydelse: str, dev: dict[str, Any]) -> str:
    """For a deviation recorded before roots were (results.json of older runs): its class and its scenario's §."""
    return key(ydelse, dev["klasse"], "hjemmel:" + "; ".join(dev.get("hjemmel") or []))


def field_words(ydelse: str, felt: str, last: int = 2) -> str:
    """A field shape in the benefit's Danish words, its last segments: `satsperioder[].loft_pr_uge` ->
    'satsperiode › højeste beløb pr. uge'; a closing 'dato' or 'beløb' of a field that is a date or amount is dropped."""
    from harness.golden.diff import labels
    words = labels(ydelse).felter
    names = [n for n in re.split(r"[.\[\]]+", felt) if n]
    if len(names) > 1 and names[-1] in ("dato", "beloeb"):
        names = names[:-1]
    return " › ".join(words.get(n, n.replace("_", " ")) for n in names[-last:])


def _title(ydelse: str, klasse_tekst: str, anker: str, rule_titles: list[str]) -> str:
    head = klasse_tekst[:1].upper() + klasse_tekst[1:]
    kind, _, value = anker.partition(":")
    where = field_words(ydelse, value) if kind == "felt" and value else value if kind == "art" else ""
    if where and where.lower() in klasse_tekst.lower():
        where = ""
    rule = rule_titles[0] if rule_titles else ""
    if rule and where:
        return f"{head}: {rule} ({where})"
    if rule or where:
        return f"{head}: {rule or where}"
    return head


_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _example(pairs: list[tuple[dict[str, Any], dict[str, Any]]], noegle: str) -> str:
    """The scenario that shows the defect most plainly: one whose deviations are all this defect's, with the fewest
    differing fields (nothing else mixed in), then the most kroner, then the first id."""
    def plainness(case: dict[str, Any]) -> tuple[int, int, Decimal, str]:
        devs = case["deviations"]
        mixed = sum(1 for d in devs if (d.get("fejl") or fallback_key(case["ydelse"], d)) != noegle)
        fields = sum(len(d["felter"]) for d in devs)
        money = sum((abs(a) for d in devs for a in post_amounts(d) if a is not None), Decimal(0))
        return (mixed, fields, -money, case["id"])
    cases = {c["id"]: c for c, _ in pairs}
    return str(min(cases.values(), key=plainness)["id"])


def group(cases: list[dict[str, Any]], class_hjemmel: dict[str, dict[str, str]] | None = None) -> list[Defect]:
    """The probable defects of a run's case records (results.json `cases`), ordered, numbered F1, F2, …;
    `class_hjemmel`: per benefit, the § of a failure class that no explanation step causes."""
    class_hjemmel = class_hjemmel or {}
    members: defaultdict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for case in cases:
        for dev in case["deviations"]:
            members[dev.get("fejl") or fallback_key(case["ydelse"], dev)].append((case, dev))
    found = []
    for noegle, pairs in members.items():
        ydelse, klasse, anker = parts(noegle)
        devs = [d for _, d in pairs]
        roots: Counter[tuple[str, str]] = Counter()   # a root counted once per scenario, however many deviations
        titles: Counter[str] = Counter()
        seen: set[tuple[str, str]] = set()
        for case, dev in pairs:
            rod = dev.get("rod")
            if rod and (case["id"], rod["regel"]) not in seen:
                seen.add((case["id"], rod["regel"]))
                roots[(rod["regel"], rod["hjemmel"])] += 1
                if rod.get("titel"):
                    titles[rod["titel"]] += 1
        hjemmel = list(dict.fromkeys(h for (_, h), _ in roots.most_common()))
        if not hjemmel:
            own = class_hjemmel.get(ydelse, {}).get(klasse)
            hjemmel = [own] if own else []
            if anker.startswith("hjemmel:") and anker[8:]:
                hjemmel = [anker[8:]]
        regler = list(dict.fromkeys(r for (r, _), _ in roots.most_common()))
        labels = Counter(d["klasse_tekst"] for d in devs if d["klasse"] == klasse)
        klasse_tekst = labels.most_common(1)[0][0] if labels else klasse.replace("_", " ")
        scenarios = sorted({c["id"] for c, _ in pairs})
        example = _example(pairs, noegle)
        found.append(Defect(
            id="", noegle=noegle, ydelse=ydelse, titel=_title(ydelse, klasse_tekst, anker, [t for t, _ in titles.most_common()]),
            klasse=klasse, klasse_tekst=klasse_tekst, alvor=min((d["alvor"] for d in devs), key=_RANK.__getitem__),
            hjemmel=hjemmel, regler=regler, felt=anker[5:] if anker.startswith("felt:") else None,
            scenarios=scenarios, deviations=[d["id"] for d in devs], undtaget=sum(1 for d in devs if d.get("undtagelse")),
            kroner=totals(a for d in devs for a in post_amounts(d)), borgere=len({case_key(c) for c, _ in pairs}),
            eksempel=example))
    found.sort(key=lambda d: (_RANK[d.alvor], -Decimal(d.kroner.i_risiko), -len(d.scenarios), d.noegle))
    return [d.model_copy(update={"id": f"F{i}"}) for i, d in enumerate(found, 1)]


__all__ = ["SEP", "fallback_key", "field_words", "group", "key", "parts", "shape"]
