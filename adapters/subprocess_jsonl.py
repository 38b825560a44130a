"""`--candidate cmd:COMMAND`: a subprocess speaking JSON lines on stdin/stdout (harness/contract/README.md §3).

The process is kept alive across cases, in a process group of its own (adapters/processes.py). Each case has a
timeout; a case that times out, or during which the process dies, is recorded as `errored` (with the tail of
stderr), the whole group is killed and a fresh process is started for the next case. An answer that cannot be
one — NaN or Infinity, a line or stderr over its limit, a line cut off by the process's death — is an invalid
answer (*ugyldigt svar*) of that case. A line that is not JSON, or an answer of the wrong shape, makes that case
`errored`. The command is split like a shell would (shlex) but run without a shell.
"""
from __future__ import annotations

import json
import shlex
import shutil
import time

import orjson

from adapters.processes import TIMEOUT, Event, Process, child_environment
from harness import redact
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, result_from_message
from harness.contract.limits import LIMITS, InvalidAnswer, NotJson, loads

DEFAULT_TIMEOUT = 10.0
START_TIMEOUT = 30.0
MAX_CONSECUTIVE_RESTART_FAILURES = 3


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB"


class SubprocessCandidate(Candidate):
    isolated = True
    kind = "cmd"

    def __init__(self, command: str, timeout: float | None = None):
        self.command = command
        self.argv = shlex.split(command)
        if not self.argv:
            raise CandidateError("cmd: needs a command, e.g. cmd:'python my_candidate.py'")
        if shutil.which(self.argv[0]) is None:
            raise CandidateError(f"cmd:{command}: program {self.argv[0]!r} not found (not on PATH and not a path to an executable)")
        self.timeout = timeout or DEFAULT_TIMEOUT
        self.process: Process | None = None
        self.seq = 0
        self.restart_failures = 0
        self.restarts = 0

    @property
    def name(self) -> str:
        return f"cmd:{self.command}"

    # --- lifecycle -------------------------------------------------------------------------------------
    def _start_message(self) -> dict:
        return {"cmd": "start", "protocol": 1}

    def _environment(self) -> dict[str, str]:
        return child_environment()

    def _spawn(self) -> tuple[Process, object]:
        try:
            proc = Process(self.argv, env=self._environment())
        except OSError as exc:
            raise CandidateError(f"{self.name}: cannot start the process ({exc})") from None
        wait = self.time_left(max(START_TIMEOUT, self.timeout))
        deadline = time.monotonic() + wait
        proc.send(_line(self._start_message()), deadline)
        banners = 0
        while True:
            line = proc.receive(deadline)
            if line is TIMEOUT:
                proc.kill()
                raise CandidateError(f"{self.name}: no answer to start within {wait:.0f} s")
            if isinstance(line, Event):
                code, tail = proc.exit_code(), proc.stderr_tail()
                proc.kill()
                if line.kind == "eof":
                    raise CandidateError(f"{self.name}: exited (code {code}) before answering start"
                                         + (f"; stderr: {tail}" if tail else ""))
                raise CandidateError(f"{self.name}: {self._event_text(line)} before answering start")
            try:
                msg = loads(line)
            except NotJson:
                banners += 1
                if banners > 100:
                    proc.kill()
                    raise CandidateError(f"{self.name}: more than 100 lines before the answer to start") from None
                continue  # tolerate banners before the handshake
            except InvalidAnswer as exc:    # JSON, but no answer can be (NaN, a lone surrogate, over a limit)
                proc.kill()
                raise CandidateError(f"{self.name}: the answer to start is not acceptable: {exc}") from None
            if isinstance(msg, dict) and msg.get("ready") is True:
                return proc, msg.get("metadata")
            proc.kill()
            problem = msg.get("error") if isinstance(msg, dict) and isinstance(msg.get("error"), str) else None
            text = problem or f"expected {{\"ready\": true, \"metadata\": …}} after start, got {_shown(line)}"
            raise CandidateError(f"{self.name}: {redact.redact(text)[:500]}")

    def start(self) -> Metadata:
        self.process, meta = self._spawn()
        return Metadata.from_dict(redact.redact_doc(meta), f"{self.name} start")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is not None:
            proc.stop(_line({"cmd": "stop"}))

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

    def _event_text(self, event: Event) -> str:
        if event.kind == "too_long":
            return f"a line of more than {_mib(LIMITS.answer_bytes)} without a line break"
        if event.kind == "stderr_flood":
            return f"more than {_mib(LIMITS.stderr_bytes)} on stderr during one case"
        return event.kind

    def _run_one(self, case: dict) -> Result:
        problem = self._ensure_running()
        proc = self.process
        if problem or proc is None:
            return Result.failed(problem or "the candidate process is not running")
        self.seq += 1
        seq = self.seq
        t0 = time.monotonic()
        limit = self.time_left(self.timeout)
        deadline = t0 + limit
        proc.mark()
        try:
            request = _line({"cmd": "run", "seq": seq, "case": case})
        except (TypeError, ValueError) as exc:
            return Result.failed(f"the case cannot be sent as JSON: {exc}")
        # not taken: dead (the read below reports the exit) or not reading its stdin (a timeout)
        if not proc.send(request, deadline) and proc.exit_code(wait=0.2) is None and time.monotonic() >= deadline:
            self._drop_process()
            return Result.failed(f"timeout: the process took no input within {limit:g} s; it was restarted",
                                  time.monotonic() - t0)
        while True:
            line = proc.receive(deadline)
            elapsed = time.monotonic() - t0
            if line is TIMEOUT:
                self._drop_process()
                return Result.failed(f"timeout: no answer within {limit:g} s; the process was restarted", elapsed)
            if isinstance(line, Event):
                if line.kind == "eof":
                    code, tail = proc.exit_code(), proc.stderr_tail()
                    self._drop_process()
                    torn = f" midt i en linje ({line.torn} bytes uden linjeskift)" if line.torn else ""
                    message = (f"the candidate process exited (code {code}) while computing the case{torn}"
                               + (f"; stderr: {tail}" if tail else ""))
                    return Result.invalid(message, elapsed) if line.torn else Result.failed(message, elapsed)
                self._drop_process()
                return Result.invalid(f"ugyldigt svar: {self._event_text(line)}; the process was restarted", elapsed)
            if not line.strip():
                continue
            try:
                msg = loads(line)
            except NotJson:
                return Result.failed(f"answer is not JSON: {_shown(line)}", elapsed)
            except InvalidAnswer as exc:
                return Result.invalid(f"ugyldigt svar: {exc}", elapsed)
            if isinstance(msg, dict) and isinstance(msg.get("seq"), int) and not isinstance(msg["seq"], bool) \
                    and msg["seq"] < seq:
                continue  # a late answer to an earlier (timed-out or garbled) case
            if not isinstance(msg, dict) or msg.get("seq") != seq or isinstance(msg.get("seq"), bool):
                return Result.failed(f"answer does not carry seq {seq}: {_shown(line)}", elapsed)
            res = result_from_message(redact.redact_doc(msg))
            return Result(res.kind, res.decision, res.reason, elapsed, res.fault)


