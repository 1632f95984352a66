"""Load: partner EMRs against a real `clinigraph serve` on loopback, then a check in the graph that every accepted
record settled exactly once.

    python -m bench.load [--clients 50] [--seconds 300]

Each client is a partner: it uploads documents, submits medical data (a patient is created by its first record),
polls what it sent through each item's own status endpoint, and reads its patients (record, documents, lab trends,
context, Health History), with a think time between requests. Prints p50/p99 and status counts per route, the 5xx
count (target 0), the settlement check (accepted = settled, lost 0, processed twice 0) and each process's peak
memory.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import httpx
import numpy as np
from rich.console import Console
from rich.table import Table

from bench import processes
from bench.documents import Service, memory_table
from graph.connect import open_graph
from graph.driver import GraphDriver
from graph.embedded import EmbeddedFalkorDB
from tests import fixtures

console = Console(width=170)
SETTLED_DOCUMENT = {"completed", "failed", "skipped"}
SETTLED_RECORD = {"completed", "failed"}
# What a partner's integration does, in proportions: mostly reading and polling, some submissions.
ACTIONS = {"upload": 8, "medical_data": 12, "poll": 35, "read": 45}
READS = ("", "/documents", "/lab-trends", "/context", "/health-history")


@dataclass
class Tally:
    """Latencies (ms) and statuses per route template, shared by every client."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, route: str, status: int, ms: float) -> None:
        with self.lock:
            self.latencies[route].append(ms)
            self.statuses[route][status] += 1


@dataclass
class Partner:
    """One EMR: its patients and what it sent that has not settled yet."""

    number: int
    externals: list[str] = field(default_factory=list)  # the center's own patient ids
    patients: list[str] = field(default_factory=list)  # their pat_ tokens
    documents: dict[str, str] = field(default_factory=dict)  # document id → patient token
    records: set[str] = field(default_factory=set)
    accepted_documents: set[str] = field(default_factory=set)
    accepted_records: set[str] = field(default_factory=set)


class Client(threading.Thread):
    def __init__(self, service: Service, team: str, partner: Partner, tally: Tally, until: float, seed: int) -> None:
        super().__init__(daemon=True)
        self.service, self.partner, self.tally, self.until = service, partner, tally, until
        self.headers = {**service.headers, "x-team-id": team}
        self.random = random.Random(seed)
        self.pdf = fixtures.text_pdf(pages=2)

    def call(self, http: httpx.Client, method: str, route: str, path: str, **kwargs: object) -> httpx.Response | None:
        started = time.perf_counter()
        try:
            response = http.request(method, self.service.base + path, headers=self.headers, timeout=60, **kwargs)
        except httpx.TransportError:
            self.tally.add(route, 599, (time.perf_counter() - started) * 1000)  # no answer at all: counted as 5xx
            return None
        self.tally.add(route, response.status_code, (time.perf_counter() - started) * 1000)
        return response

    def medical_data(self, http: httpx.Client) -> None:
        known = self.partner.externals and self.random.random() < 0.7
        external = (self.random.choice(self.partner.externals) if known
                    else f"pt_{self.partner.number}_{self.random.randrange(10**9)}")
        body = {"patient_id": external, "data_type": "lab_results", "document_id": f"LAB-{self.random.randrange(10**9)}",
                "data": [{"name": "Hemoglobina", "value": round(self.random.uniform(9, 16), 1), "unit": "g/dL",
                          "reference_range": "12,0 a 16,0", "date": "2026-11-20"},
                         {"name": "Potássio", "value": round(self.random.uniform(3, 6.5), 1), "unit": "mmol/L"}]}
        response = self.call(http, "POST", "/v1/medical-data", "/v1/medical-data", json=body)
        if response is not None and response.status_code == 201:
            answer = response.json()
            self.partner.records.add(answer["record_id"])
            self.partner.accepted_records.add(answer["record_id"])
            if answer["patient_created"]:
                self.partner.externals.append(external)
                self.partner.patients.append(answer["patient_token"])

    def upload(self, http: httpx.Client) -> None:
        if not self.partner.patients:
            return self.medical_data(http)
        patient = self.random.choice(self.partner.patients)
        response = self.call(http, "POST", "/v1/patients/{patient_id}/prontuario-documents",
                             f"/v1/patients/{patient}/prontuario-documents",
                             files={"file": ("laudo.pdf", self.pdf, "application/pdf")})
        if response is not None and response.status_code == 202:
            document_id = response.json()["document_id"]
            self.partner.documents[document_id] = patient
            self.partner.accepted_documents.add(document_id)
        return None

    def poll(self, http: httpx.Client) -> None:
        if self.partner.records and (not self.partner.documents or self.random.random() < 0.5):
            record = self.random.choice(sorted(self.partner.records))
            response = self.call(http, "GET", "/v1/medical-data/{record_id}", f"/v1/medical-data/{record}")
            if response is not None and response.status_code == 200 and response.json()["status"] in SETTLED_RECORD:
                self.partner.records.discard(record)
        elif self.partner.documents:
            document, patient = self.random.choice(sorted(self.partner.documents.items()))
            response = self.call(http, "GET", "/v1/patients/{patient_id}/prontuario-documents/{document_id}",
                                 f"/v1/patients/{patient}/prontuario-documents/{document}")
            if response is not None and response.status_code == 200:
                body = response.json()
                if body["ocr_status"] in SETTLED_DOCUMENT and body["classification_status"] != "pending":
                    self.partner.documents.pop(document)

    def read(self, http: httpx.Client) -> None:
        if not self.partner.patients:
            return self.medical_data(http)
        suffix = self.random.choice(READS)
        self.call(http, "GET", "/v1/patients/{patient_id}" + suffix,
                  f"/v1/patients/{self.random.choice(self.partner.patients)}{suffix}")
        return None

    def run(self) -> None:
        actions = list(ACTIONS)
        weights = list(ACTIONS.values())
        with httpx.Client() as http:
            while time.monotonic() < self.until:
                getattr(self, self.random.choices(actions, weights)[0])(http)
                time.sleep(self.random.uniform(0.2, 0.8))  # a partner's think time


