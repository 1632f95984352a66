"""OpenAPI 3.1 generated from the `schema/` models each route declares with `@operation`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema
from starlette.convertors import Convertor, IntegerConvertor
from starlette.routing import BaseRoute, Route

from schema.errors import ErrorBody, ValidationErrorBody
from service.auth import TEAM_PREFIX

F = TypeVar("F", bound=Callable[..., Any])
REF = "#/components/schemas/{model}"
STATUS_TEXT = {200: "OK", 403: "Forbidden", 201: "Created", 202: "Accepted", 204: "No Content", 400: "Bad Request",
               401: "Invalid or missing API key", 404: "Not found (also another tenant's resource)",
               409: "Conflict", 410: "Gone", 413: "Payload too large", 422: "Invalid parameters",
               429: "Rate limit exceeded (see Retry-After)", 500: "Internal server error",
               503: "Database or broker unavailable"}


@dataclass(frozen=True)
class Operation:
    summary: str
    responses: Mapping[int, type[BaseModel] | None]
    tags: tuple[str, ...] = ()
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    authenticated: bool = True
    description: str = ""
    errors: Mapping[int, type[BaseModel]] = field(default_factory=dict)
    documents: tuple[type[BaseModel], ...] = ()  # models the body's schema refers to by name only
    form: type[BaseModel] | None = None  # a multipart/form-data body (its `bytes` fields are files)
    # Path parameters the success response supplies, as OpenAPI runtime expressions (`$response.body#/id`):
    # linked to every operation whose path parameters they all fill, so clients (and stateful tests) can chain.
    links: Mapping[str, str] = field(default_factory=dict)


def operation(**spec: Any) -> Callable[[F], F]:
    def attach(endpoint: F) -> F:
        endpoint.openapi = Operation(**spec)  # type: ignore[attr-defined]
        return endpoint
    return attach


def _implied_errors(path: str, op: Operation) -> dict[int, type[BaseModel]]:
    errors: dict[int, type[BaseModel]] = {500: ErrorBody}
    if op.authenticated:
        errors |= {401: ErrorBody, 429: ErrorBody, 503: ErrorBody}
    if "{patient_id}" in path:
        errors[404] = ErrorBody
    if op.body or op.query or op.form:
        errors[422] = ValidationErrorBody
    return errors | dict(op.errors)


def _path_parameter(name: str, convertor: Convertor) -> dict[str, Any]:
    """Named as in the path template (`{page}`, not Starlette's `{page:int}`), typed as its convertor matches."""
    integer = isinstance(convertor, IntegerConvertor)
    return {"name": name, "in": "path", "required": True,
            "schema": {"type": "integer", "minimum": 0} if integer else {"type": "string"},
            "description": "A `pat_` token (recommended) or the internal UUID." if name == "patient_id" else ""}


def _request_body(op: Operation, ref: Callable[[type[BaseModel]], dict[str, Any]]) -> dict[str, Any] | None:
    """A JSON body whose fields are all optional may be left out (it reads as `{}`); a form always has its file."""
    if op.form is not None:
        return {"required": True, "content": {"multipart/form-data": {"schema": ref(op.form)}}}
    if op.body is None:
        return None
    required = any(field.is_required() for field in op.body.model_fields.values())
    return {"required": required, "content": {"application/json": {"schema": ref(op.body)}}}


def _security(path: str) -> list[dict[str, list[str]]]:
    return [{"ApiKey": [], "TeamId": []}] if path.startswith(TEAM_PREFIX) else [{"ApiKey": []}]


def _names_another_resource(op: Operation) -> bool:
    """Whether the body needs the id (a UUID) of a resource besides those of the path."""
    return op.body is not None and any(field.is_required() and field.annotation is UUID
                                       for field in op.body.model_fields.values())


def _add_links(paths: dict[str, dict[str, Any]], documented: list[tuple[Route, Operation]]) -> None:
    """Each operation declaring `links` points from its success response to the operations on what it made: those
    whose path parameters it all supplies, one of them new to it, and whose body names no other resource."""
    for route, op in documented:
        if not op.links:
            continue
        links = {}
        for target, target_op in documented:
            needed = set(target.param_convertors)
            if not needed - set(route.param_convertors) or not needed <= set(op.links) or \
                    _names_another_resource(target_op):
                continue
            for method in sorted((target.methods or set()) - {"HEAD"}):
                operation_id = paths[target.path_format][method.lower()]["operationId"]
                links[operation_id] = {"operationId": operation_id,
                                       "parameters": {name: op.links[name] for name in sorted(needed)}}
        status = next(str(code) for code in sorted(op.responses) if 200 <= code < 300)
        for method in (route.methods or set()) - {"HEAD"}:
            paths[route.path_format][method.lower()]["responses"][status]["links"] = links


def build(routes: Iterable[BaseRoute], title: str, version: str) -> dict[str, Any]:
    documented = [(r, r.endpoint.openapi) for r in routes if isinstance(r, Route) and hasattr(r.endpoint, "openapi")]
    models: set[type[BaseModel]] = {ErrorBody, ValidationErrorBody}
    for _, op in documented:
        models |= {m for m in (op.body, op.query, op.form, *op.responses.values(), *op.errors.values(),
                               *op.documents) if m is not None}
    keyed = sorted(models, key=lambda m: m.__name__)
    refs, definitions = models_json_schema([(m, "serialization") for m in keyed], ref_template=REF)
    schemas = definitions.get("$defs", {})

    def ref(model: type[BaseModel]) -> dict[str, Any]:
        return refs[(model, "serialization")]

    paths: dict[str, dict[str, Any]] = {}
    for route, op in documented:
        item: dict[str, Any] = {"summary": op.summary, "operationId": route.endpoint.__name__, "tags": list(op.tags),
                                "parameters": [_path_parameter(name, convertor)
                                               for name, convertor in route.param_convertors.items()]}
        if op.description:
            item["description"] = op.description
        if op.query is not None:
            props = op.query.model_json_schema(ref_template=REF)
            for name, prop in props["properties"].items():
                item["parameters"].append({"name": name, "in": "query", "required": name in props.get("required", []),
                                           "schema": prop, "description": prop.get("description", "")})
        if (body := _request_body(op, ref)) is not None:
            item["requestBody"] = body
        if op.authenticated:
            item["security"] = _security(route.path)
        responses: dict[str, Any] = {}
        for status, model in {**_implied_errors(route.path, op), **op.responses}.items():
            response: dict[str, Any] = {"description": STATUS_TEXT.get(status, "")}
            if model is not None:
                response["content"] = {"application/json": {"schema": ref(model)}}
            responses[str(status)] = response
        item["responses"] = dict(sorted(responses.items()))
        for method in sorted((route.methods or set()) - {"HEAD"}):
            paths.setdefault(route.path_format, {})[method.lower()] = item
    operation_ids = [op["operationId"] for item in paths.values() for op in item.values()]
    if len(operation_ids) != len(set(operation_ids)):
        raise ValueError("two documented endpoints have the same name: operationId is the endpoint's name")
    _add_links(paths, documented)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
                "TeamId": {"type": "apiKey", "in": "header", "name": "x-team-id",
                           "description": "The tenant's team id: with the key, on the medical-center routes."},
            },
        },
    }
