"""What a run needs to be resumed after a kill -9 or Ctrl-C: its saved configuration (`run.json`, written
before the first case) and its finished cases (`results.jsonl`, one line per case).

`--resume RUN_ID` re-runs only the golden ids without a line, so nothing is repeated or duplicated; it refuses
(exit 2) when anything that decides the results has changed since the run began: the golden manifest, the
rollout or comparison policy, the waivers, the selection, or the candidate's reported system and version.
The candidate spec is saved as given; HTTP specs cannot hold secrets (the token lives in an environment
variable), so run.json holds none.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Final

from pydantic import ValidationError

from harness.config_files import ConfigError, load_json
from harness.contract.messages import CandidateMetadata
from harness.contract.records import (
    CandidateInfo,
    CaseRecord,
    FileRef,
    FuzzSettings,
    PolicyFiles,
    Resumed,
    RunFile,
    RunGolden,
    dump,
)
from harness.golden.store import manifest_sha256

RUN_FILE = "run.json"
RUN_FILE_VERSION: Final = "1.0"
RESULTS_LINES = "results.jsonl"


def _sha(path: Path | None) -> str | None:
    if path is None:
        return None
    path = Path(path)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def fingerprint(config: Any) -> tuple[RunGolden, PolicyFiles]:
    """Everything that decides a run's results, with the hashes of the files behind it."""
    def ref(path: Path | None) -> FileRef:
        return FileRef(path=str(path) if path else None, sha256=_sha(path))

    return (RunGolden(dir=str(config.golden_dir), manifest_sha256=manifest_sha256(Path(config.golden_dir)),
                      ydelse=config.ydelse, only=list(config.only), approvers=ref(config.approvers),
                      scenario_dir=str(config.scenario_dir) if config.scenario_dir is not None else None),
            PolicyFiles(rollout=ref(config.policy), compare=ref(config.compare_policy), waivers=ref(config.waivers)))


def write_run_file(run_dir: Path, config: Any, run_id: str, started: dt.datetime, today: dt.date,
                   metadata: dict[str, Any], start_error: str | None) -> None:
    golden, policy = fingerprint(config)
    doc = RunFile(run_file_version=RUN_FILE_VERSION, run_id=run_id, started=started.isoformat(timespec="seconds"),
                  today=today.isoformat(),
                  candidate=CandidateInfo(spec=config.candidate, metadata=CandidateMetadata.model_validate(metadata),
                                          start_error=start_error),
                  timeout=config.timeout, batch_size=config.batch_size,
                  fuzz=FuzzSettings(profile=config.fuzz, examples=config.fuzz_examples), golden=golden, policy=policy,
                  resumes=[])
    _write_atomic(run_dir / RUN_FILE, doc)


