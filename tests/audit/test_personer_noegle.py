"""The pseudonym key and the scrubber (harness/audit/personer.py), after red team round 10 F3 and F6.

F3: the salt is taken out of the environment before any candidate or worker starts (a cmd: candidate echoed it into
the store), an echo of it is blanked, a guessable salt is refused, the pseudonyms are HMAC under scrypt(salt), the
workers get that key and never the salt, and summary.json carries no fingerprint of it.
F6: the case's name surname first or hyphenated, and CPR numbers with a spaced dash, a space in the last four
digits or a line break inside, are hidden; a decision's ordinary values (dates, amounts, week ids) are not.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest

from harness.audit import AuditConfig, AuditInterrupted, audit
from harness.audit.personer import HIDDEN, SALT_ENV, Skjuler
from harness.config_files import ConfigError
from tests.audit import optagelse

REPO = Path(__file__).resolve().parents[2]
MAKE = 'python3 -c "import secrets; print(secrets.token_hex(16))"'


def _outputs(out: Path) -> str:
    """Every text the audit left in its folder, the store's rows included."""
    texts = [json.dumps(r, default=str, ensure_ascii=False) for r in pq.read_table(out / "afvigelser.parquet").to_pylist()]
    texts += [p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file() and p.suffix != ".parquet"]
    return "\n".join(texts)


# --- F3a: the salt never reaches a candidate, and an echo of it is blanked -------------------------------------

CANDIDATE = textwrap.dedent('''
    """A cmd: candidate: the reference's decision, plus what it inherited of the audit salt and a text it was given
    by another way (a file), both echoed back in fields of their own."""
    import json, os, sys
    sys.path.insert(0, {repo!r})
    from harness.reference import calculate
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("cmd") == "start":
            print(json.dumps({{"ready": True, "metadata": {{"system": "SaltEkko", "version": "1",
                                                          "ydelser": ["sygedagpenge"]}}}}), flush=True)
        elif msg.get("cmd") == "run":
            d = calculate(msg["case"])
            d["miljoe"] = "salt=" + os.environ.get({env!r}, "<ikke arvet>")
            d["ekko"] = "fra en fil: " + open({fil!r}, encoding="utf-8").read()
            print(json.dumps({{"seq": msg["seq"], "decision": d}}), flush=True)
        elif msg.get("cmd") == "stop":
            break
''')


def test_a_candidate_never_inherits_the_salt_and_an_echo_of_it_is_blanked(tmp_path):
    """A real cmd: candidate process, asked by `ydelsestjek audit` on the command line with the salt in the
    environment (red team r10 F3a, salt_echo.py): it does not see the salt, and what it learnt of it another way
    is blanked out of the store and every other output."""
    secret_file = tmp_path / "laekket.txt"
    secret_file.write_text(optagelse.SALT, encoding="utf-8")
    script = tmp_path / "salt_ekko.py"
    script.write_text(CANDIDATE.format(repo=str(REPO), env=SALT_ENV, fil=str(secret_file)), encoding="utf-8")
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(case) + b"\n" for case, _ in optagelse.cases("sygedagpenge", 6)))
    out = tmp_path / "r"
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(cases), "-c", f"cmd:{sys.executable} {script}",
                           "-o", str(out), "-w", "1", "-q"], cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), SALT_ENV: optagelse.SALT})
    assert done.returncode == 1, done.stderr
    rows = pq.read_table(out / "afvigelser.parquet").to_pylist()
    assert {r["faktisk"] for r in rows if r["felt"] == "miljoe"} == {'"salt=<ikke arvet>"'}
    assert {r["faktisk"] for r in rows if r["felt"] == "ekko"} == {'"fra en fil: ***"'}
    assert optagelse.SALT not in _outputs(out) + done.stdout + done.stderr


def test_a_candidate_process_never_gets_the_salt_variable_whatever_its_value():
    from adapters.processes import child_environment
    os.environ[SALT_ENV] = "kort"       # too short to be a registered secret: withheld by its name
    try:
        assert SALT_ENV not in child_environment()
    finally:
        del os.environ[SALT_ENV]


# --- F3b: a salt that can be guessed is refused ----------------------------------------------------------------

@pytest.mark.parametrize("weak", ["Aarhus2026", "a", "x" * 40, "kommune-2026"])
def test_a_guessable_salt_is_refused_with_how_to_make_one(recording, tmp_path, weak):
    _records, _lines, _planted, path = recording
    with pytest.raises(ConfigError) as err:
        audit(AuditConfig(out=tmp_path / "a", salt=weak.encode(), recorded=path, workers=1))
    assert "salt" in str(err.value) and MAKE in str(err.value)
    assert not (tmp_path / "a").exists()


