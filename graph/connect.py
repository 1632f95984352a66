"""Pick the backend from the graph URL's scheme."""

from __future__ import annotations

from urllib.parse import urlsplit

from graph.driver import GraphDriver, TimeLimits
from graph.falkordb_backend import FalkorDBDriver
from graph.neo4j_backend import Neo4jDriver

NEO4J_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}


def open_graph(url: str, user: str | None = None, password: str | None = None, timeout_s: float = 15.0,
               limits: TimeLimits = TimeLimits()) -> GraphDriver:
    """A driver for `falkordb://…` or `bolt://`/`neo4j://…`; unknown schemes are a clear error."""
    scheme = urlsplit(url).scheme
    if scheme in {"falkordb", "falkor", "redis"}:
        return FalkorDBDriver(url, timeout_s=timeout_s, limits=limits)
    if scheme in NEO4J_SCHEMES:
        return Neo4jDriver(url, user=user, password=password, timeout_s=timeout_s, limits=limits)
    raise ValueError(f"unsupported graph URL scheme {scheme!r}: use falkordb://, bolt:// or neo4j://")
