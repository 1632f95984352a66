"""Lab reports → LabResult, following each marker wherever the layout puts its value.

Every catalogued marker name that starts a line or a column (after a wide gap, a bar, a bullet or a
`Test:`/`Exame:` label) is an anchor. Its value is read from the rest of its cell (one-row layouts,
side-by-side columns), else from the lines under it up to the next anchor (the block layouts:
`Método: …` then `Resultado: 13,1 g/dL`; label-value lines `Result:`/`Units:`/`Reference interval:`).
A value's unit is the report's: its own cell, a `Units:` line, the reference text, or a group header
(`BIOQUÍMICA (mg/dL)`); never the marker's canonical unit. A value whose unit cannot be read is kept
as read and marked unconverted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nlp.labs.catalog import Marker, catalog
from nlp.labs.cells import REFERENCE_LABEL, Cell, Value, read_cell
from nlp.labs.dates import report_dates
from nlp.labs.flags import computed_flag, final_flag, printed_flag
from nlp.labs.header import patient_sex
from nlp.labs.numbers import decimal_mark
from nlp.labs.ranges import Range, by_sex, parse_range
from nlp.labs.units import IncompatibleUnits, Unit, convert, parse_unit
from nlp.text import fold, language

_LABEL = r"(?:(?:test|exame|analito|analyte|parametro|parameter|investigation|determinacao)\s*[:\-]\s*)?"
_COLUMN_START = re.compile(rf"(?:^|\s{{2,}}|\t|\|)[ \t]*(?:[-•·*][ \t]*)?{_LABEL}", re.MULTILINE)
# Labelled lines under a marker (matched on accent-folded text)
_RESULT_LINE = re.compile(r"\s*(?:resultados?|results?|valor encontrado|valor obtido|value)\b[\s.…_]*[:=]?")
_UNIT_LINE = re.compile(r"\s*(?:units?|unidades?)\s*[:=]\s*(?P<unit>\S+)")
_REFERENCE_LINE = re.compile(rf"\s*\(?(?:{fold(REFERENCE_LABEL)}|normal range|faixa de referencia|"
                             r"valores normais)\b[\s.…_]*[:=]?", re.IGNORECASE)
_FLAG_LINE = re.compile(r"\s*(?:flag|sinalizador|indicador|interpretation|interpretacao)\s*[:=]\s*(?P<flag>\S+)")
_META_LINE = re.compile(r"\s*(?:material|metodo|method|methodology|metodologia|specimen|amostra|sample|equipamento|"
                        r"kit|nota|note|obs|observacao|comment|comentario|liberado|assinatura|responsavel|"
                        r"collected|coletado|analisado)\b")
_STOP_LINE = re.compile(r"\s*(?:test|exame|analito|analyte)\s*[:\-]")
_STARTS_WITH_VALUE = re.compile(r"\s*(?:[<>≤≥]=?\s*)?\d|\s*(?:negativ|positiv|reagente|nao reagente|ausente|presente|"
                                r"detectado|nao detectado|tracos|negative|positive|reactive|non-reactive|absent|"
                                r"present|detected|not detected|trace)")
_GROUP_UNIT = re.compile(r"\((?:em\s+|in\s+|units?:?\s*|unidades?:?\s*)?(?P<unit>[^()\s]{1,16})\)", re.IGNORECASE)
_MAX_BLOCK_LINES = 10
_URINE_HEADING = re.compile(r"\b(?:urinalysis|urine (?:analysis|dipstick|routine)|urina (?:tipo|rotina|i\b|1\b)|"
                            r"eas\b|sumario de urina|exame (?:qualitativo )?de urina|elementos anormais|"
                            r"caracteres fisicos|analise bioquimica da urina|uroanalise)")
# "Tempo: 11,8 s" under "TEMPO DE PROTROMBINA": a labelled value line in a block whose name is not a label
_LABELLED_VALUE = re.compile(r"\s*[a-z][^:\d]{0,30}[:.]\s*(?=[<>≤≥]?\s*\d)")


@dataclass(frozen=True)
class LabResult:
    marker: Marker
    loinc: str  # the marker's, or its substance-concentration code when the value is in mmol/L, µmol/L…
    printed_name: str
    value: float | None
    value_text: str
    qualitative: str | None
    comparator: str | None  # "<", "<=", ">", ">=" when printed with the value
    unit: str | None  # as printed (own cell, column or group header, reference text); None when unreadable
    canonical_value: float | None  # None when unconverted: never chart or judge it in the canonical unit
    canonical_unit: str | None
    unconverted: bool
    ref_low: float | None
    ref_high: float | None
    ref_text: str | None
    canonical_low: float | None
    canonical_high: float | None
    printed_flag: str  # normalised; "N" when the report prints none
    printed_flag_raw: str | None
    computed_flag: str | None
    flag: str  # what a reader acts on: computed when possible, else printed
    flag_corrected: bool  # the printed flag contradicted the value and was replaced
    page: int
    start: int
    end: int
    confidence: float
    needs_review: bool


@dataclass(frozen=True)
class LabReport:
    results: list[LabResult]
    collected_on: date | None
    reported_on: date | None
    language: str


@dataclass(frozen=True)
class _Anchor:
    start: int
    marker: Marker
    name_end: int


@dataclass
class _Line:
    start: int
    end: int
    anchors: list[_Anchor]


@dataclass
class _Found:
    """Everything read for one anchor, before it becomes results."""

    cell: Cell
    unit: Unit | None  # from a `Units:` line or a group header, for values printed without one
    unit_text: str | None
    reference_text: str  # every reference text seen for it (the cell's tail and the lines under it)
    flag: str | None
    end: int


def parse_lab_report(pages: list[str], sex: str | None = None) -> LabReport:
    """Every result on every page, with the report's dates (page numbers start at 1). `sex` picks
    per-sex reference ranges; without it the header's is used."""
    text = "\n".join(pages)
    lang = language(text)
    decimal = decimal_mark(text, lang)
    dates = report_dates(text, lang)
    sex = sex or patient_sex(text)
    results = [result for number, page in enumerate(pages, start=1)
               for result in _page_results(page, number, decimal, sex)]
    return LabReport(results=results, collected_on=dates.get("collected"), reported_on=dates.get("reported"),
                     language=lang)


