"""Blind TEST part E of the lab-report evaluation: twelve layout families (prefix "E"), 36 reports.

Written blind: without reading the lab-report reader or the service around it (nlp/, service/, graph/,
ingestion/), the scorer (lab_score.py) or any reader output, and without running the reader on these reports.
Read were only tests/evaluation/lab_reports.py (the interface), labs_test_d.py (as an example of a generator's
structure: rendering with PyMuPDF, scan simulation, determinism) and the top docstrings of the other parts (to keep
these countries, layouts and wordings different from theirs).  Held-out material: never tune the reader on it,
never edit it to match the reader.

Codes follow the product's published table (lab_codes.md): the code of the analyte in its ordinary unit; the SI
molar code where the report prints mmol/L, µmol/L, pmol/L or nmol/L and the table has one; the % code for a
differential percentage; HbA1c in mmol/mol 59261-8; urine albumin/creatinine in mg/mmol 32294-1.

Deterministic: one random.Random per report seeded with "labs-test-e/2026/" + report name, numpy noise from a
generator seeded from the same string; fixed PDF metadata, no new /ID, fonts subset, so two calls of reports()
give byte-identical content.  Report names: "<family>-<slug>-<lang>-NN".  `python3
tests/evaluation/labs_test_e.py OUTDIR` writes NAME.pdf|png and NAME.json and checks that every expected name and
printed value is in the text layer of the report (for images: of the pages rendered before degradation).

Families (3 reports each)
  E1   pt  Mozambique, SCANNED PNG (grey, 200 dpi): a district health centre's A4 "Ficha de resultados
           laboratoriais" (NID, sector TARV / internamento / CPN) with point-of-care analyser THERMAL TICKETS taped
           on: a CD4 ticket (CD4 cél/µL, %CD4, Hb without ranges), a chemistry-disc ticket (ALB, ALP, ALT ... TP with
           ranges and H/L), a 5-part haematology ticket (WBC ... MPV, plus PCT = plateletcrit); tickets print decimal
           points, the typed form decimal commas; typed rapid tests (sífilis, AgHBs, HIV, pregnancy, urine strip)
           beside malaria TDR / TB-LAM / cross-match lines and a viral-load observation that are not in the table.
  E2   pt  Cabo Verde, SCANNED PNG (colour, 200 dpi): regional hospital LIS printed by a DOT-MATRIX printer on
           continuous GREEN-BAR tractor-feed paper; upper case without accents, 80 columns, flags "+" / "-" and
           "!!" (critical) explained in a legend; decimal point (-01, -03) or comma (-02); -03 prints FSH / LH /
           estradiol / progesterone with four cycle-phase lines each, the header states the follicular phase.
  E3   pt  Portugal, PNG SCREENSHOT of a hospital group's patient portal in a desktop browser (1366 px, -03 at 90 %
           zoom, -02 recompressed): accordion groups, "Análise | Resultado | Unidades | Intervalo de referência |
           Estado | Resultado anterior", status chips "Acima" / "Abaixo" (green dot when in range), previous results
           with dates, "Neutrófilos %" / "Neutrófilos #" rows, a pending "Em curso" row, Urina II words.
  E4   pt  Angola, PDF: Luanda clinic "Boletim de Análises Clínicas" in European-Portuguese wording (Natrémia,
           Calémia, Clorémia, "Bilirrubina directa", "reactivo"), references "H: ... | M: ..." (H = homens,
           M = mulheres), ▲ / ▼ flags (▲▲ / ▼▼ critical), leucocyte formula with % and absolute on one row,
           counts in ×10⁹/L (-01), x10^9/L (-03) or /µL with space-grouped thousands (-02, severe malaria with a
           parasite density and a Widal line that are not results).
  E5   pt  Brazil, PDF: blood-centre letter to the donor ("carta ao doador"): pre-donation capillary haemoglobin with
           the sex's minimum for donation, ABO / Rh / irregular antibodies, screening serologies (Chagas, HTLV and NAT
           are not in the table), vital signs; -02 is prose ("... tiveram resultado NÃO REAGENTE") with one reactive
           anti-HBc and its S/CO index; -03 adds a donor blood count (milhões/mm³, "7.720 /mm³") and ferritin.
  E6   pt  Timor-Leste, PDF on A5 pages: district referral hospital, Tetum / Portuguese / English labels
           ("Hemoglobina (Haemoglobin)", "Rezultadu / Resultado / Result"), decimal points, flags as a "*" before
           the value ("**" critical); dengue with NS1 / IgM lines (not in the table), antenatal with a
           pregnant / non-pregnant Hb reference and blood group, diabetic chemistry with a critical glucose.
  E7   en  Ghana, SCANNED PNG (250 dpi colour): the yellow / pink CARBONLESS COPY of a pre-printed A5 "Laboratory
           request / report form" (Haematology or Chemical Pathology) whose rows carry the units and sex-split
           ranges; the results are carbon impressions of the typed top copy, misregistered, with a fold crease;
           sickling / G6PD / malaria-film rows are not in the table; -03 prints "(H)" / "(L)", the others no flags.
  E8   en  Sri Lanka, PDF: private laboratory, each panel a card with specimen line and "Tested by / Checked by";
           THE UNIT SITS IN THE TEST NAME ("Haemoglobin (g/dL)", "Platelet Count (x10³/µL)"); Remarks column
           HIGH / LOW / CRITICAL LOW; both sexes' ranges in one cell; dengue with a critical platelet count.
  E9   en  Hong Kong, PDF: a LANDSCAPE report stored as a portrait page with /Rotate 90; SI units (umol/L, IU/L,
           g/L, pmol/L), flags H / L / HH, a "Previous (date)" column (not results), specimen column, a critical
           potassium call note, urine albumin / creatinine / ACR with both sexes' ACR cut-offs.
  E10  en  The Bahamas, PDF: "Executive Wellness Profile" flowing through THREE NEWSPAPER COLUMNS, name on one line
           and value, unit and "(range)" on the next, flags as small raised H / L after the value, absolute counts
           in cells/µL (comma-grouped in -02), "(> OR = 60)", PSA with an age table, FSH / estradiol with a phase
           table (postmenopausal patient), urinalysis words.
  E11  en  England, PNG: PHONE PHOTO OF A LAPTOP SCREEN (moiré pixel grid, perspective, glare, keyboard) showing a
           GP online record's results with SNOMED-style names ("Serum creatinine level", "Haemoglobin A1c level -
           IFCC standardised"), SI units (g/L, 10*9/L, L/L, mmol/mol, nmol/L), ranges in brackets or none, red
           High / Low badges, GP comments and older result titles.
  E12  en  Zambia, PDF: teaching-hospital report whose reference intervals are NOT beside the results: each test
           name carries a small raised footnote number and the intervals (sex-split for some) are listed under the
           table; SI units (µmol/L, mmol/L, ×10⁹/L), CD4 count and %, flags H / L; CrAg and viral-load lines are not
           in the table.

Ground truth (lab_reports.ExpectedResult) and the decisions taken where the conventions are silent
- What is a result: every value printed as this patient's result for this collection, of an analyte in the code
  table.  NOT results: dates, ages, IDs, phone numbers, vital signs, previous results (E3, E9), tests absent from
  the table (malaria, dengue NS1 / IgM / IgG, Widal, Chagas, HTLV, NAT, viral load, CrAg, TB-LAM, sickling, G6PD,
  cross-match, plateletcrit "PCT"), S/CO indexes, phase / age tables' other rows, comments (numbers repeated in a
  critical-call note are the same result), a pending "Em curso" row.
- name_as_printed: the label as printed, without a footnote number (E12) and without the unit bracket the label
  carries (E8 "Haemoglobin (g/dL)" -> "Haemoglobin"; E7 "Urea (mmol/L)" -> "Urea"); a % and an absolute count on
  one row share the name (E4); a result named in prose keeps the prose words (E5-02 "HBsAg").  One printed "Blood
  group" line gives two results (ABO 883-9, qualitative "o" / "a" / "b" / "ab"; Rh 10331-7 positive / negative).
- value: the number as printed (decimal comma read; "8 000 /µL" -> 8000; "281.000 /mm³" -> 281000; "3,915
  cells/µL" -> 3915); comparator for "< 5,0", "<4", ">90", ">24.0" with the printed number as value.
  Qualitative: Negativo / Negative / NEGATIVE -> negative; Não reactivo / Não reagente / La reativu / Non-reactive
  -> non-reactive; REAGENTE -> reactive; Positivo / POSITIVO (++++) / + / ++ / 3+ -> positive; Traços / Vestígios /
  TRACE / Traço -> trace.
- unit: as printed beside the value, in its column or inside the name bracket (E8, E7); None for INR-like ratios,
  urine specific gravity and pH and qualitative results.
- ref_low / ref_high: the interval that applies to this patient: the printed sex's part of a two-sex text
  (E4 "H:" = homens, "M:" = mulheres), the phase stated in the header (E2-03 follicular, E10-03
  postmenopausal), the age band (E10-01 PSA), pregnancy (E6-02 "Grávida: ≥ 11.0"), the donor's sex minimum
  (E5, one-sided), the footnote (E12).  "até x", "< x", "desejável < x", "≤x", "below x" -> high only;
  "> x", "≥ x", "SUPERIOR A x", "(> OR = x)", "above x" -> low only.  No printed interval -> both None (CD4
  ticket, differential % rows printed with "-", GP-record lipids, eAG, free PSA).
- flag: N inside (bounds inclusive), L / H outside, LL / HH only beyond these critical limits (converted to the
  printed unit): potassium < 2.5 or > 6.5 mmol/L; sodium < 120 or > 160 mmol/L; glucose < 40 or > 450 mg/dL
  (< 2.2 or > 25 mmol/L); haemoglobin < 6 g/dL (60 g/L); haematocrit < 15 %; platelets < 20 x10³/µL (20 000 /µL);
  white cells < 1 or > 50 x10³/µL; neutrophils < 0.5 x10³/µL.  Generated critical values lie clearly beyond
  every published list (K 7.2-7.7, glucose 562-660 mg/dL, Hb 4.1-4.7 g/dL with Hct < 15 %, platelets 5-9 x10³/µL);
  other abnormal values of these analytes stay well short of any list (K 3.1-5.7, Na >= 132, glucose <= 130
  mg/dL when not critical, Hb >= 8.6 g/dL, platelets >= 110, WBC 2.6-19.5).  Analytes without critical limits
  here are never LL / HH.  Qualitative results: N.
- printed_flag: the exact text printed for the value ("▲", "▼▼", "+", "-", "!!", "*", "**", "Acima", "Abaixo",
  "HIGH", "CRITICAL LOW", "H", "HH", "(H)", "High", "Low"); None when nothing is printed (a green dot, bold or
  red colour alone is not a flag).  A lab that prints "H" / "L" / "*" for a critical value keeps that text while
  flag is HH / LL.
- sex and collected_on: as printed in the header (E1 form, E7 "Sex" box, E5 identification line).
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

SEED = "labs-test-e/2026/"
FAMILIES: tuple[str, ...] = tuple(f"E{i}" for i in range(1, 13))

# ------------------------------------------------------------------------------------------------- fonts

_DJ = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {
    "sans": _DJ + "DejaVuSans.ttf", "sansb": _DJ + "DejaVuSans-Bold.ttf", "sansi": _DJ + "DejaVuSans-Oblique.ttf",
    "cond": _DJ + "DejaVuSansCondensed.ttf", "condb": _DJ + "DejaVuSansCondensed-Bold.ttf",
    "mono": _DJ + "DejaVuSansMono.ttf", "monob": _DJ + "DejaVuSansMono-Bold.ttf",
    "serif": _DJ + "DejaVuSerif.ttf", "serifb": _DJ + "DejaVuSerif-Bold.ttf",
    "lsans": _LIB + "LiberationSans-Regular.ttf", "lsansb": _LIB + "LiberationSans-Bold.ttf",
    "lsansi": _LIB + "LiberationSans-Italic.ttf", "narrow": _LIB + "LiberationSansNarrow-Regular.ttf",
    "narrowb": _LIB + "LiberationSansNarrow-Bold.ttf", "lmono": _LIB + "LiberationMono-Regular.ttf",
    "lmonob": _LIB + "LiberationMono-Bold.ttf", "lserif": _LIB + "LiberationSerif-Regular.ttf",
    "lserifb": _LIB + "LiberationSerif-Bold.ttf", "lserifi": _LIB + "LiberationSerif-Italic.ttf",
}
_BASE14 = {"mono": "cour", "monob": "cobo", "lmono": "cour", "lmonob": "cobo", "serif": "tiro", "serifb": "tibo",
           "lserif": "tiro", "lserifb": "tibo", "lserifi": "tiit"}
_FONT_CACHE: dict[str, fitz.Font] = {}


def _font(key: str) -> tuple[str, str | None]:
    """PyMuPDF font name and file for a font key: a base-14 name, or a system font (base-14 fallback when the
    file is missing).  Liberation fonts are used only on rasterised pages (their text layer maps spaces and
    hyphens to U+00A0 / U+00AD)."""
    if key not in _FONT_FILES:
        return key, None
    path = _FONT_FILES[key]
    if os.path.exists(path):
        return "F" + key, path
    return _BASE14.get(key, "hebo" if key.endswith("b") else "helv"), None


def _tw(s: str, f: str, sz: float) -> float:
    name, path = _font(f)
    if path is None:
        return fitz.get_text_length(s, fontname=name, fontsize=sz)
    if path not in _FONT_CACHE:
        _FONT_CACHE[path] = fitz.Font(fontfile=path)
    return _FONT_CACHE[path].text_length(s, fontsize=sz)


Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)


class _Cv:
    """Drawing on one PDF page; with rotated=True the page is stored portrait with /Rotate 90 and drawn so that
    it reads as a landscape page (coordinates are those of the displayed page)."""

    def __init__(self, doc: fitz.Document, w: float, h: float, rotated: bool = False, pno: int | None = None) -> None:
        if pno is not None:  # an existing page
            self.p = doc[pno]
            self.m = self.p.derotation_matrix
            rotated = self.p.rotation == 90
        elif rotated:
            self.p = doc.new_page(width=h, height=w)
            self.p.set_rotation(90)
            self.m = self.p.derotation_matrix
        else:
            self.p = doc.new_page(width=w, height=h)
            self.m = fitz.Identity
        self.rotated = rotated
        self.w, self.h = w, h

    def _pt(self, x: float, y: float) -> fitz.Point:
        return fitz.Point(x, y) * self.m

    def t(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        name, path = _font(f)
        self.p.insert_text(self._pt(x, y), s, fontname=name, fontfile=path, fontsize=sz, color=c,
                           rotate=90 if self.rotated else 0)

    def tr(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.5, c: Color = BLACK,
           dashes: str | None = None) -> None:
        self.p.draw_line(self._pt(x0, y0), self._pt(x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0: float, y0: float, x1: float, y1: float, c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.5, radius: float | None = None) -> None:
        r = fitz.Rect(self._pt(x0, y0), self._pt(x1, y1))
        r.normalize()
        self.p.draw_rect(r, color=c, fill=fill, width=w, radius=radius)

    def circle(self, x: float, y: float, r: float, c: Color | None = BLACK, fill: Color | None = None,
               w: float = 0.5) -> None:
        self.p.draw_circle(self._pt(x, y), r, color=c, fill=fill, width=w)

    def para(self, x: float, y: float, width: float, s: str, f: str = "sans", sz: float = 8.0, lh: float = 1.35,
             c: Color = BLACK) -> float:
        """Left-aligned wrapped text; returns the baseline below the last line."""
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
                      "producer": "report renderer", "creationDate": "D:20260105090000+00'00'",
                      "modDate": "D:20260105090000+00'00'"})
    doc.subset_fonts()
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ------------------------------------------------------------------------------------------ randomness


def _rng(name: str) -> random.Random:
    return random.Random(SEED + name)


def _nprng(name: str, salt: str = "") -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256((SEED + name + salt).encode()).hexdigest()[:16], 16))


def _date(rng: random.Random, year: int = 2025) -> _dt.date:
    return _dt.date(year, rng.randint(1, 11), rng.randint(1, 28))


def _dob(rng: random.Random, on: _dt.date, age: int) -> _dt.date:
    """A birth date giving exactly `age` full years on `on`."""
    d = on - _dt.timedelta(days=int(365.25 * age) + rng.randint(20, 330))
    while on.year - d.year - ((on.month, on.day) < (d.month, d.day)) != age:
        d += _dt.timedelta(days=1 if on.year - d.year - ((on.month, on.day) < (d.month, d.day)) > age else -1)
    return d


# ------------------------------------------------------------------------------------- ground truth


# Critical (panic) limits, in the analyte's base unit: values are drawn either clearly inside or clearly beyond.
_CRIT: dict[str, tuple[float | None, float | None]] = {
    "2823-3": (2.5, 6.5), "6298-4": (2.5, 6.5),  # potassium mmol/L
    "2951-2": (120.0, 160.0), "2947-0": (120.0, 160.0),  # sodium mmol/L
    "2345-7": (40.0, 450.0),  # glucose mg/dL
    "14749-6": (2.2, 25.0),  # glucose mmol/L
    "718-7": (6.0, None),  # haemoglobin g/dL
    "4544-3": (15.0, None),  # haematocrit %
    "777-3": (20.0, None),  # platelets 10^3/uL
    "6690-2": (1.0, 50.0),  # white cells 10^3/uL
    "751-8": (0.5, None),  # neutrophils 10^3/uL
}
_PER_UL = {"/µL", "/uL", "/mm³", "/mm3", "/MM3", "cél/µL", "cells/µL", "cells/uL", "/cumm"}  # counts per µL


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
    if value is None or (lo is None and hi is None):
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
    """One printed result: the number (already rounded as printed) or a qualitative word, unit and interval."""

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

    def exp(self, printed_flag: str | None) -> ExpectedResult:
        return ExpectedResult(loinc=self.code, name_as_printed=self.name,
                              value=None if self.value is None else float(self.value), unit=self.unit,
                              ref_low=None if self.lo is None else float(self.lo),
                              ref_high=None if self.hi is None else float(self.hi), flag=self.flag,
                              qualitative=self.qual, comparator=self.comp, printed_flag=printed_flag)


def _q(code: str, name: str, word: str, qual: str, unit: str | None = None) -> _R:
    return _R(code, name, None, unit=unit, qual=qual, word=word)


def _num(v: float, dec: int, comma: bool = False, group: str = "") -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    s = s.replace(",", "\0").replace(".", "," if comma else ".").replace("\0", group)
    return s


def _draw(rng: random.Random, lo: float | None, hi: float | None, dec: int, st: str = "n",
          floor: float | None = None, ceil: float | None = None) -> float:
    """A value (rounded to dec) clearly inside ("n"), above ("h") or below ("l") the interval, never on a bound.

    floor / ceil: the plausible end of the open side of a one-sided interval, for "n" draws."""
    two = lo is not None and hi is not None
    w = (hi - lo) if two else abs(hi if hi is not None else lo)
    step = 10.0 ** -dec
    for _ in range(200):
        if st == "h":
            v = (hi if hi is not None else lo * 1.6) + max(rng.uniform(0.08, 0.35) * (w if two else 0.4 * w),
                                                           2 * step)
        elif st == "l":
            v = lo - max(rng.uniform(0.06, 0.25) * min(w, lo), 2 * step) if lo is not None else hi * 0.2
        elif two:
            v = rng.uniform(lo + 0.12 * w, hi - 0.12 * w)
        elif hi is not None:
            v = rng.uniform(floor if floor is not None else 0.3 * hi, 0.92 * hi)
        else:
            v = rng.uniform(1.08 * lo, ceil if ceil is not None else 1.8 * lo)
        v = round(v, dec)
        if v <= 0 or any(b is not None and abs(v - b) < step / 2 for b in (lo, hi)):
            continue
        inside = (lo is None or v > lo) and (hi is None or v < hi)
        if (st == "n") == inside and (st != "h" or hi is not None or v > lo):
            return float(v)
    raise RuntimeError(f"no value for {lo}-{hi} {st}")


def _pick(rng: random.Random, p: float = 0.25, dirs: str = "hl") -> str:
    return rng.choice(dirs) if rng.random() < p else "n"


def _egfr2021(scr_mgdl: float, age: int, female: bool) -> float:
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)


@dataclass
class _Cbc:
    """A self-consistent blood count (conventional units: g/dL, %, 10^6/uL, 10^3/uL) and a 5-part differential."""

    hb: float
    hct: float
    rbc: float
    mcv: float
    mch: float
    mchc: float
    rdw: float
    wbc: float
    plt: float
    mpv: float
    pct: dict[str, float] = field(default_factory=dict)  # neut, lym, mono, eos, baso (%)

    def absolute(self, key: str, dec: int = 2) -> float:
        return round(self.wbc * self.pct[key] / 100, dec)


def _cbc(rng: random.Random, female: bool, scen: str = "n") -> _Cbc:
    """scen: n normal, ida iron deficiency, sev critical anaemia, malaria (critical platelets), dengue
    (leucopenia, critical platelets), infect (neutrophilia)."""
    u = rng.uniform
    hb = u(12.6, 14.6) if female else u(13.9, 16.3)
    mcv, rdw, wbc, plt = u(84, 94), u(12.0, 13.8), u(4.8, 9.4), u(175, 360)
    split = [u(50, 66), u(24, 36), u(5, 9), u(1, 4), u(0.2, 0.9)]
    if scen == "ida":
        hb, mcv, rdw, plt = u(8.6, 10.4), u(66, 75), u(16.2, 19.4), u(300, 420)
    elif scen == "sev":
        hb, mcv, rdw = u(4.1, 4.7), u(68, 76), u(17, 21)
    elif scen == "malaria":
        hb, wbc, plt = u(8.8, 10.6), u(4.2, 6.5), u(5.2, 8.8)
    elif scen == "dengue":
        hb, wbc, plt = (u(14.2, 15.1) if female else u(15.6, 16.6)), u(2.6, 3.5), u(5.5, 8.9)
        split = [u(38, 46), u(40, 50), u(7, 11), u(0.5, 2), u(0.2, 0.6)]
    elif scen == "infect":
        wbc, split = u(13.2, 19.5), [u(79, 86), u(8, 13), u(4, 7), u(0.3, 1.5), u(0.1, 0.5)]
    hb = round(hb, 1)
    mch = round(mcv * u(0.325, 0.345), 1)
    rbc = round(hb / mch * 10, 2)
    hct = round(rbc * mcv / 10, 1)
    mcv = round(hct / rbc * 10, 1)
    mchc = round(hb / hct * 100, 1)
    tot = sum(split)
    pct = [round(x / tot * 100, 1) for x in split]
    pct[0] = round(100 - sum(pct[1:]), 1)
    keys = ("neut", "lym", "mono", "eos", "baso")
    return _Cbc(hb=hb, hct=hct, rbc=rbc, mcv=mcv, mch=mch, mchc=mchc, rdw=round(rdw, 1), wbc=round(wbc, 2),
                plt=round(plt, 1), mpv=round(u(8.2, 10.8), 1), pct=dict(zip(keys, pct)))


@dataclass
class _Out:
    """A built report: the file, its header facts, the ground truth, and what the self-check needs."""

    content: bytes
    mime: str
    sex: str | None
    collected_on: str | None
    expected: list[ExpectedResult]
    sources: list[bytes]  # PDFs whose text layer carries every printed result (the file itself for PDFs)
    printed: list[str]  # the value text printed for each expected result (parallel to expected)


# ------------------------------------------------------------------------------------------ raster helpers


def _raster(pdf: bytes, dpi: float, page: int = 0, color: bool = True) -> np.ndarray:
    doc = fitz.open("pdf", pdf)
    pix = doc[page].get_pixmap(dpi=round(dpi), colorspace=fitz.csRGB if color else fitz.csGRAY, alpha=False)
    n = 3 if color else 1
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width * n]
    doc.close()
    img = arr.reshape(pix.height, pix.width, 3) if color else arr.reshape(pix.height, pix.width)
    return img.astype(np.float32)


def _lowfreq(g: np.random.Generator, h: int, w: int, cells: int = 5) -> np.ndarray:
    """Smooth noise in about [-1.5, 1.5], for uneven light, paper tone and ink density."""
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
    ok, buf = cv2.imencode(".png", a, [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert ok
    return buf.tobytes()


def _rotate(img: np.ndarray, angle: float, border: float | tuple[float, float, float],
            shift: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += shift
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


# ========================= E1  Mozambique: health-centre results form with analyser thermal tickets taped on, scanned


def _ticket_pdf(lines: list[str], width_mm: float) -> bytes:
    """A thermal-printer ticket: monospaced lines on a narrow roll (the text layer is kept for the self-check)."""
    w = width_mm / 25.4 * 72
    h = 26 + 9.2 * len(lines)
    doc = fitz.open()
    cv = _Cv(doc, w, h)
    for i, ln_ in enumerate(lines):
        cv.t(7, 18 + 9.2 * i, ln_, "monob", 7.1)
    return _finish(doc, "ticket", "thermal")


def _thermal_img(pdf: bytes, dpi: float, g: np.random.Generator) -> np.ndarray:
    """Grey ticket image: greyish thermal print that fades along the roll, faint print-head banding."""
    t = _raster(pdf, dpi, color=False)
    h, w = t.shape
    ink = 1 - t / 255.0
    fade = np.linspace(float(g.uniform(0.8, 0.95)), float(g.uniform(0.55, 0.75)), h, dtype=np.float32)[:, None]
    band = 1 - 0.12 * (g.random(w) < 0.03).astype(np.float32)[None, :]
    dens = np.clip(fade * band + 0.06 * _lowfreq(g, h, w, 4), 0.35, 1.0)
    paper = 247 + 3 * _lowfreq(g, h, w, 3)
    return paper - ink * dens * (paper - 35)


def _paste(page: np.ndarray, tk: np.ndarray, x: int, y: int, angle: float, g: np.random.Generator) -> None:
    """Tape a grey ticket onto a colour page image at (x, y), slightly rotated, with shadow and tape strips."""
    h, w = tk.shape
    pad = 30
    canvas = np.zeros((h + 2 * pad, w + 2 * pad), np.float32)
    canvas[pad:pad + h, pad:pad + w] = tk
    mask = np.zeros_like(canvas)
    mask[pad:pad + h, pad:pad + w] = 1.0
    m = cv2.getRotationMatrix2D(((w + 2 * pad) / 2, (h + 2 * pad) / 2), angle, 1.0)
    size = (w + 2 * pad, h + 2 * pad)
    canvas = cv2.warpAffine(canvas, m, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(mask, m, size, flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 5, 0), 4, 1), (0, 0), 5) * 0.35
    hh, ww = canvas.shape
    region = page[y:y + hh, x:x + ww]
    region *= (1 - shadow[:hh, :ww, None])
    tk_rgb = canvas[..., None] * np.array([0.985, 0.99, 1.0], np.float32)  # thermal paper is slightly bluish
    region[:] = region * (1 - mask[..., None]) + tk_rgb * mask[..., None]
    for ty in (pad - 8, pad + h - 22):  # translucent tape over both ends
        tx = pad + int(g.integers(-6, 6))
        strip = region[max(ty, 0):ty + 30, tx:tx + w]
        strip[:] = strip * 0.9 + np.array([250, 246, 225], np.float32) * 0.1 + 4


def _e1(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(29, 38), 2: rng.randint(36, 47), 3: rng.randint(21, 29)}[variant]
    patient = {1: "Atália Ernesto Muianga", 2: "Fernando Jaime Nhantumbo", 3: "Lurdes Amélia Cossa"}[variant]
    sector = {1: "TARV — Consulta clínica", 2: "Medicina — Internamento (Sala 2)", 3: "CPN — Consulta pré-natal"}[
        variant]
    nid = f"0105{rng.randint(10, 99)}07{rng.randint(10, 99)}/{coll.year - rng.randint(1, 6)}/{rng.randint(1, 9999):05d}"
    short_id = nid.split("/")[-1] + "/" + nid.split("/")[1][-2:]
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    tickets: list[tuple[bytes, float]] = []  # (pdf, width mm)
    t_hour = rng.randint(8, 9)

    def tline(r: _R, label: str, with_ref: bool) -> str:
        v = _num(r.value, r.dec)
        pf = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag) if with_ref else None
        ref = ""
        if with_ref:
            ref = f"{_num(r.lo, r.dec)}-{_num(r.hi, r.dec)}"
        exp.append(r.exp(pf))
        printed.append(v)
        return f"{label:<7}{v:>6} {pf or ' '} {r.unit or '':<8}{ref}"

    # -------------------------------------------------------------- CD4 point-of-care analyser ticket (58 mm)
    if variant in (1, 2):
        cd4 = rng.randint(380, 690) if variant == 1 else rng.randint(60, 180)
        lines = ["  CytoPoint CD4   v2.1.4", "SN: CP-2041" + str(rng.randint(1, 9)) + "  CS-NAMIALO",
                 "-" * 32, f"Data: {coll:%d/%m/%Y}  {t_hour:02d}:{rng.randint(10, 59)}",
                 f"ID doente: {short_id}", f"Lote cartucho: 30{rng.randint(10000, 99999)}",
                 f"Validade: {coll.year + 1}-0{rng.randint(1, 9)}", "-" * 32]
        lines.append(tline(_R("24467-3", "CD4", cd4, 0, "cél/µL"), "CD4", False))
        lines.append(tline(_R("8123-2", "%CD4", round(rng.uniform(22, 34) if variant == 1 else rng.uniform(5, 11), 1),
                              1, "%"), "%CD4", False))
        if variant == 1:
            lines.append(tline(_R("718-7", "Hb", _draw(rng, 12.0, 15.5, 1), 1, "g/dL"), "Hb", False))
        lines += ["-" * 32, "CQ processo: APROVADO", f"Operador: 0{rng.randint(1, 9)}", ""]
        tickets.append((_ticket_pdf(lines, 58), 58))
    # -------------------------------------------------------------- chemistry analyser ticket (80 mm)
    if variant in (1, 3):
        panel = "PAINEL METABOLICO COMPLETO" if variant == 1 else "PAINEL RENAL/HEPATICO"
        lines = ["      ChemiDisk Xpress  (S/N 0000P3" + str(rng.randint(1000, 9999)) + ")", f"      {panel}",
                 f"Amostra: soro      ID: {short_id}", f"Sexo: {'F' if female else 'M'}   Idade: {age}",
                 (f"Disco lote: 4{rng.randint(100, 999)}AA{rng.randint(1, 9)}   {coll:%d/%m/%Y} "
                  f"{t_hour + 1:02d}:{rng.randint(10, 59)}"), "-" * 44]
        chem = [("ALB", "1751-7", 3.3, 5.5, 1, "g/dL"), ("ALP", "6768-6", 42, 141, 0, "U/L"),
                ("ALT", "1742-6", 10, 47, 0, "U/L"), ("AST", "1920-8", 11, 38, 0, "U/L"),
                ("BUN", "3094-0", 7, 22, 0, "mg/dL"), ("CA", "17861-6", 8.0, 10.3, 1, "mg/dL"),
                ("CL-", "2075-0", 98, 108, 0, "mmol/L"), ("CRE", "2160-0", 0.6, 1.2, 1, "mg/dL"),
                ("GLU", "2345-7", 73, 118, 0, "mg/dL"), ("K+", "2823-3", 3.6, 5.1, 1, "mmol/L"),
                ("NA+", "2951-2", 128, 145, 0, "mmol/L"), ("TBIL", "1975-2", 0.2, 1.6, 1, "mg/dL"),
                ("TCO2", "2028-9", 18, 33, 0, "mmol/L"), ("TP", "2885-2", 6.4, 8.1, 1, "g/dL")]
        if variant == 3:
            chem = [x for x in chem if x[0] in ("ALB", "ALP", "ALT", "AST", "BUN", "CRE", "GLU", "TBIL")]
            chem.insert(1, ("AMY", "1798-8", 14, 97, 0, "U/L"))
        for lab, code, lo, hi, dec, unit in chem:
            st = _pick(rng, 0.25, "h") if lab in ("ALT", "AST", "GLU", "ALP", "BUN") else "n"
            lines.append(tline(_R(code, lab, _draw(rng, lo, hi, dec, st), dec, unit, lo, hi), lab, True))
        lines += ["-" * 44, "QC: OK      HEM 0   LIP 0   ICT 0", f"RQC: ACEITE  Cal: {rng.randint(90, 99)}", ""]
        tickets.append((_ticket_pdf(lines, 80), 80))
    # -------------------------------------------------------------- haematology analyser ticket (58 mm)
    if variant in (2, 3):
        c = _cbc(rng, female, "sev" if variant == 2 else rng.choice(["n", "ida"]))
        lines = ["   HemaCount 5D  Hematologia", f"Amostra: {coll:%y%m%d}-{rng.randint(10, 99)}  Modo: WB",
                 f"ID: {short_id}  {coll:%d/%m/%Y} {t_hour:02d}:{rng.randint(10, 59)}", "-" * 32]
        wl = 4.0, 10.0
        rows = [("WBC", "6690-2", round(c.wbc, 2), 2, "10^3/uL", *wl),
                ("NEU#", "751-8", c.absolute("neut"), 2, "10^3/uL", 2.0, 7.0),
                ("LYM#", "731-0", c.absolute("lym"), 2, "10^3/uL", 0.8, 4.0),
                ("MON#", "742-7", c.absolute("mono"), 2, "10^3/uL", 0.12, 1.2),
                ("EOS#", "711-2", max(c.absolute("eos"), 0.03), 2, "10^3/uL", 0.02, 0.5),
                ("BAS#", "704-7", max(c.absolute("baso"), 0.01), 2, "10^3/uL", 0.0, 0.1),
                ("NEU%", "770-8", c.pct["neut"], 1, "%", 50.0, 70.0),
                ("LYM%", "736-9", c.pct["lym"], 1, "%", 20.0, 40.0),
                ("MON%", "5905-5", c.pct["mono"], 1, "%", 3.0, 12.0),
                ("EOS%", "713-8", c.pct["eos"], 1, "%", 0.5, 5.0),
                ("BAS%", "706-2", c.pct["baso"], 1, "%", 0.0, 1.0),
                ("RBC", "789-8", c.rbc, 2, "10^6/uL", 3.5, 5.5),
                ("HGB", "718-7", c.hb, 1, "g/dL", 11.0, 16.0),
                ("HCT", "4544-3", c.hct, 1, "%", 37.0, 54.0),
                ("MCV", "787-2", c.mcv, 1, "fL", 80.0, 100.0),
                ("MCH", "785-6", c.mch, 1, "pg", 27.0, 34.0),
                ("MCHC", "786-4", c.mchc, 1, "g/dL", 32.0, 36.0),
                ("RDW-CV", "788-0", c.rdw, 1, "%", 11.0, 16.0),
                ("PLT", "777-3", round(c.plt), 0, "10^3/uL", 100, 300),
                ("MPV", "32623-1", c.mpv, 1, "fL", 6.5, 12.0)]
        for lab, code, v, dec, unit, lo, hi in rows:
            lines.append(tline(_R(code, lab, v, dec, unit, lo, hi), lab, True))
        lines.append(f"PCT     {_num(c.plt * c.mpv / 10000, 3)}   %       0.108-0.282")
        lines += ["-" * 32, "Mensagens: " + ("Anemia; Microcitose" if c.mcv < 80 else "—"), ""]
        tickets.append((_ticket_pdf(lines, 58), 58))
    # -------------------------------------------------------------- the form
    typed: list[tuple[str, str]] = []  # (label, printed result)

    def q(code: str | None, label: str, word: str, qual: str) -> None:
        typed.append((label, word))
        if code:
            exp.append(_q(code, label, word, qual).exp(None))
            printed.append(word)

    if variant == 1:
        q("22587-0", "Sífilis — teste rápido (SD Bioline)", "Não reactivo", "non-reactive")
        q("5196-1", "AgHBs — teste rápido (Determine)", "Negativo", "negative")
        q(None, "Malária — TDR (Pf/Pan)", "Negativo", "")
        q(None, "TB-LAM urinário", "Negativo", "")
        q("20454-5", "Urina (tira) — Proteínas", "Negativo", "negative")
        q("25428-4", "Urina (tira) — Glicose", "Negativo", "negative")
        q("5802-4", "Urina (tira) — Nitritos", "Negativo", "negative")
        q("5799-2", "Urina (tira) — Leucócitos", "++", "positive")
        q("5794-3", "Urina (tira) — Sangue", "Traços", "trace")
        obs = (f"Carga viral HIV-1 (colheita de {coll - _dt.timedelta(days=rng.randint(80, 120)):%d/%m/%Y}): "
               "< 40 cópias/mL. Próxima CD4 e carga viral dentro de 6 meses.")
    elif variant == 2:
        q(None, "Malária — TDR (Pf/Pan)", "Positivo (P. falciparum)", "")
        q(None, "Pesquisa de hematozoários (gota espessa)", "Positivo, ++ (trofozoítos)", "")
        abo = rng.choice(["O", "A", "B"])
        q("883-9", "Grupo sanguíneo (ABO)", abo, abo.lower())
        q("10331-7", "Factor Rh", "Positivo", "positive")
        q(None, "Prova cruzada (2 unidades)", "Compatível", "")
        obs = (f"Hemoglobina crítica comunicada ao clínico de serviço às {t_hour + 1}:{rng.randint(10, 59)}; "
               "reservadas 2 unidades de concentrado eritrocitário (bolsas n.º "
               f"{rng.randint(1000, 9999)} e {rng.randint(1000, 9999)}).")
    else:
        q("2106-3", "Teste de gravidez (urina)", "Positivo", "positive")
        q("56888-1", "HIV — teste rápido (Determine)", "Não reactivo", "non-reactive")
        q("22587-0", "Sífilis — teste rápido (SD Bioline)", "Não reactivo", "non-reactive")
        q("5196-1", "AgHBs — teste rápido", "Negativo", "negative")
        q("20454-5", "Urina (tira) — Proteínas", "Traços", "trace")
        q("25428-4", "Urina (tira) — Glicose", "Negativo", "negative")
        obs = (f"Idade gestacional referida: {rng.randint(14, 22)} semanas. Repetir HIV e sífilis às 32 semanas "
               "(conforme normas do PTV).")
    doc = fitz.open()
    W, H = 595, 842
    cv = _Cv(doc, W, H)
    cv.circle(297, 46, 16, c=(0.3, 0.3, 0.3), w=0.8)
    cv.tc(297, 50, "MZ", "lsansb", 9, (0.3, 0.3, 0.3))
    cv.tc(297, 76, "REPÚBLICA DE MOÇAMBIQUE — MINISTÉRIO DA SAÚDE", "lsansb", 9)
    cv.tc(297, 88, "Serviço Distrital de Saúde, Mulher e Acção Social de Meconta", "lsans", 8.5)
    cv.tc(297, 100, "CENTRO DE SAÚDE DE NAMIALO — LABORATÓRIO", "lsansb", 9)
    cv.tc(297, 122, "FICHA DE RESULTADOS LABORATORIAIS", "lsansb", 12)
    fields = [("Nome", patient, 40, 300), ("NID", nid, 300, 555),
              ("Idade", f"{age} anos", 40, 170), ("Sexo", "F" if female else "M", 170, 300),
              ("Proveniência", sector, 300, 555), ("Data de colheita", f"{coll:%d/%m/%Y}", 40, 170),
              ("Hora", f"{t_hour:02d}:{rng.randint(0, 30):02d}", 170, 300),
              ("Clínico", rng.choice(["Dr. A. Mussa", "TMG Celso Langa", "Enf. Rosa Tembe"]), 300, 555)]
    for i, (k, v, x0, x1) in enumerate(fields):
        yy = 134 + [0, 0, 1, 1, 1, 2, 2, 2][i] * 24
        cv.rect(x0, yy, x1, yy + 24, c=(0.2, 0.2, 0.2), w=0.6)
        cv.t(x0 + 3, yy + 8, k, "lsans", 6.5, (0.3, 0.3, 0.3))
        cv.t(x0 + 6, yy + 20, v, "lmono", 9.5)
    cv.t(40, 222, "1. TALÕES DOS EQUIPAMENTOS (colar abaixo — não agrafar)", "lsansb", 9)
    cv.rect(40, 228, 555, 560, c=(0.45, 0.45, 0.45), w=0.6, radius=None)
    cv.t(40, 580, "2. TESTES RÁPIDOS / OUTROS RESULTADOS", "lsansb", 9)
    y = 598
    for label, word in typed:
        cv.t(48, y, label, "lsans", 9)
        cv.ln(48 + _tw(label, "lsans", 9) + 4, y + 1, 330, y + 1, 0.4, (0.5, 0.5, 0.5), dashes="[1 2] 0")
        cv.t(336, y, word, "lmonob", 9.5)
        y += 15
    y += 8
    cv.t(40, y, "Observações:", "lsansb", 9)
    y = cv.para(110, y, 445, obs, "lmono", 8.5, 1.35) + 14
    cv.t(40, 792, "Técnico de laboratório: ______________________", "lsans", 8.5)
    cv.t(330, 792, f"Data: {coll:%d/%m/%Y}", "lsans", 8.5)
    cv.t(40, 818, f"MISAU — Mod. LAB-03 (rev. 2019)   ·   Registo lab. n.º {rng.randint(100, 999)}/{coll:%y}",
         "lsans", 6.5, (0.4, 0.4, 0.4))
    form = _finish(doc, "ficha", "form")
    # -------------------------------------------------------------- assemble and scan
    dpi = 200
    page = _raster(form, dpi)
    page = page / 255.0 * (240 + 4 * _lowfreq(g, *page.shape[:2], 4))[..., None] * np.array([1.0, 0.99, 0.96],
                                                                                             np.float32)
    x = int(52 / 72 * dpi)
    for pdf_t, _ in tickets:
        tk = _thermal_img(pdf_t, dpi, g)
        ang = float(g.uniform(-2.5, 2.5))
        yy = int(236 / 72 * dpi) + int(g.integers(0, 25))
        _paste(page, tk, x, yy, ang, g)
        x += tk.shape[1] + int(g.integers(30, 60))
    img = _rotate(page, float(g.uniform(-0.9, 0.9)), (235.0, 235.0, 235.0), tuple(g.uniform(-8, 8, 2)))
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
    img = _jpeg(img + g.normal(0, 2.5, img.shape).astype(np.float32), 80)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), exp,
                [form] + [t for t, _ in tickets], printed)


# ======================= E2  Cabo Verde: dot-matrix printout on continuous green-bar paper, scanned in colour

_CV_FLAG = {"H": "+", "L": "-", "HH": "!!", "LL": "!!"}


def _dotmatrix(pdf: bytes, dpi: float, g: np.random.Generator) -> np.ndarray:
    """Ink coverage (0..1) of a text page re-drawn as dot-matrix impacts (about 100 dots per inch) with an uneven
    ribbon; computed at twice the output resolution."""
    ink = 1 - _raster(pdf, 2 * dpi, color=False) / 255.0
    h, w = ink.shape
    p = max(2, round(2 * dpi / 100))  # dot pitch in pixels
    cells = cv2.resize(ink, (w // p, h // p), interpolation=cv2.INTER_AREA)
    dots = np.zeros((h, w), np.float32)
    dots[0:(h // p) * p:p, 0:(w // p) * p:p] = (cells > 0.3).astype(np.float32)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (p + 1, p + 1)).astype(np.float32)
    dots = np.clip(cv2.filter2D(dots, -1, kernel), 0, 1)
    ribbon = np.clip(0.84 + 0.1 * _lowfreq(g, h, w, 7), 0.55, 1.0)
    out = cv2.resize(dots * ribbon, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    return cv2.GaussianBlur(out, (0, 0), 0.4)


def _e2(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 1
    comma = variant == 2
    age = {1: rng.randint(55, 66), 2: rng.randint(46, 54), 3: rng.randint(30, 34)}[variant]
    patient = {1: "MONTEIRO, JOSE ANTONIO DA VEIGA", 2: "TAVARES, MARIA DE LOURDES FORTES",
               3: "LOPES, ADILSA CRISTINA SEMEDO"}[variant]
    service = {1: "MEDICINA - CAMA 12", 2: "URGENCIA - SO", 3: "CONS. EXT. - GINECOLOGIA"}[variant]
    # rows: ("sec", title) / (_R, reference text) / ("band", text) for extra reference lines / ("txt", name, result)
    rows: list = []

    def ref(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None:
            return f"ATE {_num(hi, dec, comma)}"
        if hi is None:
            return f"SUPERIOR A {_num(lo, dec, comma)}"
        return f"{_num(lo, dec, comma)} - {_num(hi, dec, comma)}"

    def add(code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
            text: str | None = None, comp: str | None = None) -> _R:
        r = _R(code, nm, v, dec, unit, lo, hi, comp=comp)
        rows.append((r, text if text is not None else ref(lo, hi, dec)))
        return r

    if variant in (1, 3):
        c = _cbc(rng, female, rng.choice(["n", "ida"]) if variant == 1 else "n")
        rows.append(("sec", "HEMATOLOGIA - HEMOGRAMA"))
        hb_r = (12.0, 15.5) if female else (13.0, 17.0)
        add("789-8", "ERITROCITOS", c.rbc, 2, "X10^6/UL", 4.0 if female else 4.5, 5.2 if female else 5.9)
        add("718-7", "HEMOGLOBINA", c.hb, 1, "G/DL", *hb_r)
        add("4544-3", "HEMATOCRITO", c.hct, 1, "%", 36.0 if female else 40.0, 46.0 if female else 52.0)
        add("787-2", "V.G.M.", c.mcv, 1, "FL", 80.0, 98.0)
        add("785-6", "H.G.M.", c.mch, 1, "PG", 27.0, 33.0)
        add("786-4", "C.H.G.M.", c.mchc, 1, "G/DL", 32.0, 36.0)
        add("6690-2", "LEUCOCITOS", round(c.wbc, 1), 1, "X10^3/UL", 4.0, 10.0)
        for key, nm, pc, ac, lo, hi in (("neut", "NEUTROFILOS", "770-8", "751-8", 2.0, 7.5),
                                        ("lym", "LINFOCITOS", "736-9", "731-0", 1.0, 4.0),
                                        ("mono", "MONOCITOS", "5905-5", "742-7", 0.2, 1.0),
                                        ("eos", "EOSINOFILOS", "713-8", "711-2", 0.0, 0.5)):
            add(pc, nm + " %", c.pct[key], 1, "%", None, None, "")
            add(ac, nm + " ABS.", c.absolute(key), 2, "X10^3/UL", lo, hi)
        add("777-3", "PLAQUETAS", round(c.plt), 0, "X10^3/UL", 150, 400)
    if variant == 1:
        add("4537-7", "V.S. (1A HORA)", _draw(rng, None, 20, 0, _pick(rng, 0.5, "h"), floor=4), 0, "MM", None, 20)
        rows.append(("sec", "BIOQUIMICA"))
        add("2345-7", "GLICOSE", _draw(rng, 70, 110, 0, _pick(rng, 0.4, "h")), 0, "MG/DL", 70, 110)
        add("3091-6", "UREIA", _draw(rng, 10, 50, 0, _pick(rng, 0.3, "h")), 0, "MG/DL", 10, 50)
        add("2160-0", "CREATININA", _draw(rng, 0.7, 1.3, 2, _pick(rng, 0.3, "h")), 2, "MG/DL", 0.7, 1.3)
        add("3084-1", "ACIDO URICO", _draw(rng, 3.4, 7.0, 1, _pick(rng, 0.4, "h")), 1, "MG/DL", 3.4, 7.0)
        add("2951-2", "SODIO", _draw(rng, 136, 145, 0), 0, "MMOL/L", 136, 145)
        add("2823-3", "POTASSIO", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3)), 1, "MMOL/L", 3.5, 5.1)
        add("1920-8", "AST (TGO)", _draw(rng, None, 40, 0, _pick(rng, 0.3, "h"), floor=12), 0, "U/L", None, 40)
        add("1742-6", "ALT (TGP)", _draw(rng, None, 41, 0, _pick(rng, 0.3, "h"), floor=9), 0, "U/L", None, 41)
        add("2324-2", "GAMA GT", _draw(rng, None, 60, 0, _pick(rng, 0.4, "h"), floor=12), 0, "U/L", None, 60)
        add("6768-6", "FOSFATASE ALCALINA", _draw(rng, 40, 129, 0), 0, "U/L", 40, 129)
        add("1975-2", "BILIRRUBINA TOTAL", _draw(rng, None, 1.2, 2, floor=0.3), 2, "MG/DL", None, 1.2)
    if variant == 2:
        rows.append(("sec", "BIOQUIMICA - URGENCIA"))
        glu = round(rng.uniform(575, 660))
        add("2345-7", "GLICOSE", glu, 0, "MG/DL", 70, 110)
        add("4548-4", "HEMOGLOBINA A1C", round(rng.uniform(11.0, 13.5), 1), 1, "%", 4.0, 6.0)
        add("3091-6", "UREIA", _draw(rng, 10, 50, 0, "h"), 0, "MG/DL", 10, 50)
        add("2160-0", "CREATININA", _draw(rng, 0.5, 1.1, 2, "h"), 2, "MG/DL", 0.5, 1.1)
        add("2951-2", "SODIO", _draw(rng, 136, 145, 0, "l"), 0, "MMOL/L", 136, 145)
        add("2823-3", "POTASSIO", _draw(rng, 3.5, 5.1, 1, rng.choice("nh")), 1, "MMOL/L", 3.5, 5.1)
        add("2075-0", "CLORO", _draw(rng, 98, 107, 0, "l"), 0, "MMOL/L", 98, 107)
        add("2093-3", "COLESTEROL TOTAL", _draw(rng, None, 190, 0, "h"), 0, "MG/DL", None, 190)
        add("2571-8", "TRIGLICERIDOS", _draw(rng, None, 150, 0, "h"), 0, "MG/DL", None, 150)
        rows.append(("sec", "URINA II"))
        for code, nm, word, qual in (("5811-5", "DENSIDADE", "", ""), ("5803-2", "PH", "", ""),
                                     ("25428-4", "GLICOSE", "POSITIVO (++++)", "positive"),
                                     ("2514-8", "CORPOS CETONICOS", "POSITIVO (++)", "positive"),
                                     ("20454-5", "PROTEINAS", "NEGATIVO", "negative"),
                                     ("5794-3", "SANGUE", "NEGATIVO", "negative"),
                                     ("5802-4", "NITRITOS", "NEGATIVO", "negative")):
            if code == "5811-5":
                add(code, nm, rng.choice([1.025, 1.030]), 3, None, 1.005, 1.035)
            elif code == "5803-2":
                add(code, nm, rng.choice([5.5, 6.0]), 1, None, 5.0, 8.0)
            else:
                rows.append((_q(code, nm, word, qual), "NEGATIVO"))
    if variant == 3:
        rows.append(("sec", "ENDOCRINOLOGIA"))
        bands = {"FSH": ((3.5, 12.5), (4.7, 21.5), (1.7, 7.7), (25.8, 134.8)),
                 "LH": ((2.4, 12.6), (14.0, 95.6), (1.0, 11.4), (7.7, 58.5)),
                 "ESTRADIOL": ((12.5, 166.0), (85.8, 498.0), (43.8, 211.0), (5.0, 54.7)),
                 "PROGESTERONA": ((0.2, 1.5), (0.8, 3.0), (1.7, 27.0), (0.1, 0.8))}
        spec = {"FSH": ("15067-2", "MUI/ML", 1), "LH": ("10501-5", "MUI/ML", 1),
                "ESTRADIOL": ("2243-4", "PG/ML", 1), "PROGESTERONA": ("2839-9", "NG/ML", 2)}
        for nm, bs in bands.items():
            code, unit, dec = spec[nm]
            lo, hi = bs[0]
            add(code, nm, _draw(rng, lo, hi, dec, _pick(rng, 0.3, "h")), dec, unit, lo, hi,
                "FASE FOLICULAR    " + ref(lo, hi, dec))
            for ph, (a, b) in zip(("FASE OVULATORIA   ", "FASE LUTEA        ", "POS-MENOPAUSA     "), bs[1:]):
                rows.append(("band", ph + ref(a, b, dec)))
        add("2842-3", "PROLACTINA", _draw(rng, 4.8, 23.3, 1, _pick(rng, 0.4, "h")), 1, "NG/ML", 4.8, 23.3)
        add("3016-3", "TSH", _draw(rng, 0.27, 4.20, 2), 2, "UUI/ML", 0.27, 4.20)
        add("3024-7", "T4 LIVRE", _draw(rng, 0.93, 1.70, 2), 2, "NG/DL", 0.93, 1.70)
        add("38476-8", "HORMONA ANTI-MULLERIANA", _draw(rng, 1.0, 6.8, 2, _pick(rng, 0.3, "l")), 2, "NG/ML", 1.0,
            6.8, "1,00 - 6,80 (30-35 ANOS)" if comma else "1.00 - 6.80 (30-35 ANOS)")
    # ---------------------------------------------------------------------------------------- text page
    W, H = 684, 792  # 9.5 x 11 in continuous form
    doc = fitz.open()
    cv = _Cv(doc, W, H)
    lines: list[str] = []
    proc = f"{coll.year}/{rng.randint(1000, 9999):06d}"
    lines.append("HOSPITAL REGIONAL SANTA LUZIA - ILHA DO FOGO        SERVICO DE PATOLOGIA CLINICA")
    lines.append(f"SAO FILIPE - CABO VERDE    TEL. (+238) 281 {rng.randint(1000, 9999)}                     PAG.  1 / 1")
    lines.append("=" * 80)
    lines.append(f"UTENTE  : {patient:<41}PROC.  : {proc}")
    lines.append(f"IDADE   : {age} ANOS     SEXO: {'F' if female else 'M'}{'':<23}SERVICO: {service}")
    lines.append(f"MEDICO  : {rng.choice(['DR. A. FONSECA', 'DRA. N. BARROS', 'DR. E. CARDOSO']):<41}COLHEITA: "
                 f"{coll:%d/%m/%Y} {rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}")
    if variant == 3:
        lines.append(f"DUM     : {coll - _dt.timedelta(days=2):%d/%m/%Y}  FASE DO CICLO: FOLICULAR (D3)")
    lines.append("=" * 80)
    lines.append(f"{'ANALISE':<28}{'RESULTADO':>10} {'':<3}{'UNIDADE':<11}VALORES DE REFERENCIA")
    lines.append("-" * 80)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    for row in rows:
        if row[0] == "sec":
            lines += ["", f"*** {row[1]} ***"]
            continue
        if row[0] == "band":
            lines.append(f"{'':<53}{row[1]}")
            continue
        r, rtext = row
        if r.value is None:
            txt = r.word or ""
            lines.append(f"{r.name:<28}{txt:>15}{'':<10}{rtext}")
            exp.append(r.exp(None))
            printed.append(txt)
            continue
        txt = _num(r.value, r.dec, comma)
        pf = _CV_FLAG.get(r.flag)
        lines.append(f"{r.name:<28}{txt:>10} {pf or '':<3}{r.unit or '':<11}{rtext}")
        exp.append(r.exp(pf))
        printed.append(txt)
    lines += ["", "-" * 80, "LEGENDA: + SUPERIOR AO VALOR DE REFERENCIA   - INFERIOR AO VALOR DE REFERENCIA",
              "         !! VALOR CRITICO (COMUNICADO AO MEDICO ASSISTENTE)"]
    if variant == 2:
        lines.append(f"OBS.: GLICOSE CONFIRMADA EM DUPLICADO. COMUNICADO A ENF. {rng.choice(['SEMEDO', 'GOMES'])} "
                     f"AS {rng.randint(8, 11)}:{rng.randint(10, 59)}H")
        lines.append("      (EXT. 214). GLICEMIA CAPILAR NA ADMISSAO: 'HI' (> 600 MG/DL).")
    lines += ["", (f"VALIDADO POR: DR. R. ANDRADE (PATOLOGIA CLINICA)     EMITIDO: {coll:%d/%m/%Y} "
                   f"{rng.randint(12, 16)}:{rng.randint(0, 59):02d}"), "-" * 80, "FIM DO RELATORIO"]
    top = 60
    for i, ln_ in enumerate(lines):
        cv.t(54, top + 12 * i, ln_, "cobo", 12)
    pdf = _finish(doc, "RELATORIO", "LIS-DOS")
    # ---------------------------------------------------------------------------------------- paper and scan
    dpi = 200
    ink = _dotmatrix(pdf, dpi, g)
    h, w = ink.shape
    px = dpi / 72
    yy = np.arange(h)[:, None] / px
    bars = ((((yy - top + 9) // 36) % 2) == 0) & (yy > top - 9)
    paper = np.ones((h, w, 3), np.float32) * np.array([246, 246, 240], np.float32)
    paper = np.where(bars[..., None], np.array([212, 234, 212], np.float32), paper)
    paper += (3 * _lowfreq(g, h, w, 4))[..., None]
    ribbon: Color = (38, 38, 52)
    img = paper * (1 - ink[..., None]) + np.array(ribbon, np.float32) * ink[..., None]
    for xc in (0.25 * 72, W - 0.25 * 72):
        for yc in np.arange(18, H, 36):
            cv2.circle(img, (int(xc * px), int(yc * px)), int(0.078 * 72 * px), (150, 150, 150), -1,
                       lineType=cv2.LINE_AA)
        xp = int((0.5 * 72 if xc < W / 2 else W - 0.5 * 72) * px)
        img[::6, xp - 1:xp + 1] *= 0.85
    img = _rotate(img, float(g.uniform(-1.2, 1.2)), (228.0, 228.0, 228.0), tuple(g.uniform(-6, 6, 2)))
    img = cv2.GaussianBlur(img, (0, 0), 0.5) + g.normal(0, 2.0, img.shape).astype(np.float32)
    img = _jpeg(img, 78)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ====================================== E3  Portugal: screenshot of a hospital group's patient-portal results page


def _pt_rng(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is None and hi is not None:
        return f"< {_num(hi, dec, True)}"
    if hi is None and lo is not None:
        return f"> {_num(lo, dec, True)}"
    return f"{_num(lo, dec, True)} - {_num(hi, dec, True)}"


def _e3(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 3
    age = {1: rng.randint(39, 47), 2: rng.randint(31, 38), 3: rng.randint(61, 68)}[variant]
    dob = _dob(rng, coll, age)
    patient = {1: "Ana Sofia Martins Rocha", 2: "Inês Carolina Vasconcelos Pinto", 3: "Joaquim Manuel Azevedo"}[variant]
    # a group: (title, rows); a row: (_R, reference text or None = from lo/hi) or ("pend", name, unit)
    groups: list[tuple[str, list]] = []
    if variant == 1:
        c = _cbc(rng, True, rng.choice(["n", "ida"]))
        hem = [(_R("789-8", "Eritrócitos", c.rbc, 2, "x10^12/L", 3.80, 4.80), None),
               (_R("718-7", "Hemoglobina", c.hb, 1, "g/dL", 12.0, 15.0), None),
               (_R("4544-3", "Hematócrito", c.hct, 1, "%", 36.0, 46.0), None),
               (_R("787-2", "VGM", c.mcv, 1, "fL", 83.0, 101.0), None),
               (_R("785-6", "HGM", c.mch, 1, "pg", 27.0, 32.0), None),
               (_R("786-4", "CHGM", c.mchc, 1, "g/dL", 31.5, 34.5), None),
               (_R("788-0", "RDW", c.rdw, 1, "%", 11.6, 14.0), None),
               (_R("6690-2", "Leucócitos", round(c.wbc, 2), 2, "x10^9/L", 4.0, 10.0), None)]
        for key, nm, pc, ac, lo, hi in (("neut", "Neutrófilos", "770-8", "751-8", 2.0, 7.0),
                                        ("lym", "Linfócitos", "736-9", "731-0", 1.0, 3.0),
                                        ("mono", "Monócitos", "5905-5", "742-7", 0.2, 1.0),
                                        ("eos", "Eosinófilos", "713-8", "711-2", 0.02, 0.5),
                                        ("baso", "Basófilos", "706-2", "704-7", 0.02, 0.1)):
            hem.append((_R(pc, nm + " %", c.pct[key], 1, "%"), "-"))
            hem.append((_R(ac, nm + " #", max(c.absolute(key), 0.03), 2, "x10^9/L", lo, hi), None))
        hem.append((_R("777-3", "Plaquetas", round(c.plt), 0, "x10^9/L", 150, 400), None))
        groups.append(("Hematologia", hem))
        cr = _draw(rng, 0.51, 0.95, 2)
        eg = _egfr2021(cr, age, True)
        bio = [(_R("2345-7", "Glicose", _draw(rng, 70, 100, 0, _pick(rng, 0.4, "h")), 0, "mg/dL", 70, 100), None),
               (_R("3091-6", "Ureia", _draw(rng, 17, 43, 0), 0, "mg/dL", 17, 43), None),
               (_R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.51, 0.95), None),
               (_R("98979-8", "TFG estimada (CKD-EPI 2021)", 90.0 if eg > 90 else float(round(eg)), 0,
                   "mL/min/1,73m2", 90, None, comp=">" if eg > 90 else None), None),
               (_R("1920-8", "AST / TGO", _draw(rng, None, 32, 0, _pick(rng, 0.3, "h"), floor=12), 0, "U/L", None, 32),
                None),
               (_R("1742-6", "ALT / TGP", _draw(rng, None, 33, 0, _pick(rng, 0.4, "h"), floor=9), 0, "U/L", None, 33),
                None),
               (_R("2324-2", "Gama-GT", _draw(rng, None, 40, 0, _pick(rng, 0.3, "h"), floor=8), 0, "U/L", None, 40),
                None),
               (_R("2951-2", "Sódio", _draw(rng, 136, 145, 0), 0, "mmol/L", 136, 145), None),
               (_R("2823-3", "Potássio", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.2)), 1, "mmol/L", 3.5, 5.1), None)]
        groups.append(("Bioquímica", bio))
    if variant == 2:
        groups.append(("Endocrinologia", [
            (_R("3016-3", "TSH", _draw(rng, 0.35, 4.94, 3, "h"), 3, "µUI/mL", 0.35, 4.94), None),
            (_R("3024-7", "T4 livre", _draw(rng, 0.70, 1.48, 2, rng.choice("nl")), 2, "ng/dL", 0.70, 1.48), None),
            (_R("8099-4", "Anticorpos anti-peroxidase (TPO)", _draw(rng, None, 5.6, 1, "h"), 1, "UI/mL", None, 5.6),
             None)]))
        tc = _draw(rng, None, 190, 0, rng.choice("nh"), floor=150)
        hdl = _draw(rng, 45, 80, 0)
        tg = _draw(rng, None, 150, 0, floor=60)
        groups.append(("Metabolismo lipídico", [
            (_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190), None),
            (_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", 45, None), None),
            (_R("13457-7", "Colesterol LDL (calculado)", round(tc - hdl - tg / 5), 0, "mg/dL", None, 115), None),
            (_R("2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150), None)]))
        groups.append(("Vitaminas e ferro", [
            (_R("62292-8", "25-Hidroxivitamina D", _draw(rng, 30, 100, 1, "l"), 1, "ng/mL", 30, 100), None),
            (_R("2276-4", "Ferritina", _draw(rng, 13, 150, 0, rng.choice("nl")), 0, "ng/mL", 13, 150), None),
            (_R("2284-8", "Ácido fólico", _draw(rng, 3.9, 26.8, 1), 1, "ng/mL", 3.9, 26.8), None),
            ("pend", "Vitamina B12", "pg/mL")]))
    if variant == 3:
        psa = _draw(rng, None, 4.0, 2, "h")
        fpsa = round(psa * rng.uniform(0.09, 0.2), 2)
        cr = _draw(rng, 0.70, 1.20, 2, rng.choice("nh"))
        eg = _egfr2021(cr, age, False)
        a1c = _draw(rng, 4.0, 6.0, 1, rng.choice("nh"))
        groups.append(("Marcadores tumorais", [
            (_R("2857-1", "PSA total", psa, 2, "ng/mL", None, 4.0), None),
            (_R("10886-0", "PSA livre", fpsa, 2, "ng/mL"), "-"),
            (_R("12841-3", "Relação PSA livre / PSA total", round(fpsa / psa * 100), 0, "%", 25, None), None)]))
        groups.append(("Bioquímica", [
            (_R("2345-7", "Glicose", _draw(rng, 70, 100, 0, "h" if a1c > 6.0 else "n"), 0, "mg/dL", 70, 100), None),
            (_R("4548-4", "Hemoglobina A1c", a1c, 1, "%", 4.0, 6.0), None),
            (_R("2160-0", "Creatinina", cr, 2, "mg/dL", 0.70, 1.20), None),
            (_R("98979-8", "TFG estimada (CKD-EPI 2021)", 90.0 if eg > 90 else float(round(eg)), 0, "mL/min/1,73m2",
                90, None, comp=">" if eg > 90 else None), None),
            (_R("3084-1", "Ácido úrico", _draw(rng, 3.4, 7.0, 1, _pick(rng, 0.4, "h")), 1, "mg/dL", 3.4, 7.0), None)]))
        groups.append(("Urina II (sumária)", [
            (_R("5811-5", "Densidade", rng.choice([1.012, 1.018, 1.022]), 3, None, 1.005, 1.030), None),
            (_R("5803-2", "pH", rng.choice([5.5, 6.0, 6.5]), 1, None, 5.0, 8.0), None),
            (_q("20454-5", "Proteínas", "Negativo", "negative"), "Negativo"),
            (_q("25428-4", "Glicose", "Negativo", "negative"), "Negativo"),
            (_q("2514-8", "Corpos cetónicos", "Negativo", "negative"), "Negativo"),
            (_q("5794-3", "Sangue", "Vestígios", "trace"), "Negativo"),
            (_q("5802-4", "Nitritos", "Negativo", "negative"), "Negativo"),
            (_q("5799-2", "Leucócitos", "Positivo (+)", "positive"), "Negativo")]))
    # ------------------------------------------------------------------------ render as a web page, 1 pt = 1 px
    W = 1366
    nrows = sum(len(r) + 3 for _, r in groups)
    H = 330 + nrows * 30
    doc = fitz.open()
    cv = _Cv(doc, W, H)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    teal: Color = (0.0, 0.48, 0.5)
    grey: Color = (0.42, 0.45, 0.5)
    cv.rect(0, 0, W, 34, c=None, fill=(0.87, 0.88, 0.9))
    cv.rect(8, 6, 260, 34, c=None, fill=(1, 1, 1), radius=0.15)
    cv.t(20, 25, "Resultados — Área Pessoal SaúdeMais", "lsans", 12)
    cv.t(244, 25, "×", "lsans", 13, grey)
    cv.t(280, 25, "+", "lsans", 15, grey)
    cv.rect(0, 34, W, 74, c=None, fill=(1, 1, 1))
    cv.t(16, 60, "←   →   ↻", "sans", 13, grey)
    cv.rect(110, 42, W - 120, 66, c=None, fill=(0.94, 0.95, 0.96), radius=0.5)
    req = f"{coll.year}/{rng.randint(100000, 999999)}"
    cv.t(130, 59, f"areapessoal.saudemais.pt/resultados/analises/{req.replace('/', '-')}", "lsans", 13)
    cv.ln(0, 74, W, 74, 1, (0.8, 0.8, 0.82))
    cv.rect(0, 75, W, 135, c=None, fill=teal)
    cv.t(32, 112, "SaúdeMais", "lsansb", 24, (1, 1, 1))
    cv.t(160, 112, "Hospitais", "lsans", 15, (1, 1, 1))
    cv.tr(W - 32, 110, f"Olá, {patient.split()[0]}   |   Sair", "lsans", 14, (1, 1, 1))
    cv.rect(0, 135, 230, H, c=None, fill=(0.96, 0.97, 0.97))
    for i, it in enumerate(("Início", "Marcações", "Resultados", "Documentos", "Faturação", "Perfil")):
        yy = 175 + i * 40
        if it == "Resultados":
            cv.rect(0, yy - 24, 230, yy + 12, c=None, fill=(0.85, 0.93, 0.93))
            cv.rect(0, yy - 24, 4, yy + 12, c=None, fill=teal)
        cv.t(32, yy, it, "lsansb" if it == "Resultados" else "lsans", 15, (0.2, 0.2, 0.2))
    x0 = 262
    cv.t(x0, 170, "Resultados  ›  Análises clínicas  ›  Requisição " + req, "lsans", 13, grey)
    cv.t(x0, 204, "Análises Clínicas", "lsansb", 22, (0.15, 0.15, 0.15))
    cv.rect(W - 250, 184, W - 40, 214, c=None, fill=teal, radius=0.2)
    cv.tc(W - 145, 204, "↓  Descarregar PDF", "sans", 13, (1, 1, 1))
    valid = coll + _dt.timedelta(days=rng.randint(1, 2))
    cv.t(x0, 232, f"Colheita: {coll:%d/%m/%Y} {rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}   ·   SaúdeMais Porto "
                  f"— Laboratório de Patologia Clínica   ·   Validado em {valid:%d/%m/%Y}", "lsans", 13, (0.25, 0.25, 0.25))
    cv.t(x0, 254, f"Utente: {patient}   ·   N.º SNS {rng.randint(100, 299)} {rng.randint(100, 999)} "
                  f"{rng.randint(100, 999)}   ·   Sexo: {'Feminino' if female else 'Masculino'}   ·   Data de "
                  f"nascimento: {dob:%d/%m/%Y}", "lsans", 13, (0.25, 0.25, 0.25))
    cols = (x0 + 18, x0 + 380, x0 + 500, x0 + 620, x0 + 800, x0 + 900)
    y = 290
    for title, rows in groups:
        cv.rect(x0, y - 20, W - 40, y + 10, c=(0.85, 0.86, 0.88), fill=(0.95, 0.96, 0.97))
        cv.t(x0 + 12, y, "▾", "sans", 15, (0.15, 0.15, 0.15))
        cv.t(x0 + 32, y, title, "lsansb", 15, (0.15, 0.15, 0.15))
        cv.tr(W - 56, y, f"{len(rows)} análises", "lsans", 13, grey)
        y += 32
        for x, hd in zip(cols, ("Análise", "Resultado", "Unidades", "Intervalo de referência", "Estado",
                                "Resultado anterior")):
            cv.t(x, y, hd, "lsansb", 12, grey)
        y += 10
        cv.ln(x0, y, W - 40, y, 1, (0.88, 0.88, 0.9))
        y += 21
        for row in rows:
            if row[0] == "pend":
                cv.t(cols[0], y, row[1], "lsans", 14, (0.15, 0.15, 0.15))
                cv.t(cols[1], y, "Em curso", "lsansi", 14, grey)
                cv.t(cols[2], y, row[2], "lsans", 13, grey)
                cv.t(cols[3], y, "—", "lsans", 13, grey)
            else:
                r, ref = row
                txt = r.word if r.value is None else (r.comp or "") + _num(r.value, r.dec, True)
                fl = r.flag
                cv.t(cols[0], y, r.name, "lsans", 14, (0.15, 0.15, 0.15))
                red = fl != "N"
                cv.t(cols[1], y, txt or "", "lsansb" if red else "lsans", 14, (0.78, 0.1, 0.1) if red else
                     (0.1, 0.1, 0.1))
                cv.t(cols[2], y, r.unit or "", "lsans", 13, (0.3, 0.3, 0.3))
                cv.t(cols[3], y, ref if ref is not None else _pt_rng(r.lo, r.hi, r.dec), "lsans", 13, (0.3, 0.3, 0.3))
                chip = {"H": "Acima", "HH": "Acima", "L": "Abaixo", "LL": "Abaixo"}.get(fl) if r.value is not None else None
                if chip:
                    col = (0.85, 0.2, 0.2) if chip == "Acima" else (0.2, 0.4, 0.8)
                    cv.rect(cols[4], y - 15, cols[4] + 64, y + 5, c=None, fill=col, radius=0.5)
                    cv.tc(cols[4] + 32, y - 1, chip, "lsansb", 12, (1, 1, 1))
                elif r.value is not None and (r.lo is not None or r.hi is not None):
                    cv.circle(cols[4] + 10, y - 5, 5, c=None, fill=(0.2, 0.65, 0.35))
                if r.value is not None and r.unit is not None and rng.random() < 0.7:
                    pv = r.value * rng.uniform(0.85, 1.15)
                    d = coll - _dt.timedelta(days=rng.randint(90, 500))
                    cv.t(cols[5], y, f"{_num(pv, r.dec, True)}  ({d:%d/%m/%Y})", "lsans", 13, grey)
                exp.append(r.exp(chip))
                printed.append(txt or "")
            y += 30
        y += 24
    cv.t(x0, y + 6, "Os resultados assinalados devem ser interpretados pelo seu médico. Em caso de dúvida contacte "
                    f"a Linha SaúdeMais 22 {rng.randint(100, 999)} {rng.randint(1000, 9999)} (dias úteis, 8h-20h).",
         "lsans", 12, grey)
    pdf = _finish(doc, "portal", "browser")
    scale = {1: 1.0, 2: 1.0, 3: 0.9}[variant]
    img = _raster(pdf, 72 * scale)
    if variant == 2:  # forwarded through a messaging app: recompressed
        img = _jpeg(img, 72)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ============================================================ E4  Angola: private clinic "Boletim de Análises"

_AO_FLAGS = {"H": "▲", "L": "▼", "HH": "▲▲", "LL": "▼▼"}


def _ao_ref(lo: float | None, hi: float | None, dec: int, sexed: tuple[str, str] | None = None,
            grp: str = "") -> str:
    if sexed:
        return f"H: {sexed[0]}  |  M: {sexed[1]}"
    if lo is None and hi is not None:
        return f"até {_num(hi, dec, True, grp)}"
    if hi is None and lo is not None:
        return f"> {_num(lo, dec, True, grp)}"
    return f"{_num(lo, dec, True, grp)} – {_num(hi, dec, True, grp)}"


def _e4(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(29, 41), 2: rng.randint(22, 31), 3: rng.randint(55, 63)}[variant]
    patient = {1: "Esperança Domingas Kiala", 2: "Adão Manuel Cassoma", 3: "Filomena Teresa Sapalo"}[variant]
    origin = {1: "Consulta Externa — Medicina Geral", 2: "Banco de Urgência — Adultos",
              3: "Consulta Externa — Endocrinologia"}[variant]
    # (section, rows); a row: (_R, ref text) or ("sub", title) or ("text", name, printed text) for non-results
    secs: list[tuple[str, list]] = []
    scen = {1: rng.choice(["n", "ida"]), 2: "malaria", 3: "n"}[variant]
    c = _cbc(rng, female, scen)
    hb_r, hct_r = ((12.0, 15.5), (36.0, 46.0)) if female else ((13.0, 17.0), (40.0, 52.0))
    hem: list = []
    per_ul = variant == 2
    u12, u9 = ("×10¹²/L", "×10⁹/L") if variant == 1 else ("x10^12/L", "x10^9/L")
    hem.append((_R("789-8", "Eritrócitos", c.rbc, 2, u12, 4.0 if female else 4.5, 5.2 if female else 5.9),
                _ao_ref(None, None, 2, ("4,50 – 5,90", "4,00 – 5,20"))))
    hem.append((_R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *hb_r), _ao_ref(None, None, 1, ("13,0 – 17,0",
                                                                                           "12,0 – 15,5"))))
    hem.append((_R("4544-3", "Hematócrito", c.hct, 1, "%", *hct_r), _ao_ref(None, None, 1, ("40,0 – 52,0",
                                                                                           "36,0 – 46,0"))))
    hem.append((_R("787-2", "VGM", c.mcv, 1, "fL", 80.0, 98.0), "80,0 – 98,0"))
    hem.append((_R("785-6", "HGM", c.mch, 1, "pg", 27.0, 33.0), "27,0 – 33,0"))
    hem.append((_R("786-4", "CHGM", c.mchc, 1, "g/dL", 31.5, 36.0), "31,5 – 36,0"))
    hem.append((_R("788-0", "RDW", c.rdw, 1, "%", 11.5, 14.5), "11,5 – 14,5"))
    if per_ul:
        wbc = round(c.wbc * 1000, -2)
        hem.append((_R("6690-2", "Leucócitos", wbc, 0, "/µL", 4000, 10000), "4 000 – 10 000"))
    else:
        hem.append((_R("6690-2", "Leucócitos", round(c.wbc, 2), 2, u9, 4.0, 10.0), "4,00 – 10,00"))
    hem.append(("sub", "Fórmula leucocitária"))
    diff = [("neut", "Neutrófilos", "770-8", "751-8", (2.0, 7.5)), ("lym", "Linfócitos", "736-9", "731-0", (1.0, 4.0)),
            ("mono", "Monócitos", "5905-5", "742-7", (0.2, 1.0)), ("eos", "Eosinófilos", "713-8", "711-2", (0.02, 0.5)),
            ("baso", "Basófilos", "706-2", "704-7", (0.0, 0.1))]
    for key, nm, pc, ac, (alo, ahi) in diff:
        pct = _R(pc, nm, c.pct[key], 1, "%")
        if per_ul:
            ab = _R(ac, nm, round(c.wbc * c.pct[key] * 10, -1), 0, "/µL", alo * 1000, ahi * 1000)
            hem.append(("pair", pct, ab, _ao_ref(alo * 1000, ahi * 1000, 0, grp=" ")))
        else:
            ab = _R(ac, nm, c.absolute(key), 2, u9, alo, ahi)
            hem.append(("pair", pct, ab, _ao_ref(alo, ahi, 2)))
    if per_ul:
        hem.append((_R("777-3", "Plaquetas", round(c.plt) * 1000, 0, "/µL", 150000, 400000),
                    "150 000 – 400 000"))
    else:
        hem.append((_R("777-3", "Plaquetas", round(c.plt), 0, u9, 150, 400), "150 – 400"))
    esr_hi = 20 if female else 15
    esr = _R("4537-7", "Velocidade de sedimentação (1.ª hora)", _draw(rng, None, esr_hi, 0, "h" if variant == 2
                                                                       else _pick(rng, 0.4, "h"), floor=3), 0,
             "mm", None, esr_hi)
    hem.append((esr, "H: até 15  |  M: até 20"))
    secs.append(("HEMATOLOGIA — HEMOGRAMA COMPLETO", hem))
    para = [("text", "Pesquisa de hematozoários (gota espessa)",
             "Positivo — Plasmodium falciparum (+++)" if variant == 2 else "Negativo")]
    if variant == 2:
        para.append(("text", "Densidade parasitária", f"{_num(rng.randint(38, 96) * 1000 + rng.randint(1, 9) * 40, 0, group=' ')} parasitas/µL"))
        para.append(("text", "Estádios observados", "trofozoítos jovens; gametócitos ausentes"))
    secs.append(("PARASITOLOGIA", para))
    bio: list = []
    glu_st = {1: _pick(rng, 0.3, "h"), 2: "n", 3: "h"}[variant]
    bio.append((_R("2345-7", "Glicemia (jejum)", _draw(rng, 70, 110, 0, glu_st), 0, "mg/dL", 70, 110), "70 – 110"))
    bio.append((_R("3091-6", "Ureia", _draw(rng, 15, 45, 0, "h" if variant == 2 else "n"), 0, "mg/dL", 15, 45),
                "15 – 45"))
    cr_r = (0.6, 1.1) if female else (0.7, 1.3)
    cr = _draw(rng, *cr_r, 2, "h" if variant == 2 else "n")
    bio.append((_R("2160-0", "Creatinina", cr, 2, "mg/dL", *cr_r), _ao_ref(None, None, 2, ("0,70 – 1,30",
                                                                                          "0,60 – 1,10"))))
    if variant != 2:
        ua_r = (2.6, 6.0) if female else (3.5, 7.2)
        bio.append((_R("3084-1", "Ácido úrico", _draw(rng, *ua_r, 1, _pick(rng, 0.3, "h")), 1, "mg/dL", *ua_r),
                    _ao_ref(None, None, 1, ("3,5 – 7,2", "2,6 – 6,0"))))
    ast_hi, alt_hi = (32, 33) if female else (40, 41)
    bio.append((_R("1920-8", "AST (TGO)", _draw(rng, 5, ast_hi, 0, "h" if variant == 2 else "n"), 0, "U/L",
                   None, ast_hi), "H: até 40  |  M: até 32"))
    bio.append((_R("1742-6", "ALT (TGP)", _draw(rng, 5, alt_hi, 0, _pick(rng, 0.3, "h")), 0, "U/L", None, alt_hi),
                "H: até 41  |  M: até 33"))
    if variant != 3:
        bio.append((_R("1975-2", "Bilirrubina total", _draw(rng, None, 1.2, 2, "h" if variant == 2 else "n",
                                                            floor=0.3), 2, "mg/dL", None, 1.2), "até 1,20"))
        bio.append((_R("1968-7", "Bilirrubina directa", _draw(rng, None, 0.3, 2, "h" if variant == 2 else "n",
                                                              floor=0.06), 2, "mg/dL", None, 0.3), "até 0,30"))
    if variant == 1:
        bio.append((_R("2324-2", "Gama GT", _draw(rng, None, 38 if female else 55, 0, floor=9), 0, "U/L", None,
                       38), "H: até 55  |  M: até 38"))
        bio.append((_R("6768-6", "Fosfatase alcalina", _draw(rng, 35, 105, 0), 0, "U/L", 35, 105), "35 – 105"))
        bio.append((_R("2885-2", "Proteínas totais", _draw(rng, 6.4, 8.3, 1), 1, "g/dL", 6.4, 8.3), "6,4 – 8,3"))
        bio.append((_R("1751-7", "Albumina", _draw(rng, 3.5, 5.2, 1), 1, "g/dL", 3.5, 5.2), "3,5 – 5,2"))
    secs.append(("BIOQUÍMICA", bio))
    if variant != 3:
        ion = [(_R("2951-2", "Natrémia", _draw(rng, 135, 145, 0, "l" if variant == 2 else "n"), 0, "mmol/L", 135,
                   145), "135 – 145"),
               (_R("2823-3", "Calémia", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3)), 1, "mmol/L", 3.5, 5.1),
                "3,5 – 5,1"),
               (_R("2075-0", "Clorémia", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107), "98 – 107")]
        secs.append(("IONOGRAMA SÉRICO", ion))
    if variant == 3:
        tc = _draw(rng, None, 190, 0, "h")
        hdl_lo = 45 if female else 40
        hdl = _draw(rng, hdl_lo, 75, 0)
        tg = _draw(rng, None, 150, 0, _pick(rng, 0.5, "h"), floor=80)
        ldl = round(tc - hdl - tg / 5)
        lip = [(_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190), "desejável < 190"),
               (_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", hdl_lo, None), "H: > 40  |  M: > 45"),
               (_R("13457-7", "Colesterol LDL (Friedewald)", ldl, 0, "mg/dL", None, 115), "desejável < 115"),
               (_R("2571-8", "Triglicerídeos", tg, 0, "mg/dL", None, 150), "desejável < 150"),
               (_R("4548-4", "Hemoglobina glicada (HbA1c)", _draw(rng, 4.0, 6.0, 1, "h"), 1, "%", 4.0, 6.0),
                "4,0 – 6,0")]
        secs.append(("PERFIL LIPÍDICO E CONTROLO GLICÉMICO", lip))
        endo = [(_R("3016-3", "TSH", _draw(rng, 0.35, 4.94, 2, _pick(rng, 0.4, "h")), 2, "µUI/mL", 0.35, 4.94),
                 "0,35 – 4,94"),
                (_R("3024-7", "T4 livre", _draw(rng, 0.70, 1.48, 2), 2, "ng/dL", 0.70, 1.48), "0,70 – 1,48"),
                (_R("2276-4", "Ferritina", _draw(rng, 13, 150, 0, _pick(rng, 0.4, "l")), 0, "ng/mL", 13, 150),
                 "H: 30 – 400  |  M: 13 – 150")]
        secs.append(("ENDOCRINOLOGIA / METABOLISMO DO FERRO", endo))
    sero: list = []
    crp_st = {1: _pick(rng, 0.5, "h"), 2: "h", 3: "n"}[variant]
    if crp_st == "n":
        sero.append((_R("1988-5", "Proteína C reactiva (PCR)", 5.0, 1, "mg/L", None, 5.0, comp="<"), "< 5,0"))
    else:
        sero.append((_R("1988-5", "Proteína C reactiva (PCR)", _draw(rng, None, 5.0, 1, "h"), 1, "mg/L", None,
                        5.0), "< 5,0"))
    if variant == 3:
        sero.append((_R("11572-5", "Factor reumatóide", 8.0, 0, "UI/mL", None, 14, comp="<"), "< 14"))
    else:
        sero.append((_q("5196-1", "AgHBs", "Negativo", "negative"), ""))
        sero.append((_q("16128-1", "Anti-VHC", "Negativo", "negative"), ""))
        sero.append((_q("56888-1", "VIH 1 e 2 (Ag p24 / Ac)", "Não reactivo", "non-reactive"), ""))
        sero.append((_q("5292-8", "VDRL", "Não reactivo", "non-reactive"), ""))
    if variant == 2:
        sero.append(("text", "Reacção de Widal", "TO 1/80  —  TH 1/40  (não significativo)"))
    secs.append(("IMUNOLOGIA / SEROLOGIA", sero))
    if variant == 3:
        uri = [(_R("5811-5", "Densidade", round(rng.choice([1.010, 1.015, 1.020, 1.025]), 3), 3, None, 1.005,
                   1.030), "1,005 – 1,030"),
               (_R("5803-2", "pH", rng.choice([5.0, 5.5, 6.0, 6.5]), 1, None, 5.0, 8.0), "5,0 – 8,0"),
               (_q("20454-5", "Proteínas", "Negativo", "negative"), "Negativo"),
               (_q("25428-4", "Glicose", "Negativo", "negative"), "Negativo"),
               (_q("2514-8", "Corpos cetónicos", "Negativo", "negative"), "Negativo"),
               (_q("5794-3", "Sangue", "Vestígios", "trace"), "Negativo"),
               (_q("5802-4", "Nitritos", "Negativo", "negative"), "Negativo"),
               (_q("5799-2", "Leucócitos (esterase)", "Negativo", "negative"), "Negativo")]
        secs.append(("URINA II — EXAME SUMÁRIO", uri))
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    cv = _Cv(doc, 595, 842)
    navy: Color = (0.05, 0.2, 0.42)
    cv.circle(62, 62, 22, c=navy, fill=(0.85, 0.9, 0.97), w=1.4)
    cv.rect(58, 48, 66, 76, c=None, fill=navy)
    cv.rect(48, 58, 76, 66, c=None, fill=navy)
    cv.t(96, 52, "CENTRO MÉDICO MIRADOURO", "sansb", 14, navy)
    cv.t(96, 66, "Laboratório de Análises Clínicas", "sans", 10, navy)
    cv.t(96, 79, f"Rua Comandante Gika, n.º 118 — Maianga, Luanda  |  Tel.: +244 923 41{rng.randint(1000, 9999)}"
                 f"  |  +244 222 33{rng.randint(1000, 9999)}", "sans", 7, (0.3, 0.3, 0.3))
    cv.t(96, 89, f"NIF 54170{rng.randint(10000, 99999)}  |  Alvará n.º 0{rng.randint(10, 99)}/MINSA/2019  |  "
                 "laboratorio@cmmiradouro.co.ao", "sans", 7, (0.3, 0.3, 0.3))
    cv.ln(40, 100, 555, 100, 1.2, navy)
    cv.tc(297, 120, "BOLETIM DE ANÁLISES CLÍNICAS", "sansb", 12)
    cv.rect(40, 128, 555, 186, c=(0.5, 0.5, 0.5), w=0.6)
    emis = coll + _dt.timedelta(days=1 if variant == 3 else 0)
    hh = f"{rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}"
    info = [("Nome", patient), ("N.º Processo", f"2025/{rng.randint(100000, 999999)}"),
            ("Idade", f"{age} anos"), ("Sexo", "Feminino" if female else "Masculino"),
            ("Médico", rng.choice(["Dr. Joaquim Tchipilica", "Dr.ª Luzia Ngola", "Dr. Osvaldo Mbinda"])),
            ("Proveniência", origin), ("Data da colheita", f"{coll:%d/%m/%Y} {hh}"),
            ("Data de emissão", f"{emis:%d/%m/%Y} {rng.randint(13, 18)}:{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x = 48 if i % 2 == 0 else 320
        y = 142 + (i // 2) * 13
        cv.t(x, y, f"{k}:", "sansb", 8)
        cv.t(x + _tw(f"{k}: ", "sansb", 8), y, v, "sans", 8)
    y = 206
    cols = (44, 250, 330, 410)

    def header_row(yy: float) -> float:
        cv.t(cols[0], yy, "Análise", "sansb", 7.5, (0.3, 0.3, 0.3))
        cv.t(cols[1], yy, "Resultado", "sansb", 7.5, (0.3, 0.3, 0.3))
        cv.t(cols[2], yy, "Unidade", "sansb", 7.5, (0.3, 0.3, 0.3))
        cv.t(cols[3], yy, "Valores de referência", "sansb", 7.5, (0.3, 0.3, 0.3))
        cv.ln(40, yy + 3, 555, yy + 3, 0.4, (0.6, 0.6, 0.6))
        return yy + 14

    def value_cell(r: _R, x: float, yy: float) -> str:
        txt = r.word if r.value is None else ((r.comp + " ") if r.comp else "") + _num(
            r.value, r.dec, True, " " if r.unit == "/µL" else "")
        bold = r.flag != "N"
        cv.t(x, yy, txt, "sansb" if bold else "sans", 8.5)
        pf = _AO_FLAGS.get(r.flag) if r.value is not None else None
        if pf:
            cv.t(x + _tw(txt + " ", "sansb", 8.5), yy, pf, "sans", 7.5, (0.75, 0.05, 0.05))
        exp.append(r.exp(pf))
        printed.append(txt)
        return txt

    def footer(pg: _Cv, i: int, n: int) -> None:
        pg.ln(40, 790, 555, 790, 0.4, (0.5, 0.5, 0.5))
        pg.t(40, 800, "▲ acima do intervalo de referência   ▼ abaixo do intervalo de referência   ▲▲ / ▼▼ valor "
                      "crítico, comunicado ao médico requisitante", "sans", 6.5)
        pg.t(40, 809, "H – Homens; M – Mulheres. Os resultados referem-se exclusivamente à amostra analisada. "
                      "Documento processado por computador.", "sans", 6.5)
        pg.tr(555, 825, f"Página {i} de {n}", "sans", 7)

    for title, rows in secs:
        need = 30 + 13 * len(rows)
        if y + need > 700:
            cv = _Cv(doc, 595, 842)
            cv.t(40, 50, f"{patient}  —  Processo n.º {info[1][1]}  —  colheita {coll:%d/%m/%Y}  (continuação)",
                 "sans", 8)
            cv.ln(40, 56, 555, 56, 0.6, navy)
            y = 80
        cv.rect(40, y - 10, 555, y + 4, c=None, fill=(0.86, 0.88, 0.92))
        cv.t(46, y, title, "sansb", 8.5, navy)
        y = header_row(y + 16)
        for row in rows:
            if row[0] == "sub":
                cv.t(cols[0], y, row[1], "sansb", 8)
                y += 13
                continue
            if row[0] == "text":
                cv.t(cols[0], y, row[1], "sans", 8.5)
                cv.t(cols[1], y, row[2], "sans", 8.5)
                y += 13
                continue
            if row[0] == "pair":
                _, pct, ab, ref = row
                cv.t(cols[0] + 10, y, pct.name, "sans", 8.5)
                t1 = value_cell(pct, cols[1] - 70, y)
                cv.t(cols[1] - 70 + _tw(t1, "sans", 8.5) + 3, y, "%", "sans", 8.5)
                value_cell(ab, cols[1], y)
                cv.t(cols[2], y, ab.unit or "", "sans", 8.5)
                cv.t(cols[3], y, ref, "sans", 8)
                y += 13
                continue
            r, ref = row
            cv.t(cols[0], y, r.name, "sans", 8.5)
            value_cell(r, cols[1], y)
            cv.t(cols[2], y, r.unit or "", "sans", 8.5)
            cv.t(cols[3], y, ref, "sans", 8)
            y += 13
        y += 12
    if variant == 2:
        y = cv.para(44, y, 505, "Nota: valor crítico de plaquetas confirmado em esfregaço e comunicado ao médico de "
                    f"serviço às {rng.randint(10, 12)}:{rng.randint(10, 59)} (ext. 2{rng.randint(100, 999)}). "
                    "Repetir hemograma e pesquisa de hematozoários dentro de 12 a 24 horas.", "sansi", 7.5) + 6
    cv.t(360, y + 24, "O Director Técnico", "sans", 8)
    cv.t(360, y + 36, "Dr. Venâncio Kapamba — Patologia Clínica", "sans", 7.5)
    cv.t(360, y + 46, f"Ordem dos Médicos de Angola n.º {rng.randint(1000, 9999)}", "sans", 7)
    for i in range(len(doc)):
        footer(_Cv(doc, 595, 842, pno=i), i + 1, len(doc))
    pdf = _finish(doc, "Boletim de análises", "LabSys AO 4.2")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ===================================================== E5  Brazil: blood-donor result letter ("carta ao doador")

_E5_SERO = [  # (code or None for a screening test not in the code table, name in the table, name in prose, method)
    ("22587-0", "Sífilis (anticorpos anti-Treponema pallidum)", "sífilis", "Quimioluminescência (CMIA)"),
    (None, "Doença de Chagas (anticorpos anti-T. cruzi)", "doença de Chagas", "Quimioluminescência (CMIA)"),
    ("56888-1", "HIV 1/2 (antígeno p24 + anticorpos)", "HIV 1/2", "Quimioluminescência (CMIA)"),
    (None, "HTLV I/II (anticorpos)", "HTLV I/II", "Quimioluminescência (CMIA)"),
    ("5196-1", "Hepatite B — HBsAg", "HBsAg", "Quimioluminescência (CMIA)"),
    ("16933-4", "Hepatite B — Anti-HBc total", "anti-HBc", "Quimioluminescência (CMIA)"),
    ("16128-1", "Hepatite C — Anti-HCV", "hepatite C (anti-HCV)", "Quimioluminescência (CMIA)"),
    (None, "NAT HIV / HCV / HBV", "NAT", "Biologia molecular (PCR)"),
]


def _e5(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    donor = {1: "Luciana Aparecida Moreira Bastos", 2: "Rodrigo Henrique Fagundes", 3: "Patrícia Helena Couto"}[variant]
    abo = rng.choice(["O", "O", "A", "A", "B", "AB"])
    rh_pos = rng.random() < 0.8
    bag = f"2025.{rng.randint(10000, 99999)}.{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"
    exp: list[ExpectedResult] = []
    printed: list[str] = []

    def add(r: _R, shown: str) -> None:
        exp.append(r.exp(None))
        printed.append(shown)

    doc = fitz.open()
    cv = _Cv(doc, 595, 842)
    red: Color = (0.72, 0.06, 0.1)
    cv.circle(70, 66, 16, c=None, fill=red)
    cv.rect(66, 56, 74, 76, c=None, fill=(1, 1, 1))
    cv.rect(60, 62, 80, 70, c=None, fill=(1, 1, 1))
    cv.t(96, 58, "FUNDAÇÃO HEMOVALE", "serifb", 13, red)
    cv.t(96, 71, "Hemocentro Regional de Ipatinga — Unidade de Coleta e Transfusão", "serif", 9)
    cv.t(96, 82, f"Av. Pedro Linhares Gomes, {rng.randint(1000, 5999)} — Bairro Cidade Nobre — CEP 35162-{rng.randint(100, 999)}"
                 f" — Ipatinga/MG — (31) 3822-{rng.randint(1000, 9999)} — 0800 031 {rng.randint(1000, 9999)}",
         "serif", 6.8, (0.35, 0.35, 0.35))
    cv.ln(40, 94, 555, 94, 1.0, red)
    cv.t(40, 116, f"Ipatinga, {coll + _dt.timedelta(days=rng.randint(9, 16)):%d/%m/%Y}", "serif", 9.5)
    cv.tr(555, 116, f"Carta n.º {rng.randint(1000, 9999)}/2025 — SGQ/HMV", "serif", 8.5)
    cv.t(40, 140, f"Prezad{'a' if female else 'o'} doador{'a' if female else ''}:", "serifb", 10)
    cv.t(40, 154, f"{donor} — Sexo: {'Feminino' if female else 'Masculino'} — Registro de doador n.º "
                  f"{rng.randint(100000, 999999)}", "serif", 9.5)
    intro = (f"Agradecemos sua doação de sangue realizada em {coll:%d/%m/%Y} (bolsa n.º {bag}). Cada doação pode "
             "beneficiar até 4 pacientes. Conforme a Portaria de Consolidação n.º 5/2017 do Ministério da Saúde, todo "
             "sangue doado é submetido aos exames abaixo; os resultados são confidenciais e destinados somente a você.")
    y = cv.para(40, 176, 515, intro, "serif", 9.5, 1.4) + 8
    hb_lo = 12.5 if female else 13.0
    hb = _R("718-7", "Hemoglobina (punção digital)", _draw(rng, hb_lo, 16.5 if female else 17.5, 1), 1, "g/dL",
            hb_lo, None)
    if variant in (1, 3):
        # ------------------------------------------------------------------ tabular letter
        def table(title: str, head: tuple[str, str, str], rows: list[tuple[str, str, str]], yy: float) -> float:
            cv.rect(40, yy - 11, 555, yy + 4, c=None, fill=(0.96, 0.88, 0.88))
            cv.t(46, yy, title, "serifb", 9, red)
            yy += 17
            for i, h in enumerate(head):
                cv.t((46, 272, 432)[i], yy, h, "serifb", 7.5, (0.3, 0.3, 0.3))
            yy += 4
            cv.ln(40, yy, 555, yy, 0.4, (0.6, 0.6, 0.6))
            yy += 12
            for a, b, c_ in rows:
                cv.t(46, yy, a, "serif", 8.5)
                cv.t(272, yy, b, "serif", 8)
                cv.t(432, yy, c_, "serifb", 8.5)
                yy += 12.5
            return yy + 10

        vit = [("Pressão arterial", f"{rng.randint(108, 132)} x {rng.randint(66, 84)} mmHg"),
               ("Pulso", f"{rng.randint(62, 88)} bpm"), ("Peso", f"{rng.randint(56, 92)} kg"),
               ("Temperatura axilar", f"{_num(rng.uniform(35.9, 36.8), 1, True)} °C")]
        hb_txt = _num(hb.value, 1, True)
        rows = [(hb.name, f"mínimo p/ doação: {'≥ 12,5' if female else '≥ 13,0'} g/dL", f"{hb_txt} g/dL")]
        rows += [(k, "—", v) for k, v in vit]
        y = table("1. TRIAGEM CLÍNICA E HEMATOLÓGICA (antes da doação)", ("Parâmetro", "Referência", "Resultado"),
                  rows, y)
        add(hb, hb_txt)
        abo_r = _q("883-9", "Grupo sanguíneo (ABO)", abo, abo.lower())
        rh_r = _q("10331-7", "Fator Rh (antígeno D)", "Positivo" if rh_pos else "Negativo",
                  "positive" if rh_pos else "negative")
        pai = _q("890-4", "Pesquisa de anticorpos irregulares (PAI)", "Negativa", "negative")
        y = table("2. IMUNO-HEMATOLOGIA", ("Exame", "Metodologia", "Resultado"),
                  [(abo_r.name, "Hemaglutinação em gel", abo), (rh_r.name, "Hemaglutinação em gel", rh_r.word or ""),
                   (pai.name, "Gel-teste (Coombs indireto)", "Negativa")], y)
        for r in (abo_r, rh_r, pai):
            add(r, r.word or "")
        srows = []
        for code, nm, _, meth in _E5_SERO:
            word = "Não detectado" if nm.startswith("NAT") else "Não reagente"
            srows.append((nm, meth, word))
            if code:
                add(_q(code, nm, word, "non-reactive"), word)
        y = table("3. SOROLOGIA E BIOLOGIA MOLECULAR (triagem de doenças transmissíveis)",
                  ("Exame", "Metodologia", "Resultado"), srows, y)
        if variant == 3:
            c = _cbc(rng, True, "n")
            ferr = _R("2276-4", "Ferritina", _draw(rng, 15, 150, 1, "l"), 1, "ng/mL", 15, 150)
            hrows = [_R("789-8", "Hemácias", c.rbc, 2, "milhões/mm³", 4.0, 5.4),
                     _R("718-7", "Hemoglobina", c.hb, 1, "g/dL", 12.0, 16.0),
                     _R("4544-3", "Hematócrito", c.hct, 1, "%", 36.0, 48.0),
                     _R("787-2", "VCM", c.mcv, 1, "fL", 80.0, 100.0),
                     _R("785-6", "HCM", c.mch, 1, "pg", 26.0, 34.0),
                     _R("786-4", "CHCM", c.mchc, 1, "g/dL", 31.0, 36.0),
                     _R("6690-2", "Leucócitos", round(c.wbc * 1000, -1), 0, "/mm³", 4000, 11000),
                     _R("777-3", "Plaquetas", round(c.plt) * 1000, 0, "/mm³", 150000, 450000), ferr]
            trow = []
            for r in hrows:
                txt = _num(r.value, r.dec, True, ".")
                rtxt = f"{_num(r.lo, r.dec, True, '.')} a {_num(r.hi, r.dec, True, '.')} {r.unit}"
                trow.append((r.name, rtxt, f"{txt} {r.unit}"))
                add(r, txt)
            y = table("4. EXAMES COMPLEMENTARES (doadora de repetição)", ("Exame", "Valores de referência",
                                                                           "Resultado"), trow, y)
            y = cv.para(40, y, 515, "Sua ferritina (reserva de ferro) está abaixo do valor de referência. Recomendamos "
                        "avaliação com seu médico e intervalo mínimo de 180 dias até a próxima doação (o habitual para "
                        "mulheres é de 90 dias, no máximo 3 doações por ano).", "serif", 9.5, 1.4) + 6
        else:
            y = cv.para(40, y, 515, "Todos os exames de triagem foram não reagentes e sua doação foi liberada para uso. "
                        "Lembre-se: homens podem doar a cada 60 dias (até 4 vezes por ano) e mulheres a cada 90 dias "
                        "(até 3 vezes por ano), entre 16 e 69 anos e com peso acima de 50 kg.", "serif", 9.5, 1.4) + 6
    else:
        # ------------------------------------------------------------------ prose letter, one altered result
        hb_txt = _num(hb.value, 1, True)
        t1 = (f"Na triagem antes da doação, sua hemoglobina (punção digital) foi de {hb_txt} g/dL (mínimo exigido "
              f"para homens: 13,0 g/dL) e sua pressão arterial de {rng.randint(112, 134)} x {rng.randint(70, 86)} "
              f"mmHg. Seu grupo sanguíneo é {abo} e o fator Rh é {'positivo' if rh_pos else 'negativo'}; a pesquisa "
              "de anticorpos irregulares foi negativa.")
        y = cv.para(40, y, 515, t1, "serif", 9.5, 1.4) + 6
        hb = _R("718-7", "hemoglobina (punção digital)", hb.value, 1, "g/dL", 13.0, None)
        add(hb, hb_txt)
        add(_q("883-9", "grupo sanguíneo", abo, abo.lower()), abo)
        add(_q("10331-7", "fator Rh", "positivo" if rh_pos else "negativo", "positive" if rh_pos else "negative"),
            "positivo" if rh_pos else "negativo")
        add(_q("890-4", "pesquisa de anticorpos irregulares", "negativa", "negative"), "negativa")
        t2 = ("Os exames para HIV 1/2, sífilis, doença de Chagas, HTLV I/II, HBsAg e hepatite C (anti-HCV) tiveram "
              "resultado NÃO REAGENTE, e o teste molecular (NAT) para HIV, HCV e HBV foi NÃO DETECTADO.")
        y = cv.para(40, y, 515, t2, "serif", 9.5, 1.4) + 6
        for code, _, prose, _ in _E5_SERO:
            if code and code != "16933-4":
                add(_q(code, prose, "NÃO REAGENTE", "non-reactive"), "NÃO REAGENTE")
        t3 = ("Entretanto, o exame abaixo apresentou resultado que impede o uso do sangue doado. Isso NÃO significa "
              "que você tenha a doença: resultados reagentes na triagem podem ocorrer por diversos motivos e precisam "
              "ser confirmados em nova amostra.")
        y = cv.para(40, y, 515, t3, "serif", 9.5, 1.4) + 10
        cv.rect(40, y - 12, 555, y + 24, c=red, fill=(0.99, 0.95, 0.95), w=0.8)
        cv.t(50, y, "Exame", "serifb", 8, (0.3, 0.3, 0.3))
        cv.t(230, y, "Metodologia", "serifb", 8, (0.3, 0.3, 0.3))
        cv.t(385, y, "Resultado", "serifb", 8, (0.3, 0.3, 0.3))
        idx = _num(rng.uniform(2.1, 6.8), 2, True)
        cv.t(50, y + 15, "Hepatite B — Anti-HBc total", "serif", 9.5)
        cv.t(230, y + 15, "Quimioluminescência (CMIA)", "serif", 9)
        cv.t(385, y + 15, f"REAGENTE  (índice {idx} S/CO)", "serifb", 9)
        add(_q("16933-4", "Hepatite B — Anti-HBc total", "REAGENTE", "reactive"), "REAGENTE")
        y += 48
        t4 = ("Pedimos que compareça ao Ambulatório de Retorno de Doadores, de segunda a sexta-feira, das 7h às 12h, "
              f"em até 30 dias, para coleta de nova amostra e orientação. Agende pelo telefone (31) 3822-"
              f"{rng.randint(1000, 9999)}, ramal {rng.randint(200, 299)}. Traga este documento e um documento com "
              "foto. Até a conclusão da investigação, não realize novas doações.")
        y = cv.para(40, y, 515, t4, "serif", 9.5, 1.4) + 6
    if y > 690:
        cv = _Cv(doc, 595, 842)
        y = 60
    cv.t(40, y + 20, "Atenciosamente,", "serif", 9.5)
    cv.t(40, y + 56, "Dra. Marina Queiroz Diniz", "serifb", 9.5)
    cv.t(40, y + 68, f"Responsável Técnica — Hemoterapia — CRM-MG {rng.randint(20000, 69999)}", "serif", 8.5)
    vcode = "-".join(f"{rng.randint(0x1000, 0xFFFF):04X}" for _ in range(3))
    for i in range(len(doc)):
        _e5_footer(_Cv(doc, 595, 842, pno=i), vcode, red, i + 1, len(doc))
    pdf = _finish(doc, "Carta ao doador", "SGH Hemovale")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


def _e5_footer(cv: _Cv, vcode: str, red: Color, page: int, pages: int) -> None:
    cv.ln(40, 790, 555, 790, 0.5, red)
    cv.tr(555, 811, f"{page}/{pages}", "serif", 7, (0.35, 0.35, 0.35))
    cv.t(40, 801, f"Documento emitido eletronicamente. Código de verificação: {vcode} — valide em "
                  "www.hemovale.org.br/validar", "serif", 7, (0.35, 0.35, 0.35))
    cv.t(40, 811, "Sangue: doe, porque a vida não tem substituto. Disque-Doador 0800 031 0003.", "serif", 7,
         (0.35, 0.35, 0.35))


# ================================================ E6  Timor-Leste: bilingual (pt / en) district hospital, A5 pages


def _e6(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 3
    age = {1: rng.randint(19, 27), 2: rng.randint(24, 33), 3: rng.randint(48, 58)}[variant]
    patient = {1: "Maria Imaculada da Costa Soares", 2: "Filomena dos Reis Guterres",
               3: "Jacinto Fernandes Belo"}[variant]
    ward = {1: "Urgénsia / Urgência", 2: "Konsulta Pré-Natal / Consulta Pré-Natal",
            3: "Konsulta Externa / Consulta Externa"}[variant]
    # a row: (_R, reference text) or ("head", title) or ("txt", name, printed result, reference text)
    rows: list = []
    if variant in (1, 2):
        c = _cbc(rng, True, "dengue" if variant == 1 else rng.choice(["n", "ida"]))
        rows.append(("head", "HEMATOLOGIA / HAEMATOLOGY"))
        if variant == 2:
            rows.append((_R("718-7", "Hemoglobina (Haemoglobin)", c.hb, 1, "g/dL", 11.0, None),
                         "Grávida / Pregnant: ≥ 11.0; Não grávida: 12.0 – 15.5"))
        else:
            rows.append((_R("718-7", "Hemoglobina (Haemoglobin)", c.hb, 1, "g/dL", 12.0, 15.5), "12.0 – 15.5"))
        rows.append((_R("4544-3", "Hematócrito (Haematocrit)", c.hct, 1, "%", 36.0, 46.0), "36.0 – 46.0"))
        rows.append((_R("789-8", "Eritrócitos (Red cells)", c.rbc, 2, "10⁶/µL", 4.00, 5.20), "4.00 – 5.20"))
        rows.append((_R("787-2", "VGM (MCV)", c.mcv, 1, "fL", 80.0, 100.0), "80.0 – 100.0"))
        rows.append((_R("785-6", "HGM (MCH)", c.mch, 1, "pg", 27.0, 33.0), "27.0 – 33.0"))
        rows.append((_R("786-4", "CHGM (MCHC)", c.mchc, 1, "g/dL", 32.0, 36.0), "32.0 – 36.0"))
        rows.append((_R("6690-2", "Leucócitos (White cells)", round(c.wbc, 1), 1, "10³/µL", 4.0, 10.0),
                     "4.0 – 10.0"))
        for key, nm, code, lo, hi in (("neut", "Neutrófilos (Neutrophils)", "770-8", 40, 75),
                                      ("lym", "Linfócitos (Lymphocytes)", "736-9", 20, 45),
                                      ("mono", "Monócitos (Monocytes)", "5905-5", 2, 10),
                                      ("eos", "Eosinófilos (Eosinophils)", "713-8", 1, 6),
                                      ("baso", "Basófilos (Basophils)", "706-2", 0, 2)):
            pct = max(round(c.pct[key]), 2) if key == "eos" else round(c.pct[key])
            pct += 1 if pct in (lo, hi) and key != "baso" else 0
            rows.append((_R(code, nm, pct, 0, "%", lo, hi), f"{lo} – {hi}"))
        rows.append((_R("777-3", "Plaquetas (Platelets)", round(c.plt), 0, "10³/µL", 150, 450), "150 – 450"))
        rows.append(("head", "SEROLOJIA / SEROLOGIA / SEROLOGY"))
        rows.append(("txt", "Malária TDR (Pf/Pv) (Malaria RDT)", "Negativu / Negativo", "Negativo"))
    if variant == 1:
        rows.append(("txt", "Dengue NS1 Ag", "Pozitivu / Positivo", "Negativo"))
        rows.append(("txt", "Dengue IgM / IgG", "Negativo / Negativo", "Negativo"))
        rows.append(("head", "BIOKÍMIKA / BIOQUÍMICA / BIOCHEMISTRY"))
        rows.append((_R("1920-8", "AST / TGO", _draw(rng, 5, 35, 0, "h"), 0, "U/L", None, 35), "< 35"))
        rows.append((_R("1742-6", "ALT / TGP", _draw(rng, 5, 35, 0, rng.choice("nh")), 0, "U/L", None, 35), "< 35"))
        rows.append((_R("1751-7", "Albumina (Albumin)", _draw(rng, 3.5, 5.0, 1, rng.choice("nl")), 1, "g/dL", 3.5,
                        5.0), "3.5 – 5.0"))
    if variant == 2:
        abo = rng.choice(["O", "A", "B", "O"])
        rows.append((_q("883-9", "Grupo sanguíneo (Blood group)", abo, abo.lower()), ""))
        rows.append((_q("10331-7", "Rhesus (D)", "Pozitivu / Positivo", "positive"), ""))
        rows.append((_q("5196-1", "AgHBs (HBsAg)", "Negativu / Negativo", "negative"), "Negativo"))
        rows.append((_q("56888-1", "VIH teste rápido (HIV rapid test)", "La reativu / Não reativo", "non-reactive"),
                     "Não reativo"))
        rows.append((_q("20507-0", "Sífilis RPR (Syphilis RPR)", "La reativu / Não reativo", "non-reactive"),
                     "Não reativo"))
        rows.append(("head", "URINA / URINE (tira / dipstick)"))
        rows.append((_q("20454-5", "Proteína (Protein)", "Negativu / Negativo", "negative"), "Negativo"))
        rows.append((_q("25428-4", "Glicose (Glucose)", "Negativu / Negativo", "negative"), "Negativo"))
        rows.append((_q("5799-2", "Leucócitos (Leucocytes)", "+", "positive"), "Negativo"))
        rows.append((_q("5802-4", "Nitritos (Nitrite)", "Negativu / Negativo", "negative"), "Negativo"))
        rows.append(("head", "BIOKÍMIKA / BIOQUÍMICA / BIOCHEMISTRY"))
        rows.append((_R("2345-7", "Glicose ao acaso (Random glucose)", _draw(rng, 70, 140, 0), 0, "mg/dL", 70, 140),
                     "70 – 140"))
    if variant == 3:
        rows.append(("head", "BIOKÍMIKA / BIOQUÍMICA / BIOCHEMISTRY"))
        rows.append((_R("2345-7", "Glicose em jejum (Fasting glucose)", round(rng.uniform(562, 640)), 0, "mg/dL",
                        70, 110), "70 – 110"))
        rows.append((_R("4548-4", "HbA1c", round(rng.uniform(11.2, 13.4), 1), 1, "%", 4.0, 6.0), "4.0 – 6.0"))
        rows.append((_R("3091-6", "Ureia (Urea)", _draw(rng, 15, 45, 0, rng.choice("nh")), 0, "mg/dL", 15, 45),
                     "15 – 45"))
        cr = _draw(rng, 0.7, 1.3, 2, rng.choice("nh"))
        rows.append((_R("2160-0", "Creatinina (Creatinine)", cr, 2, "mg/dL", 0.7, 1.3), "0.70 – 1.30"))
        rows.append((_R("3084-1", "Ácido úrico (Uric acid)", _draw(rng, 3.5, 7.2, 1, _pick(rng, 0.4, "h")), 1,
                        "mg/dL", 3.5, 7.2), "3.5 – 7.2"))
        tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=150)
        hdl = _draw(rng, 40, 60, 0, rng.choice("nl"))
        tg = _draw(rng, None, 150, 0, "h")
        rows.append((_R("2093-3", "Colesterol total (Total cholesterol)", tc, 0, "mg/dL", None, 200), "< 200"))
        rows.append((_R("2085-9", "Colesterol HDL (HDL cholesterol)", hdl, 0, "mg/dL", 40, None), "> 40"))
        rows.append((_R("2571-8", "Triglicéridos (Triglycerides)", tg, 0, "mg/dL", None, 150), "< 150"))
        rows.append((_R("13457-7", "Colesterol LDL (LDL, calculated)", round(tc - hdl - tg / 5), 0, "mg/dL", None,
                        130), "< 130"))
        rows.append((_R("1742-6", "ALT / TGP", _draw(rng, 5, 45, 0), 0, "U/L", None, 45), "< 45"))
        rows.append((_R("1920-8", "AST / TGO", _draw(rng, 5, 35, 0), 0, "U/L", None, 35), "< 35"))
        rows.append((_R("2885-2", "Proteína total (Total protein)", _draw(rng, 6.4, 8.3, 1), 1, "g/dL", 6.4, 8.3),
                     "6.4 – 8.3"))
        rows.append(("head", "URINA / URINE (tira / dipstick)"))
        rows.append((_q("25428-4", "Glicose (Glucose)", "+++", "positive"), "Negativo"))
        rows.append((_q("2514-8", "Ketonas (Ketones)", "Traço / Trace", "trace"), "Negativo"))
        rows.append((_q("20454-5", "Proteína (Protein)", "Negativu / Negativo", "negative"), "Negativo"))
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    W, H = 420, 595
    green: Color = (0.0, 0.35, 0.25)
    lab_no = f"LAB-{coll:%y}-{rng.randint(10000, 99999)}"

    def new_page(first: bool) -> tuple[_Cv, float]:
        cv = _Cv(doc, W, H)
        cv.t(28, 30, "REPÚBLIKA DEMOKRÁTIKA TIMOR-LESTE — MINISTÉRIU SAÚDE", "condb", 7, green)
        cv.t(28, 41, "HOSPITAL REFERÁL SÃO JOZÉ — SAME, MANUFAHI", "condb", 9.5)
        cv.t(28, 51, f"Laboratóriu / Laboratório  ·  Tel. +670 77{rng.randint(100000, 999999)}  ·  {lab_no}", "cond",
             6.8, (0.3, 0.3, 0.3))
        cv.ln(28, 57, W - 28, 57, 1.0, green)
        if not first:
            cv.t(28, 70, f"{patient} — {lab_no} (kontinua / continuação)", "cond", 7)
            return cv, 90
        cv.tc(W / 2, 72, "REZULTADU EZAME LABORATÓRIU", "condb", 9.5)
        cv.tc(W / 2, 83, "RESULTADO DE ANÁLISES LABORATORIAIS / LABORATORY RESULTS", "cond", 7.5)
        info = [("Naran / Nome", patient), ("Idade", f"{age} tinan / anos"),
                ("Sexu / Sexo", "Feto / Feminino" if female else "Mane / Masculino"),
                ("Servisu / Serviço", ward),
                ("Data koleta / colheita", f"{coll:%d-%m-%Y} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}"),
                ("Médiku / Médico", rng.choice(["Dr. Nelson Sarmento", "Dra. Aurora Ximenes", "Dr. Rui Pereira"]))]
        if variant == 2:
            info.append(("Idade gestasionál / gestacional", f"{rng.randint(22, 30)} semana / semanas"))
        yy = 98
        for k, v in info:
            cv.t(32, yy, k + ":", "cond", 7.2, (0.3, 0.3, 0.3))
            cv.t(150, yy, v, "condb", 7.5)
            yy += 10
        return cv, yy + 8

    cv, y = new_page(True)
    cols = (30, 200, 262, 300)

    def col_heads(yy: float) -> float:
        for x, a, b in zip(cols, ("Ezame / Exame", "Rezultadu", "Unidade", "Valor normal"),
                           ("Test", "Resultado / Result", "Unit", "Valor de referência / Normal range")):
            cv.t(x, yy, a, "condb", 6.8)
            cv.t(x, yy + 8, b, "cond", 6.2, (0.35, 0.35, 0.35))
        cv.ln(28, yy + 11, W - 28, yy + 11, 0.5)
        return yy + 22

    y = col_heads(y)
    for row in rows:
        if y > H - (110 if row[0] == "head" else 90):
            cv, y = new_page(False)
            y = col_heads(y)
        if row[0] == "head":
            cv.rect(28, y - 8, W - 28, y + 3, c=None, fill=(0.88, 0.94, 0.9))
            cv.t(31, y, row[1], "condb", 7, green)
            y += 13
            continue
        if row[0] == "txt":
            cv.t(cols[0], y, row[1], "cond", 7.5)
            cv.t(cols[1], y, row[2], "cond", 7.5)
            cv.t(cols[3], y, row[3], "cond", 7)
            y += 11
            continue
        r, ref = row
        fl = r.flag
        mark = "**" if fl in ("LL", "HH") else ("*" if fl != "N" else "")
        txt = r.word if r.value is None else _num(r.value, r.dec)
        cv.t(cols[0], y, r.name, "cond", 7.5)
        cv.t(cols[1], y, (mark + txt) if mark else txt, "condb" if mark else "cond", 7.5)
        cv.t(cols[2], y, r.unit or "", "cond", 7.5)
        if _tw(ref, "cond", 7) > W - 28 - cols[3]:
            cv.t(cols[3], y, ref.split(";")[0] + ";", "cond", 6.5)
            y += 8
            cv.t(cols[3], y, ref.split(";")[1].strip(), "cond", 6.5)
        else:
            cv.t(cols[3], y, ref, "cond", 7)
        exp.append(r.exp(mark or None))
        printed.append(txt)
        y += 11
    y += 6
    notes = ["(*) La iha valor normál / Fora do valor de referência / Outside the normal range.",
             "(**) Valór krítiku / Valor crítico / Critical value — informa ba médiku / comunicado ao médico."]
    if variant == 1:
        notes.append(f"Hematócrito sira seluk / anteriores: {_num(c.hct - rng.uniform(2, 4), 1)} % "
                     f"({(coll - _dt.timedelta(days=1)):%d-%m}); monitoriza kada 12 oras / a cada 12 horas.")
    if variant == 3:
        notes.append("Glicose repetida / repeated: resultado konfirmadu / confirmado. Glucómetro capilar: 'HI' "
                     f"(> 600 mg/dL) iha / às {rng.randint(8, 10)}:{rng.randint(10, 59)}.")
    for n_ in notes:
        y = cv.para(30, y, W - 60, n_, "cond", 6.5, 1.3) + 1
    cv.t(30, H - 52, "Tékniku / Técnico: ____________________", "cond", 7)
    cv.t(230, H - 52, "Verifika / Verificado: ________________", "cond", 7)
    for i in range(len(doc)):
        pg = _Cv(doc, W, H, pno=i)
        pg.ln(28, H - 36, W - 28, H - 36, 0.4, green)
        pg.t(28, H - 26, f"Imprime / Impresso: {coll + _dt.timedelta(days=1):%d-%m-%Y} 08:0{i}  ·  Formuláriu LAB-F-07"
                         " rev.3", "cond", 6, (0.4, 0.4, 0.4))
        pg.tr(W - 28, H - 26, f"Pájina / Página {i + 1}/{len(doc)}", "cond", 6, (0.4, 0.4, 0.4))
    pdf = _finish(doc, "Rezultadu laboratóriu", "SIS-Lab TL")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ============================= E7  Ghana: carbonless (NCR) copy of a pre-printed request / report form, scanned


def _e7(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(24, 33), 2: rng.randint(61, 72), 3: rng.randint(26, 29)}[variant]
    patient = {1: "Akosua Mawusi AGBEMAVOR", 2: "Kwame Edem TSIKATA", 3: "Esi Dzifa AMEGASHIE"}[variant]
    chem_form = variant == 2
    # pre-printed rows of the form: (key, label, unit, reference text printed on the form)
    if chem_form:
        form_rows = [("urea", "Urea", "mmol/L", "2.5 – 7.1"), ("cr", "Creatinine", "µmol/L", "M 62–106 / F 44–80"),
                     ("na", "Sodium", "mmol/L", "135 – 145"), ("k", "Potassium", "mmol/L", "3.5 – 5.1"),
                     ("cl", "Chloride", "mmol/L", "98 – 107"), ("fbs", "Glucose (fasting)", "mmol/L", "3.9 – 6.1"),
                     ("rbs", "Glucose (random)", "mmol/L", "3.9 – 7.8"), ("tbil", "T. Bilirubin", "µmol/L", "3 – 21"),
                     ("dbil", "D. Bilirubin", "µmol/L", "0 – 5"), ("alt", "ALT (SGPT)", "U/L", "0 – 40"),
                     ("ast", "AST (SGOT)", "U/L", "0 – 40"), ("alp", "ALP", "U/L", "40 – 130"),
                     ("ggt", "GGT", "U/L", "M 10–71 / F 6–42"), ("tp", "T. Protein", "g/L", "64 – 83"),
                     ("alb", "Albumin", "g/L", "35 – 52"), ("ua", "Uric acid", "µmol/L", "M 200–420 / F 140–340"),
                     ("tc", "T. Cholesterol", "mmol/L", "< 5.2"), ("tg", "Triglycerides", "mmol/L", "< 1.7"),
                     ("hdl", "HDL-Cholesterol", "mmol/L", "> 1.0"), ("ldl", "LDL-Cholesterol", "mmol/L", "< 3.4")]
    else:
        form_rows = [("hb", "Haemoglobin", "g/dl", "M 13.0–17.0 / F 11.5–15.5"), ("pcv", "PCV", "%", "M 40–52 / F 36–46"),
                     ("wbc", "WBC", "x10^9/L", "4.0 – 11.0"), ("neut", "Neutrophils", "%", "40 – 75"),
                     ("lym", "Lymphocytes", "%", "20 – 45"), ("mono", "Monocytes", "%", "2 – 10"),
                     ("eos", "Eosinophils", "%", "1 – 6"), ("baso", "Basophils", "%", "0 – 1"),
                     ("plt", "Platelets", "x10^9/L", "150 – 450"), ("mcv", "MCV", "fl", "80 – 100"),
                     ("mch", "MCH", "pg", "27 – 32"), ("mchc", "MCHC", "g/dl", "32 – 36"),
                     ("esr", "ESR (Westergren)", "mm/hr", "M 0–10 / F 0–20"), ("sickle", "Sickling test", "", ""),
                     ("g6pd", "G6PD screen", "", ""), ("mps", "Blood film for MPs", "", ""),
                     ("group", "Blood group (ABO / Rh D)", "", "")]
    vals: dict[str, str] = {}  # typed entries
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    marked = variant == 3

    def put(key: str, r: _R) -> None:
        txt = _num(r.value, r.dec)
        pf = {"H": "(H)", "L": "(L)", "HH": "(H)", "LL": "(L)"}.get(r.flag) if marked else None
        vals[key] = txt + (f" {pf}" if pf else "")
        exp.append(r.exp(pf))
        printed.append(txt)

    if not chem_form:
        c = _cbc(rng, female, "n" if variant == 1 else "ida")
        hb_r = (11.5, 15.5) if female else (13.0, 17.0)
        put("hb", _R("718-7", "Haemoglobin", c.hb, 1, "g/dl", *hb_r))
        put("pcv", _R("4544-3", "PCV", round(c.hct), 0, "%", 36 if female else 40, 46 if female else 52))
        put("wbc", _R("6690-2", "WBC", round(c.wbc, 1), 1, "x10^9/L", 4.0, 11.0))
        for key, nm, code, lo, hi in (("neut", "Neutrophils", "770-8", 40, 75), ("lym", "Lymphocytes", "736-9", 20, 45),
                                      ("mono", "Monocytes", "5905-5", 2, 10), ("eos", "Eosinophils", "713-8", 1, 6)):
            v = round(c.pct[key])
            v += 1 if v in (lo, hi) else 0
            put(key, _R(code, nm, v, 0, "%", lo, hi))
        vals["baso"] = "0"
        exp.append(_R("706-2", "Basophils", 0, 0, "%", 0, 1).exp(None))
        printed.append("0")
        put("plt", _R("777-3", "Platelets", round(c.plt), 0, "x10^9/L", 150, 450))
        if variant == 3:
            put("mcv", _R("787-2", "MCV", round(c.mcv), 0, "fl", 80, 100))
            put("mch", _R("785-6", "MCH", round(c.mch), 0, "pg", 27, 32))
            put("mchc", _R("786-4", "MCHC", round(c.mchc), 0, "g/dl", 32, 36))
            abo = rng.choice(["O", "A", "B"])
            vals["group"] = f"{abo}  Rh 'D' Positive"
            exp.append(_q("883-9", "Blood group (ABO / Rh D)", abo, abo.lower()).exp(None))
            printed.append(abo)
            exp.append(_q("10331-7", "Blood group (ABO / Rh D)", "Positive", "positive").exp(None))
            printed.append("Positive")
            vals["g6pd"] = "No defect"
        put("esr", _R("4537-7", "ESR (Westergren)", _draw(rng, 0, 20, 0, _pick(rng, 0.5, "h")), 0, "mm/hr", 0, 20))
        vals["sickle"] = "Negative"
        vals["mps"] = "No MPs seen" if variant == 3 else "MPs seen (+)"
    else:
        k = round(rng.uniform(7.2, 7.7), 1)
        cr = _draw(rng, 62, 106, 0, "h")
        put("urea", _R("22664-7", "Urea", _draw(rng, 2.5, 7.1, 1, "h"), 1, "mmol/L", 2.5, 7.1))
        put("cr", _R("14682-9", "Creatinine", cr, 0, "µmol/L", 62, 106))
        put("na", _R("2951-2", "Sodium", _draw(rng, 135, 145, 0, rng.choice("nl")), 0, "mmol/L", 135, 145))
        put("k", _R("2823-3", "Potassium", k, 1, "mmol/L", 3.5, 5.1))
        put("cl", _R("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107))
        put("rbs", _R("14749-6", "Glucose (random)", _draw(rng, 3.9, 7.8, 1, rng.choice("nh")), 1, "mmol/L", 3.9,
                      7.8))
        put("ua", _R("14933-6", "Uric acid", _draw(rng, 200, 420, 0, "h"), 0, "µmol/L", 200, 420))
        put("tp", _R("2885-2", "T. Protein", _draw(rng, 64, 83, 0), 0, "g/L", 64, 83))
        put("alb", _R("1751-7", "Albumin", _draw(rng, 35, 52, 0, rng.choice("nl")), 0, "g/L", 35, 52))
    # ------------------------------------------------------------------------------------ pre-printed form
    W, H = 420, 595  # A5
    blue: Color = (0.1, 0.15, 0.55)
    doc = fitz.open()
    cv = _Cv(doc, W, H)
    cv.tc(W / 2, 26, "GHANA HEALTH SERVICE", "lsansb", 9, blue)
    cv.tc(W / 2, 38, "ANLOGA MUNICIPAL HOSPITAL — LABORATORY DEPARTMENT", "lsansb", 8.5, blue)
    copy = "Copy 3 (PINK): records" if variant == 2 else "Copy 2 (YELLOW): patient folder"
    cv.tc(W / 2, 48, f"P.O. Box 45, Anloga, Volta Region  ·  Tel. 0362 0{rng.randint(10000, 99999)}  ·  {copy}",
          "lsans", 6, blue)
    title = "CHEMICAL PATHOLOGY" if chem_form else "HAEMATOLOGY"
    cv.rect(20, 54, W - 20, 68, c=None, fill=blue)
    cv.tc(W / 2, 64.5, f"LABORATORY REQUEST / REPORT FORM — {title}", "lsansb", 8, (1, 1, 1))
    req = [("Patient's name", 20, 260, 72), ("Age", 260, 320, 72), ("Sex", 320, W - 20, 72),
           ("Folder No.", 20, 150, 92), ("NHIS No.", 150, 290, 92), ("Ward / OPD", 290, W - 20, 92),
           ("Clinical summary", 20, W - 20, 112), ("Requesting clinician", 20, 220, 142), ("Date", 220, W - 20, 142)]
    for lab, x0, x1, y0 in req:
        hh = 30 if lab == "Clinical summary" else 20
        cv.rect(x0, y0, x1, y0 + hh, c=blue, w=0.5)
        cv.t(x0 + 2, y0 + 6.5, lab, "lsans", 5.5, blue)
    cv.rect(20, 166, W - 20, 178, c=None, fill=(0.86, 0.88, 0.96))
    cv.t(24, 175, "FOR LABORATORY USE ONLY", "lsansb", 7, blue)
    cv.t(200, 175, "Lab No. ........................", "lsans", 7, blue)
    y0 = 182
    cv.t(24, y0 + 9, "TEST", "lsansb", 6.5, blue)
    cv.t(170, y0 + 9, "RESULT", "lsansb", 6.5, blue)
    cv.t(285, y0 + 9, "REF. RANGE", "lsansb", 6.5, blue)
    rh = 17 if chem_form else 19.5
    rowpos: dict[str, float] = {}
    for i, (key, lab, unit, rng_txt) in enumerate(form_rows):
        yy = y0 + 14 + i * rh
        cv.rect(20, yy, W - 20, yy + rh, c=blue, w=0.4)
        cv.ln(165, yy, 165, yy + rh, 0.4, blue)
        cv.ln(280, yy, 280, yy + rh, 0.4, blue)
        cv.t(24, yy + rh - 5.5, lab + (f" ({unit})" if unit else ""), "lsans", 7, blue)
        cv.t(284, yy + rh - 5.5, rng_txt, "lsans", 6.5, blue)
        rowpos[key] = yy + rh - 5
    yb = y0 + 14 + len(form_rows) * rh + 14
    cv.t(20, yb, "Comment:", "lsans", 6.5, blue)
    cv.t(20, H - 26, "Performed by: ...........................   Checked by: ...........................", "lsans",
         6.5, blue)
    cv.t(20, H - 14, "GHS/LAB/F-2   Carbonless set: white — laboratory, yellow — folder, pink — records", "lsans", 5.5,
         blue)
    form = _finish(doc, "form", "print shop")
    # ------------------------------------------------------------------------------------ what was typed on top
    doc = fitz.open()
    cf = _Cv(doc, W, H)
    fill = [(24, 86, patient), (264, 86, f"{age} yrs"), (324, 86, "F" if female else "M"),
            (24, 106, f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/{coll:%y}"),
            (154, 106, f"{rng.randint(10000000, 99999999)}"), (294, 106, rng.choice(["OPD 3", "Male Med.", "ANC"])
                                                                if variant != 2 else "Male Medical Ward")]
    summary = {1: f"Fever x 3/7, temp 38.{rng.randint(1, 9)}C. BP {rng.randint(110, 130)}/{rng.randint(70, 85)}. ?Malaria",
               2: f"Known HTN on lisinopril 10mg + spironolactone 25mg. Weakness x 2/7. BP {rng.randint(150, 180)}/"
                  f"{rng.randint(90, 105)}.",
               3: f"ANC booking, G{rng.randint(1, 3)}P{rng.randint(0, 2)} at {rng.randint(12, 20)} weeks. Pallor."}[
        variant]
    fill += [(24, 126 + 10 * i, part) for i, part in enumerate(_wrap(summary, 370, "lmono", 7.5)[:2])]
    fill += [(24, 156, rng.choice(["Dr. E. Kudzordzi", "Dr. S. Ahiable", "PA J. Dotse"])),
             (224, 156, f"{coll:%d/%m/%Y}")]
    for x, yy, s_ in fill:
        cf.t(x, yy, s_, "lmono", 7.5)
    for key, v in vals.items():
        cf.t(172, rowpos[key], v, "lmono", 8)
    note = {1: "Malaria parasites seen (+). Please repeat RDT.", 3: "Hypochromic picture; microcytes seen.",
            2: f"K+ repeated on fresh sample, no haemolysis. Phoned to Dr. on call {rng.randint(10, 12)}:"
               f"{rng.randint(10, 59)}."}[variant]
    for i, part in enumerate(_wrap(note, 320, "lmono", 6.8)):
        cf.t(58, yb + 9 * i, part, "lmono", 6.8)
    cf.t(86, H - 27, rng.choice(["M. Adzah", "E. Kpodo", "R. Gbeve"]), "lmono", 7)
    typed = _finish(doc, "typed", "typewriter")
    # ------------------------------------------------------------------------------------ carbon copy and scan
    dpi = 250
    paper_rgb = np.array([250, 240, 168] if variant != 2 else [248, 214, 222], np.float32)
    pre = 1 - _raster(form, dpi, color=False) / 255.0
    h, w = pre.shape
    img = np.ones((h, w, 3), np.float32) * paper_rgb * (1 + 0.015 * _lowfreq(g, h, w, 4))[..., None]
    img = img * (1 - pre[..., None]) + np.array([40, 55, 140], np.float32) * pre[..., None]
    car = 1 - _raster(typed, dpi, color=False) / 255.0
    car = _rotate(car, float(g.uniform(-0.6, 0.6)), 0.0, tuple(g.uniform(-9, 9, 2)))
    car = cv2.GaussianBlur(car, (0, 0), 1.1)
    grain = np.clip(0.75 + 0.25 * g.random(car.shape).astype(np.float32) + 0.12 * _lowfreq(g, h, w, 6), 0.3, 1.0)
    car = np.clip(car * 1.6, 0, 1) * grain
    img = img * (1 - car[..., None] * 0.85) + np.array([52, 40, 118], np.float32) * car[..., None] * 0.85
    crease = int(h * g.uniform(0.45, 0.55))
    img[crease - 3:crease + 3] *= 0.88
    img *= (1 - 0.05 * np.exp(-((np.arange(h)[:, None] - crease) / 40.0) ** 2))[..., None]
    img = _rotate(img, float(g.uniform(-1.0, 1.0)), (242.0, 242.0, 242.0), tuple(g.uniform(-10, 10, 2)))
    img = cv2.GaussianBlur(img, (0, 0), 0.5) + g.normal(0, 2.5, img.shape).astype(np.float32)
    img = _jpeg(img, 80)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), exp, [form, typed], printed)


# ==================================== E8  Sri Lanka: private laboratory, unit inside the test name, panel cards

_LK_REMARK = {"H": "HIGH", "L": "LOW", "HH": "CRITICAL HIGH", "LL": "CRITICAL LOW"}


def _e8(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(41, 49), 2: rng.randint(23, 32), 3: rng.randint(58, 66)}[variant]
    patient = {1: "Mr. K. A. Nimal Perera", 2: "Ms. W. M. Dilini Sandamali", 3: "Mrs. R. P. Chandrika Fonseka"}[variant]
    # panel: (title, specimen, rows); a row: (_R, label without unit, reference text) or ("txt", label, result, ref)
    panels: list[tuple[str, str, list]] = []
    c = _cbc(rng, female, {1: "n", 2: "dengue", 3: rng.choice(["n", "ida"])}[variant])
    hb_r = (12.0, 15.0) if female else (13.0, 17.0)
    pcv_r = (36.0, 46.0) if female else (40.0, 50.0)
    fbc: list = [
        (_R("6690-2", "WBC Count", round(c.wbc, 2), 2, "x10³/µL", 4.0, 11.0), "4.00 - 11.00"),
        (_R("770-8", "Neutrophils", c.pct["neut"], 1, "%", 40.0, 80.0), "40.0 - 80.0"),
        (_R("736-9", "Lymphocytes", c.pct["lym"], 1, "%", 20.0, 40.0), "20.0 - 40.0"),
        (_R("5905-5", "Monocytes", c.pct["mono"], 1, "%", 2.0, 10.0), "2.0 - 10.0"),
        (_R("713-8", "Eosinophils", c.pct["eos"], 1, "%", 1.0, 6.0), "1.0 - 6.0"),
        (_R("706-2", "Basophils", c.pct["baso"], 1, "%", 0.0, 2.0), "0.0 - 2.0"),
        (_R("751-8", "Neutrophils Absolute", c.absolute("neut"), 2, "x10³/µL", 2.0, 7.0), "2.00 - 7.00"),
        (_R("731-0", "Lymphocytes Absolute", c.absolute("lym"), 2, "x10³/µL", 1.0, 3.0), "1.00 - 3.00"),
        (_R("718-7", "Haemoglobin", c.hb, 1, "g/dL", *hb_r), "M: 13.0 - 17.0 / F: 12.0 - 15.0"),
        (_R("789-8", "RBC Count", c.rbc, 2, "x10⁶/µL", 3.8 if female else 4.5, 4.8 if female else 5.5),
         "M: 4.50 - 5.50 / F: 3.80 - 4.80"),
        (_R("4544-3", "PCV", c.hct, 1, "%", *pcv_r), "M: 40.0 - 50.0 / F: 36.0 - 46.0"),
        (_R("787-2", "MCV", c.mcv, 1, "fL", 83.0, 101.0), "83.0 - 101.0"),
        (_R("785-6", "MCH", c.mch, 1, "pg", 27.0, 32.0), "27.0 - 32.0"),
        (_R("786-4", "MCHC", c.mchc, 1, "g/dL", 31.5, 34.5), "31.5 - 34.5"),
        (_R("788-0", "RDW-CV", c.rdw, 1, "%", 11.6, 14.0), "11.6 - 14.0"),
        (_R("777-3", "Platelet Count", round(c.plt), 0, "x10³/µL", 150, 410), "150 - 410"),
        (_R("32623-1", "MPV", c.mpv, 1, "fL", 7.5, 11.5), "7.5 - 11.5"),
    ]
    panels.append(("FULL BLOOD COUNT", "Whole blood (EDTA)", fbc))
    if variant == 2:
        panels.append(("DENGUE ANTIGEN / ANTIBODY", "Serum", [
            ("txt", "Dengue NS1 Antigen", "POSITIVE", "Negative"),
            ("txt", "Dengue IgM Antibody", "Negative", "Negative"),
            ("txt", "Dengue IgG Antibody", "Negative", "Negative")]))
        panels.append(("LIVER FUNCTION (SELECTED)", "Serum", [
            (_R("1920-8", "SGOT (AST)", _draw(rng, 5, 35, 0, "h"), 0, "U/L", None, 35), "< 35"),
            (_R("1742-6", "SGPT (ALT)", _draw(rng, 5, 35, 0, "h"), 0, "U/L", None, 35), "< 35"),
            (_R("1751-7", "Serum Albumin", _draw(rng, 3.5, 5.2, 1), 1, "g/dL", 3.5, 5.2), "3.5 - 5.2")]))
    esr_hi = 20 if female else 15
    panels.append(("ERYTHROCYTE SEDIMENTATION RATE", "Whole blood (Citrate)", [
        (_R("4537-7", "ESR (Westergren)", _draw(rng, None, esr_hi, 0, _pick(rng, 0.4, "h"), floor=3), 0,
            "mm/1st hr", None, esr_hi), "M: < 15 / F: < 20")]))
    if variant == 1:
        cr = _draw(rng, 0.70, 1.20, 2, _pick(rng, 0.3, "h"))
        eg = _egfr2021(cr, age, False)
        chem = [(_R("2345-7", "Fasting Plasma Glucose", _draw(rng, 70, 100, 0, _pick(rng, 0.4, "h")), 0, "mg/dL", 70,
                    100), "70 - 100"),
                (_R("2160-0", "Serum Creatinine", cr, 2, "mg/dL", 0.70, 1.20), "M: 0.70 - 1.20 / F: 0.50 - 0.90"),
                (_R("98979-8", "eGFR (CKD-EPI 2021)", round(eg), 0, "mL/min/1.73m²", 90, None), "> 90"),
                (_R("1742-6", "SGPT (ALT)", _draw(rng, 5, 45, 0, _pick(rng, 0.4, "h")), 0, "U/L", None, 45), "< 45"),
                (_R("1920-8", "SGOT (AST)", _draw(rng, 5, 35, 0), 0, "U/L", None, 35), "< 35"),
                (_R("3084-1", "Serum Uric Acid", _draw(rng, 3.4, 7.0, 1, _pick(rng, 0.4, "h")), 1, "mg/dL", 3.4, 7.0),
                 "M: 3.4 - 7.0 / F: 2.4 - 5.7")]
        panels.append(("BIOCHEMISTRY", "Serum / Fluoride plasma", chem))
        panels.append(("SERUM ELECTROLYTES", "Serum", [
            (_R("2951-2", "Sodium", _draw(rng, 136, 145, 0), 0, "mmol/L", 136, 145), "136 - 145"),
            (_R("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3)), 1, "mmol/L", 3.5, 5.1), "3.5 - 5.1"),
            (_R("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107), "98 - 107")]))
    if variant == 3:
        tc = _draw(rng, None, 200, 0, "h")
        hdl = _draw(rng, 45, 70, 0, rng.choice("nl"))
        tg = _draw(rng, None, 150, 0, _pick(rng, 0.5, "h"), floor=90)
        vldl = round(tg / 5)
        ldl = tc - hdl - vldl
        lip = [(_R("2093-3", "Total Cholesterol", tc, 0, "mg/dL", None, 200), "< 200"),
               (_R("2571-8", "Triglycerides", tg, 0, "mg/dL", None, 150), "< 150"),
               (_R("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", 45, None), "> 45"),
               (_R("13457-7", "LDL Cholesterol", ldl, 0, "mg/dL", None, 130), "< 130"),
               (_R("13458-5", "VLDL Cholesterol", vldl, 0, "mg/dL", None, 30), "< 30"),
               (_R("9830-1", "Total Cholesterol / HDL Ratio", round(tc / hdl, 2), 2, None, None, 4.5), "< 4.50"),
               (_R("11054-4", "LDL / HDL Ratio", round(ldl / hdl, 2), 2, None, None, 3.0), "< 3.00")]
        panels.append(("LIPID PROFILE", "Serum (12 h fasting)", lip))
        a1c = _draw(rng, 4.0, 5.6, 1, "h")
        panels.append(("GLYCATED HAEMOGLOBIN", "Whole blood (EDTA)", [
            (_R("4548-4", "HbA1c", a1c, 1, "%", 4.0, 5.6), "4.0 - 5.6"),
            (_R("27353-2", "Estimated Average Glucose", round(28.7 * a1c - 46.7), 0, "mg/dL"), "-")]))
        panels.append(("THYROID FUNCTION", "Serum", [
            (_R("3016-3", "TSH", _draw(rng, 0.27, 4.20, 2, _pick(rng, 0.4, "h")), 2, "µIU/mL", 0.27, 4.20),
             "0.27 - 4.20")]))
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    W, H = 595, 842
    maroon: Color = (0.5, 0.08, 0.15)
    ref_no = f"SML/{coll:%y}/{rng.randint(100000, 999999)}"
    t0 = f"{rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}"

    def page() -> tuple[_Cv, float]:
        cv = _Cv(doc, W, H)
        cv.rect(0, 0, W, 8, c=None, fill=maroon)
        cv.t(40, 38, "SERENDIB MEDICAL LABORATORIES (PVT) LTD", "serifb", 13, maroon)
        cv.t(40, 51, f"No. 42, Galle Road, Colombo 03  •  Hotline 011 2 57{rng.randint(1000, 9999)}  •  "
                     f"Reg. No. PHSRC/L/{rng.randint(100, 999)}  •  ISO 15189 accredited", "sans", 7, (0.3, 0.3, 0.3))
        cv.ln(40, 58, W - 40, 58, 0.8, maroon)
        info = [("Name", patient), ("Lab Ref No", ref_no),
                ("Age / Sex", f"{age} Y {rng.randint(0, 11)} M / {'Female' if female else 'Male'}"),
                ("Collected", f"{coll:%d/%m/%Y} {t0}"),
                ("Referred by", rng.choice(["Dr. S. Wickramasinghe", "Dr. (Mrs) N. Jayawardena", "OPD"])),
                ("Reported", f"{coll:%d/%m/%Y} {rng.randint(12, 17)}:{rng.randint(0, 59):02d}")]
        for i, (k, v) in enumerate(info):
            x, yy = (40, 74 + (i // 2) * 12) if i % 2 == 0 else (340, 74 + (i // 2) * 12)
            cv.t(x, yy, k, "sans", 7.5, (0.35, 0.35, 0.35))
            cv.t(x + 62, yy, ": " + v, "sansb" if k == "Name" else "sans", 7.5)
        cv.ln(40, 106, W - 40, 106, 0.4, (0.6, 0.6, 0.6))
        return cv, 126

    cv, y = page()
    for title, spec, rows in panels:
        need = 52 + 13 * len(rows)
        if y + need > H - 80:
            cv, y = page()
        cv.rect(40, y - 11, W - 40, y + 4, c=None, fill=(0.95, 0.9, 0.91))
        cv.t(46, y, title, "sansb", 8.5, maroon)
        cv.tr(W - 46, y, f"Specimen: {spec}", "sans", 6.8, (0.3, 0.3, 0.3))
        y += 16
        for x, hd in zip((46, 290, 360, 436), ("Test", "Result", "Remarks", "Reference Range")):
            cv.t(x, y, hd, "sansb", 7, (0.35, 0.35, 0.35))
        y += 11
        for row in rows:
            if row[0] == "txt":
                cv.t(46, y, row[1], "sans", 8)
                cv.tr(330, y, row[2], "sansb" if row[2].isupper() else "sans", 8)
                cv.t(436, y, row[3], "sans", 7.2)
                y += 13
                continue
            r, ref = row
            label = r.name + (f" ({r.unit})" if r.unit else "")
            txt = _num(r.value, r.dec)
            cv.t(46, y, label, "sans", 8)
            cv.tr(330, y, txt, "sansb" if r.flag != "N" else "sans", 8)
            rem = _LK_REMARK.get(r.flag)
            if rem:
                cv.t(360, y, rem, "sansb", 7)
            cv.t(436, y, ref, "sans", 7.2)
            exp.append(r.exp(rem))
            printed.append(txt)
            y += 13
        cv.ln(40, y - 6, W - 40, y - 6, 0.3, (0.7, 0.7, 0.7))
        cv.t(46, y + 3, f"Tested by: MLT {rng.choice(['A. Rajapaksha', 'T. Nadarajah', 'H. Silva'])}   "
                        f"Checked by: {rng.choice(['S. Gunasekara', 'M. Fernando'])}   Authorised "
                        f"{coll:%d/%m/%Y} {rng.randint(11, 16)}:{rng.randint(0, 59):02d}", "sansi", 6.5,
             (0.4, 0.4, 0.4))
        y += 26
    comments = []
    if variant == 2:
        comments.append(f"Platelet count confirmed by blood picture and repeat analysis. Critical value informed to "
                        f"ward sister (Ward {rng.randint(10, 40)}) at {rng.randint(10, 13)}:{rng.randint(10, 59)} by "
                        "telephone. Suggest repeat FBC in 6 - 12 hours; monitor PCV (a rise of 20% from baseline "
                        "indicates plasma leakage).")
    if variant == 3:
        comments.append("LDL cholesterol is calculated (Friedewald; valid if triglycerides < 400 mg/dL). Treatment "
                        "targets: LDL < 100 mg/dL for diabetics, < 70 mg/dL for very high risk. HbA1c: 5.7 - 6.4 % "
                        "prediabetes; 6.5 % or above suggests diabetes mellitus (ADA 2025).")
    for cm in comments:
        if y > H - 110:
            cv, y = page()
        cv.t(40, y, "Comment:", "sansb", 7.5)
        y = cv.para(90, y, W - 130, cm, "sans", 7.5) + 6
    cv.tc(W / 2, y + 10, "*** End of Report ***", "sans", 7.5)
    for i in range(len(doc)):
        pg = _Cv(doc, W, H, pno=i)
        pg.ln(40, H - 50, W - 40, H - 50, 0.4, maroon)
        pg.t(40, H - 38, "Dr. (Mrs) P. Amarasekara, MBBS, MD (Chem Path) — Consultant Chemical Pathologist",
             "sans", 7)
        pg.t(40, H - 28, "Results relate only to the sample tested. This report is electronically validated.",
             "sans", 6.5, (0.4, 0.4, 0.4))
        pg.tr(W - 40, H - 28, f"Page {i + 1} of {len(doc)}", "sans", 7)
    pdf = _finish(doc, "Laboratory report", "SML LIS 7")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ========================================= E9  Hong Kong: landscape report stored as a rotated portrait page


def _e9(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(62, 70), 2: rng.randint(70, 79), 3: rng.randint(38, 47)}[variant]
    patient = {1: "CHAN, TAI MAN", 2: "LEE, SIU FONG", 3: "WONG, KA YAN"}[variant]
    clinic = {1: "MED SOPD (DM CLINIC)", 2: "WARD 7B (MED)", 3: "FM CLINIC (GOPC)"}[variant]
    # a section: (title, rows); a row: (_R, reference text, specimen, previous result text or "")
    secs: list[tuple[str, list]] = []

    def prev(r: _R, spread: float) -> str:
        if r.value is None or rng.random() < 0.25:
            return ""
        pv = r.value * rng.uniform(1 - spread, 1 + spread)
        d = coll - _dt.timedelta(days=rng.randint(60, 400))
        return f"{_num(pv, r.dec)} ({d:%d/%m/%y})"

    def row(r: _R, ref: str, spec: str, spread: float = 0.12) -> tuple[_R, str, str, str]:
        return r, ref, spec, prev(r, spread)

    cr_r = (49, 90) if female else (64, 104)
    cr = _draw(rng, *cr_r, 0, {1: "h", 2: "h", 3: "n"}[variant])
    eg = _egfr2021(cr / 88.4, age, female)
    k = round(rng.uniform(7.2, 7.7), 1) if variant == 2 else _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.3))
    renal = [row(_R("22664-7", "Urea", _draw(rng, 2.9, 8.2, 1, "h" if variant == 2 else "n"), 1, "mmol/L", 2.9,
                    8.2), "2.9 - 8.2", "Serum"),
             row(_R("14682-9", "Creatinine", cr, 0, "umol/L", *cr_r), f"{cr_r[0]} - {cr_r[1]}", "Serum"),
             row(_R("98979-8", "eGFR (CKD-EPI 2021)", 90.0 if eg > 90 else float(round(eg)), 0, "mL/min/1.73 m2",
                    60, None, comp=">" if eg > 90 else None), ">=60", "Serum"),
             row(_R("2951-2", "Sodium", _draw(rng, 136, 145, 0), 0, "mmol/L", 136, 145), "136 - 145", "Serum", 0.02),
             row(_R("2823-3", "Potassium", k, 1, "mmol/L", 3.5, 5.1), "3.5 - 5.1", "Serum", 0.08)]
    secs.append(("RENAL FUNCTION TEST", renal))
    if variant == 1:
        tp = _draw(rng, 64, 83, 0)
        alb = _draw(rng, 35, 52, 0)
        liver = [row(_R("14631-6", "Bilirubin (Total)", _draw(rng, 5, 21, 0), 0, "umol/L", 5, 21), "5 - 21", "Serum"),
                 row(_R("6768-6", "Alkaline Phosphatase", _draw(rng, 40, 130, 0), 0, "IU/L", 40, 130), "40 - 130",
                     "Serum"),
                 row(_R("1742-6", "ALT", _draw(rng, 5, 41, 0, "h"), 0, "IU/L", None, 41), "<=41", "Serum"),
                 row(_R("1751-7", "Albumin", alb, 0, "g/L", 35, 52), "35 - 52", "Serum"),
                 row(_R("2885-2", "Protein (Total)", tp, 0, "g/L", 64, 83), "64 - 83", "Serum"),
                 row(_R("10834-0", "Globulin", tp - alb, 0, "g/L", 23, 37), "23 - 37", "Serum")]
        secs.append(("LIVER FUNCTION TEST", liver))
        tc = _draw(rng, None, 5.2, 1, rng.choice("nh"), floor=3.6)
        hdl = _draw(rng, 1.0, 1.9, 2, rng.choice("nl"))
        tg = _draw(rng, None, 1.7, 2, _pick(rng, 0.5, "h"), floor=0.8)
        ldl = round(tc - hdl - tg / 2.2, 1)
        lip = [row(_R("14647-2", "Cholesterol (Total)", tc, 1, "mmol/L", None, 5.2), "<5.2", "Serum (fasting)"),
               row(_R("14927-8", "Triglyceride", tg, 2, "mmol/L", None, 1.7), "<1.70", "Serum (fasting)"),
               row(_R("14646-4", "HDL Cholesterol", hdl, 2, "mmol/L", 1.0, None), ">1.00", "Serum (fasting)"),
               row(_R("39469-2", "LDL Cholesterol (calc.)", ldl, 1, "mmol/L", None, 3.4), "<3.4", "Serum (fasting)")]
        secs.append(("LIPID PROFILE", lip))
        secs.append(("GLUCOSE", [row(_R("14749-6", "Glucose (Fasting)", _draw(rng, 3.9, 5.5, 1, "h"), 1, "mmol/L",
                                        3.9, 5.5), "3.9 - 5.5", "Plasma (NaF)"),
                                 row(_R("4548-4", "HbA1c", _draw(rng, 4.0, 6.0, 1, "h"), 1, "%", 4.0, 6.0), "4.0 - 6.0",
                                     "EDTA blood")]))
    if variant == 2:
        c = _cbc(rng, True, rng.choice(["n", "infect"]))
        haem = [row(_R("718-7", "Haemoglobin", c.hb, 1, "g/dL", 11.5, 15.0), "11.5 - 15.0", "EDTA blood", 0.06),
                row(_R("787-2", "MCV", c.mcv, 1, "fL", 80.0, 97.0), "80.0 - 97.0", "EDTA blood", 0.02),
                row(_R("6690-2", "WBC", round(c.wbc, 1), 1, "x10^9/L", 3.9, 9.9), "3.9 - 9.9", "EDTA blood"),
                row(_R("751-8", "Neutrophil", c.absolute("neut", 1), 1, "x10^9/L", 1.7, 5.8), "1.7 - 5.8",
                    "EDTA blood"),
                row(_R("731-0", "Lymphocyte", c.absolute("lym", 1), 1, "x10^9/L", 1.0, 3.1), "1.0 - 3.1",
                    "EDTA blood"),
                row(_R("777-3", "Platelet", round(c.plt), 0, "x10^9/L", 150, 384), "150 - 384", "EDTA blood")]
        secs.append(("HAEMATOLOGY", haem))
        secs.append(("OTHERS", [row(_R("14749-6", "Glucose (Random)", _draw(rng, 3.9, 7.8, 1), 1, "mmol/L", 3.9, 7.8),
                                    "3.9 - 7.8", "Plasma (NaF)"),
                                row(_R("1988-5", "C-Reactive Protein", _draw(rng, None, 5.0, 1, "h"), 1, "mg/L", None,
                                       5.0), "<5.0", "Serum")]))
    if variant == 3:
        tsh = _draw(rng, 0.35, 4.94, 2, "h")
        endo = [row(_R("3016-3", "TSH", tsh, 2, "mIU/L", 0.35, 4.94), "0.35 - 4.94", "Serum"),
                row(_R("14920-3", "Free T4", _draw(rng, 9.0, 19.0, 1, "l"), 1, "pmol/L", 9.0, 19.0), "9.0 - 19.0",
                    "Serum"),
                row(_R("14928-6", "Free T3", _draw(rng, 2.6, 5.7, 1), 1, "pmol/L", 2.6, 5.7), "2.6 - 5.7", "Serum"),
                row(_R("8099-4", "Anti-TPO Antibody", _draw(rng, None, 5.61, 1, "h"), 1, "IU/mL", None, 5.61),
                    "<5.61", "Serum")]
        secs.append(("THYROID FUNCTION TEST", endo))
        a1c = _draw(rng, 4.0, 6.0, 1, rng.choice("nh"))
        secs.append(("DIABETIC PANEL", [
            row(_R("14749-6", "Glucose (Fasting)", _draw(rng, 3.9, 5.5, 1, "h" if a1c > 6.0 else "n"), 1, "mmol/L",
                   3.9, 5.5), "3.9 - 5.5", "Plasma (NaF)"),
            row(_R("4548-4", "HbA1c", a1c, 1, "%", 4.0, 6.0), "4.0 - 6.0", "EDTA blood")]))
        ualb = round(rng.uniform(4, 60), 1)
        ucr = round(rng.uniform(4.5, 14.0), 1)
        acr = round(ualb / ucr, 1)
        secs.append(("URINE ALBUMIN", [
            (_R("14957-5", "Albumin (Urine)", ualb, 1, "mg/L"), "", "Urine (spot)", ""),
            (_R("14683-7", "Creatinine (Urine)", ucr, 1, "mmol/L"), "", "Urine (spot)", ""),
            (_R("32294-1", "Albumin/Creatinine Ratio", acr, 1, "mg/mmol", None, 3.5), "<3.5 (F); <2.5 (M)",
             "Urine (spot)", "")]))
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    W, H = 842, 595
    cv = _Cv(doc, W, H, rotated=True)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    teal: Color = (0.0, 0.3, 0.4)
    cv.t(30, 34, "PATHOLOGY DEPARTMENT, ST. ANSELM HOSPITAL", "sansb", 12, teal)
    cv.t(30, 46, f"Chemical Pathology · Haematology   Tel 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}   "
                 f"Fax 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}   Kowloon, Hong Kong", "sans", 7,
         (0.35, 0.35, 0.35))
    cv.tr(W - 30, 34, "LABORATORY REPORT", "sansb", 11)
    cv.tr(W - 30, 46, f"Printed {coll + _dt.timedelta(days=rng.randint(1, 3)):%d-%b-%Y} "
                      f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  by CMS", "sans", 7, (0.35, 0.35, 0.35))
    cv.rect(30, 54, W - 30, 88, c=teal, fill=(0.92, 0.96, 0.97), w=0.6)
    lab_no = f"{coll:%y}C{rng.randint(1000000, 9999999)}"
    band = [("Name", patient), ("HKID", f"{rng.choice('ADKPRYZ')}{rng.randint(10, 99)}****({rng.randint(0, 9)})"),
            ("Sex/Age", f"{'F' if female else 'M'} / {age}Y"), ("Hosp No", f"HN{rng.randint(10**9, 10**10 - 1)}"),
            ("Location", clinic), ("Doctor", rng.choice(["Dr LEUNG K W", "Dr CHEUNG Y M", "Dr HO P L"])),
            ("Collected", f"{coll:%d-%b-%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"), ("Lab No", lab_no)]
    for i, (k_, v) in enumerate(band):
        x = 36 + (i % 4) * 200
        yy = 67 + (i // 4) * 14
        cv.t(x, yy, k_ + ":", "sans", 7.5, (0.3, 0.3, 0.3))
        cv.t(x + _tw(k_ + ": ", "sans", 7.5), yy, v, "sansb", 7.5)
    cols = (34, 220, 292, 330, 420, 540, 660)
    heads = ("Test", "Result", "Flag", "Unit", "Reference Range", "Previous (date)", "Specimen")
    y = 106
    for x, h in zip(cols, heads):
        cv.t(x, y, h, "sansb", 7.5)
    cv.ln(30, y + 4, W - 30, y + 4, 0.6)
    y += 17
    for title, rows in secs:
        cv.t(34, y, title, "sansb", 7.5, teal)
        y += 12
        for r, ref, spec, pv in rows:
            txt = ((r.comp or "") + _num(r.value, r.dec))
            fl = r.flag if r.flag != "N" else None
            cv.t(cols[0] + 8, y, r.name, "sans", 8)
            cv.tr(cols[1] + 44, y, txt, "monob" if fl else "mono", 8)
            if fl:
                cv.t(cols[2], y, fl, "monob", 8)
            cv.t(cols[3], y, r.unit or "", "sans", 7.5)
            cv.t(cols[4], y, ref, "sans", 7.5)
            cv.t(cols[5], y, pv, "sans", 7, (0.4, 0.4, 0.4))
            cv.t(cols[6], y, spec, "sans", 7, (0.3, 0.3, 0.3))
            exp.append(r.exp(fl))
            printed.append(txt)
            y += 12.5
        y += 5
    notes = ["Reference ranges are for adults. Flags: H/L outside reference range; HH/LL critical value."]
    if variant == 2:
        notes.insert(0, f"Critical result: potassium {_num(k, 1)} mmol/L telephoned to Dr WONG (MO, Ward 7B) at "
                        f"{rng.randint(10, 12)}:{rng.randint(10, 59)} by TSANG M Y (MLT); read-back confirmed. "
                        f"Haemolysis index {rng.randint(3, 15)} (no significant haemolysis). Please repeat.")
    if variant == 1:
        notes.insert(0, "eGFR by CKD-EPI 2021 equation without race coefficient. LDL-C calculated by Friedewald "
                        "(invalid if TG > 4.5 mmol/L).")
    for n_ in notes:
        y = cv.para(34, y + 2, W - 68, n_, "sansi", 7) + 1
    cv.ln(30, H - 40, W - 30, H - 40, 0.4, teal)
    cv.t(30, H - 29, f"Authorised by: {rng.choice(['Dr NG Wai Kit, Chemical Pathologist', 'Ms LAM S Y, MLT'])}"
                     "   ·   End of report", "sans", 7)
    cv.tr(W - 30, H - 29, "Page 1 of 1", "sans", 7)
    pdf = _finish(doc, "Laboratory report", "CMS Lab 3")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ============================ E10  The Bahamas: wellness profile in three newspaper columns, superscript flags


def _bs_ref(lo: float | None, hi: float | None, dec: int, le: bool = False) -> str:
    if lo is None and hi is not None:
        return f"({'≤' if le else '<'}{_num(hi, dec)})"
    if hi is None and lo is not None:
        return f"(>{_num(lo, dec)})" if not le else f"(≥{_num(lo, dec)})"
    return f"({_num(lo, dec)}-{_num(hi, dec)})"


def _e10(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(60, 68), 2: rng.randint(33, 42), 3: rng.randint(54, 61)}[variant]
    patient = {1: "ROLLE, KENDRICK A", 2: "FERGUSON, TAMIKA L", 3: "SYMONETTE, MARCIA D"}[variant]
    # entries flow through three columns: ("sec", title) or (_R, reference text) or ("note", text)
    ent: list = []
    c = _cbc(rng, female, {1: "n", 2: "ida", 3: "n"}[variant])
    abs_grp = "," if variant == 2 else ""
    ent.append(("sec", "HEMATOLOGY"))
    hb_r = (11.7, 15.5) if female else (13.2, 17.1)
    hct_r = (35.0, 45.0) if female else (38.5, 50.0)
    ent += [(_R("6690-2", "WHITE BLOOD CELL COUNT", round(c.wbc, 1), 1, "K/µL", 3.8, 10.8), None),
            (_R("789-8", "RED BLOOD CELL COUNT", c.rbc, 2, "M/µL", 3.80 if female else 4.20, 5.10 if female else 5.80),
             None),
            (_R("718-7", "HEMOGLOBIN", c.hb, 1, "g/dL", *hb_r), None),
            (_R("4544-3", "HEMATOCRIT", c.hct, 1, "%", *hct_r), None),
            (_R("787-2", "MCV", c.mcv, 1, "fL", 80.0, 100.0), None),
            (_R("785-6", "MCH", c.mch, 1, "pg", 27.0, 33.0), None),
            (_R("786-4", "MCHC", c.mchc, 1, "g/dL", 32.0, 36.0), None),
            (_R("788-0", "RDW", c.rdw, 1, "%", 11.0, 15.0), None),
            (_R("777-3", "PLATELET COUNT", round(c.plt), 0, "K/µL", 140, 400), None),
            (_R("32623-1", "MPV", c.mpv, 1, "fL", 7.5, 12.5), None)]
    for key, nm, pc, ac, (alo, ahi) in (("neut", "NEUTROPHILS", "770-8", "751-8", (1500, 7800)),
                                       ("lym", "LYMPHOCYTES", "736-9", "731-0", (850, 3900)),
                                       ("mono", "MONOCYTES", "5905-5", "742-7", (200, 950)),
                                       ("eos", "EOSINOPHILS", "713-8", "711-2", (15, 500)),
                                       ("baso", "BASOPHILS", "706-2", "704-7", (0, 200))):
        ent.append((_R(pc, nm, c.pct[key], 1, "%"), ""))
        ent.append((_R(ac, "ABSOLUTE " + nm, round(c.wbc * c.pct[key] * 10), 0, "cells/µL", alo, ahi), None))
    ent.append(("sec", "CHEMISTRY"))
    glu = round(rng.uniform(566, 648)) if variant == 3 else _draw(rng, 65, 99, 0, _pick(rng, 0.4, "h"))
    cr_r = (0.50, 1.05) if female else (0.70, 1.33)
    cr = _draw(rng, *cr_r, 2, _pick(rng, 0.3, "h"))
    bun = _draw(rng, 7, 25, 0, _pick(rng, 0.3, "h"))
    eg = _egfr2021(cr, age, female)
    tp = _draw(rng, 6.1, 8.1, 1)
    alb = _draw(rng, 3.6, 5.1, 1)
    ent += [(_R("2345-7", "GLUCOSE", glu, 0, "mg/dL", 65, 99), None),
            (_R("3094-0", "UREA NITROGEN (BUN)", bun, 0, "mg/dL", 7, 25), None),
            (_R("2160-0", "CREATININE", cr, 2, "mg/dL", *cr_r), None),
            (_R("98979-8", "eGFR (CKD-EPI 2021)", round(eg), 0, "mL/min/1.73m2", 60, None), "(> OR = 60)"),
            (_R("3097-3", "BUN/CREATININE RATIO", round(bun / cr), 0, None, 6, 22), None),
            (_R("2951-2", "SODIUM", _draw(rng, 135, 146, 0), 0, "mmol/L", 135, 146), None),
            (_R("2823-3", "POTASSIUM", _draw(rng, 3.5, 5.3, 1, _pick(rng, 0.2)), 1, "mmol/L", 3.5, 5.3), None),
            (_R("2075-0", "CHLORIDE", _draw(rng, 98, 110, 0), 0, "mmol/L", 98, 110), None),
            (_R("2028-9", "CARBON DIOXIDE", _draw(rng, 20, 32, 0), 0, "mmol/L", 20, 32), None),
            (_R("17861-6", "CALCIUM", _draw(rng, 8.6, 10.4, 1), 1, "mg/dL", 8.6, 10.4), None),
            (_R("2885-2", "PROTEIN, TOTAL", tp, 1, "g/dL", 6.1, 8.1), None),
            (_R("1751-7", "ALBUMIN", alb, 1, "g/dL", 3.6, 5.1), None),
            (_R("10834-0", "GLOBULIN", round(tp - alb, 1), 1, "g/dL", 1.9, 3.7), None),
            (_R("1759-0", "ALBUMIN/GLOBULIN RATIO", round(alb / round(tp - alb, 1), 1), 1, None, 1.0, 2.5), None),
            (_R("1975-2", "BILIRUBIN, TOTAL", _draw(rng, 0.2, 1.2, 1), 1, "mg/dL", 0.2, 1.2), None),
            (_R("6768-6", "ALKALINE PHOSPHATASE", _draw(rng, 37, 153, 0), 0, "U/L", 37, 153), None),
            (_R("1920-8", "AST", _draw(rng, 10, 35, 0, _pick(rng, 0.3, "h")), 0, "U/L", 10, 35), None),
            (_R("1742-6", "ALT", _draw(rng, 6, 29 if female else 46, 0, _pick(rng, 0.3, "h")), 0, "U/L", 6,
                29 if female else 46), None)]
    if variant == 1:
        ent.append((_R("3084-1", "URIC ACID", _draw(rng, 4.0, 8.0, 1, _pick(rng, 0.4, "h")), 1, "mg/dL", 4.0, 8.0),
                    None))
    ent.append(("sec", "LIPIDS"))
    tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=150)
    hdl_lo = 50 if female else 40
    hdl = _draw(rng, hdl_lo, 80, 0, rng.choice("nl"))
    tg = _draw(rng, None, 150, 0, _pick(rng, 0.5, "h"), floor=70)
    ldl = round(tc - hdl - tg / 5)
    ent += [(_R("2093-3", "CHOLESTEROL, TOTAL", tc, 0, "mg/dL", None, 200), None),
            (_R("2085-9", "HDL CHOLESTEROL", hdl, 0, "mg/dL", hdl_lo, None), f"(> OR = {hdl_lo})"),
            (_R("2571-8", "TRIGLYCERIDES", tg, 0, "mg/dL", None, 150), None),
            (_R("13457-7", "LDL-CHOLESTEROL (calc)", ldl, 0, "mg/dL", None, 100), None),
            (_R("9830-1", "CHOL/HDLC RATIO", round(tc / hdl, 1), 1, None, None, 5.0), "(<5.0)"),
            (_R("43396-1", "NON HDL CHOLESTEROL", tc - hdl, 0, "mg/dL", None, 130), None)]
    ent.append(("sec", "ENDOCRINE / OTHER"))
    a1c = round(rng.uniform(10.6, 12.8), 1) if variant == 3 else _draw(rng, None, 5.7, 1, _pick(rng, 0.4, "h"),
                                                                         floor=4.8)
    ent.append((_R("4548-4", "HEMOGLOBIN A1c", a1c, 1, "%", None, 5.7), None))
    ent.append((_R("3016-3", "TSH", _draw(rng, 0.40, 4.50, 2, _pick(rng, 0.3, "h")), 2, "mIU/L", 0.40, 4.50), None))
    if variant == 1:
        band = (60, 69, 4.5) if age >= 60 else (50, 59, 3.5)
        ent.append((_R("2857-1", "PSA, TOTAL", _draw(rng, None, band[2], 1, rng.choice("nh"), floor=0.6), 1, "ng/mL",
                       None, band[2]), "(see age table)"))
    if variant == 2:
        ent += [(_R("2498-4", "IRON, TOTAL", _draw(rng, 40, 190, 0, "l"), 0, "mcg/dL", 40, 190), None),
                (_R("2500-7", "IRON BINDING CAPACITY", _draw(rng, 250, 450, 0, "h"), 0, "mcg/dL", 250, 450), None)]
        sat = round(ent[-2][0].value / ent[-1][0].value * 100)
        ent += [(_R("2502-3", "% SATURATION", sat, 0, "%", 16, 45), None),
                (_R("2276-4", "FERRITIN", _draw(rng, 16, 154, 0, "l"), 0, "ng/mL", 16, 154), None),
                (_R("2132-9", "VITAMIN B12", _draw(rng, 200, 1100, 0), 0, "pg/mL", 200, 1100), None),
                (_R("2284-8", "FOLATE, SERUM", 24.0, 1, "ng/mL", 5.4, None, comp=">"), "(>5.4)"),
                (_R("3024-7", "T4, FREE", _draw(rng, 0.8, 1.8, 1), 1, "ng/dL", 0.8, 1.8), None)]
    if variant == 3:
        ent += [(_R("15067-2", "FSH", _draw(rng, 25.8, 134.8, 1), 1, "mIU/mL", 25.8, 134.8), "(see phase table)"),
                (_R("2243-4", "ESTRADIOL", 15.0, 0, "pg/mL", None, 31, comp="<"), "(see phase table)")]
    ent.append((_R("62292-8", "VITAMIN D, 25-OH, TOTAL", _draw(rng, 30, 100, 0, rng.choice("nl")), 0, "ng/mL", 30,
                   100), None))
    ent.append(("sec", "URINALYSIS"))
    ent += [(_R("5811-5", "SPECIFIC GRAVITY", rng.choice([1.012, 1.016, 1.021, 1.024]), 3, None, 1.001, 1.035),
             None),
            (_R("5803-2", "PH", rng.choice([5.5, 6.0, 6.5]), 1, None, 5.0, 8.0), None),
            (_q("25428-4", "GLUCOSE (URINE)", "3+" if variant == 3 else "NEGATIVE",
                "positive" if variant == 3 else "negative"), "(NEGATIVE)"),
            (_q("20454-5", "PROTEIN", "NEGATIVE", "negative"), "(NEGATIVE)"),
            (_q("2514-8", "KETONES", "TRACE" if variant == 3 else "NEGATIVE", "trace" if variant == 3 else "negative"),
             "(NEGATIVE)"),
            (_q("5794-3", "OCCULT BLOOD", "NEGATIVE", "negative"), "(NEGATIVE)"),
            (_q("5802-4", "NITRITE", "NEGATIVE", "negative"), "(NEGATIVE)"),
            (_q("5799-2", "LEUKOCYTE ESTERASE", "NEGATIVE", "negative"), "(NEGATIVE)")]
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    W, H = 612, 792
    cv = _Cv(doc, W, H)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    aqua: Color = (0.0, 0.42, 0.55)
    gold: Color = (0.93, 0.75, 0.2)
    cv.rect(0, 0, W, 58, c=None, fill=aqua)
    cv.rect(0, 58, W, 61, c=None, fill=gold)
    cv.t(36, 30, "ISLAND DIAGNOSTICS LABORATORY", "sansb", 15, (1, 1, 1))
    cv.t(36, 46, f"#14 Collins Avenue, Nassau, N.P., The Bahamas  ·  Tel (242) 322-{rng.randint(1000, 9999)}  ·  "
                 f"Fax (242) 328-{rng.randint(1000, 9999)}  ·  CLIA-waived ID BS-{rng.randint(100, 999)}", "sans", 7,
         (1, 1, 1))
    cv.t(36, 80, "EXECUTIVE WELLNESS PROFILE", "sansb", 10, aqua)
    coll_t = f"{rng.randint(7, 9)}:{rng.randint(0, 59):02d} AM"
    hdr = [f"Patient: {patient}", f"DOB: {_dob(rng, coll, age):%m/%d/%Y}  Age: {age}",
           f"Sex: {'F' if female else 'M'}", f"Acct #: IDL{rng.randint(100000, 999999)}",
           f"Collected: {coll:%m/%d/%Y} {coll_t}", f"Reported: {coll + _dt.timedelta(days=1):%m/%d/%Y}",
           f"Physician: {rng.choice(['Dr. D. Minnis', 'Dr. A. Pinder', 'Dr. C. Bethel'])}", "Fasting: Yes (12 h)"]
    if variant == 3:
        hdr[-1] = "Fasting: Yes; Postmenopausal"
    for i, s_ in enumerate(hdr):
        cv.t(36 + (i % 4) * 140, 96 + (i // 4) * 11, s_, "sans", 7)
    cv.ln(36, 116, W - 36, 116, 0.6, aqua)
    colw, gap = 172, 14
    xs = [36 + i * (colw + gap) for i in range(3)]
    top, bottom = 132, H - 120
    col, y = 0, top
    for e in ent:
        hgt = 15 if e[0] == "sec" else 19
        if e[0] == "sec" and y > top:
            y += 6
        if y + hgt > bottom:
            col += 1
            y = top
        x = xs[col]
        if e[0] == "sec":
            cv.rect(x, y - 9, x + colw, y + 3, c=None, fill=(0.15, 0.15, 0.15))
            cv.t(x + 4, y, e[1], "sansb", 7, (1, 1, 1))
            y += hgt
            continue
        r, ref = e
        cv.t(x, y, r.name, "sansb", 6.6)
        txt = ((r.comp or "") + (_num(r.value, r.dec, group=abs_grp if r.unit == "cells/µL" else "")
                                 if r.value is not None else (r.word or "")))
        cv.t(x + 6, y + 9, txt, "sansb" if r.flag != "N" else "sans", 8)
        xe = x + 6 + _tw(txt, "sansb" if r.flag != "N" else "sans", 8)
        pf = {"H": "H", "HH": "H", "L": "L", "LL": "L"}.get(r.flag)
        if pf:
            cv.t(xe + 0.8, y + 5.5, pf, "sansb", 5.2, (0.8, 0.0, 0.0))
            xe += 5
        if r.unit:
            cv.t(xe + 3, y + 9, r.unit, "sans", 6.5, (0.3, 0.3, 0.3))
        if ref is None:
            ref = _bs_ref(r.lo, r.hi, r.dec)
        if ref:
            cv.tr(x + colw, y + 9, ref, "sans", 6.3, (0.3, 0.3, 0.3))
        exp.append(r.exp(pf))
        printed.append(txt)
        y += hgt
    # footnotes under the columns
    y = bottom + 14
    notes = ["Flags: superscript H = above, L = below the reference interval. Reference intervals in parentheses.",
             ("LDL-C (calc) goal < 100 mg/dL; 100-129 near optimal; 130-159 borderline high; 160-189 high; > OR = "
              "190 very high. HbA1c: < 5.7 % normal, 5.7-6.4 % prediabetes, > OR = 6.5 % consistent with diabetes.")]
    if variant == 1:
        notes.append("PSA age table (ng/mL): 40-49 < OR = 2.5; 50-59 < OR = 3.5; 60-69 < OR = 4.5; 70-79 < OR = 6.5.")
    if variant == 3:
        notes.append("FSH (mIU/mL): follicular 3.5-12.5; ovulatory 4.7-21.5; luteal 1.7-7.7; postmenopausal "
                     "25.8-134.8. Estradiol (pg/mL): follicular 12-166; ovulatory 85-498; luteal 43-211; "
                     "postmenopausal < 31.")
        notes.append(f"CRITICAL VALUE: glucose {glu} mg/dL called to and read back by Nurse K. Knowles at "
                     f"{rng.randint(9, 11)}:{rng.randint(10, 59)} AM. Repeat analysis confirmed.")
    for n_ in notes:
        y = cv.para(36, y, W - 72, n_, "sans", 6.5, 1.3) + 2
    cv.ln(36, H - 30, W - 36, H - 30, 0.4, aqua)
    cv.t(36, H - 20, f"Laboratory Director: Dr. Lionel Sweeting, MD  ·  Accession {coll:%y}-{rng.randint(10000, 99999)}"
                     "  ·  FINAL REPORT", "sans", 6.5, (0.35, 0.35, 0.35))
    cv.tr(W - 36, H - 20, "Page 1 of 1", "sans", 6.5, (0.35, 0.35, 0.35))
    pdf = _finish(doc, "Wellness profile", "IDL LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ======================= E11  England: phone photograph of a laptop screen showing the GP online record's results


def _screen_photo(screen: np.ndarray, g: np.random.Generator) -> np.ndarray:
    """Photograph of a laptop screen: pixel grid resampled in perspective (moiré), bezel, keyboard deck,
    window reflection, vignetting, camera blur and noise."""
    sh, sw = screen.shape[:2]
    f = 2
    up = cv2.resize(screen, (sw * f, sh * f), interpolation=cv2.INTER_NEAREST)
    grid = np.ones((sh * f, sw * f), np.float32)
    grid[1::f, :] *= 0.78
    grid[:, 1::f] *= 0.84
    up *= grid[..., None]
    cw, ch = 2200, 1480

    def j(a: float) -> float:
        return float(g.uniform(-a, a))

    quad = np.float32([[190 + j(40), 150 + j(12)], [2010 + j(40), 138 + j(12)], [2060 + j(30), 1180 + j(12)],
                       [150 + j(30), 1196 + j(12)]])
    src = np.float32([[0, 0], [sw * f, 0], [sw * f, sh * f], [0, sh * f]])
    m = cv2.getPerspectiveTransform(src, quad)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    room = 95 + 40 * (yy / ch) + 12 * _lowfreq(g, ch, cw, 3)
    img = np.stack([room * 1.05, room, room * 0.9], axis=-1)
    bez = quad + np.float32([[-34, -30], [34, -30], [38, 26], [-38, 26]])
    cv2.fillPoly(img, [bez.astype(np.int32)], (28, 28, 31), lineType=cv2.LINE_AA)
    deck = np.float32([bez[3], bez[2], [bez[2][0] + 160, ch + 40], [bez[3][0] - 160, ch + 40]])
    cv2.fillPoly(img, [deck.astype(np.int32)], (168, 168, 172), lineType=cv2.LINE_AA)
    for r in range(4):  # a few key rows
        t0 = (r + 1) / 5.5
        a = bez[3] + (deck[3] - bez[3]) * t0
        b = bez[2] + (deck[2] - bez[2]) * t0
        for k in range(14):
            p0 = a + (b - a) * (k + 0.12) / 14
            p1 = a + (b - a) * (k + 0.88) / 14
            cv2.rectangle(img, (int(p0[0]), int(p0[1]) + 8), (int(p1[0]), int(p1[1]) + 48), (58, 58, 62), -1)
    warped = cv2.warpPerspective(up, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh * f, sw * f), np.float32), m, (cw, ch), flags=cv2.INTER_LINEAR)
    phase = g.uniform(0, 6.3)
    moire = 1 + 0.05 * np.sin(xx * 0.021 + yy * 0.013 + 3 * np.sin(yy / 310.0) + phase)
    glare = 38 * np.exp(-(((xx - cw * g.uniform(0.55, 0.8)) * 0.8 + (yy - ch * 0.3) * 0.6) / 420.0) ** 2)
    scr = warped * 0.93 * moire[..., None] + glare[..., None] * np.array([1.0, 1.0, 1.05], np.float32)
    img = img * (1 - mask[..., None]) + scr * mask[..., None]
    vign = 1 - 0.22 * (((xx - cw / 2) / cw) ** 2 + ((yy - ch / 2) / ch) ** 2) * 2
    img = img * vign[..., None] * np.array([0.97, 1.0, 1.04], np.float32)
    img = cv2.GaussianBlur(img, (0, 0), 0.9) + g.normal(0, 2.0, img.shape).astype(np.float32)
    return _jpeg(img, 84)


def _e11(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(68, 76), 2: rng.randint(55, 62), 3: rng.randint(30, 38)}[variant]
    patient = {1: "Mr Graham Holloway", 2: "Mrs Pauline Ashworth", 3: "Ms Kirsty Naylor"}[variant]
    # groups: (title, comment from GP, rows); a row: (_R, range text or "" for no range)
    groups: list[tuple[str, str, list]] = []

    def rr(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is None and hi is None:
            return ""
        if lo is None:
            return f"(< {_num(hi, dec)})"
        if hi is None:
            return f"(> {_num(lo, dec)})"
        return f"({_num(lo, dec)} - {_num(hi, dec)})"

    if variant in (1, 3):
        c = _cbc(rng, female, "n" if variant == 1 else "ida")
        hb_r = (120, 150) if female else (130, 170)
        fbc = [_R("718-7", "Haemoglobin concentration", round(c.hb * 10), 0, "g/L", *hb_r),
               _R("6690-2", "Total white cell count", round(c.wbc, 1), 1, "10*9/L", 4.0, 11.0),
               _R("777-3", "Platelet count", round(c.plt), 0, "10*9/L", 150, 400),
               _R("787-2", "Mean cell volume", c.mcv, 1, "fL", 83.0, 101.0)]
        if variant == 1:
            fbc += [_R("789-8", "Red blood cell count", c.rbc, 2, "10*12/L", 4.50, 5.50),
                    _R("4544-3", "Haematocrit", round(c.hct / 100, 3), 3, "L/L", 0.400, 0.500),
                    _R("785-6", "Mean cell haemoglobin level", c.mch, 1, "pg", 27.0, 32.0),
                    _R("786-4", "Mean cell haemoglobin concentration", round(c.mchc * 10), 0, "g/L", 315, 345),
                    _R("751-8", "Neutrophil count", c.absolute("neut", 1), 1, "10*9/L", 2.0, 7.0),
                    _R("731-0", "Lymphocyte count", c.absolute("lym", 1), 1, "10*9/L", 1.0, 3.0),
                    _R("742-7", "Monocyte count", c.absolute("mono", 1), 1, "10*9/L", 0.2, 1.0),
                    _R("711-2", "Eosinophil count", max(c.absolute("eos"), 0.03), 2, "10*9/L", 0.02, 0.50),
                    _R("704-7", "Basophil count", max(c.absolute("baso"), 0.03), 2, "10*9/L", 0.02, 0.10)]
        groups.append(("Full blood count", "Normal - no action" if variant == 1 else
                       "Abnormal - needs treatment, prescription to collect", [(r, None) for r in fbc]))
    if variant == 1:
        cr = _draw(rng, 59, 104, 0, "h")
        mdrd = 175 * (cr / 88.4) ** -1.154 * age ** -0.203
        groups.append(("Urea and electrolytes", "Borderline - see doctor at next review", [
            (_R("2951-2", "Serum sodium level", _draw(rng, 133, 146, 0), 0, "mmol/L", 133, 146), None),
            (_R("2823-3", "Serum potassium level", _draw(rng, 3.5, 5.3, 1, _pick(rng, 0.4, "h")), 1, "mmol/L", 3.5,
                5.3), None),
            (_R("22664-7", "Serum urea level", _draw(rng, 2.5, 7.8, 1, "h"), 1, "mmol/L", 2.5, 7.8), None),
            (_R("14682-9", "Serum creatinine level", cr, 0, "umol/L", 59, 104), None),
            (_R("33914-3", "GFR calculated abbreviated MDRD", float(round(mdrd)), 0, "mL/min/1.73m*2"), "")]))
    if variant == 2:
        groups.append(("Liver function tests", "Normal - no action", [
            (_R("14631-6", "Serum bilirubin level", _draw(rng, 0, 21, 0), 0, "umol/L", 0, 21), None),
            (_R("6768-6", "Serum alkaline phosphatase level", _draw(rng, 30, 130, 0), 0, "U/L", 30, 130), None),
            (_R("1742-6", "Serum alanine aminotransferase level", _draw(rng, 0, 33, 0), 0, "U/L", 0, 33), None),
            (_R("1751-7", "Serum albumin level", _draw(rng, 35, 50, 0), 0, "g/L", 35, 50), None),
            (_R("2885-2", "Serum total protein level", _draw(rng, 60, 80, 0), 0, "g/L", 60, 80), None)]))
        tc = round(rng.uniform(5.4, 7.2), 1)
        hdl = round(rng.uniform(1.1, 1.9), 1)
        tg = _draw(rng, 0.5, 1.7, 1, rng.choice("nh"))
        groups.append(("Lipid profile", "Abnormal - see doctor, routine appointment", [
            (_R("14647-2", "Serum cholesterol level", tc, 1, "mmol/L"), ""),
            (_R("14646-4", "Serum HDL cholesterol level", hdl, 1, "mmol/L"), ""),
            (_R("14927-8", "Serum triglycerides level", tg, 1, "mmol/L", 0.5, 1.7), None),
            (_R("39469-2", "Serum LDL cholesterol level", round(tc - hdl - tg / 2.2, 1), 1, "mmol/L"), ""),
            (_R("70204-3", "Serum non high density lipoprotein cholesterol level", round(tc - hdl, 1), 1, "mmol/L"),
             ""),
            (_R("9830-1", "Serum cholesterol/HDL ratio", round(tc / hdl, 1), 1, None), "")]))
        groups.append(("HbA1c", "Borderline - see doctor at next review", [
            (_R("59261-8", "Haemoglobin A1c level - IFCC standardised", _draw(rng, 20, 41, 0, "h"), 0, "mmol/mol",
                20, 41), None)]))
    if variant == 3:
        groups.append(("Thyroid function", "Normal - no action", [
            (_R("3016-3", "Serum TSH level", _draw(rng, 0.27, 4.20, 2), 2, "mU/L", 0.27, 4.20), None),
            (_R("14920-3", "Serum free T4 level", _draw(rng, 12.0, 22.0, 1), 1, "pmol/L", 12.0, 22.0), None)]))
        groups.append(("Haematinics and vitamin D", "Abnormal - needs treatment, prescription to collect", [
            (_R("2276-4", "Serum ferritin level", _draw(rng, 15, 150, 0, "l"), 0, "ug/L", 15, 150), None),
            (_R("2132-9", "Serum vitamin B12 level", _draw(rng, 197, 771, 0), 0, "ng/L", 197, 771), None),
            (_R("2284-8", "Serum folate level", _draw(rng, 3.9, 26.8, 1, rng.choice("nl")), 1, "ug/L", 3.9, 26.8),
             None),
            (_R("62292-8", "Serum 25-hydroxy vitamin D level", _draw(rng, 50, 175, 0, "l"), 0, "nmol/L", 50, 175),
             None),
            (_R("1988-5", "Plasma C reactive protein", 4.0, 0, "mg/L", 0, 5, comp="<"), None)]))
    # ------------------------------------------------------------------------------------ the screen
    W, H = 1600, 900
    doc = fitz.open()
    cv = _Cv(doc, W, H)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    blue: Color = (0.0, 0.37, 0.72)
    cv.rect(0, 0, W, 38, c=None, fill=(0.2, 0.21, 0.23))
    cv.rect(10, 8, 300, 38, c=None, fill=(0.32, 0.33, 0.36))
    cv.t(24, 28, "Test results - MyGP Record", "lsans", 13, (0.95, 0.95, 0.95))
    cv.rect(0, 38, W, 78, c=None, fill=(0.32, 0.33, 0.36))
    cv.rect(120, 45, W - 200, 71, c=None, fill=(0.2, 0.21, 0.23), radius=0.5)
    cv.t(140, 63, "online.mygprecord.co.uk/patient/test-results", "lsans", 13.5, (0.9, 0.9, 0.9))
    cv.rect(0, 78, W, 138, c=None, fill=blue)
    cv.t(30, 117, "MyGP Record", "lsansb", 22, (1, 1, 1))
    cv.t(200, 117, f"{rng.choice(['Riverside', 'Moorfield', 'Kingsway'])} Medical Practice", "lsans", 15, (1, 1, 1))
    cv.tr(W - 30, 115, f"{patient}   |   NHS number {rng.randint(400, 499)} {rng.randint(100, 999)} "
                       f"{rng.randint(1000, 9999)}   |   Log out", "lsans", 13, (1, 1, 1))
    cv.rect(0, 138, 400, H, c=None, fill=(0.94, 0.95, 0.96))
    cv.t(24, 176, "Test results", "lsansb", 20, (0.1, 0.1, 0.1))
    older = [(coll - _dt.timedelta(days=rng.randint(120, 900)), t) for t in ("Urine albumin:creatinine ratio",
                                                                           "Full blood count", "Lipid profile",
                                                                           "Serum PSA level")]
    older = [(coll, t) for t, _, _ in groups] + sorted(older, reverse=True)
    yy = 210
    for i, (d, t) in enumerate(older[:7]):
        if i < len(groups):
            cv.rect(0, yy - 20, 400, yy + 26, c=None, fill=(0.82, 0.89, 0.96))
        cv.t(24, yy, f"{d:%d %b %Y}", "lsans", 12.5, (0.35, 0.35, 0.35))
        cv.t(24, yy + 18, t, "lsansb" if i < len(groups) else "lsans", 14, (0.1, 0.1, 0.1))
        yy += 56
    x0 = 430
    cv.t(x0, 176, f"Results from {coll:%d %B %Y}", "lsansb", 20, (0.1, 0.1, 0.1))
    cv.t(x0, 200, f"Date taken: {coll:%d-%b-%Y}   ·   Sample: Blood   ·   Requested by: "
                  f"{rng.choice(['Dr S Patel', 'Dr J Morgan', 'Dr H Okafor'])}   ·   Sex: "
                  f"{'Female' if female else 'Male'}", "lsans", 13.5, (0.3, 0.3, 0.3))
    y = 238
    big = sum(len(r) for _, _, r in groups) > 14
    rh = 25 if big else 29
    for title, comment, rows in groups:
        cv.rect(x0, y - 18, W - 30, y + 8, c=None, fill=(0.93, 0.95, 0.98))
        cv.t(x0 + 10, y, title, "lsansb", 15, blue)
        cv.tr(W - 40, y, f"Comment from your GP: {comment}", "lsansi", 12.5, (0.3, 0.3, 0.3))
        y += rh + 4
        for r, rtext in rows:
            txt = (r.comp or "") + _num(r.value, r.dec)
            cv.t(x0 + 10, y, r.name, "lsans", 14.5, (0.12, 0.12, 0.12))
            cv.tr(x0 + 640, y, txt, "lsansb", 14.5, (0.12, 0.12, 0.12))
            cv.t(x0 + 652, y, r.unit or "", "lsans", 13.5, (0.2, 0.2, 0.2))
            cv.t(x0 + 790, y, rtext if rtext is not None else rr(r.lo, r.hi, r.dec), "lsans", 13.5,
                 (0.3, 0.3, 0.3))
            pf = {"H": "High", "L": "Low", "HH": "High", "LL": "Low"}.get(r.flag)
            if pf:
                cv.rect(x0 + 960, y - 14, x0 + 1010, y + 4, c=None, fill=(0.78, 0.1, 0.1), radius=0.3)
                cv.tc(x0 + 985, y - 1, pf, "lsansb", 11.5, (1, 1, 1))
            exp.append(r.exp(pf))
            printed.append(txt)
            y += rh
        y += 14
    pdf = _finish(doc, "screen", "browser")
    img = _screen_photo(_raster(pdf, 72), g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ========================== E12  Zambia: teaching-hospital report whose reference intervals are numbered footnotes

def _zm_iv(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is None and hi is not None:
        return f"below {_num(hi, dec)}"
    if hi is None and lo is not None:
        return f"above {_num(lo, dec)}"
    return f"{_num(lo, dec)}–{_num(hi, dec)}"


def _e12(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(33, 44), 2: rng.randint(42, 51), 3: rng.randint(55, 63)}[variant]
    patient = {1: "MWANZA, Chileshe Bwalya", 2: "BANDA, Mutinta Grace", 3: "PHIRI, Kelvin Mulenga"}[variant]
    clinic = {1: "ART Clinic (Clinic 9)", 2: "Medical Ward F3", 3: "Diabetes Clinic (OPD 2)"}[variant]
    # a section: (title, rows); a row: (_R, footnote text for the interval, sexed) or ("txt", name, result)
    secs: list[tuple[str, list]] = []
    c = _cbc(rng, female, {1: "n", 2: rng.choice(["ida", "infect"]), 3: "n"}[variant])
    hb_r = (12.0, 15.0) if female else (13.0, 17.0)
    fbc = [(_R("718-7", "Haemoglobin", c.hb, 1, "g/dL", *hb_r), "men 13.0–17.0, women 12.0–15.0 g/dL"),
           (_R("6690-2", "White cell count", round(c.wbc, 1), 1, "×10⁹/L", 4.0, 10.0), None),
           (_R("777-3", "Platelets", round(c.plt), 0, "×10⁹/L", 150, 400), None),
           (_R("787-2", "MCV", round(c.mcv), 0, "fL", 80, 100), None),
           (_R("751-8", "Neutrophils", c.absolute("neut", 1), 1, "×10⁹/L", 2.0, 7.0), None),
           (_R("731-0", "Lymphocytes", c.absolute("lym", 1), 1, "×10⁹/L", 1.0, 3.0), None)]
    secs.append(("HAEMATOLOGY", fbc))
    if variant == 1:
        cd4 = rng.randint(230, 460)
        secs.append(("IMMUNOLOGY", [
            (_R("24467-3", "CD4 count", cd4, 0, "cells/µL", 500, 1500), None),
            (_R("8123-2", "CD4 percentage", round(rng.uniform(14, 24), 1), 1, "%", 30.0, 60.0), None),
            ("txt", "Cryptococcal antigen (CrAg LFA)", "Negative"),
            ("txt", "HIV-1 RNA (viral load)", (f"< 20 copies/mL  (previous {rng.randint(40, 900)} copies/mL, "
                                               f"{coll - _dt.timedelta(days=rng.randint(150, 200)):%d/%m/%Y})"))]))
        cr = _draw(rng, 62, 106, 0, rng.choice("nh"))
        secs.append(("CHEMISTRY", [
            (_R("14682-9", "Creatinine", cr, 0, "µmol/L", 62, 106), "men 62–106, women 44–80 µmol/L"),
            (_R("1742-6", "ALT", _draw(rng, 7, 40, 0, _pick(rng, 0.4, "h")), 0, "U/L", 7, 40), None),
            (_R("14749-6", "Glucose (random)", _draw(rng, 3.3, 7.8, 1), 1, "mmol/L", 3.3, 7.8), None)]))
    if variant == 2:
        cr = _draw(rng, 44, 80, 0, "h")
        ue = [(_R("2951-2", "Sodium", _draw(rng, 135, 145, 0, "l"), 0, "mmol/L", 135, 145), None),
              (_R("2823-3", "Potassium", _draw(rng, 3.5, 5.0, 1, "l"), 1, "mmol/L", 3.5, 5.0), None),
              (_R("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mmol/L", 98, 107), None),
              (_R("22664-7", "Urea", _draw(rng, 2.5, 7.1, 1, "h"), 1, "mmol/L", 2.5, 7.1), None),
              (_R("14682-9", "Creatinine", cr, 0, "µmol/L", 44, 80), "men 62–106, women 44–80 µmol/L")]
        secs.append(("UREA & ELECTROLYTES", ue))
        tp = _draw(rng, 64, 83, 0)
        alb = _draw(rng, 35, 52, 0, "l")
        lft = [(_R("14631-6", "Bilirubin, total", _draw(rng, 3, 21, 0, rng.choice("nh")), 0, "µmol/L", 3, 21), None),
               (_R("14629-0", "Bilirubin, direct", _draw(rng, None, 5, 0, floor=1), 0, "µmol/L", None, 5), None),
               (_R("1742-6", "ALT", _draw(rng, 7, 35, 0, rng.choice("nh")), 0, "U/L", 7, 35), None),
               (_R("1920-8", "AST", _draw(rng, 8, 33, 0, rng.choice("nh")), 0, "U/L", 8, 33), None),
               (_R("6768-6", "Alkaline phosphatase", _draw(rng, 35, 105, 0, rng.choice("nh")), 0, "U/L", 35, 105),
                None),
               (_R("2324-2", "Gamma GT", _draw(rng, None, 40, 0, rng.choice("nh"), floor=8), 0, "U/L", None, 40),
                None),
               (_R("2885-2", "Total protein", tp, 0, "g/L", 64, 83), None),
               (_R("1751-7", "Albumin", alb, 0, "g/L", 35, 52), None)]
        secs.append(("LIVER FUNCTION TESTS", lft))
    if variant == 3:
        tc = _draw(rng, None, 5.2, 1, "h")
        hdl = _draw(rng, 1.0, 1.8, 2, rng.choice("nl"))
        tg = _draw(rng, None, 1.7, 2, rng.choice("nh"), floor=0.7)
        chem = [(_R("14749-6", "Glucose (fasting)", _draw(rng, 3.9, 6.1, 1, "h"), 1, "mmol/L", 3.9, 6.1), None),
                (_R("4548-4", "HbA1c", _draw(rng, 4.0, 6.0, 1, "h"), 1, "%", 4.0, 6.0), None),
                (_R("14647-2", "Cholesterol, total", tc, 1, "mmol/L", None, 5.2), None),
                (_R("14646-4", "HDL cholesterol", hdl, 2, "mmol/L", 1.0, None), None),
                (_R("14927-8", "Triglycerides", tg, 2, "mmol/L", None, 1.7), None),
                (_R("39469-2", "LDL cholesterol (calc.)", round(tc - hdl - tg / 2.2, 1), 1, "mmol/L", None, 3.4),
                 None),
                (_R("14933-6", "Uric acid", _draw(rng, 200, 420, 0, rng.choice("nh")), 0, "µmol/L", 200, 420),
                 "men 200–420, women 140–340 µmol/L"),
                (_R("14682-9", "Creatinine", _draw(rng, 62, 106, 0), 0, "µmol/L", 62, 106),
                 "men 62–106, women 44–80 µmol/L"),
                (_R("2857-1", "PSA, total", _draw(rng, None, 4.0, 2, floor=0.4), 2, "ng/mL", None, 4.0), None)]
        secs.append(("CLINICAL CHEMISTRY", chem))
        secs.append(("SEROLOGY", [(_q("5196-1", "Hepatitis B surface antigen", "Negative", "negative"), None),
                                  (_q("20507-0", "RPR (syphilis)", "Non-reactive", "non-reactive"), None)]))
    # ---------------------------------------------------------------------------------------- render
    doc = fitz.open()
    W, H = 595, 842
    cv = _Cv(doc, W, H)
    exp: list[ExpectedResult] = []
    printed: list[str] = []
    green: Color = (0.1, 0.4, 0.15)
    cv.t(40, 44, "NKANA TEACHING HOSPITAL", "serifb", 14, green)
    cv.t(40, 58, "Department of Pathology and Microbiology — Kitwe, Zambia", "serif", 9)
    cv.t(40, 70, f"P.O. Box {rng.randint(20000, 29999)}, Kitwe  ·  Tel +260 212 2{rng.randint(10000, 99999)}  ·  "
                 "lab.reception@nkanath.gov.zm", "serif", 7.5, (0.35, 0.35, 0.35))
    cv.tr(W - 40, 44, "LABORATORY RESULTS", "serifb", 11)
    cv.tr(W - 40, 58, f"Lab No. NTH/{coll:%y}/{rng.randint(10000, 99999)}", "serif", 8)
    cv.ln(40, 78, W - 40, 78, 1.2, green)
    info = [("Patient", patient), ("File No.", f"{rng.randint(100, 999)}/{coll:%y}/{rng.randint(1000, 9999)}"),
            ("Sex", "Female" if female else "Male"), ("Age", f"{age} years"), ("Ward / clinic", clinic),
            ("Requested by", rng.choice(["Dr M. Zulu", "Dr C. Mumba", "Dr P. Kapata"])),
            ("Collected", f"{coll:%d/%m/%Y} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}"),
            ("Received", f"{coll:%d/%m/%Y} {rng.randint(11, 13):02d}:{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x0 = 40 if i % 2 == 0 else 300
        yy = 82 + (i // 2) * 15
        cv.rect(x0, yy, x0 + 255, yy + 15, c=(0.6, 0.6, 0.6), w=0.4)
        cv.t(x0 + 4, yy + 10.5, k, "serif", 7.5, (0.35, 0.35, 0.35))
        cv.t(x0 + 72, yy + 10.5, v, "serifb", 8)
    y = 160
    cv.t(44, y, "Investigation", "serifb", 8.5)
    cv.tr(330, y, "Result", "serifb", 8.5)
    cv.t(345, y, "Units", "serifb", 8.5)
    cv.t(430, y, "Flag", "serifb", 8.5)
    cv.ln(40, y + 4, W - 40, y + 4, 0.6)
    y += 18
    notes: list[str] = []
    for title, rows in secs:
        cv.t(44, y, title, "serifb", 8.5, green)
        y += 14
        for row in rows:
            if row[0] == "txt":
                cv.t(54, y, row[1], "serif", 9)
                cv.t(250, y, row[2], "serif", 9)
                y += 13.5
                continue
            r, sexed = row
            cv.t(54, y, r.name, "serif", 9)
            if r.value is not None:
                notes.append(f"{r.name}: {sexed or (_zm_iv(r.lo, r.hi, r.dec) + ' ' + (r.unit or ''))}")
                cv.t(54 + _tw(r.name, "serif", 9) + 1.2, y - 3.5, str(len(notes)), "serif", 6)
            txt = r.word if r.value is None else _num(r.value, r.dec)
            cv.tr(330, y, txt or "", "serifb" if r.flag != "N" else "serif", 9)
            cv.t(345, y, r.unit or "", "serif", 9)
            pf = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag)
            if pf:
                cv.t(432, y, pf, "serifb", 9)
            exp.append(r.exp(pf))
            printed.append(txt or "")
            y += 13.5
        y += 6
    cv.ln(40, y, W - 40, y, 0.4, (0.5, 0.5, 0.5))
    y += 12
    cv.t(40, y, "Reference intervals (adults):", "serifb", 7.5)
    y += 10
    for i, n_ in enumerate(notes):
        cv.t(44, y, str(i + 1), "serif", 5.5)
        cv.t(52, y + 2, n_.replace("  ", " ").strip(), "serif", 7)
        y += 9.5
    y += 6
    y = cv.para(40, y, W - 80, "Flags: H above, L below the reference interval for the patient's sex. Intervals "
                "from the hospital laboratory's local verification (2019), adapted from manufacturer inserts. "
                f"Queries: extension {rng.randint(200, 299)} (chemistry) or {rng.randint(300, 399)} (haematology).",
                "serif", 7) + 4
    cv.t(40, H - 48, f"Results authorised by: {rng.choice(['S. Chanda', 'B. Lungu', 'E. Mwale'])}, Biomedical "
                     f"Scientist  ·  {coll + _dt.timedelta(days=1):%d/%m/%Y}", "serif", 7.5)
    cv.ln(40, H - 40, W - 40, H - 40, 0.5, green)
    cv.t(40, H - 30, "This report is computer generated. Please file in the patient's record.", "serif", 6.8,
         (0.4, 0.4, 0.4))
    cv.tr(W - 40, H - 30, "Page 1 of 1", "serif", 6.8, (0.4, 0.4, 0.4))
    pdf = _finish(doc, "Laboratory results", "DISA*Lab")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), exp, [pdf], printed)


# ================================================================================================ assembly

_PLAN: tuple[tuple[str, str, str, Callable[[str, int], _Out]], ...] = (
    ("E1", "mozambique-form-thermal-tickets", "pt", _e1),
    ("E2", "caboverde-dotmatrix-greenbar", "pt", _e2),
    ("E3", "portugal-portal-screenshot", "pt", _e3),
    ("E4", "angola-clinic-boletim", "pt", _e4),
    ("E5", "brazil-donor-letter", "pt", _e5),
    ("E6", "timorleste-bilingual-a5", "pt", _e6),
    ("E7", "ghana-carbon-copy-form", "en", _e7),
    ("E8", "srilanka-unit-in-name", "en", _e8),
    ("E9", "hongkong-rotated-landscape", "en", _e9),
    ("E10", "bahamas-three-column-flow", "en", _e10),
    ("E11", "england-screen-photo", "en", _e11),
    ("E12", "zambia-footnote-ranges", "en", _e12),
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
    text = text.replace("\xa0", " ").replace("\xad", "-")
    return [f"{e.name_as_printed!r} / {p!r}" for e, p in zip(o.expected, o.printed)
            if e.name_as_printed not in text or p not in text]


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    import json
    from dataclasses import asdict

    outdir = sys.argv[1] if len(sys.argv) > 1 else "labs_test_e_out"
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
        print(f"{rep.name:<45} {ext}  {len(rep.expected):3d} results" + (f"  NOT PRINTED: {problems}" if problems
                                                                           else ""))
    print(f"{total} expected results written to {outdir}")
