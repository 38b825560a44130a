"""`ydelsestjek smoke`: does a candidate speak the protocol? Start, metadata, a few golden cases of the benefits
it declares, stop."""
from __future__ import annotations

import time
from pathlib import Path

from tabulate import tabulate

from harness.adapters_api import CandidateError, open_candidate
from harness.config_files import ConfigError
from harness.contract import schemas
from harness.gate.scope import ASK_TO_DECLARE
from harness.golden.signing import DEFAULT_APPROVERS
from harness.golden.store import GOLDEN_DIR, Golden, GoldenIntegrityError


def sample(goldens: list[Golden], ydelser: list[str], count: int) -> list[Golden]:
    """Up to `count` goldens of the declared benefits, taken in turn from each (so every benefit is tried)."""
    per = {y: [g for g in goldens if g.ydelse == y] for y in ydelser}
    out: list[Golden] = []
    while len(out) < count and any(per.values()):
        for y in ydelser:
            if per[y] and len(out) < count:
                out.append(per[y].pop(0))
    return out


def smoke_check(spec: str, golden_dir: Path | None, count: int, timeout: float,
                approvers: Path | None = None) -> tuple[int, str]:
    """(exit code, report): 0 all answers well-formed, 1 some were not, 2 the candidate or goldens unusable, or
    the candidate declares no benefit. The sample cases come from a golden set that passed the same full check as
    a run's, and only of the benefits the candidate declares."""
    from harness.authoring.golden import verify_for_run
    try:
        found = verify_for_run(golden_dir or GOLDEN_DIR, approvers or DEFAULT_APPROVERS)
    except GoldenIntegrityError as exc:
        return 2, "the golden set failed its integrity check:\n  " + "\n  ".join(exc.problems)
    except ConfigError as exc:
        return 2, f"configuration error in {exc.path}:\n  " + "\n  ".join(exc.problems)
    lines = []
    t0 = time.perf_counter()
    try:
        candidate = open_candidate(spec, timeout=timeout)
        meta = candidate.start()
    except CandidateError as exc:
        return 2, f"candidate {spec}: {exc}"
    lines.append(f"start: {meta.system} {meta.version}, ydelser {', '.join(meta.ydelser) or '-'} "
                 f"({time.perf_counter() - t0:.2f} s)")
    if not meta.ydelser:
        candidate.stop()
        return 2, "\n".join([*lines, f"scope: {ASK_TO_DECLARE}"])
    goldens = sample(found.goldens, list(dict.fromkeys(meta.ydelser)), max(count, 0))
    rows, bad = [], 0
    try:
        for g in goldens:
            t1 = time.perf_counter()
            result = candidate.run([g.case])[0]
            ok = "yes"
            detail = result.reason
            if result.kind == "decision":
                errs = schemas.errors(g.ydelse, "decision", result.decision)
                if errs:
                    ok, detail, bad = "no", f"{len(errs)} schema errors, first: {errs[0]}", bad + 1
            elif result.kind == "errored":
                ok, bad = "no", bad + 1
            rows.append([g.id, result.kind, ok, f"{time.perf_counter() - t1:.3f}", detail[:100]])
    finally:
        candidate.stop()
    if rows:
        lines.append(tabulate(rows, headers=["golden", "answer", "well-formed", "seconds", "detail"],
                              tablefmt="simple", disable_numparse=True))
    else:
        lines.append(f"no golden case of {', '.join(meta.ydelser)} found to send; only start and stop were checked")
    lines.append("stop: ok")
    lines.append("smoke: OK" if not bad else f"smoke: {bad} of {len(rows)} answers were not well-formed")
    return (1 if bad else 0), "\n".join(lines)
