"""A patient of a fresh tenant with helpers for the document endpoints, shared by the document tests."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.support import wait_for

PDF, PNG, JPEG, DICOM = "application/pdf", "image/png", "image/jpeg", "application/dicom"
MB = 1024 * 1024


class Patient:
    """A patient of a fresh tenant, with helpers for its document endpoints."""

    def __init__(self, client: TestClient, new_tenant, **record: str) -> None:  # noqa: ANN001
        """`new_tenant`: the session's tenant factory, or an already issued tenant to add a patient to."""
        self.client, self.issued = client, new_tenant() if callable(new_tenant) else new_tenant
        self.headers = {"x-api-key": self.issued.api_key}
        created = client.post("/v1/patients", json=record, headers=self.headers).json()
        self.id, self.token = created["id"], created["token"]

    def upload(self, content: bytes, filename: str = "doc.pdf", mime: str = PDF, **data: str) -> Any:
        return self.client.post(f"/v1/patients/{self.token}/prontuario-documents", headers=self.headers,
                                files={"file": (filename, content, mime)}, data=data)

    def enriched(self, content: bytes, **data: str) -> str:
        """Upload and wait until the worker has written the document's facts (OCR `completed`); its id."""
        document_id: str = self.upload(content, **data).json()["document_id"]
        assert self.settled(document_id)["ocr_status"] == "completed"
        return document_id

    def poll(self, document_id: str) -> Any:
        return self.client.get(f"/v1/patients/{self.token}/prontuario-documents/{document_id}", headers=self.headers)

    def settled(self, document_id: str) -> dict:
        def done() -> dict | None:
            body = self.poll(document_id).json()
            terminal = body["ocr_status"] in {"completed", "failed", "skipped"} and body["processed_at"]
            return body if terminal and body["classification_status"] != "pending" else None
        return wait_for(done, timeout_s=120, every_s=0.2, what="document settled")

    def listing(self, **params: Any) -> dict:
        response = self.client.get(f"/v1/patients/{self.token}/documents", params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()
