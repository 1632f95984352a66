"""Words for the kinds of facts, in both languages: what passages are embedded with, and what a search
question asks for. Import-light on purpose: the API process uses it without loading spaCy."""

from __future__ import annotations

import re
from datetime import date

from nlp.text import fold

# Words for each fact kind in both languages: appended to a passage's embedding input so a question in
# either language ("which drugs…", "quais remédios…") meets passages that mention that kind of fact.
KIND_WORDS = {
    "medication": "medication drug medicine medicamento remédio",
    "condition": "condition disease diagnosis doença diagnóstico",
    "family_history": "family history história familiar", "symptom": "symptom complaint sintoma queixa",
    "procedure": "procedure exam procedimento exame", "allergy": "allergy alergia",
    "vital": "vital signs sinais vitais",
    "lifestyle": "lifestyle habits hábitos de vida", "social": "social history história social",
    "lab_result": "lab test result exame laboratorial resultado",
}

# Month names in both languages: a document's date in words, so "exames de março de 2023" finds its passages.
MONTH_WORDS = ("january janeiro", "february fevereiro", "march março", "april abril", "may maio", "june junho",
               "july julho", "august agosto", "september setembro", "october outubro", "november novembro",
               "december dezembro")


def date_words(day: date) -> str:
    """A date as a question may name it: its month in both languages and its year."""
    return f"{MONTH_WORDS[day.month - 1]} {day.year}"


# Words for each document type in both languages, added to every passage of such a document.
DOCUMENT_TYPE_WORDS = {
    "lab_report": "lab report blood test results exame laboratorial resultados de exames",
    "imaging": "imaging exam radiology report exame de imagem laudo radiológico",
    "exam_result": "exam result test report resultado de exame laudo",
    "clinical_note": "clinical note consultation nota clínica consulta evolução",
    "prescription": "prescription medications receita prescrição medicamentos",
    "referral": "referral letter encaminhamento carta",
    "consent_form": "consent form termo de consentimento",
    "insurance_doc": "insurance health plan convênio plano de saúde",
}

# Question words that ask for one kind of fact (accent-folded stems), for search re-ranking.
_ASKED = {
    "medication": re.compile(r"\b(drugs?|medications?|medicines?|meds|prescri\w*|remedios?|medicamentos?|"
                             r"medicac\w*)\b"),
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
