"""The PDF reader's child process: MuPDF's part of each batch of pages (each page's text layer, or its render
when the text layer is unusable), sent to the worker over a pipe, under an address-space limit.

MuPDF holds the GIL while it interprets a page, and a few kilobytes of nested form XObjects, or a deflated
content stream of many gigabytes, keep it interpreting for hours: in the worker that would stall every thread,
step time limits included. A child process can be killed (ingestion.extraction.pdf does, past PAGE_TIMEOUT_S).
Starting one (Python, then importing PyMuPDF) takes longer than reading a text PDF, so a child serves batch after
batch, of any documents, until it fails one or the worker retires it.
`python -m ingestion.extraction.pdf_pages FD PARENT_PID`: requests and replies on the socket FD.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import struct
import sys
from multiprocessing.connection import Connection

import pymupdf

from ingestion.extraction import ExtractionError, unreadable
from ingestion.extraction.pdf_text import page_text

MB = 1024 * 1024
ADDRESS_SPACE = 1536 * MB  # the child's virtual memory, MuPDF's allocations included (importing it takes 520 MB)
MAX_PAGES = 2_000
OCR_DPI = 150
MAX_RENDER_PIXELS = 40_000_000
MAX_PAGE_CHARS = 200_000  # a dense A4 page holds about 5,000; more is a content stream repeating its text
MIN_TEXT_CHARS = 20  # fewer printable characters than this: treat the page as a scan
PR_SET_PDEATHSIG = 1
# A request, one `send_bytes`: first page, count (0: to the end), then the file's path.
REQUEST = struct.Struct("<II")
# The replies, each one `send_bytes`: a kind byte, then its content. A batch is COUNT, its pages (TEXT or IMAGE),
# then DONE once the child is ready for the next request; or, at any point, ERROR, and the child exits.
COUNT, TEXT, IMAGE, ERROR, DONE = b"C", b"T", b"I", b"E", b"D"
IMAGE_SHAPE = struct.Struct("<II")  # height, width; the grey samples follow


def usable(text: str) -> bool:
    """A text layer is usable when it has enough real characters (not replacement glyphs)."""
    printable = sum(1 for ch in text if ch.isalnum())
    broken = text.count("\ufffd")
    return printable >= MIN_TEXT_CHARS and broken < printable * 0.1


def _render(page: pymupdf.Page) -> bytes:
    zoom = OCR_DPI / 72
    width, height = page.rect.width * zoom, page.rect.height * zoom
    if width * height > MAX_RENDER_PIXELS:
        zoom *= (MAX_RENDER_PIXELS / (width * height)) ** 0.5
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    return IMAGE + IMAGE_SHAPE.pack(pixmap.height, pixmap.width) + pixmap.samples


def _page(document: pymupdf.Document, number: int) -> bytes:
    page = document[number]
    text = page_text(page)
    if len(text) > MAX_PAGE_CHARS:
        raise ExtractionError(f"PDF com texto demais na página {number + 1} (mais de {MAX_PAGE_CHARS} caracteres).")
    return TEXT + text.encode("utf-8", "surrogatepass") if usable(text) else _render(page)


def _read(out: Connection, path: str, first: int, count: int) -> None:
    with unreadable("PDF inválido ou corrompido."):
        document = pymupdf.open(path, filetype="pdf")
    with document:
        if document.needs_pass:
            raise ExtractionError("PDF protegido por senha: não é possível extrair o texto.")
        with unreadable("PDF inválido ou corrompido."):
            page_count = document.page_count
        if page_count == 0:
            raise ExtractionError("PDF sem páginas.")
        if page_count > MAX_PAGES:
            raise ExtractionError(f"PDF com {page_count} páginas excede o limite de {MAX_PAGES}.")
        out.send_bytes(COUNT + str(page_count).encode())
        for number in range(first, min(page_count, first + count) if count else page_count):
            try:
                with unreadable(f"PDF corrompido na página {number + 1}."):
                    message = _page(document, number)
            except ExtractionError as exc:
                if isinstance(exc.__cause__, MemoryError) or "alloc" in str(exc.__cause__):  # MuPDF's "calloc … failed"
                    raise ExtractionError(f"PDF: a página {number + 1} excede o limite de memória de leitura "
                                          f"({ADDRESS_SPACE // MB} MB).") from exc
                raise
            out.send_bytes(message)


def _serve(pipe: Connection) -> None:
    """Batch after batch until the worker closes the pipe. Nothing of a document outlives its batch: the document
    is closed, MuPDF's store (fonts, images) emptied and its warnings dropped. A failed read may leave MuPDF's
    state or the heap damaged: after it the child exits, and the worker starts another."""
    while True:
        try:
            request = pipe.recv_bytes()
        except EOFError:
            return
        first, count = REQUEST.unpack_from(request)
        try:
            _read(pipe, os.fsdecode(request[REQUEST.size:]), first, count)
        except ExtractionError as exc:
            pipe.send_bytes(ERROR + str(exc).encode())
            return
        pymupdf.TOOLS.store_shrink(100)
        pymupdf.TOOLS.reset_mupdf_warnings()
        pipe.send_bytes(DONE)


def main() -> None:
    fd, parent = int(sys.argv[1]), int(sys.argv[2])
    # A worker that dies takes its reader with it: the signal comes when the thread that started the child ends,
    # so ingestion.extraction.pdf starts them all from one thread that lives as long as the worker.
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before that
        return
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    pymupdf.TOOLS.mupdf_display_errors(False)  # a damaged file's warnings would flood the worker's log
    with Connection(fd) as pipe:
        _serve(pipe)


if __name__ == "__main__":
    main()
