"""Run a benefit's mutants: each in a process of its own, several at a time, each stage under a timeout.

Stages, for one mutant (the mutated reference as the candidate):
1. `scenarier`: every approved golden of the benefit, through the same run as `ydelsestjek run` (runner.execute:
   the same comparison, policy and gate; no waivers, no sample or negative stage). Killed when any scenario deviates, errs or is skipped.
2. `bulk` (for the survivors of 1): the benefit's seeded bulk cases 0..N-1 (`generators.bulk_case(n, seed)`),
   the mutant against the unmutated reference through the same comparison. No difference on any case the sample
   reaches: the mutant is equivalent on that sample (evidence, not proof), and done; otherwise it is a surviving
   defect, with witness cases (or not examined, when the sample never reaches what it changes).
3. `fuzz` (optional, for the survivors of 2): the run's fuzz stage (`run --fuzz PROFILE`) against the mutant, the
   unmutated reference as the oracle. Killed when it finds a counterexample.

A stage that outlives its timeout is ended (the process is killed): in the scenario and fuzz stages that is a kill (a
candidate that hangs does not pass), in the bulk stage the survivor is reported with its equivalence unknown. Timeouts default to a
multiple of what the unmutated reference takes for the same stage (measured first, as the "null mutant", which must
pass every scenario and differ on no bulk case, or nothing can be measured).

Processes are forked from a parent that has imported the machinery, the goldens' benefit and its generators, so a
mutant costs a fork, a copy of one package folder and the run itself.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import resource
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from harness.contract.ydelse import Ydelse
from harness.golden.store import GOLDEN_DIR

from .mutant import Mutant, MutantError, materialise, register

STAGES = ("scenarier", "bulk", "fuzz")
DEFAULT_BULK = 20_000
DEFAULT_SEED = 17
MAX_WITNESSES = 3
MUTANT_MEMORY = 3 * 1024 ** 3      # bytes of address space a mutant's process may add to what it began with
STOP_AFTER_DIFFERENCES = 50        # a non-equivalent mutant: count differences up to here, then stop
TIMEOUT_FACTOR = {"scenarier": 20, "fuzz": 10, "bulk": 10}
TIMEOUT_FLOOR = {"scenarier": 20.0, "fuzz": 60.0, "bulk": 60.0}

NOT_REACHED = "stikprøven når aldrig den ændrede kode eller parameterværdi: ækvivalens er ikke vist (ikke undersøgt)"

# outcome statuses
DRAEBT_SCENARIER, DRAEBT_FUZZ, AEKVIVALENT, OVERLEVER, FEJL = (
    "draebt_scenarier", "draebt_fuzz", "aekvivalent", "overlever", "fejl")


class StrengthError(Exception):
    """Strength cannot be measured (the reference fails its own goldens, no goldens for the benefit, …)."""


@dataclass
class Settings:
    golden_dir: Path = GOLDEN_DIR
    fuzz: str | None = "ci"              # a fuzz profile, or None: no fuzz stage
    fuzz_examples: int | None = None     # examples per fuzz round (None: the profile's)
    bulk: int = DEFAULT_BULK             # bulk cases for the equivalence check (0: none)
    seed: int = DEFAULT_SEED
    workers: int = max(1, os.cpu_count() or 1)
    timeout: float | None = None         # seconds per stage; None: a multiple of the null mutant's

    def to_dict(self) -> dict:
        return {"fuzz": self.fuzz, "fuzz_eksempler": self.fuzz_examples, "bulk": self.bulk, "seed": self.seed,
                "workers": self.workers, "timeout": self.timeout}


@dataclass
class Outcome:
    id: str
    status: str
    stadie: str | None = None                    # the stage that decided it
    timeout: bool = False
    scenarier: list[str] = field(default_factory=list)   # the scenarios that caught it
    klasser: list[str] = field(default_factory=list)     # failure classes seen
    gate: str | None = None                      # the run's verdict (GO / NO-GO)
    fuzz: dict | None = None
    bulk: dict | None = None
    sekunder: dict = field(default_factory=dict)  # per stage
    besked: str = ""
    paastand: str | None = None                  # the register claim that counts it equivalent (equivalence.py)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in ("id", "status", "stadie", "timeout", "scenarier", "klasser", "gate",
                                             "fuzz", "bulk", "sekunder", "besked", "paastand")}
        return {k: v for k, v in out.items() if v not in (None, "", [], {}, False)} | {"status": self.status}


# --- what the bulk sample reaches ----------------------------------------------------------------------------

@dataclass
class Reach:
    """What the unmutated reference reaches on the bulk sample: the lines of its modules it executes and the dated
    parameter values its decisions cite. A mutant whose code or value the sample never reaches cannot be shown
    equivalent by it: it is reported as not examined (a survivor), never as equivalent."""
    lines: dict[str, set[int]] = field(default_factory=dict)     # module (relative to the benefit) -> line numbers
    params: set[tuple[str, str]] = field(default_factory=set)   # (parameter, valid_from)
    cases: int = 0
    # the sample itself, decided once here by the unmutated (lean) reference: (case, outcome kind, decision without
    # its explanation), so that every forked mutant computes only its own side of the bulk comparison
    sample: list[tuple[dict[str, Any], str, Any]] = field(default_factory=list)

    def reaches(self, steder: tuple) -> bool:
        if not steder:
            return True
        for place in steder:
            if place[0] == "linjer":
                executed = self.lines.get(place[1], set())
                if any(n in executed for n in range(place[2], place[3] + 1)):
                    return True
            elif place[0] == "parameter" and any(navn == place[1] and place[2] in (None, frm) for navn, frm in self.params):
                return True
        return False


def measure_reach(ydelse: Ydelse, settings: Settings) -> Reach:
    """Trace the unmutated reference over the bulk sample (line events in the benefit's own modules only)."""
    import sys

    from harness.toolkit.errors import OutOfScope
    reach = Reach()
    gen = ydelse.generators
    if gen is None or not hasattr(gen, "bulk_case") or not settings.bulk:
        return reach
    folder = str(ydelse.folder.resolve()) + os.sep
    lines: dict[str, set[int]] = {}
    rel_of: dict[str, str | None] = {}

    def local(frame: Any, event: str, arg: Any) -> Any:
        if event == "line":
            lines[rel_of[frame.f_code.co_filename] or ""].add(frame.f_lineno)
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        name = frame.f_code.co_filename
        rel = rel_of.get(name, "?")
        if rel == "?":
            path = str(Path(name).resolve())
            rel = rel_of[name] = Path(path).relative_to(folder).as_posix() if path.startswith(folder) else None
            if rel is not None:
                lines.setdefault(rel, set())
        if rel is None:
            return None
        lines[rel].add(frame.f_lineno)
        return local

    ydelse.reference  # noqa: B018 - imported before tracing starts
    loaders, memos = _caches(folder)
    for clear in loaders:     # loaders (no arguments) run once: their lines are traced on the first case
        clear()
    for case, kind, expected in _reference_sample(ydelse, settings):
        reach.sample.append((case, kind, expected))
        for clear in memos:   # a memoised rule filled by the untraced lean decision would hide its lines
            clear()
        sys.settrace(tracer)
        try:
            decision = ydelse.calculate(case)
        except (OutOfScope, Exception):
            continue
        finally:
            sys.settrace(None)
        reach.cases += 1
        for step in decision.get("begrundelse") or []:
            for p in step.get("parametre") or []:
                reach.params.add((p.get("navn"), p.get("valid_from")))
    reach.lines = lines
    return reach


def _caches(folder: str) -> tuple[list[Callable[[], None]], list[Callable[[], None]]]:
    """The `cache_clear` of every functools-memoised function in the benefit's loaded modules: (loaders without
    arguments, memoised rules with arguments). A memo answered from an earlier call runs no line of its function,
    so tracing reach behind a warm memo would call its body never reached."""
    import sys
    loaders: list[Callable[[], None]] = []
    memos: list[Callable[[], None]] = []
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if not file or not str(Path(file).resolve()).startswith(folder):
            continue
        for value in vars(module).values():
            wrapped = getattr(value, "__wrapped__", None)
            if callable(getattr(value, "cache_clear", None)) and callable(wrapped) and \
                    getattr(value, "__module__", None) == module.__name__:
                code = getattr(wrapped, "__code__", None)
                (memos if code is not None and code.co_argcount else loaders).append(value.cache_clear)
    return loaders, memos


# --- in the worker process ----------------------------------------------------------------------------------

def _cap_memory(extra: int) -> None:
    """Let this process grow by at most `extra` bytes of address space: a mutant that loops building data (one that
    turned a loop's end test into `False` grew to 23 GB) then fails with MemoryError, which ends its stage, instead
    of taking the machine. Linux only (/proc); elsewhere the stage timeout alone bounds it."""
    with contextlib.suppress(OSError, ValueError, IndexError), open("/proc/self/statm", encoding="ascii") as f:
        size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))


