"""JSON logs and the access log. Never log bodies, query strings or raw paths: they may carry PHI."""

from __future__ import annotations

import logging
import uuid

from pythonjsonlogger.json import JsonFormatter
from starlette.types import Message, Scope

from service.answered import Answered

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


class AccessLog(Answered):
    """One line per request with the route template, status and timing; sets `x-request-id`."""

    def begin(self, scope: Scope) -> None:
        scope.setdefault("state", {})["request_id"] = uuid.uuid4().hex

    def starting(self, scope: Scope, message: Message) -> None:
        message["headers"] = [*message.get("headers", []), (b"x-request-id", scope["state"]["request_id"].encode())]

    async def answered(self, scope: Scope, status: int, seconds: float) -> None:
        route = scope.get("route")
        caller = scope["state"].get("caller")
        access_log.info("request", extra={
            "request_id": scope["state"]["request_id"], "method": scope["method"],
            "route": getattr(route, "path", "unmatched"), "status": status, "duration_ms": round(seconds * 1000, 2),
            "tenant_id": caller.tenant.id if caller else None,
        })
