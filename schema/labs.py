"""Lab-result trends: one series per marker, values in the marker's canonical unit."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator

MAX_MARKERS = 20


class LabTrendsQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # One string in the query, as the contract has it; a list once read.
    markers: Annotated[list[str] | None, WithJsonSchema({"type": "string"})] = Field(
        default=None, description=f"Comma-separated marker names (any language), synonyms or LOINC codes; empty "
                                  f"tokens are ignored; at most {MAX_MARKERS}. Omitted: every marker.")
    period: int = Field(default=12, ge=1, le=120, description="Look-back window in months (1–120).")

    @field_validator("markers", mode="before")
    @classmethod
    def _split(cls, raw: object) -> object:
        if not isinstance(raw, str):
            raise ValueError("Input should be one string of comma-separated markers")
        tokens = [token.strip() for token in raw.split(",") if token.strip()]
        if len(tokens) > MAX_MARKERS:
            raise ValueError(f"at most {MAX_MARKERS} markers")
        return tokens or None


class ReferenceRange(BaseModel):
    low: float | None = Field(description="In the canonical unit.")
    high: float | None
    text: str | None = Field(description="As printed (e.g. \"13,0 a 17,0\", \"Desejável: < 190\").")


class DataPoint(BaseModel):
    date: date
    value: float | None = Field(description="In the series' canonical unit; null for a qualitative result and for "
                                            "a value whose printed unit could not be read (`unconverted`).")
    original_value: str
    original_unit: str | None
    comparator: str | None = Field(default=None, description="\"<\", \"<=\", \">\" or \">=\" when the value was "
                                                             "printed with one (\"< 0,5\").")
    unconverted: bool = Field(default=False, description="The report gave no readable unit: kept as printed, never "
                                                         "charted or judged in the canonical unit.")
    flag: str = Field(description="L, H, LL, HH or N: H/L against the report's reference range; LL/HH only beyond "
                                  "the marker's published critical limits (nlp/data/critical_limits.toml).")
    computed_flag: str | None
    flag_corrected: bool = Field(default=False, description="The report printed a flag that contradicted the value "
                                                            "and its range; `flag` is the corrected one.")
    reference_range: ReferenceRange
    needs_review: bool = Field(description="Corrected flag or unconverted value.")
    document_id: UUID
    result_id: str


class Extreme(BaseModel):
    value: float
    date: date


class MarkerSeries(BaseModel):
    marker_key: str
    marker_name: str = Field(description="In the language of the patient's latest report for this marker.")
    loinc: str
    unit: str | None = Field(description="Canonical unit every value is converted to.")
    trend: str = Field(description="increasing, decreasing, stable or insufficient_data: Theil–Sen slope with a "
                                   "Mann–Kendall test (p < 0.10, ≥ 4 results, change ≥ 5% of the median).")
    slope_per_month: float | None
    p_value: float | None
    reference_range: ReferenceRange = Field(description="The latest report's range.")
    reference_range_changed: bool = Field(description="The reports in the window print different ranges.")
    latest: Extreme | None
    min: Extreme | None
    max: Extreme | None
    data_points: list[DataPoint]


class LabTrends(BaseModel):
    patient_id: UUID
    period_months: int
    total_results: int
    markers: list[MarkerSeries]
