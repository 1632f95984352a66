"""What a lab-report generator hands to the evaluation: a rendered report and the results printed on it.

A generator module exposes `FAMILIES: tuple[str, ...]` and `reports() -> list[GeneratedReport]`
(deterministic: seeded). Each report is a file exactly as a lab would send it (a text PDF, or a
scanned page as PNG) plus the ground truth a careful human reader takes from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExpectedResult:
    """One result as printed on the report.

    loinc: the LOINC code of what was measured; a differential's percentage and absolute count are
        different results with different codes (e.g. neutrophils 770-8 % vs 751-8 absolute).
    value: the number as printed (decimal comma already read: "13,1" → 13.1; "282.000" in a pt-BR
        report → 282000.0); None for a qualitative result.
    qualitative: for results such as "Negativo"/"Negative"/"Reagente"/"Não reagente", the English
        lower-case meaning: "negative", "positive", "reactive", "non-reactive", "absent", "present",
        "detected", "not detected", "trace"; None for numeric results.
    comparator: "<", "<=", ">", ">=" when the value is printed with a qualifier ("< 0,5"), else None.
    unit: the unit as printed for this value (or by its column/group header), e.g. "g/L", "µmol/L",
        "x10³/µL", "/mm³", "%"; None when the report prints no unit for it (e.g. INR, specific gravity).
    ref_low / ref_high: the reference interval that applies to this patient, in the value's unit
        (one side None for "< 200" or "> 60"); both None when none is printed.
    flag: what the result means against that interval and the analyte's critical limits:
        "N" within (or no interval), "L"/"H" outside, "LL"/"HH" only when the value is beyond a
        critical (panic) limit of that analyte. Values are generated either clearly inside or clearly
        beyond critical limits, never in between lists' disagreements; analytes without critical
        limits (HbA1c, lipids, vitamins…) are never LL/HH.
    printed_flag: the flag text the report prints beside the value ("H", "↑", "*", "ALTO"…), or None.
    """

    loinc: str
    name_as_printed: str
    value: float | None
    unit: str | None
    ref_low: float | None
    ref_high: float | None
    flag: str
    qualitative: str | None = None
    comparator: str | None = None
    printed_flag: str | None = None


@dataclass(frozen=True)
class GeneratedReport:
    name: str  # unique, e.g. "T3-block-pt-02"
    family: str  # one of the module's FAMILIES
    language: str  # "en" or "pt"
    mime_type: str  # "application/pdf" or "image/png"
    content: bytes
    sex: str | None  # "female"/"male" as printed in the header, None when not printed
    collected_on: str | None  # ISO date of collection as printed, None when not printed
    expected: list[ExpectedResult] = field(default_factory=list)
