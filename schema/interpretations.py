"""Interpretation reports: the vendor's sections, every statement with the facts it cites."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field


class Statement(BaseModel):
    text: str
    cites: list[str] = Field(description="Fact and lab-result ids the statement rests on (open them in the source "
                                         "viewer); empty only for a statement that something is absent.")
    rule: str | None = Field(description="The rule that made it (nlp/data/interpretation_rules.toml).")
    severity: Literal["critical", "high", "moderate", "info"] | None
    source: str | None = Field(description="The published source of the rule's thresholds.")


class Sections(BaseModel):
    introduction: list[Statement]
    interpretation: list[Statement]
    abnormal_findings: list[Statement]
    clinical_significance: list[Statement]
    follow_up_tests: list[Statement]
    risk_management: list[Statement]
    specialist_recommendations: list[Statement]
    lifestyle: list[Statement]


class InterpretationSummary(BaseModel):
    id: str
    created_at: dt.datetime
    trigger: Literal["manual", "automatic"]
    requested_by: str = Field(description="`key:<API key id>`, `page`, or `schedule` (the 12:00 rule).")
    generator: str
    generation_time_ms: int
    language: str
    records: int = Field(description="Records (document versions) it covered.")
    findings: int
    covers_latest: bool = Field(description="False once a record was added or replaced after it.")


class Interpretation(InterpretationSummary):
    sections: Sections


class InterpretationList(BaseModel):
    interpretations: list[InterpretationSummary] = Field(description="Newest first.")
