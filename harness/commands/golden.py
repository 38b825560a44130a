"""`ydelsestjek golden check | update | approve`: the review workflow for approved golden results."""
from __future__ import annotations

from pathlib import Path

import typer

from harness.toolkit.dansk import antal

DIR_HELP = "golden folder (default: golden/ in the repository)"
YDELSE_HELP = "only this benefit (default: every benefit folder under scenarios/)"


def register(app: typer.Typer) -> None:
    golden = typer.Typer(no_args_is_help=True, help="Approved golden results: check, propose, approve.")
    app.add_typer(golden, name="golden")

    @golden.command()
    def check(golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
              scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
              ydelse: str | None = typer.Option(None, help=YDELSE_HELP)) -> None:
        """Fail on missing, unused, unapproved, stale or tampered goldens (exit 1; 2 for a manifest mismatch)."""
        from harness.authoring import golden as workflow
        result = workflow.check(**_dirs(golden_dir, scenario_dir), ydelse=ydelse)
        if result.integrity:
            typer.echo("Golden-sættet matcher ikke manifestet (ændret uden godkendelse):", err=True)
            for line in result.integrity:
                typer.echo(f"  {line}", err=True)
            raise typer.Exit(2)
        for problem in result.problems:
            typer.echo(str(problem))
        for gid in result.afventer:
            typer.echo(f"afventer   {gid}: referencen afviger fra scenariet (@afventer-reference); ingen golden endnu")
        typer.echo(f"{antal(result.checked, 'godkendt golden', 'godkendte goldens')} kontrolleret, "
                   f"{antal(len(result.problems), 'problem', 'problemer')}.")
        raise typer.Exit(result.exit_code)

    @golden.command()
    def update(ids: list[str] = typer.Argument(None, help="only these ids (default: all)"),
               golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
               scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
               ydelse: str | None = typer.Option(None, help=YDELSE_HELP)) -> None:
        """Compute every scenario and write <ID>.pending.json where the result differs from the approved golden."""
        from harness.authoring import golden as workflow
        result = workflow.update(**_dirs(golden_dir, scenario_dir), ydelse=ydelse, ids=ids or None)
        for gid, lines in sorted(result.written.items()):
            typer.echo(f"{gid}: forslag skrevet")
            for line in lines:
                typer.echo(f"    {line}")
        for problem in result.errors:
            typer.echo(str(problem), err=True)
        for gid in result.afventer:
            typer.echo(f"{gid}: springes over (@afventer-reference)")
        typer.echo(f"{antal(len(result.written), 'forslag', 'forslag')}, {result.unchanged} uændrede, "
                   f"{len(result.errors)} fejl. Godkend med: ydelsestjek golden approve ID… "
                   f"--kilde haandberegnet|reference|officielt_eksempel --by NAVN --reason TEKST")
        raise typer.Exit(1 if result.errors else 0)

    @golden.command()
    def approve(ids: list[str] = typer.Argument(None, help="ids to approve"),
                by: str = typer.Option(..., "--by", help="who approves"),
                reason: str = typer.Option(..., "--reason", help="why the new result is right"),
                all_pending: bool = typer.Option(False, "--all-pending", help="approve every pending proposal"),
                kilde: str = typer.Option("reference", help="provenance: reference | haandberegnet | "
                                                             "officielt_eksempel"),
                note: str = typer.Option("", help="provenance note (default for haandberegnet: scenario and "
                                                  "fact-sheet rows)"),
                golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
                scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
                ydelse: str | None = typer.Option(None, help=YDELSE_HELP)) -> None:
        """Promote pending proposals to approved goldens and rewrite the manifest."""
        from harness.authoring import golden as workflow
        try:
            written = workflow.approve(ids or [], by=by, reason=reason, all_pending=all_pending, kilde=kilde,
                                       note=note, ydelse=ydelse, **_dirs(golden_dir, scenario_dir))
        except workflow.ApprovalError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from None
        typer.echo(f"{antal(len(written), 'golden', 'goldens')} godkendt af {by}; manifestet er opdateret.")


def _dirs(golden_dir: Path | None, scenario_dir: Path | None) -> dict:
    out = {}
    if golden_dir is not None:
        out["golden_root"] = golden_dir
    if scenario_dir is not None:
        out["scenario_root"] = scenario_dir
    return out
