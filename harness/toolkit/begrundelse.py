"""Records the ordered rule applications that make up a decision's explanation ('begrundelse').

Each step gets an id (T01, T02, ...) that the decision's amounts and dates point to. Steps hold data only;
Danish prose is rendered later from the rule catalogue, so the hot path builds no text.

A step's inputs and result are given as a function, called only when the explanation is kept. With
`aktiv=False` (a lean calculation, as OpenFisca computes without its tracer) each step keeps only its id, its rule
and the § it cites (`id`, `regel`, `hjemmel`: strings the rule passes anyway, so they cost nothing to keep), so the
decision and its step ids are the same, an audit can hold a system's explanation to the reference's §§ without the
details, and the full explanation is rebuilt by calculating again.
"""
from __future__ import annotations

from collections.abc import Callable

_IDS = [f"T{i:02d}" for i in range(1, 100)]

Detaljer = Callable[[], tuple[dict, dict]]


class Begrundelse:
    __slots__ = ("_n", "aktiv", "steps")

    def __init__(self, aktiv: bool = True) -> None:
        self.steps: list[dict] = []
        self.aktiv = aktiv
        self._n = 0

    def add(self, regel: str, hjemmel: str, detaljer: Detaljer,
            parametre: tuple | list = (), fortolkninger: tuple | list = ()) -> str:
        """detaljer() gives the step's (input, resultat); it is called at once, and only when the step is kept."""
        n = self._n
        self._n = n + 1
        sid = _IDS[n] if n < 99 else f"T{n + 1}"
        if self.aktiv:
            input, resultat = detaljer()
            self.steps.append({"id": sid, "regel": regel, "hjemmel": hjemmel, "input": input,
                               "parametre": [p.brug.copy() for p in parametre] if parametre else [],
                               "fortolkninger": list(fortolkninger), "resultat": resultat})
        else:
            self.steps.append({"id": sid, "regel": regel, "hjemmel": hjemmel})
        return sid
