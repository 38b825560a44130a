"""The golden workflow on a small scenario set in tmp_path: check, update and approve, and each failure mode."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from harness.authoring import golden as workflow
from harness.cli import app
from harness.golden import signing, store
from harness.reference import calculate as reference

FEATURE = """# language: da
@sdl-30
Egenskab: Arbejdsgiverperiode
  Baggrund:
    Givet en lønmodtager ansat siden 2023-01-01
    Og borgeren har arbejdet 74 timer hos arbejdsgiveren i de seneste 8 uger
    Og borgeren har arbejdet 160 timer om måneden i de seneste 6 måneder
    Og timefortjenesten er 120,00 kr. i timen før arbejdsmarkedsbidrag
    Og arbejdstiden er 37 timer om ugen
    Og første fraværsdag er 2024-04-01

  @id:SDP-030-901 @alvor:A
  Scenarie: Dag 31
    Givet sidste fraværsdag er 2024-05-01
    Når sagen afgøres
    Så betaler kommunen sygedagpenge fra 2024-05-01
    Og der er udbetalt 816,96 kr. i alt

  @alvor:B
  Abstrakt Scenario: Rækker
    Givet sidste fraværsdag er <sidste>
    Når sagen afgøres
    Så er arbejdsgiverperioden 2024-04-01 til 2024-04-30

    Eksempler:
      | id          | sidste     |
      | SDP-030-902 | 2024-05-02 |
