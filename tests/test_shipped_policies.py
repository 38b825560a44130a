"""The released policy files are pinned (harness/gate/shipped.py): an edited policies/default.yaml is no yardstick
and stops a run before any case; comparison rules other than the released ones are a reason against GO, also when
the pack is read back (red team round 8: both edits gave the demo a GO)."""
from __future__ import annotations

import json
import re

import pytest

from harness.compare.policy import DEFAULT_POLICY, rules_digest, rules_files
from harness.config_files import ConfigError
from harness.contract.schemas import contract_digest, contract_files
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


def test_the_contract_is_pinned_and_covers_every_schema_and_plausibility_rule():
    """Red team round 9: money with one decimal, negative amounts allowed in common.schema.json, or a plausibility
    rule deleted from ydelse.yaml gave wrong systems a GO. The contract's digest covers those files."""
    assert contract_digest() == shipped.CONTRACT_SHA256, \
        f"the contract (a schema or a ydelse.yaml) changed: set CONTRACT_SHA256 = {contract_digest()!r}"
    names = {name for name, _ in contract_files()}
    assert "contract/schemas/common.schema.json" in names
    for navn in ("sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"):
        assert {f"{navn}/schemas/case.schema.json", f"{navn}/schemas/decision.schema.json", f"{navn}/ydelse.yaml"} <= names
    # the labels an approver reads a golden's diff in (each benefit that has them)
    assert {f"{n}/etiketter.yaml" for n in ("sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse")} <= names
    assert shipped.contract_reasons(shipped.CONTRACT_SHA256) == [] and shipped.contract_reasons(None) == []
    assert shipped.contract_reasons("0" * 64)[0].startswith("kontrakten er ikke den udgivne")


def test_a_run_under_an_edited_contract_is_never_go(tmp_path):
    """The whole run of the (correct) reference, in a copy of the bench whose money pattern also takes negative
    amounts: GO but for the contract, so its one reason is the contract's, in the run and read back (report)."""
    copy = _bench_copy(tmp_path)
    common = copy / "harness" / "contract" / "schemas" / "common.schema.json"
    text = common.read_text(encoding="utf-8")
    loose = text.replace('"pattern": "^[0-9]{1,10}\\\\.[0-9]{2}$"', '"pattern": "^-?[0-9]{1,10}\\\\.[0-9]{2}$"')
    assert loose != text
    common.write_text(loose, encoding="utf-8")
    done = _run_in(copy, tmp_path)
    assert done.returncode == 1, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(next((tmp_path / "ud").glob("*/results.json")).read_text(encoding="utf-8"))
    assert results["policy"]["contract_sha256"] != shipped.CONTRACT_SHA256
    reasons = results["gate"]["reasons"]
    assert len(reasons) == 1 and reasons[0].startswith("kontrakten er ikke den udgivne"), reasons
    again, _ = recompute(results)
    assert again["gate"]["verdict"] == "NO-GO" and again["gate"]["reasons"] == reasons


def test_a_broken_schema_stops_the_run_naming_the_file_and_line(tmp_path):
    """Red team round 9: a truncated schema was an "internal error" naming neither file nor line."""
    copy = _bench_copy(tmp_path)
    common = copy / "harness" / "contract" / "schemas" / "common.schema.json"
    common.write_text(common.read_text(encoding="utf-8")[:300], encoding="utf-8")
    done = _run_in(copy, tmp_path)
    assert done.returncode == 2, done.stdout[-2000:] + done.stderr[-2000:]
    assert "common.schema.json:" in done.stderr and "not valid JSON" in done.stderr, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


def _bench_copy(tmp_path):
    """A copy of the bench (code, goldens, scenarios, policies) to edit; run with it as the working folder, its own
    code and data are used."""
    import shutil
    from pathlib import Path
    repo = Path(__file__).resolve().parents[1]
    copy = tmp_path / "baenk"
    for part in ("harness", "adapters", "golden", "scenarios", "policies"):
        shutil.copytree(repo / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _run_in(copy, tmp_path):
    import subprocess
    import sys
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_STATE_DIR": str(tmp_path / "state")}
    return subprocess.run([sys.executable, "-m", "harness.cli", "run", "--candidate", "reference", "--out",
                           str(tmp_path / "ud")], cwd=copy, env=env, capture_output=True, text=True, timeout=600)
