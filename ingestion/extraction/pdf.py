"""PDF: the text layer with PyMuPDF; pages without a usable one are rendered and OCR'd."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf

from ingestion.extraction import Extracted, ExtractionError
from ingestion.extraction.ocr import read_text

MAX_PAGES = 2_000
OCR_DPI = 150
MAX_RENDER_PIXELS = 40_000_000
MIN_TEXT_CHARS = 20  # fewer printable characters than this: treat the page as a scan


def usable(text: str) -> bool:
    """A text layer is usable when it has enough real characters (not replacement glyphs)."""
    printable = sum(1 for ch in text if ch.isalnum())
    broken = text.count("\ufffd")
    return printable >= MIN_TEXT_CHARS and broken < printable * 0.1


def _render(page: pymupdf.Page) -> np.ndarray:
    zoom = OCR_DPI / 72
    width, height = page.rect.width * zoom, page.rect.height * zoom
    if width * height > MAX_RENDER_PIXELS:
        zoom *= (MAX_RENDER_PIXELS / (width * height)) ** 0.5
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width)


@dataclass(frozen=True)
class PdfBatch:
    """Some consecutive pages of a PDF, and how many of them had to be OCR'd."""

    first: int
    pages: list[str]
    ocr_pages: int
    page_count: int  # of the whole document

    @property
    def end(self) -> int:
        return self.first + len(self.pages)


def engine_for(ocr_pages: int, pages: int) -> str:
    return "pymupdf" if ocr_pages == 0 else ("rapidocr" if ocr_pages == pages else "pymupdf+rapidocr")


def read_batch(path: Path, first: int = 0, count: int | None = None) -> PdfBatch:
    """Pages `first`… (`count` of them, or to the end): a long scan is read in batches that each fit a
    step's time limit."""
    try:
        document = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise ExtractionError("PDF inválido ou corrompido.") from exc
    with document:
        if document.needs_pass:
            raise ExtractionError("PDF protegido por senha: não é possível extrair o texto.")
        if document.page_count == 0:
            raise ExtractionError("PDF sem páginas.")
        if document.page_count > MAX_PAGES:
            raise ExtractionError(f"PDF com {document.page_count} páginas excede o limite de {MAX_PAGES}.")
        last = document.page_count if count is None else min(document.page_count, first + count)
        pages, ocr_pages = [], 0
        try:
            for number in range(first, last):
                page = document[number]
                text = page.get_text("text", sort=True)
                if not usable(text):
                    text = read_text(_render(page))
                    ocr_pages += 1
                pages.append(text)
        except (RuntimeError, ValueError) as exc:
            raise ExtractionError(f"PDF corrompido na página {first + len(pages) + 1}.") from exc
        return PdfBatch(first=first, pages=pages, ocr_pages=ocr_pages, page_count=document.page_count)


def extract_pdf(path: Path) -> Extracted:
    batch = read_batch(path)
    return Extracted(pages=batch.pages, engine=engine_for(batch.ocr_pages, len(batch.pages)),
                     page_count=len(batch.pages))
