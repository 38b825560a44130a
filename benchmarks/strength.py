"""Time of a strength run (`ydelsestjek styrke`): the mutation catalogue, the null mutant, the bulk sample's reach and
every mutant through the scenarios (and ci fuzzing and the equivalence check for the survivors), per benefit.

    uv run python benchmarks/strength.py                              # every benefit with goldens, whole catalogue
    uv run python benchmarks/strength.py --ydelse sygedagpenge --max 60 --no-fuzz --bulk 5000   # a quick look
    uv run python benchmarks/strength.py --workers 1                  # one mutant at a time

Prints what it measured: wall and CPU seconds, mutants per minute, the stage times of the unmutated reference, the
machine's load average before and after (a shared machine's load changes the wall figure several-fold; the CPU
seconds of this process and its workers do not depend on it), and the scores it found. Nothing is stored.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.golden.store import GOLDEN_DIR, golden_files
from harness.strength import Settings, measure


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ydelse", action="append", default=None)
    ap.add_argument("--max", type=int, default=None, help="at most this many mutants per benefit, evenly spread")
    ap.add_argument("--no-fuzz", action="store_true", help="leave out the ci fuzz stage for survivors")
    ap.add_argument("--bulk", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=max(1, os.cpu_count() or 1))
    args = ap.parse_args()
    navne = args.ydelse or sorted({p.parent.name for p in golden_files(GOLDEN_DIR)})
    print(f"python {sys.version.split()[0]} ({sys.executable}); {os.cpu_count()} CPUs; workers {args.workers}; "
          f"load average before {os.getloadavg()[0]:.1f}")
    for navn in navne:
        settings = Settings(fuzz=None if args.no_fuzz else "ci", bulk=args.bulk, workers=args.workers)
        t0, c0 = time.perf_counter(), cpu_seconds()
        m = measure([navn], settings, limit=args.max)
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
        sec = m.sections[navn]
        ran = sec["katalog"]["koert"]
        null = sec["nul_mutant"]["sekunder"]
        print(f"{navn}: {ran} mutants run ({sec['katalog']['mutanter']} in the catalogue{', a selection' if m.partial else ''})"
              f" in {wall:.0f} s wall, {cpu:.0f} s CPU ({ran / wall * 60:.0f} mutants/min wall, "
              f"{cpu / max(ran, 1):.2f} CPU s per mutant); null mutant: "
              + ", ".join(f"{k} {v:.1f} s" for k, v in null.items()))
        for art in ("juridisk", "syntaktisk"):
            t = sec[art]
            score = "—" if t["score_scenarier"] is None else f"{t['score_scenarier'] * 100:.1f} %"
            with_fuzz = "—" if t["score_med_fuzz"] is None else f"{t['score_med_fuzz'] * 100:.1f} %"
            print(f"  {art:10s} {t['i_alt']:5d}: killed by scenarios {t['draebt_scenarier']}, by fuzz {t['draebt_fuzz']}, "
                  f"equivalent {t['aekvivalente']}, surviving {t['overlevende']}, errors {t['fejl']}; "
                  f"score {score} (scenarios) / {with_fuzz} (with fuzz)")
    print(f"load average after {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
