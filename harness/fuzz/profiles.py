"""Hypothesis settings profiles, shared by the test suite (tests/conftest.py) and `ydelsestjek fuzz`.

Hypothesis loads its own `ci` profile when CI is set (derandomize, no database, print_blob, no deadline); we
extend it with `parent=` rather than override it (shared/notes/tooling.md § 2). Locally (`dev`, `deep`) the
example database is `.hypothesis/examples`, as Hypothesis' documentation recommends, so a failure found once
replays first next time; in CI there is none (a CI machine is fresh), and `print_blob` says how to reproduce.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings
from hypothesis.database import DirectoryBasedExampleDatabase

DATABASE_DIR = ".hypothesis/examples"
PROFILES = ("ci", "dev", "deep")
DEEP_EXAMPLES = 20_000
# The run's fuzz stage's examples per search round (`run --fuzz ci`, and the strength run's fuzz stage), where they
# differ from the profile's max_examples (which `ydelsestjek fuzz` and the test suite use). At 150 a round the
# stage seldom reached the rare branches (re-employment, § 27 extensions that run out, late § 59 reports).
STAGE_EXAMPLES = {"ci": 600}
# The run's fuzz stage (`run --fuzz PROFILE`) stops starting new search rounds after this many seconds (all
# benefits together; the first round of each benefit always runs whole), so a `ci` stage stays under a minute even
# against a candidate with many defects on a busy machine. It is reported (`budget_exhausted`). The strength run
# uses no budget: its fuzz stage must not depend on the machine's speed.
STAGE_BUDGET_SECONDS = {"ci": 45.0}


def register() -> None:
    settings.register_profile("ci", parent=settings.get_profile("ci"), max_examples=150)
    settings.register_profile("dev", max_examples=100, deadline=None,
                              database=DirectoryBasedExampleDatabase(DATABASE_DIR))
    settings.register_profile("deep", max_examples=DEEP_EXAMPLES, deadline=None, phases=list(Phase),
                              database=DirectoryBasedExampleDatabase(DATABASE_DIR),
                              suppress_health_check=[HealthCheck.too_slow])


def default_profile() -> str:
    return os.getenv("HYPOTHESIS_PROFILE") or ("ci" if os.getenv("CI") else "dev")


def load_default() -> None:
    register()
    settings.load_profile(default_profile())
