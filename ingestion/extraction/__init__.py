"""File → text, page by page. Every failure is an ExtractionError whose message a user can read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ingestion.storage import sha256_of


class ExtractionError(Exception):
    """This file cannot be read (malformed, encrypted, too large when decoded): fail it, don't retry."""


@contextmanager
def unreadable(message: str) -> Iterator[None]:
    """Around a third-party parser reading the file's bytes: whatever it raises (zlib.error, lxml's
    XMLSyntaxError, pydicom's NotImplementedError, a RecursionError on deep nesting…) is the file's fault,
    so the document fails with `message` instead of the worker retrying it. BaseException (a step's time
    limit, a shutdown) passes through."""
    try:
        yield
    except ExtractionError:
        raise
    except Exception as exc:
        raise ExtractionError(message) from exc


@dataclass(frozen=True)
class Extracted:
    """Text per page (a page may be empty), how it was obtained, and metadata for files without text."""

    pages: list[str]
    engine: str
    page_count: int | None
    metadata: dict[str, Any] = field(default_factory=dict)
    sha256: str | None = None  # of the file this was read from

    @property
    def has_text(self) -> bool:
        return any(page.strip() for page in self.pages)


def extract(path: Path, mime_type: str) -> Extracted:
    """The file's text, and its digest once it proved readable."""
    return replace(_read(path, mime_type), sha256=sha256_of(path))


def _read(path: Path, mime_type: str) -> Extracted:
    """Dispatch on the sniffed MIME type; imports are lazy so the API process never loads OCR models."""
    from ingestion import filetypes

    if mime_type == filetypes.PDF:
        from ingestion.extraction.pdf import extract_pdf
        return extract_pdf(path)
    if mime_type in (filetypes.PNG, filetypes.JPEG):
        from ingestion.extraction.images import extract_image
        return extract_image(path)
    if mime_type == filetypes.DOCX:
        from ingestion.extraction.office import extract_docx
        return extract_docx(path)
    if mime_type == filetypes.DOC:
        from ingestion.extraction.office import extract_doc
        return extract_doc(path)
    if mime_type == filetypes.DICOM:
        from ingestion.extraction.dicom import read_dicom
        return read_dicom(path)
    raise ExtractionError(f"Tipo de arquivo não suportado: {mime_type}.")
