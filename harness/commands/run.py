"""`ydelsestjek run | report | smoke`: the rollout-approval run, re-rendering its evidence, checking an adapter.

Exit codes: 0 GO, 1 NO-GO, 2 usage, configuration or golden-integrity error, 130 interrupted (Ctrl-C; resumable).
"""
from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

EXIT_GO, EXIT_NO_GO, EXIT_CONFIG, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_CODES_HELP = "Exit codes: 0 GO, 1 NO-GO, 2 usage, configuration or golden-integrity error."
RUN_EXIT_CODES_HELP = EXIT_CODES_HELP[:-1] + ", 130 interrupted with Ctrl-C (resume with --resume RUN_ID)."
PROGRESS_AFTER_SECONDS = 2.0


MAX_SECONDS = 7 * 24 * 3600.0


def _fail(message: str) -> NoReturn:
    typer.echo(f"ydelsestjek: {_safe(message)}", err=True)
    raise typer.Exit(EXIT_CONFIG)


def _safe(message: str) -> str:
    """A message for the terminal: no secret, no control character; line breaks of our own are kept."""
    from harness import redact
    from harness.report.escape import plain
    return "\n".join(plain(line) for line in redact.redact(message).split("\n"))


def _seconds(name: str, value: float | None) -> float | None:
    """A positive, finite number of seconds (at most a week), or exit 2: nan, inf, 0 and -1 are refused."""
    import math
    if value is not None and not (math.isfinite(value) and 0 < value <= MAX_SECONDS):
        _fail(f"{name}: expected a number of seconds greater than 0 and at most {MAX_SECONDS:g}, got {value!r}")
    return value


def _shell_quote(text: str) -> str:
    import shlex
    return shlex.quote(text)


def register_secrets() -> None:
    """The default bearer token is a secret from the start, whatever the candidate (harness/redact.py)."""
    from harness import redact
    try:
        redact.register_environment()
    except redact.WeakSecret as exc:
        _fail(str(exc))


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        _fail(f"--today: expected a date YYYY-MM-DD, got {text!r}")


