"""Medical-center (Docus) submission bodies: `POST /v1/medical-data` and a record's status."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from schema.documents import DocumentType
from schema.patients import EXTERNAL_ID

FILE_MAX_BYTES = 20 * 1024 * 1024
LAB_RESULTS = "lab_results"
_VISIBLE = r"^[^\x00-\x1f\x7f]+$"  # no control characters


class FileBase64(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mime_type: str = Field(min_length=1, max_length=128, description="As the partner declares it; the type is "
                           "decided from the decoded bytes: PDF, DOC or DOCX.", examples=["application/pdf"])
    content: str = Field(min_length=1, description="The file in base64 (standard alphabet; line breaks and a "
                         "`data:…;base64,` prefix are accepted); at most 20 MB decoded.",
                         examples=["JVBERi0xLjQK"])  # a PDF's first line
    file_name: str = Field(min_length=1, max_length=255, pattern=_VISIBLE, examples=["hemograma-2026-03.pdf"])


class StructuredLabResult(BaseModel):
    """One entry of `data` when `data_type` is `lab_results` and `data` is an array (or `{"results": [...]}`).
    Each entry is validated on its own: one that cannot be read is listed in the record's
    `rejected_results` with its index and reason, and the others are kept."""

    name: str | None = Field(default=None, max_length=256, description="The test's name, in English or "
                             "Portuguese (`Hemoglobin`, `Hemoglobina`, `TGO`…). Either `name` or `code`.")
    code: str | None = Field(default=None, max_length=256, description="Its LOINC code (`718-7`).")
    value: float | str = Field(description="A number, a number with a comparator (`<0.5`, `>= 90`; a decimal "
                               "comma is read), or a qualitative result (`Negativo`, `Reagente`).")
    unit: str | None = Field(default=None, max_length=256, description="As printed or UCUM (`g/dL`, `10*3/uL`, "
                             "`mmol/L`). Never assumed: a value without a readable unit is kept unconverted.")
    reference_range: str | None = Field(default=None, max_length=256, examples=["12.0-16.0", "< 200"])
    low: float | None = Field(default=None, description="Lower reference bound (instead of `reference_range`).")
    high: float | None = Field(default=None, description="Upper reference bound.")
    flag: str | None = Field(default=None, max_length=256, description="The lab's flag: H, L, HH, LL, N, A.")
    date: dt.date | None = Field(default=None, description="When the sample was taken (ISO 8601).")


_DATA_SCHEMA = {
    "description": "Raw data: report or note text, any JSON, or — with `data_type: lab_results` — structured "
                   "results: an array of StructuredLabResult (or `{\"results\": [...]}`), or FHIR R4 (a `Bundle` "
                   "of `Observation` entries, an array of Observations, or one Observation: LOINC `code`, UCUM "
                   "`valueQuantity`, `referenceRange`, `interpretation`, `effectiveDateTime`).",
    "anyOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/StructuredLabResult"}},
        {"type": "object", "minProperties": 1,
         "description": "A FHIR R4 Bundle or Observation, `{\"results\": [...]}`, or any JSON."},
        {"type": "array", "minItems": 1, "description": "FHIR R4 Observations, or any JSON: with `lab_results`, an "
                                                        "entry that is not a lab result is listed in the record's "
                                                        "`rejected_results`."},
        {"type": "null"},
    ],
}
# The model validator's rule, so that the document says it too: `data` or `file_base64`, not null.
_DATA_OR_FILE = {"anyOf": [{"required": [name], "properties": {name: {"not": {"type": "null"}}}}
                           for name in ("data", "file_base64")]}


class MedicalDataSubmit(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_DATA_OR_FILE)

    patient_id: str = Field(min_length=1, max_length=128, pattern=EXTERNAL_ID, examples=["pt_123456"],
                            description="The medical center's own patient id (no control characters, nor whitespace at "
                                        "either end); its first record creates the patient.")
    data_type: str = Field(min_length=1, max_length=64, pattern=_VISIBLE, examples=[LAB_RESULTS, "clinical_note"],
                           description="`lab_results` selects the lab flow; any other descriptive value is "
                                       "accepted (a Clinigraph document type such as `prescription` is taken as "
                                       "the record's type, others are classified from the content).")
    document_id: str | None = Field(default=None, min_length=1, max_length=256, pattern=_VISIBLE,
                                    description="The partner's id of the document: sending it again replaces "
                                                "what the earlier version added (kept as superseded).")
    data: Annotated[str | dict[str, Any] | list[Any] | None, WithJsonSchema(_DATA_SCHEMA)] = None
    file_base64: FileBase64 | None = None

    @model_validator(mode="after")
    def data_or_file(self) -> MedicalDataSubmit:
        if self.data is None and self.file_base64 is None:
            raise ValueError("At least one of data or file_base64 must be provided.")
        if self.data is not None and not self.data:
            raise ValueError("data must not be empty (send text, a JSON object or a JSON array).")
        return self


class MedicalDataAccepted(BaseModel):
    """201: the record is stored and queued; processing is asynchronous."""

    message: str
    patient_id: str = Field(description="Internal patient UUID.")
    patient_token: str = Field(description="The patient's `pat_` token, for the patient routes.")
    patient_created: bool = Field(description="True when this record created the patient.")
    record_id: str = Field(description="Poll `GET /v1/medical-data/{record_id}`.")
    document_id: str | None = Field(description="The partner's document id, or null.")
    version: int = Field(description="1 for a new document_id (or none), then 2, 3… for each resubmission.")


class RecordStatus(StrEnum):
    pending = "pending"
    processing = "processing"
    completed = "completed"
    failed = "failed"


class RejectedResult(BaseModel):
    index: int = Field(description="Position of the result in the submitted array (or Bundle entry).")
    reason: str


class MedicalRecord(BaseModel):
    """One record's processing status, for the partner."""

    record_id: str
    patient_id: str
    patient_token: str
    external_patient_id: str | None
    data_type: str | None
    document_type: DocumentType
    document_id: str | None
    version: int
    status: RecordStatus
    error: str | None = Field(description="Why the record failed (or why its analysis did not run).")
    current: bool = Field(description="Whether this is the version clinical views read.")
    superseded: bool
    rejected_results: list[RejectedResult] = Field(description="Structured results that could not be read.")
    received_at: dt.datetime
    processed_at: dt.datetime | None
    updated_at: dt.datetime | None
