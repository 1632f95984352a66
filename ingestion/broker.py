"""The Dramatiq Redis broker. Set it before `ingestion.actors` is imported: actors bind at import."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker

# A worker that stops heartbeating for this long has its unacked messages requeued by the others.
HEARTBEAT_TIMEOUT_MS = 30_000


_configured: RedisBroker | None = None


def configure(redis_url: str) -> RedisBroker:
    """Create the process-wide broker (with Dramatiq's default middleware: retries with backoff,
    time and age limits) and make it the one actors bind to."""
    broker = RedisBroker(url=redis_url, heartbeat_timeout=HEARTBEAT_TIMEOUT_MS, socket_timeout=5,
                         socket_connect_timeout=2)
    dramatiq.set_broker(broker)
    global _configured
    _configured = broker
    return broker


def require_configured() -> None:
    """Called by actor modules at import: binding to Dramatiq's implicit default broker is a bug."""
    if _configured is None:
        raise RuntimeError("ingestion.broker.configure() must run before actors are imported")


def ping(broker: RedisBroker) -> bool:
    try:
        return bool(broker.client.ping())
    except Exception:  # any failure to answer means "not ready"
        return False