def _child(ydelse: Ydelse, mutant: Mutant, settings: Settings, reach: Reach | None, conn) -> None:
    """Runs in the forked process: make the mutant, run its stages, send ("stage", name) and ("outcome", dict)."""
    with contextlib.suppress(OSError):   # keep the parent's terminal clean (Hypothesis, warnings)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
    _cap_memory(MUTANT_MEMORY)
    root = Path(tempfile.mkdtemp(prefix="ydelsestjek-styrke-"))
    try:
        conn.send(("outcome", _stages(ydelse, mutant, settings, reach, root, conn).to_dict()))
    except BaseException as exc:
        conn.send(("outcome", Outcome(mutant.id, FEJL, besked=f"{type(exc).__name__}: {exc}\n"
                                      + traceback.format_exc()[-2000:]).to_dict()))
    finally:
        shutil.rmtree(root, ignore_errors=True)
        conn.close()


def _stages(ydelse: Ydelse, mutant: Mutant, settings: Settings, reach: Reach | None, root: Path, conn) -> Outcome:
    out = Outcome(mutant.id, OVERLEVER)
    alias = f"_ydelsestjek_mutant_{ydelse.navn}"
    conn.send(("stage", "scenarier"))
    t0 = time.perf_counter()
    try:
        module = materialise(ydelse.pakke, ydelse.folder, mutant, root, alias)
    except MutantError as exc:
        out.status, out.besked = FEJL, str(exc)
        return out
    except Exception as exc:      # the mutated reference does not even import: no scenario can pass
        out.status, out.stadie = DRAEBT_SCENARIER, "scenarier"
        out.besked = f"den muterede reference kan ikke importeres: {type(exc).__name__}: {exc}"
        out.klasser = ["fejl_timeout"]
        return out
    spec = register(mutant.id, module, ydelse.navn)
    _scenarios(out, spec, ydelse, settings)
    out.sekunder["scenarier"] = round(time.perf_counter() - t0, 3)
    if out.status != OVERLEVER:
        return out
    if settings.bulk:
        reached = reach.reaches(mutant.steder) if reach is not None else True
        if not reached and reach is not None and reach.cases:
            # The sample never runs the mutated line or reads the mutated value, so the mutant decides every case of
            # it exactly as the reference does: nothing to compute, and equivalence is not shown.
            out.stadie, out.bulk = "bulk", {"sager": reach.cases, "sammenlignet": 0, "forskelle": 0, "seed": settings.seed,
                                            "naaet": False, "vidner": [], "besked": NOT_REACHED}
        else:
            conn.send(("stage", "bulk"))
            t0 = time.perf_counter()
            _bulk(out, module, ydelse, settings, reached, reach.sample if reach is not None else None)
            out.sekunder["bulk"] = round(time.perf_counter() - t0, 3)
        if out.status == AEKVIVALENT and mutant.operator != "nul":   # no difference on the whole sample: not fuzzed
            return out                                                # with more of the same (the null mutant is)
    if settings.fuzz:
        conn.send(("stage", "fuzz"))
        t0 = time.perf_counter()
        _fuzz(out, spec, ydelse, settings)
        out.sekunder["fuzz"] = round(time.perf_counter() - t0, 3)
    return out


