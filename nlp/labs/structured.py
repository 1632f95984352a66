"""A partner's structured lab results → LabResult, validated field by field, without reading any text.

Two shapes are read (the OpenAPI schema documents both): a JSON array of results (`name` or `code`,
`value`, `unit`, `reference_range` as text or `low`/`high`, `flag`, `date`), optionally wrapped as
`{"results": [...]}`; and FHIR R4 — a `Bundle` of `Observation` entries, a list of Observations, or one —
each Observation validated with `fhir.resources` (LOINC `code`, UCUM `valueQuantity`, `referenceRange`,
`interpretation`, `effectiveDateTime`). A result that cannot be read is rejected with its index and
reason; the others are kept. Each kept result is rendered as one line of the record's text, and its
offsets point there, so it has a source a reader can open like any extracted result.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic import ValidationError

from nlp.labs.catalog import Marker, catalog
from nlp.labs.cells import Value, qualitative_label
from nlp.labs.flags import printed_flag
from nlp.labs.loinc import corrected
from nlp.labs.numbers import NUMBER, parse_number
from nlp.labs.ranges import Range, parse_range
from nlp.labs.result import LabResult, Span, judged
from nlp.labs.units import Unit, parse_unit

LOINC_SYSTEM = "http://loinc.org"
_QUALIFIED = re.compile(rf"^\s*(?P<op><=|>=|<|>|≤|≥)?\s*(?P<number>-?(?:{NUMBER}))\s*$")
_OPERATORS = {"≤": "<=", "≥": ">="}
# FHIR's v3 ObservationInterpretation codes that are not plain letters (A/AA: abnormal, no direction).
_FHIR_FLAGS = {"A": "*", "AA": "*", "HU": "H", "LU": "L", "H>": "H", "L<": "L"}
_MAX_TEXT = 256


class Invalid(ValueError):
    """One field of one result cannot be read; its message names the field."""


@dataclass(frozen=True)
class Rejected:
    index: int
    reason: str


@dataclass(frozen=True)
class StructuredLabs:
    text: str  # one line per kept result; the record's page 1
    results: list[LabResult]
    rejected: list[Rejected]


@dataclass(frozen=True)
class _Reading:
    marker: Marker
    printed_name: str
    value: Value
    unit: Unit | None
    reference: Range | None
    reference_text: str
    flag: str | None
    observed_on: date | None


def is_structured(data: object) -> bool:
    """Whether `data` has one of the structured shapes (rather than report text or other JSON)."""
    return _entries(data) is not None


def read_structured(data: object, page: int = 1) -> StructuredLabs:
    """Every entry of `data` (is_structured(data) must hold) read into a result or a rejection; the
    results' offsets point into the text, which is the record's page `page`."""
    entries = _entries(data)
    if entries is None:
        raise ValueError("not structured lab results")
    lines: list[str] = []
    results: list[LabResult] = []
    rejected: list[Rejected] = []
    offset = 0
    for index, entry, fhir in entries:
        try:
            reading = _fhir(entry) if fhir else _plain(entry)
        except Invalid as exc:
            rejected.append(Rejected(index, str(exc)))
            continue
        line = _line(reading)
        results.append(_result(reading, Span(page, offset, offset + len(line))))
        lines.append(line)
        offset += len(line) + 1
    return StructuredLabs(text="\n".join(lines), results=results, rejected=rejected)


def plain_result(entry: dict[str, Any], span: Span) -> LabResult:
    """One result given field by field (`name` or `code`, `value`, `unit`, `reference_range`, `flag`, `date`) and
    read where `span` says (an HL7 message's OBX segment); Invalid names the field that cannot be read."""
    return _result(_plain(entry), span)


def _result(reading: _Reading, span: Span) -> LabResult:
    return judged(reading.marker, reading.printed_name, reading.value, reading.unit, reading.reference,
                  reading.reference_text, reading.flag, span, reading.observed_on)


def _entries(data: object) -> list[tuple[int, Any, bool]] | None:
    """(index in the submission, entry, is FHIR), or None when `data` is not structured results. A Bundle's
    other resources (Patient, DiagnosticReport…) are not results and are skipped."""
    if isinstance(data, dict) and data.get("resourceType") == "Bundle":
        entries = data.get("entry")
        if not isinstance(entries, list):
            return []
        resources = [item.get("resource") if isinstance(item, dict) else item for item in entries]
        return [(index, resource, True) for index, resource in enumerate(resources)
                if not (isinstance(resource, dict) and resource.get("resourceType") not in (None, "Observation"))]
    if isinstance(data, dict) and data.get("resourceType") == "Observation":
        return [(0, data, True)]
    if isinstance(data, dict) and isinstance(data.get("results"), list) and set(data) == {"results"}:
        data = data["results"]
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        fhir = [item.get("resourceType") == "Observation" for item in data]
        if any(fhir) and not all(fhir):
            return None
        if all(fhir) or all(("name" in item or "code" in item) and "value" in item for item in data[:1]):
            return [(index, item, is_fhir) for index, (item, is_fhir) in enumerate(zip(data, fhir, strict=True))]
    return None


def _plain(entry: Any) -> _Reading:
    if not isinstance(entry, dict):
        raise Invalid("result: must be an object")
    name, code = _text(entry, "name"), _text(entry, "code")
    marker = _marker(code, name)
    reference_text = ""
    raw_range = entry.get("reference_range")
    if isinstance(raw_range, str):
        reference_text = raw_range
        reference = parse_range(raw_range, ".") if raw_range.strip() else None
        if raw_range.strip() and reference is None:
            reference = parse_range(raw_range, ",")
    elif raw_range is None:
        reference = _bounds(entry.get("low"), entry.get("high"), "low/high")
    else:
        raise Invalid("reference_range: must be text such as '12.0-16.0' (or give low/high)")
    unit_text = _text(entry, "unit")
    return _Reading(marker, name or marker.name_en, _value(entry.get("value"), "value", unit_text),
                    _unit(unit_text), reference, reference_text, _flag(_text(entry, "flag"), "flag"),
                    _date(entry.get("date"), "date"))


def _fhir(entry: Any) -> _Reading:
    observation = _observation(entry)
    codings = observation.code.coding or []
    loinc = next((c.code for c in codings if c.system == LOINC_SYSTEM and c.code), None)
    name = observation.code.text or next((c.display for c in codings if c.display), None)
    marker = _marker(loinc, name)
    quantity = observation.valueQuantity
    unit_text = None
    if quantity is not None:
        if quantity.value is None:
            raise Invalid("valueQuantity.value: required")
        unit_text = quantity.code or quantity.unit
        raw: object = float(quantity.value)
        comparator = quantity.comparator
        value = _value(raw, "valueQuantity.value", unit_text)
        if comparator:
            value.comparator = _OPERATORS.get(comparator, comparator)
            value.token = f"{comparator}{value.token}"
    elif observation.valueString is not None:
        value = _value(observation.valueString, "valueString", None)
    elif observation.valueCodeableConcept is not None:
        concept = observation.valueCodeableConcept
        label = concept.text or next((c.display or c.code for c in concept.coding or [] if c.display or c.code), None)
        value = _value(label, "valueCodeableConcept", None)
    elif observation.valueInteger is not None:
        value = _value(observation.valueInteger, "valueInteger", None)
    else:
        raise Invalid("value[x]: the Observation has no valueQuantity, valueString or valueCodeableConcept")
    reference, reference_text = None, ""
    if observation.referenceRange:
        first = observation.referenceRange[0]
        reference_text = first.text or ""
        reference = _bounds(_number(first.low), _number(first.high), "referenceRange")
        if reference is None and reference_text:
            reference = parse_range(reference_text, ".")
    flag = None
    for concept in observation.interpretation or []:
        code = next((c.code for c in concept.coding or [] if c.code), None) or concept.text
        if code:
            flag = _flag(_FHIR_FLAGS.get(code, code), "interpretation")
            break
    observed = observation.effectiveDateTime
    observed_on = observed.date() if isinstance(observed, datetime) else observed if isinstance(observed, date) \
        else None
    return _Reading(marker, name or marker.name_en, value, _unit(unit_text), reference, reference_text, flag,
                    observed_on)


def _observation(entry: Any) -> Any:
    from fhir.resources.R4B.observation import Observation

    if not isinstance(entry, dict):
        raise Invalid("resource: must be an Observation object")
    try:
        return Observation.model_validate(entry)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "Observation"
        raise Invalid(f"{where}: {first['msg']}") from None


def _number(quantity: Any) -> float | None:
    """A FHIR Quantity's value (a Decimal) as a float."""
    return float(quantity.value) if quantity is not None and quantity.value is not None else None


@cache
def _by_code() -> dict[str, Marker]:
    codes: dict[str, Marker] = {}
    lab_catalog = catalog()
    for marker in lab_catalog.markers.values():
        for code in (marker.loinc, marker.molar_loinc, *(c for _, c in marker.unit_loinc)):
            if code:
                codes.setdefault(code, marker)
    for variant in lab_catalog.percent.values():
        codes.setdefault(variant.loinc, variant)
    return codes


def _marker(code: str | None, name: str | None) -> Marker:
    if code and (marker := _by_code().get(code.strip())) is not None:
        return marker
    if name and (marker := catalog().lookup(name)) is not None:
        return marker
    if not code and not name:
        raise Invalid("name/code: one of them is required")
    if code and (meant := corrected(code.strip())) != code.strip():
        raise Invalid(f"code: {code.strip()!r} fails LOINC's check digit (a slip for {meant!r}?)")
    described = " / ".join(repr(part) for part in (code, name) if part)
    raise Invalid(f"name/code: {described} is not a known lab marker (use a LOINC code or a catalogued name)")


def _text(entry: dict[str, Any], field: str) -> str | None:
    value = entry.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise Invalid(f"{field}: must be text of at most {_MAX_TEXT} characters")
    return value.strip() or None


def _value(raw: object, field: str, unit_text: str | None) -> Value:
    if isinstance(raw, bool) or raw is None:
        raise Invalid(f"{field}: required, a number or a result text")
    if isinstance(raw, int | float):
        if not math.isfinite(raw):
            raise Invalid(f"{field}: must be a finite number")
        return Value(token=f"{raw:g}", number=float(raw), unit=None, unit_text=unit_text, qualitative=None, end=0)
    if not isinstance(raw, str) or not raw.strip() or len(raw) > _MAX_TEXT:
        raise Invalid(f"{field}: must be a number or a result text of at most {_MAX_TEXT} characters")
    token = raw.strip()
    if (match := _QUALIFIED.match(token)) is not None:
        number = match.group("number")
        decimal = "," if "," in number and "." not in number and not re.search(r",\d{3}$", number) else "."
        operator = match.group("op")
        return Value(token=token, number=parse_number(number.lstrip("-"), decimal) * (-1 if number[0] == "-" else 1),
                     unit=None, unit_text=unit_text, qualitative=None, end=0,
                     comparator=_OPERATORS.get(operator, operator) if operator else None)
    return Value(token=token, number=None, unit=None, unit_text=None, qualitative=qualitative_label(token) or token,
                 end=0)


def _unit(text: str | None) -> Unit | None:
    """The unit as given; one that cannot be read stays as text and leaves the value unconverted."""
    return parse_unit(text) if text else None


def _bounds(low: object, high: object, field: str) -> Range | None:
    bounds = []
    for raw in (low, high):
        if raw is None:
            bounds.append(None)
        elif isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(float(raw)):
            raise Invalid(f"{field}: bounds must be numbers")
        else:
            bounds.append(float(raw))
    low_value, high_value = bounds
    if low_value is None and high_value is None:
        return None
    if low_value is not None and high_value is not None and low_value > high_value:
        raise Invalid(f"{field}: low is above high")
    text = f"{low_value:g}-{high_value:g}" if low_value is not None and high_value is not None else \
        f"<= {high_value:g}" if high_value is not None else f">= {low_value:g}"
    return Range(low=low_value, high=high_value, text=text)


def _flag(raw: str | None, field: str) -> str | None:
    if raw is None:
        return None
    if printed_flag(raw) is None:
        raise Invalid(f"{field}: {raw!r} is not a flag (H, L, HH, LL, N, A)")
    return raw


def _date(raw: object, field: str) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise Invalid(f"{field}: must be an ISO 8601 date")
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        raise Invalid(f"{field}: {raw[:40]!r} is not an ISO 8601 date") from None


def _line(reading: _Reading) -> str:
    """How the result reads in the record's text (and in search): name, value, unit, range, flag, date."""
    parts = [f"{reading.printed_name}: {reading.value.token}"]
    if reading.value.unit_text:
        parts.append(reading.value.unit_text)
    if reading.reference is not None or reading.reference_text:
        parts.append(f"(ref. {reading.reference.text if reading.reference else reading.reference_text})")
    if reading.flag:
        parts.append(f"[{reading.flag}]")
    if reading.observed_on:
        parts.append(reading.observed_on.isoformat())
    return " ".join(parts).replace("\n", " ")
