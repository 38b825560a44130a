"""Measure how often the sample stage tells a system with one gap from the law, without and with its search for cases
that show a single unread field (harness/sensitivity.py; `sample_faults` in the rollout policy), for the figures in
docs/run.md and the README.

Each gap is a system that is the reference but for one ordinary implementation gap (red team r13 F2 and r14 F2):
a further employment's § 56, § 55, end of employment, a-dagpengesats after it, re-employment or overenskomst not
read; every kind of hours in the 8 weeks counted as work; § 27's extension grounds nr. 1, 4, 6 or 7 unknown;
kontanthjælp's afgørelse recorded as "nedsaettelse" not applied, for anyone or for the spouse only; a samlever's
move-in dropped with the samlever's data. Over
`--seeds` sample seeds, the sample is drawn as a run draws it (200 fresh cases per benefit; the neighbours of the
goldens are left out: none of these gaps has a golden), and a seed counts as caught for a gap when some sampled case
is decided differently by the gapped system. Also printed: the CPU seconds the draw takes per benefit, plain and
with the search, and the cases it adds. Prints what it measured; asserts nothing.

    uv run python benchmarks/single_gaps.py [--seeds 20] [--first 100]
"""
from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness import sample
from harness.adapters_api import Metadata
from harness.compare import load_policy
from harness.gate.policy import load_rollout_policy
from harness.reference import calculate
from harness.toolkit.errors import CaseError, OutOfScope


def _further(key: str) -> Callable[[dict], dict]:
    def seen(case: dict) -> dict:
        out = copy.deepcopy(case)
        for a in out.get("andre_ansaettelser") or []:
            a.pop(key, None)
        return out
    return seen


def _hours_as_work(case: dict) -> dict:
    out = copy.deepcopy(case)
    for a in out.get("andre_ansaettelser") or []:
        for t in a.get("timer_seneste_8_uger") or []:
            t["art"] = "arbejde"
    return out


def _ground_unknown(ground: str) -> Callable[[dict], dict]:
    """§ 27, stk. 1's extension ground not in the system's code list: an extension on it alone is no extension."""
    def seen(case: dict) -> dict:
        out = copy.deepcopy(case)
        if out.get("forlaengelser"):
            out["forlaengelser"] = [f for f in out["forlaengelser"] if f.get("grund") != ground]
            if not out["forlaengelser"]:
                del out["forlaengelser"]
        return out
    return seen


def _reduction_not_applied(case: dict) -> dict:
    out = copy.deepcopy(case)
    if "haendelser" in out:
        out["haendelser"] = [h for h in out["haendelser"] if h.get("vedroerer") != "nedsaettelse"]
    return out


def _spouse_reduction_not_applied(case: dict) -> dict:
    """Red team r14b F1: a reduction screen that handles only the applicant (two values together in one entry)."""
    out = copy.deepcopy(case)
    if "haendelser" in out:
        out["haendelser"] = [h for h in out["haendelser"]
                             if not (h.get("vedroerer") == "nedsaettelse" and h.get("person") == "aegtefaelle")]
    return out


def _samlever_dropped(case: dict) -> dict:
    """The red team's samliv_gab: a move-in with a samlever dropped, and the samlever's data with it."""
    out = copy.deepcopy(case)
    h = out.get("husstand") or {}
    kept = [a for a in h.get("aendringer") or [] if a.get("forhold") != "samlevende"]
    if len(kept) != len(h.get("aendringer") or []):
        if kept:
            h["aendringer"] = kept
        else:
            del h["aendringer"]
        if not any(a.get("forhold") in ("gift", "samlevende") for a in kept) and h.get("forhold") == "enlig":
            h.pop("aegtefaelle", None)
            for m in out.get("maaneder") or []:
                m.pop("aegtefaelle", None)
    return out


GAPS: dict[str, tuple[str, Callable[[dict], dict]]] = {
    "anden ansættelse: § 56": ("sygedagpenge", _further("aftale_56")),
    "anden ansættelse: § 55": ("sygedagpenge", _further("arbejdsgiver_forsikret_55")),
    "anden ansættelse: ophør": ("sygedagpenge", _further("sidste_ansaettelsesdag")),
    "anden ansættelse: a-dagpengesats": ("sygedagpenge", _further("dagpengesats_efter_ophoer")),
    "anden ansættelse: genansat (§ 30, stk. 4)": ("sygedagpenge", _further("tidligere_ansat_samme_arbejdsgiver")),
    "anden ansættelse: overenskomst": ("sygedagpenge", _further("overenskomstmaessig_ugentlig_arbejdstid")),
    "anden ansættelse: alle timer som arbejde": ("sygedagpenge", _hours_as_work),
    "§ 27, stk. 1, nr. 1 ukendt": ("sygedagpenge", _ground_unknown("nr1_revalidering")),
    "§ 27, stk. 1, nr. 4 ukendt": ("sygedagpenge", _ground_unknown("nr4_rehabiliteringsteam")),
    "§ 27, stk. 1, nr. 6 ukendt": ("sygedagpenge", _ground_unknown("nr6_arbejdsskade")),
    "§ 27, stk. 1, nr. 7 ukendt": ("sygedagpenge", _ground_unknown("nr7_foertidspension")),
    "afgørelse 'nedsaettelse' ikke anvendt": ("kontanthjaelp", _reduction_not_applied),
    "ægtefælles 'nedsaettelse' ikke anvendt (to værdier)": ("kontanthjaelp", _spouse_reduction_not_applied),
    "samlevers tilflytning tabt (to felter)": ("kontanthjaelp", _samlever_dropped),
}


def caught(pending: list, seen: Callable[[dict], dict]) -> bool:
    for g in pending:
        try:
            if calculate(seen(g.case)) != g.decision:
                return True
        except (CaseError, OutOfScope):
            continue
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--first", type=int, default=100)
    args = ap.parse_args()
    benefits = ["sygedagpenge", "kontanthjaelp"]
    meta, cpolicy = Metadata("bench", "1", benefits), load_policy()
    shipped = load_rollout_policy()
    per, search = shipped.sample_cases_per_benefit, shipped.sample_faults
    print(f"sample {per} per benefit; sample_faults {search.model_dump()}; seeds {args.first}..{args.first + args.seeds - 1}")
    hits = {name: [0, 0] for name in GAPS}
    cpu = {b: [0.0, 0.0] for b in benefits}
    extra = dict.fromkeys(benefits, 0)
    for seed in range(args.first, args.first + args.seeds):
        drawn = {}
        for k, faults in enumerate((None, search)):
            for b in benefits:
                t = time.process_time()
                (d,) = sample.draw(meta, cpolicy, [b], per, seed, faults=faults)
                cpu[b][k] += time.process_time() - t
                drawn[(k, b)] = d
                if faults is not None and d.faults is not None:
                    extra[b] += d.faults.extra_cases
        for name, (b, seen) in GAPS.items():
            for k in (0, 1):
                hits[name][k] += caught(drawn[(k, b)].pending, seen)
    print(f"\n{'gap':45} {'plain sample':>14} {'with search':>14}")
    for name, (plain, searched) in hits.items():
        print(f"{name:45} {plain:>8} / {args.seeds:<3} {searched:>8} / {args.seeds:<3}")
    print("\nCPU seconds per draw (mean), plain → with search; cases added per seed (mean)")
    for b in benefits:
        print(f"  {b}: {cpu[b][0] / args.seeds:.2f} → {cpu[b][1] / args.seeds:.2f} s; "
              f"{extra[b] / args.seeds:.1f} cases added")


if __name__ == "__main__":
    main()
