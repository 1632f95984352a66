"""Documents (the stored file and its OCR record) and their links to patients."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from graph.clock import now_ms
from graph.driver import GraphDriver
from graph.rows import from_row
from nlp.facts import Passage

CLASSIFICATION_CHUNKS = 12


@dataclass(frozen=True)
class Document:
    """The OCR document record."""

    id: str
    tenant_id: str
    original_filename: str | None
    mime_type: str | None
    file_size_bytes: int | None
    sha256: str | None  # set once a worker has read the file
    storage_key: str
    ocr_status: str
    ocr_error: str | None
    page_count: int | None
    classified_type: str | None
    classification_confidence: float | None
    created_at: int
    updated_at: int | None
    processed_at: int | None


@dataclass(frozen=True)
class Link:
    """A patient ↔ document link, the record the API lists."""

    id: str
    patient_id: str
    document_id: str
    document_type: str
    title: str | None
    notes: str | None
    uploaded_by: str | None
    is_active: bool
    classification_status: str | None
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class LinkedDocument:
    link: Link
    document: Document

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> LinkedDocument:
        return cls(from_row(Link, row["link"]), from_row(Document, row["document"]))

    @property
    def classification_confidence(self) -> float | None:
        """The classifier's confidence applies only where its type was taken."""
        return self.document.classification_confidence if self.link.classification_status == "completed" else None


@dataclass(frozen=True)
class NewUpload:
    tenant_id: str
    patient_id: str
    document_id: str
    original_filename: str
    mime_type: str
    file_size_bytes: int
    storage_key: str
    document_type: str
    classification_status: str
    title: str | None
    notes: str | None
    uploaded_by: str | None


@dataclass(frozen=True)
class Claim:
    """A pipeline step taken under a lease, with what the extraction step needs to read the document."""

    id: str
    tenant_id: str
    mime_type: str
    storage_key: str | None  # None for a partner's record that has only `data`
    step_starts: int  # this step's starts on this document, this one included
    pages_done: int | None = None  # pages of a long PDF already read and staged, batch by batch
    data_key: str | None = None
    data_format: str | None = None
    data_type: str | None = None


def create_upload(driver: GraphDriver, upload: NewUpload) -> LinkedDocument:
    """Idempotent: a retried write whose first attempt landed finds the document already recorded."""
    rows = driver.write("documents/create_upload", link_id=str(uuid.uuid4()), now=now_ms(), **vars(upload))
    if rows:
        return LinkedDocument.from_row(rows[0])
    stored = get(driver, upload.tenant_id, upload.patient_id, upload.document_id)
    if stored is None:
        raise LookupError("patient vanished before its document was recorded")
    return stored


def link(driver: GraphDriver, tenant_id: str, patient_id: str, document_id: str, document_type: str | None,
         title: str | None, notes: str | None, uploaded_by: str | None) -> LinkedDocument | None:
    """Idempotent: the existing link (reactivated if it was deleted), or None if the document is not the tenant's."""
    rows = driver.write("documents/link", tenant_id=tenant_id, patient_id=patient_id, document_id=document_id,
                        document_type=document_type, title=title, notes=notes, uploaded_by=uploaded_by,
                        link_id=str(uuid.uuid4()), now=now_ms())
    return LinkedDocument.from_row(rows[0]) if rows else None


def get(driver: GraphDriver, tenant_id: str, patient_id: str, document_id: str) -> LinkedDocument | None:
    rows = driver.read("documents/by_document_id", tenant_id=tenant_id, patient_id=patient_id, document_id=document_id)
    return LinkedDocument.from_row(rows[0]) if rows else None


def page(driver: GraphDriver, tenant_id: str, patient_id: str, limit: int, offset: int, document_type: str | None,
         date_from: int | None, date_to: int | None) -> tuple[list[LinkedDocument], int]:
    rows = driver.read("documents/page", tenant_id=tenant_id, patient_id=patient_id, limit=limit, offset=offset,
                       document_type=document_type, date_from=date_from, date_to=date_to)
    if not rows:
        return [], 0
    return [LinkedDocument.from_row(item) for item in rows[0]["page"]], rows[0]["total"]


def soft_delete(driver: GraphDriver, tenant_id: str, patient_id: str, document_id: str) -> bool:
    rows = driver.write("documents/soft_delete", tenant_id=tenant_id, patient_id=patient_id, document_id=document_id,
                        now=now_ms())
    return bool(rows)


