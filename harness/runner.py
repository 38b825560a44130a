"""One rollout-approval run: goldens -> candidate -> comparison -> gate -> evidence.

Every case ends as one record appended to `<run dir>/results.jsonl` the moment it is known (one JSON line per
finished case, keyed by the golden id, so a later `--resume` can skip finished ids); nothing a candidate does
— crash, hang, garbage — stops the run. Configuration problems (bad spec, policy, waivers, approvers) and a
golden set that fails the full golden check (signatures of trusted approvers, manifest, unlisted, unapproved,
stale or misplaced goldens; harness/authoring/golden.py `verify_for_run`) raise before any case runs, so the
CLI can exit with code 2.

A run can be resumed (`RunConfig.resume`, harness/resume.py): `run.json` is written before the first case,
and a resumed run runs only the golden ids that have no line in results.jsonl yet. Ctrl-C raises RunInterrupted
after the finished cases are safely on disk.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Final

from harness import redact, resume, sample
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, Silence, open_candidate
from harness.compare import ComparePolicy, compare_decisions, load_policy
from harness.compare.attribution import Attribution, attribute, defect_key
from harness.compare.policy import DEFAULT_POLICY
from harness.config_files import ConfigError
from harness.contract.config import RolloutPolicy, Waiver
from harness.contract.jsondata import json_copy
from harness.contract.messages import CandidateMetadata
from harness.contract.records import (
    STATUSES,
    CandidateInfo,
    CaseRecord,
    Deviation,
    EarlierRun,
    EarlierRuns,
    FileHash,
    Finding,
    FuzzBenefit,
    FuzzStage,
    GoldenSelection,
    MoneyPost,
    NegativeStage,
    ParameterHashes,
    PolicyInfo,
    ReferenceInfo,
    RolloutPolicyInfo,
    RootStep,
    RunFile,
    RunLimits,
    RunResults,
    SampleStage,
    Scope,
    Status,
    StrengthEvidence,
    Summary,
    Timings,
    ToolInfo,
    WaiversInfo,
    dump,
    marked,
)
from harness.contract.schemas import contract_digest
from harness.gate import evaluate, load_rollout_policy, load_waivers
from harness.gate import gate as gate_rules  # its machine_today(), looked up at each run (tests replace it)
from harness.gate.policy import default_rollout_policy, policy_name, weaker_than_shipped
from harness.gate.scope import ScopeError, check_selected, decide, narrowed
from harness.gate.shipped import check_rollout_yardstick
from harness.gate.waivers import DEFAULT_WAIVERS, unmatched
from harness.golden.signing import DEFAULT_APPROVERS
from harness.golden.store import GOLDEN_DIR, Golden, GoldenSet
from harness.golden.strength import evidence as strength_evidence

RESULTS_VERSION: Final = "1.0"
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = Path("reports")
__all__ = ["DEFAULT_OUT", "STATUSES", "RunConfig", "RunInterrupted", "RunOutcome", "ScopeError", "case_record",
           "execute"]


@dataclass
class RunConfig:
    candidate: str
    golden_dir: Path = GOLDEN_DIR
    approvers: Path = DEFAULT_APPROVERS      # the trusted golden approvers (harness/golden/signing.py)
    scenario_dir: Path | None = None         # check goldens against these scenarios; None: scenarios/ for the
                                             # bundled golden/, no scenario check for another --golden-dir
    allow_golden_rollback: bool = False      # run an older signed set than one verified before (NO-GO; serial.py)
    ydelse: str | None = None
    policy: Path = field(default_factory=default_rollout_policy)   # --policy; $YDELSESTJEK_POLICY; the shipped one
    waivers: Path | None = DEFAULT_WAIVERS
    compare_policy: Path = DEFAULT_POLICY
    out: Path | None = DEFAULT_OUT          # relative to the working folder; None: in memory only (pytest plugin)
    run_id: str | None = None
    timeout: float | None = None
    batch_size: int | None = None            # None: what the candidate prefers (Candidate.batch_size)
    today: dt.date | None = None
    only: list[str] = field(default_factory=list)   # golden ids or glob patterns; empty = all
    resume: bool = False                     # continue the run `run_id` in `out` (see harness/resume.py)
    baseline: Path | None = None             # an earlier run (its folder or results.json) to compare with
    fuzz: str | None = None                  # a Hypothesis profile (ci | dev | deep): run the fuzz stage too
    fuzz_examples: int | None = None         # examples per fuzz search round (None: the profile's)
    negative: bool | None = None             # the negative stage (harness/negative); None: as the rollout policy says
    deadline: float | None = None            # seconds the whole run may take; the cases left then are not run
    maxfail: int | None = None               # stop after this many cases errored or deviated; the rest are not run
    sample_seed: int | None = None           # the sample stage's seed (None: a new random one; harness/sample.py)
    sample_seed_given: bool | None = None    # the seed was given, not drawn (None: given iff sample_seed is set)
    sample_cases: int | None = None          # sampled cases per benefit (None: the policy's; 0: no sample stage)


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C during a run: the finished cases are in results.jsonl and the run can be resumed. Still a
    KeyboardInterrupt, so callers that know nothing of runs (pytest) stop as they do on Ctrl-C."""

    def __init__(self, run_id: str, run_dir: Path | None, done: int, total: int):
        self.run_id, self.run_dir, self.done, self.total = run_id, run_dir, done, total
        super().__init__(f"interrupted after {done} of {total} cases")


