"""The document pipeline, one actor per step: extract text (OCR where needed) → classify.

Each step is idempotent (its graph write replaces what an earlier run wrote) and retried with
backoff on infrastructure errors; a file that cannot be read fails its document, never the worker.
"""

from __future__ import annotations

import logging

import dramatiq

from graph import documents
from ingestion import broker, context, filetypes
from ingestion.chunking import chunk_pages
from ingestion.extraction import ExtractionError, extract
from ingestion.storage import path_of
from nlp.classify import classify

broker.require_configured()
log = logging.getLogger(__name__)
NO_TEXT = "Nenhum texto pôde ser extraído do documento."


@dramatiq.actor(queue_name="documents", max_retries=8, min_backoff=2_000, max_backoff=300_000,
                time_limit=30 * 60_000)
def extract_text(tenant_id: str, document_id: str) -> None:
    ctx = context.current()
    job = documents.claim_extraction(ctx.graph, tenant_id, document_id)
    if job is None:
        return  # already terminal: a redelivery after success
    try:
        extracted = extract(path_of(ctx.data_dir, job.storage_key), job.mime_type)
    except ExtractionError as exc:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=str(exc))
        log.info("document failed", extra={"document_id": document_id, "reason": type(exc.__cause__).__name__})
        return
    if job.mime_type == filetypes.DICOM:  # no text by nature: metadata only
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "skipped",
                                      page_count=extracted.page_count, metadata=extracted.metadata)
        return
    if not extracted.has_text:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=NO_TEXT,
                                      page_count=extracted.page_count)
        return
    chunks = chunk_pages(extracted.pages)
    documents.complete_extraction(ctx.graph, tenant_id, document_id, extracted.page_count or len(extracted.pages),
                                  extracted.engine, chunks)
    log.info("document text extracted", extra={"document_id": document_id, "engine": extracted.engine,
                                               "pages": len(extracted.pages), "chunks": len(chunks)})
    classify_document.send(tenant_id, document_id)


@dramatiq.actor(queue_name="documents", max_retries=8, min_backoff=2_000, max_backoff=300_000)
def classify_document(tenant_id: str, document_id: str) -> None:
    """Always runs after text extraction: it also records the type for links made later."""
    ctx = context.current()
    text = documents.classification_text(ctx.graph, tenant_id, document_id)
    if text is None:
        return
    result = classify(text)
    documents.complete_classification(ctx.graph, tenant_id, document_id, result.document_type, result.confidence)
    log.info("document classified", extra={"document_id": document_id, "document_type": result.document_type,
                                           "confidence": result.confidence})
