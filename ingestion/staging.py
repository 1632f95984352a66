"""Work in progress on one document, kept durably under the data dir between pipeline steps and removed when the
document's graph is written: the pages of a long PDF read so far, batch by batch (a worker that dies mid-document
resumes at the next batch, not at page one), and the passages the extraction cut, which classification and
enrichment read from here (text passes from step to step once, and chunks are written to the graph once, with
their embeddings)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ingestion.extraction.pdf import PdfBatch
from nlp.facts import Passage

PASSAGES = "passages.json"


def _directory(data_dir: Path, tenant_id: str, document_id: str) -> Path:
    """Laid out like the stored files (`files/<tenant>/<xx>/<document>`), from ids the graph gave."""
    for part in (tenant_id, document_id):
        if not part or "/" in part or part.startswith("."):
            raise ValueError("malformed id")
    return data_dir / "staging" / tenant_id / document_id[:2] / document_id


def _write(directory: Path, name: str, content: Any) -> None:
    """Atomically (fsynced, then renamed): a crash never leaves half a file."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=directory, prefix=".staging-")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(content, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, directory / name)


def stage(data_dir: Path, tenant_id: str, document_id: str, batch: PdfBatch) -> None:
    _write(_directory(data_dir, tenant_id, document_id), f"pages-{batch.first:06d}.json",
           {"first": batch.first, "pages": batch.pages, "ocr_pages": batch.ocr_pages, "page_count": batch.page_count})


def staged(data_dir: Path, tenant_id: str, document_id: str) -> list[PdfBatch]:
    """The batches staged so far, in page order."""
    directory = _directory(data_dir, tenant_id, document_id)
    return [PdfBatch(**json.loads(path.read_text(encoding="utf-8"))) for path in sorted(directory.glob("pages-*"))]


def joined(batches: list[PdfBatch]) -> PdfBatch | None:
    """The whole document, if the batches cover every page exactly once in order; None if one is missing."""
    if not batches or batches[0].first != 0 or batches[-1].end != batches[-1].page_count:
        return None
    if any(nxt.first != cur.end for cur, nxt in zip(batches, batches[1:], strict=False)):
        return None
    return PdfBatch(first=0, pages=[page for batch in batches for page in batch.pages],
                    ocr_pages=sum(batch.ocr_pages for batch in batches), page_count=batches[-1].page_count)


def stage_passages(data_dir: Path, tenant_id: str, document_id: str, passages: list[Passage]) -> None:
    _write(_directory(data_dir, tenant_id, document_id), PASSAGES, [vars(passage) for passage in passages])


def staged_passages(data_dir: Path, tenant_id: str, document_id: str) -> list[Passage] | None:
    """The extraction's passages, or None once the document's graph holds them (or for a document never staged)."""
    path = _directory(data_dir, tenant_id, document_id) / PASSAGES
    try:
        return [Passage(**item) for item in json.loads(path.read_text(encoding="utf-8"))]
    except FileNotFoundError:
        return None


def discard(data_dir: Path, tenant_id: str, document_id: str) -> None:
    shutil.rmtree(_directory(data_dir, tenant_id, document_id), ignore_errors=True)