@dataclass
class RunOutcome:
    results: dict[str, Any]     # results.json as written (harness/contract/records.py RunResults, as JSON)
    run_dir: Path | None

    @property
    def go(self) -> bool:
        return self.results["gate"]["verdict"] == "GO"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parameter_hashes() -> ParameterHashes:
    """sha256 of every parameter file of the reference (`<ydelse>/parametre/<file>`), and the one fingerprint over all
    of them that goldens record at approval (harness.reference.parameter_fingerprint)."""
    from harness.reference import parameter_files, parameter_fingerprint
    files = {rel: hashlib.sha256(path.read_bytes()).hexdigest() for rel, path in parameter_files().items()}
    return ParameterHashes(files=files, combined=parameter_fingerprint() if files else None)


def _file_info(path: Path | None) -> dict[str, Any]:
    """The path and sha256 of a file the run depends on (of no bytes when it is missing; both None without a path)."""
    if path is None:
        return {"path": None, "sha256": None}
    path = Path(path)
    data = path.read_bytes() if path.exists() else b""
    return {"path": str(path), "sha256": hashlib.sha256(data).hexdigest()}


def make_run_id(meta: Metadata | None, now: dt.datetime) -> str:
    who = f"{meta.system}-{meta.version}" if meta else "ukendt"
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", who)[:60]


def _deviation(golden: Golden, finding: Finding, cpolicy: ComparePolicy, why: Attribution | None = None) -> Deviation:
    deviation = Deviation(id=f"{golden.id}/{finding.klasse}", scenario=golden.id, klasse=finding.klasse,
                          klasse_tekst=cpolicy.label(finding.klasse), alvor=cpolicy.severity(finding.klasse, golden.alvor),
                          scenario_alvor=golden.alvor, hjemmel=list(golden.hjemmel), omraade=golden.omraade,
                          titel=golden.titel, besked=finding.message, felter=finding.changes,
                          forklaring=finding.explanation)
    if why is None:
        return deviation
    extra: dict[str, Any] = {"fejl": why.fejl}
    if why.rod is not None:
        extra["rod"] = RootStep(trin=why.rod.trin, regel=why.rod.regel, hjemmel=why.rod.hjemmel, titel=why.titel,
                                kilde=why.rod.kilde, resultat=_json_safe(why.resultat))
    if why.posts:
        posts = [MoneyPost(art=p.art, felt=p.felt, maaned=p.maaned, forventet=_money_text(p.forventet),
                           faktisk=_money_text(p.faktisk), kroner=_money_text(p.kroner)) for p in why.posts]
        extra["penge"] = posts
        extra["kroner"] = _money_text(sum((p.kroner for p in why.posts if p.kroner is not None), Decimal(0)))
    return Deviation.model_validate({**dict(deviation), **extra})


def _money_text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):f}"


def _findings(golden: Golden, decision: object, cpolicy: ComparePolicy) -> list[Finding]:
    try:
        return compare_decisions(cpolicy, golden.ydelse, golden.decision, decision)
    except Exception as exc:
        return [Finding(klasse="ugyldigt_svar", message=f"svaret kunne ikke sammenlignes: {type(exc).__name__}: {exc}")]


def _record(golden: Golden, result: Result, status: Status, reason: str, deviations: list[Deviation]) -> CaseRecord:
    case = golden.case
    return CaseRecord(id=golden.id, ydelse=golden.ydelse, titel=golden.titel, omraade=golden.omraade,
                      hjemmel=list(golden.hjemmel), alvor=golden.alvor, obligatorisk=golden.obligatorisk,
                      tags=list(golden.tags), sags_id=case.get("sags_id") if isinstance(case, dict) else None,
                      status=status, reason=reason, seconds=round(result.seconds, 6), deviations=deviations)


def case_record(golden: Golden, result: Result, cpolicy: ComparePolicy) -> CaseRecord:
    """The record of one finished case: its status and its deviations (failure class, severity, diff, §); the
    candidate's answer is kept when it deviates."""
    if result.kind == "skipped":
        return _record(golden, result, "skipped", result.reason, [])
    if result.kind == "errored":
        timeout = _deviation(golden, Finding(klasse="fejl_timeout", message=result.reason), cpolicy,
                             Attribution(None, "", None, defect_key(golden.ydelse, "fejl_timeout", "")))
        return _record(golden, result, "errored", result.reason, [timeout])
    if result.kind == "invalid":       # an answer came but cannot be one: over a limit, NaN, a torn line
        change = {"felt": "(hele afgørelsen)", "forventet": "et gyldigt svar", "faktisk": result.reason, "art": "ugyldig"}
        invalid = _deviation(golden, Finding(klasse="ugyldigt_svar", changes=[change], message=result.reason), cpolicy)
        return _record(golden, result, "deviation", result.reason, [invalid])
    findings = _findings(golden, result.decision, cpolicy)
    if not findings:
        return _record(golden, result, "pass", "", [])
    why = attribute(cpolicy, golden.ydelse, golden.decision, result.decision, findings)
    record = _record(golden, result, "deviation", "", [_deviation(golden, f, cpolicy, w) for f, w in zip(findings, why)])
    return record.model_copy(update={"answer": _json_safe(result.decision)})


def _json_safe(answer: object) -> object:
    """The answer as plain, strict JSON (an in-process candidate may hand back Decimals, dates, NaN or worse)."""
    try:
        return json.loads(json.dumps(finite(answer), default=lambda o: f"<{type(o).__name__}: {o!s:.200}>",
                                     allow_nan=False))
    except (TypeError, ValueError, RecursionError) as exc:
        return f"<not JSON-serialisable: {type(exc).__name__}: {exc}>"


