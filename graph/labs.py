"""Reads of a patient's lab results (the trends endpoint's one traversal)."""

from __future__ import annotations

from typing import Any

from graph.driver import GraphDriver


def results(driver: GraphDriver, tenant_id: str, patient_id: str, since_ms: int,
            marker_keys: list[str] | None) -> list[dict[str, Any]]:
    """Results of the patient's active documents observed since `since_ms`, by marker then date."""
    return [row["result"] | {"document_id": row["document_id"], "language": row["language"]}
            for row in driver.read("labs/results", tenant_id=tenant_id, patient_id=patient_id, since=since_ms,
                                   marker_keys=marker_keys)]
