"""Key scopes (emr < analyst < admin) and rate limits: per key on `/v1`, per client address on patient pages."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from starlette.testclient import TestClient

from graph import tenants
from graph.driver import GraphDriver
from service.app import Backends, create_app

ANALYTICS = "/v1/analytics/abnormal_prevalence"


def test_analytics_need_an_analyst_key(client: TestClient, graph: GraphDriver, new_tenant) -> None:  # noqa: ANN001
    issued = new_tenant(scope="emr")
    emr = {"x-api-key": issued.api_key}
    refused = client.post(ANALYTICS, json={"months": 12}, headers=emr)
    assert (refused.status_code, refused.json()) == (403, {
        "detail": "This API key's scope does not allow this operation (it needs `analyst`)."})
    assert client.get("/v1/analytics", headers=emr).status_code == 403
    assert client.get("/v1/patients", headers=emr).status_code == 200, "an EMR key does the EMR's work"
    analyst = tenants.create_key(graph, issued.tenant.name, "analyst", "research")
    assert analyst.api_key != issued.api_key
    allowed = client.post(ANALYTICS, json={"months": 12}, headers={"x-api-key": analyst.api_key})
    assert allowed.status_code == 200, allowed.text
    assert client.get("/v1/patients", headers=emr).status_code == 200, "another key leaves the first one working"
    rotated = tenants.rotate_key(graph, issued.tenant.name, "admin")
    assert client.post(ANALYTICS, json={"months": 12}, headers={"x-api-key": rotated.api_key}).status_code == 200
    assert client.get("/v1/patients", headers=emr).status_code == 401


def test_each_key_has_its_own_limit(client: TestClient, graph: GraphDriver, new_tenant) -> None:  # noqa: ANN001
    issued = new_tenant(scope="emr")
    limited = tenants.update(graph, issued.tenant.name, tenants.TenantChanges(rate_limit=3))
    assert limited.rate_limit == 3
    headers = {"x-api-key": issued.api_key}
    assert [client.get("/v1/patients", headers=headers).status_code for _ in range(3)] == [200] * 3
    over = client.get("/v1/patients", headers=headers)
    assert (over.status_code, over.json()) == (429, {"detail": "Too many requests"})
    assert 1 <= int(over.headers["retry-after"]) <= 60
    other = tenants.create_key(graph, issued.tenant.name, "emr")
    assert client.get("/v1/patients", headers={"x-api-key": other.api_key}).status_code == 200, "per key"
    assert client.get("/readyz").status_code in (200, 503), "outside /v1: no key, no key limit"
    bad = client.get("/v1/patients", headers={"x-api-key": "dph_live_unknown"})
    assert bad.status_code == 401, "an unknown key is refused before any count"


def test_patient_pages_are_limited_per_address(backends: Backends, graph: GraphDriver) -> None:
    strict = dataclasses.replace(backends, page_rate_limit=2)
    with TestClient(create_app(strict), client=("198.51.100.7", 50000)) as first, \
            TestClient(create_app(strict), client=("198.51.100.8", 50000)) as second:
        answers = [first.get("/p/team_0000/not-a-token").status_code for _ in range(3)]
        assert answers[:2] != [429, 429] and answers[2] == 429
        assert second.get("/p/team_0000/not-a-token").status_code != 429, "another address has its own count"


def test_the_cli_issues_scoped_keys(backends: Backends, graph: GraphDriver, new_tenant) -> None:  # noqa: ANN001
    issued = new_tenant(scope="emr")
    env = {"CLINIGRAPH_GRAPH_URL": backends.graph_url, "CLINIGRAPH_REDIS_URL": backends.redis_url,
           "CLINIGRAPH_DATA_DIR": str(backends.data_dir), "PATH": "/usr/bin:/bin"}
    made = subprocess.run([sys.executable, "-m", "service.cli", "tenant", "create-key", issued.tenant.name,
                           "--scope", "analyst"], capture_output=True, text=True, env=env, check=False)
    assert made.returncode == 0, made.stderr
    assert '"api_key": "dph_live_' in made.stdout.replace('":"', '": "')
    wrong = subprocess.run([sys.executable, "-m", "service.cli", "tenant", "create-key", issued.tenant.name,
                            "--scope", "root"], capture_output=True, text=True, env=env, check=False)
    assert wrong.returncode == 2 and "scope must be one of emr, analyst, admin" in wrong.stderr
