"""A patient's Health History: every record, newest first, with what each added."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from schema.documents import DocumentType
from schema.medical_data import RecordStatus
from schema.pagination import PageQuery
from schema.query import QueryBool, QueryDate


class HealthHistoryQuery(PageQuery):
    data_type: str | None = Field(default=None, min_length=1, max_length=64,
                                  description="Only records of this `data_type` (or Clinigraph document type).")
    date_from: QueryDate | None = Field(default=None, description="Only records with a clinical date on/after it.")
    date_to: QueryDate | None = Field(default=None, description="Only records with a clinical date on/before it.")
    include_superseded: QueryBool = Field(default=False, description="Also earlier versions of resubmitted documents.")


class HealthRecord(BaseModel):
    record_id: str = Field(description="The record (document) id; for a submission, its `record_id`.")
    source: Literal["medical_data", "upload"]
    data_type: str | None = Field(description="As the partner sent it (null for uploads).")
    document_type: DocumentType
    document_id: str | None = Field(description="The partner's document id, or null.")
    version: int
    status: RecordStatus
    error: str | None
    current: bool = Field(description="Read by clinical views: processed, not superseded.")
    superseded: bool
    clinical_date: dt.date = Field(description="The document's own date when found (collection, report, visit), "
                                               "else the day it was received (in the center's time zone).")
    clinical_date_from_document: bool
    received_at: dt.datetime
    title: str | None
    summary: str = Field(description="What the record added, in the center's language.")


class HealthHistory(BaseModel):
    patient_id: str
    language: str
    records: list[HealthRecord]
    total: int
    limit: int
    offset: int
