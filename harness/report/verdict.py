"""The verdict of a recorded run, recomputed: `ydelsestjek report` never trusts a results.json's stored verdict.

The gate is evaluated again from what the file records — every case's status and deviations, the rollout policy's
content, the waiver entries, the candidate's system and version and the date the waivers were judged on — and
compared with the stored gate. A file whose stored verdict or reasons do not follow from its own records was
edited by hand: it is refused. (A results.json edited consistently throughout is not detected: the authority is a
new run against verified goldens; docs/trust.md.)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from harness.config_files import ConfigError, YamlDoc
from harness.contract.config import RolloutPolicy, WaiverRegister
from harness.contract.records import CaseRecord, GateResult, dump, marked
from harness.gate import evaluate


class VerdictMismatch(Exception):
    """The stored verdict does not follow from the recorded results."""


def recompute(results: dict[str, Any], source: Path | str) -> tuple[GateResult, list[CaseRecord]]:
    """(the gate the recorded results give, the recorded cases). Raises ConfigError when the recorded policy or
    waivers are not valid."""
    where = str(source)
    policy = YamlDoc(Path(f"{where} (policy.rollout.content)"),
                     results["policy"]["rollout"].get("content")).validate(RolloutPolicy)
    register = YamlDoc(Path(f"{where} (policy.waivers.entries)"),
                       {"waivers_version": "1.0", "waivers": results["policy"]["waivers"]["entries"]}
                       ).validate(WaiverRegister)
    try:
        today = dt.date.fromisoformat(results["gate"]["today"])
    except (TypeError, ValueError):
        raise ConfigError(Path(where), [f"gate.today: expected a date YYYY-MM-DD, got {results['gate'].get('today')!r}"]) \
            from None
    cases = [CaseRecord.model_validate(c) for c in results["cases"]]
    meta = results["candidate"]["metadata"]
    return evaluate(cases, policy, list(register.waivers), str(meta["system"]), str(meta["version"]), today), cases


def verified(results: dict[str, Any], source: Path | str) -> dict[str, Any]:
    """The results with the recomputed gate and waiver marks; VerdictMismatch if the stored gate says otherwise."""
    gate, cases = recompute(results, source)
    decision, stored = dump(gate.decision), results["gate"]
    if decision["verdict"] != stored.get("verdict") or decision["reasons"] != stored.get("reasons"):
        raise VerdictMismatch(
            f"{source}: the stored verdict ({stored.get('verdict')}) does not follow from the recorded results, "
            f"which give {decision['verdict']}"
            + (": " + "; ".join(decision["reasons"])[:500] if decision["reasons"] else "")
            + ". The file was changed after the run; run again to get evidence.")
    return {**results, "gate": decision, "cases": [dump(marked(c, gate.marks)) for c in cases]}
