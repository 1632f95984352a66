"""Interpretation reports through the real API, graph and worker: by hand (409 when nothing is new) and at
12:00 the day after the patient was created — driven by an injectable clock, never by sleeping."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from graph.driver import GraphDriver
from ingestion import interpreting
from ingestion.context import WorkerContext
from ingestion.schedule import auto_interpretation_at
from ingestion.sweeper import Sweeper
from tests.support import wait_for

LABS = [{"code": "2823-3", "value": 6.9, "unit": "mmol/L", "low": 3.5, "high": 5.1},
        {"code": "4548-4", "value": 8.2, "unit": "%", "low": 4.0, "high": 5.6},
        {"code": "2160-0", "value": 1.4, "unit": "mg/dL", "low": 0.6, "high": 1.1}]
NOTE = "Paciente com diabetes mellitus tipo 2 e hipertensão arterial. Em uso de metformina 850 mg 2x/dia."


class Center:
    def __init__(self, client: TestClient, issued: Any) -> None:
        self.client, self.issued = client, issued
        self.headers = {"x-api-key": issued.api_key, "x-team-id": issued.tenant.team_id}

    def submit(self, patient_id: str, **body: Any) -> dict[str, Any]:
        response = self.client.post("/v1/medical-data", json={"patient_id": patient_id, **body}, headers=self.headers)
        assert response.status_code == 201, response.text
        record = response.json()
        wait_for(lambda: self.client.get(f"/v1/medical-data/{record['record_id']}", headers=self.headers)
                 .json()["status"] in ("completed", "failed"), timeout_s=120, what="record settled")
        return record

    def patient(self, token: str) -> dict[str, Any]:
        return self.client.get(f"/v1/patients/{token}", headers=self.headers).json()

    def interpret(self, token: str) -> Any:
        return self.client.post(f"/v1/patients/{token}/interpretations", headers=self.headers)

    def listing(self, token: str) -> list[dict[str, Any]]:
        return self.client.get(f"/v1/patients/{token}/interpretations", headers=self.headers).json()["interpretations"]


@pytest.fixture
def center(client: TestClient, new_tenant, worker) -> Center:  # noqa: ANN001
    return Center(client, new_tenant(language="en"))


def patient_ids(graph: GraphDriver, patient_id: str) -> set[str]:
    rows = graph.read_ad_hoc("MATCH (:Patient {id: $id})-[:HAS_DOCUMENT]->(:PatientDocument)-[:OF]->(:Document)"
                             "-[:HAS_FACT]->(f) RETURN f.id AS id", id=patient_id)
    return {row["id"] for row in rows}


def test_manual_interpretations_cite_the_patients_facts_and_need_new_records(center: Center,
                                                                             graph: GraphDriver) -> None:
    external = f"pt_{uuid.uuid4().hex[:8]}"
    first = center.submit(external, data_type="lab_results", data=LABS)
    center.submit(external, data_type="nota", data=NOTE)
    token = first["patient_token"]
    created = center.interpret(token)
    assert created.status_code == 201, created.text
    report = created.json()
    assert (report["trigger"], report["records"], report["covers_latest"]) == ("manual", 2, True)
    sections = report["sections"]
    assert list(sections) == ["introduction", "interpretation", "abnormal_findings", "clinical_significance",
                              "follow_up_tests", "risk_management", "specialist_recommendations", "lifestyle"]
    cited = {cite for statements in sections.values() for s in statements for cite in s["cites"]}
    assert cited and cited <= patient_ids(graph, first["patient_id"])
    assert sections["abnormal_findings"][0]["severity"] == "critical"
    assert any("above the usual goal" in s["text"] for s in sections["clinical_significance"])
    assert all(s["source"] for name in ("abnormal_findings", "clinical_significance") for s in sections[name])

    again = center.interpret(token)
    assert again.status_code == 409 and "No record was added" in again.json()["detail"]
    center.submit(external, data_type="lab_results", data=[{"code": "4548-4", "value": 7.1, "unit": "%"}])
    second = center.interpret(token)
    assert second.status_code == 201
    listed = center.listing(token)
    assert [i["id"] for i in listed] == [second.json()["id"], report["id"]]
    assert [i["covers_latest"] for i in listed] == [True, False]
    one = center.client.get(f"/v1/patients/{token}/interpretations/{report['id']}", headers=center.headers)
    assert one.status_code == 200 and one.json()["sections"] == sections
    assert center.patient(token)["auto_interpretation_at"] is None  # a manual one cancels the automatic one


def test_another_tenants_interpretation_is_a_404(center: Center, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    record = center.submit(f"pt_{uuid.uuid4().hex[:8]}", data_type="nota", data=NOTE)
    report = center.interpret(record["patient_token"]).json()
    other = {"x-api-key": new_tenant().api_key}
    path = f"/v1/patients/{record['patient_token']}/interpretations/{report['id']}"
    assert client.get(path, headers=other).status_code == 404
    assert client.get(path.rsplit("/", 1)[0] + f"/{uuid.uuid4()}", headers=center.headers).status_code == 404


def test_the_12_00_rule_in_the_centers_time_zone() -> None:
    zone = ZoneInfo("America/Sao_Paulo")

    def due(created: datetime) -> datetime:
        return auto_interpretation_at(int(created.timestamp() * 1000), "America/Sao_Paulo")

    assert due(datetime(2026, 3, 10, 23, 59, tzinfo=zone)) == datetime(2026, 3, 11, 12, 0, tzinfo=zone)
    assert due(datetime(2026, 3, 10, 0, 1, tzinfo=zone)) == datetime(2026, 3, 11, 12, 0, tzinfo=zone)
    assert due(datetime(2026, 3, 11, 2, 30, tzinfo=UTC)).isoformat() == "2026-03-11T12:00:00-03:00"  # 23:30 local
    new_york = ZoneInfo("America/New_York")  # daylight-saving time starts on 2026-03-08
    spring = auto_interpretation_at(int(datetime(2026, 3, 7, 13, 0, tzinfo=new_york).timestamp() * 1000),
                                    "America/New_York")
    assert spring.isoformat() == "2026-03-08T12:00:00-04:00"
    assert spring.timestamp() - datetime(2026, 3, 7, 13, 0, tzinfo=new_york).timestamp() == 22 * 3600


def test_the_automatic_interpretation_comes_once_at_12_00(center: Center, graph: GraphDriver) -> None:
    from ingestion.actors import auto_interpret

    record = center.submit(f"pt_{uuid.uuid4().hex[:8]}", data_type="lab_results", data=LABS)
    token, patient_id = record["patient_token"], record["patient_id"]
    shown = center.patient(token)["auto_interpretation_at"]
    due = datetime.fromisoformat(shown)
    assert due.utcoffset() is not None and (due.hour, due.minute) == (12, 0)
    due_ms = int(due.timestamp() * 1000)
    tenant_id = center.issued.tenant.id
    assert (tenant_id, patient_id) not in interpreting.overdue(graph, due_ms - 60_000)

    sent: list[str] = []

    def send_own(tenant: str, patient: str) -> None:
        """Other tests' patients are due at this clock too: only this one is sent."""
        sent.append(patient)
        if patient == patient_id:
            auto_interpret.send(tenant, patient)

    ctx = WorkerContext(graph, "http://clinigraph.test", center.client.app.state.data_dir)
    sweeper = Sweeper(ctx, lambda *_: None, lambda *_: None, extract_text=lambda *_: None,
                      classify_document=lambda *_: None, enrich_document=lambda *_: None, queue_busy=lambda: True,
                      auto_interpret=send_own, clock=lambda: due_ms)
    sweeper.sweep()
    assert patient_id in sent
    sweeper.sweep()
    assert sent.count(patient_id) == 1, "a patient handed to the workers is not handed again at once"
    wait_for(lambda: center.listing(token), timeout_s=60, what="automatic interpretation")
    for _ in range(3):  # more sweeps, and racing generators, after it exists
        sweeper.sweep()
    with ThreadPoolExecutor(max_workers=8) as pool:
        raced = list(pool.map(lambda _: interpreting.generate(graph, tenant_id, patient_id, "automatic", "schedule",
                                                               now=due_ms), range(8)))
    assert raced == [None] * 8
    [automatic] = center.listing(token)
    assert (automatic["trigger"], automatic["requested_by"]) == ("automatic", "schedule")
    assert center.patient(token)["auto_interpretation_at"] is None
    assert (tenant_id, patient_id) not in interpreting.overdue(graph, due_ms + 86_400_000)


