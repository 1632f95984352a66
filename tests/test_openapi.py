"""OpenAPI covers every route with its bodies and errors; docs pages work offline."""

from __future__ import annotations

import re
from typing import Any

from starlette.routing import Route
from starlette.testclient import TestClient


def refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if "$ref" in node else set()
        return found.union(*(refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(refs(v) for v in node))
    return set()


def test_every_route_is_documented_with_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    served = {(route.path_format, method.lower()) for route in client.app.routes
              if isinstance(route, Route) and route.include_in_schema for method in route.methods or () if method != "HEAD"}
    documented = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert served == documented
    for (path, method) in documented:
        op = spec["paths"][path][method]
        codes = set(op["responses"])
        assert "500" in codes
        if path.startswith("/v1/"):
            credentials = {"ApiKey": [], "TeamId": []} if path.startswith("/v1/medical-data") else {"ApiKey": []}
            assert {"401", "503"} <= codes and op["security"] == [credentials], path
        if "{patient_id}" in path:
            assert "404" in codes
    create = spec["paths"]["/v1/patients"]["post"]
    assert create["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/PatientCreate"}
    assert {"201", "409", "422"} <= set(create["responses"])
    listing = spec["paths"]["/v1/patients"]["get"]
    assert {p["name"] for p in listing["parameters"]} == {"limit", "offset", "external_id"}
    schemas = spec["components"]["schemas"]
    assert {ref.rsplit("/", 1)[1] for ref in refs(spec)} <= set(schemas)
    assert spec["components"]["securitySchemes"]["ApiKey"] == {"type": "apiKey", "in": "header", "name": "x-api-key"}


def test_docs_and_redoc_are_served_without_a_cdn(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page)
        assert html.status_code == 200 and "text/html" in html.headers["content-type"]
        assert not re.search(r"(src|href)=\"https?://", html.text), "assets must be local"
        for asset in re.findall(r"(?:src|href)=\"(/_assets/[^\"]+)\"", html.text):
            response = client.get(asset)
            assert response.status_code == 200 and len(response.content) > 500, asset