def finite(doc: object, depth: int = 0) -> object:
    """`doc` with NaN and ±Infinity as the strings "<NaN>", "<Infinity>": results must stay valid JSON."""
    if isinstance(doc, float) and not math.isfinite(doc):
        return "<NaN>" if doc != doc else ("<Infinity>" if doc > 0 else "<-Infinity>")
    if depth > 200:
        return doc
    if isinstance(doc, dict):
        return {k: finite(v, depth + 1) for k, v in doc.items()}
    if isinstance(doc, list):
        return [finite(v, depth + 1) for v in doc]
    return doc


NOT_RUN = "ikke kørt"


def not_run_record(golden: Golden, why: str, cpolicy: ComparePolicy) -> CaseRecord:
    """A case the run stopped before (deadline, --maxfail): recorded, never silently missing, and never a GO."""
    record = case_record(golden, Result.skipped(f"{NOT_RUN}: {why}"), cpolicy)
    return record.model_copy(update={"ikke_koert": True})


def _select(goldens: list[Golden], only: list[str]) -> list[Golden]:
    if not only:
        return goldens
    from fnmatch import fnmatchcase
    return [g for g in goldens if any(fnmatchcase(g.id, p) for p in only)]


def _outside_law_dates(golden: Golden, meta: Metadata, cpolicy: ComparePolicy) -> str | None:
    rules = cpolicy.rules(golden.ydelse)
    if not rules.law_date or not meta.lovdatoer:
        return None
    value = rules.deciding_date(golden.case)
    if value is not None and meta.outside_law_dates(value):
        return (f"uden for kandidatens lovdatoer ({meta.lovdatoer.get('fra') or '…'} – {meta.lovdatoer.get('til') or '…'}): "
                f"{'.'.join(rules.law_date)} er {value}")
    return None


def _safe_run(candidate: Candidate, cases: list[dict[str, Any]]) -> list[Result]:
    """candidate.run, but an adapter bug or a wrong number of answers becomes errored results with no answer
    (Result.failed: not a refusal of an invalid case). An in-process
    candidate gets copies of the cases: whatever it does to them, the goldens' cases stay as approved."""
    try:
        results = candidate.run(cases if getattr(candidate, "isolated", False) else json_copy(cases))
    except Exception as exc:
        return [Result.failed(f"adapter failed: {type(exc).__name__}: {exc}") for _ in cases]
    if not isinstance(results, list) or len(results) != len(cases):
        got = len(results) if isinstance(results, list) else repr(results)[:200]
        return [Result.failed(f"adapter returned {got} results for {len(cases)} cases") for _ in cases]
    return [r if isinstance(r, Result) else Result.failed(f"adapter returned {repr(r)[:200]}") for r in results]


# --- one run, step by step ---------------------------------------------------------------------------------------

@dataclass
class _Configuration:
    """What decides the run's results, read and checked before anything runs. `goldens` are the scenarios of the
    run: first every selected one (--only), then, once the candidate has said what it computes, those in scope."""
    goldens: list[Golden]
    cpolicy: ComparePolicy
    rpolicy: RolloutPolicy
    waivers: list[Waiver]
    today: dt.date
    golden_set: GoldenSet
    baseline: dict[str, Any] | None = None                  # the baseline run's results.json
    selected: list[Golden] = field(default_factory=list)   # every golden --only selects, of all benefits
    every_id: list[str] = field(default_factory=list)       # every golden id of the set (waiver patterns match these)
    scope: Scope | None = None
    left_out: list[str] = field(default_factory=list)       # scenarios of the judged benefits --only did not select
    contract_sha256: str | None = None                      # the contract's digest as the run read it (schemas.py)