def test_a_new_patient_gets_its_delayed_message_for_12_00(center: Center, graph: GraphDriver) -> None:
    from ingestion import broker as broker_setup
    from ingestion.interpretations import schedule

    record = center.submit(f"pt_{uuid.uuid4().hex[:8]}", data_type="nota", data=NOTE)
    patient = center.patient(record["patient_token"])
    created_ms = int(datetime.fromisoformat(patient["created_at"]).timestamp() * 1000)
    due = datetime.fromisoformat(patient["auto_interpretation_at"])
    delay = schedule(center.issued.tenant.id, record["patient_id"], created_ms, "America/Sao_Paulo")
    assert abs((due.timestamp() - datetime.now(UTC).timestamp()) * 1000 - delay) < 60_000
    assert broker_setup.holds_messages(center.client.app.state.broker, "interpretations")


def test_concurrent_automatic_generators_make_exactly_one(center: Center, graph: GraphDriver) -> None:
    record = center.submit(f"pt_{uuid.uuid4().hex[:8]}", data_type="nota", data=NOTE)
    tenant_id, patient_id = center.issued.tenant.id, record["patient_id"]
    with ThreadPoolExecutor(max_workers=10) as pool:
        made = list(pool.map(lambda _: interpreting.generate(graph, tenant_id, patient_id, "automatic", "schedule"),
                             range(10)))
    assert sum(m is not None for m in made) == 1
    assert len(center.listing(record["patient_token"])) == 1
