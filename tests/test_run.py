"""The rollout-approval run end to end, through the CLI: exit codes, evidence pack, robustness."""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harness.cli import app
from harness.report import load_results
from tests.conftest import cmd_spec
from tests.suite import besides_the_selection

runner = CliRunner()
FAKE = "python:tests.fakes.fake_reference"
DEMO_ON_FAKE = "python:tests.fakes.demo_on_fake"


def run(*args: str):
    return runner.invoke(app, ["run", *args])


def run_in(tmp_path: Path, golden_dir: Path, candidate: str, *extra: str, run_id: str = "r"):
    res = run("--candidate", candidate, "--golden-dir", str(golden_dir), "--out", str(tmp_path / "reports"),
              "--run-id", run_id, "--today", "2026-11-23", *extra)
    return res, tmp_path / "reports" / run_id


def test_candidate_equal_to_goldens_is_go_with_zero_deviations(tmp_path, golden_dir):
    res, out = run_in(tmp_path, golden_dir, FAKE)
    assert res.exit_code == 0, res.output
    results = load_results(out / "results.json")          # validates against results.schema.json
    assert results["gate"]["verdict"] == "GO"
    assert results["summary"]["deviations"] == 0 and results["summary"]["pass"] == 6
    assert "GO — godkendt til udrulning" in res.output
    assert "fuzz" not in results and "Fuzzing" not in (out / "summary.md").read_text(encoding="utf-8")  # not run


@pytest.mark.parametrize("token", ["status", "deviation"])
def test_a_default_token_that_is_a_word_of_the_evidence_is_exit_2_before_any_case(tmp_path, golden_dir, token):
    """YDELSESTJEK_TOKEN is blanked out of everything, whatever the candidate: a value that is no secret is refused
    at the start, naming the variable (redteam 3: token-redaction-crash), not an internal error after a case."""
    res = runner.invoke(app, ["run", "--candidate", FAKE, "--golden-dir", str(golden_dir), "--out",
                              str(tmp_path / "reports"), "--run-id", "r"], env={"YDELSESTJEK_TOKEN": token})
    assert res.exit_code == 2, res.output
    assert "YDELSESTJEK_TOKEN" in res.output and "at least 16" in res.output and "internal error" not in res.output
    assert not (tmp_path / "reports" / "r").exists()


def test_evidence_pack_contents(tmp_path, golden_dir):
    res, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE)
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    assert results["candidate"]["metadata"]["system"] == "KSD-demo"
    assert results["golden"]["manifest_sha256"] == __import__("hashlib").sha256(
        (golden_dir / "MANIFEST.json").read_bytes()).hexdigest()
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(line["id"] for line in lines) == sorted(c["id"] for c in results["cases"])
    devs = [d for c in results["cases"] for d in c["deviations"]]
    files = sorted(p.name for p in (out / "deviations").iterdir())
    answers = sorted(c["id"] + ".svar.json" for c in results["cases"] if c["status"] == "deviation")
    generated = sorted(c["id"] + ".sag.json" for c in results["cases"] if "case" in c)   # the negative stage's cases
    assert generated and all(name.startswith("NEG-") for name in generated)
    assert files == sorted([d["id"].replace("/", "_") + ".json" for d in devs] + answers + generated)
    one = json.loads((out / "deviations" / "SDP-902-001_manglende_udbetaling.json").read_text(encoding="utf-8"))
    assert one["klasse"] == "manglende_udbetaling" and one["kandidat"]["system"] == "KSD-demo"
    svar = json.loads((out / "deviations" / one["svar_fil"]).read_text(encoding="utf-8"))
    assert svar["udbetalinger"] == [] and svar["sags_id"] == "S4"
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert ("**Afgørelse: NO-GO — ikke godkendt til udrulning af sygedagpenge; kontanthjælp og "
            "ressourceforløbsydelse under jobafklaringsforløb er ikke bedømt**") in summary
    assert "## Bilag B. Resultat pr. ydelse og retsområde" in summary and "| Sygedagpenge | ledige" in summary
    assert "manglende udbetaling" in summary
    section = summary.split("#### SDP-902-001/manglende_udbetaling")[1].split("###")[0]
    row = next(line for line in section.splitlines() if line.startswith("| udbetalt_i_alt.beloeb"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2] == "0.00" and re.fullmatch(r"\d+\.\d{2}", cells[1])     # money keeps two decimals in tables
    assert "Referencens begrundelse" in section and "sygedagpengeloven §" in section
    junit = ET.parse(out / "junit.xml").getroot()
    cases = {tc.get("name"): tc for tc in junit.iter("testcase")}
    assert set(cases) == {c["id"] for c in results["cases"]}
    failure = cases["SDP-902-001"].find("failure")
    assert "manglende udbetaling" in failure.get("message") and "§ 32" in failure.get("message")
    assert "udbetalt_i_alt.beloeb: forventet" in failure.text
    assert cases["SDP-904-001"].find("failure") is None


def test_report_rerenders_from_results_json(tmp_path, golden_dir):
    _, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE)
    original = (out / "summary.md").read_text(encoding="utf-8")
    res = runner.invoke(app, ["report", str(out / "results.json"), "--out", str(tmp_path / "again")])
    assert res.exit_code == 1
    assert (tmp_path / "again" / "summary.md").read_text(encoding="utf-8") == original
    assert (tmp_path / "again" / "junit.xml").read_bytes() == (out / "junit.xml").read_bytes()


