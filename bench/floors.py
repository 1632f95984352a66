"""What the benchmarks' floors share: each benchmark times, in the same run and under the same load, what it is
chasing (a bare endpoint, the library alone, the database alone) and prints our figure beside it with their
ratio. On a shared machine absolute times drift from run to run; the ratio moves much less.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (`share` in 0–1)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * (len(ordered) - 1)))))]


def ratio(ours: float, floor: float) -> float:
    return ours / floor if floor > 0 else float("inf")


def verdict(value: float, target: float, at_most: bool = True) -> str:
    """`value` against its target, as the tables print it."""
    return "✓" if (value <= target if at_most else value >= target) else "✗"


def _one_core(idle: bool) -> None:
    """A floor process's start: one compute thread (CLINIGRAPH_COMPUTE_THREADS, read by OCR and the embedding model
    as a worker reads it when `serve` runs one worker per core), and, when it stands in for a worker, the workers'
    SCHED_IDLE, so that other load on a shared machine slows it exactly as much as it slows them."""
    os.environ["CLINIGRAPH_COMPUTE_THREADS"] = "1"
    if idle:
        from ingestion.worker import yield_cpu

        yield_cpu()


def on_one_core(function: Callable[..., T], *args: object, idle: bool = False) -> T:
    """`function(*args)` in a fresh process of one compute thread: the floor is per core, and the models it loads
    do not stay in (nor are shared with) this process."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1, _one_core, (idle,)) as pool:
        return pool.apply(function, args)
