"""`--candidate python:MODULE`: a module exposing `calculate(case) -> dict` (and optionally `METADATA`).

A returned dict is either a bare decision, or a protocol answer (`{"decision": …}`, `{"skipped": true, …}`,
`{"errored": true, …}`).

The module runs in a child process of its own (adapters/module_host.py), reached like a `cmd:` candidate: the
per-case `--timeout` holds, and an exception (BaseException included: `sys.exit`, KeyboardInterrupt),
`os._exit`, a segfault, a hang or a change to the case it was given is an `errored` result of that case, never
the end of the run. Each case is sent on its own, so one case's crash is that case's alone (`calculate_batch` is
not used for `python:` candidates).

`PythonModuleCandidate` calls a module in process instead; it is for the bundled candidates only (the demo),
whose code is part of ydelsestjek itself.
"""
from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

from adapters.module_host import CRASHES
from adapters.subprocess_jsonl import SubprocessCandidate
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, result_from_message

PROTOCOL_KEYS = ("decision", "skipped", "errored")


def answer_to_result(answer: object, seconds: float = 0.0) -> Result:
    if isinstance(answer, dict) and any(k in answer for k in PROTOCOL_KEYS) and "ydelse" not in answer:
        res = result_from_message(answer)
        return Result(res.kind, res.decision, res.reason, seconds, res.fault)
    return Result.of_decision(answer, seconds)


def _error_text(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" (at {frame[0].filename}:{frame[0].lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


class PythonModuleCandidate(Candidate):
    def __init__(self, module_name: str):
        self.module_name = module_name
        self.module: ModuleType | None = None

    def load(self) -> None:
        """Import the module; a failure here is a configuration error (raised at open time)."""
        try:
            self.module = importlib.import_module(self.module_name)
        except Exception as exc:
            raise CandidateError(f"python:{self.module_name}: cannot import the module ({_error_text(exc)})") from None
        if not callable(getattr(self.module, "calculate", None)):
            raise CandidateError(f"python:{self.module_name}: the module has no calculate(case) function")
        if callable(getattr(self.module, "calculate_batch", None)):
            self.batch_size = 25

    def start(self) -> Metadata:
        if self.module is None:
            self.load()
        meta = getattr(self.module, "METADATA", None)
        if meta is None:   # declares nothing: the run asks it to declare (harness/gate/scope.py), never assumes all
            meta = {"system": self.module_name, "version": "ukendt", "ydelser": []}
        return Metadata.from_dict(meta, f"python:{self.module_name} METADATA")

    def run(self, cases: list[dict]) -> list[Result]:
        module = self.module
        if module is None:
            return [Result.failed(f"python:{self.module_name}: the module was not loaded (start was not called)")
                    for _ in cases]
        batch = getattr(module, "calculate_batch", None)
        if callable(batch) and len(cases) > 1:
            t0 = time.perf_counter()
            try:
                answers = batch(cases)
            except Exception as exc:
                msg = f"calculate_batch raised {_error_text(exc)}"
                return [Result.errored(msg) for _ in cases]     # the module's own exception: as calculate's
            seconds = (time.perf_counter() - t0) / max(len(cases), 1)
            if not isinstance(answers, list) or len(answers) != len(cases):
                got = f"{len(answers)} answers" if isinstance(answers, list) else type(answers).__name__
                return [Result.failed(f"calculate_batch returned {got} for {len(cases)} cases") for _ in cases]
            return [answer_to_result(a, seconds) for a in answers]
        out = []
        for case in cases:
            t0 = time.perf_counter()
            try:
                answer = module.calculate(case)
            except Exception as exc:
                crashed = isinstance(exc, CRASHES)        # a refusal says what is wrong with the case
                make = Result.failed if crashed else Result.errored
                out.append(make(f"calculate raised {_error_text(exc)}", time.perf_counter() - t0))
            else:
                out.append(answer_to_result(answer, time.perf_counter() - t0))
        return out


HOST = Path(__file__).with_name("module_host.py")


class IsolatedModuleCandidate(SubprocessCandidate):
    """`python:MODULE` in a child process: the module is imported there, and an import that fails is found at
    open time (a configuration error, exit 2), as it was when modules were imported in process."""

    kind = "python"

    def __init__(self, module_name: str, timeout: float | None = None):
        if not module_name or not all(part.isidentifier() for part in module_name.split(".")):
            raise CandidateError(f"python:{module_name}: expected a dotted module name such as my_system.candidate")
        self.module_name = module_name
        self.command = f"{sys.executable} {HOST} {module_name}"
        self.argv = [sys.executable, str(HOST), module_name]
        self.timeout = timeout or 10.0
        self.process = None
        self.seq = 0
        self.restart_failures = 0
        self.restarts = 0
        self.metadata: object = None

    @property
    def name(self) -> str:
        return f"python:{self.module_name}"

    def _environment(self) -> dict[str, str]:
        return {**super()._environment(), "YDELSESTJEK_SYS_PATH": json.dumps(sys.path)}

    def load(self) -> None:
        self.process, self.metadata = self._spawn()

    def start(self) -> Metadata:
        if self.process is None:
            self.load()
        meta = self.metadata
        if meta is None:   # declares nothing: the run asks it to declare (harness/gate/scope.py), never assumes all
            meta = {"system": self.module_name, "version": "ukendt", "ydelser": []}
        from harness import redact
        return Metadata.from_dict(redact.redact_doc(meta), f"python:{self.module_name} METADATA")


def open(argument: str, timeout: float | None = None) -> Candidate:
    candidate = IsolatedModuleCandidate(argument, timeout=timeout)
    candidate.load()
    return candidate
