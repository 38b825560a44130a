"""The generators reach at least as far as the goldens, in every dimension (red team r12 F2; r11 F2, F3).

A run's only fresh cases are the sample stage's `generators.bulk_case(n, seed)`; the goldens and their neighbours
are public, so a system can recognise them. Where the approved goldens go further than the generator ever does
(a kontanthjælp case of 49 months when the generator drew at most 12), a system right on the goldens and wrong
on every other case of that kind was GO. This test takes, for every installed benefit, the range of every leaf
over the goldens' cases and over a seeded sample of bulk cases (as the sample stage draws them), path by path with
the list indices dropped:

- `<path>#len`: the length of every list (exact: one entry more is another case);
- `<path>` of a number (an int, or a decimal string such as "1234.50"): min..max, with a slack of 1 % of the
  generated span for draws that come near an edge without touching it;
- `<path>` of a date ("YYYY-MM-DD" or a month "YYYY-MM", as its first day): min..max, the same slack in days;
- `<path>` of a boolean: the values seen.

It fails naming each path where a golden lies outside the generated range (or holds a leaf the generator never
makes), unless `generator_ranges_allow.yaml` beside this file lists the path with its reason. An allowance that no
longer matches anything fails too, so the list stays true."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from harness.contract.ydelse import alle
from harness.golden.store import GOLDEN_DIR

ALLOW_FILE = Path(__file__).with_name("generator_ranges_allow.yaml")
SEEDS = (12345, 20261127)
PER_SEED = 2000              # 4000 cases a benefit: about a second each for the three benefits
SLACK = Decimal("0.01")      # of the generated span, for numbers and dates
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
YEAR = re.compile(r"^\d{4}$")  # a bare year is an id, not an amount

pytestmark = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")


@dataclass
class Ranges:
    """Per path: the values seen, by kind ('len', 'num', 'date', 'bool')."""
    seen: dict[str, tuple[str, list]] = field(default_factory=dict)

    def add(self, path: str, kind: str, value) -> None:
        self.seen.setdefault(path, (kind, []))[1].append(value)

    def walk(self, x, at: tuple[str, ...] = ()) -> None:
        path = "/".join(at)
        if isinstance(x, dict):
            for k, v in x.items():
                self.walk(v, (*at, k))
        elif isinstance(x, list):
            self.add(path + "#len", "len", len(x))
            for v in x:
                self.walk(v, at)
        elif isinstance(x, bool):
            self.add(path, "bool", x)
        elif isinstance(x, (int, float)):
            self.add(path, "num", Decimal(str(x)))
        elif isinstance(x, str) and DATE.match(x):
            self.add(path, "date", dt.date.fromisoformat(x if len(x) == 10 else x + "-01"))
        elif isinstance(x, str) and NUMBER.match(x) and not YEAR.match(x):
            self.add(path, "num", Decimal(x))


def golden_ranges(ydelse: str) -> Ranges:
    r = Ranges()
    for p in sorted((GOLDEN_DIR / ydelse).glob("*.json")):
        case = json.loads(p.read_text(encoding="utf-8"))["case"]
        case.pop("sags_id", None)
        r.walk(case)
    return r


def generated_ranges(ydelse: str, seeds=SEEDS, per_seed: int = PER_SEED) -> Ranges:
    gen = alle()[ydelse].generators
    r = Ranges()
    for seed in seeds:
        for n in range(1, per_seed + 1):     # the sample stage draws bulk_case(1, seed), bulk_case(2, seed), ...
            case = gen.bulk_case(n, seed)
            case.pop("sags_id", None)
            r.walk(case)
    return r


def _fmt(kind: str, values: list) -> str:
    if not values:
        return "-"
    if kind == "bool":
        return "/".join(sorted({str(v).lower() for v in values}))
    return f"{min(values)}..{max(values)}"


def gaps(gold: Ranges, gen: Ranges) -> dict[str, str]:
    """Each path where a golden lies outside what the generator produced, with both ranges."""
    out: dict[str, str] = {}
    for path, (kind, g) in sorted(gold.seen.items()):
        made = gen.seen.get(path, (kind, []))[1]
        why = f"golden {_fmt(kind, g)}, generated {_fmt(kind, made)}"
        if not made:
            out[path] = why
        elif kind == "bool":
            if set(g) - set(made):
                out[path] = why
        elif kind == "len":
            if min(g) < min(made) or max(g) > max(made):
                out[path] = why
        else:
            if kind == "date":
                lo, hi = min(made).toordinal(), max(made).toordinal()
                glo, ghi = min(g).toordinal(), max(g).toordinal()
            else:
                lo, hi, glo, ghi = min(made), max(made), min(g), max(g)
            slack = (Decimal(hi) - Decimal(lo)) * SLACK
            if glo < lo - slack or ghi > hi + slack:
                out[path] = why
    return out


def allowances() -> dict[str, dict[str, str]]:
    """ydelse -> path -> reason, from generator_ranges_allow.yaml."""
    doc = yaml.safe_load(ALLOW_FILE.read_text(encoding="utf-8")) or {}
    return {y: {str(k): str(v) for k, v in (paths or {}).items()} for y, paths in doc.items()}


BENEFITS = sorted(alle())


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_the_generator_reaches_every_range_the_goldens_reach(ydelse):
    found = gaps(golden_ranges(ydelse), generated_ranges(ydelse))
    allowed = allowances().get(ydelse, {})
    missing = {p: why for p, why in found.items() if p not in allowed}
    assert not missing, (f"{ydelse}: the goldens reach beyond the generator (bulk_case, seeds {SEEDS}, "
                         f"{PER_SEED} cases each) in:\n" + "\n".join(f"  {p}: {w}" for p, w in missing.items()))
    stale = sorted(set(allowed) - set(found))
    assert not stale, f"{ydelse}: generator_ranges_allow.yaml allows paths the generator now reaches: {stale}"


def test_every_allowance_is_for_a_benefit_and_gives_its_reason():
    for ydelse, paths in allowances().items():
        assert ydelse in BENEFITS, ydelse
        for path, reason in paths.items():
            assert len(reason.split()) >= 8, f"{ydelse} {path}: say why the generator need not go there"


def test_the_comparison_names_a_dimension_the_generator_does_not_reach():
    """The check itself: a golden one list entry longer, one kroner higher or one day earlier is named."""
    gen, gold = Ranges(), Ranges()
    gen.walk({"maaneder": [{"maaned": "2021-01", "boligstoette": "5000.00"}] * 12, "flag": True,
              "dato": "2021-01-04"})
    gen.walk({"maaneder": [{"maaned": "2026-12", "boligstoette": "0.00"}], "flag": True, "dato": "2026-12-31"})
    assert gaps(gen, gen) == {}
    gold.walk({"maaneder": [{"maaned": "2021-01", "boligstoette": "5000.00"}] * 13, "flag": False,
               "dato": "2014-07-01", "ny": 1})
    assert set(gaps(gold, gen)) == {"maaneder#len", "flag", "dato", "ny"}
    gold = Ranges()
    gold.walk({"maaneder": [{"maaned": "2021-01", "boligstoette": "10200.00"}]})
    assert set(gaps(gold, gen)) == {"maaneder/boligstoette"}
