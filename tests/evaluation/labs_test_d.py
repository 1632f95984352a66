"""Blind TEST part D of the lab-report evaluation: twelve layout families (prefix "D"), 36 reports.

Written blind: without reading the lab-report reader (nlp/, service/, graph/, ingestion/), the scorer or any
reader output.  Read were only tests/evaluation/lab_reports.py (the interface), labs_dev_k.py (as an example of a
generator's structure) and the top docstrings of the other parts (to keep these layouts different from theirs).
LOINC codes follow the product's published table (lab_codes.md): the code of the analyte in its ordinary unit,
the SI molar code where the report prints mmol/L / µmol/L / pmol/L / nmol/L and the table has one, the % code for
a differential percentage.  Held-out material: never tune the reader on it, never edit it to match the reader.

Deterministic: one random.Random per report seeded with "labs-test-d/2026/" + report name; pixel noise from a
numpy generator seeded from the same string; fixed PDF metadata, no new /ID, fonts subset deterministically, so
two calls of reports() give byte-identical content.  Report names: "<family>-<slug>-<lang>-NN".
`python3 tests/evaluation/labs_test_d.py OUTDIR` writes NAME.pdf|png and NAME.json for inspection.

Families (3 reports each)
  D1   en  India, SCANNED PNG (colour scan 200 dpi / grey photocopy 250-300 dpi): small-town pathology lab
           "COMPLETE BLOOD COUNT (HAEMOGRAM)" with "Test Description | Result | Unit | Bio. Ref. Interval",
           gm/dl, mill/cumm, cells/cumm with comma grouping ("7,850"), lakhs/cumm, DLC %, absolute counts,
           ESR mm/1st hr, both sexes' ranges in the reference cell, abnormal values in bold (-01) or bold + "H"/"L"
           (-02, -03), a violet round pathologist's stamp overlapping the smear text, signature; -03 adds a
           biochemistry table with an HbA1c interpretation note.
  D2   en  Canada (Ontario), PDF: an HL7 v2.5.1 ORU^R01 message printed from an interface engine's message
           browser (monospaced MSH/PID/PV1/ORC/OBR/OBX/NTE segments wrapped at delimiters, SI / UCUM units
           "10*9/L", "umol/L", "mL/min/{1.73_m2}"), followed by the ACK.
  D3   pt  Portugal, PDF landscape: hospital "EVOLUÇÃO ANALÍTICA" TRANSPOSED grid (analytes as columns with unit
           and "[ref]" in header rows, one row per collection date; the newest row is the result: bottom in -01 /
           -03, top in -02 as stated on the page); "—" for analytes not requested that day; ↑/↓ or "*".
  D4   pt  Brazil, PNG SCREENSHOT (1080x2340) of a laboratory's WhatsApp chat (light Android, dark mode, iOS
           style): the lab's bot lists results in a message ("Hemoglobina: 13,1 g/dL (VR: 12,0 a 15,5)",
           "• Glicose: 112 mg/dL ↑ | Ref.: 70 a 99 mg/dL", "TSH = 1,48 µUI/mL" + "Ref.: ..." on the next line),
           around greetings, protocol / access codes, the patient's questions and times.
  D5   en  Kenya, SCANNED PNG: a 5-part-differential haematology analyser printout on A5 paper laid on an A4
           scanner bed: two parameter columns (WBC, Neu# ... Bas%, RBC, HGB ... PDW) "Result H/L Unit Ref. Range",
           analyser messages, DIFF scattergram and RBC / PLT histograms with axis numbers, signatures.
  D6   en  Nigeria, PDF: haemoglobin variant analysis by HPLC: chromatogram with axis numbers and peak labels, an
           instrument peak table (calibrated area %, area %, retention time, peak area), a "RESULT" block (Hb A2,
           Hb F, Hb S), phenotype and interpretation text, then a full blood count with reticulocytes.
  D7   en  Philippines, SCANNED PNG (long bond paper): pre-printed clinic result form (CLINICAL CHEMISTRY or
           HEMATOLOGY) in coloured ink with a fixed list of examinations and "NORMAL VALUES (SI)" and
           "CONVENTIONAL" columns; results typed in Courier only for the requested rows, slightly misregistered;
           SI units; the differential count as fractions ("Segmenters 0.62", "Stabs 0.03").
  D8   pt  Brazil, PDF (2 pages): paediatric laboratory, every reference cell a small table of AGE BANDS
           ("2 a 6 anos: 11,5 a 13,5"), child's age printed in years and months; leucogram with % and /mm³
           columns whose absolute references are in a separate age-band table below it.
  D9   pt  Portugal, PDF: private laboratory "boletim" in a fully ruled grid (vertical rules), footnote marks
           after names ("(a)" not accredited, "(b)" subcontracted) and after values ("6,93¹" confirmed by
           repetition), a separate flag column (↑/↓ or H/L), an "Anterior (dd-mm-aa)" previous-result column,
           SI thyroid hormones (pmol/L), B12 pmol/L, folate nmol/L.
  D10  pt  Brazil, SCANNED PNG (grey photocopy of a photocopy, 250-300 dpi): block report (exam title, "Material /
           Método" line, "Resultado" or labelled rows, "Valores de referência" block at the right, "Nota:" /
           "Interpretação:" paragraphs full of numbers) with a blue notary "CONFERE COM O ORIGINAL" stamp and
           signature over the last note.
  D11  en  Ireland, PDF (2 pages): university hospital report, patient banner repeated on each page, profile
           sections (FBC, renal, liver, bone, lipid, haematinics ...) with "Test | Result | Flag | Units |
           Reference Range", comment lines, "Continued overleaf ...", "Page n of 2".
  D12  en  US, PDF: VA-style CONFIDENTIAL LABORATORY INTERIM REPORT printed from a terminal (Courier, 84
           columns): specimen blocks with accession / UID numbers, "Test name  Result  units  Ref. range  Site
           Code", flags glued after the value ("5.6 H", "629 H*"), reference ranges without leading zero
           (".7 - 1.3"), "[442]" site codes, "Eval:" comments, KEY line and performing-lab footer.

Ground truth (lab_reports.ExpectedResult) and the decisions taken where the conventions are silent
- What is a result: every value the report presents as this patient's result for this collection.  NOT results:
  dates, ages, IDs, phone numbers, page numbers, methods / materials, accession / UID / site codes ("[442]"),
  HL7 set IDs and timestamps, analyser messages, histogram / chromatogram axis numbers, the HPLC peak table (D6:
  instrument raw data, even though its F / A2 / S-window percentages repeat the RESULT block), interpretation /
  "Nota" / "Eval:" / comment text and the numbers repeated in it, tier tables, previous results (D3 older rows,
  D9 "Anterior" column), cells printed "—" / "***" (not measured), unfilled pre-printed rows of the D7 form, HL7
  OBX segments whose status is I ("Pending") or X ("Test cancelled"), pending tests in the chat, the
  "CONVENTIONAL" column of D7 (a conversion of the reference), stamps, seals and signatures.
- Codes (from lab_codes.md): SI molar codes where printed so: glucose 14749-6, creatinine 14682-9, urea 22664-7,
  BUN in mmol/L 14937-7, urate 14933-6, cholesterol 14647-2, HDL 14646-4, LDL 39469-2, triglycerides 14927-8,
  non-HDL 70204-3, calcium 2000-8, adjusted calcium 29265-6, magnesium 2601-3, phosphate 14879-1, bilirubin
  14631-6, iron 14798-3, B12 14685-2, folate 14732-2, free T4 14920-3, free T3 14928-6; HbA1c in mmol/mol
  59261-8; mass / count codes otherwise (g/L and g/dL, L/L and %, /mm³ and x10^9/L keep one code).  Differential:
  % and absolute are two results (770-8/751-8, 736-9/731-0, 5905-5/742-7, 713-8/711-2, 706-2/704-7, band forms
  "Bastonetes"/"Stabs" 764-1/763-3); "Segmentados"/"Segmenters"/"Neu%" are neutrophils, "Linfócitos típicos"
  lymphocytes; a D7 fraction ("0.62") keeps the % code with the printed value.  eGFR is CKD-EPI 2021 98979-8
  everywhere (computed from the printed creatinine, age and sex).  Others: ESR 4537-7, MPV 32623-1, PDW 32207-3,
  RDW-SD 21000-5, reticulocytes % 4679-7, Hb A2 4551-8, Hb F 4576-5, Hb S 4625-0, total CO2 ("CO2") 2028-9,
  bicarbonate 1963-8, anion gap 33037-3, osmolality 2692-2, eAG 27353-2, free PSA 10886-0, free/total PSA %
  12841-3, morning cortisol (collected 08:00) 9813-7, beta-hCG quantitative 21198-7, urine albumin 14957-5,
  urine creatinine 2161-8, urine albumin/creatinine ratio (mg/g) 14959-1, CRP (mg/L or mg/dL) 1988-5.
- name_as_printed: the label as printed, without footnote marks ("(a)", "¹") and without the trailing colon; a
  header name wrapped over lines (D3) is joined with one space; HL7: the text component of OBX-3; D10 single-
  result blocks: the block title in capitals ("GLICOSE"), multi-row blocks: the row label.
- value: the number as printed: decimal comma read; grouping read as thousands ("7,850" cells/cumm, "251.000"
  /mm³); "2.45 lakhs/cumm" = 2.45; a D7 fraction "0.43" = 0.43; haematocrit "0.338" L/L = 0.338; HL7 SN ">^90" =
  comparator ">" value 90; "< 1,2" and "<0.3" give comparator "<"; eGFR ">90" gives ">" 90.  Footnote marks are
  not part of the value.  Qualitative: D6 "Not detected" Hb S -> value None, qualitative "not detected".
- unit: as printed beside the value, in the column, or (D7) after the numbers of the SI reference column; None
  where none is printed (D7 haematocrit and differential fractions, HL7 Chol/HDL ratio with an empty OBX-6,
  qualitative results).  Printed spellings are kept ("10*9/L", "x10⁹/L", "x10¹²/L", "gm/dl", "mEq/L", "K/uL").
- ref_low / ref_high: the interval that applies to this patient: the printed sex's line when both are printed
  (D1, D7, D10), the band containing the child's printed age (D8: the band "a a b anos" that includes the age in
  whole years / months; ages are never on a band edge), the patient's age band of the PSA table (D10-02: 60-69
  -> "até 4,5"), the morning row for a cortisol drawn at 08:00, the fasting triglyceride line when the header
  says "Jejum: N horas".  One-sided: "< x", "<=x", "inferior a", "até", "desejável < x" -> high only; "> x",
  ">=x", "acima de", "superior a", "desejável > x" -> low only.  "0 - 40" keeps 0.  Tiered / interpretive text is
  not a reference: glucose tiers -> the "Normal" line (70 a 99); HbA1c ADA/SBD tiers -> the printed "4,0 a 5,6";
  vitamin D: the printed "Superior a 20" / "30 - 100" line, not the risk-group text; LDL / non-HDL printed only
  with targets "conforme risco" -> no interval.  D8: the % differential has no printed reference (None); the
  absolute count takes the patient's band from the leucogram reference table.  D6: Hb S printed against "Not
  detected" has no numeric interval (None, flag N).  D3: the interval in the column header.  HL7: OBX-7.
- flag: N inside (bounds inclusive; no value sits on a non-zero bound; 0 on a "0 - x" range is inside), L / H
  outside, LL / HH only beyond these critical limits (converted to the printed unit):
      potassium < 2.5 or > 6.5 mmol/L; sodium < 120 or > 160 mmol/L; glucose < 40 or > 500 mg/dL (< 2.2 or
      > 27.8 mmol/L); haemoglobin < 6 g/dL (< 60 g/L); haematocrit < 15 % (< 0.15 L/L); platelets < 20
      x10^3/µL (= 20 x10^9/L = 20,000 /mm³ = 0.20 lakhs/cumm); WBC < 1.0 or > 50 x10^3/µL; absolute
      neutrophils < 0.5 x10^3/µL.
  Critical values generated (all clearly beyond every published list): K 7.1-7.6 mmol/L (D2-03), glucose
  614-688 mg/dL (D12-01) and 34.1-36.6 mmol/L (D7-03), Hb 3.9-4.3 g/dL with Hct < 15 % (D1-02), platelets
  <= 8.6 x10^9/L (D5-03), neutrophils <= 0.31 x10^9/L in the newest row (D3-01), sodium 108-113 mmol/L
  (D11-02).  Every other value of these analytes stays clear of the zones where lists disagree (K 3.0-5.9, Na
  126-155, glucose 58-400 mg/dL, Hb >= 7.0 g/dL, Hct >= 21 %, platelets >= 55, WBC 2.2-30, neutrophils >= 1.05).
  Analytes without critical limits here (HbA1c, lipids, enzymes, creatinine, urea, hormones, vitamins,
  ferritin, PSA, CRP, calcium, magnesium, phosphate, chloride, bicarbonate, osmolality ...) are never LL / HH;
  their abnormal values stay well short of any panic value.  Qualitative results: N.
- printed_flag: the exact text printed for the value: "H", "L", "HH" (HL7 OBX-8), "H*" (D12 critical), "↑", "↓",
  "*", "ALTO", "BAIXO", "(acima)", "(abaixo)"; None when nothing is printed (bold alone is not a printed flag:
  D1-01; D10 prints no flags; an empty OBX-8 is None).  A lab that prints "L" / "H" for a critical value keeps
  that text while flag is LL / HH.
- sex: as printed (HL7 PID-8 "F"/"M"); None where the page prints none (D4 chats, D12-02).  collected_on: the
  printed collection date (HL7 OBR-7; D3 the newest row's date; D4 "coleta em"; D7 the form's "Date").
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
import os
import random
import sys
import textwrap

import cv2
import numpy as np
import pymupdf as fitz

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # pragma: no cover - run from inside tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "labs-test-d/2026"
FAMILIES: tuple[str, ...] = tuple(f"D{i}" for i in range(1, 13))

_FONTDIR = "/usr/share/fonts/truetype/dejavu/"
_DJ_FILES = {"dj": "DejaVuSans.ttf", "djb": "DejaVuSans-Bold.ttf", "djm": "DejaVuSansMono.ttf",
             "djmb": "DejaVuSansMono-Bold.ttf", "djc": "DejaVuSansCondensed.ttf",
             "djcb": "DejaVuSansCondensed-Bold.ttf", "djs": "DejaVuSerif.ttf", "djsb": "DejaVuSerif-Bold.ttf"}
_HAS_DJ = all(os.path.exists(_FONTDIR + f) for f in _DJ_FILES.values())
_BASE14_FALLBACK = {"dj": "helv", "djb": "hebo", "djm": "cour", "djmb": "cobo", "djc": "helv", "djcb": "hebo",
                    "djs": "tiro", "djsb": "tibo"}
_FONT_CACHE: dict[str, fitz.Font] = {}

# ------------------------------------------------------------------------------------------------ helpers


def _rng(name: str) -> random.Random:
    return random.Random(f"{SEED}/{name}")


def _nprng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(f"{SEED}/{name}".encode()).hexdigest()[:16], 16))


# Critical (panic) limits used for LL / HH, in a base unit per analyte (see the module docstring).
_CRIT = {
    "2823-3": (2.5, 6.5),  # potassium mmol/L (= mEq/L)
    "2951-2": (120.0, 160.0),  # sodium mmol/L
    "2345-7": (40.0, 500.0),  # glucose mg/dL
    "14749-6": (2.2, 27.8),  # glucose mmol/L
    "718-7": (6.0, None),  # haemoglobin g/dL
    "4544-3": (15.0, None),  # haematocrit %
    "777-3": (20.0, None),  # platelets x10^3/uL
    "6690-2": (1.0, 50.0),  # WBC x10^3/uL
    "751-8": (0.5, None),  # absolute neutrophils x10^3/uL
}
_PER_UL_UNITS = {"/mm³", "/mm3", "cells/cumm", "/cumm", "/µL", "/uL", "cells/µL", "cells/uL"}


def _to_base(code: str, value: float, unit: str | None) -> float:
    u = (unit or "").strip()
    if code == "718-7" and u.lower() == "g/l":
        return value / 10.0
    if code == "4544-3" and (u == "L/L" or (not u and value < 1.5)):
        return value * 100.0
    if code in ("777-3", "6690-2", "751-8"):
        if u in _PER_UL_UNITS:
            return value / 1000.0
        if u == "lakhs/cumm":
            return value * 100.0
    return value


def _flag(code: str, value: float | None, unit: str | None, lo: float | None, hi: float | None) -> str:
    if value is None or (lo is None and hi is None):
        return "N"
    clo, chi = _CRIT.get(code, (None, None))
    b = _to_base(code, value, unit)
    if clo is not None and b < clo:
        return "LL"
    if chi is not None and b > chi:
        return "HH"
    if lo is not None and value < lo:
        return "L"
    if hi is not None and value > hi:
        return "H"
    return "N"


def _er(code, name, value, unit, lo=None, hi=None, pf=None, qual=None, comp=None) -> ExpectedResult:
    return ExpectedResult(loinc=code, name_as_printed=name, value=None if value is None else float(value),
                          unit=unit, ref_low=None if lo is None else float(lo),
                          ref_high=None if hi is None else float(hi), flag=_flag(code, value, unit, lo, hi),
                          qualitative=qual, comparator=comp, printed_flag=pf)


def _v(rng: random.Random, lo, hi, dec: int, st: str = "n", floor=None, ceil=None) -> float:
    """A value clearly inside ("n"), above ("h") or below ("l") the interval; never on a bound.

    floor / ceil: the plausible end of a one-sided interval's open side (e.g. total cholesterol "< 190" with
    floor 140), used for "n" draws."""
    if st == "l" and lo is not None and lo <= 0:
        st = "n"  # nothing below a zero lower limit
    if st == "n" and hi is not None and lo is None and floor is not None:
        return _v(rng, floor, hi, dec, "n")
    if st == "n" and lo is not None and hi is None and ceil is not None:
        return _v(rng, lo, ceil, dec, "n")
    if lo is not None and hi is not None:
        w = hi - lo
    elif hi is not None:
        w = abs(hi) * 0.6
    else:
        w = abs(lo) * 0.6
    step = 10 ** -dec
    for _ in range(50):
        if st == "h":
            base = hi if hi is not None else lo * 2.0
            v = base + max(rng.uniform(0.07, 0.32) * w, 2 * step)
        elif st == "l":
            base = lo if lo is not None else hi * 0.2
            v = base - max(min(rng.uniform(0.07, 0.28) * w, rng.uniform(0.1, 0.4) * abs(base)), 2 * step)
        elif lo is not None and hi is not None:
            v = rng.uniform(lo + 0.15 * w, hi - 0.15 * w)
        elif hi is not None:
            v = rng.uniform(0.3 * hi, 0.85 * hi)
        else:
            v = rng.uniform(lo * 1.12, lo * 1.7)
        v = round(v, dec)
        if st == "l" and v <= 0:
            continue
        if any(b is not None and abs(v - b) < step / 2 for b in (lo, hi)):
            continue
        ok = {"n": (lo is None or v > lo) and (hi is None or v < hi),
              "h": hi is not None and v > hi or hi is None and lo is not None and v > lo * 1.9,
              "l": lo is not None and v < lo or lo is None and hi is not None and v < hi * 0.3}[st]
        if ok:
            return float(v)
    raise RuntimeError(f"cannot draw a value for {lo}-{hi} {st}")


def _st(rng: random.Random, p_abn: float = 0.25, dirs: str = "hl") -> str:
    return rng.choice(dirs) if rng.random() < p_abn else "n"


def _f(v: float, dec: int, comma: bool = False) -> str:
    s = f"{v:.{dec}f}"
    return s.replace(".", ",") if comma else s


def _thou(v: float, sep: str) -> str:
    """Thousands grouping: 7850 -> '7,850' (sep ',') / '7.850' (sep '.')."""
    return f"{int(round(v)):,}".replace(",", sep)


def _d(y, m, d) -> _dt.date:
    return _dt.date(y, m, d)


def _rand_date(rng: random.Random, year: int = 2024) -> _dt.date:
    return _dt.date(year, rng.randint(1, 11), rng.randint(1, 27))


def _age_on(dob: _dt.date, on: _dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _egfr(scr_mgdl: float, age: int, female: bool) -> float:
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)


def _font(key: str) -> tuple[str, str | None]:
    if key in _DJ_FILES:
        if not _HAS_DJ:
            return _BASE14_FALLBACK[key], None
        return key.upper() + "X", _FONTDIR + _DJ_FILES[key]
    return key, None


def _tw(s: str, f: str = "helv", sz: float = 9.0) -> float:
    name, ff = _font(f)
    if ff:
        if ff not in _FONT_CACHE:
            _FONT_CACHE[ff] = fitz.Font(fontfile=ff)
        return _FONT_CACHE[ff].text_length(s, fontsize=sz)
    return fitz.get_text_length(s, fontname=name, fontsize=sz)


class _Pg:
    """Thin drawing wrapper over a PyMuPDF page."""

    def __init__(self, doc, w=595, h=842, page=None):
        self.p = page if page is not None else doc.new_page(width=w, height=h)
        self.w, self.h = self.p.rect.width, self.p.rect.height

    def t(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0), op=1.0, rot=0.0):
        name, ff = _font(f)
        morph = (fitz.Point(x, y), fitz.Matrix(rot)) if rot else None
        self.p.insert_text((x, y), s, fontname=name, fontfile=ff, fontsize=sz, color=c, fill_opacity=op,
                           morph=morph)

    def tr(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0)):
        self.t(x - _tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0)):
        self.t(x - _tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0, y0, x1, y1, w=0.5, c=(0, 0, 0), dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, c=(0, 0, 0), fill=None, w=0.5, radius=None):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w, radius=radius)

    def box(self, x0, y0, x1, y1, s, f="helv", sz=9.0, align=0, lh=None, c=(0, 0, 0)):
        name, ff = _font(f)
        rc = self.p.insert_textbox(fitz.Rect(x0, y0, x1, y1), s, fontname=name, fontfile=ff, fontsize=sz,
                                   align=align, lineheight=lh, color=c)
        if rc < 0:
            raise ValueError(f"text box overflow ({rc:.1f}): {s[:50]!r}")
        return y1 - rc


def _wrap(s: str, width: float, f: str, sz: float) -> list[str]:
    out, cur = [], ""
    for word in s.split(" "):
        cand = word if not cur else cur + " " + word
        if _tw(cand, f, sz) <= width or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def _para(pg: _Pg, x, y, width, s, f="helv", sz=8.5, lh=1.3, c=(0, 0, 0)) -> float:
    for line in _wrap(s, width, f, sz):
        pg.t(x, y, line, f, sz, c)
        y += sz * lh
    return y


def _finish(doc, title: str, author: str = "") -> bytes:
    doc.set_metadata({"title": title, "author": author, "subject": "", "keywords": "",
                      "creator": "LIS report writer", "producer": "PDF library",
                      "creationDate": "D:20240601080000+00'00'", "modDate": "D:20240601080000+00'00'"})
    if _HAS_DJ:
        try:
            doc.subset_fonts()
        except Exception:  # pragma: no cover - subsetting is an optimisation only
            pass
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def _scribble(pg: _Pg, x, y, rng: random.Random, w=80, c=(0.08, 0.12, 0.45), lw=0.9):
    """A pen signature: a smooth, loopy curve."""
    pts = []
    n = 40
    ph = rng.uniform(0, 6)
    for i in range(n + 1):
        t = i / n
        px = x + t * w + 6 * math.sin(t * 17 + ph)
        py = y - 7 * math.sin(t * 9.5 + ph) * (1 - 0.5 * t) - 4 * math.cos(t * 23 + ph)
        pts.append(fitz.Point(px, py))
    sh = pg.p.new_shape()
    sh.draw_polyline(pts)
    sh.finish(color=c, width=lw, closePath=False)
    sh.draw_line(fitz.Point(x - 4, y + 5), fitz.Point(x + w * 0.9, y + 3))
    sh.finish(color=c, width=lw * 0.8)
    sh.commit()


# -------------------------------------------------------------------------------- raster / scan helpers


def _raster(pdf: bytes, dpi: int, page: int = 0, color: bool = False) -> np.ndarray:
    doc = fitz.open("pdf", pdf)
    pix = doc[page].get_pixmap(dpi=dpi, colorspace=fitz.csRGB if color else fitz.csGRAY, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8)
    if color:
        img = arr.reshape(pix.height, pix.stride)[:, :pix.width * 3].reshape(pix.height, pix.width, 3)
    else:
        img = arr.reshape(pix.height, pix.stride)[:, :pix.width]
    doc.close()
    return img.astype(np.float32)


def _lowfreq(g: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    small = g.normal(0, 1, (cells, max(2, int(cells * w / h)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _png(img: np.ndarray) -> bytes:
    img = np.clip(img, 0, 255).astype(np.uint8)
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    assert ok
    return buf.tobytes()


def _jpeg_roundtrip(img: np.ndarray, q: int) -> np.ndarray:
    img8 = np.clip(img, 0, 255).astype(np.uint8)
    if img8.ndim == 3:
        ok, jpg = cv2.imencode(".jpg", cv2.cvtColor(img8, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.cvtColor(cv2.imdecode(jpg, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    else:
        ok, jpg = cv2.imencode(".jpg", img8, [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.imdecode(jpg, cv2.IMREAD_GRAYSCALE)
    return out.astype(np.float32)


def _scan(pdf: bytes, name: str, dpi: int = 200, color: bool = False, photocopy: bool = False,
          skew: tuple[float, float] = (0.3, 1.1), jpeg: int = 60, noise: float = 4.5, blur: float = 0.7,
          toner: float = 0.92) -> bytes:
    """Rasterise page 1 and add scanner artefacts: paper tone, skew, blur, noise, specks, JPEG."""
    g = _nprng(name + "/scan")
    img = _raster(pdf, dpi, color=color)
    h, w = img.shape[:2]
    if photocopy:
        # photocopy of a photocopy: grey mottled background, text not fully black, faint streaks
        bgl = 198 + 10 * _lowfreq(g, h, w, 5)
        ink = img / 255.0
        img = ink * bgl + (1 - ink) * (38 + 14 * g.random())
        for _ in range(int(g.integers(1, 4))):
            x = int(g.integers(int(0.05 * w), int(0.95 * w)))
            img[:, max(0, x - 1):x + 2] -= float(g.uniform(8, 18))
        img -= 22 * np.exp(-((np.arange(h)[:, None] / h) ** 2) / 0.0015)  # dark top edge of the copy
    else:
        tone = 236 + 6 * _lowfreq(g, h, w, 4)
        if img.ndim == 3:
            tone = tone[..., None] * np.array([1.0, 0.995, 0.975], dtype=np.float32)
        img = img / 255.0 * tone * toner + (1 - toner) * 30 * (1 - img / 255.0)
    angle = float(g.uniform(*skew)) * (1 if g.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += g.uniform(-10, 10, size=2)
    border = 225.0 if not photocopy else 150.0
    bv = (border, border, border) if img.ndim == 3 else border
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + g.normal(0, noise, img.shape).astype(np.float32)
    for _ in range(int(g.integers(40, 120))):
        cy, cx = int(g.integers(0, h)), int(g.integers(0, w))
        val = float(g.uniform(50, 160))
        cv2.circle(img, (cx, cy), int(g.integers(1, 3)), (val, val, val) if img.ndim == 3 else val, -1)
    img = _jpeg_roundtrip(img, jpeg)
    return _png(img)


def _off(v: float, dec: int, *bounds) -> float:
    """Move a rounded value one step off any printed bound it would sit on."""
    step = 10 ** -dec
    for b in bounds:
        if b is not None and b != 0 and abs(v - b) < step / 2:
            v = round(v + step, dec)
    return v


def _cbc(rng: random.Random, female: bool, scen: str = "normal", plt: str = "n", wbc: str = "n") -> dict:
    """A self-consistent blood count (Hb g/dL, RBC 10^12/L, Hct %, WBC/PLT 10^9/L, differential %)."""
    u = rng.uniform
    if scen == "irondef":
        hb, mcv = u(8.6, 10.6) if female else u(9.2, 11.4), u(64, 75)
        mch = mcv * u(0.28, 0.305)
        rdw = u(15.6, 19.2)
    elif scen == "crit":
        hb, mcv = u(3.9, 4.3), u(61, 70)
        mch = mcv * u(0.296, 0.31)  # MCHC 29.6-31 g/dL: haematocrit stays below 15 %
        rdw = u(17.5, 21.0)
    elif scen == "macro":
        hb, mcv = u(9.6, 11.2), u(104, 113)
        mch = mcv * u(0.325, 0.345)
        rdw = u(14.8, 16.6)
    elif scen == "thal":
        hb, mcv = u(11.0, 12.4) if female else u(11.6, 12.8), u(60, 67)
        mch = mcv * u(0.30, 0.32)
        rdw = u(13.0, 14.4)
    else:
        hb, mcv = u(12.5, 14.4) if female else u(13.8, 16.2), u(85, 95)
        mch = mcv * u(0.318, 0.34)
        rdw = u(12.0, 13.5)
    rbc = hb * 10 / mch
    hct = rbc * mcv / 10
    mchc = hb / hct * 100
    if wbc == "h":
        w = u(12.6, 18.4)
        neut = u(78, 87)
        lym = u(7, 14)
    elif wbc == "neut_crit":
        w = u(2.2, 2.6)
        neut = u(8, 12)
        lym = u(62, 72)
    elif wbc == "l":
        w = u(2.6, 3.4)
        neut = u(46, 54)
        lym = u(34, 42)
    else:
        w = u(4.9, 9.2)
        neut = u(50, 67)
        lym = u(23, 37)
    eos = u(1, 5) if wbc != "neut_crit" else u(0.5, 2)
    bas = u(0.2, 0.9)
    mon = 100 - neut - lym - eos - bas
    if mon < 2:
        neut -= 2 - mon + 2
        mon = 4.0
    if plt == "l":
        p = u(62, 118)
    elif plt == "crit":
        p = u(4, 8.6)
    elif plt == "h":
        p = u(470, 560)
    else:
        p = u(175, 370)
    return {"hb": hb, "rbc": rbc, "hct": hct, "mcv": mcv, "mch": mch, "mchc": mchc, "rdw": rdw, "wbc": w,
            "neut": neut, "lym": lym, "mon": mon, "eos": eos, "bas": bas, "plt": p, "mpv": u(8.4, 10.9),
            "pdw": u(10.5, 15.5), "rdwsd": u(38.5, 47.0) if scen == "normal" else u(49, 58)}


def _pct_ints(c: dict, keys=("neut", "lym", "mon", "eos", "bas")) -> dict:
    """Integer differential percentages summing to 100."""
    vals = {k: int(round(c[k])) for k in keys}
    diff = 100 - sum(vals.values())
    vals[keys[0]] += diff
    return vals


# ===================================================================== D1  India: scanned haemogram (stamp)

_D1_LABS = [
    ("SANJEEVANI PATHOLOGY & DIAGNOSTIC CENTRE", "Shop No. 4-5, Ganesh Complex, Near Old CBS, Nashik - 422 001",
     "Ph: 0253-2571846  |  Mob: 98220 41736  |  Timings: 7:00 AM to 9:00 PM (Sunday till 1 PM)",
     "Dr. Rohini M. Kulkarni", "MD (Pathology)", "Reg. No. 2008/04/1187"),
    ("ARogya PATH LAB & IMAGING".replace("ARogya", "AROGYA"), "1st Floor, Sai Plaza, Station Road, Kakinada - 533 001",
     "Ph: 0884-2367150  |  Mob: 94403 27718  |  Home collection available",
     "Dr. K. Venkata Ramana", "MD (Path), DCP", "APMC Reg. No. 45873"),
    ("SHREE BALAJI DIAGNOSTICS", "Plot 17, Sector 9, Opp. Civil Hospital, Rohtak - 124 001",
     "Ph: 01262-248391  |  Mob: 98960 55120  |  NABL Accredited Lab No. MC-3377 (Biochemistry)",
     "Dr. Anil Kumar Dahiya", "MD (Pathology)", "HMC Reg. No. 11963"),
]


def _d1(name: str, variant: int):
    rng = _rng(name)
    lab, addr, phones, dr, qual, reg = _D1_LABS[variant - 1]
    female = variant in (1, 2)
    first = {1: "Mrs. Sunita R. Patil", 2: "Ms. Lakshmi Durga Boddu", 3: "Mr. Rajesh Kumar Malik"}[variant]
    age = {1: rng.randint(38, 52), 2: rng.randint(21, 27), 3: rng.randint(54, 66)}[variant]
    coll = _rand_date(rng)
    doc = fitz.open()
    pg = _Pg(doc)
    # letterhead
    pg.rect(30, 28, 565, 96, c=(0.55, 0.1, 0.15), w=1.2)
    pg.t(40, 55, lab, "hebo", 16, c=(0.55, 0.1, 0.15))
    pg.t(40, 72, addr, "helv", 8.5)
    pg.t(40, 85, phones, "helv", 8)
    pg.p.draw_circle((530, 60), 22, color=(0.55, 0.1, 0.15), width=1.5)
    pg.tc(530, 64, "PATH", "hebo", 9, c=(0.55, 0.1, 0.15))
    # patient block
    regno = f"{coll.strftime('%y%m%d')}{rng.randint(10, 99)}{rng.randint(100, 999)}"
    t_coll = f"{rng.randint(7, 10):02d}:{rng.randint(0, 59):02d} AM"
    t_rep = f"{rng.randint(1, 6):02d}:{rng.randint(0, 59):02d} PM"
    refdr = rng.choice(["Dr. A. K. Deshmukh (MD)", "Dr. S. Prasad (MBBS)", "Dr. P. Sharma (MD Medicine)", "SELF"])
    y = 116
    rows = [("Patient Name", first, "Reg. No.", regno),
            ("Age / Sex", f"{age} Yrs / {'Female' if female else 'Male'}", "Sample Coll. On",
             f"{coll.strftime('%d/%m/%Y')} {t_coll}"),
            ("Ref. By", refdr, "Reported On", f"{coll.strftime('%d/%m/%Y')} {t_rep}"),
            ("Sample Type", "EDTA Whole Blood" + (" / Serum" if variant == 3 else ""), "Lab ID",
             f"{rng.randint(1000, 9999)}")]
    for a, b, c, d in rows:
        pg.t(40, y, a, "helv", 9)
        pg.t(125, y, ": " + b, "hebo", 9)
        pg.t(350, y, c, "helv", 9)
        pg.t(440, y, ": " + d, "helv", 9)
        y += 14
    pg.ln(30, y - 4, 565, y - 4, 0.8)
    y += 14
    pg.tc(297, y, "HAEMATOLOGY", "hebo", 11)
    y += 16
    _ttl = "COMPLETE BLOOD COUNT (HAEMOGRAM)"
    pg.tc(297, y, _ttl, "hebo", 10)
    pg.ln(297 - _tw(_ttl, "hebo", 10) / 2, y + 3, 297 + _tw(_ttl, "hebo", 10) / 2, y + 3, 0.6)
    y += 20
    X_NAME, X_RES, X_UNIT, X_REF = 40, 250, 330, 420
    pg.ln(30, y - 11, 565, y - 11, 0.6)
    for x, s in ((X_NAME, "Test Description"), (X_RES, "Result"), (X_UNIT, "Unit"), (X_REF, "Bio. Ref. Interval")):
        pg.t(x, y, s, "hebo", 9.5)
    pg.ln(30, y + 5, 565, y + 5, 0.6)
    y += 20
    exp: list[ExpectedResult] = []
    flags_style = "bold" if variant == 1 else "letter"
    compact = variant == 3  # haemogram + biochemistry on one page

    def row(code, label, val, dec, unit, lo, hi, reftxt, comma_thou=False, name_key=None, extra_ref=None):
        nonlocal y
        if isinstance(val, float):
            val = round(val, dec)
        val = _off(val, dec, lo, hi)
        e = _er(code, name_key or label, val, unit, lo, hi)
        txt = _thou(val, ",") if comma_thou else _f(val, dec)
        fl = e.flag
        bold = fl != "N"
        pf = None
        if flags_style == "letter" and fl != "N":
            pf = "H" if fl in ("H", "HH") else "L"
            txt = f"{txt}  {pf}"
        e = _er(code, name_key or label, val, unit, lo, hi, pf=pf)
        exp.append(e)
        pg.t(X_NAME + (10 if label.startswith("  ") else 0), y, label.strip(), "helv", 9.5)
        pg.t(X_RES, y, txt, "hebo" if bold else "helv", 9.5)
        pg.t(X_UNIT, y, unit, "helv", 9)
        if isinstance(reftxt, tuple):
            pg.t(X_REF, y, reftxt[0], "helv", 8.5)
            pg.t(X_REF, y + 10.5, reftxt[1], "helv", 8.5)
            y += 10.5
        else:
            pg.t(X_REF, y, reftxt, "helv", 9)
        y += 13.2 if compact else 15

    def head(s):
        nonlocal y
        if compact and not s.startswith("Differential"):
            return
        y += 3
        pg.t(X_NAME, y, s, "hebo", 9.5)
        pg.ln(X_NAME, y + 2, X_NAME + _tw(s, "hebo", 9.5), y + 2, 0.5)
        y += 16

    scen = {1: "normal", 2: "crit", 3: rng.choice(["normal", "macro"])}[variant]
    c = _cbc(rng, female, scen, plt={1: rng.choice("nh"), 2: "n", 3: "l"}[variant],
             wbc={1: "n", 2: "n", 3: "h"}[variant])
    hb_lo, hb_hi = (12.0, 15.0) if female else (13.0, 17.0)
    rbc_lo, rbc_hi = (3.8, 4.8) if female else (4.5, 5.5)
    pcv_lo, pcv_hi = (36.0, 46.0) if female else (40.0, 50.0)
    head("Haemoglobin")
    row("718-7", "Haemoglobin (Hb)", c["hb"], 1, "gm/dl", hb_lo, hb_hi, ("Male: 13.0 - 17.0", "Female: 12.0 - 15.0"))
    head("RBC Indices")
    row("789-8", "Total RBC Count", c["rbc"], 2, "mill/cumm", rbc_lo, rbc_hi, ("Male: 4.50 - 5.50", "Female: 3.80 - 4.80"))
    row("4544-3", "Packed Cell Volume (PCV)", c["hct"], 1, "%", pcv_lo, pcv_hi, ("Male: 40 - 50", "Female: 36 - 46"))
    row("787-2", "Mean Corpuscular Volume (MCV)", c["mcv"], 1, "fL", 83.0, 101.0, "83 - 101")
    row("785-6", "Mean Corpuscular Hb (MCH)", c["mch"], 1, "pg", 27.0, 32.0, "27 - 32")
    row("786-4", "Mean Corpuscular Hb Conc. (MCHC)", c["mchc"], 1, "gm/dl", 31.5, 34.5, "31.5 - 34.5")
    row("788-0", "Red Cell Distribution Width (RDW-CV)", c["rdw"], 1, "%", 11.6, 14.0, "11.6 - 14.0")
    head("WBC Count")
    tlc = round(c["wbc"] * 1000 / 50) * 50
    row("6690-2", "Total Leucocyte Count (TLC)", float(tlc), 0, "cells/cumm", 4000.0, 10000.0, "4000 - 10000",
        comma_thou=True)
    head("Differential Leucocyte Count (DLC)")
    pct = _pct_ints(c)
    dlc = [("770-8", "Neutrophils", "neut", 40, 80), ("736-9", "Lymphocytes", "lym", 20, 40),
           ("713-8", "Eosinophils", "eos", 1, 6), ("5905-5", "Monocytes", "mon", 2, 10),
           ("706-2", "Basophils", "bas", 0, 2)]
    for code, nm, k, lo, hi in dlc:
        row(code, "  " + nm, float(pct[k]), 0, "%", float(lo), float(hi), f"{lo} - {hi}", name_key=nm)
    if variant == 1:
        head("Absolute Leucocyte Count")
        absl = [("751-8", "Absolute Neutrophil Count", "neut", 2000, 7000),
                ("731-0", "Absolute Lymphocyte Count", "lym", 1000, 3000),
                ("711-2", "Absolute Eosinophil Count", "eos", 20, 500),
                ("742-7", "Absolute Monocyte Count", "mon", 200, 1000)]
        for code, nm, k, lo, hi in absl:
            a = float(round(tlc * pct[k] / 100))
            row(code, "  " + nm, a, 0, "cells/cumm", float(lo), float(hi), f"{lo} - {hi}", comma_thou=True,
                name_key=nm)
    head("Platelet Count")
    row("777-3", "Platelet Count", c["plt"] / 100, 2, "lakhs/cumm", 1.5, 4.1, "1.50 - 4.10")
    if variant == 2:
        row("32623-1", "Mean Platelet Volume (MPV)", c["mpv"], 1, "fL", 7.5, 11.5, "7.5 - 11.5")
    esr_lo, esr_hi = 0.0, (20.0 if female else 10.0)
    esr = float(rng.randint(24, 48) if variant == 2 else rng.randint(3, 9) if not female else rng.randint(6, 16))
    row("4537-7", "ESR (Westergren)", esr, 0, "mm/1st hr", esr_lo, esr_hi, ("Male: 0 - 10", "Female: 0 - 20"))
    y += 4
    pg.t(X_NAME, y, "Peripheral Smear Examination", "hebo", 9.5)
    y += 14
    smear = {"normal": "RBCs: Normocytic normochromic. WBCs: Within normal limits. Platelets: Adequate on smear.",
             "crit": "RBCs: Microcytic hypochromic with anisopoikilocytosis, pencil cells and target cells seen. "
                     "WBCs: Normal in number and morphology. Platelets: Adequate. No haemoparasites seen.",
             "macro": "RBCs: Macrocytic, few oval macrocytes seen. WBCs: Neutrophilic leucocytosis, occasional "
                      "hypersegmented neutrophil. Platelets: Reduced on smear."}[scen]
    y = _para(pg, X_NAME, y, 510, smear, "helv", 8.8)
    if variant == 3:
        y += 10
        pg.tc(297, y, "BIOCHEMISTRY", "hebo", 11)
        y += 18
        pg.ln(30, y - 11, 565, y - 11, 0.6)
        for x, s in ((X_NAME, "Test Description"), (X_RES, "Result"), (X_UNIT, "Unit"),
                     (X_REF, "Bio. Ref. Interval")):
            pg.t(x, y, s, "hebo", 9.5)
        pg.ln(30, y + 5, 565, y + 5, 0.6)
        y += 20
        fbs = float(rng.randint(132, 188))
        row("2345-7", "Blood Sugar Fasting (FBS)", fbs, 0, "mg/dl", 70.0, 110.0, "70 - 110")
        a1c = round(rng.uniform(6.9, 8.4), 1)
        row("4548-4", "Glycosylated Haemoglobin (HbA1c)", a1c, 1, "%", 4.0, 5.6, "4.0 - 5.6")
        cr = _v(rng, 0.7, 1.3, 2, rng.choice("nh"))
        row("2160-0", "Serum Creatinine", cr, 2, "mg/dl", 0.7, 1.3, ("Male: 0.70 - 1.30", "Female: 0.60 - 1.10"))
        row("3091-6", "Blood Urea", _v(rng, 15, 40, 0, rng.choice("nh")), 0, "mg/dl", 15.0, 40.0, "15 - 40")
        row("3084-1", "Serum Uric Acid", _v(rng, 3.5, 7.2, 1, rng.choice("nh")), 1, "mg/dl", 3.5, 7.2,
            ("Male: 3.5 - 7.2", "Female: 2.6 - 6.0"))
        y += 2
        y = _para(pg, X_NAME, y, 510, "Interpretation (HbA1c, as per ADA): Non-diabetic: < 5.7 %;  Pre-diabetes: "
                  "5.7 - 6.4 %;  Diabetes: >= 6.5 %.  Target for diabetics on treatment: < 7.0 %.", "helv", 8)
    y += 14
    pg.tc(297, y, "*** End of Report ***", "helv", 8.5)
    # signature block, stamp overlapping the smear text / end line
    sy = min(max(y + 24, 660), 726)
    pg.t(420, sy + 40, dr, "hebo", 9)
    pg.t(420, sy + 51, qual, "helv", 8.5)
    pg.t(420, sy + 62, "Consultant Pathologist", "helv", 8.5)
    pg.t(40, sy + 62, "Checked by: Lab Technician", "helv", 8.5)
    _scribble(pg, 425, sy + 26, rng, w=85)
    _stamp_round(pg, 395 + rng.uniform(-10, 10), y - 12 + rng.uniform(-4, 6), lab.split(" ")[0], dr, reg, rng)
    pg.ln(30, 800, 565, 800, 0.5)
    pg.t(40, 812, "Note: Results relate only to the sample tested. Kindly correlate clinically. "
                  "This report is not valid for medico-legal purposes.", "helv", 7.5)
    pg.tr(565, 824, "Page 1 of 1", "helv", 7.5)
    return _finish(doc, "Haemogram"), exp, "female" if female else "male", coll.isoformat()


def _stamp_round(pg: _Pg, cx, cy, word, dr, reg, rng, col=(0.32, 0.2, 0.62)):
    """Round rubber stamp (translucent violet ink), rotated a little."""
    ang = rng.uniform(-18, 18)
    sh = pg.p.new_shape()
    mat = fitz.Matrix(ang)
    for r, wd in ((44, 2.2), (38, 0.9)):
        sh.draw_circle(fitz.Point(cx, cy), r)
        sh.finish(color=col, width=wd, fill=None, stroke_opacity=0.75, morph=(fitz.Point(cx, cy), mat))
    sh.commit()
    for dy, s, sz in ((-16, word, 7.5), (-4, dr.replace("Dr. ", "DR. ").upper()[:22], 5.6), (7, "CONSULTANT", 6),
                      (16, "PATHOLOGIST", 6), (26, reg[:22], 4.8)):
        w = _tw(s, "hebo", sz)
        p = fitz.Point(cx - w / 2, cy + dy)
        pg.p.insert_text(p, s, fontname="hebo", fontsize=sz, color=col, fill_opacity=0.75,
                         morph=(fitz.Point(cx, cy), mat))


# ===================================================================== D2  Canada: printed HL7 v2 ORU message

def _hl7_wrap(line: str, width: int) -> list[str]:
    """Wrap a segment the way the message viewer does: only after a '|' or '^' delimiter."""
    out = []
    while len(line) > width:
        cut = max(line.rfind("|", 0, width), line.rfind("^", 0, width))
        if cut <= 0:
            cut = width - 1
        out.append(line[:cut + 1])
        line = line[cut + 1:]
    out.append(line)
    return out


def _d2(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 2
    pat = {1: ("TREMBLAY", "NATHALIE", "MARIE"), 2: ("MACDONALD", "GRAHAM", "PETER"),
           3: ("BEAULIEU", "SYLVIE", "ANNE")}[variant]
    age = {1: rng.randint(44, 58), 2: rng.randint(52, 67), 3: rng.randint(66, 79)}[variant]
    dob = _dt.date(coll.year - age - 1, rng.randint(7, 12), rng.randint(1, 28))
    age = _age_on(dob, coll)
    t_coll = f"{rng.randint(7, 10):02d}{rng.choice(['05', '15', '22', '40', '48'])}00"
    ts_coll = coll.strftime("%Y%m%d") + t_coll + "-0400"
    ts_rec = coll.strftime("%Y%m%d") + f"{int(t_coll[:2]) + 1:02d}{rng.randint(10, 59)}00-0400"
    ts_res = coll.strftime("%Y%m%d") + f"{int(t_coll[:2]) + 3:02d}{rng.randint(10, 59)}00-0400"
    ts_msg = ts_res[:12] + f"{rng.randint(10, 59)}-0400"
    hcn = f"{rng.randint(1000, 9999)}{rng.randint(100, 999)}{rng.randint(100, 999)}"
    mrn = f"M00{rng.randint(100000, 999999)}"
    acc = f"L{coll.strftime('%y')}{coll.timetuple().tm_yday:03d}{rng.randint(1000, 9999)}"
    dr = ("047211", "OKAFOR", "CHIDI") if variant != 2 else ("051388", "LAFRAMBOISE", "ETIENNE")
    segs = [
        f"MSH|^~\\&|SOFTLAB|NBRHC^2.16.840.1.113883.3.239.23.1^ISO|EMR|LKFHT|{ts_msg}||ORU^R01^ORU_R01|"
        f"NB{ts_msg[:14]}{rng.randint(100, 999)}|P|2.5.1|||AL|NE|CAN|UNICODE UTF-8",
        f"PID|1||{mrn}^^^NBRHC^MR~{hcn}^{rng.choice(['KT', 'AB', 'PX'])}^^^JHN^^^^CANON&&HL70363||{pat[0]}^{pat[1]}^"
        f"{pat[2]}^^^^L||{dob.strftime('%Y%m%d')}|{'F' if female else 'M'}|||{rng.randint(11, 480)} "
        f"{rng.choice(['ALGONQUIN AVE', 'MAIN ST W', 'LAKESHORE DR', 'CASSELLS ST'])}^^NORTH BAY^ON^P1B"
        f"{rng.randint(1, 9)}W{rng.randint(1, 9)}^CAN^H||^PRN^PH^^1^705^{rng.randint(4000000, 4999999)}",
        f"PV1|1|O|NBL^^^NBRHC||||{dr[0]}^{dr[1]}^{dr[2]}^^^DR^^^^^^^^^^^^MD|||||||||||{rng.randint(40000000, 49999999)}",
    ]
    exp: list[ExpectedResult] = []
    obx_n = [0]

    def obx(lines, code_local, text, code, val, dec, unit, lo, hi, reftxt, comp=None, vt="NM", status="F"):
        obx_n[0] += 1
        if comp:
            vs = f"{comp}^{_f(val, dec)}"
            vt = "SN"
        else:
            val = _off(round(val, dec), dec, lo, hi)
            vs = _f(val, dec)
        e = _er(code, text, val, unit, lo, hi, comp=comp)
        pf = {"N": "", "H": "H", "L": "L", "HH": "HH", "LL": "LL"}[e.flag]
        e = _er(code, text, val, unit, lo, hi, pf=pf or None, comp=comp)
        exp.append(e)
        lines.append(f"OBX|{obx_n[0]}|{vt}|{code_local}^{text}^L||{vs}|{unit}|{reftxt}|{pf}|||{status}|||{ts_coll}|"
                     f"NBRHC^North Bay Regional Laboratory^L")
        return e

    def obx_text(lines, code_local, text, value, status):
        obx_n[0] += 1
        lines.append(f"OBX|{obx_n[0]}|ST|{code_local}^{text}^L||{value}||||||{status}|||{ts_coll}|"
                     f"NBRHC^North Bay Regional Laboratory^L")

    def obr(lines, i, code, text):
        obx_n[0] = 0
        lines.append(f"ORC|RE|OR{rng.randint(100000, 999999)}^EMR|{acc}-{i}^SOFTLAB||CM||||{ts_coll}|||"
                     f"{dr[0]}^{dr[1]}^{dr[2]}^^^DR")
        lines.append(f"OBR|{i}|OR{rng.randint(100000, 999999)}^EMR|{acc}-{i}^SOFTLAB|{code}^{text}^L|||{ts_coll}|||||"
                     f"||{ts_rec}||{dr[0]}^{dr[1]}^{dr[2]}^^^DR||||||{ts_res}||{'HM' if code == 'CBCD' else 'CH'}|F")

    cr_lo, cr_hi = (50.0, 100.0) if female else (60.0, 110.0)
    if variant == 1:
        obr(segs, 1, "CBCD", "CBC and Differential")
        c = _cbc(rng, female, rng.choice(["normal", "irondef"]), plt=rng.choice("nnh"))
        hb_lo, hb_hi = (120.0, 160.0) if female else (135.0, 175.0)
        obx(segs, "WBC", "White Blood Cells", "6690-2", c["wbc"], 1, "10*9/L", 4.0, 11.0, "4.0-11.0")
        obx(segs, "RBC", "Red Blood Cells", "789-8", c["rbc"], 2, "10*12/L", 3.80, 5.20, "3.80-5.20")
        obx(segs, "HGB", "Hemoglobin", "718-7", round(c["hb"] * 10), 0, "g/L", hb_lo, hb_hi, "120-160")
        obx(segs, "HCT", "Hematocrit", "4544-3", c["hct"] / 100, 3, "L/L", 0.350, 0.470, "0.350-0.470")
        obx(segs, "MCV", "MCV", "787-2", c["mcv"], 0, "fL", 80.0, 100.0, "80-100")
        obx(segs, "MCH", "MCH", "785-6", c["mch"], 1, "pg", 27.0, 33.0, "27.0-33.0")
        obx(segs, "MCHC", "MCHC", "786-4", round(c["mchc"] * 10), 0, "g/L", 320.0, 360.0, "320-360")
        obx(segs, "RDW", "RDW", "788-0", c["rdw"], 1, "%", 11.5, 14.5, "11.5-14.5")
        obx(segs, "PLT", "Platelets", "777-3", round(c["plt"]), 0, "10*9/L", 150.0, 400.0, "150-400")
        w = c["wbc"]
        for loc, txt, code, k, lo, hi in (("NEUT", "Neutrophils", "751-8", "neut", 2.0, 7.5),
                                          ("LYMPH", "Lymphocytes", "731-0", "lym", 1.0, 4.0),
                                          ("MONO", "Monocytes", "742-7", "mon", 0.2, 1.0),
                                          ("EOS", "Eosinophils", "711-2", "eos", 0.0, 0.5),
                                          ("BASO", "Basophils", "704-7", "bas", 0.0, 0.2)):
            obx(segs, loc, txt, code, w * c[k] / 100, 1, "10*9/L", lo, hi, f"{lo:.1f}-{hi:.1f}")
        segs.append("NTE|1|L|Automated differential. Smear reviewed by technologist.")
        obr(segs, 2, "LYTE", "Electrolytes")
        obx(segs, "NA", "Sodium", "2951-2", _v(rng, 135, 145, 0, _st(rng)), 0, "mmol/L", 135.0, 145.0, "135-145")
        obx(segs, "K", "Potassium", "2823-3", _v(rng, 3.5, 5.0, 1, _st(rng)), 1, "mmol/L", 3.5, 5.0, "3.5-5.0")
        obx(segs, "CL", "Chloride", "2075-0", _v(rng, 98, 107, 0), 0, "mmol/L", 98.0, 107.0, "98-107")
        obr(segs, 3, "CREA", "Creatinine")
        cr = _v(rng, cr_lo, cr_hi, 0, rng.choice("nh"))
        obx(segs, "CREA", "Creatinine", "14682-9", cr, 0, "umol/L", cr_lo, cr_hi, f"{cr_lo:.0f}-{cr_hi:.0f}")
        eg = _egfr(cr / 88.4, age, female)
        if eg > 90:
            obx(segs, "EGFR", "eGFR", "98979-8", 90.0, 0, "mL/min/{1.73_m2}", 60.0, None, ">=60", comp=">")
        else:
            obx(segs, "EGFR", "eGFR", "98979-8", float(round(eg)), 0, "mL/min/{1.73_m2}", 60.0, None, ">=60")
        segs.append("NTE|1|L|eGFR calculated using the CKD-EPI 2021 equation (race-free). Not valid in acute")
        segs.append("NTE|2|L|kidney injury, pregnancy or extremes of muscle mass.")
        obr(segs, 4, "GLUR", "Glucose Random")
        obx(segs, "GLUR", "Glucose Random", "14749-6", _v(rng, 3.3, 11.0, 1, _st(rng, 0.2, "h")), 1, "mmol/L",
            3.3, 11.0, "3.3-11.0")
    elif variant == 2:
        obr(segs, 1, "LIPF", "Lipid Assessment (fasting)")
        tc = rng.uniform(4.6, 6.6)
        hdl = rng.uniform(0.85, 1.45)
        tg = rng.uniform(0.9, 2.6)
        ldl = tc - hdl - tg / 2.2
        tc, hdl, tg, ldl = round(tc, 2), round(hdl, 2), round(tg, 2), round(ldl, 2)
        obx(segs, "CHOL", "Cholesterol", "14647-2", tc, 2, "mmol/L", None, 5.20, "<5.20")
        obx(segs, "TRIG", "Triglycerides", "14927-8", tg, 2, "mmol/L", None, 1.70, "<1.70")
        obx(segs, "HDL", "HDL Cholesterol", "14646-4", hdl, 2, "mmol/L", 1.00, None, ">1.00")
        obx(segs, "LDLC", "LDL Cholesterol (calc)", "39469-2", ldl, 2, "mmol/L", None, 3.40, "<3.40")
        obx(segs, "NHDL", "Non-HDL Cholesterol", "70204-3", round(tc - hdl, 2), 2, "mmol/L", None, 4.20, "<4.20")
        obx(segs, "CHDL", "Chol/HDL Ratio", "9830-1", round(tc / hdl, 1), 1, "", None, 5.0, "<5.0")
        exp[-1] = _er("9830-1", "Chol/HDL Ratio", round(tc / hdl, 1), None, None, 5.0,
                      pf=exp[-1].printed_flag)
        segs.append("NTE|1|L|Lipid targets per 2021 CCS Dyslipidemia Guidelines: LDL-C <2.0 mmol/L or")
        segs.append("NTE|2|L|non-HDL-C <2.6 mmol/L in patients for whom statin therapy is indicated.")
        obr(segs, 2, "A1C", "Hemoglobin A1c")
        obx(segs, "A1C", "Hemoglobin A1c", "4548-4", round(rng.uniform(5.4, 7.6), 1), 1, "%", None, 6.0, "<6.0")
        segs.append("NTE|1|L|A1c 6.0-6.4%: prediabetes. A1c >=6.5%: consistent with diabetes (Diabetes Canada).")
        obr(segs, 3, "CHEM", "Liver and Renal Panel")
        obx(segs, "ALT", "ALT", "1742-6", _v(rng, 0, 50, 0, _st(rng, 0.4, "h")), 0, "U/L", None, 50.0, "<=50")
        exp[-1] = exp[-1]  # ALT printed "<=50": one-sided upper limit
        obx(segs, "ALP", "Alkaline Phosphatase", "6768-6", _v(rng, 40, 129, 0), 0, "U/L", 40.0, 129.0, "40-129")
        obx(segs, "TBIL", "Bilirubin Total", "14631-6", _v(rng, 0, 22, 0), 0, "umol/L", None, 22.0, "<=22")
        obx(segs, "ALB", "Albumin", "1751-7", _v(rng, 35, 50, 0), 0, "g/L", 35.0, 50.0, "35-50")
        cr = _v(rng, cr_lo, cr_hi, 0)
        obx(segs, "CREA", "Creatinine", "14682-9", cr, 0, "umol/L", cr_lo, cr_hi, f"{cr_lo:.0f}-{cr_hi:.0f}")
        eg = _egfr(cr / 88.4, age, female)
        obx(segs, "EGFR", "eGFR", "98979-8", float(round(eg)), 0, "mL/min/{1.73_m2}", 60.0, None, ">=60")
        obr(segs, 4, "TSH", "Thyroid Stimulating Hormone")
        obx(segs, "TSH", "TSH", "3016-3", _v(rng, 0.32, 4.00, 2, _st(rng, 0.3)), 2, "mIU/L", 0.32, 4.00,
            "0.32-4.00")
        obr(segs, 5, "B12", "Vitamin B12")
        obx_text(segs, "B12", "Vitamin B12", "Pending", "I")
        segs.append("NTE|1|L|Result to follow.")
    else:
        obr(segs, 1, "CHEM", "Renal Panel")
        k = round(rng.uniform(7.1, 7.6), 1)
        obx(segs, "NA", "Sodium", "2951-2", _v(rng, 135, 145, 0, rng.choice("nl")), 0, "mmol/L", 135.0, 145.0,
            "135-145")
        ek = obx(segs, "K", "Potassium", "2823-3", k, 1, "mmol/L", 3.5, 5.0, "3.5-5.0")
        assert ek.flag == "HH"
        segs.append(f"NTE|1|L|CRITICAL RESULT: Potassium {_f(k, 1)} mmol/L telephoned to Dr {dr[1].title()} at "
                    f"{int(t_coll[:2]) + 3:02d}:{rng.randint(10, 59)} by JL, read back.")
        segs.append("NTE|2|L|Specimen not hemolyzed. Repeat on a fresh specimen suggested.")
        obx(segs, "CL", "Chloride", "2075-0", _v(rng, 98, 107, 0), 0, "mmol/L", 98.0, 107.0, "98-107")
        obx(segs, "HCO3", "Bicarbonate", "1963-8", _v(rng, 22, 29, 0, "l"), 0, "mmol/L", 22.0, 29.0, "22-29")
        obx(segs, "UREA", "Urea", "22664-7", _v(rng, 3.0, 8.0, 1, "h") + rng.uniform(4, 9), 1, "mmol/L", 3.0,
            8.0, "3.0-8.0")
        cr = round(rng.uniform(180, 290))
        obx(segs, "CREA", "Creatinine", "14682-9", float(cr), 0, "umol/L", cr_lo, cr_hi,
            f"{cr_lo:.0f}-{cr_hi:.0f}")
        eg = _egfr(cr / 88.4, age, female)
        obx(segs, "EGFR", "eGFR", "98979-8", float(round(eg)), 0, "mL/min/{1.73_m2}", 60.0, None, ">=60")
        obx(segs, "GLUR", "Glucose Random", "14749-6", _v(rng, 3.3, 11.0, 1), 1, "mmol/L", 3.3, 11.0, "3.3-11.0")
        obx(segs, "CA", "Calcium", "2000-8", _v(rng, 2.10, 2.55, 2, rng.choice("nl")), 2, "mmol/L", 2.10, 2.55,
            "2.10-2.55")
        obx(segs, "PHOS", "Phosphate", "14879-1", _v(rng, 0.80, 1.50, 2, "h"), 2, "mmol/L", 0.80, 1.50,
            "0.80-1.50")
        obx(segs, "MG", "Magnesium", "2601-3", _v(rng, 0.70, 1.00, 2), 2, "mmol/L", 0.70, 1.00, "0.70-1.00")
        obx(segs, "CK", "Creatine Kinase", "2157-6", _v(rng, 30, 180, 0), 0, "U/L", 30.0, 180.0, "30-180")
        obx_text(segs, "LIPA", "Lipase", "Test cancelled - insufficient specimen", "X")
        obr(segs, 2, "CBC", "CBC")
        c = _cbc(rng, female, "normal" if rng.random() < 0.5 else "irondef")
        obx(segs, "WBC", "White Blood Cells", "6690-2", c["wbc"], 1, "10*9/L", 4.0, 11.0, "4.0-11.0")
        obx(segs, "HGB", "Hemoglobin", "718-7", round(c["hb"] * 10), 0, "g/L", 120.0, 160.0, "120-160")
        obx(segs, "PLT", "Platelets", "777-3", round(c["plt"]), 0, "10*9/L", 150.0, 400.0, "150-400")
    # --- page rendering: message viewer printout
    doc = fitz.open()
    pg = _Pg(doc, 612, 792)
    pg.rect(0, 0, 612, 30, c=None, fill=(0.22, 0.27, 0.33))
    pg.t(36, 19, "Interface Monitor  -  Message Browser", "hebo", 10.5, c=(1, 1, 1))
    pg.tr(576, 19, f"Printed {coll.strftime('%Y-%m-%d')} {int(t_coll[:2]) + 4:02d}:{rng.randint(10, 59)} by "
                   f"{rng.choice(['mlapointe', 'hit.support', 'jdesrosiers'])}", "helv", 8, c=(1, 1, 1))
    y = 52
    meta = [("Channel", "LAB_RESULTS_IN  (HL7 v2 ORU from SOFTLAB)"), ("Message ID", str(rng.randint(4000000, 4999999))),
            ("Received", f"{ts_msg[:4]}-{ts_msg[4:6]}-{ts_msg[6:8]} {ts_msg[8:10]}:{ts_msg[10:12]}:{ts_msg[12:14]}"),
            ("Status", "PROCESSED  -  ACK AA sent"), ("Destination", "EMR inbox: " + dr[1].title() + ", " + dr[2].title())]
    for a, b in meta:
        pg.t(36, y, a + ":", "hebo", 8.5)
        pg.t(120, y, b, "helv", 8.5)
        y += 12
    y += 6
    pg.t(36, y, "Raw message", "hebo", 9)
    pg.ln(36, y + 4, 576, y + 4, 0.5)
    y += 18
    mono, sz, lh = "cour", 7.6, 10.2
    width_chars = int(536 / (0.6 * sz))
    page_no = [1]

    def newpage():
        nonlocal pg, y
        pg.tr(576, 776, f"Page {page_no[0]}", "helv", 7.5)
        page_no[0] += 1
        pg = _Pg(doc, 612, 792)
        y = 40
    for seg in segs:
        for i, part in enumerate(_hl7_wrap(seg, width_chars)):
            if y > 752:
                newpage()
            pg.t(36 + (0 if i == 0 else 0), y, part, mono, sz)
            y += lh
    y += 10
    if y > 700:
        newpage()
    pg.t(36, y, "Acknowledgement", "hebo", 9)
    pg.ln(36, y + 4, 576, y + 4, 0.5)
    y += 18
    pg.t(36, y, f"MSH|^~\\&|EMR|LKFHT|SOFTLAB|NBRHC|{ts_msg}||ACK^R01^ACK|A{rng.randint(10000000, 99999999)}|P|2.5.1",
         mono, sz)
    y += lh
    pg.t(36, y, f"MSA|AA|NB{ts_msg[:14]}", mono, sz)
    pg.tr(576, 776, f"Page {page_no[0]}", "helv", 7.5)
    return _finish(doc, "HL7 message"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D3  Portugal: transposed evolution grid

def _d3(name: str, variant: int):
    rng = _rng(name)
    last = _rand_date(rng)
    female = variant != 2
    age = {1: rng.randint(61, 72), 2: rng.randint(66, 78), 3: rng.randint(52, 63)}[variant]
    dob = _dt.date(last.year - age - 1, rng.randint(last.month, 12) if last.month < 12 else 12, rng.randint(1, 28))
    age = _age_on(dob, last)
    gap = {1: (14, 24), 2: (50, 95), 3: (60, 120)}[variant]
    dates = [last]
    for _ in range(4):
        dates.append(dates[-1] - _dt.timedelta(days=rng.randint(*gap)))
    dates = dates[::-1]  # oldest first
    # analyte specs: (code, header name, unit, lo, hi, dec, reftxt)
    if variant == 1:
        svc = "Hospital de Dia de Onco-Hematologia"
        cons = "Consulta de Hematologia Clínica"
        specs = [("718-7", "Hemoglobina", "g/dL", 12.0, 15.0, 1, "[12,0 - 15,0]"),
                 ("6690-2", "Leucócitos", "x10⁹/L", 4.0, 11.0, 2, "[4,00 - 11,00]"),
                 ("751-8", "Neutrófilos", "x10⁹/L", 1.8, 7.5, 2, "[1,80 - 7,50]"),
                 ("731-0", "Linfócitos", "x10⁹/L", 1.0, 4.0, 2, "[1,00 - 4,00]"),
                 ("777-3", "Plaquetas", "x10⁹/L", 150.0, 400.0, 0, "[150 - 400]"),
                 ("2160-0", "Creatinina", "mg/dL", 0.51, 0.95, 2, "[0,51 - 0,95]"),
                 ("3091-6", "Ureia", "mg/dL", 17.0, 43.0, 0, "[17 - 43]"),
                 ("2951-2", "Sódio", "mmol/L", 136.0, 145.0, 0, "[136 - 145]"),
                 ("2823-3", "Potássio", "mmol/L", 3.5, 5.1, 1, "[3,5 - 5,1]"),
                 ("1742-6", "ALT", "U/L", None, 33.0, 0, "[< 33]"),
                 ("1920-8", "AST", "U/L", None, 32.0, 0, "[< 32]"),
                 ("1975-2", "Bilirrubina total", "mg/dL", None, 1.2, 2, "[< 1,20]"),
                 ("2532-0", "LDH", "U/L", 135.0, 214.0, 0, "[135 - 214]"),
                 ("1988-5", "PCR", "mg/dL", None, 0.5, 2, "[< 0,50]")]
    elif variant == 2:
        svc = "Serviço de Nefrologia"
        cons = "Consulta de Doença Renal Crónica Avançada"
        specs = [("718-7", "Hemoglobina", "g/dL", 13.0, 17.0, 1, "[13,0 - 17,0]"),
                 ("2160-0", "Creatinina", "mg/dL", 0.67, 1.17, 2, "[0,67 - 1,17]"),
                 ("3091-6", "Ureia", "mg/dL", 17.0, 43.0, 0, "[17 - 43]"),
                 ("98979-8", "TFG estimada (CKD-EPI)", "mL/min/1,73m²", 60.0, None, 0, "[> 60]"),
                 ("2951-2", "Sódio", "mmol/L", 136.0, 145.0, 0, "[136 - 145]"),
                 ("2823-3", "Potássio", "mmol/L", 3.5, 5.1, 1, "[3,5 - 5,1]"),
                 ("1963-8", "Bicarbonato", "mmol/L", 22.0, 29.0, 0, "[22 - 29]"),
                 ("17861-6", "Cálcio", "mg/dL", 8.6, 10.2, 1, "[8,6 - 10,2]"),
                 ("2777-1", "Fósforo", "mg/dL", 2.5, 4.5, 1, "[2,5 - 4,5]"),
                 ("2731-8", "PTH intacta", "pg/mL", 15.0, 65.0, 0, "[15 - 65]"),
                 ("1751-7", "Albumina", "g/dL", 3.5, 5.2, 1, "[3,5 - 5,2]"),
                 ("3084-1", "Ácido úrico", "mg/dL", 3.4, 7.0, 1, "[3,4 - 7,0]"),
                 ("2276-4", "Ferritina", "ng/mL", 30.0, 400.0, 0, "[30 - 400]")]
    else:
        svc = "Serviço de Endocrinologia, Diabetes e Metabolismo"
        cons = "Consulta de Diabetes"
        specs = [("2345-7", "Glicose", "mg/dL", 70.0, 110.0, 0, "[70 - 110]"),
                 ("4548-4", "Hemoglobina A1c", "%", 4.0, 6.0, 1, "[4,0 - 6,0]"),
                 ("2093-3", "Colesterol total", "mg/dL", None, 190.0, 0, "[< 190]"),
                 ("2085-9", "Colesterol HDL", "mg/dL", 45.0, None, 0, "[> 45]"),
                 ("13457-7", "Colesterol LDL", "mg/dL", None, 116.0, 0, "[< 116]"),
                 ("2571-8", "Triglicéridos", "mg/dL", None, 150.0, 0, "[< 150]"),
                 ("2160-0", "Creatinina", "mg/dL", 0.51, 0.95, 2, "[0,51 - 0,95]"),
                 ("98979-8", "TFG estimada (CKD-EPI)", "mL/min/1,73m²", 60.0, None, 0, "[> 60]"),
                 ("2951-2", "Sódio", "mmol/L", 136.0, 145.0, 0, "[136 - 145]"),
                 ("2823-3", "Potássio", "mmol/L", 3.5, 5.1, 1, "[3,5 - 5,1]"),
                 ("1742-6", "ALT", "U/L", None, 33.0, 0, "[< 33]"),
                 ("2324-2", "Gama-GT", "U/L", None, 40.0, 0, "[< 40]"),
                 ("3016-3", "TSH", "µUI/mL", 0.27, 4.20, 2, "[0,27 - 4,20]")]
    nrow = len(dates)
    vals: list[dict] = []
    for ri in range(nrow):
        newest = ri == nrow - 1
        row = {}
        if variant == 1:
            c = _cbc(rng, True, "macro" if ri >= 2 else "normal",
                     plt="l" if ri >= 3 else "n", wbc="neut_crit" if newest else ("l" if ri == 3 else "n"))
            row["718-7"] = c["hb"] if not newest else rng.uniform(8.2, 9.6)
            row["6690-2"] = c["wbc"]
            row["751-8"] = c["wbc"] * c["neut"] / 100
            row["731-0"] = c["wbc"] * c["lym"] / 100
            row["777-3"] = c["plt"]
        if variant == 2:
            cr = rng.uniform(2.3, 3.1) + 0.12 * ri
            row["2160-0"] = cr
            row["98979-8"] = _egfr(cr, age, False)
            row["3091-6"] = rng.uniform(88, 130)
            row["718-7"] = rng.uniform(10.1, 11.8)
            row["2731-8"] = rng.uniform(96, 180)
            row["2777-1"] = rng.uniform(4.7, 5.6)
        if variant == 3:
            cr = rng.uniform(0.62, 0.88)
            row["2160-0"] = cr
            row["98979-8"] = _egfr(cr, age, True)
            row["4548-4"] = rng.uniform(6.8, 8.6) - 0.2 * ri
            row["2345-7"] = rng.uniform(122, 178)
            tc, hdl, tg = rng.uniform(168, 232), rng.uniform(38, 58), rng.uniform(110, 210)
            row["2093-3"], row["2085-9"], row["2571-8"] = tc, hdl, tg
            row["13457-7"] = tc - hdl - tg / 5
        for code, nm, unit, lo, hi, dec, rt in specs:
            if code not in row:
                row[code] = _v(rng, lo, hi, dec, _st(rng, 0.22))
            row[code] = _off(round(row[code], dec), dec, lo, hi)
        vals.append(row)
    # a few cells of the newest and older rows not requested that day
    keep = {"2160-0", "98979-8", "751-8", "6690-2"}
    opt = [sp[0] for sp in specs[6:] if sp[0] not in keep]
    missing = {(nrow - 1, rng.choice(opt))}
    for _ in range(5):
        cd = specs[rng.randrange(1, len(specs))][0]
        if cd not in keep:
            missing.add((rng.randrange(0, nrow - 1), cd))
    order = list(range(nrow)) if variant != 2 else list(range(nrow))[::-1]
    # ---- render
    doc = fitz.open()
    pg = _Pg(doc, 842, 595)
    pg.t(30, 36, "ULS TERRAS DO CAIMA", "hebo", 13, c=(0.05, 0.25, 0.45))
    pg.t(30, 49, "Hospital de São Sebastião do Caima  -  Serviço de Patologia Clínica", "helv", 8.5)
    pg.t(30, 60, "Rua Dr. Cândido de Pinho, 4520-211 Santa Maria da Feira  -  Tel. 256 379 700", "helv", 7.5)
    pg.tr(812, 36, "EVOLUÇÃO ANALÍTICA", "hebo", 13)
    pg.tr(812, 49, f"{svc}  -  {cons}", "helv", 8.5)
    pg.tr(812, 60, f"Período: {dates[0].strftime('%d/%m/%Y')} a {dates[-1].strftime('%d/%m/%Y')}", "helv", 8)
    pg.ln(30, 68, 812, 68, 1.0, c=(0.05, 0.25, 0.45))
    nm = {1: "Maria de Lurdes Pinho Gaspar", 2: "António Manuel Resende Brandão",
          3: "Fernanda Cristina Oliveira Leite"}[variant]
    pg.t(30, 84, "Utente:", "hebo", 9)
    pg.t(70, 84, nm, "helv", 9)
    pg.t(330, 84, f"N.º processo: {rng.randint(1000000, 1999999)}", "helv", 9)
    pg.t(480, 84, f"N.º SNS: {rng.randint(100000000, 299999999)}", "helv", 9)
    pg.t(30, 97, f"Data de nascimento: {dob.strftime('%d/%m/%Y')}  ({age} anos)", "helv", 9)
    pg.t(330, 97, f"Sexo: {'Feminino' if female else 'Masculino'}", "helv", 9)
    pg.t(480, 97, f"Médico: Dr(a). {rng.choice(['Joana Valente', 'Rui Figueiredo', 'Marta Cerqueira'])}", "helv", 9)
    note = ("Linhas por data de colheita, da mais antiga para a mais recente." if variant != 2 else
            "Linhas por data de colheita, da mais recente para a mais antiga.")
    pg.t(30, 114, note + "  Valores fora do intervalo de referência assinalados com "
         + ("* ." if variant == 3 else "↑ / ↓ ."), "dj", 7.5)
    x0, y0 = 30, 124
    datew = 62
    colw = (812 - x0 - datew) / len(specs)
    nlines = max(len(_wrap(sp[1], colw - 4, "djb", 7.2)) for sp in specs)
    hdr_h = 35 + 8.5 * nlines
    pg.rect(x0, y0, 812, y0 + hdr_h, c=(0.5, 0.5, 0.5), fill=(0.9, 0.93, 0.96), w=0.5)
    pg.t(x0 + 4, y0 + 14, "Data", "hebo", 8)
    pg.t(x0 + 4, y0 + 24, "colheita", "hebo", 8)
    names_printed = {}
    for i, (code, nmx, unit, lo, hi, dec, rt) in enumerate(specs):
        cx = x0 + datew + i * colw
        pg.ln(cx, y0, cx, y0 + hdr_h + 22 * nrow, 0.4, c=(0.6, 0.6, 0.6))
        lines = _wrap(nmx, colw - 4, "djb", 7.2)
        for li, ltxt in enumerate(lines):
            pg.tc(cx + colw / 2, y0 + 11 + li * 8.5, ltxt, "djb", 7.2)
        names_printed[code] = " ".join(lines)
        pg.tc(cx + colw / 2, y0 + hdr_h - 18, unit, "dj", 6.4, c=(0.2, 0.2, 0.2))
        pg.tc(cx + colw / 2, y0 + hdr_h - 7, rt, "dj", 6.4, c=(0.2, 0.2, 0.2))
    y = y0 + hdr_h
    exp: list[ExpectedResult] = []
    for k, ri in enumerate(order):
        newest = ri == nrow - 1
        if k % 2 == 1:
            pg.rect(x0, y, 812, y + 22, c=None, fill=(0.965, 0.965, 0.965))
        pg.ln(x0, y, 812, y, 0.4, c=(0.6, 0.6, 0.6))
        pg.t(x0 + 4, y + 14, dates[ri].strftime("%d/%m/%Y"), "djb" if newest else "dj", 7.8)
        for i, (code, nmx, unit, lo, hi, dec, rt) in enumerate(specs):
            cx = x0 + datew + i * colw
            if (ri, code) in missing:
                pg.tc(cx + colw / 2, y + 14, "—", "dj", 8)
                continue
            v = vals[ri][code]
            e = _er(code, names_printed[code], v, unit, lo, hi)
            mark = ""
            if e.flag != "N":
                mark = ("*" if variant == 3 else ("↑" if e.flag in ("H", "HH") else "↓"))
            txt = _f(v, dec, True) + (" " + mark if mark else "")
            pg.tc(cx + colw / 2, y + 14, txt, "djb" if newest else "dj", 8)
            if newest:
                exp.append(_er(code, names_printed[code], v, unit, lo, hi, pf=mark or None))
        y += 22
    pg.rect(x0, y0, 812, y, c=(0.5, 0.5, 0.5), w=0.6)
    y += 16
    foot = ("TFG estimada pela equação CKD-EPI 2021 (sem coeficiente de raça). " if variant != 1 else "") + \
        "Os intervalos de referência indicados são os atualmente em vigor no laboratório e aplicam-se ao sexo e " \
        "idade do utente. Valores anteriores a " + dates[0].strftime("%m/%Y") + " não incluídos."
    y = _para(pg, x0, y, 780, foot, "dj", 7)
    if variant == 1:
        y = _para(pg, x0, y + 2, 780, "Última colheita com neutropenia grave: valor comunicado ao médico assistente "
                  "por via telefónica (Enf.ª de serviço, ext. 4218).", "dj", 7)
    pg.ln(30, 560, 812, 560, 0.5)
    pg.t(30, 572, f"Impresso em {last.strftime('%d/%m/%Y')} por SClínico  -  Utilizador: "
                  f"{rng.choice(['mcerqueira', 'rfigueiredo', 'jvalente'])}", "helv", 7)
    pg.tr(812, 572, "Página 1 de 1", "helv", 7)
    return _finish(doc, "Evolução analítica"), exp, "female" if female else "male", last.isoformat()


# ===================================================================== D4  Brazil: WhatsApp chat screenshot

def _d4(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    dark = variant == 2
    ios = variant == 3
    W, H = 360, 780
    doc = fitz.open()
    pg = _Pg(doc, W, H)
    bg = (0.043, 0.078, 0.102) if dark else (0.937, 0.918, 0.886)
    fg = (0.914, 0.929, 0.937) if dark else (0.067, 0.106, 0.129)
    sub = (0.53, 0.59, 0.62) if dark else (0.4, 0.45, 0.48)
    bub_in = (0.125, 0.173, 0.2) if dark else (1, 1, 1)
    bub_out = (0.0, 0.36, 0.294) if dark else (0.851, 0.992, 0.827)
    pg.rect(0, 0, W, H, c=None, fill=bg)
    # wallpaper doodles (faint)
    g = _nprng(name + "/wall")
    for _ in range(70):
        x, y = float(g.uniform(0, W)), float(g.uniform(90, H - 60))
        col = tuple(min(1, max(0, c + (0.035 if dark else -0.035))) for c in bg)
        pg.p.draw_circle((x, y), float(g.uniform(2, 6)), color=col, width=0.8)
    # status bar + header
    lab = {1: "Vida Diagnósticos", 2: "LabCenter Análises Clínicas", 3: "Bioclínica São Judas"}[variant]
    tm = rng.randint(7, 9)
    mm = rng.randint(0, 40)
    clock = f"{tm + rng.randint(1, 2)}:{rng.randint(10, 59)}"
    hdr = (0.122, 0.173, 0.204) if dark else ((0.969, 0.969, 0.969) if ios else (0.0, 0.502, 0.412))
    htxt = (0.91, 0.93, 0.94) if dark else ((0, 0, 0) if ios else (1, 1, 1))
    pg.rect(0, 0, W, 78, c=None, fill=hdr)
    pg.t(14, 15, clock, "djb", 9, c=htxt)
    pg.tr(346, 15, f"4G  {rng.randint(35, 88)}%", "djb", 8.5, c=htxt)
    for i in range(4):
        pg.rect(282 + i * 4, 14 - 3 - i * 2, 284.5 + i * 4, 14, c=None, fill=htxt)
    if ios:
        pg.t(10, 54, "‹", "dj", 26, c=(0.0, 0.48, 1.0))
        pg.t(26, 52, str(rng.randint(3, 28)), "dj", 11, c=(0.0, 0.48, 1.0))
        pg.p.draw_circle((180, 40), 11, color=None, fill=(0.1, 0.55, 0.75))
        pg.tc(180, 44, "BS", "djb", 8, c=(1, 1, 1))
        pg.tc(180, 63, lab + " ✓", "djb", 9.5, c=htxt)
        pg.tc(180, 73, "Conta comercial", "dj", 7, c=(0.45, 0.45, 0.45))
        pg.ln(0, 78, W, 78, 0.4, c=(0.75, 0.75, 0.75))
    else:
        pg.t(10, 56, "←", "dj", 15, c=htxt)
        pg.p.draw_circle((48, 51), 14, color=None, fill=(0.95, 0.55, 0.2) if variant == 1 else (0.3, 0.5, 0.85))
        pg.tc(48, 55, "VD" if variant == 1 else "LC", "djb", 9, c=(1, 1, 1))
        pg.t(70, 48, lab, "djb", 11, c=htxt)
        pg.t(70, 61, "Conta comercial", "dj", 7.5, c=htxt)
        pg.t(290, 56, "⋮", "djb", 14, c=htxt)
    # ---- results (the chat prints no sex; each message gives the range that applies to the patient)
    exp: list[ExpectedResult] = []
    lines: list[tuple[str, str]] = []  # (text, font)

    def res(code, nm, val, dec, unit, lo, hi, ref, thou=False, sep=" "):
        val = _off(round(val, dec), dec, lo, hi)
        e = _er(code, nm, val, unit, lo, hi)
        vtxt = _thou(val, ".") if thou else _f(val, dec, True)
        if variant == 1:
            flag = {"H": "ALTO", "L": "BAIXO"}.get(e.flag)
            txt = f"{nm}: {vtxt} {unit}" + (f" - {flag}" if flag else "") + f" (VR: {ref})"
            lines.append((txt, "dj"))
        elif variant == 2:
            flag = {"H": "↑", "L": "↓"}.get(e.flag)
            txt = f"• {nm}: {vtxt}{sep}{unit}" + (f" {flag}" if flag else "") + f" | Ref.: {ref}"
            lines.append((txt, "dj"))
        else:
            flag = {"H": "(acima)", "L": "(abaixo)"}.get(e.flag)
            lines.append((f"{nm} = {vtxt}{sep}{unit}" + (f" {flag}" if flag else ""), "djb"))
            lines.append((f"Ref.: {ref}", "dj"))
        exp.append(_er(code, nm, val, unit, lo, hi, pf=flag))

    if variant == 1:
        c = _cbc(rng, True, rng.choice(["normal", "irondef"]))
        lines.append(("HEMOGRAMA", "djb"))
        res("718-7", "Hemoglobina", c["hb"], 1, "g/dL", 12.0, 15.5, "12,0 a 15,5")
        res("4544-3", "Hematócrito", c["hct"], 1, "%", 35.0, 45.0, "35,0 a 45,0")
        res("6690-2", "Leucócitos", round(c["wbc"] * 1000, -1), 0, "/mm³", 3500, 10500, "3.500 a 10.500", thou=True)
        res("777-3", "Plaquetas", round(c["plt"]) * 1000, 0, "/mm³", 150000, 450000, "150.000 a 450.000",
            thou=True)
        lines.append(("", "dj"))
        lines.append(("BIOQUÍMICA", "djb"))
        res("2345-7", "Glicose em jejum", _v(rng, 70, 99, 0, rng.choice("nh")), 0, "mg/dL", 70, 99, "70 a 99")
        res("4548-4", "Hemoglobina glicada", _v(rng, None, 5.7, 1, rng.choice("nh"), floor=4.8), 1, "%", None, 5.7,
            "inferior a 5,7%")
        res("2093-3", "Colesterol total", _v(rng, None, 190, 0, rng.choice("nh"), floor=142), 0, "mg/dL", None, 190,
            "desejável < 190")
        res("2085-9", "HDL colesterol", _v(rng, 40, None, 0, rng.choice("nnl")), 0, "mg/dL", 40, None,
            "desejável > 40")
        res("2571-8", "Triglicerídeos", _v(rng, None, 150, 0, _st(rng), floor=60), 0, "mg/dL", None, 150,
            "desejável < 150")
        res("2160-0", "Creatinina", _v(rng, 0.50, 0.90, 2), 2, "mg/dL", 0.50, 0.90, "0,50 a 0,90")
        res("3016-3", "TSH", _v(rng, 0.45, 4.50, 2, _st(rng)), 2, "µUI/mL", 0.45, 4.50, "0,45 a 4,50")
        res("3024-7", "T4 livre", _v(rng, 0.70, 1.80, 2), 2, "ng/dL", 0.70, 1.80, "0,70 a 1,80")
        res("62292-8", "Vitamina D (25-OH)", _v(rng, 20, None, 1, rng.choice("nl")), 1, "ng/mL", 20, None,
            "acima de 20")
        res("2276-4", "Ferritina", _v(rng, 15, 150, 0, "l" if c["hb"] < 12 else "n"), 0, "ng/mL", 15, 150,
            "15 a 150")
        greet = [("Olá, Maria Eduarda! Aqui é o Vida Diagnósticos.", "dj"),
                 ("Seus exames do protocolo 2404-" + str(rng.randint(100000, 999999)) + " estão prontos.", "dj")]
        intro = f"Resumo dos resultados - coleta em {coll.strftime('%d/%m/%Y')}:"
        tail = [("", "dj"), ("Laudo completo com assinatura digital: vidadiagnosticos.com.br/laudos - código "
                 f"{rng.choice(['8HK2', 'Q7TP', 'M3XD'])}-{rng.randint(1000, 9999)}.", "dj"),
                ("Este resumo é informativo e não substitui o laudo.", "dj")]
        user = "Obrigada! E a vitamina B12, já saiu?"
        reply = f"A vitamina B12 ainda está em análise, com previsão de liberação em " \
                f"{(coll + _dt.timedelta(days=3)).strftime('%d/%m')}. Avisaremos por aqui."
    elif variant == 2:
        lines.append(("Bioquímica", "djb"))
        gl = float(rng.randint(102, 124))
        res("2345-7", "Glicose", gl, 0, "mg/dL", 70, 99, "70 a 99 mg/dL")
        tc, hdl, tg = rng.randint(196, 248), rng.randint(34, 52), rng.randint(130, 260)
        res("2093-3", "Colesterol total", float(tc), 0, "mg/dL", None, 190, "< 190 mg/dL")
        res("2085-9", "HDL", float(hdl), 0, "mg/dL", 40, None, "> 40 mg/dL")
        ldl = round(tc - hdl - tg / 5)
        lines.append((f"• LDL (calculado): {ldl} mg/dL | Ref.: conforme risco cardiovascular", "dj"))
        exp.append(_er("13457-7", "LDL (calculado)", float(ldl), "mg/dL"))
        res("2571-8", "Triglicerídeos", float(tg), 0, "mg/dL", None, 150, "< 150 mg/dL")
        res("3091-6", "Ureia", _v(rng, 15, 45, 0, _st(rng)), 0, "mg/dL", 15, 45, "15 a 45 mg/dL")
        cr = _v(rng, 0.70, 1.20, 2, _st(rng, 0.3, "h"))
        res("2160-0", "Creatinina", cr, 2, "mg/dL", 0.70, 1.20, "0,70 a 1,20 mg/dL")
        res("3084-1", "Ácido úrico", _v(rng, 3.4, 7.0, 1, rng.choice("nh")), 1, "mg/dL", 3.4, 7.0,
            "3,4 a 7,0 mg/dL")
        res("1920-8", "TGO (AST)", _v(rng, None, 40, 0, _st(rng)), 0, "U/L", None, 40, "até 40 U/L")
        res("1742-6", "TGP (ALT)", _v(rng, None, 41, 0, _st(rng, 0.4, "h")), 0, "U/L", None, 41, "até 41 U/L")
        res("2324-2", "Gama GT", _v(rng, 8, 61, 0, _st(rng, 0.4, "h")), 0, "U/L", 8, 61, "8 a 61 U/L")
        lines.append(("", "dj"))
        lines.append(("Urologia", "djb"))
        res("2857-1", "PSA total", _v(rng, None, 4.0, 2), 2, "ng/mL", None, 4.0, "< 4,00 ng/mL")
        greet = [("Olá, Sr. Carlos Henrique!", "dj"),
                 (f"Os resultados do seu atendimento de {coll.strftime('%d/%m/%Y')} (pedido "
                  f"{rng.randint(3000000, 3999999)}) já estão disponíveis.", "dj")]
        intro = "Confira abaixo:"
        tail = [("", "dj"), ("Dúvidas? Ligue (31) 3274-" + str(rng.randint(1000, 9999)) + " ou digite 0 para falar "
                 "com um atendente.", "dj")]
        user = "Blz, obrigado. Vou levar pro médico dia 22"
        reply = "Perfeito! Se precisar do laudo impresso, retire em qualquer unidade com documento com foto."
    else:
        lines.append(("TIREOIDE", "djb"))
        hashi = rng.random() < 0.6
        res("3016-3", "TSH", _v(rng, 0.38, 5.33, 2, "h" if hashi else "n"), 2, "µUI/mL", 0.38, 5.33,
            "0,38 a 5,33 µUI/mL")
        res("3024-7", "T4 livre", _v(rng, 0.58, 1.64, 2), 2, "ng/dL", 0.58, 1.64, "0,58 a 1,64 ng/dL")
        res("8099-4", "Anti-TPO", _v(rng, None, 34, 1, "n", floor=5) if not hashi else rng.uniform(120, 480), 1,
            "UI/mL", None, 34, "inferior a 34 UI/mL")
        lines.append(("", "dj"))
        lines.append(("VITAMINAS E FERRO", "djb"))
        res("62292-8", "25-OH Vitamina D", _v(rng, 20, 60, 1, rng.choice("nl")), 1, "ng/mL", 20, 60,
            "20 a 60 ng/mL")
        res("2132-9", "Vitamina B12", _v(rng, 197, 771, 0, rng.choice("nnl")), 0, "pg/mL", 197, 771,
            "197 a 771 pg/mL")
        res("2276-4", "Ferritina", _v(rng, 13, 150, 0, _st(rng)), 0, "ng/mL", 13, 150, "13 a 150 ng/mL")
        res("2498-4", "Ferro sérico", _v(rng, 50, 170, 0, _st(rng)), 0, "µg/dL", 50, 170, "50 a 170 µg/dL")
        lines.append(("", "dj"))
        lines.append(("GLICEMIA", "djb"))
        res("2345-7", "Glicose", _v(rng, 70, 99, 0, _st(rng, 0.4, "h")), 0, "mg/dL", 70, 99, "70 a 99 mg/dL")
        res("4548-4", "Hemoglobina glicada (HbA1c)", _v(rng, 4.0, 5.6, 1, _st(rng, 0.4, "h")), 1, "%", 4.0, 5.6,
            "4,0 a 5,6%", sep="")
        res("20448-7", "Insulina", _v(rng, 2.6, 24.9, 1, _st(rng, 0.3, "h")), 1, "µUI/mL", 2.6, 24.9,
            "2,6 a 24,9 µUI/mL")
        lines.append(("", "dj"))
        lines.append(("LIPÍDIOS", "djb"))
        res("2093-3", "Colesterol total", _v(rng, None, 190, 0, rng.choice("nh"), floor=150), 0, "mg/dL", None,
            190, "desejável inferior a 190 mg/dL")
        res("2571-8", "Triglicérides", _v(rng, None, 150, 0, _st(rng), floor=70), 0, "mg/dL", None, 150,
            "desejável inferior a 150 mg/dL")
        greet = [("Oi, Juliana! Tudo bem?", "dj")]
        intro = (f"Seus resultados ficaram prontos. Coleta: {coll.strftime('%d/%m/%Y')} - Unidade Centro. "
                 "Seguem os valores:")
        tail = []
        user = "Oi! O hemograma ainda não saiu?"
        reply = "O hemograma foi liberado no laudo em PDF que enviamos por e-mail. Quer que enviemos aqui também?"
    # ---- bubbles
    fsz, lh = 8.6, 11.6
    bw_max = 280
    y = 92
    pg.rect(W / 2 - 22, y, W / 2 + 22, y + 15, c=None, fill=(0.12, 0.17, 0.2) if dark else (1, 1, 1), radius=0.3)
    pg.tc(W / 2, y + 10.5, "HOJE", "djb", 7, c=sub)
    y += 24

    def bubble(msg_lines, incoming, t):
        nonlocal y
        wrapped = []
        for txt, f in msg_lines:
            if not txt:
                wrapped.append(("", f))
                continue
            for part in _wrap(txt, bw_max - 16, f, fsz):
                wrapped.append((part, f))
        width = min(bw_max, max(_tw(t, f, fsz) for t, f in wrapped) + 50)
        hgt = len(wrapped) * lh + 16
        x0 = 10 if incoming else W - 10 - width
        pg.rect(x0, y, x0 + width, y + hgt, c=None, fill=bub_in if incoming else bub_out, radius=0.06)
        yy = y + 13
        for txt, f in wrapped:
            pg.t(x0 + 8, yy, txt, f, fsz, c=fg)
            yy += lh
        stamp = f"{t}" + ("" if incoming else "  ✓✓")
        pg.tr(x0 + width - 6, y + hgt - 4, stamp, "dj", 6.3,
              c=sub if incoming else ((0.33, 0.74, 0.96) if not dark else (0.55, 0.85, 1.0)))
        y += hgt + 6

    bubble(greet, True, f"{tm:02d}:{mm:02d}")
    bubble([(intro, "dj"), ("", "dj")] + lines + tail, True, f"{tm:02d}:{mm + 1:02d}")
    bubble([(user, "dj")], False, f"{tm:02d}:{mm + 9:02d}")
    bubble([(reply, "dj")], True, f"{tm:02d}:{mm + 11:02d}")
    if y > H - 60:
        raise ValueError(f"{name}: chat overflows the screen ({y:.0f})")
    # input bar
    pg.rect(8, H - 46, W - 52, H - 12, c=None, fill=(0.12, 0.17, 0.2) if dark else (1, 1, 1), radius=0.5)
    pg.t(40, H - 25, "Mensagem", "dj", 10, c=sub)
    pg.p.draw_circle((W - 28, H - 29), 17, color=None, fill=(0.0, 0.66, 0.52))
    pg.tc(W - 28, H - 25, "🎤" if False else "●", "dj", 10, c=(1, 1, 1))
    return _finish(doc, "screenshot"), exp, None, coll.isoformat()


def _screenshot(pdf: bytes, name: str, variant: int) -> bytes:
    img = _raster(pdf, 216, color=True)  # 360x780 pt at 3x -> 1080x2340 px
    if variant == 2:  # forwarded screenshot: recompressed once
        img = _jpeg_roundtrip(img, 82)
    return _png(img)


# ===================================================================== D5  Kenya: haematology analyser printout

def _d5(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 2
    age = {1: rng.randint(28, 41), 2: rng.randint(38, 55), 3: rng.randint(22, 31)}[variant]
    pname = {1: "WANJIKU GRACE MUTHONI", 2: "OCHIENG PETER ODHIAMBO", 3: "CHEPKOECH FAITH JEPTOO"}[variant]
    g_l = variant == 2  # haemoglobin in g/L on this analyser
    scen = {1: rng.choice(["normal", "irondef"]), 2: "irondef", 3: "normal"}[variant]
    c = _cbc(rng, female, scen, plt={1: "n", 2: rng.choice("nh"), 3: "crit"}[variant],
             wbc={1: rng.choice("nnh"), 2: "n", 3: "n"}[variant])
    doc = fitz.open()
    pg = _Pg(doc)
    pg.rect(0, 0, 595, 842, c=None, fill=(0.86, 0.86, 0.85))  # scanner lid
    ox, oy = 36 + rng.uniform(-6, 10), 22 + rng.uniform(-4, 8)
    pw, ph = 420, 595
    pg.rect(ox + 3, oy + 3, ox + pw + 3, oy + ph + 3, c=None, fill=(0.7, 0.7, 0.7))
    pg.rect(ox, oy, ox + pw, oy + ph, c=None, fill=(1, 1, 1))

    def T(x, y, s, f="helv", sz=7.5, **kw):
        pg.t(ox + x, oy + y, s, f, sz, **kw)

    T(18, 26, "MWANGAZA MEDICAL CENTRE - LABORATORY", "hebo", 10.5)
    T(18, 37, "Kenyatta Avenue, P.O. Box 1843-20100 Nakuru  |  Tel: 0712 448 301 / 051 221 0457", "helv", 6.8)
    pg.tc(ox + pw / 2, oy + 54, "Hematology Analysis Report", "hebo", 10)
    pg.ln(ox + 14, oy + 60, ox + pw - 14, oy + 60, 0.6)
    t_s = f"{rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}"
    t_p = f"{int(t_s[:2]) + 1:02d}:{rng.randint(0, 59):02d}"
    sid = f"{coll.strftime('%y%m%d')}-{rng.randint(1, 80):03d}"
    fields = [("Sample ID:", sid, "Name:", pname), ("Sex:", "Female" if female else "Male", "Age:", f"{age} Year"),
              ("Ref. Group:", "Woman" if female else "Man", "Mode:", "WB-CBC+5DIFF"),
              ("Dept.:", rng.choice(["OPD", "MCH", "Ward 3"]), "Sender:", rng.choice(["Dr. Otieno", "Dr. Kiprono",
                                                                                       "Dr. Achieng"])),
              ("Sample Time:", f"{coll.strftime('%Y/%m/%d')} {t_s}", "Print Time:",
               f"{coll.strftime('%Y/%m/%d')} {t_p}")]
    y = 72
    for a, b, c2, d in fields:
        T(18, y, a, "helv", 7.2)
        T(72, y, b, "hebo", 7.2)
        T(215, y, c2, "helv", 7.2)
        T(262, y, d, "hebo", 7.2)
        y += 10.5
    y += 2
    pg.ln(ox + 14, oy + y, ox + pw - 14, oy + y, 0.5)
    y += 11
    cols = [(18, "Parameter"), (66, "Result"), (112, ""), (124, "Unit"), (160, "Ref. Range")]
    for dx in (0, 200):
        for x, s in cols:
            T(x + dx, y, s, "hebo", 7)
    y += 4
    pg.ln(ox + 14, oy + y, ox + pw - 14, oy + y, 0.4)
    y += 11
    exp: list[ExpectedResult] = []
    w = round(c["wbc"], 2)
    pcts = {k: round(c[k], 1) for k in ("neut", "lym", "mon", "eos", "bas")}
    pcts["neut"] = round(100 - pcts["lym"] - pcts["mon"] - pcts["eos"] - pcts["bas"], 1)
    rbc_r = (3.50, 5.00) if female else (4.00, 5.50)
    hgb_r = (11.0, 15.0) if female else (12.0, 16.0)
    hct_r = (37.0, 47.0) if female else (40.0, 54.0)
    left = [("6690-2", "WBC", w, 2, "10^9/L", 4.00, 10.00),
            ("751-8", "Neu#", w * pcts["neut"] / 100, 2, "10^9/L", 2.00, 7.00),
            ("731-0", "Lym#", w * pcts["lym"] / 100, 2, "10^9/L", 0.80, 4.00),
            ("742-7", "Mon#", w * pcts["mon"] / 100, 2, "10^9/L", 0.12, 1.20),
            ("711-2", "Eos#", w * pcts["eos"] / 100, 2, "10^9/L", 0.02, 0.50),
            ("704-7", "Bas#", w * pcts["bas"] / 100, 2, "10^9/L", 0.00, 0.10),
            ("770-8", "Neu%", pcts["neut"], 1, "%", 50.0, 70.0),
            ("736-9", "Lym%", pcts["lym"], 1, "%", 20.0, 40.0),
            ("5905-5", "Mon%", pcts["mon"], 1, "%", 3.0, 12.0),
            ("713-8", "Eos%", pcts["eos"], 1, "%", 0.5, 5.0),
            ("706-2", "Bas%", pcts["bas"], 1, "%", 0.0, 1.0)]
    right = [("789-8", "RBC", c["rbc"], 2, "10^12/L", *rbc_r),
             ("718-7", "HGB", c["hb"] * (10 if g_l else 1), 0 if g_l else 1, "g/L" if g_l else "g/dL",
              hgb_r[0] * (10 if g_l else 1), hgb_r[1] * (10 if g_l else 1)),
             ("4544-3", "HCT", c["hct"], 1, "%", *hct_r),
             ("787-2", "MCV", c["mcv"], 1, "fL", 80.0, 100.0),
             ("785-6", "MCH", c["mch"], 1, "pg", 27.0, 34.0),
             ("786-4", "MCHC", c["mchc"] * (10 if g_l else 1), 0 if g_l else 1, "g/L" if g_l else "g/dL",
              320.0 if g_l else 32.0, 360.0 if g_l else 36.0),
             ("788-0", "RDW-CV", c["rdw"], 1, "%", 11.0, 16.0),
             ("21000-5", "RDW-SD", c["rdwsd"], 1, "fL", 35.0, 56.0),
             ("777-3", "PLT", c["plt"], 0, "10^9/L", 150.0, 450.0),
             ("32623-1", "MPV", c["mpv"], 1, "fL", 6.5, 12.0),
             ("32207-3", "PDW", c["pdw"], 1, "fL", 9.0, 17.0)]
    if variant == 3:
        right = right[:9]  # MPV / PDW not reported when the platelet count is too low: printed "***"
    for col, rows in ((0, left), (200, right)):
        yy = y
        for code, nm, val, dec, unit, lo, hi in rows:
            val = _off(round(val, dec), dec, lo, hi)
            e = _er(code, nm, val, unit, lo, hi)
            pf = {"H": "H", "HH": "H", "L": "L", "LL": "L"}.get(e.flag)
            exp.append(_er(code, nm, val, unit, lo, hi, pf=pf))
            fmt = f"{val:.{dec}f}"
            T(col + 18, yy, nm, "helv", 7.4)
            T(col + 66, yy, fmt, "hebo", 7.4)
            if pf:
                T(col + 112, yy, pf, "hebo", 7.4)
            T(col + 124, yy, unit, "helv", 7.2)
            T(col + 160, yy, f"{lo:.{dec}f} - {hi:.{dec}f}", "helv", 7.2)
            yy += 11.2
        if variant == 3 and col == 200:
            for nm, unit, rr in (("MPV", "fL", "6.5 - 12.0"), ("PDW", "fL", "9.0 - 17.0")):
                T(col + 18, yy, nm, "helv", 7.4)
                T(col + 66, yy, "***", "hebo", 7.4)
                T(col + 124, yy, unit, "helv", 7.2)
                T(col + 160, yy, rr, "helv", 7.2)
                yy += 11.2
    y += 11 * 11.2 + 4
    pg.ln(ox + 14, oy + y, ox + pw - 14, oy + y, 0.4)
    y += 12
    wmsg = "Leukocytosis  Neutrophilia" if c["wbc"] > 10 else ""
    rmsg = "Anemia  Microcytosis  Hypochromia  Anisocytosis" if scen == "irondef" else ""
    pmsg = "Thrombocytopenia  PLT Abn Distribution" if variant == 3 else (
        "Thrombocytosis" if c["plt"] > 450 else "")
    for lab_, m in (("WBC Message:", wmsg), ("RBC Message:", rmsg), ("PLT Message:", pmsg)):
        T(18, y, lab_, "hebo", 7)
        T(80, y, m, "helv", 7)
        y += 10
    y += 6
    # graphs: DIFF scattergram, RBC and PLT histograms
    g = _nprng(name + "/graph")
    gx, gy, gw, gh = 18, y, 120, 92
    pg.rect(ox + gx, oy + gy, ox + gx + gw, oy + gy + gh, w=0.5)
    T(gx + 2, gy - 3, "DIFF", "hebo", 6.5)
    for cx_, cy_, n_, sx_, sy_ in ((0.3, 0.75, 160, 0.05, 0.06), (0.62, 0.45, 260, 0.08, 0.07),
                                   (0.45, 0.3, 70, 0.05, 0.05), (0.8, 0.25, 40, 0.04, 0.04)):
        pts = g.normal([cx_, cy_], [sx_, sy_], size=(n_, 2))
        for px, py in pts:
            if 0.02 < px < 0.98 and 0.02 < py < 0.98:
                pg.rect(ox + gx + px * gw, oy + gy + py * gh, ox + gx + px * gw + 0.8, oy + gy + py * gh + 0.8,
                        c=None, fill=(0.15, 0.15, 0.15))
    for k, (title, ticks, mu, sd) in enumerate((("RBC", ("0", "100", "200", "300fL"), c["mcv"] / 300, 0.07),
                                                 ("PLT", ("0", "10", "20", "30fL"), c["mpv"] / 30, 0.12))):
        hx = 150 + k * 135
        pg.rect(ox + hx, oy + gy, ox + hx + 120, oy + gy + gh - 14, w=0.5)
        T(hx + 2, gy - 3, title, "hebo", 6.5)
        pts = []
        for i in range(101):
            t = i / 100
            val = math.exp(-((t - mu) ** 2) / (2 * sd * sd)) + (0.12 * math.exp(-((t - mu * 1.6) ** 2) / 0.01)
                                                                  if title == "RBC" else 0)
            pts.append(fitz.Point(ox + hx + 2 + t * 116, oy + gy + gh - 16 - val * (gh - 26)))
        sh = pg.p.new_shape()
        sh.draw_polyline(pts)
        sh.finish(color=(0, 0, 0), width=0.7, closePath=False)
        sh.commit()
        for j, tk in enumerate(ticks):
            T(hx + j * 38, gy + gh - 5, tk, "helv", 5.5)
    y = gy + gh + 22
    T(18, y, "Lab Technologist: ______________________", "helv", 7.2)
    T(230, y, "Reviewed by: ____________________", "helv", 7.2)
    _scribble(pg, ox + 100, oy + y - 6, rng, w=60, c=(0.05, 0.1, 0.35))
    if variant == 3:
        T(18, y + 14, "PLT confirmed on smear.", "helv", 7.2, c=(0.05, 0.1, 0.35))
        _scribble(pg, ox + 290, oy + y - 4, rng, w=50, c=(0.05, 0.1, 0.35))
    T(18, ph - 12, "Note: The results relate only to the sample tested.   Page 1/1", "helv", 6.2)
    return _finish(doc, "Hematology analysis report"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D6  Nigeria: Hb variant HPLC report

def _d6(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 2
    age = {1: rng.randint(24, 31), 2: rng.randint(29, 38), 3: rng.randint(6, 9)}[variant]
    pname = {1: "Mrs. Adaeze Chiamaka OKONKWO", 2: "Mr. Babatunde Olamide ADEYEMI",
             3: "Miss Zainab Ifeoluwa ABUBAKAR"}[variant]
    clin = {1: "Pre-marital genotype screening.", 2: "Microcytosis on routine FBC; not responding to oral iron.",
            3: "Known sickle cell disease? Recurrent bone pains, jaundice. Not transfused in last 3 months."}[variant]
    # fractions
    if variant == 1:
        hbs, a2, hbf = round(rng.uniform(34.5, 39.5), 1), round(rng.uniform(2.9, 3.4), 1), round(rng.uniform(0.3, 0.8), 1)
    elif variant == 2:
        hbs, a2, hbf = None, round(rng.uniform(4.8, 5.9), 1), round(rng.uniform(1.3, 2.6), 1)
    else:
        hbf = round(rng.uniform(8.5, 17.5), 1)
        a2 = round(rng.uniform(2.4, 3.3), 1)
        hbs = round(100 - hbf - a2 - rng.uniform(2.5, 4.0), 1)
    p2, p3 = round(rng.uniform(0.1, 0.3), 1), round(rng.uniform(3.0, 4.2), 1)
    ao = None if variant == 3 else round(100 - hbf - a2 - p2 - p3 - (hbs or 0), 1)
    if variant == 3:
        p2 = 0.0
        p3 = round(100 - hbf - a2 - hbs, 1)
    doc = fitz.open()
    pg = _Pg(doc)
    green = (0.0, 0.38, 0.22)
    pg.rect(0, 0, 595, 8, c=None, fill=green)
    pg.t(40, 40, "CRESTVIEW DIAGNOSTICS & SPECIALIST LABORATORY LTD", "hebo", 13.5, c=green)
    pg.t(40, 53, "RC 1148823   |   27 Adeola Odeku Street, Victoria Island, Lagos   |   +234 803 412 7765, "
                 "+234 1 295 0318", "helv", 7.5)
    pg.t(40, 63, "MLSCN Reg. No. MLS/PL/2019/0457   |   results@crestviewlabs.com.ng", "helv", 7.5)
    pg.ln(40, 70, 555, 70, 1.2, c=green)
    pg.tc(297, 88, "HAEMOGLOBIN VARIANT ANALYSIS (HPLC) & FULL BLOOD COUNT", "hebo", 11)
    labno = f"CDL/{coll.strftime('%y')}/{rng.randint(10000, 99999)}"
    t_c = f"{rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}"
    info = [("Patient", pname, "Lab No.", labno),
            ("Age / Sex", f"{age} years / {'Female' if female else 'Male'}", "Collected",
             f"{coll.strftime('%d-%b-%Y')} {t_c}"),
            ("Referred by", rng.choice(["Dr. O. Nwachukwu (LUTH)", "Dr. F. Bello", "Self / walk-in"]), "Reported",
             f"{(coll + _dt.timedelta(days=rng.randint(1, 2))).strftime('%d-%b-%Y')} 15:{rng.randint(10, 59)}"),
            ("Specimen", "EDTA whole blood", "Phone", f"+234 80{rng.randint(1, 9)} {rng.randint(100, 999)} "
                                                       f"{rng.randint(1000, 9999)}")]
    y = 106
    pg.rect(40, y - 10, 555, y + 4 * 13 + 14, c=(0.6, 0.6, 0.6), w=0.5)
    for a, b, c2, d in info:
        pg.t(48, y, a, "hebo", 8.5)
        pg.t(120, y, ": " + b, "helv", 8.5)
        pg.t(350, y, c2, "hebo", 8.5)
        pg.t(405, y, ": " + d, "helv", 8.5)
        y += 13
    pg.t(48, y, "Clinical details", "hebo", 8.5)
    pg.t(120, y, ": " + clin, "helv", 8.5)
    y += 24
    # chromatogram
    pg.t(40, y, "A.  CHROMATOGRAM  (beta-thalassaemia short program)", "hebo", 9)
    y += 8
    cx0, cy0, cw, chh = 70, y + 6, 250, 130
    pg.rect(cx0, cy0, cx0 + cw, cy0 + chh, w=0.6)
    peaks = [("F", 1.12, hbf, 0.05), ("P2", 1.34, p2, 0.04), ("P3", 1.71, p3, 0.06), ("Ao", 2.52, ao or 0, 0.09),
             ("A2", 3.62, a2, 0.06), ("S-window", 4.43, hbs or 0, 0.08)]
    ymax = 60 if max(x[2] for x in peaks) < 55 else 100
    pts = []
    for i in range(301):
        t = 6 * i / 300
        v = sum(ar / (sd * 2.5066) * math.exp(-((t - rt) ** 2) / (2 * sd * sd)) * 0.18 for _, rt, ar, sd in peaks)
        pts.append(fitz.Point(cx0 + t / 6 * cw, cy0 + chh - min(v / ymax, 1.0) * chh))
    sh = pg.p.new_shape()
    sh.draw_polyline(pts)
    sh.finish(color=(0.1, 0.1, 0.5), width=0.8, closePath=False)
    sh.commit()
    for k in range(7):
        pg.tc(cx0 + k / 6 * cw, cy0 + chh + 9, str(k), "helv", 6.5)
    for k in range(0, ymax + 1, 10 if ymax == 60 else 20):
        pg.tr(cx0 - 3, cy0 + chh - k / ymax * chh + 2, str(k), "helv", 6.5)
    pg.tc(cx0 + cw / 2, cy0 + chh + 19, "Time (min.)", "helv", 7)
    pg.t(cx0 - 28, cy0 - 3, "%", "helv", 7)
    for nm, rt, ar, sd in peaks:
        if ar > 0.05:
            hgt = min(ar / (sd * 2.5066) * 0.18 / ymax, 1.0)
            pg.tc(cx0 + rt / 6 * cw, cy0 + chh - hgt * chh - 3, nm.split("-")[0], "helv", 6.5)
    # peak table (instrument data)
    tx = 340
    pg.t(tx, cy0 + 4, "Peak table", "hebo", 8)
    hdrs = ["Peak", "Cal. Area %", "Area %", "RT (min)", "Peak Area"]
    xs = [tx, tx + 46, tx + 100, tx + 140, tx + 180]
    for x, h_ in zip(xs, hdrs):
        pg.t(x, cy0 + 18, h_, "hebo", 7)
    pg.ln(tx, cy0 + 21, 555, cy0 + 21, 0.4)
    total = rng.randint(1_600_000, 2_300_000)
    yy = cy0 + 31
    for nm, rt, ar, sd in peaks:
        if ar <= 0.05:
            continue
        cal = nm in ("F", "A2")
        ptxt = [nm, _f(ar, 1) if cal else "---", "---" if cal else _f(ar, 1),
                _f(rt + rng.uniform(-0.02, 0.02), 2), _thou(total * ar / 100, ",")]
        for x, s_ in zip(xs, ptxt):
            pg.t(x, yy, s_, "helv", 7)
        yy += 10
    pg.ln(tx, yy - 6, 555, yy - 6, 0.4)
    pg.t(tx, yy + 4, f"Total Area: {_thou(total, ',')}", "helv", 7)
    pg.t(tx, yy + 14, f"Analysis: {coll.strftime('%d/%m/%Y')}   Inj. #{rng.randint(3, 40)}   Rack {rng.randint(1, 9)}",
         "helv", 7)
    y = cy0 + chh + 36
    # result summary
    exp: list[ExpectedResult] = []
    pg.t(40, y, "B.  RESULT", "hebo", 9)
    y += 8
    pg.rect(40, y, 555, y + 14, c=None, fill=(0.9, 0.95, 0.92))
    for x, s_ in ((48, "Haemoglobin fraction"), (250, "Result"), (330, "Unit"), (400, "Reference range")):
        pg.t(x, y + 10, s_, "hebo", 8.5)
    y += 26
    rows = [("4551-8", "Haemoglobin A2", a2, (2.0, 3.5), "2.0 - 3.5"),
            ("4576-5", "Haemoglobin F", hbf, (None, 1.0), "< 1.0"),
            ("4625-0", "Haemoglobin S", hbs, (None, None), "Not detected")]
    for code, nm, val, (lo, hi), rt in rows:
        pg.t(48, y, nm, "helv", 9)
        if val is None:
            pg.t(250, y, "Not detected", "hebo", 9)
            exp.append(_er(code, nm, None, None, qual="not detected"))
        else:
            e = _er(code, nm, val, "%", lo, hi)
            pf = "H" if e.flag == "H" else None
            pg.t(250, y, _f(val, 1) + (f"  {pf}" if pf else ""), "hebo", 9)
            exp.append(_er(code, nm, val, "%", lo, hi, pf=pf))
        pg.t(330, y, "%", "helv", 9)
        pg.t(400, y, rt, "helv", 9)
        y += 14
    y += 4
    pheno = {1: "A S", 2: "A A (with raised Hb A2)", 3: "S S"}[variant]
    interp = {1: f"Hb S fraction of {_f(hbs or 0, 1)}% with normal Hb A2 and Hb F. Findings are consistent with "
                 "sickle cell trait (Hb AS). Partner screening and genetic counselling are advised before marriage.",
              2: f"Raised Hb A2 ({_f(a2, 1)}%) with microcytosis, relative erythrocytosis and normal iron stores: "
                 "consistent with beta-thalassaemia trait. No structural variant detected.",
              3: f"No Hb A detected. Hb S {_f(hbs or 0, 1)}% with Hb F {_f(hbf, 1)}%: consistent with sickle cell "
                 "anaemia (Hb SS). Parental studies / DNA analysis recommended to exclude S/beta-zero "
                 "thalassaemia."}[variant]
    pg.t(48, y, "Phenotype:", "hebo", 8.5)
    pg.t(105, y, pheno, "hebo", 8.5)
    y += 12
    pg.t(48, y, "Interpretation:", "hebo", 8.5)
    y = _para(pg, 120, y, 430, interp, "helv", 8.5)
    y += 10
    # FBC
    pg.t(40, y, "C.  FULL BLOOD COUNT", "hebo", 9)
    y += 8
    pg.rect(40, y, 555, y + 14, c=None, fill=(0.9, 0.95, 0.92))
    for x, s_ in ((48, "Test"), (250, "Result"), (330, "Unit"), (400, "Reference range")):
        pg.t(x, y + 10, s_, "hebo", 8.5)
    y += 26
    if variant == 3:
        c = _cbc(rng, True, "normal", plt="n", wbc="h")
        c["hb"] = rng.uniform(7.4, 8.3)
        c["mcv"] = rng.uniform(82, 92)
        c["mch"] = c["mcv"] * rng.uniform(0.32, 0.34)
        c["rbc"] = c["hb"] * 10 / c["mch"]
        c["hct"] = c["rbc"] * c["mcv"] / 10
        c["mchc"] = c["hb"] / c["hct"] * 100
        c["rdw"] = rng.uniform(18, 23)
        rr = {"hb": (11.5, 15.5), "pcv": (35, 45), "rbc": (4.0, 5.2), "mcv": (77, 95), "mch": (25, 33),
              "mchc": (31, 37), "wbc": (4.5, 13.5), "plt": (150, 450)}
        ret = (rng.uniform(8.0, 14.0), (0.5, 2.5))
    else:
        c = _cbc(rng, female, "normal" if variant == 1 else "thal")
        rr = {"hb": (12.0, 16.0) if female else (13.0, 17.0), "pcv": (36, 46) if female else (40, 52),
              "rbc": (3.8, 4.8) if female else (4.5, 5.5), "mcv": (80, 100), "mch": (27, 32), "mchc": (32, 36),
              "wbc": (4.0, 10.0), "plt": (150, 400)}
        ret = (rng.uniform(0.8, 1.9), (0.5, 2.5))
    fbc = [("718-7", "Haemoglobin", c["hb"], 1, "g/dL", rr["hb"]),
           ("4544-3", "Packed Cell Volume (PCV)", c["hct"], 0, "%", rr["pcv"]),
           ("789-8", "Red Cell Count", c["rbc"], 2, "x10^12/L", rr["rbc"]),
           ("787-2", "MCV", c["mcv"], 1, "fL", rr["mcv"]),
           ("785-6", "MCH", c["mch"], 1, "pg", rr["mch"]),
           ("786-4", "MCHC", c["mchc"], 1, "g/dL", rr["mchc"]),
           ("788-0", "RDW-CV", c["rdw"], 1, "%", (11.5, 14.5)),
           ("6690-2", "White Cell Count", c["wbc"], 1, "x10^9/L", rr["wbc"]),
           ("777-3", "Platelet Count", c["plt"], 0, "x10^9/L", rr["plt"]),
           ("4679-7", "Reticulocyte Count", ret[0], 1, "%", ret[1])]
    if variant == 2:
        fbc.append(("2276-4", "Serum Ferritin", rng.uniform(70, 240), 0, "ng/mL", (30, 400)))
    for code, nm, val, dec, unit, (lo, hi) in fbc:
        val = _off(round(val, dec), dec, lo, hi)
        e = _er(code, nm, val, unit, float(lo), float(hi))
        pf = {"H": "H", "L": "L"}.get(e.flag)
        exp.append(_er(code, nm, val, unit, float(lo), float(hi), pf=pf))
        pg.t(48, y, nm, "helv", 9)
        pg.t(250, y, _f(val, dec) + (f"  {pf}" if pf else ""), "hebo" if pf else "helv", 9)
        pg.t(330, y, unit, "helv", 9)
        dd = 0 if float(lo).is_integer() and float(hi).is_integer() and dec <= 1 and unit != "%" else 1
        if code in ("789-8",):
            dd = 2
        pg.t(400, y, f"{lo:.{dd}f} - {hi:.{dd}f}", "helv", 9)
        y += 13.5
    y += 8
    pg.t(40, y, "Method: cation-exchange HPLC; FBC on 5-part differential haematology analyser; reticulocytes by "
                "new methylene blue manual count.", "helv", 7.2)
    y += 10
    pg.t(40, y, "Hb A2 is unreliable for beta-thalassaemia screening in the presence of Hb S; interpret with family "
                "studies.", "helv", 7.2)
    _scribble(pg, 400, 772, rng, w=70, c=(0.1, 0.1, 0.1))
    pg.t(390, 786, "Dr. (Mrs.) Funmilayo A. Ogunleye", "hebo", 8)
    pg.t(390, 796, "MBBS, FMCPath - Consultant Haematologist", "helv", 7.5)
    pg.t(40, 786, "Performed by: O. Eze, AMLS", "helv", 7.5)
    pg.ln(40, 808, 555, 808, 0.5, c=green)
    pg.t(40, 820, "This report is electronically generated. Verify at crestviewlabs.com.ng/verify with the Lab No.",
         "helv", 7)
    pg.tr(555, 820, "Page 1 of 1", "helv", 7)
    return _finish(doc, "Hb variant analysis"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D7  Philippines: pre-printed result form

_D7_CHEM = [  # key, label, SI text (female, male), conv text, code, unit, (lo, hi) female, (lo, hi) male, dec
    ("fbs", "FBS", ("3.89 - 6.10 mmol/L",), "70 - 110 mg/dL", "14749-6", "mmol/L", (3.89, 6.10), (3.89, 6.10), 2),
    ("rbs", "RBS", ("up to 7.80 mmol/L",), "up to 140 mg/dL", "14749-6", "mmol/L", (None, 7.8), (None, 7.8), 2),
    ("bun", "BUN", ("2.50 - 6.40 mmol/L",), "7 - 18 mg/dL", "14937-7", "mmol/L", (2.5, 6.4), (2.5, 6.4), 2),
    ("crea", "Creatinine", ("M: 62 - 115 µmol/L", "F: 53 - 97 µmol/L"), "M 0.7-1.3 / F 0.6-1.1 mg/dL", "14682-9",
     "µmol/L", (53, 97), (62, 115), 0),
    ("bua", "Blood Uric Acid", ("M: 202 - 416 µmol/L", "F: 142 - 339 µmol/L"), "M 3.4-7.0 / F 2.4-5.7 mg/dL",
     "14933-6", "µmol/L", (142, 339), (202, 416), 0),
    ("chol", "Total Cholesterol", ("< 5.20 mmol/L",), "< 200 mg/dL", "14647-2", "mmol/L", (None, 5.2), (None, 5.2), 2),
    ("tg", "Triglycerides", ("< 1.70 mmol/L",), "< 150 mg/dL", "14927-8", "mmol/L", (None, 1.7), (None, 1.7), 2),
    ("hdl", "HDL Cholesterol", ("> 1.04 mmol/L",), "> 40 mg/dL", "14646-4", "mmol/L", (1.04, None), (1.04, None), 2),
    ("ldl", "LDL Cholesterol", ("< 3.37 mmol/L",), "< 130 mg/dL", "39469-2", "mmol/L", (None, 3.37), (None, 3.37), 2),
    ("vldl", "VLDL", ("0.10 - 0.77 mmol/L",), "4 - 30 mg/dL", "", "mmol/L", (0.1, 0.77), (0.1, 0.77), 2),
    ("ast", "SGOT / AST", ("0 - 40 U/L",), "0 - 40 U/L", "1920-8", "U/L", (0, 40), (0, 40), 0),
    ("alt", "SGPT / ALT", ("0 - 41 U/L",), "0 - 41 U/L", "1742-6", "U/L", (0, 41), (0, 41), 0),
    ("alp", "Alkaline Phosphatase", ("40 - 129 U/L",), "40 - 129 U/L", "6768-6", "U/L", (40, 129), (40, 129), 0),
    ("na", "Sodium", ("135 - 145 mmol/L",), "135 - 145 mEq/L", "2951-2", "mmol/L", (135, 145), (135, 145), 0),
    ("k", "Potassium", ("3.5 - 5.1 mmol/L",), "3.5 - 5.1 mEq/L", "2823-3", "mmol/L", (3.5, 5.1), (3.5, 5.1), 1),
    ("cl", "Chloride", ("98 - 107 mmol/L",), "98 - 107 mEq/L", "2075-0", "mmol/L", (98, 107), (98, 107), 0),
    ("ca", "Calcium (total)", ("2.15 - 2.55 mmol/L",), "8.6 - 10.2 mg/dL", "2000-8", "mmol/L", (2.15, 2.55),
     (2.15, 2.55), 2),
    ("mg", "Magnesium", ("0.66 - 1.07 mmol/L",), "1.6 - 2.6 mg/dL", "2601-3", "mmol/L", (0.66, 1.07), (0.66, 1.07), 2),
    ("alb", "Albumin", ("35 - 52 g/L",), "3.5 - 5.2 g/dL", "1751-7", "g/L", (35, 52), (35, 52), 0),
    ("a1c", "HbA1c", ("4.0 - 6.0 %",), "4.0 - 6.0 %", "4548-4", "%", (4.0, 6.0), (4.0, 6.0), 1),
]

_D7_HEMA = [
    ("hb", "Hemoglobin", ("M: 140 - 170 g/L", "F: 120 - 150 g/L"), "M 14-17 / F 12-15 g/dL", "718-7", "g/L",
     (120, 150), (140, 170), 0),
    ("hct", "Hematocrit", ("M: 0.40 - 0.50", "F: 0.37 - 0.47"), "M 40-50 / F 37-47 %", "4544-3", None,
     (0.37, 0.47), (0.40, 0.50), 2),
    ("rbc", "RBC Count", ("M: 4.5 - 5.5 x10^12/L", "F: 4.0 - 5.0 x10^12/L"), "", "789-8", "x10^12/L",
     (4.0, 5.0), (4.5, 5.5), 2),
    ("wbc", "WBC Count", ("5.0 - 10.0 x10^9/L",), "5,000 - 10,000 /cumm", "6690-2", "x10^9/L", (5.0, 10.0),
     (5.0, 10.0), 1),
    ("_dc", "DIFFERENTIAL COUNT", ("",), "", "", None, (None, None), (None, None), 0),
    ("seg", "   Segmenters", ("0.50 - 0.70",), "50 - 70 %", "770-8", None, (0.50, 0.70), (0.50, 0.70), 2),
    ("lym", "   Lymphocytes", ("0.20 - 0.40",), "20 - 40 %", "736-9", None, (0.20, 0.40), (0.20, 0.40), 2),
    ("mon", "   Monocytes", ("0.02 - 0.08",), "2 - 8 %", "5905-5", None, (0.02, 0.08), (0.02, 0.08), 2),
    ("eos", "   Eosinophils", ("0.00 - 0.05",), "0 - 5 %", "713-8", None, (0.0, 0.05), (0.0, 0.05), 2),
    ("bas", "   Basophils", ("0.00 - 0.01",), "0 - 1 %", "706-2", None, (0.0, 0.01), (0.0, 0.01), 2),
    ("stab", "   Stabs", ("0.00 - 0.05",), "0 - 5 %", "764-1", None, (0.0, 0.05), (0.0, 0.05), 2),
    ("plt", "Platelet Count", ("150 - 400 x10^9/L",), "150,000 - 400,000 /cumm", "777-3", "x10^9/L", (150, 400),
     (150, 400), 0),
    ("mcv", "MCV", ("80 - 96 fL",), "80 - 96 fL", "787-2", "fL", (80, 96), (80, 96), 1),
    ("mch", "MCH", ("27 - 31 pg",), "27 - 31 pg", "785-6", "pg", (27, 31), (27, 31), 1),
    ("mchc", "MCHC", ("320 - 360 g/L",), "32 - 36 g/dL", "786-4", "g/L", (320, 360), (320, 360), 0),
    ("esr", "ESR", ("M: 0 - 10 mm/hr", "F: 0 - 20 mm/hr"), "", "4537-7", "mm/hr", (0, 20), (0, 10), 0),
    ("abo", "Blood Type", ("",), "", "", None, (None, None), (None, None), 0),
    ("ct", "Clotting Time", ("2 - 6 min",), "", "", None, (None, None), (None, None), 0),
    ("bt", "Bleeding Time", ("1 - 3 min",), "", "", None, (None, None), (None, None), 0),
]


def _d7(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant == 1
    age = {1: rng.randint(50, 60), 2: rng.randint(19, 34), 3: rng.randint(58, 68)}[variant]
    pname = {1: "DELA CRUZ, MARIA TERESA S.", 2: "SANTOS, JOHN PAUL R.", 3: "BAUTISTA, ROGELIO M."}[variant]
    typed_flags = variant != 1
    vals: dict[str, float] = {}
    if variant == 1:
        form, rows = "CLINICAL CHEMISTRY", _D7_CHEM
        fill = ["fbs", "bun", "crea", "bua", "chol", "tg", "hdl", "ldl", "ast", "alt", "a1c", "na", "k"]
        vals["fbs"] = rng.uniform(6.4, 8.9)
        vals["a1c"] = rng.uniform(6.5, 7.8)
        tc, hdl, tg = rng.uniform(5.0, 6.6), rng.uniform(0.95, 1.45), rng.uniform(1.2, 2.4)
        vals.update(chol=tc, hdl=hdl, tg=tg, ldl=tc - hdl - tg / 2.2)
    elif variant == 2:
        form, rows = "HEMATOLOGY", _D7_HEMA
        fill = ["hb", "hct", "rbc", "wbc", "seg", "lym", "mon", "eos", "bas", "stab", "plt"]
        hb = rng.uniform(172, 184)
        hct = hb / 1000 * rng.uniform(2.95, 3.05)
        wbc = rng.uniform(2.5, 3.6)
        lym = rng.uniform(0.41, 0.5)
        mon, eos, bas, stab = rng.choice([0.06, 0.07, 0.09]), rng.choice([0.0, 0.01, 0.02]), 0.0, \
            rng.choice([0.0, 0.02, 0.03])
        lym = round(lym, 2)
        seg = round(1 - lym - mon - eos - bas - stab, 2)
        vals.update(hb=hb, hct=hct, rbc=hct * 1000 / rng.uniform(86, 92),
                    wbc=wbc, seg=seg, lym=lym, mon=mon, eos=eos, bas=bas, stab=stab, plt=rng.uniform(58, 96))
    else:
        form, rows = "CLINICAL CHEMISTRY", _D7_CHEM
        fill = ["fbs", "bun", "crea", "bua", "chol", "tg", "hdl", "ast", "alt", "na", "k", "cl", "ca", "mg", "alb"]
        vals["fbs"] = rng.uniform(34.1, 36.6)  # beyond every published critical limit
        vals["na"] = rng.uniform(129, 133)
        vals["k"] = rng.uniform(5.3, 5.8)
        vals["crea"] = rng.uniform(128, 160)
        vals["bun"] = rng.uniform(7.2, 9.6)
    doc = fitz.open()
    pg = _Pg(doc, 612, 936)
    ink = (0.15, 0.42, 0.45)  # pre-printed form colour
    pg.p.draw_circle((70, 62), 24, color=ink, width=1.4)
    pg.tc(70, 60, "SRDMC", "hebo", 8, c=ink)
    pg.tc(70, 70, "est. 1998", "helv", 5.5, c=ink)
    pg.tc(330, 48, "ST. RAPHAEL DIAGNOSTIC & MEDICAL CLINIC", "tibo", 15, c=ink)
    pg.tc(330, 62, "Maharlika Highway, Brgy. Sumacab Este, Cabanatuan City, Nueva Ecija 3100", "tiro", 9, c=ink)
    pg.tc(330, 74, "Tel. (044) 463-2287  •  Mobile 0917 845 2210  •  DOH License No. 03-0147-24-CL-2", "tiro", 8.5,
          c=ink)
    pg.ln(40, 86, 572, 86, 1.5, c=ink)
    pg.ln(40, 89, 572, 89, 0.5, c=ink)
    pg.tc(306, 112, form, "hebo", 14, c=ink)
    # header fields (pre-printed labels with lines)
    lab_y = [140, 160]
    labels = [("Name:", 40, 300, 0), ("Age/Sex:", 320, 450, 0), ("Date:", 460, 572, 0),
              ("Physician:", 40, 300, 1), ("Room/Ward:", 320, 450, 1), ("Case No.:", 460, 572, 1)]
    for lb, x0, x1, r in labels:
        yy = lab_y[r]
        pg.t(x0, yy, lb, "helv", 9, c=ink)
        pg.ln(x0 + _tw(lb, "helv", 9) + 3, yy + 2, x1 - 8, yy + 2, 0.5, c=ink)
    dx, dy = rng.uniform(-3, 4), rng.uniform(-3.5, 1.5)  # printer misregistration of the typed overlay

    def typed(x, y, s, sz=10):
        pg.t(x + dx, y + dy, s, "cobo", sz, c=(0.05, 0.05, 0.08))

    typed(75, 139, pname)
    typed(365, 139, f"{age}/{'F' if female else 'M'}")
    typed(490, 139, coll.strftime("%m/%d/%Y"))
    typed(95, 159, rng.choice(["DR. R. MANALO", "DRA. C. VILLANUEVA", "DR. E. PASCUAL"]))
    typed(385, 159, rng.choice(["OPD", "ER", "Rm 204"]))
    typed(510, 159, f"{coll.strftime('%y')}-{rng.randint(10000, 99999)}")
    # table
    tx = [40, 200, 300, 450, 572]
    ty = 182
    pg.rect(tx[0], ty, tx[-1], ty + 22, c=ink, fill=(0.93, 0.96, 0.96), w=0.8)
    for i, h in enumerate(["EXAMINATION", "RESULT", "NORMAL VALUES (SI)", "CONVENTIONAL"]):
        pg.tc((tx[i] + tx[i + 1]) / 2, ty + 15, h, "hebo", 9, c=ink)
    y = ty + 22
    exp: list[ExpectedResult] = []
    for key, label, si, conv, code, unit, rf, rm, dec in rows:
        rh = 15 * max(1, len(si))
        pg.ln(tx[0], y + rh, tx[-1], y + rh, 0.4, c=ink)
        for x in tx:
            pg.ln(x, y, x, y + rh, 0.6, c=ink)
        pg.t(tx[0] + 5, y + 11, label, "hebo" if key == "_dc" else "helv", 9, c=ink)
        for i, s_ in enumerate(si):
            pg.t(tx[2] + 5, y + 11 + 15 * i, s_, "helv", 8.5, c=ink)
        pg.t(tx[3] + 5, y + 11, conv, "helv", 8, c=ink)
        if key in fill:
            lo, hi = rf if female else rm
            if key in vals:
                v = vals[key]
            else:
                st = _st(rng, 0.3)
                if key == "alb" and st == "h":
                    st = "n"
                v = _v(rng, lo, hi, dec, st, floor={"chol": 3.9, "tg": 0.8, "ldl": 2.0, "alt": 8, "ast": 10}.get(key),
                       ceil={"hdl": 1.7}.get(key))
            v = _off(round(v, dec), dec, lo, hi)
            e = _er(code, label.strip(), v, unit, lo, hi)
            pf = {"H": "H", "HH": "H", "L": "L", "LL": "L"}.get(e.flag) if typed_flags else None
            exp.append(_er(code, label.strip(), v, unit, lo, hi, pf=pf))
            typed(tx[1] + 18, y + 11, f"{v:.{dec}f}" + (f"  {pf}" if pf else ""))
        y += rh
    pg.rect(tx[0], ty, tx[-1], y, c=ink, w=0.9)
    y += 24
    pg.t(40, y, "Remarks:", "helv", 9, c=ink)
    pg.ln(88, y + 2, 572, y + 2, 0.5, c=ink)
    rem = {1: "FASTING 10 HRS.", 2: "DENGUE NS1 AG: SEE SEPARATE REPORT. REPEAT CBC AFTER 24 HRS.",
           3: "FBS REPEATED AND VERIFIED. RESULT RELAYED TO ER NURSE ON DUTY."}[variant]
    typed(95, y + 1, rem, 9)
    y += 60
    pg.ln(60, y, 250, y, 0.5, c=ink)
    pg.ln(360, y, 550, y, 0.5, c=ink)
    _scribble(pg, 100, y - 8, rng, w=80, c=(0.05, 0.08, 0.4))
    _scribble(pg, 410, y - 10, rng, w=80, c=(0.05, 0.08, 0.4))
    mt = rng.choice(["JOCELYN P. RAMOS, RMT", "KEVIN L. AQUINO, RMT", "ANGELICA B. REYES, RMT"])
    pg.tc(155, y + 11, mt, "helv", 8.5)
    pg.tc(155, y + 21, f"Medical Technologist  -  Lic. No. 00{rng.randint(40000, 99999)}", "helv", 7.5, c=ink)
    pg.tc(455, y + 11, "CARMELITA D. SORIANO, MD, FPSP", "helv", 8.5)
    pg.tc(455, y + 21, f"Pathologist  -  Lic. No. 00{rng.randint(60000, 99999)}", "helv", 7.5, c=ink)
    pg.t(40, 905, "SRDMC-LAB-F-0" + ("2" if form.startswith("C") else "1") + "  Rev. 03  ", "helv", 6.5, c=ink)
    pg.tr(572, 905, "Not valid without the pathologist's signature and dry seal.", "helv", 6.5, c=ink)
    return _finish(doc, form.title()), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D8  Brazil: paediatric report, age bands

# bands: (label, age from (months, inclusive), age to (months, exclusive), lo, hi)
_B4 = [("6 meses a 2 anos", 6, 24), ("2 a 6 anos", 24, 72), ("6 a 12 anos", 72, 144), ("12 a 18 anos", 144, 216)]


def _bands(vals):
    return [(lab, a, b, lo, hi) for (lab, a, b), (lo, hi) in zip(_B4, vals)]


_D8_ERI = [
    ("789-8", "Hemácias", "milhões/mm³", 2, _bands([(3.7, 5.3), (3.9, 5.3), (4.0, 5.2), (4.1, 5.3)])),
    ("718-7", "Hemoglobina", "g/dL", 1, _bands([(10.5, 13.5), (11.5, 13.5), (11.5, 15.5), (12.0, 16.0)])),
    ("4544-3", "Hematócrito", "%", 1, _bands([(33.0, 39.0), (34.0, 40.0), (35.0, 45.0), (36.0, 46.0)])),
    ("787-2", "VCM", "fL", 1, _bands([(70, 86), (75, 87), (77, 95), (78, 98)])),
    ("785-6", "HCM", "pg", 1, _bands([(23, 31), (24, 30), (25, 33), (25, 35)])),
    ("786-4", "CHCM", "g/dL", 1, [("Todas as idades", 0, 999, 30.0, 36.0)]),
    ("788-0", "RDW", "%", 1, [("Todas as idades", 0, 999, 11.5, 15.0)]),
]
_D8_LEU_ABS = {  # absolute references (/mm³) by band
    "6690-2": [(6000, 17500), (5000, 15500), (4500, 13500), (4500, 11000)],
    "763-3": [(0, 700)] * 4,
    "751-8": [(1000, 8500), (1500, 8500), (1800, 8000), (1800, 7700)],
    "711-2": [(50, 700), (0, 650), (0, 600), (0, 500)],
    "704-7": [(0, 200)] * 4,
    "731-0": [(3000, 9500), (2000, 8000), (1500, 6500), (1200, 5200)],
    "742-7": [(50, 1100), (0, 1000), (0, 800), (0, 800)],
}


def _d8(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant == 2
    age_m = {1: 4 * 12 + rng.randint(4, 8), 2: 9 * 12 + rng.randint(2, 6), 3: 12 + rng.randint(1, 4)}[variant]
    dob = coll - _dt.timedelta(days=int(age_m * 30.44) + rng.randint(3, 20))
    # recompute printed age from dates
    yrs = _age_on(dob, coll)
    mon = (coll.year - dob.year) * 12 + coll.month - dob.month - (coll.day < dob.day) - yrs * 12
    age_m = yrs * 12 + mon
    band = next(i for i, (_, a, b) in enumerate(_B4) if a <= age_m < b)
    pname = {1: "Miguel Albuquerque Lins", 2: "Beatriz Cavalcanti Rêgo", 3: "Arthur Gabriel Tenório Melo"}[variant]
    arrows = variant == 2
    exp: list[ExpectedResult] = []
    doc = fitz.open()
    pages = []

    def new_page():
        pg_ = _Pg(doc)
        pages.append(pg_)
        blue = (0.12, 0.45, 0.7)
        pg_.p.draw_circle((60, 48), 17, color=None, fill=(1.0, 0.75, 0.2))
        pg_.p.draw_circle((76, 58), 10, color=None, fill=blue)
        pg_.t(98, 48, "LabKids", "hebo", 18, c=blue)
        pg_.t(98, 62, "Análises Clínicas Pediátricas  -  Unidade Boa Viagem", "helv", 8.5, c=(0.3, 0.3, 0.3))
        pg_.tr(555, 40, "Av. Conselheiro Aguiar, 2738 - Boa Viagem - Recife/PE", "helv", 7.5)
        pg_.tr(555, 50, "CEP 51020-020  -  (81) 3465-2280  -  WhatsApp (81) 99127-4410", "helv", 7.5)
        pg_.tr(555, 60, "Resp. técnica: Dra. Helena M. Castro  -  CRF-PE 4.512", "helv", 7.5)
        pg_.ln(40, 74, 555, 74, 1, c=blue)
        pg_.t(40, 90, "Paciente:", "hebo", 8.5)
        pg_.t(88, 90, pname, "helv", 8.5)
        pg_.t(330, 90, f"Pedido: {coll.strftime('%y%m')}-{rng.randint(100000, 999999)}", "helv", 8.5)
        pg_.t(40, 102, "Nascimento:", "hebo", 8.5)
        pg_.t(98, 102, f"{dob.strftime('%d/%m/%Y')}   Idade: {yrs} ano{'s' if yrs != 1 else ''} e {mon} "
                       f"{'meses' if mon != 1 else 'mês'}", "helv", 8.5)
        pg_.t(330, 102, f"Sexo: {'Feminino' if female else 'Masculino'}", "helv", 8.5)
        pg_.t(40, 114, "Médico(a):", "hebo", 8.5)
        pg_.t(92, 114, rng.choice(["Dra. Renata Lopes Farias - CRM-PE 21.337", "Dr. Fábio Siqueira - CRM-PE 15.028"]),
              "helv", 8.5)
        pg_.t(330, 114, f"Coleta: {coll.strftime('%d/%m/%Y')} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}",
              "helv", 8.5)
        pg_.t(450, 114, f"Convênio: {rng.choice(['Particular', 'Unimed', 'Hapvida', 'Bradesco Saúde'])}", "helv", 8.5)
        pg_.ln(40, 121, 555, 121, 0.5, c=(0.6, 0.6, 0.6))
        return pg_

    pg = new_page()
    y = 140

    def ensure(hgt):
        nonlocal pg, y
        if y + hgt > 780:
            pg.tr(555, 795, "(continua na página seguinte)", "heit", 7.5)
            pg = new_page()
            y = 140
            pg.t(44, y, "(continuação)", "heit", 8)
            y += 16

    def section(title, material):
        nonlocal y
        ensure(60)
        pg.rect(40, y - 11, 555, y + 4, c=None, fill=(0.92, 0.95, 0.98))
        pg.t(44, y, title, "hebo", 10)
        y += 13
        pg.t(44, y, material, "helv", 7)
        y += 14

    def fmt(v, dec, unit):
        if unit == "/mm³":
            return _thou(v, ".")
        return _f(v, dec, True)

    def band_row(code, nm, unit, dec, bands, val):
        nonlocal y
        rows = [(lab, lo, hi) for lab, a, b, lo, hi in bands]
        cur = next(((lo, hi) for lab, a, b, lo, hi in bands if a <= age_m < b), None)
        lo, hi = cur
        val = _off(round(val, dec), dec, lo, hi)
        e = _er(code, nm, val, unit, lo, hi)
        pf = ({"H": "↑", "L": "↓"}.get(e.flag) if arrows else None)
        exp.append(_er(code, nm, val, unit, lo, hi, pf=pf))
        hgt = max(1, len(rows)) * 8.6 + 5
        ensure(hgt)
        pg.t(44, y, nm, "helv", 9)
        pg.tr(250, y, fmt(val, dec, unit), "hebo", 9)
        if pf:
            pg.t(254, y, pf, "djb", 9)
        pg.t(268, y, unit, "helv", 8.5)
        for i, (lab, rlo, rhi) in enumerate(rows):
            rt = f"{fmt(rlo, dec if unit != '/mm³' else 0, unit)} a {fmt(rhi, dec if unit != '/mm³' else 0, unit)}"
            pg.t(345, y + i * 8.6, f"{lab}:", "helv", 7)
            pg.t(440, y + i * 8.6, rt, "helv", 7)
        y += hgt
        pg.ln(44, y - 7, 555, y - 7, 0.2, c=(0.8, 0.8, 0.8))

    # ---- hemograma
    scen = {1: rng.choice(["normal", "irondef"]), 2: "irondef", 3: "normal"}[variant]
    c = _cbc(rng, female, scen)
    if scen == "normal":  # paediatric indices
        c["mcv"] = rng.uniform(78, 85) if band < 2 else rng.uniform(81, 88)
        c["hb"] = rng.uniform(11.8, 12.9) if band < 2 else rng.uniform(12.3, 13.6)
        c["mch"] = c["mcv"] * rng.uniform(0.32, 0.335)
        c["rbc"] = c["hb"] * 10 / c["mch"]
        c["hct"] = c["rbc"] * c["mcv"] / 10
        c["mchc"] = c["hb"] / c["hct"] * 100
    section("HEMOGRAMA COMPLETO", "Material: sangue total (EDTA)   Método: citometria de fluxo / impedância, "
                                  "revisão microscópica da distensão")
    pg.t(44, y, "ERITROGRAMA", "hebo", 8.5)
    pg.t(230, y, "Resultado", "hebo", 8)
    pg.t(345, y, "Valores de referência por faixa etária", "hebo", 8)
    y += 13
    for code, nm, unit, dec, bands in _D8_ERI:
        key = {"789-8": "rbc", "718-7": "hb", "4544-3": "hct", "787-2": "mcv", "785-6": "mch", "786-4": "mchc",
               "788-0": "rdw"}[code]
        band_row(code, nm, unit, dec, bands, c[key])
    # leucograma
    ensure(170)
    y += 4
    pg.t(44, y, "LEUCOGRAMA", "hebo", 8.5)
    pg.tr(250, y, "%", "hebo", 8)
    pg.tr(330, y, "/mm³", "hebo", 8)
    y += 13
    toddler = band == 0
    wbc = rng.uniform(7.5, 13.5) if toddler else rng.uniform(6.0, 11.5)
    if variant == 3 and rng.random() < 0.5:
        wbc = rng.uniform(18.2, 21.0)
    lym = rng.uniform(52, 64) if toddler else (rng.uniform(38, 50) if band == 1 else rng.uniform(30, 42))
    pct = {"763-3": rng.choice([0, 1, 2, 3]), "711-2": rng.randint(1, 4), "704-7": rng.choice([0, 0, 1]),
           "742-7": rng.randint(4, 8), "731-0": int(round(lym))}
    pct["751-8"] = 100 - sum(pct.values())
    wtot = round(wbc * 1000 / 10) * 10
    lo, hi = _D8_LEU_ABS["6690-2"][band]
    e = _er("6690-2", "Leucócitos", wtot, "/mm³", lo, hi)
    pf = {"H": "↑", "L": "↓"}.get(e.flag) if arrows else None
    exp.append(_er("6690-2", "Leucócitos", wtot, "/mm³", lo, hi, pf=pf))
    pg.t(44, y, "Leucócitos", "helv", 9)
    pg.tr(330, y, _thou(wtot, "."), "hebo", 9)
    if pf:
        pg.t(334, y, pf, "djb", 9)
    y += 13
    pct_codes = {"763-3": "764-1", "751-8": "770-8", "711-2": "713-8", "704-7": "706-2", "731-0": "736-9",
                 "742-7": "5905-5"}
    for code, nm in (("763-3", "Bastonetes"), ("751-8", "Segmentados"), ("711-2", "Eosinófilos"),
                     ("704-7", "Basófilos"), ("731-0", "Linfócitos típicos"), ("742-7", "Monócitos")):
        p = float(pct[code])
        a = float(round(wtot * p / 100))
        lo, hi = _D8_LEU_ABS[code][band]
        exp.append(_er(pct_codes[code], nm, p, "%"))
        ea = _er(code, nm, a, "/mm³", lo, hi)
        pf = {"H": "↑", "L": "↓"}.get(ea.flag) if arrows else None
        exp.append(_er(code, nm, a, "/mm³", lo, hi, pf=pf))
        pg.t(52, y, nm, "helv", 9)
        pg.tr(250, y, f"{int(p)}", "hebo", 9)
        pg.tr(330, y, _thou(a, "."), "hebo", 9)
        if pf:
            pg.t(334, y, pf, "djb", 9)
        y += 12
    y += 6
    # reference table for the leucogram (absolute values)
    pg.t(44, y, "Valores de referência do leucograma (/mm³):", "hebo", 7.5)
    y += 10
    colx = [44, 150, 250, 350, 450]
    for i, (lab, a, b) in enumerate(_B4):
        pg.t(colx[i + 1], y, lab, "hebo", 7)
    y += 9
    for code, nm in (("6690-2", "Leucócitos"), ("763-3", "Bastonetes"), ("751-8", "Segmentados"),
                     ("711-2", "Eosinófilos"), ("704-7", "Basófilos"), ("731-0", "Linfócitos"), ("742-7", "Monócitos")):
        pg.t(colx[0], y, nm, "helv", 7)
        for i, (lo_, hi_) in enumerate(_D8_LEU_ABS[code]):
            pg.t(colx[i + 1], y, f"{_thou(lo_, '.')} a {_thou(hi_, '.')}", "helv", 7)
        y += 8.6
    y += 8
    pltv = rng.uniform(190, 420) * 1000
    if variant == 3 and rng.random() < 0.5:
        pltv = rng.uniform(470, 540) * 1000
    band_row("777-3", "Plaquetas", "/mm³", 0, [("Todas as idades", 0, 999, 150000, 450000)], round(pltv, -3))
    pg.t(44, y, "Observação: morfologia eritrocitária " + ("com microcitose e hipocromia moderadas, anisocitose."
                                                           if scen == "irondef" else "sem alterações.") +
         " Plaquetas normais na distensão.", "helv", 7.5)
    y += 20
    # ---- bioquímica
    section("BIOQUÍMICA", "Material: soro   Método: automação Cobas c311 (colorimétrico / enzimático)")
    bio = [("2345-7", "Glicose", "mg/dL", 0, [("Crianças (jejum)", 0, 999, 60, 99)], rng.uniform(72, 94)),
           ("3091-6", "Ureia", "mg/dL", 0, [("1 a 17 anos", 12, 216, 11, 36)], rng.uniform(14, 32)),
           ("2160-0", "Creatinina", "mg/dL", 2,
            [("1 a 3 anos", 12, 48, 0.16, 0.39), ("4 a 6 anos", 48, 84, 0.26, 0.47), ("7 a 9 anos", 84, 120, 0.30, 0.59),
             ("10 a 12 anos", 120, 156, 0.39, 0.73)], None),
           ("6768-6", "Fosfatase alcalina", "U/L", 0,
            [("1 a 9 anos", 12, 120, 156, 369), ("10 a 12 anos", 120, 156, 141, 460), ("13 a 15 anos", 156, 192, 62, 517)],
            None),
           ("17861-6", "Cálcio total", "mg/dL", 1,
            [("1 a 3 anos", 12, 48, 8.7, 9.8), ("4 a 11 anos", 48, 144, 8.8, 10.1), ("12 a 13 anos", 144, 168, 8.8, 10.6)],
            None),
           ("2777-1", "Fósforo", "mg/dL", 1,
            [("1 a 3 anos", 12, 48, 3.8, 6.5), ("4 a 11 anos", 48, 144, 3.7, 5.6), ("12 a 15 anos", 144, 192, 2.9, 5.4)],
            None),
           ("2498-4", "Ferro sérico", "µg/dL", 0, [("1 a 14 anos", 12, 168, 50, 120)],
            rng.uniform(22, 41) if scen == "irondef" else None),
           ("2276-4", "Ferritina", "ng/mL", 0, [("6 meses a 15 anos", 6, 180, 7, 140)],
            rng.uniform(3, 6) if scen == "irondef" else None)]
    if variant == 3:
        bio = bio[:3] + [("1988-5", "Proteína C reativa", "mg/L", 1, [("Todas as idades", 0, 999, None, 5.0)],
                          rng.uniform(12, 38) if wtot > 17500 else rng.uniform(0.6, 3.8))] + bio[4:6]
    pg.t(230, y, "Resultado", "hebo", 8)
    pg.t(345, y, "Valores de referência por faixa etária", "hebo", 8)
    y += 13
    for code, nm, unit, dec, bands, val in bio:
        if val is None:
            cur = next((lo, hi) for lab, a, b, lo, hi in bands if a <= age_m < b)
            val = _v(rng, cur[0], cur[1], dec, _st(rng, 0.2))
        if code == "1988-5":
            val = _off(round(val, dec), dec, None, 5.0)
            e = _er(code, nm, val, unit, None, 5.0)
            pf = {"H": "↑"}.get(e.flag) if arrows else None
            exp.append(_er(code, nm, val, unit, None, 5.0, pf=pf))
            ensure(14)
            pg.t(44, y, nm, "helv", 9)
            pg.tr(250, y, _f(val, dec, True), "hebo", 9)
            pg.t(268, y, unit, "helv", 8.5)
            pg.t(345, y, "Todas as idades:", "helv", 7)
            pg.t(440, y, "inferior a 5,0", "helv", 7)
            y += 14
            continue
        band_row(code, nm, unit, dec, bands, val)
    y += 10
    ensure(60)
    y = _para(pg, 44, y, 505, "Os valores de referência pediátricos variam com a idade; o laudo apresenta as faixas "
              "etárias do método e o resultado deve ser interpretado conforme a idade do paciente na data da coleta.",
              "helv", 7.5)
    y += 16
    _scribble(pg, 400, y, rng, w=70)
    pg.t(380, y + 14, "Dra. Helena M. Castro", "hebo", 8)
    pg.t(380, y + 24, "Farmacêutica-Bioquímica  -  CRF-PE 4.512", "helv", 7.5)
    pg.t(44, y + 14, f"Liberado em {(coll + _dt.timedelta(days=1)).strftime('%d/%m/%Y')} às "
                     f"{rng.randint(10, 17)}:{rng.randint(10, 59)}", "helv", 7.5)
    n = len(pages)
    for i in range(n):
        p_ = _Pg(doc, page=doc[i])
        p_.tr(555, 815, f"Página {i + 1} de {n}", "helv", 7.5)
        p_.t(40, 815, "Laudo assinado eletronicamente. Confira a autenticidade em labkids.com.br/laudos", "helv", 7)
    return _finish(doc, "Laudo pediátrico"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D9  Portugal: ruled grid, footnote marks

def _d9(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 2
    age = {1: rng.randint(33, 44), 2: rng.randint(50, 61), 3: rng.randint(70, 81)}[variant]
    dob = _dt.date(coll.year - age - 1, rng.randint(coll.month, 12) if coll.month < 12 else 12, rng.randint(1, 28))
    age = _age_on(dob, coll)
    prev_d = coll - _dt.timedelta(days=rng.randint(150, 420))
    pname = {1: "Sofia Margarida Antunes Vieira", 2: "José Carlos Pimenta Magalhães",
             3: "Maria Albertina Costa Fernandes"}[variant]
    arrows = variant != 3
    # rows: (section, code, name, value, dec, unit, lo, hi, reftxt, mark_name, mark_value, prev)
    rows = []

    def add(sec, code, nm, val, dec, unit, lo, hi, rt, mk_n="", mk_v="", prev=True):
        rows.append((sec, code, nm, val, dec, unit, lo, hi, rt, mk_n, mk_v, prev))

    c = _cbc(rng, female, {1: "normal", 2: "normal", 3: "macro"}[variant])
    hb_r = (11.5, 15.0) if female else (13.0, 17.5)
    hematologia = [("789-8", "Eritrócitos", c["rbc"], 2, "x10¹²/L", (3.80, 4.80) if female else (4.50, 5.50),
                    "3,80 - 4,80" if female else "4,50 - 5,50"),
                   ("718-7", "Hemoglobina", c["hb"], 1, "g/dL", hb_r, "11,5 - 15,0" if female else "13,0 - 17,5"),
                   ("4544-3", "Hematócrito", c["hct"], 1, "%", (36.0, 46.0) if female else (40.0, 50.0),
                    "36,0 - 46,0" if female else "40,0 - 50,0"),
                   ("787-2", "Volume globular médio (VGM)", c["mcv"], 1, "fL", (83.0, 101.0), "83,0 - 101,0"),
                   ("785-6", "Hemoglobina globular média (HGM)", c["mch"], 1, "pg", (27.0, 32.0), "27,0 - 32,0"),
                   ("786-4", "Conc. hemoglobínica globular média (CHGM)", c["mchc"], 1, "g/dL", (31.5, 34.5),
                    "31,5 - 34,5"),
                   ("788-0", "RDW", c["rdw"], 1, "%", (11.6, 14.0), "11,6 - 14,0"),
                   ("6690-2", "Leucócitos", c["wbc"], 2, "x10⁹/L", (4.0, 10.0), "4,00 - 10,00"),
                   ("777-3", "Plaquetas", c["plt"], 0, "x10⁹/L", (150.0, 400.0), "150 - 400")]
    if variant in (1, 3):
        for code, nm, val, dec, unit, (lo, hi), rt in hematologia:
            add("HEMATOLOGIA  -  Hemograma", code, nm, val, dec, unit, lo, hi, rt)
    if variant == 1:
        add("BIOQUÍMICA", "2345-7", "Glicose", _v(rng, 70, 110, 0), 0, "mg/dL", 70, 110, "70 - 110")
        add("BIOQUÍMICA", "2160-0", "Creatinina", _v(rng, 0.51, 0.95, 2), 2, "mg/dL", 0.51, 0.95, "0,51 - 0,95")
        add("BIOQUÍMICA", "2276-4", "Ferritina", _v(rng, 15, 150, 0, _st(rng, 0.3, "l")), 0, "ng/mL", 15, 150,
            "15 - 150")
        tsh = rng.uniform(6.2, 14.5)
        add("ENDOCRINOLOGIA", "3016-3", "TSH", tsh, 2, "µUI/mL", 0.35, 4.94, "0,35 - 4,94", mk_v="¹")
        add("ENDOCRINOLOGIA", "14920-3", "T4 livre", rng.uniform(6.6, 8.7), 1, "pmol/L", 9.0, 19.0, "9,0 - 19,0")
        add("ENDOCRINOLOGIA", "14928-6", "T3 livre", _v(rng, 2.6, 5.7, 1, rng.choice("nl")), 1, "pmol/L", 2.6, 5.7,
            "2,6 - 5,7")
        add("IMUNOLOGIA", "8099-4", "Anticorpos anti-peroxidase (anti-TPO)", rng.uniform(120, 600), 1, "UI/mL",
            None, 5.6, "< 5,6", mk_n=" (a)", prev=False)
    elif variant == 2:
        add("BIOQUÍMICA", "2345-7", "Glicose", _v(rng, 70, 110, 0, "h"), 0, "mg/dL", 70, 110, "70 - 110")
        add("BIOQUÍMICA", "4548-4", "Hemoglobina A1c", _v(rng, 4.0, 6.0, 1, "h"), 1, "%", 4.0, 6.0, "4,0 - 6,0")
        tc, hdl, tg = rng.uniform(205, 262), rng.uniform(36, 48), rng.uniform(160, 290)
        add("BIOQUÍMICA", "2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190, "< 190")
        add("BIOQUÍMICA", "2085-9", "Colesterol HDL", hdl, 0, "mg/dL", 40, None, "> 40")
        add("BIOQUÍMICA", "13457-7", "Colesterol LDL (calculado)", round(tc) - round(hdl) - round(tg) / 5, 0,
            "mg/dL", None, 116, "< 116", mk_n=" (a)")
        add("BIOQUÍMICA", "2571-8", "Triglicéridos", tg, 0, "mg/dL", None, 150, "< 150")
        add("BIOQUÍMICA", "1920-8", "Aspartato aminotransferase (AST)", _v(rng, None, 40, 0, _st(rng, 0.4, "h"),
                                                                            floor=15), 0, "U/L", None, 40, "< 40")
        add("BIOQUÍMICA", "1742-6", "Alanina aminotransferase (ALT)", _v(rng, None, 41, 0, "h"), 0, "U/L", None, 41,
            "< 41", mk_v="¹")
        add("BIOQUÍMICA", "2324-2", "Gama-glutamiltransferase (GGT)", _v(rng, 10, 71, 0, _st(rng, 0.5, "h")), 0,
            "U/L", 10, 71, "10 - 71")
        add("BIOQUÍMICA", "6768-6", "Fosfatase alcalina", _v(rng, 40, 129, 0), 0, "U/L", 40, 129, "40 - 129")
        add("BIOQUÍMICA", "1975-2", "Bilirrubina total", _v(rng, None, 1.2, 2, floor=0.3), 2, "mg/dL", None, 1.2,
            "< 1,20")
        add("BIOQUÍMICA", "3091-6", "Ureia", _v(rng, 17, 43, 0), 0, "mg/dL", 17, 43, "17 - 43")
        add("BIOQUÍMICA", "2160-0", "Creatinina", _v(rng, 0.67, 1.17, 2), 2, "mg/dL", 0.67, 1.17, "0,67 - 1,17")
        add("BIOQUÍMICA", "3084-1", "Ácido úrico", _v(rng, 3.4, 7.0, 1, rng.choice("nh")), 1, "mg/dL", 3.4, 7.0,
            "3,4 - 7,0")
        add("MARCADORES TUMORAIS", "2857-1", "PSA total", _v(rng, None, 4.0, 2, floor=0.4), 2, "ng/mL", None, 4.0,
            "< 4,00")
        add("VITAMINAS", "62292-8", "25-Hidroxivitamina D", _v(rng, 30, 100, 1, rng.choice("nl")), 1, "ng/mL", 30, 100,
            "30,0 - 100,0", mk_n=" (b)", prev=False)
    else:
        add("BIOQUÍMICA", "2160-0", "Creatinina", _v(rng, 0.51, 0.95, 2, rng.choice("nh")), 2, "mg/dL", 0.51, 0.95,
            "0,51 - 0,95")
        cr = rows[-1][3]
        add("BIOQUÍMICA", "98979-8", "TFG estimada (CKD-EPI 2021)", round(_egfr(round(cr, 2), age, True)), 0,
            "mL/min/1,73m²", 60, None, "> 60", mk_n=" (a)", prev=False)
        add("BIOQUÍMICA", "2498-4", "Ferro", _v(rng, 37, 145, 0), 0, "µg/dL", 37, 145, "37 - 145")
        add("BIOQUÍMICA", "2276-4", "Ferritina", _v(rng, 15, 150, 0, rng.choice("nh")), 0, "ng/mL", 15, 150,
            "15 - 150")
        add("BIOQUÍMICA", "3034-6", "Transferrina", _v(rng, 200, 360, 0), 0, "mg/dL", 200, 360, "200 - 360")
        add("BIOQUÍMICA", "2502-3", "Saturação da transferrina", _v(rng, 20, 50, 0), 0, "%", 20, 50, "20 - 50",
            mk_n=" (a)")
        add("VITAMINAS", "14685-2", "Vitamina B12", rng.uniform(62, 118), 0, "pmol/L", 145, 569, "145 - 569",
            mk_v="¹")
        add("VITAMINAS", "14732-2", "Ácido fólico", _v(rng, 8.8, 60.8, 1, rng.choice("nl")), 1, "nmol/L", 8.8, 60.8,
            "8,8 - 60,8")
    # ---- render
    doc = fitz.open()
    pages = []

    def header():
        pg_ = _Pg(doc)
        pages.append(pg_)
        navy = (0.1, 0.2, 0.4)
        pg_.t(40, 44, "LABORATÓRIO CLÍNICO RIBEIRINHO", "tibo", 15, c=navy)
        pg_.t(40, 56, "Análises Clínicas, Lda.  -  Rua do Souto, 114, 4700-329 Braga  -  Tel. 253 617 420  -  "
                      "NIF 503 118 722", "tiro", 8)
        pg_.t(40, 66, "Diretora Técnica: Dra. Isabel Meireles, Especialista em Patologia Clínica (OM 38 114)", "tiro",
              8)
        pg_.rect(430, 30, 555, 62, c=navy, w=0.6)
        pg_.tc(492, 41, "IPAC", "hebo", 9, c=navy)
        pg_.tc(492, 51, "ACREDITAÇÃO", "helv", 6, c=navy)
        pg_.tc(492, 59, "L0512 - Ensaios clínicos", "helv", 5.5, c=navy)
        pg_.ln(40, 74, 555, 74, 0.8, c=navy)
        info = [("Nome:", pname, "Requisição n.º:", f"{coll.strftime('%y')}/{rng.randint(100000, 999999)}"),
                ("Data de nascimento:", f"{dob.strftime('%d-%m-%Y')} ({age} anos)", "Data de colheita:",
                 f"{coll.strftime('%d-%m-%Y')}  {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"),
                ("Sexo:", "Feminino" if female else "Masculino", "Posto de colheita:",
                 rng.choice(["Braga - Sede", "Maximinos", "Vila Verde"])),
                ("N.º utente:", f"{rng.randint(100, 299)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                 "Entidade:", rng.choice(["SNS", "ADSE", "Médis", "Multicare"])),
                ("Médico:", rng.choice(["Dr. Nuno Faria", "Dra. Ana Rita Sampaio", "Dr. Vítor Gonçalves"]),
                 "Data de emissão:", (coll + _dt.timedelta(days=2)).strftime("%d-%m-%Y"))]
        yy = 90
        for a, b, c2, d in info:
            pg_.t(40, yy, a, "hebo", 8)
            pg_.t(130, yy, b, "helv", 8)
            pg_.t(330, yy, c2, "hebo", 8)
            pg_.t(420, yy, d, "helv", 8)
            yy += 11
        return pg_

    pg = header()
    X = [40, 232, 290, 304, 362, 458, 555]
    heads = ["Análise", "Resultado", "", "Unidades", "Valores de referência", f"Anterior ({prev_d.strftime('%d-%m-%y')})"]

    def table_head(y0):
        pg.rect(X[0], y0, X[-1], y0 + 16, c=(0, 0, 0), fill=(0.88, 0.9, 0.94), w=0.6)
        for i, h_ in enumerate(heads):
            pg.t(X[i] + 3, y0 + 11, h_, "hebo", 7.3)
        for x in X:
            pg.ln(x, y0, x, y0 + 16, 0.6)
        return y0 + 16

    y = table_head(152)
    exp: list[ExpectedResult] = []
    cur_sec = None
    rh = 14.5
    for sec, code, nm, val, dec, unit, lo, hi, rt, mk_n, mk_v, prev in rows:
        if y > 740:
            pg.tr(555, 766, "(continua)", "helv", 7.5)
            pg = header()
            y = table_head(152)
            cur_sec = None
        if sec != cur_sec:
            pg.rect(X[0], y, X[-1], y + rh, c=(0, 0, 0), fill=(0.96, 0.96, 0.96), w=0.6)
            pg.t(X[0] + 3, y + 10, sec, "hebo", 8)
            y += rh
            cur_sec = sec
        v = _off(round(val, dec), dec, lo, hi)
        e = _er(code, nm, v, unit, lo, hi)
        pf = ({"H": "↑", "HH": "↑", "L": "↓", "LL": "↓"} if arrows else {"H": "H", "HH": "H", "L": "L",
                                                                        "LL": "L"}).get(e.flag)
        exp.append(_er(code, nm, v, unit, lo, hi, pf=pf))
        lines = _wrap(nm + mk_n, X[1] - X[0] - 6, "helv", 8)
        hh = rh + 9 * (len(lines) - 1)
        for x in X:
            pg.ln(x, y, x, y + hh, 0.6)
        pg.ln(X[0], y + hh, X[-1], y + hh, 0.3)
        for i, ln_ in enumerate(lines):
            pg.t(X[0] + 3, y + 10 + 9 * i, ln_, "helv", 8)
        vt = _f(v, dec, True)
        pg.t(X[1] + 4, y + 10, vt, "hebo", 8.5)
        if mk_v:
            pg.t(X[1] + 4 + _tw(vt, "hebo", 8.5) + 0.5, y + 7, mk_v, "helv", 6.5)
        if pf:
            pg.t(X[2] + 3, y + 10, pf, "djb" if arrows else "hebo", 8.5)
        pg.t(X[3] + 3, y + 10, unit, "dj" if "¹²" in unit or "⁹" in unit else "helv", 7.8)
        pg.t(X[4] + 3, y + 10, rt, "helv", 8)
        if prev:
            pv = _v(rng, lo, hi, dec, _st(rng, 0.3)) if (lo is not None or hi is not None) else val
            if code == "98979-8":
                pv = val
            pg.t(X[5] + 3, y + 10, _f(pv, dec, True), "helv", 7.8, c=(0.3, 0.3, 0.3))
        else:
            pg.t(X[5] + 3, y + 10, "---", "helv", 7.8, c=(0.3, 0.3, 0.3))
        y += hh
    pg.rect(X[0], 152, X[-1], y, c=(0, 0, 0), w=0.8)
    y += 14
    notes = ["¹ Resultado confirmado por repetição na mesma amostra.",
             "(a) Ensaio não incluído no âmbito da acreditação IPAC do laboratório.",
             "(b) Análise realizada em laboratório subcontratado (Lab. Central Porto, acreditação L0233).",
             "A coluna «Anterior» apresenta o último resultado registado neste laboratório, para comparação.",
             "Setas: valor acima (↑) ou abaixo (↓) do intervalo de referência." if arrows else
             "H / L: valor acima / abaixo do intervalo de referência."]
    for n_ in notes:
        pg.t(40, y, n_, "dj", 7)
        y += 9.5
    y += 14
    _scribble(pg, 420, y + 10, rng, w=70)
    pg.t(400, y + 24, "Dra. Isabel Meireles", "hebo", 8)
    pg.t(400, y + 34, "Especialista em Patologia Clínica", "helv", 7.5)
    n = len(pages)
    for i in range(n):
        p_ = _Pg(doc, page=doc[i])
        p_.ln(40, 800, 555, 800, 0.4)
        p_.t(40, 812, "Os resultados referem-se apenas às amostras analisadas. Proibida a reprodução parcial deste "
                      "boletim.", "helv", 6.8)
        p_.tr(555, 812, f"Pág. {i + 1}/{n}", "helv", 7)
    return _finish(doc, "Boletim de análises"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D10 Brazil: scanned certified photocopy

def _d10(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 2
    age = {1: rng.randint(52, 61), 2: rng.randint(61, 68), 3: rng.randint(29, 37)}[variant]
    pname = {1: "FRANCISCA DAS CHAGAS ARAÚJO LIMA", 2: "JOSÉ RIBAMAR DE SOUSA FILHO",
             3: "LARISSA MARIA BEZERRA DANTAS"}[variant]
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(40, 46, "LABORATÓRIO SÃO LUCAS", "tibo", 17)
    pg.t(40, 58, "ANÁLISES CLÍNICAS", "hebo", 8)
    pg.tr(555, 38, "Rua Floriano Peixoto, 455 - Centro - Campina Grande/PB", "helv", 7.5)
    pg.tr(555, 48, "CEP 58400-165 - Fone (83) 3321-4455 - CNES 2345678", "helv", 7.5)
    pg.tr(555, 58, "Resp. Técnico: Dr. Marcos A. Queiroga - CRF-PB 1.872", "helv", 7.5)
    pg.ln(40, 66, 555, 66, 1.2)
    info = [("Paciente:", pname, "Idade:", f"{age} anos"),
            ("Médico(a):", rng.choice(["Dr. Ítalo Nóbrega - CRM-PB 6.512", "Dra. Joana Cabral - CRM-PB 9.044"]),
             "Sexo:", "Feminino" if female else "Masculino"),
            ("Coleta:", f"{coll.strftime('%d/%m/%Y')} às {rng.randint(7, 8):02d}:{rng.randint(0, 59):02d}", "Jejum:",
             f"{rng.choice([10, 12, 12, 14])} horas"),
            ("Prontuário:", f"{rng.randint(100000, 999999)}", "Liberado em:",
             (coll + _dt.timedelta(days=rng.randint(1, 3))).strftime("%d/%m/%Y"))]
    y = 82
    for a, b, c2, d in info:
        pg.t(40, y, a, "hebo", 8.5)
        pg.t(98, y, b, "helv", 8.5)
        pg.t(400, y, c2, "hebo", 8.5)
        pg.t(458, y, d, "helv", 8.5)
        y += 12
    pg.ln(40, y - 5, 555, y - 5, 0.5)
    y += 12
    exp: list[ExpectedResult] = []

    def block(title, material, method, rows, refs, notes=(), single=True):
        nonlocal y
        pg.t(40, y, title, "hebo", 9.5)
        y += 11
        pg.t(40, y, f"Material: {material}    Método: {method}", "helv", 7)
        y += 13
        y_ref = y
        for lab_, code, nm, val, dec, unit, lo, hi, comp in rows:
            if comp:
                vt = f"{comp} {_f(val, dec, True)}"
            else:
                val = _off(round(val, dec), dec, lo, hi)
                vt = _f(val, dec, True)
            exp.append(_er(code, nm, val, unit, lo, hi, comp=comp))
            pg.t(40, y, lab_, "helv", 8.5)
            pg.tr(250, y, vt, "hebo", 9)
            if unit:
                pg.t(254, y, unit, "helv", 8.5)
            y += 11.5
        yr = y_ref
        pg.t(330, yr - 11, "Valores de referência:", "hebo", 7.3)
        for r_ in refs:
            pg.t(330, yr, r_, "helv", 7.3)
            yr += 9
        y = max(y, yr) + 1
        for n_ in notes:
            y = _para(pg, 40, y, 510, n_, "heit", 6.9, lh=1.25)
        pg.ln(40, y - 3, 555, y - 3, 0.25, c=(0.5, 0.5, 0.5))
        y += 12

    if variant == 1:
        gl = float(rng.randint(104, 138))
        block("GLICOSE", "Plasma (fluoreto)", "Enzimático - Hexoquinase",
              [("Resultado:", "2345-7", "GLICOSE", gl, 0, "mg/dL", 70, 99, None)],
              ["Normal: 70 a 99 mg/dL", "Glicemia de jejum alterada: 100 a 125 mg/dL",
               "Diabetes mellitus: igual ou superior a 126 mg/dL"],
              ["Nota: o diagnóstico de diabetes requer confirmação com nova dosagem em dia diferente, salvo na "
               "presença de sintomas inequívocos de hiperglicemia (ADA/SBD 2023)."])
        a1c = round(rng.uniform(6.0, 7.4), 1)
        block("HEMOGLOBINA GLICADA (HbA1c)", "Sangue total (EDTA)", "HPLC - certificado NGSP",
              [("Hemoglobina glicada:", "4548-4", "Hemoglobina glicada", a1c, 1, "%", 4.0, 5.6, None),
               ("Glicose média estimada:", "27353-2", "Glicose média estimada", round(28.7 * a1c - 46.7), 0, "mg/dL",
                None, None, None)],
              ["HbA1c: 4,0 a 5,6 %"],
              ["Interpretação (SBD 2023): 5,7 a 6,4 % - risco aumentado para diabetes (pré-diabetes); igual ou "
               "superior a 6,5 % - compatível com diabetes. A glicose média estimada é calculada pela fórmula "
               "28,7 x HbA1c - 46,7 (estudo ADAG)."])
        tc, hdl, tg = rng.randint(188, 246), rng.randint(38, 62), rng.randint(98, 230)
        ldl = round(tc - hdl - tg / 5)
        block("PERFIL LIPÍDICO", "Soro", "Enzimático colorimétrico; LDL calculado (Friedewald)",
              [("Colesterol total:", "2093-3", "Colesterol total", float(tc), 0, "mg/dL", None, 190, None),
               ("HDL colesterol:", "2085-9", "HDL colesterol", float(hdl), 0, "mg/dL", 40, None, None),
               ("LDL colesterol:", "13457-7", "LDL colesterol", float(ldl), 0, "mg/dL", None, None, None),
               ("Colesterol não-HDL:", "43396-1", "Colesterol não-HDL", float(tc - hdl), 0, "mg/dL", None, None,
                None),
               ("Triglicerídeos:", "2571-8", "Triglicerídeos", float(tg), 0, "mg/dL", None, 150, None)],
              ["Colesterol total: desejável < 190 mg/dL", "HDL: desejável > 40 mg/dL",
               "LDL e não-HDL: metas conforme risco", "cardiovascular (ver nota)",
               "Triglicerídeos: jejum < 150 mg/dL;", "sem jejum < 175 mg/dL"],
              ["Nota: metas de LDL (não-HDL) segundo a Atualização da Diretriz Brasileira de Dislipidemias (2017): "
               "risco baixo < 130 (160), intermediário < 100 (130), alto < 70 (100), muito alto < 50 (80) mg/dL."])
        block("TSH - HORMÔNIO TIREOESTIMULANTE", "Soro", "Quimioluminescência",
              [("Resultado:", "3016-3", "TSH", _v(rng, 0.45, 4.5, 2, _st(rng, 0.3, "h")), 2, "µUI/mL", 0.45, 4.5,
                None)], ["0,45 a 4,50 µUI/mL"])
        block("T4 LIVRE", "Soro", "Quimioluminescência",
              [("Resultado:", "3024-7", "T4 LIVRE", _v(rng, 0.7, 1.8, 2), 2, "ng/dL", 0.7, 1.8, None)],
              ["0,70 a 1,80 ng/dL"])
        cr = _v(rng, 0.5, 0.9, 2, _st(rng, 0.3, "h"))
        block("CREATININA", "Soro", "Jaffé cinético compensado",
              [("Creatinina:", "2160-0", "Creatinina", cr, 2, "mg/dL", 0.5, 0.9, None),
               ("TFG estimada (CKD-EPI 2021):", "98979-8", "TFG estimada (CKD-EPI 2021)",
                float(round(_egfr(cr, age, True))), 0, "mL/min/1,73m²", 60, None, None)],
              ["Creatinina: 0,50 a 0,90 mg/dL", "TFG: superior a 60 mL/min/1,73m²"])
        block("ÁCIDO ÚRICO", "Soro", "Uricase / peroxidase",
              [("Resultado:", "3084-1", "ÁCIDO ÚRICO", _v(rng, 2.4, 5.7, 1, _st(rng, 0.35, "h")), 1, "mg/dL", 2.4, 5.7,
                None)], ["Homens: 3,4 a 7,0 mg/dL", "Mulheres: 2,4 a 5,7 mg/dL"],
              ["Nota: valores de referência alterados a partir de 01/03/2024 em virtude da mudança de metodologia "
               "(reagente enzimático de segunda geração); resultados anteriores não são diretamente comparáveis."])
    elif variant == 2:
        pt = round(rng.uniform(3.1, 6.8), 2)
        pl = round(pt * rng.uniform(0.09, 0.3), 2)
        ratio = round(pl / pt * 100)
        psa_hi = 4.5
        block("PSA TOTAL E LIVRE", "Soro", "Eletroquimioluminescência",
              [("PSA total:", "2857-1", "PSA total", pt, 2, "ng/mL", None, psa_hi, None),
               ("PSA livre:", "10886-0", "PSA livre", pl, 2, "ng/mL", None, None, None),
               ("Relação PSA livre/total:", "12841-3", "Relação PSA livre/total", float(ratio), 0, "%", 25, None,
                None)],
              ["PSA total, por faixa etária:", "40 a 49 anos: até 2,5 ng/mL", "50 a 59 anos: até 3,5 ng/mL",
               "60 a 69 anos: até 4,5 ng/mL", "70 a 79 anos: até 6,5 ng/mL",
               "Relação livre/total: superior a 25 %"],
              ["Interpretação: com PSA total entre 4 e 10 ng/mL, relação livre/total inferior a 10 % associa-se a "
               "maior probabilidade de neoplasia e superior a 25 % a hiperplasia benigna."])
        block("UREIA", "Soro", "Urease UV cinético",
              [("Resultado:", "3091-6", "UREIA", _v(rng, 17, 43, 0, _st(rng, 0.3, "h")), 0, "mg/dL", 17, 43, None)],
              ["17 a 43 mg/dL"])
        cr = _v(rng, 0.7, 1.2, 2, _st(rng, 0.4, "h"))
        block("CREATININA", "Soro", "Jaffé cinético compensado",
              [("Creatinina:", "2160-0", "Creatinina", cr, 2, "mg/dL", 0.7, 1.2, None),
               ("TFG estimada (CKD-EPI 2021):", "98979-8", "TFG estimada (CKD-EPI 2021)",
                float(round(_egfr(cr, age, False))), 0, "mL/min/1,73m²", 60, None, None)],
              ["Creatinina: 0,70 a 1,20 mg/dL", "TFG: superior a 60 mL/min/1,73m²"])
        block("SÓDIO E POTÁSSIO", "Soro", "Eletrodo íon-seletivo indireto",
              [("Sódio:", "2951-2", "Sódio", _v(rng, 136, 145, 0, _st(rng)), 0, "mEq/L", 136, 145, None),
               ("Potássio:", "2823-3", "Potássio", _v(rng, 3.5, 5.1, 1, _st(rng)), 1, "mEq/L", 3.5, 5.1, None)],
              ["Sódio: 136 a 145 mEq/L", "Potássio: 3,5 a 5,1 mEq/L"])
        block("TRANSAMINASES", "Soro", "Cinético UV (IFCC) sem piridoxal fosfato",
              [("TGO (AST):", "1920-8", "TGO (AST)", _v(rng, 5, 40, 0, _st(rng, 0.3, "h")), 0, "U/L", 5, 40, None),
               ("TGP (ALT):", "1742-6", "TGP (ALT)", _v(rng, 7, 41, 0, _st(rng, 0.3, "h")), 0, "U/L", 7, 41, None)],
              ["TGO: 5 a 40 U/L", "TGP: 7 a 41 U/L"])
        bt = round(rng.uniform(0.5, 1.7), 2)
        bd = round(bt * rng.uniform(0.18, 0.3), 2)
        block("BILIRRUBINAS", "Soro", "Diazo (Jendrassik-Grof)",
              [("Bilirrubina total:", "1975-2", "Bilirrubina total", bt, 2, "mg/dL", None, 1.2, None),
               ("Bilirrubina direta:", "1968-7", "Bilirrubina direta", bd, 2, "mg/dL", None, 0.3, None),
               ("Bilirrubina indireta:", "1971-1", "Bilirrubina indireta", round(bt - bd, 2), 2, "mg/dL", None, 0.9,
                None)],
              ["Total: até 1,20 mg/dL", "Direta: até 0,30 mg/dL", "Indireta: até 0,90 mg/dL"],
              ["Nota: bilirrubina indireta calculada (total - direta)."])
    else:
        block("FERRITINA", "Soro", "Quimioluminescência",
              [("Resultado:", "2276-4", "FERRITINA", _v(rng, 13, 150, 0, rng.choice("nl")), 0, "ng/mL", 13, 150, None)],
              ["Mulheres: 13 a 150 ng/mL", "Homens: 30 a 400 ng/mL"])
        block("FERRO SÉRICO", "Soro", "Colorimétrico - Ferrozine",
              [("Resultado:", "2498-4", "FERRO SÉRICO", _v(rng, 50, 170, 0, _st(rng)), 0, "µg/dL", 50, 170, None)],
              ["50 a 170 µg/dL"])
        block("25-HIDROXIVITAMINA D", "Soro", "Quimioluminescência",
              [("Resultado:", "62292-8", "25-HIDROXIVITAMINA D", _v(rng, 20, None, 1, rng.choice("nl"), ceil=48), 1,
                "ng/mL", 20, None, None)],
              ["Superior a 20 ng/mL (população saudável)"],
              ["Interpretação (SBPC/ML e SBEM, 2017): 30 a 60 ng/mL para grupos de risco (idosos, gestantes, "
               "osteoporose, doença renal crônica); acima de 100 ng/mL risco de toxicidade."])
        block("VITAMINA B12", "Soro", "Quimioluminescência",
              [("Resultado:", "2132-9", "VITAMINA B12", _v(rng, 197, 771, 0, rng.choice("nnl")), 0, "pg/mL", 197, 771,
                None)], ["197 a 771 pg/mL"])
        block("ÁCIDO FÓLICO", "Soro", "Quimioluminescência",
              [("Resultado:", "2284-8", "ÁCIDO FÓLICO", _v(rng, 3.9, 26.8, 1), 1, "ng/mL", 3.9, 26.8, None)],
              ["3,9 a 26,8 ng/mL"])
        block("TSH ULTRASSENSÍVEL", "Soro", "Quimioluminescência",
              [("Resultado:", "3016-3", "TSH ULTRASSENSÍVEL", _v(rng, 0.38, 5.33, 2, _st(rng)), 2, "µUI/mL", 0.38,
                5.33, None)], ["0,38 a 5,33 µUI/mL"])
        block("T4 LIVRE", "Soro", "Quimioluminescência",
              [("Resultado:", "3024-7", "T4 LIVRE", _v(rng, 0.58, 1.64, 2), 2, "ng/dL", 0.58, 1.64, None)],
              ["0,58 a 1,64 ng/dL"])
        block("PROLACTINA", "Soro", "Quimioluminescência",
              [("Resultado:", "2842-3", "PROLACTINA", _v(rng, 4.8, 23.3, 1, rng.choice("nh")), 1, "ng/mL", 4.8, 23.3,
                None)], ["Mulheres não gestantes: 4,8 a 23,3 ng/mL", "Homens: 4,0 a 15,2 ng/mL"],
              ["Nota: valores elevados devem ser avaliados quanto à presença de macroprolactina."])
        block("CORTISOL - coleta às 08:00", "Soro", "Quimioluminescência",
              [("Resultado:", "9813-7", "CORTISOL", _v(rng, 6.2, 19.4, 1), 1, "µg/dL", 6.2, 19.4, None)],
              ["Coleta entre 7 e 10 h: 6,2 a 19,4 µg/dL", "Coleta entre 16 e 20 h: 2,3 a 11,9 µg/dL"])
        block("BETA-HCG QUANTITATIVO", "Soro", "Eletroquimioluminescência",
              [("Resultado:", "21198-7", "BETA-HCG QUANTITATIVO", 1.2, 1, "mUI/mL", None, 5.0, "<")],
              ["Não gestantes: inferior a 5,0 mUI/mL"],
              ["Nota: resultado inferior a 5,0 mUI/mL não exclui gestação muito inicial (menos de 10 dias após a "
               "concepção); em caso de dúvida clínica, repetir a dosagem em 48 a 72 horas."])
    if y > 745:
        raise ValueError(f"{name}: page overflow ({y:.0f})")
    # photocopy certification stamp + notary signature (overlapping the lower part of the page)
    sx, sy = 300 + rng.uniform(-20, 30), min(y - 34, 700) + rng.uniform(-4, 4)  # over the last note
    ang = rng.uniform(-9, -3)
    col = (0.1, 0.2, 0.6)
    sh = pg.p.new_shape()
    r1 = fitz.Rect(sx, sy, sx + 230, sy + 74)
    sh.draw_rect(r1)
    sh.finish(color=col, width=1.6, morph=(fitz.Point(sx, sy), fitz.Matrix(ang)), stroke_opacity=0.8)
    sh.draw_rect(fitz.Rect(sx + 3, sy + 3, sx + 227, sy + 71))
    sh.finish(color=col, width=0.6, morph=(fitz.Point(sx, sy), fitz.Matrix(ang)), stroke_opacity=0.8)
    sh.commit()
    for dy, s_, f, sz in ((16, "CONFERE COM O ORIGINAL", "hebo", 11), (29, "2º OFÍCIO DE NOTAS E REGISTROS", "hebo", 7),
                          (39, "Campina Grande - PB", "helv", 7),
                          (51, f"Em {(coll + _dt.timedelta(days=rng.randint(5, 30))).strftime('%d/%m/%Y')}", "helv", 7.5),
                          (64, f"Selo digital: ABK{rng.randint(10000, 99999)}-{rng.choice(['QW', 'ZT', 'MX'])}",
                           "helv", 6.5)):
        pg.p.insert_text(fitz.Point(sx + 10, sy + dy), s_, fontname=f, fontsize=sz, color=col, fill_opacity=0.8,
                         morph=(fitz.Point(sx, sy), fitz.Matrix(ang)))
    _scribble(pg, sx + 110, sy + 52, rng, w=90, c=(0.05, 0.1, 0.45), lw=1.1)
    _scribble(pg, 60, 770, rng, w=70, c=(0.1, 0.1, 0.1))
    pg.t(40, 786, "Dr. Marcos A. Queiroga - Farmacêutico-Bioquímico - CRF-PB 1.872", "helv", 7.5)
    pg.tr(555, 810, "Página 1 de 1", "helv", 7.5)
    pg.t(40, 810, "Laudo emitido por sistema informatizado. A interpretação deve ser feita pelo médico assistente.",
         "helv", 6.8)
    return _finish(doc, "Laudo"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D11 Ireland: two-page hospital report

def _d11(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant != 1
    age = {1: rng.randint(62, 70), 2: rng.randint(78, 86), 3: rng.randint(40, 49)}[variant]
    dob = _dt.date(coll.year - age - 1, rng.randint(coll.month, 12) if coll.month < 12 else 12, rng.randint(1, 28))
    age = _age_on(dob, coll)
    pname = {1: ("Ó CONCHÚIR", "Pádraig"), 2: ("FITZGERALD", "Bridget"), 3: ("McNAMARA", "Siobhán")}[variant]
    loc = {1: "GP: Dr Ciarán Ó Briain, Oughterard Medical Centre", 2: "St Enda's Ward (Medical), Bed 14",
           3: "GP: Dr Aoife Kenny, Salthill Family Practice"}[variant]
    secs: list[tuple[str, list]] = []
    cr_r = (45, 84) if female else (59, 104)
    c = _cbc(rng, female, {1: "normal", 2: rng.choice(["normal", "irondef"]), 3: "irondef"}[variant],
             wbc={1: "n", 2: "h", 3: "n"}[variant])
    hb_r = (11.5, 15.5) if female else (13.0, 17.0)
    fbc = [("718-7", "Haemoglobin", c["hb"], 1, "g/dL", hb_r),
           ("6690-2", "White Cell Count", c["wbc"], 1, "x10^9/L", (4.0, 11.0)),
           ("777-3", "Platelets", c["plt"], 0, "x10^9/L", (150, 400)),
           ("4544-3", "Haematocrit", c["hct"] / 100, 3, "L/L", (0.360, 0.460) if female else (0.400, 0.520)),
           ("787-2", "MCV", c["mcv"], 1, "fL", (80.0, 100.0)),
           ("785-6", "MCH", c["mch"], 1, "pg", (27.0, 32.0)),
           ("751-8", "Neutrophils", c["wbc"] * c["neut"] / 100, 1, "x10^9/L", (2.0, 7.5)),
           ("731-0", "Lymphocytes", c["wbc"] * c["lym"] / 100, 1, "x10^9/L", (1.5, 4.0)),
           ("742-7", "Monocytes", c["wbc"] * c["mon"] / 100, 1, "x10^9/L", (0.2, 1.0)),
           ("711-2", "Eosinophils", c["wbc"] * c["eos"] / 100, 2, "x10^9/L", (0.0, 0.4))]
    cr = _v(rng, *cr_r, 0, {1: _st(rng, 0.3, "h"), 2: "n", 3: "n"}[variant])
    eg = _egfr(cr / 88.4, age, female)
    renal = [("2951-2", "Sodium", rng.uniform(108, 113) if variant == 2 else _v(rng, 133, 146, 0), 0, "mmol/L",
              (133, 146)),
             ("2823-3", "Potassium", _v(rng, 3.5, 5.3, 1, _st(rng)), 1, "mmol/L", (3.5, 5.3)),
             ("2075-0", "Chloride", rng.uniform(82, 89) if variant == 2 else _v(rng, 95, 108, 0), 0, "mmol/L",
              (95, 108)),
             ("22664-7", "Urea", _v(rng, 2.5, 7.8, 1, _st(rng, 0.3)), 1, "mmol/L", (2.5, 7.8)),
             ("14682-9", "Creatinine", cr, 0, "umol/L", cr_r),
             ("98979-8", "eGFR (CKD-EPI 2021)", 90.0 if eg > 90 else float(round(eg)), 0, "mL/min/1.73m2",
              (60, None), ">" if eg > 90 else None)]
    liver = [("14631-6", "Total Bilirubin", _v(rng, 0, 21, 0, _st(rng, 0.2, "h")), 0, "umol/L", (0, 21)),
             ("6768-6", "Alkaline Phosphatase", _v(rng, 30, 130, 0, _st(rng, 0.2, "h")), 0, "U/L", (30, 130)),
             ("2324-2", "GGT", _v(rng, 6, 42, 0, _st(rng, 0.3, "h")) if female else _v(rng, 10, 71, 0, _st(rng, 0.3, "h")),
              0, "U/L", (6, 42) if female else (10, 71)),
             ("1742-6", "ALT", _v(rng, 0, 35 if female else 50, 0, _st(rng, 0.3, "h")), 0, "U/L",
              (0, 35) if female else (0, 50)),
             ("1751-7", "Albumin", _v(rng, 35, 50, 0, "l" if variant == 2 else "n"), 0, "g/L", (35, 50)),
             ("2885-2", "Total Protein", _v(rng, 60, 80, 0), 0, "g/L", (60, 80))]
    if variant == 1:
        secs.append(("FULL BLOOD COUNT", fbc[:8]))
        secs.append(("RENAL PROFILE", renal))
        secs.append(("LIVER PROFILE", liver))
        tc, hdl, tg = rng.uniform(4.4, 6.3), rng.uniform(0.9, 1.5), rng.uniform(0.9, 2.3)
        secs.append(("LIPID PROFILE", [("14647-2", "Cholesterol", tc, 1, "mmol/L", (None, 5.0)),
                                       ("14927-8", "Triglyceride", tg, 1, "mmol/L", (None, 1.7)),
                                       ("14646-4", "HDL Cholesterol", hdl, 2, "mmol/L", (1.0, None)),
                                       ("39469-2", "LDL Cholesterol (calc.)", round(tc, 1) - round(hdl, 2)
                                        - round(tg, 1) / 2.2, 1, "mmol/L", (None, 3.0)),
                                       ("70204-3", "Non-HDL Cholesterol", round(tc, 1) - round(hdl, 2), 1, "mmol/L",
                                        (None, 4.0))]))
        secs.append(("DIABETES", [("59261-8", "HbA1c (IFCC)", float(rng.randint(36, 58)), 0, "mmol/mol",
                                   (None, 42))]))
    elif variant == 2:
        secs.append(("RENAL PROFILE", renal))
        secs.append(("OSMOLALITY", [("2692-2", "Osmolality (serum)", rng.uniform(238, 252), 0, "mOsm/kg",
                                     (275, 295))]))
        secs.append(("BONE PROFILE", [("2000-8", "Calcium", _v(rng, 2.20, 2.60, 2), 2, "mmol/L", (2.20, 2.60)),
                                      ("29265-6", "Adjusted Calcium", _v(rng, 2.20, 2.60, 2), 2, "mmol/L",
                                       (2.20, 2.60)),
                                      ("14879-1", "Phosphate", _v(rng, 0.80, 1.50, 2, _st(rng)), 2, "mmol/L",
                                       (0.80, 1.50)),
                                      ("2601-3", "Magnesium", _v(rng, 0.70, 1.00, 2, rng.choice("nl")), 2, "mmol/L",
                                       (0.70, 1.00))]))
        secs.append(("LIVER PROFILE", liver))
        secs.append(("FULL BLOOD COUNT", fbc[:3] + fbc[4:5] + fbc[6:8]))
        secs.append(("INFLAMMATORY MARKERS", [("1988-5", "CRP", rng.uniform(38, 96), 0, "mg/L", (None, 5))]))
    else:
        secs.append(("FULL BLOOD COUNT", fbc))
        secs.append(("HAEMATINICS", [("2276-4", "Ferritin", rng.uniform(4, 11), 0, "ug/L", (13, 150)),
                                     ("14798-3", "Iron", rng.uniform(3.5, 6.5), 1, "umol/L", (6.6, 26.0)),
                                     ("3034-6", "Transferrin", rng.uniform(3.7, 4.3), 2, "g/L", (2.00, 3.60)),
                                     ("2502-3", "Transferrin Saturation", float(rng.randint(5, 11)), 0, "%", (15, 50)),
                                     ("2132-9", "Vitamin B12", _v(rng, 197, 771, 0), 0, "ng/L", (197, 771)),
                                     ("2284-8", "Folate", _v(rng, 3.9, 26.8, 1, rng.choice("nl")), 1, "ug/L",
                                      (3.9, 26.8))]))
        secs.append(("THYROID FUNCTION", [("3016-3", "TSH", _v(rng, 0.27, 4.20, 2, _st(rng)), 2, "mIU/L",
                                           (0.27, 4.20)),
                                          ("14920-3", "Free T4", _v(rng, 12.0, 22.0, 1), 1, "pmol/L", (12.0, 22.0))]))
        secs.append(("RENAL PROFILE", renal[:2] + renal[3:]))
    # ---- render
    doc = fitz.open()
    page_no = [0]
    t_c = f"{rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}"
    labno = f"B{coll.strftime('%y')}-{rng.randint(100000, 999999)}"
    mrn = f"{rng.randint(100000, 999999):07d}"
    t_r = f"{int(t_c[:2]) + 1:02d}:{rng.randint(10, 59)}"
    clin = {1: "Annual review. T2DM on metformin, hypertension.", 2: "Confusion, falls at home. ?SIADH. On sertraline.",
            3: "Tiredness, heavy menses. ?Iron deficiency."}[variant]

    def header():
        page_no[0] += 1
        p = _Pg(doc)
        teal = (0.0, 0.33, 0.4)
        p.t(40, 42, "CORRIB VALLEY UNIVERSITY HOSPITAL", "hebo", 13, c=teal)
        p.t(40, 54, "Department of Laboratory Medicine  -  Clinical Biochemistry | Haematology", "helv", 8.5)
        p.t(40, 64, "Newcastle Road, Galway  -  Tel +353 91 524 300  -  INAB accredited (Reg. No. 212MT)", "helv", 7.5)
        p.tr(555, 42, "FINAL REPORT", "hebo", 8, c=(0.4, 0.4, 0.4))
        p.rect(40, 72, 555, 143, c=teal, w=0.8)
        items = [("Patient", f"{pname[0]}, {pname[1]}", "Lab No.", labno),
                 ("MRN", mrn, "Collected", f"{coll.strftime('%d-%b-%Y')} {t_c}"),
                 ("DOB / Age", f"{dob.strftime('%d-%b-%Y')}  ({age}y)", "Received",
                  f"{coll.strftime('%d-%b-%Y')} {t_r}"),
                 ("Sex", "Female" if female else "Male", "Specimen", "Serum / EDTA whole blood"),
                 ("Location", loc, "", ""), ("Clinical", clin, "", "")]
        yy = 84
        for a, b, c2, d in items:
            p.t(46, yy, a, "hebo", 8)
            p.t(110, yy, b, "helv", 8)
            if c2:
                p.t(360, yy, c2, "hebo", 8)
                p.t(420, yy, d, "helv", 8)
            yy += 11
        yy = 160
        for x, h in ((40, "Test"), (230, "Result"), (290, "Flag"), (330, "Units"), (420, "Reference Range")):
            p.t(x, yy, h, "hebo", 8.5)
        p.ln(40, yy + 4, 555, yy + 4, 0.6)
        return p

    pg = header()
    y = 180
    limit = 610 if variant != 2 else 585
    exp: list[ExpectedResult] = []
    comments = {"RENAL PROFILE": ("Sodium result telephoned to Dr M. Walsh (SHO) at {t} by PO'D. *** Critical "
                                  "value ***" if variant == 2 else
                                  "eGFR reported using the CKD-EPI 2021 equation; not validated in AKI or pregnancy."),
                "FULL BLOOD COUNT": "Film: hypochromic microcytic red cells, pencil cells." if variant == 3 else "",
                "LIPID PROFILE": "Sample non-fasting. LDL calculated (Friedewald); cardiovascular risk targets per "
                                 "ESC/EAS 2019.",
                "OSMOLALITY": "Suggest paired urine osmolality and urine sodium."}
    for sec, rows in secs:
        if y > limit - 40:
            pg.tr(555, 790, "Continued overleaf ...", "heit", 8)
            pg = header()
            y = 180
        pg.t(40, y, sec, "hebo", 9)
        y += 14
        for row in rows:
            code, nm, val, dec, unit, (lo, hi) = row[:6]
            comp = row[6] if len(row) > 6 else None
            if y > limit:
                pg.tr(555, 790, "Continued overleaf ...", "heit", 8)
                pg = header()
                y = 180
                pg.t(40, y, sec + " (continued)", "hebo", 9)
                y += 14
            if not comp:
                val = _off(round(val, dec), dec, lo, hi)
            e = _er(code, nm, val, unit, lo, hi, comp=comp)
            pf = {"H": "H", "HH": "H", "L": "L", "LL": "L"}.get(e.flag)
            exp.append(_er(code, nm, val, unit, lo, hi, pf=pf, comp=comp))
            pg.t(48, y, nm, "helv", 9)
            pg.t(230, y, (comp or "") + _f(val, dec), "hebo" if pf else "helv", 9)
            if pf:
                pg.t(295, y, pf, "hebo", 9)
            pg.t(330, y, unit, "helv", 8.5)
            if lo is not None and hi is not None:
                rt = f"{lo:.{dec}f} - {hi:.{dec}f}" if dec else f"{lo:.0f} - {hi:.0f}"
            elif hi is not None:
                rt = f"< {hi:.{max(dec, 1) if hi < 10 else 0}f}"
            else:
                rt = f"> {lo:.{max(dec, 1) if lo < 10 else 0}f}"
            pg.t(420, y, rt, "helv", 8.5)
            y += 16
        cm = comments.get(sec, "")
        if cm:
            cm = cm.replace("{t}", f"{int(t_c[:2]) + 2:02d}:{rng.randint(10, 59)}")
            y = _para(pg, 48, y, 480, "Comment: " + cm, "heit", 7.8)
        y += 8
    y += 10
    pg.t(40, y, "Authorised by: Dr Róisín Kavanagh, Consultant Chemical Pathologist", "helv", 8)
    pg.t(40, y + 11, f"Report printed {(coll + _dt.timedelta(days=1)).strftime('%d-%b-%Y')} 08:{rng.randint(10, 59)}."
                     "  Results relate only to the specimens received.", "helv", 7.5)
    pg.tc(297, y + 30, "*** END OF REPORT ***", "hebo", 8)
    n = page_no[0]
    for i in range(n):
        p_ = _Pg(doc, page=doc[i])
        p_.ln(40, 805, 555, 805, 0.4)
        p_.t(40, 817, f"{pname[0]}, {pname[1]}  -  MRN {mrn}  -  {labno}", "helv", 7)
        p_.tr(555, 817, f"Page {i + 1} of {n}", "helv", 7)
    return _finish(doc, "Laboratory report"), exp, "female" if female else "male", coll.isoformat()


# ===================================================================== D12 US: VA-style terminal interim report

def _mref(lo, hi) -> str:
    """Reference range the way the M-based lab package prints it: no leading zero ('.7 - 1.3')."""
    def m(x):
        s = f"{x:g}"
        return s[1:] if s.startswith("0.") else s
    if lo is None:
        return f"<{m(hi)}"
    if hi is None:
        return f">{m(lo)}"
    return f"{m(lo)} - {m(hi)}"


def _d12(name: str, variant: int):
    rng = _rng(name)
    coll = _rand_date(rng)
    female = variant == 2
    age = {1: rng.randint(68, 79), 2: rng.randint(44, 56), 3: rng.randint(55, 64)}[variant]
    dob = _dt.date(coll.year - age - 1, rng.randint(coll.month, 12) if coll.month < 12 else 12, rng.randint(1, 28))
    age = _age_on(dob, coll)
    pname = {1: "HALVORSEN,DALE R", 2: "WASHINGTON,TAMIKA L", 3: "RUIZ,HECTOR M"}[variant]
    prov = rng.choice(["PATEL,ANJALI", "MORRISON,KEITH W", "OYELARAN,FOLA"])
    site = "442"
    mon = coll.strftime("%b %d, %Y").replace(" 0", " ")
    t_c = f"{rng.randint(6, 9):02d}:{rng.randint(0, 59):02d}"
    t_r = f"{int(t_c[:2]) + 2:02d}:{rng.randint(0, 59):02d}"
    blocks = []  # (area, specimen, acc prefix, rows, eval comment)
    exp: list[ExpectedResult] = []

    def r(code, nm, val, dec, unit, lo, hi, comp=None):
        return (code, nm, val, dec, unit, lo, hi, comp)

    if variant == 1:
        glu = float(rng.randint(614, 688))
        na = _v(rng, 136, 145, 0, "l")
        cl = _v(rng, 98, 107, 0, "l")
        co2 = _v(rng, 22, 29, 0, "l")
        cr = _v(rng, 0.7, 1.3, 2, "h")
        eg = round(_egfr(round(cr, 2), age, False))
        a1c = round(rng.uniform(10.6, 12.4), 1)
        rows = [r("2951-2", "SODIUM", na, 0, "mmol/L", 136, 145), r("2823-3", "POTASSIUM", _v(rng, 3.5, 5.1, 1, "h"),
                                                                  1, "mmol/L", 3.5, 5.1),
                r("2075-0", "CHLORIDE", cl, 0, "mmol/L", 98, 107), r("2028-9", "CO2", co2, 0, "mmol/L", 22, 29),
                r("33037-3", "ANION GAP", round(na) - round(cl) - round(co2), 0, "mmol/L", 5, 15),
                r("3094-0", "UREA NITROGEN", _v(rng, 7, 20, 0, "h"), 0, "mg/dL", 7, 20),
                r("2160-0", "CREATININE", cr, 2, "mg/dL", 0.7, 1.3),
                r("98979-8", "EGFR CKD-EPI 2021", float(eg), 0, "mL/min/1.73m2", 60, None),
                r("2345-7", "GLUCOSE", glu, 0, "mg/dL", 70, 99),
                r("17861-6", "CALCIUM", _v(rng, 8.6, 10.3, 1), 1, "mg/dL", 8.6, 10.3)]
        blocks.append(("CHEMISTRY", "SERUM", "CH", rows,
                       f"CRITICAL VALUE: GLUCOSE CALLED TO/READ BACK BY RN {rng.choice(['KOWALSKI', 'DUBOIS'])} "
                       f"{coll.strftime('%m/%d/%y')} {t_r} BY LAB TECH #{rng.randint(10, 99)}"))
        rows2 = [r("4548-4", "HEMOGLOBIN A1C", a1c, 1, "%", 4.0, 5.6),
                 r("27353-2", "EST AVERAGE GLUCOSE", float(round(28.7 * a1c - 46.7)), 0, "mg/dL", None, None)]
        blocks.append(("CHEMISTRY", "BLOOD", "CH", rows2,
                       "HBA1C >6.4% IS CONSISTENT WITH DIABETES (ADA). EAG CALCULATED: 28.7 X A1C - 46.7"))
    elif variant == 2:
        c = _cbc(rng, True, rng.choice(["normal", "irondef"]), plt=rng.choice("nl"), wbc=rng.choice("nnl"))
        w = round(c["wbc"], 1)
        pct = {k: round(c[k], 1) for k in ("neut", "lym", "mon", "eos", "bas")}
        pct["neut"] = round(100 - pct["lym"] - pct["mon"] - pct["eos"] - pct["bas"], 1)
        rows = [r("6690-2", "WBC", w, 1, "K/uL", 4.0, 10.5), r("789-8", "RBC", c["rbc"], 2, "M/uL", 3.9, 5.2),
                r("718-7", "HGB", c["hb"], 1, "g/dL", 11.7, 15.5), r("4544-3", "HCT", c["hct"], 1, "%", 35.0, 45.0),
                r("787-2", "MCV", c["mcv"], 1, "fL", 80.0, 100.0), r("785-6", "MCH", c["mch"], 1, "pg", 27.0, 33.0),
                r("786-4", "MCHC", c["mchc"], 1, "g/dL", 32.0, 36.0), r("788-0", "RDW", c["rdw"], 1, "%", 11.0, 15.0),
                r("777-3", "PLT", c["plt"], 0, "K/uL", 140, 400), r("32623-1", "MPV", c["mpv"], 1, "fL", 7.5, 12.5),
                r("770-8", "NEUT %", pct["neut"], 1, "%", 38.0, 80.0),
                r("736-9", "LYMPH %", pct["lym"], 1, "%", 15.0, 49.0),
                r("5905-5", "MONO %", pct["mon"], 1, "%", 0.0, 13.0),
                r("713-8", "EOS %", pct["eos"], 1, "%", 0.0, 8.0),
                r("706-2", "BASO %", pct["bas"], 1, "%", 0.0, 2.0),
                r("751-8", "NEUT #", w * pct["neut"] / 100, 1, "K/uL", 1.5, 7.8),
                r("731-0", "LYMPH #", w * pct["lym"] / 100, 1, "K/uL", 0.85, 3.9)]
        blocks.append(("HEMATOLOGY", "BLOOD", "HE", rows, None))
        rows2 = [r("2951-2", "SODIUM", _v(rng, 136, 145, 0), 0, "mmol/L", 136, 145),
                 r("2823-3", "POTASSIUM", _v(rng, 3.5, 5.1, 1, _st(rng)), 1, "mmol/L", 3.5, 5.1),
                 r("2160-0", "CREATININE", _v(rng, 0.5, 1.0, 2), 2, "mg/dL", 0.5, 1.0),
                 r("1742-6", "ALT", _v(rng, 0, 33, 0, _st(rng, 0.3, "h")), 0, "U/L", 0, 33),
                 r("2276-4", "FERRITIN", rng.uniform(5, 11) if c["hb"] < 11.7 else _v(rng, 11, 307, 0), 0,
                   "ng/mL", 11, 307)]
        blocks.append(("CHEMISTRY", "SERUM", "CH", rows2, None))
    else:
        tc, hdl, tg = rng.randint(172, 236), rng.randint(34, 55), rng.randint(110, 260)
        rows = [r("2093-3", "CHOLESTEROL", float(tc), 0, "mg/dL", None, 200),
                r("2571-8", "TRIGLYCERIDE", float(tg), 0, "mg/dL", None, 150),
                r("2085-9", "HDL", float(hdl), 0, "mg/dL", 40, None),
                r("13457-7", "LDL-CHOL (CALC)", float(round(tc - hdl - tg / 5)), 0, "mg/dL", None, 100),
                r("1742-6", "ALT", _v(rng, 0, 41, 0, _st(rng, 0.3, "h")), 0, "U/L", 0, 41),
                r("1920-8", "AST", _v(rng, 0, 40, 0, _st(rng, 0.3, "h")), 0, "U/L", 0, 40),
                r("3016-3", "TSH", _v(rng, 0.35, 4.94, 2, _st(rng, 0.25)), 2, "uIU/mL", 0.35, 4.94),
                r("2857-1", "PSA", _v(rng, 0, 4.0, 2, rng.choice("nh"), floor=0.3) if rng.random() < 0.5
                  else round(rng.uniform(4.3, 7.8), 2), 2, "ng/mL", 0, 4.0),
                r("1988-5", "C-REACTIVE PROTEIN", 0.3, 1, "mg/dL", 0, 0.5, "<")]
        blocks.append(("CHEMISTRY", "SERUM", "CH", rows, "LDL GOAL PER PROVIDER; SEE VA/DOD DYSLIPIDEMIA CPG."))
        alb = round(rng.uniform(8.0, 24.0), 1)
        ucr = float(rng.randint(62, 168))
        rows2 = [r("14957-5", "MICROALBUMIN,URINE", alb, 1, "mg/L", None, None),
                 r("2161-8", "CREATININE,URINE", ucr, 0, "mg/dL", None, None),
                 r("14959-1", "MICROALB/CREAT RATIO", round(alb / ucr * 100, 1), 1, "mg/g", 0, 30)]
        blocks.append(("URINE CHEMISTRY", "URINE", "UA", rows2, None))
    # ---- render
    doc = fitz.open()
    pg = _Pg(doc, 612, 792)
    mono, sz, lh = "cour", 8.6, 10.6
    y = 40
    W = 84

    def line(s, bold=False):
        nonlocal y
        pg.t(34, y, s, "cobo" if bold else mono, sz)
        y += lh

    line(f"Printed at: RIVER VALLEY VAMC                                     {coll.strftime('%m/%d/%Y')} "
         f"{int(t_r[:2]) + 1:02d}:{rng.randint(10, 59)}")
    line("")
    line("CONFIDENTIAL LABORATORY INTERIM REPORT".center(W), bold=True)
    line(f"{'RIVER VALLEY VA MEDICAL CENTER':<72}Page 1")
    ssn4 = rng.randint(1000, 9999)
    demo = f"{pname:<22}XXX-XX-{ssn4}   "
    if variant != 2:
        demo += f"Sex: {'F' if female else 'M'}   "
    demo += f"DOB: {dob.strftime('%b %d,%Y').upper()}  Age: {age}"
    line(demo)
    line(f"Loc: {rng.choice(['PC GREEN TEAM', 'PRIMARY CARE BLUE', 'CBOC CASPER'])}")
    line("-" * W)
    for area, spec, pre, rows, ev in blocks:
        acc = f"{pre} {coll.strftime('%m%d')} {rng.randint(1, 99)}"
        line(f"Report Released Date/Time: {mon}@{t_r}")
        line(f"Provider: {prov}")
        line(f"  Specimen: {spec}.{'':<18}{acc}")
        line(f"{'':<31}Accession [UID]: {acc} [{rng.randint(2400000000, 2499999999)}]")
        line(f"  Specimen Collection Date: {mon}@{t_c}")
        line(f"{'    Test name':<30}{'Result':<11}{'units':<15}{'Ref.   range':<17}Site Code")
        for code, nm, val, dec, unit, lo, hi, comp in rows:
            if not comp:
                val = _off(round(val, dec), dec, lo, hi)
            e = _er(code, nm, val, unit, lo, hi, comp=comp)
            pf = {"H": "H", "L": "L", "HH": "H*", "LL": "L*"}.get(e.flag)
            exp.append(_er(code, nm, val, unit, lo, hi, pf=pf, comp=comp))
            vs = (comp or "") + _f(val, dec)
            res = f"{vs:>6} {pf or '':<3}"
            ref = _mref(lo, hi) if (lo is not None or hi is not None) else ""
            line(f"{nm:<30}{res:<11}{unit:<15}{ref:<17}[{site}]")
        if ev:
            for part in textwrap.wrap("Eval: " + ev, W, subsequent_indent="      "):
                line(part)
        line("=" * W)
    line("KEY: \"L\"=Abnormal low, \"H\"=Abnormal high, \"*\"=Critical value")
    line("")
    line("Performing Lab Sites:")
    line(f"[{site}] RIVER VALLEY VA MEDICAL CENTER [CLIA# 53D06{rng.randint(10000, 99999)}]")
    line("        2360 E PERSHING BLVD  CHEYENNE, WY 82001-5392")
    line("=" * W)
    return _finish(doc, "Lab interim report"), exp, (None if variant == 2 else ("female" if female else "male")), \
        coll.isoformat()


# ------------------------------------------------------------------------------------------------ assembly

# family, slug, language, builder, output: ("pdf", {}) / ("scan", [kwargs per report]) / ("shot", None)
_PLAN = [
    ("D1", "india-haemogram-scan", "en", _d1,
     ("scan", [dict(dpi=200, color=True, skew=(0.4, 1.2), jpeg=70, noise=3.5),
               dict(dpi=250, photocopy=True, skew=(0.3, 1.0), jpeg=62, noise=4.0),
               dict(dpi=300, photocopy=True, skew=(0.2, 0.8), jpeg=66, noise=3.5)])),
    ("D2", "canada-hl7-printout", "en", _d2, ("pdf", None)),
    ("D3", "portugal-transposed-grid", "pt", _d3, ("pdf", None)),
    ("D4", "brazil-whatsapp-screenshot", "pt", _d4, ("shot", None)),
    ("D5", "kenya-analyser-scan", "en", _d5,
     ("scan", [dict(dpi=220, skew=(0.5, 1.4), jpeg=60, noise=4.5),
               dict(dpi=240, skew=(0.3, 1.0), jpeg=55, noise=5.0, blur=0.9),
               dict(dpi=200, skew=(0.6, 1.5), jpeg=65, noise=4.0)])),
    ("D6", "nigeria-hb-hplc", "en", _d6, ("pdf", None)),
    ("D7", "philippines-form-scan", "en", _d7,
     ("scan", [dict(dpi=200, skew=(0.3, 1.0), jpeg=58, noise=4.5),
               dict(dpi=200, skew=(0.5, 1.2), jpeg=55, noise=5.0),
               dict(dpi=240, skew=(0.2, 0.8), jpeg=62, noise=4.0, blur=0.8)])),
    ("D8", "brazil-paediatric-bands", "pt", _d8, ("pdf", None)),
    ("D9", "portugal-ruled-footnotes", "pt", _d9, ("pdf", None)),
    ("D10", "brazil-certified-copy-scan", "pt", _d10,
     ("scan", [dict(dpi=300, photocopy=True, skew=(0.2, 0.9), jpeg=65, noise=4.0),
               dict(dpi=250, photocopy=True, skew=(0.4, 1.1), jpeg=58, noise=4.5),
               dict(dpi=300, photocopy=True, skew=(0.2, 0.7), jpeg=70, noise=3.5)])),
    ("D11", "ireland-two-page", "en", _d11, ("pdf", None)),
    ("D12", "us-va-terminal", "en", _d12, ("pdf", None)),
]


def reports() -> list[GeneratedReport]:
    out: list[GeneratedReport] = []
    for fam, slug, lang, builder, (kind, opts) in _PLAN:
        for variant in (1, 2, 3):
            name = f"{fam}-{slug}-{lang}-{variant:02d}"
            pdf, exp, sex, coll = builder(name, variant)
            if kind == "pdf":
                content, mime = pdf, "application/pdf"
            elif kind == "shot":
                content, mime = _screenshot(pdf, name, variant), "image/png"
            else:
                content, mime = _scan(pdf, name, **opts[variant - 1]), "image/png"
            out.append(GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                                       sex=sex, collected_on=coll, expected=list(exp)))
    return out


def _source_pdfs() -> dict[str, bytes]:
    """The page of every report before rasterisation (for checking scans and screenshots)."""
    out = {}
    for fam, slug, lang, builder, _ in _PLAN:
        for variant in (1, 2, 3):
            name = f"{fam}-{slug}-{lang}-{variant:02d}"
            out[name] = builder(name, variant)[0]
    return out


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    import json
    from dataclasses import asdict

    outdir = sys.argv[1] if len(sys.argv) > 1 else "labs_test_d_out"
    os.makedirs(outdir, exist_ok=True)
    for rep in reports():
        ext = "pdf" if rep.mime_type == "application/pdf" else "png"
        with open(os.path.join(outdir, f"{rep.name}.{ext}"), "wb") as fh:
            fh.write(rep.content)
        with open(os.path.join(outdir, f"{rep.name}.json"), "w", encoding="utf-8") as fh:
            json.dump({"name": rep.name, "family": rep.family, "language": rep.language, "sex": rep.sex,
                       "collected_on": rep.collected_on, "expected": [asdict(e) for e in rep.expected]}, fh,
                      ensure_ascii=False, indent=1)
    print("written to", outdir)
