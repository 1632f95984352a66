"""Clinical accuracy, development part beside test part: `python -m bench.accuracy`.

The test parts (tests/evaluation/*_test.*) were written by authors who never read `nlp/`, before the
rules were changed, from layouts and wording unlike the development parts; the number that counts is
the test part's. Rows: lab values (recall, precision, unit and flag agreement, critical flags given
to non-critical values), assertion, habit status, medications and search recall@3 per language.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from tests import test_assertion_eval as assertion_eval
from tests.evaluation import (assertion_score, lab_score, labs_dev, labs_test, medication_score, medications_test,
                              search_dev, search_score, search_test)
from tests.support import CORPUS

# The targets on the test part ("Clinical truth on documents nobody here wrote").
TARGETS = {
    "lab value recall": 0.98, "lab value precision": 0.995, "lab unit exact (of found)": 0.99,
    "lab flag exact (of found)": 0.99, "critical flags on non-critical values": 0,
    "assertion accuracy": 0.92, "medication precision": 0.95, "search recall@3 (pt)": 0.90,
    "search recall@3 (en)": 0.90,
}


@dataclass(frozen=True)
class Row:
    metric: str
    development: float | None
    test: float | None
    detail: str


def lab_rows() -> list[Row]:
    dev, test = lab_score.evaluate(labs_dev)["all"], lab_score.evaluate(labs_test)["all"]
    counts = f"{dev.expected} / {test.expected} printed results"
    return [Row("lab value recall", dev.recall, test.recall, counts),
            Row("lab value precision", dev.precision, test.precision, f"{dev.found} / {test.found} found"),
            Row("lab unit exact (of found)", dev.unit_rate, test.unit_rate, ""),
            Row("lab flag exact (of found)", dev.flag_rate, test.flag_rate, ""),
            Row("critical flags on non-critical values", dev.false_critical, test.false_critical, "count")]


def assertion_rows() -> list[Row]:
    outcomes = assertion_score.evaluate()
    development = None
    if CORPUS.is_dir():  # the development set points into ../shared/corpus
        labelled = assertion_eval.items()
        predicted = assertion_eval.predictions(labelled)
        development = sum(item.expected == p for item, p in zip(labelled, predicted, strict=True)) / len(labelled)
    return [Row("assertion accuracy", development, assertion_score.accuracy(outcomes),
                f"{len(outcomes)} test sentences; development: corpus notes (tests/data/assertion_eval.tsv)"),
            Row("assertion accuracy (en / pt)", None, None,
                f"{assertion_score.accuracy(outcomes, 'en'):.3f} / {assertion_score.accuracy(outcomes, 'pt'):.3f}"),
            Row("habit status (never/former/current)", None, assertion_score.habit_accuracy(outcomes), "")]


def medication_rows() -> list[Row]:
    score = medication_score.evaluate(medications_test)
    return [Row("medication precision", None, score.precision,
                f"{score.right}/{score.found} found right; {score.classes} drug-class mentions apart"),
            Row("medication recall", None, score.recall, f"{score.recalled}/{score.gold} gold")]


def search_rows() -> list[Row]:
    with search_score.scratch_graph() as driver:
        dev, test = search_score.evaluate(driver, search_dev), search_score.evaluate(driver, search_test)
    return [Row(f"search recall@3 ({language})", dev[language].recall, test[language].recall,
                f"{dev[language].total} / {test[language].total} questions") for language in ("pt", "en")]


def main() -> None:
    console = Console()
    rows: list[Row] = []
    for what, part in (("lab reports (extraction and OCR of 61 reports)", lab_rows), ("assertion", assertion_rows),
                       ("medications", medication_rows), ("search (an embedded graph of two patients)", search_rows)):
        with console.status(f"Measuring {what}…"):
            rows += part()
        console.log(f"{what}: done")
    table = Table(title="Clinical accuracy: development part | test part (the one that counts)")
    for column in ("metric", "development", "test", "target", "detail"):
        table.add_column(column, justify="left" if column in ("metric", "detail") else "right")
    for row in rows:
        target = TARGETS.get(row.metric)
        table.add_row(row.metric, _shown(row.development), _shown(row.test), _shown(target), row.detail)
    console.print(table)


def _shown(value: float | None) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


if __name__ == "__main__":
    main()
