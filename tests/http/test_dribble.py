"""A server that sends its answer's head a byte at a time, or `100 Continue` over and over, is held to the request's
deadline (red team round 10c: httpx's read timeout is per read, so each byte started it again and an audit waited
with no end; the body was already read against the deadline, the head was not). A real socket server on 127.0.0.1."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from harness.adapters_api import CandidateError, open_candidate

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


def _serve(kind: str, stop: threading.Event) -> int:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)

    def talk(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            while not stop.is_set():
                try:
                    if kind == "head":
                        for byte in HEAD[:-3]:          # never the end of the head
                            if stop.is_set():
                                return
                            conn.sendall(bytes([byte]))
                            time.sleep(0.2)
                    else:
                        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
                        time.sleep(0.3)
                except OSError:
                    return

    def accept() -> None:
        with listener:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                threading.Thread(target=talk, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1]


@pytest.mark.parametrize("kind", ["head", "continue"])
def test_a_server_that_never_finishes_its_head_is_cut_at_the_deadline(kind):
    stop = threading.Event()
    port = _serve(kind, stop)
    candidate = open_candidate(f"http://127.0.0.1:{port}?read_timeout=1&retries=0")
    outcome: dict = {}

    def start() -> None:
        try:
            candidate.start()
        except CandidateError as exc:
            outcome["error"] = str(exc)

    worker = threading.Thread(target=start, daemon=True)
    worker.start()
    worker.join(60)          # a hang check, not a speed figure: before, it never ended
    stop.set()
    assert not worker.is_alive(), "the request outlived its deadline"
    assert "timeout" in outcome["error"] or "not complete" in outcome["error"], outcome
    candidate.stop()


def test_the_transport_is_held_to_deadlines():
    """The hook sits on the pinned httpcore's pool; if httpcore moves it, this fails rather than the guard going."""
    import httpx

    from adapters.http import _DeadlineBackend, _hold_to_deadlines
    transport = httpx.HTTPTransport()
    _hold_to_deadlines(transport)
    assert isinstance(transport._pool._network_backend, _DeadlineBackend)
