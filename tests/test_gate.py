"""The gate: rollout policy and known-deviation register -> GO / NO-GO, with expiry and unexpected passes."""
from __future__ import annotations

import copy
import datetime as dt
import textwrap

import pytest

from harness.config_files import ConfigError
from harness.contract.records import CaseRecord, Deviation
from harness.gate import evaluate, load_rollout_policy, load_waivers
from harness.gate.policy import default_rollout_policy

POLICY = load_rollout_policy()
DEFAULT_TEXT = default_rollout_policy().read_text(encoding="utf-8")   # the suite's: no sample stage (conftest.py)
DAY = dt.date(2026, 11, 23)


def rec(gid, status="pass", devs=(), omraade="beregning", obligatorisk=True, reason=""):
    deviations = [Deviation(id=f"{gid}/{k}", scenario=gid, klasse=k, klasse_tekst=k, alvor=a, scenario_alvor=a,
                            hjemmel=[], omraade=omraade, besked="", felter=[], forklaring=[]) for k, a in devs]
    return CaseRecord(id=gid, ydelse="sygedagpenge", omraade=omraade, hjemmel=[], alvor="A", obligatorisk=obligatorisk,
                      status=status, reason=reason, seconds=0.0, deviations=deviations)


def decide(cases, waivers, system, version, today=None):
    """The gate's decision, after checking that it left the records it was given as they were."""
    before = copy.deepcopy(cases)
    result = evaluate(cases, POLICY, waivers, system, version, today or DAY, clock=today or DAY)   # the machine's too
    assert cases == before
    return result


