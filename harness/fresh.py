"""The sample and the invalid cases as one stream: what a candidate cannot tell apart from production input.

Sent on their own, the stages give themselves away: the invalid cases would come after the sample, and invalid cases
made from the public goldens carry a golden's content with one field broken. A
system that counts requests, or recognises a golden, could refuse exactly the bench's invalid cases and decide
every invalid case it meets in production. So when a run has both stages (a candidate that computes; a recording
cannot), the invalid cases are made from the run's own fresh sample cases (the goldens serve only a break no
sampled case offers), their case ids are drawn with the run's random seed, and both kinds go to the candidate
shuffled together in the candidate's batch size: first everything made from the seed alone, then what carries a
public scenario's content (neighbours, invalid cases made from goldens), and the whole stream before the run's
scenarios (harness/runner.py `fresh_stages`). Each answer is then judged by its own stage's rules
(harness/sample.py, harness/negative/stage.py), and each stage keeps its own figures in the pack.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from harness import sample
from harness.adapters_api import Candidate, Metadata
from harness.compare import ComparePolicy
from harness.contract.config import SampleFaults
from harness.contract.records import CaseRecord, SampleStage
from harness.dressing import dress
from harness.golden.store import Golden
from harness.negative.stage import NegativeCase, NegativeConfig, NegativeReport, Tally, conclude, prepare


@dataclass
class _Sampled:
    drawn: sample.Drawn
    golden: Golden

    @property
    def case(self) -> dict:
        return self.golden.case


def seed_id(golden: Golden, seed: int) -> str:
    """A sampled case as the seed of invalid cases: its id and the run's seed, which together replay it."""
    return f"{golden.id}@{seed}"


def near_public(item: _Sampled | NegativeCase, golden_ids: set[str]) -> bool:
    """Whether a candidate could know the item from the public scenarios: a golden's neighbour, or an invalid case
    made from a golden (both carry a golden's content)."""
    if isinstance(item, _Sampled):
        return sample.NEIGHBOUR_TAG in item.golden.tags
    return item.seed in golden_ids


def shuffled_public_last(items: list[_Sampled | NegativeCase], golden_ids: set[str],
                         rng: random.Random) -> list[_Sampled | NegativeCase]:
    """The stream's order: the items made only from the run's seed first, those near a public scenario last (each
    part shuffled). A stateful candidate that recognises a golden's content could answer by the law from then on;
    this way every purely fresh case is judged before it can have (red team r15 F2)."""
    fresh = [item for item in items if not near_public(item, golden_ids)]
    public = [item for item in items if near_public(item, golden_ids)]
    rng.shuffle(fresh)
    rng.shuffle(public)
    return fresh + public


def run_stage(candidate: Candidate, meta: Metadata, cpolicy: ComparePolicy, ydelser: list[str], per_benefit: int,
              seed: int, goldens: list[Golden], config: NegativeConfig, judge: sample.Judge, send: sample.Send,
              batch_size: int, stop: Callable[[], str | None] = lambda: None, id_format: str | None = None,
              neighbours: int = 0, faults: SampleFaults | None = None
              ) -> tuple[list[CaseRecord], SampleStage, list[CaseRecord], NegativeReport]:
    """Draw the sample, make the invalid cases from it, send both shuffled, and judge each answer by its stage:
    (sample records, sample figures, negative records, negative report). `stop` says why no more may be sent (the
    run's deadline); invalid cases stop, as on their own, when the negative stage's time has passed."""
    t0 = time.perf_counter()
    drawn = sample.draw(meta, cpolicy, ydelser, per_benefit, seed, id_format, goldens, neighbours, faults)
    # a golden's neighbour is not a seed: an invalid case made from it would be a golden with two fields changed
    seeds = {d.ydelse: [(seed_id(g, seed), g.case) for g in d.pending if sample.NEIGHBOUR_TAG not in g.tags]
             for d in drawn}
    fallback: dict[str, list[tuple[str, dict]]] = {}
    for g in goldens:   # dressed like the sample (harness/dressing.py): an invalid case has production's form too
        dressed = dress(g.case, g.ydelse, random.Random(f"{seed}:klaedt:{g.id}"))
        fallback.setdefault(g.ydelse, []).append((g.id, dressed))
    used = {g.case["sags_id"] for d in drawn for g in d.pending}
    prepared = prepare(candidate, meta, cpolicy, seeds, config, salt=str(seed), fallback=fallback, used=used,
                       id_format=id_format)
    items: list[_Sampled | NegativeCase] = [_Sampled(d, g) for d in drawn for g in d.pending]
    items += [nc for cases in prepared.cases.values() for nc in cases]
    items = shuffled_public_last(items, {g.id for g in goldens}, random.Random(f"{seed}:bland"))

    tally, sent, unsent, note = Tally(), 0, 0, ""
    size = max(1, batch_size)
    for i in range(0, len(items), size):
        if (why := stop()):
            note = why
            for item in items[i:]:
                if isinstance(item, _Sampled):
                    item.drawn.count["not_sent"] += 1
                else:
                    unsent += 1
            break
        batch = items[i:i + size]
        if time.perf_counter() > prepared.t_end:            # the negative stage's own time is up
            unsent += sum(isinstance(item, NegativeCase) for item in batch)
            batch = [item for item in batch if isinstance(item, _Sampled)]
            if not batch:
                continue
        for item, result in zip(batch, send(candidate, [item.case for item in batch])):
            if isinstance(item, _Sampled):
                sample.judged(item.drawn, item.golden, result, cpolicy, judge)
            else:
                tally.add(item, result)
                sent += 1
    sample_records, sample_stage = sample.finish(drawn, per_benefit, seed, time.perf_counter() - t0, note)
    negative_records, report = conclude(candidate, prepared, tally, cpolicy, config, sent, unsent, note)
    report.made_from = "sample"
    return sample_records, sample_stage, negative_records, report


__all__ = ["near_public", "run_stage", "seed_id", "shuffled_public_last"]
