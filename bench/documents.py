"""Document ingestion benchmark against a real `clinigraph serve` (embedded FalkorDB, 2 workers).

    python -m bench.documents [--clients 16] [--uploads 160] [--text-docs 40] [--scan-docs 6]

Measures upload→202 latency under concurrent 1 MB PDF uploads, then documents/s and pages/s from
upload to settled for text PDFs and for scanned (image-only) pages.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
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

from tests import fixtures
from tests.support import free_port, ready, wait_for

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
    def __init__(self, workers: int) -> None:
        self.data_dir = Path(tempfile.mkdtemp(prefix="clinigraph-bench-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (self.data_dir / "serve.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--port", str(self.port), "--data-dir", str(self.data_dir),
             "--workers", str(workers)], stdout=self.log, stderr=subprocess.STDOUT,
            env={**os.environ, "CLINIGRAPH_LOG_LEVEL": "WARNING"})
        wait_for(lambda: ready(self.base), timeout_s=120, what="serve ready")
        created = subprocess.run([sys.executable, "-m", "service.cli", "tenant", "create", "Bench", "--data-dir",
                                  str(self.data_dir)], capture_output=True, text=True, check=True)
        self.headers = {"x-api-key": json.loads(created.stdout)["api_key"]}
        self.patient = httpx.post(f"{self.base}/v1/patients", json={}, headers=self.headers).json()["token"]

    def upload(self, client: httpx.Client, content: bytes, name: str) -> tuple[float, str]:
        started = time.perf_counter()
        response = client.post(f"{self.base}/v1/patients/{self.patient}/prontuario-documents", headers=self.headers,
                               files={"file": (name, content, "application/pdf")}, timeout=60)
        elapsed = time.perf_counter() - started
        response.raise_for_status()
        return elapsed, response.json()["document_id"]

    def unsettled(self, ids: set[str]) -> int:
        left, offset = set(ids), 0
        while True:
            page = httpx.get(f"{self.base}/v1/patients/{self.patient}/documents", headers=self.headers,
                             params={"limit": 100, "offset": offset}, timeout=30).json()
            for doc in page["documents"]:
                done = doc["ocr_document"]["status"] in {"completed", "failed", "skipped"}
                if done and doc["classification_status"] != "pending":
                    left.discard(doc["document_id"])
            offset += 100
            if offset >= page["total"]:
                return len(left)

    def settle(self, ids: set[str], timeout_s: float) -> None:
        wait_for(lambda: self.unsettled(ids) == 0, timeout_s=timeout_s, every_s=0.25, what="documents settled")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)


def throughput(service: Service, content: bytes, count: int, timeout_s: float) -> float:
    """Seconds from the first upload to the last document settled."""
    started = time.perf_counter()
    with httpx.Client() as client, ThreadPoolExecutor(4) as pool:
        ids = {doc for _, doc in pool.map(lambda n: service.upload(client, content, f"d{n}.pdf"), range(count))}
    service.settle(ids, timeout_s)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--uploads", type=int, default=160)
    parser.add_argument("--text-docs", type=int, default=40)
    parser.add_argument("--text-pages", type=int, default=10)
    parser.add_argument("--scan-docs", type=int, default=6)
    parser.add_argument("--scan-pages", type=int, default=2)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with console.status("starting clinigraph serve"):
        service = Service(args.workers)
    try:
        pdf = one_megabyte_pdf()
        with console.status(f"{args.uploads} uploads of {len(pdf) / 2**20:.2f} MB from {args.clients} clients"):
            with httpx.Client(limits=httpx.Limits(max_connections=args.clients)) as client, \
                    ThreadPoolExecutor(args.clients) as pool:
                results = list(pool.map(lambda n: service.upload(client, pdf, f"u{n}.pdf"), range(args.uploads)))
            latencies = sorted(r[0] * 1000 for r in results)
            service.settle({r[1] for r in results}, timeout_s=600)
        with console.status(f"{args.text_docs} text PDFs of {args.text_pages} pages"):
            text_s = throughput(service, fixtures.text_pdf(pages=args.text_pages), args.text_docs, 900)
        with console.status(f"{args.scan_docs} scanned PDFs of {args.scan_pages} pages"):
            scan_s = throughput(service, fixtures.image_pdf(pages=args.scan_pages), args.scan_docs, 1800)
    finally:
        service.stop()

    text_pages = args.text_docs * args.text_pages
    scan_pages = args.scan_docs * args.scan_pages
    table = Table(title=f"Document ingestion ({cores} cores, {args.workers} worker processes)")
    for column in ("measure", "value", "target"):
        table.add_column(column)
    table.add_row(f"upload→202 p50 ({args.clients} clients, 1 MB PDF)", f"{statistics.median(latencies):.1f} ms", "")
    table.add_row("upload→202 p99", f"{latencies[int(0.99 * (len(latencies) - 1))]:.1f} ms", "< 100 ms")
    table.add_row("text PDFs: documents/s (upload→settled)", f"{args.text_docs / text_s:.2f}", "")
    table.add_row("text PDFs: pages/s", f"{text_pages / text_s:.1f}", "≥ 20")
    table.add_row("scanned: documents/s", f"{args.scan_docs / scan_s:.3f}", "")
    table.add_row("scanned: pages/s", f"{scan_pages / scan_s:.2f}", "")
    table.add_row("scanned: seconds per page per core", f"{scan_s * cores / scan_pages:.2f} s", "≤ 1.5 s")
    console.print(table)


if __name__ == "__main__":
    main()
