"""Hostile candidates, python: and cmd:. Each misbehaves on the second scenario (SDP-900-002, sags_id S2) and
answers the others rightly; each test asserts the catalogue's contract (`contained`: bounded, every scenario
once, NO-GO, no secret anywhere), that the hostile case is recorded as what it is, and that the innocent case
after it (SDP-901-001) is not blamed."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes.fake_reference import calculate as fake
from tests.robustness.conftest import REPO, cmd_spec, contained, hostile_run, py_spec, wrapped_spec
from tests.suite import write_suite

HOSTILE_ID, NEXT_ID = "SDP-900-002", "SDP-901-001"


def _classes(case: dict) -> list[str]:
    return [d["klasse"] for d in case["deviations"]]


# --- python: candidates (a child process of their own) ------------------------------------------------------

PY_CASES = [
    # mode, expected status of the hostile case, a text its reason must hold
    ("sys_exit", "errored", "SystemExit"),                      # sys.exit(0) used to end the run with exit 0
    ("os_exit", "errored", "exited"),                           # the child dies; the run goes on
    ("segfault", "errored", "exited (code -11)"),               # a real SIGSEGV in the candidate
    ("hang", "errored", "timeout"),                             # sleeps forever: the per-case timeout holds
    ("busy_loop", "errored", "timeout"),                        # spins the CPU: the same
    ("keyboard_interrupt", "errored", "KeyboardInterrupt"),     # a BaseException is the case's, not the run's
    ("base_exception", "errored", "BaseException"),
    ("mutate", "errored", "changed the case"),                  # edits its input: refused, harness copy intact
    ("nan", "deviation", "NaN"),                                # NaN is an invalid answer, results.json stays JSON
    ("rows_200000", "deviation", "MiB"),                        # a row 200,000 times (30 MB): refused by size
    ("deep", "deviation", "not JSON-serialisable"),             # 50,000 nested lists: the child cannot write them
]


@pytest.mark.parametrize("mode, status, reason", PY_CASES, ids=[c[0] for c in PY_CASES])
def test_python_candidate_misbehaving_is_that_cases_result(tmp_path, mode, status, reason):
    timeout = "10" if mode.startswith("rows") else "2"         # writing 30 MB of JSON takes the child a while
    outcome = hostile_run(tmp_path, py_spec(), "--timeout", timeout, env={"HOSTILE": mode})
    contained(outcome)
    hostile = outcome.case(HOSTILE_ID)
    assert hostile["status"] == status and reason in hostile["reason"] + str(hostile["deviations"]), hostile
    assert _classes(hostile) == (["fejl_timeout"] if status == "errored" else ["ugyldigt_svar"])
    assert outcome.case(NEXT_ID)["status"] == "pass"                     # the next case is not blamed


def test_python_candidate_repeating_a_row_8000_times_is_compared_in_bounded_time(tmp_path):
    outcome = hostile_run(tmp_path, py_spec(), env={"HOSTILE": "rows_8000"})
    contained(outcome)
    dev = outcome.case(HOSTILE_ID)["deviations"][0]
    assert dev["klasse"] == "forkert_beloeb" and "afviger" in dev["besked"]
    assert len(dev["felter"]) <= 500 and any("#2]" in f["felt"] for f in dev["felter"])   # numbered duplicates


def test_python_candidate_printing_a_forged_answer_cannot_corrupt_the_protocol(tmp_path):
    outcome = hostile_run(tmp_path, py_spec(), env={"HOSTILE": "print"})
    assert outcome.code == 0, outcome.stderr                  # its print went to stderr; every answer is right
    assert all(c["status"] == "pass" for c in outcome.results["cases"])


def test_python_candidate_injecting_markup_cannot_make_the_pack_read_go(tmp_path):
    outcome = hostile_run(tmp_path, py_spec(), env={"HOSTILE": "inject"})
    _no_forged_verdict(outcome, contained(outcome))


def test_python_candidate_echoing_the_token_leaks_nothing(tmp_path):
    outcome = hostile_run(tmp_path, py_spec(), env={"HOSTILE": "token_echo"})
    results = contained(outcome)
    assert "***" in results["candidate"]["metadata"]["system"]           # it did find the token, and it was blanked
    assert "***" in outcome.case(HOSTILE_ID)["reason"]


# --- cmd: candidates (a process group of their own) ---------------------------------------------------------

CMD_CASES = [
    ("hang", "errored", "timeout"),
    ("crash", "errored", "exited (code -11)"),                  # SIGSEGV, with "Segmentation fault" on stderr
    ("garbage", "errored", "not JSON"),
    ("nan", "deviation", "NaN"),
    ("infinity", "deviation", "Infinity"),
    ("duplicate_key", "deviation", "to gange"),                 # a key twice in one object: no one meaning
    ("torn_line", "deviation", "midt i en linje"),              # dies mid-line: blamed on this case, not the next
    ("huge_line", "deviation", "without a line break"),         # 26 MB without a newline: cut at 16 MiB
    ("stderr_flood", "deviation", "stderr"),                    # 26 MB on stderr during one case
    ("wrong_seq", "errored", "seq"),
    ("deep", "deviation", "dybere"),                            # 100,000 nested lists on the line: no RecursionError
]


@pytest.mark.parametrize("mode, status, reason", CMD_CASES, ids=[c[0] for c in CMD_CASES])
def test_cmd_candidate_misbehaving_is_that_cases_result(tmp_path, mode, status, reason):
    outcome = hostile_run(tmp_path, cmd_spec(mode), "--timeout", "2")
    contained(outcome)
    hostile = outcome.case(HOSTILE_ID)
    assert hostile["status"] == status and reason in hostile["reason"], hostile
    assert outcome.case(NEXT_ID)["status"] == "pass"


@pytest.mark.parametrize("mode", ["hang", "ignore_stop"])
def test_wrapped_cmd_candidate_whose_grandchild_hangs_or_ignores_stop_cannot_hang_the_run(tmp_path, mode):
    """`cmd:sh -c '…'`: the hanging process is the harness's grandchild; the whole group is killed."""
    outcome = hostile_run(tmp_path, wrapped_spec(mode), "--timeout", "2")
    contained(outcome)
    assert "timeout" in outcome.case(HOSTILE_ID)["reason"]
    assert outcome.case(NEXT_ID)["status"] == "pass"


