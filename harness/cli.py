"""The `ydelsestjek` command line."""
import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="ydelsestjek: conformance bench for Danish benefit systems.")


def main() -> None:
    app()
