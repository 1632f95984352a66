"""Uniform JSON answers and request parsing into pydantic models."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from schema.errors import ErrorBody, ValidationErrorBody, ValidationIssue

M = TypeVar("M", bound=BaseModel)
MAX_JSON_BODY = 1 << 20

NOT_FOUND = "Not found"
UNAVAILABLE = "Service temporarily unavailable"
INTERNAL = "Internal server error"
INVALID_KEY = "Invalid or missing API key"
TOO_MANY_REQUESTS = "Too many requests"
STORAGE_FULL = "Storage is full: nothing of this request was kept. Retry later."
FORBIDDEN_SCOPE = "This API key's scope does not allow this operation (it needs `{scope}`)."


class InvalidRequest(Exception):
    """Query or body failed validation: a 422 listing each offending field."""

    def __init__(self, issues: list[ValidationIssue]) -> None:
        super().__init__(f"{len(issues)} invalid field(s)")
        self.issues = issues

    @classmethod
    def from_pydantic(cls, error: ValidationError, location: str) -> InvalidRequest:
        return cls([
            ValidationIssue(loc=[location, *error_item["loc"]], msg=error_item["msg"], type=error_item["type"])
            for error_item in error.errors(include_url=False)
        ])


class BodyTooLarge(Exception):
    """The JSON body exceeds MAX_JSON_BODY."""


def model_response(model: BaseModel, status_code: int = 200, background: BackgroundTask | None = None) -> Response:
    """Serialised by pydantic-core in one pass (no intermediate dict, no stdlib json); `background` runs once the
    response is sent."""
    return Response(model.model_dump_json(), status_code=status_code, media_type="application/json",
                    background=background)


def error_response(status_code: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(detail=detail).model_dump(), status_code=status_code, headers=headers)


def validation_response(exc: InvalidRequest) -> JSONResponse:
    return model_response(ValidationErrorBody(detail=exc.issues), 422)


def parse_query(request: Request, model: type[M]) -> M:
    params = {key: request.query_params.getlist(key) for key in request.query_params}
    flat = {key: values[0] if len(values) == 1 else values for key, values in params.items()}
    try:
        return model.model_validate(flat)
    except ValidationError as exc:
        raise InvalidRequest.from_pydantic(exc, "query") from exc


async def parse_json(request: Request, model: type[M], max_bytes: int = MAX_JSON_BODY) -> M:
    """Read at most `max_bytes` and validate them as `model` (an empty body is `{}`), strictly: a JSON value of
    another type than the field's (`true` or `"5"` for an integer, `0` for a date) is invalid, as the schema says."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise BodyTooLarge()
    try:
        return model.model_validate_json(bytes(body) or b"{}", strict=True)
    except ValidationError as exc:
        raise InvalidRequest.from_pydantic(exc, "body") from exc
