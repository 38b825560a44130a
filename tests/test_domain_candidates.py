"""Red team r11 F2 and F3: systems wrong only where no golden, generated case or neighbour went were GO under the
shipped policy. Each is the reference but for one region of the domain the contract and the reference accept:

- storfamilie: a household with four or more children is treated as one without children (kontanthjælp);
- lange_uger: at most 46 hours of a week are counted (sygedagpenge);
- foer2021: every sygedagpenge case before 2021 that does not look like a public golden is paid 10 % too little;
- lange_sager (red team r12 F2): every kontanthjælp and ressourceforløbsydelse case of more than 12 months that
  does not look like a public golden is paid 10 % too little;
- flere_job_gab (red team r13 F2): a further employment's § 56, § 55, end of employment, re-employment, overenskomst
  and hours of absence are ignored (sygedagpenge), and so is a kontanthjælp afgørelse recorded as "nedsaettelse":
  contract fields no golden, neighbour or generated case set.
- produktion (red team r13 F1): every case that looks like a case system's (a CPR number or a name in kontanthjælp
  or ressourceforløbsydelse, a default-false yes/no field written out as false) is paid 10 % too little.
- navneliste (red team r14 F1): every case with a name not made of the bench's old, short name list is paid 10 % too
  little.
- loebende_sager (red team r16): old stories a case system holds and the generators never drew: an employee hired
  more than 11 years before the absence, a kontanthjælp reduction decided more than two months before the case's
  first month, a ressourceforløbsydelse case computed months into its forløb.
- gamle_fakta (red team r17): facts of a running case the generators drew only near its beginning, and amounts only
  up to the goldens': a kontanthjælp household change or move-out from before the case's last two months, a gradvis
  tilbagevenden more than 180 days into a sickness, a salary of 10,000 kr. a week or more during the absence.

A real `ydelsestjek run` under policies/default.yaml now finds each by the sample's generated cases (not only by a
neighbour of a golden: the candidates' regions are ones the goldens do not reach) and says NO-GO."""
from __future__ import annotations

import json
from decimal import Decimal
from importlib import import_module
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness import sample
from harness.cli import app
from harness.compare import load_policy
from harness.contract.ydelse import alle
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate as reference
from harness.report import load_results
from harness.toolkit.errors import CaseError, OutOfScope

runner = CliRunner()
pytestmark = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
# The red team's seed for foer2021 (GO in 4 of 4 runs before), and one of our own. Each run costs 15-30 s of the
# suite, so the other systems are run on our seed only: how often the sample finds each over many seeds was measured
# by its red team round, and tests/fuzz/ (test_domain_reach.py, test_generator_offsets.py, test_generator_amounts.py)
# check over several seeds that the generators reach each system's region.
SEEDS = (29477480014876, 20261127)
OUR_SEED = SEEDS[1:]


def _run(tmp_path: Path, candidate: str, seed: int) -> tuple[int, dict]:
    res = runner.invoke(app, ["run", "--out", str(tmp_path / "reports"), "--run-id", "r", "--today", "2026-11-27",
                              "--policy", str(DEFAULT_ROLLOUT_POLICY), "--candidate", f"python:tests.candidates.{candidate}",
                              "--sample-seed", str(seed)])
    return res.exit_code, load_results(tmp_path / "reports" / "r" / "results.json")


def _generated_findings(results: dict, ydelse: str, candidate: str) -> list[dict]:
    """The sample's generated cases of `ydelse`, rebuilt from the run's seed as the stage sent them (dressed:
    harness/sample.py generated), on which the candidate's decision is not the reference's. Not the run's recorded
    findings: it keeps the first failed case of each defect, which may be a neighbour of a golden (a neighbour is
    dressed too, so a system that recognises the goldens' shape no longer passes it)."""
    y = alle()[ydelse]
    seed, per = results["sample"]["seed"], results["sample"]["per_benefit"]
    rules, calc = load_policy().rules(ydelse), import_module(f"tests.candidates.{candidate}").calculate
    out = []
    for n in range(1, per + 1):        # every generated case is decided and inside the candidates' law dates
        case = sample.generated(ydelse, y.generators, n, seed, y.beskrivelse.id_praefiks, None, rules)
        try:
            expected = reference(case)
        except (CaseError, OutOfScope):
            continue
        if calc(case) != expected:
            out.append(case)
    return out


