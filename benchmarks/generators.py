"""Measure the generators: Hypothesis examples/s (generation only) and seeded bulk cases/s (generation only,
and generation + reference decision). One process, one core.

    uv run python benchmarks/generators.py [--seconds 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, settings

from harness.reference import calculate
from harness.ydelser.sygedagpenge import generators as gen


def hypothesis_rate(examples: int) -> float:
    count = 0

    @settings(max_examples=examples, phases=[Phase.generate], database=None, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(gen.strategy())
    def inner(case):
        nonlocal count
        count += 1

    t0 = time.perf_counter()
    inner()
    return count / (time.perf_counter() - t0)


def bulk_rate(seconds: float, with_reference: bool) -> float:
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        case = gen.bulk_case(n)
        if with_reference:
            calculate(case)
        n += 1
    return n / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0, help="per bulk measurement")
    parser.add_argument("--examples", type=int, default=1000, help="Hypothesis examples to generate")
    args = parser.parse_args()
    print(f"Hypothesis strategy, generation only:   {hypothesis_rate(args.examples):10,.0f} examples/s")
    print(f"bulk_case (random.Random), generation:  {bulk_rate(args.seconds, False):10,.0f} cases/s")
    print(f"bulk_case + reference decision:         {bulk_rate(args.seconds, True):10,.0f} cases/s")


if __name__ == "__main__":
    main()
