"""Entity recognition against annotated corpora: the Portuguese CBIS case reports (held to F1 ≥ 0.75
per type) and scispaCy's MedMentions fixture (reported only: research abstracts with broad UMLS types).

A prediction matches a gold mention of its type when the spans overlap (strict exact-span figures are
printed too: the Portuguese gold includes doses in drug spans, "Glibenclamida 5 mg", which we keep as
attributes). Predictions inside gold mentions of types we do not produce (REACAO, DIAGNOSTICO...) are
not counted. Each file is analysed as one document through the real pipeline (`nlp.pipeline.analyse`).
Caveat: the lexicon was written by people who had seen this Portuguese set; it is not a blind test.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

import pytest

from nlp.pipeline import analyse
from tests.support import CORPUS

CBIS = CORPUS / "gold_annotations" / "cbis_ner_spacy_pt"
MEDMENTIONS = CORPUS / "gold_annotations" / "scispacy_fixtures" / "med_mentions.txt"
CBIS_TYPES = {"condition": "DOENCA", "family_history": "DOENCA", "symptom": "SINTOMA", "vital": "SINTOMA",
              "medication": "MEDICAMENTO", "allergy": "MEDICAMENTO", "procedure": "PROCEDIMENTO"}
# MedMentions ST21pv: T038 Biologic Function (diseases, signs), T033 Finding, T103 Chemical, T058 Health Care Activity
MEDMENTIONS_TYPES = {"condition": "T038", "family_history": "T038", "symptom": "T038", "medication": "T103",
                     "allergy": "T103", "procedure": "T058"}
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")

Mention = tuple[int, int, str]


@dataclass(frozen=True)
class Annotated:
    text: str
    gold: list[Mention]


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    gold: int


def cbis_documents() -> list[Annotated]:
    documents = []
    for path in sorted(CBIS.glob("*.spacy_tuples.txt")):
        text, gold = "", []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentence, annotations = ast.literal_eval(line.strip().rstrip(","))
                gold += [(start + len(text), end + len(text), label) for start, end, label in annotations["entities"]]
                text += sentence + "\n"
        documents.append(Annotated(text, gold))
    return documents


def medmentions_documents() -> list[Annotated]:
    texts: dict[str, str] = {}
    gold: dict[str, list[Mention]] = {}
    for line in MEDMENTIONS.read_text(encoding="utf-8").splitlines():
        if "|t|" in line or "|a|" in line:
            pmid, _, body = line.split("|", 2)
            texts[pmid] = (texts[pmid] + " " if pmid in texts else "") + body
        elif line.strip():
            pmid, start, end, _, types, _ = line.split("\t")
            gold.setdefault(pmid, []).extend((int(start), int(end), kind) for kind in types.split(","))
    return [Annotated(texts[pmid], gold.get(pmid, [])) for pmid in texts]


def predicted(document: Annotated, types: dict[str, str]) -> list[Mention]:
    analysis = analyse([document.text], "clinical_note")
    return [(fact.start, fact.end, types[fact.kind]) for fact in analysis.facts if fact.kind in types]


def overlaps(a: Mention, b: Mention) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(documents: list[Annotated], predictions: list[list[Mention]], label: str, strict: bool,
          produced: set[str]) -> Score:
    same = (lambda a, b: a[:2] == b[:2]) if strict else overlaps
    tp = fn = fp = 0
    for document, found in zip(documents, predictions, strict=True):
        gold = [m for m in document.gold if m[2] == label]
        ignored = [m for m in document.gold if m[2] not in produced]
        mine = [m for m in found if m[2] == label and not any(overlaps(m, other) for other in ignored)]
        hits = sum(1 for g in gold if any(same(g, m) for m in mine))
        tp, fn = tp + hits, fn + len(gold) - hits
        fp += sum(1 for m in mine if not any(same(g, m) for g in gold))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return Score(precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
                 tp + fn)


def report(name: str, documents: list[Annotated], types: dict[str, str]) -> dict[str, Score]:
    predictions = [predicted(document, types) for document in documents]
    produced = set(types.values())
    print(f"\n{name}: {len(documents)} documents")
    scores = {}
    for label in sorted(produced):
        strict = score(documents, predictions, label, True, produced)
        scores[label] = lenient = score(documents, predictions, label, False, produced)
        print(f"  {label:<13} overlap P {lenient.precision:.2f} R {lenient.recall:.2f} F1 {lenient.f1:.2f}"
              f"   exact F1 {strict.f1:.2f}   gold {lenient.gold}")
    return scores


def test_portuguese_case_reports_f1_per_type() -> None:
    scores = report("CBIS Portuguese case reports", cbis_documents(), CBIS_TYPES)
    assert {label: s.f1 >= 0.75 for label, s in scores.items()} == dict.fromkeys(scores, True)


def test_medmentions_fixture_is_reported() -> None:
    scores = report("scispaCy MedMentions fixture", medmentions_documents(), MEDMENTIONS_TYPES)
    assert scores["T038"].gold > 0 and scores["T103"].gold > 0  # the fixture parsed into typed mentions
