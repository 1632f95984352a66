"""Which drug-name matches are medications: the rules that keep analytes, units, section words and
ordinary words out of a patient's medication list.

- A name followed by a lab value ("Potássio 4,5 mEq/L", "Vitamina D 25-OH 18 ng/mL", "lítio sérico")
  is a lab analyte, not a drug.
- A name that is also a lab marker's ("ferritin", "insulina", "cálcio"), or a brand name or synonym
  that is also an ordinary word of the document's language ("Plano", "Atlas", "Frontal": Zipf frequency
  ≥ 3 in wordfreq, about once per million words), counts only with corroboration: a dose, route or
  frequency beside it, a medication section, or a use verb before it. Any other generic name needs none.
- A specimen's description ("Material: sangue total EDTA", "citrate tube") names no drug.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from nlp.facts import Fact
from nlp.labs.catalog import catalog
from nlp.sections import sections
from nlp.text import fold

ORDINARY_ZIPF = 3.0
_MEDICATION_SECTIONS = frozenset({"medications", "current medications", "discharge medications", "medicamentos em uso",
                                  "medicacoes em uso", "medicamentos", "prescricao"})
# After the name: a specimen or "level" word, or a value with a concentration unit (per volume) or a percentage
_LAB_AFTER = re.compile(
    r"\s*(?:\([^)]{0,20}\)\s*)?(?:(?:s[eé]ric[oa]|serum|plasm[aá]tic[oa]|plasma|levels?|n[ií]vel|dosagem|"
    r"i[oô]nic[oa]|ionizad[oa]|ionized|25-?oh|urin[aá]ri[oa]|urin[ea]|total|livre|free)\b"
    r"|[:=]?\s*(?:[<>≤≥]\s*)?\d[\d.,]*\s*(?:[a-zµμ]+\s*/\s*(?:d?l|ml|µl|ul|mm3|mm³|l)\b|%|u/l))",
    re.IGNORECASE)
# Before the name on its line: a verb of use or treatment, or an allergy cue (an allergen is named as a drug)
_SPECIMEN = re.compile(r"\b(?:material|amostra|specimen|sample|tubo|tube|coleta em|collected in)\b[^\n]*$",
                       re.IGNORECASE)
_TUBE_AFTER = re.compile(r"\s*(?:tube|tubo|plasma|anticoagulated|whole blood)\b", re.IGNORECASE)
_USE_BEFORE = re.compile(r"\b(?:em uso de|uso de|usa|usando|toma|tomando|prescrit[oa]|iniciad[oa]|suspens[oa]|"
                         r"tratad[oa] com|recebeu|recebendo|administrad[oa]|taking|takes|on|started|prescribed|"
                         r"continue|continuar|manter|mant[eé]m|treated with|given|receiving|received|"
                         r"allerg\w*|alergi\w*|al[eé]rgic[oa]|intoler[aâ]ncia)\b[^.\n]{0,40}$", re.IGNORECASE)


_sections = lru_cache(maxsize=4)(sections)  # one page's sections, for all its mentions


@lru_cache(maxsize=8192)
def ordinary_word(phrase: str, language: str) -> bool:
    return zipf_frequency(phrase, language) >= ORDINARY_ZIPF


def is_lab_analyte(text: str, fact: Fact) -> bool:
    """The name is followed by a lab value or a specimen word: a result, not a drug."""
    return bool(_LAB_AFTER.match(text, fact.end))


def corroborated(text: str, fact: Fact) -> bool:
    if any(fact.attributes.get(name) for name in ("dose", "route", "frequency")):
        return True
    section = next((name for start, name in reversed(_sections(text)) if start <= fact.start), None)
    if section in _MEDICATION_SECTIONS:
        return True
    line_start = text.rfind("\n", 0, fact.start) + 1
    return bool(_USE_BEFORE.search(text[line_start:fact.start]))


def is_medication(text: str, language: str, fact: Fact, generic: bool) -> bool:
    """Whether a medication match in `text` is kept."""
    if is_lab_analyte(text, fact) or _SPECIMEN.search(text[text.rfind("\n", 0, fact.start) + 1:fact.start]) \
            or _TUBE_AFTER.match(text, fact.end):
        return False
    if catalog().names(fact.text):
        return corroborated(text, fact)
    if generic or not ordinary_word(fold(fact.text), language):
        return True
    return corroborated(text, fact)
