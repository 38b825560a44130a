"""Every dated fact of the generated cases reaches as far from its case's anchor as a case system's running cases do.

A run's only fresh cases are `generators.bulk_case(n, seed)`. Red teams r16 and r17 found, field by field, dated
facts drawn only near the case's beginning (an employment, an afgørelse, a forløb's start; a household change, a
child's move-out, a gradvis tilbagevenden begun months into a sickness), and a system that forgot the older ones was
GO on every seed. This test measures every dated leaf of a seeded sample of bulk cases, path by path with the list
indices dropped, as days before or after the case's anchor (generator_offsets.yaml beside this file), and fails:

- for a dated path the YAML does not list (a new fact: decide how far it must reach);
- for a listed path the generator no longer makes (the list stays true);
- for each listed distance that fewer than MIN_SHARE of the path's values lie beyond, on its side of the anchor."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from harness.contract.ydelse import alle

OFFSETS_FILE = Path(__file__).with_name("generator_offsets.yaml")
SEEDS = (12345, 20261127)
PER_SEED = 2000
MIN_SHARE = 0.02     # of a path's values beyond each distance: ≈ 8 of a sample's ≈ 400 such cases for a common fact
DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
ANCHORS = {
    "sygedagpenge": lambda case: _day(case["fravaer"]["foerste_fravaersdag"]),
    "kontanthjaelp": lambda case: min(_day(m["maaned"]) for m in case["maaneder"]),
    "ressourceforloebsydelse": lambda case: min(_day(m["maaned"]) for m in case["maaneder"]),
}


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text if len(text) == 10 else text + "-01")


def leaves(x: object, keep: Callable[[str, str], bool], at: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(path, text) of every text leaf that `keep(path, text)` accepts, the list indices dropped."""
    if isinstance(x, dict):
        for k, v in x.items():
            yield from leaves(v, keep, (*at, k))
    elif isinstance(x, list):
        for v in x:
            yield from leaves(v, keep, at)
    elif isinstance(x, str) and keep("/".join(at), x):
        yield "/".join(at), x


def dated(x: object) -> Iterator[tuple[str, dt.date]]:
    """(path, date) of every date or month leaf."""
    return ((path, _day(text)) for path, text in leaves(x, lambda _path, text: bool(DATE.match(text))))


def offsets(ydelse: str) -> dict[str, list[int]]:
    """Per dated path: each value's days after the anchor (negative: before it)."""
    gen, anchor = alle()[ydelse].generators, ANCHORS[ydelse]
    out: dict[str, list[int]] = defaultdict(list)
    for seed in SEEDS:
        for n in range(PER_SEED):
            case = gen.bulk_case(n, seed)
            a = anchor(case)
            for path, day in dated(case):
                out[path].append((day - a).days)
    return out


def problems(ydelse: str, listed: dict, seen: dict[str, list[int]]) -> list[str]:
    out = [f"{p}: a dated fact with no reach set in {OFFSETS_FILE.name}" for p in sorted(set(seen) - set(listed))]
    out += [f"{p}: listed, but the generator makes no such fact" for p in sorted(set(listed) - set(seen))]
    for path in sorted(set(seen) & set(listed)):
        entry, values = listed[path], seen[path]
        assert entry.get("hvorfor"), f"{ydelse} {path}: no hvorfor"
        for side, sign in (("foer", -1), ("efter", 1)):
            for days in entry.get(side, []):
                share = sum(sign * v > days for v in values) / len(values)
                if share < MIN_SHARE:
                    out.append(f"{path}: {share:.1%} of {len(values)} values lie more than {days} days "
                               f"{'before' if sign < 0 else 'after'} the anchor (at least {MIN_SHARE:.0%} must)")
    return out


CONFIG = yaml.safe_load(OFFSETS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("ydelse", sorted(ANCHORS))
def test_every_dated_fact_reaches_as_far_as_running_cases_hold_it(ydelse):
    if ydelse not in alle() or alle()[ydelse].generators is None:
        pytest.skip(f"{ydelse} is not installed with generators")
    found = problems(ydelse, CONFIG[ydelse]["stier"], offsets(ydelse))
    assert not found, f"{ydelse}:\n  " + "\n  ".join(found)


def test_the_check_fails_on_a_fact_drawn_only_near_the_start():
    """The r17 shapes: household changes at most a month before the first month, a gradvis return at most 60 days in."""
    listed = {"husstand/aendringer/dato": {"foer": [92, 365], "hvorfor": "x"},
              "fravaer/gradvis/fra": {"efter": [92], "hvorfor": "x"}}
    near = {"husstand/aendringer/dato": [-31, 0, 15, -1] * 50, "fravaer/gradvis/fra": list(range(1, 61)) * 4}
    found = problems("x", listed, near)
    assert [f.split(":")[0] for f in found] == ["fravaer/gradvis/fra", "husstand/aendringer/dato",
                                                "husstand/aendringer/dato"]
    assert problems("x", listed, {**near, "ny/dato": [0]})[0] == \
        f"ny/dato: a dated fact with no reach set in {OFFSETS_FILE.name}"
    far = {"husstand/aendringer/dato": [-400] * 10 + [0] * 90, "fravaer/gradvis/fra": [100] * 5 + [1] * 95}
    assert problems("x", listed, far) == []
