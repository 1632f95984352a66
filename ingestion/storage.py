"""Durable file storage under the data dir: atomic writes, contents digested off the request path."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoredFile:
    key: str
    size: int


KEY = re.compile(r"^files/[0-9a-f-]{36}/[0-9a-f]{2}/[0-9a-f-]{36}$")


def path_of(data_dir: Path, key: str) -> Path:
    """Keys are made here from UUIDs; anything else (say, a tampered record) is refused."""
    if not KEY.match(key):
        raise ValueError("malformed storage key")
    return data_dir / key


class Incoming:
    """A file being received for one document: written beside its final name as it arrives, so the upload is
    never spooled and copied again. `commit` makes it durable under the final name (fsync, then
    rename, then fsync of the directory: a crash never leaves a partial file there); leaving the `with` block
    without a commit removes what was written."""

    def __init__(self, data_dir: Path, tenant_id: str, document_id: str) -> None:
        self.document_id = document_id
        self.key = f"files/{tenant_id}/{document_id[:2]}/{document_id}"
        self.target = path_of(data_dir, self.key)
        self.size = 0
        self._fd: int | None = None
        self._temp: str | None = None
        self._committed = False

    def _open(self) -> int:
        if self._fd is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self._fd, self._temp = tempfile.mkstemp(dir=self.target.parent, prefix=".upload-")
        return self._fd

    def write(self, data: bytes | memoryview) -> None:
        fd = self._open()
        self.size += len(data)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]

    def commit(self) -> StoredFile:
        fd = self._open()
        os.fsync(fd)
        os.close(fd)
        self._fd = None
        os.replace(self._temp, self.target)  # type: ignore[arg-type]  # set by _open
        self._committed = True
        directory = os.open(self.target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        return StoredFile(key=self.key, size=self.size)

    def __enter__(self) -> Incoming:
        return self

    def __exit__(self, *_: object) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._temp is not None and not self._committed:
            Path(self._temp).unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    """The stored file's digest, taken by the worker that reads it anyway: on the upload path it was an eighth
    of the API's CPU per upload (bench.documents)."""
    with path.open("rb") as stored:
        return hashlib.file_digest(stored, "sha256").hexdigest()


def remove(data_dir: Path, key: str) -> bool:
    """Delete a stored file for good (a patient's erasure), durably: the directory is synced after the unlink."""
    path = path_of(data_dir, key)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return True
