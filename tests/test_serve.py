"""`clinigraph serve` and the admin CLI as a user runs them, on a real data dir."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from graph import documents
from graph.connect import open_graph
from graph.embedded import EmbeddedFalkorDB, free_port
from tests import fixtures
from tests.support import PartnerEndpoint, clinigraph, ready, spawn, stop, wait_for

pytestmark = pytest.mark.slow


class Serve:
    def __init__(self, data_dir: Path, log: Path, *options: str) -> None:
        self.data_dir, self.log, self.port = data_dir, log, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = spawn(["serve", "--port", str(self.port), "--data-dir", str(data_dir), *options], {}, log)
        wait_for(lambda: ready(self.base) or self.process.poll() is not None, timeout_s=60, what="serve ready")
        assert self.process.poll() is None, log.read_text()

    def children(self) -> list[int]:
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def child(self, marker: str) -> int:
        return next(pid for pid in self.children() if marker in Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " "))


def still_alive(pids: list[int]) -> list[int]:
    """Those of `pids` still running (a zombie has exited; nobody may be left to reap it)."""
    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except FileNotFoundError:
            return False
    return [pid for pid in pids if alive(pid)]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def serve(data_dir: Path, tmp_path: Path) -> Iterator[Serve]:
    running = Serve(data_dir, tmp_path / "serve.log")
    yield running
    stop(running.process)


def cli_json(*args: str) -> dict:
    done = clinigraph(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_serve_keeps_data_across_restarts_and_recovers_its_children(serve: Serve, data_dir: Path, tmp_path: Path,
                                                                     partner: PartnerEndpoint) -> None:
    issued = cli_json("tenant", "create", "Clínica Restart", "--callback-url", partner.url, "--allow-private-callback",
                      "--data-dir", str(data_dir))
    assert set(issued) == {"tenant_id", "team_id", "name", "api_key", "webhook_secret"}
    headers = {"x-api-key": issued["api_key"]}
    patient = httpx.post(f"{serve.base}/v1/patients", json={"external_id": "pt_1"}, headers=headers).json()
    patient_url = f"{serve.base}/v1/patients/{patient['token']}"
    wait_for(lambda: httpx.get(patient_url, headers=headers).json()["access_url_status"] == "sent",
             what="delivery through serve's worker, settled")
    assert len(partner.received) == 1

    # The worker dies (after settling: a kill between delivery and settle is an at-least-once resend); a message
    # enqueued meanwhile is served by its replacement.
    os.kill(serve.child("service.cli worker"), signal.SIGKILL)
    second = httpx.post(f"{serve.base}/v1/patients", json={"external_id": "pt_2"}, headers=headers)
    assert second.status_code == 201
    wait_for(lambda: len(partner.received) == 2, what="delivery after worker restart")
    assert partner.received[1]["json"]["patient_id"] == "pt_2"
    second_url = f"{serve.base}/v1/patients/{second.json()['token']}"
    wait_for(lambda: httpx.get(second_url, headers=headers).json()["access_url_status"] == "sent",
             what="second delivery settled")

    # The database dies; the supervisor restarts it on the same port and the API recovers.
    os.kill(serve.child("redis-server"), signal.SIGKILL)
    wait_for(lambda: httpx.get(patient_url, headers=headers).status_code == 200,
             what="recovery after database crash")

    assert stop(serve.process) == 0
    assert not (data_dir / "falkordb" / "runtime.json").exists()
    assert "Traceback" not in serve.log.read_text()

    again = Serve(data_dir, tmp_path / "serve2.log")
    try:
        found = httpx.get(f"{again.base}/v1/patients/{patient['token']}", headers=headers)
        assert found.status_code == 200 and found.json() == patient | {"access_url_status": "sent",
                                                                         "updated_at": found.json()["updated_at"]}
        listing = httpx.get(f"{again.base}/v1/patients", headers=headers).json()
        assert listing["total"] == 2
        assert len(partner.received) == 2, "nothing is delivered twice after a restart"
    finally:
        assert stop(again.process) == 0


def test_admin_cli_round_trip_and_one_line_errors(data_dir: Path) -> None:
    first = clinigraph("migrate", "--data-dir", str(data_dir))
    assert first.returncode == 0 and "applied" in first.stderr
    second = clinigraph("migrate", "--data-dir", str(data_dir))
    assert second.returncode == 0 and "applied" not in second.stderr and "current" in second.stderr

    issued = cli_json("tenant", "create", "Clinic CLI", "--allow-ip", "10.0.0.0/8", "--allow-ip", "192.168.1.0/24",
                      "--timezone", "America/Sao_Paulo", "--data-dir", str(data_dir))
    listed = clinigraph("tenant", "list", "--data-dir", str(data_dir))
    assert listed.returncode == 0 and issued["api_key"] not in listed.stdout
    row = json.loads(listed.stdout.splitlines()[0])
    assert row["allow_ips"] == ["10.0.0.0/8", "192.168.1.0/24"] and row["timezone"] == "America/Sao_Paulo"
    assert row["active_key_prefixes"] == [issued["api_key"][:14]]

    rotated = cli_json("tenant", "rotate-key", "Clinic CLI", "--data-dir", str(data_dir))
    assert rotated["tenant_id"] == issued["tenant_id"] and rotated["api_key"] != issued["api_key"]
    secret = cli_json("tenant", "rotate-webhook-secret", "Clinic CLI", "--data-dir", str(data_dir))
    assert "api_key" not in secret and secret["webhook_secret"].startswith("whsec_")
    assert secret["webhook_secret"] != issued["webhook_secret"]
    assert issued["webhook_secret"] not in clinigraph("tenant", "list", "--data-dir", str(data_dir)).stdout

    updated = cli_json("tenant", "update", "Clinic CLI", "--callback-url", "http://127.0.0.1:9/hook",
                       "--allow-private-callback", "--access-url-days", "14", "--data-dir", str(data_dir))
    assert (updated["callback_url"], updated["allow_private_callback"], updated["access_url_days"]) == \
        ("http://127.0.0.1:9/hook", True, 14)
    assert updated["allow_ips"] == ["10.0.0.0/8", "192.168.1.0/24"], "what is not given is kept"
    opened = cli_json("tenant", "update", "Clinic CLI", "--allow-ip", "any", "--data-dir", str(data_dir))
    assert opened["allow_ips"] == ["0.0.0.0/0", "::/0"]
    logged = clinigraph("callbacks", "list", "--tenant", "Clinic CLI", "--failed", "--data-dir", str(data_dir))
    assert logged.returncode == 0 and logged.stdout == ""

    for args, message in [
        (["tenant", "create", "Clinic CLI"], "already exists"),
        (["tenant", "create", "Other", "--allow-ip", "300.1.2.3/8"], "allow_ips"),
        (["tenant", "create", "Other", "--timezone", "Mars/Olympus"], "unknown time zone"),
        (["tenant", "rotate-key", "Nobody"], "no tenant named"),
        (["tenant", "create", "Other", "--callback-url", "http://127.0.0.1:9/hook"], "--allow-private-callback"),
        (["tenant", "create", "Other", "--callback-url", "http://8.8.8.8/hook"], "must use https"),
        (["tenant", "update", "Clinic CLI", "--no-allow-private-callback"], "--allow-private-callback"),
        (["callbacks", "resend", "no-such-delivery"], "no callback delivery"),
    ]:
        done = clinigraph(*args, "--data-dir", str(data_dir))
        assert done.returncode == 1, args
        assert "Traceback" not in done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], done.stderr


# The seed's end-to-end example (delphos-patient-documents-api.txt), verbatim but for BASE, the key and
# PATIENT.
SEED_EXAMPLE = """
import time
import httpx

