"""Reads a patient's context is built from."""

from __future__ import annotations

from graph.driver import GraphDriver, Row


def facts(driver: GraphDriver, tenant_id: str, patient_id: str, alerts_since_ms: int) -> list[Row]:
    """Non-negated facts of the patient's active documents and their abnormal lab results observed since
    `alerts_since_ms`, oldest first, each with `document_id` and the document's `language`."""
    return driver.read("context/facts", tenant_id=tenant_id, patient_id=patient_id, since=alerts_since_ms)
