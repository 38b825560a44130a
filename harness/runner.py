"""One rollout-approval run: goldens -> candidate -> comparison -> gate -> evidence.

Every case ends as one record appended to `<run dir>/results.jsonl` the moment it is known (one JSON line per
finished case, keyed by the golden id, so a later `--resume` can skip finished ids); nothing a candidate does
— crash, hang, garbage — stops the run. Configuration problems (bad spec, policy, waivers, tampered goldens)
raise before any case runs, so the CLI can exit with code 2.

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

from harness import resume
from harness.adapters_api import Candidate, CandidateError, Metadata, Result, open_candidate
from harness.compare import ComparePolicy, compare_decisions, load_policy
from harness.compare.policy import DEFAULT_POLICY
from harness.config_files import ConfigError
from harness.gate import evaluate, load_rollout_policy, load_waivers
from harness.gate.policy import DEFAULT_ROLLOUT_POLICY
from harness.gate.waivers import DEFAULT_WAIVERS
from harness.golden.store import GOLDEN_DIR, Golden, load_goldens, manifest_sha256
from harness.golden.strength import evidence as strength_evidence

RESULTS_VERSION = "1.0"
REPO = Path(__file__).resolve().parents[1]
STATUSES = ("pass", "deviation", "skipped", "errored")


@dataclass
class RunConfig:
    candidate: str
    golden_dir: Path = GOLDEN_DIR
    ydelse: str | None = None
    policy: Path = DEFAULT_ROLLOUT_POLICY
    waivers: Path | None = DEFAULT_WAIVERS
    compare_policy: Path = DEFAULT_POLICY
    out: Path | None = Path("reports")      # relative to the working folder; None: in memory only (pytest plugin)
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
    results: dict
    run_dir: Path | None

    @property
    def go(self) -> bool:
        return self.results["gate"]["verdict"] == "GO"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parameter_hashes() -> dict:
    """sha256 of every parameter file of the reference (`<ydelse>/parametre/<file>`), and the one fingerprint over all
    of them that goldens record at approval (harness.reference.parameter_fingerprint)."""
    from harness.reference import parameter_files, parameter_fingerprint
    files = {rel: hashlib.sha256(path.read_bytes()).hexdigest() for rel, path in parameter_files().items()}
    return {"files": files, "combined": parameter_fingerprint() if files else None}


def _file_info(path: Path | None) -> dict | None:
    if path is None:
        return None
    path = Path(path)
    data = path.read_bytes() if path.exists() else b""
    return {"path": str(path), "sha256": hashlib.sha256(data).hexdigest()}


def make_run_id(meta: Metadata | None, now: dt.datetime) -> str:
    who = f"{meta.system}-{meta.version}" if meta else "ukendt"
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", who)[:60]


def case_record(golden: Golden, result: Result, cpolicy: ComparePolicy) -> dict:
    """The record of one finished case: its status and its deviations (failure class, severity, diff, §)."""
    rec = {"id": golden.id, "ydelse": golden.ydelse, "titel": golden.titel, "omraade": golden.omraade,
           "hjemmel": list(golden.hjemmel), "alvor": golden.alvor, "obligatorisk": golden.obligatorisk,
           "tags": list(golden.tags), "sags_id": golden.case.get("sags_id") if isinstance(golden.case, dict) else None,
           "status": "pass", "reason": "", "seconds": round(result.seconds, 6), "deviations": []}

    def deviation(klasse: str, besked: str, felter: list, forklaring: list) -> dict:
        return {"id": f"{golden.id}/{klasse}", "scenario": golden.id, "klasse": klasse,
                "klasse_tekst": cpolicy.label(klasse), "alvor": cpolicy.severity(klasse, golden.alvor),
                "scenario_alvor": golden.alvor, "hjemmel": list(golden.hjemmel), "omraade": golden.omraade,
                "titel": golden.titel, "besked": besked, "felter": felter, "forklaring": forklaring}

    if result.kind == "skipped":
        rec.update(status="skipped", reason=result.reason)
    elif result.kind == "errored":
        rec.update(status="errored", reason=result.reason)
        rec["deviations"].append(deviation("fejl_timeout", result.reason, [], []))
    else:
        try:
            findings = compare_decisions(cpolicy, golden.ydelse, golden.decision, result.decision)
        except Exception as exc:
            from harness.compare import Finding
            findings = [Finding("ugyldigt_svar", [], [], f"svaret kunne ikke sammenlignes: {type(exc).__name__}: {exc}")]
        if findings:
            rec["status"] = "deviation"
            rec["deviations"] = [deviation(f.klasse, f.message, f.changes, f.explanation) for f in findings]
            rec["answer"] = _json_safe(result.decision)
    return rec


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


def _safe_run(candidate: Candidate, cases: list[dict]) -> list[Result]:
    """candidate.run, but an adapter bug or a wrong number of answers becomes errored results."""
    try:
        results = candidate.run(cases)
    except Exception as exc:
        return [Result.errored(f"adapter failed: {type(exc).__name__}: {exc}") for _ in cases]
    if not isinstance(results, list) or len(results) != len(cases):
        got = len(results) if isinstance(results, list) else repr(results)[:200]
        return [Result.errored(f"adapter returned {got} results for {len(cases)} cases") for _ in cases]
    return [r if isinstance(r, Result) else Result.errored(f"adapter returned {repr(r)[:200]}") for r in results]


def execute(config: RunConfig, progress: Callable[[int, int], None] | None = None) -> RunOutcome:
    """Run the whole suite. Raises GoldenIntegrityError, ConfigError or CandidateError before any case runs."""
    started_wall, t_start = dt.datetime.now(dt.UTC), time.perf_counter()
    goldens = _select(load_goldens(config.golden_dir, ydelse=config.ydelse), config.only)
    if config.only and not goldens:
        raise ConfigError("--only", [f"no golden in {config.golden_dir} matches {', '.join(config.only)}"])
    cpolicy = load_policy(config.compare_policy)
    rpolicy = load_rollout_policy(config.policy)
    waivers = load_waivers(config.waivers, list(cpolicy.failure_classes)) if config.waivers else []
    today = config.today or dt.date.today()
    saved, finished, sink = None, {}, None
    if config.resume:
        saved, finished, sink = _prepare_resume(config, goldens)
        started_wall, today = dt.datetime.fromisoformat(saved["started"]), dt.date.fromisoformat(saved["today"])
    elif config.out is not None and config.run_id and (Path(config.out) / config.run_id / "results.jsonl").exists():
        raise ConfigError(Path(config.out) / config.run_id,
                          ["a run with this --run-id already exists here; choose another id (results are never overwritten)"])

    t0 = time.perf_counter()
    try:
        candidate, meta, start_error = _start(config, saved, all(g.id in finished for g in goldens))
    except BaseException:
        if sink is not None:
            sink.close()
        raise
    start_seconds = time.perf_counter() - t0

    run_id = config.run_id or make_run_id(meta, started_wall)
    run_dir = None
    if saved is not None:
        run_dir = Path(config.out) / run_id
        resume.note_resume(run_dir, saved, len(finished))
    elif config.out is not None:
        run_dir = Path(config.out) / run_id
        n = 1
        while (run_dir / "results.jsonl").exists():  # two automatic ids in the same second
            n += 1
            run_id = f"{config.run_id or make_run_id(meta, started_wall)}-{n}"
            run_dir = Path(config.out) / run_id
        (run_dir / "deviations").mkdir(parents=True, exist_ok=True)
        sink = resume.open_results_lines(run_dir / "results.jsonl", "x")
        resume.write_run_file(run_dir, config, run_id, started_wall, today, meta.to_dict(), start_error)

    records: list[dict] = []
    candidate_seconds = compare_seconds = 0.0

    def finish(golden: Golden, result: Result) -> None:
        nonlocal compare_seconds
        tc = time.perf_counter()
        rec = case_record(golden, result, cpolicy)
        compare_seconds += time.perf_counter() - tc
        records.append(rec)
        if sink is not None:
            sink.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
            sink.flush()
        if progress:
            progress(len(records), len(goldens))

    try:
        pending: list[Golden] = []
        for g in goldens:
            if g.id in finished:            # resumed: finished before, kept as recorded
                records.append(finished[g.id])
            elif start_error:
                finish(g, Result.errored(f"the candidate did not start: {start_error}"))
            elif g.ydelse not in meta.ydelser:
                finish(g, Result.skipped(f"kandidaten understøtter ikke ydelsen {g.ydelse} "
                                         f"(understøtter: {', '.join(meta.ydelser) or 'ingen'})"))
            elif (why := _outside_law_dates(g, meta, cpolicy)):
                finish(g, Result.skipped(why))
            else:
                pending.append(g)
        size = max(1, config.batch_size or getattr(candidate, "batch_size", 1) or 1)
        for i in range(0, len(pending), size):
            batch = pending[i:i + size]
            tr = time.perf_counter()
            results = _safe_run(candidate, [g.case for g in batch])
            candidate_seconds += time.perf_counter() - tr
            for g, r in zip(batch, results):
                finish(g, r)
        if config.fuzz and not start_error:  # the fuzz stage: counterexamples are records of their own
            from harness.fuzz.profiles import STAGE_BUDGET_SECONDS
            from harness.fuzz.stage import run_stage
            fuzz_records, _ = run_stage(candidate, meta, cpolicy, config.fuzz, config.fuzz_examples,
                                        [config.ydelse] if config.ydelse else None, STAGE_BUDGET_SECONDS.get(config.fuzz))
            for rec in fuzz_records:
                records.append(rec)
                if sink is not None:
                    sink.write(json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    except KeyboardInterrupt:
        raise RunInterrupted(run_id, run_dir, len(records), len(goldens)) from None
    finally:
        try:
            if candidate is not None:
                candidate.stop()
        except Exception:
            pass
        if sink is not None:
            sink.close()

    order = {g.id: i for i, g in enumerate(goldens)}
    records.sort(key=lambda r: order.get(r["id"], len(order)))  # scenarios in suite order, fuzz findings last
    gate = evaluate(records, rpolicy, waivers, meta.system, meta.version, today)
    finished_wall = dt.datetime.now(dt.UTC)

    import harness.reference as reference
    status_counts = Counter(r["status"] for r in records)
    results = {
        "results_version": RESULTS_VERSION,
        "run_id": run_id,
        "started": started_wall.isoformat(timespec="seconds"),
        "finished": finished_wall.isoformat(timespec="seconds"),
        "tool": {"name": "ydelsestjek", "version": _tool_version()},
        "candidate": {"spec": config.candidate, "metadata": meta.to_dict(), "start_error": start_error},
        "golden": {"dir": str(config.golden_dir), "manifest_sha256": manifest_sha256(Path(config.golden_dir)),
                   "count": len(goldens), "ydelse": config.ydelse, "only": config.only},
        "reference": {"version": getattr(reference, "VERSION", None), "parametre_sha256": parameter_hashes()},
        "styrke": strength_evidence(Path(config.golden_dir), sorted({g.ydelse for g in goldens})),
        "policy": {"rollout": {**_file_info(config.policy), "name": rpolicy.name, "content": rpolicy.raw},
                   "compare": _file_info(config.compare_policy),
                   "waivers": {**(_file_info(config.waivers) or {"path": None, "sha256": None}),
                               "entries": [w.to_dict() for w in waivers]}},
        "timings": {"total_seconds": round(time.perf_counter() - t_start, 3), "start_seconds": round(start_seconds, 3),
                    "candidate_seconds": round(candidate_seconds, 3), "compare_seconds": round(compare_seconds, 3)},
        "summary": {"cases": len(records), **{s: status_counts.get(s, 0) for s in STATUSES},
                    "deviations": sum(len(r["deviations"]) for r in records)},
        "gate": gate.to_dict(),
        "cases": records,
    }
    if run_dir is not None:
        from harness.report import write_evidence
        write_evidence(results, run_dir)
    return RunOutcome(results, run_dir)


def _start(config: RunConfig, saved: dict | None, nothing_left: bool) -> tuple[Candidate | None, Metadata, str | None]:
    """Open and start the candidate: (candidate, metadata, start error). A fresh run whose candidate cannot start
    still runs (its cases fail); a resumed run stops instead (CandidateError), so it stays resumable, and it
    needs no candidate at all when nothing is left to run."""
    if saved is not None and nothing_left:
        return None, Metadata.from_dict(saved["candidate"]["metadata"], "run.json"), saved["candidate"]["start_error"]
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
            resume.check_same_candidate(Path(config.out) / config.run_id, saved, meta.to_dict())
        except ConfigError:
            candidate.stop()
            raise
    return candidate, meta, None


def _prepare_resume(config: RunConfig, goldens: list[Golden]):
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
