"""Patient documents end to end on the real graph, broker and worker: upload → OCR → classification."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph import documents
from graph.documents import NewUpload
from graph.driver import GraphDriver
from ingestion import broker as broker_setup
from ingestion import filetypes, storage
from ingestion.context import WorkerContext
from ingestion.extraction import ExtractionError
from ingestion.sweeper import Sweeper
from service.app import Backends
from tests import fixtures
from tests.document_client import DICOM, JPEG, MB, PDF, PNG, Patient


@pytest.fixture
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    return Patient(client, new_tenant)


def detail(response: Any) -> str:
    return response.json()["detail"]


def test_upload_answers_202_with_the_seed_body(patient: Patient, graph: GraphDriver) -> None:
    pdf = fixtures.text_pdf()
    response = patient.upload(pdf, "hemograma.pdf", title="Hemograma Completo — 2026-06-03",
                              notes="Coleta em jejum")
    assert response.status_code == 202
    body = response.json()
    assert set(body) == {"document_id", "patient_document_id", "patient_id", "document_type", "classification_status",
                         "original_filename", "file_size_bytes", "ocr_status", "created_at", "message"}
    assert body["patient_id"] == patient.id and body["document_type"] == "other"
    assert (body["classification_status"], body["ocr_status"]) == ("pending", "pending")
    assert body["original_filename"] == "hemograma.pdf" and body["file_size_bytes"] == len(pdf)
    assert body["message"] == "Documento recebido. OCR e classificação em processamento."

    final = patient.settled(body["document_id"])
    assert final["ocr_status"] == "completed" and final["classification_status"] == "completed"
    assert final["document_type"] == "lab_report" and 0 < final["classification_confidence"] <= 1
    assert final["page_count"] == 1 and final["ocr_error"] is None and final["patient_document_id"] == body["patient_document_id"]
    chunks = documents.chunks(graph, patient.issued.tenant.id, body["document_id"])
    assert chunks and all(c.page == 1 and c.end > c.start for c in chunks)
    assert "Hemoglobina" in "".join(c.text for c in chunks)
    stored = documents.get(graph, patient.issued.tenant.id, patient.id, body["document_id"])
    assert stored is not None and stored.document.sha256 == hashlib.sha256(pdf).hexdigest()


@pytest.mark.parametrize(("kind", "mime", "engine_text"), [
    ("image_pdf", PDF, "Hemoglobina"), ("png", PNG, "Hemoglobina"), ("jpeg", JPEG, "Plaquetas")])
def test_scans_are_ocrd_and_classified(patient: Patient, graph: GraphDriver, kind: str, mime: str,
                                       engine_text: str) -> None:
    content = fixtures.image_pdf() if kind == "image_pdf" else fixtures.image_bytes(kind.upper())
    document_id = patient.upload(content, f"scan.{kind}", mime).json()["document_id"]
    final = patient.settled(document_id)
    assert (final["ocr_status"], final["classification_status"], final["document_type"]) == (
        "completed", "completed", "lab_report")
    text = "".join(c.text for c in documents.chunks(graph, patient.issued.tenant.id, document_id))
    assert engine_text in text and "14,2" in text


def test_dicom_skips_ocr_and_classification(patient: Patient, graph: GraphDriver) -> None:
    dicom = fixtures.dicom_bytes()
    response = patient.upload(dicom, "study.dcm", "application/octet-stream")
    assert response.status_code == 202
    assert response.json()["classification_status"] == "skipped"
    final = patient.settled(response.json()["document_id"])
    assert (final["ocr_status"], final["classification_status"], final["page_count"]) == ("skipped", "skipped", 1)
    item = patient.listing()["documents"][0]
    assert item["ocr_document"] == {"original_filename": "study.dcm", "mime_type": DICOM, "status": "skipped",
                                    "page_count": 1}
    stored = documents.get(graph, patient.issued.tenant.id, patient.id, item["document_id"])
    assert stored is not None and stored.document.sha256 == hashlib.sha256(dicom).hexdigest()


def test_manual_type_skips_classification(patient: Patient) -> None:
    response = patient.upload(fixtures.text_pdf(fixtures.NOTE_LINES), document_type="prescription")
    assert response.json()["classification_status"] == "skipped" and response.json()["document_type"] == "prescription"
    final = patient.settled(response.json()["document_id"])
    assert (final["ocr_status"], final["classification_status"], final["document_type"]) == (
        "completed", "skipped", "prescription")
    assert final["classification_confidence"] is None


def test_unreadable_pdfs_fail_alone_and_the_worker_keeps_serving(patient: Patient) -> None:
    cases = {
        fixtures.broken_pdf(): "PDF sem páginas.",
        fixtures.encrypted_pdf(): "PDF protegido por senha: não é possível extrair o texto.",
        fixtures.text_pdf()[:400]: "Nenhum texto pôde ser extraído do documento.",  # truncated: repaired, blank
    }
    uploaded = {patient.upload(content).json()["document_id"]: error for content, error in cases.items()}
    for document_id, error in uploaded.items():
        final = patient.settled(document_id)
        assert (final["ocr_status"], final["classification_status"], final["ocr_error"]) == ("failed", "failed", error)
    healthy = patient.upload(fixtures.text_pdf()).json()["document_id"]
    assert patient.settled(healthy)["ocr_status"] == "completed"


@pytest.mark.parametrize(("content", "mime", "field_data", "expected"), [
    (b"", "application/pdf", {}, "Arquivo vazio."),
    (b"just some text\n" * 10, "text/plain", {},
     "Tipo de arquivo não suportado: text/plain. Tipos aceitos: PDF, PNG, JPG, DICOM."),
    (fixtures.docx_bytes(), "application/msword", {},
     "Tipo de arquivo não suportado: application/vnd.openxmlformats-officedocument.wordprocessingml.document. "
     "Tipos aceitos: PDF, PNG, JPG, DICOM."),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * MB), "image/png", {}, "Arquivo excede o limite de 20 MB."),
    (b"%PDF-1.7\n" + b"\0" * (40 * MB), "application/pdf", {}, "Arquivo excede o limite de 40 MB."),
    (b"%PDF-1.7\n", "application/pdf", {"document_type": "laudo"},
     "Tipo de documento inválido: 'laudo'. Tipos válidos: ['clinical_note', 'consent_form', 'exam_result', "
     "'imaging', 'insurance_doc', 'lab_report', 'other', 'prescription', 'referral']"),
])
def test_seed_error_table(patient: Patient, content: bytes, mime: str, field_data: dict, expected: str) -> None:
    response = patient.upload(content, "x", mime, **field_data)
    assert response.status_code == 400 and response.json() == {"detail": expected}
    assert patient.listing()["total"] == 0


def test_jpg_alias_and_size_limits_follow_the_bytes(patient: Patient) -> None:
    response = patient.upload(fixtures.image_bytes("JPEG"), "scan.jpg", "image/jpg")
    assert response.status_code == 202
    # A PDF of 25 MB is within its own 40 MB limit even if the client calls it an image.
    big_pdf = fixtures.text_pdf() + b"\n%" + b"0" * (25 * MB)
    assert patient.upload(big_pdf, "big.png", "image/png").status_code == 202


def test_transport_cap_is_413(patient: Patient) -> None:
    response = patient.upload(b"%PDF-1.7\n" + b"\0" * (43 * MB))
    assert response.status_code == 413


def test_invalid_form_fields_are_422(patient: Patient) -> None:
    no_file = patient.client.post(f"/v1/patients/{patient.token}/prontuario-documents", headers=patient.headers,
                                  data={"title": "x"}, files={"other": ("a", b"b")})
    assert no_file.status_code == 422 and no_file.json()["detail"][0]["loc"] == ["body", "file"]
    long_title = patient.upload(fixtures.text_pdf(), title="t" * 501)
    assert long_title.status_code == 422 and long_title.json()["detail"][0]["loc"] == ["body", "title"]
    long_notes = patient.upload(fixtures.text_pdf(), notes="n" * 2001)
    assert long_notes.status_code == 422 and long_notes.json()["detail"][0]["loc"] == ["body", "notes"]


def test_refused_uploads_leave_no_file_behind(patient: Patient, backends: Backends) -> None:
    url, key = f"/v1/patients/{patient.token}/prontuario-documents", patient.headers["x-api-key"]
    part = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7 text\r\n'
    unterminated = patient.client.post(url, content=part, headers={
        "x-api-key": key, "content-type": "multipart/form-data; boundary=b"})
    assert unterminated.status_code == 422
    assert "closing boundary" in unterminated.json()["detail"][0]["msg"]
    two_files = patient.client.post(url, headers=patient.headers, files=[
        ("file", ("a.pdf", fixtures.text_pdf(), PDF)), ("file", ("b.pdf", fixtures.text_pdf(), PDF))])
    assert two_files.status_code == 422 and "Too many files" in two_files.json()["detail"][0]["msg"]
    not_a_form = patient.client.post(url, json={"file": "x"}, headers=patient.headers)
    assert not_a_form.status_code == 422 and not_a_form.json()["detail"][0]["loc"] == ["body", "file"]
    assert patient.upload(b"plain text", "a.txt", "text/plain").status_code == 400
    assert patient.upload(b"%PDF-1.7\n" + b"\0" * (43 * MB)).status_code == 413
    tenant_files = backends.data_dir / "files" / patient.issued.tenant.id
    assert not [path for path in tenant_files.rglob("*") if path.is_file()]
    assert patient.listing()["total"] == 0


def test_list_filters_paginates_and_hides_text(patient: Patient) -> None:
    ids = [patient.upload(fixtures.text_pdf(), f"d{n}.pdf", document_type=kind).json()["document_id"]
           for n, kind in enumerate(["lab_report", "referral", "lab_report"])]
    for document_id in ids:
        patient.settled(document_id)
    everything = patient.listing()
    assert everything["total"] == 3 and [d["document_id"] for d in everything["documents"]] == ids[::-1]
    item = everything["documents"][0]
    assert set(item) == {"id", "patient_id", "document_id", "document_type", "title", "notes", "uploaded_by",
                         "is_active", "classification_status", "classification_confidence", "created_at",
                         "updated_at", "ocr_document"}
    assert set(item["ocr_document"]) == {"original_filename", "mime_type", "status", "page_count"}
    assert item["uploaded_by"] and item["is_active"] is True
    labs = patient.listing(document_type="lab_report")
    assert labs["total"] == 2 and {d["document_id"] for d in labs["documents"]} == {ids[0], ids[2]}
    page = patient.listing(limit=1, offset=1)
    assert (page["total"], page["limit"], page["offset"]) == (3, 1, 1) and page["documents"][0]["document_id"] == ids[1]
    assert patient.listing(date_from="2999-01-01T00:00:00Z")["total"] == 0
    assert patient.listing(date_to="2000-01-01")["total"] == 0
    assert patient.listing(date_from="2000-01-01", date_to="2999-01-01")["total"] == 3
    for bad in ({"limit": 0}, {"limit": 101}, {"document_type": "laudo"}, {"date_from": "yesterday"}):
        response = patient.client.get(f"/v1/patients/{patient.token}/documents", params=bad, headers=patient.headers)
        assert response.status_code == 422


def test_soft_delete(patient: Patient) -> None:
    document_id = patient.upload(fixtures.text_pdf()).json()["document_id"]
    path = f"/v1/patients/{patient.token}/prontuario-documents/{document_id}"
    assert patient.client.delete(path, headers=patient.headers).status_code == 204
    assert patient.client.get(path, headers=patient.headers).status_code == 404
    assert patient.client.delete(path, headers=patient.headers).status_code == 404
    assert patient.listing()["total"] == 0
    for bad in (str(uuid.uuid4()), "not-a-uuid"):
        assert patient.client.delete(f"/v1/patients/{patient.token}/prontuario-documents/{bad}",
                                     headers=patient.headers).status_code == 404


def test_link_is_idempotent_and_tenant_scoped(patient: Patient, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    document_id = patient.upload(fixtures.text_pdf()).json()["document_id"]
    patient.settled(document_id)
    sibling = client.post("/v1/patients", json={}, headers=patient.headers).json()
    path = f"/v1/patients/{sibling['id']}/documents"
    first = client.post(path, json={"document_id": document_id, "title": "Cópia"}, headers=patient.headers)
    again = client.post(path, json={"document_id": document_id}, headers=patient.headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"] and first.json()["patient_id"] == sibling["id"]
    assert first.json()["document_type"] == "lab_report" and first.json()["classification_status"] == "completed"
    assert first.json()["title"] == "Cópia"
    typed = client.post(f"/v1/patients/{patient.token}/documents",
                        json={"document_id": document_id, "document_type": "referral"}, headers=patient.headers)
    assert typed.status_code == 201 and typed.json()["id"] != first.json()["id"]
    assert client.post(path, json={"document_id": str(uuid.uuid4())}, headers=patient.headers).status_code == 404
    assert client.post(path, json={"document_id": "x"}, headers=patient.headers).status_code == 422

    other = Patient(client, new_tenant)
    stolen = client.post(f"/v1/patients/{other.token}/documents", json={"document_id": document_id},
                         headers=other.headers)
    assert stolen.status_code == 404 and stolen.json() == {"detail": "Not found"}


def test_every_document_endpoint_hides_other_tenants(patient: Patient, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    document_id = patient.upload(fixtures.text_pdf()).json()["document_id"]
    intruder = {"x-api-key": new_tenant().api_key}
    base = f"/v1/patients/{patient.token}"
    calls = [
        client.post(f"{base}/prontuario-documents", headers=intruder, files={"file": ("a.pdf", fixtures.text_pdf())}),
        client.get(f"{base}/prontuario-documents/{document_id}", headers=intruder),
        client.delete(f"{base}/prontuario-documents/{document_id}", headers=intruder),
        client.get(f"{base}/documents", headers=intruder),
        client.post(f"{base}/documents", json={"document_id": document_id}, headers=intruder),
    ]
    assert [(c.status_code, c.json()) for c in calls] == [(404, {"detail": "Not found"})] * 5
    assert patient.poll(document_id).status_code == 200


def stored_directly(patient: Patient, graph: GraphDriver, backends: Backends, content: bytes, mime: str) -> str:
    """A document recorded without enqueueing it: the state an upload leaves when the broker is down
    (also the way Word files enter, since the upload endpoint takes only PDF, PNG, JPG and DICOM)."""
    document_id = str(uuid.uuid4())
    tenant_id = patient.issued.tenant.id
    with storage.Incoming(backends.data_dir, tenant_id, document_id) as incoming:
        incoming.write(content)
        stored = incoming.commit()
    documents.create_upload(graph, NewUpload(
        tenant_id=tenant_id, patient_id=patient.id, document_id=document_id, original_filename="note.docx",
        mime_type=mime, file_size_bytes=stored.size, storage_key=stored.key,
        document_type="other", classification_status="pending", title=None, notes=None, uploaded_by=None))
    return document_id


def test_sweeper_processes_documents_the_broker_never_saw(patient: Patient, graph: GraphDriver,
                                                          backends: Backends) -> None:
    from ingestion.actors import classify_document, deliver_access_url, deliver_callback, enrich_document, extract_text

    document_id = stored_directly(patient, graph, backends, fixtures.docx_bytes(), filetypes.DOCX)
    assert patient.poll(document_id).json()["ocr_status"] == "pending"
    assert (patient.issued.tenant.id, document_id, "extract") in documents.due(graph, idle_ms=0, limit=10_000)
    sent: list[str] = []

    def extract(tenant_id: str, document_id: str) -> object:
        sent.append(document_id)
        return extract_text.send(tenant_id, document_id)

    busy = True
    sweeper = Sweeper(WorkerContext(graph, "http://clinigraph.test", backends.data_dir), deliver_access_url.send,
                      deliver_callback.send, extract, classify_document.send, enrich_document.send, queue_busy=lambda: busy, grace_ms=0)
    sweeper.sweep()
    assert document_id not in sent, "behind a backlog, a pending document's message is taken to be queued"
    busy = False
    assert sweeper.sweep() >= 1 and document_id in sent
    final = patient.settled(document_id)
    assert (final["ocr_status"], final["classification_status"], final["document_type"]) == (
        "completed", "completed", "clinical_note")
    text = "".join(c.text for c in documents.chunks(graph, patient.issued.tenant.id, document_id))
    assert text.index("Queixa principal") < text.index("Losartana 50 mg\t1 comprimido ao dia"), "reading order"


def test_chunks_are_written_once_with_their_embeddings(patient: Patient, graph: GraphDriver,
                                                       backends: Backends) -> None:
    """The text passes from step to step through the worker's staging, and reaches the graph once: as the
    enrichment's chunks, each with its embedding; the staging is gone once it has."""
    document_id = patient.upload(fixtures.text_pdf(pages=3)).json()["document_id"]
    patient.settled(document_id)
    tenant_id = patient.issued.tenant.id
    chunks = documents.chunks(graph, tenant_id, document_id)
    assert sorted({c.page for c in chunks}) == [1, 2, 3]
    [row] = graph.read_ad_hoc("MATCH (:Document {id: $id})-[:HAS_CHUNK]->(c:Chunk) "
                              "RETURN count(c) AS chunks, count(c.embedding) AS embedded", id=document_id)
    assert row["chunks"] == row["embedded"] == len(chunks)
    assert not (backends.data_dir / "staging" / tenant_id / document_id[:2] / document_id).exists()


