"""`/v1/patients/{patient_id}/lab-trends`: the patient's lab results grouped by marker, with a trend."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from dateutil.relativedelta import relativedelta
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import labs
from graph.clock import from_ms, to_ms
from nlp.labs.catalog import catalog, display_name
from nlp.labs.trend import trend
from schema.labs import DataPoint, Extreme, LabTrends, LabTrendsQuery, MarkerSeries, ReferenceRange
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query

TAGS = ("labs",)


def _point(row: dict[str, Any]) -> DataPoint:
    return DataPoint(
        date=from_ms(row["observed_at"]).date(), value=row.get("canonical_value"),
        original_value=row.get("value_text") or "", original_unit=row.get("unit"),
        flag=row.get("flag") or "N",
        computed_flag=row.get("computed_flag"),
        reference_range=ReferenceRange(low=row.get("canonical_low"), high=row.get("canonical_high"),
                                       text=row.get("ref_text")),
        needs_review=bool(row.get("needs_review")), document_id=row["document_id"], result_id=row["id"])


def _series(rows: list[dict[str, Any]]) -> MarkerSeries:
    points = [_point(row) for row in rows]
    numeric = [(row["observed_at"], p.value, p.date) for row, p in zip(rows, points, strict=True)
               if p.value is not None]
    found = trend([t for t, _, _ in numeric], [value for _, value, _ in numeric])
    extremes = [Extreme(value=value, date=day) for _, value, day in numeric]
    latest = rows[-1]
    ranges = {(p.reference_range.low, p.reference_range.high) for p in points}
    return MarkerSeries(
        marker_key=latest["marker_key"], marker_name=display_name(latest["marker_key"], latest.get("language")),
        loinc=latest["loinc"], unit=latest.get("canonical_unit"),
        trend=found.direction, slope_per_month=found.slope_per_month, p_value=found.p_value,
        reference_range=points[-1].reference_range, reference_range_changed=len(ranges) > 1,
        latest=extremes[-1] if extremes else None,
        min=min(extremes, key=lambda e: e.value) if extremes else None,
        max=max(extremes, key=lambda e: e.value) if extremes else None, data_points=points)


@operation(summary="Lab-result trends", tags=TAGS, query=LabTrendsQuery, responses={200: LabTrends},
           description="The patient's lab results from active documents in the last `period` months, one series "
                       "per marker (matched in any language, by synonym or LOINC code), values converted to the "
                       "marker's canonical unit, each point with its own reference range and source document.")
@patient_scoped
async def lab_trends(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, LabTrendsQuery)
    since = datetime.now(UTC) - relativedelta(months=query.period)
    keys = None
    if query.markers is not None:
        found = [catalog().lookup(name) for name in query.markers]
        keys = sorted({marker.key for marker in found if marker is not None})
    rows = [] if keys == [] else await run_in_threadpool(
        labs.results, request.app.state.graph, patient.tenant_id, patient.id, to_ms(since), keys)
    series = [_series(list(group)) for _, group in groupby(rows, key=lambda row: row["marker_key"])]
    return model_response(LabTrends(patient_id=patient.id, period_months=query.period, total_results=len(rows),
                                    markers=series))


routes = [Route("/v1/patients/{patient_id}/lab-trends", lab_trends, methods=["GET"])]
