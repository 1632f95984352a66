"""What a lab report's header says about the patient that changes how results read: the sex, the age,
the menstrual phase or menopause and the hour of collection, which pick the reference range of reports
that print one per sex, age band, phase or time of day."""

from __future__ import annotations

import re

from nlp.labs.bands import PHASE
from nlp.labs.bilingual import UNCASED
from nlp.labs.ranges import AGE_UNIT, in_years
from nlp.text import fold

# (a bilingual header's own word first: "性別 Sexo:  女 F")
_SEX = re.compile(rf"(?i)\b(?:sexo|sex|g[eê]nero|gender)\s*[:\-/]?\s*(?:[{UNCASED}]\S*\s+)?"
                  r"(?P<value>feminino|masculino|female|male|fem|masc|f|m)\b")
# "Age / Sex   29 Yrs / Female", "Idade/Sexo: 47 anos / M"
_AGE_THEN_SEX = re.compile(r"(?i)\b(?:age|idade)\s*/\s*(?:sex|sexo|gender|g[eê]nero)\s*[:\-]?\s*\d{1,3}\s*"
                           r"(?:yrs?|years?|anos|y|a)?\.?\s*/\s*(?P<value>feminino|masculino|female|male|fem|masc|f|m)\b")
_FEMALE = frozenset({"feminino", "female", "fem", "f"})
# "Idade: 45 anos", "Age 29 yrs", a newborn's "Idade: 3 dias" (not "Age: 5 D.O.B", "Gestational age: 28 weeks")
_AGE = re.compile(rf"(?i)(?<!gestational )(?<!gestation )(?<!bone )\b(?:idade|age)(?! at)\s*[:\-]?\s*"
                  rf"(?P<count>\d{{1,3}})\s*(?:(?P<unit>{AGE_UNIT})(?![a-z.])|a\b|y\b)?")


def patient_sex(text: str) -> str | None:
    """"female" or "male" as the header prints it, else None."""
    match = _SEX.search(text[:4000]) or _AGE_THEN_SEX.search(text[:4000])
    if match is None:
        return None
    return "female" if match["value"].lower() in _FEMALE else "male"


_DENIED = re.compile(r"(?:not|nao|non|sem)[\s-]+$")  # "not postmenopausal", "não menopausada"
_ANSWERED_NO = re.compile(r"\s*[:=]?\s*(?:no|nao)\b")  # "Menopausa: não"
_COLLECTED_AT = re.compile(r"(?i)(?:collected|collection|coleta|coletad[oa])(?:\s+(?:em|on|at|date|time))?\s*[:\-]?"
                           r"\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\s+)?(?P<hour>[01]?\d|2[0-3]):[0-5]\d"
                           r"\s*(?P<half>[ap]\.?\s?m\b\.?)?")


def patient_phase(header: str) -> str | None:
    """The menstrual phase or menopause the header states ("cycle day 6 (follicular phase)", "Fase: lútea",
    "Postmenopausal"), else None."""
    folded = fold(header)
    found = {phase for phase, pattern in PHASE.items() for match in pattern.finditer(folded)
             if not _DENIED.search(folded[max(0, match.start() - 6):match.start()])
             and not _ANSWERED_NO.match(folded, match.end())}
    return found.pop() if len(found) == 1 else None


def collection_hour(header: str) -> int | None:
    """The hour (0–23) the sample was collected, as the header prints it, else None."""
    match = _COLLECTED_AT.search(header)
    if match is None:
        return None
    hour = int(match["hour"])
    if match["half"]:
        hour = hour % 12 + (12 if match["half"].lower().startswith("p") else 0)
    return hour


def patient_age(text: str) -> float | None:
    """Age in years as the header prints it ("Idade: 45 anos", "(Age 29 yrs)"; a newborn's "Idade: 3 dias", an
    infant's "Age: 7 months"), else None."""
    match = _AGE.search(text[:4000])
    if match is None or int(match["count"]) >= 130:
        return None
    return int(match["count"]) * in_years(match["unit"] or "years")