def settlement(graph: GraphDriver, tenant_id: str, documents: set[str], records: set[str]) -> dict[str, int]:
    """Every accepted item in the graph: present once, settled, and enriched at most once (version ≤ 1)."""
    accepted = documents | records
    rows = graph.read_ad_hoc("MATCH (d:Document) WHERE d.tenant_id = $tenant AND d.id IN $ids "
                             "RETURN d.id AS id, d.ocr_status AS status, coalesce(d.version, 0) AS versions",
                             tenant=tenant_id, ids=sorted(accepted))
    seen: Counter[str] = Counter(row["id"] for row in rows)
    return {"accepted": len(accepted), "settled": sum(row["status"] in SETTLED_DOCUMENT for row in rows),
            "lost": len(accepted - set(seen)), "duplicated": sum(count > 1 for count in seen.values()),
            "processed twice": sum(row["versions"] > 1 for row in rows)}


def wait_settled(graph: GraphDriver, tenant_id: str, documents: set[str], records: set[str],
                 timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while (time.monotonic() < deadline
           and settlement(graph, tenant_id, documents, records)["settled"] < len(documents | records)):
        time.sleep(5)


def route_table(tally: Tally) -> Table:
    table = Table(title="Per route (route template: no ids)")
    for column in ("route", "requests", "p50 ms", "p99 ms", "statuses"):
        table.add_column(column)
    for route in sorted(tally.latencies):
        values = np.array(tally.latencies[route])
        statuses = ", ".join(f"{code}: {count}" for code, count in sorted(tally.statuses[route].items()))
        table.add_row(route, str(len(values)), f"{np.percentile(values, 50):.1f}", f"{np.percentile(values, 99):.1f}",
                      statuses)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--settle-timeout", type=int, default=1800)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--api-processes", type=int, default=2)
    args = parser.parse_args()

    with console.status("starting clinigraph serve"):
        service = Service(args.workers, args.api_processes)
    memory = processes.PeakMemory(service.process.pid)
    memory.start()
    try:
        team = json.loads(subprocess.run(
            [sys.executable, "-m", "service.cli", "tenant", "list", "--data-dir", str(service.data_dir)],
            capture_output=True, text=True, check=True).stdout.splitlines()[0])["team_id"]
        service.wait_idle()
        tally = Tally()
        partners = [Partner(number) for number in range(args.clients)]
        until = time.monotonic() + args.seconds
        clients = [Client(service, team, partner, tally, until, seed) for seed, partner in enumerate(partners)]
        with console.status(f"{args.clients} partners for {args.seconds} s"):
            for client in clients:
                client.start()
            for client in clients:
                client.join()
        documents = set().union(*(p.accepted_documents for p in partners))
        records = set().union(*(p.accepted_records for p in partners))
        endpoint = EmbeddedFalkorDB(service.data_dir).running_elsewhere()
        assert endpoint is not None, "serve's embedded FalkorDB"
        graph = open_graph(endpoint.graph_url, timeout_s=60)
        try:
            with console.status(f"waiting for {len(documents) + len(records)} accepted items to settle"):
                wait_settled(graph, service.tenant_id, documents, records, args.settle_timeout)
            check = settlement(graph, service.tenant_id, documents, records)
        finally:
            graph.close()
        peaks = memory.finish()
    finally:
        service.stop()

    console.print(route_table(tally))
    errors = sum(count for statuses in tally.statuses.values() for code, count in statuses.items() if code >= 500)
    summary = Table(title=f"Load: {args.clients} partners, {args.seconds} s, {args.api_processes} API and "
                          f"{args.workers} worker processes")
    for column in ("measure", "value", "target"):
        summary.add_column(column)
    summary.add_row("requests", str(sum(len(v) for v in tally.latencies.values())), "")
    summary.add_row("5xx (or no answer)", str(errors), "0")
    for name, value in check.items():
        target = {"lost": "0", "duplicated": "0", "processed twice": "0", "settled": f"{check['accepted']}"}
        summary.add_row(f"items {name}", str(value), target.get(name, ""))
    console.print(summary)
    console.print(memory_table(peaks))


if __name__ == "__main__":
    main()
