"""Re-enqueue work whose message never reached the broker or whose worker died mid-job."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from graph import callbacks, documents
from graph.clock import now_ms
from graph.driver import GraphUnavailable
from ingestion import interpreting
from ingestion.context import WorkerContext
from ingestion.leadership import Leadership

log = logging.getLogger(__name__)
Send = Callable[[str, str], object]


class Sweeper(threading.Thread):
    def __init__(self, ctx: WorkerContext, deliver_access_url: Send, deliver_callback: Callable[[str], object],
                 extract_text: Send, classify_document: Send, enrich_document: Send, queue_busy: Callable[[], bool],
                 auto_interpret: Send | None = None, interval_s: float = 30.0, grace_ms: int = 60_000,
                 clock: Callable[[], int] = now_ms, leadership: Leadership | None = None) -> None:
        super().__init__(name="sweeper", daemon=True)
        self.ctx = ctx
        self.deliver_access_url = deliver_access_url
        self.deliver_callback = deliver_callback
        self.steps = {"extract": extract_text, "classify": classify_document, "enrich": enrich_document}
        self.queue_busy = queue_busy
        self.auto_interpret = auto_interpret
        self.clock = clock
        self.interval_s = interval_s
        self.grace_ms = grace_ms
        self.leadership = leadership  # None: this process is the only one sweeping
        self.stopping = threading.Event()

    def sweep(self) -> int:
        """Access URLs never issued and callbacks whose message was lost; automatic interpretations overdue
        (their delayed message lost); documents left `pending` (the broker
        was down at upload) or waiting between steps, and those whose step's lease lapsed (its worker died).
        A waiting document is taken as lost only while the documents queue is empty: behind a backlog its
        message is still queued, and re-sending every waiting document each sweep multiplied the backlog."""
        unissued = callbacks.undelivered_patients(self.ctx.graph, grace_ms=self.grace_ms)
        for tenant_id, patient_id in unissued:
            self.deliver_access_url(tenant_id, patient_id)
        lost = callbacks.due(self.ctx.graph, grace_ms=self.grace_ms)
        for delivery_id in lost:
            self.deliver_callback(delivery_id)
        deliveries = len(unissued) + len(lost)
        stuck = documents.due(self.ctx.graph, idle_ms=self.grace_ms, include_idle=not self.queue_busy())
        for tenant_id, document_id, step in stuck:
            self.steps[step](tenant_id, document_id)
        due = interpreting.overdue(self.ctx.graph, self.clock()) if self.auto_interpret else []
        for tenant_id, patient_id in due:
            self.auto_interpret(tenant_id, patient_id)  # type: ignore[misc]  # set when due is not empty
        if deliveries or stuck or due:
            log.info("re-enqueued work", extra={"deliveries": deliveries, "documents": len(stuck),
                                                "interpretations": len(due)})
        return deliveries + len(stuck) + len(due)

    def run(self) -> None:
        """A sweep at start (work that fell due while no worker ran), then one every interval, by whichever
        worker process holds the leadership."""
        while True:
            try:
                if self.leadership is None or self.leadership.held():
                    self.sweep()
            except (GraphUnavailable, ConnectionError) as exc:
                log.warning("sweep skipped: %s", exc)
            if self.stopping.wait(self.interval_s):
                return

    def stop(self) -> None:
        self.stopping.set()
        if self.is_alive():
            self.join(timeout=2.0)  # a sweep in progress: the rest of it is the next leader's
        if self.leadership is not None:
            self.leadership.release()
