"""Generating an interpretation from a request (API route and page button): the graph work runs in the thread
pool, the optional model-written section is awaited on the event loop with its own slots and timeout, so a
slow model never holds a request thread."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ingestion.interpretation_narrative import anarrative
from ingestion.interpreting import draft, store


async def interpret(request: Request, tenant_id: str, patient_id: str, requested_by: str) -> dict[str, Any] | None:
    """The stored interpretation, or None when the patient is unknown or nothing is new since the last one."""
    graph, llm = request.app.state.graph, request.app.state.llm
    made = await run_in_threadpool(draft, graph, tenant_id, patient_id, "manual", requested_by)
    if made is None:
        return None
    written = None
    if llm is not None and made.wants_model(llm):
        written = await anarrative(llm, made.report, made.found.language, request.app.state.pools.llm)
    return await run_in_threadpool(store, graph, made, written, llm.model if llm else None)
