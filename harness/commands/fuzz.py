"""`ydelsestjek fuzz`: generated cases against a candidate, through the run's comparison and the benefit's
oracle-free properties; shrunk counterexamples, optionally exported as Danish scenarios with pending goldens.

Exit codes: 0 nothing found, 1 counterexamples found, 2 usage or configuration error.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import typer

EXIT_CODES_HELP = "Exit codes: 0 nothing found, 1 counterexamples found, 2 usage or configuration error."


def _fail(message: str) -> None:
    typer.echo(f"ydelsestjek: {message}", err=True)
    raise typer.Exit(2)


def render(report, exported=None) -> str:
    from tabulate import tabulate
    lines = [f"Fuzzing af {report.metadata.get('system', report.candidate)} {report.metadata.get('version', '')} "
             f"({report.ydelse}), profil {report.profile}: {report.examples} eksempler i {report.rounds} runde(r), "
             f"{report.seconds:.1f} s" + (f", seed {report.seed}" if report.seed is not None else "")]
    if report.skipped:
        lines.append(f"Kandidaten sprang {report.skipped} sager over.")
    if report.counterexamples:
        rows = [(c.id, c.kind, c.klasse, c.severity, "; ".join(c.hjemmel)[:60], c.message[:90])
                for c in report.counterexamples]
        lines += ["", f"{len(report.counterexamples)} modeksempel(er):", "",
                  tabulate(rows, headers=("id", "art", "klasse", "alvor", "§", "besked"), tablefmt="github")]
    else:
        lines += ["", "Ingen modeksempler fundet."]
    if exported:
        lines += ["", "Eksporteret som scenarier med golden-forslag:"]
        for e in exported:
            lines.append(f"  {e.id} ({e.counterexample}) -> {e.feature}" + ("" if e.discriminates else
                         "  [Så-trinene skelner ikke kandidatens svar fra referencens]"))
    if report.coverage is not None:
        lines += ["", report.coverage.table()]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command(epilog=EXIT_CODES_HELP)
    def fuzz(
        candidate: str = typer.Option(..., "--candidate", "-c", help="reference | demo | python:MODULE | cmd:COMMAND"),
        examples: int | None = typer.Option(None, "--examples", "-n", help="examples per search round (default: the profile's)"),
        seed: int | None = typer.Option(None, "--seed", help="a fixed seed (default: the profile's; ci is derandomized)"),
        profile: str | None = typer.Option(None, "--profile", help="ci | dev | deep (default: ci when CI is set, else dev)"),
        ydelse: str | None = typer.Option(None, "--ydelse", help="the benefit whose cases are generated "
                                             "(default: every benefit the candidate declares that has generators)"),
        export_dir: Path | None = typer.Option(None, "--export", help="write each counterexample as a scenario + pending golden here"),
        json_out: Path | None = typer.Option(None, "--json", help="write the full report (counterexamples, coverage) as JSON here"),
        timeout: float = typer.Option(10.0, "--timeout", help="seconds a cmd: candidate may spend on one case"),
    ) -> None:
        """Property-based differential testing: generated cases, compared with the reference like the scenarios
        are, plus invariants that need no oracle (never above the maximum, no missing payment, every amount
        explained, name and CPR change nothing, higher wage never pays less, partial hours scale, two periods
        pay as one). Prints the counterexamples and which rule outcomes of the reference were reached."""
        from harness.adapters_api import CandidateError
        from harness.fuzz import profiles
        from harness.fuzz.engine import FuzzConfig
        from harness.fuzz.engine import fuzz as run_fuzz

        if profile is not None and profile not in profiles.PROFILES:
            _fail(f"--profile: expected one of {', '.join(profiles.PROFILES)}, got {profile!r}")
        if examples is not None and examples < 1:
            _fail(f"--examples: expected a positive number, got {examples}")
        if export_dir is not None and export_dir.exists() and not export_dir.is_dir():
            _fail(f"--export: {export_dir} exists and is not a folder")
        try:
            navne = _benefits_to_generate(candidate, ydelse, timeout)
            reports = [run_fuzz(candidate, FuzzConfig(ydelse=navn, profile=profile, examples=examples, seed=seed),
                                timeout=timeout) for navn in navne]
        except CandidateError as exc:
            _fail(f"candidate: {exc}")
        except Exception as exc:
            if os.environ.get("YDELSESTJEK_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc}; set YDELSESTJEK_DEBUG=1 for the traceback")
        texts = []
        for report in reports:
            exported = None
            if export_dir is not None and report.counterexamples:
                from harness.authoring.export import export
                exported = export(report, export_dir)
            texts.append(render(report, exported))
        if json_out is not None:
            doc = [r.to_dict() for r in reports]
            json_out.write_text(json.dumps(doc[0] if len(doc) == 1 else doc, ensure_ascii=False, indent=2, default=str),
                                encoding="utf-8")
        typer.echo("\n\n".join(texts))
        raise typer.Exit(max(r.exit_code for r in reports))


def _benefits_to_generate(spec: str, ydelse: str | None, timeout: float | None) -> list[str]:
    """`[ydelse]` when given (exit 2 if unknown or without generators), else every benefit the candidate declares
    that has generators. Raises CandidateError when the candidate cannot be opened or started."""
    from harness.adapters_api import CandidateError, open_candidate
    from harness.contract.ydelse import YdelseError, alle, find
    if ydelse is not None:
        try:
            if find(ydelse).generators is None:
                _fail(f"--ydelse: the benefit {ydelse!r} has no generators")
        except YdelseError as exc:
            _fail(f"--ydelse: {exc}")
        return [ydelse]
    candidate = open_candidate(spec, timeout=timeout)
    try:
        meta = candidate.start()
    finally:
        candidate.stop()
    navne = [n for n in meta.ydelser if n in alle() and alle()[n].generators is not None]
    if not navne:
        raise CandidateError(f"the candidate declares no benefit that can be generated (it declares: "
                             f"{', '.join(meta.ydelser) or 'none'}; with generators: "
                             f"{', '.join(n for n, y in alle().items() if y.generators is not None)})")
    return navne
