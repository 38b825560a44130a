"""Rules whose content changed by law, as named variants each in force from a date (OpenFisca names a formula
by the period it applies from: `formula_2012_07_02`). A variant is chosen by the day the law is applied to, never
by an `if lov == …` branch in the rule; a period the reference does not implement is a named variant that says
so (OutOfScope), not a silent fallback to a later law.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Generic, NoReturn, TypeVar

from harness.toolkit.errors import OutOfScope

F = TypeVar("F", bound=Callable[..., object])


class Lovregel(Generic[F]):
    """One rule of the law and its variants: `@regel.fra("2012-07-02", "lov nr. 1599 af 22.12.2010")`."""

    def __init__(self, navn: str, hjemmel: str) -> None:
        self.navn, self.hjemmel = navn, hjemmel
        self._fra: list[dt.date] = []
        self._varianter: list[tuple[F, str]] = []

    def fra(self, dato: str, lov: str) -> Callable[[F], F]:
        """Register the decorated function as the variant in force from `dato` (ISO), enacted by `lov`."""
        day = dt.date.fromisoformat(dato)

        def register(fn: F) -> F:
            i = bisect.bisect_right(self._fra, day)
            if i and self._fra[i - 1] == day:
                raise ValueError(f"{self.navn}: two variants from {dato}")
            self._fra.insert(i, day)
            self._varianter.insert(i, (fn, lov))
            return fn
        return register

    def gaeldende(self, dag: dt.date) -> F:
        """The variant in force on `dag`; OutOfScope before the first one."""
        i = bisect.bisect_right(self._fra, dag) - 1
        if i < 0:
            raise OutOfScope(f"{self.hjemmel} ({self.navn}) before {self._fra[0].isoformat()} is not in the reference")
        return self._varianter[i][0]

    def varianter(self) -> list[tuple[dt.date, str, F]]:
        """Every variant with its first day and the law that enacted it, oldest first (for docs and tests)."""
        return [(d, lov, fn) for d, (fn, lov) in zip(self._fra, self._varianter)]


def ikke_daekket(beskrivelse: str) -> Callable[..., NoReturn]:
    """A variant for a law period the reference knows exists but does not implement: the case is out of scope."""
    def variant(*_: object, **__: object) -> NoReturn:
        raise OutOfScope(beskrivelse)
    variant.__doc__ = beskrivelse
    return variant
