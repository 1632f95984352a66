"""The patient's clinical context: every concept seen in the active documents, merged with its evidence."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from schema.labs import ReferenceRange


class ContextQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recent_months: int = Field(default=12, ge=1, le=120,
                               description="Window (months) for recent consultations and recent lab alerts.")


class Evidence(BaseModel):
    """One mention of the concept: where it was read and how it was asserted."""

    fact_id: str
    document_id: UUID
    date: date
    text: str = Field(description="The words as written in the document.")
    page: int
    status: str = Field(description="Assertion: present, historical, hypothetical, uncertain or family.")


class Demographics(BaseModel):
    age: int | None = Field(description="Whole years, from the patient's birth date.")
    sex: str | None


class Entry(BaseModel):
    """One concept, merged over every document that mentions it."""

    concept_key: str
    name: str
    code_system: str | None
    code: str | None
    first_seen: date
    last_seen: date
    sources: list[UUID] = Field(description="Distinct source documents, most recent first.")
    evidence: list[Evidence] = Field(description="Most recent first.")


class Allergy(Entry):
    reactions: list[str]
    severity: str | None = Field(description="The most severe stated.")


class Condition(Entry):
    status: Literal["active", "historical", "suspected"] = Field(
        description="From the latest affirmative mention: present → active, historical → historical; only "
                    "uncertain mentions → suspected.")


class Medication(Entry):
    dose: str | None = Field(description="As last stated.")
    route: str | None
    frequency: str | None
    started: str | None


class Habit(Entry):
    """Lifestyle or social factor."""

    status: Literal["current", "former", "never"] = Field(description="never: denied (\"nega tabagismo\"); "
                                                                      "former: past (\"ex-tabagista\").")
    detail: str = Field(description="The latest mention as written (e.g. \"ex-tabagista, 20 maços-ano\").")


class Vital(Entry):
    value: float | None = Field(description="Latest value.")
    unit: str | None
    systolic: float | None
    diastolic: float | None


class Consultation(BaseModel):
    date: date
    specialty: str | None
    encounter_type: str
    professional: str | None
    sources: list[UUID]


class LabAlert(BaseModel):
    """A marker with abnormal results in the window, the latest one first."""

    marker_key: str
    marker_name: str
    loinc: str | None
    flag: str = Field(description="Latest abnormal result's flag: L, H, LL or HH.")
    value: float | None = Field(description="In the canonical unit.")
    original_value: str
    unit: str | None
    reference_range: ReferenceRange
    date: date
    abnormal_results: int = Field(description="Abnormal results of this marker in the window.")
    sources: list[UUID]


class Conditions(BaseModel):
    active: list[Condition]
    historical: list[Condition]
    suspected: list[Condition]


class PatientContext(BaseModel):
    patient_id: UUID
    recent_months: int
    demographics: Demographics
    allergies: list[Allergy]
    conditions: Conditions
    medications: list[Medication] = Field(description="Current: affirmed, neither historical nor stopped.")
    symptoms: list[Entry] = Field(description="Present symptoms mentioned in the window.")
    procedures: list[Entry]
    family_history: list[Entry]
    vitals: list[Vital]
    lifestyle: list[Habit]
    social: list[Habit]
    recent_consultations: list[Consultation]
    recent_lab_alerts: list[LabAlert]
