"""Tenant isolation, end to end and in the statements.

The API half walks every route of the served OpenAPI document with another tenant's ids (patient UUID and
`pat_` token, documents, records, interpretations, deliveries, facts, access tokens) in each slot, next to the
caller's own valid ids, and requires the answer a made-up id gets: a 404 that says nothing about whether the id
exists elsewhere. The static half reads every Cypher file and requires each statement that reads tenant data to
be scoped to one tenant, unless it is allowlisted here with the reason it may cross tenants.

The resources are written through the graph modules (no worker process): what the pipeline would write, with
hand-made facts, so every kind of id exists and is linked like a processed one.
"""

from __future__ import annotations

import json
import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from graph import callbacks, documents, enrichment, patients, records
from graph.documents import NewUpload
from graph.driver import GraphDriver
from graph.records import NewRecord
from graph.tenants import IssuedKey
from ingestion import interpreting, storage
from ingestion import records as stored_records
from nlp.facts import Analysis, Fact
from nlp.labs.structured import read_structured
from nlp.sections import passages
from nlp.terms import indexed
from schema.analytics import QUERIES
from service.app import Backends, create_app
from tests import fixtures
from tests.conftest import PUBLIC_URL
from tests.support import ROOT

CLINIC = ("198.51.100.9", 40000)  # inside both tenants' page allowlists
EMBEDDING_DIMENSIONS = 384  # the vector indexes' (nlp.embeddings.DIMENSIONS), without loading the model
NOTE = ["CLINIC NOTE", "Assessment: type 2 diabetes mellitus and hypertension.",
        "Medications: metformin 500 mg by mouth twice daily."]


# ---------------------------------------------------------------------------------------------------------------
# Two tenants, each with one of every resource
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Caller:
    """A tenant's credentials: its key on every /v1 route, and its team id on /v1/medical-data."""

    issued: IssuedKey

    @property
    def team_id(self) -> str:
        return self.issued.tenant.team_id

    @property
    def api_key(self) -> str:
        assert self.issued.api_key is not None
        return self.issued.api_key

    def headers(self, path: str) -> dict[str, str]:
        if not path.startswith("/v1/"):
            return {}
        team = {"x-team-id": self.team_id} if path.startswith("/v1/medical-data") else {}
        return {"x-api-key": self.api_key, **team}


@dataclass(frozen=True)
class World(Caller):
    """One tenant and a patient with one of everything a URL can name."""

    patient_id: str
    token: str
    external_id: str
    document_id: str  # an uploaded note with facts
    document_link_id: str
    record_id: str  # a medical-data submission (PDF + structured lab results)
    record_link_id: str
    partner_document_id: str
    interpretation_id: str
    delivery_id: str
    fact_id: str
    lab_id: str
    access_token: str

    def ids(self) -> list[str]:
        """Every id of this tenant a caller might put in a URL."""
        return [self.patient_id, self.token, self.document_id, self.document_link_id, self.record_id,
                self.record_link_id, self.interpretation_id, self.delivery_id, self.fact_id, self.lab_id]

    def secrets(self) -> list[str]:
        """What no other tenant's response may ever contain."""
        return [*self.ids(), self.access_token, self.issued.tenant.id, self.api_key, self.external_id,
                self.partner_document_id]


def _span(lines: list[str], phrase: str) -> tuple[int, int]:
    start = "\n".join(lines).index(phrase)
    return start, start + len(phrase)


def _fact(kind: str, phrase: str, name: str, system: str, code: str, **attributes: str) -> Fact:
    start, end = _span(NOTE, phrase)
    return Fact(kind=kind, text=phrase, name=name, code_system=system, code=code, page=1, start=start, end=end,
                extractor="isolation-test", confidence=1.0, attributes=dict(attributes))


NOTE_FACTS = [
    _fact("condition", "type 2 diabetes mellitus", "Type 2 diabetes mellitus", "ICD-10", "E11"),
    _fact("condition", "hypertension", "Essential hypertension", "ICD-10", "I10"),
    _fact("medication", "metformin", "Metformin", "ATC", "A10BA02", dose="500 mg", frequency="twice daily"),
]


def _process(graph: GraphDriver, tenant_id: str, document_id: str, pages: list[str], document_type: str,
             analysis: Callable[[list[Any]], Analysis]) -> None:
    """What the worker's three steps write for a document, with the analysis given instead of the NLP's."""
    assert documents.claim_step(graph, tenant_id, document_id, "extract", f"isolation-{uuid.uuid4()}", 60_000)
    chunks = passages(pages)
    documents.complete_extraction(graph, tenant_id, document_id, len(pages), "text", None,
                                  sum(len(chunk.text) for chunk in chunks))
    documents.complete_classification(graph, tenant_id, document_id, document_type, 1.0)
    vector = [1.0] + [0.0] * (EMBEDDING_DIMENSIONS - 1)
    written = enrichment.replace(graph, tenant_id, document_id, analysis(chunks), [vector] * len(chunks),
                                 [indexed(chunk.text) for chunk in chunks])
    assert written is not None and written.chunks == len(chunks)


