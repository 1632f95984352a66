"""The production engine for the suite: NEO4J_URI when set; else, where a Docker engine answers, a Neo4j 5
container started by testcontainers for the session; else none, with the reason (the suite then runs on the
embedded FalkorDB only)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

IMAGE = "neo4j:5-community"
PASSWORD = "clinigraph-tests"


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str | None


def docker_unreachable() -> str | None:
    """Why no container can be started here, or None when a Docker engine answers."""
    try:
        import docker
        import docker.errors

        docker.from_env(timeout=5).ping()
    except ImportError:
        return "the testcontainers extra is not installed"
    except (docker.errors.DockerException, OSError) as exc:
        return f"no Docker engine is reachable ({type(exc).__name__})"
    return None


@contextmanager
def neo4j_server() -> Iterator[Neo4jServer | str]:
    """A server to test on, or the reason there is none."""
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield Neo4jServer(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD"))
        return
    reason = docker_unreachable()
    if reason is not None:
        yield f"Neo4j backend not tested: NEO4J_URI is not set and {reason}"
        return
    from testcontainers.community.neo4j import Neo4jContainer

    with Neo4jContainer(IMAGE, password=PASSWORD) as container:
        yield Neo4jServer(container.get_connection_url(), "neo4j", PASSWORD)
