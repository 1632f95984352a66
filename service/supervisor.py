"""`clinigraph serve`'s children: keeps the embedded FalkorDB and the worker processes alive."""

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
# A worker stopping gracefully takes its Dramatiq grace (ingestion.worker.SHUTDOWN_GRACE_MS) and a second to exit;
# past this it is killed: its unfinished messages are requeued all the same.
WORKER_GRACE_S = 5.0


class Supervisor(threading.Thread):
    """Restarts a crashed embedded database (same port and password) or worker, with backoff."""

    def __init__(self, embedded: EmbeddedFalkorDB | None, worker_env: dict[str, str], workers: int = 1,
                 poll_s: float = 0.5) -> None:
        super().__init__(name="supervisor", daemon=True)
        self.embedded = embedded
        self.worker_env = worker_env
        self.poll_s = poll_s
        self.workers: list[subprocess.Popen[bytes] | None] = [None] * workers
        self.stopping = threading.Event()
        self._backoff = 1.0

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli", "worker"], env={**os.environ, **self.worker_env},
            stdin=subprocess.DEVNULL, preexec_fn=die_with_parent,
            start_new_session=True,  # Ctrl-C reaches `serve` alone, which stops the API before its workers
        )

    def start_workers(self) -> None:
        self.workers = [self._spawn() for _ in self.workers]

    def run(self) -> None:
        while not self.stopping.wait(self.poll_s):
            if self.embedded is not None and not self.embedded.alive:
                log.error("embedded FalkorDB exited; restarting it")
                try:
                    self.embedded.restart()
                except Exception as exc:
                    log.error("embedded FalkorDB restart failed", extra={"error": str(exc)})
            for slot, worker in enumerate(self.workers):
                if worker is None or worker.poll() is None or self.stopping.is_set():
                    continue
                log.error("worker exited; restarting it", extra={"returncode": worker.returncode,
                                                                  "backoff_s": self._backoff})
                if self.stopping.wait(self._backoff):
                    return
                self._backoff = min(self._backoff * 2, MAX_BACKOFF_S)
                self.workers[slot] = self._spawn()

    def stop(self, grace_s: float = WORKER_GRACE_S) -> None:
        """Workers first (they finish or requeue in-flight messages), then the database."""
        self.stopping.set()
        if self.is_alive():
            self.join()
        for worker in self.workers:
            if worker is not None and worker.poll() is None:
                worker.terminate()  # all at once: each finishes or requeues its in-flight messages
        for worker in self.workers:
            if worker is not None:
                terminate(worker, grace_s)
        if self.embedded is not None:
            started = time.monotonic()
            self.embedded.stop()
            log.info("embedded FalkorDB stopped", extra={"seconds": round(time.monotonic() - started, 2)})
