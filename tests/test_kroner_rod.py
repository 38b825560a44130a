"""The engine parts the audit and the evidence pack share: kroner per paid amount (harness/compare/kroner.py) and
the root rule of a differing field (harness/compare/rod.py), on decisions written here by hand."""
from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from harness.compare import kroner
from harness.compare.policy import load_policy
from harness.compare.rod import KANDIDATENS_BEGRUNDELSE, REFERENCENS_KAEDE, Roedder, segments
from harness.config_files import ConfigError, load_yaml
from harness.contract.config import ComparisonRules

PENGE = """
penge:
  udbetalt:
    titel: udbetalt
    perioder: {liste: udbetalinger, noegle: uge, beloeb: beloeb, dato: fra}
    i_alt: udbetalt_i_alt.beloeb
  refusion:
    titel: refusion
    i_alt: refusion_i_alt.beloeb
"""


EXPLANATION = "explanation: {steps: begrundelse, step_id: id, ref: trin}\n"


def _penge(tmp_path, text=PENGE):
    path = tmp_path / "sammenligning.yaml"
    path.write_text(EXPLANATION + text, encoding="utf-8")
    return kroner.from_rules(load_yaml(path).validate(ComparisonRules))


def _week(uge, fra, beloeb):
    return {"uge": uge, "fra": fra, "beloeb": beloeb, "trin": "T03"}


REF = {"udbetalinger": [_week("2025-W05", "2025-01-27", "1000.00"), _week("2025-W06", "2025-02-03", "1000.00"),
                        _week("2025-W07", "2025-02-10", "1000.00")],
       "udbetalt_i_alt": {"beloeb": "3000.00"}, "refusion_i_alt": {"beloeb": "500.00"}}


def test_kroner_are_candidate_minus_reference_per_period_and_month(tmp_path):
    penge = _penge(tmp_path)
    cand = copy.deepcopy(REF)
    cand["udbetalinger"][0]["beloeb"] = "1100.00"                      # +100 in January
    del cand["udbetalinger"][1]                                         # week 6 not paid: -1000 in February
    cand["udbetalinger"].append(_week("2025-W08", "2025-02-17", "250.00"))   # a week too many: +250
    cand["udbetalinger"].append(_week("2025-W07", "2025-02-10", "1000.00"))  # week 7 paid twice: +1000
    cand["udbetalt_i_alt"]["beloeb"] = "9.99"                          # not counted: the periods differ
    cand["refusion_i_alt"]["beloeb"] = "450.00"                        # no periods: the total counts, -50
    posts = {(p.felt, p.maaned): p.kroner for p in kroner.poster(penge, REF, cand)}
    assert posts == {("udbetalinger[2025-W05].beloeb", "2025-01"): Decimal("100.00"),
                     ("udbetalinger[2025-W06].beloeb", "2025-02"): Decimal("-1000.00"),
                     ("udbetalinger[2025-W07].beloeb", "2025-02"): Decimal("1000.00"),
                     ("udbetalinger[2025-W08].beloeb", "2025-02"): Decimal("250.00"),
                     ("refusion_i_alt.beloeb", None): Decimal("-50.00")}


def test_a_total_counts_when_no_period_differs_and_an_unreadable_amount_has_no_kroner(tmp_path):
    penge = _penge(tmp_path)
    cand = copy.deepcopy(REF)
    cand["udbetalt_i_alt"]["beloeb"] = "3100.00"
    assert [(p.felt, p.kroner) for p in kroner.poster(penge, REF, cand)] == [("udbetalt_i_alt.beloeb", Decimal("100.00"))]
    cand = copy.deepcopy(REF)
    cand["udbetalinger"][2]["beloeb"] = "1.000,00"
    [post] = kroner.poster(penge, REF, cand)
    assert post.felt == "udbetalinger[2025-W07].beloeb" and post.kroner is None and not post.laesbar
    assert kroner.poster(penge, REF, copy.deepcopy(REF)) == []


