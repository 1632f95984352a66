"""DEVELOPMENT lab reports, part B: generated lab reports in English and Brazilian Portuguese with their
printed ground truth, for the developers to look at and fix the lab-report reader against.

Written on 2026-11-27 without reading the reader's code (nlp/) or the other lab evaluation parts
(labs_dev.py, labs_test.py, labs_test_b.py); only the interface in lab_reports.py was read.
Deterministic: every report comes from a seeded generator (seed below), and rendering is byte-stable.

Families (report names "DB<n>-<slug>-NN"):
  DB1-cumulative-pt     cumulative (trend) report, three dated columns; newest column left in some reports, right
                        in another; landscape page.
  DB2-si-bracket-en     Australian / UK report in SI units (mmol/L, µmol/L, g/L, x10^9/L, x10^12/L, L/L), reference
                        in brackets "(3.5-5.2)", H/L flag in its own column, eGFR printed as ">90".
  DB3-refbelow-pt       Brazilian hospital report, reference on the line below each result ("V.R.: 70 a 99 mg/dL"),
                        "Material: Soro" and method lines, "inferior a 5,0" qualifier, computed results.
  DB4-urinalysis-pt     EAS / Urina tipo I: physical (cor, aspecto: NOT results), chemical and sediment results.
  DB5-serology-pt       HIV, HBsAg, anti-HBc, anti-HCV, VDRL, toxoplasmose IgG/IgM, rubéola IgG: Reagente / Não
                        reagente with "Índice: 0,12" lines (the index is NOT a result).
  DB6-hormone-bands-en  thyroid / sex hormones / cortisol / prolactin / PSA with small reference tables by sex, age
                        band, menstrual phase or menopause, AM/PM.
  DB7-coag-control-en   coagulation with Patient and Control columns (control is NOT a result), therapeutic INR
                        text (the reference stays the normal one), plus platelets and haemoglobin.
  DB8-dotleader-pt      monospaced printout with dot leaders, unaccented names, "uUI/mL", "/mm3", % and absolute
                        differential on one line, "< 0,5" qualifier; no flags printed.
  DB9-inout-range-en    US report with "In Range" / "Out Of Range" columns, units inside the "Reference Range"
                        column, and a "Lab" column.
  DB10-flagword-en      US report with Final Result / Flag / Units / Reference Interval; flags "High", "Low",
                        "Critical".
  DB11-wrongflag-en     Indian report (/cumm, lakhs/cumm, L/L, mill/cumm) where some printed flags are WRONG.
  DB12-scan-pt          scanned (PNG, 170-180 dpi, rotated 0.6-1.4 degrees, noise and blur) Portuguese table, dot-leader and
                        reference-below pages.

Ground-truth conventions:
  * Cumulative reports: only the newest date's column is a result; an analyte printed only in older columns ("---"
    in the newest) is not a result; the newest date is the report's collected_on.
  * Value as printed (decimal comma read; "6.540" and "245.000" in pt-BR are thousands); a qualifier ("< 0,5",
    "> 90", ">90", "inferior a 5,0") goes to `comparator` with the printed number as value.
  * Unit as printed beside the value, or given by the reference column (DB9) or group header; None for INR, pH,
    specific gravity, ratios.
  * Reference: the interval that applies to this patient: the patient's sex, age band (DHEA-S, testosterone, PSA),
    menstrual phase or menopause stated in the header (DB6), morning/afternoon by the printed collection time
    (cortisol), fasting triglycerides when the header says the patient fasted, the general-population interval
    for vitamin D (DB3), the "sufficiency" band for vitamin D (DB11); one side None for "< 200", "até 40",
    "> 60", "> OR = 60"; a printed "0 - 15" keeps 0.
  * Coagulation: the normal interval, not the therapeutic INR range; the Control column is not a result.
  * Flag: N inside (bounds inclusive; no generated value sits on a bound), L / H outside, LL / HH only beyond
    these critical limits (conventional units, converted for other units), chosen beyond the strictest and the
    loosest published lists, values between list disagreements are never generated:
        haemoglobin < 5.0 g/dL; haematocrit < 15 %; WBC < 1.0 or > 50 x10^3/µL; platelets < 10 x10^3/µL;
        absolute neutrophils < 0.5 x10^3/µL; glucose < 40 or > 500 mg/dL; potassium < 2.5 or > 6.5 mmol/L;
        sodium < 120 or > 160 mmol/L; aPTT > 150 s.
    Non-critical abnormal values stay clear of every list (e.g. K 3.1-3.4 / 5.2-5.8, Na 133-135 / 146-149,
    glucose 61-290 mg/dL, haemoglobin >= 7.7 g/dL, platelets >= 52 x10^3/µL, INR <= 3.4, PT < 30 s,
    aPTT <= 58 s, creatinine < 3 mg/dL); INR, PT, calcium, magnesium, phosphate, fibrinogen are never critical here.
    Analytes without critical limits (HbA1c, lipids, hormones, vitamins, enzymes…) are never LL/HH.
  * Qualitative results (urinalysis dipstick, sediment words, serology): value None, qualitative in English lower
    case ("negative", "positive", "trace", "normal", "absent", "present", "rare", "reactive", "non-reactive"),
    flag "N", printed_flag None. Cor / aspecto, method, material, index (S/CO), ISI/MNPT, control values and
    footnotes are not results.
  * printed_flag: the exact flag text printed ("H", "L", "*", "ALTO", "BAIXO", "High", "Low", "Critical", "HH"),
    None when none is printed; in DB11 it may contradict the true flag.
  * Computed results are results: eGFR CKD-EPI 2021 (98979-8), LDL Friedewald / NIH (13457-7, 39469-2), non-HDL
    (43396-1), VLDL (13458-5), globulin (10834-0), A/G ratio (1759-0), indirect bilirubin (1971-1), BUN/creatinine
    ratio (3097-3), cholesterol/HDL ratio (9830-1); values are consistent with the printed inputs.
  * Urine sediment counted per field is printed as a single number ("3 por campo"); ranges like "2 a 4 por campo"
    are not used because the interface has no range value.

Run as a script: `python3 tests/evaluation/labs_dev_b.py OUTDIR` writes every report (and its ground truth as
JSON) to OUTDIR after checking that every expected name and printed value is in the PDF text layer (for scans:
in the page rendered before scanning) and that two generations are identical.
"""

from __future__ import annotations

import dataclasses
import io
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pymupdf as fitz
from PIL import Image, ImageFilter

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

FAMILIES: tuple[str, ...] = (
    "DB1-cumulative-pt",
    "DB2-si-bracket-en",
    "DB3-refbelow-pt",
    "DB4-urinalysis-pt",
    "DB5-serology-pt",
    "DB6-hormone-bands-en",
    "DB7-coag-control-en",
    "DB8-dotleader-pt",
    "DB9-inout-range-en",
    "DB10-flagword-en",
    "DB11-wrongflag-en",
    "DB12-scan-pt",
)

SEED = "clinigraph-labs-dev-b-2026-11-27"
MU = "\u00b5"  # micro sign (Latin-1), as labs print it

# ----------------------------------------------------------------------------------------------------------------
# Analytes
# ----------------------------------------------------------------------------------------------------------------

LOINC = {
    "hgb": "718-7", "rbc": "789-8", "hct": "4544-3", "mcv": "787-2", "mch": "785-6", "mchc": "786-4",
    "rdw": "788-0", "wbc": "6690-2", "plt": "777-3", "neut_p": "770-8", "neut_a": "751-8", "lymph_p": "736-9",
    "lymph_a": "731-0", "mono_p": "5905-5", "mono_a": "742-7", "eos_p": "713-8", "eos_a": "711-2",
    "baso_p": "706-2", "baso_a": "704-7", "esr": "30341-2",
    "glu": "2345-7", "cre": "2160-0", "egfr": "98979-8", "urea": "3091-6", "bun": "3094-0", "bunratio": "3097-3",
    "na": "2951-2", "k": "2823-3", "cl": "2075-0", "hco3": "1963-8", "co2": "2028-9", "ca": "17861-6",
    "mg": "19123-9", "phos": "2777-1", "uric": "3084-1",
    "ast": "1920-8", "alt": "1742-6", "alp": "6768-6", "ggt": "2324-2", "tbil": "1975-2", "dbil": "1968-7",
    "ibil": "1971-1", "tp": "2885-2", "alb": "1751-7", "glob": "10834-0", "agr": "1759-0",
    "chol": "2093-3", "hdl": "2085-9", "ldl": "13457-7", "tg": "2571-8", "nonhdl": "43396-1", "vldl": "13458-5",
    "cholhdl": "9830-1", "a1c": "4548-4", "crp": "1988-5",
    "ferr": "2276-4", "iron": "2498-4", "tsat": "2502-3", "vitd": "1989-3", "b12": "2132-9",
    "tsh": "3016-3", "ft4": "3024-7", "ft3": "3051-0", "psa": "2857-1", "testo": "2986-8", "e2": "2243-4",
    "fsh": "15067-2", "lh": "10501-5", "prl": "2842-3", "prog": "2839-9", "cort": "2143-6", "ins": "20448-7",
    "dheas": "2191-5",
    "pt": "5902-2", "inr": "6301-6", "aptt": "3173-2", "fib": "3255-7", "tt": "3243-3", "ddimer": "48065-7",
}
# SI (moles) codes used where the report prints moles.
LOINC_SI = {
    "glu": "14749-6", "cre": "14682-9", "urea": "22664-7", "ca": "2000-8", "mg": "2601-3", "phos": "14879-1",
    "uric": "14933-6", "tbil": "14631-6", "dbil": "14629-0", "chol": "14647-2", "hdl": "14646-4",
    "ldl": "39469-2", "tg": "14927-8", "iron": "14798-3", "ft4": "14920-3",
}

# Critical limits in conventional units: (LL below, ambiguous below, ambiguous above, HH above).
# Values between the first two (or the last two) are where published lists disagree: never generated.
CRIT = {
    "hgb": (5.0, 7.5, 18.0, 22.0),
    "hct": (15.0, 21.0, 58.0, 65.0),
    "wbc": (1.0, 2.5, 20.0, 50.0),
    "plt": (10.0, 50.0, 800.0, 1000.0),
    "neut_a": (0.5, 1.0, None, None),
    "glu": (40.0, 60.0, 300.0, 500.0),
    "k": (2.5, 3.0, 5.9, 6.5),
    "na": (120.0, 130.0, 150.0, 160.0),
    "ca": (6.0, 7.0, 12.0, 13.5),
    "mg": (1.0, 1.2, 4.0, 5.0),
    "phos": (1.0, 1.5, 8.0, 9.0),
    "inr": (None, None, 3.5, 6.0),
    "aptt": (None, None, 60.0, 150.0),
    "pt": (None, None, 30.0, 60.0),
    "fib": (50.0, 100.0, None, None),
    "cre": (None, None, 3.0, None),
    "urea": (None, None, 100.0, None),
    "bun": (None, None, 50.0, None),
    "tbil": (None, None, 10.0, None),
    "ast": (None, None, 500.0, None),
    "alt": (None, None, 500.0, None),
}

# Typical generation ranges in conventional units (scaled by the row's factor), where the printed interval
# alone would give unrealistic values.
TYP = {
    "a1c": {"N": (4.6, 5.5), "H": (6.2, 9.8)},
    "chol": {"N": (135, 188), "H": (205, 285)},
    "hdl": {"N": (44, 78), "L": (26, 37)},
    "tg": {"N": (55, 140), "H": (170, 380)},
    "ast": {"N": (14, 30), "H": (48, 140)},
    "alt": {"N": (10, 30), "H": (58, 160)},
    "ggt": {"N": (12, 33), "H": (80, 220)},
    "crp": {"N": (0.6, 3.5), "H": (12, 85)},
    "tbil": {"N": (0.3, 1.0), "H": (1.5, 3.2)},
    "dbil": {"N": (0.05, 0.25), "H": (0.45, 1.6)},
    "psa": {"N": (0.3, 2.4), "H": (5.0, 9.5)},
    "ddimer": {"N": (150, 420), "H": (900, 2600)},
    "vitd": {"N": (32, 58), "L": (9, 18)},
    "esr": {"N": (2, 12), "H": (28, 60)},
    "ins": {"N": (4, 15)},
    "b12": {"N": (280, 650), "L": (110, 180)},
}


class Ambiguous(Exception):
    """A value fell on a bound or between critical-list disagreements: the report is generated again."""


def _scale(crit: tuple | None, f: float) -> tuple | None:
    if crit is None:
        return None
    return tuple(None if c is None else c * f for c in crit)


def classify(v: float, lo: float | None, hi: float | None, crit: tuple | None = None) -> str:
    if (lo is not None and lo != 0 and math.isclose(v, lo)) or (hi is not None and math.isclose(v, hi)):
        raise Ambiguous  # "< 200" vs "200": a value on a printed bound is left out (a zero lower bound is fine)
    if crit:
        a, b, c, d = crit
        if a is not None and v < a:
            return "LL"
        if b is not None and v < b:
            raise Ambiguous
        if d is not None and v > d:
            return "HH"
        if c is not None and v > c:
            raise Ambiguous
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


def fnum(v: float, dec: int, lang: str, group: bool = True) -> str:
    d = max(dec, 0)
    s = f"{v:,.{d}f}" if group else f"{v:.{d}f}"
    if lang == "pt":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


@dataclass
class R:
    """One printed result while a report is built."""

    loinc: str
    name: str
    value: float | None
    text: str  # the value exactly as printed (with its qualifier)
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    qual: str | None = None
    comp: str | None = None
    pflag: str | None = None
    ref: object = None  # the printed reference (tuple, or dict by sex)
    dec: int = 0

    def expected(self) -> ExpectedResult:
        return ExpectedResult(loinc=self.loinc, name_as_printed=self.name, value=self.value, unit=self.unit,
                              ref_low=self.lo, ref_high=self.hi, flag=self.flag, qualitative=self.qual,
                              comparator=self.comp, printed_flag=self.pflag)


class G:
    """Seeded value generator for one report attempt."""

    def __init__(self, key: str, sex: str, age: int, lang: str, states: dict | None = None):
        self.rng = random.Random(f"{SEED}:{key}")
        self.sex, self.age, self.lang = sex, age, lang
        self.states = states or {}

    def st(self, key: str) -> str:
        return self.states.get(key, "N")

    def ref(self, ref):
        lo, hi = ref[self.sex] if isinstance(ref, dict) else (ref if ref is not None else (None, None))
        return (None if lo is None else float(lo)), (None if hi is None else float(hi))

    def gen(self, key: str, lo, hi, state: str, dec: int, factor: float, rr=None) -> float:
        a, b, c, d = _scale(CRIT.get(key), factor) or (None, None, None, None)
        typ = TYP.get(key, {}).get(state)
        if rr is not None:
            x0, x1 = rr
        elif state == "LL":
            x0, x1 = a * 0.84, a * 0.97
        elif state == "HH":
            x0, x1 = d * 1.04, d * 1.12
        elif typ is not None:
            x0, x1 = typ[0] * factor, typ[1] * factor
        elif state == "N":
            if lo is None:
                x0, x1 = hi * 0.3, hi * 0.88
            elif hi is None:
                x0, x1 = lo * 1.08, lo * 1.8
            else:
                s = hi - lo
                x0, x1 = lo + 0.12 * s, hi - 0.12 * s
        elif state == "H":
            s = hi - lo if lo is not None else hi
            x0, x1 = hi + 0.07 * s, hi + 0.6 * s
            if c is not None:
                x1 = min(x1, c * 0.97)
        elif state == "L":
            s = hi - lo if hi is not None else lo
            x0, x1 = max(lo - 0.5 * s, lo * 0.3), lo - min(0.07 * s, 0.08 * lo)
            if b is not None:
                x0 = max(x0, b * 1.03)
        else:
            raise ValueError(state)
        crit = (a, b, c, d) if key in CRIT else None
        for _ in range(300):
            v = round(self.rng.uniform(x0, x1), dec)
            try:
                if classify(v, lo, hi, crit) == state:
                    return float(v)
            except Ambiguous:
                pass
        raise ValueError(f"cannot generate {key} {state} in {lo}-{hi} from {x0}-{x1}")

    def v(self, key, name, unit, dec, ref, *, factor=1.0, loinc=None, state=None, group=True, rr=None) -> R:
        lo, hi = self.ref(ref)
        if state is None and rr is not None and key not in self.states:
            state = classify((rr[0] + rr[1]) / 2, lo, hi, _scale(CRIT.get(key), factor))
        state = state or self.st(key)
        val = self.gen(key, lo, hi, state, dec, factor, rr)
        return R(loinc or LOINC[key], name, val, fnum(val, dec, self.lang, group), unit, lo, hi, state, ref=ref,
                 dec=dec)

    def d(self, key, name, val, unit, dec, ref, *, factor=1.0, loinc=None, group=True) -> R:
        lo, hi = self.ref(ref)
        val = float(round(val, dec))
        flag = classify(val, lo, hi, _scale(CRIT.get(key), factor))
        return R(loinc or LOINC[key], name, val, fnum(val, dec, self.lang, group), unit, lo, hi, flag, ref=ref,
                 dec=dec)

    def cmp(self, key, name, comp, val, dec, unit, ref, *, sep=" ", word=None, loinc=None, flag="N") -> R:
        lo, hi = self.ref(ref)
        num = fnum(val, dec, self.lang)
        text = f"{word} {num}" if word else f"{comp}{sep}{num}"
        return R(loinc or LOINC[key], name, float(val), text, unit, lo, hi, flag, comp=comp, ref=ref, dec=dec)

    @staticmethod
    def q(loinc, name, qual, text) -> R:
        return R(loinc, name, None, text, None, None, None, "N", qual=qual)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]


