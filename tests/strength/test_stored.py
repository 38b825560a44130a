"""The stored strength report (golden/STYRKE.json) and the evidence pack: the scores summed up from outcomes worked
out by hand, stored, stated in results.json and summary.md, and said plainly to be stale when the goldens change."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.golden import store
from harness.golden import strength as stored
from harness.strength.catalogue import Catalogue
from harness.strength.engine import Outcome, Settings
from harness.strength.mutant import Mutant
from harness.strength.report import headline, markdown, section

REPO = Path(__file__).resolve().parents[2]


def _m(ident: str, art: str = "juridisk", samme_som: str | None = None, hjemmel: str = "sygedagpengeloven § 30, stk. 1") -> Mutant:
    return Mutant(ident, "sygedagpenge", art, "taerskel" if art == "juridisk" else "ast_konstant", f"fejl {ident}",
                  "reference/ret.py", 10, "arbejdsgiver", hjemmel, "SDL-30-1-ARBEJDSGIVERPERIODE", "a <= b", "a < b",
                  samme_som=samme_som)


def _measured(golden_dir: Path) -> dict:
    """Five legal mutants — caught by 3 scenarios, caught by 1, caught by fuzzing only, equivalent, surviving — and
    two syntactic ones, one sharing the first legal mutant's source."""
    mutants = [_m("SDP-M-a"), _m("SDP-M-b"), _m("SDP-M-c"), _m("SDP-M-d", hjemmel="sygedagpengeloven § 24, stk. 1"),
               _m("SDP-M-e", hjemmel="sygedagpengeloven § 24, stk. 1"), _m("SDP-M-f", "syntaktisk"),
               _m("SDP-M-g", "syntaktisk", samme_som="SDP-M-a")]
    outcomes = {
        "SDP-M-a": Outcome("SDP-M-a", "draebt_scenarier", "scenarier", scenarier=["SDP-030-001", "SDP-030-002", "SDP-030-003"]),
        "SDP-M-b": Outcome("SDP-M-b", "draebt_scenarier", "scenarier", scenarier=["SDP-030-004"]),
        "SDP-M-c": Outcome("SDP-M-c", "draebt_fuzz", "fuzz", fuzz={"profil": "ci", "eksempler": 900, "fund": ["FUZZ-1"]}),
        "SDP-M-d": Outcome("SDP-M-d", "aekvivalent", "bulk", bulk={"sager": 100, "sammenlignet": 100, "forskelle": 0,
                                                                  "seed": 17, "naaet": True, "vidner": []}),
        "SDP-M-e": Outcome("SDP-M-e", "overlever", "bulk", bulk={"sager": 100, "sammenlignet": 100, "forskelle": 4, "seed": 17,
                                                                "naaet": True, "vidner": [{"n": 7, "seed": 17, "klasser": ["forkert_dato"],
                                                                                           "felter": ["varighed.sidste_betalingsdag"]}]}),
        "SDP-M-f": Outcome("SDP-M-f", "draebt_scenarier", "scenarier", scenarier=["SDP-030-001"]),
    }
    cat = Catalogue("sygedagpenge", mutants)
    return section(cat, outcomes, Settings(golden_dir=golden_dir, bulk=100), {"scenarier": 20.0}, 12.5, golden_dir)


def _save(golden_dir: Path, sections: dict) -> Path:
    """Store as `styrke --gem --key keys/projekt_ed25519` does: signed by the bundled (trusted) project key."""
    from harness.golden.signing import load_approvers
    from tests.suite import project_key
    return stored.save(sections, golden_dir, project_key(), load_approvers())


@pytest.fixture
def golden_dir(tmp_path):
    target = tmp_path / "golden"
    shutil.copytree(REPO / "golden", target, ignore=shutil.ignore_patterns(stored.STRENGTH_FILE))
    return target


