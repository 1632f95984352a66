"""Hybrid passage search for one patient: meaning (embedding similarity), words (stemmed terms in both
languages) and, when the question asks for a kind of fact ("which drugs…"), the passages that hold one,
fused by reciprocal rank.

The embedding model is English-only, so a Portuguese question leans on the words; a question phrased
unlike the passage leans on the meaning. Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009:
score = Σ 1 / (60 + rank)) needs no calibration between the scores. The words are ranked by the inverse
document frequency of the matched terms within the patient's own passages (BM25's idf); the passages
holding an asked-for kind of fact, by similarity."""

from __future__ import annotations

import math
from typing import Any

from graph.driver import GraphDriver

RRF_K = 60


def passages(driver: GraphDriver, tenant_id: str, patient_id: str, vector: list[float], terms: list[str],
             kinds: list[str], k: int) -> list[dict[str, Any]]:
    """Best first; each with its document ids, a 0–1 score (1: first by both signals) and its facts."""
    candidates = driver.read("search/candidates", tenant_id=tenant_id, patient_id=patient_id, vector=vector,
                             terms=terms, kinds=kinds)
    scores = fused(candidates)
    best = sorted(scores, key=lambda identifier: (-scores[identifier], identifier))[:k]
    rows = driver.read("search/passages_by_id", tenant_id=tenant_id, patient_id=patient_id, ids=best)
    rankings = 3 if any(row["asked"] for row in candidates) else 2
    return [row | {"score": scores[row["chunk"]["id"]] * (RRF_K + 1) / rankings} for row in rows]


def fused(candidates: list[dict[str, Any]]) -> dict[str, float]:
    """Reciprocal-rank fusion of the similarity ranking, the term ranking (passages with no term matched
    are not in it) and the asked-kind ranking (only passages holding such a fact)."""
    count = len(candidates)
    frequency: dict[str, int] = {}
    for row in candidates:
        for term in row["matched"]:
            frequency[term] = frequency.get(term, 0) + 1
    weight = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}
    by_meaning = sorted(candidates, key=lambda row: (-row["similarity"], row["id"]))
    by_words = sorted((row for row in candidates if row["matched"]),
                      key=lambda row: (-sum(weight[t] for t in row["matched"]), row["id"]))
    scores = {row["id"]: 0.0 for row in candidates}
    by_kind = [row for row in by_meaning if row["asked"]]
    for ranking in (by_meaning, by_words, by_kind):
        for rank, row in enumerate(ranking, start=1):
            scores[row["id"]] += 1 / (RRF_K + rank)
    return scores
