"""`/v1/analytics`: the analysts' named, parameterised queries over the caller's tenant."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import analytics
from schema.analytics import QUERIES, AnalyticsCatalogue, AnalyticsQuery, AnalyticsResult
from schema.errors import ErrorBody, ValidationErrorBody
from service.analytics_params import BODIES, bind
from service.auth import caller_of
from service.openapi import operation
from service.pools import run_in
from service.scopes import requires
from service.responses import NOT_FOUND, model_response, parse_json

TAGS = ("analytics",)


@operation(summary="List the analytics queries", tags=TAGS, responses={200: AnalyticsCatalogue},
           errors={403: ErrorBody},
           description="Each query's name, what it answers, and the JSON Schema of its parameters. Needs a key of "
                       "scope `analyst` or `admin`.")
@requires("analyst")
async def catalogue(request: Request) -> Response:
    return model_response(AnalyticsCatalogue(queries=[
        AnalyticsQuery(name=name, description=analytics.describe(name), parameters=model.model_json_schema())
        for name, model in QUERIES.items()]))


@operation(summary="Run an analytics query", tags=TAGS, responses={200: AnalyticsResult},
           errors={403: ErrorBody, 404: ErrorBody, 422: ValidationErrorBody},
           description="Runs the named query with the JSON body as its parameters, over the caller's tenant only, "
                       "under the analytics time limit. Needs a key of scope `analyst` or `admin`. Unknown name → "
                       "404; invalid parameters → 422 listing the fields.")
@requires("analyst")
async def run_query(request: Request) -> Response:
    name = request.path_params["name"]
    model = BODIES.get(name)
    if model is None:
        raise HTTPException(404, NOT_FOUND)
    params = await parse_json(request, model)
    rows = await run_in(request.app.state.pools.analytics, analytics.run, request.app.state.graph, name, caller_of(request).tenant.id,
                                   bind(params))
    return model_response(AnalyticsResult(name=name, columns=list(rows[0]) if rows else [], rows=rows,
                                          row_count=len(rows)))


routes = [Route("/v1/analytics", catalogue, methods=["GET"]),
          Route("/v1/analytics/{name}", run_query, methods=["POST"])]
