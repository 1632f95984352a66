"""Consultations and encounters: the document's own (its header's department, date and professional)
and the ones it refers to ("referred to cardiology", "encaminhada à imunoalergologia")."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from nlp.facts import Assertion, Fact
from nlp.labs.dates import DATE, parse_date
from nlp.text import fold

_HEADER_DATE = re.compile(
    r"(?i)\b(?:date of (?:service|visit|admission|consultation)|admission date|visit date|encounter date|"
    r"consultation date|data d[ao] (?:consulta|atendimento|internação|internacao|admissão|admissao)|"
    r"data)\s*[:\-]?\s*\**\s*" + DATE)
_PROFESSIONAL = re.compile(
    r"(?i)\b(?:attending(?: physician)?|physician|provider|doctor|seen by|m[ée]dic[oa](?: respons[áa]vel| assistente)?|"
    r"profissional|assinado por|signed by)\s*[:\-]?\s*\**\s*((?:dr\.?|dra\.?)[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,3})")
_DEPARTMENT = re.compile(r"(?i)\b(?:department|specialty|service|clinic|especialidade|servi[çc]o|setor|ambulat[óo]rio)"
                         r"\s*[:\-]\s*\**\s*([^\n*]{3,60})")
_REFERRAL = re.compile(r"(?i)\b(?:referred to|referral to|refer to|follow[- ]up with|encaminhad[oa] (?:à|ao|a|para)|"
                       r"referenciad[oa] (?:à|ao|a|para)|retorno (?:com|na|no|em)|seguimento (?:com|na|no|em))"
                       r"(?:\s+(?:the|a|o|consulta de|consultation with|ambulatório de))*\s+")
_SEEN = re.compile(r"(?i)\b(?:seen (?:by|in)|evaluated by|consulta (?:de|com|na|no)|avaliad[oa] (?:pela|pelo))"
                   r"(?:\s+(?:the|a|o))*\s+")


@cache
def _specialties() -> dict[str, str]:
    """folded phrase → specialty name."""
    raw = tomllib.loads(files("nlp").joinpath("data/specialties.toml").read_text(encoding="utf-8"))
    return {fold(phrase): name for name, languages in raw.items() for phrases in languages.values()
            for phrase in phrases}


@cache
def _specialty_pattern() -> re.Pattern[str]:
    phrases = sorted(_specialties(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


def extract_encounters(text: str, language: str, page: int) -> list[Fact]:
    """The document's encounter (first page only: header fields) and the encounters it mentions."""
    folded = fold(text)
    facts: list[Fact] = []
    if page == 1:
        facts += _own_encounter(text, language)
    taken: set[int] = set()
    for cue, planned in ((_REFERRAL, True), (_SEEN, False)):  # "referred to the cardiology consult" is one referral
        for match in cue.finditer(folded):
            specialty = _specialty_pattern().match(folded, match.end())
            if specialty is not None and specialty.start() not in taken:
                taken.add(specialty.start())
                facts.append(_fact(text, page, specialty.start(), specialty.end(), _specialties()[specialty.group(1)],
                                   {"encounter_type": "referral" if planned else "consultation"},
                                   Assertion(hypothetical=planned)))
    return facts


def _own_encounter(text: str, language: str) -> list[Fact]:
    department = _DEPARTMENT.search(text)
    specialty = _specialty_pattern().search(fold(department.group(1))) if department else None
    date = _HEADER_DATE.search(text)
    professional = _PROFESSIONAL.search(text)
    if specialty is None and date is None:
        return []
    attributes: dict[str, str | float | None] = {"encounter_type": "document"}
    if date and (when := parse_date(date.group(1), language)):
        attributes["date"] = when.isoformat()
    if professional:
        attributes["professional"] = professional.group(1).strip()
    name = _specialties()[specialty.group(1)] if specialty else "Consultation"
    start, end = (department.start(1) + specialty.start(), department.start(1) + specialty.end()) if specialty \
        else (date.start(), date.end())
    return [_fact(text, 1, start, end, name, attributes | {"specialty": name if specialty else None}, Assertion())]


def _fact(text: str, page: int, start: int, end: int, specialty: str, attributes: dict[str, str | float | None],
          assertion: Assertion) -> Fact:
    return Fact(kind="encounter", text=text[start:end], name=specialty, code_system=None, code=None, page=page,
                start=start, end=end, extractor="encounter-rules", confidence=0.8, assertion=assertion,
                attributes={"specialty": specialty, **attributes})
