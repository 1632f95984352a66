"""A partner's medical-data records: accepted under the patient (created on its first record), versioned
by the partner's `document_id`, read back for the partner's status poll."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from graph.clock import now_ms
from graph.documents import Document, Link
from graph.driver import GraphDriver
from graph.patients import Patient, new_token
from graph.rows import from_row


@dataclass(frozen=True)
class NewRecord:
    tenant_id: str
    external_id: str  # the center's own patient id
    record_id: str
    data_type: str
    partner_document_id: str | None
    document_type: str  # a manual type (`lab_results` → lab_report) or `other` until classified
    classification_status: str
    title: str | None
    original_filename: str | None
    mime_type: str  # the file's, sniffed; else the data's (text/plain, application/json)
    declared_mime_type: str | None
    file_size_bytes: int | None
    storage_key: str | None  # the file
    data_key: str | None  # the `data` field, stored beside it
    data_format: str | None  # "text" or "json"
    uploaded_by: str


@dataclass(frozen=True)
class Accepted:
    patient: Patient
    patient_created: bool
    link: Link
    document: Document
    link_version: int


@dataclass(frozen=True)
class Record:
    link: Link
    document: Document
    external_id: str | None
    patient_token: str
    version: int
    data_type: str | None
    partner_document_id: str | None
    superseded: bool
    current: bool  # the version clinical views read
    structured_rejected: str | None  # JSON list of {index, reason}
    data_format: str | None
    enrichment_error: str | None


def accept(driver: GraphDriver, record: NewRecord) -> Accepted:
    rows = driver.write(
        "records/create", patient_id=str(uuid.uuid4()), token=new_token(), link_id=str(uuid.uuid4()), now=now_ms(), **vars(record),
    )
    if not rows:
        raise LookupError(f"tenant {record.tenant_id} does not exist")
    row = rows[0]
    return Accepted(from_row(Patient, row["patient"]), bool(row["created"]), from_row(Link, row["link"]),
                    from_row(Document, row["document"]), row["link"]["version"])


def discard(driver: GraphDriver, tenant_id: str, accepted: Accepted) -> None:
    """Take back an accepted record (and the patient it created, if nothing else arrived for it)."""
    driver.write("records/discard", tenant_id=tenant_id, record_id=accepted.document.id,
                 patient_id=accepted.patient.id, patient_created=accepted.patient_created)


def get(driver: GraphDriver, tenant_id: str, record_id: str) -> Record | None:
    rows = driver.read("records/status", tenant_id=tenant_id, record_id=record_id)
    if not rows:
        return None
    row = rows[0]
    link, document = row["link"], row["document"]
    return Record(
        link=from_row(Link, link), document=from_row(Document, document), external_id=row["external_id"],
        patient_token=row["patient_token"], version=link.get("version") or 1, data_type=link.get("data_type"),
        partner_document_id=link.get("partner_document_id"), superseded=bool(link.get("superseded")),
        current=bool(link.get("is_current")),
        structured_rejected=document.get("structured_rejected"), data_format=document.get("data_format"),
        enrichment_error=document.get("enrichment_error"),
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One record of a patient's Health History and the facts it added."""

    link: dict[str, Any]
    document: dict[str, Any]
    clinical_at: int
    facts: list[dict[str, Any]]


@dataclass(frozen=True)
class History:
    entries: list[HistoryEntry]
    total: int
    first_seen: dict[str, int]  # concept key → clinical date (epoch ms) of its first current mention


@dataclass(frozen=True)
class DayBound:
    """A calendar day's start as a document date (midnight UTC) and as a moment in the center's time zone."""

    day: int
    local: int


def history(driver: GraphDriver, tenant_id: str, patient_id: str, limit: int, offset: int, data_type: str | None,
            date_from: DayBound | None, date_to: DayBound | None, include_superseded: bool) -> History:
    """`date_to` is exclusive: the start of the day after the last one wanted."""
    rows = driver.read("records/health_history", tenant_id=tenant_id, patient_id=patient_id, limit=limit,
                       offset=offset, data_type=data_type, include_superseded=include_superseded,
                       from_day=date_from.day if date_from else None, from_local=date_from.local if date_from else None,
                       to_day=date_to.day if date_to else None, to_local=date_to.local if date_to else None)
    if not rows:
        return History([], 0, {})
    row = rows[0]
    entries = [HistoryEntry(item["record"]["link"], item["record"]["document"], item["record"]["clinical_at"],
                            sorted(item["facts"], key=lambda f: (f.get("page") or 0, f.get("start") or 0)))
               for item in row["records"] if item is not None]
    # The page is chosen in order, but grouping each record with its facts loses it: sort again.
    entries.sort(key=lambda e: (-e.clinical_at, -e.link["created_at"], e.link["id"]))
    first_seen = {item["key"]: item["first"] for item in row["first_seen"] if item["key"] is not None}
    return History(entries, row["total"], first_seen)
