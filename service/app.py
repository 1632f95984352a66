"""The Starlette application: routes, middleware, and the graph/broker it holds for its lifetime."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from graph.connect import open_graph
from graph.driver import TimeLimits
from ingestion import broker as broker_setup
from service import client_address, errors, openapi
from service.auth import ApiKeyAuth
from service.logs import AccessLog
from service.llm import LlmEndpoint
from service.pools import Pools
from service.rate_limits import RateLimit
from service.read_audit import ReadAudit
from service.search_model import SearchModel
from service.routes import (
    analytics, callbacks, context, docs, documents, health, health_history, interpretations, labs, medical_data, pages,
    patients, search, summary,
)

TITLE = "Clinigraph"
VERSION = "0.1.0"


@dataclass(frozen=True)
class Backends:
    """Resolved connection settings (embedded URLs already filled in by the CLI)."""

    graph_url: str
    redis_url: str
    data_dir: Path  # stored files (the embedded database keeps its own files under it too)
    graph_user: str | None = None
    graph_password: str | None = None
    graph_timeout_s: float = 15.0
    limits: TimeLimits = TimeLimits()  # server-side time limits of reads
    llm: LlmEndpoint | None = None  # writes summaries when configured
    public_url: str = "http://127.0.0.1:8000"  # where clinicians reach the service: access URLs start with it
    trusted_proxies: tuple[str, ...] = ()  # CIDRs whose X-Forwarded-For is believed
    page_rate_limit: int = 60  # patient-page requests per minute per client address


def create_app(backends: Backends) -> Starlette:
    # Imported here, not with this module: the CLI imports it, and a worker must choose prometheus' storage first.
    from service.metrics import RequestMetrics, metrics

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.graph = open_graph(backends.graph_url, backends.graph_user, backends.graph_password,
                                     backends.graph_timeout_s, backends.limits)
        app.state.broker = broker_setup.configure(backends.redis_url)
        app.state.data_dir = backends.data_dir
        app.state.llm = backends.llm
        app.state.public_url = backends.public_url
        app.state.trusted_proxies = client_address.networks(backends.trusted_proxies)
        app.state.pools = Pools()
        app.state.search_model = SearchModel()
        app.state.search_model.start()
        import ingestion.actors  # noqa: F401 - declares the actors on the broker just configured
        # Everything loaded so far lives as long as the process: exempt it from the cyclic collector,
        # whose full passes over it were the API's latency tail.
        gc.freeze()
        try:
            yield
        finally:
            app.state.graph.close()

    routes = [*health.routes, *patients.routes, *medical_data.routes, *health_history.routes, *callbacks.routes, *interpretations.routes, *documents.routes, *search.routes, *labs.routes, *context.routes,
              *summary.routes, *analytics.routes, *pages.routes, *docs.routes, Route("/metrics", metrics, methods=["GET"]),
              Mount("/static", app=StaticFiles(packages=[("service", "static")]), name="static")]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(RequestMetrics), Middleware(AccessLog), Middleware(ApiKeyAuth),
                    Middleware(RateLimit, redis_url=backends.redis_url, page_limit=backends.page_rate_limit),
                    Middleware(ReadAudit, redis_url=backends.redis_url)],
        exception_handlers=errors.handlers,  # type: ignore[arg-type]
        lifespan=lifespan,
    )
    app.state.openapi = openapi.build(app.routes, TITLE, VERSION)
    return app
