"""Hostile HTTP candidates: a real server on 127.0.0.1 that misbehaves on the second scenario (sags_id S2). The
run is a real subprocess with the bearer token in its environment (YDELSESTJEK_TOKEN, sent to the server)."""
from __future__ import annotations

import pytest

from tests.robustness.conftest import contained, hostile_run
from tests.robustness.hostile_http import HostileServer
from tests.robustness.test_hostile_candidates import HOSTILE_ID, NEXT_ID, _no_forged_verdict


@pytest.fixture
def server():
    started: list[HostileServer] = []

    def make(mode: str) -> HostileServer:
        started.append(HostileServer(mode))
        return started[-1]

    yield make
    for s in started:
        s.stop()


def test_a_body_trickled_one_byte_every_half_second_is_cut_at_the_timeout(tmp_path, server):
    srv = server("trickle")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1&retries=0", "--timeout", "2")
    contained(outcome)
    hostile = outcome.case(HOSTILE_ID)
    assert hostile["status"] == "errored" and "no complete answer within 2 s" in hostile["reason"]
    assert outcome.case(NEXT_ID)["status"] == "pass"


# The run's own peak memory: VmHWM of its process after exec (/proc/self/status), written when it exits. Neither
# RUSAGE_SELF nor RUSAGE_CHILDREN can tell it: both keep the high-water mark of the image forked from the test
# process before exec, which is as large as the whole test session.
PEAK = ("import atexit, os\n"
        "def _peak():\n"
        "    with open('/proc/self/status') as f:\n"
        "        kib = next(int(line.split()[1]) for line in f if line.startswith('VmHWM:'))\n"
        "    with open(os.environ['YDELSESTJEK_TEST_PEAK'], 'w') as out:\n"
        "        out.write(str(kib))\n"
        "atexit.register(_peak)\n"
        "from harness.cli import main; main()")


def test_a_500_mb_body_is_cut_at_the_size_cap_without_holding_it_in_memory(tmp_path, server, monkeypatch):
    from tests.robustness import conftest
    srv = server("huge")
    peak_file = tmp_path / "peak"
    real_run = conftest.subprocess.run

    def run_with_peak(cmd, **kw):
        kw["env"] = {**kw["env"], "YDELSESTJEK_TEST_PEAK": str(peak_file)}
        return real_run([cmd[0], "-c", PEAK, *cmd[3:]], **kw)

    monkeypatch.setattr(conftest.subprocess, "run", run_with_peak)
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1&retries=0")
    monkeypatch.undo()
    contained(outcome)
    hostile = outcome.case(HOSTILE_ID)
    assert hostile["status"] == "deviation" and "max_body" in hostile["reason"]
    assert [d["klasse"] for d in hostile["deviations"]] == ["ugyldigt_svar"]
    peak_mib = int(peak_file.read_text()) / 1024
    assert 0 < peak_mib < 600, f"the run peaked at {peak_mib:.0f} MiB while a 500 MB body was sent to it"


def test_a_declared_500_mb_body_is_refused_before_it_is_read(tmp_path, server):
    srv = server("huge_declared")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1&retries=0")
    contained(outcome)
    assert "Content-Length" in outcome.case(HOSTILE_ID)["reason"]


def test_429_retry_after_is_honoured_when_it_fits(tmp_path, server):
    srv = server("retry_after_1")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1", "--timeout", "5")
    assert outcome.code == 0, outcome.stdout + outcome.stderr              # S2 answered rightly the second time
    s2 = [t for path, t, sid in srv.requests if sid == "S2"]
    assert len(s2) == 2 and s2[1] - s2[0] >= 0.95                          # it waited the second it was asked to


def test_429_asking_for_an_hour_fails_at_once_with_that_reason(tmp_path, server):
    srv = server("retry_after_hour")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1", "--timeout", "5")
    contained(outcome)
    reason = outcome.case(HOSTILE_ID)["reason"]
    assert "HTTP 429" in reason and "Retry-After" in reason and "3600" in reason
    assert srv.s2_calls == 1                                               # not hammered while it asks to wait


def test_nan_in_an_http_answer_is_an_invalid_answer_and_results_stay_json(tmp_path, server):
    srv = server("nan")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1")
    contained(outcome)
    assert [d["klasse"] for d in outcome.case(HOSTILE_ID)["deviations"]] == ["ugyldigt_svar"]


def test_a_key_written_twice_in_an_http_answer_is_an_invalid_answer(tmp_path, server):
    """Red team r16 F4: orjson keeps the last of two equal keys, so an answer paying "0.00" and then the law's amount
    passed, while a reader keeping the first pays nothing. Such JSON has no one meaning: an invalid answer."""
    srv = server("duplicate_key")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1")
    contained(outcome)
    hostile = outcome.case(HOSTILE_ID)
    assert [d["klasse"] for d in hostile["deviations"]] == ["ugyldigt_svar"]
    assert "udbetalt_i_alt" in hostile["reason"] + str(hostile["deviations"])
    assert outcome.case(NEXT_ID)["status"] == "pass"


def test_a_hanging_server_is_a_timeout_of_that_case(tmp_path, server):
    srv = server("hang")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1&retries=0", "--timeout", "2")
    contained(outcome)
    assert "timeout" in outcome.case(HOSTILE_ID)["reason"]
    assert outcome.case(NEXT_ID)["status"] == "pass"


def test_http_metadata_and_errors_injecting_markup_cannot_make_the_pack_read_go(tmp_path, server):
    srv = server("inject")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1")
    _no_forged_verdict(outcome, contained(outcome))


def test_a_server_echoing_the_token_in_every_encoding_leaks_nothing(tmp_path, server):
    srv = server("token_echo")
    outcome = hostile_run(tmp_path, f"{srv.url}?batch=1")
    results = contained(outcome)
    meta = results["candidate"]["metadata"]
    assert meta["system"] == "echo Bearer ***" and "***" in meta["version"]
    assert "***" in outcome.case(HOSTILE_ID)["reason"]
