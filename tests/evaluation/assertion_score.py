"""Scores assertion (ConText) on the written test parts, tests/evaluation/assertion_test.tsv (A) and
assertion_test_b.tsv (B).

The mention is given (as in the i2b2 assertion task), so `status` measures assertion alone. For habit
targets the pipeline's own lifestyle fact on that mention must carry the habit's status
(never / former / current); a habit with no lifestyle fact found counts as wrong.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from nlp.entities import assertions, extract_entities

TEST_SET = Path(__file__).with_name("assertion_test.tsv")
TEST_SET_B = Path(__file__).with_name("assertion_test_b.tsv")
DEV_SET_B = Path(__file__).with_name("assertion_dev_b.tsv")  # development sentences, written without nlp/ in view


@dataclass(frozen=True)
class Item:
    id: str
    language: str
    category: str
    text: str
    target: str
    status: str
    habit_status: str

    @property
    def span(self) -> tuple[int, int]:
        start = self.text.lower().index(self.target.lower())
        return start, start + len(self.target)


@dataclass(frozen=True)
class Outcome:
    item: Item
    status: str
    habit_status: str | None


def items(path: Path = TEST_SET) -> list[Item]:
    with path.open(encoding="utf-8") as handle:
        return [Item(**{key: row[key] or "" for key in Item.__dataclass_fields__})
                for row in csv.DictReader(handle, delimiter="\t")]


def habit_status(item: Item) -> str | None:
    """The status of the lifestyle fact the pipeline finds on the item's mention, if any."""
    start, end = item.span
    for fact in extract_entities(item.text, item.language, 1):
        if fact.kind == "lifestyle" and fact.start < end and start < fact.end:
            if "habit_status" in fact.attributes:
                return str(fact.attributes["habit_status"])
            return {"negated": "never", "historical": "former", "present": "current"}.get(fact.assertion.status)
    return None


def evaluate(path: Path = TEST_SET) -> list[Outcome]:
    outcomes = []
    for item in items(path):
        status = assertions(item.text, item.language, [item.span])[0].status
        outcomes.append(Outcome(item, status, habit_status(item) if item.habit_status else None))
    return outcomes


def accuracy(outcomes: list[Outcome], language: str | None = None) -> float:
    chosen = [o for o in outcomes if language in (None, o.item.language)]
    return sum(o.status == o.item.status for o in chosen) / len(chosen)


def habit_accuracy(outcomes: list[Outcome]) -> float:
    habits = [o for o in outcomes if o.item.habit_status]
    return sum(o.habit_status == o.item.habit_status for o in habits) / len(habits)
