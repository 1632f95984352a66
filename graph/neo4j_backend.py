"""Neo4j 5 through the official driver (the production engine)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
import neo4j.exceptions
from neo4j.time import Date, DateTime, Duration, Time

from graph import statements
from graph.driver import Backend, GraphUnavailable, QueryRejected, QueryTimedOut, Row, TimeLimits
from graph.retry import with_retries

# A lost connection is retried here; the driver itself retries transient errors (deadlocks) inside its
# managed transactions; a timeout is never retried.
RETRYABLE = (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, ConnectionRefusedError,
             ConnectionResetError, BrokenPipeError)
UNREACHABLE = (*RETRYABLE, OSError)
ALREADY_APPLIED = ("equivalent", "already exists")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (Date, DateTime, Time, Duration)):
        return value.to_native()
    return value


class Neo4jDriver:
    backend: Backend = "neo4j"

    def __init__(
        self, url: str, user: str | None = None, password: str | None = None, timeout_s: float = 15.0,
        limits: TimeLimits = TimeLimits(),
    ) -> None:
        parts = urlsplit(url)
        self.limits = limits
        self.database = parts.path.strip("/") or None
        user = unquote(parts.username) if parts.username else user
        password = unquote(parts.password) if parts.password else password
        address = urlunsplit((parts.scheme, f"{parts.hostname}:{parts.port or 7687}", "", "", ""))
        self._driver = neo4j.GraphDatabase.driver(
            address,
            auth=(user, password) if user else None,
            connection_timeout=min(timeout_s, 5.0),
            connection_acquisition_timeout=timeout_s,
            max_transaction_retry_time=2.0,
        )

    def _run(self, query: str, params: dict[str, Any], routing: neo4j.RoutingControl,
             timeout_ms: int | None = None) -> list[Row]:
        """`timeout_ms` is the transaction's timeout, enforced by the server."""
        bounded = neo4j.Query(query, timeout=timeout_ms / 1000 if timeout_ms else None)  # type: ignore[arg-type]

        def call() -> list[Row]:
            records, _, _ = self._driver.execute_query(bounded, params, database_=self.database, routing_=routing)
            return [{k: _plain(v) for k, v in record.items()} for record in records]

        try:
            return with_retries(call, RETRYABLE)
        except neo4j.exceptions.ClientError as exc:
            if "TimedOut" in (exc.code or ""):
                raise QueryTimedOut(f"query stopped at its time limit ({timeout_ms} ms)") from exc
            raise

    def read(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, neo4j.RoutingControl.READ,
                         self.limits.statement_ms)

    def read_analytics(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, neo4j.RoutingControl.READ,
                         self.limits.analytics_ms)

    def write(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, neo4j.RoutingControl.WRITE)

    def read_ad_hoc(self, query: str, **params: Any) -> list[Row]:
        try:
            return self._run(query, params, neo4j.RoutingControl.READ, self.limits.analytics_ms)
        except neo4j.exceptions.ClientError as exc:
            raise QueryRejected(exc.message or str(exc)) from exc

    def apply_ddl(self, text: str, kind: str) -> None:
        if kind != "cypher":
            raise ValueError(f"Neo4j migrations are Cypher files, not {kind!r}")
        try:
            self._run(text, {}, neo4j.RoutingControl.WRITE)
        except neo4j.exceptions.ClientError as exc:
            if not any(marker in str(exc).lower() for marker in ALREADY_APPLIED):
                raise

    def ping(self) -> None:
        try:
            self._driver.execute_query("RETURN 1", database_=self.database)
        except UNREACHABLE as exc:
            raise GraphUnavailable(f"graph database unreachable: {type(exc).__name__}") from exc

    def close(self) -> None:
        self._driver.close()
