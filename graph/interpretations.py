"""Interpretation reports of a patient: what they are computed from, stored once allowed, read back."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.driver import GraphDriver


@dataclass(frozen=True)
class Inputs:
    sex: str | None
    birth_date: date | None
    created_at: int
    timezone: str
    language: str
    covered: list[str]  # "document id:version" of every active document
    facts: list[dict[str, Any]]
    labs: list[dict[str, Any]]
    llm_interpretations: bool = False  # the tenant opted in to a model-written interpretation section


def covered_key(covered: list[str]) -> str:
    """One value for a set of document versions: equal exactly when no record was added or replaced."""
    return hashlib.sha256("\n".join(sorted(covered)).encode()).hexdigest()


def inputs(driver: GraphDriver, tenant_id: str, patient_id: str) -> Inputs | None:
    rows = driver.read("interpretations/inputs", tenant_id=tenant_id, patient_id=patient_id)
    if not rows:
        return None
    row = rows[0]
    patient = row["patient"]
    # A patient without facts or lab results collects one empty projection of each (FalkorDB): keep real ones only.
    return Inputs(sex=patient.get("sex"), birth_date=patient.get("birth_date"), created_at=patient["created_at"],
                  timezone=row["timezone"], language=row["language"] or "pt-BR", covered=sorted(row["covered"]),
                  facts=[f for f in row["facts"] if f.get("id")], labs=[lab for lab in row["labs"] if lab.get("id")],
                  llm_interpretations=bool(row.get("llm_interpretations")))


@dataclass(frozen=True)
class NewInterpretation:
    tenant_id: str
    patient_id: str
    trigger: str  # manual | automatic
    requested_by: str  # "key:<api key id>", "page", or "schedule"
    generator: str
    generation_time_ms: int
    language: str
    covered: list[str]
    records: int
    findings: int
    sections: dict[str, Any]


def create(driver: GraphDriver, new: NewInterpretation, now: int) -> dict[str, Any] | None:
    """The stored interpretation, or None when it is not allowed now (see cypher/interpretations/create)."""
    params = vars(new) | {"sections": json.dumps(new.sections, ensure_ascii=False), "covered_key": covered_key(new.covered),
                          "id": str(uuid.uuid4()), "now": now}
    rows = driver.write("interpretations/create", **params)
    return rows[0]["interpretation"] if rows else None


@dataclass(frozen=True)
class Listing:
    interpretations: list[dict[str, Any]]  # newest first, without sections
    current_key: str  # covered_key of the patient's records now


def page(driver: GraphDriver, tenant_id: str, patient_id: str) -> Listing:
    rows = driver.read("interpretations/list", tenant_id=tenant_id, patient_id=patient_id)
    if not rows:
        return Listing([], covered_key([]))
    # A patient without interpretations collects one empty projection (FalkorDB): keep real ones only.
    found = sorted((i for i in rows[0]["interpretations"] if i and i.get("id")), key=lambda i: (-i["created_at"], i["id"]))
    return Listing(found, covered_key(rows[0]["covered"]))


def get(driver: GraphDriver, tenant_id: str, patient_id: str, interpretation_id: str) -> tuple[dict[str, Any], str] | None:
    """The interpretation (sections decoded) and the covered key of the patient's records now."""
    rows = driver.read("interpretations/get", tenant_id=tenant_id, patient_id=patient_id,
                       interpretation_id=interpretation_id)
    if not rows:
        return None
    found = dict(rows[0]["interpretation"])
    found["sections"] = json.loads(found["sections"])
    return found, covered_key(rows[0]["covered"])


def awaiting(driver: GraphDriver, created_before: int, queued_before: int, limit: int = 1000) -> list[dict[str, Any]]:
    """Patients with no interpretation yet, created before `created_before` and not queued since
    `queued_before`, oldest first (tenant, patient, created, zone)."""
    return driver.read("interpretations/awaiting", created_before=created_before, queued_before=queued_before,
                       limit=limit)


def mark_queued(driver: GraphDriver, patient_ids: list[str], now: int) -> None:
    driver.write("interpretations/mark_queued", patient_ids=patient_ids, now=now)
