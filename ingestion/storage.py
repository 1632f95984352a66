"""Durable file storage under the data dir: atomic writes, content hashed on the way in."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    key: str
    size: int
    sha256: str


KEY = re.compile(r"^files/[0-9a-f-]{36}/[0-9a-f]{2}/[0-9a-f-]{36}$")


def path_of(data_dir: Path, key: str) -> Path:
    """Keys are made here from UUIDs; anything else (say, a tampered record) is refused."""
    if not KEY.match(key):
        raise ValueError("malformed storage key")
    return data_dir / key


def store(data_dir: Path, tenant_id: str, document_id: str, source: BinaryIO) -> StoredFile:
    """Copy `source` to `files/<tenant>/<id[:2]>/<id>`: written to a temp file, fsynced, then renamed,
    so a crash never leaves a partial file under the final name."""
    key = f"files/{tenant_id}/{document_id[:2]}/{document_id}"
    target = path_of(data_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            while block := source.read(COPY_CHUNK):
                digest.update(block)
                size += len(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return StoredFile(key=key, size=size, sha256=digest.hexdigest())