@dataclass
class _Run:
    """A run in progress: where it writes, the candidate, and the records so far."""
    config: RunConfig
    setup: _Configuration
    started: dt.datetime
    t_start: float
    saved: RunFile | None = None                                  # the run.json of a resumed run
    finished: dict[str, CaseRecord] = field(default_factory=dict)  # a resumed run's cases finished before
    sink: resume.SealedLines | None = None                        # results.jsonl, locked and sealed while written
    candidate: Candidate | None = None
    meta: Metadata = field(default_factory=lambda: Metadata(system="ukendt", version="ukendt"))
    start_error: str | None = None
    start_seconds: float = 0.0
    run_id: str = ""
    run_dir: Path | None = None
    records: list[CaseRecord] = field(default_factory=list)
    candidate_seconds: float = 0.0
    compare_seconds: float = 0.0
    negative: NegativeStage | None = None
    t_end: float | None = None                                    # time.monotonic() of the --deadline
    sample: SampleStage | None = None                             # the sample stage's figures, once it ran
    fuzz: FuzzStage | None = None                                 # the fuzz stage's figures, once it ran
    failed: int = 0                                               # cases errored or deviated (--maxfail)
    silence: Silence = field(default_factory=Silence)             # cases in a row with no answer at all

    def write(self, record: CaseRecord, flush: bool = True, counted: bool = False) -> None:
        """One finished case: kept (secrets blanked out), and appended to results.jsonl at once. `counted`: its
        failure was counted for --maxfail when it was judged (a held stage's record)."""
        if redact.active():
            record = CaseRecord.model_validate(redact.redact_record(dump(record)))
        self.records.append(record)
        if record.status in ("errored", "deviation") and not counted:
            self.failed += 1
        if self.sink is not None:
            line = json.dumps(finite(dump(record)), ensure_ascii=False, sort_keys=True, default=str, allow_nan=False)
            self.sink.write(line + "\n")
            if flush:
                self.sink.flush()

    def deadline(self) -> tuple[float | None, str]:
        """The seconds the whole run may take and where that bound comes from: `--deadline`, else the policy's."""
        if self.config.deadline is not None:
            return self.config.deadline, "--deadline"
        return self.setup.rpolicy.run_bounds.deadline_seconds, "udrulningspolitikkens run_bounds.deadline_seconds"

    def ask(self, candidate: Candidate, cases: list[dict[str, Any]]) -> list[Result]:
        """_safe_run, counting the cases in a row that got no answer at all (Result.fault): a candidate that is down
        stops the run (the policy's run_bounds.silent_cases) instead of holding it for the timeout times every case."""
        results = _safe_run(candidate, cases)
        self.silence.count(results)
        return results

    def stop_reason(self) -> str | None:
        """Why no further case may run: the run's deadline passed, --maxfail cases failed, or the candidate gave no
        answer at all to the policy's run_bounds.silent_cases cases in a row."""
        if self.t_end is not None and time.monotonic() >= self.t_end:
            seconds, source = self.deadline()
            return f"kørslens frist på {seconds:g} s ({source}) var nået"
        if self.config.maxfail and self.failed >= self.config.maxfail:
            return f"{self.failed} scenarier fejlede eller afveg, og --maxfail er {self.config.maxfail}"
        limit = self.setup.rpolicy.run_bounds.silent_cases
        if self.silence.down(limit):
            return (f"kandidaten gav intet svar på {self.silence.cases} sager i træk (den hang, gik ned eller dens server "
                    f"fejlede; udrulningspolitikkens run_bounds.silent_cases er {limit}), så den regnes for nede")
        return None


def verified_goldens(config: RunConfig) -> GoldenSet:
    """The full golden check before a run (raises GoldenIntegrityError or ConfigError naming the file)."""
    from harness.authoring.golden import verify_for_run
    return verify_for_run(Path(config.golden_dir), Path(config.approvers), config.scenario_dir,
                          allow_rollback=config.allow_golden_rollback)


def golden_selection(config: RunConfig, found: GoldenSet, count: int, left_out: list[str]) -> GoldenSelection:
    """What results.json says about the golden set: which (and, with --only, what the selection left out), checked
    how, signed by whom (key fingerprints), its manifest serial and the anti-rollback check."""
    serial = {"serial": found.serial_check} if found.serial_check is not None else {}
    selection = {"left_out": left_out} if config.only else {}
    return GoldenSelection.model_validate({
        "dir": str(config.golden_dir), "manifest_sha256": found.manifest_sha256, "count": count,
        "ydelse": config.ydelse, "only": list(config.only), **selection,
        "signaturer": {"godkendere": found.approvers_file, "manifest": found.manifest_signer,
                       "goldens": found.approvers_used()},
        "kontrol": {"signaturer": found.signatures_checked,
                    "scenarier": str(found.scenario_dir) if found.scenario_dir is not None else None}, **serial})


def load_configuration(config: RunConfig, verified: GoldenSet | None = None) -> _Configuration:
    """The goldens (after the full golden check, selected), the policies and the waivers; errors before any case
    runs. The goldens of every benefit are read (the scope is decided once the candidate has said what it computes).
    `verified`: the set `verified_goldens(config)` returned earlier in this process (see execute)."""
    from harness.reference import check_data
    check_data()
    check_selected(config.ydelse)
    found = verified if verified is not None else verified_goldens(config)
    every = found.goldens
    goldens = _select(every, config.only)
    if config.only and not goldens:
        raise ConfigError("--only", [f"no golden in {config.golden_dir} matches {', '.join(config.only)}"])
    cpolicy = load_policy(config.compare_policy)
    check_rollout_yardstick()
    rpolicy = load_rollout_policy(config.policy)
    waivers = load_waivers(config.waivers, list(cpolicy.failure_classes)) if config.waivers else []
    baseline = load_baseline(config.baseline) if config.baseline is not None else None
    return _Configuration(goldens, cpolicy, rpolicy, waivers, config.today or gate_rules.machine_today(), found,
                          baseline=baseline, selected=list(goldens), every_id=[g.id for g in every],
                          contract_sha256=contract_digest())


def load_baseline(where: Path) -> dict[str, Any]:
    """An earlier run's results.json (its folder, or the file) with its verdict, counts, defects and kroner computed
    again from its cases (what its file stored differently is in `recomputed`); ConfigError when it is missing, not
    valid, or cannot be computed again."""
    from harness.report import ResultsFileError, load_results
    from harness.report.verdict import VerdictError, checked
    path = Path(where)
    path = path / "results.json" if path.is_dir() else path
    try:
        return checked(load_results(path), path)
    except (ResultsFileError, VerdictError) as exc:
        raise ConfigError("--baseline", [str(exc)]) from None


def apply_scope(config: RunConfig, setup: _Configuration, declared: list[str], started: bool) -> None:
    """Keep the scenarios of the benefits the candidate declares (or --ydelse names); ScopeError when none are
    left to judge, before any case has run."""
    decided = decide(declared, config.ydelse, setup.selected, started=started, every=setup.golden_set.goldens)
    setup.scope = decided.scope
    setup.goldens = [g for g in setup.selected if g.ydelse in decided.ydelser]
    chosen = {g.id for g in setup.goldens}
    setup.left_out = [g.id for g in setup.golden_set.goldens if g.ydelse in decided.ydelser and g.id not in chosen]
    if config.only and not setup.goldens:
        raise ScopeError(f"--only {', '.join(config.only)}: no selected scenario is of a benefit the run judges "
                         f"({', '.join(decided.ydelser)})")


