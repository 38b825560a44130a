"""The sample and the invalid cases as one stream (harness/fresh.py): a candidate cannot tell the bench's invalid
cases from production input by their place in the run, by a golden's content, or by ids worked out in advance.
Two hostile systems that did exactly that were GO before the stream (tests/candidates/taelleren.py,
genkenderen.py); each is NO-GO now."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness import fresh
from harness.adapters_api import Candidate, Metadata, Result, open_candidate
from harness.cli import app
from harness.compare import load_policy
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
from harness.golden.store import GOLDEN_DIR, load_goldens
from harness.negative.stage import NegativeConfig
from harness.reference import calculate
from harness.runner import _safe_run, case_record
from harness.toolkit.errors import CaseError, OutOfScope
from tests.candidates.genkenderen import _leaves  # the recogniser's own measure of a golden's content

REAL = pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
RFY = "ressourceforloebsydelse"
GOLDENS = [g for g in load_goldens() if g.ydelse == RFY]
cli = CliRunner()


class Listener(Candidate):
    """The reference, keeping every case it is sent, in order."""

    def __init__(self) -> None:
        self.inner = open_candidate("reference")
        self.spec, self.batch_size, self.seen = "lytter", 10, []

    def start(self) -> Metadata:
        return self.inner.start()

    def run(self, cases: list[dict]) -> list[Result]:
        self.seen += cases
        return self.inner.run(cases)


def _valid(case: dict) -> bool:
    try:
        calculate(case)
    except (CaseError, OutOfScope):
        return False
    return True


def stream(seed: int) -> tuple[list[dict], dict, dict]:
    """The cases the reference is sent by one stream over ressourceforløbsydelse, and both stages' figures."""
    listener = Listener()
    meta = listener.start()
    cpolicy = load_policy()
    _, sample, _, negative = fresh.run_stage(listener, meta, cpolicy, [RFY], 200, seed, GOLDENS,
                                             NegativeConfig(ydelser=[RFY]), case_record, _safe_run, 10)
    return listener.seen, sample.model_dump(), negative.to_dict()


@pytest.fixture(scope="module")
def seen() -> tuple[list[dict], dict, dict]:
    return stream(4242)


@REAL
def test_the_invalid_cases_are_shuffled_into_the_sample(seen):
    cases, sample, negative = seen
    valid = [_valid(c) for c in cases]
    assert valid.count(True) == 200 and valid.count(False) == negative["cases"] > 200
    for start in range(0, len(cases) - 100, 25):      # no stretch of 100 cases is of one kind: no place tells
        window = valid[start:start + 100]
        assert 10 < sum(window) < 90, start
    assert sample["benefits"][0]["passed"] == 200 and negative["refused"] == negative["cases"]
    assert negative["made_from"] == "sample" and negative["not_judged"] == 0


@REAL
def test_the_invalid_cases_are_not_goldens_with_a_field_changed(seen):
    """Made from the goldens, every invalid case was one; made from the sample, only a tiny sampled case can
    happen to be a small golden's with two values changed (one in 274 for this seed)."""
    known = [_leaves(g.case) for g in GOLDENS]
    invalid = [c for c in seen[0] if not _valid(c)]
    near = [c for c in invalid if any(len(k - _leaves(c)) <= 2 and len(_leaves(c) - k) <= 2 for k in known)]
    assert len(invalid) > 200 and len(near) <= len(invalid) // 50


@REAL
def test_the_ids_of_invalid_cases_are_the_runs_own_and_a_seed_replays_them(seen):
    def invalid_ids(cases: list[dict]) -> set[str]:
        return {c["sags_id"] for c in cases if not _valid(c) and isinstance(c.get("sags_id"), str)}
    again, other = stream(4242)[0], stream(4243)[0]
    assert invalid_ids(again) == invalid_ids(seen[0])
    assert [c.get("sags_id") for c in again] == [c.get("sags_id") for c in seen[0]]    # the same order, too
    assert len(invalid_ids(other) & invalid_ids(seen[0])) < 10                     # not worked out in advance
    golden_ids = {g.case["sags_id"] for g in GOLDENS}
    assert not {c.get("sags_id") for c in seen[0]} & golden_ids