def test_report_takes_the_run_folder_too_and_a_folder_elsewhere_is_a_clear_error(tmp_path, golden_dir):
    _, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE)
    res = runner.invoke(app, ["report", str(out), "--out", str(tmp_path / "again")])
    assert res.exit_code == 1 and (tmp_path / "again" / "summary.md").is_file()
    from harness.config_files import ConfigError, read_limited
    with pytest.raises(ConfigError, match="is a folder, expected a file"):
        read_limited(out, 1000)
    empty = tmp_path / "empty"
    empty.mkdir()
    res = runner.invoke(app, ["report", str(empty)])
    assert res.exit_code == 2 and "results.json: file not found" in res.output


def test_report_on_an_invalid_results_file_exits_2(tmp_path):
    bad = tmp_path / "results.json"
    bad.write_text(json.dumps({"results_version": "1.0"}), encoding="utf-8")
    res = runner.invoke(app, ["report", str(bad)])
    assert res.exit_code == 2 and "results.schema.json" in res.output


def test_tampered_golden_stops_the_run_with_exit_2_naming_the_file(tmp_path, golden_dir):
    path = golden_dir / "sygedagpenge" / "SDP-900-001.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["decision"]["udbetalt_i_alt"]["beloeb"] = "1.00"
    path.write_text(json.dumps(doc), encoding="utf-8")
    res, out = run_in(tmp_path, golden_dir, FAKE)
    assert res.exit_code == 2
    assert "sygedagpenge/SDP-900-001.json: sha256 differs from the manifest" in res.output
    assert not out.exists()


