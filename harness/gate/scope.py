"""The run's scope: the system under test decides what it is judged on.

A candidate declares the benefits it computes (its metadata `ydelser`: METADATA of a python: module, the ready
line of a cmd: process, GET /info, the metadata line of a file: recording). Only the scenarios of those benefits
are cases of the run; the others are named in the evidence pack as out of scope, with why. So a KSD-only system
is judged on its one benefit alone and can be GO, and the pack says which benefits were not judged.

A candidate that declares nothing is not judged on everything: the run stops before any case (ScopeError, exit 2)
and asks it to declare, unless `--ydelse NAME` names the one benefit to judge it on. A candidate that did not
start cannot say what it computes: its run keeps every selected scenario (they all fail) and the pack says so.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from harness.contract.records import Scope, ScopeBenefit
from harness.contract.ydelse import YdelseError, alle


class ScopeError(Exception):
    """The candidate's declaration and the selection leave nothing to judge, or contradict each other."""


class _Scenario(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def ydelse(self) -> str: ...
    @property
    def obligatorisk(self) -> bool: ...


@dataclass(frozen=True)
class Decided:
    scope: Scope
    ydelser: list[str]      # the benefits judged, in the registry's order


ASK_TO_DECLARE = ("the candidate declares no benefits (its metadata 'ydelser' is empty), so there is nothing to judge "
                  "it on: declare the benefits it computes (METADATA of a python: module, the ready line of a cmd: "
                  "candidate, GET /info of an http: candidate, the metadata line of a file: recording), or name the "
                  "one benefit with --ydelse NAME")


def check_selected(ydelse: str | None) -> None:
    """--ydelse names an installed benefit; ScopeError naming the known ones when it does not."""
    if ydelse is None:
        return
    known = alle()
    if ydelse not in known:
        raise ScopeError(f"--ydelse: unknown benefit {ydelse!r}; known: {', '.join(known) or 'none installed'}")


def _benefit(navn: str, scenarios: Sequence[_Scenario], reason: str = "") -> ScopeBenefit:
    mine = [s for s in scenarios if s.ydelse == navn]
    try:
        ydelse = alle()[navn]
        titel, omraader = ydelse.beskrivelse.titel, ydelse.omraader
    except (KeyError, YdelseError):
        titel, omraader = navn, {}
    return ScopeBenefit(ydelse=navn, titel=titel, omraader=omraader, scenarios=len(mine),
                        mandatory=sum(1 for s in mine if s.obligatorisk), reason=reason)


def decide(declared: Sequence[str], selected: str | None, scenarios: Sequence[_Scenario],
           started: bool = True, every: Sequence[_Scenario] | None = None) -> Decided:
    """The benefits judged, from what the candidate declares and --ydelse; ScopeError when nothing is left to judge.
    `scenarios` are the approved scenarios the run selected (all of them without --only), `every` every approved
    scenario of the golden set (default: `scenarios`), so that a benefit with goldens that is not judged is named
    out of scope, with all its scenarios, also when --only selected none of it."""
    check_selected(selected)
    installed = list(alle())
    every = scenarios if every is None else every

    def ordered(names: set[str]) -> list[str]:
        return sorted(names, key=lambda n: (n not in installed, installed.index(n) if n in installed else 0, n))
    present = ordered({s.ydelse for s in scenarios})
    known = ordered({s.ydelse for s in every} | set(present))
    declared = list(dict.fromkeys(declared))
    unknown = [n for n in declared if n not in installed]
    note = ""
    if not started:
        judged = [selected] if selected else present
        note = ("kandidaten startede ikke og kunne derfor ikke oplyse sine ydelser; alle scenarier i udvalget er "
                "medtaget")
    elif selected is not None:
        if declared and selected not in declared:
            raise ScopeError(f"--ydelse {selected}: the candidate does not compute it (it declares "
                             f"{', '.join(declared)})")
        judged = [selected]
        if not declared:
            note = f"kandidaten oplyser ikke sine ydelser; ydelsen {selected} blev valgt med --ydelse"
    elif not declared:
        raise ScopeError(ASK_TO_DECLARE)
    else:
        judged = [n for n in installed if n in declared]
        if not judged:
            raise ScopeError(f"the candidate declares only benefits ydelsestjek does not know ({', '.join(unknown)}); "
                             f"known: {', '.join(installed) or 'none installed'}")

    def why(navn: str) -> str:
        if selected is not None and navn != selected and (not declared or navn in declared):
            return "fravalgt med --ydelse"
        return "kandidaten oplyser ikke, at den beregner denne ydelse"

    out = [_benefit(n, every, why(n)) for n in known if n not in judged]
    scope = Scope(declared=declared, selected=selected, in_scope=[_benefit(n, scenarios) for n in judged],
                  out_of_scope=out, unknown=unknown, note=note)
    return Decided(scope=scope, ydelser=list(judged))


def narrowed(scope: Scope | dict[str, Any] | None) -> list[tuple[str, int]]:
    """The benefits the candidate declares that the run did not judge (--ydelse narrower than the declaration: red
    team r13 F5), with their scenario counts: a selection, like --only, and never a GO (gate.selection_reasons)."""
    if scope is None:
        return []
    doc = scope.model_dump() if isinstance(scope, Scope) else scope
    declared = set(doc.get("declared") or [])
    return [(b["ydelse"], int(b["scenarios"])) for b in doc.get("out_of_scope") or []
            if b["ydelse"] in declared and b["scenarios"]]


__all__ = ["ASK_TO_DECLARE", "Decided", "ScopeError", "check_selected", "decide", "narrowed"]
