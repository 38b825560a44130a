"""Hypothesis profiles for the whole suite. Hypothesis loads its own 'ci' profile when CI is set; we extend it
(keeping derandomize, no database, print_blob) rather than override it (see shared/notes/tooling.md)."""
import os

from hypothesis import Phase, settings

settings.register_profile("ci", parent=settings.get_profile("ci"), max_examples=150)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("deep", max_examples=20_000, deadline=None, phases=list(Phase))
settings.load_profile(os.getenv("HYPOTHESIS_PROFILE") or ("ci" if os.getenv("CI") else "dev"))
