"""Where worker processes keep their Prometheus metrics (prometheus_client's multiprocess mode, Dramatiq's
Prometheus middleware included): a directory under the data dir, read by the API's `/metrics`.
Set before anything imports prometheus_client: the library picks its storage at import."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def metrics_dir(data_dir: Path) -> Path:
    return data_dir / "metrics"


def share_metrics(data_dir: Path) -> None:
    """In a worker process, before prometheus_client or dramatiq's Prometheus middleware is imported."""
    directory = metrics_dir(data_dir)
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    os.environ["dramatiq_prom_db"] = str(directory)


def clear(data_dir: Path) -> None:
    """Before `serve` starts its workers: counts of processes from an earlier run would be added to theirs."""
    shutil.rmtree(metrics_dir(data_dir), ignore_errors=True)
