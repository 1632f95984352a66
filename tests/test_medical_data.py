"""The medical-center surface end to end on the real graph, broker and worker: `POST /v1/medical-data`."""

from __future__ import annotations

import base64
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from graph.driver import GraphDriver
from graph.tenants import IssuedKey
from tests import fixtures
from tests.support import wait_for

TODAY = date.today()
NOTE = ("EVOLUÇÃO ENDOCRINOLOGIA\nPaciente com diabetes mellitus tipo 2. Nega tabagismo.\n"
        "Conduta: iniciar metformina 850 mg 2x/dia.")
LABS = [
    {"name": "Hemoglobina", "value": 11.6, "unit": "g/dL", "reference_range": "12,0 a 16,0",
     "date": (TODAY - timedelta(days=3)).isoformat()},
    {"code": "2823-3", "value": "6.9", "unit": "mmol/L", "low": 3.5, "high": 5.1, "flag": "H"},
    {"name": "Glicose", "value": 131, "unit": "mg/dL", "reference_range": "70-99"},
    {"name": "Unobtainium", "value": 1, "unit": "mg/dL"},
    {"name": "Creatinina", "value": True},
]


def observation(code: str, value: float, unit: str, low: float, high: float, flag: str) -> dict[str, Any]:
    return {"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
            "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit},
            "referenceRange": [{"low": {"value": low}, "high": {"value": high}}],
            "interpretation": [{"coding": [{"code": flag}]}],
            "effectiveDateTime": f"{(TODAY - timedelta(days=10)).isoformat()}T08:30:00-03:00"}


BUNDLE = {"resourceType": "Bundle", "type": "collection", "entry": [
    {"resource": {"resourceType": "Patient", "id": "p1"}},
    {"resource": observation("718-7", 13.1, "g/dL", 12.0, 16.0, "N")},
    {"resource": observation("6690-2", 12.4, "10*3/uL", 4.0, 11.0, "H")},
    {"resource": {"resourceType": "Observation", "status": "final", "code": {"text": "Mystery"},
                  "valueQuantity": {"value": 1}}},
]}


