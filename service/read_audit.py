"""The audit of reads: every request that reaches one patient's data (API or patient page) appends an event —
time, tenant, key id, patient id, method, route template, status — to that patient's Redis stream, an
append-only log (XADD only; never trimmed, kept after the patient's erasure: it holds ids, no PHI).
`clinigraph audit --patient ID` lists them."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
import redis.asyncio
import redis.exceptions
from starlette.types import ASGIApp, Scope

from service.answered import Answered

log = logging.getLogger(__name__)
STREAM = "clinigraph:audit:patient:{patient_id}"


@dataclass(frozen=True)
class Audited:
    """Set by a route that finds its patient itself (a record's status, a patient page) in `state.audited`."""

    tenant_id: str
    patient_id: str
    key_id: str | None = None  # a page is opened by URL, not by key


def _subject(state: dict[str, Any]) -> Audited | None:
    if (audited := state.get("audited")) is not None:
        return audited  # type: ignore[no-any-return]
    patient, caller = state.get("patient"), state.get("caller")
    if patient is None or caller is None:
        return None
    return Audited(caller.tenant.id, patient.id, caller.key_id)


class ReadAudit(Answered):
    def __init__(self, app: ASGIApp, redis_url: str) -> None:
        super().__init__(app)
        self.redis = redis.asyncio.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2)

    async def answered(self, scope: Scope, status: int, seconds: float) -> None:
        subject, route = _subject(scope.get("state", {})), scope.get("route")
        if subject is not None and route is not None:  # no route: nothing was served, nothing read
            await self._append(subject, scope["method"], route.path, status)

    async def _append(self, subject: Audited, method: str, route: str, status: int) -> None:
        event = {"at": datetime.now(UTC).isoformat(), "tenant_id": subject.tenant_id, "key_id": subject.key_id or "",
                 "patient_id": subject.patient_id, "method": method, "route": route, "status": str(status)}
        try:
            await self.redis.xadd(STREAM.format(patient_id=subject.patient_id), event)  # type: ignore[arg-type]
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
            log.error("read audit not written", extra={"error": type(exc).__name__, "status": status})


def events(client: redis.Redis, patient_id: str, count: int = 1000) -> list[dict[str, str]]:
    """The patient's audit events, oldest first, each with its stream id."""
    entries = client.xrange(STREAM.format(patient_id=patient_id), count=count)
    return [{"id": entry_id.decode(), **{k.decode(): v.decode() for k, v in fields.items()}}
            for entry_id, fields in entries]
