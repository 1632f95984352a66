"""A patient's right to erasure: `DELETE /v1/patients/{patient_id}` (admin keys) leaves nothing of the patient
in the graph or on disk, keeps shared concept nodes and other patients' documents, and records an entry with
no personal data."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from graph import tenants
from graph.driver import GraphDriver
from service.app import Backends
from tests import fixtures
from tests.document_client import Patient
from tests.support import wait_for

EXTERNAL_ID, BIRTH = "pt_ERASE_ME_4711", "1950-05-17"


@pytest.fixture
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    return Patient(client, new_tenant, external_id=EXTERNAL_ID, birth_date=BIRTH, sex="female")


def remaining(graph: GraphDriver, patient_id: str, document_ids: list[str]) -> list[str]:
    """Every node that still carries the patient's id or belongs to one of its documents."""
    rows = graph.read_ad_hoc(
        "MATCH (n) WHERE (n.patient_id = $id OR n.id = $id OR n.document_id IN $documents OR n.id IN $documents) "
        "AND NOT n:Erasure RETURN labels(n)[0] AS label", id=patient_id, documents=document_ids)
    return [row["label"] for row in rows]


def test_erasure_leaves_nothing_of_the_patient(patient: Patient, graph: GraphDriver, backends: Backends) -> None:
    client, tenant_id = patient.client, patient.issued.tenant.id
    note = patient.enriched(fixtures.text_pdf())
    team = {"x-team-id": patient.issued.tenant.team_id, **patient.headers}
    record = client.post("/v1/medical-data", headers=team, json={
        "patient_id": EXTERNAL_ID, "data_type": "lab_results", "document_id": "LAB-1",
        "data": [{"name": "Hemoglobina", "value": 11.6, "unit": "g/dL", "reference_range": "12,0 a 16,0"}]})
    assert record.status_code == 201, record.text
    record_id = record.json()["record_id"]
    wait_for(lambda: client.get(f"/v1/medical-data/{record_id}", headers=team).json()["status"] in (
        "completed", "failed"), timeout_s=180, what="record settled")
    assert client.post(f"/v1/patients/{patient.token}/summary", json={}, headers=patient.headers).status_code == 200
    assert client.post(f"/v1/patients/{patient.token}/interpretations", headers=patient.headers).status_code == 201
    neighbour = Patient(client, patient.issued)
    shared = neighbour.enriched(fixtures.text_pdf(["Consulta de rotina", "Paciente sem queixas"]))
    linked = client.post(f"/v1/patients/{patient.token}/documents", json={"document_id": shared},
                         headers=patient.headers)
    assert linked.status_code in (200, 201), linked.text
    stored = [row["key"] for row in graph.read_ad_hoc(
        "MATCH (d:Document) WHERE d.id IN $ids RETURN d.storage_key AS key", ids=[note, record_id])]
    assert stored and all((backends.data_dir / key).exists() for key in stored if key)
    concepts = graph.read_ad_hoc("MATCH (c:Concept) RETURN count(c) AS n")[0]["n"]

    emr = tenants.create_key(graph, patient.issued.tenant.name, "emr")
    refused = client.delete(f"/v1/patients/{patient.token}", headers={"x-api-key": emr.api_key})
    assert refused.status_code == 403 and client.get(f"/v1/patients/{patient.token}",
                                                     headers=patient.headers).status_code == 200
    erased = client.delete(f"/v1/patients/{patient.token}", headers=patient.headers)
    assert erased.status_code == 200, erased.text
    body = erased.json()
    assert (body["patient_id"], body["documents"], body["files"]) == (patient.id, 2, 2)

    assert client.get(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 404
    assert client.get(f"/v1/patients/{patient.id}", headers=patient.headers).status_code == 404
    assert client.get(f"/v1/medical-data/{record_id}", headers=team).status_code == 404
    assert client.delete(f"/v1/patients/{patient.id}", headers=patient.headers).status_code == 404
    assert remaining(graph, patient.id, [note, record_id]) == []
    assert not any((backends.data_dir / key).exists() for key in stored if key)
    assert graph.read_ad_hoc("MATCH (c:Concept) RETURN count(c) AS n")[0]["n"] == concepts, "shared nodes stay"
    assert neighbour.poll(shared).json()["ocr_status"] == "completed", "another patient's document stays"
    assert [d["document_id"] for d in neighbour.listing()["documents"]] == [shared]
    [entry] = graph.read_ad_hoc("MATCH (e:Erasure {patient_id: $id}) RETURN e {.*} AS e", id=patient.id)
    entry = entry["e"]
    assert entry["tenant_id"] == tenant_id and entry["documents"] == 2
    assert not {EXTERNAL_ID, BIRTH, patient.token} & {str(value) for value in entry.values()}, "no PHI kept"
    again = Patient(client, patient.issued, external_id=EXTERNAL_ID)
    assert again.id != patient.id, "the center's id is free again"


def test_erasure_of_another_tenants_patient_is_a_missing_one(client: TestClient, new_tenant) -> None:  # noqa: ANN001
    owner, stranger = Patient(client, new_tenant), new_tenant()
    answer = client.delete(f"/v1/patients/{owner.token}", headers={"x-api-key": stranger.api_key})
    assert (answer.status_code, answer.json()) == (404, {"detail": "Not found"})
    assert client.get(f"/v1/patients/{owner.token}", headers=owner.headers).status_code == 200


def test_an_erased_patients_files_are_gone_from_the_data_dir(patient: Patient, backends: Backends,
                                                             graph: GraphDriver) -> None:
    document_id = patient.enriched(fixtures.text_pdf())
    [key] = [row["key"] for row in graph.read_ad_hoc("MATCH (d:Document {id: $id}) RETURN d.storage_key AS key",
                                                      id=document_id)]
    path = backends.data_dir / key
    assert path.exists()
    assert patient.client.delete(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 200
    assert not path.exists() and not any(Path(path.parent).glob(f"*{document_id}*"))