def waivers(tmp_path, body: str):
    path = tmp_path / "waivers.yaml"
    path.write_text('waivers_version: "1.0"\nwaivers:\n' + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return load_waivers(path, ["forkert_beloeb", "forkert_dato", "manglende_udbetaling"])


W_B = """
- id: W-1
  scenario: "SDP-050-*"
  failure_class: forkert_dato
  system: "KSD-*"
  versions: ">=2.4,<2.5"
  ticket: "https://vendor.example/1"
  owner: "Leverandør"
  workaround: "Ret datoen manuelt"
  expires: 2026-12-31
"""


def test_clean_run_is_go():
    d = decide([rec("SDP-001-001"), rec("SDP-002-001", omraade="ledige")], [], "X", "1").decision
    assert d.verdict == "GO" and d.reasons == []


def test_an_A_deviation_is_no_go_and_cannot_be_waived(tmp_path):
    ws = waivers(tmp_path, W_B.replace("failure_class: forkert_dato", "failure_class: forkert_beloeb"))
    cases = [rec("SDP-050-001", "deviation", [("forkert_beloeb", "A")])]
    result = decide(cases, ws, "KSD-demo", "2.4.0")
    d = result.decision
    assert d.verdict == "NO-GO"
    assert any("alvor A" in r and "SDP-050-001/forkert_beloeb" in r for r in d.reasons)
    assert result.marks == {}
    assert [w.id for w in d.not_allowed_waivers] == ["W-1"]


def test_a_waiver_turns_a_B_deviation_into_a_pass_until_it_expires(tmp_path):
    ws = waivers(tmp_path, W_B)
    cases = [rec("SDP-050-001", "deviation", [("forkert_dato", "B")])]
    result = decide(cases, ws, "KSD-demo", "2.4.0", dt.date(2026, 12, 31))
    d = result.decision
    assert d.verdict == "GO", d.reasons
    assert result.marks == {"SDP-050-001/forkert_dato": "W-1"}
    assert d.waivers_used[0].id == "W-1" and d.waivers_used[0].deviations == ["SDP-050-001/forkert_dato"]
    later_result = decide(cases, ws, "KSD-demo", "2.4.0", dt.date(2027, 1, 1))
    later = later_result.decision
    assert later.verdict == "NO-GO"
    assert later_result.marks == {}
    assert [w.id for w in later.expired_waivers] == ["W-1"]
    assert later.expired_waivers[0].deviations == ["SDP-050-001/forkert_dato"]


def test_a_date_before_the_machines_cannot_revive_an_expired_waiver(tmp_path):
    """--today in the past is not believed: the waivers count as of the machine's date, which the decision records
    beside the date asked for; a date after the machine's is kept (stricter)."""
    ws = waivers(tmp_path, W_B)
    cases = [rec("SDP-050-001", "deviation", [("forkert_dato", "B")])]
    back = evaluate(cases, POLICY, ws, "KSD-demo", "2.4.0", dt.date(2026, 12, 1), clock=dt.date(2027, 1, 1))
    assert back.decision.verdict == "NO-GO" and back.marks == {}
    assert [w.id for w in back.decision.expired_waivers] == ["W-1"]
    assert (back.decision.today, back.decision.today_requested, back.decision.clock_today) == (
        "2027-01-01", "2026-12-01", "2027-01-01")
    ahead = evaluate(cases, POLICY, ws, "KSD-demo", "2.4.0", dt.date(2027, 1, 1), clock=dt.date(2026, 12, 1))
    assert ahead.decision.verdict == "NO-GO" and ahead.decision.today == "2027-01-01"
    plain = evaluate(cases, POLICY, ws, "KSD-demo", "2.4.0", clock=dt.date(2026, 12, 31))
    assert plain.decision.verdict == "GO" and plain.decision.today == plain.decision.today_requested == "2026-12-31"


def test_waiver_does_not_cover_another_version_system_or_class(tmp_path):
    ws = waivers(tmp_path, W_B)
    dev = [rec("SDP-050-001", "deviation", [("forkert_dato", "B")])]
    assert decide(dev, ws, "KSD-demo", "2.5.0").decision.verdict == "NO-GO"
    assert decide(dev, ws, "KY-prod", "2.4.0").decision.verdict == "NO-GO"
    other = [rec("SDP-050-001", "deviation", [("forkert_beloeb", "B")])]
    assert decide(other, ws, "KSD-demo", "2.4.0").decision.verdict == "NO-GO"
    elsewhere = [rec("SDP-051-001", "deviation", [("forkert_dato", "B")])]
    assert decide(elsewhere, ws, "KSD-demo", "2.4.0").decision.verdict == "NO-GO"


def test_more_B_deviations_than_the_policy_allows_is_no_go_even_when_waived(tmp_path):
    ws = waivers(tmp_path, W_B)
    cases = [rec(f"SDP-050-{i:03d}", "deviation", [("forkert_dato", "B")]) for i in range(6)]
    d = decide(cases, ws, "KSD-demo", "2.4.0").decision
    assert d.verdict == "NO-GO" and any("højst 5" in r for r in d.reasons)
    assert d.counts["B"].model_dump() == {"total": 6, "waived": 6, "unwaived": 0}


def test_a_glob_waiver_that_still_covers_a_deviation_is_used_and_not_an_unexpected_pass(tmp_path):
    """Issue 14: a glob covering one deviation was listed both as used and as 'uventet bestået (kan fjernes)'."""
    ws = waivers(tmp_path, W_B)
    d = decide([rec("SDP-050-001"), rec("SDP-050-002", "deviation", [("forkert_dato", "B")])],
               ws, "KSD-demo", "2.4.0").decision
    assert d.verdict == "GO"
    assert [(u.id, u.deviations) for u in d.waivers_used] == [("W-1", ["SDP-050-002/forkert_dato"])]
    assert d.unexpected_passes == []


def test_a_waiver_whose_scenarios_all_pass_is_an_unexpected_pass(tmp_path):
    ws = waivers(tmp_path, W_B)
    d = decide([rec("SDP-050-001"), rec("SDP-050-002"), rec("SDP-051-001", "deviation", [("forkert_dato", "C")])],
               ws, "KSD-demo", "2.4.0").decision
    assert d.verdict == "GO" and d.waivers_used == []
    assert [u.model_dump() for u in d.unexpected_passes] == [
        {"waiver": "W-1", "ticket": "https://vendor.example/1", "owner": "Leverandør",
         "scenarios": ["SDP-050-001", "SDP-050-002"]}]


def test_a_waiver_pattern_that_matches_no_scenario_is_warned_about(tmp_path):
    from harness.gate.waivers import unmatched
    ws = waivers(tmp_path, W_B.replace("SDP-050-*", "SDP-05O-*"))
    (warning,) = unmatched(ws, ["SDP-050-001", "SDP-050-002"])
    assert "W-1" in warning and "SDP-05O-*" in warning and "passer ikke på noget scenarie" in warning
    assert unmatched(waivers(tmp_path, W_B), ["SDP-050-001"]) == []


def test_C_deviations_need_no_waiver():
    d = decide([rec("SDP-001-001", "deviation", [("manglende_begrundelse", "C")])], [], "X", "1").decision
    assert d.verdict == "GO" and d.counts["C"].total == 1


def test_skipped_or_errored_mandatory_scenario_is_no_go_but_optional_is_not():
    cases = [rec("SDP-001-001"), rec("SDP-001-002", "skipped"), rec("SDP-001-003", "skipped", obligatorisk=False)]
    d = decide(cases, [], "X", "1").decision
    assert d.verdict == "NO-GO"
    (reason,) = d.reasons
    assert "SDP-001-002" in reason and "SDP-001-003" not in reason


def test_every_legal_area_must_be_executed():
    cases = [rec("SDP-001-001"), rec("SDP-002-001", "skipped", omraade="ledige", obligatorisk=False)]
    d = decide(cases, [], "X", "1").decision
    assert d.verdict == "NO-GO" and any("ledige" in r for r in d.reasons)


def test_a_benefit_the_policy_requires_must_be_judged_whatever_the_candidate_declares(tmp_path):
    """A KY rollout names its benefits: a candidate that declares (or is judged on) fewer is NO-GO for it."""
    path = tmp_path / "ky.yaml"
    path.write_text(DEFAULT_TEXT.replace("  ydelser: []", "  ydelser: [kontanthjaelp, ressourceforloebsydelse]"),
                    encoding="utf-8")
    ky = load_rollout_policy(path)
    assert ky.coverage.ydelser == ["kontanthjaelp", "ressourceforloebsydelse"]
    kh = rec("KH-025-001").model_copy(update={"ydelse": "kontanthjaelp"})
    rfy = rec("RFY-069-001").model_copy(update={"ydelse": "ressourceforloebsydelse"})
    only_kh = evaluate([kh], ky, [], "KY", "1", DAY).decision
    assert only_kh.verdict == "NO-GO"
    (reason,) = only_kh.reasons
    assert "ydelsen ressourceforloebsydelse kræves af udrulningspolitikken" in reason
    skipped = rfy.model_copy(update={"status": "skipped", "obligatorisk": False})
    assert evaluate([kh, skipped], ky, [], "KY", "1", DAY).decision.verdict == "NO-GO"
    assert evaluate([kh, rfy], ky, [], "KY", "1", DAY).decision.verdict == "GO"
    assert evaluate([kh], POLICY, [], "KY", "1", DAY).decision.verdict == "GO"   # the default: the declaration decides


def test_a_policy_that_requires_an_unknown_benefit_names_its_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(DEFAULT_TEXT.replace("  ydelser: []", "  ydelser: [sygedagpenge, kontanthjælp]"), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rollout_policy(path)
    text = "\n".join(err.value.problems)
    assert "coverage.ydelser" in text and "unknown benefit 'kontanthjælp'" in text and "kontanthjaelp" in text


def test_everything_errored_is_called_a_setup_problem():
    cases = [rec(f"SDP-001-00{i}", "errored", [("fejl_timeout", "A")], reason="connection refused") for i in range(3)]
    d = decide(cases, [], "X", "1").decision
    assert any("opsætningsproblem" in r and "connection refused" in r for r in d.reasons)


def test_an_empty_run_is_no_go():
    assert decide([], [], "X", "1").decision.verdict == "NO-GO"


def test_bad_rollout_policy_names_line_field_and_expectation(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('policy_version: "1.0"\nname: x\nseverity:\n  A: {max: 0, waivable: false}\n'
                    '  B: {max: many, waivable: true}\n  C: {max: null, waivable: yes please}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rollout_policy(path)
    text = "\n".join(err.value.problems)
    assert "line 5, severity.B.max: expected a whole number >= 0 or null, got 'many'" in text
    assert "line 6, severity.C.waivable: expected true or false" in text


def test_bad_waiver_names_line_and_missing_fields(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text('waivers_version: "1.0"\nwaivers:\n  - id: W-1\n    scenario: "SDP-*"\n    expires: 31-12-2026\n'
                    '    versions: "two point four"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_waivers(path)
    text = "\n".join(err.value.problems)
    assert "line 3, waivers[0]: missing 'ticket'" in text
    assert "line 5, waivers[0].expires: expected a date YYYY-MM-DD" in text
    assert "line 6, waivers[0].versions" in text


def test_yaml_syntax_error_is_reported_with_its_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text('policy_version: "1.0"\nseverity: [A: \n  - b\n:', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rollout_policy(path)
    assert "line" in err.value.problems[0] and "not valid YAML" in err.value.problems[0]


def test_shipped_register_is_valid_and_has_no_active_waiver():
    assert load_waivers() == []


def test_the_gate_changes_nothing_it_is_given_and_returns_its_marks(tmp_path):
    from harness.contract.records import dump, marked
    ws = waivers(tmp_path, W_B)
    cases = [rec("SDP-050-001", "deviation", [("forkert_dato", "B"), ("forkert_beloeb", "B")]), rec("SDP-050-002")]
    given = (copy.deepcopy(cases), copy.deepcopy(ws))
    result = evaluate(cases, POLICY, ws, "KSD-demo", "2.4.0", DAY)
    assert (cases, ws) == given
    assert [dump(c) for c in cases] == [dump(c) for c in given[0]]
    assert all("undtagelse" not in dump(d) for c in cases for d in c.deviations)
    assert result.marks == {"SDP-050-001/forkert_dato": "W-1"}
    (first, _) = [marked(c, result.marks) for c in cases]
    assert [d.undtagelse for d in first.deviations] == ["W-1", None]
    assert [dump(d)["undtagelse"] for d in first.deviations] == ["W-1", None]


def test_a_negative_stage_cut_short_or_answered_with_crashes_is_not_a_go():
    """Under a policy with the negative stage, GO needs every invalid case sent and each refused by the candidate's
    own word: cases left unsent when the stage's time ran out (a slow candidate never asked the rest), or answered
    with no answer at all (a crash, a hang, a 5xx), refuse nothing."""
    from harness.contract.records import NegativeStage
    policy = POLICY.model_copy(update={"negative_stage": True})
    clean = [rec("SDP-001-001"), rec("SDP-002-001", omraade="ledige")]

    def verdict(stage):
        return evaluate(clean, policy, [], "X", "1", DAY, negative=stage).decision
    whole = NegativeStage(enabled=True, cases=10, refused=10)
    assert verdict(whole).verdict == "GO"
    cut = verdict(NegativeStage(enabled=True, cases=10, refused=10, not_sent=882, reason="fasen stoppede efter 300 s"))
    assert cut.verdict == "NO-GO" and any("882 ugyldige sager blev ikke sendt" in r for r in cut.reasons)
    crashed = verdict(NegativeStage(enabled=True, cases=10, refused=7, not_judged=3, failed=3))
    assert crashed.verdict == "NO-GO" and any("intet svar på 3 ugyldige sager" in r for r in crashed.reasons)
    skipped = verdict(NegativeStage(enabled=True, cases=10, refused=7, not_judged=3))
    assert skipped.verdict == "NO-GO" and any("sprang 3 ugyldige sager over" in r for r in skipped.reasons)
    assert evaluate(clean, POLICY.model_copy(update={"negative_stage": False}), [], "X", "1", DAY,
                    negative=NegativeStage(enabled=True, cases=10, failed=3, not_judged=3)).decision.verdict == "GO"


def test_a_policy_that_asks_less_than_the_shipped_one_says_where(tmp_path):
    """The steering group signs against the criteria: every place a policy lets more through than the shipped
    policies/default.yaml is named (and a lax policy under the default's own name says that too); the shipped policy
    and a stricter one name nothing."""
    from harness.gate.policy import DEFAULT_ROLLOUT_POLICY, weaker_than_shipped
    shipped_text = DEFAULT_ROLLOUT_POLICY.read_text(encoding="utf-8")
    assert weaker_than_shipped(load_rollout_policy(DEFAULT_ROLLOUT_POLICY)) == []
    lax = tmp_path / "lax.yaml"
    lax.write_text(shipped_text.replace("A: {max: 0, waivable: false, waiver_required: true}",
                                        "A: {max: null, waivable: true, waiver_required: false}")
                   .replace("negative_stage: true", "negative_stage: false")
                   .replace("sample_cases_per_benefit: 200", "sample_cases_per_benefit: 0"), encoding="utf-8")
    weaker = weaker_than_shipped(load_rollout_policy(lax))
    assert weaker[0].startswith("politikken bærer standardpolitikkens navn")
    assert "højst ubegrænset afvigelser med alvor A (standard: 0)" in weaker
    assert "afvigelser med alvor A kan undtages (standard: kan ikke)" in weaker
    assert "den negative fase (ugyldige sager) er slået fra" in weaker
    assert any(w.startswith("stikprøve på 0 nye sager") for w in weaker) and len(weaker) == 6
    strict = tmp_path / "strict.yaml"
    strict.write_text(shipped_text.replace("B: {max: 5,", "B: {max: 0,").replace('name: "Standardpolitik for udrulning"',
                                                                                  'name: "Strengere"'), encoding="utf-8")
    assert weaker_than_shipped(load_rollout_policy(strict)) == []
