"""JSON logs and the access log. Never log bodies, query strings or raw paths: they may carry PHI."""

from __future__ import annotations

import logging
import time
import uuid

from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("clinigraph.access")


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
    ))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "dramatiq"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # it logs raw paths; AccessLog logs templates
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry full URLs


class AccessLog:
    """One line per request with the route template, status and timing; sets `x-request-id`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = scope.get("route")
            caller = scope["state"].get("caller")
            access_log.info("request", extra={
                "request_id": request_id, "method": scope["method"],
                "route": getattr(route, "path", "unmatched"), "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                "tenant_id": caller.tenant.id if caller else None,
            })
