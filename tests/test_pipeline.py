"""The document pipeline under failure: leases keep a step to one worker, attempts are bounded, one sweeper
runs at a time, and a long PDF is read in batches that each fit a step's time limit."""

from __future__ import annotations

import time

import pytest
import redis
from starlette.testclient import TestClient

from graph import documents
from graph.driver import GraphDriver, GraphUnavailable
from ingestion import context, filetypes, staging
from ingestion.context import WorkerContext
from ingestion.leadership import Leadership
from nlp.sections import passages
from service.app import Backends
from tests import fixtures
from tests.document_client import Patient
from tests.test_documents import stored_directly

MINUTE_MS = 60_000


@pytest.fixture
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    return Patient(client, new_tenant)


@pytest.fixture
def bound(graph: GraphDriver, backends: Backends) -> WorkerContext:
    """The actors' functions run in this process, as a worker thread would run them."""
    ctx = WorkerContext(graph, "http://clinigraph.test", backends.data_dir)
    context.bind(ctx)
    return ctx


def test_a_live_lease_keeps_every_other_message_out_of_the_step(patient: Patient, graph: GraphDriver,
                                                               backends: Backends) -> None:
    tenant_id = patient.issued.tenant.id
    document_id = stored_directly(patient, graph, backends, fixtures.text_pdf(), filetypes.PDF)
    first = documents.claim_step(graph, tenant_id, document_id, "extract", "message-a", MINUTE_MS)
    assert first is not None and first.step_starts == 1
    assert patient.poll(document_id).json()["ocr_status"] == "processing"
    assert documents.claim_step(graph, tenant_id, document_id, "extract", "message-b", MINUTE_MS) is None
    assert (tenant_id, document_id, "extract") not in documents.due(graph, idle_ms=0, limit=10_000)
    again = documents.claim_step(graph, tenant_id, document_id, "extract", "message-a", -1)  # its own retry
    assert again is not None and again.step_starts == 2
    assert (tenant_id, document_id, "extract") in documents.due(graph, idle_ms=10 * MINUTE_MS, limit=10_000), \
        "a lapsed lease is due at once, whatever the idle grace"
    taken_over = documents.claim_step(graph, tenant_id, document_id, "extract", "message-b", MINUTE_MS)
    assert taken_over is not None and taken_over.step_starts == 3
    assert documents.claim_step(graph, tenant_id, document_id, "classify", "message-b", MINUTE_MS) is None, \
        "a step that is not due is never taken"


def test_a_step_whose_worker_keeps_dying_settles_failed(patient: Patient, graph: GraphDriver, backends: Backends,
                                                        bound: WorkerContext) -> None:
    from ingestion.documents import STEP_ATTEMPTS, claimed

    tenant_id = patient.issued.tenant.id
    document_id = stored_directly(patient, graph, backends, fixtures.text_pdf(), filetypes.PDF)
    for start in range(STEP_ATTEMPTS):  # each start's worker dies: its lease lapses
        assert documents.claim_step(graph, tenant_id, document_id, "extract", f"killed-{start}", -1) is not None
    assert claimed(tenant_id, document_id, "extract", "the-next-one") is None
    body = patient.poll(document_id).json()
    assert (body["ocr_status"], body["classification_status"]) == ("failed", "failed")
    assert body["ocr_error"] == (f"O processamento do documento falhou: etapa de extração de texto interrompida "
                                 f"{STEP_ATTEMPTS} vezes.")
    assert documents.claim_step(graph, tenant_id, document_id, "extract", "late", MINUTE_MS) is None
    assert all(due[1] != document_id for due in documents.due(graph, idle_ms=0, limit=10_000))