def _page_results(page: str, number: int, decimal: str, sex: str | None) -> list[LabResult]:
    folded = fold(page)
    lines = _lines(page, folded)
    results: list[LabResult] = []
    group_units: list[Unit] = []
    for index, line in enumerate(lines):
        if not line.anchors:
            group_units = _group_units(page, line, group_units)
            continue
        for position, anchor in enumerate(line.anchors):
            cell_end = line.anchors[position + 1].start if position + 1 < len(line.anchors) else line.end
            alone = len(line.anchors) == 1
            found = _read(page, folded, lines, index, anchor, cell_end, alone, decimal)
            if found is not None:
                group_unit = group_units[min(position, len(group_units) - 1)] if group_units else None
                results.extend(_results(anchor.marker, page[anchor.start:anchor.name_end].strip(), found, group_unit,
                                        decimal, sex, anchor.start, number))
    return results


def _lines(page: str, folded: str) -> list[_Line]:
    """The page's lines with their anchors. A urinalysis heading switches to the urine markers (there
    "Glicose" is the urine test) until a heading of another section."""
    lines, offset, specimen = [], 0, "blood"
    for raw in page.splitlines(keepends=True):
        end = offset + len(raw.rstrip("\r\n"))
        anchors = _anchors(folded, offset, end, specimen)
        if not anchors:
            specimen = _specimen(page[offset:end], folded[offset:end], specimen)
        lines.append(_Line(offset, end, anchors))
        offset += len(raw)
    return lines


def _specimen(text: str, folded: str, current: str) -> str:
    if _URINE_HEADING.search(folded):
        return "urine"
    return "blood" if current == "urine" and _heading(text) else current


