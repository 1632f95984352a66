"""`/v1/patients/{patient_id}/interpretations`: list, read, and generate one by hand (409 when no record was
added or replaced since the last one; the first is always allowed)."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import interpretations
from graph.clock import from_ms
from schema.errors import ErrorBody
from schema.interpretations import Interpretation, InterpretationList, InterpretationSummary
from service.auth import caller_of
from service.interpret import interpret
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import NOT_FOUND, model_response

TAGS = ("interpretations",)
NOTHING_NEW = "No record was added or replaced since the last interpretation."


def summary_body(found: dict[str, Any], current_key: str) -> dict[str, Any]:
    return {"id": found["id"], "created_at": from_ms(found["created_at"]), "trigger": found["trigger"],
            "requested_by": found["requested_by"], "generator": found["generator"],
            "generation_time_ms": found["generation_time_ms"], "language": found["language"],
            "records": found["records"], "findings": found["findings"],
            "covers_latest": found["covered_key"] == current_key}


@operation(summary="A patient's interpretations", tags=TAGS, responses={200: InterpretationList},
           description="Newest first, without their sections; `covers_latest` is false once a record was added or "
                       "replaced after it.")
@patient_scoped
async def list_interpretations(request: Request) -> Response:
    patient = patient_of(request)
    listing = await run_in_threadpool(interpretations.page, request.app.state.graph, patient.tenant_id, patient.id)
    return model_response(InterpretationList(interpretations=[
        InterpretationSummary(**summary_body(found, listing.current_key)) for found in listing.interpretations]))


@operation(summary="One interpretation", tags=TAGS, responses={200: Interpretation})
@patient_scoped
async def get_interpretation(request: Request) -> Response:
    patient = patient_of(request)
    try:
        interpretation_id = str(uuid.UUID(request.path_params["interpretation_id"]))
    except ValueError:
        raise HTTPException(404, NOT_FOUND) from None
    found = await run_in_threadpool(interpretations.get, request.app.state.graph, patient.tenant_id, patient.id,
                                    interpretation_id)
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    stored, current_key = found
    return model_response(Interpretation(**summary_body(stored, current_key), sections=stored["sections"]))


@operation(summary="Generate an interpretation now", tags=TAGS, responses={201: Interpretation},
           errors={409: ErrorBody},
           links={"patient_id": "$request.path.patient_id", "interpretation_id": "$response.body#/id"},
           description="Built from the patient's whole current graph (deterministic rules, each statement citing "
                       "its facts). 409 when no record was added or replaced since the last interpretation; the "
                       "first is always allowed, and cancels the automatic one.")
@patient_scoped
async def create_interpretation(request: Request) -> Response:
    patient = patient_of(request)
    created = await interpret(request, patient.tenant_id, patient.id, f"key:{caller_of(request).key_id}")
    found = created and await run_in_threadpool(interpretations.get, request.app.state.graph, patient.tenant_id,
                                                patient.id, created["id"])
    if not found:
        raise HTTPException(409, NOTHING_NEW)
    stored, current_key = found
    return model_response(Interpretation(**summary_body(stored, current_key), sections=stored["sections"]), 201)


routes = [
    Route("/v1/patients/{patient_id}/interpretations", list_interpretations, methods=["GET"]),
    Route("/v1/patients/{patient_id}/interpretations", create_interpretation, methods=["POST"]),
    Route("/v1/patients/{patient_id}/interpretations/{interpretation_id}", get_interpretation, methods=["GET"]),
]
