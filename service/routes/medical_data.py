"""`/v1/medical-data`: a medical center's records (Docus contract) — submit, then poll one record's status.

The first record of an unknown `patient_id` creates the patient (and queues its access-URL delivery);
every record is stored, recorded and queued before the 201, then goes through the same pipeline as an
uploaded document (text, OCR, classification, NLP, graph). Structured lab results skip the text reader.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import uuid
from dataclasses import dataclass
from pathlib import PurePath

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import State
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import records
from graph.clock import from_ms
from graph.records import NewRecord, Record
from graph.tenants import Caller
from ingestion import filetypes
from ingestion import records as stored_records
from schema.documents import DocumentType
from schema.errors import ErrorBody, ValidationIssue
from schema.medical_data import (
    FILE_MAX_BYTES, LAB_RESULTS, MedicalDataAccepted, MedicalDataSubmit, MedicalRecord, RecordStatus, RejectedResult,
    StructuredLabResult,
)
from service.auth import caller_of
from service.body_limit import BodyLimit
from service.read_audit import Audited
from service.openapi import operation
from service.responses import NOT_FOUND, InvalidRequest, model_response, parse_json
from service.routes.patients import enqueue_new_patient

log = logging.getLogger(__name__)
TAGS = ("medical-data",)
MB = 1024 * 1024
TRANSPORT_CAP = 32 * MB  # base64 of the largest file (4/3 × 20 MB ≈ 26.7 MB), its data and the JSON around them
FILE_TYPES = {filetypes.PDF: "PDF", filetypes.DOC: "DOC", filetypes.DOCX: "DOCX"}
ACCEPTED = "Medical data received; it is being processed."
_DATA_URL = re.compile(r"^data:[^,]*;base64,", re.IGNORECASE)
_WHITESPACE = re.compile(rb"\s+")


class QueueUnavailable(Exception):
    """The record could not be queued: it was taken back, and the partner should retry."""


@dataclass(frozen=True)
class Prepared:
    """A submission that passed validation, decoded, not yet stored."""

    file: bytes | None
    file_mime: str | None
    file_name: str | None
    data: bytes | None
    data_format: str | None
    document_type: str
    classification_status: str

    @property
    def mime_type(self) -> str:
        return self.file_mime or ("application/json" if self.data_format == stored_records.JSON else "text/plain")


def _issue(field: str, message: str, kind: str) -> InvalidRequest:
    return InvalidRequest([ValidationIssue(loc=["body", "file_base64", field], msg=message, type=kind)])


def decode_file(content: str) -> bytes:
    """The file's bytes; 422 for bad base64 or an empty file, 413 when it is over the limit decoded."""
    raw = _WHITESPACE.sub(b"", _DATA_URL.sub("", content, count=1).encode("ascii", errors="replace"))
    if len(raw) // 4 * 3 > FILE_MAX_BYTES + 2:
        raise HTTPException(413, f"file_base64 exceeds {FILE_MAX_BYTES // MB} MB decoded.")
    try:
        decoded = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise _issue("content", "Invalid base64: use the standard alphabet with padding.", "base64") from None
    if len(decoded) > FILE_MAX_BYTES:
        raise HTTPException(413, f"file_base64 exceeds {FILE_MAX_BYTES // MB} MB decoded.")
    if not decoded:
        raise _issue("content", "The file is empty.", "empty_file")
    return decoded


def prepare(body: MedicalDataSubmit) -> Prepared:
    file = mime = name = None
    if body.file_base64 is not None:
        file = decode_file(body.file_base64.content)
        mime = filetypes.sniff(file[:filetypes.HEAD_BYTES])
        if mime not in FILE_TYPES:
            described = filetypes.describe(file[:filetypes.HEAD_BYTES], body.file_base64.mime_type)
            raise _issue("content", f"Unsupported file type: {described}. Accepted: PDF, DOC, DOCX.", "file_type")
        name = PurePath(body.file_base64.file_name.replace("\\", "/")).name or "record"
    data = data_format = None
    if isinstance(body.data, str):
        data, data_format = body.data.encode(), stored_records.TEXT
    elif body.data is not None:
        data, data_format = json.dumps(body.data, ensure_ascii=False).encode(), stored_records.JSON
    if body.data_type == LAB_RESULTS:
        document_type, status = DocumentType.lab_report.value, "skipped"
    elif body.data_type in DocumentType.__members__:
        document_type, status = body.data_type, "skipped"
    else:
        document_type, status = DocumentType.other.value, "pending"
    return Prepared(file, mime, name, data, data_format, document_type, status)


