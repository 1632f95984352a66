"""An optional OpenAI-compatible chat endpoint (CLINIGRAPH_LLM_*), shared by the summary (API) and the
interpretation narrative (API and worker). Any failure is None: callers fall back to their deterministic
text, so a model that is down or wrong never blocks or misleads a clinician. Calls are bounded: a timeout of
their own, and at most LLM_CONCURRENCY at once per process (a slow model never holds every thread)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
from anyio import CapacityLimiter

log = logging.getLogger(__name__)
LLM_CONCURRENCY = 4
_slots = threading.BoundedSemaphore(LLM_CONCURRENCY)


@dataclass(frozen=True)
class LlmEndpoint:
    url: str  # base URL: …/v1 (the client posts to {url}/chat/completions)
    model: str
    key: str | None = None
    timeout_s: float = 20.0


def _request(endpoint: LlmEndpoint, messages: list[dict[str, str]]) -> dict[str, Any]:
    return {"url": f"{endpoint.url.rstrip('/')}/chat/completions", "timeout": endpoint.timeout_s,
            "headers": {"Authorization": f"Bearer {endpoint.key}"} if endpoint.key else {},
            "json": {"model": endpoint.model, "temperature": 0, "messages": messages}}


def _answer(response: httpx.Response) -> str | None:
    response.raise_for_status()
    answer = response.json()["choices"][0]["message"]["content"]
    return answer.strip() if isinstance(answer, str) else None


FAILURES = (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError)


def chat(endpoint: LlmEndpoint, messages: list[dict[str, str]]) -> str | None:
    """The model's answer to `messages` (each {"role", "content"}), or None (also when every slot is taken)."""
    if not _slots.acquire(timeout=endpoint.timeout_s):
        log.warning("llm busy")
        return None
    try:
        return _answer(httpx.post(**_request(endpoint, messages)))
    except FAILURES as exc:
        log.warning("llm unavailable", extra={"error": type(exc).__name__})
        return None
    finally:
        _slots.release()


async def achat(endpoint: LlmEndpoint, messages: list[dict[str, str]], slots: CapacityLimiter) -> str | None:
    """`chat` on the API's event loop: waiting for a slot and for the model holds no thread, and both together
    take at most the endpoint's timeout."""
    with anyio.move_on_after(endpoint.timeout_s) as deadline:
        async with slots, httpx.AsyncClient() as client:
            try:
                return _answer(await client.post(**_request(endpoint, messages)))
            except FAILURES as exc:
                log.warning("llm unavailable", extra={"error": type(exc).__name__})
                return None
    if deadline.cancelled_caught:
        log.warning("llm busy or slow")
    return None
