"""The patient page in a real browser: Debian's chromium driven by Playwright (nothing downloaded), the page
served over real HTTP for a patient processed by the real pipeline, axe-core run inside it, screenshots of
both languages saved under the test run's output."""

from __future__ import annotations

import base64
import shutil
import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from starlette.testclient import TestClient

from graph.driver import GraphDriver
from service.app import Backends, create_app
from tests import fixtures
from tests.support import ROOT, PartnerEndpoint, wait_for

CHROMIUM = shutil.which("chromium")
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is installed by `bash .ci/setup --test`")
pytestmark = pytest.mark.skipif(CHROMIUM is None or not AXE.exists(),
                                reason="chromium and axe-core are installed by `bash .ci/setup --test`")


@pytest.fixture(scope="module")
def served(backends: Backends, graph: GraphDriver) -> Iterator[str]:
    """The app over real HTTP on a free local port (the browser comes from 127.0.0.1)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(backends), host="127.0.0.1", port=port, log_config=None,
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_for(lambda: server.started, timeout_s=30, what="page server")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def patient_url(client: TestClient, new_tenant, partner: PartnerEndpoint, language: str,  # noqa: ANN001
                allow_ips: list[str]) -> str:
    issued = new_tenant(callback_url=partner.url, allow_ips=allow_ips, language=language)
    headers = {"x-api-key": issued.api_key, "x-team-id": issued.tenant.team_id}
    external = f"pt_{uuid.uuid4().hex[:8]}"
    bodies = [
        {"data_type": "lab_results", "data": [
            {"code": "2345-7", "value": value, "unit": "mg/dL", "low": 70, "high": 99, "date": day}
            for value, day in ((98, "2026-08-01"), (112, "2026-09-01"), (131, "2026-10-01"), (150, "2026-11-01"))]},
        {"data_type": "nota", "data": "Paciente com diabetes mellitus tipo 2. Alergia a penicilina (urticária). "
                                      "Em uso de amoxicilina 500 mg 8/8h."},
        {"data_type": "lab_results", "file_base64": {"mime_type": "application/pdf", "file_name": "hemograma.pdf",
                                                     "content": base64.b64encode(fixtures.text_pdf()).decode()}},
    ]
    for body in bodies:
        record = client.post("/v1/medical-data", json={"patient_id": external, **body}, headers=headers).json()
        wait_for(lambda record=record: client.get(f"/v1/medical-data/{record['record_id']}", headers=headers)
                 .json()["status"] in ("completed", "failed"), timeout_s=180, what="record settled")
    wait_for(lambda: any(c["json"]["patient_id"] == external for c in partner.received), what="access url")
    url = next(c["json"]["access_url"] for c in partner.received if c["json"]["patient_id"] == external)
    return url.removeprefix("http://clinigraph.test")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["pt-BR", "en"])
def test_a_clinician_reads_the_page_in_a_browser(client: TestClient, new_tenant, partner: PartnerEndpoint, worker,
                                                 served: str, browser: Any, language: str,
                                                 tmp_path_factory: pytest.TempPathFactory) -> None:  # noqa: ANN001
    path = patient_url(client, new_tenant, partner, language, ["127.0.0.1/32"])
    strict = browser.new_page()  # first as served: the stylesheet loads and nothing breaks the policy
    refusals: list[str] = []
    strict.on("console", lambda message: refusals.append(message.text) if "Content Security Policy" in message.text
              else None)
    assert strict.goto(served + path).status == 200
    assert strict.evaluate("getComputedStyle(document.body).maxWidth") == "1024px"  # page.css applied
    assert refusals == []
    strict.close()
    context = browser.new_context(bypass_csp=True)  # only so the test can add axe-core to the page
    page = context.new_page()
    assert page.goto(served + path).status == 200
    assert page.locator("ol.timeline > li").count() == 3
    glucose = page.locator("#marker-glucose + svg circle.point")
    assert glucose.count() == 5
    glucose.first.focus()
    assert "mg/dL" in glucose.first.get_attribute("aria-label")

    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations.map(v => [v.id, v.impact])")
    assert [v for v in found if v[1] in ("serious", "critical")] == [], found
    shots = tmp_path_factory.mktemp("screenshots")
    page.screenshot(path=str(shots / f"patient-page-{language}.png"), full_page=True)
    assert (shots / f"patient-page-{language}.png").stat().st_size > 10_000

    page.locator("section[aria-labelledby=interpretations] button").first.click()
    page.wait_for_load_state()
    assert page.locator("article[aria-labelledby=latest-interpretation]").count() == 1
    assert page.locator("section[aria-labelledby=interpretations] button").first.is_disabled()

    page.locator("ol.timeline a").last.click()
    page.wait_for_load_state()
    assert page.locator("mark").count() >= 4
    image = page.locator("img.page-image").first
    image.wait_for()
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) > 100
    context.close()


@pytest.mark.slow
def test_a_refused_address_gets_no_page(client: TestClient, new_tenant, partner: PartnerEndpoint, worker,
                                        served: str, browser: Any) -> None:  # noqa: ANN001
    path = patient_url(client, new_tenant, partner, "en", ["10.0.0.0/8"])
    page = browser.new_page()
    response = page.goto(served + path)
    assert response.status == 403 and "Invalid" not in page.content()
    page.close()
