"""A full disk while storing an upload: 503 with the reason, nothing of the request kept, and the next upload,
once there is room, accepted."""

from __future__ import annotations

import errno

import pytest
from starlette.testclient import TestClient

from ingestion import storage
from service.app import Backends
from tests import fixtures
from tests.document_client import Patient


def test_a_full_disk_refuses_the_upload_and_keeps_nothing(client: TestClient, new_tenant, backends: Backends,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    patient = Patient(client, new_tenant)
    stored = backends.data_dir / "files"
    before = sorted(p.name for p in stored.rglob("*") if p.is_file())
    written = storage.Incoming.write

    def full(self: storage.Incoming, data: bytes | memoryview) -> None:
        written(self, data[: len(data) // 2])  # part of it lands, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.Incoming, "write", full)
    refused = patient.upload(fixtures.text_pdf())
    assert (refused.status_code, refused.json()) == (
        503, {"detail": "Storage is full: nothing of this request was kept. Retry later."})
    assert refused.headers["retry-after"] == "60"
    assert patient.listing()["total"] == 0
    assert sorted(p.name for p in stored.rglob("*") if p.is_file()) == before, "no partial file"
    monkeypatch.undo()
    assert patient.upload(fixtures.text_pdf()).status_code == 202