def _run_config(spec: str, ydelse: Ydelse, settings: Settings) -> Any:
    from harness.runner import RunConfig
    # The scenarios alone: the sample stage's fresh cases are the bulk stage's business here (seeded, the same for
    # every mutant), and the negative stage judges refusals, not the law a mutant changes.
    return RunConfig(candidate=spec, golden_dir=settings.golden_dir, ydelse=ydelse.navn, out=None,
                     waivers=None, today=dt.date.today(), sample_cases=0, negative=False)


# The golden set, verified once in the parent (_preload) before the forks: every mutant runs against the same
# files, so re-reading and re-verifying 500 signatures per mutant (three quarters of its scenario stage) buys nothing.
_VERIFIED: dict[str, Any] = {}


def _scenarios(out: Outcome, spec: str, ydelse: Ydelse, settings: Settings) -> None:
    from harness.runner import execute
    run = execute(_run_config(spec, ydelse, settings), verified=_VERIFIED.get(str(settings.golden_dir)))
    caught = [c for c in run.results["cases"] if c["status"] != "pass"]
    out.gate = run.results["gate"]["verdict"]
    if caught:
        out.status, out.stadie = DRAEBT_SCENARIER, "scenarier"
        out.scenarier = [c["id"] for c in caught]
        out.klasser = sorted({d["klasse"] for c in caught for d in c["deviations"]} |
                             {f"status:{c['status']}" for c in caught if c["status"] in ("skipped",)})


