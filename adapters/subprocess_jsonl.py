"""`--candidate cmd:COMMAND`: a subprocess speaking JSON lines on stdin/stdout (harness/contract/README.md §3).

The process is kept alive across cases. Each case has a timeout; a case that times out or during which the
process dies is recorded as `errored` (with the tail of stderr), the process is killed and restarted for the
next case. A line that is not JSON, or an answer of the wrong shape, makes that case `errored`. The command
is split like a shell would (shlex) but run without a shell.
"""
from __future__ import annotations

import contextlib
import json
import os
import queue
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from typing import Any

from harness.adapters_api import Candidate, CandidateError, Metadata, Result, result_from_message

DEFAULT_TIMEOUT = 10.0
START_TIMEOUT = 30.0
MAX_CONSECUTIVE_RESTART_FAILURES = 3
class _Eof:
    """The process closed its stdout."""


_EOF = _Eof()


class _Process:
    """One running candidate process with a reader thread, so reads can time out."""

    def __init__(self, argv: list[str]):
        self.stderr = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115 - lives as long as the process
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                         text=True, encoding="utf-8", errors="replace", bufsize=1)
        except OSError as exc:
            self.stderr.close()
            raise CandidateError(f"cmd:{shlex.join(argv)}: cannot start the process ({exc})") from None
        self.lines: queue.Queue[str | _Eof] = queue.Queue()
        assert self.proc.stdin is not None and self.proc.stdout is not None   # both are pipes
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        try:
            for line in self.stdout:
                self.lines.put(line)
        except (OSError, ValueError):
            pass
        self.lines.put(_EOF)

    def send(self, message: dict[str, Any]) -> None:
        self.stdin.write(json.dumps(message, ensure_ascii=False) + "\n")
        self.stdin.flush()

    def receive(self, deadline: float) -> str | _Eof | None:
        """The next line (str), _EOF when the process closed stdout, or None on timeout."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        try:
            return self.lines.get(timeout=remaining)
        except queue.Empty:
            return None

    def stderr_tail(self, limit: int = 400) -> str:
        try:
            self.stderr.seek(0, os.SEEK_END)
            size = self.stderr.tell()
            self.stderr.seek(max(0, size - limit))
            return self.stderr.read().decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            return ""

    def exit_code(self) -> int | None:
        try:
            return self.proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        self.stderr.close()


class SubprocessCandidate(Candidate):
    def __init__(self, command: str, timeout: float | None = None):
        self.command = command
        self.argv = shlex.split(command)
        if not self.argv:
            raise CandidateError("cmd: needs a command, e.g. cmd:'python my_candidate.py'")
        if shutil.which(self.argv[0]) is None:
            raise CandidateError(f"cmd:{command}: program {self.argv[0]!r} not found (not on PATH and not a path to an executable)")
        self.timeout = timeout or DEFAULT_TIMEOUT
        self.process: _Process | None = None
        self.seq = 0
        self.restart_failures = 0
        self.restarts = 0

    # --- lifecycle -------------------------------------------------------------------------------------
    def _spawn(self) -> tuple[_Process, object]:
        proc = _Process(self.argv)
        deadline = time.monotonic() + max(START_TIMEOUT, self.timeout)
        with contextlib.suppress(OSError, ValueError):
            proc.send({"cmd": "start", "protocol": 1})
        while True:
            line = proc.receive(deadline)
            if line is None:
                proc.kill()
                raise CandidateError(f"cmd:{self.command}: no answer to start within {max(START_TIMEOUT, self.timeout):.0f} s")
            if isinstance(line, _Eof):
                code, tail = proc.exit_code(), proc.stderr_tail()
                proc.kill()
                raise CandidateError(f"cmd:{self.command}: exited (code {code}) before answering start"
                                     + (f"; stderr: {tail}" if tail else ""))
            try:
                msg = json.loads(line)
            except json.JSONDecodeError:
                continue  # tolerate banners before the handshake
            if isinstance(msg, dict) and msg.get("ready") is True:
                return proc, msg.get("metadata")
            proc.kill()
            raise CandidateError(f"cmd:{self.command}: expected {{\"ready\": true, \"metadata\": …}} after start, got {line.strip()[:200]}")

    def start(self) -> Metadata:
        self.process, meta = self._spawn()
        return Metadata.from_dict(meta, f"cmd:{self.command} start")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        try:
            proc.send({"cmd": "stop"})
            proc.proc.wait(timeout=2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        proc.kill()

    def _ensure_running(self) -> str | None:
        """Restart after a crash or timeout; returns an error message when that is not possible."""
        if self.process is not None:
            return None
        if self.restart_failures >= MAX_CONSECUTIVE_RESTART_FAILURES:
            return f"candidate process could not be restarted ({self.restart_failures} attempts failed)"
        try:
            self.process, _ = self._spawn()
        except CandidateError as exc:
            self.restart_failures += 1
            return f"restart failed: {exc}"
        self.restart_failures = 0
        self.restarts += 1
        return None

    def _drop_process(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process = None

    # --- cases -------------------------------------------------------------------------------------------
    def run(self, cases: list[dict]) -> list[Result]:
        return [self._run_one(case) for case in cases]

    def _run_one(self, case: dict) -> Result:
        problem = self._ensure_running()
        if problem:
            return Result.errored(problem)
        self.seq += 1
        seq, proc = self.seq, self.process
        assert proc is not None                          # _ensure_running started it
        t0 = time.monotonic()
        with contextlib.suppress(OSError, ValueError):  # the process is gone: the read below reports it
            proc.send({"cmd": "run", "seq": seq, "case": case})
        deadline = t0 + self.timeout
        while True:
            line = proc.receive(deadline)
            elapsed = time.monotonic() - t0
            if line is None:
                self._drop_process()
                return Result.errored(f"timeout: no answer within {self.timeout:g} s; the process was restarted", elapsed)
            if isinstance(line, _Eof):
                code, tail = proc.exit_code(), proc.stderr_tail()
                self._drop_process()
                return Result.errored(f"the candidate process exited (code {code}) while computing the case"
                                      + (f"; stderr: {tail}" if tail else ""), elapsed)
            try:
                msg = json.loads(line)
            except json.JSONDecodeError:
                return Result.errored(f"answer is not JSON: {line.strip()[:200]!r}", elapsed)
            if isinstance(msg, dict) and isinstance(msg.get("seq"), int) and msg["seq"] < seq:
                continue  # a late answer to an earlier (timed-out or garbled) case
            if not isinstance(msg, dict) or msg.get("seq") != seq:
                return Result.errored(f"answer does not carry seq {seq}: {line.strip()[:200]}", elapsed)
            res = result_from_message(msg)
            return Result(res.kind, res.decision, res.reason, elapsed)


def open(argument: str, timeout: float | None = None) -> Candidate:
    return SubprocessCandidate(argument, timeout=timeout)
