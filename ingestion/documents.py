"""The document pipeline, one actor per step: extract text (OCR where needed) → classify → enrich.

OCR reads `completed` only once enrichment has written the document's graph (the same statement), so a
client that sees the OCR settle also sees the document's final type, facts and lab results, as the
contract's example expects when it reads lab trends right after polling.
Each step runs under a lease on its document (a duplicate message waits its turn or finds the step done)
and its graph write replaces what an earlier run wrote. Attempts are bounded: an outage of the graph or
broker is ridden out with backoff; any other fault is retried twice, then the document settles with the
reason; a step whose worker keeps dying (killed, out of memory) is given up after its third start.
A file that cannot be read fails its document at once, never the worker.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from functools import partial
from typing import Any

import dramatiq
import redis.exceptions
from dramatiq.middleware import CurrentMessage

from graph import documents, enrichment
from graph.driver import GraphUnavailable
from ingestion import broker, context, filetypes, staging
from ingestion.analysis import analyse_source
from ingestion.extraction import Extracted, ExtractionError, extract
from ingestion.extraction.pdf import engine_for, read_batch
from ingestion.metrics import STEP_OUTCOMES
from ingestion.records import RecordFiles, extract_record, structured_labs
from ingestion.storage import path_of, sha256_of
from nlp.classify import classify
from nlp.sections import passages

broker.require_configured()
log = logging.getLogger(__name__)
NO_TEXT = "Nenhum texto pôde ser extraído do documento."
QUEUE = "documents"
STEP_ATTEMPTS = 3  # starts of one step on one document before it settles with the reason
OUTAGE_RETRIES = 10  # an unreachable graph or broker: backoff 2 s … 5 min, about 15 minutes in all
INFRASTRUCTURE = (GraphUnavailable, redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
PAGE_BATCH = 16  # PDF pages per extraction message: 16 scanned pages OCR in about 30 s on one core
TIME_LIMIT_MS = {"extract": 10 * 60_000, "classify": 2 * 60_000, "enrich": 30 * 60_000}
LEASE_MARGIN_MS = 60_000  # a lease outlives its step's time limit: the limit, not the lease, ends a slow step
STEP_NAMES = {"extract": "extração de texto", "classify": "classificação", "enrich": "análise clínica"}


def retry_when(retries: int, exception: BaseException) -> bool:
    """Ride out outages; a fault of this document's own (a bug, a time limit) is tried STEP_ATTEMPTS times."""
    if isinstance(exception, INFRASTRUCTURE):
        return retries < OUTAGE_RETRIES
    return retries < STEP_ATTEMPTS - 1


step = partial(dramatiq.actor, queue_name=QUEUE, retry_when=retry_when, min_backoff=2_000, max_backoff=300_000,
               on_retry_exhausted="step_exhausted")


def owner() -> str:
    """The lease owner: the message being processed, so its own retry or redelivery takes the lease back."""
    message = CurrentMessage.get_current_message()
    return message.message_id if message is not None else str(uuid.uuid4())


def claimed(tenant_id: str, document_id: str, name: str, holder: str) -> documents.Claim | None:
    """The step's lease, or None when it is not this message's to run; past STEP_ATTEMPTS starts (its
    worker died each time) the document settles instead."""
    ctx = context.current()
    claim = documents.claim_step(ctx.graph, tenant_id, document_id, name, holder,
                                 TIME_LIMIT_MS[name] + LEASE_MARGIN_MS)
    if claim is not None and claim.step_starts > STEP_ATTEMPTS:
        give_up(tenant_id, document_id, name, f"interrompida {STEP_ATTEMPTS} vezes")
        return None
    return claim


def give_up(tenant_id: str, document_id: str, name: str, how: str) -> None:
    """Settle a document whose step cannot succeed: `failed` with the reason, or, when only the clinical
    analysis failed, `completed` with its text and type and the reason."""
    ctx = context.current()
    reason = f"O processamento do documento falhou: etapa de {STEP_NAMES[name]} {how}."
    if name == "enrich":
        documents.complete_without_enrichment(ctx.graph, tenant_id, document_id, reason,
                                              staging.staged_passages(ctx.data_dir, tenant_id, document_id))
    else:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=reason)
    staging.discard(ctx.data_dir, tenant_id, document_id)
    STEP_OUTCOMES.labels(name, "given_up").inc()
    log.warning("document step given up", extra={"document_id": document_id, "step": name, "how": how})


@dramatiq.actor(queue_name=QUEUE, retry_when=lambda retries, exc: retries < OUTAGE_RETRIES, min_backoff=2_000,
                max_backoff=300_000)
def step_exhausted(message: dict[str, Any], retry_info: dict[str, Any]) -> None:
    """Dramatiq's `on_retry_exhausted` hook of every step: the step failed on each of its attempts."""
    tenant_id, document_id = message["args"][:2]
    name = {"extract_text": "extract", "classify_document": "classify", "enrich_document": "enrich"}[
        message["actor_name"]]
    give_up(tenant_id, document_id, name, f"falhou {retry_info['retries'] + 1} vezes")


