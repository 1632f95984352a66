"""Routes of one patient: `{patient_id}` (a `pat_` token or a UUID), resolved under the caller's tenant by `ApiKeyAuth`
in the same round trip as the key."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from graph.patients import Patient
from service.responses import NOT_FOUND

Endpoint = Callable[[Request], Awaitable[Response]]


def patient_scoped(endpoint: Endpoint) -> Endpoint:
    """Another tenant's patient, a missing one and a malformed id are the same 404."""

    @functools.wraps(endpoint)
    async def resolved(request: Request) -> Response:
        if request.state.patient is None:
            raise HTTPException(404, NOT_FOUND)
        return await endpoint(request)

    return resolved


def patient_of(request: Request) -> Patient:
    patient: Patient = request.state.patient
    return patient
