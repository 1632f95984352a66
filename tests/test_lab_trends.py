"""`GET /v1/patients/{patient_id}/lab-trends` on lab reports processed by the real worker into the real
graph: trend direction on rising, falling, flat and noisy series, unit conversion, Portuguese/English
marker matching, the period window, soft delete, 422s and 404s."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from dateutil.relativedelta import relativedelta
from starlette.testclient import TestClient

from graph.driver import GraphDriver
from tests import fixtures
from tests.document_client import Patient

TODAY = datetime.now(UTC).date()
# months ago → (hemoglobin g/dL rising, glucose falling, creatinine flat, TSH noisy)
SERIES = {10: ("11,0", "180 mg/dL    70 a 99 mg/dL", "0,9", "2,1"),
          8: ("11,8", "160 mg/dL    70 a 99 mg/dL", "0,9", "3,4"),
          6: ("12,6", "7,8 mmol/L   3,9 a 5,5 mmol/L", "0,9", "1,8"),  # 7.8 mmol/L = 140.5 mg/dL
          4: ("13,4", "120 mg/dL    70 a 99 mg/dL", "0,9", "3,0"),
          2: ("14,2", "100 mg/dL    70 a 99 mg/dL", "0,9", "2,2")}
OLD_HEMOGLOBIN_MONTHS = 20


def report(months_ago: int, *rows: str) -> bytes:
    collected = TODAY - relativedelta(months=months_ago)
    return fixtures.text_pdf(["LABORATORIO CENTRAL - EXAMES", f"Material: sangue   Data da coleta: {collected:%d/%m/%Y}",
                              "Exame            Resultado    Valores de referencia", *rows])


def panel(months_ago: int) -> bytes:
    hemoglobin, glucose, creatinine, tsh = SERIES[months_ago]
    creatinine_range = "0,6 a 1,2" if months_ago == 2 else "0,7 a 1,3"  # the lab changed its range
    return report(months_ago, f"Hemoglobina      {hemoglobin} g/dL    13,0 a 17,0 g/dL", f"Glicose          {glucose}",
                  f"Creatinina       {creatinine} mg/dL    {creatinine_range} mg/dL",
                  f"TSH              {tsh} mUI/L    0,4 a 4,0 mUI/L")


@pytest.fixture(scope="module")
def history(client: TestClient, graph: GraphDriver, new_tenant, worker) -> tuple[Patient, dict[int, str]]:  # noqa: ANN001
    """One patient with five monthly panels and an old hemoglobin, processed once for the module."""
    patient = Patient(client, new_tenant)
    documents = {months: patient.enriched(panel(months), document_type="lab_report") for months in SERIES}
    documents[OLD_HEMOGLOBIN_MONTHS] = patient.enriched(
        report(OLD_HEMOGLOBIN_MONTHS, "Hemoglobina      16,0 g/dL    13,0 a 17,0 g/dL"), document_type="lab_report")
    return patient, documents


def trends(patient: Patient, **params: object) -> dict:
    response = patient.client.get(f"/v1/patients/{patient.token}/lab-trends", params=params, headers=patient.headers)
    assert response.status_code == 200, response.text
    return response.json()


def series(body: dict) -> dict[str, dict]:
    return {s["marker_key"]: s for s in body["markers"]}


def test_trend_direction_per_series(history: tuple[Patient, dict[int, str]]) -> None:
    body = trends(history[0])
    found = series(body)
    assert {key: s["trend"] for key, s in found.items()} == {
        "hemoglobin": "increasing", "glucose": "decreasing", "creatinine": "stable", "tsh": "stable"}
    assert body["period_months"] == 12 and body["total_results"] == 20
    hemoglobin = found["hemoglobin"]
    assert (hemoglobin["marker_name"], hemoglobin["loinc"], hemoglobin["unit"]) == ("Hemoglobina", "718-7", "g/dL")
    assert [p["value"] for p in hemoglobin["data_points"]] == [11.0, 11.8, 12.6, 13.4, 14.2]
    assert [p["flag"] for p in hemoglobin["data_points"]] == ["L", "L", "L", "N", "N"]
    assert (hemoglobin["latest"]["value"], hemoglobin["min"]["value"], hemoglobin["max"]["value"]) == (14.2, 11.0, 14.2)
    assert hemoglobin["latest"]["date"] == (TODAY - relativedelta(months=2)).isoformat()
    assert hemoglobin["slope_per_month"] == pytest.approx(0.4, rel=0.05)


def test_values_in_other_units_are_converted(history: tuple[Patient, dict[int, str]]) -> None:
    patient, documents = history
    glucose = series(trends(patient, markers="Glucose"))["glucose"]
    converted = next(p for p in glucose["data_points"] if p["document_id"] == documents[6])
    assert (converted["original_value"], converted["original_unit"], glucose["unit"]) == ("7,8", "mmol/L", "mg/dL")
    assert converted["value"] == pytest.approx(140.5, abs=0.1)
    assert converted["reference_range"]["low"] == pytest.approx(70.3, abs=0.1)


def test_reference_range_changes_are_visible(history: tuple[Patient, dict[int, str]]) -> None:
    creatinine = series(trends(history[0], markers="creatinina"))["creatinine"]
    assert creatinine["reference_range_changed"] is True
    assert (creatinine["reference_range"]["low"], creatinine["reference_range"]["high"]) == (0.6, 1.2)
    assert [p["reference_range"]["low"] for p in creatinine["data_points"]] == [0.7, 0.7, 0.7, 0.7, 0.6]


def test_markers_match_any_language_synonym_or_loinc(history: tuple[Patient, dict[int, str]]) -> None:
    patient = history[0]
    for markers in ("Hemoglobin", "hemoglobina", "718-7", " ,Hemoglobin,,"):
        assert list(series(trends(patient, markers=markers))) == ["hemoglobin"], markers
    assert sorted(series(trends(patient, markers="Hemoglobina,Glicose"))) == ["glucose", "hemoglobin"]
    assert trends(patient, markers="Unobtainium")["markers"] == []


def test_period_window(history: tuple[Patient, dict[int, str]]) -> None:
    patient = history[0]
    assert len(series(trends(patient, markers="Hemoglobin", period=12))["hemoglobin"]["data_points"]) == 5
    assert len(series(trends(patient, markers="Hemoglobin", period=24))["hemoglobin"]["data_points"]) == 6
    assert [s["marker_key"] for s in trends(patient, period=1)["markers"]] == []  # newest panel is 2 months old
    three = series(trends(patient, period=3))
    assert {key: (len(s["data_points"]), s["trend"]) for key, s in three.items()} == {
        key: (1, "insufficient_data") for key in ("hemoglobin", "glucose", "creatinine", "tsh")}


def test_invalid_parameters_are_422_listing_the_field(history: tuple[Patient, dict[int, str]]) -> None:
    patient = history[0]
    for params, field in (({"period": 0}, "period"), ({"period": 121}, "period"), ({"period": "x"}, "period"),
                          ({"markers": ",".join(f"m{i}" for i in range(21))}, "markers"), ({"other": "1"}, "other")):
        response = patient.client.get(f"/v1/patients/{patient.token}/lab-trends", params=params,
                                      headers=patient.headers)
        assert response.status_code == 422, params
        assert field in response.text, response.text


def test_other_tenants_get_404(history: tuple[Patient, dict[int, str]], client: TestClient, new_tenant) -> None:  # noqa: ANN001
    stranger = new_tenant()
    response = client.get(f"/v1/patients/{history[0].token}/lab-trends", headers={"x-api-key": stranger.api_key})
    assert response.status_code == 404


def test_soft_deleted_reports_stop_counting(client: TestClient, graph: GraphDriver, new_tenant, worker) -> None:  # noqa: ANN001
    patient = Patient(client, new_tenant)
    kept = patient.enriched(report(3, "Hemoglobina      12,0 g/dL    13,0 a 17,0 g/dL"), document_type="lab_report")
    dropped = patient.enriched(report(1, "Hemoglobina      15,0 g/dL    13,0 a 17,0 g/dL"),
                               document_type="lab_report")
    assert trends(patient)["total_results"] == 2
    assert client.delete(f"/v1/patients/{patient.token}/prontuario-documents/{dropped}",
                         headers=patient.headers).status_code == 204
    hemoglobin = series(trends(patient))["hemoglobin"]
    assert [p["document_id"] for p in hemoglobin["data_points"]] == [kept]
    assert hemoglobin["latest"]["value"] == 12.0