def ckd_epi_2021(scr_mgdl: float, age: int, sex: str) -> float:
    k, a = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    x = scr_mgdl / k
    e = 142 * min(x, 1) ** a * max(x, 1) ** -1.2 * 0.9938 ** age
    return e * 1.012 if sex == "female" else e


def ldl_nih(tc: float, hdl: float, tg: float) -> float:
    """Sampson (NIH) equation, mg/dL."""
    non = tc - hdl
    return tc / 0.948 - hdl / 0.971 - (tg / 8.56 + tg * non / 2140 - tg * tg / 16100) - 9.44


def cbc_core(g: G, hgb: float, wbc: float, micro: bool = False) -> dict:
    """Red-cell indices and a differential (conventional units) consistent with hgb (g/dL) and WBC (x10^3/µL)."""
    r = g.rng
    mcv = r.uniform(69, 76) if micro else r.uniform(84, 95)
    mch = mcv * r.uniform(0.318, 0.345)
    rbc = hgb * 10 / mch
    hct = rbc * mcv / 10
    mchc = hgb / hct * 100
    rdw = r.uniform(15.6, 18.6) if micro else r.uniform(12.0, 14.0)
    if wbc < 2.0:
        neut = r.uniform(18, 32)
    elif wbc > 11:
        neut = r.uniform(77, 86)
    else:
        neut = r.uniform(47, 68)
    eos = r.uniform(1.2, 4.5)
    baso = r.uniform(0.2, 0.9)
    mono = r.uniform(4.0, 8.5)
    lymph = 100 - neut - eos - baso - mono
    return dict(hgb=hgb, wbc=wbc, rbc=rbc, hct=hct, mcv=mcv, mch=mch, mchc=mchc, rdw=rdw,
                neut=neut, lymph=lymph, mono=mono, eos=eos, baso=baso)


# ----------------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------------

BOLD = {"helv": "hebo", "cour": "cobo"}


class Pdf:
    def __init__(self, header, font="helv", size=8.5, landscape=False, lead=1.5, footer=None):
        self.doc = fitz.open()
        self.W, self.H = (842, 595) if landscape else (595, 842)
        self.header, self.font, self.size, self.lead, self.footer = header, font, size, lead, footer
        self.page = None
        self.y = 0.0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.y = 44.0
        self.header(self)

    def need(self, lines: float = 1.0):
        if self.y + lines * self.size * self.lead > self.H - 56:
            self.new_page()

    def t(self, x, s, size=None, bold=False, right=False, font=None):
        f = font or self.font
        if bold:
            f = BOLD[f]
        fs = size or self.size
        if right:
            x -= fitz.get_text_length(s, fontname=f, fontsize=fs)
        self.page.insert_text((x, self.y), s, fontname=f, fontsize=fs)

    def nl(self, k: float = 1.0, size=None):
        self.y += k * (size or self.size) * self.lead

    def rule(self, width=0.6):
        yy = self.y - self.size * 0.9
        self.page.draw_line((36, yy), (self.W - 36, yy), width=width)
        self.y += 3

    def bytes(self) -> bytes:
        n = len(self.doc)
        for i, p in enumerate(self.doc):
            if self.footer:
                p.insert_text((36, self.H - 30), self.footer(i + 1, n), fontname=self.font, fontsize=6.5)
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def scan(pdf: bytes, key: str, dpi: int, angle: float) -> bytes:
    """A legible 'scan' of a one-page PDF: grey, rotated, mildly noisy and blurred."""
    doc = fitz.open(stream=pdf, filetype="pdf")
    assert len(doc) == 1, "a scanned report is one page"
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    rs = np.random.default_rng(int.from_bytes(key.encode()[:8].ljust(8, b"\0"), "little") % (2 ** 32))
    arr = np.asarray(img, dtype=np.float32) * 0.9 + 14.0
    arr += rs.normal(0.0, 9.0, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.65))
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


@dataclass
class Built:
    report: GeneratedReport
    checks: list  # (name_as_printed, printed value) pairs
    text_pdf: bytes  # the PDF whose text layer holds the checks (the pre-scan page for PNGs)


class Out:
    def __init__(self):
        self.rows: list[R] = []

    def add(self, r: R, pflag: str | None = None) -> R:
        r.pflag = pflag
        self.rows.append(r)
        return r

    def build(self, name, family, lang, pdf: bytes, sex, iso, png: bytes | None = None) -> Built:
        rep = GeneratedReport(name=name, family=family, language=lang,
                              mime_type="image/png" if png else "application/pdf", content=png or pdf,
                              sex=sex, collected_on=iso, expected=[r.expected() for r in self.rows])
        return Built(rep, [(r.name, r.text) for r in self.rows], pdf)


def retry(fn, i: int) -> Built:
    for attempt in range(60):
        try:
            return fn(i, attempt)
        except Ambiguous:
            continue
    raise RuntimeError(f"{fn.__name__}({i}) kept producing ambiguous values")


SEX_PT = {"female": "Feminino", "male": "Masculino"}
SEX_EN = {"female": "Female", "male": "Male"}


def iso_from(d: str, order: str = "dmy") -> str:
    a, b, c = d.replace("-", "/").split("/")
    if order == "dmy":
        return f"{c}-{b}-{a}"
    return f"{c}-{a}-{b}"


def rpt(lo, hi, dec, lang="pt", sep=" a ", upto="Até ", over="Acima de ") -> str:
    """A reference interval as printed."""
    def f(x):
        return fnum(x, dec, lang)

    if lo is None:
        return f"{upto}{f(hi)}"
    if hi is None:
        return f"{over}{f(lo)}"
    return f"{f(lo)}{sep}{f(hi)}"


def sexref(ref, dec, lang="pt", sep=" a ", labels=("Homens: ", "Mulheres: "), joiner=" / ", **kw) -> str:
    if isinstance(ref, dict):
        return (labels[0] + rpt(*ref["male"], dec, lang, sep, **kw) + joiner
                + labels[1] + rpt(*ref["female"], dec, lang, sep, **kw))
    return rpt(*ref, dec, lang, sep, **kw)


# ----------------------------------------------------------------------------------------------------------------
# Common headers
# ----------------------------------------------------------------------------------------------------------------

def header_pt(lab, sub, patient, sex, age, date, extra=(), doctor="Dr(a). Renata Moura Lins - CRM 45.118"):
    def h(p: Pdf):
        p.t(36, lab, size=13, bold=True)
        p.nl(1.25, size=10)
        p.t(36, sub, size=7)
        p.nl(1.6)
        p.t(36, f"Paciente: {patient}")
        p.t(p.W * 0.55, f"Sexo: {SEX_PT[sex]}")
        p.t(p.W * 0.75, f"Idade: {age} anos")
        p.nl()
        p.t(36, f"Data da coleta: {date}")
        p.t(p.W * 0.55, f"Solicitante: {doctor}")
        p.nl()
        for line in extra:
            p.t(36, line)
            p.nl()
        p.nl(0.4)
        p.rule()
        p.nl(0.6)
    return h


def footer_pt(lab):
    return lambda i, n: f"{lab} - Responsável técnico: Dr. Carlos E. Vianna - CRF-SP 21.433      Página {i} de {n}"


def footer_en(lab):
    return lambda i, n: f"{lab}      Page {i} of {n}"


# ----------------------------------------------------------------------------------------------------------------
# DB1 cumulative report (pt)
# ----------------------------------------------------------------------------------------------------------------

DB1_CFG = [
    dict(sex="female", age=72, patient="Maria Aparecida dos Santos",
         dates=("14/03/2025", "02/12/2024", "18/08/2024"), newest_left=True,
         st={"hgb": "L", "glu": "H", "a1c": "H", "cre": "H", "tg": "H"}, trap="ferr_old"),
    dict(sex="male", age=45, patient="Paulo Henrique Nascimento",
         dates=("21/01/2025", "09/10/2024", "15/05/2024"), newest_left=False,
         st={"alt": "H", "ast": "H", "tg": "H", "hdl": "L", "k": "HH"}, trap="tsh_old"),
    dict(sex="female", age=29, patient="Juliana Ribeiro Martins",
         dates=("05/06/2025", "11/02/2025", "27/09/2024"), newest_left=True,
         st={"plt": "L", "na": "L", "wbc": "H"}, trap="vitd_new"),
]


def _db1_panel(g: G, sex: str, age: int) -> list[tuple[str, R]]:
    hgb = g.v("hgb", "Hemoglobina", "g/dL", 1, {"male": (13.5, 17.5), "female": (12.0, 15.5)})
    core = cbc_core(g, hgb.value, 7.0)
    hct = g.d("hct", "Hematócrito", core["hct"], "%", 1, {"male": (41.0, 53.0), "female": (36.0, 46.0)})
    wbc = g.v("wbc", "Leucócitos", "/mm³", -1, (3500, 10500), factor=1000)
    plt = g.v("plt", "Plaquetas", "/mm³", -3, (150000, 450000), factor=1000)
    glu = g.v("glu", "Glicose", "mg/dL", 0, (70, 99))
    a1c = g.v("a1c", "Hemoglobina glicada (HbA1c)", "%", 1, (None, 5.7))
    cre = g.v("cre", "Creatinina", "mg/dL", 2, {"male": (0.70, 1.30), "female": (0.50, 1.10)})
    egfr = g.d("egfr", "TFG estimada (CKD-EPI 2021)", ckd_epi_2021(cre.value, age, sex), "mL/min/1,73m²", 0,
               (60, None))
    urea = g.v("urea", "Ureia", "mg/dL", 0, (17, 43))
    na = g.v("na", "Sódio", "mEq/L", 0, (136, 145))
    k = g.v("k", "Potássio", "mEq/L", 1, (3.5, 5.1))
    ast = g.v("ast", "TGO (AST)", "U/L", 0, {"male": (None, 40), "female": (None, 32)})
    alt = g.v("alt", "TGP (ALT)", "U/L", 0, {"male": (None, 41), "female": (None, 33)})
    chol = g.v("chol", "Colesterol total", "mg/dL", 0, (None, 190))
    hdl = g.v("hdl", "HDL-colesterol", "mg/dL", 0, (40, None))
    tg = g.v("tg", "Triglicérides", "mg/dL", 0, (None, 150))
    ldl_v = chol.value - hdl.value - tg.value / 5
    if ldl_v < 45:
        raise Ambiguous
    ldl = g.d("ldl", "LDL-colesterol (Friedewald)", ldl_v, "mg/dL", 0, (None, 130))
    return [("HEMATOLOGIA", hgb), ("HEMATOLOGIA", hct), ("HEMATOLOGIA", wbc), ("HEMATOLOGIA", plt),
            ("BIOQUÍMICA", glu), ("BIOQUÍMICA", a1c), ("BIOQUÍMICA", cre), ("BIOQUÍMICA", egfr),
            ("BIOQUÍMICA", urea), ("BIOQUÍMICA", na), ("BIOQUÍMICA", k), ("BIOQUÍMICA", ast), ("BIOQUÍMICA", alt),
            ("PERFIL LIPÍDICO", chol), ("PERFIL LIPÍDICO", hdl), ("PERFIL LIPÍDICO", tg), ("PERFIL LIPÍDICO", ldl)]


def _db1_reftext(r: R) -> str:
    if r.loinc == LOINC["a1c"]:
        return "Inferior a 5,7"
    if r.loinc == LOINC["egfr"]:
        return "Superior a 60"
    if r.loinc == LOINC["hdl"]:
        return "Superior a 40"
    if r.loinc in (LOINC["chol"], LOINC["tg"], LOINC["ldl"]):
        return "Inferior a " + fnum(r.ref[1], 0, "pt")
    return sexref(r.ref, max(r.dec, 0), joiner="  ", upto="Até ")


def _db1(i: int, attempt: int) -> Built:
    c = DB1_CFG[i]
    sex, age = c["sex"], c["age"]
    news = c["st"]
    mid = {k: v.replace("HH", "H").replace("LL", "L") for k, v in news.items() if k != "k"}
    panels = []
    for j, st in enumerate((news, mid, {})):
        g = G(f"DB1-{i}-{attempt}-{j}", sex, age, "pt", st)
        panels.append(_db1_panel(g, sex, age))
    gt = G(f"DB1-{i}-{attempt}-trap", sex, age, "pt")
    trap_name, trap_unit, trap_ref, trap_vals = None, None, None, None
    if c["trap"] == "ferr_old":
        trap_name, trap_unit, trap_ref = "Ferritina", "ng/mL", "13 a 150"
        trap_vals = [None, gt.v("ferr", "Ferritina", "ng/mL", 1, (13, 150)).text,
                     gt.v("ferr", "Ferritina", "ng/mL", 1, (13, 150)).text]
    elif c["trap"] == "tsh_old":
        trap_name, trap_unit, trap_ref = "TSH", "µUI/mL", "0,27 a 4,20"
        trap_vals = [None, gt.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)).text, None]
    else:
        vd = gt.v("vitd", "Vitamina D (25-OH)", "ng/mL", 1, (20, None))
        trap_name, trap_unit, trap_ref = "Vitamina D (25-OH)", "ng/mL", "Superior a 20"
        trap_vals = [vd, None, None]

    lab = "Laboratório Bioclin Análises Clínicas"
    out = Out()
    order = [0, 1, 2] if c["newest_left"] else [2, 1, 0]
    xs = [330, 420, 510]  # right edges of the date columns

    def head(p: Pdf):
        header_pt(lab, "Av. Brasil, 1450 - Campinas/SP - Tel. (19) 3231-0000",
                  c["patient"], sex, age, c["dates"][0],
                  extra=("RELATÓRIO CUMULATIVO DE RESULTADOS (evolutivo)",))(p)
        p.t(36, "Exame", bold=True)
        for col, j in enumerate(order):
            p.t(xs[col], c["dates"][j], bold=True, right=True)
        p.t(540, "Unidade", bold=True)
        p.t(620, "Valores de referência", bold=True)
        p.nl(1.3)

    p = Pdf(head, landscape=True, size=8, footer=footer_pt(lab))
    section = None
    for idx in range(len(panels[0])):
        sec, r0 = panels[0][idx]
        if sec != section:
            p.need(2)
            p.nl(0.3)
            p.t(36, sec, bold=True)
            p.nl()
            section = sec
        p.need()
        p.t(44, r0.name)
        for col, j in enumerate(order):
            r = panels[j][idx][1]
            p.t(xs[col], r.text, right=True)
            if r.flag != "N":
                p.t(xs[col] + 3, "*")
        p.t(540, r0.unit or "")
        p.t(620, _db1_reftext(r0), size=7)
        p.nl()
        out.add(r0, "*" if r0.flag != "N" else None)
    # the trap row: an analyte present in some columns only
    p.nl(0.3)
    p.t(36, "OUTROS", bold=True)
    p.nl()
    p.t(44, trap_name)
    for col, j in enumerate(order):
        v = trap_vals[j]
        p.t(xs[col], (v.text if isinstance(v, R) else v) if v is not None else "---", right=True)
    p.t(540, trap_unit)
    p.t(620, trap_ref, size=7)
    p.nl()
    if isinstance(trap_vals[0], R):
        out.add(trap_vals[0])
    p.nl()
    for line in ("(*) Resultado fora do intervalo de referência.  --- : exame não realizado nesta data.",
                 "Resultados anteriores apresentados apenas para comparação; valores de referência atuais.",
                 "TFG estimada pela equação CKD-EPI 2021 (sem coeficiente racial). LDL calculado por Friedewald.",
                 "Glicose: método hexoquinase. HbA1c: HPLC, certificado NGSP."):
        p.t(36, line, size=7)
        p.nl(size=7)
    name = f"DB1-cumulative-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[0], "pt", p.bytes(), sex, iso_from(c["dates"][0]))


# ----------------------------------------------------------------------------------------------------------------
# DB2 SI units, bracketed references (Australia / UK)
# ----------------------------------------------------------------------------------------------------------------

def _br(r: R) -> str:
    lo, hi = r.lo, r.hi
    d = max(r.dec, 0)
    if r.loinc == LOINC["egfr"]:
        return "(>60)"
    if lo is None:
        return f"(<{fnum(hi, d, 'en')})"
    if hi is None:
        return f"(>{fnum(lo, d, 'en')})"
    return f"({fnum(lo, d, 'en', False)}-{fnum(hi, d, 'en', False)})"


