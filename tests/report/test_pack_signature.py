"""A signed evidence pack: `run --sign-key` and `sign-pack` write SIGNATUR.json, `verify-pack` states the verdict
only for a pack signed by a trusted approver and unchanged since, and refuses, naming the file, a pack whose case
was rewritten into a pass, whose signed verdict was edited, to which a file was added or from which one was
removed, that holds a link, or that was signed by a key the approvers file does not hold."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.golden import signing
from harness.reference import calculate
from harness.report.signatur import SIGNATURE_FILE, PackSignatureError, sign, verify
from tests.suite import write_suite

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
PROJEKT_KEY = ROOT / "keys" / "projekt_ed25519"


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[str, Path]:
    """Two signed packs from real runs: the reference on goldens it computed (GO) and the demo candidate (NO-GO)."""
    tmp = tmp_path_factory.mktemp("packs")
    golden = write_suite(tmp / "golden", calculate)
    out = {}
    for name, candidate, code in (("go", "reference", 0), ("nogo", "demo", 1)):
        res = runner.invoke(app, ["run", "--candidate", candidate, "--golden-dir", str(golden), "--out",
                                  str(tmp / "reports"), "--run-id", name, "--sign-key", str(PROJEKT_KEY)])
        assert res.exit_code == code, res.output
        assert "pakken er signeret med" in res.output
        out[name] = tmp / "reports" / name
    return out


@pytest.fixture
def pack(packs, tmp_path, request) -> Path:
    """A fresh copy of one of the signed packs (the test's parameter: go or nogo)."""
    target = tmp_path / request.param
    shutil.copytree(packs[request.param], target)
    return target


def _approvers() -> signing.Approvers:
    return signing.load_approvers(signing.DEFAULT_APPROVERS)


@pytest.mark.parametrize(("pack", "verdict", "code"), [("go", "GO", 0), ("nogo", "NO-GO", 1)], indirect=["pack"])
def test_a_signed_pack_verifies_with_its_verdict_and_signer(pack, verdict, code):
    got = verify(pack, _approvers())
    assert got.verdict == verdict and got.navn == "projekt" and got.demo is True
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == code, res.output
    assert res.output.startswith(f"{verdict} for sygedagpenge; kontanthjælp, ressourceforløbsydelse under "
                                 "jobafklaringsforløb ikke bedømt: pakken") and "demonøgle" in res.output
    assert got.ydelser == ("sygedagpenge",) and got.ikke_bedoemt == ("kontanthjælp", "ressourceforløbsydelse under "
                                                                     "jobafklaringsforløb")


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_verify_pack_names_the_candidate_the_run_and_the_policy(pack):
    """What the signed verdict is about (redteam 3: verify-pack-silent): the candidate and version, the run, the
    policy with its sha256, and that it asks no less than the shipped one."""
    results = json.loads((pack / "results.json").read_text(encoding="utf-8"))
    meta, rollout = results["candidate"]["metadata"], results["policy"]["rollout"]
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 0, res.output
    assert f"Kandidat: »{meta['system']}« version »{meta['version']}«" in res.output and "kørsel: go" in res.output
    assert f"Udrulningspolitik: »{rollout['name']}« (sha256 {rollout['sha256']})" in res.output
    weaker = rollout.get("weaker")          # the tests' default policy draws no sample (tests/conftest.py)
    assert ("ADVARSEL: stiller færre krav" if weaker else "stiller ikke færre krav") in res.output
    assert all(w in res.output for w in weaker)


def test_verify_pack_says_a_policy_asks_less_than_the_shipped_one_under_its_name_and_the_only_selection(tmp_path):
    """A GO under a policy that lets every deviation through but carries the shipped policy's name, of a --only
    selection, is not a plain GO at the check anyone runs before relying on a pack."""
    golden = write_suite(tmp_path / "golden", calculate)
    shipped = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    weak = tmp_path / "svag.yaml"
    weak.write_text(shipped.replace("negative_stage: true", "negative_stage: false"), encoding="utf-8")
    assert weak.read_text(encoding="utf-8") != shipped
    res = runner.invoke(app, ["run", "--candidate", "reference", "--golden-dir", str(golden), "--out",
                              str(tmp_path / "reports"), "--run-id", "KSD-2.5.0-godkendt", "--policy", str(weak),
                              "--only", "SDP-900-*", "--sign-key", str(PROJEKT_KEY)])
    assert "pakken er signeret med" in res.output, res.output
    res = runner.invoke(app, ["verify-pack", str(tmp_path / "reports" / "KSD-2.5.0-godkendt")])
    assert res.exit_code in (0, 1), res.output
    assert "Kandidat: »ydelsestjek-reference«" in res.output and "kørsel: KSD-2.5.0-godkendt" in res.output
    assert "ADVARSEL: stiller færre krav end standardpolitikken" in res.output
    assert "den negative fase (ugyldige sager) er slået fra" in res.output
    assert "kun de scenarier, --only valgte (SDP-900-*)" in res.output


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_case_rewritten_into_a_pass_is_refused(pack):
    results = json.loads((pack / "results.json").read_text(encoding="utf-8"))
    for case in results["cases"]:
        case.update(status="pass", deviations=[])
    results["gate"]["verdict"] = "GO"
    (pack / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 2
    assert "results.json: changed after signing" in res.output
    assert not res.output.startswith("GO")


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_an_edited_signed_verdict_breaks_the_signature(pack):
    path = pack / SIGNATURE_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["afgoerelse"] == "NO-GO"
    doc["afgoerelse"] = "GO"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(PackSignatureError, match="signature does not hold"):
        verify(pack, _approvers())


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_added_removed_and_replaced_files_are_each_named(pack):
    (pack / "summary.md").write_text("# GO\n", encoding="utf-8")
    (pack / "junit.xml").unlink()
    (pack / "deviations" / "note.json").write_text("{}", encoding="utf-8")
    with pytest.raises(PackSignatureError) as err:
        verify(pack, _approvers())
    assert set(err.value.problems) == {"summary.md: changed after signing", "junit.xml: removed after signing",
                                       "deviations/note.json: added after signing"}


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_a_link_in_the_pack_or_as_the_signature_is_refused(pack, tmp_path):
    outside = tmp_path / "elsewhere.md"
    outside.write_text("x", encoding="utf-8")
    (pack / "bilag.md").symlink_to(outside)
    with pytest.raises(PackSignatureError, match=r"bilag\.md: a symbolic link"):
        verify(pack, _approvers())
    (pack / "bilag.md").unlink()
    real = pack / SIGNATURE_FILE
    moved = tmp_path / "sig.json"
    real.rename(moved)
    real.symlink_to(moved)
    with pytest.raises(PackSignatureError, match="not a plain file"):
        verify(pack, _approvers())


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_an_untrusted_key_can_neither_sign_nor_pass(pack, tmp_path):
    stranger = signing.generate(tmp_path / "fremmed", "fremmed")
    with pytest.raises(PackSignatureError, match="not in the approvers file"):
        sign(pack, stranger, _approvers())
    res = runner.invoke(app, ["sign-pack", str(pack), "--key", str(tmp_path / "fremmed")])
    assert res.exit_code == 2 and "not in the approvers file" in res.output
    # a pack re-signed by the stranger, checked against approvers that trust only the stranger's key …
    own = tmp_path / "egne.yaml"
    own.write_text('godkendere_version: "1.0"\ngodkendere:\n  - navn: fremmed\n    noegle: '
                   f'"{signing.public_line(stranger.public)}"\n    fingerprint: "{stranger.fingerprint}"\n',
                   encoding="utf-8")
    assert sign(pack, stranger, signing.load_approvers(own)).exists()
    assert verify(pack, signing.load_approvers(own)).navn == "fremmed"
    # … does not pass with the project's approvers
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 2 and "not in the approvers file" in res.output


@pytest.mark.parametrize("pack", ["go"], indirect=True)
@pytest.mark.parametrize("content", [b"", b"not json", b'{"pakke_signatur_version": "1.0"}', b"[" * 5000,
                                     b'{"a": 1, "a": 2}'])
def test_a_malformed_signature_file_is_a_clear_refusal(pack, content):
    (pack / SIGNATURE_FILE).write_bytes(content)
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 2
    assert "SIGNATUR.json" in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_an_unsigned_pack_is_not_relied_on_and_signing_it_later_works(pack):
    (pack / SIGNATURE_FILE).unlink()
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 2 and "not signed" in res.output
    res = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert res.exit_code == 0, res.output
    assert runner.invoke(app, ["verify-pack", str(pack)]).exit_code == 0


def test_a_run_with_an_untrusted_key_stops_before_the_first_case(tmp_path):
    stranger = signing.generate(tmp_path / "fremmed", "fremmed")
    res = runner.invoke(app, ["run", "--candidate", "reference", "--out", str(tmp_path / "reports"), "--run-id", "x",
                              "--sign-key", str(tmp_path / "fremmed")])
    assert res.exit_code == 2 and stranger.fingerprint in res.output
    assert not (tmp_path / "reports" / "x").exists()


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_pack_whose_stored_verdict_disagrees_with_its_cases_is_not_signed(pack):
    (pack / SIGNATURE_FILE).unlink()
    results = json.loads((pack / "results.json").read_text(encoding="utf-8"))
    results["gate"]["verdict"] = "GO"
    (pack / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert res.exit_code == 2 and "not signed" in res.output and "results.json" in res.output
    assert not (pack / SIGNATURE_FILE).exists()


def test_a_missing_folder_is_named_as_such(tmp_path):
    res = runner.invoke(app, ["verify-pack", str(tmp_path / "findes-ikke")])
    assert res.exit_code == 2 and "not a run folder" in res.output


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_the_published_key_is_a_demo_key_whatever_the_approvers_file_calls_it(pack, tmp_path):
    """Red team round 8: the projekt key relabelled "Jurist, Kommune X" with `demo: false` passed verify-pack with no
    warning. Its private half is in this repository, so its signature proves nothing about who approved."""
    public = (ROOT / "keys" / "projekt_ed25519.pub").read_text(encoding="utf-8").split()
    key = signing.parse_public_line(" ".join(public[:2]))
    assert signing.fingerprint(key) in signing.PUBLISHED_KEYS
    relabelled = tmp_path / "godkendere.yaml"
    relabelled.write_text('godkendere_version: "1.0"\ngodkendere:\n  - navn: "Jurist, Kommune X"\n    noegle: '
                          f'"{" ".join(public[:2])}"\n    fingerprint: "{signing.fingerprint(key)}"\n    demo: false\n',
                          encoding="utf-8")
    got = verify(pack, signing.load_approvers(relabelled))
    assert got.navn == "Jurist, Kommune X" and got.demo is True
    res = runner.invoke(app, ["verify-pack", str(pack), "--approvers", str(relabelled)])
    assert res.exit_code == 0 and "demonøgle" in res.output, res.output


# --- red team round 11b F2: results.json edited before it is signed -------------------------------------------

def _all_passed(pack: Path) -> None:
    """The forger's edit: every case a pass, no deviation (the verdict is recomputed from these)."""
    path = pack / "results.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    for case in doc["cases"]:
        case["status"], case["deviations"] = "pass", []
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_results_json_edited_into_a_pass_is_neither_rendered_nor_signed(pack, tmp_path):
    from harness.report import run_seal
    assert run_seal.status(pack)[0] == run_seal.VALID
    _all_passed(pack)
    assert run_seal.status(pack)[0] == run_seal.CHANGED
    rendered = runner.invoke(app, ["report", str(pack), "--out", str(tmp_path / "igen")])
    assert rendered.exit_code == 2 and "seglet passer ikke" in rendered.output, rendered.output
    assert not (tmp_path / "igen" / "summary.md").exists()
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert signed.exit_code == 2 and "results.json" in signed.output, signed.output
    with pytest.raises(PackSignatureError):
        sign(pack, signing.load_private_key(PROJEKT_KEY), _approvers())


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_pack_whose_seal_was_removed_is_not_signed(pack):
    _all_passed(pack)
    (pack / "results.json.seal").unlink()
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert signed.exit_code == 2 and "results.json.seal mangler" in signed.output, signed.output


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_seal_file_naming_a_made_up_key_is_a_replaced_seal_where_the_run_was_made(pack, tmp_path):
    """Red team round 12 F1: results.json edited into a pass and its seal file replaced by one naming another key
    made the seal check a warning: `report` rendered GO and `sign-pack` signed it. The folder's run.json is sealed
    under this user's key, so the run was made here and its seal must be this key's."""
    from harness.report import run_seal
    _all_passed(pack)
    (pack / "results.json.seal").write_text(json.dumps({"hmac_sha256": "0" * 64, "noegle_id": "deadbeefdeadbeef"}),
                                            encoding="utf-8")
    state, why = run_seal.status(pack)
    assert state == run_seal.CHANGED and "kørslen er lavet her" in why
    rendered = runner.invoke(app, ["report", str(pack)])
    assert rendered.exit_code == 2 and "kørslen er lavet her" in rendered.output, rendered.output
    for extra in ([], ["--allow-unchecked-seal"]):
        signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY), *extra])
        assert signed.exit_code == 2 and "seglet nævner en anden nøgle" in signed.output, signed.output
    assert not (pack / SIGNATURE_FILE).exists() or json.loads((pack / SIGNATURE_FILE).read_text("utf-8"))[
        "afgoerelse"] == "NO-GO"




