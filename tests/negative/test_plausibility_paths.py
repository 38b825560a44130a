"""Every plausibility rule a benefit states in its ydelse.yaml names fields its case schema has, with dates where
an order is asked. A path that names no field switched its rule off without a word (red team round 9: a typo in
`efter`, or `efter: status`, and the negative stage stopped breaking that rule, and the reference stopped refusing
it). Checked for every installed benefit."""
from __future__ import annotations

import pytest

from harness.contract import schemas
from harness.contract.ydelse import alle


def _nodes(schema: object) -> list[dict]:
    """The schema and the members of its allOf/anyOf/oneOf (references are inlined as allOf), nested."""
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, []):
            out += _nodes(member)
    return out


def _at(schema: dict, path: str) -> list[dict]:
    """The schemas a `/`-separated pattern (`*`: every list entry) leads to; [] when it names no field."""
    here = [schema]
    for segment in path.split("/"):
        nxt: list[dict] = []
        for node in (n for s in here for n in _nodes(s)):
            if segment == "*":
                if isinstance(node.get("items"), dict):
                    nxt.append(node["items"])
            elif segment in node.get("properties", {}):
                nxt.append(node["properties"][segment])
        here = nxt
    return here


def _is_date(found: list[dict]) -> bool:
    return any(n.get("format") == "date" or "maaned" in str(n.get("pattern", "")) or
               str(n.get("pattern", "")).startswith("^(19|20)[0-9]{2}-")
               for s in found for n in _nodes(s))


@pytest.mark.parametrize("navn", sorted(alle()))
def test_every_plausibility_rule_names_fields_of_the_case_schema(navn):
    ydelse = alle()[navn]
    if navn not in schemas.benefits():
        pytest.skip("no case schema")
    case = schemas.flat_schema(navn, "case")
    regler = ydelse.plausibilitet
    for rule in regler.orden:
        for path in (rule.foer, rule.efter):
            found = _at(case, path)
            assert found, f"{navn}/ydelse.yaml: plausibilitet.orden: {path!r} names no field of the case schema"
            assert _is_date(found), f"{navn}/ydelse.yaml: plausibilitet.orden: {path!r} is not a date or month"
    for path in (*regler.stigende, *regler.forskellige):
        assert _at(case, path), f"{navn}/ydelse.yaml: plausibilitet: {path!r} names no field of the case schema"


def test_the_check_sees_a_path_that_names_no_field():
    case = schemas.flat_schema("sygedagpenge", "case")
    assert _is_date(_at(case, "fravaer/foerste_fravaersdag"))
    assert _at(case, "fravaer/sidste_fravaersdagX") == []
    assert _at(case, "status") and not _is_date(_at(case, "status"))
