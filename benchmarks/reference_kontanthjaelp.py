"""Throughput of the kontanthjælp reference calculator on one core (cases/s, CPU time of this process, so other
load on the machine does not skew it), without explanation rendering.

Typical cases: 1-3 months, enlig or couple, some with work income, boligstøtte and a 225-hour history; a fixed
seed makes runs comparable. Prints what it measured; asserts nothing.

    uv run python benchmarks/reference_kontanthjaelp.py [N]
"""
from __future__ import annotations

import json
import random
import sys
import time

from harness.ydelser.kontanthjaelp.reference import calculate, validate


def typisk(rng: random.Random, i: int) -> dict:
    start = rng.randrange(2023 * 12, 2026 * 12 + 10)
    n = rng.choice([1, 1, 2, 3])
    mdr = [f"{(start + k) // 12}-{(start + k) % 12 + 1:02d}" for k in range(n)]
    forhold = rng.choice(["enlig", "enlig", "gift", "samlevende"])
    h = {"forhold": forhold, "ansoeger": {"foedselsdato": f"{rng.randrange(1960, 1995)}-0{rng.randrange(1, 10)}-15"}}
    if forhold != "enlig":
        h["aegtefaelle"] = {"foedselsdato": f"{rng.randrange(1960, 1995)}-0{rng.randrange(1, 10)}-20"}
    if rng.random() < 0.4:
        h["boern"] = [{"foedselsdato": "2015-06-01"}]
    if rng.random() < 0.3:
        h["ansoeger"]["historik"] = [{"maaned": f"{(start - k) // 12}-{(start - k) % 12 + 1:02d}", "timer": "5",
                                      "paa_hjaelp": True} for k in range(12, 0, -1)]
    ms = []
    for m in mdr:
        x = {"maaned": m}
        if rng.random() < 0.5:
            x["ansoeger"] = {"arbejdstimer": str(rng.randrange(0, 120)), "arbejdsindtaegt": f"{rng.randrange(0, 15000)}.00"}
        if rng.random() < 0.5:
            x["boligstoette"] = f"{rng.randrange(0, 4000)}.00"
        ms.append(x)
    return {"schema_version": "1.0", "ydelse": "kontanthjaelp", "sags_id": f"B-{i}", "husstand": h, "maaneder": ms}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = random.Random(7)
    cases = [typisk(rng, i) for i in range(n)]
    for c in cases[:200]:
        calculate(c)                      # warm caches (parameter files, step parameter entries)
    t0 = time.process_time()
    for c in cases:
        validate(c)
    t_val = time.process_time() - t0
    t0 = time.process_time()
    months = 0
    for c in cases:
        months += len(calculate(c)["maaneder"])
    t_all = time.process_time() - t0
    t0 = time.process_time()
    size = sum(len(json.dumps(calculate(c))) for c in cases[:1000]) / 1000
    print(f"kontanthjælp reference, {n} typical cases ({months} months), one core:")
    print(f"  validate only        : {n / t_val:10.0f} cases/s")
    print(f"  validate + calculate : {n / t_all:10.0f} cases/s  ({months / t_all:.0f} months/s, {t_all / n * 1e6:.0f} µs/case)")
    print(f"  decision JSON size   : {size:10.0f} bytes/case (mean of 1000)")


if __name__ == "__main__":
    main()
