"""DEVELOPMENT part E of the lab-report evaluation: a deterministic generator of realistic lab reports.

Written on 2026-11-27 without reading the reader (nlp/), the scorer, or any other evaluation part
(labs_*.py); only the interface tests/evaluation/lab_reports.py was read. Seed string
"clinigraph-labs-dev-e-2026-11-27"; 3 reports per family; report names "<family>-NN".

Families (prefix DE):
  DE1-scan-mixed-pt        scanned PNG (150-200 dpi, 0.5-3 deg rotation, noise, blur, uneven contrast) of a
                           Brazilian report: hemograma table (eritrograma, leucograma % + /mm³, plaquetas) and
                           bioquímica rows with "V.R.:" on the line below.
  DE2-scan-lowcontrast-pt  scanned PNG of a faint photocopy (light grey text, speckles); block layout
                           (name / material-método / resultado / valor de referência) and row sections.
  DE3-urinalysis-en        US/UK urinalysis: dipstick (Trace, Small/Moderate/Large, 1+/2+, mg/dL values),
                           microscopy per HPF/LPF as single numbers, casts/crystals words; some with a small
                           chemistry panel or urine albumin/creatinine ratio.
  DE4-urinalysis-pt2       Brazilian EAS: caracteres gerais, elementos anormais, sedimentoscopia
                           ("Raras", "Numerosas", "Ausentes", "3 p/c", "10.000/mL").
  DE5-coag-pt              coagulograma: TP (segundos, atividade %, RNI), TTPA (segundos, relação),
                           fibrinogênio, D-dímero, tempo de sangramento (+ plaquetas / some chemistry).
  DE6-hormone-pt           hormones with reference tables by cycle phase, by age, morning/afternoon cortisol,
                           prolactin, insulin, vitamin D tiers (+ thyroid, glucose).
  DE7-letter-en2           English (UK and US) discharge/referral letters: results in sentences and bullets.
  DE8-photo-en2            phone photo PNG (keystone, 2-4 deg rotation, shadow, glare, 140-170 dpi) of a US
                           table report with Flag and Units columns.
  DE9-unitfirst-pt2        fixed-width Brazilian LIS export EXAME | MATERIAL | UNIDADE | RESULTADO | VALOR
                           REFERENCIAL (accents sometimes stripped, qualitative rows, "<"/">" qualifiers).
  DE10-rangebar-en2        patient-friendly cards two per row: value + unit above a bar whose ends carry the
                           reference limits; some cards print only "Reference: < 200 mg/dL".
  DE11-tworesults-en       US report: each row prints the result (Conventional) and a conversion (SI).
  DE12-bloodgas-pt         gasometria arterial/venosa with eletrólitos and lactato, "Temperatura corrigida"
                           column, FiO2 line.

Ground-truth conventions (shared with the scorer):
- loinc: the code of what was measured; SI substance-concentration results take their molar code
  (glucose mmol/L 14749-6, creatinine µmol/L 14682-9, urea mmol/L 22664-7, bilirubin µmol/L 14631-6...).
  Differential % and absolute counts are separate results (neutrophils 770-8 / 751-8 etc.). Blood-gas
  analytes use arterial or venous codes by the specimen printed (pH 2744-1 / 2746-6, pCO2 2019-8 / 2021-4,
  pO2 2703-7 / 2705-2, HCO3 1960-4 / 14627-4, BE 1925-7 / 1927-3, O2 sat 2708-6 / 2711-0, lactate 2518-9 /
  2519-7); analyser electrolytes use the whole-blood codes (Na 2947-0, K 6298-4, Cl 2069-3, iCa 1994-3,
  glucose 2339-0). eGFR CKD-EPI 2021 = 98979-8 (values computed from the printed creatinine, age and sex).
- value: the number as printed (pt decimal comma; pt "6.540" / "245.000" / "10.000" are thousands).
  Qualitative: value None and `qualitative` in English lower case. Mapping used here: Negative/Negativo/
  Ausente(s)/None seen -> "negative" for dipstick chemistry and "absent"/"not detected" for sediment (see
  below); Trace/Traços -> "trace"; Small/Moderate/Large/1+/2+/3+/Positivo/Presente(s)/Numerosas ->
  "positive" (dipstick) or "present" (sediment); Raras/Raros/Rare -> "rare"; Reagente -> "reactive";
  Não reagente -> "non-reactive"; Normal (urobilinogen pt) -> "normal".
  Exactly: urine dipstick rows (protein, glucose, ketones, blood, bilirubin, nitrite, leukocyte esterase)
  use negative/trace/positive; sediment rows (bacteria, crystals, casts, mucus, epithelial cells, yeast)
  use absent/rare/present (EN "None seen" -> "absent", "Few"/"Many"/"Moderate" -> "present"; pt "Algumas" ->
  "present"). Numeric dipstick values whose printed reference is only "Negative" (e.g. "Protein 30 mg/dL")
  have ref None and flag N. DE3 prints "A"/"Abnormal"/"*" beside abnormal qualitative dipstick/sediment
  rows: that text is printed_flag while flag stays "N".
- pt urine density: one DE4 variant prints "1.020" with a dot (as Brazilian EAS often do); its value is
  1.02 (a density, not thousands). DE10 "In range" status labels are not flags (printed_flag None); "High"/
  "Low"/"Critical" are.
- Qualifiers "<"/">"/"inferior a"/"superior a" before a value -> comparator with the printed number.
- unit: as printed for this value (cell, column header or inside the reference text); None for pH,
  specific gravity, INR/RNI, ratios (A/G, TTPA relação), and for letters that print no unit.
- ref_low / ref_high: the interval that applies to this patient (sex, age, cycle phase as printed in the
  header "Fase do ciclo"/"Informação clínica", collection time for cortisol morning/afternoon); one side
  None for "< x" / "> x"; vitamin D tier tables: the "Suficiência"/"sufficient" band (30-100 ng/mL);
  both None when nothing is printed (e.g. numeric dipstick values whose reference is "Negative").
  Bar cards (DE10): the two numbers printed under the bar ends; text-only cards: the printed text.
- flag: N inside/no interval, L/H outside, LL/HH only for the shared critical limits (Hb < 5 g/dL,
  Hct < 15 %, WBC < 1 or > 50 x10³/µL, platelets < 10 x10³/µL, ANC < 0.5, glucose < 40 / > 500 mg/dL,
  K < 2.5 / > 6.5, Na < 120 / > 160 mmol/L, aPTT > 150 s). Whole-blood Na/K/glucose on blood-gas
  analysers use the same limits. No value sits exactly on a bound. Qualitative results: flag N.
- printed_flag: the exact text printed beside the value ("H", "L", "*", "Alto", "Baixo", "HIGH", "low",
  "A", "!"), else None.
- NOT results: methods, materials, "Controle do dia"/control times, ISI, S/CO indexes, reagent lots,
  previous results ("Resultado anterior", "previous", "baseline"), temperature-corrected blood-gas
  values, FiO2, patient temperature, interpretive tables (vitamin D tiers, lipid risk bands, hormone
  tables' other rows), SI conversion column in DE11, urine colour/appearance/clarity (descriptive, not
  in ground truth), page numbers, dates.
- Computed results printed as results are results (eGFR, LDL Friedewald, non-HDL, VLDL, globulin, A/G
  ratio, indirect bilirubin, transferrin saturation, MCV/MCH/MCHC, absolute differential, urine
  albumin/creatinine ratio) and are consistent with their printed inputs (within rounding).
- Letters (DE7): a printed "(low)"/"(high)" always comes with a printed range; results given in prose
  without a range have ref None and flag N.

Run as a script: `python3 labs_dev_e.py OUTDIR` writes NAME.pdf/NAME.png and NAME.json, checks every
name-as-printed and printed value string against the text layer (scans: the page rendered before
scanning), checks two generations are byte-identical and prints counts per family.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
from dataclasses import asdict, dataclass

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "clinigraph-labs-dev-e-2026-11-27"
PER_FAMILY = 3

FAMILIES: tuple[str, ...] = (
    "DE1-scan-mixed-pt",
    "DE2-scan-lowcontrast-pt",
    "DE3-urinalysis-en",
    "DE4-urinalysis-pt2",
    "DE5-coag-pt",
    "DE6-hormone-pt",
    "DE7-letter-en2",
    "DE8-photo-en2",
    "DE9-unitfirst-pt2",
    "DE10-rangebar-en2",
    "DE11-tworesults-en",
    "DE12-bloodgas-pt",
)

# --------------------------------------------------------------------------------------------
# analyte catalogue (conventional / US base units)
# --------------------------------------------------------------------------------------------


@dataclass
class An:
    loinc: str
    dec: int
    ref: tuple  # male (or both)
    refF: tuple | None = None
    lo: tuple | None = None  # abnormal-low generation range
    hi: tuple | None = None  # abnormal-high generation range
    crit: tuple | None = None  # (low, high) critical in base units
    ng: tuple | None = None  # normal generation range
    ngF: tuple | None = None


AN: dict[str, An] = {
    "hb": An("718-7", 1, (13.5, 17.5), (12.0, 15.5), (7.9, 11.4), (17.9, 19.0), (5.0, None)),
    "mcv": An("787-2", 1, (80, 100), None, (68, 77), (102, 109)),
    "rbc": An("789-8", 2, (4.5, 5.9), (4.0, 5.2)),
    "hct": An("4544-3", 1, (41, 53), (36, 46), None, None, (15, None)),
    "mch": An("785-6", 1, (27, 33)),
    "mchc": An("786-4", 1, (32, 36)),
    "rdw": An("788-0", 1, (11.5, 14.5), None, None, (15.2, 18.5)),
    "wbc": An("6690-2", 2, (4.0, 11.0), None, (2.6, 3.7), (11.8, 19.5), (1.0, 50.0)),
    "plt": An("777-3", 0, (150, 400), None, (55, 135), (460, 690), (10, None)),
    "mpv": An("32623-1", 1, (7.4, 10.4), None, None, (10.9, 12.4)),
    "glu": An("2345-7", 0, (70, 99), None, (61, 67), (112, 290), (40, 500)),
    "urea": An("3091-6", 0, (15, 45), None, None, (52, 96)),
    "bun": An("3094-0", 0, (7, 20), None, None, (23, 44)),
    "crea": An("2160-0", 2, (0.70, 1.30), (0.55, 1.02), None, (1.45, 2.7)),
    "na": An("2951-2", 0, (136, 145), None, (133, 135), (146, 149), (120, 160)),
    "k": An("2823-3", 1, (3.5, 5.1), None, (3.1, 3.4), (5.2, 5.8), (2.5, 6.5)),
    "cl": An("2075-0", 0, (98, 107), None, (94, 97), (108, 111)),
    "co2": An("2028-9", 0, (22, 29), None, (18, 21), (30, 32)),
    "ca": An("17861-6", 1, (8.6, 10.3), None, (8.0, 8.4), (10.5, 11.1)),
    "mg": An("19123-9", 1, (1.6, 2.6), None, (1.3, 1.5), (2.7, 3.0)),
    "phos": An("2777-1", 1, (2.5, 4.5), None, (2.0, 2.3), (4.7, 5.5)),
    "alb": An("1751-7", 1, (3.5, 5.2), None, (2.8, 3.3), None),
    "bilt": An("1975-2", 1, (0.3, 1.2), None, None, (1.4, 3.4)),
    "bild": An("1968-7", 1, (0.0, 0.3), None, None, (0.4, 1.1), None, (0.1, 0.25)),
    "ast": An("1920-8", 0, (10, 40), (10, 35), None, (46, 160)),
    "alt": An("1742-6", 0, (10, 50), (10, 35), None, (58, 180)),
    "alp": An("6768-6", 0, (40, 129), (35, 104), None, (136, 260)),
    "ggt": An("2324-2", 0, (8, 61), (5, 36), None, (70, 210)),
    "ldh": An("2532-0", 0, (135, 225), None, None, (240, 420)),
    "ck": An("2157-6", 0, (39, 308), (26, 192), None, (330, 880)),
    "amy": An("1798-8", 0, (28, 100), None, None, (110, 210)),
    "lip": An("3040-3", 0, (13, 60), None, None, (66, 150)),
    "uric": An("3084-1", 1, (3.4, 7.0), (2.4, 5.7), None, (7.4, 9.6)),
    "tc": An("2093-3", 0, (None, 190), None, None, (201, 276), None, (138, 186)),
    "hdl": An("2085-9", 0, (40, None), (50, None), (29, 38), None, None, (44, 68), (53, 80)),
    "tg": An("2571-8", 0, (None, 150), None, None, (162, 330), None, (58, 142)),
    "hba1c": An("4548-4", 1, (4.0, 5.6), None, None, (5.8, 9.1)),
    "crp": An("1988-5", 1, (None, 5.0), None, None, (6.2, 84), None, (0.6, 4.4)),
    "esr": An("4537-7", 0, (0, 15), (0, 20), None, (26, 58), None, (2, 12), (3, 17)),
    "tsh": An("3016-3", 2, (0.27, 4.20), None, (0.05, 0.2), (4.8, 11.5)),
    "ft4": An("3024-0", 2, (0.93, 1.70), None, (0.60, 0.86), (1.82, 2.6)),
    "t3": An("3053-6", 0, (80, 200), None, (60, 75), (210, 260)),
    "iron": An("2498-4", 0, (65, 175), (50, 170), (25, 45), (182, 215)),
    "tibc": An("2500-7", 0, (250, 450), None, None, (460, 520)),
    "ferr": An("2276-4", 0, (30, 400), (13, 150), (4, 11), (420, 780)),
    "b12": An("2132-9", 0, (197, 771), None, (120, 185), (800, 1090)),
    "fol": An("2284-8", 1, (3.9, 26.8), None, (2.0, 3.5), None),
    "vitd": An("62292-8", 1, (30, 100), None, (12, 28), None, None, (31, 62)),
    "ptsec": An("5902-2", 1, (9.4, 12.5), None, None, (13.6, 22)),
    "inr": An("6301-6", 2, (0.8, 1.2), None, None, (1.3, 3.3)),
    "aptt": An("14979-9", 1, (25, 35), None, None, (37, 68), (None, 150)),
    "fib": An("3255-7", 0, (200, 400), None, (160, 192), (420, 640)),
    "ddim": An("48065-7", 0, (None, 500), None, None, (620, 2400), None, (120, 430)),
    "psa": An("2857-1", 2, (None, 4.0), None, None, (4.6, 9.5), None, (0.3, 2.2)),
}

# SI factors (value_SI = value_conv * f) and SI LOINC codes
SI = {
    "glu": (0.0555, "14749-6", 1, "mmol/L"),
    "bun": (0.357, "22664-7", 1, "mmol/L"),
    "crea": (88.4, "14682-9", 0, "µmol/L"),
    "tc": (0.02586, "14647-2", 2, "mmol/L"),
    "hdl": (0.02586, "14646-4", 2, "mmol/L"),
    "ldl": (0.02586, "39469-2", 2, "mmol/L"),
    "tg": (0.01129, "14927-8", 2, "mmol/L"),
    "bilt": (17.1, "14631-6", 0, "µmol/L"),
    "ca": (0.2495, "2000-8", 2, "mmol/L"),
    "uric": (59.48, "14933-6", 0, "µmol/L"),
    "iron": (0.179, "14798-3", 1, "µmol/L"),
    "b12": (0.738, "14685-2", 0, "pmol/L"),
    "ft4": (12.87, "14920-3", 1, "pmol/L"),
    "mg": (0.4114, "2601-3", 2, "mmol/L"),
    "phos": (0.3229, "14879-1", 2, "mmol/L"),
    "hb": (10.0, "718-7", 0, "g/L"),
    "alb": (10.0, "1751-7", 0, "g/L"),
    "tp": (10.0, "2885-2", 0, "g/L"),
    "vitd": (2.496, "62292-8", 0, "nmol/L"),
    "ferr": (1.0, "2276-4", 0, "µg/L"),
    "fol": (2.266, "2284-8", 1, "nmol/L"),
}

CRIT_PICKS = ("k", "glu_hi", "glu_lo", "na", "plt", "hb")


def fnum(v: float, dec: int, lang: str, thousands: bool | None = None) -> str:
    if thousands is None:
        thousands = lang == "pt" and dec == 0 and abs(v) >= 1000
    s = f"{v:,.{dec}f}" if thousands else f"{v:.{dec}f}"
    if lang == "pt":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def rdec(x: float) -> int:
    for d in range(0, 4):
        if abs(round(x, d) - x) < 1e-9:
            return d
    return 3


def fref(x: float, lang: str, dec: int | None = None) -> str:
    return fnum(x, rdec(x) if dec is None else dec, lang)


def strip_acc(s: str) -> str:
    tr = str.maketrans("áàâãéêíóôõúçÁÀÂÃÉÊÍÓÔÕÚÇ", "aaaaeeiooouc" + "AAAAEEIOOOUC")
    return s.translate(tr)


# --------------------------------------------------------------------------------------------
# per-report context: value generation, expected results
# --------------------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    vstr: str
    v: float | None
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    pflag: str | None
    dec: int


class Ctx:
    def __init__(self, family: str, idx: int, lang: str):
        self.rng = random.Random(f"{SEED}|{family}|{idx}")
        self.lang = lang
        self.family = family
        r = self.rng
        self.sex = r.choice("MF")
        self.age = r.randint(19, 84)
        self.expected: list[ExpectedResult] = []
        self.checks: list[str] = []
        self.force: dict[str, float] = {}
        self.pab = 0.24
        m = r.randint(1, 11)
        d = r.randint(1, 28)
        self.date = (2026, m, d)
        self.birth = (2026 - self.age - (1 if (m, d) < (6, 15) else 0), r.randint(1, 12), r.randint(1, 28))
        # age as of collection date (birth month/day chosen independently; recompute)
        by, bm, bd = self.birth
        self.age = 2026 - by - (1 if (m, d) < (bm, bd) else 0)

    # ---- generation
    def U(self, a, b):
        return self.rng.uniform(a, b)

    def refb(self, key):
        a = AN[key]
        return a.refF if (self.sex == "F" and a.refF) else a.ref

    def gen(self, key, ab=None):
        if key in self.force:
            return self.force.pop(key)
        a = AN[key]
        if ab is None:
            ab = self.rng.random() < self.pab
        sides = [s for s in (a.lo, a.hi) if s]
        if ab and sides:
            return self.U(*self.rng.choice(sides))
        ng = (a.ngF if (self.sex == "F" and a.ngF) else a.ng)
        if ng is None:
            lo, hi = self.refb(key)
            if a.refF:  # stay inside both sexes' overlap when possible
                lo2, hi2 = a.ref if self.sex == "F" else a.refF
                lo, hi = max(lo, lo2), min(hi, hi2)
            w = hi - lo
            ng = (lo + 0.1 * w, hi - 0.1 * w)
        return self.U(*ng)

    def maybe_critical(self, allowed=CRIT_PICKS, p=0.3):
        if self.rng.random() >= p:
            return
        c = self.rng.choice(allowed)
        if c == "k":
            self.force["k"] = self.U(6.9, 7.4) if self.rng.random() < 0.6 else self.U(2.0, 2.3)
        elif c == "glu_hi":
            self.force["glu"] = self.U(560, 640)
        elif c == "glu_lo":
            self.force["glu"] = self.U(27, 34)
        elif c == "na":
            self.force["na"] = self.U(113, 117) if self.rng.random() < 0.6 else self.U(164, 167)
        elif c == "plt":
            self.force["plt"] = self.U(5, 8)
        elif c == "hb":
            self.force["hb"] = self.U(4.2, 4.7)

    # ---- results
    def num(self, key, name, base, unit, *, factor=1.0, dec=None, ref="auto", loinc=None, pf=None,
            step=None, comparator=None, crit=None, thousands=None, lang=None):
        """Register a numeric result. base: value in base units (crit checked in base units)."""
        a = AN.get(key)
        lang = lang or self.lang
        if dec is None:
            dec = a.dec if a else 1
        v = base * factor
        v = round(v / step) * step if step else round(v, dec)
        if ref == "auto":
            lo, hi = self.refb(key)
            lo = None if lo is None else round(lo * factor, 6)
            hi = None if hi is None else round(hi * factor, 6)
        elif ref is None:
            lo = hi = None
        else:
            lo, hi = ref
        st = step or 10 ** -dec
        if comparator is None:
            if lo is not None and abs(v - lo) < 1e-9:
                v += st
            if hi is not None and abs(v - hi) < 1e-9:
                v -= st
            v = round(v, max(dec, 0))
        flag = "N"
        if comparator is None:
            if lo is not None and v < lo:
                flag = "L"
            elif hi is not None and v > hi:
                flag = "H"
            cr = crit if crit is not None else (a.crit if a else None)
            if cr:
                if cr[0] is not None and base < cr[0]:
                    flag = "LL"
                if cr[1] is not None and base > cr[1]:
                    flag = "HH"
        elif comparator in ("<", "<=") and lo is not None and v <= lo:
            flag = "L"
        elif comparator in (">", ">=") and hi is not None and v >= hi:
            flag = "H"
        vstr = fnum(v, dec, lang, thousands)
        if comparator:
            vstr = comparator + " " + vstr if self.rng.random() < 0.7 else comparator + vstr
        pflag = None
        if pf and flag != "N":
            pflag = pf.get(flag) if isinstance(pf, dict) else pf
        self.expected.append(ExpectedResult(
            loinc=loinc or a.loinc, name_as_printed=name, value=float(v), unit=unit, ref_low=lo,
            ref_high=hi, flag=flag, comparator=comparator, printed_flag=pflag))
        self.checks += [name, vstr]
        return Row(name, vstr, float(v), unit, lo, hi, flag, pflag, dec)

    def qual(self, loinc, name, printed, meaning):
        self.expected.append(ExpectedResult(loinc=loinc, name_as_printed=name, value=None, unit=None,
                                            ref_low=None, ref_high=None, flag="N", qualitative=meaning))
        self.checks += [name, printed]
        return Row(name, printed, None, None, None, None, "N", None, 0)

    # ---- reference text
    def rt(self, row: Row, style=0, unit=True, lang=None):
        lang = lang or self.lang
        lo, hi = row.lo, row.hi
        u = (" " + row.unit) if (unit and row.unit) else ""
        if lo is None and hi is None:
            return ""
        fl = lambda x: fref(x, lang)  # noqa: E731
        if lang == "pt":
            if lo is not None and hi is not None:
                return [f"{fl(lo)} a {fl(hi)}{u}", f"De {fl(lo)} a {fl(hi)}{u}", f"{fl(lo)} - {fl(hi)}{u}"][style % 3]
            if hi is not None:
                return [f"Inferior a {fl(hi)}{u}", f"< {fl(hi)}{u}", f"Até {fl(hi)}{u}"][style % 3]
            return [f"Superior a {fl(lo)}{u}", f"> {fl(lo)}{u}", f"Maior que {fl(lo)}{u}"][style % 3]
        if lo is not None and hi is not None:
            return [f"{fl(lo)}-{fl(hi)}{u}", f"{fl(lo)} - {fl(hi)}{u}", f"{fl(lo)} to {fl(hi)}{u}"][style % 3]
        if hi is not None:
            return [f"<{fl(hi)}{u}", f"< {fl(hi)}{u}", f"Less than {fl(hi)}{u}"][style % 3]
        return [f">{fl(lo)}{u}", f"> {fl(lo)}{u}", f"Greater than {fl(lo)}{u}"][style % 3]

    # ---- header data
    def dstr(self, t=None, fmt="br"):
        y, m, d = t or self.date
        return {"br": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}",
                "uk": f"{d:02d}/{m:02d}/{y}", "long": f"{d} {MONTHS_EN[m - 1]} {y}"}[fmt]


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

PT_F = ["Maria Aparecida Souza", "Ana Paula Ferreira", "Juliana Rocha Lima", "Francisca das Chagas Silva",
        "Luciana Menezes Prado", "Patrícia Gonçalves", "Cláudia Ribeiro Santos", "Adriana Nunes Barbosa",
        "Márcia Helena Campos", "Fernanda Oliveira Dias"]
PT_M = ["José Carlos Pereira", "João Batista Almeida", "Antônio Marcos Costa", "Francisco Alves Neto",
        "Luiz Fernando Araújo", "Paulo Roberto Moreira", "Carlos Eduardo Martins", "Sebastião Rodrigues",
        "Raimundo Nonato Lopes", "Marcelo Tavares Cunha"]
EN_F = ["Jennifer L. Walsh", "Patricia Okafor", "Emily R. Carter", "Sandra Nguyen", "Margaret O'Neill",
        "Aisha Rahman", "Linda M. Kowalski", "Rebecca Hughes", "Deborah Fitzgerald", "Chloe Bennett"]
EN_M = ["Robert J. Miller", "Michael Thompson", "David O. Mensah", "James Patel", "William K. Brooks",
        "Thomas Whitfield", "Daniel Hernandez", "Christopher Lee", "Gareth Evans", "Stephen McAllister"]
PT_LABS = ["Laboratório São Lucas de Análises Clínicas", "LABVIDA Medicina Diagnóstica",
           "Centro Diagnóstico Santa Clara", "Laboratório Bioanálise Vale do Paraíba",
           "Instituto de Patologia Clínica Dr. Mendes", "Laboratório Pasteur Sul Mineiro",
           "Clínica de Análises Nossa Senhora da Penha", "LAC - Laboratório de Análises Cearense"]
EN_LABS = ["Northfield Clinical Laboratories", "Riverside Regional Medical Lab", "Summit Diagnostic Services",
           "Lakeview Pathology Associates", "Harbor Point Laboratory Medicine", "Cedar Valley Reference Lab"]
UK_LABS = ["St Aidan's Hospital NHS Foundation Trust", "Westmoor General Hospital",
           "Kingsbridge University Hospitals NHS Trust"]
PT_DOCS = ["Dr. Ricardo Fontes - CRM/SP 84.512", "Dra. Helena Vasconcelos - CRM/MG 41.233",
           "Dr. Fábio Teixeira - CRM/RJ 52.901", "Dra. Simone Arantes - CRM/PR 27.664"]
PT_RESP = ["Dra. Beatriz Lemos Cardoso - CRF-SP 31.455", "Dr. Otávio Siqueira - CRBM 12.087",
           "Dra. Renata Furtado - CRF-MG 18.220", "Dr. Ivan Prates Moura - CRM 66.718"]
EN_DOCS = ["Dr. Alan Greer, MD", "Dr. Priya Raman, MD", "Dr. Samuel Ortiz, DO", "Dr. Karen Lindqvist, MD"]


def pname(ctx: Ctx) -> str:
    lst = (PT_F if ctx.sex == "F" else PT_M) if ctx.lang == "pt" else (EN_F if ctx.sex == "F" else EN_M)
    return ctx.rng.choice(lst)


# --------------------------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------------------------


class W:
    def __init__(self, size=(595, 842), margin=40, font="helv", fs=9.0, lead=None, color=(0, 0, 0)):
        self.doc = fitz.open()
        self.doc.set_metadata({"creationDate": "D:20261127000000", "modDate": "D:20261127000000",
                               "producer": "LIS report engine", "creator": "LIS"})
        self.W, self.H = size
        self.m = margin
        self.font, self.fs = font, fs
        self.lead = lead or fs * 1.4
        self.color = color
        self.bottom = 60
        self.page_cb = None
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.y = self.m + 10
        if self.page_cb:
            self.page_cb(self)

    def need(self, h):
        if self.y + h > self.H - self.bottom:
            self.new_page()

    def t(self, x, y, s, fs=None, font=None, color=None, align="l"):
        fs = fs or self.fs
        font = font or self.font
        if align != "l":
            w = fitz.get_text_length(s, fontname=font, fontsize=fs)
            x = x - w if align == "r" else x - w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=fs, color=color or self.color)

    def line(self, s, x=None, fs=None, font=None, color=None, lead=None):
        self.need(lead or self.lead)
        self.t(self.m if x is None else x, self.y, s, fs, font, color)
        self.y += lead or self.lead

    def cells(self, cells, fs=None, font=None, lead=None, color=None):
        """cells: list of (x, text, align) or (x, text, align, font)."""
        self.need(lead or self.lead)
        for c in cells:
            if c[1] is None or c[1] == "":
                continue
            self.t(c[0], self.y, c[1], fs, c[3] if len(c) > 3 else font, color, c[2])
        self.y += lead or self.lead

    def hr(self, width=0.6, gap=None, color=None):
        self.need(8)
        yy = self.y - self.lead * 0.55
        self.page.draw_line((self.m, yy), (self.W - self.m, yy), color=color or self.color, width=width)
        if gap:
            self.y += gap

    def space(self, h):
        self.y += h

    def wrap(self, text, x=None, width=None, fs=None, font=None, lead=None):
        fs = fs or self.fs
        font = font or self.font
        x = self.m if x is None else x
        width = width or (self.W - self.m - x)
        words, cur = text.split(" "), ""
        for w_ in words:
            cand = (cur + " " + w_).strip()
            if fitz.get_text_length(cand, fontname=font, fontsize=fs) > width and cur:
                self.line(cur, x, fs, font, lead=lead)
                cur = w_
            else:
                cur = cand
        if cur:
            self.line(cur, x, fs, font, lead=lead)

    def footers(self, fn):
        n = len(self.doc)
        for i, p in enumerate(self.doc):
            self.page = p
            fn(self, i + 1, n)

    def bytes(self):
        return self.doc.tobytes(deflate=True, garbage=3, no_new_id=True)


# --------------------------------------------------------------------------------------------
# scanning / photographing
# --------------------------------------------------------------------------------------------


def _render_gray(pdf: bytes, dpi: int) -> np.ndarray:
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32)


def _png(arr: np.ndarray) -> bytes:
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def _rotate(img, deg, border):
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def scan_mixed(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.randint(150, 200)
    img = _render_gray(pdf, dpi)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    h, w = img.shape
    # uneven contrast: darker/greyer paper on one side, ink a little washed on the other
    gx = np.linspace(0, 1, w)[None, :]
    gy = np.linspace(0, 1, h)[:, None]
    shade = 1.0 - rng.uniform(0.08, 0.16) * (gx if rng.random() < 0.5 else 1 - gx) - 0.05 * gy
    paper = 242 * shade
    ink = 25 + rng.uniform(10, 40) * gy
    img = ink + (img / 255.0) * (paper - ink)
    img = _rotate(img, rng.choice([-1, 1]) * rng.uniform(0.5, 3.0), 250)
    img = cv2.GaussianBlur(img, (3, 3), rng.uniform(0.5, 0.9))
    img = img + nr.normal(0, rng.uniform(6, 11), img.shape)
    return _png(img)


def scan_faint(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.randint(180, 200)
    img = _render_gray(pdf, dpi)  # text already light grey in the PDF
    nr = np.random.default_rng(rng.randint(0, 2**31))
    h, w = img.shape
    img = 255 - (255 - img) * rng.uniform(0.78, 0.9)  # washed toner
    img = img * (0.93 + 0.05 * np.linspace(0, 1, h)[:, None])
    n = int(h * w * rng.uniform(0.0006, 0.0012))  # speckles
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    img[ys, xs] = nr.uniform(60, 150, n)
    ys2, xs2 = nr.integers(0, h - 2, n // 4), nr.integers(0, w - 2, n // 4)
    for dy in (0, 1):
        for dx in (0, 1):
            img[ys2 + dy, xs2 + dx] = 120
    img = _rotate(img, rng.uniform(-1.0, 1.0), 235)
    img = cv2.GaussianBlur(img, (3, 3), 0.6)
    img = img + nr.normal(0, 5, img.shape)
    return _png(img)


def photo(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.randint(140, 170)
    img = _render_gray(pdf, dpi)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    h, w = img.shape
    pad = int(0.07 * w)
    H2, W2 = h + 2 * pad, w + 2 * pad
    # paper colour (warm) in RGB
    rgb = np.stack([img * 0.97, img * 0.95, img * 0.88], axis=2)
    canvas = np.zeros((H2, W2, 3), np.float32)
    canvas[:] = (70, 62, 55)  # desk
    # keystone: top edge narrower than bottom
    k = rng.uniform(0.03, 0.06) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + k, pad + rng.uniform(0, 10)], [pad + w - k, pad], [pad + w + k * 0.3, pad + h],
                      [pad - k * 0.3, pad + h - rng.uniform(0, 10)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(rgb, M, (W2, H2), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=(-1, -1, -1))
    mask = warped[:, :, 0] >= 0
    canvas[mask] = warped[mask]
    canvas = _rotate(canvas, rng.choice([-1, 1]) * rng.uniform(2.0, 4.0), (70, 62, 55))
    # shadow (hand/phone) across one corner
    gx = np.linspace(0, 1, W2)[None, :]
    gy = np.linspace(0, 1, H2)[:, None]
    sh = 1.0 - rng.uniform(0.25, 0.35) * np.clip(1.2 - (gx + gy), 0, 1)
    # glare spot
    cx, cy = rng.uniform(0.3, 0.7) * W2, rng.uniform(0.2, 0.6) * H2
    r = rng.uniform(0.08, 0.13) * W2
    yy, xx = np.mgrid[0:H2, 0:W2]
    gl = 55 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    canvas = canvas * sh[:, :, None] + gl[:, :, None]
    canvas = cv2.GaussianBlur(canvas, (3, 3), rng.uniform(0.6, 1.0))
    canvas = canvas + nr.normal(0, 4, canvas.shape)
    return _png(canvas)


# --------------------------------------------------------------------------------------------
# shared panels
# --------------------------------------------------------------------------------------------

PF_HL = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}
PF_STAR = {"H": "*", "L": "*", "HH": "**", "LL": "**"}
PF_PT = {"H": "Alto", "L": "Baixo", "HH": "Crítico", "LL": "Crítico"}
PF_PT2 = {"H": "(+)", "L": "(-)", "HH": "(!)", "LL": "(!)"}
PF_EN = {"H": "High", "L": "Low", "HH": "Critical", "LL": "Critical"}

# differential: key -> (LOINC %, LOINC abs, ref % , ref abs x10^3/µL)
DIFF = {
    "neut": ("770-8", "751-8", (40, 75), (1.8, 7.5)),
    "lymph": ("736-9", "731-0", (20, 45), (1.0, 4.0)),
    "mono": ("5905-5", "742-7", (2, 10), (0.2, 1.0)),
    "eos": ("713-8", "711-2", (1, 6), (0.02, 0.5)),
    "baso": ("706-2", "704-7", (0, 2), (0.0, 0.2)),
}


def cbc_base(ctx: Ctx, pdec=1):
    hb = ctx.gen("hb")
    mcv = ctx.gen("mcv")
    mchc = ctx.U(32.6, 35.3)
    hct = hb / mchc * 100
    b = dict(hb=hb, mcv=mcv, mchc=mchc, hct=hct, rbc=hct / mcv * 10, mch=mcv * mchc / 100,
             rdw=ctx.gen("rdw"), wbc=ctx.gen("wbc"), plt=ctx.gen("plt"), mpv=ctx.gen("mpv"))
    r = ctx.rng
    wbc = b["wbc"]
    x = r.random()
    neut = ctx.U(76, 84) if x < 0.15 else (ctx.U(32, 38) if x < 0.25 and wbc >= 4.5 else ctx.U(46, 68))
    if wbc < 4.0:
        neut = max(neut, ctx.U(47, 60))
    eos = ctx.U(6.6, 10.4) if r.random() < 0.12 else ctx.U(1.6, 4.4)
    mono = ctx.U(10.6, 13.0) if r.random() < 0.1 else ctx.U(3.6, 8.8)
    baso = ctx.U(0.6, 1.4) if pdec == 0 else ctx.U(0.3, 1.2)
    pc = {"neut": round(neut, pdec), "eos": round(eos, pdec), "mono": round(mono, pdec), "baso": round(baso, pdec)}
    pc["lymph"] = round(100 - sum(pc.values()), pdec)
    b["pct"] = pc
    return b


def egfr(crea_mgdl, age, sex):
    k, a, f = (0.7, -0.241, 1.012) if sex == "F" else (0.9, -0.302, 1.0)
    return 142 * min(crea_mgdl / k, 1) ** a * max(crea_mgdl / k, 1) ** -1.200 * 0.9938 ** age * f


def lipids_base(ctx: Ctx):
    hdl = round(ctx.gen("hdl"))
    tg = round(ctx.gen("tg"))
    tc = round(ctx.gen("tc"))
    tc = max(tc, hdl + round(tg / 5) + 58)
    ldl = tc - hdl - tg / 5
    return dict(tc=tc, hdl=hdl, tg=tg, ldl=ldl, nonhdl=tc - hdl, vldl=tg / 5)


PTN = {
    "glu": ["Glicose", "GLICOSE", "Glicemia de jejum", "Glicose (jejum)"],
    "urea": ["Ureia", "URÉIA", "Uréia", "UREIA"],
    "crea": ["Creatinina", "CREATININA", "Creatinina sérica"],
    "egfr": ["TFG estimada (CKD-EPI 2021)", "Taxa de filtração glomerular estimada", "eTFG (CKD-EPI)"],
    "uric": ["Ácido úrico", "ÁCIDO ÚRICO", "Acido Urico"],
    "na": ["Sódio", "SÓDIO", "Sódio (Na+)", "Na+"],
    "k": ["Potássio", "POTÁSSIO", "Potássio (K+)", "K+"],
    "cl": ["Cloreto", "Cloro", "CLORETO"],
    "ca": ["Cálcio total", "Cálcio", "CÁLCIO"],
    "mg": ["Magnésio", "MAGNÉSIO"],
    "phos": ["Fósforo", "FÓSFORO", "Fósforo inorgânico"],
    "ast": ["TGO (AST)", "TGO", "AST - Aspartato aminotransferase", "Transaminase oxalacética - TGO"],
    "alt": ["TGP (ALT)", "TGP", "ALT - Alanina aminotransferase", "Transaminase pirúvica - TGP"],
    "ggt": ["Gama GT", "GAMA GLUTAMIL TRANSFERASE", "Gama-glutamiltransferase (GGT)", "Gama-GT"],
    "alp": ["Fosfatase alcalina", "FOSFATASE ALCALINA", "Fosfatase Alcalina (FAL)"],
    "bilt": ["Bilirrubina total", "BILIRRUBINA TOTAL"],
    "bild": ["Bilirrubina direta", "BILIRRUBINA DIRETA"],
    "bili": ["Bilirrubina indireta", "BILIRRUBINA INDIRETA"],
    "tc": ["Colesterol total", "COLESTEROL TOTAL"],
    "hdl": ["HDL-colesterol", "Colesterol HDL", "HDL - COLESTEROL"],
    "ldl": ["LDL-colesterol", "Colesterol LDL (calculado)", "LDL - COLESTEROL"],
    "vldl": ["VLDL-colesterol", "Colesterol VLDL"],
    "nonhdl": ["Colesterol não-HDL", "Não-HDL colesterol"],
    "tg": ["Triglicérides", "Triglicerídeos", "TRIGLICERIDES"],
    "hba1c": ["Hemoglobina glicada (HbA1c)", "HbA1c", "Hemoglobina glicosilada A1c"],
    "crp": ["Proteína C reativa", "PCR", "Proteína C Reativa (PCR)"],
    "esr": ["VHS", "Velocidade de hemossedimentação", "V.H.S."],
    "tsh": ["TSH", "Hormônio tireoestimulante (TSH)", "TSH ultrassensível"],
    "ft4": ["T4 livre", "Tiroxina livre (T4L)", "T4L"],
    "iron": ["Ferro sérico", "FERRO SÉRICO"],
    "ferr": ["Ferritina", "FERRITINA"],
    "b12": ["Vitamina B12", "Cianocobalamina (Vit. B12)"],
    "fol": ["Ácido fólico", "Folato sérico"],
    "vitd": ["25-hidroxivitamina D", "Vitamina D (25-OH)", "25(OH) Vitamina D"],
    "ck": ["CPK", "Creatinoquinase (CK)", "CK total"],
    "ldh": ["DHL", "LDH - Desidrogenase lática"],
    "amy": ["Amilase", "AMILASE"],
    "lip": ["Lipase", "LIPASE"],
    "alb": ["Albumina", "ALBUMINA"],
}
PTU = {"glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL", "uric": "mg/dL", "na": ["mEq/L", "mmol/L"],
       "k": ["mEq/L", "mmol/L"], "cl": ["mEq/L", "mmol/L"], "ca": "mg/dL", "mg": "mg/dL", "phos": "mg/dL",
       "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alp": "U/L", "bilt": "mg/dL", "bild": "mg/dL", "bili": "mg/dL",
       "tc": "mg/dL", "hdl": "mg/dL", "ldl": "mg/dL", "vldl": "mg/dL", "nonhdl": "mg/dL", "tg": "mg/dL",
       "hba1c": "%", "crp": "mg/L", "esr": ["mm/h", "mm/1ª hora"], "tsh": ["µUI/mL", "mUI/L"], "ft4": "ng/dL",
       "iron": "µg/dL", "ferr": "ng/mL", "b12": "pg/mL", "fol": "ng/mL", "vitd": "ng/mL", "ck": "U/L",
       "ldh": "U/L", "amy": "U/L", "lip": "U/L", "alb": "g/dL", "egfr": "mL/min/1,73m²"}


def pt_chem(ctx: Ctx, keys, pf=None, caps=False, strip=False, nm=None):
    """Register a list of Brazilian chemistry results (conventional units). Returns list of Row."""
    r = ctx.rng
    rows = []
    lip = lipids_base(ctx) if any(k in keys for k in ("tc", "hdl", "tg", "ldl")) else None
    crea_disp = None
    bt = None
    for k in keys:
        name = nm[k] if nm and k in nm else r.choice(PTN[k])
        if caps:
            name = name.upper()
        if strip:
            name = strip_acc(name)
        u = PTU[k]
        u = r.choice(u) if isinstance(u, list) else u
        if k in ("tc", "hdl", "tg"):
            rows.append(ctx.num(k, name, lip[k], u, pf=pf))
        elif k == "ldl":
            rows.append(ctx.num("tc", name, lip["ldl"], u, pf=pf, ref=(None, 130.0), loinc="13457-7"))
        elif k == "nonhdl":
            rows.append(ctx.num("tc", name, lip["nonhdl"], u, pf=pf, ref=(None, 160.0), loinc="43396-1"))
        elif k == "vldl":
            rows.append(ctx.num("tc", name, lip["vldl"], u, pf=pf, ref=(None, 30.0), loinc="13458-5"))
        elif k == "crea":
            row = ctx.num(k, name, ctx.gen("crea"), u, pf=pf)
            crea_disp = row.v
            rows.append(row)
        elif k == "egfr":
            e = egfr(crea_disp or 0.9, ctx.age, ctx.sex)
            rows.append(ctx.num("crea", name, e, u, dec=0, ref=(60.0, None), loinc="98979-8", pf=pf, crit=()))
        elif k == "bilt":
            row = ctx.num(k, name, ctx.gen("bilt"), u, pf=pf)
            bt = row.v
            rows.append(row)
        elif k == "bild":
            bd = min(ctx.gen("bild"), (bt or 1.0) * 0.6) if bt else ctx.gen("bild")
            row = ctx.num(k, name, max(bd, 0.1), u, pf=pf)
            rows.append(row)
            bd_v = row.v
            if "bili" in keys and bt:
                nm2 = r.choice(PTN["bili"])
                nm2 = nm2.upper() if caps else nm2
                nm2 = strip_acc(nm2) if strip else nm2
                rows.append(ctx.num("bilt", nm2, max(bt - bd_v, 0.1), u, ref=(0.1, 0.9), loinc="1971-1", pf=pf))
        elif k == "bili":
            continue
        elif k == "crp":
            if r.random() < 0.25:
                rows.append(ctx.num(k, name, 0.5 if u == "mg/L" else 0.05, u, comparator="<", pf=pf))
            else:
                rows.append(ctx.num(k, name, ctx.gen(k), u, pf=pf))
        elif k == "tsh" and u == "mUI/L":
            rows.append(ctx.num(k, name, ctx.gen(k), u, pf=pf))
        else:
            rows.append(ctx.num(k, name, ctx.gen(k), u, pf=pf))
    return rows


def pt_header(w: W, ctx: Ctx, lab: str, name: str, extra=None, fs=8.5):
    r = ctx.rng
    w.line(lab, fs=13, font="hebo", lead=15)
    w.line(r.choice(["Rua Barão de Jaguara, 1481 - Centro - Campinas/SP - (19) 3232-4455",
                     "Av. Afonso Pena, 2300 - Funcionários - Belo Horizonte/MG - (31) 3224-8800",
                     "Rua XV de Novembro, 512 - Centro - Curitiba/PR - (41) 3322-1190",
                     "Av. Dom Luís, 880 - Aldeota - Fortaleza/CE - (85) 3244-6060"]), fs=7, lead=10)
    w.hr(gap=4)
    sexo = "Feminino" if ctx.sex == "F" else "Masculino"
    by, bm, bd = ctx.birth
    hh, mm = r.randint(6, 10), r.randint(0, 59)
    w.cells([(w.m, f"Paciente: {name.upper() if r.random() < 0.5 else name}", "l"), (360, f"Sexo: {sexo}", "l")], fs=fs)
    if r.random() < 0.5:
        w.cells([(w.m, f"Data de nascimento: {bd:02d}/{bm:02d}/{by}", "l"), (360, f"Idade: {ctx.age} anos", "l")], fs=fs)
    else:
        w.cells([(w.m, f"Idade: {ctx.age} anos", "l"), (360, f"Nasc.: {bd:02d}/{bm:02d}/{by}", "l")], fs=fs)
    w.cells([(w.m, f"Médico solicitante: {r.choice(PT_DOCS)}", "l"), (360, f"Pedido: {r.randint(100000, 999999)}", "l")], fs=fs)
    w.cells([(w.m, f"Data da coleta: {ctx.dstr()} {hh:02d}:{mm:02d}", "l"),
             (360, f"Convênio: {r.choice(['Particular', 'Unimed', 'Bradesco Saúde', 'SUS', 'Amil'])}", "l")], fs=fs)
    if extra:
        for e in extra:
            w.line(e, fs=fs)
    w.hr(gap=6)
    return hh


def pt_footer(w: W, ctx: Ctx, resp: str, fs=7):
    def fn(w_, i, n):
        y = w_.H - 42
        w_.page.draw_line((w_.m, y - 10), (w_.W - w_.m, y - 10), color=w_.color, width=0.5)
        w_.t(w_.m, y, f"Assinado eletronicamente por {resp}", fs=fs)
        w_.t(w_.m, y + 10, f"Liberado em {ctx.dstr()} - Os resultados devem ser interpretados pelo médico "
                           f"assistente.", fs=fs)
        w_.t(w_.W - w_.m, y + 20, f"Página {i} de {n}", fs=fs, align="r")
    w.footers(fn)


# --------------------------------------------------------------------------------------------
# DE1 scan-mixed-pt
# --------------------------------------------------------------------------------------------


def pt_cbc(ctx: Ctx, w: W, pf, pdec, caps=False, fs=8.5):
    """Hemograma table: eritrograma (name, result, unit, VR) and leucograma (%, /mm³, VR)."""
    r = ctx.rng
    b = cbc_base(ctx, pdec)
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    rbcu = r.choice(["milhões/mm³", "milhões/µL", "x10^6/µL"])
    chcmu = r.choice(["g/dL", "%"])
    countu = r.choice(["/mm³", "/µL"])
    c1, c2, c3, c4 = w.m, 250, 262, 340
    w.line(up("Eritrograma"), font="hebo", fs=fs)
    w.cells([(c1, "", "l"), (c2, "Resultado", "r"), (c3, "Unidade", "l"), (c4, "Valores de referência", "l")],
            fs=fs - 0.5, font="helv")
    items = [("rbc", r.choice(["Hemácias", "Eritrócitos"]), b["rbc"], rbcu, {}),
             ("hb", "Hemoglobina", b["hb"], "g/dL", {}),
             ("hct", "Hematócrito", b["hct"], "%", {}),
             ("mcv", r.choice(["VCM", "Volume corpuscular médio (VCM)"]), b["mcv"], "fL", {}),
             ("mch", r.choice(["HCM", "Hemoglobina corpuscular média (HCM)"]), b["mch"], "pg", {}),
             ("mchc", r.choice(["CHCM", "Conc. hemoglobínica corpuscular média"]), b["mchc"], chcmu, {}),
             ("rdw", r.choice(["RDW", "RDW-CV"]), b["rdw"], "%", {})]
    for k, nm, v, u, kw in items:
        row = ctx.num(k, up(nm), v, u, pf=pf, **kw)
        w.cells([(c1, row.name, "l"), (c2, row.vstr + ((" " + row.pflag) if row.pflag else ""), "r"), (c3, u, "l"),
                 (c4, ctx.rt(row, r.randint(0, 1), unit=False), "l")], fs=fs)
    w.space(3)
    w.line(up("Leucograma"), font="hebo", fs=fs)
    x_pct, x_abs, x_rp, x_ra = 210, 285, 320, 420
    w.cells([(x_pct, "%", "r"), (x_abs, countu, "r"), (x_rp, "V.R. (%)", "l"), (x_ra, f"V.R. ({countu})", "l")],
            fs=fs - 0.5)
    wrow = ctx.num("wbc", up(r.choice(["Leucócitos", "Leucócitos totais", "Global de leucócitos"])), b["wbc"],
                   countu, factor=1000, step=10, pf=pf, dec=0)
    w.cells([(c1, wrow.name, "l"), (x_abs, wrow.vstr, "r"), (x_ra, ctx.rt(wrow, 0, unit=False), "l")], fs=fs)
    wv = wrow.v
    order = ["neut", "eos", "baso", "lymph", "mono"] if r.random() < 0.6 else ["neut", "lymph", "mono", "eos", "baso"]
    names = {"neut": "Neutrófilos", "eos": "Eosinófilos", "baso": "Basófilos",
             "lymph": r.choice(["Linfócitos", "Linfócitos típicos"]), "mono": "Monócitos"}
    for k in order:
        lp, la, rp, ra = DIFF[k]
        p = b["pct"][k]
        prow = ctx.num("wbc", up(names[k]), p, "%", dec=pdec, ref=(float(rp[0]), float(rp[1])), loinc=lp, pf=pf,
                       crit=())
        arow = ctx.num("wbc", up(names[k]), wv * prow.v / 100, countu, dec=0,
                       ref=(ra[0] * 1000, ra[1] * 1000), loinc=la, pf=pf,
                       crit=((0.5, None) if k == "neut" else ()))
        # crit for neutrophils is in x10^3/µL: fix flag by hand if needed
        w.cells([(w.m + 10, prow.name, "l"), (x_pct, prow.vstr, "r"), (x_abs, arow.vstr, "r"),
                 (x_rp, ctx.rt(prow, 0, unit=False), "l"), (x_ra, ctx.rt(arow, 0, unit=False), "l")], fs=fs)
    w.space(3)
    w.line(up("Plaquetas"), font="hebo", fs=fs)
    if r.random() < 0.6:
        prow = ctx.num("plt", up(r.choice(["Plaquetas", "Contagem de plaquetas"])), b["plt"], countu, factor=1000,
                       step=1000, dec=0, ref=(150000.0, 450000.0), pf=pf)
    else:
        prow = ctx.num("plt", up("Plaquetas"), b["plt"], "mil/mm³", dec=0, ref=(150.0, 450.0), pf=pf)
    w.cells([(c1, prow.name, "l"), (c2, prow.vstr + ((" " + prow.pflag) if prow.pflag else ""), "r"),
             (c3, prow.unit, "l"), (c4, ctx.rt(prow, 0, unit=False), "l")], fs=fs)
    if r.random() < 0.5:
        mrow = ctx.num("mpv", up("VPM"), b["mpv"], "fL", pf=pf)
        w.cells([(c1, mrow.name, "l"), (c2, mrow.vstr, "r"), (c3, "fL", "l"), (c4, ctx.rt(mrow, 0, unit=False), "l")],
                fs=fs)
    return b


def fam1(ctx: Ctx):
    r = ctx.rng
    ctx.maybe_critical(("k", "glu_hi", "hb", "plt", "na"), p=0.4)
    w = W(fs=8.3, lead=10.6, margin=38)
    name = pname(ctx)
    pt_header(w, ctx, r.choice(PT_LABS), name, fs=8.3)
    pf = r.choice([None, PF_STAR, PF_HL])
    w.line("HEMOGRAMA COMPLETO", font="hebo", fs=10, lead=12)
    w.line("Material: Sangue total com EDTA   Método: Automação (impedância / citometria de fluxo)", fs=7)
    pt_cbc(ctx, w, pf, r.choice([0, 1]), fs=8.3)
    w.space(6)
    w.line(r.choice(["BIOQUÍMICA", "BIOQUÍMICA SÉRICA", "EXAMES BIOQUÍMICOS"]), font="hebo", fs=10, lead=12)
    pool = ["glu", "urea", "crea", "uric", "na", "k", "ast", "alt", "ggt", "alp", "tc", "hdl", "tg", "ldl",
            "hba1c", "crp", "ca", "mg", "tsh", "ferr"]
    keys = sorted(r.sample(pool[4:], 7), key=pool.index)
    keys = ["glu", "urea", "crea"] + keys
    if "ldl" in keys and not {"tc", "hdl", "tg"} <= set(keys):
        keys.remove("ldl")
    rows = pt_chem(ctx, keys, pf=pf, caps=r.random() < 0.6)
    style = r.randint(0, 2)
    for row in rows:
        lead_s = row.name + " " + "." * max(3, int((200 - fitz.get_text_length(row.name, "helv", 8.3)) / 2.3)) + ":"
        val = f"{row.vstr} {row.unit}" + (f"  {row.pflag}" if row.pflag else "")
        w.need(30)
        w.cells([(w.m, lead_s, "l"), (w.m + 240, val, "l", "hebo")], fs=8.3)
        if r.random() < 0.25:
            w.line(r.choice(["Método: Enzimático colorimétrico", "Método: Cinético UV", "Método: Íon seletivo"]),
                   x=w.m + 12, fs=7)
        vr = ctx.rt(row, style)
        if row.name.upper().startswith(("LDL", "COLESTEROL LDL")):
            vr = "Desejável: " + vr
        w.line(f"V.R.: {vr}" if vr else "V.R.: não estabelecido", x=w.m + 12, fs=7.3, lead=12)
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, scan_mixed


# --------------------------------------------------------------------------------------------
# DE2 scan-lowcontrast-pt
# --------------------------------------------------------------------------------------------

BLOCKS_PT = {
    "tsh": ("TSH - HORMÔNIO TIREOESTIMULANTE", "Soro", "Eletroquimioluminescência"),
    "ft4": ("T4 LIVRE - TIROXINA LIVRE", "Soro", "Eletroquimioluminescência"),
    "ferr": ("FERRITINA", "Soro", "Quimioluminescência"),
    "b12": ("VITAMINA B12", "Soro", "Quimioluminescência"),
    "vitd": ("25-HIDROXIVITAMINA D", "Soro", "Quimioluminescência"),
    "hba1c": ("HEMOGLOBINA GLICADA - HbA1c", "Sangue total EDTA", "HPLC"),
    "crp": ("PROTEÍNA C REATIVA", "Soro", "Imunoturbidimetria"),
    "iron": ("FERRO SÉRICO", "Soro", "Colorimétrico"),
    "fol": ("ÁCIDO FÓLICO", "Soro", "Quimioluminescência"),
    "esr": ("VELOCIDADE DE HEMOSSEDIMENTAÇÃO - VHS", "Sangue total EDTA", "Westergren"),
    "psa": ("PSA TOTAL - ANTÍGENO PROSTÁTICO ESPECÍFICO", "Soro", "Eletroquimioluminescência"),
    "uric": ("ÁCIDO ÚRICO", "Soro", "Enzimático (uricase)"),
}
SEROS = [("56888-1", "HIV 1 e 2 - ANTICORPOS E ANTÍGENO p24", "Quimioluminescência"),
         ("5196-1", "HBsAg - ANTÍGENO DE SUPERFÍCIE DA HEPATITE B", "Quimioluminescência"),
         ("13955-0", "ANTI-HCV - ANTICORPOS CONTRA HEPATITE C", "Quimioluminescência"),
         ("5292-8", "VDRL", "Floculação")]


def fam2(ctx: Ctx):
    r = ctx.rng
    grey = r.uniform(0.45, 0.55)
    col = (grey, grey, grey)
    w = W(fs=8.6, lead=11.2, margin=42, color=col)
    pt_header(w, ctx, r.choice(PT_LABS), pname(ctx), fs=8.4)
    pf = r.choice([None, PF_PT, PF_HL])
    pool = [k for k in BLOCKS_PT if not (k == "psa" and ctx.sex == "F")]
    keys = r.sample(pool, 7)
    for k in keys:
        title, mat, met = BLOCKS_PT[k]
        w.need(48)
        w.line(title, font="hebo", fs=9)
        w.line(f"Material: {mat}    Método: {met}", fs=7.2)
        u = {"tsh": "µUI/mL", "ft4": "ng/dL", "ferr": "ng/mL", "b12": "pg/mL", "vitd": "ng/mL", "hba1c": "%",
             "crp": "mg/L", "iron": "µg/dL", "fol": "ng/mL", "esr": "mm/h", "psa": "ng/mL", "uric": "mg/dL"}[k]
        label = r.choice(["Resultado:", "RESULTADO", "Resultado ......:"])
        base = ctx.gen(k)
        if k == "psa" and ctx.age < 50:
            base = min(base, 2.2)
        row = ctx.num(k, title, base, u, pf=pf)
        vtxt = f"{row.vstr} {u}" + (f"   {row.pflag}" if row.pflag else "")
        if k == "vitd":
            w.cells([(w.m + 10, label, "l"), (w.m + 110, vtxt, "l", "hebo")])
            w.line("Valores de referência:", x=w.m + 10, fs=7.4)
            for t in ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL",
                      "Suficiência: 30 a 100 ng/mL", "Risco de toxicidade: superior a 100 ng/mL"]:
                w.line(t, x=w.m + 22, fs=7.2, lead=9.5)
        else:
            w.cells([(w.m + 10, label, "l"), (w.m + 110, vtxt, "l", "hebo"),
                     (300, "Valor de referência: " + ctx.rt(row, r.randint(0, 2)), "l")])
        if k == "hba1c" and r.random() < 0.7:
            eag = 28.7 * row.v - 46.7
            e = ctx.num("glu", "Glicose média estimada", eag, "mg/dL", dec=0, ref=None, loinc="27353-2", crit=())
            w.cells([(w.m + 10, "Glicose média estimada:", "l"), (w.m + 140, f"{e.vstr} mg/dL", "l")])
        if r.random() < 0.3:
            prev = fnum(base * r.uniform(0.8, 1.2), AN[k].dec, "pt")
            w.line(f"Resultado anterior: {prev} {u} em {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025", x=w.m + 10,
                   fs=7)
        w.space(5)
    # serologies block
    w.need(60)
    for loinc, title, met in r.sample(SEROS, 2):
        w.line(title, font="hebo", fs=9)
        w.line(f"Material: Soro    Método: {met}", fs=7.2)
        if loinc == "5292-8":
            txt, mean = r.choice([("Não reagente", "non-reactive")] * 3 + [("Reagente 1/8", "reactive")])
            row = ctx.qual(loinc, title, txt.split(" 1/")[0], mean)
            w.cells([(w.m + 10, "Resultado:", "l"), (w.m + 110, txt, "l", "hebo"),
                     (300, "Valor de referência: Não reagente", "l")])
        else:
            txt, mean = r.choice([("Não reagente", "non-reactive")] * 4 + [("Reagente", "reactive")])
            ctx.qual(loinc, title, txt, mean)
            idx = fnum(r.uniform(0.05, 0.6) if mean == "non-reactive" else r.uniform(3, 40), 2, "pt")
            w.cells([(w.m + 10, "Resultado:", "l"), (w.m + 110, txt, "l", "hebo"),
                     (300, "Valor de referência: Não reagente", "l")])
            w.line(f"Índice: {idx} (S/CO)   Não reagente: inferior a 1,00 / Reagente: superior ou igual a 1,00",
                   x=w.m + 10, fs=7)
        w.space(5)
    # electrolytes / lipids in rows
    sect = r.choice(["ELETRÓLITOS", "PERFIL LIPÍDICO"])
    w.need(80)
    w.line(sect, font="hebo", fs=9)
    keys = ["na", "k", "cl", "ca"] if sect == "ELETRÓLITOS" else ["tc", "hdl", "ldl", "tg", "nonhdl"]
    rows = pt_chem(ctx, keys, pf=pf)
    for row in rows:
        w.cells([(w.m + 10, row.name, "l"), (210, row.vstr, "r", "hebo"), (216, row.unit, "l"),
                 (300, ctx.rt(row, 0, unit=True), "l"), (490, row.pflag or "", "l")])
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, scan_faint


# --------------------------------------------------------------------------------------------
# DE3 urinalysis-en
# --------------------------------------------------------------------------------------------

UA_LOINC = {"prot": "5804-0", "glu": "5792-7", "ket": "5797-6", "blood": "5794-3", "bili": "5770-3",
            "ubg": "5818-0", "nit": "5802-4", "le": "5799-2", "sg": "5811-5", "ph": "5803-2",
            "wbc": "5821-4", "rbc": "13945-1", "sq": "11277-1", "epi": "5787-7", "hyal": "5796-8",
            "bact": "5769-5", "cryst": "5783-0", "mucus": "8247-9"}


def en_header(w: W, ctx: Ctx, lab: str, name: str, uk=False, fs=8.5):
    r = ctx.rng
    w.line(lab, fs=13, font="hebo", lead=15)
    w.line(r.choice(["1200 Meridian Ave, Suite 300, Columbus, OH 43215  |  CLIA 36D0654321",
                     "45 Harbor Blvd, Portland, ME 04101  |  Tel (207) 555-0142",
                     "Pathology Department, Level 2, Blood Sciences  |  Tel 01632 960 512"
                     if uk else "8800 Kingsley Rd, Houston, TX 77058  |  Medical Director: L. Ortega, MD"]),
           fs=7, lead=10)
    w.hr(gap=4)
    by, bm, bd = ctx.birth
    sx = ("Female" if ctx.sex == "F" else "Male") if r.random() < 0.6 else ctx.sex
    dob = f"{bd:02d}/{bm:02d}/{by}" if uk else f"{bm:02d}/{bd:02d}/{by}"
    col = ctx.dstr(fmt="uk" if uk else "us")
    hh, mm = r.randint(6, 11), r.randint(0, 59)
    last = name.split()[-1].upper() + ", " + " ".join(name.split()[:-1])
    w.cells([(w.m, f"Patient: {last}", "l"), (330, f"DOB: {dob}   Age: {ctx.age}", "l")], fs=fs)
    w.cells([(w.m, f"Sex: {sx}", "l"), (330, f"{'Hospital No' if uk else 'MRN'}: {r.randint(1000000, 9999999)}", "l")],
            fs=fs)
    w.cells([(w.m, f"Collected: {col} {hh:02d}:{mm:02d}", "l"),
             (330, f"Reported: {col} {min(hh + r.randint(3, 8), 23):02d}:{r.randint(0, 59):02d}", "l")], fs=fs)
    w.cells([(w.m, f"Ordering {'Clinician' if uk else 'Physician'}: {r.choice(EN_DOCS)}", "l"),
             (330, f"Accession: {r.choice('ABCDEFGH')}{r.randint(10, 99)}-{r.randint(100000, 999999)}", "l")], fs=fs)
    w.hr(gap=6)


def en_footer(w: W, ctx: Ctx, uk=False):
    r = ctx.rng
    who = r.choice(["Electronically verified by M. Castillo, MLS(ASCP)", "Reviewed by: Dr. H. Adeyemi, Consultant "
                    "Chemical Pathologist" if uk else "Laboratory Director: Susan Park, MD, PhD",
                    "Verified by: T. Nakamura, CLS"])

    def fn(w_, i, n):
        y = w_.H - 40
        w_.page.draw_line((w_.m, y - 10), (w_.W - w_.m, y - 10), color=w_.color, width=0.5)
        w_.t(w_.m, y, who, fs=7)
        w_.t(w_.m, y + 10, "Results relate only to the specimen received. Reference intervals are age and sex "
                           "specific where indicated.", fs=6.5)
        w_.t(w_.W - w_.m, y + 20, f"Page {i} of {n}", fs=7, align="r")
    w.footers(fn)


def fam3(ctx: Ctx):
    r = ctx.rng
    uk = ctx.rng.random() < 0.34
    w = W(size=(595, 842) if uk else (612, 792), fs=8.6, lead=11.5, margin=40)
    en_header(w, ctx, r.choice(UK_LABS if uk else EN_LABS), pname(ctx), uk=uk)
    w.line("URINALYSIS, COMPLETE WITH MICROSCOPIC" if not uk else "URINE ANALYSIS - DIPSTICK AND MICROSCOPY",
           font="hebo", fs=10, lead=13)
    w.line(f"Specimen: {r.choice(['Urine, clean catch', 'Urine, midstream (MSU)', 'Random urine'])}", fs=7.5)
    xs = (w.m, 230, 275, 330, 450)
    w.cells([(xs[0], "Test", "l"), (xs[1], "Result", "r"), (xs[2], "Flag", "l"), (xs[3], "Reference", "l"),
             (xs[4], "Units", "l")], font="hebo")
    abn_flag = r.choice(["A", "Abnormal", "*"])
    sick = r.random() < 0.5  # UTI-ish picture

    def qrow(key, name, printed, meaning, ref_txt, abnormal):
        pfl = abn_flag if abnormal else None
        ctx.qual(UA_LOINC[key], name, printed, meaning)
        if pfl:
            ctx.expected[-1] = ExpectedResult(**{**asdict(ctx.expected[-1]), "printed_flag": pfl})
        w.cells([(xs[0] + 8, name, "l"), (xs[1], printed, "r"), (xs[2], pfl or "", "l"), (xs[3], ref_txt, "l")])

    def nrow(key, name, v, dec, unit, ref, pfs=PF_HL):
        row = ctx.num("glu", name, v, unit, dec=dec, ref=ref, loinc=UA_LOINC[key], pf=pfs, crit=(), lang="en")
        rtxt = ctx.rt(row, 1, unit=False) if ref else "Negative"
        w.cells([(xs[0] + 8, name, "l"), (xs[1], row.vstr, "r"), (xs[2], row.pflag or "", "l"), (xs[3], rtxt, "l"),
                 (xs[4], unit or "", "l")])
        return row

    w.line("Physical", font="hebo")
    w.cells([(xs[0] + 8, r.choice(["Color", "Colour"]), "l"), (xs[1], r.choice(["Yellow", "Straw", "Dark yellow"]), "r"),
             (xs[3], "Yellow", "l")])
    w.cells([(xs[0] + 8, r.choice(["Appearance", "Clarity"]), "l"),
             (xs[1], "Cloudy" if sick else "Clear", "r"), (xs[3], "Clear", "l")])
    nrow("sg", "Specific Gravity", r.choice([1.012, 1.015, 1.018, 1.021, 1.024, 1.033]), 3, None, (1.005, 1.030))
    nrow("ph", r.choice(["pH", "Urine pH"]), r.choice([5.5, 6.0, 6.5, 7.0, 8.5]), 1, None, (5.0, 8.0))
    w.line("Chemical (dipstick)", font="hebo")
    prot = r.choice([("Negative", "negative"), ("Negative", "negative"), ("Trace", "trace"), ("1+", "positive"),
                     ("30", None), ("2+", "positive")])
    if prot[1] is None:
        nrow("prot", "Protein", 30.0, 0, "mg/dL", None)
    else:
        qrow("prot", "Protein", prot[0], prot[1], "Negative", prot[1] != "negative")
    g = r.choice([("Negative", "negative")] * 3 + [("100", None), ("Trace", "trace")])
    if g[1] is None:
        nrow("glu", "Glucose", 100.0, 0, "mg/dL", None)
    else:
        qrow("glu", "Glucose", g[0], g[1], "Negative", g[1] != "negative")
    k = r.choice([("Negative", "negative")] * 3 + [("Trace", "trace"), ("15", None), ("Small", "positive")])
    if k[1] is None:
        nrow("ket", "Ketones", 15.0, 0, "mg/dL", None)
    else:
        qrow("ket", "Ketones", k[0], k[1], "Negative", k[1] != "negative")
    bl = r.choice([("Small", "positive"), ("Moderate", "positive"), ("Large", "positive"), ("Trace", "trace")]) if sick \
        else ("Negative", "negative")
    qrow("blood", r.choice(["Blood", "Occult Blood", "Hemoglobin"]), bl[0], bl[1], "Negative", bl[1] != "negative")
    qrow("bili", "Bilirubin", "Negative", "negative", "Negative", False)
    ub = r.choice([0.5, 0.8, 2.0]) if r.random() < 0.8 else 4.0
    nrow("ubg", "Urobilinogen", ub, 1, r.choice(["mg/dL", "E.U./dL"]), (0.2, 1.0))
    nt = ("Positive", "positive") if (sick and r.random() < 0.6) else ("Negative", "negative")
    qrow("nit", "Nitrite", nt[0], nt[1], "Negative", nt[1] != "negative")
    le = r.choice([("Small", "positive"), ("Moderate", "positive"), ("2+", "positive"), ("Large", "positive")]) \
        if sick else r.choice([("Negative", "negative"), ("Negative", "negative"), ("Trace", "trace")])
    qrow("le", "Leukocyte Esterase", le[0], le[1], "Negative", le[1] != "negative")
    w.line("Microscopic", font="hebo")
    hpf = r.choice(["/HPF", "/hpf", "cells/HPF"])
    nrow("wbc", "WBC", float(r.randint(12, 45) if sick else r.randint(0, 4)), 0, hpf, (0.0, 5.0))
    nrow("rbc", "RBC", float(r.randint(4, 15) if (sick and bl[1] == "positive") else r.randint(0, 2)), 0, hpf,
         (0.0, 2.0) if r.random() < 0.5 else (0.0, 3.0))
    if r.random() < 0.5:
        nrow("sq", "Squamous Epithelial Cells", float(r.randint(1, 4)), 0, hpf, (0.0, 5.0))
    else:
        ep = r.choice([("Few", "present"), ("Rare", "rare"), ("None seen", "absent")])
        qrow("sq", "Squamous Epithelial Cells", ep[0], ep[1], "None seen/Few", False)
    if r.random() < 0.5:
        nrow("hyal", "Hyaline Casts", float(r.choice([0, 1, 4])), 0, "/LPF", (0.0, 2.0))
    else:
        qrow("hyal", "Hyaline Casts", "None seen", "absent", "None seen", False)
    bt = r.choice([("Few", "present"), ("Many", "present"), ("Moderate", "present")]) if sick \
        else r.choice([("None seen", "absent"), ("Rare", "rare")])
    qrow("bact", "Bacteria", bt[0], bt[1], "None seen", sick)
    cr = r.choice([("None seen", "absent"), ("None seen", "absent"), ("Present", "present")])
    qrow("cryst", r.choice(["Crystals", "Crystals, Urine"]), cr[0], cr[1], "None seen", False)
    if cr[1] == "present":
        w.line(r.choice(["Crystal type: Calcium oxalate", "Crystal type: Amorphous urates"]), x=w.m + 16, fs=7.5)
    if r.random() < 0.5:
        mu = r.choice([("Present", "present"), ("Absent", "absent"), ("Rare", "rare")])
        qrow("mucus", "Mucus", mu[0], mu[1], "None/Rare", False)
    # remaining part: albumin/creatinine ratio or BMP
    w.space(6)
    acr = r.random() < 0.5
    if not acr or r.random() < 0.5:
        w.line("BASIC METABOLIC PANEL" if not uk else "U&E", font="hebo", fs=9.5)
        en_chem_rows(ctx, w, xs, ["na", "k", "cl", "co2", "bun", "crea", "glu"] if not uk else ["na", "k", "urea_si",
                                                                                                 "crea_si"], uk)
        w.space(4)
    if acr:
        w.line("URINE ALBUMIN / CREATININE RATIO", font="hebo", fs=9.5)
        alb = round(r.uniform(4, 22) if r.random() < 0.7 else r.uniform(45, 180), 1)
        cr_u = float(r.randint(40, 190))
        a1 = ctx.num("glu", "Albumin, Urine", alb, "mg/L", dec=1, ref=None, loinc="14957-5", crit=(), lang="en")
        a2 = ctx.num("glu", "Creatinine, Urine", cr_u, "mg/dL", dec=0, ref=None, loinc="2161-8", crit=(), lang="en")
        a3 = ctx.num("glu", "Albumin/Creatinine Ratio", alb * 100 / cr_u, "mg/g creat", dec=1, ref=(None, 30.0),
                     loinc="14959-1", crit=(), pf=PF_HL, lang="en")
        for a in (a1, a2, a3):
            w.cells([(xs[0] + 8, a.name, "l"), (xs[1], a.vstr, "r"), (xs[2], a.pflag or "", "l"),
                     (xs[3], ctx.rt(a, 0, unit=False) or "Not established", "l"), (xs[4], a.unit, "l")])
    en_footer(w, ctx, uk)
    return w, None


ENN = {
    "glu": ["Glucose", "Glucose, Serum", "Fasting Glucose"], "bun": ["BUN", "Urea Nitrogen (BUN)", "Blood Urea Nitrogen"],
    "crea": ["Creatinine", "Creatinine, Serum"], "na": ["Sodium", "Sodium, Serum"], "k": ["Potassium", "Potassium, Serum"],
    "cl": ["Chloride"], "co2": ["Carbon Dioxide, Total", "CO2", "Bicarbonate"], "ca": ["Calcium", "Calcium, Serum"],
    "urea_si": ["Urea"], "crea_si": ["Creatinine"], "egfr": ["eGFR", "eGFR (CKD-EPI 2021)"],
    "alb": ["Albumin"], "ast": ["AST (SGOT)", "AST"], "alt": ["ALT (SGPT)", "ALT"], "alp": ["Alkaline Phosphatase"],
    "bilt": ["Bilirubin, Total"], "tsh": ["TSH"], "hba1c": ["Hemoglobin A1c", "HbA1c"],
}


def en_chem_rows(ctx: Ctx, w: W, xs, keys, uk=False, pf=PF_HL):
    r = ctx.rng
    crea = None
    for k in keys:
        nm = r.choice(ENN[k])
        if k == "urea_si":
            row = ctx.num("bun", nm, ctx.gen("bun"), "mmol/L", factor=0.357, dec=1, ref=(2.5, 7.8), loinc="22664-7",
                          pf=pf, lang="en")
        elif k == "crea_si":
            ref = (59.0, 104.0) if ctx.sex == "M" else (45.0, 84.0)
            row = ctx.num("crea", nm, ctx.gen("crea"), "µmol/L", factor=88.4, dec=0, ref=ref, loinc="14682-9", pf=pf,
                          lang="en")
        elif k == "egfr":
            row = ctx.num("crea", nm, egfr(crea or 0.9, ctx.age, ctx.sex), "mL/min/1.73m2", dec=0, ref=(60.0, None),
                          loinc="98979-8", crit=(), pf=pf, lang="en")
        else:
            u = {"glu": "mg/dL", "bun": "mg/dL", "crea": "mg/dL", "na": "mmol/L", "k": "mmol/L", "cl": "mmol/L",
                 "co2": "mmol/L", "ca": "mg/dL", "alb": "g/dL", "ast": "U/L", "alt": "U/L", "alp": "U/L",
                 "bilt": "mg/dL", "tsh": "uIU/mL", "hba1c": "%"}[k]
            row = ctx.num(k, nm, ctx.gen(k), u, pf=pf, lang="en")
            if k == "crea":
                crea = row.v
        w.cells([(xs[0] + 8, row.name, "l"), (xs[1], row.vstr, "r"), (xs[2], row.pflag or "", "l"),
                 (xs[3], ctx.rt(row, 0, unit=False, lang="en"), "l"), (xs[4], row.unit, "l")])


# --------------------------------------------------------------------------------------------
# DE4 urinalysis-pt2 (EAS)
# --------------------------------------------------------------------------------------------


def fam4(ctx: Ctx):
    r = ctx.rng
    w = W(fs=8.8, lead=12, margin=44)
    pt_header(w, ctx, r.choice(PT_LABS), pname(ctx))
    w.line(r.choice(["EXAME DE URINA - EAS", "URINA TIPO I (EAS)", "URINÁLISE - ELEMENTOS ANORMAIS E SEDIMENTO"]),
           font="hebo", fs=10.5, lead=14)
    w.line("Material: Urina (jato médio, primeira micção)    Método: Tira reativa e microscopia", fs=7.5)
    sick = r.random() < 0.5
    xv, xr = 240, 350

    def q(key, name, printed, meaning, vr):
        ctx.qual(UA_LOINC[key], name, printed, meaning)
        w.cells([(w.m + 10, name, "l"), (xv, printed, "l", "hebo"), (xr, vr, "l")])

    w.line("CARACTERES GERAIS" if r.random() < 0.5 else "EXAME FÍSICO", font="hebo", fs=9)
    w.cells([(w.m + 10, "Volume", "l"), (xv, f"{r.choice([20, 30, 40, 50])} mL", "l")])
    w.cells([(w.m + 10, "Cor", "l"), (xv, r.choice(["Amarelo citrino", "Amarelo claro", "Amarelo"]), "l", "hebo"),
             (xr, "Amarelo citrino", "l")])
    w.cells([(w.m + 10, "Aspecto", "l"), (xv, "Turvo" if sick else "Límpido", "l", "hebo"), (xr, "Límpido", "l")])
    sg = r.choice([1.010, 1.015, 1.020, 1.025, 1.035])
    dot = r.random() < 0.34
    row = ctx.num("glu", "Densidade", sg, None, dec=3, ref=(1.005, 1.030), loinc=UA_LOINC["sg"], crit=())
    vs = row.vstr.replace(",", ".") if dot else row.vstr
    if dot:
        ctx.checks[-1] = vs
    w.cells([(w.m + 10, "Densidade", "l"), (xv, vs, "l", "hebo"),
             (xr, "1.005 a 1.030" if dot else "1,005 a 1,030", "l")])
    ph = ctx.num("glu", "pH", r.choice([5.0, 5.5, 6.0, 6.5, 7.0]), None, dec=1, ref=(4.5, 7.8), loinc=UA_LOINC["ph"],
                 crit=())
    w.cells([(w.m + 10, "pH", "l"), (xv, ph.vstr, "l", "hebo"), (xr, "4,5 a 7,8", "l")])
    w.space(3)
    w.line("ELEMENTOS ANORMAIS", font="hebo", fs=9)
    pr = r.choice([("Ausentes", "negative"), ("Ausentes", "negative"), ("Traços", "trace"), ("Positivo (+)", "positive")])
    q("prot", "Proteínas", pr[0], pr[1], "Ausentes")
    q("glu", "Glicose", r.choice(["Ausente", "Negativo"]) if r.random() < 0.85 else "Positivo (++)",
      None, "Ausente")
    # fix glucose meaning from what was printed
    last = ctx.expected[-1]
    ctx.expected[-1] = ExpectedResult(**{**asdict(last), "qualitative": "positive" if "Positivo" in ctx.checks[-1]
                                         else "negative"})
    q("ket", "Corpos cetônicos", r.choice(["Ausentes", "Negativo"]), "negative", "Ausentes")
    hb = r.choice([("Positivo (+)", "positive"), ("Traços", "trace"), ("Positivo (++)", "positive")]) if sick \
        else ("Ausente", "negative")
    q("blood", r.choice(["Hemoglobina", "Sangue (hemoglobina)"]), hb[0], hb[1], "Ausente")
    q("bili", r.choice(["Bilirrubina", "Pigmentos biliares"]), "Ausente", "negative", "Ausente")
    q("ubg", "Urobilinogênio", "Normal", "normal", "Normal")
    nt = ("Positivo", "positive") if (sick and r.random() < 0.6) else ("Negativo", "negative")
    q("nit", "Nitrito", nt[0], nt[1], "Negativo")
    if r.random() < 0.6:
        le = ("Positivo", "positive") if sick else ("Negativo", "negative")
        q("le", "Esterase leucocitária", le[0], le[1], "Negativo")
    w.space(3)
    w.line("SEDIMENTOSCOPIA" if r.random() < 0.6 else "SEDIMENTOSCOPIA (microscopia - 400x)", font="hebo", fs=9)
    ep = r.choice([("Raras", "rare"), ("Algumas", "present"), ("Raras", "rare")])
    q("epi", "Células epiteliais", ep[0], ep[1], "Raras")
    permL = r.random() < 0.5
    if permL:
        lv = float(r.choice([25000, 38000, 60000])) if sick else float(r.choice([2000, 4000, 6000, 8000]))
        lrow = ctx.num("glu", "Leucócitos", lv, "/mL", dec=0, ref=(None, 10000.0), loinc="30405-5", crit=(),
                       pf=r.choice([None, PF_STAR]))
        hv = float(r.choice([18000, 26000])) if hb[1] == "positive" else float(r.choice([1000, 3000, 5000]))
        hrow = ctx.num("glu", "Hemácias", hv, "/mL", dec=0, ref=(None, 10000.0), loinc="798-9", crit=())
        w.cells([(w.m + 10, "Leucócitos", "l"), (xv, f"{lrow.vstr}/mL" + (f" {lrow.pflag}" if lrow.pflag else ""), "l",
                                                  "hebo"), (xr, "até 10.000/mL", "l")])
        w.cells([(w.m + 10, "Hemácias", "l"), (xv, f"{hrow.vstr}/mL", "l", "hebo"), (xr, "até 10.000/mL", "l")])
    else:
        lv = float(r.randint(12, 35)) if sick else float(r.randint(1, 4))
        lrow = ctx.num("glu", "Leucócitos", lv, "p/c", dec=0, ref=(None, 5.0), loinc="5821-4", crit=())
        hv = float(r.randint(6, 20)) if hb[1] == "positive" else float(r.randint(0, 2))
        hrow = ctx.num("glu", "Hemácias", hv, "p/c", dec=0, ref=(None, 3.0), loinc="13945-1", crit=())
        w.cells([(w.m + 10, "Leucócitos", "l"), (xv, f"{lrow.vstr} p/c", "l", "hebo"), (xr, "até 5 p/c", "l")])
        w.cells([(w.m + 10, "Hemácias", "l"), (xv, f"{hrow.vstr} p/c", "l", "hebo"), (xr, "até 3 p/c", "l")])
    q("hyal", r.choice(["Cilindros", "Cilindros hialinos"]), "Ausentes", "absent", "Ausentes")
    cr = r.choice([("Ausentes", "absent"), ("Ausentes", "absent"), ("Raros", "rare")])
    q("cryst", "Cristais", cr[0], cr[1], "Ausentes")
    if cr[1] == "rare":
        w.line("Obs.: cristais de oxalato de cálcio", x=w.m + 20, fs=7.5)
    q("mucus", r.choice(["Filamentos de muco", "Muco"]), r.choice(["Raros", "Presentes", "Ausentes"]), None, "Ausentes")
    last = ctx.expected[-1]
    m = {"Raros": "rare", "Presentes": "present", "Ausentes": "absent"}[ctx.checks[-1]]
    ctx.expected[-1] = ExpectedResult(**{**asdict(last), "qualitative": m})
    bt = ("Numerosas", "present") if sick else r.choice([("Raras", "rare"), ("Ausentes", "absent")])
    q("bact", r.choice(["Bactérias", "Flora bacteriana"]), bt[0], bt[1], "Ausentes")
    w.space(6)
    w.line("Nota: a contagem por campo (p/c) refere-se ao campo de grande aumento (400x).", fs=7)
    if r.random() < 0.6:
        w.space(4)
        w.line("BIOQUÍMICA", font="hebo", fs=9.5)
        for row in pt_chem(ctx, ["urea", "crea", "egfr"], pf=PF_HL):
            w.cells([(w.m + 10, row.name, "l"), (xv, f"{row.vstr} {row.unit}" + (f"  {row.pflag}" if row.pflag else ""),
                                                 "l", "hebo"), (xr, ctx.rt(row, 0), "l")])
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, None


# --------------------------------------------------------------------------------------------
# DE5 coag-pt
# --------------------------------------------------------------------------------------------


def fam5(ctx: Ctx):
    r = ctx.rng
    w = W(fs=8.8, lead=12, margin=44)
    anticoag = r.random() < 0.4
    pt_header(w, ctx, r.choice(PT_LABS), pname(ctx),
              extra=["Informação clínica: em uso de varfarina"] if anticoag else None)
    pf = r.choice([None, PF_STAR, PF_PT])
    w.line("COAGULOGRAMA", font="hebo", fs=11, lead=14)
    w.line("Material: Plasma citratado (citrato de sódio 3,2%)    Método: Coagulométrico automatizado", fs=7.5)
    xv, xc, xr = 230, 330, 420
    # TP
    w.space(3)
    w.line("TEMPO DE PROTROMBINA (TP)", font="hebo", fs=9.2)
    w.cells([(xv, "Paciente", "l"), (xc, "Controle do dia", "l"), (xr, "Valores de referência", "l")], fs=7.8)
    inr = ctx.U(1.35, 3.2) if anticoag else ctx.gen("inr", ab=r.random() < 0.2)
    inr = round(inr, 2)
    isi = round(r.uniform(0.98, 1.12), 2)
    ctrl = round(r.uniform(11.0, 12.2), 1)
    ptsec = ctrl * inr ** (1 / isi)
    nm_s = r.choice(["Tempo", "Tempo do paciente", "TP (segundos)"])
    srow = ctx.num("ptsec", nm_s, ptsec, "segundos", ref=(10.0, 14.0), pf=pf)
    w.cells([(w.m + 10, nm_s, "l"), (xv, f"{srow.vstr} segundos" + (f" {srow.pflag}" if srow.pflag else ""), "l", "hebo"),
             (xc, f"{fnum(ctrl, 1, 'pt')} segundos", "l"), (xr, "10,0 a 14,0 segundos", "l")])
    act = 98 / inr ** 1.7
    nm_a = r.choice(["Atividade", "Atividade de protrombina", "TP - atividade"])
    arow = ctx.num("ptsec", nm_a, act, "%", dec=0, ref=(70.0, None) if r.random() < 0.5 else (70.0, 120.0),
                   loinc="5894-1", pf=pf, crit=())
    w.cells([(w.m + 10, nm_a, "l"), (xv, f"{arow.vstr} %" + (f" {arow.pflag}" if arow.pflag else ""), "l", "hebo"),
             (xr, ctx.rt(arow, 0), "l")])
    nm_i = r.choice(["RNI", "INR", "RNI (INR)"])
    irow = ctx.num("inr", nm_i, inr, None, ref=(0.8, 1.2), pf=pf)
    w.cells([(w.m + 10, nm_i, "l"), (xv, irow.vstr + (f" {irow.pflag}" if irow.pflag else ""), "l", "hebo"),
             (xr, "0,80 a 1,20", "l")])
    w.line(f"ISI do reagente: {fnum(isi, 2, 'pt')}   Lote: TP{r.randint(1000, 9999)}", x=w.m + 10, fs=7)
    if anticoag:
        w.line("Faixa terapêutica sugerida (anticoagulação oral): RNI 2,0 a 3,0", x=w.m + 10, fs=7)
    # TTPA
    w.space(4)
    w.line("TEMPO DE TROMBOPLASTINA PARCIAL ATIVADA (TTPA)", font="hebo", fs=9.2)
    w.cells([(xv, "Paciente", "l"), (xc, "Controle do dia", "l"), (xr, "Valores de referência", "l")], fs=7.8)
    ctrl2 = round(r.uniform(28.0, 31.5), 1)
    ratio = ctx.U(1.4, 2.1) if r.random() < 0.2 else ctx.U(0.88, 1.15)
    nm_t = r.choice(["Tempo", "Tempo do paciente", "TTPA (segundos)"])
    trow = ctx.num("aptt", nm_t, ctrl2 * ratio, "segundos", ref=(24.0, 38.0), pf=pf)
    w.cells([(w.m + 10, nm_t, "l"), (xv, f"{trow.vstr} segundos" + (f" {trow.pflag}" if trow.pflag else ""), "l", "hebo"),
             (xc, f"{fnum(ctrl2, 1, 'pt')} segundos", "l"), (xr, "24,0 a 38,0 segundos", "l")])
    nm_r = r.choice(["Relação", "Relação paciente/controle", "R (P/C)"])
    rrow = ctx.num("aptt", nm_r, trow.v / ctrl2, None, dec=2, ref=(None, 1.25), loinc="63561-5", pf=pf, crit=())
    w.cells([(w.m + 10, nm_r, "l"), (xv, rrow.vstr + (f" {rrow.pflag}" if rrow.pflag else ""), "l", "hebo"),
             (xr, "até 1,25", "l")])
    # fibrinogen, D-dimer, bleeding time
    w.space(4)
    others = ["fib", "ddim", "plt"] + (["tsang"] if r.random() < 0.7 else [])
    for k in ["fib", "ddim", "tsang", "plt"]:
        if k not in others:
            continue
        if k == "fib":
            nm = r.choice(["FIBRINOGÊNIO", "Fibrinogênio (Clauss)"])
            row = ctx.num("fib", nm, ctx.gen("fib"), "mg/dL", pf=pf)
            w.line(nm, font="hebo", fs=9.2)
            w.cells([(w.m + 10, "Resultado", "l"), (xv, f"{row.vstr} mg/dL" + (f" {row.pflag}" if row.pflag else ""), "l",
                                                    "hebo"), (xr, "200 a 400 mg/dL", "l")])
        elif k == "ddim":
            nm = r.choice(["D-DÍMERO", "Dímero D", "D-dímero (quantitativo)"])
            row = ctx.num("ddim", nm, ctx.gen("ddim"), "ng/mL FEU", pf=pf)
            w.line(nm, font="hebo", fs=9.2)
            w.cells([(w.m + 10, "Resultado", "l"), (xv, f"{row.vstr} ng/mL FEU" + (f" {row.pflag}" if row.pflag else ""),
                                                    "l", "hebo"), (xr, "Inferior a 500 ng/mL FEU", "l")])
            w.line("Valor de corte para exclusão de TEV: 500 ng/mL FEU", x=w.m + 10, fs=7)
        elif k == "tsang":
            nm = r.choice(["TEMPO DE SANGRAMENTO (Duke)", "Tempo de sangramento"])
            v = r.choice([1.5, 2.0, 2.5]) if r.random() < 0.8 else 4.5
            row = ctx.num("ptsec", nm, v, "minutos", dec=1, ref=(1.0, 3.0), loinc="11067-6", pf=pf, crit=())
            w.cells([(w.m, nm, "l", "hebo"), (xv, f"{row.vstr} minutos" + (f" {row.pflag}" if row.pflag else ""), "l",
                                              "hebo"), (xr, "1 a 3 minutos", "l")])
        else:
            nm = "Contagem de plaquetas"
            row = ctx.num("plt", nm, ctx.gen("plt"), "/mm³", factor=1000, step=1000, dec=0,
                          ref=(150000.0, 450000.0), pf=pf)
            w.cells([(w.m, nm, "l", "hebo"), (xv, f"{row.vstr} /mm³" + (f" {row.pflag}" if row.pflag else ""), "l",
                                              "hebo"), (xr, "150.000 a 450.000 /mm³", "l")])
    if True:
        w.space(6)
        w.line("BIOQUÍMICA", font="hebo", fs=9.5)
        for row in pt_chem(ctx, r.sample(["crea", "ast", "alt", "ggt", "alb", "bilt", "glu"], 4), pf=pf):
            w.cells([(w.m + 10, row.name, "l"), (xv, f"{row.vstr} {row.unit}" + (f" {row.pflag}" if row.pflag else ""),
                                                 "l", "hebo"), (xr, ctx.rt(row, 0), "l")])
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, None


# --------------------------------------------------------------------------------------------
# DE6 hormone-pt
# --------------------------------------------------------------------------------------------

# phase tables: label -> (lo, hi)   (None lo => "até")
HT = {
    "fsh": ("15067-2", "FSH - HORMÔNIO FOLÍCULO ESTIMULANTE", "mUI/mL", 1, [
        ("fol", "Fase folicular", 3.5, 12.5), ("ovu", "Pico ovulatório", 4.7, 21.5), ("lut", "Fase lútea", 1.7, 7.7),
        ("pos", "Pós-menopausa", 25.8, 134.8), ("M", "Homens", 1.5, 12.4)]),
    "lh": ("10501-5", "LH - HORMÔNIO LUTEINIZANTE", "mUI/mL", 1, [
        ("fol", "Fase folicular", 2.4, 12.6), ("ovu", "Pico ovulatório", 14.0, 95.6), ("lut", "Fase lútea", 1.0, 11.4),
        ("pos", "Pós-menopausa", 7.7, 58.5), ("M", "Homens", 1.7, 8.6)]),
    "e2": ("2243-4", "ESTRADIOL", "pg/mL", 1, [
        ("fol", "Fase folicular", 12.5, 166.0), ("ovu", "Pico ovulatório", 85.8, 498.0),
        ("lut", "Fase lútea", 43.8, 211.0), ("pos", "Pós-menopausa", None, 54.7), ("M", "Homens", 25.8, 60.7)]),
    "prog": ("2839-9", "PROGESTERONA", "ng/mL", 2, [
        ("fol", "Fase folicular", 0.2, 1.5), ("ovu", "Pico ovulatório", 0.8, 3.0), ("lut", "Fase lútea", 1.7, 27.0),
        ("pos", "Pós-menopausa", 0.1, 0.8), ("M", "Homens", 0.2, 1.4)]),
    "prl": ("2842-3", "PROLACTINA", "ng/mL", 1, [("F", "Mulheres (não gestantes)", 4.8, 23.3),
                                                 ("M", "Homens", 4.0, 15.2)]),
}


def gen_in(ctx: Ctx, lo, hi, p=0.22):
    """value around an applicable interval: mostly inside, sometimes clearly outside."""
    if ctx.rng.random() < p:
        if lo is not None and (hi is None or ctx.rng.random() < 0.5):
            return lo * ctx.U(0.45, 0.85)
        return hi * ctx.U(1.15, 1.8)
    if lo is None:
        return hi * ctx.U(0.2, 0.85)
    if hi is None:
        return lo * ctx.U(1.15, 1.8)
    return ctx.U(lo + 0.1 * (hi - lo), hi - 0.12 * (hi - lo))


def fam6(ctx: Ctx):
    r = ctx.rng
    w = W(fs=8.6, lead=11.3, margin=44)
    if ctx.sex == "F":
        phase = "pos" if ctx.age >= 52 else r.choice(["fol", "lut"])
        if phase == "pos" and ctx.age < 52:
            phase = "fol"
        if ctx.age < 52 and ctx.age > 45 and r.random() < 0.3:
            phase = "fol"
        ph_txt = {"fol": "Fase do ciclo: folicular", "lut": "Fase do ciclo: lútea", "pos": "Pós-menopausa"}[phase]
        extra = [f"Informação clínica: {ph_txt}" + (f" (DUM: {r.randint(1, 28):02d}/{ctx.date[1]:02d}/2026)"
                                                    if phase != "pos" and ctx.date[1] > 1 and r.random() < 0.6 else "")]
    else:
        phase = "M"
        extra = None
    morning = r.random() < 0.6
    hh = pt_header(w, ctx, r.choice(PT_LABS), pname(ctx), extra=extra)
    chh = hh if morning else r.randint(16, 18)
    w.line(f"Horário da coleta do cortisol: {chh:02d}:{r.randint(0, 59):02d}", fs=7.8)
    pf = r.choice([None, PF_PT, PF_STAR])
    w.line("HORMÔNIOS", font="hebo", fs=11, lead=14)

    def block(loinc, title, v, unit, dec, lo, hi, table_lines, method="Eletroquimioluminescência", comp=None):
        w.need(24 + 10 * len(table_lines))
        w.line(title, font="hebo", fs=9)
        w.line(f"Material: Soro   Método: {method}", fs=7)
        row = ctx.num("glu", title, v, unit, dec=dec, ref=(lo, hi), loinc=loinc, pf=pf, crit=(), comparator=comp)
        w.cells([(w.m + 10, "Resultado:", "l"), (w.m + 90, f"{row.vstr} {unit}" + (f"  {row.pflag}" if row.pflag else ""),
                                                 "l", "hebo")])
        w.line("Valores de referência:", x=w.m + 10, fs=7.5, lead=10)
        for t in table_lines:
            w.line(t, x=w.m + 22, fs=7.4, lead=9.6)
        w.space(4)
        return row

    def fr(x, d=None):
        return fref(x, "pt")

    keys = ["tsh", "ft4"]
    if ctx.sex == "F":
        keys += ["fsh", "lh", "e2", "prog", "prl"]
    else:
        keys += ["testo", "psa"] + r.sample(["fsh", "lh", "e2", "prl"], 3)
    keys += r.sample(["cort", "ins", "vitd", "glu"], 4)
    if ctx.sex == "F" and r.random() < 0.5:
        keys.append("testo")
    for k in keys:
        if k in HT:
            loinc, title, unit, dec, tab = HT[k]
            key = phase if k != "prl" else ("M" if ctx.sex == "M" else "F")
            lo, hi = next((a, b) for c, _, a, b in tab if c == key)
            lines = [f"{lab}: " + (f"até {fr(b)} {unit}" if a is None else f"{fr(a)} a {fr(b)} {unit}")
                     for _, lab, a, b in tab]
            block(loinc, title, gen_in(ctx, lo, hi), unit, dec, lo, hi, lines)
        elif k == "tsh":
            block("3016-3", r.choice(["TSH ULTRASSENSÍVEL", "TSH - TIREOTROFINA"]), ctx.gen("tsh"), "µUI/mL", 2, 0.27,
                  4.20, ["Adultos: 0,27 a 4,20 µUI/mL", "Gestantes 1º trimestre: 0,10 a 2,50 µUI/mL"])
        elif k == "ft4":
            block("3024-0", "T4 LIVRE", ctx.gen("ft4"), "ng/dL", 2, 0.93, 1.70, ["0,93 a 1,70 ng/dL"])
        elif k == "testo":
            if ctx.sex == "M":
                lo, hi = (249.0, 836.0) if ctx.age < 50 else (193.0, 740.0)
            else:
                lo, hi = 8.4, 48.1
            block("2986-8", "TESTOSTERONA TOTAL", gen_in(ctx, lo, hi), "ng/dL", 1 if ctx.sex == "F" else 0, lo, hi,
                  ["Homens 20 a 49 anos: 249 a 836 ng/dL", "Homens 50 anos ou mais: 193 a 740 ng/dL",
                   "Mulheres: 8,4 a 48,1 ng/dL"])
        elif k == "psa":
            bands = [(49, 2.5, "Até 49 anos"), (59, 3.5, "50 a 59 anos"), (69, 4.5, "60 a 69 anos"),
                     (200, 6.5, "70 anos ou mais")]
            hi = next(b for a, b, _ in bands if ctx.age <= a)
            v = gen_in(ctx, None, hi, p=0.25)
            row = block("2857-1", "PSA TOTAL", v, "ng/mL", 2, None, hi,
                        [f"{lab}: até {fr(b)} ng/mL" for _, b, lab in bands])
            if r.random() < 0.6:
                fv = row.v * ctx.U(0.12, 0.3)
                frow = ctx.num("glu", "PSA LIVRE", fv, "ng/mL", dec=2, ref=None, loinc="10886-0", crit=())
                rel = ctx.num("glu", "Relação PSA livre/total", frow.v / row.v * 100, "%", dec=0, ref=(25.0, None),
                              loinc="12841-3", crit=(), pf=pf)
                w.cells([(w.m + 10, "PSA LIVRE", "l"), (w.m + 120, f"{frow.vstr} ng/mL", "l", "hebo")])
                w.cells([(w.m + 10, "Relação PSA livre/total", "l"),
                         (w.m + 120, f"{rel.vstr} %" + (f"  {rel.pflag}" if rel.pflag else ""), "l", "hebo"),
                         (300, "Superior a 25 %", "l")])
                w.space(4)
        elif k == "cort":
            lo, hi = (6.2, 19.4) if morning else (2.3, 11.9)
            block("2143-6", "CORTISOL", gen_in(ctx, lo, hi, 0.15), "µg/dL", 1, lo, hi,
                  ["Coleta pela manhã (7 às 10h): 6,2 a 19,4 µg/dL", "Coleta à tarde (16 às 20h): 2,3 a 11,9 µg/dL"])
        elif k == "ins":
            block("20448-7", "INSULINA (JEJUM)", gen_in(ctx, 2.6, 24.9), "µUI/mL", 1, 2.6, 24.9,
                  ["2,6 a 24,9 µUI/mL"])
        elif k == "vitd":
            block("62292-8", "25-HIDROXIVITAMINA D", ctx.gen("vitd"), "ng/mL", 1, 30.0, 100.0,
                  ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL", "Suficiência: 30 a 100 ng/mL",
                   "Risco de toxicidade: superior a 100 ng/mL"])
        elif k == "glu":
            block("2345-7", "GLICOSE (JEJUM)", ctx.gen("glu"), "mg/dL", 0, 70.0, 99.0,
                  ["Normal: 70 a 99 mg/dL"], method="Enzimático (hexoquinase)")
            # the critical flag does not apply through block(); values are generated clear of criticals
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, None


# --------------------------------------------------------------------------------------------
# DE7 letter-en2
# --------------------------------------------------------------------------------------------

# key: (names, unit, factor, dec, loinc, ref M, ref F, base-key)
LET_UK = {
    "hb": (["haemoglobin", "Hb"], "g/L", 10, 0, "718-7", (130, 170), (115, 155), "hb"),
    "wbc": (["WCC", "white cell count"], "x10^9/L", 1, 1, "6690-2", (4.0, 11.0), None, "wbc"),
    "plt": (["platelets", "Plt"], "x10^9/L", 1, 0, "777-3", (150, 400), None, "plt"),
    "crp": (["CRP"], "mg/L", 1, 0, "1988-5", (None, 5), None, "crp"),
    "na": (["Na", "sodium"], "mmol/L", 1, 0, "2951-2", (135, 145), None, "na"),
    "k": (["K", "potassium"], "mmol/L", 1, 1, "2823-3", (3.5, 5.3), None, "k"),
    "urea": (["urea"], "mmol/L", 0.357, 1, "22664-7", (2.5, 7.8), None, "bun"),
    "crea": (["creatinine", "creat"], "µmol/L", 88.4, 0, "14682-9", (59, 104), (45, 84), "crea"),
    "alb": (["albumin"], "g/L", 10, 0, "1751-7", (35, 50), None, "alb"),
    "bilt": (["bilirubin"], "µmol/L", 17.1, 0, "14631-6", (0, 21), None, "bilt"),
    "alt": (["ALT"], "U/L", 1, 0, "1742-6", (0, 40), None, "alt"),
    "alp": (["ALP", "alkaline phosphatase"], "U/L", 1, 0, "6768-6", (30, 130), None, "alp"),
    "tsh": (["TSH"], "mU/L", 1, 2, "3016-3", (0.27, 4.2), None, "tsh"),
    "ft4": (["free T4", "FT4"], "pmol/L", 12.87, 1, "14920-3", (12.0, 22.0), None, "ft4"),
    "ferr": (["ferritin"], "µg/L", 1, 0, "2276-4", (30, 400), (13, 150), "ferr"),
    "hba1c": (["HbA1c"], "mmol/mol", None, 0, "59261-8", (None, 42), None, "hba1c"),
    "glu": (["glucose", "random glucose"], "mmol/L", 0.0555, 1, "14749-6", (3.5, 7.8), None, "glu"),
    "mg": (["magnesium", "Mg"], "mmol/L", 0.4114, 2, "2601-3", (0.70, 1.00), None, "mg"),
    "trop": (["high-sensitivity troponin T", "hs-TnT"], "ng/L", 1, 0, "67151-1", (None, 14), None, None),
}
LET_US = {
    "hb": (["hemoglobin", "Hgb"], "g/dL", 1, 1, "718-7", (13.5, 17.5), (12.0, 15.5), "hb"),
    "wbc": (["WBC", "white count"], "K/uL", 1, 1, "6690-2", (4.0, 11.0), None, "wbc"),
    "plt": (["platelets"], "K/uL", 1, 0, "777-3", (150, 400), None, "plt"),
    "na": (["sodium", "Na"], "mmol/L", 1, 0, "2951-2", (136, 145), None, "na"),
    "k": (["potassium", "K"], "mmol/L", 1, 1, "2823-3", (3.5, 5.1), None, "k"),
    "bun": (["BUN"], "mg/dL", 1, 0, "3094-0", (7, 20), None, "bun"),
    "crea": (["creatinine", "Cr"], "mg/dL", 1, 2, "2160-0", (0.70, 1.30), (0.55, 1.02), "crea"),
    "glu": (["fasting glucose", "glucose"], "mg/dL", 1, 0, "2345-7", (70, 99), None, "glu"),
    "hba1c": (["hemoglobin A1c", "HbA1c", "A1c"], "%", 1, 1, "4548-4", (4.0, 5.6), None, "hba1c"),
    "ldl": (["LDL", "LDL cholesterol"], "mg/dL", 1, 0, "13457-7", (None, 100), None, None),
    "tsh": (["TSH"], "uIU/mL", 1, 2, "3016-3", (0.27, 4.2), None, "tsh"),
    "alt": (["ALT"], "U/L", 1, 0, "1742-6", (7, 56), None, "alt"),
    "ast": (["AST"], "U/L", 1, 0, "1920-8", (10, 40), None, "ast"),
    "alb": (["albumin"], "g/dL", 1, 1, "1751-7", (3.5, 5.2), None, "alb"),
    "ferr": (["ferritin"], "ng/mL", 1, 0, "2276-4", (30, 400), (13, 150), "ferr"),
    "b12": (["vitamin B12", "B12"], "pg/mL", 1, 0, "2132-9", (197, 771), None, "b12"),
    "vitd": (["25-OH vitamin D", "vitamin D"], "ng/mL", 1, 0, "62292-8", (30, 100), None, "vitd"),
    "psa": (["PSA"], "ng/mL", 1, 2, "2857-1", (None, 4.0), None, "psa"),
}
LET_PROSE = {"uk": ["hb", "wbc", "plt", "crp", "na", "k", "urea", "crea", "glu"],
             "us": ["hb", "wbc", "plt", "na", "k", "bun", "crea", "glu"]}


def fam7(ctx: Ctx):
    r = ctx.rng
    uk = ctx.rng.random() < 0.6
    tab = LET_UK if uk else LET_US
    w = W(size=(595, 842) if uk else (612, 792), fs=9.6, lead=13.2, margin=56, font="tiro" if r.random() < 0.5 else "helv")
    bold = "tibo" if w.font == "tiro" else "hebo"
    name = pname(ctx)
    lab = r.choice(UK_LABS) if uk else r.choice(["Lakeside Internal Medicine Associates", "Mercy Valley Nephrology Clinic",
                                                  "Greenway Family Medicine"])
    w.line(lab, font=bold, fs=13, lead=16)
    w.line(r.choice(["Department of Acute Medicine", "Ward 7B - Care of the Elderly", "Respiratory Medicine"]) if uk
           else "2150 W. Elm Street, Suite 210, Springfield, IL 62704", fs=8.5)
    w.hr(gap=6)
    y, m, d = ctx.date
    dis = (y, m, min(d + r.randint(2, 6), 28))
    w.line(("DISCHARGE SUMMARY" if r.random() < 0.6 else "CLINIC LETTER") if uk else "REFERRAL LETTER", font=bold,
           fs=11, lead=15)
    by, bm, bd = ctx.birth
    title = ("Mrs" if ctx.sex == "F" else "Mr") if uk else ("Ms." if ctx.sex == "F" else "Mr.")
    sx = "Female" if ctx.sex == "F" else "Male"
    w.line(f"Date: {ctx.dstr(dis, 'long')}")
    w.line(f"Re: {title} {name}   DOB: {bd:02d}/{bm:02d}/{by}" if uk else
           f"Re: {title} {name}   DOB: {bm:02d}/{bd:02d}/{by}")
    w.line(f"Sex: {sx}   " + (f"NHS No: {r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}" if uk
                               else f"MRN: {r.randint(1000000, 9999999)}"))
    w.space(6)
    doc = r.choice(["Dr Hannah Cole", "Dr Peter Marsh", "Dr Anjali Sharma"]) if uk else r.choice(EN_DOCS).split(",")[0]
    w.line(f"Dear {doc},")
    w.space(3)
    cond = r.choice(["community-acquired pneumonia", "an acute kidney injury on a background of CKD",
                     "a lower urinary tract infection and dehydration", "symptomatic anaemia",
                     "decompensated heart failure"])
    adm = ctx.dstr(fmt="long")
    if uk:
        w.wrap(f"I am writing to update you on {title} {name.split()[-1]}, who was admitted on {adm} with {cond}. "
               f"She was treated with intravenous fluids and antibiotics and made a good recovery."
               .replace("She", "He" if ctx.sex == "M" else "She"))
    else:
        w.wrap(f"Thank you for seeing {title} {name.split()[-1]}, a {ctx.age}-year-old {sx.lower()} whom I am referring "
               f"for further evaluation of {cond}. Labs were drawn in our office on {adm}.")
    w.space(4)
    w.line("Investigations" if uk else "Recent laboratory results", font=bold)

    def reg(k, name_, with_unit=True, ref_print=False, pf=None):
        names, unit, fac, dec, loinc, rM, rF, bk = tab[k]
        ref = rF if (ctx.sex == "F" and rF) else rM
        ref = (None if ref[0] is None else float(ref[0]), None if ref[1] is None else float(ref[1]))
        if k == "trop":
            base, fac = float(r.randint(3, 12)), 1
        elif k == "ldl":
            base = lipids_base(ctx)["ldl"]
        elif k == "hba1c" and unit == "mmol/mol":
            base = (ctx.gen("hba1c") - 2.15) * 10.929
            fac = 1
        else:
            base = ctx.gen(bk)
        row = ctx.num(bk or "glu", name_, base, unit if with_unit else None, factor=fac, dec=dec,
                      ref=ref if ref_print else None, loinc=loinc, pf=pf, lang="en",
                      crit=None if bk in ("hb", "wbc", "plt", "na", "k", "glu") else ())
        return row

    prose = LET_PROSE["uk" if uk else "us"][:]
    r.shuffle(prose)
    prose = prose[:r.randint(6, 8)]
    parts = []
    crea_row = None
    for k in prose:
        nm = r.choice(tab[k][0])
        wu = r.random() < 0.6 or k in ("hb", "crea", "crp")
        row = reg(k, nm, with_unit=wu)
        txt = f"{nm} {row.vstr}" + (f" {row.unit}" if row.unit else "")
        if k == "crea":
            crea_row = row
            base_v = row.v * r.uniform(0.6, 0.8)
            txt += f" (baseline {fnum(base_v, tab[k][3], 'en')})"
        parts.append(txt)
    lead = r.choice(["Admission bloods showed ", "Blood tests on admission revealed ", "Initial labs showed "]) if uk \
        else r.choice(["Labs showed ", "Her recent labs showed ".replace("Her", "His" if ctx.sex == "M" else "Her")])
    w.wrap(lead + ", ".join(parts[:-1]) + " and " + parts[-1] + ".")
    if crea_row is not None and r.random() < 0.7:
        cm = crea_row.v / (88.4 if uk else 1)
        e = ctx.num("crea", "eGFR", egfr(cm, ctx.age, ctx.sex), "mL/min/1.73m2", dec=0, ref=None, loinc="98979-8",
                    crit=(), lang="en")
        w.wrap(f"Her eGFR was {e.vstr} mL/min/1.73m2 at that time, compared with a previous value of "
               f"{r.randint(55, 85)} in {r.choice(MONTHS_EN[:ctx.date[1]])} {ctx.date[0]}."
               .replace("Her", "His" if ctx.sex == "M" else "Her"))
    w.space(4)
    w.line(r.choice(["Other results (reference ranges in brackets):", "Further results:",
                     "Additional blood results from the same sample:"]))
    rest = [k for k in tab if k not in prose and k not in ("trop",) or (k == "trop" and uk)]
    rest = [k for k in rest if not (k == "psa" and ctx.sex == "F")]
    r.shuffle(rest)
    style = r.randint(0, 2)
    for k in rest[:r.randint(9, 11)]:
        nm = r.choice(tab[k][0])
        nm = nm[0].upper() + nm[1:]
        row = reg(k, nm, ref_print=True, pf={"H": "high", "L": "low"} if style != 2 else {"H": "H", "L": "L"})
        rng_txt = ctx.rt(row, 1, unit=False, lang="en").replace(" - ", "-")
        if style == 0:
            ann = f"({row.pflag}; range {rng_txt})" if row.pflag else f"(range {rng_txt})"
        elif style == 1:
            ann = f"({row.pflag}, ref {rng_txt})" if row.pflag else f"(ref {rng_txt})"
        else:
            ann = (f"[{rng_txt}] {row.pflag}" if row.pflag else f"[{rng_txt}]")
        w.line(f"- {nm} {row.vstr} {row.unit} {ann}", x=w.m + 10)
        if k == "hba1c" and r.random() < 0.6:
            w.line(f"  (previous {nm} {fnum(row.v * r.uniform(1.05, 1.25), tab[k][3], 'en')} {row.unit} six months ago)",
                   x=w.m + 18, fs=8.8)
    w.space(6)
    w.wrap(r.choice(["Please could you repeat her renal function and electrolytes in one to two weeks.",
                     "I would be grateful if you could recheck her bloods at the surgery in two weeks."] if uk else
                    ["Please arrange follow-up in clinic in six weeks with repeat labs.",
                     "I would appreciate your assessment and recommendations regarding her labs."])
           .replace("her ", "his " if ctx.sex == "M" else "her "))
    w.space(8)
    w.line("Yours sincerely,")
    w.space(14)
    w.line(r.choice(["Dr Oliver Grant, ST5 Acute Medicine", "Dr Fiona MacLeod, Consultant Physician"]) if uk
           else r.choice(["Michael Reyes, MD", "Laura Chen, MD, FACP"]))
    w.line("cc: patient" if r.random() < 0.5 else "Dictated but not read", fs=8)
    ctx.collect_fmt = "long"
    return w, None


# --------------------------------------------------------------------------------------------
# DE8 photo-en2 (US table with Flag and Units columns)
# --------------------------------------------------------------------------------------------


def us_cbc_rows(ctx: Ctx, pf, abs_first=False):
    r = ctx.rng
    b = cbc_base(ctx, pdec=0)
    u3 = r.choice(["x10E3/uL", "K/uL", "10^3/uL"])
    u6 = "x10E6/uL" if u3 == "x10E3/uL" else ("M/uL" if u3 == "K/uL" else "10^6/uL")
    out = []
    add = lambda row: out.append(row)  # noqa: E731
    wrow = ctx.num("wbc", "WBC", b["wbc"], u3, dec=1, pf=pf, lang="en")
    add(wrow)
    add(ctx.num("rbc", "RBC", b["rbc"], u6, pf=pf, lang="en"))
    add(ctx.num("hb", r.choice(["Hemoglobin", "HGB"]), b["hb"], "g/dL", pf=pf, lang="en"))
    add(ctx.num("hct", r.choice(["Hematocrit", "HCT"]), b["hct"], "%", pf=pf, lang="en"))
    add(ctx.num("mcv", "MCV", b["mcv"], "fL", dec=0, pf=pf, lang="en"))
    add(ctx.num("mch", "MCH", b["mch"], "pg", pf=pf, lang="en"))
    add(ctx.num("mchc", "MCHC", b["mchc"], "g/dL", pf=pf, lang="en"))
    add(ctx.num("rdw", "RDW", b["rdw"], "%", pf=pf, lang="en"))
    add(ctx.num("plt", "Platelets", b["plt"], u3, dec=0, pf=pf, lang="en"))
    nm = {"neut": "Neutrophils", "lymph": "Lymphs", "mono": "Monocytes", "eos": "Eos", "baso": "Basos"}
    pcts = {}
    for k in ("neut", "lymph", "mono", "eos", "baso"):
        lp, la, rp, ra = DIFF[k]
        pcts[k] = ctx.num("wbc", nm[k], b["pct"][k], "%", dec=0, ref=(float(rp[0]), float(rp[1])), loinc=lp, crit=(),
                          pf=pf, lang="en")
        add(pcts[k])
    for k in ("neut", "lymph", "mono", "eos", "baso"):
        lp, la, rp, ra = DIFF[k]
        an = {"neut": "Neutrophils (Absolute)", "lymph": "Lymphs (Absolute)", "mono": "Monocytes(Absolute)",
              "eos": "Eos (Absolute)", "baso": "Baso (Absolute)"}[k]
        add(ctx.num("wbc", an, wrow.v * pcts[k].v / 100, u3, dec=1, ref=(float(ra[0]), float(ra[1])), loinc=la,
                    crit=((0.5, None) if k == "neut" else ()), pf=pf, lang="en"))
    return out


def us_cmp_rows(ctx: Ctx, pf):
    r = ctx.rng
    out = []
    add = out.append
    add(ctx.num("glu", "Glucose", ctx.gen("glu"), "mg/dL", pf=pf, lang="en"))
    bun = ctx.num("bun", "BUN", ctx.gen("bun"), "mg/dL", pf=pf, lang="en")
    add(bun)
    cr = ctx.num("crea", "Creatinine", ctx.gen("crea"), "mg/dL", pf=pf, lang="en")
    add(cr)
    add(ctx.num("crea", "eGFR", egfr(cr.v, ctx.age, ctx.sex), "mL/min/1.73", dec=0, ref=(59.0, None),
                loinc="98979-8", crit=(), pf=pf, lang="en"))
    add(ctx.num("bun", "BUN/Creatinine Ratio", bun.v / cr.v, None, dec=0, ref=(9.0, 23.0), loinc="3097-3", crit=(),
                pf=pf, lang="en"))
    for k, nm, u in (("na", "Sodium", "mmol/L"), ("k", "Potassium", "mmol/L"), ("cl", "Chloride", "mmol/L"),
                     ("co2", "Carbon Dioxide, Total", "mmol/L"), ("ca", "Calcium", "mg/dL")):
        add(ctx.num(k, nm, ctx.gen(k), u, pf=pf, lang="en"))
    alb = round(ctx.gen("alb"), 1)
    glob = round(ctx.U(3.7, 4.2) if r.random() < 0.15 else ctx.U(2.2, 3.3), 1)
    add(ctx.num("alb", "Protein, Total", alb + glob, "g/dL", ref=(6.0, 8.5), loinc="2885-2", pf=pf, lang="en", crit=()))
    add(ctx.num("alb", "Albumin", alb, "g/dL", ref=(3.8, 4.9) if ctx.age < 61 else (3.6, 4.6), pf=pf, lang="en"))
    add(ctx.num("alb", "Globulin, Total", glob, "g/dL", ref=(1.5, 4.5), loinc="10834-0", pf=pf, lang="en", crit=()))
    add(ctx.num("alb", "A/G Ratio", alb / glob, None, dec=1, ref=(1.2, 2.2), loinc="1759-0", pf=pf, lang="en", crit=()))
    add(ctx.num("bilt", "Bilirubin, Total", ctx.gen("bilt"), "mg/dL", ref=(0.0, 1.2), pf=pf, lang="en"))
    add(ctx.num("alp", "Alkaline Phosphatase", ctx.gen("alp"), "IU/L", ref=(44.0, 121.0), pf=pf, lang="en"))
    add(ctx.num("ast", "AST (SGOT)", ctx.gen("ast"), "IU/L", ref=(0.0, 40.0), pf=pf, lang="en"))
    add(ctx.num("alt", "ALT (SGPT)", ctx.gen("alt"), "IU/L", ref=(0.0, 44.0) if ctx.sex == "M" else (0.0, 32.0),
                pf=pf, lang="en"))
    return out


def fam8(ctx: Ctx):
    r = ctx.rng
    ctx.maybe_critical(("k", "glu_hi", "glu_lo", "plt", "na"), p=0.35)
    w = W(size=(612, 792), fs=7.6, lead=9.8, margin=34)
    en_header(w, ctx, r.choice(EN_LABS), pname(ctx), fs=7.8)
    pf = r.choice([PF_EN, PF_HL])
    xs = (w.m, 250, 262, 310, 395, 548)
    w.cells([(xs[0], "Tests Ordered", "l"), (xs[1], "Result", "r"), (xs[2], "Flag", "l"), (xs[3], "Units", "l"),
             (xs[4], "Reference Interval", "l"), (xs[5], "Lab", "l")], font="hebo")
    w.hr(gap=2)

    def table(title, rows):
        w.line(title, font="hebo", fs=8.2)
        for row in rows:
            w.cells([(xs[0] + 8, row.name, "l"), (xs[1], row.vstr, "r"), (xs[2], row.pflag or "", "l"),
                     (xs[3], row.unit or "", "l"), (xs[4], ctx.rt(row, 1, unit=False, lang="en"), "l"),
                     (xs[5], "01", "l")])
        w.space(3)

    table("CBC With Differential/Platelet", us_cbc_rows(ctx, pf))
    table("Comp. Metabolic Panel (14)", us_cmp_rows(ctx, pf))
    if r.random() < 0.6:
        rows = [ctx.num("tsh", "TSH", ctx.gen("tsh"), "uIU/mL", ref=(0.45, 4.5), pf=pf, lang="en")]
        if r.random() < 0.5:
            rows.append(ctx.num("hba1c", "Hemoglobin A1c", ctx.gen("hba1c"), "%", ref=(4.8, 5.6), pf=pf, lang="en"))
        table("Thyroid / Diabetes", rows)
    w.line("01  Northfield Main Laboratory, 1200 Meridian Ave, Columbus OH  Dir: L. Ortega, MD", fs=6.5)
    en_footer(w, ctx)
    return w, photo


# --------------------------------------------------------------------------------------------
# DE9 unitfirst-pt2 (fixed-width LIS export)
# --------------------------------------------------------------------------------------------


def fam9(ctx: Ctx):
    r = ctx.rng
    strip = r.random() < 0.67
    S = (lambda s: strip_acc(s).upper()) if strip else (lambda s: s)
    U = (lambda s: s.replace("µ", "u").replace("³", "3").replace("²", "2")) if strip else (lambda s: s)
    w = W(fs=7.2, lead=9.6, margin=36, font="cour")
    widths = (34, 10, 14, 13, 28)
    sep = " | "

    def fmt(cols):
        return sep.join(str(c)[:wd].ljust(wd) for c, wd in zip(cols, widths)).rstrip()

    lab = S(r.choice(PT_LABS)).upper()
    name = pname(ctx)
    by, bm, bd = ctx.birth
    w.line(lab, font="cobo", fs=8.5)
    w.line(S(f"RELATÓRIO DE RESULTADOS - EXPORTAÇÃO LIS v{r.randint(3, 9)}.{r.randint(0, 9)}"))
    w.line("=" * 110)
    w.line(S(f"PACIENTE: {strip_acc(name).upper()}".ljust(56) + f"SEXO: {'F' if ctx.sex == 'F' else 'M'}"
             f"   IDADE: {ctx.age}A"))
    w.line(S(f"DT NASC: {bd:02d}/{bm:02d}/{by}".ljust(56) + f"DT COLETA: {ctx.dstr()} {r.randint(6, 10):02d}:"
             f"{r.randint(0, 59):02d}"))
    w.line(S(f"ATENDIMENTO: {r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}".ljust(56) +
             f"MEDICO: {strip_acc(r.choice(PT_DOCS)).upper()[:36]}"))
    w.line("=" * 110)
    w.line(fmt(["EXAME", "MATERIAL", "UNIDADE", "RESULTADO", "VALOR REFERENCIAL"]), font="cobo")
    w.line("-" * 110)
    pf_mark = r.random() < 0.5

    def put(row, mat, refstr=None):
        v = row.vstr + (" *" if (pf_mark and row.flag != "N") else "")
        upd = {"unit": U(row.unit) if row.unit else None}
        if pf_mark and row.flag != "N":
            upd["printed_flag"] = "*"
        ctx.expected[-1] = ExpectedResult(**{**asdict(ctx.expected[-1]), **upd})
        w.line(fmt([row.name, mat, U(row.unit or ""), v, U(refstr if refstr is not None else
                                                             ctx.rt(row, 0, unit=False).upper())]))

    b = cbc_base(ctx, 1)
    put(ctx.num("hb", S("Hemoglobina"), b["hb"], U("g/dL")), "SANGUE")
    put(ctx.num("hct", S("Hematócrito"), b["hct"], "%"), "SANGUE")
    put(ctx.num("wbc", S("Leucócitos"), b["wbc"], U("/mm³"), factor=1000, step=10, dec=0), "SANGUE")
    put(ctx.num("plt", S("Plaquetas"), b["plt"], U("/mm³"), factor=1000, step=1000, dec=0, ref=(150000.0, 450000.0)),
        "SANGUE")
    keys = ["glu", "urea", "crea", "egfr"] + sorted(r.sample(["na", "k", "ast", "alt", "ggt", "tc", "hdl", "tg", "tsh",
                                                            "ft4", "ferr", "b12", "uric", "hba1c"], 9),
                                                   key=lambda x: ["na", "k", "ast", "alt", "ggt", "tc", "hdl", "tg",
                                                                  "tsh", "ft4", "ferr", "b12", "uric",
                                                                  "hba1c"].index(x))
    nm = {k: S(r.choice(PTN[k])).upper() if strip else r.choice(PTN[k]) for k in PTN}
    nm["egfr"] = S("TFG estimada (CKD-EPI)").upper() if strip else "TFG estimada (CKD-EPI)"
    for k in keys:
        mat = "SANGUE" if k == "hba1c" else "SORO"
        if k == "egfr":
            cr = next(e for e in reversed(ctx.expected) if e.loinc == "2160-0").value
            e = egfr(cr, ctx.age, ctx.sex)
            if e > 90:
                row = ctx.num("crea", nm[k], 90.0, "mL/min/1,73m²", dec=0, ref=(60.0, None), loinc="98979-8",
                              comparator=">", crit=())
            else:
                row = ctx.num("crea", nm[k], e, "mL/min/1,73m²", dec=0, ref=(60.0, None), loinc="98979-8", crit=())
            put(row, mat, "SUPERIOR A 60")
            continue
        row = pt_chem(ctx, [k], nm=nm)[0]
        put(row, mat)
    # qualifiers
    crp_lt = r.random() < 0.6
    if crp_lt:
        put(ctx.num("crp", S("Proteína C reativa").upper() if strip else "Proteína C reativa", 0.3, "mg/dL", dec=1,
                    ref=(None, 0.5), comparator="<"), "SORO", "INFERIOR A 0,5")
    else:
        put(ctx.num("crp", "PCR", ctx.gen("crp") / 10, "mg/dL", dec=2, ref=(None, 0.5)), "SORO", "INFERIOR A 0,50")
    if r.random() < 0.6:
        hi = 34.0 if ctx.sex == "M" else 16.0
        put(ctx.num("glu", S("Troponina I ultrassensível").upper() if strip else "Troponina I ultrassensível", 2.5,
                    "ng/L", dec=1, ref=(None, hi), loinc="89579-7", comparator="<", crit=()), "SORO",
            f"INFERIOR A {int(hi)}")
    # qualitative
    quals = [("5196-1", "HBsAg", "NAO REAGENTE" if strip else "Não reagente", "non-reactive"),
             ("13955-0", "ANTI-HCV" if strip else "Anti-HCV", "NAO REAGENTE" if strip else "Não reagente", "non-reactive"),
             ("5292-8", "VDRL", "NAO REAGENTE" if strip else "Não reagente", "non-reactive"),
             ("56888-1", "HIV 1/2 (AG/AC)", "NAO REAGENTE" if strip else "Não reagente", "non-reactive")]
    if ctx.sex == "F" and ctx.age < 50:
        quals.append(("2118-8", S("Beta-HCG qualitativo").upper() if strip else "Beta-HCG qualitativo",
                      "NEGATIVO" if strip else "Negativo", "negative"))
    for loinc, qn, txt, mean in r.sample(quals, 3):
        if loinc == "13955-0" and r.random() < 0.3:
            txt, mean = ("REAGENTE" if strip else "Reagente"), "reactive"
        ctx.qual(loinc, qn, txt, mean)
        w.line(fmt([qn, "SORO", "", txt, "NAO REAGENTE" if "REAG" in txt.upper() else "NEGATIVO"]))
    w.line("-" * 110)
    w.line(S("OBS: RESULTADOS LIBERADOS ELETRONICAMENTE. INDICES S/CO DISPONIVEIS MEDIANTE SOLICITACAO."), fs=6.5)
    w.line(S(f"RESPONSÁVEL TÉCNICO: {r.choice(PT_RESP)}").upper(), fs=6.8)
    w.footers(lambda w_, i, n: w_.t(w_.W - w_.m, w_.H - 30, f"PAG {i}/{n}", fs=7, font="cour", align="r"))
    return w, None


# --------------------------------------------------------------------------------------------
# DE10 rangebar-en2 (patient-friendly cards)
# --------------------------------------------------------------------------------------------

CARDS = [
    ("hb", "Hemoglobin", "g/dL"), ("wbc", "White Blood Cells", "K/uL"), ("plt", "Platelets", "K/uL"),
    ("glu", "Glucose (fasting)", "mg/dL"), ("hba1c", "Hemoglobin A1c", "%"), ("crea", "Creatinine", "mg/dL"),
    ("na", "Sodium", "mmol/L"), ("k", "Potassium", "mmol/L"), ("ca", "Calcium", "mg/dL"), ("alt", "ALT (liver)", "U/L"),
    ("ast", "AST (liver)", "U/L"), ("tsh", "TSH (thyroid)", "uIU/mL"), ("ferr", "Ferritin", "ng/mL"),
    ("b12", "Vitamin B12", "pg/mL"), ("vitd", "Vitamin D, 25-Hydroxy", "ng/mL"), ("tc", "Total Cholesterol", "mg/dL"),
    ("hdl", "HDL Cholesterol", "mg/dL"), ("ldl", "LDL Cholesterol", "mg/dL"), ("tg", "Triglycerides", "mg/dL"),
    ("crp", "C-Reactive Protein", "mg/L"), ("uric", "Uric Acid", "mg/dL"), ("iron", "Iron", "ug/dL"),
]


def fam10(ctx: Ctx):
    r = ctx.rng
    ctx.maybe_critical(("k", "glu_hi"), p=0.2)
    w = W(size=(612, 792), fs=9, margin=36)
    w.bottom = 50
    lab = r.choice(["MyHealth Results", "ClearLab Patient Summary", "WellPath Labs - Your Results"])
    name = pname(ctx)
    col = ctx.dstr(fmt="us")
    by, bm, bd = ctx.birth

    def head(w_):
        w_.t(w_.m, w_.y + 6, lab, fs=15, font="hebo", color=(0.1, 0.3, 0.55))
        w_.t(w_.m, w_.y + 22, f"{name}  |  {'Female' if ctx.sex == 'F' else 'Male'}, age {ctx.age}  |  "
                              f"Date of birth {bm:02d}/{bd:02d}/{by}  |  Sample collected {col}", fs=8)
        w_.y += 40

    w.page_cb = head
    head(w)
    lip = lipids_base(ctx)
    cards = r.sample(CARDS, r.randint(16, 19))
    cw, ch, gap = (612 - 72 - 14) / 2, 96, 14
    i = 0
    for key, title, unit in cards:
        if i % 2 == 0:
            w.need(ch + 8)
            y0 = w.y
        x0 = w.m + (i % 2) * (cw + gap)
        w.page.draw_rect(fitz.Rect(x0, y0, x0 + cw, y0 + ch), color=(0.75, 0.78, 0.82), width=0.8)
        if key in ("tc", "hdl", "tg"):
            base = lip[key]
        elif key == "ldl":
            base = lip["ldl"]
        else:
            base = ctx.gen(key)
        loinc = "13457-7" if key == "ldl" else None
        akey = "tc" if key == "ldl" else key
        refs = {"ldl": (None, 100.0), "tc": (None, 200.0), "tg": (None, 150.0), "crp": (None, 5.0),
                "hdl": (40.0, None) if ctx.sex == "M" else (50.0, None)}
        dec = {"wbc": 1, "plt": 0, "crea": 2, "tsh": 2}.get(key)
        row = ctx.num(akey, title, base, unit, dec=dec, ref=refs.get(key, "auto"), loinc=loinc,
                      pf={"H": "High", "L": "Low", "HH": "Critical", "LL": "Critical"}, lang="en")
        w.t(x0 + 10, y0 + 16, title, fs=10, font="hebo")
        status = row.pflag or "In range"
        scol = (0.1, 0.55, 0.2) if status == "In range" else (0.8, 0.2, 0.1)
        w.t(x0 + cw - 10, y0 + 16, status, fs=8.5, font="hebo", color=scol, align="r")
        w.t(x0 + 10, y0 + 42, row.vstr, fs=18, font="hebo")
        w.t(x0 + 16 + fitz.get_text_length(row.vstr, "hebo", 18), y0 + 42, unit, fs=9, color=(0.3, 0.3, 0.3))
        lo, hi = row.lo, row.hi
        if lo is not None and hi is not None:
            bx0, bx1, by0 = x0 + 12, x0 + cw - 12, y0 + 56
            span = bx1 - bx0
            a, b_ = bx0 + 0.22 * span, bx0 + 0.78 * span
            w.page.draw_rect(fitz.Rect(bx0, by0, a, by0 + 7), color=None, fill=(0.97, 0.8, 0.6))
            w.page.draw_rect(fitz.Rect(a, by0, b_, by0 + 7), color=None, fill=(0.7, 0.88, 0.7))
            w.page.draw_rect(fitz.Rect(b_, by0, bx1, by0 + 7), color=None, fill=(0.97, 0.75, 0.7))
            pos = a + (row.v - lo) / (hi - lo) * (b_ - a)
            pos = min(max(pos, bx0 + 2), bx1 - 2)
            w.page.draw_circle((pos, by0 + 3.5), 4.5, color=(0.1, 0.1, 0.1), fill=(1, 1, 1), width=1.2)
            w.t(a, by0 + 19, fref(lo, "en"), fs=8, align="c")
            w.t(b_, by0 + 19, fref(hi, "en"), fs=8, align="c")
            if r.random() < 0.4:
                w.t(x0 + 12, y0 + ch - 6, r.choice(["Normal range shown in green.", "Your result vs. typical range."]),
                    fs=6.5, color=(0.4, 0.4, 0.4))
        else:
            w.t(x0 + 12, y0 + 66, "Reference: " + ctx.rt(row, 1, unit=True, lang="en"), fs=8.5)
            w.t(x0 + 12, y0 + 80, r.choice(["Optimal targets depend on your risk.",
                                            "Lower is generally better." if hi is not None else
                                            "Higher is generally better."]), fs=6.5, color=(0.4, 0.4, 0.4))
        if i % 2 == 1 or i == len(cards) - 1:
            w.y = y0 + ch + 10
        i += 1
    w.footers(lambda w_, p, n: w_.t(w_.m, w_.H - 28, f"Questions about your results? Talk to your clinician.   "
                                                     f"Page {p} of {n}", fs=7))
    return w, None


# --------------------------------------------------------------------------------------------
# DE11 tworesults-en (Conventional | SI)
# --------------------------------------------------------------------------------------------

# key, name, conv unit, conv dec, SI factor, SI unit, SI dec
TWO = [
    ("hb", "Hemoglobin", "g/dL", 1, 10, "g/L", 0), ("glu", "Glucose, fasting", "mg/dL", 0, 0.0555, "mmol/L", 1),
    ("bun", "Urea nitrogen (BUN)", "mg/dL", 0, 0.357, "mmol/L", 1),
    ("crea", "Creatinine", "mg/dL", 2, 88.4, "µmol/L", 0), ("na", "Sodium", "mEq/L", 0, 1, "mmol/L", 0),
    ("k", "Potassium", "mEq/L", 1, 1, "mmol/L", 1), ("cl", "Chloride", "mEq/L", 0, 1, "mmol/L", 0),
    ("ca", "Calcium", "mg/dL", 1, 0.2495, "mmol/L", 2), ("mg", "Magnesium", "mg/dL", 1, 0.4114, "mmol/L", 2),
    ("phos", "Phosphorus", "mg/dL", 1, 0.3229, "mmol/L", 2), ("uric", "Uric acid", "mg/dL", 1, 59.48, "µmol/L", 0),
    ("alb", "Albumin", "g/dL", 1, 10, "g/L", 0), ("bilt", "Bilirubin, total", "mg/dL", 1, 17.1, "µmol/L", 0),
    ("ast", "AST", "U/L", 0, 0.01667, "µkat/L", 2), ("alt", "ALT", "U/L", 0, 0.01667, "µkat/L", 2),
    ("tc", "Cholesterol, total", "mg/dL", 0, 0.02586, "mmol/L", 2), ("hdl", "HDL cholesterol", "mg/dL", 0, 0.02586,
                                                                       "mmol/L", 2),
    ("ldl", "LDL cholesterol (calc)", "mg/dL", 0, 0.02586, "mmol/L", 2),
    ("tg", "Triglycerides", "mg/dL", 0, 0.01129, "mmol/L", 2), ("iron", "Iron", "µg/dL", 0, 0.179, "µmol/L", 1),
    ("ferr", "Ferritin", "ng/mL", 0, 1, "µg/L", 0), ("b12", "Vitamin B12", "pg/mL", 0, 0.738, "pmol/L", 0),
    ("fol", "Folate", "ng/mL", 1, 2.266, "nmol/L", 1), ("vitd", "25-OH Vitamin D", "ng/mL", 0, 2.496, "nmol/L", 0),
    ("ft4", "Free T4", "ng/dL", 2, 12.87, "pmol/L", 1), ("tsh", "TSH", "µIU/mL", 2, 1, "mIU/L", 2),
]


def fam11(ctx: Ctx):
    r = ctx.rng
    ctx.maybe_critical(("k", "glu_hi", "na"), p=0.3)
    land = r.random() < 0.5
    w = W(size=(792, 612) if land else (612, 792), fs=8.2, lead=11, margin=36)
    en_header(w, ctx, r.choice(EN_LABS), pname(ctx), fs=8.2)
    both_refs = land and r.random() < 0.7
    xs = dict(name=w.m, cv=255, cu=262, sv=370, su=377, fl=440, rc=470, rs=610)
    w.cells([(xs["cv"] - 20, "Conventional", "c", "hebo"), (xs["sv"] - 10, "SI", "c", "hebo")])
    hdr = [(xs["name"], "Test", "l"), (xs["cv"], "Result", "r"), (xs["cu"], "Units", "l"), (xs["sv"], "Result", "r"),
           (xs["su"], "Units", "l"), (xs["fl"], "Flag", "l"),
           (xs["rc"], "Reference (Conv.)" if both_refs else "Reference Range", "l")]
    if both_refs:
        hdr.append((xs["rs"], "Reference (SI)", "l"))
    w.cells(hdr, font="hebo", fs=7.8)
    w.hr(gap=2)
    pf = r.choice([PF_HL, {"H": "HIGH", "L": "LOW", "HH": "CRIT", "LL": "CRIT"}])
    lip = lipids_base(ctx)
    items = [t for t in TWO if r.random() < 0.9]
    if not land:
        items = items[:22]
    crea_v = None
    for key, nm, cu, cd, f, su, sd in items:
        if key in lip:
            base = lip[key]
        else:
            base = ctx.gen(key)
        akey = "tc" if key == "ldl" else key
        ref = "auto"
        if key == "ldl":
            ref = (None, 130.0)
        row = ctx.num(akey, nm, base, cu, dec=cd, ref=ref, loinc="13457-7" if key == "ldl" else None, pf=pf, lang="en")
        if key == "crea":
            crea_v = row.v
        sv = fnum(row.v * f, sd, "en")
        cells = [(xs["name"], nm, "l"), (xs["cv"], row.vstr, "r"), (xs["cu"], cu, "l"), (xs["sv"], sv, "r"),
                 (xs["su"], su, "l"), (xs["fl"], row.pflag or "", "l"), (xs["rc"], ctx.rt(row, 1, unit=False), "l")]
        if both_refs:
            lo, hi = row.lo, row.hi
            srt = (f"{fnum(lo * f, sd, 'en')} - {fnum(hi * f, sd, 'en')}" if lo is not None and hi is not None else
                   (f"< {fnum(hi * f, sd, 'en')}" if hi is not None else f"> {fnum(lo * f, sd, 'en')}"))
            cells.append((xs["rs"], srt, "l"))
        w.cells(cells)
        if key == "crea" and r.random() < 0.7:
            e = ctx.num("crea", "eGFR (CKD-EPI 2021)", egfr(crea_v, ctx.age, ctx.sex), "mL/min/1.73m2", dec=0,
                        ref=(60.0, None), loinc="98979-8", crit=(), pf=pf, lang="en")
            cells = [(xs["name"], e.name, "l"), (xs["cv"], e.vstr, "r"), (xs["cu"], "mL/min/1.73m2", "l"),
                     (xs["sv"], e.vstr, "r"), (xs["su"], "mL/min/1.73m2", "l"), (xs["fl"], e.pflag or "", "l"),
                     (xs["rc"], ">60", "l")]
            if both_refs:
                cells.append((xs["rs"], ">60", "l"))
            w.cells(cells)
    w.space(6)
    w.wrap("SI values are calculated from the conventional result using standard conversion factors and are "
           "provided for reference. The conventional result is the reportable value.", fs=7)
    en_footer(w, ctx)
    return w, None


# --------------------------------------------------------------------------------------------
# DE12 bloodgas-pt
# --------------------------------------------------------------------------------------------


def sat_from_po2(p):
    return 100.0 / (1 + 23400.0 / (p ** 3 + 150 * p))


def fam12(ctx: Ctx):
    r = ctx.rng
    ctx.maybe_critical(("k",), p=0.25)
    art = r.random() < 0.67
    w = W(fs=8.8, lead=12, margin=44)
    temp = round(r.choice([r.uniform(36.0, 36.6), r.uniform(37.6, 39.2)]), 1)
    fio2 = r.choice([21, 21, 28, 32, 40, 50]) if art else 21
    pt_header(w, ctx, r.choice(PT_LABS), pname(ctx),
              extra=[f"Setor: {r.choice(['UTI Adulto', 'Pronto Atendimento', 'Enfermaria Clínica', 'Centro Cirúrgico'])}"
                     f"   Leito: {r.randint(1, 30):02d}"])
    w.line("GASOMETRIA ARTERIAL" if art else "GASOMETRIA VENOSA", font="hebo", fs=11, lead=14)
    w.line(f"Material: {'Sangue arterial' if art else 'Sangue venoso'} (seringa com heparina lítica)   "
           f"Método: Potenciometria / amperometria (analisador de gases)", fs=7.2)
    w.line(f"Temperatura do paciente: {fnum(temp, 1, 'pt')} °C      FiO2: {fio2} %"
           + ("      Ar ambiente" if fio2 == 21 else "      Cateter / máscara de O2"), fs=8)
    w.space(3)
    tc = r.random() < 0.8
    x = dict(n=w.m, v=210, u=218, t=330, r=420)
    hdr = [(x["n"], "Parâmetro", "l"), (x["v"], "Resultado", "r"), (x["u"], "Unidade", "l")]
    if tc:
        hdr.append((x["t"], f"Temp. corrigida ({fnum(temp, 1, 'pt')} °C)", "l"))
    hdr.append((x["r"], "Valores de referência", "l"))
    w.cells(hdr, font="hebo", fs=7.8)
    w.hr(gap=2)
    pf = r.choice([None, PF_STAR, PF_PT2])
    # acid-base
    if r.random() < 0.7:
        ph = ctx.U(7.36, 7.44)
    else:
        ph = r.choice([ctx.U(7.28, 7.33), ctx.U(7.47, 7.52)])
    if art:
        pco2 = ctx.U(36, 44) if r.random() < 0.65 else r.choice([ctx.U(29, 34), ctx.U(47, 55)])
        po2 = ctx.U(82, 98) if fio2 == 21 else ctx.U(88, 135)
        if r.random() < 0.25:
            po2 = ctx.U(62, 77)
    else:
        pco2 = ctx.U(42, 50) if r.random() < 0.7 else r.choice([ctx.U(35, 40), ctx.U(52, 56)])
        po2 = ctx.U(33, 46)
    hco3 = 0.0307 * pco2 * 10 ** (ph - 6.1)
    if not (14 < hco3 < 36):
        ph = 7.40
        hco3 = 0.0307 * pco2 * 10 ** (ph - 6.1)
    be = 0.93 * (hco3 - 24.4 + 14.8 * (ph - 7.4))
    sat = sat_from_po2(po2)
    L = {True: dict(ph="2744-1", pco2="2019-8", po2="2703-7", hco3="1960-4", be="1925-7", sat="2708-6", lac="2518-9"),
         False: dict(ph="2746-6", pco2="2021-4", po2="2705-2", hco3="14627-4", be="1927-3", sat="2711-0", lac="2519-7")}[art]
    R = {True: dict(ph=(7.35, 7.45), pco2=(35.0, 45.0), po2=(80.0, 100.0), hco3=(22.0, 26.0), be=(-2.0, 2.0),
                    sat=(95.0, 99.0)),
         False: dict(ph=(7.31, 7.41), pco2=(41.0, 51.0), po2=(30.0, 50.0), hco3=(23.0, 29.0), be=(-2.0, 2.0),
                     sat=(60.0, 85.0))}[art]
    dt = temp - 37.0
    corr = {"ph": ph - 0.0147 * dt, "pco2": pco2 * 10 ** (0.019 * dt), "po2": po2 * 10 ** (0.031 * dt)}
    rows = [("ph", "pH", ph, None, 2), ("pco2", r.choice(["pCO2", "PCO2", "Pressão parcial de CO2 (pCO2)"]), pco2,
                                        "mmHg", 1),
            ("po2", r.choice(["pO2", "PO2", "Pressão parcial de O2 (pO2)"]), po2, "mmHg", 1),
            ("hco3", r.choice(["HCO3-", "Bicarbonato (HCO3)", "Bicarbonato padrão"]), hco3, "mmol/L", 1),
            ("be", r.choice(["BE", "Excesso de bases (BE)", "BEecf"]), be, "mmol/L", 1),
            ("sat", r.choice(["SatO2", "Saturação de O2 (sO2)", "sO2"]), sat, "%", 1)]
    for k, nm, v, u, d in rows:
        if k == "ph":
            v = round(v, 2)
        row = ctx.num("glu", nm, v, u, dec=d, ref=R[k], loinc=L[k], pf=pf, crit=())
        cells = [(x["n"], nm, "l"), (x["v"], row.vstr + (f" {row.pflag}" if row.pflag else ""), "r"), (x["u"], u or "", "l")]
        if tc and k in corr:
            cells.append((x["t"], fnum(corr[k], d if k != "ph" else 3, "pt"), "l"))
        lo, hi = R[k]
        cells.append((x["r"], f"{fnum(lo, d, 'pt')} a {fnum(hi, d, 'pt')}" if k != "be" else
                      f"{fnum(lo, 1, 'pt')} a +{fnum(hi, 1, 'pt')}", "l"))
        w.cells(cells)
    w.space(4)
    w.line(r.choice(["ELETRÓLITOS E METABÓLITOS", "ELETRÓLITOS / LACTATO", "Eletrólitos"]), font="hebo", fs=9)
    els = [("na", r.choice(["Sódio (Na+)", "Na+", "Sódio"]), "2947-0", "mmol/L", 0, (136.0, 145.0), ctx.gen("na")),
           ("k", r.choice(["Potássio (K+)", "K+", "Potássio"]), "6298-4", "mmol/L", 1, (3.5, 5.1), ctx.gen("k")),
           ("cl", r.choice(["Cloreto (Cl-)", "Cl-"]), "2069-3", "mmol/L", 0, (98.0, 107.0), ctx.gen("cl")),
           ("ica", r.choice(["Cálcio iônico (Ca++)", "Ca++ iônico", "Cálcio ionizado"]), "1994-3", "mmol/L", 2,
            (1.12, 1.32), ctx.U(1.02, 1.10) if r.random() < 0.15 else ctx.U(1.14, 1.30)),
           ("hb", r.choice(["Hemoglobina total (ctHb)", "ctHb"]), "718-7", "g/dL", 1,
            (13.5, 17.5) if ctx.sex == "M" else (12.0, 15.5), ctx.gen("hb")),
           ("glu", r.choice(["Glicose", "Glicemia"]), "2339-0", "mg/dL", 0, (70.0, 99.0), ctx.gen("glu")),
           ("lac", r.choice(["Lactato", "Ácido lático (lactato)"]), L["lac"], "mmol/L", 1, (0.5, 2.2) if not art else
            (0.5, 1.6), ctx.U(2.4, 3.2) if r.random() < 0.2 else ctx.U(0.7, 1.4))]
    r.shuffle(els)
    for k, nm, loinc, u, d, ref, v in els:
        row = ctx.num(k if k in ("na", "k", "glu", "cl", "hb") else "glu", nm, v, u, dec=d, ref=ref, loinc=loinc,
                      pf=pf, crit=None if k in ("na", "k", "glu", "hb") else ())
        cells = [(x["n"], nm, "l"), (x["v"], row.vstr + (f" {row.pflag}" if row.pflag else ""), "r"), (x["u"], u, "l"),
                 (x["r"], f"{fnum(ref[0], d, 'pt')} a {fnum(ref[1], d, 'pt')}", "l")]
        w.cells(cells)
    w.space(6)
    w.line("Valores corrigidos para a temperatura do paciente são informativos; os resultados são reportados a 37 °C.",
           fs=7)
    w.line(f"Analisador: {r.choice(['ABL 800 FLEX', 'GEM Premier 5000', 'RAPIDPoint 500'])}   Controle de qualidade "
           f"nível 2: pH 7,398 (aceito)", fs=7)
    pt_footer(w, ctx, r.choice(PT_RESP))
    return w, None


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------

BUILDERS = {
    "DE1-scan-mixed-pt": (fam1, "pt"), "DE2-scan-lowcontrast-pt": (fam2, "pt"), "DE3-urinalysis-en": (fam3, "en"),
    "DE4-urinalysis-pt2": (fam4, "pt"), "DE5-coag-pt": (fam5, "pt"), "DE6-hormone-pt": (fam6, "pt"),
    "DE7-letter-en2": (fam7, "en"), "DE8-photo-en2": (fam8, "en"), "DE9-unitfirst-pt2": (fam9, "pt"),
    "DE10-rangebar-en2": (fam10, "en"), "DE11-tworesults-en": (fam11, "en"), "DE12-bloodgas-pt": (fam12, "pt"),
}


def _build(family: str, idx: int):
    fn, lang = BUILDERS[family]
    ctx = Ctx(family, idx, lang)
    w, scanner = fn(ctx)
    pdf = w.bytes()
    if scanner is not None:
        assert len(w.doc) == 1, f"{family}-{idx:02d}: scanned report must fit one page"
        content, mime = scanner(pdf, random.Random(f"{SEED}|scan|{family}|{idx}")), "image/png"
    else:
        content, mime = pdf, "application/pdf"
    rep = GeneratedReport(name=f"{family}-{idx:02d}", family=family, language=lang, mime_type=mime, content=content,
                          sex="female" if ctx.sex == "F" else "male", collected_on=ctx.dstr(fmt="iso"),
                          expected=list(ctx.expected))
    return rep, pdf, ctx.checks


def reports() -> list[GeneratedReport]:
    return [_build(f, i)[0] for f in FAMILIES for i in range(1, PER_FAMILY + 1)]


def _norm(s: str) -> str:
    return " ".join(s.split())


def main(outdir: str) -> int:
    os.makedirs(outdir, exist_ok=True)
    problems = []
    counts: dict[str, list[int]] = {}
    built = []
    for f in FAMILIES:
        for i in range(1, PER_FAMILY + 1):
            rep, pdf, checks = _build(f, i)
            built.append(rep)
            text = _norm(" ".join(p.get_text() for p in fitz.open("pdf", pdf)))
            for c in checks:
                if _norm(c) not in text:
                    problems.append(f"{rep.name}: '{c}' not in text layer")
            ext = "png" if rep.mime_type == "image/png" else "pdf"
            with open(os.path.join(outdir, f"{rep.name}.{ext}"), "wb") as fh:
                fh.write(rep.content)
            meta = {k: v for k, v in asdict(rep).items() if k != "content"}
            with open(os.path.join(outdir, f"{rep.name}.json"), "w", encoding="utf-8") as fh:
                json.dump(meta, fh, ensure_ascii=False, indent=1)
            c = counts.setdefault(f, [0, 0, 0])
            c[0] += 1
            c[1] += len(rep.expected)
            c[2] += sum(e.flag != "N" for e in rep.expected)
    again = reports()
    same = len(again) == len(built) and all(a.content == b.content and a.expected == b.expected
                                            for a, b in zip(again, built))
    print(f"{'family':28s} {'reports':>7s} {'results':>8s} {'abnormal':>9s}")
    for f in FAMILIES:
        c = counts[f]
        print(f"{f:28s} {c[0]:7d} {c[1]:8d} {c[2]:9d}")
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"{'TOTAL':28s} {tot[0]:7d} {tot[1]:8d} {tot[2]:9d}")
    print("deterministic:", same)
    for p in problems:
        print("PROBLEM", p)
    return 0 if (same and not problems) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "labs_dev_e_out"))
