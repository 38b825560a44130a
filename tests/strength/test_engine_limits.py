"""A mutant's process is bounded in memory as in time: one that loops building data fails with MemoryError in its
own process instead of taking the machine (a red-team run saw one grow to 23 GB)."""
from __future__ import annotations

import multiprocessing
import sys

import pytest

from harness.strength.engine import _cap_memory


def _grow(conn) -> None:
    _cap_memory(256 * 1024 ** 2)
    try:
        hoard = [bytearray(64 * 1024 ** 2) for _ in range(64)]       # 4 GiB, far past the cap
        conn.send(f"grew to {len(hoard)} blocks")
    except MemoryError:
        conn.send("MemoryError")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the cap reads /proc")
def test_a_mutants_process_cannot_grow_past_its_cap():
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe()
    p = ctx.Process(target=_grow, args=(theirs,))
    p.start()
    assert ours.poll(60) and ours.recv() == "MemoryError"
    p.join(10)
