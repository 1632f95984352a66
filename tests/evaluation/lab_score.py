"""Scores the lab reader on generated reports: each file goes through the real extraction (PyMuPDF's
text layer, OCR for scans) and the lab reader, and every result found is matched to the printed truth.

A found result is right when its LOINC code (or an alternative code of the same analyte, below) and its
value (or qualitative reading) are the ones printed; each printed result is matched at most once. Unit and
flag are then compared on the matched results only, so a miss is never counted twice.

Apart, as a diagnostic that never enters those figures: a wrong result whose printed name and value are those
of a printed result left unmatched is counted `recoded` — the value was read, but its author and the reader
chose different codes for it (free T4 3024-7 against an author's 3024-0; "Bicarbonate" as 1963-8 against
total CO2 2028-9). It says how much of a gap is coding rather than reading.

An author's code with a wrong check digit names no LOINC term ("3024-0" for free T4's 3024-7, "3173-5" for
aPTT's 3173-2: nlp.labs.loinc): it is read as the code its number names, and counted apart (`slips`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from ingestion.extraction import extract, ocr, pdf_text
from nlp.labs.loinc import corrected
from nlp.labs.parser import parse_lab_report
from nlp.labs.result import LabResult
from nlp.labs.units import parse_unit
from nlp.text import fold
from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport

# Codes that name the same printed analyte. LOINC's urinalysis dipstick panel (24357-6,
# https://loinc.org/24357-6/) lists these pairs as alternatives of one result ("R-a"): an ordinal reading
# ("Negativo", "1+") takes the [Presence] code, a quantitative one ("25 mg/dL") the [Mass/volume] code. A
# method-less code and its by-method twin differ only in LOINC's method axis, which a report rarely prints:
# HCV antibody 16128-1 (method-less) and 13955-0 (by immunoassay); ESR 30341-2 and 4537-7 (Westergren); band
# neutrophils 26508-2/764-1 (percentage) and 26507-4/763-3 (count), method-less and by manual count.
_ALTERNATIVES = {"25428-4": "5792-7", "5770-3": "20505-4", "2514-8": "5797-6", "20454-5": "5804-0",
                 "13955-0": "16128-1", "30341-2": "4537-7", "26508-2": "764-1", "26507-4": "763-3"}
_PDF_LAYOUT = hashlib.sha256(Path(pdf_text.__file__).read_bytes()).digest()
_OCR = hashlib.sha256(Path(ocr.__file__).read_bytes()).digest()
_CACHE = Path(os.environ.get("CLINIGRAPH_EVAL_CACHE", Path(tempfile.gettempdir()) / "clinigraph-eval-pages"))
CRITICAL = frozenset({"LL", "HH"})


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    unit_exact: int = 0
    flag_exact: int = 0
    false_critical: int = 0
    recoded: int = 0  # wrong only by its code: the printed name and value of an unmatched printed result
    slips: int = 0  # printed results whose author's code failed its check digit (read as the code it mistyped)
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)  # matched, but the unit or the flag differs

    def add(self, other: Score) -> None:
        for name in ("expected", "found", "matched", "unit_exact", "flag_exact", "false_critical", "recoded", "slips"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.wrong += other.wrong
        self.mismatched += other.mismatched

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall_any_code(self) -> float:
        return (self.matched + self.recoded) / self.expected if self.expected else 1.0

    @property
    def unit_rate(self) -> float:
        return self.unit_exact / self.matched if self.matched else 1.0

    @property
    def flag_rate(self) -> float:
        return self.flag_exact / self.matched if self.matched else 1.0


def pages_of(report: GeneratedReport) -> list[str]:
    """The report's text as the worker reads it; cached by content (OCR takes seconds a page), and a text PDF's
    also by the source of the PDF layout and of the OCR (a change there changes its text)."""
    layout = _PDF_LAYOUT + _OCR if report.mime_type == "application/pdf" else _OCR
    digest = hashlib.sha256(layout + report.content).hexdigest()
    cached = _CACHE / f"{digest}.json"
    if cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    suffix = ".pdf" if report.mime_type == "application/pdf" else ".png"
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(report.content)
        handle.flush()
        pages = extract(Path(handle.name), report.mime_type).pages
    _CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(pages), encoding="utf-8")
    return pages


def same_unit(expected: str | None, found: str | None) -> bool:
    """Equal as units (µ/u, ³/^3, 10^9/L vs x10⁹/L), or both absent."""
    if expected is None or found is None:
        return expected is found
    if expected.strip() == found.strip():
        return True
    left, right = parse_unit(expected), parse_unit(found)
    if left is None or right is None:
        return False
    try:
        return abs(float((left.quantity / right.quantity).to("dimensionless").magnitude) - 1) < 1e-9 \
            and left.equivalents == right.equivalents
    except Exception:  # pint: different dimensions
        return False


def same_analyte(expected: str, found: str) -> bool:
    expected = corrected(expected)
    return _ALTERNATIVES.get(expected, expected) == _ALTERNATIVES.get(found, found)


def _value_matches(expected: ExpectedResult, found: LabResult) -> bool:
    if expected.value is None:
        return found.value is None and found.qualitative == expected.qualitative
    return found.value is not None and abs(found.value - expected.value) <= 1e-9 * max(1.0, abs(expected.value))


def score_report(report: GeneratedReport, found: list[LabResult]) -> Score:
    score = Score(expected=len(report.expected), found=len(found),
                  slips=sum(corrected(e.loinc) != e.loinc for e in report.expected))
    remaining = list(report.expected)
    unmatched = []
    for result in found:
        match = next((e for e in remaining if same_analyte(e.loinc, result.loinc) and _value_matches(e, result)), None)
        shown = f"{report.name}: {result.printed_name!r} {result.loinc} {result.value_text} {result.unit}"
        if match is None:
            score.wrong.append(shown)
            unmatched.append(result)
            continue
        remaining.remove(match)
        score.matched += 1
        unit_ok, flag_ok = same_unit(match.unit, result.unit), result.flag == match.flag
        score.unit_exact += unit_ok
        score.flag_exact += flag_ok
        if not (unit_ok and flag_ok):
            score.mismatched.append(f"{shown}: expected unit {match.unit} flag {match.flag}, found flag {result.flag}")
        score.false_critical += result.flag in CRITICAL and match.flag not in CRITICAL
    score.misses += [f"{report.name}: {e.name_as_printed!r} {e.loinc} {e.value} {e.unit}" for e in remaining]
    left = list(remaining)
    for result in unmatched:
        twin = next((e for e in left if fold(e.name_as_printed).strip() == fold(result.printed_name).strip()
                     and _value_matches(e, result)), None)
        if twin is not None:
            left.remove(twin)
            score.recoded += 1
    return score


def evaluate(module: ModuleType) -> dict[str, Score]:
    """Per layout family, and "all"."""
    scores: dict[str, Score] = defaultdict(Score)
    for report in module.reports():
        found = parse_lab_report(pages_of(report)).results
        family = score_report(report, found)
        scores[report.family].add(family)
        scores["all"].add(family)
    return dict(scores)
