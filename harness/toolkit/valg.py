"""Choices for case builders: one builder, driven either by Hypothesis (shrinking, the example database) or by a
seeded random.Random (millions of bulk cases, any one regenerated from its number). A benefit's generators write
`build(ch)` against this small interface: int, pick, flag, edge."""
from __future__ import annotations

import builtins
import random
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

T = TypeVar("T")


@cache
def _integers(lo: int, hi: int) -> SearchStrategy[int]:
    return st.integers(lo, hi)


@cache
def _sampled(seq: tuple[Any, ...]) -> SearchStrategy[Any]:
    return st.sampled_from(seq)


@cache
def _edge(edges: tuple[int, ...], lo: int, hi: int) -> SearchStrategy[int]:
    return st.one_of(st.sampled_from(edges), st.integers(lo, hi))


class Hyp:
    """Choices drawn from Hypothesis (they shrink towards the first edge / the lower bound / False). Strategies
    are built once and reused: building them per draw cost more than the draws."""

    def __init__(self, draw: Callable[[SearchStrategy[Any]], Any]):
        self.draw = draw

    def int(self, lo: int, hi: int) -> int:
        return self.draw(_integers(lo, hi))

    def pick(self, seq: Sequence[T]) -> T:
        return self.draw(_sampled(tuple(seq)))

    def flag(self, p: float) -> bool:
        return self.draw(_integers(0, 99)) >= 100 - round(p * 100)

    def edge(self, edges: Sequence[builtins.int], lo: builtins.int, hi: builtins.int) -> builtins.int:
        return self.draw(_edge(tuple(edges), lo, hi))


class Rand:
    """Choices from a seeded random.Random (for bulk cases); same distribution shape as Hyp."""

    def __init__(self, rng: random.Random):
        self.r = rng

    def int(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.r.randrange(len(seq))]

    def flag(self, p: float) -> bool:
        return self.r.random() < p

    def edge(self, edges: Sequence[builtins.int], lo: builtins.int, hi: builtins.int) -> builtins.int:
        return edges[self.r.randrange(len(edges))] if self.r.random() < 0.5 else self.r.randint(lo, hi)