def test_grandchild_escaping_the_process_group_and_holding_stdout_cannot_hang_the_run(tmp_path):
    """setsid() puts it beyond the group kill; the harness still ends, because it never waits for the pipe, and
    the grandchild does not outlive the run: it carries the process's mark in its environment and is killed too."""
    pidfile = tmp_path / "escaped.pid"
    try:
        outcome = hostile_run(tmp_path, cmd_spec("escape_group", str(pidfile)), "--timeout", "2")
        contained(outcome)
        assert "timeout" in outcome.case(HOSTILE_ID)["reason"]
        pid = int(pidfile.read_text())
        for _ in range(50):                      # SIGKILL is sent; the kernel may take a moment to reap it
            if not _alive(pid):
                break
            time.sleep(0.1)
        assert not _alive(pid), f"the escaped grandchild {pid} outlived the run"
    finally:
        _kill_escaped(pidfile)


def test_a_process_that_exits_is_seen_to_exit_though_its_escaped_grandchild_holds_stdout(tmp_path):
    """The process dies on S2 without answering, and a grandchild in a session of its own keeps stdout open, so
    the pipe never reaches end of file: the case is still recorded as the exit it is (not as a timeout after the
    whole --timeout, which made a candidate that died every few cases run for hours: red team r17), and the next
    case runs in a fresh process."""
    pidfile = tmp_path / "escaped.pid"
    try:
        outcome = hostile_run(tmp_path, cmd_spec("escape_then_exit", str(pidfile)), "--timeout", "60")
        contained(outcome)
        hostile = outcome.case(HOSTILE_ID)
        assert hostile["status"] == "errored" and "exited (code 3)" in hostile["reason"], hostile
        assert outcome.case(NEXT_ID)["status"] == "pass"
    finally:
        _kill_escaped(pidfile)


