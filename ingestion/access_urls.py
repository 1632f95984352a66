"""Deliver a new patient's access URL to the partner EMR's callback endpoint."""

from __future__ import annotations

import logging

import dramatiq
import httpx

from graph import access_urls
from ingestion import broker, context

broker.require_configured()
log = logging.getLogger(__name__)
PERMANENT_STATUSES = range(400, 500)
RETRYABLE_CLIENT_STATUSES = {408, 409, 425, 429}


class DeliveryFailed(Exception):
    """The partner could not take the callback now; Dramatiq retries with backoff."""


def access_url(public_url: str, access_token: str) -> str:
    return f"{public_url.rstrip('/')}/p/{access_token}"


@dramatiq.actor(queue_name="callbacks", max_retries=12, min_backoff=2_000, max_backoff=600_000,
                on_retry_exhausted="access_url_undeliverable")
def deliver_access_url(tenant_id: str, patient_id: str) -> None:
    ctx = context.current()
    target = access_urls.claim(ctx.graph, tenant_id, patient_id)
    if target is None:
        return
    headers = {"x-api-key": target.callback_key} if target.callback_key else {}
    body = {"patient_id": target.partner_patient_id, "access_url": access_url(ctx.public_url, target.access_token)}
    try:
        response = httpx.post(target.callback_url, json=body, headers=headers, timeout=10.0)
    except httpx.HTTPError as exc:
        access_urls.settle(ctx.graph, tenant_id, patient_id, "pending", error=type(exc).__name__)
        raise DeliveryFailed(f"callback unreachable: {type(exc).__name__}") from exc
    if response.is_success:
        access_urls.settle(ctx.graph, tenant_id, patient_id, "sent")
        log.info("access url delivered", extra={"patient_id": patient_id})
    elif response.status_code in PERMANENT_STATUSES and response.status_code not in RETRYABLE_CLIENT_STATUSES:
        access_urls.settle(ctx.graph, tenant_id, patient_id, "failed", error=f"HTTP {response.status_code}")
        log.warning("access url refused by partner", extra={"patient_id": patient_id, "status": response.status_code})
    else:
        access_urls.settle(ctx.graph, tenant_id, patient_id, "pending", error=f"HTTP {response.status_code}")
        raise DeliveryFailed(f"callback answered HTTP {response.status_code}")


@dramatiq.actor(queue_name="callbacks", max_retries=3)
def access_url_undeliverable(message: dict, retry_info: dict) -> None:
    """Retries are exhausted: record the failure so the sweeper stops picking the patient up."""
    tenant_id, patient_id = message["args"]
    graph = context.current().graph
    if access_urls.claim(graph, tenant_id, patient_id) is not None:
        access_urls.settle(graph, tenant_id, patient_id, "failed", error="retries exhausted")
