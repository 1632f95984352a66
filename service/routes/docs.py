"""`/openapi.json`, Swagger UI at `/docs` and ReDoc at `/redoc`, with their assets served locally."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from service.templating import templates

ASSETS_URL = "/_assets"


def _assets_dir() -> Path:
    # Located without importing the package (its __init__ imports Django, which we never need).
    spec = importlib.util.find_spec("drf_spectacular_sidecar")
    if spec is None or spec.origin is None:
        raise RuntimeError("drf-spectacular-sidecar is not installed")
    return Path(spec.origin).parent / "static" / "drf_spectacular_sidecar"


async def openapi_json(request: Request) -> Response:
    return JSONResponse(request.app.state.openapi)


def _page(template: str):  # noqa: ANN202 - a Starlette endpoint
    async def page(request: Request) -> Response:
        return templates.TemplateResponse(request, template, {
            "title": request.app.state.openapi["info"]["title"], "openapi_url": "/openapi.json", "assets": ASSETS_URL,
        })
    return page


routes = [
    Route("/openapi.json", openapi_json, methods=["GET"], include_in_schema=False),
    Route("/docs", _page("swagger.html"), methods=["GET"], include_in_schema=False),
    Route("/redoc", _page("redoc.html"), methods=["GET"], include_in_schema=False),
    Mount(ASSETS_URL, StaticFiles(directory=_assets_dir()), name="assets"),
]
