"""Value columns that are not this report's results, blanked before the rows are read: the older dates
of a cumulative report ("Exame   14/03/2025   02/12/2024   18/08/2024   Unidade   Referência": the
results are the newest column's, the rest is history repeated for comparison) and a control or previous
result printed beside the patient's ("Test   Patient   Control   Units"), a blood gas at the patient's
temperature beside the one at 37 °C ("Parameter   Value   Temp corr.   Units"). A table header is read cell by
cell (cells are two or more spaces apart), so prose or a patient header with dates never starts this; the
next table header ends it. Cells are replaced by spaces, so every offset into the page still holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nlp.labs.dates import DATE, parse_date
from nlp.labs.layout import Line, heading
from nlp.labs.numbers import NUMBER
from nlp.labs.ranges import BETWEEN, LOWER, UPPER
from nlp.labs.reading import TEST_HEADING, TIME_LABEL
from nlp.text import fold

_GAP = re.compile(r"\s{2,}")
_DIGIT = re.compile(r"\d")
_DATE_CELL = re.compile(rf"(?<!\S){DATE}(?!\S)")  # a date standing alone (dates may be one space apart)
_NEAR = 4  # characters between a value's end and its date's, in a column of right-aligned numbers
# Column headings: the table's first (what was tested), the patient's own value, and the others beside it.
_TEST = re.compile(TEST_HEADING)
# A cumulative table's row of dates may head it alone ("Date   20-Nov-26   24-Oct-26   10-Oct-26")
_DATES_LABEL = re.compile(r"(?:dates?|datas?|collected|collection date|date collected|specimen date|"
                          r"data d[ae] coleta|dt\.? coleta|coleta)")
_OWN = re.compile(r"(?:patient|paciente|result|resultado|value|valor|your value|final result|this request|"
                  r"(?:alta|discharge|saida)(?:\s*\([^)]*\))?|(?:[^\s()]+\s)?\(?(?:atual|current|hoje|today)\)?)")
_DATED = re.compile(r"\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)?")
_OTHER = re.compile(r"(?:control|controle|normal control|controle do dia|controle normal|control value|mean normal|"
                    r"normal mean|pool normal|normal pool|"
                    r"previous(?: result)?|prior(?: result)?|last result|"
                    r"resultado anterior|anterior|(?:admissao|admission|entrada|internacao)(?:\s*\([^)]*\))?|"
                    r"(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec)[a-z]*\.?(?:/\d{2,4})?|"
                    r"temp(?:eratur[ae])?\.?\s*corr(?:ected|igid[oa]|\.)?(?:\s*\([^)]*\).*)?|corrigid[oa](?:\s*\([^)]*\).*)?|"
                    rf"{_DATED.pattern})")  # a dated column beside the result's: an earlier one
# A clock time heading a column under its date ("08:40", "1753": a flowsheet's or a cumulative report's second row)
_TIME_CELL = re.compile(r"(?<!\S)(?:[01]\d|2[0-3]):?[0-5]\d(?!\S)")
_BLANK_NAMES_COLUMN = 12  # a header indented this far leaves the names' column blank and heads the values
# A value cell: a number with the mark a lab puts beside an abnormal one, or the "not done" dash.
_VALUE = re.compile(rf"(?:[<>]\s?|[-−])?(?:{NUMBER})(?:\s?(?:\*{{1,2}}|!{{1,2}}|↑|↓|HH|LL|[HL]))?|-{{2,}}|—|–")
# Under an indented "Paciente   Controle" header the cells may carry their unit and a flag word ("33,4 segundos
# Alto   11,3 segundos"); a qualified number there ("< 500 ng/mL") is the reference column, not a value.
_VALUE_WITH_UNIT = re.compile(rf"[-−]?(?:{NUMBER})(?:\s[a-zµμ%/][^\s\d]*)?"
                              rf"(?:\s?(?:\*|↑|↓|HH|LL|[HL]|alto|baixo|high|low))?|-{{2,}}|—|–", re.IGNORECASE)
_QUALIFIED_VALUE_WITH_UNIT = re.compile(rf"(?:[<>]\s?)?(?:{_VALUE_WITH_UNIT.pattern})", re.IGNORECASE)  # a "Tempo" row's
_FLAG_CELL = re.compile(r"HH|LL|[HLAN*!↑↓]|High|Low|Alto|Baixo|Abnormal|Critical", re.IGNORECASE)
# What a row may print between its name and its value columns: a unit, a reference range.
_UNIT_FIRST = re.compile(r"(?P<unit>[^\d\s]\S*)(?:\s(?P<rest>.+))?")  # a unit, and a range in the same cell


def own_column_only(page: str, page_lines: list[Line], language: str) -> str:
    """The page with the cells of every other value column blanked on the rows under such a header."""
    chars = list(page)
    columns, keep, indented, ends = 0, 0, False, ()
    panels: tuple[_Panel, ...] = ()
    dates_above: list[tuple[tuple[date, ...], int]] = []
    rows = 0  # read under the current header
    for line in page_lines:
        label = None
        if not line.anchors:
            text = page[line.start:line.end]
            header = _timed_header(text, dates_above) or _header(text, language)
            dates_above = _dates_only(text)
            if header is not None:
                columns, keep, indented, ends = header
                panels = _panels(text) if columns == 0 else ()
                rows = 0
                continue
            if rows and _another_table(text):
                columns, panels = 0, ()
                continue
            if not indented or (label := TIME_LABEL.match(fold(page[line.start:line.end]))) is None:
                continue  # a time test's "Tempo   33,4 segundos   11,3 segundos" row is read under its heading
        if rows and line.anchors and _another_table(page[line.start:line.end]):
            columns, panels = 0, ()  # (its name a marker's too: "LEUCOGRAMA" is a leukocyte count's)
            continue
        rows += 1
        if panels:
            _blank_in_panels(page, chars, line, panels)
            continue
        if columns < 2:
            continue
        name_end = line.start + label.end() if label is not None else line.anchors[0].name_end
        # (under dates, a qualified value is one date's result: "eGFR   >90   >90   86   90", "CRP   2   3   <4")
        cells = _leading_values(page, name_end, line.end, _QUALIFIED_VALUE_WITH_UNIT if label is not None or ends
                                else _VALUE_WITH_UNIT if indented else _VALUE, bool(ends))
        if indented and not cells and label is None:
            columns = 0  # the next exam's heading: a control header heads its own block only
        if len(cells) < columns:
            cells = _under_dates(cells, line.start, ends)
            if cells is None:
                continue  # a value missing, and the columns' places unknown: which is which cannot be told
            if cells[keep] == (0, 0):  # nothing under the newest date: the row has no result, its reference none
                chars[name_end:line.end] = " " * (line.end - name_end)
                continue
        for position, (start, end) in enumerate(cells[:columns]):
            if position != keep:
                if ends and (number := _VALUE.match(page, start, end)) is not None:
                    end = number.end()  # the last date's value may carry the row's unit: "39,4 %"
                chars[start:end] = " " * (end - start)
    return "".join(chars)


def _another_table(text: str) -> bool:
    """A section's heading in capitals with headings and no values beside it: another table's own header
    ("LEUCOGRAMA   %   /mm³   Referência"), whose columns the one above does not set."""
    cells = _GAP.split(text.strip())
    return len(cells) > 1 and heading(cells[0]) and not any(_DIGIT.search(cell) for cell in cells[1:])


@dataclass(frozen=True)
class _Panel:
    """One of the tables a header sets side by side ("Exame  Resultado  Unidade    Exame  Resultado  Anterior  Unidade"):
    where its first heading starts on the line, its value columns and the one holding this report's results."""

    start: int
    columns: int
    keep: int


