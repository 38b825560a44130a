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
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

from harness import resume
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, open_candidate
from harness.compare import ComparePolicy, compare_decisions, load_policy
from harness.compare.policy import DEFAULT_POLICY
from harness.config_files import ConfigError
from harness.contract.config import RolloutPolicy, Waiver
from harness.contract.messages import CandidateMetadata
from harness.contract.records import (
    STATUSES,
    CandidateInfo,
    CaseRecord,
    Deviation,
    FileHash,
    Finding,
    GoldenSelection,
    ParameterHashes,
    PolicyInfo,
    ReferenceInfo,
    RolloutPolicyInfo,
    RunFile,
    RunResults,
    Status,
    StrengthEvidence,
    Summary,
    Timings,
    ToolInfo,
    WaiversInfo,
    dump,
    marked,
)
from harness.gate import evaluate, load_rollout_policy, load_waivers
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY, policy_name
from harness.gate.waivers import DEFAULT_WAIVERS
from harness.golden.signing import DEFAULT_APPROVERS
from harness.golden.store import GOLDEN_DIR, Golden, GoldenSet
from harness.golden.strength import evidence as strength_evidence

RESULTS_VERSION: Final = "1.0"
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = Path("reports")
__all__ = ["DEFAULT_OUT", "STATUSES", "RunConfig", "RunInterrupted", "RunOutcome", "case_record", "execute"]


@dataclass
class RunConfig:
    candidate: str
    golden_dir: Path = GOLDEN_DIR
    approvers: Path = DEFAULT_APPROVERS      # the trusted golden approvers (harness/golden/signing.py)
    scenario_dir: Path | None = None         # check goldens against these scenarios; None: scenarios/ for the
                                             # bundled golden/, no scenario check for another --golden-dir
    ydelse: str | None = None
    policy: Path = DEFAULT_ROLLOUT_POLICY
    waivers: Path | None = DEFAULT_WAIVERS
    compare_policy: Path = DEFAULT_POLICY
    out: Path | None = DEFAULT_OUT          # relative to the working folder; None: in memory only (pytest plugin)
    run_id: str | None = None
    timeout: float | None = None
    batch_size: int | None = None            # None: what the candidate prefers (Candidate.batch_size)
    today: dt.date | None = None
    only: list[str] = field(default_factory=list)   # golden ids or glob patterns; empty = all
    resume: bool = False                     # continue the run `run_id` in `out` (see harness/resume.py)
    fuzz: str | None = None                  # a Hypothesis profile (ci | dev | deep): run the fuzz stage too
    fuzz_examples: int | None = None         # examples per fuzz search round (None: the profile's)


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


def _deviation(golden: Golden, finding: Finding, cpolicy: ComparePolicy) -> Deviation:
    return Deviation(id=f"{golden.id}/{finding.klasse}", scenario=golden.id, klasse=finding.klasse,
                     klasse_tekst=cpolicy.label(finding.klasse), alvor=cpolicy.severity(finding.klasse, golden.alvor),
                     scenario_alvor=golden.alvor, hjemmel=list(golden.hjemmel), omraade=golden.omraade,
                     titel=golden.titel, besked=finding.message, felter=finding.changes, forklaring=finding.explanation)


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
        timeout = _deviation(golden, Finding(klasse="fejl_timeout", message=result.reason), cpolicy)
        return _record(golden, result, "errored", result.reason, [timeout])
    findings = _findings(golden, result.decision, cpolicy)
    if not findings:
        return _record(golden, result, "pass", "", [])
    record = _record(golden, result, "deviation", "", [_deviation(golden, f, cpolicy) for f in findings])
    return record.model_copy(update={"answer": _json_safe(result.decision)})


def _json_safe(answer: object) -> object:
    """The answer as plain JSON (an in-process candidate may hand back Decimals, dates or worse)."""
    try:
        return json.loads(json.dumps(answer, default=lambda o: f"<{type(o).__name__}: {o!s:.200}>"))
    except (TypeError, ValueError, RecursionError) as exc:
        return f"<not JSON-serialisable: {type(exc).__name__}: {exc}>"


