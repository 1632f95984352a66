"""`GET /v1/callbacks` (the caller's deliveries and their attempts) and access-URL rotation."""

from __future__ import annotations

import logging
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import callbacks
from graph.callbacks import Listed
from graph.clock import from_ms
from schema.callbacks import AccessUrlRotated, CallbackAttempt, CallbackDelivery, CallbackPage, CallbackQuery
from schema.errors import ErrorBody
from service.auth import caller_of
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query

log = logging.getLogger(__name__)
TAGS = ("callbacks",)
ROTATED = "Access URL rotated: the previous URL no longer opens the page; the new one is being delivered."


def delivery_body(listed: Listed) -> CallbackDelivery:
    delivery: dict[str, Any] = listed.delivery
    return CallbackDelivery(
        id=delivery["id"], kind=delivery["kind"], patient_id=delivery["patient_id"],
        partner_patient_id=delivery.get("partner_patient_id"), status=delivery["status"],
        attempts=delivery["attempts"], created_at=from_ms(delivery["created_at"]),
        updated_at=from_ms(delivery["updated_at"]), delivered_at=from_ms(delivery.get("delivered_at")),
        next_attempt_at=from_ms(delivery.get("next_attempt_at")) if delivery["status"] == "pending" else None,
        last_status_code=delivery.get("last_status_code"), last_error=delivery.get("last_error"),
        attempt_log=[CallbackAttempt(number=a["number"], at=from_ms(a["at"]), url=a.get("url"),
                                     status_code=a.get("status_code"), latency_ms=a.get("latency_ms"),
                                     error=a.get("error")) for a in listed.attempts],
    )


@operation(summary="The caller's callback deliveries", tags=TAGS, query=CallbackQuery, responses={200: CallbackPage},
           description="Newest first, each with every attempt (time, URL, status code, latency, error).")
async def list_callbacks(request: Request) -> Response:
    query = parse_query(request, CallbackQuery)
    listed, total = await run_in_threadpool(callbacks.page, request.app.state.graph, caller_of(request).tenant.id,
                                            query.failed, query.limit, query.offset)
    return model_response(CallbackPage(callbacks=[delivery_body(item) for item in listed], total=total,
                                       limit=query.limit, offset=query.offset))


def enqueue_delivery(delivery_id: str) -> None:
    """Best effort: a delivery the broker never saw is sent by the worker's sweeper."""
    from ingestion.actors import deliver_callback  # actors bind to the broker create_app configured

    try:
        deliver_callback.send(delivery_id)
    except Exception as exc:  # the broker's client raises many connection error types
        log.warning("callback not enqueued; the sweeper will send it", extra={"delivery_id": delivery_id,
                                                                              "error": type(exc).__name__})


@operation(summary="Rotate a patient's access URL", tags=TAGS, responses={202: AccessUrlRotated},
           errors={409: ErrorBody},
           description="The current URL stops opening the page at once; a new one is delivered to the tenant's "
                       "callback (signed, retried, logged). 409 when the tenant has no callback URL.")
@patient_scoped
async def rotate_access_url(request: Request) -> Response:
    patient, state = patient_of(request), request.app.state
    delivery_id = await run_in_threadpool(callbacks.issue_access_url, state.graph, patient.tenant_id, patient.id,
                                          state.public_url, True)
    if delivery_id is None:
        raise HTTPException(409, "The tenant has no callback URL to deliver a new access URL to.")
    await run_in_threadpool(enqueue_delivery, delivery_id)
    return model_response(AccessUrlRotated(patient_id=patient.id, delivery_id=delivery_id, status="pending",
                                           message=ROTATED), 202)


routes = [
    Route("/v1/callbacks", list_callbacks, methods=["GET"]),
    Route("/v1/patients/{patient_id}/access-url/rotate", rotate_access_url, methods=["POST"]),
]
