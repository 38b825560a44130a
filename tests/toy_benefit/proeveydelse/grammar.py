"""The toy benefit's step table, on the machinery every grammar shares (harness/scenarios/trin.py)."""
from __future__ import annotations

from decimal import Decimal

from harness.scenarios import dk
from harness.scenarios.trin import Sag as _Sag
from harness.scenarios.trin import StepDef, StepFailure, Trintabel

TYPES = dict(dk.TYPES)
T = Trintabel("proeveydelse", TYPES)
GRAMMAR = T.steps
match, apply_given, check_then, tekst = T.match, T.apply_given, T.check_then, T.tekst
WHEN_PATTERN = "sagen afgøres"


class Sag(_Sag):
    def __init__(self) -> None:
        super().__init__("proeveydelse")


@T.givet("borgeren har en indtægt på {beloeb:Kr} i {maaned:Maaned}", "Givet borgeren har en indtægt på 300,00 kr. i 2024-05")
def _indtaegt(sag: Sag, beloeb: Decimal, maaned: str) -> None:
    sag.case.setdefault("maaneder", []).append({"maaned": maaned, "indtaegt": f"{beloeb:.2f}"})


GRAMMAR.append(StepDef("when", WHEN_PATTERN, lambda: None, "Når sagen afgøres", types=TYPES, uses_sag=False))


@T.saa(["udbetales {beloeb:Kr} for {maaned:Maaned}"], "Så udbetales 850,00 kr. for 2024-05")
def _udbetalt(d: dict, beloeb: Decimal, maaned: str) -> None:
    found = next((m for m in d["maaneder"] if m["maaned"] == maaned), None)
    if found is None or Decimal(found["beloeb"]) != beloeb:
        raise StepFailure(f"udbetalt for {maaned} er {found and found['beloeb']}, men skulle være {beloeb}")
