"""`/v1/patients/{patient_id}/lab-trends`: the patient's lab results grouped by marker, with a trend."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import labs
from graph.clock import months_before
from nlp.labs.catalog import catalog
from schema.labs import LabTrends, LabTrendsQuery
from service import lab_series
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query

TAGS = ("labs",)


@operation(summary="Lab-result trends", tags=TAGS, query=LabTrendsQuery, responses={200: LabTrends},
           description="The patient's lab results from active documents in the last `period` months, one series "
                       "per marker (matched in any language, by synonym or LOINC code), values converted to the "
                       "marker's canonical unit, each point with its own reference range and source document.")
@patient_scoped
async def lab_trends(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, LabTrendsQuery)
    keys = None
    if query.markers is not None:
        found = [catalog().lookup(name) for name in query.markers]
        keys = sorted({marker.key for marker in found if marker is not None})
    since = months_before(datetime.now(UTC), query.period)
    rows = [] if keys == [] else await run_in_threadpool(
        labs.results, request.app.state.graph, patient.tenant_id, patient.id, since, keys)
    return model_response(LabTrends(patient_id=patient.id, period_months=query.period, total_results=len(rows),
                                    markers=lab_series.series(rows)))


routes = [Route("/v1/patients/{patient_id}/lab-trends", lab_trends, methods=["GET"])]
