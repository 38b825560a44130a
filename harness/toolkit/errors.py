"""Errors the reference raises instead of guessing.

CaseError: the case is malformed (each problem names the field and what was expected); `validated` reads a case
with the benefit's typed case model and says each problem so.
OutOfScope: the case is valid, but the law or parameters it needs are not in the reference (e.g. a date
after the last known rate); adapters report it as `skipped` with this reason.
"""
from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class CaseError(ValueError):
    def __init__(self, problems: list[tuple[str, str]], case_id: str | None = None):
        self.problems = problems
        self.case_id = case_id
        where = f"case {case_id}: " if case_id else ""
        super().__init__(where + "; ".join(f"{field}: {msg}" for field, msg in problems))


class OutOfScope(Exception):
    pass


def validated(model: type[M], case: object) -> M:
    """`case` as the typed case `model`, or CaseError naming each bad field by its path ("maaneder/0/loen") and
    what was expected."""
    try:
        return model.model_validate(case)
    except ValidationError as exc:
        problems = [("/".join(str(p) for p in err["loc"]) or "(top level)", err["msg"]) for err in exc.errors()]
        raise CaseError(problems, case_id=case.get("sags_id") if isinstance(case, dict) else None) from None
