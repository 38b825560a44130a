"""A hostile system (python:tests.candidates.standardtekst; red team, round 3): the reference's amounts and dates, but
no real explanation. Every decision carries ONE fixed step, the same text for every citizen ("Afgørelsen følger af
reglerne", citing a fixed list of §§), and every amount and date points to it. The citizen and caseworker learn
nothing about why (forvaltningsloven §§ 22 og 24)."""
from harness.reference import calculate as _reference

METADATA = {"system": "Standardtekst", "version": "1.0", "ydelser": ["ressourceforloebsydelse"]}
STEP = {"id": "T01", "regel": "STANDARD", "hjemmel": "sygedagpengeloven § 24; aktivloven §§ 69 j og 89",
        "input": {}, "parametre": [], "fortolkninger": [], "resultat": {"tekst": "Afgørelsen følger af reglerne."}}


def _point(node):
    if isinstance(node, dict):
        return {k: ("T01" if k == "trin" and isinstance(v, str) else _point(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_point(x) for x in node]
    return node


def calculate(case):
    d = _reference(case)
    d.pop("begrundelse")
    d = _point(d)
    d["begrundelse"] = [dict(STEP)]
    return d
