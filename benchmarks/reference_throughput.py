"""Measure the reference calculator's throughput (cases/s, one process = one core), without explanation rendering.

The 'typical' mix is a fixed set of realistic cases: short absences inside the employer period, a few weeks and
a few months with the kommune, ledige, selvstændige, salary with refusion, a period across the new year, and one
long case that reaches the 22-week limit. Each case is also timed alone so a slow kind is visible. A second mix
line measures kontanthjælp: the seeded typical cases of benchmarks/reference_kontanthjaelp.py (1-3 months, enlig
or couple, work income, boligstøtte, 225-hour history), through the same `calculate`.

    uv run python benchmarks/reference_throughput.py [--seconds 3]
"""
from __future__ import annotations

import argparse
import copy
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.reference import calculate  # noqa: E402
from tests.reference.sager import loenmodtager, med  # noqa: E402
from benchmarks.reference_kontanthjaelp import typisk  # noqa: E402

KONTANTHJAELP_CASES = 50   # distinct seeded cases in the kontanthjælp mix


def typical_cases() -> dict[str, dict]:
    ledig = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "B-L", "status": "ledig",
             "fravaer": {"foerste_fravaersdag": "2025-03-05", "sidste_fravaersdag": "2025-04-30"},
             "ledig": {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": "950.00"}}
    selv = {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "B-S", "status": "selvstaendig",
            "fravaer": {"foerste_fravaersdag": "2026-02-02", "sidste_fravaersdag": "2026-03-31"},
            "selvstaendig": {"forsikring": "fra_3_fravaersdag", "maaneder_i_vaesentligt_omfang_seneste_12": 12,
                             "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": "3000.00"}}
    refusion = med(med(loenmodtager("2025-05-05", "2025-07-25"), "ansaettelse/arbejdsgiver_betaler_loen", True),
                   "ansaettelse/loen_pr_uge_under_fravaer", "6000.00")
    refusion["anmeldelser"] = {"arbejdsgiver_til_kommune": "2025-05-20"}
    return {
        "kort (i arbejdsgiverperioden)": loenmodtager("2025-09-01", "2025-09-12"),
        "5 uger, kommunen 1 uge": loenmodtager("2025-09-01", "2025-10-10", timefortjeneste="180.00"),
        "3 måneder": loenmodtager("2024-03-04", "2024-05-31"),
        "ikke 8 ugers ansættelse": loenmodtager("2025-01-13", "2025-02-28", ansat_fra="2024-12-01"),
        "ledig 8 uger": ledig,
        "selvstændig 2 måneder": selv,
        "løn og refusion": refusion,
        "over nytår": loenmodtager("2025-11-03", "2026-01-30", timefortjeneste="300.00"),
        "delvis 2 måneder": med(loenmodtager("2025-04-07", "2025-06-06"), "fravaer/delvis", {"fravaerstimer_pr_uge": "15"}),
        "langt forløb, 22 uger": loenmodtager("2024-01-01", "2024-10-31"),
    }


def rate(cases: list[dict], seconds: float) -> tuple[float, int]:
    """Cases per second of this process's CPU time (process_time), so other load on the machine does not
    count against the reference; one process is one core."""
    for case in cases:
        calculate(case)
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for case in cases:
            calculate(case)
        n += len(cases)
    return n / (time.process_time() - start), n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    cases = typical_cases()
    print(f"python {sys.version.split()[0]}, one process (one core), rates per CPU second; {args.seconds:.1f} s per measurement")
    per_kind = []
    for name, case in cases.items():
        r, _ = rate([copy.deepcopy(case)], args.seconds / 3)
        per_kind.append((name, r))
        print(f"  {name:32s} {r:10,.0f} cases/s  ({1e6 / r:6.1f} µs/case)")
    total, n = rate(list(cases.values()), args.seconds)
    print(f"typical mix ({len(cases)} kinds, equal weight): {total:,.0f} cases/s over {n:,} cases")
    rng = random.Random(7)
    kh = [typisk(rng, i) for i in range(KONTANTHJAELP_CASES)]
    total_kh, n_kh = rate(kh, args.seconds)
    print(f"kontanthjælp typical mix ({len(kh)} seeded cases, 1-3 months each): {total_kh:,.0f} cases/s "
          f"over {n_kh:,} cases")


if __name__ == "__main__":
    main()
