"""Prometheus metrics at `/metrics`: the API's own (latency per route template and status, graph errors), the
queues' depths read from the broker at scrape time, and the workers' (Dramatiq's per-actor message counts and
durations, pipeline step outcomes, callback attempts) from their shared directory. Labels never hold PHI or ids:
a route is its template, never its path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dramatiq.common import dq_name
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope

from ingestion import broker as broker_setup
from ingestion.metrics_dir import metrics_dir
from service.answered import Answered
from service.openapi import operation

REGISTRY = CollectorRegistry()
REQUESTS = Histogram("clinigraph_http_request_duration_seconds", "API requests by route template and status.",
                     ["method", "route", "status"], registry=REGISTRY,
                     buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
GRAPH_ERRORS = Counter("clinigraph_graph_errors", "Graph calls answered 503 (unreachable or past their time limit).",
                       ["kind"], registry=REGISTRY)


class QueueDepths(Collector):
    """Messages each queue holds (waiting or being worked on) and holds delayed, read when scraped."""

    def __init__(self, broker: broker_setup.RedisBroker) -> None:
        self.broker = broker

    def collect(self) -> Iterator[GaugeMetricFamily]:
        depth = GaugeMetricFamily("clinigraph_queue_messages", "Messages in each queue.", labels=["queue", "state"])
        client = self.broker.client
        for queue in sorted(name for name in self.broker.get_declared_queues() if dq_name(name) != name):
            depth.add_metric([queue, "ready"], client.hlen(broker_setup.messages_key(self.broker, queue)))
            depth.add_metric([queue, "delayed"], client.hlen(broker_setup.messages_key(self.broker, dq_name(queue))))
        yield depth


class RequestMetrics(Answered):
    """Outermost middleware: the latency a client sees, authentication included."""

    async def answered(self, scope: Scope, status: int, seconds: float) -> None:
        route = scope.get("route")
        REQUESTS.labels(scope["method"], route.path if route is not None else "unmatched", str(status)).observe(seconds)


def exposition(data_dir: Path, broker: broker_setup.RedisBroker) -> bytes:
    """One scrape: this process' metrics, the queues' depths and every worker process' metrics."""
    registry = CollectorRegistry()
    registry.register(QueueDepths(broker))
    if metrics_dir(data_dir).is_dir():
        MultiProcessCollector(registry, path=str(metrics_dir(data_dir)))
    return generate_latest(REGISTRY) + generate_latest(registry)


@operation(summary="Prometheus metrics", tags=("operations",), authenticated=False, responses={200: None},
           description="The text exposition format: request latency per route and status, graph errors by kind, "
                       "queue depths, and the worker processes' metrics.")
async def metrics(request: Request) -> Response:
    body = await run_in_threadpool(exposition, request.app.state.data_dir, request.app.state.broker)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
