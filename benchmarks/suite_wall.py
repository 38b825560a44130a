"""Wall time of the whole sygedagpenge golden suite run against in-process candidates, evidence pack included.

    uv run python benchmarks/suite_wall.py                       # golden/ against reference and demo
    uv run python benchmarks/suite_wall.py --candidate python:my_module
    uv run python benchmarks/suite_wall.py --synthetic 2000      # a generated suite (stand-in calculator)

Prints what it measured; the target is under 20 s for the real suite on the project machine.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.golden.store import GOLDEN_DIR, GoldenIntegrityError, load_goldens
from harness.runner import RunConfig, execute


def synthetic_suite(root: Path, n: int) -> Path:
    from tests.fakes.fake_reference import calculate
    from tests.suite import case, write_suite
    statuses = ["loenmodtager", "loenmodtager", "ledig", "selvstaendig", "fleksjob"]
    entries = []
    for i in range(n):
        status = statuses[i % len(statuses)]
        wage = f"{90 + (i * 7) % 130}.00"
        c = case(f"B{i}", status=status, timefortjeneste=wage, last=f"2026-{3 + i % 9:02d}-{1 + i % 27:02d}")
        entries.append((f"SDP-{900 + i % 10:03d}-{i:04d}", ["beregning", "ledige", "selvstaendige", "fleksjob",
                                                            "arbejdsgiverperiode"][i % 5], "ABC"[i % 3], True, c))
    return write_suite(root, calculate, entries)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--golden-dir", type=Path, default=GOLDEN_DIR)
    ap.add_argument("--candidate", action="append", default=None)
    ap.add_argument("--synthetic", type=int, default=0, help="generate N goldens with the test stand-in calculator")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        golden_dir, candidates = args.golden_dir, args.candidate or ["reference", "demo"]
        if args.synthetic:
            golden_dir = synthetic_suite(Path(tmp) / "golden", args.synthetic)
            candidates = args.candidate or ["python:tests.fakes.fake_reference", "python:tests.fakes.demo_on_fake"]
        try:
            n = len(load_goldens(golden_dir, ydelse="sygedagpenge"))
        except GoldenIntegrityError as exc:
            print(f"golden set unusable: {'; '.join(exc.problems)}; use --synthetic N to measure a generated suite")
            return 1
        if n == 0:
            print(f"no sygedagpenge goldens in {golden_dir}; use --synthetic N to measure a generated suite")
            return 1
        print(f"suite: {n} sygedagpenge goldens from {golden_dir}")
        for spec in candidates:
            t0 = time.perf_counter()
            outcome = execute(RunConfig(candidate=spec, golden_dir=golden_dir, ydelse="sygedagpenge",
                                        out=Path(tmp) / "reports", run_id=spec.replace(":", "_").replace("/", "_")))
            wall = time.perf_counter() - t0
            r = outcome.results
            print(f"{spec:40s} wall {wall:7.2f} s  ({n / wall:8.1f} cases/s)  candidate {r['timings']['candidate_seconds']:.2f} s"
                  f"  compare {r['timings']['compare_seconds']:.2f} s  verdict {r['gate']['verdict']}"
                  f"  deviations {r['summary']['deviations']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
