"""Document ingestion benchmark against a real `clinigraph serve` (embedded FalkorDB), one API and
one worker process per core, each figure beside the floor it is chasing, timed in the same run.

    python -m bench.documents [--clients 16] [--seconds 15] [--text-docs 40] [--scan-docs 12]

- upload→202 latency under concurrent 1 MB PDF uploads (wrk), beside a bare Starlette endpoint that only streams
  and fsyncs the same body (bench.bare_upload, as many processes as our API): once with serve idle at the start
  (the bare endpoint run just before ours, serve idle too), and once under the same load, while serve's workers
  extract the backlog the first run left (the bare endpoint, ours, the bare endpoint again, in turn);
- pages/s per core from upload to settled for text PDFs, beside PyMuPDF's own text extraction of the same pages on
  one core; seconds per page per core for scanned pages, beside RapidOCR alone on the same page on one core;
- each `serve` process's peak resident memory over the run.

The client polls as a partner would: each unsettled document through its own status endpoint, about once a
second, and the time a document settled is read from its own record, not from when the poll saw it.
"""

from __future__ import annotations

import argparse
import heapq
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import numpy as np
import pymupdf
from PIL import Image
from rich.console import Console
from rich.table import Table

from bench import processes, wrk
from bench.floors import on_one_core, ratio, verdict
from graph.child_process import terminate
from graph.embedded import free_port
from tests import fixtures
from tests.support import ready, wait_for

console = Console()
SETTLED_OCR = frozenset({"completed", "failed", "skipped"})
# Targets as ours / floor (the README's Benchmarks section says why these), then the absolute ones they replace.
UPLOAD_P99_RATIO = 4.0  # upload→202 p99, serve idle at the start, ≤ this × the bare endpoint's run just before
BUSY_UPLOAD_P99_RATIO = 1.5  # upload→202 p99 while the workers extract a backlog ≤ this × the bare endpoint's, in turn
TEXT_RATIO = 0.01  # text pages/s per core ≥ this × PyMuPDF's text extraction alone
SCAN_RATIO = 3.0  # scanned seconds per page per core ≤ this × RapidOCR alone
UPLOAD_P99_MS, TEXT_PAGES_S, SCAN_S_PER_PAGE = 100, 20, 1.5
RENDER_DPI = 150  # ingestion.extraction's OCR_DPI: what a scanned PDF page is rendered at for OCR


def one_megabyte_pdf() -> bytes:
    """A text PDF carrying an incompressible 1 MB picture, like a letterhead-heavy lab report."""
    noise = Image.fromarray(np.random.default_rng(7).integers(0, 255, (600, 580, 3), dtype=np.uint8))
    picture = io.BytesIO()
    noise.save(picture, format="PNG")
    document = pymupdf.open(stream=fixtures.text_pdf(), filetype="pdf")
    document[0].insert_image(pymupdf.Rect(300, 400, 550, 650), stream=picture.getvalue())
    return document.tobytes()


class Service:
    def __init__(self, workers: int, api_processes: int) -> None:
        self.data_dir = Path(tempfile.mkdtemp(prefix="clinigraph-bench-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (self.data_dir / "serve.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--port", str(self.port), "--data-dir", str(self.data_dir),
             "--workers", str(workers), "--api-processes", str(api_processes)],
            stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, "CLINIGRAPH_LOG_LEVEL": "WARNING"})
        wait_for(lambda: ready(self.base), timeout_s=180, what="serve ready")
        created = subprocess.run(
            [sys.executable, "-m", "service.cli", "tenant", "create", "Bench", "--scope", "analyst", "--rate-limit",
             "1000000", "--data-dir", str(self.data_dir)], capture_output=True, text=True, check=True)
        issued = json.loads(created.stdout)
        self.tenant_id, self.headers = issued["tenant_id"], {"x-api-key": issued["api_key"]}

    def new_patient(self) -> str:
        return httpx.post(f"{self.base}/v1/patients", json={}, headers=self.headers).json()["token"]

    def upload_url(self, patient: str) -> str:
        return f"{self.base}/v1/patients/{patient}/prontuario-documents"

    def upload(self, client: httpx.Client, patient: str, content: bytes, name: str) -> str:
        """The new document's id, from the 202."""
        response = client.post(self.upload_url(patient), headers=self.headers,
                               files={"file": (name, content, "application/pdf")}, timeout=60)
        response.raise_for_status()
        return str(response.json()["document_id"])

    def unsettled(self, patient: str) -> int:
        """One pass over the patient's document list (used once a backlog looks done, never in a loop)."""
        left, offset = 0, 0
        while True:
            page = httpx.get(f"{self.base}/v1/patients/{patient}/documents", headers=self.headers,
                             params={"limit": 100, "offset": offset}, timeout=30).json()
            left += sum(doc["ocr_document"]["status"] not in SETTLED_OCR
                        or doc["classification_status"] == "pending" for doc in page["documents"])
            offset += 100
            if offset >= page["total"]:
                return left

    def wait_idle(self, timeout_s: float = 300) -> bool:
        """Until serve's processes (the workers load their OCR and NLP models at start) stop using CPU, so a
        measurement is not taken beside a warming worker."""
        return processes.wait_idle(self.process.pid, timeout_s)

    def stop(self) -> None:
        """Stop serve and delete its data dir (a 15 s upload run stores gigabytes)."""
        self.process.terminate()
        self.process.wait(60)
        self.log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)


