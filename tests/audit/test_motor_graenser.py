"""An existing Dask cluster named with --scheduler is reached in bounded time or the audit stops with a named engine
error (red team round 10c F5): a service that accepts the connection and says nothing held the audit with no end, an
HTTP server's answer became "internal error: MemoryError", and a scheduler with no worker would leave every shard
waiting. Real TCP servers on 127.0.0.1 and a real Dask scheduler with no workers."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from harness.audit import AuditConfig, audit, motor

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def _server(reply: bytes | None) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that accepts and then sends `reply` (or nothing) and keeps the connection open."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)
            if reply is not None:
                with suppress(OSError):
                    conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        listener.close()


def _cfg(tmp_path: Path, scheduler: str) -> AuditConfig:
    return AuditConfig(out=tmp_path / "a", kandidat="reference", generate=3, ydelser=["sygedagpenge"], workers=1,
                       engine="dask", scheduler=scheduler)


def test_a_silent_service_at_the_address_is_a_named_error_in_bounded_time(tmp_path, monkeypatch):
    monkeypatch.setattr(motor, "CONNECT_SECONDS", 2.0)
    with _server(None) as address:
        t0 = time.monotonic()
        with pytest.raises(motor.EngineError) as failed:
            audit(_cfg(tmp_path, address))
        waited = time.monotonic() - t0
    assert "no Dask scheduler answered" in str(failed.value) and address in str(failed.value)
    assert waited < 60          # bounded by CONNECT_SECONDS (+5 s): before, it never returned
    assert not (tmp_path / "a" / "audit.json").exists()


def test_a_web_server_at_the_address_is_named_as_no_scheduler(tmp_path):
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + b"<html>hello</html>" * 200
    with _server(page) as address, pytest.raises(motor.EngineError) as failed:
        audit(_cfg(tmp_path, address))
    text = str(failed.value)
    assert address in text and ("not a Dask scheduler" in text or "cannot reach" in text or "no Dask" in text)


def test_a_scheduler_with_no_worker_is_a_named_error(tmp_path, monkeypatch):
    from distributed import LocalCluster
    monkeypatch.setattr(motor, "WORKERS_SECONDS", 3.0)
    with LocalCluster(n_workers=0, processes=True, dashboard_address=None) as cluster, pytest.raises(motor.EngineError) as failed:
        audit(_cfg(tmp_path, cluster.scheduler_address))
    assert "has no worker" in str(failed.value) and cluster.scheduler_address in str(failed.value)


def test_the_command_line_says_so_and_exits_2_without_a_traceback(tmp_path):
    page = b"HTTP/1.1 400 Bad Request\r\n\r\n" * 50
    with _server(page) as address:
        done = subprocess.run([sys.executable, "-m", "harness.cli", "audit", "--generate", "3", "-c", "reference",
                               "--engine", "dask", "--scheduler", address, "-o", str(tmp_path / "a"), "-w", "1"],
                              cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert address in done.stderr and "Traceback" not in done.stderr and "internal error" not in done.stderr
