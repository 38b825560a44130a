"""The sample stage of a rollout run: fresh cases no candidate can know in advance.

The approved scenarios are public (they are in the repository, and a vendor tests against them), so a system can
recognise them, answer them from the golden files, and compute every other case wrongly; the scenarios alone
would call that system GO. After the scenarios, this stage draws `sample_cases_per_benefit` new cases for each
benefit in scope from the benefit's seeded generator (`generators.bulk_case(n, seed)`), with a seed chosen at
random for the run (recorded in the pack, so the same sample can be replayed with `--sample-seed`), gives each a
case id in the scenarios' own shape (or the policy's `sags_id_format`), dresses it as a case system writes it
(harness/dressing.py: a CPR number and a name for each person, defaulted fields written out at random; red team r13
F1), has the reference decide it, and sends it to the candidate like a scenario. Neighbours are dressed alike.

Each sampled case is judged exactly as a scenario is (harness.runner.case_record, passed in to keep the layers):
a case the candidate skips is a mandatory case not executed, an error or a different decision is a deviation.
Only what fails is recorded: the first failed case of each defect (a failure class at its root step), with how
many sampled cases show it; a case the reference cannot decide (outside the reference's law) is drawn
again, and one outside the candidate's declared law dates is not sent.
"""
from __future__ import annotations

import random
import secrets
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.adapters_api import Candidate, Metadata, Result
from harness.compare import ComparePolicy
from harness.contract import case_ids
from harness.contract.config import SampleFaults
from harness.contract.records import SAMPLE_TAG, CaseRecord, FaultCoverage, SampleBenefit, SampleStage
from harness.contract.ydelse import alle
from harness.dressing import dress
from harness.golden.store import Golden
from harness.toolkit.errors import CaseError, OutOfScope

Judge = Callable[[Golden, Result, ComparePolicy], CaseRecord]
Send = Callable[[Candidate, list[dict[str, Any]]], list[Result]]

SEED_BITS = 48
TAG = SAMPLE_TAG
ID_PREFIX = "STIK"
MAX_DRAWS = 5          # draws the reference cannot decide, per wanted case, before the generator is taken to be exhausted
MAX_OUTSIDE = 100      # draws outside the candidate's law dates, per wanted case, before the sample is left short
NEIGHBOUR_TAG = "nabo"  # a sampled case that is a golden's neighbour (harness/neighbours.py)
NEIGHBOUR_PASSES = 3    # passes over the goldens for neighbours (a small suite gives several per golden)
NOT_LAW = frozenset({"sags_id"})   # case fields that are no input to the law: not read is no fault
OUTSIDE_PER_DRAW = 10   # the single-gap search's draws outside the candidate's law dates, per draw it may spend


def new_seed() -> int:
    """A seed nobody can know before the run: from the operating system's randomness."""
    return secrets.randbits(SEED_BITS)


def _case_id(prefix: str, seed: int, n: int, id_format: str | None = None) -> str:
    """A case id drawn from the seed: in the production shape the policy states (`sags_id_format`), else in the
    scenarios' own shape (<PREFIX>-<three digits>-<three digits>), so the sample's cases are not told apart from
    the scenarios by their ids (harness/contract/case_ids.py)."""
    return case_ids.draw(prefix, id_format, random.Random(f"{seed}:{prefix}:{n}"))


def generated(ydelse: str, gen: Any, n: int, seed: int, prefix: str, id_format: str | None = None,
              rules: Any = None) -> dict:
    """Generated case `n` of the sample with seed `seed`, as the stage sends it: the generator's case with a drawn
    case id, dressed as a case system writes it (harness/dressing.py: identity, defaults written out)."""
    case = gen.bulk_case(n, seed)
    case["sags_id"] = _case_id(prefix, seed, n, id_format)
    day = rules.deciding_date(case) if rules is not None else None
    return dress(case, ydelse, random.Random(f"{seed}:klaedt:{ydelse}:{n}"), day)


def _decided(case: dict, reference: Callable[[dict], dict]) -> dict | None:
    """The reference's decision, or None when it cannot decide the case (outside the law it knows, or refused)."""
    try:
        return reference(case)
    except (CaseError, OutOfScope):
        return None


def _keys(record: CaseRecord) -> set[str]:
    """The defects a failed sample case shows: each failure class at its root step (the pack's defect key), or its
    status when it has no deviation (a skipped case)."""
    return {f"{d.klasse}@{d.fejl or ''}" for d in record.deviations} or {record.status}


