"""The coordinator of an audit: plans the shards, keeps a bounded number in flight on the engine, writes each
finished shard's mismatches and logs it, and at the end merges the store and writes the summary.

Configuration problems raise before any shard runs (ConfigError: the CLI's exit code 2). Ctrl-C raises
AuditInterrupted once the finished shards are safely logged; `--resume` then does only the shards not logged.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, wait
from dataclasses import dataclass, field
from pathlib import Path

from harness.config_files import ConfigError

from . import kilder, lager, maalestok, motor, personer
from .arbejde import Opsaetning, Resultat, run_shard

MANIFEST_VERSION = 6     # 2: the store's afgoerelse_placering column; 3: pseudonyms under scrypt(salt) (an audit
                         # begun before cannot be resumed: its pseudonyms are another key's); 4: sealed log lines;
                         # 5: the seal covers the plan; 6: log lines count the cases compared by benefit
STALL_SECONDS = 10.0     # how long the coordinator waits for a shard before asking the engine whether it is well
PROGRESS_SECONDS = 600.0  # no shard finished for this long (plus, asking a candidate, CASE_SECONDS a case of a shard):
CASE_SECONDS = 10.0       # a worker stopped answering, and the audit stops
GENERATED_SALT = b"ydelsestjek: genererede sager (ingen personoplysninger)"   # not secret: no personal data there


@dataclass
class AuditConfig:
    out: Path
    salt: bytes | None = None
    recorded: Path | None = None            # cases with their recorded decisions, one per line
    cases: Path | None = None               # cases only: with `kandidat`, or joined with `decisions`
    decisions: Path | None = None
    kandidat: str | None = None
    generate: int | None = None             # seeded generator: this many cases per benefit
    ydelser: list[str] = field(default_factory=list)
    seed: int = 0
    engine: str = "local"
    scheduler: str | None = None
    workers: int | None = None
    in_flight: int | None = None            # shards in flight at once (default: 2 per worker)
    shard_bytes: int = kilder.SHARD_BYTES
    shard_lines: int = kilder.SHARD_LINES
    shard_cases: int = kilder.SHARD_CASES
    batch: int = 200
    timeout: float | None = None
    compare_policy: Path | None = None
    resume: bool = False


class AuditInterrupted(KeyboardInterrupt):
    def __init__(self, out: Path, done: int, total: int | None):
        self.out, self.done, self.total = out, done, total
        super().__init__(f"interrupted after {done} shard(s)")


@dataclass
class AuditOutcome:
    out: Path
    tal: dict
    manifest: dict

    @property
    def exit_code(self) -> int:
        """1: mismatches. 3: none, but not every case was compared (unreadable or invalid lines, cases the system
        skipped though the law decides them, decisions with no case, a second case line of a sags_id with other
        content), or no case at all was compared (an empty extract, one wholly outside the reference's law: red team
        round 11 F4), or the bench's yardstick is not the released one (maalestok.py); so a wrong decision hidden as
        one of these, or behind an edited parameter, is never a clean 0. 0: at least one case compared, every case
        compared (or outside the reference's law) and none differs."""
        s = self.tal["sager"]
        if s["afvigende"]:
            return 1
        return 3 if uncompared(s) or not s["sammenlignet"] or maalestok.advarsler(self.manifest, self.tal) else 0


def uncompared(sager: dict) -> int:
    """Cases not compared for a reason that is not the reference's: the input's or the system's."""
    return sum(int(sager.get(k, 0)) for k in ("ugyldige", "systemet_sprang_over", "uparrede", "dublet_sager_andet"))


# --- configuration ---------------------------------------------------------------------------------------

def _check(cfg: AuditConfig) -> str:
    """Which kind of input; ConfigError when the combination or a file is wrong."""
    kinds = [k for k, on in (("optaget", cfg.recorded), ("sager", cfg.cases), ("genereret", cfg.generate)) if on]
    if len(kinds) != 1:
        raise ConfigError("audit", ["give one input: a recorded file, a cases file (with --candidate or a decisions "
                                    "file), or --generate N"])
    kind = kinds[0]
    if kind == "sager":
        if (cfg.decisions is None) == (cfg.kandidat is None):
            raise ConfigError("audit", ["a cases file needs either a decisions file (joined on sags_id) or --candidate"])
        kind = "par" if cfg.decisions is not None else "kandidat"
    if kind == "optaget" and cfg.kandidat is not None:
        raise ConfigError("audit", ["a recorded file holds the decisions already; --candidate asks a system for them "
                                    "(give a cases file instead)"])
    if kind == "genereret" and cfg.kandidat is None:
        raise ConfigError("audit", ["--generate needs --candidate (the system whose answers are audited)"])
    for path in (cfg.recorded, cfg.cases, cfg.decisions):
        if path is not None and not Path(path).is_file():
            raise ConfigError(path, ["file not found"])
    if kind != "genereret" and not cfg.salt:
        raise ConfigError("audit", ["recorded cases hold personal data: give a salt for the pseudonyms (--salt or the "
                                    "environment variable YDELSESTJEK_AUDIT_SALT; make one with "
                                    f"`{personer.MAKE_SALT}`); keep it, to find cases again and to resume"])
    if kind != "genereret" and cfg.salt and (weak := personer.salt_weakness(cfg.salt)):
        raise ConfigError("audit", [weak])
    if cfg.generate is not None and cfg.generate < 1:
        raise ConfigError("--generate", ["expected a positive number of cases"])
    if cfg.engine not in motor.ENGINES:
        raise ConfigError("--engine", [f"expected one of {', '.join(motor.ENGINES)}, got {cfg.engine!r}"])
    if cfg.scheduler and cfg.engine != "dask":
        raise ConfigError("--scheduler", ["a scheduler address is for --engine dask"])
    return kind


def _candidate_info(cfg: AuditConfig) -> tuple[dict | None, list[str]]:
    """The candidate's metadata and the benefits to generate (CandidateError when it cannot be started)."""
    from harness.adapters_api import open_candidate
    from harness.contract.ydelse import YdelseError, alle, find
    if cfg.kandidat is None:
        return None, []
    candidate = open_candidate(cfg.kandidat, timeout=cfg.timeout)
    try:
        meta = candidate.start().to_dict()
    finally:
        candidate.stop()
    navne = list(cfg.ydelser)
    for navn in navne:
        try:
            if find(navn).generators is None and cfg.generate:
                raise ConfigError("--ydelse", [f"the benefit {navn!r} has no generators"])
        except YdelseError as exc:
            raise ConfigError("--ydelse", [str(exc)]) from None
    if not navne:
        navne = [n for n in meta.get("ydelser", []) if n in alle() and alle()[n].generators is not None]
    if cfg.generate and not navne:
        raise ConfigError("--candidate", ["the candidate declares no benefit that can be generated"])
    return meta, navne


def _plan(cfg: AuditConfig, kind: str, navne: list[str], folder: lager.Folder) -> tuple[Iterable[kilder.Shard], int | None]:
    """The shards (an iterator for compressed input, read as it goes) and their number when known."""
    if kind == "genereret":
        assert cfg.generate is not None
        shards: list[kilder.Shard] = []
        for navn in navne:
            shards += kilder.gen_shards(navn, cfg.generate, cfg.seed, cfg.shard_cases, first=len(shards))
        return shards, len(shards)
    if kind == "par":
        assert cfg.cases is not None and cfg.decisions is not None
        joined = kilder.partition(Path(cfg.cases), Path(cfg.decisions), folder.joined)
        return joined, len(joined)
    path = Path(cfg.recorded or cfg.cases)  # type: ignore[arg-type]
    if kilder.compression(path) is None:
        shards = kilder.byte_shards(path, cfg.shard_bytes)
        return shards, len(shards)
    return kilder.line_shards(path, cfg.shard_lines, size=cfg.shard_bytes), None


def _manifest(cfg: AuditConfig, kind: str, meta: dict | None, navne: list[str], salt: bytes, key: bytes) -> dict:
    from harness.compare.policy import DEFAULT_POLICY, rules_digest
    from harness.contract.schemas import contract_digest
    from harness.reference import VERSION, parameter_fingerprint
    files = {role: kilder.identity(Path(p)) for role, p in
             (("optaget", cfg.recorded), ("sager", cfg.cases), ("afgoerelser", cfg.decisions)) if p is not None}
    recording = kilder.read_metadata(Path(cfg.recorded)) if cfg.recorded else None
    return {
        "version": MANIFEST_VERSION,
        "input": {"art": kind, "filer": files, "generator": {"sager_pr_ydelse": cfg.generate, "seed": cfg.seed,
                                                            "ydelser": navne} if kind == "genereret" else None},
        "kandidat": {"spec": cfg.kandidat, "metadata": meta} if cfg.kandidat else None,
        "optagelse": recording,
        "shards": {"bytes": cfg.shard_bytes, "linjer": cfg.shard_lines, "sager": cfg.shard_cases},
        "salt_check": personer.salt_check(key),
        "salt": "genereret (ingen personoplysninger)" if salt == GENERATED_SALT else "brugerens",
        "reference": {"version": VERSION, "parametre": parameter_fingerprint(), "kontrakt": contract_digest(),
                      "sammenligning": rules_digest(cfg.compare_policy or DEFAULT_POLICY), "styrke": maalestok.styrke()},
        "compare_policy": str(cfg.compare_policy) if cfg.compare_policy else None,
        "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


PLAN_KEYS = lager.PLAN_KEYS


def _resume_check(old: dict, new: dict, out: Path) -> None:
    differs = [k for k in PLAN_KEYS if old.get(k) != new.get(k)]
    if differs:
        why = {"input": "the input files differ (name, size or time)", "salt_check": "the salt differs",
               "reference": "the reference, its parameters, the contract or the comparison rules changed",
               "shards": "the shard sizes differ", "kandidat": "the candidate differs"}
        raise ConfigError(out / lager.MANIFEST, ["cannot resume: " + "; ".join(why.get(k, f"{k} differs") for k in differs)])


# --- the audit -------------------------------------------------------------------------------------------

def _own_folder(out: Path, resume: bool) -> None:
    """`--out` is a folder the audit may write and remove its own files in: a new folder, an audit's (its manifest
    there), or one that holds no file of anyone's. A file, or a folder holding files and no audit, is refused before
    anything is written: the audit removes its own `dele/` and `par/` and replaces summary.md and rapport.html (red
    team round 10c: someone's files of those names were deleted without a word). Links, pipes and devices planted
    there are left to the folder's own checks (lager.py), which never follow or wait on them."""
    if os.path.lexists(out) and not out.is_dir():
        raise ConfigError(out, ["not a folder: --out names the folder the audit writes into (a new or empty one)"])
    if resume or not out.is_dir() or os.path.lexists(out / lager.MANIFEST):
        return
    for root, _dirs, files in os.walk(out, followlinks=False):
        for name in files:
            path = Path(root) / name
            if stat.S_ISREG(os.lstat(path).st_mode):
                raise ConfigError(path, ["a file in a folder that holds no audit: the audit writes, replaces and "
                                         "removes files of its own in --out (dele/, par/, summary.md, rapport.html, "
                                         "…); give a new or empty --out"])


def audit(cfg: AuditConfig, progress: Callable[[int, int | None, Resultat], None] | None = None) -> AuditOutcome:
    kind = _check(cfg)
    from harness.reference import check_data
    check_data()   # a broken data file of the bench stops here, named, not as the same problem in every case
    # Absolute paths in the shards: a worker elsewhere (a Dask node with the same mount) has another working folder.
    cfg.recorded, cfg.cases, cfg.decisions = (Path(p).resolve() if p is not None else None
                                              for p in (cfg.recorded, cfg.cases, cfg.decisions))
    cfg.out = Path(cfg.out).resolve()
    _own_folder(Path(cfg.out), cfg.resume)
    os.environ.pop(personer.SALT_ENV, None)   # before any candidate, worker or pool starts (the CLI did so too)
    salt = cfg.salt or GENERATED_SALT
    key = personer.derive_key(salt)           # the workers get this key, never the salt
    folder = lager.Folder(Path(cfg.out))
    meta, navne = _candidate_info(cfg)
    manifest = _manifest(cfg, kind, meta, navne, salt, key)
    old = folder.read_manifest()
    if old is not None and (old.get("finished") or os.path.lexists(folder.out / "summary.json")):
        # its part files are gone: resuming would rewrite the store and the reports from nothing
        raise ConfigError(folder.out, [f"this audit finished; its results are in {folder.out} (summary.md, "
                                       f"rapport.html, {lager.STORE}); --resume only finishes an interrupted audit. To audit "
                                       "again, give another --out"])
    if cfg.resume:
        if old is None:
            raise ConfigError(folder.manifest_path, ["nothing to resume: no audit in this folder"])
        _resume_check(old, manifest, folder.out)
        # the plan is the same (checked above): the new manifest, with when it was begun and resumed
        manifest = {**manifest, "started": old["started"], "resumed": [*old.get("resumed", []), manifest["started"]]}
        folder.bind(key, manifest)
        done = folder.finished()
        folder.check_parts(done)
    elif old is not None or os.path.lexists(folder.log_path):
        raise ConfigError(folder.out, ["an audit is already in this folder: give --resume to finish it, or another --out"])
    else:
        done = {}
        lager.remove_own_dir(folder.parts, strict=True)      # an earlier, unlogged audit's parts
    folder.bind(key, manifest)
    folder.write_manifest(manifest)
    opsaetning = Opsaetning(noegle=key, kandidat=cfg.kandidat, batch=cfg.batch, timeout=cfg.timeout,
                            compare_policy=str(cfg.compare_policy) if cfg.compare_policy else None,
                            stille=_silent_cases() if cfg.kandidat else None)
    try:
        outcome = _run(cfg, kind, navne, folder, manifest, done, opsaetning, progress)
    except motor.EngineError:
        if not cfg.resume and not folder.finished():   # nothing audited: the folder is as new, for the same command again
            for own in (folder.manifest_path, folder.log_path):
                with contextlib.suppress(FileNotFoundError):
                    if stat.S_ISREG(os.lstat(own).st_mode):
                        own.unlink()
        with contextlib.suppress(ConfigError):
            lager.remove_own_dir(folder.joined, strict=True)
        raise
    except BaseException:
        # the joined input's full copy (personal data) never outlives the run: a resume partitions again
        with contextlib.suppress(ConfigError):        # a link refused there is left for the user to see
            lager.remove_own_dir(folder.joined, strict=True)
        raise
    lager.remove_own_dir(folder.joined)      # a ConfigError when it cannot be: it is not left behind unsaid
    return outcome


def _silent_cases() -> int | None:
    """The rollout policy's run_bounds.silent_cases ($YDELSESTJEK_POLICY, else the shipped one): an asked system that
    answers nothing to that many cases in a row is down, and the audit stops (resumable) instead of waiting out every
    case's timeout (hours for a shard)."""
    from harness.gate.policy import load_rollout_policy
    return load_rollout_policy().run_bounds.silent_cases


def _run(cfg: AuditConfig, kind: str, navne: list[str], folder: lager.Folder, manifest: dict, done: dict[int, dict],
         opsaetning: Opsaetning, progress: Callable[[int, int | None, Resultat], None] | None) -> AuditOutcome:
    """The shards not yet logged, then the store and the reports."""
    workers = cfg.workers or os.cpu_count() or 1
    t0, c0 = time.perf_counter(), time.process_time()
    shards, total = _plan(cfg, kind, navne, folder)
    if total is not None and cfg.resume:
        folder.finished(range(total))       # every logged shard is one of the plan's (checked before any work)
    planned: set[int] = set()
    limit = cfg.in_flight or 2 * workers
    numbers = list(done)
    session = {"sager": 0, "cpu": 0.0}     # this session's shards (a resumed audit's earlier ones are in the log)
    sink = folder.open_log()
    try:
        with motor.executor(cfg.engine, workers, cfg.scheduler) as (pool, where, stalled):
            inflight: dict[Future, kilder.Shard] = {}

            def lost_engine(why: str) -> motor.EngineError:
                for fut in inflight:
                    fut.cancel()
                return motor.EngineError(f"{why}. The {len(numbers)} shard(s) finished are logged in {folder.out}: "
                                         "run the same command with --resume once the engine is well")

            last_done = {"at": time.monotonic()}
            quiet = PROGRESS_SECONDS + (cfg.shard_cases * (cfg.timeout or CASE_SECONDS) if cfg.kandidat else 0)

            def finished_some() -> set[Future]:
                """The shards in flight that finished, waiting at most STALL_SECONDS at a time and asking the engine
                in between whether it can still finish them (a cluster whose workers left would not). No shard done
                for `quiet` seconds is a worker that stopped answering (SIGSTOP, a hung machine; red team round 11b
                F4): the audit stops rather than waits for ever."""
                while True:
                    finished, _ = wait(inflight, timeout=STALL_SECONDS, return_when=FIRST_COMPLETED)
                    if finished:
                        last_done["at"] = time.monotonic()
                        return finished
                    if (why := stalled()) is not None:
                        raise lost_engine(why)
                    if time.monotonic() - last_done["at"] > quiet:
                        raise lost_engine(f"no shard finished in {quiet:.0f} s: a worker stopped answering (stopped, "
                                          "hung or cut off)")

            def finish(futures: set[Future]) -> None:
                for fut in futures:
                    shard = inflight.pop(fut)
                    try:
                        res = fut.result()
                    except (Exception, CancelledError) as exc:
                        if not motor.lost(exc):
                            raise
                        raise lost_engine(f"the engine lost shard {shard.nr} ({type(exc).__name__}: a worker died, "
                                          "killed or out of memory, or the scheduler went away)") from None
                    if res.nede:        # the shard is unfinished: never logged, so --resume audits it whole
                        for other in inflight:
                            other.cancel()
                        raise motor.EngineError(
                            f"{res.nede} (shard {shard.nr}). The audit stopped: the {len(numbers)} shard(s) finished "
                            f"are logged in {folder.out}: run the same command with --resume once the system answers")
                    personer.redact_result(res)
                    record = res.log_record()
                    record["fil"], record["sha256"] = folder.write_part(shard.nr, res.raekker)
                    folder.log(record, sink)
                    numbers.append(shard.nr)
                    session["sager"] += res.sager
                    session["cpu"] += res.cpu
                    if progress:
                        progress(len(numbers), total, res)

            try:
                for shard in shards:
                    planned.add(shard.nr)
                    if shard.nr in done:
                        continue
                    while len(inflight) >= limit:
                        finish(finished_some())
                    try:
                        inflight[pool.submit(run_shard, shard, opsaetning)] = shard
                    except Exception as exc:      # a local pool whose worker died refuses new work
                        if not motor.lost(exc):
                            raise
                        raise lost_engine(f"a worker died before shard {shard.nr} ({type(exc).__name__}: killed, "
                                          "or out of memory?)") from None
                while inflight:
                    finish(finished_some())
            except KeyboardInterrupt:
                for fut in inflight:
                    fut.cancel()
                raise AuditInterrupted(folder.out, len(numbers), total) from None
            except kilder.InputError as exc:   # a compressed input found damaged while its shards are cut
                for fut in inflight:
                    fut.cancel()
                raise kilder.InputError(f"{exc}. The audit in {folder.out} stopped with no report; audit the whole "
                                        "file into a new --out") from None
    finally:
        sink.close()
    seconds, coordinator_cpu = time.perf_counter() - t0, time.process_time() - c0
    from .tal import figures
    log = folder.finished(planned)
    folder.merge(log)
    tal = figures(log, folder.parts_of(log))
    cpu = coordinator_cpu + session["cpu"]
    tal["koersel"] = {"sekunder": round(seconds, 3), "motor": where, "arbejdere": workers,
                      "sager": session["sager"], "genoptaget": bool(cfg.resume),
                      "sager_pr_sekund": round(session["sager"] / seconds, 1) if seconds > 0 else None,
                      "cpu_sekunder": round(cpu, 3),  # the shards' and the coordinator's (not the workers' start)
                      "sager_pr_cpu_sekund": round(session["sager"] / cpu, 1) if cpu > 0 else None}
    from .rapport import write_reports
    write_reports(folder, manifest, tal)
    # finished before the parts go: a --resume from here on is refused rather than merging nothing
    folder.write_manifest({**manifest, "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    lager.remove_own_dir(folder.parts)
    return AuditOutcome(folder.out, tal, manifest)