def test_tampered_golden_exit_code_through_the_real_entry_point(tmp_path, golden_dir):
    (golden_dir / "sygedagpenge" / "SDP-999-001.json").write_text("{}", encoding="utf-8")
    exe = Path(sys.executable).with_name("ydelsestjek")
    proc = subprocess.run([str(exe), "run", "--candidate", FAKE, "--golden-dir", str(golden_dir),
                           "--out", str(tmp_path / "reports")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "SDP-999-001.json: not in the manifest" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_crashing_hanging_and_garbage_candidate_gives_errored_results_and_a_complete_report(tmp_path, golden_dir):
    spec = cmd_spec("jsonl_candidate.py", "--crash", "S2", "--hang", "S3", "--garbage", "S4", "--invalid", "S5")
    res, out = run_in(tmp_path, golden_dir, spec, "--timeout", "1")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    by_id = {c["id"]: c for c in results["cases"]}
    assert by_id["SDP-900-002"]["status"] == "errored" and "exited" in by_id["SDP-900-002"]["reason"]
    assert by_id["SDP-901-001"]["status"] == "errored" and "timeout" in by_id["SDP-901-001"]["reason"]
    assert by_id["SDP-902-001"]["status"] == "errored" and "not JSON" in by_id["SDP-902-001"]["reason"]
    assert "ugyldigt_svar" in [d["klasse"] for d in by_id["SDP-903-001"]["deviations"]]
    assert by_id["SDP-900-001"]["status"] == "pass" and by_id["SDP-904-001"]["status"] == "pass"
    for gid in ("SDP-900-002", "SDP-901-001", "SDP-902-001"):
        assert [d["klasse"] for d in by_id[gid]["deviations"]] == ["fejl_timeout"]
    assert any("ikke gennemført" in r for r in results["gate"]["reasons"])
    assert (out / "summary.md").exists() and (out / "junit.xml").exists()
    junit = ET.parse(out / "junit.xml").getroot()
    assert sum(1 for tc in junit.iter("testcase") if tc.find("error") is not None) == 3


def test_candidate_that_does_not_start_gives_errored_results_and_no_go(tmp_path, golden_dir):
    res, out = run_in(tmp_path, golden_dir, cmd_spec("jsonl_candidate.py", "--no-start"))
    assert res.exit_code == 1
    results = load_results(out / "results.json")
    assert {c["status"] for c in results["cases"]} == {"errored"}
    assert "cannot open the rules database" in results["candidate"]["start_error"]


# a waiver's last day ahead of the machine's date: the waivers never count as of a day before it (harness/gate)
LAST_DAY = (dt.date.today() + dt.timedelta(days=30)).isoformat()
DAY_AFTER = (dt.date.today() + dt.timedelta(days=31)).isoformat()


def test_waiver_turns_the_B_deviation_into_a_pass_until_it_expires(tmp_path, golden_dir, without_negative):
    # only the B scenario SDP-901-001 (arbejdsgiverperiode) with the demo's one-day-late start
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(f"""waivers_version: "1.0"
waivers:
  - id: KD-17
    scenario: "SDP-901-*"
    system: "KSD-demo"
    versions: ">=2.4,<2.5"
    ticket: "https://vendor.example/KD-17"
    owner: "KSD-demo leverandør"
    workaround: "Sagsbehandler retter første betalingsdag manuelt"
    expires: {LAST_DAY}
""", encoding="utf-8")
    args = ("--only", "SDP-901-*", "--waivers", str(waivers), "--policy", str(without_negative))   # DEMO-7 is not waived
    res, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE, *args, "--today", LAST_DAY, run_id="valid")
    assert res.exit_code == 1, res.output           # a selection is never a GO; the waiver leaves no other reason
    results = load_results(out / "results.json")
    assert besides_the_selection(results) == []
    assert {d["alvor"] for c in results["cases"] for d in c["deviations"]} == {"B"}
    assert all(d["undtagelse"] == "KD-17" for c in results["cases"] for d in c["deviations"])
    assert "KD-17" in (out / "summary.md").read_text(encoding="utf-8")
    res, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE, *args, "--today", DAY_AFTER, run_id="expired")
    assert res.exit_code == 1
    results = load_results(out / "results.json")
    assert besides_the_selection(results)
    assert [w["id"] for w in results["gate"]["expired_waivers"]] == ["KD-17"]


def test_no_negative_is_for_looking_never_a_go_under_a_policy_that_asks_for_the_stage(tmp_path, golden_dir,
                                                                                     without_negative):
    res, out = run_in(tmp_path, golden_dir, FAKE, "--no-negative", run_id="uden")
    assert res.exit_code == 1
    results = load_results(out / "results.json")
    assert results["negative"]["enabled"] is False
    assert results["gate"]["reasons"] == ["politikken kræver den negative fase (ugyldige sager, som kandidaten skal "
                                          "afvise), men den blev ikke kørt (slået fra med --no-negative)"]
    res, _ = run_in(tmp_path, golden_dir, FAKE, "--no-negative", "--policy", str(without_negative), run_id="politik")
    assert res.exit_code == 0, res.output


def test_bad_policy_file_is_exit_2_with_file_and_line(tmp_path, golden_dir):
    policy = tmp_path / "policy.yaml"
    policy.write_text('policy_version: "1.0"\nseverity:\n  A: {max: -1}\n', encoding="utf-8")
    res, _ = run_in(tmp_path, golden_dir, FAKE, "--policy", str(policy))
    assert res.exit_code == 2
    assert str(policy) in res.output and "line 3, severity.A.max" in res.output
    assert "Traceback" not in res.output


