"""The rollout policy file (policies/default.yaml): what a release must satisfy to be rolled out. Its format is
the contract's `RolloutPolicy` (harness/contract/config.py)."""
from __future__ import annotations

import os
from pathlib import Path

from harness.config_files import load_model
from harness.contract.config import SEVERITIES, Coverage, RolloutPolicy, SeverityRule
from harness.contract.ydelse import alle

DEFAULT_ROLLOUT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.yaml"
POLICY_ENV = "YDELSESTJEK_POLICY"


def default_rollout_policy() -> Path:
    """The policy a run uses without --policy: $YDELSESTJEK_POLICY (a municipality's own, set once for its CI),
    else the shipped policies/default.yaml. The evidence pack records which file it was and its content."""
    return Path(os.environ.get(POLICY_ENV) or DEFAULT_ROLLOUT_POLICY)


def load_rollout_policy(path: Path | str | None = None) -> RolloutPolicy:
    """The policy (default: default_rollout_policy()); ConfigError naming the file, line, field and what was
    expected when it is not valid (a benefit it requires must be installed)."""
    return load_model(path or default_rollout_policy(), RolloutPolicy, context={"ydelser": list(alle())})


def policy_name(policy: RolloutPolicy, path: Path | str) -> str:
    """The name the evidence pack shows: the policy's own, else the file's."""
    return policy.name if policy.name is not None else Path(path).stem


__all__ = [
    "DEFAULT_ROLLOUT_POLICY",
    "POLICY_ENV",
    "SEVERITIES",
    "Coverage",
    "RolloutPolicy",
    "SeverityRule",
    "default_rollout_policy",
    "load_rollout_policy",
    "policy_name",
]
