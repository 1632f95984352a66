"""One document's text → everything the graph keeps about it: passages, facts and lab results."""

from __future__ import annotations

import re

from nlp.entities import extract_entities
from nlp.facts import Analysis, Passage
from nlp.labs.parser import parse_lab_report
from nlp.sections import passages
from nlp.text import fold, language
from nlp.vitals import extract_vitals

LAB_TYPES = frozenset({"lab_report"})
# Words for each fact kind in both languages: appended to a passage's embedding input so a question in
# either language ("which drugs…", "quais remédios…") meets passages that mention that kind of fact.
KIND_WORDS = {
    "medication": "medication drug medicine medicamento remédio", "condition": "condition disease diagnosis doença diagnóstico",
    "family_history": "family history história familiar", "symptom": "symptom complaint sintoma queixa",
    "procedure": "procedure exam procedimento exame", "allergy": "allergy alergia", "vital": "vital signs sinais vitais",
    "lifestyle": "lifestyle habits hábitos de vida", "social": "social history história social",
    "lab_result": "lab test result exame laboratorial resultado",
}


def analyse(pages: list[str], document_type: str | None) -> Analysis:
    """Lab rows go through the dedicated lab flow for lab reports; every document gets entities."""
    lang = language("\n".join(pages))
    facts = []
    for number, page in enumerate(pages, start=1):
        if page.strip():
            facts += extract_entities(page, lang, number)
            facts += extract_vitals(page, lang, number)
    labs, collected, reported = [], None, None
    if document_type in LAB_TYPES:
        report = parse_lab_report(pages)
        labs, collected, reported = report.results, report.collected_on, report.reported_on
    return Analysis(language=lang, passages=passages(pages), facts=facts, labs=labs, collected_on=collected,
                    reported_on=reported)


def warm_up() -> None:
    """Build both languages' matchers before the first job (they take seconds to compile)."""
    for lang in ("en", "pt"):
        extract_entities("warm-up", lang, 1)

# Question words that ask for one kind of fact (accent-folded stems), for search re-ranking.
_ASKED = {
    "medication": re.compile(r"\b(drugs?|medications?|medicines?|meds|prescri\w*|remedios?|medicamentos?|medicac\w*)\b"),
    "condition": re.compile(r"\b(diagnos\w*|diseases?|conditions?|problems?|doencas?|comorbidades?)\b"),
    "allergy": re.compile(r"\b(allerg\w*|alergi\w*|alergic\w*)\b"),
    "lab_result": re.compile(r"\b(labs?|laboratory|blood tests?|exames?|laborator\w*|hemograma|blood count)\b"),
    "symptom": re.compile(r"\b(symptoms?|complaints?|sintomas?|queixas?)\b"),
    "vital": re.compile(r"\b(vitals?|vital signs|sinais vitais)\b"),
}


def asked_kinds(question: str) -> list[str]:
    """The fact kinds a search question asks about ("which drugs…" → medication)."""
    folded = fold(question)
    return [kind for kind, pattern in _ASKED.items() if pattern.search(folded)]


def embedding_inputs(analysis: Analysis) -> list[str]:
    """What is embedded for each passage: its text, then the names and kinds of the facts found in it
    (English and Portuguese names), which carries meaning across the two languages."""
    inputs = []
    for passage in analysis.passages:
        found = [f for f in analysis.facts if _inside(passage, f.page, f.start)]
        labs = [lab for lab in analysis.labs if _inside(passage, lab.page, lab.start)]
        words = {KIND_WORDS.get(f.kind, f.kind) + ": " + f.name for f in found}
        words |= {f"{KIND_WORDS['lab_result']}: {lab.marker.name_en} {lab.marker.name_pt}" for lab in labs}
        inputs.append(passage.text.strip() + ("\n" + "; ".join(sorted(words)) if words else ""))
    return inputs


def _inside(passage: Passage, page: int, offset: int) -> bool:
    return passage.page == page and passage.start <= offset < passage.end
