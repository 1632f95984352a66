"""The clinician's page on the real stack: a patient processed by the real pipeline, opened by its real
access URL (delivered to a real receiver), read as HTML: every section graph-backed, charts and tables,
the source viewer with a page image, interpretations from the page's button."""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.driver import GraphDriver
from service.app import Backends, create_app
from tests import fixtures
from tests.support import PartnerEndpoint, wait_for

CLINIC = ("198.51.100.9", 40000)
TODAY = date.today()


@pytest.fixture(scope="module")
def clinic(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    with TestClient(create_app(backends), client=CLINIC, follow_redirects=False) as browser:
        yield browser


def submit(client: TestClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = client.post("/v1/medical-data", json=body, headers=headers)
    assert response.status_code == 201, response.text
    record = response.json()
    wait_for(lambda: client.get(f"/v1/medical-data/{record['record_id']}", headers=headers).json()["status"]
             in ("completed", "failed"), timeout_s=180, what="record settled")
    return record


@pytest.fixture(params=["pt-BR", "en"])
def opened(request: pytest.FixtureRequest, client: TestClient, graph: GraphDriver, new_tenant,
           partner: PartnerEndpoint, worker) -> dict[str, Any]:  # noqa: ANN001
    issued = new_tenant(callback_url=partner.url, allow_ips=["198.51.100.0/24"], language=request.param)
    headers = {"x-api-key": issued.api_key, "x-team-id": issued.tenant.team_id}
    external = f"pt_{uuid.uuid4().hex[:8]}"
    days = [(TODAY - timedelta(days=n)).isoformat() for n in (90, 60, 30, 5)]
    labs = submit(client, headers, patient_id=external, data_type="lab_results", data=[
        {"code": "2345-7", "value": value, "unit": "mg/dL", "low": 70, "high": 99, "date": day}
        for value, day in zip((98, 112, 131, 150), days, strict=True)] + [
        {"code": "2823-3", "value": 6.9, "unit": "mmol/L", "low": 3.5, "high": 5.1, "date": days[-1]}])
    submit(client, headers, patient_id=external, data_type="nota", data=(
        "Paciente com diabetes mellitus tipo 2. Alergia a penicilina (urticária). "
        "Em uso de amoxicilina 500 mg 8/8h e metformina 850 mg 2x/dia."))
    pdf_body = {"mime_type": "application/pdf", "file_name": "hemograma.pdf",
                "content": base64.b64encode(fixtures.text_pdf()).decode()}
    pdf = submit(client, headers, patient_id=external, data_type="lab_results", file_base64=pdf_body)
    wait_for(lambda: any(c["json"]["patient_id"] == external for c in partner.received), what="access url")
    url = next(c["json"]["access_url"] for c in partner.received if c["json"]["patient_id"] == external)
    other = submit(client, headers, patient_id=f"pt_{uuid.uuid4().hex[:8]}", data_type="lab_results",
                   file_base64=pdf_body)
    [fact_row] = graph.read_ad_hoc("MATCH (:Document {id: $id})-[:HAS_FACT]->(f) RETURN f.id AS id LIMIT 1",
                                   id=other["record_id"])
    return {"path": url.removeprefix("http://clinigraph.test"), "language": request.param, "labs": labs, "pdf": pdf,
            "other": {"record_id": other["record_id"], "fact_id": fact_row["id"]}}


def test_the_page_shows_every_section_from_the_graph(clinic: TestClient, opened: dict[str, Any]) -> None:
    page = clinic.get(opened["path"])
    assert page.status_code == 200, page.text
    html = page.text
    pt = opened["language"] == "pt-BR"
    assert f'<html lang="{opened["language"]}">' in html and "<script" not in html
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    for heading in (["Atenção", "Histórico de saúde", "Contexto clínico", "Exames", "Interpretações"] if pt else
                    ["Attention", "Health history", "Clinical context", "Lab trends", "Interpretations"]):
        assert f">{heading}</h2>" in html
    attention = html.split('id="attention"')[1].split("</section>")[0]
    assert "6.9" in attention or "6,9" in attention  # the critical potassium first
    assert re.search(r"(?i)amoxicillin", attention) and re.search(r"(?i)penicillin", attention)  # the conflict
    assert html.count('<li><strong>') == 3  # three records in the timeline
    glucose = html.split('id="marker-glucose"')[1].split("</table>")[0]
    assert glucose.count('<circle class="point') == 5 and glucose.count("<tr><td>") == 5  # 4 sent, 1 in the PDF
    assert 'class="point critical"' in html.split('id="marker-potassium"')[1].split("</svg>")[0]
    assert "tabindex=\"0\"" in glucose and "<title>" in glucose
    assert re.search(r"<button type=\"submit\" >", html)  # enabled: nothing interpreted yet
    assert 'href="/static/page.css"' in html and clinic.get("/static/page.css").status_code == 200


def test_the_page_generates_an_interpretation_and_then_says_why_it_cannot(clinic: TestClient,
                                                                          opened: dict[str, Any]) -> None:
    made = clinic.post(opened["path"] + "/interpretations", headers={"sec-fetch-site": "same-origin"})
    assert made.status_code == 303 and made.headers["location"].endswith("#interpretations")
    html = clinic.get(opened["path"]).text
    section = html.split('id="interpretations"')[1]
    assert "disabled" in section and 'id="why-disabled"' in section
    assert re.search(r'href="/p/[^"]+/facts/[0-9a-f-]{36}"', section)
    cited = re.search(r'href="(/p/[^"]+/facts/[0-9a-f-]{36})"', section).group(1)  # type: ignore[union-attr]
    jump = clinic.get(cited)
    assert jump.status_code == 303 and "/records/" in jump.headers["location"] and "#mark-" in jump.headers["location"]
    assert clinic.post(opened["path"] + "/interpretations", headers={"sec-fetch-site": "cross-site"}).status_code == 403


def test_the_source_viewer_marks_the_facts_and_renders_the_page(clinic: TestClient, opened: dict[str, Any]) -> None:
    record = clinic.get(f"{opened['path']}/records/{opened['pdf']['record_id']}")
    assert record.status_code == 200
    assert record.text.count("<mark id=\"mark-") >= 4  # hemoglobin, leukocytes, platelets, glucose rows
    image = clinic.get(f"{opened['path']}/records/{opened['pdf']['record_id']}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert clinic.get(f"{opened['path']}/records/{opened['pdf']['record_id']}/pages/2.png").status_code == 404
    assert clinic.get(f"{opened['path']}/records/{uuid.uuid4()}").status_code == 404


def test_the_page_pages_its_history_and_widens_its_lab_window(clinic: TestClient, opened: dict[str, Any]) -> None:
    older = clinic.get(opened["path"] + "?history=1&months=120").text
    assert older.count("<li><strong>") == 2 and 'start="2"' in older
    assert '<strong aria-current="true">120' in older
    assert clinic.get(opened["path"] + "?months=7&history=x").status_code == 200  # a bad link is the default page


def test_a_url_reaches_only_its_own_patient(clinic: TestClient, client: TestClient, opened: dict[str, Any],
                                            graph: GraphDriver) -> None:
    other = opened["other"]
    for path in (f"/records/{other['record_id']}", f"/records/{other['record_id']}/pages/1.png",
                 f"/facts/{other['fact_id']}"):
        assert clinic.get(opened["path"] + path).status_code == 404, path


def test_expired_urls_are_410_on_every_route(clinic: TestClient, opened: dict[str, Any],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from service.routes import pages

    with monkeypatch.context() as patch:
        patch.setattr(pages.patients, "by_access_token", _expiring(pages.patients.by_access_token))
        for method, suffix in (("GET", ""), ("GET", f"/records/{opened['pdf']['record_id']}"),
                               ("GET", f"/facts/{uuid.uuid4()}"), ("POST", "/interpretations")):
            assert clinic.request(method, opened["path"] + suffix).status_code == 410, suffix


def _expiring(lookup: Any) -> Any:
    """The real lookup, with the URL's expiry set (the tenant of this test has none)."""
    from dataclasses import replace

    def found(*args: Any) -> Any:
        access = lookup(*args)
        return replace(access, expires_at=1) if access else None
    return found
