"""Errors the reference raises instead of guessing.

CaseError: the case is malformed (each problem names the field and what was expected).
OutOfScope: the case is valid, but the law or parameters it needs are not in the reference (e.g. a date
after the last known rate); adapters report it as `skipped` with this reason.
"""
from __future__ import annotations


class CaseError(ValueError):
    def __init__(self, problems: list[tuple[str, str]], case_id: str | None = None):
        self.problems = problems
        self.case_id = case_id
        where = f"case {case_id}: " if case_id else ""
        super().__init__(where + "; ".join(f"{field}: {msg}" for field, msg in problems))


class OutOfScope(Exception):
    pass
