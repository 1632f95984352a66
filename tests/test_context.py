"""`GET /v1/patients/{patient_id}/context` on notes and lab reports processed by the real worker into the
real graph: concepts merged over documents, negated and hypothetical mentions never present, stopped
drugs not current, soft-deleted documents absent, the recent window, 422s and 404s."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from dateutil.relativedelta import relativedelta
from starlette.testclient import TestClient

from tests import fixtures
from tests.document_client import Patient

TODAY = datetime.now(UTC).date()
EARLIER, LATER = TODAY - relativedelta(months=6), TODAY - relativedelta(months=1)


def note(when: object, professional: str, *lines: str) -> bytes:
    return fixtures.text_pdf(["EVOLUCAO AMBULATORIAL",
                              f"Especialidade: Cardiologia   Data: {when:%d/%m/%Y}   Medico: {professional}", *lines])


def lab(months_ago: int, *rows: str) -> bytes:
    collected = TODAY - relativedelta(months=months_ago)
    return fixtures.text_pdf(["LABORATORIO CENTRAL - EXAMES", f"Material: sangue   Data da coleta: {collected:%d/%m/%Y}",
                              "Exame            Resultado    Valores de referencia", *rows])


@pytest.fixture(scope="module")
def patient(client: TestClient, new_tenant, worker) -> Patient:  # noqa: ANN001
    """Two visits six months apart, two lab reports (one older than a year) and a deleted note."""
    patient = Patient(client, new_tenant, birth_date=(TODAY - relativedelta(years=62, days=3)).isoformat(),
                      sex="male")
    patient.enriched(note(EARLIER, "Dr. Paulo Souza",
                          "Paciente hipertenso e diabetico. Nega tabagismo. Ex-etilista.",
                          "Alergia a dipirona (urticaria grave). Nega alergia a penicilina.",
                          "Em uso de Losartana 50 mg 1x ao dia e Metformina 850 mg 2x ao dia.",
                          "Em uso de sinvastatina 20 mg 1x ao dia.",
                          "PA 150/95 mmHg.",
                          "Mae com cancer de mama. Suspeita de insuficiencia cardiaca. Nega dor toracica.",
                          "Mora sozinho. Encaminhado a endocrinologia."), document_type="clinical_note")
    patient.enriched(note(LATER, "Dra. Ana Lima",
                          "Paciente hipertenso. Suspendeu sinvastatina.",
                          "Em uso de Losartana 100 mg 1x ao dia.",
                          "PA 130/80 mmHg. Refere dispneia aos esforcos. Nega febre.",
                          "Alergia a dipirona."), document_type="clinical_note")
    patient.enriched(lab(1, "Glicose          115 mg/dL     70 a 99 mg/dL",
                         "Hemoglobina      14,2 g/dL    13,0 a 17,0 g/dL"), document_type="lab_report")
    patient.enriched(lab(20, "Glicose          210 mg/dL     70 a 99 mg/dL"), document_type="lab_report")
    deleted = patient.enriched(note(LATER, "Dr. Paulo Souza", "Paciente com gota. Em uso de alopurinol 100 mg."),
                               document_type="clinical_note")
    assert patient.client.delete(f"/v1/patients/{patient.token}/prontuario-documents/{deleted}",
                                 headers=patient.headers).status_code == 204
    return patient


def context(patient: Patient, **params: object) -> dict:
    response = patient.client.get(f"/v1/patients/{patient.token}/context", params=params, headers=patient.headers)
    assert response.status_code == 200, response.text
    return response.json()


def names(entries: list[dict]) -> set[str]:
    return {entry["name"] for entry in entries}


def test_demographics_without_the_name(patient: Patient) -> None:
    body = context(patient)
    assert body["patient_id"] == patient.id and body["demographics"] == {"age": 62, "sex": "male"}


def test_conditions_merge_evidence_and_keep_their_status(patient: Patient) -> None:
    conditions = context(patient)["conditions"]
    hypertension = next(c for c in conditions["active"] if c["code"] == "I10")
    assert len(hypertension["sources"]) == 2 and len(hypertension["evidence"]) == 2
    assert (hypertension["first_seen"], hypertension["last_seen"]) == (EARLIER.isoformat(), LATER.isoformat())
    assert [e["date"] for e in hypertension["evidence"]] == [LATER.isoformat(), EARLIER.isoformat()]
    assert {"I10", "E14"} <= {c["code"] for c in conditions["active"]}
    assert [c["code"] for c in conditions["suspected"]] == ["I50"]
    every = [c["code"] for group in conditions.values() for c in group]
    assert "C50" not in every, "the mother's cancer is family history, not the patient's"
    assert "M10" not in every, "a soft-deleted document's condition does not count"
    assert [f["code"] for f in context(patient)["family_history"]] == ["C50"]


def test_negated_mentions_are_never_present(patient: Patient) -> None:
    body = context(patient)
    assert names(body["allergies"]) == {"Dipyrone"}, "'nega alergia a penicilina' is no allergy"
    dipyrone = body["allergies"][0]
    assert dipyrone["severity"] == "grave" and len(dipyrone["evidence"]) == 2
    assert {s["code"] for s in body["symptoms"]} == {"R06.0"}, "no chest pain, no fever: denied"


def test_current_medications_drop_stopped_ones_and_take_the_latest_dose(patient: Patient) -> None:
    medications = {m["name"]: m for m in context(patient)["medications"]}
    assert set(medications) == {"Losartan", "Metformin"}, "simvastatin was stopped; allopurinol's note deleted"
    assert medications["Losartan"]["dose"] == "100 mg" and medications["Losartan"]["code"] == "DB00678"


def test_lifestyle_social_vitals(patient: Patient) -> None:
    body = context(patient)
    habits = {(h["name"], h["status"]) for h in body["lifestyle"]}
    assert habits == {("Etilismo", "former"), ("Tabagismo", "never")}, "a denied habit is a fact: never"
    assert [(h["name"], h["status"]) for h in body["social"]] == [("Mora sozinho", "current")]
    pressure = next(v for v in body["vitals"] if v["code"] == "85354-9")
    assert (pressure["systolic"], pressure["diastolic"], pressure["last_seen"]) == (130, 80, LATER.isoformat())


def test_recent_consultations_and_lab_alerts_follow_the_window(patient: Patient) -> None:
    body = context(patient, recent_months=3)
    assert [(c["date"], c["specialty"], c["professional"]) for c in body["recent_consultations"]] == [
        (LATER.isoformat(), "Cardiology", "Dra. Ana Lima")], "the referral is planned, not a consultation"
    [glucose] = body["recent_lab_alerts"]
    assert (glucose["marker_name"], glucose["flag"], glucose["value"], glucose["abnormal_results"]) == (
        "Glicose", "H", 115, 1)
    assert glucose["reference_range"]["high"] == 99
    wide = context(patient, recent_months=24)
    assert len(wide["recent_consultations"]) == 2
    assert [a["abnormal_results"] for a in wide["recent_lab_alerts"]] == [2]


@pytest.mark.parametrize("params", [{"recent_months": 0}, {"recent_months": 121}, {"recent_months": "x"},
                                    {"unknown": 1}])
def test_invalid_parameters_are_422_naming_the_field(patient: Patient, params: dict) -> None:
    response = patient.client.get(f"/v1/patients/{patient.token}/context", params=params, headers=patient.headers)
    assert response.status_code == 422
    assert [issue["loc"] for issue in response.json()["detail"]] == [["query", *params]]


def test_another_tenants_patient_is_404(patient: Patient, client: TestClient, new_tenant) -> None:  # noqa: ANN001
    stranger = {"x-api-key": new_tenant().api_key}
    response = client.get(f"/v1/patients/{patient.token}/context", headers=stranger)
    missing = client.get("/v1/patients/pat_0000000000000000000000/context", headers=stranger)
    assert response.status_code == missing.status_code == 404 and response.json() == missing.json()
