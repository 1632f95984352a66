"""One document's text → everything the graph keeps about it: passages, facts and lab results."""

from __future__ import annotations

from datetime import date

from nlp.encounters import extract_encounters
from nlp.entities import extract_entities
from nlp.facts import Analysis, Fact
from nlp.kinds import DOCUMENT_TYPE_WORDS, KIND_WORDS, date_words
from nlp.labs.parser import parse_lab_report
from nlp.labs.result import LabResult
from nlp.sections import BLANK_LINE, PassageIndex, passages, sections
from nlp.text import language
from nlp.vitals import extract_vitals

LAB_TYPES = frozenset({"lab_report"})
MAX_TITLE_CHARS = 80
HEADING_LINES = 5  # a clinic's name, its department, the patient, the date, then the exam's or note's name
MAX_HEADING_CHARS = 400
_HEADING_KINDS = frozenset({"procedure", "encounter"})  # facts a heading may hold: the exam, the visit


def analyse(pages: list[str], document_type: str | None) -> Analysis:
    """Lab rows go through the dedicated lab flow for lab reports; every document gets entities."""
    lang = language("\n".join(pages))
    facts = []
    for number, page in enumerate(pages, start=1):
        if page.strip():
            facts += extract_entities(page, lang, number)
            facts += extract_vitals(page, lang, number)
            facts += extract_encounters(page, lang, number)
    labs, collected, reported = [], None, None
    if document_type in LAB_TYPES:
        report = parse_lab_report(pages)
        labs, collected, reported = report.results, report.collected_on, report.reported_on
        facts = [fact for fact in facts if not (fact.kind == "medication" and _in_lab_result(fact, labs))]
    return Analysis(language=lang, passages=passages(pages), facts=facts, labs=labs, collected_on=collected,
                    title=_title(pages), heading=_heading(pages, facts, labs), document_type=document_type,
                    reported_on=reported or _own_encounter_date(facts))


def _in_lab_result(fact: Fact, labs: list[LabResult]) -> bool:
    """An analyte's name in a lab result ("Potássio 4,5 mEq/L") is the result, not a drug taken."""
    return any(lab.page == fact.page and lab.start <= fact.start < lab.end for lab in labs)


def _own_encounter_date(facts: list[Fact]) -> date | None:
    """A note's date is its header's visit date: the facts it states were observed then."""
    return next((date.fromisoformat(str(fact.attributes["date"])) for fact in facts
                 if fact.kind == "encounter" and fact.attributes.get("encounter_type") == "document"
                 and fact.attributes.get("date")), None)


def warm_up() -> None:
    """Build both languages' matchers before the first job (they take seconds to compile)."""
    for lang in ("en", "pt"):
        extract_entities("warm-up", lang, 1)


def _title(pages: list[str]) -> str | None:
    first = next((line.strip() for page in pages for line in page.splitlines() if line.strip()), None)
    return first[:MAX_TITLE_CHARS] if first else None


def _heading(pages: list[str], facts: list[Fact], labs: list[LabResult]) -> str | None:
    """The first page's lines above its first blank line, its first section and its first clinical fact or
    result (an exam's name is a procedure, a visit's date an encounter: both may head it): never the body of
    a note or a report."""
    number, page = next(((number, page) for number, page in enumerate(pages, start=1) if page.strip()), (1, ""))
    blank = BLANK_LINE.search(page, len(page) - len(page.lstrip()))
    end = min([next((start for start, name in sections(page) if name is not None), len(page)),
               blank.start() if blank else len(page),
               *(fact.start for fact in facts if fact.page == number and fact.kind not in _HEADING_KINDS),
               *(lab.start for lab in labs if lab.page == number)])
    lines = [line.strip() for line in page[:page.rfind("\n", 0, end) + 1].splitlines() if line.strip()]
    return " ".join(lines[:HEADING_LINES])[:MAX_HEADING_CHARS] or None


def embedding_inputs(analysis: Analysis) -> list[str]:
    """What is embedded for each passage: its text, then the names and kinds of the facts found in it
    (English and Portuguese names), which carries meaning across the two languages. A lab result's names go
    to every passage its block runs through: its name may end one passage and its value start the next."""
    index = PassageIndex(analysis.passages)
    words: list[set[str]] = [set() for _ in analysis.passages]
    for fact in analysis.facts:
        if (position := index.find(fact.page, fact.start)) is not None:
            words[position].add(f"{KIND_WORDS.get(fact.kind, fact.kind)}: {' / '.join((fact.name, *fact.aliases))}")
    for lab in analysis.labs:
        for position in index.covering(lab.page, lab.start, lab.end):
            words[position].add(f"{KIND_WORDS['lab_result']}: {lab.marker.name_en} {lab.marker.name_pt}")
    return [passage.text.strip() + ("\n" + "; ".join(sorted(found)) if found else "")
            for passage, found in zip(analysis.passages, words, strict=True)]


def search_inputs(analysis: Analysis, embedded: list[str]) -> list[str]:
    """What each passage's search terms come from: what was embedded, and where the passage sits (the
    document's heading, type and date in words, its section). The impression of a chest X-ray says only
    "right lower lobe pneumonia"; its document's heading says which exam it was, often below the clinic's
    name, and "exames de março de 2023" asks by the date. Kept out of the embedding input, whose length is
    the embedding's cost."""
    dated = analysis.collected_on or analysis.reported_on
    where = "; ".join(part for part in (analysis.heading, DOCUMENT_TYPE_WORDS.get(analysis.document_type or ""),
                                        dated and date_words(dated)) if part)
    return [f"{text}\n{where}; {passage.section or ''}" for passage, text in zip(analysis.passages, embedded,
                                                                               strict=True)]