def test_ocr_completes_with_enrichment_or_with_the_reason_it_could_not_run(patient: Patient, graph: GraphDriver,
                                                                           backends: Backends) -> None:
    """Classified but not yet enriched is still `processing` (and due for enrichment); a document
    whose analysis fails settles `completed` with its type instead of waiting forever."""
    tenant_id = patient.issued.tenant.id
    document_id = stored_directly(patient, graph, backends, fixtures.text_pdf(), PDF)
    assert documents.claim_step(graph, tenant_id, document_id, "extract", "test", 60_000) is not None
    documents.complete_extraction(graph, tenant_id, document_id, 1, "pymupdf", None, 0)
    documents.complete_classification(graph, tenant_id, document_id, "lab_report", 0.9)
    body = patient.poll(document_id).json()
    assert (body["ocr_status"], body["classification_status"], body["processed_at"]) == ("processing", "pending", None)
    assert (tenant_id, document_id, "enrich") in documents.due(graph, idle_ms=0, limit=10_000)

    documents.complete_without_enrichment(graph, tenant_id, document_id, "Clinical analysis failed (ValueError).")
    body = patient.poll(document_id).json()
    assert (body["ocr_status"], body["classification_status"], body["document_type"]) == (
        "completed", "completed", "lab_report")
    assert body["processed_at"] is not None
    assert all(due[1] != document_id for due in documents.due(graph, idle_ms=0, limit=10_000))


