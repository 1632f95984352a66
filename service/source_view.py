"""The source viewer: a record's pages as stored, the spans of the facts taken from each marked, and
which pages have an image of the original (PDF pages, uploaded images)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph import documents, enrichment
from graph.documents import LinkedDocument
from graph.driver import GraphDriver
from ingestion import filetypes
from nlp.sections import pages_from

IMAGE_TYPES = {filetypes.PDF, filetypes.PNG, filetypes.JPEG}


@dataclass(frozen=True)
class Part:
    text: str
    fact: str | None = None  # the fact whose span this is


@dataclass(frozen=True)
class Page:
    number: int
    image: bool
    parts: list[Part] = field(default_factory=list)


@dataclass(frozen=True)
class SourceView:
    linked: LinkedDocument
    facts: list[dict[str, Any]]
    pages: list[Page]


def build(graph: GraphDriver, tenant_id: str, patient_id: str, record_id: str) -> SourceView | None:
    linked = documents.get(graph, tenant_id, patient_id, record_id)
    if linked is None:
        return None
    document = linked.document
    passages = documents.chunks(graph, tenant_id, record_id)
    count = document.page_count or max((p.page for p in passages), default=0)
    texts = pages_from(passages, count) if passages else []
    facts = enrichment.document_facts(graph, tenant_id, record_id)
    image = document.mime_type in IMAGE_TYPES and bool(document.storage_key)
    pages = [Page(number, image, _parts(text, [f for f in facts if f.get("page") == number]))
             for number, text in enumerate(texts, start=1)]
    return SourceView(linked, facts, pages)


def _parts(text: str, facts: list[dict[str, Any]]) -> list[Part]:
    """The page's text cut around the facts' spans (an overlapping span is marked once, by the first)."""
    parts, position = [], 0
    for fact in sorted(facts, key=lambda f: (f.get("start") or 0, -(f.get("end") or 0))):
        start, end = fact.get("start"), fact.get("end")
        if start is None or end is None or start < position or end > len(text) or start >= end:
            continue
        parts.extend([Part(text[position:start]), Part(text[start:end], fact["id"])])
        position = end
    parts.append(Part(text[position:]))
    return [part for part in parts if part.text]


def highlight_phrases(view: SourceView, page: int) -> list[str]:
    """The facts' own words on one page, to find and highlight on its image."""
    return [part.text for p in view.pages if p.number == page for part in p.parts if part.fact]
