"""The negative stage of a run: cases the law cannot compute are sent to the candidate, which must refuse them.

From each benefit's golden cases (the seeds) come invalid cases (mutations.py): for each kind of break of each
field, a few seeds (`per_key`), picked deterministically. They go to the started candidate through its adapter,
like any case. The expected answer is a refusal with a reason: `errored` (a cmd:/python: error answer, HTTP 422).
A `skipped` answer is a refusal only for a case outside the law's dates (the system says it does not cover that
law); for any other case it is counted as not judged (e.g. a recording without an answer for it).

A decision is a finding: per kind and field one record (id `NEG-<hash>`, class `accepteret_ugyldigt_input`,
severity from the comparison policy), shrunk first: optional parts of the seed are removed while the seed stays
valid, the mutation still breaks the case the same way, and the candidate still decides it.
"""
from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from harness.adapters_api import Candidate, Metadata, Result
from harness.compare import ComparePolicy
from harness.compare.attribution import defect_key
from harness.contract import case_ids, schemas
from harness.contract.config import Severity
from harness.contract.jsondata import json_copy
from harness.contract.plausibilitet import Plausibilitet
from harness.contract.records import (
    NEGATIVE_TAG,
    CaseRecord,
    Deviation,
    NegativeFinding,
    NegativeKindCount,
    NegativeStage,
    dump,
)
from harness.contract.ydelse import alle, find

from .mutations import (
    KINDS,
    Mutation,
    dates_in,
    get_path,
    has_part,
    law_date_mutations,
    merged,
    plausibility_mutations,
    schema_mutations,
    still_breaks,
)

NEGATIVE_CLASS = "accepteret_ugyldigt_input"
OMRAADE = "ugyldigt_input"
ACCEPTED, REFUSED, NOT_JUDGED, FAILED = "accepteret", "afvist", "ikke_bedoemt", "intet_svar"
CORPUS = "korpus"          # the seed of a case read back from an export (export.py)
UNKNOWN_LAW_YEARS = 3      # years after the benefit's known law no system can know (its rates are set yearly)


@dataclass
class NegativeConfig:
    per_key: int = 2                 # seeds per kind of break of one field
    shrink_budget: int = 120         # candidate calls while shrinking one finding
    shrink_findings: int = 25        # findings shrunk at most (the rest are reported as found)
    max_seconds: float = 300.0       # the stage stops sending after this long (a candidate slow on every case)
    ydelser: list[str] | None = None   # the benefits judged (the scope); None: those the candidate declares


@dataclass
class NegativeCase:
    id: str
    ydelse: str
    seed: str                         # the golden the case was made from
    seed_case: dict                   # that golden's case with the negative case's sags_id
    mutation: Mutation
    case: dict


@dataclass
class Finding:
    id: str
    ydelse: str
    mutation: Mutation
    seed: str
    case: dict                        # the smallest case found that the candidate still decides
    original: dict                    # the case as first sent
    answer: object
    tried: int                        # cases of this kind and field sent
    accepted: int                     # of which decided
    variants: list[str]
    shrink_calls: int = 0
    fields_before: int = 0
    fields_after: int = 0

    @property
    def alvor(self) -> Severity:
        return KINDS[self.mutation.kind][1]


@dataclass
class NegativeReport:
    candidate: str
    metadata: dict
    ydelser: list[str] = field(default_factory=list)
    cases: int = 0
    refused: int = 0
    accepted: int = 0
    not_judged: int = 0
    failed: int = 0                                   # of not_judged: no answer at all (Result.fault)
    seconds: float = 0.0
    shrink_calls: int = 0
    not_sent: int = 0
    reason: str = ""
    made_from: Literal["goldens", "sample"] = "goldens"   # the sample: harness/fresh.py
    per_kind: dict = field(default_factory=dict)     # kind -> {cases, refused, accepted, not_judged}
    findings: list[Finding] = field(default_factory=list)

    def stage(self) -> NegativeStage:
        """The figures as results.json records them."""
        return NegativeStage(enabled=True, candidate=self.candidate, ydelser=list(self.ydelser), cases=self.cases,
                             refused=self.refused, accepted=self.accepted, not_judged=self.not_judged,
                             failed=self.failed,
                             seconds=round(self.seconds, 3), shrink_calls=self.shrink_calls,
                             per_kind={k: NegativeKindCount(label=KINDS[k][0], **v) for k, v in sorted(self.per_kind.items())},
                             findings=[f.id for f in self.findings], not_sent=self.not_sent, reason=self.reason,
                             made_from=self.made_from)

    def to_dict(self) -> dict[str, Any]:
        return dump(self.stage())