def _db2_fbc(g: G, micro=False, hgb_rr=None, full=True) -> list[R]:
    hgb = g.v("hgb", "Haemoglobin", "g/L", 0, {"male": (130, 180), "female": (115, 165)}, factor=10, rr=hgb_rr)
    wbc = g.v("wbc", "White Cell Count", "x10^9/L", 1, (4.0, 11.0))
    plt = g.v("plt", "Platelets", "x10^9/L", 0, (150, 400))
    c = cbc_core(g, hgb.value / 10, wbc.value, micro)
    rows = [hgb, wbc, plt]
    rows.append(g.d("rbc", "Red Cell Count", c["rbc"], "x10^12/L", 2, {"male": (4.50, 6.50), "female": (3.80, 5.80)}))
    rows.append(g.d("hct", "Haematocrit", c["hct"] / 100, "L/L", 2, {"male": (0.40, 0.54), "female": (0.35, 0.47)},
                    factor=0.01))
    rows.append(g.d("mcv", "MCV", c["mcv"], "fL", 0, (80, 100)))
    rows.append(g.d("mch", "MCH", c["mch"], "pg", 1, (27.0, 32.0)))
    if full:
        w = wbc.value
        rows.append(g.d("neut_a", "Neutrophils", w * c["neut"] / 100, "x10^9/L", 1, (2.0, 7.5)))
        rows.append(g.d("lymph_a", "Lymphocytes", w * c["lymph"] / 100, "x10^9/L", 1, (1.0, 4.0)))
        rows.append(g.d("mono_a", "Monocytes", w * c["mono"] / 100, "x10^9/L", 1, (0.2, 1.0)))
        rows.append(g.d("eos_a", "Eosinophils", w * c["eos"] / 100, "x10^9/L", 2, (0.04, 0.40)))
        rows.append(g.d("baso_a", "Basophils", w * c["baso"] / 100, "x10^9/L", 2, (0.00, 0.10)))
    return rows


def _db2_egfr(g: G, cre_umol: float, age: int, sex: str) -> R:
    e = ckd_epi_2021(cre_umol / 88.4, age, sex)
    if e > 90:
        return g.cmp("egfr", "eGFR", ">", 90, 0, "mL/min/1.73m2", (60, None), sep="")
    return g.d("egfr", "eGFR", e, "mL/min/1.73m2", 0, (60, None))


def _db2_uec(g: G, age: int, sex: str) -> list[R]:
    rows = [g.v("na", "Sodium", "mmol/L", 0, (135, 145)),
            g.v("k", "Potassium", "mmol/L", 1, (3.5, 5.2)),
            g.v("cl", "Chloride", "mmol/L", 0, (95, 110)),
            g.v("hco3", "Bicarbonate", "mmol/L", 0, (22, 32)),
            g.v("urea", "Urea", "mmol/L", 1, (3.0, 8.0), factor=0.1665, loinc=LOINC_SI["urea"])]
    cre = g.v("cre", "Creatinine", f"{MU}mol/L", 0, {"male": (60, 110), "female": (45, 90)}, factor=88.4,
              loinc=LOINC_SI["cre"])
    return rows + [cre, _db2_egfr(g, cre.value, age, sex)]


def _db2_lipids(g: G) -> list[R]:
    chol = g.v("chol", "Cholesterol", "mmol/L", 1, (None, 5.5), factor=0.02586, loinc=LOINC_SI["chol"])
    tg = g.v("tg", "Triglycerides", "mmol/L", 1, (None, 2.0), factor=0.01129, loinc=LOINC_SI["tg"])
    hdl = g.v("hdl", "HDL Cholesterol", "mmol/L", 1, (1.0, None), factor=0.02586, loinc=LOINC_SI["hdl"])
    ldl_v = chol.value - hdl.value - tg.value / 2.2
    if ldl_v < 1.2:
        raise Ambiguous
    ldl = g.d("ldl", "LDL Cholesterol (calc)", ldl_v, "mmol/L", 1, (None, 3.5), loinc=LOINC_SI["ldl"])
    return [chol, tg, hdl, ldl]


DB2_CFG = [
    dict(sex="male", age=58, patient="SMITH, John David", dob="03/07/1966", date="12/03/2025", country="AU",
         st={"alt": "H", "ggt": "H", "tg": "H", "chol": "H"}),
    dict(sex="female", age=81, patient="HARGREAVES, Dorothy May", dob="22/11/1943", date="04/02/2025", country="UK",
         st={"na": "L", "k": "HH", "urea": "H", "cre": "H", "crp": "H", "alb": "L"}),
    dict(sex="female", age=33, patient="NGUYEN, Thi Lan", dob="15/09/1991", date="27/05/2025", country="AU",
         st={"iron": "L", "tsat": "L", "ferr": "L", "tsh": "H"}),
]


def _db2(i: int, attempt: int) -> Built:
    c = DB2_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB2-{i}-{attempt}", sex, age, "en", c["st"])
    sections: list[tuple[str, list[R]]] = []
    notes: list[str] = []
    if i == 0:
        sections.append(("FULL BLOOD COUNT", _db2_fbc(g)))
        sections.append(("ELECTROLYTES, UREA, CREATININE", _db2_uec(g, age, sex)))
        alb = g.v("alb", "Albumin", "g/L", 0, (35, 50), factor=10)
        tp = g.d("tp", "Total Protein", alb.value + g.rng.uniform(26, 34), "g/L", 0, (60, 80), factor=10)
        glob = g.d("glob", "Globulin", tp.value - alb.value, "g/L", 0, (25, 45), factor=10)
        sections.append(("LIVER FUNCTION TESTS", [
            g.v("tbil", "Bilirubin (total)", f"{MU}mol/L", 0, (None, 20), factor=17.1, loinc=LOINC_SI["tbil"]),
            g.v("alp", "ALP", "U/L", 0, (30, 110)), g.v("ggt", "GGT", "U/L", 0, (None, 50)),
            g.v("alt", "ALT", "U/L", 0, (None, 40)), g.v("ast", "AST", "U/L", 0, (None, 35)), tp, alb, glob]))
        sections.append(("LIPIDS (fasting)", _db2_lipids(g)))
        sections.append(("C-REACTIVE PROTEIN", [g.v("crp", "CRP", "mg/L", 0, (None, 5))]))
        notes = ["eGFR calculated with the CKD-EPI 2021 equation; reported as >90 when above 90 mL/min/1.73m2.",
                 "LDL cholesterol calculated (Friedewald). Lipid targets depend on absolute cardiovascular risk."]
    elif i == 1:
        sections.append(("FULL BLOOD COUNT", _db2_fbc(g, micro=True, hgb_rr=(88, 104), full=False)))
        sections.append(("UREA & ELECTROLYTES", _db2_uec(g, age, sex)))
        alb = g.v("alb", "Albumin", "g/L", 0, (35, 50), factor=10)
        sections.append(("BONE PROFILE", [
            g.v("ca", "Calcium", "mmol/L", 2, (2.20, 2.60), factor=0.2495, loinc=LOINC_SI["ca"]),
            g.v("phos", "Phosphate", "mmol/L", 2, (0.80, 1.50), factor=0.3229, loinc=LOINC_SI["phos"]),
            alb, g.v("alp", "Alkaline phosphatase", "U/L", 0, (30, 130))]))
        sections.append(("OTHER", [
            g.v("mg", "Magnesium", "mmol/L", 2, (0.70, 1.00), factor=0.4114, loinc=LOINC_SI["mg"]),
            g.v("glu", "Glucose (random)", "mmol/L", 1, (3.0, 7.8), factor=1 / 18.016, loinc=LOINC_SI["glu"]),
            g.v("crp", "CRP", "mg/L", 0, (None, 5))]))
        notes = ["Potassium: critical result telephoned to Ward 7B (Sr Okafor) at 11:42. Sample not haemolysed.",
                 "eGFR (CKD-EPI 2021) is not valid in acute kidney injury."]
    else:
        sections.append(("FULL BLOOD COUNT", _db2_fbc(g, micro=True, hgb_rr=(104, 113), full=False)))
        ferr = g.v("ferr", "Ferritin", f"{MU}g/L", 0, (30, 200))
        sections.append(("IRON STUDIES", [
            g.v("iron", "Iron", f"{MU}mol/L", 0, (10, 30), factor=0.179, loinc=LOINC_SI["iron"]),
            g.v("tsat", "Transferrin saturation", "%", 0, (15, 45)), ferr]))
        sections.append(("THYROID FUNCTION", [
            g.v("tsh", "TSH", "mIU/L", 2, (0.50, 4.00)),
            g.v("ft4", "Free T4", "pmol/L", 1, (10.0, 20.0), factor=12.87, loinc=LOINC_SI["ft4"])]))
        sections.append(("DIABETES", [
            g.v("glu", "Glucose (fasting)", "mmol/L", 1, (3.5, 5.4), factor=1 / 18.016, loinc=LOINC_SI["glu"]),
            g.v("a1c", "HbA1c", "%", 1, (4.0, 6.0))]))
        sections.append(("INFLAMMATORY MARKERS", [g.cmp("crp", "CRP", "<", 1, 0, "mg/L", (None, 5), sep="")]))
        notes = ["Iron studies consistent with iron deficiency. Suggest repeat FBC in 3 months."]

    lab = "Southern Pathology Services" if c["country"] == "AU" else "Northfield NHS Trust - Clinical Biochemistry"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, size=12, bold=True)
        p.nl(1.4)
        p.t(36, f"Patient: {c['patient']}")
        p.t(300, f"DOB: {c['dob']}   Sex: {'M' if sex == 'male' else 'F'}   Age: {age}")
        p.nl()
        p.t(36, f"Collected: {c['date']} 08:20")
        p.t(300, "Requested by: Dr A. Fitzgerald")
        p.nl()
        p.rule()
        p.nl(0.3)
        p.t(36, "Test", bold=True)
        p.t(270, "Result", bold=True, right=True)
        p.t(285, "Flag", bold=True)
        p.t(325, "Units", bold=True)
        p.t(420, "Reference range", bold=True)
        p.nl(1.3)

    p = Pdf(head, footer=footer_en(lab))
    for title, rows in sections:
        p.need(2)
        p.nl(0.3)
        p.t(36, title, bold=True)
        p.nl()
        for r in rows:
            p.need()
            p.t(44, r.name)
            p.t(270, r.text, right=True)
            pf = {"N": None, "H": "H", "L": "L", "HH": "H", "LL": "L"}[r.flag]
            if pf:
                p.t(288, pf, bold=True)
            p.t(325, r.unit or "")
            p.t(420, _br(r))
            p.nl()
            out.add(r, pf)
    p.nl()
    for line in notes:
        p.t(36, line, size=7.5)
        p.nl()
    name = f"DB2-si-bracket-en-{i + 1:02d}"
    return out.build(name, FAMILIES[1], "en", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB3 reference below the result (pt hospital)
# ----------------------------------------------------------------------------------------------------------------

def _db3_items(g: G, i: int, age: int, sex: str) -> list[tuple]:
    """(R, reference text, material, method) in print order; section titles as (title,)."""
    cre_ref = {"male": (0.70, 1.30), "female": (0.50, 1.10)}
    cre_txt = "Homens: 0,70 a 1,30 mg/dL | Mulheres: 0,50 a 1,10 mg/dL"
    items: list[tuple] = []

    def renal():
        cre = g.v("cre", "CREATININA", "mg/dL", 2, cre_ref)
        egfr = g.d("egfr", "TAXA DE FILTRAÇÃO GLOMERULAR ESTIMADA", ckd_epi_2021(cre.value, age, sex),
                   "mL/min/1,73m²", 0, (60, None))
        return [(cre, cre_txt, "Soro", "Jaffé cinético"),
                (egfr, "Superior a 60 mL/min/1,73m² (CKD-EPI 2021)", None, "Cálculo"),
                (g.v("urea", "UREIA", "mg/dL", 0, (17, 43)), "17 a 43 mg/dL", "Soro", "Urease UV"),
                (g.v("na", "SÓDIO", "mEq/L", 0, (136, 145)), "136 a 145 mEq/L", "Soro", "Eletrodo íon seletivo"),
                (g.v("k", "POTÁSSIO", "mEq/L", 1, (3.5, 5.1)), "3,5 a 5,1 mEq/L", "Soro", "Eletrodo íon seletivo")]

    def lipids(fasting=True):
        chol = g.v("chol", "COLESTEROL TOTAL", "mg/dL", 0, (None, 190))
        hdl = g.v("hdl", "HDL-COLESTEROL", "mg/dL", 0, (40, None))
        tg = g.v("tg", "TRIGLICÉRIDES", "mg/dL", 0, (None, 150) if fasting else (None, 175))
        ldl_v = chol.value - hdl.value - tg.value / 5
        if ldl_v < 45:
            raise Ambiguous
        ldl = g.d("ldl", "LDL-COLESTEROL", ldl_v, "mg/dL", 0, (None, 130))
        vldl = g.d("vldl", "VLDL-COLESTEROL", tg.value / 5, "mg/dL", 0, (None, 30))
        non = g.d("nonhdl", "COLESTEROL NÃO-HDL", chol.value - hdl.value, "mg/dL", 0, (None, 160))
        return [("PERFIL LIPÍDICO",),
                (chol, "Desejável: inferior a 190 mg/dL", "Soro", "Enzimático colorimétrico"),
                (hdl, "Desejável: superior a 40 mg/dL", "Soro", "Enzimático direto"),
                (tg, "Com jejum: inferior a 150 mg/dL | Sem jejum: inferior a 175 mg/dL", "Soro", "Enzimático"),
                (ldl, "Desejável: inferior a 130 mg/dL", None, "Calculado (Friedewald)"),
                (vldl, "Inferior a 30 mg/dL", None, "Calculado (TG/5)"),
                (non, "Desejável: inferior a 160 mg/dL", None, "Calculado (CT - HDL)")]

    glu = g.v("glu", "GLICOSE", "mg/dL", 0, (70, 99))
    a1c = g.v("a1c", "HEMOGLOBINA GLICADA (HbA1c)", "%", 1, (None, 5.7))
    if i == 0:
        items += [("BIOQUÍMICA",), (glu, "70 a 99 mg/dL", "Plasma fluoretado", "Hexoquinase"),
                  (a1c, "Normal: inferior a 5,7 %", "Sangue total (EDTA)", "HPLC")]
        items += renal()
        uric = g.v("uric", "ÁCIDO ÚRICO", "mg/dL", 1, {"male": (3.4, 7.0), "female": (2.4, 5.7)})
        items.append((uric, "Homens: 3,4 a 7,0 mg/dL | Mulheres: 2,4 a 5,7 mg/dL", "Soro", "Uricase"))
        items += lipids()
        items += [("HORMÔNIOS E VITAMINAS",),
                  (g.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)), "0,27 a 4,20 µUI/mL", "Soro", "Eletroquimioluminescência"),
                  (g.v("ft4", "T4 LIVRE", "ng/dL", 2, (0.93, 1.70)), "0,93 a 1,70 ng/dL", "Soro",
                   "Eletroquimioluminescência"),
                  (g.v("b12", "VITAMINA B12", "pg/mL", 0, (197, 771)), "197 a 771 pg/mL", "Soro", "Quimioluminescência"),
                  (g.v("ferr", "FERRITINA", "ng/mL", 1, {"male": (30, 400), "female": (13, 150)}),
                   "Homens: 30 a 400 ng/mL | Mulheres: 13 a 150 ng/mL", "Soro", "Quimioluminescência"),
                  (g.v("vitd", "VITAMINA D (25-HIDROXI)", "ng/mL", 1, (20, None)),
                   "Acima de 20 ng/mL (população geral); 30 a 60 ng/mL (grupos de risco)", "Soro",
                   "Quimioluminescência"),
                  (g.cmp("crp", "PROTEÍNA C REATIVA", "<", 5.0, 1, "mg/L", (None, 5.0), word="Inferior a"),
                   "Inferior a 5,0 mg/L", "Soro", "Imunoturbidimetria")]
    elif i == 1:
        alb = g.v("alb", "ALBUMINA", "g/dL", 1, (3.5, 5.2))
        tp = g.d("tp", "PROTEÍNAS TOTAIS", alb.value + g.rng.uniform(2.4, 3.3), "g/dL", 1, (6.4, 8.3))
        glob = g.d("glob", "GLOBULINAS", tp.value - alb.value, "g/dL", 1, (2.0, 3.5))
        agr = g.d("agr", "RELAÇÃO ALBUMINA/GLOBULINA", alb.value / glob.value, None, 2, (1.10, 2.20))
        tb = g.v("tbil", "BILIRRUBINA TOTAL", "mg/dL", 2, (0.30, 1.20))
        db = g.v("dbil", "BILIRRUBINA DIRETA", "mg/dL", 2, (None, 0.30),
                 rr=(0.22 * tb.value, 0.6 * tb.value) if tb.flag != "N" else (0.05, 0.2))
        ib = g.d("ibil", "BILIRRUBINA INDIRETA", tb.value - db.value, "mg/dL", 2, (0.10, 1.00))
        items += [("HEPATOGRAMA",),
                  (g.v("ast", "TGO (AST)", "U/L", 0, {"male": (None, 40), "female": (None, 32)}),
                   "Homens: até 40 U/L | Mulheres: até 32 U/L", "Soro", "Cinético UV (IFCC)"),
                  (g.v("alt", "TGP (ALT)", "U/L", 0, {"male": (None, 41), "female": (None, 33)}),
                   "Homens: até 41 U/L | Mulheres: até 33 U/L", "Soro", "Cinético UV (IFCC)"),
                  (g.v("alp", "FOSFATASE ALCALINA", "U/L", 0, {"male": (40, 129), "female": (35, 104)}),
                   "Homens: 40 a 129 U/L | Mulheres: 35 a 104 U/L", "Soro", "Colorimétrico (IFCC)"),
                  (g.v("ggt", "GAMA GT", "U/L", 0, {"male": (10, 71), "female": (6, 42)}),
                   "Homens: 10 a 71 U/L | Mulheres: 6 a 42 U/L", "Soro", "Colorimétrico (IFCC)"),
                  (tb, "0,30 a 1,20 mg/dL", "Soro", "Diazo"), (db, "Até 0,30 mg/dL", "Soro", "Diazo"),
                  (ib, "0,10 a 1,00 mg/dL", None, "Calculado (BT - BD)"),
                  ("PROTEÍNAS TOTAIS E FRAÇÕES",),
                  (tp, "6,4 a 8,3 g/dL", "Soro", "Biureto"), (alb, "3,5 a 5,2 g/dL", "Soro", "Verde de bromocresol"),
                  (glob, "2,0 a 3,5 g/dL", None, "Calculado"), (agr, "1,10 a 2,20", None, "Calculado"),
                  ("BIOQUÍMICA",), (glu, "70 a 99 mg/dL", "Plasma fluoretado", "Hexoquinase")]
        items += renal()
        items += [(g.v("ca", "CÁLCIO TOTAL", "mg/dL", 1, (8.6, 10.2)), "8,6 a 10,2 mg/dL", "Soro", "Arsenazo III"),
                  (g.v("mg", "MAGNÉSIO", "mg/dL", 1, (1.6, 2.6)), "1,6 a 2,6 mg/dL", "Soro", "Azul de xilidil"),
                  (g.v("crp", "PROTEÍNA C REATIVA", "mg/L", 1, (None, 5.0)), "Inferior a 5,0 mg/L", "Soro",
                   "Imunoturbidimetria")]
    else:
        items += [("BIOQUÍMICA",), (glu, "70 a 99 mg/dL", "Plasma fluoretado", "Hexoquinase"),
                  (a1c, "Normal: inferior a 5,7 %", "Sangue total (EDTA)", "HPLC")]
        items += renal()
        items += lipids(fasting=False)
        items += [("OUTROS",),
                  (g.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)), "0,27 a 4,20 µUI/mL", "Soro", "Eletroquimioluminescência"),
                  (g.cmp("crp", "PROTEÍNA C REATIVA", "<", 5.0, 1, "mg/L", (None, 5.0), word="Inferior a"),
                   "Inferior a 5,0 mg/L", "Soro", "Imunoturbidimetria")]
    return items


