"""A hostile HTTP candidate on 127.0.0.1: the contract's endpoints, answered rightly by the fake calculator,
except for the case with sags_id S2, which gets the server's misbehaviour (`mode`). Runs in a thread of the test
process; every request is logged (path, time), so tests can see what the harness did."""
from __future__ import annotations

import base64
import http.server
import json
import threading
import time
from urllib.parse import quote

from tests.fakes.fake_reference import calculate
from tests.robustness.candidates.common import INJECTION


class HostileServer:
    def __init__(self, mode: str):
        self.mode = mode
        self.requests: list[tuple[str, float, str | None]] = []   # (path, monotonic time, sags_id)
        self.s2_calls = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True   # headers and body are two writes: with Nagle each answer waits ≈ 40 ms

            def log_message(self, *args):
                """Silenced: the test's output stays readable."""

            def do_GET(self):
                server.requests.append((self.path, time.monotonic(), None))
                meta = {"system": "http-hostile", "version": "1.0", "ydelser": ["sygedagpenge"]}
                auth = self.headers.get("Authorization", "")
                if server.mode == "inject":
                    meta["system"] = INJECTION
                if server.mode == "token_echo":
                    meta["system"] = "echo " + auth
                    meta["version"] = json.dumps(auth)[1:-1].replace("/", "\\/")
                    meta["debug"] = {"header": quote(auth, safe=""), "b64": base64.b64encode(auth.encode()).decode()}
                self.answer(200, json.dumps(meta).encode())

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                case = json.loads(body)
                sid = case.get("sags_id") if isinstance(case, dict) else None
                server.requests.append((self.path, time.monotonic(), sid))
                if sid != "S2":
                    try:
                        decision = calculate(case)
                    except Exception as exc:   # an invalid case (the negative stage): 422, as the contract says
                        body = {"sags_id": sid if isinstance(sid, str) else None, "error": {"message": str(exc)}}
                        return self.answer(422, json.dumps(body).encode())
                    return self.answer(200, json.dumps({"sags_id": sid, "decision": decision}).encode())
                server.s2_calls += 1
                server.misbehave(self, case)

            def answer(self, status: int, data: bytes, headers: dict | None = None):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def misbehave(self, h, case: dict) -> None:
        mode, sid = self.mode, case.get("sags_id")
        good = json.dumps({"sags_id": sid, "decision": calculate(case)}).encode()
        try:
            if mode == "trickle":               # the right answer, one byte every half second
                h.send_response(200)
                h.send_header("Content-Type", "application/json")
                h.send_header("Content-Length", str(len(good)))
                h.end_headers()
                for i in range(len(good)):
                    h.wfile.write(good[i:i + 1])
                    h.wfile.flush()
                    time.sleep(0.5)
            elif mode == "huge":                # 500 MB, no Content-Length (read until the connection closes)
                h.send_response(200)
                h.send_header("Content-Type", "application/json")
                h.send_header("Connection", "close")
                h.end_headers()
                h.wfile.write(b'{"sags_id": "S2", "decision": "')
                chunk = b"x" * (1024 * 1024)
                for _ in range(500):
                    h.wfile.write(chunk)
                h.wfile.write(b'"}')
                h.close_connection = True
            elif mode == "huge_declared":       # says 500 MB up front
                h.send_response(200)
                h.send_header("Content-Length", str(500 * 1024 * 1024))
                h.end_headers()
                h.wfile.write(b"{")
                h.close_connection = True
            elif mode == "retry_after_1":       # 429 with Retry-After: 1 the first time, then the right answer
                if self.s2_calls == 1:
                    h.answer(429, b'{"error": {"message": "slow down"}}', {"Retry-After": "1"})
                else:
                    h.answer(200, good)
            elif mode == "retry_after_hour":
                h.answer(429, b'{"error": {"message": "come back in an hour"}}', {"Retry-After": "3600"})
            elif mode == "nan":
                h.answer(200, good.replace(b'"dage": 3', b'"dage": NaN', 1).replace(b'"dage": 5', b'"dage": NaN', 1))
            elif mode == "duplicate_key":       # the paid amount twice: "0.00" first, the law's last (red team r16 F4)
                h.answer(200, good.replace(b'"decision": {', b'"decision": {"udbetalt_i_alt": {"beloeb": "0.00"}, ', 1))
            elif mode == "inject":
                h.answer(422, json.dumps({"error": {"message": INJECTION}}).encode())
            elif mode == "token_echo":
                auth = h.headers.get("Authorization", "")
                text = (f"denied for {json.dumps(auth)[1:-1].replace('/', chr(92) + '/')} "
                        f"({quote(auth, safe='')}; {base64.b64encode(auth.encode()).decode()})")
                h.answer(401, json.dumps({"error": {"message": text}}).encode())
            elif mode == "hang":
                time.sleep(3600)
            else:
                h.answer(200, good)
        except (BrokenPipeError, ConnectionResetError):
            pass                                # the harness cut the answer: exactly what it should do

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
