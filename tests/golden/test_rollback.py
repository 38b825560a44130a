"""Anti-rollback (harness/golden/serial.py): every signing gives the manifest a higher signed serial, a run remembers
the highest it verified per signing key, and an older signed set swapped in afterwards is refused (exit 2) unless
--allow-golden-rollback, which the pack records and which is never a GO. The red-team finding: an older, validly
signed golden set from the history hid newer scenarios, and the same candidate went from NO-GO to GO."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from harness import seal
from harness.authoring import golden as workflow
from harness.cli import app
from harness.golden import serial, signing, store
from harness.report import load_results
from harness.report.verdict import recompute
from tests.fakes.fake_reference import calculate as fake_calculate
from tests.suite import STANDARD, project_key, write_suite

FAKE = "python:tests.fakes.fake_reference"
runner = CliRunner()


@pytest.fixture
def sets(tmp_path, monkeypatch):
    """(the municipality's folder with the newest set, serial 2; the older signed set from its history, serial 1:
    four of the six scenarios). A state folder of the test's own: a fresh user."""
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "state"))
    golden = write_suite(tmp_path / "kommune" / "golden", fake_calculate, entries=STANDARD[:4])
    old = tmp_path / "historik" / "golden"
    shutil.copytree(golden, old)
    write_suite(golden, fake_calculate)                 # two newer scenarios approved: the manifest is signed again
    return golden, old, tmp_path


def _manifest(root) -> dict:
    return json.loads((root / store.MANIFEST).read_text(encoding="utf-8"))


def _run(tmp_path, golden, run_id, *extra):
    res = runner.invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden), "--out",
                              str(tmp_path / "reports"), "--run-id", run_id, "--today", "2026-11-23", *extra])
    return res, tmp_path / "reports" / run_id


def test_every_signing_raises_the_signed_serial(sets):
    golden, old, _ = sets
    assert _manifest(old)["serial"] == 1 and _manifest(golden)["serial"] == 2
    assert _manifest(golden)["manifest_version"] == "1.2"
    doc = _manifest(old)
    doc["serial"] = 3                                     # the attacker raises the old set's serial
    (old / store.MANIFEST).write_text(json.dumps(doc), encoding="utf-8")
    problems = store.scan(old, signing.load_approvers(signing.DEFAULT_APPROVERS)).problems
    assert any("MANIFEST.json" in p and "not valid" in p for p in problems)


def test_a_fresh_state_accepts_an_older_set_and_records_its_serial(sets):
    _, old, _ = sets
    found = workflow.verify_for_run(old)
    assert found.serial_check == {"serial": 1, "signeret": "2026-11-23T00:00:00Z", "noegle": project_key().fingerprint,
                                  "hoejeste_set": None, "tilbagerulning": False}
    assert serial.highest(project_key().fingerprint).serial == 1


def test_an_older_signed_set_after_a_newer_one_is_refused_with_exit_2(sets):
    golden, old, tmp_path = sets
    res, out = _run(tmp_path, golden, "ny")
    assert res.exit_code == 0, res.output
    recorded = load_results(out / "results.json")["golden"]["serial"]
    assert recorded["serial"] == 2 and recorded["hoejeste_set"] is None and not recorded["tilbagerulning"]
    assert "Golden-manifest: serienummer 2" in res.output
    shutil.rmtree(golden)
    shutil.copytree(old, golden)                          # the attacker swaps in the older signed set
    res, out = _run(tmp_path, golden, "gammel")
    assert res.exit_code == 2, res.output
    assert "rollback refused" in res.output and f"the golden set in {golden} has manifest serial 1" in res.output
    assert "already verified serial 2" in res.output and "--allow-golden-rollback" in res.output
    assert not out.exists()


def test_the_override_is_recorded_and_never_go(sets):
    golden, old, tmp_path = sets
    assert _run(tmp_path, golden, "ny")[0].exit_code == 0
    res, out = _run(tmp_path, old, "gammel", "--allow-golden-rollback")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    assert results["golden"]["serial"] == {"serial": 1, "signeret": "2026-11-23T00:00:00Z",
                                           "noegle": project_key().fingerprint, "hoejeste_set": 2,
                                           "tilbagerulning": True}
    assert results["gate"]["verdict"] == "NO-GO" and results["summary"]["deviations"] == 0
    assert any("--allow-golden-rollback" in r for r in results["gate"]["reasons"])
    assert recompute(results)[0]["gate"]["verdict"] == "NO-GO"          # `ydelsestjek report` decides the same
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "serienummer 1" in summary and "ÆLDRE end serienummer 2" in summary
    first_page = summary.split("## Bilag")[0]
    assert "--allow-golden-rollback" in first_page and "ikke kontrolleret mod scenarier" in first_page
    run_file = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run_file["golden"]["allow_rollback"] is True                  # a --resume keeps it
    assert serial.highest(project_key().fingerprint).serial == 2         # the override never lowers the memory
    assert _run(tmp_path, old, "igen")[0].exit_code == 2


def test_a_manifest_without_serial_is_serial_0(sets):
    golden, old, _ = sets
    workflow.verify_for_run(golden)
    doc = _manifest(old)
    del doc["serial"]
    doc["manifest_version"] = "1.1"                       # the form signed before serials existed
    sig = doc["signatur"]
    sig["signatur"] = signing.sign(store.manifest_payload(doc), project_key(), signing.MANIFEST_NAMESPACE)
    (old / store.MANIFEST).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(serial.GoldenRollbackError, match="manifest serial 0"):
        workflow.verify_for_run(old)


def test_an_edited_memory_is_not_believed(sets):
    golden, _, _ = sets
    workflow.verify_for_run(golden)
    path = seal.state_dir() / serial.FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    entry = next(iter(doc.values()))
    entry["fingerprint"] = entry["fingerprint"].replace('"serial": 2', '"serial": 99')
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert serial.highest(project_key().fingerprint) is None


def test_signing_continues_from_the_highest_serial_seen(sets):
    golden, old, _ = sets
    workflow.verify_for_run(golden)
    assert serial.next_serial(old, project_key().fingerprint) == 3       # not 2: this signer has verified 2
    (old / store.MANIFEST).write_text('<<<<<<< ours\n{"serial": 7,\n=======\n{"serial": 5,\n>>>>>>> theirs\n',
                                      encoding="utf-8")                   # a merge conflict left in the manifest
    assert store.current_serial(old) == 7 and serial.next_serial(old, project_key().fingerprint) == 8
