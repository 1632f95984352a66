"""`x-api-key` on every `/v1` route, bound to exactly one tenant; the patient a path names is resolved with it.
The medical-center routes (`/v1/medical-data`) also need `x-team-id`, the key's tenant's team id; on any
other route a team id that is sent must match too."""

from __future__ import annotations

import hmac
import logging
import re

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from graph import access
from graph.driver import GraphUnavailable
from graph.tenants import Caller
from service.pools import run_in
from service.responses import INVALID_KEY, UNAVAILABLE, error_response

log = logging.getLogger(__name__)
PROTECTED_PREFIX = "/v1/"
MAX_KEY_LENGTH = 256
PATIENT_PATH = re.compile(r"/v1/patients/([^/]+)")  # `/v1/patients/{patient_id}` and everything under it
TEAM_PREFIX = "/v1/medical-data"


class ApiKeyAuth:
    """Resolves the key to a `Caller` in `request.state.caller`; 401 otherwise, 503 if the graph is down.

    On a patient's paths the same round trip resolves `{patient_id}` under the caller's tenant into
    `request.state.patient` (None if it is not one of the tenant's), for `patient_scoped` routes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        key = request.headers.get("x-api-key", "")
        named = PATIENT_PATH.match(scope["path"])
        patient_ref = named.group(1) if named else None
        try:
            granted = None
            if 0 < len(key) <= MAX_KEY_LENGTH:
                granted = await run_in(request.app.state.pools.auth, access.authenticate, request.app.state.graph, key,
                                       patient_ref)
        except GraphUnavailable:
            log.warning("authentication unavailable: graph unreachable")
            await error_response(503, UNAVAILABLE, {"Retry-After": "5"})(scope, receive, send)
            return
        team = request.headers.get("x-team-id")
        if granted is not None and (team is not None or scope["path"].startswith(TEAM_PREFIX)) and not hmac.compare_digest(
                (team or "").encode(), granted.caller.tenant.team_id.encode()):
            granted = None  # the same 401 as a bad key: a wrong pair says nothing about which half was wrong
        if granted is None:
            await error_response(401, INVALID_KEY)(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        state["caller"] = granted.caller
        if named:
            state["patient"] = granted.patient
        await self.app(scope, receive, send)


def caller_of(request: Request) -> Caller:
    caller: Caller = request.state.caller
    return caller
