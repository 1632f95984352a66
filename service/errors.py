"""Exception → response mapping: uniform bodies, never internals."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from graph.driver import GraphUnavailable, QueryTimedOut
from service.body_limit import TOO_LARGE
from service.responses import (
    INTERNAL, NOT_FOUND, UNAVAILABLE, BodyTooLarge, InvalidRequest, error_response, validation_response,
)

log = logging.getLogger(__name__)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(404, NOT_FOUND)
    return error_response(exc.status_code, str(exc.detail), exc.headers)


async def invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, InvalidRequest)
    return validation_response(exc)


async def body_too_large(request: Request, exc: Exception) -> Response:
    return error_response(413, TOO_LARGE, {"Connection": "close"})


async def graph_unavailable(request: Request, exc: Exception) -> Response:
    from service.metrics import GRAPH_ERRORS  # not at import: the CLI's worker must choose prometheus' storage first

    GRAPH_ERRORS.labels("time_limit" if isinstance(exc, QueryTimedOut) else "unreachable").inc()
    log.warning("graph unavailable", extra={"error": str(exc)})
    return error_response(503, UNAVAILABLE, {"Retry-After": "5"})


async def internal_error(request: Request, exc: Exception) -> Response:
    # Starlette answers this outside AccessLog, so the request id header is added here.
    request_id = request.state.request_id
    log.error("unhandled error", exc_info=exc, extra={"request_id": request_id})
    return error_response(500, INTERNAL, {"x-request-id": request_id})


handlers = {
    HTTPException: http_error,
    InvalidRequest: invalid_request,
    BodyTooLarge: body_too_large,
    GraphUnavailable: graph_unavailable,
    Exception: internal_error,
}
