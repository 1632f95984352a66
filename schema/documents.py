"""Patient-document bodies, field for field as the DELPHOS documents contract defines them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from schema.pagination import PageQuery
from schema.query import QueryDateTime


class DocumentType(StrEnum):
    clinical_note = "clinical_note"
    consent_form = "consent_form"
    exam_result = "exam_result"
    imaging = "imaging"
    insurance_doc = "insurance_doc"
    lab_report = "lab_report"
    other = "other"
    prescription = "prescription"
    referral = "referral"


class OcrStatus(StrEnum):
    pending = "pending"
    processing = "processing"
    completed = "completed"
    failed = "failed"
    skipped = "skipped"


class ClassificationStatus(StrEnum):
    pending = "pending"
    completed = "completed"
    failed = "failed"
    skipped = "skipped"


TITLE_MAX = 500
NOTES_MAX = 2000


class UploadAccepted(BaseModel):
    """202 body of an upload."""

    document_id: UUID
    patient_document_id: UUID
    patient_id: UUID
    document_type: DocumentType
    classification_status: ClassificationStatus
    original_filename: str
    file_size_bytes: int
    ocr_status: OcrStatus
    created_at: datetime
    message: str


class DocumentStatus(BaseModel):
    """Polling body for one document."""

    document_id: UUID
    patient_document_id: UUID
    patient_id: UUID
    document_type: DocumentType
    ocr_status: OcrStatus
    classification_status: ClassificationStatus
    classification_confidence: float | None
    original_filename: str | None
    file_size_bytes: int | None
    page_count: int | None
    ocr_error: str | None
    created_at: datetime
    updated_at: datetime | None
    processed_at: datetime | None


class OcrDocumentSummary(BaseModel):
    """Lightweight OCR metadata; never the text."""

    original_filename: str | None
    mime_type: str | None
    status: OcrStatus | None
    page_count: int | None


class PatientDocument(BaseModel):
    id: UUID = Field(description="The patient ↔ document link id (patient_document_id).")
    patient_id: UUID
    document_id: UUID
    document_type: DocumentType
    title: str | None
    notes: str | None
    uploaded_by: UUID | None
    is_active: bool
    classification_status: ClassificationStatus | None
    classification_confidence: float | None
    created_at: datetime
    updated_at: datetime
    ocr_document: OcrDocumentSummary | None


class DocumentPage(BaseModel):
    documents: list[PatientDocument]
    total: int
    limit: int
    offset: int


class DocumentListQuery(PageQuery):
    document_type: DocumentType | None = Field(default=None, description="Filter by document type.")
    date_from: QueryDateTime | None = Field(default=None, description="Only documents created on/after this date.")
    date_to: QueryDateTime | None = Field(default=None, description="Only documents created on/before this date.")


class LinkDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document_id: UUID
    document_type: DocumentType = DocumentType.other
    title: str | None = Field(default=None, max_length=TITLE_MAX)
    notes: str | None = Field(default=None, max_length=NOTES_MAX)


class UploadForm(BaseModel):
    """The multipart/form-data fields of an upload, for the OpenAPI document: the route reads the form as it
    streams, checking these limits in the contract's order of errors."""

    model_config = ConfigDict(extra="forbid")

    file: bytes = Field(description="The document: PDF ≤ 40 MB; PNG, JPG, DICOM ≤ 20 MB. The type is read from the "
                                    "bytes; an empty or unsupported file is a 400.")
    title: str | SkipJsonSchema[None] = Field(default=None, max_length=TITLE_MAX)
    notes: str | SkipJsonSchema[None] = Field(default=None, max_length=NOTES_MAX)
    document_type: DocumentType | SkipJsonSchema[None] = Field(
        default=None, description="Skips automatic classification; any other value is a 400.")
