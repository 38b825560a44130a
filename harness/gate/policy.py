"""The rollout policy file (policies/default.yaml): what a release must satisfy to be rolled out. Its format is
the contract's `RolloutPolicy` (harness/contract/config.py)."""
from __future__ import annotations

from pathlib import Path

from harness.config_files import load_model
from harness.contract.config import SEVERITIES, Coverage, RolloutPolicy, SeverityRule
from harness.contract.ydelse import alle

DEFAULT_ROLLOUT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.yaml"


def load_rollout_policy(path: Path | str = DEFAULT_ROLLOUT_POLICY) -> RolloutPolicy:
    """The policy; ConfigError naming the file, line, field and what was expected when it is not valid (a benefit
    it requires must be installed)."""
    return load_model(path, RolloutPolicy, context={"ydelser": list(alle())})


def policy_name(policy: RolloutPolicy, path: Path | str) -> str:
    """The name the evidence pack shows: the policy's own, else the file's."""
    return policy.name if policy.name is not None else Path(path).stem


__all__ = ["DEFAULT_ROLLOUT_POLICY", "SEVERITIES", "Coverage", "RolloutPolicy", "SeverityRule", "load_rollout_policy",
           "policy_name"]
