"""Bounded retry with backoff for refused or reset connections: a restart of the database is ridden out, a
long outage is a 503. Timeouts are never retried (the caller would wait several times as long)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from redis.backoff import NoBackoff
from redis.retry import Retry
from tenacity import RetryError, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from graph.driver import GraphUnavailable

T = TypeVar("T")


def no_client_retries() -> Retry:
    """redis-py (FalkorDB's transport too) retries 10 times with up to 10 s of backoff by default,
    which turns an outage into a hang; our own bounded policy is the only retry."""
    return Retry(NoBackoff(), 0)


def with_retries(call: Callable[[], T], transient: tuple[type[BaseException], ...], attempts: int = 4) -> T:
    """Run `call`, retrying `transient` (connection) errors with 0.1 s → 0.8 s backoff, then raise GraphUnavailable."""
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
