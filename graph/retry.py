"""Bounded retry with backoff for lost connections: a short outage is ridden out, a long one is a 503."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tenacity import RetryError, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from graph.driver import GraphUnavailable

T = TypeVar("T")


def with_retries(call: Callable[[], T], transient: tuple[type[BaseException], ...], attempts: int = 4) -> T:
    """Run `call`, retrying `transient` errors with 0.1 s → 0.8 s backoff, then raise GraphUnavailable."""
    retrying = Retrying(
        retry=retry_if_exception_type(transient),
        wait=wait_exponential(multiplier=0.1, max=0.8),
        stop=stop_after_attempt(attempts),
        reraise=False,
    )
    try:
        return retrying(call)
    except RetryError as exc:
        cause = exc.last_attempt.exception()
        raise GraphUnavailable(f"graph database unreachable: {type(cause).__name__}") from cause