def _write_atomic(path: Path, doc: RunFile) -> None:
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(dump(doc), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def load_run_file(run_dir: Path) -> RunFile:
    path = Path(run_dir) / RUN_FILE
    if not path.exists():
        hint = (" (this run was made before runs could be resumed)" if (Path(run_dir) / RESULTS_LINES).exists()
                else "; no run with this id in that folder (give --out where the run was written)")
        raise ConfigError(path, [f"cannot resume: {RUN_FILE} is missing{hint}"])
    try:
        return load_json(path).validate(RunFile)
    except ConfigError as exc:
        raise ConfigError(path, [f"cannot resume: unreadable {RUN_FILE} ({p})" for p in exc.problems]) from None


def config_from_run_file(out: Path, run_id: str, config_type: Callable[..., Any]) -> Any:
    """The RunConfig the run started with, marked as a resume."""
    run_dir = Path(out) / run_id
    doc = load_run_file(run_dir)
    waivers = doc.policy.waivers.path
    extra: dict[str, Any] = {}
    if doc.golden.approvers is not None and doc.golden.approvers.path:
        extra["approvers"] = Path(doc.golden.approvers.path)
    if doc.golden.scenario_dir:
        extra["scenario_dir"] = Path(doc.golden.scenario_dir)
    return config_type(**extra, candidate=doc.candidate.spec, golden_dir=Path(doc.golden.dir), ydelse=doc.golden.ydelse,
                       policy=Path(doc.policy.rollout.path or ""), waivers=Path(waivers) if waivers else None,
                       compare_policy=Path(doc.policy.compare.path or ""), out=Path(out), run_id=run_id,
                       timeout=doc.timeout, batch_size=doc.batch_size, today=dt.date.fromisoformat(doc.today),
                       only=list(doc.golden.only), resume=True, fuzz=doc.fuzz.profile, fuzz_examples=doc.fuzz.examples)


def check_unchanged(run_dir: Path, config: Any) -> RunFile:
    """The saved run.json, after making sure nothing that decides the results has changed; ConfigError if so."""
    saved = load_run_file(run_dir)
    golden, policy = fingerprint(config)
    problems = []
    names = {"rollout": "the rollout policy", "compare": "the comparison policy", "waivers": "the waivers file"}
    if saved.golden.manifest_sha256 != golden.manifest_sha256:
        problems.append(f"the golden set (MANIFEST.json) in {golden.dir} changed since the run began")
    if saved.golden.approvers != golden.approvers:
        where = golden.approvers.path if golden.approvers else "?"
        problems.append(f"the approvers file ({where}) changed since the run began")
    if (saved.golden.ydelse, saved.golden.only) != (golden.ydelse, golden.only):
        problems.append("the selection of goldens (--ydelse/--only) differs from the run's")
    for key, name in names.items():
        now: FileRef = getattr(policy, key)
        if getattr(saved.policy, key) != now:
            problems.append(f"{name} ({now.path}) changed since the run began")
    if saved.candidate.spec != config.candidate:
        problems.append(f"the candidate spec differs from the run's ({saved.candidate.spec})")
    if problems:
        raise ConfigError(Path(run_dir) / RUN_FILE, ["cannot resume: " + p for p in problems]
                          + ["start a new run instead (the finished cases of this one are kept as they are)"])
    return saved


def check_same_candidate(run_dir: Path, saved: RunFile, metadata: dict[str, Any]) -> None:
    was = saved.candidate.metadata
    if (was.system, was.version) != (metadata.get("system"), metadata.get("version")):
        raise ConfigError(Path(run_dir) / RUN_FILE,
                          [f"cannot resume: the candidate now reports {metadata.get('system')} {metadata.get('version')}, "
                           f"the run began with {was.system} {was.version}; start a new run instead"])


def note_resume(run_dir: Path, saved: RunFile, finished_before: int) -> RunFile:
    """run.json with this resume added to its list (written at once); the new run.json."""
    resumed = Resumed(at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), finished_before=finished_before)
    doc = saved.model_copy(update={"resumes": [*saved.resumes, resumed]})
    _write_atomic(Path(run_dir) / RUN_FILE, doc)
    return doc


def open_results_lines(path: Path, mode: str) -> IO[str]:
    """results.jsonl opened for appending and locked (flock) for as long as the run writes it, so a resume cannot
    run while the run itself is still going; the lock dies with the process, kill -9 included."""
    sink = Path(path).open(mode, encoding="utf-8")  # noqa: SIM115 - the caller closes it when the run ends
    try:
        import fcntl
    except ImportError:   # not POSIX: no lock, as before
        return sink
    try:
        fcntl.flock(sink.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sink.close()
        raise ConfigError(path, ["another ydelsestjek process is still writing this run; "
                                 "stop it (Ctrl-C) or wait for it before resuming"]) from None
    return sink


def read_finished(path: Path) -> dict[str, CaseRecord]:
    """The finished case records by golden id. A last line cut off by a kill -9 (no newline, or not JSON) is
    removed from the file, so appending continues on a clean line; a damaged line elsewhere is a ConfigError."""
    path = Path(path)
    if not path.exists():
        return {}
    data = path.read_bytes()
    good_end = data.rfind(b"\n") + 1
    if good_end < len(data):                       # torn tail: the case it held is simply run again
        with path.open("r+b") as f:
            f.truncate(good_end)
        data = data[:good_end]
    records: dict[str, CaseRecord] = {}
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = CaseRecord.model_validate_json(line)
        except ValidationError:
            raise ConfigError(path, [f"line {n} is not a case record; the file was changed by hand — "
                                     "start a new run instead"]) from None
        records.setdefault(rec.id, rec)
    return records
