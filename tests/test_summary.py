"""`POST /v1/patients/{patient_id}/summary` on documents processed by the real worker into the real graph:
the deterministic narrative in both languages, negated facts absent, the cache and what invalidates it,
an OpenAI-compatible model whose answer must cite offered fact ids, 422s and 404s."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from dateutil.relativedelta import relativedelta
from starlette.testclient import TestClient

from service.app import Backends, create_app
from service.llm import LlmEndpoint
from tests import fixtures
from tests.document_client import Patient
from tests.support import PartnerEndpoint

TODAY = datetime.now(UTC).date()
VISIT = TODAY - relativedelta(months=2)
NOTE = fixtures.text_pdf(["EVOLUCAO AMBULATORIAL", f"Especialidade: Cardiologia   Data: {VISIT:%d/%m/%Y}",
                          "Paciente hipertensa. Nega alergia a penicilina. Nega tabagismo.",
                          "Em uso de Losartana 50 mg 1x ao dia."])
LAB = fixtures.text_pdf(["LABORATORIO CENTRAL - EXAMES", f"Material: sangue   Data da coleta: {VISIT:%d/%m/%Y}",
                         "Exame            Resultado    Valores de referencia",
                         "Glicose          115 mg/dL     70 a 99 mg/dL"])


@pytest.fixture(scope="module")
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    patient = Patient(client, new_tenant, birth_date=(TODAY - relativedelta(years=54)).isoformat(), sex="female")
    patient.enriched(NOTE, document_type="clinical_note")
    patient.enriched(LAB, document_type="lab_report")
    return patient


def summarise(patient: Patient, client: TestClient | None = None, **body: object) -> dict:
    response = (client or patient.client).post(f"/v1/patients/{patient.token}/summary", json=body,
                                               headers=patient.headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_deterministic_summary_in_portuguese_by_default_and_english(patient: Patient) -> None:
    body = summarise(patient, force=True)
    assert set(body) == {"patient_id", "summary", "language", "generated_at", "cached", "generation_time_ms",
                         "generator"}
    assert (body["patient_id"], body["language"], body["cached"], body["generator"]) == (
        patient.id, "pt-BR", False, "template")
    text = body["summary"]
    assert text.startswith("Paciente do sexo feminino, 54 anos.")
    assert f"Hipertensão arterial (I10), desde {VISIT:%d/%m/%Y}" in text
    assert "Losartan 50 mg 1x ao dia" in text
    assert f"Glicose 115 mg/dL (alto) em {VISIT:%d/%m/%Y}" in text
    assert "Nenhuma alergia registrada." in text, "'nega alergia a penicilina' is no allergy"
    assert "Penicil" not in text and "Tabagismo (nega)" in text, "a denied habit is said as denied"
    english = summarise(patient, language="en", force=True)["summary"]
    assert english.startswith("54-year-old female patient.")
    assert f"Active conditions: Hipertensão arterial (I10), since {VISIT.isoformat()}" in english
    assert "Glicose 115 mg/dL (high)" in english


def test_cached_until_a_document_is_processed_or_deleted(patient: Patient) -> None:
    first = summarise(patient, force=True)
    again = summarise(patient)
    assert again["cached"] is True and (again["summary"], again["generated_at"]) == (first["summary"],
                                                                                   first["generated_at"])
    assert summarise(patient, language="en")["language"] == "en", "each language has its own entry"
    assert summarise(patient, force=True)["cached"] is False

    added = patient.enriched(fixtures.text_pdf(["RECEITA", "Metformina 850 mg 2x ao dia."]),
                             document_type="prescription")
    after_upload = summarise(patient)
    assert after_upload["cached"] is False and "Metformin 850 mg" in after_upload["summary"]
    assert summarise(patient)["cached"] is True
    assert patient.client.delete(f"/v1/patients/{patient.token}/prontuario-documents/{added}",
                                 headers=patient.headers).status_code == 204
    after_delete = summarise(patient)
    assert after_delete["cached"] is False and "Metformin" not in after_delete["summary"]


@pytest.fixture
def llm() -> Iterator[PartnerEndpoint]:
    endpoint = PartnerEndpoint().start()
    yield endpoint
    endpoint.stop()


@pytest.fixture
def llm_client(backends: Backends, llm: PartnerEndpoint) -> Iterator[TestClient]:
    configured = dataclasses.replace(backends, llm=LlmEndpoint(f"{llm.base}/v1", "test-model", "sk-test"))
    with TestClient(create_app(configured)) as client:
        yield client


def completion(content: str) -> dict:
    return {"choices": [{"message": {"role": "assistant", "content": content}}]}


def test_a_configured_model_writes_the_summary_citing_offered_facts(patient: Patient, llm: PartnerEndpoint,
                                                                    llm_client: TestClient) -> None:
    def cite_first_fact(request: dict) -> dict:
        prompt = request["json"]["messages"][0]["content"]
        fact_id = re.search(r"- \[([^\]]+)\] condition: Hipertensão arterial", prompt).group(1)
        return completion(f"Paciente com hipertensão arterial [{fact_id}].")

    llm.reply = cite_first_fact
    body = summarise(patient, llm_client, force=True)
    assert (body["generator"], body["cached"]) == ("llm:test-model", False)
    assert re.fullmatch(r"Paciente com hipertensão arterial \[[0-9a-f-]{36}\]\.", body["summary"])
    request = llm.received[-1]
    assert request["path"] == "/v1/chat/completions" and request["headers"]["authorization"] == "Bearer sk-test"
    prompt = request["json"]["messages"][0]["content"]
    assert "Brazilian Portuguese" in prompt and "Losartan" in prompt and "Penicil" not in prompt


@pytest.mark.parametrize("answer", ["Paciente hipertensa.", "Paciente diabética [00000000-0000-0000-0000-000000000000]."])
def test_an_answer_without_offered_citations_falls_back_to_the_template(patient: Patient, llm: PartnerEndpoint,
                                                                         llm_client: TestClient,
                                                                         answer: str) -> None:
    llm.reply = lambda _: completion(answer)
    body = summarise(patient, llm_client, force=True)
    assert body["generator"] == "template" and body["summary"].startswith("Paciente do sexo feminino")
    assert len(llm.received) == 1


@pytest.mark.parametrize(("body", "field"), [({"language": "fr"}, "language"), ({"force": "maybe"}, "force"),
                                             ({"style": "short"}, "style")])
def test_invalid_bodies_are_422_naming_the_field(patient: Patient, body: dict, field: str) -> None:
    response = patient.client.post(f"/v1/patients/{patient.token}/summary", json=body, headers=patient.headers)
    assert response.status_code == 422
    assert [issue["loc"] for issue in response.json()["detail"]] == [["body", field]]


def test_another_tenants_patient_is_404(patient: Patient, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    stranger = {"x-api-key": new_tenant().api_key}
    response = client.post(f"/v1/patients/{patient.token}/summary", json={}, headers=stranger)
    missing = client.post("/v1/patients/pat_0000000000000000000000/summary", json={}, headers=stranger)
    assert response.status_code == missing.status_code == 404 and response.json() == missing.json()
