"""`--candidate python:MODULE`: a module exposing `calculate(case) -> dict` (and optionally
`calculate_batch(cases) -> list[dict]` and `METADATA`).

A returned dict is either a bare decision, or a protocol answer (`{"decision": …}`, `{"skipped": true, …}`,
`{"errored": true, …}`). Any exception becomes `errored` for that case (or, from calculate_batch, for the batch).
In-process candidates cannot be interrupted, so no timeout applies here; use `cmd:` for untrusted code.
"""
from __future__ import annotations

import importlib
import time
import traceback
from types import ModuleType

from harness.adapters_api import Candidate, CandidateError, Metadata, Result, result_from_message

PROTOCOL_KEYS = ("decision", "skipped", "errored")


def answer_to_result(answer: object, seconds: float = 0.0) -> Result:
    if isinstance(answer, dict) and any(k in answer for k in PROTOCOL_KEYS) and "ydelse" not in answer:
        res = result_from_message(answer)
        return Result(res.kind, res.decision, res.reason, seconds)
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
        if meta is None:
            from harness.contract.schemas import benefits
            meta = {"system": self.module_name, "version": "ukendt", "ydelser": benefits()}
        return Metadata.from_dict(meta, f"python:{self.module_name} METADATA")

    def run(self, cases: list[dict]) -> list[Result]:
        module = self.module
        if module is None:
            return [Result.errored(f"python:{self.module_name}: the module was not loaded (start was not called)")
                    for _ in cases]
        batch = getattr(module, "calculate_batch", None)
        if callable(batch) and len(cases) > 1:
            t0 = time.perf_counter()
            try:
                answers = batch(cases)
            except Exception as exc:
                msg = f"calculate_batch raised {_error_text(exc)}"
                return [Result.errored(msg) for _ in cases]
            seconds = (time.perf_counter() - t0) / max(len(cases), 1)
            if not isinstance(answers, list) or len(answers) != len(cases):
                got = f"{len(answers)} answers" if isinstance(answers, list) else type(answers).__name__
                return [Result.errored(f"calculate_batch returned {got} for {len(cases)} cases") for _ in cases]
            return [answer_to_result(a, seconds) for a in answers]
        out = []
        for case in cases:
            t0 = time.perf_counter()
            try:
                answer = module.calculate(case)
            except Exception as exc:
                out.append(Result.errored(f"calculate raised {_error_text(exc)}", time.perf_counter() - t0))
            else:
                out.append(answer_to_result(answer, time.perf_counter() - t0))
        return out


def open(argument: str, timeout: float | None = None) -> Candidate:
    candidate = PythonModuleCandidate(argument)
    candidate.load()
    return candidate