DB3_CFG = [
    dict(sex="female", age=54, patient="Luciana Gonçalves Rocha", date="10/04/2025", fasting="Jejum: 12 horas",
         st={"a1c": "H", "chol": "H", "ldl": "H", "vitd": "L", "b12": "L", "tsh": "H", "uric": "H"}),
    dict(sex="male", age=67, patient="Sebastião Ferreira Dias", date="23/07/2025", fasting="Jejum: 10 horas",
         st={"alt": "H", "ggt": "H", "tbil": "H", "alb": "L", "cre": "H", "crp": "H", "ca": "L"}),
    dict(sex="female", age=38, patient="Ana Paula Ferreira Lima", date="02/09/2025", fasting="Jejum: 3 horas",
         st={"glu": "HH", "a1c": "H", "tg": "H", "na": "L", "hdl": "L"}),
]


def _db3(i: int, attempt: int) -> Built:
    c = DB3_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB3-{i}-{attempt}", sex, age, "pt", c["st"])
    items = _db3_items(g, i, age, sex)
    lab = "Hospital Santa Lúcia - Laboratório de Análises Clínicas"
    out = Out()
    p = Pdf(header_pt(lab, "Rua Tenente Silveira, 210 - Florianópolis/SC - CNES 2691841", c["patient"], sex, age,
                      c["date"], extra=(f"Atendimento: 0{7841203 + i * 311}   Unidade: Ambulatório   {c['fasting']}",)),
            footer=footer_pt(lab))
    inline = i == 1  # variant: name and value on one line, V.R. below; others: Resultado line
    for it in items:
        if len(it) == 1:
            p.need(3)
            p.nl(0.4)
            p.t(36, it[0], bold=True, size=9.5)
            p.nl()
            if inline:
                p.t(36, "Material: Soro", size=7.5)
                p.nl()
            continue
        r, reftxt, material, method = it
        pf = {"N": None, "H": "ALTO", "HH": "ALTO", "L": "BAIXO", "LL": "BAIXO"}[r.flag]
        unit = r.unit or ""
        if inline:
            p.need(2)
            p.t(44, r.name)
            p.t(330, r.text, right=True)
            p.t(336, unit)
            if pf:
                p.t(430, pf, bold=True)
            p.nl()
            p.t(56, f"V.R.: {reftxt}", size=7.5)
            p.nl(size=8)
        else:
            p.need(4)
            p.t(36, r.name, bold=True)
            p.nl()
            p.t(44, (f"Material: {material}    " if material else "") + f"Método: {method}", size=7.5)
            p.nl()
            p.t(44, "Resultado:")
            p.t(200, f"{r.text} {unit}".strip(), right=True)
            if pf:
                p.t(212, pf, bold=True)
            p.nl()
            p.t(44, f"V.R.: {reftxt}", size=7.5)
            p.nl(1.3, size=8)
        out.add(r, pf)
        if r.flag in ("HH", "LL"):
            p.t(56, "Valor crítico confirmado em duplicata e comunicado ao médico assistente.", size=7)
            p.nl()
    p.nl()
    p.t(36, "Liberado eletronicamente por: Dra. Helena Prado Kist - CRBM 3.552", size=7.5)
    p.nl()
    name = f"DB3-refbelow-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[2], "pt", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB4 urinalysis (pt)
# ----------------------------------------------------------------------------------------------------------------

U = {"sg": "5811-5", "ph": "5803-2", "prot": "20454-5", "glu": "25428-4", "ket": "2514-8", "bld": "5794-3",
     "nit": "5802-4", "le": "5799-2", "bil": "5770-3", "ubg": "20405-7", "wbc_ml": "30405-5", "rbc_ml": "30391-7",
     "wbc_hpf": "5821-4", "rbc_hpf": "13945-1", "epi": "11277-1", "cast": "9842-6", "bact": "25145-4"}

DB4_CFG = [
    dict(sex="female", age=26, patient="Beatriz Conceição Araújo", date="18/02/2025", title="URINA TIPO I (EAS)",
         accents=True, per_field=False),
    dict(sex="male", age=63, patient="João Batista Oliveira", date="07/05/2025", title="EXAME DE URINA ROTINA",
         accents=True, per_field=True),
    dict(sex="female", age=71, patient="Francisca Alves de Souza", date="30/08/2025",
         title="EXAME DE URINA - EAS (ELEMENTOS ANORMAIS E SEDIMENTO)", accents=False, per_field=False),
]


def _acc(s: str, accents: bool) -> str:
    if accents:
        return s
    table = str.maketrans("áâãàéêíóôõúçÁÂÃÀÉÊÍÓÔÕÚÇ", "aaaaeeiooouc" + "AAAAEEIOOOUC")
    return s.translate(table)


def _db4(i: int, attempt: int) -> Built:
    c = DB4_CFG[i]
    sex, age, acc = c["sex"], c["age"], c["accents"]
    g = G(f"DB4-{i}-{attempt}", sex, age, "pt")
    def a(s: str) -> str:
        return _acc(s, acc)

    # dipstick pads read in steps
    sg = g.d("sg", "Densidade", g.pick([1.010, 1.015, 1.020, 1.025]), None, 3, (1.005, 1.030), loinc=U["sg"])
    ph = g.d("ph", "pH", g.pick([5.5, 6.0, 6.5, 7.0]), None, 1, (5.0, 8.0), loinc=U["ph"])
    neg, negt = "negative", a("Negativo")
    chem = [(sg, "1,005 a 1,030"), (ph, "5,0 a 8,0")]
    if i == 0:
        chem += [(g.q(U["prot"], a("Proteínas"), neg, negt), negt), (g.q(U["glu"], "Glicose", neg, negt), negt),
                 (g.q(U["ket"], a("Corpos cetônicos"), neg, negt), negt),
                 (g.q(U["bld"], "Hemoglobina", "trace", "Traços"), negt),
                 (g.q(U["nit"], "Nitrito", neg, negt), negt), (g.q(U["bil"], "Bilirrubina", neg, negt), negt),
                 (g.q(U["ubg"], a("Urobilinogênio"), "normal", "Normal"), "Normal")]
    elif i == 1:
        ubg = g.v("ubg", a("Urobilinogênio"), "mg/dL", 1, (None, 1.0), loinc=U["ubg"], rr=(0.2, 0.6))
        chem += [(g.q(U["prot"], a("Proteínas"), "trace", "Traços"), negt),
                 (g.q(U["glu"], "Glicose", neg, negt), negt),
                 (g.q(U["ket"], a("Corpos cetônicos"), neg, negt), negt),
                 (g.q(U["bld"], "Sangue (hemoglobina)", "positive", "Positivo"), negt),
                 (g.q(U["nit"], "Nitrito", neg, negt), negt),
                 (g.q(U["le"], a("Esterase leucocitária"), neg, negt), negt),
                 (g.q(U["bil"], "Bilirrubina", neg, negt), negt), (ubg, "Até 1,0 mg/dL")]
    else:
        chem += [(g.q(U["prot"], a("Proteínas"), "trace", a("Traços")), negt),
                 (g.q(U["glu"], "Glicose", neg, negt), negt),
                 (g.q(U["ket"], a("Corpos cetônicos"), neg, negt), negt),
                 (g.q(U["bld"], "Hemoglobina", "positive", "Positivo"), negt),
                 (g.q(U["nit"], "Nitrito", "positive", "Positivo"), negt),
                 (g.q(U["le"], a("Esterase leucocitária"), "positive", "Positivo"), negt),
                 (g.q(U["bil"], "Bilirrubina", neg, negt), negt),
                 (g.q(U["ubg"], a("Urobilinogênio"), "normal", "Normal"), "Normal")]
    sed = []
    if c["per_field"]:
        sed += [(g.v("wbc_hpf", a("Leucócitos"), "por campo", 0, (None, 5), loinc=U["wbc_hpf"], rr=(1, 4)),
                 "Até 5 por campo"),
                (g.v("rbc_hpf", a("Hemácias"), "por campo", 0, (None, 3), loinc=U["rbc_hpf"], state="H", rr=(7, 18)),
                 "Até 3 por campo")]
    else:
        wst = "H" if i == 2 else "N"
        wrr = (42000, 120000) if i == 2 else (1000, 6000)
        sed += [(g.v("wbc_ml", a("Leucócitos"), "/mL", -3, (None, 10000), loinc=U["wbc_ml"], state=wst, rr=wrr),
                 a("Até 10.000 /mL")),
                (g.v("rbc_ml", a("Hemácias"), "/mL", -3, (None, 10000), loinc=U["rbc_ml"],
                     state="H" if i == 2 else "N", rr=(14000, 30000) if i == 2 else (1000, 5000)),
                 a("Até 10.000 /mL"))]
    sed += [(g.q(U["epi"], a("Células epiteliais"), "rare", "Raras"), "Raras a algumas"),
            (g.q(U["cast"], "Cilindros", "absent", "Ausentes"), "Ausentes"),
            (g.q(U["bact"], a("Bactérias"), "present" if i == 2 else "absent",
                 "Presentes" if i == 2 else "Ausentes"), "Ausentes")]
    colour = ["Amarelo citrino", "Amarelo claro", "Amarelo escuro"][i]
    aspect = ["Límpido", "Ligeiramente turvo", "Turvo"][i]

    lab = a("Laboratório São Camilo de Análises")
    out = Out()
    p = Pdf(header_pt(lab, "Rua Voluntários da Pátria, 88 - Recife/PE", c["patient"], sex, age, c["date"],
                      extra=("Material: Urina (jato médio, primeira da manhã)",)), footer=footer_pt(lab))
    p.t(36, c["title"], bold=True, size=10)
    p.nl(1.5)
    p.t(44, a("Análise"), bold=True)
    p.t(230, "Resultado", bold=True)
    p.t(400, a("Valores de referência"), bold=True)
    p.nl()
    p.t(36, a("EXAME FÍSICO"), bold=True)
    p.nl()
    for lbl, val, ref in (("Cor", colour, "Amarelo citrino"), ("Aspecto", a(aspect), a("Límpido"))):
        p.t(44, lbl)
        p.t(230, val)
        p.t(400, ref)
        p.nl()
    for title, rows in ((a("EXAME QUÍMICO"), chem), ("SEDIMENTOSCOPIA (microscopia)", sed)):
        p.nl(0.4)
        p.t(36, title, bold=True)
        p.nl()
        for r, ref in rows:
            p.t(44, r.name)
            p.t(230, r.text + (f" {r.unit}" if r.unit else ""))
            p.t(400, ref)
            p.nl()
            out.add(r)
    p.nl()
    for line in ("Exame químico por tira reativa (leitura automatizada); sedimento por microscopia.",
                 a("Densidade e pH sem unidade. Sedimento quantificado em câmara de contagem.")):
        p.t(36, line, size=7)
        p.nl()
    name = f"DB4-urinalysis-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[3], "pt", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB5 serology (pt)
# ----------------------------------------------------------------------------------------------------------------

SERO = {"hiv": "56888-1", "hbsag": "5196-1", "hbc": "16933-4", "hcv": "16128-1", "vdrl": "5292-8",
        "toxog": "22580-5", "toxom": "25542-2", "rubg": "25514-1"}
SERO_TITLE = {
    "hiv": "HIV 1 e 2 - Anticorpos e Antígeno p24 (4ª geração)",
    "hbsag": "HBsAg - Antígeno de superfície do vírus da hepatite B",
    "hbc": "Anti-HBc total - Anticorpos contra o core do vírus B",
    "hcv": "Anti-HCV - Anticorpos contra o vírus da hepatite C",
    "vdrl": "VDRL - Sífilis (teste não treponêmico)",
    "toxog": "Toxoplasmose - Anticorpos IgG",
    "toxom": "Toxoplasmose - Anticorpos IgM",
    "rubg": "Rubéola - Anticorpos IgG",
}
SERO_METHOD = {"hiv": "Quimioluminescência (CMIA)", "hbsag": "Quimioluminescência (CMIA)",
               "hbc": "Quimioluminescência (CMIA)", "hcv": "Quimioluminescência (CMIA)",
               "vdrl": "Floculação em lâmina", "toxog": "Eletroquimioluminescência",
               "toxom": "Eletroquimioluminescência", "rubg": "Eletroquimioluminescência"}

DB5_CFG = [
    dict(sex="female", age=31, patient="Carolina Mendes Pacheco", date="09/01/2025", accents=True, table=False,
         tests=[("hiv", 0), ("hbsag", 0), ("hcv", 0), ("vdrl", 0), ("toxog", 1), ("toxom", 0), ("rubg", 1)],
         extra="Pré-natal - 1º trimestre"),
    dict(sex="male", age=44, patient="Antônio Marcos Barbosa", date="16/06/2025", accents=True, table=True,
         tests=[("hiv", 0), ("hbsag", 1), ("hbc", 1), ("hcv", 0), ("vdrl", 0)], extra="Check-up admissional"),
    dict(sex="female", age=67, patient="Terezinha de Jesus Prado", date="25/10/2025", accents=False, table=False,
         tests=[("hiv", 0), ("hbsag", 0), ("hcv", 1), ("vdrl", 0), ("toxog", 1), ("rubg", 1)],
         extra="Avaliacao pre-operatoria"),
]


