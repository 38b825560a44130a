"""A run's golden check remembers a clean result under a sealed fingerprint of everything it depends on: the next
run skips the recomputation, any changed file makes it check again, and an edited memory is not believed."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from harness import seal
from harness.authoring import golden as workflow
from harness.golden.store import GoldenIntegrityError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folders(tmp_path, monkeypatch):
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "state"))
    golden, scenarios = tmp_path / "golden", tmp_path / "scenarios"
    shutil.copytree(ROOT / "golden", golden)
    shutil.copytree(ROOT / "scenarios", scenarios)
    return golden, scenarios, tmp_path


def _count_checks(monkeypatch) -> list[int]:
    calls = [0]
    real = workflow.check

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(workflow, "check", counted)
    return calls


def test_a_clean_check_is_remembered_and_any_change_checks_again(folders, monkeypatch):
    golden, scenarios, root = folders
    calls = _count_checks(monkeypatch)
    first = workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    second = workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    assert calls[0] == 1 and len(first.goldens) == len(second.goldens) > 400
    feature = next(scenarios.glob("sygedagpenge/*.feature"))
    feature.write_text(feature.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    assert calls[0] == 2


def test_a_stale_golden_is_never_remembered(folders, monkeypatch):
    golden, scenarios, root = folders
    calls = _count_checks(monkeypatch)
    feature = scenarios / "sygedagpenge" / "beregning_og_loft.feature"
    text = feature.read_text(encoding="utf-8")
    feature.write_text(text.replace("4.084,80 kr.", "4.084,81 kr.", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(GoldenIntegrityError):
            workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    assert calls[0] == 2


def test_an_edited_memory_is_not_believed(folders, monkeypatch):
    golden, scenarios, root = folders
    calls = _count_checks(monkeypatch)
    workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    path = seal.state_dir() / seal.REMEMBERED
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc[workflow.CHECK_KIND]["fingerprint"] = "0" * 64       # what an editor would do to vouch for another set
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert not seal.remembered(workflow.CHECK_KIND, "0" * 64)
    workflow.verify_for_run(golden, scenario_root=scenarios, root=root)
    assert calls[0] == 2
