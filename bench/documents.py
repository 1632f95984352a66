"""Document ingestion benchmark against a real `clinigraph serve` (embedded FalkorDB), one API and
one worker process per core.

    python -m bench.documents [--clients 16] [--uploads 160] [--text-docs 40] [--scan-docs 12]

Measures upload→202 latency under concurrent 1 MB PDF uploads, then documents/s and pages/s from
upload to settled for text PDFs and for scanned (image-only) pages.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import numpy as np
import pymupdf
from PIL import Image
from rich.console import Console
from rich.table import Table

from bench import wrk
from graph.embedded import free_port
from tests import fixtures
from tests.support import ready, wait_for

console = Console()


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
             "--workers", str(workers), "--api-processes", str(api_processes)], stdout=self.log, stderr=subprocess.STDOUT,
            env={**os.environ, "CLINIGRAPH_LOG_LEVEL": "WARNING"})
        wait_for(lambda: ready(self.base), timeout_s=180, what="serve ready")
        created = subprocess.run([sys.executable, "-m", "service.cli", "tenant", "create", "Bench", "--scope", "analyst",
                                  "--rate-limit", "1000000", "--data-dir", str(self.data_dir)], capture_output=True, text=True, check=True)
        issued = json.loads(created.stdout)
        self.tenant_id, self.headers = issued["tenant_id"], {"x-api-key": issued["api_key"]}

    def new_patient(self) -> str:
        return httpx.post(f"{self.base}/v1/patients", json={}, headers=self.headers).json()["token"]

    def upload_url(self, patient: str) -> str:
        return f"{self.base}/v1/patients/{patient}/prontuario-documents"

    def upload(self, client: httpx.Client, patient: str, content: bytes, name: str) -> None:
        response = client.post(self.upload_url(patient), headers=self.headers,
                               files={"file": (name, content, "application/pdf")}, timeout=60)
        response.raise_for_status()

    def unsettled(self, patient: str) -> int:
        left, offset = 0, 0
        while True:
            page = httpx.get(f"{self.base}/v1/patients/{patient}/documents", headers=self.headers,
                             params={"limit": 100, "offset": offset}, timeout=30).json()
            left += sum(doc["ocr_document"]["status"] not in {"completed", "failed", "skipped"}
                        or doc["classification_status"] == "pending" for doc in page["documents"])
            offset += 100
            if offset >= page["total"]:
                return left

    def settle(self, patient: str, timeout_s: float) -> None:
        wait_for(lambda: self.unsettled(patient) == 0, timeout_s=timeout_s, every_s=0.25, what="documents settled")

    def stop(self) -> None:
        """Stop serve and delete its data dir (a 15 s upload run stores gigabytes)."""
        self.process.terminate()
        self.process.wait(60)
        self.log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def throughput(service: Service, content: bytes, count: int, timeout_s: float) -> float:
    """Seconds from the first upload to the last document settled."""
    patient = service.new_patient()
    started = time.perf_counter()
    with httpx.Client() as client, ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda n: service.upload(client, patient, content, f"d{n}.pdf"), range(count)))
    service.settle(patient, timeout_s)
    return time.perf_counter() - started


UPLOAD_SCRIPT = """
local f = io.open("{body}", "rb")
wrk.body = f:read("*all")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary={boundary}"
wrk.headers["x-api-key"] = "{key}"
"""


def upload_latency(service: Service, pdf: bytes, clients: int, seconds: int) -> tuple[float, float, int]:
    """p50 and p99 in ms and the number of uploads; `clients` connections upload back to back for `seconds`."""
    boundary = "clinigraph-bench"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n").encode() + pdf + f"\r\n--{boundary}--\r\n".encode()
    patient = service.new_patient()
    load = wrk.run(service.upload_url(patient), lambda work: UPLOAD_SCRIPT.format(
        body=work / "body.bin", boundary=boundary, key=service.headers["x-api-key"]), {"body.bin": body}, clients,
        seconds, "uploads")
    service.settle(patient, timeout_s=900)
    return load.p50_ms, load.p99_ms, load.requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=15, help="Duration of the upload-latency run.")
    parser.add_argument("--text-docs", type=int, default=40)
    parser.add_argument("--text-pages", type=int, default=10)
    parser.add_argument("--scan-docs", type=int, default=12)
    parser.add_argument("--scan-pages", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--api-processes", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with console.status("starting clinigraph serve"):
        service = Service(args.workers, args.api_processes)
    try:
        pdf = one_megabyte_pdf()
        with console.status(f"{args.clients} clients uploading {len(pdf) / 2**20:.2f} MB PDFs for {args.seconds} s"):
            p50, p99, uploads = upload_latency(service, pdf, args.clients, args.seconds)
        with console.status(f"{args.text_docs} text PDFs of {args.text_pages} pages"):
            text_s = throughput(service, fixtures.text_pdf(pages=args.text_pages), args.text_docs, 900)
        with console.status(f"{args.scan_docs} scanned PDFs of {args.scan_pages} pages"):
            scan_s = throughput(service, fixtures.image_pdf(pages=args.scan_pages), args.scan_docs, 1800)
    finally:
        service.stop()

    text_pages = args.text_docs * args.text_pages
    scan_pages = args.scan_docs * args.scan_pages
    table = Table(title=f"Document ingestion ({cores} cores, {args.api_processes} API and {args.workers} worker "
                        "processes)")
    for column in ("measure", "value", "target"):
        table.add_column(column)
    table.add_row(f"upload→202 p50 ({args.clients} clients, 1 MB PDF, {uploads} uploads)", f"{p50:.1f} ms", "")
    table.add_row("upload→202 p99", f"{p99:.1f} ms", "< 100 ms")
    table.add_row("text PDFs: documents/s (upload→settled)", f"{args.text_docs / text_s:.2f}", "")
    table.add_row("text PDFs: pages/s", f"{text_pages / text_s:.1f}", "≥ 20")
    table.add_row("scanned: documents/s", f"{args.scan_docs / scan_s:.3f}", "")
    table.add_row("scanned: pages/s", f"{scan_pages / scan_s:.2f}", "")
    table.add_row("scanned: seconds per page per core", f"{scan_s * cores / scan_pages:.2f} s", "≤ 1.5 s")
    console.print(table)


if __name__ == "__main__":
    main()
