"""A delimited export printed as text — a CSV opened in an editor and printed ("PatientID,Sex,DOB,…,Test,Result,Units,
RefRange,Flag,Status"): its rows made into columns in place, so the reader finds each test's name starting a column
and its result, unit, range and flag after it. The fields before the test's (patient, accession, date, panel) are
blanked, the delimiters after it become bars (a column's edge) and the quotes around a field with the delimiter in
it spaces; every replacement keeps the page's length, so offsets still point at the printed text."""

from __future__ import annotations

import re

from nlp.text import fold

_DELIMITERS = (",", ";", "\t")
_MIN_FIELDS = 4
# The header's fields that name the test and its result (accent-folded, lower case)
_TEST = re.compile(r"(?:test(?: name)?|exame|analito|analyte|component|descri(?:ption|cao)|nome do exame|parametro)")
_RESULT = re.compile(r"(?:results?|resultado|value|valor|result value)")
_EARLIER = re.compile(r"\b(?:previous|prior|last|anterior|anteriores)\b")  # "Previous Result", "Previous Date"
# A page worth looking at: a delimiter before a result's heading
_HEADER_HINT = re.compile(r"[,;\t]\s*\"?(?:results?|resultado|value|valor)\b", re.IGNORECASE)  # (as printed)


def as_columns(page: str) -> str:
    """The page with each delimited table's rows laid out as columns (unchanged when it has none)."""
    if not _HEADER_HINT.search(page):
        return page
    chars = list(page)
    table: tuple[str, int, int, tuple[int, ...]] | None = None  # (delimiter, test field, fields, earlier fields)
    offset = 0
    for line in page.split("\n"):
        if table is not None:
            delimiter, test, count, earlier = table
            positions = _delimiters(line, delimiter)
            if len(positions) + 1 != count:
                table = None  # the table ended
            else:
                _lay_out(chars, offset, line, positions, test, earlier)
        if table is None:
            table = _header(line)
        offset += len(line) + 1
    return "".join(chars)


def _header(line: str) -> tuple[str, int, int, tuple[int, ...]] | None:
    """(delimiter, index of the test's field, number of fields, the fields of an earlier result) when `line` heads
    a delimited table."""
    for delimiter in _DELIMITERS:
        positions = _delimiters(line, delimiter)
        if len(positions) + 1 < _MIN_FIELDS:
            continue
        fields = [fold(line[start:end].strip().strip('"')) for start, end in _spans(line, positions)]
        tests = [index for index, field in enumerate(fields) if _TEST.fullmatch(field)]
        results = [index for index, field in enumerate(fields) if _RESULT.fullmatch(field)]
        if tests and results and tests[0] < results[0]:
            earlier = tuple(index for index, field in enumerate(fields) if _EARLIER.search(field))
            return delimiter, tests[0], len(fields), earlier
    return None


def _delimiters(line: str, delimiter: str) -> list[int]:
    """Where the delimiter separates fields (not inside quotes)."""
    positions, quoted = [], False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            positions.append(index)
    return positions


def _spans(line: str, positions: list[int]) -> list[tuple[int, int]]:
    """Each field's (start, end) in the line, between its delimiters."""
    edges = [-1, *positions, len(line)]
    return [(start + 1, end) for start, end in zip(edges, edges[1:], strict=False)]


def _lay_out(chars: list[str], offset: int, line: str, positions: list[int], test: int,
            earlier: tuple[int, ...]) -> None:
    """A data row in place: the fields before the test's and an earlier result's blanked, the delimiters from the
    test's on made bars."""
    start = positions[test - 1] if test else -1
    chars[offset:offset + start + 1] = " " * (start + 1)
    spans = _spans(line, positions)
    for field in earlier:
        begin, stop = spans[field]
        chars[offset + begin:offset + stop] = " " * (stop - begin)
    if start >= 0:
        chars[offset + start] = "|"
    for position in positions[test:]:
        chars[offset + position] = "|"
    for index in range(start + 1, len(line)):
        if line[index] == '"':
            chars[offset + index] = " "
