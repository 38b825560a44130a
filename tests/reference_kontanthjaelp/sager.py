"""Small builders for hand-written kontanthjælp cases."""
from __future__ import annotations

import copy


def person(foedt: str = "1980-05-05", **kw) -> dict:
    return {"foedselsdato": foedt, **kw}


def sag(maaneder: list[dict], forhold: str = "enlig", ansoeger: dict | None = None, aegtefaelle: dict | None = None,
        boern: list[str] = (), haendelser: list[dict] = (), **husstand) -> dict:
    h = {"forhold": forhold, "ansoeger": ansoeger or person(), **husstand}
    if aegtefaelle is not None:
        h["aegtefaelle"] = aegtefaelle
    if boern:
        h["boern"] = [{"foedselsdato": b} for b in boern]
    c = {"schema_version": "1.0", "ydelse": "kontanthjaelp", "sags_id": "T-1", "husstand": h,
         "maaneder": copy.deepcopy(maaneder)}
    if haendelser:
        c["haendelser"] = list(haendelser)
    return c


def md(maaned: str, **kw) -> dict:
    return {"maaned": maaned, **kw}


def maaned(decision: dict, maaned: str) -> dict:
    return next(m for m in decision["maaneder"] if m["maaned"] == maaned)


def udbetalt(decision: dict, maaned_: str) -> str:
    return maaned(decision, maaned_)["udbetalt"]["beloeb"]


def trin_refs(obj, out=None) -> list[str]:
    """Every `trin` reference anywhere in a decision (outside begrundelse)."""
    out = [] if out is None else out
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "begrundelse":
                continue
            if k == "trin" and isinstance(v, str):
                out.append(v)
            else:
                trin_refs(v, out)
    elif isinstance(obj, list):
        for v in obj:
            trin_refs(v, out)
    return out