def _representatives(failed: list[CaseRecord]) -> list[tuple[CaseRecord, int]]:
    """The first failed case of each defect, with how many sampled cases show that defect: a case is kept when it
    shows a defect no kept case shows, so the pack gets one example per defect, not one row per sampled case."""
    hits: Counter[str] = Counter(k for r in failed for k in _keys(r))
    kept: list[tuple[CaseRecord, int]] = []
    covered: set[str] = set()
    for record in failed:
        new = _keys(record) - covered
        if new:
            covered |= new
            kept.append((record, max(hits[k] for k in new)))
    return kept


@dataclass
class Drawn:
    """One benefit's sample: the cases to send (each a Golden holding the reference's decision), what became of
    them, and the failed records so far."""
    ydelse: str
    gen: Any
    pending: list[Golden] = field(default_factory=list)
    count: Counter[str] = field(default_factory=Counter)
    failed: list[CaseRecord] = field(default_factory=list)
    faults: FaultCoverage | None = None   # what the sample can show of single unread fields (harness/sensitivity.py)
    note: str = ""                      # why the benefit has no sample


def draw(meta: Metadata, cpolicy: ComparePolicy, ydelser: list[str], per_benefit: int, seed: int,
         id_format: str | None = None, goldens: Sequence[Golden] = (), neighbours: int = 0,
         faults: SampleFaults | None = None) -> list[Drawn]:
    """Each benefit's `per_benefit` fresh cases with the reference's decisions, inside the candidate's declared law
    dates: a case the reference cannot decide, or one outside those dates (counted, never sent), is drawn again,
    so a release that declares one year's law is judged on as many fresh cases as one that declares six. A sample
    left short (a window the generator seldom reaches) is counted in `short`: the gate says so. Then, by `faults`,
    further cases from the same seed until the sample shows every fault of omission (harness/sensitivity.py), and
    up to `neighbours` neighbours of the benefit's `goldens` (harness/neighbours.py), which keep the scenarios'
    edges."""
    registry = alle()
    out: list[Drawn] = []
    for ydelse in ydelser:
        gen = registry[ydelse].generators if ydelse in registry else None
        if gen is None or not hasattr(gen, "bulk_case"):
            out.append(Drawn(ydelse, None, note="ydelsen har ingen generator til stikprøver"))
            continue
        d = Drawn(ydelse, gen)
        source = _Source(d, meta, cpolicy.rules(ydelse), seed, registry[ydelse].beskrivelse.id_praefiks, id_format)
        while (len(d.pending) < per_benefit and d.count["undecidable"] < per_benefit * MAX_DRAWS
               and d.count["outside"] < per_benefit * MAX_OUTSIDE):
            if (drawn := source.next()) is not None:
                d.pending.append(source.golden(*drawn))
        if faults is not None and faults.cases_per_fault and d.pending:
            _show_faults(d, source, faults)
        if neighbours:
            _neighbours(d, meta, source.rules, [g for g in goldens if g.ydelse == ydelse], neighbours, seed,
                        source.prefix, id_format)
        out.append(d)
    return out


class _Source:
    """A benefit's generated cases for one seed, numbered 1, 2, ...: dressed, inside the candidate's law dates and
    decided by the reference, or None (counted in the benefit's figures)."""

    def __init__(self, d: Drawn, meta: Metadata, rules: Any, seed: int, prefix: str, id_format: str | None):
        self.d, self.meta, self.rules, self.seed, self.prefix, self.id_format = d, meta, rules, seed, prefix, id_format
        self.n = 0

    def case(self) -> dict | None:
        """The next generated case inside the candidate's law dates, not yet decided; None for one outside them, or
        one the generator cannot make (a date past the law it knows: counted as undecidable, never a crash)."""
        self.n += 1
        try:
            case = generated(self.d.ydelse, self.d.gen, self.n, self.seed, self.prefix, self.id_format, self.rules)
        except (CaseError, OutOfScope):
            self.d.count["undecidable"] += 1
            return None
        date = self.rules.deciding_date(case)
        if date is not None and self.meta.outside_law_dates(date):
            self.d.count["outside"] += 1
            return None
        return case

    def decided(self, case: dict) -> dict | None:
        from harness import reference
        decision = _decided(case, reference.calculate)
        if decision is None:
            self.d.count["undecidable"] += 1
        return decision

    def next(self) -> tuple[dict, dict] | None:
        case = self.case()
        decision = self.decided(case) if case is not None else None
        return (case, decision) if case is not None and decision is not None else None

    def golden(self, case: dict, decision: dict) -> Golden:
        gid = f"{ID_PREFIX}-{self.prefix}-{self.n:05d}"
        return Golden(id=gid, ydelse=self.d.ydelse, titel=f"Stikprøve {self.n} ({self.d.ydelse}, frø {self.seed})",
                      omraade=TAG, hjemmel=(), alvor="A", obligatorisk=True, tags=(TAG,), case=case,
                      decision=decision, path=Path(gid), raw={})


