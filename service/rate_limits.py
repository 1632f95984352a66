"""Rate limits: per API key on every `/v1` route (the tenant's limit per minute), per client address on patient
pages. Counted in Redis, so every API process shares the count, with a sliding window counter (the `limits`
package); over the limit is a 429 with `Retry-After`. An unreachable Redis admits the request: the limit is a
guard against abuse, not a dependency of every read."""

from __future__ import annotations

import logging
import math
import time

from limits import RateLimitItemPerMinute
from limits.aio.storage import RedisStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.tenants import Caller
from service import client_address
from service.responses import TOO_MANY_REQUESTS, error_response

log = logging.getLogger(__name__)
PAGE_PREFIX = "/p/"


class RateLimit:
    """Runs after `ApiKeyAuth`: a `/v1` request here has its caller."""

    def __init__(self, app: ASGIApp, redis_url: str, page_limit: int) -> None:
        if page_limit < 1:
            raise ValueError("the page rate limit must be at least one request per minute")
        self.app = app
        self.limiter = SlidingWindowCounterRateLimiter(
            RedisStorage(f"async+{redis_url}", implementation="redispy", wrap_exceptions=True,
                         key_prefix="clinigraph:rate"))
        self.page_limit = RateLimitItemPerMinute(page_limit)

    def _subject(self, scope: Scope) -> tuple[RateLimitItemPerMinute, str, str] | None:
        path: str = scope["path"]
        if path.startswith("/v1/"):
            caller: Caller = scope["state"]["caller"]
            return RateLimitItemPerMinute(caller.tenant.rate_limit), "key", caller.key_id
        if path.startswith(PAGE_PREFIX):
            request = Request(scope)
            address = client_address.client_of(request, request.app.state.trusted_proxies)
            return self.page_limit, "page", str(address)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        subject = scope["type"] == "http" and self._subject(scope)
        if subject:
            item, kind, who = subject
            try:
                admitted = await self.limiter.hit(item, kind, who)
                wait_s = 0 if admitted else (await self.limiter.get_window_stats(item, kind, who)).reset_time
            except StorageError as exc:
                log.warning("rate limits unavailable", extra={"error": type(exc.storage_error).__name__})
                admitted = True
            if not admitted:
                retry_after = str(max(1, math.ceil(wait_s - time.time())))
                await error_response(429, TOO_MANY_REQUESTS, {"Retry-After": retry_after})(scope, receive, send)
                return
        await self.app(scope, receive, send)
