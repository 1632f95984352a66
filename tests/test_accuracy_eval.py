"""The accuracy evaluations' numbers, held: development and test parts (tests/evaluation/).

The thresholds are what the reader reaches today, not the targets it is measured against (those are
in bench.accuracy's table, with both parts side by side): a change that loses accuracy fails here.
Every test part was written blind, before the rules it measures. Test part A has since been looked at
while fixing classes of error, and so have lab test parts B and D to G since 2026-11-28; lab test parts C (written
2026-11-27) and H (2026-11-28) have not: their failures are never printed, only their numbers.
"""

from __future__ import annotations

import pytest

from graph.driver import GraphDriver
from nlp.labs.parser import parse_lab_report
from tests.evaluation import (assertion_score, lab_score, labs_dev, labs_dev_b, labs_dev_c, labs_dev_d, labs_dev_e,
                              labs_dev_f, labs_dev_g, labs_dev_h, labs_dev_i, labs_dev_j, labs_dev_k, labs_dev_l, labs_test,
                              labs_test_b, labs_test_c, labs_test_d, labs_test_e, labs_test_f, labs_test_g,
                              labs_test_h, medication_score,
                              medications_test, search_dev, search_dev_b, search_score, search_test, search_test_b,
                              search_test_c)
from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport


@pytest.mark.parametrize(("module", "recall", "precision", "unit", "flag", "critical"), [
    (labs_dev, 0.99, 0.99, 0.99, 0.99, 0),
    (labs_dev_b, 0.98, 0.98, 0.99, 0.99, 0),
    (labs_dev_c, 0.97, 0.98, 0.98, 0.98, 0),
    # Development parts D and E print prothrombin times of 29.4 s (D), 33.4 and 27.4 s (E) as merely high; Kost's list
    # (nlp/data/critical_limits.toml) makes them critical beyond 27 s: the HHs these parts call false.
    (labs_dev_d, 0.96, 0.98, 0.97, 0.98, 1),
    (labs_dev_e, 0.91, 0.94, 0.97, 0.97, 2),
    # F and G, written blind by two more authors; G's one is again a prothrombin time (32.8 s) beyond Kost's 27 s
    (labs_dev_f, 0.93, 0.94, 0.94, 0.97, 0),
    (labs_dev_g, 0.94, 0.93, 0.98, 0.97, 1),
    (labs_dev_h, 0.94, 0.94, 0.99, 0.99, 0),  # a fifth author, written after this session's rounds
    # I, J, K: three more authors (I Brazilian/Portuguese/AU/NZ/Canadian/Asian labs, J African/Asian/UK/US labs, K lab
    # values inside other clinical documents); K's three are a dialysis unit's creatinines beyond Kost's 7.4 mg/dL that
    # its author calls merely high
    (labs_dev_i, 0.96, 0.96, 0.99, 0.98, 0),
    (labs_dev_j, 0.95, 0.97, 0.98, 0.98, 0),
    (labs_dev_k, 0.95, 0.95, 0.98, 0.98, 3),
    # L: a twelfth author, range-bar cards, gas analysers and Portuguese scans (0.714/0.825 before its first fixes)
    (labs_dev_l, 0.92, 0.94, 0.98, 0.97, 0),
    (labs_test, 0.97, 0.99, 0.99, 0.99, 0),
    (labs_test_b, 0.98, 0.98, 0.99, 0.99, 0),
    (labs_test_c, 0.96, 0.96, 0.98, 0.98, 0),
    # D and E: twelve more families each by a thirteenth and a fourteenth author, read since the sixth session's round
    # (D 0.766/0.903 and E 0.642/0.849 when first measured)
    (labs_test_d, 0.98, 0.98, 0.97, 0.98, 0),
    (labs_test_e, 0.77, 0.93, 0.97, 0.97, 0),
    # F: twelve more families by a fifteenth author, written during that round (0.631/0.947 before it), read in the
    # seventh session's round
    (labs_test_f, 0.95, 0.98, 0.99, 0.99, 0),
    # G: twelve more families by a sixteenth author, written before the seventh session's round (0.767/0.875 before it),
    # read in the eighth's
    (labs_test_g, 0.90, 0.96, 0.97, 0.98, 0),
    # H: twelve more families by a seventeenth author, written at the start of the eighth session's round, never read
    # (0.874/0.802 before it); its two critical flags are as measured, unread
    (labs_test_h, 0.90, 0.80, 0.87, 0.98, 2),
])
def test_lab_values_units_and_flags(module, recall: float, precision: float, unit: float, flag: float,  # noqa: ANN001
                                    critical: int, capsys: pytest.CaptureFixture[str]) -> None:
    scores = lab_score.evaluate(module)
    with capsys.disabled():
        for family, score in sorted(scores.items()):
            print(f"\n  {family:26} recall {score.recall:.3f} precision {score.precision:.3f} "
                  f"unit {score.unit_rate:.3f} flag {score.flag_rate:.3f} false critical {score.false_critical}",
                  end="")
    every = scores["all"]
    blind = module in (labs_test_c, labs_test_h)  # never read: a failure says how much, not what
    assert every.recall >= recall and every.precision >= precision, \
        (every.recall, every.precision) if blind else (every.misses, every.wrong)
    assert every.unit_rate >= unit and every.flag_rate >= flag
    assert every.false_critical == critical, "a value that is not critical was flagged LL/HH"


