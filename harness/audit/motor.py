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
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

ENGINES = ("local", "dask")


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
            client = Client(scheduler, timeout=30)
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