def open_run(config: RunConfig, setup: _Configuration, started: dt.datetime, t_start: float) -> _Run:
    """A new run, or the resumed one with its saved start, waiver date and finished cases."""
    given = config.sample_seed is not None if config.sample_seed_given is None else config.sample_seed_given
    if config.sample_seed is None and _sample_size(config, setup.rpolicy):
        config = replace(config, sample_seed=sample.new_seed())
    config = replace(config, sample_seed_given=given)
    run = _Run(config, setup, started=started, t_start=t_start)
    if config.resume:
        run.saved, run.finished, run.sink = _prepare_resume(config, setup.goldens)
        run.started = dt.datetime.fromisoformat(run.saved.started)
        setup.today = dt.date.fromisoformat(run.saved.today)
        try:   # the scope the run began with: the same declaration, saved in run.json
            apply_scope(config, setup, list(run.saved.candidate.metadata.ydelser), run.saved.candidate.start_error is None)
        except ScopeError:
            run.sink.close()
            raise
    elif config.out is not None and config.run_id and (Path(config.out) / config.run_id).exists():
        raise ConfigError(Path(config.out) / config.run_id,
                          ["a run with this --run-id already exists here; choose another id (results are never overwritten)"])
    return run


def start_candidate(run: _Run) -> None:
    """Open and start the candidate (a resumed run with nothing left needs none)."""
    t0 = time.perf_counter()
    try:
        nothing_left = all(g.id in run.finished for g in run.setup.goldens) and \
            not _sample_size(run.config, run.setup.rpolicy) and not run.config.fuzz and \
            not negative_enabled(run.config, run.setup.rpolicy)          # the stages run again on resume
        run.candidate, run.meta, run.start_error = _start(run.config, run.saved, nothing_left)
    except BaseException:
        if run.sink is not None:
            run.sink.close()
        raise
    run.start_seconds = time.perf_counter() - t0
    if run.saved is None:
        try:
            apply_scope(run.config, run.setup, list(run.meta.ydelser), run.start_error is None)
        except ScopeError:
            _close(run)
            raise
    seconds, _ = run.deadline()
    run.t_end = time.monotonic() + seconds if seconds else None
    if run.candidate is not None:
        run.candidate.deadline = run.t_end


def prepare_run_dir(run: _Run) -> None:
    """The run's id and folder; a new run gets results.jsonl (locked) and run.json before its first case."""
    config = run.config
    run.run_id = config.run_id or make_run_id(run.meta, run.started)
    if run.saved is not None:
        run.run_dir = Path(config.out or ".") / run.run_id
        resume.note_resume(run.run_dir, run.saved, len(run.finished))
        return
    if config.out is None:
        return
    try:
        run.run_dir, run.run_id = _claim_run_dir(Path(config.out), run.run_id, automatic=not config.run_id)
    except ConfigError:
        _close(run)
        raise
    run.sink = resume.open_results_lines(run.run_dir / "results.jsonl", "x", run.run_id)
    resume.write_run_file(run.run_dir, config, run.run_id, run.started, run.setup.today, run.meta.to_dict(),
                          run.start_error)


def run_cases(run: _Run, progress: Callable[[int, int], None] | None) -> None:
    """Every selected golden: kept from before (resumed), skipped or errored without asking the candidate, or
    sent to the candidate in batches of its preferred size; each record written the moment it is known."""
    goldens, cpolicy, meta = run.setup.goldens, run.setup.cpolicy, run.meta

    def finish(golden: Golden, result: Result) -> None:
        tc = time.perf_counter()
        record = case_record(golden, result, cpolicy)
        run.compare_seconds += time.perf_counter() - tc
        run.write(record)
        if progress:
            progress(len(run.records), len(goldens))

    pending: list[Golden] = []
    for g in goldens:
        if g.id in run.finished:            # resumed: finished before, kept as recorded
            run.records.append(run.finished[g.id])
        elif run.start_error:
            finish(g, Result.errored(f"the candidate did not start: {run.start_error}"))
        elif (why := _outside_law_dates(g, meta, cpolicy)):
            finish(g, Result.skipped(why))
        else:
            pending.append(g)
    if run.candidate is None:
        return
    size = max(1, run.config.batch_size or getattr(run.candidate, "batch_size", 1) or 1)
    stopped = None
    for i in range(0, len(pending), size):
        batch = pending[i:i + size]
        stopped = stopped or run.stop_reason()
        if stopped:
            for g in batch:
                run.write(not_run_record(g, stopped, cpolicy))
                if progress:
                    progress(len(run.records), len(goldens))
            continue
        tr = time.perf_counter()
        results = run.ask(run.candidate, [g.case for g in batch])
        run.candidate_seconds += time.perf_counter() - tr
        for g, r in zip(batch, results):
            finish(g, r)


