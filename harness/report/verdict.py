"""The verdict of a recorded run, recomputed: `ydelsestjek report` never trusts a results.json's stored verdict.

The gate is evaluated again from what the file records — every case's status and deviations, the rollout policy's
content, the waiver entries, the candidate's system and version and the date the waivers were judged on — and
compared with the stored gate. A file whose stored verdict or reasons do not follow from its own records was
edited by hand: it is refused. (A results.json edited consistently throughout is not detected: the authority is a
new run against verified goldens; docs/trust.md.)
"""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from harness.config_files import ConfigError, YamlDoc
from harness.gate import GateDecision, evaluate
from harness.gate.policy import rollout_policy_from
from harness.gate.waivers import waivers_from


class VerdictMismatch(Exception):
    """The stored verdict does not follow from the recorded results."""


def recompute(results: dict, source: Path | str) -> tuple[GateDecision, list[dict]]:
    """(the gate decision the recorded results give, the cases with their waivers marked as that decision has them).
    Raises ConfigError when the recorded policy or waivers are not valid."""
    where = Path(str(source))
    policy = rollout_policy_from(YamlDoc(Path(f"{where} (policy.rollout.content)"),
                                         results["policy"]["rollout"].get("content"), None))
    waivers = waivers_from(YamlDoc(Path(f"{where} (policy.waivers.entries)"),
                                   {"waivers_version": "1.0", "waivers": results["policy"]["waivers"]["entries"]}, None))
    try:
        today = dt.date.fromisoformat(results["gate"]["today"])
    except (TypeError, ValueError):
        raise ConfigError(where, [f"gate.today: expected a date YYYY-MM-DD, got {results['gate'].get('today')!r}"]) from None
    cases = copy.deepcopy(results["cases"])
    meta = results["candidate"]["metadata"]
    return evaluate(cases, policy, waivers, str(meta["system"]), str(meta["version"]), today), cases


def verified(results: dict, source: Path | str) -> dict:
    """The results with the recomputed gate; raises VerdictMismatch if the stored one says otherwise."""
    decision, cases = recompute(results, source)
    stored = results["gate"]
    if decision.verdict != stored.get("verdict") or decision.reasons != stored.get("reasons"):
        raise VerdictMismatch(
            f"{source}: the stored verdict ({stored.get('verdict')}) does not follow from the recorded results, "
            f"which give {decision.verdict}" + (": " + "; ".join(decision.reasons)[:500] if decision.reasons else "")
            + ". The file was changed after the run; run again to get evidence.")
    return {**results, "gate": decision.to_dict(), "cases": cases}
