"""Every amount of money in the generated cases reaches a case system's top amounts (red team r17 F3).

Amounts drawn only up to the goldens' never held a salary of 10,000 kr. a week, and a system that lost its leading
digit was GO. Over a seeded sample of bulk cases, every money leaf ("1234.50"), path by path with the list indices
dropped, is held to generator_amounts.yaml beside this file: a path it does not list, or one it lists that the
generator no longer makes, fails, and so does each `over` amount that fewer than MIN_SHARE of the path's values
exceed."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from harness.contract.ydelse import alle

from .test_generator_offsets import MIN_SHARE, PER_SEED, SEEDS, leaves

AMOUNTS_FILE = Path(__file__).with_name("generator_amounts.yaml")
MONEY = re.compile(r"^\d+\.\d{2}$")
# hours, written like money (red team r18: weekly hours now have hundredths too)
HOURS = re.compile(r"(^|/)(timer|arbejdstimer|fravaerstimer_pr_uge|ugentlig_arbejdstid|overenskomstmaessig_ugentlig_arbejdstid)$")
CONFIG = yaml.safe_load(AMOUNTS_FILE.read_text(encoding="utf-8"))


def money(x: object) -> Iterator[tuple[str, Decimal]]:
    """(path, amount) of every money leaf (hours, written like money, left out)."""
    return ((path, Decimal(text)) for path, text in
            leaves(x, lambda path, text: bool(MONEY.match(text)) and not HOURS.search(path)))


def amounts(ydelse: str) -> dict[str, list[Decimal]]:
    gen = alle()[ydelse].generators
    out: dict[str, list[Decimal]] = defaultdict(list)
    for seed in SEEDS:
        for n in range(PER_SEED):
            for path, value in money(gen.bulk_case(n, seed)):
                out[path].append(value)
    return out


def problems(listed: dict, seen: dict[str, list[Decimal]]) -> list[str]:
    out = [f"{p}: an amount with no reach set in {AMOUNTS_FILE.name}" for p in sorted(set(seen) - set(listed))]
    out += [f"{p}: listed, but the generator makes no such amount" for p in sorted(set(listed) - set(seen))]
    for path in sorted(set(seen) & set(listed)):
        assert listed[path].get("hvorfor"), f"{path}: no hvorfor"
        values = seen[path]
        for over in listed[path].get("over", []):
            share = sum(v > over for v in values) / len(values)
            if share < MIN_SHARE:
                out.append(f"{path}: {share:.1%} of {len(values)} values exceed {over} kr. (at least {MIN_SHARE:.0%} must)")
    return out


@pytest.mark.parametrize("ydelse", sorted(CONFIG))
def test_every_amount_reaches_a_case_system_s_top_amounts(ydelse):
    if ydelse not in alle() or alle()[ydelse].generators is None:
        pytest.skip(f"{ydelse} is not installed with generators")
    found = problems(CONFIG[ydelse], amounts(ydelse))
    assert not found, f"{ydelse}:\n  " + "\n  ".join(found)


def test_the_check_fails_on_amounts_drawn_only_up_to_the_goldens():
    listed = {"ansaettelse/loen_pr_uge_under_fravaer": {"over": [10000], "hvorfor": "x"}}
    assert problems(listed, {"ansaettelse/loen_pr_uge_under_fravaer": [Decimal("7999.99")] * 100})
    assert problems(listed, {"ansaettelse/loen_pr_uge_under_fravaer": [Decimal(12000)] * 3 + [Decimal(1)] * 97}) == []
    assert problems(listed, {"ansaettelse/loen_pr_uge_under_fravaer": [Decimal(12000)] * 3, "ny": [Decimal(1)]}) == \
        [f"ny: an amount with no reach set in {AMOUNTS_FILE.name}"]
