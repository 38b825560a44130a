"""GO / NO-GO from a run's per-case records, the rollout policy and the known-deviation register.

Input is the case records the runner writes (id, omraade, obligatorisk, status, deviations with klasse and
alvor); the gate reads them and changes nothing. It returns its decision and its marks (which waiver covered
which deviation); the runner writes the marks into the evidence. Each kind of reason has its own function:
severity limits, mandatory scenarios, coverage of the legal areas, waivers that now pass. Reasons are written in
Danish because they go straight into the evidence pack.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.contract.config import SEVERITIES, RolloutPolicy, Severity, Waiver
from harness.contract.records import (
    EXECUTED,
    GENERATED_TAGS,
    CaseRecord,
    GateDecision,
    GateResult,
    NegativeStage,
    SampleStage,
    SeverityCount,
    UnexpectedPass,
    WaiverHit,
)
from harness.toolkit.dansk import antal

from .shipped import compare_reasons, contract_reasons


def _afv(n: int) -> str:
    return antal(n, "afvigelse", "afvigelser")


def _ids(ids: list[str], limit: int = 10) -> str:
    ids = sorted(ids)
    return ", ".join(ids[:limit]) + (f" og {len(ids) - limit} flere" if len(ids) > limit else "")


@dataclass
class _Tally:
    """The deviations by severity and the waivers' use, gathered in one pass over the records."""
    total: dict[Severity, list[str]] = field(default_factory=lambda: defaultdict(list))
    unwaived: dict[Severity, list[str]] = field(default_factory=lambda: defaultdict(list))
    marks: dict[str, str] = field(default_factory=dict)                        # deviation id -> waiver id
    used: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    expired_hits: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    not_allowed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def counts(self) -> dict[Severity, SeverityCount]:
        return {s: SeverityCount(total=len(self.total[s]), waived=len(self.total[s]) - len(self.unwaived[s]),
                                 unwaived=len(self.unwaived[s])) for s in SEVERITIES}


def _tally(cases: Sequence[CaseRecord], policy: RolloutPolicy, active: list[Waiver], expired: list[Waiver]) -> _Tally:
    """Which waiver covers each deviation: the first active one for its scenario and class, if the policy lets a
    waiver cover its severity; an uncovered deviation that an expired waiver would have covered is noted."""
    tally = _Tally()
    for case in cases:
        for dev in case.deviations:
            tally.total[dev.alvor].append(dev.id)
            waiver = next((w for w in active if w.covers(case.id, dev.klasse)), None)
            if waiver is not None and not policy.severity.of(dev.alvor).waivable:
                tally.not_allowed[waiver.id].append(dev.id)
                waiver = None
            if waiver is not None:
                tally.marks[dev.id] = waiver.id
                tally.used[waiver.id].append(dev.id)
                continue
            tally.unwaived[dev.alvor].append(dev.id)
            for w in expired:
                if w.covers(case.id, dev.klasse):
                    tally.expired_hits[w.id].append(dev.id)
    return tally


def severity_reasons(policy: RolloutPolicy, tally: _Tally) -> list[str]:
    """More deviations of a severity than the policy allows, or deviations that need a waiver and have none."""
    reasons = []
    for sev in SEVERITIES:
        rule = policy.severity.of(sev)
        total, bad = len(tally.total[sev]), tally.unwaived[sev]
        over_max = rule.max is not None and total > rule.max
        if over_max:
            reasons.append(f"{_afv(total)} med alvor {sev}; politikken tillader højst {rule.max}: "
                           f"{_ids(tally.total[sev])}")
        if rule.waiver_required and bad and rule.waivable:
            reasons.append(f"{_afv(len(bad))} med alvor {sev} er ikke dækket af en gyldig "
                           f"undtagelse: {_ids(bad)}")
        elif rule.waiver_required and bad and not over_max:
            reasons.append(f"{_afv(len(bad))} med alvor {sev}, som politikken ikke tillader undtaget: {_ids(bad)}")
    return reasons


