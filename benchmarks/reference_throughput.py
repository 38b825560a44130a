"""Measure the reference calculator's throughput (cases/s of one process's CPU time = one core).

The 'typical' mix has ten kinds of realistic case in equal weight: short absences inside the employer period,
a few weeks and a few months with the kommune, no 8 weeks' employment, ledige, selvstændige, salary with
refusion, a period across the new year, partial absence, and a long absence that reaches the 22-week limit.
Every case is distinct (seeded random first absence day 2019-2025, wage and hours), so no cache sees the same
case twice. Two modes are measured through the same `calculate`:

- full: the decision with its structured explanation (`begrundelse`: every step's inputs, parameters, result);
- lean: `calculate(case, begrundelse=False)`, the same decision and step ids without the step details, the way
  OpenFisca computes without its tracer; the explanation is rebuilt on demand by calculating again.

Neither renders Danish text (that is `ydelsestjek explain`). Each kind is also timed alone so a slow kind is
visible. A last line measures kontanthjælp: the seeded typical cases of benchmarks/reference_kontanthjaelp.py.
Prints what it measured; asserts nothing.

    uv run python benchmarks/reference_throughput.py [--seconds 3] [--cases-per-kind 300]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.audit_common import pace
from benchmarks.reference_kontanthjaelp import typisk
from harness.reference import calculate
from tests.reference.sager import loenmodtager, med

KONTANTHJAELP_CASES = 500   # distinct seeded cases in the kontanthjælp mix
FIRST, LAST = dt.date(2019, 1, 7), dt.date(2025, 12, 29)   # § 32, stk. 1, nr. 1 is covered from 2015-01-05


def _d(day: dt.date, days: int = 0) -> str:
    return (day + dt.timedelta(days=days)).isoformat()


def _kinds() -> dict:
    """Each kind builds a case from a first absence day F, an hourly wage and weekly hours."""
    def ledig(F, w, h):
        return {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "B-L", "status": "ledig",
                "fravaer": {"foerste_fravaersdag": _d(F), "sidste_fravaersdag": _d(F, 56)},
                "ledig": {"ret_til_arbejdsloeshedsdagpenge": True, "dagpengesats_pr_dag": f"{w * 5:.2f}"}}

    def selv(F, w, h):
        return {"schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "B-S", "status": "selvstaendig",
                "fravaer": {"foerste_fravaersdag": _d(F), "sidste_fravaersdag": _d(F, 57)},
                "selvstaendig": {"forsikring": "fra_3_fravaersdag", "maaneder_i_vaesentligt_omfang_seneste_12": 12,
                                 "virksomhed_maaneden_foer": True, "beregningsgrundlag_pr_uge": f"{w * 20:.2f}"}}

    def refusion(F, w, h):
        c = loenmodtager(_d(F), _d(F, 81), timefortjeneste=f"{w:.2f}", ugentlig=str(h))
        c = med(med(c, "ansaettelse/arbejdsgiver_betaler_loen", True), "ansaettelse/loen_pr_uge_under_fravaer",
                f"{w * h:.2f}")
        c["anmeldelser"] = {"arbejdsgiver_til_kommune": _d(F, 15)}
        return c

    def nytaar(F, w, h):
        first_monday_nov = dt.date(F.year, 11, 1) + dt.timedelta(days=(7 - dt.date(F.year, 11, 1).weekday()) % 7)
        return loenmodtager(_d(first_monday_nov), _d(first_monday_nov, 88), timefortjeneste=f"{w:.2f}", ugentlig=str(h))

    def lm(days, **kw):
        return lambda F, w, h: loenmodtager(_d(F), _d(F, days), timefortjeneste=f"{w:.2f}", ugentlig=str(h), **kw)

    return {
        "kort (i arbejdsgiverperioden)": lm(11),
        "5 uger, kommunen 1 uge": lm(39),
        "3 måneder": lm(88),
        "ikke 8 ugers ansættelse": lambda F, w, h: loenmodtager(_d(F), _d(F, 46), timefortjeneste=f"{w:.2f}",
                                                               ugentlig=str(h), ansat_fra=_d(F, -43)),
        "ledig 8 uger": ledig,
        "selvstændig 2 måneder": selv,
        "løn og refusion": refusion,
        "over nytår": nytaar,
        "delvis 2 måneder": lambda F, w, h: med(lm(60)(F, w, h), "fravaer/delvis", {"fravaerstimer_pr_uge": "15"}),
        "langt forløb, 22 uger": lm(304),
    }


def typical_cases(per_kind: int, seed: int = 7) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    span = (LAST - FIRST).days // 7
    out: dict[str, list[dict]] = {}
    for name, build in _kinds().items():
        out[name] = []
        for i in range(per_kind):
            F = FIRST + dt.timedelta(days=7 * rng.randrange(span) + rng.randrange(5))
            case = build(F, rng.randrange(12000, 35000) / 100, rng.choice([30, 32, 37, 37, 37, 40]))
            case["sags_id"] = f"B-{len(out)}-{i}"
            out[name].append(case)
    return out


def rate(cases: list[dict], seconds: float, repeats: int = 5, **options) -> tuple[float, float]:
    """(best, median) cases per second of this process's CPU time over `repeats` windows of `seconds`/`repeats`.
    CPU time, so other processes do not count; one process is one core. The best window is the usual figure
    for a speed (timeit's advice: slower windows are interference, and this VM's speed varies by up to 2x over
    minutes); the median shows the spread. Every case is calculated once before timing (imports, parameters)."""
    for case in cases:
        calculate(case, **options)
    gc.collect()
    rates = []
    for _ in range(repeats):
        n, start = 0, time.process_time()
        while time.process_time() - start < seconds / repeats:
            for case in cases:
                calculate(case, **options)
            n += len(cases)
        rates.append(n / (time.process_time() - start))
    rates.sort()
    return rates[-1], rates[len(rates) // 2]


def interpreter() -> str:
    """Which CPython ran the figures: the same code runs ~25 % faster on a distribution's optimised build
    (statically linked, PGO/LTO) than on a default pyenv build (shared libpython, no PGO), so a figure without
    its interpreter is not comparable."""
    try:
        maps = Path("/proc/self/maps").read_text()
        linked = "shared libpython" if "libpython" in maps else "statically linked"
    except OSError:
        linked = "linkage unknown"
    return f"python {sys.version.split()[0]} at {sys.executable} ({Path(sys.executable).resolve()}, {linked})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--cases-per-kind", type=int, default=300)
    args = parser.parse_args()
    kinds = typical_cases(args.cases_per_kind)
    mix = [case for i in range(args.cases_per_kind) for cases in kinds.values() for case in cases[i:i + 1]]
    print(f"{interpreter()}; one process (one core), rates per CPU second; {args.cases_per_kind} distinct cases per kind")
    print(f"machine pace before: {pace():.1f} M loop steps/s")
    print(f"  {'kind (best window)':32s} {'full':>12s} {'lean':>12s}")
    for name, cases in kinds.items():
        full, lean = rate(cases, args.seconds / 2)[0], rate(cases, args.seconds / 2, begrundelse=False)[0]
        print(f"  {name:32s} {full:8,.0f} c/s {lean:8,.0f} c/s  ({1e6 / full:5.0f} / {1e6 / lean:4.0f} µs/case)")
    rng = random.Random(7)
    kh = [typisk(rng, i) for i in range(KONTANTHJAELP_CASES)]
    for title, cases in ((f"typical mix ({len(kinds)} kinds, equal weight, {len(mix)} distinct cases)", mix),
                         (f"kontanthjælp typical mix ({len(kh)} seeded cases, 1-3 months each)", kh)):
        print(f"{title}: best window / median window")
        for label, options in (("full decision with begrundelse", {}), ("lean decision (begrundelse=False)", {"begrundelse": False})):
            best, median = rate(cases, args.seconds, **options)
            print(f"  {label:34s}: {best:8,.0f} / {median:8,.0f} cases/s")
    print(f"machine pace after: {pace():.1f} M loop steps/s")


if __name__ == "__main__":
    main()