def test_the_command_line_refuses_the_red_team_s_salt_with_exit_2(recording, tmp_path):
    _records, _lines, _planted, path = recording
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(path), "-o", str(tmp_path / "a"), "-w", "1"],
                          cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), SALT_ENV: "Aarhus2026"})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "at least 16" in done.stderr and MAKE in done.stderr


def test_generated_cases_need_no_strong_salt(tmp_path):
    """Generated cases hold no personal data: the built-in salt (and a short one given) is fine."""
    for i, salt in enumerate((None, b"kort")):
        outcome = audit(AuditConfig(out=tmp_path / f"g{i}", salt=salt, kandidat="reference", generate=3, workers=1))
        assert outcome.tal["sager"]["sammenlignet"] > 0 and outcome.tal["sager"]["afvigende"] == 0   # no ConfigError


# --- F3c: pseudonyms under scrypt(salt); the workers get the key, never the salt --------------------------------

@contextmanager
def _inline_pool(submitted: list):
    """In place of the process pool: shards run on a thread here, and what each was sent is kept."""
    class Pool(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            submitted.append(pickle.dumps(args))
            return super().submit(fn, *args, **kwargs)
    with Pool(1) as pool:
        yield pool, "test", lambda: None     # (executor, where, stalled)


def test_the_workers_get_the_derived_key_and_never_the_salt(recording, tmp_path, monkeypatch):
    from harness.audit import motor
    _records, _lines, planted, path = recording
    submitted: list[bytes] = []
    monkeypatch.setattr(motor, "executor", lambda *a, **k: _inline_pool(submitted))
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert submitted and not [s for s in submitted if optagelse.SALT.encode() in s]
    assert all(optagelse.key() in s for s in submitted)
    # the pseudonyms are HMAC-SHA256 under the scrypt key, as docs/audit.md says (not under the salt itself)
    rows = pq.read_table(outcome.out / "afvigelser.parquet").to_pylist()
    assert {r["pseudonym"] for r in rows} == {optagelse.pseudonym(p.sags_id) for p in planted}
    bare = hmac.new(optagelse.SALT.encode(), f"sag\0{planted[0].sags_id}".encode(), hashlib.sha256).hexdigest()[:24]
    assert bare not in {r["pseudonym"] for r in rows}


def test_the_salt_fingerprint_stays_out_of_summary_json_and_is_of_the_key(recording, tmp_path):
    """summary.json is shared: no salt_check there (red team r10 weak_salt_reverse.py read it). audit.json keeps it,
    for --resume, computed from the scrypt key, so each guess at the salt costs an scrypt."""
    _records, _lines, _planted, path = recording
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    summary = (outcome.out / "summary.json").read_text(encoding="utf-8")
    assert "salt_check" not in summary
    manifest = json.loads((outcome.out / "audit.json").read_text(encoding="utf-8"))
    assert manifest["salt_check"] == optagelse.pseudonym("ydelsestjek", "salt-check")
    assert manifest["version"] == 6


def test_an_audit_begun_under_the_old_pseudonyms_is_not_resumed(recording, tmp_path):
    _records, _lines, _planted, path = recording
    out = tmp_path / "a"

    def stop(done, _total, _res):     # interrupted after its first shard: a finished audit is never resumed
        raise KeyboardInterrupt

    with pytest.raises(AuditInterrupted):
        audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), recorded=path, workers=1, in_flight=1,
                          shard_bytes=100_000), stop)
    manifest = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    old = hmac.new(optagelse.SALT.encode(), b"salt-check\0ydelsestjek", hashlib.sha256).hexdigest()[:24]
    (out / "audit.json").write_text(json.dumps({**manifest, "version": 2, "salt_check": old}), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        audit(AuditConfig(out=out, salt=optagelse.SALT.encode(), recorded=path, workers=1, resume=True))
    assert "cannot resume" in str(err.value) and "version" in str(err.value)


# --- F6: the scrubber's spellings, and what it must leave alone --------------------------------------------------

CASE = {"ydelse": "sygedagpenge", "sags_id": "S-1", "person": {"navn": "Fatima Ali", "cpr": "280468-3306"}}
HIDE = ["Ali, Fatima", "Ali Fatima", "ALI,FATIMA", "ali fatima", "Fatima-Ali", "Ali-Fatima", "Fatima – Ali",
        "Ali,\nFatima", "Ali,\\nFatima",
        # another citizen's CPR number
        "010190 - 1234", "010190 – 1234", "010190-12 34", "010190 12 34", "010190\n1234", "010190\r\n1234",
        "010190\t1234", "0101\n90-1234", "010190/1234", "010190-12\n34", "010190-1234", "0101901234",
        "010190\\n1234", "010190\\\\n12\\t34", "010190 \\u2013 1234"]   # escaped, as an error message quotes a value


def _skjuler(case: dict = CASE, sags_id: str = "S-1") -> Skjuler:
    return Skjuler(optagelse.key(), "sygedagpenge", case, sags_id)


@pytest.mark.parametrize("form", HIDE)
def test_the_red_team_s_spellings_are_hidden_as_the_store_writes_them(form):
    """As arbejde._json writes a value into the store (red team r10 skjuler_forms.py)."""
    from harness.audit.arbejde import _json
    s = _skjuler()
    for value, hidden in ((form, f'"{HIDDEN}"'), ({"kommentar": f"søster: {form}."}, f'{{"kommentar":"søster: {HIDDEN}."}}'),
                          ([form, 1], f'["{HIDDEN}",1]')):
        assert _json(value, s) == hidden, (form, value)
    assert s.text(f"borger «{form}» fejlede") == f"borger «{HIDDEN}» fejlede"


def test_a_hyphenated_name_is_hidden_in_any_order():
    s = _skjuler({"person": {"navn": "Anne Holm-Jensen", "cpr": "010203-1234"}}, "q")
    for form in ("Anne Holm-Jensen", "Holm-Jensen, Anne", "anne holm jensen", "HOLM JENSEN ANNE", "Anne Holm Jensen"):
        assert s.text(f"({form})") == f"({HIDDEN})", form
    # each word of 3+ letters is hidden alone too (red team r10b F3: "Kære Anne"), as a whole word only
    assert s.text("Holm 12, Anne") == f"{HIDDEN} 12, {HIDDEN}"
    assert s.text("Holmen 12, Annette") == "Holmen 12, Annette"


KEPT = ["2026-01-05", "12345.67", "2026-W05", "uge 2026-W05: 4465.00 kr.", "2026-01-05 – 2026-01-12",
        "2026-01-05 12345.67", "01.01.2026 - 31.12.2026", "2026-01-05 2026-02-01", "05-01-2026 12 345,00",
        "1234567.89", "[10, 20, 30, 4000]", "12 34 56 78 90", "SDL30_FLEKSJOB", "Alibaba", "Fatimah Hansen"]


def test_a_decision_s_ordinary_values_are_not_hidden():
    from harness.audit.arbejde import _json
    s = _skjuler()
    for text in KEPT:
        assert s.text(text) == text, text
        assert _json(text, s) == json.dumps(text, ensure_ascii=False), text
    assert _json({"fra": "2026-01-05", "beloeb": "12345.67", "uger": ["2026-W05", "2026-W06"], "n": [2026, 105]},
                 s) == '{"fra":"2026-01-05","beloeb":"12345.67","uger":["2026-W05","2026-W06"],"n":[2026,105]}'


def test_the_reference_s_whole_decisions_pass_through_the_scrubber_unchanged():
    """Whole decisions (dates, amounts, week ids, §§, explanations) of both benefits: nothing in them is hidden."""
    from harness.audit.arbejde import _json
    from harness.contract.ydelse import find
    for navn in ("sygedagpenge", "kontanthjaelp"):
        for case, _ in optagelse.cases(navn, 15):
            decision = find(navn).reference.calculate(case, begrundelse=True)
            decision = {k: v for k, v in decision.items() if k != "sags_id"}
            assert _json(decision, Skjuler(optagelse.key(), navn, {}, "")) == orjson.dumps(decision).decode()


def test_the_wider_patterns_are_still_linear_in_the_text():
    s = _skjuler()
    for text in ("01 01 90   -   " * 20_000, "010190 " + " " * 300_000, "ali" + " ,-" * 100_000, "ali, " * 60_000,
                 "0101 90 - 12 " * 25_000, "fatima-" * 50_000, "01\n" * 100_000, "\\" * 300_000,
                 "010190" + "\\" * 300_000, "ali" + "\\n" * 100_000):
        t0 = time.perf_counter()
        s.text(text)
        assert time.perf_counter() - t0 < 2, text[:20]


def test_no_spelling_of_the_red_team_s_texts_reaches_the_store(recording, tmp_path):
    """End to end (red team r10 pii_mutate.py and own_name_reversed.py): every decision gets another citizen's CPR
    number in the red team's spellings and its own citizen's name surname first, in a field the schema does not
    know and in a reason code."""
    records, _lines, _planted, _path = recording
    texts = ["søster Mette Nielsen, cpr 010190 - 1234", "Mette Nielsen 010190\n1234", "Mette Nielsen 010190-12 34",
             "Mette Nielsen 01.01.90 – 1234", "Mette Nielsen 010190\t1234"]
    lines = []
    for i, (case, decision) in enumerate(records[:30]):
        if case["ydelse"] != "sygedagpenge":
            continue
        words = case["person"]["navn"].split()            # "Hansen-Ødegaard, Testborger00001", as registers write
        wrong = json.loads(json.dumps(decision))
        wrong["kommentar"] = f"{texts[i % len(texts)]}; {words[-1]}, {' '.join(words[:-1])}"
        wrong["ret_kommune"]["aarsager"] = [*wrong["ret_kommune"]["aarsager"], texts[(i + 1) % len(texts)]]
        lines.append({"case": case, "decision": wrong})
    path = tmp_path / "pii.jsonl"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    outcome = audit(AuditConfig(out=tmp_path / "a", salt=optagelse.SALT.encode(), recorded=path, workers=1))
    assert outcome.tal["sager"]["afvigende"] == len(lines)
    blob = _outputs(outcome.out)
    assert lines and not [t for t in ("010190", "01.01.90", "Testborger", "Ødegaard") if t in blob]
    assert blob.count("Mette Nielsen") >= len(lines)       # other citizens' names are not hidden, by design


PROC_SCANNER = textwrap.dedent('''
    """A cmd: candidate that looks for the audit's salt where a process of the same user can: in every other
    process's /proc environment and command line. It answers with the reference's decision and says what it found."""
    import json, os, sys
    sys.path.insert(0, {repo!r})
    from harness.reference import calculate
    SALT = {salt!r}.encode()

    def found():
        hits = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            for part in ("environ", "cmdline"):
                try:
                    with open(f"/proc/{{pid}}/{{part}}", "rb") as f:
                        if SALT in f.read():
                            hits.append(part)
                except OSError:
                    pass
        return ",".join(sorted(set(hits))) or "<ikke fundet>"

    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("cmd") == "start":
            print(json.dumps({{"ready": True, "metadata": {{"system": "ProcSkanner", "version": "1",
                                                          "ydelser": ["sygedagpenge"]}}}}), flush=True)
        elif msg.get("cmd") == "run":
            d = calculate(msg["case"])
            d["proc"] = found()
            print(json.dumps({{"seq": msg["seq"], "decision": d}}), flush=True)
        elif msg.get("cmd") == "stop":
            break
''')


@pytest.mark.parametrize("how", ["environment", "stdin"])
def test_a_salt_on_standard_input_stays_out_of_what_a_candidate_can_read_in_proc(tmp_path, how):
    """The coordinator's /proc environment keeps the variable it started with, and its command line shows --salt
    (or the path of a --salt-file, which a candidate of the same user can then read: red team round 10b): a
    candidate running as the same user reads them. Piped in with `--salt-file -`, the salt is in none of them (the
    environment case is the documented reason; it shows the scanner works)."""
    salt = "proc-" + optagelse.SALT
    script = tmp_path / "proc_skanner.py"
    script.write_text(PROC_SCANNER.format(repo=str(REPO), salt=salt), encoding="utf-8")
    cases = tmp_path / "sager.jsonl"
    cases.write_bytes(b"".join(orjson.dumps(case) + b"\n" for case, _ in optagelse.cases("sygedagpenge", 3)))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    args, given = [], None
    if how == "environment":
        env[SALT_ENV] = salt
    else:
        args, given = ["--salt-file", "-"], salt + "\n"
    out = tmp_path / "r"
    done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", str(cases), "-c", f"cmd:{sys.executable} {script}",
                           "-o", str(out), "-w", "1", "-q", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env=env, input=given)
    assert done.returncode == 1, done.stderr       # the extra field `proc` differs from the reference
    seen = {r["faktisk"] for r in pq.read_table(out / "afvigelser.parquet").to_pylist() if r["felt"] == "proc"}
    assert seen == ({'"environ"'} if how == "environment" else {'"<ikke fundet>"'})
