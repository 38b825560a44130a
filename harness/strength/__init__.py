"""The bench's strength: legal mutation testing of a benefit's reference (`ydelsestjek styrke`).

Seeded legal defects (catalogue.py: dated parameters, thresholds, dates, rules, interpretations, plus a syntactic
pass) are applied to a copy of the benefit's package (mutant.py); each mutated reference is run as a candidate
through the approved scenarios, optionally the ci fuzz stage, and a seeded bulk sample against the unmutated
reference (engine.py); report.py sums it up per benefit, and golden/STYRKE.json keeps it so the evidence pack can
state the strength without rerunning it (harness/golden/strength.py).

It sits above the runner in the house: it runs whole runs.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from harness.config_files import ConfigError
from harness.contract.ydelse import find

from . import equivalence
from .catalogue import ARTER, Catalogue, catalogue
from .engine import Outcome, Settings, StrengthError, check_null, measure_reach, run_mutants, timeouts_from
from .report import section

__all__ = ["ARTER", "Measurement", "Settings", "StrengthError", "catalogue", "measure", "write_reports"]


@dataclass
class Measurement:
    sections: dict[str, dict] = field(default_factory=dict)
    catalogues: dict[str, Catalogue] = field(default_factory=dict)
    outcomes: dict[str, dict[str, Outcome]] = field(default_factory=dict)
    partial: bool = False        # a selection of the catalogue, not all of it: never stored


def select(cat: Catalogue, operators: list[str] | None = None, only: list[str] | None = None,
           limit: int | None = None) -> Catalogue:
    """The catalogue narrowed to some operators, mutant ids (glob patterns) or an even spread of `limit` mutants;
    a mutant sharing its source with a kept one is kept with it."""
    keep = [m for m in cat.unique() if (not operators or m.operator in operators)
            and (not only or any(fnmatchcase(m.id, p) for p in only))]
    if limit is not None and len(keep) > limit:
        step = len(keep) / limit
        keep = [keep[int(i * step)] for i in range(limit)]
    ids = {m.id for m in keep}
    mutants = [m for m in cat.mutants if m.id in ids or (m.samme_som in ids and (not operators or m.operator in operators))]
    return Catalogue(cat.ydelse, mutants, cat.problems, cat.uden_alternativ)


def measure(navne: list[str], settings: Settings, *, arter: tuple[str, ...] = ARTER, operators: list[str] | None = None,
            only: list[str] | None = None, limit: int | None = None,
            progress: Callable[[str, int, int, Outcome], None] | None = None,
            announce: Callable[[str], None] | None = None) -> Measurement:
    """Measure each benefit's strength; StrengthError when a benefit cannot be measured at all."""
    from harness.golden.store import load_goldens
    out = Measurement(partial=bool(operators or only or limit or tuple(arter) != ARTER))
    for navn in navne:
        y = find(navn)
        if not load_goldens(settings.golden_dir, ydelse=navn):
            raise StrengthError(f"ingen godkendte goldens for {navn} i {settings.golden_dir}: der er intet at måle")
        t0 = time.perf_counter()
        full = catalogue(y, arter)
        try:
            register = equivalence.load(y.folder)
        except ConfigError as exc:
            raise StrengthError(f"{exc.path}: {'; '.join(exc.problems)}") from None
        cat = select(full, operators, only, limit) if out.partial else full
        if announce:
            announce(f"{navn}: {len(cat.unique())} mutanter at køre ({len(cat.mutants)} i alt); måler den uændrede "
                     "reference først")
        null = check_null(y, settings)
        timeouts = timeouts_from(null, settings)
        reach = measure_reach(y, settings)
        outcomes = run_mutants(y, cat.mutants, settings, timeouts, _for_benefit(progress, navn), reach)
        claims = equivalence.apply(register, {m.id for m in full.mutants},
                                   {m.id: m.samme_som or m.id for m in cat.mutants}, outcomes)
        sec = section(cat, outcomes, settings, timeouts, time.perf_counter() - t0, settings.golden_dir)
        sec["aekvivalensregister"] = claims.to_dict()
        sec["nul_mutant"] = {"sekunder": null.sekunder, "fuzz_eksempler": (null.fuzz or {}).get("eksempler")}
        sec["stikproeve"] = {"sager": reach.cases, "linjer": sum(len(v) for v in reach.lines.values()),
                             "parameterperioder": len(reach.params)}
        if out.partial:
            sec["udsnit"] = True
        out.sections[navn], out.catalogues[navn], out.outcomes[navn] = sec, cat, outcomes
    return out


def _for_benefit(progress: Callable[[str, int, int, Outcome], None] | None,
                 navn: str) -> Callable[[int, int, Outcome], None] | None:
    if progress is None:
        return None
    return lambda done, total, outcome: progress(navn, done, total, outcome)


def write_reports(m: Measurement, folder: Path) -> list[Path]:
    """styrke.json (the sections), mutanter.jsonl (every mutant and its outcome), styrke.md (for people)."""
    from .report import markdown, outcome_of
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    p = folder / "styrke.json"
    p.write_text(json.dumps(m.sections, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written.append(p)
    p = folder / "mutanter.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for navn, cat in m.catalogues.items():
            for mut in cat.mutants:
                fh.write(json.dumps({**mut.to_dict(), "udfald": outcome_of(mut, m.outcomes[navn]).to_dict()},
                                    ensure_ascii=False) + "\n")
    written.append(p)
    p = folder / "styrke.md"
    p.write_text(markdown(m.sections), encoding="utf-8")
    written.append(p)
    return written


def run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-styrke"
