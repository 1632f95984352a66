"""What actors need from their process: the graph driver and the service's public URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.driver import GraphDriver
from ingestion.llm import LlmEndpoint


@dataclass(frozen=True)
class WorkerContext:
    graph: GraphDriver
    public_url: str
    data_dir: Path
    llm: LlmEndpoint | None = None  # writes interpretations' narrative for tenants that opted in


_current: WorkerContext | None = None


def bind(context: WorkerContext) -> None:
    global _current
    _current = context


def current() -> WorkerContext:
    if _current is None:
        raise RuntimeError("worker context not bound: start actors through `clinigraph worker`")
    return _current