def execution_reasons(cases: Sequence[CaseRecord], policy: RolloutPolicy) -> list[str]:
    """A run stopped before its end, an empty run, a run where everything errored, and mandatory scenarios that
    were not executed."""
    reasons = []
    stopped_before = [c for c in cases if c.ikke_koert]
    if stopped_before:   # a run stopped by its deadline or --maxfail is never a GO, whatever the policy says
        reasons.append(f"kørslen blev stoppet, før alle scenarier var kørt; {len(stopped_before)} scenarie(r) blev "
                       f"ikke kørt ({stopped_before[0].reason[:200]}): {_ids([c.id for c in stopped_before])}")
    if not cases:
        reasons.append("ingen scenarier blev kørt; et tomt løb kan ikke godkendes")
    elif all(c.status == "errored" for c in cases):
        reasons.append(f"alle {len(cases)} scenarier endte med fejl — formentlig et opsætningsproblem hos kandidaten; "
                       f"første fejl: {cases[0].reason[:200]}")
    if policy.mandatory_scenarios_executed:
        not_run = [c.id for c in cases if c.obligatorisk and c.status not in EXECUTED]
        if not_run:
            reasons.append(f"{antal(len(not_run), 'obligatorisk scenarie', 'obligatoriske scenarier')} blev ikke "
                           "gennemført (sprunget over eller fejl): "
                           f"{_ids(not_run)}")
    return reasons


def selection_reasons(left_out: Sequence[str], narrowed: Sequence[tuple[str, int]] = ()) -> list[str]:
    """A run that judged only a selection of its benefits' scenarios (run --only, pytest -k/-m) is never a GO,
    whatever the policy says: like a run stopped before its end, the scenarios left out were not run, and a GO on
    the rest would approve a rollout on part of the suite (the one failing scenario deselected, say). Nor is a run
    that judged fewer benefits than the candidate declares (`narrowed`: --ydelse, harness/gate/scope.py narrowed;
    red team r13 F5): the benefits it left out are the candidate's own, and may pay nothing."""
    reasons = []
    if left_out:
        reasons.append(f"kørslen omfattede kun et udvalg af scenarierne (--only eller pytest -k/-m): "
                       f"{antal(len(left_out), 'scenarie', 'scenarier')} af de bedømte ydelser blev udeladt og ikke "
                       f"kørt: {_ids(list(left_out))}; en afgørelse om en delmængde er ingen udrulningsgodkendelse")
    if narrowed:
        what = ", ".join(f"{navn} ({antal(n, 'scenarie', 'scenarier')})" for navn, n in narrowed)
        reasons.append(f"kørslen bedømte færre ydelser, end kandidaten oplyser at beregne (--ydelse): {what} blev "
                       "udeladt og ikke kørt; en afgørelse om en delmængde er ingen udrulningsgodkendelse")
    return reasons


def coverage_reasons(cases: Sequence[CaseRecord], policy: RolloutPolicy) -> list[str]:
    """Legal areas (of the suite, and those the policy names) with too few executed scenarios, and benefits the
    policy requires that the run did not judge: a candidate cannot narrow a rollout's scope by declaring less."""
    coverage = policy.coverage
    scenarios = [c for c in cases if GENERATED_TAGS.isdisjoint(c.tags)]   # generated cases cover no area
    executed_per_area = Counter(c.omraade for c in scenarios if c.status in EXECUTED)
    present = {c.omraade for c in scenarios}
    areas = present if coverage.all_areas else set()
    reasons = []
    for area in sorted(areas | set(coverage.areas)):
        if executed_per_area[area] < coverage.min_executed_per_area:
            why = "har ingen scenarier i suiten" if area not in present else \
                f"har {antal(executed_per_area[area], 'gennemført scenarie', 'gennemførte scenarier')}, kræver " \
                f"{coverage.min_executed_per_area}"
            reasons.append(f"retsområdet {area} er ikke dækket: det {why}")
    executed_per_ydelse = Counter(c.ydelse for c in scenarios if c.status in EXECUTED)
    for ydelse in coverage.ydelser:
        if not executed_per_ydelse[ydelse]:
            reasons.append(f"ydelsen {ydelse} kræves af udrulningspolitikken, men ingen af dens scenarier blev "
                           "gennemført (kandidaten oplyser ikke at beregne den, eller den blev fravalgt)")
    return reasons


