"""Patient documents: multipart upload (202, processed in the background), poll, list, soft delete, link."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import State
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import documents
from graph.clock import from_ms, to_ms
from graph.documents import LinkedDocument, NewUpload
from graph.patients import Patient
from ingestion import filetypes, storage
from schema.documents import (
    NOTES_MAX, TITLE_MAX, DocumentListQuery, DocumentPage, DocumentStatus, DocumentType, LinkDocument,
    OcrDocumentSummary, PatientDocument, UploadAccepted, UploadForm,
)
from schema.errors import ErrorBody, ValidationIssue
from service import upload_form
from service.auth import caller_of
from service.body_limit import BodyLimit
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import NOT_FOUND, InvalidRequest, error_response, model_response, parse_json, parse_query

log = logging.getLogger(__name__)
TAGS = ("documents",)
MB = 1024 * 1024
UPLOAD_TYPES = {filetypes.PDF: 40 * MB, filetypes.PNG: 20 * MB, filetypes.JPEG: 20 * MB, filetypes.DICOM: 20 * MB}
TRANSPORT_CAP = 40 * MB + 2 * MB  # the largest file plus generous multipart overhead
ACCEPTED = "Tipos aceitos: PDF, PNG, JPG, DICOM."
MESSAGES = {
    "pending": "Documento recebido. OCR e classificação em processamento.",
    "skipped": "Documento recebido. OCR em processamento; classificação não será executada.",
    "dicom": "Documento DICOM recebido. Metadados em processamento; OCR e classificação não se aplicam.",
}


def status_body(item: LinkedDocument) -> DocumentStatus:
    link, doc = item.link, item.document
    return DocumentStatus(
        document_id=doc.id, patient_document_id=link.id, patient_id=link.patient_id, document_type=link.document_type,
        ocr_status=doc.ocr_status, classification_status=link.classification_status,
        classification_confidence=item.classification_confidence, original_filename=doc.original_filename,
        file_size_bytes=doc.file_size_bytes, page_count=doc.page_count, ocr_error=doc.ocr_error,
        created_at=from_ms(doc.created_at), updated_at=from_ms(doc.updated_at), processed_at=from_ms(doc.processed_at),
    )


def list_item(item: LinkedDocument) -> PatientDocument:
    link, doc = item.link, item.document
    return PatientDocument(
        id=link.id, patient_id=link.patient_id, document_id=doc.id, document_type=link.document_type,
        title=link.title, notes=link.notes, uploaded_by=link.uploaded_by, is_active=link.is_active,
        classification_status=link.classification_status, classification_confidence=item.classification_confidence,
        created_at=from_ms(link.created_at), updated_at=from_ms(link.updated_at),
        ocr_document=OcrDocumentSummary(original_filename=doc.original_filename, mime_type=doc.mime_type,
                                        status=doc.ocr_status, page_count=doc.page_count),
    )


def enqueue_extraction(tenant_id: str, document_id: str) -> None:
    """Best effort, after the 202 is sent: the document is already durable, and one left `pending` (broker down,
    or the process ended before this ran) is re-enqueued by the worker's sweeper."""
    from ingestion.actors import extract_text  # actors bind to the broker create_app configured

    try:
        extract_text.send(tenant_id, document_id)
    except Exception as exc:  # the broker's client raises many connection error types
        log.warning("extraction not enqueued; the sweeper will retry",
                    extra={"document_id": document_id, "error": type(exc).__name__})


def _text_field(value: str | None, name: str, limit: int) -> str | None:
    if not value:
        return None
    if len(value) > limit:
        raise InvalidRequest([ValidationIssue(loc=["body", name], msg=f"String should have at most {limit} characters",
                                              type="string_too_long")])
    return value


@dataclass(frozen=True)
class ValidUpload:
    """A form that passed validation; its file is received but not yet committed to storage."""

    filename: str
    mime: str
    manual_type: str | None
    title: str | None
    notes: str | None

    @property
    def classification_status(self) -> str:
        return "skipped" if self.manual_type is not None or self.mime == filetypes.DICOM else "pending"


def validate_upload(form: upload_form.StreamedForm) -> ValidUpload | Response:
    """Validate the form in the contract's order of errors; a Response is the 400 to send."""
    upload = form.file
    if upload is None:
        raise InvalidRequest([ValidationIssue(loc=["body", "file"], msg="Field required", type="missing")])
    if unknown := sorted(set(form.fields) - set(UploadForm.model_fields)):
        raise InvalidRequest([ValidationIssue(loc=["body", name], msg="Extra inputs are not permitted",
                                              type="extra_forbidden") for name in unknown])
    title = _text_field(form.fields.get("title"), "title", TITLE_MAX)
    notes = _text_field(form.fields.get("notes"), "notes", NOTES_MAX)
    manual_type = form.fields.get("document_type")  # sent, even empty, it must be one of the types
    if manual_type is not None and manual_type not in DocumentType.__members__:
        valid = sorted(DocumentType.__members__)
        return error_response(400, f"Tipo de documento inválido: '{manual_type[:64]}'. Tipos válidos: {valid}")
    if upload.size == 0:
        return error_response(400, "Arquivo vazio.")
    head = bytes(upload.head)
    mime = filetypes.sniff(head)
    if mime not in UPLOAD_TYPES:
        described = filetypes.describe(head, upload.content_type)
        return error_response(400, f"Tipo de arquivo não suportado: {described}. {ACCEPTED}")
    if upload.size > UPLOAD_TYPES[mime]:
        return error_response(400, f"Arquivo excede o limite de {UPLOAD_TYPES[mime] // MB} MB.")
    filename = PurePath((upload.filename or "upload").replace("\\", "/")).name[:255] or "upload"
    return ValidUpload(filename, mime, manual_type, title, notes)


