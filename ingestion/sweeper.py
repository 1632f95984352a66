"""Re-enqueue work whose message never reached the broker or whose worker died mid-job."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from graph import callbacks, documents
from graph.driver import GraphUnavailable
from ingestion.context import WorkerContext

log = logging.getLogger(__name__)
Send = Callable[[str, str], object]


class Sweeper(threading.Thread):
    def __init__(self, ctx: WorkerContext, deliver_access_url: Send, deliver_callback: Callable[[str], object],
                 extract_text: Send, classify_document: Send, enrich_document: Send, queue_busy: Callable[[], bool],
                 interval_s: float = 30.0, grace_ms: int = 60_000) -> None:
        super().__init__(name="sweeper", daemon=True)
        self.ctx = ctx
        self.deliver_access_url = deliver_access_url
        self.deliver_callback = deliver_callback
        self.steps = {"extract": extract_text, "classify": classify_document, "enrich": enrich_document}
        self.queue_busy = queue_busy
        self.interval_s = interval_s
        self.grace_ms = grace_ms
        self.stopping = threading.Event()

    def sweep(self) -> int:
        """Access URLs never issued and callbacks whose message was lost; documents left `pending` (the broker
        was down at upload), stuck in `processing` past any job's time limit, extracted but never classified,
        or never enriched.
        A `pending` document is taken as lost only while the documents queue is empty: behind a backlog its
        message is still queued, and re-sending every pending document each sweep multiplied the backlog."""
        unissued = callbacks.undelivered_patients(self.ctx.graph, grace_ms=self.grace_ms)
        for tenant_id, patient_id in unissued:
            self.deliver_access_url(tenant_id, patient_id)
        lost = callbacks.due(self.ctx.graph, grace_ms=self.grace_ms)
        for delivery_id in lost:
            self.deliver_callback(delivery_id)
        deliveries = len(unissued) + len(lost)
        stuck = documents.due(self.ctx.graph, pending_grace_ms=self.grace_ms, include_pending=not self.queue_busy())
        for tenant_id, document_id, step in stuck:
            self.steps[step](tenant_id, document_id)
        if deliveries or stuck:
            log.info("re-enqueued work", extra={"deliveries": deliveries, "documents": len(stuck)})
        return deliveries + len(stuck)

    def run(self) -> None:
        while not self.stopping.wait(self.interval_s):
            try:
                self.sweep()
            except (GraphUnavailable, ConnectionError) as exc:
                log.warning("sweep skipped: %s", exc)

    def stop(self) -> None:
        self.stopping.set()
