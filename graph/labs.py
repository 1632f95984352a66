"""Reads of a patient's lab results (the trends endpoint's one traversal)."""

from __future__ import annotations

from graph.driver import GraphDriver, Row


def results(driver: GraphDriver, tenant_id: str, patient_id: str, since_ms: int,
            marker_keys: list[str] | None) -> list[Row]:
    """Results of the patient's active documents observed since `since_ms`, by marker then date."""
    return driver.read("labs/results", tenant_id=tenant_id, patient_id=patient_id, since=since_ms,
                       marker_keys=marker_keys)
