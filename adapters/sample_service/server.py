"""Run the sample service with uvicorn: in the foreground (`ydelsestjek serve-sample`) or in a background
thread on a free loopback port (tests, benchmarks), stopped cleanly by `stop()`."""
from __future__ import annotations

import socket
import threading
import time

import uvicorn

from adapters.sample_service.app import create_app
from adapters.sample_service.faults import Faults


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class BackgroundServer:
    """uvicorn in a daemon thread; `url` is ready when the constructor returns."""

    def __init__(self, faults: Faults | None = None, token: str | None = None, memo: bool = False, echo: bool = False,
                 host: str = "127.0.0.1", port: int | None = None, log_level: str = "critical"):
        self.port = port or free_port(host)
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(create_app(faults, token=token, memo=memo, echo=echo), host=host, port=self.port,
                                log_level=log_level, access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name=f"sample-service-{self.port}", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the sample service did not start on {self.url}")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(host: str, port: int, faults: Faults, token: str | None, memo: bool, echo: bool = False,
          log_level: str = "warning") -> None:
    """Serve in the foreground until Ctrl-C."""
    uvicorn.run(create_app(faults, token=token, memo=memo, echo=echo), host=host, port=port, log_level=log_level,
                access_log=False, lifespan="off")
