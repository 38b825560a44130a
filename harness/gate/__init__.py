"""The rollout gate: a rollout policy and a known-deviation register turn a run's results into GO / NO-GO.
It knows severities, failure classes, ids and legal areas as opaque values — no benefit's law."""
from harness.contract.config import RolloutPolicy, Waiver
from harness.contract.records import GateDecision, GateResult

from .gate import evaluate
from .policy import load_rollout_policy
from .waivers import load_waivers

__all__ = ["GateDecision", "GateResult", "RolloutPolicy", "Waiver", "evaluate", "load_rollout_policy", "load_waivers"]
