"""The approved goldens of every benefit: intact, valid against the schemas, and in agreement with the scenarios.

For every scenario, the golden's case is the case the Givet-steps build now, and every Så-step holds for the
golden's decision; so the wording a jurist approved and the stored result cannot drift apart.
"""
from __future__ import annotations

import json

import pytest

from harness.authoring import golden as workflow
from harness.golden import store
from harness.scenarios import features

INSTANCES = [i for i in features.load_all_instances() if workflow.AFVENTER not in i.tags]
# Loaded without the manifest check so that a tampered set fails one test (below) by name, not the collection.
GOLDENS = {g.id: g for g in store.load_goldens(verify=False)}


def test_manifest_matches_the_golden_files_and_every_golden_is_signed_by_a_trusted_approver():
    from harness.golden.signing import load_approvers
    found = store.scan(approvers=load_approvers())
    assert found.problems == [] and found.pending == []
    assert found.manifest_signer is not None and all(g.fingerprint for g in found.goldens)


@pytest.mark.parametrize("inst", INSTANCES, ids=lambda i: i.id)
def test_golden_holds_its_scenario_text(inst):
    assert GOLDENS[inst.id].raw["scenarie"] == inst.text


def test_one_golden_per_scenario_and_no_others():
    assert sorted(GOLDENS) == sorted(i.id for i in INSTANCES)


@pytest.mark.parametrize("inst", INSTANCES, ids=lambda i: i.id)
def test_golden_agrees_with_its_scenario(inst):
    golden = GOLDENS[inst.id]
    assert workflow.validation_problems(golden.raw) == []
    assert golden.case == inst.build_case(), "sagen i golden er ikke den sag, scenariet bygger nu"
    assert inst.then_failures(golden.decision) == []
    assert (golden.alvor, golden.omraade, list(golden.hjemmel)) == (inst.alvor[0], inst.omraade, inst.hjemmel)
    assert golden.raw["approval"]["by"] and golden.raw["provenance"]["kilde"] in workflow.KILDER


def test_then_steps_can_fail_on_a_golden():
    """The agreement test is not vacuous: a changed amount in a golden decision breaks a Så-step."""
    inst = next(i for i in INSTANCES if i.id == "SDP-030-001")
    decision = dict(GOLDENS[inst.id].decision)
    decision["udbetalt_i_alt"] = {"beloeb": "18790.09", "trin": "T01"}
    assert any("18.790,09 kr." in f for f in inst.then_failures(decision))


def test_then_steps_can_fail_on_a_kontanthjaelp_golden():
    """The same for the other benefit's grammar: a month paid 1 kr. too little breaks its Så-step."""
    inst = next(i for i in INSTANCES if i.id == "KH-013g-002")
    decision = json.loads(json.dumps(GOLDENS[inst.id].decision))
    april = next(m for m in decision["maaneder"] if m["maaned"] == "2024-04")
    april["udbetalt"]["beloeb"] = "11200.00"
    assert any("11.200,00 kr." in f and "11.201,00 kr." in f for f in inst.then_failures(decision))


def test_both_benefits_have_goldens():
    assert {g.ydelse for g in GOLDENS.values()} >= {"sygedagpenge", "kontanthjaelp"}


def test_golden_check_passes_on_the_repository():
    """`ydelsestjek golden check` in the test suite: nothing missing, unused, unapproved or stale."""
    result = workflow.check()
    assert result.integrity == []
    assert [str(p) for p in result.problems] == []
    assert result.checked == len(INSTANCES)