def build_world(graph: GraphDriver, data_dir: Path, issued: IssuedKey) -> World:
    tenant_id, uploader = issued.tenant.id, str(uuid.uuid4())  # the uploading key's id
    external_id = f"pt_{uuid.uuid4().hex[:10]}"
    patient, created = patients.create(graph, tenant_id, external_id, date(1961, 5, 2), "female")
    assert created

    document_id = str(uuid.uuid4())
    with storage.Incoming(data_dir, tenant_id, document_id) as incoming:
        incoming.write(fixtures.text_pdf(NOTE))
        stored = incoming.commit()
    upload = documents.create_upload(graph, NewUpload(
        tenant_id=tenant_id, patient_id=patient.id, document_id=document_id, original_filename="note.pdf",
        mime_type="application/pdf", file_size_bytes=stored.size, storage_key=stored.key,
        document_type="clinical_note", classification_status="skipped", title=None, notes=None,
        uploaded_by=uploader))
    _process(graph, tenant_id, document_id, ["\n".join(NOTE)], "clinical_note",
             lambda chunks: Analysis(language="en", passages=chunks, facts=NOTE_FACTS, labs=[]))

    record_id, partner_document_id = str(uuid.uuid4()), f"doc-{uuid.uuid4().hex[:8]}"
    labs = [{"code": "2345-7", "value": 150, "unit": "mg/dL", "low": 70, "high": 99,
             "date": date.today().isoformat()}]
    pdf = fixtures.text_pdf()
    files = stored_records.store(data_dir, tenant_id, record_id, pdf, json.dumps(labs).encode())
    assert files.file is not None and files.data is not None
    accepted = records.accept(graph, NewRecord(
        tenant_id=tenant_id, external_id=external_id, record_id=record_id, data_type="lab_results",
        partner_document_id=partner_document_id, document_type="lab_report", classification_status="skipped",
        title="labs.pdf", original_filename="labs.pdf", mime_type="application/pdf",
        declared_mime_type="application/pdf", file_size_bytes=files.file.size, storage_key=files.file.key,
        data_key=files.data.key, data_format=stored_records.JSON, uploaded_by=uploader))
    assert accepted.patient.id == patient.id and not accepted.patient_created
    structured = read_structured(labs, page=2)
    _process(graph, tenant_id, record_id, ["\n".join(fixtures.LAB_LINES), structured.text], "lab_report",
             lambda chunks: Analysis(language="en", passages=chunks, facts=[], labs=structured.results))

    facts = enrichment.document_facts(graph, tenant_id, document_id)
    lab_rows = enrichment.document_facts(graph, tenant_id, record_id)
    assert len(facts) == len(NOTE_FACTS) and len(lab_rows) == 1
    interpretation = interpreting.generate(graph, tenant_id, patient.id, "manual", "isolation-test")
    assert interpretation is not None
    delivery_id = callbacks.issue_access_url(graph, tenant_id, patient.id, PUBLIC_URL)
    assert delivery_id is not None
    attempt = callbacks.claim(graph, delivery_id)  # one attempt, failed: no worker will try it again
    assert attempt is not None
    callbacks.settle(graph, delivery_id, callbacks.Outcome("failed", attempt.url, error="connection refused"))
    return World(
        issued=issued, patient_id=patient.id, token=patient.token, external_id=external_id,
        document_id=document_id, document_link_id=upload.link.id, record_id=record_id,
        record_link_id=accepted.link.id, partner_document_id=partner_document_id,
        interpretation_id=interpretation["id"], delivery_id=delivery_id, fact_id=facts[0]["id"],
        lab_id=lab_rows[0]["id"], access_token=attempt.body["access_url"].rsplit("/", 1)[1],
    )