def accept(state: State, caller: Caller, body: MedicalDataSubmit, prepared: Prepared) -> MedicalDataAccepted:
    """Store, record, queue — in that order, each undone if a later one fails — then answer."""
    from ingestion.actors import extract_text  # actors bind to the broker create_app configured

    tenant_id, record_id = caller.tenant.id, str(uuid.uuid4())
    stored = stored_records.store(state.data_dir, tenant_id, record_id, prepared.file, prepared.data)
    try:
        accepted = records.accept(state.graph, NewRecord(
            tenant_id=tenant_id, external_id=body.patient_id, record_id=record_id, data_type=body.data_type,
            partner_document_id=body.document_id, document_type=prepared.document_type,
            classification_status=prepared.classification_status, title=prepared.file_name,
            original_filename=prepared.file_name, mime_type=prepared.mime_type,
            declared_mime_type=body.file_base64.mime_type if body.file_base64 else None,
            file_size_bytes=stored.file.size if stored.file else None,
            storage_key=stored.file.key if stored.file else None, data_key=stored.data.key if stored.data else None,
            data_format=prepared.data_format, uploaded_by=caller.key_id,
        ))
    except BaseException:
        stored_records.remove(state.data_dir, stored)
        raise
    try:
        extract_text.send(tenant_id, record_id)
    except Exception as exc:  # the broker's client raises many connection error types
        log.warning("record not queued; taken back", extra={"record_id": record_id, "error": type(exc).__name__})
        records.discard(state.graph, tenant_id, accepted)
        stored_records.remove(state.data_dir, stored)
        raise QueueUnavailable() from exc
    if accepted.patient_created:
        enqueue_new_patient(accepted.patient, caller.tenant.timezone)
    return MedicalDataAccepted(
        message=ACCEPTED, patient_id=accepted.patient.id, patient_token=accepted.patient.token,
        patient_created=accepted.patient_created, record_id=record_id, document_id=body.document_id,
        version=accepted.link_version,
    )


@operation(
    summary="Submit a patient's medical data (Docus)", tags=TAGS, body=MedicalDataSubmit,
    responses={201: MedicalDataAccepted}, errors={413: ErrorBody}, documents=(StructuredLabResult,),
    links={"record_id": "$response.body#/record_id", "patient_id": "$response.body#/patient_token"},
    description="Headers `x-api-key` and `x-team-id`. At least one of `data` / `file_base64` (PDF, DOC or DOCX, "
                "the type read from the decoded bytes, ≤ 20 MB decoded; the whole body ≤ 32 MB). The first record "
                "of an unknown `patient_id` creates the patient and queues the delivery of its access URL to the "
                "tenant's callback. The record is stored and queued before the 201; processing is asynchronous "
                "(poll `GET /v1/medical-data/{record_id}`). Sending a `document_id` again replaces what its earlier "
                "version added, in one step, once the new version is processed. A 503 means nothing was kept: "
                "retry.",
)
async def submit_medical_data(request: Request) -> Response:
    body = await parse_json(request, MedicalDataSubmit, max_bytes=TRANSPORT_CAP)
    prepared = prepare(body)
    try:
        accepted = await run_in_threadpool(accept, request.app.state, caller_of(request), body, prepared)
    except QueueUnavailable:
        raise HTTPException(503, "The processing queue is unavailable; nothing was kept. Retry later.",
                            {"Retry-After": "5"}) from None
    return model_response(accepted, 201)


def record_body(record: Record) -> MedicalRecord:
    document, link = record.document, record.link
    error = document.ocr_error or record.enrichment_error
    status = RecordStatus.failed if error else RecordStatus(document.ocr_status)
    rejected = json.loads(record.structured_rejected) if record.structured_rejected else []
    return MedicalRecord(
        record_id=document.id, patient_id=link.patient_id, patient_token=record.patient_token,
        external_patient_id=record.external_id, data_type=record.data_type, document_type=link.document_type,
        document_id=record.partner_document_id, version=record.version, status=status, error=error,
        current=record.current, superseded=record.superseded,
        rejected_results=[RejectedResult(**item) for item in rejected], received_at=from_ms(document.created_at),
        processed_at=from_ms(document.processed_at), updated_at=from_ms(document.updated_at),
    )


@operation(summary="A submitted record's processing status", tags=TAGS, responses={200: MedicalRecord},
           errors={404: ErrorBody},
           description="`pending` → `processing` → `completed`, or `failed` with the reason. Structured lab results "
                       "that could not be read are listed with their index and reason; the others were kept.")
async def get_medical_record(request: Request) -> Response:
    try:
        record_id = str(uuid.UUID(request.path_params["record_id"]))
    except ValueError:
        raise HTTPException(404, NOT_FOUND) from None
    record = await run_in_threadpool(records.get, request.app.state.graph, caller_of(request).tenant.id, record_id)
    if record is None:
        raise HTTPException(404, NOT_FOUND)
    request.state.audited = Audited(caller_of(request).tenant.id, record.link.patient_id, caller_of(request).key_id)
    return model_response(record_body(record))


routes = [
    Route("/v1/medical-data", submit_medical_data, methods=["POST"],
          middleware=[Middleware(BodyLimit, max_bytes=TRANSPORT_CAP)]),
    Route("/v1/medical-data/{record_id}", get_medical_record, methods=["GET"]),
]
