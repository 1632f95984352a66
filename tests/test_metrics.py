"""`/metrics`: the API's latency per route template, queue depths and the workers' own metrics (Dramatiq's per
actor, pipeline step outcomes), with no PHI or ids in any label."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from tests import fixtures
from tests.document_client import Patient
from tests.support import wait_for


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of the series `name` whose labels include `labels`."""
    for line in text.splitlines():
        match = re.match(rf"^{re.escape(name)}\{{(.*)\}} (\S+)$", line)
        if match and all(f'{key}="{value}"' in match.group(1) for key, value in labels.items()):
            return float(match.group(2))
    return None


def test_metrics_cover_the_api_the_queues_and_the_workers(client: TestClient, new_tenant, worker) -> None:  # noqa: ANN001
    patient = Patient(client, new_tenant, external_id="pt_METRICS_31337")
    document_id = patient.enriched(fixtures.text_pdf())
    assert client.get(f"/v1/patients/{patient.token}", headers=patient.headers).status_code == 200

    def scraped() -> str | None:
        response = client.get("/metrics")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
        text = response.text
        done = sample(text, "clinigraph_document_step_outcomes_total", step="enrich", outcome="completed")
        return text if done else None

    text = wait_for(scraped, timeout_s=60, what="worker metrics")
    assert (sample(text, "clinigraph_http_request_duration_seconds_count", method="GET",
                   route="/v1/patients/{patient_id}", status="200") or 0) >= 1
    assert sample(text, "clinigraph_queue_messages", queue="documents", state="ready") is not None
    assert (sample(text, "dramatiq_messages_total", actor_name="extract_text") or 0) >= 1
    assert sample(text, "dramatiq_message_duration_milliseconds_count", actor_name="enrich_document") is not None
    for secret in (patient.id, patient.token, document_id, "pt_METRICS_31337", patient.issued.tenant.id):
        assert secret not in text, "no ids in labels"