def _heading(text: str) -> bool:
    """A line of capitals without numbers: a section or exam heading."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and not any(ch.isdigit() for ch in text) \
        and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def _anchors(folded: str, start: int, end: int, specimen: str) -> list[_Anchor]:
    """Marker names at the start of the line or of a column; a column ends where the next begins."""
    anchors: list[_Anchor] = []
    for column in _COLUMN_START.finditer(folded, start, end):
        found = catalog().match(folded, column.end(), specimen)
        if found is not None and found[1] <= end and (not anchors or column.end() >= anchors[-1].name_end):
            anchors.append(_Anchor(column.end(), found[0], found[1]))
    return anchors


def _read(page: str, folded: str, lines: list[_Line], index: int, anchor: _Anchor, cell_end: int, alone: bool,
          decimal: str) -> _Found | None:
    """The anchor's own cell, then (when it is alone on its line) the lines under it."""
    cell = read_cell(page, anchor.name_end, cell_end, decimal)
    reference = [page[cell.values[-1].end:cell_end]] if cell is not None else []
    unit: tuple[Unit, str] | None = None
    flag = cell.flag if cell is not None else None
    end = cell.end if cell is not None else cell_end
    if alone:
        in_reference = False
        for line in lines[index + 1:index + 1 + _MAX_BLOCK_LINES]:
            text = folded[line.start:line.end]
            if line.anchors or _STOP_LINE.match(text):
                break
            label = _RESULT_LINE.match(text)
            if label and not _REFERENCE_LINE.match(text):
                in_reference = False
                if cell is None and (read := read_cell(page, line.start + label.end(), line.end, decimal)):
                    cell, flag, end = read, read.flag, read.end
                    reference.append(page[read.values[-1].end:line.end])
            elif match := _UNIT_LINE.match(text):
                parsed = parse_unit(page[line.start + match.start("unit"):line.start + match.end("unit")])
                unit = (parsed, parsed.text) if parsed else unit
            elif match := _FLAG_LINE.match(text):
                flag = page[line.start + match.start("flag"):line.start + match.end("flag")]
            elif _REFERENCE_LINE.match(text) or _sex_line(text) or (in_reference and _tier(text)):
                in_reference = True
                reference.append(page[line.start:line.end])
            elif cell is None and not _META_LINE.match(text) and (
                    _STARTS_WITH_VALUE.match(text) or (labelled := _LABELLED_VALUE.match(text))):
                start = line.start if _STARTS_WITH_VALUE.match(text) else line.start + labelled.end()
                if read := read_cell(page, start, line.end, decimal):
                    cell, flag, end = read, read.flag, read.end
                    reference.append(page[read.values[-1].end:line.end])
            else:
                in_reference = False
                continue
            if cell is not None:
                end = max(end, line.end)
    if cell is None:
        return None
    return _Found(cell=cell, unit=unit[0] if unit else None, unit_text=unit[1] if unit else None,
                  reference_text="\n".join(part for part in reference if part.strip()), flag=flag, end=end)


def _tier(text: str) -> bool:
    """A line that goes on with a reference text above it: tiers ("Pré-diabetes: 5,7 a 6,4"), ages."""
    return bool(re.search(r"\d", text)) and (":" in text or bool(re.search(r"\d\s*(?:a|-|–|to|até)\s*\d", text)))


def _sex_line(text: str) -> bool:
    return bool(re.match(r"\s*(?:homens?|mulheres?|masculino|feminino|male|female|men|women)\b", text))


def _group_units(page: str, line: _Line, current: list[Unit]) -> list[Unit]:
    """A line without results may set the unit of the rows under it ("LIPID PROFILE (mmol/L)"), one per
    column when it names several ("Valores relativos (%)   Valores absolutos (/mm³)"); a new heading
    ends them."""
    text = page[line.start:line.end]
    units = [parsed for match in _GROUP_UNIT.finditer(text)
             if (parsed := parse_unit(match.group("unit"))) is not None and parsed.text != "s"]
    if units:
        return units
    return [] if _heading(text) else current


def _results(marker: Marker, printed_name: str, found: _Found, group_unit: Unit | None, decimal: str,
             sex: str | None, start: int, number: int) -> list[LabResult]:
    percent_marker = catalog().percent.get(marker.key)
    cell = found.cell
    chosen: list[tuple[Marker, Value]] = []
    for value in cell.values:
        unit = value.unit or _fallback_unit(marker, found, group_unit, cell)
        if unit is not None and unit.text == "%" and percent_marker is not None:
            chosen.append((percent_marker, value))
        elif marker.unit is None or unit is None or _compatible(unit, marker) or len(cell.values) == 1:
            chosen.append((marker, value))
    results = []
    for position, (target, value) in enumerate(chosen):
        unit = value.unit or _fallback_unit(target, found, group_unit, cell)
        reference = _reference(value, unit, position, found, decimal, sex)
        results.append(_result(target, printed_name, value, unit, reference, found, start, number))
    return results


