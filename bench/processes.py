"""A process tree read from /proc: its CPU time (to wait until `serve` is idle) and each process's peak memory.

A worker that holds gigabytes is a cost the latency and throughput figures do not show, so bench.documents
prints each `serve` process's peak resident memory beside them.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MIB = 1024


def tree(root: int) -> list[int]:
    """`root` and its descendants alive now."""
    return list(parents(root))


def parents(root: int) -> dict[int, int]:
    """`root` and its descendants alive now, each with its parent (`root` with itself), found through every
    thread's children (uvicorn's processes and the workers may be started from other threads than the main one)."""
    found, todo = {}, [(root, root)]
    while todo:
        pid, parent = todo.pop()
        found[pid] = parent
        try:
            tasks = list(Path(f"/proc/{pid}/task").iterdir())
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                todo += [(int(child), pid) for child in (task / "children").read_text().split()]
            except FileNotFoundError:
                pass
    return found


def cpu_seconds(root: int) -> float:
    """User and system CPU time of `root`'s tree, as far as its processes are alive."""
    ticks = 0
    for pid in tree(root):
        try:
            ticks += sum(int(v) for v in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:13])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_idle(root: int, timeout_s: float, every_s: float = 2.0, busy_s: float = 0.1) -> bool:
    """Until `root`'s tree uses less than `busy_s` of CPU in `every_s` (a worker loading its models, a backlog
    being processed), so a measurement is not taken beside them and waiting adds no load; False on timeout."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        before = cpu_seconds(root)
        time.sleep(every_s)
        if cpu_seconds(root) - before < busy_s:
            return True
    return False


def command_line(pid: int) -> list[str]:
    """Its arguments; none once it has exited (a zombie's command line is empty)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").rstrip("\0")
    except (FileNotFoundError, ProcessLookupError):
        return []
    return raw.split("\0") if raw else []


def role(argv: list[str]) -> str:
    """What a process of `serve` is, from its command line."""
    if not argv:
        return "?"
    line = " ".join(argv)
    if "redis-server" in argv[0]:
        return "FalkorDB (embedded redis-server)"
    if "service.cli" in argv and "worker" in argv:
        return "worker"
    if "service.cli" in argv and "serve" in argv:
        return "serve (supervisor, uvicorn's manager)"
    if "resource_tracker" in line:
        return "multiprocessing resource tracker"
    if "multiprocessing" in line:
        return "API (uvicorn process)"
    if "-m" in argv[:-1]:
        return argv[argv.index("-m") + 1]  # a worker's helper process, named by its module
    return Path(argv[0]).name


def status_kib(pid: int, field: str) -> int:
    """A `VmRSS`/`VmHWM`-like field of /proc/<pid>/status in KiB; 0 once the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


@dataclass
class Peak:
    role: str
    pid: int
    argv: list[str]
    sampled_kib: int = 0  # the largest VmRSS seen while sampling
    hwm_kib: int = 0  # VmHWM read at the end (the kernel's own peak), 0 if the process had exited

    @property
    def peak_mib(self) -> float:
        return max(self.sampled_kib, self.hwm_kib) / MIB


class PeakMemory(threading.Thread):
    """Samples the resident memory of every process under `root` every `every_s` (so a process that exits or is
    restarted before the end is still counted); `finish` adds each live process's VmHWM, the true peak."""

    def __init__(self, root: int, every_s: float = 1.0) -> None:
        super().__init__(name="peak-memory", daemon=True)
        self.root, self.every_s = root, every_s
        self.peaks: dict[int, Peak] = {}
        self._stop_event = threading.Event()

    def sample(self) -> None:
        """A process caught between fork and exec (its parent's command line, its parent's pages shared) is left
        for the next sample; one seen with a new command line starts afresh."""
        for pid, parent in parents(self.root).items():
            argv, peak = command_line(pid), self.peaks.get(pid)
            if not argv or (pid != parent and argv == command_line(parent)):
                continue
            if peak is None or peak.argv != argv:
                peak = self.peaks[pid] = Peak(role(argv), pid, argv)
            peak.sampled_kib = max(peak.sampled_kib, status_kib(pid, "VmRSS"))

    def run(self) -> None:
        while not self._stop_event.wait(self.every_s):
            self.sample()

    def finish(self) -> list[Peak]:
        """Stop sampling and read VmHWM; call it before the processes are stopped."""
        self._stop_event.set()
        if self.ident is not None:
            self.join()
        self.sample()
        for peak in self.peaks.values():
            peak.hwm_kib = status_kib(peak.pid, "VmHWM")
        return sorted(self.peaks.values(), key=lambda p: (p.role, p.pid))