def _show_faults(d: Drawn, source: _Source, settings: SampleFaults) -> None:
    """Count what the sample's cases show of every fault of omission, then draw on from the same seed for the faults
    that touch few cases (harness/sensitivity.py Coverage.rare) and the values few cases hold (Coverage.scarce),
    keeping each case that shows a fault still short of `cases_per_fault`, or holds a value still short of
    `cases_per_value` (sent like the sample's other cases, in the same id shape), until none is short, or
    `extra_draws` cases were drawn."""
    from harness.contract import schemas
    from harness.sensitivity import Coverage, faults, pairs
    calculate = alle()[d.ydelse].calculate

    def lean(case: dict) -> dict:
        """The benefit's reference without the explanation's details: a fault's case is a decided case with one
        field left out or changed to another of its values, so the dispatcher's checks have nothing to add."""
        return calculate(case, begrundelse=False)

    schema = schemas.flat_schema(d.ydelse, "case")
    coverage = Coverage(faults(schema, NOT_LAW, [g.case for g in d.pending]) + pairs(schema),
                        settings.cases_per_fault, settings.give_up_after, settings.cases_per_value)
    for g in d.pending:
        coverage.observe(g.case, g.decision, lean)
    # the search's own draws are counted as `draws` (inside the candidate's law dates) and `outside`, not as the
    # sample's redrawn cases; a draw outside the law dates does not spend the budget (red team r14b F3)
    kept = d.count["outside"], d.count["undecidable"]
    draws = outside = extra = 0
    wanted = list(coverage.rare()) + list(coverage.scarce())     # changes only when a case is observed
    while draws < settings.extra_draws and outside < settings.extra_draws * OUTSIDE_PER_DRAW and wanted:
        before = d.count["outside"]
        case = source.case()
        if d.count["outside"] > before:
            outside += 1
            continue
        draws += 1
        if case is None or not any(f.touches(case) for f in wanted):
            continue
        try:            # the lean decision to tell the faults by; the full one only for a case that is kept
            base = lean(case)
        except (CaseError, OutOfScope):
            d.count["undecidable"] += 1
            continue
        if coverage.observe(case, base, lean, coverage.rare()) and (decision := source.decided(case)) is not None:
            d.pending.append(source.golden(case, decision))
            extra += 1
        wanted = list(coverage.rare()) + list(coverage.scarce())
    d.count["outside"], d.count["undecidable"] = kept
    s = coverage.summary()
    d.faults = FaultCoverage(faults=s["faults"], wanted=s["wanted"], shown=s["shown"], few=s["few"],
                             without_effect=s["without_effect"], refused=s["refused"], absent=s["absent"],
                             unreached=s["unreached"],
                             scarce=s["scarce"],
                             extra_cases=extra, draws=draws, outside_draws=outside)


def _neighbours(d: Drawn, meta: Metadata, rules: Any, goldens: list[Golden], wanted: int, seed: int, prefix: str,
                id_format: str | None) -> None:
    """Up to `wanted` neighbours of the goldens, each golden's at most once per pass, in an order drawn from the seed:
    valid by the case schema, plausible, inside the candidate's law dates, decided by the reference."""
    from harness import reference
    from harness.contract import schemas
    from harness.contract.ydelse import find
    from harness.neighbours import neighbour
    valid, problems = schemas.validator(d.ydelse, "case").is_valid, find(d.ydelse).plausibility_problems
    rng = random.Random(f"{seed}:naboer:{d.ydelse}")
    pool = sorted(goldens, key=lambda g: g.id)
    rng.shuffle(pool)
    made = 0
    for golden in pool * NEIGHBOUR_PASSES:
        if made >= wanted:
            break
        moved = neighbour(golden.case, rng)
        if moved is None:
            continue
        case, what = moved
        d.count["neighbour_tries"] += 1
        case["sags_id"] = _case_id(prefix, seed, -d.count["neighbour_tries"], id_format)   # the generator's n are > 0
        case = dress(case, d.ydelse, random.Random(f"{seed}:klaedt:nabo:{d.ydelse}:{d.count['neighbour_tries']}"),
                     rules.deciding_date(case))
        date = rules.deciding_date(case)
        if not valid(case) or problems(case) or (date is not None and meta.outside_law_dates(date)):
            continue
        decision = _decided(case, reference.calculate)
        if decision is None:
            continue
        made += 1
        gid = f"{ID_PREFIX}-{prefix}-N{made:04d}"
        d.pending.append(Golden(id=gid, ydelse=d.ydelse, titel=f"Stikprøve: nabo til {golden.id} ({what}; frø {seed})",
                                omraade=TAG, hjemmel=(), alvor="A", obligatorisk=True, tags=(TAG, NEIGHBOUR_TAG),
                                case=case, decision=decision, path=Path(gid), raw={}))
    d.count["neighbours"] = made


