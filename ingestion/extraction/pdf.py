"""PDF: the text layer with PyMuPDF; pages without a usable one are rendered and OCR'd. MuPDF runs in a child
process (pdf_pages) given PAGE_TIMEOUT_S per page: a hostile file fails the document, never stalls the worker.
The children are kept between batches (starting one takes longer than reading a text PDF) and retired when worn."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path
from queue import SimpleQueue

import numpy as np

from ingestion.extraction import Extracted, ExtractionError
from ingestion.extraction.ocr import read_text
from ingestion.extraction.pdf_pages import (COUNT, DONE, ERROR, IMAGE, IMAGE_SHAPE, MAX_PAGE_CHARS, MAX_RENDER_PIXELS,
                                            MB, REQUEST, TEXT)

PAGE_TIMEOUT_S = 30.0  # MuPDF's time for one page (text layer, render); a heavy real page takes a few seconds
MAX_TEXT_CHARS = 20_000_000  # in one read: 2,000 dense pages hold about 10 million
MAX_MESSAGE = max(MAX_RENDER_PIXELS, 4 * MAX_PAGE_CHARS) + IMAGE_SHAPE.size + 1
# A reader child is retired after this many batches, or once its resident memory passes READER_RSS (a fresh one
# holds about 150 MB, most of it PyMuPDF): MuPDF's caches and the heap's fragmentation stay bounded.
READER_BATCHES = 200
READER_RSS = 384 * MB
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


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
    with _reader() as pages:
        try:
            pages.send_bytes(REQUEST.pack(first, count or 0) + os.fsencode(path.absolute()))
        except OSError as exc:  # the child died since it was last used
            raise ExtractionError(f"PDF ilegível: a leitura parou na página {first + 1}.") from exc
        page_count = int(_receive(pages, first + 1, COUNT)[1:])
        last = page_count if count is None else min(page_count, first + count)
        texts, ocr_pages, chars = [], 0, 0
        for number in range(first + 1, last + 1):
            message = _receive(pages, number, TEXT, IMAGE)
            if message[:1] == TEXT:
                texts.append(message[1:].decode("utf-8", "surrogatepass"))
            else:
                height, width = IMAGE_SHAPE.unpack_from(message, 1)
                texts.append(read_text(np.frombuffer(message, np.uint8, offset=1 + IMAGE_SHAPE.size)
                                       .reshape(height, width)))
                ocr_pages += 1
            chars += len(texts[-1])
            if chars > MAX_TEXT_CHARS:
                raise ExtractionError(f"PDF com texto demais (mais de {MAX_TEXT_CHARS} caracteres).")
        _receive(pages, last, DONE)
    return PdfBatch(first=first, pages=texts, ocr_pages=ocr_pages, page_count=page_count)


@dataclass
class _Reader:
    """A pdf_pages child process, the worker's end of its socket, and how many batches it has read."""

    process: subprocess.Popen[bytes]
    pipe: Connection
    batches: int = 0

    def worn(self) -> bool:
        resident_pages = int(Path(f"/proc/{self.process.pid}/statm").read_text().split()[1])
        return self.batches >= READER_BATCHES or resident_pages * PAGE_SIZE > READER_RSS

    def kill(self) -> None:
        self.pipe.close()
        self.process.kill()
        self.process.wait()


_idle: list[_Reader] = []
_lock = threading.Lock()  # over _idle and _launches
_launches: SimpleQueue[Future[_Reader]] | None = None  # for the thread starting the children, once it runs


@contextmanager
def _reader() -> Iterator[Connection]:
    """A reader child for one batch, one that no other batch uses meanwhile: an idle one, else a new one. It is
    kept for the next batch only when this one ended as the protocol says (its DONE read); a failed read, a
    timeout, its death or the step interrupted kill it."""
    reader = _idle_reader() or _new_reader()
    try:
        yield reader.pipe
    except BaseException:
        reader.kill()
        raise
    reader.batches += 1
    if reader.worn():
        reader.kill()
    else:
        with _lock:
            _idle.append(reader)


def _idle_reader() -> _Reader | None:
    with _lock:
        while _idle:
            reader = _idle.pop()
            if reader.process.poll() is None:
                return reader
            reader.kill()  # it died while idle (the OOM killer)
    return None


def _new_reader() -> _Reader:
    """Started by the launcher thread: the child's PR_SET_PDEATHSIG fires when the thread that started it ends, and
    a kept child outlives the step's thread that first needed it."""
    global _launches
    with _lock:
        if _launches is None:
            _launches = SimpleQueue()
            threading.Thread(target=_launch, args=(_launches,), name="pdf-readers", daemon=True).start()
        started: Future[_Reader] = Future()
        _launches.put(started)
    try:
        return started.result()
    except BaseException:  # the step interrupted meanwhile: no batch will use that child
        started.add_done_callback(_kill_started)
        raise


def _kill_started(started: Future[_Reader]) -> None:
    if started.exception() is None:
        started.result().kill()


def _launch(launches: SimpleQueue[Future[_Reader]]) -> None:
    """Starts each child asked for, for as long as the process lives."""
    while True:
        started = launches.get()
        try:
            started.set_result(_start())
        except Exception as exc:  # raised in the thread that asked
            started.set_exception(exc)


def _start() -> _Reader:
    pipe, remote = Pipe()
    package_root = str(Path(__file__).resolve().parents[2])  # the child runs this same code
    python_path = os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))
    with remote:
        process = subprocess.Popen(
            [sys.executable, "-m", "ingestion.extraction.pdf_pages", str(remote.fileno()), str(os.getpid())],
            pass_fds=(remote.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": python_path})
    return _Reader(process, pipe)


def _receive(pages: Connection, number: int, *kinds: bytes) -> bytes:
    """The child's next message, one of `kinds`; its error, a timeout or its death as an ExtractionError."""
    if not pages.poll(PAGE_TIMEOUT_S):
        raise ExtractionError(f"PDF: a leitura da página {number} excedeu {PAGE_TIMEOUT_S:.0f} s.")
    try:
        message = pages.recv_bytes(MAX_MESSAGE)
    except (EOFError, OSError) as exc:  # it died (killed for its memory, crashed) or sent too much
        raise ExtractionError(f"PDF ilegível: a leitura parou na página {number}.") from exc
    if message[:1] == ERROR:
        raise ExtractionError(message[1:].decode("utf-8", "replace"))
    if message[:1] not in kinds:
        raise ExtractionError(f"PDF ilegível: a leitura parou na página {number}.")
    return message


def extract_pdf(path: Path) -> Extracted:
    batch = read_batch(path)
    return Extracted(pages=batch.pages, engine=engine_for(batch.ocr_pages, len(batch.pages)),
                     page_count=len(batch.pages))
