"""`/v1/patients`: create, list and read patients of the caller's tenant."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import patients
from graph.clock import from_ms
from graph.patients import Patient
from ingestion import erasure
from ingestion.schedule import auto_interpretation_at
from schema.errors import ErrorBody, PatientConflictBody
from schema.patients import Patient as PatientBody
from schema.patients import ErasureBody, PatientCreate, PatientListQuery, PatientPage
from service.auth import caller_of
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_json, parse_query
from service.scopes import requires

log = logging.getLogger(__name__)
TAGS = ("patients",)


def patient_body(patient: Patient, timezone: str) -> PatientBody:
    auto = None if patient.interpreted_at is not None else auto_interpretation_at(patient.created_at, timezone)
    return PatientBody(
        id=patient.id, token=patient.token, external_id=patient.external_id, birth_date=patient.birth_date,
        sex=patient.sex, access_url_status=patient.access_url_status,
        created_at=from_ms(patient.created_at), updated_at=from_ms(patient.updated_at), auto_interpretation_at=auto,
    )


def enqueue_new_patient(patient: Patient, timezone: str) -> None:
    """A new patient's background work: its access URL's delivery (when a callback is configured) and its
    automatic interpretation at 12:00 the next day. Best effort: if the broker is down, the worker's sweeper
    does both later."""
    from ingestion.actors import deliver_access_url  # actors bind to the broker create_app configured
    from ingestion.interpretations import schedule

    try:
        if patient.access_url_status == "pending":
            deliver_access_url.send(patient.tenant_id, patient.id)
        schedule(patient.tenant_id, patient.id, patient.created_at, timezone)
    except Exception as exc:  # the broker's client raises many connection error types
        log.warning("new patient's work not enqueued; the sweeper will do it",
                    extra={"patient_id": patient.id, "error": type(exc).__name__})


@operation(summary="Create a patient", tags=TAGS, body=PatientCreate,
           responses={201: PatientBody}, errors={409: PatientConflictBody},
           links={"patient_id": "$response.body#/token"},
           description="Creates a patient under the caller's tenant. `external_id` is unique per tenant: "
                       "repeating one answers 409 with the existing patient's id. When the tenant has a "
                       "callback URL, the patient's access URL is delivered to it once, in the background.")
async def create_patient(request: Request) -> Response:
    body = await parse_json(request, PatientCreate)
    patient, created = await run_in_threadpool(
        patients.create, request.app.state.graph, caller_of(request).tenant.id,
        body.external_id, body.birth_date, body.sex.value if body.sex else None,
    )
    if not created:
        conflict = PatientConflictBody(detail="A patient with this external_id already exists", patient_id=patient.id)
        return model_response(conflict, 409)
    await run_in_threadpool(enqueue_new_patient, patient, caller_of(request).tenant.timezone)
    return model_response(patient_body(patient, caller_of(request).tenant.timezone), 201)


@operation(summary="List patients", tags=TAGS, query=PatientListQuery, responses={200: PatientPage})
async def list_patients(request: Request) -> Response:
    query = parse_query(request, PatientListQuery)
    found, total = await run_in_threadpool(
        patients.page, request.app.state.graph, caller_of(request).tenant.id, query.limit, query.offset,
        query.external_id,
    )
    timezone = caller_of(request).tenant.timezone
    page = PatientPage(patients=[patient_body(p, timezone) for p in found], total=total, limit=query.limit,
                       offset=query.offset)
    return model_response(page)


@operation(summary="Get a patient", tags=TAGS, responses={200: PatientBody})
@patient_scoped
async def get_patient(request: Request) -> Response:
    return model_response(patient_body(patient_of(request), caller_of(request).tenant.timezone))


@operation(summary="Erase a patient", tags=TAGS, responses={200: ErasureBody}, errors={403: ErrorBody},
           description="The patient's right to erasure (LGPD art. 18 VI, GDPR art. 17): the patient, its documents "
                       "and their files, text, facts and lab results, summaries, interpretations, callbacks and access "
                       "URL are removed for good (a document also linked to another patient stays, unlinked from this "
                       "one). An erasure entry with no personal data is kept. Needs a key of scope `admin`.")
@requires("admin")
@patient_scoped
async def erase_patient(request: Request) -> Response:
    patient, caller = patient_of(request), caller_of(request)
    entry = await run_in_threadpool(erasure.erase_patient, request.app.state.graph, request.app.state.data_dir,
                                    patient.tenant_id, patient.id, caller.key_id)
    return model_response(ErasureBody(erasure_id=entry["id"], patient_id=patient.id, documents=entry["documents"],
                                      files=entry["files"], erased_at=from_ms(entry["at"])))


routes = [
    Route("/v1/patients", create_patient, methods=["POST"]),
    Route("/v1/patients", list_patients, methods=["GET"]),
    Route("/v1/patients/{patient_id}", get_patient, methods=["GET"]),
    Route("/v1/patients/{patient_id}", erase_patient, methods=["DELETE"]),
]
