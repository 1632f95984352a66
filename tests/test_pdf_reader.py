"""The PDF reader's child process is kept from batch to batch (starting one costs more than reading a text PDF), and
only while it is sound: a page past its time limit fails that document alone, and the next read gets a new child."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingestion.extraction import ExtractionError, pdf
from tests import hostile_bombs as bombs
from tests.fixtures import text_pdf

ROOT = Path(__file__).resolve().parents[1]


def readers() -> set[int]:
    """The pids of this process's PDF reader children, whichever thread started them."""
    pids = set()
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"ingestion.extraction.pdf_pages" in cmdline:
                pids.add(int(pid))
    return pids


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.pdf"
    path.write_bytes(text_pdf(pages=3))
    return path


def read(path: Path) -> list[str]:
    batch = pdf.read_batch(path)
    assert batch.ocr_pages == 0
    return batch.pages


def running(pid: int) -> bool:
    """Whether the process is there and not a zombie (one whose parent is gone waits for init to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_reads_reuse_one_child_even_past_the_thread_that_started_it(good: Path) -> None:
    """The child's PR_SET_PDEATHSIG fires when the thread that started it ends: a step's thread ending must not
    kill the child kept for the next step."""
    started = threading.Thread(target=read, args=(good,))
    started.start()
    started.join()
    kept = readers()
    assert kept
    assert "Hemoglobina" in read(good)[2]
    assert "Hemoglobina" in read(good)[0]
    assert readers() == kept


def test_a_page_past_its_time_limit_fails_its_document_and_the_next_read_succeeds(
        good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read(good)
    before = readers()
    monkeypatch.setattr(pdf, "PAGE_TIMEOUT_S", 1.0)
    hostile = tmp_path / "forms.pdf"
    hostile.write_bytes(bombs.pdf_nested_forms(300, 3))
    with pytest.raises(ExtractionError, match="excedeu"):
        pdf.read_batch(hostile)
    stuck = before - readers()
    assert len(stuck) == 1 and not running(*stuck), "the child stuck on the page was killed"
    assert "Hemoglobina" in read(good)[0]
    assert readers() and not readers() & stuck


def test_the_child_dies_with_its_worker(tmp_path: Path) -> None:
    """A worker leaving at once (os._exit, as `serve` stops it) takes its reader with it, even one busy in MuPDF
    (deaf to its socket closing): PR_SET_PDEATHSIG."""
    hostile = tmp_path / "forms.pdf"
    hostile.write_bytes(bombs.pdf_nested_forms(300, 3))
    script = ("import os, sys, threading, time; from pathlib import Path; from ingestion.extraction import pdf; "
              "threading.Thread(target=pdf.read_batch, args=(Path(sys.argv[1]),), daemon=True).start(); "
              "time.sleep(3); "
              "print(*(pid for task in Path('/proc/self/task').iterdir() for pid in (task / 'children').read_text()"
              ".split()), flush=True); os._exit(0)")
    worker = subprocess.run([sys.executable, "-c", script, str(hostile)], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    children = [int(pid) for pid in worker.stdout.split()]
    assert children
    deadline = time.monotonic() + 5
    while any(map(running, children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(running, children)), "the reader outlived its worker"


@pytest.mark.parametrize("limit", ["READER_BATCHES", "READER_RSS"])
def test_a_worn_child_is_retired_after_its_batch(good: Path, monkeypatch: pytest.MonkeyPatch, limit: str) -> None:
    read(good)
    kept = readers()
    monkeypatch.setattr(pdf, limit, 0)
    assert "Hemoglobina" in read(good)[0]
    assert len(readers()) == len(kept) - 1
