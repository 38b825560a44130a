"""Data files an attacker can edit: goldens, the manifest, the rollout policy, the waiver register, the approvers
file, a case or results.json given on the command line. Each hostile file ends the command with exit 2 and a
message naming the file (and the line, where a line exists) before any case runs — never a traceback, never a GO;
and the demo's NO-GO cannot be turned into a GO by editing goldens and the manifest without a trusted approver's
key. (A run's own files — run.json, results.jsonl — are in test_hostile_files.py of the candidate work.)
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.demo.candidate import make_calculate
from harness.cli import app
from harness.golden import signing, store
from harness.golden.store import GOLDEN_DIR
from harness.reference import calculate as reference
from tests.suite import sign_set, write_suite

runner = CliRunner()
FAKE = "python:tests.fakes.fake_reference"
REPO = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).with_name("ydelsestjek")   # the real entry point, in a subprocess
demo_calculate = make_calculate(reference)


def run(tmp_path: Path, golden: Path, *extra: str, candidate: str = FAKE):
    res = runner.invoke(app, ["run", "--candidate", candidate, "--golden-dir", str(golden), "--out",
                              str(tmp_path / "reports"), "--today", "2026-11-23", *extra])
    assert "Traceback" not in res.output, res.output
    return res


def attacker(tmp_path: Path, name: str = "angriber", trusted: bool = False) -> tuple[signing.SigningKey, Path]:
    """A key pair, and an approvers file that lists it (trusted) or only the bundled approvers (not trusted)."""
    key = signing.generate(tmp_path / "keys" / name, name)
    approvers = tmp_path / f"godkendere-{name}.yaml"
    text = (REPO / "policies" / "godkendere.yaml").read_text(encoding="utf-8")
    if trusted:
        text += f"  - navn: {name}\n    noegle: {signing.public_line(key.public)}\n    fingerprint: {key.fingerprint}\n"
    approvers.write_text(text, encoding="utf-8")
    return key, approvers


def forge_to_demo(golden: Path) -> list[str]:
    """Every golden's decision replaced by the demo candidate's answer (what a vendor wanting GO would write);
    returns the ids whose decision changed."""
    changed = []
    for path in sorted(golden.glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        answer = demo_calculate(doc["case"])
        if "skipped" not in answer and answer != doc["decision"]:
            doc["decision"] = answer
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            changed.append(doc["id"])
    return changed


@pytest.fixture(scope="module")
def bundled_copy(tmp_path_factory) -> Path:
    """A pristine copy of the bundled, signed golden set (tests copy it again before editing)."""
    target = tmp_path_factory.mktemp("bundled") / "golden"
    shutil.copytree(GOLDEN_DIR, target)
    return target


@pytest.fixture
def golden(bundled_copy: Path, tmp_path: Path) -> Path:
    target = tmp_path / "golden"
    shutil.copytree(bundled_copy, target)
    return target


# --- the demo's NO-GO cannot be forged into a GO ---------------------------------------------------------------

def test_the_bundled_demo_is_no_go_and_its_goldens_verify(tmp_path, golden):
    res = run(tmp_path, golden, "--run-id", "demo", candidate="demo")
    assert res.exit_code == 1, res.output
    results = json.loads((tmp_path / "reports" / "demo" / "results.json").read_text(encoding="utf-8"))
    signers = results["golden"]["signaturer"]["goldens"]
    assert [(s["navn"], s["demo"]) for s in signers] == [("projekt", True)] and signers[0]["goldens"] > 250
    summary = (tmp_path / "reports" / "demo" / "summary.md").read_text(encoding="utf-8")
    assert signers[0]["fingerprint"] in summary and "demo-nøgle" in summary


def test_decisions_changed_with_the_manifest_but_without_a_trusted_signature_are_refused(tmp_path, golden):
    changed = forge_to_demo(golden)
    assert len(changed) > 50
    store.write_manifest(golden)                      # the manifest made consistent, as an attacker would
    res = run(tmp_path, golden, candidate="demo")
    assert res.exit_code == 2 and "GO —" not in res.output
    assert "MANIFEST.json: not signed" in res.output
    assert f"{changed[0]}.json: the signature of projekt" in res.output and "not valid" in res.output
    assert not (tmp_path / "reports").exists() or not list((tmp_path / "reports").glob("*/results.json"))


def test_a_forgery_signed_with_an_untrusted_key_is_refused(tmp_path, golden):
    changed = forge_to_demo(golden)
    key, untrusted = attacker(tmp_path)
    sign_set(golden, key, _listing(tmp_path, key))    # signed by a key the municipality does not trust
    for approvers in ([], ["--approvers", str(untrusted)]):
        res = run(tmp_path, golden, *approvers, candidate="demo")
        assert res.exit_code == 2, res.output
        assert f"{changed[0]}.json: signed with key '{key.fingerprint}', which is not a trusted approver" in res.output


def test_the_same_forgery_signed_by_a_trusted_key_would_pass_so_the_signature_is_what_stops_it(tmp_path, golden,
                                                                                              without_negative):
    """Not vacuous: the edited goldens do turn the demo's NO-GO into GO once a trusted approver signs them; the
    evidence pack then names that approver's key, and checking against the scenarios still catches it as stale."""
    changed = forge_to_demo(golden)
    key, trusted = attacker(tmp_path, "insider", trusted=True)
    sign_set(golden, key, trusted)
    # no negative stage: it finds DEMO-7 whatever the goldens say; the forgery is about the goldens
    res = run(tmp_path, golden, "--approvers", str(trusted), "--run-id", "forged", "--policy", str(without_negative),
              candidate="demo")
    assert res.exit_code == 0, res.output
    results = json.loads((tmp_path / "reports" / "forged" / "results.json").read_text(encoding="utf-8"))
    assert {s["fingerprint"] for s in results["golden"]["signaturer"]["goldens"]} == {key.fingerprint}
    assert key.fingerprint in (tmp_path / "reports" / "forged" / "summary.md").read_text(encoding="utf-8")
    stale = run(tmp_path, golden, "--approvers", str(trusted), "--scenario-dir", str(REPO / "scenarios"),
                candidate="demo")
    assert stale.exit_code == 2 and f"{changed[0]}.json: stale" in stale.output


