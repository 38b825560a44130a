"""What an audit's exit code and first lines say when its result is not clean (red team round 10): wrong decisions
hidden as unreadable lines or as cases the system skipped were "0 af 42 afviger", exit 0; an audit under a bench
whose law parameters were edited to the system's wrong value found nothing and said nothing; a system name from the
recording or the candidate rewrote summary.md and the terminal. Now: exit 3 and an ADVARSEL first, the yardstick
named, and the name shown as inert text."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from harness.audit import AuditConfig, audit, maalestok
from harness.audit.rapport import terminal
from tests.audit import optagelse
from tests.audit.conftest import METADATA

PARAMETRE = "lovparametrene er ændret siden målingen"


def _audit(path, out):
    return audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), recorded=path, workers=1))


@pytest.fixture
def clean_yardstick(monkeypatch):
    """These tests are about what the input hides; the yardstick's own test is below."""
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {})


def _hidden(recording, tmp_path, how):
    _records, lines, planted, _ = recording
    wrong = {p.sags_id for p in planted}
    out = []
    for line in lines:
        if line["case"]["sags_id"] in wrong:
            out.append(how(line))
        else:
            out.append(line)
    path = tmp_path / "skjult.jsonl"
    with open(path, "wb") as f:
        f.write(json.dumps({"metadata": METADATA}).encode() + b"\n")
        for line in out:
            f.write(line if isinstance(line, bytes) else json.dumps(line).encode() + b"\n")
    return _audit(path, tmp_path / "a"), len(wrong)


def test_wrong_decisions_cut_into_unreadable_lines_are_exit_3_with_a_warning_first(recording, tmp_path, clean_yardstick):
    outcome, n = _hidden(recording, tmp_path, lambda line: json.dumps(line).encode()[:-1] + b"\n")
    s = outcome.tal["sager"]
    assert s["afvigende"] == 0 and s["ugyldige"] == n and outcome.exit_code == 3
    shown = terminal(outcome.manifest, outcome.tal, outcome.out).splitlines()
    assert shown[1] == f"  ADVARSEL: {n} sager er ikke sammenlignet (ulæselige eller ugyldige {n}): en forkert " \
                       "afgørelse kan gemme sig blandt dem"
    # the seconds with a decimal comma, as a count beside them is grouped with a dot (red team r18: "4.036 s")
    assert re.search(r" på \d+,\d s \(", shown[2]), shown[2]
    summary = (outcome.out / "summary.md").read_text(encoding="utf-8")
    assert f"**ADVARSEL: {n} sager er ikke sammenlignet (ulæselige eller ugyldige {n})" in summary.split("| | |")[0]


def test_wrong_decisions_recorded_as_skipped_are_exit_3(recording, tmp_path, clean_yardstick):
    outcome, n = _hidden(recording, tmp_path, lambda line: {"case": line["case"], "skipped": True})
    s = outcome.tal["sager"]
    assert s["afvigende"] == 0 and s["systemet_sprang_over"] == n and s["sprunget_over"] >= n
    assert outcome.exit_code == 3
    assert f"sprunget over af systemet, skønt loven afgør dem {n}" in (outcome.out / "summary.md").read_text("utf-8")


def _clean(recording, tmp_path: Path) -> Path:
    """The recording without its planted wrong decisions: every decision the reference's."""
    _records, lines, planted, _ = recording
    wrong = {p.sags_id for p in planted}
    return optagelse.write(tmp_path / "ren.jsonl", [x for x in lines if x["case"]["sags_id"] not in wrong], METADATA,
                           junk=False)


def test_the_same_recording_without_them_is_exit_0(recording, tmp_path, clean_yardstick):
    path = _clean(recording, tmp_path)
    outcome = _audit(path, tmp_path / "a")
    assert outcome.tal["sager"]["afvigende"] == 0 and outcome.exit_code == 0
    assert "ADVARSEL" not in terminal(outcome.manifest, outcome.tal, outcome.out)


def test_an_audit_under_edited_law_says_so_and_is_never_exit_0(recording, tmp_path, monkeypatch):
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {"sygedagpenge": [PARAMETRE]})
    path = _clean(recording, tmp_path)
    outcome = _audit(path, tmp_path / "a")
    assert outcome.tal["sager"]["afvigende"] == 0 and outcome.exit_code == 3
    said = f"referencen for sygedagpenge er ikke den, hvis styrke er målt og signeret: {PARAMETRE}"
    assert f"  ADVARSEL, bænkens målestok: {said}" in terminal(outcome.manifest, outcome.tal, outcome.out)
    assert f"| ADVARSEL, bænkens målestok | {said} |" in (outcome.out / "summary.md").read_text("utf-8")
    assert said in (outcome.out / "rapport.html").read_text("utf-8")