def _db5(i: int, attempt: int) -> Built:
    c = DB5_CFG[i]
    sex, age, acc = c["sex"], c["age"], c["accents"]
    def a(s: str) -> str:
        return _acc(s, acc)

    g = G(f"DB5-{i}-{attempt}", sex, age, "pt")
    lab = a("Laboratório Central de Sorologia Dr. Mário Lemos")
    out = Out()
    p = Pdf(header_pt(lab, a("Av. Afonso Pena, 3200 - Belo Horizonte/MG"), c["patient"], sex, age, c["date"],
                      extra=(a(f"Indicação: {c['extra']}"),)), footer=footer_pt(lab))
    p.t(36, "SOROLOGIA", bold=True, size=10)
    p.nl(1.5)
    nr, rg = a("Não reagente"), "Reagente"
    if c["table"]:
        p.t(44, "Exame", bold=True)
        p.t(300, "Resultado", bold=True)
        p.t(390, a("Índice (S/CO)"), bold=True)
        p.t(460, a("Referência"), bold=True)
        p.nl(1.3)
    for key, pos in c["tests"]:
        title = a(SERO_TITLE[key])
        word = rg if pos else nr
        r = g.q(SERO[key], title, "reactive" if pos else "non-reactive", word)
        idx = None if key == "vdrl" else (g.rng.uniform(3.2, 48.0) if pos else g.rng.uniform(0.04, 0.42))
        idx_txt = "---" if idx is None else fnum(idx, 2, "pt")
        if c["table"]:
            p.need(2)
            p.t(44, title, size=7.5)
            p.t(300, word, bold=bool(pos))
            p.t(390, idx_txt)
            p.t(460, nr + " (< 1,00)" if idx is not None else nr, size=7.5)
            p.nl()
            p.t(52, a(f"Método: {SERO_METHOD[key]}"), size=6.5)
            p.nl(size=7)
        else:
            p.need(6)
            p.t(36, title, bold=True)
            p.nl()
            p.t(44, a(f"Material: Soro    Método: {SERO_METHOD[key]}"), size=7.5)
            p.nl()
            p.t(44, "Resultado:")
            p.t(120, word, bold=True)
            p.nl()
            if idx is not None:
                p.t(44, a(f"Índice: {idx_txt}"))
                p.nl()
            if key == "vdrl":
                ref = a("Não reagente (título inferior a 1:1)")
            else:
                ref = a("Não reagente: índice inferior a 1,00 | Reagente: índice igual ou superior a 1,00")
            p.t(44, a(f"Valor de referência: {ref}"), size=7.5)
            p.nl()
            if key == "hiv":
                p.t(44, a("Nota: resultado reagente exige confirmação em nova amostra (Portaria MS 29/2013)."),
                    size=6.8)
                p.nl()
            if key == "toxog" and pos:
                p.t(44, a("Interpretação: anticorpos IgG detectados, sugestivo de infecção passada (imunidade)."),
                    size=6.8)
                p.nl()
            p.nl(0.6)
        out.add(r)
    p.nl()
    p.t(36, a("O índice é a razão sinal/cut-off da amostra e não substitui a interpretação do resultado."), size=7)
    p.nl()
    name = f"DB5-serology-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[4], "pt", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB6 hormone panels with banded references (en)
# ----------------------------------------------------------------------------------------------------------------

BANDS = {
    "fsh": ("FSH", "mIU/mL", 1, [("Follicular phase", 3.5, 12.5), ("Ovulation phase", 4.7, 21.5),
                                ("Luteal phase", 1.7, 7.7), ("Postmenopause", 25.8, 134.8), ("Male", 1.5, 12.4)]),
    "lh": ("LH", "mIU/mL", 1, [("Follicular phase", 2.4, 12.6), ("Ovulation phase", 14.0, 95.6),
                              ("Luteal phase", 1.0, 11.4), ("Postmenopause", 7.7, 58.5), ("Male", 1.7, 8.6)]),
    "e2": ("Estradiol", "pg/mL", 1, [("Follicular phase", 12.5, 166.0), ("Ovulation phase", 85.8, 498.0),
                                    ("Luteal phase", 43.8, 211.0), ("Postmenopause", None, 54.7),
                                    ("Male", 25.8, 60.7)]),
    "prog": ("Progesterone", "ng/mL", 2, [("Follicular phase", 0.20, 1.50), ("Ovulation phase", 0.80, 3.00),
                                         ("Luteal phase", 1.70, 27.00), ("Postmenopause", 0.10, 0.80),
                                         ("Male", 0.20, 1.40)]),
    "prl": ("Prolactin", "ng/mL", 1, [("Male", 4.0, 15.2), ("Female (non-pregnant)", 4.8, 23.3)]),
    "testo": ("Testosterone, total", "ng/dL", 0, [("Male 20-49 years", 249, 836), ("Male 50 years and over", 193, 740),
                                                 ("Female 20-49 years", 8, 48),
                                                 ("Female 50 years and over", 3, 41)]),
    "dheas_female": ("DHEA-sulfate", f"{MU}g/dL", 1, [("Female 25-34 years", 98.8, 340.0),
                                                     ("Female 35-44 years", 60.9, 337.0),
                                                     ("Female 45-54 years", 35.4, 256.0),
                                                     ("Female 55-64 years", 18.9, 205.0),
                                                     ("Female 65-74 years", 9.4, 246.0)]),
    "dheas_male": ("DHEA-sulfate", f"{MU}g/dL", 1, [("Male 25-34 years", 160.0, 449.0),
                                                   ("Male 35-44 years", 88.9, 427.0),
                                                   ("Male 45-54 years", 44.3, 331.0),
                                                   ("Male 55-64 years", 51.7, 295.0),
                                                   ("Male 65-74 years", 33.6, 249.0)]),
    "cort": ("Cortisol", f"{MU}g/dL", 1, [("Morning (7-10 AM)", 6.2, 19.4), ("Afternoon (4-8 PM)", 2.3, 11.9)]),
    "psa": ("PSA, total", "ng/mL", 2, [("Age 40-49 years", 0.00, 2.50), ("Age 50-59 years", 0.00, 3.50),
                                      ("Age 60-69 years", 0.00, 4.50), ("Age 70-79 years", 0.00, 6.50)]),
}
SINGLE = {"tsh": ("TSH", f"{MU}IU/mL", 2, (0.27, 4.20)), "ft4": ("Free T4", "ng/dL", 2, (0.93, 1.70)),
          "ft3": ("Free T3", "pg/mL", 1, (2.0, 4.4)), "ins": ("Insulin, fasting", f"{MU}IU/mL", 1, (2.6, 24.9))}

DB6_CFG = [
    dict(sex="female", age=34, patient="Emily R. Nguyen", dob="08/21/1990", date="03/14/2025", time="08:15",
         info="Clinical information: cycle day 6 (follicular phase); not pregnant; fasting",
         bands={"fsh": "Follicular phase", "lh": "Follicular phase", "e2": "Follicular phase",
                "prog": "Follicular phase", "prl": "Female (non-pregnant)", "testo": "Female 20-49 years",
                "dheas_female": "Female 25-34 years", "cort": "Morning (7-10 AM)"},
         tests=["tsh", "ft4", "ft3", "prl", "fsh", "lh", "e2", "prog", "testo", "dheas_female", "cort", "ins"],
         st={"prl": "H", "ins": "H"}),
    dict(sex="male", age=67, patient="Robert T. Hughes", dob="01/30/1958", date="06/02/2025", time="16:40",
         info="Clinical information: fatigue, low libido; afternoon collection",
         bands={"fsh": "Male", "lh": "Male", "e2": "Male", "prl": "Male", "testo": "Male 50 years and over",
                "dheas_male": "Male 65-74 years", "cort": "Afternoon (4-8 PM)", "psa": "Age 60-69 years"},
         tests=["tsh", "ft4", "testo", "e2", "fsh", "lh", "prl", "psa", "dheas_male", "cort"],
         st={"testo": "L", "psa": "H", "fsh": "H", "lh": "H"}),
    dict(sex="female", age=58, patient="Linda Whitaker", dob="11/02/1966", date="09/19/2025", time="07:50",
         info="Clinical information: postmenopausal (last menstrual period 2016); weight gain, cold intolerance",
         bands={"fsh": "Postmenopause", "lh": "Postmenopause", "e2": "Postmenopause", "prog": "Postmenopause",
                "prl": "Female (non-pregnant)", "testo": "Female 50 years and over",
                "dheas_female": "Female 55-64 years", "cort": "Morning (7-10 AM)"},
         tests=["tsh", "ft4", "ft3", "fsh", "lh", "e2", "prog", "prl", "testo", "dheas_female", "cort"],
         st={"tsh": "H", "ft4": "L", "dheas_female": "L"}),
]


def _db6(i: int, attempt: int) -> Built:
    c = DB6_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB6-{i}-{attempt}", sex, age, "en", c["st"])
    lab = "Riverside Endocrine Laboratory"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, size=12, bold=True)
        p.nl(1.4)
        p.t(36, f"Patient: {c['patient']}    DOB: {c['dob']}    Sex: {SEX_EN[sex]}    Age: {age} y")
        p.nl()
        p.t(36, f"Collected: {c['date']} {c['time']}    Received: {c['date']}    Ordering: Dr. S. Ramirez, MD")
        p.nl()
        p.t(36, c["info"], size=7.5)
        p.nl()
        p.rule()
        p.nl(0.3)
        for x, s in ((36, "Test"), (250, "Result"), (262, "Flag"), (292, "Units"), (362, "Reference ranges")):
            p.t(x, s, bold=True, right=(s == "Result"))
        p.nl(1.3)

    p = Pdf(head, footer=footer_en(lab))
    for key in c["tests"]:
        if key in SINGLE:
            name, unit, dec, ref = SINGLE[key]
            lines = [(None, ref[0], ref[1])]
        else:
            name, unit, dec, bands = BANDS[key]
            band = c["bands"][key]
            ref = next((lo, hi) for lbl, lo, hi in bands if lbl == band)
            lines = bands
        gkey = "dheas" if key.startswith("dheas") else key
        st = c["st"].get(key, "N")
        r = g.v(gkey, name, unit, dec, ref, loinc=LOINC[gkey], state=st)
        pf = {"N": None, "H": "H", "L": "L"}[r.flag]
        p.need(len(lines) + 0.5)
        p.t(36, name)
        p.t(250, r.text, right=True)
        if pf:
            p.t(265, pf, bold=True)
        p.t(292, unit)
        for lbl, lo, hi in lines:
            if lo is None and lbl is not None:
                rng_txt = f"up to {fnum(hi, dec, 'en', False)}"
            else:
                rng_txt = f"{fnum(lo, dec, 'en', False)} - {fnum(hi, dec, 'en', False)}"
            if lbl is None:
                p.t(362, rng_txt)
            else:
                p.t(362, lbl, size=7.5)
                p.t(470, rng_txt, size=7.5)
            p.nl(size=7.8 if lbl else None)
        p.nl(0.35)
        out.add(r, pf)
    p.nl()
    for line in ("Immunoassays: electrochemiluminescence (Roche cobas). Cortisol reference depends on collection time.",
                 "Reference ranges for reproductive hormones depend on sex, menstrual phase and menopausal status."):
        p.t(36, line, size=7)
        p.nl()
    name = f"DB6-hormone-bands-en-{i + 1:02d}"
    return out.build(name, FAMILIES[5], "en", p.bytes(), sex, iso_from(c["date"], "mdy"))


# ----------------------------------------------------------------------------------------------------------------
# DB7 coagulation with a control column (en)
# ----------------------------------------------------------------------------------------------------------------

DB7_CFG = [
    dict(sex="male", age=74, patient="William K. Brooks", date="02/11/2025", fib_gl=False,
         info="Anticoagulant: warfarin 5 mg daily (atrial fibrillation)", st={"inr": "H"}),
    dict(sex="female", age=49, patient="Patricia Lopez", date="05/27/2025", fib_gl=True,
         info="Pre-operative screen (elective cholecystectomy)", st={}),
    dict(sex="male", age=61, patient="Daniel Fraser", date="10/03/2025", fib_gl=False,
         info="Unfractionated heparin infusion (pulmonary embolism), ICU bed 4",
         st={"aptt": "HH", "tt": "H", "ddimer": "H", "fib": "L", "plt": "L"}),
]


def _db7(i: int, attempt: int) -> Built:
    c = DB7_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB7-{i}-{attempt}", sex, age, "en", c["st"])
    mnpt, isi = 12.0, 1.00
    inr = g.v("inr", "INR", None, 2, (0.9, 1.1), rr=(2.0, 2.4) if c["st"].get("inr") == "H" else None)
    pt = g.d("pt", "Prothrombin Time (PT)", mnpt * inr.value ** (1 / isi), "sec", 1, (11.0, 13.5))
    aptt = g.v("aptt", "aPTT", "sec", 1, (25.0, 35.0))
    if c["fib_gl"]:
        fib = g.v("fib", "Fibrinogen (Clauss)", "g/L", 1, (2.0, 4.0), factor=0.01)
    else:
        fib = g.v("fib", "Fibrinogen (Clauss)", "mg/dL", 0, (200, 400))
    tt = g.v("tt", "Thrombin Time", "sec", 1, (14.0, 19.0))
    dd = g.v("ddimer", "D-Dimer", "ng/mL FEU", 0, (None, 500))
    plt = g.v("plt", "Platelet Count", f"x10³/{MU}L", 0, (150, 400))
    hgb = g.v("hgb", "Hemoglobin", "g/dL", 1, {"male": (13.5, 17.5), "female": (12.0, 15.5)})
    ctl = {
        "pt": fnum(g.rng.uniform(11.8, 12.5), 1, "en"), "inr": fnum(g.rng.uniform(0.98, 1.04), 2, "en"),
        "aptt": fnum(g.rng.uniform(28.0, 31.0), 1, "en"),
        "fib": fnum(g.rng.uniform(2.7, 3.0), 1, "en") if c["fib_gl"] else fnum(g.rng.uniform(270, 300), 0, "en"),
        "tt": fnum(g.rng.uniform(15.5, 16.5), 1, "en"),
    }
    rows = [(pt, ctl["pt"]), (inr, ctl["inr"]), (aptt, ctl["aptt"]), (fib, ctl["fib"]), (tt, ctl["tt"]),
            (dd, "---"), (plt, "---"), (hgb, "---")]
    lab = "Mercy General Hospital - Hemostasis Laboratory"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, size=12, bold=True)
        p.nl(1.4)
        p.t(36, f"Patient: {c['patient']}    Sex: {SEX_EN[sex]}    Age: {age}    MRN: 00{4471902 + i * 97}")
        p.nl()
        p.t(36, f"Collected: {c['date']} 06:30    Specimen: citrated plasma (3.2% sodium citrate)")
        p.nl()
        p.t(36, c["info"], size=7.5)
        p.nl()
        p.rule()
        p.nl(0.3)
        for x, s, rt in ((36, "Test", False), (250, "Patient", True), (320, "Control", True), (335, "Units", False),
                         (410, "Reference Range", False), (520, "Flag", False)):
            p.t(x, s, bold=True, right=rt)
        p.nl(1.3)

    p = Pdf(head, footer=footer_en(lab))
    p.t(36, "COAGULATION", bold=True)
    p.nl()
    for r, cv in rows:
        if r.loinc == LOINC["plt"]:
            p.nl(0.3)
            p.t(36, "HEMATOLOGY", bold=True)
            p.nl()
        pf = {"N": None, "H": "H", "L": "L", "HH": "HH", "LL": "LL"}[r.flag]
        p.t(44, r.name)
        p.t(250, r.text, right=True)
        p.t(320, cv, right=True)
        p.t(335, r.unit or "")
        lo, hi = r.lo, r.hi
        d = max(r.dec, 0)
        p.t(410, f"< {fnum(hi, d, 'en')}" if lo is None else f"{fnum(lo, d, 'en')} - {fnum(hi, d, 'en')}")
        if pf:
            p.t(522, pf, bold=True)
        p.nl()
        out.add(r, pf)
    p.nl()
    notes = [f"PT reagent: recombinant thromboplastin, ISI {isi:.2f}; MNPT {mnpt:.1f} sec. Control = normal pooled plasma.",
             "INR therapeutic range for oral anticoagulation: 2.0 - 3.0 (mechanical mitral valve: 2.5 - 3.5).",
             "The reference range above applies to patients not receiving anticoagulants."]
    if i == 2:
        notes += ["Heparin (UFH) therapeutic aPTT target per protocol: 60 - 100 sec.",
                  "CRITICAL: aPTT called to RN J. Alvarez at 07:12, read back and verified."]
    for line in notes:
        p.t(36, line, size=7)
        p.nl()
    name = f"DB7-coag-control-en-{i + 1:02d}"
    return out.build(name, FAMILIES[6], "en", p.bytes(), sex, iso_from(c["date"], "mdy"))


# ----------------------------------------------------------------------------------------------------------------
# DB8 monospaced dot-leader printout (pt)
# ----------------------------------------------------------------------------------------------------------------

DB8_CFG = [
    dict(sex="male", age=52, patient="JOSE CARLOS PEREIRA", date="12/05/2025", accents=False,
         st={}, micro=False, extra="thyroid"),
    dict(sex="female", age=36, patient="LUCIANA DE ALMEIDA TORRES", date="19/08/2025", accents=True,
         st={"ferr": "L"}, micro=True, hgb_rr=(10.1, 11.2), extra="lipids"),
    dict(sex="female", age=84, patient="ZULMIRA CANDIDA REIS", date="03/11/2025", accents=False,
         st={"wbc": "H", "glu": "LL", "k": "L", "cre": "H", "urea": "H"}, micro=False, hgb_rr=(9.0, 10.6),
         extra="renal"),
]


def _dots(name: str, width: int = 22) -> str:
    return f"{name:.<{width}}:"


