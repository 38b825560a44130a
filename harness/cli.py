"""The `ydelsestjek` command line. Each command group lives in its own module under harness/commands/
and registers itself on `app`; this file only assembles them."""
from __future__ import annotations

import gc
import importlib
import os

# Set before anything imports pydantic (the command modules build models at import, and typer imports pydantic):
# no pydantic plugins in the command line. Looking for them scans every installed package's entry points at the
# first model; ydelsestjek uses none, and a plugin installed in the environment would see every case and decision.
# An explicit setting is left alone.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
# The cyclic garbage collector, tuned for a batch command that holds its goldens and results to the end: with the
# defaults (700, 10, 10) a default run made ten full collections of ≈ 420,000 live objects, freeing almost nothing,
# ≈ 1.3 s of its 3.8 s CPU; with fewer young and full collections it takes 2.5 s, peak memory the same (measured
# 2026-11-27). Cycles are still collected. Set before the imports, which allocate most of what a run holds.
gc.set_threshold(10_000, 10, 100)

import typer  # noqa: E402

# rich_markup_mode=None: plain help and error texts; rich's import would cost every --help ≈ 0.1 s.
app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="ydelsestjek: conformance bench for Danish benefit systems.")



def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version
        typer.echo(f"ydelsestjek {version('ydelsestjek')}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """ydelsestjek: conformance bench for Danish benefit systems."""


# One line per command module; each has register(app).
COMMAND_MODULES = (
    "harness.commands.audit",
    "harness.commands.compare",
    "harness.commands.explain",
    "harness.commands.fuzz",
    "harness.commands.golden",
    "harness.commands.negative",
    "harness.commands.pack",
    "harness.commands.lint",
    "harness.commands.run",
    "harness.commands.serve",
    "harness.commands.strength",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    _terminate_as_interrupt()
    app()


def _terminate_as_interrupt() -> None:
    """SIGTERM (a CI job cancelled, `timeout`, a service stopped) ends a command as Ctrl-C does: the candidate's
    processes stopped, what is done kept, how to resume said (exit 130). Python's default ends the process at once,
    and a candidate in a session of its own outlived the run (red team r17). Only in this process: a child that
    inherited the handler by fork takes the default, so a pool's terminate still ends its workers."""
    import signal
    here = os.getpid()

    def interrupt(signum: int, _frame: object) -> None:
        if os.getpid() != here:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)

if __name__ == "__main__":
    main()
