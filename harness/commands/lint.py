"""`ydelsestjek lint`: every problem in the scenario files, for the jurist who writes them — not one assertion."""
from __future__ import annotations

from pathlib import Path

import typer

from harness.toolkit.dansk import antal


def register(app: typer.Typer) -> None:
    @app.command(epilog="Exit codes: 0 no problem, 1 problems found, 2 an unknown benefit or folder.")
    def lint(
        ydelse: str | None = typer.Option(None, "--ydelse", help="only this benefit (default: every benefit folder)"),
        scenario_dir: Path | None = typer.Option(None, "--scenario-dir", help="scenarios folder (default: scenarios/)"),
    ) -> None:
        """Check the Danish feature files: language line, keywords, ids, severity and § tags, legal areas, and that
        every step is one the benefit's grammar knows. Prints every problem with its file and line."""
        from harness.contract.ydelse import YdelseError, find
        from harness.scenarios import features
        from harness.scenarios import lint as scenario_lint
        root = scenario_dir or features.SCENARIO_DIR
        if not root.is_dir():
            typer.echo(f"ydelsestjek: --scenario-dir: {root} is not a folder", err=True)
            raise typer.Exit(2)
        if ydelse is not None:
            try:
                find(ydelse)
            except YdelseError as exc:
                typer.echo(f"ydelsestjek: --ydelse: {exc}", err=True)
                raise typer.Exit(2) from None
        problems = scenario_lint.lint_ydelse(ydelse, root) if ydelse else scenario_lint.lint_alle(root)
        for problem in problems:
            typer.echo(problem)
        typer.echo(f"{antal(len(problems), 'problem', 'problemer')} i {root}.")
        raise typer.Exit(1 if problems else 0)