def unexpected_passes(cases: Sequence[CaseRecord], active: list[Waiver]) -> list[UnexpectedPass]:
    """Active waivers that cover no deviation of the run while scenarios they name were executed and passed: the
    entry can be removed. A waiver (a glob, say) that still covers a deviation is in use, whatever else passes."""
    by_id = {c.id: c for c in cases}
    found = []
    for w in active:
        if any(w.covers(cid, d.klasse) for cid, c in by_id.items() if w.covers(cid) for d in c.deviations):
            continue
        passed = [cid for cid, c in by_id.items() if w.covers(cid) and c.status in EXECUTED]
        if passed:
            found.append(UnexpectedPass(waiver=w.id, ticket=w.ticket, owner=w.owner, scenarios=sorted(passed)))
    return found


def waiver_reasons(policy: RolloutPolicy, unexpected: list[UnexpectedPass]) -> list[str]:
    if unexpected and policy.unexpected_pass_blocks:
        return ["undtagelser dækker scenarier, der nu består (uventet bestået): " + ", ".join(u.waiver for u in unexpected)]
    return []


def baseline_reasons(cases: Sequence[CaseRecord], policy: RolloutPolicy, baseline_a: set[str] | None) -> list[str]:
    """With the policy's rule on: deviations of severity A that the approved baseline run did not have."""
    if not policy.no_new_a_against_baseline:
        return []
    if baseline_a is None:
        return ["politikken kræver en sammenligning med den godkendte baseline (ingen nye afvigelser med alvor A), "
                "men kørslen har ingen baseline (--baseline)"]
    new = [d.id for c in cases if GENERATED_TAGS.isdisjoint(c.tags)   # a generated case has no identity across runs
           for d in c.deviations if d.alvor == "A" and d.id not in baseline_a]
    if new:
        return [f"{antal(len(new), 'ny afvigelse', 'nye afvigelser')} med alvor A i forhold til baseline: {_ids(new)}"]
    return []


def strength_reasons(policy: RolloutPolicy, strength: dict[str, Any] | None) -> list[str]:
    """With `bench_strength_valid`: each judged benefit whose stored strength is not valid (results.json `styrke`,
    read from golden/STYRKE.json by the run, never recomputed). None: a results.json from before the rule."""
    if not policy.bench_strength_valid or strength is None:
        return []
    out = []
    for navn, found in sorted((strength.get("ydelser") or {}).items()):
        status = found.get("status") if isinstance(found, dict) else None
        if status != "gyldig":
            why = "; ".join(str(g) for g in (found.get("grunde") or [])[:2]) if isinstance(found, dict) else ""
            out.append(f"bænkens styrke for {navn} er {status or 'ukendt'}{f' ({why})' if why else ''}: afgørelsen "
                       "hviler på en reference, parametre, et fortolkningsregister eller goldens, som bænkens styrke "
                       "ikke er målt og signeret for (ydelsestjek styrke --gem)")
    return out


