"""Re-enqueue work whose message never reached the broker or whose worker died mid-claim."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from graph import access_urls
from graph.driver import GraphUnavailable
from ingestion.context import WorkerContext

log = logging.getLogger(__name__)


class Sweeper(threading.Thread):
    def __init__(self, ctx: WorkerContext, deliver_access_url: Callable[[str, str], object], interval_s: float = 30.0,
                 grace_ms: int = 60_000) -> None:
        super().__init__(name="sweeper", daemon=True)
        self.ctx = ctx
        self.deliver_access_url = deliver_access_url
        self.interval_s = interval_s
        self.grace_ms = grace_ms
        self.stopping = threading.Event()

    def sweep(self) -> int:
        due = access_urls.due(self.ctx.graph, grace_ms=self.grace_ms)
        for tenant_id, patient_id in due:
            self.deliver_access_url(tenant_id, patient_id)
        if due:
            log.info("re-enqueued access url deliveries", extra={"count": len(due)})
        return len(due)

    def run(self) -> None:
        while not self.stopping.wait(self.interval_s):
            try:
                self.sweep()
            except (GraphUnavailable, ConnectionError) as exc:
                log.warning("sweep skipped: %s", exc)

    def stop(self) -> None:
        self.stopping.set()
