"""Faults: what a partner sees, and what is kept, when a process dies or a resource runs out mid-work.

    python -m bench.faults [--only NAME]

Against a real `clinigraph serve` (embedded FalkorDB, one API and one worker process), each scenario submits
work, injects its fault while the work is in flight, waits for everything to settle and then counts, in the
graph: records accepted (the client got 201/202), settled, lost (accepted but absent or never settled) and
processed twice (a document enriched more than once), beside what the client saw. Lost and duplicated must be 0.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from rich.console import Console
from rich.table import Table

from bench import processes
from bench.documents import Service, one_megabyte_pdf
from graph.connect import open_graph
from graph.driver import GraphDriver, GraphUnavailable
from graph.embedded import EmbeddedFalkorDB
from tests import fixtures
from tests.support import PartnerEndpoint, wait_for

console = Console(width=170)
SETTLED = {"completed", "failed", "skipped"}


@dataclass
class Outcome:
    name: str
    accepted: set[str] = field(default_factory=set)
    answers: Counter[int] = field(default_factory=Counter)
    settled: int = 0
    lost: int = 0
    twice: int = 0
    note: str = ""


class Faults:
    def __init__(self) -> None:
        self.service = Service(workers=1, api_processes=1)
        self.partner = PartnerEndpoint().start()
        self.team, self.headers = self._tenant()
        endpoint = EmbeddedFalkorDB(self.service.data_dir).running_elsewhere()
        assert endpoint is not None, "serve's embedded FalkorDB"
        self.graph: GraphDriver = open_graph(endpoint.graph_url, timeout_s=5)

    def _tenant(self) -> tuple[str, dict[str, str]]:
        """A tenant whose access URLs go to the local partner endpoint."""
        created = subprocess.run(
            [sys.executable, "-m", "service.cli", "tenant", "create", "Faults", "--rate-limit", "1000000",
             "--callback-url", self.partner.url, "--allow-private-callback", "--data-dir", str(self.service.data_dir)],
            capture_output=True, text=True, check=True)
        issued = json.loads(created.stdout)
        self.tenant_id = issued["tenant_id"]
        return issued["team_id"], {"x-api-key": issued["api_key"], "x-team-id": issued["team_id"]}

    def new_patient(self) -> str:
        return httpx.post(f"{self.service.base}/v1/patients", json={}, headers=self.headers).json()["token"]

    def pids(self, role: str) -> list[int]:
        return [pid for pid in processes.tree(self.service.process.pid) if processes.role(pid).startswith(role)]

    def submit(self, outcome: Outcome, patient: str | None, content: bytes | None = None) -> None:
        """An upload (to `patient`) or, without one, a medical-data record that creates its patient."""
        try:
            if patient is not None:
                response = httpx.post(f"{self.service.base}/v1/patients/{patient}/prontuario-documents",
                                      headers=self.headers, timeout=30,
                                      files={"file": ("doc.pdf", content or b"", "application/pdf")})
                key = "document_id"
            else:
                response = httpx.post(f"{self.service.base}/v1/medical-data", headers=self.headers, timeout=30, json={
                    "patient_id": f"pt_{time.monotonic_ns()}", "data_type": "lab_results",
                    "document_id": f"LAB-{time.monotonic_ns()}",
                    "data": [{"name": "Hemoglobina", "value": 13.1, "unit": "g/dL"}]})
                key = "record_id"
        except httpx.TransportError:
            outcome.answers[0] += 1  # no answer at all
            return
        outcome.answers[response.status_code] += 1
        if response.status_code in (201, 202):
            outcome.accepted.add(response.json()[key])

    def lease_steps(self) -> list[str]:
        try:
            rows = self.graph.read_ad_hoc("MATCH (d:Document) WHERE d.tenant_id = $t AND d.lease_until IS NOT NULL "
                                          "RETURN d.lease_step AS step", t=self.tenant_id)
        except GraphUnavailable:
            return []
        return [row["step"] for row in rows]

    def count(self, outcome: Outcome, timeout_s: float = 600) -> Outcome:
        """Wait until every accepted item settled (or the timeout), then count what the graph holds."""
        def rows() -> list[dict]:
            return self.graph.read_ad_hoc("MATCH (d:Document) WHERE d.tenant_id = $t AND d.id IN $ids "
                                          "RETURN d.id AS id, d.ocr_status AS status, coalesce(d.version, 0) AS v",
                                          t=self.tenant_id, ids=sorted(outcome.accepted))

        def done() -> bool:
            try:
                return sum(row["status"] in SETTLED for row in rows()) == len(outcome.accepted)
            except GraphUnavailable:
                return False

        try:
            wait_for(done, timeout_s=timeout_s, every_s=2, what=f"{outcome.name}: settled")
        except AssertionError as exc:
            outcome.note = str(exc)
        found = rows()
        outcome.settled = sum(row["status"] in SETTLED for row in found)
        outcome.lost = len(outcome.accepted) - outcome.settled
        outcome.twice = sum(row["v"] > 1 for row in found)
        return outcome

    def kill_worker_during(self, name: str, step: str, content: bytes, documents: int) -> Outcome:
        outcome = Outcome(name)
        patient = self.new_patient()
        for _ in range(documents):
            self.submit(outcome, patient, content)
        wait_for(lambda: step in self.lease_steps(), timeout_s=300, every_s=0.05, what=f"a document in {step}")
        for pid in self.pids("worker"):
            os.kill(pid, signal.SIGKILL)
        outcome.note = f"worker killed with a document in `{step}`; supervisor restarts it"
        return self.count(outcome)

    def database_down(self, name: str, signum: int) -> Outcome:
        """Submissions keep coming while the graph/broker process dies (or stops) and is restarted."""
        outcome = Outcome(name)
        patient = self.new_patient()
        stop = threading.Event()

        def load() -> None:
            while not stop.is_set():
                self.submit(outcome, patient, fixtures.text_pdf())
                self.submit(outcome, None)

        threads = [threading.Thread(target=load) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(3)
        for pid in self.pids("FalkorDB"):
            os.kill(pid, signum)
        time.sleep(12)
        stop.set()
        for thread in threads:
            thread.join()
        outcome.note = "supervisor restarts it; refused submissions are 503 and nothing of them is kept"
        return self.count(outcome)

    def disk_full(self) -> Outcome:
        """The stored files' directory on an 8 MB tmpfs: uploads past it are refused, none half-kept."""
        outcome = Outcome("disk full while storing uploads")
        files = self.service.data_dir / "files"
        files.mkdir(exist_ok=True)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(files)], capture_output=True)
        if mounted.returncode != 0:
            outcome.note = f"not run: cannot mount a small tmpfs ({mounted.stderr.decode().strip()})"
            return outcome
        try:
            patient = self.new_patient()
            big = one_megabyte_pdf()
            for _ in range(14):
                self.submit(outcome, patient, big)
            self.count(outcome)
            leftovers = [path for path in files.rglob(".upload-*")]
            outcome.note = f"{len(leftovers)} partial files left behind"
        finally:
            subprocess.run(["umount", "-l", str(files)], capture_output=True)
        return outcome

    def receiver_down(self) -> Outcome:
        """Patients created while the partner's endpoint answers 503: each access URL arrives exactly once later."""
        outcome = Outcome("callback receiver down for 8 s")
        self.partner.received.clear()
        self.partner.status = 503
        for _ in range(10):
            self.submit(outcome, None)
        time.sleep(8)
        self.partner.status = 200
        self.count(outcome)
        patients = len(outcome.accepted)

        def delivered() -> int:
            return len({r["headers"]["webhook-id"] for r in self.partner.received if r["status"] == 200})

        try:
            wait_for(lambda: delivered() >= patients, timeout_s=600, every_s=2, what="access URLs delivered")
        except AssertionError:
            pass
        ids = Counter(r["headers"]["webhook-id"] for r in self.partner.received if r["status"] == 200)
        outcome.note = (f"access URLs delivered {len(ids)}/{patients}, delivered twice {sum(n > 1 for n in ids.values())}, "
                        f"refused attempts {sum(r['status'] != 200 for r in self.partner.received)}")
        return outcome

    def close(self) -> None:
        self.graph.close()
        self.partner.stop()
        self.service.stop()


