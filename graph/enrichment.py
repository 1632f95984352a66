"""Everything derived from a document's text, written as one document version, and read back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.clock import day_ms, now_ms
from graph.documents import chunk_id
from graph.driver import GraphDriver
from nlp.facts import Analysis, Fact, Passage
from nlp.labs.result import LabResult
from nlp.sections import PassageIndex

Locate = Callable[[int, int], str | None]  # (page, offset) → id of the chunk holding it
_FACT_ATTRIBUTES = {"dose": "dose", "route": "route", "frequency": "frequency", "status": "medication_status",
                    "start": "started", "stop": "stopped", "reaction": "reaction", "severity": "severity",
                    "unit": "unit", "systolic": "systolic", "diastolic": "diastolic", "specialty": "specialty",
                    "encounter_type": "encounter_type", "date": "encounter_date", "professional": "professional"}


@dataclass(frozen=True)
class Written:
    version: int
    chunks: int
    facts: int
    labs: int


def replace(driver: GraphDriver, tenant_id: str, document_id: str, analysis: Analysis,
            embeddings: list[list[float]], terms: list[str]) -> Written | None:
    """Write one version of the document's derived graph, replacing the previous one; None when the
    document is gone or no longer has completed text. `embeddings` and `terms` (nlp.terms.indexed) are
    one per passage."""
    chunk_ids = [chunk_id(document_id, p.seq) for p in analysis.passages]
    passage_index = PassageIndex(analysis.passages)

    def locate(page: int, offset: int) -> str | None:
        position = passage_index.find(page, offset)
        return chunk_ids[position] if position is not None else None

    observed = analysis.collected_on or analysis.reported_on
    rows = driver.write(
        "enrichment/replace", tenant_id=tenant_id, document_id=document_id, now=now_ms(), language=analysis.language,
        title=analysis.title,
        collected_on=analysis.collected_on.isoformat() if analysis.collected_on else None,
        reported_on=analysis.reported_on.isoformat() if analysis.reported_on else None,
        observed_at=day_ms(observed) if observed else None,
        chunks=[_chunk(p, identifier, vector, words) for p, identifier, vector, words
                in zip(analysis.passages, chunk_ids, embeddings, terms, strict=True)],
        facts=[_fact(document_id, index, fact, locate) for index, fact in enumerate(analysis.facts)],
        labs=[_lab(document_id, index, lab, locate) for index, lab in enumerate(analysis.labs)],
    )
    return Written(**rows[0]) if rows else None


def _id(document_id: str, kind: str, index: int) -> str:
    """Deterministic ids: re-running the same version writes the same ids."""
    return str(uuid.uuid5(uuid.UUID(document_id), f"{kind}:{index}"))


def _chunk(passage: Passage, identifier: str, vector: list[float], terms: str) -> dict[str, Any]:
    return {"id": identifier, "seq": passage.seq, "page": passage.page, "start": passage.start, "end": passage.end,
            "section": passage.section, "text": passage.text, "embedding": vector, "terms": terms}


def _fact(document_id: str, index: int, fact: Fact, locate: Locate) -> dict[str, Any]:
    value = fact.attributes.get("value")
    row: dict[str, Any] = {
        "id": _id(document_id, "fact", index), "kind": fact.kind, "text": fact.text, "name": fact.name,
        "concept_key": fact.concept_key, "concept_kind": "condition" if fact.kind == "family_history" else fact.kind,
        "concept_name": fact.name, "code_system": fact.code_system, "code": fact.code, "page": fact.page,
        "start": fact.start, "end": fact.end, "extractor": fact.extractor, "confidence": fact.confidence,
        "status": fact.assertion.status, "negated": fact.assertion.negated, "historical": fact.assertion.historical,
        "hypothetical": fact.assertion.hypothetical, "family": fact.assertion.family,
        "uncertain": fact.assertion.uncertain, "value": value if isinstance(value, float) else None,
        "value_text": None if value is None else str(value), "chunk_id": locate(fact.page, fact.start),
    }
    for source, target in _FACT_ATTRIBUTES.items():
        row[target] = fact.attributes.get(source)
    row["observed_at"] = day_ms(date.fromisoformat(str(row["encounter_date"]))) if row["encounter_date"] else None
    return row


def _lab(document_id: str, index: int, lab: LabResult, locate: Locate) -> dict[str, Any]:
    return {
        "id": _id(document_id, "lab", index), "marker_key": lab.marker.key, "loinc": lab.loinc,
        "marker_loinc": lab.marker.loinc, "flag_corrected": lab.flag_corrected, "comparator": lab.comparator,
        "unconverted": lab.unconverted,
        "marker_name_en": lab.marker.name_en, "marker_name_pt": lab.marker.name_pt, "printed_name": lab.printed_name,
        "value": lab.value, "value_text": lab.value_text, "qualitative": lab.qualitative, "unit": lab.unit,
        "canonical_value": lab.canonical_value, "canonical_unit": lab.canonical_unit, "ref_low": lab.ref_low,
        "ref_high": lab.ref_high, "ref_text": lab.ref_text, "canonical_low": lab.canonical_low,
        "canonical_high": lab.canonical_high, "printed_flag": lab.printed_flag,
        "printed_flag_raw": lab.printed_flag_raw, "computed_flag": lab.computed_flag, "flag": lab.flag,
        "page": lab.page,
        "start": lab.start, "end": lab.end, "confidence": lab.confidence, "needs_review": lab.needs_review,
        "chunk_id": locate(lab.page, lab.start), "observed_at": day_ms(lab.observed_on) if lab.observed_on else None,
    }


@dataclass(frozen=True)
class Source:
    """What enrichment reads: the stored passages and the document's effective type."""

    page_count: int
    document_type: str | None
    passages: list[Passage]
    storage_key: str | None = None
    data_key: str | None = None  # a partner's record: its `data` field, stored
    data_format: str | None = None
    data_type: str | None = None


def source(driver: GraphDriver, tenant_id: str, document_id: str) -> Source | None:
    """None when the document has no completed text (failed, skipped, deleted meanwhile)."""
    rows = driver.read("enrichment/source", tenant_id=tenant_id, document_id=document_id)
    if not rows:
        return None
    row = rows[0]
    types = [t for t in row["link_types"] if t and t != "other"]
    return Source(page_count=row["page_count"] or 0, document_type=(types or [row["classified_type"]])[0],
                  passages=[Passage(**chunk) for chunk in row["chunks"]], storage_key=row.get("storage_key"),
                  data_key=row.get("data_key"), data_format=row.get("data_format"), data_type=row.get("data_type"))


def document_facts(driver: GraphDriver, tenant_id: str, document_id: str) -> list[dict[str, Any]]:
    """Every fact and lab result of one document, with its provenance (for reads and tests)."""
    return [row["fact"] for row in driver.read("enrichment/document_facts", tenant_id=tenant_id,
                                               document_id=document_id)]


def version(driver: GraphDriver, tenant_id: str, document_id: str) -> int | None:
    """How many times the document's derived graph was written (None: never, or no such document)."""
    rows = driver.read("enrichment/version", tenant_id=tenant_id, document_id=document_id)
    return rows[0]["version"] if rows else None


def fact_document(driver: GraphDriver, tenant_id: str, patient_id: str, fact_id: str) -> str | None:
    """The id of the patient's active document a fact comes from; None if it is none of theirs."""
    rows = driver.read("enrichment/fact_document", tenant_id=tenant_id, patient_id=patient_id, fact_id=fact_id)
    return rows[0]["document_id"] if rows else None
