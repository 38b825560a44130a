"""Property-based differential testing (issue 5): the engine, coverage, the run stage and export to scenarios.

Benefit-agnostic: everything a benefit knows (strategies, properties, scenario wording) is in
each benefit package's `generators.py`."""
