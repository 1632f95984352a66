"""Bulk loading of synthetic patients, for the read-surface benchmark (never used by the service)."""

from __future__ import annotations

from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver


def catalogue(driver: GraphDriver, markers: list[dict[str, Any]], concepts: list[dict[str, Any]]) -> None:
    driver.write("synthetic/catalogue", markers=markers, concepts=concepts)


def patients(driver: GraphDriver, tenant_id: str, batch: list[dict[str, Any]]) -> tuple[int, int]:
    """Write a batch of patients with their documents; (lab results, facts) written."""
    row = driver.write("synthetic/patients", tenant_id=tenant_id, patients=batch, now=now_ms())[0]
    return row["labs"], row["facts"]
