"""Routes a key's scope must allow: `emr` (the partner's EMR), `analyst` (adds tenant-wide analytics), `admin`
(adds erasure). A key without the scope gets 403; it is authenticated, so it may know the route exists."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from graph.tenants import Scope
from service.auth import caller_of
from service.responses import FORBIDDEN_SCOPE, error_response

Endpoint = Callable[[Request], Awaitable[Response]]


def requires(scope: Scope) -> Callable[[Endpoint], Endpoint]:
    def decorate(endpoint: Endpoint) -> Endpoint:
        @functools.wraps(endpoint)
        async def allowed(request: Request) -> Response:
            if not caller_of(request).allows(scope):
                return error_response(403, FORBIDDEN_SCOPE.format(scope=scope))
            return await endpoint(request)

        return allowed

    return decorate
