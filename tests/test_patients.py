"""Patients: creation, resolution by `pat_` token and UUID, listing, validation and tenant isolation."""

from __future__ import annotations

import re
import uuid

from starlette.testclient import TestClient

TOKEN = re.compile(r"^pat_[A-Za-z0-9]{22}$")
NOT_FOUND = {"detail": "Not found"}


def auth(issued) -> dict[str, str]:  # noqa: ANN001
    return {"x-api-key": issued.api_key}


def test_create_and_resolve_by_token_and_uuid(client: TestClient, new_tenant) -> None:
    headers = auth(new_tenant())
    created = client.post("/v1/patients", json={"external_id": "pt_123456", "birth_date": "1961-03-09",
                                                "sex": "female"}, headers=headers)
    assert created.status_code == 201
    body = created.json()
    assert TOKEN.match(body["token"])
    assert str(uuid.UUID(body["id"])) == body["id"]
    assert body | {"id": None, "token": None, "created_at": None, "updated_at": None, "auto_interpretation_at": None} \
        == {"id": None, "token": None, "external_id": "pt_123456", "birth_date": "1961-03-09", "sex": "female",
            "access_url_status": "not_configured", "created_at": None, "updated_at": None,
            "auto_interpretation_at": None}
    assert body["auto_interpretation_at"].endswith("T12:00:00-03:00")  # the test tenant is in America/Sao_Paulo
    by_token = client.get(f"/v1/patients/{body['token']}", headers=headers)
    by_uuid = client.get(f"/v1/patients/{body['id']}", headers=headers)
    assert by_token.status_code == by_uuid.status_code == 200
    assert by_token.json() == by_uuid.json() == body


def test_empty_body_creates_an_anonymous_patient(client: TestClient, new_tenant) -> None:
    headers = auth(new_tenant())
    first = client.post("/v1/patients", headers=headers)
    second = client.post("/v1/patients", json={}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert first.json()["token"] != second.json()["token"]


def test_external_id_is_unique_per_tenant(client: TestClient, new_tenant) -> None:
    a, b = auth(new_tenant()), auth(new_tenant())
    first = client.post("/v1/patients", json={"external_id": "pt_1"}, headers=a).json()
    again = client.post("/v1/patients", json={"external_id": "pt_1", "sex": "male"}, headers=a)
    assert again.status_code == 409
    assert again.json() == {"detail": "A patient with this external_id already exists", "patient_id": first["id"]}
    other_tenant = client.post("/v1/patients", json={"external_id": "pt_1"}, headers=b)
    assert other_tenant.status_code == 201 and other_tenant.json()["id"] != first["id"]


def test_invalid_bodies_are_422_listing_the_fields(client: TestClient, new_tenant) -> None:
    headers = auth(new_tenant())
    cases = {
        '{"sex": "x", "birth_date": "2999-01-01"}': {("body", "sex"), ("body", "birth_date")},
        '{"external_id": ""}': {("body", "external_id")},
        '{"unknown": 1}': {("body", "unknown")},
        "not json": {("body",)},
    }
    for raw, fields in cases.items():
        response = client.post("/v1/patients", content=raw, headers={**headers, "content-type": "application/json"})
        assert response.status_code == 422, raw
        assert {tuple(issue["loc"]) for issue in response.json()["detail"]} == fields, raw
    assert client.get("/v1/patients", headers={**headers, "content-type": "application/json"}).status_code == 200


def test_oversized_json_body_is_413(client: TestClient, new_tenant) -> None:
    response = client.post("/v1/patients", content=b"{" + b" " * (2 << 20) + b"}", headers=auth(new_tenant()))
    assert response.status_code == 413


def test_list_paginates_and_filters(client: TestClient, new_tenant) -> None:
    headers = auth(new_tenant())
    ids = [client.post("/v1/patients", json={"external_id": f"pt_{n}"}, headers=headers).json()["id"] for n in range(5)]
    newest_first = list(reversed(ids))
    page = client.get("/v1/patients", params={"limit": 2, "offset": 1}, headers=headers).json()
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 1)
    assert [p["id"] for p in page["patients"]] == newest_first[1:3]
    tail = client.get("/v1/patients", params={"limit": 100, "offset": 4}, headers=headers).json()
    assert [p["id"] for p in tail["patients"]] == newest_first[4:]
    one = client.get("/v1/patients", params={"external_id": "pt_3"}, headers=headers).json()
    assert one["total"] == 1 and one["patients"][0]["id"] == ids[3]
    for bad in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}):
        response = client.get("/v1/patients", params=bad, headers=headers)
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", next(iter(bad))]


def test_another_tenants_patient_is_the_same_404_as_a_missing_one(client: TestClient, new_tenant) -> None:
    owner, intruder = auth(new_tenant()), auth(new_tenant())
    patient = client.post("/v1/patients", json={"external_id": "pt_secret"}, headers=owner).json()
    for ref in (patient["token"], patient["id"]):
        response = client.get(f"/v1/patients/{ref}", headers=intruder)
        assert response.status_code == 404 and response.json() == NOT_FOUND
    missing = [f"pat_{'A' * 22}", str(uuid.uuid4()), "pat_short", "not-an-id", "pat_" + "!" * 22]
    for ref in missing:
        response = client.get(f"/v1/patients/{ref}", headers=owner)
        assert response.status_code == 404 and response.json() == NOT_FOUND
    listing = client.get("/v1/patients", params={"external_id": "pt_secret"}, headers=intruder).json()
    assert listing["total"] == 0