def fuzz_stage(run: _Run) -> None:
    """With --fuzz, the started candidate is fuzzed too; each counterexample is a record of its own."""
    config = run.config
    if not config.fuzz or run.start_error or run.candidate is None or run.stop_reason():
        return
    from harness.fuzz.profiles import STAGE_BUDGET_SECONDS
    from harness.fuzz.stage import run_stage
    judged = [b.ydelse for b in run.setup.scope.in_scope] if run.setup.scope is not None else None
    budget = STAGE_BUDGET_SECONDS.get(config.fuzz)
    records, reports = run_stage(run.candidate, run.meta, run.setup.cpolicy, config.fuzz, config.fuzz_examples, judged,
                                 budget, run.setup.rpolicy.sags_id_format)
    run.fuzz = FuzzStage(profile=config.fuzz, examples_per_round=max((r.examples_per_round for r in reports), default=0),
                         budget_seconds=budget,
                         ydelser=[FuzzBenefit(ydelse=r.ydelse, rounds=r.rounds, examples=r.examples, skipped=r.skipped,
                                              counterexamples=len(r.counterexamples), budget_exhausted=r.budget_exhausted,
                                              seconds=round(r.seconds, 3)) for r in reports])
    for record in records:
        run.write(record, flush=False)


def _sample_size(config: RunConfig, policy: RolloutPolicy) -> int:
    return policy.sample_cases_per_benefit if config.sample_cases is None else max(0, config.sample_cases)


def _sample_off(run: _Run, size: int) -> str | None:
    """Why the run has no sample stage, or None."""
    if not size:
        return "slået fra i udrulningspolitikken (sample_cases_per_benefit: 0)"
    if run.start_error or run.candidate is None:
        return "ikke kørt: kandidaten startede ikke"
    if getattr(run.candidate, "replays_only", False):
        return ("ikke kørt: kandidaten er en optagelse (file:), som ikke kan beregne nye sager; en politik med "
                "sample_cases_per_benefit: 0 bedømmer optagelsen alene")
    if (why := run.stop_reason()):
        return f"ikke kørt: {why}"
    return None


def _judged(run: _Run) -> list[str]:
    return [b.ydelse for b in run.setup.scope.in_scope] if run.setup.scope is not None else list(run.meta.ydelser)


def fresh_stages(run: _Run) -> list[CaseRecord]:
    """The sample, with the negative stage's invalid cases in one shuffled stream when both run (a candidate that
    computes; harness/fresh.py), before anything public is sent: a stateful candidate that recognises one public
    scenario could otherwise remember it and answer by the law from then on, and never in production, where no
    golden case arrives (red team r15 F2). The records are returned, not written: results.jsonl keeps the
    scenarios first and a resumed run draws the stage again (see `held_stages`), after the scenarios its
    interrupted part sent, which the stage records (`after_public`: not a GO). Without a sample the negative stage
    runs after the scenarios, as before."""
    size = _sample_size(run.config, run.setup.rpolicy)
    off = _sample_off(run, size)
    negative = negative_enabled(run.config, run.setup.rpolicy)
    run.negative = NegativeStage(enabled=negative)
    if off is not None:
        run.sample = sample.disabled(off)
        return []
    assert run.candidate is not None and run.config.sample_seed is not None
    batch = max(1, run.config.batch_size or getattr(run.candidate, "batch_size", 1) or 1)
    if not negative:
        records, run.sample = sample.run_stage(run.candidate, run.meta, run.setup.cpolicy, _judged(run), size,
                                               run.config.sample_seed, case_record, run.ask, batch, run.stop_reason,
                                               run.setup.rpolicy.sags_id_format, run.setup.goldens,
                                               run.setup.rpolicy.sample_neighbours_per_benefit,
                                               run.setup.rpolicy.sample_faults)
    else:
        from harness import fresh
        from harness.negative.stage import NegativeConfig
        found, run.sample, invalid, report = fresh.run_stage(
            run.candidate, run.meta, run.setup.cpolicy, _judged(run), size, run.config.sample_seed,
            run.setup.goldens, NegativeConfig(ydelser=_judged(run)), case_record, run.ask, batch, run.stop_reason,
            run.setup.rpolicy.sags_id_format, run.setup.rpolicy.sample_neighbours_per_benefit,
            run.setup.rpolicy.sample_faults)
        run.negative = report.stage()
        records = found + invalid
    if run.config.sample_seed_given:
        run.sample = run.sample.model_copy(update={"seed_given": True})
    if (shown := sum(r.status != "skipped" for r in run.finished.values())):   # a resumed run: scenarios went first
        run.sample = run.sample.model_copy(update={"after_public": shown})
    run.failed += sum(r.status in ("errored", "deviation") for r in records)     # --maxfail counts them at once
    return records


def held_stages(run: _Run, held: list[CaseRecord]) -> None:
    """After the scenarios and the fuzz stage: the negative stage on its own when the run had no sample, and the
    sample stage's records written (counted for --maxfail when they were judged)."""
    if run.sample is not None and not run.sample.enabled:
        negative_stage(run)
    for record in held:
        run.write(record, flush=False, counted=True)


def negative_enabled(config: RunConfig, rpolicy: RolloutPolicy) -> bool:
    return config.negative if config.negative is not None else rpolicy.negative_stage


