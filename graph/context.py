"""Reads a patient's context is built from."""

from __future__ import annotations

from typing import Any

from graph.driver import GraphDriver


def facts(driver: GraphDriver, tenant_id: str, patient_id: str, alerts_since_ms: int) -> list[dict[str, Any]]:
    """Non-negated facts of the patient's active documents and their abnormal lab results observed since
    `alerts_since_ms`, oldest first, each with `document_id` and the document's `language`."""
    return [row["fact"] | {"document_id": row["document_id"], "language": row["language"]}
            for row in driver.read("context/facts", tenant_id=tenant_id, patient_id=patient_id,
                                   since=alerts_since_ms)]
