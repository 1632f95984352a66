"""Error bodies: every non-2xx answer is `{"detail": ...}`."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel


class ErrorBody(BaseModel):
    detail: str


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorBody(BaseModel):
    """422: lists each offending field."""

    detail: list[ValidationIssue]


class PatientConflictBody(BaseModel):
    """409: the tenant already has a patient with that external id."""

    detail: str
    patient_id: UUID