def test_a_bad_penge_section_names_its_line(tmp_path):
    with pytest.raises(ConfigError) as err:
        _penge(tmp_path, "penge:\n  udbetalt:\n    titel: x\n    perioder: {liste: a}\n  refusion: {titel: y}\n")
    problems = "\n".join(err.value.problems)
    assert "line 5, penge.udbetalt.perioder" in problems and "noegle" in problems
    assert "line 6" in problems and "expected perioder, i_alt or both" in problems


def test_every_installed_benefit_declares_its_paid_amounts_and_personal_fields():
    from harness.audit.personer import felter
    from harness.contract.ydelse import alle
    for navn in alle():   # else its audit would show no kroner, and its CPR numbers would be hidden only by shape
        assert "udbetalt" in [a.navn for a in kroner.load(navn).arter], navn
        assert felter(navn).cpr and felter(navn).navn, navn
    assert [a.navn for a in kroner.load("sygedagpenge").arter] == ["udbetalt", "refusion"]


# --- root rules ------------------------------------------------------------------------------------------

def _step(sid, regel, hjemmel, inp, res):
    return {"id": sid, "regel": regel, "hjemmel": hjemmel, "input": inp, "parametre": [], "fortolkninger": [],
            "resultat": res}


DECISION = {
    "kommune_betaler_fra": {"dato": "2025-01-27", "trin": "T01"},
    "satsperioder": [{"fra": "2025-01-27", "timesats": "110.40", "trin": "T03"}],
    "udbetalinger": [_week("2025-W05", "2025-01-27", "1000.00"), _week("2025-W06", "2025-02-03", "1000.00")],
    "udbetalt_i_alt": {"beloeb": "2000.00", "trin": "T04"},
    "begrundelse": [
        _step("T01", "R-START", "§ 31", {"foerste_fravaersdag": "2024-12-27"}, {"kommune_betaler_fra": "2025-01-27"}),
        _step("T02", "R-AM", "§ 47", {"timefortjeneste_foer_am": "120.00"}, {"timefortjeneste_efter_am": "110.40"}),
        _step("T03", "R-SATS", "§ 50", {"timefortjeneste_efter_am": "110.40"}, {"timesats": "110.40"}),
        _step("T04", "R-I-ALT", "§ 50, stk. 3", {"uger": 2}, {"beloeb": "2000.00"}),
    ],
}


def _roots(cand, felter, totaler=None, perioder=None):
    rules = load_policy().rules("sygedagpenge")
    return Roedder(rules, DECISION, cand, totaler, perioder).roots(felter)


def test_the_candidates_own_explanation_finds_a_forgotten_am_bidrag_at_section_47():
    cand = copy.deepcopy(DECISION)
    cand["begrundelse"][1]["resultat"]["timefortjeneste_efter_am"] = "120.00"   # no 8 %
    cand["udbetalinger"][0]["beloeb"] = "1086.96"
    root = _roots(cand, ["udbetalinger[2025-W05].beloeb"])["udbetalinger[2025-W05].beloeb"]
    assert (root.trin, root.regel, root.hjemmel, root.kilde) == ("T02", "R-AM", "§ 47", KANDIDATENS_BEGRUNDELSE)


def test_without_an_explanation_the_earliest_differing_step_of_the_chain_that_shows_in_the_decision():
    cand = copy.deepcopy(DECISION)
    cand["begrundelse"] = []
    cand["udbetalinger"][0]["beloeb"] = "1086.96"
    cand["satsperioder"][0]["timesats"] = "120.00"
    roots = _roots(cand, ["satsperioder[0].timesats", "udbetalinger[2025-W05].beloeb"])
    assert {f: (r.regel, r.kilde) for f, r in roots.items()} == {
        "satsperioder[0].timesats": ("R-SATS", REFERENCENS_KAEDE),
        "udbetalinger[2025-W05].beloeb": ("R-SATS", REFERENCENS_KAEDE)}   # § 47's result shows nowhere


