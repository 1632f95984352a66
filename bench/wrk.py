"""Load with wrk (a C load generator, so the client does not steal the cores it measures) and its numbers."""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class Load:
    p50_ms: float
    p99_ms: float
    requests: int
    rate: float  # requests/s


def run(url: str, script: Callable[[Path], str], files: dict[str, bytes], connections: int, seconds: int,
        what: str) -> Load:
    """wrk on `url` for `seconds` with `connections`, its Lua script made by `script` from the directory the `files`
    are written to; a non-2xx answer under load fails the run, saying `what` failed."""
    with tempfile.TemporaryDirectory(prefix="clinigraph-wrk-") as work_dir:
        work = Path(work_dir)
        for name, content in files.items():
            (work / name).write_bytes(content)
        (work / "load.lua").write_text(script(work))
        done = subprocess.run(["wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{seconds}s", "--latency",
                               "-s", str(work / "load.lua"), url], capture_output=True, text=True, check=True)
    if "Non-2xx" in done.stdout:
        raise RuntimeError(f"{what} failed under load:\n{done.stdout}")
    percentiles = {p: float(value) * _UNIT_MS[unit]
                   for p, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(ms|s|us)", done.stdout, re.M)}
    requests = int(re.search(r"(\d+) requests in", done.stdout).group(1))  # type: ignore[union-attr]
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))  # type: ignore[union-attr]
    return Load(percentiles["50"], percentiles["99"], requests, rate)
