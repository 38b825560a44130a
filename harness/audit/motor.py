"""The engines an audit's shards run on, both as a `concurrent.futures.Executor` (measured in
/work/shared/notes/tooling.md §5: the lightest to embed; the same API locally and on a cluster):

- `local` (default): a process pool on this machine. Workers are forked from a fresh server process
  (multiprocessing's forkserver), not from the coordinator, which holds pyarrow's threads.
- `dask`: Dask distributed. With a scheduler address, an existing cluster (the workers need this project's
  environment and read access to the input files); without, a LocalCluster of worker processes on this machine.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

ENGINES = ("local", "dask")
CONNECT_SECONDS = 30.0   # to reach a scheduler and finish Dask's handshake with it
WORKERS_SECONDS = 60.0   # for a reached scheduler to have at least one worker


class EngineError(Exception):
    """The engine cannot be started (no scheduler at the address, Dask missing, …)."""


@contextlib.contextmanager
def executor(engine: str, workers: int, scheduler: str | None = None) -> Iterator[tuple[Executor, str]]:
    """(an Executor, a description of it for the report)."""
    if engine == "local":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["harness.audit.arbejde"])
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        try:
            yield pool, f"lokal procespulje, {workers} arbejdsprocesser"
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return
    if engine != "dask":
        raise EngineError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs the distributed package (pip install 'dask[distributed]')") from None
    cluster = None
    try:
        if scheduler:
            client = _connect(Client, scheduler)
            where = f"Dask-klynge {scheduler} ({len(client.scheduler_info().get('workers', {}))} arbejdere)"
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
            where = f"Dask LocalCluster, {workers} arbejdsprocesser"
    except (OSError, ValueError) as exc:    # ValueError: an address that is none (`nonsense`, `tcp://[::1`)
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
    try:
        pool = client.get_executor(pure=False)
        yield pool, where
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def _connect(client_class, scheduler: str):
    """A client of the scheduler at `scheduler`, within bounded time, or an EngineError naming the address.

    Dask's own connect timeout does not bound the handshake: a service that accepts the connection and then says
    nothing (a web server, a database) held the audit with no end, and one that answers with something else made Dask
    raise whatever its decoder hit (MemoryError on an HTTP reply), as an internal error (red team round 10c F5). So
    the client is made in a thread of its own and waited for at most CONNECT_SECONDS; a thread still stuck then is a
    daemon, left behind by the exiting command. A scheduler with no worker would leave every shard waiting: at least
    one must join within WORKERS_SECONDS."""
    box: dict[str, object] = {}

    def connect() -> None:
        try:
            box["client"] = client_class(scheduler, timeout=CONNECT_SECONDS)
        except BaseException as exc:      # whatever a non-Dask answer makes Dask's decoder raise
            box["error"] = exc

    thread = threading.Thread(target=connect, name="dask-connect", daemon=True)
    thread.start()
    thread.join(CONNECT_SECONDS + 5)
    if thread.is_alive():
        raise EngineError(f"no Dask scheduler answered at {scheduler!r} within {CONNECT_SECONDS:.0f} s: something "
                          "there accepts connections but does not speak Dask's protocol (or the network drops them); "
                          "give the scheduler's address, tcp://HOST:8786")
    error = box.get("error")
    if isinstance(error, (OSError, ValueError)):
        raise error
    if error is not None:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler!r}: what answered there is not a Dask "
                          f"scheduler ({type(error).__name__}: {str(error)[:200] or 'no message'})")
    client = box["client"]
    try:
        client.wait_for_workers(1, timeout=WORKERS_SECONDS)  # type: ignore[attr-defined]
    except Exception as exc:    # dask raises TimeoutError, or what a scheduler going away makes it raise
        with contextlib.suppress(Exception):
            client.close()  # type: ignore[attr-defined]
        raise EngineError(f"the Dask scheduler {scheduler!r} has no worker after {WORKERS_SECONDS:.0f} s: start "
                          f"workers on it (dask worker {scheduler}), then audit again ({type(exc).__name__})") from None
    return client