def sample_reasons(policy: RolloutPolicy, sample: SampleStage | None) -> list[str]:
    """With the policy's sample stage on: a run whose fresh cases were not all sent is not a GO (the scenarios
    alone can be answered from the public golden files). Every run records its stage; None is a results.json from
    before the stage existed, judged as it was then."""
    if not policy.sample_cases_per_benefit or sample is None:
        return []
    if not sample.enabled:
        why = f" ({sample.note})" if sample.note else ""
        return [f"politikken kræver en stikprøve på {policy.sample_cases_per_benefit} nye sager pr. ydelse, men den "
                f"blev ikke kørt{why}"]
    out = []
    if sample.seed_given:
        out.append(f"stikprøvens frø blev givet (--sample-seed {sample.seed}), ikke trukket til kørslen: en kandidat kan "
                   "kende de trukne sager på forhånd; en udrulningsafgørelse kræver et nyt tilfældigt frø (--sample-seed "
                   "er til at genskabe et fund)")
    if sample.after_public:
        out.append(f"stikprøven blev sendt efter {sample.after_public} offentlige scenarier, som kandidaten fik i den "
                   "afbrudte del af denne genoptagne kørsel: en kandidat, der husker et offentligt scenarie, kan "
                   "have svaret efter loven siden; en udrulningsafgørelse kræver en kørsel, hvor stikprøven kommer "
                   "først (start en ny kørsel)")
    unsent = sum(b.not_sent for b in sample.benefits)
    if unsent:
        out.append(f"stikprøven blev ikke færdig: {unsent} nye sager blev ikke sendt ({sample.note or 'kørslen stoppede'})")
    for b in sample.benefits:
        if b.short:
            out.append(f"stikprøven af {b.ydelse} nåede kun {sample.per_benefit - b.short} af {sample.per_benefit} nye "
                       f"sager: generatoren gav ikke flere inden for kandidatens lovdatoer ({b.outside_law_dates} "
                       f"trukket uden for), eller referencen kunne ikke afgøre dem ({b.undecidable})")
    return out


def negative_reasons(policy: RolloutPolicy, negative: NegativeStage | None) -> list[str]:
    """With the policy's negative stage on, a GO needs the whole stage: a run that switched it off (run
    --no-negative; the switch is for looking, not for approving), that ran out of time before every invalid case
    was sent (a slow candidate would otherwise never be asked the rest), or whose candidate gave no answer at all
    to some of them (a crash, a hang or a server failure refuses nothing) or skipped them without refusing (a
    recording without them: the stage judged nothing) is not a GO under that policy."""
    if not policy.negative_stage or negative is None:
        return []
    if not negative.enabled:
        return ["politikken kræver den negative fase (ugyldige sager, som kandidaten skal afvise), men den blev ikke "
                "kørt (slået fra med --no-negative)"]
    reasons = []
    if negative.not_sent:
        reasons.append(f"den negative fase blev ikke færdig: {negative.not_sent} ugyldige sager blev ikke sendt "
                       f"({negative.reason or 'fasens frist udløb'})")
    if negative.failed:
        reasons.append(f"kandidaten gav intet svar på {negative.failed} ugyldige sager (nedbrud, tidsudløb, serverfejl "
                       "eller et svar, der ikke er et svar) i stedet for at afvise dem med en begrundelse")
    if (skipped := negative.not_judged - negative.failed) > 0:
        reasons.append(f"kandidaten sprang {skipped} ugyldige sager over uden at afvise dem: den negative fase kunne "
                       "ikke bedømme, om den afviser ugyldige sager")
    return reasons


def golden_reasons(golden_serial: dict[str, Any] | None) -> list[str]:
    """A run let through with --allow-golden-rollback on an older signed golden set than one this user verified
    before (harness/golden/serial.py) is never a GO: the older set may lack the scenarios the newer one added."""
    if not golden_serial or not golden_serial.get("tilbagerulning"):
        return []
    return [f"golden-sættet er ældre end det nyeste, denne bruger har verificeret fra samme nøgle (manifestets "
            f"serienummer {golden_serial.get('serial')}, højeste set {golden_serial.get('hoejeste_set')}), og blev "
            "kørt med --allow-golden-rollback: et ældre sæt kan mangle nyere scenarier"]


def machine_today() -> dt.date:
    """The machine's own date: the one date a run's command line cannot set (tests replace this function)."""
    return dt.date.today()


