"""The sample candidate service itself: fault options, a reset that really resets, serve-sample for a user,
and the throughput benchmark (bounded)."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from adapters.sample_service.faults import Faults, FaultSpecError
from adapters.sample_service.server import free_port
from harness.golden.store import load_goldens
from tests.http.conftest import REPO, cli


def test_fault_spec_parses_and_rejects_clearly():
    f = Faults.parse("latency=50, error5xx=0.1,malformed=0.05,drop=0.1,reset=0.05,seed=1")
    assert (f.latency_ms, f.error5xx, f.malformed, f.drop, f.reset, f.seed) == (50, 0.1, 0.05, 0.1, 0.05, 1)
    assert Faults.parse("").describe() == "none"
    for bad, message in (("error5xx=2", "a share between 0 and 1"), ("latency=-1", "milliseconds"),
                         ("seed=x", "an integer"), ("boom=1", "unknown fault 'boom'"), ("drop", "expected key=value")):
        with pytest.raises(FaultSpecError, match=message):
            Faults.parse(bad)


def test_same_seed_same_faults():
    a, b = Faults.parse("drop=0.5,seed=9"), Faults.parse("drop=0.5,seed=9")
    assert [a.hit(0.5) for _ in range(50)] == [b.hit(0.5) for _ in range(50)]
    assert [a.hit(0.5) for _ in range(50)] != [Faults.parse("seed=10").hit(0.5) for _ in range(50)]


def test_reset_fault_really_resets_the_tcp_connection(service):
    server = service("reset=1")
    body = json.dumps(load_goldens()[0].case).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(b"POST /v1/sygedagpenge/decisions HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body) + body)
        with pytest.raises(ConnectionResetError):
            s.recv(100)
    assert httpx.get(server.url + "/info").status_code == 200          # /info is never faulted


def test_echo_mode_answers_placeholders(service):
    from adapters.sample_service.server import BackgroundServer
    with BackgroundServer(echo=True) as server:
        got = httpx.post(server.url + "/v1/sygedagpenge/decisions/batch", json={"cases": [{"sags_id": "a"}, {"sags_id": "b"}]})
        assert got.json() == {"results": [{"sags_id": "a", "decision": {"echo": True}},
                                          {"sags_id": "b", "decision": {"echo": True}}]}
        assert httpx.get(server.url + "/info").json()["mode"] == "echo"


def test_serve_sample_serves_until_ctrl_c(tmp_path):
    port = free_port()
    proc = cli("serve-sample", "--host", "127.0.0.1", "--port", str(port), "--faults", "latency=1,seed=1")
    try:
        deadline = time.monotonic() + 20
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            try:
                info = httpx.get(f"http://127.0.0.1:{port}/info", timeout=1).json()
                break
            except httpx.TransportError:
                time.sleep(0.05)
        assert info["system"] == "ydelsestjek-reference"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=20)
        assert proc.returncode == 0 and f"sample candidate on http://127.0.0.1:{port}" in stderr
        assert "latency=1ms" in stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


@pytest.mark.parametrize("args, message", [
    (["--faults", "error5xx=7"], "--faults: error5xx needs a share between 0 and 1"),
    (["--token-env", "SURELY_NOT_SET_4711"], "the environment variable SURELY_NOT_SET_4711 is not set"),
    (["--port", "0"], "--port: expected 1-65535"),
])
def test_serve_sample_bad_options_exit_2(args, message):
    proc = cli("serve-sample", "--port", str(free_port()), *args)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 2 and message in stderr and "Traceback" not in stderr


def test_serve_sample_port_in_use_exit_2():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        proc = cli("serve-sample", "--port", str(s.getsockname()[1]))
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "the port is in use" in stderr


def test_benchmark_runs_bounded_and_names_its_modes():
    proc = subprocess.run([sys.executable, "benchmarks/http_throughput.py", "--cases", "400", "--seconds", "0.5"],
                          cwd=REPO, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    rows = [line.split() for line in proc.stdout.splitlines() if line.startswith(("in-process", "HTTP"))]
    assert {(r[0], r[1]) for r in rows} == {("in-process", "reference"), ("HTTP", "reference"), ("HTTP", "memo"),
                                            ("HTTP", "echo")}
    assert all(r[-1] == "0" for r in rows)                   # every answer was a decision
