"""The Dramatiq Redis broker. Set it before `ingestion.actors` is imported: actors bind at import."""

from __future__ import annotations

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.common import dq_name
from dramatiq.middleware import CurrentMessage

from graph.retry import no_client_retries

# A worker that stops heartbeating for this long has its unacked messages requeued by the others,
# during queue maintenance; Dramatiq's default runs it on 0.1% of commands, which can leave a dead
# worker's message waiting many minutes, so it runs on 5% here (a cheap Lua script at our scale).
HEARTBEAT_TIMEOUT_MS = 15_000
MAINTENANCE_CHANCE = 50_000


_configured: tuple[str, RedisBroker] | None = None


def configure(redis_url: str) -> RedisBroker:
    """Create the process-wide broker (with Dramatiq's default middleware: retries with backoff,
    time and age limits) and make it the one actors bind to. Actors bind once per process, so a
    second call must name the same Redis."""
    global _configured
    if _configured is not None:
        url, existing = _configured
        if url != redis_url:
            raise RuntimeError("the broker is already configured with another Redis URL")
        return existing
    # No client-side retries: an unreachable broker fails fast (uploads fall back to the sweeper;
    # Dramatiq restarts its own consumers).
    client = redis.Redis.from_url(redis_url, socket_timeout=5, socket_connect_timeout=2, retry=no_client_retries())
    broker = RedisBroker(client=client, heartbeat_timeout=HEARTBEAT_TIMEOUT_MS, maintenance_chance=MAINTENANCE_CHANCE)
    broker.add_middleware(CurrentMessage())  # each step's lease is owned by its message
    dramatiq.set_broker(broker)
    _configured = (redis_url, broker)
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


def messages_key(broker: RedisBroker, queue_name: str) -> str:
    """The hash where Dramatiq keeps each of the queue's messages, by id, until it is acknowledged."""
    return f"{broker.namespace}:{queue_name}.msgs"


def holds_messages(broker: RedisBroker, queue_name: str) -> bool:
    """Whether `queue_name` has messages waiting, delayed for a retry or being worked on."""
    return any(broker.client.hlen(messages_key(broker, name)) for name in (queue_name, dq_name(queue_name)))