def _fuzz(out: Outcome, spec: str, ydelse: Ydelse, settings: Settings) -> None:
    """The run's fuzz search against the mutant (the unmutated reference as the oracle). A differential finding is
    the mutant's by construction; a property finding counts only when the reference keeps the property on the same
    case: a property the reference breaks too says something about the property or the reference, not the mutant
    (it is kept as `referencen_bryder`, for whoever owns the property)."""
    from harness.adapters_api import open_candidate
    from harness.compare import load_policy
    from harness.fuzz.engine import FuzzConfig, Fuzzer
    from harness.fuzz.profiles import STAGE_EXAMPLES
    candidate = open_candidate(spec)
    meta = candidate.start()
    profile = settings.fuzz or "ci"
    examples = settings.fuzz_examples or STAGE_EXAMPLES.get(profile)      # as the run's fuzz stage has them
    report = Fuzzer(candidate, meta, FuzzConfig(ydelse=ydelse.navn, profile=profile, examples=examples),
                    load_policy()).run()
    out.fuzz = {"profil": settings.fuzz, "eksempler": report.examples, "runder": report.rounds}
    mine: list[Any] = []
    theirs: list[Any] = []
    for cx in report.counterexamples:
        (theirs if cx.kind == "property" and _reference_breaks(ydelse, cx) else mine).append(cx)
    if theirs:
        out.fuzz["referencen_bryder"] = [{"egenskab": cx.prop, "sags_id": cx.case.get("sags_id"), "besked": cx.message[:300]}
                                         for cx in theirs]
    if mine:
        out.status, out.stadie = DRAEBT_FUZZ, "fuzz"
        out.klasser = sorted({cx.klasse for cx in mine})
        out.fuzz["fund"] = [cx.key for cx in mine]
        first = mine[0]
        out.fuzz["modeksempel"] = {"sags_id": first.case.get("sags_id"), "klasse": first.klasse, "hjemmel": first.hjemmel}


def _reference_breaks(ydelse: Ydelse, cx: Any) -> bool:
    """Whether the unmutated reference breaks the property of counterexample `cx` on the same case."""
    gen = ydelse.generators
    prop = next((p for p in getattr(gen, "PROPERTIES", ()) if p.name == cx.prop), None)
    if prop is None:
        return False
    decide = lambda case: ydelse.calculate(case)
    try:
        return bool(prop.check(decide, cx.case, decide(cx.case)))
    except Exception:   # a property that cannot read the reference's answer: not the reference's
        return False


def _outcome_of(fn: Callable[[dict[str, Any]], Any], case: dict[str, Any]) -> tuple[str, Any]:
    from harness.toolkit.errors import OutOfScope
    try:
        return "ok", fn(case)
    except OutOfScope as exc:
        return "uden_for", str(exc)
    except Exception as exc:
        return "fejl", f"{type(exc).__name__}: {exc}"


def _reference_sample(ydelse: Ydelse, settings: Settings) -> Iterator[tuple[dict[str, Any], str, Any]]:
    """The seeded bulk cases with the unmutated lean reference's outcome (decision without explanation)."""
    gen = ydelse.generators
    assert gen is not None
    for n in range(settings.bulk):
        case = gen.bulk_case(n, settings.seed)
        kind, expected = _outcome_of(lambda c: ydelse.calculate(c, begrundelse=False), case)
        if kind == "ok":
            expected.pop("begrundelse", None)
        yield case, kind, expected