def test_deleting_the_failing_goldens_is_refused(tmp_path, golden):
    failing = [p for p in golden.glob("*/*.json")
               if demo_calculate(json.loads(p.read_text(encoding="utf-8"))["case"]) !=
               json.loads(p.read_text(encoding="utf-8"))["decision"]]
    for path in failing:
        path.unlink()
    store.write_manifest(golden)
    res = run(tmp_path, golden, candidate="demo")
    assert res.exit_code == 2 and "MANIFEST.json: not signed" in res.output
    key, _ = attacker(tmp_path)
    store.write_manifest(golden, key, "angriber")
    res = run(tmp_path, golden, candidate="demo")
    assert res.exit_code == 2 and "MANIFEST.json: signed with key" in res.output and "not a trusted" in res.output


def test_an_edited_manifest_signature_block_is_refused(tmp_path, golden):
    doc = json.loads((golden / "MANIFEST.json").read_text(encoding="utf-8"))
    first = sorted(doc["files"])[0]
    del doc["files"][first]
    (golden / first).unlink()
    (golden / "MANIFEST.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")  # signature kept, files changed
    res = run(tmp_path, golden, candidate="demo")
    assert res.exit_code == 2 and "MANIFEST.json: the signature of projekt" in res.output


def test_a_signed_golden_replayed_under_another_id_is_refused(tmp_path, golden_dir):
    src = golden_dir / "sygedagpenge" / "SDP-900-001.json"
    shutil.copy(src, golden_dir / "sygedagpenge" / "SDP-900-002.json")   # a valid signature, the wrong file
    store.write_manifest(golden_dir, signing.load_private_key(REPO / "keys" / "projekt_ed25519"), "projekt")
    res = run(tmp_path, golden_dir)
    assert res.exit_code == 2
    assert "sygedagpenge/SDP-900-002.json: its id is 'SDP-900-001', but the file is named for 'SDP-900-002'" in res.output


# --- hostile golden folders: each is exit 2 naming the file ----------------------------------------------------

def _resign(golden: Path) -> None:
    """The manifest rewritten and signed with the bundled key (so only the planted problem remains)."""
    store.write_manifest(golden, signing.load_private_key(REPO / "keys" / "projekt_ed25519"), "projekt")