_HEADING_CELL = re.compile(r"\S+(?: \S+)*")


def _panels(text: str) -> tuple[_Panel, ...]:
    """The panels of a header that names what was tested more than once, when one of them has a column beside its
    result's; none otherwise (a header of one table is `_header`'s)."""
    cells = [(cell.start(), fold(cell.group())) for cell in _HEADING_CELL.finditer(text)]
    starts = [index for index, (_, cell) in enumerate(cells) if _TEST.fullmatch(cell)]
    if len(starts) < 2 or starts[0] != 0:
        return ()
    panels = []
    for first, last in zip(starts, [*starts[1:], len(cells)], strict=True):
        values = [cell for _, cell in cells[first + 1:last] if _OWN.fullmatch(cell) or _OTHER.fullmatch(cell)]
        own = [index for index, cell in enumerate(values) if _OWN.fullmatch(cell)]
        mixed = len(own) == 1 and len(values) >= 2
        panels.append(_Panel(cells[first][0], len(values) if mixed else 0, own[0] if mixed else 0))
    return tuple(panels) if any(panel.columns for panel in panels) else ()


def _blank_in_panels(page: str, chars: list[str], line: Line, panels: tuple[_Panel, ...]) -> None:
    """Each row's other value cells blanked in the panel its name stands in: the one whose heading starts nearest
    (a right panel's names may stand a little left of its heading, or far right of it when aligned right)."""
    for index, anchor in enumerate(line.anchors):
        column = anchor.start - line.start
        panel = min(panels, key=lambda panel: abs(panel.start - column))
        stop = line.anchors[index + 1].start if index + 1 < len(line.anchors) else line.end
        cells = _leading_values(page, anchor.name_end, stop, _VALUE)
        if panel.columns < 2 or len(cells) < panel.columns:
            continue  # no other column here, or a value missing: which is which cannot be told
        for position, (start, end) in enumerate(cells[:panel.columns]):
            if position != panel.keep:
                chars[start:end] = " " * (end - start)


