"""Dramatiq round trips through a real worker process: enqueue → worker → graph write → read back."""

from __future__ import annotations

import uuid
from pathlib import Path

from starlette.testclient import TestClient

from graph import access_urls, patients
from graph.driver import GraphDriver
from ingestion.context import WorkerContext
from ingestion.sweeper import Sweeper
from tests.support import PartnerEndpoint, wait_for


def patient_status(client: TestClient, key: str, patient_id: str) -> str:
    return client.get(f"/v1/patients/{patient_id}", headers={"x-api-key": key}).json()["access_url_status"]


def test_new_patient_access_url_reaches_the_partner_once(client: TestClient, new_tenant, partner: PartnerEndpoint,
                                                          worker) -> None:
    issued = new_tenant(callback_url=partner.url, callback_key="partner-secret")
    created = client.post("/v1/patients", json={"external_id": "pt_123456"}, headers={"x-api-key": issued.api_key})
    assert created.status_code == 201 and created.json()["access_url_status"] == "pending"
    patient_id = created.json()["id"]

    wait_for(lambda: patient_status(client, issued.api_key, patient_id) == "sent", what="access url delivery")
    assert len(partner.received) == 1
    call = partner.received[0]
    assert call["path"] == "/docus/access-url"
    assert call["headers"]["x-api-key"] == "partner-secret"
    assert call["json"]["patient_id"] == "pt_123456"
    assert call["json"]["access_url"].startswith("http://clinigraph.test/p/")

    page_path = call["json"]["access_url"].removeprefix("http://clinigraph.test")
    page = client.get(page_path)
    assert page.status_code == 200 and "pt_123456" in page.text
    assert page.headers["cache-control"] == "no-store" and page.headers["referrer-policy"] == "no-referrer"


def test_partner_refusal_is_recorded_as_failed_without_retries(client: TestClient, new_tenant,
                                                               partner: PartnerEndpoint, worker) -> None:
    partner.status = 401
    issued = new_tenant(callback_url=partner.url, callback_key="wrong")
    patient_id = client.post("/v1/patients", json={}, headers={"x-api-key": issued.api_key}).json()["id"]
    wait_for(lambda: patient_status(client, issued.api_key, patient_id) == "failed", what="failure recorded")
    assert len(partner.received) == 1
    # Without an external id the partner receives our opaque token.
    assert partner.received[0]["json"]["patient_id"].startswith("pat_")


def test_sweeper_enqueues_deliveries_that_never_reached_the_broker(client: TestClient, graph: GraphDriver,
                                                                   new_tenant, partner: PartnerEndpoint,
                                                                   worker) -> None:
    from ingestion.actors import deliver_access_url

    issued = new_tenant(callback_url=partner.url)
    # Written straight to the graph, as if the broker had been down when the API created the patient.
    patient, _ = patients.create(graph, issued.tenant.id, f"pt_{uuid.uuid4().hex[:6]}", None, None)
    assert patient.access_url_status == "pending"
    assert (issued.tenant.id, patient.id) in access_urls.due(graph, grace_ms=0, limit=10_000)

    ctx = WorkerContext(graph, "http://clinigraph.test", Path("/nonexistent"))
    sweeper = Sweeper(ctx, deliver_access_url.send, extract_text=lambda *_: None, classify_document=lambda *_: None,
                      enrich_document=lambda *_: None, queue_busy=lambda: False, grace_ms=0)
    assert sweeper.sweep() >= 1
    wait_for(lambda: patient_status(client, issued.api_key, patient.id) == "sent", what="swept delivery")
    assert [c["json"]["patient_id"] for c in partner.received] == [patient.external_id]
    assert (issued.tenant.id, patient.id) not in access_urls.due(graph, grace_ms=0, limit=10_000)


def test_a_delivery_is_claimed_once(graph: GraphDriver, new_tenant, partner: PartnerEndpoint) -> None:
    issued = new_tenant(callback_url=partner.url)
    patient, _ = patients.create(graph, issued.tenant.id, None, None, None)
    other = new_tenant(callback_url=partner.url)
    assert access_urls.claim(graph, other.tenant.id, patient.id) is None, "claims are tenant-scoped"
    first = access_urls.claim(graph, issued.tenant.id, patient.id)
    assert first is not None and first.partner_patient_id == patient.token
    assert access_urls.claim(graph, issued.tenant.id, patient.id) is None, "a live claim must not be taken twice"
    access_urls.settle(graph, issued.tenant.id, patient.id, "sent")
    assert access_urls.claim(graph, issued.tenant.id, patient.id) is None


def test_page_refuses_addresses_outside_the_allowlist(client: TestClient, graph: GraphDriver, new_tenant) -> None:
    issued = new_tenant(allow_ips=["10.20.0.0/16"])
    patient, _ = patients.create(graph, issued.tenant.id, None, None, None)
    assert client.get(f"/p/{patient.access_token}").status_code == 403  # the test client is not 10.20.x.x
    assert client.get("/p/not-a-token").status_code == 404