def _bulk(out: Outcome, module, ydelse: Ydelse, settings: Settings, reached: bool = True,
          sample: list[tuple[dict[str, Any], str, Any]] | None = None) -> None:
    """The equivalence check: the mutant against the unmutated reference on seeded bulk cases (`sample`: decided by
    the reference already, in the parent). No difference counts as equivalence only when the sample reaches what the
    mutant changed (`reached`)."""
    from harness.compare import compare_decisions, load_policy
    gen = ydelse.generators
    if gen is None or not hasattr(gen, "bulk_case"):
        out.bulk = {"sager": 0, "besked": "ydelsen har ingen bulk-generator: ækvivalens ikke undersøgt"}
        return
    policy = load_policy()
    stats: dict[str, Any] = {"sager": 0, "sammenlignet": 0, "uden_for_omraade": 0, "forskelle": 0,
                             "kun_forklaring": 0, "seed": settings.seed, "vidner": []}

    for n, (case, k1, reference_side) in enumerate(sample if sample else _reference_sample(ydelse, settings)):
        stats["sager"] += 1
        expected = dict(reference_side) if k1 == "ok" else reference_side
        k2, actual = _outcome_of(module.calculate, case)
        if k1 == k2 == "uden_for":
            stats["uden_for_omraade"] += 1
            continue
        stats["sammenlignet"] += 1
        if k1 != "ok" or k2 != "ok":
            if k1 == k2:
                continue
            differs = {"klasser": ["fejl_timeout" if "fejl" in (k1, k2) else "uden_for_omraade"],
                       "besked": f"reference: {k1}, mutant: {k2}: {(actual if k2 != 'ok' else expected)!s:.200}"}
        else:
            steps = actual.pop("begrundelse", None)
            if actual == expected:
                continue
            actual["begrundelse"] = steps
            findings = compare_decisions(policy, ydelse.navn, expected, actual)
            if not findings:
                stats["kun_forklaring"] += 1   # step ids or other ignored fields only
                continue
            differs = {"klasser": [f.klasse for f in findings],
                       "felter": [c["felt"] for f in findings for c in f.changes][:8]}
        stats["forskelle"] += 1
        if len(stats["vidner"]) < MAX_WITNESSES:
            stats["vidner"].append({"n": n, "seed": settings.seed, "sags_id": case.get("sags_id"), **differs})
        if stats["forskelle"] >= STOP_AFTER_DIFFERENCES:
            stats["stoppet_efter"] = n + 1
            break
    out.bulk = stats
    stats["naaet"] = reached
    if stats["forskelle"] == 0 and stats["sammenlignet"] > 0 and not reached:
        out.status, out.stadie = OVERLEVER, "bulk"
        stats["besked"] = NOT_REACHED
    elif stats["forskelle"] == 0 and stats["sammenlignet"] > 0:
        out.status, out.stadie = AEKVIVALENT, "bulk"
    else:
        out.status, out.stadie = OVERLEVER, "bulk"
        out.klasser = sorted({k for w in stats["vidner"] for k in w["klasser"]})


# --- in the parent --------------------------------------------------------------------------------------------

@dataclass
class _Running:
    mutant: Mutant
    process: Any               # a forked multiprocessing process
    conn: Connection
    stage: str = "start"
    stage_started: float = field(default_factory=time.monotonic)
    started: float = field(default_factory=time.monotonic)


def null_mutant(ydelse: Ydelse) -> Mutant:
    """The reference unchanged, through the very same machinery: it must pass and be equivalent."""
    return Mutant(f"{ydelse.id_praefiks}-M-nul", ydelse.navn, "nul", "nul", "ingen ændring", "", None, None, None,
                  None, "", "")


def _preload(ydelse: Ydelse, settings: Settings) -> None:
    """Import what every worker needs once, in the parent, and verify the golden set, so each fork starts warm."""
    import harness.fuzz.stage  # noqa: F401 - imported for the forks
    from harness.config_files import ConfigError
    from harness.contract import schemas
    from harness.golden.store import GoldenIntegrityError
    from harness.runner import verified_goldens
    try:
        _VERIFIED[str(settings.golden_dir)] = verified_goldens(_run_config("reference", ydelse, settings))
    except GoldenIntegrityError as exc:
        raise StrengthError(f"golden-sættet i {settings.golden_dir} består ikke golden-kontrollen; styrken kan ikke "
                            f"måles: {'; '.join(exc.problems[:5])}") from None
    except ConfigError as exc:
        raise StrengthError(f"{exc.path}: {'; '.join(exc.problems)}") from None
    ydelse.reference  # noqa: B018 - imported for its side effect
    ydelse.generators  # noqa: B018
    schemas.validator(ydelse.navn, "decision")
    schemas.validator(ydelse.navn, "case")


def timeouts_from(null: Outcome, settings: Settings) -> dict[str, float]:
    if settings.timeout is not None:
        return dict.fromkeys(STAGES, settings.timeout)
    return {s: max(TIMEOUT_FLOOR[s], TIMEOUT_FACTOR[s] * null.sekunder.get(s, 0.0)) for s in STAGES}