def test_a_stale_strength_of_a_benefit_the_audit_never_compared_is_not_its_warning(recording, tmp_path, monkeypatch):
    """Red team round 11b F6: a kontanthjælp audit ended in exit 3, warning about sygedagpenge's yardstick."""
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {"ressourceforloebsydelse": [PARAMETRE]})
    path = _clean(recording, tmp_path)
    outcome = _audit(path, tmp_path / "a")
    compared = outcome.tal["sammenlignet_pr_ydelse"]
    assert sum(compared.values()) == outcome.tal["sager"]["sammenlignet"] and "ressourceforloebsydelse" not in compared
    assert outcome.exit_code == 0
    assert "ADVARSEL" not in terminal(outcome.manifest, outcome.tal, outcome.out)
    assert "ressourceforloebsydelse" not in (outcome.out / "summary.md").read_text("utf-8")


def test_a_missing_strength_measurement_is_every_audits_warning(recording, tmp_path, monkeypatch):
    monkeypatch.setattr(maalestok, "styrke", lambda golden_dir=None: {"*": ["ingen signeret styrkemåling"]})
    path = _clean(recording, tmp_path)
    outcome = _audit(path, tmp_path / "a")
    assert outcome.exit_code == 3
    assert "bænken er ikke den, hvis styrke er målt" in terminal(outcome.manifest, outcome.tal, outcome.out)


def test_the_yardstick_names_a_benefit_whose_parameters_changed_since_its_signed_measurement(tmp_path):
    from harness.golden import signing
    from harness.golden import strength as maaling
    from harness.golden.store import GOLDEN_DIR
    from tests.suite import project_key
    root = tmp_path / "golden"
    shutil.copytree(GOLDEN_DIR, root)
    doc = maaling.load(root)
    assert doc is not None
    section = json.loads(json.dumps(doc["ydelser"]["kontanthjaelp"]))
    section["noegler"]["parametre_sha256"] = "0" * 64     # measured under other parameters than these
    maaling.save({"kontanthjaelp": section}, root, project_key(), signing.load_approvers())
    found = maalestok.styrke(root)
    assert found["kontanthjaelp"] == [PARAMETRE]
    assert "ressourceforloebsydelse" not in found


def test_a_system_name_is_inert_text_in_summary_and_terminal(recording, tmp_path, clean_yardstick):
    _records, lines, _planted, _ = recording
    name = ("KSD 2.4.0 mod referencen\n\n**0 af 50 sammenlignede sager afviger** fra referencen. Kroner i risiko: "
            "**0,00 kr.**\n\n<!--\x1b[2K\r\x1b[8m")
    path = optagelse.write(tmp_path / "navn.jsonl", lines, {"system": name, "version": "2.4.0"})
    outcome = _audit(path, tmp_path / "a")
    summary = (outcome.out / "summary.md").read_text("utf-8")
    shown = terminal(outcome.manifest, outcome.tal, outcome.out)
    for text in (summary, shown):
        assert "\x1b" not in text and "\r" not in text
        assert not any(line.startswith("**0 af") for line in text.splitlines())
    assert "<!--" not in summary.replace("\\<", "")      # an escaped < opens no comment
    assert summary.splitlines()[0].startswith("# Skyggerevision: KSD 2.4.0 mod referencen  \\*\\*0 af 50")
    assert f"**{outcome.tal['sager']['afvigende']} af" in summary.splitlines()[2]


STDERR_LOGGER = """
import json, sys
sys.path.insert(0, {repo!r})
from harness.reference import calculate
n = 0
for line in sys.stdin:
    msg = json.loads(line)
    if msg.get("cmd") == "start":
        print(json.dumps({{"ready": True, "metadata": {{"system": "StderrLog", "version": "1",
                                                      "ydelser": ["sygedagpenge"]}}}}), flush=True)
    elif msg.get("cmd") == "run":
        p = msg["case"].get("person", {{}})
        n += 1
        print(f"behandler sag for {{p.get('navn')}} (cpr {{p.get('cpr', '').replace('-', ':')}})", file=sys.stderr,
              flush=True)
        if n == 6:
            sys.exit(3)
        print(json.dumps({{"seq": msg["seq"], "decision": calculate(msg["case"])}}), flush=True)
    elif msg.get("cmd") == "stop":
        break
"""