def test_a_value_read_under_another_code_is_wrong_and_counted_apart() -> None:
    report = GeneratedReport(name="recoded-01", family="recoded", language="en", mime_type="application/pdf",
                             content=b"", sex=None, collected_on=None, expected=[
                                 ExpectedResult("2028-9", "Bicarbonate", 25.0, "mmol/L", 22.0, 29.0, "N"),
                                 ExpectedResult("3016-3", "TSH", 2.1, "uIU/mL", 0.4, 4.0, "N"),
                                 ExpectedResult("2345-7", "Glucose", 91.0, "mg/dL", 70.0, 99.0, "N")])
    found = parse_lab_report(["Bicarbonate   25 mmol/L   22-29\nTSH   2.1 uIU/mL  0.4-4.0\nGlucose  92 mg/dL"]).results
    score = lab_score.score_report(report, found)
    assert (score.matched, len(score.wrong), score.recoded) == (1, 2, 1)  # the glucose's value differs: not recoded
    assert score.recall == pytest.approx(1 / 3) and score.recall_any_code == pytest.approx(2 / 3)


def test_an_authors_code_with_a_wrong_check_digit_is_the_code_it_mistyped() -> None:
    """"3024-0" names no LOINC term: free T4 is 3024-7, and a reading under it is right. A code that passes its check
    digit is never changed (3024-7 is not 3024-0's), nor one LOINC issued with a wrong digit (6580-7)."""
    report = GeneratedReport(name="slip-01", family="slip", language="en", mime_type="application/pdf",
                             content=b"", sex=None, collected_on=None, expected=[
                                 ExpectedResult("3024-0", "Free T4", 1.35, "ng/dL", 0.8, 1.8, "N"),
                                 ExpectedResult("3173-5", "aPTT", 31.0, "s", 25.0, 35.0, "N")])
    found = parse_lab_report(["Free T4    1.35 ng/dL   0.80-1.80\naPTT   31.0 s   25.0-35.0"]).results
    score = lab_score.score_report(report, found)
    assert [result.loinc for result in found] == ["3024-7", "3173-2"]
    assert (score.matched, score.wrong, score.slips) == (2, [], 2)
    assert not lab_score.same_analyte("3024-7", "3024-0") and lab_score.same_analyte("6580-7", "6580-7")
    assert not lab_score.same_analyte("6580-7", "6580-5")


@pytest.mark.parametrize(("path", "floor", "habit"), [
    (assertion_score.DEV_SET_B, {"pt": 0.97, "en": 0.97}, 0.93),
    (assertion_score.TEST_SET, {"pt": 0.97, "en": 0.97}, 0.95),
    (assertion_score.TEST_SET_B, {"pt": 0.93, "en": 0.94}, 0.90),
])
def test_assertion_on_sentences_written_for_the_test(path, floor: dict[str, float], habit: float) -> None:  # noqa: ANN001
    outcomes = assertion_score.evaluate(path)
    assert len(outcomes) >= 250
    assert {language: assertion_score.accuracy(outcomes, language) >= floor[language] for language in floor} == \
        {language: True for language in floor}, {language: assertion_score.accuracy(outcomes, language)
                                                 for language in floor}
    assert assertion_score.habit_accuracy(outcomes) >= habit


def test_medications_found_in_every_kind_of_document() -> None:
    score = medication_score.evaluate(medications_test)
    assert score.precision >= 0.94, score.wrong
    assert score.recall >= 0.93, score.missed


# Search moves by a question or two between runs (bfloat16 embeddings on however many threads the run has):
# the floors are today's figures less three questions.
@pytest.mark.parametrize(("module", "floor"), [(search_dev, {"pt": 0.77, "en": 0.81}),
                                              (search_dev_b, {"pt": 0.67, "en": 0.57}),
                                              (search_test, {"pt": 0.72, "en": 0.71}),
                                              (search_test_b, {"pt": 0.56, "en": 0.68}),
                                              (search_test_c, {"pt": 0.46, "en": 0.58})])
def test_search_recall_at_3_in_each_language(graph: GraphDriver, module,  # noqa: ANN001
                                             floor: dict[str, float]) -> None:
    scores = search_score.evaluate(graph, module)
    assert {language: scores[language].recall >= floor[language] for language in floor} == \
        {language: True for language in floor}, {language: scores[language].recall for language in floor}
