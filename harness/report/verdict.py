"""The verdict of a results.json is computed, never read: `ydelsestjek report` decides GO / NO-GO again from the
recorded cases under the rollout policy and waivers recorded in the same file, and says so when the stored
`gate` disagrees. A results.json whose `gate.verdict` was edited to "GO" therefore renders as the NO-GO its
cases are; no text a candidate wrote (its system name, an error message) is ever read as a verdict.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from pydantic import ValidationError

from harness.contract.config import RolloutPolicy
from harness.contract.records import GateDecision, RunResults, Summary, dump, marked
from harness.gate import evaluate
from harness.gate.scope import narrowed


def _class_hjemmel() -> dict[str, dict[str, str]]:
    """The § of a failure class no step causes, from the installed benefits' comparison rules (the same data the
    run used); none when they cannot be read."""
    try:
        from harness.compare import load_policy
        return load_policy().class_hjemmel()
    except Exception:
        return {}


BACKDATED = "kørslen var dateret tilbage"   # a results.json from before the machine's date was recorded


class VerdictError(Exception):
    """The recorded policy or waivers cannot be read back, so no verdict can be computed."""


def _unreadable(what: str, exc: ValidationError, prefix: str = "") -> str:
    """`what`, and each field that failed with what was expected (at most five): never the validator's dump."""
    fields = [f"field {prefix}{'.'.join(str(p) for p in e['loc']) or '(the whole record)'}: {e['msg']}"
              for e in exc.errors()[:5]]
    more = f"; and {exc.error_count() - 5} more" if exc.error_count() > 5 else ""
    return f"{what}, so the verdict cannot be computed again: " + "; ".join(fields)[:800] + more


def checked(results: dict[str, Any], source: object) -> dict[str, Any]:
    """A run loaded to be compared with another (`compare`, `run --baseline`): its verdict, counts, defects and
    kroner computed again from its cases, as `report` does, never read. What the file stored differently is in
    `recomputed` (Danish, for the pages), each line naming the run and saying what it means: the file was edited after its run.
    VerdictError, naming `source`, when the run cannot be computed again."""
    try:
        out, problems = recompute(results)
    except VerdictError as exc:
        raise VerdictError(f"{source}: {exc}") from None
    out.pop("recomputed", None)    # a note a re-rendering (`report --out`) stored is not this check's finding
    if problems:
        out["recomputed"] = [f"kørslen {out['run_id']}: {p}. " + (
            "Det viste er beregnet pr. den dag, kørslen sluttede" if p.startswith(BACKDATED) else
            "Dens results.json er altså ændret efter kørslen: det viste er beregnet ud fra kørslens registrerede "
            "sager, ikke læst fra filen") for p in problems]
    return out


