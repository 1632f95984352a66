"""Passage search for one patient: the question embedded with the packaged model and cut into search
terms, then ranked in the graph (graph.search: meaning and words, fused).

The model loads on the first call (in the API process: the first search after a start)."""

from __future__ import annotations

from typing import Any

from graph import search as graph_search
from graph.driver import GraphDriver
from nlp.embeddings import embed
from nlp.kinds import asked_kinds
from nlp.terms import question_terms


def search(driver: GraphDriver, tenant_id: str, patient_id: str, question: str, k: int) -> list[dict[str, Any]]:
    """The best `k` passages, best first, with their document ids, score and facts."""
    vector = embed([question])[0]
    words = sorted(question_terms(question))
    return graph_search.passages(driver, tenant_id, patient_id, vector, words, asked_kinds(question), k)
