"""Every read of a patient's data, by API or by patient page, is audited in an append-only store with no PHI;
`clinigraph audit --patient ID` lists the events."""

from __future__ import annotations

import json
import subprocess
import sys

import redis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from graph import callbacks
from graph.driver import GraphDriver
from service.app import Backends, create_app
from graph.embedded import free_port
from service.read_audit import Audited, ReadAudit, events
from tests.document_client import Patient
from tests.support import wait_for

EXTERNAL_ID, BIRTH = "pt_AUDITED_0815", "1948-11-02"


def audit_of(backends: Backends, patient_id: str) -> list[dict[str, str]]:
    return events(redis.Redis.from_url(backends.redis_url), patient_id)


def test_api_and_page_reads_are_audited(client: TestClient, graph: GraphDriver, backends: Backends,
                                        new_tenant) -> None:  # noqa: ANN001
    issued = new_tenant(allow_ips=["0.0.0.0/0"], callback_url="https://emr.example/access-url")
    patient = Patient(client, issued, external_id=EXTERNAL_ID, birth_date=BIRTH)
    assert audit_of(backends, patient.id) == [], "creating is not reading it: the patient is named by no path"
    assert client.get(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 200
    assert client.get(f"/v1/patients/{patient.id}/lab-trends", headers=patient.headers).status_code == 200
    assert client.get(f"/v1/patients/{patient.id}/nothing-here", headers=patient.headers).status_code == 404
    stranger = new_tenant()
    assert client.get(f"/v1/patients/{patient.token}",
                      headers={"x-api-key": stranger.api_key}).status_code == 404
    callbacks.issue_access_url(graph, issued.tenant.id, patient.id, "http://clinigraph.test", rotate=True)
    [row] = graph.read_ad_hoc("MATCH (c:CallbackDelivery {patient_id: $id}) WHERE c.access_url IS NOT NULL "
                              "RETURN c.access_url AS url ORDER BY c.created_at DESC LIMIT 1", id=patient.id)
    token = row["url"].rsplit("/", 1)[1]
    with TestClient(create_app(backends), client=("198.51.100.7", 50000)) as clinician:
        page = clinician.get(f"/p/{issued.tenant.team_id}/{token}")
    assert page.status_code == 200

    trail = wait_for(lambda: (found := audit_of(backends, patient.id)) and len(found) >= 3 and found,
                     what="audit events")
    assert [(e["method"], e["route"], e["status"]) for e in trail] == [
        ("GET", "/v1/patients/{patient_id}", "200"),
        ("GET", "/v1/patients/{patient_id}/lab-trends", "200"),
        ("GET", "/p/{team_id}/{access_token}", "200"),
    ], "another tenant's attempt names no patient of its own: nothing of this patient was read"
    key_ids = {e["key_id"] for e in trail[:2]}
    assert len(key_ids) == 1 and "" not in key_ids and trail[2]["key_id"] == ""
    assert {e["tenant_id"] for e in trail} == {issued.tenant.id}
    text = json.dumps(trail)
    for secret in (EXTERNAL_ID, BIRTH, patient.token, token, issued.api_key):
        assert secret not in text, "no PHI or secret in the audit"

    env = {"CLINIGRAPH_GRAPH_URL": backends.graph_url, "CLINIGRAPH_REDIS_URL": backends.redis_url,
           "CLINIGRAPH_DATA_DIR": str(backends.data_dir), "PATH": "/usr/bin:/bin"}
    listed = subprocess.run([sys.executable, "-m", "service.cli", "audit", "--patient", patient.id],
                            capture_output=True, text=True, env=env, check=True)
    assert [json.loads(line)["route"] for line in listed.stdout.splitlines()] == [e["route"] for e in trail]


def test_the_audit_survives_the_patients_erasure(client: TestClient, backends: Backends, new_tenant) -> None:  # noqa: ANN001
    patient = Patient(client, new_tenant)
    assert client.get(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 200
    assert client.delete(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 200
    trail = wait_for(lambda: len(found := audit_of(backends, patient.id)) >= 2 and found, what="audit events")
    assert [(e["method"], e["status"]) for e in trail] == [("GET", "200"), ("DELETE", "200")]


def test_a_read_that_cannot_be_audited_is_not_served(backends: Backends) -> None:
    """The event is written before the answer leaves: with the audit store unreachable (a real refused
    connection), the patient's data never goes out; a route that names no patient is not held back."""

    async def chart(request: Request) -> Response:
        request.state.audited = Audited("tenant-1", "patient-1", "key-1")
        return PlainTextResponse("potassium 6.9 mmol/L")

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [Route("/chart", chart), Route("/health", health)]
    for url, served in ((f"redis://127.0.0.1:{free_port()}/0", False), (backends.redis_url, True)):
        app = Starlette(routes=routes, middleware=[Middleware(ReadAudit, redis_url=url)])
        with TestClient(app) as client:
            answer = client.get("/chart")
            assert client.get("/health").text == "ok"
        assert (answer.status_code, "potassium" in answer.text) == ((200, True) if served else (503, False))
    assert [e["status"] for e in audit_of(backends, "patient-1")][-1:] == ["200"]
