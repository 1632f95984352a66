"""Blind TEST part F of the lab-report evaluation: twelve layout families (prefix "F"), 36 reports.

Written blind: without reading the lab-report reader or the service around it (nlp/, service/, graph/,
ingestion/), the scorer (lab_score.py) or any reader output, and without running the reader or the scorer on these
reports.  Read were only tests/evaluation/lab_reports.py (the interface and its ground-truth docstrings),
labs_test_e.py (as an example of a generator's structure: PyMuPDF rendering, scan simulation, determinism), the
top docstrings of the other parts (to keep these countries, layouts, wordings and degradations unlike
theirs) and the product's published LOINC table (lab_codes.md).  Held-out material: never tune the reader on it,
never edit it to match the reader.

Codes follow lab_codes.md: the code of the analyte in its ordinary unit; the SI molar code where the report prints
mmol/L, µmol/L, pmol/L or nmol/L and the table has one (glucose 14749-6, creatinine 14682-9 and urine creatinine
14683-7, urea 22664-7, urate 14933-6, bilirubin 14631-6 / 14629-0, lipids 14647-2 / 14646-4 / 14927-8 / 39469-2,
calcium 2000-8, phosphate 14879-1, magnesium 2601-3, free T4 14920-3, free T3 14928-6, oestradiol 14715-7,
progesterone 14890-8, PTH 14866-8); the ordinary code where the table has no molar one (urine calcium in mmol/L
17862-4, urine Na / K / Cl 2955-3 / 2828-2 / 2078-4); the % code for a differential percentage; HbA1c in mmol/mol
59261-8; urine albumin / creatinine in mg/mmol 32294-1; glucose 2 h after a meal 1521-4.  g/L and g/dL, L/L and %,
x10^9/L and /mm³ keep one code.  Only analytes of the table are expected results.

Deterministic: one random.Random per report seeded with "labs-test-f/2026/" + report name, pixel noise from a
numpy generator seeded from a SHA-256 of the same string; fixed PDF metadata, no new /ID, fonts subset, so two
calls of reports() give byte-identical content (also across processes).  Report names:
"<family>-<slug>-<lang>-NN".  `python3 tests/evaluation/labs_test_f.py OUTDIR` writes NAME.pdf|png and NAME.json
and checks that every expected name and printed value is in the text layer of the report (for images: of the page
rendered before it was degraded).  reports() takes about 15 s.

Families (3 reports each; 6 Portuguese, 6 English; 5 delivered as PNG images)
  F1   pt  Guinea-Bissau, PNG from a PHONE DOCUMENT-SCANNER APP (200 dpi): a private clinic's "Boletim de
           resultados de análises" after the app's dewarping (residual keystone, page curl at the bottom, phone
           shadow), its "enhance" filter (flattened white background, contrast, sharpening halos), JPEG storage, a
           strip of desk left by the crop and the app's watermark over the footer.  Table "Análise | Resultado |
           Unidade | Valores normais | Obs." with the flag as a WORD in the Obs. column ("Elevado", "Diminuído",
           "CRÍTICO"); decimal commas; x10^3/µL, or "/mm³" with space-grouped thousands ("8 800", "325 000");
           -01 malaria (thick film, parasite density and Widal lines are not results), -02 antenatal (Hb reference
           by trimester, gestational age in the header; blood group, rapid tests, urine strip), -03 critical
           glucose with a telephone note.
  F2   pt  São Tomé e Príncipe, PNG: a district hospital's word-processed results page FED UPSIDE DOWN through a
           sheet-fed scanner (rotated 180° plus skew, two binder punch holes, a dust streak along the feed, grey
           200 dpi).  Rows "name   value unit   (reference)" without rules; no flags printed; references for both
           sexes in one bracket "(H: 13,0 – 17,5; M: 12,0 – 15,5)"; manual leucocyte formula in % only
           (segmentados, bastonetes); ESR "mm/h"; PSA with an age-band reference; Urina II with density "1,015";
           sickling test and malaria search lines that are not results.
  F3   pt  Macau, PDF: hospital report BILINGUAL CHINESE / PORTUGUESE: each analyte is a traditional-Chinese name
           with the Portuguese name on a small grey line below; Chinese + Portuguese headers, dates 2025-03-14;
           decimal POINTS, SI units (g/L haemoglobin and MCHC, L/L, x10⁹/L, µmol/L, mmol/L, pmol/L), % and #
           differential rows, flags ↑ / ↓ after the value, sex references as two lines "男 H: ..." / "女 M: ...";
           -02 thyroid and urine albumin / creatinine / ACR; -03 hepatitis B panel, PT / INR, AFP and an HBV DNA
           line ("< 20 IU/mL", not in the table, so not a result).  2 pages for -01 and -03.
  F4   pt  Brazil (Manaus), PDF: private laboratory "laudo" whose reference intervals are TWO COLUMNS "VR MASCULINO |
           VR FEMININO" (merged across both when equal, "—" for women's PSA); the patient's sex in the header picks
           the column; thousands dots ("5.590 /mm³", "225.000"), decimal commas, leucogram sub-table "Relativo (%) |
           Absoluto (/mm³) | VR absoluto"; method / equipment lines with serial numbers; "Liberado em ..." lines; no
           flags (bold only); folate "> 20,0"; -03 a critical potassium in a woman with CKD.
  F5   pt  Portugal, PDF: COMMUNITY PHARMACY "Serviços farmacêuticos" report of point-of-care capillary tests:
           physiological parameters (blood pressure, BMI, waist: not results), a biochemical table with an
           "Avaliação" column ("Elevado" / "Baixo" / "Acima do intervalo" are flags, "Normal" and "Dentro do
           intervalo" are not), HDL and urate references "H: ... | M: ...", INR of a warfarin patient with only
           its "Intervalo terapêutico: 2,0 – 3,0" printed (that is its reference), a history table of earlier
           dates (not results) and the pharmacist's recommendations full of numbers.  5-7 results per report.
  F6   pt  Mozambique (Beira), PDF: private laboratory with the REFERENCE COLUMN BEFORE THE RESULT ("Parâmetro |
           Valores de referência | Resultado | Unidades"), the arrow flag ↑ / ↓ printed BEFORE the value, sex
           references "H ... / M ..."; -02 is a "RELATÓRIO RECTIFICADO": the old potassium is printed struck through
           beside the corrected value with a footnote quoting it (the struck value is not a result); "< 1" CRP;
           -03 pre-operative coagulation, blood group and rapid tests.
  F7   en  Uganda (Kampala), PNG (colour flatbed scan 200 dpi): private laboratory report, STAPLED at the top-left
           corner, with the laboratory's barcoded SPECIMEN STICKER stuck over the patient box (hiding the printed
           name, age / sex and collection date: they are read from the sticker, "F / 34Y", "Coll: 21/03/25") and a
           clinic's blue "RECEIVED" stamp with its own date; "TEST | RESULT | FLAG | UNITS | REFERENCE RANGE", SI
           units, analyser-style names (NEUT#, LYMPH%, HGB, PLT), a critical platelet count flagged "CRITICAL"
           with a malaria smear comment (not a result).
  F8   en  Jamaica (Kingston), PNG: private laboratory report printed on an INKJET PRINTER WITH AN EMPTY BLACK
           CARTRIDGE (composite brown-olive "black", low density, banding at every print-head pass, clogged-nozzle
           streaks, misregistered cyan) and scanned; US conventional units, flags "HIGH" / "LOW" / "CRIT HIGH" in
           their own column; -01 prints a "PREV mm/dd/yy" column of last year's values (not results), BUN /
           creatinine and A/G ratios; -02 antenatal profile with a TSH trimester table and "Pregnancy: <92"
           glucose, blood bank, serology and urinalysis; -03 critical random glucose, eAG and anion gap.
  F9   en  United Arab Emirates (Al Ain), PNG: SCREENSHOT (3840 x 2160) OF A DESKTOP PDF VIEWER showing the report
           fit to the window (title bar with the file name, menus, page box "1 / 1", thumbnail sidebar, scroll bar,
           taskbar clock with a date); the report has an Arabic / English letterhead, Emirates ID and MRN numbers,
           SI units, flags H / L / CH (critical high); -01 fertility hormones with cycle-phase tables (cycle day 3
           stated), AMH with age bands, vitamin D with tier lines; -02 CBC with "%" rows without reference and
           chemistry; -03 emergency panel with a critical potassium and its notification comment, hs troponin T
           possibly "< 6", NT-proBNP with age bands.
  F10  en  Nepal (Kathmandu), PDF: PRE-EMPLOYMENT MEDICAL EXAMINATION REPORT for a Gulf work visa (GCC-approved
           medical centre form): candidate block with passport and slip numbers, general examination (height,
           weight, BP, vision: not results), radiology line, laboratory section where serology and urine results
           are TICK BOXES ("☐ Reactive ☒ Non-reactive", "☒ Nil ☐ Trace ☐ Present"; the ticked option is the
           result), references printed for both sexes, malaria / microfilaria / stool lines that are not results,
           FIT / UNFIT tick boxes; no flags printed.
  F11  en  Wales, PDF: CLINICAL-TRIAL CENTRAL LABORATORY "Investigator laboratory report": protocol, sponsor,
           subject and visit header, year of birth, a test-code column (HEM102, CHM214: not results), SI units,
           flags H / L and HT / LT (telephone-alert limits exceeded, a critical neutrophil count), "NR" rows (not
           reported: haemolysed or unspun sample; not results), eGFR printed ">90"; -01 screening visit with FSH
           (postmenopausal line applies), serology, dipstick and urine hCG; -03 an AMENDED report whose ALT line is
           followed by "previously reported as ..." (not a result).
  F12  en  Botswana (Gaborone), PDF: renal & metabolic profile with PAIRED SERUM AND SPOT-URINE COLUMNS on one row
           per analyte (each with its own result, units and reference; urine references "n/a"), flags H / L glued
           after the value, calculated eGFR and urine ACR, urine phosphate / magnesium / uric acid and FENa or a
           calcium : creatinine ratio printed as text (not analytes of the table, so not results), a short
           haematology or PTH block and an interpretive comment full of numbers.

Ground truth (lab_reports.ExpectedResult) and the decisions taken where the conventions are silent
- What is a result: every value printed as this patient's result for this collection, of an analyte in the code
  table.  NOT results: dates, ages, IDs, phone numbers, vital signs and body measurements, previous results (F5
  history, F8 PREV column), struck-through or "previously reported" values (F6-02, F11-03), "NR" rows, tests absent
  from the table (malaria, parasite density, Widal, sickling, microfilaria, stool tests, HBV DNA, FENa, urine
  phosphate / magnesium / uric acid, urine calcium : creatinine ratio), test codes, method / equipment lines,
  tier / phase / age-band lines that do not apply, comments (numbers repeated in a critical-call note are the same
  result).
- name_as_printed: the label as printed; F3: the Portuguese line under the Chinese name; F12: the row label (the
  serum cell of "Total protein / Protein" is "Total protein", the urine cell "Protein"); F10: the row label of the
  tick boxes.  One "Grupo / ABO / Rh" pair prints two results: ABO 883-9 (qualitative "o" / "a" / "b" / "ab") and
  Rh 10331-7 ("positive" / "negative").
- value: the number as printed (pt decimal comma read, except F3 which prints points; "5.590" and "225.000" in F4 are
  thousands; "8 800" in F1 is 8800); comparator for "< 1", "< 6", ">90", "> 20,0" with the printed number as value.
  Qualitative: Negativo / Negative / NEGATIVE / ☒ Nil -> negative; Não reactivo / NON-REACTIVE / ☒ Non-reactive ->
  non-reactive; Reactivo -> reactive; Positivo / POSITIVE (Immune) / + / ++ / 3+ / ++++ -> positive; Vestígios /
  TRACE / Trace / ☒ Trace -> trace; Ausentes -> absent; Algumas -> present.
- unit: as printed beside the value or in its column / column header (F4 "%" and "/mm³" leucogram headers); None for
  INR, ratios, urine density / specific gravity and pH, qualitative results.
- ref_low / ref_high: the interval that applies to this patient: the printed sex's part or column (F2, F3, F4, F5,
  F6, F10), the trimester of the printed gestational age (F1-02 Hb, F8-02 TSH), the pregnancy line (F8-02 Hb and
  glucose, F1-02 glucose), the follicular-phase line for cycle day 3 (F9-01), the age band (F2-03 PSA, F9-01 AMH,
  F9-03 NT-proBNP), the postmenopausal line (F11-01 FSH), the "Sufficiency" line of vitamin D (F9-01), the
  "Normal" line of HbA1c (F9-02), the therapeutic interval of the pharmacy INR (F5-02).  "< x", "até x", "Up to x",
  "<= x", "desejável < x" -> high only; "> x", "≥ x", ">= x", "superior a x" -> low only; "0 - 15" keeps 0.  No
  interval printed -> both None ("%" rows printed with "-", urine "n/a", eAG).
- flag: N inside (bounds inclusive; no value sits on a non-zero bound), L / H outside, LL / HH only beyond these
  critical limits (converted to the printed unit): potassium < 2.5 or > 6.5 mmol/L; sodium < 120 or > 160 mmol/L;
  glucose < 40 or > 450 mg/dL (< 2.2 or > 25 mmol/L); haemoglobin < 6 g/dL (60 g/L); haematocrit < 15 %;
  platelets < 20 x10^9/L; white cells < 1 or > 50 x10^9/L; neutrophils < 0.5 x10^9/L.  Generated critical values
  lie clearly beyond every published list (K 7.1-7.5, glucose 562-680 mg/dL, platelets 5-8 x10^9/L, neutrophils
  0.22-0.36 x10^9/L); other values of these analytes stay well short of any list (K 3.1-5.8, Na >= 127, glucose
  <= 160 mg/dL or 9.5 mmol/L, Hb >= 8.6 g/dL, Hct >= 24 %, platelets >= 72, WBC 2.6-19, neutrophils >= 1.1
  except the critical one).  Analytes without such limits here are never LL / HH.  Qualitative results: N.
- printed_flag: the exact text printed for the value ("Elevado", "Diminuído", "CRÍTICO", "↑", "↓", "Baixo",
  "Acima do intervalo", "H", "L", "CRITICAL", "HIGH", "LOW", "CRIT HIGH", "CH", "HT", "LT"); None when nothing is
  printed (bold or colour alone, F2 / F4 / F10 print no flags).  A lab that prints "H" for a critical value keeps
  that text while flag is HH / LL.
- sex and collected_on: as printed (F7: from the sticker that hides the printed header; F11: the "Collected" line;
  F12: the serum collection date; F8: US mm/dd/yyyy).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import pymupdf as fitz

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # pragma: no cover - run from inside tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "labs-test-f/2026/"
FAMILIES: tuple[str, ...] = tuple(f"F{i}" for i in range(1, 13))

# ================================================================================================== fonts

_DJ = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES: dict[str, str] = {
    "sans": _DJ + "DejaVuSans.ttf", "sansb": _DJ + "DejaVuSans-Bold.ttf", "sansi": _DJ + "DejaVuSans-Oblique.ttf",
    "mono": _DJ + "DejaVuSansMono.ttf",
    "serif": _DJ + "DejaVuSerif.ttf", "serifb": _DJ + "DejaVuSerif-Bold.ttf", "serifi": _DJ + "DejaVuSerif-Italic.ttf",
    # Liberation Sans only on pages that are rasterised (its text layer maps spaces to U+00A0)
    "arial": _LIB + "LiberationSans-Regular.ttf", "arialb": _LIB + "LiberationSans-Bold.ttf",
}
_BASE14: dict[str, str] = {"mono": "cour", "serif": "tiro", "serifb": "tibo", "serifi": "tiit"}
_CJK = "zh"  # PyMuPDF's built-in CJK font (Droid Sans Fallback), embedded per page from its buffer
_FONT_CACHE: dict[str, fitz.Font] = {}


def _font(key: str) -> tuple[str, str | None]:
    """PyMuPDF font name and file for a font key (base-14 fallback when a system font file is missing)."""
    if key == _CJK or key not in _FONT_FILES:
        return key, None
    path = _FONT_FILES[key]
    if os.path.exists(path):
        return "F" + key, path
    return _BASE14.get(key, "hebo" if key.endswith("b") else "helv"), None


def _fontobj(key: str) -> fitz.Font:
    if key not in _FONT_CACHE:
        name, path = _font(key)
        _FONT_CACHE[key] = fitz.Font("china-t") if key == _CJK else (
            fitz.Font(fontfile=path) if path else fitz.Font(name))
    return _FONT_CACHE[key]


def _tw(s: str, f: str, sz: float) -> float:
    return _fontobj(f).text_length(s, fontsize=sz)


Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.42, 0.42, 0.42)


class _Pg:
    """Drawing helpers on one PDF page (top-left origin, points)."""

    def __init__(self, doc: fitz.Document, w: float = 595.0, h: float = 842.0) -> None:
        self._doc = doc
        self._page = doc.new_page(width=w, height=h)
        self._pno = self._page.number
        self._cjk = False

    @property
    def p(self) -> fitz.Page:
        """The page (reloaded when adding a later page has orphaned the earlier page object)."""
        if self._page.parent is None:
            self._page = self._doc[self._pno]
        return self._page

    def t(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        if not s:
            return
        if f == _CJK and not self._cjk:
            self.p.insert_font(fontname=_CJK, fontbuffer=_fontobj(_CJK).buffer)
            self._cjk = True
        name, path = _font(f)
        self.p.insert_text(fitz.Point(x, y), s, fontname=name, fontfile=path, fontsize=sz, color=c)

    def tr(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.5, c: Color = BLACK) -> None:
        self.p.draw_line(fitz.Point(x0, y0), fitz.Point(x1, y1), color=c, width=w)

    def rect(self, x0: float, y0: float, x1: float, y1: float, c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.5, radius: float | None = None) -> None:
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w, radius=radius)

    def circle(self, x: float, y: float, r: float, c: Color | None = BLACK, fill: Color | None = None,
               w: float = 0.5) -> None:
        self.p.draw_circle(fitz.Point(x, y), r, color=c, fill=fill, width=w)

    def para(self, x: float, y: float, width: float, s: str, f: str = "sans", sz: float = 8.0, lh: float = 1.35,
             c: Color = BLACK) -> float:
        """Left-aligned wrapped text; returns the baseline after the last line."""
        for line in _wrap(s, width, f, sz):
            self.t(x, y, line, f, sz, c)
            y += sz * lh
        return y


def _wrap(s: str, width: float, f: str, sz: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in s.split(" "):
        cand = word if not cur else cur + " " + word
        if cur and _tw(cand, f, sz) > width:
            out.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        out.append(cur)
    return out


def _finish(doc: fitz.Document, title: str, creator: str) -> bytes:
    doc.set_metadata({"title": title, "author": "", "subject": "", "keywords": "", "creator": creator,
                      "producer": "lab report renderer", "creationDate": "D:20260301080000+00'00'",
                      "modDate": "D:20260301080000+00'00'"})
    doc.subset_fonts()
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ============================================================================================= randomness


def _rng(name: str) -> random.Random:
    return random.Random(SEED + name)


def _nprng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256((SEED + name).encode()).hexdigest()[:16], 16))


def _date(rng: random.Random) -> _dt.date:
    return _dt.date(2025, rng.randint(1, 11), rng.randint(1, 28))


def _dob(rng: random.Random, on: _dt.date, age: int) -> _dt.date:
    """A birth date giving exactly `age` full years on `on`."""
    d = _dt.date(on.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    while on.year - d.year - ((on.month, on.day) < (d.month, d.day)) > age:
        d += _dt.timedelta(days=1)
    return d


# =========================================================================================== ground truth

# Critical (panic) limits in a base unit; generated values are either clearly inside or clearly beyond them.
_CRIT: dict[str, tuple[float | None, float | None]] = {
    "2823-3": (2.5, 6.5), "6298-4": (2.5, 6.5),  # potassium mmol/L
    "2951-2": (120.0, 160.0), "2947-0": (120.0, 160.0),  # sodium mmol/L
    "2345-7": (40.0, 450.0),  # glucose mg/dL
    "14749-6": (2.2, 25.0),  # glucose mmol/L
    "718-7": (6.0, None),  # haemoglobin g/dL
    "4544-3": (15.0, None),  # haematocrit %
    "777-3": (20.0, None),  # platelets 10^3/µL
    "6690-2": (1.0, 50.0),  # white cells 10^3/µL
    "751-8": (0.5, None),  # neutrophils 10^3/µL
}
_PER_UL = ("/mm³", "/µL", "/uL", "cells/µL", "/cumm")


def _base(code: str, value: float, unit: str | None) -> float:
    """The value in the unit of _CRIT."""
    u = unit or ""
    if code == "718-7" and u.lower() == "g/l":
        return value / 10
    if code == "4544-3" and u == "L/L":
        return value * 100
    if code in ("777-3", "6690-2", "751-8") and u in _PER_UL:
        return value / 1000
    return value


def _flag(code: str, value: float | None, unit: str | None, lo: float | None, hi: float | None) -> str:
    if value is None:
        return "N"
    clo, chi = _CRIT.get(code, (None, None))
    b = _base(code, value, unit)
    if clo is not None and b < clo:
        return "LL"
    if chi is not None and b > chi:
        return "HH"
    if lo is not None and value < lo:
        return "L"
    if hi is not None and value > hi:
        return "H"
    return "N"


@dataclass
class _R:
    """One printed result: the number (rounded as printed) or a qualitative word, its unit and interval."""

    code: str
    name: str
    value: float | None
    dec: int = 0
    unit: str | None = None
    lo: float | None = None
    hi: float | None = None
    comp: str | None = None
    qual: str | None = None  # English meaning of a qualitative result
    word: str | None = None  # the qualitative result as printed

    @property
    def flag(self) -> str:
        return _flag(self.code, self.value, self.unit, self.lo, self.hi)

    def s(self, comma: bool = False, group: str = "", tight: bool = False) -> str:
        """The result as printed: the word, or the number with its qualifier ("< 5", or "<5" when tight)."""
        if self.value is None:
            return self.word or ""
        n = _num(self.value, self.dec, comma, group)
        return f"{self.comp}{'' if tight else ' '}{n}" if self.comp else n

    def exp(self, printed_flag: str | None = None) -> ExpectedResult:
        return ExpectedResult(loinc=self.code, name_as_printed=self.name,
                              value=None if self.value is None else float(self.value), unit=self.unit,
                              ref_low=None if self.lo is None else float(self.lo),
                              ref_high=None if self.hi is None else float(self.hi), flag=self.flag,
                              qualitative=self.qual, comparator=self.comp, printed_flag=printed_flag)


def _q(code: str, name: str, word: str, qual: str) -> _R:
    return _R(code, name, None, qual=qual, word=word)


def _num(v: float, dec: int, comma: bool = False, group: str = "") -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    return s.replace(",", "\0").replace(".", "," if comma else ".").replace("\0", group)


def _draw(rng: random.Random, lo: float | None, hi: float | None, dec: int, st: str = "n",
          floor: float | None = None, ceil: float | None = None) -> float:
    """A value (rounded to dec) clearly inside ("n"), above ("h") or below ("l") the interval, never on a bound.

    floor / ceil: the plausible end of the open side of a one-sided interval (for "n" draws)."""
    two = lo is not None and hi is not None
    w = (hi - lo) if (lo is not None and hi is not None) else abs(hi if hi is not None else (lo or 1.0))
    step = 10.0 ** -dec
    for _ in range(300):
        if st == "h":
            base = hi if hi is not None else (lo or 1.0) * 1.6
            v = base + max(rng.uniform(0.08, 0.35) * (w if two else 0.4 * w), 2 * step)
        elif st == "l":
            v = lo - max(rng.uniform(0.06, 0.25) * min(w, lo), 2 * step) if lo is not None else (hi or 1.0) * 0.2
        elif lo is not None and hi is not None:
            v = rng.uniform(lo + 0.12 * w, hi - 0.12 * w)
        elif hi is not None:
            v = rng.uniform(floor if floor is not None else 0.3 * hi, 0.92 * hi)
        else:
            v = rng.uniform(1.08 * (lo or 1.0), ceil if ceil is not None else 1.8 * (lo or 1.0))
        v = round(v, dec)
        if v <= 0 or any(b is not None and abs(v - b) < step / 2 for b in (lo, hi)):
            continue
        inside = (lo is None or v > lo) and (hi is None or v < hi)
        if (st == "n") == inside:
            return float(v)
    raise RuntimeError(f"no value for {lo}-{hi} {st}")


def _pick(rng: random.Random, p: float = 0.25, dirs: str = "hl") -> str:
    return rng.choice(dirs) if rng.random() < p else "n"


def _egfr(scr_mgdl: float, age: int, female: bool) -> float:
    """CKD-EPI 2021 creatinine equation."""
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)


@dataclass
class _Cbc:
    """A self-consistent blood count (g/dL, %, 10^6/µL, fL, pg, 10^3/µL) and a five-part differential (%)."""

    hb: float
    hct: float
    rbc: float
    mcv: float
    mch: float
    mchc: float
    rdw: float
    wbc: float
    plt: float
    pct: dict[str, float] = field(default_factory=dict)

    def absolute(self, key: str, dec: int = 2) -> float:
        return round(self.wbc * self.pct[key] / 100, dec)


def _cbc(rng: random.Random, female: bool, scen: str = "n") -> _Cbc:
    """scen: n normal, ida iron deficiency, preg pregnancy, malaria (low non-critical platelets), plt (critical
    platelets), infect (neutrophilia), neutro (critical neutropenia)."""
    u = rng.uniform
    hb = u(12.7, 14.6) if female else u(14.0, 16.3)
    mcv, rdw, wbc, plt = u(84, 94), u(12.0, 13.8), u(4.9, 9.2), u(180, 360)
    split = [u(50, 66), u(24, 36), u(5, 9), u(1, 4), u(0.2, 0.9)]
    if scen == "ida":
        hb, mcv, rdw, plt = u(8.6, 10.6), u(66, 76), u(16.0, 19.0), u(300, 420)
    elif scen == "preg":
        hb, wbc = u(10.9, 11.8), u(7.5, 10.5)
    elif scen == "malaria":
        hb, wbc, plt = u(9.2, 11.2), u(3.6, 5.2), u(72, 118)
    elif scen == "plt":
        hb, wbc, plt = u(9.0, 10.8), u(3.2, 4.4), u(4.6, 7.8)
    elif scen == "infect":
        wbc, split = u(13.5, 19.0), [u(79, 86), u(8, 13), u(4, 7), u(0.3, 1.5), u(0.1, 0.5)]
    elif scen == "neutro":
        wbc, split = u(2.6, 3.0), [u(8.5, 11), u(70, 76), u(9, 12), u(1, 3), u(0.3, 0.8)]
    hb = round(hb, 1)
    mch = round(mcv * u(0.325, 0.345), 1)
    rbc = round(hb / mch * 10, 2)
    hct = round(rbc * mcv / 10, 1)
    mcv = round(hct / rbc * 10, 1)
    mchc = round(hb / hct * 100, 1)
    tot = sum(split)
    pct = [round(x / tot * 100, 1) for x in split]
    pct[0] = round(100 - sum(pct[1:]), 1)
    return _Cbc(hb=hb, hct=hct, rbc=rbc, mcv=mcv, mch=mch, mchc=mchc, rdw=round(rdw, 1), wbc=round(wbc, 2),
                plt=round(plt), pct=dict(zip(("neut", "lym", "mono", "eos", "baso"), pct)))


_DIFF_CODES: dict[str, tuple[str, str]] = {  # key: (% code, absolute code)
    "neut": ("770-8", "751-8"), "lym": ("736-9", "731-0"), "mono": ("5905-5", "742-7"),
    "eos": ("713-8", "711-2"), "baso": ("706-2", "704-7"),
}


@dataclass
class _Out:
    """A built report: the file, header facts, the ground truth, and what the self-check needs."""

    content: bytes
    mime: str
    sex: str | None
    collected_on: str | None
    expected: list[ExpectedResult]
    sources: list[bytes]  # PDFs whose text layer carries every printed result (the file itself for PDFs)
    printed: list[str]  # the value text printed for each expected result (parallel to expected)


class _Sink:
    """Collects expected results together with the text printed for them."""

    def __init__(self) -> None:
        self.exp: list[ExpectedResult] = []
        self.printed: list[str] = []

    def add(self, r: _R, printed: str, printed_flag: str | None = None) -> None:
        self.exp.append(r.exp(printed_flag))
        self.printed.append(printed)


# ========================================================================================= raster helpers


def _raster(pdf: bytes, dpi: float, page: int = 0, color: bool = True) -> np.ndarray:
    doc = fitz.open("pdf", pdf)
    pix = doc[page].get_pixmap(dpi=round(dpi), colorspace=fitz.csRGB if color else fitz.csGRAY, alpha=False)
    n = 3 if color else 1
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width * n]
    doc.close()
    img = arr.reshape(pix.height, pix.width, 3) if color else arr.reshape(pix.height, pix.width)
    return img.astype(np.float32)


def _lowfreq(g: np.random.Generator, h: int, w: int, cells: int = 5) -> np.ndarray:
    """Smooth noise of about unit amplitude (uneven light, paper tone, ink density)."""
    small = g.normal(0, 1, (cells, max(2, round(cells * w / h)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    a = np.clip(img, 0, 255).astype(np.uint8)
    if a.ndim == 3:
        ok, buf = cv2.imencode(".jpg", cv2.cvtColor(a, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    else:
        ok, buf = cv2.imencode(".jpg", a, [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    assert ok
    return out.astype(np.float32)


def _png(img: np.ndarray) -> bytes:
    a = np.clip(img, 0, 255).astype(np.uint8)
    if a.ndim == 3:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".png", a, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    assert ok
    return buf.tobytes()


def _rotate(img: np.ndarray, angle: float, border: float | tuple[float, float, float]) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def _paste_text_png(text: str, f: str, sz: float, fg: Color, bg: Color, dpi: float) -> np.ndarray:
    """A small rendered label (RGB float image) for overlays such as an app watermark."""
    w = _tw(text, f, sz) + 2 * sz
    doc = fitz.open()
    pg = _Pg(doc, w, sz * 2.2)
    pg.rect(0, 0, w, sz * 2.2, c=None, fill=bg, radius=0.25)
    pg.t(sz, sz * 1.45, text, f, sz, fg)
    pdf = _finish(doc, "label", "overlay")
    return _raster(pdf, dpi)


# ====================================== F1  Guinea-Bissau: private clinic boletim, exported by a phone scanner app


def _mobile_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """A page photographed with a document-scanner app: residual keystone and page curl after the app's
    dewarping, uneven light, then the app's 'enhance' filter (background flattening, contrast, sharpening), JPEG
    storage, a thin strip of desk left by the crop and the app's watermark."""
    img = _raster(pdf, 200)
    h, w = img.shape[:2]
    # residual perspective: the app's corner detection is a few pixels off
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + g.uniform(-0.006, 0.006, (4, 2)).astype(np.float32) * np.float32([w, h])
    img = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=(92, 74, 58))
    # page curl near the bottom edge
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    curl = float(g.uniform(5, 9)) * np.clip((yy / h - 0.72) / 0.28, 0, 1) ** 2 * np.sin(np.pi * xx / w)
    img = cv2.remap(img, xx, yy - curl, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # light: a gradient, a soft shadow of the phone from one side, a cool colour cast
    side = float(g.choice([-1.0, 1.0]))
    grad = 1 - 0.10 * (xx / w if side > 0 else 1 - xx / w) - 0.05 * _lowfreq(g, h, w, 3)
    shadow = 1 - 0.22 * np.clip(1 - np.abs(yy / h - float(g.uniform(0.55, 0.8))) / 0.25, 0, 1) * np.clip(
        (xx / w - 0.62) / 0.38 if side > 0 else (0.38 - xx / w) / 0.38, 0, 1)
    img = img * (grad * shadow)[..., None] * np.float32([0.97, 0.99, 1.02])
    img = cv2.GaussianBlur(img, (0, 0), 0.9)
    img += g.normal(0, 3, img.shape).astype(np.float32)
    # the app's enhance filter: divide by the estimated background, stretch, sharpen
    bg = cv2.GaussianBlur(cv2.dilate(img, np.ones((15, 15), np.uint8)), (0, 0), 25)
    img = np.clip(img / np.maximum(bg, 1) * 255, 0, 255)
    img = np.clip((img - 40) * 255 / (232 - 40), 0, 255)
    img = np.clip(img * 1.6 - cv2.GaussianBlur(img, (0, 0), 2.0) * 0.6, 0, 255)
    img = _jpeg(img, int(g.integers(62, 74)))
    # crop remnant of the desk along one edge
    edge = int(g.integers(4, 9))
    desk = np.float32([88, 70, 55])
    if g.random() < 0.5:
        img[:, :edge] = desk
    else:
        img[:edge, :] = desk
    mark = _paste_text_png("Digitalizado com DocScan Lite", "arialb", 8.5, (1, 1, 1), (0.25, 0.25, 0.25), 200)
    mh, mw = mark.shape[:2]
    y0, x0 = h - mh - 24, w - mw - 30
    img[y0:y0 + mh, x0:x0 + mw] = img[y0:y0 + mh, x0:x0 + mw] * 0.25 + mark * 0.75
    return img


def _f1(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(24, 40), 2: rng.randint(21, 33), 3: rng.randint(51, 63)}[variant]
    patient = {1: "Braima Sanhá Mendes", 2: "Fatumata Djaló Baldé", 3: "Maria Antónia Có Gomes"}[variant]
    per_mm3 = variant == 2  # counts printed "/mm³" with space-grouped thousands; otherwise x10³/µL
    sink = _Sink()
    # rows: ("sec", title) | ("r", _R, ref text, printed unit) | ("txt", name, result, unit, ref)
    rows: list[tuple] = []
    scen = {1: "malaria", 2: "preg", 3: "n"}[variant]
    c = _cbc(rng, female, scen)
    hb_lo, hb_hi, hb_ref = (12.0, 15.5, "12,0 – 15,5") if female else (13.0, 17.0, "13,0 – 17,0")
    rows.append(("sec", "HEMATOLOGIA — Hemograma"))
    if variant == 2:
        ga = rng.randint(15, 26)
        hb = round(_draw(rng, 10.5, 12.4, 1, rng.choice("nl")), 1)
        rows.append(("r", _R("718-7", "Hemoglobina", hb, 1, "g/dL", 10.5, None),
                     "1.º trim. ≥ 11,0 | 2.º trim. ≥ 10,5 | 3.º trim. ≥ 11,0"))
        rows.append(("r", _R("4544-3", "Hematócrito", _draw(rng, 32, 44, 1, "l" if hb < 10.5 else "n"), 1, "%", 32,
                             44), "32 – 44"))
        wbc = round(c.wbc * 1000 / 50) * 50
        rows.append(("r", _R("6690-2", "Leucócitos", wbc, 0, "/mm³", 5000, 12000), "5 000 – 12 000"))
        plt = _draw(rng, 150, 400, 0) * 1000
        rows.append(("r", _R("777-3", "Plaquetas", plt, 0, "/mm³", 150000, 400000), "150 000 – 400 000"))
    else:
        if variant == 3:
            c = _cbc(rng, True, rng.choice(["n", "ida"]))
        rows += [("r", _R("718-7", "Hemoglobina", c.hb, 1, "g/dL", hb_lo, hb_hi), hb_ref),
                 ("r", _R("4544-3", "Hematócrito", c.hct, 1, "%", *((36, 46) if female else (40, 52))),
                  "36 – 46" if female else "40 – 52"),
                 ("r", _R("789-8", "Eritrócitos", c.rbc, 2, "x10^6/µL", *((4.0, 5.2) if female else (4.5, 5.9))),
                  "4,00 – 5,20" if female else "4,50 – 5,90"),
                 ("r", _R("787-2", "VGM", c.mcv, 1, "fL", 80, 100), "80 – 100"),
                 ("r", _R("785-6", "HGM", c.mch, 1, "pg", 27, 33), "27 – 33"),
                 ("r", _R("786-4", "CHGM", c.mchc, 1, "g/dL", 32, 36), "32 – 36"),
                 ("r", _R("6690-2", "Leucócitos", round(c.wbc, 1), 1, "x10^3/µL", 4.0, 10.0), "4,0 – 10,0")]
        refs = {"neut": (40, 75), "lym": (20, 45), "mono": (2, 10), "eos": (1, 6), "baso": (0, 1)}
        names = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
                 "baso": "Basófilos"}
        for k in ("neut", "lym", "mono", "eos", "baso"):
            lo, hi = refs[k]
            rows.append(("r", _R(_DIFF_CODES[k][0], names[k], c.pct[k], 1, "%", lo, hi), f"{lo} – {hi}"))
        rows.append(("r", _R("777-3", "Plaquetas", c.plt, 0, "x10^3/µL", 150, 400), "150 – 400"))
    rows.append(("sec", "BIOQUÍMICA"))
    if variant == 1:
        cr = _draw(rng, 0.7, 1.3, 2, _pick(rng, 0.3, "h"))
        rows += [("r", _R("2345-7", "Glicemia", _draw(rng, 70, 110, 0), 0, "mg/dL", 70, 110), "70 – 110"),
                 ("r", _R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.7, 1.3), "0,70 – 1,30"),
                 ("r", _R("3091-6", "Ureia", _draw(rng, 15, 45, 0, _pick(rng, 0.3, "h")), 0, "mg/dL", 15, 45),
                  "15 – 45"),
                 ("r", _R("1920-8", "TGO / AST", _draw(rng, None, 40, 0, rng.choice("nh"), floor=14), 0, "U/L",
                          None, 40), "< 40"),
                 ("r", _R("1742-6", "TGP / ALT", _draw(rng, None, 41, 0, rng.choice("nh"), floor=10), 0, "U/L",
                          None, 41), "< 41"),
                 ("r", _R("1975-2", "Bilirrubina total", _draw(rng, 0.2, 1.2, 2, rng.choice("nh")), 2, "mg/dL",
                          0.2, 1.2), "0,20 – 1,20"),
                 ("r", _R("1988-5", "Proteína C reactiva", float(rng.randint(24, 96)), 0, "mg/L", None, 6), "< 6")]
        rows.append(("sec", "PARASITOLOGIA"))
        dens = rng.randint(20, 180) * 40
        rows += [("txt", "Pesquisa de Plasmodium (gota espessa)", "POSITIVO (++)", "", "Negativo"),
                 ("txt", "Espécie", "P. falciparum", "", ""),
                 ("txt", "Densidade parasitária", _num(dens, 0, group=" "), "parasitas/µL", "")]
        rows.append(("sec", "SEROLOGIA"))
        rows += [("txt", "Reacção de Widal — S. Typhi O", f"1/{rng.choice([40, 80])}", "", "< 1/80"),
                 ("r", _q("5196-1", "AgHBs (teste rápido)", "Negativo", "negative"), "Negativo"),
                 ("r", _q("56888-1", "VIH 1+2 (teste rápido)", "Não reactivo", "non-reactive"), "Não reactivo")]
    elif variant == 2:
        rows += [("r", _R("2345-7", "Glicemia em jejum", _draw(rng, None, 92, 0, _pick(rng, 0.4, "h"), floor=68),
                          0, "mg/dL", None, 92), "Grávidas: < 92")]
        rows.append(("sec", "IMUNO-HEMATOLOGIA"))
        abo = rng.choice(["O", "A", "B", "O", "AB"])
        rh = rng.choice(["Positivo", "Positivo", "Negativo"])
        rows += [("r", _q("883-9", "Grupo sanguíneo (ABO)", abo, abo.lower()), ""),
                 ("r", _q("10331-7", "Factor Rh (D)", rh, "positive" if rh == "Positivo" else "negative"), "")]
        rows.append(("sec", "SEROLOGIA"))
        toxo = rng.choice(["Reactivo", "Não reactivo"])
        rows += [("r", _q("56888-1", "VIH 1+2 (teste rápido)", "Não reactivo", "non-reactive"), "Não reactivo"),
                 ("r", _q("22587-0", "Sífilis — Ac. anti-Treponema (TR)", "Não reactivo", "non-reactive"),
                  "Não reactivo"),
                 ("r", _q("5196-1", "AgHBs (teste rápido)", "Negativo", "negative"), "Negativo"),
                 ("r", _q("22580-5", "Toxoplasmose IgG", toxo, "reactive" if toxo == "Reactivo" else "non-reactive"),
                  "")]
        rows.append(("sec", "URINA — tira reactiva"))
        le = rng.choice([("Negativo", "negative"), ("Positivo (+)", "positive")])
        rows += [("r", _q("20454-5", "Proteínas", "Vestígios", "trace"), "Negativo"),
                 ("r", _q("25428-4", "Glicose", "Negativo", "negative"), "Negativo"),
                 ("r", _q("5802-4", "Nitritos", "Negativo", "negative"), "Negativo"),
                 ("r", _q("5799-2", "Leucócitos (esterase)", le[0], le[1]), "Negativo"),
                 ("r", _q("5794-3", "Sangue", "Negativo", "negative"), "Negativo")]
    else:
        glu = float(rng.randint(562, 640))
        cr = _draw(rng, 0.6, 1.1, 2, "h")
        tc = _draw(rng, None, 200, 0, "h")
        rows += [("r", _R("2345-7", "Glicemia", glu, 0, "mg/dL", 70, 110), "70 – 110"),
                 ("r", _R("4548-4", "Hemoglobina glicada (HbA1c)", round(rng.uniform(10.2, 12.8), 1), 1, "%", 4.0,
                          6.0), "4,0 – 6,0"),
                 ("r", _R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.6, 1.1), "0,60 – 1,10"),
                 ("r", _R("3091-6", "Ureia", _draw(rng, 15, 45, 0, "h"), 0, "mg/dL", 15, 45), "15 – 45"),
                 ("r", _R("2951-2", "Sódio", float(rng.randint(128, 133)), 0, "mmol/L", 135, 145), "135 – 145"),
                 ("r", _R("2823-3", "Potássio", round(rng.uniform(5.3, 5.7), 1), 1, "mmol/L", 3.5, 5.1),
                  "3,5 – 5,1"),
                 ("r", _R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 200), "< 200"),
                 ("r", _R("2571-8", "Triglicéridos", _draw(rng, None, 150, 0, "h"), 0, "mg/dL", None, 150), "< 150")]
        rows.append(("sec", "URINA — tira reactiva"))
        rows += [("r", _q("25428-4", "Glicose", "++++", "positive"), "Negativo"),
                 ("r", _q("2514-8", "Corpos cetónicos", "++", "positive"), "Negativo"),
                 ("r", _q("20454-5", "Proteínas", "+", "positive"), "Negativo")]
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    green: Color = (0.05, 0.45, 0.25)
    red: Color = (0.75, 0.1, 0.1)
    pg.circle(62, 58, 20, c=green, fill=green)
    pg.rect(57, 44, 67, 72, c=None, fill=(1, 1, 1))
    pg.rect(48, 53, 76, 63, c=None, fill=(1, 1, 1))
    pg.t(92, 50, "CENTRO MÉDICO-LABORATORIAL DJUMBAI", "arialb", 14, green)
    pg.t(92, 63, "Análises Clínicas  ·  Consultas  ·  Ecografia", "arial", 9)
    pg.t(92, 75, f"Rua Justino Lopes, n.º {rng.randint(10, 80)} — Bissau, Guiné-Bissau  ·  Tel.: (+245) 955 "
                 f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}  ·  NIF 510 "
                 f"{rng.randint(100, 999)} {rng.randint(100, 999)}", "arial", 7.5, GREY)
    pg.ln(40, 88, 555, 88, 2, red)
    pg.ln(40, 91, 555, 91, 1, (0.85, 0.7, 0.1))
    pg.tc(297, 110, "BOLETIM DE RESULTADOS DE ANÁLISES", "arialb", 12)
    reg = f"{coll:%y}/{rng.randint(1000, 4999)}"
    prov = {1: "Consulta externa", 2: "Consulta pré-natal (CPN)", 3: "Medicina — Urgência"}[variant]
    info = [("Nome:", patient), ("N.º registo:", reg), ("Idade:", f"{age} anos"),
            ("Sexo:", "Feminino" if female else "Masculino"), ("Proveniência:", prov),
            ("Médico:", rng.choice(["Dr. Aladje Baldé", "Dra. Sábado Cá", "Dr. Mamadú Embaló"])),
            ("Data de colheita:", f"{coll:%d/%m/%Y}  {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
            ("Data de emissão:", f"{coll + _dt.timedelta(days=rng.randint(0, 1)):%d/%m/%Y}")]
    if variant == 2:
        info[5] = ("Idade gestacional:", f"{ga} semanas")
    pg.rect(40, 120, 555, 190, c=(0.5, 0.5, 0.5), w=0.6)
    for i, (k, v) in enumerate(info):
        x = 48 if i % 2 == 0 else 310
        y = 136 + (i // 2) * 15
        pg.t(x, y, k, "arialb", 8.5)
        pg.t(x + _tw(k, "arialb", 8.5) + 5, y, v, "arial", 8.5)
    y = 210
    pg.rect(40, y - 11, 555, y + 5, c=None, fill=(0.86, 0.9, 0.87))
    cols = (46, 262, 342, 410, 512)
    for x, head in zip(cols, ("ANÁLISE", "RESULTADO", "UNIDADE", "VALORES NORMAIS", "OBS.")):
        pg.t(x, y, head, "arialb", 8)
    y += 20
    crit_note = False
    for row in rows:
        if row[0] == "sec":
            y += 4
            pg.t(46, y, row[1], "arialb", 9, green)
            pg.ln(46, y + 3, 555, y + 3, 0.4, green)
            y += 16
            continue
        if row[0] == "txt":
            _, nm, res, unit, ref = row
            pg.t(54, y, nm, "arial", 9)
            pg.t(cols[1], y, res, "arialb" if res.startswith("POS") else "arial", 9)
            pg.t(cols[2], y, unit, "arial", 8.5)
            pg.t(cols[3], y, ref, "arial", 8)
            y += 14
            continue
        _, r, ref = row
        unit = r.unit or ""
        txt = r.s(comma=True, group=" " if per_mm3 else "")
        pg.t(54, y, r.name, "arial", 9)
        pg.t(cols[1], y, txt, "arialb" if r.flag != "N" else "arial", 9)
        pg.t(cols[2], y, unit, "arial", 8.5)
        if " | " in ref:
            for j, part in enumerate(ref.split(" | ")):
                pg.t(cols[3], y + j * 10, part, "arial", 7.5)
        else:
            pg.t(cols[3], y, ref, "arial", 8)
        pf = {"H": "Elevado", "L": "Diminuído", "HH": "CRÍTICO", "LL": "CRÍTICO"}.get(r.flag)
        if pf:
            pg.t(cols[4], y, pf, "arialb", 8, red if pf == "CRÍTICO" else BLACK)
            crit_note = crit_note or pf == "CRÍTICO"
        sink.add(r, txt, pf)
        y += 14 + (10 * ref.count(" | "))
    y += 10
    notes = ["Obs.: valores assinalados a negrito encontram-se fora dos valores normais do laboratório."]
    if crit_note:
        notes.append(f"VALOR CRÍTICO comunicado ao médico assistente por telefone às {rng.randint(9, 11)}h"
                     f"{rng.randint(10, 59)} (tel. 966 {rng.randint(100, 999)} {rng.randint(100, 999)}). Repetir "
                     "glicemia capilar de 2 em 2 horas.")
    if variant == 1:
        notes.append("Densidade parasitária calculada com base em 8 000 leucócitos/µL. Controlo da gota espessa "
                     "recomendado ao 3.º e ao 7.º dia de tratamento.")
    for n_ in notes:
        y = pg.para(46, y, 505, n_, "arial", 7.8) + 3
    pg.t(60, 760, "O(A) Técnico(a) de Laboratório", "arial", 8)
    pg.t(360, 760, "O Director Técnico", "arial", 8)
    pg.ln(60, 745, 220, 745, 0.5)
    pg.ln(360, 745, 520, 745, 0.5)
    pg.t(360, 772, rng.choice(["Dr. Carlos Nhaga", "Dra. Zinha Vaz Té"]), "arialb", 8)
    pg.ln(40, 795, 555, 795, 0.5, GREY)
    pg.t(40, 806, "Os resultados referem-se exclusivamente às amostras analisadas. Horário: 2.ª a 6.ª 07h30–18h00; "
                  "sábados 08h00–13h00.", "arial", 6.8, GREY)
    pg.t(40, 818, "Pág. 1/1", "arial", 6.8, GREY)
    pdf = _finish(doc, "Boletim de resultados", "Microsoft Word")
    img = _mobile_scan(pdf, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ======================================== F2  São Tomé e Príncipe: district hospital results, fed upside-down (ADF)


def _adf_upside_down(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """A grey 200 dpi scan from a sheet-fed scanner, the page fed head last: rotated 180° plus skew, two binder
    punch holes showing the grey backing, a vertical streak from dust on the scanner glass, toner density
    variation, blur and sensor noise."""
    img = _raster(pdf, 200, color=False)
    h, w = img.shape
    ink = 1 - img / 255.0
    img = 247 + 4 * _lowfreq(g, h, w, 4) - ink * (247 - 28) * np.clip(0.9 + 0.08 * _lowfreq(g, h, w, 6), 0.7, 1)
    yy, xx = np.mgrid[0:h, 0:w]
    for cy in (h / 2 - 40 / 297 * h, h / 2 + 40 / 297 * h):  # a two-hole punch, 80 mm apart
        r = 5.5 / 25.4 * 200 / 2
        cx = 12 / 25.4 * 200
        d = np.hypot(xx - cx, yy - cy)
        img = np.where(d < r, 118.0, img)
        img = np.where((d >= r) & (d < r + 3), img * 0.8, img).astype(np.float32)
    img = _rotate(img, 180 + float(g.uniform(0.4, 1.1)) * float(g.choice([-1.0, 1.0])), 205.0)
    x0 = int(g.integers(int(w * 0.15), int(w * 0.85)))
    img[:, x0:x0 + 2] -= 38
    img[:, x0 + 2:x0 + 3] -= 12
    img = cv2.GaussianBlur(img, (0, 0), 0.7)
    img += g.normal(0, 4, img.shape).astype(np.float32)
    return img


def _f2(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(35, 50), 2: rng.randint(20, 34), 3: rng.randint(62, 68)}[variant]
    patient = {1: "Adílson Neto da Graça", 2: "Edna Maria Trovoada Pires", 3: "Luís Bonfim Quaresma"}[variant]
    sink = _Sink()
    # blocks: (title, rows); a row: (_R, ref text) or ("txt", name, result)
    blocks: list[tuple[str, list]] = []
    c = _cbc(rng, female, {1: "n", 2: "ida", 3: "n"}[variant])
    hb_r = (12.0, 15.5) if female else (13.0, 17.5)
    hemo = [(_R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *hb_r), "(H: 13,0 – 17,5; M: 12,0 – 15,5)"),
            (_R("4544-3", "Hematócrito", c.hct, 1, "%", *((36, 46) if female else (40, 52))),
             "(H: 40 – 52; M: 36 – 46)"),
            (_R("789-8", "Eritrócitos", c.rbc, 2, "x10¹²/L", *((4.0, 5.2) if female else (4.5, 5.9))),
             "(H: 4,50 – 5,90; M: 4,00 – 5,20)"),
            (_R("787-2", "V.G.M.", c.mcv, 1, "fL", 80, 98), "(80 – 98)"),
            (_R("785-6", "H.G.M.", c.mch, 1, "pg", 27, 33), "(27 – 33)"),
            (_R("786-4", "C.H.G.M.", c.mchc, 1, "g/dL", 32, 36), "(32 – 36)"),
            (_R("6690-2", "Leucócitos", round(c.wbc, 1), 1, "x10⁹/L", 4.0, 11.0), "(4,0 – 11,0)"),
            (_R("777-3", "Plaquetas", c.plt, 0, "x10⁹/L", 150, 400), "(150 – 400)")]
    blocks.append(("HEMOGRAMA", hemo))
    band = round(rng.uniform(1.0, 4.0), 0)
    seg = round(c.pct["neut"] - band, 0)
    mono = round(c.pct["mono"], 0)
    eos = round(c.pct["eos"], 0)
    lym = 100 - seg - band - mono - eos  # a manual count of 100 cells: basophils rarely met
    baso = 0.0
    form = [(_R("770-8", "Neutrófilos segmentados", seg, 0, "%", 45, 70), "(45 – 70)"),
            (_R("764-1", "Bastonetes", band, 0, "%", 0, 5), "(0 – 5)"),
            (_R("736-9", "Linfócitos", lym, 0, "%", 20, 45), "(20 – 45)"),
            (_R("5905-5", "Monócitos", mono, 0, "%", 2, 10), "(2 – 10)"),
            (_R("713-8", "Eosinófilos", eos, 0, "%", 0, 6), "(0 – 6)"),
            (_R("706-2", "Basófilos", baso, 0, "%", 0, 1), "(0 – 1)")]
    blocks.append(("FÓRMULA LEUCOCITÁRIA", form))
    esr_hi = 20.0 if female else 15.0
    esr = float(rng.randint(4, 13)) if variant != 2 else float(rng.randint(24, 40))
    blocks.append(("", [(_R("4537-7", "Velocidade de sedimentação (1.ª hora)", esr, 0, "mm/h", None, esr_hi),
                         "(H: < 15; M: < 20)")]))
    if variant == 1:
        cr = _draw(rng, 0.7, 1.2, 2, _pick(rng, 0.3, "h"))
        bio = [(_R("2345-7", "Glicose", _draw(rng, 70, 110, 0, _pick(rng, 0.3, "h")), 0, "mg/dL", 70, 110),
                "(70 – 110)"),
               (_R("3091-6", "Ureia", _draw(rng, 10, 50, 0), 0, "mg/dL", 10, 50), "(10 – 50)"),
               (_R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.7, 1.2), "(H: 0,70 – 1,20; M: 0,50 – 0,90)"),
               (_R("3084-1", "Ácido úrico", _draw(rng, 3.4, 7.0, 1, _pick(rng, 0.5, "h")), 1, "mg/dL", 3.4, 7.0),
                "(H: 3,4 – 7,0; M: 2,4 – 5,7)"),
               (_R("1920-8", "TGO (AST)", _draw(rng, None, 37, 0, _pick(rng, 0.3, "h"), floor=12), 0, "U/L", None,
                   37), "(até 37)"),
               (_R("1742-6", "TGP (ALT)", _draw(rng, None, 41, 0, _pick(rng, 0.3, "h"), floor=9), 0, "U/L", None,
                   41), "(até 41)"),
               (_R("6768-6", "Fosfatase alcalina", _draw(rng, 40, 129, 0), 0, "U/L", 40, 129), "(40 – 129)")]
        blocks.append(("BIOQUÍMICA", bio))
        blocks.append(("SEROLOGIA / PARASITOLOGIA", [
            (_q("56888-1", "VIH 1/2 (Ac + Ag p24)", "Não reactivo", "non-reactive"), ""),
            (_q("5196-1", "AgHBs", "Negativo", "negative"), ""),
            ("txt", "Pesquisa de hematozoários (gota espessa)", "Negativa")]))
    elif variant == 2:
        fer = _draw(rng, 13, 150, 0, "l")
        iron = _draw(rng, 50, 170, 0, "l")
        blocks.append(("BIOQUÍMICA", [
            (_R("2276-4", "Ferritina", fer, 0, "ng/mL", 13, 150), "(H: 30 – 400; M: 13 – 150)"),
            (_R("2498-4", "Ferro sérico", iron, 0, "µg/dL", 50, 170), "(H: 65 – 175; M: 50 – 170)")]))
        abo = rng.choice(["A", "O", "B", "O"])
        blocks.append(("IMUNO-HEMATOLOGIA", [
            (_q("883-9", "Grupo ABO", abo, abo.lower()), ""),
            (_q("10331-7", "Factor Rhesus (D)", "Positivo", "positive"), ""),
            ("txt", "Teste de Emmel (falciformação)", rng.choice(["Negativo", "Positivo"]))]))
        blocks.append(("URINA TIPO II — exame químico", [
            (_R("5811-5", "Densidade", round(rng.choice([1.010, 1.015, 1.020, 1.025]), 3), 3, None, 1.005, 1.030),
             "(1,005 – 1,030)"),
            (_R("5803-2", "pH", rng.choice([5.5, 6.0, 6.5]), 1, None, 5.0, 7.5), "(5,0 – 7,5)"),
            (_q("20454-5", "Proteínas", "Negativo", "negative"), ""),
            (_q("25428-4", "Glicose", "Negativo", "negative"), ""),
            (_q("2514-8", "Corpos cetónicos", "Negativo", "negative"), ""),
            (_q("5794-3", "Hemoglobina", *rng.choice([("Negativo", "negative"), ("Vestígios", "trace")])), ""),
            (_q("5802-4", "Nitritos", "Negativo", "negative"), "")]))
        wbc_u = float(rng.randint(1, 4))
        blocks.append(("URINA TIPO II — sedimento", [
            (_R("5821-4", "Leucócitos", wbc_u, 0, "/campo", None, 5), "(< 5 /campo)"),
            (_R("13945-1", "Eritrócitos", float(rng.randint(0, 2)), 0, "/campo", None, 3), "(< 3 /campo)"),
            (_q("5787-7", "Células epiteliais", "Algumas", "present"), ""),
            (_q("25145-4", "Bactérias", "Ausentes", "absent"), "")]))
    else:
        psa_band = ("60 – 69 anos: < 4,5", 4.5) if age < 70 else ("≥ 70 anos: < 6,5", 6.5)
        cr = _draw(rng, 0.7, 1.2, 2, "h")
        k = round(rng.uniform(7.1, 7.5), 1)
        tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=150)
        hdl = _draw(rng, 40, None, 0, _pick(rng, 0.4, "l"), ceil=62)
        tg = _draw(rng, None, 150, 0, rng.choice("nh"), floor=80)
        ldl = round(tc - hdl - tg / 5)
        blocks.append(("BIOQUÍMICA", [
            (_R("2345-7", "Glicose", _draw(rng, 70, 110, 0), 0, "mg/dL", 70, 110), "(70 – 110)"),
            (_R("3091-6", "Ureia", _draw(rng, 10, 50, 0, "h"), 0, "mg/dL", 10, 50), "(10 – 50)"),
            (_R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.7, 1.2), "(H: 0,70 – 1,20; M: 0,50 – 0,90)"),
            (_R("2951-2", "Sódio", _draw(rng, 135, 145, 0), 0, "mmol/L", 135, 145), "(135 – 145)"),
            (_R("2823-3", "Potássio", k, 1, "mmol/L", 3.5, 5.1), "(3,5 – 5,1)"),
            (_R("2075-0", "Cloro", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107), "(98 – 107)"),
            (_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 200), "(desejável < 200)"),
            (_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", 40, None), "(> 40)"),
            (_R("2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150), "(< 150)"),
            (_R("13457-7", "Colesterol LDL (calculado)", float(ldl), 0, "mg/dL", None, 130), "(< 130)")]))
        blocks.append(("MARCADORES", [
            (_R("2857-1", "PSA total", _draw(rng, None, psa_band[1], 2, rng.choice("nh"), floor=0.6), 2, "ng/mL",
                None, psa_band[1]),
             "(40 – 49 anos: < 2,5; 50 – 59 anos: < 3,5; 60 – 69 anos: < 4,5; ≥ 70 anos: < 6,5)")]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    pg.tc(297, 48, "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE", "serifb", 10)
    pg.tc(297, 61, "Ministério da Saúde", "serif", 9)
    pg.tc(297, 76, "HOSPITAL DISTRITAL DE MÉ-ZÓCHI — Trindade", "serifb", 11)
    pg.tc(297, 89, f"Serviço de Análises Clínicas  ·  Tel. (+239) 22{rng.randint(10000, 99999)}", "serif", 8.5)
    pg.ln(60, 98, 535, 98, 0.8)
    pg.tc(297, 120, "RESULTADO DE ANÁLISES", "serifb", 12)
    proc = f"{coll.year}/{rng.randint(100, 2999):04d}"
    serv = {1: "Consulta Externa", 2: "Consulta de Saúde Materna", 3: "Medicina Homens — Cama 7"}[variant]
    pg.t(60, 145, f"Nome: {patient}", "serif", 9.5)
    pg.t(400, 145, f"Idade: {age} anos", "serif", 9.5)
    pg.t(485, 145, f"Sexo: {'F' if female else 'M'}", "serif", 9.5)
    pg.t(60, 160, f"Serviço: {serv}", "serif", 9.5)
    pg.t(400, 160, f"Processo n.º {proc}", "serif", 9.5)
    pg.t(60, 175, f"Data da colheita: {coll:%d-%m-%Y}", "serif", 9.5)
    pg.t(400, 175, f"Amostra n.º {rng.randint(100, 999)}", "serif", 9.5)
    pg.ln(60, 183, 535, 183, 0.5)
    y = 204.0
    sz = 9.0 if variant != 2 else 8.6
    for title, rows in blocks:
        if title:
            pg.t(60, y, title, "serifb", 9.5)
            pg.ln(60, y + 2, 60 + _tw(title, "serifb", 9.5), y + 2, 0.6)
            y += 15
        for row in rows:
            if row[0] == "txt":
                pg.t(72, y, row[1], "serif", sz)
                pg.t(300, y, row[2], "serif", sz)
                y += sz * 1.55
                continue
            r, ref = row
            txt = r.s(comma=True)
            pg.t(72, y, r.name, "serif", sz)
            if r.name == "Densidade":
                pg.t(300, y, txt, "serif", sz)
            else:
                pg.t(300, y, txt + (f" {r.unit}" if r.unit else ""), "serif", sz)
            if len(ref) > 40:
                pg.t(395, y, ref[:ref.index(";", 28) + 1], "serif", sz - 1.5)
                y += (sz - 1.5) * 1.25
                pg.t(401, y, ref[ref.index(";", 28) + 2:], "serif", sz - 1.5)
            else:
                pg.t(395, y, ref, "serif", sz - 1.2)
            sink.add(r, txt)
            y += sz * 1.55
        y += 6
    if variant == 3:
        y = pg.para(60, y + 4, 475, f"Nota: potássio confirmado em segunda amostra sem hemólise (colhida às "
                    f"{rng.randint(10, 11)}h{rng.randint(10, 59)}). Valor crítico comunicado ao Dr. "
                    f"{rng.choice(['Aurélio Sousa', 'Carlos Viegas'])}, ext. {rng.randint(200, 260)}.", "serifi", 8.5)
    pg.t(60, 770, "O Técnico Responsável", "serif", 9)
    pg.ln(60, 758, 210, 758, 0.5)
    pg.t(380, 770, f"Trindade, {coll + _dt.timedelta(days=1):%d-%m-%Y}", "serif", 9)
    pg.tc(297, 812, "Hospital Distrital de Mé-Zóchi  ·  Bairro Hospital, Trindade  ·  São Tomé", "serif", 7, GREY)
    pdf = _finish(doc, "Resultado de analises", "Microsoft Word")
    img = _adf_upside_down(pdf, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ============================================ F3  Macau: bilingual Chinese / Portuguese hospital report (text PDF)


def _mo_ref(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is None and hi is not None:
        return f"< {_num(hi, dec)}"
    if hi is None and lo is not None:
        return f"≥ {_num(lo, dec)}" if dec == 0 else f"> {_num(lo, dec)}"
    return f"{_num(lo or 0, dec)} – {_num(hi or 0, dec)}"


def _f3(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(45, 58), 2: rng.randint(40, 55), 3: rng.randint(38, 55)}[variant]
    patient = {1: ("LEONG Kin Fai", "梁健輝"), 2: ("CHAN Mei Ling", "陳美玲"), 3: ("WONG Chi Keung", "黃志強")}[variant]
    sink = _Sink()
    # sections: (zh title, pt title, rows); a row: (zh name, _R, sexed ref pair or None) or ("txt", zh, pt, result)
    secs: list[tuple[str, str, list]] = []

    def sx(m: tuple[float | None, float | None], f: tuple[float | None, float | None]) -> tuple[float | None, ...]:
        return f if female else m

    c = _cbc(rng, female, "n")
    hb_m, hb_f = (130.0, 170.0), (115.0, 150.0)
    if variant in (1, 3):
        blood = [("血紅蛋白", _R("718-7", "Hemoglobina", c.hb * 10, 0, "g/L", *sx(hb_m, hb_f)), (hb_m, hb_f, 0))]
        if variant == 1:
            blood += [
                ("紅細胞計數", _R("789-8", "Eritrócitos", c.rbc, 2, "x10¹²/L", *sx((4.3, 5.8), (3.8, 5.1))),
                 ((4.3, 5.8), (3.8, 5.1), 1)),
                ("紅細胞壓積", _R("4544-3", "Hematócrito", round(c.hct / 100, 3), 3, "L/L",
                                *sx((0.40, 0.50), (0.35, 0.45))), ((0.40, 0.50), (0.35, 0.45), 2)),
                ("平均紅細胞體積", _R("787-2", "VGM", c.mcv, 1, "fL", 80, 100), None),
                ("平均紅細胞血紅蛋白量", _R("785-6", "HGM", c.mch, 1, "pg", 27, 34), None),
                ("平均紅細胞血紅蛋白濃度", _R("786-4", "CHGM", round(c.mchc * 10), 0, "g/L", 316, 354), None),
                ("紅細胞分佈寬度", _R("788-0", "RDW-CV", c.rdw, 1, "%", 11.5, 14.5), None)]
        blood.append(("白細胞計數", _R("6690-2", "Leucócitos", round(c.wbc, 2), 2, "x10⁹/L", 3.5, 9.5), None))
        if variant == 1:
            diff = {"neut": ("中性粒細胞", "Neutrófilos", (40, 75), (1.8, 6.3)),
                    "lym": ("淋巴細胞", "Linfócitos", (20, 50), (1.1, 3.2)),
                    "mono": ("單核細胞", "Monócitos", (3, 10), (0.1, 0.6)),
                    "eos": ("嗜酸性粒細胞", "Eosinófilos", (0.4, 8.0), (0.02, 0.52)),
                    "baso": ("嗜鹼性粒細胞", "Basófilos", (0, 1), (0, 0.10))}
            for k, (zh, pt, pr, ar) in diff.items():
                blood.append((zh + "百分比", _R(_DIFF_CODES[k][0], f"{pt} (%)", c.pct[k], 1, "%", *pr), None))
            for k, (zh, pt, pr, ar) in diff.items():
                blood.append((zh + "絕對值", _R(_DIFF_CODES[k][1], f"{pt} (#)", c.absolute(k), 2, "x10⁹/L", *ar),
                              None))
        blood.append(("血小板計數", _R("777-3", "Plaquetas", c.plt if variant == 1 else
                                    _draw(rng, 125, 350, 0, "l"), 0, "x10⁹/L", 125, 350), None))
        secs.append(("血液學", "Hematologia", blood))
    chem: list = []
    cr_m, cr_f = (59.0, 104.0), (45.0, 84.0)
    cr = _draw(rng, *sx(cr_m, cr_f), 0, _pick(rng, 0.3, "h"))
    egfr = round(_egfr(cr / 88.4, age, female))
    if variant in (1, 2):
        glu_st = "h" if variant == 2 else _pick(rng, 0.4, "h")
        chem += [("空腹血糖", _R("14749-6", "Glicose (jejum)", _draw(rng, 3.9, 6.1, 1, glu_st), 1, "mmol/L", 3.9, 6.1),
                  None),
                 ("糖化血紅蛋白", _R("4548-4", "Hemoglobina glicada (HbA1c)",
                                 _draw(rng, 4.0, 6.0, 1, "h" if variant == 2 else "n"), 1, "%", 4.0, 6.0), None)]
    chem += [("肌酐", _R("14682-9", "Creatinina", cr, 0, "µmol/L", *sx(cr_m, cr_f)), (cr_m, cr_f, 0)),
             ("估算腎小球濾過率", _R("98979-8", "TFG estimada (CKD-EPI 2021)", float(egfr), 0, "mL/min/1.73m²", 90,
                                    None), None)]
    if variant == 1:
        ua_m, ua_f = (208.0, 428.0), (155.0, 357.0)
        chem += [("尿素", _R("22664-7", "Ureia", _draw(rng, 2.8, 7.2, 1), 1, "mmol/L", 2.8, 7.2), None),
                 ("尿酸", _R("14933-6", "Ácido úrico", _draw(rng, *ua_m, 0, rng.choice("nh")), 0, "µmol/L", *ua_m),
                  (ua_m, ua_f, 0))]
    if variant in (1, 3):
        st = "h" if variant == 3 else _pick(rng, 0.3, "h")
        alt_m, alt_f = (9.0, 50.0), (7.0, 40.0)
        ast_m, ast_f = (15.0, 40.0), (13.0, 35.0)
        ggt_m, ggt_f = (10.0, 60.0), (7.0, 45.0)
        chem += [("丙氨酸氨基轉移酶", _R("1742-6", "ALT", _draw(rng, *alt_m, 0, st), 0, "U/L", *alt_m),
                  (alt_m, alt_f, 0)),
                 ("天門冬氨酸氨基轉移酶", _R("1920-8", "AST", _draw(rng, *ast_m, 0, st), 0, "U/L", *ast_m),
                  (ast_m, ast_f, 0)),
                 ("γ-谷氨醯轉移酶", _R("2324-2", "Gama-GT", _draw(rng, *ggt_m, 0, _pick(rng, 0.4, "h")), 0, "U/L",
                                   *ggt_m), (ggt_m, ggt_f, 0))]
    if variant == 3:
        alb = _draw(rng, 40, 55, 1, rng.choice("nl"))
        chem += [("鹼性磷酸酶", _R("6768-6", "Fosfatase alcalina", _draw(rng, 45, 125, 0), 0, "U/L", 45, 125),
                  ((45.0, 125.0), (35.0, 100.0), 0)),
                 ("總膽紅素", _R("14631-6", "Bilirrubina total", _draw(rng, 3.4, 20.5, 1, rng.choice("nh")), 1,
                                "µmol/L", 3.4, 20.5), None),
                 ("白蛋白", _R("1751-7", "Albumina", alb, 1, "g/L", 40, 55), None),
                 ("總蛋白", _R("2885-2", "Proteínas totais", _draw(rng, 65, 85, 1), 1, "g/L", 65, 85), None)]
    if variant in (1, 2):
        tc = _draw(rng, None, 5.2, 2, rng.choice("nh"), floor=3.8)
        hdl_lo = 1.3 if female else 1.0
        hdl = _draw(rng, hdl_lo, None, 2, _pick(rng, 0.3, "l"), ceil=1.9)
        tg = _draw(rng, None, 1.7, 2, rng.choice("nh"), floor=0.7)
        ldl = round(tc - hdl - tg / 2.2, 2)
        chem += [("總膽固醇", _R("14647-2", "Colesterol total", tc, 2, "mmol/L", None, 5.2), None),
                 ("甘油三酯", _R("14927-8", "Triglicéridos", tg, 2, "mmol/L", None, 1.7), None),
                 ("高密度脂蛋白膽固醇", _R("14646-4", "Colesterol HDL", hdl, 2, "mmol/L", hdl_lo, None),
                  ((1.0, None), (1.3, None), 1)),
                 ("低密度脂蛋白膽固醇", _R("39469-2", "Colesterol LDL", ldl, 2, "mmol/L", None, 3.4), None)]
    secs.append(("臨床生化", "Bioquímica", chem))
    if variant == 2:
        tsh_st = rng.choice("hn")
        secs.append(("內分泌", "Endocrinologia", [
            ("促甲狀腺激素", _R("3016-3", "TSH", _draw(rng, 0.27, 4.2, 2, tsh_st), 2, "mIU/L", 0.27, 4.2), None),
            ("游離甲狀腺素", _R("14920-3", "T4 livre", _draw(rng, 12.0, 22.0, 1, "l" if tsh_st == "h" else "n"), 1,
                           "pmol/L", 12.0, 22.0), None),
            ("游離三碘甲狀腺原氨酸", _R("14928-6", "T3 livre", _draw(rng, 3.1, 6.8, 2), 2, "pmol/L", 3.1, 6.8), None),
            ("抗甲狀腺過氧化物酶抗體", _R("8099-4", "Anticorpos anti-TPO", float(rng.randint(60, 480)), 0, "IU/mL",
                                 None, 34), None)]))
        ualb = round(rng.uniform(25, 160), 1)
        ucr = round(rng.uniform(4.5, 14.0), 2)
        secs.append(("尿液", "Urina", [
            ("尿微量白蛋白", _R("14957-5", "Albumina (urina)", ualb, 1, "mg/L", None, 20), None),
            ("尿肌酐", _R("14683-7", "Creatinina (urina)", ucr, 2, "mmol/L", 2.6, 20.0), None),
            ("尿白蛋白/肌酐比值", _R("32294-1", "Razão albumina/creatinina", round(ualb / ucr, 1), 1, "mg/mmol", None,
                               3.0), None)]))
    if variant == 3:
        pt_s = round(rng.uniform(12.0, 14.0), 1)
        secs.append(("凝血", "Coagulação", [
            ("凝血酶原時間", _R("5902-2", "Tempo de protrombina", pt_s, 1, "s", 11.0, 14.5), None),
            ("國際標準化比值", _R("6301-6", "INR", round(pt_s / 12.3, 2), 2, None, 0.8, 1.2), None)]))
        afp = _draw(rng, None, 7.0, 1, rng.choice("nh"), floor=1.5)
        secs.append(("免疫", "Imunologia", [
            ("乙型肝炎表面抗原", _q("5196-1", "AgHBs", "Positivo", "positive"), "Negativo"),
            ("乙型肝炎e抗原", _q("13954-3", "AgHBe", "Negativo", "negative"), "Negativo"),
            ("乙型肝炎e抗體", _q("13953-5", "Anti-HBe", "Positivo", "positive"), "Negativo"),
            ("乙型肝炎核心抗體", _q("16933-4", "Anti-HBc total", "Positivo", "positive"), "Negativo"),
            ("甲胎蛋白", _R("1834-1", "Alfa-fetoproteína", afp, 1, "ng/mL", None, 7.0), None),
            ("txt", "乙型肝炎病毒DNA", "ADN do VHB (PCR em tempo real)",
             rng.choice(["< 20 IU/mL", f"{rng.randint(21, 900)} IU/mL"]))]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    W, H = 595.0, 842.0
    blue: Color = (0.05, 0.25, 0.5)
    pages: list[_Pg] = []
    rep_no = f"{coll:%y%m%d}{rng.randint(1000, 9999)}"
    util = f"{rng.randint(1000000, 9999999)}"

    def new_page() -> tuple[_Pg, float]:
        p = _Pg(doc, W, H)
        pages.append(p)
        p.rect(40, 30, 72, 62, c=None, fill=blue)
        p.t(46, 53, "醫", _CJK, 19, (1, 1, 1))
        p.t(80, 44, "氹仔醫療中心  化驗科", _CJK, 13, blue)
        p.t(80, 57, "Centro Médico da Taipa — Serviço de Patologia Clínica", "sansb", 9, blue)
        p.t(80, 68, f"澳門氹仔柯維納馬路 Estrada Governador Albano de Oliveira  ·  Tel. (853) 2883 "
                    f"{rng.randint(1000, 9999)}  ·  Fax (853) 2883 {rng.randint(1000, 9999)}", _CJK, 6.8, GREY)
        p.tr(W - 40, 44, "化驗報告", _CJK, 12)
        p.tr(W - 40, 57, "RELATÓRIO DE ANÁLISES", "sansb", 9)
        p.ln(40, 76, W - 40, 76, 1.2, blue)
        info = [("姓名 Nome", f"{patient[0]}  {patient[1]}"), ("病人編號 N.º de utente", util),
                ("性別 Sexo", "女 F" if female else "男 M"), ("年齡 Idade", f"{age}"),
                ("科別 Serviço", {1: "體檢中心 Check-up", 2: "內分泌科 Endocrinologia",
                                3: "肝病科 Hepatologia"}[variant]),
                ("報告編號 N.º do relatório", rep_no),
                ("採樣時間 Colheita", f"{coll:%Y-%m-%d} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
                ("報告時間 Emissão", (f"{coll + _dt.timedelta(days=rng.randint(0, 1)):%Y-%m-%d} "
                                 f"{rng.randint(13, 17):02d}:{rng.randint(0, 59):02d}"))]
        for i, (k, v) in enumerate(info):
            x = 42 if i % 2 == 0 else 320
            yy = 92 + (i // 2) * 13
            p.t(x, yy, k + ":", _CJK, 7.6, GREY)
            p.t(x + 112, yy, v, _CJK, 8.2)
        p.ln(40, 146, W - 40, 146, 0.5, blue)
        yy = 160
        for x, zh, pt in ((42, "檢驗項目", "Análise"), (262, "結果", "Resultado"), (350, "單位", "Unidade"),
                          (430, "參考範圍", "Intervalo de referência")):
            p.t(x, yy, zh, _CJK, 8.5)
            p.t(x, yy + 10, pt, "sansb", 7.5)
        p.ln(40, yy + 15, W - 40, yy + 15, 0.5)
        return p, yy + 30

    pg, y = new_page()
    for zh_t, pt_t, rows in secs:
        if y > H - 130:
            pg, y = new_page()
        pg.t(42, y, f"{zh_t}  {pt_t}", _CJK, 9.5, blue)
        y += 16
        for row in rows:
            if y > H - 90:
                pg, y = new_page()
            if row[0] == "txt":
                _, zh, pt, res = row
                pg.t(48, y, zh, _CJK, 8.5)
                pg.t(48, y + 9.5, pt, "sans", 7.2, GREY)
                pg.t(262, y, res, "sans", 8.5)
                y += 24
                continue
            zh, r, sexed = row
            pg.t(48, y, zh, _CJK, 8.5)
            pg.t(48, y + 9.5, r.name, "sans", 7.2, GREY)
            txt = r.s()
            arrow = {"H": "↑", "L": "↓", "HH": "↑", "LL": "↓"}.get(r.flag)
            pg.t(262, y, txt, "sansb" if arrow else "sans", 8.8)
            if arrow:
                pg.t(262 + _tw(txt, "sansb", 8.8) + 4, y, arrow, "sansb", 8.8)
            pg.t(350, y, r.unit or "", "sans", 8)
            if isinstance(sexed, tuple):
                m, f, dec = sexed
                pg.t(430, y, f"男 H: {_mo_ref(*m, dec)}", _CJK, 7.8)
                pg.t(430, y + 9.5, f"女 M: {_mo_ref(*f, dec)}", _CJK, 7.8)
            elif isinstance(sexed, str):
                pg.t(430, y, f"陰性 {sexed}", _CJK, 7.8)
            else:
                pg.t(430, y, _mo_ref(r.lo, r.hi, r.dec), "sans", 7.8)
            sink.add(r, txt, arrow)
            y += 24
        y += 6
    notes = ["備註 Observações:",
             "估算腎小球濾過率按 CKD-EPI 2021 公式計算。TFG estimada pela equação CKD-EPI 2021 (creatinina IDMS).",
             "糖化血紅蛋白 ≥ 6.5% 提示糖尿病 / HbA1c ≥ 6.5 % sugere diabetes; 5.7 – 6.4 % pré-diabetes."]
    if variant == 3:
        notes.append("HBV DNA 檢測下限 20 IU/mL / limite de detecção 20 IU/mL; ADN do VHB não incluído na acreditação.")
    if y > H - 120:
        pg, y = new_page()
    y += 4
    for i, n_ in enumerate(notes):
        pg.t(42, y, n_, _CJK, 7.4 if i else 8, BLACK if i == 0 else GREY)
        y += 11
    for i, p in enumerate(pages):
        p.ln(40, H - 52, W - 40, H - 52, 0.5, blue)
        p.t(40, H - 40, f"檢驗者 Analista: {rng.choice(['LAO Ka Man', 'IEONG Sio Wai'])}    審核者 Validado por: "
                        f"Dr.ª {rng.choice(['Ana Leitão', 'Fong Weng Chi'])}", _CJK, 7.2, GREY)
        p.t(40, H - 29, "本報告只對所檢測之樣本負責。Os resultados referem-se apenas às amostras analisadas.",
            _CJK, 6.8, GREY)
        p.tr(W - 40, H - 29, f"第 {i + 1} 頁，共 {len(pages)} 頁  Pág. {i + 1}/{len(pages)}", _CJK, 6.8, GREY)
    pdf = _finish(doc, "Relatorio de analises", "LIS Macau")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ===================================== F4  Brazil (Manaus): reference intervals in two columns, men and women (PDF)


def _br_ref(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is None and hi is not None:
        return f"até {_num(hi, dec, True, '.')}"
    if hi is None and lo is not None:
        return f"superior a {_num(lo, dec, True, '.')}"
    return f"{_num(lo or 0, dec, True, '.')} a {_num(hi or 0, dec, True, '.')}"


_Band = tuple[float | None, float | None]


def _f4(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(40, 55), 2: rng.randint(25, 38), 3: rng.randint(66, 78)}[variant]
    patient = {1: "JOSÉ RAIMUNDO FERREIRA LIMA", 2: "ANA CLÁUDIA MONTEIRO BRAGA",
               3: "MARIA DAS GRAÇAS SOUZA PINHEIRO"}[variant]
    sink = _Sink()
    # groups: (title, material/method line, rows); a row: (_R, men band, women band or None = "—", ref decimals)
    # or ("leuco", cbc) for the leucogram sub-table
    groups: list[tuple[str, str, list]] = []

    def row(code: str, nm: str, v: float, dec: int, unit: str, men: _Band, women: _Band | None,
            rdec: int | None = None) -> tuple:
        band = (women if female else men) or (None, None)
        return (_R(code, nm, v, dec, unit, *band), men, women, dec if rdec is None else rdec)

    def drawsx(men: _Band, women: _Band, dec: int, st: str = "n", **kw: float) -> float:
        lo, hi = women if female else men
        return _draw(rng, lo, hi, dec, st, **kw)

    if variant in (1, 2):
        c = _cbc(rng, female, "ida" if variant == 2 and rng.random() < 0.7 else "n")
        rbc_b, hb_b, hct_b = ((4.5, 5.9), (4.0, 5.2)), ((13.5, 17.5), (12.0, 15.5)), ((41.0, 53.0), (36.0, 46.0))
        wbc = round(c.wbc * 1000 / 10) * 10
        c.wbc = wbc / 1000
        hemo = [row("789-8", "Hemácias", c.rbc, 2, "milhões/mm³", *rbc_b),
                row("718-7", "Hemoglobina", c.hb, 1, "g/dL", *hb_b),
                row("4544-3", "Hematócrito", c.hct, 1, "%", *hct_b, 0),
                row("787-2", "VCM", c.mcv, 1, "fL", (80, 100), (80, 100), 0),
                row("785-6", "HCM", c.mch, 1, "pg", (26, 34), (26, 34), 0),
                row("786-4", "CHCM", c.mchc, 1, "g/dL", (31, 36), (31, 36), 0),
                row("788-0", "RDW", c.rdw, 1, "%", (11.5, 14.5), (11.5, 14.5)),
                row("6690-2", "Leucócitos", wbc, 0, "/mm³", (3500, 10500), (3500, 10500)),
                ("leuco", c),
                row("777-3", "Plaquetas", c.plt * 1000, 0, "/mm³", (150000, 450000), (150000, 450000))]
        groups.append(("HEMOGRAMA COMPLETO", ("Material: sangue total (EDTA)  ·  Método: citometria de fluxo e "
                       "impedância  ·  Equipamento: Sysmex XN-1000 (n.º série 21874)"), hemo))
    if variant == 1:
        cr_b = ((0.70, 1.20), (0.50, 0.90))
        cr = drawsx(*cr_b, 2, _pick(rng, 0.3, "h"))
        groups.append(("BIOQUÍMICA", "Material: soro  ·  Método: enzimático colorimétrico  ·  Equipamento: Cobas c 311",
                       [row("2345-7", "Glicose (jejum de 10 h)", drawsx((70, 99), (70, 99), 0, rng.choice("nh")), 0,
                            "mg/dL", (70, 99), (70, 99)),
                        row("4548-4", "Hemoglobina glicada (HbA1c)", drawsx((None, 5.7), (None, 5.7), 1,
                                                                             rng.choice("nh"), floor=4.8), 1, "%",
                            (None, 5.7), (None, 5.7)),
                        row("2160-0", "Creatinina", cr, 2, "mg/dL", *cr_b),
                        row("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr, age, female))), 0,
                            "mL/min/1,73m²", (60, None), (60, None)),
                        row("3091-6", "Ureia", drawsx((16.6, 48.5), (16.6, 48.5), 1), 1, "mg/dL", (16.6, 48.5),
                            (16.6, 48.5)),
                        row("3084-1", "Ácido úrico", drawsx((3.4, 7.0), (2.4, 5.7), 1, rng.choice("nh")), 1, "mg/dL",
                            (3.4, 7.0), (2.4, 5.7)),
                        row("1920-8", "TGO (AST)", drawsx((None, 40), (None, 32), 0, _pick(rng, 0.3, "h"), floor=14),
                            0, "U/L", (None, 40), (None, 32)),
                        row("1742-6", "TGP (ALT)", drawsx((None, 41), (None, 33), 0, _pick(rng, 0.4, "h"), floor=12),
                            0, "U/L", (None, 41), (None, 33)),
                        row("2324-2", "Gama-GT", drawsx((8, 61), (5, 36), 0, _pick(rng, 0.4, "h")), 0, "U/L", (8, 61),
                            (5, 36)),
                        row("2157-6", "Creatinoquinase (CK)", drawsx((39, 308), (26, 192), 0), 0, "U/L", (39, 308),
                            (26, 192)),
                        row("2276-4", "Ferritina", drawsx((30, 400), (13, 150), 1, _pick(rng, 0.3, "h")), 1, "ng/mL",
                            (30, 400), (13, 150), 0)]))
        tc = drawsx((None, 190), (None, 190), 0, rng.choice("nh"), floor=150)
        hdl = drawsx((40, None), (40, None), 0, _pick(rng, 0.3, "l"), ceil=62)
        tg = drawsx((None, 150), (None, 150), 0, rng.choice("nh"), floor=70)
        groups.append(("PERFIL LIPÍDICO", "Material: soro  ·  Jejum: 10 horas  ·  LDL calculado pela equação de Martin",
                       [row("2093-3", "Colesterol total", tc, 0, "mg/dL", (None, 190), (None, 190)),
                        row("2085-9", "HDL-colesterol", hdl, 0, "mg/dL", (40, None), (40, None)),
                        row("2571-8", "Triglicérides", tg, 0, "mg/dL", (None, 150), (None, 150)),
                        row("13457-7", "LDL-colesterol", float(round(tc - hdl - tg / 5.6)), 0, "mg/dL", (None, 130),
                            (None, 130)),
                        row("43396-1", "Colesterol não-HDL", float(tc - hdl), 0, "mg/dL", (None, 160), (None, 160))]))
        groups.append(("HORMÔNIOS E MARCADORES", ("Material: soro  ·  Método: eletroquimioluminescência  ·  "
                                                  "Equipamento: Cobas e 411"), [
                           row("2986-8", "Testosterona total", drawsx((249, 836), (8, 48), 0, rng.choice("nl")), 0,
                               "ng/dL", (249, 836), (8, 48)),
                           row("2857-1", "PSA total", drawsx((None, 4.0), (None, 4.0), 2, floor=0.3), 2, "ng/mL",
                               (None, 4.0), None)]))
    elif variant == 2:
        iron_b, tsat_b = ((65, 175), (50, 170)), ((20, 50), (15, 50))
        iron = drawsx(*iron_b, 0, "l" if c.hb < 12 else "n")
        tibc = float(rng.randint(330, 440) if c.hb < 12 else rng.randint(260, 360))
        groups.append(("PERFIL DE FERRO", "Material: soro  ·  Método: colorimétrico (ferrozina) / imunoturbidimetria",
                       [row("2498-4", "Ferro sérico", iron, 0, "µg/dL", *iron_b),
                        row("2500-7", "Capacidade total de ligação do ferro", tibc, 0, "µg/dL", (250, 450),
                            (250, 450)),
                        row("2502-3", "Índice de saturação da transferrina", round(iron / tibc * 100, 1), 1, "%",
                            *tsat_b, 0),
                        row("2276-4", "Ferritina", drawsx((30, 400), (13, 150), 1, "l" if c.hb < 12 else "n"), 1,
                            "ng/mL", (30, 400), (13, 150), 0)]))
        tsh = drawsx((0.27, 4.2), (0.27, 4.2), 2, _pick(rng, 0.4, "h"))
        folate = row("2284-8", "Ácido fólico", 20.0, 1, "ng/mL", (3.9, None), (3.9, None))
        folate[0].comp = ">"  # above the measuring range
        groups.append(("VITAMINAS E TIREOIDE", ("Material: soro  ·  Método: quimioluminescência  ·  Equipamento: "
                       "Alinity i"), [
                           row("2132-9", "Vitamina B12", drawsx((197, 771), (197, 771), 0, _pick(rng, 0.3, "l")), 0,
                               "pg/mL", (197, 771), (197, 771)),
                           folate,
                           row("62292-8", "25-hidroxivitamina D", drawsx((20, None), (20, None), 1,
                                                                          _pick(rng, 0.4, "l"), ceil=48), 1, "ng/mL",
                               (20, None), (20, None), 0),
                           row("3016-3", "TSH", tsh, 2, "µUI/mL", (0.27, 4.2), (0.27, 4.2)),
                           row("3024-7", "T4 livre", drawsx((0.93, 1.70), (0.93, 1.70), 2), 2, "ng/dL", (0.93, 1.70),
                               (0.93, 1.70))]))
        cr_b = ((0.70, 1.20), (0.50, 0.90))
        groups.append(("BIOQUÍMICA", "Material: soro  ·  Equipamento: Cobas c 311", [
            row("2160-0", "Creatinina", drawsx(*cr_b, 2), 2, "mg/dL", *cr_b),
            row("3084-1", "Ácido úrico", drawsx((3.4, 7.0), (2.4, 5.7), 1), 1, "mg/dL", (3.4, 7.0), (2.4, 5.7))]))
    else:
        cr_b = ((0.70, 1.20), (0.50, 0.90))
        cr = round(rng.uniform(1.6, 2.6), 2)
        k = round(rng.uniform(7.1, 7.5), 1)
        hb_b, hct_b = ((13.5, 17.5), (12.0, 15.5)), ((41.0, 53.0), (36.0, 46.0))
        hb = drawsx(*hb_b, 1, "l")
        groups.append(("FUNÇÃO RENAL E ELETRÓLITOS", "Material: soro  ·  Equipamento: Cobas c 311 / ISE indireto", [
            row("2160-0", "Creatinina", cr, 2, "mg/dL", *cr_b),
            row("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr, age, female))), 0, "mL/min/1,73m²",
                (60, None), (60, None)),
            row("3091-6", "Ureia", drawsx((16.6, 48.5), (16.6, 48.5), 1, "h"), 1, "mg/dL", (16.6, 48.5), (16.6, 48.5)),
            row("2951-2", "Sódio", drawsx((136, 145), (136, 145), 0), 0, "mmol/L", (136, 145), (136, 145)),
            row("2823-3", "Potássio", k, 1, "mmol/L", (3.5, 5.1), (3.5, 5.1)),
            row("17861-6", "Cálcio total", drawsx((8.6, 10.3), (8.6, 10.3), 1, rng.choice("nl")), 1, "mg/dL",
                (8.6, 10.3), (8.6, 10.3)),
            row("2777-1", "Fósforo", drawsx((2.5, 4.5), (2.5, 4.5), 1, "h"), 1, "mg/dL", (2.5, 4.5), (2.5, 4.5)),
            row("19123-9", "Magnésio", drawsx((1.6, 2.6), (1.6, 2.6), 1), 1, "mg/dL", (1.6, 2.6), (1.6, 2.6)),
            row("1751-7", "Albumina", drawsx((3.5, 5.2), (3.5, 5.2), 1, rng.choice("nl")), 1, "g/dL", (3.5, 5.2),
                (3.5, 5.2)),
            row("2345-7", "Glicose", drawsx((70, 99), (70, 99), 0, rng.choice("nh")), 0, "mg/dL", (70, 99),
                (70, 99))]))
        groups.append(("HEMATOLOGIA E METABOLISMO ÓSSEO", "Material: sangue total (EDTA) / soro", [
            row("718-7", "Hemoglobina", hb, 1, "g/dL", *hb_b),
            row("4544-3", "Hematócrito", drawsx(*hct_b, 1, "l"), 1, "%", *hct_b, 0),
            row("2276-4", "Ferritina", drawsx((30, 400), (13, 150), 1), 1, "ng/mL", (30, 400), (13, 150), 0),
            row("2731-8", "Paratormônio (PTH intacto)", drawsx((15, 65), (15, 65), 1, "h"), 1, "pg/mL", (15, 65),
                (15, 65), 0)]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    W, H = 595.0, 842.0
    teal: Color = (0.0, 0.42, 0.45)
    pages: list[_Pg] = []
    pedido = f"{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    dob = _dob(rng, coll, age)
    medico = rng.choice(["Dr. Ricardo Tavares — CRM-AM 5.734", "Dra. Lúcia Andrade — CRM-AM 8.102"])

    def new_page() -> tuple[_Pg, float]:
        p = _Pg(doc, W, H)
        pages.append(p)
        p.circle(58, 48, 16, c=None, fill=teal)
        p.t(49, 53, "LRN", "sansb", 9, (1, 1, 1))
        p.t(82, 44, "LABORATÓRIO RIO NEGRO", "sansb", 13, teal)
        p.t(82, 56, "Análises Clínicas  ·  Medicina Diagnóstica", "sans", 8)
        p.t(82, 67, f"Av. Djalma Batista, {rng.randint(1, 3)}.{rng.randint(100, 999)} — Chapada — Manaus/AM — CEP "
                    f"69050-{rng.randint(100, 999)}  ·  (92) 3233-{rng.randint(1000, 9999)}  ·  CNES "
                    f"{rng.randint(1000000, 9999999)}", "sans", 6.8, GREY)
        p.rect(40, 78, W - 40, 124, c=teal, w=0.6)
        p.t(46, 90, f"Paciente: {patient}", "sansb", 8.5)
        p.t(400, 90, f"Pedido: {pedido}", "sans", 8.5)
        p.t(46, 103, f"Nascimento: {dob:%d/%m/%Y}    Idade: {age} anos    Sexo: "
                     f"{'Feminino' if female else 'Masculino'}", "sans", 8.5)
        p.t(400, 103, f"Coleta: {coll:%d/%m/%Y} {rng.randint(6, 9):02d}:{rng.randint(0, 59):02d}", "sans", 8.5)
        p.t(46, 116, f"Solicitante: {medico}", "sans", 8.5)
        p.t(400, 116, f"Convênio: {rng.choice(['Particular', 'Hapvida', 'Unimed Manaus'])}", "sans", 8.5)
        yy = 140
        p.rect(40, yy - 10, W - 40, yy + 4, c=None, fill=(0.88, 0.93, 0.93))
        for x, hd in ((44, "EXAME"), (245, "RESULTADO"), (300, "UNIDADE"), (378, "VR MASCULINO"),
                      (478, "VR FEMININO")):
            p.t(x, yy, hd, "sansb", 7.5)
        return p, yy + 20

    pg, y = new_page()
    for title, method, rows in groups:
        need = 40 + 14 * len(rows)
        if y + min(need, 160) > H - 70:
            pg, y = new_page()
        pg.t(44, y, title, "sansb", 9, teal)
        y += 10
        pg.t(44, y, method, "sans", 6.5, GREY)
        y += 14
        for rw in rows:
            if y > H - 80:
                pg, y = new_page()
            if rw[0] == "leuco":
                cb: _Cbc = rw[1]
                pg.t(52, y, "Leucograma", "sansb", 8)
                pg.tr(262, y, "Relativo (%)", "sansb", 7)
                pg.tr(340, y, "Absoluto (/mm³)", "sansb", 7)
                pg.tc(470, y, "VR absoluto (/mm³) — ambos os sexos", "sansb", 7)
                y += 12
                refs = {"neut": (1700, 7000), "lym": (900, 2900), "mono": (300, 900), "eos": (50, 500),
                        "baso": (0, 100)}
                nm = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
                      "baso": "Basófilos"}
                for k in ("neut", "lym", "mono", "eos", "baso"):
                    p_ = _R(_DIFF_CODES[k][0], nm[k], cb.pct[k], 1, "%")
                    ab = float(round(cb.wbc * 1000 * cb.pct[k] / 100))
                    if any(abs(ab - b) < 0.5 for b in refs[k]):
                        ab += 1
                    a_ = _R(_DIFF_CODES[k][1], nm[k], ab, 0, "/mm³", *refs[k])
                    pg.t(60, y, nm[k], "sans", 8)
                    ps, as_ = p_.s(True), a_.s(True, ".")
                    pg.tr(262, y, ps, "sans", 8)
                    pg.tr(340, y, as_, "sansb" if a_.flag != "N" else "sans", 8)
                    pg.tc(470, y, _br_ref(*refs[k], 0), "sans", 7.5)
                    sink.add(p_, ps)
                    sink.add(a_, as_)
                    y += 11.5
                y += 3
                continue
            r, men, women, rdec = rw
            txt = r.s(True, ".")
            pg.t(52, y, r.name, "sans", 8)
            pg.tr(282, y, txt, "sansb" if r.flag != "N" else "sans", 8.4)
            pg.t(300, y, r.unit or "", "sans", 7.5)
            if women == men:
                pg.tc(470, y, _br_ref(*men, rdec), "sans", 7.5)
            else:
                pg.t(378, y, _br_ref(*men, rdec), "sans", 7.5)
                pg.t(478, y, _br_ref(*women, rdec) if women else "—", "sans", 7.5)
            sink.add(r, txt)
            y += 12.5
        y += 2
        lib = coll + _dt.timedelta(days=rng.randint(0, 2))
        pg.t(52, y, f"Liberado em {lib:%d/%m/%Y} às {rng.randint(11, 18):02d}:{rng.randint(0, 59):02d} por "
                    f"{rng.choice(['Cláudio M. Farias — CRBM 12.345', 'Rita S. Bezerra — CRF-AM 4.210'])}",
             "sansi", 6.5, GREY)
        y += 16
    note = ("Resultados em negrito estão fora do valor de referência do sexo do paciente. Valores de referência "
            "conforme bula do fabricante e SBPC/ML (2024). Glicemia de jejum: 100 a 125 mg/dL = glicemia de jejum "
            "alterada; igual ou superior a 126 mg/dL = diabetes (confirmar em nova amostra).")
    if variant == 3:
        note += (f" Potássio: valor crítico, confirmado em duplicata; comunicado à Dra. "
                 f"{rng.choice(['Helena', 'Sandra'])} (plantão) em {coll:%d/%m/%Y} às "
                 f"{rng.randint(9, 12)}:{rng.randint(10, 59)} — protocolo {rng.randint(1000, 9999)}.")
    if y > H - 120:
        pg, y = new_page()
    pg.para(44, y, W - 88, note, "sans", 7, c=GREY)
    for i, p in enumerate(pages):
        p.ln(40, H - 48, W - 40, H - 48, 0.5, teal)
        p.t(40, H - 37, "Responsável técnico: Dr. Fernando A. Queiroz — CRF-AM 2.871  ·  Laudo assinado "
                        "digitalmente (ICP-Brasil)", "sans", 6.5, GREY)
        p.t(40, H - 27, "Confira a autenticidade em www.labrionegro.com.br/laudo  ·  código "
                        f"{rng.randint(10**7, 10**8)}", "sans", 6.5, GREY)
        p.tr(W - 40, H - 27, f"Página {i + 1} de {len(pages)}", "sans", 6.5, GREY)
    pdf = _finish(doc, "Laudo", "Shift LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =========================================== F5  Portugal: community pharmacy point-of-care parameters report (PDF)


def _f5(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(55, 70), 2: rng.randint(72, 84), 3: rng.randint(40, 55)}[variant]
    patient = {1: "Joaquim Manuel Pereira Lopes", 2: "Maria Fernanda Abrantes Tomé",
               3: "Sílvia Cristina Rebelo Matos"}[variant]
    sink = _Sink()
    # rows: (_R, ref text, evaluation words (normal, high, low))
    rows: list[tuple[_R, str, tuple[str | None, str, str]]] = []
    std = (None, "Elevado", "Baixo")
    ua_ref = "H: 3,5 – 7,2  |  M: 2,6 – 6,0"
    if variant == 1:
        tc = _draw(rng, None, 190, 0, "h")
        hdl = _draw(rng, 40, None, 0, rng.choice("nl"), ceil=58)
        tg = _draw(rng, None, 150, 0, rng.choice("nh"), floor=90)
        rows = [(_R("2345-7", "Glicemia capilar (jejum)", _draw(rng, 70, 110, 0, "h"), 0, "mg/dL", 70, 110),
                 "70 – 110", std),
                (_R("4548-4", "Hemoglobina glicada (HbA1c)", round(rng.uniform(6.7, 8.4), 1), 1, "%", None, 6.5),
                 "< 6,5", std),
                (_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190), "< 190", std),
                (_R("2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150), "< 150", std),
                (_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", 40, None), "H: > 40  |  M: > 45", std),
                (_R("13457-7", "Colesterol LDL (calculado)", float(round(tc - hdl - tg / 5)), 0, "mg/dL", None, 115),
                 "< 115", std),
                (_R("3084-1", "Ácido úrico", _draw(rng, 3.5, 7.2, 1, rng.choice("nh")), 1, "mg/dL", 3.5, 7.2), ua_ref,
                 std)]
    elif variant == 2:
        inr = _draw(rng, 2.0, 3.0, 1, rng.choice("nhl"))
        rows = [(_R("6301-6", "INR (tempo de protrombina)", inr, 1, None, 2.0, 3.0), "Intervalo terapêutico: 2,0 – 3,0",
                 ("Dentro do intervalo", "Acima do intervalo", "Abaixo do intervalo")),
                (_R("718-7", "Hemoglobina", _draw(rng, 12.0, 15.5, 1, rng.choice("nl")), 1, "g/dL", 12.0, 15.5),
                 "H: 13,0 – 17,0  |  M: 12,0 – 15,5", std),
                (_R("1521-4", "Glicemia capilar (2 h após refeição)", _draw(rng, None, 140, 0, rng.choice("nh"),
                                                                             floor=96), 0, "mg/dL", None, 140),
                 "< 140", std),
                (_R("2093-3", "Colesterol total", _draw(rng, None, 190, 0, floor=140), 0, "mg/dL", None, 190),
                 "< 190", std),
                (_R("3084-1", "Ácido úrico", _draw(rng, 2.6, 6.0, 1, rng.choice("nh")), 1, "mg/dL", 2.6, 6.0), ua_ref,
                 std)]
    else:
        tc = _draw(rng, None, 190, 0, rng.choice("nh"), floor=150)
        hdl = _draw(rng, 45, None, 0, _pick(rng, 0.3, "l"), ceil=72)
        tg = _draw(rng, None, 150, 0, _pick(rng, 0.4, "h"), floor=60)
        rows = [(_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190), "< 190", std),
                (_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", 45, None), "H: > 40  |  M: > 45", std),
                (_R("2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150), "< 150", std),
                (_R("13457-7", "Colesterol LDL (calculado)", float(round(tc - hdl - tg / 5)), 0, "mg/dL", None, 115),
                 "< 115", std),
                (_R("2345-7", "Glicemia capilar (jejum)", _draw(rng, 70, 110, 0, _pick(rng, 0.3, "h")), 0, "mg/dL",
                    70, 110), "70 – 110", std),
                (_R("3084-1", "Ácido úrico", _draw(rng, 2.6, 6.0, 1, _pick(rng, 0.4, "h")), 1, "mg/dL", 2.6, 6.0),
                 ua_ref, std)]
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    green: Color = (0.12, 0.55, 0.25)
    pg.rect(48, 36, 60, 72, c=None, fill=green)
    pg.rect(36, 48, 72, 60, c=None, fill=green)
    pg.t(86, 50, "FARMÁCIA ALVES RIBEIRO", "serifb", 15, green)
    pg.t(86, 63, f"Rua Formosa, {rng.randint(10, 200)}  ·  3500-{rng.randint(100, 999)} Viseu  ·  Tel. 232 "
                 f"{rng.randint(400, 499)} {rng.randint(100, 999)}  ·  NIF 50{rng.randint(1000000, 9999999)}",
         "sans", 7.5, GREY)
    pg.t(86, 73, f"Directora Técnica: Dra. {rng.choice(['Teresa Alves Ribeiro', 'Inês Loureiro'])}  ·  Alvará n.º "
                 f"{rng.randint(1000, 5999)}", "sans", 7.5, GREY)
    pg.ln(36, 84, 559, 84, 1.0, green)
    pg.t(36, 104, "SERVIÇOS FARMACÊUTICOS", "sansb", 11)
    pg.t(36, 117, "Relatório de determinação de parâmetros bioquímicos e fisiológicos", "sans", 9)
    dob = _dob(rng, coll, age)
    hh, mm = rng.randint(8, 11), rng.randint(0, 59)
    info = [("Utente", patient), ("Data de nascimento", f"{dob:%d-%m-%Y}"),
            ("Sexo", "Feminino" if female else "Masculino"), ("N.º de utente SNS", (f"{rng.randint(1, 3)}"
                                                                                   f"{rng.randint(10**7, 10**8 - 1)}")),
            ("Data / hora", f"{coll:%d-%m-%Y}  {hh:02d}:{mm:02d}"),
            ("Jejum", f"Sim ({rng.randint(9, 13)} h)" if variant != 2 else "Não (2 h após o almoço)")]
    y = 138
    for i, (k, v) in enumerate(info):
        x = 36 if i % 2 == 0 else 300
        pg.t(x, y, k + ":", "sans", 8.5, GREY)
        pg.t(x + 95, y, v, "sansb", 8.5)
        if i % 2:
            y += 14
    med = {1: "metformina 850 mg (2x/dia), sinvastatina 20 mg (1x/dia)",
           2: "varfarina 5 mg (segundo esquema), bisoprolol 2,5 mg",
           3: "sem medicação habitual"}[variant]
    pg.t(36, y + 2, f"Medicação habitual (declarada): {med}", "sansi", 8)
    y += 26
    pg.t(36, y, "1. Parâmetros fisiológicos", "sansb", 9.5, green)
    y += 14
    sbp, dbp = rng.randint(118, 156), rng.randint(70, 96)
    height = rng.randint(152, 182) / 100
    weight = round(rng.uniform(58, 96), 1)
    phys = [("Pressão arterial", f"{sbp}/{dbp} mmHg"), ("Frequência cardíaca", f"{rng.randint(58, 92)} bpm"),
            ("Peso", f"{_num(weight, 1, True)} kg"), ("Altura", f"{_num(height, 2, True)} m"),
            ("IMC", f"{_num(weight / height ** 2, 1, True)} kg/m²"),
            ("Perímetro abdominal", f"{rng.randint(78, 112)} cm")]
    for i, (k, v) in enumerate(phys):
        x = 44 if i % 3 == 0 else (220 if i % 3 == 1 else 396)
        pg.t(x, y, k, "sans", 8, GREY)
        pg.t(x, y + 11, v, "sansb", 9)
        if i % 3 == 2:
            y += 28
    y += 6
    pg.t(36, y, "2. Parâmetros bioquímicos (sangue capilar — química seca / CoaguChek)", "sansb", 9.5, green)
    y += 8
    pg.rect(36, y, 559, y + 16, c=None, fill=(0.9, 0.95, 0.9))
    for x, hd in ((42, "Parâmetro"), (226, "Resultado"), (280, "Unidade"), (330, "Valores de referência"),
                  (470, "Avaliação")):
        pg.t(x, y + 11, hd, "sansb", 8)
    y += 30
    for r, ref, words in rows:
        txt = r.s(comma=True)
        pg.t(42, y, r.name, "sans", 8.8)
        pg.tr(264, y, txt, "sansb", 9.5)
        pg.t(280, y, r.unit or "—", "sans", 8.5)
        pg.t(330, y, ref, "sans", 7.8)
        fl = r.flag
        word = words[0] if fl == "N" else (words[1] if fl in ("H", "HH") else words[2])
        shown = word or "Normal"
        pg.t(470, y, shown, "sansb" if word else "sans", 8, (0.7, 0.1, 0.1) if word and fl != "N" else BLACK)
        sink.add(r, txt, word if fl != "N" else None)
        pg.ln(36, y + 6, 559, y + 6, 0.3, (0.75, 0.75, 0.75))
        y += 19
    y += 10
    pg.t(36, y, "3. Histórico de determinações nesta farmácia", "sansb", 9.5, green)
    y += 14
    hist_rows = [rows[0][0], rows[-1][0]]
    dates = [coll - _dt.timedelta(days=d) for d in (rng.randint(150, 200), rng.randint(80, 120), rng.randint(25, 50))]
    pg.t(42, y, "Parâmetro", "sansb", 8)
    for j, d in enumerate(dates):
        pg.t(250 + j * 90, y, f"{d:%d-%m-%Y}", "sansb", 8)
    y += 12
    for hr in hist_rows:
        pg.t(42, y, f"{hr.name} ({hr.unit or 'INR'})", "sans", 8)
        for j in range(3):
            v = (hr.value or 0) * rng.uniform(0.85, 1.15)
            pg.t(250 + j * 90, y, _num(v, hr.dec, True), "sans", 8)
        y += 12
    pg.t(42, y, "Pressão arterial (mmHg)", "sans", 8)
    for j in range(3):
        pg.t(250 + j * 90, y, f"{sbp + rng.randint(-12, 12)}/{dbp + rng.randint(-8, 8)}", "sans", 8)
    y += 22
    pg.t(36, y, "4. Avaliação e recomendações do farmacêutico", "sansb", 9.5, green)
    y += 13
    rec = {1: "Valores de glicemia e de HbA1c acima do desejável. Reforçada a adesão à terapêutica e a alimentação "
              "saudável (ingestão de sal inferior a 5 g/dia). Recomenda-se caminhada de 30 minutos, 5 dias por semana, "
              "e nova determinação dentro de 3 meses. Entregue carta de referenciação ao médico de família.",
           2: "INR determinado em sangue capilar (CoaguChek INRange, lote 48 221). A utente mantém a dose semanal "
              "prescrita de 35 mg de varfarina; qualquer ajuste de dose deve ser feito pelo médico assistente. "
              "Próxima determinação em 4 semanas. Se surgirem hemorragias, contactar o 112 ou o SNS 24 (808 24 24 24).",
           3: "Perfil lipídico determinado após jejum. Recomenda-se manter atividade física regular (150 minutos por "
              "semana) e repetir a determinação dentro de 12 meses, ou antes se indicado pelo médico de família."}
    y = pg.para(36, y, 523, rec[variant], "sans", 8.2)
    pg.t(36, y + 30, f"O(A) farmacêutico(a): {rng.choice(['Dr. Rui Pestana', 'Dra. Carla Figueiredo'])}  ·  "
                     f"C.P. n.º {rng.randint(10000, 29999)}", "sans", 8.5)
    pg.ln(36, 792, 559, 792, 0.5, green)
    pg.t(36, 803, "Este relatório não substitui o diagnóstico médico. Determinações realizadas ao abrigo da Portaria "
                  "n.º 97/2018, de 9 de abril, com equipamentos de uso profissional.", "sans", 6.5, GREY)
    pg.t(36, 812, "Valores de referência: Programa Nacional para a Diabetes e Norma DGS 019/2011.", "sans", 6.5, GREY)
    pdf = _finish(doc, "Relatorio de servicos farmaceuticos", "Sifarma")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =================================== F6  Mozambique (Beira): reference column before the result, a rectified report


def _mz_ref(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is None and hi is not None:
        return f"< {_num(hi, dec, True)}"
    if hi is None and lo is not None:
        return f"> {_num(lo, dec, True)}"
    return f"{_num(lo or 0, dec, True)} – {_num(hi or 0, dec, True)}"


def _f6(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(30, 50), 2: rng.randint(35, 55), 3: rng.randint(40, 65)}[variant]
    patient = {1: "Armando Jaime Muianga", 2: "Celeste Alberto Macuácua", 3: "Ernesto Fernando Chissano Nhantumbo"}
    sink = _Sink()
    # secs: (title, rows); a row: (_R, ref text or None for the interval, rectified previous value or None)
    secs: list[tuple[str, list[tuple[_R, str | None, str | None]]]] = []
    if variant == 1:
        c = _cbc(rng, False, rng.choice(["n", "infect"]))
        hemo: list[tuple[_R, str | None, str | None]] = [
            (_R("718-7", "Hemoglobina", c.hb, 1, "g/dL", 13.0, 17.0), "H 13,0 – 17,0 / M 12,0 – 15,5", None),
            (_R("4544-3", "Hematócrito", c.hct, 1, "%", 40, 50), "H 40 – 50 / M 36 – 46", None),
            (_R("789-8", "Glóbulos vermelhos", c.rbc, 2, "x10¹²/L", 4.5, 5.8), "H 4,50 – 5,80 / M 3,90 – 5,10", None),
            (_R("787-2", "VGM", c.mcv, 1, "fL", 80, 100), None, None),
            (_R("785-6", "HGM", c.mch, 1, "pg", 27, 32), None, None),
            (_R("786-4", "CHGM", c.mchc, 1, "g/dL", 31.5, 36.0), None, None),
            (_R("788-0", "RDW", c.rdw, 1, "%", 11.0, 15.0), None, None),
            (_R("6690-2", "Glóbulos brancos", round(c.wbc, 2), 2, "x10⁹/L", 4.0, 11.0), None, None)]
        names = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
                 "baso": "Basófilos"}
        prc = {"neut": (40, 75), "lym": (20, 45), "mono": (2, 10), "eos": (1, 6), "baso": (0, 2)}
        absr = {"neut": (2.0, 7.5), "lym": (1.0, 4.0), "mono": (0.2, 1.0), "eos": (0.02, 0.5), "baso": (0.0, 0.2)}
        for k, nm in names.items():
            hemo.append((_R(_DIFF_CODES[k][0], f"{nm} (%)", c.pct[k], 1, "%", *prc[k]), None, None))
            hemo.append((_R(_DIFF_CODES[k][1], f"{nm} (abs.)", c.absolute(k), 2, "x10⁹/L", *absr[k]), None, None))
        hemo.append((_R("777-3", "Plaquetas", c.plt, 0, "x10⁹/L", 150, 400), None, None))
        secs.append(("HEMATOLOGIA — Hemograma completo", hemo))
        secs.append(("", [(_R("4537-7", "Velocidade de sedimentação", float(rng.randint(3, 12)), 0, "mm/1.ª h", None,
                              15), "H < 15 / M < 20", None),
                          (_R("1988-5", "Proteína C reactiva", float(rng.randint(1, 4)) if c.wbc < 11 else
                              float(rng.randint(38, 120)), 0, "mg/L", None, 5), None, None)]))
    elif variant == 2:
        k_true = round(rng.uniform(3.9, 4.8), 1)
        k_old = round(rng.uniform(6.6, 7.1), 1)
        tp = _draw(rng, 64, 83, 0)
        alb = _draw(rng, 35, 52, 0, rng.choice("nl"))
        secs.append(("BIOQUÍMICA", [
            (_R("14749-6", "Glicemia (jejum)", _draw(rng, 3.9, 6.1, 1, _pick(rng, 0.4, "h")), 1, "mmol/L", 3.9, 6.1),
             None, None),
            (_R("22664-7", "Ureia", _draw(rng, 2.5, 7.8, 1), 1, "mmol/L", 2.5, 7.8), None, None),
            (_R("14682-9", "Creatinina", _draw(rng, 45, 90, 0, _pick(rng, 0.3, "h")), 0, "µmol/L", 45, 90),
             "H 64 – 104 / M 45 – 90", None),
            (_R("2951-2", "Sódio", _draw(rng, 136, 145, 0), 0, "mmol/L", 136, 145), None, None),
            (_R("2823-3", "Potássio", k_true, 1, "mmol/L", 3.5, 5.1), None, _num(k_old, 1, True)),
            (_R("2075-0", "Cloretos", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107), None, None)]))
        st = rng.choice("nh")
        secs.append(("FUNÇÃO HEPÁTICA", [
            (_R("1742-6", "ALT (GPT)", _draw(rng, None, 35, 0, st, floor=8), 0, "U/L", None, 35),
             "H < 45 / M < 35", None),
            (_R("1920-8", "AST (GOT)", _draw(rng, None, 35, 0, st, floor=12), 0, "U/L", None, 35), None, None),
            (_R("2324-2", "Gama GT", _draw(rng, None, 38, 0, rng.choice("nh"), floor=9), 0, "U/L", None, 38),
             "H < 55 / M < 38", None),
            (_R("6768-6", "Fosfatase alcalina", _draw(rng, 35, 104, 0), 0, "U/L", 35, 104), None, None),
            (_R("14631-6", "Bilirrubina total", _draw(rng, 5, 21, 0, _pick(rng, 0.3, "h")), 0, "µmol/L", 5, 21),
             None, None),
            (_R("14629-0", "Bilirrubina directa", _draw(rng, None, 5, 1, floor=1.0), 1, "µmol/L", None, 5), None,
             None),
            (_R("2885-2", "Proteínas totais", tp, 0, "g/L", 64, 83), None, None),
            (_R("1751-7", "Albumina", alb, 0, "g/L", 35, 52), None, None),
            (_R("1988-5", "Proteína C reactiva", 1.0, 0, "mg/L", None, 5, comp="<"), None, None)]))
    else:
        pt_s = round(rng.uniform(11.5, 14.0), 1)
        hb = _draw(rng, 13.0, 17.0, 1, _pick(rng, 0.3, "l"))
        secs.append(("HEMOSTASE — Avaliação pré-operatória", [
            (_R("5902-2", "Tempo de protrombina (TP)", pt_s, 1, "seg", 10.5, 14.5), None, None),
            (_R("6301-6", "INR", round(pt_s / 12.2, 2), 2, None, 0.8, 1.2), None, None),
            (_R("3173-2", "TTPa", round(rng.uniform(26.0, 36.0), 1), 1, "seg", 25.0, 38.0), None, None),
            (_R("3255-7", "Fibrinogénio", round(rng.uniform(2.2, 4.0), 2), 2, "g/L", 2.0, 4.5), None, None),
            (_R("718-7", "Hemoglobina", hb, 1, "g/dL", 13.0, 17.0), "H 13,0 – 17,0 / M 12,0 – 15,5", None),
            (_R("6690-2", "Glóbulos brancos", _draw(rng, 4.0, 11.0, 2), 2, "x10⁹/L", 4.0, 11.0), None, None),
            (_R("777-3", "Plaquetas", _draw(rng, 150, 400, 0), 0, "x10⁹/L", 150, 400), None, None)]))
        abo = rng.choice(["O", "A", "B", "AB"])
        rh = rng.choice([("Positivo", "positive"), ("Positivo", "positive"), ("Negativo", "negative")])
        secs.append(("IMUNO-HEMATOLOGIA E SEROLOGIA", [
            (_q("883-9", "Grupo sanguíneo ABO", abo, abo.lower()), "—", None),
            (_q("10331-7", "Factor Rh (D)", *rh), "—", None),
            (_q("56888-1", "HIV 1/2 (Determine / Uni-Gold)", "Não reactivo", "non-reactive"), "Não reactivo", None),
            (_q("5196-1", "AgHBs", "Negativo", "negative"), "Negativo", None)]))
        cr = _draw(rng, 64, 104, 0, _pick(rng, 0.3, "h"))
        secs.append(("BIOQUÍMICA", [
            (_R("14749-6", "Glicemia", _draw(rng, 3.9, 7.8, 1, _pick(rng, 0.3, "h")), 1, "mmol/L", 3.9, 7.8), None,
             None),
            (_R("14682-9", "Creatinina", cr, 0, "µmol/L", 64, 104), "H 64 – 104 / M 45 – 90", None),
            (_R("2951-2", "Sódio", _draw(rng, 136, 145, 0, _pick(rng, 0.3, "l")), 0, "mmol/L", 136, 145), None, None),
            (_R("2823-3", "Potássio", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3, "hl")), 1, "mmol/L", 3.5, 5.1), None,
             None)]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    navy: Color = (0.1, 0.15, 0.4)
    amended = variant == 2
    pg.t(40, 48, "LABORATÓRIO CLÍNICO PUNGUÉ", "serifb", 15, navy)
    pg.t(40, 61, f"Av. Eduardo Mondlane, n.º {rng.randint(100, 999)}, Ponta-Gêa — Beira, Moçambique", "serif", 8)
    pg.t(40, 72, f"Tel.: +258 23 3{rng.randint(10000, 99999)}  ·  Cel.: +258 84 {rng.randint(100, 999)} "
                 f"{rng.randint(1000, 9999)}  ·  NUIT {rng.randint(400000000, 499999999)}", "serif", 8, GREY)
    pg.tr(555, 48, "RELATÓRIO RECTIFICADO" if amended else "RELATÓRIO DE ANÁLISES", "serifb", 11,
          (0.7, 0.1, 0.1) if amended else navy)
    pg.tr(555, 61, f"Requisição n.º {coll:%Y}-{rng.randint(10000, 99999)}", "serif", 8)
    pg.ln(40, 80, 555, 80, 1.5, navy)
    info = [("Nome", patient[variant]), ("Idade / Sexo", f"{age} anos / {'Feminino' if female else 'Masculino'}"),
            ("Proveniência", rng.choice(["Clínica Privada Macúti", "Consultório Dr. Manhiça",
                                         "Hospital Central (ext.)"])),
            ("Data da colheita", f"{coll:%d/%m/%Y}, {rng.randint(7, 10)}h{rng.randint(10, 59)}"),
            ("Médico requisitante", rng.choice(["Dr. Abel Sitoe", "Dra. Luísa Cossa", "Dr. Paulo Mabunda"])),
            ("Data de emissão", f"{coll + _dt.timedelta(days=1):%d/%m/%Y}")]
    y = 96
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 320
        pg.t(x, y, f"{k}:", "serif", 8.5, GREY)
        pg.t(x + 95, y, v, "serifb", 8.5)
        if i % 2:
            y += 13
    y += 8
    cols = (40, 215, 345, 430)
    pg.rect(40, y - 2, 555, y + 14, c=None, fill=(0.88, 0.9, 0.95))
    for x, hd in zip(cols, ("Parâmetro", "Valores de referência", "Resultado", "Unidades")):
        pg.t(x + 4, y + 9, hd, "serifb", 8.5)
    y += 30
    foot: list[str] = []
    for title, rows in secs:
        if title:
            pg.t(44, y, title, "serifb", 9, navy)
            y += 14
        for r, ref, old in rows:
            pg.t(50, y, r.name, "serif", 8.8)
            pg.t(cols[1] + 4, y, ref if ref is not None else _mz_ref(r.lo, r.hi, r.dec), "serif", 8.2)
            txt = r.s(comma=True)
            arrow = {"H": "↑", "L": "↓", "HH": "↑↑", "LL": "↓↓"}.get(r.flag)
            x = cols[2] + 4
            if arrow:
                pg.t(x - 14, y, arrow, "serifb", 8.8, (0.7, 0.1, 0.1))
            if old is not None:
                pg.t(x, y, old, "serif", 8.8, GREY)
                w_old = _tw(old, "serif", 8.8)
                pg.ln(x - 1, y - 3, x + w_old + 1, y - 3, 0.8, (0.7, 0.1, 0.1))
                x += w_old + 8
                foot.append(old)
            pg.t(x, y, txt, "serifb" if arrow else "serif", 8.8)
            if old is not None:
                pg.t(x + _tw(txt, "serif", 8.8) + 1, y - 3.5, "(1)", "serif", 5.5)
            pg.t(cols[3] + 4, y, r.unit or "", "serif", 8.5)
            sink.add(r, txt, arrow)
            y += 13.5
        y += 6
    y += 4
    if foot:
        y = pg.para(44, y, 505, f"(1) Resultado rectificado em {coll + _dt.timedelta(days=2):%d/%m/%Y} às "
                    f"{rng.randint(9, 11)}h{rng.randint(10, 59)}: o valor de potássio emitido no relatório anterior "
                    f"({foot[0]} mmol/L) resultou de um erro de transcrição; o resultado correcto da mesma amostra "
                    "é o indicado. Este relatório substitui o emitido em "
                    f"{coll + _dt.timedelta(days=1):%d/%m/%Y}.", "serifi", 8, c=(0.6, 0.1, 0.1)) + 4
    y = pg.para(44, y, 505, "↑ / ↓ : resultado acima / abaixo dos valores de referência (H = homens, M = mulheres). "
                "Métodos e incertezas de medição disponíveis a pedido.", "serif", 7.5, c=GREY)
    pg.t(44, 760, "Validado por:", "serif", 8.5)
    pg.t(44, 772, rng.choice(["Dra. Graça Tembe, Técnica Superior de Laboratório",
                              "Dr. Jorge Uamusse, Patologista Clínico"]), "serifb", 8.5)
    pg.ln(40, 800, 555, 800, 0.5, navy)
    pg.t(40, 811, "Horário: segunda a sexta 7h00–19h00, sábado 7h00–13h00  ·  resultados@labpungue.co.mz", "serif", 7,
         GREY)
    pg.tr(555, 811, "Página 1 de 1", "serif", 7, GREY)
    pdf = _finish(doc, "Relatorio de analises", "LabSys")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ======================== F7  Uganda: private laboratory report, stapled, with a specimen sticker over the header (PNG)


def _sticker_pdf(lines: list[str], bars: list[int]) -> bytes:
    """A 54 x 25 mm thermal specimen label: three text lines and a barcode."""
    w, h = 54 / 25.4 * 72, 25 / 25.4 * 72
    doc = fitz.open()
    pg = _Pg(doc, w, h)
    pg.t(6, 13, lines[0], "arialb", 8.2)
    for i, ln_ in enumerate(lines[1:]):
        pg.t(6, 23 + 8.6 * i, ln_, "arial", 6.8)
    x, unit = 8.0, (w - 16) / sum(bars)
    for i, b in enumerate(bars):
        if i % 2 == 0:
            pg.rect(x, h - 20, x + b * unit, h - 5, c=None, fill=BLACK)
        x += b * unit
    return _finish(doc, "label", "label printer")


def _staple_scan(pdf: bytes, sticker: bytes, g: np.random.Generator) -> np.ndarray:
    """A colour 200 dpi flatbed scan of a stapled page with a specimen label stuck over part of the header and a
    clinic's blue 'received' stamp."""
    img = _raster(pdf, 200)
    h, w = img.shape[:2]
    img = img * (0.985 + 0.01 * _lowfreq(g, h, w, 3))[..., None]
    # the label: white glossy paper, thermal print, soft shadow, pasted at a small angle over the patient box
    lab = _raster(sticker, 200)
    lh, lw = lab.shape[:2]
    pad = 20
    canvas = np.full((lh + 2 * pad, lw + 2 * pad, 3), 0, np.float32)
    canvas[pad:pad + lh, pad:pad + lw] = lab * 0.97 + 7
    mask = np.zeros((lh + 2 * pad, lw + 2 * pad), np.float32)
    mask[pad:pad + lh, pad:pad + lw] = 1
    ang = float(g.uniform(-4, 4))
    m = cv2.getRotationMatrix2D(((lw + 2 * pad) / 2, (lh + 2 * pad) / 2), ang, 1.0)
    canvas = cv2.warpAffine(canvas, m, (lw + 2 * pad, lh + 2 * pad))
    mask = cv2.warpAffine(mask, m, (lw + 2 * pad, lh + 2 * pad))
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 4, 0), 3, 1), (0, 0), 3.5) * 0.28
    x0, y0 = int(0.085 * w + g.integers(-10, 10)), int(0.126 * h + g.integers(-6, 6))
    reg = img[y0:y0 + canvas.shape[0], x0:x0 + canvas.shape[1]]
    reg *= (1 - shadow)[..., None]
    reg[:] = reg * (1 - mask[..., None]) + canvas * mask[..., None]
    # staple in the top-left corner: a metal bar with a highlight and its shadow
    cx, cy = int(0.055 * w), int(0.04 * h)
    length = int(12.5 / 25.4 * 200)
    a = np.deg2rad(float(g.uniform(30, 50)))
    dx, dy = np.cos(a) * length / 2, -np.sin(a) * length / 2
    p0 = (int(cx - dx), int(cy - dy))
    p1 = (int(cx + dx), int(cy + dy))
    sh = np.zeros((h, w), np.float32)
    cv2.line(sh, (p0[0] + 4, p0[1] + 5), (p1[0] + 4, p1[1] + 5), 1.0, 7)
    img *= (1 - 0.35 * cv2.GaussianBlur(sh, (0, 0), 3))[..., None]
    cv2.line(img, p0, p1, (118, 120, 126), 6)
    cv2.line(img, p0, p1, (196, 198, 204), 2)
    for p in (p0, p1):
        cv2.circle(img, p, 4, (70, 70, 74), -1)
    # scanner: slight skew, blur, noise, light JPEG
    img = _rotate(img, float(g.uniform(-0.6, 0.6)), (236, 236, 236))
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img += g.normal(0, 2.5, img.shape).astype(np.float32)
    return _jpeg(img, 88)


def _stamp(pg: _Pg, x: float, y: float, lines: list[str], c: Color) -> None:
    """A rectangular rubber stamp drawn on the page (slightly uneven ink comes from the scan)."""
    wd = max(_tw(s, "arialb", 8) for s in lines) + 16
    pg.rect(x, y, x + wd, y + 13 * len(lines) + 6, c=c, w=1.6)
    for i, s in enumerate(lines):
        pg.tc(x + wd / 2, y + 13 + 13 * i, s, "arialb", 8, c)


def _f7(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(35, 60), 2: rng.randint(20, 35), 3: rng.randint(48, 65)}[variant]
    patient = {1: "OKELLO Daniel Opio", 2: "NAKATO Sarah Nansubuga", 3: "MUGISHA Robert Tumwine"}[variant]
    sink = _Sink()
    secs: list[tuple[str, list[tuple[_R, str]]]] = []

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None:
            return f"< {_num(hi or 0, dec)}"
        if hi is None:
            return f"> {_num(lo, dec)}"
        return f"{_num(lo, dec)} - {_num(hi, dec)}"

    def r_(code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
           rdec: int | None = None) -> tuple[_R, str]:
        return _R(code, nm, v, dec, unit, lo, hi), iv(lo, hi, dec if rdec is None else rdec)

    if variant == 1:
        cr = _draw(rng, 62, 106, 0, rng.choice("nh"))
        secs.append(("RENAL FUNCTION TESTS", [
            r_("22664-7", "Urea", _draw(rng, 2.5, 7.1, 1, _pick(rng, 0.4, "h")), 1, "mmol/L", 2.5, 7.1),
            r_("14682-9", "Creatinine", cr, 0, "µmol/L", 62, 106),
            r_("14933-6", "Uric acid", _draw(rng, 202, 416, 0, rng.choice("nh")), 0, "µmol/L", 202, 416)]))
        secs.append(("SERUM ELECTROLYTES", [
            r_("2951-2", "Sodium", _draw(rng, 135, 145, 0, _pick(rng, 0.3, "l")), 0, "mmol/L", 135, 145),
            r_("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3, "hl")), 1, "mmol/L", 3.5, 5.1),
            r_("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107)]))
        tp = _draw(rng, 64, 83, 1)
        alb = _draw(rng, 35, 52, 1, _pick(rng, 0.3, "l"))
        tb = _draw(rng, 5, 21, 1, _pick(rng, 0.4, "h"))
        secs.append(("LIVER FUNCTION TESTS", [
            r_("14631-6", "Total bilirubin", tb, 1, "µmol/L", 5, 21, 0),
            r_("14629-0", "Direct bilirubin", _draw(rng, None, 5, 1, floor=1.2), 1, "µmol/L", None, 5, 0),
            r_("1742-6", "ALT (SGPT)", _draw(rng, None, 41, 0, rng.choice("nh"), floor=10), 0, "U/L", None, 41),
            r_("1920-8", "AST (SGOT)", _draw(rng, None, 40, 0, rng.choice("nh"), floor=14), 0, "U/L", None, 40),
            r_("6768-6", "Alkaline phosphatase", _draw(rng, 40, 129, 0), 0, "U/L", 40, 129),
            r_("2324-2", "Gamma GT", _draw(rng, 10, 71, 0, rng.choice("nh")), 0, "U/L", 10, 71),
            r_("2885-2", "Total protein", tp, 1, "g/L", 64, 83, 0),
            r_("1751-7", "Albumin", alb, 1, "g/L", 35, 52, 0),
            r_("10834-0", "Globulin", round(tp - alb, 1), 1, "g/L", 20, 35, 0)]))
        secs.append(("GLUCOSE", [
            r_("14749-6", "Random blood sugar", _draw(rng, 3.9, 7.8, 1, _pick(rng, 0.3, "h")), 1, "mmol/L", 3.9,
               7.8)]))
    elif variant == 2:
        c = _cbc(rng, True, "plt")
        rows = [r_("6690-2", "WBC", round(c.wbc, 2), 2, "x10^9/L", 4.0, 11.0, 1)]
        absr = {"neut": (2.0, 7.5), "lym": (1.0, 4.0), "mono": (0.2, 1.0), "eos": (0.02, 0.5), "baso": (0.0, 0.1)}
        prc = {"neut": (40, 75), "lym": (20, 45), "mono": (2, 10), "eos": (1, 6), "baso": (0, 1)}
        lab = {"neut": "NEUT", "lym": "LYMPH", "mono": "MONO", "eos": "EO", "baso": "BASO"}
        for k in ("neut", "lym", "mono", "eos", "baso"):
            rows.append(r_(_DIFF_CODES[k][1], f"{lab[k]}#", c.absolute(k), 2, "x10^9/L", *absr[k]))
        for k in ("neut", "lym", "mono", "eos", "baso"):
            rows.append(r_(_DIFF_CODES[k][0], f"{lab[k]}%", c.pct[k], 1, "%", *prc[k], 0))
        rows += [r_("789-8", "RBC", c.rbc, 2, "x10^12/L", 3.8, 5.2),
                 r_("718-7", "HGB", c.hb, 1, "g/dL", 12.0, 15.5),
                 r_("4544-3", "HCT", c.hct, 1, "%", 35.0, 46.0, 0),
                 r_("787-2", "MCV", c.mcv, 1, "fL", 80, 100, 0),
                 r_("785-6", "MCH", c.mch, 1, "pg", 27, 32, 0),
                 r_("786-4", "MCHC", c.mchc, 1, "g/dL", 32, 36, 0),
                 r_("788-0", "RDW-CV", c.rdw, 1, "%", 11.5, 14.5),
                 r_("777-3", "PLT", c.plt, 0, "x10^9/L", 150, 450),
                 r_("32623-1", "MPV", round(rng.uniform(10.8, 12.4), 1), 1, "fL", 7.5, 11.5)]
        secs.append(("COMPLETE BLOOD COUNT (Sysmex XN-550)", rows))
        secs.append(("CHEMISTRY", [r_("1988-5", "C-reactive protein", float(rng.randint(48, 140)), 0, "mg/L", None,
                                      5)]))
    else:
        tc = _draw(rng, None, 5.2, 2, rng.choice("nh"), floor=4.0)
        hdl = _draw(rng, 1.0, None, 2, _pick(rng, 0.4, "l"), ceil=1.7)
        tg = _draw(rng, None, 1.7, 2, rng.choice("nh"), floor=0.8)
        secs.append(("LIPID PROFILE (fasting)", [
            r_("14647-2", "Total cholesterol", tc, 2, "mmol/L", None, 5.2, 1),
            r_("14927-8", "Triglycerides", tg, 2, "mmol/L", None, 1.7, 1),
            r_("14646-4", "HDL cholesterol", hdl, 2, "mmol/L", 1.0, None, 1),
            r_("39469-2", "LDL cholesterol (calc.)", round(tc - hdl - tg / 2.2, 2), 2, "mmol/L", None, 3.4, 1),
            r_("9830-1", "TC/HDL ratio", round(tc / hdl, 1), 1, None, None, 5.0)]))
        secs.append(("DIABETES", [
            r_("14749-6", "Fasting blood sugar", _draw(rng, 3.9, 6.1, 1, rng.choice("nh")), 1, "mmol/L", 3.9, 6.1),
            r_("4548-4", "HbA1c", _draw(rng, 4.0, 6.0, 1, rng.choice("nh")), 1, "%", 4.0, 6.0)]))
        secs.append(("THYROID & TUMOUR MARKERS", [
            r_("3016-3", "TSH", _draw(rng, 0.27, 4.2, 2), 2, "mIU/L", 0.27, 4.2),
            r_("14920-3", "Free T4", _draw(rng, 12.0, 22.0, 1), 1, "pmol/L", 12.0, 22.0),
            r_("2857-1", "PSA (total)", _draw(rng, None, 4.0, 2, _pick(rng, 0.4, "h"), floor=0.5), 2, "ng/mL", None,
               4.0)]))
        secs.append(("SEROLOGY", [(_q("5196-1", "Hepatitis B surface antigen", "Negative", "negative"), "Negative")]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    maroon: Color = (0.5, 0.08, 0.12)
    lab_no = f"KML-{coll:%y}-{rng.randint(10000, 99999)}"
    hh, mi = rng.randint(7, 11), rng.randint(0, 59)
    pg.t(70, 46, "KOLOLO MEDICAL LABORATORIES", "arialb", 16, maroon)
    pg.t(70, 60, f"Plot {rng.randint(2, 40)}, Kira Road, Kololo  ·  P.O. Box {rng.randint(7000, 7999)}, Kampala, "
                 "Uganda", "arial", 8)
    pg.t(70, 71, f"Tel: +256 414 {rng.randint(100, 999)} {rng.randint(100, 999)}  ·  +256 772 {rng.randint(100, 999)} "
                 f"{rng.randint(100, 999)}  ·  results@kololomedlabs.co.ug", "arial", 8, GREY)
    pg.ln(40, 80, 555, 80, 1.5, maroon)
    pg.tc(297, 97, "LABORATORY REPORT", "arialb", 11)
    pg.rect(40, 104, 555, 170, c=GREY, w=0.6)
    hdr = [("Patient Name", patient), ("Lab No", lab_no), ("Age / Sex", f"{age} Y / {'Female' if female else 'Male'}"),
           ("Referred by", rng.choice(["Dr. J. Ssemakula", "Dr. P. Atim", "Self"])),
           ("Date Collected", f"{coll:%d/%m/%Y} {hh:02d}:{mi:02d}"),
           ("Date Reported", f"{coll:%d/%m/%Y} {rng.randint(13, 17):02d}:{rng.randint(0, 59):02d}"),
           ("Facility", rng.choice(["Kololo Medical Centre", "Ntinda Family Clinic", "Mengo Road Surgery"])),
           ("Sample", "Serum / EDTA whole blood")]
    for i, (k, v) in enumerate(hdr):
        x = 48 if i % 2 == 0 else 320
        yy = 118 + (i // 2) * 14
        pg.t(x, yy, f"{k}:", "arialb", 8.5)
        pg.t(x + 82, yy, v, "arial", 8.5)
    y = 190
    cols = (46, 250, 320, 360, 440)
    pg.rect(40, y - 11, 555, y + 5, c=None, fill=(0.92, 0.88, 0.88))
    for x, hd in zip(cols, ("TEST", "RESULT", "FLAG", "UNITS", "REFERENCE RANGE")):
        pg.t(x, y, hd, "arialb", 8.5)
    y += 19
    for title, rows in secs:
        pg.t(46, y, title, "arialb", 9, maroon)
        y += 14
        for r, ref in rows:
            txt = r.s()
            pg.t(56, y, r.name, "arial", 8.8)
            pg.tr(290, y, txt, "arialb" if r.flag != "N" else "arial", 9)
            pf = {"H": "H", "L": "L", "HH": "CRITICAL", "LL": "CRITICAL"}.get(r.flag)
            if pf:
                pg.t(cols[2], y, pf, "arialb", 8, maroon if len(pf) > 1 else BLACK)
            pg.t(cols[3], y, r.unit or "", "arial", 8.5)
            pg.t(cols[4], y, ref, "arial", 8.5)
            sink.add(r, txt, pf)
            y += 13.2
        y += 6
    com = {1: "Comments: Results reviewed. eGFR not reported (no race-free equation validated locally); calculate "
              "using CKD-EPI 2021 if required. Next review in 3 months.",
           2: f"Comments: Malaria B/S: P. falciparum seen (+++), approx. {rng.randint(40, 90) * 1000:,} parasites/µL. "
              f"Platelet count confirmed on smear; critical value called to Dr. {rng.choice(['Atim', 'Kato'])} on "
              f"{rng.randint(700, 789)} {rng.randint(100, 999)} {rng.randint(100, 999)} at {rng.randint(10, 12)}:"
              f"{rng.randint(10, 59)} hrs.",
           3: "Comments: Fasting sample (12 hrs). 10-year cardiovascular risk should be assessed with blood pressure "
              "and smoking status; target LDL < 2.6 mmol/L for high-risk patients."}[variant]
    y = pg.para(46, y + 4, 505, com, "arial", 8)
    _stamp(pg, 330, 700, ["KOLOLO MEDICAL CENTRE", f"RECEIVED  {coll + _dt.timedelta(days=2):%d %b %Y}".upper(),
                          "Records Dept."], (0.15, 0.25, 0.7))
    pg.t(46, 715, "Verified by:", "arial", 8.5)
    pg.t(46, 728, rng.choice(["A. Namutebi, BMLS (Lab. Technologist)", "E. Ocen, BMLS (Lab. Technologist)"]), "arialb",
         8.5)
    pg.t(46, 748, "Authorised by:", "arial", 8.5)
    pg.t(46, 761, "Dr. S. Kiggundu, MBChB, MMed (Path)", "arialb", 8.5)
    pg.ln(40, 792, 555, 792, 0.5, maroon)
    pg.t(40, 803, "This report is electronically generated and valid without signature. Results relate only to the "
                  "sample(s) received.", "arial", 6.8, GREY)
    pg.tr(555, 814, "Page 1 of 1", "arial", 6.8, GREY)
    pdf = _finish(doc, "Laboratory report", "Crystal Reports")
    bars = [rng.randint(1, 4) for _ in range(52)]
    sticker = _sticker_pdf([patient, f"{lab_no}   {'F' if female else 'M'} / {age}Y",
                            f"Coll: {coll:%d/%m/%y} {hh:02d}:{mi:02d}   {rng.choice(['SST', 'EDTA'])}"], bars)
    img = _staple_scan(pdf, sticker, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ====================== F8  Jamaica: private laboratory report printed by a failing inkjet printer, then scanned (PNG)


def _faded_inkjet(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """An inkjet print with an empty black cartridge (black composed from colour inks: brownish-olive), low ink
    density, banding at every print-head pass, a few clogged-nozzle streaks and a cyan plane one pixel off; scanned
    in colour at 200 dpi."""
    img = _raster(pdf, 200)
    h, w = img.shape[:2]
    ink = 1 - img / 255.0  # per channel: how much each channel is darkened
    dens = np.full((h, 1), float(g.uniform(0.66, 0.76)), np.float32)
    pass_h = int(g.integers(62, 72))
    off = int(g.integers(0, pass_h))
    for y0 in range(off, h, pass_h):
        dens[y0:y0 + 4] *= 0.5
    for y0 in g.integers(0, h, 9):
        dens[y0:y0 + 1] *= 0.25
    dens = dens * (1 + 0.06 * _lowfreq(g, h, 1, 6)[:, :1])
    grey = ink.mean(axis=2, keepdims=True)
    chroma = ink - grey  # coloured parts keep their hue
    comp = np.float32([0.72, 0.76, 0.86])  # composite black: less cyan than magenta / yellow -> brown-olive
    ink2 = np.clip(grey * comp + chroma * 0.8, 0, 1) * dens[..., None]
    ink2[:, :, 0] = np.roll(ink2[:, :, 0], 1, axis=1)
    paper = np.float32([246, 247, 250])
    img = paper - ink2 * paper
    img = img * (1 - 0.015 * _lowfreq(g, h, w, 3))[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 0.65)
    img = _rotate(img, float(g.uniform(-0.5, 0.5)), (250, 250, 250))
    return np.round(img / 2) * 2  # the scanner's 7-bit effective depth


def _f8(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(40, 60), 2: rng.randint(22, 34), 3: rng.randint(50, 70)}[variant]
    patient = {1: "CAMPBELL, Devon Anthony", 2: "WILLIAMS, Shanice Marcia", 3: "BROWN, Clifton Everton"}[variant]
    sink = _Sink()
    # sections: (title, rows); a row: (_R, reference text, previous value text or "")
    secs: list[tuple[str, list[tuple[_R, str, str]]]] = []
    prev_on = variant == 1
    prev_date = coll - _dt.timedelta(days=rng.randint(330, 400))

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None:
            return f"<{_num(hi or 0, dec)}"
        if hi is None:
            return f">{_num(lo, dec)}"
        return f"{_num(lo, dec)}-{_num(hi, dec)}"

    def row(r: _R, ref: str | None = None, rdec: int | None = None) -> tuple[_R, str, str]:
        prev = ""
        if prev_on and r.value is not None:
            prev = _num(r.value * rng.uniform(0.88, 1.12), r.dec)
        return r, ref if ref is not None else iv(r.lo, r.hi, r.dec if rdec is None else rdec), prev

    if variant in (1, 2):
        c = _cbc(rng, female, "preg" if female else "n")
        cbc = [row(_R("6690-2", "WBC", round(c.wbc, 1), 1, "x10^3/uL", 4.0, 10.5)),
               row(_R("789-8", "RBC", c.rbc, 2, "x10^6/uL", *((3.9, 5.1) if female else (4.5, 5.9)))),
               row(_R("718-7", "Hemoglobin", c.hb, 1, "g/dL", *((11.0, 15.0) if female else (13.5, 17.5))),
                   "Pregnancy: 11.0-15.0" if female else None),
               row(_R("4544-3", "Hematocrit", c.hct, 1, "%", *((33.0, 45.0) if female else (41.0, 53.0))), None, 0),
               row(_R("787-2", "MCV", c.mcv, 1, "fL", 80, 100), None, 0),
               row(_R("785-6", "MCH", c.mch, 1, "pg", 27, 33), None, 0),
               row(_R("786-4", "MCHC", c.mchc, 1, "g/dL", 32, 36), None, 0),
               row(_R("788-0", "RDW", c.rdw, 1, "%", 11.5, 14.5)),
               row(_R("777-3", "Platelets", c.plt, 0, "x10^3/uL", 150, 400))]
        if variant == 1:
            for k, nm, lo, hi in (("neut", "Neutrophils", 40, 74), ("lym", "Lymphocytes", 19, 48),
                                  ("mono", "Monocytes", 3, 11), ("eos", "Eosinophils", 0, 7),
                                  ("baso", "Basophils", 0, 2)):
                cbc.append(row(_R(_DIFF_CODES[k][0], nm, c.pct[k], 1, "%", lo, hi), None, 0))
        secs.append(("HEMATOLOGY - COMPLETE BLOOD COUNT", cbc))
    if variant == 1:
        cr = _draw(rng, 0.7, 1.3, 2, _pick(rng, 0.3, "h"))
        bun = _draw(rng, 7, 20, 0, _pick(rng, 0.3, "h"))
        na = _draw(rng, 136, 145, 0)
        cl = _draw(rng, 98, 107, 0)
        tp = _draw(rng, 6.0, 8.3, 1)
        alb = _draw(rng, 3.5, 5.0, 1)
        glob = round(tp - alb, 1)
        secs.append(("CHEMISTRY - COMPREHENSIVE METABOLIC PANEL", [
            row(_R("2345-7", "Glucose, Fasting", _draw(rng, 70, 99, 0, rng.choice("nh")), 0, "mg/dL", 70, 99)),
            row(_R("3094-0", "BUN", bun, 0, "mg/dL", 7, 20)),
            row(_R("2160-0", "Creatinine", cr, 2, "mg/dL", 0.7, 1.3), None, 1),
            row(_R("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr, age, False))), 0, "mL/min/1.73m²", 60,
                   None)),
            row(_R("3097-3", "BUN/Creatinine Ratio", float(round(bun / cr)), 0, None, 6, 22)),
            row(_R("2951-2", "Sodium", na, 0, "mmol/L", 136, 145)),
            row(_R("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1)),
            row(_R("2075-0", "Chloride", cl, 0, "mmol/L", 98, 107)),
            row(_R("2028-9", "Carbon Dioxide, Total", _draw(rng, 22, 29, 0), 0, "mmol/L", 22, 29)),
            row(_R("17861-6", "Calcium", _draw(rng, 8.6, 10.3, 1), 1, "mg/dL", 8.6, 10.3)),
            row(_R("2885-2", "Protein, Total", tp, 1, "g/dL", 6.0, 8.3)),
            row(_R("1751-7", "Albumin", alb, 1, "g/dL", 3.5, 5.0)),
            row(_R("10834-0", "Globulin", glob, 1, "g/dL", 1.9, 3.7)),
            row(_R("1759-0", "A/G Ratio", round(alb / glob, 1), 1, None, 1.1, 2.5)),
            row(_R("1975-2", "Bilirubin, Total", _draw(rng, 0.2, 1.2, 1, _pick(rng, 0.3, "h")), 1, "mg/dL", 0.2, 1.2)),
            row(_R("6768-6", "Alkaline Phosphatase", _draw(rng, 40, 129, 0), 0, "U/L", 40, 129)),
            row(_R("1920-8", "AST", _draw(rng, 10, 40, 0, _pick(rng, 0.3, "h")), 0, "U/L", 10, 40)),
            row(_R("1742-6", "ALT", _draw(rng, 9, 46, 0, _pick(rng, 0.3, "h")), 0, "U/L", 9, 46))]))
        tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=160)
        hdl = _draw(rng, 40, None, 0, _pick(rng, 0.3, "l"), ceil=62)
        tg = _draw(rng, None, 150, 0, rng.choice("nh"), floor=70)
        secs.append(("LIPID PANEL", [
            row(_R("2093-3", "Cholesterol, Total", tc, 0, "mg/dL", None, 200)),
            row(_R("2571-8", "Triglycerides", tg, 0, "mg/dL", None, 150)),
            row(_R("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", 40, None)),
            row(_R("13457-7", "LDL Cholesterol, Calc", float(round(tc - hdl - tg / 5)), 0, "mg/dL", None, 100))]))
    elif variant == 2:
        tsh = _draw(rng, 0.1, 2.5, 2, _pick(rng, 0.3, "h"))
        secs.append(("CHEMISTRY", [
            row(_R("2345-7", "Glucose, Fasting", _draw(rng, None, 92, 0, _pick(rng, 0.3, "h"), floor=68), 0,
                   "mg/dL", None, 92), "Pregnancy: <92"),
            row(_R("3016-3", "TSH", tsh, 2, "µIU/mL", 0.1, 2.5),
                "1st trimester: 0.10-2.50 | 2nd trimester: 0.20-3.00 | 3rd trimester: 0.30-3.00")]))
        abo = rng.choice(["O", "O", "A", "B", "AB"])
        rh = rng.choice([("POSITIVE", "positive"), ("POSITIVE", "positive"), ("NEGATIVE", "negative")])
        secs.append(("BLOOD BANK", [row(_q("883-9", "ABO Group", abo, abo.lower()), ""),
                                    row(_q("10331-7", "Rh (D) Type", *rh), ""),
                                    row(_q("890-4", "Antibody Screen", "NEGATIVE", "negative"), "NEGATIVE")]))
        rub = rng.choice([("POSITIVE (Immune)", "positive"), ("NEGATIVE (Non-immune)", "negative")])
        secs.append(("SEROLOGY", [row(_q("5292-8", "VDRL", "NON-REACTIVE", "non-reactive"), "NON-REACTIVE"),
                                  row(_q("56888-1", "HIV 1/2 Ag/Ab Combo", "NON-REACTIVE", "non-reactive"),
                                      "NON-REACTIVE"),
                                  row(_q("5196-1", "Hepatitis B Surface Antigen", "NEGATIVE", "negative"), "NEGATIVE"),
                                  row(_q("25514-1", "Rubella IgG", *rub), "")]))
        secs.append(("URINALYSIS", [
            row(_R("5811-5", "Specific Gravity", rng.choice([1.010, 1.015, 1.020, 1.025]), 3, None, 1.005, 1.030)),
            row(_R("5803-2", "pH", rng.choice([5.5, 6.0, 6.5, 7.0]), 1, None, 5.0, 8.0)),
            row(_q("20454-5", "Protein", *rng.choice([("NEGATIVE", "negative"), ("TRACE", "trace")])), "NEGATIVE"),
            row(_q("25428-4", "Glucose", "NEGATIVE", "negative"), "NEGATIVE"),
            row(_q("2514-8", "Ketones", "NEGATIVE", "negative"), "NEGATIVE"),
            row(_q("5794-3", "Blood", "NEGATIVE", "negative"), "NEGATIVE"),
            row(_q("5802-4", "Nitrite", "NEGATIVE", "negative"), "NEGATIVE"),
            row(_q("5799-2", "Leukocyte Esterase", "NEGATIVE", "negative"), "NEGATIVE"),
            row(_R("5821-4", "WBC (microscopy)", float(rng.randint(0, 4)), 0, "/HPF", None, 5)),
            row(_R("13945-1", "RBC (microscopy)", float(rng.randint(0, 2)), 0, "/HPF", None, 3))]))
    else:
        glu = float(rng.randint(562, 680))
        a1c = round(rng.uniform(10.4, 12.9), 1)
        cr = _draw(rng, 0.7, 1.3, 2, "h")
        bun = _draw(rng, 7, 20, 0, "h")
        na = float(rng.randint(129, 133))
        cl = float(rng.randint(94, 99))
        co2 = float(rng.randint(18, 21))
        secs.append(("CHEMISTRY", [
            row(_R("2345-7", "Glucose, Random", glu, 0, "mg/dL", 70, 140)),
            row(_R("4548-4", "Hemoglobin A1c", a1c, 1, "%", 4.0, 5.6)),
            row(_R("27353-2", "Estimated Average Glucose", float(round(28.7 * a1c - 46.7)), 0, "mg/dL", None, None),
                ""),
            row(_R("3094-0", "BUN", bun, 0, "mg/dL", 7, 20)),
            row(_R("2160-0", "Creatinine", cr, 2, "mg/dL", 0.7, 1.3), None, 1),
            row(_R("2951-2", "Sodium", na, 0, "mmol/L", 136, 145)),
            row(_R("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1, rng.choice("nh")), 1, "mmol/L", 3.5, 5.1)),
            row(_R("2075-0", "Chloride", cl, 0, "mmol/L", 98, 107)),
            row(_R("2028-9", "Carbon Dioxide, Total", co2, 0, "mmol/L", 22, 29)),
            row(_R("33037-3", "Anion Gap", na - cl - co2, 0, "mmol/L", 3, 11))]))
        secs.append(("URINALYSIS (dipstick)", [
            row(_q("25428-4", "Glucose", "3+", "positive"), "NEGATIVE"),
            row(_q("2514-8", "Ketones", "TRACE", "trace"), "NEGATIVE"),
            row(_q("20454-5", "Protein", "1+", "positive"), "NEGATIVE")]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    blue: Color = (0.0, 0.3, 0.6)
    acc = f"{coll:%y%m}-{rng.randint(10000, 99999)}"
    pg.circle(64, 55, 20, c=blue, fill=None, w=3)
    pg.tc(64, 60, "LML", "arialb", 12, blue)
    pg.t(94, 50, "LIGUANEA MEDICAL LABORATORY LTD.", "arialb", 14, blue)
    pg.t(94, 63, f"{rng.randint(2, 40)} Barbican Road, Kingston 6, Jamaica W.I.  ·  Tel: (876) 927-"
                 f"{rng.randint(1000, 9999)}  ·  (876) 978-{rng.randint(1000, 9999)}", "arial", 8)
    pg.t(94, 74, "Accredited by the Jamaica National Agency for Accreditation (JANAAC)  ·  Cert. No. ML-0"
                 f"{rng.randint(10, 99)}", "arial", 7.5, GREY)
    pg.ln(40, 84, 555, 84, 1.2, blue)
    dob = _dob(rng, coll, age)
    info = [("PATIENT", patient), ("ACCESSION #", acc), ("DOB", f"{dob:%m/%d/%Y}  (Age {age})"),
            ("SEX", "F" if female else "M"), ("PHYSICIAN", rng.choice(["Dr. K. Henry", "Dr. A. Thompson-Reid"])),
            ("COLLECTED", f"{coll:%m/%d/%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
            ("CLIENT", rng.choice(["Half Way Tree Family Practice", "Portmore Medical Centre", "UWI Health Centre"])),
            ("REPORTED", f"{coll + _dt.timedelta(days=1):%m/%d/%Y} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 330
        yy = 100 + (i // 2) * 13
        pg.t(x, yy, k, "arialb", 7.8)
        pg.t(x + 78, yy, v, "arial", 8.5)
    if variant == 2:
        pg.t(40, 154, f"CLINICAL INFO: Antenatal booking. Gestation {rng.randint(9, 12)} weeks (by LMP). G2P1.",
             "arialb", 8)
    y = 172
    cols = (40, 235, 290, 330, 400, 490)
    pg.rect(40, y - 10, 555, y + 4, c=None, fill=(0.85, 0.9, 0.95))
    heads = ["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL"] + ([f"PREV {prev_date:%m/%d/%y}"] if prev_on
                                                                      else [])
    for x, hd in zip(cols, heads):
        pg.t(x + 3, y, hd, "arialb", 7.5)
    y += 16
    for title, rows in secs:
        pg.t(43, y, title, "arialb", 8.5, blue)
        y += 12
        for r, ref, prev in rows:
            txt = r.s()
            pg.t(52, y, r.name, "arial", 8.3)
            pg.tr(cols[1] + 40, y, txt, "arialb" if r.flag != "N" else "arial", 8.6)
            pf = {"H": "HIGH", "L": "LOW", "HH": "CRIT HIGH", "LL": "CRIT LOW"}.get(r.flag)
            if pf:
                pg.t(cols[2] - 8, y, pf, "arialb", 7.2)
            pg.t(cols[3] + 3, y, r.unit or "", "arial", 8)
            if " | " in ref:
                for j, part in enumerate(ref.split(" | ")):
                    pg.t(cols[4] + 3, y + j * 9.5, part, "arial", 7.5)
                y += 9.5 * ref.count(" | ")
            else:
                pg.t(cols[4] + 3, y, ref, "arial", 8)
            if prev:
                pg.t(cols[5] + 8, y, prev, "arial", 8, GREY)
            sink.add(r, txt, pf)
            y += 12.2
        y += 5
    notes = [("Reference intervals are for adults unless stated. HIGH/LOW = outside the reference interval; CRIT = "
             "critical value, telephoned to the requesting physician.")]
    if variant == 3:
        notes.append(f"CRITICAL GLUCOSE reported by phone to Nurse {rng.choice(['Gayle', 'Morrison'])} at "
                     f"{rng.randint(10, 11)}:{rng.randint(10, 59)} on {coll:%m/%d/%Y}; read-back verified.")
    if variant == 2:
        notes.append("Sickle cell screen (solubility): NEGATIVE. Hb electrophoresis not requested. Repeat CBC at "
                     "28 weeks; OGTT (75 g) at 24-28 weeks.")
    if variant == 1:
        notes.append("LDL goal < 100 mg/dL; < 70 mg/dL for patients with diabetes or established ASCVD.")
    y += 4
    for n_ in notes:
        y = pg.para(40, y, 515, n_, "arial", 7.6) + 2
    pg.t(40, 770, f"Pathologist: {rng.choice(['Dr. Marcia Edwards, MBBS, DM (Path)', 'Dr. Paul Gordon, MBBS, DM'])}",
         "arial", 8)
    pg.ln(40, 790, 555, 790, 0.5, blue)
    pg.t(40, 801, f"Printed {coll + _dt.timedelta(days=3):%m/%d/%Y}  ·  LML-RPT-07 rev. 3  ·  Tests marked with a "
                  "reference interval were performed on-site.", "arial", 6.6, GREY)
    pg.tr(555, 812, "Page 1 of 1", "arial", 6.6, GREY)
    pdf = _finish(doc, "Laboratory report", "Orchard Harvest")
    img = _faded_inkjet(pdf, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ================================ F9  United Arab Emirates: screenshot of a desktop PDF viewer showing the report (PNG)


def _ar(pg: _Pg, rect: tuple[float, float, float, float], text: str, size: float, color: str) -> None:
    """Right-aligned Arabic text (shaped by MuPDF's HTML layout)."""
    pg.p.insert_htmlbox(fitz.Rect(*rect), f'<p dir="rtl" style="font-size:{size}px;color:{color};'
                                          f'text-align:right;margin:0">{text}</p>')


def _viewer_screenshot(report: bytes, title: str, clock: str) -> np.ndarray:
    """A 3840 x 2160 screenshot of a PDF viewer showing the report fit to the window (two-page view for a
    two-page report): title bar, menu, toolbar, thumbnail sidebar, scroll bar and the desktop taskbar."""
    sw, sh = 3840.0, 2160.0
    src = fitz.open("pdf", report)
    n = len(src)
    doc = fitz.open()
    scr = _Pg(doc, sw, sh)
    scr.rect(0, 0, sw, sh, c=None, fill=(0.23, 0.23, 0.24))
    scr.rect(0, 0, sw, 46, c=None, fill=(0.96, 0.96, 0.97))
    scr.t(60, 31, f"{title} - PDF Reader", "arial", 19, (0.15, 0.15, 0.15))
    for i, gl in enumerate(("—", "□", "×")):
        scr.tc(sw - 160 + i * 62, 32, gl, "sans", 20, (0.2, 0.2, 0.2))
    scr.rect(0, 46, sw, 92, c=None, fill=(0.98, 0.98, 0.98))
    for i, m in enumerate(("File", "Edit", "View", "Go To", "Zoom", "Favorites", "Settings", "Help")):
        scr.t(30 + i * 120, 77, m, "arial", 19, (0.2, 0.2, 0.2))
    scr.rect(0, 92, sw, 160, c=None, fill=(0.94, 0.94, 0.95))
    scr.ln(0, 160, sw, 160, 1, (0.75, 0.75, 0.75))
    for i in range(7):
        scr.rect(30 + i * 70, 104, 78 + i * 70, 148, c=(0.6, 0.6, 0.62), fill=(0.9, 0.9, 0.92), w=1.5, radius=0.15)
    scr.rect(560, 108, 700, 146, c=(0.6, 0.6, 0.6), fill=(1, 1, 1), w=1.5)
    scr.t(585, 136, "1", "arial", 20)
    scr.t(715, 136, f"/ {n}", "arial", 20, (0.3, 0.3, 0.3))
    scr.rect(800, 108, 1010, 146, c=(0.6, 0.6, 0.6), fill=(1, 1, 1), w=1.5)
    scr.t(815, 136, "Fit Page", "arial", 20)
    scr.t(1040, 136, "Two Pages" if n == 2 else "Single Page", "arial", 20, (0.3, 0.3, 0.3))
    scr.rect(sw - 560, 108, sw - 40, 146, c=(0.6, 0.6, 0.6), fill=(1, 1, 1), w=1.5)
    scr.t(sw - 545, 136, "Find:", "arial", 19, (0.55, 0.55, 0.55))
    side = 330.0
    scr.rect(0, 160, side, sh - 72, c=None, fill=(0.94, 0.94, 0.95))
    scr.t(24, 196, "Thumbnails", "arialb", 20, (0.25, 0.25, 0.25))
    top, bottom = 184.0, sh - 72 - 24
    ph = bottom - top
    pw = ph * 595 / 842
    for i in range(n):
        ty = 226 + i * 360
        tw_ = 300 * 595 / 842 * 0.8
        r = fitz.Rect(40, ty, 40 + tw_, ty + 240)
        scr.rect(r.x0 - 6, r.y0 - 6, r.x1 + 6, r.y1 + 6, c=(0.25, 0.45, 0.8) if i == 0 else None, fill=None, w=4)
        scr.rect(r.x0, r.y0, r.x1, r.y1, c=None, fill=(1, 1, 1))
        scr.p.show_pdf_page(r, src, i)
        scr.tc(r.x0 + tw_ / 2, r.y1 + 34, str(i + 1), "arial", 18, (0.3, 0.3, 0.3))
    gap = 28.0
    x0 = side + (sw - side - 40 - n * pw - (n - 1) * gap) / 2
    for i in range(n):
        r = fitz.Rect(x0 + i * (pw + gap), top, x0 + i * (pw + gap) + pw, top + ph)
        scr.rect(r.x0 + 5, r.y0 + 5, r.x1 + 5, r.y1 + 5, c=None, fill=(0.12, 0.12, 0.12))
        scr.rect(r.x0, r.y0, r.x1, r.y1, c=None, fill=(1, 1, 1))
        scr.p.show_pdf_page(r, src, i)
    scr.rect(sw - 36, 160, sw, sh - 72, c=None, fill=(0.3, 0.3, 0.31))
    scr.rect(sw - 30, 172, sw - 6, sh - 90, c=None, fill=(0.55, 0.55, 0.57), radius=0.4)
    scr.rect(0, sh - 72, sw, sh, c=None, fill=(0.12, 0.14, 0.18))
    for i in range(6):
        scr.rect(40 + i * 90 + 1700, sh - 58, 92 + i * 90 + 1700, sh - 14, c=None,
                 fill=(0.3 + 0.1 * (i % 3), 0.45, 0.75 - 0.1 * (i % 2)), radius=0.2)
    hhmm, day = clock.split("|")
    scr.tr(sw - 40, sh - 44, hhmm, "arial", 19, (1, 1, 1))
    scr.tr(sw - 40, sh - 18, day, "arial", 19, (1, 1, 1))
    pdf = _finish(doc, "screen", "screenshot")
    src.close()
    return _raster(pdf, 72)


def _f9(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 1
    age = {1: rng.randint(30, 38), 2: rng.randint(40, 55), 3: rng.randint(58, 72)}[variant]
    patient = {1: "AL HAMMADI, Mariam Saeed", 2: "KHAN, Imran Ashraf", 3: "AL KETBI, Saif Rashid"}[variant]
    sink = _Sink()
    # sections: (title, rows); a row: (_R, reference lines) or ("cmt", text)
    secs: list[tuple[str, list]] = []

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None:
            return f"< {_num(hi or 0, dec)}"
        if hi is None:
            return f"> {_num(lo, dec)}"
        return f"{_num(lo, dec)} - {_num(hi, dec)}"

    def r_(code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
           ref: list[str] | None = None, rdec: int | None = None) -> tuple[_R, list[str]]:
        return _R(code, nm, v, dec, unit, lo, hi), ref or [iv(lo, hi, dec if rdec is None else rdec)]

    def cbc_rows(c: _Cbc, full: bool) -> list:
        hb_r = (12.0, 15.0) if female else (13.0, 17.0)
        rows = [r_("6690-2", "WBC", round(c.wbc, 2), 2, "x10^9/L", 4.0, 11.0, rdec=1),
                r_("718-7", "Hemoglobin", c.hb, 1, "g/dL", *hb_r),
                r_("4544-3", "Hematocrit", c.hct, 1, "%", *((36.0, 46.0) if female else (40.0, 50.0)), rdec=0),
                r_("777-3", "Platelet count", c.plt, 0, "x10^9/L", 150, 410)]
        if full:
            rows[2:2] = [r_("789-8", "RBC", c.rbc, 2, "x10^12/L", *((3.8, 4.8) if female else (4.5, 5.5)), rdec=1)]
            rows[4:4] = [r_("787-2", "MCV", c.mcv, 1, "fL", 83, 101, rdec=0),
                         r_("785-6", "MCH", c.mch, 1, "pg", 27, 32, rdec=0),
                         r_("786-4", "MCHC", c.mchc, 1, "g/dL", 31.5, 34.5),
                         r_("788-0", "RDW-CV", c.rdw, 1, "%", 11.6, 14.0)]
            absr = {"neut": (2.0, 7.0), "lym": (1.0, 3.0), "mono": (0.2, 1.0), "eos": (0.02, 0.5),
                    "baso": (0.0, 0.1)}
            nm = {"neut": "Neutrophils", "lym": "Lymphocytes", "mono": "Monocytes", "eos": "Eosinophils",
                  "baso": "Basophils"}
            for k, ar in absr.items():
                rows.append(r_(_DIFF_CODES[k][0], f"{nm[k]} %", c.pct[k], 1, "%", None, None, ["-"]))
                rows.append(r_(_DIFF_CODES[k][1], f"{nm[k]} Absolute", c.absolute(k), 2, "x10^9/L", *ar))
        return rows

    if variant == 1:
        fsh = _draw(rng, 3.5, 12.5, 2, _pick(rng, 0.3, "h"))
        band = next(b for b in ((25, 29, 1.5, 9.5), (30, 34, 1.2, 8.0), (35, 39, 0.7, 6.5)) if b[0] <= age <= b[1])
        secs.append(("ENDOCRINOLOGY", [
            ("cmt", ("Clinical information: cycle day 3 (early follicular phase); LMP "
                    f"{coll - _dt.timedelta(days=2):%d-%b-%Y}.")),
            r_("15067-2", "FSH", fsh, 2, "mIU/mL", 3.5, 12.5,
               ["Follicular: 3.50 - 12.50", "Ovulation: 4.70 - 21.50", "Luteal: 1.70 - 7.70",
                "Postmenopause: 25.80 - 134.80"]),
            r_("10501-5", "LH", _draw(rng, 2.4, 12.6, 2), 2, "mIU/mL", 2.4, 12.6,
               ["Follicular: 2.40 - 12.60", "Ovulation: 14.00 - 95.60", "Luteal: 1.00 - 11.40",
                "Postmenopause: 7.70 - 58.50"]),
            r_("14715-7", "Estradiol (E2)", _draw(rng, 114, 332, 0), 0, "pmol/L", 114, 332,
               ["Follicular: 114 - 332", "Ovulation: 222 - 1959", "Luteal: 222 - 854", "Postmenopause: < 138"]),
            r_("14890-8", "Progesterone", _draw(rng, 0.6, 4.7, 1), 1, "nmol/L", 0.6, 4.7,
               ["Follicular: 0.6 - 4.7", "Luteal: 5.3 - 86.0", "Postmenopause: < 0.4"]),
            r_("2842-3", "Prolactin", _draw(rng, 4.8, 23.3, 1, _pick(rng, 0.3, "h")), 1, "ng/mL", 4.8, 23.3,
               ["Non-pregnant female: 4.8 - 23.3"]),
            r_("38476-8", "Anti-Mullerian Hormone (AMH)", _draw(rng, band[2], band[3], 2, rng.choice("nl")), 2,
               "ng/mL", band[2], band[3],
               ["25 - 29 years: 1.50 - 9.50", "30 - 34 years: 1.20 - 8.00", "35 - 39 years: 0.70 - 6.50"]),
            r_("3016-3", "TSH", _draw(rng, 0.27, 4.2, 2), 2, "mIU/L", 0.27, 4.2),
            r_("14920-3", "Free T4", _draw(rng, 12.0, 22.0, 1), 1, "pmol/L", 12.0, 22.0)]))
        secs.append(("CLINICAL CHEMISTRY", [
            r_("62292-8", "25-OH Vitamin D (total)", _draw(rng, 30, 100, 1, rng.choice("nl")), 1, "ng/mL", 30, 100,
               ["Deficiency: < 20", "Insufficiency: 20 - 29", "Sufficiency: 30 - 100", "Possible toxicity: > 100"]),
            r_("2276-4", "Ferritin", _draw(rng, 13, 150, 1, _pick(rng, 0.4, "l")), 1, "ng/mL", 13, 150, rdec=0)]))
        secs.append(("HEMATOLOGY", cbc_rows(_cbc(rng, True, "n"), False)))
    elif variant == 2:
        c = _cbc(rng, False, "n")
        secs.append(("HEMATOLOGY - CBC WITH DIFFERENTIAL", cbc_rows(c, True)))
        cr = _draw(rng, 64, 104, 0, _pick(rng, 0.3, "h"))
        secs.append(("CLINICAL CHEMISTRY", [
            r_("14749-6", "Glucose, fasting", _draw(rng, 3.9, 5.6, 1, rng.choice("nh")), 1, "mmol/L", 3.9, 5.6),
            r_("4548-4", "HbA1c", _draw(rng, 4.0, 5.6, 1, rng.choice("nh")), 1, "%", 4.0, 5.6,
               ["Normal: 4.0 - 5.6", "Prediabetes: 5.7 - 6.4", "Diabetes: >= 6.5"]),
            r_("22664-7", "Urea", _draw(rng, 2.8, 8.1, 1), 1, "mmol/L", 2.8, 8.1),
            r_("14682-9", "Creatinine", cr, 0, "umol/L", 64, 104),
            r_("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr / 88.4, age, False))), 0, "mL/min/1.73m2", 90,
               None, [">= 90"]),
            r_("2951-2", "Sodium", _draw(rng, 136, 145, 0), 0, "mmol/L", 136, 145),
            r_("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1),
            r_("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107),
            r_("1963-8", "Bicarbonate", _draw(rng, 22, 29, 0), 0, "mmol/L", 22, 29),
            r_("2000-8", "Calcium", _draw(rng, 2.15, 2.55, 2), 2, "mmol/L", 2.15, 2.55),
            r_("14879-1", "Phosphate", _draw(rng, 0.81, 1.45, 2), 2, "mmol/L", 0.81, 1.45),
            r_("2601-3", "Magnesium", _draw(rng, 0.66, 1.07, 2), 2, "mmol/L", 0.66, 1.07),
            r_("14933-6", "Uric acid", _draw(rng, 202, 416, 0, rng.choice("nh")), 0, "umol/L", 202, 416),
            r_("14631-6", "Bilirubin, total", _draw(rng, 5, 21, 1), 1, "umol/L", 5, 21, rdec=0),
            r_("1742-6", "ALT", _draw(rng, None, 41, 0, rng.choice("nh"), floor=12), 0, "U/L", None, 41),
            r_("1920-8", "AST", _draw(rng, None, 40, 0, floor=14), 0, "U/L", None, 40),
            r_("6768-6", "Alkaline phosphatase", _draw(rng, 40, 129, 0), 0, "U/L", 40, 129),
            r_("2324-2", "GGT", _draw(rng, 8, 61, 0, _pick(rng, 0.3, "h")), 0, "U/L", 8, 61),
            r_("2885-2", "Total protein", _draw(rng, 64, 83, 0), 0, "g/L", 64, 83),
            r_("1751-7", "Albumin", _draw(rng, 35, 52, 0), 0, "g/L", 35, 52)]))
    else:
        cr = round(rng.uniform(140, 210))
        k = round(rng.uniform(7.1, 7.5), 1)
        nt_hi = 125.0 if age < 75 else 450.0
        secs.append(("EMERGENCY CHEMISTRY", [
            r_("2823-3", "Potassium", k, 1, "mmol/L", 3.5, 5.1),
            ("cmt", (f"Critical result: potassium {_num(k, 1)} mmol/L notified to Dr. "
                    f"{rng.choice(['Faisal (ED)', 'Nair (ED)'])} at {rng.randint(1, 5):02d}:{rng.randint(10, 59)} by "
                    f"{rng.choice(['R. Thomas', 'M. Santos'])}; read back. Sample not haemolysed (HI index 12).")),
            r_("2951-2", "Sodium", _draw(rng, 136, 145, 0, _pick(rng, 0.3, "l")), 0, "mmol/L", 136, 145),
            r_("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107),
            r_("1963-8", "Bicarbonate", float(rng.randint(18, 21)), 0, "mmol/L", 22, 29),
            r_("22664-7", "Urea", round(rng.uniform(11.0, 17.0), 1), 1, "mmol/L", 2.8, 8.1),
            r_("14682-9", "Creatinine", float(cr), 0, "umol/L", 64, 104),
            r_("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr / 88.4, age, False))), 0, "mL/min/1.73m2",
               90, None, [">= 90"]),
            r_("14749-6", "Glucose, random", _draw(rng, 3.9, 7.8, 1, rng.choice("nh")), 1, "mmol/L", 3.9, 7.8),
            r_("2601-3", "Magnesium", _draw(rng, 0.66, 1.07, 2, rng.choice("nh")), 2, "mmol/L", 0.66, 1.07),
            r_("2524-7", "Lactate", _draw(rng, 0.5, 2.2, 1), 1, "mmol/L", 0.5, 2.2)]))
        secs.append(("CARDIAC MARKERS", [
            r_("67151-1", "Troponin T, high sensitivity", float(rng.randint(7, 12)), 0, "ng/L", None, 14)
            if rng.random() < 0.4 else (_R("67151-1", "Troponin T, high sensitivity", 6.0, 0, "ng/L", None, 14,
                                           comp="<"), ["< 14"]),
            r_("33762-6", "NT-proBNP", float(rng.randint(420, 1900)), 0, "pg/mL", None, nt_hi,
               ["Age < 75 y: < 125", "Age >= 75 y: < 450"]),
            r_("2157-6", "CK, total", _draw(rng, 39, 308, 0), 0, "U/L", 39, 308),
            r_("13969-1", "CK-MB mass", _draw(rng, None, 4.9, 1, floor=0.8), 1, "ng/mL", None, 4.9)]))
        c = _cbc(rng, False, "n")
        pt_s = round(rng.uniform(11.0, 13.5), 1)
        secs.append(("HEMATOLOGY & COAGULATION", cbc_rows(c, False) + [
            r_("5902-2", "Prothrombin time", pt_s, 1, "sec", 9.4, 12.5),
            r_("6301-6", "INR", round(pt_s / 11.2, 2), 2, None, 0.8, 1.1, rdec=1),
            r_("3173-2", "APTT", round(rng.uniform(26.0, 35.0), 1), 1, "sec", 25.4, 36.9),
            r_("48065-7", "D-Dimer", float(rng.randint(180, 470)), 0, "ng/mL FEU", None, 500)]))
    # ------------------------------------------------------------------------------------------ render report
    doc = fitz.open()
    W, H = 595.0, 842.0
    teal: Color = (0.0, 0.38, 0.42)
    pages: list[_Pg] = []
    mrn = f"00{rng.randint(1000000, 9999999)}"
    eid = f"784-{2025 - age}-{rng.randint(1000000, 9999999)}-{rng.randint(1, 9)}"
    t_coll = f"{coll:%d-%b-%Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"

    def new_page() -> tuple[_Pg, float]:
        p = _Pg(doc, W, H)
        pages.append(p)
        p.t(36, 42, "AL WAHA SPECIALTY HOSPITAL", "sansb", 13, teal)
        p.t(36, 54, "Department of Pathology & Laboratory Medicine", "sans", 8)
        p.t(36, 64, f"P.O. Box {rng.randint(10000, 19999)}, Al Ain, United Arab Emirates  ·  Tel +971 3 7"
                    f"{rng.randint(100000, 999999)}", "sans", 6.8, GREY)
        _ar(p, (330, 30, 560, 50), "مستشفى الواحة التخصصي", 13, "#00616b")
        _ar(p, (330, 50, 560, 66), "قسم علم الأمراض والمختبرات", 9, "#333333")
        p.ln(36, 72, 559, 72, 1, teal)
        p.rect(36, 78, 559, 128, c=(0.7, 0.7, 0.7), fill=(0.96, 0.97, 0.97), w=0.5)
        info = [("Patient", patient), ("MRN", mrn), ("Age / Gender", f"{age} Y / {'Female' if female else 'Male'}"),
                ("Emirates ID", eid), ("Location", {1: "Fertility Clinic", 2: "Internal Medicine OPD",
                                                    3: "Emergency Department"}[variant]),
                ("Collected", t_coll), ("Ordering physician", rng.choice(["Dr. Huda Al Dhaheri", "Dr. Ravi Menon"])),
                ("Verified", (f"{coll + _dt.timedelta(days=1 if variant != 3 else 0):%d-%b-%Y} "
                              f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"))]
        for i, (k, v) in enumerate(info):
            x = 42 if i % 2 == 0 else 310
            yy = 90 + (i // 2) * 11
            p.t(x, yy, k, "sans", 7, GREY)
            p.t(x + 78, yy, v, "sansb", 7.2)
        yy = 146
        for x, hd in ((40, "Test"), (228, "Result"), (288, "Flag"), (320, "Units"), (400, "Reference Range")):
            p.t(x, yy, hd, "sansb", 7.8)
        p.ln(36, yy + 4, 559, yy + 4, 0.6)
        return p, yy + 18

    pg, y = new_page()
    for title, rows in secs:
        if y > H - 150:
            pg, y = new_page()
        pg.t(40, y, title, "sansb", 8.5, teal)
        y += 13
        for rw in rows:
            if y > H - 80:
                pg, y = new_page()
            if rw[0] == "cmt":
                y = pg.para(52, y, 500, rw[1], "sansi", 7, c=GREY) + 2
                continue
            r, ref = rw
            txt = r.s()
            pg.t(48, y, r.name, "sans", 7.8)
            pg.tr(270, y, txt, "sansb" if r.flag != "N" else "sans", 8)
            pf = {"H": "H", "L": "L", "HH": "CH", "LL": "CL"}.get(r.flag)
            if pf:
                pg.t(290, y, pf, "sansb", 8, (0.75, 0.1, 0.1))
            pg.t(320, y, r.unit or "", "sans", 7.6)
            for j, line in enumerate(ref):
                pg.t(400, y + j * 9, line, "sans", 7.2)
            sink.add(r, txt, pf)
            y += 11.5 + 9 * (len(ref) - 1)
        y += 6
    if y > H - 110:
        pg, y = new_page()
    y = pg.para(40, y + 4, 515, "Flags: H = high, L = low, CH / CL = critical high / low (telephoned). Reference "
                "ranges apply to the patient's age and gender; hormone ranges by cycle phase as stated in the clinical "
                "information.", "sans", 6.8, c=GREY)
    pg.t(40, y + 16, "*** END OF REPORT ***", "sansb", 7.5)
    printed = coll + _dt.timedelta(days=1)
    for i, p in enumerate(pages):
        p.ln(36, H - 44, 559, H - 44, 0.5, teal)
        p.t(36, H - 33, f"Printed {printed:%d-%b-%Y} 10:{rng.randint(10, 59)} by LABPORTAL  ·  CAP accredited "
                        f"laboratory No. {rng.randint(7000000, 7999999)}  ·  CONFIDENTIAL", "sans", 6.3, GREY)
        p.tr(559, H - 33, f"Page {i + 1} of {len(pages)}", "sans", 6.3, GREY)
    pdf = _finish(doc, "Laboratory report", "Cerner PowerChart")
    clock = f"{rng.randint(8, 11)}:{rng.randint(10, 59)} AM|{printed:%d/%m/%Y}"
    img = _viewer_screenshot(pdf, f"LabReport_{mrn}_{coll:%Y%m%d}.pdf", clock)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ============================ F10  Nepal: pre-employment medical examination report for a Gulf work visa, tick boxes


def _f10(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(24, 35), 2: rng.randint(22, 32), 3: rng.randint(30, 42)}[variant]
    patient = {1: "RAM BAHADUR THAPA MAGAR", 2: "SITA KUMARI TAMANG", 3: "BIKASH SHRESTHA"}[variant]
    country = {1: "QATAR", 2: "KUWAIT", 3: "SAUDI ARABIA"}[variant]
    post = {1: "MASON", 2: "HOUSEMAID", 3: "HEAVY DRIVER"}[variant]
    sink = _Sink()
    hb_r = (12.0, 15.0) if female else (13.0, 17.0)
    hb = _draw(rng, *hb_r, 1, "l" if variant == 2 else "n")
    st3 = "h" if variant == 3 else "n"
    blood: list[tuple[_R, str]] = [
        (_R("718-7", "Haemoglobin", hb, 1, "g/dL", *hb_r), "M: 13.0 - 17.0 / F: 12.0 - 15.0"),
        (_R("6690-2", "Total leucocyte count", float(rng.randint(52, 96) * 100), 0, "/cumm", 4000, 11000),
         "4000 - 11000"),
        (_R("4537-7", "ESR", float(rng.randint(3, 12)), 0, "mm/1st hr", 0, 20 if female else 15),
         "M: 0 - 15 / F: 0 - 20"),
        (_R("2345-7", "Random blood sugar", _draw(rng, 70, 140, 0), 0, "mg/dL", 70, 140), "70 - 140"),
        (_R("2160-0", "Serum creatinine", _draw(rng, 0.6, 1.3, 1), 1, "mg/dL", 0.6, 1.3), "0.6 - 1.3"),
        (_R("1742-6", "SGPT (ALT)", _draw(rng, None, 40, 0, st3, floor=12), 0, "U/L", None, 40), "Up to 40"),
        (_R("1920-8", "SGOT (AST)", _draw(rng, None, 40, 0, st3, floor=14), 0, "U/L", None, 40), "Up to 40"),
        (_R("1975-2", "Total bilirubin", _draw(rng, 0.2, 1.2, 1, rng.choice("nh") if variant == 3 else "n"), 1,
            "mg/dL", 0.2, 1.2), "0.2 - 1.2")]
    abo = rng.choice(["A", "B", "O", "AB", "O", "B"])
    rh = rng.choice(["Positive", "Positive", "Positive", "Negative"])
    # tick-box rows: (code, name, options, index ticked, English meaning)
    ticks: list[tuple[str, str, list[str], int, str]] = [
        ("56888-1", "HIV I & II", ["Reactive", "Non-reactive"], 1, "non-reactive"),
        ("5196-1", "HBsAg", ["Positive", "Negative"], 0 if variant == 3 else 1,
         "positive" if variant == 3 else "negative"),
        ("16128-1", "Anti-HCV", ["Positive", "Negative"], 1, "negative"),
        ("5292-8", "VDRL", ["Reactive", "Non-reactive"], 1, "non-reactive")]
    prot = (1, "trace") if variant == 2 else (0, "negative")
    uticks: list[tuple[str, str, list[str], int, str]] = [
        ("25428-4", "Sugar", ["Nil", "Present"], 0, "negative"),
        ("20454-5", "Albumin", ["Nil", "Trace", "Present"], prot[0], prot[1])]
    if female:
        uticks.append(("2106-3", "Pregnancy test (hCG)", ["Positive", "Negative"], 1, "negative"))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    red: Color = (0.65, 0.1, 0.1)
    pg.t(40, 44, "HIMALAYAN DIAGNOSTIC & MEDICAL CENTRE PVT. LTD.", "serifb", 13, red)
    pg.t(40, 57, "GCC Approved Medical Centre  ·  Centre Code: 03/07  ·  Tinkune, Kathmandu-32, Nepal", "serif", 8)
    pg.t(40, 68, f"Tel: 01-4{rng.randint(100000, 999999)}, 01-5{rng.randint(100000, 999999)}  ·  Reg. No. "
                 f"{rng.randint(10000, 99999)}/067/068  ·  PAN {rng.randint(300000000, 699999999)}", "serif", 7.5, GREY)
    pg.rect(478, 30, 556, 118, c=GREY, w=0.7)
    pg.tc(517, 70, "PHOTO", "sans", 8, GREY)
    pg.tc(517, 82, "(attested)", "sans", 6.5, GREY)
    pg.tc(260, 96, "MEDICAL EXAMINATION REPORT", "serifb", 13)
    pg.tc(260, 109, "(Pre-employment — for Employment Visa)", "serif", 8.5)
    slip = f"{coll.year}/{rng.randint(100000, 999999)}"
    info = [("Name", patient), ("Passport No.", f"P{rng.choice('ABC')}{rng.randint(1000000, 9999999)}"),
            ("Age / Sex", f"{age} Yrs / {'Female' if female else 'Male'}"), ("Nationality", "NEPALESE"),
            ("Country applied for", country), ("Position", post), ("GAMCA Slip No.", slip),
            ("Date of examination", f"{coll:%d/%m/%Y}")]
    y = 132
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 300
        pg.rect(x, y - 10, x + 256, y + 4, c=(0.7, 0.7, 0.7), w=0.4)
        pg.t(x + 4, y, k, "sans", 7.8, GREY)
        pg.t(x + 100, y, v, "sansb", 8)
        if i % 2:
            y += 14
    y += 10
    pg.t(40, y, "1. GENERAL EXAMINATION", "sansb", 9, red)
    y += 13
    ht, wt = rng.randint(150, 178), rng.randint(48, 78)
    gen = [("Height", f"{ht} cm"), ("Weight", f"{wt} kg"), ("BMI", f"{wt / (ht / 100) ** 2:.1f}"),
           ("Blood pressure", f"{rng.randint(108, 132)}/{rng.randint(68, 86)} mmHg"),
           ("Pulse", f"{rng.randint(62, 88)} /min"), ("Vision (unaided)", "R 6/6  L 6/6"),
           ("Colour vision", "Normal"), ("Hearing", "Normal"), ("Chest / Lungs", "Normal"),
           ("Heart", "S1 S2 normal"), ("Abdomen / Hernia", "Normal / Absent"), ("Skin / Varicose veins", "Normal")]
    for i, (k, v) in enumerate(gen):
        x = 48 + (i % 3) * 170
        pg.t(x, y, f"{k}:", "sans", 7.6, GREY)
        pg.t(x + 82, y, v, "sans", 7.8)
        if i % 3 == 2:
            y += 12
    y += 6
    pg.t(40, y, "2. RADIOLOGY", "sansb", 9, red)
    pg.t(140, y, f"Chest X-ray (PA view), film no. CXR-{rng.randint(10000, 99999)}: No abnormality detected.", "sans",
         8)
    y += 18
    pg.t(40, y, "3. LABORATORY INVESTIGATIONS", "sansb", 9, red)
    y += 6
    pg.rect(40, y, 556, y + 14, c=None, fill=(0.93, 0.9, 0.9))
    for x, hd in ((46, "Test"), (215, "Result"), (300, "Unit"), (380, "Normal range")):
        pg.t(x, y + 10, hd, "sansb", 8)
    y += 26
    pg.t(46, y, "BLOOD", "sansb", 8)
    y += 12
    for r, ref in blood:
        txt = r.s()
        pg.t(56, y, r.name, "sans", 8.2)
        pg.t(215, y, txt, "sansb", 8.4)
        pg.t(300, y, r.unit or "", "sans", 8)
        pg.t(380, y, ref, "sans", 7.8)
        sink.add(r, txt)
        y += 12
    for code, nm, word, qual in (("883-9", "Blood group", abo, abo.lower()),
                                 ("10331-7", "Rh factor", rh, rh.lower())):
        pg.t(56, y, nm, "sans", 8.2)
        pg.t(215, y, word, "sansb", 8.4)
        sink.add(_q(code, nm, word, qual), word)
        y += 12
    y += 4

    def tick_rows(title: str, rows: list[tuple[str, str, list[str], int, str]], y: float) -> float:
        pg.t(46, y, title, "sansb", 8)
        y += 13
        for code, nm, opts, idx, qual in rows:
            pg.t(56, y, nm, "sans", 8.2)
            x = 215.0
            for j, o in enumerate(opts):
                box = "☒" if j == idx else "☐"
                pg.t(x, y + 0.5, box, "sans", 10)
                pg.t(x + 13, y, o, "sans", 8.2)
                x += 26 + _tw(o, "sans", 8.2)
            sink.add(_q(code, nm, opts[idx], qual), opts[idx])
            y += 14
        return y

    y = tick_rows("SEROLOGY", ticks, y)
    pg.t(56, y, "TPHA", "sans", 8.2)
    pg.t(215, y, "Not required (VDRL non-reactive)", "sans", 8)
    y += 12
    pg.t(56, y, "Malaria parasite (ICT / thick film)", "sans", 8.2)
    pg.t(215, y, "Not seen", "sansb", 8.4)
    y += 12
    pg.t(56, y, "Microfilaria", "sans", 8.2)
    pg.t(215, y, "Not seen", "sansb", 8.4)
    y += 16
    y = tick_rows("URINE", uticks, y)
    pus = float(rng.randint(1, 4))
    r_p = _R("5821-4", "Pus cells", pus, 0, "/HPF", 0, 5)
    pg.t(56, y, "Pus cells", "sans", 8.2)
    pg.t(215, y, r_p.s(), "sansb", 8.4)
    pg.t(300, y, "/HPF", "sans", 8)
    pg.t(380, y, "0 - 5", "sans", 7.8)
    sink.add(r_p, r_p.s())
    y += 12
    pg.t(56, y, "Bilharzia (S. haematobium ova)", "sans", 8.2)
    pg.t(215, y, "Not seen", "sansb", 8.4)
    y += 16
    pg.t(46, y, "STOOL", "sansb", 8)
    y += 12
    for nm, v in (("Helminths / ova / cysts", "Not seen"), ("Salmonella / Shigella (culture)", "Not isolated"),
                  ("Vibrio cholerae", "Not isolated")):
        pg.t(56, y, nm, "sans", 8.2)
        pg.t(215, y, v, "sansb", 8.4)
        y += 12
    y += 10
    fit = variant != 3
    pg.t(40, y, "4. FITNESS", "sansb", 9, red)
    y += 14
    pg.t(48, y, "In my opinion the candidate is", "sans", 8.5)
    pg.t(180, y + 0.5, "☒" if fit else "☐", "sans", 11)
    pg.t(194, y, "FIT", "sansb", 9)
    pg.t(226, y + 0.5, "☐" if fit else "☒", "sans", 11)
    pg.t(240, y, "UNFIT", "sansb", 9)
    pg.t(282, y, "for the above-mentioned employment." + ("" if fit else "  Reason: HBsAg positive."), "sans", 8.5)
    y += 14
    pg.t(48, y, f"This report is valid for 3 months from {coll:%d/%m/%Y}. Fitness verified in the GAMCA system on "
                f"{coll + _dt.timedelta(days=2):%d/%m/%Y}.", "sans", 7.6, GREY)
    pg.circle(470, 760, 30, c=(0.2, 0.25, 0.7), w=1.5)
    pg.tc(470, 757, "HDMC", "sansb", 8, (0.2, 0.25, 0.7))
    pg.tc(470, 768, "KATHMANDU", "sans", 5.5, (0.2, 0.25, 0.7))
    pg.t(40, 765, "Lab technologist: " + rng.choice(["R. K. Yadav (NHPC Reg. A-1127)", "P. Gurung (NHPC Reg. A-2405)"]),
         "sans", 7.8)
    pg.t(40, 778, "Examining physician: " + rng.choice(["Dr. S. Adhikari, MBBS (NMC 8841)",
                                                       "Dr. N. Karki, MBBS, MD (NMC 11207)"]), "sans", 7.8)
    pg.ln(40, 798, 556, 798, 0.5, red)
    pg.t(40, 809, "Any alteration renders this report invalid. Verify at the centre's reception with the GAMCA slip "
                  "number and passport.", "sans", 6.6, GREY)
    pdf = _finish(doc, "Medical examination report", "HDMC MedSys")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =================================== F11  Wales: clinical-trial central laboratory investigator report, SI units (PDF)


def _f11(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(52, 62), 2: rng.randint(55, 70), 3: rng.randint(40, 50)}[variant]
    subject = f"0142-{rng.randint(10, 99):04d}"
    visit = {1: "SCREENING (V1)", 2: "WEEK 12 (V6)", 3: "WEEK 24 (V9)"}[variant]
    sink = _Sink()
    # panels: (title, rows); a row: (code, _R, ref text) or ("nr", code, name, units, ref, comment)
    # or ("note", text) for a comment line under the previous row
    panels: list[tuple[str, list[tuple]]] = []
    n_code = [100]

    def tc(prefix: str) -> str:
        n_code[0] += rng.randint(1, 7)
        return f"{prefix}{n_code[0]:03d}"

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None:
            return f"<= {_num(hi or 0, dec)}"
        if hi is None:
            return f">= {_num(lo, dec)}"
        return f"{_num(lo, dec)} - {_num(hi, dec)}"

    def r_(prefix: str, code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None,
           hi: float | None, ref: str | None = None, rdec: int | None = None) -> tuple:
        return tc(prefix), _R(code, nm, v, dec, unit, lo, hi), ref or iv(lo, hi, dec if rdec is None else rdec)

    c = _cbc(rng, female, "neutro" if variant == 2 else "n")
    hb_r = (115.0, 160.0) if female else (130.0, 175.0)
    haem = [r_("HEM", "718-7", "Haemoglobin", c.hb * 10, 0, "g/L", *hb_r),
            r_("HEM", "4544-3", "Haematocrit", round(c.hct / 100, 3), 3, "L/L", *((0.35, 0.47) if female
                                                                                   else (0.40, 0.52)), rdec=2),
            r_("HEM", "789-8", "RBC", c.rbc, 2, "x10^12/L", *((3.8, 5.2) if female else (4.4, 5.9))),
            r_("HEM", "787-2", "MCV", c.mcv, 1, "fL", 80, 100, rdec=0),
            r_("HEM", "785-6", "MCH", c.mch, 1, "pg", 27, 33, rdec=0),
            r_("HEM", "786-4", "MCHC", round(c.mchc * 10), 0, "g/L", 315, 360),
            r_("HEM", "6690-2", "WBC", round(c.wbc, 2), 2, "x10^9/L", 3.8, 10.7),
            r_("HEM", "751-8", "Neutrophils", c.absolute("neut"), 2, "x10^9/L", 1.96, 7.23),
            r_("HEM", "731-0", "Lymphocytes", c.absolute("lym"), 2, "x10^9/L", 0.91, 4.28),
            r_("HEM", "742-7", "Monocytes", c.absolute("mono"), 2, "x10^9/L", 0.12, 0.92),
            r_("HEM", "711-2", "Eosinophils", c.absolute("eos"), 2, "x10^9/L", 0.00, 0.57),
            r_("HEM", "704-7", "Basophils", c.absolute("baso"), 2, "x10^9/L", 0.00, 0.20),
            r_("HEM", "770-8", "Neutrophils (%)", c.pct["neut"], 1, "%", 40.5, 75.0),
            r_("HEM", "736-9", "Lymphocytes (%)", c.pct["lym"], 1, "%", 15.4, 48.5),
            r_("HEM", "777-3", "Platelets", c.plt, 0, "x10^9/L", 140, 400)]
    if variant == 2:
        haem.append(("note", (f"Neutrophil count confirmed by blood film review. Telephone alert to site 0142 on "
                             f"{coll:%d-%b-%Y} at {rng.randint(13, 17)}:{rng.randint(10, 59)} (spoke to study "
                             f"nurse); alert limit < 0.50 x10^9/L.")))
    panels.append(("HAEMATOLOGY", haem))
    cr = _draw(rng, 45, 90, 0) if female else _draw(rng, 59, 104, 0, _pick(rng, 0.3, "h"))
    cr_r = (45.0, 90.0) if female else (59.0, 104.0)
    alt_st = "h" if variant == 3 else _pick(rng, 0.3, "h")
    alt_r = (6.0, 34.0) if female else (10.0, 49.0)
    alt = _draw(rng, *alt_r, 0, alt_st)
    chem = [] if variant == 3 else [r_("CHM", "14749-6", "Glucose" + (" (fasting)" if variant == 1 else ""),
                                       _draw(rng, 3.9, 5.8, 1, rng.choice("nh")), 1, "mmol/L", 3.9, 5.8)]
    chem += [r_("CHM", "22664-7", "Urea", _draw(rng, 2.5, 7.8, 1), 1, "mmol/L", 2.5, 7.8),
            r_("CHM", "14682-9", "Creatinine", cr, 0, "umol/L", *cr_r),
            r_("CHM", "98979-8", "eGFR (CKD-EPI 2021)", min(90.0, float(round(_egfr(cr / 88.4, age, female)))),
               0, "mL/min/1.73m2", 60, None)]
    if chem[-1][1].value == 90:  # the laboratory reports eGFR above 90 as ">90"
        chem[-1][1].comp = ">"
    if variant == 2:
        chem.append(("nr", tc("CHM"), "Potassium", "mmol/L", "3.5 - 5.3",
                     "Specimen haemolysed (HI 3+); potassium not reported - recollection requested."))
    else:
        chem.append(r_("CHM", "2823-3", "Potassium", _draw(rng, 3.5, 5.3, 1), 1, "mmol/L", 3.5, 5.3))
    chem += [r_("CHM", "2951-2", "Sodium", _draw(rng, 133, 146, 0), 0, "mmol/L", 133, 146),
             r_("CHM", "2075-0", "Chloride", _draw(rng, 95, 108, 0), 0, "mmol/L", 95, 108),
             r_("CHM", "1963-8", "Bicarbonate", _draw(rng, 22, 29, 0), 0, "mmol/L", 22, 29),
             r_("CHM", "2000-8", "Calcium", _draw(rng, 2.20, 2.60, 2), 2, "mmol/L", 2.20, 2.60),
             r_("CHM", "14879-1", "Phosphate", _draw(rng, 0.80, 1.50, 2), 2, "mmol/L", 0.80, 1.50),
             r_("CHM", "2601-3", "Magnesium", _draw(rng, 0.70, 1.00, 2), 2, "mmol/L", 0.70, 1.00),
             r_("CHM", "14631-6", "Total bilirubin", _draw(rng, 3, 21, 0), 0, "umol/L", 3, 21),
             r_("CHM", "6768-6", "Alkaline phosphatase", _draw(rng, 30, 130, 0), 0, "U/L", 30, 130)]
    chem.append(r_("CHM", "1742-6", "ALT", alt, 0, "U/L", *alt_r))
    if variant == 3:
        prev_alt = round(alt * rng.uniform(0.55, 0.75))
        chem.append(("note", (f"AMENDED: previously reported as {prev_alt} U/L on "
                              f"{coll + _dt.timedelta(days=1):%d-%b-%Y} 16:02. Result corrected after re-analysis "
                              f"following calibration failure of analyser C{rng.randint(2, 4)}; site notified.")))
    chem += [r_("CHM", "1920-8", "AST", _draw(rng, 9, 36, 0, alt_st if variant == 3 else "n"), 0, "U/L", 9, 36),
             r_("CHM", "2324-2", "GGT", _draw(rng, 4, 49, 0), 0, "U/L", 4, 49),
             r_("CHM", "2885-2", "Total protein", _draw(rng, 61, 84, 0), 0, "g/L", 61, 84),
             r_("CHM", "1751-7", "Albumin", _draw(rng, 33, 49, 0), 0, "g/L", 33, 49),
             r_("CHM", "2157-6", "Creatine kinase", _draw(rng, 18, 198, 0), 0, "U/L", 18, 198),
             r_("CHM", "2532-0", "LDH", _draw(rng, 53, 234, 0), 0, "U/L", 53, 234),
             r_("CHM", "14933-6", "Uric acid", _draw(rng, 125, 428, 0), 0, "umol/L", 125, 428)]
    panels.append(("CLINICAL CHEMISTRY", chem))
    if variant == 1:
        tcho = _draw(rng, 3.0, 6.5, 2, rng.choice("nh"))
        hdl = _draw(rng, 1.0, 2.4, 2)
        tg = _draw(rng, 0.5, 2.3, 2, _pick(rng, 0.3, "h"))
        panels.append(("LIPIDS & GLYCAEMIA (fasting)", [
            r_("LIP", "14647-2", "Total cholesterol", tcho, 2, "mmol/L", 3.0, 6.5, rdec=1),
            r_("LIP", "14646-4", "HDL cholesterol", hdl, 2, "mmol/L", 1.0, 2.4, rdec=1),
            r_("LIP", "14927-8", "Triglycerides", tg, 2, "mmol/L", 0.5, 2.3, rdec=1),
            r_("LIP", "39469-2", "LDL cholesterol (Friedewald)", round(tcho - hdl - tg / 2.2, 2), 2, "mmol/L", None,
               3.0, rdec=1),
            r_("LIP", "59261-8", "HbA1c (IFCC)", float(rng.randint(33, 47)), 0, "mmol/mol", 20, 42)]))
        panels.append(("ENDOCRINOLOGY", [
            r_("END", "15067-2", "FSH", round(rng.uniform(40, 110), 1), 1, "IU/L", 25.8, 134.8,
               "Postmenopausal: 25.8 - 134.8"),
            ("note", ("Other phases: follicular 3.5 - 12.5, mid-cycle 4.7 - 21.5, luteal 1.7 - 7.7 IU/L. Protocol "
                     "inclusion requires postmenopausal status (FSH > 40 IU/L)."))]))
        panels.append(("SEROLOGY", [
            (tc("SER"), _q("5196-1", "Hepatitis B surface antigen", "Negative", "negative"), "Negative"),
            (tc("SER"), _q("16128-1", "Hepatitis C antibody", "Negative", "negative"), "Negative"),
            (tc("SER"), _q("56888-1", "HIV-1/2 Ag/Ab", "Non-reactive", "non-reactive"), "Non-reactive")]))
        panels.append(("URINALYSIS (dipstick) & PREGNANCY", [
            r_("URN", "5803-2", "pH", rng.choice([5.5, 6.0, 6.5, 7.0]), 1, None, 5.0, 8.0),
            r_("URN", "5811-5", "Specific gravity", rng.choice([1.010, 1.015, 1.020]), 3, None, 1.003, 1.035),
            (tc("URN"), _q("20454-5", "Protein", "Negative", "negative"), "Negative"),
            (tc("URN"), _q("25428-4", "Glucose", "Negative", "negative"), "Negative"),
            (tc("URN"), _q("2514-8", "Ketones", "Negative", "negative"), "Negative"),
            (tc("URN"), _q("5794-3", "Blood", *rng.choice([("Negative", "negative"), ("Trace", "trace")])),
             "Negative"),
            (tc("URN"), _q("5799-2", "Leukocytes", "Negative", "negative"), "Negative"),
            (tc("URN"), _q("5802-4", "Nitrite", "Negative", "negative"), "Negative"),
            (tc("URN"), _q("2106-3", "Urine hCG (pregnancy)", "Negative", "negative"), "Negative")]))
    if variant == 3:
        panels.append(("GLYCAEMIA", [("nr", tc("CHM"), "Glucose (fasting)", "mmol/L", "3.9 - 5.8",
                                      "Not reported: sample received unspun > 4 h after collection."),
                                     r_("LIP", "59261-8", "HbA1c (IFCC)", float(rng.randint(33, 41)), 0, "mmol/mol",
                                        20, 42)]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    W, H = 595.0, 842.0
    pages: list[_Pg] = []
    green: Color = (0.0, 0.35, 0.25)
    req = f"{rng.randint(1000000, 9999999)}"
    rep_t = coll + _dt.timedelta(days=1)
    coll_t = f"{coll:%d-%b-%Y} {rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}"

    def new_page() -> tuple[_Pg, float]:
        p = _Pg(doc, W, H)
        pages.append(p)
        p.t(36, 40, "DYFED CLINICAL TRIALS CENTRAL LABORATORY", "sansb", 11.5, green)
        p.t(36, 51, f"Unit {rng.randint(2, 9)}, Parc Gwyddoniaeth, Llanelli SA14 {rng.randint(1, 9)}"
                    f"{rng.choice('ABDEFH')}{rng.choice('JLNPQR')}, Wales, UK  ·  +44 (0)1554 "
                    f"{rng.randint(100000, 999999)}  ·  UKAS 8{rng.randint(100, 999)}", "sans", 6.8, GREY)
        title = "AMENDED INVESTIGATOR REPORT" if variant == 3 else "INVESTIGATOR LABORATORY REPORT"
        p.tr(559, 40, title, "sansb", 10, (0.7, 0.1, 0.1) if variant == 3 else BLACK)
        if variant == 3:
            p.tr(559, 51, f"Supersedes report issued {coll + _dt.timedelta(days=1):%d-%b-%Y} 16:02", "sans", 7,
                 (0.7, 0.1, 0.1))
        p.ln(36, 58, 559, 58, 1.2, green)
        hdr = [("Protocol", "DCT-2291-07"), ("Sponsor", "Brynmor Therapeutics Ltd"),
               ("Investigator", "Dr E. Prytherch"), ("Site", "0142 - Ysbyty Glan Tywi Research Unit"),
               ("Subject", subject), ("Visit", visit), ("Gender", "Female" if female else "Male"),
               ("Year of birth / Age", f"{coll.year - age - 1} / {age} years"), ("Requisition", req),
               ("Fasting", "Yes" if variant == 1 else "No"), ("Collected", coll_t),
               ("Reported", (f"{rep_t + _dt.timedelta(days=1 if variant == 3 else 0):%d-%b-%Y} "
                            f"{rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}"))]
        for i, (k, v) in enumerate(hdr):
            x = 36 if i % 2 == 0 else 300
            yy = 72 + (i // 2) * 11
            p.t(x, yy, k, "sans", 7, GREY)
            p.t(x + 88, yy, v, "sansb", 7.4)
        yy = 148
        p.rect(36, yy - 9, 559, yy + 4, c=None, fill=(0.9, 0.94, 0.92))
        for x, hd in ((40, "Code"), (84, "Test"), (262, "Result"), (310, "Units"), (384, "Reference range"),
                      (500, "Flag")):
            p.t(x, yy, hd, "sansb", 7.6)
        return p, yy + 16

    pg, y = new_page()
    for title, rows in panels:
        if y > H - 130:
            pg, y = new_page()
        pg.t(40, y, title, "sansb", 8.3, green)
        y += 12
        for rw in rows:
            if y > H - 70:
                pg, y = new_page()
            if rw[0] == "note":
                y = pg.para(84, y, 470, rw[1], "sansi", 6.8, c=GREY) + 1
                continue
            if rw[0] == "nr":
                _, code, nm, unit, ref, cmt = rw
                pg.t(40, y, code, "mono", 7)
                pg.t(84, y, nm, "sans", 7.8)
                pg.tr(292, y, "NR", "sansb", 7.8)
                pg.t(310, y, unit, "sans", 7.4)
                pg.t(384, y, ref, "sans", 7.4)
                y += 10
                y = pg.para(84, y, 470, cmt, "sansi", 6.8, c=(0.6, 0.1, 0.1)) + 1
                continue
            code, r, ref = rw
            txt = r.s(tight=True)
            pg.t(40, y, code, "mono", 7)
            pg.t(84, y, r.name, "sans", 7.8)
            pg.tr(292, y, txt, "sansb" if r.flag != "N" else "sans", 7.8)
            pg.t(310, y, r.unit or "", "sans", 7.4)
            pg.t(384, y, ref, "sans", 7.4)
            pf = {"H": "H", "L": "L", "HH": "HT", "LL": "LT"}.get(r.flag)
            if pf:
                pg.t(502, y, pf, "sansb", 7.8, (0.7, 0.1, 0.1))
            sink.add(r, txt, pf)
            y += 10.5
        y += 6
    if y > H - 100:
        pg, y = new_page()
    pg.para(40, y + 4, 515, "Flags: H / L outside the reference range; HT / LT exceed the protocol telephone alert "
            "limits (investigator notified). NR = not reported. Reference ranges are the central laboratory's, "
            "by gender and age. Conventional units available on request. This report is for the investigator only; "
            "do not transcribe results into the eCRF (transferred electronically).", "sans", 6.6, c=GREY)
    for i, p in enumerate(pages):
        p.ln(36, H - 40, 559, H - 40, 0.5, green)
        p.t(36, H - 30, f"Subject {subject}  ·  {visit}  ·  Requisition {req}  ·  Printed "
                        f"{rep_t + _dt.timedelta(days=2):%d-%b-%Y}", "sans", 6.4, GREY)
        p.tr(559, H - 30, f"Page {i + 1} of {len(pages)}", "sans", 6.4, GREY)
    pdf = _finish(doc, "Investigator laboratory report", "CTLIMS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ===================================== F12  Botswana: renal & metabolic profile with paired serum / urine columns (PDF)


def _f12(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(60, 75), 2: rng.randint(55, 70), 3: rng.randint(35, 50)}[variant]
    patient = {1: "MOGAPI, Keitumetse Naledi", 2: "SEBOKO, Thabo Kagiso", 3: "MOTSUMI, Boitumelo Lesedi"}[variant]
    sink = _Sink()
    S = tuple[_R, str] | None  # a serum or urine cell: result and reference text, or nothing printed

    def sr(code: str, v: float, dec: int, unit: str, lo: float | None, hi: float | None, ref: str | None = None,
           nm: str = "") -> tuple[_R, str]:
        if ref is None:
            ref = f"< {_num(hi or 0, dec)}" if lo is None else (f"> {_num(lo, dec)}" if hi is None else
                                                               f"{_num(lo, dec)} - {_num(hi, dec)}")
        return _R(code, nm, v, dec, unit, lo, hi), ref

    # rows: (analyte label, serum cell, urine cell, urine text when not an analyte of the table)
    rows: list[tuple[str, S, S, str]] = []
    cr_r = (49.0, 90.0) if female else (64.0, 104.0)
    if variant == 1:
        na = float(rng.randint(127, 131))
        s_osm = float(rng.randint(262, 270))
        cr = _draw(rng, *cr_r, 0)
        rows = [("Sodium", sr("2951-2", na, 0, "mmol/L", 135, 145), sr("2955-3", float(rng.randint(48, 80)), 0,
                                                                       "mmol/L", None, None, "n/a"), ""),
                ("Potassium", sr("2823-3", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1),
                 sr("2828-2", float(rng.randint(25, 60)), 0, "mmol/L", None, None, "n/a"), ""),
                ("Chloride", sr("2075-0", float(rng.randint(92, 97)), 0, "mmol/L", 98, 107),
                 sr("2078-4", float(rng.randint(50, 90)), 0, "mmol/L", None, None, "n/a"), ""),
                ("Urea", sr("22664-7", _draw(rng, 2.5, 7.1, 1, "l"), 1, "mmol/L", 2.5, 7.1), None, "not requested"),
                ("Creatinine", sr("14682-9", cr, 0, "umol/L", *cr_r), sr("14683-7", round(rng.uniform(4.0, 9.0), 1),
                                                                         1, "mmol/L", None, None, "n/a"), ""),
                ("Osmolality", sr("2692-2", s_osm, 0, "mOsm/kg", 275, 295),
                 sr("2695-5", float(rng.randint(420, 560)), 0, "mOsm/kg", 50, 1200), ""),
                ("Uric acid", sr("14933-6", _draw(rng, 143, 339, 0, "l"), 0, "umol/L", 143, 339), None,
                 f"{_num(rng.uniform(1.5, 3.5), 2)} mmol/L"),
                ("Glucose", sr("14749-6", _draw(rng, 3.9, 7.8, 1), 1, "mmol/L", 3.9, 7.8),
                 (_q("25428-4", "", "Negative", "negative"), "Negative"), "")]
        ratios = [("Fractional excretion of sodium (FENa)", f"{_num(rng.uniform(0.6, 1.6), 2)} %", "")]
    elif variant == 2:
        cr = float(rng.randint(210, 320))
        ualb = float(rng.randint(380, 900))
        ucr = round(rng.uniform(6.0, 9.5), 1)
        rows = [("Sodium", sr("2951-2", _draw(rng, 135, 145, 0), 0, "mmol/L", 135, 145),
                 sr("2955-3", float(rng.randint(60, 110)), 0, "mmol/L", None, None, "n/a"), ""),
                ("Potassium", sr("2823-3", round(rng.uniform(5.3, 5.7), 1), 1, "mmol/L", 3.5, 5.1),
                 sr("2828-2", float(rng.randint(20, 45)), 0, "mmol/L", None, None, "n/a"), ""),
                ("Bicarbonate", sr("1963-8", float(rng.randint(17, 20)), 0, "mmol/L", 22, 29), None, ""),
                ("Urea", sr("22664-7", round(rng.uniform(14.0, 22.0), 1), 1, "mmol/L", 2.5, 7.1), None,
                 "not requested"),
                ("Creatinine", sr("14682-9", cr, 0, "umol/L", *cr_r), sr("14683-7", ucr, 1, "mmol/L", None, None,
                                                                         "n/a"), ""),
                ("Calcium", sr("2000-8", _draw(rng, 2.15, 2.55, 2, rng.choice("nl")), 2, "mmol/L", 2.15, 2.55), None,
                 ""),
                ("Phosphate", sr("14879-1", round(rng.uniform(1.6, 2.0), 2), 2, "mmol/L", 0.81, 1.45), None, ""),
                ("Total protein / Protein", sr("2885-2", _draw(rng, 64, 83, 0), 0, "g/L", 64, 83),
                 sr("2888-6", round(rng.uniform(0.6, 1.4), 2), 2, "g/L", None, 0.15), ""),
                ("Albumin", sr("1751-7", _draw(rng, 35, 52, 0, rng.choice("nl")), 0, "g/L", 35, 52),
                 sr("14957-5", ualb, 0, "mg/L", None, 20), "")]
        ratios = [("Albumin : creatinine ratio (ACR)", round(ualb / ucr, 1), "< 3.0")]
    else:
        cr = _draw(rng, *cr_r, 0)
        rows = [("Calcium", sr("2000-8", round(rng.uniform(2.62, 2.72), 2), 2, "mmol/L", 2.15, 2.55),
                 sr("17862-4", round(rng.uniform(5.0, 8.0), 2), 2, "mmol/L", None, None, "n/a"), ""),
                ("Phosphate", sr("14879-1", round(rng.uniform(0.62, 0.76), 2), 2, "mmol/L", 0.81, 1.45), None,
                 f"{_num(rng.uniform(12, 30), 1)} mmol/L"),
                ("Magnesium", sr("2601-3", _draw(rng, 0.66, 1.07, 2), 2, "mmol/L", 0.66, 1.07), None,
                 f"{_num(rng.uniform(2, 5), 2)} mmol/L"),
                ("Uric acid", sr("14933-6", _draw(rng, 143, 339, 0, rng.choice("nh")), 0, "umol/L", 143, 339), None,
                 f"{_num(rng.uniform(1.5, 4.0), 2)} mmol/L"),
                ("Sodium", sr("2951-2", _draw(rng, 135, 145, 0), 0, "mmol/L", 135, 145),
                 sr("2955-3", float(rng.randint(60, 140)), 0, "mmol/L", None, None, "n/a"), ""),
                ("Potassium", sr("2823-3", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1), None, ""),
                ("Creatinine", sr("14682-9", cr, 0, "umol/L", *cr_r), sr("14683-7", round(rng.uniform(5.0, 12.0), 1),
                                                                         1, "mmol/L", None, None, "n/a"), ""),
                ("Osmolality", None, sr("2695-5", float(rng.randint(380, 820)), 0, "mOsm/kg", 50, 1200), ""),
                ("Albumin", sr("1751-7", _draw(rng, 35, 52, 0), 0, "g/L", 35, 52), None, "")]
        ratios = [("Urine calcium : creatinine ratio", f"{_num(rng.uniform(0.5, 0.9), 2)} mmol/mmol", "")]
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc)
    blue: Color = (0.1, 0.3, 0.55)
    pg.rect(36, 30, 559, 74, c=None, fill=blue)
    pg.t(48, 52, "NOTWANE PATHOLOGY LABORATORIES", "sansb", 14, (1, 1, 1))
    pg.t(48, 66, f"Plot {rng.randint(50000, 59999)}, Fairgrounds Office Park, Gaborone  ·  Private Bag BR "
                 f"{rng.randint(100, 399)}  ·  Tel +267 39{rng.randint(10000, 99999)}", "sans", 7.5, (1, 1, 1))
    pg.tr(550, 52, "RENAL & METABOLIC PROFILE", "sansb", 9, (1, 1, 1))
    pg.tr(550, 64, "Paired serum / spot urine", "sans", 7.5, (1, 1, 1))
    info = [("Patient", patient), ("Lab reference", f"NPL{coll:%y}-{rng.randint(100000, 999999)}"),
            ("Sex / Age", f"{'F' if female else 'M'} / {age} yrs"),
            ("Omang / ID", f"{rng.randint(100000000, 999999999)}"),
            ("Doctor", rng.choice(["Dr O. Molefe (Nephrology)", "Dr T. Ramotswa", "Dr K. Gaseitsiwe"])),
            ("Ward / clinic", rng.choice(["Renal Clinic", "Medical Ward 3", "Private rooms"])),
            ("Serum collected", f"{coll:%d.%m.%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
            ("Urine collected", f"{coll:%d.%m.%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d} (spot, midstream)")]
    y = 92
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 300
        pg.t(x, y, k, "sans", 7.5, GREY)
        pg.t(x + 80, y, v, "sansb", 7.8)
        if i % 2:
            y += 12
    y += 10
    # two-level header
    xs = {"an": 40, "sr": 200, "su": 240, "sref": 290, "ur": 385, "uu": 425, "uref": 480}
    pg.rect(36, y - 2, 559, y + 26, c=None, fill=(0.9, 0.93, 0.97))
    pg.tc(262, y + 9, "SERUM", "sansb", 8.5, blue)
    pg.tc(450, y + 9, "URINE (spot)", "sansb", 8.5, blue)
    pg.ln(190, y + 12, 365, y + 12, 0.5, blue)
    pg.ln(375, y + 12, 555, y + 12, 0.5, blue)
    for k, hd in (("an", "Analyte"), ("sr", "Result"), ("su", "Units"), ("sref", "Reference"), ("ur", "Result"),
                  ("uu", "Units"), ("uref", "Reference")):
        pg.t(xs[k] + (0 if k == "an" else -8 if k in ("sr", "ur") else 0), y + 22, hd, "sansb", 7.5)
    pg.ln(370, y - 2, 370, y + 26 + 14.5 * len(rows), 0.4, (0.6, 0.6, 0.6))
    y += 40
    for label, ser, uri, utext in rows:
        pg.t(xs["an"], y, label, "sans", 8.5)
        for cell, kx in ((ser, "s"), (uri, "u")):
            if cell is None:
                if kx == "u" and utext:
                    pg.t(xs["ur"] - 8, y, utext, "sansi", 7.5, GREY)
                elif kx == "s" or not utext:
                    pg.t(xs[kx + "r"] - 8 if kx == "s" else xs["ur"] - 8, y, "—", "sans", 8.5, GREY)
                continue
            r, ref = cell
            r.name = label if label != "Total protein / Protein" else ("Total protein" if kx == "s" else "Protein")
            txt = r.s()
            pf = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag)
            xr = xs[kx + "r"]
            pg.tr(xr + 22, y, txt, "sansb" if pf else "sans", 8.5)
            if pf:
                pg.t(xr + 24, y, pf, "sansb", 7.5, (0.7, 0.1, 0.1))
            if r.unit:
                pg.t(xs[kx + "u"] + 6, y, r.unit, "sans", 7.5)
            pg.t(xs[kx + "ref"] + 4, y, ref, "sans", 7.5)
            sink.add(r, txt, pf)
        y += 14.5
    y += 8
    cr_v = rows[[lbl for lbl, *_ in rows].index("Creatinine")][1]
    assert cr_v is not None
    egfr = _R("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr((cr_v[0].value or 0) / 88.4, age,
                                                                                       female))), 0,
              "mL/min/1.73 m²", 60, None)
    pg.t(40, y, "Calculated", "sansb", 8.5, blue)
    y += 13
    pg.t(48, y, egfr.name, "sans", 8.5)
    pf = {"H": "H", "L": "L"}.get(egfr.flag)
    pg.tr(300, y, egfr.s(), "sansb" if pf else "sans", 8.5)
    if pf:
        pg.t(302, y, pf, "sansb", 7.5, (0.7, 0.1, 0.1))
    pg.t(316, y, "mL/min/1.73 m²   (> 60)", "sans", 7.5)
    sink.add(egfr, egfr.s(), pf)
    y += 13
    for nm, val, ref in ratios:
        pg.t(48, y, nm, "sans", 8.5)
        if isinstance(val, float):
            acr = _R("32294-1", nm, val, 1, "mg/mmol", None, 3.0)
            pfa = {"H": "H"}.get(acr.flag)
            pg.tr(300, y, acr.s(), "sansb" if pfa else "sans", 8.5)
            if pfa:
                pg.t(302, y, pfa, "sansb", 7.5, (0.7, 0.1, 0.1))
            pg.t(316, y, f"mg/mmol   ({ref})", "sans", 7.5)
            sink.add(acr, acr.s(), pfa)
        else:
            num, unit = val.split(" ", 1)
            pg.tr(300, y, num, "sans", 8.5)
            pg.t(316, y, unit, "sans", 7.5)
        y += 13
    y += 10
    c = _cbc(rng, female, "n")
    hb = c.hb if variant != 2 else round(rng.uniform(9.6, 10.8), 1)
    hb_r = (12.0, 15.5) if female else (13.0, 17.0)
    fbc = [_R("718-7", "Haemoglobin", hb, 1, "g/dL", *hb_r), _R("6690-2", "White cell count", round(c.wbc, 1), 1,
                                                                "x10⁹/L", 4.0, 11.0),
           _R("777-3", "Platelets", c.plt, 0, "x10⁹/L", 150, 400), _R("787-2", "MCV", c.mcv, 1, "fL", 80, 100)]
    if variant == 3:
        fbc = [_R("14866-8", "Parathyroid hormone (intact)", round(rng.uniform(8.5, 14.0), 1), 1, "pmol/L", 1.6,
                  6.9)]
    pg.t(40, y, "Haematology" if variant != 3 else "Endocrine", "sansb", 8.5, blue)
    y += 13
    for r in fbc:
        pg.t(48, y, r.name, "sans", 8.5)
        pf = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag)
        pg.tr(300, y, r.s(), "sansb" if pf else "sans", 8.5)
        if pf:
            pg.t(302, y, pf, "sansb", 7.5, (0.7, 0.1, 0.1))
        pg.t(316, y, f"{r.unit}   ({_num(r.lo or 0, r.dec)} - {_num(r.hi or 0, r.dec)})", "sans", 7.5)
        sink.add(r, r.s(), pf)
        y += 13
    y += 12
    cmt = {1: "Comment: low serum osmolality with inappropriately concentrated urine (urine osmolality > 100 mOsm/kg) "
              "and urine sodium > 30 mmol/L; consider SIADH if euvolaemic, after exclusion of hypothyroidism and "
              "adrenal insufficiency. Suggest TSH and 09:00 cortisol.",
           2: "Comment: results consistent with CKD G4 A3 (KDIGO 2024). ACR > 30 mg/mmol; repeat within 3 months. "
              "Potassium 5.5 - 6.0 mmol/L: review ACE inhibitor dose.",
           3: "Comment: hypercalcaemia with inappropriately raised PTH suggests primary hyperparathyroidism. Urine "
              "calcium : creatinine ratio > 0.02 mmol/mmol argues against familial hypocalciuric hypercalcaemia."}
    y = pg.para(40, y, 515, cmt[variant], "sans", 7.8)
    pg.para(40, y + 6, 515, "Urine reference values are not defined for spot samples (n/a); interpret with the "
            "paired serum result. Urine phosphate, magnesium and uric acid are reported for the stone / tubular "
            "work-up only. H / L: outside the serum reference interval.", "sans", 7, c=GREY)
    pg.t(40, 772, f"Authorised: {rng.choice(['Dr L. Kgosidintsi, Chemical Pathologist', 'M. Tau, Medical Scientist'])}"
                  f"  ·  {coll + _dt.timedelta(days=1):%d.%m.%Y}", "sans", 7.8)
    pg.ln(36, 792, 559, 792, 0.5, blue)
    pg.t(36, 803, "BOBS accredited medical laboratory No. ML 0" + str(rng.randint(10, 99)) + "  ·  Results relate only "
                  "to the samples received.  ·  Page 1 of 1", "sans", 6.6, GREY)
    pdf = _finish(doc, "Renal and metabolic profile", "Meditech")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =============================================================================================== assembly

_PLAN: tuple[tuple[str, str, str, Callable[[str, int], _Out]], ...] = (
    ("F1", "guineabissau-scanner-app", "pt", _f1),
    ("F2", "saotome-upside-down-adf", "pt", _f2),
    ("F3", "macau-bilingual-zh-pt", "pt", _f3),
    ("F4", "brazil-sex-columns", "pt", _f4),
    ("F5", "portugal-pharmacy-poc", "pt", _f5),
    ("F6", "mozambique-ref-first-rectified", "pt", _f6),
    ("F7", "uganda-stapled-sticker", "en", _f7),
    ("F8", "jamaica-faded-inkjet", "en", _f8),
    ("F9", "uae-pdf-viewer-screenshot", "en", _f9),
    ("F10", "nepal-gulf-visa-medical", "en", _f10),
    ("F11", "wales-trial-central-lab", "en", _f11),
    ("F12", "botswana-paired-serum-urine", "en", _f12),
)


def _built() -> Iterator[tuple[GeneratedReport, _Out]]:
    for fam, slug, lang, build in _PLAN:
        for variant in (1, 2, 3):
            name = f"{fam}-{slug}-{lang}-{variant:02d}"
            o = build(name, variant)
            yield GeneratedReport(name=name, family=fam, language=lang, mime_type=o.mime, content=o.content,
                                  sex=o.sex, collected_on=o.collected_on, expected=list(o.expected)), o


def reports() -> list[GeneratedReport]:
    return [rep for rep, _ in _built()]


def _check(o: _Out) -> list[str]:
    """Every expected name and printed value must be in the text layer of the report's source PDFs."""
    text = ""
    for src in o.sources:
        doc = fitz.open("pdf", src)
        text += " ".join(p.get_text() for p in doc)
        doc.close()
    text = " ".join(text.replace("\xa0", " ").replace("\xad", "-").split())
    return [f"{e.name_as_printed!r} / {p!r}" for e, p in zip(o.expected, o.printed)
            if e.name_as_printed not in text or " ".join(p.split()) not in text]


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    import json
    from dataclasses import asdict

    outdir = sys.argv[1] if len(sys.argv) > 1 else "labs_test_f_out"
    os.makedirs(outdir, exist_ok=True)
    total = 0
    for rep, built in _built():
        ext = "pdf" if rep.mime_type == "application/pdf" else "png"
        with open(os.path.join(outdir, f"{rep.name}.{ext}"), "wb") as fh:
            fh.write(rep.content)
        with open(os.path.join(outdir, f"{rep.name}.json"), "w", encoding="utf-8") as fh:
            json.dump({"name": rep.name, "family": rep.family, "language": rep.language, "sex": rep.sex,
                       "collected_on": rep.collected_on, "expected": [asdict(e) for e in rep.expected]}, fh,
                      ensure_ascii=False, indent=1)
        problems = _check(built)
        total += len(rep.expected)
        print(f"{rep.name:<48} {ext}  {len(rep.expected):3d} results" + (f"  NOT PRINTED: {problems}" if problems
                                                                           else ""))
    print(f"{total} expected results written to {outdir}")
