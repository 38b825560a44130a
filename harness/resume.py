"""What a run needs to be resumed after a kill -9 or Ctrl-C: its saved configuration (`run.json`, written
before the first case) and its finished cases (`results.jsonl`, one line per case).

`--resume RUN_ID` re-runs only the golden ids without a line, so nothing is repeated or duplicated; it refuses
(exit 2) when anything that decides the results has changed since the run began: the golden manifest, the
rollout or comparison policy, the waivers, the selection, or the candidate's reported system and version.
The candidate spec is saved as given; HTTP specs cannot hold secrets (the token lives in an environment
variable), so run.json holds none.

Nothing in the run folder is trusted on its own word. `--resume` runs only the candidate named again on its
command line (`--candidate`, which must equal the saved spec): an edited run.json cannot make it run another
command or reach another host. run.json and every line of results.jsonl are sealed with an HMAC-SHA256 under a
key that lives outside the run folder (`run-seal.key` in the state folder: `$YDELSESTJEK_STATE_DIR`, else
`$XDG_STATE_HOME/ydelsestjek`, else `~/.local/state/ydelsestjek`; created on first use, mode 0600). A run.json
without a valid seal is refused as changed or unverifiable; results.jsonl's lines are chained (each seal covers
the one before, in `results.jsonl.seal`), so a finished line cannot be edited, reordered or moved from another
run, and a line without a seal (the case being written at a kill -9) is simply run again.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from harness import redact
from harness.config_files import ConfigError, read_limited
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
from harness.seal import LINE_SEALS, LINES_MAX_BYTES, RESULTS_LINES, RUN_FILE, SEALS_MAX_BYTES, chain_start, state_dir
from harness.seal import canonical as _canonical
from harness.seal import key as _seal_key
from harness.seal import mac as _mac
from harness.writing import replace_text

RUN_FILE_VERSION: Final = "1.1"
RUN_FILE_MAX_BYTES = 5_000_000          # run.json: the configuration, a few KB


# --- the seal key -------------------------------------------------------------------------------------------

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
                      scenario_dir=str(config.scenario_dir) if config.scenario_dir is not None else None,
                      **({"allow_rollback": True} if getattr(config, "allow_golden_rollback", False) else {})),
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
                  resumes=[], deadline=config.deadline, maxfail=config.maxfail, negative=config.negative)
    if getattr(config, "baseline", None) is not None:
        doc = doc.model_copy(update={"baseline": _baseline_ref(config.baseline)})
    if getattr(config, "sample_seed", None) is not None:
        doc = doc.model_copy(update={"sample_seed": config.sample_seed,
                                     "sample_seed_given": bool(getattr(config, "sample_seed_given", False))})
    _write_atomic(run_dir / RUN_FILE, doc)


def _baseline_ref(where: Path) -> FileRef:
    path = Path(where) / "results.json" if Path(where).is_dir() else Path(where)
    return FileRef(path=str(path), sha256=_sha(path))


def _write_atomic(path: Path, doc: RunFile) -> None:
    """Write run.json with its seal (see the module docstring); no secret is ever written into it."""
    data = redact.redact_record({k: v for k, v in dump(doc).items() if k != "seal"})
    assert isinstance(data, dict)
    key = _seal_key(create=True)
    assert key is not None
    data["seal"] = {"hmac_sha256": _mac(key, b"run.json", _canonical(data))}
    replace_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def write_sealed_run_file(run_dir: Path, doc: dict[str, Any]) -> None:
    """Write run.json as ydelsestjek does (sealed); for tools and tests that must stage a run."""
    _write_atomic(Path(run_dir) / RUN_FILE, RunFile.model_validate({k: v for k, v in doc.items() if k != "seal"}))


def load_run_file(run_dir: Path) -> RunFile:
    path = Path(run_dir) / RUN_FILE
    if not path.exists():
        hint = (" (this run was made before runs could be resumed)" if (Path(run_dir) / RESULTS_LINES).exists()
                else "; no run with this id in that folder (give --out where the run was written)")
        raise ConfigError(path, [f"cannot resume: {RUN_FILE} is missing{hint}"])
    try:
        doc = json.loads(read_limited(path, RUN_FILE_MAX_BYTES).decode("utf-8"))   # a regular file, bounded
        if not isinstance(doc, dict):
            raise ValueError("not a JSON object")
    except ConfigError as exc:
        raise ConfigError(path, [f"cannot resume: unreadable {RUN_FILE} ({'; '.join(exc.problems)})"]) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(path, [f"cannot resume: unreadable {RUN_FILE} ({exc})"]) from None
    seal = doc.get("seal")
    if doc.get("run_file_version") != RUN_FILE_VERSION or not isinstance(seal, dict) \
            or not isinstance(seal.get("hmac_sha256"), str):
        raise ConfigError(path, [f"cannot resume: {RUN_FILE} is unverifiable (no seal of this ydelsestjek version); "
                                 "start a new run instead"])
    key = _seal_key(create=False)
    if key is None:
        raise ConfigError(path, [f"cannot resume: {RUN_FILE} cannot be verified here (no sealing key in "
                                 f"{state_dir()}: the run was made by another user or on another machine); "
                                 "start a new run instead"])
    if not hmac.compare_digest(seal["hmac_sha256"], _mac(key, b"run.json", _canonical(doc))):
        raise ConfigError(path, [f"cannot resume: {RUN_FILE} was changed after the run wrote it (its seal does not "
                                 "match); nothing was run — start a new run instead"])
    try:
        return RunFile.model_validate(doc)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        raise ConfigError(path, [f"cannot resume: unreadable {RUN_FILE} ({problems})"]) from None


def config_from_run_file(out: Path, run_id: str, config_type: Callable[..., Any], candidate: str) -> Any:
    """The RunConfig the run started with, marked as a resume. `candidate` is the spec given on the command line
    now; it must be the run's own: resuming runs only what its user typed, never what a file says."""
    run_dir = Path(out) / run_id
    doc = load_run_file(run_dir)
    if doc.candidate.spec != candidate:
        raise ConfigError(run_dir / RUN_FILE, [f"cannot resume: the run was made with --candidate "
                                                f"{doc.candidate.spec!r}, not {candidate!r}; give the same "
                                                "--candidate to resume it, or start a new run"])
    waivers = doc.policy.waivers.path
    extra: dict[str, Any] = {}
    if doc.golden.approvers is not None and doc.golden.approvers.path:
        extra["approvers"] = Path(doc.golden.approvers.path)
    if doc.golden.scenario_dir:
        extra["scenario_dir"] = Path(doc.golden.scenario_dir)
    if doc.golden.allow_rollback:
        extra["allow_golden_rollback"] = True
    return config_type(**extra, candidate=candidate, golden_dir=Path(doc.golden.dir), ydelse=doc.golden.ydelse,
                       policy=Path(doc.policy.rollout.path or ""), waivers=Path(waivers) if waivers else None,
                       compare_policy=Path(doc.policy.compare.path or ""), out=Path(out), run_id=run_id,
                       timeout=doc.timeout, batch_size=doc.batch_size, today=dt.date.fromisoformat(doc.today),
                       only=list(doc.golden.only), resume=True, fuzz=doc.fuzz.profile, fuzz_examples=doc.fuzz.examples,
                       deadline=doc.deadline, maxfail=doc.maxfail, negative=doc.negative, sample_seed=doc.sample_seed,
                       sample_seed_given=doc.sample_seed_given,
                       baseline=Path(doc.baseline.path) if doc.baseline is not None and doc.baseline.path else None)


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
    baseline = getattr(config, "baseline", None)
    if (saved.baseline or None) != (_baseline_ref(baseline) if baseline is not None else None):
        problems.append("the baseline run (--baseline) changed since the run began")
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


