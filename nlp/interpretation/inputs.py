"""What an interpretation is computed from: the patient's current facts and lab results, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

AFFIRMED = ("present", "historical")


@dataclass(frozen=True)
class Lab:
    id: str
    marker_key: str
    value: float | None  # canonical unit; None for qualitative or unconverted results
    unit: str | None
    value_text: str
    flag: str  # N, L, H, LL, HH, A
    low: float | None  # canonical reference range
    high: float | None
    observed_at: int  # epoch ms


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str
    name: str
    concept_key: str
    code_system: str | None
    code: str | None
    status: str  # the assertion: present, negated, historical, hypothetical, uncertain, family
    observed_at: int
    dose: str | None = None
    frequency: str | None = None
    reaction: str | None = None
    medication_status: str | None = None

    @property
    def affirmed(self) -> bool:
        return self.status in AFFIRMED


@dataclass(frozen=True)
class PatientHistory:
    sex: str | None  # female, male, other, unknown
    birth_date: date | None
    facts: list[Fact]
    labs: list[Lab]
    now: datetime  # aware, in the center's time zone

    @property
    def age(self) -> int | None:
        if self.birth_date is None:
            return None
        today = self.now.date()
        born = self.birth_date
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def series(self, marker_key: str) -> list[Lab]:
        """The marker's numeric results, oldest first."""
        return sorted((lab for lab in self.labs if lab.marker_key == marker_key and lab.value is not None),
                      key=lambda lab: (lab.observed_at, lab.id))

    def latest(self, marker_key: str) -> Lab | None:
        found = self.series(marker_key)
        return found[-1] if found else None

    def conditions(self, *icd10_prefixes: str) -> list[Fact]:
        """Affirmed conditions (present or past, never negated, family or hypothetical) coded under the prefixes."""
        return [f for f in self.facts if f.kind == "condition" and f.affirmed and f.code_system == "ICD-10"
                and f.code and f.code.startswith(icd10_prefixes)]

    def current_medications(self) -> list[Fact]:
        return [f for f in self.facts if f.kind == "medication" and f.status == "present"
                and f.medication_status != "stopped"]
