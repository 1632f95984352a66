"""An optional OpenAI-compatible chat endpoint (CLINIGRAPH_LLM_*), shared by the summary (API) and the
interpretation narrative (API and worker). Any failure is None: callers fall back to their deterministic
text, so a model that is down or wrong never blocks or misleads a clinician."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LlmEndpoint:
    url: str  # base URL: …/v1 (the client posts to {url}/chat/completions)
    model: str
    key: str | None = None
    timeout_s: float = 60.0


def chat(endpoint: LlmEndpoint, messages: list[dict[str, str]]) -> str | None:
    """The model's answer to `messages` (each {"role", "content"}), or None."""
    headers = {"Authorization": f"Bearer {endpoint.key}"} if endpoint.key else {}
    try:
        response = httpx.post(f"{endpoint.url.rstrip('/')}/chat/completions", headers=headers,
                              timeout=endpoint.timeout_s,
                              json={"model": endpoint.model, "temperature": 0, "messages": messages})
        response.raise_for_status()
        answer = response.json()["choices"][0]["message"]["content"]
    except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as exc:
        log.warning("llm unavailable", extra={"error": type(exc).__name__})
        return None
    return answer.strip() if isinstance(answer, str) else None