def _neg_id(*parts: str) -> str:
    return "NEG-" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def _case_id(prefix: str, nid: str, used: set[str], salt: str = "", id_format: str | None = None) -> str:
    """The sags_id the candidate sees: in the scenarios' own shape (<PREFIX>-<three digits>-<three digits>), drawn
    from the case's id and the run's `salt`, never one already used (a golden's, another negative case's). A
    prefix such as NEG- would tell a candidate which cases to refuse and let it decide every invalid case it meets
    in production; without a salt nobody can know in advance, the ids could be worked out from the public goldens."""
    for attempt in range(1000):
        digest = hashlib.sha1(f"{salt}\x1f{nid}\x1f{attempt}".encode()).digest()
        sid = case_ids.draw(prefix, id_format, random.Random(digest))
        if sid not in used:
            used.add(sid)
            return sid
    raise RuntimeError("no free case id")    # a million ids, a few thousand cases: never


def _rank(key: str, seed: str) -> str:
    """A fixed pseudo-random order of seeds per mutation key: spread over the suite, the same every run."""
    return hashlib.sha1(f"{key}\x1f{seed}".encode()).hexdigest()


class Checks:
    """What a benefit's invalid case must be, judged without the reference: its schema, its declared rules and
    the law's dates (the candidate's declared ones and the benefit's own)."""

    def __init__(self, ydelse: str, meta: Metadata, cpolicy: ComparePolicy):
        self.ydelse = ydelse
        self.validator = schemas.validator(ydelse, "case")
        self.raw_schema = schemas.flat_schema(ydelse, "case")
        self.schema = merged(self.raw_schema)
        self._folded: dict[int, dict] = {}     # the schema's folded nodes, shared by every seed's walk
        self.regler: Plausibilitet = find(ydelse).plausibilitet
        self.law_date = cpolicy.rules(ydelse).law_date
        first, last = find(ydelse).lovdatoer
        fra, til = meta.lovdatoer.get("fra"), meta.lovdatoer.get("til")
        # Before the law only where the candidate says so itself: one that declares no law dates may know older law.
        # After it, also without a word from the candidate: nobody knows the rates some years ahead, so a declared
        # last day later than that is not believed (red team round 11 F1: `til` 2099-12-31 left no case after the
        # law, and a system guessing the rates of 2030 was GO).
        unknowable = f"{int(last[:4]) + UNKNOWN_LAW_YEARS}{last[4:]}"
        self.first = min(first, fra) if fra else None
        self.last = min(max(last, til), unknowable) if til else unknowable

    def valid(self, case: object) -> bool:
        return self.validator.is_valid(case)

    def deciding_dates(self, case: dict) -> list[str]:
        if self.law_date:
            value = get_path(case, tuple(self.law_date))
            return [value] if isinstance(value, str) else []
        return dates_in(case)

    def outside(self, case: dict) -> bool:
        dates = self.deciding_dates(case)
        if not dates:
            return False
        lo, hi = min(d[:10] for d in dates), max(d[:10] for d in dates)
        return bool((self.first and hi < self.first) or (self.last and lo > self.last))

    def breaks(self, mutation: Mutation, case: dict) -> bool:
        return still_breaks(mutation, case, self.valid, self.regler, self.plausible, self.outside)

    def plausible(self, case: dict) -> bool:
        """Keeps every plausibility rule, the declared ones and the benefit's own (plausibilitet.py)."""
        return not find(self.ydelse).plausibility_problems(case)

    def seed_ok(self, case: dict) -> bool:
        return self.valid(case) and self.plausible(case)

    def mutations(self, seed_case: dict) -> list[Mutation]:
        out = schema_mutations(seed_case, self.raw_schema, self._folded) + plausibility_mutations(seed_case, self.regler)
        out += law_date_mutations(seed_case, tuple(self.law_date) if self.law_date else None, self.first, self.last)
        return out


