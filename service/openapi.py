"""OpenAPI 3.1 generated from the `schema/` models each route declares with `@operation`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema
from starlette.routing import BaseRoute, Route

from schema.errors import ErrorBody, ValidationErrorBody

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
    if op.body or op.query:
        errors[422] = ValidationErrorBody
    return errors | dict(op.errors)


def build(routes: Iterable[BaseRoute], title: str, version: str) -> dict[str, Any]:
    documented = [(r, r.endpoint.openapi) for r in routes if isinstance(r, Route) and hasattr(r.endpoint, "openapi")]
    models: set[type[BaseModel]] = {ErrorBody, ValidationErrorBody}
    for _, op in documented:
        models |= {m for m in (op.body, op.query, *op.responses.values(), *op.errors.values(), *op.documents)
                   if m is not None}
    keyed = sorted(models, key=lambda m: m.__name__)
    refs, definitions = models_json_schema([(m, "serialization") for m in keyed], ref_template=REF)
    schemas = definitions.get("$defs", {})

    def ref(model: type[BaseModel]) -> dict[str, Any]:
        return refs[(model, "serialization")]

    paths: dict[str, dict[str, Any]] = {}
    for route, op in documented:
        item: dict[str, Any] = {"summary": op.summary, "tags": list(op.tags), "parameters": []}
        if op.description:
            item["description"] = op.description
        for name in route.param_convertors:
            item["parameters"].append({
                "name": name, "in": "path", "required": True, "schema": {"type": "string"},
                "description": "A `pat_` token (recommended) or the internal UUID." if name == "patient_id" else "",
            })
        if op.query is not None:
            props = op.query.model_json_schema(ref_template=REF)
            for name, prop in props["properties"].items():
                item["parameters"].append({"name": name, "in": "query", "required": name in props.get("required", []),
                                           "schema": prop, "description": prop.get("description", "")})
        if op.body is not None:
            item["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref(op.body)}}}
        if op.authenticated:
            item["security"] = [{"ApiKey": []}]
        responses: dict[str, Any] = {}
        for status, model in {**_implied_errors(route.path, op), **op.responses}.items():
            response: dict[str, Any] = {"description": STATUS_TEXT.get(status, "")}
            if model is not None:
                response["content"] = {"application/json": {"schema": ref(model)}}
            responses[str(status)] = response
        item["responses"] = dict(sorted(responses.items()))
        for method in sorted((route.methods or set()) - {"HEAD"}):
            paths.setdefault(route.path, {})[method.lower()] = item
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}},
        },
    }
