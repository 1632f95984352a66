"""Lab result rows → LabResult: marker, value, unit, reference range, printed and computed flags.

Works line by line on extracted text. A row starts with a catalogued marker name (at the start of a
line or of a column after a wide gap, so multi-column layouts yield every result) and continues with
tokens: values with units, ranges (between, upper or lower bounds, or bare low/high columns), the
printed flag. Values are converted to the marker's canonical unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nlp.labs.catalog import Marker, catalog
from nlp.labs.dates import report_dates
from nlp.labs.flags import FLAG, computed_flag, printed_flag
from nlp.labs.numbers import NUMBER, decimal_mark, parse_number
from nlp.labs.ranges import Range, parse_range
from nlp.labs.units import IncompatibleUnits, Unit, convert, parse_unit
from nlp.text import fold, language

_SEP = r"\s*(?:-|–|—|a|à|to|até|ate)\s*"
_BOUND = (r"(?:<=?|≤|=<|>=?|≥|=>|até|ate|up to|below|above|less than|greater than|inferior a|superior a|"
          r"menor que|maior que|abaixo de|acima de)")
_TOKEN = re.compile(
    rf"(?P<ref>\(?\b(?:ref(?:erence)?(?:\s*(?:range|interval))?|v\.?r\.?|valor(?:es)?\s+de\s+refer[eê]ncia|"
    rf"intervalo\s+de\s+refer[eê]ncia|desej[aá]vel|[oó]timo|normal)\b\.?\s*:)"
    rf"|(?P<scaled>(?:x\s?)?10\s?(?:\^|\*\*)\s?\d+\s*/\s*\S+|(?:x\s?)?10[³⁶⁹]\s*/\s*\S+)"
    rf"|(?P<between>(?<![\d.,])(?:{NUMBER}){_SEP}(?:{NUMBER})(?![\d.,]))"
    rf"|(?P<bound>{_BOUND}\s*(?:{NUMBER}))"
    rf"|(?P<number>(?<![\w.,])(?:{NUMBER})(?![\d]))"
    rf"|(?P<pipe>\|)"
    rf"|(?P<flag>[\[(](?:↑↑|↓↓|[↑↓*!]|HH|LL|H|L|N)[\])])"
    rf"|(?P<open>[(\[])|(?P<close>[)\]])"
    rf"|(?P<word>[^\s|()\[\]]+)",
    re.IGNORECASE,
)
_FILLER = frozenset(":=-–.….....de do da em no na of was is at fasting jejum serum soro serico plasma "
                    "level nivel result resultado value valor total".split())
_QUALITATIVE = {
    "negativo": "negative", "negative": "negative", "positivo": "positive", "positive": "positive",
    "reagente": "reactive", "reactive": "reactive", "nao reagente": "non-reactive", "non-reactive": "non-reactive",
    "nonreactive": "non-reactive", "ausente": "absent", "ausentes": "absent", "absent": "absent",
    "presente": "present", "presentes": "present", "present": "present", "detectado": "detected",
    "detected": "detected", "nao detectado": "not detected", "not detected": "not detected",
}
_COLUMN_START = re.compile(r"(?:^|\s{2,}|\t|\|)[ \t]*(?:[-•·*][ \t]*)?", re.MULTILINE)


@dataclass(frozen=True)
class LabResult:
    marker: Marker
    printed_name: str
    value: float | None
    value_text: str
    qualitative: str | None
    unit: str | None
    canonical_value: float | None
    canonical_unit: str | None
    ref_low: float | None
    ref_high: float | None
    ref_text: str | None
    canonical_low: float | None
    canonical_high: float | None
    printed_flag: str
    printed_flag_raw: str | None
    computed_flag: str | None
    page: int
    start: int
    end: int
    confidence: float
    needs_review: bool

    @property
    def flag(self) -> str:
        """The flag a reader acts on: the report's own when it prints one, else the computed one."""
        return (self.printed_flag if self.printed_flag_raw else self.computed_flag) or "N"


@dataclass(frozen=True)
class LabReport:
    results: list[LabResult]
    collected_on: date | None
    reported_on: date | None
    language: str


@dataclass
class _Value:
    token: str
    number: float | None
    unit: Unit | None
    unit_text: str | None
    qualitative: str | None
    end: int


