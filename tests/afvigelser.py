"""A benefit's comparison data judged on its real approved goldens: the failure classes the comparison finds when a
golden's decision is changed."""
from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache

from harness.compare.differ import compare_decisions
from harness.compare.policy import load_policy
from harness.golden.store import load_goldens


@cache
def _goldens(ydelse: str) -> dict:
    return {g.id: g for g in load_goldens(ydelse=ydelse)}


@cache
def _policy():
    return load_policy()


def klasser(ydelse: str, gid: str, change: Callable[[dict], None]) -> set[str]:
    """The failure classes of golden `gid`'s approved decision after `change(decision)`, against the approved one."""
    approved = _goldens(ydelse)[gid].decision
    decision = copy.deepcopy(approved)
    change(decision)
    return {f.klasse for f in compare_decisions(_policy(), ydelse, approved, decision)}
