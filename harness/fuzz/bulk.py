"""Bulk audit: the seeded bulk generator's cases 0..N-1, reference against candidate through the run's comparison,
in batches over worker processes; every mismatch is one JSON line (case number, seed, classes, fields), so any
of them can be regenerated from its number with the benefit's `generators.bulk_case(n, seed)`.

No Hypothesis here: this is for millions of cases (benchmarks, audits), not for shrinking.
"""
from __future__ import annotations

import json
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

_WORKER: dict = {}


def _worker_state(spec: str, ydelse: str):
    """One started candidate per (spec, benefit) and process, kept for the process's batches."""
    key = (spec, ydelse)
    if key not in _WORKER:
        from harness.adapters_api import open_candidate
        from harness.compare import load_policy
        from harness.fuzz.engine import generators_of
        candidate = open_candidate(spec)
        candidate.start()
        _WORKER[key] = (candidate, load_policy(), generators_of(ydelse))
    return _WORKER[key]


def audit_batch(spec: str, ydelse: str, seed: int, start: int, stop: int) -> tuple[int, int, list[dict]]:
    """(cases compared, cases skipped, mismatch records) for bulk cases start..stop-1."""
    from harness.compare import compare_decisions
    from harness.reference import calculate
    candidate, policy, gen = _worker_state(spec, ydelse)
    compared = skipped = 0
    out = []
    for n in range(start, stop):
        case = gen.bulk_case(n, seed)
        try:
            expected = calculate(case, begrundelse=False)  # records name fields; `explain` rebuilds steps
        except Exception as exc:
            if type(exc).__name__ == "OutOfScope":
                skipped += 1
                continue
            raise
        result = candidate.run([case])[0]
        if result.kind == "skipped":
            skipped += 1
            continue
        compared += 1
        if result.kind == "errored":
            out.append({"n": n, "seed": seed, "sags_id": case["sags_id"], "klasser": ["fejl_timeout"],
                        "besked": result.reason})
            continue
        findings = compare_decisions(policy, ydelse, expected, result.decision)
        if findings:
            out.append({"n": n, "seed": seed, "sags_id": case["sags_id"], "klasser": [f.klasse for f in findings],
                        "felter": [c["felt"] for f in findings for c in f.changes][:20]})
    return compared, skipped, out


@dataclass
class BulkReport:
    cases: int
    compared: int = 0
    skipped: int = 0
    mismatches: int = 0
    per_class: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.mismatches else 0


def audit(spec: str, cases: int, ydelse: str, seed: int = 0, workers: int = 1,
          batch: int = 500, out: Path | None = None) -> BulkReport:
    report = BulkReport(cases)
    t0 = time.perf_counter()
    ranges = [(s, min(s + batch, cases)) for s in range(0, cases, batch)]
    sink = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115 - closed in the finally below
    try:
        if workers <= 1:
            results = (audit_batch(spec, ydelse, seed, a, b) for a, b in ranges)
            _collect(report, results, sink)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = [pool.submit(audit_batch, spec, ydelse, seed, a, b) for a, b in ranges]
                _collect(report, (f.result() for f in futures), sink)
    finally:
        if sink:
            sink.close()
    report.seconds = time.perf_counter() - t0
    return report


def _collect(report: BulkReport, results, sink) -> None:
    for compared, skipped, mismatches in results:
        report.compared += compared
        report.skipped += skipped
        report.mismatches += len(mismatches)
        for m in mismatches:
            for k in m["klasser"]:
                report.per_class[k] = report.per_class.get(k, 0) + 1
            if sink:
                sink.write(json.dumps(m, ensure_ascii=False) + "\n")