@pytest.fixture(scope="module")
def browser(backends: Backends, graph: GraphDriver) -> Iterator[TestClient]:
    """The API in-process, seen from an address both tenants' page allowlists admit; redirects not followed."""
    with TestClient(create_app(backends), client=CLINIC, follow_redirects=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def worlds(graph: GraphDriver, backends: Backends, new_tenant) -> tuple[World, World]:  # noqa: ANN001
    def tenant() -> IssuedKey:
        return new_tenant(callback_url="http://127.0.0.1:9/access-url", allow_ips=["198.51.100.0/24"],
                          language="en")

    return build_world(graph, backends.data_dir, tenant()), build_world(graph, backends.data_dir, tenant())


# ---------------------------------------------------------------------------------------------------------------
# The walk: every route of /openapi.json, each id slot filled with the other tenant's ids
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PathSlot:
    """How a path parameter is filled: the caller's own value, and the other tenant's values to try in it."""

    own: Callable[[World], str]
    foreign: Callable[[World], list[str]] | None = None  # None: not an id (a page number, a query's name)


PATH_SLOTS: dict[str, PathSlot] = {
    "patient_id": PathSlot(lambda w: w.token, World.ids),
    "document_id": PathSlot(lambda w: w.document_id, World.ids),
    "record_id": PathSlot(lambda w: w.record_id, World.ids),
    "interpretation_id": PathSlot(lambda w: w.interpretation_id, World.ids),
    "fact_id": PathSlot(lambda w: w.fact_id, World.ids),
    "access_token": PathSlot(lambda w: w.access_token, lambda w: [w.access_token, w.token]),
    # A page URL is a (team, token) pair: another team's id is tried with the caller's token, and must answer
    # like that team with an unknown token (see PAIRED).
    "team_id": PathSlot(lambda w: w.team_id, lambda w: [w.team_id]),
    "page": PathSlot(lambda w: "1"),
    "name": PathSlot(lambda w: "abnormal_prevalence"),
}
PAIRED = {"team_id": "access_token"}  # a foreign value here is compared with the pair's other half made up


def _body_slot(name: str, schema: dict[str, Any]) -> Callable[[World], list[str]] | None:
    """The other tenant's values for an id field of a request body; None for a field the walk cannot fill."""
    if schema.get("format") == "uuid":
        return World.ids
    partner_ids: dict[str, Callable[[World], list[str]]] = {
        "external_id": lambda w: [w.external_id],  # the partner's own patient id
        "patient_id": lambda w: [w.external_id],  # /v1/medical-data names the patient by the partner's id
        "document_id": lambda w: [w.partner_document_id],  # and the document by the partner's id
    }
    return partner_ids.get(name)


QUERY_SLOTS: dict[str, Callable[[World], list[str]]] = {"external_id": lambda w: [w.external_id]}

# Routes with no id to put another tenant's value in: each is checked as the caller (no other tenant's data in
# the answer) and, where it lists tenant data, by a test of its own below.
WITHOUT_IDS: dict[tuple[str, str], str] = {
    ("get", "/healthz"): "liveness: no tenant data",
    ("get", "/readyz"): "readiness: no tenant data",
    ("get", "/v1/callbacks"): "the caller's deliveries (test_listings_show_only_the_callers_data)",
    ("get", "/v1/analytics"): "the query catalogue, the same for every tenant",
    ("get", "/metrics"): "the process' and queues' metrics: no tenant data",
    **{("post", f"/v1/analytics/{name}"): "a query over the caller's tenant (test_analytics_see_only_the_callers_tenant)"
       for name in QUERIES},
}

ANALYTICS_BODIES: dict[str, dict[str, Any]] = {  # each matches what build_world writes
    "latest_marker_outside": {"marker": "glucose", "threshold": 100, "direction": "above"},
    "abnormal_prevalence": {"months": 12},
    "co_occurring_conditions": {"min_patients": 1},
    "patients_on_drug_with_condition": {"drug": "metformin", "condition": "E11"},
    "no_recent_result": {"marker": "hba1c", "months": 12},
}


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def example(schema: dict[str, Any], components: dict[str, Any]) -> object:
    """A minimal valid instance of a JSON Schema: required fields only, from examples and defaults."""
    schema = _resolve(schema, components)
    for key in ("examples", "default", "enum"):
        if key in schema:
            return schema[key][0] if key != "default" else schema[key]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return example(next(s for s in schema[key] if s.get("type") != "null"), components)
    kind = schema.get("type")
    if kind == "object":
        return {name: example(prop, components) for name, prop in schema.get("properties", {}).items()
                if name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return False
    if schema.get("format") == "uuid":
        return str(uuid.uuid4())
    if schema.get("format") == "date":
        return "2000-01-01"
    return "x" * max(1, schema.get("minLength", 1))


# Bodies a schema cannot describe (at least one of data/file; a multipart upload), made afresh per request.
EXAMPLES: dict[tuple[str, str], Callable[[], dict[str, Any]]] = {
    ("post", "/v1/medical-data"): lambda: {"json": {"patient_id": f"pt_{uuid.uuid4().hex[:10]}", "data_type": "nota",
                                                    "data": "Paciente com hipertensão arterial."}},
    ("post", "/v1/patients/{patient_id}/prontuario-documents"): lambda: {
        "files": {"file": ("note.pdf", fixtures.text_pdf(NOTE), "application/pdf")}},
}


def missing_like(value: str) -> str:
    """A value of the same shape that names nothing: a fresh UUID, a made-up `pat_` token, a random token."""
    if patients.is_token(value):
        return patients.new_token()
    try:
        uuid.UUID(value)
        return str(uuid.uuid4())
    except ValueError:
        return value[:3] + secrets.token_hex(8) if value.startswith(("pt_", "doc-")) else secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    operation: dict[str, Any]

    @property
    def params(self) -> list[str]:
        return [p["name"] for p in self.operation.get("parameters", []) if p["in"] == "path"]

    @property
    def query(self) -> list[dict[str, Any]]:
        return [p for p in self.operation.get("parameters", []) if p["in"] == "query"]


@dataclass
class Request:
    """One request of the walk; `sent` is the value under test (so its echo is not taken for a leak)."""

    route: Route
    path_values: dict[str, str]
    query: dict[str, str] = field(default_factory=dict)
    body_overrides: dict[str, str] = field(default_factory=dict)
    sent: str | None = None

    def url(self) -> str:
        return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: self.path_values[m.group(1)], self.route.path)


def routes_of(spec: dict[str, Any]) -> list[Route]:
    return [Route(method, path, op) for path, item in spec["paths"].items() for method, op in item.items()]


def body_slots(route: Route, components: dict[str, Any]) -> dict[str, Callable[[World], list[str]] | None]:
    """The id fields of the route's JSON body (the whole schema, optional fields too)."""
    content = route.operation.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return {}
    properties = _resolve(content["schema"], components).get("properties", {})
    return {name: _body_slot(name, _resolve(prop, components)) for name, prop in properties.items()
            if name.endswith("_id") or _resolve(prop, components).get("format") == "uuid"}


def send(client: TestClient, caller: Caller, request: Request, components: dict[str, Any]) -> httpx.Response:
    route = request.route
    required = {p["name"]: str(example(p["schema"], components)) for p in route.query if p.get("required")}
    kwargs: dict[str, Any] = {}
    if (route.method, route.path) in EXAMPLES:
        kwargs = EXAMPLES[(route.method, route.path)]()
    elif "requestBody" in route.operation:
        kwargs = {"json": example(route.operation["requestBody"]["content"]["application/json"]["schema"],
                                  components)}
    if request.body_overrides:
        kwargs["json"] = {**kwargs.get("json", {}), **request.body_overrides}
    return client.request(route.method.upper(), request.url(), params={**required, **request.query},
                          headers=caller.headers(route.path), **kwargs)


_MASKS = [(re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<uuid>"),
          (re.compile(r"pat_[A-Za-z0-9]{22}"), "<token>"),
          (re.compile(r"\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?"), "<time>")]


def masked(content: bytes, sent: str | None) -> str:
    """A created resource's answer without what differs between any two creations (ids, times, the value sent)."""
    text = content.decode()
    if sent:
        text = text.replace(sent, "<sent>")
    for pattern, placeholder in _MASKS:
        text = pattern.sub(placeholder, text)
    return text


@dataclass
class Walk:
    """Cases walked and what went wrong, for one caller and the tenant whose ids it tries."""

    caller: World
    other: World
    components: dict[str, Any]
    fresh: Callable[[], Caller]  # a tenant with nothing yet, for what creates: each case on a clean slate
    cases: int = 0
    failures: list[str] = field(default_factory=list)

    def leaks(self, response: httpx.Response, sent: str | None) -> list[str]:
        return [s for s in self.other.secrets() if s != sent and s.encode() in response.content]

    def compare(self, client: TestClient, case: Request, baseline: Request) -> None:
        """The other tenant's id must get exactly what a made-up id gets. Requests without a path id (they
        create patients and records from the body's partner ids) run as a new tenant, so that the case cannot
        see what its baseline created."""
        self.cases += 1
        caller = self.caller if case.route.params else self.fresh()
        got = send(client, caller, case, self.components)
        expected = send(client, caller, baseline, self.components)
        where = f"{case.route.method.upper()} {case.url()} (sent {case.sent!r})"
        leaked = self.leaks(got, case.sent) + self.leaks(expected, baseline.sent)
        if leaked:
            self.failures.append(f"{where}: the answer contains the other tenant's {leaked}")
        same_type = got.headers.get("content-type") == expected.headers.get("content-type")
        if got.status_code != expected.status_code or not same_type:
            self.failures.append(f"{where}: {got.status_code} {got.text[:200]!r}, but a made-up id gets "
                                 f"{expected.status_code} {expected.text[:200]!r}")
        elif expected.status_code >= 400:  # a refusal: byte for byte the same
            if expected.status_code != 404 and not case.body_overrides and not case.query:
                self.failures.append(f"{where}: a made-up id in the path answers {expected.status_code}, not 404")
            if got.content != expected.content:
                self.failures.append(f"{where}: body {got.content!r} differs from {expected.content!r}")
        elif masked(got.content, case.sent) != masked(expected.content, baseline.sent):  # a creation from body ids
            self.failures.append(f"{where}: {got.text[:300]!r} differs from {expected.text[:300]!r}")


def plan(spec: dict[str, Any]) -> tuple[list[Route], list[str]]:
    """The routes with an id slot, and the routes or parameters the walk does not know how to fill."""
    components = spec["components"]["schemas"]
    walked, unknown = [], []
    for route in routes_of(spec):
        slots = 0
        for name in route.params:
            if name not in PATH_SLOTS:
                unknown.append(f"{route.method.upper()} {route.path}: path parameter {name!r}")
            elif PATH_SLOTS[name].foreign is not None:
                slots += 1
        for name, fill in body_slots(route, components).items():
            if fill is None:
                unknown.append(f"{route.method.upper()} {route.path}: body field {name!r}")
            slots += 1
        for param in route.query:
            if param["name"].endswith("_id"):
                if param["name"] not in QUERY_SLOTS:
                    unknown.append(f"{route.method.upper()} {route.path}: query parameter {param['name']!r}")
                slots += 1
        if slots:
            walked.append(route)
        elif (route.method, route.path) not in WITHOUT_IDS:
            unknown.append(f"{route.method.upper()} {route.path}: no id to walk and not in WITHOUT_IDS")
    return walked, unknown


def walk(client: TestClient, spec: dict[str, Any], caller: World, other: World, fresh: Callable[[], Caller]) -> Walk:
    components = spec["components"]["schemas"]
    result = Walk(caller, other, components, fresh)
    routes, _ = plan(spec)
    for route in routes:
        own = {name: PATH_SLOTS[name].own(caller) for name in route.params}
        for name in route.params:
            foreign = PATH_SLOTS[name].foreign
            for value in foreign(other) if foreign else []:
                paired = PAIRED.get(name)
                made = missing_like(own[paired] if paired else value)
                missing = {name: value, paired: made} if paired else {name: made}
                result.compare(client, Request(route, {**own, name: value}, sent=value),
                               Request(route, {**own, **missing}, sent=made))
        ids = [n for n in route.params if PATH_SLOTS[n].foreign is not None and n not in ("team_id", "access_token")]
        if len(ids) > 1:  # the other tenant's coherent ids together, under the caller's key
            theirs = {n: PATH_SLOTS[n].own(other) for n in ids}
            result.compare(client, Request(route, {**own, **theirs}, sent=theirs[ids[-1]]),
                           Request(route, {**own, **{n: missing_like(v) for n, v in theirs.items()}}))
        for name, fill in body_slots(route, components).items():
            for value in fill(other) if fill else []:
                result.compare(client, Request(route, own, body_overrides={name: value}, sent=value),
                               Request(route, own, body_overrides={name: (made := missing_like(value))}, sent=made))
        for param in route.query:
            for value in QUERY_SLOTS[param["name"]](other) if param["name"] in QUERY_SLOTS else []:
                result.compare(client, Request(route, own, query={param["name"]: value}, sent=value),
                               Request(route, own, query={param["name"]: (made := missing_like(value))}, sent=made))
    return result


def own_views(client: TestClient, spec: dict[str, Any], world: World) -> dict[str, tuple[int, bytes | None]]:
    """Every GET route with the world's own ids, as its owner (no query: nothing heavy runs): status, and the
    body when it is JSON."""
    seen = {}
    for route in routes_of(spec):
        if route.method != "get" or not route.params:
            continue
        request = Request(route, {name: PATH_SLOTS[name].own(world) for name in route.params})
        response = client.get(request.url(), headers=world.headers(route.path))
        is_json = response.headers.get("content-type", "").startswith("application/json")
        seen[request.url()] = (response.status_code, response.content if is_json else None)
    return seen


@pytest.mark.parametrize("direction", ["A's key, B's ids", "B's key, A's ids"])
def test_every_route_answers_another_tenants_ids_like_missing_ones(
        browser: TestClient, worlds: tuple[World, World], direction: str, new_tenant) -> None:  # noqa: ANN001
    """A 404 that differs for an id that exists elsewhere would tell a tenant which ids exist; a 200 would leak."""
    caller, other = worlds if direction.startswith("A") else worlds[::-1]
    spec = browser.get("/openapi.json").json()
    walked, unknown = plan(spec)
    assert not unknown, "routes the isolation walk cannot cover: teach it their parameters\n" + "\n".join(unknown)
    assert {(r.method, r.path) for r in routes_of(spec)} - {(r.method, r.path) for r in walked} == set(WITHOUT_IDS)

    views = own_views(browser, spec, caller)  # the caller's own ids, used beside the foreign ones, are valid
    not_found = {url: status for url, (status, _) in views.items() if status in (401, 403, 404, 410)}
    assert not not_found, f"the caller's own ids must open its own resources: {not_found}"
    before = own_views(browser, spec, other)
    result = walk(browser, spec, caller, other, lambda: Caller(new_tenant()))
    print(f"\n{direction}: {result.cases} (route, method, foreign id) cases")
    assert result.cases >= 200
    assert not result.failures, f"{len(result.failures)} isolation failures:\n" + "\n".join(result.failures[:40])
    assert own_views(browser, spec, other) == before, "the walk changed the other tenant's resources"


def test_listings_show_only_the_callers_data(browser: TestClient, worlds: tuple[World, World]) -> None:
    """Routes without an id still answer from the caller's tenant only (the callbacks list holds its own)."""
    spec = browser.get("/openapi.json").json()
    components = spec["components"]["schemas"]
    assert set(WITHOUT_IDS) <= {(r.method, r.path) for r in routes_of(spec)}, "WITHOUT_IDS names a gone route"
    for caller, other in (worlds, worlds[::-1]):
        for route in routes_of(spec):
            if (route.method, route.path) not in WITHOUT_IDS:
                continue
            request = Request(route, {name: PATH_SLOTS[name].own(caller) for name in route.params})
            response = send(browser, caller, request, components)
            if route.path.startswith("/v1/"):
                assert response.status_code == 200, (route.path, response.text)
            leaked = [s for s in other.secrets() if s.encode() in response.content]
            assert not leaked, f"{route.method.upper()} {route.path} shows the other tenant's {leaked}"
        listed = browser.get("/v1/callbacks", headers=caller.headers("/v1/callbacks")).json()["callbacks"]
        assert caller.delivery_id in {d["id"] for d in listed}


def test_analytics_see_only_the_callers_tenant(browser: TestClient, worlds: tuple[World, World],
                                               new_tenant) -> None:  # noqa: ANN001
    """Aggregates carry no ids, so a tenant without data must get no rows at all, while each world's own query
    finds its own patient."""
    catalogue = browser.get("/v1/analytics", headers=worlds[0].headers("/v1/")).json()["queries"]
    assert {q["name"] for q in catalogue} == set(ANALYTICS_BODIES), "give every analytics query a body here"
    empty = new_tenant()
    for name, body in ANALYTICS_BODIES.items():
        for caller, other in (worlds, worlds[::-1]):
            response = browser.post(f"/v1/analytics/{name}", json=body, headers=caller.headers("/v1/"))
            assert response.status_code == 200, response.text
            assert response.json()["rows"], f"{name} finds nothing in the world built for it"
            leaked = [s for s in other.secrets() if s.encode() in response.content]
            assert not leaked, f"{name} shows the other tenant's {leaked}"
            if "patient_id" in response.json()["columns"]:
                assert caller.patient_id in {row["patient_id"] for row in response.json()["rows"]}, name
        nothing = browser.post(f"/v1/analytics/{name}", json=body, headers={"x-api-key": empty.api_key})
        assert nothing.status_code == 200 and nothing.json()["rows"] == [], (name, nothing.text)


# ---------------------------------------------------------------------------------------------------------------
# Static: every statement that reads tenant data is scoped to one tenant
# ---------------------------------------------------------------------------------------------------------------

CYPHER = ROOT / "cypher"
TENANT_LABELS = {"Tenant", "ApiKey", "Patient", "PatientDocument", "Document", "Chunk", "Fact", "LabResult",
                 "CallbackDelivery", "CallbackAttempt", "Interpretation", "Summary", "PageOpen", "Erasure"}
SHARED_LABELS = {"LabMarker": "the lab-marker catalogue, one for every tenant",
                 "Concept": "the clinical concept catalogue (codes and names), one for every tenant",
                 "SchemaMigration": "the database's own migration log"}
# Relationships inside one tenant's tree: scope flows along them. Those into the shared catalogues do not
# (two tenants' results share a LabMarker).
TENANT_EDGES = {"HAS_KEY", "HAS_PATIENT", "HAS_DOCUMENT", "OF", "HAS_CHUNK", "HAS_FACT", "MENTIONS",
                "HAS_INTERPRETATION", "HAS_SUMMARY", "HAS_DELIVERY", "HAS_ATTEMPT"}
SHARED_EDGES = {"OF_CONCEPT", "OF_MARKER"}

# Statements that find their tenant by something other than its id: the variable named is taken as the tenant,
# and everything else in the statement must still be scoped through it.
TENANT_FOUND_BY: dict[str, tuple[str, str]] = {
    "access/caller": ("t", "authentication: the tenant whose API key hashes to $key_hash"),
    "access/caller_and_patient_by_id": ("t", "authentication: the tenant of the key; the patient under it"),
    "access/caller_and_patient_by_token": ("t", "authentication: the tenant of the key; the patient under it"),
    "patients/page_tenant": ("t", "patient pages: the URL names its tenant by team id (token looked up after)"),
    "tenants/create": ("t", "operator CLI: tenants are administered by name"),
    "tenants/create_key": ("t", "operator CLI: tenants are administered by name"),
    "tenants/rotate_key": ("t", "operator CLI: tenants are administered by name"),
    "tenants/rotate_webhook_secret": ("t", "operator CLI: tenants are administered by name"),
    "tenants/update": ("t", "operator CLI: tenants are administered by name"),
}
# Deliberately cross-tenant statements; none is reachable with a caller's ids.
CROSS_TENANT: dict[str, str] = {
    "documents/due": "sweeper: every tenant's stalled documents, each then processed under its own tenant_id",
    "patients/access_url_due": "sweeper: every tenant's patients whose access URL was never issued",
    "interpretations/awaiting": "sweeper: every tenant's patients due their automatic interpretation",
    "interpretations/mark_queued": "sweeper: marks the patients interpretations/awaiting returned, by id",
    "callbacks/due": "sweeper: every tenant's deliveries that are due",
    "callbacks/claim": "worker: claims a delivery by the id callbacks/due gave it; the delivery names its tenant",
    "callbacks/settle": "worker: records the attempt on the delivery it claimed, by id",
    "callbacks/page": "operator CLI lists every tenant's deliveries when $tenant_id is null; the API passes its own",
    "callbacks/resend": "operator CLI resends by delivery id when $tenant_id is null; the API passes its own",
    "tenants/list": "operator CLI: every tenant with its patient count",
    "patients/create": "MERGE on a fresh server-made uuid4 (graph.patients.create): matches no existing patient",
    "documents/create_upload": "existence guard on the new document's server-made uuid4: ids are global",
    "migrations/falkordb/0049_drop_clear_access_tokens": "migration: clears legacy clear-text tokens everywhere",
    "migrations/neo4j/0035_drop_clear_access_tokens": "migration: clears legacy clear-text tokens everywhere",
}

_COMMENT = re.compile(r"(?m)^\s*//.*$")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_CLAUSE = re.compile(r"\b(OPTIONAL MATCH|MATCH|MERGE|ON CREATE SET|ON MATCH SET|CREATE|(?<!STARTS )(?<!ENDS )WITH|"
                     r"UNWIND|WHERE|SET|RETURN|DETACH DELETE|DELETE|REMOVE|ORDER BY|LIMIT|SKIP|CALL|YIELD|UNION|"
                     r"FOREACH|FOR|DROP|SHOW)\b")
_NODE = re.compile(r"(?s)^\s*(\w*)\s*((?::\s*\w+\s*)*)(\{.*\})?\s*$")
_EDGE = re.compile(r"(?s)^\s*<?-\s*(?:\[\s*\w*\s*(?::\s*([\w|]+))?[^\]]*\])?\s*->?\s*$")
_EQUALS = re.compile(r"(\$?\w+(?:\.\w+)?)\s*(?<![<>!=])=(?!=)\s*(\$?\w+(?:\.\w+)?)")
_IDENTIFIER = re.compile(r"(?<![$.\w])([A-Za-z_]\w*)")
_LABEL = re.compile(r"\(\s*\w*\s*:\s*(\w+)")
_EDGE_TYPE = re.compile(r"\[\s*\w*\s*:\s*([\w|]+)")
_READS = {"OPTIONAL MATCH", "MATCH", "MERGE", "WHERE", "WITH", "RETURN", "UNWIND", "SET", "ORDER BY"}


@dataclass
class Node:
    var: str
    labels: set[str]
    props: dict[str, str]
    start: int
    end: int


def _depths(text: str) -> list[int]:
    """Nesting depth in () and [] at each character (CALL's braces are transparent: its clauses are read too)."""
    depth, out = 0, []
    for char in text:
        depth -= char in ")]"
        out.append(depth)
        depth += char in "(["
    return out


def _split(text: str, separator: str = ",") -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char in "([{") - (char in ")]}")
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current] if current.strip() else parts


