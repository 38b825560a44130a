"""Measure the negative stage (harness/negative): how many invalid cases it makes from the approved goldens, and how
long sending them takes, for the figures in the README ("The negative stage").

Measured, each the best of `--repeat` wall-clock runs:
- the cases: per benefit and per kind of break (two seeds per kind of break of each field, the run's default), made
  with the reference's metadata (its law dates);
- the reference in process (`reference`), over HTTP to the sample service on loopback (the service in a thread of
  this process, batch 200 and one request per case): every case must be refused;
- KSD-demo in process (`demo`): refused, decided, findings and their shrinking (DEMO-7);
- a whole `ydelsestjek run --candidate demo` with and without the stage.
With `--schemathesis N`, also Schemathesis with every check on the served contract (N examples per operation, seed
20261126, one worker, bearer token on), as tests/http/test_schemathesis.py runs it: operations, requests, seconds.
Prints what it measured; asserts nothing.

    uv run python benchmarks/negative_stage.py [--repeat 3] [--schemathesis 60]
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from adapters.sample_service.server import BackgroundServer
from harness.adapters_api import Metadata, open_candidate
from harness.compare import load_policy
from harness.golden.store import load_goldens
from harness.negative.mutations import KINDS
from harness.negative.stage import Checks, NegativeReport, build_cases, run_stage
from harness.runner import RunConfig, execute

TOKEN = "benchmark-token"


def _seeds() -> dict[str, list[tuple[str, dict]]]:
    seeds: dict[str, list[tuple[str, dict]]] = {}
    for g in load_goldens():
        seeds.setdefault(g.ydelse, []).append((g.id, g.case))
    return seeds


def _stage(spec: str, seeds: dict[str, list[tuple[str, dict]]], repeat: int) -> tuple[float, NegativeReport]:
    best, report = float("inf"), None
    for _ in range(repeat):
        cand = open_candidate(spec, timeout=30)
        try:
            meta = cand.start()
            t0 = time.perf_counter()
            _, report = run_stage(cand, meta, load_policy(), seeds)
            best = min(best, time.perf_counter() - t0)
        finally:
            cand.stop()
    assert report is not None
    return best, report


def _line(name: str, seconds: float, r: NegativeReport) -> str:
    return (f"{name:<34} {r.cases:>6} cases  {r.refused:>6} refused  {r.accepted:>4} decided  {r.not_judged:>3} not judged  "
            f"{len(r.findings):>2} findings  {seconds:6.2f} s")


def _run(negative: bool, repeat: int) -> float:
    best = float("inf")
    for i in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            execute(RunConfig(candidate="demo", out=Path(out), run_id=f"b{i}", negative=negative))
            best = min(best, time.perf_counter() - t0)
    return best


def _schemathesis(examples: int) -> str:
    st = Path(sys.executable).with_name("st")
    with BackgroundServer(token=TOKEN) as server, tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        t0 = time.perf_counter()
        proc = subprocess.run(
            [str(st), "run", f"{server.url}/openapi.json", "--checks", "all", "--seed", "20261126", "--max-examples",
             str(examples), "--workers", "1", "--generation-database", "none", "--no-color", "--report", "junit",
             "--report-junit-path", str(report), "-H", f"Authorization: Bearer {TOKEN}"],
            env={**os.environ, "SCHEMATHESIS_HOOKS": "harness.contract.schemathesis_hooks"}, cwd=ROOT,
            capture_output=True, text=True, timeout=3600)
        seconds = time.perf_counter() - t0
        operations = sum(1 for _ in ET.parse(report).getroot().iter("testcase"))
    requests = re.search(r"Test cases:\s*\n?\s*([\d,]+) generated", proc.stdout) or re.search(r"([\d,]+) generated", proc.stdout)
    verdict = "no issues" if "No issues found" in proc.stdout else f"ISSUES (exit {proc.returncode})"
    return (f"Schemathesis, every check, {examples} examples per operation: {operations} operations, "
            f"{requests.group(1) if requests else '?'} generated test cases, {verdict}, {seconds:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is shown")
    ap.add_argument("--schemathesis", type=int, default=0, metavar="N", help="also run Schemathesis, N examples per operation")
    args = ap.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}; best of {args.repeat}")
    seeds = _seeds()
    meta = Metadata.from_dict(__import__("adapters.reference", fromlist=["metadata"]).metadata(), "reference")
    cpolicy = load_policy()
    kinds: Counter[str] = Counter()
    print(f"seeds: {sum(map(len, seeds.values()))} approved goldens ({', '.join(f'{y} {len(s)}' for y, s in seeds.items())})")
    for ydelse, s in seeds.items():
        cases = build_cases(ydelse, s, Checks(ydelse, meta, cpolicy), 2)
        kinds.update(c.mutation.kind for c in cases)
        print(f"  {ydelse}: {len(cases)} invalid cases")
    print(f"invalid cases: {sum(kinds.values())}: " + ", ".join(f"{n} {KINDS[k][0]}" for k, n in kinds.most_common()))
    print(_line("reference, in process", *_stage("reference", seeds, args.repeat)))
    with BackgroundServer() as server:
        print(_line("reference, HTTP batch 200", *_stage(server.url, seeds, args.repeat)))
        print(_line("reference, HTTP one request each", *_stage(f"{server.url}?batch=1", seeds, args.repeat)))
    seconds, demo = _stage("demo", seeds, args.repeat)
    print(_line("KSD-demo, in process (shrinking)", seconds, demo))
    for f in demo.findings:
        print(f"  {f.id} {f.ydelse} {f.mutation.kind} {f.mutation.felt}: {f.accepted} of {f.tried} decided, "
              f"shrunk {f.fields_before} -> {f.fields_after} JSON values in {f.shrink_calls} calls")
    print(f"run --candidate demo: {_run(True, args.repeat):.2f} s with the stage, {_run(False, args.repeat):.2f} s without")
    if args.schemathesis:
        print(_schemathesis(args.schemathesis))


if __name__ == "__main__":
    main()
