"""A shard runs with the cyclic garbage collector paused and collects its young objects itself after each batch:
the collector is as it was afterwards, and the cycles a batch leaves are gone by the next batch, so what the pause
holds is one batch's."""
from __future__ import annotations

import gc
import itertools
import os
import weakref

from harness.audit import arbejde
from harness.audit.kilder import Shard


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_shard_collects_each_batch_s_cycles_and_leaves_the_collector_as_it_was(recording, monkeypatch):
    _records, _lines, _planted, path = recording
    alive: set[int] = set()
    made = itertools.count()
    most = [0]
    real = arbejde._one

    def one(*args, **kwargs):
        cycle, token = _Cycle(), next(made)
        alive.add(token)
        weakref.finalize(cycle, alive.discard, token)
        del cycle                       # garbage now, but only the collector can free it
        most[0] = max(most[0], len(alive))
        return real(*args, **kwargs)

    monkeypatch.setattr(arbejde, "_one", one)
    monkeypatch.setattr(arbejde, "COLLECT_EVERY", 50)
    shard = Shard(0, "bytes", str(path), 0, os.path.getsize(path))
    opsaetning = arbejde.Opsaetning(noegle=b"k" * 32)
    arbejde.run_shard(shard, opsaetning)    # the worker's state made first (it freezes what lives then)
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            alive.clear()
            most[0] = 0
            res = arbejde.run_shard(shard, opsaetning)
            assert gc.isenabled() is enabled
            assert res.sager > 150
            assert most[0] <= 50          # never more than one batch's cycles waiting
            assert len(alive) <= 50
        finally:
            gc.enable()
