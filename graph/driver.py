"""The one interface every graph backend implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

Backend = Literal["falkordb", "neo4j"]
Row = dict[str, Any]


@dataclass(frozen=True)
class TimeLimits:
    """Server-side time limits (FalkorDB's query TIMEOUT, Neo4j's transaction timeout): a runaway query is
    stopped by the database, not only abandoned by its client. Analytics scan a whole tenant: shorter."""

    statement_ms: int = 10_000
    analytics_ms: int = 5_000


class GraphUnavailable(Exception):
    """The graph database could not be reached after retries; the API answers 503."""


class QueryTimedOut(GraphUnavailable):
    """A query ran past its server-side time limit: answered like an outage (503), never retried."""


class QueryRejected(ValueError):
    """The database refused an ad-hoc query (syntax, or a write where only reads are allowed)."""


class GraphDriver(Protocol):
    """Runs named statements from `cypher/`; each call is one statement, one unit of work."""

    backend: Backend

    def read(self, statement: str, **params: Any) -> list[Row]:
        """Run a read-only statement and return its rows as dicts of plain Python values."""

    def write(self, statement: str, **params: Any) -> list[Row]:
        """Run one write statement atomically and return its rows."""

    def read_analytics(self, statement: str, **params: Any) -> list[Row]:
        """A tenant-wide analytics statement, under the shorter analytics time limit."""

    def read_ad_hoc(self, query: str, **params: Any) -> list[Row]:
        """An analyst's own Cypher, run so that the engine itself refuses any write (QueryRejected), under the
        analytics time limit."""

    def apply_ddl(self, text: str, kind: str) -> None:
        """Apply one migration step (`kind` is the file suffix); repeats of an applied step are no-ops."""

    def ping(self) -> None:
        """Raise GraphUnavailable unless the database answers a trivial query now (no retries)."""

    def close(self) -> None:
        """Release connections."""