def scenarios(faults: Faults) -> dict[str, Callable[[], Outcome]]:
    return {
        "ocr": lambda: faults.kill_worker_during("worker kill -9 mid-OCR", "extract", fixtures.image_pdf(pages=6), 3),
        "nlp": lambda: faults.kill_worker_during("worker kill -9 mid-NLP", "enrich", fixtures.text_pdf(pages=40), 3),
        "graph": lambda: faults.database_down("graph+broker process kill -9 mid-write", signal.SIGKILL),
        "redis": lambda: faults.database_down("graph+broker process restarted (SIGTERM)", signal.SIGTERM),
        "disk": faults.disk_full,
        "callbacks": faults.receiver_down,
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", help="Scenario(s) to run: ocr, nlp, graph, redis, disk, callbacks.")
    args = parser.parse_args()
    with console.status("starting clinigraph serve"):
        faults = Faults()
    outcomes = []
    try:
        faults.service.wait_idle()
        for name, run in scenarios(faults).items():
            if args.only and name not in args.only:
                continue
            with console.status(name):
                outcomes.append(run())
    finally:
        faults.close()
    table = Table(title="Faults (embedded FalkorDB is also the broker: its restart is the Redis restart)")
    for column in ("scenario", "accepted", "settled", "lost", "processed twice", "client saw", "notes"):
        table.add_column(column)
    for outcome in outcomes:
        saw = ", ".join(f"{code or 'no answer'}: {n}" for code, n in sorted(outcome.answers.items()))
        table.add_row(outcome.name, str(len(outcome.accepted)), str(outcome.settled), str(outcome.lost),
                      str(outcome.twice), saw, outcome.note)
    console.print(table)


if __name__ == "__main__":
    main()