def test_a_step_that_fails_each_attempt_settles_with_the_reason(patient: Patient, graph: GraphDriver,
                                                                backends: Backends, bound: WorkerContext) -> None:
    """Dramatiq's on_retry_exhausted hook: extraction fails the document; when only the clinical analysis
    failed, the document completes with its text and type and the reason."""
    from ingestion.documents import step_exhausted

    tenant_id = patient.issued.tenant.id
    unread = stored_directly(patient, graph, backends, fixtures.text_pdf(), filetypes.PDF)
    documents.claim_step(graph, tenant_id, unread, "extract", "m", MINUTE_MS)
    step_exhausted.fn({"args": [tenant_id, unread], "actor_name": "extract_text"}, {"retries": 2})
    body = patient.poll(unread).json()
    assert (body["ocr_status"], body["ocr_error"]) == (
        "failed", "O processamento do documento falhou: etapa de extração de texto falhou 3 vezes.")

    analysed = stored_directly(patient, graph, backends, fixtures.text_pdf(), filetypes.PDF)
    documents.claim_step(graph, tenant_id, analysed, "extract", "m", MINUTE_MS)
    documents.complete_extraction(graph, tenant_id, analysed, 1, "pymupdf", None, 0)
    documents.complete_classification(graph, tenant_id, analysed, "lab_report", 0.9)
    staging.stage_passages(backends.data_dir, tenant_id, analysed, passages(["Hemoglobina 13,1 g/dL"]))
    step_exhausted.fn({"args": [tenant_id, analysed], "actor_name": "enrich_document"}, {"retries": 2})
    body = patient.poll(analysed).json()
    assert (body["ocr_status"], body["document_type"], body["ocr_error"]) == ("completed", "lab_report", None)
    assert [c.text for c in documents.chunks(graph, tenant_id, analysed)] == ["Hemoglobina 13,1 g/dL"], \
        "the text stays, searchable"
    assert staging.staged_passages(backends.data_dir, tenant_id, analysed) is None
    step_exhausted.fn({"args": [tenant_id, analysed], "actor_name": "extract_text"}, {"retries": 2})
    assert patient.poll(analysed).json()["ocr_status"] == "completed", "a settled document is never failed late"


def test_outages_are_ridden_out_and_faults_are_bounded() -> None:
    from ingestion.documents import OUTAGE_RETRIES, STEP_ATTEMPTS, retry_when

    fault, outage = ValueError("bug"), GraphUnavailable("graph database unreachable")
    assert [retry_when(n, fault) for n in range(STEP_ATTEMPTS)] == [True] * (STEP_ATTEMPTS - 1) + [False]
    assert retry_when(OUTAGE_RETRIES - 1, outage) and not retry_when(OUTAGE_RETRIES, outage)
    assert retry_when(0, redis.exceptions.ConnectionError("refused"))


def test_a_long_pdf_is_read_in_batches(patient: Patient, graph: GraphDriver, backends: Backends,
                                       bound: WorkerContext) -> None:
    """The first batch here, the rest by the worker, one message per batch; the staged pages go once read."""
    from ingestion.documents import PAGE_BATCH, _pdf_batch

    tenant_id = patient.issued.tenant.id
    pages = 2 * PAGE_BATCH + 3
    numbered = fixtures.numbered_pdf(pages)
    document_id = stored_directly(patient, graph, backends, numbered, filetypes.PDF)
    claim = documents.claim_step(graph, tenant_id, document_id, "extract", "first-batch", MINUTE_MS)
    assert claim is not None and claim.storage_key is not None
    assert _pdf_batch(claim, "first-batch") is None, "pages remain after the first batch"
    staged = backends.data_dir / "staging" / tenant_id / document_id[:2] / document_id
    assert list(staged.glob("pages-*.json")), "the first batch is staged"
    final = patient.settled(document_id)
    assert (final["ocr_status"], final["page_count"]) == ("completed", pages)
    text = [c for c in documents.chunks(graph, tenant_id, document_id)]
    assert sorted({c.page for c in text}) == list(range(1, pages + 1))
    for page in (1, PAGE_BATCH, PAGE_BATCH + 1, pages):
        assert f"Página {page} de {pages}" in "".join(c.text for c in text if c.page == page)
    assert not staged.exists()


def test_one_sweeper_at_a_time(backends: Backends) -> None:
    client = redis.Redis.from_url(backends.redis_url)
    key = f"clinigraph:test-sweeper:{time.monotonic_ns()}"
    first, second = Leadership(client, ttl_s=1.0, key=key), Leadership(client, ttl_s=1.0, key=key)
    assert first.held() and not second.held()
    assert first.held(), "the holder renews"
    first.release()
    assert second.held() and not first.held()
    time.sleep(1.2)  # the holder stopped renewing (it died): its lock expires
    assert first.held() and not second.held()
    first.release()