PRESCRIPTION_LINES = ["RECEITUARIO", "Uso oral continuo."]
DRUG_ROWS = [["Medicamento", "Via", "Posologia"], ["Metformina 850 mg", "", "1 comprimido 2x ao dia"],
             ["Losartana 50 mg", "oral", "1 comprimido ao dia"]]


def _extracted_doc(content: bytes) -> Any:
    from ingestion.extraction.office import extract_doc

    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "file.doc"
        path.write_bytes(content)
        return extract_doc(path)


def test_real_doc_files_read_with_their_tables() -> None:
    """LibreOffice's Word 97 files, short (antiword refuses those: "text stream too small") and long: an empty cell
    stays a cell, each table row is one line, as from the DOCX reader."""
    short = _extracted_doc(fixtures.doc_bytes(fixtures.docx_bytes(["Uso oral."], [["Losartana 50 mg", "1x/dia"]])))
    assert (short.engine, short.pages) == ("word97", ["Uso oral.\nLosartana 50 mg\t1x/dia"])
    prescription = _extracted_doc(fixtures.doc_bytes(fixtures.docx_bytes(PRESCRIPTION_LINES, DRUG_ROWS)))
    assert prescription.pages == ["RECEITUARIO\nUso oral continuo.\nMedicamento\tVia\tPosologia\n"
                                  "Metformina 850 mg\t\t1 comprimido 2x ao dia\n"
                                  "Losartana 50 mg\toral\t1 comprimido ao dia"]
    long = "".join(_extracted_doc(fixtures.doc_bytes(fixtures.docx_bytes(fixtures.NOTE_LINES * 40, DRUG_ROWS))).pages)
    assert long.count("Queixa principal: dor toracica ha 2 dias.\n") == 40
    assert long.endswith("Losartana 50 mg\toral\t1 comprimido ao dia")


