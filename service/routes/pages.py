"""Clinicians' patient pages, opened from the EMR by the patient's access URL.

The URL itself is the credential, so access is further limited to the tenant's IP allowlist, and
pages are never cached, indexed or leaked through the Referer header.
"""

from __future__ import annotations

from datetime import date
from ipaddress import ip_address, ip_network
from zoneinfo import ZoneInfo

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import patients
from graph.clock import from_ms
from schema.errors import ErrorBody
from service.openapi import operation
from service.responses import NOT_FOUND
from service.templating import templates

PRIVATE_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex"}


def client_allowed(host: str | None, allow_ips: tuple[str, ...]) -> bool:
    if not allow_ips:
        return True
    if host is None:
        return False
    try:
        address = ip_address(host)
    except ValueError:
        return False
    return any(address in ip_network(cidr) for cidr in allow_ips)


@operation(summary="Patient page (HTML) opened from the EMR by the access URL", tags=("pages",),
           authenticated=False, responses={200: None}, errors={403: ErrorBody, 404: ErrorBody},
           description="The access URL is the credential: no API key. Only addresses in the tenant's "
                       "IP allowlist may open it (any address when the list is empty).")
async def patient_page(request: Request) -> Response:
    access = await run_in_threadpool(patients.by_access_token, request.app.state.graph,
                                     request.path_params["access_token"])
    if access is None:
        raise HTTPException(404, NOT_FOUND)
    if not client_allowed(request.client.host if request.client else None, access.allow_ips):
        raise HTTPException(403, "This address may not open patient pages")
    registered = from_ms(access.patient.created_at).astimezone(ZoneInfo(access.timezone))
    context = {
        "patient": access.patient, "tenant_name": access.tenant_name, "lang": "en",
        "age": access.patient.age_on(date.today()),
        "registered": registered.strftime("%Y-%m-%d %H:%M %Z"),
    }
    return templates.TemplateResponse(request, "patient.html", context, headers=PRIVATE_HEADERS)


routes = [Route("/p/{access_token}", patient_page, methods=["GET"])]
