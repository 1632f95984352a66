"""Operational contracts: uniform error bodies, JSON logs without PHI, health endpoints."""

from __future__ import annotations

import json
import logging

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from service import logs
from service.app import Backends, create_app
from tests.support import wait_for


def test_uniform_500_without_internals(backends: Backends, graph) -> None:  # noqa: ANN001
    app = create_app(backends)

    async def explode(request):  # noqa: ANN001, ANN202
        raise RuntimeError("MATCH (p:Patient) secret internals")

    app.router.routes.append(Route("/boom", explode))
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error"}
    assert len(response.headers["x-request-id"]) == 32


def test_unknown_routes_and_methods_answer_json(client: TestClient) -> None:
    assert client.get("/nothing-here").json() == {"detail": "Not found"}
    response = client.delete("/healthz")
    assert response.status_code == 405 and response.json() == {"detail": "Method Not Allowed"}


def test_health_endpoints(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    wait_for(lambda: client.get("/readyz").json()["search"] == "ok", timeout_s=120, what="search model loaded")
    assert client.get("/readyz").json() == {"status": "ready", "graph": "ok", "broker": "ok", "search": "ok"}


def test_logs_are_json_and_carry_no_phi(client: TestClient, new_tenant, capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("INFO")
    try:
        issued = new_tenant()
        secret_external_id, secret_birth = "pt_SENSITIVE_987", "1944-02-29"
        created = client.post("/v1/patients", json={"external_id": secret_external_id, "birth_date": secret_birth},
                              headers={"x-api-key": issued.api_key}).json()
        client.get(f"/v1/patients/{created['token']}", headers={"x-api-key": issued.api_key})
        client.get("/v1/patients", params={"external_id": secret_external_id}, headers={"x-api-key": issued.api_key})
    finally:
        logging.getLogger().handlers[:] = []
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    lines = [line for line in lines if not line["logger"].startswith("httpx")]  # the test client's own requests
    access = [line for line in lines if line["logger"] == "clinigraph.access"]
    assert [line["route"] for line in access] == ["/v1/patients", "/v1/patients/{patient_id}", "/v1/patients"]
    assert all(line["tenant_id"] == issued.tenant.id for line in access)
    text = json.dumps(lines)
    for phi in (secret_external_id, secret_birth, created["token"], issued.api_key):
        assert phi not in text
