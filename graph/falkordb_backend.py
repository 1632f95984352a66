"""FalkorDB through its native client (never over Bolt: see DESIGN.md)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any
from urllib.parse import unquote, urlsplit

import redis.exceptions
from falkordb import FalkorDB

from graph import statements
from graph.driver import Backend, GraphUnavailable, QueryRejected, QueryTimedOut, Row, TimeLimits
from graph.retry import no_client_retries, with_retries

# Only a connection refused or reset is retried: a timeout means the server is busy, and asking again
# would stall the caller four times as long.
RETRYABLE = (redis.exceptions.ConnectionError, ConnectionRefusedError, ConnectionResetError, BrokenPipeError)
UNREACHABLE = (*RETRYABLE, redis.exceptions.TimeoutError, OSError)
# Errors FalkorDB raises when a migration step already took effect.
ALREADY_APPLIED = ("already indexed", "already exists", "constraint already")


def _plain(value: Any) -> Any:
    """Maps as plain dicts, all the way down. Runs on every value read: exact type checks, scalars first out."""
    kind = type(value)
    if kind is OrderedDict or kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    if kind is list:
        return [_plain(v) for v in value]
    return value


def _sendable(value: Any) -> Any:
    """Parameters as FalkorDB can take them: its client writes them into the statement's text, where a NUL character
    ends the statement (a syntax error) and no escape stands for one, so it is sent as U+FFFD, the replacement
    character."""
    kind = type(value)
    if kind is str:
        return value.replace("\0", "\ufffd") if "\0" in value else value
    if kind is dict:
        return {k: _sendable(v) for k, v in value.items()}
    if kind is list:
        return [_sendable(v) for v in value]
    return value


class FalkorDBDriver:
    backend: Backend = "falkordb"

    def __init__(self, url: str, timeout_s: float = 15.0, limits: TimeLimits = TimeLimits()) -> None:
        parts = urlsplit(url)
        self.limits = limits
        self.graph_name = parts.path.strip("/") or "clinigraph"
        # The client asks the server whether it is a Sentinel as it is built: a server that is down
        # makes construction fail like any other call (retried, then GraphUnavailable).
        try:
            self._db = with_retries(lambda: FalkorDB(
                host=parts.hostname or "127.0.0.1",
                port=parts.port or 6379,
                username=unquote(parts.username) if parts.username else None,
                password=unquote(parts.password) if parts.password else None,
                socket_timeout=timeout_s,
                socket_connect_timeout=min(timeout_s, 2.0),
                health_check_interval=10,
                retry=no_client_retries(),
            ), RETRYABLE)
        except redis.exceptions.TimeoutError as exc:
            raise GraphUnavailable("graph database did not answer in time") from exc
        self._graph = self._db.select_graph(self.graph_name)

    def _run(self, query: str, params: dict[str, Any], timeout_ms: int | None) -> list[Row]:
        """A read when `timeout_ms` is set (FalkorDB stops it there); a write otherwise (FalkorDB does not
        time writes out: ours are each bounded by one patient's or one document's data)."""
        read_only = timeout_ms is not None
        params = _sendable(params)
        try:
            if read_only:
                result = with_retries(lambda: self._graph.ro_query(query, params, timeout=timeout_ms), RETRYABLE)
            else:
                result = with_retries(lambda: self._graph.query(query, params), RETRYABLE)
        except redis.exceptions.TimeoutError as exc:
            raise GraphUnavailable("graph database did not answer in time") from exc
        except redis.exceptions.ResponseError as exc:
            if read_only and "empty key" in str(exc):
                return []  # the graph is created by its first write; until then every read is empty
            if "timed out" in str(exc):
                raise QueryTimedOut(f"query stopped at its time limit ({timeout_ms} ms)") from exc
            raise
        names = [column[1] for column in result.header]
        return [dict(zip(names, map(_plain, row), strict=True)) for row in result.result_set]

    def read(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, self.limits.statement_ms)

    def read_analytics(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, self.limits.analytics_ms)

    def write(self, statement: str, **params: Any) -> list[Row]:
        return self._run(statements.load(statement, self.backend), params, None)

    def read_ad_hoc(self, query: str, **params: Any) -> list[Row]:
        try:
            return self._run(query, params, self.limits.analytics_ms)
        except redis.exceptions.ResponseError as exc:
            raise QueryRejected(str(exc)) from exc

    def apply_ddl(self, text: str, kind: str) -> None:
        def run() -> None:
            if kind == "constraint":
                # `GRAPH.CONSTRAINT CREATE <graph> UNIQUE NODE Label PROPERTIES 1 prop` is not Cypher.
                self._db.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, *text.split()
                )
            else:
                self._graph.query(text)

        try:
            with_retries(run, RETRYABLE)
        except redis.exceptions.ResponseError as exc:
            if not any(marker in str(exc).lower() for marker in ALREADY_APPLIED):
                raise

    def ping(self) -> None:
        try:
            self._graph.ro_query("RETURN 1")
        except UNREACHABLE as exc:
            raise GraphUnavailable(f"graph database unreachable: {type(exc).__name__}") from exc

    def close(self) -> None:
        self._db.close()
