"""Re-enqueue work whose message never reached the broker or whose worker died mid-claim."""

from __future__ import annotations

import logging
import threading

from graph import access_urls
from graph.driver import GraphUnavailable
from ingestion.access_urls import deliver_access_url
from ingestion.context import WorkerContext

log = logging.getLogger(__name__)


class Sweeper(threading.Thread):
    def __init__(self, ctx: WorkerContext, interval_s: float = 30.0) -> None:
        super().__init__(name="sweeper", daemon=True)
        self.ctx = ctx
        self.interval_s = interval_s
        self.stopping = threading.Event()

    def sweep(self) -> int:
        due = access_urls.due(self.ctx.graph)
        for patient_id in due:
            deliver_access_url.send(patient_id)
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
