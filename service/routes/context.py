"""`/v1/patients/{patient_id}/context`: every concept of the patient's active documents, merged."""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import context
from graph.clock import months_before
from schema.context import ContextQuery, PatientContext
from service import patient_context
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query

TAGS = ("context",)


@operation(summary="Aggregated clinical context", tags=TAGS, query=ContextQuery, responses={200: PatientContext},
           description="Demographics (never the name), allergies, conditions (active, historical, suspected), current "
                       "medications, symptoms, procedures, family history, vitals, lifestyle, social factors, "
                       "recent consultations and recent lab alerts. Each entry merges every mention of one concept "
                       "in the patient's active documents, with its source documents and dates; negated mentions "
                       "never count.")
@patient_scoped
async def patient_context_endpoint(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, ContextQuery)
    now = datetime.now(UTC)
    rows = await run_in_threadpool(context.facts, request.app.state.graph, patient.tenant_id, patient.id,
                                   months_before(now, query.recent_months))
    return model_response(patient_context.build(patient, rows, query.recent_months, now))


routes = [Route("/v1/patients/{patient_id}/context", patient_context_endpoint, methods=["GET"])]