class Center:
    """A tenant (medical center) with its Docus credentials."""

    def __init__(self, client: TestClient, issued: IssuedKey) -> None:
        self.client, self.issued = client, issued
        self.headers = {"x-api-key": issued.api_key, "x-team-id": issued.tenant.team_id}

    def submit(self, **body: Any) -> Any:
        return self.client.post("/v1/medical-data", json=body, headers=self.headers)

    def record(self, record_id: str) -> dict[str, Any]:
        response = self.client.get(f"/v1/medical-data/{record_id}", headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    def settled(self, record_id: str) -> dict[str, Any]:
        def done() -> dict[str, Any] | None:
            body = self.record(record_id)
            return body if body["status"] in ("completed", "failed") else None
        return wait_for(done, timeout_s=180, every_s=0.2, what="record settled")

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.client.get(path, params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    def patients(self, external_id: str) -> list[dict[str, Any]]:
        return self.get("/v1/patients", external_id=external_id)["patients"]

    def points(self, token: str, marker: str) -> list[dict[str, Any]]:
        series = self.get(f"/v1/patients/{token}/lab-trends", markers=marker)["markers"]
        return series[0]["data_points"] if series else []


@pytest.fixture
def center(client: TestClient, new_tenant, worker) -> Center:  # noqa: ANN001
    return Center(client, new_tenant())


def external() -> str:
    return f"pt_{uuid.uuid4().hex[:10]}"


def b64(content: bytes, mime: str, name: str) -> dict[str, str]:
    return {"mime_type": mime, "content": base64.b64encode(content).decode(), "file_name": name}


def test_raw_text_creates_the_patient_and_reaches_the_graph(center: Center) -> None:
    patient_id = external()
    response = center.submit(patient_id=patient_id, data_type="evolucao_endocrinologia", data=NOTE)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["patient_created"] is True and body["version"] == 1 and body["document_id"] is None
    assert body["patient_token"].startswith("pat_") and body["message"]
    assert [p["id"] for p in center.patients(patient_id)] == [body["patient_id"]]
    record = center.settled(body["record_id"])
    assert (record["status"], record["current"], record["external_patient_id"]) == ("completed", True, patient_id)
    context = center.get(f"/v1/patients/{body['patient_token']}/context")
    assert any("diabetes" in c["name"].lower() for c in context["conditions"]["active"])
    assert any("metformin" in m["name"].lower() for m in context["medications"])
    assert [h["status"] for h in context["lifestyle"]] == ["never"]

    again = center.submit(patient_id=patient_id, data_type="nota", data="Paciente assintomático.").json()
    assert (again["patient_created"], again["patient_id"]) == (False, body["patient_id"])


def test_structured_lab_results_go_in_as_sent_and_unreadable_ones_are_reported(center: Center) -> None:
    body = center.submit(patient_id=external(), data_type="lab_results", data=LABS).json()
    record = center.settled(body["record_id"])
    assert record["status"] == "completed" and record["document_type"] == "lab_report"
    assert [r["index"] for r in record["rejected_results"]] == [3, 4]
    assert "Unobtainium" in record["rejected_results"][0]["reason"] and "value" in record["rejected_results"][1]["reason"]
    token = body["patient_token"]
    hemoglobin = center.points(token, "718-7")
    assert [(p["value"], p["flag"], p["date"]) for p in hemoglobin] == [(11.6, "L", LABS[0]["date"])]
    potassium = center.points(token, "potassium")
    assert [(p["value"], p["flag"]) for p in potassium] == [(6.9, "HH")]  # critical by the published limit
    glucose = center.points(token, "glucose")
    assert [(p["value"], p["flag"]) for p in glucose] == [(131.0, "H")]  # high, never critical


def test_fhir_bundle_observations_become_lab_results(center: Center) -> None:
    body = center.submit(patient_id=external(), data_type="lab_results", data=BUNDLE).json()
    record = center.settled(body["record_id"])
    assert record["status"] == "completed"
    assert [(r["index"], "Mystery" in r["reason"]) for r in record["rejected_results"]] == [(3, True)]
    token = body["patient_token"]
    day = (TODAY - timedelta(days=10)).isoformat()
    assert [(p["value"], p["flag"], p["date"]) for p in center.points(token, "718-7")] == [(13.1, "N", day)]
    assert [(p["value"], p["original_unit"], p["flag"]) for p in center.points(token, "6690-2")] == \
        [(12.4, "10*3/uL", "H")]


def test_lab_report_text_goes_through_the_lab_reader(center: Center) -> None:
    body = center.submit(patient_id=external(), data_type="lab_results", data="\n".join(fixtures.LAB_LINES)).json()
    assert center.settled(body["record_id"])["status"] == "completed"
    assert [p["value"] for p in center.points(body["patient_token"], "hemoglobin")] == [14.2]


@pytest.mark.parametrize("kind", ["pdf", "docx", "doc"])
def test_base64_files_reach_the_graph(center: Center, kind: str) -> None:
    if kind == "pdf":
        file = b64(fixtures.text_pdf(), "application/pdf", "hemograma.pdf")
        data_type, marker, expected = "lab_results", "hemoglobin", 14.2
    else:
        content = fixtures.docx_bytes()
        file = b64(content, "application/msword", "nota.docx") if kind == "docx" else \
            b64(fixtures.doc_bytes(content), "application/msword", "nota.doc")
        data_type, marker, expected = "prescription", None, None
    body = center.submit(patient_id=external(), data_type=data_type, file_base64=file).json()
    record = center.settled(body["record_id"])
    assert record["status"] == "completed", record
    token = body["patient_token"]
    if marker:
        assert [p["value"] for p in center.points(token, marker)] == [expected]
    else:
        context = center.get(f"/v1/patients/{token}/context")
        assert any("losartan" in m["name"].lower() for m in context["medications"])


def _no_trace(center: Center, patient_id: str) -> None:
    assert center.patients(patient_id) == []


@pytest.mark.parametrize(("body", "status", "needle"), [
    ({"patient_id": None, "data_type": "nota", "data": "x"}, 422, "patient_id"),
    ({"patient_id": "", "data_type": "nota", "data": "x"}, 422, "patient_id"),
    ({"patient_id": "p" * 129, "data_type": "nota", "data": "x"}, 422, "patient_id"),
    ({"data_type": "", "data": "x"}, 422, "data_type"),
    ({"data_type": "nota", "document_id": "d" * 257, "data": "x"}, 422, "document_id"),
    ({"data_type": "nota"}, 422, "At least one of data or file_base64"),
    ({"data_type": "nota", "data": ""}, 422, "data must not be empty"),
    ({"data_type": "nota", "file_base64": {"mime_type": "application/pdf", "content": "%%%not base64%%%",
                                           "file_name": "a.pdf"}}, 422, "Invalid base64"),
    ({"data_type": "nota", "file_base64": b64(fixtures.image_bytes("png"), "application/pdf", "a.pdf")}, 422,
     "Unsupported file type: image/png"),
    ({"data_type": "nota", "file_base64": {"mime_type": "application/pdf", "file_name": "a.pdf"}}, 422, "content"),
    ({"data_type": "nota", "data": "x", "extra": 1}, 422, "extra"),
])
def test_every_invalid_submission_is_refused_and_leaves_no_trace(center: Center, body: dict[str, Any], status: int,
                                                                 needle: str) -> None:
    patient_id = external()
    sent = {key: value for key, value in ({"patient_id": patient_id} | body).items() if value is not None}
    response = center.submit(**sent)
    assert response.status_code == status, response.text
    assert needle in response.text
    _no_trace(center, patient_id)


def test_files_over_the_limit_and_bodies_over_the_cap_are_413(center: Center) -> None:
    patient_id = external()
    oversized = b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024)
    response = center.submit(patient_id=patient_id, data_type="nota",
                             file_base64=b64(oversized, "application/pdf", "big.pdf"))
    assert response.status_code == 413 and "20 MB" in response.json()["detail"]
    response = center.submit(patient_id=patient_id, data_type="nota", data="x" * (33 * 1024 * 1024))
    assert response.status_code == 413
    _no_trace(center, patient_id)


def test_team_id_must_be_the_keys_tenants(center: Center, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    other = new_tenant()
    body = {"patient_id": external(), "data_type": "nota", "data": "x"}
    answers = [client.post("/v1/medical-data", json=body, headers=headers) for headers in (
        {"x-api-key": center.issued.api_key},
        {"x-api-key": center.issued.api_key, "x-team-id": other.tenant.team_id},
        {"x-api-key": "dph_live_wrong", "x-team-id": center.issued.tenant.team_id},
    )]
    assert {(a.status_code, a.text) for a in answers} == {(401, '{"detail":"Invalid or missing API key"}')}
    _no_trace(center, body["patient_id"])
    mismatched = client.get("/v1/patients", headers={"x-api-key": center.issued.api_key,
                                                      "x-team-id": other.tenant.team_id})
    assert mismatched.status_code == 401


def test_another_tenants_record_is_a_404(center: Center, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    record_id = center.submit(patient_id=external(), data_type="nota", data="x").json()["record_id"]
    other = Center(client, new_tenant())
    assert other.client.get(f"/v1/medical-data/{record_id}", headers=other.headers).status_code == 404
    assert center.client.get(f"/v1/medical-data/{uuid.uuid4()}", headers=center.headers).status_code == 404


def test_twenty_concurrent_first_records_create_one_patient(center: Center) -> None:
    patient_id = external()
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda i: center.submit(patient_id=patient_id, data_type="nota", data=f"Nota {i}."),
                                range(20)))
    assert [a.status_code for a in answers] == [201] * 20
    bodies = [a.json() for a in answers]
    assert len({b["patient_id"] for b in bodies}) == 1
    assert sum(b["patient_created"] for b in bodies) == 1
    assert len(center.patients(patient_id)) == 1


def test_resubmitting_a_document_id_replaces_what_it_added(center: Center) -> None:
    patient_id = external()
    first = center.submit(patient_id=patient_id, data_type="lab_results", document_id="LAB-1",
                          data=[{"code": "718-7", "value": 11.6, "unit": "g/dL", "low": 12, "high": 16}]).json()
    center.settled(first["record_id"])
    token = first["patient_token"]
    assert [p["value"] for p in center.points(token, "718-7")] == [11.6]
    second = center.submit(patient_id=patient_id, data_type="lab_results", document_id="LAB-1",
                           data=[{"code": "718-7", "value": 13.2, "unit": "g/dL", "low": 12, "high": 16},
                                 {"code": "2345-7", "value": 250, "unit": "mg/dL", "low": 70, "high": 99}]).json()
    assert second["version"] == 2 and second["document_id"] == "LAB-1"
    assert center.settled(second["record_id"])["current"] is True
    assert [(p["value"], p["flag"]) for p in center.points(token, "718-7")] == [(13.2, "N")]
    old = center.record(first["record_id"])
    assert (old["superseded"], old["current"]) == (True, False)
    alerts = center.get(f"/v1/patients/{token}/context")["recent_lab_alerts"]
    assert [a["marker_key"] for a in alerts] == ["glucose"]  # the old low hemoglobin is gone
    listed = center.get(f"/v1/patients/{token}/documents")["documents"]
    assert [d["document_id"] for d in listed] == [second["record_id"]]


def test_concurrent_resubmissions_end_with_one_current_version(center: Center, graph: GraphDriver) -> None:
    patient_id = external()

    def send(value: int) -> dict[str, Any]:
        return center.submit(patient_id=patient_id, data_type="lab_results", document_id="LAB-RACE",
                             data=[{"code": "2345-7", "value": 80 + value, "unit": "mg/dL"}]).json()

    with ThreadPoolExecutor(max_workers=20) as pool:
        bodies = list(pool.map(send, range(20)))
    assert sorted(b["version"] for b in bodies) == list(range(1, 21))
    for body in bodies:
        center.settled(body["record_id"])
    records = [center.record(b["record_id"]) for b in bodies]  # read once every version has settled
    current = [r for r in records if r["current"]]
    assert [r["version"] for r in current] == [20]
    assert all(r["superseded"] for r in records if r["version"] != 20)
    last = next(b for b in bodies if b["version"] == 20)
    assert [p["value"] for p in center.points(last["patient_token"], "glucose")] == \
        [80.0 + bodies.index(last)]


def history(center: Center, token: str, **params: Any) -> dict[str, Any]:
    return center.get(f"/v1/patients/{token}/health-history", **params)


@pytest.mark.parametrize("language", ["pt-BR", "en"])
def test_health_history_lists_records_newest_first_with_their_summaries(client: TestClient, new_tenant, worker,
                                                                      language: str) -> None:  # noqa: ANN001
    center = Center(client, new_tenant(language=language))
    patient_id = external()
    older = (TODAY - timedelta(days=40)).isoformat()
    labs = center.submit(patient_id=patient_id, data_type="lab_results", document_id="HEMO-1", data=[
        {"code": "718-7", "value": 11.6, "unit": "g/dL", "low": 12, "high": 16, "date": older},
        {"code": "777-3", "value": 250, "unit": "10*3/uL", "low": 150, "high": 450, "date": older},
        {"code": "2823-3", "value": 6.9, "unit": "mmol/L", "low": 3.5, "high": 5.1, "date": older}]).json()
    note = center.submit(patient_id=patient_id, data_type="evolucao_endocrinologia", data=NOTE).json()
    for body in (labs, note):
        center.settled(body["record_id"])
    token = note["patient_token"]
    page = history(center, token)
    assert (page["total"], page["language"]) == (2, language)
    newest, oldest = page["records"]
    assert (newest["record_id"], oldest["record_id"]) == (note["record_id"], labs["record_id"])
    assert oldest["clinical_date"] == older and oldest["clinical_date_from_document"] is True
    assert (oldest["data_type"], oldest["document_id"], oldest["version"], oldest["status"]) == \
        ("lab_results", "HEMO-1", 1, "completed")
    if language == "pt-BR":
        assert oldest["summary"] == ("Exames laboratoriais: 3 resultado(s), 2 alterado(s) "
                                     "(Hemoglobina 11,6 g/dL L, Potássio 6,9 mmol/L HH)")
        assert newest["summary"].startswith("Evolução endocrinologia: ")
        assert "(nova)" in newest["summary"] and "metformin" in newest["summary"].lower()
    else:
        assert oldest["summary"] == ("Lab results: 3 result(s), 2 abnormal "
                                     "(Hemoglobin 11.6 g/dL L, Potassium 6.9 mmol/L HH)")
        assert "(new)" in newest["summary"]
    later = center.submit(patient_id=patient_id, data_type="nota", data=NOTE).json()
    center.settled(later["record_id"])
    repeated = history(center, token, data_type="nota")["records"]
    assert [r["record_id"] for r in repeated] == [later["record_id"]]
    assert "(nova)" not in repeated[0]["summary"] and "(new)" not in repeated[0]["summary"]


def test_health_history_hides_superseded_versions_unless_asked(center: Center) -> None:
    patient_id = external()
    bodies = []
    for value in (11.6, 13.0):
        body = center.submit(patient_id=patient_id, data_type="lab_results", document_id="D-9",
                             data=[{"code": "718-7", "value": value, "unit": "g/dL"}]).json()
        center.settled(body["record_id"])
        bodies.append(body)
    token = bodies[0]["patient_token"]
    current = history(center, token)["records"]
    assert [(r["record_id"], r["version"], r["current"]) for r in current] == [(bodies[1]["record_id"], 2, True)]
    every = history(center, token, include_superseded="true")
    assert every["total"] == 2
    assert {(r["version"], r["superseded"]) for r in every["records"]} == {(1, True), (2, False)}
    assert history(center, token, limit=1, offset=1)["records"] == []
    assert center.client.get(f"/v1/patients/{token}/health-history", params={"limit": 0},
                             headers=center.headers).status_code == 422


def test_a_failed_new_version_leaves_the_previous_one_current(center: Center) -> None:
    patient_id = external()
    first = center.submit(patient_id=patient_id, data_type="lab_results", document_id="D-FAIL",
                          data=[{"code": "718-7", "value": 12.9, "unit": "g/dL"}]).json()
    center.settled(first["record_id"])
    broken = center.submit(patient_id=patient_id, data_type="lab_results", document_id="D-FAIL",
                           data=[{"name": "Unobtainium", "value": 1}]).json()
    failed = center.settled(broken["record_id"])
    assert (failed["status"], failed["current"], failed["superseded"]) == ("failed", False, False)
    assert "Unobtainium" in failed["error"]
    assert center.record(first["record_id"])["current"] is True
    assert [p["value"] for p in center.points(first["patient_token"], "718-7")] == [12.9]
    listed = history(center, first["patient_token"])["records"]
    assert {(r["version"], r["status"]) for r in listed} == {(1, "completed"), (2, "failed")}


def test_health_history_filters_by_clinical_date(center: Center) -> None:
    patient_id = external()
    days = [(TODAY - timedelta(days=n)).isoformat() for n in (60, 30)]
    bodies = [center.submit(patient_id=patient_id, data_type="lab_results",
                            data=[{"code": "2345-7", "value": 90, "unit": "mg/dL", "date": day}]).json() for day in days]
    today = center.submit(patient_id=patient_id, data_type="nota", data="Paciente assintomático.").json()
    for body in (*bodies, today):
        center.settled(body["record_id"])
    token = today["patient_token"]

    def ids(**params: Any) -> list[str]:
        return [r["record_id"] for r in history(center, token, **params)["records"]]

    assert ids() == [today["record_id"], bodies[1]["record_id"], bodies[0]["record_id"]]
    assert ids(date_from=days[1]) == [today["record_id"], bodies[1]["record_id"]]
    assert ids(date_to=days[1]) == [bodies[1]["record_id"], bodies[0]["record_id"]]
    assert ids(date_from=days[1], date_to=days[1]) == [bodies[1]["record_id"]]
    received = datetime.now(ZoneInfo("America/Sao_Paulo")).date()  # today in the center's time zone (conftest's tenants)
    assert ids(date_from=received.isoformat()) == [today["record_id"]]  # (between 00:00 and 03:00 UTC, not UTC's)
    assert ids(data_type="lab_results", limit=1) == [bodies[1]["record_id"]]


def test_a_record_the_broker_cannot_take_is_taken_back_whole(center: Center, backends,  # noqa: ANN001
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from ingestion.actors import extract_text

    def broker_down(*_: Any) -> None:
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(extract_text, "send", broker_down)
    patient_id = external()
    before = {path for path in backends.data_dir.rglob("*") if path.is_file()}
    response = center.submit(patient_id=patient_id, data_type="nota", data="Nota.",
                             file_base64=b64(fixtures.text_pdf(), "application/pdf", "a.pdf"))
    assert response.status_code == 503 and "nothing was kept" in response.json()["detail"]
    assert response.headers["retry-after"] == "5"
    _no_trace(center, patient_id)
    assert {path for path in backends.data_dir.rglob("*") if path.is_file()} == before
