"""`ydelsestjek audit`: the shadow audit of recorded (or asked, or generated) decisions against the reference.

Exit codes: EXIT_CODES_HELP below (revision.AuditOutcome.exit_code decides 0, 1 and 3).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import typer

EXIT_CODES_HELP = ("Exit codes: 0 every case compared and none differs, 1 mismatches found, 3 none found but not a clean "
                   "result (cases not compared, or not the released bench's law and rules: an ADVARSEL says which), "
                   "2 usage or configuration error, 130 interrupted (finish with --resume and the same --out).")


SALT_FILE_BYTES = 4096      # read of --salt-file at most (a salt is a line)


def _fail(message: str) -> None:
    from harness import redact  # a worker's candidate error cannot know the salt; the coordinator blanks it here
    typer.echo(f"ydelsestjek: {redact.redact(message)}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    @app.command(epilog=EXIT_CODES_HELP)
    def audit(
        inputs: list[Path] = typer.Argument(None, help="RECORDED.jsonl (cases with the decisions made), or CASES.jsonl "
                                            "with --candidate, or CASES.jsonl DECISIONS.jsonl joined on sags_id; "
                                            "plain, .gz or .zst", show_default=False),
        candidate: str | None = typer.Option(None, "--candidate", "-c", help="ask this system (reference | demo | "
                                             "python:MODULE | cmd:COMMAND | http://…) in batches"),
        generate: int | None = typer.Option(None, "--generate", "-n", help="audit N seeded generated cases per benefit "
                                            "(with --candidate)"),
        ydelse: list[str] = typer.Option([], "--ydelse", help="with --generate: the benefits (default: every one the "
                                         "candidate declares)"),
        seed: int = typer.Option(0, "--seed", help="with --generate: case n of seed s is always the same case"),
        out: Path | None = typer.Option(None, "--out", "-o", help="the audit's folder (default reports/revision-<time>)"),
        salt: str | None = typer.Option(None, "--salt", help="the secret the pseudonyms' key is derived from, at least "
                                        "16 characters, e.g. from `python3 -c \"import secrets; "
                                        "print(secrets.token_hex(16))\"` (default: the environment variable "
                                        "YDELSESTJEK_AUDIT_SALT, which keeps it out of the shell history); required "
                                        "for recorded cases", show_default=False),
        salt_file: Path | None = typer.Option(None, "--salt-file", help="read the salt from the first line of this "
                                              "file, or of standard input with `-` (e.g. piped from the municipality's "
                                              "secret store): then it is neither in this process's environment nor on "
                                              "its command line, which a cmd: candidate running as the same user can "
                                              "read in /proc (a file of yours it can read too: see docs/audit.md)",
                                              show_default=False),
        engine: str = typer.Option("local", "--engine", help="local (a process pool) or dask"),
        scheduler: str | None = typer.Option(None, "--scheduler", help="with --engine dask: an existing cluster's "
                                             "scheduler, tcp://HOST:8786 (default: a LocalCluster here)"),
        workers: int | None = typer.Option(None, "--workers", "-w", help="worker processes (default: the cores)"),
        resume: bool = typer.Option(False, "--resume", help="finish the interrupted audit in --out"),
        batch: int = typer.Option(200, "--batch", help="cases per candidate call"),
        timeout: float | None = typer.Option(None, "--timeout", help="seconds a cmd: candidate may spend on one case"),
        shard_mb: float = typer.Option(16, "--shard-mb", help="MB of a plain input file per shard"),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress lines"),
    ) -> None:
        """Shadow audit: every case recomputed by the reference and compared with the decision the system made.
        Writes the mismatch store (afvigelser.parquet), summary.md and rapport.html with kroner at risk per probable
        defect (root rule and §), failure class and month. CPR numbers and names never leave the input."""
        from harness.adapters_api import CandidateError
        from harness.audit import AuditConfig, AuditInterrupted
        from harness.audit import audit as run_audit
        from harness.audit.kilder import InputError
        from harness.audit.motor import EngineError
        from harness.audit.personer import SALT_ENV
        from harness.audit.rapport import terminal
        from harness.config_files import ConfigError
        from harness.contract.ydelse import YdelseError

        inputs = list(inputs or [])
        if len(inputs) > 2:
            _fail("give at most two files: CASES and DECISIONS")
        if (workers is not None and workers < 1) or batch < 1 or shard_mb <= 0:
            _fail("--workers, --batch and --shard-mb must be positive")
        # The salt leaves the environment before any candidate, worker or pool starts (they would inherit it), and
        # is a secret from now on: an echo of it is blanked (harness/redact.py). Workers get a key derived from it.
        from_environment = os.environ.pop(SALT_ENV, None)
        if salt_file is not None:
            if salt is not None:
                _fail("give the salt once: --salt or --salt-file")
            try:   # read, not sized: a pipe or /dev/stdin says it holds 0 bytes
                if str(salt_file) == "-":
                    text = sys.stdin.readline(SALT_FILE_BYTES)
                else:
                    with open(salt_file, encoding="utf-8") as f:
                        text = f.read(SALT_FILE_BYTES)
            except (OSError, UnicodeDecodeError) as exc:
                _fail(f"--salt-file {salt_file}: cannot be read ({type(exc).__name__}: {exc.strerror or exc})"
                      if isinstance(exc, OSError) else f"--salt-file {salt_file}: not UTF-8 text")
            salt = text.splitlines()[0].strip() if text.strip() else ""
            if not salt:
                _fail(f"--salt-file {salt_file}: empty; expected the salt on its first line")
        key = salt if salt is not None else from_environment
        from harness import redact
        for secret in {key, from_environment}:
            redact.register(secret)
        if out is None:
            if resume:
                _fail("--resume needs the --out folder of the audit to finish")
            out = Path("reports") / dt.datetime.now().strftime("revision-%Y%m%dT%H%M%S")
        cfg = AuditConfig(out=out, salt=key.encode() if key else None, kandidat=candidate, generate=generate,
                          ydelser=list(ydelse), seed=seed, engine=engine, scheduler=scheduler, workers=workers,
                          resume=resume, batch=batch, timeout=timeout, shard_bytes=max(1, int(shard_mb * 1024 * 1024)))
        if len(inputs) == 2:
            cfg.cases, cfg.decisions = inputs
        elif len(inputs) == 1:
            if candidate is None:
                cfg.recorded = inputs[0]
            else:
                cfg.cases = inputs[0]

        def progress(done: int, total: int | None, res) -> None:
            if not quiet:
                typer.echo(f"  shard {done}/{total if total is not None else '?'}: {res.sager:,} sager, "
                           f"{res.afvigende:,} afvigende", err=True)

        try:
            outcome = run_audit(cfg, progress)
        except (ConfigError, InputError, EngineError) as exc:
            _fail(str(exc))
        except CandidateError as exc:
            _fail(f"candidate: {exc}")
        except YdelseError as exc:
            _fail(f"a benefit's description is broken; the audit was stopped:\n  {exc}")
        except AuditInterrupted as exc:
            typer.echo(f"\nafbrudt efter {exc.done} shard(s); afslut med: ydelsestjek audit … --resume --out {exc.out}",
                       err=True)
            raise typer.Exit(130) from None
        except Exception as exc:
            if os.environ.get("YDELSESTJEK_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc}; set YDELSESTJEK_DEBUG=1 for the traceback")
        typer.echo(terminal(outcome.manifest, outcome.tal, outcome.out))
        raise typer.Exit(outcome.exit_code)