@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_another_machines_own_key_does_not_make_a_foreign_pack_changed(pack, tmp_path, monkeypatch):
    """A reviewer who has run the bench has a sealing key of their own; the pack's run.json is not sealed under it,
    so the pack is one the reviewer cannot check (not one that was changed)."""
    from harness import seal
    from harness.report import run_seal
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "anden-maskine"))
    assert seal.key(create=True) is not None
    assert run_seal.status(pack)[0] == run_seal.UNCHECKED


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_a_pack_signed_where_its_seal_cannot_be_checked_says_so_at_verify(pack, tmp_path, monkeypatch):
    """A reviewer on another machine holds another sealing key: sign-pack refuses unless told to sign anyway, and
    then the signature records that the run's seal was not checked; verify-pack says so before anything else."""
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "anden-maskine"))
    refused = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert refused.exit_code == 2 and "--allow-unchecked-seal" in refused.output, refused.output
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY), "--allow-unchecked-seal"])
    assert signed.exit_code == 0, signed.output
    verified = runner.invoke(app, ["verify-pack", str(pack)])        # red team round 13 F4: first, and not exit 0
    assert verified.exit_code == 2, verified.output
    assert verified.output.startswith("ADVARSEL: results.json er forseglet af en anden bruger eller maskine")
    assert "--accept-unchecked-seal" in verified.output
    accepted = runner.invoke(app, ["verify-pack", str(pack), "--accept-unchecked-seal"])
    assert accepted.exit_code == 0, accepted.output
    assert accepted.output.startswith("ADVARSEL: results.json er forseglet af en anden bruger eller maskine")
    assert accepted.output.splitlines()[1].startswith("GO for sygedagpenge; ") and ": pakken go er intakt" in accepted.output


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_signing_renders_the_verdict_files_again_from_the_checked_results(pack):
    """Red team round 12b F2: a process the candidate left behind rewrote summary.md and rapport.html of a NO-GO run
    to say GO after the run; sign-pack signed them, and the signed summary said GO."""
    (pack / SIGNATURE_FILE).unlink()
    for name in ("summary.md", "rapport.html", "junit.xml"):
        (pack / name).write_text("Afgørelse: GO — godkendt til udrulning\n", encoding="utf-8")
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert signed.exit_code == 0, signed.output
    summary = (pack / "summary.md").read_text(encoding="utf-8")
    assert "NO-GO" in summary and "godkendt til udrulning" not in summary.replace("ikke godkendt til udrulning", "")
    assert "NO-GO" in (pack / "rapport.html").read_text(encoding="utf-8")
    assert "<testsuite" in (pack / "junit.xml").read_text(encoding="utf-8")
    verified = runner.invoke(app, ["verify-pack", str(pack)])
    assert verified.exit_code == 1 and "NO-GO" in verified.output, verified.output