def test_a_crashed_candidate_s_stderr_of_other_cases_never_reaches_the_store(tmp_path):
    """Red team round 10b: a cmd: candidate that logs each case's person to stderr and crashes on its 6th case; the
    crashed case's error row quoted the stderr tail, with five other citizens' names and CPR numbers, scrubbed only
    of the crashed case's own."""
    import subprocess
    import sys
    from pathlib import Path

    import orjson
    import pyarrow.parquet as pq
    repo = Path(__file__).resolve().parents[2]
    records = optagelse.cases("sygedagpenge", 8)
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c, _ in records))
    script = tmp_path / "stderr_log.py"
    script.write_text(STDERR_LOGGER.format(repo=str(repo)), encoding="utf-8")
    out = tmp_path / "r"
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(cases), "-c",
                           f"cmd:{sys.executable} {script}", "-o", str(out), "-w", "1", "-q"], cwd=repo,
                          capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "YDELSESTJEK_AUDIT_SALT": optagelse.SALT})
    assert done.returncode == 1, done.stderr
    rows = pq.read_table(out / "afvigelser.parquet").to_pylist()
    errored = [r for r in rows if r["klasse"] == "fejl_timeout"]
    assert errored and all("systemets egen tekst er ikke gemt" in r["faktisk"] for r in errored)
    stored = "\n".join(str(v) for r in rows for v in r.values())
    persons = [(c["person"]["navn"], c["person"]["cpr"]) for c, _ in records if c.get("person")]
    assert persons
    for navn, cpr in persons:
        assert navn not in stored and cpr.replace("-", ":") not in stored and cpr[:6] not in stored


def test_an_empty_salt_file_or_pipe_is_said_not_taken_for_no_salt(tmp_path):
    """Red team round 10b F8: a pipe reports size 0, so `--salt-file <(…)` was read as empty and the audit asked for a
    salt it had been given, or (with --generate) went on with the built-in one. Now a pipe is read; an empty one is
    exit 2 saying so."""
    import subprocess
    import sys
    from pathlib import Path
    repo = Path(__file__).resolve().parents[2]
    base = [sys.executable, "-m", "harness.cli", "audit", "--generate", "5", "-c", "reference", "--ydelse",
            "sygedagpenge", "-w", "1", "-q", "--salt-file", "-"]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    empty = subprocess.run([*base, "-o", str(tmp_path / "a")], cwd=repo, capture_output=True, text=True, timeout=300,
                           env=env, input="")
    assert empty.returncode == 2 and "--salt-file -: empty; expected the salt on its first line" in empty.stderr
    given = subprocess.run([*base, "-o", str(tmp_path / "b")], cwd=repo, capture_output=True, text=True, timeout=300,
                           env=env, input="kommunens-hemmelige-noegle-2026\n")
    assert given.returncode in (0, 3), given.stderr
    assert json.loads((tmp_path / "b" / "audit.json").read_text("utf-8"))["salt"] == "brugerens"


@pytest.mark.parametrize(("salt", "why"), [
    ("AarhusKommune2026", "is too easy to guess (about 101 bits"),
    ("abababababababababab", "holds 2 different characters; it needs at least 8"),
    ("Aarhus2026", "holds 10 characters; it needs at least 16"),
])
def test_a_guessable_salt_of_sixteen_characters_or_more_is_refused_too(salt, why):
    """Red team round 10b F7: `AarhusKommune2026` passed the 16-character rule and was guessed from audit.json's
    salt_check in ten tries, scrypt or not. A machine-made salt, or a long passphrase, passes."""
    import secrets

    from harness.audit.personer import salt_weakness
    assert why in (salt_weakness(salt.encode()) or "")
    for good in (secrets.token_hex(16), optagelse.SALT, "correct horse battery staple"):
        assert salt_weakness(good.encode()) is None, good


@pytest.mark.parametrize(("message", "kept"), [
    ("HTTP 500: fejl i sag SAG-SYG-000003 for Testborger00003", "HTTP 500 (systemets egen tekst er ikke gemt"),
    ("batch of 40: HTTP 500: Testborger00003", "batch of 40: HTTP 500 (systemets egen tekst er ikke gemt"),
    ("kan ikke beregne: se sag SAG-SYG-000003", "systemets fejlbesked (systemets egen tekst er ikke gemt"),
    ("the answer is none of decision/skipped/error: {\"navn\": \"Testborger00003\"}",
     "the answer is none of decision/skipped/error (systemets egen tekst er ikke gemt"),
    ("timeout: no answer within 5 s; the process was restarted", "timeout: no answer within 5 s; the process was restarted"),
])
def test_a_system_s_own_error_text_is_not_kept_only_the_bench_s_words(message, kept):
    """Red team round 10c: a server's error texts named other cases (their case numbers and names) and reached the
    store beside this case's pseudonym; this case's scrubbing cannot know them. Only the adapter's own words are kept."""
    from harness.audit.arbejde import _own_words
    assert _own_words(message).startswith(kept)
    assert "Testborger00003" not in _own_words(message) and "SAG-SYG-000003" not in _own_words(message)