"""
IDS = ["SDP-030-901", "SDP-030-902"]
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "scenarios" / "sygedagpenge").mkdir(parents=True)
    (tmp_path / "scenarios" / "sygedagpenge" / "arbejdsgiverperiode.feature").write_text(FEATURE, encoding="utf-8")
    (tmp_path / "golden").mkdir()
    make_approver(tmp_path, "jurist")
    return tmp_path


def make_approver(repo, name, listed=True):
    """A key pair under repo/keys/ and (if listed) its entry in repo/godkendere.yaml."""
    key = signing.generate(repo / "keys" / name, name)
    path = repo / "godkendere.yaml"
    entries = path.read_text(encoding="utf-8") if path.exists() else 'godkendere_version: "1.0"\ngodkendere:\n'
    if listed:
        entries += (f"  - navn: {name}\n    noegle: {signing.public_line(key.public)}\n"
                    f"    fingerprint: {key.fingerprint}\n")
    path.write_text(entries, encoding="utf-8")
    return key


def key(repo, name="jurist"):
    return signing.load_private_key(repo / "keys" / name)


def approvers(repo):
    return signing.load_approvers(repo / "godkendere.yaml")


def kw(repo, calculate=reference):
    return {"golden_root": repo / "golden", "scenario_root": repo / "scenarios", "calculate": calculate, "root": repo}


def approve(repo, ids=IDS, calculate=reference, **extra):
    return workflow.approve(ids, by="jurist", reason="håndberegnet", key=key(repo), approvers=approvers(repo),
                            golden_root=repo / "golden", scenario_root=repo / "scenarios", now=NOW,
                            calculate=calculate, root=repo, **extra)


def approved_set(repo):
    workflow.update(**kw(repo))
    approve(repo)
    return {p.name: p.read_bytes() for p in (repo / "golden" / "sygedagpenge").glob("*.json")}


def kinds(result):
    return sorted((p.kind, p.id) for p in result.problems)


def test_update_writes_proposals_only(repo):
    result = workflow.update(**kw(repo))
    assert sorted(result.written) == IDS
    names = sorted(p.name for p in (repo / "golden" / "sygedagpenge").iterdir())
    assert names == [f"{i}.pending.json" for i in IDS]
    assert not (repo / "golden" / store.MANIFEST).exists()
    assert json.loads((repo / "golden" / "sygedagpenge" / "SDP-030-901.pending.json").read_text())["approval"] is None


def test_check_fails_on_missing_and_unapproved(repo):
    store.write_manifest(repo / "golden")  # an empty but valid approved set
    assert kinds(workflow.check(**kw(repo))) == [("missing", "SDP-030-901"), ("missing", "SDP-030-902")]
    workflow.update(**kw(repo))
    result = workflow.check(**kw(repo))
    assert ("unapproved", "SDP-030-901") in kinds(result) and result.exit_code == 1


def test_approve_promotes_and_check_passes(repo):
    workflow.update(**kw(repo))
    written = approve(repo, kilde="haandberegnet")
    assert sorted(p.name for p in written) == [f"{i}.json" for i in IDS]
    assert not list((repo / "golden").glob("*/*.pending.json"))
    doc = json.loads(written[0].read_text(encoding="utf-8"))
    signature = doc["approval"].pop("signatur")
    assert doc["approval"] == {"by": "jurist", "at": "2026-11-23T10:00:00Z", "reason": "håndberegnet",
                               "godkender": "jurist", "noegle": key(repo).fingerprint, "signeret": "2026-11-23T10:00:00Z"}
    signing.verify(store.golden_payload(doc), signature, signing.GOLDEN_NAMESPACE, key(repo).public)
    assert "Scenarie: Dag 31" in doc["scenarie"] and "Baggrund:" in doc["scenarie"]
    doc["approval"]["signatur"] = signature
    assert doc["provenance"]["kilde"] == "haandberegnet" and "arbejdsgiverperiode.feature" in doc["provenance"]["note"]
    assert len(doc["provenance"]["parametre_sha256"]) == 64
    assert written[0].read_text(encoding="utf-8") == workflow.dump(doc)
    assert store.integrity_problems(repo / "golden", approvers(repo)) == []
    result = workflow.check(**kw(repo), approvers=approvers(repo))
    assert result.problems == [] and result.exit_code == 0 and result.checked == 2
    assert result.golden_set.manifest_signer == {"navn": "jurist", "fingerprint": key(repo).fingerprint, "demo": False}


def test_tampered_golden_is_refused_naming_the_file(repo):
    approved_set(repo)
    path = repo / "golden" / "sygedagpenge" / "SDP-030-901.json"
    path.write_text(path.read_text(encoding="utf-8").replace("816.96", "900.00"), encoding="utf-8")
    result = workflow.check(**kw(repo))
    assert result.exit_code == 2
    assert any("SDP-030-901.json" in p and "sha256" in p for p in result.integrity)
    with pytest.raises(store.GoldenIntegrityError):
        store.load_goldens(repo / "golden")
    with pytest.raises(workflow.ApprovalError):
        approve(repo)


def test_unused_golden(repo):
    from tests.suite import sign_set
    approved_set(repo)
    doc = json.loads((repo / "golden" / "sygedagpenge" / "SDP-030-901.json").read_text(encoding="utf-8"))
    (repo / "golden" / "sygedagpenge" / "SDP-030-999.json").write_text(json.dumps(doc | {"id": "SDP-030-999"}))
    sign_set(repo / "golden", key(repo), repo / "godkendere.yaml")
    assert ("unused", "SDP-030-999") in kinds(workflow.check(**kw(repo), approvers=approvers(repo)))


def test_stale_when_the_scenario_changes(repo):
    approved_set(repo)
    feature = repo / "scenarios" / "sygedagpenge" / "arbejdsgiverperiode.feature"
    feature.write_text(FEATURE.replace("2024-05-02", "2024-05-03"), encoding="utf-8")
    result = workflow.check(**kw(repo))
    stale = [p for p in result.problems if p.kind == "stale"]
    assert [p.id for p in stale] == ["SDP-030-902"]
    assert "sagen fravær: sidste fraværsdag 2024-05-02 → 2024-05-03" in stale[0].message


def changed_reference(case):
    decision = copy.deepcopy(reference(case))
    decision["udbetalt_i_alt"]["beloeb"] = "1.00"
    return decision


def test_stale_when_the_reference_changes_and_update_never_touches_approved(repo):
    before = approved_set(repo)
    result = workflow.check(**kw(repo, changed_reference))
    assert sorted(p.id for p in result.problems if p.kind == "stale") == IDS
    upd = workflow.update(**kw(repo, changed_reference))
    assert "afgørelsen udbetalt i alt: beløb 816,96 kr. → 1,00 kr." in upd.written["SDP-030-901"]
    after = {p.name: p.read_bytes() for p in (repo / "golden" / "sygedagpenge").glob("*.json")
             if not p.name.endswith(".pending.json")}
    assert after == before
    assert (repo / "golden" / "sygedagpenge" / "SDP-030-901.pending.json").exists()


def test_approve_refuses_a_decision_that_contradicts_the_then_steps(repo):
    workflow.update(**kw(repo, changed_reference))
    with pytest.raises(workflow.ApprovalError) as err:
        approve(repo, calculate=changed_reference)
    assert "SDP-030-901" in str(err.value) and "udbetalte i alt er 1,00 kr." in str(err.value)
    assert not list((repo / "golden" / "sygedagpenge").glob("SDP-*[0-9].json"))
    assert not (repo / "golden" / store.MANIFEST).exists()


def test_approve_needs_a_reason_a_proposal_and_a_trusted_key(repo):
    workflow.update(**kw(repo))
    with pytest.raises(workflow.ApprovalError, match="--reason"):
        workflow.approve(IDS, by="jurist", reason=" ", key=key(repo), approvers=approvers(repo),
                         golden_root=repo / "golden", scenario_root=repo / "scenarios")
    with pytest.raises(workflow.ApprovalError, match="intet forslag"):
        approve(repo, ids=["SDP-030-777"])
    stranger = make_approver(repo, "fremmed", listed=False)
    with pytest.raises(workflow.ApprovalError, match="ikke en godkender"):
        workflow.approve(IDS, by="fremmed", reason="x", key=stranger, approvers=approvers(repo),
                         golden_root=repo / "golden", scenario_root=repo / "scenarios")
    assert not list((repo / "golden").glob("*/SDP-030-90?.json"))


def test_update_removes_a_proposal_the_approved_golden_already_matches(repo):
    approved_set(repo)
    workflow.update(**kw(repo, changed_reference))
    result = workflow.update(**kw(repo))
    assert sorted(result.removed) == IDS and result.unchanged == 2
    assert not list((repo / "golden").glob("*/*.pending.json"))


def test_cli_exit_codes(repo, monkeypatch):
    runner = CliRunner()
    dirs = ["--golden-dir", str(repo / "golden"), "--scenario-dir", str(repo / "scenarios")]
    trust = ["--approvers", str(repo / "godkendere.yaml")]
    assert runner.invoke(app, ["golden", "check", *dirs, *trust]).exit_code == 2  # no manifest yet
    assert runner.invoke(app, ["golden", "update", *dirs]).exit_code == 0
    monkeypatch.delenv(signing.KEY_ENV, raising=False)
    out = runner.invoke(app, ["golden", "approve", "--all-pending", "--reason", "ok", *dirs, *trust])
    assert out.exit_code == 2 and "--key" in out.output   # no key, nothing signed
    monkeypatch.setenv(signing.KEY_ENV, str(repo / "keys" / "jurist"))
    out = runner.invoke(app, ["golden", "approve", "--all-pending", "--reason", "ok", *dirs, *trust])
    assert out.exit_code == 0, out.output
    assert runner.invoke(app, ["golden", "check", *dirs, *trust]).exit_code == 0
    # the bundled approvers file does not trust the jurist's key
    res = runner.invoke(app, ["golden", "check", *dirs])
    assert res.exit_code == 2 and "not a trusted approver" in res.output
    (repo / "golden" / "sygedagpenge" / "SDP-030-902.json").unlink()
    res = runner.invoke(app, ["golden", "check", *dirs])
    assert res.exit_code == 2 and "SDP-030-902.json" in res.output


def test_approve_refuses_a_proposal_made_before_the_scenario_changed(repo):
    workflow.update(**kw(repo))
    feature = repo / "scenarios" / "sygedagpenge" / "arbejdsgiverperiode.feature"
    feature.write_text(FEATURE.replace("2024-05-02", "2024-05-03"), encoding="utf-8")
    with pytest.raises(workflow.ApprovalError, match="ældre udgave af scenariet"):
        approve(repo, ids=["SDP-030-902"])


def _unsigned(repo):
    """The approved set as it was before signing: no signature, no scenario text, manifest unsigned."""
    for path in (repo / "golden" / "sygedagpenge").glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["approval"] = {k: doc["approval"][k] for k in ("by", "at", "reason")}
        doc.pop("scenarie")
        doc["golden_version"] = "1.0"
        path.write_text(workflow.dump(doc), encoding="utf-8")
    store.write_manifest(repo / "golden")


def test_sign_migrates_unsigned_goldens_keeping_their_approval(repo):
    before = approved_set(repo)
    _unsigned(repo)
    problems = workflow.check(**kw(repo), approvers=approvers(repo)).integrity
    assert any("MANIFEST.json" in p and "not signed" in p for p in problems)
    assert any("SDP-030-901.json" in p and "not signed" in p for p in problems)
    result = workflow.sign(key(repo), approvers(repo), golden_root=repo / "golden", scenario_root=repo / "scenarios",
                           root=repo, now=NOW)
    assert sorted(result.signed) == IDS and result.kept == 0
    assert {p.name: p.read_bytes() for p in (repo / "golden" / "sygedagpenge").glob("*.json")} == before
    again = workflow.sign(key(repo), approvers(repo), golden_root=repo / "golden", scenario_root=repo / "scenarios",
                          root=repo, now=NOW)
    assert again.signed == [] and again.kept == 2
    assert workflow.check(**kw(repo), approvers=approvers(repo)).exit_code == 0


def test_sign_refuses_a_golden_that_no_longer_agrees_and_writes_nothing(repo):
    approved_set(repo)
    _unsigned(repo)
    path = repo / "golden" / "sygedagpenge" / "SDP-030-901.json"
    path.write_text(path.read_text(encoding="utf-8").replace("816.96", "900.00"), encoding="utf-8")
    store.write_manifest(repo / "golden")
    snapshot = {p.name: p.read_bytes() for p in (repo / "golden").rglob("*.json")}
    with pytest.raises(workflow.ApprovalError) as err:
        workflow.sign(key(repo), approvers(repo), golden_root=repo / "golden", scenario_root=repo / "scenarios",
                      root=repo)
    assert "SDP-030-901" in str(err.value) and "900,00 kr. → 816,96 kr." in str(err.value)   # golden → reference
    assert {p.name: p.read_bytes() for p in (repo / "golden").rglob("*.json")} == snapshot


def test_a_changed_scenario_text_makes_its_golden_stale(repo):
    approved_set(repo)
    feature = repo / "scenarios" / "sygedagpenge" / "arbejdsgiverperiode.feature"
    feature.write_text(FEATURE.replace("  Scenarie: Dag 31", "  Scenarie: Dag 31 (omdøbt)"), encoding="utf-8")
    result = workflow.check(**kw(repo))
    stale = {p.id: p.message for p in result.problems if p.kind == "stale"}
    assert list(stale) == ["SDP-030-901"]      # the other row's text did not change
    assert "scenariets tekst" in stale["SDP-030-901"] and "+  Scenarie: Dag 31 (omdøbt)" in stale["SDP-030-901"]


def test_keygen_and_an_export_that_ssh_keygen_verifies(repo, tmp_path):
    import shutil
    import subprocess
    runner = CliRunner()
    out = runner.invoke(app, ["golden", "keygen", str(tmp_path / "ny" / "noegle"), "--name", "Ny Godkender"])
    assert out.exit_code == 0, out.output
    made = signing.load_private_key(tmp_path / "ny" / "noegle")
    assert made.fingerprint in out.output and signing.public_line(made.public) in out.output
    assert (tmp_path / "ny" / "noegle").stat().st_mode & 0o077 == 0   # private key readable by its owner only
    again = runner.invoke(app, ["golden", "keygen", str(tmp_path / "ny" / "noegle"), "--name", "x"])
    assert again.exit_code == 2 and "never overwritten" in again.output
    approved_set(repo)
    res = runner.invoke(app, ["golden", "verify", "--golden-dir", str(repo / "golden"), "--approvers",
                              str(repo / "godkendere.yaml"), "--export", str(tmp_path / "eksport")])
    assert res.exit_code == 0 and "2 goldens signeret af jurist" in res.output, res.output
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is not installed; the export was written but not checked with OpenSSH")
    proc = subprocess.run(["sh", "verify.sh"], cwd=tmp_path / "eksport", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (proc.stdout + proc.stderr).count("Good ") == 3   # two goldens and the manifest
    signed_text = tmp_path / "eksport" / "SDP-030-901.signed"
    signed_text.write_bytes(signed_text.read_bytes().replace(b"816.96", b"900.00"))
    assert subprocess.run(["sh", "verify.sh"], cwd=tmp_path / "eksport", capture_output=True).returncode != 0


def export(repo, folder):
    return CliRunner().invoke(app, ["golden", "verify", "--golden-dir", str(repo / "golden"), "--approvers",
                                    str(repo / "godkendere.yaml"), "--export", str(folder)])


def test_export_refuses_a_file_a_folder_with_planted_links_and_one_others_can_write(repo, tmp_path):
    """Red team r13 F7: --export onto an existing file was a traceback; links planted in the folder (verify.sh,
    allowed_signers) were written through; a shared folder (/tmp/signaturer) was accepted whoever made it."""
    import os
    approved_set(repo)
    afile = tmp_path / "afile"
    afile.write_text("hello\n", encoding="utf-8")
    res = export(repo, afile)
    assert res.exit_code == 2 and "not a folder" in res.output and "Traceback" not in res.output, res.output
    assert afile.read_text(encoding="utf-8") == "hello\n"
    res = export(repo, afile / "under")                             # an OSError (a file as a parent folder)
    assert res.exit_code == 2 and "could not write the export" in res.output, res.output
    planted = tmp_path / "signaturer"
    planted.mkdir()
    victims = {"verify.sh": tmp_path / "victim.txt", "allowed_signers": tmp_path / "victim2.txt"}
    for name, victim in victims.items():
        victim.write_text("the auditor's own file\n", encoding="utf-8")
        (planted / name).symlink_to(victim)
    res = export(repo, planted)
    assert res.exit_code == 2 and "not empty" in res.output, res.output
    assert all(v.read_text(encoding="utf-8") == "the auditor's own file\n" for v in victims.values())
    shared = tmp_path / "delt"
    shared.mkdir()
    shared.chmod(0o1777)                                            # as /tmp: anyone may add a file
    res = export(repo, shared)
    assert res.exit_code == 2 and "others can write" in res.output and not any(shared.iterdir()), res.output
    if os.getuid() == 0:                                            # only root can give a folder away
        theirs = tmp_path / "andens"
        theirs.mkdir(mode=0o755)
        os.chown(theirs, 4711, -1)
        res = export(repo, theirs)
        assert res.exit_code == 2 and "another user" in res.output and not any(theirs.iterdir()), res.output
    own = tmp_path / "egen"
    own.mkdir(mode=0o700)                                           # as `mktemp -d` makes it
    res = export(repo, own)
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in own.iterdir()) == sorted(
        ["allowed_signers", "verify.sh", *(f"{i}.signed{s}" for i in [*IDS, "MANIFEST"] for s in ("", ".sig"))])


def test_export_replaces_a_link_at_a_files_name_never_writes_through_it(repo, tmp_path, monkeypatch):
    """Even past the folder check (a link appearing after it): each file is written whole and moved into place."""
    from harness.commands import golden as command
    approved_set(repo)
    folder = tmp_path / "eksport"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("the auditor's own file\n", encoding="utf-8")
    (folder / "verify.sh").symlink_to(victim)
    (folder / "SDP-030-901.signed").symlink_to(victim)
    monkeypatch.setattr(command, "_export_folder", lambda folder: None, raising=False)
    assert export(repo, folder).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "the auditor's own file\n"
    assert not (folder / "verify.sh").is_symlink() and (folder / "verify.sh").read_text().startswith("#!/bin/sh")
    assert not (folder / "SDP-030-901.signed").is_symlink()


def test_sign_after_a_merge_keeps_signed_goldens_and_rewrites_a_conflicted_manifest(repo):
    approved_set(repo)
    other = repo / "golden" / "sygedagpenge" / "SDP-030-902.json"
    kept = other.read_bytes()
    path = repo / "golden" / "sygedagpenge" / "SDP-030-901.json"
    doc = json.loads(path.read_text(encoding="utf-8"))            # approved on another branch, the old way
    doc["approval"] = {k: doc["approval"][k] for k in ("by", "at", "reason")}
    path.write_text(workflow.dump(doc), encoding="utf-8")
    (repo / "golden" / store.MANIFEST).write_text("<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n", encoding="utf-8")
    assert workflow.check(**kw(repo), approvers=approvers(repo)).exit_code == 2
    result = workflow.sign(key(repo), approvers(repo), golden_root=repo / "golden", scenario_root=repo / "scenarios",
                           root=repo, now=NOW)
    assert result.signed == ["SDP-030-901"] and result.kept == 1 and other.read_bytes() == kept
    assert workflow.check(**kw(repo), approvers=approvers(repo)).exit_code == 0


@pytest.mark.parametrize("edit", [
    lambda d: d["decision"].update(udbetalt_i_alt={**d["decision"]["udbetalt_i_alt"], "beloeb": "1.00"}),
    lambda d: d.update(obligatorisk=False),
    lambda d: d.update(alvor="C"),
    lambda d: d.update(tags=[*d["tags"], "@vejledende"]),
    lambda d: d.update(ekstra="felt"),
], ids=["amount", "not-mandatory", "severity", "tags", "extra-field"])
def test_approve_signs_the_recomputed_proposal_and_refuses_an_edited_one(repo, edit):
    """Red team round 12b F1: `approve` signed whatever an edited .pending.json held (another amount, the
    scenario made optional, a lower severity), with a note saying the fields were the reference's."""
    workflow.update(**kw(repo))
    pending = repo / "golden" / "sygedagpenge" / "SDP-030-901.pending.json"
    doc = json.loads(pending.read_text(encoding="utf-8"))
    edit(doc)
    pending.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(workflow.ApprovalError) as err:
        approve(repo)
    assert "SDP-030-901" in str(err.value) and "ikke det, scenariet og referencen giver nu" in str(err.value)
    assert "SDP-030-902" not in str(err.value)
    assert not list((repo / "golden" / "sygedagpenge").glob("SDP-*[0-9].json"))     # nothing signed


def test_update_and_approve_replace_a_planted_link_instead_of_writing_through_it(repo, tmp_path):
    """Red team round 12b F4: `golden update` wrote its proposal through a link planted at the proposal's name, and
    `approve` (in a folder without a manifest) the signed golden through one, overwriting files elsewhere."""
    victim = tmp_path / "offer.txt"
    victim.write_text("uberørt", encoding="utf-8")
    folder = repo / "golden" / "sygedagpenge"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "SDP-030-901.pending.json").symlink_to(victim)
    workflow.update(**kw(repo))
    assert victim.read_text(encoding="utf-8") == "uberørt"
    assert not (folder / "SDP-030-901.pending.json").is_symlink()
    (folder / "SDP-030-902.json").symlink_to(victim)
    approve(repo)
    assert victim.read_text(encoding="utf-8") == "uberørt"
    assert not (folder / "SDP-030-902.json").is_symlink()
