"""Access-URL callbacks and patient pages on the real stack: a real worker delivers to a real HTTP receiver.

Signed as Standard Webhooks (checked with the spec's reference package), retried and logged, refused
targets, rotation, expiry, the allowlist checked before the token, and proxies that are not trusted."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook
from starlette.testclient import TestClient

from graph import audit, callbacks, patients, tenants
from graph.driver import GraphDriver
from graph.tenants import IssuedKey
from ingestion.context import WorkerContext
from ingestion.sweeper import Sweeper
from service.app import Backends, create_app
from tests.support import PartnerEndpoint, wait_for

PUBLIC = "http://clinigraph.test"
CLINIC_NET = "198.51.100.0/24"


@pytest.fixture(scope="module")
def clinic(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    """A browser inside the clinic's network (198.51.100.9) reaching the API directly."""
    with TestClient(create_app(backends), client=("198.51.100.9", 40000)) as browser:
        yield browser


@pytest.fixture(scope="module")
def outsider(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    """A browser elsewhere (203.0.113.7) that claims, in X-Forwarded-For, to be inside the clinic."""
    with TestClient(create_app(backends), client=("203.0.113.7", 40000),
                    headers={"x-forwarded-for": "198.51.100.9"}) as browser:
        yield browser


@pytest.fixture(scope="module")
def behind_proxy(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    """Requests arriving through a trusted reverse proxy (10.0.0.1)."""
    proxied = Backends(**{**vars(backends), "trusted_proxies": ("10.0.0.0/8",)})
    with TestClient(create_app(proxied), client=("10.0.0.1", 40000)) as browser:
        yield browser


def headers(issued: IssuedKey) -> dict[str, str]:
    return {"x-api-key": issued.api_key or ""}


def new_patient(client: TestClient, issued: IssuedKey) -> dict[str, Any]:
    created = client.post("/v1/patients", json={"external_id": f"pt_{uuid.uuid4().hex[:8]}"}, headers=headers(issued))
    assert created.status_code == 201, created.text
    return created.json()


def status_of(client: TestClient, issued: IssuedKey, patient_id: str) -> str:
    return client.get(f"/v1/patients/{patient_id}", headers=headers(issued)).json()["access_url_status"]


def log_of(client: TestClient, issued: IssuedKey, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/callbacks", params=params, headers=headers(issued))
    assert response.status_code == 200, response.text
    return response.json()["callbacks"]


def page_path(url: str) -> str:
    assert url.startswith(PUBLIC + "/p/")
    return url.removeprefix(PUBLIC)


def delivered(client: TestClient, issued: IssuedKey, partner: PartnerEndpoint, patient: dict[str, Any],
              count: int = 1) -> dict[str, Any]:
    wait_for(lambda: status_of(client, issued, patient["id"]) == "sent", timeout_s=60, what="access url delivery")
    calls = [c for c in partner.received if c["json"]["patient_id"] == patient["external_id"] and c["status"] == 200]
    assert len(calls) == count
    return calls[-1]


def test_access_url_reaches_the_partner_signed_and_opens_the_page(client: TestClient, clinic: TestClient,
                                                                  new_tenant, partner: PartnerEndpoint, worker) -> None:
    issued = new_tenant(callback_url=partner.url, callback_key="partner-secret", allow_ips=[CLINIC_NET])
    patient = new_patient(client, issued)
    call = delivered(client, issued, partner, patient)
    assert call["headers"]["x-api-key"] == "partner-secret"
    assert issued.webhook_secret and issued.webhook_secret.startswith("whsec_")
    assert Webhook(issued.webhook_secret).verify(call["body"], call["headers"]) == call["json"]
    assert set(call["json"]) == {"patient_id", "access_url"}
    with pytest.raises(Exception, match="(?i)signature"):
        Webhook(tenants.new_webhook_secret()).verify(call["body"], call["headers"])
    [logged] = log_of(client, issued)
    assert (logged["id"], logged["status"], logged["attempts"]) == (call["headers"]["webhook-id"], "delivered", 1)
    assert [a["status_code"] for a in logged["attempt_log"]] == [200]

    page = clinic.get(page_path(call["json"]["access_url"]))
    assert page.status_code == 200 and patient["external_id"] in page.text
    assert page.headers["cache-control"] == "no-store" and page.headers["referrer-policy"] == "no-referrer"
    token = call["json"]["access_url"].rsplit("/", 1)[1]
    graph = client.app.state.graph
    [row] = graph.read_ad_hoc("MATCH (p:Patient {id: $id}) RETURN p {.*} AS p", id=patient["id"])
    assert row["p"]["access_token_hash"] == callbacks.hash_token(token) and token not in str(row["p"])
    deliveries = graph.read_ad_hoc("MATCH (c:CallbackDelivery {patient_id: $id}) RETURN c {.*} AS c", id=patient["id"])
    assert token not in str(deliveries), "the clear URL is dropped once delivered"


def test_receiver_down_then_up_is_delivered_once_and_logged(client: TestClient, new_tenant, partner: PartnerEndpoint,
                                                            worker) -> None:
    partner.status = 503
    issued = new_tenant(callback_url=partner.url)
    patient = new_patient(client, issued)
    wait_for(lambda: partner.received, timeout_s=60, what="first attempt")
    partner.status = 200  # the next attempt, about 5 s later, succeeds
    call = delivered(client, issued, partner, patient)
    [logged] = log_of(client, issued)
    assert [a["status_code"] for a in logged["attempt_log"]] == [503, 200]
    assert logged["attempt_log"][0]["error"] == "HTTP 503" and logged["status"] == "delivered"
    assert {c["headers"]["webhook-id"] for c in partner.received} == {call["headers"]["webhook-id"]}


@pytest.mark.parametrize(("answer", "disabled"), [(401, False), (410, True)])
def test_final_refusals_are_not_retried_and_410_disables_the_endpoint(client: TestClient, graph: GraphDriver,
                                                                     new_tenant, partner: PartnerEndpoint, worker,
                                                                     answer: int, disabled: bool) -> None:
    partner.status = answer
    issued = new_tenant(callback_url=partner.url)
    patient = new_patient(client, issued)
    wait_for(lambda: status_of(client, issued, patient["id"]) == "failed", timeout_s=60, what="failure recorded")
    [logged] = log_of(client, issued, failed="true")
    assert [a["status_code"] for a in logged["attempt_log"]] == [answer]
    assert len(partner.received) == 1
    assert (tenants.get(graph, issued.tenant.name).callback_disabled_at is not None) is disabled


def test_rotation_revokes_the_old_url_at_once_and_delivers_a_new_one(client: TestClient, clinic: TestClient,
                                                                     new_tenant, partner: PartnerEndpoint,
                                                                     worker) -> None:
    issued = new_tenant(callback_url=partner.url, allow_ips=[CLINIC_NET])
    patient = new_patient(client, issued)
    old = delivered(client, issued, partner, patient)["json"]["access_url"]
    rotated = client.post(f"/v1/patients/{patient['token']}/access-url/rotate", headers=headers(issued))
    assert rotated.status_code == 202, rotated.text
    assert clinic.get(page_path(old)).status_code == 404  # before the new one is even delivered
    new = delivered(client, issued, partner, patient, count=2)["json"]["access_url"]
    assert new != old and clinic.get(page_path(new)).status_code == 200
    unconfigured = new_tenant()
    other = new_patient(client, unconfigured)
    assert client.post(f"/v1/patients/{other['token']}/access-url/rotate",
                       headers=headers(unconfigured)).status_code == 409


def test_allowlist_is_checked_before_the_token(client: TestClient, clinic: TestClient, outsider: TestClient,
                                               behind_proxy: TestClient, graph: GraphDriver, new_tenant,
                                               partner: PartnerEndpoint, worker) -> None:
    issued = new_tenant(callback_url=partner.url, allow_ips=[CLINIC_NET])
    patient = new_patient(client, issued)
    valid = page_path(delivered(client, issued, partner, patient)["json"]["access_url"])
    invalid = valid.rsplit("/", 1)[0] + "/" + "x" * 32
    refused = [outsider.get(path) for path in (valid, invalid)]  # its X-Forwarded-For is not believed
    assert [(r.status_code, r.text) for r in refused] == [(403, refused[0].text)] * 2
    assert clinic.get(invalid).status_code == 404 and clinic.get(valid).status_code == 200
    assert behind_proxy.get(valid, headers={"x-forwarded-for": "6.6.6.6, 198.51.100.20"}).status_code == 200
    assert behind_proxy.get(valid, headers={"x-forwarded-for": "198.51.100.20, 6.6.6.6"}).status_code == 403
    results = [o["result"] for o in audit.page_opens(graph, issued.tenant.id)]
    assert sorted(results) == sorted(["refused", "refused", "unknown", "opened", "opened", "refused"])
    closed = new_tenant(callback_url=partner.url)  # no allowlist: nobody may open its pages
    closed_patient = new_patient(client, closed)
    closed_url = page_path(delivered(client, closed, partner, closed_patient)["json"]["access_url"])
    assert clinic.get(closed_url).status_code == 403


def test_expired_urls_answer_410(client: TestClient, clinic: TestClient, new_tenant, partner: PartnerEndpoint,
                                 worker, monkeypatch: pytest.MonkeyPatch) -> None:
    issued = new_tenant(callback_url=partner.url, allow_ips=[CLINIC_NET], access_url_days=1)
    patient = new_patient(client, issued)
    path = page_path(delivered(client, issued, partner, patient)["json"]["access_url"])
    assert clinic.get(path).status_code == 200
    from service.routes import pages

    later = pages.now_ms() + 2 * 86_400_000
    monkeypatch.setattr(pages, "now_ms", lambda: later)
    expired = clinic.get(path)
    assert expired.status_code == 410 and "prontuário" in expired.text


def test_a_rotated_webhook_secret_signs_beside_the_new_one_during_its_grace(client: TestClient, graph: GraphDriver,
                                                                           new_tenant, partner: PartnerEndpoint,
                                                                           worker) -> None:
    issued = new_tenant(callback_url=partner.url)
    rotated = tenants.rotate_webhook_secret(graph, issued.tenant.name, grace_ms=3_600_000)
    assert rotated.webhook_secret and rotated.webhook_secret != issued.webhook_secret
    call = delivered(client, issued, partner, new_patient(client, issued))
    assert len(call["headers"]["webhook-signature"].split()) == 2
    for secret in (issued.webhook_secret, rotated.webhook_secret):
        assert Webhook(secret).verify(call["body"], call["headers"]) == call["json"]


def test_a_delivery_is_claimed_once(graph: GraphDriver, new_tenant, partner: PartnerEndpoint) -> None:
    issued = new_tenant(callback_url=partner.url)
    patient, _ = patients.create(graph, issued.tenant.id, None, None, None)
    delivery_id = callbacks.issue_access_url(graph, issued.tenant.id, patient.id, PUBLIC)
    assert delivery_id is not None
    assert callbacks.issue_access_url(graph, issued.tenant.id, patient.id, PUBLIC) is None, "issued once"
    first = callbacks.claim(graph, delivery_id)
    assert first is not None and first.body["patient_id"] == patient.token and first.attempt == 1
    assert callbacks.claim(graph, delivery_id) is None, "a live claim must not be taken twice"


def test_sweeper_sends_what_never_reached_the_broker(client: TestClient, graph: GraphDriver, new_tenant,
                                                     partner: PartnerEndpoint, worker) -> None:
    from ingestion.actors import deliver_access_url, deliver_callback

    issued = new_tenant(callback_url=partner.url)
    # Written straight to the graph, as if the broker had been down when the API created the patient.
    patient, _ = patients.create(graph, issued.tenant.id, f"pt_{uuid.uuid4().hex[:6]}", None, None)
    assert (issued.tenant.id, patient.id) in callbacks.undelivered_patients(graph, grace_ms=0, limit=10_000)
    ctx = WorkerContext(graph, PUBLIC, client.app.state.data_dir)
    sweeper = Sweeper(ctx, deliver_access_url.send, deliver_callback.send, extract_text=lambda *_: None,
                      classify_document=lambda *_: None, enrich_document=lambda *_: None, queue_busy=lambda: False,
                      grace_ms=0)
    assert sweeper.sweep() >= 1
    wait_for(lambda: status_of(client, issued, patient.id) == "sent", what="swept delivery")
    assert [c["json"]["patient_id"] for c in partner.received] == [patient.external_id]
    assert (issued.tenant.id, patient.id) not in callbacks.undelivered_patients(graph, grace_ms=0, limit=10_000)


def test_callback_targets_must_be_public_https_unless_allowed() -> None:
    from ingestion.callback_target import TargetRefused, check

    check("https://8.8.8.8/hook", allow_private=False)
    for url in ("http://8.8.8.8/hook", "https://127.0.0.1/hook", "https://localhost/hook", "https://169.254.169.254/",
                "https://[::1]/hook", "ftp://example.org/hook"):
        with pytest.raises(TargetRefused):
            check(url, allow_private=False)
    check("http://127.0.0.1:8080/hook", allow_private=True)
    with pytest.raises(TargetRefused):
        check("http://8.8.8.8/hook", allow_private=True)  # plain http only to the private address allowed


def test_concurrent_first_records_deliver_one_signed_access_url(client: TestClient, new_tenant,
                                                                partner: PartnerEndpoint, worker) -> None:
    from concurrent.futures import ThreadPoolExecutor

    issued = new_tenant(callback_url=partner.url)
    center = {"x-api-key": issued.api_key or "", "x-team-id": issued.tenant.team_id}
    external_id = f"pt_{uuid.uuid4().hex[:8]}"

    def submit(index: int) -> dict[str, Any]:
        return client.post("/v1/medical-data", headers=center, json={
            "patient_id": external_id, "data_type": "nota", "data": f"Nota {index}."}).json()

    with ThreadPoolExecutor(max_workers=20) as pool:
        bodies = list(pool.map(submit, range(20)))
    assert sum(body["patient_created"] for body in bodies) == 1
    patient = {"id": bodies[0]["patient_id"], "external_id": external_id}
    call = delivered(client, issued, partner, patient)
    assert Webhook(issued.webhook_secret).verify(call["body"], call["headers"])["patient_id"] == external_id
    assert len(log_of(client, issued)) == 1
