"""Parameters of the named analytics queries (`cypher/analytics/<name>.cypher`) as request bodies declare them;
service.analytics_params checks markers against the lab catalog and turns them into the statement's parameters."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _integral(value: object) -> object:
    """`5.0` is the integer 5 in JSON (and in JSON Schema); bodies are validated strictly, which alone refuses it."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


Count = Annotated[int, BeforeValidator(_integral)]
MarkerName = Annotated[str, Field(min_length=1, max_length=100, description="Any language's name, a synonym or "
                                  "LOINC code.", examples=["Glucose"])]


class AnalyticsParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: Count = Field(default=100, ge=1, le=1000)


class LatestMarkerOutside(AnalyticsParams):
    marker: MarkerName
    threshold: float = Field(description="In the marker's canonical unit.")
    direction: Literal["above", "below"] = "above"


class AbnormalPrevalence(AnalyticsParams):
    months: Count = Field(default=12, ge=1, le=120, description="Results observed in the last `months`.")


class CoOccurringConditions(AnalyticsParams):
    code: str | None = Field(default=None, min_length=1, max_length=10, description="ICD-10 code prefix.")
    min_patients: Count = Field(default=2, ge=1)


class PatientsOnDrugWithCondition(AnalyticsParams):
    drug: str = Field(min_length=1, max_length=100, description="DrugBank/ATC code, drug name or name as written.")
    condition: str = Field(min_length=1, max_length=100, description="ICD-10 code prefix or condition name.")


class NoRecentResult(AnalyticsParams):
    marker: MarkerName
    months: Count = Field(default=12, ge=1, le=120)
    condition: str | None = Field(default=None, min_length=1, max_length=10,
                                  description="Only patients with this ICD-10 code prefix.")


QUERIES: dict[str, type[AnalyticsParams]] = {
    "latest_marker_outside": LatestMarkerOutside, "abnormal_prevalence": AbnormalPrevalence,
    "co_occurring_conditions": CoOccurringConditions,
    "patients_on_drug_with_condition": PatientsOnDrugWithCondition, "no_recent_result": NoRecentResult,
}


class AnalyticsQuery(BaseModel):
    name: str
    description: str
    parameters: dict[str, Any] = Field(description="JSON Schema of the request body.")


class AnalyticsCatalogue(BaseModel):
    queries: list[AnalyticsQuery]


class AnalyticsResult(BaseModel):
    name: str
    columns: list[str]
    rows: list[dict[str, Any]] = Field(description="Columns ending in `_at` are ISO 8601 timestamps.")
    row_count: int
