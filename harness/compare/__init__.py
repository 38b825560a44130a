"""Comparison of a candidate's decision with the approved golden; knows no benefit's law, only policy data."""
from .differ import Finding, compare_decisions
from .policy import ComparePolicy, load_policy

__all__ = ["ComparePolicy", "Finding", "compare_decisions", "load_policy"]
