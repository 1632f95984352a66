"""`/healthz` (the process answers) and `/readyz` (graph and broker answer)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph.driver import GraphUnavailable
from ingestion.broker import ping as broker_ping
from schema.health import Health, Readiness
from service.openapi import operation
from service.pools import run_in
from service.responses import model_response

TAGS = ("operations",)


@operation(summary="Liveness", tags=TAGS, authenticated=False, responses={200: Health})
async def healthz(request: Request) -> Response:
    return model_response(Health())


def _graph_ok(request: Request) -> bool:
    try:
        request.app.state.graph.ping()
    except GraphUnavailable:
        return False
    return True


@operation(summary="Readiness: graph database and broker reachable, search model loaded", tags=TAGS,
           authenticated=False, responses={200: Readiness, 503: Readiness},
           description="Answers from a thread pool of its own: it keeps answering while slow queries hold the "
                       "API's shared pool.")
async def readyz(request: Request) -> Response:
    pool = request.app.state.pools.readiness
    graph_ok = await run_in(pool, _graph_ok, request)
    broker_ok = await run_in(pool, broker_ping, request.app.state.broker)
    search = request.app.state.search_model.state
    ready = graph_ok and broker_ok and search == "ok"
    body = Readiness(status="ready" if ready else "unavailable", graph="ok" if graph_ok else "unavailable",
                     broker="ok" if broker_ok else "unavailable", search=search)
    return model_response(body, 200 if ready else 503)


routes = [Route("/healthz", healthz, methods=["GET"]), Route("/readyz", readyz, methods=["GET"])]