# --- red team round 13 F3: sign-pack signed whatever else was in the run folder ---------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it: a process of its own (the state folder and policy of tests/conftest.py)."""
    return subprocess.run([sys.executable, "-m", "harness.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _unsigned(pack: Path) -> Path:
    (pack / SIGNATURE_FILE).unlink()
    return pack


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_page_of_ones_own_in_the_run_folder_is_not_signed(pack):
    """The attacker's 00-STYRESGRUPPE.md saying GO, beside a NO-GO run's own pages, was signed with them and
    verify-pack called the pack intact. Any file the run does not write is refused, named, and nothing is signed."""
    _unsigned(pack)
    (pack / "00-STYRESGRUPPE.md").write_text("# Udrulningsgodkendelse\n\n**Afgørelse: GO — godkendt til udrulning**\n",
                                             encoding="utf-8")
    (pack / "deviations" / "SDP-900-001_ingen_afvigelse.json").write_text("{}\n", encoding="utf-8")
    (pack / "bilag").mkdir()
    (pack / "bilag" / "godkendelse.md").write_text("GO\n", encoding="utf-8")
    signed = _cli("sign-pack", str(pack), "--key", str(PROJEKT_KEY))
    assert signed.returncode == 2, signed.stdout + signed.stderr
    for name in ("00-STYRESGRUPPE.md", "deviations/SDP-900-001_ingen_afvigelse.json", "bilag/godkendelse.md"):
        assert f"{name}: not a file the run writes" in signed.stderr, signed.stderr
    assert not (pack / SIGNATURE_FILE).exists()
    (pack / "00-STYRESGRUPPE.md").unlink()
    (pack / "deviations" / "SDP-900-001_ingen_afvigelse.json").unlink()
    shutil.rmtree(pack / "bilag")
    assert _cli("sign-pack", str(pack), "--key", str(PROJEKT_KEY)).returncode == 0
    assert _cli("verify-pack", str(pack)).returncode == 1


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_deviation_files_and_answers_rewritten_before_signing_are_rendered_again_from_results_json(pack):
    """Every deviations/<deviation>.json rewritten to "0 felt(er) afviger" (the candidate's value made the
    reference's) and every kept answer emptied were signed as they stood. Signing renders them again from the
    checked results.json, as the run wrote them."""
    _unsigned(pack)
    before = _files(pack / "deviations")
    answers = [n for n in before if n.endswith(".svar.json")]
    changed = [n for n in before if not n.endswith((".svar.json", ".sag.json"))]
    assert answers and changed
    for name in before:
        path = pack / "deviations" / name
        if name.endswith(".svar.json"):
            path.write_text("{}\n", encoding="utf-8")
        elif name in changed:
            doc = json.loads(path.read_text(encoding="utf-8"))
            for field in doc["felter"]:
                field["faktisk"] = field.get("forventet")
            doc["besked"] = "0 felt(er) afviger"
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    signed = _cli("sign-pack", str(pack), "--key", str(PROJEKT_KEY))
    assert signed.returncode == 0, signed.stderr
    assert _files(pack / "deviations") == before
    verified = _cli("verify-pack", str(pack))
    assert verified.returncode == 1 and verified.stdout.startswith("NO-GO"), verified.stdout + verified.stderr


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_case_log_rewritten_into_passes_is_not_signed(pack):
    """results.jsonl, the run's case log, rewritten so that every deviating case reads as a pass: its seal chain
    no longer holds, and sign-pack refuses it, naming the line."""
    _unsigned(pack)
    lines = []
    for line in (pack / "results.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["status"] in ("deviation", "errored"):
            rec["status"], rec["deviations"] = "pass", []
        lines.append(json.dumps(rec, ensure_ascii=False))
    assert lines != (pack / "results.jsonl").read_text(encoding="utf-8").splitlines()
    (pack / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    signed = _cli("sign-pack", str(pack), "--key", str(PROJEKT_KEY))
    assert signed.returncode == 2, signed.stdout + signed.stderr
    assert "results.jsonl: line" in signed.stderr and "does not match its seal" in signed.stderr, signed.stderr
    assert not (pack / SIGNATURE_FILE).exists()


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_case_log_that_says_otherwise_than_results_json_is_not_signed_where_the_seal_cannot_be_checked(
        pack, tmp_path, monkeypatch):
    """On a reviewer's machine the seal chain cannot be checked, but the case log must still say what results.json
    says: a log rewritten into passes (seals and all) is refused, also with --allow-unchecked-seal."""
    _unsigned(pack)
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "anden-maskine"))
    lines = [json.loads(line) for line in (pack / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in lines:
        rec["status"], rec["deviations"] = "pass", []
    (pack / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY), "--allow-unchecked-seal"])
    assert signed.exit_code == 2, signed.output
    assert "results.jsonl: its cases say otherwise than results.json's" in signed.output


def test_an_answer_kept_only_in_deviations_is_checked_against_the_sha256_results_json_records(tmp_path, monkeypatch):
    """A candidate's answer past results.json's budget is only in deviations/<case>.svar.json (results.json holds a
    marker with its sha256), so it cannot be rendered again: signing keeps it whole, and refuses an emptied one,
    named."""
    from harness.report import evidence
    monkeypatch.setattr(evidence, "ANSWERS_INLINE_TOTAL", 0)       # every answer a marker
    golden = write_suite(tmp_path / "golden", calculate)
    res = runner.invoke(app, ["run", "--candidate", "demo", "--golden-dir", str(golden), "--out",
                              str(tmp_path / "reports"), "--run-id", "kept", "--no-negative"])
    assert res.exit_code == 1, res.output
    pack = tmp_path / "reports" / "kept"
    results = json.loads((pack / "results.json").read_text(encoding="utf-8"))
    marked = [c for c in results["cases"] if str(c.get("answer", "")).startswith(evidence.ANSWER_MARKER)]
    assert marked
    original = _files(pack)
    first = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert first.exit_code == 0, first.output
    assert {k: v for k, v in _files(pack).items() if k != SIGNATURE_FILE} == original   # nothing lost in signing
    answer = f"deviations/{evidence.deviation_filename(marked[0]['id'] + '.svar')}"
    (pack / answer).write_text("{}\n", encoding="utf-8")
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY)])
    assert signed.exit_code == 2, signed.output
    assert f"{answer}: changed after the run wrote it" in signed.output
    assert runner.invoke(app, ["verify-pack", str(pack)]).exit_code == 2     # the earlier signature no longer holds


