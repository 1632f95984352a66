"""`POST /v1/patients/{patient_id}/summary`: a clinical summary from the graph, cached per graph version."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from graph import context, labs, summaries
from graph.clock import from_ms, months_before, now_ms
from graph.driver import GraphDriver
from graph.patients import Patient
from graph.summaries import Stored
from schema.context import PatientContext
from schema.labs import MarkerSeries
from schema.summary import Summary, SummaryRequest
from service import lab_series, patient_context
from service.llm import write_summary
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_json
from service.summary_text import narrative

TAGS = ("context",)
WINDOW_MONTHS = 12


def _gathered(graph: GraphDriver, patient: Patient) -> tuple[PatientContext, list[MarkerSeries]]:
    now = datetime.now(UTC)
    since = months_before(now, WINDOW_MONTHS)
    facts = context.facts(graph, patient.tenant_id, patient.id, since)
    series = lab_series.series(labs.results(graph, patient.tenant_id, patient.id, since, None))
    return patient_context.build(patient, facts, WINDOW_MONTHS, now), series


async def _generate(request: Request, patient: Patient, language: str, graph_version: str) -> Stored:
    """Graph reads in a thread, the model's answer awaited on the event loop, the summary stored in a thread."""
    graph, llm = request.app.state.graph, request.app.state.llm
    started = time.perf_counter()
    built, series = await run_in_threadpool(_gathered, graph, patient)
    text = await write_summary(llm, built, series, language, request.app.state.pools.llm) if llm else None
    generator = f"llm:{llm.model}" if llm and text else "template"
    stored = Stored(text=text or narrative(built, series, language), graph_version=graph_version,
                    generated_at=now_ms(), generation_time_ms=round((time.perf_counter() - started) * 1000, 1),
                    generator=generator)
    await run_in_threadpool(summaries.store, graph, patient.tenant_id, patient.id, language, stored)
    return stored


@operation(summary="Clinical summary", tags=TAGS, body=SummaryRequest, responses={200: Summary},
           description="Built from the patient's graph only: with an OpenAI-compatible LLM configured "
                       "(CLINIGRAPH_LLM_URL), the model writes it from the patient's context and lab trends and must "
                       "cite fact ids; otherwise (or when its answer cites anything else) a deterministic narrative. "
                       "Cached per patient graph version: processing or deleting a document invalidates it.")
@patient_scoped
async def summary(request: Request) -> Response:
    patient, body = patient_of(request), await parse_json(request, SummaryRequest)
    graph = request.app.state.graph
    found = await run_in_threadpool(summaries.cached, graph, patient.tenant_id, patient.id, body.language)
    current = found.summary if found.summary and found.summary.graph_version == found.graph_version else None
    stored = current if current and not body.force else await _generate(request, patient, body.language,
                                                                         found.graph_version)
    return model_response(Summary(
        patient_id=patient.id, summary=stored.text, language=body.language, generated_at=from_ms(stored.generated_at),
        cached=stored is current, generation_time_ms=stored.generation_time_ms, generator=stored.generator))


routes = [Route("/v1/patients/{patient_id}/summary", summary, methods=["POST"])]
