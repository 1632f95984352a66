"""A cumulative grid: the tests across (their names, perhaps over two or three lines, then a row of units and one of
reference ranges) and one row per collection date down ("EVOLUÇÃO ANALÍTICA", a cumulative report). The newest date's
row is the report's result, whichever end of the grid it is printed at; the earlier rows are history, as a previous
result's column is. Its cells are read in order: a row's values, each perhaps with its flag, one per test (a dash where
a test was not done that day); a row that does not give one per test is not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.catalog import Marker, catalog
from nlp.labs.cells import read_cell
from nlp.labs.dates import DATE, parse_date
from nlp.labs.layout import Line
from nlp.labs.ranges import parse_range
from nlp.labs.reading import Found
from nlp.labs.units import Unit, parse_unit

_DATE_ROW = re.compile(rf"[ \t]*{DATE}(?:[ \t]+(?P<time>\d{{1,2}}:\d{{2}})(?::\d{{2}})?)?(?=[ \t])")
# A row's cell: a value (with its comparator) or a dash for a test not done, then perhaps its flag
_VALUE_CELL = re.compile(r"(?<!\S)(?:(?:[<>≤≥][ \t]?)?\d+(?:[.,]\d+)?|[—–-]{1,2}|n\.?d\.?)"
                         r"(?:[ \t]?(?:↑↑|↓↓|↑|↓|\*{1,2}|HH|LL|H|L|A)(?!\S))?(?!\S)")
_EMPTY = re.compile(r"[—–-]{1,2}|n\.?d\.?")
_RANGE_CELL = re.compile(r"\[([^\]]*)\]|\S+(?: \S+)*")  # "[12,0 - 15,0]", or cells two spaces apart
_UNIT_CELL = re.compile(r"\S+(?: \S+)*")
_DATE_HEADING = re.compile(r"(?i)\s*(?:data(?: d[ae])?(?: colheita| coleta)?|date(?: collected)?|collected|colheita|"
                           r"coleta)(?:\s*/\s*(?:time|hora))?\b")  # "Date/Time", "Data/Hora"
_ASIDE = re.compile(r"\s*\(([^()]*)\)")  # a name's unit in brackets: "Glucose (mg/dL)"
_MAX_NAME_LINES = 4  # the names' line and the lines that go on with them, before the units


@dataclass(frozen=True)
class Column:
    marker: Marker
    printed_name: str
    name_start: int  # on the page
    found: Found


@dataclass(frozen=True)
class Grid:
    first: int  # the names' line (an index into the page's lines)
    last: int  # its last date row
    columns: list[Column]


def cumulative_grid(page: str, folded: str, lines: list[Line], index: int, decimal: str,
                    language: str) -> Grid | None:
    """The grid whose names are on line `index`, read at its newest date; None when no grid starts there."""
    names_line = lines[index]
    heading = _DATE_HEADING.match(folded, names_line.start, names_line.end)
    if heading is None:
        return None
    following = [line for line in lines[index + 1:] if page[line.start:line.end].strip()]
    first_row = next((position for position, line in enumerate(following)
                      if _DATE_ROW.match(page, line.start, line.end)), None)
    if first_row is None or first_row > _MAX_NAME_LINES + 2:
        return None
    above = following[:first_row]
    units = [line for line in above if _unit_row(page[line.start:line.end])]
    ranges = [line for line in above if line not in units and _range_row(page, line, decimal)]
    wrapped = [line for line in above if line not in units and line not in ranges]
    matches = []
    for line in following[first_row:]:
        if (date_match := _DATE_ROW.match(page, line.start, line.end)) is None:
            break
        matches.append((date_match, line))
    # the grid's dates all one way: day first when one of them says so ("14/03/2025"), else the language's
    day_first = any(_day_first(match.group(1)) for match, _ in matches) or language == "pt"
    rows = [((parse_date(match.group(1), "pt" if day_first else "en"), match["time"] or ""), match.end(), line)
            for match, line in matches]
    unit_cells = [(m.start() + units[0].start, m.end() + units[0].start)
                  for m in _UNIT_CELL.finditer(page[units[0].start:units[0].end])] if units else []
    count = len(unit_cells)
    names = _names(page, folded, names_line, heading.end(), wrapped, count)
    if not names or (count and len(names) != count) or any(date is None for (date, _), _, _ in rows):
        return None
    count = len(names)
    range_cells = _range_cells(page, ranges[0]) if len(ranges) == 1 else []
    if len(range_cells) != count:
        range_cells = []  # a test without a range leaves its cell blank: which is whose is not known
    newest = max(rows, key=lambda row: row[0])
    cells = [match.span() for match in _VALUE_CELL.finditer(page, newest[1], newest[2].end)]
    last = lines.index(rows[-1][2])
    if len(cells) != count:
        return Grid(first=index, last=last, columns=[])  # a grid, but not one value per test: nothing to trust
    columns = []
    for position, ((marker, printed, start), (cell_start, cell_end)) in enumerate(zip(names, cells, strict=True)):
        if _EMPTY.fullmatch(page[cell_start:cell_end].strip()) or (
                cell := read_cell(page, cell_start, cell_end, decimal)) is None:
            continue
        unit = parse_unit(page[slice(*unit_cells[position])]) if unit_cells else _name_unit(printed)
        reference = range_cells[position] if range_cells else ""
        columns.append(Column(marker, printed, start, Found(cell=cell, unit=unit, reference_text=reference,
                                                            flag=cell.flag, end=cell_end)))
    return Grid(first=index, last=last, columns=columns)


def _day_first(text: str) -> bool:
    parts = re.split(r"[/.-]", text)
    return len(parts) == 3 and len(parts[0]) <= 2 and parts[0].isdigit() and int(parts[0]) > 12


def _name_unit(printed: str) -> Unit | None:
    return next((unit for aside in _ASIDE.findall(printed) if (unit := parse_unit(aside)) is not None), None)


def _unit_row(text: str) -> bool:
    cells = _UNIT_CELL.findall(text)
    return len(cells) > 1 and sum(parse_unit(cell) is not None for cell in cells) * 2 > len(cells) \
        and "[" not in text


def _range_row(page: str, line: Line, decimal: str) -> bool:
    cells = _range_cells(page, line)
    return sum(parse_range(cell, decimal) is not None for cell in cells) * 2 > len(cells)


def _range_cells(page: str, line: Line) -> list[str]:
    return [match.group(1) if match.group(1) is not None else match.group()
            for match in _RANGE_CELL.finditer(page, line.start, line.end)]


def _names(page: str, folded: str, line: Line, start: int, wrapped: list[Line],
           count: int) -> list[tuple[Marker, str, int]]:
    """Each column's marker, printed name and where its name starts: the names' line's cells (two spaces apart, or
    one cell split into catalogued names when the units say there are more columns), each with the words printed
    under it on the lines that go on with the names ("Colesterol" over "HDL")."""
    cells = [(m.start() + start, m.end() + start) for m in _UNIT_CELL.finditer(page[start:line.end])]
    if count and len(cells) < count:
        cells = [piece for cell in cells for piece in _split_names(folded, *cell)]
    under: list[list[str]] = [[] for _ in cells]
    centres = [(cell_start + cell_end) / 2 - line.start for cell_start, cell_end in cells]
    for other in wrapped:
        for word in _UNIT_CELL.finditer(page, other.start, other.end):
            if word.end() - other.start <= cells[0][0] - line.start:
                continue  # under the date's heading ("Data" over "colheita")
            middle = (word.start() + word.end()) / 2 - other.start
            under[min(range(len(cells)), key=lambda position: abs(centres[position] - middle))].append(word.group())
    names = []
    for (cell_start, cell_end), words in zip(cells, under, strict=True):
        printed = " ".join([page[cell_start:cell_end], *words])
        marker = next((found for candidate in _candidates(page[cell_start:cell_end], words)
                       if (found := catalog().lookup(candidate)) is not None), None)
        if marker is None:
            return []
        names.append((marker, printed, cell_start))
    return names


def _candidates(name: str, words: list[str]) -> list[str]:
    """The longest name first: with every word under it, without a bracketed aside, then the first line's alone."""
    whole = " ".join([name, *words])
    plain = " ".join([name, *(word for word in words if not word.startswith("("))])
    return [whole, plain, name, _ASIDE.sub("", name)]


def _split_names(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """A cell of several names single-spaced ("Hemoglobina Leucócitos"), split into the longest catalogued names."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded[start:end])]
    pieces, position = [], 0
    while position < len(words):
        for stop in range(len(words), position, -1):
            if catalog().lookup(folded[start + words[position][0]:start + words[stop - 1][1]]) is not None:
                pieces.append((start + words[position][0], start + words[stop - 1][1]))
                position = stop
                break
        else:
            return [(start, end)]
    return pieces
