"""Clinical accuracy, development parts beside the test parts: `python -m bench.accuracy`.

Every test part was written by an author who never read `nlp/`, before the rules it measures, from layouts
and wording unlike the development parts. Test part A (tests/evaluation/*_test.*) has since been looked at
while fixing classes of error, so it is development material too; test part B (*_test_b.*) has never been
read for assertion and search, and its lab part has been read since the fifth session's round (its failures fixed as
classes). Lab test part C (labs_test_c.py) was written before the rounds of fixes made on development parts C to G
and has been measured after each, never read. Lab test parts D and E (labs_test_d.py, labs_test_e.py) were written
blind, measured first (D 0.766 recall, 0.903 precision; E 0.642, 0.849) and then read as development (D in the sixth
session's round, E in its second half); lab test part F (labs_test_f.py, twelve more families by a fifteenth author)
was written blind during that round, measured before it (0.631, 0.947) and after it, and read as development in the
seventh session; lab test part G (labs_test_g.py, twelve more families by a sixteenth author) was written blind before
that session's round, measured before it (0.767, 0.875) and after it, and read as development in the eighth; lab test
part H (labs_test_h.py, twelve more families by a seventeenth author) was written blind at the start of that round,
measured before it (0.874, 0.802) and after it, never read: with C, its lab numbers are the ones that count. Rows:
lab values (recall, precision, unit and flag agreement, critical flags given to non-critical values), assertion,
habit status, medications and search recall@3 per language.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from tests import test_assertion_eval as assertion_eval
from tests.evaluation import (assertion_score, lab_score, labs_dev, labs_dev_b, labs_dev_c, labs_dev_d, labs_dev_e,
                              labs_dev_f, labs_dev_g, labs_dev_h, labs_dev_i, labs_dev_j, labs_dev_k, labs_dev_l, labs_test,
                              labs_test_b, labs_test_c, labs_test_d, labs_test_e, labs_test_f, labs_test_g,
                              labs_test_h, medication_score,
                              medications_test, search_dev, search_dev_b, search_score, search_test, search_test_b,
                              search_test_c)
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
    test_a: float | None
    test_b: float | None
    detail: str
    test_c: float | None = None
    test_d: float | None = None  # lab rows only
    test_e: float | None = None
    test_f: float | None = None
    test_g: float | None = None
    test_h: float | None = None


def lab_rows() -> list[Row]:
    a, b, c, d, e, f, g, h = (lab_score.evaluate(module)["all"] for module in (
        labs_test, labs_test_b, labs_test_c, labs_test_d, labs_test_e, labs_test_f, labs_test_g, labs_test_h))
    dev = lab_score.evaluate(labs_dev)["all"]
    for module in (labs_dev_b, labs_dev_c, labs_dev_d, labs_dev_e, labs_dev_f, labs_dev_g, labs_dev_h, labs_dev_i,
                   labs_dev_j, labs_dev_k, labs_dev_l):  # 6 + 11 × 12 families
        dev.add(lab_score.evaluate(module)["all"])
    parts = (dev, a, b, c, d, e, f, g, h)
    counts = (f"{' / '.join(str(part.expected) for part in parts)} printed results; "
              f"{' / '.join(str(part.slips) for part in parts)} with the author's code mistyped (check digit)")
    found = f"{' / '.join(str(part.found) for part in parts)} found"
    recoded = f"{' / '.join(str(part.recoded) for part in parts)} read right, coded otherwise than the author"

    def row(metric: str, value: str, detail: str) -> Row:
        dev_value, a_value, b_value, *others = (getattr(part, value) for part in parts)
        return Row(metric, dev_value, a_value, b_value, detail, *others)

    return [row("lab value recall", "recall", counts), row("lab value precision", "precision", found),
            row("lab value recall, any code (diagnostic)", "recall_any_code", recoded),
            row("lab unit exact (of found)", "unit_rate", ""), row("lab flag exact (of found)", "flag_rate", ""),
            row("critical flags on non-critical values", "false_critical", "count")]


def assertion_rows() -> list[Row]:
    a, b = assertion_score.evaluate(), assertion_score.evaluate(assertion_score.TEST_SET_B)
    development = None
    if CORPUS.is_dir():  # the development set points into ../shared/corpus
        labelled = assertion_eval.items()
        predicted = assertion_eval.predictions(labelled)
        development = sum(item.expected == p for item, p in zip(labelled, predicted, strict=True)) / len(labelled)
    dev_b = assertion_score.evaluate(assertion_score.DEV_SET_B)
    return [Row("assertion accuracy", development, assertion_score.accuracy(a), assertion_score.accuracy(b),
                f"{len(a)} / {len(b)} test sentences; development: corpus notes (tests/data/assertion_eval.tsv)"),
            Row("assertion accuracy, development sentences", assertion_score.accuracy(dev_b), None, None,
                f"{len(dev_b)} sentences (tests/evaluation/assertion_dev_b.tsv)"),
            *(Row(f"assertion accuracy ({language})", None, assertion_score.accuracy(a, language),
                  assertion_score.accuracy(b, language), "") for language in ("en", "pt")),
            Row("habit status (never/former/current)", None, assertion_score.habit_accuracy(a),
                assertion_score.habit_accuracy(b), "")]


def medication_rows() -> list[Row]:
    score = medication_score.evaluate(medications_test)
    return [Row("medication precision", None, score.precision, None,
                f"{score.right}/{score.found} found right; {score.classes} drug-class mentions apart"),
            Row("medication recall", None, score.recall, None, f"{score.recalled}/{score.gold} gold")]


def search_rows() -> list[Row]:
    with search_score.scratch_graph() as driver:
        dev, dev_b, a, b, c = (search_score.evaluate(driver, module)
                               for module in (search_dev, search_dev_b, search_test, search_test_b, search_test_c))
    rows = []
    for language in ("pt", "en"):
        development = search_score.SearchScore(dev[language].hits + dev_b[language].hits,
                                               dev[language].total + dev_b[language].total)
        rows.append(Row(f"search recall@3 ({language})", development.recall, a[language].recall, b[language].recall,
                        f"{development.total} / {a[language].total} / {b[language].total} / {c[language].total} "
                        "questions", c[language].recall))
    return rows


def main() -> None:
    console = Console(width=260)  # (the table's eleven columns, not the terminal's width)
    rows: list[Row] = []
    for what, part in (("lab reports (extraction and OCR of 594 reports)", lab_rows), ("assertion", assertion_rows),
                       ("medications", medication_rows), ("search (an embedded graph of five patients)", search_rows)):
        with console.status(f"Measuring {what}…"):
            rows += part()
        console.log(f"{what}: done")
    table = Table(title="Clinical accuracy: development | test A (blind, seen since) | test B (blind, measured after "
                        "each round; its lab part read since the fifth session) | test C (blind, never read) | "
                        "lab tests D to G (blind, read since the sixth to eighth sessions) | lab test H (blind, never "
                        "read)")
    for column in ("metric", "development", "test A", "test B", "test C", "test D", "test E", "test F", "test G",
                   "test H", "target", "detail"):
        table.add_column(column, justify="left" if column in ("metric", "detail") else "right")
    for row in rows:
        target = TARGETS.get(row.metric)
        parts = (row.development, row.test_a, row.test_b, row.test_c, row.test_d, row.test_e, row.test_f, row.test_g,
                 row.test_h)
        table.add_row(row.metric, *map(_shown, parts), _shown(target), row.detail)
    console.print(table)


def _shown(value: float | None) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


if __name__ == "__main__":
    main()
