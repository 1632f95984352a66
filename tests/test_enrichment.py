"""Documents processed by the real pipeline become facts, lab results and searchable passages in the
real graph: provenance, assertion, replacement on reprocessing, soft delete, tenant scoping."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from graph import documents, enrichment
from graph.driver import GraphDriver
from tests import fixtures
from tests.document_client import Patient
from tests.support import wait_for

EN_NOTE = [
    "CLINIC NOTE",
    "Department: Cardiology    Date of visit: 2024-03-05    Attending: Dr. Ana Lima",
    "Chief complaint: shortness of breath on exertion for two weeks.",
    "The patient denies chest pain and denies fever.",
    "History of pneumonia in 2019. Mother had breast cancer.",
    "Medications: metformin 500 mg by mouth twice daily and lisinopril 10 mg daily.",
    "Allergies: allergic to penicillin with hives.",
    "Vitals: BP 150/95 mmHg, HR 88 bpm, weight 92 kg.",
    "Assessment: type 2 diabetes mellitus and hypertension, poorly controlled.",
]
PT_NOTE = [
    "EVOLUCAO CLINICA",
    "Queixa principal: dor toracica ha 2 dias.",
    "Paciente nega febre e nega tosse.",
    "Historia de infarto agudo do miocardio em 2020. Mae com diabetes mellitus tipo 2.",
    "Em uso de losartana 50 mg via oral 1 vez ao dia.",
    "Alergica a dipirona.",
    "Hipotese diagnostica: angina estavel. Conduta: solicitar ECG.",
    "Encaminhado ao endocrinologista.",
]


@pytest.fixture
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    return Patient(client, new_tenant)


def processed(patient: Patient, graph: GraphDriver, content: bytes, **data: str) -> tuple[str, list[dict]]:
    document_id = patient.enriched(content, **data)
    return document_id, enrichment.document_facts(graph, patient.issued.tenant.id, document_id)


def by_name(facts: list[dict], name: str) -> dict:
    return next(f for f in facts if f.get("name") == name or f.get("marker_key") == name)


def test_lab_report_results_are_read_back_with_provenance(patient: Patient, graph: GraphDriver) -> None:
    document_id, facts = processed(patient, graph, fixtures.text_pdf(), document_type="lab_report")
    labs = {f["marker_key"]: f for f in facts if f["kind"] == "lab_result"}
    assert set(labs) >= {"hemoglobin", "wbc", "platelets", "glucose"}
    hemoglobin = labs["hemoglobin"]
    assert (hemoglobin["value"], hemoglobin["unit"], hemoglobin["ref_low"], hemoglobin["ref_high"]) == (
        14.2, "g/dL", 13.0, 17.0)
    assert hemoglobin["loinc"] == "718-7" and hemoglobin["computed_flag"] == "N"
    assert (labs["wbc"]["canonical_value"], labs["wbc"]["canonical_unit"]) == (7.3, "10^3/uL")
    assert labs["platelets"]["value"] == 282000.0
    assert hemoglobin["page"] == 1 and hemoglobin["document_id"] == document_id
    assert hemoglobin["observed_at"] == int(datetime(2026, 6, 3, tzinfo=UTC).timestamp() * 1000)
    chunk_text = next(c.text for c in documents.chunks(graph, patient.issued.tenant.id, document_id)
                      if c.seq == hemoglobin["chunk_seq"])
    assert "Hemoglobina      14,2 g/dL" in chunk_text


def test_english_note_facts_carry_assertion_codes_and_details(patient: Patient, graph: GraphDriver) -> None:
    _, facts = processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    status = {(f["kind"], f["name"]): f["status"] for f in facts}
    assert status[("symptom", "Chest pain")] == "negated"
    assert status[("symptom", "Fever")] == "negated"
    assert status[("symptom", "Dyspnea")] == "present"
    assert status[("condition", "Pneumonia")] == "historical"
    assert status[("family_history", "Breast cancer")] == "family"
    assert status[("condition", "Type 2 diabetes mellitus")] == "present"
    diabetes = by_name(facts, "Type 2 diabetes mellitus")
    assert (diabetes["code_system"], diabetes["code"]) == ("ICD-10", "E11")
    metformin = next(f for f in facts if f["kind"] == "medication" and f["name"] == "Metformin")
    assert (metformin["code"], metformin["dose"], metformin["route"], metformin["frequency"]) == (
        "DB00331", "500 mg", "by mouth", "twice daily")
    allergy = next(f for f in facts if f["kind"] == "allergy")
    assert allergy["name"] == "Penicillins" and allergy["status"] == "present" and allergy["reaction"] == "Urticaria"
    bp = next(f for f in facts if f["kind"] == "vital" and f["code"] == "85354-9")
    assert (bp["systolic"], bp["diastolic"], bp["unit"]) == (150.0, 95.0, "mmHg")
    visit = next(f for f in facts if f["kind"] == "encounter")
    assert (visit["specialty"], visit["encounter_date"], visit["professional"], visit["status"]) == (
        "Cardiology", "2024-03-05", "Dr. Ana Lima", "present")
    assert visit["observed_at"] == int(datetime(2024, 3, 5, tzinfo=UTC).timestamp() * 1000)


def test_portuguese_note_facts(patient: Patient, graph: GraphDriver) -> None:
    _, facts = processed(patient, graph, fixtures.text_pdf(PT_NOTE))
    status = {(f["kind"], f.get("code")): f["status"] for f in facts}
    assert status[("symptom", "R50.9")] == "negated"  # nega febre
    assert status[("symptom", "R05")] == "negated"  # nega tosse
    assert status[("condition", "I21")] == "historical"  # história de infarto
    assert status[("family_history", "E11")] == "family"  # mãe com diabetes
    losartan = next(f for f in facts if f["kind"] == "medication")
    assert (losartan["code"], losartan["dose"], losartan["frequency"]) == ("DB00678", "50 mg", "1 vez ao dia")
    allergy = next(f for f in facts if f["kind"] == "allergy")
    assert allergy["code"] == "DB04817"  # dipirona = dipyrone/metamizole
    referral = next(f for f in facts if f["kind"] == "encounter")
    assert (referral["specialty"], referral["encounter_type"], referral["status"]) == (
        "Endocrinology", "referral", "hypothetical")


def test_reprocessing_replaces_instead_of_duplicating(patient: Patient, graph: GraphDriver) -> None:
    from ingestion.actors import enrich_document

    document_id, first = processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    tenant_id = patient.issued.tenant.id
    enrich_document.send(tenant_id, document_id)
    wait_for(lambda: enrichment.version(graph, tenant_id, document_id) == 2 or None, timeout_s=60,
             what="second version")
    second = enrichment.document_facts(graph, tenant_id, document_id)
    assert sorted(f["id"] for f in second) == sorted(f["id"] for f in first)
    assert {f["version"] for f in second} == {2}
    orphans = graph.read("enrichment/document_facts", tenant_id=tenant_id, document_id=document_id)
    assert len(orphans) == len(first)


def search(patient: Patient, q: str, **params: object) -> dict:
    response = patient.client.get(f"/v1/patients/{patient.token}/search", params={"q": q, **params},
                                  headers=patient.headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_search_finds_the_passage_for_a_paraphrased_question(patient: Patient, graph: GraphDriver) -> None:
    english, _ = processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    portuguese, _ = processed(patient, graph, fixtures.text_pdf(PT_NOTE))
    processed(patient, graph, fixtures.text_pdf(), document_type="lab_report")

    hit = search(patient, "Which drugs is the patient taking for diabetes?", k=3)["results"][0]
    assert "metformin" in hit["text"] and hit["document_id"] == english
    assert any(f["name"] == "Metformin" for f in hit["facts"])

    hit = search(patient, "Quais remédios o paciente toma para a pressão?", k=3)["results"][0]
    assert "losartana" in hit["text"] and hit["document_id"] == portuguese

    results = search(patient, "hemoglobin level in the blood count", k=5)["results"]
    assert "Hemoglobina" in results[0]["text"]
    assert results == sorted(results, key=lambda r: -r["score"])


US_PT = [
    "ULTRASSONOGRAFIA DE ABDOME SUPERIOR",
    "Fígado de dimensões aumentadas, contornos regulares e ecotextura difusamente heterogênea.",
    "Vesícula biliar normodistendida, paredes finas, sem cálculos.",
    "Rins tópicos, de dimensões normais, sem dilatação pielocalicial.",
    "Impressão: hepatomegalia com esteatose hepática moderada.",
]


def test_a_portuguese_question_finds_the_portuguese_passage(patient: Patient, graph: GraphDriver) -> None:
    processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    ultrasound, _ = processed(patient, graph, fixtures.text_pdf(US_PT), document_type="imaging")
    results = search(patient, "ultrassom do fígado", k=3)["results"]
    assert any(r["document_id"] == ultrasound and "Fígado" in r["text"] for r in results), results
    assert all(0.0 <= r["score"] <= 1.0 for r in results)


CHEST_XRAY_EN = [
    "OSPREY LAKE REGIONAL HOSPITAL - Department of Radiology",
    "EXAM: XR CHEST 2 VIEWS (PA AND LATERAL)",
    "",
    "FINDINGS: Cardiac silhouette at the upper limits of normal in size.",
    "Dense consolidation in the right lower lobe.",
    "",
    "IMPRESSION: Right lower lobe pneumonia. Small right parapneumonic effusion.",
]
KIDNEY_US_PT = [
    "CENTRO DE DIAGNOSTICO POR IMAGEM - CLINICA SANTA HELENA",
    "Exame: ULTRASSONOGRAFIA DE ABDOME TOTAL",
    "",
    "Rins topicos, de dimensoes normais.",
    "Cisto cortical simples no polo superior do rim esquerdo, medindo 1,8 cm.",
    "",
    "Vesicula biliar com calculos moveis, sem sinais de colecistite.",
]


def test_a_question_finds_the_passage_in_the_other_language_through_synonyms(patient: Patient,
                                                                               graph: GraphDriver) -> None:
    """No word of either question is in its passage as written: "cyst" meets "cisto" by its cognate key,
    "kidney" meets "rim" through the search glossary; "coração" and "raio-x" meet "cardiac" and the
    report's heading ("XR CHEST"), and the English-only model reads the Portuguese question with the
    English names of its phrases."""
    processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    processed(patient, graph, fixtures.text_pdf(PT_NOTE))
    xray, _ = processed(patient, graph, fixtures.text_pdf(CHEST_XRAY_EN), document_type="imaging")
    ultrasound, _ = processed(patient, graph, fixtures.text_pdf(KIDNEY_US_PT), document_type="imaging")
    found = search(patient, "kidney cyst size", k=3)["results"]
    assert any(r["document_id"] == ultrasound and "Cisto cortical" in r["text"] for r in found), found
    found = search(patient, "tamanho do coração no raio-x", k=3)["results"]
    assert any(r["document_id"] == xray and "Cardiac silhouette" in r["text"] for r in found), found


def test_soft_deleted_documents_leave_search_and_other_tenants_get_404(patient: Patient, graph: GraphDriver,
                                                                        client: TestClient, new_tenant) -> None:  # noqa: ANN001
    document_id, _ = processed(patient, graph, fixtures.text_pdf(EN_NOTE))
    assert search(patient, "metformin")["results"]
    deleted = client.delete(f"/v1/patients/{patient.token}/prontuario-documents/{document_id}", headers=patient.headers)
    assert deleted.status_code == 204
    assert search(patient, "metformin")["results"] == []
    stranger = new_tenant()
    response = client.get(f"/v1/patients/{patient.token}/search", params={"q": "metformin"},
                          headers={"x-api-key": stranger.api_key})
    assert response.status_code == 404


def test_search_validates_its_query(patient: Patient) -> None:
    for params in ({}, {"q": ""}, {"q": "x", "k": 0}, {"q": "x", "k": 51}):
        response = patient.client.get(f"/v1/patients/{patient.token}/search", params=params, headers=patient.headers)
        assert response.status_code == 422, params
