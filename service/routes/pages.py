"""Clinicians' patient pages, opened from the EMR by the patient's access URL (`/p/{team_id}/{token}`): the
page itself, the source viewer of each record (with page images), interpretations generated from it.

The URL is the credential, so the tenant's IP allowlist is checked first — before the token is looked
up, so a refused address learns nothing about which tokens exist — and every use is audited. Responses
are never cached, indexed or leaked through the Referer header, run no script, and may be framed only
by the origins the tenant allows (its EMR).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from graph import audit, enrichment, patients
from graph.clock import now_ms
from graph.patients import PageAccess, PageTenant
from ingestion.page_image import NoImage, page_png
from ingestion.storage import path_of
from schema.errors import ErrorBody
from service import patient_page, source_view
from service.client_address import allowed, client_of
from service.interpret import interpret
from service.openapi import operation
from service.page_text import WORDS
from service.read_audit import Audited
from service.responses import NOT_FOUND
from service.templating import templates

log = logging.getLogger(__name__)
REFUSED = "This address may not open patient pages"
FRAMEABLE = re.compile(r"^https://[a-z0-9.-]+(:\d+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Opened:
    tenant: PageTenant
    access: PageAccess
    base: str  # the page's own path, for its links


def headers(tenant: PageTenant) -> dict[str, str]:
    ancestors = " ".join(o for o in tenant.frame_ancestors if FRAMEABLE.match(o)) or "'none'"
    return {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": f"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                       f"base-uri 'none'; frame-ancestors {ancestors}"}


def opened(request: Request, what: str) -> Opened:
    """The tenant and patient of the URL, or the refusal: 403 for an address outside the allowlist (and an
    unknown team), 404 for an unknown token, 410 for an expired one. Every outcome is audited."""
    graph = request.app.state.graph
    tenant = patients.page_tenant(graph, request.path_params["team_id"])
    if tenant is None:
        raise HTTPException(403, REFUSED)  # as a refused address: which team ids exist is not told
    address = client_of(request, request.app.state.trusted_proxies)
    result, access = "refused", None
    if allowed(address, tenant.allow_ips):
        access = patients.by_access_token(graph, tenant.id, request.path_params["access_token"])
        if access is None:
            result = "unknown"
        elif access.expires_at is not None and access.expires_at <= now_ms():
            result = "expired"
        else:
            result = what
    audit.page_open(graph, tenant.id, access.patient.id if access else None, str(address) if address else None,
                    result)
    log.info("patient page", extra={"tenant_id": tenant.id, "result": result})
    if result == "refused":
        raise HTTPException(403, REFUSED)
    if result == "unknown" or access is None:
        raise HTTPException(404, NOT_FOUND)
    request.state.audited = Audited(tenant.id, access.patient.id)
    if result == "expired":
        raise Expired(tenant)
    base = f"/p/{request.path_params['team_id']}/{request.path_params['access_token']}"
    return Opened(tenant, access, base)


class Expired(Exception):
    def __init__(self, tenant: PageTenant) -> None:
        super().__init__("access URL expired")
        self.tenant = tenant


def _html(request: Request, template: str, tenant: PageTenant, context: dict[str, object],
          status_code: int = 200) -> Response:
    words = WORDS.get(tenant.language, WORDS["en"])
    return templates.TemplateResponse(request, template, {"words": words, **context}, status_code=status_code,
                                      headers=headers(tenant))


def _expired(request: Request, exc: Expired) -> Response:
    return _html(request, "link_expired.html", exc.tenant, {"lang": exc.tenant.language}, 410)


def _served(request: Request, what: str, view: Callable[[Request, Opened], Response]) -> Response:
    """`view` of the opened URL, or the refusal (403/404 raised, 410 page for an expired URL)."""
    found = _opening(request, what)
    return found if isinstance(found, Response) else view(request, found)


def _opening(request: Request, what: str) -> Opened | Response:
    """The opened URL, or the page of an expired one (403/404 raised)."""
    try:
        return opened(request, what)
    except Expired as exc:
        return _expired(request, exc)


def _page(request: Request, found: Opened) -> Response:
    months = _choice(request.query_params.get("months"), patient_page.LAB_PERIODS)
    offset = _offset(request.query_params.get("history"))
    view = patient_page.build(request.app.state.graph, found.tenant, found.access.patient, months, offset,
                              _uuid(request.query_params.get("interpretation")))
    return _html(request, "patient.html", found.tenant, {"view": view, "base": found.base,
                                                         "periods": patient_page.LAB_PERIODS,
                                                         "page_size": patient_page.HISTORY_PAGE})


def _choice(raw: str | None, allowed: tuple[int, ...]) -> int:
    """One of the offered values; anything else is the default (a page never errors on a bad link)."""
    return int(raw) if raw is not None and raw.isdigit() and int(raw) in allowed else allowed[0]


def _uuid(raw: str | None) -> str | None:
    try:
        return str(uuid.UUID(raw)) if raw else None
    except ValueError:
        return None


def _offset(raw: str | None) -> int:
    return min(int(raw), 100_000) if raw is not None and raw.isdigit() else 0


@operation(summary="Patient page (HTML) opened from the EMR by the access URL", tags=("pages",),
           authenticated=False, responses={200: None}, errors={403: ErrorBody, 404: ErrorBody, 410: None},
           description="The access URL is the credential: no API key. Only addresses in the tenant's IP allowlist "
                       "may open it (checked before the token; an empty list refuses everyone). 410: the URL "
                       "expired — reopen it from the EMR. Every opening is audited.")
async def patient_page_route(request: Request) -> Response:
    return await run_in_threadpool(_served, request, "opened", _page)


def _record_id(request: Request) -> str:
    try:
        return str(uuid.UUID(request.path_params["record_id"]))
    except ValueError:
        raise HTTPException(404, NOT_FOUND) from None


def _record(request: Request, found: Opened) -> Response:
    record_id = _record_id(request)
    view = source_view.build(request.app.state.graph, found.tenant.id, found.access.patient.id, record_id)
    if view is None:
        raise HTTPException(404, NOT_FOUND)
    title = view.linked.link.title or view.linked.document.original_filename or view.linked.link.document_type
    return _html(request, "record.html", found.tenant, {"lang": found.tenant.language, "base": found.base,
                                                        "record_id": record_id, "title": title,
                                                        "facts": view.facts, "pages": view.pages})


@operation(summary="Source viewer: one record's pages with the facts taken from them", tags=("pages",),
           authenticated=False, responses={200: None}, errors={403: ErrorBody, 404: ErrorBody, 410: None})
async def record_route(request: Request) -> Response:
    return await run_in_threadpool(_served, request, "source", _record)


def _image(request: Request, found: Opened) -> Response:
    record_id = _record_id(request)
    graph = request.app.state.graph
    view = source_view.build(graph, found.tenant.id, found.access.patient.id, record_id)
    document = view.linked.document if view else None
    if view is None or document is None or not document.storage_key or not document.mime_type:
        raise HTTPException(404, NOT_FOUND)
    number = request.path_params["page"]
    try:
        content, media = page_png(path_of(request.app.state.data_dir, document.storage_key), document.mime_type,
                                  number, source_view.highlight_phrases(view, number))
    except NoImage:
        raise HTTPException(404, NOT_FOUND) from None
    return Response(content, media_type=media, headers=headers(found.tenant))


@operation(summary="Source viewer: one page of a record as an image, facts highlighted", tags=("pages",),
           authenticated=False, responses={200: None}, errors={403: ErrorBody, 404: ErrorBody})
async def image_route(request: Request) -> Response:
    return await run_in_threadpool(_served, request, "image", _image)


def _fact(request: Request, found: Opened) -> Response:
    document_id = enrichment.fact_document(request.app.state.graph, found.tenant.id, found.access.patient.id,
                                           request.path_params["fact_id"])
    if document_id is None:
        raise HTTPException(404, NOT_FOUND)
    return RedirectResponse(f"{found.base}/records/{document_id}#mark-{request.path_params['fact_id']}", 303,
                            headers=headers(found.tenant))


@operation(summary="A cited fact, opened in its record's source viewer", tags=("pages",), authenticated=False,
           responses={303: None}, errors={403: ErrorBody, 404: ErrorBody})
async def fact_route(request: Request) -> Response:
    return await run_in_threadpool(_served, request, "source", _fact)


@operation(summary="Generate an interpretation from the page's button", tags=("pages",), authenticated=False,
           responses={303: None}, errors={403: ErrorBody, 404: ErrorBody},
           description="The page's form: the same rule as the API (only when records were added since the last).")
async def interpret_route(request: Request) -> Response:
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(403, "Cross-site requests may not generate interpretations")
    found = await run_in_threadpool(_opening, request, "interpretation")
    if isinstance(found, Response):
        return found
    await interpret(request, found.tenant.id, found.access.patient.id, "page")
    # Created, or refused because nothing is new (the page shows why): either way, back to the page.
    return RedirectResponse(f"{found.base}#interpretations", 303, headers=headers(found.tenant))


routes = [
    Route("/p/{team_id}/{access_token}", patient_page_route, methods=["GET"]),
    Route("/p/{team_id}/{access_token}/records/{record_id}", record_route, methods=["GET"]),
    Route("/p/{team_id}/{access_token}/records/{record_id}/pages/{page:int}.png", image_route, methods=["GET"]),
    Route("/p/{team_id}/{access_token}/facts/{fact_id}", fact_route, methods=["GET"]),
    Route("/p/{team_id}/{access_token}/interpretations", interpret_route, methods=["POST"]),
]
