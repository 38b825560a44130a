"""GO / NO-GO from a run's per-case results, the rollout policy and the known-deviation register.

Input is the per-case records the runner writes (id, omraade, obligatorisk, status, deviations with klasse and
alvor). Reasons are written in Danish because they go straight into the evidence pack.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .policy import SEVERITIES, RolloutPolicy
from .waivers import Waiver

EXECUTED = ("pass", "deviation")


@dataclass
class GateDecision:
    verdict: str                                   # "GO" | "NO-GO"
    reasons: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)     # severity -> {total, waived, unwaived}
    waivers_used: list[dict] = field(default_factory=list)
    expired_waivers: list[dict] = field(default_factory=list)
    unexpected_passes: list[dict] = field(default_factory=list)
    not_allowed_waivers: list[dict] = field(default_factory=list)
    today: str = ""

    @property
    def go(self) -> bool:
        return self.verdict == "GO"

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "reasons": self.reasons, "counts": self.counts, "today": self.today,
                "waivers_used": self.waivers_used, "expired_waivers": self.expired_waivers,
                "unexpected_passes": self.unexpected_passes, "not_allowed_waivers": self.not_allowed_waivers}


def _ids(ids: list[str], limit: int = 10) -> str:
    ids = sorted(ids)
    return ", ".join(ids[:limit]) + (f" og {len(ids) - limit} flere" if len(ids) > limit else "")


def evaluate(cases: list[dict], policy: RolloutPolicy, waivers: list[Waiver], system: str, version: str,
             today: dt.date | None = None) -> GateDecision:
    """Decide; marks each waived deviation in place with `undtagelse` (the waiver id)."""
    today = today or dt.date.today()
    relevant = [w for w in waivers if w.applies_to(system, version)]
    active = [w for w in relevant if not w.expired(today)]
    expired = [w for w in relevant if w.expired(today)]
    reasons: list[str] = []
    used: dict[str, list[str]] = defaultdict(list)
    expired_hits: dict[str, list[str]] = defaultdict(list)
    not_allowed: dict[str, list[str]] = defaultdict(list)
    counts = {s: Counter() for s in SEVERITIES}
    unwaived: dict[str, list[str]] = defaultdict(list)
    all_ids: dict[str, list[str]] = defaultdict(list)

    for case in cases:
        for dev in case.get("deviations", []):
            sev = dev["alvor"] if dev.get("alvor") in SEVERITIES else "A"
            dev["undtagelse"] = None
            counts[sev]["total"] += 1
            all_ids[sev].append(dev["id"])
            waiver = next((w for w in active if w.covers(case["id"], dev["klasse"])), None)
            if waiver is not None and not policy.severity[sev].waivable:
                not_allowed[waiver.id].append(dev["id"])
                waiver = None
            if waiver is not None:
                dev["undtagelse"] = waiver.id
                used[waiver.id].append(dev["id"])
                counts[sev]["waived"] += 1
            else:
                counts[sev]["unwaived"] += 1
                unwaived[sev].append(dev["id"])
                for w in expired:
                    if w.covers(case["id"], dev["klasse"]):
                        expired_hits[w.id].append(dev["id"])

    for sev in SEVERITIES:
        rule = policy.severity[sev]
        total, bad = counts[sev]["total"], unwaived[sev]
        over_max = rule.max is not None and total > rule.max
        if over_max:
            reasons.append(f"{total} afvigelse(r) med alvor {sev}; politikken tillader højst {rule.max}: {_ids(all_ids[sev])}")
        if rule.waiver_required and bad and rule.waivable:
            reasons.append(f"{len(bad)} afvigelse(r) med alvor {sev} er ikke dækket af en gyldig undtagelse: {_ids(bad)}")
        elif rule.waiver_required and bad and not over_max:
            reasons.append(f"{len(bad)} afvigelse(r) med alvor {sev}, som politikken ikke tillader undtaget: {_ids(bad)}")

    stopped_before = [c for c in cases if c.get("ikke_koert")]
    if stopped_before:   # a run stopped by its deadline or --maxfail is never a GO, whatever the policy says
        reasons.append(f"kørslen blev stoppet, før alle scenarier var kørt; {len(stopped_before)} scenarie(r) blev "
                       f"ikke kørt ({stopped_before[0].get('reason', '')[:200]}): "
                       f"{_ids([c['id'] for c in stopped_before])}")
    if not cases:
        reasons.append("ingen scenarier blev kørt; et tomt løb kan ikke godkendes")
    elif all(c["status"] == "errored" for c in cases):
        reasons.append(f"alle {len(cases)} scenarier endte med fejl — formentlig et opsætningsproblem hos kandidaten; "
                       f"første fejl: {cases[0].get('reason', '')[:200]}")
    if policy.mandatory_executed:
        not_run = [c["id"] for c in cases if c.get("obligatorisk", True) and c["status"] not in EXECUTED]
        if not_run:
            reasons.append(f"{len(not_run)} obligatorisk(e) scenarie(r) blev ikke gennemført (sprunget over eller fejl): {_ids(not_run)}")

    executed_per_area = Counter(c["omraade"] for c in cases if c["status"] in EXECUTED)
    areas = sorted({c["omraade"] for c in cases}) if policy.all_areas else []
    for area in sorted(set(areas) | set(policy.areas)):
        if executed_per_area[area] < policy.min_executed_per_area:
            present = any(c["omraade"] == area for c in cases)
            why = "har ingen scenarier i suiten" if not present else \
                f"har {executed_per_area[area]} gennemført(e) scenarie(r), kræver {policy.min_executed_per_area}"
            reasons.append(f"retsområdet {area} er ikke dækket: det {why}")

    by_id = {c["id"]: c for c in cases}
    unexpected = []
    for w in active:
        passed = [cid for cid, c in by_id.items() if w.covers(cid) and c["status"] in EXECUTED
                  and not any(w.covers(cid, d["klasse"]) for d in c.get("deviations", []))]
        if passed:
            unexpected.append({"waiver": w.id, "ticket": w.ticket, "owner": w.owner, "scenarios": sorted(passed)})
    if unexpected and policy.unexpected_pass_blocks:
        reasons.append("undtagelser dækker scenarier, der nu består (uventet bestået): "
                       + ", ".join(u["waiver"] for u in unexpected))

    waiver_by_id = {w.id: w for w in waivers}
    decision = GateDecision(
        verdict="NO-GO" if reasons else "GO", reasons=reasons, today=today.isoformat(),
        counts={s: {"total": counts[s]["total"], "waived": counts[s]["waived"], "unwaived": counts[s]["unwaived"]}
                for s in SEVERITIES},
        waivers_used=[{**waiver_by_id[k].to_dict(), "deviations": sorted(v)} for k, v in sorted(used.items())],
        expired_waivers=[{**w.to_dict(), "deviations": sorted(expired_hits.get(w.id, []))} for w in expired],
        unexpected_passes=unexpected,
        not_allowed_waivers=[{**waiver_by_id[k].to_dict(), "deviations": sorted(v)} for k, v in sorted(not_allowed.items())],
    )
    return decision
