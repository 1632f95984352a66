"""What a lab report's header says about the patient that changes how results read: the sex, which
picks the reference range of reports that print one per sex."""

from __future__ import annotations

import re

_SEX = re.compile(r"(?i)\b(?:sexo|sex|g[eê]nero|gender)\s*[:\-/]?\s*"
                  r"(?P<value>feminino|masculino|female|male|fem|masc|f|m)\b")
_FEMALE = frozenset({"feminino", "female", "fem", "f"})
_AGE = re.compile(r"(?i)\b(?:idade|age)\s*[:\-]?\s*(?P<years>\d{1,3})\s*(?:anos|a\b|years|yrs|y\b)?")


def patient_sex(text: str) -> str | None:
    """"female" or "male" as the header prints it, else None."""
    match = _SEX.search(text[:4000])
    if match is None:
        return None
    return "female" if match["value"].lower() in _FEMALE else "male"


def patient_age(text: str) -> int | None:
    """Age in years as the header prints it ("Idade: 45 anos", "(Age 29 yrs)"), else None."""
    match = _AGE.search(text[:4000])
    return int(match["years"]) if match and int(match["years"]) < 130 else None