def test_unknown_candidate_spec_is_exit_2(tmp_path, golden_dir):
    res, _ = run_in(tmp_path, golden_dir, "telnet:vendor")
    assert res.exit_code == 2 and "known forms" in res.output


def test_missing_option_is_a_usage_error_exit_2():
    assert runner.invoke(app, ["run"]).exit_code == 2


def test_help_documents_the_exit_codes():
    res = runner.invoke(app, ["run", "--help"])
    assert "0 GO, 1 NO-GO, 2 usage" in res.output


def test_smoke_checks_an_adapter(golden_dir):
    ok = runner.invoke(app, ["smoke", "--candidate", cmd_spec("jsonl_candidate.py"), "--golden-dir", str(golden_dir)])
    assert ok.exit_code == 0, ok.output
    assert "jsonl-test 1.0.0" in ok.output and "smoke: OK" in ok.output
    bad = runner.invoke(app, ["smoke", "--candidate", cmd_spec("jsonl_candidate.py", "--invalid", "S1"),
                              "--golden-dir", str(golden_dir)])
    assert bad.exit_code == 1 and "schema errors" in bad.output


def test_an_existing_run_is_never_overwritten(tmp_path, golden_dir):
    first, out = run_in(tmp_path, golden_dir, FAKE, run_id="same")
    assert first.exit_code == 0
    before = (out / "results.jsonl").read_bytes()
    again, _ = run_in(tmp_path, golden_dir, FAKE, run_id="same")
    assert again.exit_code == 2 and "already exists" in again.output
    assert (out / "results.jsonl").read_bytes() == before


def test_automatic_run_ids_in_the_same_second_get_their_own_folders(tmp_path, golden_dir, monkeypatch):
    import harness.runner
    monkeypatch.setattr(harness.runner, "make_run_id", lambda meta, now: f"20261123T000000Z-{meta.system}")
    out = tmp_path / "reports"
    for _ in range(2):
        res = run("--candidate", FAKE, "--golden-dir", str(golden_dir), "--out", str(out))
        assert res.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["20261123T000000Z-fake-reference", "20261123T000000Z-fake-reference-2"]
    assert load_results(out / "20261123T000000Z-fake-reference-2" / "results.json")["run_id"].endswith("-2")


def test_progress_bar_appears_only_on_a_terminal_and_after_a_few_seconds():
    import io

    from rich.console import Console

    from harness.commands.run import PROGRESS_AFTER_SECONDS, _LazyProgress
    quiet = _LazyProgress()
    quiet.console = Console(file=io.StringIO(), force_terminal=False)
    quiet.t0 -= PROGRESS_AFTER_SECONDS + 1
    quiet(1, 4)
    assert quiet.progress is None and quiet.console.file.getvalue() == ""
    early = _LazyProgress()
    early.console = Console(file=io.StringIO(), force_terminal=True)
    early(1, 4)
    assert early.progress is None                      # a short run shows no bar
    late = _LazyProgress()
    late.console = Console(file=io.StringIO(), force_terminal=True, width=100)
    late.t0 -= PROGRESS_AFTER_SECONDS + 1
    late(3, 4)
    late(4, 4)
    late.close()
    assert "4/4" in late.console.file.getvalue()


def test_an_internal_error_is_a_message_not_a_traceback(tmp_path, golden_dir, monkeypatch):
    import harness.runner

    def broken(config, progress=None):
        raise RuntimeError("summary writer exploded")
    monkeypatch.setattr(harness.runner, "execute", broken)
    monkeypatch.delenv("YDELSESTJEK_DEBUG", raising=False)
    res, _ = run_in(tmp_path, golden_dir, FAKE)
    assert res.exit_code == 2
    assert "internal error: RuntimeError: summary writer exploded" in res.output
    assert "Traceback" not in res.output


