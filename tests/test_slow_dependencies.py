"""One slow dependency must not stall the API: timeouts are never retried, the database stops runaway reads
itself, and readiness and authentication answer from pools of their own while the shared one is full."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import anyio.to_thread
import pytest
from starlette.testclient import TestClient

from graph.connect import open_graph
from graph.driver import GraphDriver, GraphUnavailable, QueryTimedOut, TimeLimits
from service.app import Backends
from tests.support import wait_for


class SilencingProxy(threading.Thread):
    """Forwards to the real server until `silence` is set; then takes connections and never answers."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(daemon=True)
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.silence = threading.Event()
        self.connections = 0

    def run(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            if self.silence.is_set():
                continue  # accepted, never read, never answered
            upstream = socket.create_connection(self.target)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            return

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def proxy(backends: Backends) -> Iterator[tuple[SilencingProxy, str]]:
    if backends.graph_url.split(":", 1)[0] not in {"falkordb", "redis"}:
        pytest.skip("the proxy speaks to FalkorDB's port")
    parts = urlsplit(backends.graph_url)
    relay = SilencingProxy(parts.hostname or "127.0.0.1", parts.port or 6379)
    relay.start()
    netloc = f"{parts.username or ''}:{parts.password}@127.0.0.1:{relay.port}" if parts.password else \
        f"127.0.0.1:{relay.port}"
    yield relay, urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    relay.close()


def test_a_server_that_stops_answering_is_asked_once(proxy: tuple[SilencingProxy, str]) -> None:
    relay, url = proxy
    driver = open_graph(url, timeout_s=0.5)
    try:
        assert driver.read("schema/applied_migrations") is not None
        relay.silence.set()
        driver.close()  # the pooled connection would still reach the server: every call now needs a new one
        before = relay.connections
        with pytest.raises(GraphUnavailable, match="did not answer in time"):
            driver.read("schema/applied_migrations")
        assert relay.connections - before == 1, "a timeout was retried"
    finally:
        driver.close()


def test_the_database_stops_a_runaway_read_at_its_limit(backends: Backends, graph: GraphDriver) -> None:
    bounded = open_graph(backends.graph_url, backends.graph_user, backends.graph_password,
                         limits=TimeLimits(statement_ms=60_000, analytics_ms=100))
    try:
        with pytest.raises(QueryTimedOut):
            bounded.read_ad_hoc("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n")
        assert bounded.read_ad_hoc("RETURN 1 AS one") == [{"one": 1}], "the next query runs"
    finally:
        bounded.close()


def test_readiness_and_authentication_answer_while_the_shared_pool_is_full(client: TestClient) -> None:
    wait_for(lambda: client.get("/readyz").json()["search"] == "ok", timeout_s=120, what="search model loaded")
    holders: list[object] = []

    async def fill() -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()
        while limiter.available_tokens:
            holder = object()
            await limiter.acquire_on_behalf_of(holder)
            holders.append(holder)

    async def drain() -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()
        for holder in holders:
            limiter.release_on_behalf_of(holder)

    assert client.portal is not None
    client.portal.call(fill)
    try:
        assert holders, "the shared pool is held"
        assert client.get("/readyz").json()["status"] == "ready"
        refused = client.get("/v1/patients", headers={"x-api-key": "dph_live_not-a-key"})
        assert (refused.status_code, refused.json()) == (401, {"detail": "Invalid or missing API key"})
    finally:
        client.portal.call(drain)
