"""Blind TEST part H of the lab-report evaluation: twelve layout families (prefix "H"), 36 reports.

Written blind on 2026-11-28 by a seventeenth independent author: without reading the lab-report reader or the service
around it (nlp/, service/, graph/, ingestion/, bench/, cypher/), the scorer (lab_score.py), any other labs_*.py part
or any reader output, and without running the reader, the pipeline, the scorer or any OCR on these reports.  Read
were only tests/evaluation/lab_reports.py (the interface and its ground-truth docstrings), labs_test_g.py (as an
example of a generator's structure: PyMuPDF rendering, scan simulation, determinism, the self-check; nothing is
imported from it), the top docstrings of the other parts (to keep these countries, layouts, wordings and
degradations unlike theirs) and the product's published LOINC table (lab_codes.md).  Held-out material: never tune
the reader on it, never edit it to match the reader.

Deterministic: one random.Random per report seeded with "labs-test-h/2026-11-28/" + report name (+ "#k" when a draw
put a value exactly on a printed bound and was repeated), pixel noise from a numpy generator seeded from a SHA-256 of
the same string; fixed PDF metadata, no new /ID, fonts subset, so two calls of reports() give byte-identical content
(also across processes).  Report names: "<family>-<slug>-<lang>-NN".  `python3 -m tests.evaluation.labs_test_h
OUTDIR` writes NAME.pdf|png and NAME.json and checks that every expected name and printed value is in the text layer
of the report (for images: of the page rendered before degradation).  reports() takes about 20 s.

Families (3 reports each; 6 Portuguese, 6 English; 4 delivered as PNG images), about 820 expected results
  H1   pt  Brazil (Campinas, SP), PDF: HAEMOSTASIS REFERENCE CENTRE laudo: indication and medication lines with doses,
           a material line ("3,2 %", "1:9", "2.500 g", "4 h"), "Teste | Resultado | Pool normal | Unidade | Intervalo
           de referência" (the POOL NORMAL column is not a result), a method line with ISI and MNPT; -01 a mixing
           study (imediato / após incubação / Índice de Rosner: not results); FACTOR ASSAYS printed with the results
           at three DILUTIONS (1:10, 1:20, 1:40: not results) and a final "Resultado": only Fator VIII:C is in the
           code table (factor IX / XI, von Willebrand antigen and activity, the Bethesda inhibitor and the VWF ratio
           line are not results); bleeding time (Ivy), antithrombin, D-dímero "inferior a 500 ng/mL FEU", -03 anti-Xa
           with "faixa terapêutica: 0,30 a 0,70 UI/mL" (its reference) and a thrombin time "> 120"; a short blood
           count with "122.000" /mm³ platelets.  Abnormal values in bold only (no printed flags).  -01 haemophilia A
           in a boy, -02 a woman's von Willebrand work-up with iron deficiency, -03 an ICU man on heparin.
  H2   pt  Portugal (Ponta Delgada, São Miguel, Azores), PDF (2 pages): ISO 15189 (IPAC) accredited laboratory
           boletim with an EXPANDED MEASUREMENT-UNCERTAINTY column "U (k=2)" ("± 0,3", "n.a." for calculated
           parameters: not results) between the result and the unit, an "Ind." column with the letters "A" (acima) /
           "B" (abaixo), a method-code column (CIT, FOT, ISE, ECL ...), references in square brackets "[12,0 – 15,5]"
           or "inferior a 190" / "superior a 45", relative and absolute leucocyte formula in two separate blocks
           (x10⁹/L), x10¹²/L erythrocytes, eGFR ">90" or a number, vitamin D "[30,0 – 100,0]" followed by an
           "(insuficiência 20 – 29,9)" band, CRP "<0,6", the SNS user number; -01 a woman's check-up, -02 a man with
           diabetes and dyslipidaemia, -03 an elderly woman with CKD (PTH, phosphorus, potassium).
  H3   pt  Brazil (Joinville, SC), PDF: OCCUPATIONAL TOXICOLOGY "Laudo de monitorização biológica — NR-7 / PCMSO":
           company, CNPJ, masked CPF, job, admission date and moment of collection; "Determinação | Material |
           Resultado | Unidade | VR | IBE/EE (NR-7) | Método": VR is the reference, the IBE/EE column is a
           regulatory exposure limit (not a reference); blood lead µg/dL, plasma (butyryl)cholinesterase U/L
           ("5.840", both sexes' VR "H: ...; M: ...") and urinary creatinine g/L are results; ALA-U, zinc
           protoporphyrin, erythrocyte acetylcholinesterase (U/g Hb), methylhippuric acid, o-cresol and t,t-muconic
           acid are not in the table; the -02 baseline cholinesterase and "% de depressão" line are not results;
           complementary exams (blood count with "/mm³" thousands dots, -03 absolute leucocyte formula and
           reticulocytes, transaminases, GGT, creatinine, urea).  No flags printed.  -01 lead, -02 organophosphates,
           -03 paint solvents.
  H4   pt  Portugal (Braga), PNG: a private laboratory's report (no flags printed; leucocyte formula with "%" and
           "x10³/µL" on one row, the reference for the absolute count only) as kept in a FAMILY DOCTOR'S record: the
           GP went over it with a YELLOW HIGHLIGHTER and a BLUE BALLPOINT (circles round values, ticks, margin notes
           such as "HbA1c ↑ / subir metformina 1000 mg 2id", "Ferro oral 1 cp/dia 3M", a note repeating a printed
           value "Glicose 173 — rever em consulta", "Visto dd/mm/yy" and a signature), then it was scanned in colour
           at 200 dpi (paper tone, staple holes, skew, JPEG).  Handwriting is not part of the report: handwritten
           numbers and arrows are neither results nor printed flags; a value repeated by hand is the printed result,
           expected once.  -01 type 2 diabetes with urine albumin / creatinine, -02 fatty-liver pattern, -03 iron
           deficiency with a raised TSH.
  H5   pt  Mozambique (Nampula), PNG: central-hospital LIS report (DISA-Lab): NID / requisition numbers, ISO dates
           ("2025-03-12 07:45"), analyser-style names "Leucócitos (WBC)", "Neutrófilos % (NEU%)" / "Neutrófilos #
           (NEU#)", zebra-shaded rows, flag words in an "Obs." column AUMENTADO / DIMINUÍDO / CRÍTICO; -01 HIV clinic
           with CD4 cél/µL and % and a viral-load line (not in the table), -02 surgical ward (amylase, lipase, CRP),
           -03 renal failure with a CRITICAL POTASSIUM and its telephone note (the value repeated in the note is the
           same result).  Archived by the medical-records service: the archive's index line burned into the top
           margin (PROC., date, operator, image number: not results) and 1-bit 300 dpi output with ORDERED (Bayer)
           DITHERING, so the grey row shading becomes a dot pattern behind the text; dust specks, skew.
  H6   pt  Brazil (Salvador, BA), PDF: SEROUS-FLUID report "Análise bioquímica comparativa — líquido × soro":
           "Parâmetro | Líq. pleural / ascítico | Soro | Unidade | Relação L/S | VR (soro)": only the SERUM column is
           a result (the fluid values are measured in another specimen, which the code table does not hold for these
           analytes); the L/S ratios, the Light's-criteria or SAAG ("GASA") line, fluid aspect, cell counts,
           differential, fluid pH, ADA, PMN count, Gram and culture lines are not results; then a blood count
           (leucograma % and /mm³ on one row, absolute references, thousands dots) and CRP or bilirubin, AST, ALT and
           "RNI".  Bold only, no flags.  -01 tuberculous exudate, -02 cirrhotic ascites, -03 parapneumonic effusion.
  H7   en  Barbados (Bridgetown), PDF (US letter): LIFE-INSURANCE "Applicant laboratory profile": insurer,
           application number, amount applied for ("BBD $450,000"), agent code, kit numbers, examiner measurements
           (height, weight, blood pressure, pulse: not results); "Test | Result | Flag | Reference range | Units" for
           a blood profile (albumin, globulin, A/G ratio, liver enzymes, BUN, creatinine, BUN/creatinine ratio, eGFR
           "> 59", glucose, HbA1c, fructosamine, lipids and cholesterol/HDL ratio, PSA for men, NT-proBNP from 50
           years, HIV, HBsAg, anti-HCV) and a urine profile (specific gravity, urine creatinine, protein/creatinine
           ratio, glucose, blood); cotinine, cocaine metabolite and the medication screen are not in the table; flags
           H / L and "A" beside an abnormal qualitative result (-03 urine glucose "2+").
  H8   en  Oman (Muscat), PDF: Ministry of Health PREMARITAL SCREENING "Laboratory result certificate", a double-ruled
           form: civil ID, GSM number, planned marriage date and the partner's certificate number (not results); CBC
           and ferritin with a "Remark" column HIGH / LOW; haemoglobin analysis by HPLC (Hb A % is not in the table;
           Hb A2, Hb F "< 1.0", Hb S either "Not detected" (qualitative) or a % whose printed normal is "Not
           detected", i.e. no interval); sickling and G6PD lines (not in the table); HIV, HBsAg, anti-HCV; ABO and Rh
           rows; an interpretation box that repeats values and quotes the PARTNER's status (not this person's
           results).  -01 β-thalassaemia trait, -02 sickle-cell trait, -03 iron deficiency.
  H9   en  Fiji (Suva) -> New Zealand (Auckland), PDF: a REFERENCE LABORATORY's "Referred tests — final report" for a
           Fijian hospital: referring accession, courier waybill, arrival temperature and transit hours (not
           results); "Test | Result | Flag | Units | Reference interval | Site | Reported" with performing-site
           letters (A) / (B) / (C) and a report date per test (not results); rows "Result to follow", "Specimen
           unsuitable - not received frozen", "Specimen haemolysed - not reported" (not results); New Zealand units
           (prolactin mIU/L, pmol/L, nmol/L, ug/L, tumour markers kU/L, trace elements umol/L, caeruloplasmin g/L),
           hCG "< 2"; -01 pituitary work-up, -02 ovarian tumour markers, -03 vitamins, trace elements and bone.
  H10  en  Guyana (Georgetown), PNG: private laboratory, US units (x10^3/uL, mg/dL, mEq/L), "TEST | RESULT | FLAG |
           UNITS | NORMAL RANGE", flags HI / LO and "LO*" for a critical value, % and # differential rows, dengue NS1
           / IgM and malaria-smear lines (not in the table), urine colour line; the paper GOT WET and dried cockled
           before it was scanned: tide-line rings, tan staining, ink that ran inside the wet patch, warp and
           shading, colour 200 dpi, JPEG.  -01 early dengue, -02 dengue with haemoconcentration and a CRITICAL
           PLATELET COUNT phoned to the ward, -03 diabetic chemistry with a dipstick urinalysis.
  H11  en  Bangladesh (Dhaka), PNG: diagnostic-centre report "Investigation | Result | Unit | Reference Value" with
           both sexes in one cell ("M: 13.0 - 17.0, F: 11.5 - 15.5"), gm/dl, "mm in 1st hour", /cmm counts with
           South-Asian digit grouping ("2,45,000" = 245000), a differential in whole % printed zero-padded ("05",
           "00"), glucose in mmol/L (fasting, "2 Hrs. ABF" i.e. after breakfast, or random), total CO2, Urine R/M/E in
           words (colour, appearance, "Reaction: Acidic" and the Widal line are not results); patient, bill and BMDC
           numbers; abnormal values in bold, no flags.  Scanned through a DOCUMENT FEEDER WHOSE ROLLERS SLIPPED: a
           vertically stretched band and a compressed band, sideways drift (progressive shear), a dark streak from
           dirt on the feeder glass, the grey lead edge.  -02 a CRITICAL RANDOM GLUCOSE with a phone note.
  H12  en  Northern Ireland (Belfast), PDF: regional IMMUNOLOGY and ALLERGY laboratory: H&C number, clinical details,
           "Test | Result | Flag | Units | Reference range": total IgE kU/L, eosinophils, immunoglobulins and
           complement in g/L, CD4 count and %, tTG IgA, ANA (qualitative; its titre / pattern line is not a result),
           dsDNA, rheumatoid factor "<10", anti-CCP "<7", CRP; NOT results: the SPECIFIC IgE table (ImmunoCAP kUA/L
           with class boxes), tryptase, C1 inhibitor, vaccine responses (tetanus, Hib, pneumococcal IgG), CD8 and
           CD19 counts, endomysial antibody, ENA screen, the electrophoresis sentence and the consultant's comment
           (its numbers, including "previously 1,240 kU/L in 2023").

Ground truth (lab_reports.ExpectedResult) and the decisions taken where the conventions are silent
- What is a result: every value printed as this patient's result for this collection, of an analyte in the code
  table.  NOT results: dates, ages, IDs (SNS, NID, CNPJ, CPF, H&C, civil ID, application, bill, kit, waybill,
  accession, requisition and archive numbers), phone numbers, prices and sums insured, doses, vital signs and body
  measurements, dilutions and pooled-plasma values (H1), uncertainty and method columns (H2), IBE/EE limits and
  baselines (H3), handwriting (H4), the archive index line (H5), fluid values and their ratios (H6), transit data,
  site letters and report dates (H9), pending / rejected / "not reported" rows, titres and patterns on their own
  lines, interpretation boxes and comments (a value they repeat is the same result, expected once), the partner's
  status (H8), and tests absent from the table (factor IX / XI, VWF, Bethesda, ALA-U, ZPP, erythrocyte AChE,
  solvent metabolites, ADA, cotinine, drug screens, Hb A, sickling, G6PD, HE4, macroprolactin, vitamin B1, dengue,
  malaria, Widal, viral load, specific IgE, tryptase, C1 inhibitor, vaccine responses, CD8, CD19, EMA, ENA).
- name_as_printed: the label as printed without a trailing colon, with any abbreviation printed in the same cell
  ("Leucócitos (WBC)", "Neutrófilos # (NEU#)", "ALT (SGPT)"); a % and an absolute count printed on one row share the
  name (H4, H6); blood group rows give ABO 883-9 (qualitative "o" / "a" / "b" / "ab") and Rh 10331-7.
- value: the number as printed: decimal comma read (H1-H6); thousands dots in H1, H3 and H6 ("122.000" /mm³,
  "5.840" U/L, "7.850" /mm³); South-Asian grouping in H11 ("2,45,000" = 245000, "5,100" = 5100); "05" = 5;
  comparator for "> 120", ">90", "<0,6", "< 2", "<10", "<7" with the printed number as value.  Qualitative:
  Negative / Negativo / Nil (dipstick chemistry) -> negative; Nil (pus cells, RBC) -> absent; Few -> present; Trace
  -> trace; 1+ / 2+ / (+++) / Present (++) / Positive -> positive; Non-Reactive / Non-reactive -> non-reactive; Not
  detected -> not detected.
- unit: as printed in its cell or column ("mm in 1st hour", "million/cmm", "x10^3/uL", "x10¹²/L", "mL/min/1,73 m²",
  "kU/L", "cél/µL"); None for INR / RNI, ratios (A/G, BUN/creatinine, cholesterol/HDL, TTPA ratio,
  protein/creatinine), urine specific gravity and pH, qualitative results.
- ref_low / ref_high: the interval that applies to this patient: the printed sex's part of a two-sex cell (H3, H11),
  the serum VR (H6), the VR and not the IBE/EE (H3), the anti-Xa therapeutic range (H1-03), the [30,0 – 100,0]
  vitamin D interval and not the insufficiency band (H2).  "inferior a x", "< x", "Up to x", "até x" -> high only;
  "superior a x", "> x" -> low only; "0 - 10" keeps 0; "Negative", "Nil", "Not detected" -> no interval; qualitative
  results have none (also beside a printed "0 - 5 /HPF").
- flag: N inside (bounds inclusive; no value sits on a non-zero bound: such a draw is repeated), L / H outside, a
  "<x" / ">x" value compared by its printed number; LL / HH only beyond these critical limits (converted to the
  printed unit): potassium < 2.5 or > 6.5 mmol/L; sodium < 120 or > 160 mmol/L; glucose < 40 or > 450 mg/dL (< 2.2
  or > 25 mmol/L); haemoglobin < 6 g/dL; haematocrit < 15 %; platelets < 20 x10^3/µL; white cells < 1 or > 50
  x10^3/µL; neutrophils < 0.5 x10^3/µL.  Generated critical values lie clearly beyond every published list:
  potassium 7.1-7.4 mmol/L (H5-03), platelets 9-15 x10^3/uL (H10-02), random glucose 30.2-33.8 mmol/L (H11-02).
  Other values of these analytes stay short of any list (K 3.0-5.8, Na >= 130, glucose <= 250 mg/dL or 11.6
  mmol/L, Hb >= 8.8 g/dL, Hct >= 26 %, platelets >= 95, WBC 2.6-18.5, neutrophils >= 1.0); analytes without such
  limits are never LL / HH.  Qualitative results: N.
- printed_flag: the exact text printed for the value: "A" / "B" (H2), "AUMENTADO" / "DIMINUÍDO" / "CRÍTICO" (H5),
  "H" / "L" (H7, H9, H12), "A" beside an abnormal qualitative result whose flag stays N (H7), "HIGH" / "LOW" (H8),
  "HI" / "LO" / "LO*" (H10); None where nothing is printed (H1, H3, H4, H6 and H11 print no flags; bold alone is not
  a flag; H4's handwritten arrows are not printed flags).
- LOINC per lab_codes.md: the ordinary code; the molar code where the value is printed in a molar unit and the table
  has one (glucose mmol/L 14749-6, calcium 2000-8, phosphate 14879-1, free T4 14920-3, free T3 14928-6,
  testosterone 14913-8, B12 14685-2, folate 14732-2, PTH 14866-8); the ordinary code where it has none (25-OH
  vitamin D nmol/L 62292-8, copper / zinc / vitamins A and E in umol/L, IGF-1 nmol/L, 2-hour after-breakfast glucose
  in mmol/L 1521-4); "BUN" 3094-0, "Ureia" 3091-6; the % code for a differential percentage; CD4 24467-3 / 8123-2;
  Hb A2 / F / S 4551-8 / 4576-5 / 4625-0; blood lead 5671-3; cholinesterase 2098-2; urinary creatinine 2161-8
  (also in g/L); PT 5902-2, PT activity 5894-1, INR 6301-6, aPTT 3173-2, aPTT ratio 63561-5, thrombin time 3243-3,
  fibrinogen 3255-7, factor VIII 3209-4, antithrombin 27811-9, anti-Xa 3274-8, bleeding time 11067-6; D-dimer
  48065-7; ESR 4537-7; total CO2 2028-9; fructosamine 15069-8; hCG (total) 19080-1; urine pregnancy test 2106-3;
  urine pus cells / RBC per field 5821-4 / 13945-1; eGFR CKD-EPI 2021 98979-8.
- Computed results printed as results are results and agree with their printed inputs within rounding: eGFR (from
  the printed creatinine, age and sex), LDL (Friedewald), globulin, A/G ratio, BUN/creatinine ratio,
  cholesterol/HDL ratio, absolute differential counts, MCV / MCH / MCHC, INR from PT.
- sex and collected_on: as printed (H9: the collection date in Suva, not the receipt date in Auckland).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
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

SEED = "labs-test-h/2026-11-28/"
FAMILIES: tuple[str, ...] = tuple(f"H{i}" for i in range(1, 13))

# ================================================================================================== fonts

_DJ = "/usr/share/fonts/truetype/dejavu/"
_FONT_FILES: dict[str, str] = {
    "sans": "DejaVuSans.ttf", "sansb": "DejaVuSans-Bold.ttf", "sansi": "DejaVuSans-Oblique.ttf",
    "sansbi": "DejaVuSans-BoldOblique.ttf", "cond": "DejaVuSansCondensed.ttf", "condb": "DejaVuSansCondensed-Bold.ttf",
    "condi": "DejaVuSansCondensed-Oblique.ttf", "mono": "DejaVuSansMono.ttf", "monob": "DejaVuSansMono-Bold.ttf",
    "serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf", "serifi": "DejaVuSerif-Italic.ttf",
    "serifc": "DejaVuSerifCondensed.ttf", "serifcb": "DejaVuSerifCondensed-Bold.ttf",
    "serifci": "DejaVuSerifCondensed-Italic.ttf",
}
_FALLBACK: dict[str, str] = {"mono": "cour", "monob": "cobo", "serif": "tiro", "serifb": "tibo", "serifi": "tiit",
                             "serifc": "tiro", "serifcb": "tibo", "serifci": "tiit"}
_FONTS: dict[str, fitz.Font] = {}


def _font(key: str) -> tuple[str, str | None]:
    """PyMuPDF font name and file for a font key (base-14 names pass through)."""
    if key not in _FONT_FILES:
        return key, None
    path = _DJ + _FONT_FILES[key]
    if os.path.exists(path):
        return "H" + key, path
    return _FALLBACK.get(key, "hebo" if key.endswith("b") else "helv"), None


def _fo(key: str) -> fitz.Font:
    if key not in _FONTS:
        name, path = _font(key)
        _FONTS[key] = fitz.Font(fontfile=path) if path else fitz.Font(name)
    return _FONTS[key]


def _tw(s: str, f: str, sz: float) -> float:
    return _fo(f).text_length(s, fontsize=sz)


Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.4, 0.4, 0.4)
LIGHT: Color = (0.75, 0.75, 0.75)
WHITE: Color = (1.0, 1.0, 1.0)


class _Pg:
    """One PDF page with small drawing helpers (origin top-left, points)."""

    def __init__(self, doc: fitz.Document, w: float = 595.0, h: float = 842.0) -> None:
        self.doc = doc
        self.pno = doc.new_page(width=w, height=h).number
        self.w, self.h = w, h

    @property
    def p(self) -> fitz.Page:
        return self.doc[self.pno]

    def t(self, x: float, y: float, s: str, f: str = "sans", sz: float = 8.5, c: Color = BLACK,
          rot: int = 0) -> None:
        if s:
            name, path = _font(f)
            self.p.insert_text(fitz.Point(x, y), s, fontname=name, fontfile=path, fontsize=sz, color=c,
                               rotate=rot)

    def tr(self, x: float, y: float, s: str, f: str = "sans", sz: float = 8.5, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x: float, y: float, s: str, f: str = "sans", sz: float = 8.5, c: Color = BLACK) -> None:
        self.t(x - _tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.5, c: Color = BLACK,
           dashes: str | None = None) -> None:
        self.p.draw_line(fitz.Point(x0, y0), fitz.Point(x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0: float, y0: float, x1: float, y1: float, c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.5) -> None:
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w)

    def circle(self, x: float, y: float, r: float, c: Color | None = BLACK, fill: Color | None = None,
               w: float = 0.5) -> None:
        self.p.draw_circle(fitz.Point(x, y), r, color=c, fill=fill, width=w)

    def poly(self, pts: list[tuple[float, float]], c: Color | None = BLACK, fill: Color | None = None,
             w: float = 0.6, closed: bool = False) -> None:
        sh = self.p.new_shape()
        sh.draw_polyline([fitz.Point(*q) for q in pts])
        sh.finish(color=c, fill=fill, width=w, closePath=closed)
        sh.commit()

    def para(self, x: float, y: float, width: float, s: str, f: str = "sans", sz: float = 7.5, lh: float = 1.3,
             c: Color = BLACK) -> float:
        """Wrapped left-aligned text; returns the baseline below the last line."""
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
                      "producer": "report renderer", "creationDate": "D:20260315080000+00'00'",
                      "modDate": "D:20260315080000+00'00'"})
    doc.subset_fonts()
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ============================================================================================= randomness

_ATTEMPT = [0]  # advanced by _built() when a draw put a value exactly on a printed bound


def _seed(name: str) -> str:
    return SEED + name + (f"#{_ATTEMPT[0]}" if _ATTEMPT[0] else "")


def _rng(name: str) -> random.Random:
    return random.Random(_seed(name))


def _nprng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(_seed(name).encode()).hexdigest()[:16], 16))


def _date(rng: random.Random) -> _dt.date:
    return _dt.date(2025, rng.randint(1, 11), rng.randint(1, 28))


def _dob(rng: random.Random, on: _dt.date, age: int) -> _dt.date:
    d = _dt.date(on.year - age - 1, rng.randint(1, 12), rng.randint(1, 28))
    while on.year - d.year - ((on.month, on.day) < (d.month, d.day)) > age:
        d += _dt.timedelta(days=1)
    return d


_EN_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PT_MON = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez")

# =========================================================================================== ground truth

# Critical (panic) limits, in the unit named; generated values sit either clearly inside or clearly beyond them.
_CRIT: dict[str, tuple[float | None, float | None]] = {
    "2823-3": (2.5, 6.5), "6298-4": (2.5, 6.5),  # potassium mmol/L
    "2951-2": (120.0, 160.0), "2947-0": (120.0, 160.0),  # sodium mmol/L
    "2345-7": (40.0, 450.0), "1521-4": (40.0, 450.0),  # glucose mg/dL
    "14749-6": (2.2, 25.0),  # glucose mmol/L
    "718-7": (6.0, None),  # haemoglobin g/dL
    "4544-3": (15.0, None),  # haematocrit %
    "777-3": (20.0, None),  # platelets 10^3/µL
    "6690-2": (1.0, 50.0),  # white cells 10^3/µL
    "751-8": (0.5, None),  # neutrophils 10^3/µL
}


def _base(code: str, value: float, unit: str | None) -> float:
    """The value in the unit of _CRIT."""
    u = (unit or "").replace(" ", "")
    if code == "718-7" and u.lower() == "g/l":
        return value / 10
    if code in ("2345-7", "1521-4") and u in ("mmol/L", "mmol/l"):
        return value * 18.0
    if code in ("777-3", "6690-2", "751-8") and u.lower() in ("/mm³", "/mm3", "/µl", "/ul", "/cmm", "cells/cmm"):
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


def _num(v: float, dec: int, comma: bool = False, group: str = "") -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    return s.replace(",", "\0").replace(".", "," if comma else ".").replace("\0", group)


def _lakh(v: float) -> str:
    """South-Asian digit grouping: 245000 -> "2,45,000"."""
    s = str(round(v))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


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
    qual: str | None = None
    word: str | None = None

    @property
    def flag(self) -> str:
        return _flag(self.code, self.value, self.unit, self.lo, self.hi)

    def s(self, comma: bool = False, group: str = "", tight: bool = False) -> str:
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


def _draw(rng: random.Random, lo: float | None, hi: float | None, dec: int, st: str = "n",
          floor: float | None = None, ceil: float | None = None) -> float:
    """A value rounded to dec: clearly inside ("n"), above ("h") or below ("l") the interval, never on a bound.
    floor / ceil: the plausible end of the open side of a one-sided interval."""
    step = 10.0 ** -dec
    two = lo is not None and hi is not None
    w = (hi - lo) if two else abs(hi if hi is not None else (lo or 1.0))  # type: ignore[operator]
    for _ in range(500):
        if st == "h":
            base = hi if hi is not None else (lo or 1.0) * 1.7
            v = base + max(rng.uniform(0.1, 0.4) * (w if two else 0.5 * w), 2 * step)
        elif st == "l":
            if lo is None:
                v = (hi or 1.0) * 0.2
            else:
                v = lo - max(rng.uniform(0.08, 0.28) * min(w, lo), 2 * step)
        elif two:
            v = rng.uniform(lo + 0.1 * w, hi - 0.1 * w)  # type: ignore[operator]
        elif hi is not None:
            v = rng.uniform(floor if floor is not None else 0.3 * hi, 0.9 * hi)
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
    """CKD-EPI 2021 creatinine equation (mL/min/1.73 m²)."""
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)


@dataclass
class _Cbc:
    """A self-consistent blood count: g/dL, %, 10^6/µL, fL, pg, g/dL, %, 10^3/µL, 10^3/µL; differential in %."""

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


_DIFF = ("neut", "lym", "mono", "eos", "baso")
_DIFF_CODES: dict[str, tuple[str, str]] = {"neut": ("770-8", "751-8"), "lym": ("736-9", "731-0"),
                                           "mono": ("5905-5", "742-7"), "eos": ("713-8", "711-2"),
                                           "baso": ("706-2", "704-7")}


def _cbc(rng: random.Random, female: bool, scen: str = "n", whole_pct: bool = False) -> _Cbc:
    """scen: n normal, ida iron deficiency, thal (microcytosis with a normal Hb), dengue (critical platelets),
    lowplt, infect (neutrophilia), eos (eosinophilia), ckd (normocytic anaemia)."""
    u = rng.uniform
    hb = u(12.5, 14.6) if female else u(13.8, 16.2)
    mcv, rdw, wbc, plt = u(84, 94), u(11.9, 13.8), u(4.8, 9.0), u(175, 360)
    split = [u(50, 66), u(24, 36), u(5, 9), u(1, 4), u(0.2, 0.9)]
    if scen == "ida":
        hb, mcv, rdw, plt = u(8.8, 10.6), u(66, 76), u(16.0, 19.5), u(300, 450)
    elif scen == "thal":
        hb, mcv, rdw = (u(10.6, 11.6) if female else u(11.9, 12.8)), u(61, 68), u(13.0, 14.6)
    elif scen == "dengue":
        wbc, plt = u(2.6, 3.2), u(9, 15)
        split = [u(43, 50), u(38, 45), u(6, 10), u(0.5, 2), u(0.2, 0.8)]
    elif scen == "lowplt":
        wbc, plt = u(3.8, 5.0), u(95, 135)
    elif scen == "infect":
        wbc, split = u(13.0, 18.5), [u(78, 86), u(8, 13), u(4, 7), u(0.3, 1.5), u(0.1, 0.5)]
    elif scen == "eos":
        split = [u(48, 56), u(25, 32), u(5, 8), u(8, 14), u(0.4, 1.2)]
    elif scen == "ckd":
        hb, mcv, rdw = (u(9.0, 10.8) if female else u(9.6, 11.4)), u(84, 93), u(14.2, 16.0)
    hb = round(hb, 1)
    mch = round(mcv * u(0.325, 0.345), 1)
    rbc = round(hb / mch * 10, 2)
    hct = round(rbc * mcv / 10, 1)
    mcv = round(hct / rbc * 10, 1)
    mchc = round(hb / hct * 100, 1)
    tot = sum(split)
    if whole_pct:
        pct = [float(round(x / tot * 100)) for x in split]
        pct[0] = float(100 - sum(pct[1:]))
    else:
        pct = [round(x / tot * 100, 1) for x in split]
        pct[0] = round(100 - sum(pct[1:]), 1)
    return _Cbc(hb=hb, hct=hct, rbc=rbc, mcv=mcv, mch=mch, mchc=mchc, rdw=round(rdw, 1), wbc=round(wbc, 2),
                plt=float(round(plt)), pct=dict(zip(_DIFF, pct)))


@dataclass
class _Out:
    """A built report: the file, header facts, the ground truth and what the self-check needs."""

    content: bytes
    mime: str
    sex: str | None
    collected_on: str | None
    expected: list[ExpectedResult]
    sources: list[bytes]  # PDFs whose text layer carries every printed result (the file itself for PDFs)
    printed: list[str]  # the value text printed for each expected result (parallel to expected)


class _Sink:
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


def _smooth(g: np.random.Generator, h: int, w: int, cells: int = 5) -> np.ndarray:
    """Smooth noise of about unit amplitude."""
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
    a = np.clip(np.round(img), 0, 255).astype(np.uint8)
    if a.ndim == 3:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".png", a, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    assert ok
    return buf.tobytes()


def _rotate(img: np.ndarray, angle: float, border: float | tuple[float, float, float]) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def _iv(lo: float | None, hi: float | None, dec: int, comma: bool, sep: str = " - ", up: str = "< ",
        down: str = "> ", group: str = "") -> str:
    """A printed interval."""
    if lo is not None and hi is not None:
        return f"{_num(lo, dec, comma, group)}{sep}{_num(hi, dec, comma, group)}"
    if hi is not None:
        return f"{up}{_num(hi, dec, comma, group)}"
    if lo is not None:
        return f"{down}{_num(lo, dec, comma, group)}"
    return ""


# ============================================ H1  Brazil (Campinas): haemostasis reference centre, factor assays


def _h1(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(9, 15), 2: rng.randint(29, 44), 3: rng.randint(56, 71)}[variant]
    patient = {1: "GUILHERME HENRIQUE BASSO PEREIRA", 2: "LETÍCIA APARECIDA DOS REIS MORAES",
               3: "VALDIR ANTÔNIO ZANARDI"}[variant]
    sink = _Sink()
    blue: Color = (0.55, 0.05, 0.12)
    mnpt, isi = round(rng.uniform(11.6, 12.4), 1), round(rng.uniform(0.98, 1.08), 2)
    pool_aptt = round(rng.uniform(29.5, 31.5), 1)
    pool_tt = round(rng.uniform(15.5, 17.0), 1)
    c = _cbc(rng, female, {1: "n", 2: "ida", 3: "lowplt"}[variant])
    if variant == 3:
        c.hb = round(rng.uniform(9.4, 10.9), 1)
        c.hct = round(c.hb * rng.uniform(2.95, 3.05), 1)
    # ------------------------------------------------------------------------------------------ values
    pt = round(rng.uniform(10.9, 12.9), 1) if variant != 3 else round(rng.uniform(12.6, 13.3), 1)
    inr = round((pt / mnpt) ** isi, 2)
    act = float(round(min(118.0, 100 * (mnpt / pt) ** 2.1)))
    aptt = {1: round(rng.uniform(56, 68), 1), 2: round(rng.uniform(29, 34), 1), 3: round(rng.uniform(72, 88), 1)}[
        variant]
    ratio = round(aptt / pool_aptt, 2)
    fib = {1: float(rng.randint(230, 360)), 2: float(rng.randint(250, 380)), 3: float(rng.randint(430, 560))}[variant]
    global_rows: list[tuple[_R, str, str]] = [
        (_R("5902-2", "Tempo de protrombina (TP)", pt, 1, "s", 10.0, 13.5), _num(mnpt, 1, True), "10,0 a 13,5"),
        (_R("5894-1", "Atividade de protrombina", act, 0, "%", 70, 120), "100", "70 a 120"),
        (_R("6301-6", "RNI", inr, 2, None, 0.9, 1.2), "1,00", "0,90 a 1,20"),
        (_R("3173-2", "TTPA", aptt, 1, "s", 25.0, 35.0), _num(pool_aptt, 1, True), "25,0 a 35,0"),
        (_R("63561-5", "Relação TTPA (paciente/pool)", ratio, 2, None, 0.8, 1.2), "1,00", "0,80 a 1,20"),
    ]
    if variant == 3:
        global_rows.append((_R("3243-3", "Tempo de trombina (TT)", 120.0, 0, "s", 14.0, 19.0, comp=">"),
                            _num(pool_tt, 1, True), "14,0 a 19,0"))
    else:
        global_rows.append((_R("3243-3", "Tempo de trombina (TT)", _draw(rng, 14.0, 19.0, 1), 1, "s", 14.0, 19.0),
                            _num(pool_tt, 1, True), "14,0 a 19,0"))
    global_rows.append((_R("3255-7", "Fibrinogênio (Clauss)", fib, 0, "mg/dL", 200, 400), str(rng.randint(270, 310)),
                        "200 a 400"))
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(36, 30, 80, 74, c=None, fill=blue)
    pg.poly([(58, 38), (68, 56), (64, 66), (52, 66), (48, 56)], c=None, fill=WHITE, closed=True)
    pg.t(90, 44, "CENTRO REGIONAL DE HEMATOLOGIA E HEMOTERAPIA DE CAMPINAS", "sansb", 10, blue)
    pg.t(90, 57, "Laboratório de Hemostasia e Trombose — Ambulatório de Coagulopatias Hereditárias", "sans", 8)
    pg.t(90, 68, "Av. Dr. Adolpho Lutz, 1210 — Barão Geraldo — Campinas/SP — CEP 13084-971 — "
                 f"Tel. (19) 3521-{rng.randint(8600, 8799)}", "sans", 7, GREY)
    pg.t(90, 78, "CNES 2079798 — Responsável técnica: Dra. Marília S. Zanotto — CRF-SP 31.872", "sans", 7, GREY)
    pg.ln(36, 86, 559, 86, 1.2, blue)
    pg.tc(297, 104, "LAUDO DE HEMOSTASIA", "sansb", 12)
    pg.rect(36, 112, 559, 196, c=LIGHT, fill=(0.96, 0.95, 0.95))
    reg = f"{rng.randint(1000000, 3999999)}-{rng.randint(0, 9)}"
    dob = _dob(rng, coll, age)
    hh, mm = rng.randint(7, 10), rng.randint(0, 59)
    proc = {1: "Ambulatório de Coagulopatias Hereditárias", 2: "Ambulatório de Ginecologia — sangramento uterino",
            3: "UTI Adulto — leito 07"}[variant]
    indic = {1: "Hemofilia A — seguimento; última infusão de FVIII há 6 dias (25 UI/kg)",
             2: "Investigação de doença de von Willebrand; menorragia",
             3: "TEP em anticoagulação com heparina não fracionada 18 UI/kg/h em bomba"}[variant]
    meds = {1: "Concentrado de FVIII sob demanda", 2: "Sulfato ferroso 40 mg Fe/dia; ácido tranexâmico 1 g 8/8 h",
            3: "Heparina não fracionada IV contínua; omeprazol 40 mg"}[variant]
    info = [("Paciente:", patient), ("Registro HC:", reg), ("Nascimento:", f"{dob:%d/%m/%Y} ({age} anos)"),
            ("Sexo:", "Feminino" if female else "Masculino"), ("Procedência:", proc),
            ("Coleta:", f"{coll:%d/%m/%Y} às {hh:02d}:{mm:02d}"),
            ("Indicação:", indic), ("Medicações:", meds)]
    y = 125.0
    for i, (k, v) in enumerate(info):
        if i < 6:
            x = 42 if i % 2 == 0 else 330
            yy = y + (i // 2) * 12
        else:
            x, yy = 42, y + 36 + (i - 6) * 12
        pg.t(x, yy, k, "sansb", 7.5)
        pg.t(x + _tw(k, "sansb", 7.5) + 4, yy, v, "sans", 7.5)
    pg.t(42, 186, "Material: plasma citratado (citrato de sódio 3,2 %, proporção 1:9), centrifugação dupla "
                  "2.500 g × 15 min; ensaios em até 4 h da coleta.", "sansi", 7, GREY)
    y = 214.0

    def section(title: str) -> None:
        nonlocal y
        pg.rect(36, y - 10, 559, y + 3, c=None, fill=(0.92, 0.88, 0.88))
        pg.t(40, y, title, "sansb", 8.5, blue)
        y += 16

    def bold_if(r: _R) -> str:
        return "sansb" if r.flag != "N" else "sans"

    section("1. TESTES GLOBAIS DE COAGULAÇÃO")
    cols = (42, 250, 330, 400, 460)
    for x, h in zip(cols, ("Teste", "Resultado", "Pool normal", "Unidade", "Intervalo de referência")):
        pg.t(x, y, h, "sansb", 7.5, GREY)
    y += 4
    pg.ln(36, y, 559, y, 0.4, GREY)
    y += 11
    for r, pool, ref in global_rows:
        pg.t(cols[0], y, r.name, "sans", 8)
        pg.t(cols[1], y, r.s(True), bold_if(r), 8.5)
        pg.t(cols[2], y, pool, "sans", 8, GREY)
        pg.t(cols[3], y, r.unit or "—", "sans", 8)
        pg.t(cols[4], y, ref, "sans", 8)
        sink.add(r, r.s(True))
        y += 13
    pg.t(42, y, f"TP: tromboplastina recombinante, ISI {_num(isi, 2, True)}, MNPT {_num(mnpt, 1, True)} s.  "
                "TTPA: sílica micronizada.  TT: trombina bovina 3 UI/mL.", "sansi", 6.8, GREY)
    y += 18
    if variant == 1:
        section("2. ESTUDO DE MISTURA (TTPA — paciente + pool normal 1:1)")
        imm = round(rng.uniform(32.5, 35.0), 1)
        inc = round(imm + rng.uniform(0.4, 1.6), 1)
        ros = round((imm - pool_aptt) / aptt * 100, 1)
        pg.t(42, y, f"Imediato: {_num(imm, 1, True)} s      Após incubação 2 h a 37 °C: {_num(inc, 1, True)} s      "
                    f"Índice de Rosner: {_num(ros, 1, True)}", "sans", 8)
        y += 12
        pg.t(42, y, "Interpretação: houve correção do TTPA (Índice de Rosner < 15), sugestivo de deficiência de "
                    "fator, sem evidência de inibidor.", "sansi", 7.3)
        y += 20
    if variant in (1, 2):
        section(f"{3 if variant == 1 else 2}. DOSAGEM DE FATORES (método coagulométrico de um estágio, plasma "
                "deficiente)")
        fc = (42, 230, 280, 330, 388, 448, 490)
        for x, h in zip(fc, ("Fator", "1:10", "1:20", "1:40", "Resultado", "Unidade", "Referência")):
            pg.t(x, y, h, "sansb", 7.5, GREY)
        y += 4
        pg.ln(36, y, 559, y, 0.4, GREY)
        y += 11
        f8 = round(rng.uniform(2.1, 4.6), 1) if variant == 1 else round(rng.uniform(58, 92), 0)
        facs: list[tuple[str, float, int, str, _R | None]] = [
            ("Fator VIII:C", f8, 1 if variant == 1 else 0, "50 a 150", None)]
        if variant == 1:
            facs.append(("Fator IX:C", round(rng.uniform(72, 118)), 0, "50 a 150", None))
        else:
            facs += [("Fator IX:C", round(rng.uniform(78, 120)), 0, "50 a 150", None),
                     ("Fator XI:C", round(rng.uniform(70, 125)), 0, "50 a 150", None),
                     ("FvW antigênico (FvW:Ag)", round(rng.uniform(32, 44)), 0, "50 a 160", None),
                     ("FvW atividade (FvW:GPIbM)", round(rng.uniform(24, 38)), 0, "50 a 170", None)]
        for label, v, dec, ref, _ in facs:
            dils = [v * (1 + rng.uniform(-0.07, 0.07)) for _ in range(3)]
            pg.t(fc[0], y, label, "sans", 8)
            for x, d in zip(fc[1:4], dils):
                pg.t(x, y, _num(d, dec if dec else 0, True), "sans", 7.5, GREY)
            lo_, hi_ = (float(p) for p in ref.split(" a "))
            if label == "Fator VIII:C":
                r = _R("3209-4", label, float(v), dec, "%", lo_, hi_)
                sink.add(r, r.s(True))
                pg.t(fc[4], y, r.s(True), bold_if(r), 8.5)
            else:
                pg.t(fc[4], y, _num(v, dec, True), "sansb" if v < lo_ else "sans", 8.5)
            pg.t(fc[5], y, "%", "sans", 8)
            pg.t(fc[6], y, ref, "sans", 8)
            y += 13
        if variant == 1:
            pg.t(42, y, "Inibidor de FVIII (Bethesda, modificação Nijmegen): 0,0 UB/mL (negativo: < 0,6 UB/mL)",
                 "sans", 8)
            y += 12
            pg.t(42, y, "Classificação: hemofilia A moderada (FVIII:C entre 1 e 5 %).", "sansi", 7.3)
        else:
            pg.t(42, y, "Relação FvW:GPIbM / FvW:Ag = " + _num(rng.uniform(0.72, 0.9), 2, True) +
                 " (referência > 0,70). Tipo sanguíneo ABO interfere no FvW: repetir em 3 meses.", "sansi", 7.3)
        y += 20
    n = 3 if variant == 2 else 4 if variant == 1 else 2
    section(f"{n}. OUTROS ENSAIOS")
    extra: list[tuple[_R, str]] = []
    if variant == 2:
        bt = round(rng.uniform(7.6, 9.5), 1)
        extra.append((_R("11067-6", "Tempo de sangramento (Ivy)", bt, 1, "min", 2.0, 7.0), "2,0 a 7,0 min"))
        extra.append((_R("27811-9", "Antitrombina (atividade, cromogênico)", _draw(rng, 80, 120, 0), 0, "%", 80, 120),
                      "80 a 120 %"))
        extra.append((_R("48065-7", "D-dímero", float(rng.randint(120, 380)), 0, "ng/mL FEU", None, 500),
                      "inferior a 500 ng/mL FEU"))
    elif variant == 3:
        extra.append((_R("3274-8", "Anti-Xa (heparina não fracionada)", round(rng.uniform(0.38, 0.62), 2), 2,
                         "UI/mL", 0.3, 0.7), "faixa terapêutica: 0,30 a 0,70 UI/mL"))
        extra.append((_R("27811-9", "Antitrombina (atividade, cromogênico)", float(rng.randint(52, 68)), 0, "%", 80,
                         120), "80 a 120 %"))
        extra.append((_R("48065-7", "D-dímero", float(rng.randint(1400, 3800)), 0, "ng/mL FEU", None, 500),
                      "inferior a 500 ng/mL FEU"))
    else:
        extra.append((_R("27811-9", "Antitrombina (atividade, cromogênico)", _draw(rng, 80, 120, 0), 0, "%", 80, 120),
                      "80 a 120 %"))
    for r, ref in extra:
        txt = r.s(True, ".")
        pg.t(42, y, r.name, "sans", 8)
        pg.t(250, y, txt, bold_if(r), 8.5)
        pg.t(320, y, r.unit or "", "sans", 8)
        pg.t(400, y, ref, "sans", 8)
        sink.add(r, txt)
        y += 13
    y += 8
    section(f"{n + 1}. HEMOGRAMA RESUMIDO (contagem automatizada, EDTA)")
    hb_ref = (12.0, 15.5) if female else ((11.5, 15.5) if age < 16 else (13.0, 17.5))
    ht_ref = (36.0, 46.0) if female else ((35.0, 45.0) if age < 16 else (39.0, 52.0))
    plt = float(c.plt * 1000)
    hem = [_R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *hb_ref), _R("4544-3", "Hematócrito", c.hct, 1, "%", *ht_ref),
           _R("777-3", "Plaquetas", plt, 0, "/mm³", 150000, 450000),
           _R("32623-1", "Volume plaquetário médio (VPM)", _draw(rng, 7.5, 11.5, 1), 1, "fL", 7.5, 11.5)]
    for r in hem:
        txt = r.s(True, ".")
        pg.t(42, y, r.name, "sans", 8)
        pg.t(250, y, txt, bold_if(r), 8.5)
        pg.t(320, y, r.unit or "", "sans", 8)
        pg.t(400, y, _iv(r.lo, r.hi, r.dec, True, " a ", group="."), "sans", 8)
        sink.add(r, txt)
        y += 13
    y += 10
    pg.para(42, y, 500, "Valores em negrito encontram-se fora do intervalo de referência. Resultados de "
                        "coagulação devem ser interpretados em conjunto com a clínica e o uso de anticoagulantes. "
                        "Intervalos estabelecidos com 120 doadores do Hemocentro (percentis 2,5 e 97,5).",
            "sansi", 7, c=GREY)
    pg.ln(330, 770, 540, 770, 0.5)
    pg.tc(435, 780, "Dra. Marília S. Zanotto — CRF-SP 31.872", "sans", 7.5)
    pg.tc(435, 790, "Biomédica responsável pela liberação", "sans", 6.5, GREY)
    pg.t(36, 812, f"Laudo nº HMT-{coll:%y}-{rng.randint(10000, 99999)}  ·  liberado em "
                  f"{coll + _dt.timedelta(days=1 + (variant == 2) * 6):%d/%m/%Y} {rng.randint(9, 17):02d}:"
                  f"{rng.randint(0, 59):02d}  ·  Página 1 de 1", "sans", 6.5, GREY)
    pdf = _finish(doc, "Laudo de hemostasia", "SIH hemostasia")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =================================== H2  Portugal (Ponta Delgada, Azores): accredited lab with an uncertainty column


def _h2(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(37, 48), 2: rng.randint(57, 68), 3: rng.randint(72, 83)}[variant]
    patient = {1: "Catarina Isabel Medeiros Pacheco", 2: "José Manuel Furtado Cabral",
               3: "Maria da Conceição Sousa Arruda"}[variant]
    sink = _Sink()
    c = _cbc(rng, female, {1: rng.choice(["n", "ida"]), 2: "n", 3: "ckd"}[variant])
    sx = (lambda m, f: f if female else m)

    def row(code: str, label: str, v: float, dec: int, unit: str | None, lo: float | None, hi: float | None,
            meth: str, urel: float | None = 0.04, comp: str | None = None, group: str = "") -> tuple:
        r = _R(code, label, v, dec, unit, lo, hi, comp=comp)
        u = "n.a." if urel is None or comp else "± " + _num(max(abs(v) * urel, 10 ** -dec), dec, True)
        return (r, u, meth)

    hem = [
        row("789-8", "Eritrócitos", c.rbc, 2, "x10¹²/L", *sx((4.5, 5.9), (3.9, 5.2)), "CIT", 0.02),
        row("718-7", "Hemoglobina", c.hb, 1, "g/dL", *sx((13.0, 17.5), (12.0, 15.5)), "FOT", 0.015),
        row("4544-3", "Hematócrito", c.hct, 1, "%", *sx((40.0, 52.0), (36.0, 46.0)), "CIT", 0.025),
        row("787-2", "Volume globular médio", c.mcv, 1, "fL", 80.0, 98.0, "calc.", None),
        row("785-6", "Hemoglobina globular média", c.mch, 1, "pg", 27.0, 33.0, "calc.", None),
        row("786-4", "Conc. hemoglobínica globular média", c.mchc, 1, "g/dL", 31.5, 36.0, "calc.", None),
        row("788-0", "RDW-CV", c.rdw, 1, "%", 11.5, 14.5, "CIT", 0.03),
        row("6690-2", "Leucócitos", c.wbc, 2, "x10⁹/L", 4.0, 10.0, "CIT", 0.03),
    ]
    hem.append(row("777-3", "Plaquetas", c.plt, 0, "x10⁹/L", 150.0, 400.0, "CIT", 0.05))
    dref = {"neut": (40, 75, 1.8, 7.5), "lym": (20, 45, 1.0, 4.0), "mono": (2, 10, 0.2, 1.0),
            "eos": (1, 6, 0.02, 0.5), "baso": (0, 2, 0.0, 0.1)}
    dname = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
             "baso": "Basófilos"}
    pct_rows = [row(_DIFF_CODES[k][0], dname[k], c.pct[k], 1, "%", float(dref[k][0]), float(dref[k][1]), "CIT", 0.06)
                for k in _DIFF]
    abs_rows = [row(_DIFF_CODES[k][1], dname[k], c.absolute(k), 2, "x10⁹/L", dref[k][2], dref[k][3], "calc.", None)
                for k in _DIFF]
    # chemistry
    glu_st = {1: "n", 2: "h", 3: "n"}[variant]
    glu = float(rng.randint(124, 162)) if glu_st == "h" else _draw(rng, 70, 100, 0)
    cr = {1: _draw(rng, 0.51, 0.95, 2), 2: _draw(rng, 0.67, 1.17, 2), 3: round(rng.uniform(1.6, 2.2), 2)}[variant]
    eg = round(_egfr(cr, age, female))
    chem = [row("2345-7", "Glicose", glu, 0, "mg/dL", 70.0, 100.0, "FOT", 0.03),
            row("3091-6", "Ureia", _draw(rng, 17, 49, 0, "h" if variant == 3 else "n") if variant != 3 else
                float(rng.randint(72, 104)), 0, "mg/dL", 17.0, 49.0, "FOT", 0.05),
            row("2160-0", "Creatinina", cr, 2, "mg/dL", *sx((0.67, 1.17), (0.51, 0.95)), "FOT", 0.04)]
    eg_txt = row("98979-8", "TFG estimada (CKD-EPI 2021)", float(eg), 0, "mL/min/1,73 m²", 90.0, None, "calc.", None)
    if eg >= 90:
        eg_txt = row("98979-8", "TFG estimada (CKD-EPI 2021)", 90.0, 0, "mL/min/1,73 m²", 90.0, None, "calc.", None,
                     comp=">")
    chem.append(eg_txt)
    ua_ref = sx((3.5, 7.2), (2.6, 6.0))
    chem.append(row("3084-1", "Ácido úrico", _draw(rng, *ua_ref, 1, "h" if variant == 2 else "n"), 1, "mg/dL",
                    *ua_ref, "FOT", 0.04))
    tc = {1: _draw(rng, None, 190, 0, _pick(rng, 0.4, "h"), floor=150), 2: float(rng.randint(222, 264)),
          3: _draw(rng, None, 190, 0, floor=150)}[variant]
    hdl = {1: float(rng.randint(52, 78)), 2: float(rng.randint(31, 38)), 3: float(rng.randint(46, 66))}[variant]
    tg = {1: float(rng.randint(60, 140)), 2: float(rng.randint(190, 280)), 3: float(rng.randint(90, 145))}[variant]
    ldl = round(tc - hdl - tg / 5)
    hdl_lo = 45.0 if female else 40.0
    lipids = [row("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190.0, "FOT", 0.03),
              row("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", hdl_lo, None, "FOT", 0.05),
              row("13457-7", "Colesterol LDL (Friedewald)", float(ldl), 0, "mg/dL", None, 116.0, "calc.", None),
              row("2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150.0, "FOT", 0.04)]
    liver_h = variant == 2
    liver = [row("1920-8", "AST (TGO)", _draw(rng, None, sx(40, 32), 0, "n", floor=14), 0, "U/L", None, sx(40.0, 32.0),
                 "FOT", 0.06),
             row("1742-6", "ALT (TGP)", _draw(rng, None, sx(41, 33), 0, "h" if liver_h else "n", floor=10), 0, "U/L",
                 None, sx(41.0, 33.0), "FOT", 0.06),
             row("2324-2", "Gama-glutamiltransferase", _draw(rng, sx(10, 6), sx(71, 42), 0, "h" if liver_h else "n"), 0,
                 "U/L", *sx((10.0, 71.0), (6.0, 42.0)), "FOT", 0.05),
             row("1975-2", "Bilirrubina total", _draw(rng, None, 1.2, 2, floor=0.3), 2, "mg/dL", None, 1.2, "FOT",
                 0.06)]
    k_st = "h" if variant == 3 else "n"
    k = round(rng.uniform(5.3, 5.7), 1) if k_st == "h" else _draw(rng, 3.5, 5.1, 1)
    iono = [row("2951-2", "Sódio", _draw(rng, 136, 145, 0), 0, "mmol/L", 136.0, 145.0, "ISE", 0.01),
            row("2823-3", "Potássio", k, 1, "mmol/L", 3.5, 5.1, "ISE", 0.02),
            row("2075-0", "Cloro", _draw(rng, 98, 107, 0), 0, "mmol/L", 98.0, 107.0, "ISE", 0.015)]
    other: list[tuple] = []
    if variant == 1:
        fe_st = "l" if c.hb < 12 else "n"
        other += [row("2498-4", "Ferro", _draw(rng, 50, 170, 0, fe_st), 0, "µg/dL", 50.0, 170.0, "FOT", 0.04),
                  row("2276-4", "Ferritina", float(rng.randint(4, 11)) if fe_st == "l" else _draw(rng, 13, 150, 0), 0,
                      "ng/mL", 13.0, 150.0, "QUI", 0.07),
                  row("3016-3", "TSH", _draw(rng, 0.27, 4.2, 2, _pick(rng, 0.3, "h")), 2, "µUI/mL", 0.27, 4.2,
                      "ECL", 0.06),
                  row("3024-7", "T4 livre", _draw(rng, 0.93, 1.7, 2), 2, "ng/dL", 0.93, 1.7, "ECL", 0.06),
                  row("62292-8", "25-OH vitamina D", float(round(rng.uniform(14, 27), 1)), 1, "ng/mL", 30.0, 100.0,
                      "QUI", 0.08),
                  row("1988-5", "Proteína C reativa", 0.6, 1, "mg/L", None, 5.0, "IT", comp="<")]
    elif variant == 2:
        other += [row("4548-4", "Hemoglobina A1c", round(rng.uniform(7.1, 8.2), 1), 1, "%", 4.0, 6.0, "HPLC", 0.02),
                  row("2857-1", "PSA total", _draw(rng, None, 4.0, 2, floor=0.4), 2, "ng/mL", None, 4.0, "ECL", 0.06),
                  row("1988-5", "Proteína C reativa", _draw(rng, None, 5.0, 1, floor=0.8), 1, "mg/L", None, 5.0, "IT",
                      0.06)]
    else:
        other += [row("2731-8", "Paratormona (PTH intacta)", float(rng.randint(88, 160)), 0, "pg/mL", 15.0, 65.0,
                      "ECL", 0.07),
                  row("17861-6", "Cálcio", _draw(rng, 8.6, 10.2, 1), 1, "mg/dL", 8.6, 10.2, "FOT", 0.02),
                  row("2777-1", "Fósforo", round(rng.uniform(4.8, 5.6), 1), 1, "mg/dL", 2.5, 4.5, "FOT", 0.03),
                  row("1751-7", "Albumina", _draw(rng, 3.5, 5.2, 1, _pick(rng, 0.4, "l")), 1, "g/dL", 3.5, 5.2, "FOT",
                      0.03),
                  row("2276-4", "Ferritina", _draw(rng, 13, 150, 0), 0, "ng/mL", 13.0, 150.0, "QUI", 0.07),
                  row("4548-4", "Hemoglobina A1c", _draw(rng, 4.0, 6.0, 1), 1, "%", 4.0, 6.0, "HPLC", 0.02)]
    sections: list[tuple[str, list[tuple]]] = [
        ("HEMATOLOGIA — Hemograma", hem),
        ("Leucograma — valores relativos", pct_rows),
        ("Leucograma — valores absolutos", abs_rows),
        ("BIOQUÍMICA — Função renal e metabolismo", chem)]
    if variant != 3:
        sections += [("Perfil lipídico", lipids), ("Função hepática", liver[:3])]
    else:
        sections.append(("Ionograma (soro)", iono))
    sections.append(("IMUNOQUÍMICA E OUTROS" if variant != 3 else "METABOLISMO FOSFOCÁLCICO E OUTROS", other))
    # ------------------------------------------------------------------------------------------ layout
    teal: Color = (0.0, 0.36, 0.42)
    doc = fitz.open()
    pg = _Pg(doc)
    pages = [pg]
    pg.t(40, 46, "Atlântico", "serifb", 20, teal)
    pg.t(40, 58, "LABORATÓRIO DE ANÁLISES CLÍNICAS", "sansb", 7.5, teal)
    pg.t(250, 40, "Rua Ernesto do Canto, 41 — 9500-312 Ponta Delgada, São Miguel, Açores", "sans", 7, GREY)
    pg.t(250, 50, f"Tel. 296 28{rng.randint(1000, 9999)}  ·  NIPC 512 0{rng.randint(10000, 99999)}  ·  Postos: Ribeira "
                  "Grande, Lagoa, Vila Franca", "sans", 7, GREY)
    pg.rect(470, 56, 556, 76, c=teal, w=0.8)
    pg.tc(513, 64, "IPAC  ·  L0712", "sansb", 7, teal)
    pg.tc(513, 73, "NP EN ISO 15189", "sans", 6, teal)
    pg.ln(40, 82, 556, 82, 1.0, teal)
    req = f"{coll:%y}{rng.randint(100000, 999999)}"
    dob = _dob(rng, coll, age)
    hh, mm = rng.randint(7, 10), rng.randint(0, 59)
    hdr = [("Utente", patient), ("N.º utente SNS", (f"{rng.randint(100, 299)} {rng.randint(100, 999)} "
                                                    f"{rng.randint(100, 999)}")),
           ("Data de nascimento", f"{dob:%d-%m-%Y}"), ("Sexo", "Feminino" if female else "Masculino"),
           ("Requisição", req), ("Entidade", rng.choice(["SRS Açores", "ADSE", "Particular"])),
           ("Colheita", f"{coll:%d-%m-%Y} {hh:02d}:{mm:02d}"), ("Médico", rng.choice(["Dr. Rui Bettencourt",
                                                                                       "Dra. Ana Raposo",
                                                                                       "Dr. Nuno Melo"]))]
    for i, (k_, v_) in enumerate(hdr):
        x = 40 if i % 2 == 0 else 310
        yy = 98 + (i // 2) * 12
        pg.t(x, yy, k_, "sans", 7, GREY)
        pg.t(x + 78, yy, v_, "sansb" if k_ == "Utente" else "sans", 7.8)
    pg.ln(40, 146, 556, 146, 0.5, GREY)
    cx = {"name": 40, "res": 236, "ind": 242, "u": 264, "unit": 316, "ref": 380, "met": 522}

    def col_heads(p: _Pg, y: float) -> float:
        for key, h in (("name", "Análise"), ("ind", "Ind."), ("u", "U (k=2)"), ("unit", "Unidades"),
                       ("ref", "Intervalo de referência"), ("met", "Método")):
            p.t(cx[key], y, h, "sansb", 7, teal)
        p.tr(cx["res"], y, "Resultado", "sansb", 7, teal)
        p.ln(40, y + 3, 556, y + 3, 0.4, teal)
        return y + 14

    y = col_heads(pg, 158)
    for title, rows in sections:
        if y + 12 * (len(rows) + 1) > 760:
            pg = _Pg(doc)
            pages.append(pg)
            pg.t(40, 46, "Atlântico — Laboratório de Análises Clínicas", "sansb", 9, teal)
            pg.t(40, 58, f"{patient}  ·  Requisição {req}  ·  Colheita {coll:%d-%m-%Y}", "sans", 7.5)
            y = col_heads(pg, 80)
        pg.t(40, y, title, "sansb", 7.8)
        y += 12
        for r, u, meth in rows:
            if r.value is not None:
                txt = r.s(True)
                if r.comp:
                    txt = f"{r.comp}{_num(r.value, r.dec, True)}"
                    r_print = txt
                else:
                    r_print = txt
            pg.t(cx["name"] + 6, y, r.name, "sans", 7.6)
            pg.tr(cx["res"], y, r_print, "sansb" if r.flag != "N" else "sans", 7.8)
            ind = {"H": "A", "L": "B"}.get(r.flag[0], "") if r.flag != "N" else ""
            pg.t(cx["ind"] + 3, y, ind, "sansb", 7.8)
            pg.t(cx["u"], y, u, "sans", 7, GREY)
            pg.t(cx["unit"], y, r.unit or "", "sans", 7.6)
            if r.lo is not None and r.hi is not None:
                ref = f"[{_num(r.lo, r.dec, True)} – {_num(r.hi, r.dec, True)}]"
            elif r.hi is not None:
                ref = f"inferior a {_num(r.hi, r.dec, True)}"
            else:
                ref = f"superior a {_num(r.lo or 0, r.dec, True)}"
            if r.code == "62292-8":
                ref = "[30,0 – 100,0]  (insuficiência 20 – 29,9)"
            pg.t(cx["ref"], y, ref, "sans", 7.3)
            pg.t(cx["met"], y, meth, "sans", 6.8, GREY)
            sink.add(r, r_print, ind or None)
            y += 11.5
        y += 6
    last = pages[-1]
    fy = max(y + 6, 720) if y < 740 else y + 6
    if fy > 790:
        last = _Pg(doc)
        pages.append(last)
        fy = 80
    notes = ("Ind.: A – acima do intervalo de referência; B – abaixo do intervalo de referência.  U (k=2): incerteza "
             "de medição expandida, fator de expansão k = 2 (nível de confiança de cerca de 95 %); n.a. – não "
             "aplicável (parâmetro calculado ou resultado abaixo do limite de quantificação).  Métodos: CIT "
             "citometria de fluxo, FOT fotometria, ISE elétrodo seletivo, ECL eletroquimioluminescência, QUI "
             "quimioluminescência, IT imunoturbidimetria, HPLC cromatografia líquida.  Ensaios de LDL, TFG e "
             "índices eritrocitários fora do âmbito da acreditação.")
    fy = last.para(40, fy, 516, notes, "sans", 6.6, c=GREY)
    last.t(40, fy + 10, "Validado por: Dra. Helena Tavares Rego — Especialista em Análises Clínicas (OF n.º 9.214)",
           "sansi", 7)
    for i, p in enumerate(pages):
        p.tr(556, 820, f"Pág. {i + 1}/{len(pages)}", "sans", 6.8, GREY)
        p.t(40, 820, f"Boletim emitido em {coll + _dt.timedelta(days=1):%d-%m-%Y}", "sans", 6.8, GREY)
    pdf = _finish(doc, "Boletim de análises", "Atlantico LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ================================= H3  Brazil (Joinville): occupational toxicology, NR-7 biological exposure monitoring


def _h3(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 3
    age = rng.randint(26, 54)
    worker = {1: "ADEMIR LUIZ KRÜGER", 2: "ROSNEI CARLOS SCHROEDER", 3: "JANAÍNA PRISCILA VOIGT"}[variant]
    company = {1: ("ACUMULADORES NORTE CATARINENSE LTDA.", "Montagem de placas", "Operador de fundição de chumbo"),
               2: ("COOPERATIVA AGRÍCOLA VALE DO ITAPOCU", "Aplicação de defensivos", "Trabalhador rural polivalente"),
               3: ("MÓVEIS ALTO VALE INDÚSTRIA E COMÉRCIO S.A.", "Cabine de pintura", "Pintora de móveis")}[variant]
    agent = {1: "Chumbo e seus compostos inorgânicos",
             2: "Inseticidas organofosforados e carbamatos",
             3: "Tolueno, xilenos e benzeno (solventes de tintas e vernizes)"}[variant]
    sink = _Sink()
    green: Color = (0.05, 0.35, 0.2)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.circle(58, 50, 16, c=green, w=2)
    pg.tc(58, 54, "TX", "sansb", 11, green)
    pg.t(84, 44, "TOXICON", "sansb", 15, green)
    pg.t(160, 44, "Laboratório de Toxicologia Ocupacional e Análises Clínicas", "sans", 8.5, green)
    pg.t(84, 57, "Rua Blumenau, 1.842 — América — Joinville/SC — CEP 89204-250 — (47) 3433-"
                 f"{rng.randint(1000, 9999)} — CNES 6.4{rng.randint(10, 99)}.{rng.randint(100, 999)}", "sans", 7, GREY)
    pg.t(84, 67, "Acreditado PALC/SBPC-ML — Responsável técnico: Dr. Everaldo J. Wendt, CRF-SC 4.117", "sans", 7,
         GREY)
    pg.ln(36, 76, 559, 76, 1.5, green)
    pg.tc(297, 94, "LAUDO DE MONITORIZAÇÃO BIOLÓGICA — NR-7 / PCMSO", "sansb", 11)
    pg.rect(36, 102, 559, 196, c=green, w=0.6)
    cnpj = f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-{rng.randint(10, 99)}"
    dob = _dob(rng, coll, age)
    adm = _dt.date(coll.year - rng.randint(2, 7), rng.randint(1, 12), rng.randint(1, 28))
    info = [("Empresa:", company[0]), ("CNPJ:", cnpj), ("Trabalhador(a):", worker),
            ("CPF:", f"***.{rng.randint(100, 999)}.{rng.randint(100, 999)}-**"),
            ("Nascimento:", f"{dob:%d/%m/%Y}"), ("Sexo:", "Feminino" if female else "Masculino"),
            ("Setor:", company[1]), ("Função:", company[2]),
            ("Admissão:", f"{adm:%d/%m/%Y}"), ("Tipo de exame:", "Periódico (semestral)"),
            ("Data da coleta:", f"{coll:%d/%m/%Y}"),
            ("Momento da coleta:", "final da jornada, fim da semana" if variant != 2 else "até 72 h após aplicação")]
    for i, (k, v) in enumerate(info):
        x = 42 if i % 2 == 0 else 318
        yy = 115 + (i // 2) * 12.5
        pg.t(x, yy, k, "sansb", 7.4)
        pg.t(x + _tw(k, "sansb", 7.4) + 4, yy, v, "sans", 7.4)
    pg.t(42, 192, f"Agente(s) de risco: {agent}", "sansi", 7.4)
    y = 214.0
    pg.rect(36, y - 10, 559, y + 3, c=None, fill=(0.88, 0.94, 0.9))
    pg.t(40, y, "1. INDICADORES BIOLÓGICOS DE EXPOSIÇÃO", "sansb", 8.5, green)
    y += 16
    cx = (40, 178, 250, 300, 360, 438, 500)
    for x, h in zip(cx, ("Determinação", "Material", "Resultado", "Unidade", "VR", "IBE/EE (NR-7)", "Método")):
        pg.t(x, y, h, "sansb", 7.2, GREY)
    y += 4
    pg.ln(36, y, 559, y, 0.4, GREY)
    y += 12
    rows: list[tuple[str, str, str, str, str, str, str, _R | None]] = []
    ucr = round(rng.uniform(0.62, 2.35), 2)
    ucr_r = _R("2161-8", "Creatinina urinária", ucr, 2, "g/L", 0.3, 3.0)
    if variant == 1:
        pb = round(rng.uniform(18.0, 34.0), 1)
        r = _R("5671-3", "Chumbo no sangue", pb, 1, "µg/dL", None, 10.0)
        rows += [("Chumbo no sangue", "Sangue total", _num(pb, 1, True), "µg/dL", "até 10,0", "60,0", "EAA-FG", r),
                 ("Ácido delta-aminolevulínico", "Urina", _num(rng.uniform(2.1, 4.4), 1, True), "mg/g creat.",
                  "até 4,5", "10,0", "Espectrof.", None),
                 ("Zincoprotoporfirina", "Sangue total", str(rng.randint(26, 58)), "µg/dL", "até 40", "100",
                  "Hematofluor.", None)]
    elif variant == 2:
        lo_, hi_ = (4260.0, 11250.0) if female else (5320.0, 12920.0)
        st = rng.choice(["l", "n"])
        che = float(rng.randint(3700, 4900)) if st == "l" else float(rng.randint(6200, 9800))
        basal = float(rng.randint(7600, 10400)) if st == "l" else che * rng.uniform(1.02, 1.15)
        r = _R("2098-2", "Colinesterase plasmática", che, 0, "U/L", lo_, hi_)
        rows += [("Colinesterase plasmática\n(butirilcolinesterase)", "Soro", _num(che, 0, True, "."), "U/L",
                  "H: 5.320 a 12.920; M: 4.260 a 11.250", "", "Cinético", r),
                 ("Acetilcolinesterase eritrocitária", "Sangue total", _num(rng.uniform(24, 36), 1, True), "U/g Hb",
                  "25,0 a 52,0", "", "Ellman", None)]
        dep = round((1 - che / basal) * 100)
        rows.append(("", "", "", "", "", "", "", None))
        basal_line = (f"Valor basal (exame admissional de {adm:%d/%m/%Y}): {_num(basal, 0, True, '.')} U/L — "
                      f"depressão atual de {dep} % em relação ao basal.  IBE/EE: depressão ≥ 50 % (plasmática) ou "
                      "≥ 30 % (eritrocitária) em relação ao valor basal.")
    else:
        rows += [("Ácido metil-hipúrico (xilenos)", "Urina", _num(rng.uniform(0.18, 0.9), 2, True), "g/g creat.",
                  "—", "1,5", "HPLC", None),
                 ("Ortocresol (tolueno)", "Urina", _num(rng.uniform(0.05, 0.28), 2, True), "mg/L", "até 0,3", "0,3",
                  "CG-EM", None),
                 ("Ácido trans,trans-mucônico (benzeno)", "Urina", _num(rng.uniform(0.08, 0.42), 2, True),
                  "mg/g creat.", "até 0,5", "—", "HPLC", None)]
    rows.append(("Creatinina urinária", "Urina", _num(ucr, 2, True), "g/L", "0,30 a 3,00", "—", "Jaffé", ucr_r))
    for label, mat, res, unit, vr, ibe, meth, r in rows:
        if not label:
            continue
        fs = 7.4 if len(label) < 34 else 6.6
        pg.t(cx[0], y, label.split("\n")[0], "sans", fs)
        if "\n" in label:
            pg.t(cx[0], y + 7.5, label.split("\n")[1], "sans", 6.2, GREY)
            y += 5
        pg.t(cx[1], y, mat, "sans", 7.2)
        pg.t(cx[2], y, res, "sansb", 7.8)
        pg.t(cx[3], y, unit, "sans", 7.2)
        if len(vr) > 14:
            pg.t(cx[4], y - 3.5, vr.split("; ")[0], "sans", 6.4)
            pg.t(cx[4], y + 3.5, vr.split("; ")[1], "sans", 6.4)
        else:
            pg.t(cx[4], y, vr, "sans", 7.2)
        pg.t(cx[5], y, ibe, "sans", 7.2)
        pg.t(cx[6], y, meth, "sans", 6.8, GREY)
        if r is not None:
            sink.add(r, res)
        y += 14
    if variant == 2:
        y = pg.para(40, y + 2, 515, basal_line, "sansi", 7) + 2
    y += 4
    y = pg.para(40, y, 515, "VR: valor de referência da normalidade (população não exposta ocupacionalmente).  "
                            "IBE/EE: índice biológico de exposição com significado de exposição excessiva (NR-7, "
                            "Anexo I, Quadro 1) — não é intervalo de normalidade.  Resultados urinários corrigidos "
                            "pela creatinina são válidos para creatinina urinária entre 0,3 e 3,0 g/L.", "sans", 6.8,
                c=GREY) + 10
    pg.rect(36, y - 10, 559, y + 3, c=None, fill=(0.88, 0.94, 0.9))
    pg.t(40, y, "2. EXAMES COMPLEMENTARES", "sansb", 8.5, green)
    y += 16
    cx2 = (40, 250, 320, 400)
    for x, h in zip(cx2, ("Exame", "Resultado", "Unidade", "Valores de referência")):
        pg.t(x, y, h, "sansb", 7.2, GREY)
    y += 4
    pg.ln(36, y, 559, y, 0.4, GREY)
    y += 12
    c = _cbc(rng, female, "n")
    if variant == 3 and rng.random() < 0.6:
        c = _cbc(rng, female, "lowplt")
    sexr = (lambda m, f: f if female else m)
    comp: list[_R] = [
        _R("789-8", "Eritrócitos", c.rbc, 2, "milhões/mm³", *sexr((4.5, 5.9), (4.0, 5.2))),
        _R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *sexr((13.5, 17.5), (12.0, 15.5))),
        _R("4544-3", "Hematócrito", c.hct, 1, "%", *sexr((39.0, 53.0), (35.0, 46.0))),
        _R("787-2", "VCM", c.mcv, 1, "fL", 80.0, 98.0),
        _R("785-6", "HCM", c.mch, 1, "pg", 26.0, 34.0),
        _R("786-4", "CHCM", c.mchc, 1, "g/dL", 31.0, 36.0),
        _R("6690-2", "Leucócitos", float(round(c.wbc * 1000, -1)), 0, "/mm³", 3500.0, 10500.0),
    ]
    if variant == 3:
        nm = {"neut": "Neutrófilos segmentados", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
              "baso": "Basófilos"}
        ab = {"neut": (1700, 7000), "lym": (900, 2900), "mono": (300, 900), "eos": (50, 500), "baso": (0, 100)}
        wbc = round(c.wbc * 1000, -1)
        for k in _DIFF:
            av = float(round(wbc * c.pct[k] / 100))
            comp.append(_R(_DIFF_CODES[k][1], nm[k], av, 0, "/mm³", float(ab[k][0]), float(ab[k][1])))
        comp.append(_R("4679-7", "Reticulócitos", _draw(rng, 0.5, 2.0, 1), 1, "%", 0.5, 2.0))
    comp.append(_R("777-3", "Plaquetas", c.plt * 1000, 0, "/mm³", 150000.0, 450000.0))
    if variant == 1:
        comp += [_R("2160-0", "Creatinina (soro)", _draw(rng, 0.7, 1.3, 2), 2, "mg/dL", 0.7, 1.3),
                 _R("3091-6", "Ureia (soro)", _draw(rng, 15, 45, 0), 0, "mg/dL", 15.0, 45.0)]
    else:
        comp += [_R("1920-8", "TGO (AST)", _draw(rng, None, 40, 0, floor=14), 0, "U/L", None, 40.0),
                 _R("1742-6", "TGP (ALT)", _draw(rng, None, 41, 0, _pick(rng, 0.3, "h"), floor=10), 0, "U/L", None,
                    41.0),
                 _R("2324-2", "Gama-GT", _draw(rng, 8, 61, 0, _pick(rng, 0.3, "h")), 0, "U/L", 8.0, 61.0),
                 _R("2160-0", "Creatinina (soro)", _draw(rng, *sexr((0.7, 1.3), (0.5, 1.1)), 2), 2, "mg/dL",
                    *sexr((0.7, 1.3), (0.5, 1.1)))]
    for r in comp:
        txt = r.s(True, ".")
        pg.t(cx2[0], y, r.name, "sans", 7.6)
        pg.t(cx2[1], y, txt, "sansb", 7.8)
        pg.t(cx2[2], y, r.unit or "", "sans", 7.4)
        pg.t(cx2[3], y, _iv(r.lo, r.hi, r.dec, True, " a ", "até ", "superior a ", "."), "sans", 7.4)
        sink.add(r, txt)
        y += 12.5
    y += 10
    concl = {1: "Plumbemia acima do valor de referência e abaixo do IBE/EE; manter monitorização semestral.",
             2: "Interpretar a colinesterase em relação ao valor basal do trabalhador.",
             3: "Indicadores de solventes abaixo do IBE/EE."}[variant]
    pg.t(40, y, "Observação do laboratório: " + concl, "sansi", 7.2)
    pg.ln(340, 772, 545, 772, 0.5)
    pg.tc(442, 782, "Dr. Everaldo J. Wendt — CRF-SC 4.117", "sans", 7.2)
    pg.t(36, 812, f"Protocolo {rng.randint(100000, 999999)}  ·  Médico coordenador do PCMSO: Dr. Osni R. Hass, CRM-SC "
                  f"{rng.randint(5000, 19999)}  ·  Página 1/1", "sans", 6.5, GREY)
    pdf = _finish(doc, "Monitorizacao biologica", "Toxicon LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ========================================= H4  Portugal (Braga): a GP's annotated copy, highlighted, scanned in colour

_PEN: Color = (0.08, 0.14, 0.52)


def _hand(pg: _Pg, x: float, y: float, s: str, g: np.random.Generator, sz: float = 10.0, c: Color = _PEN,
          slant: float = 0.0) -> float:
    """Ballpoint handwriting: every letter with its own small offset, size and tilt; returns the end x."""
    base_tilt = slant + float(g.normal(0, 1.2))
    for ch in s:
        if ch == " ":
            x += sz * 0.33
            continue
        f = "sansi" if ch.isalpha() else "sans"
        szc = sz * float(g.uniform(0.9, 1.08))
        dy = float(g.normal(0, 0.5))
        ang = math.radians(base_tilt + float(g.normal(0, 3)))
        pt = fitz.Point(x, y + dy)
        mat = fitz.Matrix(math.cos(ang), math.sin(ang), -math.sin(ang), math.cos(ang), 0, 0)
        name, path = _font(f)
        pg.p.insert_text(pt, ch, fontname=name, fontfile=path, fontsize=szc, color=c, morph=(pt, mat))
        x += _tw(ch, f, szc) * float(g.uniform(0.92, 1.02))
    return x


def _loop(pg: _Pg, cx: float, cy: float, rx: float, ry: float, g: np.random.Generator, c: Color = _PEN) -> None:
    """A hand-drawn ellipse that does not quite close."""
    start = float(g.uniform(0, 2 * math.pi))
    pts = []
    for i in range(46):
        a = start + i / 40 * 2 * math.pi
        wob = 1 + 0.05 * math.sin(3 * a + start) + float(g.normal(0, 0.01))
        pts.append((cx + rx * wob * math.cos(a), cy + ry * wob * math.sin(a)))
    pg.poly(pts, c=c, w=0.9)


def _annotated_scan(pdf: bytes, highlights: list[tuple[float, float, float]], g: np.random.Generator) -> np.ndarray:
    """Colour 200 dpi scan of the annotated page: highlighter strokes (multiplied), paper tone, staple holes, a
    small skew, blur, noise, JPEG."""
    dpi = 200
    s = dpi / 72
    img = _raster(pdf, dpi)
    h, w = img.shape[:2]
    yellow = np.float32([1.0, 0.96, 0.45])
    for x0, x1, yb in highlights:
        y0, y1 = int((yb - 9) * s), int((yb + 3) * s)
        xa, xb = int(x0 * s), int(x1 * s)
        m = np.zeros((h, w), np.float32)
        m[y0:y1, xa:xb] = 1
        jag = _smooth(g, h, w, 30) * 0.25
        m = np.clip(cv2.GaussianBlur(m, (0, 0), 2.5) + jag * m, 0, 1)
        img = img * (1 - m[..., None] * (1 - yellow))
    paper = np.float32([246, 243, 235]) * (1 + 0.012 * _smooth(g, h, w, 4))[..., None]
    img = img / 255.0 * paper
    for cx in (int(0.06 * w), int(0.11 * w)):
        cv2.circle(img, (cx, int(0.035 * h)), 5, (90, 90, 90), -1)
    img = _rotate(img, float(g.uniform(-0.9, 0.9)), (225.0, 225.0, 222.0))
    img = cv2.GaussianBlur(img, (0, 0), 0.65)
    img += g.normal(0, 2.4, img.shape).astype(np.float32)
    return _jpeg(img, int(g.integers(78, 88)))


def _h4(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(52, 66), 2: rng.randint(41, 52), 3: rng.randint(29, 39)}[variant]
    patient = {1: "Rosa Maria Gonçalves Macedo", 2: "António Manuel Faria Lopes", 3: "Sílvia Daniela Araújo Vieira"}[
        variant]
    sink = _Sink()
    c = _cbc(rng, female, {1: "n", 2: "n", 3: "ida"}[variant])
    sx = (lambda m, f: f if female else m)
    hem: list[_R] = [
        _R("789-8", "Eritrócitos", c.rbc, 2, "x10⁶/µL", *sx((4.50, 5.90), (3.90, 5.20))),
        _R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *sx((13.0, 17.5), (12.0, 15.5))),
        _R("4544-3", "Hematócrito", c.hct, 1, "%", *sx((40.0, 52.0), (36.0, 46.0))),
        _R("787-2", "V.G.M.", c.mcv, 1, "fL", 80.0, 97.0),
        _R("785-6", "H.G.M.", c.mch, 1, "pg", 27.0, 33.0),
        _R("786-4", "C.H.G.M.", c.mchc, 1, "g/dL", 32.0, 36.0),
        _R("788-0", "R.D.W.", c.rdw, 1, "%", 11.6, 14.6),
        _R("6690-2", "Leucócitos", c.wbc, 2, "x10³/µL", 4.0, 11.0),
        _R("777-3", "Plaquetas", c.plt, 0, "x10³/µL", 150.0, 400.0),
    ]
    dref = {"neut": (1.9, 7.5), "lym": (1.0, 4.0), "mono": (0.2, 1.0), "eos": (0.0, 0.5), "baso": (0.0, 0.2)}
    dname = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
             "baso": "Basófilos"}
    diff = [(_R(_DIFF_CODES[k][0], dname[k], c.pct[k], 1, "%"),
             _R(_DIFF_CODES[k][1], dname[k], c.absolute(k), 2, "x10³/µL", *dref[k])) for k in _DIFF]
    chem: list[_R] = []
    if variant == 1:
        glu = float(rng.randint(142, 188))
        a1c = round(rng.uniform(7.3, 8.6), 1)
    else:
        glu = _draw(rng, 70, 110, 0)
        a1c = _draw(rng, 4.0, 6.0, 1)
    chem.append(_R("2345-7", "Glicose (jejum)", glu, 0, "mg/dL", 70.0, 110.0))
    if variant != 3:
        chem.append(_R("4548-4", "Hemoglobina glicada A1c", a1c, 1, "%", 4.0, 6.0))
    cr_ref = sx((0.70, 1.20), (0.50, 0.90))
    cr = _draw(rng, *cr_ref, 2)
    chem += [_R("3091-6", "Ureia", _draw(rng, 10, 50, 0), 0, "mg/dL", 10.0, 50.0),
             _R("2160-0", "Creatinina", cr, 2, "mg/dL", *cr_ref)]
    ua_ref = sx((3.4, 7.0), (2.4, 5.7))
    chem.append(_R("3084-1", "Ácido úrico", _draw(rng, *ua_ref, 1, "h" if variant == 2 else "n"), 1, "mg/dL",
                   *ua_ref))
    if variant in (1, 2):
        tc = float(rng.randint(214, 258))
        hdl = float(rng.randint(36, 44)) if variant == 2 else float(rng.randint(44, 62))
        tg = float(rng.randint(185, 320)) if variant == 2 else float(rng.randint(110, 175))
        ldl = float(round(tc - hdl - tg / 5))
        chem += [_R("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190.0),
                 _R("2085-9", "Colesterol HDL", hdl, 0, "mg/dL", sx(40.0, 45.0), None),
                 _R("13457-7", "Colesterol LDL (calculado)", ldl, 0, "mg/dL", None, 115.0),
                 _R("2571-8", "Triglicerídeos", tg, 0, "mg/dL", None, 150.0)]
    liver_h = variant == 2
    chem += [_R("1920-8", "AST / TGO", _draw(rng, None, sx(40, 32), 0, "h" if liver_h else "n", floor=14), 0, "U/L",
                None, sx(40.0, 32.0)),
             _R("1742-6", "ALT / TGP", _draw(rng, None, sx(41, 33), 0, "h" if liver_h else "n", floor=10), 0, "U/L",
                None, sx(41.0, 33.0)),
             _R("2324-2", "Gama GT", _draw(rng, sx(10, 7), sx(71, 42), 0, "h" if liver_h else "n"), 0, "U/L",
                *sx((10.0, 71.0), (7.0, 42.0)))]
    if variant == 3:
        chem += [_R("2498-4", "Ferro sérico", _draw(rng, 50, 170, 0, "l"), 0, "µg/dL", 50.0, 170.0),
                 _R("2276-4", "Ferritina", float(rng.randint(3, 9)), 0, "ng/mL", 15.0, 150.0),
                 _R("2132-9", "Vitamina B12", _draw(rng, 197, 771, 0), 0, "pg/mL", 197.0, 771.0),
                 _R("2284-8", "Ácido fólico", _draw(rng, 3.9, 26.8, 1), 1, "ng/mL", 3.9, 26.8),
                 _R("3016-3", "TSH", round(rng.uniform(4.9, 7.4), 2), 2, "µUI/mL", 0.35, 4.94)]
    elif variant == 1:
        chem.append(_R("3016-3", "TSH", _draw(rng, 0.35, 4.94, 2), 2, "µUI/mL", 0.35, 4.94))
    urine: list[_R] = []
    if variant == 1:
        acr = float(rng.randint(38, 160))
        urine = [_R("14957-5", "Microalbumina (urina ocasional)", round(acr * rng.uniform(0.7, 1.3), 1), 1, "mg/L",
                    None, 20.0),
                 _R("14959-1", "Relação albumina/creatinina", acr, 0, "mg/g", None, 30.0)]
    # ------------------------------------------------------------------------------------------ layout
    wine: Color = (0.45, 0.1, 0.18)

    def page(annot: bool) -> tuple[bytes, list[tuple[float, float, float]]]:
        doc = fitz.open()
        pg = _Pg(doc)
        rl = random.Random(_seed(name) + "/layout")
        pg.t(48, 50, "BRACARA", "serifb", 18, wine)
        pg.t(48, 62, "Centro de Análises Clínicas, Lda.", "serifi", 8.5, wine)
        pg.t(300, 44, "Av. da Liberdade, 612 — 4710-249 Braga", "sans", 7, GREY)
        pg.t(300, 54, f"Tel. 253 61{rl.randint(1000, 9999)}  ·  geral@bracara-analises.pt", "sans", 7, GREY)
        pg.t(300, 64, "Dir. Técnica: Dra. Fernanda Cunha Barbosa (Esp. Análises Clínicas)", "sans", 7, GREY)
        pg.ln(48, 72, 548, 72, 0.8, wine)
        dob = _dob(rl, coll, age)
        pg.t(48, 88, "Nome:", "sans", 7.5, GREY)
        pg.t(80, 88, patient, "sansb", 8.5)
        pg.t(360, 88, "Proc. n.º", "sans", 7.5, GREY)
        pg.t(400, 88, f"{rl.randint(200000, 899999)}", "sans", 8)
        pg.t(48, 100, "Data nasc.:", "sans", 7.5, GREY)
        pg.t(96, 100, f"{dob:%d/%m/%Y}", "sans", 8)
        pg.t(170, 100, "Sexo:", "sans", 7.5, GREY)
        pg.t(196, 100, "F" if female else "M", "sans", 8)
        pg.t(360, 100, "Colheita:", "sans", 7.5, GREY)
        pg.t(400, 100, f"{coll:%d/%m/%Y}", "sans", 8)
        pg.t(48, 112, "Médico:", "sans", 7.5, GREY)
        pg.t(84, 112, "Dr. Joaquim Sá — USF Sé, Braga", "sans", 8)
        pg.t(360, 112, "Entidade:", "sans", 7.5, GREY)
        pg.t(400, 112, "SNS", "sans", 8)
        pg.ln(48, 120, 548, 120, 0.4, GREY)
        y = 136.0
        cx = (54, 230, 300, 382)
        hl: list[tuple[float, float, float]] = []
        spots: list[tuple[_R, float, float]] = []

        def head(title: str) -> None:
            nonlocal y
            pg.t(48, y, title, "serifb", 9, wine)
            y += 4
            pg.ln(48, y, 548, y, 0.3, wine)
            y += 11

        def line(r: _R) -> None:
            nonlocal y
            txt = r.s(True)
            pg.t(cx[0], y, r.name, "sans", 7.8)
            pg.tr(cx[1] + 30, y, txt, "sans", 8)
            pg.t(cx[2], y, r.unit or "", "sans", 7.6)
            pg.t(cx[3], y, _iv(r.lo, r.hi, r.dec, True, " - ", "< ", "> "), "sans", 7.6)
            if not annot:
                sink.add(r, txt)
            spots.append((r, cx[1] + 30 - _tw(txt, "sans", 8) / 2, y))
            y += 11.2

        head("HEMATOLOGIA")
        for r in hem:
            line(r)
        y += 2
        pg.t(cx[0], y, "Fórmula leucocitária", "sansb", 7.6)
        pg.t(196, y, "%", "sansb", 7.4)
        pg.tr(cx[1] + 30, y, "x10³/µL", "sansb", 7.4)
        y += 11
        for rp, ra in diff:
            pg.t(cx[0] + 8, y, rp.name, "sans", 7.8)
            pg.tr(206, y, rp.s(True), "sans", 8)
            pg.tr(cx[1] + 30, y, ra.s(True), "sans", 8)
            pg.t(cx[2], y, "x10³/µL", "sans", 7.6)
            pg.t(cx[3], y, _iv(ra.lo, ra.hi, 2, True), "sans", 7.6)
            if not annot:
                sink.add(rp, rp.s(True))
                sink.add(ra, ra.s(True))
            y += 11.2
        y += 6
        head("BIOQUÍMICA (soro)")
        for r in chem:
            line(r)
        if urine:
            y += 6
            head("URINA")
            for r in urine:
                line(r)
        pg.t(48, 790, "Os valores de referência são os indicados pelo fabricante e validados pelo laboratório.",
             "sansi", 6.5, GREY)
        pg.t(48, 800, f"Relatório validado em {coll + _dt.timedelta(days=1):%d/%m/%Y} por Dra. Fernanda Cunha "
                      "Barbosa.   Pág. 1/1", "sansi", 6.5, GREY)
        if annot:
            abn = [(r, x, yy) for r, x, yy in spots if r.flag != "N"]
            for r, x, yy in abn[:4]:
                hl.append((cx[0] - 4, cx[1] + 34, yy))
            for r, x, yy in abn[4:7]:
                _loop(pg, x, yy - 3, _tw(r.s(True), "sans", 8) / 2 + 7, 7.5, g)
            notes = {1: [("HbA1c ↑ — subir metformina 1000 mg 2id", "4548-4"), ("LDL → estatina?", "13457-7"),
                         ("repetir ACR em 3M", "14959-1")],
                     2: [("álcool? → eco abdominal", "2324-2"), ("ác. úrico ↑ dieta", "3084-1"),
                         ("TG ↑", "2571-8")],
                     3: [("anemia ferropénica", "718-7"), ("Ferro oral 1 cp/dia 3M", "2276-4"),
                         ("TSH ↑ → pedir T4L + anti-TPO", "3016-3")]}[variant]
            pos = {r.code: yy for r, _, yy in spots}
            for text, code in notes:
                if code in pos:
                    _hand(pg, 438, pos[code] + 1, text.split(" — ")[0], g, 8.5)
                    if " — " in text:
                        _hand(pg, 446, pos[code] + 11, text.split(" — ")[1], g, 8.5)
            val = next((r for r in chem if r.flag != "N"), hem[1])
            _hand(pg, 330, 752, f"{val.name.split(' ')[0]} {val.s(True)} — rever em consulta", g, 10.5, slant=-2)
            _hand(pg, 330, 770, f"Visto {coll + _dt.timedelta(days=rl.randint(6, 14)):%d/%m/%y}", g, 10.5)
            sx0 = 420.0
            pg.poly([(sx0 + i * 2.6, 772 + 5 * math.sin(i * 1.3) * (1 - i / 34)) for i in range(34)], c=_PEN, w=0.9)
            for r, x, yy in spots:
                if r.flag == "N" and rl.random() < 0.18:
                    pg.poly([(cx[1] + 36, yy - 3), (cx[1] + 39, yy), (cx[1] + 45, yy - 8)], c=_PEN, w=0.9)
        return _finish(doc, "Relatorio de analises", "Bracara LIS"), hl

    clean, _ = page(False)
    annotated, hl = page(True)
    img = _annotated_scan(annotated, hl, g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [clean],
                sink.printed)


# ========================== H5  Mozambique (Nampula): central-hospital LIS report archived as a 1-bit dithered scan

_BAYER8 = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26], [12, 44, 4, 36, 14, 46, 6, 38],
                    [60, 28, 52, 20, 62, 30, 54, 22], [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                    [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32)


def _archive_dither(pdf: bytes, stamp: str, g: np.random.Generator) -> np.ndarray:
    """Medical-records digitisation: grey 300 dpi capture, small skew, the archive's index line burned in at the top,
    then 1-bit output with ordered (Bayer 8x8) dithering, so grey shading turns into dot patterns; dust specks."""
    img = _raster(pdf, 300, color=False)
    h, w = img.shape
    img = img * (0.97 + 0.02 * _smooth(g, h, w, 3))
    img = _rotate(img, float(g.uniform(-0.6, 0.6)), 255.0)
    doc = fitz.open()
    pg = _Pg(doc, 595, 842)
    pg.t(30, 16, stamp, "mono", 7)
    band = _raster(_finish(doc, "stamp", "archive"), 300, color=False)[:90]
    img[:90] = np.minimum(img[:90], band)
    img = cv2.GaussianBlur(img, (0, 0), 0.55)
    img += g.normal(0, 5, img.shape).astype(np.float32)
    img = np.clip((img - 18) * 255 / (232 - 18), 0, 255)  # the capture's white and black points
    thr = (_BAYER8 + 0.5) / 64 * 255
    tiled = np.tile(thr, (h // 8 + 1, w // 8 + 1))[:h, :w]
    out = np.where(img > tiled, 255.0, 0.0).astype(np.float32)
    n = int(g.integers(60, 120))
    ys, xs = g.integers(0, h - 3, n), g.integers(0, w - 3, n)
    for yy, xx in zip(ys, xs):
        out[yy:yy + int(g.integers(1, 4)), xx:xx + int(g.integers(1, 4))] = 0
    return out


def _h5(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant == 1
    age = {1: rng.randint(29, 41), 2: rng.randint(38, 52), 3: rng.randint(58, 70)}[variant]
    patient = {1: "Amina Issufo Muhamad", 2: "Fernando Alberto Namashulua", 3: "Cassimo Momade Assane"}[variant]
    ward = {1: "Medicina Mulheres — Cama 12", 2: "Cirurgia Homens — Cama 4", 3: "Medicina Homens — Cama 21"}[variant]
    sink = _Sink()
    c = _cbc(rng, female, {1: "n", 2: "infect", 3: "ckd"}[variant])
    if variant == 1:
        c.hb = round(rng.uniform(10.1, 11.4), 1)
        c.hct = round(c.hb * 3.0 + rng.uniform(-0.6, 0.6), 1)
        c.mchc = round(c.hb / c.hct * 100, 1)
    sx = (lambda m, f: f if female else m)
    hem = [
        _R("6690-2", "Leucócitos (WBC)", c.wbc, 2, "x10³/µL", 4.0, 10.0),
        _R("789-8", "Eritrócitos (RBC)", c.rbc, 2, "x10⁶/µL", *sx((4.5, 5.9), (3.8, 5.2))),
        _R("718-7", "Hemoglobina (HGB)", c.hb, 1, "g/dL", *sx((13.0, 17.0), (11.5, 15.5))),
        _R("4544-3", "Hematócrito (HCT)", c.hct, 1, "%", *sx((40.0, 50.0), (35.0, 46.0))),
        _R("787-2", "VCM (MCV)", c.mcv, 1, "fL", 80.0, 100.0),
        _R("785-6", "HCM (MCH)", c.mch, 1, "pg", 27.0, 34.0),
        _R("786-4", "CHCM (MCHC)", c.mchc, 1, "g/dL", 31.0, 36.0),
        _R("788-0", "RDW-CV", c.rdw, 1, "%", 11.5, 14.5),
        _R("777-3", "Plaquetas (PLT)", c.plt, 0, "x10³/µL", 150.0, 400.0),
    ]
    pref = {"neut": (40.0, 75.0), "lym": (20.0, 45.0), "mono": (2.0, 10.0), "eos": (1.0, 6.0), "baso": (0.0, 1.0)}
    aref = {"neut": (2.0, 7.0), "lym": (1.0, 3.0), "mono": (0.2, 1.0), "eos": (0.02, 0.5), "baso": (0.0, 0.1)}
    ab = {"neut": "NEU", "lym": "LYM", "mono": "MON", "eos": "EOS", "baso": "BAS"}
    pn = {"neut": "Neutrófilos", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos", "baso": "Basófilos"}
    for k in _DIFF:
        hem.append(_R(_DIFF_CODES[k][0], f"{pn[k]} % ({ab[k]}%)", c.pct[k], 1, "%", *pref[k]))
    for k in _DIFF:
        hem.append(_R(_DIFF_CODES[k][1], f"{pn[k]} # ({ab[k]}#)", c.absolute(k), 2, "x10³/µL", *aref[k]))
    chem: list[_R] = []
    cr_ref = sx((0.7, 1.3), (0.5, 1.1))
    if variant == 3:
        cr, urea = round(rng.uniform(6.2, 9.1), 1), float(rng.randint(182, 264))
        na, k_ = float(rng.randint(130, 133)), round(rng.uniform(7.1, 7.4), 1)
    else:
        cr, urea = _draw(rng, *cr_ref, 1), _draw(rng, 15, 45, 0)
        na, k_ = _draw(rng, 135, 145, 0), _draw(rng, 3.5, 5.1, 1, "l" if variant == 2 else "n")
        if variant == 2:
            k_ = round(rng.uniform(3.0, 3.3), 1)
    glu_v = float(rng.randint(142, 196)) if variant == 2 else _draw(rng, 70, 110, 0)
    chem += [_R("2345-7", "Glicose", glu_v, 0, "mg/dL", 70.0, 110.0),
             _R("3091-6", "Ureia", urea, 0, "mg/dL", 15.0, 45.0),
             _R("2160-0", "Creatinina", cr, 1, "mg/dL", *cr_ref),
             _R("2951-2", "Sódio (Na+)", na, 0, "mmol/L", 135.0, 145.0),
             _R("2823-3", "Potássio (K+)", k_, 1, "mmol/L", 3.5, 5.1)]
    if variant == 3:
        chem += [_R("17861-6", "Cálcio total", round(rng.uniform(7.2, 8.2), 1), 1, "mg/dL", 8.5, 10.5),
                 _R("2777-1", "Fósforo", round(rng.uniform(6.0, 7.8), 1), 1, "mg/dL", 2.5, 4.5),
                 _R("3084-1", "Ácido úrico", round(rng.uniform(8.0, 10.5), 1), 1, "mg/dL", 3.5, 7.2)]
    else:
        liver_h = variant == 1 and rng.random() < 0.5
        chem += [_R("1742-6", "ALT (TGP)", _draw(rng, None, 40, 0, "h" if liver_h else "n", floor=9), 0, "U/L", None,
                    40.0),
                 _R("1920-8", "AST (TGO)", _draw(rng, None, 40, 0, "h" if liver_h else "n", floor=12), 0, "U/L", None,
                    40.0),
                 _R("6768-6", "Fosfatase alcalina", _draw(rng, 40, 129, 0), 0, "U/L", 40.0, 129.0),
                 _R("1975-2", "Bilirrubina total", _draw(rng, None, 1.2, 2, floor=0.3), 2, "mg/dL", None, 1.2),
                 _R("1968-7", "Bilirrubina directa", _draw(rng, None, 0.3, 2, floor=0.05), 2, "mg/dL", None, 0.3),
                 _R("2885-2", "Proteínas totais", _draw(rng, 6.4, 8.3, 1), 1, "g/dL", 6.4, 8.3),
                 _R("1751-7", "Albumina", _draw(rng, 3.5, 5.2, 1, "l" if variant == 2 else "n"), 1, "g/dL", 3.5,
                    5.2)]
    if variant == 2:
        chem += [_R("1798-8", "Amilase", float(rng.randint(420, 980)), 0, "U/L", 28.0, 100.0),
                 _R("3040-3", "Lipase", float(rng.randint(310, 1150)), 0, "U/L", 13.0, 60.0),
                 _R("1988-5", "Proteína C reactiva", round(rng.uniform(58, 190), 1), 1, "mg/L", None, 5.0)]
    imm: list[_R] = []
    if variant == 1:
        cd4 = float(rng.randint(310, 470))
        imm = [_R("24467-3", "Linfócitos T CD4 (absoluto)", cd4, 0, "cél/µL", 500.0, 1600.0),
               _R("8123-2", "Linfócitos T CD4 (%)", round(rng.uniform(16, 24), 1), 1, "%", 30.0, 60.0)]
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.tc(297, 44, "REPÚBLICA DE MOÇAMBIQUE", "serifb", 9)
    pg.tc(297, 55, "MINISTÉRIO DA SAÚDE", "serif", 8)
    pg.tc(297, 68, "HOSPITAL CENTRAL DE NAMPULA", "serifb", 12)
    pg.tc(297, 80, "Departamento de Laboratório Clínico — Relatório de Resultados", "serif", 8.5)
    pg.t(40, 98, "SIL / DISA-Lab v4", "mono", 6.5, GREY)
    pg.tr(555, 98, f"Req. n.º NPL{coll:%y}-{rng.randint(1000, 9999):06d}", "mono", 7.5)
    pg.rect(40, 104, 555, 160, c=BLACK, w=0.6)
    nid = f"0301{rng.randint(1000, 9999)}/{rng.randint(2014, 2023)}/{rng.randint(10000, 99999)}"
    tcol = f"{rng.randint(6, 9):02d}:{rng.randint(0, 59):02d}"
    hdr = [("Nome", patient), ("NID", nid if variant == 1 else f"HCN-{rng.randint(100000, 999999)}"),
           ("Idade / Sexo", f"{age} A / {'F' if female else 'M'}"), ("Proveniência", ward),
           ("Colheita", f"{coll:%Y-%m-%d} {tcol}"), ("Clínico", rng.choice(["Dr. Abdul Cassamo", "Dra. Lúcia Mussa",
                                                                           "Dr. Hélder Mucavele"])),
           ("Recepção", f"{coll:%Y-%m-%d} {rng.randint(10, 11)}:{rng.randint(10, 59)}"),
           ("Validação", f"{coll + _dt.timedelta(days=1):%Y-%m-%d}")]
    for i, (k, v) in enumerate(hdr):
        x = 46 if i % 2 == 0 else 300
        yy = 117 + (i // 2) * 12
        pg.t(x, yy, k + ":", "sansb", 7.4)
        pg.t(x + 66, yy, v, "sans", 7.6)
    y = 178.0
    cx = (44, 262, 300, 372, 470)

    def section(title: str, rows: list[_R]) -> None:
        nonlocal y
        pg.t(40, y, title, "sansb", 8.5)
        y += 3
        pg.ln(40, y, 555, y, 0.8)
        y += 10
        for x, hdr_ in zip(cx, ("Análise", "", "Unidades", "Valores de referência", "Obs.")):
            pg.t(x, y, hdr_, "sansb", 7)
        pg.tr(cx[1] + 24, y, "Resultado", "sansb", 7)
        y += 4
        pg.ln(40, y, 555, y, 0.4)
        y += 10
        for i, r in enumerate(rows):
            if i % 2 == 0:
                pg.rect(40, y - 8, 555, y + 2.6, c=None, fill=(0.84, 0.84, 0.84))
            txt = r.s(True)
            pg.t(cx[0], y, r.name, "sans", 7.5)
            pg.tr(cx[1] + 24, y, txt, "sansb" if r.flag != "N" else "sans", 7.8)
            pg.t(cx[2], y, r.unit or "", "sans", 7.4)
            pg.t(cx[3], y, _iv(r.lo, r.hi, r.dec, True, " - ", "< ", "> "), "sans", 7.4)
            pf = {"H": "AUMENTADO", "L": "DIMINUÍDO", "HH": "CRÍTICO", "LL": "CRÍTICO"}.get(r.flag)
            if pf:
                pg.t(cx[4], y, pf, "sansb", 7)
            sink.add(r, txt, pf)
            y += 10.6
        y += 10

    section("HEMATOLOGIA — Hemograma completo (Sysmex XN-550)", hem)
    section("BIOQUÍMICA CLÍNICA (soro)", chem)
    if imm:
        section("IMUNOLOGIA — Subpopulações linfocitárias (BD FACSPresto)", imm)
        vl_d = coll - _dt.timedelta(days=rng.randint(40, 90))
        pg.t(44, y - 4, f"Carga viral VIH-1 (plasma, amostra de {vl_d:%Y-%m-%d})"
                        f": {rng.randint(1, 9)} {rng.randint(100, 999)} cópias/mL — ver relatório do Laboratório "
                        "de Biologia Molecular.", "sansi", 7)
        y += 10
    if variant == 3:
        y = pg.para(44, y, 505, f"Nota: valor CRÍTICO de potássio ({_num(k_, 1, True)} mmol/L) comunicado por telefone "
                                f"ao Enf.º de serviço às {rng.randint(8, 11)}h{rng.randint(10, 59)} (ext. "
                                f"{rng.randint(2100, 2299)}); amostra sem hemólise. Repetido e confirmado.", "sansb",
                    7.4)
    pg.t(40, 800, "Técnico: A. Ussene   ·   Validado por: Dr. Ernesto Maúngue (Patologista Clínico)", "sans", 7)
    pg.t(40, 812, "Documento emitido pelo SIL. Os valores de referência aplicam-se a adultos.   Página 1 de 1",
         "sans", 6.5, GREY)
    pdf = _finish(doc, "Relatorio de resultados", "DISA-Lab")
    proc = f"{coll:%y}/{rng.randint(1000, 9999):05d}"
    scan_d = coll + _dt.timedelta(days=rng.randint(30, 90))
    stamp = (f"HCN ARQUIVO CLINICO  PROC.{proc}  DIGITALIZADO {scan_d:%Y-%m-%d} {rng.randint(8, 15):02d}:"
             f"{rng.randint(0, 59):02d}  OP.{rng.randint(1, 12):02d}  IMG {rng.randint(1, 40):04d}")
    img = _archive_dither(pdf, stamp, g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =========================================== H6  Brazil (Salvador): serous-fluid analysis with the paired serum values


def _h6(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(24, 39), 2: rng.randint(49, 63), 3: rng.randint(61, 77)}[variant]
    patient = {1: "JOSENILDO SANTANA DE JESUS", 2: "MARIA DAS GRAÇAS BONFIM CONCEIÇÃO",
               3: "ARNALDO PASSOS DE OLIVEIRA"}[variant]
    fluid = {1: "LÍQUIDO PLEURAL", 2: "LÍQUIDO ASCÍTICO", 3: "LÍQUIDO PLEURAL"}[variant]
    short = "pleural" if variant != 2 else "ascítico"
    sink = _Sink()
    navy: Color = (0.1, 0.2, 0.42)
    c = _cbc(rng, female, {1: "n", 2: "lowplt", 3: "infect"}[variant])
    # serum / fluid pairs: (code, name, serum value, dec, unit, ref lo, ref hi, fluid value)
    tp_s = _draw(rng, 6.4, 8.3, 1) if variant != 2 else round(rng.uniform(5.6, 6.2), 1)
    alb_s = _draw(rng, 3.5, 5.2, 1) if variant != 2 else round(rng.uniform(2.3, 2.9), 1)
    ldh_s = {1: float(rng.randint(180, 240)), 2: float(rng.randint(170, 230)), 3: float(rng.randint(260, 330))}[variant]
    glu_s = _draw(rng, 70, 99, 0) if variant != 3 else float(rng.randint(104, 128))
    tp_f = {1: round(tp_s * rng.uniform(0.62, 0.74), 1), 2: round(rng.uniform(0.7, 1.4), 1),
            3: round(tp_s * rng.uniform(0.58, 0.7), 1)}[variant]
    alb_f = {1: round(alb_s * rng.uniform(0.7, 0.8), 1), 2: round(rng.uniform(0.4, 0.9), 1),
             3: round(alb_s * rng.uniform(0.6, 0.75), 1)}[variant]
    ldh_f = {1: float(rng.randint(420, 760)), 2: float(rng.randint(60, 110)),
             3: float(rng.randint(1400, 2600))}[variant]
    glu_f = {1: float(rng.randint(58, 78)), 2: float(rng.randint(88, 120)), 3: float(rng.randint(22, 38))}[variant]
    pairs: list[tuple[_R, float, int]] = [
        (_R("2885-2", "Proteínas totais", tp_s, 1, "g/dL", 6.4, 8.3), tp_f, 1),
        (_R("1751-7", "Albumina", alb_s, 1, "g/dL", 3.5, 5.2), alb_f, 1),
        (_R("2532-0", "Desidrogenase láctica (DHL)", ldh_s, 0, "U/L", 135.0, 225.0), ldh_f, 0),
        (_R("2345-7", "Glicose", glu_s, 0, "mg/dL", 70.0, 99.0), glu_f, 0)]
    if variant == 2:
        am_s = _draw(rng, 28, 100, 0)
        pairs.append((_R("1798-8", "Amilase", am_s, 0, "U/L", 28.0, 100.0), float(rng.randint(18, 45)), 0))
    else:
        ch_s = _draw(rng, None, 190, 0, floor=140)
        pairs.append((_R("2093-3", "Colesterol total", ch_s, 0, "mg/dL", None, 190.0),
                      float(rng.randint(55, 92)), 0))
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(36, 28, 559, 74, c=None, fill=navy)
    pg.t(48, 48, "HOSPITAL GERAL DA SOLEDADE", "sansb", 12, WHITE)
    pg.t(48, 62, "Serviço de Patologia Clínica — Setor de Líquidos Biológicos e Bioquímica", "sans", 8, WHITE)
    pg.tr(548, 48, "Rua do Sodré, 312 — Dois de Julho", "sans", 7, WHITE)
    pg.tr(548, 60, f"Salvador/BA — CEP 40050-410 — (71) 2203-{rng.randint(8000, 8999)}", "sans", 7, WHITE)
    dob = _dob(rng, coll, age)
    att = f"{rng.randint(1000000, 9999999)}"
    info = [("Paciente", patient), ("Atendimento", att), ("Nascimento", f"{dob:%d/%m/%Y} — {age} anos"),
            ("Sexo", "Feminino" if female else "Masculino"),
            ("Setor", {1: "Clínica Médica — 3º andar, leito 312", 2: "Gastro-hepatologia — leito 507",
                       3: "UTI Geral — leito 09"}[variant]),
            ("Coleta", (f"{coll:%d/%m/%Y} — sangue {rng.randint(6, 8):02d}:{rng.randint(0, 59):02d}; "
                       f"{short} {rng.randint(9, 11):02d}:{rng.randint(0, 59):02d}")),
            ("Solicitante", rng.choice(["Dr. Caio Matos Brandão — CRM-BA 18.204", ("Dra. Iara Pinho Lessa — CRM-BA "
                                        "22.517")])),
            ("Procedimento", {1: "Toracocentese diagnóstica (hemitórax direito)", 2: "Paracentese diagnóstica e "
                              "de alívio (4,5 L)", 3: "Toracocentese guiada por ultrassom (hemitórax esquerdo)"}[
                variant])]
    y = 90.0
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 310
        pg.t(x, y + (i // 2) * 12, k + ":", "sansb", 7.4)
        pg.t(x + 62, y + (i // 2) * 12, v, "sans", 7.4)
    y += 52
    pg.ln(36, y, 559, y, 0.6, navy)
    y += 16
    pg.t(40, y, f"ANÁLISE BIOQUÍMICA COMPARATIVA — {fluid} × SORO", "sansb", 9, navy)
    y += 14
    cx = (40, 200, 272, 334, 390, 446)
    for x, h in zip(cx, ("Parâmetro", f"Líq. {short}", "Soro", "Unidade", "Relação L/S", "VR (soro)")):
        pg.t(x, y, h, "sansb", 7.4, GREY)
    y += 4
    pg.ln(36, y, 559, y, 0.4, GREY)
    y += 12
    for r, fv, fdec in pairs:
        pg.t(cx[0], y, r.name, "sans", 7.8)
        pg.t(cx[1], y, _num(fv, fdec, True, "."), "sans", 8)
        txt = r.s(True, ".")
        pg.t(cx[2], y, txt, "sansb" if r.flag != "N" else "sans", 8)
        pg.t(cx[3], y, r.unit or "", "sans", 7.6)
        pg.t(cx[4], y, _num(fv / (r.value or 1), 2, True), "sans", 7.6, GREY)
        pg.t(cx[5], y, _iv(r.lo, r.hi, r.dec, True, " a ", "inferior a ", "superior a "), "sans", 7.6)
        sink.add(r, txt)
        y += 13
    y += 4
    if variant == 2:
        gasa = alb_s - alb_f
        txt = (f"Gradiente de albumina soro-ascite (GASA): {_num(gasa, 1, True)} g/dL  (≥ 1,1 g/dL: ascite por "
               "hipertensão portal; < 1,1 g/dL: outras causas).")
    else:
        txt = (f"Critérios de Light — proteína L/S {_num(tp_f / tp_s, 2, True)} (> 0,5); DHL L/S "
               f"{_num(ldh_f / ldh_s, 2, True)} (> 0,6); DHL do líquido {_num(ldh_f, 0)} U/L (> 2/3 do limite "
               "superior sérico, 150 U/L).  Conclusão: EXSUDATO.")
    y = pg.para(40, y, 515, txt, "sansi", 7.3) + 10
    pg.t(40, y, f"CITOLOGIA E OUTROS — {fluid}", "sansb", 9, navy)
    y += 14
    cells = {1: (rng.randint(1800, 3400), rng.randint(80, 92)), 2: (rng.randint(150, 420), rng.randint(10, 40)),
             3: (rng.randint(9000, 24000), rng.randint(8, 18))}[variant]
    lines = [(f"Aspecto: {rng.choice(['límpido', 'levemente turvo']) if variant != 3 else 'turvo, purulento'}    Cor: "
             f"{'citrino' if variant != 3 else 'amarelo-esverdeado'}    pH (gasometria): "
             f"{_num(rng.uniform(7.12, 7.18) if variant == 3 else rng.uniform(7.34, 7.45), 2, True)}"),
             (f"Celularidade total: {_num(cells[0], 0, True, '.')} células/mm³    Hemácias: "
             f"{_num(rng.randint(200, 4000), 0, True, '.')} /mm³"),
             (f"Diferencial (citocentrifugado): linfócitos {cells[1]} %   polimorfonucleares {100 - cells[1] - 4} %   "
             "macrófagos/mesoteliais 4 %")]
    if variant == 1:
        lines.append(f"Adenosina deaminase (ADA): {_num(rng.uniform(52, 88), 1, True)} U/L  (sugestivo de "
                     "tuberculose se > 40 U/L)    Pesquisa de BAAR: negativa")
    elif variant == 2:
        lines.append(f"Polimorfonucleares absolutos: {round(cells[0] * (100 - cells[1] - 4) / 100)} /mm³  (PBE se "
                     "≥ 250 /mm³)    Cultura: em andamento")
    else:
        lines.append("Bacterioscopia (Gram): cocos Gram-positivos em cadeias    Cultura: em andamento")
    for ln_ in lines:
        pg.t(40, y, ln_, "sans", 7.6)
        y += 11.5
    pg.t(40, y + 1, "Os valores do líquido não possuem intervalo de referência; interpretar com os valores séricos.",
         "sansi", 6.8, GREY)
    y += 22
    pg.ln(36, y - 12, 559, y - 12, 0.6, navy)
    pg.t(40, y, "HEMOGRAMA COMPLETO (sangue total, EDTA)", "sansb", 9, navy)
    y += 14
    sx = (lambda m, f: f if female else m)
    ery = [_R("789-8", "Hemácias", c.rbc, 2, "milhões/mm³", *sx((4.5, 6.1), (4.0, 5.4))),
           _R("718-7", "Hemoglobina", c.hb, 1, "g/dL", *sx((13.5, 17.5), (12.0, 16.0))),
           _R("4544-3", "Hematócrito", c.hct, 1, "%", *sx((40.0, 54.0), (36.0, 48.0))),
           _R("787-2", "VCM", c.mcv, 1, "fL", 80.0, 100.0), _R("785-6", "HCM", c.mch, 1, "pg", 26.0, 34.0),
           _R("786-4", "CHCM", c.mchc, 1, "g/dL", 31.0, 37.0), _R("788-0", "RDW", c.rdw, 1, "%", 11.5, 14.5)]
    for r in ery:
        txt = r.s(True)
        pg.t(48, y, r.name, "sans", 7.8)
        pg.tr(220, y, txt, "sansb" if r.flag != "N" else "sans", 8)
        pg.t(228, y, r.unit or "", "sans", 7.6)
        pg.t(320, y, _iv(r.lo, r.hi, r.dec, True, " a "), "sans", 7.6)
        sink.add(r, txt)
        y += 11.5
    y += 5
    wbc = float(round(c.wbc * 1000, -1))
    rw = _R("6690-2", "Leucócitos", wbc, 0, "/mm³", 4000.0, 11000.0)
    pg.t(48, y, "Leucócitos", "sans", 7.8)
    pg.tr(220, y, rw.s(True, "."), "sansb" if rw.flag != "N" else "sans", 8)
    pg.t(228, y, "/mm³", "sans", 7.6)
    pg.t(320, y, "4.000 a 11.000", "sans", 7.6)
    sink.add(rw, rw.s(True, "."))
    y += 13
    for x, h in ((48, "Diferencial"), (196, "%"), (236, "/mm³"), (320, "VR (/mm³)")):
        pg.t(x, y, h, "sansb", 7.2, GREY)
    y += 11
    nm = {"neut": "Segmentados", "lym": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos", "baso": "Basófilos"}
    ar = {"neut": (1800.0, 7700.0), "lym": (1000.0, 4800.0), "mono": (100.0, 1000.0), "eos": (0.0, 500.0),
          "baso": (0.0, 200.0)}
    for k in _DIFF:
        rp = _R(_DIFF_CODES[k][0], nm[k], c.pct[k], 1, "%")
        ra = _R(_DIFF_CODES[k][1], nm[k], float(round(wbc * c.pct[k] / 100)), 0, "/mm³", *ar[k])
        pg.t(56, y, nm[k], "sans", 7.8)
        pg.tr(206, y, rp.s(True), "sans", 8)
        pg.tr(262, y, ra.s(True, "."), "sansb" if ra.flag != "N" else "sans", 8)
        pg.t(320, y, _iv(ra.lo, ra.hi, 0, True, " a ", group="."), "sans", 7.6)
        sink.add(rp, rp.s(True))
        sink.add(ra, ra.s(True, "."))
        y += 11.5
    y += 4
    rp_ = _R("777-3", "Plaquetas", c.plt * 1000, 0, "/mm³", 150000.0, 450000.0)
    pg.t(48, y, "Plaquetas", "sans", 7.8)
    pg.tr(220, y, rp_.s(True, "."), "sansb" if rp_.flag != "N" else "sans", 8)
    pg.t(228, y, "/mm³", "sans", 7.6)
    pg.t(320, y, "150.000 a 450.000", "sans", 7.6)
    sink.add(rp_, rp_.s(True, "."))
    y += 20
    extra: list[_R] = []
    if variant == 2:
        extra = [_R("1975-2", "Bilirrubina total", round(rng.uniform(1.8, 3.6), 1), 1, "mg/dL", 0.2, 1.2),
                 _R("1920-8", "TGO (AST)", float(rng.randint(48, 96)), 0, "U/L", None, 32.0),
                 _R("1742-6", "TGP (ALT)", float(rng.randint(28, 52)), 0, "U/L", None, 33.0),
                 _R("6301-6", "RNI", round(rng.uniform(1.4, 1.8), 2), 2, None, 0.9, 1.2)]
    else:
        extra = [_R("1988-5", "Proteína C reativa", round(rng.uniform(28, 64) if variant == 1 else
                                                         rng.uniform(160, 290), 1), 1, "mg/L", None, 5.0)]
    if extra:
        pg.t(40, y, "OUTROS EXAMES (soro / plasma)", "sansb", 9, navy)
        y += 14
        for r in extra:
            txt = r.s(True)
            pg.t(48, y, r.name, "sans", 7.8)
            pg.tr(220, y, txt, "sansb" if r.flag != "N" else "sans", 8)
            pg.t(228, y, r.unit or "", "sans", 7.6)
            pg.t(320, y, _iv(r.lo, r.hi, r.dec, True, " a ", "inferior a "), "sans", 7.6)
            sink.add(r, txt)
            y += 11.5
    pg.t(40, 796, "Resultados em negrito: fora do valor de referência.  Liberado por: Dra. Tânia Reis Sampaio — "
                  "CRF-BA 3.982", "sans", 6.8, GREY)
    pg.t(40, 808, f"Pedido {att}-{rng.randint(10, 99)}  ·  Emitido em {coll + _dt.timedelta(days=1):%d/%m/%Y}  ·  "
                  "Página 1/1", "sans", 6.8, GREY)
    pdf = _finish(doc, "Laudo de liquidos", "HSI LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ======================================== H7  Barbados (Bridgetown): life-insurance underwriting laboratory profile


def _h7(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(50, 58), 2: rng.randint(34, 44), 3: rng.randint(59, 66)}[variant]
    applicant = {1: "GREAVES, Desmond Anthony", 2: "BRATHWAITE, Shenelle Marcia", 3: "HINDS, Carlisle Everton"}[variant]
    sink = _Sink()
    sx = (lambda m, f: f if female else m)
    alb = _draw(rng, 3.5, 5.0, 1)
    tp = round(alb + rng.uniform(2.4, 3.2), 1)
    glob = round(tp - alb, 1)
    ag = round(alb / glob, 1)
    bun = _draw(rng, 7, 25, 0)
    cr_ref = sx((0.70, 1.30), (0.50, 1.10))
    cr = _draw(rng, *cr_ref, 2)
    eg = round(_egfr(cr, age, female))
    glu = {1: _draw(rng, 65, 99, 0, _pick(rng, 0.3, "h")), 2: _draw(rng, 65, 99, 0),
           3: float(rng.randint(168, 214))}[variant]
    a1c = {1: _draw(rng, 4.0, 5.6, 1, _pick(rng, 0.4, "h")), 2: _draw(rng, 4.0, 5.6, 1),
           3: round(rng.uniform(7.6, 8.9), 1)}[variant]
    fru = float(rng.randint(318, 392)) if variant == 3 else _draw(rng, 205, 285, 0)
    tc = {1: float(rng.randint(205, 246)), 2: _draw(rng, None, 200, 0, floor=150), 3: _draw(rng, None, 200, 0,
                                                                                          floor=160)}[variant]
    hdl_lo = sx(40.0, 50.0)
    hdl = {1: float(rng.randint(41, 55)), 2: float(rng.randint(56, 80)), 3: float(rng.randint(33, 39))}[variant]
    tg = {1: float(rng.randint(95, 148)), 2: float(rng.randint(60, 120)), 3: float(rng.randint(180, 260))}[variant]
    ldl = float(round(tc - hdl - tg / 5))
    blood: list[_R] = [
        _R("1751-7", "Albumin", alb, 1, "g/dL", 3.5, 5.0),
        _R("10834-0", "Globulin", glob, 1, "g/dL", 2.0, 3.5),
        _R("2885-2", "Total Protein", tp, 1, "g/dL", 6.0, 8.3),
        _R("1759-0", "A/G Ratio", ag, 1, None, 1.1, 2.5),
        _R("6768-6", "Alkaline Phosphatase", _draw(rng, 40, 129, 0), 0, "U/L", 40.0, 129.0),
        _R("1742-6", "ALT (SGPT)", _draw(rng, 7, 55, 0, _pick(rng, 0.3, "h") if variant != 2 else "n"), 0, "U/L", 7.0,
           55.0),
        _R("1920-8", "AST (SGOT)", _draw(rng, 5, 34, 0), 0, "U/L", 5.0, 34.0),
        _R("2324-2", "GGT", _draw(rng, *sx((12, 64), (9, 36)), 0, "h" if variant == 3 else "n"), 0, "U/L",
           *sx((12.0, 64.0), (9.0, 36.0))),
        _R("1975-2", "Bilirubin, Total", _draw(rng, 0.2, 1.2, 1), 1, "mg/dL", 0.2, 1.2),
        _R("3094-0", "BUN", bun, 0, "mg/dL", 7.0, 25.0),
        _R("2160-0", "Creatinine", cr, 2, "mg/dL", *cr_ref),
        _R("3097-3", "BUN/Creatinine Ratio", float(round(bun / cr)), 0, None, 6.0, 22.0),
        _R("98979-8", "eGFR (CKD-EPI 2021)", float(eg), 0, "mL/min/1.73m2", 59.0, None),
        _R("2345-7", "Glucose", glu, 0, "mg/dL", 65.0, 99.0),
        _R("4548-4", "Hemoglobin A1c", a1c, 1, "%", 4.0, 5.6),
        _R("15069-8", "Fructosamine", fru, 0, "umol/L", 205.0, 285.0),
        _R("2093-3", "Cholesterol, Total", tc, 0, "mg/dL", None, 200.0),
        _R("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", hdl_lo, None),
        _R("9830-1", "Cholesterol/HDL Ratio", round(tc / hdl, 1), 1, None, None, 5.0),
        _R("13457-7", "LDL Cholesterol (calc.)", ldl, 0, "mg/dL", None, 130.0),
        _R("2571-8", "Triglycerides", tg, 0, "mg/dL", None, 150.0),
    ]
    if not female:
        blood.append(_R("2857-1", "PSA, Total", _draw(rng, None, 4.0, 2, floor=0.3), 2, "ng/mL", None, 4.0))
    if age >= 50:
        blood.append(_R("33762-6", "NT-proBNP", float(rng.randint(22, 110)), 0, "pg/mL", None, 125.0))
    blood += [_q("56888-1", "HIV-1/2 Antibody", "Non-Reactive", "non-reactive"),
              _q("5196-1", "Hepatitis B Surface Antigen", "Negative", "negative"),
              _q("16128-1", "Hepatitis C Antibody", "Negative", "negative")]
    urine: list[_R] = [
        _R("5811-5", "Specific Gravity", _draw(rng, 1.003, 1.030, 3), 3, None, 1.003, 1.030),
        _R("2161-8", "Urine Creatinine", float(rng.randint(45, 260)), 0, "mg/dL", 20.0, 400.0),
        _R("2890-2", "Protein/Creatinine Ratio", round(rng.uniform(0.04, 0.16), 2) if variant != 3 else
           round(rng.uniform(0.26, 0.44), 2), 2, None, None, 0.20),
        _q("25428-4", "Glucose, Urine", "2+" if variant == 3 else "Negative", "positive" if variant == 3 else
           "negative"),
        _q("5794-3", "Blood, Urine", "Negative", "negative"),
    ]
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc, 612, 792)
    teal: Color = (0.0, 0.33, 0.45)
    pg.rect(40, 30, 572, 33, c=None, fill=teal)
    pg.t(40, 54, "CARIBBEAN RISK ASSESSMENT LABORATORY", "serifb", 11.5, teal)
    pg.t(40, 66, "Insurance Testing Services  ·  Collymore Rock, St. Michael, Barbados BB14004", "sans", 7.5, GREY)
    pg.tr(572, 54, "APPLICANT LABORATORY PROFILE", "sansb", 9.5)
    pg.tr(572, 66, f"Tel. (246) 429-{rng.randint(1000, 9999)}  ·  Lab ID CRAL-{rng.randint(100, 999)}", "sans", 7.5,
          GREY)
    pg.rect(40, 76, 572, 168, c=LIGHT, w=0.6)
    dob = _dob(rng, coll, age)
    tcol = f"{rng.randint(7, 9):02d}:{rng.randint(0, 59):02d}"
    left = [("Applicant", applicant), ("Date of birth", f"{dob.day:02d}-{_EN_MON[dob.month - 1]}-{dob.year}"),
            ("Sex", "F" if female else "M"), ("Collected", (f"{coll.day:02d}-{_EN_MON[coll.month - 1]}-{coll.year} "
                                                           f"{tcol}")),
            ("Fasting", f"Yes ({rng.randint(9, 13)} hours)"),
            ("Examiner", rng.choice(["N. Clarke, RN (ID 0412)", "P. Alleyne (ID 0377)", "K. Belgrave, RN (ID 0520)"]))]
    right = [("Insurer", "Coralstone Life Assurance Co. Ltd."),
             ("Application no.", f"CL-{coll.year}-{rng.randint(100000, 999999)}"),
             ("Amount applied for", f"BBD ${rng.choice([250, 350, 450, 600, 750])},000"),
             ("Agent code", f"{rng.randint(1000, 9999)}"),
             ("Blood kit / tube", f"{rng.randint(40, 49)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"),
             ("Urine tube", f"{rng.randint(40, 49)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")]
    for i, ((k1, v1), (k2, v2)) in enumerate(zip(left, right)):
        yy = 90 + i * 13
        pg.t(48, yy, k1, "sans", 7.5, GREY)
        pg.t(120, yy, v1, "sansb" if k1 == "Applicant" else "sans", 8)
        pg.t(320, yy, k2, "sans", 7.5, GREY)
        pg.t(410, yy, v2, "sans", 8)
    h_in = rng.randint(62, 74)
    pg.t(40, 184, "Examiner measurements (not laboratory results):", "sansb", 7.5)
    pg.t(40, 196, f"Height {h_in // 12} ft {h_in % 12} in   Weight {rng.randint(130, 240)} lb   Blood pressure "
                  f"{rng.randint(118, 148)}/{rng.randint(72, 94)} mmHg (2nd reading {rng.randint(118, 146)}/"
                  f"{rng.randint(70, 92)})   Pulse {rng.randint(58, 92)}/min", "sans", 7.5)
    y = 220.0
    cx = (48, 250, 300, 340, 450)

    def table(title: str, rows: list[_R]) -> None:
        nonlocal y
        pg.rect(40, y - 10, 572, y + 4, c=None, fill=(0.85, 0.92, 0.94))
        pg.t(44, y, title, "sansb", 8.5, teal)
        y += 16
        for x, h in zip(cx, ("Test", "Result", "Flag", "Reference range", "Units")):
            pg.t(x, y, h, "sansb", 7.4, GREY)
        y += 4
        pg.ln(40, y, 572, y, 0.4, GREY)
        y += 11
        for r in rows:
            txt = r.s()
            pf = {"H": "H", "L": "L", "HH": "H", "LL": "L"}.get(r.flag) if r.value is not None else None
            if r.qual == "positive":
                pf = "A"
            pg.t(cx[0], y, r.name, "sans", 8)
            pg.t(cx[1], y, txt, "sansb" if pf else "sans", 8)
            pg.t(cx[2], y, pf or "", "sansb", 8)
            if r.value is None:
                ref = "Non-Reactive" if r.qual in ("non-reactive", "reactive") else "Negative"
            elif r.code == "98979-8":
                ref = "> 59"
            else:
                ref = _iv(r.lo, r.hi, r.dec, False, " - ", "< ", "> ")
            pg.t(cx[3], y, ref, "sans", 8)
            pg.t(cx[4], y, r.unit or "", "sans", 8)
            sink.add(r, txt, pf)
            y += 11.6
        y += 10

    table("BLOOD PROFILE (serum)", blood)
    table("URINE PROFILE (random specimen)", urine)
    pg.t(cx[0], y - 6, "Cotinine", "sans", 8)
    pg.t(cx[1], y - 6, "POSITIVE" if variant == 3 else "Negative", "sans", 8)
    pg.t(cx[3], y - 6, "Negative (cut-off 500 ng/mL)", "sans", 8)
    pg.t(cx[0], y + 6, "Cocaine metabolite", "sans", 8)
    pg.t(cx[1], y + 6, "Negative", "sans", 8)
    pg.t(cx[3], y + 6, "Negative (cut-off 150 ng/mL)", "sans", 8)
    pg.t(cx[0], y + 18, "Medication screen", "sans", 8)
    pg.t(cx[1], y + 18, "None detected", "sans", 8)
    y += 40
    y = pg.para(40, y, 532, "Flag: H above, L below the reference range; A abnormal qualitative result.  Results are "
                            "reported to the insurer for risk assessment only and are not a diagnosis; the applicant "
                            "is advised to discuss abnormal results with a physician.  Reference ranges apply to "
                            "fasting adults.", "sansi", 7, c=GREY)
    pg.t(40, 760, f"Reported {coll + _dt.timedelta(days=2):%d/%m/%Y}  ·  Laboratory Director: Dr. Renée Ifill, MB BS, "
                  "FRCPath  ·  Page 1 of 1", "sans", 6.8, GREY)
    pdf = _finish(doc, "Applicant laboratory profile", "CRAL")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ================================================== H8  Oman (Muscat): premarital screening programme certificate


def _h8(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = rng.randint(21, 31)
    person = {1: "Maryam Salim Hamed Al-Harthy", 2: "Khalid Nasser Saif Al-Busaidi",
              3: "Shamsa Ali Mohammed Al-Balushi"}[variant]
    sink = _Sink()
    maroon: Color = (0.45, 0.08, 0.1)
    c = _cbc(rng, female, {1: "thal", 2: "n", 3: "ida"}[variant])
    if variant == 1:
        c.rbc = round(rng.uniform(5.3, 5.9), 2)
        c.mch = round(c.hb / c.rbc * 10, 1)
        c.hct = round(c.rbc * c.mcv / 10, 1)
        c.mchc = round(c.hb / c.hct * 100, 1)
    sx = (lambda m, f: f if female else m)
    cbc = [_R("718-7", "Haemoglobin", c.hb, 1, "g/dL", *sx((13.0, 17.0), (12.0, 15.0))),
           _R("789-8", "RBC count", c.rbc, 2, "x10¹²/L", *sx((4.5, 5.5), (3.8, 4.8))),
           _R("4544-3", "Haematocrit (PCV)", c.hct, 1, "%", *sx((40.0, 50.0), (36.0, 46.0))),
           _R("787-2", "MCV", c.mcv, 1, "fL", 80.0, 100.0),
           _R("785-6", "MCH", c.mch, 1, "pg", 27.0, 32.0),
           _R("786-4", "MCHC", c.mchc, 1, "g/dL", 31.5, 34.5),
           _R("788-0", "RDW", c.rdw, 1, "%", 11.6, 14.0),
           _R("6690-2", "WBC count", c.wbc, 1, "x10⁹/L", 4.0, 10.0),
           _R("777-3", "Platelet count", c.plt, 0, "x10⁹/L", 150.0, 410.0)]
    hba = round(100 - rng.uniform(2.3, 3.0) - 0.6, 1)
    if variant == 1:
        a2, f_ = round(rng.uniform(4.6, 5.6), 1), round(rng.uniform(0.4, 1.6), 1)
        hba = round(100 - a2 - f_, 1)
        hbs: _R = _q("4625-0", "Hb S", "Not detected", "not detected")
    elif variant == 2:
        a2, f_ = round(rng.uniform(2.8, 3.3), 1), round(rng.uniform(0.2, 0.8), 1)
        s_ = round(rng.uniform(33.0, 39.5), 1)
        hba = round(100 - a2 - f_ - s_, 1)
        hbs = _R("4625-0", "Hb S", s_, 1, "%")
    else:
        a2, f_ = round(rng.uniform(2.2, 2.6), 1), round(rng.uniform(0.2, 0.7), 1)
        hba = round(100 - a2 - f_, 1)
        hbs = _q("4625-0", "Hb S", "Not detected", "not detected")
    hbrows: list[tuple[str, str, str, str, _R | None]] = [
        ("Hb A", _num(hba, 1), "%", "95.0 - 98.0", None),
        ("Hb A2", _num(a2, 1), "%", "2.0 - 3.3", _R("4551-8", "Hb A2", a2, 1, "%", 2.0, 3.3)),
        ("Hb F", _num(f_, 1), "%", "< 1.0", _R("4576-5", "Hb F", f_, 1, "%", None, 1.0)),
        ("Hb S", hbs.s(), "%" if hbs.value is not None else "", "Not detected", hbs)]
    fer = {1: _draw(rng, 13, 150, 0) if female else _draw(rng, 30, 400, 0), 2: _draw(rng, 30, 400, 0),
           3: float(rng.randint(3, 9))}[variant]
    fer_r = _R("2276-4", "Serum ferritin", fer, 0, "ng/mL", *sx((30.0, 400.0), (13.0, 150.0)))
    abo = rng.choice(["O", "O", "A", "B", "AB"])
    rh = rng.random() < 0.92
    sero = [_q("56888-1", "HIV 1 & 2 (Ag/Ab combo)", "Non-reactive", "non-reactive"),
            _q("5196-1", "Hepatitis B surface antigen (HBsAg)", "Negative", "negative"),
            _q("16128-1", "Hepatitis C antibody (anti-HCV)", "Negative", "negative")]
    grp = [_q("883-9", "ABO group", abo, abo.lower()),
           _q("10331-7", "Rh (D) type", "Positive" if rh else "Negative", "positive" if rh else "negative")]
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(24, 24, 571, 818, c=maroon, w=2.2)
    pg.rect(29, 29, 566, 813, c=maroon, w=0.6)
    pg.circle(297, 62, 22, c=maroon, w=1.4)
    pg.circle(297, 62, 16, c=maroon, w=0.6)
    pg.tc(297, 66, "MOH", "serifb", 9, maroon)
    pg.t(44, 52, "Sultanate of Oman", "serifb", 10, maroon)
    pg.t(44, 64, "Ministry of Health", "serif", 9, maroon)
    pg.t(44, 76, "Directorate General of Health Services", "serif", 7.5, maroon)
    pg.t(44, 86, "Muscat Governorate", "serif", 7.5, maroon)
    hc = {1: "Al Amerat Health Centre", 2: "Bawshar Polyclinic", 3: "Al Seeb Health Centre"}[variant]
    pg.tr(551, 52, "Premarital Screening", "serifb", 10, maroon)
    pg.tr(551, 64, "and Counselling Programme", "serif", 9, maroon)
    pg.tr(551, 76, hc, "serif", 7.5, maroon)
    pg.tr(551, 86, f"Form PMS-2  ·  Serial {rng.randint(10000, 99999)}", "serif", 7.5, maroon)
    pg.tc(297, 112, "LABORATORY RESULT CERTIFICATE", "serifb", 13)
    dob = _dob(rng, coll, age)
    box = [("Name", person), ("Civil ID No.", f"{rng.randint(10000000, 19999999)}"),
           ("Date of birth", f"{dob:%d/%m/%Y}"), ("Sex", "Female" if female else "Male"),
           ("Nationality", "Omani"), ("GSM", f"+968 9{rng.randint(1000000, 9999999)}"),
           ("Sample No.", f"PMS{coll:%y}-{rng.randint(10000, 99999)}"), ("Date of sample", f"{coll:%d/%m/%Y}"),
           ("Planned marriage date", f"{coll + _dt.timedelta(days=rng.randint(60, 200)):%d/%m/%Y}"),
           ("Partner's certificate No.", f"PMS{coll:%y}-{rng.randint(10000, 99999)} (issued separately)")]
    y0 = 128.0
    pg.rect(44, y0, 551, y0 + 80, c=BLACK, w=0.6)
    for i, (k, v) in enumerate(box):
        x = 50 if i % 2 == 0 else 300
        yy = y0 + 14 + (i // 2) * 15
        pg.t(x, yy, k + ":", "sansb", 7.5)
        pg.t(x + _tw(k + ":", "sansb", 7.5) + 5, yy, v, "sans", 7.8)
    y = y0 + 100

    def sect(title: str, heads: tuple[str, ...], xs: tuple[float, ...]) -> None:
        nonlocal y
        pg.rect(44, y - 11, 551, y + 4, c=BLACK, fill=(0.93, 0.88, 0.88), w=0.6)
        pg.t(50, y, title, "sansb", 8.5, maroon)
        y += 16
        for x, h in zip(xs, heads):
            pg.t(x, y, h, "sansb", 7.3, GREY)
        y += 12

    xs = (56, 250, 305, 370, 470)
    sect("A.  COMPLETE BLOOD COUNT (EDTA)", ("Test", "Result", "Unit", "Normal range", "Remark"), xs)
    for r in cbc + [fer_r]:
        rem = {"H": "HIGH", "L": "LOW"}.get(r.flag)
        pg.t(xs[0], y, r.name, "sans", 8)
        pg.t(xs[1], y, r.s(), "sansb" if rem else "sans", 8)
        pg.t(xs[2], y, r.unit or "", "sans", 7.8)
        pg.t(xs[3], y, _iv(r.lo, r.hi, r.dec, False), "sans", 7.8)
        pg.t(xs[4], y, rem or "", "sansb", 7.5)
        sink.add(r, r.s(), rem)
        y += 12
    y += 10
    sect("B.  HAEMOGLOBIN ANALYSIS (HPLC, Bio-Rad VARIANT II β-thal short program)",
         ("Fraction", "Result", "Unit", "Normal range", "Remark"), xs)
    for label, txt, unit, ref, r in hbrows:
        rem = {"H": "HIGH", "L": "LOW"}.get(r.flag) if r is not None else None
        pg.t(xs[0], y, label, "sans", 8)
        pg.t(xs[1], y, txt, "sansb" if rem else "sans", 8)
        pg.t(xs[2], y, unit, "sans", 7.8)
        pg.t(xs[3], y, ref, "sans", 7.8)
        pg.t(xs[4], y, rem or "", "sansb", 7.5)
        if r is not None:
            sink.add(r, txt, rem)
        y += 12
    pg.t(xs[0], y, "Sickling (solubility) test", "sans", 8)
    pg.t(xs[1], y, "Positive" if variant == 2 else "Negative", "sans", 8)
    pg.t(xs[3], y, "Negative", "sans", 7.8)
    y += 12
    pg.t(xs[0], y, "G6PD (fluorescent spot)", "sans", 8)
    g6 = "Deficient" if rng.random() < 0.25 and not female else "Normal"
    pg.t(xs[1], y, g6, "sans", 8)
    pg.t(xs[3], y, "Normal", "sans", 7.8)
    y += 22
    sect("C.  INFECTIOUS DISEASE SCREENING (serum)", ("Test", "", "", "Result", "Normal"), (56, 0, 0, 300, 420))
    for r in sero:
        pg.t(56, y, r.name, "sans", 8)
        pg.t(300, y, r.s(), "sans", 8)
        pg.t(420, y, "Non-reactive" if r.qual == "non-reactive" else "Negative", "sans", 7.8)
        sink.add(r, r.s())
        y += 12
    y += 10
    sect("D.  BLOOD GROUP", ("Test", "", "", "Result", ""), (56, 0, 0, 300, 420))
    for r in grp:
        pg.t(56, y, r.name, "sans", 8)
        pg.t(300, y, r.s(), "sansb", 8)
        sink.add(r, r.s())
        y += 12
    y += 12
    pg.rect(44, y - 11, 551, y + 62, c=BLACK, w=0.6)
    pg.t(50, y, "E.  INTERPRETATION AND COUNSELLING", "sansb", 8.5, maroon)
    y += 14
    interp = {1: f"Microcytic hypochromic indices with Hb A2 {_num(a2, 1)} % and normal ferritin: consistent with "
                 "BETA-THALASSAEMIA TRAIT (carrier).  Partner's certificate reports Hb AS (sickle cell trait): "
                 "AT-RISK COUPLE — genetic counselling appointment given.",
              2: f"Hb S {_num(s_, 1) if variant == 2 else ''} % with normal indices: SICKLE CELL TRAIT (Hb AS "
                 "carrier).  "
                 "Partner's certificate reports a normal haemoglobin pattern: couple NOT at risk for sickle cell "
                 "disease.",
              3: f"Low Hb and MCV with ferritin {_num(fer, 0)} ng/mL: iron deficiency; Hb A2 interpretation limited "
                 "by iron deficiency — repeat Hb analysis after 3 months of iron therapy.  No Hb S detected."}[variant]
    y = pg.para(50, y, 495, interp, "sans", 7.6)
    pg.t(50, 770, "Laboratory specialist: ______________________", "sans", 7.5)
    pg.t(330, 770, "Counselling physician: ______________________", "sans", 7.5)
    pg.t(50, 800, f"Issued {coll + _dt.timedelta(days=rng.randint(3, 6)):%d/%m/%Y}.  This certificate is valid for six "
                  "months and does not prevent the marriage contract.", "sansi", 6.8, GREY)
    pdf = _finish(doc, "Premarital screening certificate", "PMS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ============================ H9  Fiji (Suva) -> New Zealand: reference-laboratory report on referred (send-out) tests


def _h9(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant == 2
    age = {1: rng.randint(24, 36), 2: rng.randint(44, 58), 3: rng.randint(61, 75)}[variant]
    patient = {1: "TUIVAGA, Sevanaia Ratu", 2: "NAIDU, Shalini Devi", 3: "KOROI, Josefa Vakaloloma"}[variant]
    sink = _Sink()
    dark: Color = (0.12, 0.25, 0.2)
    recv = coll + _dt.timedelta(days=rng.randint(2, 4))
    # rows: (department, _R or None, printed result for non-results, units, ref text, site, days to report)
    rows: list[tuple[str, _R | None, str, str, str, str, int]] = []

    def add(dept: str, r: _R, ref: str, site: str, days: int) -> None:
        rows.append((dept, r, "", r.unit or "", ref, site, days))

    def pend(dept: str, label: str, text: str, site: str) -> None:
        rows.append((dept, None, f"{label}\t{text}", "", "", site, 0))

    if variant == 1:
        d = "ENDOCRINOLOGY"
        add(d, _R("3016-3", "TSH", _draw(rng, 0.3, 4.0, 2), 2, "mIU/L", 0.3, 4.0), "0.30 - 4.00", "A", 1)
        add(d, _R("14920-3", "Free T4", _draw(rng, 10, 20, 1), 1, "pmol/L", 10.0, 20.0), "10.0 - 20.0", "A", 1)
        add(d, _R("14928-6", "Free T3", _draw(rng, 3.1, 6.8, 1), 1, "pmol/L", 3.1, 6.8), "3.1 - 6.8", "A", 1)
        add(d, _R("2842-3", "Prolactin", float(rng.randint(820, 1900)), 0, "mIU/L", 45.0, 375.0), "45 - 375", "A", 1)
        add(d, _R("10501-5", "LH", round(rng.uniform(0.4, 1.0), 1), 1, "IU/L", 1.7, 8.6), "1.7 - 8.6", "A", 1)
        add(d, _R("15067-2", "FSH", round(rng.uniform(0.6, 1.3), 1), 1, "IU/L", 1.5, 12.4), "1.5 - 12.4", "A", 1)
        add(d, _R("14913-8", "Testosterone", round(rng.uniform(3.2, 6.9), 1), 1, "nmol/L", 8.6, 29.0), "8.6 - 29.0",
            "A", 1)
        add(d, _R("13967-5", "SHBG", _draw(rng, 18, 54, 0), 0, "nmol/L", 18.0, 54.0), "18 - 54", "A", 1)
        add(d, _R("2484-4", "IGF-1", _draw(rng, 15, 40, 1), 1, "nmol/L", 15.0, 40.0), "15.0 - 40.0", "B", 3)
        add(d, _R("2963-7", "Growth hormone", round(rng.uniform(0.2, 1.8), 1), 1, "ug/L", None, 3.0), "< 3.0", "B", 3)
        pend(d, "ACTH", "Specimen unsuitable - not received frozen. Please repeat.", "B")
        pend(d, "Macroprolactin (PEG precipitation)", "Result to follow", "C")
    elif variant == 2:
        d = "TUMOUR MARKERS"
        add(d, _R("10334-1", "CA 125", float(rng.randint(180, 640)), 0, "kU/L", None, 35.0), "< 35", "A", 1)
        add(d, _R("24108-3", "CA 19-9", _draw(rng, None, 37, 0, floor=6), 0, "kU/L", None, 37.0), "< 37", "A", 1)
        add(d, _R("6875-9", "CA 15-3", _draw(rng, None, 30, 0, floor=8), 0, "kU/L", None, 30.0), "< 30", "A", 1)
        add(d, _R("2039-6", "CEA", _draw(rng, None, 5.0, 1, floor=0.6), 1, "ug/L", None, 5.0), "< 5.0", "A", 1)
        add(d, _R("1834-1", "Alpha-fetoprotein", _draw(rng, None, 7.0, 1, floor=1.0), 1, "ug/L", None, 7.0), "< 7.0",
            "A", 1)
        add(d, _R("1952-1", "Beta-2 microglobulin", _draw(rng, 0.8, 2.4, 1), 1, "mg/L", 0.8, 2.4), "0.8 - 2.4",
            "B", 3)
        add(d, _R("19080-1", "hCG (total)", 2.0, 0, "IU/L", None, 5.0, comp="<"), "< 5 (non-pregnant)", "A", 1)
        pend(d, "HE4", "Result to follow", "C")
        d = "CHEMISTRY"
        add(d, _R("2532-0", "LD", float(rng.randint(250, 340)), 0, "U/L", 120.0, 250.0), "120 - 250", "A", 1)
        add(d, _R("1751-7", "Albumin", round(rng.uniform(2.9, 3.3), 1), 1, "g/dL", 3.5, 5.0), "3.5 - 5.0", "A", 1)
        add(d, _R("1988-5", "CRP", round(rng.uniform(14, 48), 0), 0, "mg/L", None, 5.0), "< 5", "A", 1)
    else:
        d = "VITAMINS AND TRACE ELEMENTS"
        add(d, _R("62292-8", "25-OH Vitamin D", float(rng.randint(28, 46)), 0, "nmol/L", 50.0, 150.0), "50 - 150",
            "A", 2)
        add(d, _R("14685-2", "Vitamin B12", float(rng.randint(95, 135)), 0, "pmol/L", 138.0, 652.0), "138 - 652",
            "A", 1)
        add(d, _R("14732-2", "Folate (serum)", _draw(rng, 7.0, None, 1, ceil=38.0), 1, "nmol/L", 7.0, None),
            "> 7.0", "A", 1)
        add(d, _R("13965-9", "Homocysteine", round(rng.uniform(18, 32), 1), 1, "umol/L", 5.0, 15.0), "5.0 - 15.0", "B",
            4)
        add(d, _R("5631-7", "Copper", _draw(rng, 11, 22, 1), 1, "umol/L", 11.0, 22.0), "11.0 - 22.0", "B", 5)
        add(d, _R("5763-8", "Zinc", _draw(rng, 11, 18, 1, "l"), 1, "umol/L", 11.0, 18.0), "11.0 - 18.0", "B", 5)
        add(d, _R("2923-1", "Vitamin A (retinol)", _draw(rng, 1.0, 3.0, 2), 2, "umol/L", 1.0, 3.0), "1.00 - 3.00",
            "B", 5)
        add(d, _R("1823-4", "Vitamin E (alpha-tocopherol)", _draw(rng, 12, 46, 0), 0, "umol/L", 12.0, 46.0),
            "12 - 46", "B", 5)
        add(d, _R("2064-4", "Caeruloplasmin", _draw(rng, 0.2, 0.6, 2), 2, "g/L", 0.2, 0.6), "0.20 - 0.60", "A", 2)
        pend(d, "Vitamin B1 (whole blood)", "Result to follow", "C")
        d = "BONE"
        add(d, _R("14866-8", "PTH", round(rng.uniform(7.8, 12.5), 1), 1, "pmol/L", 1.6, 6.9), "1.6 - 6.9", "A", 1)
        add(d, _R("2000-8", "Calcium", _draw(rng, 2.10, 2.55, 2), 2,
                  "mmol/L", 2.10, 2.55), "2.10 - 2.55", "A", 1)
        add(d, _R("14879-1", "Phosphate", _draw(rng, 0.75, 1.50, 2), 2, "mmol/L", 0.75, 1.50), "0.75 - 1.50", "A", 1)
        pend(d, "Magnesium", "Specimen haemolysed - not reported", "A")
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(40, 50, "PASIFIKA REFERENCE LABORATORIES", "sansb", 13, dark)
    pg.t(40, 62, "Specialist Referral Testing for Pacific Island Health Services  ·  Grafton, Auckland 1023, New "
                 "Zealand", "sans", 7.2, GREY)
    pg.tr(555, 50, "REFERRED TESTS", "sansb", 11)
    pg.tr(555, 62, "FINAL REPORT", "sansb", 8, (0.6, 0.1, 0.1))
    pg.ln(40, 70, 555, 70, 1.2, dark)
    dob = _dob(rng, coll, age)
    mrn = f"{rng.randint(100000, 999999)}"
    info = [("Patient", patient), ("Referring laboratory", "CWM Hospital Pathology, Suva, Fiji"),
            ("DOB / Sex", f"{dob:%d/%m/%Y}  {'F' if female else 'M'}"),
            ("Referring accession", f"CWM{coll:%y}-{rng.randint(10000, 99999)}"),
            ("Hospital no.", mrn), ("Requesting clinician", rng.choice(["Dr M. Waqainabete", "Dr R. Prasad",
                                                                        "Dr A. Tikoduadua"])),
            ("Collected (Suva)", f"{coll:%d/%m/%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
            ("Our reference", f"PRL-{rng.randint(1000000, 9999999)}"),
            ("Received (Auckland)", f"{recv:%d/%m/%Y} {rng.randint(9, 14):02d}:{rng.randint(0, 59):02d}"),
            ("Courier waybill", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")]
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 300
        yy = 86 + (i // 2) * 12
        pg.t(x, yy, k, "sans", 7.2, GREY)
        pg.t(x + 96, yy, v, "sansb" if k == "Patient" else "sans", 7.8)
    yy = 86 + 5 * 12
    temp = round(rng.uniform(3.1, 7.4), 1)
    pg.t(40, yy, f"Condition on arrival: chilled box, data-logger {_num(temp, 1)} °C; frozen aliquots "
                 f"-{rng.randint(16, 22)} °C; transit {int((recv - coll).days * 24 + rng.randint(-6, 6))} h.",
         "sansi", 7.2)
    y = yy + 22.0
    cx = (44, 236, 282, 300, 352, 450, 490)
    for x, h in zip(cx, ("Test", "Result", "", "Units", "Reference interval", "Site", "Reported")):
        pg.t(x, y, h, "sansb", 7.4, GREY)
    pg.tr(cx[1] + 30, y, "", "sans", 7)
    y += 4
    pg.ln(40, y, 555, y, 0.5, GREY)
    y += 12
    dept = ""
    for dname, r, pending, unit, ref, site, days in rows:
        if dname != dept:
            dept = dname
            y += 2
            pg.t(40, y, dept, "sansb", 8, dark)
            y += 13
        if r is None:
            label, text = pending.split("\t")
            pg.t(cx[0], y, label, "sans", 8)
            pg.t(cx[1], y, text, "sansi", 7.6, (0.5, 0.1, 0.1))
            pg.t(cx[5], y, f"({site})", "sans", 7.6)
            y += 12.5
            continue
        txt = r.s()
        pf = {"H": "H", "L": "L"}.get(r.flag)
        pg.tr(cx[1] + 34, y, txt, "sansb" if pf else "sans", 8.2)
        pg.t(cx[2] + 4, y, pf or "", "sansb", 8)
        pg.t(cx[0], y, r.name, "sans", 8)
        pg.t(cx[3], y, unit, "sans", 7.8)
        pg.t(cx[4], y, ref, "sans", 7.8)
        pg.t(cx[5], y, f"({site})", "sans", 7.6)
        pg.t(cx[6], y, f"{recv + _dt.timedelta(days=days):%d/%m/%y}", "sans", 7.4, GREY)
        sink.add(r, txt, pf)
        y += 12.5
    y += 14
    comment = {1: "Comment: hyperprolactinaemia with low gonadotrophins and low testosterone; suggest pituitary MRI "
                  "and macroprolactin screen (in progress at site C).",
               2: "Comment: markedly raised CA 125 in a postmenopausal woman; RMI requires ultrasound score. HE4 "
                  "referred to site C.",
               3: "Comment: low vitamin D and B12 with raised homocysteine and secondary hyperparathyroidism; "
                  "replace and recheck in 3 months."}[variant]
    y = pg.para(40, y, 515, comment, "sansi", 7.4) + 8
    y = pg.para(40, y, 515, "Sites: (A) Pasifika Reference Laboratories, Auckland — IANZ accreditation 1041; (B) "
                            "Special Chemistry, Christchurch — IANZ 1102; (C) sub-referred to Victorian Clinical "
                            "Reference Services, Melbourne — NATA 2133.  Flags: H above, L below the reference "
                            "interval.  Reference intervals are for adults.", "sans", 6.8, c=GREY)
    pg.t(40, 812, f"Authorised by Dr Hemi Tautahi, FRCPA, Chemical Pathologist  ·  Printed "
                  f"{recv + _dt.timedelta(days=6):%d/%m/%Y}  ·  Page 1 of 1", "sans", 6.8, GREY)
    pdf = _finish(doc, "Referred tests report", "PRL LIS")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ================================ H10  Guyana (Georgetown): a report that got wet, dried cockled and was scanned


def _wet_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """Colour 200 dpi scan of a page that was soaked and dried: tide-line rings and tan staining, ink that ran inside
    the wet patch (blurred, bluish), cockled paper (warp and shading), yellowed paper, small skew, JPEG."""
    img = _raster(pdf, 200)
    h, w = img.shape[:2]
    ink = 1 - img.mean(axis=2) / 255.0
    field = _smooth(g, h, w, 3) + 0.22 * _smooth(g, h, w, 6)
    field = (field - field.mean()) / (field.std() + 1e-6)
    lvl = float(np.quantile(field, float(g.uniform(0.6, 0.72))))
    wet = np.clip((field - lvl) * 4, 0, 1)
    bled = cv2.GaussianBlur(ink, (0, 0), 1.3) * 0.95
    ink2 = ink * (1 - wet) + np.maximum(bled, ink * 0.72) * wet
    paper = np.float32([240, 234, 214]) * (1 + 0.015 * _smooth(g, h, w, 5))[..., None]
    tan = np.float32([0.95, 0.89, 0.77])
    paper = paper * (1 - wet[..., None] * (1 - tan))
    ring = np.exp(-((field - lvl) / 0.02) ** 2) + 0.5 * np.exp(-((field - lvl - 0.5) / 0.015) ** 2)
    paper = paper * (1 - ring[..., None] * np.float32([0.22, 0.3, 0.42]))
    ink_col = np.float32([20, 22, 30]) * (1 - wet[..., None]) + np.float32([38, 48, 92]) * wet[..., None]
    out = paper * (1 - ink2[..., None]) + ink_col * ink2[..., None]
    dx = _smooth(g, h, w, 6) * 2.5
    dy = _smooth(g, h, w, 6) * 2.5
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    out = cv2.remap(out, xs + dx, ys + dy, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = 1 + 0.05 * cv2.Sobel(_smooth(g, h, w, 9), cv2.CV_32F, 1, 1, ksize=5) / 0.02
    out = out * np.clip(shade, 0.85, 1.1)[..., None]
    out = _rotate(out, float(g.uniform(-1.1, 1.1)), (230.0, 230.0, 225.0))
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    out += g.normal(0, 2.5, out.shape).astype(np.float32)
    return _jpeg(out, int(g.integers(76, 86)))


def _h10(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant == 1
    age = {1: rng.randint(19, 33), 2: rng.randint(18, 26), 3: rng.randint(52, 68)}[variant]
    patient = {1: "Ramdass, Anita Kumari", 2: "Fraser, Jamal Tyrone", 3: "Persaud, Deonarine"}[variant]
    sink = _Sink()
    sx = (lambda m, f: f if female else m)
    sections: list[tuple[str, list[_R]]] = []
    notes: list[str] = []
    if variant in (1, 2):
        c = _cbc(rng, female, "lowplt" if variant == 1 else "dengue")
        if variant == 2:  # haemoconcentration (plasma leakage): the indices do not change
            f_ = rng.uniform(1.12, 1.17)
            c.hb, c.rbc = round(c.hb * f_, 1), round(c.rbc * f_, 2)
            c.hct = round(c.rbc * c.mcv / 10, 1)
        cbc = [_R("6690-2", "WBC", c.wbc, 1, "x10^3/uL", 4.5, 11.0),
               _R("789-8", "RBC", c.rbc, 2, "x10^6/uL", *sx((4.5, 5.9), (4.0, 5.2))),
               _R("718-7", "HGB", c.hb, 1, "g/dL", *sx((13.5, 17.5), (12.0, 15.5))),
               _R("4544-3", "HCT", c.hct, 1, "%", *sx((41.0, 53.0), (36.0, 46.0))),
               _R("787-2", "MCV", c.mcv, 1, "fL", 80.0, 100.0), _R("785-6", "MCH", c.mch, 1, "pg", 26.0, 34.0),
               _R("786-4", "MCHC", c.mchc, 1, "g/dL", 31.0, 37.0), _R("788-0", "RDW-CV", c.rdw, 1, "%", 11.5, 14.5),
               _R("777-3", "PLT", c.plt, 0, "x10^3/uL", 150.0, 450.0),
               _R("32623-1", "MPV", _draw(rng, 7.4, 10.4, 1), 1, "fL", 7.4, 10.4)]
        sections.append(("HAEMATOLOGY - COMPLETE BLOOD COUNT", cbc))
        pr = {"neut": (40.0, 74.0), "lym": (19.0, 48.0), "mono": (3.0, 9.0), "eos": (0.0, 7.0), "baso": (0.0, 1.5)}
        ar = {"neut": (1.8, 7.7), "lym": (1.0, 4.8), "mono": (0.2, 0.9), "eos": (0.0, 0.5), "baso": (0.0, 0.2)}
        ab = {"neut": "NEUT", "lym": "LYMPH", "mono": "MONO", "eos": "EOS", "baso": "BASO"}
        diff = [_R(_DIFF_CODES[k][0], f"{ab[k]} %", c.pct[k], 1, "%", *pr[k]) for k in _DIFF]
        diff += [_R(_DIFF_CODES[k][1], f"{ab[k]} #", c.absolute(k), 2, "x10^3/uL", *ar[k]) for k in _DIFF]
        sections.append(("DIFFERENTIAL (automated)", diff))
        chem = [_R("1742-6", "ALT (SGPT)", float(rng.randint(58, 140)) if variant == 2 else _draw(rng, 7, 45, 0), 0,
                   "U/L", 7.0, 45.0),
                _R("1920-8", "AST (SGOT)", float(rng.randint(80, 210)) if variant == 2 else _draw(rng, 8, 40, 0), 0,
                   "U/L", 8.0, 40.0),
                _R("1751-7", "Albumin", round(rng.uniform(3.0, 3.4), 1) if variant == 2 else _draw(rng, 3.5, 5.0, 1),
                   1, "g/dL", 3.5, 5.0),
                _R("2160-0", "Creatinine", _draw(rng, *sx((0.7, 1.3), (0.5, 1.1)), 2), 2, "mg/dL",
                   *sx((0.7, 1.3), (0.5, 1.1)))]
        sections.append(("CHEMISTRY", chem))
        notes = ["Dengue NS1 antigen (rapid): POSITIVE" if variant == 1 else "Dengue IgM / IgG (rapid): IgM POSITIVE, "
                 "IgG negative", "Malaria smear (thick and thin): No malaria parasites seen"]
        if variant == 2:
            notes.append(f"* Critical value: platelet count phoned to Dr. K. Singh (Medical Ward 3) at "
                         f"{rng.randint(9, 12)}:{rng.randint(10, 59)} and read back.")
    else:
        glu = float(rng.randint(176, 248))
        cr = round(rng.uniform(1.35, 1.8), 2)
        bun = float(rng.randint(24, 34))
        tc, hdl, tg = float(rng.randint(208, 250)), float(rng.randint(33, 39)), float(rng.randint(170, 260))
        chem = [_R("2345-7", "Glucose, Fasting", glu, 0, "mg/dL", 70.0, 100.0),
                _R("4548-4", "Hemoglobin A1c", round(rng.uniform(8.1, 9.9), 1), 1, "%", 4.0, 5.6),
                _R("3094-0", "BUN", bun, 0, "mg/dL", 7.0, 20.0),
                _R("2160-0", "Creatinine", cr, 2, "mg/dL", 0.7, 1.3),
                _R("98979-8", "eGFR (CKD-EPI 2021)", float(round(_egfr(cr, age, False))), 0, "mL/min/1.73m2", 60.0,
                   None),
                _R("2951-2", "Sodium", _draw(rng, 135, 145, 0), 0, "mEq/L", 135.0, 145.0),
                _R("2823-3", "Potassium", _draw(rng, 3.5, 5.1, 1, _pick(rng, 0.4, "h")), 1, "mEq/L", 3.5, 5.1),
                _R("2075-0", "Chloride", _draw(rng, 98, 107, 0), 0, "mEq/L", 98.0, 107.0),
                _R("2093-3", "Cholesterol, Total", tc, 0, "mg/dL", None, 200.0),
                _R("2571-8", "Triglycerides", tg, 0, "mg/dL", None, 150.0),
                _R("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", 40.0, None),
                _R("13457-7", "LDL Cholesterol (calc)", float(round(tc - hdl - tg / 5)), 0, "mg/dL", None, 100.0),
                _R("3084-1", "Uric Acid", round(rng.uniform(7.4, 8.8), 1), 1, "mg/dL", 3.5, 7.2)]
        sections.append(("CHEMISTRY", chem))
        ua = [_R("5811-5", "Specific Gravity", float(rng.choice([1.015, 1.020, 1.025])), 3, None, 1.005, 1.030),
              _R("5803-2", "pH", float(rng.choice([5.0, 5.5, 6.0])), 1, None, 5.0, 8.0),
              _q("20454-5", "Protein", "1+", "positive"), _q("25428-4", "Glucose", "2+", "positive"),
              _q("2514-8", "Ketones", "Negative", "negative"), _q("5794-3", "Blood", "Negative", "negative"),
              _q("5802-4", "Nitrite", "Negative", "negative"),
              _q("5799-2", "Leukocyte Esterase", "Negative", "negative")]
        if ua[1].value == 5.0:
            ua[1] = _R("5803-2", "pH", 6.5, 1, None, 5.0, 8.0)
        sections.append(("URINALYSIS (dipstick)", ua))
        notes = ["Urine colour: Yellow    Appearance: Clear"]
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc, 612, 792)
    red: Color = (0.62, 0.1, 0.1)
    pg.t(42, 50, "DEMERARA DIAGNOSTIC LABORATORY", "serifb", 14, red)
    pg.t(42, 62, "42 Camp Street, Georgetown, Guyana  ·  Tel. 592-227-" + f"{rng.randint(1000, 9999)}  ·  "
                 "WhatsApp 592-6" + f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", "sans", 7.5, GREY)
    pg.ln(42, 70, 570, 70, 1.2, red)
    dob = _dob(rng, coll, age)
    info = [("Patient:", patient), ("Lab No.:", f"DDL-{coll:%y}{rng.randint(10000, 99999)}"),
            ("DOB / Age:", f"{dob:%d/%m/%Y}  ({age} yrs)"), ("Sex:", "Female" if female else "Male"),
            ("Referred by:", rng.choice(["Dr. R. Singh", "Dr. P. Ramsaroop", "Georgetown Public Hospital — A&E"])),
            ("Collected:", f"{coll:%d/%m/%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}")]
    for i, (k, v) in enumerate(info):
        x = 42 if i % 2 == 0 else 330
        yy = 86 + (i // 2) * 13
        pg.t(x, yy, k, "sansb", 8)
        pg.t(x + 66, yy, v, "sans", 8.2)
    y = 140.0
    cx = (48, 230, 286, 330, 420)
    for title, rows in sections:
        pg.t(42, y, title, "sansb", 9, red)
        y += 4
        pg.ln(42, y, 570, y, 0.5)
        y += 11
        for x, h in zip(cx, ("TEST", "RESULT", "FLAG", "UNITS", "NORMAL RANGE")):
            pg.t(x, y, h, "sansb", 7.4)
        y += 12
        for r in rows:
            txt = r.s()
            pf = {"H": "HI", "L": "LO", "LL": "LO*", "HH": "HI*"}.get(r.flag)
            pg.t(cx[0], y, r.name, "sans", 8.4)
            pg.t(cx[1], y, txt, "sansb" if pf else "sans", 8.6)
            pg.t(cx[2], y, pf or "", "sansb", 8.4)
            pg.t(cx[3], y, r.unit or "", "sans", 8.2)
            if r.value is None:
                ref = "Negative"
            else:
                ref = _iv(r.lo, r.hi, r.dec, False, " - ", "< ", "> ")
            pg.t(cx[4], y, ref, "sans", 8.2)
            sink.add(r, txt, pf)
            y += 12.4
        y += 12
    for n_ in notes:
        y = pg.para(42, y, 525, n_, "sans", 8) + 3
    pg.t(42, 740, "Verified by: S. Narine, MT (ASCP)        Pathologist: Dr. V. Seepersaud", "sans", 7.5)
    pg.t(42, 752, "HI / LO: outside the normal range.  * critical value.  Results relate only to the specimen "
                  "received.", "sansi", 7, GREY)
    pdf = _finish(doc, "Laboratory report", "DDL")
    img = _wet_scan(pdf, g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ======================== H11  Bangladesh (Dhaka): diagnostic-centre report scanned through a slipping document feeder


def _adf_scan(pdf: bytes, g: np.random.Generator) -> np.ndarray:
    """Grey 200 dpi scan through an automatic document feeder whose rollers slipped: the page moved unevenly past
    the sensor (one band stretched, one compressed), drifted sideways as it fed (progressive shear), a line of dirt
    on the feeder glass draws a dark streak down the whole page, the grey lead edge of the feeder shows at the top."""
    img = _raster(pdf, 200, color=False)
    h, w = img.shape
    speed = np.ones(h, np.float32)
    for centre, amp, width in ((float(g.uniform(0.25, 0.45)), -0.16, 0.05), (float(g.uniform(0.6, 0.8)), 0.09, 0.06)):
        yy = np.arange(h, dtype=np.float32) / h
        speed += amp * np.exp(-((yy - centre) / width) ** 2)
    src_y = np.cumsum(speed)
    src_y = src_y / src_y[-1] * (h - 1)
    shear = float(g.uniform(0.004, 0.008)) * (1 if g.random() < 0.5 else -1)
    ys = np.repeat(src_y[:, None], w, axis=1).astype(np.float32)
    xs = (np.arange(w, dtype=np.float32)[None, :] + shear * (np.arange(h, dtype=np.float32)[:, None] - h / 2)
          + 3 * np.sin(np.arange(h, dtype=np.float32)[:, None] / h * 5)).astype(np.float32)
    img = cv2.remap(img, xs, ys, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255.0)
    img = img * (0.985 + 0.01 * _smooth(g, h, w, 4))
    x0 = int(g.integers(int(0.55 * w), int(0.95 * w)))
    img[:, x0:x0 + 2] *= 0.45
    x1 = int(g.integers(int(0.05 * w), int(0.5 * w)))
    img[:, x1:x1 + 1] *= 0.8
    img[:int(0.012 * h)] = 120 + 10 * g.random()
    img = cv2.GaussianBlur(img, (0, 0), 0.7)
    img += g.normal(0, 3.0, img.shape).astype(np.float32)
    return _jpeg(img, int(g.integers(74, 84)))


def _h11(name: str, variant: int) -> _Out:
    rng = _rng(name)
    g = _nprng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(36, 49), 2: rng.randint(44, 60), 3: rng.randint(24, 34)}[variant]
    patient = {1: "Mrs. Nasrin Akter", 2: "Md. Abdul Karim Bhuiyan", 3: "Ms. Farhana Rahman Mitu"}[variant]
    sink = _Sink()
    rows: list[tuple[str, object]] = []  # ("H", title) | ("R", (_R, printed, unit text, ref text)) | ("T", (l, v, ref))
    sx = (lambda m, f: f if female else m)

    def add(r: _R, printed: str | None = None, ref: str | None = None) -> None:
        rows.append(("R", (r, printed if printed is not None else r.s(), r.unit or "",
                           ref if ref is not None else _iv(r.lo, r.hi, r.dec, False, " - ", "< ", "> "))))

    c = _cbc(rng, female, {1: "n", 2: "n", 3: "ida"}[variant], whole_pct=True)
    rows.append(("H", "HAEMATOLOGY"))
    add(_R("718-7", "Haemoglobin", c.hb, 1, "gm/dl", *sx((13.0, 17.0), (11.5, 15.5))),
        ref="M: 13.0 - 17.0, F: 11.5 - 15.5")
    esr_hi = 20.0 if female else 10.0
    esr = float(rng.randint(24, 48)) if variant == 3 else _draw(rng, 0, esr_hi, 0, floor=3)
    add(_R("4537-7", "ESR (Westergren)", esr, 0, "mm in 1st hour", 0.0, esr_hi), ref="M: 0 - 10, F: 0 - 20")
    wbc = float(round(c.wbc * 1000, -2))
    add(_R("6690-2", "Total Count of WBC", wbc, 0, "/cmm", 4000.0, 11000.0), _lakh(wbc), "4,000 - 11,000")
    rows.append(("T", ("Differential Count of WBC:", "", "")))
    dn = {"neut": "Neutrophils", "lym": "Lymphocytes", "mono": "Monocytes", "eos": "Eosinophils", "baso": "Basophils"}
    dr = {"neut": (40.0, 75.0), "lym": (20.0, 45.0), "mono": (2.0, 10.0), "eos": (1.0, 6.0), "baso": (0.0, 1.0)}
    for k in _DIFF:
        v = c.pct[k]
        add(_R(_DIFF_CODES[k][0], dn[k], v, 0, "%", *dr[k]), f"{int(v):02d}", f"{int(dr[k][0]):02d} - "
                                                                               f"{int(dr[k][1]):02d}")
    plt = float(round(c.plt) * 1000)
    add(_R("777-3", "Platelet Count", plt, 0, "/cmm", 150000.0, 450000.0), _lakh(plt), "1,50,000 - 4,50,000")
    add(_R("789-8", "Total RBC Count", c.rbc, 2, "million/cmm", *sx((4.5, 5.5), (3.8, 4.8))),
        ref="M: 4.5 - 5.5, F: 3.8 - 4.8")
    add(_R("4544-3", "PCV / Haematocrit", c.hct, 1, "%", *sx((40.0, 50.0), (36.0, 46.0))),
        ref="M: 40 - 50, F: 36 - 46")
    add(_R("787-2", "MCV", c.mcv, 1, "fl", 83.0, 101.0))
    add(_R("785-6", "MCH", c.mch, 1, "pg", 27.0, 32.0))
    add(_R("786-4", "MCHC", c.mchc, 1, "g/dl", 31.5, 34.5))
    add(_R("788-0", "RDW-CV", c.rdw, 1, "%", 11.6, 14.0))
    rows.append(("H", "BIOCHEMISTRY"))
    if variant == 2:
        add(_R("14749-6", "Random Blood Sugar (RBS)", round(rng.uniform(30.2, 33.8), 1), 1, "mmol/L", None, 7.8),
            ref="< 7.8")
        add(_R("4548-4", "HbA1c", round(rng.uniform(10.8, 12.9), 1), 1, "%", 4.0, 6.0))
        na = float(rng.randint(131, 134))
        add(_R("2951-2", "S. Sodium (Na+)", na, 0, "mmol/L", 135.0, 145.0))
        add(_R("2823-3", "S. Potassium (K+)", _draw(rng, 3.5, 5.1, 1, "h"), 1, "mmol/L", 3.5, 5.1))
        add(_R("2075-0", "S. Chloride (Cl-)", _draw(rng, 98, 107, 0, "l"), 0, "mmol/L", 98.0, 107.0))
        add(_R("2028-9", "S. Total CO2 (TCO2)", float(rng.randint(13, 18)), 0, "mmol/L", 22.0, 29.0))
        cr = round(rng.uniform(1.4, 1.9), 2)
        add(_R("2160-0", "S. Creatinine", cr, 2, "mg/dl", 0.7, 1.3))
    else:
        fbs = _draw(rng, 3.9, 6.1, 1, "h" if variant == 1 else "n")
        add(_R("14749-6", "Blood Sugar (Fasting)", fbs, 1, "mmol/L", 3.9, 6.1))
        pp = round(rng.uniform(8.4, 11.6), 1) if variant == 1 else _draw(rng, None, 7.8, 1, floor=5.0)
        add(_R("1521-4", "Blood Sugar (2 Hrs. ABF)", pp, 1, "mmol/L", None, 7.8), ref="< 7.8")
        if variant == 1:
            add(_R("4548-4", "HbA1c", round(rng.uniform(6.6, 7.6), 1), 1, "%", 4.0, 6.0))
        add(_R("2160-0", "S. Creatinine", _draw(rng, *sx((0.7, 1.3), (0.5, 1.1)), 2), 2, "mg/dl",
               *sx((0.7, 1.3), (0.5, 1.1))), ref="M: 0.7 - 1.3, F: 0.5 - 1.1")
        add(_R("1742-6", "SGPT (ALT)", _draw(rng, None, 40, 0, _pick(rng, 0.3, "h"), floor=10), 0, "U/L", None, 40.0),
            ref="Up to 40")
        if variant == 1:
            tc, tg, hdl = float(rng.randint(190, 245)), float(rng.randint(150, 240)), float(rng.randint(36, 48))
            add(_R("2093-3", "Total Cholesterol", tc, 0, "mg/dl", None, 200.0))
            add(_R("2571-8", "Triglycerides (TG)", tg, 0, "mg/dl", None, 150.0))
            add(_R("2085-9", "HDL Cholesterol", hdl, 0, "mg/dl", 40.0, None))
            add(_R("13457-7", "LDL Cholesterol", float(round(tc - hdl - tg / 5)), 0, "mg/dl", None, 100.0))
        else:
            add(_R("2276-4", "S. Ferritin", float(rng.randint(3, 10)), 0, "ng/ml", 13.0, 150.0))
            add(_R("3016-3", "S. TSH", _draw(rng, 0.35, 5.5, 2), 2, "µIU/ml", 0.35, 5.5))
    rows.append(("H", "IMMUNOLOGY & SEROLOGY"))
    add(_q("5196-1", "HBsAg (ICT)", "Negative", "negative"), ref="Negative")
    if variant == 3:
        add(_q("2106-3", "Urine for Pregnancy Test", "Negative", "negative"), ref="")
        rows.append(("T", ("Widal Test", "TO 1:80, TH 1:40", "< 1:80")))
    else:
        add(_R("1988-5", "CRP", round(rng.uniform(1.2, 5.8), 1), 1, "mg/L", None, 6.0), ref="< 6.0")
    rows.append(("H", "URINE R/M/E"))
    rows.append(("T", ("Colour", rng.choice(["Straw", "Pale yellow"]), "")))
    rows.append(("T", ("Appearance", "Clear", "")))
    rows.append(("T", ("Reaction", "Acidic", "")))
    add(_q("20454-5", "Albumin", "Trace" if variant == 2 else "Nil", "trace" if variant == 2 else "negative"),
        ref="Nil")
    add(_q("25428-4", "Sugar", "(+++)" if variant == 2 else "Nil", "positive" if variant == 2 else "negative"),
        ref="Nil")
    if variant == 2:
        add(_q("2514-8", "Ketone bodies", "Present (++)", "positive"), ref="Absent")
    add(_q("5821-4", "Pus cells", "Nil", "absent"), ref="0 - 5 /HPF")
    add(_q("13945-1", "RBC", "Nil", "absent"), ref="Nil")
    add(_q("5787-7", "Epithelial cells", "Few", "present"), ref="")
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    green: Color = (0.0, 0.4, 0.25)
    pg.circle(62, 52, 18, c=green, fill=(0.88, 0.95, 0.9), w=1.4)
    pg.tc(62, 56, "SD", "serifb", 12, green)
    pg.t(90, 48, "SHAPLA DIAGNOSTIC CENTRE & HOSPITAL LTD.", "serifb", 12.5, green)
    pg.t(90, 60, "House 47, Road 8/A, Dhanmondi R/A, Dhaka-1209  ·  Hotline 0960-" + f"{rng.randint(100, 999)}"
                 f"-{rng.randint(100, 999)}", "sans", 7.2, GREY)
    pg.t(90, 70, "ISO 15189 accredited laboratory  ·  Open 24 hours  ·  Home sample collection", "sans", 7.2, GREY)
    pg.ln(36, 80, 559, 80, 1.2, green)
    pid = f"{coll:%y%m}{rng.randint(10000, 99999)}"
    info = [("Patient ID", pid), ("Bill No.", f"B-{rng.randint(100000, 999999)}"), ("Name", patient),
            ("Age / Sex", f"{age} Y / {'Female' if female else 'Male'}"),
            ("Ref. By", rng.choice(["Prof. Dr. Md. Rafiqul Islam, MBBS, FCPS (Medicine)", ("Dr. Sharmin Sultana, MBBS, "
                                    "MD (Endocrinology)"), "Self"])),
            ("Sample Collected", f"{coll:%d-%b-%Y} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d} AM"),
            ("Specimen", "Blood, Urine"), ("Report Date", f"{coll + _dt.timedelta(days=1):%d-%b-%Y}")]
    for i, (k, v) in enumerate(info):
        x = 40 if i % 2 == 0 else 330
        yy = 95 + (i // 2) * 12.5
        pg.t(x, yy, k, "sans", 7.4, GREY)
        pg.t(x + 74, yy, ": " + v, "sansb" if k == "Name" else "sans", 7.6)
    y = 158.0
    cx = (46, 236, 300, 390)
    pg.rect(36, y - 10, 559, y + 4, c=None, fill=(0.9, 0.9, 0.9))
    for x, h in zip(cx, ("Investigation", "Result", "Unit", "Reference Value")):
        pg.t(x, y, h, "sansb", 7.8)
    y += 18
    for kind, obj in rows:
        if kind == "H":
            y += 4
            pg.t(40, y, str(obj), "sansb", 8.4, green)
            pg.ln(40, y + 2, 40 + _tw(str(obj), "sansb", 8.4), y + 2, 0.6, green)
            y += 14
            continue
        if kind == "T":
            lab, val, ref = obj  # type: ignore[misc]
            pg.t(cx[0] if val else 40, y, lab, "sans" if val else "sansb", 7.8)
            pg.t(cx[1], y, val, "sans", 7.8)
            pg.t(cx[3], y, ref, "sans", 7.6)
            y += 11.5
            continue
        r, printed, unit, ref = obj  # type: ignore[misc]
        indent = 12 if r.code in [v[0] for v in _DIFF_CODES.values()] else 0
        pg.t(cx[0] + indent, y, r.name, "sans", 7.8)
        pg.t(cx[1], y, printed, "sansb" if r.flag != "N" else "sans", 7.8)
        pg.t(cx[2], y, unit, "sans", 7.6)
        pg.t(cx[3], y, ref, "sans", 7.6)
        sink.add(r, printed)
        y += 11.5
    y += 8
    if variant == 2:
        y = pg.para(40, y, 515, "Note: Random blood sugar is critically high; the result was informed to the "
                                "referring physician over phone. Please correlate clinically.", "sansbi", 7.4)
    pg.ln(60, 770, 200, 770, 0.5)
    pg.ln(390, 770, 540, 770, 0.5)
    pg.tc(130, 780, "Medical Technologist", "sans", 7)
    pg.tc(465, 780, "Dr. Nusrat Jahan, MBBS, M.Phil (Pathology)", "sans", 7)
    pg.tc(465, 790, "Consultant Pathologist, BMDC Reg. A-" + f"{rng.randint(20000, 79999)}", "sans", 6.5, GREY)
    pg.t(40, 812, "This report is not valid for medico-legal purpose.  Abnormal results are printed in bold.  "
                  "Page 1 of 1", "sansi", 6.5, GREY)
    pdf = _finish(doc, "Pathology report", "Shapla LIS")
    img = _adf_scan(pdf, g)
    return _Out(_png(img), "image/png", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# ======================================== H12  Northern Ireland (Belfast): regional immunology & allergy laboratory


def _ige_class(v: float) -> int:
    return sum(v >= b for b in (0.35, 0.7, 3.5, 17.5, 50.0, 100.0))


def _h12(name: str, variant: int) -> _Out:
    rng = _rng(name)
    coll = _date(rng)
    female = variant != 2
    age = {1: rng.randint(19, 34), 2: rng.randint(41, 62), 3: rng.randint(24, 45)}[variant]
    patient = {1: "McCAUGHEY, Orla Bernadette", 2: "DOHERTY, Ciaran Patrick", 3: "FERGUSON, Rachel Anne"}[variant]
    sink = _Sink()
    purple: Color = (0.3, 0.15, 0.45)
    rows: list[tuple[str, _R | None, str, str, str]] = []  # (section, result, printed, ref text, other)

    def add(sec: str, r: _R, ref: str) -> None:
        rows.append((sec, r, r.s(tight=True), ref, ""))

    def other(sec: str, label: str, res: str, ref: str) -> None:
        rows.append((sec, None, res, ref, label))

    sige: list[tuple[str, str, float]] = []
    if variant == 1:
        ige = float(rng.randint(420, 1250))
        add("Allergy", _R("19113-0", "Total IgE", ige, 0, "kU/L", None, 81.0), "< 81")
        other("Allergy", "Mast cell tryptase", _num(rng.uniform(2.4, 6.8), 1), "< 11.4 ug/L")
        add("Haematology", _R("711-2", "Eosinophils", round(rng.uniform(0.55, 0.95), 2), 2, "x10^9/L", 0.0, 0.4),
            "0.00 - 0.40")
        for label, code in (("D. pteronyssinus", "d1"), ("Cat dander", "e1"), ("Timothy grass", "g6"),
                            ("Birch pollen", "t3"), ("Peanut", "f13"), ("Ara h 2 (peanut)", "f423"),
                            ("Hazelnut", "f17"), ("Cow's milk", "f2")):
            v = rng.choice([rng.uniform(0.02, 0.3), rng.uniform(0.4, 3.0), rng.uniform(4, 60)])
            sige.append((label, code, round(v, 2)))
        add("Complement", _R("4498-2", "C4", _draw(rng, 0.14, 0.54, 2), 2, "g/L", 0.14, 0.54), "0.14 - 0.54")
        add("Complement", _R("4485-9", "C3", _draw(rng, 0.75, 1.65, 2), 2, "g/L", 0.75, 1.65), "0.75 - 1.65")
        other("Complement", "C1 esterase inhibitor (antigenic)", _num(rng.uniform(0.22, 0.36), 2), "0.21 - 0.39 g/L")
        add("Immunoglobulins", _R("2465-3", "IgG", _draw(rng, 6.0, 16.0, 1), 1, "g/L", 6.0, 16.0), "6.0 - 16.0")
        add("Immunoglobulins", _R("2458-8", "IgA", _draw(rng, 0.8, 4.0, 2), 2, "g/L", 0.8, 4.0), "0.80 - 4.00")
        add("Immunoglobulins", _R("2472-9", "IgM", _draw(rng, 0.5, 2.0, 2), 2, "g/L", 0.5, 2.0), "0.50 - 2.00")
    elif variant == 2:
        add("Immunoglobulins", _R("2465-3", "IgG", round(rng.uniform(3.1, 4.9), 1), 1, "g/L", 6.0, 16.0),
            "6.0 - 16.0")
        add("Immunoglobulins", _R("2458-8", "IgA", round(rng.uniform(0.3, 0.6), 2), 2, "g/L", 0.8, 4.0), "0.80 - 4.00")
        add("Immunoglobulins", _R("2472-9", "IgM", round(rng.uniform(0.15, 0.4), 2), 2, "g/L", 0.5, 2.0),
            "0.50 - 2.00")
        add("Immunoglobulins", _R("19113-0", "Total IgE", 2.0, 0, "kU/L", None, 81.0, comp="<"), "< 81")
        other("Immunoglobulins", "Serum protein electrophoresis", "No paraprotein detected", "")
        other("Vaccine responses", "Tetanus toxoid IgG", _num(rng.uniform(0.03, 0.08), 2), "> 0.10 IU/mL protective")
        other("Vaccine responses", "Haemophilus influenzae b IgG", _num(rng.uniform(0.05, 0.14), 2),
              "> 0.15 mg/L protective")
        other("Vaccine responses", "Pneumococcal IgG (PCP)", _num(rng.uniform(4, 14), 1), "> 35 mg/L")
        cd4 = float(rng.randint(540, 980))
        add("Lymphocyte subsets", _R("24467-3", "CD4+ T cells", cd4, 0, "cells/uL", 410.0, 1590.0), "410 - 1590")
        add("Lymphocyte subsets", _R("8123-2", "CD4+ T cells %", _draw(rng, 31, 60, 0), 0, "%", 31.0, 60.0),
            "31 - 60")
        other("Lymphocyte subsets", "CD8+ T cells", str(rng.randint(220, 600)), "190 - 1140 cells/uL")
        other("Lymphocyte subsets", "CD19+ B cells", str(rng.randint(40, 90)), "90 - 660 cells/uL")
        add("Complement", _R("4485-9", "C3", _draw(rng, 0.75, 1.65, 2), 2, "g/L", 0.75, 1.65), "0.75 - 1.65")
        add("Complement", _R("4498-2", "C4", _draw(rng, 0.14, 0.54, 2), 2, "g/L", 0.14, 0.54), "0.14 - 0.54")
        add("Other", _R("1988-5", "CRP", float(rng.randint(6, 38)), 0, "mg/L", None, 5.0), "< 5")
    else:
        add("Immunoglobulins", _R("2465-3", "IgG", _draw(rng, 6.0, 16.0, 1), 1, "g/L", 6.0, 16.0), "6.0 - 16.0")
        add("Immunoglobulins", _R("2458-8", "IgA", _draw(rng, 0.8, 4.0, 2), 2, "g/L", 0.8, 4.0), "0.80 - 4.00")
        add("Immunoglobulins", _R("2472-9", "IgM", _draw(rng, 0.5, 2.0, 2), 2, "g/L", 0.5, 2.0), "0.50 - 2.00")
        add("Coeliac serology", _R("31017-7", "Tissue transglutaminase IgA", float(rng.randint(48, 180)), 0, "U/mL",
                                   None, 7.0), "< 7")
        other("Coeliac serology", "Endomysial antibody (IgA)", "Positive", "Negative")
        ana_pos = rng.random() < 0.7
        add("Autoantibodies", _q("8061-4", "Antinuclear antibody (HEp-2)", "Positive" if ana_pos else "Negative",
                                 "positive" if ana_pos else "negative"), "Negative")
        if ana_pos:
            other("Autoantibodies", "  ANA titre / pattern", f"1:{rng.choice([160, 320])}, speckled", "")
        add("Autoantibodies", _R("5130-0", "dsDNA antibody", _draw(rng, None, 10, 1, floor=1.0), 1, "IU/mL", None,
                                 10.0), "< 10")
        other("Autoantibodies", "ENA screen", "Negative", "Negative")
        add("Autoantibodies", _R("11572-5", "Rheumatoid factor", 10.0, 0, "IU/mL", None, 14.0, comp="<"), "< 14")
        add("Autoantibodies", _R("32218-0", "Anti-CCP antibody", 7.0, 0, "U/mL", None, 7.0, comp="<"), "< 7")
        add("Complement", _R("4485-9", "C3", _draw(rng, 0.75, 1.65, 2), 2, "g/L", 0.75, 1.65), "0.75 - 1.65")
        add("Complement", _R("4498-2", "C4", _draw(rng, 0.14, 0.54, 2), 2, "g/L", 0.14, 0.54), "0.14 - 0.54")
    # ------------------------------------------------------------------------------------------ layout
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(40, 46, "Regional Immunology Laboratory", "sansb", 14, purple)
    pg.t(40, 58, "Kelvin Building, Grosvenor Road, Belfast BT12 6BA  ·  Tel. 028 9063 " + f"{rng.randint(1000, 9999)}",
         "sans", 7.3, GREY)
    pg.tr(555, 46, "CLINICAL IMMUNOLOGY REPORT", "sansb", 9.5)
    pg.tr(555, 58, "UKAS medical laboratory No. 8" + f"{rng.randint(100, 999)}", "sans", 7, GREY)
    pg.rect(40, 66, 555, 132, c=purple, w=0.8)
    dob = _dob(rng, coll, age)
    hc = f"{rng.randint(300, 799)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    info = [("Name", patient), ("H&C No.", hc), ("DOB", f"{dob:%d/%m/%Y}  ({age} y)"),
            ("Sex", "Female" if female else "Male"),
            ("Source", rng.choice(["Allergy Clinic, Belfast City Hospital", "Immunology OPD, RVH",
                                   "GP: Ormeau Health Centre"])),
            ("Lab No.", f"IM{coll:%y}/{rng.randint(10000, 99999)}"),
            ("Collected", f"{coll:%d/%m/%Y}"), ("Clinical details",
                                                {1: "urticaria, ?peanut allergy, rhinitis",
                                                 2: "recurrent chest infections x 4/yr",
                                                 3: "iron deficiency, bloating; FHx coeliac"}[variant])]
    for i, (k, v) in enumerate(info):
        x = 46 if i % 2 == 0 else 300
        yy = 80 + (i // 2) * 13
        pg.t(x, yy, k, "sans", 7.4, GREY)
        pg.t(x + 70, yy, v, "sansb" if k == "Name" else "sans", 7.8)
    y = 152.0
    cx = (46, 250, 300, 340, 420)
    for x, h in zip(cx, ("Test", "Result", "Flag", "Units", "Reference range")):
        pg.t(x, y, h, "sansb", 7.4, GREY)
    y += 4
    pg.ln(40, y, 555, y, 0.5, GREY)
    y += 12
    sec = ""
    for s_, r, printed, ref, label in rows:
        if s_ != sec:
            sec = s_
            y += 3
            pg.t(40, y, sec, "sansb", 8.4, purple)
            y += 13
        if r is None:
            pg.t(cx[0] + (6 if label.startswith("  ") else 0), y, label.strip(), "sans", 8)
            pg.t(cx[1], y, printed, "sans", 8)
            pg.t(cx[4], y, ref, "sans", 7.6)
            y += 12
            continue
        pf = {"H": "H", "L": "L"}.get(r.flag)
        pg.t(cx[0], y, r.name, "sans", 8)
        pg.t(cx[1], y, printed, "sansb" if pf else "sans", 8.2)
        pg.t(cx[2], y, pf or "", "sansb", 8)
        pg.t(cx[3], y, r.unit or "", "sans", 7.8)
        pg.t(cx[4], y, ref, "sans", 7.8)
        sink.add(r, printed, pf)
        y += 12
    if sige:
        y += 10
        pg.t(40, y, "Specific IgE (ImmunoCAP)", "sansb", 8.4, purple)
        y += 13
        for x, h in ((46, "Allergen"), (200, "Code"), (250, "kUA/L"), (300, "Class"),
                     (350, "0   1   2   3   4   5   6")):
            pg.t(x, y, h, "sansb", 7.2, GREY)
        y += 11
        for label, code, v in sige:
            k = _ige_class(v)
            pg.t(46, y, label, "sans", 8)
            pg.t(200, y, code, "sans", 7.8)
            pg.t(250, y, "< 0.10" if v < 0.1 else _num(v, 2), "sans", 8)
            pg.t(304, y, str(k), "sans", 8)
            for i in range(7):
                pg.rect(350 + i * 14.3, y - 7, 360 + i * 14.3, y + 1, c=GREY, fill=purple if i <= k and k else None,
                        w=0.4)
            y += 12
        y += 2
        pg.t(46, y, "Class 0 < 0.35; 1: 0.35-0.69; 2: 0.70-3.49; 3: 3.50-17.49; 4: 17.5-49.9; 5: 50-99.9; 6: >= 100 "
                    "kUA/L", "sans", 6.8, GREY)
        y += 8
    y += 16
    pg.t(40, y, "Consultant comment", "sansb", 8.4, purple)
    y += 12
    if variant == 1:
        pos = [lab for lab, _, v in sige if v >= 0.35]
        ige_txt = rows[0][2]
        com = (f"Total IgE {ige_txt} kU/L (previously 1,240 kU/L in 2023) with sensitisation to "
               f"{', '.join(pos) if pos else 'none of the allergens tested'}.  Sensitisation does not equal "
               "clinical allergy; interpret with the history.  Tryptase normal.")
    elif variant == 2:
        com = ("Panhypogammaglobulinaemia with poor vaccine responses and low B cells, in keeping with a primary "
               "antibody deficiency (CVID to be considered).  No paraprotein.  Recommend test immunisation with "
               "PPV23 and repeat pneumococcal IgG in 4-6 weeks; refer to the Immunology clinic.")
    else:
        com = ("Strongly positive tTG IgA with positive endomysial antibody and normal total IgA: coeliac disease "
               "likely; refer for duodenal biopsy while on a gluten-containing diet.  ANA at low titre is of "
               "uncertain significance.")
    y = pg.para(40, y, 515, com, "sans", 7.6)
    pg.t(40, 790, "Flags: H above / L below the reference range.  Reference ranges: adult, Regional Immunology "
                  "Laboratory.", "sansi", 6.8, GREY)
    pg.t(40, 802, f"Authorised: Dr. Siobhan Quinn, Consultant Immunologist  ·  Report date "
                  f"{coll + _dt.timedelta(days=rng.randint(5, 12)):%d/%m/%Y}  ·  Page 1 of 1", "sans", 6.8, GREY)
    pdf = _finish(doc, "Clinical immunology report", "RIL")
    return _Out(pdf, "application/pdf", "female" if female else "male", coll.isoformat(), sink.exp, [pdf],
                sink.printed)


# =============================================================================================== assembly

_PLAN: tuple[tuple[str, str, str, Callable[[str, int], _Out]], ...] = (
    ("H1", "campinas-hemostasis-factors", "pt", _h1),
    ("H2", "ponta-delgada-uncertainty", "pt", _h2),
    ("H3", "joinville-nr7-biomonitoring", "pt", _h3),
    ("H4", "braga-annotated-gp-copy", "pt", _h4),
    ("H5", "nampula-archive-dither", "pt", _h5),
    ("H6", "salvador-fluid-serum", "pt", _h6),
    ("H7", "bridgetown-insurance-profile", "en", _h7),
    ("H8", "muscat-premarital-certificate", "en", _h8),
    ("H9", "suva-auckland-referred-tests", "en", _h9),
    ("H10", "georgetown-water-damaged", "en", _h10),
    ("H11", "dhaka-feeder-slip-scan", "en", _h11),
    ("H12", "belfast-immunology-allergy", "en", _h12),
)


def _on_bound(o: _Out) -> bool:
    """True when a generated value sits exactly on a non-zero printed bound (the draw is then repeated); values
    printed with a comparator ("< 0,6", ">90") are exempt."""
    return any(e.value is not None and e.comparator is None
               and any(b is not None and b != 0 and abs(e.value - b) < 1e-9 for b in (e.ref_low, e.ref_high))
               for e in o.expected)


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

    outdir = sys.argv[1] if len(sys.argv) > 1 else "labs_test_h_out"
    os.makedirs(outdir, exist_ok=True)
    total, bad = 0, 0
    per_family: dict[str, int] = {}
    for rep, built in _built():
        ext = "pdf" if rep.mime_type == "application/pdf" else "png"
        with open(os.path.join(outdir, f"{rep.name}.{ext}"), "wb") as fh:
            fh.write(rep.content)
        with open(os.path.join(outdir, f"{rep.name}.json"), "w", encoding="utf-8") as fh:
            json.dump({"name": rep.name, "family": rep.family, "language": rep.language, "sex": rep.sex,
                       "collected_on": rep.collected_on, "expected": [asdict(e) for e in rep.expected]}, fh,
                      ensure_ascii=False, indent=1)
        problems = _check(built)
        bad += bool(problems)
        total += len(rep.expected)
        per_family[rep.family] = per_family.get(rep.family, 0) + len(rep.expected)
        print(f"{rep.name:<46} {ext}  {len(rep.expected):3d} results" + (f"  NOT PRINTED: {problems}" if problems
                                                                           else ""))
    print("per family: " + ", ".join(f"{k} {v}" for k, v in per_family.items()))
    print(f"{total} expected results written to {outdir}" + (f"; {bad} reports FAILED the check" if bad else
                                                               "; self-check passed"))
    sys.exit(1 if bad else 0)
