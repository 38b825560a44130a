"""Every plausibility rule a benefit states in its ydelse.yaml names fields its case schema has, with dates where
an order is asked. A path that names no field switched its rule off without a word (red team round 9: a typo in
`efter`, or `efter: status`, and the negative stage stopped breaking that rule, and the reference stopped refusing
it). The product checks this before any run (harness.reference.check_data; tests/contract/test_data_check.py); here,
for every installed benefit, and the check's own control."""
from __future__ import annotations

import pytest

from harness.contract import schemas
from harness.contract.plausibilitet import Orden, Plausibilitet, path_problems, schema_at
from harness.contract.ydelse import alle


@pytest.mark.parametrize("navn", sorted(alle()))
def test_every_plausibility_rule_names_fields_of_the_case_schema(navn):
    assert alle()[navn].plausibility_path_problems() == []


def test_the_check_sees_a_typo_a_non_date_and_a_field_through_a_reference():
    case = schemas.flat_schema("sygedagpenge", "case")
    assert schema_at(case, "fravaer/foerste_fravaersdag") and schema_at(case, "tidligere_sygeperioder/*/fra")
    regler = Plausibilitet(orden=(Orden(foer="fravaer/foerste_fravaersdag", efter="fravaer/foerste_fravaersdg"),
                                  Orden(foer="fravaer/foerste_fravaersdag", efter="status"),
                                  Orden(foer="tidligere_sygeperioder/*/fra", efter="tidligere_sygeperioder/*/til")),
                           stigende=("tidligere_sygeperioder/*/fraa",))
    assert path_problems(regler, case) == [
        (("plausibilitet", "orden", 0, "efter"), "'fravaer/foerste_fravaersdg' names no field of the case schema"),
        (("plausibilitet", "orden", 1, "efter"), "'status' is not a date or a month in the case schema; an order rule "
                                                 "compares dates"),
        (("plausibilitet", "stigende", 0), "'tidligere_sygeperioder/*/fraa' names no field of the case schema"),
    ]


def test_rules_that_name_fields_but_can_never_fire_are_named_too():
    """Red team round 10: an order rule of a field with itself, one whose stars are in two lists, a rising rule on a
    field that is no date in list entries, a differs rule on one value: each names real fields and is off."""
    case = schemas.flat_schema("sygedagpenge", "case")
    regler = Plausibilitet(orden=(Orden(foer="fravaer/foerste_fravaersdag", efter="fravaer/foerste_fravaersdag"),
                                  Orden(foer="fravaer/ferie/*/fra", efter="fravaer/gradvis/*/fra")),
                           stigende=("beskaeftigelse_seneste_6_maaneder/*/timer", "fravaer/foerste_fravaersdag"),
                           forskellige=("status",))
    assert [(loc, message.split(";")[1].strip()) for loc, message in path_problems(regler, case)] == [
        (("plausibilitet", "orden", 0, "efter"), "an order rule compares two"),
        (("plausibilitet", "orden", 1, "efter"), "the stars of an order rule bind to the same entries of one list"),
        (("plausibilitet", "stigende", 0), "a rising rule compares the entries' dates"),
        (("plausibilitet", "stigende", 1), "a rising rule compares the entries' dates"),
        (("plausibilitet", "forskellige", 0), "a differs rule compares the entries of a list (list/*/field)"),
    ]