def test_scores_are_summed_per_kind_of_operator(golden_dir):
    sec = _measured(golden_dir)
    assert sec["juridisk"] == {"i_alt": 5, "draebt_scenarier": 2, "draebt_fuzz": 1, "aekvivalente": 1,
                               "aekvivalente_ved_konstruktion": 0, "aekvivalente_ved_register": 0, "overlevende": 1,
                               "fejl": 0, "timeout": 0, "vurderet": 4, "score_scenarier": 0.5, "score_med_fuzz": 0.75}
    assert sec["syntaktisk"]["i_alt"] == 2 and sec["syntaktisk"]["draebt_scenarier"] == 2   # g shares a's outcome
    assert sec["fangst"] == {"1": 1, "2": 0, "3+": 1}
    assert [t["id"] for t in sec["tyndt_fanget"]] == ["SDP-M-b"]
    assert [s["id"] for s in sec["overlevende"]] == ["SDP-M-e"] and [e["id"] for e in sec["aekvivalente"]] == ["SDP-M-d"]
    assert [e["id"] for e in sec["kun_fanget_af_fuzz"]] == ["SDP-M-c"]
    assert sec["pr_paragraf"]["§ 24"] == {"i_alt": 2, "draebt_scenarier": 0, "draebt_fuzz": 0, "aekvivalente": 1,
                                          "overlevende": 1}
    assert headline("sygedagpenge", sec).startswith("sygedagpenge: scenarierne opdager 2 af 4 indlagte juridiske fejl (50,0 %)")
    text = markdown({"sygedagpenge": sec})
    assert "SDP-M-e" in text and "bulk_case(7, seed=17)" in text and "0 forskelle på 100 bulk-sager" in text


def test_stored_figures_are_valid_until_the_goldens_change_and_then_said_to_be_stale(golden_dir):
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    ev = stored.evidence(golden_dir, ["sygedagpenge", "kontanthjaelp"])
    sdp, kh = ev["ydelser"]["sygedagpenge"], ev["ydelser"]["kontanthjaelp"]
    assert sdp["status"] == "gyldig" and sdp["grunde"] == [] and sdp["juridisk"]["score_med_fuzz"] == 0.75
    assert [s["id"] for s in sdp["overlevende"]] == ["SDP-M-e"]
    assert kh["status"] == "mangler"
    # a golden's title or provenance changed (re-approved, re-signed): what the suite tests is the same
    path = sorted((golden_dir / "sygedagpenge").glob("*.json"))[0]
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["titel"] = doc.get("titel", "") + " (ændret)"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    store.write_manifest(golden_dir)
    assert stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]["status"] == "gyldig"
    # a golden's expected decision changed (the manifest follows): the stored figures describe another bench
    doc["decision"]["udbetalt_i_alt"]["beloeb"] = "1.00"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    store.write_manifest(golden_dir)
    again = stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]
    assert again["status"] == "forældet" and "golden-sættet er ændret" in again["grunde"][0]


def test_the_evidence_pack_states_the_strength_and_when_it_is_stale(golden_dir, tmp_path):
    from harness.report import load_results, results_errors, terminal_summary
    from harness.runner import RunConfig, execute
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    run = execute(RunConfig(candidate="reference", golden_dir=golden_dir, ydelse="sygedagpenge", out=tmp_path / "r",
                            run_id="gyldig"))
    assert results_errors(run.results) == []
    assert run.results["styrke"]["ydelser"]["sygedagpenge"]["status"] == "gyldig"
    summary = (run.run_dir / "summary.md").read_text(encoding="utf-8")
    first, appendix = summary.split("\n---\n", 1)
    # the first pages: one short clause on the benefit's line under Omfang; the details in bilag J
    # the run had no fuzz stage: the figure with fuzzing is the measurement's, and the clause says the run did not
    # fuzz (red team r19 F6: read as the run's, it overstated what a shipped run catches)
    assert ("Styrke: Bænken fanger 2 af 4 indlagte juridiske fejl (50,0 %, med fuzzing 75,0 %\\*); overlevende: 1; "
            "gyldig.") in first and "\\* Målingens fuzzing: denne kørsel fuzzede ikke." in first
    assert "SDP-M-e" not in first and "FORÆLDET" not in summary and "bilag J" in first
    assert "## Bilag J. Bænkens styrke" in appendix and "- SDP-M-e (sygedagpengeloven § 24, stk. 1;" in appendix
    assert "Overlevende juridiske fejl pr. §: § 24: 1." in appendix
    assert run.results["styrke"]["ydelser"]["sygedagpenge"]["overlevende_pr_paragraf"] == {"§ 24": 1}
    html = (run.run_dir / "rapport.html").read_text(encoding="utf-8")
    assert 'id="styrke"' in html and 'id="bilag-j"' in html and "Bænken fanger 2 af 4" in html
    assert ("Styrke, sygedagpenge: Bænken fanger 2 af 4 indlagte juridiske fejl med scenarierne alene (50,0 %), 3 af 4 "
            "med fuzzing (ci; 75,0 %); overlevende: 1 (§ 24: 1). Status: gyldig") in terminal_summary(run.results)
    assert load_results(run.run_dir / "results.json")["styrke"]["sha256"] == store.sha256_file(stored.path(golden_dir))
    # signed with the published projekt key: valid, but the first pages say its signature proves nothing (red team r13)
    assert run.results["styrke"]["signeret_af"] == {"godkender": "projekt", "noegle": project_fingerprint(), "demo": True}
    assert "Målingen er signeret med en offentligt kendt demo-nøgle" in first
    assert "Målingen er signeret med en offentligt kendt demo-nøgle" in html

    doc = json.loads(stored.path(golden_dir).read_text(encoding="utf-8"))
    section = doc["ydelser"]["sygedagpenge"]
    section["noegler"]["parametre_sha256"] = "0" * 64   # measured (and signed) on other parameters
    _save(golden_dir, {"sygedagpenge": section})
    stale = execute(RunConfig(candidate="reference", golden_dir=golden_dir, ydelse="sygedagpenge", out=tmp_path / "r",
                              run_id="foraeldet"))
    first, appendix = (stale.run_dir / "summary.md").read_text(encoding="utf-8").split("\n---\n", 1)
    assert "overlevende: 1; FORÆLDET." in first
    assert "Status: **FORÆLDET** — lovparametrene er ændret siden målingen. Mål (igen) med" in appendix
    terminal = terminal_summary(stale.results)
    assert "Status: FORÆLDET — lovparametrene er ændret siden målingen" in terminal
    assert "ydelsestjek styrke --gem --key NØGLE --ydelse sygedagpenge" in terminal
    assert stale.results["styrke"]["ydelser"]["sygedagpenge"]["status"] == "forældet"