def negative_stage(run: _Run) -> None:
    """Invalid cases made from the goldens' cases, on their own (a run without a sample: a recording, or a policy
    without one), which the candidate must refuse; each kind and field it decides is a record of its own
    (harness/negative). Only the benefits in the run's scope. On when the rollout policy says so, unless
    --(no-)negative."""
    if not run.negative or not run.negative.enabled or run.start_error or run.candidate is None or run.stop_reason():
        return
    from harness.negative.stage import NegativeConfig
    from harness.negative.stage import run_stage as run_negative
    seeds: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for g in run.setup.goldens:
        seeds.setdefault(g.ydelse, []).append((g.id, g.case))
    judged = [b.ydelse for b in run.setup.scope.in_scope] if run.setup.scope is not None else None
    records, report = run_negative(run.candidate, run.meta, run.setup.cpolicy, seeds, NegativeConfig(ydelser=judged),
                                   id_format=run.setup.rpolicy.sags_id_format)
    run.negative = report.stage()
    for record in records:
        run.write(record, flush=False)


def build_results(run: _Run) -> RunResults:
    """results.json: what ran against what, under which policy, the gate's decision and every case record with the
    gate's waiver marks; the records in suite order, fuzz and negative findings last."""
    config, setup = run.config, run.setup
    order = {g.id: i for i, g in enumerate(setup.goldens)}
    records = sorted(run.records, key=lambda r: order.get(r.id, len(order)))
    from harness.report import baseline as base
    from harness.report.defects import group
    from harness.report.money import figures
    compare = {"path": str(config.compare_policy), "sha256": setup.cpolicy.sha256}
    strength = StrengthEvidence.model_validate(strength_evidence(Path(config.golden_dir),
                                                                 sorted({g.ydelse for g in setup.goldens}),
                                                                 setup.golden_set, Path(config.approvers)))
    gate = evaluate(records, setup.rpolicy, setup.waivers, run.meta.system, run.meta.version, setup.today,
                    baseline_a=base.severity_a_ids(setup.baseline) if setup.baseline is not None else None,
                    sample=run.sample, negative=run.negative, golden_serial=setup.golden_set.serial_check,
                    compare_sha256=compare["sha256"], contract_sha256=setup.contract_sha256, strength=dump(strength),
                    left_out=setup.left_out, narrowed=narrowed(setup.scope))
    cases = [marked(r, gate.marks) for r in records]
    as_json = [dump(c) for c in cases]
    statuses = Counter(r.status for r in records)
    import harness.reference as reference
    stages: dict[str, Any] = {"fuzz": run.fuzz} if run.fuzz is not None else {}   # optional: absent when not run
    return RunResults(
        results_version=RESULTS_VERSION, run_id=run.run_id,
        started=run.started.isoformat(timespec="seconds"),
        finished=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        tool=ToolInfo(name="ydelsestjek", version=_tool_version()),
        candidate=CandidateInfo(spec=config.candidate, metadata=CandidateMetadata.model_validate(run.meta.to_dict()),
                                start_error=run.start_error),
        golden=golden_selection(config, setup.golden_set, len(setup.goldens), setup.left_out),
        reference=ReferenceInfo(version=getattr(reference, "VERSION", None), parametre_sha256=parameter_hashes()),
        styrke=strength,
        policy=PolicyInfo(
            rollout=RolloutPolicyInfo(**_file_info(config.policy), name=policy_name(setup.rpolicy, config.policy),
                                      content=setup.rpolicy.model_dump(mode="json", exclude_unset=True),
                                      weaker=weaker_than_shipped(setup.rpolicy)),
            compare=FileHash(**compare),
            waivers=WaiversInfo(**_file_info(config.waivers), entries=setup.waivers),
            severity_meaning=setup.cpolicy.severity_meaning, contract_sha256=setup.contract_sha256),
        timings=Timings(total_seconds=round(time.perf_counter() - run.t_start, 3), start_seconds=round(run.start_seconds, 3),
                        candidate_seconds=round(run.candidate_seconds, 3), compare_seconds=round(run.compare_seconds, 3),
                        negative_seconds=round(run.negative.seconds, 3) if run.negative else 0.0),
        negative=run.negative,
        **stages,
        summary=Summary(cases=len(records), passed=statuses["pass"], deviation=statuses["deviation"],
                        skipped=statuses["skipped"], errored=statuses["errored"],
                        deviations=sum(len(r.deviations) for r in records)),
        gate=gate.decision,
        scope=setup.scope,
        warnings=unmatched(setup.waivers, setup.every_id),
        defects=group(as_json, setup.cpolicy.class_hjemmel()),
        money=figures(as_json),
        cases=cases,
        limits=RunLimits(timeout_seconds=config.timeout, deadline_seconds=run.deadline()[0], maxfail=config.maxfail,
                         silent_cases=setup.rpolicy.run_bounds.silent_cases,
                         not_run=sum(1 for r in records if r.ikke_koert)),
        sample=run.sample,
        tidligere_koersler=_earlier_runs(run),
    )


def _earlier_runs(run: _Run) -> EarlierRuns | None:
    """The runs of this system and version this user made before (harness/run_history.py), or None without any, or
    for a run that writes no pack (an in-process caller's: it is not one of the series either)."""
    from harness import run_history
    if run.run_dir is None:
        return None
    runs = run_history.earlier(run.meta.system, run.meta.version)
    if not runs:
        return None
    valid = [EarlierRun.model_validate(r) for r in runs if r.get("verdict") in ("GO", "NO-GO")
             and isinstance(r.get("run_id"), str) and isinstance(r.get("started"), str)]
    if not valid:
        return None
    return EarlierRuns(runs=len(valid), go=sum(r.verdict == "GO" for r in valid),
                       no_go=sum(r.verdict == "NO-GO" for r in valid), newest=valid[::-1][:5])


