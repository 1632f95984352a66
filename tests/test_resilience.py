"""The graph process dies and returns: the API answers 503 (never hangs) and recovers by itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph import migrations, tenants
from graph.connect import open_graph
from graph.driver import GraphUnavailable
from graph.embedded import EmbeddedError, EmbeddedFalkorDB, free_port
from tests.support import spawn, stop, wait_for


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[EmbeddedFalkorDB]:
    server = EmbeddedFalkorDB(tmp_path / "data")
    server.start()
    yield server
    server.stop()


def status(url: str, **kwargs) -> int:  # noqa: ANN003
    try:
        return httpx.get(url, timeout=10, **kwargs).status_code
    except httpx.TransportError:
        return -1  # not listening yet, or hanging: neither is a status


def test_readyz_follows_the_graph_process(own_server: EmbeddedFalkorDB, tmp_path: Path) -> None:
    endpoint = own_server.endpoint
    assert endpoint is not None
    driver = open_graph(endpoint.graph_url)
    migrations.migrate(driver)
    key = tenants.create(driver, "Resilient", [], None, None, "UTC").api_key
    port = free_port()
    api = spawn(["api", "--port", str(port)], {"CLINIGRAPH_GRAPH_URL": endpoint.graph_url,
                                               "CLINIGRAPH_REDIS_URL": endpoint.redis_url}, tmp_path / "api.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: status(f"{base}/readyz") == 200, what="api ready")
        assert own_server.process is not None
        own_server.process.kill()
        own_server.process.wait()

        assert status(f"{base}/readyz") == 503
        body = httpx.get(f"{base}/readyz", timeout=10).json()
        assert body == {"status": "unavailable", "graph": "unavailable", "broker": "unavailable", "search": "ok"}
        down = httpx.get(f"{base}/v1/patients", headers={"x-api-key": key}, timeout=10)
        assert down.status_code == 503 and down.json() == {"detail": "Service temporarily unavailable"}
        assert down.headers["retry-after"] == "5"
        assert status(f"{base}/healthz") == 200

        own_server.restart()
        wait_for(lambda: status(f"{base}/readyz") == 200, what="api ready again")
        again = httpx.get(f"{base}/v1/patients", headers={"x-api-key": key}, timeout=10)
        assert again.status_code == 200, "the key and data survived the crash (append-only file)"
    finally:
        stop(api)
        driver.close()
    assert "Traceback" not in (tmp_path / "api.log").read_text()


def test_driver_raises_graph_unavailable_instead_of_hanging(own_server: EmbeddedFalkorDB) -> None:
    assert own_server.endpoint is not None
    driver = open_graph(own_server.endpoint.graph_url, timeout_s=2)
    assert driver.read("schema/applied_migrations") == []
    own_server.stop()
    with pytest.raises(GraphUnavailable):
        driver.read("schema/applied_migrations")
    with pytest.raises(GraphUnavailable):
        driver.ping()


def test_one_server_per_data_dir(own_server: EmbeddedFalkorDB) -> None:
    second = EmbeddedFalkorDB(own_server.data_dir)
    with pytest.raises(EmbeddedError, match="owns the database"):
        second.start()
    assert second.running_elsewhere() == own_server.endpoint