def test_a_deviation_whose_fields_results_json_cuts_records_the_sha256_of_its_file(tmp_path, monkeypatch):
    """A deviation with more listed fields than results.json keeps is whole only in deviations/<deviation>.json;
    results.json's note now records that file's sha256, so the evidence writer keeps it (never renders the cut
    copy over it) and signing can check it."""
    import hashlib

    from harness.report import evidence
    monkeypatch.setattr(evidence, "DEVIATION_FIELDS_BYTES", 1)     # every deviation's fields cut in results.json
    golden = write_suite(tmp_path / "golden", calculate)
    res = runner.invoke(app, ["run", "--candidate", "demo", "--golden-dir", str(golden), "--out",
                              str(tmp_path / "reports"), "--run-id", "cut", "--no-negative"])
    assert res.exit_code == 1, res.output
    pack = tmp_path / "reports" / "cut"
    cut = {name: page for name, page in evidence.deviation_files(evidence.load_results(pack / "results.json")).items()
           if page.kept and not name.endswith(".svar.json")}
    assert cut
    for name, page in cut.items():
        data = (pack / "deviations" / name).read_bytes()
        assert page.sha256 == hashlib.sha256(data).hexdigest() and json.loads(data)["felter"]
    before = _files(pack / "deviations")
    assert runner.invoke(app, ["report", str(pack)]).exit_code == 1
    assert _files(pack / "deviations") == before