def _dates_only(text: str) -> list[tuple[tuple[date, ...], int]]:
    """A line of dates alone over a blank names column, each with where it ends ("        12/09/23     05/12/23
    14/03/24"): the first row of a cumulative report's or a flowsheet's column headings. Each date as every reading
    of it gives it (day first, month first): which one the report means is told by the row as a whole."""
    if text.count("/") + text.count("-") + text.count(".") < 4:
        return []  # (two dates at least)
    found = list(_DATE_CELL.finditer(text))
    if len(found) < 2 or found[0].start() < _BLANK_NAMES_COLUMN or _DATE_CELL.sub("", text).strip():
        return []
    parsed = [(tuple(day for reading in ("pt", "en") if (day := parse_date(cell.group(), reading))), cell.end())
              for cell in found]
    return parsed if all(days for days, _ in parsed) else []


def _timed_header(text: str, dates_above: list[tuple[tuple[date, ...], int]]) -> tuple[int, int, bool, tuple[int, ...]] | None:
    """The header of columns headed by a date and, on the next line, a time ("HAEMATOLOGY   08:40   09:05   Units",
    "Component   Ref Range   Units   1753   2303"), when every reading of the dates makes the same column the
    newest ("10/03/24   02/04/24" may be March to April or October to February: then none is told)."""
    times = list(_TIME_CELL.finditer(text)) if dates_above else []
    if not times or len(times) != len(dates_above):
        return None
    newest = set()
    for reading in (0, -1):  # day first, month first (a date only one way read is read so both times)
        keys = [(days[reading], time.group().replace(":", "")) for (days, _), time in zip(dates_above, times, strict=True)]
        newest.add(keys.index(max(keys)))
    if len(newest) != 1:
        return None
    return len(times), newest.pop(), False, tuple(time.end() for time in times)


def _under_dates(cells: list[tuple[int, int]], line_start: int, ends: tuple[int, ...]) -> list[tuple[int, int]] | None:
    """A row with empty cells, its values set under the dates they stand under (a number and its date end
    together, within a few characters): in the header's order, with an empty span where nothing stands."""
    if not ends:
        return None
    placed: dict[int, tuple[int, int]] = {}
    for start, end in cells:
        column = min(range(len(ends)), key=lambda index: abs(end - line_start - ends[index]))
        if column in placed or abs(end - line_start - ends[column]) > _NEAR:
            return None
        placed[column] = (start, end)
    return [placed.get(index, (0, 0)) for index in range(len(ends))]


