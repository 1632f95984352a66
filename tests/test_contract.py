"""The served OpenAPI document is the contract: schemathesis, with every check, compares each operation's behaviour
with it (examples, coverage and fuzzing per operation), then chains operations through the document's links."""

from __future__ import annotations

import base64
import contextlib
import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis.errors import Flaky
from schemathesis import Case, HookContext, Response
from schemathesis.core.parameters import ParameterLocation
from schemathesis.errors import FailureGroup
from starlette.applications import Starlette
from starlette.testclient import TestClient

from nlp.labs.catalog import catalog
from service.app import Backends, create_app
from tests.fixtures import text_pdf
from tests.support import wait_for

# Sized for CI: about a minute and a half here. CONTRACT_SEED=<n> explores other cases.
SEED = int(os.environ.get("CONTRACT_SEED", "1"))
MAX_EXAMPLES = 50  # per operation and phase
STATEFUL_SCENARIOS = 200
STATEFUL_STEPS = 10  # at most, per scenario
STATEFUL_RUNS = 20  # at most: Hypothesis may give a run up early (see the test)
EXISTING_SHARE = 0.8
PATH_IDS = ("patient_id", "document_id", "record_id", "interpretation_id")
MAX_RESPONSE_S = 10.0  # the one check off by default: a bound only a hung request passes
PDF = "%PDF-1.4\n% no pages: stored and queued like any other upload\n%%EOF\n"


def beyond_the_schema(context: HookContext, case: Case) -> Case:
    """A body made valid where JSON Schema cannot say what the service rightly requires: a file's type is read from
    its bytes, a lab marker must be in the catalogue, a birth date not in the future. A negative body keeps its
    violation: only its file, when a string (whatever the mutation, it is not there), becomes the PDF too, as a plain
    string, because schemathesis cannot validate the generated binary strings it re-reads from the sent form."""
    body = case.body
    if not isinstance(body, dict) or case.meta is None:
        return case
    valid = dict(body)
    if isinstance(valid.get("file"), str):
        valid["file"] = PDF
    if not case.meta.is_negative_at(ParameterLocation.BODY):
        if isinstance(valid.get("file_base64"), dict):
            valid["file_base64"] = {**valid["file_base64"], "content": base64.b64encode(PDF.encode()).decode()}
        if isinstance(valid.get("marker"), str) and catalog().lookup(valid["marker"]) is None:
            valid["marker"] = "Glucose"
        if isinstance(valid.get("birth_date"), str) and valid["birth_date"] > date.today().isoformat():
            valid["birth_date"] = date.today().isoformat()
    case.body = valid
    return case


