"""Exception → response mapping: uniform bodies, never internals."""

from __future__ import annotations

import errno
import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route

from graph.driver import GraphUnavailable, QueryTimedOut
from service.body_limit import TOO_LARGE
from service.responses import (
    INTERNAL, NOT_FOUND, STORAGE_FULL, UNAVAILABLE, BodyTooLarge, InvalidRequest, error_response, validation_response,
)

log = logging.getLogger(__name__)


def allowed_methods(request: Request) -> str:
    """Every method the path answers: Starlette's 405 names only those of the first route matching the path, and
    a path's methods are often split over several routes."""
    methods = {method for route in request.app.routes if isinstance(route, Route)
               and route.matches(request.scope)[0] != Match.NONE for method in route.methods or ()}
    return ", ".join(sorted(methods))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(404, NOT_FOUND)
    if exc.status_code == 405:
        return error_response(405, str(exc.detail), {**(exc.headers or {}), "Allow": allowed_methods(request)})
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


async def storage_error(request: Request, exc: Exception) -> Response:
    """A full disk (or quota) while storing a file: the request kept nothing (the partial file is removed as the
    upload unwinds), and the client may retry later; any other OS error is an internal one."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        log.error("storage full: upload refused")
        return error_response(503, STORAGE_FULL, {"Retry-After": "60"})
    return await internal_error(request, exc)


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
    OSError: storage_error,
    Exception: internal_error,
}
