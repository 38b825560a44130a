"""`--candidate reference`: the reference calculator, in process.

CaseError (the case is malformed) becomes `errored`; OutOfScope (the law or parameters are not in the
reference) becomes `skipped` with its reason.
"""
from __future__ import annotations

import time

from harness.adapters_api import Candidate, Metadata, Result


class ReferenceCandidate(Candidate):
    def start(self) -> Metadata:
        import harness.reference as reference
        from harness.contract.schemas import benefits
        return Metadata(system="ydelsestjek-reference", version=reference.VERSION, ydelser=benefits())

    def run(self, cases: list[dict]) -> list[Result]:
        from harness.reference import CaseError, OutOfScope, calculate
        out = []
        for case in cases:
            t0 = time.perf_counter()
            try:
                decision = calculate(case)
            except CaseError as exc:
                out.append(Result.errored(f"CaseError: {exc}", time.perf_counter() - t0))
            except OutOfScope as exc:
                out.append(Result.skipped(str(exc), time.perf_counter() - t0))
            except Exception as exc:  # noqa: BLE001 - a reference bug must not kill the run
                out.append(Result.errored(f"{type(exc).__name__}: {exc}", time.perf_counter() - t0))
            else:
                out.append(Result.of_decision(decision, time.perf_counter() - t0))
        return out


def open(argument: str, timeout: float | None = None) -> Candidate:  # noqa: A001 - connectable factory name
    return ReferenceCandidate()
