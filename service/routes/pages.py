"""Clinicians' patient pages, opened from the EMR by the patient's access URL (`/p/{team_id}/{token}`).

The URL is the credential, so the tenant's IP allowlist is checked first — before the token is looked
up, so a refused address learns nothing about which tokens exist — and every opening is audited. Pages
are never cached, indexed or leaked through the Referer header.
"""

from __future__ import annotations

import logging
from datetime import date
from zoneinfo import ZoneInfo

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import audit, patients
from graph.clock import from_ms, now_ms
from schema.errors import ErrorBody
from service.client_address import allowed, client_of
from service.openapi import operation
from service.responses import NOT_FOUND
from service.templating import templates

log = logging.getLogger(__name__)
PRIVATE_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex"}
REFUSED = "This address may not open patient pages"


def _open(request: Request) -> Response:
    """One opening, audited whatever its result; runs in a worker thread (three graph round trips at most)."""
    graph = request.app.state.graph
    tenant = patients.page_tenant(graph, request.path_params["team_id"])
    if tenant is None:
        raise HTTPException(403, REFUSED)  # as a refused address: which team ids exist is not told
    address = client_of(request, request.app.state.trusted_proxies)
    result, response, patient_id = "refused", None, None
    if allowed(address, tenant.allow_ips):
        access = patients.by_access_token(graph, tenant.id, request.path_params["access_token"])
        if access is None:
            result = "unknown"
        elif access.expires_at is not None and access.expires_at <= now_ms():
            result, patient_id = "expired", access.patient.id
            response = templates.TemplateResponse(request, "link_expired.html", {"lang": tenant.language},
                                                  status_code=410, headers=PRIVATE_HEADERS)
        else:
            result, patient_id = "opened", access.patient.id
            registered = from_ms(access.patient.created_at).astimezone(ZoneInfo(tenant.timezone))
            context = {"patient": access.patient, "tenant_name": tenant.name, "lang": tenant.language,
                       "age": access.patient.age_on(date.today()),
                       "registered": registered.strftime("%Y-%m-%d %H:%M %Z")}
            response = templates.TemplateResponse(request, "patient.html", context, headers=PRIVATE_HEADERS)
    audit.page_open(graph, tenant.id, patient_id, str(address) if address else None, result)
    log.info("patient page", extra={"tenant_id": tenant.id, "result": result})
    if response is None:
        raise HTTPException(403, REFUSED) if result == "refused" else HTTPException(404, NOT_FOUND)
    return response


@operation(summary="Patient page (HTML) opened from the EMR by the access URL", tags=("pages",),
           authenticated=False, responses={200: None}, errors={403: ErrorBody, 404: ErrorBody, 410: None},
           description="The access URL is the credential: no API key. Only addresses in the tenant's IP allowlist "
                       "may open it (checked before the token; an empty list refuses everyone). 410: the URL "
                       "expired — reopen it from the EMR. Every opening is audited.")
async def patient_page(request: Request) -> Response:
    return await run_in_threadpool(_open, request)


routes = [Route("/p/{team_id}/{access_token}", patient_page, methods=["GET"])]
