"""A clinical summary built from the patient's graph."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["pt-BR", "en"]


class SummaryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Language = "pt-BR"
    force: bool = Field(default=False, description="Generate again even if the cached summary is current.")


class Summary(BaseModel):
    patient_id: UUID
    summary: str
    language: Language
    generated_at: datetime
    cached: bool = Field(description="Served from the cache: no document was processed or deleted since.")
    generation_time_ms: float = Field(description="How long generating this summary took.")
    generator: str = Field(description="`template` (deterministic, graph-grounded) or `llm:<model>`.")
