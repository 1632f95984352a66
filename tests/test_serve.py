"""`clinigraph serve` and the admin CLI as a user runs them, on a real data dir."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support import PartnerEndpoint, clinigraph, free_port, ready, spawn, stop, wait_for

pytestmark = pytest.mark.slow


class Serve:
    def __init__(self, data_dir: Path, log: Path) -> None:
        self.data_dir, self.log, self.port = data_dir, log, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = spawn(["serve", "--port", str(self.port), "--data-dir", str(data_dir)], {}, log)
        wait_for(lambda: ready(self.base) or self.process.poll() is not None, timeout_s=60, what="serve ready")
        assert self.process.poll() is None, log.read_text()

    def children(self) -> list[int]:
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def child(self, marker: str) -> int:
        return next(pid for pid in self.children() if marker in Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " "))


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
    issued = cli_json("tenant", "create", "Clínica Restart", "--callback-url", partner.url,
                      "--data-dir", str(data_dir))
    assert set(issued) == {"tenant_id", "team_id", "name", "api_key"}
    headers = {"x-api-key": issued["api_key"]}
    patient = httpx.post(f"{serve.base}/v1/patients", json={"external_id": "pt_1"}, headers=headers).json()
    wait_for(lambda: len(partner.received) == 1, what="delivery through serve's worker")

    # The worker dies; a message enqueued meanwhile is served by its replacement.
    os.kill(serve.child("service.cli worker"), signal.SIGKILL)
    second = httpx.post(f"{serve.base}/v1/patients", json={"external_id": "pt_2"}, headers=headers)
    assert second.status_code == 201
    wait_for(lambda: len(partner.received) == 2, what="delivery after worker restart")
    assert partner.received[1]["json"]["patient_id"] == "pt_2"

    # The database dies; the supervisor restarts it on the same port and the API recovers.
    os.kill(serve.child("redis-server"), signal.SIGKILL)
    wait_for(lambda: httpx.get(f"{serve.base}/v1/patients/{patient['token']}", headers=headers).status_code == 200,
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

    for args, message in [
        (["tenant", "create", "Clinic CLI"], "already exists"),
        (["tenant", "create", "Other", "--allow-ip", "300.1.2.3/8"], "allow_ips"),
        (["tenant", "create", "Other", "--timezone", "Mars/Olympus"], "unknown time zone"),
        (["tenant", "rotate-key", "Nobody"], "no tenant named"),
    ]:
        done = clinigraph(*args, "--data-dir", str(data_dir))
        assert done.returncode == 1, args
        assert "Traceback" not in done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], done.stderr