@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_verify_pack_refuses_a_pack_signed_with_files_that_say_otherwise_than_results_json(pack, monkeypatch):
    """A pack signed before sign-pack checked the folder (here: that check switched off, as in the version the red
    team used) with a page of the attacker's own, a deviation rewritten to "no deviation" and a case log of passes:
    verify-pack called it intact. It now refuses it, naming each file."""
    from harness.report import signatur
    _unsigned(pack)
    (pack / "00-STYRESGRUPPE.md").write_text("**Afgørelse: GO — godkendt til udrulning**\n", encoding="utf-8")
    deviation = next(p for p in sorted((pack / "deviations").glob("*.json")) if not p.name.endswith((".svar.json",
                                                                                                     ".sag.json")))
    doc = json.loads(deviation.read_text(encoding="utf-8"))
    for field in doc["felter"]:
        field["faktisk"] = field.get("forventet")
    deviation.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [json.loads(line) for line in (pack / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    for rec in lines:
        rec["status"], rec["deviations"] = "pass", []
    (pack / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    with monkeypatch.context() as m:
        m.setattr(signatur, "_only_the_runs_files", lambda *args: {}, raising=False)   # (absent before)
        sign(pack, signing.load_private_key(PROJEKT_KEY), _approvers())
    res = runner.invoke(app, ["verify-pack", str(pack)])
    assert res.exit_code == 2, res.output
    assert "00-STYRESGRUPPE.md: signed, but not a file the run writes" in res.output
    assert f"deviations/{deviation.name}: says otherwise than results.json" in res.output
    assert "results.jsonl: its cases say otherwise than results.json's" in res.output

# --- red team round 13 F4: r12 F1's fix bypassed by deleting run.json (or zeroing its seal) ----------------------

def _foreign_seal(pack: Path) -> None:
    (pack / "results.json.seal").write_text(json.dumps({"hmac_sha256": "0" * 64, "noegle_id": "deadbeefdeadbeef"}),
                                            encoding="utf-8")


def _zero_run_json_seal(pack: Path) -> None:
    doc = json.loads((pack / "run.json").read_text(encoding="utf-8"))
    doc["seal"]["hmac_sha256"] = "0" * 64
    (pack / "run.json").write_text(json.dumps(doc), encoding="utf-8")


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
@pytest.mark.parametrize("run_json", ["deleted", "seal zeroed"])
def test_a_replaced_seal_is_refused_where_results_jsonl_shows_the_run_was_made_here(pack, run_json):
    """r12's forgery (every case a pass, a seal naming a made-up key) plus `rm run.json`, or run.json's seal
    zeroed: `report` rendered GO with exit 0 and sign-pack signed with --allow-unchecked-seal, though every line of
    results.jsonl still verified under this user's key. Any of the run's sealed files shows where it was made."""
    from harness.report import run_seal
    _unsigned(pack)
    _all_passed(pack)
    _foreign_seal(pack)
    if run_json == "deleted":
        (pack / "run.json").unlink()
    else:
        _zero_run_json_seal(pack)
    state, why = run_seal.status(pack)
    assert state == run_seal.CHANGED and "kørslen er lavet her" in why
    rendered = _cli("report", str(pack))
    assert rendered.returncode == 2 and "kørslen er lavet her" in rendered.stderr, rendered.stdout + rendered.stderr
    for extra in ([], ["--allow-unchecked-seal"]):
        signed = _cli("sign-pack", str(pack), "--key", str(PROJEKT_KEY), *extra)
        assert signed.returncode == 2 and "seglet nævner en anden nøgle" in signed.stderr, signed.stderr
    assert not (pack / SIGNATURE_FILE).exists()


@pytest.mark.parametrize("pack", ["nogo"], indirect=True)
def test_a_seal_naming_another_key_beside_no_run_json_is_a_replaced_seal(pack):
    """With results.jsonl removed as well, nothing sealed is left to show where the run was made; but every run
    writes run.json, so a seal that cannot be checked beside none is refused as replaced, not signed when told."""
    from harness.report import run_seal
    _unsigned(pack)
    _all_passed(pack)
    _foreign_seal(pack)
    for name in ("run.json", "results.jsonl", "results.jsonl.seal"):
        (pack / name).unlink()
    state, why = run_seal.status(pack)
    assert state == run_seal.CHANGED and "run.json mangler" in why
    assert runner.invoke(app, ["report", str(pack)]).exit_code == 2
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY), "--allow-unchecked-seal"])
    assert signed.exit_code == 2 and "run.json mangler" in signed.output, signed.output