def _no_go(code: int, results: dict, ydelse: str, candidate: str) -> list[dict]:
    assert code == 1 and results["gate"]["verdict"] == "NO-GO", results["gate"]["reasons"]
    scenarios = [c for c in results["cases"] if "stikprøve" not in c["tags"] and not c["id"].startswith("NEG-")]
    assert scenarios and all(c["status"] == "pass" for c in scenarios)       # right on every scenario
    assert any("alvor A" in r for r in results["gate"]["reasons"])
    found = _generated_findings(results, ydelse, candidate)
    assert found, "found only by a neighbour of a golden"
    return found


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_wrong_for_four_or_more_children_is_no_go(tmp_path, seed):
    code, results = _run(tmp_path, "storfamilie", seed)
    found = _no_go(code, results, "kontanthjaelp", "storfamilie")
    assert all(len(c["husstand"].get("boern", [])) >= 4 for c in found)
    assert results["money"]["i_alt"]["for_lidt"] != "0.00"


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_counting_at_most_46_hours_a_week_is_no_go(tmp_path, seed):
    code, results = _run(tmp_path, "lange_uger", seed)
    found = _no_go(code, results, "sygedagpenge", "lange_uger")
    assert all(any(Decimal(a["ugentlig_arbejdstid"]) > 46 for a in [c.get("ansaettelse")] + c.get("andre_ansaettelser", [])
                   if a) for c in found)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_system_wrong_before_2021_but_on_the_goldens_is_no_go(tmp_path, seed):
    code, results = _run(tmp_path, "foer2021", seed)
    found = _no_go(code, results, "sygedagpenge", "foer2021")
    assert all(c["fravaer"]["foerste_fravaersdag"] < "2021-01-04" for c in found)
    sample = next(b for b in results["sample"]["benefits"] if b["ydelse"] == "sygedagpenge")
    assert sample["failed"] >= 10 and sample["outside_law_dates"] == 0


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_wrong_on_cases_of_more_than_12_months_but_on_the_goldens_is_no_go(tmp_path, seed):
    """Red team r12 F2: kontanthjælp and ressourceforløbsydelse cases of more than 12 months are paid 10 % too little
    unless they look like a golden; the generators drew at most 12 months."""
    code, results = _run(tmp_path, "lange_sager", seed)
    found = _no_go(code, results, "kontanthjaelp", "lange_sager") + _generated_findings(
        results, "ressourceforloebsydelse", "lange_sager")
    assert all(len(c["maaneder"]) > 12 for c in found)
    assert {c["ydelse"] for c in found} == {"kontanthjaelp", "ressourceforloebsydelse"}
    assert results["money"]["i_alt"]["for_lidt"] != "0.00"


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_ignoring_fields_no_case_set_is_no_go(tmp_path, seed):
    """Red team r13 F2: sygedagpenge's further employments with § 56, § 55, an end of employment, re-employment, an
    overenskomst or hours of ferie/sygdom in the 8 weeks, and kontanthjælp afgørelser recorded as "nedsaettelse",
    were never drawn; a system ignoring them was GO. The sample's generated sygedagpenge cases now find it in every
    seed; its kontanthjælp gap matters only where a 225-timers reduction takes effect, about 1 % of the generated
    cases, so the sample finds it in some seeds (tests/fuzz/test_domain_reach.py: in every seed's 400 bulk cases)."""
    from tests.candidates.flere_job_gab import seen
    code, results = _run(tmp_path, "flere_job_gab", seed)
    found = _no_go(code, results, "sygedagpenge", "flere_job_gab") + \
        _generated_findings(results, "kontanthjaelp", "flere_job_gab")
    assert all(seen(c) != c for c in found)      # each a case with a field the system ignores
    assert "sygedagpenge" in {c["ydelse"] for c in found}


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_short_on_every_case_shaped_as_a_case_system_writes_it_is_no_go(tmp_path, seed):
    """Red team r13 F1: the bench's cases had no CPR number or name (kontanthjælp, ressourceforløbsydelse) and never
    wrote a default-false yes/no field as false; a system 10 % short on every case that has either was GO. The
    sample's cases are now dressed as a case system writes them (harness/dressing.py): NO-GO in every benefit."""
    from tests.candidates.produktion import real
    code, results = _run(tmp_path, "produktion", seed)
    assert code == 1 and results["gate"]["verdict"] == "NO-GO", results["gate"]["reasons"]
    scenarios = [c for c in results["cases"] if "stikprøve" not in c["tags"] and not c["id"].startswith("NEG-")]
    assert scenarios and all(c["status"] == "pass" for c in scenarios)       # right on every scenario
    assert any("alvor A" in r for r in results["gate"]["reasons"])
    benefits = {b["ydelse"]: b for b in results["sample"]["benefits"]}
    assert set(benefits) == {"sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"}
    # much of what the sample sends now looks real: a case writes all its defaults (two in five), none (two in five:
    # also how a real export may look, so the absence tells nothing either) or some
    for b in benefits.values():
        assert b["failed"] > b["sent"] // 4, b
    for y in benefits:
        found = _generated_findings(results, y, "produktion")
        assert len(found) > results["sample"]["per_benefit"] // 5 and all(real(c) for c in found), y
    assert results["negative"]["accepted"] == 0                  # it refuses what the reference refuses
    assert results["money"]["i_alt"]["for_lidt"] != "0.00"


