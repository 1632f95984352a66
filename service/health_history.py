"""Health History entries: each record's status, clinical date and a short summary of what it added,
in the center's language ("Hemograma: 14 resultados, 2 alterados (Hemoglobina 11,6 g/dL L, …)")."""

from __future__ import annotations

from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from graph.clock import from_ms
from graph.records import HistoryEntry
from nlp.labs.catalog import display_name
from schema.documents import DocumentType
from schema.health_history import HealthRecord
from schema.medical_data import LAB_RESULTS, RecordStatus

MAX_ITEMS = 6
MAX_HEADING = 60  # a longer first line is prose, not the document's heading
MAX_ABNORMAL = 3
_WORDS: dict[str, dict[str, Any]] = {
    "pt-BR": {
        "processing": "Em processamento.", "failed": "Não processado: {error}", "nothing": "sem achados clínicos",
        "results": "{n} resultado(s)", "abnormal": "{n} alterado(s)", "new": "nova", "allergy": "alergia a {name}",
        "medication": {"active": "iniciado", "stopped": "suspenso"}, "lab_results": "Exames laboratoriais",
        "types": {"clinical_note": "Nota clínica", "consent_form": "Termo de consentimento",
                  "exam_result": "Resultado de exame", "imaging": "Exame de imagem", "insurance_doc": "Convênio",
                  "lab_report": "Exames laboratoriais", "other": "Documento", "prescription": "Receita",
                  "referral": "Encaminhamento"},
    },
    "en": {
        "processing": "Being processed.", "failed": "Not processed: {error}", "nothing": "no clinical findings",
        "results": "{n} result(s)", "abnormal": "{n} abnormal", "new": "new", "allergy": "allergy to {name}",
        "medication": {"active": "started", "stopped": "stopped"}, "lab_results": "Lab results",
        "types": {"clinical_note": "Clinical note", "consent_form": "Consent form", "exam_result": "Exam result",
                  "imaging": "Imaging", "insurance_doc": "Insurance document", "lab_report": "Lab results",
                  "other": "Document", "prescription": "Prescription", "referral": "Referral"},
    },
}


def status_of(document: dict[str, Any]) -> tuple[RecordStatus, str | None]:
    """pending → processing → completed, or failed with the reason (unreadable file, analysis that could not run)."""
    error = document.get("ocr_error") or document.get("enrichment_error")
    if error:
        return RecordStatus.failed, error
    raw = document.get("ocr_status") or "pending"
    return (RecordStatus.completed, None) if raw == "skipped" else (RecordStatus(raw), None)


def record(entry: HistoryEntry, first_seen: dict[str, int], language: str, timezone: str) -> HealthRecord:
    link, document = entry.link, entry.document
    status, error = status_of(document)
    from_document = entry.clinical_at != document["created_at"]
    received = from_ms(document["created_at"])
    assert received is not None
    clinical = from_ms(entry.clinical_at)
    assert clinical is not None
    clinical_day = clinical.astimezone(UTC if from_document else ZoneInfo(timezone)).date()
    title = _title(link, document, language)
    return HealthRecord(
        record_id=document["id"], source="medical_data" if document.get("source") == "medical_data" else "upload",
        data_type=link.get("data_type"), document_type=link["document_type"],
        document_id=link.get("partner_document_id"), version=link.get("version") or 1, status=status, error=error,
        current=bool(link.get("is_active")) and not link.get("superseded"), superseded=bool(link.get("superseded")),
        clinical_date=clinical_day, clinical_date_from_document=from_document, received_at=received, title=title,
        summary=summary(entry, first_seen, status, error, title, language),
    )


def summary(entry: HistoryEntry, first_seen: dict[str, int], status: RecordStatus, error: str | None, title: str,
            language: str) -> str:
    words = _WORDS[language]
    if status == RecordStatus.failed:
        return f"{title}: {words['failed'].format(error=error)}"
    if status != RecordStatus.completed:
        return f"{title}: {words['processing']}"
    parts = _lab_parts(entry.facts, language) + _fact_parts(entry, first_seen, language)
    if len(parts) > MAX_ITEMS:
        parts = [*parts[:MAX_ITEMS], "…"]
    return f"{title}: {', '.join(parts) or words['nothing']}"


def _title(link: dict[str, Any], document: dict[str, Any], language: str) -> str:
    """The document's own heading when it has one; else what the partner called it; else its type."""
    words = _WORDS[language]
    heading = (document.get("title") or "").strip()
    if heading and len(heading) <= MAX_HEADING:
        return heading.capitalize() if heading.isupper() else heading
    data_type = link.get("data_type")
    if data_type == LAB_RESULTS:
        return str(words["lab_results"])
    if data_type and data_type not in DocumentType.__members__:
        return data_type.replace("_", " ").strip().capitalize()
    return str(words["types"].get(link.get("document_type"), words["types"]["other"]))


def _lab_parts(facts: list[dict[str, Any]], language: str) -> list[str]:
    words = _WORDS[language]
    labs = [f for f in facts if f.get("kind") == "lab_result"]
    if not labs:
        return []
    abnormal = [f for f in labs if f.get("flag") not in (None, "N")]
    counted = words["results"].format(n=len(labs))
    if not abnormal:
        return [counted]
    shown = ", ".join(_lab(f, language) for f in abnormal[:MAX_ABNORMAL]) + (", …" if len(abnormal) > MAX_ABNORMAL else "")
    return [f"{counted}, {words['abnormal'].format(n=len(abnormal))} ({shown})"]


def _lab(fact: dict[str, Any], language: str) -> str:
    value = str(fact.get("value_text") or "")
    if language == "pt-BR":
        value = value.replace(".", ",") if value.replace(".", "", 1).isdigit() else value
    name = display_name(fact["marker_key"], "pt" if language == "pt-BR" else "en")
    return " ".join(part for part in (name, value, fact.get("unit"), fact.get("flag")) if part)


def _fact_parts(entry: HistoryEntry, first_seen: dict[str, int], language: str) -> list[str]:
    words = _WORDS[language]
    parts: list[str] = []
    seen: set[str] = set()
    for fact in entry.facts:
        kind, key = fact.get("kind"), fact.get("concept_key")
        if kind not in ("condition", "medication", "allergy") or key in seen:
            continue
        if fact.get("negated") or fact.get("family") or fact.get("hypothetical") or fact.get("uncertain"):
            continue
        seen.add(key)
        name = fact.get("name") or ""
        if kind == "allergy":
            parts.append(words["allergy"].format(name=name))
        elif kind == "condition" and not fact.get("historical"):
            new = first_seen.get(key, entry.clinical_at) >= entry.clinical_at
            parts.append(f"{name} ({words['new']})" if new else name)
        elif kind == "medication":
            detail = " ".join(part for part in (name, fact.get("dose"), fact.get("frequency")) if part)
            tag = words["medication"].get(fact.get("medication_status") or "")
            parts.append(f"{detail} ({tag})" if tag else detail)
    return parts


