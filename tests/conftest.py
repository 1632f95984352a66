"""Session fixtures: a real embedded FalkorDB (graph + Dramatiq broker), Neo4j when NEO4J_URI is set,
the API in-process on them, and a real worker process."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from graph import migrations, tenants
from graph.connect import open_graph
from graph.driver import GraphDriver
from graph.embedded import EmbeddedFalkorDB, Endpoint
from graph.tenants import IssuedKey, Scope
from service.app import Backends, create_app
from tests.neo4j_server import Neo4jServer, neo4j_server
from tests.support import PartnerEndpoint, spawn, stop, wait_for

PUBLIC_URL = "http://clinigraph.test"  # the API's and the worker's: access URLs start with it
TESTS_RATE_LIMIT = 1_000_000


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    server = EmbeddedFalkorDB(tmp_path_factory.mktemp("embedded"))
    endpoint = server.start()
    yield endpoint
    server.stop()


@pytest.fixture(scope="session")
def neo4j() -> Iterator[Neo4jServer | str]:
    """Started (a container) only when a Neo4j-parametrised test first asks for it."""
    with neo4j_server() as server:
        yield server


@pytest.fixture(scope="session", params=["falkordb", "neo4j"])
def backends(request: pytest.FixtureRequest, embedded: Endpoint, tmp_path_factory: pytest.TempPathFactory) -> Backends:
    """Every graph test runs on each reachable backend; the broker is always the embedded Redis."""
    if request.param == "neo4j":
        server = request.getfixturevalue("neo4j")
        if isinstance(server, str):
            pytest.skip(server)
        return Backends(graph_url=server.uri, redis_url=embedded.redis_url, data_dir=tmp_path_factory.mktemp("files"),
                        graph_user=server.user, graph_password=server.password,
                        public_url=PUBLIC_URL, page_rate_limit=TESTS_RATE_LIMIT)
    return Backends(graph_url=embedded.graph_url, redis_url=embedded.redis_url, data_dir=tmp_path_factory.mktemp("files"),
                    public_url=PUBLIC_URL, page_rate_limit=TESTS_RATE_LIMIT)


def connect(backends: Backends) -> GraphDriver:
    return open_graph(backends.graph_url, backends.graph_user, backends.graph_password)


@pytest.fixture(scope="session")
def graph(backends: Backends) -> Iterator[GraphDriver]:
    driver = connect(backends)
    migrations.migrate(driver)
    yield driver
    driver.close()


@pytest.fixture(scope="session")
def client(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    with TestClient(create_app(backends)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def new_tenant(graph: GraphDriver):  # noqa: ANN201 - a factory fixture
    """Create tenants with unique names: tenants are the isolation unit, so tests never interfere."""

    def make(callback_url: str | None = None, callback_key: str | None = None,
             allow_ips: list[str] | None = None, language: str = "pt-BR", access_url_days: int | None = None,
             scope: Scope = "admin") -> IssuedKey:
        """The partner endpoints tests start listen on 127.0.0.1: private callbacks are allowed. Keys may do
        everything, as often as a test asks: scopes and rate limits have tests of their own."""
        return tenants.create(graph, f"Clinic {uuid.uuid4().hex[:10]}", allow_ips or [], callback_url,
                              callback_key, "America/Sao_Paulo", language, allow_private_callback=True,
                              access_url_days=access_url_days, scope=scope, rate_limit=TESTS_RATE_LIMIT)

    return make


@pytest.fixture
def partner() -> Iterator[PartnerEndpoint]:
    endpoint = PartnerEndpoint().start()
    yield endpoint
    endpoint.stop()


@pytest.fixture(scope="session")
def worker(backends: Backends, graph: GraphDriver,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[subprocess.Popen[bytes]]:
    """A real `clinigraph worker` process on the session's graph and broker."""
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    env = {"CLINIGRAPH_GRAPH_URL": backends.graph_url, "CLINIGRAPH_REDIS_URL": backends.redis_url,
           "CLINIGRAPH_PUBLIC_URL": PUBLIC_URL, "CLINIGRAPH_DATA_DIR": str(backends.data_dir)}
    if backends.graph_user:
        env |= {"CLINIGRAPH_GRAPH_USER": backends.graph_user, "CLINIGRAPH_GRAPH_PASSWORD": backends.graph_password or ""}
    process = spawn(["worker", "--threads", "2"], env, log)
    try:  # a worker that fails to start must not outlive the session
        wait_for(lambda: "worker started" in log.read_text() or process.poll() is not None, timeout_s=120,
                 what="worker start")
        assert process.poll() is None, log.read_text()
        yield process
    finally:
        assert stop(process) == 0, log.read_text()