@pytest.mark.parametrize("seed", OUR_SEED)
def test_a_system_short_on_every_case_named_outside_the_bench_s_old_name_list_is_no_go(tmp_path, seed):
    """Red team r14 F1: the bench named its persons from 63 public words, so a name outside them marked a citizen's
    case. Names now come from Faker's person lists (thousands of names): NO-GO in every benefit."""
    from tests.candidates.navneliste import benchens
    code, results = _run(tmp_path, "navneliste", seed)
    assert code == 1 and results["gate"]["verdict"] == "NO-GO", results["gate"]["reasons"]
    failed = {b["ydelse"]: b["failed"] for b in results["sample"]["benefits"]}
    assert all(failed[y] > 0 for y in ("sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse")), failed
    y = alle()["kontanthjaelp"]
    rules = load_policy().rules("kontanthjaelp")
    sent = [sample.generated("kontanthjaelp", y.generators, n, results["sample"]["seed"], "KH", None, rules)
            for n in range(1, 101)]
    assert sum(not benchens(c) for c in sent) > 80       # most of the bench's cases now carry another name


def test_a_system_that_is_the_law_only_after_it_met_a_public_scenario_is_no_go(tmp_path, monkeypatch):
    """Red team r15 F2: the scenarios went first, so a system that remembers meeting a public golden case (a file of
    its own) was GO, and signed GO, while it paid 10 % too little to every citizen. The sample now goes first:
    every generated case is sent before the first golden case, and the run is NO-GO on its generated cases."""
    mark, log = tmp_path / "husket", tmp_path / "sendt.jsonl"
    monkeypatch.setenv("HUKOMMELSEN_MARK", str(mark))
    monkeypatch.setenv("HUKOMMELSEN_LOG", str(log))
    code, results = _run(tmp_path, "hukommelsen", SEEDS[1])
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    assert mark.exists()                                       # it did meet the scenarios, after the sample
    sent = [json.loads(line)["sags_id"] for line in log.read_text(encoding="utf-8").splitlines()]
    public = {json.loads(p.read_text(encoding="utf-8"))["case"]["sags_id"] for p in GOLDEN_DIR.glob("*/*.json")}
    first_public = min(i for i, sags_id in enumerate(sent) if sags_id in public)
    seed, per = results["sample"]["seed"], results["sample"]["per_benefit"]
    for ydelse, y in alle().items():
        generated = {sample.generated(ydelse, y.generators, n, seed, y.beskrivelse.id_praefiks, None,
                                      load_policy().rules(ydelse))["sags_id"] for n in range(1, per + 1)}
        at = [i for i, sags_id in enumerate(sent) if sags_id in generated]
        assert at and max(at) < first_public, ydelse
    mark.unlink()                                              # the system as in production, to rebuild its answers
    monkeypatch.delenv("HUKOMMELSEN_LOG")
    for ydelse in ("kontanthjaelp", "ressourceforloebsydelse"):
        assert _no_go(code, results, ydelse, "hukommelsen")