def _nodes(text: str) -> list[Node]:
    """Node patterns `(var:Label {props})` of a clause; function calls (`count(p)`) are not nodes."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "(" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            depth, j = 0, i
            while j < len(text):
                depth += (text[j] in "({[") - (text[j] in ")}]")
                if depth == 0:
                    break
                j += 1
            match = _NODE.match(text[i + 1:j])
            if match:
                props = {}
                for item in _split(match.group(3)[1:-1]) if match.group(3) else []:
                    key, _, value = item.partition(":")
                    props[key.strip()] = value.strip()
                labels = {label.strip() for label in match.group(2).split(":") if label.strip()}
                found.append(Node(match.group(1), labels, props, i, j))
                i = j
        i += 1
    return found


def _root(value: str) -> str | None:
    match = re.fullmatch(r"([A-Za-z_]\w*)(?:\.\w+)*", value)
    return match.group(1) if match else None


def clauses(statement: str) -> list[tuple[str, str]]:
    text = _STRING.sub("''", _COMMENT.sub("", statement))
    depths = _depths(text)
    marks = [m for m in _CLAUSE.finditer(text) if depths[m.start()] == 0]
    return [(m.group(1), text[m.end():marks[n + 1].start() if n + 1 < len(marks) else len(text)])
            for n, m in enumerate(marks)]


def unscoped(statement: str, tenant_vars: frozenset[str] = frozenset()) -> list[str]:
    """Node patterns that read tenant data without being tied to one tenant. A node is scoped by
    `tenant_id: $tenant_id` (or a scoped node's tenant id) in its property map or WHERE, a Tenant by
    `id: $tenant_id`, a node by an id taken from a scoped node (`{document_id: d.id}`, `{id: own.patient_id}`,
    an alias projected from one), or by a tenant-internal relationship to a scoped node in the same pattern.
    Bound variables keep the scope they had when first matched; a later MERGE of an edge scopes nothing."""
    problems: list[str] = []
    if re.search(r"\$tenant_id\s+IS\s+NULL", statement):
        problems.append("the tenant scope is optional ($tenant_id IS NULL)")
    scoped, bound = set(tenant_vars), set()
    parts = clauses(statement)
    for index, (keyword, text) in enumerate(parts):
        if keyword in ("WITH", "UNWIND"):
            body = re.sub(r"^\s*DISTINCT\b", "", text)
            for item in _split(body):
                aliased = re.fullmatch(r"(?s)(.*)\bAS\s+(\w+)\s*", item)
                if aliased:
                    bound.add(aliased.group(2))
                    if set(_IDENTIFIER.findall(aliased.group(1))) & scoped:
                        scoped.add(aliased.group(2))
        nodes = _nodes(text)
        if not nodes:
            continue
        if keyword in ("CREATE", "FOR", "DROP", "SHOW"):  # new nodes, or schema: nothing is read
            for node in nodes:
                bound.add(node.var)
                scoped.add(node.var)
            continue
        where = parts[index + 1][1] if index + 1 < len(parts) and parts[index + 1][0] == "WHERE" else ""
        edges = []
        for left, right in zip(nodes, nodes[1:], strict=False):
            edge = _EDGE.match(text[left.end + 1:right.start])
            if edge and edge.group(1) and set(edge.group(1).split("|")) <= TENANT_EDGES:
                edges.append((left, right))
        done: set[int] = set()
        changed = True
        while changed:
            changed = False
            for n, node in enumerate(nodes):
                if n not in done and _constrained(node, scoped | {nodes[k].var for k in done if nodes[k].var}, where):
                    done.add(n)
                    changed = True
            for left, right in edges:
                a, b = nodes.index(left), nodes.index(right)
                if (a in done) != (b in done):
                    done |= {a, b}
                    changed = True
            for n, node in enumerate(nodes):  # a variable met twice in the pattern is one node
                if n not in done and node.var and any(nodes[k].var == node.var for k in done):
                    done.add(n)
                    changed = True
        for n, node in enumerate(nodes):
            new = not node.var or node.var not in bound
            shared = node.labels and not (node.labels & TENANT_LABELS)
            if keyword in _READS and new and not shared and (node.var or node.labels) and n not in done:
                problems.append(f"{keyword} ({node.var}:{':'.join(sorted(node.labels))}) is not scoped to a tenant")
        bound |= {node.var for node in nodes if node.var}
        scoped |= {nodes[n].var for n in done if nodes[n].var}
    return problems


def _constrained(node: Node, scoped: set[str], where: str) -> bool:
    if node.var and node.var in scoped:
        return True
    for key, value in node.props.items():
        root = _root(value)
        if key == "tenant_id" and (value == "$tenant_id" or root in scoped):
            return True
        if "Tenant" in node.labels and key == "id" and value == "$tenant_id":
            return True
        if (key == "id" or key.endswith("_id")) and root in scoped:
            return True
    if not node.var:
        return False
    for left, right in _EQUALS.findall(where):
        for mine, theirs in ((left, right), (right, left)):
            tenant_of_theirs = theirs == "$tenant_id" or (
                _root(theirs) in scoped and theirs.rsplit(".", 1)[-1] in ("tenant_id", "id"))
            if mine == f"{node.var}.tenant_id" and tenant_of_theirs:
                return True
            if "Tenant" in node.labels and mine == f"{node.var}.id" and tenant_of_theirs:
                return True
    return False


def statement_files() -> dict[str, str]:
    """Every file under cypher/ (all backend variants, migrations and FalkorDB constraints too), by its path
    without the suffix."""
    return {str(path.relative_to(CYPHER)).removesuffix(".cypher").removesuffix(".constraint"): path.read_text()
            for path in sorted(CYPHER.rglob("*")) if path.suffix in (".cypher", ".constraint")}


def test_every_statement_reading_tenant_data_is_scoped_to_one_tenant() -> None:
    """A new statement that reads patients, documents, facts… of every tenant fails here until it is scoped
    (or allowlisted above, with its reason)."""
    files = statement_files()
    assert len(files) > 100
    stale = (set(TENANT_FOUND_BY) | set(CROSS_TENANT)) - {name.split(".")[0] for name in files}
    assert not stale, f"allowlisted statements that no longer exist: {stale}"
    failures = []
    for name, text in files.items():
        base = name.split(".")[0]  # `search/candidates.falkordb` is allowlisted as `search/candidates`
        if base in CROSS_TENANT:
            assert unscoped(text), f"{name} is scoped now: take it off CROSS_TENANT"
            continue
        anchor = frozenset({TENANT_FOUND_BY[base][0]}) if base in TENANT_FOUND_BY else frozenset()
        failures += [f"{name}: {problem}" for problem in unscoped(text, anchor)]
    assert not failures, "statements not scoped to one tenant:\n" + "\n".join(failures)


def test_labels_and_relationships_are_classified() -> None:
    """A new label or relationship must be declared tenant-owned or shared before the scope check trusts it."""
    text = "\n".join(statement_files().values())
    labels = set(_LABEL.findall(text))
    assert labels <= TENANT_LABELS | set(SHARED_LABELS), labels - TENANT_LABELS - set(SHARED_LABELS)
    assert {"Patient", "Document", "Fact", "LabResult", "Interpretation", "CallbackDelivery"} <= labels
    edges = {edge for found in _EDGE_TYPE.findall(text) for edge in found.split("|")}
    assert edges <= TENANT_EDGES | SHARED_EDGES, edges - TENANT_EDGES - SHARED_EDGES


@pytest.mark.parametrize(("statement", "problem"), [
    ("MATCH (p:Patient {id: $patient_id}) RETURN p", "(p:Patient)"),
    ("MATCH (d:Document) WHERE d.id = $id RETURN d", "(d:Document)"),
    ("MATCH (p:Patient {id: $id}) WHERE p.tenant_id = $tenant_id OR true "
     "MATCH (x:Fact {id: $fact}) RETURN x", "(x:Fact)"),
    ("MATCH (a:LabResult {tenant_id: $tenant_id})-[:OF_MARKER]->(m:LabMarker)<-[:OF_MARKER]-(b:LabResult) "
     "RETURN b", "(b:LabResult)"),
    ("MATCH (t:Tenant {id: $tenant_id}) MATCH (p:Patient {id: $id}) MERGE (t)-[:HAS_PATIENT]->(p) RETURN p",
     "(p:Patient)"),
    ("MATCH (p:Patient) WHERE $tenant_id IS NULL OR p.tenant_id = $tenant_id RETURN p", "optional"),
    ("MATCH (p:Patient {tenant_id: $tenant_id}) WITH p.id AS mine MATCH (q:Patient {id: $other}) RETURN q",
     "(q:Patient)"),
    ("MATCH (p:Patient {id: $id}) WHERE p.tenant_id = $tenant_id RETURN [(x:Summary) | x.text] AS all",
     "(x:Summary)"),
])
def test_the_scope_check_finds_unscoped_reads(statement: str, problem: str) -> None:
    found = unscoped(statement)
    assert any(problem in p for p in found), found


@pytest.mark.parametrize("statement", [
    "MATCH (p:Patient {id: $id}) WHERE p.tenant_id = $tenant_id RETURN p",
    "MATCH (t:Tenant {id: $tenant_id})-[:HAS_PATIENT]->(p:Patient {id: $id})-[:HAS_DOCUMENT]->(:PatientDocument)"
    "-[:OF]->(d:Document)-[:HAS_FACT]->(f) RETURN f",
    "MATCH (r:LabResult) WHERE r.tenant_id = $tenant_id WITH r.document_id AS doc "
    "MATCH (pd:PatientDocument {document_id: doc}) RETURN pd",
    "MATCH (p:Patient {id: $id}) WHERE p.tenant_id = $tenant_id MATCH (t:Tenant {id: p.tenant_id}) RETURN t",
    "MATCH (p:Patient {tenant_id: $tenant_id}) MATCH (d:Document {id: $d}) WHERE d.tenant_id = p.tenant_id RETURN d",
])
def test_the_scope_check_accepts_scoped_reads(statement: str) -> None:
    assert unscoped(statement) == []