class BareUpload:
    """bench.bare_upload beside serve, writing into serve's data dir: the same filesystem, and its files are kept
    until serve's are removed (files deleted just before a run slow every new inode's allocation on ext4)."""

    def __init__(self, api_processes: int, directory: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1/patients/bench/prontuario-documents"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.bare_upload", "--port", str(self.port), "--processes", str(api_processes),
             "--dir", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.answers, timeout_s=60, what="bare upload endpoint ready")
        processes.wait_idle(self.process.pid, timeout_s=30)  # every uvicorn process has imported the app

    def answers(self) -> bool:
        try:
            httpx.get(f"http://127.0.0.1:{self.port}/", timeout=2)  # a 404 is an answer
            return True
        except httpx.TransportError:
            return False

    def stop(self) -> None:
        terminate(self.process, 10)


UPLOAD_SCRIPT = """
local f = io.open("{body}", "rb")
wrk.body = f:read("*all")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary={boundary}"
wrk.headers["x-api-key"] = "{key}"
"""
BOUNDARY = "clinigraph-bench"


def multipart_body(pdf: bytes) -> bytes:
    return (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n").encode() + pdf + f"\r\n--{BOUNDARY}--\r\n".encode()


def upload_latency(url: str, key: str, body: bytes, clients: int, seconds: int) -> wrk.Load:
    """`clients` connections uploading `body` back to back for `seconds`: the same script for ours and the floor."""
    return wrk.run(url, lambda work: UPLOAD_SCRIPT.format(body=work / "body.bin", boundary=BOUNDARY, key=key),
                   {"body.bin": body}, clients, seconds, "uploads")


def drain(service: Service, patient: str, timeout_s: float) -> None:
    """Wait out the upload run's backlog (thousands of documents) before the next measurement, adding no load:
    until serve's processes are idle, then one pass over the patient's list to confirm. Polling each of thousands
    of documents would itself be the load."""
    deadline = time.monotonic() + timeout_s
    while True:
        service.wait_idle(max(10.0, deadline - time.monotonic()))
        left = service.unsettled(patient)
        if left == 0:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{left} uploaded documents still unsettled after {timeout_s:.0f} s")
        time.sleep(10)


def settled_at(status: dict) -> float | None:
    """When the document settled (text read or given up, and classified), as epoch seconds from its own record;
    None while it has not."""
    if status["ocr_status"] not in SETTLED_OCR or status["classification_status"] == "pending":
        return None
    return datetime.fromisoformat(status["processed_at"] or status["updated_at"]).timestamp()


@dataclass(frozen=True)
class Polling:
    every_s: float  # each unsettled document is asked about once in this interval
    rate: float  # requests per second in all, at most: the load does not grow with the documents in flight


def settle(service: Service, patient: str, ids: list[str], polling: Polling, timeout_s: float) -> tuple[float, int]:
    """Poll as a partner would: each unsettled document through its own status endpoint once every `every_s`, the
    first polls spread over that interval, a document left alone once it settled. Returns when the last one
    settled, read from the documents' records so that the polling interval does not blur the figure, and how many
    failed."""
    start = time.monotonic()
    queue = [(start + n * polling.every_s / len(ids), n, document_id) for n, document_id in enumerate(ids)]
    last, failed, next_slot = 0.0, 0, start
    with httpx.Client(base_url=service.base, headers=service.headers, timeout=30) as client:
        while queue:
            due, n, document_id = heapq.heappop(queue)
            time.sleep(max(0.0, max(due, next_slot) - time.monotonic()))
            if time.monotonic() - start > timeout_s:
                raise TimeoutError(f"{len(queue) + 1} documents not settled after {timeout_s:.0f} s")
            next_slot = time.monotonic() + 1 / polling.rate
            response = client.get(f"/v1/patients/{patient}/prontuario-documents/{document_id}")
            response.raise_for_status()
            status = response.json()
            at = settled_at(status)
            if at is None:
                heapq.heappush(queue, (time.monotonic() + polling.every_s, n, document_id))
            else:
                last, failed = max(last, at), failed + (status["ocr_status"] == "failed")
    return last, failed


def throughput(service: Service, content: bytes, count: int, polling: Polling, timeout_s: float) -> tuple[float, int]:
    """Seconds from the first upload to the last document settled, and how many failed."""
    patient = service.new_patient()
    started = time.time()  # the server's clock too: settle times are read from its records
    with httpx.Client() as client, ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(lambda n: service.upload(client, patient, content, f"d{n}.pdf"), range(count)))
    last, failed = settle(service, patient, ids, polling, timeout_s)
    return last - started, failed


