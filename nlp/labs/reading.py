"""What the report prints for one anchor (a marker's name): its cell on the name's line, then the lines
under the name (the block layouts), or the rows under a line of names (transposed tables)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.bands import band_line
from nlp.labs.bilingual import UNCASED
from nlp.labs.cells import REFERENCE_LABEL, Cell, Value, read_cell
from nlp.labs.flags import FLAG
from nlp.labs.layout import Anchor, Line
from nlp.labs.numbers import NUMBER
from nlp.labs.ranges import BETWEEN, LOWER, SEX_WORDS, UPPER, starts_age_band
from nlp.labs.units import Unit, parse_unit
from nlp.text import fold

# Labelled lines under a marker (matched on accent-folded text)
# (a scan's specks around the label, its colon doubled or lost, the value glued on: ".Resultado::32U/L", "Resultado142")
_RESULT_LINE = re.compile(r"\s*[.,:;'·]*\s*(?:resu[l1ift]tados?|results?|valor encontrado|valor obtido|value)"
                          r"(?![^\W\d_])[\s.…_]*(?:[:=;][\s:;]*(?:\.\s+)?)?")
_UNIT_LINE = re.compile(r"\s*(?:units?|unidades?)(?: de medida| of measure)?\s*[:=]?\s*(?P<unit>\S+)")
_REFERENCE_LINE = re.compile(rf"\s*\(?(?:{fold(REFERENCE_LABEL)}|normal range|faixa de referencia|"
                             r"valores normais)\b[\s.…_]*[:=]?", re.IGNORECASE)
# a row that ends on its reference's label, the range printed on the line under it ("54 mg/dL   Valores de
# referência:" / "15 a 45 mg/dL")
_LABEL_ENDS_ROW = re.compile(rf"\b(?:{fold(REFERENCE_LABEL)})\b\.?\s*:\s*$")
_FLAG_LINE = re.compile(r"\s*(?:flag|sinalizador|indicador|interpretation|interpretacao)\s*[:=]\s*(?P<flag>\S+)")
_META_LINE = re.compile(r"\s*(?:material|metodo|method|methodology|metodologia|specimen|amostra|sample|equipamento|"
                        r"kit|nota|note|obs|observacao|comment|comentario|liberado|assinatura|responsavel|"
                        r"collected|coletado|analisado|previous|anterior|resultado anterior|indice|index|s/co|cut-?off|coi|"
                        r"controle|control|operator|operador)\b")
_STOP_LINE = re.compile(r"\s*(?:test|exame|analito|analyte)\s*[:\-]")
_STARTS_WITH_VALUE = re.compile(r"\s*(?:[<>≤≥]=?\s*)?\d|\s*(?:negativ|positiv|reagente|nao reagente|ausente|"
                                r"presente|"
                                r"detectado|nao detectado|tracos|negative|positive|reactive|non-reactive|absent|"
                                r"present|detected|not detected|trace)")
# "Tempo: 11,8 s" under "TEMPO DE PROTROMBINA": a labelled value line in a block whose name is not a label; a
# time test's "Tempo" also with a column's gap before its value ("Tempo      11,8 segundos")
TIME_LABEL = re.compile(r"\s*(?:tempo|time)(?: do paciente| of patient)?(?=\s{2,})")
_LABELLED_VALUE = re.compile(r"\s*[a-z][^:\d]{0,30}(?<!\blot)(?<!\blote)(?<!\bbatch)[:.]\s*(?=[<>≤≥]?\s*\d)")  # (not a kit's lot)
# A card's status before its value ("Acima do intervalo   16,9 g/dL", "Within range   92 mg/dL"): passed over
_STATUS_BEFORE_VALUE = re.compile(r"\s*(?:(?:acima|abaixo|dentro|fora)\s+d[oa]s?\s+(?:intervalo|faixa|referencia|"
                                  r"limites?)(?:\s+de\s+referencia)?|(?:within|above|below|in|out of)\s+(?:the\s+)?"
                                  r"(?:normal\s+|reference\s+)?(?:range|limits))\s{2,}"
                                  rf"(?=\d)(?!{NUMBER}\s*(?:a|-|–|to|ate)\s*\d)")  # (not a tier: "30 a 100")
_NAME_UNIT = re.compile(r"[ \t]*\((?P<unit>[^()\s]{1,20})\)")
# A card's tier names over its tiers' numbers ("Normal   Borderline high   High"): no reference's label
_TIER_NAMES = re.compile(r"\s*(?:normal|desejavel|otimo)\b(?!\s*range)[^\d:]*?\S\s{2,}\S[^\d:]*")  # two at least
# "Deficiency: < 20", "Normal: 30 - 100" (not "Prev. result: 38")
_TIER_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>[a-z][^:\d\n]{2,30}):\s*(?:[<>≤≥]=?\s*\d|\d+(?:[.,]\d+)?\s*(?:-|–|a|to)\s*\d)")
_NUMBER_ALONE = re.compile(rf"[<>≤≥]?{NUMBER}")
# A card's status alone beside its name ("WBC        NORMAL", "Potássio      ALTO"): its value and bar are under it
_STATUS_BESIDE_NAME = re.compile(r"(?:[ \t]*\([^()\s]{1,20}\))?[ \t]+(?:normal|high|low|alto|alta|baixo|baixa|"
                                 r"elevad[oa]|borderline|limitrofe|in range|out of range|dentro da faixa|fora da faixa|"
                                 r"abnormal|alterado)[ \t]*")
_TIME_VALUE = re.compile(rf"(?:{TIME_LABEL.pattern})\s{{2,}}(?=[<>≤≥]?\s*\d)(?!\d{{1,2}}:\d{{2}})")  # not a clock time
_TRANSPOSED_ROW = re.compile(r"\s*(?P<label>resultados?|results?|unidades?|units?|flags?|sinalizador|"
                             r"(?:ref\.?|reference|normal) (?:ranges?|intervals?)|refer[eê]ncias?|references?|"
                             r"valores de refer[eê]ncia|v\.?r\.?|ref\.?)\s*[:.]?(?=\s|$)", re.IGNORECASE)
_CELL = re.compile(r"\S+(?: \S+)*")  # columns are two or more spaces apart
_RANGE_TOKEN = re.compile(r"[<>≤≥]?\d[\d.,]*(?:[-–]\d[\d.,]*)?")
_BLOOD_GROUP = re.compile(r"[\s:.\-–—]*(?P<group>AB|A|B|O|0)(?!\w|[,.]\d)")  # ("0": O as Portugal and Europe print it)
# "Platelet count 1 lakh/cumm = 100,000/cumm": a note converting units, not a result.
_CONVERSION = re.compile(rf"(?:{NUMBER})\s*[a-zA-Zµ%/][^\s=<>]*\s*=\s*(?:{NUMBER})")  # a unit before the "="
# "Hemoglobina glicada — interpretação (SBD): normal inferior a 5,7 %; …; diabetes 6,5 % ou mais": a note on how to
# read the marker's results (its bands, targets, risk categories), not a result (matched on accent-folded text)
# (the note runs on single-spaced: a word in brackets, or a column's gap before a value, is the row's own aside —
# "HbA1c (target <53)   48 mmol/mol", "LDL Colesterol   Meta: < 100 mg/dL   128 mg/dL")
_NOTE_AFTER_NAME = re.compile(r"[ \t]?[:,;.—–-]?[ \t]?(?:interpreta\w*|classifica\w*|criterios?|criteria|categori\w*|"
                              r"estratifica\w*|risk categor\w*|valores desejaveis"
                              # a footnote's tiers right after the name ("Vitamina D: deficiência < 20; insuficiência …")
                              r"|deficien\w*|insuficien\w*|insufficien\w*)\b(?![^\n]*\S[ \t]{2,}\S)")
# A sentence after the name and its colon saying the result above was confirmed or called ("Potassium: critical
# result verified by repeat analysis; physician notified."): a note on it, not a block's head over a value (no digit,
# no column gap; "Potássio: amostra hemolisada" over "5,4 mmol/L" and "Leucócitos: raros por campo" stay results)
_SENTENCE_AFTER_NAME = re.compile(r"[ \t]*:(?=[^\n\d]*\b(?:verified|confirmed|repeated|notified|called|informed|"
                                  r"reviewed|confirmado|verificado|repetido|comunicado|notificado|informado|avisado)\b)"
                                  r"(?:(?![ \t]{2})[^\n\d])*(?:\n|$)")
# "Mulheres: 12,0 a 15,5" under a row; a letter's label before a number ("M: 45 – 84"), a bilingual one's own word first
_SEX_LINE = re.compile(rf"\s*(?:[{UNCASED}]\S*\s+)?(?:(?:{SEX_WORDS['male']}|{SEX_WORDS['female']})(?!\w)|"
                       r"[mhf]\s*[:=]\s*[<>≤≥]?\s*\d)")
# A page's number ("1/1", "Página 2 de 3"): never a value under a name
_PAGE_NUMBER = re.compile(r"\s*(?:pag(?:ina)?\.?\s*|page\s*|folha\s*)?\d+\s*(?:/|de|of)\s*\d+\s*")
_LEADING_LABEL = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\W\d_ ]{2,14})\s?[:.]")
_ANY_LABEL = re.compile(r"(?<![^\s])(?P<label>[^\W\d_][^\W\d_ ]{2,14})\s?[:.]")
_RANGE_ENDS = re.compile(rf"\s*(?P<low>{NUMBER})\s{{2,}}(?P<high>{NUMBER})\s*")
# A value printed before its name, as LIS exports that put the result column first do ("   5,23 10^6/uL   ERITROCITOS
# 4,50 - 5,90"), after a code column ("0109   4,85   10^6/uL   ERITROCITOS"): a value, a flag mark, then one token
# (its unit, checked as one), under a header that names the result column before the exam's.
_VALUE_FIRST = re.compile(rf"[ \t]*(?:\d{{3,6}}[ \t]{{2,}})?(?P<value>(?:[<>≤≥]=?[ \t]*)?(?:{NUMBER}))"
                          r"(?:[ \t]+[*!↑↓]|[ \t]+[HL]\b)?(?P<unit>[ \t]+(?:x ?)?(?:10[\^*³⁶⁹]\S*|[^\s\d]\S*))[ \t]{2,}$")
# The heading of the column that names what was tested (accent-folded)
TEST_HEADING = (r"(?:exames?|tests?|test name|analitos?|analytes?|parametros?|parameters?|determinac\w*|investigations?|"
                r"components?)")
_RESULT_FIRST_HEADER = re.compile(rf"[ \t]*(?:cod\w*\.?[ \t]+)?(?:resultados?|results?|valor)\b[^\n]*?\b{TEST_HEADING}")
# A table's header (its first heading names what was tested), and one that prints the reference column before the
# result's ("EXAME   REFERÊNCIA   RESULTADO UNIDADE"); matched on accent-folded text
_TABLE_HEADER = re.compile(rf"[ \t]*{TEST_HEADING}[ \t]{{2,}}\S")
_REFERENCE_HEADING = re.compile(r"(?:valor(?:es)? de )?(?:refer\w*|ref\.?(?: range)?|v\.?r\.?|normal range|faixa normal)")
# The result's heading (not "Resultado anterior"), or a dated or timed column's ("09/11/24", "1753", "08:40")
_RESULT_HEADING = re.compile(r"(?:resultados?|results?)\b(?![ \t]*(?:anterior|previo|previous))|"
                             r"(?:[01]\d|2[0-3]):?[0-5]\d$|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
# The day's control run beside the patient's ("TTPA - tempo do controle ....: 29,8 s", "TEMPO DE PROTROMBINA -
# CONTROLE DO DIA   12,6 SEG"): the name, or the words after it, say so
_CONTROL_NAME = re.compile(r"\s[-–]\s(?:(?:tempo|time|valor|value)\s+(?:do|of(?: the)?)\s+)?contro(?:l|le)(?:\s+do\s+dia)?"
                           r"[\s.:]*$")
_CONTROL_AFTER_NAME = re.compile(r"[ \t]*[-–:]?[ \t]*(?:(?:tempo|time|valor|value)\s+(?:do|of(?: the)?)\s+contro(?:l|le)|"
                                 r"contro(?:l|le)\s+do\s+dia|daily control|controle normal|normal control|"
                                 r"\(\s*(?:normal\s+)?contro(?:l|le)(?:\s+do\s+dia|\s+normal)?\s*\))")  # "APTT (control)"
MAX_BLOCK_LINES = 10


def reference_first_rows(folded: str, lines: list[Line]) -> list[bool]:
    """Per line, whether it is under a table header that prints the reference before the result (until the
    next table header)."""
    under, rows = False, []
    for line in lines:
        if not line.anchors and _TABLE_HEADER.match(folded, line.start, line.end):
            cells = _CELL.findall(folded, line.start, line.end)
            reference = next((index for index, cell in enumerate(cells) if _REFERENCE_HEADING.fullmatch(cell)), None)
            result = next((index for index, cell in enumerate(cells) if _RESULT_HEADING.match(cell)), None)
            under = reference is not None and result is not None and reference < result
        rows.append(under)
    return rows


@dataclass(frozen=True)
class Column:
    """Where an anchor's value may be under it: the whole line (a name alone on its line), or, for names side
    by side, the characters from its own name's column to the next name's (None: to the line's end)."""

    alone: bool
    start: int = 0
    end: int | None = None
    index: int = 0  # of the names on the line
    count: int = 1
    starts: tuple[int, ...] = ()  # where every name on the line starts

    def span(self, page: str, line: Line) -> tuple[int, int] | None:
        """The part of `line` in this column: the index-th of its parts when the line repeats its first label
        once per name ("Resultado: 4,4 g/dL  VR: …  Resultado: 25 U/L  VR: …", as a scan joins two blocks); the
        index-th of its cells, by order, when it has one or two per name and each name's first starts before the
        next name does (a line's spacing does not keep the names' columns exactly); else its cells that start in
        the column's characters."""
        if self.alone:
            return line.start, line.end
        if (parts := _label_parts(page, line, self.count)) is not None:
            return parts[self.index]
        cells = [(line.start + m.start(), line.start + m.end()) for m in _CELL.finditer(page[line.start:line.end])]
        share = len(cells) // self.count
        if cells and len(cells) == share * self.count <= 2 * self.count and all(
                cells[name * share][0] - line.start < following for name, following in enumerate(self.starts[1:])):
            # one or two cells per name ("17,7 g/dL   3.620 /mm³   212.000 /mm³"; a bar's two ends each): by order,
            # as a line's spacing does not keep its columns under the names'
            mine = cells[self.index * share:(self.index + 1) * share]
            return mine[0][0], mine[-1][1]
        inside = [(line.start + m.start(), line.start + m.end()) for m in _CELL.finditer(page[line.start:line.end])
                  if self.start <= m.start() and (self.end is None or m.start() < self.end)]
        return (inside[0][0], inside[-1][1]) if inside else None


def _value_before(page: str, folded: str, lines: list[Line], index: int, anchor: Anchor, decimal: str) -> Cell | None:
    """The value a result-first row prints before the name, with its unit, on a page whose table header puts the
    result column first (a section number, a time or a previous result left of a name is none)."""
    line = lines[index]
    if (found := _VALUE_FIRST.fullmatch(page, line.start, anchor.start)) is None or not any(
            _RESULT_FIRST_HEADER.match(folded, above.start, above.end) for above in lines[:index] if not above.anchors):
        return None
    cell = read_cell(page, found.start("value"), anchor.start, decimal)
    if cell is None or len(cell.values) != 1 or cell.ranges or cell.values[0].unit is None:
        return None
    return cell


def _label_parts(page: str, line: Line, count: int) -> list[tuple[int, int]] | None:
    """The line cut where its first label ("Resultado:") comes again, when it comes once per name; a scan's
    misread letters ("Resuitado") count as the same label."""
    first = _LEADING_LABEL.match(page, line.start, line.end)
    if first is None:
        return None
    key = _label_key(first["label"])
    starts = [found.start("label") for found in _ANY_LABEL.finditer(page, line.start, line.end)
              if _label_key(found["label"]) == key]
    if len(starts) != count:
        return None
    return [(start, end) for start, end in zip(starts, [*starts[1:], line.end], strict=True)]


def _label_key(label: str) -> str:
    return re.sub(r"[il1|]", "l", fold(label))[:6]


@dataclass
class Found:
    """Everything read for one anchor, before it becomes results."""

    cell: Cell
    unit: Unit | None  # from a `Units:` line or row, for values printed without one
    reference_text: str  # every reference text seen for it (the cell's tail and the lines under it)
    flag: str | None
    end: int


def read_anchor(page: str, folded: str, lines: list[Line], index: int, anchor: Anchor, cell_end: int,
                column: Column, decimal: str, reference_first: bool = False) -> Found | None:
    """The anchor's own cell, then the lines under it: whole lines when it is alone on its line; its column
    of them when names stand side by side with nothing read beside them (cards: the name, a description,
    the value, the range's ends under a bar)."""
    if _CONVERSION.search(page, anchor.name_end, cell_end) or _NOTE_AFTER_NAME.match(folded, anchor.name_end) \
            or _SENTENCE_AFTER_NAME.match(folded, anchor.name_end) \
            or _CONTROL_NAME.search(folded[anchor.start:anchor.name_end]) or _CONTROL_AFTER_NAME.match(folded, anchor.name_end):
        return None
    cell = _blood_group(page, anchor.name_end, cell_end) if anchor.marker.key == "abo_group" else None
    cell = cell or read_cell(page, anchor.name_end, cell_end, decimal, reference_first)
    status = None
    measured = anchor.marker.unit is not None and anchor.marker.specimen == "blood"
    card = _STATUS_BESIDE_NAME.fullmatch(folded, anchor.name_end, cell_end) is not None  # "WBC      NORMAL"
    if cell is not None and all(value.qualitative == "normal" for value in cell.values) and (
            not column.alone or (measured and _value_under(page, lines, index))):
        status, cell = cell, None  # a card's status word beside its name; the value may be under it
    reference = [page[cell.values[-1].end:cell_end]] if cell is not None else []
    if cell is not None and cell.leading_reference is not None:
        # a reference printed before the value, its other bands on the lines under it ("Homens: 1,7 a 8,6")
        reference = [page[slice(*cell.leading_reference)]]  # (the lines under it are read below)
    unit: Unit | None = None
    if (status is not None or (card and cell is None)) and (bracketed := _NAME_UNIT.match(page, anchor.name_end,
                                                                                          cell_end)):
        if "/" in bracketed["unit"] or "%" in bracketed["unit"] or fold(bracketed["unit"]) in ("fl", "pg"):
            unit = parse_unit(bracketed["unit"])  # "WBC (x10E3/uL)      Normal" (not "Ferritin (S)": serum)
    flag = cell.flag if cell is not None else None
    end = cell.end if cell is not None else cell_end
    if (cell is None or (len(cell.values) == 1 and cell.values[0].comparator and cell.values[0].unit is None)) \
            and column.index == 0 and (before := _value_before(page, folded, lines, index, anchor, decimal)):
        # (after a value printed first, "< 0,50" is the reference; the next row's value is not this one's)
        return Found(cell=before, unit=None, reference_text=page[anchor.name_end:cell_end], flag=before.flag,
                     end=cell_end)
    if column.alone or cell is None:
        # its tiers go on under it: a reference before the value, or a tier's beside it ("23.5  ng/mL  Deficiency: < 20"
        # over "Insufficiency: 20 - 29", "Sufficiency: 30 - 100")
        in_reference = cell is not None and (cell.leading_reference is not None or _tier_beside(fold(reference[0])))
        label_above = cell is not None and _LABEL_ENDS_ROW.search(fold(reference[0])) is not None
        timed = anchor.marker.unit is not None and str(anchor.marker.unit.quantity.dimensionality) == "[time]"
        own_row = cell is not None  # a row's value beside its name: its reference lines follow it, unbroken
        for line in lines[index + 1:index + 1 + MAX_BLOCK_LINES]:
            if line.anchors or _STOP_LINE.match(folded, line.start, line.end) or (
                    own_row and not page[line.start:line.end].strip()):
                break  # (a blank line under a row ends it: the notes below are the page's, "1 Haemoglobin: men …")
            if (span := column.span(page, line)) is None:
                continue
            start, stop = span
            text = folded[start:stop]
            label = _RESULT_LINE.match(text)
            under_label, label_above = label_above, False
            if label and not _REFERENCE_LINE.match(text):
                in_reference = False
                if cell is None and (read := read_cell(page, start + label.end(), stop, decimal)):
                    cell, flag, end = read, read.flag, read.end
                    reference.append(page[read.values[-1].end:stop])
                    label_above = _LABEL_ENDS_ROW.search(fold(reference[-1])) is not None  # "Valor de referência:"
            elif match := _UNIT_LINE.match(text):
                unit = parse_unit(page[start + match.start("unit"):start + match.end("unit")]) or unit
            elif card and cell is None and unit is None and (alone := _unit_alone(page[start:stop].split())):
                unit = alone  # a card's unit on its own line between the name and the value
            elif match := _FLAG_LINE.match(text):
                flag = page[start + match.start("flag"):start + match.end("flag")]
            elif (_REFERENCE_LINE.match(text) and not (cell is None and _TIER_NAMES.fullmatch(text))) \
                    or _sex_line(text) \
                    or (in_reference and _tier(text)) \
                    or band_line(page[start:stop], decimal) or (under_label and _range_line(page[start:stop])):
                in_reference = True
                reference.append(page[start:stop])
            elif cell is not None and (card or not column.alone) and (ends := _RANGE_ENDS.fullmatch(text)):
                reference.append(f"{ends['low']} - {ends['high']}")  # the two ends printed under a bar
            elif cell is None and not _META_LINE.match(text) and not _PAGE_NUMBER.fullmatch(text) and (
                    (starts := _STARTS_WITH_VALUE.match(text)) or (labelled := _LABELLED_VALUE.match(text))
                    or (labelled := _STATUS_BEFORE_VALUE.match(text))
                    or (timed and (labelled := _TIME_VALUE.match(text)))):
                begin = start if starts else start + labelled.end()
                if read := read_cell(page, begin, stop, decimal):
                    cell, flag, end = read, read.flag, read.end
                    reference.append(page[read.values[-1].end:stop])
                    label_above = _LABEL_ENDS_ROW.search(fold(reference[-1])) is not None
            else:
                in_reference = False
                continue
            if cell is not None:
                end = max(end, stop)
    if cell is None and status is not None and anchor.marker.unit is None:
        cell = status  # nothing under it: "Normal" is the result of a qualitative test
    if cell is None:
        return None
    return Found(cell=cell, unit=unit, reference_text="\n".join(part for part in reference if part.strip()),
                 flag=flag, end=end)


def _tier_beside(text: str) -> bool:
    """Whether a row's text after its value holds a tier of a scale ("Deficiency: < 20"), not a reference's label, or
    an age band's ("0 a 23 h: até 5,8")."""
    return any(not _REFERENCE_LINE.fullmatch(tier["label"]) for tier in _TIER_LABEL.finditer(text)) \
        or starts_age_band(text)


def _value_under(page: str, lines: list[Line], index: int) -> bool:
    """Whether the first line under a name alone on its line (past blank ones and a unit alone) is a number alone
    or with its unit: a card's value under its status ("Colesterol total      Normal" over "180 mg/dL"), not a
    label's ("Jejum: 12 horas") nor a sentence's ("2 amostras coletadas")."""
    for line in lines[index + 1:index + 1 + MAX_BLOCK_LINES]:
        words = page[line.start:line.end].split()
        if line.anchors:
            return False
        if words and _unit_alone(words) is None:
            return _NUMBER_ALONE.fullmatch(words[0]) is not None and (
                len(words) == 1 or parse_unit(words[1]) is not None)
    return False


def _unit_alone(words: list[str]) -> Unit | None:
    """A line's one word when it is a unit ("x10E3/uL"), not a number."""
    return parse_unit(words[0]) if len(words) == 1 and not _NUMBER_ALONE.fullmatch(words[0]) else None


def _blood_group(page: str, start: int, end: int) -> Cell | None:
    """An ABO group's reading: its letters ("A", "AB", "O"), read only after a blood group's name (a lone "A" is a
    flag elsewhere), lower case as the readings are."""
    match = _BLOOD_GROUP.match(page, start, end)
    if match is None:
        return None
    group = "O" if match["group"] == "0" else match["group"]
    return Cell(values=[Value(token=group, number=None, unit=None, unit_text=None, qualitative=group.lower(),
                              end=match.end("group"))], ranges=[], flag=None, end=match.end("group"))


def read_transposed(page: str, folded: str, lines: list[Line], index: int, decimal: str) -> list[Found | None]:
    """A line of names with the results, flags, units and references in rows under it, column by column
    ("Sódio  Potássio  Cloro" / "Resultado  149  4,9  103" / "Unidade  mEq/L  mEq/L  mEq/L"; a strip of a panel:
    "Test  Hb  PCV  WCC" / "Result  140  0.42  13.7" / "Flag      H" / "Units  g/L  L/L  x10^9/L"). One entry per
    anchor of the line (None where nothing could be read); empty when the rows do not line up. The result row
    has a cell under every name (one the catalogue does not hold too); a row with fewer cells (a flag under one
    column, references under some) gives each to the column it stands in."""
    line = lines[index]
    names = [(m.start(), m.end()) for m in _CELL.finditer(page[line.start:line.end])
             if line.start + m.start() >= line.anchors[0].start]  # (a "Test" label's column left of the first name)
    columns = [next((position for position, (start, end) in enumerate(names)
                     if start <= anchor.start - line.start < end), None) for anchor in line.anchors]
    if None in columns:
        return []
    results: list[tuple[int, int]] = []
    rows: dict[str, list[tuple[int, int] | None]] = {}  # the other rows' cells, by column
    centres: list[float] = []  # where each column stands on its lines: between its name's and its result's middles
    for following in lines[index + 1:index + 6]:
        label = _TRANSPOSED_ROW.match(folded, following.start, following.end)
        if label is None or following.anchors:
            break
        cells = [(label.end() + m.start(), label.end() + m.end())
                 for m in _CELL.finditer(page[label.end():following.end])]
        kind = _row_kind(label.group("label"))
        if kind == "result":
            if len(cells) != len(names):
                return []
            results = cells
            centres = [(start + end + cell_start + cell_end - 2 * following.start) / 4
                       for (start, end), (cell_start, cell_end) in zip(names, cells, strict=True)]
        elif len(cells) == len(names):
            rows[kind] = list(cells)
        elif centres:
            rows[kind] = _in_columns(page, cells, following.start, centres)
    if not results:
        return []
    found: list[Found | None] = []
    none: list[tuple[int, int] | None] = [None] * len(names)
    for column in columns:
        start, end = results[column]
        cell = read_cell(page, start, end, decimal)
        unit, reference, flag = (rows.get(kind, none)[column] for kind in ("unit", "reference", "flag"))
        printed = page[slice(*flag)].strip() if flag else ""
        found.append(Found(cell=cell, unit=parse_unit(page[slice(*unit)]) if unit else None,
                           reference_text=page[slice(*reference)] if reference else "",
                           flag=printed if FLAG.fullmatch(printed) else cell.flag, end=end)
                     if cell is not None else None)
    return found


def _row_kind(label: str) -> str:
    label = fold(label)
    return "result" if label.startswith("result") else "unit" if label.startswith(("unid", "unit")) else \
        "flag" if label.startswith(("flag", "sinal")) else "reference"


def _split_ranges(page: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells split where two ranges stand a single space apart ("4.0-11.0 150-400"): one per column."""
    split: list[tuple[int, int]] = []
    for start, end in cells:
        pieces = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", page[start:end])]
        split += pieces if len(pieces) > 1 and all(_RANGE_TOKEN.fullmatch(page[a:b]) for a, b in pieces) \
            else [(start, end)]
    return split


def _in_columns(page: str, cells: list[tuple[int, int]], line_start: int,
                centres: list[float]) -> list[tuple[int, int] | None]:
    """A row with fewer cells than columns: each cell in the column it stands under (the nearest, within half the
    columns' spacing)."""
    placed: list[tuple[int, int] | None] = [None] * len(centres)
    spacing = (centres[-1] - centres[0]) / (len(centres) - 1) if len(centres) > 1 else float("inf")
    for start, end in _split_ranges(page, cells):
        middle = (start + end) / 2 - line_start
        nearest = min(range(len(centres)), key=lambda position: abs(centres[position] - middle))
        if abs(centres[nearest] - middle) <= spacing / 2 and placed[nearest] is None:
            placed[nearest] = (start, end)
    return placed


def _range_line(text: str) -> bool:
    """A line that is a range and nothing else: a tier's or a sex's label before it, a unit after it ("15 a 45
    mg/dL", "Até 4,00 ng/mL", "Deficiência: inferior a 20 ng/mL"; not "Jejum de 8 a 12 horas")."""
    found = [match for pattern in (BETWEEN, UPPER, LOWER) if (match := pattern.search(text))]
    if not found:
        return False
    first = min(found, key=lambda match: match.start())
    before, after = text[:first.start()].strip(), text[first.end():].strip()
    return (not before or (before.endswith(":") and not re.search(r"\d", before))) \
        and (not after or parse_unit(after) is not None)


def _tier(text: str) -> bool:
    """A line that goes on with a reference text above it: tiers ("Pré-diabetes: 5,7 a 6,4"), ages."""
    return bool(re.search(r"\d", text)) and (":" in text or bool(re.search(r"\d\s*(?:a|-|–|to|até)\s*\d", text)))


def _sex_line(text: str) -> bool:
    return _SEX_LINE.match(text) is not None