def project_fingerprint() -> str:
    from tests.suite import project_key
    return project_key().fingerprint


def test_a_measurement_signed_by_an_own_key_carries_no_demo_note(golden_dir, tmp_path):
    from harness.golden import signing
    from harness.report.strength import strength_front_note
    from tests.golden.test_workflow import approvers, make_approver
    own = make_approver(tmp_path, "jurist")
    stored.save({"sygedagpenge": _measured(golden_dir)}, golden_dir, own, approvers(tmp_path))
    ev = stored.evidence(golden_dir, ["sygedagpenge"], approvers=tmp_path / "godkendere.yaml")
    assert ev["ydelser"]["sygedagpenge"]["status"] == "gyldig"
    assert ev["signeret_af"] == {"godkender": "jurist", "noegle": own.fingerprint, "demo": False}
    assert "demo-nøgle" not in " ".join(strength_front_note({"styrke": ev}))
    # the same file checked against the shipped approvers (the projekt key only) is not trusted: no signer stated
    shipped = stored.evidence(golden_dir, ["sygedagpenge"], approvers=signing.DEFAULT_APPROVERS)
    assert "signeret_af" not in shipped and shipped["ydelser"]["sygedagpenge"]["status"] == "forældet"


def test_under_the_shipped_policy_a_stale_or_missing_strength_is_no_go(golden_dir, tmp_path):
    """Red team round 8 added a 2027 rate, marked confirmed, to a parameter file: the goldens stayed valid (none
    reaches 2027), the run was GO, and only the strength line said FORÆLDET. Under the shipped policy
    (bench_strength_valid) a judged benefit whose strength is not valid is a reason against, and a benefit with no
    measured strength too; the verdict computed again from the pack keeps the reason."""
    from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
    from harness.report.verdict import recompute
    from harness.runner import RunConfig, execute

    def reasons(run_id: str) -> tuple[list[str], dict]:
        run = execute(RunConfig(candidate="reference", golden_dir=golden_dir, ydelse="sygedagpenge", out=None,
                                run_id=run_id, policy=DEFAULT_ROLLOUT_POLICY, sample_cases=0, negative=False))
        return [r for r in run.results["gate"]["reasons"] if r.startswith("bænkens styrke")], run.results

    missing, _ = reasons("mangler")
    assert missing and "bænkens styrke for sygedagpenge er mangler" in missing[0]
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    valid, _ = reasons("gyldig")
    assert valid == []
    doc = json.loads(stored.path(golden_dir).read_text(encoding="utf-8"))
    section = doc["ydelser"]["sygedagpenge"]
    section["noegler"]["parametre_sha256"] = "0" * 64   # measured (and signed) on other parameters
    _save(golden_dir, {"sygedagpenge": section})
    stale, results = reasons("foraeldet")
    assert stale and "er forældet (lovparametrene er ændret siden målingen" in stale[0]
    assert results["gate"]["verdict"] == "NO-GO"
    again, _ = recompute(results)
    assert [r for r in again["gate"]["reasons"] if r.startswith("bænkens styrke")] == stale


