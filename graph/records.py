"""A partner's medical-data records: accepted under the patient (created on its first record), versioned
by the partner's `document_id`, read back for the partner's status poll."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

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
        "records/create", patient_id=str(uuid.uuid4()), token=new_token(), access_token=secrets.token_urlsafe(32),
        link_id=str(uuid.uuid4()), now=now_ms(), **vars(record),
    )
    if not rows:
        raise LookupError(f"tenant {record.tenant_id} does not exist")
    row = rows[0]
    return Accepted(from_row(Patient, row["patient"]), bool(row["created"]), from_row(Link, row["link"]),
                    from_row(Document, row["document"]), row["link"]["version"])


def discard(driver: GraphDriver, tenant_id: str, record_id: str) -> None:
    driver.write("records/discard", tenant_id=tenant_id, record_id=record_id)


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
