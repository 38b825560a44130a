"""Approved golden results: loading with integrity checks (store) and the review workflow."""
