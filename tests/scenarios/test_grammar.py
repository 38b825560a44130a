"""The step grammar: Danish formats parse right, every step's example matches it, and scenarios/README.md
documents every step with that example (one grammar, documented)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from harness.scenarios import dk, ydelser
from harness.ydelser.sygedagpenge import grammar

README = Path(__file__).resolve().parents[2] / "scenarios" / "README.md"
KEYWORDS = ("Givet ", "Når ", "Så ", "Og ", "Men ")


@pytest.mark.parametrize("text, value", [
    ("4.084,80 kr.", Decimal("4084.80")), ("4084,80 kr", Decimal("4084.80")), ("5.085 kr.", Decimal("5085.00")),
    ("1.234.567,89 kr.", Decimal("1234567.89")), ("0,5 kr.", Decimal("0.50")),
])
def test_kroner(text, value):
    assert grammar._parser("{b:Kr}").parse(text)["b"] == value


@pytest.mark.parametrize("text, value", [
    ("2024-04-03", dt.date(2024, 4, 3)), ("3. april 2024", dt.date(2024, 4, 3)),
    ("29. december 2025", dt.date(2025, 12, 29)), ("1. maj 2024", dt.date(2024, 5, 1)),
    ("3. April 2024", dt.date(2024, 4, 3)),  # parse matches case-insensitively; a capital is harmless
])
def test_dates(text, value):
    assert grammar._parser("{d:Dato}").parse(text)["d"] == value


@pytest.mark.parametrize("text", ["2024-4-3", "3 april 2024", "3. apr 2024", "4,084.80 kr.", "31-12-2024"])
def test_malformed_values_do_not_match(text):
    assert grammar._parser("{d:Dato}").parse(text) is None
    assert grammar._parser("{b:Kr}").parse(text) is None


def test_danish_numbers_and_months():
    assert grammar._parser("{t:Tal}").parse("239,5")["t"] == Decimal("239.5")
    assert grammar._parser("{t:Tal}").parse("1.234")["t"] == Decimal("1234")
    assert dk.parse_cell("marts 2024", "Maaned") == "2024-03"
    assert dk.format_kr("4084.8") == "4.084,80 kr." and dk.format_kr("-1234567.5") == "-1.234.567,50 kr."


def _strip(example: str) -> str:
    first = example.splitlines()[0]
    for kw in KEYWORDS:
        if first.startswith(kw):
            return first[len(kw):]
    raise AssertionError(f"example does not start with a Danish keyword: {example!r}")


# Every benefit's grammar module, by benefit (the registry).
GRAMMARS = {navn: ydelser.ydelse(navn).grammar for navn in ydelser.alle()}
STEPS = [(navn, step) for navn, g in GRAMMARS.items() for step in g.GRAMMAR]


def test_every_benefit_folder_has_a_grammar():
    assert {"sygedagpenge", "kontanthjaelp"} <= set(GRAMMARS)
    assert GRAMMARS["sygedagpenge"] is grammar


@pytest.mark.parametrize("navn, step", STEPS, ids=lambda x: x if isinstance(x, str) else x.pattern)
def test_example_matches_its_step_and_is_in_the_readme(navn, step):
    found = GRAMMARS[navn].match(step.kind, _strip(step.example))
    assert found is not None and found[0].fn is step.fn
    assert step.example.splitlines()[0] in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("navn", sorted(GRAMMARS))
def test_no_two_steps_match_the_same_text(navn):
    g = GRAMMARS[navn]
    for step in g.GRAMMAR:
        text = _strip(step.example)
        matching = {s.fn for s in g.GRAMMAR if s.kind == step.kind and s.parser.parse(text) is not None}
        assert len(matching) == 1, text


def test_a_kontanthjaelp_case_is_built_from_givet_and_naar_steps():
    g = GRAMMARS["kontanthjaelp"]
    sag = g.Sag()
    g.apply_given(sag, "en enlig ansøger på 32 år uden børn")
    g.apply_given(sag, "ansøgeren har i 2024-06 arbejdet 37,5 timer og tjent 6.000,00 kr.")
    g.apply_given(sag, "kommunen traf 10. maj 2024 afgørelse om nedsættelse efter 225-timersreglen med begrundelse")
    g.apply_when(sag, "sagen afgøres for 2024-05 til 2024-07")
    case = sag.finish("KH-000-001")
    # 32 on the last day of every month before 2024-05 .. 2024-07 (FT-KH-ALDER): born 1 Nov 1991
    assert case["husstand"] == {"forhold": "enlig", "ansoeger": {"foedselsdato": "1991-11-01"}}
    assert case["maaneder"] == [{"maaned": "2024-05"},
                                {"maaned": "2024-06", "ansoeger": {"arbejdstimer": "37.5", "arbejdsindtaegt": "6000.00"}},
                                {"maaned": "2024-07"}]
    assert case["haendelser"][0]["dato"] == "2024-05-10" and case["haendelser"][0]["begrundelse"]


def test_a_kontanthjaelp_month_outside_the_decided_period_is_an_error():
    g = GRAMMARS["kontanthjaelp"]
    sag = g.Sag()
    g.apply_given(sag, "en enlig ansøger født 1980-05-05")
    g.apply_given(sag, "husstanden får i 2024-09 boligstøtte på 1.000,00 kr.")
    g.apply_when(sag, "sagen afgøres for 2024-05")
    with pytest.raises(ValueError, match="2024-09"):
        sag.finish("KH-000-002")


def test_a_given_step_builds_the_case_field():
    sag = grammar.Sag()
    grammar.apply_given(sag, "en lønmodtager ansat siden 1. januar 2023")
    grammar.apply_given(sag, "timefortjenesten er 1.200,50 kr. i timen før arbejdsmarkedsbidrag")
    grammar.apply_given(sag, "arbejdstiden er 32,5 timer om ugen")
    assert sag.case["ansaettelse"] == {"ansat_fra": "2023-01-01", "timefortjeneste": "1200.50",
                                       "ugentlig_arbejdstid": "32.5"}