def claim_step(driver: GraphDriver, tenant_id: str, document_id: str, step: str, owner: str,
               lease_ms: int) -> Claim | None:
    """Take `step` (extract/classify/enrich) of the document for `lease_ms`; None when the step is not due
    (already done, or the document settled) or another owner's lease on the document is live."""
    rows = driver.write("documents/claim_step", tenant_id=tenant_id, document_id=document_id, step=step, owner=owner,
                        lease_ms=lease_ms, now=now_ms())
    return from_row(Claim, rows[0]["document"]) if rows else None


def extraction_progress(driver: GraphDriver, tenant_id: str, document_id: str, owner: str, pages_done: int,
                        page_count: int) -> bool:
    """Record a staged batch of a long document's pages and release the lease (False: `owner` lost it)."""
    return bool(driver.write("documents/extraction_progress", tenant_id=tenant_id, document_id=document_id,
                             owner=owner, pages_done=pages_done, page_count=page_count, now=now_ms()))


def chunk_id(document_id: str, seq: int) -> str:
    """Deterministic, so re-running a step rewrites the same chunk ids."""
    return str(uuid.uuid5(uuid.UUID(document_id), f"chunk:{seq}"))


def complete_extraction(driver: GraphDriver, tenant_id: str, document_id: str, page_count: int, engine: str,
                        sha256: str | None, text_chars: int, rejected: list[dict[str, Any]] | None = None) -> None:
    """Record the text as read (its passages are staged by the worker, written as chunks by enrichment); OCR
    stays `processing` until enrichment settles it. `rejected`: a record's structured results that could not be
    read (index, reason)."""
    driver.write("documents/complete_extraction", tenant_id=tenant_id, document_id=document_id, page_count=page_count,
                 engine=engine, sha256=sha256, text_chars=text_chars, now=now_ms(),
                 rejected=json.dumps(rejected, ensure_ascii=False) if rejected else None)


def settle_without_text(driver: GraphDriver, tenant_id: str, document_id: str, ocr_status: str,
                        ocr_error: str | None = None, page_count: int | None = None,
                        metadata: dict[str, Any] | None = None, sha256: str | None = None) -> None:
    """`failed` (classification fails too) or `skipped` (DICOM: classification skipped)."""
    driver.write("documents/settle_without_text", tenant_id=tenant_id, document_id=document_id, ocr_status=ocr_status,
                 ocr_error=ocr_error, page_count=page_count, sha256=sha256, now=now_ms(),
                 metadata=json.dumps(metadata, ensure_ascii=False, default=str) if metadata else None)


def chunks(driver: GraphDriver, tenant_id: str, document_id: str) -> list[Passage]:
    """The stored text: section-aware passages tiling each page, with offsets into each page."""
    return [Passage(**row["chunk"]) for row in driver.read("documents/chunks", tenant_id=tenant_id,
                                                            document_id=document_id)]


def classification_text(driver: GraphDriver, tenant_id: str, document_id: str) -> str | None:
    """The leading text of an extracted document, or None if it has none (failed, skipped)."""
    rows = driver.read("documents/classification_text", tenant_id=tenant_id, document_id=document_id,
                       max_chunks=CLASSIFICATION_CHUNKS)
    return "\n".join(row["text"] for row in rows) if rows else None


def complete_classification(driver: GraphDriver, tenant_id: str, document_id: str, document_type: str,
                            confidence: float) -> None:
    driver.write("documents/complete_classification", tenant_id=tenant_id, document_id=document_id,
                 document_type=document_type, confidence=confidence, now=now_ms())


def complete_without_enrichment(driver: GraphDriver, tenant_id: str, document_id: str, error: str,
                                passages: list[Passage] | None = None) -> None:
    """Settle with the reason; `passages` (the staged text, if any) become the document's chunks."""
    rows = [vars(p) | {"id": chunk_id(document_id, p.seq)} for p in passages or []]
    driver.write("documents/complete_without_enrichment", tenant_id=tenant_id, document_id=document_id, error=error,
                 chunks=rows, now=now_ms())


def due(driver: GraphDriver, idle_ms: int = 60_000, limit: int = 500,
        include_idle: bool = True) -> list[tuple[str, str, str]]:
    """(tenant, document, step to run: extract/classify/enrich) of documents whose pipeline message was
    lost or whose worker died (its lease lapsed); those merely waiting for a message (pending, or between
    steps, for `idle_ms`) only if `include_idle`."""
    now = now_ms()
    idle_before = now - idle_ms if include_idle else -1  # no document was updated before 1970
    rows = driver.read("documents/due", idle_before=idle_before, now=now, limit=limit)
    return [(row["tenant_id"], row["document_id"], row["step"]) for row in rows]
