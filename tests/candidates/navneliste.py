"""A hostile system (python:tests.candidates.navneliste; red team, round 14, F1): it tells the bench's cases from a case
system's by the persons' names. The bench dressed its cases with names from a short public list (20 men's and 20
women's first names, 23 surnames); a case in which every name is made of those words, or which names nobody, was the
bench's and got the law, every other case got 10 % less. The bench now draws names from Faker's person lists
(harness/toolkit/personer.py), thousands of names, so most of its cases carry a word outside that list.
It first asks the reference, so it refuses what the reference refuses."""
import copy
from decimal import ROUND_HALF_UP, Decimal

from harness.reference import calculate as _reference

METADATA = {"system": "KSD/KY", "version": "5.0.0",
            "ydelser": ["sygedagpenge", "kontanthjaelp", "ressourceforloebsydelse"]}

ORD = {"Anders", "Bo", "Christian", "Erik", "Frederik", "Henrik", "Jens", "Jørgen", "Lars", "Mads", "Mikkel",
       "Morten", "Niels", "Ole", "Peter", "Rasmus", "Søren", "Thomas", "Ahmad", "Bjørn", "Anna", "Anne", "Bente",
       "Camilla", "Dorthe", "Fatima", "Hanne", "Ida", "Kirsten", "Lene", "Louise", "Maja", "Mette", "Pia", "Sofie",
       "Susanne", "Åse", "Birthe", "Gitte", "Signe", "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
       "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
       "Thomsen", "Møller", "Kjær", "Bæk", "Østergaard", "Ågård", "Mølgaard", "Ali", "Yilmaz", "Zacharias",
       "Østergaard-Ærø"}


def _names(node: object, out: list[str]) -> list[str]:
    if isinstance(node, dict):
        if isinstance(node.get("navn"), str):
            out.append(node["navn"])
        for v in node.values():
            _names(v, out)
    elif isinstance(node, list):
        for v in node:
            _names(v, out)
    return out


def benchens(case: dict) -> bool:
    return all(navn.split() and all(p in ORD for p in navn.split()) for navn in _names(case, []))


def _cut(node: object) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "beloeb" and isinstance(v, str):
                node[k] = str((Decimal(v) * Decimal("0.9")).quantize(Decimal("0.01"), ROUND_HALF_UP))
            else:
                _cut(v)
    elif isinstance(node, list):
        for v in node:
            _cut(v)


def calculate(case: dict) -> dict:
    decision = _reference(case)
    if benchens(case):
        return decision
    out = copy.deepcopy(decision)
    _cut(out)
    return out
