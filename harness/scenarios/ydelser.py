"""Which benefits have scenarios: one folder per benefit under the scenario root, named after the benefit.

A folder's benefit is found in the benefit registry (harness/contract/ydelse.py) by the folder's name; its id
prefix, § tags and legal areas come from the benefit package's ydelse.yaml. So the lint, the golden workflow and
the pytest-bdd bindings iterate over benefits without knowing any: a new benefit is a new package and a new
scenario folder, never an `if ydelse == …` here.
"""
from __future__ import annotations

from pathlib import Path

from harness.contract.ydelse import Ydelse, YdelseError, find

ROOT = Path(__file__).resolve().parents[2]
SCENARIO_DIR = ROOT / "scenarios"

YdelseConfigError = YdelseError   # the name lint and workflow catch: a scenario folder of no known benefit


def ydelse(navn: str, root: Path = SCENARIO_DIR) -> Ydelse:
    """The benefit whose scenarios are in `root/navn` (root is not consulted: the folder name is the benefit)."""
    return find(navn)


def alle(root: Path = SCENARIO_DIR) -> list[str]:
    """Every benefit folder under root (a folder with feature files), sorted."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.feature")))