def accept_upload(state: State, patient: Patient, uploaded_by: str, incoming: storage.Incoming,
                  upload: ValidUpload) -> UploadAccepted:
    """Commit the file and record the document: one thread hop per upload."""
    stored = incoming.commit()
    document_id = incoming.document_id
    linked = documents.create_upload(state.graph, NewUpload(
        tenant_id=patient.tenant_id, patient_id=patient.id, document_id=document_id,
        original_filename=upload.filename, mime_type=upload.mime, file_size_bytes=stored.size,
        storage_key=stored.key, document_type=upload.manual_type or DocumentType.other.value,
        classification_status=upload.classification_status, title=upload.title, notes=upload.notes,
        uploaded_by=uploaded_by,
    ))
    message = MESSAGES["dicom" if upload.mime == filetypes.DICOM else upload.classification_status]
    return UploadAccepted(
        document_id=document_id, patient_document_id=linked.link.id, patient_id=patient.id,
        document_type=linked.link.document_type, classification_status=upload.classification_status,
        original_filename=upload.filename, file_size_bytes=stored.size, ocr_status="pending",
        created_at=from_ms(linked.document.created_at), message=message,
    )


@operation(
    summary="Upload a document (multipart)", tags=TAGS, form=UploadForm, responses={202: UploadAccepted},
    errors={400: ErrorBody, 413: ErrorBody}, links={"patient_id": "$response.body#/patient_id",
                                                    "document_id": "$response.body#/document_id"},
    description="multipart/form-data with `file` (PDF ≤ 40 MB; PNG, JPG, DICOM ≤ 20 MB; the type is read from "
                "the bytes), optional `title` (≤ 500), `notes` (≤ 2000) and `document_type` (skips automatic "
                "classification). The file is stored and recorded before 202 returns; OCR and classification "
                "run in the background.",
)
@patient_scoped
async def upload_document(request: Request) -> Response:
    patient, caller, state = patient_of(request), caller_of(request), request.app.state
    with storage.Incoming(state.data_dir, patient.tenant_id, str(uuid.uuid4())) as incoming:
        try:
            form = await upload_form.read(request, "file", incoming.write, max_files=1, max_fields=8,
                                          head_bytes=filetypes.HEAD_BYTES)
        except upload_form.FormError as exc:
            raise InvalidRequest([ValidationIssue(loc=["body"], msg=str(exc), type="multipart")]) from exc
        upload = validate_upload(form)
        if isinstance(upload, Response):
            return upload
        accepted = await run_in_threadpool(accept_upload, state, patient, caller.key_id, incoming, upload)
    return model_response(accepted, 202, BackgroundTask(enqueue_extraction, patient.tenant_id, incoming.document_id))


def _document_id(request: Request) -> str:
    try:
        return str(uuid.UUID(request.path_params["document_id"]))
    except ValueError:
        raise HTTPException(404, NOT_FOUND) from None


@operation(summary="Poll one document's status (OCR + classification)", tags=TAGS, responses={200: DocumentStatus})
@patient_scoped
async def get_document(request: Request) -> Response:
    patient = patient_of(request)
    found = await run_in_threadpool(documents.get, request.app.state.graph, patient.tenant_id, patient.id,
                                    _document_id(request))
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    return model_response(status_body(found))


@operation(summary="Soft-delete a document (is_active=false)", tags=TAGS, responses={204: None})
@patient_scoped
async def delete_document(request: Request) -> Response:
    patient = patient_of(request)
    deleted = await run_in_threadpool(documents.soft_delete, request.app.state.graph, patient.tenant_id, patient.id,
                                      _document_id(request))
    if not deleted:
        raise HTTPException(404, NOT_FOUND)
    return Response(status_code=204)


def _ms(value: datetime | None) -> int | None:
    return None if value is None else to_ms(value)


@operation(summary="List a patient's documents", tags=TAGS, query=DocumentListQuery, responses={200: DocumentPage})
@patient_scoped
async def list_documents(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, DocumentListQuery)
    found, total = await run_in_threadpool(
        documents.page, request.app.state.graph, patient.tenant_id, patient.id, query.limit, query.offset,
        query.document_type.value if query.document_type else None, _ms(query.date_from), _ms(query.date_to),
    )
    page = DocumentPage(documents=[list_item(item) for item in found], total=total, limit=query.limit,
                        offset=query.offset)
    return model_response(page)


@operation(summary="Link an already-stored OCR document to a patient (idempotent)", tags=TAGS, body=LinkDocument,
           responses={201: PatientDocument})
@patient_scoped
async def link_document(request: Request) -> Response:
    patient, caller = patient_of(request), caller_of(request)
    body = await parse_json(request, LinkDocument)
    manual_type = body.document_type.value if "document_type" in body.model_fields_set else None
    linked = await run_in_threadpool(
        documents.link, request.app.state.graph, patient.tenant_id, patient.id, str(body.document_id), manual_type,
        body.title, body.notes, caller.key_id,
    )
    if linked is None:
        raise HTTPException(404, NOT_FOUND)
    return model_response(list_item(linked), 201)


routes = [
    Route("/v1/patients/{patient_id}/prontuario-documents", upload_document, methods=["POST"],
          middleware=[Middleware(BodyLimit, max_bytes=TRANSPORT_CAP)]),
    Route("/v1/patients/{patient_id}/prontuario-documents/{document_id}", get_document, methods=["GET"]),
    Route("/v1/patients/{patient_id}/prontuario-documents/{document_id}", delete_document, methods=["DELETE"]),
    Route("/v1/patients/{patient_id}/documents", list_documents, methods=["GET"]),
    Route("/v1/patients/{patient_id}/documents", link_document, methods=["POST"]),
]