def _select(goldens: list[Golden], only: list[str]) -> list[Golden]:
    if not only:
        return goldens
    from fnmatch import fnmatchcase
    return [g for g in goldens if any(fnmatchcase(g.id, p) for p in only)]


def _outside_law_dates(golden: Golden, meta: Metadata, cpolicy: ComparePolicy) -> str | None:
    field_path = cpolicy.rules(golden.ydelse).law_date
    if not field_path or not meta.lovdatoer:
        return None
    value: object = golden.case
    for key in field_path:
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, str) and meta.outside_law_dates(value):
        return (f"uden for kandidatens lovdatoer ({meta.lovdatoer.get('fra') or '…'} – {meta.lovdatoer.get('til') or '…'}): "
                f"{'.'.join(field_path)} er {value}")
    return None


def _safe_run(candidate: Candidate, cases: list[dict[str, Any]]) -> list[Result]:
    """candidate.run, but an adapter bug or a wrong number of answers becomes errored results."""
    try:
        results = candidate.run(cases)
    except Exception as exc:
        return [Result.errored(f"adapter failed: {type(exc).__name__}: {exc}") for _ in cases]
    if not isinstance(results, list) or len(results) != len(cases):
        got = len(results) if isinstance(results, list) else repr(results)[:200]
        return [Result.errored(f"adapter returned {got} results for {len(cases)} cases") for _ in cases]
    return [r if isinstance(r, Result) else Result.errored(f"adapter returned {repr(r)[:200]}") for r in results]


# --- one run, step by step ---------------------------------------------------------------------------------------

@dataclass
class _Configuration:
    """What decides the run's results, read and checked before anything runs."""
    goldens: list[Golden]
    cpolicy: ComparePolicy
    rpolicy: RolloutPolicy
    waivers: list[Waiver]
    today: dt.date
    golden_set: GoldenSet


@dataclass
class _Run:
    """A run in progress: where it writes, the candidate, and the records so far."""
    config: RunConfig
    setup: _Configuration
    started: dt.datetime
    t_start: float
    saved: RunFile | None = None                                  # the run.json of a resumed run
    finished: dict[str, CaseRecord] = field(default_factory=dict)  # a resumed run's cases finished before
    sink: IO[str] | None = None                                   # results.jsonl, locked while the run writes
    candidate: Candidate | None = None
    meta: Metadata = field(default_factory=lambda: Metadata(system="ukendt", version="ukendt"))
    start_error: str | None = None
    start_seconds: float = 0.0
    run_id: str = ""
    run_dir: Path | None = None
    records: list[CaseRecord] = field(default_factory=list)
    candidate_seconds: float = 0.0
    compare_seconds: float = 0.0

    def write(self, record: CaseRecord, flush: bool = True) -> None:
        """One finished case: kept, and appended to results.jsonl at once."""
        self.records.append(record)
        if self.sink is not None:
            self.sink.write(json.dumps(dump(record), ensure_ascii=False, sort_keys=True) + "\n")
            if flush:
                self.sink.flush()


def verified_goldens(config: RunConfig) -> GoldenSet:
    """The full golden check before a run (raises GoldenIntegrityError or ConfigError naming the file)."""
    from harness.authoring.golden import verify_for_run
    return verify_for_run(Path(config.golden_dir), Path(config.approvers), config.scenario_dir)


def golden_selection(config: RunConfig, found: GoldenSet, count: int) -> GoldenSelection:
    """What results.json says about the golden set: which, checked how, signed by whom (key fingerprints)."""
    return GoldenSelection.model_validate({
        "dir": str(config.golden_dir), "manifest_sha256": found.manifest_sha256, "count": count,
        "ydelse": config.ydelse, "only": list(config.only),
        "signaturer": {"godkendere": found.approvers_file, "manifest": found.manifest_signer,
                       "goldens": found.approvers_used()},
        "kontrol": {"signaturer": found.signatures_checked,
                    "scenarier": str(found.scenario_dir) if found.scenario_dir is not None else None}})


