"""The contract: the JSON Schemas of every benefit's case and decision with the typed models that mirror them,
and the typed records and configuration files of the machinery (records.py, config.py, golden.py, messages.py)
whose JSON Schemas are exported from them (export.py).

Everything else in the harness talks through this package; it imports nothing from the rest of the harness.
"""