def _pdf_batch(claim: documents.Claim, holder: str) -> Extracted | None:
    """The next batch of a PDF's pages. None when pages remain: the batch is staged and the next message
    sent; the whole text once the last batch is read."""
    ctx = context.current()
    key = claim.storage_key or ""
    first = claim.pages_done or 0
    batch = read_batch(path_of(ctx.data_dir, key), first, PAGE_BATCH)
    if first == 0 and batch.end == batch.page_count:  # a short document: nothing to stage
        whole = batch
    else:
        staging.stage(ctx.data_dir, claim.tenant_id, claim.id, batch)
        if batch.end < batch.page_count:
            if documents.extraction_progress(ctx.graph, claim.tenant_id, claim.id, holder, batch.end,
                                             batch.page_count):
                extract_text.send(claim.tenant_id, claim.id)
            return None
        whole = staging.joined(staging.staged(ctx.data_dir, claim.tenant_id, claim.id))
        if whole is None:  # a staged batch was lost with the disk it was on: read the document again
            staging.discard(ctx.data_dir, claim.tenant_id, claim.id)
            if documents.extraction_progress(ctx.graph, claim.tenant_id, claim.id, holder, 0, batch.page_count):
                extract_text.send(claim.tenant_id, claim.id)
            return None
    return Extracted(pages=whole.pages, engine=engine_for(whole.ocr_pages, len(whole.pages)),
                     page_count=whole.page_count, sha256=sha256_of(path_of(ctx.data_dir, key)))


@step(time_limit=TIME_LIMIT_MS["extract"])
def extract_text(tenant_id: str, document_id: str) -> None:
    ctx = context.current()
    holder = owner()
    job = claimed(tenant_id, document_id, "extract", holder)
    if job is None:
        return
    rejected: list[dict[str, object]] = []
    try:
        if job.data_key is not None:  # a partner's record with a `data` field
            files = RecordFiles(job.storage_key, job.data_key, job.data_format, job.data_type)
            extracted, rejected = extract_record(ctx.data_dir, files, job.mime_type)
        elif job.mime_type == filetypes.PDF:
            batch = _pdf_batch(job, holder)
            if batch is None:
                return
            extracted = batch
        else:
            extracted = extract(path_of(ctx.data_dir, job.storage_key or ""), job.mime_type)
    except ExtractionError as exc:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=str(exc))
        staging.discard(ctx.data_dir, tenant_id, document_id)
        STEP_OUTCOMES.labels("extract", "unreadable").inc()
        log.info("document failed", extra={"document_id": document_id, "reason": type(exc.__cause__).__name__})
        return
    if job.mime_type == filetypes.DICOM:  # no text by nature: metadata only
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "skipped", page_count=extracted.page_count,
                                      metadata=extracted.metadata, sha256=extracted.sha256)
        return
    if not extracted.has_text:
        documents.settle_without_text(ctx.graph, tenant_id, document_id, "failed", ocr_error=NO_TEXT,
                                      page_count=extracted.page_count, sha256=extracted.sha256)
        staging.discard(ctx.data_dir, tenant_id, document_id)
        STEP_OUTCOMES.labels("extract", "no_text").inc()
        return
    cut = passages(extracted.pages)
    staging.stage_passages(ctx.data_dir, tenant_id, document_id, cut)
    documents.complete_extraction(ctx.graph, tenant_id, document_id, extracted.page_count or len(extracted.pages),
                                  extracted.engine, extracted.sha256, sum(len(p.text) for p in cut), rejected)
    STEP_OUTCOMES.labels("extract", "completed").inc()
    log.info("document text extracted", extra={"document_id": document_id, "engine": extracted.engine,
                                               "pages": len(extracted.pages), "passages": len(cut)})
    classify_document.send(tenant_id, document_id)


@step(time_limit=TIME_LIMIT_MS["classify"])
def classify_document(tenant_id: str, document_id: str) -> None:
    """Always runs after text extraction: it also records the type for links made later."""
    ctx = context.current()
    if claimed(tenant_id, document_id, "classify", owner()) is None:
        return
    staged = staging.staged_passages(ctx.data_dir, tenant_id, document_id)
    text = ("\n".join(p.text for p in staged[:documents.CLASSIFICATION_CHUNKS]) if staged is not None
            else documents.classification_text(ctx.graph, tenant_id, document_id))  # an enriched one, again
    if text is None:
        return
    result = classify(text)
    documents.complete_classification(ctx.graph, tenant_id, document_id, result.document_type, result.confidence)
    STEP_OUTCOMES.labels("classify", "completed").inc()
    log.info("document classified", extra={"document_id": document_id, "document_type": result.document_type,
                                           "confidence": result.confidence})
    enrich_document.send(tenant_id, document_id)


@step(time_limit=TIME_LIMIT_MS["enrich"])
def enrich_document(tenant_id: str, document_id: str) -> None:
    """Text → facts, lab results and embedded passages, written as one new document version. A fault in
    the analysis is retried like any other, then settles the document with its text and type (step_exhausted)."""
    ctx = context.current()
    if claimed(tenant_id, document_id, "enrich", owner()) is None:
        return
    source = enrichment.source(ctx.graph, tenant_id, document_id)
    if source is None:
        return
    staged = staging.staged_passages(ctx.data_dir, tenant_id, document_id)
    if staged is not None:  # the first enrichment: the text as extracted; later ones read the chunks
        source = replace(source, passages=staged)
    files = RecordFiles(source.storage_key, source.data_key, source.data_format, source.data_type)
    enriched = analyse_source(source, structured_labs(ctx.data_dir, files, page=source.page_count))
    written = enrichment.replace(ctx.graph, tenant_id, document_id, enriched.analysis, enriched.embeddings,
                                 enriched.terms)
    staging.discard(ctx.data_dir, tenant_id, document_id)
    STEP_OUTCOMES.labels("enrich", "completed").inc()
    if written is not None:
        log.info("document enriched", extra={"document_id": document_id, "version": written.version,
                                             "chunks": written.chunks, "facts": written.facts, "labs": written.labs})
