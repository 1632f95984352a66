"""The analysts' named queries (`cypher/analytics/`), each documented by its file's leading comment."""

from __future__ import annotations

from functools import cache
from typing import Any

from graph.clock import from_ms
from graph.driver import GraphDriver
from graph.statements import CYPHER_ROOT


@cache
def describe(name: str) -> str:
    """The query's own documentation: its leading `//` comment."""
    text = CYPHER_ROOT.joinpath("analytics", f"{name}.cypher").read_text(encoding="utf-8")
    lines = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    return " ".join(lines)


def run(driver: GraphDriver, name: str, tenant_id: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of one named query, scoped to the tenant; `*_at` columns as datetimes."""
    rows = driver.read_analytics(f"analytics/{name}", tenant_id=tenant_id, **params)
    return [{key: from_ms(value) if key.endswith("_at") and value is not None else value
             for key, value in row.items()} for row in rows]
