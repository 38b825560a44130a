"""`ydelsestjek styrke` (alias `strength`): how strong is the bench? Seeded legal defects in a copy of each
benefit's reference, run through the approved scenarios (and ci fuzzing); the mutation score, the survivors by §
and rule, the equivalent mutants with their evidence; `--gem` stores it in golden/STYRKE.json for the evidence pack.

Exit codes: 0 measured (or the stored report is current, with --status), 1 measured but part of the catalogue could
not be applied (or, with --status, the stored report is stale or missing), 2 usage or configuration error.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer

EXIT_CODES_HELP = ("Exit codes: 0 measured (--status: the stored report is current), 1 part of the catalogue could not "
                   "be applied (--status: stale or missing), 2 usage or configuration error.")


def _fail(message: str) -> None:
    typer.echo(f"ydelsestjek: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    def styrke(
        ydelse: list[str] = typer.Option([], "--ydelse", help="only this benefit (repeatable; default: every benefit with goldens)"),
        fuzz: str = typer.Option("ci", "--fuzz", help="fuzz profile for the scenario survivors (ci | dev | deep), or 'nej'"),
        fuzz_examples: int | None = typer.Option(None, "--fuzz-examples", help="examples per fuzz round (default: the profile's)"),
        bulk: int = typer.Option(20_000, "--bulk", help="seeded bulk cases for the equivalence check (0: none)"),
        seed: int = typer.Option(17, "--seed", help="seed of the bulk sample"),
        workers: int | None = typer.Option(None, "--workers", "-j", help="mutants run at a time (default: the CPUs)"),
        timeout: float | None = typer.Option(None, "--timeout", help="seconds per stage and mutant (default: a multiple "
                                             "of what the unmutated reference takes)"),
        art: str | None = typer.Option(None, "--art", help="only juridisk or only syntaktisk operators"),
        operator: list[str] = typer.Option([], "--operator", help="only this operator (repeatable; see --liste)"),
        only: list[str] = typer.Option([], "--only", help="only these mutant ids or glob patterns (repeatable)"),
        limit: int | None = typer.Option(None, "--max", help="at most this many mutants, evenly spread (a quick look)"),
        golden_dir: Path | None = typer.Option(None, "--golden-dir", help="golden set (default: golden/)"),
        out: Path = typer.Option(Path("reports"), "--out", help="the report goes to OUT/styrke/<run-id>/"),
        gem: bool = typer.Option(False, "--gem", help="store the result in GOLDEN_DIR/STYRKE.json (whole catalogue only), "
                                 "signed with --key"),
        key: Path | None = typer.Option(None, "--key", help="with --gem: a trusted approver's private key (OpenSSH "
                                        "Ed25519) to sign the stored report; default $YDELSESTJEK_GOLDEN_KEY"),
        approvers: Path | None = typer.Option(None, "--approvers", help="the trusted approvers file (default: "
                                              "policies/godkendere.yaml)"),
        liste: bool = typer.Option(False, "--liste", help="print the mutation catalogue and stop"),
        status: bool = typer.Option(False, "--status", help="print whether the stored report matches the goldens and stop"),
    ) -> None:
        """Measure the bench's strength by legal mutation testing (see docs/styrke.md).

        Every dated parameter (previous value, ±1 unit, a day early or late), every threshold (strict/non-strict),
        every computed date (±1 day), every rule (never applied, or its neighbour's), every interpretation with a
        declared alternative, plus a syntactic pass; each mutant runs the approved scenarios as the candidate of
        `ydelsestjek run` (and the ci fuzz stage), survivors are checked for equivalence on a seeded bulk sample.
        """
        from harness.contract.ydelse import YdelseError, find
        from harness.golden.store import GOLDEN_DIR, GoldenIntegrityError, golden_files
        from harness.strength import ARTER, Settings, StrengthError, catalogue, measure, run_id, write_reports
        from harness.strength.catalogue import OPERATORS
        from harness.strength.report import terminal

        root = golden_dir or GOLDEN_DIR
        if art is not None and art not in ARTER:
            _fail(f"--art: expected one of {', '.join(ARTER)}, got {art!r}")
        bad_ops = [o for o in operator if o not in OPERATORS]
        if bad_ops:
            _fail(f"--operator: unknown {', '.join(bad_ops)}; known: {', '.join(OPERATORS)}")
        if fuzz not in ("ci", "dev", "deep", "nej"):
            _fail(f"--fuzz: expected ci, dev, deep or nej, got {fuzz!r}")
        for name, value in (("--bulk", bulk), ("--fuzz-examples", fuzz_examples), ("--workers", workers), ("--max", limit)):
            if value is not None and value < (0 if name == "--bulk" else 1):
                _fail(f"{name}: expected a positive number, got {value}")
        if timeout is not None and timeout <= 0:
            _fail(f"--timeout: expected seconds above 0, got {timeout}")
        navne = list(dict.fromkeys(ydelse)) or sorted({p.parent.name for p in golden_files(root)})
        try:
            for navn in navne:
                find(navn)
        except YdelseError as exc:
            _fail(f"--ydelse: {exc}")
        if not navne:
            _fail(f"no goldens in {root}: nothing to measure")
        if status:
            _status(root, navne, approvers)
        if liste:
            for navn in navne:
                cat = catalogue(find(navn), (art,) if art else ARTER)
                for mut in cat.mutants:
                    if operator and mut.operator not in operator:
                        continue
                    where = f"{mut.fil}:{mut.linje}" if mut.linje else mut.fil
                    twin = f" (= {mut.samme_som})" if mut.samme_som else ""
                    typer.echo(f"{mut.id}\t{mut.operator}\t{where}\t{mut.hjemmel or '—'}\t{mut.regel or '—'}\t"
                               f"{mut.beskrivelse}{twin}")
                for p in cat.problems:
                    typer.echo(f"PROBLEM\t{p}", err=True)
            raise typer.Exit(1 if any(catalogue(find(n)).problems for n in navne) else 0)
        partial = bool(operator or only or limit or art)
        if gem and partial:
            _fail("--gem stores the whole catalogue's result; drop --art, --operator, --only and --max")
        signer = _signer(key, approvers) if gem else None     # before measuring: a wrong key fails at once
        settings = Settings(golden_dir=root, fuzz=None if fuzz == "nej" else fuzz, fuzz_examples=fuzz_examples,
                            bulk=bulk, seed=seed, workers=workers or max(1, os.cpu_count() or 1), timeout=timeout)
        progress = _Progress()
        try:
            m = measure(navne, settings, arter=(art,) if art else ARTER, operators=operator or None, only=only or None,
                        limit=limit, progress=progress, announce=lambda text: typer.echo(text, err=True))
        except StrengthError as exc:
            _fail(str(exc))
        except GoldenIntegrityError as exc:
            _fail("the golden set failed its integrity check:\n  " + "\n  ".join(exc.problems))
        finally:
            progress.close()
        folder = out / "styrke" / run_id()
        write_reports(m, folder)
        typer.echo(terminal(m.sections))
        typer.echo(f"Rapport: {folder}/styrke.md (alle mutanter: {folder}/mutanter.jsonl)")
        if gem:
            from importlib.metadata import PackageNotFoundError, version

            from harness.golden import strength as stored
            try:
                tool_version = version("ydelsestjek")
            except PackageNotFoundError:
                tool_version = "0+unknown"
            assert signer is not None
            try:
                path = stored.save(m.sections, root, signer[0], signer[1], {"name": "ydelsestjek", "version": tool_version})
            except stored.StrengthFileError as exc:
                _fail(str(exc))
            typer.echo(f"Gemt: {path}")
        problems = [p for c in m.catalogues.values() for p in c.problems]
        for p in problems:
            typer.echo(f"ydelsestjek: {p}", err=True)
        raise typer.Exit(1 if problems else 0)

    app.command("styrke", epilog=EXIT_CODES_HELP)(styrke)
    app.command("strength", epilog=EXIT_CODES_HELP, help="Alias of `styrke`: measure the bench's strength by legal "
                "mutation testing (docs/styrke.md).")(styrke)


def _signer(key: Path | None, approvers: Path | None) -> tuple:
    """(the signing key, the trusted approvers) for --gem; a usage error unless the key is a trusted approver's."""
    from harness.config_files import ConfigError
    from harness.golden import signing
    try:
        trusted = signing.load_approvers(approvers or signing.DEFAULT_APPROVERS)
        private = signing.load_private_key(key)
    except ConfigError as exc:
        _fail(f"{exc.path}: {'; '.join(exc.problems)}")
    except signing.SigningError as exc:
        _fail(f"--key: {exc}")
    if trusted.find(private.fingerprint) is None:
        _fail(f"--key: {private.fingerprint} is not a trusted approver's key ({trusted.path}); the stored strength "
              "must be signed by one")
    return private, trusted


def _status(root: Path, navne: list[str], approvers: Path | None = None) -> None:
    from harness.golden import strength as stored
    from harness.strength.report import _pct
    ev = stored.evidence(root, navne, approvers=approvers)
    if ev.get("fejl"):
        _fail(ev["fejl"])
    current = True
    for navn, e in ev["ydelser"].items():
        if e["status"] != stored.GYLDIG:
            current = False
            typer.echo(f"{navn}: {e['status']}: " + "; ".join(e["grunde"]))
            continue
        j = e["juridisk"]
        typer.echo(f"{navn}: gyldig (målt {e['maalt']}): {j['draebt_scenarier']} af {j['vurderet']} juridiske fejl "
                   f"opdaget af scenarierne ({_pct(j['score_scenarier'])}), med fuzz {_pct(j['score_med_fuzz'])}; "
                   f"{e['antal_overlevende']} overlever")
    raise typer.Exit(0 if current else 1)


class _Progress:
    """A progress bar on a terminal; nothing otherwise."""

    def __init__(self) -> None:
        from rich.console import Console
        self.console = Console(stderr=True)
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    def __call__(self, navn: str, done: int, total: int, outcome: object) -> None:
        if not self.console.is_terminal:     # a log line now and then, for runs in the background
            if done % 50 == 0 or done == total:
                import datetime as dt
                typer.echo(f"{dt.datetime.now():%H:%M:%S} {navn}: {done}/{total} mutanter", err=True)
            return
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=self.console, transient=True)
            self.bar.start()
        if navn not in self.tasks:
            self.tasks[navn] = self.bar.add_task(f"mutanter, {navn}", total=total)
        self.bar.update(self.tasks[navn], completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