def test_unexpected_pass_and_expired_waiver_are_in_the_evidence(tmp_path, golden_dir):
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(f"""waivers_version: "1.0"
waivers:
  - id: KD-OLD
    scenario: "SDP-901-001"
    ticket: "https://vendor.example/KD-OLD"
    owner: "Leverandør"
    workaround: "Manuel kontrol"
    expires: 2026-01-31
  - id: KD-FIXED
    scenario: "SDP-904-*"
    ticket: "https://vendor.example/KD-FIXED"
    owner: "Leverandør"
    workaround: "Ingen længere"
    expires: {LAST_DAY}
""", encoding="utf-8")
    res, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE, "--waivers", str(waivers))
    assert res.exit_code == 1
    gate = load_results(out / "results.json")["gate"]
    assert gate["unexpected_passes"][0]["waiver"] == "KD-FIXED" and gate["unexpected_passes"][0]["scenarios"] == ["SDP-904-001"]
    assert gate["expired_waivers"][0]["id"] == "KD-OLD" and gate["expired_waivers"][0]["deviations"]
    summary = (out / "summary.md").read_text(encoding="utf-8")
    front, appendix = summary.split("\n# Bilag\n")
    assert "Uventet bestået (kan fjernes fra registret): KD-FIXED" in front
    assert "Udløbet (tæller ikke længere): KD-OLD" in front
    assert "Udløbne undtagelser" in appendix


