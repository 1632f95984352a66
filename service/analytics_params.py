"""The analytics queries' request bodies checked against the lab catalog, and their statement parameters.
This lives here, not in schema/, which depends on nothing of ours."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import create_model, field_validator

from graph.clock import months_before
from nlp.labs.catalog import catalog
from schema.analytics import QUERIES, AnalyticsParams


def _marker_key(name: str) -> str:
    marker = catalog().lookup(name)
    if marker is None:
        raise ValueError(f"unknown lab marker {name!r}")
    return marker.key


def _known_marker(cls: type[AnalyticsParams], name: str) -> str:
    _marker_key(name)
    return name


def _checked(model: type[AnalyticsParams]) -> type[AnalyticsParams]:
    """`model` whose marker must be in the lab catalog: an unknown one is listed in the 422 beside the body's
    other invalid fields."""
    if "marker" not in model.model_fields:
        return model
    return create_model(model.__name__, __base__=model,
                        __validators__={"known_marker": field_validator("marker")(_known_marker)})


BODIES: dict[str, type[AnalyticsParams]] = {name: _checked(model) for name, model in QUERIES.items()}


def bind(params: AnalyticsParams) -> dict[str, Any]:
    """The statement's parameters (the tenant is added by the caller): a marker becomes its catalog key, `months`
    the start of that many calendar months back from now."""
    bound = params.model_dump()
    if "marker" in bound:
        bound["marker_key"] = _marker_key(bound.pop("marker"))
    if "months" in bound:
        bound["since"] = months_before(datetime.now(UTC), bound.pop("months"))
    return bound
