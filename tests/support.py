"""Test helpers: bounded polling, a real HTTP partner endpoint, and process plumbing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import httpx

from graph.child_process import terminate

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"  # the shared sample documents; tests that read it skip without it


def wait_for(probe: Callable[[], T | None], timeout_s: float = 30.0, every_s: float = 0.1, what: str = "condition") -> T:
    """Poll until `probe` returns something truthy; a bounded wait, not a speed assertion."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout_s}s")
        time.sleep(every_s)


@dataclass
class PartnerEndpoint:
    """A real HTTP server standing in for a partner's endpoint (an EMR's callback, an LLM API): it records
    each JSON request and answers with `reply(request)`."""

    status: int = 200
    received: list[dict[str, Any]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None
    reply: Callable[[dict[str, Any]], dict[str, Any]] = lambda _: {}

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.base}/docus/access-url"

    def start(self) -> PartnerEndpoint:
        partner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["content-length"]))
                request = {"headers": {k.lower(): v for k, v in self.headers.items()}, "json": json.loads(body),
                           "path": self.path, "body": body.decode(), "status": partner.status}
                partner.received.append(request)
                self.send_response(partner.status)
                self.send_header("content-type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps(partner.reply(request)).encode())

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def clinigraph(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real CLI (`python -m service.cli`) and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args], capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})}, cwd=ROOT,
    )


def spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("ab")
    return subprocess.Popen([sys.executable, "-m", "service.cli", *args], env={**os.environ, **env}, cwd=ROOT,
                            stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def stop(process: subprocess.Popen[bytes], timeout_s: float = 60) -> int:
    return terminate(process, timeout_s)


def ready(base_url: str) -> bool:
    try:
        return httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False