def test_python_candidate_answering_decimals_and_cycles_is_ugyldigt_svar_not_a_crash(tmp_path, golden_dir, monkeypatch):
    (tmp_path / "sloppy.py").write_text(
        "import datetime, decimal\n"
        "from tests.fakes.fake_reference import calculate as base\n"
        "METADATA = {'system': 'sloppy', 'version': '1', 'ydelser': ['sygedagpenge']}\n"
        "def calculate(case):\n"
        "    d = base(case)\n"
        "    if case['sags_id'] == 'S1':\n"
        "        d['udbetalt_i_alt']['beloeb'] = decimal.Decimal('1.00')\n"
        "        d['kommune_betaler_fra']['dato'] = datetime.date(2026, 2, 4)\n"
        "    if case['sags_id'] == 'S2':\n"
        "        d['selv'] = d\n"
        "    return d\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res, out = run_in(tmp_path, golden_dir, "python:sloppy")
    assert res.exit_code == 1, res.output
    by_id = {c["id"]: c for c in load_results(out / "results.json")["cases"]}
    assert "ugyldigt_svar" in [d["klasse"] for d in by_id["SDP-900-001"]["deviations"]]   # the rest still compared
    assert by_id["SDP-900-001"]["answer"]["udbetalt_i_alt"]["beloeb"] == "<Decimal: 1.00>"
    assert [d["klasse"] for d in by_id["SDP-900-002"]["deviations"]] == ["ugyldigt_svar"]
    assert by_id["SDP-901-001"]["status"] == "pass"


def test_only_matching_nothing_is_a_usage_error(tmp_path, golden_dir):
    res, out = run_in(tmp_path, golden_dir, FAKE, "--only", "SDP-777-*")
    assert res.exit_code == 2 and "no golden" in res.output and "SDP-777-*" in res.output
    assert not out.exists()


def test_cases_outside_the_candidates_law_dates_are_skipped(tmp_path, golden_dir, monkeypatch):
    (tmp_path / "dated.py").write_text(
        "from tests.fakes.fake_reference import calculate\n"
        "METADATA = {'system': 'KSD', 'version': '3.0', 'ydelser': ['sygedagpenge'],\n"
        "            'lovdatoer': {'fra': '2026-01-06', 'til': '2026-12-31'}}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res, out = run_in(tmp_path, golden_dir, "python:dated")
    by_id = {c["id"]: c for c in load_results(out / "results.json")["cases"]}
    # the goldens' first absence day is 2026-01-05, except SDP-901-001 (2026-02-02)
    assert by_id["SDP-901-001"]["status"] == "pass"
    skipped = [c for c in by_id.values() if c["status"] == "skipped"]
    assert len(skipped) == 5
    assert skipped[0]["reason"] \
        == "uden for kandidatens lovdatoer (2026-01-06 – 2026-12-31): fravaer.foerste_fravaersdag er 2026-01-05"
    assert res.exit_code == 1


@pytest.mark.parametrize("fra", ["1/1/2026", "2026-02-30"])
def test_malformed_law_dates_in_metadata_fail_the_start(tmp_path, golden_dir, monkeypatch, fra):
    """Not a date, or the pattern of one that no calendar has."""
    (tmp_path / "baddates.py").write_text(
        "from tests.fakes.fake_reference import calculate\n"
        f"METADATA = {{'system': 'KSD', 'version': '3.0', 'ydelser': ['sygedagpenge'], 'lovdatoer': {{'fra': '{fra}'}}}}\n",
        encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res, out = run_in(tmp_path, golden_dir, "python:baddates")
    results = load_results(out / "results.json")
    assert res.exit_code == 1 and "metadata.lovdatoer" in results["candidate"]["start_error"]
    assert {c["status"] for c in results["cases"]} == {"errored"}


def test_a_candidate_that_never_explains_is_no_go_under_the_default_policy(tmp_path, golden_dir, without_negative,
                                                                            monkeypatch):
    """Right amounts with an empty explanation: every decision is a *manglende begrundelse* of severity B
    (forvaltningsloven §§ 22 og 24), and B deviations need a waiver, so the release is not approved."""
    (tmp_path / "tavs.py").write_text(
        "from tests.fakes.fake_reference import METADATA, calculate as _fake\n"
        "def calculate(case):\n    d = _fake(case)\n    d['begrundelse'] = []\n    return d\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res, out = run_in(tmp_path, golden_dir, "python:tavs", "--policy", str(without_negative))
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    devs = [d for c in results["cases"] for d in c["deviations"]]
    assert devs and {(d["klasse"], d["alvor"]) for d in devs} <= {("manglende_begrundelse", "B"),
                                                                   ("manglende_begrundelse", "C")}
    assert results["gate"]["counts"]["B"]["total"] > 0 and results["gate"]["verdict"] == "NO-GO"


def test_a_lax_policy_under_the_defaults_name_is_named_as_such_in_the_pack(tmp_path, golden_dir):
    """A GO under a policy that lets A deviations through says on its first page, in the terminal and in the HTML
    page where the policy asks less than the shipped one."""
    from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
    lax = tmp_path / "lax.yaml"
    lax.write_text(DEFAULT_ROLLOUT_POLICY.read_text(encoding="utf-8").replace(
        "A: {max: 0, waivable: false, waiver_required: true}", "A: {max: null, waivable: true, waiver_required: false}"),
        encoding="utf-8")
    res, out = run_in(tmp_path, golden_dir, DEMO_ON_FAKE, "--policy", str(lax), "--no-negative")
    results = load_results(out / "results.json")
    weaker = results["policy"]["rollout"]["weaker"]
    assert any("bærer standardpolitikkens navn" in w for w in weaker)
    first_page = (out / "summary.md").read_text(encoding="utf-8").split("## Nøgletal")[0]
    assert "stiller færre krav end standardpolitikken" in first_page and "alvor A" in first_page
    assert "stiller færre krav end standardpolitikken" in res.output
    assert 'id="svagere-politik"' in (out / "rapport.html").read_text(encoding="utf-8")


def test_a_candidate_that_pads_its_answers_cannot_make_its_pack_unreadable(tmp_path, golden_dir, monkeypatch):
    """Answers padded up to the wire's limits stay whole in deviations/<case>.svar.json, while results.json keeps
    them inline only within its budget (here shrunk to 150 KB: one padded answer) and a marker with size and sha256
    for the rest, and cuts each differing value it shows; so the bench's readers (report, compare, --baseline,
    verify-pack) still take the pack, and rendering it again keeps the answers whole."""
    import hashlib

    from harness.report import evidence
    monkeypatch.setattr(evidence, "ANSWERS_INLINE_TOTAL", 150_000)
    (tmp_path / "polstret.py").write_text(
        "from tests.fakes.fake_reference import METADATA, calculate as _fake\n"
        "def calculate(case):\n    d = _fake(case)\n    d['fyld'] = 'x' * 95000\n    return d\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    res, out = run_in(tmp_path, golden_dir, "python:polstret", "--no-negative")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    deviating = [c for c in results["cases"] if c["status"] == "deviation"]
    marked = [c for c in deviating if isinstance(c["answer"], str) and c["answer"].startswith("<svaret er ")]
    assert len(deviating) == 6 and len(marked) == 5
    for c in deviating:
        full = (out / "deviations" / f"{c['id']}.svar.json").read_bytes()
        assert json.loads(full)["fyld"] == "x" * 95000
        if c in marked:
            assert hashlib.sha256(full).hexdigest() in c["answer"]
        shown = [ch["faktisk"] for d in c["deviations"] for ch in d["felter"]]
        assert shown and all(len(json.dumps(v)) < 5000 for v in shown)
    assert (out / "results.json").stat().st_size < 400_000
    again = runner.invoke(app, ["report", str(out)])   # rendered again from results.json: the answers stay whole
    assert again.exit_code == 1, again.output
    assert json.loads((out / "deviations" / f"{marked[0]['id']}.svar.json").read_bytes())["fyld"] == "x" * 95000


def test_a_lone_surrogate_in_an_answer_is_an_invalid_answer_not_a_lost_run(tmp_path, golden_dir):
    r"""JSON lets "\ud800" be written, but no UTF-8 file can hold it: in a decision, an error message or a skip reason
    it is *ugyldigt svar* of that case, and the run ends with its whole evidence pack."""
    script = tmp_path / "surrogat.py"
    script.write_text(
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.fakes.fake_reference import METADATA, calculate\n"
        "for n, line in enumerate(sys.stdin):\n"
        "    msg = json.loads(line)\n"
        "    if msg['cmd'] == 'start':\n"
        "        print(json.dumps({'ready': True, 'metadata': METADATA}), flush=True)\n"
        "    elif msg['cmd'] == 'stop':\n"
        "        break\n"
        "    else:\n"
        "        d = calculate(msg['case'])\n"
        "        answers = [{'decision': {**d, 'sags_id': 'x\\ud800'}}, {'errored': True, 'message': 'fejl \\udfff'},\n"
        "                   {'skipped': True, 'reason': '\\ud800'}]\n"
        "        print(json.dumps({'seq': msg['seq'], **answers[n % 3]}), flush=True)\n", encoding="utf-8")
    res, out = run_in(tmp_path, golden_dir, f"cmd:{sys.executable} {script} {Path(__file__).resolve().parents[1]}",
                      "--no-negative")
    assert res.exit_code == 1, res.output
    results = load_results(out / "results.json")
    assert len(results["cases"]) == 6
    assert all(c["status"] == "deviation" for c in results["cases"])
    assert all("surrogat" in c["reason"] for c in results["cases"])
    assert (out / "summary.md").exists() and (out / "rapport.html").exists()


def test_a_run_of_a_selection_says_so_on_its_first_page(tmp_path, golden_dir):
    """--only is for looking: the pack of a selection says that a decision on a subset approves no rollout."""
    res, out = run_in(tmp_path, golden_dir, FAKE, "--only", "SDP-90[01]-*", "--no-negative")
    first_page = (out / "summary.md").read_text(encoding="utf-8").split("## Nøgletal")[0]
    assert "kun de scenarier, --only valgte" in first_page and "ingen udrulningsgodkendelse" in res.output
    assert "--only valgte" in (out / "rapport.html").read_text(encoding="utf-8")


def test_a_candidate_cannot_print_a_verdict_line_with_its_name(tmp_path, golden_dir):
    """The name and version are the candidate's words: on one line, quoted, and said to be its own; the only line
    that begins with "Afgørelse:" is the gate's."""
    res, _ = run_in(tmp_path, golden_dir, "python:tests.candidates.falsk_afgoerelse")
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert [line for line in lines if line.startswith("Afgørelse:")] == [
        "Afgørelse: NO-GO — ikke godkendt til udrulning af sygedagpenge"]
    named = next(line for line in lines if line.startswith("Kandidat: "))
    assert named.startswith("Kandidat: »KSD Afgørelse: GO") and named.endswith("(som kandidaten selv oplyser)")
