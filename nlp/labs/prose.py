"""Results written in sentences, as a clinic letter gives them ("bloods showed Hb 97 g/L, WCC 9.6, plt 103";
"an ALT of 17 U/L"; "her ferritin (iron stores) 365 micrograms/L"). Read only on a page where no row of a
table gave a result: a marker's name, a few linking words ("of", "was", "has risen to"), then the value and
the unit that follows it, if any. Nothing else may stand between name and value, so a previous value without
its name ("it was 47 in March", "down from 76") is never read as a result."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.catalog import Marker, catalog
from nlp.labs.cells import FORMULA, read_cell
from nlp.labs.dates import MONTHS
from nlp.labs.reading import Found

_SENTENCE_LINE = re.compile(r"^[ \t]*\S+(?: \S+){5,}[ \t]*$", re.MULTILINE)  # six words or more, single-spaced
SENTENCE_SHARE = 0.35  # of a page's non-empty lines: a letter has 0.41-0.54, tables 0.0-0.41 (evaluation parts)
_AFTER_NUMBER = re.compile(r"\d[ \t]?\Z")
_WORD_START = re.compile(r"(?<![\w+-])(?=\w)")
# Between a name and its value: an aside in brackets ("(CKD-EPI 2021)", "(iron stores)"), then linking words.
_LINK = re.compile(r"(?:\s*\([^()\n]{1,30}\))?[\s:=)]*"
                   r"(?:(?:of|was|were|is|are|at|now|remains|remained|has|had|have|risen|rose|fallen|fell|"
                   r"increased|decreased|improved|to|era|foi|estava|esta|de|em)[\s:]+){0,4}")
_VALUE_START = re.compile(r"(?:[<>≤≥]=?\s*)?\d")
# A sentence's clause ends at ";", ", " or ". " (not a decimal mark), a blank line, " and "/" e ", or a list's " / ".
_CLAUSE_END = re.compile(r";|,\s|\.(?=\s|$)|\n\s*\n|\s(?:and|with|e|com)\s|[ \t]/[ \t]")


_CRITERION = re.compile(r"\b(?:or (?:more|above|higher|greater|less|below)|ou (?:mais|menos|superior|acima|abaixo)|"
                        r"indicat|indica|suggest|sugere|sugestiv|diagnos|consider|defin|criteri|target|goal|"
                        r"meta\b|alvo|desirable|desejavel|risk|risco|cut-?off|ponto de corte)")
_PREVIOUS = r"previous(?:ly)?|prior|target|baseline|anterior(?:es|mente)?|meta|alvo|na ultima"
# A value on admission is a result of its own unless the text gives the marker's later one too ("Na admissão: Hb 16,9
# … Exames da última coleta: Hb 15,9")
_ADMISSION = re.compile(r"\b(?:admissao|admission|admitted|internacao|na entrada)\b")
# Said before the name, in its clause ("her previous HbA1c was 58", "target INR 2.5", "na última consulta")
_ANOTHER_BEFORE = re.compile(rf"\b(?:{_PREVIOUS}|last (?:year|month|week|visit|time)|(?:ano|mes) passado)\b")
# (and "last year's HbA1c was 58": a value of another time)
# Said after the value ("98 umol/L in March", "2 weeks ago", "era 1,1 em março"): of another time, not this result
_ANOTHER_TIME = re.compile(rf"\b(?:{_PREVIOUS}|ago|earlier|before|last|antes|atras|previo|"
                           rf"(?:in|em) (?:{'|'.join(MONTHS)})[a-z]*|weeks?|days?|months?|years?|semanas?|dias?|meses|"
                           rf"mes|anos?)\b")
_LINE_LABEL = re.compile(r"[ \t]*[^\W\d_][^:\n]{0,30}:")
# A line's label saying its results are earlier ones ("Exames anteriores:   HbA1c 7,5%", "Previous results (2023):")
EARLIER_LABEL = re.compile(r"[ \t]*(?:(?:exames|resultados|results|labs|bloods|analises|tests|values)\b[^:\n]{0,30}?"
                           r"\b(?:anteriores|previous|prior(?! to)|previos)|(?:previous|prior|earlier)(?:[ \t]+(?:results|"
                           r"labs|bloods|tests|exames|values))?)\b[^:\n]{0,20}:")
# What may follow a value in a sentence: its unit, a flag, or the clause's end; another word ("5 mg daily",
# "10 units at night") makes it a dose or a count of something else.
_AFTER_VALUE = re.compile(r"[ \t]*(?:[()\].,;:]|\n|$)|[ \t]+/[ \t]")  # (" / " separates a list's results)
# A line listing three results or more inline: a name, a number, a separator ("; ", " / "), twice or more
_LISTED = r"[^\W\d_][^;/\n]{0,25}?\d[^;/\n]*(?:;|[ \t]/[ \t])"
# A line's own date before its results ("Labs 10/11:", "Exames (08/05/2024)"): day, month, year when printed
_LINE_DATE = re.compile(r"[^\d\n]{0,30}?\(?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
# A line of targets or of doses, not of results ("Metas: LDL < 70; HbA1c < 7,0", "Prescrição: Vitamina D 50.000 UI")
_NO_RESULTS_LABEL = re.compile(r"[ \t]*(?:metas?|alvos?|targets?|goals?|objetivos?|prescri(?:cao|coes|ption|bed)|"
                               r"medica(?:cao|coes|tions?)|medicamentos|receita|conduta|cd|plano|plan)\b[^:\n]{0,20}:"
                               r"[^.\n]*$")  # (up to the label's sentence's end only)
_URINE_LABEL = re.compile(r"[ \t]*(?:eas|urina tipo i|urina i|urina 1|urina rotina|urine dipstick|urinalysis|urinalise|"
                          r"sumario de urina|u/?a)\b[^:\n]{0,20}:")  # a urinalysis's line, labelled so
_INLINE_LIST = re.compile(rf".*?(?:{_LISTED}.*?){{2}}[^\W\d_].*?\d")


@dataclass(frozen=True)
class ProseReading:
    marker: Marker
    start: int  # of the name
    name_end: int
    found: Found
    on_admission: bool = False


def listed_inline(page: str) -> str | None:
    """The page's lines that list results inline, as a clinic note does ("Labs 24/11: Hb 13,3 / Ht 40 / Cr 1,26",
    "Exames: Hb 14,4 g/dL; Leuc 8,9; Cr 1,0"), the others blanked (offsets hold); None when it has none."""
    lines = page.split("\n")
    listed = [line.count(";") + line.count(" / ") >= 2 and _INLINE_LIST.match(line) is not None for line in lines]
    if not any(listed):
        return None
    return "\n".join(line if keep else " " * len(line) for line, keep in zip(lines, listed, strict=True))


def written_in_sentences(page: str) -> bool:
    lines = sum(1 for line in page.splitlines() if line.strip())
    return lines > 0 and len(_SENTENCE_LINE.findall(page)) >= SENTENCE_SHARE * lines


def prose_readings(page: str, folded: str, decimal: str) -> list[ProseReading]:
    """Each marker named in a sentence with its value right after it, in reading order."""
    names = []
    position = 0
    for word in _WORD_START.finditer(folded):
        if word.start() < position:
            continue
        if (match := catalog().match(folded, word.start())) is not None \
                and (match[1] - word.start() > 2 or not page[word.start():match[1]].islower()) \
                and not _AFTER_NUMBER.search(folded, max(0, word.start() - 2), word.start()):  # "50 mg": a dose, not Mg
            names.append((word.start(), *match))  # ("na", "k" in lowercase are words, not Na and K)
            position = match[1]
    readings = []
    for index, (start, marker, name_end) in enumerate(names):
        link = _LINK.match(folded, name_end)
        begin = link.end() if link else name_end
        if not _VALUE_START.match(folded, begin):
            continue
        # the next name after the value (one in an aside, "ferritin (iron stores) 365", is not a name)
        following = next((other for other, *_ in names[index + 1:] if other >= begin), len(page))
        clause = _CLAUSE_END.search(folded, begin, following)
        end = clause.start() if clause else following
        line_end = folded.find("\n", begin)
        if _CRITERION.search(folded, begin, end) or FORMULA.match(folded, begin, line_end if line_end >= 0 else len(folded)):
            continue  # "an HbA1c of 6.5 % or more is diagnostic", "eAG = 28.7 x HbA1c - 46.7": not this patient's result
        aside = folded.find("(", begin, end)  # what an aside after the value says is of another value
        clause = max(folded.rfind(mark, 0, start) for mark in (". ", ".\n", "; ", "\n\n", ":\n", ", ", " and ", " e "))
        sentence = max(folded.rfind(mark, 0, start) for mark in (". ", ".\n", "\n\n"))
        line_start = folded.rfind("\n", 0, start) + 1
        if _LINE_LABEL.match(folded, line_start, start):
            sentence = max(sentence, line_start)  # a labelled line says its own ("Na admissão:   Hb 16,9 g/dL")
        lead = folded.find(":", max(sentence, 0), start)  # "Na admissão (10/01): Hb 16,9; leucócitos 13.600"
        if _ANOTHER_TIME.search(folded, begin, aside if aside >= 0 else end) \
                or _ANOTHER_BEFORE.search(folded, max(clause, 0), start) \
                or EARLIER_LABEL.match(folded, line_start, start) or _URINE_LABEL.match(folded, line_start, start) \
                or _NO_RESULTS_LABEL.match(folded, line_start, start):
            continue  # (a urinalysis's line, "EAS: Leuc 50.000 / Hem 20.000", has no blood's; targets and doses none)
        admitted = bool(_ADMISSION.search(folded, max(clause, 0), start)) or (
            lead >= 0 and bool(_ADMISSION.search(folded, max(sentence, 0), lead)))
        cell = read_cell(page, begin, end, decimal)
        if cell is None or not _AFTER_VALUE.match(page, cell.values[0].end, end):
            continue
        cell.values = cell.values[:1]
        readings.append(ProseReading(marker, start, name_end, Found(cell=cell, unit=None, reference_text="",
                                                                     flag=cell.flag, end=cell.end), admitted))
    later = {reading.marker.key for reading in readings if not reading.on_admission}
    readings = [reading for reading in readings if not (reading.on_admission and reading.marker.key in later)]
    return _newest_dated(folded, readings)


def _line_dates(found: re.Match[str]) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """A line's date as (year, month, day) read day-first and month-first; None without a four-digit year (a year
    may turn between two lines)."""
    first, second, year = (int(part) for part in found.groups("0"))
    if year < 1000:
        return None
    return (year, second, first), (year, first, second)


def _newest_dated(folded: str, readings: list[ProseReading]) -> list[ProseReading]:
    """A marker given on several lines that each start with their date ("Labs 10/11: Cr 2,8 / K 6,1", "Labs 24/11:
    Cr 1,6 / K 4,6"): the newest line's is the result, the others earlier ones."""
    dated: dict[str, list[tuple[tuple[tuple[int, int, int], tuple[int, int, int]] | None, ProseReading]]] = {}
    for reading in readings:
        line_start = folded.rfind("\n", 0, reading.start) + 1
        found = _LINE_DATE.match(folded, line_start, reading.start)
        dated.setdefault(reading.marker.key, []).append((_line_dates(found) if found else None, reading))
    dropped: set[int] = set()
    for given in dated.values():
        if len(given) < 2 or any(key is None for key, _ in given):
            continue
        # the newest by day-first and by month-first reading alike ("10/11" may be either); none told otherwise
        newest = {max(range(len(given)), key=lambda index: given[index][0][reading]) for reading in (0, 1)}  # type: ignore[index]
        if len(newest) == 1:
            kept = given[newest.pop()][1]
            dropped |= {id(reading) for _, reading in given if reading is not kept}
    return [reading for reading in readings if id(reading) not in dropped]
