"""Turn settings into concrete backends, attaching to (or starting) the embedded FalkorDB when needed."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from graph.connect import open_graph
from graph.driver import GraphDriver, TimeLimits
from graph.embedded import EmbeddedFalkorDB, Endpoint
from schema.settings import Settings
from starlette.applications import Starlette

from service import logs
from service.app import Backends, create_app
from service.llm import LlmEndpoint


def backends_for(settings: Settings, endpoint: Endpoint | None) -> Backends:
    graph_url = settings.graph_url or (endpoint.graph_url if endpoint else None)
    redis_url = settings.redis_url or (endpoint.redis_url if endpoint else None)
    if graph_url is None or redis_url is None:
        raise RuntimeError("no graph/broker URL configured and no embedded server")
    return Backends(
        graph_url=graph_url, redis_url=redis_url, data_dir=settings.data_dir, graph_user=settings.graph_user,
        graph_password=settings.graph_password.get_secret_value() if settings.graph_password else None,
        graph_timeout_s=settings.graph_timeout_s,
        limits=TimeLimits(statement_ms=settings.query_timeout_ms, analytics_ms=settings.analytics_timeout_ms),
        llm=LlmEndpoint(settings.llm_url, settings.llm_model, settings.llm_key.get_secret_value()
                        if settings.llm_key else None) if settings.llm_url else None,
        public_url=settings.public_url,
        page_rate_limit=settings.page_rate_limit,
        trusted_proxies=tuple(cidr.strip() for cidr in settings.trusted_proxies.split(",") if cidr.strip()),
    )


@contextlib.contextmanager
def resolved(settings: Settings) -> Iterator[Backends]:
    """Backends for a command: configured URLs, the data dir's running server, or one started for the command."""
    if not settings.needs_embedded:
        yield backends_for(settings, None)
        return
    server = EmbeddedFalkorDB(settings.data_dir)
    endpoint = server.running_elsewhere()
    if endpoint is not None:
        yield backends_for(settings, endpoint)
        return
    endpoint = server.start()
    try:
        yield backends_for(settings, endpoint)
    finally:
        server.stop()


def environment(backends: Backends) -> dict[str, str]:
    """The CLINIGRAPH_* variables that give child processes the backends resolved here."""
    return {"CLINIGRAPH_GRAPH_URL": backends.graph_url, "CLINIGRAPH_REDIS_URL": backends.redis_url,
            "CLINIGRAPH_DATA_DIR": str(backends.data_dir), "CLINIGRAPH_PUBLIC_URL": backends.public_url}


def app_from_environment() -> Starlette:
    """Uvicorn's factory for multi-process API serving: each process builds the app from the
    CLINIGRAPH_* variables its parent resolved (embedded URLs included)."""
    settings = Settings()
    logs.configure(settings.log_level)
    return create_app(backends_for(settings, None))


def connect(backends: Backends) -> GraphDriver:
    return open_graph(backends.graph_url, backends.graph_user, backends.graph_password, backends.graph_timeout_s,
                      backends.limits)