class SealedLines:
    """results.jsonl opened for appending and locked (flock) for as long as the run writes it, so a resume cannot
    run while the run itself is still going (the lock dies with the process, kill -9 included); every line
    written gets its chained seal in results.jsonl.seal."""

    def __init__(self, path: Path, mode: str, run_id: str):
        self.path = Path(path)
        self.seal_path = self.path.with_name(LINE_SEALS)
        key = _seal_key(create=True)
        assert key is not None
        self.key = key
        self.previous = chain_start(self.key, run_id)
        self.file = _open_regular(self.path, mode)
        try:
            import fcntl
        except ImportError:   # not POSIX: no lock, as before
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(self.file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                self.file.close()
                raise ConfigError(path, ["another ydelsestjek process is still writing this run; "
                                         "stop it (Ctrl-C) or wait for it before resuming"]) from None
        try:
            self.seals = _open_regular(self.seal_path, "a" if mode == "a" else "w", encoding="ascii")
        except BaseException:
            self.file.close()
            raise

    def write(self, line: str) -> None:
        """The seal first, then the line: a kill -9 between the two leaves a seal without its line (dropped on
        resume), never a finished line without its seal."""
        data = line.encode("utf-8")
        self.previous = _mac(self.key, self.previous.encode("ascii"), data.rstrip(b"\n"))
        self.seals.write(self.previous + "\n")
        self.seals.flush()
        self.file.write(line)

    def flush(self) -> None:
        self.seals.flush()
        self.file.flush()

    def close(self) -> None:
        for f in (self.seals, self.file):
            with contextlib.suppress(OSError):
                f.close()


_OPEN_FLAGS = {"a": os.O_WRONLY | os.O_CREAT | os.O_APPEND, "x": os.O_WRONLY | os.O_CREAT | os.O_EXCL,
               "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}


def _open_regular(path: Path, mode: str, encoding: str = "utf-8") -> Any:
    """`path` opened for writing (mode a, x or w) as a regular file only: without following a symbolic link and
    without blocking, and checked on the open file, so a named pipe, device or link planted in the run folder is a
    ConfigError naming it, never a run that waits forever or writes elsewhere."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ConfigError(path, [f"cannot open the file ({exc.strerror or exc})"]) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise ConfigError(path, ["not a regular file (a pipe, socket, device, link or folder); expected the file the "
                                 "run wrote — start a new run instead"])
    flags = _OPEN_FLAGS[mode] | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:       # mode x: the run's folder already holds one (the caller says what to do)
        raise
    except OSError as exc:
        raise ConfigError(path, [f"cannot open the file ({exc.strerror or exc}); expected a regular file"]) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):     # replaced between the check and the open
        os.close(fd)
        raise ConfigError(path, ["not a regular file (a pipe, socket or device); start a new run instead"])
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "a" if mode == "a" else "w", encoding=encoding)


def open_results_lines(path: Path, mode: str, run_id: str) -> SealedLines:
    return SealedLines(path, mode, run_id)


def read_finished(sink: SealedLines) -> dict[str, CaseRecord]:
    """The finished case records by golden id, each line checked against its chained seal. Lines after the last
    sealed one (a line torn or unsealed by a kill -9) are removed from the file, so their cases are run again;
    a line whose seal does not match is a ConfigError: the file was changed by hand."""
    path = sink.path
    data = read_limited(path, LINES_MAX_BYTES) if path.exists() else b""   # a regular file, bounded
    seals = (read_limited(sink.seal_path, SEALS_MAX_BYTES).decode("ascii", errors="replace").split("\n")[:-1]
             if sink.seal_path.exists() else [])                             # a torn last seal: none
    lines = data.split(b"\n")[:-1]            # complete lines only; a torn tail has no newline
    records: dict[str, CaseRecord] = {}
    previous, kept, good_end = sink.previous, 0, 0
    for n, line in enumerate(lines, 1):
        if n > len(seals):
            break
        expected = _mac(sink.key, previous.encode("ascii"), line)
        if not hmac.compare_digest(seals[n - 1], expected):
            raise ConfigError(path, [f"line {n} does not match its seal ({LINE_SEALS}): the file was changed after "
                                     "the run wrote it — start a new run instead"])
        previous, kept, good_end = expected, n, good_end + len(line) + 1
        try:
            rec = CaseRecord.model_validate_json(line)
        except ValidationError:
            raise ConfigError(path, [f"line {n} is not a case record; start a new run instead"]) from None
        records.setdefault(rec.id, rec)
    if good_end < len(data):                   # unsealed or torn tail: the cases it held are simply run again
        with path.open("r+b") as f:
            f.truncate(good_end)
    if kept < len(seals):
        sink.seal_path.write_text("".join(s + "\n" for s in seals[:kept]), encoding="ascii")
    sink.previous = previous
    return records