@pytest.mark.parametrize("name, content, expected", [
    ("not_utf8", b'{"id": "\xff"}', "not UTF-8 text"),
    ("duplicate", b'{"id": "SDP-900-009", "id": "x"}', "the key 'id' appears twice"),
    ("nan", b'{"id": "SDP-900-009", "decision": {"x": NaN}}', "NaN is not a number JSON allows"),
    ("deep", b'{"id": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested 5001 levels deep"),
    ("huge_number", b'{"id": 1e999}', "too large"),
    ("not_an_object", b"[1, 2, 3]", "expected a mapping with golden_version, id"),
    ("missing_fields", b'{"id": "SDP-900-009"}', "missing 'golden_version', 'ydelse', 'omraade', 'alvor'"),
])
def test_a_hostile_golden_file_is_exit_2_naming_it(tmp_path, golden_dir, name, content, expected):
    (golden_dir / "sygedagpenge" / "SDP-900-009.json").write_bytes(content)
    _resign(golden_dir)
    res = run(tmp_path, golden_dir)
    assert res.exit_code == 2, res.output
    assert "sygedagpenge/SDP-900-009.json" in res.output and expected in res.output


@pytest.mark.parametrize("name, content, expected", [
    ("not_json", b"{not json", "line 1, column 2: not valid JSON"),
    ("not_utf8", b'{"files": "\xfe"}', "not UTF-8 text"),
    ("duplicate", b'{"files": {}, "files": {}}', "the key 'files' appears twice"),
    ("nan", b'{"files": {"a": NaN}}', "NaN"),
    ("deep", b'{"files": ' + b"[" * 100 + b"]" * 100 + b"}", "nested 101 levels deep"),
    ("wrong_shape", b'{"files": ["sygedagpenge/SDP-900-001.json"]}', "line 1, files: expected a mapping of names"),
])
def test_a_hostile_manifest_is_exit_2_naming_it(tmp_path, golden_dir, name, content, expected):
    (golden_dir / "MANIFEST.json").write_bytes(content)
    res = run(tmp_path, golden_dir)
    assert res.exit_code == 2, res.output
    assert "MANIFEST.json" in res.output and expected in res.output


def test_unlisted_pending_misplaced_and_symlinked_files_are_named(tmp_path, golden_dir):
    outside = tmp_path / "outside.json"
    outside.write_text("{}", encoding="utf-8")
    (golden_dir / "sygedagpenge" / "SDP-900-077.json").symlink_to(outside)
    (golden_dir / "kontanthjaelp").mkdir()
    (golden_dir / "kontanthjaelp" / "link").symlink_to(golden_dir / "sygedagpenge")
    (golden_dir / "sygedagpenge" / "notes.txt").write_text("hej", encoding="utf-8")
    (golden_dir / "sygedagpenge" / "SDP-900-005.pending.json").write_text("{}", encoding="utf-8")
    doc = json.loads((golden_dir / "sygedagpenge" / "SDP-900-001.json").read_text(encoding="utf-8"))
    (golden_dir / "SDP-900-001.json").write_text(json.dumps(doc), encoding="utf-8")
    res = run(tmp_path, golden_dir)
    assert res.exit_code == 2, res.output
    for expected in ("sygedagpenge/SDP-900-077.json: a symbolic link that leads out of the golden folder",
                     "kontanthjaelp/link: a symbolic link", "sygedagpenge/notes.txt: not in the manifest",
                     "SDP-900-005.pending.json: unapproved", "SDP-900-001.json: not in the manifest"):
        assert expected in res.output, expected


def test_a_golden_in_the_wrong_benefit_folder_is_refused_even_when_signed(tmp_path, golden_dir):
    src = golden_dir / "sygedagpenge" / "SDP-900-001.json"
    (golden_dir / "kontanthjaelp").mkdir()
    src.rename(golden_dir / "kontanthjaelp" / "SDP-900-001.json")
    _resign(golden_dir)
    res = run(tmp_path, golden_dir)
    assert res.exit_code == 2
    assert "kontanthjaelp/SDP-900-001.json: its ydelse is 'sygedagpenge', but it lies in the folder 'kontanthjaelp'" \
        in res.output


def test_smoke_and_pytest_candidate_refuse_a_tampered_set(tmp_path, golden_dir, pytester):
    path = golden_dir / "sygedagpenge" / "SDP-900-001.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"alvor": "A"', '"alvor": "C"'), encoding="utf-8")
    store.write_manifest(golden_dir)
    smoke = runner.invoke(app, ["smoke", "--candidate", FAKE, "--golden-dir", str(golden_dir)])
    assert smoke.exit_code == 2 and "SDP-900-001.json" in smoke.output and "not valid" in smoke.output
    result = pytester.runpytest_inprocess("--candidate", FAKE, f"--golden-dir={golden_dir}", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "SDP-900-001.json" in "\n".join(result.errlines + result.outlines)


# --- hostile configuration files -----------------------------------------------------------------------------------

BOMB = "\n".join(["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
                 + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]) + "\n"


def _bomb_file(path: Path, head: str) -> Path:
    text = head + BOMB
    text += "#" * max(0, 1900 - len(text.encode())) + "\n"      # the 1.9 KB of the issue
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["--policy", "--waivers", "--approvers"])
def test_a_yaml_alias_bomb_is_refused_in_bounded_time_with_file_and_line(tmp_path, golden_dir, option):
    bomb = _bomb_file(tmp_path / "bomb.yaml", "")
    assert 1800 < bomb.stat().st_size < 2100
    proc = subprocess.run([str(EXE), "run", "--candidate", FAKE, "--golden-dir",
                           str(golden_dir), "--out", str(tmp_path / "r"), option, str(bomb)],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 2, proc.stderr
    assert f"{bomb}:" in proc.stderr and "line 1, column 4: anchors and aliases" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("entry, expected", [
    ("expires: 2026-31-12", "line 10, column 14: not valid YAML ('2026-31-12' is not a valid date"),
    ("expires: 2026-12-31T10:00:00", "line 10, waivers[0].expires: expected a date YYYY-MM-DD"),
    ("expires: 2026-12-31\n    system: [1, 2]", "line 11, waivers[0].system: expected a text or null, got [1, 2]"),
    ("expires: 2026-12-31\n    expires: 2027-12-31", "line 11, column 5: the key 'expires' appears twice"),
])
def test_a_hostile_waiver_entry_is_exit_2_with_file_and_line(tmp_path, golden_dir, entry, expected):
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text('waivers_version: "1.0"\nwaivers:\n  - id: W1\n    scenario: "SDP-900-*"\n    ticket: T-1\n'
                       '    owner: Leverandør\n    workaround: manuel kontrol\n    failure_class: forkert_beloeb\n'
                       f'    versions: ">=2.4"\n    {entry}\n', encoding="utf-8")
    res = run(tmp_path, golden_dir, "--waivers", str(waivers))
    assert res.exit_code == 2, res.output
    assert str(waivers) in res.output and expected in res.output, res.output


@pytest.mark.parametrize("content, expected", [
    (b'policy_version: "1.0"\nname: \xff\n', "line 2, column 7: not UTF-8 text"),
    (b'policy_version: "1.0"\nname: !!python/object/apply:os.system ["echo hi"]\n', "line 2, column 7: not valid YAML"),
    (b'policy_version: "1.0"\nname: x\nname: y\n', "line 3, column 1: the key 'name' appears twice"),
    (b"x: " + b"[" * 40 + b"]" * 40 + b"\n", "nested more than 32 levels deep"),
    (b"# " + b"x" * 1_100_000 + b"\n", "at most 1,000,000 are accepted"),
])
def test_a_hostile_policy_file_is_exit_2_with_file_and_line(tmp_path, golden_dir, content, expected):
    policy = tmp_path / "policy.yaml"
    policy.write_bytes(content)
    res = run(tmp_path, golden_dir, "--policy", str(policy))
    assert res.exit_code == 2, res.output
    assert str(policy) in res.output and expected in res.output, res.output


@pytest.mark.parametrize("edit, expected", [
    (lambda t: t.replace("fingerprint: SHA256:1JJ", "fingerprint: SHA256:XJJ"), "fingerprint: expected SHA256:1JJ"),
    (lambda t: t.replace("noegle: ssh-ed25519", "noegle: ssh-rsa"), "expected an Ed25519 public key"),
    (lambda t: t.replace("godkendere:\n", "godkendere: []\nx:\n"), "expected a non-empty list"),
    (lambda t: t + "  - navn: projekt igen\n    noegle: " + t.split("noegle: ")[1].split("\n")[0]
     + "\n    fingerprint: " + t.split("fingerprint: ")[1].split("\n")[0] + "\n", "the same key is listed"),
])
def test_a_hostile_approvers_file_is_exit_2_naming_it(tmp_path, golden_dir, edit, expected):
    approvers = tmp_path / "godkendere.yaml"
    approvers.write_text(edit((REPO / "policies" / "godkendere.yaml").read_text(encoding="utf-8")), encoding="utf-8")
    res = run(tmp_path, golden_dir, "--approvers", str(approvers))
    assert res.exit_code == 2, res.output
    assert str(approvers) in res.output and expected in res.output, res.output


# --- a results.json given to report, a case given to explain ---------------------------------------------------

def test_report_refuses_a_results_json_with_a_duplicate_key(tmp_path, golden_dir):
    """The recorded results are read through the hardened JSON reader: a second "verdict" key (which a lenient
    parser would silently take) is an error naming the file and line. (Recomputing the verdict is the candidate
    work's, harness/report/verdict.py on that branch.)"""
    res = run(tmp_path, golden_dir, "--run-id", "nogo", candidate="python:tests.fakes.demo_on_fake")
    assert res.exit_code == 1
    results_file = tmp_path / "reports" / "nogo" / "results.json"
    forged = tmp_path / "forged.json"
    forged.write_bytes(results_file.read_bytes().replace(b'"verdict":', b'"verdict": "GO", "verdict":', 1))
    res = runner.invoke(app, ["report", str(forged), "--out", str(tmp_path / "forged")])
    assert res.exit_code == 2 and "line 1, column" in res.output and "the key 'verdict' appears twice" in res.output
    assert not (tmp_path / "forged" / "summary.md").exists()


def test_a_hostile_case_file_through_explain_is_a_clear_error(tmp_path):
    for content, expected in ((b'{"ydelse": "sygedagpenge", "x": \xff}', "not UTF-8 text"),
                              (b"[" * 100_000 + b"]" * 100_000, "nested 100000 levels deep"),
                              (b'{"ydelse": "sygedagpenge", "ydelse": "kontanthjaelp"}', "appears twice"),
                              (b'{"ydelse": "sygedagpenge", "sags_id": NaN}', "NaN")):
        case = tmp_path / "sag.json"
        case.write_bytes(content)
        proc = subprocess.run([str(EXE), "explain", str(case)], capture_output=True,
                              text=True, timeout=120, cwd=REPO)
        assert proc.returncode == 2 and expected in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def _listing(tmp_path: Path, key: signing.SigningKey) -> Path:
    """An approvers file listing only `key`, for signing a set with it (the run is given another file)."""
    path = tmp_path / "signer-only.yaml"
    path.write_text(f'godkendere_version: "1.0"\ngodkendere:\n  - navn: angriber\n    noegle: '
                    f"{signing.public_line(key.public)}\n    fingerprint: {key.fingerprint}\n", encoding="utf-8")
    return path


def test_write_suite_is_signed_by_the_bundled_key(tmp_path):
    """The fixtures above start from a set that passes: the planted problem is the only one."""
    root = write_suite(tmp_path / "g", reference)
    found = store.scan(root, signing.load_approvers())
    assert found.problems == [] and len(found.goldens) == 6


def test_golden_update_names_an_unreadable_approved_golden(tmp_path):
    repo = tmp_path
    (repo / "scenarios" / "sygedagpenge").mkdir(parents=True)
    shutil.copy(REPO / "scenarios" / "sygedagpenge" / "arbejdsgiverperiode.feature", repo / "scenarios" / "sygedagpenge")
    (repo / "golden" / "sygedagpenge").mkdir(parents=True)
    (repo / "golden" / "sygedagpenge" / "SDP-030-001.json").write_bytes(b'{"id": "SDP-030-001", "id": 1}')
    res = runner.invoke(app, ["golden", "update", "--golden-dir", str(repo / "golden"), "--scenario-dir",
                              str(repo / "scenarios")])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert "SDP-030-001.json: line 1, column 1: the key 'id' appears twice" in res.output
    assert not (repo / "golden" / "sygedagpenge" / "SDP-030-001.pending.json").exists()


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("where", ["golden", "manifest", "policy"])
def test_a_named_pipe_in_place_of_a_file_is_refused_not_waited_on(tmp_path, golden_dir, where):
    import os
    target = {"golden": golden_dir / "sygedagpenge" / "SDP-900-001.json", "manifest": golden_dir / "MANIFEST.json",
              "policy": tmp_path / "policy.yaml"}[where]
    target.unlink(missing_ok=True)
    os.mkfifo(target)
    extra = ["--policy", str(target)] if where == "policy" else []
    proc = subprocess.run([str(EXE), "run", "--candidate", FAKE, "--golden-dir", str(golden_dir), "--out",
                           str(tmp_path / "r"), *extra], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "not a regular file" in proc.stderr and target.name in proc.stderr, proc.stderr
