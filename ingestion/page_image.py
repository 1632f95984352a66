"""A stored document's page as an image for the source viewer, with the text of the facts taken from it
highlighted (PDF pages are rendered by PyMuPDF; an uploaded PNG or JPEG is its own page)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ingestion import filetypes

ZOOM = 1.5  # 108 DPI: legible on screen, small enough to send
MAX_PHRASES = 200


class NoImage(ValueError):
    """The document has no page image (text, Word, DICOM), or not that page."""


def page_png(path: Path, mime_type: str, page_number: int, phrases: list[str]) -> tuple[bytes, str]:
    """(image bytes, MIME type) of page `page_number` (from 1)."""
    if mime_type in (filetypes.PNG, filetypes.JPEG):
        if page_number != 1:
            raise NoImage("an image has one page")
        return path.read_bytes(), mime_type
    if mime_type != filetypes.PDF:
        raise NoImage("no page image for this type")
    with pymupdf.open(path) as document:
        if not 1 <= page_number <= document.page_count:
            raise NoImage("no such page")
        page = document[page_number - 1]
        for phrase in dict.fromkeys(p for p in phrases[:MAX_PHRASES] if p.strip()):
            for rect in page.search_for(phrase):
                page.add_highlight_annot(rect)
        return page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), annots=True).tobytes("png"), filetypes.PNG
