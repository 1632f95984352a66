"""Assertion (ConText) against an evaluation set labelled by hand from the corpus notes.

tests/data/assertion_eval.tsv points into ../shared/corpus (file, record, character span) and gives
the status a reader assigns to that mention: present, negated, historical, hypothetical, family or
uncertain (`Assertion.status` precedence: negated > family > hypothetical > uncertain > historical).
The mentions are given, as in the i2b2 assertion task, so this measures assertion alone. Prints
per-language accuracy and per-status precision/recall; holds accuracy ≥ 0.90 and negation F1 ≥ 0.90.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest

from nlp.entities import assertions
from tests.assertion_corpus import record_text
from tests.support import CORPUS, ROOT

EVAL_SET = ROOT / "tests" / "data" / "assertion_eval.tsv"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


@dataclass(frozen=True)
class Item:
    source: str
    record: str
    language: str
    start: int
    end: int
    target: str
    expected: str


def items() -> list[Item]:
    with EVAL_SET.open(encoding="utf-8") as handle:
        return [Item(row["source"], row["record"], row["language"], int(row["start"]), int(row["end"]),
                     row["target"], row["status"]) for row in csv.DictReader(handle, delimiter="\t")]


def predictions(labelled: list[Item]) -> list[str]:
    """One ConText run per corpus record, over the whole record as the pipeline would see it."""
    by_record: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(labelled):
        by_record[(item.source, item.record)].append(index)
    predicted = [""] * len(labelled)
    for (source, record), indices in by_record.items():
        text = record_text(source, record)
        for index in indices:
            item = labelled[index]
            assert text[item.start:item.end] == item.target, f"{source} {record} moved: {item.target!r}"
        found = assertions(text, labelled[indices[0]].language, [(labelled[i].start, labelled[i].end) for i in indices])
        for index, assertion in zip(indices, found):
            predicted[index] = assertion.status
    return predicted


def f1(pairs: list[tuple[str, str]], status: str) -> tuple[float, float, float]:
    tp = sum(1 for e, p in pairs if e == p == status)
    fp = sum(1 for e, p in pairs if p == status != e)
    fn = sum(1 for e, p in pairs if e == status != p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_assertion_accuracy_and_negation_f1() -> None:
    labelled = items()
    predicted = predictions(labelled)
    pairs = [(item.expected, p) for item, p in zip(labelled, predicted)]
    print(f"\n{len(labelled)} mentions, statuses {dict(Counter(item.expected for item in labelled))}")
    for language in ("en", "pt"):
        subset = [(e, p) for item, (e, p) in zip(labelled, pairs) if item.language == language]
        print(f"  {language}: accuracy {sum(e == p for e, p in subset) / len(subset):.3f} on {len(subset)}")
    for status in ("present", "negated", "historical", "hypothetical", "family", "uncertain"):
        precision, recall, score = f1(pairs, status)
        print(f"  {status:<12} P {precision:.2f}  R {recall:.2f}  F1 {score:.2f}")
    for item, p in zip(labelled, predicted):
        if p != item.expected:
            print(f"  miss {item.source.split('/')[-1]} {item.record}: {item.target!r} {item.expected} → {p}")
    accuracy = sum(e == p for e, p in pairs) / len(pairs)
    assert len({(item.source, item.record) for item in labelled}) >= 20 and len(labelled) >= 150
    assert accuracy >= 0.90
    assert f1(pairs, "negated")[2] >= 0.90
