"""Whole runs over real loopback HTTP against the sample service: the reference behind HTTP is GO, and each
injected fault class ends in the right errored or deviation results and a completed evidence pack."""
from __future__ import annotations

import http.server
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.sample_service.server import free_port
from harness.cli import app
from harness.report import load_results
from tests.http.conftest import TOKEN, TOKEN_ENV, cli
from tests.suite import besides_the_selection


class JsonHandler(http.server.BaseHTTPRequestHandler):
    """A test server's handler: JSON answers, no request log on the terminal, no Nagle delay (headers and body are
    two writes; with Nagle each answer would wait for the client's delayed acknowledgement, ≈ 40 ms)."""

    disable_nagle_algorithm = True

    def _send(self, doc: object, status: int = 200) -> None:
        data = json.dumps(doc).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        """Silenced: the test's output stays readable."""

SUBSET = "SDP-030-*"          # the goldens of one legal area: enough cases for several batches, quick
SUBSET_SIZE = len(list((Path(__file__).parents[2] / "golden" / "sygedagpenge").glob("SDP-030-*[0-9].json")))


def batch_sizes(size: int) -> set[int]:
    """The sizes of the batches the subset is sent in: full batches and the rest."""
    full, rest = divmod(SUBSET_SIZE, size)
    return ({size} if full else set()) | ({rest} if rest else set())


def run(tmp_path: Path, spec: str, *extra: str, run_id: str = "r"):
    res = CliRunner().invoke(app, ["run", "--candidate", spec, "--out", str(tmp_path / "reports"), "--run-id", run_id,
                                   "--today", "2026-11-23", *extra])
    out = tmp_path / "reports" / run_id
    return res, out


