"""`ydelsestjek explain CASE.json`: the reference's decision and its Danish explanation."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def explain(case_file: str = typer.Argument(..., help="a case JSON file"),
                as_json: bool = typer.Option(False, "--json", help="print the machine-readable decision")) -> None:
        """Compute a case with the reference calculator and explain the decision step by step."""
        from harness.explain import explain_file
        raise typer.Exit(explain_file(case_file, as_json=as_json))
