"""The generated cases have the shapes a case system's input has, not only the goldens' (red team r18).

The range tests held the generators to the goldens' reach, and the goldens share the generators' narrow shapes: a
gradvis tilbagevenden of at most three steps, hours only whole or half, months without a pause. Systems wrong only
on the wider shapes were GO on every seed (F2: hours kept in half hours; F3: a plan of three steps read; F4: every
month from the first listed to the last paid). Over a seeded sample of bulk cases, path by path with the list
indices dropped, generator_shapes.yaml beside this file says for each benefit:

- `lister`: every list, and the length (`til`) at least MIN_SHARE of its occurrences reach, or why its length is
  bounded (`hvorfor` alone);
- `tal`: every number written as text (hours, money), which must show finer values than whole and half ones (a
  fractional part other than .0 and .5, and a non-zero hundredth) in at least MIN_SHARE of its values each, or say
  why it has no fractions (`hele`);
- `huller`: every list of months, which must have a month missing between its first and last in at least MIN_SHARE
  of its occurrences of three or more months, or say why not (`hvorfor` alone).

A path the file does not name, or one it names that the generator no longer makes, fails."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from harness.contract.ydelse import alle

from .test_generator_offsets import MIN_SHARE, PER_SEED, SEEDS

SHAPES_FILE = Path(__file__).with_name("generator_shapes.yaml")
CONFIG = yaml.safe_load(SHAPES_FILE.read_text(encoding="utf-8"))
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
HALF = Decimal("0.5")


class Shapes:
    """A benefit's lists (their lengths), numbers (their values) and month lists (their numbers, in order)."""

    def __init__(self) -> None:
        self.lengths: dict[str, list[int]] = defaultdict(list)
        self.numbers: dict[str, list[Decimal]] = defaultdict(list)
        self.months: dict[str, list[list[int]]] = defaultdict(list)

    def add(self, x: object, at: tuple[str, ...] = ()) -> None:
        path = "/".join(at)
        if isinstance(x, dict):
            for k, v in x.items():
                self.add(v, (*at, k))
        elif isinstance(x, list):
            self.lengths[path].append(len(x))
            if x and all(isinstance(v, dict) and isinstance(v.get("maaned"), str) for v in x):
                self.months[path].append(sorted(int(v["maaned"][:4]) * 12 + int(v["maaned"][5:7]) for v in x))
            for v in x:
                self.add(v, at)
        elif isinstance(x, str) and NUMBER.match(x):
            self.numbers[path].append(Decimal(x))


def shapes(ydelse: str) -> Shapes:
    gen, out = alle()[ydelse].generators, Shapes()
    for n in range(PER_SEED):
        out.add(gen.bulk_case(n, SEEDS[0]))
    return out


def _named(kind: str, listed: dict, seen: dict) -> list[str]:
    return ([f"{kind} {p}: not in {SHAPES_FILE.name}" for p in sorted(set(seen) - set(listed))]
            + [f"{kind} {p}: listed, but the generator makes none" for p in sorted(set(listed) - set(seen))])


def problems(listed: dict, seen: Shapes) -> list[str]:
    out: list[str] = []
    for kind, found in (("lister", seen.lengths), ("tal", seen.numbers), ("huller", seen.months)):
        entries = listed.get(kind) or {}
        out += _named(kind, entries, found)
        for path in sorted(set(found) & set(entries)):
            assert entries[path].get("hvorfor"), f"{kind} {path}: no hvorfor"
    for path, entry in (listed.get("lister") or {}).items():
        lengths = seen.lengths.get(path)
        if lengths and "til" in entry and (share := sum(n >= entry["til"] for n in lengths) / len(lengths)) < MIN_SHARE:
            out.append(f"lister {path}: {share:.1%} of {len(lengths)} lists have {entry['til']} entries or more "
                       f"(at least {MIN_SHARE:.0%} must)")
    for path, entry in (listed.get("tal") or {}).items():
        values = seen.numbers.get(path)
        if not values or entry.get("hele"):
            continue
        for what, test in (("a fraction other than .0 and .5", lambda v: v % HALF != 0),
                           ("a hundredth", lambda v: (v * 10) % 1 != 0)):
            if (share := sum(map(test, values)) / len(values)) < MIN_SHARE:
                out.append(f"tal {path}: {share:.1%} of {len(values)} values have {what} (at least {MIN_SHARE:.0%} must)")
    for path, entry in (listed.get("huller") or {}).items():
        lists = [m for m in seen.months.get(path, []) if len(m) >= 3]
        if lists and not entry.get("uden_huller"):
            share = sum(m[-1] - m[0] + 1 > len(set(m)) for m in lists) / len(lists)
            if share < MIN_SHARE:
                out.append(f"huller {path}: {share:.1%} of {len(lists)} lists of 3+ months have a month missing "
                           f"inside (at least {MIN_SHARE:.0%} must)")
    return out


@pytest.mark.parametrize("ydelse", sorted(CONFIG))
def test_every_list_number_and_month_list_has_a_case_system_s_shapes(ydelse):
    if ydelse not in alle() or alle()[ydelse].generators is None:
        pytest.skip(f"{ydelse} is not installed with generators")
    found = problems(CONFIG[ydelse], shapes(ydelse))
    assert not found, f"{ydelse}:\n  " + "\n  ".join(found)


def test_the_check_fails_on_the_shapes_red_team_r18_found():
    """Three steps at most, whole and half hours, months without a pause: each fails."""
    seen = Shapes()
    for n in range(100):
        seen.add({"fravaer": {"gradvis": [{"fra": "2024-01-01"}] * (1 + n % 3)},
                  "ansaettelse": {"ugentlig_arbejdstid": ("37", "22.5")[n % 2]},
                  "maaneder": [{"maaned": f"2024-{m:02d}"} for m in range(1, 4 + n % 3)]})
    listed = {"lister": {"fravaer/gradvis": {"til": 6, "hvorfor": "x"}, "maaneder": {"hvorfor": "x"}},
              "tal": {"ansaettelse/ugentlig_arbejdstid": {"hvorfor": "x"}},
              "huller": {"maaneder": {"hvorfor": "x"}}}
    found = problems(listed, seen)
    assert [f.split(":")[0] for f in found] == ["lister fravaer/gradvis", "tal ansaettelse/ugentlig_arbejdstid",
                                                "tal ansaettelse/ugentlig_arbejdstid", "huller maaneder"], found
    seen.add({"ny": ["1"]})
    assert "lister ny: not in generator_shapes.yaml" in problems(listed, seen)