def _fib_offset(doc: bytes) -> int:
    """Where the WordDocument stream (its FIB) starts: the one sector beginning with Word's magic number."""
    return next(i for i in range(0, len(doc), 512) if doc[i:i + 2] == b"\xec\xa5")


def test_doc_the_piece_table_reader_refuses_goes_to_antiword() -> None:
    real = fixtures.doc_bytes(fixtures.docx_bytes(PRESCRIPTION_LINES, DRUG_ROWS))
    unmarked = bytearray(real)
    unmarked[_fib_offset(real):_fib_offset(real) + 2] = b"\0\0"  # antiword does not check the magic number
    extracted = _extracted_doc(bytes(unmarked))
    assert extracted.engine == "antiword" and "|Losartana 50 mg" in extracted.pages[0]


def test_doc_that_is_not_readable_fails_with_its_reason() -> None:
    real = fixtures.doc_bytes(fixtures.docx_bytes(PRESCRIPTION_LINES, DRUG_ROWS))
    encrypted = bytearray(real)
    encrypted[_fib_offset(real) + 0x0B] |= 0x01  # FibBase.fEncrypted (bit 8 of the flags at 0x0A)
    for content, reason in ((bytes(encrypted), "DOC protegido por senha."),
                            (real[:2048], "DOC inválido ou corrompido.")):
        with pytest.raises(ExtractionError, match=reason):
            _extracted_doc(content)


