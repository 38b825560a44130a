"""The verdict of a results.json is computed, never read: `ydelsestjek report` decides GO / NO-GO again from the
recorded cases under the rollout policy and waivers recorded in the same file, and says so when the stored
`gate` disagrees. A results.json whose `gate.verdict` was edited to "GO" therefore renders as the NO-GO its
cases are; no text a candidate wrote (its system name, an error message) is ever read as a verdict.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import tempfile
from collections import Counter
from pathlib import Path

from harness.config_files import ConfigError
from harness.gate import evaluate, load_rollout_policy, load_waivers

STATUSES = ("pass", "deviation", "skipped", "errored")


class VerdictError(Exception):
    """The recorded policy or waivers cannot be read back, so no verdict can be computed."""


def recompute(results: dict) -> tuple[dict, list[str]]:
    """(results with `gate` and `summary` computed from its cases, what differed from the stored ones)."""
    cases = copy.deepcopy(results["cases"])
    meta = results["candidate"]["metadata"]
    pol = results["policy"]
    try:
        today = dt.date.fromisoformat(results["gate"]["today"])
    except (KeyError, TypeError, ValueError):
        raise VerdictError("gate.today is not a date; the verdict cannot be computed again") from None
    with tempfile.TemporaryDirectory(prefix="ydelsestjek-verdict-") as tmp:
        policy_file = Path(tmp) / "policy.json"
        waivers_file = Path(tmp) / "waivers.json"
        policy_file.write_text(json.dumps(pol["rollout"].get("content")), encoding="utf-8")
        waivers_file.write_text(json.dumps({"waivers_version": "1.0", "waivers": pol["waivers"].get("entries", [])}),
                                encoding="utf-8")
        try:
            rpolicy = load_rollout_policy(policy_file)
            waivers = load_waivers(waivers_file)
        except ConfigError as exc:
            raise VerdictError("the rollout policy or waivers recorded in results.json cannot be read back: "
                               + "; ".join(exc.problems[:5])) from None
    gate = evaluate(cases, rpolicy, waivers, str(meta.get("system", "")), str(meta.get("version", "")), today).to_dict()
    counts = Counter(c["status"] for c in cases)
    summary = {"cases": len(cases), **{s: counts.get(s, 0) for s in STATUSES},
               "deviations": sum(len(c["deviations"]) for c in cases)}
    problems = []
    stored = results.get("gate", {})
    if stored.get("verdict") != gate["verdict"]:
        problems.append(f"den gemte afgørelse ({stored.get('verdict')}) stemmer ikke med de registrerede resultater, "
                        f"som giver {gate['verdict']}; afgørelsen er beregnet igen")
    elif stored.get("reasons") != gate["reasons"]:
        problems.append("de gemte begrundelser stemmer ikke med de registrerede resultater; de er beregnet igen")
    if {k: results.get("summary", {}).get(k) for k in summary} != summary:
        problems.append("de gemte optællinger stemmer ikke med de registrerede resultater; de er talt igen")
    out = {**results, "cases": cases, "gate": gate, "summary": {**results.get("summary", {}), **summary}}
    if problems:
        out["recomputed"] = problems
    return out, problems