def _header(text: str, language: str) -> tuple[int, int, bool, tuple[int, ...]] | None:
    """(value columns, the one that holds this report's results, whether the header is indented over a blank
    names column, where each date column's heading ends) when `text` heads a table: (0, 0, False, ()) for a
    table with one value column; None when `text` is no table header."""
    cells = [part for cell in _GAP.split(text.strip()) if cell for part in _own_and_other(fold(cell))]
    indented = len(text) - len(text.lstrip(" \t")) >= _BLANK_NAMES_COLUMN  # "        Paciente   Controle"
    dated = _DATES_LABEL.fullmatch(cells[0]) if cells else None
    if len(cells) < 2 or not (_TEST.fullmatch(cells[0]) or dated or (indented and _OWN.fullmatch(cells[0]))):
        return None
    dated_cells = [(parsed, found.end()) for found in _DATE_CELL.finditer(fold(text))
                   if (parsed := parse_date(found.group(), language))]
    if len(dated_cells) >= 2 and (not dated or _DATE_CELL.sub(" ", fold(text)).split() == cells[0].split()):
        # (under a dates label, dates only: "Data de coleta  12/03/2024   Data de liberação  14/03/2024" is a header)
        dates = [parsed for parsed, _ in dated_cells]
        return len(dates), dates.index(max(dates)), False, tuple(end for _, end in dated_cells)
    if dated:
        return None  # a date in a patient's header, not a table's
    values = [cell for cell in cells if _OWN.fullmatch(cell) or _OTHER.fullmatch(cell)]
    own = [index for index, cell in enumerate(values) if _OWN.fullmatch(cell)]
    if len(own) == 1 and len(values) >= 2:
        return len(values), own[0], indented and not _TEST.fullmatch(cells[0]), ()
    return 0, 0, False, ()


def _own_and_other(cell: str) -> list[str]:
    """Two headings a single space apart read as one cell ("Patient Mean Normal"): both."""
    if _OWN.fullmatch(cell) or _OTHER.fullmatch(cell):
        return [cell]
    parts = cell.split(" ", 1)  # (a date one space after "Result" is the result's own: "Result (03/14/2025)")
    if len(parts) == 2 and _OWN.fullmatch(parts[0]) and _OTHER.fullmatch(parts[1]) and not _DATED.fullmatch(parts[1]):
        return parts
    return [cell]


def _bound(text: str) -> bool:
    return bool(UPPER.fullmatch(text) or LOWER.fullmatch(text))


def _before_values(text: str) -> bool:
    """A unit, a reference range, or both in one cell ("mL/min/1.73m2 Greater than 60")."""
    if BETWEEN.fullmatch(text) or _bound(text):
        return True
    unit = _UNIT_FIRST.fullmatch(text)
    return unit is not None and (unit["rest"] is None or bool(BETWEEN.fullmatch(unit["rest"]) or _bound(unit["rest"])))


def _leading_values(page: str, start: int, end: int, value: re.Pattern[str], dated: bool = False) -> list[tuple[int, int]]:
    """The value cells after a row's name, up to its first other cell; a unit and a reference range printed
    before the values ("WBC   K/uL   4.00-11.00   0.60 L   0.72 L") are passed over."""
    cells: list[tuple[int, int]] = []
    unit_first = False
    for gap in _GAP.finditer(page, start, end):
        following = _GAP.search(page, gap.end(), end)
        cell_end = following.start() if following else end
        text = page[gap.end():cell_end]
        if not cells and unit_first and _bound(text):
            continue  # "mg/L   < 5.0   59.4 H": after a unit column, a bound is the reference column, not a value
        if dated and not cells and _bound(text) and following is not None and not value.fullmatch(
                page, following.end(), (after.start() if (after := _GAP.search(page, following.end(), end)) else end)):
            unit_first = True  # under dates, "<34   ng/L   70 H   59 H": a bound before a unit is the reference
            continue
        if value.fullmatch(text):
            cells.append((gap.end(), cell_end))
        elif cells and _FLAG_CELL.fullmatch(text):
            continue  # a Flag column between the patient's and the control's ("29.4  H  12.3")
        elif cells or not _before_values(text):
            break
        else:
            unit_first = True
    return cells