def completed(out: Path, cases: int) -> dict:
    """The pack is complete: results.json valid, every case once in results.jsonl, summary and junit written."""
    results = load_results(out / "results.json")
    lines = [json.loads(line)["id"] for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(set(lines)) == cases == results["summary"]["cases"]
    assert (out / "summary.md").stat().st_size and (out / "junit.xml").stat().st_size
    return results


def reasons(results: dict) -> set[str]:
    return {c["reason"] for c in results["cases"] if c["status"] == "errored"}


SILENT = 50     # policies/default.yaml run_bounds.silent_cases: a server failing every case is down after these


def errored_then_down(results: dict, batch: int) -> set[int]:
    """A server that fails every case: each case sent is errored, until SILENT cases in a row had no answer (over 3
    calls); the rest are recorded as not run, the candidate taken to be down (harness/runner.py run_bounds). Returns
    the sizes of the batches sent."""
    sent = min(SUBSET_SIZE, -(-SILENT // batch) * batch)
    not_run = [c for c in results["cases"] if c.get("ikke_koert")]
    assert results["summary"]["errored"] == sent and len(not_run) == SUBSET_SIZE - sent
    assert all("regnes for nede" in c["reason"] for c in not_run)
    return batch_sizes(batch) if sent == SUBSET_SIZE else {batch}


def test_reference_behind_http_batches_is_go_on_the_whole_golden_set(tmp_path, reference_service, token_env):
    from harness.golden.store import load_goldens
    res, out = run(tmp_path, f"{reference_service.url}?token_env={token_env}")
    assert res.exit_code == 0, res.output
    results = completed(out, len(load_goldens()))
    assert results["gate"]["verdict"] == "GO" and results["summary"]["deviations"] == 0
    assert results["summary"]["pass"] == results["summary"]["cases"]
    assert results["candidate"]["metadata"]["system"] == "ydelsestjek-reference"


def test_single_requests_with_concurrency_are_go_too(tmp_path, reference_service, token_env):
    res, out = run(tmp_path, f"{reference_service.url}?batch=1&concurrency=3&token_env={token_env}", "--only", SUBSET)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
    assert completed(out, SUBSET_SIZE)["summary"]["pass"] == SUBSET_SIZE


def test_5xx_beyond_retries_is_errored_with_a_completed_report(tmp_path, service):
    server = service("error5xx=1")
    res, out = run(tmp_path, f"{server.url}?batch=10&retries=2&backoff=0.01", "--only", SUBSET)
    assert res.exit_code == 1, res.output
    results = completed(out, SUBSET_SIZE)
    sizes = errored_then_down(results, 10)
    assert reasons(results) == {f"batch of {n}: HTTP 503: injected fault: service unavailable (after 3 attempts)"
                                for n in sizes}
    assert all(c["deviations"][0]["klasse"] == "fejl_timeout" for c in results["cases"] if not c.get("ikke_koert"))
    assert results["gate"]["verdict"] == "NO-GO"


def test_sporadic_5xx_are_retried_away(tmp_path, service):
    server = service("error5xx=0.4,seed=3")
    res, out = run(tmp_path, f"{server.url}?batch=5&retries=8&backoff=0.001", "--only", SUBSET)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
    assert completed(out, SUBSET_SIZE)["summary"]["pass"] == SUBSET_SIZE


def test_malformed_json_is_errored_never_lost(tmp_path, service):
    server = service("malformed=1")
    res, out = run(tmp_path, f"{server.url}?batch=10", "--only", SUBSET)
    assert res.exit_code == 1, res.output
    results = completed(out, SUBSET_SIZE)
    errored_then_down(results, 10)
    assert all(r.startswith("the answer is not JSON: ") for r in reasons(results))


def test_some_malformed_batches_fall_back_to_single_requests(tmp_path, service):
    server = service("malformed=0.3,seed=1")
    _res, out = run(tmp_path, f"{server.url}?batch=5", "--only", SUBSET)
    results = completed(out, SUBSET_SIZE)
    counts = results["summary"]
    assert counts["pass"] + counts["errored"] == SUBSET_SIZE and counts["deviation"] == counts["skipped"] == 0
    assert 0 < counts["errored"] < SUBSET_SIZE       # seed 1: some single answers were malformed too
    assert all(r.startswith("the answer is not JSON: ") for r in reasons(results))


def test_cases_dropped_from_a_batch_are_asked_again_singly(tmp_path, service):
    server = service("drop=0.5,seed=2")
    res, out = run(tmp_path, f"{server.url}?batch=9", "--only", SUBSET)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
    assert completed(out, SUBSET_SIZE)["summary"]["pass"] == SUBSET_SIZE


def test_connection_resets_beyond_retries_are_errored(tmp_path, service):
    server = service("reset=1")
    res, out = run(tmp_path, f"{server.url}?batch=10&retries=1&backoff=0.01", "--only", SUBSET)
    assert res.exit_code == 1, res.output
    results = completed(out, SUBSET_SIZE)
    sent = errored_then_down(results, 10)
    for r in reasons(results):      # the RST reaches httpx as a reset, or as a disconnect, depending on timing
        sizes = "|".join(map(str, sent))
        assert re.fullmatch(rf"batch of ({sizes}): connection failed: (ReadError: \[Errno 104\] Connection reset by peer|"
                            r"RemoteProtocolError: Server disconnected without sending a response\.) \(after 2 attempts\)", r), r


def test_sporadic_resets_are_retried_away(tmp_path, service):
    server = service("reset=0.4,seed=5")
    res, out = run(tmp_path, f"{server.url}?batch=4&retries=8&backoff=0.001", "--only", SUBSET)
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
    assert completed(out, SUBSET_SIZE)["summary"]["pass"] == SUBSET_SIZE


def test_latency_beyond_the_read_timeout_is_errored_as_timeout(tmp_path, service):
    server = service("latency=1500")
    res, out = run(tmp_path, f"{server.url}?batch=20&read_timeout=0.2&retries=1&backoff=0.01", "--only", SUBSET)
    assert res.exit_code == 1, res.output
    results = completed(out, SUBSET_SIZE)
    assert reasons(results) == {f"batch of {n}: timeout: no complete answer within 0.2 s (after 2 attempts)" for n in batch_sizes(20)}
    assert results["timings"]["candidate_seconds"] < 10


def test_latency_within_the_timeout_is_only_slow(tmp_path, service):
    server = service("latency=100")
    res, out = run(tmp_path, f"{server.url}?batch=10", "--only", SUBSET, "--timeout", "5")
    assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
    assert load_results(out / "results.json")["timings"]["candidate_seconds"] >= 0.3    # 3 batches × 100 ms


def test_all_faults_at_once_still_complete_and_lose_nothing(tmp_path, service):
    server = service("latency=5,error5xx=0.2,malformed=0.1,drop=0.2,reset=0.1,seed=7")
    _res, out = run(tmp_path, f"{server.url}?batch=6&concurrency=2&retries=2&backoff=0.001", "--only", "SDP-03*")
    from fnmatch import fnmatchcase

    from harness.golden.store import load_goldens
    results = completed(out, sum(fnmatchcase(g.id, "SDP-03*") for g in load_goldens()))
    assert results["summary"]["deviation"] == 0 and results["summary"]["skipped"] == 0
    assert results["summary"]["pass"] > 0


def test_token_never_appears_in_any_output(tmp_path, service):
    server = service("error5xx=0.3,malformed=0.1,reset=0.1,seed=4", token=TOKEN)
    out = tmp_path / "reports"
    proc = cli("run", "--candidate", f"{server.url}?batch=7&retries=1&backoff=0.001&token_env={TOKEN_ENV}",
               "--only", "SDP-03*", "--out", str(out), "--run-id", "t", env={TOKEN_ENV: TOKEN})
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode in (0, 1), stderr
    results = load_results(out / "t" / "results.json")
    assert results["summary"]["pass"] > 0 and results["summary"]["errored"] > 0    # the token was used; faults hit
    files = [p for p in (out / "t").rglob("*") if p.is_file()]
    assert {"results.json", "results.jsonl", "run.json", "summary.md", "junit.xml"} <= {p.name for p in files}
    for text in [stdout, stderr] + [p.read_text(encoding="utf-8") for p in files]:
        assert TOKEN not in text
    wrong = cli("run", "--candidate", f"{server.url}?token_env=WRONG_ONE", "--only", "SDP-030-001",
                "--out", str(out), "--run-id", "w", env={"WRONG_ONE": "not-the-right-token-4e1a"})
    stdout, stderr = wrong.communicate(timeout=60)
    assert wrong.returncode == 1 and "HTTP 401" in stdout + (out / "w" / "summary.md").read_text(encoding="utf-8")


def test_a_server_echoing_the_token_is_blanked(tmp_path, token_env):
    """A vendor error page that repeats the Authorization header must not carry the token into the pack."""
    import threading

    class Echo(JsonHandler):
        def do_GET(self):
            self._send({"system": "Echo " + self.headers["Authorization"], "version": "1", "ydelser": ["sygedagpenge"]})

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self._send({"error": {"message": "bad header " + self.headers["Authorization"]}}, 400)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        res, out = run(tmp_path, f"http://127.0.0.1:{httpd.server_port}?token_env={token_env}", "--only", "SDP-030-00*")
    finally:
        httpd.shutdown()
    assert res.exit_code == 1
    assert TOKEN not in res.output
    results = load_results(out / "results.json")
    assert results["candidate"]["metadata"]["system"] == "Echo Bearer ***"
    assert reasons(results) == {"batch of 9: HTTP 400: bad header Bearer ***"}
    for p in out.rglob("*"):
        if p.is_file():
            assert TOKEN not in p.read_text(encoding="utf-8")


@pytest.mark.parametrize("query, message", [
    ("?batch=0", "batch must be at least 1"),
    ("?batch=5000", "batch must be at most 1000"),
    ("?batch=many", "batch must be a number"),
    ("?speed=9", "unknown option 'speed'"),
    ("?token=abc", "never put a token in the spec"),
    ("?token_env=NOT_SET_ANYWHERE_42", "NOT_SET_ANYWHERE_42 (token_env) is not set"),
])
def test_bad_http_options_are_exit_2_with_a_clear_message(tmp_path, query, message):
    res, _ = run(tmp_path, f"http://127.0.0.1:9{query}")
    assert res.exit_code == 2, res.output
    assert message in res.output and "Traceback" not in res.output


@pytest.mark.parametrize("token", ["status", "deviation", "scenarier_med_kroner"])
def test_a_token_that_is_a_word_of_the_evidence_is_refused_before_any_case(tmp_path, reference_service, monkeypatch,
                                                                          token):
    """A token the evidence's own words could hold (too short, or part of a field name) would be blanked out of the
    harness's records and end the run without a pack (redteam 3: token-redaction-crash): exit 2 at the start."""
    monkeypatch.setenv("SVAG_TOKEN", token)
    res, out = run(tmp_path, f"{reference_service.url}?token_env=SVAG_TOKEN", "--only", "SDP-030-001")
    assert res.exit_code == 2, res.output
    assert "SVAG_TOKEN (token_env)" in res.output and "openssl rand" in res.output
    assert "internal error" not in res.output and "ValidationError" not in res.output
    assert not out.exists()


def test_user_and_password_in_the_url_are_refused(tmp_path):
    res, _ = run(tmp_path, "http://me:secret@127.0.0.1:9")
    assert res.exit_code == 2 and "no user or password" in res.output and "secret" not in res.output


def test_unreachable_server_fails_the_cases_not_the_harness(tmp_path):
    port = free_port()
    res, out = run(tmp_path, f"http://127.0.0.1:{port}?retries=1&backoff=0.01", "--only", SUBSET)
    assert res.exit_code == 1 and "Traceback" not in res.output
    results = completed(out, SUBSET_SIZE)
    assert results["candidate"]["start_error"].startswith(f"http://127.0.0.1:{port}/info: cannot connect")
    assert results["summary"]["errored"] == SUBSET_SIZE


def test_smoke_over_http(reference_service, token_env):
    res = CliRunner().invoke(app, ["smoke", "--candidate", f"{reference_service.url}?token_env={token_env}"])
    assert res.exit_code == 0, res.output
    assert "ydelsestjek-reference" in res.output and TOKEN not in res.output


def test_spec_forms_parse_without_network():
    from harness.adapters_api import open_candidate
    c = open_candidate("https://ksd-test.example:8443/api/v2/?batch=50&concurrency=2&read_timeout=30&retries=0")
    assert c.base == "https://ksd-test.example:8443/api/v2"
    assert (c.options.batch, c.options.concurrency, c.read_timeout, c.options.retries) == (50, 2, 30.0, 0)
    assert c.batch_size == 100 and c.spec.startswith("https://")
    assert open_candidate("http://127.0.0.1:8000", timeout=4).read_timeout == 4


def test_answers_are_matched_to_cases_by_sags_id(tmp_path, without_negative):
    """A server that answers a batch out of order is matched by sags_id; a single answer for another case is
    errored, never taken for this one."""
    import threading

    from harness.reference import calculate

    class Shuffler(JsonHandler):
        def do_GET(self):
            self._send({"system": "Shuffler", "version": "1", "ydelser": ["sygedagpenge"]})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path.endswith("/batch"):
                items = [{"sags_id": c["sags_id"], "decision": calculate(c)} for c in body["cases"]]
                self._send({"results": items[::-1]})
            else:
                self._send({"sags_id": "someone-else", "decision": calculate(body)})

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Shuffler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:   # no negative stage: this server has no error answer (an invalid case would drop its connection, retried)
        res, out = run(tmp_path, f"http://127.0.0.1:{httpd.server_port}?batch={SUBSET_SIZE}", "--only", SUBSET,
                       "--policy", str(without_negative), run_id="b")
        assert res.exit_code == 1 and besides_the_selection(load_results(out / "results.json")) == [], res.output
        assert completed(out, SUBSET_SIZE)["summary"]["pass"] == SUBSET_SIZE
        res, out = run(tmp_path, f"http://127.0.0.1:{httpd.server_port}?batch=1", "--only", "SDP-030-00*",
                       "--policy", str(without_negative), run_id="s")
        results = completed(out, 9)
        assert {c["reason"] for c in results["cases"]} == {
            f"the answer is for case 'someone-else', not {c['sags_id']!r}" for c in results["cases"]}
    finally:
        httpd.shutdown()


def test_the_requests_carry_the_user_agent_of_production_not_the_library(tmp_path):
    """`python-httpx/…` in every request told a candidate it was being tested. The default names no library, and
    user_agent= sends what the system's production callers send."""
    import threading

    seen: list[str] = []

    class Listen(JsonHandler):
        def do_GET(self):
            seen.append(self.headers.get("User-Agent", ""))
            self._send({"system": "Lytter", "version": "1", "ydelser": ["sygedagpenge"]})

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Listen)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        from harness.adapters_api import open_candidate
        for query in ("", "?user_agent=Fagsystem%2F7.2%20(Java%2017)"):
            candidate = open_candidate(f"http://127.0.0.1:{httpd.server_port}{query}", timeout=5)
            candidate.start()
            candidate.stop()
    finally:
        httpd.shutdown()
    assert seen == ["Mozilla/5.0 (compatible)", "Fagsystem/7.2 (Java 17)"]
    assert not any("httpx" in agent or "python" in agent.lower() for agent in seen)