def made(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json()


def existing(client: TestClient, headers: dict[str, str]) -> dict[str, list[str]]:
    """Ids of one of everything, so that generated paths reach resources as well as their 404s; the erasure and
    the soft delete get their own patient and document, so that the others stay for the operations after them."""
    def new_patient() -> dict[str, Any]:
        return made(client.post("/v1/patients", headers=headers), 201)  # no body: every field is optional

    def upload(token: str) -> str:
        files = {"file": ("lab.pdf", text_pdf())}
        return made(client.post(f"/v1/patients/{token}/prontuario-documents", files=files, headers=headers),
                    202)["document_id"]

    patient, erasable = new_patient(), new_patient()
    token = patient["token"]
    # A patient's first interpretation, with nothing to interpret yet (it was a 500).
    interpretation = made(client.post(f"/v1/patients/{token}/interpretations", headers=headers), 201)
    record = made(client.post("/v1/medical-data", json={"patient_id": "contract-1", "data_type": "clinical_note",
                                                        "data": "Hipertensão arterial em uso de losartana."},
                              headers=headers), 201)
    upload(erasable["token"])
    return {"patient_id": [token, patient["id"]], "document_id": [upload(token)], "record_id": [record["record_id"]],
            "interpretation_id": [interpretation["id"]], "erasable": [erasable["token"]], "deletable": [upload(token)]}


def drawn_from(dictionary: str, parameter: str) -> dict[str, Any]:
    return {f"path.{parameter}": {"dictionary": dictionary, "probability": EXISTING_SHARE}}


@dataclass(frozen=True)
class Served:
    app: Starlette
    headers: dict[str, str]  # a new tenant's credentials
    ids: dict[str, list[str]]  # of what `existing` made for it


@pytest.fixture(scope="module")
def served(backends: Backends, client: TestClient, new_tenant) -> Served:  # noqa: ANN001
    issued = new_tenant()
    headers = {"x-api-key": issued.api_key, "x-team-id": issued.tenant.team_id}
    return Served(create_app(backends), headers, existing(client, headers))


def loaded(served: Served, **settings: Any) -> schemathesis.BaseSchema:
    """The served document, with every check; `settings` are schemathesis's own (its TOML keys)."""
    config = schemathesis.Config.from_dict({
        "seed": SEED,
        "headers": served.headers,
        # Replaying failures saved by an earlier run against another database would only mislead.
        "generation": {"max-examples": MAX_EXAMPLES, "database": "none"},
        "checks": {"max_response_time": MAX_RESPONSE_S},
        **settings,
    })
    document = schemathesis.openapi.from_asgi("/openapi.json", served.app, config=config)  # starts the lifespan once
    wait_for(lambda: served.app.state.search_model.state == "ok", timeout_s=120, what="search model")
    document.hook("map_case")(beyond_the_schema)
    return document


@pytest.fixture(scope="module")
def contract_schema(served: Served) -> schemathesis.BaseSchema:
    """Fuzzed paths name existing resources most of the time; the rest, and the coverage phase's, are made up."""
    return loaded(
        served, dictionaries={name: {"values": values} for name, values in served.ids.items()},
        parameters={key: value for name in PATH_IDS for key, value in drawn_from(name, name).items()},
        operations=[{"include-operation-id": "erase_patient", "parameters": drawn_from("erasable", "patient_id")},
                    {"include-operation-id": "delete_document", "parameters": drawn_from("deletable", "document_id")}])


@pytest.fixture(scope="module")
def linked_schema(served: Served) -> schemathesis.BaseSchema:
    """Scenarios follow the document's own links only: ids drawn from elsewhere would name one patient by its token
    and by its UUID, which the checks take for two; and inferred links guess, and guessed that the 404 of linking a
    document that does not exist (`POST /v1/patients/{patient_id}/documents`) meant the new patient was gone."""
    return loaded(served, phases={"stateful": {"inference": {"algorithms": []}}})


schema = schemathesis.pytest.from_fixture("contract_schema")


@schema.parametrize()
def test_every_operation_behaves_as_documented(case: Case) -> None:
    case.call_and_validate()


def test_linked_operations_behave_as_documented(linked_schema: schemathesis.BaseSchema) -> None:
    """Failures are collected, not raised: Hypothesis would replay a failing scenario (to shrink and report it)
    against a database the first run changed, which is not the same scenario. For the same reason it gives up on a
    run when a scenario's start is answered otherwise than before; the next run goes on with another seed."""
    failures: dict[tuple[str, ...], str] = {}
    scenarios: list[list[str]] = []

    class Recorded(linked_schema.as_state_machine()):  # type: ignore[misc]
        """Each scenario's steps so far go with its failure: the failing call alone may not explain it."""

        def __init__(self) -> None:
            super().__init__()
            self.steps: list[str] = []
            scenarios.append(self.steps)

        def validate_response(self, response: Response, case: Case, **kwargs: Any) -> None:
            self.steps.append(f"{case.method} {case.formatted_path} -> {response.status_code}")
            try:
                super().validate_response(response, case, **kwargs)
            except FailureGroup as group:
                failures.setdefault((case.operation.label, *sorted(f.title for f in group.exceptions)),
                                    f"{group}\nScenario:\n  " + "\n  ".join(self.steps))

    for run in range(STATEFUL_RUNS):
        if len(scenarios) >= STATEFUL_SCENARIOS:
            break
        with contextlib.suppress(Flaky):
            seed(SEED + run)(Recorded).run(settings=settings(
                max_examples=STATEFUL_SCENARIOS - len(scenarios), stateful_step_count=STATEFUL_STEPS, deadline=None,
                database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)))
    assert not failures, "\n\n".join(failures.values())
    assert sum(map(len, scenarios)) >= STATEFUL_SCENARIOS, "too few calls to have tested anything"
