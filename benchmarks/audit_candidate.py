"""A correct candidate's audit, in cases per CPU-second of the whole process tree, side by side with the bulk
audit it replaced (`ydelsestjek bulk`, run from a checkout of the code before the audit, given with --baseline).

Both generate the same seeded sygedagpenge cases, ask the in-process reference as the candidate (its full
decision, explanation included) and compare it with the reference; one worker each, runs alternating
(baseline, audit, baseline, audit), so the machine's phases hit both alike. A third line audits the same kind of
cases read from a file instead of generated (what a municipality's extract with a candidate to ask looks like), and a
fourth the same cases with the reference's decisions recorded (only the reference computes).
Prints what it measured; asserts nothing.

    git worktree add --detach /tmp/before a0a6012 && (cd /tmp/before && bash -c 'source scripts/bootstrap.sh')
    uv run python benchmarks/audit_candidate.py --cases 20000 --baseline /tmp/before
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from audit_common import DEFAULT_DATA, cases_file, machine, recorded_file, run, ydelsestjek


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--baseline", type=Path, help="a checkout of the code before the audit, with its .venv")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
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
    results: dict[str, list] = {k: [] for k, v in runs.items() if v}
    try:
        for _ in range(args.rounds):
            for name, cmd in runs.items():
                if cmd is None:
                    continue
                for sub in ("g", "f", "r"):
                    shutil.rmtree(tmp / sub, ignore_errors=True)
                m = run(cmd, env={"YDELSESTJEK_AUDIT_SALT": "benchmark-salt"})
                results[name].append(m)
                print(f"  {name:56s} wall {m.wall:6.1f} s, CPU {m.cpu:6.1f} s: {n / m.cpu:7,.0f} cases per CPU-second "
                      f"(exit {m.code})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    best = {name: max(n / m.cpu for m in ms) for name, ms in results.items()}
    print("best of the rounds, cases per CPU-second:")
    for name, rate in best.items():
        print(f"  {name:56s} {rate:7,.0f}")
    base = best.get("bulk (before the audit; generated cases)")
    if base:
        for name, rate in best.items():
            if not name.startswith("bulk"):
                print(f"  ratio {name}: {rate / base:.1f}x the bulk audit's")
    print(f"machine after:  {machine()}")


if __name__ == "__main__":
    main()
