"""A document's stored text → what the graph keeps of it (facts, lab results, passages embedded and
indexed for search).

The enrichment step's work without the actor around it, so an evaluation runs exactly what the worker
runs. spaCy and torch load on first use: only worker processes (and evaluations) call this."""

from __future__ import annotations

from dataclasses import dataclass, replace

from graph.enrichment import Source
from nlp.facts import Analysis
from nlp.labs.structured import StructuredLabs
from nlp.sections import pages_from
from nlp.terms import indexed


@dataclass(frozen=True)
class Enriched:
    analysis: Analysis
    embeddings: list[list[float]]  # one per passage
    terms: list[str]  # one per passage, as nlp.terms.indexed stores them


def analyse_source(source: Source, structured: StructuredLabs | None = None) -> Enriched:
    """Raises on a fault in the clinical analysis itself (a deterministic fault: retrying cannot help).
    A partner's `structured` lab results are its record's lab results as sent: no value is read from text."""
    from nlp.embeddings import embed
    from nlp.pipeline import analyse, embedding_inputs, search_inputs

    analysis = analyse(pages_from(source.passages, source.page_count), source.document_type)
    if structured is not None:
        dates = [lab.observed_on for lab in structured.results if lab.observed_on is not None]
        analysis = replace(analysis, labs=structured.results,
                           facts=[fact for fact in analysis.facts if fact.page != source.page_count],
                           collected_on=analysis.collected_on or (max(dates) if dates else None),
                           title=analysis.title if source.storage_key else None,  # not a result line
                           heading=analysis.heading if source.storage_key else None)
    inputs = embedding_inputs(analysis)
    return Enriched(analysis, embed(inputs), [indexed(text) for text in search_inputs(analysis, inputs)])
