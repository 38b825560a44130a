"""Builders for hand-written sygedagpenge test cases: a valid default case, overridden per test."""
from __future__ import annotations

import copy


def seks_maaneder(foerste: str, timer: list[str]) -> list[dict]:
    """Months before `foerste` (YYYY-MM of the first absence day), oldest first, with the given hours."""
    y, m = map(int, foerste.split("-")[:2])
    idx = y * 12 + m - 1
    return [{"maaned": f"{i // 12:04d}-{i % 12 + 1:02d}", "timer": t} for i, t in zip(range(idx - 6, idx), timer)]


def loenmodtager(foerste: str = "2024-03-04", sidste: str = "2024-05-31", *, timefortjeneste: str = "120.00",
                 ugentlig: str = "37", ansat_fra: str = "2020-01-01", arbejdstimer: str = "296",
                 maaneder: list[str] | None = None, **extra) -> dict:
    case = {
        "schema_version": "1.0", "ydelse": "sygedagpenge", "sags_id": "T-1", "status": "loenmodtager",
        "fravaer": {"foerste_fravaersdag": foerste, "sidste_fravaersdag": sidste},
        "ansaettelse": {"ansat_fra": ansat_fra, "timer_seneste_8_uger": [{"art": "arbejde", "timer": arbejdstimer}],
                        "timefortjeneste": timefortjeneste, "ugentlig_arbejdstid": ugentlig},
        "beskaeftigelse_seneste_6_maaneder": seks_maaneder(foerste, maaneder or ["160"] * 6),
    }
    for key, value in extra.items():
        case[key] = value
    return case


def med(case: dict, path: str, value) -> dict:
    """A copy of `case` with the field at 'a/b/c' set to value."""
    out = copy.deepcopy(case)
    node = out
    *parents, last = path.split("/")
    for p in parents:
        node = node.setdefault(p, {})
    node[last] = value
    return out


def uge(decision: dict, uge: str, liste: str = "udbetalinger") -> dict | None:
    return next((p for p in decision[liste] if p["uge"] == uge), None)
