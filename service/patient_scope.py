"""Resolve `{patient_id}` (a `pat_` token or a UUID) under the caller's tenant before the handler runs."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from graph import patients
from graph.patients import Patient
from service.auth import caller_of
from service.responses import NOT_FOUND

Endpoint = Callable[[Request], Awaitable[Response]]


def patient_scoped(endpoint: Endpoint) -> Endpoint:
    """Another tenant's patient, a missing one and a malformed id are the same 404."""

    @functools.wraps(endpoint)
    async def resolved(request: Request) -> Response:
        patient = await run_in_threadpool(
            patients.resolve, request.app.state.graph, caller_of(request).tenant.id, request.path_params["patient_id"]
        )
        if patient is None:
            raise HTTPException(404, NOT_FOUND)
        request.state.patient = patient
        return await endpoint(request)

    return resolved


def patient_of(request: Request) -> Patient:
    patient: Patient = request.state.patient
    return patient