def _fallback_unit(marker: Marker, found: _Found, group_unit: Unit | None, cell: Cell) -> Unit | None:
    """A unit printed for the value somewhere other than beside it: a `Units:` line, the reference
    range's own unit, the group header's (when it can measure this marker)."""
    if found.unit is not None:
        return found.unit
    range_units = [unit for _, unit in cell.ranges if unit is not None]
    if len(cell.values) == 1 and range_units:
        return range_units[0]
    if len(cell.values) == 1 and (from_text := _unit_in_reference(found.reference_text)) is not None:
        return from_text
    if group_unit is not None and (_compatible(group_unit, marker) or (
            group_unit.text == "%" and marker.key in catalog().percent)):
        return group_unit
    return None


_REFERENCE_UNIT = re.compile(r"\d\s*(?P<unit>(?:x\s?10\S*|[a-zµμ%/][^\s,;)]*))", re.IGNORECASE)


def _unit_in_reference(text: str) -> Unit | None:
    for match in _REFERENCE_UNIT.finditer(text):
        if (unit := parse_unit(match.group("unit"))) is not None:
            return unit
    return None


def _compatible(unit: Unit, marker: Marker) -> bool:
    if marker.unit is None:
        return False
    try:
        convert(1.0, unit, marker.unit, marker.molar_mass, marker.valence)
    except IncompatibleUnits:
        return False
    return True


def _reference(value: Value, unit: Unit | None, position: int, found: _Found, decimal: str,
               sex: str | None) -> Range | None:
    """The range that applies to this patient: the sex's when the report prints one per sex (none when the
    sex is unknown), else the cell's range for this value, else the first range under the marker."""
    per_sex = by_sex(found.reference_text, decimal)
    if per_sex:
        return per_sex.get(sex) if sex else None
    cell = found.cell
    if cell.ranges:
        if unit is not None:
            for reference, range_unit in cell.ranges:
                if range_unit is not None and range_unit.quantity.dimensionality == unit.quantity.dimensionality:
                    return reference
        unitless = [reference for reference, range_unit in cell.ranges if range_unit is None]
        if len(cell.values) == 1:
            return (unitless or [cell.ranges[0][0]])[0]
        if position < len(cell.ranges) and cell.ranges[position][1] is None:
            return cell.ranges[position][0]
        return None
    if len(cell.values) == 1 and found.reference_text.strip():
        return parse_range(found.reference_text, decimal)
    return None


def _result(marker: Marker, printed_name: str, value: Value, unit: Unit | None, reference: Range | None,
            found: _Found, start: int, number: int) -> LabResult:
    low = reference.low if reference else None
    high = reference.high if reference else None
    canonical_value = canonical_low = canonical_high = None
    unconverted = False
    target = marker.unit
    if value.number is not None:
        if target is None:
            canonical_value, canonical_low, canonical_high = value.number, low, high
        elif unit is None:
            unconverted = True
        else:
            try:
                canonical_value = convert(value.number, unit, target, marker.molar_mass, marker.valence)
                canonical_low = convert(low, unit, target, marker.molar_mass, marker.valence) if low is not None else None
                canonical_high = convert(high, unit, target, marker.molar_mass, marker.valence) if high is not None else None
            except IncompatibleUnits:
                unconverted = True
    computed = computed_flag(marker.key, value.number, canonical_value, low, high) if value.number is not None else None
    printed = printed_flag(found.flag)
    flag, corrected = final_flag(printed, computed)
    confidence = 1.0 - 0.4 * unconverted - 0.1 * (reference is None)
    return LabResult(
        marker=marker, loinc=marker.loinc_for(unit), printed_name=printed_name, value=value.number, value_text=value.token,
        qualitative=value.qualitative, comparator=value.comparator,
        unit=value.unit_text or (unit.text if unit else None),
        canonical_value=_round(canonical_value), canonical_unit=target.text if target else None,
        unconverted=unconverted, ref_low=low, ref_high=high,
        ref_text=reference.text if reference else (found.reference_text.strip() or None),
        canonical_low=_round(canonical_low), canonical_high=_round(canonical_high),
        printed_flag=printed if printed is not None else "N", printed_flag_raw=found.flag, computed_flag=computed,
        flag=flag, flag_corrected=corrected, page=number, start=start, end=found.end,
        confidence=round(max(confidence, 0.1), 2), needs_review=unconverted or corrected,
    )


def _round(value: float | None) -> float | None:
    """Conversion factors leave binary noise (14.200000000000001); six significant digits are plenty."""
    return float(f"{value:.6g}") if value is not None else None
