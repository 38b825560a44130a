"""A correct candidate's audit, in cases per CPU-second of the whole process tree, side by side with the bulk
audit it replaced (`ydelsestjek bulk`, run from a checkout of the code before the audit, given with --baseline).

Both generate the same seeded sygedagpenge cases, ask the in-process reference as the candidate (its full
decision, explanation included) and compare it with the reference; one worker each, runs alternating
(baseline, audit, baseline, audit), so the machine's phases hit both alike. A third line audits the same kind of
cases read from a file instead of generated (what a municipality's extract with a candidate to ask looks like), and a
fourth the same cases with the reference's decisions recorded (only the reference computes).

With --external the candidate is a separate process instead, as a real system is: benchmarks/reference_candidate.py
(the same full decisions, over JSON lines, `cmd:`), asked by the old bulk and by the audit alike. The candidate's
own CPU is then counted apart, and the bench's figure is its own CPU (coordinator, workers, the adapter's reading
and writing) per case; a fifth line asks the same reference through the HTTP contract's batch path
(`ydelsestjek serve-sample`, a server outside the measured tree). Prints what it measured; asserts nothing.

    git worktree add --detach /tmp/before a0a6012 && (cd /tmp/before && bash -c 'source scripts/bootstrap.sh')
    uv run python benchmarks/audit_candidate.py --cases 20000 --baseline /tmp/before
    uv run python benchmarks/audit_candidate.py --cases 20000 --baseline /tmp/before --external
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from audit_common import DEFAULT_DATA, REPO, cases_file, machine, recorded_file, run, ydelsestjek

CANDIDATE = REPO / "benchmarks" / "reference_candidate.py"


@contextlib.contextmanager
def sample_service() -> Iterator[str]:
    """The reference behind the HTTP contract on a free port of 127.0.0.1, outside the measured process tree."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([ydelsestjek(), "serve-sample", "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--baseline", type=Path, help="a checkout of the code before the audit, with its .venv")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--external", action="store_true", help="the candidate in a process of its own; the bench's "
                        "CPU counted without the candidate's")
    args = parser.parse_args()
    if args.external:
        with sample_service() as url:
            external(args, url)
        return
    n = args.cases
    tmp = Path(tempfile.mkdtemp(prefix="audit-cand-"))
    recorded = recorded_file(n, data=args.data)
    sager = cases_file(recorded)
    print(f"a correct candidate's audit (the reference asked as the candidate), {n:,} sygedagpenge cases, one worker, "
          f"{dt.date.today()}")
    print(f"machine before: {machine()}")
    runs = {
        "bulk (before the audit; generated cases)":
            [str(args.baseline / ".venv/bin/ydelsestjek"), "bulk", "-c", "reference", "-n", str(n), "--ydelse",
             "sygedagpenge", "--workers", "1"] if args.baseline else None,
        "audit --generate (generated cases)":
            [ydelsestjek(), "audit", "--generate", str(n), "-c", "reference", "--ydelse", "sygedagpenge", "-w", "1", "-q",
             "--seed", "0", "-o", str(tmp / "g")],
        "audit CASES.jsonl --candidate (cases read from a file)":
            [ydelsestjek(), "audit", str(sager), "-c", "reference", "-w", "1", "-q", "-o", str(tmp / "f")],
        "audit RECORDED.jsonl (the same decisions, recorded)":
            [ydelsestjek(), "audit", str(recorded), "-w", "1", "-q", "-o", str(tmp / "r")],
    }
    report(measure(runs, n, args.rounds, tmp), "best of the rounds, cases per CPU-second:")


SALT = {"YDELSESTJEK_AUDIT_SALT": "benchmark-salt-not-a-secret"}   # 16+ characters (harness/audit/personer.py)


