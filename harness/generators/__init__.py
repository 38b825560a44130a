"""Generators: Hypothesis strategies that build valid cases in the domain's terms, one module per benefit."""
