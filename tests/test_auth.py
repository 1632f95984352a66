"""Tenant keys: valid, missing, wrong and rotated keys on /v1; keys stored only as hashes."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from graph import access, patients, tenants
from graph.driver import GraphDriver

INVALID = {"detail": "Invalid or missing API key"}


def test_valid_key_reaches_its_tenant(client: TestClient, new_tenant) -> None:
    issued = new_tenant()
    assert issued.api_key.startswith("dph_live_")
    response = client.get("/v1/patients", headers={"x-api-key": issued.api_key})
    assert response.status_code == 200
    assert response.json() == {"patients": [], "total": 0, "limit": 20, "offset": 0}


@pytest.mark.parametrize("headers", [{}, {"x-api-key": ""}, {"x-api-key": "dph_live_not-a-real-key"},
                                     {"x-api-key": "x" * 5000}, {"authorization": "Bearer whatever"}])
def test_missing_or_wrong_key_is_401(client: TestClient, headers: dict[str, str]) -> None:
    for method, path in [("GET", "/v1/patients"), ("POST", "/v1/patients"), ("GET", "/v1/patients/pat_x"),
                         ("GET", "/v1/no-such-route")]:
        response = client.request(method, path, headers=headers)
        assert response.status_code == 401, (method, path)
        assert response.json() == INVALID


def test_rotated_key_replaces_the_old_one(client: TestClient, graph: GraphDriver, new_tenant) -> None:
    issued = new_tenant()
    rotated = tenants.rotate_key(graph, issued.tenant.name)
    assert rotated.api_key != issued.api_key and rotated.tenant.id == issued.tenant.id
    assert client.get("/v1/patients", headers={"x-api-key": issued.api_key}).status_code == 401
    assert client.get("/v1/patients", headers={"x-api-key": rotated.api_key}).status_code == 200
    listing = next(t for t in tenants.list_all(graph) if t.tenant.id == issued.tenant.id)
    assert listing.key_prefixes == (rotated.api_key[:14],)


def test_keys_are_stored_hashed(graph: GraphDriver, new_tenant) -> None:
    issued = new_tenant()
    granted = access.authenticate(graph, issued.api_key)
    assert granted is not None and granted.caller.tenant.id == issued.tenant.id
    assert access.authenticate(graph, issued.api_key + "x") is None
    assert tenants.hash_key(issued.api_key) != issued.api_key
    assert issued.api_key not in repr(tenants.list_all(graph))


def test_the_named_patient_resolves_with_the_key_only_under_its_tenant(graph: GraphDriver, new_tenant) -> None:
    mine, theirs = new_tenant(), new_tenant()
    patient, _ = patients.create(graph, mine.tenant.id, None, None, None)
    other, _ = patients.create(graph, theirs.tenant.id, None, None, None)
    for ref in (patient.token, patient.id, patient.id.upper()):
        granted = access.authenticate(graph, mine.api_key, ref)
        assert granted is not None and granted.patient == patient
    for ref in (other.token, other.id, "pat_nope", "not-a-uuid", patient.token + "x"):
        granted = access.authenticate(graph, mine.api_key, ref)
        assert granted is not None and granted.caller.tenant.id == mine.tenant.id and granted.patient is None
    tenants.rotate_key(graph, mine.tenant.name)
    assert access.authenticate(graph, mine.api_key, patient.token) is None


def test_duplicate_tenant_name_is_refused(graph: GraphDriver, new_tenant) -> None:
    issued = new_tenant()
    with pytest.raises(tenants.TenantExists):
        tenants.create(graph, issued.tenant.name, [], None, None, "UTC")
    with pytest.raises(tenants.TenantNotFound):
        tenants.rotate_key(graph, "no such tenant " + issued.tenant.id)
