"""Where the production engine comes from: NEO4J_URI, else a container where Docker answers, else a stated reason."""

from __future__ import annotations

import pytest

from tests.neo4j_server import Neo4jServer, neo4j_server


def test_without_uri_or_engine_the_reason_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with neo4j_server() as server:
        assert server == ("Neo4j backend not tested: NEO4J_URI is not set and no Docker engine is reachable "
                          "(DockerException)")


def test_a_configured_server_is_used_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://graph.internal:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    monkeypatch.delenv("NEO4J_USER", raising=False)
    with neo4j_server() as server:
        assert server == Neo4jServer("bolt://graph.internal:7687", "neo4j", "secret")
