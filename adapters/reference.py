"""The reference calculator, reachable as a candidate like any other system.

`calculate(case)` takes and returns JSON-compatible dicts in the contract's shape. It raises
harness.reference.CaseError for a malformed case and OutOfScope for law or dates the reference does not cover.
"""
from __future__ import annotations

import time

from harness.reference import VERSION, CaseError, OutOfScope, benefits, law_dates
from harness.reference import calculate as _calculate


def metadata() -> dict:
    """The reference as a candidate: every installed benefit, read when asked (a benefit installed later counts)."""
    dates = [law_dates(b) for b in benefits()]
    return {
        "system": "ydelsestjek-reference",
        "version": VERSION,
        "ydelser": benefits(),
        # One range for all benefits (the protocol has one); a case outside its own benefit's range is `skipped`.
        "lovdatoer": {"fra": min(d[0] for d in dates), "til": max(d[1] for d in dates)},
    }


def calculate(case: dict) -> dict:
    return _calculate(case)


def calculate_batch(cases: list[dict]) -> list[dict]:
    return [_calculate(case) for case in cases]


# --- the connectable: `--candidate reference` ------------------------------------------------------------
# Calls the reference in process, one case at a time so that one bad case cannot take a batch with it:
# CaseError (a malformed case) becomes `errored`, OutOfScope (law or dates not covered) becomes `skipped`.

from collections.abc import Callable  # noqa: E402

from harness.adapters_api import Candidate, Metadata, Result  # noqa: E402


class ReferenceCandidate(Candidate):
    def start(self) -> Metadata:
        return Metadata.from_dict(metadata(), "reference metadata")

    def run(self, cases: list[dict]) -> list[Result]:
        return decide_each(_calculate, cases)


def decide_each(calculate: Callable[[dict], dict], cases: list[dict]) -> list[Result]:
    """Each case through `calculate` on its own: CaseError (a malformed case) and any crash become `errored`,
    OutOfScope (law or dates not covered) `skipped`, so one bad case cannot take a batch with it."""
    out = []
    for case in cases:
        t0 = time.perf_counter()
        try:
            decision = calculate(case)
        except CaseError as exc:
            out.append(Result.errored(f"CaseError: {exc}", time.perf_counter() - t0))
        except OutOfScope as exc:
            out.append(Result.skipped(str(exc), time.perf_counter() - t0))
        except Exception as exc:
            out.append(Result.errored(f"{type(exc).__name__}: {exc}", time.perf_counter() - t0))
        else:
            out.append(Result.of_decision(decision, time.perf_counter() - t0))
    return out


def open(argument: str, timeout: float | None = None) -> Candidate:
    return ReferenceCandidate()