@pytest.mark.parametrize("pack", ["go"], indirect=True)
def test_a_page_rendered_from_an_unchecked_results_json_says_so_above_the_verdict(pack, tmp_path, monkeypatch):
    """Where the seal cannot be checked (here: another machine's key, which the seal and run.json do not verify
    under), `report` said so only on stderr; summary.md and rapport.html showed the verdict with no word of it. The
    warning now stands above the verdict on both first pages, and in the pages sign-pack signs."""
    monkeypatch.setenv("YDELSESTJEK_STATE_DIR", str(tmp_path / "anden-maskine"))
    rendered = runner.invoke(app, ["report", str(pack)])
    assert rendered.exit_code == 0, rendered.output
    for name, verdict in (("summary.md", "**Afgørelse: GO"), ("rapport.html", 'id="verdict">Afgørelse: GO')):
        page = (pack / name).read_text(encoding="utf-8")
        warning = page.find("ADVARSEL: results.json er forseglet af en anden bruger eller maskine")
        assert -1 < warning < page.index(verdict), name
    _unsigned(pack)
    signed = runner.invoke(app, ["sign-pack", str(pack), "--key", str(PROJEKT_KEY), "--allow-unchecked-seal"])
    assert signed.exit_code == 0, signed.output
    summary = (pack / "summary.md").read_text(encoding="utf-8")
    assert summary.index("ADVARSEL: results.json er forseglet") < summary.index("**Afgørelse: GO")