BASE = "{base}/v1"
HEADERS = {{"x-api-key": "{key}"}}
PATIENT = "{patient}"

# 1) Upload — returns 202 immediately
with open("hemograma.pdf", "rb") as fh:
    upload = httpx.post(
        f"{{BASE}}/patients/{{PATIENT}}/prontuario-documents",
        headers=HEADERS,
        files={{"file": ("hemograma.pdf", fh, "application/pdf")}},
        data={{"title": "Hemograma Completo — 2026-06-03"}},
        # document_type omitted -> automatic classification
    )
upload.raise_for_status()  # 202
body = upload.json()
patient_document_id = body["patient_document_id"]
print("accepted:", body["ocr_status"], body["classification_status"])

# 2) Poll the document list until OCR settles
def current(doc_id):
    page = httpx.get(
        f"{{BASE}}/patients/{{PATIENT}}/documents",
        headers=HEADERS,
        params={{"limit": 100}},
    ).json()
    return next((d for d in page["documents"] if d["id"] == doc_id), None)

deadline = time.time() + 120
while time.time() < deadline:
    doc = current(patient_document_id)
    if doc is None:
        raise RuntimeError("not_found")
    ocr_status = (doc.get("ocr_document") or {{}}).get("status")
    if ocr_status == "completed":
        print("processed; final type:", doc["document_type"])
        break
    if ocr_status == "failed":
        raise RuntimeError("OCR failed for this document")
    time.sleep(3)