def test_doc_runs_end_to_end(patient: Patient, graph: GraphDriver, backends: Backends) -> None:
    from ingestion.actors import extract_text

    content = fixtures.doc_bytes(fixtures.docx_bytes(PRESCRIPTION_LINES, DRUG_ROWS))
    document_id = stored_directly(patient, graph, backends, content, filetypes.sniff(content[:filetypes.HEAD_BYTES]))
    extract_text.send(patient.issued.tenant.id, document_id)
    final = patient.settled(document_id)
    assert (final["ocr_status"], final["classification_status"], final["ocr_error"]) == ("completed", "completed", None)
    text = "".join(c.text for c in documents.chunks(graph, patient.issued.tenant.id, document_id))
    assert "Losartana 50 mg\toral\t1 comprimido ao dia" in text


def test_recording_an_upload_again_keeps_one_document(patient: Patient, graph: GraphDriver) -> None:
    """A write retried after its first attempt landed (the reply was lost) returns what was recorded."""
    upload = NewUpload(tenant_id=patient.issued.tenant.id, patient_id=patient.id, document_id=str(uuid.uuid4()),
                       original_filename="lab.pdf", mime_type=filetypes.PDF, file_size_bytes=3,
                       storage_key="files/x", document_type="lab_report", classification_status="skipped",
                       title="Hemograma", notes=None, uploaded_by=None)
    first = documents.create_upload(graph, upload)
    again = documents.create_upload(graph, upload)
    assert again == first and first.link.title == "Hemograma" and first.document.ocr_status == "pending"
    assert [d["document_id"] for d in patient.listing()["documents"]] == [upload.document_id]


