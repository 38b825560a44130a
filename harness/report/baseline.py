"""Release against release: a run compared with an earlier one (`run --baseline RUN`, `ydelsestjek compare`).

Deviations are matched by id (scenario and failure class) and defects by key (benefit, failure class and root), so
the comparison says which are new, which are fixed, which persist and whose severity changed, and what the kroner
at risk were then and are now. A series of runs is a trend: each run carries the series up to itself.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from harness.contract.config import SEVERITIES, Severity
from harness.contract.records import (
    GENERATED_TAGS,
    BaselineComparison,
    DefectChange,
    MoneyTotals,
    SeverityChange,
    TrendPoint,
    dump,
)

from .defects import group
from .money import figures


def defects_of(results: dict[str, Any]) -> list[dict[str, Any]]:
    """The run's defects as recorded; grouped now for a results.json written before defects were."""
    if results.get("defects") or "money" in results:
        return list(results.get("defects") or [])
    return [dump(d) for d in group(results["cases"])]


def money_of(results: dict[str, Any]) -> dict[str, Any]:
    return results.get("money") or dump(figures(results["cases"]))


def deviations_of(results: dict[str, Any]) -> dict[str, Severity]:
    """Deviation id -> its severity, for the scenarios' deviations: a generated case (fuzz, sample) is drawn anew
    each run, so its id means nothing across runs; its defect is compared by key (`compare`'s defects)."""
    return {d["id"]: d["alvor"] for c in results["cases"] if GENERATED_TAGS.isdisjoint(c.get("tags", ()))
            for d in c["deviations"]}


def point(results: dict[str, Any]) -> TrendPoint:
    meta = results["candidate"]["metadata"]
    per: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
    for alvor in deviations_of(results).values():
        per[alvor] += 1
    return TrendPoint(run_id=results["run_id"], system=str(meta["system"]), version=str(meta["version"]),
                      started=results["started"], verdict=results["gate"]["verdict"], cases=len(results["cases"]),
                      deviations=per, defects=len(defects_of(results)),
                      i_risiko=money_of(results)["i_alt"]["i_risiko"])


def trend(before: dict[str, Any] | None, now: dict[str, Any]) -> list[TrendPoint]:
    """The series up to `now`: the earlier run's own series, then the earlier run and `now` as their cases give
    them (never the earlier run's stored point). A baseline whose file was found edited (`recomputed`, see
    verdict.checked) carries no series of its own: nothing it stored is taken."""
    if before is None:
        return [point(now)]
    carried = [] if before.get("recomputed") else [TrendPoint.model_validate(p) for p in before.get("trend") or []]
    series = [p for p in carried if p.run_id != before["run_id"]] + [point(before)]
    return [p for p in series if p.run_id != now["run_id"]] + [point(now)]


def edited(*runs: dict[str, Any]) -> list[str]:
    """What the runs' files stored that their cases do not give (verdict.checked), for the pages."""
    return [note for r in runs for note in r.get("recomputed") or []]


def _comparability(before: dict[str, Any], now: dict[str, Any]) -> list[str]:
    notes = []
    if before["golden"].get("manifest_sha256") != now["golden"].get("manifest_sha256"):
        notes.append("golden-sættet er ændret mellem kørslerne: nye, ændrede eller fjernede scenarier tæller med")
    judged = [{b["ydelse"] for b in (r.get("scope") or {}).get("in_scope", [])} for r in (before, now)]
    if judged[0] and judged[1] and judged[0] != judged[1]:
        notes.append(f"omfanget er ændret: før {', '.join(sorted(judged[0]))}, nu {', '.join(sorted(judged[1]))}")
    combined = [r["reference"]["parametre_sha256"].get("combined") for r in (before, now)]
    if combined[0] != combined[1]:
        notes.append("referencens parametre er ændret mellem kørslerne")
    return notes


def compare(before: dict[str, Any], now: dict[str, Any]) -> BaselineComparison:
    """`now` against `before`: deviations and defects new, fixed, persisting, severity changed; kroner then and now."""
    dev_before, dev_now = deviations_of(before), deviations_of(now)
    def_before = {d["noegle"]: d for d in defects_of(before)}
    def_now = {d["noegle"]: d for d in defects_of(now)}
    changes = []
    for noegle in list(def_now) + [k for k in def_before if k not in def_now]:
        b, n = def_before.get(noegle), def_now.get(noegle)
        shown = n or b
        assert shown is not None
        changes.append(DefectChange(
            noegle=noegle, titel=shown["titel"], ydelse=shown["ydelse"],
            status="vedvarende" if b and n else ("ny" if n else "rettet"),
            id_foer=b["id"] if b else None, id_nu=n["id"] if n else None,
            alvor_foer=b["alvor"] if b else None, alvor_nu=n["alvor"] if n else None,
            scenarier_foer=len(b["scenarios"]) if b else 0, scenarier_nu=len(n["scenarios"]) if n else 0,
            i_risiko_foer=b["kroner"]["i_risiko"] if b else "0.00", i_risiko_nu=n["kroner"]["i_risiko"] if n else "0.00"))
    order = {"ny": 0, "vedvarende": 1, "rettet": 2}
    changes.sort(key=lambda c: (order[c.status], -Decimal(c.i_risiko_nu or "0"), c.titel))
    comparison = BaselineComparison(
        foer=point(before), nu=point(now), defects=changes,
        nye=sorted(set(dev_now) - set(dev_before)), rettede=sorted(set(dev_before) - set(dev_now)),
        vedvarende=sorted(set(dev_now) & set(dev_before)),
        alvor_aendret=[SeverityChange(id=i, foer=dev_before[i], nu=dev_now[i]) for i in sorted(set(dev_now) & set(dev_before))
                       if dev_before[i] != dev_now[i]],
        nye_a=sorted(i for i, a in dev_now.items() if a == "A" and dev_before.get(i) != "A"),
        kroner_foer=MoneyTotals.model_validate(money_of(before)["i_alt"]),
        kroner_nu=MoneyTotals.model_validate(money_of(now)["i_alt"]),
        ikke_sammenlignelige=_comparability(before, now))
    notes = edited(before, now)
    return comparison.model_copy(update={"beregnet_igen": notes}) if notes else comparison


def severity_a_ids(results: dict[str, Any]) -> set[str]:
    """The run's deviations of severity A (the gate's rule: no new A against the approved baseline)."""
    return {i for i, a in deviations_of(results).items() if a == "A"}


__all__ = ["compare", "defects_of", "deviations_of", "edited", "money_of", "point", "severity_a_ids", "trend"]
