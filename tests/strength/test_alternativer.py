"""Every alternative reading declared in a benefit's interpretation register (`alternativ` in fortolkninger.yaml)
applies to the benefit's current code: its patch text is found exactly once, its parameters exist. A change to the
code a patch names must change the patch too (the register's header says so); this test says which one broke."""
from __future__ import annotations

import pytest
import yaml

from harness.contract.ydelse import alle, find
from harness.strength.catalogue import catalogue


@pytest.mark.parametrize("navn", sorted(alle()))
def test_every_declared_alternative_applies(navn):
    y = find(navn)
    cat = catalogue(y, ("juridisk",))
    assert cat.problems == [], "\n".join(cat.problems)
    entries = yaml.safe_load(y.fortolkninger_path.read_text(encoding="utf-8")) if y.fortolkninger_path.exists() else []
    declared = {e["id"] for e in entries or [] if e.get("alternativ")}
    made = {m.fortolkning for m in cat.mutants if m.operator == "fortolkning"}
    assert made == declared
    for m in cat.mutants:
        if m.operator == "fortolkning":
            assert m.hjemmel and m.beskrivelse.startswith("den alternative fortolkning anvendes: " + m.fortolkning)


def test_the_bundled_registers_declare_alternatives():
    """Not every reading has an alternative yet, but the two first benefits' registers do declare some."""
    for navn in ("sygedagpenge", "kontanthjaelp"):
        entries = yaml.safe_load(find(navn).fortolkninger_path.read_text(encoding="utf-8"))
        assert sum(1 for e in entries if e.get("alternativ")) >= 5, navn