def measure(runs: dict[str, list[str] | None], n: int, rounds: int, tmp: Path, apart: str | None = None) -> dict:
    """Alternating rounds of the runs (so the machine's phases hit them alike); the best cases per CPU-second of
    each, without the CPU of the processes that have `apart` as an argument (an external candidate)."""
    results: dict[str, list] = {k: [] for k, v in runs.items() if v}
    try:
        for _ in range(rounds):
            for name, cmd in runs.items():
                if cmd is None:
                    continue
                for sub in tmp.iterdir():
                    shutil.rmtree(sub, ignore_errors=True)
                m = run(cmd, env=SALT, apart=apart)
                results[name].append(m)
                line = f"  {name:56s} wall {m.wall:6.1f} s, CPU {m.cpu:6.1f} s"
                if apart:
                    line += (f" of which the candidate {m.cpu_apart:5.1f} s: the bench "
                             f"{n / (m.cpu - m.cpu_apart):7,.0f} cases per CPU-second of its own, {n / m.cpu:7,.0f} "
                             "with the candidate's")
                else:
                    line += f": {n / m.cpu:7,.0f} cases per CPU-second"
                print(f"{line} (exit {m.code})")
                if apart:
                    print("      CPU by process: " + "; ".join(f"{c:.2f} s {_short(p)}" for p, c in m.per_process[:4]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {name: max(n / (m.cpu - m.cpu_apart) for m in ms) for name, ms in results.items()}


def report(best: dict, heading: str) -> None:
    print(heading)
    for name, rate in best.items():
        print(f"  {name:56s} {rate:7,.0f}")
    base = next((rate for name, rate in best.items() if name.startswith("bulk")), None)
    if base:
        for name, rate in best.items():
            if not name.startswith("bulk"):
                print(f"  ratio {name}: {rate / base:.1f}x the bulk audit's")
    print(f"machine after:  {machine()}")


def _short(cmdline: str) -> str:
    """A process's role, from its command line."""
    if "forkserver" in cmdline:
        return "worker or forkserver"
    if str(CANDIDATE) in cmdline.split(" ")[1:3]:
        return "candidate"
    return "coordinator" if " audit " in f" {cmdline} " or " bulk " in f" {cmdline} " else cmdline.split(" ")[0]


def external(args: argparse.Namespace, url: str) -> None:
    n = args.cases
    tmp = Path(tempfile.mkdtemp(prefix="audit-ext-"))
    sager = cases_file(recorded_file(n, data=args.data))
    cand = f"cmd:{sys.executable} {CANDIDATE}"
    old = f"cmd:{args.baseline / '.venv/bin/python'} {CANDIDATE} {args.baseline}" if args.baseline else ""
    print(f"a correct external candidate's audit (the reference in a process of its own), {n:,} sygedagpenge cases, "
          f"one worker, {dt.date.today()}")
    print(f"machine before: {machine()}")
    runs = {
        "bulk (before the audit; generated cases), cmd:":
            [str(args.baseline / ".venv/bin/ydelsestjek"), "bulk", "-c", old, "-n", str(n), "--ydelse",
             "sygedagpenge", "--workers", "1"] if args.baseline else None,
        "audit --generate, cmd:":
            [ydelsestjek(), "audit", "--generate", str(n), "-c", cand, "--ydelse", "sygedagpenge", "-w", "1", "-q",
             "--seed", "0", "-o", str(tmp / "g")],
        "audit CASES.jsonl, cmd:":
            [ydelsestjek(), "audit", str(sager), "-c", cand, "-w", "1", "-q", "-o", str(tmp / "f")],
        "audit CASES.jsonl, HTTP batches of 200":
            [ydelsestjek(), "audit", str(sager), "-c", url, "-w", "1", "-q", "-o", str(tmp / "h")],
    }
    report(measure(runs, n, args.rounds, tmp, apart=str(CANDIDATE)),
           "best of the rounds, cases per CPU-second of the bench's own (the candidate's CPU not counted; over HTTP "
           "the server is outside the tree):")


if __name__ == "__main__":
    main()
