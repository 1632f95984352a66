"""The audit of reads: every request that reaches one patient's data (API or patient page) appends an event —
time, tenant, key id, patient id, method, route template, status — to that patient's Redis stream, an
append-only log (XADD only; never trimmed, kept after the patient's erasure: it holds ids, no PHI).
`clinigraph audit --patient ID` lists them.

The event is written before the response's first byte leaves, so no read is served unaudited: when it cannot be
written the answer is 503 and the app's body is dropped."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
import redis.asyncio
import redis.exceptions
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.responses import UNAVAILABLE, error_response

log = logging.getLogger(__name__)
STREAM = "clinigraph:audit:patient:{patient_id}"


@dataclass(frozen=True)
class Audited:
    """Set by a route that finds its patient itself (a record's status, a patient page) in `state.audited`."""

    tenant_id: str
    patient_id: str
    key_id: str | None = None  # a page is opened by URL, not by key


def _subject(scope: Scope) -> Audited | None:
    state: dict[str, Any] = scope.get("state", {})
    if scope.get("route") is None:
        return None  # no route: nothing was served, nothing read
    if (audited := state.get("audited")) is not None:
        return audited  # type: ignore[no-any-return]
    patient, caller = state.get("patient"), state.get("caller")
    if patient is None or caller is None:
        return None
    return Audited(caller.tenant.id, patient.id, caller.key_id)


class ReadAudit:
    def __init__(self, app: ASGIApp, redis_url: str) -> None:
        self.app = app
        self.redis = redis.asyncio.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        answering, refused = False, False

        async def audited(message: Message) -> None:
            nonlocal answering, refused
            if message["type"] == "http.response.start":
                answering = True
                subject = _subject(scope)
                if subject is not None and not await self._append(subject, scope, message["status"]):
                    refused = True
                    await error_response(503, UNAVAILABLE, {"Retry-After": "5"})(scope, receive, send)
                    return
            if not refused:
                await send(message)

        try:
            await self.app(scope, receive, audited)
        except BaseException:
            if not answering and (subject := _subject(scope)) is not None:
                await self._append(subject, scope, 500)  # nothing was served; the attempt is still a read
            raise

    async def _append(self, subject: Audited, scope: Scope, status: int) -> bool:
        event = {"at": datetime.now(UTC).isoformat(), "tenant_id": subject.tenant_id, "key_id": subject.key_id or "",
                 "patient_id": subject.patient_id, "method": scope["method"], "route": scope["route"].path,
                 "status": str(status)}
        try:
            await self.redis.xadd(STREAM.format(patient_id=subject.patient_id), event)  # type: ignore[arg-type]
        except redis.exceptions.RedisError as exc:  # unreachable, read-only, out of memory: not written
            log.error("read audit not written: the read is refused", extra={"error": type(exc).__name__,
                                                                            "status": status})
            return False
        return True


def events(client: redis.Redis, patient_id: str, count: int = 1000) -> list[dict[str, str]]:
    """The patient's audit events, oldest first, each with its stream id."""
    entries = client.xrange(STREAM.format(patient_id=patient_id), count=count)
    return [{"id": entry_id.decode(), **{k.decode(): v.decode() for k, v in fields.items()}}
            for entry_id, fields in entries]
