"""The released policy files are pinned (harness/gate/shipped.py): an edited policies/default.yaml is no yardstick
and stops a run before any case; comparison rules other than the released ones are a reason against GO, also when
the pack is read back (red team round 8: both edits gave the demo a GO)."""
from __future__ import annotations

import re

import pytest

from harness.compare.policy import DEFAULT_POLICY, rules_digest, rules_files
from harness.config_files import ConfigError
from harness.contract.ydelse import Ydelse
from harness.gate import shipped
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY, load_rollout_policy, weaker_than_shipped
from harness.golden.store import sha256_file
from harness.report.verdict import recompute
from harness.runner import RunConfig, execute


def test_the_pins_are_the_files_in_the_repository():
    """A change of a shipped policy is a release: the pin moves in the same commit."""
    assert sha256_file(DEFAULT_ROLLOUT_POLICY) == shipped.ROLLOUT_SHA256, \
        f"policies/default.yaml changed: set ROLLOUT_SHA256 = {sha256_file(DEFAULT_ROLLOUT_POLICY)!r}"
    assert rules_digest() == shipped.COMPARE_SHA256, \
        f"the comparison rules (harness/compare/policy.yaml or a sammenligning.yaml) changed: set COMPARE_SHA256 = " \
        f"{rules_digest()!r}"


def _edited_default(tmp_path):
    """The shipped policy with A unlimited and the negative stage off, under its own name: what red team round 8 did."""
    text = DEFAULT_ROLLOUT_POLICY.read_text(encoding="utf-8")
    lax = re.sub(r"(?m)^negative_stage: true$", "negative_stage: false", text)
    assert lax != text
    path = tmp_path / "default.yaml"
    path.write_text(lax, encoding="utf-8")
    return path


def test_an_edited_default_policy_is_no_yardstick(tmp_path):
    edited = _edited_default(tmp_path)
    with pytest.raises(ConfigError) as refused:
        shipped.check_rollout_yardstick(edited)
    text = " ".join(refused.value.problems)
    assert "not the released file" in text and "--policy" in text
    # measured against itself it would ask nothing less; measured through the pin it says it cannot compare
    lines = weaker_than_shipped(load_rollout_policy(edited), shipped_path=edited)
    assert lines and "kunne ikke bruges til sammenligning" in lines[0]
    # against the released file, the same policy's weakening is named
    assert any("negative fase" in w for w in weaker_than_shipped(load_rollout_policy(edited)))


def test_comparison_rules_other_than_the_released_ones_are_never_go(tmp_path):
    """Every failure class mapped to severity C, the red team's edit: the run says why it is no GO, and so does a
    verdict computed again from its results (report, verify-pack)."""
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    remapped = re.sub(r"\{A: [ABC], B: [ABC], C: [ABC]\}", "{A: C, B: C, C: C}", text)
    assert remapped != text
    path = tmp_path / "policy.yaml"
    path.write_text(remapped, encoding="utf-8")
    outcome = execute(RunConfig(candidate="reference", out=None, compare_policy=path, only=["SDP-050-*"]))
    reasons = outcome.results["gate"]["reasons"]
    assert outcome.results["gate"]["verdict"] == "NO-GO"
    assert any(r.startswith("sammenligningsreglerne er ikke de udgivne") for r in reasons), reasons
    again, _ = recompute(outcome.results)
    assert again["gate"]["verdict"] == "NO-GO"
    assert any(r.startswith("sammenligningsreglerne er ikke de udgivne") for r in again["gate"]["reasons"])
    released = execute(RunConfig(candidate="reference", out=None, only=["SDP-050-*"]))
    assert not [r for r in released.results["gate"]["reasons"] if r.startswith("sammenligningsreglerne")]


def test_a_benefit_s_own_comparison_rules_are_part_of_the_released_ones(tmp_path, monkeypatch):
    """Red team round 9: `ignore: ["**"]` in a benefit's sammenligning.yaml made its differences invisible, and the
    run did not say so. The rules' digest covers every benefit's file: an edited one is a reason against GO, the
    same bytes elsewhere are not."""
    copies = tmp_path / "regler"
    for name, path in rules_files()[1:]:
        (copies / name).parent.mkdir(parents=True, exist_ok=True)
        (copies / name).write_bytes(path.read_bytes())
    monkeypatch.setattr(Ydelse, "sammenligning_path", property(lambda y: copies / y.navn / "sammenligning.yaml"))
    same = execute(RunConfig(candidate="reference", out=None, only=["SDP-050-*"]))
    assert same.results["policy"]["compare"]["sha256"] == shipped.COMPARE_SHA256
    assert not [r for r in same.results["gate"]["reasons"] if r.startswith("sammenligningsreglerne")]
    edited = copies / "sygedagpenge" / "sammenligning.yaml"
    text = edited.read_text(encoding="utf-8")
    blind = re.sub(r"(?m)^ignore: \[.*\]$", 'ignore: ["**"]', text)
    assert blind != text
    edited.write_text(blind, encoding="utf-8")
    outcome = execute(RunConfig(candidate="reference", out=None, only=["SDP-050-*"]))
    assert outcome.results["policy"]["compare"]["sha256"] != shipped.COMPARE_SHA256
    reasons = outcome.results["gate"]["reasons"]
    assert outcome.results["gate"]["verdict"] == "NO-GO"
    assert any(r.startswith("sammenligningsreglerne er ikke de udgivne") for r in reasons), reasons
    again, _ = recompute(outcome.results)
    assert any(r.startswith("sammenligningsreglerne er ikke de udgivne") for r in again["gate"]["reasons"])