def test_an_explanation_that_agrees_falls_back_to_the_decision_and_a_date_passes_its_root_on():
    cand = copy.deepcopy(DECISION)
    cand["kommune_betaler_fra"]["dato"] = "2025-01-28"
    cand["udbetalinger"][0]["fra"] = "2025-01-28"
    roots = _roots(cand, ["kommune_betaler_fra.dato", "udbetalinger[2025-W05].fra"])
    assert {f: r.regel for f, r in roots.items()} == {"kommune_betaler_fra.dato": "R-START",
                                                      "udbetalinger[2025-W05].fra": "R-START"}


def test_a_payment_shares_the_earliest_root_of_its_own_periods_differences():
    cand = copy.deepcopy(DECISION)   # the kommune starts a day late: the first week starts later and pays less
    cand["kommune_betaler_fra"]["dato"] = "2025-01-28"
    cand["udbetalinger"][0].update(fra="2025-01-28", beloeb="800.00")
    felter = ["kommune_betaler_fra.dato", "udbetalinger[2025-W05].beloeb", "udbetalinger[2025-W05].fra"]
    alone = _roots(cand, felter)
    assert alone["udbetalinger[2025-W05].beloeb"].regel == "R-SATS"      # the amount's own chain knows no start day
    roots = _roots(cand, felter, perioder={"udbetalinger": {"beloeb"}})
    assert {f: r.regel for f, r in roots.items()} == dict.fromkeys(felter, "R-START")


def test_a_total_has_the_root_of_its_periods_and_a_lacking_step_counts_when_the_rule_ids_are_shared():
    cand = copy.deepcopy(DECISION)
    cand["begrundelse"] = [s for s in cand["begrundelse"] if s["regel"] != "R-AM"]    # § 47 never applied
    cand["udbetalinger"][1]["beloeb"] = "1086.96"
    cand["udbetalt_i_alt"]["beloeb"] = "2086.96"
    roots = _roots(cand, ["udbetalinger[2025-W06].beloeb", "udbetalt_i_alt.beloeb"],
                   totaler={"udbetalt_i_alt": "udbetalinger"})
    assert {f: r.regel for f, r in roots.items()} == {"udbetalinger[2025-W06].beloeb": "R-AM",
                                                      "udbetalt_i_alt.beloeb": "R-AM"}
    own_ids = copy.deepcopy(cand)
    for s in own_ids["begrundelse"]:
        s["regel"] = "VENDOR-" + s["regel"]                      # the vendor's own rule ids: absence says nothing
    assert _roots(own_ids, ["udbetalinger[2025-W06].beloeb"])["udbetalinger[2025-W06].beloeb"].regel == "R-SATS"


def test_field_paths_in_the_comparisons_notation():
    assert segments("maaneder[2025-03].personer[ansoeger].hjaelp.beloeb") == [
        "maaneder", "2025-03", "personer", "ansoeger", "hjaelp", "beloeb"]
    assert segments("udbetalinger.0.beloeb") == ["udbetalinger", "0", "beloeb"]


def test_cases_without_a_readable_answer_are_said_to_be_outside_the_kroner(tmp_path):
    """Red team r18: a system that refused a class of cases was NO-GO with "kroner i risiko 0,00 kr." beside it; those
    citizens may be paid nothing. The kroner line now says how many cases it does not count, on both first pages."""
    from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
    from harness.runner import RunConfig, execute
    from harness.toolkit.dansk import antal
    outcome = execute(RunConfig(candidate="python:tests.candidates.afviser", out=tmp_path, run_id="afviser",
                                policy=DEFAULT_ROLLOUT_POLICY, sample_seed=3))
    refused = [c for c in outcome.results["cases"] if c["status"] == "errored"]
    assert refused and all(not any(d.get("penge") for d in c["deviations"]) for c in refused)
    said = f"{antal(len(refused), 'sag', 'sager')} uden et læsbart svar"
    front = (tmp_path / "afviser" / "summary.md").read_text(encoding="utf-8").split("\n# Bilag\n")[0]
    assert said in front and said in (tmp_path / "afviser" / "rapport.html").read_text(encoding="utf-8")