def _day(value: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise VerdictError(f"the verdict cannot be computed again: field {field}: expected a date YYYY-MM-DD, got "
                           f"{value[:40]!r}") from None


def _run_dates(doc: RunResults) -> tuple[dt.date, dt.date]:
    """(the date the run was asked to judge as of, the machine's date when it judged), as the run recorded them:
    a verdict computed again is judged as of the run's own day, never of the day it is checked, and never of a day
    before the machine's. A results.json from before the machine's date was recorded stored the asked date in
    `gate.today` (a back-dated --today among them) and is judged as of the day it finished; a recorded machine date
    more than two days before the run finished (UTC) was not the machine's and counts as two days before."""
    try:
        finished = dt.datetime.fromisoformat(doc.finished).date()
    except ValueError:
        raise VerdictError(f"the verdict cannot be computed again: field finished: expected a time "
                           f"YYYY-MM-DDTHH:MM:SS, got {doc.finished[:40]!r}") from None
    requested = _day(doc.gate.today, "gate.today")
    if doc.gate.today_requested is not None:
        requested = _day(doc.gate.today_requested, "gate.today_requested")
    if doc.gate.clock_today is None:
        return requested, finished
    return requested, max(_day(doc.gate.clock_today, "gate.clock_today"), finished - dt.timedelta(days=2))


def recompute(results: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """(results with `gate`, the waiver marks and `summary` computed from its cases, what differed from the
    stored ones, in Danish)."""
    try:
        doc = RunResults.model_validate(results)
    except ValidationError as exc:
        raise VerdictError(_unreadable("results.json is not a run of this ydelsestjek", exc)) from None
    try:
        policy = RolloutPolicy.model_validate(doc.policy.rollout.content)
    except ValidationError as exc:
        raise VerdictError(_unreadable("the rollout policy recorded in results.json cannot be read back",
                                       exc, "policy.rollout.content.")) from None
    today, clock = _run_dates(doc)
    cases = [c.model_copy(update={"deviations": [d.model_copy(update={"undtagelse": None}) for d in c.deviations]})
             for c in doc.cases]
    meta = doc.candidate.metadata
    # the baseline's severity-A deviations, as far as the rule needs them: every A now that the comparison did not
    # find new (the baseline run itself is not in this file)
    baseline_a = None if doc.baseline is None else \
        {d.id for c in cases for d in c.deviations if d.alvor == "A"} - set(doc.baseline.nye_a)
    gate = evaluate(cases, policy, doc.policy.waivers.entries, meta.system, meta.version, today, clock=clock,
                    baseline_a=baseline_a,
                    sample=doc.sample, negative=doc.negative,
                    golden_serial=dump(doc.golden.serial) if doc.golden.serial is not None else None,
                    compare_sha256=doc.policy.compare.sha256, contract_sha256=doc.policy.contract_sha256,
                    strength=dump(doc.styrke) if doc.styrke is not None else None,
                    left_out=doc.golden.left_out, narrowed=narrowed(doc.scope))
    statuses = Counter(c.status for c in cases)
    summary = Summary(cases=len(cases), passed=statuses["pass"], deviation=statuses["deviation"],
                      skipped=statuses["skipped"], errored=statuses["errored"],
                      deviations=sum(len(c.deviations) for c in cases))
    if "clock_today" not in doc.gate.model_fields_set:   # a results.json from before the dates were recorded
        gate = gate.model_copy(update={"decision": GateDecision.model_validate(
            {k: v for k, v in dump(gate.decision).items() if k not in ("today_requested", "clock_today")})})
    problems = []
    if "clock_today" not in doc.gate.model_fields_set and today < clock and doc.gate != gate.decision:
        problems.append(f"{BACKDATED}: dens undtagelser blev vurderet pr. {today.isoformat()}, men den sluttede "
                        f"{clock.isoformat()}; afgørelsen er beregnet igen pr. {clock.isoformat()} og giver "
                        f"{gate.decision.verdict} (gemt: {doc.gate.verdict})")
    elif doc.gate.verdict != gate.decision.verdict:
        problems.append(f"den gemte afgørelse ({doc.gate.verdict}) stemmer ikke med de registrerede resultater, som "
                        f"giver {gate.decision.verdict}; afgørelsen er beregnet igen")
    elif doc.gate != gate.decision:
        problems.append("den gemte begrundelse stemmer ikke med de registrerede resultater; den er beregnet igen")
    if doc.summary != summary:
        problems.append("de gemte optællinger stemmer ikke med de registrerede resultater; de er talt igen")
    marked_cases = [marked(c, gate.marks) for c in cases]
    update: dict[str, Any] = {"gate": gate.decision, "summary": summary, "cases": marked_cases}
    if "money" in doc.model_fields_set:   # defects and kroner follow from the cases too: never read, counted again
        from .defects import group
        from .money import figures
        as_json = [dump(c) for c in marked_cases]
        update["defects"], update["money"] = group(as_json, _class_hjemmel()), figures(as_json)
    if problems:
        update["recomputed"] = problems
    out = dump(doc.model_copy(update=update))
    for key in ("defects", "money"):
        if key in update and out.get(key) != results.get(key) and not problems:
            problems.append("de gemte sandsynlige fejl og kroner stemmer ikke med de registrerede resultater; de er "
                            "beregnet igen")
            out["recomputed"] = problems
    return out, problems
