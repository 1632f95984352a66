"""Lab reports → LabResult, following each marker wherever the layout puts its value.

Every catalogued marker name that starts a line or a column (after a wide gap, a bar, a bullet or a
`Test:`/`Exame:` label) is an anchor. Its value is read from the rest of its cell (one-row layouts,
side-by-side columns), else from the lines under it up to the next anchor (the block layouts:
`Método: …` then `Resultado: 13,1 g/dL`; label-value lines `Result:`/`Units:`/`Reference interval:`),
or from the rows under a line of names (transposed tables).
A value's unit is the report's: its own cell, a `Units:` line, the reference text, or a group header
(`BIOQUÍMICA (mg/dL)`); never the marker's canonical unit. A value whose unit cannot be read is kept
as read and marked unconverted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from nlp.labs.bands import Patient, band_line, patient_band
from nlp.labs.catalog import Marker, catalog
from nlp.labs.cells import STRIP_WORDS, Cell, Value
from nlp.labs.columns import page_columns
from nlp.labs.cumulative import cumulative_grid
from nlp.labs.dates import report_dates
from nlp.labs.delimited import as_columns
from nlp.labs.header import collection_hour, patient_age, patient_phase, patient_sex
from nlp.labs.hl7 import read_messages
from nlp.labs.layout import Line, group_units, lines
from nlp.labs.method_column import without_methods
from nlp.labs.numbers import decimal_mark
from nlp.labs.other_columns import own_column_only
from nlp.labs.prose import EARLIER_LABEL, listed_inline, prose_readings, written_in_sentences
from nlp.labs.ranges import Range, age_bands, by_sex, normal_tier, parse_range
from nlp.labs.reading import Column, Found, read_anchor, read_transposed, reference_first_rows
from nlp.labs.result import LabResult, Span, judged
from nlp.labs.tick_boxes import ticked_only
from nlp.labs.units import IncompatibleUnits, Unit, convert, parse_unit
from nlp.text import fold, language

# A ditto mark in the unit column: the unit of the row above.
_DITTO = re.compile(r"(?<!\S)(?:\"|”|〃|''|idem|ditto)(?!\S)", re.IGNORECASE)
# A scan reads a point or a space as a colon: "334:000 /mm³", "17:U/L" (a time has two digits after its colon,
# a titre one before it: "06:46" and "1:160" are left alone).
_SCANNED_COLON = re.compile(r"(?<![\d:])(?P<thousands>\d{2,3}):(?=\d{3}(?![\d:]))|(?<=\d):(?=[a-zA-Zµμ/%])")
# A scan's specks and misread marks, each replaced by a space: a mark before a line's first word ("、Resultado:",
# ". Data da coleta") and an apostrophe between two letters ("Não'reagente").
# A footnote's number in brackets after a value ("4,6 (1)   mmol/L", the note saying the result was corrected)
_FOOTNOTE_AFTER_VALUE = re.compile(r"(?<=\d)(?<!10) ?\([1-9]\)(?=[ \t])")  # (not "x 10(9) /L", a power in brackets)
_SCANNED_SPECKS = re.compile(r"(?m)^[ \t]*[、,'`´·.;:|]+(?=[ \t]*[^\W\d_])")
# A speck between a label's colon and its value: "Resultado:.98mg/dL", "Resultado: . 16U/L"
_SCANNED_LABEL_SPECK = re.compile(r"(?<=[:;])[ \t]*[.,'·]+(?=[ \t]*\d)")
# A footnote's number a space after a row's name, the value after a column's gap ("Haemoglobin 1      14.1 g/dL")
_FOOTNOTE_MARK = re.compile(r"(?:[ \t]?\([^()\n]*\))? (\d{1,2})(?=[ \t]{2,}[<>]?\d)")  # (after an aside: "(random) 11")
# A number whose thousands are grouped by single spaces ("6 300", "150 000"; not a phone's "244 923 413657")
_SPACE_GROUPED = re.compile(r"(?<![\d.,+])\d{1,3}(?: \d{3})+(?![\d.,]|[ \t]\d)")
# A speck glued to a range's "a" on a decimal-comma page: "3,5.a 5,1"
_SCANNED_RANGE_SPECK = re.compile(r"(?<=\d)[.](?=a[ \t]+\d)")
_SCANNED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['`´](?=[^\W\d_])")
# A scan reads a decimal comma as a semicolon: "2;58 µUI/mL" (one pair of digits only: "85;140;120" is a series).
_SCANNED_SEMICOLON = re.compile(r"(?<![\d;.,])(\d{1,3});(\d{1,2})(?![\d;.,])")
# A scan reads a gas's O as a zero: "pC02", "p02", "s02", "cHC03-", "F02Hb" (the letter, not the number, is meant)
_SCANNED_ZERO = re.compile(r"(?i)(?<![\w.,])(?:(c?pc?|c?s|f|ct)0(?=2(?![\d.,]))|(c?hc)0(?=3(?![\d.,])))"
                           r"(?=[^\n]*?(?:mmhg|kpa|%|mmol))")  # with a gas's unit on its line (not "Leito: P02")
# A scan reads a small "%" as an 8 in a differential's column heads ("8  /mm  V.R. (8)  V.R. (/mm³)"): a line of
# heads only, one of them a count's unit and one a heading word, whose 8s stand alone ("8 x10^3/uL" is a value)
_HEAD_WORDS = frozenset({"v.r.", "vr", "v.r", "ref", "ref.", "valor", "valores", "de", "referencia", "relativo", "relativa",
                         "absoluto", "absoluta", "rel.", "abs.", "unidade", "unidades", "%"})
_LONE_EIGHT = re.compile(r"(?<![^\s(])8(?![^\s)])")
# A line of numbers alone, a unit glued to some ("0  10  20  30fL"): perhaps a chart's axis (_axis)
_AXIS_LINE = re.compile(r"(?m)^[ \t]*\d+(?:\.\d+)?(?:[a-zA-Z%/]+)?(?:[ \t]+\d+(?:\.\d+)?(?:[a-zA-Z%/]+)?){2,}[ \t]*$")
_ZERO_MISREADS = ("C02", "c02", "p02", "P02", "s02", "S02", "F02", "f02", "C03", "c03")
# Names a strip's pad and a count of cells share ("Leucócitos: Negativo" on the strip; "pus cells" are only counted)
_STRIP_NAMES = frozenset({"leucocitos", "leukocytes", "leucocytes", "wbc"})
_STRIP_READINGS = frozenset({"negative", "positive", "trace"})
_SIGNED = frozenset({"base_excess", "anion_gap"})  # the markers whose values may be below zero
_THOUSANDS = re.compile(r"\d{1,3}[.,]\d{3}")
# A differential's count named as such in the catalogue's names ("Lymphs (Absolute)", "Eosinophils (abs)"): on a
# page that names its counts so, a cell type's plain name is its percentage, even where its "%" was not read.
_ABSOLUTE_NAME = re.compile(r"\babs(?:olute)?\b")
# An amount per day ("g/dia", "mEq/d"; not "mEq/h" or "ug/min"), and one over a 24-hour collection ("mmol/24h")
_PER_DAY = re.compile(r"/\s*(?:24\s*h\w*|d|dia|day)$", re.IGNORECASE)
_PER_24_HOURS = re.compile(r"/\s*24\s*h\w*$", re.IGNORECASE)
_DAY_SPELLED = re.compile(r"/\s*(?:dia|day)$", re.IGNORECASE)
# A reference after a name's colon, perhaps after its tier or its condition: "0,70 a 1,20 mg/dL", "superior a 60",
# "até 1,20", "desejável < 190", "jejum < 150" (a scan's "3,5.a 5,1"); after another marker's name, only one that
# cannot be a result: a tier's or a condition's, or between two numbers (its "< 0,01" may be its result)
_TIER = r"(?:desej[aá]vel|[oó]timo|adequado|normal|(?:em |sem )?jejum|fasting|non-fasting|desirable|optimal)\s*:?\s*"
_BETWEEN = r"\d+(?:[.,]\d+)?\s*[.,]?\s*(?:a|-|–|to|até)\s*\d"
_LABELLED_RANGE = re.compile(rf"\s*:\s*(?:{_TIER})?(?:{_BETWEEN}|(?:superior|inferior|maior|menor) (?:a|que)\s*\d|"
                             r"até\s*\d|up to\s*\d|[<>≤≥]=?\s*\d)", re.IGNORECASE)
_OTHERS_RANGE = re.compile(rf"\s*:\s*(?:{_TIER}(?:{_BETWEEN}|[<>≤≥]|até|up to|superior|inferior|maior|menor)|{_BETWEEN})",
                           re.IGNORECASE)
_PERCENT = parse_unit("%")
# How far below its only range's low end a value may lie and still be in the range's unit: a count per mm³ is 1,000
# times one in 10^9/L; a suppressed TSH (0.01 beside 0.4-4.0) is still the range's
_SCALE_AWAY = 300
_REFERENCE_UNIT = re.compile(r"(?<![\w^.,/])\d+(?:[.,]\d+)?\s*(?P<unit>(?:x\s?10\S*|[a-zµμ%/][^\s,;)]*))",
                             re.IGNORECASE)


@dataclass(frozen=True)
class LabReport:
    results: list[LabResult]
    collected_on: date | None
    reported_on: date | None
    language: str


def parse_lab_report(pages: list[str], sex: str | None = None) -> LabReport:
    """Every result on every page, with the report's dates (page numbers start at 1). `sex` picks
    per-sex reference ranges; without it the header's is used, as is the header's age for age bands."""
    text = "\n".join(pages)
    lang = language(text)
    decimal = decimal_mark(text, lang)
    dates = report_dates(text, lang)
    messages = [read_messages(page, number) for number, page in enumerate(pages, start=1)]
    pages = [_blanked(page, message.spans) if message else page for page, message in zip(pages, messages, strict=True)]
    laid = [(number, half) for number, page in enumerate(pages, start=1) for half in _laid_out(page, lang, decimal)]
    first = laid[0][1] if laid else None
    header = first[0][:next((line.start for line in first[2] if line.anchors), len(first[0]))] if first else ""
    patient = Patient(sex=sex or patient_sex(text), age=patient_age(text), phase=patient_phase(header),
                      hour=collection_hour(header))
    results = [result for message in messages if message for result in message.results]
    sent = {(result.marker.key, result.value, result.qualitative) for result in results}
    # (a report printed with its message: each result once, as the message gives it)
    results += [result for number, half in laid for result in _read_page(*half, number, decimal, patient, lang)
                if (result.marker.key, result.value, result.qualitative) not in sent]
    return LabReport(results=results, collected_on=dates.get("collected"), reported_on=dates.get("reported"),
                     language=lang)


def _blanked(page: str, spans: list[tuple[int, int]]) -> str:
    """The page with these spans as spaces (an HL7 message's segments, read apart; footnote marks): offsets hold."""
    chars = list(page)
    for start, end in spans:
        chars[start:end] = [char if char in "\r\n" else " " for char in chars[start:end]]
    return "".join(chars)


def _laid_out(page: str, lang: str, decimal: str) -> list[tuple[str, str, list[Line]]]:
    """The page with a scan's misread marks undone and other value columns blanked (not a control's, a previous
    result's), folded, and its lines; laid out again only when something was blanked; each of its two columns
    apart when it is printed in two (nlp.labs.columns). Every replacement keeps the page's length, so offsets
    hold."""
    page = ticked_only(without_methods(as_columns(page)))
    page = _SCANNED_COLON.sub(lambda colon: f"{colon['thousands']}." if colon["thousands"] else " ", page)
    page = _SCANNED_SPECKS.sub(lambda speck: " " * len(speck.group()), page)
    page = _FOOTNOTE_AFTER_VALUE.sub(lambda mark: " " * len(mark.group()), page)
    if decimal == ",":  # where a point can start no number: ".98 mg/dL" on a point-decimal page is 0.98, unread
        page = _SCANNED_LABEL_SPECK.sub(lambda speck: " " * len(speck.group()), page)
        page = _SCANNED_RANGE_SPECK.sub(" ", page)
    if "'" in page or "`" in page or "´" in page:  # the look-behind is the costly part: only where it can match
        page = _SCANNED_APOSTROPHE.sub(" ", page)
    if ";" in page:
        page = _SCANNED_SEMICOLON.sub(rf"\1{decimal}\2", page)
    if any(misread in page for misread in _ZERO_MISREADS):  # (a cheap test first: most pages hold none)
        page = _SCANNED_ZERO.sub(lambda zero: f"{zero[1] or zero[2]}O", page)
    if _LONE_EIGHT.search(page):
        page = "".join(_percent_heads(line) if _LONE_EIGHT.search(line) else line
                       for line in page.splitlines(keepends=True))
    if len(_SPACE_GROUPED.findall(page)) >= 2:  # the page groups thousands with spaces ("6 300 /µL")
        thousands = "." if decimal == "," else ","
        page = _SPACE_GROUPED.sub(lambda number: number.group().replace(" ", thousands), page)
    page = _AXIS_LINE.sub(lambda line: " " * len(line.group()) if _axis(line.group()) else line.group(), page)
    folded = fold(page)
    page_lines = lines(page, folded)
    halves = page_columns(page, page_lines)
    if len(halves) > 1:
        return [_own_columns(half, fold(half), None, lang) for half in halves]
    return [_own_columns(page, folded, page_lines, lang)]


def _percent_heads(line: str) -> str:
    """A line of a differential's column heads with a scan's 8s read as the "%" they are; any other line as it is."""
    words = [fold(word) for word in line.split()]
    eights = [word in ("8", "(8)") for word in words]
    counts = [word.lstrip("(").startswith(("/", "x10")) for word in words]
    heads = [word in _HEAD_WORDS for word in words]
    if any(eights) and any(counts) and any(heads) and all(
            eight or count or head for eight, count, head in zip(eights, counts, heads, strict=True)):
        return _LONE_EIGHT.sub("%", line)
    return line


def _axis(line: str) -> bool:
    """A line of a chart's axis: numbers rising by one step, three or more in each run ("0  10  20  30fL", two
    histograms' axes side by side: "100  200  300fL 0  10  20  30fL"), not a row of results."""
    numbers = [float(number) for number in re.findall(r"\d+(?:\.\d+)?", line)]
    runs: list[list[float]] = [[]]
    for number in numbers:
        if runs[-1] and number <= runs[-1][-1]:
            runs.append([])
        runs[-1].append(number)
    return all(len(run) >= 3 and len({round(b - a, 6) for a, b in pairwise(run)}) == 1
               for run in runs)


def _own_columns(page: str, folded: str, page_lines: list[Line] | None, lang: str) -> tuple[str, str, list[Line]]:
    """The page (one of its columns) with its other value columns blanked, folded, and its lines."""
    page_lines = page_lines if page_lines is not None else lines(page, folded)
    blanked = own_column_only(page, page_lines, lang)
    if blanked == page:
        return page, folded, page_lines
    folded = fold(blanked)
    return blanked, folded, lines(blanked, folded)


def _page_results(page: str, folded: str, page_lines: list[Line], number: int, decimal: str,
                  patient: Patient, lang: str) -> list[LabResult]:
    results: list[LabResult] = []
    units: list[Unit] = []
    counts_named = {anchor.marker.key for line in page_lines for anchor in line.anchors
                    if _ABSOLUTE_NAME.search(folded, anchor.start, anchor.name_end)}
    if marks := _footnote_marks(folded, page_lines):
        page, folded = _blanked(page, marks), _blanked(folded, marks)
    reference_first = reference_first_rows(folded, page_lines)
    grid_end = -1
    for index, line in enumerate(page_lines):
        if index <= grid_end:
            continue
        if (grid := cumulative_grid(page, folded, page_lines, index, decimal, lang)) is not None:
            grid_end = grid.last
            results.extend(result for column in grid.columns for result in _results(
                column.marker, column.printed_name, column.found, [None], decimal, patient,
                Span(number, column.name_start, column.found.end), line.specimen))
            continue
        if not line.anchors:
            units = group_units(page[line.start:line.end], units)
            continue
        if len(line.anchors) > 1:
            line = _without_restated_names(page, line)
        # a line of names with "Resultado"/"Unidade" rows under it: a transposed table
        found = read_transposed(page, folded, page_lines, index, decimal) if len(line.anchors) > 1 else []
        found = found or [read_anchor(page, folded, page_lines, index, anchor, _cell_end(line, position),
                                      _column(line, position), decimal, reference_first[index])
                          for position, anchor in enumerate(line.anchors)]
        if not any(found):
            # a line of names only: a transposed table's header, or a heading naming a marker and a unit
            found = read_transposed(page, folded, page_lines, index, decimal) or found
            units = group_units(page[line.start:line.end], units)
        for position, (anchor, read) in enumerate(zip(line.anchors, found, strict=False)):
            if position and _OTHERS_RANGE.match(page, anchor.name_end, _cell_end(line, position)):
                continue  # another marker's reference beside a result, a line below its own ("Triglicérides: jejum < 150")
            if read is not None and not EARLIER_LABEL.match(folded, line.start, anchor.start):
                group_unit = units[min(position, len(units) - 1)] if units else None
                if results and results[-1].unit and _DITTO.search(page[anchor.name_end:read.end]):
                    group_unit = parse_unit(results[-1].unit) or group_unit
                columns = None
                if len(line.anchors) == 1 and len(units) > 1:
                    if len(units) == len(read.cell.values) + len(read.cell.loose) and not read.cell.values[0].unit:
                        read.cell.values += read.cell.loose  # "4   374" under "%   /mm3": one value per column
                    columns = units if len(units) == len(read.cell.values) else None
                    if columns is None and anchor.marker.key not in catalog().percent and len(read.cell.values) == 1 \
                            and _THOUSANDS.fullmatch(read.cell.values[0].token):
                        # one whole count under "%   /mm³" ("Global de leucócitos   5.040"): the one header unit
                        # that can measure it, when only one can (a cell type's lone value may be either)
                        measurable = [unit for unit in units if _compatible(unit, anchor.marker)]
                        group_unit = measurable[0] if len(measurable) == 1 else group_unit
                plain_is_percent = anchor.marker.key in counts_named and not _ABSOLUTE_NAME.search(
                    folded, anchor.start, anchor.name_end)
                results.extend(_results(anchor.marker, page[anchor.start:anchor.name_end].strip(), read,
                                        columns or [group_unit], decimal, patient,
                                        Span(number, anchor.start, read.end), line.specimen, line.sediment,
                                        plain_is_percent))
    return _without_restatements(results)


def _footnote_marks(folded: str, page_lines: list[Line]) -> list[tuple[int, int]]:
    """Footnote numbers after the rows' names, numbered down the page ("Haemoglobin 1      14.1 g/dL", "MCV 4   89
    fL"; their ranges in the notes under the table): where they are, when three rows or more carry them 1, 2, 3…"""
    marks = [(mark.start(1), mark.end(1), int(mark[1]))
             for line in page_lines for anchor in line.anchors[:1]
             if (mark := _FOOTNOTE_MARK.match(folded, anchor.name_end, line.end)) is not None]
    numbers = [number for *_, number in marks]
    if len(marks) < 3 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or numbers[0] > 1:
        return []
    return [(start, end) for start, end, _ in marks]


def _without_restated_names(page: str, line: Line) -> Line:
    """The line without a name restated before its reference beside the result ("Creatinina:  1,24 mg/dL
    Creatinina: 0,70 a 1,20 mg/dL", "TGO (AST):  50 U/L   TGO: 5 a 40 U/L"): the range is the first name's."""
    kept = [anchor for position, anchor in enumerate(line.anchors)
            if not (position and anchor.marker.key == line.anchors[position - 1].marker.key
                    and _LABELLED_RANGE.match(page, anchor.name_end, _cell_end(line, position)))]
    return replace(line, anchors=kept) if len(kept) < len(line.anchors) else line


def _column(line: Line, position: int) -> Column:
    if len(line.anchors) == 1:
        return Column(alone=True)
    starts = tuple(anchor.start - line.start for anchor in line.anchors)
    following = starts[position + 1] if position + 1 < len(starts) else None
    return Column(alone=False, start=starts[position], end=following, index=position, count=len(starts),
                  starts=starts)


def _read_page(page: str, folded: str, page_lines: list[Line], number: int, decimal: str,
               patient: Patient, lang: str) -> list[LabResult]:
    """A report's rows; on a page written in sentences (a letter), what the sentences say too, or alone when they
    say more than twice as much as its rows."""
    rows = _page_results(page, folded, page_lines, number, decimal, patient, lang)
    if not written_in_sentences(page):
        if (listed := listed_inline(page)) is None:
            return rows
        given = {row.marker.key for row in rows}  # a clinic note's lines of results inline, beside its rows
        return rows + [result for result in _prose_results(listed, fold(listed), number, decimal, patient)
                       if result.marker.key not in given]
    said = _prose_results(page, folded, number, decimal, patient)
    if len(said) > 2 * len(rows):
        return said
    # a letter with a list of results too ("- Glucose 4.1 mmol/L [3.5-7.8]"): its rows, and what its other lines say
    # (a marker a row gives is the row's: a sentence about it tells of another time, "on admission it was 2.9")
    given = {row.marker.key for row in rows}
    return rows + [result for result in said if result.marker.key not in given]


def _prose_results(page: str, folded: str, number: int, decimal: str, patient: Patient) -> list[LabResult]:
    return _without_restatements([
        result for reading in prose_readings(page, folded, decimal)
        for result in _results(reading.marker, page[reading.start:reading.name_end], reading.found, [None], decimal,
                               patient, Span(number, reading.start, reading.found.end), "blood")])


def _cell_end(line: Line, position: int) -> int:
    return line.anchors[position + 1].start if position + 1 < len(line.anchors) else line.end


def _without_restatements(results: list[LabResult]) -> list[LabResult]:
    """A result repeated further down the page with less said about it ("critical value: potassium 6.9
    called to Dr X") is the same result restated, not a second one."""
    kept: list[LabResult] = []
    for result in results:
        if any(earlier.marker.key == result.marker.key and earlier.value_text == result.value_text
               and (result.unit is None or (result.ref_low is None and result.ref_high is None)) for earlier in kept):
            continue
        kept.append(result)
    return kept


def _results(marker: Marker, printed_name: str, found: Found, group_units: list[Unit | None], decimal: str,
             patient: Patient, span: Span, specimen: str, sediment: bool = False,
             plain_is_percent: bool = False) -> list[LabResult]:
    """`group_units`: the group header's unit, or one per value when it heads each value column;
    `plain_is_percent`: the page names this cell type's count apart, so a value of its plain name whose unit
    was not read is the percentage (kept unconverted, as every value without its unit)."""
    percent_marker = catalog().percent.get(marker.key)
    cell = found.cell
    chosen: list[tuple[Marker, Value, Unit | None]] = []
    if marker.strip_marker and not sediment and fold(printed_name) in _STRIP_NAMES \
            and all(value.qualitative in _STRIP_READINGS for value in cell.values):
        marker = catalog().markers[marker.strip_marker]  # a strip's grade, not a count of cells
    for position, value in enumerate(cell.values):
        if marker.specimen != "urine" and fold(value.token) in STRIP_WORDS:
            continue
        if value.qualitative == "normal" and cell.ranges and marker.unit is not None and marker.specimen == "blood":
            continue  # "Triglycerides: Normal <150 · Borderline 150-199": a band of an interpretive table
        if value.number is not None and value.number < 0 and marker.key not in _SIGNED:
            value = replace(value, number=-value.number, token=value.token.lstrip("-−"))  # a scan's dash: never negative
        group_unit = group_units[position] if len(group_units) == len(cell.values) else group_units[0]
        unit = value.unit or _fallback_unit(marker, found, group_unit, cell) or (
            _PERCENT if percent_marker is not None and printed_name.endswith("%") else None)  # "NEUT%  60.2"
        if unit is None and group_unit is not None and len(group_units) == len(cell.values) > 1:
            continue  # "Fração   %   g/dL": its column's unit measures no such marker (a fraction's share)
        value = _whole_count(value, unit)
        if marker.point_decimal and value.number is not None and value.number >= 1000:
            value = replace(value, number=value.number / 1000)
        daily = _per_day(marker, unit, specimen, printed_name)
        own = daily or marker
        if chosen and chosen[-1][0] is own and _restated(chosen[-1][2], unit, own) and (
                value.bracketed or _agree(chosen[-1][1], chosen[-1][2], value, unit, own)):
            continue  # "148 g/L (14.8 g/dL)", "15.0 g/dL   150 g/L": the same result in other units, not a second one
        if daily is not None:
            chosen.append((daily, value, unit))  # "Sódio urinário  243 mEq/24h": a 24-hour urine's amount
        elif _dose(marker, unit):
            continue
        elif percent_marker is not None and ((unit is not None and unit.text == "%") or (
                unit is None and plain_is_percent and value.number is not None and value.number <= 100)):
            chosen.append((percent_marker, value, unit))
        elif marker.unit is None or unit is None or _compatible(unit, marker) or len(cell.values) == 1:
            chosen.append((marker, value, unit))
    results = []
    for target, value, unit in chosen:
        reference = _reference(value, unit, found, decimal, patient)
        if target.point_decimal and reference is not None and (reference.high or 0) >= 1000:
            reference = Range(reference.low / 1000 if reference.low is not None else None,
                              reference.high / 1000, reference.text)  # read with the value's thousands
        if _counted_in_thousands(value, unit) and value.token[-4] == decimal and reference is not None:
            # a whole count's range is in whole counts too ("4.000 a 11.000" beside "6.800 /mm³")
            reference = parse_range(reference.text, "," if decimal == "." else ".") or reference
        results.append(judged(target, printed_name, value, unit, reference, found.reference_text,
                              None if value.after_reference else found.flag, span, specimen=specimen))
    return results


def _agree(first: Value, first_unit: Unit | None, value: Value, unit: Unit | None, marker: Marker) -> bool:
    """Two values of one marker printed with different units that are the same quantity once converted (within
    3 % and the coarser one's printed rounding), as a report printing conventional and SI columns gives them."""
    if first.number is None or value.number is None or first_unit is None or unit is None or marker.unit is None:
        return False
    try:
        scales = [convert(1.0, printed, marker.unit, marker.molar_mass, marker.valence)
                  for printed in (first_unit, unit)]
    except IncompatibleUnits:
        return False
    if fold(first_unit.text) == fold(unit.text):
        return False  # one unit printed twice: two dated results, not a conversion
    a, b = first.number * scales[0], value.number * scales[1]
    rounding = min(scale * _half_last_digit(token) for scale, token in zip(scales, (first.token, value.token),
                                                                            strict=True))
    return abs(a - b) <= 0.03 * max(abs(a), abs(b)) + rounding


def _half_last_digit(token: str) -> float:
    """Half the printed precision of a number: 0.5 for "9", 0.05 for "0,5"."""
    decimals = re.search(r"[.,](\d+)$", token)
    return 0.5 * 10 ** -(len(decimals.group(1)) if decimals and len(decimals.group(1)) != 3 else 0)


def _whole_count(value: Value, unit: Unit | None) -> Value:
    """Cells counted per mm³ or µL (unscaled) are whole numbers: "6.800 /mm³" is 6,800 even where a scan's
    text made the point look like the decimal mark."""
    if not _counted_in_thousands(value, unit):
        return value
    return replace(value, number=float(value.token[:-4] + value.token[-3:]))


def _counted_in_thousands(value: Value, unit: Unit | None) -> bool:
    return unit is not None and value.number is not None and _THOUSANDS.fullmatch(value.token) is not None \
        and str(unit.quantity.dimensionality) == "1 / [length] ** 3" and unit.quantity.magnitude == 1


def _restated(first: Unit | None, unit: Unit | None, marker: Marker) -> bool:
    """Whether a bracketed value measures what the value before it does (both convert to the marker's unit,
    or share a dimension): a percentage after an absolute count is another result, a conversion is not."""
    if first is None or unit is None:
        return False
    return (_compatible(first, marker) and _compatible(unit, marker)) or (
        marker.own_code(first) is not None and unit.quantity.dimensionality == marker.unit.quantity.dimensionality
        if marker.unit is not None else False)


def _fallback_unit(marker: Marker, found: Found, group_unit: Unit | None, cell: Cell) -> Unit | None:
    """A unit printed for the value somewhere other than beside it: a `Units:` line, the reference
    range's own unit, the group header's (when it can measure this marker)."""
    if found.unit is not None:
        return found.unit
    range_units = [unit for _, unit in cell.ranges if unit is not None]
    if len(cell.values) == 1 and range_units:
        # a range per unit system ("5.0-10.0 x10^9/L   5,000-10,000 /cumm"): the unit of the one the value lies within,
        # else of the first one its size fits (the one printed nearest the value); none when a lone range's low end is
        # a scale above the value (a scan lost the value's own range: "3.2" beside "5,000-10,000 /cumm"; a high result
        # far above its limit is its own)
        value = cell.values[0]
        if len(range_units) > 1:
            within = [unit for reference, unit in cell.ranges if unit is not None and _within(value, reference)]
            fitting = [unit for reference, unit in cell.ranges if unit is not None and _fits(value, reference)]
            return (within or fitting or [None])[0]
        reference = next(reference for reference, unit in cell.ranges if unit is not None)
        scale_below = value.number is not None and value.number > 0 and reference.low is not None \
            and value.number * _SCALE_AWAY < reference.low
        return None if scale_below else range_units[0]
    if len(cell.values) == 1 and (from_text := _unit_in_reference(found.reference_text, marker)) is not None:
        return from_text
    if group_unit is not None and (_compatible(group_unit, marker) or (
            group_unit.text == "%" and marker.key in catalog().percent)):
        return group_unit
    return None


def _unit_in_reference(text: str, marker: Marker) -> Unit | None:
    """The first unit in the reference text that can measure the marker ("Repouso 30 min; 0,5 a 2,2 mmol/L")."""
    for match in _REFERENCE_UNIT.finditer(text):
        if (unit := parse_unit(match.group("unit"))) is not None and (marker.unit is None or _compatible(unit, marker)):
            return unit
    return None


def _per_day(marker: Marker, unit: Unit | None, specimen: str, printed_name: str) -> Marker | None:
    """The marker's 24-hour urine counterpart when the value is an amount per day, which a concentration never
    is: over 24 hours ("mmol/24h") a collection's; per day ("mg/dia") only where the marker, the row or its section
    says urine ("Cálcio 500 mg/dia" in a prescription is a dose)."""
    if unit is None or marker.per_day is None or not _PER_DAY.search(unit.text) or _compatible(unit, marker) \
            or not (_PER_24_HOURS.search(unit.text) or marker.specimen == "urine" or specimen == "urine"
                    or "urin" in fold(printed_name)):
        return None
    daily = catalog().markers[marker.per_day]
    return daily if _compatible(unit, daily) else None


def _dose(marker: Marker, unit: Unit | None) -> bool:
    """An amount per day, spelled out, that is no measurement of the marker: a dose or an intake ("Cálcio 500
    mg/dia", "potassium 40 mEq/day"), never a lab result. ("mg/d" may be a scan's "mg/dL" that lost its L.)"""
    return unit is not None and marker.unit is not None and _DAY_SPELLED.search(unit.text) is not None \
        and not _compatible(unit, marker)


def _compatible(unit: Unit, marker: Marker) -> bool:
    if marker.unit is None:
        return False
    try:
        convert(1.0, unit, marker.unit, marker.molar_mass, marker.valence)
    except IncompatibleUnits:
        return False
    return True


def _reference(value: Value, unit: Unit | None, found: Found, decimal: str,
               patient: Patient) -> Range | None:
    """The range that applies to this patient: the band whose conditions the patient meets when the report
    prints a table of them (nlp.labs.bands), the sex's when it prints one per sex, the age band's when it
    prints them by age (none when the sex or age is unknown: never guessed), the tier
    named normal in an interpretive scale, else the cell's range for this value, else the first range
    under the marker."""
    if value.after_reference:
        return None
    text = found.reference_text
    table, band = patient_band(text, decimal, patient)
    if table:
        return band
    if per_sex := by_sex(text, decimal):
        return per_sex.get(patient.sex) if patient.sex else None
    if bands := age_bands(text, decimal):  # (bands that overlap, "até 1 ano" and "1 a 10 anos": the later one's)
        held = [band for band in bands if patient.age is not None and band.low <= patient.age < band.high]
        return max(held, key=lambda band: band.low).range if held else None
    if (tier := normal_tier(text, decimal)) is not None:
        return tier
    cell = found.cell
    if cell.leading_reference is not None and band_line(text, decimal):
        return None  # one band printed before the value ("Fase folicular: 3,5 a 12,5") that is not the patient's
    if cell.ranges:
        if unit is not None:  # a range in the value's own unit; one in another scale is a conversion
            for reference, range_unit in cell.ranges:
                if range_unit is not None and range_unit.quantity == unit.quantity:
                    return reference
        unitless = [reference for reference, range_unit in cell.ranges if range_unit is None]
        if len(cell.values) == 1:
            return (unitless or [cell.ranges[0][0]])[0]
        if len(unitless) == len(cell.values) > 1:  # "39,0   3,39   55,8 a 66,1   3,57 a 5,42": in the values' order
            paired = unitless[next(position for position, other in enumerate(cell.values) if other.end == value.end)]
            if _fits(value, paired):
                return paired
        fitting = [reference for reference, range_unit in cell.ranges if range_unit is None and _fits(value, reference)]
        if len(fitting) != 1:
            return None
        # one range that a percentage and a count both fit is the one's nearest its scale ("62,6 %   4,80 x10^9/L
        # 1,80 - 7,50": the count's, not the percentage's; a cumulative row's dated values share it)
        fit = [other for other in cell.values if _fits(other, fitting[0])]
        if len({other.unit_text == "%" for other in fit if other.unit_text}) < 2:
            return fitting[0]
        # a range from zero sizes neither: the count's ("0,2 %  0,02 x10^9/L  0,00 - 0,10")
        if (fitting[0].low or 0) <= 0:
            return fitting[0] if value.unit_text != "%" else None
        nearest = min(fit, key=lambda other: _off_scale(other, fitting[0]))
        return fitting[0] if nearest.end == value.end else None
    if len(cell.values) == 1 and text.strip():
        return parse_range(text, decimal)
    return None


def _within(value: Value, reference: Range) -> bool:
    """Whether the value lies in the range, one-sided ones as _spanned reads them: 5.61 is no cholesterol in mg/dL
    under "< 200"."""
    if value.number is None:
        return False
    low, high = _spanned(reference)
    return low <= value.number <= high


def _fits(value: Value, reference: Range) -> bool:
    """Whether a range without a unit is this value's among a row's several ("60   4.080   1.800 a 7.500": the
    count's, not the percentage's): the value within a factor of ten of it."""
    if value.number is None:
        return False
    if value.number < 0 or (reference.low or 0) < 0:
        return True  # a signed quantity (a base excess): no scale to tell apart
    low, high = _spanned(reference)
    return low / 10 <= value.number <= high * 10


def _off_scale(value: Value, reference: Range) -> float:
    """How many powers of ten the value lies from the middle of the range (its ends' geometric mean)."""
    low, high = _spanned(reference)
    if value.number is None or value.number <= 0:
        return float("inf")
    return abs(math.log10(value.number / math.sqrt(low * high)))


def _spanned(reference: Range) -> tuple[float, float]:
    """The range's ends, a one-sided range spanning a power of ten ("< 200" as 20 to 200, "> 60" as 60 to 600)."""
    low = reference.low if reference.low is not None else (reference.high or 0) / 10
    high = reference.high if reference.high is not None else (reference.low or 0) * 10
    return low, high
