"""Vital signs and anthropometrics written in notes, with units and LOINC codes (EN and PT)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.facts import Fact
from nlp.labs.numbers import parse_number

# "saturação de oxigênio, em ar ambiente, de 67%", "pressão arterial que foi de 130 x 90 mmHg"
_CONDITION = r"(?:,?\s*(?:em ar ambiente|on room air|in room air|em aa)\s*,?)?"
_LINK = r"(?:[:=\-]|of about|of|(?:que )?foi de|de|was|is)"


@dataclass(frozen=True)
class _Vital:
    name_en: str
    name_pt: str
    loinc: str
    pattern: re.Pattern[str]
    default_unit: str


def _vital(name_en: str, name_pt: str, loinc: str, labels: str, value: str, units: str, default_unit: str) -> _Vital:
    pattern = re.compile(rf"\b(?:{labels})\s*(?:\([^)]{{1,8}}\))?{_CONDITION}\s*{_LINK}?\s*{value}\s*(?P<unit>{units})?",
                         re.IGNORECASE)
    return _Vital(name_en, name_pt, loinc, pattern, default_unit)


VITALS = (
    _vital("Blood pressure", "Pressão arterial", "85354-9", r"bp|blood pressure|pa|press[aã]o arterial",
           r"(?P<systolic>\d{2,3})\s*[/xX×]\s*(?P<diastolic>\d{2,3})", r"mm\s?hg", "mmHg"),
    _vital("Heart rate", "Frequência cardíaca", "8867-4", r"hr|heart rate|pulse|fc|freq[uü][eê]ncia card[ií]aca|pulso",
           r"(?P<value>\d{2,3})", r"bpm|/min|batimentos por minuto", "bpm"),
    _vital("Respiratory rate", "Frequência respiratória", "9279-1", r"rr|respiratory rate|fr|freq[uü][eê]ncia respirat[oó]ria",
           r"(?P<value>\d{1,2})", r"irpm|ipm|rpm|/min|breaths/min|breaths per minute|inc/min", "/min"),
    _vital("Body temperature", "Temperatura", "8310-5", r"temp|temperature|tax|temperatura(?: axilar)?",
           r"(?P<value>\d{2,3}(?:[.,]\d)?)", r"°\s?[cf]|º\s?c|degrees|graus", "°C"),
    _vital("Oxygen saturation", "Saturação de oxigênio", "59408-5",
           r"spo2|sato2|sat o2|o2 sat|oxygen saturation|satura[cç][aã]o(?: perif[eé]rica)?(?: de (?:o2|oxig[eê]nio))?",
           r"(?P<value>\d{2,3})", r"%", "%"),
    _vital("Body weight", "Peso", "29463-7", r"weight|wt|peso", r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?)",
           r"kg|lbs?|pounds|quilos", "kg"),
    _vital("Body height", "Altura", "8302-2", r"height|altura|estatura", r"(?P<value>\d{1,3}(?:[.,]\d{1,2})?)",
           r"cm|m|in|inches", "cm"),
    _vital("Body mass index", "IMC", "39156-5", r"bmi|imc|body mass index|[ií]ndice de massa corp[oó]rea",
           r"(?P<value>\d{2}(?:[.,]\d{1,2})?)", r"kg/m2|kg/m²", "kg/m2"),
)


def extract_vitals(text: str, language: str, page: int) -> list[Fact]:
    decimal = "," if language == "pt" else "."
    facts: list[Fact] = []
    for vital in VITALS:
        for match in vital.pattern.finditer(text):
            groups = match.groupdict()
            unit = (groups.get("unit") or vital.default_unit).strip()
            if groups.get("systolic"):
                attributes: dict[str, str | float | None] = {
                    "systolic": float(groups["systolic"]), "diastolic": float(groups["diastolic"]), "unit": unit,
                    "value": f"{groups['systolic']}/{groups['diastolic']}"}
            else:
                attributes = {"value": parse_number(groups["value"], decimal), "unit": unit}
            facts.append(Fact(kind="vital", text=match.group(0), name=vital.name_pt if language == "pt" else vital.name_en,
                              code_system="LOINC", code=vital.loinc, page=page, start=match.start(), end=match.end(),
                              extractor="vitals-pattern", confidence=0.9 if groups.get("unit") else 0.7,
                              attributes=attributes))
    return facts
