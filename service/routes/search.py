"""`/v1/patients/{patient_id}/search`: the passages of a patient's documents closest to a question.

The query is embedded in the API process with the same packaged model the worker uses (a few
milliseconds per query once loaded; loaded on the first search, in a thread)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from schema.search import FoundFact, SearchHit, SearchQuery, SearchResults
from service.openapi import operation
from service.patient_scope import patient_of, patient_scoped
from service.responses import model_response, parse_query
from service.search import search

TAGS = ("search",)


def _hits(rows: list[dict]) -> list[SearchHit]:
    hits = []
    for row in rows:
        chunk = row["chunk"]
        facts = [FoundFact(id=f["id"], kind=f["kind"], name=f.get("name") or f.get("printed_name") or "",
                           text=f.get("text") or f.get("printed_name") or "", status=f.get("status") or "present",
                           code_system=f.get("code_system"), code=f.get("code")) for f in row["facts"]]
        hits.append(SearchHit(chunk_id=chunk["id"], document_id=row["document_id"],
                              patient_document_id=row["patient_document_id"], page=chunk["page"],
                              start=chunk["start"], end=chunk["end"], section=chunk.get("section"),
                              text=chunk["text"].strip(), score=round(max(0.0, min(1.0, row["score"])), 4),
                              facts=facts))
    return hits


@operation(summary="Search a patient's documents", tags=TAGS, query=SearchQuery, responses={200: SearchResults},
           description="Ranks the passages of the patient's active documents by meaning (sentence embeddings, "
                       "cosine similarity), by words (the question's terms, stemmed for Portuguese and English, "
                       "weighted by rarity among the patient's passages) and, when the question asks about a kind "
                       "of fact — drugs, diagnoses, allergies, labs, symptoms, vitals — by holding one; fuses the "
                       "rankings by reciprocal rank and returns the best `k` with their document, page, offsets, a "
                       "0–1 score (1: first by every ranking) and the facts extracted from them.")
@patient_scoped
async def search_patient(request: Request) -> Response:
    patient, query = patient_of(request), parse_query(request, SearchQuery)
    rows = await run_in_threadpool(search, request.app.state.graph, patient.tenant_id, patient.id, query.q, query.k)
    return model_response(SearchResults(patient_id=patient.id, query=query.q, results=_hits(rows)))


routes = [Route("/v1/patients/{patient_id}/search", search_patient, methods=["GET"])]
