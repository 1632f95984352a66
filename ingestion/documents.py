"""The document pipeline, one actor per step: extract text (OCR where needed) → classify → enrich.

OCR reads `completed` only once enrichment has written the document's graph (the same statement), so a
client that sees the OCR settle also sees the document's final type, facts and lab results, as the
contract's example expects when it reads lab trends right after polling.
Each step is idempotent (its graph write replaces what an earlier run wrote) and retried with
backoff on infrastructure errors; a file that cannot be read fails its document, never the worker.
"""

from __future__ import annotations

import logging
from functools import partial

import dramatiq

from graph import documents, enrichment
from ingestion import broker, context, filetypes
from ingestion.analysis import analyse_source
from ingestion.extraction import ExtractionError, extract
from ingestion.records import RecordFiles, extract_record, structured_labs
from ingestion.storage import path_of
from nlp.classify import classify
from nlp.sections import passages

broker.require_configured()
log = logging.getLogger(__name__)
NO_TEXT = "Nenhum texto pôde ser extraído do documento."
QUEUE = "documents"
# Every pipeline step: its own queue, retried with backoff on infrastructure errors.
step = partial(dramatiq.actor, queue_name=QUEUE, max_retries=8, min_backoff=2_000, max_backoff=300_000)
LONG_STEP_MS = 30 * 60_000  # OCR of a long scan, NLP of a long document


@step(time_limit=LONG_STEP_MS)
def extract_text(tenant_id: str, document_id: str) -> None:
    ctx = context.current()
    job = documents.claim_extraction(ctx.graph, tenant_id, document_id)
    if job is None:
        return  # already terminal: a redelivery after success
    rejected: list[dict[str, object]] = []
    try:
        if job.data_key is not None:  # a partner's record with a `data` field
            files = RecordFiles(job.storage_key, job.data_key, job.data_format, job.data_type)
            extracted, rejected = extract_record(ctx.data_dir, files, job.mime_type)
        else:
            extracted = extract(path_of(ctx.data_dir, job.storage_key or ""), job.mime_type)
    except ExtractionError as exc:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=str(exc))
        log.info("document failed", extra={"document_id": document_id, "reason": type(exc.__cause__).__name__})
        return
    if job.mime_type == filetypes.DICOM:  # no text by nature: metadata only
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "skipped", page_count=extracted.page_count,
                                      metadata=extracted.metadata, sha256=extracted.sha256)
        return
    if not extracted.has_text:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=NO_TEXT,
                                      page_count=extracted.page_count, sha256=extracted.sha256)
        return
    chunks = passages(extracted.pages)
    documents.complete_extraction(ctx.graph, tenant_id, document_id, extracted.page_count or len(extracted.pages),
                                  extracted.engine, extracted.sha256, chunks, rejected)
    log.info("document text extracted", extra={"document_id": document_id, "engine": extracted.engine,
                                               "pages": len(extracted.pages), "chunks": len(chunks)})
    classify_document.send(tenant_id, document_id)


@step
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
    enrich_document.send(tenant_id, document_id)


@step(time_limit=LONG_STEP_MS)
def enrich_document(tenant_id: str, document_id: str) -> None:
    """Text → facts, lab results and embedded passages, written as one new document version."""
    ctx = context.current()
    source = enrichment.source(ctx.graph, tenant_id, document_id)
    if source is None:
        return
    files = RecordFiles(source.storage_key, source.data_key, source.data_format, source.data_type)
    try:
        enriched = analyse_source(source, structured_labs(ctx.data_dir, files, page=source.page_count))
    except Exception as exc:  # a deterministic fault on this text: retrying cannot help, settling must
        log.error("document analysis failed", extra={"document_id": document_id, "error": type(exc).__name__})
        documents.complete_without_enrichment(ctx.graph, tenant_id, document_id,
                                              f"Clinical analysis failed ({type(exc).__name__}).")
        return
    written = enrichment.replace(ctx.graph, tenant_id, document_id, enriched.analysis, enriched.embeddings,
                                 enriched.terms)
    if written is not None:
        log.info("document enriched", extra={"document_id": document_id, "version": written.version,
                                             "chunks": written.chunks, "facts": written.facts, "labs": written.labs})
