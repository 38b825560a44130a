"""A candidate process the harness can always get rid of, and whose output cannot flood or stall the harness.

After WPT (the test runner lives in a process the manager kills on an external timeout and restarts) and
Bowtie (a bounded line length, stderr to a sink nobody has to drain in step, sequence numbers on answers):

- the process starts in a session and process group of its own; `kill` sends SIGKILL to the whole group,
  so a wrapper (`sh -c '…'`) cannot leave a grandchild behind that holds the pipes or ignores stop; and each
  process carries a mark of its own in its environment, which its descendants inherit, so one that left the group
  (setsid) or was orphaned is found in /proc and killed too (unless it scrubbed its environment on purpose);
- stdout and stderr are read by the calling thread with `select` against a deadline, never by blocking
  reads or by a thread that might hang on a pipe a grandchild keeps open; closing is always immediate; and the
  process's own exit ends the read (and a write) at once, even while a descendant keeps the pipes open, instead of
  at the case's timeout (red team r17: each such death cost a whole timeout);
- a line longer than `Limits.answer_bytes`, or more than `Limits.stderr_bytes` of stderr while one case
  runs, ends the read with a verdict instead of growing memory; only the last few KB of stderr are kept;
- a line cut off by the process's death (no newline before end of file) is reported as torn, so it is
  blamed on the case during which it was written — never read as the next case's answer;
- writes to stdin wait for the pipe only until the deadline: a process that stops reading cannot block
  the harness.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import select
import signal
import subprocess
import time
from collections import deque
from dataclasses import dataclass

from harness import redact
from harness.contract.limits import LIMITS, Limits

STDERR_TAIL = 4096
CHUNK = 65536
EXIT_CHECK = 0.2     # seconds between looks at whether the process itself has exited while nothing is read
MARK = "YDELSESTJEK_KANDIDAT"     # the environment variable that marks a candidate process and its descendants


@dataclass(frozen=True)
class Event:
    """What a read ended with other than a line."""
    kind: str             # "eof" | "timeout" | "too_long" | "stderr_flood"
    torn: int = 0         # bytes of an unfinished line lost at end of file


EOF, TIMEOUT = Event("eof"), Event("timeout")


def child_environment() -> dict[str, str]:
    """The harness's environment without any registered secret and without the variables withheld by name (the
    audit's salt): a candidate process never sees the bearer token of another candidate (or of the run), even
    though it inherits the rest of the environment."""
    return {k: v for k, v in os.environ.items() if k not in redact.WITHHELD_ENVIRONMENT and not redact.is_secret(v)}


class Process:
    def __init__(self, argv: list[str], limits: Limits = LIMITS, env: dict[str, str] | None = None):
        self.limits = limits
        self.mark_value = secrets.token_hex(12)
        environment = dict(env if env is not None else child_environment(), **{MARK: self.mark_value})
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     bufsize=0, start_new_session=True, env=environment)
        self.pgid = self.proc.pid           # start_new_session: the child leads its own group
        assert self.proc.stdin is not None and self.proc.stdout is not None and self.proc.stderr is not None  # pipes
        self.streams = (self.proc.stdin, self.proc.stdout, self.proc.stderr)
        self.out_fd, self.err_fd, self.in_fd = self.proc.stdout.fileno(), self.proc.stderr.fileno(), self.proc.stdin.fileno()
        for fd in (self.out_fd, self.err_fd, self.in_fd):
            os.set_blocking(fd, False)
        self.buffer = bytearray()
        self.lines: deque[bytes] = deque()
        self.out_open = self.err_open = True
        self.tail = bytearray()
        self.stderr_since_mark = 0
        self.killed = False

    # --- writing -----------------------------------------------------------------------------------------
    def send(self, data: bytes, deadline: float) -> bool:
        """Write all of `data` before the deadline; False when the process does not take it (dead or stalled)."""
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            try:
                _, writable, _ = select.select([], [self.in_fd], [], min(remaining, EXIT_CHECK))
            except (OSError, ValueError):
                return False
            if not writable:
                if self.proc.poll() is not None:      # it exited; a descendant holds the pipe and does not read
                    return False
                continue
            try:
                written = os.write(self.in_fd, view)
            except BlockingIOError:
                continue
            except OSError:       # EPIPE: the process is gone or closed its stdin
                return False
            view = view[written:]
        return True

    # --- reading -----------------------------------------------------------------------------------------
    def mark(self) -> None:
        """Start counting stderr afresh (one case)."""
        self.stderr_since_mark = 0

    def receive(self, deadline: float) -> bytes | Event:
        """The next complete line (without its newline), or an Event."""
        while True:
            if self.lines:
                return self.lines.popleft()
            if not self.out_open:
                torn = len(self.buffer)
                self.buffer.clear()
                return Event("eof", torn) if torn else EOF
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return TIMEOUT
            fds = [self.out_fd] + ([self.err_fd] if self.err_open else [])
            try:
                readable, _, _ = select.select(fds, [], [], min(remaining, EXIT_CHECK))
            except (OSError, ValueError):
                self.out_open = False
                continue
            if self.err_fd in readable and self._read_stderr():
                return Event("stderr_flood")
            if self.out_fd in readable:
                problem = self._read_stdout()
                if problem is not None:
                    return problem
            elif self.proc.poll() is not None:
                # The process has exited and stdout holds nothing more of it (select saw the pipe empty): its end
                # of file, though a descendant (one that left the group with setsid) may keep the pipe open.
                self.out_open = False

    def _read_stdout(self) -> Event | None:
        try:
            chunk = os.read(self.out_fd, CHUNK)
        except BlockingIOError:
            return None
        except OSError:
            chunk = b""
        if not chunk:
            self.out_open = False
            return None
        start = 0
        while True:
            newline = chunk.find(b"\n", start)
            if newline < 0:
                self.buffer += chunk[start:]
                break
            self.buffer += chunk[start:newline]
            self.lines.append(bytes(self.buffer))
            self.buffer.clear()
            start = newline + 1
        if len(self.buffer) > self.limits.answer_bytes or any(len(line) > self.limits.answer_bytes for line in self.lines):
            return Event("too_long")
        return None

    def _read_stderr(self) -> bool:
        """Drain what stderr holds now; True when this case has written more than the limit."""
        for _ in range(64):                      # bounded per call, so stdout is never starved
            try:
                chunk = os.read(self.err_fd, CHUNK)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                self.err_open = False
                break
            self.stderr_since_mark += len(chunk)
            self.tail += chunk
            if len(self.tail) > STDERR_TAIL:
                del self.tail[:len(self.tail) - STDERR_TAIL]
            if self.stderr_since_mark > self.limits.stderr_bytes:
                return True
        return False

    def stderr_tail(self, limit: int = 400) -> str:
        """The last characters of stderr, after draining what is already there (secrets blanked out)."""
        if self.err_open:
            with contextlib.suppress(OSError, ValueError):
                readable, _, _ = select.select([self.err_fd], [], [], 0.05)
                if readable:
                    self._read_stderr()
        text = bytes(self.tail).decode("utf-8", "replace").strip()
        return redact.redact(text[-limit:])

    # --- ending ------------------------------------------------------------------------------------------
    def exit_code(self, wait: float = 1.0) -> int | None:
        try:
            return self.proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        """SIGKILL to the whole process group, reap the direct child, close our ends. Never blocks for long."""
        if not self.killed:
            self.killed = True
            with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
                os.killpg(self.pgid, signal.SIGKILL)
            kill_marked(self.mark_value)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
        for stream in self.streams:
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        self.out_open = self.err_open = False

    def stop(self, polite: bytes | None, grace: float = 2.0) -> None:
        """Ask the process to stop (`polite` on stdin), give it `grace` seconds, then kill its group whatever it
        answered: a child that exits leaves no grandchild running either."""
        if polite is not None and not self.killed:
            self.send(polite, time.monotonic() + min(grace, 1.0))
            with contextlib.suppress(OSError, ValueError):
                self.streams[0].close()
            self.exit_code(wait=grace)
        self.kill()


def kill_marked(value: str, proc_root: str = "/proc") -> int:
    """SIGKILL every process of this user whose environment carries MARK=value (Linux /proc; elsewhere nothing is
    found); the number killed. A process of another user, or one that is gone, is passed over."""
    needle = f"{MARK}={value}".encode()
    killed = 0
    try:
        pids = [int(p) for p in os.listdir(proc_root) if p.isdigit()]
    except OSError:
        return 0
    for pid in pids:
        if pid == os.getpid():
            continue
        try:
            with open(f"{proc_root}/{pid}/environ", "rb") as f:
                environ = f.read()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
                killed += 1
    return killed
