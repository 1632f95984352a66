"""Patient summaries cached in the graph, keyed by the patient's graph version."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from graph.driver import GraphDriver


@dataclass(frozen=True)
class Stored:
    text: str
    graph_version: str
    generated_at: int
    generation_time_ms: float
    generator: str


@dataclass(frozen=True)
class Cached:
    graph_version: str
    summary: Stored | None  # whatever is stored, current or not


def cached(driver: GraphDriver, tenant_id: str, patient_id: str, language: str) -> Cached:
    row = driver.read("summary/cached", tenant_id=tenant_id, patient_id=patient_id, language=language)[0]
    version = hashlib.sha256("\n".join(row["versions"]).encode()).hexdigest()[:32]
    return Cached(graph_version=version, summary=Stored(**row["summary"]) if row["summary"] else None)


def store(driver: GraphDriver, tenant_id: str, patient_id: str, language: str, summary: Stored) -> None:
    driver.write("summary/store", tenant_id=tenant_id, patient_id=patient_id, language=language, text=summary.text,
                 graph_version=summary.graph_version, generation_time_ms=summary.generation_time_ms,
                 generator=summary.generator, now=summary.generated_at)
