"""The pages of a long PDF read so far, batch by batch, kept durably beside its file until the last batch
is read: a worker that dies mid-document resumes at the next batch, not at page one."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from ingestion.extraction.pdf import PdfBatch
from ingestion.storage import path_of


def _directory(data_dir: Path, storage_key: str) -> Path:
    """`staging/…` mirrors the file's own (validated) key, so one patient's erasure finds both."""
    stored = path_of(data_dir, storage_key)
    return data_dir / "staging" / stored.relative_to(data_dir / "files")


def stage(data_dir: Path, storage_key: str, batch: PdfBatch) -> None:
    """Write one batch atomically (fsynced, then renamed): a crash never leaves half a batch."""
    directory = _directory(data_dir, storage_key)
    directory.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=directory, prefix=".batch-")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"first": batch.first, "pages": batch.pages, "ocr_pages": batch.ocr_pages,
                   "page_count": batch.page_count}, out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, directory / f"{batch.first:06d}.json")


def staged(data_dir: Path, storage_key: str) -> list[PdfBatch]:
    """The batches staged so far, in page order."""
    directory = _directory(data_dir, storage_key)
    if not directory.is_dir():
        return []
    return [PdfBatch(**json.loads(path.read_text(encoding="utf-8"))) for path in sorted(directory.glob("*.json"))]


def joined(batches: list[PdfBatch]) -> PdfBatch | None:
    """The whole document, if the batches cover every page exactly once in order; None if one is missing."""
    if not batches or batches[0].first != 0 or batches[-1].end != batches[-1].page_count:
        return None
    if any(nxt.first != cur.end for cur, nxt in zip(batches, batches[1:], strict=False)):
        return None
    return PdfBatch(first=0, pages=[page for batch in batches for page in batch.pages],
                    ocr_pages=sum(batch.ocr_pages for batch in batches), page_count=batches[-1].page_count)


def discard(data_dir: Path, storage_key: str) -> None:
    shutil.rmtree(_directory(data_dir, storage_key), ignore_errors=True)
