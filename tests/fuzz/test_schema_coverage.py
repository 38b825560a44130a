"""Everything the case contract can say is something the bench sends (red team r13 F1, F2).

tests/fuzz/test_generator_ranges.py checks that the generator reaches as far as the goldens. A field that neither the
goldens nor the generator ever write passed it: no kontanthjælp or ressourceforløbsydelse case had a CPR number or a
name, no case wrote a defaulted yes/no field out as `false`, and contract fields the reference uses were never set.
A system that behaves well only on what the bench sends, and otherwise on what production sends, was GO.

This test walks each benefit's case schema generically (properties, items, `$ref`, `allOf`/`anyOf`/`oneOf`) and
lists every property path (list entries as `*`), every enum value and both values of every boolean. Each must occur
in what the bench sends: the goldens' cases, and the sample stage's generated cases as it sends them (dressed,
harness/sample.py `generated`) over a fixed number of draws. What does not is named, unless
`schema_coverage_allow.yaml` beside this file lists it (`path` for a property, `path=value` for a value, the value
as JSON) with its reason. An allowance the bench now reaches fails too, so the list stays true."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from harness import sample
from harness.compare import load_policy
from harness.contract import schemas
from harness.contract.schema_paths import places
from harness.contract.ydelse import alle
from harness.golden.store import GOLDEN_DIR

ALLOW_FILE = Path(__file__).with_name("schema_coverage_allow.yaml")
SEEDS = (12345, 20261127)
PER_SEED = 1000              # generated cases per seed and benefit, as the sample stage draws them: 1, 2, ...
BENEFITS = ("sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse")

pytestmark = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")


def schema_values(schema: dict) -> dict[str, set[str]]:
    """path -> the values it must take (JSON text: enum members, true/false for a boolean; empty: only present)."""
    return {p: {json.dumps(e, ensure_ascii=False) for e in place.enum} | ({"true", "false"} if place.boolean else set())
            for p, place in places(schema).items()}


def seen(case: object, acc: dict[str, set[str]], path: str = "") -> None:
    if isinstance(case, dict):
        for k, v in case.items():
            at = f"{path}.{k}" if path else k
            acc[at].add(json.dumps(v, ensure_ascii=False) if not isinstance(v, (dict, list)) else "")
            seen(v, acc, at)
    elif isinstance(case, list):
        for v in case:
            seen(v, acc, f"{path}.*")


def sent(ydelse: str, seeds=SEEDS, per_seed: int = PER_SEED) -> dict[str, set[str]]:
    """path -> the values the bench sends there: the goldens' cases and the sample's generated cases."""
    acc: dict[str, set[str]] = defaultdict(set)
    for p in sorted((GOLDEN_DIR / ydelse).glob("*.json")):
        seen(json.loads(p.read_text(encoding="utf-8"))["case"], acc)
    y = alle()[ydelse]
    rules = load_policy().rules(ydelse)
    for seed in seeds:
        for n in range(1, per_seed + 1):
            seen(sample.generated(ydelse, y.generators, n, seed, y.beskrivelse.id_praefiks, None, rules), acc)
    return acc


def unreached(schema: dict, acc: dict[str, set[str]]) -> list[str]:
    """`path` for each property never present, `path=value` for each value never sent."""
    out = []
    for path, values in sorted(schema_values(schema).items()):
        if path not in acc:
            out.append(path)
            continue
        out += [f"{path}={v}" for v in sorted(values - acc[path])]
    return out


def allowances() -> dict[str, dict[str, str]]:
    doc = yaml.safe_load(ALLOW_FILE.read_text(encoding="utf-8")) or {}
    return {y: {str(k): str(v) for k, v in (entries or {}).items()} for y, entries in doc.items()}


@pytest.mark.parametrize("ydelse", BENEFITS)
def test_every_property_enum_value_and_boolean_of_the_case_schema_is_sent(ydelse):
    found = unreached(schemas.flat_schema(ydelse, "case"), sent(ydelse))
    allowed = allowances().get(ydelse, {})
    missing = [p for p in found if p not in allowed]
    assert not missing, (f"{ydelse}: never sent by the bench (goldens and {len(SEEDS)} x {PER_SEED} generated sample "
                         f"cases), and not in {ALLOW_FILE.name}:\n" + "\n".join(f"  {p}" for p in missing))
    stale = sorted(set(allowed) - set(found))
    assert not stale, f"{ydelse}: {ALLOW_FILE.name} allows what the bench now sends: {stale}"


def test_every_allowance_is_for_a_benefit_and_gives_its_reason():
    for ydelse, entries in allowances().items():
        assert ydelse in BENEFITS, ydelse
        for entry, reason in entries.items():
            assert len(reason.split()) >= 8, f"{ydelse} {entry}: say why the bench need not send it"


def test_the_walk_names_what_is_never_sent():
    """The check itself: a property never present, an enum member and a boolean value never sent, through a $ref
    inlined as allOf, list items and a conditional's then."""
    schema = {"type": "object", "properties": {
        "a": {"type": "boolean", "default": False},
        "b": {"allOf": [{"type": "object", "properties": {"c": {"enum": ["x", "y"]}, "navn": {"type": "string"}}}]},
        "l": {"type": "array", "items": {"type": "object", "properties": {"k": {"const": "1.0"}}}},
        "v": {"const": "1.0"}},
        "allOf": [{"if": {"properties": {"a": {"const": True}}}, "then": {"properties": {"d": {"type": "integer"}}}}]}
    acc: dict[str, set[str]] = defaultdict(set)
    seen({"a": True, "b": {"c": "x"}, "l": [{"k": "1.0"}], "v": "1.0"}, acc)
    assert unreached(schema, acc) == ["a=false", 'b.c="y"', "b.navn", "d"]
