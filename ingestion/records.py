"""A partner's record on disk: its file and its `data` field, stored beside each other, read back as pages.

`data` is report text, JSON, or structured lab results; it becomes the record's last page (structured
results as one line each, what their offsets point at), after the file's pages when there is a file.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingestion.extraction import Extracted, ExtractionError, extract
from ingestion.storage import Incoming, StoredFile, path_of, sha256_of
from nlp.labs.structured import StructuredLabs, is_structured, read_structured

LAB_RESULTS = "lab_results"
TEXT, JSON = "text", "json"
MAX_DATA_VALUES = 1_000_000  # about 100 MB as Python objects and text lines
MAX_DATA_DEPTH = 100  # FHIR Bundles nest about 8 deep


@dataclass(frozen=True)
class StoredRecord:
    file: StoredFile | None
    data: StoredFile | None


@dataclass(frozen=True)
class RecordFiles:
    """Where a record's parts are and what its data is."""

    storage_key: str | None
    data_key: str | None
    data_format: str | None
    data_type: str | None


def data_id(record_id: str) -> str:
    """The stored `data` field's own id, derived from the record's."""
    return str(uuid.uuid5(uuid.UUID(record_id), "data"))


def store(data_dir: Path, tenant_id: str, record_id: str, file: bytes | None, data: bytes | None) -> StoredRecord:
    """Both parts made durable (fsync'd) before the record is written to the graph."""
    return StoredRecord(_store(data_dir, tenant_id, record_id, file), _store(data_dir, tenant_id, data_id(record_id), data))


def remove(data_dir: Path, stored: StoredRecord) -> None:
    """Undo `store` for a record that was not accepted after all."""
    for part in (stored.file, stored.data):
        if part is not None:
            path_of(data_dir, part.key).unlink(missing_ok=True)


def _store(data_dir: Path, tenant_id: str, identifier: str, content: bytes | None) -> StoredFile | None:
    if content is None:
        return None
    with Incoming(data_dir, tenant_id, identifier) as incoming:
        incoming.write(content)
        return incoming.commit()


def extract_record(data_dir: Path, files: RecordFiles, mime_type: str) -> tuple[Extracted, list[dict[str, Any]]]:
    """The file's pages then the data's page, and the structured results that could not be read."""
    pages: list[str] = []
    extracted = None
    if files.storage_key is not None:
        extracted = extract(path_of(data_dir, files.storage_key), mime_type)
        pages = list(extracted.pages)
    rejected: list[dict[str, Any]] = []
    if files.data_key is not None:
        data_path = path_of(data_dir, files.data_key)
        structured = _structured(data_path, files, page=len(pages) + 1)
        if structured is not None:
            rejected = [{"index": r.index, "reason": r.reason} for r in structured.rejected]
            if not structured.results:
                reasons = "; ".join(f"#{r.index}: {r.reason}" for r in structured.rejected[:3])
                raise ExtractionError(f"Nenhum resultado de exame pôde ser lido ({reasons}).")
            pages.append(structured.text)
        else:
            pages.append(_data_text(data_path, files.data_format))
        if extracted is None:
            extracted = Extracted(pages=pages, engine="data", page_count=len(pages), sha256=sha256_of(data_path))
    if extracted is None:
        raise ExtractionError("O registro não tem arquivo nem dados.")
    return Extracted(pages=pages, engine=extracted.engine, page_count=len(pages), sha256=extracted.sha256), rejected


def structured_labs(data_dir: Path, files: RecordFiles, page: int) -> StructuredLabs | None:
    """The record's structured lab results (its data page is `page`), None when it has none."""
    if files.data_key is None:
        return None
    return _structured(path_of(data_dir, files.data_key), files, page)


def _structured(data_path: Path, files: RecordFiles, page: int) -> StructuredLabs | None:
    if files.data_format != JSON or files.data_type != LAB_RESULTS:
        return None
    data = _json(data_path.read_bytes())
    return read_structured(data, page) if is_structured(data) else None


def _data_text(data_path: Path, data_format: str | None) -> str:
    raw = data_path.read_bytes()
    if data_format == JSON:
        return "\n".join(_json_lines(_json(raw)))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractionError("Dados do registro não estão em UTF-8.") from exc


def _json(raw: bytes) -> Any:
    """The data's JSON, within MAX_DATA_VALUES and MAX_DATA_DEPTH: 32 MB of `[0,0,…]` took 1.3 GB as Python
    objects and lines, and the reader recurses once per level."""
    if raw.count(b",") >= MAX_DATA_VALUES:  # a comma separates each two values (or sits in a string)
        raise ExtractionError(f"Dados JSON grandes demais: mais de {MAX_DATA_VALUES} valores.")
    try:
        data = json.loads(raw)
    except RecursionError as exc:
        raise ExtractionError(f"Dados JSON aninhados demais (limite de {MAX_DATA_DEPTH} níveis).") from exc
    except ValueError as exc:  # invalid JSON or UTF-8
        raise ExtractionError("Dados JSON do registro inválidos.") from exc
    if _depth(data) > MAX_DATA_DEPTH:
        raise ExtractionError(f"Dados JSON aninhados demais (limite de {MAX_DATA_DEPTH} níveis).")
    return data


def _depth(value: Any) -> int:
    """How deep objects and arrays nest in `value`, found without recursion."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _json_lines(value: Any, indent: str = "") -> list[str]:
    """JSON a partner sent as a record, as readable `key: value` lines for the NLP and the reader."""
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list):
                lines.append(f"{indent}{key}:")
                lines.extend(_json_lines(item, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {_scalar(item)}")
        return lines
    if isinstance(value, list):
        return [line for item in value for line in _json_lines(item, indent)]
    return [f"{indent}{_scalar(value)}"]


def _scalar(value: Any) -> str:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