def load_configuration(config: RunConfig) -> _Configuration:
    """The goldens (after the full golden check, selected), the policies and the waivers; errors before any case
    runs."""
    found = verified_goldens(config)
    goldens = _select([g for g in found.goldens if config.ydelse is None or g.ydelse == config.ydelse], config.only)
    if config.only and not goldens:
        raise ConfigError("--only", [f"no golden in {config.golden_dir} matches {', '.join(config.only)}"])
    cpolicy = load_policy(config.compare_policy)
    rpolicy = load_rollout_policy(config.policy)
    waivers = load_waivers(config.waivers, list(cpolicy.failure_classes)) if config.waivers else []
    return _Configuration(goldens, cpolicy, rpolicy, waivers, config.today or dt.date.today(), found)


def open_run(config: RunConfig, setup: _Configuration, started: dt.datetime, t_start: float) -> _Run:
    """A new run, or the resumed one with its saved start, waiver date and finished cases."""
    run = _Run(config, setup, started=started, t_start=t_start)
    if config.resume:
        run.saved, run.finished, run.sink = _prepare_resume(config, setup.goldens)
        run.started = dt.datetime.fromisoformat(run.saved.started)
        setup.today = dt.date.fromisoformat(run.saved.today)
    elif config.out is not None and config.run_id and (Path(config.out) / config.run_id / "results.jsonl").exists():
        raise ConfigError(Path(config.out) / config.run_id,
                          ["a run with this --run-id already exists here; choose another id (results are never overwritten)"])
    return run


def start_candidate(run: _Run) -> None:
    """Open and start the candidate (a resumed run with nothing left needs none)."""
    t0 = time.perf_counter()
    try:
        run.candidate, run.meta, run.start_error = _start(run.config, run.saved,
                                                          all(g.id in run.finished for g in run.setup.goldens))
    except BaseException:
        if run.sink is not None:
            run.sink.close()
        raise
    run.start_seconds = time.perf_counter() - t0


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
    run.run_dir = Path(config.out) / run.run_id
    n = 1
    while (run.run_dir / "results.jsonl").exists():  # two automatic ids in the same second
        n += 1
        run.run_id = f"{config.run_id or make_run_id(run.meta, run.started)}-{n}"
        run.run_dir = Path(config.out) / run.run_id
    (run.run_dir / "deviations").mkdir(parents=True, exist_ok=True)
    run.sink = resume.open_results_lines(run.run_dir / "results.jsonl", "x")
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
        elif g.ydelse not in meta.ydelser:
            finish(g, Result.skipped(f"kandidaten understøtter ikke ydelsen {g.ydelse} "
                                     f"(understøtter: {', '.join(meta.ydelser) or 'ingen'})"))
        elif (why := _outside_law_dates(g, meta, cpolicy)):
            finish(g, Result.skipped(why))
        else:
            pending.append(g)
    if run.candidate is None:
        return
    size = max(1, run.config.batch_size or getattr(run.candidate, "batch_size", 1) or 1)
    for i in range(0, len(pending), size):
        batch = pending[i:i + size]
        tr = time.perf_counter()
        results = _safe_run(run.candidate, [g.case for g in batch])
        run.candidate_seconds += time.perf_counter() - tr
        for g, r in zip(batch, results):
            finish(g, r)


def fuzz_stage(run: _Run) -> None:
    """With --fuzz, the started candidate is fuzzed too; each counterexample is a record of its own."""
    config = run.config
    if not config.fuzz or run.start_error or run.candidate is None:
        return
    from harness.fuzz.profiles import STAGE_BUDGET_SECONDS
    from harness.fuzz.stage import run_stage
    records, _ = run_stage(run.candidate, run.meta, run.setup.cpolicy, config.fuzz, config.fuzz_examples,
                           [config.ydelse] if config.ydelse else None, STAGE_BUDGET_SECONDS.get(config.fuzz))
    for record in records:
        run.write(record, flush=False)