# dates, dataclasses and subclasses of str, int, dict and list are not JSON types: orjson leaves them to the fallback
# Keys sorted: every case goes out in one order, whichever stage made it (a golden's file, a generator, a mutation),
# so the order of its keys cannot tell a candidate which cases are a test.
_JSON_TYPES_ONLY = (orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS
                    | orjson.OPT_SORT_KEYS)


def _line(message: dict) -> bytes:
    """The message as one line of UTF-8 JSON. orjson writes it (a tenth of the standard library's time per case)
    unless it cannot say it the same: an integer beyond 64 bits (TypeError), or a text with `null` in it, which
    is where orjson would have written a NaN or an infinite number; the standard library then writes it, or
    refuses (ValueError) as a case that cannot be sent."""
    try:
        out = orjson.dumps(message, option=_JSON_TYPES_ONLY)
    except TypeError:
        out = b"null"
    if b"null" in out:
        return (json.dumps(message, ensure_ascii=False, allow_nan=False, sort_keys=True) + "\n").encode("utf-8")
    return out + b"\n"


def _shown(line: bytes, limit: int = 200) -> str:
    return redact.redact(repr(line[:limit].decode("utf-8", "replace").strip()))


def open(argument: str, timeout: float | None = None) -> Candidate:
    return SubprocessCandidate(argument, timeout=timeout)