else:
    raise TimeoutError("still processing")

# 3) Read graph-derived lab trends (available after processing)
trends = httpx.get(
    f"{{BASE}}/patients/{{PATIENT}}/lab-trends",
    headers=HEADERS,
    params={{"period": 12}},
).json()
print("markers tracked:", [s["marker_name"] for s in trends["markers"]])
"""


def test_seed_example_runs_to_its_last_line(serve: Serve, data_dir: Path, tmp_path: Path) -> None:
    key = cli_json("tenant", "create", "Seed Example", "--data-dir", str(data_dir))["api_key"]
    patient = httpx.post(f"{serve.base}/v1/patients", json={}, headers={"x-api-key": key}).json()["token"]
    workdir = tmp_path / "example"
    workdir.mkdir()
    collected = (date.today() - timedelta(days=40)).strftime("%d/%m/%Y")  # inside the example's 12 months
    lines = [line.replace("03/06/2026", collected) for line in fixtures.LAB_LINES]
    (workdir / "hemograma.pdf").write_bytes(fixtures.text_pdf(lines))
    script = SEED_EXAMPLE.format(base=serve.base, key=key, patient=patient)
    done = subprocess.run([sys.executable, "-c", script], cwd=workdir, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["accepted: pending pending", "processed; final type: lab_report",
                                        "markers tracked: ['Glicose', 'Hemoglobina', 'Plaquetas', 'Leucócitos']"]


def test_worker_killed_mid_job_completes_exactly_once(serve: Serve, data_dir: Path) -> None:
    key = cli_json("tenant", "create", "Crash Clinic", "--data-dir", str(data_dir))["api_key"]
    headers = {"x-api-key": key}
    patient = httpx.post(f"{serve.base}/v1/patients", json={}, headers=headers).json()["token"]
    pages = 6
    upload = httpx.post(f"{serve.base}/v1/patients/{patient}/prontuario-documents", headers=headers,
                        files={"file": ("scan.pdf", fixtures.image_pdf(pages=pages), "application/pdf")}, timeout=30)
    document_id = upload.json()["document_id"]
    poll = f"{serve.base}/v1/patients/{patient}/prontuario-documents/{document_id}"
    wait_for(lambda: httpx.get(poll, headers=headers).json()["ocr_status"] == "processing", what="job started")
    os.kill(serve.child("service.cli worker"), signal.SIGKILL)

    final = wait_for(lambda: (body := httpx.get(poll, headers=headers).json())["processed_at"] and body,
                     timeout_s=180, every_s=0.5, what="completion after the worker crash")
    assert (final["ocr_status"], final["classification_status"], final["page_count"]) == ("completed", "completed", pages)
    endpoint = EmbeddedFalkorDB(data_dir).running_elsewhere()
    assert endpoint is not None
    graph = open_graph(endpoint.graph_url)
    try:
        tenant_id = json.loads(clinigraph("tenant", "list", "--data-dir", str(data_dir)).stdout.splitlines()[0])
        chunks = documents.chunks(graph, tenant_id["tenant_id"], document_id)
    finally:
        graph.close()
    assert sorted({c.page for c in chunks}) == list(range(1, pages + 1))
    assert [c.seq for c in chunks] == list(range(len(chunks))), "every passage once, none duplicated"
    for previous, current in zip(chunks, chunks[1:]):  # passages tile each page: no gap, no overlap
        assert current.start == (previous.end if current.page == previous.page else 0)


def test_several_api_and_worker_processes_serve_and_stop_cleanly(data_dir: Path, tmp_path: Path) -> None:
    running = Serve(data_dir, tmp_path / "multi.log", "--api-processes", "2", "--workers", "2")
    try:
        key = cli_json("tenant", "create", "Multi", "--data-dir", str(data_dir))["api_key"]
        for _ in range(6):  # spread over both API processes
            assert httpx.post(f"{running.base}/v1/patients", json={}, headers={"x-api-key": key}).status_code == 201
        listing = httpx.get(f"{running.base}/v1/patients", headers={"x-api-key": key}).json()
        assert listing["total"] == 6
        children = running.children()
        workers = [pid for pid in children
                   if "service.cli worker" in Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")]
        assert len(workers) == 2
        # Workers' threads yield to the API's at once (SCHED_IDLE, set before the models load); the API's do not.
        wait_for(lambda: running.log.read_text().count("worker started") == 2, timeout_s=120, what="workers started")
        for worker in workers:
            assert {os.sched_getscheduler(int(tid)) for tid in os.listdir(f"/proc/{worker}/task")} == {os.SCHED_IDLE}
        assert os.sched_getscheduler(running.process.pid) == os.SCHED_OTHER
    finally:
        assert stop(running.process) == 0
    wait_for(lambda: not still_alive(children), timeout_s=10, what="every child process gone")
    assert "Traceback" not in running.log.read_text()


def test_sigterm_during_the_workers_warm_up_stops_every_process_within_10s(data_dir: Path, tmp_path: Path) -> None:
    running = Serve(data_dir, tmp_path / "warm-up.log")
    try:
        worker = running.child("service.cli worker")
        # yield_cpu() runs just before the models load (some 20 s): from then on the worker is warming up.
        wait_for(lambda: os.sched_getscheduler(worker) == os.SCHED_IDLE, timeout_s=60, what="warm-up begun")
        tree = [running.process.pid, *running.children()]
        running.process.send_signal(signal.SIGTERM)
        wait_for(lambda: not still_alive(tree), timeout_s=10, every_s=0.05, what="every process gone")
    finally:
        assert stop(running.process) == 0
    log = running.log.read_text()
    assert "worker started" not in log, "the worker stopped during its warm-up"
    assert "Traceback" not in log
    assert not (data_dir / "falkordb" / "runtime.json").exists()
    assert clinigraph("migrate", "--data-dir", str(data_dir)).returncode == 0, "the data dir is free again"


def test_a_finaliser_the_stop_cut_short_is_one_log_line_not_a_traceback(caplog: pytest.LogCaptureFixture) -> None:
    """The worker's first signal raises wherever its main thread is; an object it leaves half made (a pattern half
    compiled in the warm-up) fails in its finaliser, and that is reported as one line, without a traceback."""
    from service import cli

    class HalfMade:
        def __del__(self) -> None:
            raise ValueError("half compiled")

    previous = sys.unraisablehook
    sys.unraisablehook = cli._stopped_short
    try:
        with caplog.at_level("WARNING"):
            HalfMade()
    finally:
        sys.unraisablehook = previous
    assert [record.getMessage() for record in caplog.records] == [
        "during the stop, ValueError in a finaliser was ignored"]
    assert "Traceback" not in caplog.text
