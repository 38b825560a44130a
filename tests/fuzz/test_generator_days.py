"""The generated cases carry no tell in their birth days or in their money (red team r15 F1, F3, F4).

The sample stage's only fresh cases are `generators.bulk_case(n, seed)`. Where every generated person was born on
the 1st, 15th or 28th of a month, a system that paid the law only to people born on those days (and 10 % short to
everyone else) was GO; where every generated amount of other income was whole kroner, a system that dropped the
øre passed on most seeds; and where no generated child was born on the 1st of a month of the forløb, a system that
counted such a child a month late was GO on every seed. Over a seeded sample of bulk cases of every benefit:

- every day of the month, 1-31, is a birth day (adults and children apart), and the month's edges (the 1st, the
  last day), where the law's boundaries lie, more often than the mean day;
- every money field the generator writes (a `beloeb` field of the case schema) has øre in at least a quarter of
  its amounts;
- ressourceforløbsydelse: a child born on the 1st of a month of the forløb, and a child turning 18 on the 1st of a
  month of the case, each the household's only child under 18 then (so the month's sats turns on that child),
  in a good share of the cases."""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest

from harness.contract import schemas
from harness.contract.jsondata import merged
from harness.contract.ydelse import alle
from harness.toolkit import personer
from harness.ydelser.ressourceforloebsydelse.reference.tid import boern_under_18

SEED = 20260415
N = 2000                      # cases a benefit
MIN_OERE_SHARE = Decimal("0.25")
MIN_AMOUNTS = 40              # a money field written fewer times than this in the sample is too rare to judge
BENEFITS = sorted(alle())


def bulk(ydelse: str, n: int = N, seed: int = SEED) -> list[dict]:
    gen = alle()[ydelse].generators
    assert gen is not None, ydelse
    return [gen.bulk_case(i, seed) for i in range(1, n + 1)]


_CASES: dict[str, list[dict]] = {}


def cases(ydelse: str) -> list[dict]:
    if ydelse not in _CASES:
        _CASES[ydelse] = bulk(ydelse)
    return _CASES[ydelse]


def birth_dates(case: dict) -> dict[str, list[dt.date]]:
    """'voksen' and 'barn' -> the birth dates the case states: a `foedselsdato` (a child's under `boern`), and the
    date a CPR number the generator wrote says."""
    out: dict[str, list[dt.date]] = {"voksen": [], "barn": []}

    def walk(x, under_boern: bool) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "foedselsdato" and isinstance(v, str):
                    out["barn" if under_boern else "voksen"].append(dt.date.fromisoformat(v))
                elif k == "cpr" and isinstance(v, str) and (born := personer.birth_date(v)) is not None:
                    out["barn" if under_boern else "voksen"].append(born)
                else:
                    walk(v, under_boern or k == "boern")
        elif isinstance(x, list):
            for v in x:
                walk(v, under_boern)

    walk(case, False)
    return out


