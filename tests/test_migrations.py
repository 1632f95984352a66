"""Schema migrations: versioned per backend, applied once, a repeat is a no-op."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from graph import migrations
from graph.driver import GraphDriver
from service.app import Backends
from tests.conftest import connect


@pytest.fixture
def fresh_graph(backends: Backends) -> Iterator[GraphDriver]:
    """A brand-new graph: its own FalkorDB graph key; Neo4j (one database) is reused as is."""
    if urlsplit(backends.graph_url).scheme == "falkordb":
        parts = urlsplit(backends.graph_url)
        url = urlunsplit(parts._replace(path=f"/migrations_{uuid.uuid4().hex[:8]}"))
        backends = Backends(graph_url=url, redis_url=backends.redis_url, data_dir=backends.data_dir)
    driver = connect(backends)
    yield driver
    driver.close()


def index_snapshot(driver: GraphDriver) -> list[tuple[str, str]]:
    return sorted((row["name"], row["status"]) for row in driver.read("schema/index_states"))


def test_migrations_apply_once_then_are_a_no_op(fresh_graph: GraphDriver) -> None:
    shipped = migrations.available(fresh_graph.backend)
    assert [m.version for m in shipped] == list(range(1, len(shipped) + 1)), "versions must be contiguous"
    migrations.migrate(fresh_graph)
    assert migrations.pending(fresh_graph) == []
    indexes = index_snapshot(fresh_graph)
    assert indexes and all(status in migrations.READY_STATES for _, status in indexes)
    recorded = fresh_graph.read("schema/applied_migrations")
    assert [row["version"] for row in recorded] == [m.version for m in shipped]

    assert migrations.migrate(fresh_graph) == []
    assert index_snapshot(fresh_graph) == indexes
    assert fresh_graph.read("schema/applied_migrations") == recorded


def test_a_step_applied_but_not_recorded_is_tolerated(fresh_graph: GraphDriver) -> None:
    """A crash between a DDL step and its record must not wedge the next run."""
    first = migrations.available(fresh_graph.backend)[0]
    fresh_graph.apply_ddl(first.text, first.kind)
    applied = migrations.migrate(fresh_graph)
    assert applied[0] == first and migrations.pending(fresh_graph) == []


def test_the_schema_has_the_indexes_the_queries_need(graph: GraphDriver) -> None:
    names = " ".join(name for name, _ in index_snapshot(graph)).lower()
    for needed in ("patient", "tenant", "apikey" if graph.backend == "falkordb" else "api_key", "chunk"):
        assert needed in names
