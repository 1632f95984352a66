"""What a lab report's header says about the patient that changes how results read: the sex, which
picks the reference range of reports that print one per sex."""

from __future__ import annotations

import re

_SEX = re.compile(r"(?i)\b(?:sexo|sex|g[eê]nero|gender)\s*[:\-/]?\s*(?P<value>feminino|masculino|female|male|fem|masc|f|m)\b")
_FEMALE = frozenset({"feminino", "female", "fem", "f"})


def patient_sex(text: str) -> str | None:
    """"female" or "male" as the header prints it, else None."""
    match = _SEX.search(text[:4000])
    if match is None:
        return None
    return "female" if match["value"].lower() in _FEMALE else "male"
