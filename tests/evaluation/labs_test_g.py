"""Blind TEST part G of the lab-report evaluation: twelve layout families (prefix "G"), 36 reports.

Written blind on 2026-11-28 by a sixteenth independent author: without reading the lab-report reader or the service
around it (nlp/, service/, graph/, ingestion/, bench/), the scorer or any reader output, and without running the
reader, the pipeline, the scorer or any OCR on these reports.  Read were only tests/evaluation/lab_reports.py (the
interface and its ground-truth docstrings), labs_test_f.py (as an example of a generator's structure: PyMuPDF
rendering, scan simulation, determinism; nothing is imported from it), the top docstrings of the other parts (to
keep these countries, layouts, wordings and degradations unlike theirs) and the product's published LOINC table
(lab_codes.md).  Held-out material: never tune the reader on it, never edit it to match the reader.

Deterministic: one random.Random per report seeded with "labs-test-g/2026-11-28/" + report name (+ "#k" when a draw
put a value exactly on a reference bound and was repeated), pixel noise from a numpy generator seeded from a SHA-256
of the same string; fixed PDF metadata, no new /ID, fonts subset, so two calls
of reports() give byte-identical content (also across processes).  Report names: "<family>-<slug>-<lang>-NN".
`python3 -m tests.evaluation.labs_test_g OUTDIR` writes NAME.pdf|png and NAME.json and checks that every expected
name and printed value is in the text layer of the report (for images: of the page(s) rendered before degradation).

Families (3 reports each; 6 Portuguese, 6 English; 5 delivered as PNG images), about 760 expected results
  G1   pt  Brazil (Belém, Pará), PDF: STATE PUBLIC-HEALTH LABORATORY (LACEN) report printed from the national GAL
           system: notification header (CNS card number, GAL requisition, SINAN notification number, "Agravo"), one
           ruled block per exam with Material / Metodologia / Kit-lote-validade / coleta-recebimento-liberação lines,
           "Resultado:" and "Valor de referência:" lines; results almost all QUALITATIVE (Reagente / Não Reagente)
           with S/CO "Índice" lines and a VDRL "Título" line; anti-HBs in mUI/mL ("< 2,0" in -02); measles, dengue,
           chikungunya, parvovirus, HTLV and hepatitis D exams and an HBV-DNA exam "Em análise" are not results.
  G2   pt  Angola (Huambo), PNG: provincial-hospital results TYPED ON A MECHANICAL TYPEWRITER under the printed
           letterhead, the sheet folded in three and scanned (grey, 240 dpi): uneven key strikes (baseline jitter,
           ink density per character, ribbon drying down the page), tab-stop columns, typed underlines, ONE WRONG
           VALUE OVERSTRUCK WITH "XXX" and the correct value typed beside it (the struck value is not a result),
           "V.N.:" references with both sexes "H ... / M ...", "6.800" /mm3 and "245.000" /mm3 (thousands dots),
           manual leucocyte formula in whole %, ESR in "mm/1.ª h", Urina II; violet rubber stamp over a signature;
           -02 a critical anaemia (Hb and Hct) with a typed notification note.
  G3   pt  Portugal (Viseu), PNG: a 2-page private-laboratory report PRINTED "2 PÁGINAS POR FOLHA" (both portrait pages
           reduced to 68 % side by side on one landscape A4 sheet) and scanned in grey at 300 dpi (laser toner
           density, a drum streak, lid shadow); each half repeats the banner and "Pág. n/2"; x10^9/L counts, leucocyte
           formula with the % and the absolute count on one row (the reference is the absolute one), "Homens: /
           Mulheres:" two-line references, ↑ / ↓ flags, eGFR "> 90", CRP "< 0,5", thyroid, vitamins, HbA1c, PSA,
           Urina II with density and pH.
  G4   pt  Brazil (Goiânia), PDF: SPECIALISED PROTEIN / IMMUNOLOGY laboratory: serum protein electrophoresis with a
           drawn densitogram (migration axis numbers, peak labels with %) and a fraction table "Fração | % | g/dL |
           VR (%) | VR (g/dL)" (only the g/dL fractions are results), total protein and A/G ratio, immunoglobulins
           (thousands dot, e.g. "2.903 mg/dL"), free light chains, their ratio and the immunofixation (not in the
           code table);
           -01 monoclonal gammopathy workup, -02 autoimmune panel (C3 / C4, FAN with its titre and pattern lines,
           anti-dsDNA, rheumatoid factor "< 8,0", anti-CCP, ESR, CRP), -03 nutritional proteins, zinc, copper and
           vitamins A / E next to the electrophoresis (two albumin results with different codes).
  G5   pt  Brazil (Recife), PDF: MATERNITY-HOSPITAL NEWBORN report ("RN DE <mother's name>"), age printed in days and
           hours of life, gestational age and birth weight (not results), reference cells that are NEONATAL AGE-BAND
           tables (days for blood counts, hours for bilirubin), a "DADOS MATERNOS" box with the MOTHER's blood group
           and serologies (not results of this patient), the newborn's ABO / Rh and direct Coombs, bilirubins,
           reticulocytes, leucogram % + /mm³ with metamyelocytes and band cells, erythroblasts per 100 leucocytes;
           -03 a critical neonatal hypoglycaemia flagged "CRÍTICO" with a notification line.
  G6   pt  Cabo Verde (Mindelo), PNG: private clinic report printed on REUSED PAPER: the mirrored text of an old price
           list on the back ("1.200$00") shows through the colour 200 dpi scan; bordered grid in which sections that
           share a unit print it ONLY in the section header row ("BIOQUÍMICA — resultados em mg/dL", "ENZIMAS — ...
           U/L", "IONOGRAMA — ... mmol/L") and the other sections have a unit column; "H: ... / M: ..." references,
           "≤" / "≥" one-sided references, "Alto" / "Baixo" in an "Obs." column.
  G7   en  Malawi (Blantyre), PNG: PHONE PHOTO of two facing pages of a patient-held HEALTH PASSPORT booklet on a desk
           (gutter shadow, page curl, perspective, warm side light, JPEG): ruled pages with a clinician's
           handwriting-style notes (vital signs, weight, MUAC, doses: not results) and the hospital LIS's THERMAL
           RESULT STICKERS stuck on; the left page carries an OLDER visit's sticker (previous results, not results),
           the right page this visit's stickers (FBC with absolute counts, CD4 count and %, chemistry, lipids, LFT,
           malaria / CrAg lines that are not in the table); "L" / "H" after the value.
  G8   en  Papua New Guinea (Port Moresby), PDF landscape: hospital report in HORIZONTAL STRIPS: each panel is a
           bordered table whose COLUMNS are analytes (abbreviated names "Hb", "PCV", "WCC", "T.Bili") and whose rows
           are Result / Flag / Units / Ref. range; SI units (g/L, L/L, x10^9/L, umol/L, mmol/L); % and absolute
           differential strips; -03 a critical potassium (flag row "HH") with a phoned-result note.
  G9   en  Zimbabwe (Harare), PDF: MEDICAL-AID CORPORATE WELLNESS-DAY summary for an employee: point-of-care screening
           results in a table "Check | Your result | Healthy range | Status" (status "Within range" / "Above range" /
           "Below range" / "Abnormal"), physical checks (blood pressure, BMI, waist: not results), then personalised
           paragraphs REPEATING the same values (one result each) and quoting last year's cholesterol (not a result).
  G10  en  Malta (Msida), PDF: ONCOLOGY DAY UNIT "pre-treatment blood results / fitness to treat" sheet: regimen,
           cycle, height, weight, BSA and doses (not results), "Test | Result | Units | Flag | Normal range | Treatment
           threshold | Met" (the normal range is the reference, the threshold and the Yes / NO ticks are not), a
           tumour marker, a PROCEED / DEFER decision box; -03 a critical neutropenia ("LL") that defers the cycle.
  G11  en  The Gambia (Serrekunda), PNG: diagnostic-centre results printed on the 80 mm THERMAL RECEIPT printer
           together with the payment lines (items, prices, total, cash and change in dalasi, receipt number: not
           results), TWO LINES PER TEST (name, then value / flag / unit / range), scanned in grey at 240 dpi with
           the lid open: faded thermal print, dead heating elements, a fold, curl, dark background; malaria RDT,
           Widal, sickling and Hb genotype lines are not in the table.
  G12  en  Cameroon (Bamenda), PDF: BILINGUAL ENGLISH / FRENCH regional-hospital report ("Haemoglobin / Hémoglobine",
           "Negative / Négatif", column headers in both languages); francophone mass units: glucose, urea and lipids
           in g/L, creatinine and uric acid in mg/L, bilirubin in mg/L, albumin in g/L; references "M: ... ; F: ...";
           "H" / "L" in a "Flag / Ind." column; malaria film and Widal lines; -03 hepatitis B follow-up (HBsAg,
           HBeAg, anti-HBe, AFP, PT activity and INR; the viral-load line is not a result).

Ground truth (lab_reports.ExpectedResult) and the decisions taken where the conventions are silent
- What is a result: every value printed as this patient's result for this collection, of an analyte in the code
  table.  NOT results: dates, ages, IDs (CNS, GAL, SINAN, MRN, ID-card, receipt and lab numbers), phone numbers,
  prices, vital signs and body measurements, birth weight, gestational age, doses and BSA, S/CO indexes, the VDRL
  titre and the FAN titre / pattern printed on their own lines, treatment thresholds (G10), electrophoresis
  percentages and densitogram figures (G4), free light chains, their ratio and the immunofixation, tests absent
  from the table (measles, dengue, chikungunya, parvovirus, HTLV, hepatitis D, malaria, Widal, sickling, Hb
  genotype, CrAg, viral load), exams "Em análise", urine colour / aspect, the mother's data (G5), the overstruck
  value (G2), the older sticker (G7), last year's value quoted in G9, and the mirrored show-through (G6).  A value
  repeated in prose (G9) or in a critical-call note is the same result, expected once.
- name_as_printed: the label as printed, without a trailing colon; G1: the exam title after "EXAME:"; G8: the
  column header; G12: the English part of the bilingual label (before " / "); G7 / G11: the sticker / receipt
  label; G9: the "Check" cell; a % and an absolute count printed on one row share the name.  A blood-group line
  gives ABO 883-9 (qualitative "o" / "a" / "b" / "ab") and a separate Rh line 10331-7 ("positive" / "negative").
- value: the number as printed (decimal comma read in G1-G6; a dot before three digits in G2 / G4 / G5 counts and
  immunoglobulins, e.g. "6.800" /mm3, "245.000" /mm3, "2.903" mg/dL, "28.300" /mm³, groups thousands; urine
  density "1,015" is 1.015); comparator for "< 2,0", "> 90", ">90", "< 0,5",
  "< 8,0" with the printed number as value.  Qualitative: Não Reagente / Não reactivo / Non-reactive / NON-REACTIVE
  -> non-reactive; Reagente -> reactive; Negativo / Negative / Negative / Négatif / NEGATIVE -> negative; Positivo
  / Positivo (+) / Positivo (++) / Positive / Positif / POSITIVE / 2+ -> positive; Vestígios / Trace -> trace;
  Algumas (epithelial cells) -> present.
- unit: as printed beside the value, in its column or in its section header row (G6); None for INR, A/G ratio,
  urine density and pH and qualitative results.
- ref_low / ref_high: the interval that applies to this patient: the printed sex's part ("Homens / Mulheres",
  "H ... / M ...", "M: ... ; F: ..."), the newborn's band in days or hours of life (G5), the normal range (G10, not
  the treatment threshold), the "Healthy range" (G9).  "< x", "≤ x", "até x", "inferior a x", "below x" -> high
  only; "> x", "≥ x", "superior a x", "above x" -> low only; "0 - 2" keeps 0; "Negativo" / "Não Reagente" /
  "Não estabelecido" / "—" -> no interval.
- flag: N inside (bounds inclusive; no value sits on a non-zero bound: such a draw is repeated), L / H outside, a
  "<x" value compared by its printed number (anti-HBs "< 2,0" against "≥ 10,0" is L); LL / HH only beyond these
  critical limits (converted to the printed unit): potassium < 2.5 or > 6.5 mmol/L; sodium < 120 or > 160 mmol/L;
  glucose < 40 or > 450 mg/dL (< 2.2 or > 25 mmol/L; < 0.40 or > 4.50 g/L); haemoglobin < 6 g/dL (60 g/L);
  haematocrit < 15 %; platelets < 20 x10^3/µL; white cells < 1 or > 50 x10^3/µL; neutrophils < 0.5 x10^3/µL.
  Generated critical values lie clearly beyond every published list: Hb 4.2-4.8 g/dL with Hct 12-15 % (G2-02),
  neonatal glucose 21-26 mg/dL (G5-03), potassium 7.1-7.5 mmol/L (G8-03), neutrophils 0.22-0.34 x10^9/L (G10-03).
  Other values of these and other analytes stay short of any list (K 3.0-5.8, Na >= 129, glucose <= 290 mg/dL or
  15.2 mmol/L, Hb >= 8.6 g/dL, platelets >= 72, WBC 2.3-30, neutrophils >= 1.0 elsewhere, creatinine <= 3.9 mg/dL,
  calcium <= 11.4 mg/dL, neonatal bilirubin <= 14.6 mg/dL).  Analytes without such limits are never LL / HH.
  Qualitative results: N.
- printed_flag: the exact text printed for the value ("↑", "↓", "Alto", "Baixo", "H", "L", "HH", "LL", "CRÍTICO",
  "Above range", "Below range", "Abnormal"); None when nothing is printed (G1 and G2 print no flags, G4 and G5 mark
  abnormal values only in bold, which is not a flag, and G5 prints "CRÍTICO" for the critical value; "Within
  range" is a status, not a flag; the G10 "Met" ticks are not flags).
  A qualitative row's printed "Abnormal" is its printed_flag while its flag stays N.
- LOINC per lab_codes.md: the ordinary code; the molar code where the value is printed in mmol/L or µmol/L and the
  table has one (glucose 14749-6, creatinine 14682-9, urea 22664-7, urate 14933-6, bilirubin 14631-6, cholesterol
  14647-2, HDL 14646-4, LDL 39469-2, triglycerides 14927-8, calcium 2000-8, adjusted calcium 29265-6, magnesium
  2601-3, phosphate 14879-1, iron 14798-3, TIBC 14800-7, free T4 14920-3); g/L, mg/L, g/dL and µg/L keep the mass
  code (glucose / urea / lipids in g/L 2345-7 / 3091-6 / 2093-3 ..., creatinine, uric acid and bilirubin in mg/L
  2160-0 / 3084-1 / 1975-2, CEA in µg/L 2039-6, ferritin in ug/L 2276-4, haemoglobin in g/L 718-7, haematocrit in
  L/L 4544-3); the % code for a differential percentage (band cells 764-1 / 763-3, metamyelocytes 740-1 / 739-3,
  erythroblasts per 100 leucocytes 58413-6); electrophoresis fractions 2862-1 / 2865-4 / 2868-8 / 2871-2 / 2874-6;
  CD4 24467-3 / 8123-2; ionised calcium 1994-3 in mmol/L; eGFR CKD-EPI 2021 98979-8 (computed from the printed
  creatinine, age and sex); ESR 4537-7; HIV rapid / combined tests 56888-1; TPHA / treponemal tests 22587-0; RPR
  20507-0; urine pregnancy test 2106-3; direct Coombs 1007-4.
- Computed results printed as results are results and agree with their printed inputs within rounding: eGFR, LDL
  (Friedewald, mg/dL or mmol/L), A/G ratio, indirect bilirubin, absolute differential counts, MCV / MCH / MCHC.
- sex and collected_on: as printed (G5: the newborn's sex; G7: the date of this visit's stickers; G9: the
  wellness-day date; G10: the "Bloods taken" date, the day before the planned treatment).
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

SEED = "labs-test-g/2026-11-28/"
FAMILIES: tuple[str, ...] = tuple(f"G{i}" for i in range(1, 13))

# ================================================================================================== fonts

_DJ = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES: dict[str, str] = {
    "sans": _DJ + "DejaVuSans.ttf", "sansb": _DJ + "DejaVuSans-Bold.ttf", "sansi": _DJ + "DejaVuSans-Oblique.ttf",
    "cond": _DJ + "DejaVuSansCondensed.ttf", "condb": _DJ + "DejaVuSansCondensed-Bold.ttf",
    "condi": _DJ + "DejaVuSansCondensed-Oblique.ttf",
    "mono": _DJ + "DejaVuSansMono.ttf", "monob": _DJ + "DejaVuSansMono-Bold.ttf",
    "serif": _DJ + "DejaVuSerif.ttf", "serifb": _DJ + "DejaVuSerif-Bold.ttf", "serifi": _DJ + "DejaVuSerif-Italic.ttf",
    # Liberation only on pages that are rasterised (its text layer maps spaces to U+00A0)
    "arial": _LIB + "LiberationSans-Regular.ttf", "arialb": _LIB + "LiberationSans-Bold.ttf",
    "narrow": _LIB + "LiberationSansNarrow-Regular.ttf", "narrowb": _LIB + "LiberationSansNarrow-Bold.ttf",
    "times": _LIB + "LiberationSerif-Regular.ttf", "timesb": _LIB + "LiberationSerif-Bold.ttf",
    "timesi": _LIB + "LiberationSerif-Italic.ttf", "lmono": _LIB + "LiberationMono-Regular.ttf",
}
_BASE14: dict[str, str] = {"mono": "cour", "monob": "cobo", "serif": "tiro", "serifb": "tibo", "serifi": "tiit",
                           "times": "tiro", "timesb": "tibo", "timesi": "tiit", "lmono": "cour"}
_FONT_CACHE: dict[str, fitz.Font] = {}


def _font(key: str) -> tuple[str, str | None]:
    """PyMuPDF font name and file for a font key (base-14 names such as "cour" pass through)."""
    if key not in _FONT_FILES:
        return key, None
    path = _FONT_FILES[key]
    if os.path.exists(path):
        return "F" + key, path
    return _BASE14.get(key, "hebo" if key.endswith("b") else "helv"), None


def _fontobj(key: str) -> fitz.Font:
    if key not in _FONT_CACHE:
        name, path = _font(key)
        _FONT_CACHE[key] = fitz.Font(fontfile=path) if path else fitz.Font(name)
    return _FONT_CACHE[key]


def _tw(s: str, f: str, sz: float) -> float:
    return _fontobj(f).text_length(s, fontsize=sz)


Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.42, 0.42, 0.42)
WHITE: Color = (1.0, 1.0, 1.0)


class _Pg:
    """Drawing helpers on one PDF page (top-left origin, points)."""

    def __init__(self, doc: fitz.Document, w: float = 595.0, h: float = 842.0) -> None:
        self._doc = doc
        self._page = doc.new_page(width=w, height=h)
        self._pno = self._page.number
        self.w, self.h = w, h

    @property
    def p(self) -> fitz.Page:
        if self._page.parent is None:
            self._page = self._doc[self._pno]
        return self._page

    def t(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK,
          rot: int = 0) -> None:
        if not s:
            return
        name, path = _font(f)
        self.p.insert_text(fitz.Point(x, y), s, fontname=name, fontfile=path, fontsize=sz, color=c, rotate=rot)

    def tr(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x: float, y: float, s: str, f: str = "sans", sz: float = 9.0, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.5, c: Color = BLACK,
           dashes: str | None = None) -> None:
        self.p.draw_line(fitz.Point(x0, y0), fitz.Point(x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0: float, y0: float, x1: float, y1: float, c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.5, radius: float | None = None) -> None:
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w, radius=radius)

    def circle(self, x: float, y: float, r: float, c: Color | None = BLACK, fill: Color | None = None,
               w: float = 0.5) -> None:
        self.p.draw_circle(fitz.Point(x, y), r, color=c, fill=fill, width=w)

    def poly(self, pts: list[tuple[float, float]], c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.6, closed: bool = False) -> None:
        sh = self.p.new_shape()
        sh.draw_polyline([fitz.Point(*q) for q in pts])
        sh.finish(color=c, fill=fill, width=w, closePath=closed)
        sh.commit()

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
                      "producer": "lab report renderer", "creationDate": "D:20260401090000+00'00'",
                      "modDate": "D:20260401090000+00'00'"})
    doc.subset_fonts()
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ============================================================================================= randomness


_ATTEMPT = [0]  # advanced by _built() when a draw put a value exactly on a reference bound


def _seed(name: str) -> str:
    return SEED + name + (f"#{_ATTEMPT[0]}" if _ATTEMPT[0] else "")


def _rng(name: str) -> random.Random:
    return random.Random(_seed(name))


def _nprng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(_seed(name).encode()).hexdigest()[:16], 16))


def _date(rng: random.Random, year: int = 2025) -> _dt.date:
    return _dt.date(year, rng.randint(1, 11), rng.randint(1, 28))


def _dob(rng: random.Random, on: _dt.date, age: int) -> _dt.date:
    """A birth date giving exactly `age` full years on `on`."""
    d = _dt.date(on.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    while on.year - d.year - ((on.month, on.day) < (d.month, d.day)) > age:
        d += _dt.timedelta(days=1)
    return d


_PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")
_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

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
_PER_UL = ("/mm³", "/mm3", "/µL", "/uL", "cells/µL", "cells/uL", "/cumm")


def _base(code: str, value: float, unit: str | None) -> float:
    """The value in the unit of _CRIT."""
    u = unit or ""
    if code == "718-7" and u.lower() == "g/l":
        return value / 10
    if code == "4544-3" and u == "L/L":
        return value * 100
    if code == "2345-7" and u == "g/L":
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
    for _ in range(400):
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
    """A self-consistent blood count (g/dL, %, 10^6/µL, fL, pg, g/dL, %, 10^3/µL) and a five-part differential (%)."""

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


def _cbc(rng: random.Random, female: bool, scen: str = "n", int_pct: bool = False) -> _Cbc:
    """scen: n normal, ida iron deficiency, anaemia (severe, critical), infect (neutrophilia), lowplt (moderate
    thrombocytopenia), neutro (critical neutropenia), hiv (mild lymphopenia).  int_pct: a manual differential in
    whole percent."""
    u = rng.uniform
    hb = u(12.6, 14.6) if female else u(13.9, 16.3)
    mcv, rdw, wbc, plt = u(84, 94), u(12.0, 13.8), u(4.9, 9.2), u(180, 360)
    split = [u(50, 66), u(24, 36), u(5, 9), u(1, 4), u(0.2, 0.9)]
    if scen == "ida":
        hb, mcv, rdw, plt = u(8.6, 10.4), u(66, 76), u(16.0, 19.0), u(300, 440)
    elif scen == "anaemia":
        hb, mcv, rdw, wbc, plt = u(4.2, 4.8), u(80, 92), u(17, 21), u(9.0, 14.0), u(90, 140)
        split = [u(70, 80), u(12, 20), u(4, 7), u(0.5, 2), u(0.1, 0.5)]
    elif scen == "infect":
        wbc, split = u(13.5, 19.0), [u(79, 86), u(8, 13), u(4, 7), u(0.3, 1.5), u(0.1, 0.5)]
    elif scen == "lowplt":
        hb, wbc, plt = u(10.2, 11.8), u(3.6, 5.2), u(72, 118)
    elif scen == "neutro":
        wbc, split = u(1.6, 2.1), [u(12, 16), u(62, 70), u(12, 16), u(1, 3), u(0.3, 0.8)]
    elif scen == "hiv":
        wbc, split = u(3.6, 5.0), [u(55, 66), u(18, 26), u(7, 11), u(2, 5), u(0.3, 0.8)]
    hb = round(hb, 1)
    mch = round(mcv * u(0.325, 0.345), 1)
    rbc = round(hb / mch * 10, 2)
    hct = round(rbc * mcv / 10, 1)
    mcv = round(hct / rbc * 10, 1)
    mchc = round(hb / hct * 100, 1)
    tot = sum(split)
    if int_pct:
        pct = [float(round(x / tot * 100)) for x in split]
        pct[0] = float(100 - sum(pct[1:]))
    else:
        pct = [round(x / tot * 100, 1) for x in split]
        pct[0] = round(100 - sum(pct[1:]), 1)
    return _Cbc(hb=hb, hct=hct, rbc=rbc, mcv=mcv, mch=mch, mchc=mchc, rdw=round(rdw, 1), wbc=round(wbc, 2),
                plt=round(plt), pct=dict(zip(("neut", "lym", "mono", "eos", "baso"), pct)))


_DIFF_CODES: dict[str, tuple[str, str]] = {  # key: (% code, absolute code)
    "neut": ("770-8", "751-8"), "lym": ("736-9", "731-0"), "mono": ("5905-5", "742-7"),
    "eos": ("713-8", "711-2"), "baso": ("706-2", "704-7"),
}
_DIFF_ORDER = ("neut", "lym", "mono", "eos", "baso")


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


# ============================================= G1  Brazil (Belém): state public-health laboratory, GAL system report


def _g1(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    recv = coll + _dt.timedelta(days=rng.randint(1, 2))
    female = variant != 2
    age = {1: rng.randint(19, 34), 2: rng.randint(34, 58), 3: rng.randint(6, 11)}[variant]
    patient = {1: "RAIMUNDA DE NAZARÉ COSTA FERREIRA", 2: "JOSÉ MARIA PANTOJA DOS SANTOS",
               3: "ANA BEATRIZ MONTEIRO SOUSA"}[variant]
    mother = {1: "MARIA DO SOCORRO COSTA", 2: "BENEDITA PANTOJA", 3: "KÁTIA REGINA MONTEIRO"}[variant]
    agravo = {1: "SÍFILIS EM GESTANTE / PRÉ-NATAL", 2: "HEPATITES VIRAIS", 3: "DOENÇA EXANTEMÁTICA (SARAMPO/RUBÉOLA)"}[
        variant]
    unidade = rng.choice(["UBS GUAMÁ", "UBS PEDREIRA", "UMS TERRA FIRME", "USF CREMAÇÃO"])
    sink = _Sink()
    nr = ("Não Reagente", "non-reactive")
    re_ = ("Reagente", "reactive")

    # an exam: (title, material, method, kit, result _R or None (not a result), result text, index line, ref text,
    #           extra lines)
    exams: list[dict] = []

    def ex(title: str, method: str, kit: str, r: _R | None, res: str, ref: str, idx: str | None = None,
           extra: tuple[str, ...] = (), status: str = "Liberado", material: str = "Soro") -> None:
        exams.append({"title": title, "method": method, "kit": kit, "r": r, "res": res, "ref": ref, "idx": idx,
                      "extra": extra, "status": status, "material": material})

    def sco(hi: bool) -> str:
        return _num(rng.uniform(3.5, 48.0) if hi else rng.uniform(0.05, 0.6), 2, True)

    def qual(code: str, title: str, method: str, kit: str, word_q: tuple[str, str], ref: str = "Não Reagente",
             with_idx: bool = True, extra: tuple[str, ...] = ()) -> None:
        r = _q(code, title, word_q[0], word_q[1])
        idx = f"Índice (S/CO): {sco(word_q[1] == 'reactive')}" if with_idx else None
        ex(title, method, kit, r, word_q[0], ref, idx, extra)

    def notres(title: str, method: str, kit: str, res: str, ref: str, idx: str | None = None,
               status: str = "Liberado", material: str = "Soro") -> None:
        ex(title, method, kit, None, res, ref, idx, status=status, material=material)

    cmia, elfa, elisa = "Quimioluminescência (CMIA)", "Eletroquimioluminescência (ECLIA)", "Imunoenzimático (ELISA)"
    if variant == 1:
        trep = rng.random() < 0.7
        qual("56888-1", "HIV 1/2 - Anticorpos e Antígeno p24", cmia, "ARCHITECT HIV Ag/Ab Combo", nr)
        qual("22587-0", "Sífilis - Teste Treponêmico", cmia, "ARCHITECT Syphilis TP", re_ if trep else nr)
        if trep:
            tit = rng.choice(["1:4", "1:8", "1:16", "1:32"])
            ex("VDRL", "Floculação em lâmina (VDRL)", "VDRL Brás", _q("5292-8", "VDRL", "Reagente", "reactive"),
               "Reagente", "Não Reagente", None, (f"Título: {tit}",
                                                 "Observação: resultado reagente, confirmado pelo teste treponêmico."))
        else:
            ex("VDRL", "Floculação em lâmina (VDRL)", "VDRL Brás", _q("5292-8", "VDRL", "Não Reagente", "non-reactive"),
               "Não Reagente", "Não Reagente")
        qual("5196-1", "Hepatite B - HBsAg", cmia, "ARCHITECT HBsAg Qualitative II", nr)
        qual("16128-1", "Hepatite C - Anti-HCV", cmia, "ARCHITECT Anti-HCV", nr)
        hbs = rng.random() < 0.6
        v = round(rng.uniform(42, 880), 1) if hbs else round(rng.uniform(2.4, 7.8), 1)
        ex("Hepatite B - Anti-HBs", cmia, "ARCHITECT Anti-HBs",
           _R("16935-9", "Hepatite B - Anti-HBs", v, 1, "mUI/mL", 10.0, None), "", "Imune: ≥ 10,0 mUI/mL")
        toxo_g = rng.random() < 0.6
        qual("22580-5", "Toxoplasmose - IgG", elfa, "Elecsys Toxo IgG", re_ if toxo_g else nr)
        qual("25542-2", "Toxoplasmose - IgM", elfa, "Elecsys Toxo IgM", nr)
        qual("25514-1", "Rubéola - IgG", elfa, "Elecsys Rubella IgG", re_)
        qual("22244-8", "Citomegalovírus - IgG", elfa, "Elecsys CMV IgG", re_)
        qual("30325-5", "Citomegalovírus - IgM", elfa, "Elecsys CMV IgM", nr)
        notres("HTLV I/II - Anticorpos", cmia, "ARCHITECT rHTLV-I/II", "Não Reagente", "Não Reagente",
               f"Índice (S/CO): {sco(False)}")
    elif variant == 2:
        # chronic hepatitis B: HBsAg and anti-HBc reactive, anti-HBs below the detection limit
        qual("5196-1", "Hepatite B - HBsAg", cmia, "ARCHITECT HBsAg Qualitative II", re_)
        qual("16933-4", "Hepatite B - Anti-HBc Total", cmia, "ARCHITECT Anti-HBc II", re_)
        qual("24113-3", "Hepatite B - Anti-HBc IgM", cmia, "ARCHITECT CORE-M", nr)
        qual("13954-3", "Hepatite B - HBeAg", cmia, "ARCHITECT HBeAg", nr)
        qual("13953-5", "Hepatite B - Anti-HBe", cmia, "ARCHITECT Anti-HBe", re_, "Não Reagente")
        ex("Hepatite B - Anti-HBs", cmia, "ARCHITECT Anti-HBs",
           _R("16935-9", "Hepatite B - Anti-HBs", 2.0, 1, "mUI/mL", 10.0, None, comp="<"), "",
           "Imune: ≥ 10,0 mUI/mL")
        notres("Hepatite D - Anti-HDV Total", elisa, "ETI-AB-DELTAK-2", "Não Reagente", "Não Reagente",
               f"Índice (S/CO): {sco(False)}")
        qual("13950-1", "Hepatite A - Anti-HAV IgM", cmia, "ARCHITECT HAVAb-IgM", nr)
        qual("16128-1", "Hepatite C - Anti-HCV", cmia, "ARCHITECT Anti-HCV", nr)
        qual("56888-1", "HIV 1/2 - Anticorpos e Antígeno p24", cmia, "ARCHITECT HIV Ag/Ab Combo", nr)
        notres("Hepatite B - Carga Viral (HBV-DNA)", "PCR em tempo real", "Abbott RealTime HBV", "—",
               "Limite de detecção: 10 UI/mL", status="Em análise", material="Plasma EDTA")
    else:
        notres("Sarampo - IgM", elisa, "Euroimmun Anti-Measles IgM", "Não Reagente", "Não Reagente",
               f"Índice: {sco(False)}")
        notres("Sarampo - IgG", elisa, "Euroimmun Anti-Measles IgG", "Reagente", "Não Reagente: < 200 UI/L")
        qual("24116-6", "Rubéola - IgM", elisa, "Euroimmun Anti-Rubella IgM", nr, with_idx=True)
        qual("25514-1", "Rubéola - IgG", elisa, "Euroimmun Anti-Rubella IgG", re_)
        notres("Dengue - Antígeno NS1", elisa, "Platelia Dengue NS1 Ag", "Não Reagente", "Não Reagente",
               f"Índice: {sco(False)}")
        notres("Dengue - IgM", elisa, "Panbio Dengue IgM Capture", rng.choice(["Reagente", "Não Reagente"]),
               "Não Reagente", f"Índice: {sco(True)}")
        notres("Chikungunya - IgM", elisa, "Euroimmun Anti-CHIKV IgM", "Não Reagente", "Não Reagente")
        notres("Parvovírus B19 - IgM", elisa, "Euroimmun Anti-Parvovirus B19 IgM", "Não Reagente", "Não Reagente")
        qual("30325-5", "Citomegalovírus - IgM", elisa, "Euroimmun Anti-CMV IgM", nr)
        qual("22244-8", "Citomegalovírus - IgG", elisa, "Euroimmun Anti-CMV IgG", re_)
        qual("13950-1", "Hepatite A - Anti-HAV IgM", cmia, "ARCHITECT HAVAb-IgM", nr)
    # ------------------------------------------------------------------------------------------ layout
    blue: Color = (0.07, 0.22, 0.45)
    hdr_h = 250.0
    bottom = 788.0

    def block_h(e: dict) -> float:
        return 97 + 11 * (len(e["extra"]) + (1 if e["idx"] else 0))

    pages: list[list[dict]] = [[]]
    y = hdr_h
    for e in exams:
        if y + block_h(e) > bottom:
            pages.append([])
            y = 150.0
        pages[-1].append(e)
        y += block_h(e) + 8
    laudo = f"{coll:%Y}.{rng.randint(1000, 9999)}.{rng.randint(10000, 99999)}"
    req = f"{rng.randint(1500000, 1599999)}{rng.randint(10000, 99999)}"
    cns = f"7{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} " \
          f"{rng.randint(1000, 9999)}"
    sinan = f"{rng.randint(1000000, 9999999)}"
    dob = _dob(rng, coll, age)
    doc = fitz.open()
    for pi, blocks in enumerate(pages):
        pg = _Pg(doc)
        pg.rect(30, 28, 565, 86, c=blue, w=1)
        pg.circle(62, 57, 20, c=blue, w=1.4)
        pg.tc(62, 55, "LACEN", "sansb", 7, blue)
        pg.tc(62, 64, "PA", "sansb", 7, blue)
        pg.t(92, 44, "GOVERNO DO ESTADO DO PARÁ — SECRETARIA DE ESTADO DE SAÚDE PÚBLICA", "sans", 7.5)
        pg.t(92, 58, "LABORATÓRIO CENTRAL DE SAÚDE PÚBLICA DR. ÁLVARO NOBRE — LACEN/PA", "sansb", 9.5, blue)
        pg.t(92, 70, "Rod. Augusto Montenegro, km 10 — Icoaraci, Belém/PA — CEP 66820-000 — Fone (91) 3202-"
                     f"{rng.randint(4000, 4999)}", "sans", 7, GREY)
        pg.t(92, 80, "CNES 2329908 — Rede Nacional de Laboratórios de Saúde Pública", "sans", 7, GREY)
        pg.tr(560, 44, "GAL", "sansb", 14, blue)
        pg.tr(560, 66, "Gerenciador de Ambiente Laboratorial", "sans", 6, GREY)
        pg.tr(560, 80, f"Página {pi + 1} de {len(pages)}", "sans", 7.5)
        pg.tc(297, 104, "LAUDO DE EXAME", "sansb", 11)
        pg.t(30, 120, f"Laudo nº: {laudo}", "sans", 8)
        pg.t(220, 120, f"Requisição GAL: {req}", "sans", 8)
        pg.t(420, 120, f"Data de cadastro: {coll:%d/%m/%Y}", "sans", 8)
        pg.ln(30, 126, 565, 126, 0.6)
        if pi == 0:
            box = [("Paciente:", patient), ("CNS:", cns),
                   ("Data de nascimento:", f"{dob:%d/%m/%Y}"), ("Idade:", f"{age} anos"),
                   ("Sexo:", "Feminino" if female else "Masculino"), ("Raça/cor:", rng.choice(["Parda", "Preta",
                                                                                               "Branca"])),
                   ("Nome da mãe:", mother), ("Município de residência:", rng.choice(["Belém", "Ananindeua",
                                                                                     "Marituba"])),
                   ("Unidade requisitante:", unidade), ("CNES da unidade:", f"{rng.randint(2000000, 9999999)}"),
                   ("Agravo/Doença:", agravo), ("Nº notificação SINAN:", sinan)]
            if variant == 1:
                box[5] = ("Gestante:", f"Sim — {rng.choice(['1º', '2º'])} trimestre")
            for i, (k, v) in enumerate(box):
                x = 34 if i % 2 == 0 else 320
                yy = 141 + (i // 2) * 15
                pg.t(x, yy, k, "sansb", 7.8)
                pg.t(x + _tw(k, "sansb", 7.8) + 4, yy, v, "sans", 7.8)
            pg.ln(30, 232, 565, 232, 0.6)
            y = hdr_h
        else:
            pg.t(30, 140, f"Paciente: {patient}    CNS: {cns}", "sans", 8)
            y = 150.0
        for e in blocks:
            h = block_h(e)
            pg.rect(30, y, 565, y + h, c=(0.55, 0.55, 0.6), w=0.6)
            pg.rect(30, y, 565, y + 16, c=None, fill=(0.88, 0.91, 0.96))
            pg.t(36, y + 11.5, "EXAME:", "sansb", 8.5, blue)
            pg.t(74, y + 11.5, e["title"], "sansb", 8.5)
            st = f"Status: {e['status']}"
            pg.tr(558, y + 11.5, st, "sans", 7.5, (0.1, 0.45, 0.15) if e["status"] == "Liberado" else (0.7, 0.3, 0))
            yy = y + 28
            pg.t(36, yy, f"Material: {e['material']}", "sans", 7.5)
            pg.t(200, yy, f"Metodologia: {e['method']}", "sans", 7.5)
            yy += 11
            pg.t(36, yy, f"Kit: {e['kit']}   Lote: {rng.randint(10, 99)}{rng.randint(100, 999)}"
                         f"{rng.choice('ABCDEFLMN')}{rng.randint(100, 999)}   Validade: "
                         f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", "sans", 7.5, GREY)
            yy += 11
            lib = coll + _dt.timedelta(days=rng.randint(2, 5))
            pg.t(36, yy, f"Data da coleta: {coll:%d/%m/%Y}    Data do recebimento: {recv:%d/%m/%Y}    Data da "
                         f"liberação: " + (f"{lib:%d/%m/%Y} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
                                           if e["status"] == "Liberado" else "—"), "sans", 7.5, GREY)
            yy += 16
            r: _R | None = e["r"]
            if r is not None and r.value is not None:
                res = f"{r.s(comma=True)} {r.unit}"
            else:
                res = e["res"]
            pg.t(36, yy, "Resultado:", "sansb", 9)
            pg.t(94, yy, res, "sansb", 9)
            if r is not None:
                sink.add(r, r.s(comma=True) if r.value is not None else res)
            for line in ([e["idx"]] if e["idx"] else []) + list(e["extra"]):
                yy += 11
                pg.t(94, yy, line, "sans", 7.5)
            yy += 13
            pg.t(36, yy, f"Valor de referência: {e['ref']}", "sans", 7.5)
            yy += 11
            if e["status"] == "Liberado":
                signer = rng.choice(["Farm.-Bioq. Ivete C. Lobato — CRF/PA 2187", "Biom. Paulo R. Sarmento — CRBM 4517",
                                     "Farm.-Bioq. Lúcia H. Barra — CRF/PA 3390"])
                pg.t(36, yy, f"Liberado por: {signer}", "sansi", 7, GREY)
            else:
                pg.t(36, yy, "Exame em análise — o resultado será liberado em laudo complementar.", "sansi", 7,
                     (0.7, 0.3, 0))
            y += h + 8
        pg.ln(30, 796, 565, 796, 0.5, GREY)
        pg.t(30, 806, "Laudo emitido eletronicamente pelo GAL. A autenticidade pode ser verificada em "
                      "gal.saude.pa.gov.br com o código " + f"{rng.randint(10**9, 10**10 - 1)}.", "sans", 6.5, GREY)
        pg.t(30, 816, f"Impresso em {recv + _dt.timedelta(days=5):%d/%m/%Y} {rng.randint(8, 17):02d}:"
                      f"{rng.randint(0, 59):02d} por usuário {unidade.split()[1].lower()}.{rng.randint(10, 99)}",
             "sans", 6.5, GREY)
    pdf = _finish(doc, "Laudo GAL", "GAL - Gerenciador de Ambiente Laboratorial")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ============================================== G2  Angola (Huambo): results typed on a mechanical typewriter, scanned


def _typewriter_pdf(letterhead: Callable[[_Pg], None], segs: list[tuple[int, int, str, str]], jitter: bool,
                    g: np.random.Generator | None, extra: Callable[[_Pg], None] | None = None) -> bytes:
    """A page typed in elite pitch (Courier 10 pt, 12 characters per inch, 6 lines per inch) under a printed
    letterhead.  segs: (line, column, text, kind) with kind "t" typed text or "x" an overstrike of the text.
    jitter: every key strike gets its own small offset and ink density (the scanned original); without it the
    text is set as plain strings (the text layer used by the self-check)."""
    doc = fitz.open()
    pg = _Pg(doc)
    letterhead(pg)
    x0, y0, cw, lh = 58.0, 150.0, 6.0, 12.0
    ink_c = np.array([0.10, 0.10, 0.16])
    line_dy: dict[int, float] = {}
    for line, col, text, kind in segs:
        y = y0 + line * lh
        if not jitter:
            if kind == "t":
                pg.t(x0 + col * cw, y, text, "cour", 10)
            continue
        assert g is not None
        if line not in line_dy:
            line_dy[line] = float(g.normal(0, 0.35))
        fade = 1.0 - 0.25 * line / 55.0  # the ribbon is drier near the end of the page
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            dx, dy = float(g.normal(0, 0.18)), line_dy[line] + float(g.normal(0, 0.22))
            dens = float(np.clip(g.normal(0.92, 0.12), 0.55, 1.15)) * fade
            c = tuple(float(v) for v in np.clip(1 - (1 - ink_c) * dens, 0, 1))
            xx, yy = x0 + (col + i) * cw + dx, y + dy
            pg.t(xx, yy, ch, "cour", 10, c)  # type: ignore[arg-type]
            if dens > 0.85 or kind == "x":  # a hard strike: the type face prints a little heavier
                pg.t(xx + 0.28, yy + 0.1, ch, "cour", 10, c)  # type: ignore[arg-type]
    if extra is not None:
        extra(pg)
    return _finish(doc, "Boletim", "typed")


def _typewriter_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """A grey 240 dpi scan of a typed sheet that was folded in three: paper tone, fold creases, uneven light."""
    img = _raster(pdf, 240, color=False)
    h, w = img.shape
    paper = 236 + 6 * _lowfreq(g, h, w, 4)
    img = paper * (img / 255.0)
    yy = np.arange(h, dtype=np.float32)[:, None]
    for frac in (1 / 3, 2 / 3):
        fy = frac * h + float(g.normal(0, 8))
        crease = 14 * np.exp(-((yy - fy) / 3.0) ** 2) - 7 * np.exp(-((yy - fy - 7) / 9.0) ** 2)
        img = img - crease * (0.7 + 0.3 * _lowfreq(g, h, w, 6))
    img = img * (1 - 0.06 * np.clip(np.arange(w, dtype=np.float32)[None, :] / w - 0.6, 0, 1))
    img = _rotate(img, float(g.uniform(-1.0, 1.0)), 250.0)
    img = cv2.GaussianBlur(img, (0, 0), 0.7)
    img += g.normal(0, 3.0, img.shape).astype(np.float32)
    return _jpeg(img, int(g.integers(72, 82)))


def _g2(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(41, 55), 2: rng.randint(19, 29), 3: rng.randint(58, 68)}[variant]
    patient = {1: "Domingos Sapalo Chimuco", 2: "Esperança Nachilombo Cassoma", 3: "Alberto Cahombo Tchipilica"}[
        variant]
    servico = {1: "Medicina II - Cama 14", 2: "Maternidade / Ginecologia - Cama 6", 3: "Consulta externa - Diabetes"}[
        variant]
    sink = _Sink()
    segs: list[tuple[int, int, str, str]] = []
    VC, UC, RC = 27, 36, 50  # value, unit and reference columns

    def seg(line: int, col: int, text: str, kind: str = "t") -> None:
        segs.append((line, col, text, kind))

    line = 0

    def title(t: str) -> None:
        nonlocal line
        line += 1
        seg(line, 0, t)
        seg(line, 0, "_" * len(t))  # typed underline: the carriage is moved back and the underscores struck over
        line += 1

    def row(r: _R, unit_txt: str | None, ref: str, indent: int = 3, wrong: str | None = None,
            group: str = "") -> None:
        nonlocal line
        seg(line, indent, r.name)
        txt = r.s(comma=True, group=group)
        col = VC
        if wrong is not None:
            seg(line, VC, wrong, "x0")
            seg(line, VC, "X" * len(wrong), "x")
            col = VC + len(wrong) + 1
        seg(line, col, txt)
        if unit_txt:
            seg(line, max(UC, col + len(txt) + 1), unit_txt)
        if ref:
            seg(line, RC, f"V.N.: {ref}")
        sink.add(r, txt)
        line += 1

    def qrow(r: _R, indent: int = 3) -> None:
        nonlocal line
        seg(line, indent, r.name)
        seg(line, VC, r.word or "")
        sink.add(r, r.word or "")
        line += 1

    def text_row(label: str, res: str, indent: int = 3) -> None:
        nonlocal line
        seg(line, indent, label)
        seg(line, VC, res)
        line += 1

    def sexref(h: tuple[float, float], m: tuple[float, float], dec: int) -> tuple[float, float, str]:
        a, b = (m if female else h)
        return a, b, (f"H {_num(h[0], dec, True)}-{_num(h[1], dec, True)} / M {_num(m[0], dec, True)}-"
                      f"{_num(m[1], dec, True)}")

    scen = {1: "n", 2: "anaemia", 3: "n"}[variant]
    c = _cbc(rng, female, scen, int_pct=True)
    wrong_at = rng.choice(["ureia", "glic", "creat"])
    # header lines
    num = f"{rng.randint(1100, 4800)}/{coll:%y}"
    seg(0, 14, "BOLETIM DE ANÁLISES CLÍNICAS")
    seg(0, 60, f"N.º {num}")
    line = 2
    seg(line, 0, f"Nome: {patient}")
    seg(line, 52, f"Idade: {age} anos")
    seg(line, 68, f"Sexo: {'F' if female else 'M'}")
    line += 1
    seg(line, 0, f"Serviço: {servico}")
    seg(line, 52, f"Processo n.º {rng.randint(10000, 39999)}")
    line += 1
    seg(line, 0, f"Médico: {rng.choice(['Dr. Jacinto Kalandula', 'Dra. Filomena Chitumba', 'Dr. Adão Epalanga'])}")
    line += 1
    res_d = coll + _dt.timedelta(days=rng.randint(0, 1))
    seg(line, 0, f"Data da colheita: {coll:%d/%m/%Y}")
    seg(line, 40, f"Data do resultado: {res_d:%d/%m/%Y}")
    line += 1
    # haematology
    title("HEMATOLOGIA")
    lo, hi, ref = sexref((13.0, 17.0), (12.0, 15.5), 1)
    row(_R("718-7", "Hemoglobina", c.hb, 1, "g/dl", lo, hi), "g/dl", ref)
    lo, hi, ref = sexref((40, 52), (36, 46), 0)
    row(_R("4544-3", "Hematócrito", round(c.hct), 0, "%", lo, hi), "%", ref)
    lo, hi, ref = sexref((4.5, 5.9), (4.0, 5.2), 1)
    row(_R("789-8", "Eritrócitos", c.rbc, 2, "milhões/mm3", lo, hi), "milhões/mm3", ref)
    wbc = float(round(c.wbc * 10) * 100)
    row(_R("6690-2", "Leucócitos", wbc, 0, "/mm3", 4000, 10000), "/mm3", "4.000-10.000", group=".")
    seg(line, 3, "Fórmula leucocitária:")
    line += 1
    names = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
             "baso": "Basófilos"}
    refs = {"neut": (40, 75), "lym": (20, 45), "mono": (2, 10), "eos": (1, 6), "baso": (0, 2)}
    for k in _DIFF_ORDER:
        lo, hi = refs[k]
        row(_R(_DIFF_CODES[k][0], names[k], c.pct[k], 0, "%", lo, hi), "%", f"{lo}-{hi}", indent=6)
    row(_R("777-3", "Plaquetas", float(round(c.plt) * 1000), 0, "/mm3", 150000, 400000), "/mm3",
        "150.000-400.000", group=".")
    esr_hi = 20 if female else 15
    esr = float(rng.randint(48, 96) if variant == 2 else rng.randint(4, 30))
    row(_R("4537-7", "V.S. (1.ª hora)", esr, 0, "mm/1.ª h", None, esr_hi), "mm/1.ª h", "H até 15 / M até 20")
    # chemistry
    title("BIOQUÍMICA")
    glu_st = {1: _pick(rng, 0.2, "h"), 2: "n", 3: "h"}[variant]
    glu = _draw(rng, 70, 110, 0, glu_st) if variant != 3 else float(rng.randint(196, 288))

    def wrong_of(v: float, dec: int) -> str:
        s = _num(v, dec, True)
        digits = [ch for ch in s if ch.isdigit()]
        if len(digits) >= 2 and digits[0] != digits[1]:
            i = s.index(digits[0])
            j = s.index(digits[1], i + 1)
            lst = list(s)
            lst[i], lst[j] = lst[j], lst[i]
            return "".join(lst)
        return _num(v + 10 ** -dec * 3, dec, True) if dec else _num(v + 3, 0)

    r = _R("2345-7", "Glicémia", glu, 0, "mg/dl", 70, 110)
    row(r, "mg/dl", "70-110", wrong=wrong_of(glu, 0) if wrong_at == "glic" else None)
    if variant == 3:
        row(_R("4548-4", "HbA1c (Hb glicada)", round(rng.uniform(8.4, 11.2), 1), 1, "%", 4.0, 6.0), "%",
            "4,0-6,0")
    urea = _draw(rng, 15, 45, 0, {1: _pick(rng, 0.2, "h"), 2: "h", 3: "h"}[variant])
    row(_R("3091-6", "Ureia", urea, 0, "mg/dl", 15, 45), "mg/dl", "15-45",
        wrong=wrong_of(urea, 0) if wrong_at == "ureia" else None)
    cr_lo, cr_hi, cr_ref = sexref((0.7, 1.3), (0.6, 1.1), 1)
    cr = _draw(rng, cr_lo, cr_hi, 1, {1: "n", 2: "h", 3: "h"}[variant])
    row(_R("2160-0", "Creatinina", cr, 1, "mg/dl", cr_lo, cr_hi), "mg/dl", cr_ref,
        wrong=wrong_of(cr, 1) if wrong_at == "creat" else None)
    if variant == 3:
        for code, nm, lo_, hi_, dec_ in (("2951-2", "Sódio", 135, 145, 0), ("2823-3", "Potássio", 3.5, 5.1, 1),
                                         ("2075-0", "Cloro", 98, 107, 0)):
            st = _pick(rng, 0.3, "h") if code == "2823-3" else "n"
            v = _draw(rng, lo_, hi_, dec_, st) if not (code == "2823-3" and st == "h") else round(
                rng.uniform(5.3, 5.7), 1)
            row(_R(code, nm, v, dec_, "mEq/l", lo_, hi_), "mEq/l",
                f"{_num(lo_, dec_, True)}-{_num(hi_, dec_, True)}")
    ua_lo, ua_hi, ua_ref = sexref((3.4, 7.0), (2.4, 5.7), 1)
    if variant != 2:
        row(_R("3084-1", "Ácido úrico", _draw(rng, ua_lo, ua_hi, 1, _pick(rng, 0.3, "h")), 1, "mg/dl", ua_lo, ua_hi),
            "mg/dl", ua_ref)
    if variant != 3:
        liver_st = "h" if variant == 2 else "n"
        row(_R("1920-8", "TGO (AST)", _draw(rng, None, 40, 0, liver_st, floor=14), 0, "U/l", None, 40), "U/l",
            "até 40")
        row(_R("1742-6", "TGP (ALT)", _draw(rng, None, 41, 0, _pick(rng, 0.3, "h") if variant == 1 else "n",
                                            floor=10), 0, "U/l", None, 41), "U/l", "até 41")
        bt = _draw(rng, None, 1.2, 1, liver_st, floor=0.3) if variant == 1 else round(rng.uniform(2.6, 4.4), 1)
        row(_R("1975-2", "Bilirrubina total", bt, 1, "mg/dl", None, 1.2), "mg/dl", "até 1,2")
        bd = round(rng.uniform(0.1, 0.25), 1) if variant == 1 else round(rng.uniform(0.5, 0.9), 1)
        row(_R("1968-7", "Bilirrubina directa", bd, 1, "mg/dl", None, 0.3), "mg/dl", "até 0,3")
    if variant == 1:
        row(_R("2885-2", "Proteínas totais", _draw(rng, 6.4, 8.3, 1), 1, "g/dl", 6.4, 8.3), "g/dl", "6,4-8,3")
        row(_R("1751-7", "Albumina", _draw(rng, 3.5, 5.0, 1, _pick(rng, 0.3, "l")), 1, "g/dl", 3.5, 5.0), "g/dl",
            "3,5-5,0")
    if variant != 2:
        tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=150)
        tg = _draw(rng, None, 150, 0, rng.choice("nh"), floor=70)
        row(_R("2093-3", "Colesterol total", tc, 0, "mg/dl", None, 200), "mg/dl", "até 200")
        if variant == 3:
            hdl_lo = 40
            hdl = _draw(rng, hdl_lo, None, 0, rng.choice("nl"), ceil=58)
            row(_R("2085-9", "Colesterol HDL", hdl, 0, "mg/dl", hdl_lo, None), "mg/dl", "superior a 40")
        row(_R("2571-8", "Triglicéridos", tg, 0, "mg/dl", None, 150), "mg/dl", "até 150")
    # serology / parasitology / urine
    if variant == 1:
        title("SEROLOGIA")
        qrow(_q("5292-8", "VDRL", "Não reactivo", "non-reactive"))
        qrow(_q("56888-1", "Teste rápido VIH 1+2", "Não reactivo", "non-reactive"))
        qrow(_q("5196-1", "AgHBs", "Negativo", "negative"))
        text_row("Reacção de Widal", f"TO 1/{rng.choice([40, 80])}   TH 1/{rng.choice([20, 40])}")
        title("PARASITOLOGIA")
        text_row("Pesq. de hematozoários", "Negativo (gota espessa)")
    if variant == 2:
        title("PARASITOLOGIA")
        text_row("Pesq. de hematozoários", "POSITIVO (+++) P. falciparum")
        text_row("Teste de falciformação", "Negativo")
    if variant in (2, 3):
        title("URINA II")
        text_row("Cor / aspecto", rng.choice(["Amarelo citrino / límpido", "Amarelo escuro / turvo"]))
        dens = rng.choice([1.010, 1.015, 1.020, 1.025])
        row(_R("5811-5", "Densidade", dens, 3, None), None, "")
        row(_R("5803-2", "pH", float(rng.choice([5.0, 5.5, 6.0, 6.5])), 1, None), None, "")
        if variant == 2:
            qrow(_q("20454-5", "Proteínas", "Vestígios", "trace"))
            qrow(_q("25428-4", "Glicose", "Negativo", "negative"))
            qrow(_q("5770-3", "Bilirrubina", "Positivo (+)", "positive"))
            qrow(_q("5794-3", "Sangue", "Negativo", "negative"))
        else:
            qrow(_q("20454-5", "Proteínas", "Positivo (+)", "positive"))
            qrow(_q("25428-4", "Glicose", "Positivo (++)", "positive"))
            qrow(_q("2514-8", "Corpos cetónicos", "Negativo", "negative"))
        qrow(_q("5802-4", "Nitritos", "Negativo", "negative"))
        row(_R("5821-4", "Leucócitos", float(rng.randint(1, 4)), 0, "p/c"), "p/c", "")
        row(_R("13945-1", "Eritrócitos", float(rng.randint(0, 2)), 0, "p/c"), "p/c", "")
        qrow(_q("5787-7", "Células epiteliais", "Algumas", "present"))
    line += 1
    if variant == 2:
        seg(line, 0, f"Nota: valor crítico de hemoglobina comunicado ao médico de serviço às "
                     f"{rng.randint(8, 11)}h{rng.randint(10, 59)}.")
        line += 1
        seg(line, 0, "Pede-se transfusão urgente - requisição enviada ao Banco de Sangue.")
        line += 1
    seg(line + 1, 44, "O Técnico de Laboratório")
    assert line < 50, f"{name}: {line} lines"
    g = _nprng(name)
    mtn = f"{rng.randint(100, 999)} {rng.randint(100, 999)}"

    def letterhead(pg: _Pg) -> None:
        navy: Color = (0.1, 0.15, 0.35)
        pg.circle(297, 40, 14, c=navy, w=1.2)
        pg.tc(297, 45, "★", "sans", 13, navy)
        pg.tc(297, 70, "REPÚBLICA DE ANGOLA", "timesb", 10, navy)
        pg.tc(297, 82, "GOVERNO DA PROVÍNCIA DO HUAMBO", "times", 9, navy)
        pg.tc(297, 95, "HOSPITAL GERAL DO HUAMBO", "timesb", 12, navy)
        pg.tc(297, 107, "Serviço de Patologia Clínica — Laboratório de Análises", "timesi", 9, navy)
        pg.tc(297, 118, f"Rua Major Kanhangulo, Huambo  ·  Tel. (+244) 241 220 {rng.randint(100, 999)}  ·  "
                        f"(+244) 923 {mtn}", "times", 7.5, navy)
        pg.ln(60, 125, 535, 125, 1.2, navy)
        pg.ln(60, 127.5, 535, 127.5, 0.4, navy)

    def stamp(pg: _Pg) -> None:
        violet: Color = (0.35, 0.25, 0.62)
        cx, cy = 430.0, 150 + (line + 4) * 12.0
        pg.circle(cx, cy, 34, c=violet, w=1.6)
        pg.circle(cx, cy, 25, c=violet, w=0.8)
        pg.tc(cx, cy - 8, "H.G. HUAMBO", "arialb", 6.5, violet)
        pg.tc(cx, cy + 2, "LABORATÓRIO", "arialb", 6.5, violet)
        pg.tc(cx, cy + 12, "★ ANGOLA ★", "sans", 5.5, violet)
        ink: Color = (0.1, 0.2, 0.55)
        sx, sy = 372.0, 150 + (line + 3) * 12.0
        pts = [(sx + i * 3.2, sy + 9 * float(np.sin(i * 0.9)) * (1 - i / 40)) for i in range(38)]
        pg.poly(pts, c=ink, w=1.1)
        pg.ln(sx - 5, sy + 12, sx + 120, sy + 8, 0.8, ink)

    clean = _typewriter_pdf(letterhead, [s_ for s_ in segs if s_[3] == "t"], False, None)
    typed_segs = [(a, b, t, "t" if k == "x0" else k) for a, b, t, k in segs]
    typed = _typewriter_pdf(letterhead, typed_segs, True, g, stamp)
    img = _typewriter_scan(typed, g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [clean],
                sink.printed)



# ====================================== G3  Portugal (Viseu): private laboratory report printed two pages per sheet


def _pt_iv(lo: float | None, hi: float | None, dec: int) -> str:
    if lo is not None and hi is not None:
        return f"{_num(lo, dec, True)} – {_num(hi, dec, True)}"
    if hi is not None:
        return f"< {_num(hi, dec, True)}"
    return f"> {_num(lo or 0, dec, True)}"


def _two_up_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """The 2-page report printed '2 páginas por folha' on a laser printer (landscape A4, each page reduced to about
    68 %) and scanned in grey at 300 dpi: toner density, a faint drum streak, slight skew, lid shadow at one edge."""
    src = fitz.open("pdf", pdf)
    doc = fitz.open()
    sheet = _Pg(doc, 842, 595)
    sc = 0.68
    pw, ph = 595 * sc, 842 * sc
    for i in range(2):
        x0 = 421 * i + (421 - pw) / 2
        y0 = (595 - ph) / 2
        sheet.p.show_pdf_page(fitz.Rect(x0, y0, x0 + pw, y0 + ph), src, i)
    src.close()
    two = _finish(doc, "2-up", "printer driver")
    img = _raster(two, 300, color=False)
    h, w = img.shape
    ink = 1 - img / 255.0
    ink *= float(g.uniform(0.86, 0.94)) * (1 + 0.05 * _lowfreq(g, h, w, 5))
    streak_x = int(g.integers(int(0.1 * w), int(0.9 * w)))
    paper = 243 + 3 * _lowfreq(g, h, w, 3)
    paper[:, streak_x:streak_x + 3] -= 22
    img = paper * (1 - ink)
    side = int(g.integers(0, 2))
    xx = np.arange(w, dtype=np.float32)[None, :] / w
    lid = np.clip(((xx if side else 1 - xx) - 0.975) / 0.025, 0, 1)
    img = img * (1 - 0.55 * lid)
    img = _rotate(img, float(g.uniform(-0.7, 0.7)), 235.0)
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img += g.normal(0, 2.2, img.shape).astype(np.float32)
    return np.round(np.clip((img - 12) * 255 / (236 - 12), 0, 255))  # the scanner's automatic levels


def _g3(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(54, 63), 2: rng.randint(64, 74), 3: rng.randint(29, 38)}[variant]
    patient = {1: "Maria Helena Cardoso Loureiro", 2: "António Manuel Figueiredo Almeida",
               3: "Inês Sofia Marques Tavares"}[variant]
    sink = _Sink()
    rows: list[tuple] = []

    def sx(h: tuple[float | None, float | None], m: tuple[float | None, float | None], dec: int,
           ) -> tuple[float | None, float | None, list[str]]:
        lo, hi = m if female else h
        return lo, hi, [f"Homens: {_pt_iv(h[0], h[1], dec)}", f"Mulheres: {_pt_iv(m[0], m[1], dec)}"]

    def one(lo: float | None, hi: float | None, dec: int) -> tuple[float | None, float | None, list[str]]:
        return lo, hi, [_pt_iv(lo, hi, dec)]

    def add(code: str, nm: str, v: float, dec: int, unit: str | None, ref: tuple, comp: str | None = None) -> None:
        lo, hi, lines = ref
        rows.append(("r", _R(code, nm, v, dec, unit, lo, hi, comp=comp), lines))

    scen = {1: "n", 2: "n", 3: "ida"}[variant]
    c = _cbc(rng, female, scen)
    if variant == 2:
        c = _cbc(rng, False, "n")
        c.hb = round(rng.uniform(10.9, 12.4), 1)
        c.rbc = round(c.hb / c.mch * 10, 2)
        c.hct = round(c.rbc * c.mcv / 10, 1)
        c.mchc = round(c.hb / c.hct * 100, 1)
    rows.append(("sec", "HEMATOLOGIA", "Hemograma completo — sangue total (EDTA)"))
    add("789-8", "Eritrócitos", c.rbc, 2, "x10^12/L", sx((4.5, 5.9), (4.0, 5.2), 2))
    add("718-7", "Hemoglobina", c.hb, 1, "g/dL", sx((13.0, 17.5), (12.0, 15.5), 1))
    add("4544-3", "Hematócrito", c.hct, 1, "%", sx((40.0, 52.0), (36.0, 46.0), 1))
    add("787-2", "V.G.M.", c.mcv, 1, "fL", one(80.0, 100.0, 1))
    add("785-6", "H.G.M.", c.mch, 1, "pg", one(27.0, 33.0, 1))
    add("786-4", "C.H.G.M.", c.mchc, 1, "g/dL", one(32.0, 36.0, 1))
    add("788-0", "R.D.W.", c.rdw, 1, "%", one(11.5, 14.5, 1))
    add("6690-2", "Leucócitos", round(c.wbc, 2), 2, "x10^9/L", one(4.0, 10.0, 2))
    names = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
             "baso": "Basófilos"}
    arefs = {"neut": (1.8, 7.5), "lym": (1.0, 4.0), "mono": (0.2, 1.0), "eos": (0.02, 0.5), "baso": (0.0, 0.1)}
    for k in _DIFF_ORDER:
        lo, hi = arefs[k]
        rows.append(("diff", _R(_DIFF_CODES[k][0], names[k], c.pct[k], 1, "%"),
                     _R(_DIFF_CODES[k][1], names[k], c.absolute(k), 2, "x10^9/L", lo, hi), [_pt_iv(lo, hi, 2)]))
    add("777-3", "Plaquetas", c.plt, 0, "x10^9/L", one(150.0, 400.0, 0))
    add("32623-1", "V.P.M.", round(rng.uniform(8.2, 11.4), 1), 1, "fL", one(7.5, 12.0, 1))
    esr_hi = {True: 20 if age < 50 else 30, False: 15 if age < 50 else 20}[female]
    esr = _draw(rng, None, esr_hi, 0, rng.choice("nh") if variant == 2 else "n", floor=3)
    rows.append(("r", _R("4537-7", "Velocidade de sedimentação (1.ª hora)", esr, 0, "mm", None, esr_hi),
                 [f"< {esr_hi}"]))
    rows.append(("sec", "BIOQUÍMICA", "Soro"))
    glu = _draw(rng, 74, 106, 0, {1: _pick(rng, 0.3, "h"), 2: "h", 3: "n"}[variant])
    add("2345-7", "Glicose (jejum)", glu, 0, "mg/dL", one(74.0, 106.0, 0))
    add("3091-6", "Ureia", _draw(rng, 17, 49, 0, "h" if variant == 2 else "n"), 0, "mg/dL", one(17.0, 49.0, 0))
    cr_ref = sx((0.70, 1.20), (0.50, 0.90), 2)
    cr = _draw(rng, cr_ref[0], cr_ref[1], 2, "h" if variant == 2 else "n")
    if variant == 2:
        cr = round(rng.uniform(1.45, 1.75), 2)
    rows.append(("r", _R("2160-0", "Creatinina", cr, 2, "mg/dL", cr_ref[0], cr_ref[1]), cr_ref[2]))
    eg = _egfr(cr, age, female)
    if eg > 90:
        add("98979-8", "TFG estimada (CKD-EPI 2021)", 90.0, 0, "mL/min/1,73m²", one(60.0, None, 0), comp=">")
    else:
        add("98979-8", "TFG estimada (CKD-EPI 2021)", float(round(eg)), 0, "mL/min/1,73m²", one(60.0, None, 0))
    ua = sx((3.5, 7.2), (2.6, 6.0), 1)
    add("3084-1", "Ácido úrico", _draw(rng, ua[0], ua[1], 1, _pick(rng, 0.3, "h")), 1, "mg/dL", ua)
    add("2951-2", "Sódio", _draw(rng, 136, 145, 0), 0, "mmol/L", one(136.0, 145.0, 0))
    k_v = round(rng.uniform(5.3, 5.6), 1) if variant == 2 else _draw(rng, 3.5, 5.1, 1)
    add("2823-3", "Potássio", k_v, 1, "mmol/L", one(3.5, 5.1, 1))
    add("2075-0", "Cloro", _draw(rng, 98, 107, 0), 0, "mmol/L", one(98.0, 107.0, 0))
    add("17861-6", "Cálcio", _draw(rng, 8.6, 10.2, 1), 1, "mg/dL", one(8.6, 10.2, 1))
    if variant != 3:
        add("1920-8", "AST (TGO)", _draw(rng, None, 40 if not female else 32, 0, _pick(rng, 0.25, "h"), floor=13),
            0, "U/L", sx((None, 40), (None, 32), 0))
        add("1742-6", "ALT (TGP)", _draw(rng, None, 41 if not female else 33, 0, _pick(rng, 0.25, "h"), floor=9),
            0, "U/L", sx((None, 41), (None, 33), 0))
        add("2324-2", "Gama-GT", _draw(rng, None, 60 if not female else 40, 0, _pick(rng, 0.3, "h"), floor=9), 0,
            "U/L", sx((None, 60), (None, 40), 0))
        fa = sx((40, 129), (35, 104), 0)
        add("6768-6", "Fosfatase alcalina", _draw(rng, fa[0], fa[1], 0), 0, "U/L", fa)
        add("1975-2", "Bilirrubina total", _draw(rng, None, 1.2, 2, floor=0.3), 2, "mg/dL", one(None, 1.2, 1))
        tc = _draw(rng, None, 190, 0, rng.choice("nhh"), floor=150)
        hdl_ref = sx((40, None), (45, None), 0)
        hdl = _draw(rng, hdl_ref[0], None, 0, _pick(rng, 0.3, "l"), ceil=78)
        tg = _draw(rng, None, 150, 0, _pick(rng, 0.4, "h"), floor=60)
        ldl = float(round(tc - hdl - tg / 5))
        add("2093-3", "Colesterol total", tc, 0, "mg/dL", one(None, 190.0, 0))
        add("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", hdl_ref)
        add("13457-7", "Colesterol LDL (calculado)", ldl, 0, "mg/dL", one(None, 116.0, 0))
        add("2571-8", "Triglicéridos", tg, 0, "mg/dL", one(None, 150.0, 0))
    rows.append(("page",))
    rows.append(("sec", "ENDOCRINOLOGIA / VITAMINAS", "Soro"))
    add("3016-3", "TSH", _draw(rng, 0.27, 4.2, 2, _pick(rng, 0.2, "h")), 2, "µUI/mL", one(0.27, 4.20, 2))
    add("3024-7", "T4 livre", _draw(rng, 0.93, 1.70, 2), 2, "ng/dL", one(0.93, 1.70, 2))
    if variant != 3:
        add("2132-9", "Vitamina B12", _draw(rng, 197, 771, 0, _pick(rng, 0.3, "l")), 0, "pg/mL", one(197.0, 771.0, 0))
        add("2284-8", "Ácido fólico", _draw(rng, 3.9, 26.8, 1), 1, "ng/mL", one(3.9, 26.8, 1))
        add("62292-8", "25-OH Vitamina D", _draw(rng, 30, 100, 1, rng.choice("nl")), 1, "ng/mL", one(30.0, 100.0, 0))
        add("4548-4", "Hemoglobina A1c", _draw(rng, 4.0, 6.0, 1, "h" if variant == 2 else _pick(rng, 0.3, "h")),
            1, "%", one(4.0, 6.0, 1))
    fe_ref = sx((59, 158), (37, 145), 0)
    fer_ref = sx((30, 400), (13, 150), 0)
    ida = variant == 3
    add("2498-4", "Ferro", _draw(rng, fe_ref[0], fe_ref[1], 0, "l" if ida else "n"), 0, "µg/dL", fe_ref)
    add("2276-4", "Ferritina", _draw(rng, fer_ref[0], fer_ref[1], 0, "l" if ida else "n") if not ida else
        float(rng.randint(4, 9)), 0, "ng/mL", fer_ref)
    if ida:
        add("3034-6", "Transferrina", _draw(rng, 200, 360, 0, "h"), 0, "mg/dL", one(200.0, 360.0, 0))
        add("2502-3", "Saturação da transferrina", float(rng.randint(5, 11)), 0, "%", one(16.0, 45.0, 0))
    crp = rng.random()
    if crp < 0.5:
        add("1988-5", "Proteína C reactiva", 0.5, 1, "mg/L", one(None, 5.0, 1), comp="<")
    else:
        add("1988-5", "Proteína C reactiva", _draw(rng, None, 5.0, 1, rng.choice("nh"), floor=0.7), 1, "mg/L",
            one(None, 5.0, 1))
    if variant == 2:
        add("2857-1", "PSA total", _draw(rng, None, 4.0, 2, rng.choice("nh"), floor=0.4), 2, "ng/mL",
            one(None, 4.0, 1))
    if variant != 2:
        rows.append(("sec", "URINA", "Urina tipo II (sumária) — 1.ª urina da manhã"))
        rows.append(("txt", "Cor / aspecto", "Amarela / límpida", ""))
        rows.append(("r", _R("5811-5", "Densidade", float(rng.choice([1.012, 1.016, 1.021, 1.024])), 3, None,
                             1.005, 1.030), ["1,005 – 1,030"]))
        rows.append(("r", _R("5803-2", "pH", float(rng.choice([5.5, 6.0, 6.5])), 1, None, 5.0, 8.0),
                     ["5,0 – 8,0"]))
        for code, nm in (("20454-5", "Proteínas"), ("25428-4", "Glicose"), ("2514-8", "Corpos cetónicos"),
                         ("5794-3", "Hemoglobina"), ("5802-4", "Nitritos"), ("5799-2", "Leucócitos (esterase)")):
            word, qv = ("Vestígios", "trace") if (variant == 3 and code == "5794-3") else ("Negativo", "negative")
            rows.append(("q", _q(code, nm, word, qv), ["Negativo"]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    teal: Color = (0.0, 0.38, 0.42)
    req = f"25V{rng.randint(10000, 99999)}"
    sns = f"{rng.randint(100, 299)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    dob = _dob(rng, coll, age)
    rep_d = coll + _dt.timedelta(days=rng.randint(1, 3))
    medico = rng.choice(["Dr. Rui Pedro Lemos", "Dra. Cristina Amaral", "Dr. Nuno Ferrão"])
    cols = (48, 288, 291, 305, 392)  # name, result (right edge), flag, unit, reference
    addr = f"Av. Alberto Sampaio, 118 — 3510-030 Viseu  ·  Tel. 232 4{rng.randint(10, 99)} {rng.randint(100, 999)}" \
           f"  ·  NIPC 50{rng.randint(1000000, 9999999)}"
    ers = f"Licença ERS n.º 1{rng.randint(1000, 9999)}"
    coll_t = f"{coll:%d-%m-%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"

    def header(pg: _Pg, pno: int) -> float:
        pg.rect(40, 30, 46, 78, c=None, fill=teal)
        pg.t(56, 46, "LABORATÓRIO DE ANÁLISES CLÍNICAS", "sansb", 12, teal)
        pg.t(56, 60, "Dr. Mendes Pinto, Lda.", "serifi", 10, teal)
        pg.t(56, 72, addr, "sans", 7, GREY)
        pg.tr(555, 46, "Convencionado SNS · ADSE", "sans", 7.5, teal)
        pg.tr(555, 58, ers, "sans", 7, GREY)
        pg.tr(555, 70, "Certificado ISO 9001", "sans", 7, GREY)
        pg.rect(40, 88, 555, 146, c=(0.6, 0.6, 0.6), w=0.6)
        info = [("Utente:", patient), ("N.º utente SNS:", sns), ("Data nasc.:", f"{dob:%d-%m-%Y} ({age} anos)"),
                ("Sexo:", "Feminino" if female else "Masculino"), ("Médico:", medico), ("Requisição:", req),
                ("Colheita:", coll_t), ("Relatório:", f"{rep_d:%d-%m-%Y}")]
        for i, (k, v) in enumerate(info):
            x = 48 if i % 2 == 0 else 330
            y = 102 + (i // 2) * 12.5
            pg.t(x, y, k, "sansb", 7.8)
            pg.t(x + 70, y, v, "sans", 7.8)
        pg.rect(40, 156, 555, 170, c=None, fill=(0.88, 0.93, 0.93))
        for x, hd in ((cols[0], "Análise"), (cols[0] + 190, "Resultado"), (cols[3], "Unidades"),
                      (cols[4], "Valores de referência")):
            pg.t(x, 166, hd, "sansb", 8)
        pg.tr(555, 820, f"Pág. {pno}/2", "sans", 7.5)
        pg.t(40, 820, f"Req. {req} · {patient}", "sans", 6.8, GREY)
        return 186.0

    pg = _Pg(doc)
    y = header(pg, 1)
    pno = 1

    def flag_txt(r: _R) -> str | None:
        return {"H": "↑", "HH": "↑", "L": "↓", "LL": "↓"}.get(r.flag)

    for row in rows:
        kind = row[0]
        if kind == "page":
            pno += 1
            pg = _Pg(doc)
            y = header(pg, pno)
            continue
        if kind == "sec":
            y += 4
            pg.t(48, y, row[1], "sansb", 9, teal)
            pg.t(48 + _tw(row[1], "sansb", 9) + 8, y, row[2], "sansi", 7.5, GREY)
            pg.ln(48, y + 3, 555, y + 3, 0.5, teal)
            y += 15
            continue
        if kind == "txt":
            pg.t(cols[0], y, row[1], "sans", 8.5)
            pg.tr(cols[1], y, row[2], "sans", 8.5)
            y += 13
            continue
        if kind == "diff":
            rp, ra, refl = row[1], row[2], row[3]
            pg.t(cols[0] + 8, y, rp.name, "sans", 8.5)
            tp, ta = rp.s(comma=True), ra.s(comma=True)
            pg.tr(cols[1] - 52, y, tp, "sans", 8.5)
            pg.t(cols[1] - 49, y, "%", "sans", 8.5)
            f = flag_txt(ra)
            pg.tr(cols[1], y, ta, "sansb" if f else "sans", 8.5)
            if f:
                pg.t(cols[2], y, f, "sansb", 8.5)
            pg.t(cols[3], y, "x10^9/L", "sans", 8)
            pg.t(cols[4], y, refl[0], "sans", 8)
            sink.add(rp, tp)
            sink.add(ra, ta, f)
            y += 13
            continue
        r, refl = row[1], row[2]
        txt = r.s(comma=True)
        f = flag_txt(r) if kind == "r" else None
        pg.t(cols[0], y, r.name, "sans", 8.5)
        pg.tr(cols[1], y, txt, "sansb" if f else "sans", 8.5)
        if f:
            pg.t(cols[2], y, f, "sansb", 8.5)
        pg.t(cols[3], y, r.unit or "", "sans", 8)
        for j, ln in enumerate(refl):
            pg.t(cols[4], y + 10 * j, ln, "sans", 8)
        sink.add(r, txt, f)
        y += 13 + 10 * (len(refl) - 1)
        assert y < 800, name
    pg.t(48, y + 14, "Resultados validados por: Dra. Teresa Lacerda Bastos — Especialista em Patologia Clínica "
                     f"(OM n.º {rng.randint(30000, 59999)})", "sansi", 7.5)
    pg.t(48, y + 26, "Os valores de referência referem-se a adultos e ao método utilizado. ↑/↓ resultado acima/abaixo "
                     "do intervalo de referência.", "sans", 6.8, GREY)
    assert pno == 2
    pdf = _finish(doc, "Relatório de análises", "Clinidata")
    img = _two_up_scan(pdf, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ================================== G4  Brazil (Goiânia): specialised protein / immunology laboratory, densitogram


def _br_iv(lo: float | None, hi: float | None, dec: int, unit: str = "", group: str = "") -> str:
    u = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        return f"{_num(lo, dec, True, group)} a {_num(hi, dec, True, group)}{u}"
    if hi is not None:
        return f"Inferior a {_num(hi, dec, True, group)}{u}"
    return f"Superior a {_num(lo or 0, dec, True, group)}{u}"


def _densitogram(pg: _Pg, x0: float, y0: float, w: float, h: float, pct: list[float], mspike: bool,
                 rng: random.Random) -> None:
    """A capillary-electrophoresis trace: five Gaussian peaks scaled by the fraction percentages, fraction
    boundaries as dashed lines, peak labels and the percentages above them, a migration axis with numbers."""
    centers = [0.22, 0.40, 0.52, 0.66, 0.84]
    widths = [0.035, 0.02, 0.028, 0.035, 0.07]
    xs = np.linspace(0, 1, 240)
    ys = np.zeros_like(xs)
    for p_, c_, s_ in zip(pct, centers, widths):
        ys += p_ / (s_ * 2.5066) * np.exp(-0.5 * ((xs - c_) / s_) ** 2)
    if mspike:
        ys += 9.0 / (0.012 * 2.5066) * np.exp(-0.5 * ((xs - 0.80) / 0.012) ** 2)
    ys = ys / ys.max()
    pg.rect(x0, y0, x0 + w, y0 + h, c=(0.7, 0.7, 0.7), w=0.4)
    pts = [(x0 + float(a) * w, y0 + h - 6 - float(b) * (h - 22)) for a, b in zip(xs, ys)]
    pg.poly(pts + [(x0 + w, y0 + h - 6), (x0, y0 + h - 6)], c=None, fill=(0.82, 0.9, 0.86), closed=True)
    pg.poly(pts, c=(0.05, 0.35, 0.2), w=0.9)
    bounds = [0.31, 0.46, 0.59, 0.74]
    for b in bounds:
        pg.ln(x0 + b * w, y0 + 10, x0 + b * w, y0 + h - 6, 0.4, GREY, dashes="[2 2] 0")
    for lab, c_, p_ in zip(("Alb", "α1", "α2", "β", "γ"), centers, pct):
        pg.tc(x0 + c_ * w, y0 + 9, f"{lab} {_num(p_, 1, True)}%", "sans", 6, GREY)
    for i in range(11):
        xx = x0 + i * w / 10
        pg.ln(xx, y0 + h - 6, xx, y0 + h - 3, 0.4, GREY)
        pg.tc(xx, y0 + h + 4, str(i * 10), "sans", 5, GREY)
    pg.t(x0 + w + 4, y0 + h + 4, "mm", "sans", 5, GREY)
    _ = rng


def _g4(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 1
    age = {1: rng.randint(62, 72), 2: rng.randint(28, 40), 3: rng.randint(76, 86)}[variant]
    patient = {1: "Valdir Aparecido Rezende", 2: "Luana Cristina Borges Paiva", 3: "Geralda Ferreira de Almeida"}[
        variant]
    sink = _Sink()
    # electrophoresis fractions (g/dL) from a total protein
    if variant == 1:
        tp = round(rng.uniform(8.6, 9.4), 1)
        alb = round(rng.uniform(3.2, 3.5), 2)
        a1, a2, beta = round(rng.uniform(0.22, 0.32), 2), round(rng.uniform(0.62, 0.82), 2), round(
            rng.uniform(0.72, 0.95), 2)
    elif variant == 2:
        tp = round(rng.uniform(7.6, 8.2), 1)
        alb = round(rng.uniform(3.7, 4.1), 2)
        a1, a2, beta = round(rng.uniform(0.24, 0.34), 2), round(rng.uniform(0.72, 0.9), 2), round(
            rng.uniform(0.7, 0.9), 2)
    else:
        tp = round(rng.uniform(5.6, 6.1), 1)
        alb = round(rng.uniform(2.9, 3.3), 2)
        a1, a2, beta = round(rng.uniform(0.3, 0.38), 2), round(rng.uniform(0.84, 0.99), 2), round(
            rng.uniform(0.62, 0.74), 2)
    gam = round(tp - alb - a1 - a2 - beta, 2)
    fr_g = [alb, a1, a2, beta, gam]
    pct = [round(v / tp * 100, 1) for v in fr_g]
    pct[0] = round(100 - sum(pct[1:]), 1)
    fr_ref_pct = [(55.8, 66.1), (2.9, 4.9), (7.1, 11.8), (8.4, 13.1), (11.1, 18.8)]
    fr_ref_g = [(3.57, 5.42), (0.21, 0.40), (0.51, 0.95), (0.60, 1.13), (0.80, 1.75)]
    fr_codes = ["2862-1", "2865-4", "2868-8", "2871-2", "2874-6"]
    fr_names = ["Albumina", "Alfa-1 globulina", "Alfa-2 globulina", "Beta globulina", "Gama globulina"]
    blocks: list[dict] = []

    def blk(title: str, method: str, rows: list, material: str = "Soro", notes: tuple[str, ...] = (),
            electro: bool = False) -> None:
        blocks.append({"title": title, "method": method, "rows": rows, "material": material, "notes": notes,
                       "electro": electro})

    def rr(code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
           ref: str | None = None, comp: str | None = None, group: str = "") -> tuple:
        r = _R(code, nm, v, dec, unit, lo, hi, comp=comp)
        return ("r", r, ref if ref is not None else _br_iv(lo, hi, dec, unit or "", group), group)

    ag = round(alb / (tp - alb), 2)
    mspike = variant == 1
    erows = [rr("2885-2", "Proteínas totais", tp, 1, "g/dL", 6.4, 8.3)]
    for code, nm, v, (glo, ghi) in zip(fr_codes, fr_names, fr_g, fr_ref_g):
        erows.append(("frac", _R(code, nm, v, 2, "g/dL", glo, ghi)))
    erows.append(rr("1759-0", "Relação A/G", ag, 2, None, 1.10, 2.10, "1,10 a 2,10"))
    if mspike:
        enote = ("Interpretação: presença de pico de migração restrita em região gama, componente monoclonal "
                 f"estimado em {_num(round(gam * rng.uniform(0.55, 0.7), 2), 2, True)} g/dL. Sugere-se imunofixação "
                 "sérica.")
    elif variant == 2:
        enote = "Interpretação: aumento policlonal da fração gama."
    else:
        enote = ("Interpretação: hipoalbuminemia com discreto aumento de alfa-1 e alfa-2 globulinas, compatível com "
                 "processo inflamatório.")
    enotes = (enote,)
    blk("ELETROFORESE DE PROTEÍNAS SÉRICAS", "Eletroforese capilar (Capillarys 3)", erows, notes=enotes, electro=True)
    if variant in (1, 2):
        igg = float(rng.randint(2650, 3480)) if variant == 1 else float(rng.randint(1720, 2150))
        iga = float(rng.randint(28, 58)) if variant == 1 else _draw(rng, 70, 400, 0)
        igm = float(rng.randint(14, 32)) if variant == 1 else _draw(rng, 40, 230, 0)
        blk("IMUNOGLOBULINAS G, A e M", "Nefelometria", [
            rr("2465-3", "Imunoglobulina G (IgG)", igg, 0, "mg/dL", 700, 1600, group="."),
            rr("2458-8", "Imunoglobulina A (IgA)", iga, 0, "mg/dL", 70, 400),
            rr("2472-9", "Imunoglobulina M (IgM)", igm, 0, "mg/dL", 40, 230)])
    if variant == 1:
        kap, lam = round(rng.uniform(180, 460), 1), round(rng.uniform(6, 14), 1)
        blk("CADEIAS LEVES LIVRES KAPPA E LAMBDA", "Turbidimetria (Freelite)", [
            ("txt", "Cadeia leve livre kappa", f"{_num(kap, 1, True)} mg/L", "3,3 a 19,4 mg/L"),
            ("txt", "Cadeia leve livre lambda", f"{_num(lam, 1, True)} mg/L", "5,7 a 26,3 mg/L"),
            ("txt", "Relação kappa/lambda", _num(round(kap / lam, 2), 2, True), "0,26 a 1,65")])
        blk("IMUNOFIXAÇÃO SÉRICA", "Imunofixação em gel de agarose", [
            ("txt", "Resultado", "Banda monoclonal IgG / kappa", "Ausência de banda monoclonal")])
        blk("BETA-2 MICROGLOBULINA", "Quimioluminescência", [
            rr("1952-1", "Beta-2 microglobulina", round(rng.uniform(3.4, 5.6), 2), 2, "mg/L", 0.8, 2.2,
               "0,80 a 2,20 mg/L")])
        blk("BIOQUÍMICA", "Colorimétrico / cinético", [
            rr("17861-6", "Cálcio total", round(rng.uniform(10.6, 11.4), 1), 1, "mg/dL", 8.6, 10.3),
            rr("2160-0", "Creatinina", round(rng.uniform(1.42, 1.9), 2), 2, "mg/dL", 0.70, 1.20),
            rr("2532-0", "Desidrogenase láctica (LDH)", _draw(rng, 135, 225, 0, rng.choice("nh")), 0, "U/L", 135,
               225),
            rr("718-7", "Hemoglobina", round(rng.uniform(9.1, 10.8), 1), 1, "g/dL", 13.0, 17.0)],
            material="Soro / sangue total")
    if variant == 2:
        blk("COMPLEMENTO C3 e C4", "Nefelometria", [
            rr("4485-9", "Complemento C3", float(rng.randint(48, 76)), 0, "mg/dL", 90, 180),
            rr("4498-2", "Complemento C4", float(rng.randint(4, 8)), 0, "mg/dL", 10, 40)])
        tit = rng.choice(["1/320", "1/640", "1/1280"])
        blk("FAN — FATOR ANTINÚCLEO (HEp-2)", "Imunofluorescência indireta em células HEp-2", [
            ("q", _q("8061-4", "FAN", "Reagente", "reactive"), "Não reagente"),
            ("txt", "Título", tit, "Inferior a 1/80"),
            ("txt", "Padrão", "Nuclear homogêneo (AC-1)", "—")],
            notes=("O FAN reagente deve ser interpretado em conjunto com o quadro clínico.",))
        blk("ANTI-DNA NATIVO (dsDNA)", "Quimioluminescência", [
            rr("5130-0", "Anti-DNA nativo", float(rng.randint(68, 240)), 0, "UI/mL", None, 27,
               "Negativo: inferior a 27 UI/mL")])
        blk("FATOR REUMATOIDE", "Turbidimetria", [
            rr("11572-5", "Fator reumatoide", 8.0, 1, "UI/mL", None, 14.0, "Inferior a 14,0 UI/mL", comp="<")])
        blk("ANTICORPOS ANTI-PEPTÍDEO CITRULINADO CÍCLICO (ANTI-CCP)", "Quimioluminescência", [
            rr("32218-0", "Anti-CCP", round(rng.uniform(0.6, 4.8), 1), 1, "U/mL", None, 17.0,
               "Inferior a 17,0 U/mL")])
        blk("PROVAS DE ATIVIDADE INFLAMATÓRIA", "Westergren / Turbidimetria", [
            rr("4537-7", "VHS (1ª hora)", float(rng.randint(36, 58)), 0, "mm", None, 20, "Até 20 mm"),
            rr("1988-5", "Proteína C reativa", round(rng.uniform(0.8, 4.6), 1), 1, "mg/L", None, 5.0,
               "Inferior a 5,0 mg/L")], material="Sangue total / soro")
    if variant == 3:
        blk("PROTEÍNAS ESPECÍFICAS", "Nefelometria / turbidimetria", [
            rr("1751-7", "Albumina", round(alb + rng.uniform(-0.1, 0.1), 1), 1, "g/dL", 3.5, 5.2),
            rr("14338-8", "Pré-albumina", float(rng.randint(9, 17)), 0, "mg/dL", 20, 40),
            rr("3034-6", "Transferrina", float(rng.randint(148, 196)), 0, "mg/dL", 200, 360),
            rr("2064-4", "Ceruloplasmina", _draw(rng, 20, 60, 0), 0, "mg/dL", 20, 60),
            rr("6771-0", "Alfa-1 antitripsina", _draw(rng, 90, 200, 0, rng.choice("nh")), 0, "mg/dL", 90, 200),
            rr("4542-7", "Haptoglobina", _draw(rng, 30, 200, 0, rng.choice("nh")), 0, "mg/dL", 30, 200),
            rr("1988-5", "Proteína C reativa", round(rng.uniform(12, 38), 1), 1, "mg/L", None, 5.0,
               "Inferior a 5,0 mg/L")])
        blk("OLIGOELEMENTOS", "Espectrometria de absorção atômica", [
            rr("5763-8", "Zinco sérico", float(rng.randint(48, 66)), 0, "µg/dL", 70, 120),
            rr("5631-7", "Cobre sérico", _draw(rng, 70, 140, 0), 0, "µg/dL", 70, 140)],
            notes=("Coleta em tubo livre de metais (tampa azul-escura).",))
        blk("VITAMINAS LIPOSSOLÚVEIS", "Cromatografia líquida de alta eficiência (HPLC)", [
            rr("2923-1", "Vitamina A (retinol)", float(rng.randint(18, 29)), 0, "µg/dL", 30, 70),
            rr("1823-4", "Vitamina E (alfa-tocoferol)", _draw(rng, 5.0, 20.0, 1), 1, "mg/L", 5.0, 20.0)],
            material="Soro protegido da luz")
    # ------------------------------------------------------------------------------------------ render
    green: Color = (0.05, 0.36, 0.25)
    doc = fitz.open()
    pedido = f"{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(1, 9)}"
    libd = coll + _dt.timedelta(days=rng.randint(3, 7))
    convenio = rng.choice(["IPASGO", "Unimed Goiânia", "Particular", "SUS / Laboratório de apoio"])
    medico = rng.choice(["Dr. Henrique Bastos Caiado — CRM-GO 11.842", "Dra. Patrícia Nunes Rassi — CRM-GO 14.207",
                         "Dr. Otávio Lemes Jubé — CRM-GO 9.316"])
    hdr_vals = (f"{rng.randint(3000, 3999)}-{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}")
    coll_t = f"{coll:%d/%m/%Y} às {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"
    pages: list[list[dict]] = [[]]
    y = 190.0

    def bh(b: dict) -> float:
        n = sum(1 for r in b["rows"] if r[0] != "frac")
        h = 36 + 14 * n + 21 * len(b["notes"])
        if b["electro"]:
            h += 22 + 13 * 5 + 120
        return h

    for b in blocks:
        if y + bh(b) > 790:
            pages.append([])
            y = 150.0
        pages[-1].append(b)
        y += bh(b) + 10
    for pi, bl in enumerate(pages):
        pg = _Pg(doc)
        pg.rect(0, 0, 595, 70, c=None, fill=green)
        pg.t(40, 34, "IMUNOPROT", "sansb", 20, WHITE)
        pg.t(40, 52, "Laboratório de Proteínas e Imunologia Clínica", "sans", 9, WHITE)
        pg.tr(555, 28, "Rua 9, nº 1.022 — Setor Oeste — Goiânia/GO", "sans", 7.5, WHITE)
        pg.tr(555, 40, f"Fone (62) {hdr_vals[0]}  ·  www.imunoprot.com.br", "sans", 7.5, WHITE)
        pg.tr(555, 52, "Responsável técnico: Dr. Márcio Ayres Veloso — CRM-GO 8.731", "sans", 7.5, WHITE)
        yy = 88

        def kv(p_: _Pg, x: float, y_: float, k: str, v: str) -> None:
            p_.t(x, y_, k, "sansb", 8)
            p_.t(x + _tw(k, "sansb", 8) + 4, y_, v, "sans", 8)

        kv(pg, 40, yy, "Paciente:", patient)
        kv(pg, 330, yy, "Pedido:", pedido)
        pg.tr(555, yy, f"Folha {pi + 1}/{len(pages)}", "sans", 8)
        if pi == 0:
            kv(pg, 40, yy + 13, "Idade:", f"{age} anos")
            kv(pg, 180, yy + 13, "Sexo:", "Feminino" if female else "Masculino")
            kv(pg, 330, yy + 13, "Convênio:", convenio)
            kv(pg, 40, yy + 26, "Solicitante:", medico)
            kv(pg, 40, yy + 39, "Coleta:", coll_t)
            kv(pg, 330, yy + 39, "Liberação:", f"{libd:%d/%m/%Y}")
            kv(pg, 40, yy + 52, "Unidade de atendimento:", f"Posto {hdr_vals[1]} — Setor Bueno")
            pg.ln(40, yy + 62, 555, yy + 62, 0.6, green)
            y = 170.0
        else:
            pg.ln(40, yy + 8, 555, yy + 8, 0.6, green)
            y = 112.0
        for b in bl:
            pg.rect(40, y, 555, y + 15, c=None, fill=green)
            pg.t(46, y + 11, b["title"], "sansb", 8.5, WHITE)
            y += 27
            pg.t(46, y, f"Material: {b['material']}    Método: {b['method']}", "sans", 7.2, GREY)
            y += 15
            if b["electro"]:
                r0 = b["rows"][0]
                pg.t(46, y, r0[1].name, "sans", 8.5)
                txt = r0[1].s(comma=True)
                pg.t(210, y, f"{txt} g/dL", "sansb", 8.5)
                pg.t(380, y, f"VR: {r0[2]}", "sans", 7.5)
                sink.add(r0[1], txt)
                y += 18
                hx = (46, 210, 265, 340, 450)
                pg.rect(44, y - 10, 555, y + 3, c=None, fill=(0.9, 0.95, 0.92))
                for x, hd in zip(hx, ("Fração", "%", "g/dL", "VR (%)", "VR (g/dL)")):
                    pg.t(x, y, hd, "sansb", 7.8)
                y += 14
                for (kind, r), pc, (plo, phi) in zip(b["rows"][1:6], pct, fr_ref_pct):
                    txt = r.s(comma=True)
                    pg.t(hx[0], y, r.name, "sans", 8.5)
                    pg.t(hx[1], y, _num(pc, 1, True), "sans", 8.5)
                    pg.t(hx[2], y, txt, "sansb" if r.flag != "N" else "sans", 8.5)
                    pg.t(hx[3], y, _br_iv(plo, phi, 1), "sans", 7.8)
                    pg.t(hx[4], y, _br_iv(r.lo, r.hi, 2), "sans", 7.8)
                    sink.add(r, txt)
                    y += 13
                rag = b["rows"][6]
                txt = rag[1].s(comma=True)
                pg.t(46, y + 2, rag[1].name, "sans", 8.5)
                pg.t(210, y + 2, txt, "sansb", 8.5)
                pg.t(380, y + 2, f"VR: {rag[2]}", "sans", 7.5)
                sink.add(rag[1], txt)
                y += 12
                _densitogram(pg, 110, y, 330, 96, pct, mspike, rng)
                y += 116
            else:
                for row in b["rows"]:
                    if row[0] == "txt":
                        _, nm, res, ref = row
                        pg.t(46, y, nm, "sans", 8.5)
                        pg.t(250, y, res, "sansb", 8.5)
                        pg.t(400, y, ref, "sans", 7.5)
                    elif row[0] == "q":
                        _, r, ref = row
                        pg.t(46, y, r.name, "sans", 8.5)
                        pg.t(250, y, r.word or "", "sansb", 8.5)
                        pg.t(400, y, ref, "sans", 7.5)
                        sink.add(r, r.word or "")
                    else:
                        _, r, ref, grp = row
                        txt = r.s(comma=True, group=grp)
                        pg.t(46, y, r.name, "sans", 8.5)
                        pg.t(250, y, f"{txt} {r.unit}" if r.unit else txt, "sansb", 8.5)
                        pg.t(400, y, ref, "sans", 7.5)
                        sink.add(r, txt)
                    y += 14
                pg.rect(392, y - 14 * len(b["rows"]) - 10, 555, y - 10, c=(0.8, 0.8, 0.8), w=0.4)
            for n_ in b["notes"]:
                y = pg.para(46, y, 505, n_, "sansi", 7, 1.5, GREY)
            y += 10
        pg.ln(40, 800, 555, 800, 0.4, GREY)
        pg.t(40, 811, "Laudo assinado digitalmente (ICP-Brasil). Código de verificação: "
                      f"{rng.randint(10**7, 10**8 - 1):X}-{rng.randint(1000, 9999)}", "sans", 6.5, GREY)
        pg.t(40, 821, "Resultados de exames devem ser interpretados pelo médico assistente em conjunto com dados "
                      "clínicos.", "sans", 6.5, GREY)
    pdf = _finish(doc, "Laudo IMUNOPROT", "Shift LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ========================================== G5  Brazil (Recife): maternity-hospital newborn report, neonatal bands


def _g5(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    hours = {1: rng.randint(76, 90), 2: rng.randint(98, 116), 3: rng.randint(28, 40)}[variant]
    birth = _dt.datetime(coll.year, coll.month, coll.day, rng.randint(7, 9), rng.randint(0, 59)) - _dt.timedelta(
        hours=hours)
    days = hours // 24
    mother = {1: "JOSEFA MARIA DA SILVA", 2: "CLEIDIANE DOS SANTOS ARAÚJO", 3: "MARIA DE LOURDES CAVALCANTI"}[variant]
    ga = {1: f"39 sem {rng.randint(0, 6)} d", 2: f"34 sem {rng.randint(0, 6)} d", 3: f"33 sem {rng.randint(0, 6)} d"}[
        variant]
    weight = {1: rng.randint(3050, 3620), 2: rng.randint(2050, 2380), 3: rng.randint(1720, 1980)}[variant]
    setor = {1: "Alojamento Conjunto — Leito 12B", 2: "UTI Neonatal — Leito 4", 3: "UCI Neonatal Convencional — "
                                                                                  "Berço 7"}[variant]
    sink = _Sink()
    rows: list[tuple] = []

    def band_day(bands: list[tuple[int, int, float, float]], dec: int, unit_grp: str = ""
                 ) -> tuple[float, float, list[str]]:
        lines = []
        lo = hi = None
        for a, b, l_, h_ in bands:
            lines.append(f"{a} a {b} {'dia' if b == 1 else 'dias'}: {_num(l_, dec, True, unit_grp)} a "
                         f"{_num(h_, dec, True, unit_grp)}")
            if a <= days <= b:
                lo, hi = l_, h_
        assert lo is not None and hi is not None
        return lo, hi, lines

    def add(code: str, nm: str, v: float, dec: int, unit: str | None, ref: tuple, comp: str | None = None,
            grp: str = "") -> None:
        lo, hi, lines = ref
        rows.append(("r", _R(code, nm, v, dec, unit, lo, hi, comp=comp), lines, grp))

    def single(lo: float | None, hi: float | None, dec: int, grp: str = "") -> tuple:
        if lo is not None and hi is not None:
            return lo, hi, [f"{_num(lo, dec, True, grp)} a {_num(hi, dec, True, grp)}"]
        if hi is not None:
            return None, hi, [f"Até {_num(hi, dec, True, grp)}"]
        return lo, None, [f"Superior a {_num(lo or 0, dec, True, grp)}"]

    hb_b = [(0, 1, 15.0, 23.5), (2, 6, 14.5, 22.5), (7, 13, 13.4, 19.8)]
    ht_b = [(0, 1, 45.0, 67.0), (2, 6, 42.0, 66.0), (7, 13, 39.0, 60.0)]
    wbc_b = [(0, 1, 9000.0, 30000.0), (2, 6, 5000.0, 21000.0), (7, 13, 5000.0, 20000.0)]
    if variant == 1:
        hb = round(rng.uniform(14.6, 16.2), 1)
    elif variant == 2:
        hb = round(rng.uniform(15.2, 18.0), 1)
    else:
        hb = round(rng.uniform(16.5, 19.5), 1)
    hct = round(hb * rng.uniform(2.95, 3.1), 1)
    rows.append(("sec", "HEMATOLOGIA"))
    add("718-7", "Hemoglobina", hb, 1, "g/dL", band_day(hb_b, 1))
    add("4544-3", "Hematócrito", hct, 1, "%", band_day(ht_b, 0))
    if variant == 1:
        add("4679-7", "Reticulócitos", round(rng.uniform(7.6, 10.5), 1), 1, "%", single(3.0, 7.0, 1))
    if variant in (2, 3):
        wbc = float(round(rng.uniform(23.5, 29.0) if variant == 2 else rng.uniform(11.0, 19.0), 1) * 1000)
        add("6690-2", "Leucócitos", wbc, 0, "/mm³", band_day(wbc_b, 0, "."), grp=".")
        if variant == 2:
            split = {"neut": rng.randint(66, 72), "lym": rng.randint(14, 20), "mono": rng.randint(6, 9),
                     "eos": rng.randint(1, 3), "baso": 0}
        else:
            split = {"neut": rng.randint(48, 58), "lym": rng.randint(28, 36), "mono": rng.randint(6, 10),
                     "eos": rng.randint(1, 4), "baso": rng.randint(0, 1)}
        split["lym"] = 100 - sum(v for k, v in split.items() if k != "lym")
        names = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
                 "baso": "Basófilos"}
        abs_ref = {"neut": (1500.0, 10000.0), "lym": (2000.0, 11000.0), "mono": (300.0, 2000.0),
                   "eos": (100.0, 1000.0), "baso": (0.0, 300.0)}
        for k in _DIFF_ORDER:
            pc = float(split[k])
            ab = float(round(wbc * pc / 100))
            lo, hi = abs_ref[k]
            rows.append(("diff", _R(_DIFF_CODES[k][0], names[k], pc, 0, "%"),
                         _R(_DIFF_CODES[k][1], names[k], ab, 0, "/mm³", lo, hi),
                         f"{_num(lo, 0, True, '.')} a {_num(hi, 0, True, '.')}"))
        if variant == 2:
            bands_pc = float(rng.randint(11, 16))
            meta_pc = float(rng.randint(2, 4))
            rows.append(("sub", "Revisão de lâmina — formas jovens (incluídas nos neutrófilos):"))
            rows.append(("diff", _R("740-1", "Metamielócitos", meta_pc, 0, "%"),
                         _R("739-3", "Metamielócitos", float(round(wbc * meta_pc / 100)), 0, "/mm³"), "—"))
            rows.append(("diff", _R("764-1", "Bastonetes", bands_pc, 0, "%"),
                         _R("763-3", "Bastonetes", float(round(wbc * bands_pc / 100)), 0, "/mm³", None, 1500.0),
                         "Até 1.500"))
        add("58413-6", "Eritroblastos", float(rng.randint(6, 12) if variant == 3 else rng.randint(1, 4)), 0,
            "/100 leucócitos", single(None, 5.0, 0))
        plt = float(rng.randint(72, 96) * 1000) if variant == 2 else float(rng.randint(168, 290) * 1000)
        add("777-3", "Plaquetas", plt, 0, "/mm³", single(150000.0, 450000.0, 0, "."), grp=".")
    rows.append(("sec", "IMUNO-HEMATOLOGIA DO RN"))
    if variant in (1, 2):
        abo = rng.choice(["A", "B"]) if variant == 1 else rng.choice(["O", "A", "B"])
        rh = rng.choice(["Positivo", "Positivo", "Negativo"])
        rows.append(("q", _q("883-9", "Grupo sanguíneo ABO", abo, abo.lower()), ["—"]))
        rows.append(("q", _q("10331-7", "Fator Rh (D)", rh, "positive" if rh == "Positivo" else "negative"), ["—"]))
    coombs = rng.choice([("Positivo", "positive"), ("Negativo", "negative")]) if variant == 1 else ("Negativo",
                                                                                                     "negative")
    rows.append(("q", _q("1007-4", "Coombs direto (TAD)", coombs[0], coombs[1]), ["Negativo"]))
    rows.append(("sec", "BIOQUÍMICA"))
    bili_bands = [(0, 23, 5.8), (24, 47, 8.2), (48, 119, 11.7)]
    bt_hi = next(h for a, b, h in bili_bands if a <= hours <= b)
    bt_lines = [f"{a} a {b} h: até {_num(h, 1, True)}" if b < 119 else f"{a} h a 5 dias: até {_num(h, 1, True)}"
                for a, b, h in bili_bands]
    if variant == 1:
        bt = round(rng.uniform(12.8, 14.6), 1)
    elif variant == 2:
        bt = round(rng.uniform(7.6, 11.2), 1)
    else:
        bt = round(rng.uniform(5.2, 9.4), 1)
    bd = round(rng.uniform(0.3, 0.55), 1)
    add("1975-2", "Bilirrubina total", bt, 1, "mg/dL", (None, bt_hi, bt_lines))
    add("1968-7", "Bilirrubina direta", bd, 1, "mg/dL", single(None, 0.6, 1))
    add("1971-1", "Bilirrubina indireta", round(bt - bd, 1), 1, "mg/dL", (None, None, ["Não estabelecido"]))
    if variant in (2, 3):
        glu = float(rng.randint(21, 26)) if variant == 3 else _draw(rng, 45, 100, 0)
        add("2345-7", "Glicose", glu, 0, "mg/dL", single(45.0, 100.0, 0))
        add("2951-2", "Sódio", _draw(rng, 133, 146, 0, _pick(rng, 0.3, "l")), 0, "mmol/L", single(133.0, 146.0, 0))
        add("2823-3", "Potássio", _draw(rng, 3.7, 5.9, 1), 1, "mmol/L", single(3.7, 5.9, 1))
        add("1994-3", "Cálcio iônico", _draw(rng, 1.05, 1.37, 2), 2, "mmol/L",
            single(1.05, 1.37, 2))
        add("17861-6", "Cálcio total", _draw(rng, 7.6, 10.4, 1), 1, "mg/dL", single(7.6, 10.4, 1))
        if variant == 3:
            add("19123-9", "Magnésio", _draw(rng, 1.6, 2.6, 1), 1, "mg/dL", single(1.6, 2.6, 1))
            add("2777-1", "Fósforo", _draw(rng, 4.8, 8.2, 1), 1, "mg/dL", single(4.8, 8.2, 1))
            add("3091-6", "Ureia", _draw(rng, 6, 40, 0), 0, "mg/dL", single(6.0, 40.0, 0))
            add("2160-0", "Creatinina", _draw(rng, 0.3, 1.0, 2), 2, "mg/dL", single(0.3, 1.0, 2))
        crp = round(rng.uniform(28, 64), 1) if variant == 2 else round(rng.uniform(1.0, 6.0), 1)
        add("1988-5", "Proteína C reativa", crp, 1, "mg/L", single(None, 10.0, 1))
    # ------------------------------------------------------------------------------------------ render
    rose: Color = (0.55, 0.12, 0.35)
    doc = fitz.open()
    pront = f"{coll:%Y}{rng.randint(100000, 999999)}"
    atend = f"{rng.randint(1000000, 9999999)}"
    coll_t = f"{coll:%d/%m/%Y} {rng.randint(5, 8):02d}:{rng.randint(0, 59):02d}"
    mae_age = rng.randint(18, 38)
    mae_abo = "O Rh positivo" if variant == 1 else rng.choice(["O Rh positivo", "A Rh negativo", "B Rh positivo"])
    cols = (46, 232, 268, 318, 392)

    def header(pg: _Pg, pno: int, npages: int) -> float:
        pg.circle(66, 50, 22, c=rose, w=2)
        pg.tc(66, 47, "HMSL", "sansb", 9, rose)
        pg.tc(66, 58, "Recife", "sans", 6.5, rose)
        pg.t(100, 42, "HOSPITAL E MATERNIDADE SANTA LUZIA DO RECIFE", "sansb", 11.5, rose)
        pg.t(100, 56, "Laboratório de Análises Clínicas — Setor de Neonatologia", "sans", 8.5)
        pg.t(100, 68, "Av. Norte Miguel Arraes de Alencar, 3.210 — Encruzilhada — Recife/PE — (81) 3241-"
                      f"{atend[:4]}", "sans", 7, GREY)
        pg.tr(555, 80, f"Página {pno} de {npages}", "sans", 7.5)
        pg.ln(40, 86, 555, 86, 1.2, rose)
        pg.t(46, 102, "Paciente:", "sansb", 8.5)
        pg.t(96, 102, f"RN DE {mother}", "sansb", 8.5)
        pg.t(380, 102, f"Prontuário: {pront}", "sans", 8)
        pg.t(46, 115, f"Sexo: {'Feminino' if female else 'Masculino'}", "sans", 8)
        pg.t(190, 115, f"Nascimento: {birth:%d/%m/%Y %H:%M}", "sans", 8)
        pg.t(380, 115, f"Atendimento: {atend}", "sans", 8)
        pg.t(46, 128, f"Idade: {days} {'dia' if days == 1 else 'dias'} ({hours} h de vida)", "sans", 8)
        pg.t(190, 128, f"IG ao nascer: {ga}", "sans", 8)
        pg.t(360, 128, f"Peso ao nascer: {_num(weight, 0, group='.')} g", "sans", 8)
        pg.t(46, 141, f"Setor: {setor}", "sans", 8)
        pg.t(360, 141, f"Coleta: {coll_t}", "sans", 8)
        if pno == 1:
            pg.rect(40, 150, 555, 192, c=(0.8, 0.6, 0.7), fill=(0.99, 0.95, 0.97), w=0.6)
            pg.t(46, 162, "DADOS MATERNOS (informativo — não se referem a este paciente)", "sansb", 7.5, rose)
            pg.t(46, 174, f"Mãe: {mother.title()}, {mae_age} anos  ·  Tipagem sanguínea materna: {mae_abo}", "sans", 7)
            pg.t(46, 185, "Pesquisa de anticorpos irregulares materna: Negativa  ·  VDRL materno (parto): Não reagente"
                          "  ·  Anti-HIV materno (teste rápido): Não reagente", "sans", 7)
            top = 202.0
        else:
            top = 156.0
        pg.rect(40, top, 555, top + 14, c=None, fill=(0.95, 0.88, 0.92))
        for x, hd in ((cols[0], "Exame"), (cols[1] - 40, "Resultado"), (cols[3], "Unidade"),
                      (cols[4], "Valores de referência (neonatal)")):
            pg.t(x, top + 10, hd, "sansb", 8)
        return top + 30

    def row_h(row: tuple) -> float:
        if row[0] == "r":
            return 12 + 9.5 * (len(row[2]) - 1)
        if row[0] == "q":
            return 12.0
        if row[0] == "sec":
            return 17.0
        return 12.0

    pages: list[list[tuple]] = [[]]
    y = 232.0
    for row in rows:
        if y + row_h(row) > 770:
            pages.append([])
            y = 186.0
        pages[-1].append(row)
        y += row_h(row)
    crit_note = False
    for pi, prow in enumerate(pages):
        pg = _Pg(doc)
        y = header(pg, pi + 1, len(pages))
        for row in prow:
            kind = row[0]
            if kind == "sec":
                y += 3
                pg.t(cols[0], y, row[1], "sansb", 8.5, rose)
                y += 14
                continue
            if kind == "sub":
                pg.t(cols[0] + 8, y, row[1], "sansi", 7.5, GREY)
                y += 12
                continue
            if kind == "diff":
                rp, ra, ref = row[1], row[2], row[3]
                tp, ta = rp.s(comma=True), ra.s(comma=True, group=".")
                pg.t(cols[0] + 10, y, rp.name, "sans", 8.5)
                pg.tr(cols[1] - 28, y, f"{tp} %", "sans", 8.5)
                pg.tr(cols[1] + 26, y, ta, "sansb" if ra.flag != "N" else "sans", 8.5)
                pg.t(cols[3], y, "/mm³", "sans", 8)
                pg.t(cols[4], y, ref, "sans", 7.5)
                sink.add(rp, tp)
                sink.add(ra, ta)
                y += 12
                continue
            if kind == "q":
                r, lines = row[1], row[2]
                pg.t(cols[0], y, r.name, "sans", 8.5)
                pg.tr(cols[1] + 26, y, r.word or "", "sansb", 8.5)
                pg.t(cols[4], y, lines[0], "sans", 7.5)
                sink.add(r, r.word or "")
                y += 12
                continue
            r, lines, grp = row[1], row[2], row[3]
            txt = r.s(comma=True, group=grp)
            pg.t(cols[0], y, r.name, "sans", 8.5)
            pg.tr(cols[1] + 26, y, txt, "sansb" if r.flag != "N" else "sans", 8.5)
            pf = None
            if r.flag in ("LL", "HH"):
                pf = "CRÍTICO"
                pg.t(cols[1] + 30, y, pf, "sansb", 7, (0.8, 0, 0))
                crit_note = True
            pg.t(cols[3], y, r.unit or "", "sans", 8)
            for j, ln in enumerate(lines):
                pg.t(cols[4], y + 9.5 * j, ln, "sans", 7.5)
            sink.add(r, txt, pf)
            y += 12 + 9.5 * (len(lines) - 1)
        if pi == len(pages) - 1:
            y += 8
            notes = [("Resultados em negrito encontram-se fora dos valores de referência para a idade. Valores de "
                      "referência neonatais por idade pós-natal (dias ou horas de vida).")]
            if crit_note:
                notes.append(f"VALOR CRÍTICO (glicose) comunicado por telefone à enfermeira plantonista da UCI às "
                             f"{rng.randint(6, 9):02d}:{rng.randint(10, 59)} — ramal {rng.randint(2000, 2999)}.")
            for n_ in notes:
                y = pg.para(46, y, 505, n_, "sansi", 7.2, 1.4, GREY) + 2
            pg.t(330, 790, "Dra. Renata Lins Albuquerque", "sansb", 7.5)
            pg.t(330, 800, f"Biomédica — CRBM-2 {rng.randint(10000, 19999)}", "sans", 7)
        pg.ln(40, 810, 555, 810, 0.4, GREY)
        pg.t(40, 820, f"Emitido em {coll + _dt.timedelta(days=1):%d/%m/%Y}  ·  Sistema LabNeo 4.2", "sans", 6.5,
             GREY)
    pdf = _finish(doc, "Laudo RN", "LabNeo")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ============================= G6  Cabo Verde (Mindelo): clinic report on reused paper, show-through, unit per section


def _show_through(front: bytes, back: bytes, g: np.random.Generator) -> np.ndarray:
    """A colour 200 dpi scan of a sheet printed on both sides: the back side's print shows through, mirrored and
    diffused by the paper; cream paper, slight skew, soft focus, JPEG storage."""
    img = _raster(front, 200)
    bk = _raster(back, 200)[:, ::-1]
    h, w = img.shape[:2]
    bink = 1 - cv2.GaussianBlur(bk, (0, 0), 1.3).mean(axis=2) / 255.0
    paper = np.float32([246, 241, 226]) * (1 + 0.012 * _lowfreq(g, h, w, 4))[..., None]
    ink = 1 - img / 255.0
    out = paper * (1 - ink) * (1 - float(g.uniform(0.13, 0.17)) * bink)[..., None]
    out = _rotate(out, float(g.uniform(-0.9, 0.9)), (252, 252, 252))
    out = cv2.GaussianBlur(out, (0, 0), 0.55)
    out += g.normal(0, 2.0, out.shape).astype(np.float32)
    return _jpeg(out, int(g.integers(78, 86)))


def _g6(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(30, 40), 2: rng.randint(54, 64), 3: rng.randint(40, 49)}[variant]
    patient = {1: "Ivone Lopes Delgado", 2: "Manuel Jesus Fortes Ramos", 3: "Dulce Helena Évora Silva"}[variant]
    sink = _Sink()
    # sections: (title, unit_in_header or None, rows); row: (_R, ref text) or ("txt", name, res, ref)
    secs: list[tuple[str, str | None, list]] = []

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is not None and hi is not None:
            return f"{_num(lo, dec, True)} – {_num(hi, dec, True)}"
        if hi is not None:
            return f"≤ {_num(hi, dec, True)}"
        return f"≥ {_num(lo or 0, dec, True)}"

    def sxr(h: tuple[float | None, float | None], m: tuple[float | None, float | None], dec: int
            ) -> tuple[float | None, float | None, str]:
        lo, hi = m if female else h
        return lo, hi, f"H: {iv(h[0], h[1], dec)}  /  M: {iv(m[0], m[1], dec)}"

    def R(code: str, nm: str, v: float, dec: int, unit: str | None, ref: tuple[float | None, float | None, str],
          comp: str | None = None) -> tuple:
        return (_R(code, nm, v, dec, unit, ref[0], ref[1], comp=comp), ref[2])

    def one(lo: float | None, hi: float | None, dec: int) -> tuple[float | None, float | None, str]:
        return lo, hi, iv(lo, hi, dec)

    c = _cbc(rng, female, {1: "n", 2: "n", 3: rng.choice(["n", "ida"])}[variant])
    if variant == 2:
        c.hb = round(rng.uniform(9.6, 11.2), 1)
        c.rbc = round(c.hb / c.mch * 10, 2)
        c.hct = round(c.rbc * c.mcv / 10, 1)
        c.mchc = round(c.hb / c.hct * 100, 1)
    hem = [R("718-7", "Hemoglobina", c.hb, 1, "g/dL", sxr((13.0, 17.0), (12.0, 15.5), 1)),
           R("789-8", "Eritrócitos", c.rbc, 2, "x10⁶/µL", sxr((4.5, 5.9), (4.0, 5.2), 2)),
           R("4544-3", "Hematócrito", c.hct, 1, "%", sxr((40.0, 52.0), (36.0, 46.0), 1)),
           R("787-2", "VCM", c.mcv, 1, "fL", one(80.0, 100.0, 0)),
           R("785-6", "HCM", c.mch, 1, "pg", one(27.0, 33.0, 0)),
           R("786-4", "CHCM", c.mchc, 1, "g/dL", one(32.0, 36.0, 0)),
           R("6690-2", "Leucócitos", round(c.wbc, 1), 1, "x10³/µL", one(4.0, 10.0, 1))]
    pref = {"neut": (40, 75), "lym": (20, 45), "mono": (2, 10), "eos": (1, 6), "baso": (0, 2)}
    pnames = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
              "baso": "Basófilos"}
    for k in _DIFF_ORDER:
        lo, hi = pref[k]
        hem.append(R(_DIFF_CODES[k][0], pnames[k], c.pct[k], 1, "%", (float(lo), float(hi), f"{lo} – {hi}")))
    hem.append(R("777-3", "Plaquetas", c.plt, 0, "x10³/µL", one(150.0, 400.0, 0)))
    secs.append(("HEMOGRAMA", None, hem))
    bio = []
    bio.append(R("2345-7", "Glicose", _draw(rng, 70, 110, 0, {1: "n", 2: _pick(rng, 0.4, "h"), 3: _pick(rng, 0.3,
                                                                                                     "h")}[variant]),
                 0, "mg/dL", one(70.0, 110.0, 0)))
    bio.append(R("3091-6", "Ureia", _draw(rng, 15, 45, 0, "h" if variant == 2 else "n"), 0, "mg/dL",
                 one(15.0, 45.0, 0)))
    crr = sxr((0.7, 1.3), (0.6, 1.1), 1)
    cr = round(rng.uniform(2.1, 2.9), 1) if variant == 2 else _draw(rng, crr[0], crr[1], 1)
    bio.append(R("2160-0", "Creatinina", cr, 1, "mg/dL", crr))
    uar = sxr((3.4, 7.0), (2.4, 5.7), 1)
    bio.append(R("3084-1", "Ácido úrico", _draw(rng, uar[0], uar[1], 1, "h" if variant == 2 else "n"), 1, "mg/dL",
                 uar))
    if variant != 2:
        tc = _draw(rng, None, 200, 0, rng.choice("nh"), floor=140)
        hdl_r = sxr((40.0, None), (50.0, None), 0)
        hdl = _draw(rng, hdl_r[0], None, 0, _pick(rng, 0.3, "l"), ceil=75)
        tg = _draw(rng, None, 150, 0, _pick(rng, 0.35, "h"), floor=55)
        bio += [R("2093-3", "Colesterol total", tc, 0, "mg/dL", one(None, 200.0, 0)),
                R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", hdl_r),
                R("13457-7", "Colesterol LDL (calc.)", float(round(tc - hdl - tg / 5)), 0, "mg/dL",
                  one(None, 130.0, 0)),
                R("2571-8", "Triglicéridos", tg, 0, "mg/dL", one(None, 150.0, 0))]
    bio.append(R("1975-2", "Bilirrubina total", _draw(rng, 0.2, 1.2, 2), 2, "mg/dL", one(0.2, 1.2, 1)))
    if variant == 2:
        bio.append(R("17861-6", "Cálcio", _draw(rng, 8.6, 10.2, 1, "l"), 1, "mg/dL", one(8.6, 10.2, 1)))
        bio.append(R("2777-1", "Fósforo", _draw(rng, 2.5, 4.5, 1, "h"), 1, "mg/dL", one(2.5, 4.5, 1)))
    secs.append(("BIOQUÍMICA", "mg/dL", bio))
    enz = [R("1920-8", "AST / TGO", _draw(rng, None, 35 if female else 40, 0, _pick(rng, 0.2, "h"), floor=12), 0,
             "U/L", sxr((None, 40.0), (None, 35.0), 0)),
           R("1742-6", "ALT / TGP", _draw(rng, None, 35 if female else 45, 0, _pick(rng, 0.25, "h"), floor=8), 0,
             "U/L", sxr((None, 45.0), (None, 35.0), 0)),
           R("2324-2", "Gama GT", _draw(rng, None, 38 if female else 55, 0, _pick(rng, 0.25, "h"), floor=9), 0,
             "U/L", sxr((None, 55.0), (None, 38.0), 0)),
           R("6768-6", "Fosfatase alcalina", _draw(rng, 40, 130, 0), 0, "U/L", one(40.0, 130.0, 0))]
    if variant != 3:
        secs.append(("ENZIMAS", "U/L", enz))
    ion = [R("2951-2", "Sódio", _draw(rng, 135, 145, 0), 0, "mmol/L", one(135.0, 145.0, 0)),
           R("2823-3", "Potássio", round(rng.uniform(5.4, 5.8), 1) if variant == 2 else _draw(rng, 3.5, 5.1, 1), 1,
             "mmol/L", one(3.5, 5.1, 1)),
           R("2075-0", "Cloro", _draw(rng, 98, 107, 0), 0, "mmol/L", one(98.0, 107.0, 0))]
    if variant != 3:
        secs.append(("IONOGRAMA", "mmol/L", ion))
    if variant == 3:
        tsh_st = rng.choice("nhl")
        secs.append(("HORMONAS — TIRÓIDE", None, [
            R("3016-3", "TSH", _draw(rng, 0.35, 4.94, 2, tsh_st), 2, "µUI/mL", one(0.35, 4.94, 2)),
            R("3024-7", "T4 livre", _draw(rng, 0.70, 1.48, 2, {"n": "n", "h": "l", "l": "h"}[tsh_st]), 2, "ng/dL",
              one(0.70, 1.48, 2))]))
        secs.append(("OUTRAS", None, [
            R("2276-4", "Ferritina", _draw(rng, 13, 150, 0, "l" if c.hb < 11 else "n"), 0, "ng/mL",
              sxr((30.0, 400.0), (13.0, 150.0), 0)),
            R("4548-4", "Hemoglobina A1c", _draw(rng, 4.0, 6.0, 1, _pick(rng, 0.3, "h")), 1, "%",
              one(4.0, 6.0, 1))]))
        secs.append(("URINA II — exame químico", None, [
            (_q("20454-5", "Proteínas", "Negativo", "negative"), "Negativo"),
            (_q("25428-4", "Glicose", "Negativo", "negative"), "Negativo"),
            (_q("5794-3", "Sangue", rng.choice(["Negativo", "Vestígios"]), ""), "Negativo"),
            (_q("5802-4", "Nitritos", "Negativo", "negative"), "Negativo"),
            (_q("5799-2", "Leucócitos", rng.choice(["Negativo", "Positivo (+)"]), ""), "Negativo")]))
        for r_, _ in secs[-1][2]:
            r_.qual = {"Negativo": "negative", "Vestígios": "trace", "Positivo (+)": "positive"}[r_.word or ""]
    # ------------------------------------------------------------------------------------------ render
    blue: Color = (0.0, 0.3, 0.55)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(40, 28, 555, 84, c=blue, w=1.2)
    pg.t(52, 50, "CLÍNICA MÉDICA MONTE CARA", "sansb", 14, blue)
    pg.t(52, 64, "Consultas · Laboratório de Análises Clínicas · Imagiologia", "sans", 8.5)
    pg.t(52, 77, f"Rua de Lisboa, 42 — Mindelo, São Vicente · Tel. (+238) 231 {rng.randint(10, 99)} "
                 f"{rng.randint(10, 99)} · NIF {rng.randint(200000000, 299999999)}", "sans", 7, GREY)
    pg.tr(548, 50, "Cabo Verde", "sansi", 8, blue)
    pg.tc(297, 104, "RESULTADOS DE ANÁLISES CLÍNICAS", "sansb", 11)
    info = [("Nome:", patient), ("N.º processo:", f"{rng.randint(1000, 9999)}/{coll:%y}"),
            ("Idade:", f"{age} anos"), ("Sexo:", "Feminino" if female else "Masculino"),
            ("Médico:", rng.choice(["Dr. Arlindo Brito", "Dra. Zenaida Monteiro", "Dr. Jorge Lima Neves"])),
            ("Colheita:", f"{coll:%d/%m/%Y}")]
    for i, (k, v) in enumerate(info):
        x = 46 if i % 2 == 0 else 330
        yy = 124 + (i // 2) * 13
        pg.t(x, yy, k, "sansb", 8)
        pg.t(x + _tw(k, "sansb", 8) + 4, yy, v, "sans", 8)
    y = 170.0
    x0, x1 = 40.0, 555.0
    xs_u = (x0, 200, 270, 345, 490, x1)  # name | result | unit | reference | obs
    xs_n = (x0, 200, 270, 490, x1)  # name | result | reference | obs
    rh = 11.5
    for title, unit, rows in secs:
        pg.rect(x0, y, x1, y + 13, c=BLACK, fill=(0.85, 0.9, 0.95), w=0.6)
        head = f"{title} — resultados em {unit}" if unit else title
        pg.t(x0 + 5, y + 9.5, head, "sansb", 8)
        y += 13
        xs = xs_u if unit is None else xs_n
        hds = ("Análise", "Resultado", "Unidade", "Valores de referência", "Obs.") if unit is None else (
            "Análise", "Resultado", "Valores de referência", "Obs.")
        pg.rect(x0, y, x1, y + 12, c=BLACK, fill=(0.95, 0.95, 0.95), w=0.5)
        for xa, hd in zip(xs, hds):
            pg.t(xa + 4, y + 9, hd, "sansi", 7.2)
        for xa in xs[1:-1]:
            pg.ln(xa, y, xa, y + 12, 0.5)
        y += 12
        for r, ref in rows:
            txt = r.s(comma=True)
            pf = {"H": "Alto", "L": "Baixo", "HH": "Alto", "LL": "Baixo"}.get(r.flag)
            pg.rect(x0, y, x1, y + rh, c=BLACK, w=0.4)
            for xa in xs[1:-1]:
                pg.ln(xa, y, xa, y + rh, 0.4)
            pg.t(x0 + 4, y + 8.6, r.name, "sans", 8)
            pg.t(xs[1] + 4, y + 8.6, txt, "sansb" if pf else "sans", 8)
            if unit is None:
                pg.t(xs[2] + 4, y + 8.6, r.unit or "", "sans", 7.5)
                pg.t(xs[3] + 4, y + 8.6, ref, "sans", 7.5)
            else:
                pg.t(xs[2] + 4, y + 8.6, ref, "sans", 7.5)
            if pf:
                pg.t(xs[-2] + 4, y + 8.6, pf, "sansb", 7.5)
            sink.add(r, txt, pf)
            y += rh
        y += 8
    assert y < 760, name
    pg.t(46, y + 6, "Obs.: H = homens; M = mulheres. Valores de referência do laboratório para adultos.", "sansi", 7,
         GREY)
    pg.t(360, 790, "O Responsável do Laboratório", "sans", 7.5)
    pg.t(360, 802, "Dr. Emanuel Soares Medina", "sansb", 7.5)
    pg.t(40, 822, f"Impresso em {coll + _dt.timedelta(days=1):%d/%m/%Y}  ·  pág. 1/1", "sans", 6.5, GREY)
    pdf = _finish(doc, "Resultados", "Clinic LIS")
    # the back of the reused sheet: an old price list, mirrored through the paper
    bdoc = fitz.open()
    bp = _Pg(bdoc)
    bp.tc(297, 70, "TABELA DE PREÇOS — ANÁLISES CLÍNICAS 2023", "sansb", 13)
    bp.tc(297, 88, "(valores em escudos cabo-verdianos, IVA incluído)", "sans", 9)
    items = ["Hemograma completo", "Glicemia", "Ureia", "Creatinina", "Ácido úrico", "Colesterol total",
             "Colesterol HDL", "Triglicéridos", "TGO / TGP", "Gama GT", "Ionograma (Na, K, Cl)", "TSH", "T4 livre",
             "PSA total", "Ferritina", "Hemoglobina glicada", "Urina II", "VDRL", "Teste VIH", "AgHBs",
             "Grupo sanguíneo e Rh", "Teste de gravidez", "Exame parasitológico de fezes", "Proteína C reactiva",
             "Velocidade de sedimentação", "Tempo de protrombina", "Vitamina D", "Vitamina B12"]
    yb = 120.0
    for it in items:
        price = rng.choice([600, 800, 900, 1200, 1500, 1800, 2200, 2500, 3000, 3500, 4800])
        bp.t(70, yb, it, "sans", 10.5)
        bp.tr(520, yb, f"{_num(price, 0, group='.')}$00", "sans", 10.5)
        bp.ln(70, yb + 4, 520, yb + 4, 0.3, GREY)
        yb += 22
    bp.t(70, yb + 20, "Pagamento no acto da colheita. Convenção INPS: apresentar cartão de beneficiário.", "sans", 9)
    back = _finish(bdoc, "Tabela", "Word")
    img = _show_through(pdf, back, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ========================== G7  Malawi (Blantyre): phone photo of a health passport with LIS result stickers stuck on


def _sticker_pdf(lines: list[tuple[str, bool]], width: float = 190.0) -> bytes:
    """A thermal result label: monospace lines (text, bold)."""
    sz, lh = 7.0, 8.4
    h = 10 + lh * len(lines)
    doc = fitz.open()
    pg = _Pg(doc, width, h)
    pg.rect(0, 0, width, h, c=None, fill=WHITE)
    for i, (t, b) in enumerate(lines):
        pg.t(6, 11 + i * lh, t, "monob" if b else "mono", sz)
    return _finish(doc, "label", "label printer")


def _paste(img: np.ndarray, lab: np.ndarray, x0: int, y0: int, ang: float, g: np.random.Generator) -> None:
    """Paste a label image onto the page image at a small angle, with a soft shadow and a glossy highlight."""
    lh, lw = lab.shape[:2]
    pad = 24
    canvas = np.zeros((lh + 2 * pad, lw + 2 * pad, 3), np.float32)
    canvas[pad:pad + lh, pad:pad + lw] = lab
    mask = np.zeros((lh + 2 * pad, lw + 2 * pad), np.float32)
    mask[pad:pad + lh, pad:pad + lw] = 1
    m = cv2.getRotationMatrix2D(((lw + 2 * pad) / 2, (lh + 2 * pad) / 2), ang, 1.0)
    canvas = cv2.warpAffine(canvas, m, (lw + 2 * pad, lh + 2 * pad))
    mask = cv2.warpAffine(mask, m, (lw + 2 * pad, lh + 2 * pad))
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 5, 0), 4, 1), (0, 0), 4) * 0.3
    gloss = np.zeros_like(mask)
    cy, cx = float(g.uniform(0.2, 0.8)) * gloss.shape[0], float(g.uniform(0.2, 0.8)) * gloss.shape[1]
    yy, xx = np.mgrid[0:gloss.shape[0], 0:gloss.shape[1]].astype(np.float32)
    gloss = 22 * np.exp(-(((yy - cy) / (0.5 * gloss.shape[0])) ** 2 + ((xx - cx) / (0.35 * gloss.shape[1])) ** 2))
    reg = img[y0:y0 + canvas.shape[0], x0:x0 + canvas.shape[1]]
    reg *= (1 - shadow)[..., None]
    reg[:] = reg * (1 - mask[..., None]) + np.clip(canvas + gloss[..., None], 0, 255) * mask[..., None]


def _booklet_photo(spread: np.ndarray, g: np.random.Generator) -> np.ndarray:
    """A phone photo of the open booklet on a wooden desk: gutter shading and page curl, perspective, warm light
    from one side, blur, sensor noise, JPEG."""
    h, w = spread.shape[:2]
    xx = np.arange(w, dtype=np.float32)[None, :] / w
    gutter = 1 - 0.28 * np.exp(-((xx - 0.5) / 0.025) ** 2) - 0.06 * np.exp(-((xx - 0.5) / 0.09) ** 2)
    img = spread * gutter[..., None]
    # page curl: pages rise towards the gutter, so lines bend near the middle
    yy, xg = np.mgrid[0:h, 0:w].astype(np.float32)
    bend = 10 * np.exp(-((xg / w - 0.5) / 0.08) ** 2) * (yy / h - 0.5)
    img = cv2.remap(img, xg, yy + bend, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    pad_x, pad_y = int(0.07 * w), int(0.09 * h)
    H, W = h + 2 * pad_y, w + 2 * pad_x
    wood = np.zeros((H, W, 3), np.float32)
    grain = (np.sin(np.arange(H, dtype=np.float32)[:, None] / 7.0 + 3 * _lowfreq(g, H, W, 8)) + 1) / 2
    wood[:] = np.float32([118, 82, 52])
    wood *= (0.85 + 0.15 * grain)[..., None]
    wood[pad_y:pad_y + h, pad_x:pad_x + w] = img
    src = np.float32([[pad_x, pad_y], [pad_x + w, pad_y], [pad_x + w, pad_y + h], [pad_x, pad_y + h]])
    jit = g.uniform(-0.022, 0.022, (4, 2)).astype(np.float32) * np.float32([W, H])
    jit[0] += np.float32([0.025 * W, 0.02 * H])
    jit[1] += np.float32([-0.018 * W, 0.028 * H])
    dst = src + jit
    img = cv2.warpPerspective(wood, cv2.getPerspectiveTransform(src, dst), (W, H), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_REPLICATE)
    xx2 = np.mgrid[0:H, 0:W][1].astype(np.float32)
    light = 1.04 - 0.22 * (xx2 / W) * float(g.uniform(0.7, 1.0)) - 0.05 * _lowfreq(g, H, W, 3)
    img = img * light[..., None] * np.float32([1.02, 1.0, 0.93])
    img = cv2.GaussianBlur(img, (0, 0), 1.0)
    img += g.normal(0, 3.0, img.shape).astype(np.float32)
    return _jpeg(img, int(g.integers(68, 80)))


def _g7(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    prev = coll - _dt.timedelta(days=rng.randint(80, 130))
    female = variant != 2
    age = {1: rng.randint(30, 38), 2: rng.randint(48, 58), 3: rng.randint(40, 50)}[variant]
    surname, given = {1: ("BANDA", "Chisomo"), 2: ("PHIRI", "Mphatso"), 3: ("MWALE", "Tiwonge")}[variant]
    mrn = f"QE-{rng.randint(100000, 999999)}"
    sink = _Sink()

    def dstr(d: _dt.date) -> str:
        return f"{d.day:02d}-{_EN_MON[d.month - 1]}-{d:%y}"

    def sticker(panel: str, d: _dt.date, rows: list[tuple], sink_: _Sink | None) -> bytes:
        lines: list[tuple[str, bool]] = [("QECH LABORATORY      Blantyre", True),
                                         (f"{surname}, {given}  {'F' if female else 'M'}/{age}Y  {mrn}", False),
                                         ((f"Coll {dstr(d)} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}  "
                                           f"Lab# {d:%y}-{rng.randint(10000, 99999)}"), False),
                                         (panel, True)]
        for row in rows:
            if row[0] == "q":
                r = row[1]
                lines.append((f"{r.name:<7}{r.word}", False))
                if sink_ is not None:
                    sink_.add(r, r.word or "")
                continue
            if row[0] == "t":
                lines.append((row[1], False))
                continue
            _, r, ref = row
            txt = r.s()
            fl = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag, "")
            lines.append((f"{r.name:<7}{txt:>6} {fl:1} {r.unit or '':<9}{ref}", bool(fl)))
            if sink_ is not None:
                sink_.add(r, txt, fl or None)
        lines.append((f"Auth: {rng.choice(['T.Phiri', 'G.Kumwenda', 'E.Chirwa'])} {dstr(d)}", False))
        return _sticker_pdf(lines)

    def num(code: str, nm: str, v: float, dec: int, unit: str, lo: float | None, hi: float | None) -> tuple:
        if lo is not None and hi is not None:
            ref = f"{_num(lo, dec)}-{_num(hi, dec)}"
        elif hi is not None:
            ref = f"<{_num(hi, dec)}"
        else:
            ref = f">{_num(lo or 0, dec)}"
        return ("r", _R(code, nm, v, dec, unit, lo, hi), ref)

    def fbc(cb: _Cbc, full: bool) -> list[tuple]:
        hb_lo, hb_hi = (11.5, 16.5) if female else (13.0, 18.0)
        rows = [num("6690-2", "WBC", round(cb.wbc, 1), 1, "x10^9/L", 3.9, 10.6),
                num("718-7", "HGB", cb.hb, 1, "g/dL", hb_lo, hb_hi),
                num("4544-3", "HCT", cb.hct, 1, "%", *((35.0, 47.0) if female else (40.0, 52.0))),
                num("787-2", "MCV", cb.mcv, 1, "fL", 80.0, 98.0)]
        if full:
            rows += [num("785-6", "MCH", cb.mch, 1, "pg", 27.0, 32.0), num("786-4", "MCHC", cb.mchc, 1, "g/dL",
                                                                         31.5, 36.0)]
        rows += [num("777-3", "PLT", cb.plt, 0, "x10^9/L", 150.0, 400.0),
                 num("751-8", "NEUT#", cb.absolute("neut", 1), 1, "x10^9/L", 1.8, 7.5),
                 num("731-0", "LYMPH#", cb.absolute("lym", 1), 1, "x10^9/L", 1.0, 4.0)]
        return rows

    cur: list[tuple[str, list[tuple]]] = []
    old: tuple[str, list[tuple]]
    if variant == 1:
        c = _cbc(rng, True, rng.choice(["ida", "hiv"]))
        cur.append(("FBC (EDTA)", fbc(c, False)))
        cd4 = float(rng.randint(380, 480))
        cur.append(("CD4 (FACSPresto)", [num("24467-3", "CD4", cd4, 0, "cells/uL", 500.0, 1600.0),
                                         num("8123-2", "CD4%", float(rng.randint(19, 27)), 0, "%", 30.0, 60.0)]))
        cur.append(("CHEMISTRY (serum)", [num("14682-9", "CREA", float(rng.randint(52, 88)), 0, "umol/L", 45.0, 90.0),
                                         num("1742-6", "ALT", _draw(rng, None, 33, 0, floor=9), 0, "U/L", None, 33.0),
                                         ("t", "CrAg   NEG (LFA)")]))
        old = ("CD4 (FACSPresto)", [num("24467-3", "CD4", float(rng.randint(250, 360)), 0, "cells/uL", 500.0, 1600.0),
                                    num("8123-2", "CD4%", float(rng.randint(14, 19)), 0, "%", 30.0, 60.0)])
    elif variant == 2:
        glu = round(rng.uniform(10.2, 14.8), 1)
        cr = float(rng.randint(96, 128))
        eg = _egfr(cr / 88.4, age, False)
        cur.append(("CHEMISTRY (serum)", [num("14749-6", "GLU", glu, 1, "mmol/L", 3.9, 7.8),
                                         num("4548-4", "HbA1c", round(rng.uniform(7.6, 9.6), 1), 1, "%", 4.0, 6.0),
                                         num("14682-9", "CREA", cr, 0, "umol/L", 62.0, 106.0),
                                         num("98979-8", "eGFR", float(round(eg)), 0, "mL/min", 60.0, None),
                                         num("22664-7", "UREA", _draw(rng, 2.5, 7.8, 1, rng.choice("nh")), 1,
                                             "mmol/L", 2.5, 7.8),
                                         num("2951-2", "NA", _draw(rng, 135, 145, 0), 0, "mmol/L", 135.0, 145.0),
                                         num("2823-3", "K", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1)]))
        tc = round(rng.uniform(5.3, 6.6), 1)
        hdl = round(rng.uniform(0.8, 1.2), 1)
        tg = round(rng.uniform(1.5, 2.6), 1)
        ldl = round(tc - hdl - tg / 2.2, 1)
        cur.append(("LIPID PROFILE (fasting)", [num("14647-2", "CHOL", tc, 1, "mmol/L", None, 5.2),
                                               num("14927-8", "TRIG", tg, 1, "mmol/L", None, 1.7),
                                               num("14646-4", "HDL", hdl, 1, "mmol/L", 1.0, None),
                                               num("39469-2", "LDL", ldl, 1, "mmol/L", None, 3.4)]))
        old = ("CHEMISTRY (serum)", [num("14749-6", "GLU", round(rng.uniform(12, 16), 1), 1, "mmol/L", 3.9, 7.8),
                                     num("14682-9", "CREA", float(rng.randint(90, 120)), 0, "umol/L", 62.0, 106.0),
                                     num("2823-3", "K", _draw(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1)])
    else:
        c = _cbc(rng, True, "lowplt")
        cur.append(("FBC (EDTA)", fbc(c, True)))
        cur.append(("MALARIA", [("t", "MRDT   POSITIVE (Pf)"), ("t", "Film   P.falciparum ++ (pending count)")]))
        cur.append(("LFT (serum)", [num("1742-6", "ALT", _draw(rng, None, 33, 0, "h"), 0, "U/L", None, 33.0),
                                    num("1920-8", "AST", _draw(rng, None, 32, 0, rng.choice("nh"), floor=14), 0,
                                        "U/L", None, 32.0),
                                    num("6768-6", "ALP", _draw(rng, 35, 104, 0), 0, "U/L", 35.0, 104.0),
                                    num("14631-6", "TBIL", float(rng.randint(24, 46)), 0, "umol/L", None, 21.0),
                                    num("1751-7", "ALB", float(rng.randint(31, 38)), 0, "g/L", 35.0, 52.0)]))
        oc = _cbc(rng, True, "n")
        old = ("FBC (EDTA)", fbc(oc, True))
    cur_pdfs = [sticker(panel, coll, rows, sink) for panel, rows in cur]
    old_pdf = sticker(old[0], prev, old[1], None)
    # ------------------------------------------------------------------------------------------ the booklet
    doc = fitz.open()
    pg = _Pg(doc, 840, 595)
    pg.rect(0, 0, 840, 595, c=None, fill=(0.97, 0.96, 0.92))
    ink: Color = (0.1, 0.15, 0.5)
    rule: Color = (0.62, 0.75, 0.88)
    pnum = rng.randint(10, 30) * 2
    for side in (0, 1):
        x0 = 420 * side
        pg.t(x0 + 28, 30, "Date", "arialb", 8, (0.2, 0.3, 0.55))
        pg.t(x0 + 92, 30, "Clinical notes / Zolemba za chipatala", "arialb", 8, (0.2, 0.3, 0.55))
        for i in range(26):
            yy = 44 + i * 20
            pg.ln(x0 + 24, yy, x0 + 396, yy, 0.5, rule)
        pg.ln(x0 + 84, 24, x0 + 84, 564, 0.6, (0.85, 0.55, 0.55))
        pg.tc(x0 + 210, 582, str(pnum + side), "arial", 8, GREY)
        pg.t(x0 + 28, 575, "MALAWI HEALTH PASSPORT", "arial", 5.5, GREY)

    def hand(x: float, y: float, txt: str, sz: float = 10.5) -> None:
        jit = rng.uniform(-0.8, 0.8)
        pg.t(x, y + jit, txt, "timesi", sz, ink)

    notes_old = [(f"BP {rng.randint(118, 140)}/{rng.randint(74, 90)}  Wt {rng.randint(55, 80)}kg  "
                  f"T 36.{rng.randint(4, 9)}"),
                 "Adherence good, no complaints." if variant == 1 else "Known DM/HTN, on metformin 500mg bd",
                 "Plan: bloods, review 3/12", f"Dr {rng.choice(['Kalua', 'Nyirenda', 'Mbewe'])}  / QECH OPD"]
    hand(30, 61, f"{prev:%d/%m/%y}")
    for i, t_ in enumerate(notes_old):
        hand(92, 61 + i * 20, t_)
    vit = f"BP {rng.randint(110, 150)}/{rng.randint(70, 95)}  P {rng.randint(68, 98)}  Wt {rng.randint(52, 82)}kg  " \
          f"MUAC {rng.randint(24, 30)}cm"
    notes_new = [{1: "c/o tiredness x 2/52, no fever", 2: "polyuria, blurred vision", 3: "fever, headache x 3 days"}[
        variant], vit, {1: "On TLD 1 tab od. Pale conjunctivae", 2: "Metformin 1g bd, amlodipine 10mg od",
                        3: "Temp 38.6. Mild jaundice"}[variant], "Plan: bloods as below, review with results"]
    hand(450, 61, f"{coll:%d/%m/%y}")
    for i, t_ in enumerate(notes_new):
        hand(512, 61 + i * 20, t_)
    follow = {1: "Results reviewed - start FeSO4 200mg od, recheck 4/52",
              2: "Increase metformin; add atorvastatin 20mg nocte",
              3: "LA 4 tabs bd x3/7 started, paracetamol 1g tds"}[variant]
    hand(450, 541, f"{coll + _dt.timedelta(days=rng.randint(2, 6)):%d/%m/%y}")
    hand(512, 541, follow)
    spread_pdf = _finish(doc, "passport", "photo")
    dpi = 220
    img = _raster(spread_pdf, dpi)
    g = _nprng(name)
    sc = dpi / 72
    _paste(img, _raster(old_pdf, dpi), int(110 * sc), int(150 * sc), float(g.uniform(-3, 3)), g)
    slots = [(505, 140), (505, 300), (505, 410)] if len(cur_pdfs) == 3 else [(505, 150), (505, 320)]
    for (sx_, sy_), sp in zip(slots, cur_pdfs):
        _paste(img, _raster(sp, dpi), int(sx_ * sc) + int(g.integers(-12, 12)), int(sy_ * sc),
               float(g.uniform(-3.5, 3.5)), g)
    photo = _booklet_photo(img, g)
    return _Out(_png(photo), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, cur_pdfs,
                sink.printed)



# ==================================== G8  Papua New Guinea (Port Moresby): horizontal strip panels, analytes as columns


def _g8(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(38, 52), 2: rng.randint(24, 34), 3: rng.randint(55, 68)}[variant]
    patient = {1: "KAUPA, Joseph", 2: "TOMMY, Grace Kila", 3: "WAMBI, Peter Kuri"}[variant]
    sink = _Sink()
    strips: list[tuple[str, str, list[tuple[_R, str]]]] = []  # title, specimen, [(_R, ref text)]

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is not None and hi is not None:
            return f"{_num(lo, dec)}-{_num(hi, dec)}"
        if hi is not None:
            return f"<{_num(hi, dec)}"
        return f">{_num(lo or 0, dec)}"

    def col(code: str, nm: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
            comp: str | None = None, rdec: int | None = None) -> tuple[_R, str]:
        return (_R(code, nm, v, dec, unit, lo, hi, comp=comp), iv(lo, hi, dec if rdec is None else rdec))

    c = _cbc(rng, female, {1: "infect", 2: "ida", 3: "n"}[variant])
    hb_lo, hb_hi = (115.0, 155.0) if female else (130.0, 170.0)
    fbc = [col("718-7", "Hb", float(round(c.hb * 10)), 0, "g/L", hb_lo, hb_hi),
           col("789-8", "RBC", c.rbc, 2, "x10^12/L", *((3.8, 5.2) if female else (4.4, 5.8)), rdec=1),
           col("4544-3", "PCV", round(c.hct / 100, 2), 2, "L/L", *((0.35, 0.46) if female else (0.40, 0.52))),
           col("787-2", "MCV", float(round(c.mcv)), 0, "fL", 80.0, 98.0),
           col("785-6", "MCH", float(round(c.mch)), 0, "pg", 27.0, 33.0),
           col("786-4", "MCHC", float(round(c.mchc * 10)), 0, "g/L", 320.0, 360.0),
           col("788-0", "RDW", c.rdw, 1, "%", 11.5, 15.0),
           col("6690-2", "WCC", round(c.wbc, 1), 1, "x10^9/L", 4.0, 11.0),
           col("777-3", "Plt", c.plt, 0, "x10^9/L", 150.0, 400.0),
           col("32623-1", "MPV", round(rng.uniform(8.0, 11.5), 1), 1, "fL", 7.0, 12.0)]
    strips.append(("FULL BLOOD COUNT", "EDTA whole blood — Sysmex XN-550", fbc))
    if variant != 3:
        dnames = {"neut": "Neut", "lym": "Lymph", "mono": "Mono", "eos": "Eos", "baso": "Baso"}
        aref = {"neut": (2.0, 7.5), "lym": (1.0, 4.0), "mono": (0.2, 1.0), "eos": (0.0, 0.5), "baso": (0.0, 0.1)}
        diff = [col(_DIFF_CODES[k][0], dnames[k], c.pct[k], 1, "%", None, None) for k in _DIFF_ORDER]
        diff = [(r, "") for r, _ in diff]
        diff += [col(_DIFF_CODES[k][1], dnames[k], c.absolute(k), 2, "x10^9/L", *aref[k], rdec=1)
                 for k in _DIFF_ORDER]
        strips.append(("WHITE CELL DIFFERENTIAL", "EDTA whole blood — % and absolute counts", diff))
    if variant in (1, 3):
        cr = float(rng.randint(72, 104)) if variant == 1 else float(rng.randint(262, 338))
        eg = _egfr(cr / 88.4, age, female)
        k_v = _draw(rng, 3.5, 5.2, 1) if variant == 1 else round(rng.uniform(7.1, 7.5), 1)
        ue = [col("2951-2", "Na", _draw(rng, 135, 145, 0, "l" if variant == 3 else "n"), 0, "mmol/L", 135.0, 145.0),
              col("2823-3", "K", k_v, 1, "mmol/L", 3.5, 5.2),
              col("2075-0", "Cl", _draw(rng, 95, 110, 0), 0, "mmol/L", 95.0, 110.0),
              col("1963-8", "HCO3", _draw(rng, 22, 32, 0, "l" if variant == 3 else "n"), 0, "mmol/L", 22.0, 32.0),
              col("22664-7", "Urea", round(rng.uniform(16, 23), 1) if variant == 3 else _draw(rng, 2.5, 8.0, 1), 1,
                  "mmol/L", 2.5, 8.0),
              col("14682-9", "Creat", cr, 0, "umol/L", 60.0, 110.0)]
        if eg > 90:
            ue.append(col("98979-8", "eGFR", 90.0, 0, "mL/min/1.73m2", 60.0, None, comp=">"))
        else:
            ue.append(col("98979-8", "eGFR", float(round(eg)), 0, "mL/min/1.73m2", 60.0, None))
        ue.append(col("14749-6", "Gluc", _draw(rng, 3.0, 7.7, 1, _pick(rng, 0.3, "h")), 1, "mmol/L", 3.0, 7.7))
        strips.append(("UREA, ELECTROLYTES & CREATININE", "Serum (lithium heparin)", ue))
    if variant == 1:
        lft = [col("14631-6", "T.Bili", float(rng.randint(6, 19)), 0, "umol/L", None, 20.0),
               col("1742-6", "ALT", _draw(rng, None, 45, 0, rng.choice("nh"), floor=10), 0, "U/L", None, 45.0),
               col("1920-8", "AST", _draw(rng, None, 40, 0, floor=12), 0, "U/L", None, 40.0),
               col("6768-6", "ALP", _draw(rng, 30, 110, 0), 0, "U/L", 30.0, 110.0),
               col("2324-2", "GGT", _draw(rng, None, 50, 0, _pick(rng, 0.4, "h"), floor=10), 0, "U/L", None, 50.0),
               col("2885-2", "T.Prot", float(rng.randint(66, 82)), 0, "g/L", 60.0, 80.0),
               col("1751-7", "Alb", float(rng.randint(30, 44)), 0, "g/L", 35.0, 50.0),
               col("1988-5", "CRP", float(rng.randint(34, 118)), 0, "mg/L", None, 5.0)]
        strips.append(("LIVER FUNCTION & CRP", "Serum", lft))
    if variant == 2:
        strips.append(("IRON STUDIES", "Serum", [
            col("14798-3", "Iron", round(rng.uniform(3.2, 7.5), 1), 1, "umol/L", 10.0, 30.0, rdec=0),
            col("14800-7", "TIBC", float(rng.randint(78, 92)), 0, "umol/L", 45.0, 80.0),
            col("2502-3", "T.Sat", float(rng.randint(4, 9)), 0, "%", 15.0, 45.0),
            col("2276-4", "Ferritin", float(rng.randint(3, 11)), 0, "ug/L", 15.0, 200.0)]))
        strips.append(("THYROID FUNCTION", "Serum", [
            col("3016-3", "TSH", _draw(rng, 0.4, 4.0, 2), 2, "mIU/L", 0.4, 4.0, rdec=1),
            col("14920-3", "FT4", _draw(rng, 10, 20, 1), 1, "pmol/L", 10.0, 20.0, rdec=0)]))
        tc = round(rng.uniform(3.8, 5.4), 1)
        hdl = round(rng.uniform(1.0, 1.7), 1)
        tg = round(rng.uniform(0.6, 1.8), 1)
        strips.append(("LIPIDS & GLYCAEMIA", "Serum / EDTA (fasting)", [
            col("14647-2", "Chol", tc, 1, "mmol/L", None, 5.5),
            col("14927-8", "Trig", tg, 1, "mmol/L", None, 2.0),
            col("14646-4", "HDL", hdl, 1, "mmol/L", 1.0, None),
            col("39469-2", "LDL", round(tc - hdl - tg / 2.2, 1), 1, "mmol/L", None, 3.5),
            col("14749-6", "Gluc", _draw(rng, 3.0, 6.0, 1), 1, "mmol/L", 3.0, 6.0),
            col("4548-4", "HbA1c", _draw(rng, 4.0, 6.0, 1), 1, "%", 4.0, 6.0)]))
    if variant == 3:
        strips.append(("BONE, MAGNESIUM, URATE & CRP", "Serum", [
            col("2000-8", "Ca", _draw(rng, 2.10, 2.60, 2, "l"), 2, "mmol/L", 2.10, 2.60),
            col("14879-1", "PO4", round(rng.uniform(1.9, 2.6), 2), 2, "mmol/L", 0.8, 1.5, rdec=1),
            col("2601-3", "Mg", _draw(rng, 0.7, 1.1, 2, rng.choice("nh")), 2, "mmol/L", 0.7, 1.1, rdec=1),
            col("14933-6", "Urate", float(rng.randint(480, 620)), 0, "umol/L", 200.0, 420.0),
            col("1751-7", "Alb", float(rng.randint(30, 38)), 0, "g/L", 35.0, 50.0),
            col("1988-5", "CRP", float(rng.randint(6, 28)), 0, "mg/L", None, 5.0)]))
    # ------------------------------------------------------------------------------------------ render
    doc = fitz.open()
    pg = _Pg(doc, 842, 595)
    maroon: Color = (0.5, 0.08, 0.1)
    lab_no = f"PM{coll:%y}-{rng.randint(100000, 999999)}"
    mrn = f"{rng.randint(100000, 999999)}"
    dob = _dob(rng, coll, age)
    ward = {1: "Medical Ward 3B", 2: "Antenatal Clinic", 3: "Emergency Department"}[variant]
    pg.rect(30, 22, 812, 64, c=None, fill=maroon)
    pg.t(42, 42, "PORT MORESBY GENERAL HOSPITAL", "sansb", 14, WHITE)
    pg.t(42, 57, "Department of Pathology — Central Public Health Laboratory", "sans", 8.5, WHITE)
    pg.tr(800, 40, "Free Mile, Boroko NCD  ·  Ph (+675) 324 " + f"{rng.randint(8000, 8999)}", "sans", 8, WHITE)
    pg.tr(800, 54, "LABORATORY REPORT — episode view", "sans", 7, WHITE)
    info = [("Patient", patient), ("MRN", mrn), ("DOB", f"{dob:%d/%m/%Y} ({age}y)"),
            ("Sex", "F" if female else "M"), ("Ward/Clinic", ward),
            ("Requested by", rng.choice(["Dr S. Kaupa", "Dr M. Lemeki", "Dr R. Tau"])),
            ("Lab No", lab_no), ("Collected", f"{coll:%d/%m/%Y} {rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}"),
            ("Received", f"{coll:%d/%m/%Y} {rng.randint(11, 13):02d}:{rng.randint(0, 59):02d}"),
            ("Reported", f"{coll:%d/%m/%Y} {rng.randint(14, 17):02d}:{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x = 34 + (i % 5) * 156
        y = 80 + (i // 5) * 13
        pg.t(x, y, f"{k}:", "sansb", 7.5)
        pg.t(x + _tw(f"{k}:", "sansb", 7.5) + 3, y, v, "sans", 7.5)
    pg.ln(30, 100, 812, 100, 0.8, maroon)
    y = 118.0
    labels = ("Test", "Result", "Flag", "Units", "Ref. range")
    lw = 58.0
    crit = False
    for title, spec, cols in strips:
        n = len(cols)
        cw = min(74.0, (812 - 30 - lw) / n)
        pg.t(30, y, title, "sansb", 8.5, maroon)
        pg.t(30 + _tw(title, "sansb", 8.5) + 10, y, spec, "sansi", 7, GREY)
        y += 5
        top = y
        rhs = (12.0, 13.0, 11.0, 11.0, 11.0)
        for j, lab in enumerate(labels):
            pg.rect(30, y, 30 + lw, y + rhs[j], c=(0.5, 0.5, 0.5), fill=(0.93, 0.9, 0.9), w=0.4)
            pg.t(33, y + rhs[j] - 3, lab, "sansb" if j < 2 else "sans", 7)
            for i, (r, ref) in enumerate(cols):
                x = 30 + lw + i * cw
                fill = (0.96, 0.93, 0.93) if j == 0 else None
                pg.rect(x, y, x + cw, y + rhs[j], c=(0.5, 0.5, 0.5), fill=fill, w=0.4)
                if j == 0:
                    pg.tc(x + cw / 2, y + rhs[j] - 3, r.name, "sansb", 7.5)
                elif j == 1:
                    txt = r.s(tight=True)
                    pg.tc(x + cw / 2, y + rhs[j] - 3, txt, "sansb" if r.flag != "N" else "sans", 8.5)
                elif j == 2:
                    fl = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}.get(r.flag, "")
                    pg.tc(x + cw / 2, y + rhs[j] - 3, fl, "sansb", 7.5, (0.75, 0, 0) if fl else BLACK)
                elif j == 3:
                    u = r.unit or ""
                    pg.tc(x + cw / 2, y + rhs[j] - 3, u, "sans", 6.5 if _tw(u, "sans", 7) > cw - 4 else 7)
                else:
                    pg.tc(x + cw / 2, y + rhs[j] - 3, ref, "sans", 7)
            y += rhs[j]
        for r, ref in cols:
            fl = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}.get(r.flag)
            crit = crit or fl in ("HH", "LL")
            sink.add(r, r.s(tight=True), fl)
        y += 14
        _ = top
    notes = ["Reference ranges: adult, sex-specific where applicable. Flags: H/L outside range, HH/LL critical."]
    if crit:
        notes.append(f"CRITICAL RESULT: potassium phoned to Dr on call (ED) at {rng.randint(14, 16)}:"
                     f"{rng.randint(10, 59)} by {rng.choice(['K. Aisi', 'L. Wari'])}; read-back confirmed. Sample not "
                     "haemolysed.")
    if variant == 1:
        notes.append("Film comment: neutrophilia with toxic granulation. Malaria RDT negative.")
    for n_ in notes:
        pg.t(30, y, n_, "sansi", 7.2, GREY)
        y += 11
    assert y < 560, (name, y)
    pg.ln(30, 568, 812, 568, 0.4, GREY)
    pg.t(30, 580, f"Authorised by: {rng.choice(['A. Ravu, Senior Scientist', 'J. Kumbu, Pathologist'])}   ·   "
                  f"Lab No {lab_no}   ·   Page 1 of 1   ·   Printed {coll + _dt.timedelta(days=1):%d/%m/%Y}",
         "sans", 6.8, GREY)
    pdf = _finish(doc, "Pathology report", "LabTrak")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ===================================== G9  Zimbabwe (Harare): medical-aid corporate wellness-day summary (employee)


def _g9(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(48, 56), 2: rng.randint(34, 42), 3: rng.randint(58, 64)}[variant]
    first, last = {1: ("Tendai", "Moyo"), 2: ("Rutendo", "Chikwanha"), 3: ("Farai", "Mutasa")}[variant]
    employer = {1: "Mazowe Breweries (Pvt) Ltd", 2: "Kopje Insurance Holdings", 3: "Msasa Steel Products"}[variant]
    sink = _Sink()

    def iv(lo: float | None, hi: float | None, dec: int, unit: str) -> str:
        if lo is not None and hi is not None:
            return f"{_num(lo, dec)} – {_num(hi, dec)} {unit}"
        if hi is not None:
            return f"below {_num(hi, dec)} {unit}"
        return f"above {_num(lo or 0, dec)} {unit}"

    # rows: (check label, result text, range text, status, _R or None, printed value)
    rows: list[tuple[str, str, str, str, _R | None, str]] = []
    sbp, dbp = rng.randint(118, 148), rng.randint(74, 94)
    bp_st = "Above range" if sbp >= 130 or dbp >= 85 else "Within range"
    bmi = round(rng.uniform(22.5, 31.5), 1)
    rows.append(("Blood pressure", f"{sbp}/{dbp} mmHg", "below 130/85 mmHg", bp_st, None, ""))
    rows.append(("Body mass index (BMI)", f"{_num(bmi, 1)} kg/m²", "18.5 – 24.9 kg/m²",
                 "Above range" if bmi > 24.9 else "Within range", None, ""))
    waist = rng.randint(82, 104)
    wl = 80 if female else 94
    rows.append(("Waist circumference", f"{waist} cm", f"below {wl} cm", "Above range" if waist >= wl else
                 "Within range", None, ""))

    def num(label: str, code: str, nm: str, v: float, dec: int, unit: str, lo: float | None, hi: float | None) -> _R:
        r = _R(code, label, v, dec, unit, lo, hi)
        st = {"N": "Within range", "H": "Above range", "L": "Below range", "HH": "Above range",
              "LL": "Below range"}[r.flag]
        rows.append((label, f"{r.s()} {unit}", iv(lo, hi, dec if dec else 0, unit), st, r, r.s()))
        return r

    glu_v = round(rng.uniform(11.8, 15.2), 1) if variant == 3 else _draw(rng, 3.9, 7.7, 1)
    glu = num("Random blood glucose (finger-prick)", "14749-6", "Random blood glucose", glu_v, 1, "mmol/L", 3.9,
              7.7)
    if variant == 2:
        tc = _draw(rng, None, 5.2, 1, rng.choice("nh"), floor=3.9)
        hdl = _draw(rng, 1.2, None, 1, _pick(rng, 0.3, "l"), ceil=1.9)
        tg = _draw(rng, None, 1.7, 1, _pick(rng, 0.3, "h"), floor=0.6)
        tcr = num("Total cholesterol", "14647-2", "Total cholesterol", tc, 1, "mmol/L", None, 5.2)
        num("HDL cholesterol", "14646-4", "HDL cholesterol", hdl, 1, "mmol/L", 1.2, None)
        num("Triglycerides", "14927-8", "Triglycerides", tg, 1, "mmol/L", None, 1.7)
        num("LDL cholesterol (calculated)", "39469-2", "LDL cholesterol", round(tc - hdl - tg / 2.2, 1), 1, "mmol/L",
            None, 3.0)
    else:
        tcr = num("Total cholesterol (finger-prick)", "14647-2", "Total cholesterol",
                  _draw(rng, None, 5.2, 1, "h" if variant == 1 else rng.choice("nh"), floor=4.0), 1, "mmol/L", None,
                  5.2)
        a1c = round(rng.uniform(5.8, 6.3), 1) if variant == 1 else round(rng.uniform(8.1, 9.6), 1)
        num("HbA1c (point-of-care)", "4548-4", "HbA1c", a1c, 1, "%", None, 5.7)
    hb_lo, hb_hi = (12.0, 15.5) if female else (13.0, 17.0)
    num("Haemoglobin (HemoCue)", "718-7", "Haemoglobin", _draw(rng, hb_lo, hb_hi, 1, _pick(rng, 0.25, "l")), 1, "g/dL",
        hb_lo, hb_hi)
    psa = None
    if not female:
        psa = num("PSA (men 45+, finger-prick)", "2857-1", "PSA",
                  _draw(rng, None, 4.0, 1, "h" if variant == 3 else "n", floor=0.4), 1, "ng/mL", None, 4.0)
    hiv = _q("56888-1", "HIV rapid test (Determine / Uni-Gold)", "Non-reactive", "non-reactive")
    rows.append(("HIV rapid test (Determine / Uni-Gold)", "Non-reactive", "Non-reactive", "Within range", hiv,
                 "Non-reactive"))
    up = ("Trace", "trace") if variant == 3 else ("Negative", "negative")
    ug = ("2+", "positive") if variant == 3 else ("Negative", "negative")
    rows.append(("Urine protein (dipstick)", up[0], "Negative", "Abnormal" if up[0] != "Negative" else "Within range",
                 _q("20454-5", "Urine protein (dipstick)", up[0], up[1]), up[0]))
    rows.append(("Urine glucose (dipstick)", ug[0], "Negative", "Abnormal" if ug[0] != "Negative" else "Within range",
                 _q("25428-4", "Urine glucose (dipstick)", ug[0], ug[1]), ug[0]))
    # ------------------------------------------------------------------------------------------ render
    green: Color = (0.0, 0.42, 0.35)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(0, 0, 595, 8, c=None, fill=green)
    pg.t(40, 44, "ZAMBEZI MEDICAL AID SOCIETY", "sansb", 15, green)
    pg.t(40, 58, "Corporate Wellness Programme", "sansi", 10)
    pg.tr(555, 34, "7th Floor, Runhare House, Harare", "sans", 7.5, GREY)
    pg.tr(555, 45, f"Tel +263 242 7{rng.randint(10000, 99999)}  ·  Wellness line 0808 {rng.randint(1000, 9999)}",
          "sans", 7.5, GREY)
    pg.tr(555, 56, "wellness@zambezimed.co.zw", "sans", 7.5, GREY)
    pg.ln(40, 68, 555, 68, 1, green)
    pg.t(40, 92, "Your Wellness Day Results", "sansb", 13)
    member = f"ZMA {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}-0{rng.randint(1, 4)}"
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    day = f"{coll.day} {months[coll.month - 1]} {coll.year}"
    info = [("Employee:", f"{first} {last}"), ("Employee no.:", f"{rng.randint(10000, 99999)}"),
            ("Medical aid no.:", member), ("Employer:", employer),
            ("Gender / age:", f"{'Female' if female else 'Male'}, {age} years"), ("Wellness day:", day),
            ("Venue:", rng.choice(["Head office canteen, Southerton", "Staff clinic, Graniteside",
                                   "Main boardroom, Msasa"])),
            ("Screened by:", rng.choice(["Sr P. Dube (RGN)", "Sr T. Ncube (RGN)", "Sr M. Gumbo (RGN)"]))]
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 310
        y = 112 + (i // 2) * 13
        pg.t(x, y, k, "sansb", 8)
        pg.t(x + 82, y, v, "sans", 8)
    y = 176.0
    y = pg.para(40, y, 515, f"Dear {first}, thank you for taking part in your company's wellness day. Below are "
                            "the results of the health checks done on the day. The finger-prick and urine tests are "
                            "screening tests and are not a diagnosis; please discuss any result outside the healthy "
                            "range with your doctor.", "sans", 8.5, 1.4)
    y += 6
    cx = (40, 232, 340, 470)
    pg.rect(40, y, 555, y + 16, c=None, fill=green)
    for x, hd in zip(cx, ("Check", "Your result", "Healthy range", "Status")):
        pg.t(x + 5, y + 11, hd, "sansb", 8.5, WHITE)
    y += 16
    for i, (label, res, rng_txt, st, r, ptxt) in enumerate(rows):
        if i % 2 == 0:
            pg.rect(40, y, 555, y + 17, c=None, fill=(0.93, 0.97, 0.95))
        pg.t(cx[0] + 5, y + 12, label, "sans", 8.2)
        pg.t(cx[1] + 5, y + 12, res, "sansb", 8.5)
        pg.t(cx[2] + 5, y + 12, rng_txt, "sans", 8)
        col = (0.0, 0.5, 0.2) if st == "Within range" else (0.8, 0.35, 0.0)
        pg.circle(cx[3] + 9, y + 9, 3.5, c=None, fill=col)
        pg.t(cx[3] + 17, y + 12, st, "sans", 8, col)
        if r is not None:
            sink.add(r, ptxt, None if st == "Within range" else st)
        y += 17
    y += 16
    pg.t(40, y, "What your results mean", "sansb", 10, green)
    y += 16
    last_tc = round(tcr.value + rng.choice([-0.4, 0.3, 0.5]), 1) if tcr.value is not None else 5.0
    paras = []
    if tcr.flag == "H":
        paras.append(f"Cholesterol. Your total cholesterol of {tcr.s()} mmol/L is above the healthy level of 5.2 "
                     f"mmol/L. At last year's wellness day it was {_num(last_tc, 1)} mmol/L. Eating less fried food "
                     "and more vegetables, and 30 minutes of walking most days, will help.")
    else:
        paras.append(f"Cholesterol. Your total cholesterol of {tcr.s()} mmol/L is in the healthy range (last year "
                     f"{_num(last_tc, 1)} mmol/L). Keep it up!")
    if glu.flag == "H":
        paras.append(f"Blood sugar. Your random glucose was {glu.s()} mmol/L, which is high. Together with your HbA1c "
                     "this suggests diabetes that needs treatment. Please see your doctor within one week; your "
                     "medical aid covers the consultation and a laboratory HbA1c.")
    else:
        paras.append(f"Blood sugar. Your random glucose of {glu.s()} mmol/L is within the healthy range.")
    if psa is not None and psa.flag == "H":
        paras.append(f"PSA. Your finger-prick PSA of {psa.s()} ng/mL is above 4.0 ng/mL. This does not mean you have "
                     "cancer, but a laboratory PSA and a visit to your doctor are recommended.")
    paras.append(f"Blood pressure. Your reading was {sbp}/{dbp} mmHg. " + (
        "Have it re-checked at the staff clinic within a month." if bp_st != "Within range" else
        "This is within the healthy range."))
    for ptxt_ in paras:
        y = pg.para(40, y, 515, ptxt_, "sans", 8.5, 1.4) + 5
    y += 4
    pg.t(40, y, "Next steps", "sansb", 10, green)
    y += 14
    y = pg.para(40, y, 515, f"Book a free follow-up with the wellness nurse: call 0808 {rng.randint(1000, 9999)} or "
                            f"WhatsApp +263 77 {rng.randint(100, 999)} {rng.randint(1000, 9999)}. Your next wellness "
                            f"day is planned for {coll.year + 1}. Your results are confidential and are not shared "
                            "with your employer.", "sans", 8.5, 1.4)
    assert y < 780, (name, y)
    pg.ln(40, 800, 555, 800, 0.4, GREY)
    pg.t(40, 812, f"Ref. WD-{coll:%Y%m%d}-{rng.randint(100, 999)}  ·  Point-of-care devices: Cholestech LDX / "
                  "Afinion 2 / HemoCue Hb 201  ·  Page 1 of 1", "sans", 6.5, GREY)
    pdf = _finish(doc, "Wellness day results", "Zambezi Wellness")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ======================================= G10  Malta (Msida): oncology day unit pre-treatment bloods, fitness to treat


def _g10(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    treat = coll + _dt.timedelta(days=1)
    female = variant != 2
    age = {1: rng.randint(48, 60), 2: rng.randint(58, 70), 3: rng.randint(55, 66)}[variant]
    patient = {1: "BORG, Maria Dolores", 2: "CAMILLERI, Joseph", 3: "FARRUGIA, Rita"}[variant]
    diag = {1: "Carcinoma of left breast, ER+/HER2− (adjuvant)", 2: "Adenocarcinoma of sigmoid colon, stage III",
            3: "High-grade serous ovarian carcinoma, stage IIIC"}[variant]
    regimen = {1: ("EC (epirubicin / cyclophosphamide)", f"{rng.randint(2, 4)} of 4"),
               2: ("FOLFOX (oxaliplatin / 5-FU / folinic acid)", f"{rng.randint(3, 11)} of 12"),
               3: ("Carboplatin AUC5 / paclitaxel 175 mg/m²", f"{rng.randint(2, 5)} of 6")}[variant]
    height, weight = (rng.randint(152, 170), round(rng.uniform(58, 84), 1)) if female else (
        rng.randint(166, 182), round(rng.uniform(70, 96), 1))
    bsa = round(((height * weight) / 3600) ** 0.5, 2)
    sink = _Sink()
    # (label, code, value, dec, unit, lo, hi, threshold text, threshold test, comp)
    rows: list[tuple] = []

    def add(label: str, code: str, v: float, dec: int, unit: str, lo: float | None, hi: float | None,
            thr: str = "—", ok: bool | None = None, comp: str | None = None, rdec: int | None = None) -> _R:
        r = _R(code, label, v, dec, unit, lo, hi, comp=comp)
        rows.append((r, thr, ok, dec if rdec is None else rdec))
        return r

    neutro = variant == 3
    c = _cbc(rng, female, "neutro" if neutro else "n")
    if neutro:
        c.wbc = round(rng.uniform(2.3, 2.7), 1)
        anc = round(rng.uniform(0.22, 0.34), 2)
        lym = round(c.wbc - anc - rng.uniform(0.2, 0.35), 1)
        plt = float(rng.randint(78, 96))
    else:
        anc = c.absolute("neut", 1)
        lym = c.absolute("lym", 1)
        plt = float(rng.randint(160, 320))
    hb = float(round(rng.uniform(98, 114) if female else rng.uniform(112, 128)))
    hb_lo, hb_hi = (115.0, 165.0) if female else (130.0, 180.0)
    add("Haemoglobin", "718-7", hb, 0, "g/L", hb_lo, hb_hi, "≥ 90", hb >= 90)
    add("White cell count", "6690-2", round(c.wbc, 1), 1, "x10^9/L", 4.0, 11.0)
    add("Neutrophils", "751-8", anc, 2 if neutro else 1, "x10^9/L", 2.0, 7.5, "≥ 1.5", anc >= 1.5, rdec=1)
    add("Lymphocytes", "731-0", lym, 1, "x10^9/L", 1.0, 4.0)
    add("Platelets", "777-3", plt, 0, "x10^9/L", 150.0, 400.0, "≥ 100", plt >= 100)
    cr_lo, cr_hi = (45.0, 84.0) if female else (59.0, 104.0)
    cr = float(rng.randint(int(cr_lo) + 6, int(cr_hi) - 4))
    eg = _egfr(cr / 88.4, age, female)
    add("Creatinine", "14682-9", cr, 0, "µmol/L", cr_lo, cr_hi)
    if eg > 90:
        add("eGFR (CKD-EPI 2021)", "98979-8", 90.0, 0, "mL/min/1.73m²", 60.0, None, "≥ 50", True, comp=">")
    else:
        add("eGFR (CKD-EPI 2021)", "98979-8", float(round(eg)), 0, "mL/min/1.73m²", 60.0, None, "≥ 50", eg >= 50)
    add("Urea", "22664-7", _draw(rng, 2.5, 7.8, 1), 1, "mmol/L", 2.5, 7.8)
    add("Sodium", "2951-2", _draw(rng, 135, 145, 0, _pick(rng, 0.25, "l")), 0, "mmol/L", 135.0, 145.0)
    add("Potassium", "2823-3", _draw(rng, 3.5, 5.3, 1, _pick(rng, 0.2, "l")), 1, "mmol/L", 3.5, 5.3)
    if variant == 2:
        mg = _draw(rng, 0.70, 1.00, 2, rng.choice("nl"))
        add("Magnesium", "2601-3", mg, 2, "mmol/L", 0.70, 1.00, "≥ 0.50", mg >= 0.5)
    add("Adjusted calcium", "29265-6", _draw(rng, 2.20, 2.60, 2), 2, "mmol/L", 2.20, 2.60)
    bil = float(rng.randint(5, 19))
    add("Bilirubin", "14631-6", bil, 0, "µmol/L", None, 21.0, "≤ 31 (1.5 × ULN)", bil <= 31)
    alt_hi = 33.0 if female else 41.0
    alt = _draw(rng, None, alt_hi, 0, _pick(rng, 0.3, "h"), floor=10)
    add("ALT", "1742-6", alt, 0, "U/L", None, alt_hi, f"≤ {round(alt_hi * 2.5)} (2.5 × ULN)", alt <= alt_hi * 2.5)
    add("Alkaline phosphatase", "6768-6", _draw(rng, 30, 130, 0, _pick(rng, 0.2, "h")), 0, "U/L", 30.0, 130.0)
    add("Albumin", "1751-7", float(rng.randint(33, 46)), 0, "g/L", 35.0, 50.0)
    if variant == 1:
        add("CA 15-3", "6875-9", round(rng.uniform(9, 26), 1), 1, "U/mL", None, 31.0)
    elif variant == 2:
        add("CEA", "2039-6", round(rng.uniform(1.2, 8.5), 1), 1, "µg/L", None, 5.0)
    else:
        add("CA-125", "10334-1", float(rng.randint(38, 160)), 0, "U/mL", None, 35.0)
    fit = all(ok is not False for _, _, ok, _ in rows)
    # ------------------------------------------------------------------------------------------ render
    navy: Color = (0.12, 0.2, 0.42)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(40, 40, "MSIDA GENERAL HOSPITAL", "sansb", 13, navy)
    pg.t(40, 54, "Oncology Day Unit — Level 2, Block C", "sans", 9)
    pg.tr(555, 36, "Day Unit: +356 2545 " + f"{rng.randint(1000, 9999)}", "sans", 7.5, GREY)
    pg.tr(555, 47, f"Oncology pharmacy: +356 2545 {rng.randint(1000, 9999)}", "sans", 7.5, GREY)
    pg.tr(555, 58, "Form ODU-07 rev. 4", "sans", 7.5, GREY)
    pg.rect(40, 66, 555, 88, c=None, fill=navy)
    pg.tc(297.5, 81, "PRE-TREATMENT BLOOD RESULTS  ·  FITNESS TO TREAT", "sansb", 10.5, WHITE)
    idc = f"{rng.randint(100000, 999999)}{rng.choice('MGLAH')}"
    hosp = f"H{rng.randint(1000000, 9999999)}"
    dob = _dob(rng, coll, age)
    info = [("Patient", patient), ("ID card no.", idc), ("Hospital no.", hosp),
            ("Date of birth", f"{dob:%d/%m/%Y} ({age} y)"), ("Sex", "Female" if female else "Male"),
            ("Consultant", rng.choice(["Dr A. Zammit", "Dr C. Vella", "Dr S. Grech"])),
            ("Diagnosis", diag), ("Regimen", regimen[0]), ("Cycle", f"{regimen[1]}  ·  Day 1 planned {treat:%d/%m/%Y}"),
            ("Height / weight", f"{height} cm / {_num(weight, 1)} kg  ·  BSA {_num(bsa, 2)} m²"),
            ("Bloods taken", f"{coll:%d/%m/%Y} {rng.randint(7, 11):02d}:{rng.randint(0, 59):02d} (day −1)")]
    y = 104.0
    for i, (k, v) in enumerate(info):
        if i < 6:
            x = 44 if i % 2 == 0 else 310
            yy = y + (i // 2) * 13
        else:
            x = 44
            yy = y + 39 + (i - 6) * 13
        pg.t(x, yy, f"{k}:", "sansb", 8)
        pg.t(x + 78, yy, v, "sans", 8)
    y = 226.0
    hx = (44, 186, 232, 306, 340, 418, 518)
    pg.rect(40, y - 11, 555, y + 4, c=None, fill=(0.87, 0.9, 0.96))
    for x, hd in zip(hx, ("Test", "Result", "Units", "Flag", "Normal range", "Treatment threshold", "Met")):
        pg.t(x, y, hd, "sansb", 7.8)
    y += 16
    for r, thr, ok, rdec in rows:
        txt = r.s(tight=True)
        fl = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}.get(r.flag)
        pg.t(hx[0], y, r.name, "sans", 8.5)
        pg.tr(hx[1] + 30, y, txt, "sansb" if fl else "sans", 8.5)
        pg.t(hx[2], y, r.unit or "", "sans", 8)
        if fl:
            pg.t(hx[3], y, fl, "sansb", 8.5, (0.75, 0, 0) if fl in ("HH", "LL") else BLACK)
        if r.lo is not None and r.hi is not None:
            ref = f"{_num(r.lo, rdec)} – {_num(r.hi, rdec)}"
        elif r.hi is not None:
            ref = f"< {_num(r.hi, rdec)}"
        else:
            ref = f"> {_num(r.lo or 0, rdec)}"
        pg.t(hx[4], y, ref, "sans", 8)
        pg.t(hx[5], y, thr, "sans", 7.8, GREY if thr == "—" else BLACK)
        if ok is not None:
            pg.t(hx[6], y, "Yes ✓" if ok else "NO ✗", "sansb" if not ok else "sans", 8,
                 (0.75, 0, 0) if not ok else (0, 0.45, 0.2))
        pg.ln(40, y + 4, 555, y + 4, 0.3, (0.8, 0.8, 0.8))
        sink.add(r, txt, fl)
        y += 15
    y += 10
    pg.rect(40, y, 555, y + 58, c=navy, w=1)
    if fit:
        pg.t(50, y + 18, "DECISION:  PROCEED — fit to treat, cycle as planned", "sansb", 10, (0, 0.45, 0.2))
        dose = "Doses unchanged (100 %)."
    else:
        pg.t(50, y + 18, "DECISION:  DEFER 7 DAYS — threshold not met", "sansb", 10, (0.75, 0, 0))
        dose = (f"Repeat FBC on {coll + _dt.timedelta(days=7):%d/%m/%Y}; consider G-CSF and 20 % dose reduction of "
                "carboplatin from next cycle. Patient phoned and given neutropenic sepsis advice.")
    pg.para(50, y + 32, 495, dose, "sans", 8, 1.35)
    y += 72
    pg.t(44, y, f"Checked by: {rng.choice(['S/N K. Spiteri', 'S/N R. Debono'])} (oncology nurse)     Verified: "
                f"{rng.choice(['Ph. L. Azzopardi', 'Ph. M. Cassar'])} (oncology pharmacist)", "sans", 7.8)
    y += 16
    y = pg.para(44, y, 510, "Normal range: laboratory adult reference interval. Treatment threshold: minimum / "
                            "maximum value at which this regimen may be given without discussion with the consultant "
                            "(unit protocol ODU-P12). Flags H / L against the normal range, HH / LL critical.",
                "sansi", 7, 1.35, GREY)
    if not fit and any(r.flag == "LL" for r, _, _, _ in rows):
        pg.para(44, y + 4, 510, f"Critical neutrophil count telephoned by the laboratory to the Day Unit at "
                                f"{rng.randint(13, 16)}:{rng.randint(10, 59)} on {coll:%d/%m/%Y}.", "sansi", 7, 1.35,
                GREY)
    pg.ln(40, 806, 555, 806, 0.4, GREY)
    pg.t(40, 818, f"{patient}  ·  {hosp}  ·  printed from iSoft Clinical Manager {treat:%d/%m/%Y}  ·  Page 1 of 1",
         "sans", 6.5, GREY)
    pdf = _finish(doc, "Pre-treatment bloods", "iSoft")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ======================================== G11  The Gambia (Serrekunda): results on an 80 mm thermal receipt, scanned


def _thermal_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """A grey 240 dpi scan of a thermal receipt with the scanner lid open: faded, uneven print density (older at
    the top), two dead heating elements (white lines along the feed), folded once across, curled edges, dark
    background around the strip."""
    img = _raster(pdf, 240, color=False)
    h, w = img.shape
    ink = 1 - img / 255.0
    yy = np.arange(h, dtype=np.float32)[:, None] / h
    dens = (0.5 + 0.16 * yy + 0.05 * _lowfreq(g, h, w, 7)) * float(g.uniform(0.92, 1.05))
    ink = ink * dens
    for x in g.integers(int(0.12 * w), int(0.88 * w), 2):
        ink[:, x:x + 1] *= 0.15
    paper = 232 + 5 * _lowfreq(g, h, w, 5)
    strip = paper * (1 - ink)
    fold = int(h * float(g.uniform(0.45, 0.55)))
    yy2 = np.arange(h, dtype=np.float32)[:, None]
    strip = strip - 18 * np.exp(-((yy2 - fold) / 2.5) ** 2) + 6 * np.exp(-((yy2 - fold - 6) / 6) ** 2)
    # curl: the strip edges lift off the glass and darken
    xx = np.arange(w, dtype=np.float32)[None, :] / w
    strip = strip * (1 - 0.10 * (np.clip(0.06 - xx, 0, 1) / 0.06 + np.clip(xx - 0.94, 0, 1) / 0.06))
    pad_x, pad_y = int(0.45 * w), int(0.04 * h)
    canvas = np.full((h + 2 * pad_y, w + 2 * pad_x), 44.0, np.float32)
    canvas += 8 * _lowfreq(g, canvas.shape[0], canvas.shape[1], 4)
    # the strip is a little wavy along its length
    xs = np.arange(w, dtype=np.float32)[None, :].repeat(h, 0)
    ys = np.arange(h, dtype=np.float32)[:, None].repeat(w, 1)
    wave = 3.0 * np.sin(ys / h * np.pi * float(g.uniform(1.5, 2.5)))
    strip = cv2.remap(strip, xs + wave, ys, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                      borderValue=44.0)
    canvas[pad_y:pad_y + h, pad_x:pad_x + w] = strip
    canvas = _rotate(canvas, float(g.uniform(-1.6, 1.6)), 44.0)
    canvas = cv2.GaussianBlur(canvas, (0, 0), 0.75)
    canvas += g.normal(0, 3.0, canvas.shape).astype(np.float32)
    return _jpeg(canvas, int(g.integers(74, 84)))


def _g11(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(26, 36), 2: rng.randint(50, 60), 3: rng.randint(20, 28)}[variant]
    patient = {1: "Fatou JALLOW", 2: "Lamin CEESAY", 3: "Isatou BAH"}[variant]
    sink = _Sink()
    W = 44
    lines: list[tuple[str, str]] = []  # (text, font key)
    items: list[tuple[str, float]] = []

    def ln(t: str = "", f: str = "mono") -> None:
        lines.append((t, f))

    def center(t: str, f: str = "mono") -> None:
        ln(t.center(W).rstrip(), f)

    def test(r: _R, ref: str = "") -> None:
        ln(r.name, "monob")
        if r.value is None:
            ln(f"  {r.word}")
            sink.add(r, r.word or "")
            return
        txt = r.s(tight=True)
        fl = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag, "")
        ln(f"  {txt:<11}{fl:<3}{r.unit or '':<11}{ref}")
        sink.add(r, txt, fl or None)

    def txt_test(nm: str, res: str) -> None:
        ln(nm, "monob")
        ln(f"  {res}")

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is not None and hi is not None:
            return f"{_num(lo, dec)}-{_num(hi, dec)}"
        if hi is not None:
            return f"<{_num(hi, dec)}"
        return f">{_num(lo or 0, dec)}"

    def num(code: str, nm: str, v: float, dec: int, unit: str, lo: float | None, hi: float | None,
            rdec: int | None = None) -> None:
        test(_R(code, nm, v, dec, unit, lo, hi), iv(lo, hi, dec if rdec is None else rdec))

    rcp = f"KDC-{coll:%y}-{rng.randint(1000, 9999):06d}"
    center("KANIFING DIAGNOSTIC CENTRE", "monob")
    center("Kairaba Avenue, Serrekunda, KMC")
    center(f"Tel: +220 439 {rng.randint(1000, 9999)} / 779 {rng.randint(1000, 9999)}")
    center(f"TIN: 100{rng.randint(1000000, 9999999)}")
    ln("-" * W)
    center("LABORATORY RESULT / RECEIPT", "monob")
    ln(f"Receipt No : {rcp}")
    ln(f"Printed    : {coll + _dt.timedelta(days=rng.randint(0, 1)):%d/%m/%Y} {rng.randint(12, 17):02d}:"
       f"{rng.randint(0, 59):02d}")
    ln(f"Patient    : {patient}")
    ln(f"Age/Sex    : {age} Y / {'F' if female else 'M'}")
    ln(f"Ref. by    : {rng.choice(['Dr B. Ceesay (Westfield)', 'Dr A. Touray (Brikama HC)', 'Self'])}")
    ln(f"Collected  : {coll:%d/%m/%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}")
    ln("-" * W)
    ln("TEST", "monob")
    ln("  RESULT     FLG UNIT       REF.RANGE", "monob")
    ln("-" * W)
    hb_lo, hb_hi = (12.0, 16.0) if female else (13.0, 17.0)
    if variant in (1, 3):
        c = _cbc(rng, True, "ida" if variant == 3 and rng.random() < 0.5 else "n")
        num("718-7", "HAEMOGLOBIN", c.hb, 1, "g/dL", hb_lo, hb_hi)
        num("4544-3", "HAEMATOCRIT (HCT)", c.hct, 1, "%", 36.0, 46.0, 0)
        num("6690-2", "WBC COUNT", round(c.wbc, 1), 1, "x10^9/L", 4.0, 11.0)
        if variant == 1:
            num("787-2", "MCV", c.mcv, 1, "fL", 80.0, 100.0, 0)
            num("770-8", "NEUTROPHILS %", c.pct["neut"], 1, "%", 40.0, 75.0, 0)
            num("736-9", "LYMPHOCYTES %", c.pct["lym"], 1, "%", 20.0, 45.0, 0)
        num("777-3", "PLATELET COUNT", c.plt, 0, "x10^9/L", 150.0, 400.0)
        items.append(("Full blood count", 650.0))
    if variant == 1:
        num("14749-6", "RANDOM BLOOD SUGAR", _draw(rng, 3.9, 7.8, 1), 1, "mmol/L", 3.9, 7.8)
        txt_test("MALARIA RDT (Pf/Pan)", rng.choice(["NEGATIVE", "POSITIVE (Pf)"]))
        txt_test("WIDAL TEST", f"O 1:{rng.choice([40, 80, 160])}  H 1:{rng.choice([40, 80])}")
        test(_q("2106-3", "URINE PREGNANCY TEST", "POSITIVE", "positive"))
        hp = rng.choice(["NEGATIVE", "POSITIVE"])
        test(_q("17780-8", "H. PYLORI STOOL ANTIGEN", hp, hp.lower()))
        items += [("Blood sugar", 150.0), ("Malaria RDT", 250.0), ("Widal", 400.0), ("Pregnancy test (urine)", 200.0),
                  ("H. pylori Ag", 600.0)]
    if variant == 2:
        num("14749-6", "FASTING BLOOD SUGAR", _draw(rng, 3.9, 6.1, 1, "h"), 1, "mmol/L", 3.9, 6.1)
        num("4548-4", "HbA1c", round(rng.uniform(6.6, 8.2), 1), 1, "%", 4.0, 6.0)
        tc = round(rng.uniform(4.6, 6.4), 1)
        hdl = round(rng.uniform(0.9, 1.5), 1)
        tg = round(rng.uniform(1.0, 2.4), 1)
        num("14647-2", "TOTAL CHOLESTEROL", tc, 1, "mmol/L", None, 5.2)
        num("14927-8", "TRIGLYCERIDES", tg, 1, "mmol/L", None, 1.7)
        num("14646-4", "HDL CHOLESTEROL", hdl, 1, "mmol/L", 1.0, None)
        num("39469-2", "LDL CHOLESTEROL", round(tc - hdl - tg / 2.2, 1), 1, "mmol/L", None, 3.4)
        num("14682-9", "CREATININE", float(rng.randint(72, 128)), 0, "umol/L", 62.0, 115.0)
        num("22664-7", "UREA", _draw(rng, 2.5, 7.5, 1), 1, "mmol/L", 2.5, 7.5)
        num("14933-6", "URIC ACID", float(rng.randint(300, 520)), 0, "umol/L", 200.0, 430.0)
        num("1742-6", "ALT (SGPT)", _draw(rng, None, 41, 0, _pick(rng, 0.3, "h"), floor=12), 0, "U/L", None, 41.0)
        num("1920-8", "AST (SGOT)", _draw(rng, None, 40, 0, floor=14), 0, "U/L", None, 40.0)
        num("2857-1", "PSA (TOTAL)", _draw(rng, None, 4.0, 2, _pick(rng, 0.3, "h"), floor=0.3), 2, "ng/mL", None,
            4.0, 1)
        items += [("FBS", 150.0), ("HbA1c", 900.0), ("Lipid profile", 1200.0), ("Renal function", 900.0),
                  ("Uric acid", 350.0), ("LFT (ALT/AST)", 600.0), ("PSA", 1100.0)]
    if variant == 3:
        abo = rng.choice(["O", "A", "B", "AB", "O"])
        rh = rng.choice(["POSITIVE", "POSITIVE", "NEGATIVE"])
        test(_q("883-9", "BLOOD GROUP (ABO)", abo, abo.lower()))
        test(_q("10331-7", "RHESUS (D)", rh, rh.lower()))
        test(_q("5196-1", "HBsAg (RAPID)", "NEGATIVE", "negative"))
        test(_q("56888-1", "HIV 1/2 (DETERMINE)", "NON-REACTIVE", "non-reactive"))
        test(_q("20507-0", "RPR (SYPHILIS)", "NON-REACTIVE", "non-reactive"))
        txt_test("SICKLING TEST", rng.choice(["NEGATIVE", "POSITIVE"]))
        txt_test("Hb GENOTYPE (ELECTROPHORESIS)", rng.choice(["AA", "AS"]))
        items += [("Full blood count", 650.0), ("Blood group", 200.0), ("HBsAg", 300.0), ("HIV", 0.0),
                  ("RPR", 300.0), ("Sickling + genotype", 750.0)]
    ln("-" * W)
    ln("ITEM                             AMOUNT(GMD)", "monob")
    tot = 0.0
    for it, am in items:
        ln(f"{it:<30}{_num(am, 2, group=','):>14}")
        tot += am
    paid = (int(tot // 500) + 1) * 500
    ln("-" * W)
    ln(f"{'TOTAL':<30}{_num(tot, 2, group=','):>14}", "monob")
    ln(f"{'CASH':<30}{_num(paid, 2, group=','):>14}")
    ln(f"{'CHANGE':<30}{_num(paid - tot, 2, group=','):>14}")
    ln("-" * W)
    ln(f"Cashier: {rng.choice(['Isatou', 'Awa', 'Binta'])}   Lab Sci: {rng.choice(['M. Jobe', 'O. Sowe'])}")
    ln("Results authorised by: S. Darboe (BSc MLS)")
    center("*** Thank you - get well soon ***")
    center("Keep this receipt for collection of")
    center("outstanding results.")
    # ------------------------------------------------------------------------------------------ render
    sz, lh = 7.6, 9.6
    hgt = 24 + lh * len(lines) + 30
    doc = fitz.open()
    pg = _Pg(doc, 227, hgt)
    for i, (t, f) in enumerate(lines):
        pg.t(12, 24 + i * lh, t, f, sz)
    pdf = _finish(doc, "receipt", "POS printer")
    img = _thermal_scan(pdf, _nprng(name))
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)



# ======================================== G12  Cameroon (Bamenda): bilingual English / French regional-hospital report


def _g12(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(24, 36), 2: rng.randint(44, 56), 3: rng.randint(28, 40)}[variant]
    patient = {1: "NGWA Mirabel Akwen", 2: "FON Emmanuel Tebo", 3: "NJI Clarisse Bih"}[variant]
    sink = _Sink()
    rows: list[tuple] = []  # ("sec", en, fr) | ("r", _R, fr label, ref) | ("q", _R, fr label, fr word, ref)

    def iv(lo: float | None, hi: float | None, dec: int) -> str:
        if lo is not None and hi is not None:
            return f"{_num(lo, dec)} - {_num(hi, dec)}"
        if hi is not None:
            return f"< {_num(hi, dec)}"
        return f"> {_num(lo or 0, dec)}"

    def sx(m: tuple[float | None, float | None], f: tuple[float | None, float | None], dec: int
           ) -> tuple[float | None, float | None, str]:
        lo, hi = f if female else m
        return lo, hi, f"M: {iv(m[0], m[1], dec)} ; F: {iv(f[0], f[1], dec)}"

    def one(lo: float | None, hi: float | None, dec: int) -> tuple[float | None, float | None, str]:
        return lo, hi, iv(lo, hi, dec)

    def sec(en: str, fr: str) -> None:
        rows.append(("sec", en, fr))

    def num(code: str, en: str, fr: str, v: float, dec: int, unit: str | None, ref: tuple,
            comp: str | None = None) -> None:
        rows.append(("r", _R(code, en, v, dec, unit, ref[0], ref[1], comp=comp), fr, ref[2]))

    def qual(code: str, en: str, fr: str, word_en: str, word_fr: str, qv: str, ref: str) -> None:
        rows.append(("q", _q(code, en, f"{word_en} / {word_fr}", qv), fr, ref))

    if variant in (1, 3):
        c = _cbc(rng, True, {1: rng.choice(["n", "ida"]), 3: "lowplt"}[variant])
        sec("HAEMATOLOGY", "HÉMATOLOGIE")
        num("718-7", "Haemoglobin", "Hémoglobine", c.hb, 1, "g/dL", sx((13.0, 17.0), (12.0, 16.0), 1))
        num("4544-3", "Haematocrit", "Hématocrite", c.hct, 1, "%", sx((40.0, 54.0), (36.0, 48.0), 0))
        num("789-8", "Red blood cells", "Globules rouges", c.rbc, 2, "x10⁶/µL", sx((4.5, 6.0), (4.0, 5.4), 1))
        num("787-2", "MCV", "VGM", c.mcv, 1, "fL", one(80.0, 100.0, 0))
        num("785-6", "MCH", "TCMH", c.mch, 1, "pg", one(27.0, 32.0, 0))
        num("786-4", "MCHC", "CCMH", c.mchc, 1, "g/dL", one(32.0, 36.0, 0))
        num("6690-2", "White blood cells", "Globules blancs", round(c.wbc, 1), 1, "x10³/µL", one(4.0, 10.0, 1))
        fr_n = {"neut": "Neutrophiles", "lym": "Lymphocytes", "mono": "Monocytes", "eos": "Éosinophiles",
                "baso": "Basophiles"}
        en_n = {"neut": "Neutrophils", "lym": "Lymphocytes", "mono": "Monocytes", "eos": "Eosinophils",
                "baso": "Basophils"}
        pr = {"neut": (40.0, 75.0), "lym": (20.0, 45.0), "mono": (2.0, 10.0), "eos": (1.0, 6.0), "baso": (0.0, 1.0)}
        for k in _DIFF_ORDER:
            num(_DIFF_CODES[k][0], en_n[k], fr_n[k], c.pct[k], 1, "%", one(*pr[k], 0))
        num("777-3", "Platelets", "Plaquettes", c.plt, 0, "x10³/µL", one(150.0, 400.0, 0))
    if variant == 1:
        num("4537-7", "ESR (1st hour)", "VS (1re heure)", float(rng.randint(8, 34)), 0, "mm/h", one(None, 20.0, 0))
        sec("BIOCHEMISTRY", "BIOCHIMIE")
        num("2345-7", "Fasting glucose", "Glycémie à jeun", _draw(rng, 0.70, 1.10, 2), 2, "g/L", one(0.70, 1.10, 2))
        num("3091-6", "Urea", "Urée", _draw(rng, 0.15, 0.45, 2), 2, "g/L", one(0.15, 0.45, 2))
        crr = sx((7.0, 13.0), (5.0, 11.0), 1)
        num("2160-0", "Creatinine", "Créatininémie", _draw(rng, crr[0], crr[1], 1), 1, "mg/L", crr)
        num("1742-6", "ALT (GPT)", "ALAT (GPT)", _draw(rng, None, 35, 0, _pick(rng, 0.3, "h"), floor=8), 0, "U/L",
            sx((None, 45.0), (None, 35.0), 0))
        num("1920-8", "AST (GOT)", "ASAT (GOT)", _draw(rng, None, 35, 0, floor=12), 0, "U/L",
            sx((None, 40.0), (None, 35.0), 0))
        num("1988-5", "C-reactive protein", "Protéine C réactive", float(rng.randint(2, 48)), 0, "mg/L",
            one(None, 6.0, 0))
        sec("SEROLOGY", "SÉROLOGIE")
        qual("56888-1", "HIV 1+2 (rapid test)", "VIH 1+2 (test rapide)", "Negative", "Négatif", "negative",
             "Negative / Négatif")
        qual("22587-0", "Syphilis (TPHA)", "Syphilis (TPHA)", "Negative", "Négatif", "negative",
             "Negative / Négatif")
        rows.append(("t", "Malaria thick film", "Goutte épaisse", rng.choice(["Negative / Négatif",
                                                                               "Positive / Positif (+)"]), ""))
        widal = f"TO 1/{rng.choice([80, 160])}  TH 1/{rng.choice([40, 80])}"
        rows.append(("t", "Widal & Felix", "Widal & Félix", widal,
                     "< 1/160"))
    if variant == 2:
        sec("BIOCHEMISTRY", "BIOCHIMIE")
        num("2345-7", "Fasting glucose", "Glycémie à jeun", round(rng.uniform(1.28, 1.86), 2), 2, "g/L",
            one(0.70, 1.10, 2))
        num("4548-4", "HbA1c", "Hémoglobine glyquée", round(rng.uniform(6.8, 8.6), 1), 1, "%", one(4.0, 6.0, 1))
        num("3091-6", "Urea", "Urée", _draw(rng, 0.15, 0.45, 2, _pick(rng, 0.3, "h")), 2, "g/L", one(0.15, 0.45, 2))
        crr = sx((7.0, 13.0), (5.0, 11.0), 1)
        num("2160-0", "Creatinine", "Créatininémie", _draw(rng, crr[0], crr[1], 1, rng.choice("nh")), 1, "mg/L", crr)
        uar = sx((35.0, 72.0), (26.0, 60.0), 0)
        num("3084-1", "Uric acid", "Uricémie", _draw(rng, uar[0], uar[1], 0, rng.choice("nh")), 0, "mg/L", uar)
        num("2951-2", "Sodium", "Natrémie", _draw(rng, 135, 145, 0), 0, "mmol/L", one(135.0, 145.0, 0))
        num("2823-3", "Potassium", "Kaliémie", _draw(rng, 3.5, 5.0, 1), 1, "mmol/L", one(3.5, 5.0, 1))
        num("2075-0", "Chloride", "Chlorémie", _draw(rng, 98, 107, 0), 0, "mmol/L", one(98.0, 107.0, 0))
        sec("LIPID PROFILE", "BILAN LIPIDIQUE")
        tc = round(rng.uniform(1.9, 2.6), 2)
        hdl = round(rng.uniform(0.34, 0.52), 2)
        tg = round(rng.uniform(1.1, 2.2), 2)
        num("2093-3", "Total cholesterol", "Cholestérol total", tc, 2, "g/L", one(None, 2.00, 2))
        num("2085-9", "HDL cholesterol", "Cholestérol HDL", hdl, 2, "g/L", sx((0.40, None), (0.50, None), 2))
        num("13457-7", "LDL cholesterol", "Cholestérol LDL", round(tc - hdl - tg / 5, 2), 2, "g/L", one(None, 1.60, 2))
        num("2571-8", "Triglycerides", "Triglycérides", tg, 2, "g/L", one(None, 1.50, 2))
        sec("HORMONES / MARKERS", "HORMONES / MARQUEURS")
        num("2857-1", "Total PSA", "PSA total", _draw(rng, None, 4.0, 2, floor=0.3), 2, "ng/mL", one(None, 4.0, 1))
        num("3016-3", "TSH", "TSH", _draw(rng, 0.27, 4.20, 2), 2, "µIU/mL", one(0.27, 4.20, 2))
    if variant == 3:
        sec("LIVER / HEPATITIS B FOLLOW-UP", "FOIE / SUIVI HÉPATITE B")
        num("1742-6", "ALT (GPT)", "ALAT (GPT)", _draw(rng, None, 35, 0, "h"), 0, "U/L", sx((None, 45.0), (None, 35.0),
                                                                                         0))
        num("1920-8", "AST (GOT)", "ASAT (GOT)", _draw(rng, None, 35, 0, rng.choice("nh"), floor=14), 0, "U/L",
            sx((None, 40.0), (None, 35.0), 0))
        num("1975-2", "Total bilirubin", "Bilirubine totale", _draw(rng, None, 12.0, 1, rng.choice("nh"), floor=3.0),
            1, "mg/L", one(None, 12.0, 0))
        num("1751-7", "Albumin", "Albuminémie", float(rng.randint(33, 46)), 0, "g/L", one(35.0, 50.0, 0))
        num("5894-1", "PT activity", "Taux de prothrombine", float(rng.randint(68, 96)), 0, "%",
            one(70.0, 100.0, 0))
        num("6301-6", "INR", "INR", round(rng.uniform(1.0, 1.3), 2), 2, None, one(0.8, 1.2, 1))
        num("1834-1", "Alpha-fetoprotein", "Alpha-foetoprotéine", round(rng.uniform(1.2, 6.2), 1), 1, "ng/mL",
            one(None, 7.0, 1))
        qual("5196-1", "HBsAg", "Ag HBs", "Positive", "Positif", "positive", "Negative / Négatif")
        qual("13954-3", "HBeAg", "Ag HBe", "Negative", "Négatif", "negative", "Negative / Négatif")
        qual("13953-5", "Anti-HBe", "Ac anti-HBe", "Positive", "Positif", "positive", "Negative / Négatif")
        qual("16128-1", "Anti-HCV", "Ac anti-VHC", "Negative", "Négatif", "negative", "Negative / Négatif")
        rows.append(("t", "HBV viral load", "Charge virale VHB", "sent to CPC Yaoundé / envoyé au CPC", ""))
    # ------------------------------------------------------------------------------------------ render
    green: Color = (0.0, 0.45, 0.2)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.tc(140, 34, "REPUBLIC OF CAMEROON", "sansb", 8)
    pg.tc(140, 44, "Peace – Work – Fatherland", "sansi", 7)
    pg.tc(140, 56, "MINISTRY OF PUBLIC HEALTH", "sans", 7.5)
    pg.tc(455, 34, "RÉPUBLIQUE DU CAMEROUN", "sansb", 8)
    pg.tc(455, 44, "Paix – Travail – Patrie", "sansi", 7)
    pg.tc(455, 56, "MINISTÈRE DE LA SANTÉ PUBLIQUE", "sans", 7.5)
    pg.circle(297.5, 46, 16, c=green, w=1.5)
    pg.tc(297.5, 50, "BRH", "sansb", 8, green)
    pg.tc(297.5, 84, "BAMENDA REGIONAL HOSPITAL  ·  HÔPITAL RÉGIONAL DE BAMENDA", "sansb", 10.5, green)
    pg.tc(297.5, 97, f"Laboratory Department / Service de Laboratoire  ·  P.O. Box 82 Bamenda  ·  Tel. (+237) 233 36 "
                     f"{rng.randint(10, 99)} {rng.randint(10, 99)}", "sans", 7.5, GREY)
    pg.ln(40, 104, 555, 104, 1.2, green)
    pg.tc(297.5, 120, "LABORATORY RESULTS  /  RÉSULTATS D'ANALYSES", "sansb", 11)
    info = [("Name / Nom:", patient), ("Lab No. / N° labo:", f"BRH/LAB/{coll:%y}/{rng.randint(1000, 9999)}"),
            ("Age / Âge:", f"{age} yrs / ans"), ("Sex / Sexe:", "F" if female else "M"),
            ("Ward / Service:", {1: "Maternity / Maternité", 2: "OPD / Consultation externe",
                                 3: "Medicine / Médecine interne"}[variant]),
            ("Hospital No. / N° dossier:", f"{rng.randint(100000, 999999)}"),
            ("Requested by / Prescripteur:", rng.choice(["Dr. Tanyi E.", "Dr. Fru A.", "Dr. Nkwain R."])),
            ("Collected / Prélevé le:", f"{coll:%d/%m/%Y} {rng.randint(7, 10):02d}h{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x = 44 if i % 2 == 0 else 310
        yy = 140 + (i // 2) * 13
        pg.t(x, yy, k, "sansb", 7.6)
        pg.t(x + _tw(k, "sansb", 7.6) + 4, yy, v, "sans", 7.6)
    y = 204.0
    hx = (44, 250, 320, 386, 520)
    pg.rect(40, y - 12, 555, y + 10, c=None, fill=(0.88, 0.94, 0.9))
    for x, en, fr in zip(hx, ("Test", "Result", "Units", "Reference values", "Flag"),
                         ("Examen", "Résultat", "Unités", "Valeurs de référence", "Ind.")):
        pg.t(x, y - 2, en, "sansb", 7.8)
        pg.t(x, y + 7, fr, "sansi", 6.8, GREY)
    y += 24
    for row in rows:
        kind = row[0]
        if kind == "sec":
            y += 4
            pg.t(44, y, f"{row[1]} / {row[2]}", "sansb", 8.5, green)
            pg.ln(44, y + 3, 555, y + 3, 0.4, green)
            y += 15
            continue
        if kind == "t":
            _, en, fr, res, ref = row
            pg.t(44, y, f"{en} / {fr}", "sans", 8.2)
            pg.t(hx[1], y, res, "sans", 8.2)
            pg.t(hx[3], y, ref, "sans", 7.8)
            y += 13
            continue
        if kind == "q":
            _, r, fr, ref = row
            pg.t(44, y, f"{r.name} / {fr}" if fr != r.name else r.name, "sans", 8.2)
            pg.t(hx[1], y, r.word or "", "sansb" if (r.word or "").startswith("Pos") else "sans", 8.2)
            pg.t(hx[3], y, ref, "sans", 7.8)
            sink.add(r, r.word or "")
            y += 13
            continue
        _, r, fr, ref = row
        txt = r.s()
        fl = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag)
        label = f"{r.name} / {fr}" if fr != r.name else r.name
        pg.t(44, y, label, "sans", 8.2)
        pg.t(hx[1], y, txt, "sansb" if fl else "sans", 8.5)
        pg.t(hx[2], y, r.unit or "", "sans", 8)
        pg.t(hx[3], y, ref, "sans", 7.8)
        if fl:
            pg.t(hx[4] + 6, y, fl, "sansb", 8.5)
        sink.add(r, txt, fl)
        y += 13
    assert y < 760, (name, y)
    y += 10
    pg.para(44, y, 510, "M = male / masculin ; F = female / féminin. Flag / Ind.: H = high / élevé, L = low / bas. "
                        "Results relate only to the sample received / Les résultats ne concernent que l'échantillon "
                        "reçu.", "sansi", 7, 1.35, GREY)
    pg.t(340, 792, "Biologist / Biologiste:", "sans", 7.5)
    pg.t(340, 803, rng.choice(["Dr. Ayuk-Takem N.", "Mr. Che Godlove (MLS)"]), "sansb", 7.5)
    pg.ln(40, 812, 555, 812, 0.4, GREY)
    pg.t(40, 822, f"Validated / Validé le {coll + _dt.timedelta(days=1):%d/%m/%Y}  ·  Page 1/1", "sans", 6.5, GREY)
    pdf = _finish(doc, "Laboratory results", "BRH LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =============================================================================================== assembly

_PLAN: tuple[tuple[str, str, str, Callable[[str, int], _Out]], ...] = (
    ("G1", "belem-lacen-gal", "pt", _g1),
    ("G2", "huambo-typewriter", "pt", _g2),
    ("G3", "viseu-two-up-print", "pt", _g3),
    ("G4", "goiania-protein-immunology", "pt", _g4),
    ("G5", "recife-maternity-newborn", "pt", _g5),
    ("G6", "mindelo-reused-paper", "pt", _g6),
    ("G7", "blantyre-health-passport", "en", _g7),
    ("G8", "port-moresby-strips", "en", _g8),
    ("G9", "harare-wellness-day", "en", _g9),
    ("G10", "msida-oncology-day-unit", "en", _g10),
    ("G11", "serrekunda-thermal-receipt", "en", _g11),
    ("G12", "bamenda-bilingual-en-fr", "en", _g12),
)


def _on_bound(o: _Out) -> bool:
    """True when a generated value sits exactly on a non-zero reference bound (the draw is then repeated)."""
    return any(e.value is not None and any(b is not None and b != 0 and abs(e.value - b) < 1e-9
                                           for b in (e.ref_low, e.ref_high)) for e in o.expected)


def _built() -> Iterator[tuple[GeneratedReport, _Out]]:
    for fam, slug, lang, build in _PLAN:
        for variant in (1, 2, 3):
            name = f"{fam}-{slug}-{lang}-{variant:02d}"
            for attempt in range(20):
                _ATTEMPT[0] = attempt
                o = build(name, variant)
                if not _on_bound(o):
                    break
            _ATTEMPT[0] = 0
            assert not _on_bound(o), name
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

    outdir = sys.argv[1] if len(sys.argv) > 1 else "labs_test_g_out"
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
