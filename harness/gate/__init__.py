"""The rollout gate: a rollout policy and a known-deviation register turn a run's results into GO / NO-GO.
It knows severities, failure classes, ids and legal areas as opaque values — no benefit's law."""
from .gate import GateDecision, evaluate
from .policy import RolloutPolicy, load_rollout_policy
from .waivers import Waiver, load_waivers

__all__ = ["GateDecision", "RolloutPolicy", "Waiver", "evaluate", "load_rollout_policy", "load_waivers"]
