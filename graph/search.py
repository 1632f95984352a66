"""Passages of one patient's active documents, ranked by similarity to a query vector."""

from __future__ import annotations

from typing import Any

from graph.driver import GraphDriver


KIND_BOOST = 0.15


def passages(driver: GraphDriver, tenant_id: str, patient_id: str, vector: list[float], kinds: list[str],
             k: int) -> list[dict[str, Any]]:
    """Best first; each with its document ids, score and the facts it mentions."""
    return driver.read("search/passages", tenant_id=tenant_id, patient_id=patient_id, vector=vector, kinds=kinds,
                       boost=KIND_BOOST, k=k)
