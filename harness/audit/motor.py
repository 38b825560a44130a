"""The engines an audit's shards run on, both as a `concurrent.futures.Executor` (measured in
the team's tooling notes §5: the lightest to embed; the same API locally and on a cluster):

- `local` (default): a process pool on this machine. Workers are forked from a fresh server process
  (multiprocessing's forkserver), not from the coordinator, which holds pyarrow's threads.
- `dask`: Dask distributed. With a scheduler address, an existing cluster (the workers need this project's
  environment and read access to the input files); without, a LocalCluster of worker processes on this machine.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, CancelledError, Executor, ProcessPoolExecutor

ENGINES = ("local", "dask")
CONNECT_SECONDS = 30.0   # to reach a scheduler and finish Dask's handshake with it
WORKERS_SECONDS = 60.0   # for a reached scheduler to have at least one worker


class EngineError(Exception):
    """The engine cannot be started (no scheduler at the address, Dask missing, …) or cannot go on (its workers
    died or left)."""


Stalled = Callable[[], "str | None"]   # why the engine cannot finish the shards in flight, or None


def lost(exc: BaseException) -> bool:
    """Whether a shard's failure is the engine losing its worker, not the shard's own: a local worker killed (out of
    memory, kill -9) breaks the pool; Dask gives up on a task whose workers died KilledWorker's number of times, and
    cancels every task when its scheduler goes away (CancelledError; red team round 11b F5)."""
    return isinstance(exc, (BrokenExecutor, CancelledError)) or type(exc).__name__ == "KilledWorker"


def _never() -> str | None:
    return None


@contextlib.contextmanager
def executor(engine: str, workers: int, scheduler: str | None = None) -> Iterator[tuple[Executor, str, Stalled]]:
    """(an Executor, a description of it for the report, a check of whether it can still finish its work). A local
    pool reports a dead worker itself (BrokenProcessPool); a cluster whose workers all left would leave the shards
    in flight waiting with no end, so its check says so once it has had no worker for WORKERS_SECONDS."""
    if engine == "local":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["harness.audit.arbejde"])
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        try:
            yield pool, f"lokal procespulje, {workers} arbejdsprocesser", _never
        except BaseException:
            # the audit stops (Ctrl-C, a lost or stopped worker): waiting for the workers could wait for ever on one
            # that was stopped (SIGSTOP) or hangs, so they are killed; the finished shards are logged already
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                with contextlib.suppress(Exception):
                    process.kill()
            raise
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
        yield pool, where, _no_workers(client, scheduler or "LocalCluster")
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
    _check_scheme(scheduler)
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
    if isinstance(error, TypeError) and "ssl_context" in str(error):
        raise EngineError(f"cannot connect to {scheduler!r}: tls:// needs Dask's TLS settings (distributed.comm.tls: "
                          "the CA file and the client's certificate and key, in the Dask configuration)")
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


SCHEMES = ("tcp", "tls", "ws", "wss")   # Dask's network transports that need nothing beyond `distributed`


def _check_scheme(scheduler: str) -> None:
    """An address Dask could not reach from another process or without extra packages is named as such before any
    connection is tried (red team round 11b F7: `inproc://` and `ucx://` made misleading messages)."""
    scheme = scheduler.split("://", 1)[0].lower() if "://" in scheduler else "tcp"
    if scheme == "inproc":
        raise EngineError(f"{scheduler!r} is an in-process address: it names a scheduler inside one Python process, "
                          "which an audit cannot share; give the scheduler's network address, tcp://HOST:8786")
    if scheme not in SCHEMES:
        raise EngineError(f"the scheduler address {scheduler!r} uses the transport {scheme}://, which this audit does "
                          f"not support (it needs packages not installed); use {', '.join(s + '://' for s in SCHEMES)}")


def _no_workers(client, where: str) -> Stalled:
    since: list[float] = []

    def stalled() -> str | None:
        try:
            count = len(client.scheduler_info().get("workers", {}))
        except Exception as exc:     # the scheduler itself is gone
            return f"the Dask scheduler {where} stopped answering ({type(exc).__name__})"
        if count:
            since.clear()
            return None
        if not since:
            since.append(time.monotonic())
        if time.monotonic() - since[0] >= WORKERS_SECONDS:
            return f"the Dask cluster {where} has had no worker for {WORKERS_SECONDS:.0f} s"
        return None

    return stalled