def build_cases(ydelse: str, seeds: list[tuple[str, dict]], checks: Checks, per_key: int, salt: str = "",
                fallback: list[tuple[str, dict]] | None = None, used: set[str] | None = None,
                id_format: str | None = None) -> list[NegativeCase]:
    """The negative cases of one benefit: per mutation key, up to `per_key` seeds, each case checked to break
    the case the way its mutation says (and its seed to be valid and plausible). `fallback` seeds (the goldens,
    when `seeds` is the run's fresh sample) serve only a key no seed of `seeds` breaks; `salt` makes the case ids
    the run's own; `used` are ids the cases must not take (the goldens', the sample's)."""
    by_key: dict[str, list[tuple[str, dict, Mutation]]] = defaultdict(list)
    spare: dict[str, list[tuple[str, dict, Mutation]]] = defaultdict(list)
    for into, given in ((by_key, seeds), (spare, fallback or [])):
        for seed_id, case in given:
            if not isinstance(case, dict) or not checks.valid(case):
                continue
            for m in checks.mutations(case):
                into[m.key].append((seed_id, case, m))
    fit: dict[int, bool] = {}             # a seed's plausibility (slower) is checked once, and only when it is used
    out: list[NegativeCase] = []
    prefix = find(ydelse).beskrivelse.id_praefiks
    ids_used = set(used or ()) | {c["sags_id"] for _, c in [*seeds, *(fallback or [])]
                                  if isinstance(c, dict) and isinstance(c.get("sags_id"), str)}
    for key in sorted(set(by_key) | set(spare)):
        taken = 0
        for pool in (by_key, spare):
            if taken:                                   # the fallback only where the seeds break nothing
                break
            seeds_used: set[str] = set()
            for seed_id, case, m in sorted(pool[key], key=lambda t: _rank(key, t[0])):
                if taken >= per_key:
                    break
                if seed_id in seeds_used:      # one seed once per key: the seeds differ, and so do the ids
                    continue
                if id(case) not in fit:
                    fit[id(case)] = checks.plausible(case)
                if not fit[id(case)]:
                    continue
                nid = _neg_id(ydelse, seed_id, key, m.felt)
                seed_case = {**case, "sags_id": _case_id(prefix, nid, ids_used, salt, id_format)}
                mutated = m.apply(seed_case)
                if mutated is None or not checks.breaks(m, mutated):
                    ids_used.discard(seed_case["sags_id"])
                    continue
                out.append(NegativeCase(nid, ydelse, seed_id, seed_case, m, mutated))
                taken += 1
                seeds_used.add(seed_id)
    return out


def _answered(result: Result) -> bool:
    """Not a refusal: a decision, or an answer that cannot be one (NaN, too large: *ugyldigt svar*)."""
    return result.kind in ("decision", "invalid")


def _answer(result: Result) -> object:
    return result.decision if result.kind == "decision" else f"<ugyldigt svar: {result.reason}>"


def outcome(mutation: Mutation, result: Result) -> str:
    """A refusal is the candidate's own word (an error answer, a 4xx, an exception of its module; for a case outside
    the law's dates also `skipped`). No answer at all (it died, hung, failed, babbled: Result.fault) refuses
    nothing: a system that crashes on invalid input is not judged to refuse it."""
    if _answered(result):
        return ACCEPTED
    if result.fault:
        return FAILED
    if result.kind == "errored" or mutation.kind == "uden_for_lovdatoer":
        return REFUSED
    return NOT_JUDGED


def _run(candidate: Candidate, cases: list[dict]) -> list[Result]:
    try:
        results = candidate.run(cases)
    except Exception as exc:
        return [Result.failed(f"adapter failed: {type(exc).__name__}: {exc}") for _ in cases]
    if not isinstance(results, list) or len(results) != len(cases):
        return [Result.failed("adapter returned the wrong number of results") for _ in cases]
    return [r if isinstance(r, Result) else Result.failed(f"adapter returned {r!r:.100}") for r in results]


def _size(node: object) -> int:
    if isinstance(node, dict):
        return 1 + sum(_size(v) for v in node.values())
    if isinstance(node, list):
        return 1 + sum(_size(v) for v in node)
    return 1