def _db8_lines(g: G, c: dict, age: int, sex: str) -> list:
    """('sec', title) | ('row', R, unit, ref) | ('diff', Rpct, Rabs, refpct, refabs)."""
    acc = c["accents"]
    def a(s: str) -> str:
        return _acc(s, acc)

    hgb_ref = {"male": (13.5, 17.5), "female": (12.0, 15.5)}
    hgb = g.v("hgb", "HEMOGLOBINA", "g/dL", 1, hgb_ref, rr=c.get("hgb_rr"),
              state="L" if c.get("hgb_rr") else None)
    wbc = g.v("wbc", a("LEUCÓCITOS"), "/mm3", -1, (3500, 10500), factor=1000)
    core = cbc_core(g, hgb.value, wbc.value / 1000, c["micro"])
    rr = {"male": (4.50, 5.90), "female": (4.00, 5.20)}
    hr = {"male": (41.0, 53.0), "female": (36.0, 46.0)}
    lines: list = [("sec", "ERITROGRAMA"),
                   ("row", g.d("rbc", a("HEMÁCIAS"), core["rbc"], a("milhões/mm3"), 2, rr), rr),
                   ("row", hgb, hgb_ref),
                   ("row", g.d("hct", a("HEMATÓCRITO"), core["hct"], "%", 1, hr), hr),
                   ("row", g.d("mcv", "VCM", core["mcv"], "fL", 1, (80.0, 100.0)), (80.0, 100.0)),
                   ("row", g.d("mch", "HCM", core["mch"], "pg", 1, (27.0, 32.0)), (27.0, 32.0)),
                   ("row", g.d("mchc", "CHCM", core["mchc"], "g/dL", 1, (32.0, 36.0)), (32.0, 36.0)),
                   ("row", g.d("rdw", "RDW", core["rdw"], "%", 1, (11.5, 14.5)), (11.5, 14.5)),
                   ("sec", "LEUCOGRAMA"), ("row", wbc, (3500, 10500))]
    w = wbc.value
    for key, nm, pref, aref in (("neut", a("NEUTRÓFILOS"), (40.0, 75.0), (1700, 7000)),
                                ("lymph", a("LINFÓCITOS"), (20.0, 45.0), (1000, 3500)),
                                ("mono", a("MONÓCITOS"), (2.0, 10.0), (100, 1000)),
                                ("eos", a("EOSINÓFILOS"), (1.0, 6.0), (20, 500)),
                                ("baso", a("BASÓFILOS"), (0.0, 2.0), (0, 200))):
        rp = g.d(f"{key}_p", nm, core[key], "%", 1, pref)
        ra = g.d(f"{key}_a", nm, w * rp.value / 100, "/mm3", 0, aref, factor=1000)
        lines.append(("diff", rp, ra, pref, aref))
    lines += [("sec", "PLAQUETAS"),
              ("row", g.v("plt", "PLAQUETAS", "/mm3", -3, (150000, 450000), factor=1000), (150000, 450000)),
              ("sec", a("BIOQUÍMICA")),
              ("row", g.v("glu", "GLICOSE", "mg/dL", 0, (70, 99)), (70, 99))]
    if c["extra"] == "thyroid":
        cre_ref = {"male": (0.70, 1.30), "female": (0.50, 1.10)}
        lines += [("row", g.v("urea", "UREIA", "mg/dL", 0, (17, 43)), (17, 43)),
                  ("row", g.v("cre", "CREATININA", "mg/dL", 2, cre_ref), cre_ref),
                  ("sec", "HORMONIOS"),
                  ("row", g.v("tsh", "TSH", "uUI/mL", 2, (0.27, 4.20)), (0.27, 4.20)),
                  ("row", g.v("ft4", "T4 LIVRE", "ng/dL", 2, (0.93, 1.70)), (0.93, 1.70))]
    elif c["extra"] == "lipids":
        chol = g.v("chol", "COLESTEROL TOTAL", "mg/dL", 0, (None, 190))
        hdl = g.v("hdl", "HDL COLESTEROL", "mg/dL", 0, (40, None))
        tg = g.v("tg", "TRIGLICÉRIDES", "mg/dL", 0, (None, 150))
        ldl_v = chol.value - hdl.value - tg.value / 5
        if ldl_v < 45:
            raise Ambiguous
        lines += [("row", g.v("ferr", "FERRITINA", "ng/mL", 1, (13, 150)), (13, 150)),
                  ("row", g.cmp("crp", "PROTEÍNA C REATIVA", "<", 0.5, 1, "mg/dL", (None, 0.5)), (None, 0.5)),
                  ("sec", "LIPIDIOS"), ("row", chol, (None, 190)), ("row", hdl, (40, None)), ("row", tg, (None, 150)),
                  ("row", g.d("ldl", "LDL COLESTEROL (CALC.)", ldl_v, "mg/dL", 0, (None, 130)), (None, 130)),
                  ("sec", "HORMÔNIOS"), ("row", g.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)), (0.27, 4.20))]
    else:
        cre = g.v("cre", "CREATININA", "mg/dL", 2, {"male": (0.70, 1.30), "female": (0.50, 1.10)})
        egfr = g.d("egfr", "TFG (CKD-EPI 2021)", ckd_epi_2021(cre.value, age, sex), "mL/min/1,73m2", 0, (60, None))
        lines += [("row", g.v("urea", "UREIA", "mg/dL", 0, (17, 43)), (17, 43)),
                  ("row", cre, {"male": (0.70, 1.30), "female": (0.50, 1.10)}), ("row", egfr, (60, None)),
                  ("row", g.v("na", "SODIO", "mEq/L", 0, (136, 145)), (136, 145)),
                  ("row", g.v("k", "POTASSIO", "mEq/L", 1, (3.5, 5.1)), (3.5, 5.1))]
    return lines


def _db8(i: int, attempt: int) -> Built:
    c = DB8_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB8-{i}-{attempt}", sex, age, "pt", c["st"])
    lines = _db8_lines(g, c, age, sex)
    lab = "LABORATORIO DE ANALISES CLINICAS VIDA LTDA"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, bold=True, size=10)
        p.nl(1.3)
        p.t(36, "RUA XV DE NOVEMBRO, 1020 - CURITIBA/PR - FONE (41) 3322-1100")
        p.nl()
        p.t(36, "-" * 100)
        p.nl()
        p.t(36, f"PACIENTE: {c['patient']:<34} SEXO: {SEX_PT[sex].upper():<10} IDADE: {age} ANOS")
        p.nl()
        p.t(36, f"DATA COLETA: {c['date']:<31} PEDIDO: {558120 + i * 37}   CONVENIO: PARTICULAR")
        p.nl()
        p.t(36, "-" * 100)
        p.nl(1.4)

    p = Pdf(head, font="cour", size=8, lead=1.45, footer=lambda k, n: f"{lab} - PAG. {k}/{n}")

    def rf(ref, dec):
        lo, hi = ref[sex] if isinstance(ref, dict) else ref
        if lo is None:
            return f"(ate {fnum(hi, dec, 'pt')})"
        if hi is None:
            return f"(maior que {fnum(lo, dec, 'pt')})"
        return f"({fnum(lo, dec, 'pt')} a {fnum(hi, dec, 'pt')})"

    for ln in lines:
        if ln[0] == "sec":
            p.need(2)
            p.nl(0.3)
            p.t(36, ln[1], bold=True)
            p.nl()
        elif ln[0] == "row":
            r, ref = ln[1], ln[2]
            p.need()
            p.t(36, f"{_dots(r.name)} {r.text:>9} {r.unit or '':<14}{rf(ref, max(r.dec, 0))}")
            p.nl()
            out.add(r)
        else:
            rp, ra, pref, aref = ln[1:]
            p.need()
            p.t(36, f"{_dots(rp.name)} {rp.text:>9} %   {ra.text:>7} /mm3   {rf(pref, 1):<15}{rf(aref, 0)}")
            p.nl()
            out.add(rp)
            out.add(ra)
    p.nl()
    for s in ("METODOS: HEMOGRAMA EM CONTADOR AUTOMATIZADO (SYSMEX XN) COM REVISAO MICROSCOPICA.",
              "BIOQUIMICA: METODOS ENZIMATICOS AUTOMATIZADOS. HORMONIOS: QUIMIOLUMINESCENCIA."):
        p.t(36, s, size=7)
        p.nl()
    name = f"DB8-dotleader-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[7], "pt", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB9 In Range / Out Of Range columns (US)
# ----------------------------------------------------------------------------------------------------------------

def _qref(r: R, suffix: str = "") -> str:
    """Quest-style reference with the unit in the same column."""
    d = max(r.dec, 0)
    lo, hi = r.lo, r.hi
    if lo is None and hi is None:
        core = ""
    elif lo is None:
        core = f"<{fnum(hi, d, 'en', False)}"
    elif hi is None:
        core = f"> OR = {fnum(lo, d, 'en', False)}"
    else:
        core = f"{fnum(lo, d, 'en', False)}-{fnum(hi, d, 'en', False)}"
    return " ".join(x for x in (core, r.unit or "", suffix) if x)


def _us_cbc(g: G, names: dict, refs: dict, units: dict, micro=False, hgb_rr=None, absdec=0, absmul=1000,
            group=False) -> list[R]:
    """A US CBC with differential; names/refs/units keyed by analyte."""
    hgb = g.v("hgb", names["hgb"], units["hgb"], 1, refs["hgb"], rr=hgb_rr)
    wbc = g.v("wbc", names["wbc"], units["wbc"], 1, refs["wbc"])
    plt = g.v("plt", names["plt"], units["plt"], 0, refs["plt"])
    c = cbc_core(g, hgb.value, wbc.value, micro)
    rows = [wbc, g.d("rbc", names["rbc"], c["rbc"], units["rbc"], 2, refs["rbc"]), hgb,
            g.d("hct", names["hct"], c["hct"], "%", 1, refs["hct"]),
            g.d("mcv", "MCV", c["mcv"], "fL", refs.get("mcvdec", 1), refs["mcv"]),
            g.d("mch", "MCH", c["mch"], "pg", 1, refs["mch"]),
            g.d("mchc", "MCHC", c["mchc"], "g/dL", 1, refs["mchc"]),
            g.d("rdw", "RDW", c["rdw"], "%", 1, refs["rdw"]), plt]
    pcts, abss = [], []
    w = wbc.value
    for key in ("neut", "lymph", "mono", "eos", "baso"):
        rp = g.d(f"{key}_p", names[f"{key}_p"], c[key], "%", refs.get("pdec", 1), (None, None))
        pcts.append(rp)
        abss.append(g.d(f"{key}_a", names[f"{key}_a"], w * rp.value / 100 * absmul, units["abs"], absdec,
                        refs[f"{key}_a"], factor=absmul, group=group))
    return rows + pcts + abss


QUEST_CBC = dict(
    names={"hgb": "HEMOGLOBIN", "wbc": "WHITE BLOOD CELL COUNT", "plt": "PLATELET COUNT", "rbc": "RED BLOOD CELL COUNT",
           "hct": "HEMATOCRIT", "neut_p": "NEUTROPHILS", "lymph_p": "LYMPHOCYTES", "mono_p": "MONOCYTES",
           "eos_p": "EOSINOPHILS", "baso_p": "BASOPHILS", "neut_a": "ABSOLUTE NEUTROPHILS",
           "lymph_a": "ABSOLUTE LYMPHOCYTES", "mono_a": "ABSOLUTE MONOCYTES", "eos_a": "ABSOLUTE EOSINOPHILS",
           "baso_a": "ABSOLUTE BASOPHILS"},
    refs={"hgb": {"female": (11.7, 15.5), "male": (13.2, 17.1)}, "wbc": (3.8, 10.8), "plt": (140, 400),
          "rbc": {"female": (3.80, 5.10), "male": (4.20, 5.80)}, "hct": {"female": (35.0, 45.0), "male": (38.5, 50.0)},
          "mcv": (80.0, 100.0), "mch": (27.0, 33.0), "mchc": (32.0, 36.0), "rdw": (11.0, 15.0),
          "neut_a": (1500, 7800), "lymph_a": (850, 3900), "mono_a": (200, 950), "eos_a": (15, 500),
          "baso_a": (0, 200)},
    units={"hgb": "g/dL", "wbc": "Thousand/uL", "plt": "Thousand/uL", "rbc": "Million/uL", "abs": "cells/uL"},
)

DB9_CFG = [
    dict(sex="female", age=47, patient="Margaret A. Collins", dob="04/12/1978", date="01/28/2025",
         st={"glu": "H", "chol": "H", "ldl": "H", "tg": "H", "alt": "H"}, panels=("cmp", "lipid", "cbc", "a1c", "tsh")),
    dict(sex="male", age=71, patient="James Patel", dob="09/03/1953", date="04/09/2025",
         st={"glu": "H", "cre": "H", "bun": "H", "a1c": "H", "psa": "H", "hdl": "L"},
         panels=("cmp", "ratio", "lipid", "a1c", "psa")),
    dict(sex="female", age=26, patient="Sarah J. O'Connor", dob="12/19/1998", date="07/15/2025",
         st={"glu": "LL", "tsh": "L"}, panels=("cmp", "cbc", "tsh")),
]


def _db9(i: int, attempt: int) -> Built:
    c = DB9_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB9-{i}-{attempt}", sex, age, "en", c["st"])
    secs: list[tuple[str, list[tuple[R, str]]]] = []
    for panel in c["panels"]:
        if panel == "cmp":
            glu = g.v("glu", "GLUCOSE", "mg/dL", 0, (65, 99))
            bun = g.v("bun", "UREA NITROGEN (BUN)", "mg/dL", 0, (7, 25))
            cre = g.v("cre", "CREATININE", "mg/dL", 2, {"female": (0.50, 1.05), "male": (0.70, 1.33)})
            egfr = g.d("egfr", "EGFR", ckd_epi_2021(cre.value, age, sex), "mL/min/1.73m2", 0, (60, None))
            alb = g.v("alb", "ALBUMIN", "g/dL", 1, (3.6, 5.1))
            tp = g.d("tp", "PROTEIN, TOTAL", alb.value + g.rng.uniform(2.3, 3.2), "g/dL", 1, (6.1, 8.1))
            glob = g.d("glob", "GLOBULIN", tp.value - alb.value, "g/dL", 1, (1.9, 3.7))
            agr = g.d("agr", "ALBUMIN/GLOBULIN RATIO", alb.value / glob.value, None, 1, (1.0, 2.5))
            rows = [(glu, ""), (bun, "")]
            if "ratio" in c["panels"]:
                rows.append((g.d("bunratio", "BUN/CREATININE RATIO", bun.value / cre.value, None, 0, (6, 22)),
                             "(calc)"))
            rows += [(cre, ""), (egfr, ""),
                     (g.v("na", "SODIUM", "mmol/L", 0, (135, 146)), ""),
                     (g.v("k", "POTASSIUM", "mmol/L", 1, (3.5, 5.3)), ""),
                     (g.v("cl", "CHLORIDE", "mmol/L", 0, (98, 110)), ""),
                     (g.v("co2", "CARBON DIOXIDE", "mmol/L", 0, (20, 32)), ""),
                     (g.v("ca", "CALCIUM", "mg/dL", 1, (8.6, 10.4)), ""), (tp, ""), (alb, ""), (glob, "(calc)"),
                     (agr, "(calc)"), (g.v("tbil", "BILIRUBIN, TOTAL", "mg/dL", 1, (0.2, 1.2)), ""),
                     (g.v("alp", "ALKALINE PHOSPHATASE", "U/L", 0, (37, 153)), ""),
                     (g.v("ast", "AST", "U/L", 0, {"female": (10, 35), "male": (10, 40)}), ""),
                     (g.v("alt", "ALT", "U/L", 0, {"female": (6, 29), "male": (9, 46)}), "")]
            secs.append(("COMPREHENSIVE METABOLIC PANEL", rows))
        elif panel == "lipid":
            chol = g.v("chol", "CHOLESTEROL, TOTAL", "mg/dL", 0, (None, 200))
            hdl = g.v("hdl", "HDL CHOLESTEROL", "mg/dL", 0, {"female": (50, None), "male": (40, None)})
            tg = g.v("tg", "TRIGLYCERIDES", "mg/dL", 0, (None, 150))
            ldl_v = chol.value - hdl.value - tg.value / 5
            if ldl_v < 45:
                raise Ambiguous
            secs.append(("LIPID PANEL, STANDARD", [
                (chol, ""), (hdl, ""), (tg, ""),
                (g.d("ldl", "LDL-CHOLESTEROL", ldl_v, "mg/dL", 0, (None, 100)), "(calc)"),
                (g.d("cholhdl", "CHOL/HDLC RATIO", chol.value / hdl.value, None, 1, (None, 5.0)), "(calc)"),
                (g.d("nonhdl", "NON HDL CHOLESTEROL", chol.value - hdl.value, "mg/dL", 0, (None, 130)), "(calc)")]))
        elif panel == "cbc":
            secs.append(("CBC (INCLUDES DIFF/PLT)",
                         [(r, "") for r in _us_cbc(g, QUEST_CBC["names"], QUEST_CBC["refs"], QUEST_CBC["units"])]))
        elif panel == "a1c":
            secs.append(("HEMOGLOBIN A1c", [(g.v("a1c", "HEMOGLOBIN A1c", "% of total Hgb", 1, (None, 5.7)), "")]))
        elif panel == "tsh":
            secs.append(("TSH", [(g.v("tsh", "TSH", "mIU/L", 2, (0.40, 4.50)), "")]))
        elif panel == "psa":
            psa = g.v("psa", "PSA, TOTAL", "ng/mL", 1, (None, 4.0))
            secs.append(("PSA, TOTAL", [(psa, "")]))
    lab = "Quest-Style Diagnostics"
    out = Out()

    def head(p: Pdf):
        p.t(36, "Patient Report", size=12, bold=True)
        p.t(400, lab, size=9, bold=True)
        p.nl(1.5)
        p.t(36, f"Patient: {c['patient'].upper()}")
        p.t(300, f"DOB: {c['dob']}   Age: {age}   Gender: {'F' if sex == 'female' else 'M'}")
        p.nl()
        p.t(36, f"Collected: {c['date']} / 07:45 EST")
        p.t(300, "Fasting: YES    Specimen: EN881204X")
        p.nl()
        p.rule()
        p.nl(0.3)
        for x, s, rt in ((36, "Test Name", False), (285, "In Range", True), (352, "Out Of Range", True),
                         (385, "Reference Range", False), (545, "Lab", False)):
            p.t(x, s, bold=True, right=rt)
        p.nl(1.3)

    p = Pdf(head, size=8, footer=footer_en(lab))
    for title, rows in secs:
        p.need(2)
        p.nl(0.3)
        p.t(36, title, bold=True)
        p.nl()
        for r, suffix in rows:
            p.need()
            p.t(44, r.name)
            pf = {"N": None, "H": "H", "L": "L", "HH": "H", "LL": "L"}[r.flag]
            if pf:
                p.t(340, r.text, right=True)
                p.t(343, pf, bold=True)
            else:
                p.t(285, r.text, right=True)
            p.t(385, _qref(r, suffix))
            p.t(545, "EZ" if r.loinc not in (LOINC["a1c"], LOINC["psa"]) else "Z4M")
            p.nl()
            out.add(r, pf)
        if title == "COMPREHENSIVE METABOLIC PANEL" and any(r.flag == "LL" for r, _ in rows):
            p.t(52, "GLUCOSE: critical value verified by repeat analysis; called to and read back by M. Ortiz.",
                size=7)
            p.nl()
        if title.startswith("CBC"):
            p.t(52, "Absolute counts are calculated from the WBC and the percentage of each cell type.", size=7)
            p.nl()
    p.nl()
    p.t(36, "eGFR: CKD-EPI 2021 equation without a race variable. LDL-C calculated. "
        "Lab EZ: Quest-Style Diagnostics East; Z4M: Main Lab.", size=7)
    p.nl()
    name = f"DB9-inout-range-en-{i + 1:02d}"
    return out.build(name, FAMILIES[8], "en", p.bytes(), sex, iso_from(c["date"], "mdy"))


