"""Thread pools of their own for what must keep answering while graph reads queue in Starlette's shared pool:
authentication and readiness; one for analytics, so tenant-wide scans never take every thread; and a bound on
the model calls awaited at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter

from ingestion.llm import LLM_CONCURRENCY

T = TypeVar("T")


@dataclass(frozen=True)
class Pools:
    """Made inside the app's event loop (anyio limiters belong to one)."""

    auth: CapacityLimiter = field(default_factory=lambda: CapacityLimiter(16))
    readiness: CapacityLimiter = field(default_factory=lambda: CapacityLimiter(2))
    analytics: CapacityLimiter = field(default_factory=lambda: CapacityLimiter(1))
    llm: CapacityLimiter = field(default_factory=lambda: CapacityLimiter(LLM_CONCURRENCY))  # model calls awaited


async def run_in(limiter: CapacityLimiter, func: Callable[..., T], *args: Any) -> T:
    return await anyio.to_thread.run_sync(partial(func, *args), limiter=limiter)
