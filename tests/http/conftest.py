"""Real HTTP on loopback: the sample service runs under uvicorn on 127.0.0.1 with a free port, in a background
thread of the test process; runs go through the real CLI (in process, or as a subprocess where a test must
kill it or read everything it prints)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.sample_service.faults import Faults
from adapters.sample_service.server import BackgroundServer

REPO = Path(__file__).resolve().parents[2]
TOKEN = "tok-3f9c1e7a-do-not-leak-8d2b"      # distinctive: grepped for in every output file
TOKEN_ENV = "YDELSESTJEK_TEST_TOKEN"


@pytest.fixture(scope="session")
def reference_service():
    """The reference behind HTTP, no faults, bearer token required: shared by the tests that only read."""
    with BackgroundServer(token=TOKEN) as server:
        yield server


@pytest.fixture
def service():
    """A factory for services with faults; each is stopped after the test."""
    started: list[BackgroundServer] = []

    def make(faults: str = "", token: str | None = None, memo: bool = False) -> BackgroundServer:
        server = BackgroundServer(Faults.parse(faults), token=token, memo=memo)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def token_env(monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    return TOKEN_ENV


def cli(*args: str, env: dict | None = None, **popen) -> subprocess.Popen:
    """`ydelsestjek ARGS` as a real subprocess of this interpreter, in the repository folder, with SIGINT as a
    terminal's foreground job has it: a test suite started in the background (`cmd &` in a script) ignores SIGINT,
    and an ignored signal is inherited, so Ctrl-C would otherwise never reach the run."""
    return subprocess.Popen([sys.executable, "-c", "from harness.cli import main; main()", *args], cwd=REPO,
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint, **popen)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def jsonl_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


RUN_SPECIFIC = ("run_id", "started", "finished", "timings", "tidligere_koersler")


def comparable(results: dict) -> dict:
    """results.json without what legitimately differs between two runs of the same thing: the run's id, its
    clock times and durations (`run_id`, `started`, `finished`, `timings`, each case's `seconds`, the negative
    stage's `seconds`), and the earlier runs of the same version the state folder remembers (`tidligere_koersler`)."""
    doc = {k: v for k, v in results.items() if k not in RUN_SPECIFIC}
    if "negative" in doc:       # the negative stage's time is a duration too
        doc["negative"] = {k: v for k, v in doc["negative"].items() if k != "seconds"}
    doc["cases"] = [{k: v for k, v in case.items() if k != "seconds"} for case in results["cases"]]
    return doc
