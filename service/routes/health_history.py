"""`GET /v1/patients/{patient_id}/health-history`: every record of the patient, newest first, summarised."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import records
from graph.clock import day_ms, to_ms
from graph.records import DayBound
from schema.health_history import HealthHistory, HealthHistoryQuery
from service.auth import caller_of
from service.health_history import record
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query


def _day_start(day: date | None, timezone: str) -> DayBound | None:
    if day is None:
        return None
    return DayBound(day=day_ms(day), local=to_ms(datetime.combine(day, time(), ZoneInfo(timezone))))


@operation(summary="A patient's Health History", tags=("medical-data",), query=HealthHistoryQuery,
           responses={200: HealthHistory},
           description="Every current record of the patient — submissions and uploaded documents alike — newest "
                       "first by clinical date, with its status and a short summary of what it added (in the "
                       "center's language). Superseded versions only with `include_superseded=true`.")
@patient_scoped
async def health_history(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, HealthHistoryQuery)
    tenant = caller_of(request).tenant
    date_to = _day_start(query.date_to + timedelta(days=1), tenant.timezone) if query.date_to else None
    found = await run_in_threadpool(
        records.history, request.app.state.graph, tenant.id, patient.id, query.limit, query.offset, query.data_type,
        _day_start(query.date_from, tenant.timezone), date_to, query.include_superseded,
    )
    entries = [record(entry, found.first_seen, tenant.language, tenant.timezone) for entry in found.entries]
    return model_response(HealthHistory(patient_id=patient.id, language=tenant.language, records=entries,
                                        total=found.total, limit=query.limit, offset=query.offset))


routes = [Route("/v1/patients/{patient_id}/health-history", health_history, methods=["GET"])]
