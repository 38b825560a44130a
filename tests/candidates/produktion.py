"""A hostile system (python:tests.candidates.produktion; red team, round 13, F1, its produktion.py adapted): the
reference on every case the bench used to make, and 10 % short on every case that looks like one from a real case
system. Two tells, which no golden, neighbour, sample, invalid or fuzz case showed before harness/dressing.py:
- kontanthjælp and ressourceforløbsydelse: a person has a CPR number or a name;
- every benefit: a yes/no field whose default is false is written out as false (a real extract writes every field;
  the bench's cases left defaults out).
It asks the reference first, so it refuses exactly what the reference refuses (the negative stage is clean)."""
from __future__ import annotations

import copy
from decimal import Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "KSD", "version": "4.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}
_Q = Decimal("0.01")
_PERSONS = (("person",), ("husstand", "ansoeger"), ("husstand", "aegtefaelle"))
_FALSE_NEVER_WRITTEN = {
    "sygedagpenge": ("anmeldelser.refusion_dispensation", "anmeldelser.undskyldende_forhold", "ansaettelse.aftale_56",
                     "ansaettelse.arbejdsgiver_betaler_loen", "ansaettelse.arbejdsgiver_forsikret_55",
                     "ansaettelse.tidligere_ansat_samme_arbejdsgiver", "fravaer.foerste_dag_delvis",
                     "ville_have_ret_til_arbejdsloeshedsdagpenge"),
    "kontanthjaelp": ("husstand.ansoeger.psykisk_lidelse", "husstand.ansoeger.hjemmeboende",
                      "husstand.ansoeger.aktivitetsparat", "husstand.ekstra_boernetilskud"),
    "ressourceforloebsydelse": ("person.hjemmeboende",),
}


def _get(case: dict, dotted: str) -> object:
    node: object = case
    for k in dotted.split("."):
        if not isinstance(node, dict) or k not in node:
            return None
        node = node[k]
    return node


def real(case: dict) -> bool:
    """Does the case look like one from a case system rather than the bench?"""
    y = case.get("ydelse")
    if y != "sygedagpenge":
        for path in _PERSONS:
            node = _get(case, ".".join(path))
            if isinstance(node, dict) and ("cpr" in node or "navn" in node):
                return True
    return any(_get(case, p) is False for p in _FALSE_NEVER_WRITTEN.get(str(y), ()))


def _cut(x: str) -> str:
    return str((Decimal(x) * Decimal("0.9")).quantize(_Q))


def calculate(case: dict) -> dict:
    d = _reference(case)          # refuses, as the reference does, whatever the law cannot decide
    if not real(case):
        return d
    d = copy.deepcopy(d)
    if case.get("ydelse") == "sygedagpenge":
        for u in d.get("udbetalinger", []):
            u["beloeb"] = _cut(u["beloeb"])
        d["udbetalt_i_alt"]["beloeb"] = str(sum((Decimal(u["beloeb"]) for u in d.get("udbetalinger", [])),
                                                Decimal(0)).quantize(_Q))
        return d
    for m in d.get("maaneder", []):
        if isinstance(m.get("udbetalt"), dict):
            m["udbetalt"]["beloeb"] = _cut(m["udbetalt"]["beloeb"])
    d["i_alt"]["udbetalt"]["beloeb"] = str(sum((Decimal(m["udbetalt"]["beloeb"]) for m in d.get("maaneder", [])
                                                if isinstance(m.get("udbetalt"), dict)), Decimal(0)).quantize(_Q))
    return d