def _last(d: dt.date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def day_tells(dates: list[dt.date]) -> list[str]:
    """What is wrong with the days of these dates: a day of the month never seen, the 1st or the last day no more
    often than the mean day."""
    days = Counter(d.day for d in dates)
    mean = len(dates) / 31
    out = []
    if missing := sorted(set(range(1, 32)) - set(days)):
        out.append(f"never born on day {missing}")
    if days[1] <= mean:
        out.append(f"the 1st {days[1]} times, the mean day {mean:.1f}")
    last = sum(1 for d in dates if d.day == _last(d))
    if last <= mean:
        out.append(f"the month's last day {last} times, the mean day {mean:.1f}")
    return out


def _has_children(ydelse: str) -> bool:
    """Whether the benefit's case schema holds children (a `boern` property): then its cases must hold some."""
    def walk(node: object) -> bool:
        if isinstance(node, dict):
            props = node.get("properties")
            return (isinstance(props, dict) and "boern" in props) or any(walk(v) for v in node.values())
        return isinstance(node, list) and any(walk(v) for v in node)
    return walk(schemas.flat_schema(ydelse, "case"))


ROLES = [(y, role) for y in BENEFITS for role in ("voksen", "barn") if role == "voksen" or _has_children(y)]


@pytest.mark.parametrize(("ydelse", "role"), ROLES)
def test_every_day_of_the_month_is_a_birth_day_and_the_edges_lean(ydelse, role):
    dates = [d for c in cases(ydelse) for d in birth_dates(c)[role]]
    assert len(dates) >= 300, f"{ydelse} {role}: only {len(dates)} birth dates in {N} cases"
    tells = day_tells(dates)
    assert not tells, f"{ydelse} {role} ({len(dates)} birth dates): " + "; ".join(tells)


def money_paths(ydelse: str) -> set[str]:
    """The paths (list indices dropped, as 'maaneder/anden_indtaegt') of the case schema's money fields."""
    flat = schemas.flat_schema(ydelse, "case")
    pattern = r"^[0-9]{1,10}\.[0-9]{2}$"
    out: set[str] = set()

    def walk(node, at: tuple[str, ...]) -> None:
        node = merged(node)
        if node.get("pattern") == pattern and node.get("type") == "string":
            out.add("/".join(at))
        for k, v in node.get("properties", {}).items():
            walk(v, (*at, k))
        if isinstance(node.get("items"), dict):
            walk(node["items"], at)
        for key in ("anyOf", "oneOf"):
            for v in node.get(key, []):
                walk(v, at)

    walk(flat, ())
    return out


def amounts(case: dict, paths: set[str]) -> dict[str, list[Decimal]]:
    out: dict[str, list[Decimal]] = {}

    def walk(x, at: tuple[str, ...]) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, (*at, k))
        elif isinstance(x, list):
            for v in x:
                walk(v, at)
        elif isinstance(x, str) and "/".join(at) in paths:
            out.setdefault("/".join(at), []).append(Decimal(x))

    walk(case, ())
    return out


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_every_money_field_has_oere_in_a_good_share_of_its_amounts(ydelse):
    paths = money_paths(ydelse)
    assert paths, f"{ydelse}: no money field found in the case schema"
    seen: dict[str, list[Decimal]] = {}
    for c in cases(ydelse):
        for p, vs in amounts(c, paths).items():
            seen.setdefault(p, []).extend(vs)
    judged = {p: vs for p, vs in seen.items() if len(vs) >= MIN_AMOUNTS}
    assert judged, f"{ydelse}: no money field written {MIN_AMOUNTS} times in {N} cases"
    low = {p: f"{sum(v != v.to_integral_value() for v in vs)} of {len(vs)}" for p, vs in judged.items()
           if Decimal(sum(v != v.to_integral_value() for v in vs)) < MIN_OERE_SHARE * len(vs)}
    assert not low, f"{ydelse}: amounts with øre, fewer than a quarter: {low}"


def _rfy_edges(case: dict) -> tuple[bool, bool]:
    """(a child born on the 1st of a month of the forløb, a child turning 18 on the 1st of a month of the case),
    each the only child under 18 on that 1st but for itself."""
    start = dt.date.fromisoformat(case["overgang"]["sidste_dag_med_sygedagpenge"]) + dt.timedelta(days=1)
    boern = [dt.date.fromisoformat(b["foedselsdato"]) for b in case["person"].get("boern", [])]
    born_on_1st = turns_18_on_1st = False
    for m in case["maaneder"]:
        ms = dt.date.fromisoformat(m["maaned"] + "-01")
        for i, f in enumerate(boern):
            others = boern[:i] + boern[i + 1:]
            if boern_under_18(others, ms):
                continue
            born_on_1st |= f == ms and f >= start
            turns_18_on_1st |= f.day == 1 and f.month == ms.month and ms.year - f.year == 18
    return born_on_1st, turns_18_on_1st


def test_ressourceforloebsydelse_children_born_and_turning_18_on_the_1st_of_a_month_of_the_case():
    found = [_rfy_edges(c) for c in cases("ressourceforloebsydelse")]
    born = sum(b for b, _ in found)
    turns = sum(t for _, t in found)
    # the sample stage sends about 200 fresh cases a benefit: 1 % is two such cases in an average run
    assert born >= N // 100, f"a child born on the 1st of a month of the forløb in {born} of {N} cases"
    assert turns >= N // 100, f"a child turning 18 on the 1st of a month of the case in {turns} of {N} cases"


def test_the_checks_name_a_tell():
    """The checks themselves: birth days on three days only, and amounts in whole kroner, are named."""
    three = [dt.date(1980 + i % 30, 1 + i % 12, (1, 15, 28)[i % 3]) for i in range(600)]
    assert any("never born" in t for t in day_tells(three))
    every = [dt.date(2024, 1 + i % 12, 1 + i % _last(dt.date(2024, 1 + i % 12, 1))) for i in range(3000)]
    assert day_tells(every + [d.replace(day=1) for d in every[:300]] + [d.replace(day=_last(d)) for d in every[:300]]) == []
    assert any("the 1st" in t for t in day_tells(every))
    assert money_paths("ressourceforloebsydelse") >= {"maaneder/anden_indtaegt", "maaneder/loen_fra_ansaettelse_ved_start"}
    assert amounts({"maaneder": [{"anden_indtaegt": "10.50"}, {"anden_indtaegt": "3.00"}]},
                   {"maaneder/anden_indtaegt"}) == {"maaneder/anden_indtaegt": [Decimal("10.50"), Decimal("3.00")]}