# ----------------------------------------------------------------------------------------------------------------
# DB10 Final Result / Flag words (US)
# ----------------------------------------------------------------------------------------------------------------

LC_CBC = dict(
    names={"hgb": "Hemoglobin", "wbc": "WBC", "plt": "Platelets", "rbc": "RBC", "hct": "Hematocrit",
           "neut_p": "Neutrophils", "lymph_p": "Lymphs", "mono_p": "Monocytes", "eos_p": "Eos", "baso_p": "Basos",
           "neut_a": "Neutrophils (Absolute)", "lymph_a": "Lymphs (Absolute)", "mono_a": "Monocytes(Absolute)",
           "eos_a": "Eos (Absolute)", "baso_a": "Baso (Absolute)"},
    refs={"hgb": {"female": (11.1, 15.9), "male": (13.0, 17.7)}, "wbc": (3.4, 10.8), "plt": (150, 450),
          "rbc": {"female": (3.77, 5.28), "male": (4.14, 5.80)}, "hct": {"female": (34.0, 46.6), "male": (37.5, 51.0)},
          "mcv": (79, 97), "mcvdec": 0, "mch": (26.6, 33.0), "mchc": (31.5, 35.7), "rdw": (11.7, 15.4),
          "neut_a": (1.4, 7.0), "lymph_a": (0.7, 3.1), "mono_a": (0.1, 0.9), "eos_a": (0.0, 0.4),
          "baso_a": (0.0, 0.2), "pdec": 0},
    units={"hgb": "g/dL", "wbc": "x10E3/uL", "plt": "x10E3/uL", "rbc": "x10E6/uL", "abs": "x10E3/uL"},
)

DB10_CFG = [
    dict(sex="male", age=63, patient="Michael Chen", dob="02/17/1962", date="03/03/2025",
         st={"glu": "H", "a1c": "H", "chol": "H", "tg": "H", "hdl": "L", "psa": "H"}, panels=("cmp", "lipid", "misc")),
    dict(sex="female", age=38, patient="Jennifer M. Alvarez", dob="06/05/1987", date="08/21/2025",
         st={"wbc": "LL", "hgb": "LL", "plt": "LL"}, panels=("cbc",)),
    dict(sex="male", age=79, patient="Harold E. Simmons", dob="10/09/1945", date="11/06/2025",
         st={"k": "HH", "cre": "H", "bun": "H", "na": "L", "co2": "L", "glu": "H", "hgb": "L"},
         panels=("bmp", "cbcshort")),
]


def _db10(i: int, attempt: int) -> Built:
    c = DB10_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB10-{i}-{attempt}", sex, age, "en", c["st"])
    secs: list[tuple[str, list[R]]] = []
    cre_ref = {"male": (0.76, 1.27), "female": (0.57, 1.00)}
    for panel in c["panels"]:
        if panel in ("cmp", "bmp"):
            glu = g.v("glu", "Glucose", "mg/dL", 0, (70, 99))
            bun = g.v("bun", "BUN", "mg/dL", 0, (8, 27))
            cre = g.v("cre", "Creatinine", "mg/dL", 2, cre_ref)
            egfr = g.d("egfr", "eGFR", ckd_epi_2021(cre.value, age, sex), "mL/min/1.73", 0, (59, None))
            ratio = g.d("bunratio", "BUN/Creatinine Ratio", bun.value / cre.value, None, 0, (10, 24))
            rows = [glu, bun, cre, egfr, ratio, g.v("na", "Sodium", "mmol/L", 0, (134, 144)),
                    g.v("k", "Potassium", "mmol/L", 1, (3.5, 5.2)), g.v("cl", "Chloride", "mmol/L", 0, (96, 106)),
                    g.v("co2", "Carbon Dioxide, Total", "mmol/L", 0, (20, 29)),
                    g.v("ca", "Calcium", "mg/dL", 1, (8.6, 10.2))]
            if panel == "cmp":
                alb = g.v("alb", "Albumin", "g/dL", 1, (3.8, 4.9))
                tp = g.d("tp", "Protein, Total", alb.value + g.rng.uniform(2.2, 3.1), "g/dL", 1, (6.0, 8.5))
                glob = g.d("glob", "Globulin, Total", tp.value - alb.value, "g/dL", 1, (1.5, 4.5))
                rows += [tp, alb, glob, g.d("agr", "A/G Ratio", alb.value / glob.value, None, 1, (1.2, 2.2)),
                         g.v("tbil", "Bilirubin, Total", "mg/dL", 1, (0.0, 1.2)),
                         g.v("alp", "Alkaline Phosphatase", "IU/L", 0, (44, 121)),
                         g.v("ast", "AST (SGOT)", "IU/L", 0, (0, 40)), g.v("alt", "ALT (SGPT)", "IU/L", 0, (0, 44))]
                secs.append(("Comp. Metabolic Panel (14)", rows))
            else:
                rows += [g.v("mg", "Magnesium", "mg/dL", 1, (1.6, 2.3)),
                         g.v("phos", "Phosphorus", "mg/dL", 1, (2.8, 4.1))]
                secs.append(("Basic Metabolic Panel (8) + Mg, Phos", rows))
        elif panel == "lipid":
            chol = g.v("chol", "Cholesterol, Total", "mg/dL", 0, (100, 199))
            tg = g.v("tg", "Triglycerides", "mg/dL", 0, (0, 149))
            hdl = g.v("hdl", "HDL Cholesterol", "mg/dL", 0, (39, None))
            ldl_v = ldl_nih(chol.value, hdl.value, tg.value)
            if ldl_v < 45:
                raise Ambiguous
            ldl = g.d("ldl", "LDL Chol Calc (NIH)", ldl_v, "mg/dL", 0, (0, 99))
            vldl = g.d("vldl", "VLDL Cholesterol Cal", chol.value - hdl.value - ldl.value, "mg/dL", 0, (5, 40))
            secs.append(("Lipid Panel", [chol, tg, hdl, vldl, ldl]))
        elif panel == "misc":
            secs.append(("Hemoglobin A1c / TSH / PSA", [
                g.v("a1c", "Hemoglobin A1c", "%", 1, (4.8, 5.6)),
                g.v("tsh", "TSH", "uIU/mL", 3, (0.450, 4.500)),
                g.v("psa", "Prostate Specific Ag", "ng/mL", 1, (0.0, 4.0))]))
        elif panel == "cbc":
            secs.append(("CBC With Differential/Platelet",
                         _us_cbc(g, LC_CBC["names"], LC_CBC["refs"], LC_CBC["units"], absdec=1, absmul=1)))
        elif panel == "cbcshort":
            rows = _us_cbc(g, LC_CBC["names"], LC_CBC["refs"], LC_CBC["units"], absdec=1, absmul=1)
            keep = {LOINC["wbc"], LOINC["hgb"], LOINC["hct"], LOINC["plt"], LOINC["mcv"]}
            secs.append(("CBC", [r for r in rows if r.loinc in keep]))
    lab = "LabCorp-Style Laboratories"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, size=12, bold=True)
        p.nl(1.4)
        p.t(36, f"Patient Name: {c['patient']}    DOB: {c['dob']}    Age: {age}    Sex: {SEX_EN[sex]}")
        p.nl()
        p.t(36, f"Date Collected: {c['date']}    Date Reported: {c['date']}    Ordering Physician: K. Osei, MD")
        p.nl()
        p.rule()
        p.nl(0.3)
        for x, s, rt in ((36, "Test", False), (268, "Final Result", True), (282, "Flag", False),
                         (335, "Units", False), (420, "Reference Interval", False)):
            p.t(x, s, bold=True, right=rt)
        p.nl(1.3)

    p = Pdf(head, footer=footer_en(lab))
    flagword = {"N": None, "H": "High", "L": "Low", "HH": "Critical", "LL": "Critical"}
    for title, rows in secs:
        p.need(2)
        p.nl(0.3)
        p.t(36, title, bold=True)
        p.nl()
        for r in rows:
            p.need()
            pf = flagword[r.flag]
            p.t(44, r.name)
            p.t(262, r.text, right=True)
            if pf:
                p.t(282, pf, bold=True)
            p.t(335, r.unit or "")
            d = max(r.dec, 0)
            if r.lo is None and r.hi is None:
                ref = "Not Estab."
            elif r.hi is None:
                ref = f">{fnum(r.lo, d, 'en', False)}"
            else:
                ref = f"{fnum(r.lo, d, 'en', False)}-{fnum(r.hi, d, 'en', False)}"
            p.t(420, ref)
            p.nl()
            out.add(r, pf)
    p.nl()
    for line in ("eGFR: CKD-EPI 2021 (race-free). LDL calculated with the NIH (Sampson) equation.",
                 "Critical results were phoned to the ordering provider's office and read back.") if i != 1 else (
                 "Critical results (WBC, Hemoglobin, Platelets) phoned to Dr. Osei at 14:05 and read back.",
                 "Manual differential performed; smear reviewed by a pathologist."):
        p.t(36, line, size=7)
        p.nl()
    name = f"DB10-flagword-en-{i + 1:02d}"
    return out.build(name, FAMILIES[9], "en", p.bytes(), sex, iso_from(c["date"], "mdy"))


# ----------------------------------------------------------------------------------------------------------------
# DB11 Indian report with some wrong printed flags (en)
# ----------------------------------------------------------------------------------------------------------------

DB11_CFG = [
    dict(sex="male", age=45, patient="Mr. Rajesh Kumar", date="14/01/2025", ref_by="Dr. A. Mehta (MD)",
         st={"alt": "H", "tg": "H", "vitd": "L", "chol": "H"},
         wrong={"Haemoglobin": "L", "SGPT (ALT)": None, "TSH": "H"}),
    dict(sex="female", age=62, patient="Mrs. Sunita Sharma", date="22/04/2025", ref_by="Dr. P. Nair (MD)",
         st={"hgb": "L", "wbc": "H", "plt": "LL", "glu": "H", "a1c": "H", "esr": "H", "b12": "L"}, hgb_rr=(9.0, 10.4),
         wrong={"Haemoglobin": "H", "Total Leucocyte Count": None, "ESR (Westergren)": "L"}),
    dict(sex="male", age=28, patient="Mr. Venkatesh Iyer", date="30/09/2025", ref_by="Self",
         st={"chol": "H", "ldl": "H"},
         wrong={"Fasting Blood Sugar": "H", "MCV": "L", "Total Cholesterol": "L"}),
]


def _db11(i: int, attempt: int) -> Built:
    c = DB11_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB11-{i}-{attempt}", sex, age, "en", c["st"])
    hgb = g.v("hgb", "Haemoglobin", "g/dL", 1, {"male": (13.0, 17.0), "female": (12.0, 15.0)}, rr=c.get("hgb_rr"))
    tlc = g.v("wbc", "Total Leucocyte Count", "/cumm", -2, (4000, 11000), factor=1000)
    co = cbc_core(g, hgb.value, tlc.value / 1000, micro=i == 1)
    rbc = g.d("rbc", "RBC Count", co["rbc"], "mill/cumm", 2, {"male": (4.5, 5.5), "female": (3.8, 4.8)})
    pcv = g.d("hct", "Packed cell volume", co["hct"] / 100, "L/L", 2, {"male": (0.40, 0.50), "female": (0.36, 0.46)},
              factor=0.01)
    idx = [g.d("mcv", "MCV", co["mcv"], "fL", 1, (83.0, 101.0)), g.d("mch", "MCH", co["mch"], "pg", 1, (27.0, 32.0)),
           g.d("mchc", "MCHC", co["mchc"], "g/dL", 1, (31.5, 34.5)),
           g.d("rdw", "RDW-CV", co["rdw"], "%", 1, (11.6, 14.0))]
    ints = {k: round(co[k]) for k in ("lymph", "mono", "eos", "baso")}
    ints["neut"] = 100 - sum(ints.values())
    dlc = []
    for key, nm, ref in (("neut", "Neutrophils", (40, 80)), ("lymph", "Lymphocytes", (20, 40)),
                         ("eos", "Eosinophils", (1, 6)), ("mono", "Monocytes", (2, 10)),
                         ("baso", "Basophils", (0, 2))):
        dlc.append(g.d(f"{key}_p", nm, ints[key], "%", 0, ref))
    anc = g.d("neut_a", "Absolute Neutrophil Count", tlc.value * ints["neut"] / 100, "/cumm", 0, (2000, 7000),
              factor=1000)
    alc = g.d("lymph_a", "Absolute Lymphocyte Count", tlc.value * ints["lymph"] / 100, "/cumm", 0, (1000, 3000),
              factor=1000)
    plt = g.v("plt", "Platelet Count", "lakhs/cumm", 2, (1.5, 4.1), factor=0.01)
    esr = g.v("esr", "ESR (Westergren)", "mm/hr", 0, {"male": (0, 15), "female": (0, 20)})
    cbc = [hgb, tlc, rbc, pcv] + idx + [("DIFFERENTIAL LEUCOCYTE COUNT",)] + dlc + [anc, alc, plt, esr]
    chol = g.v("chol", "Total Cholesterol", "mg/dL", 0, (None, 200))
    tg = g.v("tg", "Triglycerides", "mg/dL", 0, (None, 150))
    hdl = g.v("hdl", "HDL Cholesterol", "mg/dL", 0, (40, None))
    ldl_v = chol.value - hdl.value - tg.value / 5
    if ldl_v < 45:
        raise Ambiguous
    lipid = [chol, tg, hdl, g.d("ldl", "LDL Cholesterol", ldl_v, "mg/dL", 0, (None, 100)),
             g.d("vldl", "VLDL Cholesterol", tg.value / 5, "mg/dL", 0, (None, 30)),
             g.d("cholhdl", "Total Cholesterol/HDL Ratio", chol.value / hdl.value, None, 1, (None, 5.0))]
    bio = [g.v("glu", "Fasting Blood Sugar", "mg/dL", 0, (70, 100)),
           g.v("a1c", "HbA1c (Glycosylated Haemoglobin)", "%", 1, (None, 5.7)),
           g.v("cre", "Serum Creatinine", "mg/dL", 2, {"male": (0.7, 1.3), "female": (0.6, 1.1)}),
           g.v("urea", "Blood Urea", "mg/dL", 0, (17, 43)),
           g.v("ast", "SGOT (AST)", "U/L", 0, (5, 40)), g.v("alt", "SGPT (ALT)", "U/L", 0, (7, 56)),
           g.v("tsh", "TSH", f"{MU}IU/mL", 2, (0.35, 5.50))]
    vit = [g.v("vitd", "Vitamin D (25-OH)", "ng/mL", 1, (30, 100)), g.v("b12", "Vitamin B12", "pg/mL", 0, (211, 911))]
    lab = "Lifeline Diagnostics & Pathology Lab"
    out = Out()

    def head(p: Pdf):
        p.t(36, lab, size=13, bold=True)
        p.nl(1.3)
        p.t(36, "NABL accredited | Plot 14, Sector 18, Gurugram, Haryana | Ph: 0124-4567890", size=7)
        p.nl(1.5)
        p.t(36, f"Name: {c['patient']}")
        p.t(330, f"Age/Sex: {age} Yrs / {SEX_EN[sex]}")
        p.nl()
        p.t(36, f"Ref. By: {c['ref_by']}")
        p.t(330, f"Sample Collected: {c['date']} 09:10 AM")
        p.nl()
        p.rule()
        p.nl(0.3)
        for x, s, rt in ((36, "Test Name", False), (270, "Result", True), (330, "Unit", False),
                         (420, "Bio. Ref. Interval", False)):
            p.t(x, s, bold=True, right=rt)
        p.nl(1.3)

    p = Pdf(head, footer=lambda k, n: f"{lab} - This is a computer generated report.   Page {k} of {n}")
    wrong = dict(c["wrong"])
    sections = [("HAEMATOLOGY - COMPLETE BLOOD COUNT (CBC)", cbc), ("BIOCHEMISTRY", bio), ("LIPID PROFILE", lipid),
                ("VITAMINS", vit)]
    for title, rows in sections:
        p.need(2)
        p.nl(0.3)
        p.t(36, title, bold=True)
        p.nl()
        for r in rows:
            if isinstance(r, tuple):
                p.t(40, r[0], bold=True, size=7.5)
                p.nl()
                continue
            p.need(4 if r.loinc == LOINC["vitd"] else 1)
            true_pf = {"N": None, "H": "H", "L": "L", "HH": "H", "LL": "L"}[r.flag]
            if r.name in wrong:
                pf = wrong.pop(r.name)
                if pf == true_pf:
                    raise ValueError(f"DB11 wrong flag for {r.name} is not wrong")
            else:
                pf = true_pf
            p.t(44, r.name)
            p.t(270, r.text, right=True)
            if pf:
                p.t(274, pf, bold=True)
            p.t(330, r.unit or "")
            d = max(r.dec, 0)
            if r.loinc == LOINC["vitd"]:
                for lbl, txt in (("Deficiency", "< 20"), ("Insufficiency", "20 - 30"), ("Sufficiency", "30 - 100"),
                                 ("Toxicity", "> 100")):
                    p.t(420, lbl, size=7.5)
                    p.t(490, txt, size=7.5)
                    p.nl(size=7.5)
                p.nl(-1, size=7.5)
            elif r.lo is None:
                p.t(420, f"< {fnum(r.hi, d, 'en')}")
            elif r.hi is None:
                p.t(420, f"> {fnum(r.lo, d, 'en')}")
            else:
                p.t(420, f"{fnum(r.lo, d, 'en')} - {fnum(r.hi, d, 'en')}")
            p.nl()
            out.add(r, pf)
    if wrong:
        raise ValueError(f"DB11 wrong flags not placed: {wrong}")
    p.nl()
    for line in ("HbA1c: Non-diabetic < 5.7 %; Pre-diabetic 5.7 - 6.4 %; Diabetic >= 6.5 % (ADA).",
                 "Platelet count 1 lakh/cumm = 100,000/cumm. Kindly correlate clinically.", "*** End of Report ***"):
        p.t(36, line, size=7)
        p.nl()
    name = f"DB11-wrongflag-en-{i + 1:02d}"
    return out.build(name, FAMILIES[10], "en", p.bytes(), sex, iso_from(c["date"]))


