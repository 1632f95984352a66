"""Accuracy evaluations: generated and hand-written sets, split into a development part and a test part.

The test parts (`*_test.py`, `*_test.tsv`) were written before the rules they measure were changed,
by an author who did not read `nlp/`, from layouts and wording unlike the development parts; rules are
never tuned on their failures.
"""
