"""The audit's figures: cases, mismatches, citizens hit and kroner at risk (over- and underpayment) per probable
defect (root rule, § and failure class), per root rule, per failure class, per month and per kind of payment.

Counts come from the shard log, money from the mismatch rows, one shard's part at a time (a case's rows are all
in one shard, so cases per group add up across shards). Money is summed as Decimal: exact to the øre.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import pyarrow as pa

from . import lager

ZERO = Decimal("0")
COUNTS = lager.COUNTS
KOBLING = ("dubletter", "dublet_sager", "uparrede")
EXAMPLES = 3
EXAMPLES_KOBLING = 5
DIMENSIONS = {
    "fejl": ("ydelse", "rod_regel", "rod_hjemmel", "klasse"),
    "rod": ("ydelse", "rod_regel", "rod_hjemmel"),
    "klasse": ("klasse",),
    "maaned": ("maaned",),
    "penge_art": ("ydelse", "penge_art"),
    "ydelse": ("ydelse",),
}


class _Gruppe:
    __slots__ = ("eksempler", "felter", "over", "sager", "under")

    def __init__(self) -> None:
        self.sager, self.felter, self.over, self.under = 0, 0, ZERO, ZERO
        self.eksempler: list[str] = []

    def to_dict(self, key: tuple) -> dict:
        return {"noegle": list(key), "sager": self.sager, "felter": self.felter, "for_meget": str(self.over),
                "for_lidt": str(-self.under), "netto": str(self.over + self.under),
                "i_risiko": str(self.over - self.under), "eksempler": self.eksempler}


def figures(log: dict[int, dict], parts: Iterable[pa.Table]) -> dict:
    """The figures of the logged shards (their counts checked by lager.Folder.finished) and their part files."""
    sager = {k: sum(r[k] for r in log.values()) for k in COUNTS}
    sager["i_alt"] = sager.pop("sager")
    pr_ydelse: dict[str, int] = {}
    for r in log.values():
        for navn, n in (r.get("pr_ydelse") or {}).items():
            pr_ydelse[navn] = pr_ydelse.get(navn, 0) + n
    problemer = [p for nr in sorted(log) for p in log[nr].get("problemer", [])][:20]
    kobling = {kind: [e for nr in sorted(log) for e in (log[nr].get("kobling") or {}).get(kind, [])][:EXAMPLES_KOBLING]
               for kind in KOBLING}
    groups: dict[str, dict[tuple, _Gruppe]] = {d: {} for d in DIMENSIONS}
    borgere: set[str] = set()
    over = under = ZERO
    rows = 0
    for table in parts:
        part = table.to_pydict()
        n = len(part["pseudonym"])
        rows += n
        borgere.update(part["borger"])
        for dim, cols in DIMENSIONS.items():
            seen: dict[tuple, set[str]] = {}
            for i in range(n):
                kr = part["kroner"][i]
                if dim in ("maaned", "penge_art") and kr is None:
                    continue
                key = tuple(part[c][i] for c in cols)
                g = groups[dim].get(key)
                if g is None:
                    g = groups[dim][key] = _Gruppe()
                g.felter += 1
                if kr is not None:
                    if kr > 0:
                        g.over += kr
                    else:
                        g.under += kr
                case = part["pseudonym"][i]
                s = seen.setdefault(key, set())
                if case not in s:
                    s.add(case)
                    if len(g.eksempler) < EXAMPLES:
                        g.eksempler.append(case)
            for key, s in seen.items():
                groups[dim][key].sager += len(s)
        for kr in part["kroner"]:
            if kr is not None:
                if kr > 0:
                    over += kr
                else:
                    under += kr

    def ordered(dim: str) -> list[dict]:
        items = groups[dim].items()
        if dim == "maaned":
            return [g.to_dict(k) for k, g in sorted(items, key=lambda kv: kv[0][0] or "")]
        return [g.to_dict(k) for k, g in sorted(items, key=lambda kv: (-(kv[1].over - kv[1].under), -kv[1].sager,
                                                                       [str(x) for x in kv[0]]))]

    return {"sager": sager, "sammenlignet_pr_ydelse": dict(sorted(pr_ydelse.items())), "borgere_ramt": len(borgere), "raekker": rows,
            "kroner": {"for_meget": str(over), "for_lidt": str(-under), "netto": str(over + under),
                       "i_risiko": str(over - under)},
            **{dim: ordered(dim) for dim in DIMENSIONS}, "problemer": problemer, "kobling": kobling}
