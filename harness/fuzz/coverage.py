"""Which rule outcomes of the reference the generated cases reached, counted from the decisions' explanations.

Generic: a step's rule id (`regel`) and its boolean outcome fields (`ret`, `opfyldt`, `overholdt`, …) make the
pairs; the codes in the decision (`aarsager`, `ophoersaarsag`) and in a step (`konsekvens`) are counted too.
What *should* be reached comes from the rule catalogue (the benefit's `reference/regler.yaml`): every rule,
and both values of each outcome field its text shows; a benefit's generator module may add `EXPECTED_CODES`.
"""
from __future__ import annotations

import string
from collections import Counter

from tabulate import tabulate

from harness.contract.ydelse import find

OUTCOME_FIELDS = ("ret", "opfyldt", "overholdt", "loft_anvendt", "uafbrudt_8_uger", "timekrav_opfyldt")
STEP_CODES = ("konsekvens",)
DECISION_CODES = ("aarsager", "ophoersaarsag")
ANY = "(anvendt)"


def catalogue(ydelse: str) -> dict:
    """The benefit's rule catalogue (its reference/regler.yaml)."""
    return find(ydelse).regler()


class Coverage:
    def __init__(self, ydelse: str, expected_codes: tuple[str, ...] = ()):
        self.ydelse = ydelse
        self.counts: Counter = Counter()
        self.cases = 0
        self.expected_codes = tuple(expected_codes)

    def add(self, decision: dict) -> None:
        self.cases += 1
        for step in decision.get("begrundelse") or []:
            regel, res = step.get("regel", "?"), step.get("resultat") or {}
            self.counts[(regel, ANY)] += 1
            for k in OUTCOME_FIELDS:
                if isinstance(res.get(k), bool):
                    self.counts[(regel, f"{k}={str(res[k]).lower()}")] += 1
            for k in STEP_CODES:
                if isinstance(res.get(k), str):
                    self.counts[(regel, f"{k}={res[k]}")] += 1
        self._codes(decision)

    def _codes(self, node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "begrundelse":
                    continue
                if k in DECISION_CODES:
                    for code in (v if isinstance(v, list) else [v]):
                        if isinstance(code, str):
                            self.counts[("kode", code)] += 1
                else:
                    self._codes(v)
        elif isinstance(node, list):
            for v in node:
                self._codes(v)

    def expected(self) -> list[tuple[str, str]]:
        out = []
        for regel, entry in catalogue(self.ydelse).items():
            out.append((regel, ANY))
            fields = {f for _, f, _, _ in string.Formatter().parse(str((entry or {}).get("tekst", ""))) if f}
            for k in OUTCOME_FIELDS:
                if k in fields:
                    out += [(regel, f"{k}=true"), (regel, f"{k}=false")]
        out += [("kode", c) for c in self.expected_codes]
        return out

    def missing(self) -> list[tuple[str, str]]:
        return [pair for pair in self.expected() if self.counts[pair] == 0]

    def to_dict(self) -> dict:
        expected = self.expected()
        return {"cases": self.cases, "expected": len(expected),
                "reached": sum(1 for p in expected if self.counts[p]),
                "counts": [{"regel": r, "udfald": o, "antal": n} for (r, o), n in sorted(self.counts.items())],
                "never_reached": [{"regel": r, "udfald": o} for r, o in self.missing()]}

    def table(self) -> str:
        expected = self.expected()
        rows = [(r, o, self.counts[(r, o)]) for r, o in expected]
        extra = sorted(p for p in self.counts if p not in set(expected))
        rows += [(r, o, self.counts[(r, o)]) for r, o in extra]
        reached = sum(1 for p in expected if self.counts[p])
        head = f"Dækning af referencens regeludfald: {reached} af {len(expected)} forventede nået ({self.cases} sager)"
        body = tabulate([(r, o, n if n else "IKKE NÅET") for r, o, n in rows], headers=("regel", "udfald", "antal"),
                        tablefmt="github")
        return head + "\n\n" + body