def test_status_command_and_usage_errors(golden_dir):
    from harness.cli import app
    runner = CliRunner()
    missing = runner.invoke(app, ["styrke", "--status", "--golden-dir", str(golden_dir), "--ydelse", "sygedagpenge"])
    assert missing.exit_code == 1 and "mangler" in missing.output
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    ok = runner.invoke(app, ["strength", "--status", "--golden-dir", str(golden_dir), "--ydelse", "sygedagpenge"])
    assert ok.exit_code == 0 and "gyldig" in ok.output and "2 af 4" in ok.output
    for args, needle in ((["--gem", "--max", "3"], "--gem"), (["--operator", "nope"], "--operator"),
                         (["--fuzz", "hurtig"], "--fuzz"), (["--ydelse", "ukendt"], "--ydelse")):
        bad = runner.invoke(app, ["styrke", "--golden-dir", str(golden_dir), *args])
        assert bad.exit_code == 2 and needle in bad.output, (args, bad.output)


def test_the_catalogue_can_be_listed(golden_dir):
    from harness.cli import app
    out = CliRunner().invoke(app, ["styrke", "--liste", "--ydelse", "sygedagpenge", "--operator", "fortolkning"])
    assert out.exit_code == 0
    lines = out.output.strip().splitlines()
    assert len(lines) >= 10 and all("\tfortolkning\t" in line and "FT-SDP-" in line for line in lines)


def test_figures_edited_by_hand_or_signed_by_an_untrusted_key_are_not_this_bench_s(golden_dir, tmp_path):
    """STYRKE.json is not in the signed manifest: it carries its own signature by a trusted approver's key, so a
    strength inflated by hand, or measured and signed by someone the approvers file does not trust, is never
    stated as valid."""
    from harness.golden import signing
    from harness.golden.signing import load_approvers
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    assert stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]["status"] == "gyldig"
    p = stored.path(golden_dir)
    doc = json.loads(p.read_text(encoding="utf-8"))
    doc["ydelser"]["sygedagpenge"]["juridisk"]["draebt_scenarier"] = 4          # 2 of 4 becomes 4 of 4
    doc["ydelser"]["sygedagpenge"]["juridisk"]["score_scenarier"] = 1.0
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    edited = stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]
    assert edited["status"] == "forældet" and "signatur holder ikke" in edited["grunde"][0], edited["grunde"]
    del doc["signatur"]
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    unsigned = stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]
    assert unsigned["status"] == "forældet" and "ikke signeret" in unsigned["grunde"][0]
    # measuring another benefit signs the file again, but never the edited section with it
    doc["ydelser"]["sygedagpenge"]["juridisk"]["score_scenarier"] = 1.0
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _save(golden_dir, {"ressourceforloebsydelse": _measured(golden_dir)})
    assert set(json.loads(p.read_text(encoding="utf-8"))["ydelser"]) == {"ressourceforloebsydelse"}
    assert stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]["status"] == "mangler"
    _save(golden_dir, {"sygedagpenge": _measured(golden_dir)})
    doc = json.loads(p.read_text(encoding="utf-8"))
    assert set(doc["ydelser"]) == {"ressourceforloebsydelse", "sygedagpenge"}       # a signed file keeps the others

    stranger = signing.generate(tmp_path / "fremmed", "fremmed")
    with pytest.raises(stored.StrengthFileError, match="not a trusted approver"):
        stored.save({"sygedagpenge": _measured(golden_dir)}, golden_dir, stranger, load_approvers())
    # even written with a valid signature of that key, the stored figures are not trusted
    doc["signatur"] = {"godkender": "fremmed", "noegle": stranger.fingerprint, "at": "2026-11-26T00:00:00+00:00"}
    doc["signatur"]["signatur"] = signing.sign(stored._payload(doc), stranger, signing.STRENGTH_NAMESPACE)
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    foreign = stored.evidence(golden_dir, ["sygedagpenge"])["ydelser"]["sygedagpenge"]
    assert foreign["status"] == "forældet" and "ikke er en betroet godkenders" in foreign["grunde"][0]

    from harness.cli import app
    res = CliRunner().invoke(app, ["styrke", "--golden-dir", str(golden_dir), "--ydelse", "sygedagpenge", "--gem",
                                   "--key", str(tmp_path / "fremmed")])
    assert res.exit_code == 2 and "not a trusted approver's key" in res.output
