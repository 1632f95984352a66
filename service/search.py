"""Hybrid passage search for one patient: meaning (embedding similarity), words (the question's units,
nlp.terms) and, when the question asks for a kind of fact ("which drugs…"), the passages that hold one,
fused by reciprocal rank.

The embedding model is English-only, so a Portuguese question leans on the words; a question phrased
unlike the passage leans on the meaning. Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009:
score = Σ 1 / (60 + rank)) needs no calibration between the scores. The words rank passages by the units
they hold, each unit weighted by the inverse document frequency of its terms within the patient's own
passages (BM25's idf), ties going to the closer meaning; the passages holding an asked-for kind of fact
rank by similarity. A fourth ranking is the passages holding the most of the question's units (two at least),
in the word ranking's order: coordination-level matching (Cleverdon, the Cranfield tests, 1967), so that the
one passage holding the measure, the month and the year asked for is not outvoted by passages holding any one
of them, closer in an English-only meaning. The model loads in the background as the API starts
(service.search_model)."""

from __future__ import annotations

import math
from typing import Any

from graph import search as graph_search
from graph.driver import GraphDriver
from nlp.embeddings import embed
from nlp.kinds import asked_kinds
from nlp.terms import Unit, meaning_text, question_units

RRF_K = 60


def search(driver: GraphDriver, tenant_id: str, patient_id: str, question: str, k: int) -> list[dict[str, Any]]:
    """The best `k` passages, best first, each with its document ids, a 0–1 score (1: first by every
    ranking) and its facts."""
    units = question_units(question)
    candidates = graph_search.candidates(driver, tenant_id, patient_id, embed([meaning_text(question, units)])[0],
                                         sorted(set().union(*(unit.terms for unit in units))), asked_kinds(question))
    scores, rankings = fused(candidates, units)
    best = sorted(scores, key=lambda identifier: (-scores[identifier], identifier))[:k]
    rows = graph_search.passages_by_id(driver, tenant_id, patient_id, best)
    return [row | {"score": scores[row["chunk"]["id"]] * (RRF_K + 1) / rankings} for row in rows]


def fused(candidates: list[dict[str, Any]], units: list[Unit]) -> tuple[dict[str, float], int]:
    """Reciprocal-rank fusion of the similarity ranking, the word ranking (passages holding no unit are
    not in it), the asked-kind ranking (only passages holding such a fact) and the most-units ranking; with
    the number of rankings (meaning and words always; the others when they hold a passage)."""
    units = list({unit.forms: unit for unit in units}.values())  # "pressão arterial PA": one thing, named twice
    count = len(candidates)
    frequency: dict[str, int] = {}
    for row in candidates:
        for term in row["matched"]:
            frequency[term] = frequency.get(term, 0) + 1
    weight = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}
    held = {row["id"]: [unit.score(set(row["matched"]), weight) for unit in units] if row["matched"] else []
            for row in candidates}
    words = {identifier: sum(unit_scores) for identifier, unit_scores in held.items()}
    covered = {identifier: sum(score > 0 for score in unit_scores) for identifier, unit_scores in held.items()}
    most = max(covered.values(), default=0)
    by_meaning = sorted(candidates, key=lambda row: (-row["similarity"], row["id"]))
    by_words = [row for row in by_meaning if words[row["id"]] > 0]
    by_words.sort(key=lambda row: -words[row["id"]])  # stable: ties keep the order of meaning
    by_kind = [row for row in by_meaning if row["asked"]]
    by_most = [row for row in by_words if most > 1 and covered[row["id"]] == most]
    scores = {row["id"]: 0.0 for row in candidates}
    rankings = (by_meaning, by_words, by_kind, by_most)
    for ranking in rankings:
        for rank, row in enumerate(ranking, start=1):
            scores[row["id"]] += 1 / (RRF_K + rank)
    return scores, 2 + bool(by_kind) + bool(by_most)
