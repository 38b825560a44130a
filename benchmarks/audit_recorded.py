"""Audit of recorded decisions at scale: wall time, CPU time, cases/s and the peak memory of the whole process
tree (coordinator and workers, PSS sampled every 0.2 s), for `ydelsestjek audit RECORDED.jsonl` run as a user runs it.

The recorded file holds seeded sygedagpenge cases with the reference's full decisions (explanations included) as
the decisions a system made, so only the reference computes (benchmarks/audit_common.py makes it once; 1M cases
are ≈ 6.6 GB). Prints what it measured and the machine's load and pace before and after; asserts nothing.

    uv run python benchmarks/audit_recorded.py --cases 1000000 --workers 2
    uv run python benchmarks/audit_recorded.py --cases 100000 --scaling      # 1 vs 2 workers, side by side
    uv run python benchmarks/audit_recorded.py --cases 100000 1000000 --workers 2   # memory flat in cases?
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from audit_common import DEFAULT_DATA, machine, recorded_file, run, ydelsestjek

SALT = {"YDELSESTJEK_AUDIT_SALT": "benchmark-salt-not-a-secret"}   # 16+ characters (harness/audit/personer.py)


def audit(path: Path, cases: int, workers: int, out_root: Path) -> None:
    out = out_root / f"r-{cases}-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    m = run([ydelsestjek(), "audit", str(path), "-o", str(out), "-w", str(workers), "-q"], env=SALT)
    tail = m.stdout.strip().splitlines()[:2]
    print(f"  {cases:>9,} cases, {workers} worker(s): wall {m.wall:7.1f} s, CPU {m.cpu:7.1f} s, "
          f"{cases / m.wall:8,.0f} cases/s wall, {cases / m.cpu:7,.0f} cases per CPU-second, "
          f"peak memory {m.peak_mb:6.0f} MB (largest process {m.peak_one_mb:4.0f} MB), exit {m.code}")
    for line in tail:
        print(f"      {line}")
    shutil.rmtree(out, ignore_errors=True)
    return m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scaling", action="store_true", help="1 and 2 workers, alternating, twice")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    print(f"audit of recorded decisions, {dt.date.today()}")
    files = {n: recorded_file(n, data=args.data) for n in args.cases}
    out_root = Path(tempfile.mkdtemp(prefix="audit-bench-", dir=args.data))
    print(f"machine before: {machine()}")
    try:
        for n, path in files.items():
            print(f"{path.name} ({path.stat().st_size / 1e9:.2f} GB):")
            if args.scaling:
                walls: dict[int, list[float]] = {1: [], 2: []}
                for workers in (1, 2, 1, 2):
                    m = audit(path, n, workers, out_root)
                    if m.code in (0, 1, 3):   # a failed run (printed above) is not a speed
                        walls[workers].append(m.wall)
                if walls[1] and walls[2]:
                    print(f"  scaling 1 -> 2 workers (best wall of each): {min(walls[1]) / min(walls[2]):.2f}x")
            else:
                audit(path, n, args.workers, out_root)
    finally:
        shutil.rmtree(out_root, ignore_errors=True)
    print(f"machine after:  {machine()}")
    print(f"cpu count {os.cpu_count()}; other processes on the machine are not stopped: compare the load figures")


if __name__ == "__main__":
    main()