@dataclass
class _Row:
    values: list[_Value]
    ranges: list[tuple[Range, Unit | None]]
    flag: str | None
    end: int


def parse_lab_report(pages: list[str]) -> LabReport:
    """Every result row on every page, with the report's dates (page numbers start at 1)."""
    text = "\n".join(pages)
    lang = language(text)
    decimal = decimal_mark(text, lang)
    dates = report_dates(text, lang)
    results = [result for number, page in enumerate(pages, start=1) for result in _page_results(page, number, decimal)]
    return LabReport(results=results, collected_on=dates.get("collected"), reported_on=dates.get("reported"),
                     language=lang)


def _page_results(page: str, number: int, decimal: str) -> list[LabResult]:
    folded = fold(page)
    results: list[LabResult] = []
    offset = 0
    for line in page.splitlines(keepends=True):
        results.extend(_line_results(page, folded, offset, offset + len(line.rstrip("\r\n")), number, decimal))
        offset += len(line)
    return results


def _line_results(page: str, folded: str, start: int, end: int, number: int, decimal: str) -> list[LabResult]:
    """A row may begin at the start of the line or of any column (after a wide gap or a bar); it
    ends where the next column that starts with a marker name begins."""
    starts = []
    for column in _COLUMN_START.finditer(folded, start, end):
        found = catalog().match(folded, column.end())
        if found is not None and found[1] <= end and (not starts or column.end() >= starts[-1][2]):
            starts.append((column.end(), found[0], found[1]))
    results: list[LabResult] = []
    for index, (row_start, marker, name_end) in enumerate(starts):
        row_end = starts[index + 1][0] if index + 1 < len(starts) else end
        row = _read_row(page, name_end, row_end, decimal)
        if row is not None:
            results.extend(_results(marker, page[row_start:name_end], row, page, row_start, number))
    return results


def _read_row(page: str, start: int, end: int, decimal: str) -> _Row | None:
    """The tokens after a marker name, or None when no value follows it (prose, headers)."""
    tokens = list(_TOKEN.finditer(page, start, end))
    values: list[_Value] = []
    ranges: list[tuple[Range, Unit | None]] = []
    flag: str | None = None
    in_range = False
    last = start
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind, text = token.lastgroup, token.group()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        unit_after = _unit(following) if following is not None else None
        if kind == "ref":
            in_range = True
        elif kind in ("between", "bound"):
            if not values:
                return None
            parsed = parse_range(text, decimal)
            if parsed is not None:
                ranges.append((parsed, unit_after))
                index += unit_after is not None
                last = tokens[index].end()
            in_range = True
        elif kind == "number":
            following_number = following is not None and following.lastgroup == "number"
            if not in_range and unit_after is not None and len(values) < 2:
                values.append(_Value(text, parse_number(text, decimal), unit_after, following.group().strip("()[],;"),
                                     None, following.end()))
                index += 1
            elif not values:
                values.append(_Value(text, parse_number(text, decimal), None, None, None, token.end()))
            elif following_number and not ranges:
                low, high = parse_number(text, decimal), parse_number(following.group(), decimal)
                if low <= high:
                    ranges.append((Range(low=low, high=high, text=f"{text}-{following.group()}"), None))
                index += 1
                in_range = True
            last = tokens[index].end()
        elif kind == "open" and not values:
            while index + 1 < len(tokens) and tokens[index].lastgroup != "close":
                index += 1  # a parenthetical between the name and the value: "(HbA1c)", "(soro)"
        elif kind in ("pipe", "open", "close"):
            pass
        elif kind == "flag" and values:
            flag = text
            last = token.end()
        elif (qualitative := _qualitative(page, token, tokens, index)) is not None and not values:
            label, consumed = qualitative
            values.append(_Value(text, None, None, None, label, tokens[index + consumed - 1].end()))
            index += consumed - 1
            last = tokens[index].end()
        elif values and FLAG.fullmatch(text):
            flag = text
            last = token.end()
        elif not values and not _filler(text):
            return None
        index += 1
    if not values:
        return None
    return _Row(values=values, ranges=ranges, flag=flag, end=max(last, values[-1].end))


def _unit(token: re.Match[str]) -> Unit | None:
    if token.lastgroup not in ("scaled", "word"):
        return None
    text = token.group().strip("()[],;")
    if FLAG.fullmatch(token.group()) and token.lastgroup == "word":
        return None
    return parse_unit(text)