# ----------------------------------------------------------------------------------------------------------------
# DB12 scanned Portuguese pages (PNG)
# ----------------------------------------------------------------------------------------------------------------

DB12_CFG = [
    dict(sex="female", age=45, patient="Rosângela Pires Machado", date="11/03/2025", style="table", dpi=180,
         angle=0.8, st={"glu": "H", "chol": "H", "tg": "H", "ferr": "L"}),
    dict(sex="male", age=70, patient="RAIMUNDO NONATO COSTA", date="06/06/2025", style="dots", dpi=170,
         angle=-1.4, st={"hgb": "L", "plt": "L", "a1c": "H", "cre": "H", "k": "H", "psa": "H", "uric": "H"}),
    dict(sex="male", age=33, patient="Thiago Henrique Lopes", date="28/10/2025", style="below", dpi=175,
         angle=0.6, st={"ggt": "H", "alt": "H", "tg": "H", "hdl": "L", "vitd": "L"}),
]


def _db12(i: int, attempt: int) -> Built:
    c = DB12_CFG[i]
    sex, age = c["sex"], c["age"]
    g = G(f"DB12-{i}-{attempt}", sex, age, "pt", c["st"])
    hgb_ref = {"male": (13.5, 17.5), "female": (12.0, 15.5)}
    cre_ref = {"male": (0.70, 1.30), "female": (0.50, 1.10)}
    out = Out()
    if c["style"] == "table":
        hgb = g.v("hgb", "Hemoglobina", "g/dL", 1, hgb_ref)
        core = cbc_core(g, hgb.value, 7.0)
        chol = g.v("chol", "Colesterol total", "mg/dL", 0, (None, 190))
        hdl = g.v("hdl", "HDL-colesterol", "mg/dL", 0, (40, None))
        tg = g.v("tg", "Triglicérides", "mg/dL", 0, (None, 150))
        ldl_v = chol.value - hdl.value - tg.value / 5
        if ldl_v < 45:
            raise Ambiguous
        rows = [hgb, g.d("hct", "Hematócrito", core["hct"], "%", 1, {"male": (41.0, 53.0), "female": (36.0, 46.0)}),
                g.v("wbc", "Leucócitos", "/mm³", -1, (3500, 10500), factor=1000),
                g.v("plt", "Plaquetas", "/mm³", -3, (150000, 450000), factor=1000),
                g.v("glu", "Glicose", "mg/dL", 0, (70, 99)), g.v("cre", "Creatinina", "mg/dL", 2, cre_ref),
                g.v("urea", "Ureia", "mg/dL", 0, (17, 43)), g.v("na", "Sódio", "mEq/L", 0, (136, 145)),
                g.v("k", "Potássio", "mEq/L", 1, (3.5, 5.1)),
                g.v("ast", "TGO", "U/L", 0, {"male": (None, 40), "female": (None, 32)}),
                g.v("alt", "TGP", "U/L", 0, {"male": (None, 41), "female": (None, 33)}),
                chol, hdl, tg, g.d("ldl", "LDL-colesterol (calculado)", ldl_v, "mg/dL", 0, (None, 130)),
                g.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)), g.v("ferr", "Ferritina", "ng/mL", 1, (13, 150))]
        lab = "Laboratório Vital Diagnósticos"
        p = Pdf(header_pt(lab, "Rua da Bahia, 905 - Belo Horizonte/MG", c["patient"], sex, age, c["date"]), size=9)
        for x, s in ((36, "Exame"), (260, "Resultado"), (330, "Unidade"), (410, "Valores de referência")):
            p.t(x, s, bold=True)
        p.nl(1.4)
        for r in rows:
            p.t(36, r.name)
            p.t(300, r.text, right=True)
            p.t(330, r.unit or "")
            lo, hi = r.lo, r.hi
            d = max(r.dec, 0)
            if r.loinc in (LOINC["chol"], LOINC["tg"], LOINC["ldl"]):
                ref = f"Desejável: < {fnum(hi, d, 'pt')}"
            elif r.loinc == LOINC["hdl"]:
                ref = f"Desejável: > {fnum(lo, d, 'pt')}"
            else:
                ref = rpt(lo, hi, d)
            p.t(410, ref)
            p.nl()
            out.add(r)
        p.nl()
        p.t(36, "Conferido e liberado por: Dra. Marta S. Queiroz - CRF-MG 18.204", size=8)
    elif c["style"] == "dots":
        hgb = g.v("hgb", "HEMOGLOBINA", "g/dL", 1, hgb_ref)
        core = cbc_core(g, hgb.value, 6.5)
        cre = g.v("cre", "CREATININA", "mg/dL", 2, cre_ref)
        rows = [(hgb, hgb_ref),
                (g.d("hct", "HEMATOCRITO", core["hct"], "%", 1, {"male": (41.0, 53.0), "female": (36.0, 46.0)}),
                 {"male": (41.0, 53.0), "female": (36.0, 46.0)}),
                (g.v("wbc", "LEUCOCITOS", "/mm3", -1, (3500, 10500), factor=1000), (3500, 10500)),
                (g.v("plt", "PLAQUETAS", "/mm3", -3, (150000, 450000), factor=1000), (150000, 450000)),
                (g.v("glu", "GLICOSE", "mg/dL", 0, (70, 99)), (70, 99)),
                (g.v("a1c", "HEMOGLOBINA GLICADA", "%", 1, (None, 5.7)), (None, 5.7)),
                (cre, cre_ref),
                (g.d("egfr", "TFG ESTIMADA", ckd_epi_2021(cre.value, age, sex), "mL/min/1,73m2", 0, (60, None)),
                 (60, None)),
                (g.v("urea", "UREIA", "mg/dL", 0, (17, 43)), (17, 43)),
                (g.v("k", "POTASSIO", "mEq/L", 1, (3.5, 5.1)), (3.5, 5.1)),
                (g.v("na", "SODIO", "mEq/L", 0, (136, 145)), (136, 145)),
                (g.v("uric", "ACIDO URICO", "mg/dL", 1, {"male": (3.4, 7.0), "female": (2.4, 5.7)}),
                 {"male": (3.4, 7.0), "female": (2.4, 5.7)}),
                (g.v("psa", "PSA TOTAL", "ng/mL", 2, (None, 4.0)), (None, 4.0))]
        lab = "LABORATORIO POPULAR DE ANALISES - UNIDADE CENTRO"

        def head(p: Pdf):
            p.t(36, lab, bold=True, size=10)
            p.nl(1.3)
            p.t(36, "-" * 92)
            p.nl()
            p.t(36, f"PACIENTE: {c['patient']:<30} SEXO: {SEX_PT[sex].upper():<10} IDADE: {age} ANOS")
            p.nl()
            p.t(36, f"DATA DA COLETA: {c['date']}")
            p.nl()
            p.t(36, "-" * 92)
            p.nl(1.5)

        p = Pdf(head, font="cour", size=9, lead=1.6)
        for r, ref in rows:
            lo, hi = ref[sex] if isinstance(ref, dict) else ref
            d = max(r.dec, 0)
            rf = (f"(ATE {fnum(hi, d, 'pt')})" if lo is None else f"(MAIOR QUE {fnum(lo, d, 'pt')})" if hi is None
                  else f"({fnum(lo, d, 'pt')} A {fnum(hi, d, 'pt')})")
            p.t(36, f"{_dots(r.name, 22)} {r.text:>9} {r.unit or '':<14}{rf}")
            p.nl()
            out.add(r)
        p.nl()
        p.t(36, "TFG ESTIMADA PELA EQUACAO CKD-EPI 2021.", size=8)
    else:
        chol = g.v("chol", "COLESTEROL TOTAL", "mg/dL", 0, (None, 190))
        hdl = g.v("hdl", "HDL-COLESTEROL", "mg/dL", 0, (40, None))
        tg = g.v("tg", "TRIGLICÉRIDES", "mg/dL", 0, (None, 150))
        ldl_v = chol.value - hdl.value - tg.value / 5
        if ldl_v < 45:
            raise Ambiguous
        rows = [(g.v("glu", "GLICOSE", "mg/dL", 0, (70, 99)), "70 a 99 mg/dL"),
                (g.v("cre", "CREATININA", "mg/dL", 2, cre_ref), "Homens: 0,70 a 1,30 | Mulheres: 0,50 a 1,10 mg/dL"),
                (g.v("ast", "TGO (AST)", "U/L", 0, {"male": (None, 40), "female": (None, 32)}),
                 "Homens: até 40 U/L | Mulheres: até 32 U/L"),
                (g.v("alt", "TGP (ALT)", "U/L", 0, {"male": (None, 41), "female": (None, 33)}),
                 "Homens: até 41 U/L | Mulheres: até 33 U/L"),
                (g.v("ggt", "GAMA GT", "U/L", 0, {"male": (10, 71), "female": (6, 42)}),
                 "Homens: 10 a 71 U/L | Mulheres: 6 a 42 U/L"),
                (g.v("tbil", "BILIRRUBINA TOTAL", "mg/dL", 2, (0.30, 1.20)), "0,30 a 1,20 mg/dL"),
                (chol, "Desejável: inferior a 190 mg/dL"), (hdl, "Desejável: superior a 40 mg/dL"),
                (tg, "Inferior a 150 mg/dL (jejum)"),
                (g.d("ldl", "LDL-COLESTEROL", ldl_v, "mg/dL", 0, (None, 130)), "Desejável: inferior a 130 mg/dL"),
                (g.v("tsh", "TSH", "µUI/mL", 2, (0.27, 4.20)), "0,27 a 4,20 µUI/mL"),
                (g.v("ft4", "T4 LIVRE", "ng/dL", 2, (0.93, 1.70)), "0,93 a 1,70 ng/dL"),
                (g.v("vitd", "VITAMINA D (25-OH)", "ng/mL", 1, (20, None)), "Superior a 20 ng/mL"),
                (g.cmp("crp", "PROTEÍNA C REATIVA", "<", 0.5, 1, "mg/dL", (None, 0.5)), "Inferior a 0,5 mg/dL")]
        lab = "Clínica e Laboratório Santa Marta"
        p = Pdf(header_pt(lab, "Av. Independência, 77 - Porto Alegre/RS", c["patient"], sex, age, c["date"],
                          extra=("Material: Soro (exceto quando indicado)   Jejum: 12 horas",)), size=8.5)
        for r, reftxt in rows:
            pf = {"N": None, "H": "ALTO", "L": "BAIXO"}[r.flag]
            p.t(36, r.name, bold=True)
            p.t(330, r.text, right=True)
            p.t(336, r.unit or "")
            if pf:
                p.t(420, pf, bold=True)
            p.nl()
            p.t(48, f"V.R.: {reftxt}", size=7.5)
            p.nl(1.25, size=8)
            out.add(r, pf)
    pdf = p.bytes()
    png = scan(pdf, f"DB12-{i}", c["dpi"], c["angle"])
    name = f"DB12-scan-pt-{i + 1:02d}"
    return out.build(name, FAMILIES[11], "pt", pdf, sex, iso_from(c["date"]), png=png)


# ----------------------------------------------------------------------------------------------------------------
# Assembly and self-check
# ----------------------------------------------------------------------------------------------------------------

BUILDERS = ((_db1, 3), (_db2, 3), (_db3, 3), (_db4, 3), (_db5, 3), (_db6, 3), (_db7, 3), (_db8, 3), (_db9, 3),
            (_db10, 3), (_db11, 3), (_db12, 3))


def _build_all() -> list[Built]:
    return [retry(fn, i) for fn, n in BUILDERS for i in range(n)]


def reports() -> list[GeneratedReport]:
    return [b.report for b in _build_all()]


def _self_check(built: list[Built]) -> list[str]:
    problems = []
    names = [b.report.name for b in built]
    if len(set(names)) != len(names):
        problems.append("duplicate report names")
    for fam in FAMILIES:
        n = sum(b.report.family == fam for b in built)
        if not 2 <= n <= 3:
            problems.append(f"{fam}: {n} reports")
    for b in built:
        rep = b.report
        doc = fitz.open(stream=b.text_pdf, filetype="pdf")
        if len(doc) > 2:
            problems.append(f"{rep.name}: {len(doc)} pages")
        text = "\n".join(pg.get_text() for pg in doc)
        for name, value in b.checks:
            if name not in text:
                problems.append(f"{rep.name}: name {name!r} not in the text layer")
            if value not in text:
                problems.append(f"{rep.name}: value {value!r} ({name}) not in the text layer")
        if rep.mime_type == "image/png":
            Image.open(io.BytesIO(rep.content)).verify()
        for e in rep.expected:
            if e.qualitative is not None:
                if e.value is not None or e.flag != "N":
                    problems.append(f"{rep.name}: qualitative {e.name_as_printed} malformed")
                continue
            if e.comparator is None and e.value is not None:
                low = e.ref_low is not None and e.value < e.ref_low
                high = e.ref_high is not None and e.value > e.ref_high
                want = "L" if low else "H" if high else "N"
                if e.flag[:1] != want:
                    problems.append(f"{rep.name}: {e.name_as_printed} flag {e.flag} vs value/ref {want}")
    return problems


def main(argv: list[str]) -> int:
    built = _build_all()
    again = _build_all()
    same = [(b.report.name, b.report.content, b.report.expected) for b in built] == \
           [(b.report.name, b.report.content, b.report.expected) for b in again]
    problems = _self_check(built)
    if not same:
        problems.append("two generations differ (not deterministic)")
    total = 0
    for fam in FAMILIES:
        reps = [b.report for b in built if b.report.family == fam]
        n = sum(len(r.expected) for r in reps)
        total += n
        flags = {}
        for r in reps:
            for e in r.expected:
                flags[e.flag] = flags.get(e.flag, 0) + 1
        print(f"{fam:24s} reports={len(reps)} results={n:4d} flags={dict(sorted(flags.items()))}")
    print(f"total reports={len(built)} results={total}")
    if len(argv) > 1:
        outdir = Path(argv[1])
        outdir.mkdir(parents=True, exist_ok=True)
        for b in built:
            rep = b.report
            ext = "png" if rep.mime_type == "image/png" else "pdf"
            (outdir / f"{rep.name}.{ext}").write_bytes(rep.content)
            meta = {k: v for k, v in dataclasses.asdict(rep).items() if k != "content"}
            (outdir / f"{rep.name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {len(built)} reports to {outdir}")
    for pr in problems:
        print("PROBLEM:", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
