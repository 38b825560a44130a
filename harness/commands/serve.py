"""`ydelsestjek serve-sample`: the reference behind the HTTP contract, for trying the HTTP candidate path and
for rehearsing a flaky vendor test environment (--faults)."""
from __future__ import annotations

import os

import typer


def register(app: typer.Typer) -> None:
    @app.command("openapi", epilog="Exit codes: 0 written, 2 the file cannot be written.")
    def openapi(
        out: str | None = typer.Option(None, "--out", help="write the document here (default: standard output)"),
    ) -> None:
        """Print the HTTP contract for the installed benefits: one path per benefit, every schema bundled in.

        The document to point an OpenAPI tester at (README: "Testing an endpoint against the contract"); the
        sample service serves the same at GET /openapi.json.
        """
        import json
        from pathlib import Path

        from harness.contract.openapi import document
        text = json.dumps(document(), ensure_ascii=False, indent=1) + "\n"
        if out is None:
            typer.echo(text, nl=False)
            return
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            typer.echo(f"ydelsestjek: --out: cannot write {out}: {exc.strerror or exc}", err=True)
            raise typer.Exit(2) from None

    @app.command("serve-sample", epilog="Exit codes: 0 stopped with Ctrl-C, 2 bad option or the port is taken.")
    def serve_sample(
        host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (127.0.0.1)"),
        port: int = typer.Option(8000, "--port", help="port to listen on (8000)"),
        faults: str | None = typer.Option(None, "--faults", help="e.g. \"latency=50,error5xx=0.1,malformed=0.05,"
                                             "drop=0.1,reset=0.05,seed=1\" (shares 0..1, latency in ms)"),
        token_env: str | None = typer.Option(None, "--token-env", help="require this environment variable's "
                                                "value as bearer token (default: no token required)"),
        memo: bool = typer.Option(False, "--memo", help="answer a case seen before from memory (for benchmarks)"),
        echo: bool = typer.Option(False, "--echo", help="answer every case with a tiny placeholder, not a real "
                                  "decision (transport benchmarks only)"),
    ) -> None:
        """Serve the reference calculator through harness/contract/openapi.yaml until Ctrl-C.

        Try it: `ydelsestjek run --candidate http://127.0.0.1:8000`.
        """
        import errno
        import socket

        from adapters.sample_service.faults import Faults, FaultSpecError
        from adapters.sample_service.server import serve

        def fail(message: str) -> None:
            typer.echo(f"ydelsestjek: {message}", err=True)
            raise typer.Exit(2)

        try:
            parsed = Faults.parse(faults)
        except FaultSpecError as exc:
            fail(str(exc))
        if not 0 < port < 65536:
            fail(f"--port: expected 1-65535, got {port}")
        token = None
        if token_env:
            token = os.environ.get(token_env)
            if not token:
                fail(f"--token-env: the environment variable {token_env} is not set")
        try:   # a clear message instead of uvicorn's log line when the address is unusable
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                s.bind((host, port))
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: "
                 + ("the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror or str(exc)))
        typer.echo(f"sample candidate on http://{host}:{port} (faults: {parsed.describe()}"
                   f"{'; bearer token required' if token else ''}{'; memo' if memo else ''}"
                   f"{'; ECHO: placeholder answers' if echo else ''}); "
                   "Ctrl-C stops it", err=True)
        serve(host, port, parsed, token, memo, echo)