def _removable(node: object, schema: dict, at: tuple = ()) -> list[tuple]:
    """Paths of the parts of a case its schema lets go: optional fields and list entries beyond minItems."""
    out: list[tuple] = []
    if isinstance(node, dict):
        props, required = schema.get("properties", {}), set(schema.get("required", []))
        for name, value in node.items():
            if name not in required:
                out.append((*at, name))
            if name in props:
                out += _removable(value, merged(props[name]), (*at, name))
    elif isinstance(node, list):
        items = merged(schema.get("items", {}))
        if len(node) > int(schema.get("minItems", 0) or 0):
            out += [(*at, i) for i in range(len(node) - 1, -1, -1)]
        for i, value in enumerate(node):
            out += _removable(value, items, (*at, i))
    return out


def _without(case: dict, path: tuple) -> dict | None:
    out = json_copy(case)
    parent: Any = get_path(out, path[:-1])
    if not has_part(parent, path[-1], strict=True):
        return None
    del parent[path[-1]]
    return out


def _touches(path: tuple, keep: list[tuple]) -> bool:
    """Removing `path` would remove or renumber a part the mutation needs."""
    for k in keep:
        if k[:len(path)] == path:
            return True
        at = len(path) - 1
        if isinstance(path[-1], int) and len(k) > at and k[:at] == path[:-1] and isinstance(k[at], int) \
                and path[-1] <= k[at]:   # an entry at or before one the mutation indexes: renumbers it
            return True
    return False


def shrink(candidate: Candidate, nc: NegativeCase, answer: object, checks: Checks, budget: int,
           t_end: float = float("inf")) -> tuple[dict, dict, object, int]:
    """(smaller seed, its mutated case, the candidate's decision on it, candidate calls): greedy removal of optional
    parts, each kept only if the seed stays valid and plausible, the mutation still breaks the case the same way
    and the candidate still decides it. Stops at `budget` calls or when `t_end` (perf_counter) has passed."""
    seed, case, calls = nc.seed_case, nc.case, 0
    m = nc.mutation
    other = m.value if m.op == "equal" else cast(tuple, m.value)[1] if m.op == "order" else None
    keep = [m.path] + ([tuple(cast(tuple, other))] if other is not None else []) + [("sags_id",)]
    progress = True
    while progress and calls < budget:
        progress = False
        for path in _removable(seed, checks.schema):
            if calls >= budget or time.perf_counter() > t_end:
                return seed, case, answer, calls
            if _touches(path, keep):
                continue
            smaller = _without(seed, path)
            if smaller is None or not checks.seed_ok(smaller):
                continue
            mutated = m.apply(smaller)
            if mutated is None or not checks.breaks(m, mutated):
                continue
            calls += 1
            result = _run(candidate, [mutated])[0]
            if _answered(result):
                seed, case, answer, progress = smaller, mutated, _answer(result), True
                break
    return seed, case, answer, calls


Groups = dict[tuple[str, str, str], list[tuple[NegativeCase, Result]]]


@dataclass
class Tally:
    """The outcomes so far: counted per kind, grouped per benefit, kind and field (an exported finding is a group
    of its own)."""
    per_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    groups: Groups = field(default_factory=lambda: defaultdict(list))

    def add(self, nc: NegativeCase, result: Result) -> None:
        self.per_kind[nc.mutation.kind]["cases"] += 1
        self.per_kind[nc.mutation.kind][outcome(nc.mutation, result)] += 1
        where = nc.mutation.pattern if nc.seed != CORPUS else f"{CORPUS}:{nc.id}"
        self.groups[(nc.ydelse, nc.mutation.kind, where)].append((nc, result))


def _send(candidate: Candidate, cases: list[NegativeCase], tally: Tally,
          progress: Callable[[int, int], None] | None, t_end: float) -> int:
    """The cases in the candidate's batch size, each outcome tallied. The cases left unsent when `t_end`
    (perf_counter) has passed."""
    size = max(1, getattr(candidate, "batch_size", 1) or 1)
    for i in range(0, len(cases), size):
        if time.perf_counter() > t_end:
            return len(cases) - i
        batch = cases[i:i + size]
        for nc, result in zip(batch, _run(candidate, [c.case for c in batch])):
            tally.add(nc, result)
        if progress:
            progress(min(i + size, len(cases)), len(cases))
    return 0