def execute(config: RunConfig, progress: Callable[[int, int], None] | None = None,
            verified: GoldenSet | None = None) -> RunOutcome:
    """Run the whole suite. Raises GoldenIntegrityError, ConfigError or CandidateError before any case runs.

    `verified` is for in-process callers that run many candidates against one golden set they verified with
    `verified_goldens(config)` first (the strength engine verifies once in its parent, then forks a process per
    mutant). The CLI never passes it: every run from outside verifies every signature itself."""
    started, t_start = dt.datetime.now(dt.UTC), time.perf_counter()
    run = open_run(config, load_configuration(config, verified), started, t_start)
    start_candidate(run)
    prepare_run_dir(run)
    try:
        held = fresh_stages(run)        # before anything public (red team r15 F2)
        run_cases(run, progress)
        fuzz_stage(run)
        held_stages(run, held)
    except KeyboardInterrupt:
        raise RunInterrupted(run.run_id, run.run_dir, len(run.records), len(run.setup.goldens)) from None
    finally:
        _close(run)
    results = redact.redact_record(dump(build_results(run)))
    assert isinstance(results, dict)
    if run.setup.baseline is not None:
        from harness.report.baseline import compare, trend
        results["baseline"] = dump(compare(run.setup.baseline, results))
        results["trend"] = [dump(p) for p in trend(run.setup.baseline, results)]
    if run.run_dir is not None:
        from harness.report import write_evidence
        write_evidence(results, run.run_dir)
        if verified is None:    # a run from outside, not one of the strength engine's many mutants
            from harness import run_history
            run_history.add(run.meta.system, run.meta.version, run.run_id, results["gate"]["verdict"],
                            results["started"])
    return RunOutcome(results, run.run_dir)


def _claim_run_dir(out: Path, run_id: str, automatic: bool) -> tuple[Path, str]:
    """Create the run's folder, exclusively: a second run with the same --run-id is refused (mkdir is atomic,
    so two runs started at the same moment cannot both have it). Automatic ids get a suffix instead."""
    out.mkdir(parents=True, exist_ok=True)
    base, n = run_id, 1
    while True:
        run_dir = out / run_id
        try:
            run_dir.mkdir()
        except FileExistsError:
            if not automatic:
                raise ConfigError(run_dir, ["a run with this --run-id already exists here; choose another id "
                                            "(results are never overwritten)"]) from None
            n += 1
            run_id = f"{base}-{n}"
            continue
        (run_dir / "deviations").mkdir()
        return run_dir, run_id


def _close(run: _Run) -> None:
    """Stop the candidate (whatever it does) and release results.jsonl."""
    try:
        if run.candidate is not None:
            run.candidate.stop()
    except Exception:
        pass
    if run.sink is not None:
        run.sink.close()


def _start(config: RunConfig, saved: RunFile | None, nothing_left: bool) -> tuple[Candidate | None, Metadata, str | None]:
    """Open and start the candidate: (candidate, metadata, start error). A fresh run whose candidate cannot start
    still runs (its cases fail); a resumed run stops instead (CandidateError), so it stays resumable, and it
    needs no candidate at all when nothing is left to run."""
    if saved is not None and nothing_left:
        return None, Metadata.from_dict(dump(saved.candidate.metadata), "run.json"), saved.candidate.start_error
    candidate = open_candidate(config.candidate, timeout=config.timeout)
    try:
        meta = candidate.start()
    except Exception as exc:
        if saved is not None:
            candidate.stop()
            raise CandidateError(f"did not start, nothing was run; resume again when it is reachable: {exc}") from None
        from harness.report.paths import scrub
        # the spec stands in for the system's name (and the run id): the machine's absolute paths shortened, as the
        # pack shows every path (red team round 11 F5: `cmd:/home/…/python /srv/…` was the run folder's name)
        message = scrub(str(exc) if isinstance(exc, CandidateError) else f"{type(exc).__name__}: {exc}")
        return candidate, Metadata(system=scrub(config.candidate), version="ukendt", ydelser=[]), message
    if saved is not None:
        try:
            resume.check_same_candidate(Path(config.out or ".") / (config.run_id or ""), saved, meta.to_dict())
        except ConfigError:
            candidate.stop()
            raise
    return candidate, meta, None


def _prepare_resume(config: RunConfig, goldens: list[Golden]) -> tuple[RunFile, dict[str, CaseRecord], resume.SealedLines]:
    """(saved run.json, finished records of the goldens still selected, results.jsonl locked for appending);
    ConfigError if the run cannot be resumed."""
    if config.out is None or not config.run_id:
        raise ConfigError("--resume", ["a resumed run needs the run id and the folder it was written to"])
    run_dir = Path(config.out) / config.run_id
    if os.path.lexists(run_dir / "results.json"):
        # a finished run's pack is complete (and perhaps signed): resuming it would run its stages again and rewrite
        # the pack under its signature (red team round 13)
        raise ConfigError(run_dir / "results.json", ["cannot resume: this run is finished (its results.json is "
                                                     "written); nothing was run. Render its pack again with "
                                                     "`ydelsestjek report`, or start a new run"])
    saved = resume.check_unchanged(run_dir, config)
    sink = resume.open_results_lines(run_dir / "results.jsonl", "a", config.run_id)
    try:
        wanted = {g.id for g in goldens}
        finished = {gid: rec for gid, rec in resume.read_finished(sink).items() if gid in wanted}
    except BaseException:
        sink.close()
        raise
    return saved, finished, sink


def _tool_version() -> str:
    try:
        from importlib.metadata import version
        return version("ydelsestjek")
    except Exception:
        return "0+unknown"
