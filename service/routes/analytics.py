"""`/v1/analytics`: the analysts' named, parameterised queries over the caller's tenant."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import analytics
from schema.analytics import QUERIES, AnalyticsCatalogue, AnalyticsQuery, AnalyticsResult
from schema.errors import ErrorBody
from service.analytics_params import BODIES, bind
from service.auth import caller_of
from service.openapi import operation
from service.pools import run_in
from service.scopes import Endpoint, requires
from service.responses import model_response, parse_json

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


def _runner(name: str) -> Endpoint:
    """The endpoint of one named query: a route each, so that the document gives each its own body."""
    model = BODIES[name]

    async def run_query(request: Request) -> Response:
        params = await parse_json(request, model)
        rows = await run_in(request.app.state.pools.analytics, analytics.run, request.app.state.graph, name,
                            caller_of(request).tenant.id, bind(params))
        return model_response(AnalyticsResult(name=name, columns=list(rows[0]) if rows else [], rows=rows,
                                              row_count=len(rows)))

    run_query.__name__ = run_query.__qualname__ = f"run_{name}"
    return operation(summary=f"Run `{name}`", tags=TAGS, body=QUERIES[name], responses={200: AnalyticsResult},
                     errors={403: ErrorBody},
                     description=f"{analytics.describe(name)} Over the caller's tenant only, under the analytics time "
                                 "limit. Needs a key of scope `analyst` or `admin`. Invalid parameters → 422 "
                                 "listing the fields.")(requires("analyst")(run_query))


routes = [Route("/v1/analytics", catalogue, methods=["GET"]),
          *(Route(f"/v1/analytics/{name}", _runner(name), methods=["POST"]) for name in QUERIES)]