class _LazyProgress:
    """A rich progress bar that appears only once a run has taken a few seconds, and only on a terminal."""

    def __init__(self) -> None:
        self.console: Any = None   # rich is imported only when a bar is due (its import costs every run's start-up)
        self.t0 = time.monotonic()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is None:
            if time.monotonic() - self.t0 < PROGRESS_AFTER_SECONDS:
                return
            if self.console is None:
                import sys
                if not sys.stderr.isatty():
                    return
                from rich.console import Console
                self.console = Console(stderr=True)
            if not self.console.is_terminal:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            self.progress = Progress(TextColumn("scenarier"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                     console=self.console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("run", total=total)
        if self.task is not None:
            self.progress.update(self.task, completed=done)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def register(app: typer.Typer) -> None:
    @app.command(epilog=RUN_EXIT_CODES_HELP)
    def run(
        candidate: str | None = typer.Option(None, "--candidate", "-c", help="reference | demo | python:MODULE | "
                                                "cmd:COMMAND | file:PATH.jsonl | http(s)://HOST:PORT[?options]"),
        policy: Path | None = typer.Option(None, "--policy", help="rollout policy YAML (default: $YDELSESTJEK_POLICY, "
                                           "else policies/default.yaml)"),
        waivers: Path | None = typer.Option(None, "--waivers", help="known-deviation register YAML (default: policies/waivers.yaml)"),
        out: Path | None = typer.Option(None, "--out", help="folder for evidence packs; the run writes OUT/<run-id>/ (default: reports)"),
        run_id: str | None = typer.Option(None, "--run-id", help="name of the run folder (default: time-system-version)"),
        golden_dir: Path | None = typer.Option(None, "--golden-dir", help="golden set (default: golden/)"),
        approvers: Path | None = typer.Option(None, "--approvers", help="the trusted golden approvers, whose "
                                              "signatures are accepted (default: policies/godkendere.yaml)"),
        scenario_dir: Path | None = typer.Option(None, "--scenario-dir", help="check the goldens against these "
                                                 "scenarios (default: scenarios/ for the bundled golden/; none for "
                                                 "another --golden-dir)"),
        allow_golden_rollback: bool = typer.Option(False, "--allow-golden-rollback", help="run a golden set whose "
                                                   "manifest serial is lower than one already verified from the same "
                                                   "key (an older signed set); recorded in the pack, verdict NO-GO"),
        ydelse: str | None = typer.Option(None, "--ydelse", help="judge the candidate on this benefit only (it must "
                                          "declare it; names the benefit for a candidate that declares none)"),
        only: list[str] = typer.Option([], "--only", help="only these golden ids or glob patterns (repeatable)"),
        timeout: float | None = typer.Option(None, "--timeout", help="seconds a cmd: or python: candidate may spend on "
                                                "one case; the deadline of one request to an http: candidate (10)"),
        deadline: float | None = typer.Option(None, "--deadline", help="seconds the whole run may take; cases not "
                                              "reached by then are recorded as not run (NO-GO)"),
        maxfail: int | None = typer.Option(None, "--maxfail", help="stop after this many cases errored or deviated; "
                                           "the rest are recorded as not run (NO-GO)"),
        today: str | None = typer.Option(None, "--today", help="date for waiver expiry, YYYY-MM-DD "
                                          "(default: today); a date before the machine's is not used: the waivers "
                                          "count as of the later of the two"),
        resume_id: str | None = typer.Option(None, "--resume", help="finish the interrupted run RUN_ID in --out "
                                                "with its saved configuration, running only the cases not yet done"),
        fuzz: str | None = typer.Option(None, "--fuzz", help="also fuzz the candidate with this profile (ci | dev | "
                                        "deep); counterexamples count in the gate"),
        fuzz_examples: int | None = typer.Option(None, "--fuzz-examples", help="examples per fuzz search round (default: the profile's)"),
        negative: bool | None = typer.Option(None, "--negative/--no-negative", help="send cases the law cannot compute, "
                                             "which the candidate must refuse (default: as the rollout policy says, "
                                             "negative_stage; on in policies/default.yaml)"),
        baseline: Path | None = typer.Option(None, "--baseline", help="an earlier run (its folder or results.json) to "
                                             "compare with: new, fixed and persisting defects in the pack; the "
                                             "policy's no_new_a_against_baseline rule uses it"),
        sample_seed: int | None = typer.Option(None, "--sample-seed", help="replay the sample stage of an earlier "
                                               "run (its seed is in the pack); default: a new random seed, so no "
                                               "candidate can know the sampled cases in advance"),
        sign_key: Path | None = typer.Option(None, "--sign-key", help="sign the evidence pack with this trusted "
                                             "approver's key (SIGNATUR.json; check it with verify-pack)"),
    ) -> None:
        """Run the golden scenarios against a candidate, compare with the approved goldens and decide GO / NO-GO.

        First the full golden check: every golden and the manifest signed by a trusted approver (--approvers),
        nothing changed, unlisted, unapproved, misplaced or stale, and the manifest's serial not below the highest
        verified before from the same key (an older signed set); a golden set that fails it stops the run (exit 2).

        Writes the evidence pack (summary.md, results.json, results.jsonl, junit.xml, deviations/) and prints a
        table per legal area. Exit codes: 0 GO, 1 NO-GO, 2 usage, configuration or golden-integrity error.
        """
        from harness.adapters_api import CandidateError
        from harness.config_files import ConfigError
        from harness.contract.schemas import SchemaFileError
        from harness.contract.ydelse import YdelseError
        from harness.golden.store import GoldenIntegrityError
        from harness.report import terminal_summary
        from harness.runner import DEFAULT_OUT, RunConfig, RunInterrupted, ScopeError, execute

        for name, value in (("--run-id", run_id), ("--resume", resume_id)):
            if value is not None and (not value or any(c in value for c in "/\\") or value in (".", "..")):
                _fail(f"{name}: expected a folder name without slashes, got {value!r}")
        if fuzz is not None and fuzz not in ("ci", "dev", "deep"):
            _fail(f"--fuzz: expected one of ci, dev, deep, got {fuzz!r}")
        if fuzz_examples is not None and fuzz_examples < 1:
            _fail(f"--fuzz-examples: expected a positive number, got {fuzz_examples}")
        _seconds("--timeout", timeout)
        _seconds("--deadline", deadline)
        if maxfail is not None and maxfail < 1:
            _fail(f"--maxfail: expected a positive number of cases, got {maxfail}")
        if sample_seed is not None and not 0 <= sample_seed < 2 ** 63:
            _fail(f"--sample-seed: expected a whole number from 0 to 2^63 - 1, got {sample_seed}")
        register_secrets()
        if resume_id is not None:
            given = [name for name, value in (("--policy", policy), ("--waivers", waivers),
                                              ("--run-id", run_id), ("--golden-dir", golden_dir), ("--ydelse", ydelse),
                                              ("--approvers", approvers), ("--scenario-dir", scenario_dir),
                                              ("--only", only), ("--timeout", timeout), ("--today", today),
                                              ("--fuzz", fuzz), ("--fuzz-examples", fuzz_examples),
                                              ("--deadline", deadline), ("--maxfail", maxfail),
                                              ("--negative/--no-negative", negative is not None),
                                              ("--baseline", baseline),
                                              ("--allow-golden-rollback", allow_golden_rollback)) if value]
            given += ["--sample-seed"] if sample_seed is not None else []
            if given:
                _fail(f"--resume uses the run's saved configuration (run.json); drop {', '.join(given)} "
                      "(give only --candidate, the same as the run's, and --out, the folder the run was written to)")
            if not candidate:
                _fail("--resume needs --candidate SPEC again, the same as the run's: a resumed run only runs a "
                      "candidate named on its command line, never one a file names")
            from harness.config_files import ConfigError
            from harness.resume import config_from_run_file
            try:
                config = config_from_run_file(out or DEFAULT_OUT, resume_id, RunConfig, candidate)
            except ConfigError as exc:
                _fail(f"configuration error in {exc.path}:\n  " + "\n  ".join(exc.problems))
        else:
            if not candidate:
                _fail("give --candidate SPEC (or --resume RUN_ID to finish an interrupted run)")
            config = RunConfig(candidate=candidate, today=_parse_date(today), timeout=timeout if timeout is not None else 10.0,
                               only=list(only), ydelse=ydelse, run_id=run_id, fuzz=fuzz, fuzz_examples=fuzz_examples,
                               deadline=deadline, maxfail=maxfail, negative=negative, baseline=baseline,
                               sample_seed=sample_seed, allow_golden_rollback=allow_golden_rollback)
            if policy is not None:
                config.policy = policy
            if waivers is not None:
                config.waivers = waivers
            if out is not None:
                config.out = out
            if golden_dir is not None:
                config.golden_dir = golden_dir
            if approvers is not None:
                config.approvers = approvers
            if scenario_dir is not None:
                config.scenario_dir = scenario_dir
        signer = None
        if sign_key is not None:   # checked before the first case, not after the last
            from .pack import approvers_or_fail, signing_key_or_fail
            trusted = approvers_or_fail(config.approvers)
            signer = (signing_key_or_fail(sign_key, trusted), trusted)
        progress = _LazyProgress()
        try:
            outcome = execute(config, progress=progress)
        except RunInterrupted as exc:
            progress.close()
            where = f" --out {config.out}" if config.out != RunConfig.out else ""
            try:   # count what is on disk (closed by now): Ctrl-C may land between a case's line and its count
                done = (exc.run_dir / "results.jsonl").read_bytes().count(b"\n") if exc.run_dir else exc.done
            except OSError:
                done = exc.done
            typer.echo(f"ydelsestjek: interrupted; {done} of {exc.total} cases are saved in {exc.run_dir}/results.jsonl.\n"
                       f"  Finish the run with: ydelsestjek run --resume {exc.run_id} --candidate "
                       f"{_shell_quote(config.candidate)}{where}", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except KeyboardInterrupt:
            progress.close()
            if config.resume:
                typer.echo(f"ydelsestjek: interrupted; resume again with: ydelsestjek run --resume {config.run_id} "
                           f"--candidate {_shell_quote(config.candidate)} --out {config.out}", err=True)
            else:   # before the first case, or while the pack was written after the last
                typer.echo(f"ydelsestjek: interrupted; if {config.out}/ holds the run's folder, finish it with "
                           f"ydelsestjek run --resume RUN_ID --candidate {_shell_quote(config.candidate)} "
                           f"--out {config.out}", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except GoldenIntegrityError as exc:
            _fail("the golden set failed its integrity check; the run was stopped:\n  " + "\n  ".join(exc.problems))
        except ConfigError as exc:
            _fail(f"configuration error in {exc.path}:\n  " + "\n  ".join(exc.problems))
        except CandidateError as exc:
            _fail(f"candidate: {exc}")
        except ScopeError as exc:
            _fail(f"scope: {exc}")
        except SchemaFileError as exc:
            _fail(f"the contract's schema is broken; the run was stopped:\n  {exc}")
        except YdelseError as exc:
            _fail(f"a benefit's description is broken; the run was stopped:\n  {exc}")
        except Exception as exc:
            if os.environ.get("YDELSESTJEK_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc}\n  cases finished so far are in "
                  f"{Path(config.out or '.') / (config.run_id or '<run-id>')}/results.jsonl; "
                  "set YDELSESTJEK_DEBUG=1 for the traceback and report it")
        finally:
            progress.close()
        typer.echo(terminal_summary(outcome.results, str(outcome.run_dir) if outcome.run_dir else None))
        if signer is not None and outcome.run_dir is not None:
            from .pack import sign_or_fail
            target = sign_or_fail(outcome.run_dir, *signer)
            typer.echo(f"pakken er signeret med {signer[0].fingerprint}: {target}")
        raise typer.Exit(EXIT_GO if outcome.go else EXIT_NO_GO)


    @app.command(epilog=EXIT_CODES_HELP)
    def report(
        results_file: Path = typer.Argument(..., help="a results.json from a run, or the run's folder"),
        out: Path | None = typer.Option(None, "--out", help="write the re-rendered pack here (default: beside RESULTS.json)"),
    ) -> None:
        """Re-render summary.md, junit.xml and deviations/ from a results.json (validated against its schema).

        The verdict is computed again from the recorded cases under the recorded policy and waivers, never read
        from the file. Exits with that verdict: 0 GO, 1 NO-GO; 2 when the file is missing or invalid.
        """
        from harness.report import ResultsFileError, load_results, run_seal, terminal_summary, write_evidence
        from harness.report.verdict import VerdictError, recompute
        register_secrets()
        if results_file.is_dir():
            results_file = results_file / "results.json"
        sealed, why = run_seal.status(results_file.parent)
        if sealed == run_seal.CHANGED:      # a verdict made by editing the file is not rendered (red team r11b F2)
            _fail(f"{results_file}: {why}; render the pack again from the run itself (ydelsestjek run)")
        if sealed != run_seal.VALID:
            typer.echo(f"ydelsestjek: advarsel: {why}", err=True)
        try:
            results = load_results(results_file)
            results, problems = recompute(results)
        except (ResultsFileError, VerdictError) as exc:
            _fail(str(exc))
        for problem in problems:
            typer.echo(f"ydelsestjek: advarsel: {problem}", err=True)
        target = out or results_file.parent
        same = target.resolve() == results_file.parent.resolve()
        try:
            write_evidence(results, target, write_results_json=not same, sealed=sealed == run_seal.VALID,
                           seal_note=run_seal.page_warning(why) if sealed != run_seal.VALID else None)
            summary = terminal_summary(results, str(target))
        except OSError as exc:
            _fail(f"cannot write the pack to {target}: {exc}")
        except Exception as exc:   # a bug of ours: exit 2 with a message, never a traceback and the NO-GO code
            if os.environ.get("YDELSESTJEK_DEBUG"):
                raise
            _fail(f"internal error while rendering {results_file}: {type(exc).__name__}: {exc}\n"
                  "  set YDELSESTJEK_DEBUG=1 for the traceback and report it")
        typer.echo(summary)
        raise typer.Exit(EXIT_GO if results["gate"]["verdict"] == "GO" else EXIT_NO_GO)

    @app.command(epilog="Exit codes: 0 the adapter works, 1 it answered wrongly, 2 it could not be opened.")
    def smoke(
        candidate: str = typer.Option(..., "--candidate", "-c", help="the candidate spec to check"),
        golden_dir: Path | None = typer.Option(None, "--golden-dir", help="take the sample cases from this golden set"),
        approvers: Path | None = typer.Option(None, "--approvers", help="the trusted golden approvers (default: "
                                              "policies/godkendere.yaml)"),
        count: int = typer.Option(3, "--count", "-n", help="how many cases to send"),
        timeout: float = typer.Option(10.0, "--timeout", help="seconds a cmd: candidate may spend on one case"),
    ) -> None:
        """Check a new adapter in seconds: start, metadata, a few cases, schema-valid answers, stop."""
        from harness.smoke import smoke_check
        _seconds("--timeout", timeout)
        register_secrets()
        code, text = smoke_check(candidate, golden_dir, count, timeout, approvers)
        typer.echo(_safe(text), err=code == EXIT_CONFIG)
        raise typer.Exit(code)
