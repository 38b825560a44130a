"""`ydelsestjek compare RUN_A RUN_B [RUN_C …]`: release against release, and a trend over a series of runs.

Every run's verdict, counts, defects and kroner are computed again from its recorded cases (as `report` does); a
file that stored something else was edited after its run, and that is said on the terminal and in the pages.

Exit codes: 0 the later run has nothing new (no new deviation, no new defect), 1 it has, 2 a run cannot be read or
computed again.
"""
from __future__ import annotations

import re
from pathlib import Path

import typer

EXIT_SAME, EXIT_NEW, EXIT_CONFIG = 0, 1, 2
HELP = ("Exit codes: 0 nothing new in the later run, 1 new deviations or defects, 2 a run cannot be read or its "
        "verdict cannot be computed again from its cases.")


def _find(run: str, reports: Path) -> Path:
    """A run folder, its results.json, or a run id under --reports."""
    path = Path(run)
    for candidate in (path, reports / run):
        if candidate.is_dir() and (candidate / "results.json").exists():
            return candidate / "results.json"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{run}: no run folder, results.json or run id in {reports}")


def register(app: typer.Typer) -> None:
    @app.command(epilog=HELP)
    def compare(
        runs: list[str] = typer.Argument(..., help="two or more runs, oldest first: a run folder, its results.json, "
                                                   "or a run id in --reports"),
        reports: Path = typer.Option(Path("reports"), "--reports", help="where run ids are looked up"),
        out: Path | None = typer.Option(None, "--out", help="folder for sammenligning.md and sammenligning.html "
                                                            "(default: REPORTS/sammenligning-<first>-<last>)"),
    ) -> None:
        """Compare a release's run with an earlier one: defects and deviations new, fixed, persisting and with changed
        severity, kroner at risk then and now; with more runs, the trend over all of them.
        """
        from harness.report import ResultsFileError, load_results
        from harness.report.comparison import anything_new, comparison_html, comparison_markdown, terminal
        from harness.report.escape import plain
        from harness.report.verdict import VerdictError, checked
        if len(runs) < 2:
            typer.echo("ydelsestjek: compare needs at least two runs (oldest first)", err=True)
            raise typer.Exit(EXIT_CONFIG)
        loaded = []
        for run in runs:
            try:
                path = _find(run, reports)
                loaded.append(checked(load_results(path), path))   # verdicts and figures from the cases, never read
            except (FileNotFoundError, ResultsFileError, VerdictError) as exc:
                typer.echo(f"ydelsestjek: {plain(exc, 2000)}", err=True)
                raise typer.Exit(EXIT_CONFIG) from None
            for note in loaded[-1].get("recomputed", []):
                typer.echo(f"ydelsestjek: advarsel: {path}: {plain(note, 600)}", err=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"sammenligning-{loaded[0]['run_id']}-{loaded[-1]['run_id']}")[:150]
        target = out or reports / name
        target.mkdir(parents=True, exist_ok=True)
        from harness.writing import replace_text  # a link planted in the folder is replaced, not written through
        replace_text(target / "sammenligning.md", comparison_markdown(loaded))
        replace_text(target / "sammenligning.html", comparison_html(loaded))
        typer.echo(terminal(loaded))
        typer.echo(f"Sammenligning: {target}")
        raise typer.Exit(EXIT_NEW if anything_new(loaded) else EXIT_SAME)
