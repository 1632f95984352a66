"""`clinigraph serve`'s children: keeps the embedded FalkorDB and the worker process alive."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time

from graph.child_process import die_with_parent, terminate
from graph.embedded import EmbeddedFalkorDB

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 30.0


class Supervisor(threading.Thread):
    """Restarts a crashed embedded database (same port and password) or worker, with backoff."""

    def __init__(self, embedded: EmbeddedFalkorDB | None, worker_env: dict[str, str], poll_s: float = 0.5) -> None:
        super().__init__(name="supervisor", daemon=True)
        self.embedded = embedded
        self.worker_env = worker_env
        self.poll_s = poll_s
        self.worker: subprocess.Popen[bytes] | None = None
        self.stopping = threading.Event()
        self._backoff = 1.0

    def start_worker(self) -> None:
        self.worker = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "worker"], env={**os.environ, **self.worker_env},
            stdin=subprocess.DEVNULL, preexec_fn=die_with_parent,
        )

    def run(self) -> None:
        while not self.stopping.wait(self.poll_s):
            if self.embedded is not None and not self.embedded.alive:
                log.error("embedded FalkorDB exited; restarting it")
                try:
                    self.embedded.restart()
                except Exception as exc:
                    log.error("embedded FalkorDB restart failed", extra={"error": str(exc)})
            if self.worker is not None and self.worker.poll() is not None and not self.stopping.is_set():
                log.error("worker exited; restarting it", extra={"returncode": self.worker.returncode,
                                                                  "backoff_s": self._backoff})
                if self.stopping.wait(self._backoff):
                    break
                self._backoff = min(self._backoff * 2, MAX_BACKOFF_S)
                self.start_worker()

    def stop(self, grace_s: float = 40.0) -> None:
        """Worker first (it finishes or requeues in-flight messages), then the database."""
        self.stopping.set()
        if self.is_alive():
            self.join()
        if self.worker is not None:
            terminate(self.worker, grace_s)
        if self.embedded is not None:
            started = time.monotonic()
            self.embedded.stop()
            log.info("embedded FalkorDB stopped", extra={"seconds": round(time.monotonic() - started, 2)})
