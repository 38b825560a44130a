"""Comparison of a candidate's decision with the approved golden; knows no benefit's law, only policy data."""
from harness.contract.records import Finding

from .differ import compare_decisions
from .policy import ComparePolicy, load_policy

__all__ = ["ComparePolicy", "Finding", "compare_decisions", "load_policy"]