def run_mutants(ydelse: Ydelse, mutants: list[Mutant], settings: Settings,
                timeouts: dict[str, float] | None = None,
                progress: Callable[[int, int, Outcome], None] | None = None,
                reach: Reach | None = None) -> dict[str, Outcome]:
    """Every mutant's outcome by id (mutants with `samme_som` are not run: they share their twin's outcome)."""
    ctx = multiprocessing.get_context("fork")
    results: dict[str, Outcome] = {}
    for m in mutants:     # equivalent by construction: nothing to run (the catalogue says why)
        if m.samme_som is None and m.udenfor:
            results[m.id] = Outcome(m.id, AEKVIVALENT, "katalog", besked=m.udenfor)
    todo = [m for m in mutants if m.samme_som is None and not m.udenfor]
    total = len(todo)
    if todo:
        _preload(ydelse, settings)
        from harness.golden.strength import evidence
        evidence(settings.golden_dir, [ydelse.navn])   # every run states the stored strength: worked out once here
    limits = timeouts or dict.fromkeys(STAGES, 3600.0)
    running: list[_Running] = []
    queue = list(reversed(todo))

    def start(m: Mutant) -> None:
        receive, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_child, args=(ydelse, m, settings, reach, send), daemon=True)
        p.start()
        send.close()
        running.append(_Running(m, p, receive))

    def finish(r: _Running, outcome: Outcome) -> None:
        running.remove(r)
        with contextlib.suppress(Exception):
            r.conn.close()
        r.process.join(5)
        results[r.mutant.id] = outcome
        if progress:
            progress(sum(1 for o in results.values() if o.stadie != "katalog"), total, outcome)

    try:
        while queue or running:
            while queue and len(running) < max(1, settings.workers):
                start(queue.pop())
            ready = wait([r.conn for r in running] + [r.process.sentinel for r in running], timeout=0.25)
            now = time.monotonic()
            for r in list(running):
                got = None
                if r.conn in ready or r.process.sentinel in ready:
                    try:
                        while r.conn.poll():
                            kind, value = r.conn.recv()
                            if kind == "stage":
                                r.stage, r.stage_started = value, time.monotonic()
                            else:
                                got = value
                    except (EOFError, OSError):
                        pass
                if got is not None:
                    finish(r, Outcome(**got))
                elif not r.process.is_alive() and not r.conn.poll():
                    finish(r, Outcome(r.mutant.id, FEJL, besked=f"arbejdsprocessen endte uden resultat "
                                                                f"(exit {r.process.exitcode}) i stadiet {r.stage}"))
                elif now - r.stage_started > limits.get(r.stage, limits["scenarier"]):
                    r.process.kill()
                    finish(r, _timed_out(r, limits))
    finally:
        for r in running:
            with contextlib.suppress(Exception):
                r.process.kill()
                r.process.join(5)
    return results


def _timed_out(r: _Running, limits: dict[str, float]) -> Outcome:
    stage = r.stage if r.stage in STAGES else "scenarier"
    seconds = round(time.monotonic() - r.stage_started, 1)
    message = f"stadiet {stage} nåede ikke at blive færdigt inden for {limits.get(stage, 0):.0f} s"
    if stage == "bulk":    # the mutant hangs on some bulk case: not equivalent, but no witness
        return Outcome(r.mutant.id, OVERLEVER, stadie="bulk", timeout=True, besked=message,
                       bulk={"besked": message}, sekunder={"bulk": seconds})
    status = DRAEBT_SCENARIER if stage == "scenarier" else DRAEBT_FUZZ
    return Outcome(r.mutant.id, status, stadie=stage, timeout=True, klasser=["fejl_timeout"], besked=message,
                   sekunder={stage: seconds})


def check_null(ydelse: Ydelse, settings: Settings) -> Outcome:
    """Run the null mutant; StrengthError unless it passes every scenario and is equivalent on the bulk sample."""
    outcome = run_mutants(ydelse, [null_mutant(ydelse)], settings)[null_mutant(ydelse).id]
    if outcome.status == DRAEBT_SCENARIER:
        raise StrengthError(f"referencen for {ydelse.navn} består ikke sine egne goldens (fanget af "
                            f"{', '.join(outcome.scenarier[:10]) or outcome.besked}); styrken kan ikke måles")
    if outcome.status == DRAEBT_FUZZ or (outcome.status == OVERLEVER and outcome.bulk and outcome.bulk.get("forskelle")):
        raise StrengthError(f"den uændrede reference for {ydelse.navn} afviger fra sig selv "
                            f"({outcome.klasser}); motoren er i uorden")
    if outcome.status == FEJL:
        raise StrengthError(f"nul-mutanten for {ydelse.navn} kunne ikke køres: {outcome.besked}")
    return outcome