def build_results(run: _Run) -> RunResults:
    """results.json: what ran against what, under which policy, the gate's decision and every case record with the
    gate's waiver marks; the records in suite order, fuzz findings last."""
    config, setup = run.config, run.setup
    order = {g.id: i for i, g in enumerate(setup.goldens)}
    records = sorted(run.records, key=lambda r: order.get(r.id, len(order)))
    gate = evaluate(records, setup.rpolicy, setup.waivers, run.meta.system, run.meta.version, setup.today)
    statuses = Counter(r.status for r in records)
    import harness.reference as reference
    return RunResults(
        results_version=RESULTS_VERSION, run_id=run.run_id,
        started=run.started.isoformat(timespec="seconds"),
        finished=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        tool=ToolInfo(name="ydelsestjek", version=_tool_version()),
        candidate=CandidateInfo(spec=config.candidate, metadata=CandidateMetadata.model_validate(run.meta.to_dict()),
                                start_error=run.start_error),
        golden=golden_selection(config, setup.golden_set, len(setup.goldens)),
        reference=ReferenceInfo(version=getattr(reference, "VERSION", None), parametre_sha256=parameter_hashes()),
        styrke=StrengthEvidence.model_validate(strength_evidence(Path(config.golden_dir),
                                                                 sorted({g.ydelse for g in setup.goldens}))),
        policy=PolicyInfo(
            rollout=RolloutPolicyInfo(**_file_info(config.policy), name=policy_name(setup.rpolicy, config.policy),
                                      content=setup.rpolicy.model_dump(mode="json", exclude_unset=True)),
            compare=FileHash(**_file_info(config.compare_policy)),
            waivers=WaiversInfo(**_file_info(config.waivers), entries=setup.waivers)),
        timings=Timings(total_seconds=round(time.perf_counter() - run.t_start, 3), start_seconds=round(run.start_seconds, 3),
                        candidate_seconds=round(run.candidate_seconds, 3), compare_seconds=round(run.compare_seconds, 3)),
        summary=Summary(cases=len(records), passed=statuses["pass"], deviation=statuses["deviation"],
                        skipped=statuses["skipped"], errored=statuses["errored"],
                        deviations=sum(len(r.deviations) for r in records)),
        gate=gate.decision,
        cases=[marked(r, gate.marks) for r in records],
    )


def execute(config: RunConfig, progress: Callable[[int, int], None] | None = None) -> RunOutcome:
    """Run the whole suite. Raises GoldenIntegrityError, ConfigError or CandidateError before any case runs."""
    started, t_start = dt.datetime.now(dt.UTC), time.perf_counter()
    run = open_run(config, load_configuration(config), started, t_start)
    start_candidate(run)
    prepare_run_dir(run)
    try:
        run_cases(run, progress)
        fuzz_stage(run)
    except KeyboardInterrupt:
        raise RunInterrupted(run.run_id, run.run_dir, len(run.records), len(run.setup.goldens)) from None
    finally:
        _close(run)
    results = dump(build_results(run))
    if run.run_dir is not None:
        from harness.report import write_evidence
        write_evidence(results, run.run_dir)
    return RunOutcome(results, run.run_dir)


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
        message = str(exc) if isinstance(exc, CandidateError) else f"{type(exc).__name__}: {exc}"
        return candidate, Metadata(system=config.candidate, version="ukendt", ydelser=[]), message
    if saved is not None:
        try:
            resume.check_same_candidate(Path(config.out or ".") / (config.run_id or ""), saved, meta.to_dict())
        except ConfigError:
            candidate.stop()
            raise
    return candidate, meta, None


def _prepare_resume(config: RunConfig, goldens: list[Golden]) -> tuple[RunFile, dict[str, CaseRecord], IO[str]]:
    """(saved run.json, finished records of the goldens still selected, results.jsonl locked for appending);
    ConfigError if the run cannot be resumed."""
    if config.out is None or not config.run_id:
        raise ConfigError("--resume", ["a resumed run needs the run id and the folder it was written to"])
    run_dir = Path(config.out) / config.run_id
    saved = resume.check_unchanged(run_dir, config)
    sink = resume.open_results_lines(run_dir / "results.jsonl", "a")
    try:
        wanted = {g.id for g in goldens}
        finished = {gid: rec for gid, rec in resume.read_finished(run_dir / "results.jsonl").items() if gid in wanted}
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