def rendered(page: pymupdf.Page) -> np.ndarray:
    """The page as the worker gives it to OCR: grey, at RENDER_DPI."""
    pixmap = page.get_pixmap(matrix=pymupdf.Matrix(RENDER_DPI / 72, RENDER_DPI / 72), colorspace=pymupdf.csGRAY,
                             alpha=False)
    return np.frombuffer(pixmap.samples, dtype=np.uint8).reshape(pixmap.height, pixmap.width)


def page_seconds(pdf: bytes, scanned: bool, min_s: float) -> float:
    """Seconds per page of `pdf` through the extraction library alone, in this (one-core) process: PyMuPDF's text
    layer as ingestion.extraction.pdf reads it, or RapidOCR as the worker configures it on each page rendered as
    the worker renders it (the rendering untimed). After a warm-up pass, repeated for at least `min_s`."""
    document = pymupdf.open(stream=pdf, filetype="pdf")
    if scanned:
        from ingestion.extraction.ocr import read_text

        images = [rendered(page) for page in document]

        def read(number: int) -> str:
            return read_text(images[number])
    else:
        def read(number: int) -> str:
            return str(document[number].get_text("text", sort=True))
    for number in range(document.page_count):
        read(number)
    pages, started = 0, time.perf_counter()
    while pages == 0 or time.perf_counter() - started < min_s:
        for number in range(document.page_count):
            read(number)
        pages += document.page_count
    return (time.perf_counter() - started) / pages


def floor_page_seconds(pdf: bytes, scanned: bool, min_s: float) -> float:
    """page_seconds on one core, at the workers' scheduling priority."""
    return on_one_core(page_seconds, pdf, scanned, min_s, idle=True)


def memory_table(peaks: list[processes.Peak]) -> Table:
    """A row per process alive at the end; those gone by then (a worker's short-lived helpers) one row per role,
    with the largest of their peaks."""
    table = Table(title="Peak resident memory per serve process (VmHWM at the end; the largest VmRSS sampled each "
                        "second for processes gone by then)")
    for column in ("process", "pid", "peak RSS MiB"):
        table.add_column(column)
    gone: dict[str, list[processes.Peak]] = {}
    for peak in peaks:
        if not peak.peak_mib:
            continue  # exited before it was ever sampled
        if peak.hwm_kib:
            table.add_row(peak.role, str(peak.pid), f"{peak.peak_mib:,.0f}")
        else:
            gone.setdefault(peak.role, []).append(peak)
    for role, ended in gone.items():
        table.add_row(f"{role} ({len(ended)} gone by the end: the largest)", "",
                      f"{max(peak.peak_mib for peak in ended):,.0f}")
    alive = sum(peak.peak_mib for peak in peaks if peak.hwm_kib)
    table.add_row("processes alive at the end, sum of their peaks", "", f"{alive:,.0f}")
    return table


