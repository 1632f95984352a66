"""A stand-in worker process for the hostile-files suite: it reads each file as the pipeline does and reports
the outcome, the time taken and the memory the read added, so a read that crashes the process, hangs or
balloons fails the test instead of the test run."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import re
import resource
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

CASE_TIMEOUT_S = 120.0  # past this a read counts as a hang (the PDF reader's own limit is per page)
PDF_PAGE_TIMEOUT_S = 5.0  # the suite's MuPDF time per page (30 s in production) keeps its hang cases short
TENANT = str(uuid.UUID(int=1))


@dataclass(frozen=True)
class Outcome:
    kind: str  # "text" (read), "error" (ExtractionError), "crash" (any other exception, or the process died), "hang"
    detail: str  # the text read, the error's message, or what crashed
    peak_mib: float  # the read's RSS high-water mark above the RSS before it
    children_mib: float  # the largest RSS of any child process so far (the PDF reader, antiword)
    seconds: float


@dataclass(frozen=True)
class Record:
    """A partner's record: its file (sniffed type `mime`) and its `data` field as stored."""

    file: bytes | None
    mime: str
    data: bytes | None
    data_format: str | None
    data_type: str | None


class Worker:
    """The reading process: started once, restarted after a crash or a hang."""

    def __init__(self) -> None:
        self._work = Path(tempfile.mkdtemp(prefix="hostile-"))  # where each case is written, then read
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")  # a clean process, as a worker is: no pytest state forked
        self._connection, remote = context.Pipe()
        self._process = context.Process(target=_serve, args=(remote, self._work), daemon=True)
        self._process.start()
        remote.close()
        if not self._connection.poll(CASE_TIMEOUT_S) or self._connection.recv() != "ready":
            raise RuntimeError("the hostile-files worker did not start")

    def read(self, data: bytes, mime: str) -> Outcome:
        return self._ask(("file", data, mime))

    def read_record(self, record: Record) -> Outcome:
        return self._ask(("record", record))

    def _ask(self, request: tuple[Any, ...]) -> Outcome:
        started = time.monotonic()
        self._connection.send(request)
        if not self._connection.poll(CASE_TIMEOUT_S):
            self._restart()
            return Outcome("hang", f"no answer in {CASE_TIMEOUT_S:.0f} s", 0.0, 0.0, time.monotonic() - started)
        try:
            return self._connection.recv()
        except EOFError:
            self._process.join(5)
            code = self._process.exitcode
            self._restart()
            return Outcome("crash", f"the worker process died (exit code {code})", 0.0, 0.0,
                           time.monotonic() - started)

    def _restart(self) -> None:
        self._stop()
        self._start()

    def _stop(self) -> None:
        self._connection.close()
        self._process.kill()
        self._process.join()

    def close(self) -> None:
        self._stop()
        shutil.rmtree(self._work, ignore_errors=True)


def _status(field: str) -> float:
    """A /proc/self/status memory field, in MiB."""
    found = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.MULTILINE)
    assert found is not None
    return int(found.group(1)) / 1024


def _baseline() -> float:
    """The RSS before a read, with the last read's garbage given back, and VmHWM reset to it (Linux ≥ 4.0)."""
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    Path("/proc/self/clear_refs").write_text("5")
    return _status("VmRSS")


def _serve(connection: Connection, work: Path) -> None:
    import cv2
    import numpy as np

    from ingestion.extraction import ExtractionError, ocr, pdf
    from tests.fixtures import LAB_LINES, page_image

    pdf.PAGE_TIMEOUT_S = PDF_PAGE_TIMEOUT_S
    # The OCR models, and onnxruntime's arena at its largest (a square page), as a worker has them after its first
    # pages; then the collector spares them, as ingestion.worker has it (a full pass took 0.2 s per read).
    ocr.read_text(cv2.resize(np.asarray(page_image(LAB_LINES)), (ocr.MAX_SIDE, ocr.MAX_SIDE)))
    gc.freeze()
    connection.send("ready")
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        before = _baseline()
        started = time.monotonic()
        try:
            kind, detail = "text", _read(work, request)
        except ExtractionError as exc:
            kind, detail = "error", str(exc)
        except Exception as exc:
            kind, detail = "crash", f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}"[:1000]
        seconds = time.monotonic() - started
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        connection.send(Outcome(kind, detail, _status("VmHWM") - before, children, seconds))


def _read(work: Path, request: tuple[Any, ...]) -> str:
    """The pages' text, joined with form feeds (a DICOM's metadata, as it has none)."""
    from ingestion import records
    from ingestion.extraction import extract

    if request[0] == "file":
        _, data, mime = request
        path = work / "file"
        path.write_bytes(data)
        extracted = extract(path, mime)
        return "\f".join(extracted.pages) or repr(extracted.metadata)
    record: Record = request[1]
    stored = records.store(work, TENANT, str(uuid.uuid4()), record.file, record.data)
    try:
        files = records.RecordFiles(stored.file.key if stored.file else None, stored.data.key if stored.data else None,
                                    record.data_format, record.data_type)
        extracted, _ = records.extract_record(work, files, record.mime)
        records.structured_labs(work, files, page=len(extracted.pages))
        return "\f".join(extracted.pages)
    finally:
        records.remove(work, stored)
