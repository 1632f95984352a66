"""One sweeper at a time among all worker processes: a Redis lock with an expiry, renewed by its holder
at each sweep, taken over by another worker once the holder stops renewing it (it died)."""

from __future__ import annotations

import redis
import redis.exceptions
from redis.lock import Lock

KEY = "clinigraph:sweeper"


class Leadership:
    def __init__(self, client: redis.Redis, ttl_s: float, key: str = KEY) -> None:
        # Not thread-local: the sweeper thread renews it, the thread stopping the worker releases it.
        self._lock = Lock(client, key, timeout=ttl_s, blocking=False, thread_local=False)

    def held(self) -> bool:
        """Renew the lock if this process holds it, else try to take it; False when another holds it or
        Redis cannot be reached (then nobody sweeps until it can)."""
        try:
            if self._lock.owned():
                self._lock.reacquire()
                return True
            return bool(self._lock.acquire(blocking=False))
        except (redis.exceptions.LockError, redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            return False

    def release(self) -> None:
        """Hand over at once on a clean stop, rather than after the expiry."""
        try:
            if self._lock.owned():
                self._lock.release()
        except (redis.exceptions.LockError, redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            return
