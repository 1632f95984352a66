"""Semantic search over one patient's documents."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class SearchQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: str = Field(min_length=1, max_length=500, description="A question or phrase, in English or Portuguese.")
    k: int = Field(default=10, ge=1, le=50, description="How many passages to return (1–50).")


class FoundFact(BaseModel):
    id: str
    kind: str = Field(description="condition, symptom, procedure, medication, allergy, vital, lifestyle, social, "
                                  "family_history, finding or lab_result.")
    name: str
    text: str = Field(description="The words in the passage.")
    status: str = Field(description="present, negated, family, hypothetical, uncertain or historical.")
    code_system: str | None = None
    code: str | None = None


class SearchHit(BaseModel):
    chunk_id: str
    document_id: UUID
    patient_document_id: UUID
    page: int
    start: int = Field(description="Character offset of the passage in its page's text.")
    end: int
    section: str | None = None
    text: str
    score: float = Field(description="Cosine similarity to the query, plus 0.15 when the passage holds a fact of "
                                     "the kind the question asks about; capped at 1 (higher is closer).")
    facts: list[FoundFact]


class SearchResults(BaseModel):
    patient_id: UUID
    query: str
    results: list[SearchHit]
