"""Cases per second through the HTTP candidate adapter, beside the in-process reference adapter.

Starts `ydelsestjek serve-sample` as a separate process on 127.0.0.1 (a free port; the client and the server
each get their own interpreter, as with a real vendor system), sends the approved golden cases over and over
through `adapters.http` and stops the service. Each measurement is bounded by a case count and a time limit.

Three service modes, reported separately and never to be confused:
  reference  the real reference calculator computes every case (what a run against it costs);
  memo       the service answers a case it has seen before from memory (the cases are one benefit's
             goldens, repeated): real decisions of real size (~7 KB of JSON each) cross the wire and are decoded, but
             nothing is computed; the transport + decoding throughput, not the calculator's;
  echo       every case is answered with a tiny placeholder (not a decision): the HTTP batch path alone.

    uv run python benchmarks/http_throughput.py [--cases 100000] [--seconds 3] [--ydelse NAME]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adapters.sample_service.server import free_port
from harness.adapters_api import open_candidate
from harness.golden.store import load_goldens


def start_service(mode: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    argv = [sys.executable, "-c", "from harness.cli import main; main()", "serve-sample", "--host", "127.0.0.1",
            "--port", str(port)] + ([f"--{mode}"] if mode != "reference" else [])
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/info", timeout=0.5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"the sample service did not start on {url}")


def measure(spec: str, cases: list[dict], limit_cases: int, limit_seconds: float) -> tuple[float, int, int]:
    """(cases/s, cases sent, answers that are not decisions) through candidate.run in the runner's chunk size."""
    candidate = open_candidate(spec, timeout=30)
    candidate.start()
    size = max(1, candidate.batch_size)
    done = bad = 0
    t0 = time.perf_counter()
    try:
        while done < limit_cases and time.perf_counter() - t0 < limit_seconds:
            chunk = [cases[(done + i) % len(cases)] for i in range(min(size, limit_cases - done))]
            results = candidate.run(chunk)
            bad += sum(r.kind != "decision" for r in results)
            done += len(chunk)
    finally:
        candidate.stop()
    return done / (time.perf_counter() - t0), done, bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=100_000, help="at most this many cases per measurement")
    ap.add_argument("--seconds", type=float, default=3.0, help="at most this long per measurement")
    ap.add_argument("--ydelse", help="the benefit whose goldens are sent (default: the one with most goldens); one "
                                     "benefit, so every POST carries the full batch (the adapter splits batches by benefit)")
    args = ap.parse_args()
    goldens = load_goldens()
    counts: dict[str, int] = {}
    for g in goldens:
        counts[g.ydelse] = counts.get(g.ydelse, 0) + 1
    ydelse = args.ydelse or max(counts, key=counts.get)
    cases = [g.case for g in goldens if g.ydelse == ydelse]
    if not cases:
        raise SystemExit(f"no goldens of {ydelse!r} (there are: {', '.join(sorted(counts))})")
    rows = []
    rate, n, bad = measure("reference", cases, args.cases, args.seconds)
    rows.append(("in-process", "reference", "reference adapter, no HTTP", rate, n, bad))
    for mode in ("reference", "memo", "echo"):
        proc, url = start_service(mode)
        try:
            if mode == "memo":
                measure(url + "?batch=200", cases, len(cases), args.seconds)        # warm the memory: every case once
            for label, query in (("batch 200", "?batch=200"), ("batch 200 ×2", "?batch=200&concurrency=2"),
                                 ("single", "?batch=1")):
                rate, n, bad = measure(url + query, cases, args.cases, args.seconds)
                rows.append(("HTTP", mode, label, rate, n, bad))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"{len(cases)} {ydelse} golden cases, repeated; HTTP = loopback to serve-sample in its own process")
    print(f"{'path':<11}{'service':<11}{'mode':<28}{'cases/s':>10}{'cases':>9}{'not decisions':>15}")
    for path, mode, label, rate, n, bad in rows:
        print(f"{path:<11}{mode:<11}{label:<28}{rate:>10,.0f}{n:>9}{bad:>15}")
    print("reference: every case computed by the reference behind HTTP.  memo: real decisions from memory, so "
          "transport + decoding, not the calculator.  echo: tiny placeholder answers, the HTTP batch path alone.")


if __name__ == "__main__":
    main()