def test_an_out_folder_of_someone_else_s_files_is_refused_and_left_as_it_was(recording, tmp_path):
    """Red team round 10c F3: on a folder holding someone's dele/noter.txt, par/2025/loenseddel.pdf, summary.md and
    rapport.html, the audit deleted both folders and overwrote both reports. Now refused before anything is written;
    --out naming a file is a named error too (it was "internal error: NotADirectoryError")."""
    from harness.config_files import ConfigError
    _records, _lines, _planted, path = recording
    out = tmp_path / "andres"
    files = {"dele/noter.txt": "noter", "par/2025/loenseddel.pdf": "pdf", "summary.md": "mit", "rapport.html": "<p>"}
    for rel, text in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        _audit(path, out)
    assert "a file in a folder that holds no audit" in refused.value.problems[0]
    assert {str(p.relative_to(out)): p.read_text("utf-8") for p in out.rglob("*") if p.is_file()} == files
    a_file = tmp_path / "en-fil.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        _audit(path, a_file)
    assert refused.value.path == a_file and "not a folder" in refused.value.problems[0]


def test_a_scheduler_address_that_is_none_is_a_named_error_and_leaves_the_folder_new(tmp_path):
    """Red team round 10c F6: `--scheduler nonsense` was "internal error: ValueError", and a failed engine start left
    audit.json and an empty log behind, so the same command again was refused until --resume."""
    from harness.audit.motor import EngineError
    out = tmp_path / "a"
    cfg = AuditConfig(out=out, kandidat="reference", generate=5, ydelser=["sygedagpenge"], workers=1, engine="dask",
                      scheduler="nonsense")
    for _ in range(2):      # the same command twice: the same named error, not "an audit is already in this folder"
        with pytest.raises(EngineError) as failed:
            audit(cfg)
        assert "cannot reach the Dask scheduler 'nonsense'" in str(failed.value)
    assert not (out / "audit.json").exists() and not (out / "shards.jsonl").exists()


# --- red team round 11 F4: an audit that compared nothing -------------------------------------------------------

def _years_ahead(node, years: int):
    """Every ISO day in `node` moved `years` whole years (the 29th of February to the 28th)."""
    import re
    if isinstance(node, dict):
        return {k: _years_ahead(v, years) for k, v in node.items()}
    if isinstance(node, list):
        return [_years_ahead(v, years) for v in node]
    if isinstance(node, str) and (m := re.fullmatch(r"(\d{4})(-\d\d-\d\d)", node)):
        day = m.group(2) if m.group(2) != "-02-29" else "-02-28"
        return f"{int(m.group(1)) + years:04d}{day}"
    if isinstance(node, str) and (m := re.fullmatch(r"(\d{4})(-\d\d)", node)):   # a month (§ 47's reported pay)
        return f"{int(m.group(1)) + years:04d}{m.group(2)}"
    return node


@pytest.mark.parametrize("what", ["empty", "metadata-only", "all-outside-the-law"])
def test_an_audit_that_compared_no_case_is_not_clean(recording, tmp_path, what, clean_yardstick):
    """The finding: an empty extract, one holding only its metadata line, and one whose every case lies after the
    law the reference knows (garbled decisions) all exited 0, "0 af 0 sager afviger", with no warning: the same as
    a clean audit of a whole year's cases."""
    _records, lines, _planted, _path = recording
    path = tmp_path / f"{what}.jsonl"
    if what == "empty":
        path.write_bytes(b"")
    elif what == "metadata-only":
        optagelse.write(path, [], METADATA, junk=False)
    else:
        later = [{"case": _years_ahead(line["case"], 20), "decision": {"garbled": True}} for line in lines[:5]]
        optagelse.write(path, later, METADATA, junk=False)
    outcome = _audit(path, tmp_path / "a")
    assert outcome.tal["sager"]["sammenlignet"] == 0 and outcome.tal["sager"]["afvigende"] == 0
    assert outcome.exit_code == 3
    summary = (outcome.out / "summary.md").read_text(encoding="utf-8")
    assert "ADVARSEL: ingen sag er sammenlignet" in summary
    assert "ingen sag er sammenlignet" in terminal(outcome.manifest, outcome.tal, outcome.out)
    if what == "all-outside-the-law":
        assert outcome.tal["sager"]["sprunget_over"] == 5 and "5 uden for den lov, referencen kender" in summary