def waiver_day(requested: dt.date, clock: dt.date) -> dt.date:
    """The day the waivers count as of: the run's date (--today), but never before the machine's date. A waiver
    has only an expiry date, so a later day can only retire waivers (stricter) and an earlier one could only revive
    expired ones: back-dating a run (--today in the past) is ignored, forward-dating is kept."""
    return max(requested, clock)


def _hit(waiver: Waiver, deviations: list[str]) -> WaiverHit:
    return WaiverHit(**dict(waiver), deviations=sorted(deviations))


def evaluate(cases: Sequence[CaseRecord], policy: RolloutPolicy, waivers: Sequence[Waiver], system: str, version: str,
             today: dt.date | None = None, baseline_a: set[str] | None = None, clock: dt.date | None = None,
             sample: SampleStage | None = None, negative: NegativeStage | None = None,
             golden_serial: dict[str, Any] | None = None, compare_sha256: str | None = None,
             contract_sha256: str | None = None,
             strength: dict[str, Any] | None = None, left_out: Sequence[str] = (),
             narrowed: Sequence[tuple[str, int]] = ()) -> GateResult:
    """Decide GO / NO-GO; the result holds the decision and which waiver covered which deviation. `baseline_a`: the
    ids of the baseline run's deviations of severity A (None: no baseline was given); `sample`: the run's sample
    stage (harness/sample.py), None when it has none; `negative`: the run's negative stage, likewise;
    `golden_serial`: results.json `golden.serial` (the anti-rollback check), None when the run has none;
    `compare_sha256`: the digest of the comparison rules the run used (harness/gate/shipped.py), None: not known;
    `contract_sha256`: the digest of the contract (schemas, ydelse.yaml) the run used, None: not known;
    `strength`: results.json `styrke` (the bench's stored strength for the judged benefits), None: not known;
    `left_out`: the scenarios of the judged benefits the selection left out (results.json `golden.left_out`);
    `narrowed`: the benefits the candidate declares that the run did not judge, with their scenario counts
    (harness/gate/scope.py narrowed of results.json `scope`).
    `today` is the date the run was asked to judge as of (--today; None: the machine's date), `clock` the
    machine's date when it judged (None: now; a recomputation passes the one the run recorded): the waivers count
    as of the later of the two (`waiver_day`), so no date given to a run can bring an expired waiver back."""
    clock = clock or machine_today()
    requested = today or clock
    today = waiver_day(requested, clock)
    relevant = [w for w in waivers if w.applies_to(system, version)]
    active = [w for w in relevant if not w.expired(today)]
    expired = [w for w in relevant if w.expired(today)]
    tally = _tally(cases, policy, active, expired)
    unexpected = unexpected_passes(cases, active)
    reasons = (severity_reasons(policy, tally) + execution_reasons(cases, policy) + selection_reasons(left_out, narrowed)
               + coverage_reasons(cases, policy)
               + waiver_reasons(policy, unexpected) + baseline_reasons(cases, policy, baseline_a)
               + sample_reasons(policy, sample) + negative_reasons(policy, negative) + golden_reasons(golden_serial)
               + compare_reasons(compare_sha256) + contract_reasons(contract_sha256)
               + strength_reasons(policy, strength))
    by_id = {w.id: w for w in waivers}
    decision = GateDecision(
        verdict="NO-GO" if reasons else "GO", reasons=reasons, counts=tally.counts(), today=today.isoformat(),
        today_requested=requested.isoformat(), clock_today=clock.isoformat(),
        waivers_used=[_hit(by_id[k], v) for k, v in sorted(tally.used.items())],
        expired_waivers=[_hit(w, tally.expired_hits.get(w.id, [])) for w in expired],
        unexpected_passes=unexpected,
        not_allowed_waivers=[_hit(by_id[k], v) for k, v in sorted(tally.not_allowed.items())],
    )
    return GateResult(decision=decision, marks=tally.marks)
