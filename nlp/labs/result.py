"""A reading becomes a LabResult here, and only here: converted to its marker's canonical unit and flagged, whether it
was read from a report's text, a partner's structured results or an HL7 v2 message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nlp.labs.catalog import Marker
from nlp.labs.cells import Value
from nlp.labs.flags import contradicts, critical_flag, final_flag, printed_flag, range_flag, sign_flag
from nlp.labs.ranges import Range
from nlp.labs.units import IncompatibleUnits, Unit, convert

# A strip's pad reads negative, trace or positive: "Ausente"/"Presente" printed beside one say so in other words.
_PAD_READINGS = {"absent": "negative", "present": "positive"}
# A urine sediment's cells, casts or bacteria are absent or present: "Nil", "Negative", "Moderate" say so.
_SEEN_READINGS = {"negative": "absent", "positive": "present"}


@dataclass(frozen=True)
class LabResult:
    marker: Marker
    loinc: str  # the marker's, or its substance-concentration code when the value is in mmol/L, µmol/L…
    printed_name: str
    value: float | None
    value_text: str
    qualitative: str | None
    comparator: str | None  # "<", "<=", ">", ">=" when printed with the value
    unit: str | None  # as printed (own cell, column or group header, reference text); None when unreadable
    canonical_value: float | None  # None when unconverted: never chart or judge it in the canonical unit
    canonical_unit: str | None
    unconverted: bool
    ref_low: float | None
    ref_high: float | None
    ref_text: str | None
    canonical_low: float | None
    canonical_high: float | None
    printed_flag: str  # normalised; "N" when the report prints none
    printed_flag_raw: str | None
    computed_flag: str | None
    flag: str  # what a reader acts on: computed when possible, else printed
    flag_corrected: bool  # the printed flag contradicted the value and was replaced
    page: int
    start: int
    end: int
    confidence: float
    needs_review: bool
    observed_on: date | None = None  # the result's own date when its source gives one (structured results)




@dataclass(frozen=True)
class Span:
    """Where a result was read: page (from 1) and character offsets into that page."""

    page: int
    start: int
    end: int


def judged(marker: Marker, printed_name: str, value: Value, unit: Unit | None, reference: Range | None,
           reference_text: str, printed_raw: str | None, span: Span, observed_on: date | None = None,
           specimen: str = "blood") -> LabResult:
    """A value as read, converted to the marker's canonical unit and flagged: the one place a reading (from
    a report's text or from a partner's structured results) becomes a LabResult."""
    low = reference.low if reference else None
    high = reference.high if reference else None
    canonical = _canonical(marker, value.number, unit, low, high)
    against_range = range_flag(value.number, low, high) if value.number is not None else None
    critical = critical_flag(marker.key, canonical[0])
    if contradicts(critical, against_range):
        canonical, critical = (None, None, None), None  # the unit was misread: never judge or chart it
    computed = critical or against_range
    unconverted = value.number is not None and marker.unit is not None and canonical[0] is None
    printed = printed_flag(printed_raw)
    if against_range is None and sign_flag(printed_raw):
        printed = None  # "0,12 (-)" with no range: a serology's negative, not a value below one
    flag, corrected = final_flag(printed, computed)
    confidence = 1.0 - 0.4 * unconverted - 0.1 * (reference is None)
    return LabResult(
        marker=marker, loinc=marker.loinc_for(unit, specimen, printed_name), printed_name=printed_name, value=value.number,
        value_text=value.token, comparator=value.comparator,
        qualitative=_reading(marker, value.qualitative),
        unit=value.unit_text or (unit.text if unit else None),
        canonical_value=_round(canonical[0]), canonical_unit=marker.unit.text if marker.unit else None,
        unconverted=unconverted, ref_low=low, ref_high=high,
        ref_text=reference.text if reference else (reference_text.strip() or None),
        canonical_low=_round(canonical[1]), canonical_high=_round(canonical[2]),
        printed_flag=printed if printed is not None else "N", printed_flag_raw=printed_raw, computed_flag=computed,
        flag=flag, flag_corrected=corrected, page=span.page, start=span.start, end=span.end,
        confidence=round(max(confidence, 0.1), 2), needs_review=unconverted or corrected, observed_on=observed_on,
    )


def _reading(marker: Marker, qualitative: str | None) -> str | None:
    """A qualitative reading in its test's words: a strip pad's negative/positive, a sediment's absent/present."""
    if qualitative is None or not (marker.strip_pad or marker.sediment):
        return qualitative
    return (_PAD_READINGS if marker.strip_pad else _SEEN_READINGS).get(qualitative, qualitative)


def _canonical(marker: Marker, value: float | None, unit: Unit | None, low: float | None,
               high: float | None) -> tuple[float | None, float | None, float | None]:
    """Value and range in the marker's canonical unit; all None when the unit is unknown, incompatible,
    or has no linear relation to the canonical one (HbA1c in mmol/mol). Unitless markers are as printed."""
    if value is None:
        return None, None, None
    target = marker.unit
    if target is None:
        return value, low, high
    if unit is None or marker.own_code(unit) is not None:
        return None, None, None
    try:
        return tuple(convert(number, unit, target, marker.molar_mass, marker.valence) if number is not None else None
                     for number in (value, low, high))  # type: ignore[return-value]
    except IncompatibleUnits:
        return None, None, None


def _round(value: float | None) -> float | None:
    """Conversion factors leave binary noise (14.200000000000001); six significant digits are plenty."""
    return float(f"{value:.6g}") if value is not None else None
