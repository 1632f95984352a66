"""The automatic interpretation: a delayed message for the patient's 12:00 (ingestion.schedule), sent when
the patient is created; the worker's sweeper generates any whose message was lost (ingestion.interpreting)."""

from __future__ import annotations

import logging

import dramatiq

from graph.clock import now_ms
from ingestion import broker, context
from ingestion.interpreting import generate
from ingestion.schedule import auto_interpretation_at

broker.require_configured()
log = logging.getLogger(__name__)


@dramatiq.actor(queue_name="interpretations", max_retries=8, min_backoff=2_000, max_backoff=300_000)
def auto_interpret(tenant_id: str, patient_id: str) -> None:
    """The patient's first interpretation, at its 12:00 (or later, from the reconciler)."""
    ctx = context.current()
    created = generate(ctx.graph, tenant_id, patient_id, "automatic", "schedule", llm=ctx.llm)
    if created is not None:
        log.info("automatic interpretation", extra={"patient_id": patient_id, "interpretation_id": created["id"]})


def schedule(tenant_id: str, patient_id: str, created_at: int, timezone: str) -> int:
    """Send the delayed message for the patient's 12:00; the delay in ms. Best effort: the reconciler covers
    a message that never got out."""
    due = int(auto_interpretation_at(created_at, timezone).timestamp() * 1000)
    delay = max(0, due - now_ms())
    auto_interpret.send_with_options(args=(tenant_id, patient_id), delay=delay)
    return delay
