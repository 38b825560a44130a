"""The fuzz stage of `ydelsestjek run --fuzz PROFILE`: after the golden scenarios, the same started candidate is
fuzzed, and each counterexample becomes a case record of its own (id `FUZZ-<hash>`, status `deviation`) with
one deviation in its failure class and severity, so it counts in the gate like any scenario's deviation.
A fuzz record is not `obligatorisk` (there is no scenario to skip), its `alvor` is the engine's FUZZ_ALVOR for
the class, its area (`omraade`) and § come from the reference step behind the differing field.
"""
from __future__ import annotations

import time
from types import ModuleType

from harness.adapters_api import Candidate, Metadata
from harness.compare import ComparePolicy
from harness.contract.records import CaseRecord, Deviation
from harness.contract.ydelse import alle, find

from .engine import Counterexample, FuzzConfig, Fuzzer, FuzzReport
from .profiles import STAGE_EXAMPLES

FUZZ_INTERFACE = ("strategy", "bulk_case", "PROPERTIES", "given_steps", "then_steps", "paragraf")


def run_stage(candidate: Candidate, meta: Metadata, cpolicy: ComparePolicy, profile: str,
              examples: int | None = None, ydelser: list[str] | None = None,
              budget_seconds: float | None = None,
              id_format: str | None = None) -> tuple[list[CaseRecord], list[FuzzReport]]:
    """Fuzz every benefit the candidate computes (and that has generators); the records and the reports.
    budget_seconds: after this long no new search round starts (profiles.STAGE_BUDGET_SECONDS)."""
    records: list[CaseRecord] = []
    reports: list[FuzzReport] = []
    stop_at = time.monotonic() + budget_seconds if budget_seconds is not None else None
    examples = examples or STAGE_EXAMPLES.get(profile)
    for ydelse in ydelser if ydelser is not None else meta.ydelser:
        gen = find(ydelse).generators if ydelse in alle() else None
        if gen is None or not all(hasattr(gen, name) for name in FUZZ_INTERFACE):  # strategies only, not yet fuzzable
            continue
        report = Fuzzer(candidate, meta, FuzzConfig(ydelse=ydelse, profile=profile, examples=examples, stop_at=stop_at,
                                                    id_format=id_format), cpolicy).run()
        reports.append(report)
        for cx in report.counterexamples:
            records.append(record(cx, ydelse, gen, cpolicy))
    return records, reports


def record(cx: Counterexample, ydelse: str, gen: ModuleType, cpolicy: ComparePolicy) -> CaseRecord:
    """The counterexample as a case record of its own, with its one deviation."""
    paragraf = next((p for h in cx.hjemmel if (p := gen.paragraf(h)) is not None), None)
    omraade = gen.OMRAADE_FOR_PARAGRAF.get(paragraf, "fuzz") if paragraf is not None else "fuzz"
    titel = f"Fundet ved fuzzing: {cpolicy.label(cx.klasse)}" + (f" ({cx.prop})" if cx.prop else "")
    sags_id = cx.case.get("sags_id") if isinstance(cx.case, dict) else None
    deviation = Deviation(id=f"{cx.id}/{cx.klasse}", scenario=cx.id, klasse=cx.klasse,
                          klasse_tekst=cpolicy.label(cx.klasse), alvor=cx.severity, scenario_alvor=cx.alvor,
                          hjemmel=cx.hjemmel, omraade=omraade, titel=titel, besked=cx.message,
                          felter=cx.changes, forklaring=cx.explanation)
    return CaseRecord(id=cx.id, ydelse=ydelse, titel=titel, omraade=omraade, hjemmel=cx.hjemmel, alvor=cx.alvor,
                      obligatorisk=False, tags=["fuzz", cx.kind], sags_id=sags_id, status="deviation", reason="",
                      seconds=0.0, deviations=[deviation], case=cx.case, answer=cx.actual)