def _count(report: NegativeReport, per_kind: dict[str, Counter[str]]) -> None:
    for kind, c in per_kind.items():
        report.per_kind[kind] = {"cases": c["cases"], "refused": c[REFUSED], "accepted": c[ACCEPTED],
                                 "not_judged": c[NOT_JUDGED] + c[FAILED]}
        report.refused += c[REFUSED]
        report.accepted += c[ACCEPTED]
        report.not_judged += c[NOT_JUDGED] + c[FAILED]
        report.failed += c[FAILED]


def _findings(candidate: Candidate, groups: Groups, checks: dict[str, Checks], report: NegativeReport,
              config: NegativeConfig, t_end: float) -> None:
    """One finding per group with a decision, most severe first; the first `shrink_findings` shrunk while the
    stage's time lasts (the rest are reported as first sent)."""
    order = {k: i for i, k in enumerate(KINDS)}
    found = [(key, items) for key, items in groups.items() if any(_answered(r) for _, r in items)]
    found.sort(key=lambda t: ("ABC".index(KINDS[t[0][1]][1]), order[t[0][1]], t[0]))
    for n, ((ydelse, _, _), items) in enumerate(found):
        nc, result = next((nc, r) for nc, r in items if _answered(r))
        finding = Finding(nc.id, ydelse, nc.mutation, nc.seed, nc.case, nc.case, _answer(result), len(items),
                          sum(_answered(r) for _, r in items),
                          sorted({c.mutation.variant for c, r in items if _answered(r)}))
        finding.fields_before = finding.fields_after = _size(nc.case)
        if n < config.shrink_findings and nc.seed != CORPUS and time.perf_counter() <= t_end:   # exported: shrunk
            _, case, answer, calls = shrink(candidate, nc, _answer(result), checks[ydelse], config.shrink_budget, t_end)
            finding.case, finding.answer, finding.shrink_calls = case, answer, calls
            finding.fields_after = _size(case)
            report.shrink_calls += calls
        report.findings.append(finding)


@dataclass
class Prepared:
    """The stage before anything is sent: each benefit's cases and checks, and the report to fill."""
    report: NegativeReport
    checks: dict[str, Checks]
    cases: dict[str, list[NegativeCase]]
    t0: float
    t_end: float


def prepare(candidate: Candidate, meta: Metadata, cpolicy: ComparePolicy, seeds: dict[str, list[tuple[str, dict]]],
            config: NegativeConfig, corpus: list[NegativeCase] | None = None, salt: str = "",
            fallback: dict[str, list[tuple[str, dict]]] | None = None, used: set[str] | None = None,
            id_format: str | None = None) -> Prepared:
    """Each judged benefit's invalid cases: made from `seeds` (benefit -> [(seed id, case)]; `fallback` seeds
    only for a break no seed offers), then the `corpus` of exported findings as they are. Only the benefits
    judged: `config.ydelser` (the run's scope, harness/gate/scope.py), else those the candidate declares."""
    t0 = time.perf_counter()
    prepared = Prepared(NegativeReport(candidate.spec, meta.to_dict()), {}, {}, t0, t0 + config.max_seconds)
    for ydelse in config.ydelser if config.ydelser is not None else meta.ydelser:
        replay = [c for c in corpus or [] if c.ydelse == ydelse]
        mine, spare = seeds.get(ydelse, []), (fallback or {}).get(ydelse, [])
        if ydelse not in alle() or not (mine or spare or replay):
            continue
        checks = prepared.checks[ydelse] = Checks(ydelse, meta, cpolicy)
        prepared.cases[ydelse] = build_cases(ydelse, mine, checks, config.per_key, salt, spare, used, id_format) + replay
        prepared.report.ydelser.append(ydelse)
    return prepared


def conclude(candidate: Candidate, prepared: Prepared, tally: Tally, cpolicy: ComparePolicy, config: NegativeConfig,
             sent: int, not_sent: int, stopped: str = "") -> tuple[list[CaseRecord], NegativeReport]:
    """The figures and one finding per decided kind and field (the first ones shrunk while the stage's time
    lasts, none when the run was `stopped`, e.g. by its deadline): (records of the findings, the report)."""
    report = prepared.report
    report.cases, report.not_sent = sent, not_sent
    if stopped:
        config = replace(config, shrink_findings=0)
        report.reason = f"fasen stoppede: {stopped}; {not_sent} ugyldige sager blev ikke sendt" if not_sent else ""
    elif report.not_sent:
        report.reason = (f"fasen stoppede efter sin frist på {config.max_seconds:g} s; {report.not_sent} ugyldige "
                         "sager blev ikke sendt (kandidaten svarer langsomt)")
    _count(report, tally.per_kind)
    _findings(candidate, tally.groups, prepared.checks, report, config, prepared.t_end)
    report.seconds = time.perf_counter() - prepared.t0
    return [record(f, cpolicy) for f in report.findings], report