def judged(d: Drawn, golden: Golden, result: Result, cpolicy: ComparePolicy, judge: Judge) -> None:
    """One sampled case's answer, judged like a scenario's; only a failure is kept."""
    d.count["sent"] += 1
    record = judge(golden, result, cpolicy)
    if record.status == "pass":
        d.count["passed"] += 1
    else:
        d.failed.append(record)


def finish(drawn: list[Drawn], per_benefit: int, seed: int, seconds: float,
           note: str = "") -> tuple[list[CaseRecord], SampleStage]:
    """The failure records (one per distinct defect, with how many sampled cases show it) and the stage's figures."""
    records: list[CaseRecord] = []
    benefits: list[SampleBenefit] = []
    for d in drawn:
        if d.gen is None:
            benefits.append(SampleBenefit(ydelse=d.ydelse, note=d.note))
            continue
        count = d.count
        for first, hits in _representatives(d.failed):
            titel = f"Stikprøve: {hits} af {count['sent']} nye sager har denne fejl (frø {seed}; første: {first.id})"
            area = _area(first, d.gen)
            records.append(first.model_copy(update={
                "titel": titel, "omraade": area,
                "deviations": [dv.model_copy(update={"omraade": area, "titel": titel}) for dv in first.deviations]}))
        figures = SampleBenefit(ydelse=d.ydelse, sent=count["sent"], passed=count["passed"],
                                failed=len(d.failed), outside_law_dates=count["outside"],
                                not_sent=count["not_sent"], undecidable=count["undecidable"],
                                short=max(0, per_benefit - len(d.pending) + count["neighbours"]
                                          + (d.faults.extra_cases if d.faults else 0)),
                                neighbours=count["neighbours"])
        # `faults` is written only when the search ran (an optional field: set, or left out of the record)
        benefits.append(figures.model_copy(update={"faults": d.faults}) if d.faults else figures)
    stage = SampleStage(enabled=True, seed=seed, per_benefit=per_benefit, benefits=benefits,
                        findings=[r.id for r in records], seconds=round(seconds, 3), note=note)
    return records, stage


def run_stage(candidate: Candidate, meta: Metadata, cpolicy: ComparePolicy, ydelser: list[str], per_benefit: int,
              seed: int, judge: Judge, send: Send, batch_size: int,
              stop: Callable[[], str | None] = lambda: None, id_format: str | None = None,
              goldens: Sequence[Golden] = (), neighbours: int = 0,
              faults: SampleFaults | None = None) -> tuple[list[CaseRecord], SampleStage]:
    """Draw, decide, send and judge the sample on its own; the failure records (one per distinct defect) and the
    stage's figures. `send` is the run's guarded candidate call; `stop` says why no more may be sent (deadline)."""
    t0 = time.perf_counter()
    drawn = draw(meta, cpolicy, ydelser, per_benefit, seed, id_format, goldens, neighbours, faults)
    # every benefit's generated cases before any golden's neighbour: a candidate that recognises a golden's content
    # could answer by the law from then on (red team r15 F2)
    items = [(d, g) for d in drawn for g in d.pending if NEIGHBOUR_TAG not in g.tags]
    items += [(d, g) for d in drawn for g in d.pending if NEIGHBOUR_TAG in g.tags]
    note = ""
    size = max(1, batch_size)
    for i in range(0, len(items), size):
        if (why := stop()):
            for d, _ in items[i:]:
                d.count["not_sent"] += 1
            note = why
            break
        batch = items[i:i + size]
        for (d, golden), result in zip(batch, send(candidate, [g.case for _, g in batch])):
            judged(d, golden, result, cpolicy, judge)
    return finish(drawn, per_benefit, seed, time.perf_counter() - t0, note)


def _area(record: CaseRecord, gen: Any) -> str:
    """The legal area of a sample finding: from the § of its first root step, as fuzz findings get theirs."""
    for d in record.deviations:
        hjemmel = d.rod.hjemmel if d.rod is not None else None
        paragraf = gen.paragraf(hjemmel) if hjemmel and hasattr(gen, "paragraf") else None
        if paragraf is not None:
            return str(getattr(gen, "OMRAADE_FOR_PARAGRAF", {}).get(paragraf, TAG))
    return TAG


def disabled(reason: str) -> SampleStage:
    return SampleStage(enabled=False, note=reason)


__all__ = ["ID_PREFIX", "TAG", "Drawn", "disabled", "draw", "finish", "generated", "judged", "new_seed", "run_stage"]
