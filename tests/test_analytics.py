"""The analysts' named queries (`GET /v1/analytics`, `POST /v1/analytics/{name}`) on a tenant whose
documents the real worker processed, each asserted against the answer the test knows; tenant scoping,
404/422; and `clinigraph cypher`, read-only, from the shell."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from dateutil.relativedelta import relativedelta
from starlette.testclient import TestClient

from graph.driver import GraphDriver, QueryRejected
from service.app import Backends
from tests import fixtures
from tests.document_client import Patient
from tests.support import clinigraph

TODAY = datetime.now(UTC).date()


def note(*lines: str) -> bytes:
    return fixtures.text_pdf(["EVOLUCAO CLINICA", f"Data: {TODAY - relativedelta(months=1):%d/%m/%Y}", *lines])


def lab(months_ago: int, *rows: str) -> bytes:
    collected = TODAY - relativedelta(months=months_ago)
    return fixtures.text_pdf(["LABORATORIO CENTRAL - EXAMES", f"Material: sangue   Data da coleta: {collected:%d/%m/%Y}",
                              "Exame            Resultado    Valores de referencia", *rows])


GLUCOSE = "Glicose          {} mg/dL     70 a 99 mg/dL"


@pytest.fixture(scope="module")
def cohort(client: TestClient, new_tenant, worker) -> dict[str, Patient]:  # noqa: ANN001
    """Four patients of one tenant:
    ana   hypertension + diabetes, on metformin; glucose 180 (latest), HbA1c 8,5 % two months ago
    bruno hypertension + diabetes, on losartan; glucose 200 five months ago, 95 now (latest normal)
    caio  hypertension, denies diabetes, stopped metformin; glucose 130 now
    dora  diabetes; her only glucose (300) is in a deleted report; HbA1c 7,0 % 14 months ago
    """
    ana = Patient(client, new_tenant)
    people = {"ana": ana, **{name: Patient(client, ana.issued) for name in ("bruno", "caio", "dora")}}
    people["ana"].enriched(note("Paciente hipertensa e diabetica. Em uso de Metformina 850 mg 2x ao dia."),
                           document_type="clinical_note")
    people["ana"].enriched(lab(1, GLUCOSE.format(180)), document_type="lab_report")
    people["ana"].enriched(lab(2, "Hemoglobina glicada   8,5 %     4,0 a 5,6 %"), document_type="lab_report")
    people["bruno"].enriched(note("Paciente hipertenso e diabetico. Em uso de Losartana 50 mg 1x ao dia."),
                             document_type="clinical_note")
    people["bruno"].enriched(lab(5, GLUCOSE.format(200)), document_type="lab_report")
    people["bruno"].enriched(lab(1, GLUCOSE.format(95)), document_type="lab_report")
    people["caio"].enriched(note("Paciente hipertenso. Nega diabetes.", "Suspendeu metformina."),
                            document_type="clinical_note")
    people["caio"].enriched(lab(1, GLUCOSE.format(130)), document_type="lab_report")
    people["dora"].enriched(note("Paciente com diabetes mellitus."), document_type="clinical_note")
    people["dora"].enriched(lab(14, "Hemoglobina glicada   7,0 %     4,0 a 5,6 %"), document_type="lab_report")
    deleted = people["dora"].enriched(lab(1, GLUCOSE.format(300)), document_type="lab_report")
    assert client.delete(f"/v1/patients/{people['dora'].token}/prontuario-documents/{deleted}",
                         headers=people["dora"].headers).status_code == 204
    return people


def run(cohort: dict[str, Patient], name: str, **params: object) -> list[dict]:
    ana = cohort["ana"]
    response = ana.client.post(f"/v1/analytics/{name}", json=params, headers=ana.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["name"] == name and body["row_count"] == len(body["rows"])
    return body["rows"]


def who(cohort: dict[str, Patient], rows: list[dict]) -> list[str]:
    names = {patient.id: name for name, patient in cohort.items()}
    return [names[row["patient_id"]] for row in rows]


def test_the_catalogue_documents_every_query(client: TestClient, cohort: dict[str, Patient]) -> None:
    response = client.get("/v1/analytics", headers=cohort["ana"].headers)
    assert response.status_code == 200
    queries = {q["name"]: q for q in response.json()["queries"]}
    assert set(queries) == {"latest_marker_outside", "abnormal_prevalence", "co_occurring_conditions",
                            "patients_on_drug_with_condition", "no_recent_result"}
    assert all(q["description"] for q in queries.values())
    assert set(queries["latest_marker_outside"]["parameters"]["required"]) == {"marker", "threshold"}


def test_latest_marker_outside_a_threshold(cohort: dict[str, Patient]) -> None:
    rows = run(cohort, "latest_marker_outside", marker="Glucose", threshold=125)
    assert who(cohort, rows) == ["ana", "caio"], "bruno's latest is 95; dora's report is deleted"
    assert [row["value"] for row in rows] == [180, 130] and rows[0]["unit"] == "mg/dL"
    assert rows[0]["observed_at"].startswith((TODAY - relativedelta(months=1)).isoformat())
    assert who(cohort, run(cohort, "latest_marker_outside", marker="Glicose", threshold=100, direction="below")) == [
        "bruno"]


def test_abnormal_prevalence_per_marker(cohort: dict[str, Patient]) -> None:
    rows = {row["marker_key"]: row for row in run(cohort, "abnormal_prevalence", months=12)}
    glucose = rows["glucose"]
    assert (glucose["patients"], glucose["results"], glucose["abnormal"], glucose["prevalence"]) == (3, 4, 3, 0.75)
    assert (rows["hba1c"]["results"], rows["hba1c"]["abnormal"]) == (1, 1), "dora's HbA1c is outside 12 months"


def test_co_occurring_conditions(cohort: dict[str, Patient]) -> None:
    rows = run(cohort, "co_occurring_conditions", min_patients=2)
    assert [(r["first_code"], r["second_code"], r["patients"]) for r in rows] == [("E14", "I10", 2)], \
        "caio denies diabetes: his hypertension pairs with nothing"
    assert run(cohort, "co_occurring_conditions", min_patients=2, code="J45") == []


def test_patients_on_a_drug_with_a_condition(cohort: dict[str, Patient]) -> None:
    rows = run(cohort, "patients_on_drug_with_condition", drug="Metformin", condition="E1")
    assert who(cohort, rows) == ["ana"], "caio stopped metformin"
    assert rows[0]["conditions"] == ["Diabetes mellitus"]
    assert who(cohort, run(cohort, "patients_on_drug_with_condition", drug="losartana", condition="I10")) == ["bruno"]


def test_patients_without_a_recent_result(cohort: dict[str, Patient]) -> None:
    rows = run(cohort, "no_recent_result", marker="HbA1c", months=6, condition="E1")
    assert who(cohort, rows) == ["bruno", "dora"], "never tested first, then the oldest"
    assert rows[0]["last_result_at"] is None and rows[1]["last_result_at"] is not None
    assert sorted(who(cohort, run(cohort, "no_recent_result", marker="Glucose", months=3))) == ["dora"]


def test_queries_see_only_the_callers_tenant(client: TestClient, cohort: dict[str, Patient], new_tenant) -> None:  # noqa: ANN001
    stranger = {"x-api-key": new_tenant().api_key}
    response = client.post("/v1/analytics/latest_marker_outside", json={"marker": "Glucose", "threshold": 0},
                           headers=stranger)
    assert response.status_code == 200 and response.json()["rows"] == []


@pytest.mark.parametrize(("name", "body", "field"), [
    ("latest_marker_outside", {"marker": "Unobtainium", "threshold": 1}, "marker"),
    ("latest_marker_outside", {"marker": "Glucose"}, "threshold"),
    ("no_recent_result", {"marker": "HbA1c", "months": 0}, "months"),
    ("abnormal_prevalence", {"limit": 5000}, "limit"),
    ("co_occurring_conditions", {"color": "red"}, "color"),
])
def test_invalid_parameters_are_422_naming_the_field(client: TestClient, cohort: dict[str, Patient], name: str,
                                                     body: dict, field: str) -> None:
    response = client.post(f"/v1/analytics/{name}", json=body, headers=cohort["ana"].headers)
    assert response.status_code == 422
    assert [issue["loc"] for issue in response.json()["detail"]] == [["body", field]]


def test_an_unknown_query_is_404(client: TestClient, cohort: dict[str, Patient]) -> None:
    response = client.post("/v1/analytics/drop_everything", json={}, headers=cohort["ana"].headers)
    assert response.status_code == 404 and response.json() == {"detail": "Not found"}


def test_ad_hoc_cypher_reads_and_refuses_writes(graph: GraphDriver, cohort: dict[str, Patient]) -> None:
    rows = graph.read_ad_hoc("MATCH (p:Patient) WHERE p.tenant_id = $tenant RETURN count(p) AS patients",
                             tenant=cohort["ana"].issued.tenant.id)
    assert rows == [{"patients": 4}]
    with pytest.raises(QueryRejected):
        graph.read_ad_hoc("CREATE (:Intruder {name: 'x'})")
    assert graph.read_ad_hoc("MATCH (n:Intruder) RETURN count(n) AS n") == [{"n": 0}]


def test_the_cypher_command_prints_json_lines(backends: Backends, cohort: dict[str, Patient]) -> None:
    env = {"CLINIGRAPH_GRAPH_URL": backends.graph_url, "CLINIGRAPH_REDIS_URL": backends.redis_url}
    if backends.graph_user:
        env |= {"CLINIGRAPH_GRAPH_USER": backends.graph_user, "CLINIGRAPH_GRAPH_PASSWORD": backends.graph_password or ""}
    done = clinigraph("cypher", "MATCH (p:Patient) WHERE p.tenant_id = $tenant RETURN p.id AS id ORDER BY id",
                      "--param", f"tenant={cohort['ana'].issued.tenant.id}", env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(json.loads(line)["id"] for line in done.stdout.splitlines()) == sorted(
        p.id for p in cohort.values())
    refused = clinigraph("cypher", "MATCH (p:Patient) DETACH DELETE p", env=env)
    assert refused.returncode == 1 and refused.stderr.startswith("error:")
