"""Value columns that are not this report's results, blanked before the rows are read: the older dates
of a cumulative report ("Exame   14/03/2025   02/12/2024   18/08/2024   Unidade   Referência": the
results are the newest column's, the rest is history repeated for comparison) and a control or previous
result printed beside the patient's ("Test   Patient   Control   Units"). Cells are replaced by spaces,
so every offset into the page still holds."""

from __future__ import annotations

import re

from nlp.labs.dates import DATE, parse_date
from nlp.labs.layout import Line
from nlp.labs.numbers import NUMBER
from nlp.text import fold

_DATE = re.compile(rf"(?<![\d/.-]){DATE}(?![\d/.-])")
# A date after a label ("Coletado em: 11/09/2025   Emitido em: 12/09/2025") is the header's, not a column's.
_LABELLED = re.compile(r":\s*$")
# Column headings of a value column: the patient's own, and the others printed beside it.
_OWN = re.compile(r"(?<![a-z])(?:patient|paciente|result|resultado|value|valor|your value)(?![a-z])")
_OTHER = re.compile(r"(?<![a-z])(?:control|controle|normal control|previous(?: result)?|prior(?: result)?|"
                    r"last result|resultado anterior|anterior)(?![a-z])")
# A column's cell: a value with the mark a lab puts beside an abnormal one, or the "not done" dash.
_CELL = re.compile(rf"(?<![\w.,])(?:[<>]\s?)?(?:{NUMBER})(?:\s?(?:\*|↑|↓|[HL]\b))?(?![\w.,])|(?<!\S)(?:-{{2,}}|—|–)(?!\S)")


def own_column_only(page: str, page_lines: list[Line], language: str) -> str:
    """The page with the cells of every other value column blanked on the rows under such a header."""
    chars = list(page)
    columns, keep = 0, 0
    for line in page_lines:
        if not line.anchors:
            columns, keep = _header(page[line.start:line.end], language) or (columns, keep)
            continue
        if columns < 2:
            continue
        cells = list(_CELL.finditer(page, line.anchors[0].name_end, line.end))
        if len(cells) < columns:
            continue
        for position, cell in enumerate(cells[:columns]):
            if position != keep:
                chars[cell.start():cell.end()] = " " * (cell.end() - cell.start())
    return "".join(chars)


def _header(text: str, language: str) -> tuple[int, int] | None:
    """(value columns, the one that holds this report's results) when `text` heads such columns."""
    dates = [parsed for match in _DATE.finditer(text) if not _LABELLED.search(text[:match.start()])
             and (parsed := parse_date(match.group(1), language))]
    if len(dates) >= 2:
        return len(dates), dates.index(max(dates))
    folded = fold(text)
    own, others = _OWN.search(folded), list(_OTHER.finditer(folded))
    if own is None or not others:
        return None
    starts = sorted([own.start(), *(other.start() for other in others)])
    return len(starts), starts.index(own.start())
