"""Callbacks to the partner EMR: each patient's access URL, signed as Standard Webhooks, retried on the
spec's schedule for about three days, every attempt logged in the graph.

A network error, a 5xx, 408 or 429 is retried; any other 4xx is final, and 410 Gone also disables the
tenant's endpoint until the operator sets it again. Redirects are not followed (the target was checked,
the redirect's would not be). Retries of a graph or broker fault are Dramatiq's own.
"""

from __future__ import annotations

import json
import logging
import random
import time
from datetime import UTC, datetime

import dramatiq
import httpx

from graph import callbacks
from graph.callbacks import Claimed, Outcome
from graph.clock import now_ms
from ingestion import broker, context, signing
from ingestion.metrics import CALLBACK_ATTEMPTS
from ingestion.callback_target import TargetRefused, pinned

broker.require_configured()
log = logging.getLogger(__name__)
QUEUE = "callbacks"
TIMEOUT_S = 10.0
# Standard Webhooks' example schedule (standardwebhooks.com, "Retry schedule"): at once, then after 5 s,
# 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h — about 3.3 days in all — each with ±20 % jitter.
RETRY_DELAYS_S = (5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400)
JITTER = 0.2
RETRYABLE_STATUSES = {408, 429}
infrastructure_retries = {"max_retries": 8, "min_backoff": 2_000, "max_backoff": 300_000}


@dramatiq.actor(queue_name=QUEUE, **infrastructure_retries)
def deliver_access_url(tenant_id: str, patient_id: str, rotate: bool = False) -> None:
    """Issue a new patient's access URL (once; again only when rotating) and send it."""
    ctx = context.current()
    delivery_id = callbacks.issue_access_url(ctx.graph, tenant_id, patient_id, ctx.public_url, rotate)
    if delivery_id is not None:
        deliver_callback.send(delivery_id)


@dramatiq.actor(queue_name=QUEUE, **infrastructure_retries)
def deliver_callback(delivery_id: str) -> None:
    """One attempt of a delivery; a retryable failure schedules the next one."""
    graph = context.current().graph
    claimed = callbacks.claim(graph, delivery_id)
    if claimed is None:
        return  # settled, not due yet, or being sent by another worker
    outcome = attempt(claimed)
    callbacks.settle(graph, delivery_id, outcome)
    CALLBACK_ATTEMPTS.labels(outcome.status).inc()
    log.info("callback attempt", extra={"delivery_id": delivery_id, "attempt": claimed.attempt,
                                        "status": outcome.status, "status_code": outcome.status_code,
                                        "error": outcome.error, "latency_ms": outcome.latency_ms})
    if outcome.status == "pending" and outcome.next_attempt_at is not None:
        deliver_callback.send_with_options(args=(delivery_id,), delay=max(0, outcome.next_attempt_at - now_ms()))


def attempt(claimed: Claimed) -> Outcome:
    url = claimed.url
    if url is None:
        return Outcome("failed", error="the tenant has no callback URL")
    if claimed.disabled:
        return Outcome("failed", url, error="the endpoint answered 410 Gone earlier and is disabled")
    try:
        target = pinned(url, claimed.allow_private)
    except TargetRefused as exc:
        return Outcome("failed", url, error=str(exc))
    body = json.dumps(claimed.body, ensure_ascii=False, separators=(",", ":"))
    headers = {"content-type": "application/json", **target.headers}
    if claimed.secrets:
        headers |= signing.headers(claimed.id, datetime.now(UTC), body, claimed.secrets)
    else:  # a tenant made before signing existed: `tenant rotate-webhook-secret` gives it a secret
        log.warning("callback sent unsigned: the tenant has no webhook secret", extra={"tenant_id": claimed.tenant_id})
        headers |= {"webhook-id": claimed.id, "webhook-timestamp": str(int(time.time()))}
    if claimed.callback_key:
        headers["x-api-key"] = claimed.callback_key  # the key the partner gave for its endpoint (the seed)
    started = time.perf_counter()
    try:
        with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False, trust_env=False) as http:
            response = http.post(target.url, content=body.encode(), headers=headers, extensions=target.extensions)
    except httpx.HTTPError as exc:
        return _again(claimed, url, None, _since(started), type(exc).__name__)
    latency, code = _since(started), response.status_code
    if response.is_success:
        return Outcome("delivered", url, code, latency)
    if code == 410:
        return Outcome("failed", url, code, latency, "410 Gone: endpoint disabled", disable=True)
    if code in RETRYABLE_STATUSES or code >= 500:
        return _again(claimed, url, code, latency, f"HTTP {code}")
    return Outcome("failed", url, code, latency, f"HTTP {code}")


def _again(claimed: Claimed, url: str, code: int | None, latency: int, error: str) -> Outcome:
    if claimed.attempt > len(RETRY_DELAYS_S):
        return Outcome("failed", url, code, latency, f"{error}; retries exhausted")
    delay_s = RETRY_DELAYS_S[claimed.attempt - 1] * random.uniform(1 - JITTER, 1 + JITTER)  # noqa: S311 - jitter
    return Outcome("pending", url, code, latency, error, next_attempt_at=now_ms() + int(delay_s * 1000))


def _since(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