def test_an_upload_enqueues_its_own_extraction(patient: Patient, worker: subprocess.Popen[bytes],
                                               backends: Backends) -> None:
    """The 202's background task sends the message; the sweeper is only the fallback. With the worker paused, the
    document's message is in the queue as soon as the upload returns (the test client runs background tasks)."""
    from ingestion.documents import QUEUE

    broker = broker_setup.configure(backends.redis_url)
    os.kill(worker.pid, signal.SIGSTOP)
    try:
        document_id = patient.upload(fixtures.text_pdf()).json()["document_id"]
        queued = broker.client.hvals(broker_setup.messages_key(broker, QUEUE))
        assert [m for m in queued if document_id.encode() in m], "the upload's own message"
    finally:
        os.kill(worker.pid, signal.SIGCONT)
    assert patient.settled(document_id)["ocr_status"] == "completed"


def test_a_queue_holds_messages_until_they_are_acknowledged(backends: Backends) -> None:
    from dramatiq import Message

    broker = broker_setup.configure(backends.redis_url)
    queue = f"probe-{uuid.uuid4().hex[:8]}"
    broker.declare_queue(queue)
    assert not broker_setup.holds_messages(broker, queue)
    broker.enqueue(Message(queue_name=queue, actor_name="probe", args=(), kwargs={}, options={}))
    assert broker_setup.holds_messages(broker, queue)
    broker.flush(queue)
    assert not broker_setup.holds_messages(broker, queue)