def _run(tmp_path: Path, candidate: str, *extra: str) -> tuple[int, dict]:
    res = cli.invoke(app, ["run", "--candidate", candidate, "--out", str(tmp_path), "--run-id", "r",
                           "--today", "2026-11-23", "--policy", str(DEFAULT_ROLLOUT_POLICY), *extra])
    return res.exit_code, json.loads((tmp_path / "r" / "results.json").read_text(encoding="utf-8"))


@REAL
@pytest.mark.parametrize("name", ["taelleren", "genkenderen"])
def test_a_system_that_refuses_only_the_bench_s_invalid_cases_is_no_go(tmp_path, name):
    """Tælleren decides everything until it has seen as many cases as the scenarios and the sample, then refuses;
    Genkenderen refuses an invalid case only when it is a golden's with a field or two changed. Both decide the
    invalid cases they meet in production, and both were GO when the invalid cases came last, from the goldens."""
    code, results = _run(tmp_path, f"python:tests.candidates.{name}", "--sample-seed", "99")
    assert code == 1 and results["gate"]["verdict"] == "NO-GO"
    scenarios = [c for c in results["cases"] if c["id"].startswith("RFY-")]
    assert scenarios and all(c["status"] == "pass" for c in scenarios)
    neg = results["negative"]
    assert neg["made_from"] == "sample" and neg["accepted"] > 0 and neg["findings"]
    assert any("accepteret_ugyldigt_input" in r for r in results["gate"]["reasons"])


@REAL
def test_without_a_sample_the_invalid_cases_come_from_the_goldens_after_the_scenarios(tmp_path):
    off = tmp_path / "uden.yaml"
    off.write_text(DEFAULT_ROLLOUT_POLICY.read_text(encoding="utf-8").replace(
        "sample_cases_per_benefit: 200", "sample_cases_per_benefit: 0"), encoding="utf-8")
    res = cli.invoke(app, ["run", "--candidate", "reference", "--out", str(tmp_path), "--run-id", "r", "--today",
                           "2026-11-23", "--policy", str(off), "--ydelse", "ressourceforloebsydelse"])
    results = json.loads((tmp_path / "r" / "results.json").read_text(encoding="utf-8"))
    # NO-GO only because --ydelse judges fewer benefits than the reference declares (red team r13 F5)
    assert res.exit_code == 1 and [r for r in results["gate"]["reasons"] if "færre ydelser" not in r] == [], res.output
    assert results["negative"]["made_from"] == "goldens" and results["negative"]["refused"] > 0
    assert results["sample"]["enabled"] is False


@REAL
def test_the_made_up_cases_take_the_production_case_number_shape_the_policy_states(tmp_path):
    """Every case the bench sent had a case id of the scenarios' shape (SDP-417-093), which production's case
    numbers are not: a system right only on such ids was GO. With `sags_id_format` the sample's and the invalid
    cases' ids take production's shape; a pattern that cannot make enough ids is refused, naming the setting."""
    import re

    listener = Listener()
    meta = listener.start()
    fresh.run_stage(listener, meta, load_policy(), [RFY], 200, 5, GOLDENS, NegativeConfig(ydelser=[RFY]),
                    case_record, _safe_run, 10, id_format="20##-######")
    ids = [c.get("sags_id") for c in listener.seen]
    shaped = [i for i in ids if isinstance(i, str) and re.fullmatch(r"20\d\d-\d{6}", i)]
    assert len(shaped) > 400 and not [i for i in ids if isinstance(i, str) and i.startswith("RFY-")]
    policy = tmp_path / "politik.yaml"
    policy.write_text(DEFAULT_ROLLOUT_POLICY.read_text(encoding="utf-8") + 'sags_id_format: "KSD-##"\n', encoding="utf-8")
    res = cli.invoke(app, ["run", "--candidate", "reference", "--out", str(tmp_path), "--policy", str(policy)])
    assert res.exit_code == 2 and "sags_id_format" in res.output and "at least 6 drawn positions" in res.output