@dataclass(frozen=True)
class Results:
    upload: wrk.Load
    bare_upload: wrk.Load
    busy_upload: wrk.Load  # ours while the workers extract the first run's backlog
    busy_bare: tuple[wrk.Load, wrk.Load]  # the bare endpoint just before and just after it, same backlog
    text_s: float  # first upload to last settled
    text_failed: int
    text_floor: float  # pages/s, one core
    scan_s: float
    scan_failed: int
    scan_floor: float  # seconds per page, one core
    peaks: list[processes.Peak]


def measure(service: Service, args: argparse.Namespace) -> Results:
    """Each floor just before the figure it stands under, serve idle before each upload run."""
    polling = Polling(args.poll_every, args.poll_rate)
    body, key = multipart_body(one_megabyte_pdf()), service.headers["x-api-key"]
    memory = processes.PeakMemory(service.process.pid)
    memory.start()
    with console.status("waiting for serve to be idle"):
        service.wait_idle()
    bare = BareUpload(args.api_processes, service.data_dir / "bare")
    try:
        with console.status(f"bare endpoint: {args.clients} clients uploading for {args.seconds} s"):
            bare_upload = upload_latency(bare.url, key, body, args.clients, args.seconds)
            service.wait_idle()
        patient = service.new_patient()
        with console.status(f"ours: {args.clients} clients uploading {len(body) / 2**20:.2f} MB for {args.seconds} s"):
            upload = upload_latency(service.upload_url(patient), key, body, args.clients, args.seconds)
        with console.status(f"bare endpoint, ours, bare endpoint, while the workers extract {upload.requests} "
                            "documents"):
            before = upload_latency(bare.url, key, body, args.clients, args.seconds)
            busy_upload = upload_latency(service.upload_url(patient), key, body, args.clients, args.seconds)
            after = upload_latency(bare.url, key, body, args.clients, args.seconds)
    finally:
        bare.stop()
    with console.status(f"{upload.requests + busy_upload.requests} uploaded documents settling"):
        drain(service, patient, timeout_s=3600)  # two upload runs' backlog
    text_pdf, scan_pdf = fixtures.text_pdf(pages=args.text_pages), fixtures.image_pdf(pages=args.scan_pages)
    with console.status("PyMuPDF alone on the text pages, one core"):
        text_floor = 1 / floor_page_seconds(text_pdf, False, args.floor_seconds)
    with console.status(f"{args.text_docs} text PDFs of {args.text_pages} pages"):
        text_s, text_failed = throughput(service, text_pdf, args.text_docs, polling, 900)
    with console.status("RapidOCR alone on the scanned pages, one core"):
        scan_floor = floor_page_seconds(scan_pdf, True, args.floor_seconds)
    with console.status(f"{args.scan_docs} scanned PDFs of {args.scan_pages} pages"):
        scan_s, scan_failed = throughput(service, scan_pdf, args.scan_docs, polling, 1800)
    return Results(upload, bare_upload, busy_upload, (before, after), text_s, text_failed, text_floor, scan_s,
                   scan_failed, scan_floor, memory.finish())


