"""The Dramatiq Redis broker. Set it before `ingestion.actors` is imported: actors bind at import."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker

# A worker that stops heartbeating for this long has its unacked messages requeued by the others.
HEARTBEAT_TIMEOUT_MS = 30_000


def configure(redis_url: str) -> RedisBroker:
    """Create the process-wide broker (with Dramatiq's default middleware: retries with backoff,
    time and age limits) and make it the one actors bind to."""
    broker = RedisBroker(url=redis_url, heartbeat_timeout=HEARTBEAT_TIMEOUT_MS, socket_timeout=5,
                         socket_connect_timeout=2)
    dramatiq.set_broker(broker)
    return broker


def ping(broker: RedisBroker) -> bool:
    try:
        return bool(broker.client.ping())
    except Exception:  # any failure to answer means "not ready"
        return False
