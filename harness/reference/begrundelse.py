"""Records the ordered rule applications that make up a decision's explanation ('begrundelse').

Each step gets an id (T01, T02, ...) that the decision's amounts and dates point to. Steps hold data only;
Danish prose is rendered later from the rule catalogue, so the hot path builds no text.
"""
from __future__ import annotations

_IDS = [f"T{i:02d}" for i in range(1, 100)]


class Begrundelse:
    __slots__ = ("steps",)

    def __init__(self) -> None:
        self.steps: list[dict] = []

    def add(self, regel: str, hjemmel: str, input: dict, resultat: dict,
            parametre: tuple | list = (), fortolkninger: tuple | list = ()) -> str:
        n = len(self.steps)
        sid = _IDS[n] if n < 99 else f"T{n + 1}"
        self.steps.append({"id": sid, "regel": regel, "hjemmel": hjemmel, "input": input,
                           "parametre": [p.brug.copy() for p in parametre] if parametre else [],
                           "fortolkninger": list(fortolkninger), "resultat": resultat})
        return sid