def test_a_system_wrong_on_old_stories_is_no_go(tmp_path):
    """Red team r16: the generators drew employments of at most 4,000 days, reductions decided at most two months
    before the case, and forløb cases from the forløb's first month only; a system wrong on every older story was
    GO. Each is now drawn (harness/toolkit/valg.py tail), and the sample's generated cases find all three."""
    from tests.candidates.loebende_sager import long_tenure, running_forloeb, seen
    code, results = _run(tmp_path, "loebende_sager", SEEDS[1])
    found = _no_go(code, results, "sygedagpenge", "loebende_sager")
    assert found and all(long_tenure(c) for c in found)
    kh = _generated_findings(results, "kontanthjaelp", "loebende_sager")
    assert kh and all(seen(c) is not c for c in kh)
    rfy = _generated_findings(results, "ressourceforloebsydelse", "loebende_sager")
    assert rfy and all(running_forloeb(c) for c in rfy)
    assert results["money"]["i_alt"]["for_lidt"] != "0.00"


def test_a_system_reading_only_young_facts_and_narrow_salaries_is_no_go(tmp_path):
    """Red team r17: household changes at most a month before a kontanthjælp case, a gradvis return at most a few
    months into a sickness, salaries during the absence at most 8,000 kr. a week; a system wrong on every older
    change, later return and higher salary was GO. The generators reach them now (tests/fuzz/
    test_generator_offsets.py, test_generator_amounts.py), and the sample's generated cases find all three."""
    from tests.candidates.gamle_fakta import late_gradvis, old_household_change, wide_salary
    code, results = _run(tmp_path, "gamle_fakta", SEEDS[1])
    found = _no_go(code, results, "sygedagpenge", "gamle_fakta")
    assert all(late_gradvis(c) or wide_salary(c) for c in found)
    assert any(late_gradvis(c) for c in found) and any(wide_salary(c) for c in found)
    kh = _generated_findings(results, "kontanthjaelp", "gamle_fakta")
    assert kh and all(old_household_change(c) for c in kh)
    assert results["money"]["i_alt"]["for_meget"] != "0.00"


def test_a_system_that_reads_a_list_s_order_as_its_dates_is_no_go(tmp_path):
    """Red team r18: every list came in date order, so a system giving a month's row the month of its place in the
    list was the law on every case the bench made. Lists the contract leaves unordered are now sent as written,
    newest first or shuffled (harness/dressing.py), and the sample's generated cases find it in every benefit (in
    sygedagpenge, where only a recent earlier absence the list holds before an old one matters, 1-4 cases a seed)."""
    from tests.candidates.raekkefoelge import out_of_order
    code, results = _run(tmp_path, "raekkefoelge", SEEDS[1])
    found = _no_go(code, results, "kontanthjaelp", "raekkefoelge")
    rfy = _generated_findings(results, "ressourceforloebsydelse", "raekkefoelge")
    sdp = _generated_findings(results, "sygedagpenge", "raekkefoelge")
    assert rfy and sdp and all(out_of_order(c) for c in found + rfy + sdp)
    assert results["money"]["i_alt"]["for_lidt"] != "0.00" and results["money"]["i_alt"]["for_meget"] != "0.00"


def test_a_system_right_only_on_the_bench_s_old_narrow_shapes_is_no_go(tmp_path):
    """Red team r18 F2-F4: hours only whole or half, a gradvis tilbagevenden of at most three steps, months without a
    pause; a system wrong on finer hours, longer plans and paused cases was GO on every seed. The generators draw them
    now (tests/fuzz/test_generator_shapes.py), and the sample's generated cases find all three."""
    from tests.candidates.smalle_former import fine_hours, many_steps, paused
    code, results = _run(tmp_path, "smalle_former", SEEDS[1])
    found = _no_go(code, results, "sygedagpenge", "smalle_former")
    assert all(fine_hours(c) or many_steps(c) for c in found)
    assert any(fine_hours(c) for c in found) and any(many_steps(c) for c in found)
    kh = _generated_findings(results, "kontanthjaelp", "smalle_former")
    assert kh and all(paused(c) for c in kh)


def test_a_system_keying_earlier_absences_on_their_first_day_is_no_go(tmp_path):
    """Red team r19 F1: one earlier sickness written as two rows with the same first day (the employer's and the
    kommune's, a row registered again) was never sent, and a system that kept only the row listed last, and so
    counted too few § 24 days, was GO on every seed. The generators write such rows now; the sample finds it."""
    from tests.candidates.samme_start import same_start
    code, results = _run(tmp_path, "samme_start", SEEDS[1])
    found = _no_go(code, results, "sygedagpenge", "samme_start")
    assert all(same_start(c) for c in found)