def test_sigterm_ends_the_run_as_ctrl_c_does_and_leaves_no_candidate_process(tmp_path):
    """A CI job cancelled, or `timeout`, sends SIGTERM: the run stops as on Ctrl-C (exit 130, how to resume), and
    the candidate's processes do not outlive it, the grandchild that left their group included. Before, SIGTERM
    ended the harness at once and a candidate in a session of its own ran on (red team r17)."""
    golden, out, pidfile = tmp_path / "golden", tmp_path / "reports", tmp_path / "escaped.pid"
    write_suite(golden, fake)
    proc = subprocess.Popen([sys.executable, "-c", "from harness.cli import main; main()", "run", "--candidate",
                             cmd_spec("escape_group", str(pidfile)), "--golden-dir", str(golden), "--out", str(out),
                             "--run-id", "t", "--today", "2026-11-23", "--timeout", "60"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (pidfile.exists() and pidfile.read_text().strip()):
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        time.sleep(1.0)                          # into the cases: the candidate hangs on S2 for an hour
        assert proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr and "interrupted" in stderr and "--resume" in stderr, stderr
        pid = int(pidfile.read_text())
        for _ in range(50):
            if not _alive(pid):
                break
            time.sleep(0.1)
        assert not _alive(pid), f"the escaped grandchild {pid} outlived the run"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        _kill_escaped(pidfile)


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper is as good as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_cmd_candidate_injecting_markup_cannot_make_the_pack_read_go(tmp_path):
    outcome = hostile_run(tmp_path, cmd_spec("inject"))
    _no_forged_verdict(outcome, contained(outcome))


def test_cmd_candidate_echoing_the_token_leaks_nothing(tmp_path):
    """Its own environment has no token (removed), so it reads the harness's through /proc; it is blanked."""
    outcome = hostile_run(tmp_path, cmd_spec("token_echo"))
    results = contained(outcome)
    assert "***" in results["candidate"]["metadata"]["system"]
    assert "***" in outcome.case(HOSTILE_ID)["reason"]


def test_maxfail_stops_a_hopeless_candidate_and_records_the_rest_as_not_run(tmp_path):
    outcome = hostile_run(tmp_path, py_spec(), "--maxfail", "1", env={"HOSTILE": "sys_exit"})
    results = contained(outcome)
    not_run = [c for c in results["cases"] if c.get("ikke_koert")]
    assert [c["id"] for c in not_run] == outcome.golden_ids[2:]          # after the first failure (the 2nd case)
    assert all(c["status"] == "skipped" and "--maxfail" in c["reason"] for c in not_run)
    assert any("blev ikke kørt" in r for r in results["gate"]["reasons"])


def test_deadline_ends_a_run_of_hanging_cases_and_records_the_rest_as_not_run(tmp_path):
    outcome = hostile_run(tmp_path, cmd_spec("hang"), "--timeout", "30", "--deadline", "3")
    results = contained(outcome)
    assert "timeout" in outcome.case(HOSTILE_ID)["reason"]                # cut at the deadline, not after 30 s
    not_run = [c["id"] for c in results["cases"] if c.get("ikke_koert")]
    assert not_run == outcome.golden_ids[2:]
    assert results["limits"]["deadline_seconds"] == 3


# --- helpers --------------------------------------------------------------------------------------------

def _no_forged_verdict(outcome, results: dict) -> None:
    summary = (outcome.out / "summary.md").read_text(encoding="utf-8")
    lines = summary.splitlines()
    from harness.report.text import judged_text
    verdict = f"**Afgørelse: NO-GO — ikke godkendt til udrulning{judged_text(results)}**"   # + the benefits judged
    assert [line for line in lines if line.startswith("**")] == [verdict]
    assert lines[:3] == ["# Udrulningsgodkendelse", "", verdict]
    assert not any(line.startswith("#") and "GO" in line for line in lines)     # no heading of the candidate's
    # the injected line breaks start no line of their own
    assert not any(line.lstrip().startswith(("KSD", "<img", "# GO", "Afgørelse: GO", "9 ", "GO")) for line in lines)
    assert "\x1b" not in summary and "\r" not in summary and "\x00" not in summary and "\u202e" not in summary
    for line in lines:                  # raw HTML only escaped (\<img) or inside a code span, where it is literal
        for tag in ("<img", "<script"):
            at = line.find(tag)
            while at >= 0:
                assert line[at - 1:at] == "\\" or _in_code_span(line, at), line
                at = line.find(tag, at + 1)
    for stream in (outcome.stdout, outcome.stderr):
        assert "\x1b" not in stream and "\r" not in stream
    assert "Afgørelse: NO-GO — ikke godkendt til udrulning" in outcome.stdout
    assert "\x1b" not in (outcome.out / "junit.xml").read_text(encoding="utf-8")


def _in_code_span(line: str, at: int) -> bool:
    """Whether position `at` lies inside a backtick code span (CommonMark: a run of n backticks to the next run
    of exactly n)."""
    import re
    spans, pos = [], 0
    for m in re.finditer(r"(?<!`)(`+)(?!`)", line):
        if m.start() < pos:
            continue
        close = re.search(rf"(?<!`){m.group(1)}(?!`)", line[m.end():])
        if close:
            spans.append((m.end(), m.end() + close.start()))
            pos = m.end() + close.end()
    return any(a <= at < b for a, b in spans)


def _kill_escaped(pidfile: Path) -> None:
    deadline = time.monotonic() + 5
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    if pidfile.exists():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)