def run_stage(candidate: Candidate, meta: Metadata, cpolicy: ComparePolicy, seeds: dict[str, list[tuple[str, dict]]],
              config: NegativeConfig | None = None, progress: Callable[[int, int], None] | None = None,
              corpus: list[NegativeCase] | None = None, salt: str = "",
              id_format: str | None = None) -> tuple[list[CaseRecord], NegativeReport]:
    """Send every benefit's negative cases to the started candidate on their own; (records of the findings, the
    report). `seeds`: benefit -> [(golden id, case)]; `corpus`: exported findings sent again as they are
    (export.py), each its own finding when decided. The candidate is not stopped here. A run with a sample sends
    these cases mixed with it instead (harness/fresh.py)."""
    config = config or NegativeConfig()
    prepared = prepare(candidate, meta, cpolicy, seeds, config, corpus, salt, id_format=id_format)
    tally = Tally()
    sent = unsent = 0
    for cases in prepared.cases.values():
        left = _send(candidate, cases, tally, progress, prepared.t_end)
        sent, unsent = sent + len(cases) - left, unsent + left
    return conclude(candidate, prepared, tally, cpolicy, config, sent, unsent)


def _json_safe(answer: object) -> object:
    try:
        return json.loads(json.dumps(answer, default=lambda o: f"<{type(o).__name__}: {o!s:.200}>"))
    except (TypeError, ValueError, RecursionError) as exc:
        return f"<not JSON-serialisable: {type(exc).__name__}: {exc}>"


def record(f: Finding, cpolicy: ComparePolicy) -> CaseRecord:
    """The finding as a case record of the run: a deviation of its own class, counted by the gate. Its probable
    defect is the kind of break the candidate lets through (anchor `art:<Danish label>`): a release that drops the
    minus sign of hours does so in every hour field, so its findings in five fields are one defect."""
    m = f.mutation
    label = KINDS[m.kind][0]
    titel = f"Ugyldigt input accepteret: {label} ({m.pattern})"
    shrunk = f" Sagen er skrumpet fra {f.fields_before} til {f.fields_after} JSON-værdier." if f.shrink_calls else ""
    besked = (f"Kandidaten traf en afgørelse på en sag, der ikke kan afgøres: {m.beskrivelse} (felt {m.felt}). "
              f"Forventet: afvist med en begrundelse (errored / HTTP 422). {f.accepted} af {f.tried} sager med "
              f"denne fejl i feltet blev afgjort (varianter: {', '.join(f.variants)}).{shrunk}")
    deviation = Deviation(id=f"{f.id}/{NEGATIVE_CLASS}", scenario=f.id, klasse=NEGATIVE_CLASS,
                          klasse_tekst=cpolicy.label(NEGATIVE_CLASS), alvor=cpolicy.severity(NEGATIVE_CLASS, f.alvor),
                          scenario_alvor=f.alvor, hjemmel=[], omraade=OMRAADE, titel=titel, besked=besked,
                          felter=[{"felt": m.felt, "forventet": "afvist", "faktisk": "afgørelse", "art": m.kind}],
                          forklaring=[], fejl=defect_key(f.ydelse, NEGATIVE_CLASS, f"art:{label}"))
    sags_id = f.case.get("sags_id") if isinstance(f.case, dict) else None
    return CaseRecord(id=f.id, ydelse=f.ydelse, titel=titel, omraade=OMRAADE, hjemmel=[], alvor=f.alvor,
                      obligatorisk=False, tags=[NEGATIVE_TAG, m.kind], sags_id=sags_id if isinstance(sags_id, str) else None,
                      status="deviation", reason="", seconds=0.0, deviations=[deviation], case=f.case,
                      answer=_json_safe(f.answer),
                      negativ=NegativeFinding(**m.to_dict(), seed=f.seed, tried=f.tried, accepted=f.accepted,
                                              shrink_calls=f.shrink_calls, fields_before=f.fields_before,
                                              fields_after=f.fields_after, original_case=f.original))