def _filler(text: str) -> bool:
    stripped = text.strip("()[],;:")
    return text.startswith("(") or text.endswith(")") or not stripped or fold(stripped) in _FILLER or set(stripped) <= set(".:_-…")


def _qualitative(page: str, token: re.Match[str], tokens: list[re.Match[str]], index: int) -> tuple[str, int] | None:
    word = fold(token.group().strip("()[],;:."))
    if index + 1 < len(tokens):
        pair = f"{word} {fold(tokens[index + 1].group().strip('()[],;:.'))}"
        if pair in _QUALITATIVE:
            return _QUALITATIVE[pair], 2
    return (_QUALITATIVE[word], 1) if word in _QUALITATIVE else None


def _results(marker: Marker, printed_name: str, row: _Row, page: str, start: int, number: int) -> list[LabResult]:
    percent_marker = catalog().percent.get(marker.key)
    chosen: list[tuple[Marker, _Value]] = []
    for value in row.values:
        is_percent = value.unit is not None and value.unit.text == "%"
        if is_percent and percent_marker is not None:
            chosen.append((percent_marker, value))
        elif marker.unit is None or value.unit is None or _compatible(value.unit, marker) or len(row.values) == 1:
            chosen.append((marker, value))
    results = []
    for position, (target, value) in enumerate(chosen):
        reference = _range_for(value, position, row)
        results.append(_result(target, printed_name.strip(), value, reference, row, page, start, number))
    return results


def _compatible(unit: Unit, marker: Marker) -> bool:
    if marker.unit is None:
        return False
    try:
        convert(1.0, unit, marker.unit, marker.molar_mass, marker.valence)
    except IncompatibleUnits:
        return False
    return True


def _range_for(value: _Value, position: int, row: _Row) -> Range | None:
    if not row.ranges:
        return None
    if value.unit is not None:
        for reference, unit in row.ranges:
            if unit is not None and unit.quantity.dimensionality == value.unit.quantity.dimensionality:
                return reference
    unitless = [reference for reference, unit in row.ranges if unit is None]
    if len(row.values) == 1:
        return (unitless or [row.ranges[0][0]])[0]
    return row.ranges[position][0] if position < len(row.ranges) and row.ranges[position][1] is None else None


def _result(marker: Marker, printed_name: str, value: _Value, reference: Range | None, row: _Row, page: str,
            start: int, number: int) -> LabResult:
    low = reference.low if reference else None
    high = reference.high if reference else None
    computed = computed_flag(value.number, low, high) if value.number is not None else None
    printed = printed_flag(row.flag, computed)
    canonical_value = canonical_low = canonical_high = None
    confidence, review = 1.0, False
    target = marker.unit
    if value.number is not None and target is not None:
        source = value.unit or target
        try:
            canonical_value = convert(value.number, source, target, marker.molar_mass, marker.valence)
            canonical_low = convert(low, source, target, marker.molar_mass, marker.valence) if low is not None else None
            canonical_high = convert(high, source, target, marker.molar_mass, marker.valence) if high is not None else None
        except IncompatibleUnits:
            confidence, review = confidence - 0.4, True
        if value.unit is None:
            confidence, review = confidence - 0.3, True
    elif value.number is not None:
        canonical_value, canonical_low, canonical_high = value.number, low, high
    if reference is None:
        confidence -= 0.1
    if computed is not None and printed != computed:
        review = True
    return LabResult(
        marker=marker, printed_name=printed_name, value=value.number, value_text=value.token,
        qualitative=value.qualitative, unit=value.unit_text,
        canonical_value=_round(canonical_value), canonical_unit=target.text if target else None,
        ref_low=low, ref_high=high, ref_text=reference.text if reference else None,
        canonical_low=_round(canonical_low), canonical_high=_round(canonical_high),
        printed_flag=printed, printed_flag_raw=row.flag, computed_flag=computed,
        page=number, start=start, end=row.end, confidence=round(max(confidence, 0.1), 2), needs_review=review,
    )


def _round(value: float | None) -> float | None:
    """Conversion factors leave binary noise (14.200000000000001); six significant digits are plenty."""
    return float(f"{value:.6g}") if value is not None else None
