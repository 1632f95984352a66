"""`x-api-key` on every `/v1` route, bound to exactly one tenant."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from graph import tenants
from graph.driver import GraphUnavailable
from graph.tenants import Caller
from service.responses import INVALID_KEY, UNAVAILABLE, error_response

log = logging.getLogger(__name__)
PROTECTED_PREFIX = "/v1/"
MAX_KEY_LENGTH = 256


class ApiKeyAuth:
    """Resolves the key to a `Caller` in `request.state.caller`; 401 otherwise, 503 if the graph is down."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        key = request.headers.get("x-api-key", "")
        try:
            caller = await run_in_threadpool(tenants.authenticate, request.app.state.graph, key) if (
                0 < len(key) <= MAX_KEY_LENGTH) else None
        except GraphUnavailable:
            log.warning("authentication unavailable: graph unreachable")
            await error_response(503, UNAVAILABLE, {"Retry-After": "5"})(scope, receive, send)
            return
        if caller is None:
            await error_response(401, INVALID_KEY)(scope, receive, send)
            return
        scope.setdefault("state", {})["caller"] = caller
        await self.app(scope, receive, send)


def caller_of(request: Request) -> Caller:
    caller: Caller = request.state.caller
    return caller