def results_table(found: Results, args: argparse.Namespace, cores: int) -> Table:
    """Ours, the floor, their ratio and the target (the ratio's, then the absolute one it replaces)."""
    upload, bare = found.upload, found.bare_upload
    text_pages, scan_pages = args.text_docs * args.text_pages, args.scan_docs * args.scan_pages
    text_per_core, scan_per_core = text_pages / found.text_s / cores, found.scan_s * cores / scan_pages
    upload_ratio = ratio(upload.p99_ms, bare.p99_ms)
    busy, (before, after) = found.busy_upload, found.busy_bare
    busy_floor_p50, busy_floor_p99 = (math.sqrt(getattr(before, p) * getattr(after, p)) for p in ("p50_ms", "p99_ms"))
    busy_ratio = ratio(busy.p99_ms, busy_floor_p99)
    text_ratio, scan_ratio = ratio(text_per_core, found.text_floor), ratio(scan_per_core, found.scan_floor)
    table = Table(title=f"Document ingestion ({cores} cores, {args.api_processes} API and {args.workers} worker "
                        "processes), ours beside its floor in the same run")
    for column in ("measure", "ours", "floor", "ours / floor", "target"):
        table.add_column(column)
    table.add_row(f"upload→202 p50 ({args.clients} clients, 1 MB PDF, {args.seconds} s, serve idle at the start; "
                  "floor: bare Starlette endpoint streaming and fsyncing the file, just before)", f"{upload.p50_ms:.1f} ms", f"{bare.p50_ms:.1f} ms",
                  f"{ratio(upload.p50_ms, bare.p50_ms):.2f}×", "")
    table.add_row("upload→202 p99", f"{upload.p99_ms:.1f} ms", f"{bare.p99_ms:.1f} ms", f"{upload_ratio:.2f}×",
                  f"≤ {UPLOAD_P99_RATIO}× {verdict(upload_ratio, UPLOAD_P99_RATIO)} "
                  f"(< {UPLOAD_P99_MS} ms {verdict(upload.p99_ms, UPLOAD_P99_MS)})")
    table.add_row("uploads/s", f"{upload.rate:.0f}", f"{bare.rate:.0f}", f"{ratio(upload.rate, bare.rate):.2f}×", "")
    table.add_row("upload→202 p50 while the workers extract the backlog (floor: the bare endpoint just before and "
                  "just after ours, same backlog, geometric mean)", f"{busy.p50_ms:.1f} ms", f"{busy_floor_p50:.1f} ms",
                  f"{ratio(busy.p50_ms, busy_floor_p50):.2f}×", "")
    table.add_row("upload→202 p99 while the workers extract the backlog", f"{busy.p99_ms:.1f} ms",
                  f"{busy_floor_p99:.1f} ms ({before.p99_ms:.1f}, {after.p99_ms:.1f})", f"{busy_ratio:.2f}×",
                  f"≤ {BUSY_UPLOAD_P99_RATIO}× {verdict(busy_ratio, BUSY_UPLOAD_P99_RATIO)}")
    table.add_row(f"text PDFs: documents/s (upload→settled, {found.text_failed} failed)",
                  f"{args.text_docs / found.text_s:.2f}", "", "", "")
    table.add_row("text PDFs: pages/s", f"{text_pages / found.text_s:.1f}", "", "", "")
    table.add_row("text PDFs: pages/s per core (floor: PyMuPDF get_text alone, one core)", f"{text_per_core:.1f}",
                  f"{found.text_floor:.0f}", f"{text_ratio:.3f}×",
                  f"≥ {TEXT_RATIO}× {verdict(text_ratio, TEXT_RATIO, at_most=False)} (≥ {TEXT_PAGES_S} pages/s "
                  f"{verdict(text_pages / found.text_s, TEXT_PAGES_S, at_most=False)})")
    table.add_row(f"scanned: documents/s ({found.scan_failed} failed)", f"{args.scan_docs / found.scan_s:.3f}", "",
                  "", "")
    table.add_row("scanned: pages/s", f"{scan_pages / found.scan_s:.2f}", "", "", "")
    table.add_row("scanned: seconds per page per core (floor: RapidOCR alone, one core)", f"{scan_per_core:.2f} s",
                  f"{found.scan_floor:.2f} s", f"{scan_ratio:.2f}×",
                  f"≤ {SCAN_RATIO}× {verdict(scan_ratio, SCAN_RATIO)} "
                  f"(≤ {SCAN_S_PER_PAGE} s {verdict(scan_per_core, SCAN_S_PER_PAGE)})")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=15, help="Duration of each upload-latency run.")
    parser.add_argument("--text-docs", type=int, default=40)
    parser.add_argument("--text-pages", type=int, default=10)
    parser.add_argument("--scan-docs", type=int, default=12)
    parser.add_argument("--scan-pages", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--api-processes", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--poll-every", type=float, default=1.0, help="Seconds between polls of one document.")
    parser.add_argument("--poll-rate", type=float, default=10.0, help="Status requests per second, at most.")
    parser.add_argument("--floor-seconds", type=float, default=5.0, help="Least time each page floor is timed.")
    args = parser.parse_args()
    with console.status("starting clinigraph serve"):
        service = Service(args.workers, args.api_processes)
    try:
        found = measure(service, args)
    finally:
        service.stop()
    console.print(results_table(found, args, os.cpu_count() or 1))
    console.print(memory_table(found.peaks))


if __name__ == "__main__":
    main()
