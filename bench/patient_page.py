"""The clinician's page and the interpretation, for a patient with a long history: `python -m bench.patient_page`
prints a table.

One patient with 210 records (200 lab reports of 10 markers over eight years = 2,000 lab results, and 10
notes of 15 facts), loaded in the shape the pipeline writes, on the embedded backend. The page is
requested over real HTTP (uvicorn in this process, httpx, one request at a time) and timed end to end;
the interpretation is built from the graph (read, rules, report) without storing it, then once stored.
Targets (issue 14): page p95 < 150 ms, interpretation < 500 ms.
"""

from __future__ import annotations

import random
import socket
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import uvicorn
from rich.console import Console
from rich.table import Table

from bench.read_surface import MARKERS, catalogue_rows, patient_row
from graph import callbacks, interpretations, migrations, synthetic, tenants
from graph.clock import now_ms
from graph.connect import open_graph
from graph.embedded import EmbeddedFalkorDB
from graph.patients import new_token
from ingestion.interpreting import generate, history_of
from nlp.interpretation.report import build
from service.app import Backends, create_app

REPORTS, NOTES = 200, 10
PAGE_REQUESTS, WARM_UP, REPORT_RUNS = 60, 5, 20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    console = Console()
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as work:
        server = EmbeddedFalkorDB(Path(work) / "db")
        endpoint = server.start()
        graph = open_graph(endpoint.graph_url, None, None)
        try:
            migrations.migrate(graph)
            issued = tenants.create(graph, "Bench Clinic", ["0.0.0.0/0", "::/0"], None, None, "America/Sao_Paulo")
            synthetic.catalogue(graph, *catalogue_rows())
            row = patient_row(rng, now_ms())
            lab_report = next(d for d in row["documents"] if d["labs"])
            note = next(d for d in row["documents"] if d["facts"])
            documents = []
            for index in range(REPORTS + NOTES):
                template = lab_report if index < REPORTS else note
                at = now_ms() - index * 14 * 86_400_000
                documents.append(template | {
                    "id": str(uuid.uuid4()), "link_id": str(uuid.uuid4()), "at": at,
                    "labs": [lab | {"id": str(uuid.uuid4()),
                                    "value": round(max(0.1, rng.gauss(MARKERS[lab["marker_key"]][0],
                                                                      MARKERS[lab["marker_key"]][1])), 1)}
                             for lab in template["labs"]],
                    "facts": [fact | {"id": str(uuid.uuid4())} for fact in template["facts"]]})
            token = new_token()
            row |= {"documents": documents, "access_token_hash": callbacks.hash_token(token)}
            labs, facts = synthetic.patients(graph, issued.tenant.id, [row])
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
            app = create_app(Backends(graph_url=endpoint.graph_url, redis_url=endpoint.redis_url,
                                      data_dir=Path(work) / "files", page_rate_limit=1_000_000))
            http = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False))
            threading.Thread(target=http.run, daemon=True).start()
            while not http.started:
                time.sleep(0.05)
            url = f"http://127.0.0.1:{port}/p/{issued.tenant.team_id}/{token}"
            pages = {}
            with httpx.Client(timeout=30) as client:
                for label, query in (("default: 12 months of labs, 50 records", ""),
                                     ("every lab result: ?months=120", "?months=120")):
                    timings = []
                    for attempt in range(WARM_UP + PAGE_REQUESTS):
                        started = time.perf_counter()
                        response = client.get(url + query)
                        elapsed = (time.perf_counter() - started) * 1000
                        assert response.status_code == 200, response.status_code
                        if attempt >= WARM_UP:
                            timings.append(elapsed)
                    pages[label] = (timings, len(response.content) / 1024)
            report_ms = []
            for _ in range(REPORT_RUNS):
                started = time.perf_counter()
                found = interpretations.inputs(graph, issued.tenant.id, row["id"])
                assert found is not None
                report = build(history_of(found, now_ms()), found.language, ZoneInfo(found.timezone),
                               records=len(found.covered))
                report_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            stored = generate(graph, issued.tenant.id, row["id"], "manual", "bench")
            stored_ms = (time.perf_counter() - started) * 1000
            assert stored is not None
            http.should_exit = True
        finally:
            graph.close()
            server.stop()
    table = Table(title=f"Patient page and interpretation: 1 patient, {REPORTS + NOTES} records, {labs} lab results, "
                        f"{facts} facts (embedded FalkorDB)")
    for column in ("measure", "p50 ms", "p95 ms", "target", "met"):
        table.add_column(column)
    for label, (page_ms, size_kb) in pages.items():
        table.add_row(f"page over HTTP, {label} ({PAGE_REQUESTS} requests, {size_kb:.0f} KiB)",
                      f"{statistics.median(page_ms):.1f}", f"{percentile(page_ms, 0.95):.1f}", "p95 < 150 ms",
                      str(percentile(page_ms, 0.95) < 150))
    table.add_row(f"interpretation built ({REPORT_RUNS} runs, {report.findings} findings)",
                  f"{statistics.median(report_ms):.1f}", f"{percentile(report_ms, 0.95):.1f}", "< 500 ms",
                  str(percentile(report_ms, 0.95) < 500))
    table.add_row("interpretation built and stored (once)", f"{stored_ms:.1f}", "—", "< 500 ms", str(stored_ms < 500))
    console.print(table)


if __name__ == "__main__":
    main()
