"""Patient request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schema.pagination import PageQuery

EARLIEST_BIRTH_DATE = date(1880, 1, 1)
# A medical center's own patient id, which is a unique key: no control characters, nor whitespace at either end
# (FalkorDB's unique constraint crashes the server on a value ending in whitespace or \x01; and " pt_1" is no other
# patient than "pt_1").
EXTERNAL_ID = r"^[^\s\x00-\x1f\x7f]([^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"
# The earliest year as the document can say it (JSON Schema bounds numbers, not dates); "not in the future" it
# can only describe.
_FROM_1880 = r"^(18[89][0-9]|19[0-9]{2}|[2-9][0-9]{3})-[0-9]{2}-[0-9]{2}$"


class Sex(StrEnum):
    """Administrative sex, as in FHIR's AdministrativeGender."""

    female = "female"
    male = "male"
    other = "other"
    unknown = "unknown"


class PatientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str | None = Field(
        default=None, min_length=1, max_length=128, pattern=EXTERNAL_ID,
        description="The medical center's own patient id (unique per tenant), e.g. `pt_123456`.",
        examples=["pt_123456"],
    )
    birth_date: date | None = Field(default=None, json_schema_extra={"pattern": _FROM_1880},
                                    description="Between 1880-01-01 and today.")
    sex: Sex | None = None

    @field_validator("birth_date")
    @classmethod
    def plausible_birth_date(cls, value: date | None) -> date | None:
        if value is not None and not EARLIEST_BIRTH_DATE <= value <= date.today():
            raise ValueError("birth_date must be between 1880-01-01 and today")
        return value


class Patient(BaseModel):
    id: UUID = Field(description="Internal patient UUID.")
    token: str = Field(description="Tenant-scoped opaque token (`pat_` + 22 characters); use it in paths.",
                       examples=["pat_3Fq9Lm2Xb7Kd1Rs8Tn0Wp"])
    external_id: str | None
    birth_date: date | None
    sex: Sex | None
    access_url_status: Literal["not_configured", "pending", "sending", "sent", "failed"] = Field(
        description="Delivery of the patient's access URL to the tenant's callback endpoint."
    )
    created_at: datetime
    updated_at: datetime
    auto_interpretation_at: datetime | None = Field(
        default=None, description="When the first interpretation is generated automatically (12:00 in the center's "
                                  "time zone, the day after creation); null once an interpretation exists.")


class PatientListQuery(PageQuery):
    external_id: str | None = Field(default=None, max_length=128, description="Only the patient with this id.")


class PatientPage(BaseModel):
    patients: list[Patient]
    total: int
    limit: int
    offset: int


class ErasureBody(BaseModel):
    """What `DELETE /v1/patients/{patient_id}` did: the entry kept for the record names no one."""

    erasure_id: str
    patient_id: str
    documents: int = Field(description="Documents of this patient only, erased with their text and facts.")
    files: int = Field(description="Stored files removed from disk.")
    erased_at: datetime
