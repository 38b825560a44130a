"""The contract: JSON Schemas for every benefit's case and decision, and typed models that mirror them.

Everything else in the harness talks through this package; it imports nothing from the rest of the harness.
"""
