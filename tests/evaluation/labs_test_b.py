"""Held-out lab-report evaluation set B: twelve report layouts, English and Brazilian Portuguese.

Written BLIND on 2026-11-27, without reading the lab-report reader's code, its tests, its data or the
other lab evaluation generators (labs_dev.py, labs_test.py, lab_score.py); only the interface in
lab_reports.py was read. It is a held-out test set: never tune the reader on it, never edit it to match
the reader's output.

Usage: `reports()` returns the GeneratedReport list (deterministic, seeded);
`python3 tests/evaluation/labs_test_b.py OUTDIR` writes every report (NAME.pdf / NAME.png), checks the
ground truth against the PDF text layer and prints a table of counts per family.

Families (report names are "<family>-NN"):
  B1-cumulative-pt     pt  trend report ("relatório evolutivo"): one row per analyte, the last three
                           collection dates as columns (newest first in some reports, last in others).
  B2-si-bracket-en     en  Australian / UK report, SI units (g/L, mmol/L, µmol/L or umol/L, x10^9/L,
                           x10^12/L, L/L, mmol/mol), reference in brackets "(3.5-5.2)", H/L flag column.
  B3-refbelow-pt       pt  hospital report: result on the name line, "V.R.: 70 a 99 mg/dL" on the line
                           below (sex- and age-specific ones on two lines), "Material: Soro" per group,
                           printed flags "Alto"/"Baixo"/"CRÍTICO", critical-value notification lines.
  B4-urinalysis-pt     pt  Urina tipo I (EAS): physical, chemical (strip) and sediment sections.
  B5-serology-pt       pt  serology / immunology boxes: Reagente / Não reagente with index, FR, ASLO,
                           PCR, VHS.
  B6-hormone-bands-en  en  US endocrinology report whose reference intervals are small tables by sex,
                           age band, menopausal status or time of day.
  B7-coag-control-en   en  US hemostasis report with Patient / Control / Units / Reference columns.
  B8-dotleader-pt      pt  fixed-width monospaced printout with dot leaders ("GLICOSE......: 92 mg/dL"),
                           some without accents, leucogram with % and absolute columns whose units are
                           in the column header.
  B9-inout-range-en    en  US "In Range / Out Of Range / Reference Range" layout; the unit is printed
                           inside the reference-range column; many "<" / ">" qualified values.
  B10-flagword-en      en  US "Result / Flag / Units / Reference Interval" layout with flags printed as
                           words (High, Low, Critical) and "Not Estab." reference intervals.
  B11-wrongflag-en     en  Indian-style "Investigation / Observed Value / Unit / Biological Reference
                           Interval" panels (gm/dL, cells/cumm, mill/cumm, lakhs/cumm) where the LIS prints
                           some WRONG flags (H next to an in-range value, no flag on an abnormal one).
  B12-scan-pt          pt  scanned (PNG, rotated, noisy, slightly blurred) dot-leader and V.R.-below
                           reports.

Ground-truth conventions a scorer must know:
  * Cumulative reports (B1): ONLY the newest date's column is the result of the report (that date is the
    header's "Data da coleta"); older columns are history and are not expected results.
  * The reference interval is the one that applies to this patient as printed: by printed sex, by age
    (from the printed age / birth date), by the printed collection time (cortisol AM/PM), and for women
    aged 60+ whose header says "Postmenopausal" the postmenopausal row. When only the patient's own
    range is printed, that one.
  * One-sided intervals: "< X", "Inferior a X", "Até X", "up to X", "< OR = X" -> ref_low None,
    ref_high X; "> X", "Superior a X", "> OR = X" -> ref_low X, ref_high None. "0-40" -> ref_low 0.
  * "Not Estab." / no printed interval -> both None, flag "N".
  * Qualitative results (urine strip, sediment descriptions, serologies) have value None, no interval
    and flag "N"; qualitative vocabulary used: negative, positive, trace, absent, present, reactive,
    non-reactive, and "rare" for "Raras"/"Raros" (epithelial cells, mucus).
  * NOT results: urine colour and aspect, the serology "Índice" printed beside a qualitative result
    (supporting information of that result), the normal-control column of B7, the warfarin therapeutic
    INR range (B7; the reference interval is 0.9-1.1), footnotes, methods, dates, older columns.
  * Computed values that are printed ARE results: eGFR (CKD-EPI 2021, LOINC 98979-8), LDL calculated,
    non-HDL, VLDL, indirect bilirubin, globulin, A/G ratio, BUN/creatinine ratio, BUN from urea,
    cholesterol/HDL ratio, estimated average glucose, HbA1c NGSP derived from IFCC.
  * LOINC by unit printed: glucose 2345-7 (mass; also for "Glicemia de jejum"/"Fasting") or 14749-6
    (mmol/L); urea 3091-6 (mass) / 22664-7 (mmol/L); BUN 3094-0; creatinine 2160-0 / 14682-9; calcium
    17861-6 / 2000-8; magnesium 19123-9 / 2601-3; phosphate 2777-1 / 14879-1; lipids 2093-3, 2085-9,
    13457-7, 2571-8, 43396-1 (mass) / 14647-2, 14646-4, 39469-2, 14927-8, 70204-3 (mmol/L); bilirubin
    1975-2 / 14631-6; free T4 3024-7 / 14920-3; B12 2132-9 (pg/mL, ng/L) / 14685-2 (pmol/L); HbA1c
    4548-4 (%) / 59261-8 (mmol/mol); CO2 total 2028-9, bicarbonate 1963-8. Differential: % and absolute
    have different codes (770-8/751-8, 736-9/731-0, 5905-5/742-7, 713-8/711-2, 706-2/704-7,
    51584-1/53115-2).
  * value is the number printed, in the printed unit: "282.000 /mm³" -> 282000; "245 mil/mm³" -> 245;
    "2.45 lakhs/cumm" -> 2.45; "0.42 L/L" -> 0.42; "1,020" (urine density) -> 1.02. Qualified values
    ("< 0,5", "inferior a 8,0", ">600", "superior a 2.000") carry the comparator and the printed number.
  * printed_flag is the flag text printed beside the value ("H", "L", "*", "High", "Critical", "Alto",
    "CRÍTICO", "HH"), None when nothing is printed. flag is always the CORRECT flag computed from the
    printed interval and the critical limits below, whatever the report prints (B11 prints wrong ones).
  * Critical (panic) limits used for LL/HH (conservative values of Kost, JAMA 1990;263:704 and
    Lundberg's lists, as republished in hospital critical-value policies): potassium <2.8 / >6.2
    mmol/L; sodium <120 / >160; glucose <40 / >450 mg/dL (<2.2 / >25 mmol/L); total calcium <6.5 / >13
    mg/dL (<1.62 / >3.25 mmol/L); magnesium <1.0 / >4.7 mg/dL; phosphate <1.0 mg/dL; chloride <80 / >120;
    bicarbonate / CO2 <10 / >40; hemoglobin <7 g/dL (<70 g/L) / >20; hematocrit <20 % / >60 %; WBC <2.0 /
    >40 x10^3/µL; absolute neutrophils <0.5 x10^3/µL; platelets <20 / >1000 x10^3/µL; INR >5; PT >50 s;
    aPTT >100 s; fibrinogen <100 mg/dL. Generated values are either clearly inside the reference
    interval, clearly outside it but short of every published list's critical limit, or clearly
    beyond every list's limit (generated critical values: K 7.1-7.6 or 1.9-2.2, Na 104-109 or 171-176,
    glucose >=560 mg/dL or ">600", Hb <=4.8 g/dL, platelets <=9 x10^3/µL, WBC >=105 x10^3/µL, INR >=8,
    PT >=90 s, aPTT >=165 s, fibrinogen <=45 mg/dL, calcium >=15.1 mg/dL); abnormal non-critical values stay
    on the normal side of every list (e.g. K 5.4-5.8 / 3.1-3.3, Na 148-152 / 128-132, INR <=2.1).
    Analytes without critical limits here (HbA1c, lipids, enzymes, creatinine, urea, hormones, vitamins,
    ferritin, PSA, CRP, troponin, NT-proBNP, urine, serology) are never LL/HH; troponin is only
    generated inside its interval. A report may print "H"/"L"/"Critical" for an LL/HH result.
"""

from __future__ import annotations

import io
import random
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pymupdf as fitz

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = 20261127

FAMILIES: tuple[str, ...] = (
    "B1-cumulative-pt",
    "B2-si-bracket-en",
    "B3-refbelow-pt",
    "B4-urinalysis-pt",
    "B5-serology-pt",
    "B6-hormone-bands-en",
    "B7-coag-control-en",
    "B8-dotleader-pt",
    "B9-inout-range-en",
    "B10-flagword-en",
    "B11-wrongflag-en",
    "B12-scan-pt",
)

# printed text of each report and the printed value string of each expected result (for the self-check)
_TEXT: dict[str, str] = {}
_SHOWN: dict[str, list[str]] = {}

# ------------------------------------------------------------------------------------------------ analytes


@dataclass
class Spec:
    loinc: str
    dec: int
    crit: tuple | None = None  # (low, high) critical limits in this unit
    avoid: tuple = ()  # zones where published critical lists disagree: values are never generated there
    gen: dict = field(default_factory=dict)  # explicit draw ranges per mode: n, h, l, hh, ll


S: dict[str, Spec] = {}


def _sp(key, loinc, dec, crit=None, avoid=(), **gen):
    S[key] = Spec(loinc, dec, crit, tuple(avoid), gen)


# haematology (values in the unit the key names)
_sp("hgb", "718-7", 1, (7.0, 20.0), ((4.85, 8.4), (18.6, 23.0)), l=(9.2, 10.8))
_sp("hgb_gl", "718-7", 0, (70, 200), ((48.5, 84), (186, 230)))
_sp("hct", "4544-3", 1, (20.0, 60.0), ((16.5, 24.0), (55.0, 66.0)))
_sp("hct_ll", "4544-3", 2, (0.20, 0.60), ((0.165, 0.24), (0.55, 0.66)))
_sp("rbc", "789-8", 2)
_sp("mcv", "787-2", 1)
_sp("mch", "785-6", 1)
_sp("mchc", "786-4", 1)
_sp("mchc_gl", "786-4", 0)
_sp("rdw", "788-0", 1)
_sp("mpv", "32623-1", 1)
_sp("wbc", "6690-2", 0, (2000, 40000), ((950, 2900), (20500, 102000)), l=(2950, 3300), h=(12500, 18500))
_sp("wbc_k", "6690-2", 1, (2.0, 40.0), ((0.95, 2.9), (20.5, 102.0)), l=(2.95, 3.3), h=(12.5, 18.5))
_sp("plt", "777-3", 0, (20000, 1000000), ((9500, 62000), (560000, 1100000)), l=(72000, 118000),
    h=(478000, 545000))
_sp("plt_k", "777-3", 0, (20, 1000), ((9.5, 62), (560, 1100)), l=(72, 118), h=(478, 545))
_sp("plt_lakh", "777-3", 2, (0.2, 10.0), ((0.095, 0.62), (5.6, 11.0)))
_sp("esr", "4537-7", 0, h=(32, 60))
for _c, _p, _a in (("neut", "770-8", "751-8"), ("lymph", "736-9", "731-0"), ("mono", "5905-5", "742-7"),
                   ("eos", "713-8", "711-2"), ("baso", "706-2", "704-7"), ("ig", "51584-1", "53115-2")):
    _sp(_c + "_pct", _p, 1)
    if _c == "neut":
        _sp("neut_abs", _a, 0, (500, None), ((420, 1150),))
        _sp("neut_k", _a, 1, (0.5, None), ((0.42, 1.15),))
    else:
        _sp(_c + "_abs", _a, 0)
        _sp(_c + "_k", _a, 1)
# chemistry
_sp("glu", "2345-7", 0, (40, 450), ((29, 54), (300, 555)), n=(76, 93), h=(112, 240), l=(58, 64), hh=(560, 680),
    ll=(20, 28))
_sp("glu_mmol", "14749-6", 1, (2.2, 25.0), ((1.65, 3.0), (16.5, 30.5)), n=(4.3, 5.4), h=(6.8, 12.5),
    hh=(31.0, 36.0), ll=(1.2, 1.6))
_sp("a1c", "4548-4", 1, n=(4.8, 5.4), h=(6.3, 9.8))
_sp("a1c_ifcc", "59261-8", 0, n=(28, 38), h=(50, 80))
_sp("eag", "27353-2", 0)
_sp("urea_mg", "3091-6", 0, h=(62, 98))
_sp("bun", "3094-0", 0, h=(28, 45))
_sp("urea_mmol", "22664-7", 1, h=(9.6, 15.5))
_sp("creat", "2160-0", 2, h=(1.45, 2.40))
_sp("creat_umol", "14682-9", 0, h=(130, 210))
_sp("egfr", "98979-8", 0)
_sp("bun_creat", "3097-3", 0)
_sp("na", "2951-2", 0, (120, 160), ((109.5, 126), (155, 170.5)), n=(137, 143), h=(148, 152), l=(128, 132),
    hh=(171, 176), ll=(104, 109))
_sp("k", "2823-3", 1, (2.8, 6.2), ((2.25, 3.05), (5.95, 7.05)), n=(3.8, 4.7), h=(5.4, 5.8), l=(3.1, 3.3),
    hh=(7.1, 7.6), ll=(1.9, 2.2))
_sp("cl", "2075-0", 0, (80, 120), ((70, 88), (114, 125)), n=(100, 105), h=(110, 112), l=(91, 94))
_sp("hco3", "1963-8", 0, (10, 40), ((8, 16), (36, 45)), n=(24, 28), h=(33, 34), l=(18, 19))
_sp("co2", "2028-9", 0, (10, 40), ((8, 16), (36, 45)), n=(22, 27), h=(31, 33), l=(16, 18))
_sp("ca", "17861-6", 1, (6.5, 13.0), ((5.25, 7.4), (12.0, 15.0)), n=(9.0, 9.9), h=(10.9, 11.5), l=(7.7, 8.1),
    hh=(15.1, 16.0), ll=(4.4, 5.2))
_sp("ca_mmol", "2000-8", 2, (1.62, 3.25), ((1.31, 1.85), (3.0, 3.76)), n=(2.22, 2.48), h=(2.72, 2.88),
    l=(1.92, 2.02), hh=(3.78, 4.0), ll=(1.10, 1.30))
_sp("mg", "19123-9", 1, (1.0, 4.7), ((0.8, 1.3), (3.8, 9.0)), n=(1.9, 2.3), h=(2.8, 3.3), l=(1.4, 1.5))
_sp("mg_mmol", "2601-3", 2, (0.41, 1.93), ((0.33, 0.53), (1.56, 3.7)), n=(0.78, 0.92), h=(1.15, 1.30),
    l=(0.57, 0.63))
_sp("phos", "2777-1", 1, (1.0, None), ((0.7, 1.6),), n=(2.9, 4.1), h=(5.0, 6.2), l=(1.8, 2.2))
_sp("phos_mmol", "14879-1", 2, (0.32, None), ((0.22, 0.52),), n=(0.9, 1.35), h=(1.65, 2.0), l=(0.58, 0.70))
_sp("uric", "3084-1", 1)
_sp("chol", "2093-3", 0, n=(150, 182), h=(212, 285))
_sp("chol_mmol", "14647-2", 1, n=(3.9, 4.8), h=(5.9, 7.4))
_sp("hdl", "2085-9", 0, n=(46, 72), l=(29, 36))
_sp("hdl_mmol", "14646-4", 1, n=(1.2, 1.9), l=(0.7, 0.9))
_sp("ldl", "13457-7", 0)
_sp("ldl_mmol", "39469-2", 1)
_sp("tg", "2571-8", 0, n=(65, 135), h=(185, 390))
_sp("tg_mmol", "14927-8", 1, n=(0.7, 1.5), h=(2.3, 4.2))
_sp("nonhdl", "43396-1", 0)
_sp("nonhdl_mmol", "70204-3", 1)
_sp("vldl", "13458-5", 0)
_sp("chol_hdl", "9830-1", 1)
_sp("ast", "1920-8", 0, h=(58, 165))
_sp("alt", "1742-6", 0, h=(64, 190))
_sp("ggt", "2324-2", 0, h=(85, 260))
_sp("alp", "6768-6", 0, h=(155, 330))
_sp("bili", "1975-2", 2, h=(1.7, 3.3))
_sp("bili_d", "1968-7", 2, h=(0.55, 1.5))
_sp("bili_i", "1971-1", 2)
_sp("bili_umol", "14631-6", 0, h=(28, 54))
_sp("alb", "1751-7", 1, l=(2.6, 3.1))
_sp("alb_gl", "1751-7", 0, l=(26, 31))
_sp("tp", "2885-2", 1)
_sp("tp_gl", "2885-2", 0)
_sp("glob", "10834-0", 1)
_sp("ag", "1759-0", 1)
_sp("ck", "2157-6", 0, h=(420, 950))
_sp("ldh", "2532-0", 0, h=(290, 520))
_sp("tsh", "3016-3", 2, h=(6.5, 14.5), l=(0.02, 0.12))
_sp("ft4", "3024-7", 2, h=(2.0, 2.7), l=(0.45, 0.72))
_sp("ft4_pmol", "14920-3", 1, h=(25.0, 34.0), l=(6.5, 9.0))
_sp("t3", "3053-6", 0)
_sp("t3_ngml", "3053-6", 2)
_sp("t4", "3026-2", 1)
_sp("ferr", "2276-4", 0, h=(620, 1150), l=(4, 9))
_sp("b12", "2132-9", 0, h=(1400, 1900), l=(110, 165))
_sp("b12_pmol", "14685-2", 0, l=(85, 125))
_sp("folate", "2284-8", 1, l=(1.6, 3.0))
_sp("vitd", "1989-3", 1, l=(11.0, 23.0), h=(120, 150))
_sp("crp", "1988-5", 1, n=(0.6, 3.5), h=(14, 85))
_sp("crp_dl", "1988-5", 2, n=(0.06, 0.35), h=(1.4, 8.5))
_sp("psa", "2857-1", 2, h=(7.2, 13.5))
_sp("pt", "5902-2", 1, (None, 50.0), ((27.0, 60.0),))
_sp("inr", "6301-6", 2, (None, 5.0), ((2.4, 7.9),), h=(1.45, 2.1), hh=(8.0, 9.6))
_sp("aptt", "3173-2", 1, (None, 100.0), ((55.0, 162.0),), n=(27.5, 32.5), h=(39.0, 49.0), hh=(165.0, 195.0))
_sp("aptt_r", "63561-5", 2)
_sp("fib", "3255-7", 0, (100, None), ((46, 138),), n=(240, 360), h=(470, 610), l=(145, 175), ll=(30, 45))
_sp("ddimer", "48065-7", 2, n=(0.12, 0.42), h=(3.5, 7.5))
_sp("tt", "3243-8", 1)
_sp("tni", "89579-7", 0, n=(2, 9))
_sp("ntbnp", "33762-6", 0, h=(900, 3200))
_sp("cortisol", "2143-6", 1)
_sp("testo", "2986-8", 0)
_sp("e2", "2243-4", 1)
_sp("prl", "2842-3", 1, h=(38, 85))
_sp("insulin", "20448-7", 1, h=(31, 55))
_sp("fsh", "15067-2", 1)
_sp("lh", "10501-5", 1)
_sp("dheas", "2191-5", 1)
_sp("igf1", "2484-4", 0)
_sp("rf", "11572-5", 1, h=(28, 95))
_sp("aslo", "5370-2", 0, n=(70, 160), h=(330, 680))
_sp("pct", "33959-8", 2)
_sp("etoh", "5643-2", 0)
_sp("lipase", "3040-3", 0, h=(85, 160))
# urine
_sp("usg", "5811-5", 3)
_sp("uph", "5803-2", 1)
_sp("uurob", "20405-7", 1)
_sp("uwbc", "30405-5", 0)
_sp("urbc", "30391-7", 0)
for _k, _l in (("uprot", "20454-5"), ("ugluc", "25428-4"), ("uket", "2514-8"), ("uhgb", "5794-3"),
               ("ubili", "5770-3"), ("unit", "5802-4"), ("uleu", "5799-2"), ("uepi", "20453-7"),
               ("ucast", "24124-0"), ("ubact", "25145-4"), ("umuc", "8247-9"),
               ("hiv", "56888-1"), ("hbsag", "5196-1"), ("antihbc", "16933-4"), ("hcv", "13955-0"),
               ("vdrl", "5292-8")):
    _sp(_k, _l, 0)


@dataclass
class R:
    """A printed result with its ground truth and the exact value text printed."""

    key: str
    loinc: str
    name: str
    unit: str | None
    value: float | None
    lo: float | None
    hi: float | None
    flag: str
    qual: str | None = None
    comp: str | None = None
    pflag: str | None = None
    s: str = ""  # formatted number
    shown: str = ""  # value text as printed (checked against the PDF text)
    ok: bool = True  # clearly inside/outside; a derived value that is not makes its builder retry
    dec: int = 0
    group: bool = False

    def expected(self) -> ExpectedResult:
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=self.value, unit=self.unit,
            ref_low=self.lo, ref_high=self.hi, flag=self.flag, qualitative=self.qual,
            comparator=self.comp, printed_flag=self.pflag)


def num(v: float, dec: int, lang: str, group: bool = False) -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    if lang == "pt":
        s = s.translate(str.maketrans(",.", ".,"))
    return s


def _draw(rng, sp: Spec, mode, lo, hi):
    if mode in sp.gen:
        a, b = sp.gen[mode]
    elif mode == "n":
        if lo is not None and hi is not None:
            w = hi - lo
            a, b = lo + 0.15 * w, hi - 0.15 * w
        elif hi is not None:
            a, b = hi * 0.35, hi * 0.8
        else:
            a, b = lo * 1.15, lo * 1.7
    elif mode == "h":
        assert sp.crit is None or sp.crit[1] is None, "explicit h range needed"
        base = (hi - lo) if lo is not None else hi
        a, b = hi + 0.15 * base, hi + 0.7 * base
    elif mode == "l":
        assert sp.crit is None or sp.crit[0] is None, "explicit l range needed"
        base = (hi - lo) if hi is not None else lo
        a, b = max(lo - 0.6 * base, lo * 0.35), lo - 0.12 * base
    else:
        raise KeyError(mode)
    return rng.uniform(a, b)


def _clear(sp: Spec, v, lo, hi) -> bool:
    for a, b in sp.avoid:
        if a <= v <= b:
            return False
    both = lo is not None and hi is not None
    for bnd in (lo, hi):
        if bnd is None or bnd == 0:
            continue
        m = 0.04 * (hi - lo) if both else 0.04 * abs(bnd)
        if v == bnd or abs(v - bnd) < m:
            return False
    return True


def _flag(sp: Spec, v, lo, hi) -> str:
    if sp.crit:
        clo, chi = sp.crit
        if clo is not None and v < clo:
            return "LL"
        if chi is not None and v > chi:
            return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


def _ref(ref, pt):
    if isinstance(ref, dict):
        return ref[pt.sex]
    return ref if ref is not None else (None, None)


def _round(v, dec, step):
    if step:
        v = round(v / step) * step
    return round(v, dec)


def res(rng, pt, key, name, unit, ref, mode="n", *, lang, dec=None, value=None, comp=None, group=False,
        qual=None, shown=None, pflag=None, step=None) -> R:
    sp = S[key]
    lo, hi = _ref(ref, pt)
    dec = sp.dec if dec is None else dec
    if qual is not None:
        assert lo is None and hi is None
        return R(key, sp.loinc, name, unit, None, None, None, "N", qual=qual, shown=shown or "", pflag=pflag)
    ok = True
    if value is None:
        for _ in range(400):
            value = _round(_draw(rng, sp, mode, lo, hi), dec, step)
            if _clear(sp, value, lo, hi):
                break
        else:
            raise RuntimeError(f"cannot draw {key} {mode} for {lo}-{hi}")
        want = {"n": "N", "h": "H", "l": "L", "hh": "HH", "ll": "LL"}[mode]
        assert _flag(sp, value, lo, hi) == want, (key, mode, value, lo, hi)
    elif comp == "<":  # true value below the printed one: clearly normal only if the whole range below is
        value = _round(value, dec, step)
        ok = (lo in (None, 0) and (hi is None or value <= hi)) or (lo is not None and value <= lo)
    elif comp == ">":
        value = _round(value, dec, step)
        ok = (hi is None and (lo is None or value >= lo)) or (hi is not None and value >= hi)
    else:
        value = _round(value, dec, step)
        ok = _clear(sp, value, lo, hi)
    s = num(value, dec, lang, group)
    lo, hi = (None if x is None else float(x) for x in (lo, hi))
    return R(key, sp.loinc, name, unit, float(value), lo, hi, _flag(sp, value, lo, hi), comp=comp, pflag=pflag,
             s=s, shown=shown or s, ok=ok, dec=dec, group=group)


def retry(rng, build, tries=600):
    for _ in range(tries):
        out = build(rng)
        if all(r.ok for r in out["rows"]):
            return out
    raise RuntimeError("no clear draw for " + build.__name__)


def ckd_epi(scr_mgdl, age, sex):
    k, a, f = (0.7, -0.241, 1.012) if sex == "female" else (0.9, -0.302, 1.0)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * f


# complete blood count with coherent indices and differential
CELLS = ("neut", "lymph", "mono", "eos", "baso", "ig")
CBC_SCEN = {
    "micro": dict(hgb=(9.2, 10.6), mcv=(68.0, 75.0), mchc=(29.6, 31.0), rdw=(16.4, 19.5)),
    "normo": dict(hgb=(9.4, 10.8)),
    "hgb_crit": dict(hgb=(4.0, 4.8), mcv=(66.0, 74.0), mchc=(29.5, 31.0), rdw=(17.5, 21.0)),
    "leuko": dict(wbc=(13500, 18500), neut=(78, 86)),
    "wbc_hh": dict(wbc=(105000, 128000), neut=(86, 91)),
    "wbc_ll": dict(wbc=(700, 940), neut=(18, 34)),
    "plt_low": dict(plt=(72000, 118000)),
    "plt_ll": dict(plt=(5000, 9000)),
    "plt_high": dict(plt=(478000, 545000)),
}


def cbc_base(rng, sex, scen=()):
    p = dict(hgb=(14.0, 16.0) if sex == "male" else (12.7, 14.3), mcv=(85.0, 93.0), mchc=(32.6, 34.4),
             rdw=(12.1, 13.6), wbc=(5200, 8800), plt=(190000, 360000), mpv=(8.6, 10.4),
             lymph=(24, 36), mono=(4.5, 8.0), eos=(1.6, 3.8), baso=(0.3, 0.8), ig=(0.1, 0.4))
    for s in scen:
        p.update(CBC_SCEN[s])
    b = {k: rng.uniform(*p[k]) for k in ("hgb", "mcv", "mchc", "rdw", "wbc", "plt", "mpv")}
    b["hct"] = b["hgb"] / b["mchc"] * 100
    b["rbc"] = b["hct"] / b["mcv"] * 10
    b["mch"] = b["hgb"] / b["rbc"] * 10
    pct = {c: rng.uniform(*p[c]) for c in ("lymph", "mono", "eos", "baso", "ig")}
    if "neut" in p:
        neut = rng.uniform(*p["neut"])
        f = (100 - neut) / sum(pct.values())
        pct = {c: v * f for c, v in pct.items()}
        pct["neut"] = neut
    else:
        pct["neut"] = 100 - sum(pct.values())
    m = dict(b)
    m.update(hgb_gl=b["hgb"] * 10, hct_ll=b["hct"] / 100, mchc_gl=b["mchc"] * 10, wbc_k=b["wbc"] / 1000,
             plt_k=b["plt"] / 1000, plt_lakh=b["plt"] / 1e5)
    for c in CELLS:
        m[c + "_pct"] = pct[c]
        m[c + "_abs"] = b["wbc"] * pct[c] / 100
        m[c + "_k"] = m[c + "_abs"] / 1000
    return m


# ------------------------------------------------------------------------------------------------ patients

NAMES = {
    "br": (("Maria Aparecida", "Ana Paula", "Francisca", "Juliana", "Márcia", "Fernanda", "Patrícia", "Luíza",
            "Conceição", "Beatriz"),
           ("José Carlos", "João Batista", "Antônio", "Francisco", "Paulo Sérgio", "Lucas", "Luiz Fernando",
            "Marcos", "Sebastião", "Thiago"),
           ("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Gonçalves",
            "Carvalho", "Araújo", "Conceição", "Ribeiro", "Magalhães")),
    "us": (("Linda", "Patricia", "Jennifer", "Karen", "Dorothy", "Ashley", "Michelle", "Rosa"),
           ("Robert", "Michael", "William", "David", "Richard", "Tyler", "Kevin", "Luis"),
           ("Johnson", "Williams", "Miller", "Garcia", "Anderson", "Jackson", "Harris", "Ramirez", "Cole")),
    "uk": (("Margaret", "Susan", "Emily", "Charlotte", "Siobhan", "Olivia"),
           ("James", "Thomas", "Oliver", "Gareth", "Callum", "Harry"),
           ("Taylor", "Davies", "Evans", "Wright", "Hughes", "O'Neill", "Patel", "Campbell")),
    "au": (("Sharon", "Kylie", "Chloe", "Mei", "Bronwyn"),
           ("Bruce", "Lachlan", "Darren", "Minh", "Hamish"),
           ("Nguyen", "Kelly", "Murphy", "Walker", "Papadopoulos", "McKenzie")),
    "in": (("Priya", "Ananya", "Kavita", "Lakshmi", "Sunita"),
           ("Rajesh", "Arjun", "Suresh", "Vikram", "Imran"),
           ("Sharma", "Iyer", "Reddy", "Nair", "Mehta", "Khan", "Gupta")),
}
DOCTORS = {
    "br": ("Dr. Ricardo Menezes Prado - CRM-SP 84.512", "Dra. Helena Vasconcelos - CRM-MG 41.207",
           "Dr. Fábio Nogueira Lima - CRM-RJ 52.33.918-4", "Dra. Camila Duarte Rocha - CRM-PR 27.664"),
    "us": ("Dr. Alan Whitfield, MD", "Dr. Priyanka Rao, MD", "Dr. Steven Okafor, DO", "Dr. Megan Foley, NP"),
    "uk": ("Dr H. Kilbride (GP)", "Dr S. Mahmood", "Dr R. Pennington"),
    "au": ("Dr Fiona McRae", "Dr Tuan Le", "Dr Angus Bell"),
    "in": ("Dr. Anil Kapoor, MD", "Dr. Shalini Verma, MBBS", "Dr. K. Raghavan, MD"),
}
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Patient:
    name: str
    sex: str
    dob: date
    collected: date
    time: str
    physician: str
    ident: str

    @property
    def age(self) -> int:
        c, d = self.collected, self.dob
        return c.year - d.year - ((c.month, c.day) < (d.month, d.day))


def make_patient(rng, region, sex, age, hour=None):
    fem, mal, sur = NAMES[region]
    first = rng.choice(fem if sex == "female" else mal)
    if region == "br":
        name = f"{first} {rng.choice(sur)} {rng.choice(sur)}"
    else:
        name = f"{first} {rng.choice(sur)}"
    collected = date(2025, 1, 6) + timedelta(days=rng.randint(0, 290))
    dob = date(collected.year - age, collected.month, min(collected.day, 28)) - timedelta(days=rng.randint(1, 300))
    hh = hour if hour is not None else rng.randint(6, 10)
    t = f"{hh:02d}:{rng.randint(0, 59):02d}"
    p = Patient(name, sex, dob, collected, t, rng.choice(DOCTORS[region]), f"{rng.randint(10**7, 10**8 - 1)}")
    assert p.age == age
    return p


def d_br(d):
    return d.strftime("%d/%m/%Y")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_au(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def d_in(d):
    return f"{d.day:02d}/{MON[d.month - 1]}/{d.year}"


def plain(s: str) -> str:
    """The same text as an old printer without accents would print it."""
    s = s.replace("µ", "u").replace("³", "3").replace("²", "2")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ------------------------------------------------------------------------------------------------ drawing


class Doc:
    def __init__(self, header, footer, bottom=785.0):
        self.pdf = fitz.open()
        self.header, self.footer, self.bottom = header, footer, bottom
        self.page = None
        self.y = 0.0
        self.new_page()

    def new_page(self):
        self.page = self.pdf.new_page(width=595, height=842)
        self.y = self.header(self)

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def t(self, x, y, s, font="helv", size=9.0, color=(0, 0, 0)):
        s.encode("latin-1")  # only glyphs the base-14 fonts render
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def tr(self, x, y, s, font="helv", size=9.0, color=(0, 0, 0)):
        self.t(x - fitz.get_text_length(s, fontname=font, fontsize=size), y, s, font, size, color)

    def tc(self, x, y, s, font="helv", size=9.0, color=(0, 0, 0)):
        self.t(x - fitz.get_text_length(s, fontname=font, fontsize=size) / 2, y, s, font, size, color)

    def line(self, x0, y0, x1, y1, w=0.5, color=(0, 0, 0)):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(self, x0, y0, x1, y1, fill=None, color=(0, 0, 0), w=0.5):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def finish(self):
        n = len(self.pdf)
        for i in range(n):
            self.page = self.pdf[i]
            self.footer(self, i + 1, n)
        self.pdf.set_metadata({"producer": "LIS report writer", "creator": "LIS", "title": "Laudo / Report"})
        text = "\n".join(p.get_text() for p in self.pdf)
        data = self.pdf.tobytes(garbage=3, deflate=True, no_new_id=True)
        return data, text


def rt_pt(lo, hi, dec, style="a"):
    """Portuguese reference text."""
    def f(x):
        return num(x, dec, "pt", group=True)
    if lo is None:
        return {"a": f"Inferior a {f(hi)}", "ate": f"Até {f(hi)}"}.get(style, f"< {f(hi)}")
    if hi is None:
        return f"Superior a {f(lo)}"
    return f"{f(lo)} a {f(hi)}"


def rt_en(lo, hi, dec, sep="-"):
    def f(x):
        return num(x, dec, "en")
    if lo is None:
        return f"<{f(hi)}"
    if hi is None:
        return f">{f(lo)}"
    return f"{f(lo)}{sep}{f(hi)}"


def sexref(m, f):
    return {"male": m, "female": f}


# ================================================================================================ B1


def fam_b1(rng, pt, v):
    lang = "pt"
    prof = (dict(glu="h", a1c="h", tg="h", hdl="l", alt="h", crp="h"),
            dict(creat="h", urea_mg="h", k="h", uric="h", hgb="l", vitd="l"),
            dict(tsh="h", ft4="l", chol="h", ferr="l", plt="h", hgb="l"))[v % 3]
    na_unit = "mEq/L" if v == 1 else "mmol/L"
    plt_unit = "mil/mm³" if v == 2 else "/mm³"

    def build(rng):
        rows = []

        def add(sec, key, name, unit, ref, refp, **kw):
            kw.setdefault("lang", lang)
            r = res(rng, pt, key, name, unit, ref, kw.pop("mode", prof.get(key, "n")), **kw)
            rows.append((sec, r, refp))
            return r

        def mf(m, f, dec):
            return [f"Masc.: {rt_pt(*m, dec, 'ate')}", f"Fem.: {rt_pt(*f, dec, 'ate')}"]
        bq = "BIOQUÍMICA"
        add(bq, "glu", "Glicose", "mg/dL", (70, 99), ["70 a 99"])
        add(bq, "a1c", "Hemoglobina glicada (HbA1c)", "%", (None, 5.7), ["Inferior a 5,7"])
        add(bq, "urea_mg", "Ureia", "mg/dL", (10, 50), ["10 a 50"])
        cr = add(bq, "creat", "Creatinina", "mg/dL", sexref((0.70, 1.20), (0.50, 0.90)),
                 mf((0.70, 1.20), (0.50, 0.90), 2))
        add(bq, "egfr", "TFG estimada (CKD-EPI 2021)", "mL/min/1,73m²", (60, None), ["Superior a 60"],
            value=ckd_epi(cr.value, pt.age, pt.sex))
        add(bq, "uric", "Ácido úrico", "mg/dL", sexref((3.4, 7.0), (2.4, 5.7)), mf((3.4, 7.0), (2.4, 5.7), 1))
        add(bq, "na", "Sódio", na_unit, (136, 145), ["136 a 145"])
        add(bq, "k", "Potássio", na_unit, (3.5, 5.1), ["3,5 a 5,1"])
        lp = "PERFIL LIPÍDICO"
        ch = add(lp, "chol", "Colesterol total", "mg/dL", (None, 190), ["Inferior a 190"])
        hd = add(lp, "hdl", "HDL-Colesterol", "mg/dL", (40, None), ["Superior a 40"])
        tg = add(lp, "tg", "Triglicérides", "mg/dL", (None, 150), ["Inferior a 150"])
        add(lp, "ldl", "LDL-Colesterol (calculado)", "mg/dL", (None, 130), ["Inferior a 130"],
            value=ch.value - hd.value - tg.value / 5)
        add(lp, "nonhdl", "Colesterol não-HDL", "mg/dL", (None, 160), ["Inferior a 160"],
            value=ch.value - hd.value)
        fg = "FUNÇÃO HEPÁTICA"
        add(fg, "ast", "TGO/AST", "U/L", sexref((None, 40), (None, 32)), ["Masc.: até 40", "Fem.: até 32"])
        add(fg, "alt", "TGP/ALT", "U/L", sexref((None, 41), (None, 33)), ["Masc.: até 41", "Fem.: até 33"])
        add(fg, "ggt", "Gama GT", "U/L", sexref((8, 61), (5, 36)), mf((8, 61), (5, 36), 0))
        hm = "HORMÔNIOS E VITAMINAS"
        add(hm, "tsh", "TSH ultrassensível", "µUI/mL", (0.27, 4.20), ["0,27 a 4,20"])
        add(hm, "ft4", "T4 livre", "ng/dL", (0.93, 1.70), ["0,93 a 1,70"])
        add(hm, "vitd", "Vitamina D (25-hidroxi)", "ng/mL", (30, 100), ["30 a 100"])
        add(hm, "ferr", "Ferritina", "ng/mL", sexref((30, 400), (13, 150)), mf((30, 400), (13, 150), 0))
        if prof.get("crp") == "h":
            add(hm, "crp", "Proteína C reativa", "mg/L", (None, 5.0), ["Inferior a 5,0"])
        else:
            add(hm, "crp", "Proteína C reativa", "mg/L", (None, 5.0), ["Inferior a 5,0"], value=0.5, comp="<",
                shown="< 0,5")
        he = "HEMATOLOGIA"
        add(he, "hgb", "Hemoglobina", "g/dL", sexref((13.0, 17.0), (12.0, 15.5)),
            ["Masc.: 13,0 a 17,0", "Fem.: 12,0 a 15,5"])
        add(he, "wbc", "Leucócitos", "/mm³", (4000, 11000), ["4.000 a 11.000"], step=10, group=True)
        if plt_unit == "/mm³":
            add(he, "plt", "Plaquetas", plt_unit, (150000, 450000), ["150.000 a 450.000"], step=1000, group=True)
        else:
            add(he, "plt_k", "Plaquetas", plt_unit, (150, 450), ["150 a 450"])
        return {"rows": [r for _, r, _ in rows], "table": rows}

    out = retry(rng, build)
    star = v == 1
    dates = [pt.collected, pt.collected - timedelta(days=rng.randint(85, 130)),
             pt.collected - timedelta(days=rng.randint(200, 300))]
    order = [0, 1, 2] if v != 1 else [2, 1, 0]  # index into dates; report 2 prints oldest first
    lab = ("LABORATÓRIO VITALLIS", "Análises Clínicas", "Av. Brigadeiro Faria Lima, 1.811 - Jardim Paulistano - "
           "São Paulo/SP - CNES 2077485 - Tel. (11) 3090-1122")
    sexo = "Feminino" if pt.sex == "female" else "Masculino"
    cols = [228, 288, 348]

    def header(d):
        d.t(40, 46, lab[0], "hebo", 15, (0.05, 0.25, 0.45))
        d.t(40, 58, lab[1], "heit", 9, (0.05, 0.25, 0.45))
        d.t(40, 68, lab[2], "helv", 6.5)
        d.line(40, 73, 555, 73, 1.2, (0.05, 0.25, 0.45))
        d.t(40, 86, f"Paciente: {pt.name}", "hebo", 9)
        d.t(360, 86, f"Pedido: {pt.ident}", "helv", 8)
        d.t(40, 98, f"Sexo: {sexo}    Data de nascimento: {d_br(pt.dob)}    Idade: {pt.age} anos", "helv", 8)
        d.t(40, 110, f"Médico solicitante: {pt.physician}", "helv", 8)
        d.t(360, 98, f"Data da coleta: {d_br(pt.collected)}", "helv", 8)
        d.t(360, 110, f"Emissão: {d_br(pt.collected + timedelta(days=1))}", "helv", 8)
        d.line(40, 116, 555, 116)
        d.tc(297, 132, "RELATÓRIO EVOLUTIVO DE RESULTADOS", "hebo", 10.5)
        d.tc(297, 143, "Histórico dos três últimos atendimentos", "helv", 7.5)
        d.rect(40, 150, 555, 166, fill=(0.88, 0.92, 0.96), color=None)
        d.t(44, 161, "Exame", "hebo", 8)
        for x, i in zip(cols, order):
            d.tr(x, 161, d_br(dates[i]), "hebo" if i == 0 else "helv", 8)
        d.t(356, 161, "Unidade", "hebo", 8)
        d.t(422, 161, "Valores de referência", "hebo", 8)
        return 180

    def footer(d, i, n):
        d.line(40, 796, 555, 796)
        d.t(40, 806, "Responsável técnico: Dra. Luciana Prates Andrade - CRBM 12.345 - Biomédica", "helv", 7)
        d.t(40, 815, f"Laudo liberado eletronicamente em {d_br(pt.collected + timedelta(days=1))} 16:42 - "
                     "assinatura digital ICP-Brasil", "helv", 6.5)
        d.tr(555, 806, f"Página {i} de {n}", "helv", 7)

    d = Doc(header, footer)
    sec_prev = None
    for sec, r, refp in out["table"]:
        h = max(12, 9 * len(refp) + 3)
        if sec != sec_prev:
            d.need(16 + h)
            d.t(40, d.y, sec, "hebo", 8.5, (0.05, 0.25, 0.45))
            d.y += 12
            sec_prev = sec
        d.need(h)
        d.t(44, d.y, r.name, "helv", 8.5)
        for x, i in zip(cols, order):
            if i == 0:
                txt, fl = r.shown, r.flag != "N"
            elif r.comp:
                txt, fl = r.shown, False
            elif rng.random() < 0.12:
                txt, fl = "---", False
            else:
                ov = round(r.value * rng.uniform(0.88, 1.12), r.dec)
                if r.key in ("wbc",):
                    ov = round(ov, -1)
                if r.key == "plt":
                    ov = round(ov, -3)
                txt = num(ov, r.dec, lang, r.group)
                fl = _flag(S[r.key], ov, r.lo, r.hi) != "N"
            if star and fl:
                txt += " *"
            d.tr(x, d.y, txt, "hebo" if i == 0 else "helv", 8.5)
        if star and r.flag != "N":
            r.pflag = "*"
        d.t(356, d.y, r.unit or "", "helv", 8)
        for j, line in enumerate(refp):
            d.t(422, d.y + 9 * j, line, "helv", 7.5)
        d.y += h
    d.need(40)
    d.y += 6
    if star:
        d.t(40, d.y, "(*) Resultado fora do intervalo de referência.", "helv", 7)
        d.y += 10
    d.t(40, d.y, "Método: automação Roche Cobas; HbA1c por HPLC (certificado NGSP); hemograma em Sysmex XN.",
        "helv", 7)
    d.y += 10
    d.t(40, d.y, "TFG estimada pela equação CKD-EPI 2021 (sem coeficiente racial). LDL calculado por Friedewald.",
        "helv", 7)
    pdf, text = d.finish()
    return pdf, text, out["rows"]


# ================================================================================================ B2


def fam_b2(rng, pt, v):
    lang = "en"
    au = v % 2 == 0
    cfg = (dict(k="hh", creat_umol="h", urea_mmol="h"),
           dict(na="ll", crp="h"),
           dict(cbc=("hgb_crit", "plt_high"), ferr="l", crp="h"),
           dict(cbc=("plt_ll",), alt="h", ggt="h", chol_mmol="h", a1c_ifcc="h"))[v]
    umol = "µmol/L" if au else "umol/L"

    def build(rng):
        rows = []
        cb = cbc_base(rng, pt.sex, cfg.get("cbc", ()))

        def add(sec, key, name, unit, ref, dec=None, **kw):
            mode = kw.pop("mode", cfg.get(key, "n"))
            if key in cb and "value" not in kw:
                kw["value"] = cb[key]
            r = res(rng, pt, key, name, unit, ref, mode, lang=lang, dec=dec, **kw)
            rows.append((sec, r))
            return r

        if au:
            hs = "HAEMATOLOGY"
            add(hs, "hgb_gl", "Haemoglobin", "g/L", sexref((130, 180), (115, 165)))
            add(hs, "wbc_k", "White Cell Count", "x10^9/L", (4.0, 11.0))
            add(hs, "plt_k", "Platelets", "x10^9/L", (150, 400))
            add(hs, "rbc", "Red Cell Count", "x10^12/L", sexref((4.50, 6.50), (3.80, 5.80)))
            add(hs, "hct_ll", "Haematocrit", "L/L", sexref((0.40, 0.54), (0.35, 0.47)))
            add(hs, "mcv", "MCV", "fL", (80, 100), 0)
            add(hs, "mch", "MCH", "pg", (27, 33), 0)
            add(hs, "mchc_gl", "MCHC", "g/L", (320, 360))
            add(hs, "rdw", "RDW", "%", (11.0, 15.0))
            for c, nm, ref in (("neut", "Neutrophils", (2.0, 7.5)), ("lymph", "Lymphocytes", (1.0, 4.0)),
                               ("mono", "Monocytes", (0.2, 1.0)), ("eos", "Eosinophils", (0.0, 0.5)),
                               ("baso", "Basophils", (0.00, 0.10))):
                add(hs, c + "_k", nm, "x10^9/L", ref, 2 if c == "baso" else 1)
            bs = "BIOCHEMISTRY"
            add(bs, "na", "Sodium", "mmol/L", (135, 145))
            add(bs, "k", "Potassium", "mmol/L", (3.5, 5.2))
            add(bs, "cl", "Chloride", "mmol/L", (95, 110))
            add(bs, "hco3", "Bicarbonate", "mmol/L", (22, 32))
            add(bs, "urea_mmol", "Urea", "mmol/L", (3.0, 8.0))
            cr = add(bs, "creat_umol", "Creatinine", umol, sexref((60, 110), (45, 90)))
            eg = ckd_epi(cr.value / 88.4, pt.age, pt.sex)
            if eg >= 90:
                add(bs, "egfr", "eGFR", "mL/min/1.73m2", (60, None), value=90, comp=">", shown=">90")
            else:
                add(bs, "egfr", "eGFR", "mL/min/1.73m2", (60, None), value=eg)
            add(bs, "ca_mmol", "Calcium", "mmol/L", (2.10, 2.60))
            add(bs, "phos_mmol", "Phosphate", "mmol/L", (0.75, 1.50))
            add(bs, "mg_mmol", "Magnesium", "mmol/L", (0.70, 1.10))
            add(bs, "alb_gl", "Albumin", "g/L", (35, 50))
            add(bs, "tp_gl", "Total Protein", "g/L", (60, 80))
            add(bs, "bili_umol", "Bilirubin (Total)", umol, (None, 20))
            add(bs, "alp", "ALP", "U/L", (30, 110))
            add(bs, "ggt", "GGT", "U/L", sexref((None, 50), (None, 35)))
            add(bs, "alt", "ALT", "U/L", sexref((None, 40), (None, 30)))
            add(bs, "ast", "AST", "U/L", (None, 40))
            add(bs, "ldh", "LD", "U/L", (120, 250))
            add(bs, "glu_mmol", "Glucose (fasting)", "mmol/L", (3.0, 6.0))
            ifcc = add(bs, "a1c_ifcc", "HbA1c (IFCC)", "mmol/mol", (20, 41))
            add(bs, "a1c", "HbA1c (NGSP)", "%", (4.0, 5.9), value=0.0915 * ifcc.value + 2.15)
            ls = "LIPIDS"
            ch = add(ls, "chol_mmol", "Cholesterol", "mmol/L", (None, 5.5))
            tg = add(ls, "tg_mmol", "Triglycerides", "mmol/L", (None, 2.0))
            hd = add(ls, "hdl_mmol", "HDL Cholesterol", "mmol/L", (1.0, None))
            add(ls, "ldl_mmol", "LDL Cholesterol (calc)", "mmol/L", (None, 3.5),
                value=ch.value - hd.value - tg.value / 2.2)
            add(ls, "nonhdl_mmol", "Non-HDL Cholesterol", "mmol/L", (None, 4.0), value=ch.value - hd.value)
            os_ = "SPECIAL CHEMISTRY"
            if cfg.get("crp") == "h":
                add(os_, "crp", "CRP", "mg/L", (None, 5))
            else:
                add(os_, "crp", "CRP", "mg/L", (None, 5), value=1, comp="<", shown="<1", dec=0)
            add(os_, "ferr", "Ferritin", "µg/L", sexref((30, 500), (30, 300)))
            add(os_, "tsh", "TSH", "mIU/L", (0.40, 4.00))
            add(os_, "ft4_pmol", "Free T4", "pmol/L", (10.0, 20.0))
            add(os_, "b12_pmol", "Vitamin B12", "pmol/L", (150, 700))
        else:
            fb = "Full Blood Count"
            add(fb, "hgb_gl", "Haemoglobin (Hb)", "g/L", sexref((130, 170), (120, 150)))
            add(fb, "wbc_k", "White cell count", "x10^9/L", (4.0, 11.0))
            add(fb, "plt_k", "Platelet count", "x10^9/L", (150, 410))
            add(fb, "rbc", "Red blood cell count", "x10^12/L", sexref((4.50, 5.50), (3.80, 4.80)))
            add(fb, "hct_ll", "Haematocrit", "L/L", sexref((0.40, 0.50), (0.36, 0.46)), 3)
            add(fb, "mcv", "Mean cell volume", "fL", (83.0, 101.0))
            add(fb, "mch", "Mean cell haemoglobin", "pg", (27.0, 32.0))
            for c, nm, ref in (("neut", "Neutrophil count", (2.0, 7.0)), ("lymph", "Lymphocyte count", (1.0, 4.0)),
                               ("mono", "Monocyte count", (0.2, 1.0)), ("eos", "Eosinophil count", (0.0, 0.4)),
                               ("baso", "Basophil count", (0.0, 0.1))):
                add(fb, c + "_k", nm, "x10^9/L", ref, 2)
            ue = "Urea and Electrolytes"
            add(ue, "na", "Sodium", "mmol/L", (133, 146))
            add(ue, "k", "Potassium", "mmol/L", (3.5, 5.3))
            add(ue, "urea_mmol", "Urea", "mmol/L", (2.5, 7.8))
            cr = add(ue, "creat_umol", "Creatinine", umol, sexref((59, 104), (45, 84)))
            eg = ckd_epi(cr.value / 88.4, pt.age, pt.sex)
            if eg >= 90:
                add(ue, "egfr", "eGFR", "mL/min/1.73m2", (60, None), value=90, comp=">", shown=">90")
            else:
                add(ue, "egfr", "eGFR", "mL/min/1.73m2", (60, None), value=eg)
            lf = "Liver Function Tests"
            add(lf, "bili_umol", "Total bilirubin", umol, (0, 21))
            add(lf, "alp", "Alkaline phosphatase", "U/L", (30, 130))
            add(lf, "alt", "ALT", "U/L", sexref((0, 41), (0, 33)))
            add(lf, "alb_gl", "Albumin", "g/L", (35, 50))
            bp = "Bone Profile"
            add(bp, "ca_mmol", "Calcium", "mmol/L", (2.20, 2.60))
            add(bp, "phos_mmol", "Phosphate", "mmol/L", (0.80, 1.50))
            lp = "Lipid Profile"
            ch = add(lp, "chol_mmol", "Total cholesterol", "mmol/L", (None, 5.0))
            hd = add(lp, "hdl_mmol", "HDL cholesterol", "mmol/L", (1.0, None))
            tg = add(lp, "tg_mmol", "Triglycerides", "mmol/L", (None, 1.7))
            add(lp, "ldl_mmol", "LDL cholesterol", "mmol/L", (None, 3.0), value=ch.value - hd.value - tg.value / 2.2)
            add(lp, "nonhdl_mmol", "Non HDL cholesterol", "mmol/L", (None, 4.0), value=ch.value - hd.value)
            ot = "Endocrinology / Other"
            add(ot, "a1c_ifcc", "HbA1c", "mmol/mol", (None, 42))
            add(ot, "tsh", "TSH", "mU/L", (0.27, 4.20))
            add(ot, "ft4_pmol", "Free T4", "pmol/L", (12.0, 22.0))
            add(ot, "ferr", "Serum ferritin", "ug/L", sexref((30, 400), (13, 150)))
            add(ot, "crp", "CRP", "mg/L", (None, 5))
            add(ot, "b12", "Vitamin B12", "ng/L", (197, 771))
        return {"rows": [r for _, r in rows], "table": rows}

    out = retry(rng, build)
    sx = "M" if pt.sex == "male" else "F"
    surname = pt.name.split()[-1].upper()
    given = " ".join(pt.name.split()[:-1])
    rep = pt.collected + timedelta(days=1 if au else 0)

    def header(d):
        if au:
            d.rect(36, 30, 559, 62, fill=(0.15, 0.2, 0.4), color=None)
            d.t(44, 50, "SOUTHERN CROSS PATHOLOGY", "hebo", 15, (1, 1, 1))
            d.t(44, 58, "NATA Accreditation No. 2191   ABN 41 087 662 310   ph 1300 552 713", "helv", 6.5, (1, 1, 1))
            d.t(40, 80, f"Patient: {surname}, {given}", "hebo", 9)
            d.t(40, 92, f"DOB: {d_au(pt.dob)} ({pt.age}Y)   Sex: {sx}   Medicare: 2954 71183 1", "helv", 8)
            d.t(40, 104, f"Requested by: {pt.physician}   Copy to: patient's GP", "helv", 8)
            d.t(340, 80, f"Lab No: 25-{pt.ident[:7]}", "helv", 8)
            d.t(340, 92, f"Collected: {d_au(pt.collected)} {pt.time}", "helv", 8)
            d.t(340, 104, f"Reported: {d_au(rep)} 11:05", "helv", 8)
        else:
            d.t(40, 44, "Thameside Pathology Services", "hebo", 14)
            d.t(40, 55, "Blood Sciences - Clinical Biochemistry & Haematology - Tel 020 7946 0315", "helv", 7.5)
            d.rect(36, 62, 559, 110, color=(0.3, 0.3, 0.3))
            d.t(42, 75, f"Name: {pt.name.upper()}", "hebo", 9)
            d.t(42, 87, f"Sex: {'Male' if sx == 'M' else 'Female'}   DOB: {pt.dob.strftime('%d/%m/%Y')}   "
                        f"Age: {pt.age} yr", "helv", 8)
            d.t(42, 99, f"NHS No: 485 {pt.ident[:3]} {pt.ident[3:7]}   Source: {pt.physician}", "helv", 8)
            d.t(340, 75, f"Sample taken: {pt.collected.strftime('%d/%m/%Y')} {pt.time}", "helv", 8)
            d.t(340, 87, f"Received: {pt.collected.strftime('%d/%m/%Y')} 13:12", "helv", 8)
            d.t(340, 99, f"Lab ref: TP{pt.ident[:6]}", "helv", 8)
        y = 126
        d.t(40, y, "Test", "hebo", 8)
        d.tr(262, y, "Result", "hebo", 8)
        d.t(272, y, "Flag", "hebo", 8)
        d.t(300, y, "Units", "hebo", 8)
        d.t(385, y, "Reference", "hebo", 8)
        d.line(40, y + 4, 555, y + 4)
        return y + 18

    def footer(d, i, n):
        d.line(40, 800, 555, 800, 0.4)
        if au:
            d.t(40, 810, "Pathologist: Dr M. Castellanos FRCPA   Authorised 09:58   * Results outside reference "
                         "interval are flagged H or L", "helv", 6.5)
        else:
            d.t(40, 810, "Consultant Chemical Pathologist: Dr A. Fenwick   Reference ranges are adult ranges "
                         "for this patient", "helv", 6.5)
        d.tr(555, 822, f"Page {i} of {n}", "helv", 7)

    d = Doc(header, footer)
    prev = None
    crit_notes = []
    for sec, r in out["table"]:
        if sec != prev:
            d.need(26)
            d.y += 3
            d.t(40, d.y, sec, "hebo", 8.5)
            d.y += 12
            prev = sec
        d.need(12)
        d.t(46, d.y, r.name, "helv", 8.5)
        d.tr(262, d.y, r.shown, "hebo" if r.flag != "N" else "helv", 8.5)
        if r.flag != "N":
            r.pflag = r.flag[0]
            d.t(274, d.y, r.pflag, "hebo", 8.5)
        if r.flag in ("HH", "LL"):
            crit_notes.append(r.name)
        d.t(300, d.y, r.unit or "", "helv", 8.5)
        if au:
            rtxt = "(" + rt_en(r.lo, r.hi, r.dec) + ")"
        else:
            rtxt = "(" + rt_en(r.lo, r.hi, r.dec, " - ").replace("<", "< ").replace(">", "> ") + ")"
        d.t(385, d.y, rtxt, "helv", 8.5)
        d.y += 11.5
    d.need(30)
    d.y += 8
    for nm in crit_notes:
        d.t(40, d.y, f"Comment: {nm} result verified by repeat analysis. Telephoned to {pt.physician} at 10:42 "
                     "and read back.", "heit", 7.5)
        d.y += 10
    d.t(40, d.y, "eGFR calculated with CKD-EPI 2021. LDL cholesterol calculated (Friedewald).", "heit", 7.5)
    pdf, text = d.finish()
    return pdf, text, out["rows"]


# ================================================================================================ B3


B3_TESTS = {
    # key: (group, name, unit, ref, ref lines, dec)
    "glu": ("bq", "Glicose", "mg/dL", (70, 99), ["V.R.: 70 a 99 mg/dL"]),
    "urea_mg": ("bq", "Ureia", "mg/dL", (15, 45), ["V.R.: 15 a 45 mg/dL"]),
    "creat": ("bq", "Creatinina", "mg/dL", sexref((0.70, 1.20), (0.50, 0.90)),
              ["V.R.: Homens: 0,70 a 1,20 mg/dL", "Mulheres: 0,50 a 0,90 mg/dL"]),
    "na": ("bq", "Sódio", "mmol/L", (136, 145), ["V.R.: 136 a 145 mmol/L"]),
    "k": ("bq", "Potássio", "mmol/L", (3.5, 5.1), ["V.R.: 3,5 a 5,1 mmol/L"]),
    "cl": ("bq", "Cloro", "mmol/L", (98, 107), ["V.R.: 98 a 107 mmol/L"]),
    "mg": ("bq", "Magnésio", "mg/dL", (1.6, 2.6), ["V.R.: 1,6 a 2,6 mg/dL"]),
    "ca": ("bq", "Cálcio total", "mg/dL", (8.6, 10.3), ["V.R.: 8,6 a 10,3 mg/dL"]),
    "phos": ("bq", "Fósforo", "mg/dL", (2.5, 4.5), ["V.R.: 2,5 a 4,5 mg/dL"]),
    "ast": ("bq", "TGO (AST)", "U/L", sexref((None, 40), (None, 32)),
            ["V.R.: Homens: até 40 U/L", "Mulheres: até 32 U/L"]),
    "alt": ("bq", "TGP (ALT)", "U/L", sexref((None, 41), (None, 33)),
            ["V.R.: Homens: até 41 U/L", "Mulheres: até 33 U/L"]),
    "alp": ("bq", "Fosfatase alcalina", "U/L", sexref((40, 129), (35, 104)),
            ["V.R.: Homens: 40 a 129 U/L", "Mulheres: 35 a 104 U/L"]),
    "ggt": ("bq", "Gama-GT", "U/L", sexref((8, 61), (5, 36)), ["V.R.: Homens: 8 a 61 U/L", "Mulheres: 5 a 36 U/L"]),
    "bili": ("bq", "Bilirrubina total", "mg/dL", (None, 1.2), ["V.R.: até 1,20 mg/dL"]),
    "bili_d": ("bq", "Bilirrubina direta", "mg/dL", (None, 0.3), ["V.R.: até 0,30 mg/dL"]),
    "bili_i": ("bq", "Bilirrubina indireta", "mg/dL", (None, 0.9), ["V.R.: até 0,90 mg/dL"]),
    "alb": ("bq", "Albumina", "g/dL", (3.5, 5.2), ["V.R.: 3,5 a 5,2 g/dL"]),
    "ck": ("bq", "CPK", "U/L", sexref((39, 308), (26, 192)), ["V.R.: Homens: 39 a 308 U/L", "Mulheres: 26 a 192 U/L"]),
    "ldh": ("bq", "Desidrogenase láctica (DHL)", "U/L", (135, 225), ["V.R.: 135 a 225 U/L"]),
    "crp_dl": ("bq", "Proteína C reativa", "mg/dL", (None, 0.5), ["V.R.: inferior a 0,50 mg/dL"]),
    "tni": ("cd", "Troponina I ultrassensível", "ng/L", sexref((None, 34), (None, 16)),
            ["V.R.: Homens: até 34 ng/L", "Mulheres: até 16 ng/L"]),
    "ntbnp": ("cd", "NT-proBNP", "pg/mL", None,
              ["V.R.: até 125 pg/mL (menores de 75 anos)", "até 450 pg/mL (75 anos ou mais)"]),
    "pt": ("cg", "Tempo de protrombina", "segundos", (10.0, 13.5), ["V.R.: 10,0 a 13,5 segundos"]),
    "inr": ("cg", "RNI", None, (0.90, 1.20), ["V.R.: 0,90 a 1,20"]),
    "aptt": ("cg", "TTPa", "segundos", (25.0, 35.0), ["V.R.: 25,0 a 35,0 segundos"]),
    "aptt_r": ("cg", "Relação TTPa (paciente/normal)", None, (None, 1.25), ["V.R.: até 1,25"]),
}
B3_GROUPS = {"bq": ("BIOQUÍMICA", "Material: Soro    Método: automação Abbott Alinity c"),
             "cd": ("MARCADORES CARDÍACOS", "Material: Soro    Método: quimioluminescência"),
             "cg": ("COAGULAÇÃO", "Material: Plasma citratado    Método: coagulométrico (ACL TOP)")}
B3_PFLAG = {"H": "Alto", "L": "Baixo", "HH": "CRÍTICO", "LL": "CRÍTICO"}


def refbelow_pdf(rng, pt, keys, modes, lab_no, tni_lt=False):
    lang = "pt"

    def build(rng):
        rows = []
        vals = {}

        def add(key, **kw):
            grp, name, unit, ref, lines = B3_TESTS[key]
            if key == "ntbnp":
                ref = (None, 125) if pt.age < 75 else (None, 450)
            r = res(rng, pt, key, name, unit, ref, kw.pop("mode", modes.get(key, "n")), lang=lang, **kw)
            vals[key] = r
            rows.append((grp, r, lines))
            return r

        for key in keys:
            if key == "bili_i":
                add(key, value=vals["bili"].value - vals["bili_d"].value)
            elif key == "pt":
                inr = res(rng, pt, "inr", "RNI", None, (0.90, 1.20), modes.get("inr", "n"), lang=lang)
                add("pt", value=inr.value * 11.4 * rng.uniform(0.98, 1.02))
                vals["inr"] = inr
                rows.append(("cg", inr, B3_TESTS["inr"][4]))
            elif key == "inr":
                continue
            elif key == "aptt_r":
                add(key, value=vals["aptt"].value / 29.0)
            elif key == "tni" and tni_lt:
                add(key, value=2.0, comp="<", shown="< 2,0", dec=1)
            else:
                add(key)
        return {"rows": [r for _, r, _ in rows], "table": rows}

    out = retry(rng, build)
    sexo = "Feminino" if pt.sex == "female" else "Masculino"

    def header(d):
        d.t(40, 44, "HOSPITAL SANTA HELENA", "tibo", 15)
        d.t(40, 56, "Laboratório de Análises Clínicas - Unidade de Emergência", "tiro", 9)
        d.t(40, 66, "Rua Capitão Salomão, 440 - Centro - Belo Horizonte/MG - CNES 0026794 - RT: Dr. Otávio Lemos "
                    "CRF-MG 18.204", "helv", 6.5)
        d.line(40, 71, 555, 71, 1)
        d.t(40, 84, f"Paciente: {pt.name}", "hebo", 9)
        d.t(40, 95, f"Sexo: {sexo}   Idade: {pt.age} anos   Nasc.: {d_br(pt.dob)}", "helv", 8)
        d.t(40, 106, f"Solicitante: {pt.physician}   Setor: Pronto-Socorro - Leito 12", "helv", 8)
        d.t(370, 84, f"Atendimento: {lab_no}", "helv", 8)
        d.t(370, 95, f"Data da coleta: {d_br(pt.collected)} {pt.time}", "helv", 8)
        d.t(370, 106, f"Liberação: {d_br(pt.collected)} {int(pt.time[:2]) + 2:02d}:{pt.time[3:]}", "helv", 8)
        d.line(40, 112, 555, 112, 0.5)
        return 130

    def footer(d, i, n):
        d.line(40, 798, 555, 798, 0.5)
        d.t(40, 808, "Resultados liberados após conferência. Valores críticos são comunicados conforme POP-LAB-017.",
            "helv", 6.5)
        d.t(40, 817, "Assinado eletronicamente por Dra. Renata Queiroz - CRBM-MG 7.431", "helv", 6.5)
        d.tr(555, 817, f"Pág. {i}/{n}", "helv", 7)

    d = Doc(header, footer)
    prev = None
    for grp, r, lines in out["table"]:
        h = 13 + 9 * len(lines) + (10 if r.flag in ("HH", "LL") else 0) + 4
        if grp != prev:
            d.need(40 + h)
            if prev is not None:
                d.y += 10
            title, mat = B3_GROUPS[grp]
            d.rect(40, d.y - 10, 555, d.y + 3, fill=(0.85, 0.85, 0.85), color=None)
            d.t(44, d.y, title, "hebo", 9)
            d.y += 13
            d.t(44, d.y, mat, "helv", 7.5)
            d.y += 15
            prev = grp
        d.need(h)
        d.t(46, d.y, r.name, "helv", 9.5)
        d.tr(350, d.y, r.shown, "hebo", 9.5)
        d.t(356, d.y, r.unit or "", "helv", 9)
        if r.flag != "N":
            r.pflag = B3_PFLAG[r.flag]
            d.t(470, d.y, r.pflag, "hebo", 8.5, (0.7, 0, 0) if r.flag in ("HH", "LL") else (0, 0, 0))
        d.y += 10
        for j, line in enumerate(lines):
            d.t(60 if j == 0 else 80, d.y, line, "helv", 7.5)
            d.y += 9
        if r.flag in ("HH", "LL"):
            d.t(60, d.y, f"Valor crítico comunicado a Enf. Adriana Lopes em {d_br(pt.collected)} às "
                         f"{int(pt.time[:2]) + 1:02d}:{pt.time[3:]} - confirmado em duplicata.", "heit", 7.5)
            d.y += 10
        d.y += 4
    return d, out["rows"]


def fam_b3(rng, pt, v):
    keys = ["glu", "urea_mg", "creat", "na", "k", "cl", "mg", "ca", "phos", "ast", "alt", "alp", "ggt", "bili",
            "bili_d", "bili_i", "alb", "ck", "ldh", "crp_dl", "tni", "ntbnp", "pt", "inr", "aptt", "aptt_r"]
    modes = (dict(glu="hh", k="hh", creat="h", urea_mg="h", ntbnp="h"),
             dict(ca="hh", alb="l", alp="h", phos="l", inr="hh", aptt="h", ldh="h"),
             dict(na="ll", k="ll", mg="l", ldh="h", crp_dl="h", ntbnp="h"))[v]
    d, rows = refbelow_pdf(rng, pt, keys, modes, f"PS-{pt.ident[:6]}", tni_lt=v == 2)
    pdf, text = d.finish()
    return pdf, text, rows


# ================================================================================================ B4

UQ = {"neg": ("Negativo", "negative"), "trace": ("Traços", "trace"), "pos": ("Positivo", "positive"),
      "pos1": ("Positivo (+)", "positive"), "pos2": ("Positivo (++)", "positive"),
      "pos3": ("Positivo (+++)", "positive"), "abs": ("Ausentes", "absent"), "pres": ("Presentes", "present"),
      "rare": ("Raras", "rare"), "rarem": ("Raros", "rare")}


def fam_b4(rng, pt, v):
    lang = "pt"
    case = ("normal", "uti", "diabetic")[v]
    q = dict(uprot="neg", ugluc="neg", uket="neg", uhgb="neg", ubili="neg", unit="neg", uleu="neg",
             uepi="rare", ucast="abs", ubact="abs", umuc="abs")
    sg, ph, uwbc, urbc = rng.choice([1.015, 1.020]), rng.choice([5.5, 6.0, 6.5]), 3000, 2000
    cor, asp = "Amarelo citrino", "Límpido"
    if case == "uti":
        q.update(uprot="trace", uhgb="pos2", unit="pos", uleu="pos3", ubact="pres", umuc="rarem")
        uwbc, urbc, asp, ph = rng.choice([48000, 68000, 85000]), rng.choice([15000, 22000]), "Turvo", 7.0
    elif case == "diabetic":
        q.update(uprot="pos1", ugluc="pos3", uket="trace")
        sg, ph, uwbc, urbc = 1.025, 5.5, 4000, 1000
    else:
        uwbc, urbc = rng.choice([1000, 2000, 3000]), rng.choice([1000, 2000])

    rows = []

    def qual(sec, key, name, ref):
        word, meaning = UQ[q[key]]
        r = res(rng, pt, key, name, None, None, lang=lang, qual=meaning, shown=word)
        rows.append((sec, r, word, ref))

    def numr(sec, key, name, unit, ref, value, dec, reftxt):
        r = res(rng, pt, key, name, unit, ref, lang=lang, value=value, dec=dec, group=True)
        assert r.ok, (key, value)
        shown = r.s + (f" {unit}" if unit else "")
        rows.append((sec, r, shown, reftxt))

    ef, eq, se = "EXAME FÍSICO", "EXAME QUÍMICO (tira reagente)", "SEDIMENTOSCOPIA (microscopia, 400x)"
    rows.append((ef, None, cor, "Amarelo citrino"))
    rows.append((ef, None, asp, "Límpido"))
    numr(ef, "usg", "Densidade", None, (1.005, 1.030), sg, 3, "1,005 a 1,030")
    numr(eq, "uph", "pH", None, (5.0, 8.0), ph, 1, "5,0 a 8,0")
    qual(eq, "uprot", "Proteínas", "Negativo")
    qual(eq, "ugluc", "Glicose", "Negativo")
    qual(eq, "uket", "Corpos cetônicos", "Negativo")
    qual(eq, "uhgb", "Hemoglobina", "Negativo")
    qual(eq, "ubili", "Bilirrubina", "Negativo")
    numr(eq, "uurob", "Urobilinogênio", "mg/dL", (None, 1.0), 0.2, 1, "Até 1,0 mg/dL")
    qual(eq, "unit", "Nitrito", "Negativo")
    if case != "normal":
        qual(eq, "uleu", "Esterase leucocitária", "Negativo")
    numr(se, "uwbc", "Leucócitos", "/mL", (None, 10000), uwbc, 0, "Até 10.000/mL")
    numr(se, "urbc", "Hemácias", "/mL", (None, 10000), urbc, 0, "Até 10.000/mL")
    qual(se, "uepi", "Células epiteliais", "Raras")
    qual(se, "ucast", "Cilindros", "Ausentes")
    qual(se, "ubact", "Bactérias", "Ausentes")
    qual(se, "umuc", "Filamentos de muco", "Ausentes")
    sexo = "Feminino" if pt.sex == "female" else "Masculino"

    def header(d):
        d.rect(36, 28, 559, 70, fill=(0.93, 0.97, 0.93), color=(0.2, 0.5, 0.3))
        d.t(46, 48, "Labclin Diagnósticos", "hebo", 16, (0.1, 0.4, 0.2))
        d.t(46, 61, "Medicina Laboratorial - Curitiba/PR - CNPJ 08.442.117/0001-35", "helv", 7.5)
        d.t(360, 46, f"Protocolo: {pt.ident}", "helv", 8)
        d.t(360, 58, f"Data da coleta: {d_br(pt.collected)} {pt.time}", "helv", 8)
        d.t(40, 88, f"Nome: {pt.name}", "hebo", 9)
        d.t(40, 100, f"Sexo: {sexo}   Data de nasc.: {d_br(pt.dob)}   Idade: {pt.age} anos", "helv", 8)
        d.t(40, 112, f"Médico: {pt.physician}   Convênio: Unimed", "helv", 8)
        return 136

    def footer(d, i, n):
        d.line(40, 795, 555, 795)
        d.t(40, 806, "Responsável técnica: Dra. Simone Kraus - CRF-PR 9.118", "helv", 7)
        d.tr(555, 806, f"Página {i} de {n}", "helv", 7)

    d = Doc(header, footer)
    d.tc(297, d.y, "URINA TIPO I - EAS (Elementos Anormais e Sedimentoscopia)", "hebo", 11)
    d.y += 14
    d.tc(297, d.y, "Material: Urina - jato médio, primeira urina da manhã    Método: tira reagente (Combur 10) e "
                   "microscopia", "helv", 7.5)
    d.y += 20
    d.t(60, d.y, "Exame", "hebo", 8.5)
    d.t(250, d.y, "Resultado", "hebo", 8.5)
    d.t(400, d.y, "Valores de referência", "hebo", 8.5)
    d.line(40, d.y + 4, 555, d.y + 4)
    d.y += 14
    prev = None
    names = {None: ["Cor", "Aspecto"]}
    ni = 0
    for sec, r, shown, reftxt in rows:
        if sec != prev:
            d.y += 6
            d.t(44, d.y, sec, "hebo", 9, (0.1, 0.4, 0.2))
            d.y += 14
            prev = sec
        if r is None:
            name = names[None][ni]
            ni += 1
        else:
            name = r.name
            r.shown = shown if r.qual else r.s
        d.t(60, d.y, name, "helv", 9)
        d.t(250, d.y, shown, "hebo", 9)
        d.t(400, d.y, reftxt, "helv", 8.5)
        d.line(60, d.y + 3.5, 555, d.y + 3.5, 0.2, (0.7, 0.7, 0.7))
        d.y += 14
    d.y += 12
    d.t(40, d.y, "Nota: a pesquisa de leucócitos e hemácias é feita em câmara de contagem; resultados por mL de urina.",
        "heit", 7.5)
    d.y += 10
    if case == "uti":
        d.t(40, d.y, "Sugere-se urocultura com antibiograma a critério médico.", "heit", 7.5)
    pdf, text = d.finish()
    return pdf, text, [r for _, r, _, _ in rows if r is not None]


# ================================================================================================ B5


def fam_b5(rng, pt, v):
    lang = "pt"
    cfg = ({}, dict(antihbc="R", rf="h", crp="h", esr="h"), dict(hcv="R", vdrl="R", aslo="h"))[v]
    caps = v != 1
    blocks = []  # (title, method, lines[(label, text)], ref lines, R)

    def word(react):
        w = "Reagente" if react else "Não reagente"
        return w.upper() if caps else w

    for key, title, method, idx in (
            ("hiv", "HIV 1 e 2 - Anticorpos e Antígeno p24 (4ª geração)", "Eletroquimioluminescência", False),
            ("hbsag", "HBsAg - Antígeno de superfície do vírus da hepatite B", "Quimioluminescência (CMIA)", True),
            ("antihbc", "Anti-HBc total - Hepatite B", "Quimioluminescência (CMIA)", True),
            ("hcv", "Anti-HCV - Hepatite C", "Quimioluminescência (CMIA)", True),
            ("vdrl", "VDRL", "Floculação em lâmina", False)):
        react = cfg.get(key) == "R"
        w = word(react)
        r = res(rng, pt, key, title, None, None, lang=lang, qual="reactive" if react else "non-reactive", shown=w)
        lines = [("Resultado:", w)]
        if idx:
            iv = rng.uniform(6.0, 14.0) if react else rng.uniform(0.05, 0.45)
            lines.append(("Índice (S/CO):", num(iv, 2, "pt")))
            ref = ["Não reagente: índice inferior a 1,00", "Reagente: índice igual ou superior a 1,00"]
        else:
            ref = ["Não reagente"]
        blocks.append((title, method, lines, ref, r))
    notes = {"VDRL": "Obs.: resultado reagente - recomenda-se confirmação com teste treponêmico (FTA-Abs)."} \
        if cfg.get("vdrl") == "R" else {}
    # numeric immunology
    if cfg.get("rf") == "h":
        r = res(rng, pt, "rf", "Fator reumatoide", "UI/mL", (None, 14.0), "h", lang=lang)
        shown = r.s
    else:
        r = res(rng, pt, "rf", "Fator reumatoide", "UI/mL", (None, 14.0), lang=lang, value=8.0, comp="<",
                shown="Inferior a 8,0")
        shown = r.shown
    blocks.append(("Fator reumatoide", "Imunoturbidimetria", [("Resultado:", f"{shown} UI/mL")],
                   ["Inferior a 14,0 UI/mL"], r))
    r = res(rng, pt, "aslo", "Antiestreptolisina O (ASLO)", "UI/mL", (None, 200), cfg.get("aslo", "n"), lang=lang)
    blocks.append(("Antiestreptolisina O (ASLO)", "Imunoturbidimetria", [("Resultado:", f"{r.s} UI/mL")],
                   ["Até 200 UI/mL (adultos)"], r))
    r = res(rng, pt, "crp", "Proteína C reativa (PCR)", "mg/L", (None, 5.0), cfg.get("crp", "n"), lang=lang)
    blocks.append(("Proteína C reativa (PCR)", "Imunoturbidimetria", [("Resultado:", f"{r.s} mg/L")],
                   ["Inferior a 5,0 mg/L"], r))
    r = res(rng, pt, "esr", "VHS - Velocidade de hemossedimentação", "mm/h", sexref((None, 15), (None, 20)),
            cfg.get("esr", "n"), lang=lang)
    blocks.append(("VHS - Velocidade de hemossedimentação", "Westergren modificado",
                   [("Resultado (1ª hora):", f"{r.s} mm/h")], ["Homens: até 15 mm/h", "Mulheres: até 20 mm/h"], r))
    sexo = "Feminino" if pt.sex == "female" else "Masculino"

    def header(d):
        d.t(40, 46, "INSTITUTO IMUNOLAB", "tibo", 17, (0.45, 0.1, 0.1))
        d.t(40, 58, "Imunologia, Sorologia e Biologia Molecular - Recife/PE", "tiro", 9)
        d.line(40, 64, 555, 64, 1.5, (0.45, 0.1, 0.1))
        d.t(40, 78, f"Paciente: {pt.name}", "hebo", 9)
        d.t(40, 90, f"Sexo: {sexo}   DN: {d_br(pt.dob)}   Idade: {pt.age} anos", "helv", 8)
        d.t(40, 102, f"Médico(a): {pt.physician}", "helv", 8)
        d.t(380, 78, f"Nº do exame: {pt.ident}", "helv", 8)
        d.t(380, 90, f"Data da coleta: {d_br(pt.collected)}", "helv", 8)
        d.t(380, 102, f"Emitido em: {d_br(pt.collected + timedelta(days=2))}", "helv", 8)
        return 124

    def footer(d, i, n):
        d.t(40, 808, "Bioquímico responsável: Dr. Eduardo Cavalcanti - CRF-PE 4.551", "helv", 7)
        d.tr(555, 808, f"Folha {i}/{n}", "helv", 7)

    d = Doc(header, footer)
    for title, method, lines, ref, _r in blocks:
        h = 50 + 12 * len(lines) + 10 * len(ref) + (12 if title in notes else 0)
        d.need(h + 6)
        top = d.y - 4
        d.t(48, d.y + 8, title, "hebo", 9.5)
        d.t(48, d.y + 19, f"Método: {method}    Material: Soro", "helv", 7.5)
        y = d.y + 33
        for lab, txt in lines:
            d.t(60, y, lab, "helv", 9)
            d.t(175, y, txt, "hebo", 9.5)
            y += 12
        d.t(330, d.y + 33, "Valor de referência:", "helv", 7.5)
        for j, line in enumerate(ref):
            d.t(330, d.y + 43 + 10 * j, line, "helv", 7.5)
        bottom = max(y, d.y + 43 + 10 * len(ref)) + 2
        if title in notes:
            d.t(60, bottom + 6, notes[title], "heit", 7.5)
            bottom += 12
        d.rect(40, top, 555, bottom, color=(0.5, 0.5, 0.5))
        d.y = bottom + 16
    d.t(40, d.y, "Resultados reagentes em triagem devem ser confirmados por metodologia complementar "
                 "(Portaria MS nº 29/2013).", "heit", 7.5)
    pdf, text = d.finish()
    return pdf, text, [b[4] for b in blocks]


# ================================================================================================ B6

IGF1 = ((20, 25, 116, 358), (26, 30, 117, 329), (31, 35, 115, 307), (36, 40, 109, 284), (41, 45, 101, 267),
        (46, 50, 94, 252), (51, 55, 87, 238), (56, 60, 81, 225), (61, 65, 75, 212), (66, 70, 69, 200),
        (71, 75, 64, 188), (76, 80, 59, 177), (81, 85, 55, 166), (86, 90, 51, 156))
DHEAS = {"male": ((20, 29, 280, 640), (30, 39, 120, 520), (40, 49, 95, 530), (50, 59, 70, 310), (60, 69, 42, 290),
                  (70, 120, 28, 175)),
         "female": ((20, 29, 65, 380), (30, 39, 45, 270), (40, 49, 32, 240), (50, 59, 26, 200), (60, 69, 13, 130),
                    (70, 120, 17, 90))}
PSA_BANDS = ((40, 49, 0.0, 2.5), (50, 59, 0.0, 3.5), (60, 69, 0.0, 4.5), (70, 79, 0.0, 6.5), (80, 120, 0.0, 7.2))


def _band(bands, age):
    for a, b, lo, hi in bands:
        if a <= age <= b:
            return lo, hi
    raise ValueError(age)


def _age_lbl(a, b):
    return f"{a}+ years" if b >= 120 else f"{a}-{b} years"


def fam_b6(rng, pt, v):
    lang = "en"
    male = pt.sex == "male"
    age = pt.age
    pm = int(pt.time[:2]) >= 12
    plan = (dict(tsh="n", ft4="n", testo="l", lh="n", fsh="n", e2="n", prl="n", cortisol="n", dheas="n", igf1="n",
                 psa="n", vitd="l", insulin="h"),
            dict(tsh="h", ft4="l", t3="n", e2="n", fsh="n", lh="n", prl="n", testo="n", cortisol="n", dheas="n",
                 igf1="n", vitd="n", ferr="n"),
            dict(tsh="n", ft4="n", psa="h", testo="n", prl="h", cortisol="n", dheas="n", igf1="n", ferr="h"),
            dict(tsh="l", ft4="h", t3="h", cortisol="n", e2="n", fsh="n", lh="n", igf1="n", dheas="n", vitd="l",
                 insulin="n"))[v]
    tests = []

    def add(key, name, unit, ref, table, dec=None):
        r = res(rng, pt, key, name, unit, ref, plan[key], lang=lang, dec=dec)
        tests.append((r, table))

    def rng_(lo, hi, dec):
        return rt_en(lo, hi, dec, " - ")

    for key in plan:
        if key == "tsh":
            add(key, "TSH", "uIU/mL", (0.450, 4.500), None, 3)
        elif key == "ft4":
            add(key, "T4, Free (Direct)", "ng/dL", (0.82, 1.77), None)
        elif key == "t3":
            t3_hi = (185, 260)
            if plan[key] == "h":
                r = res(rng, pt, key, "Triiodothyronine (T3)", "ng/dL", (71, 180), lang=lang,
                        value=rng.uniform(*t3_hi))
                tests.append((r, None))
            else:
                add(key, "Triiodothyronine (T3)", "ng/dL", (71, 180), None)
        elif key == "cortisol":
            ref = (2.3, 11.9) if pm else (6.2, 19.4)
            add(key, "Cortisol", "ug/dL", ref, [("AM (6-10 a.m.)", "6.2 - 19.4"), ("PM (4-8 p.m.)", "2.3 - 11.9")])
        elif key == "prl":
            add(key, "Prolactin", "ng/mL", sexref((4.0, 15.2), (4.8, 23.3)),
                [("Male", "4.0 - 15.2"), ("Female (non-pregnant)", "4.8 - 23.3")])
        elif key == "testo":
            if male:
                ref = (264, 916) if age <= 49 else (193, 740)
            else:
                ref = (8, 48)
            add(key, "Testosterone, Total, LC/MS", "ng/dL", ref,
                [("Male 19-49 years", "264 - 916"), ("Male 50+ years", "193 - 740"), ("Female (adult)", "8 - 48")])
        elif key == "e2":
            ref = (7.6, 42.6) if male else (5.0, 54.7)
            add(key, "Estradiol", "pg/mL", ref,
                [("Male", "7.6 - 42.6"), ("Female - follicular phase", "12.5 - 166.0"),
                 ("Female - ovulation phase", "85.8 - 498.0"), ("Female - luteal phase", "43.8 - 211.0"),
                 ("Female - postmenopausal", "5.0 - 54.7")])
        elif key == "fsh":
            ref = (1.5, 12.4) if male else (25.8, 134.8)
            add(key, "FSH", "mIU/mL", ref,
                [("Male", "1.5 - 12.4"), ("Female - follicular phase", "3.5 - 12.5"),
                 ("Female - ovulation phase", "4.7 - 21.5"), ("Female - luteal phase", "1.7 - 7.7"),
                 ("Female - postmenopausal", "25.8 - 134.8")])
        elif key == "lh":
            ref = (1.7, 8.6) if male else (7.7, 58.5)
            add(key, "LH", "mIU/mL", ref,
                [("Male", "1.7 - 8.6"), ("Female - follicular phase", "2.4 - 12.6"),
                 ("Female - ovulation phase", "14.0 - 95.6"), ("Female - luteal phase", "1.0 - 11.4"),
                 ("Female - postmenopausal", "7.7 - 58.5")])
        elif key == "psa":
            add(key, "Prostate Specific Ag (PSA), Total", "ng/mL", _band(PSA_BANDS, age),
                [(f"Male {_age_lbl(a, b)}", rng_(lo, hi, 1)) for a, b, lo, hi in PSA_BANDS])
        elif key == "dheas":
            bands = DHEAS[pt.sex]
            add(key, "DHEA-Sulfate", "ug/dL", _band(bands, age),
                [(f"{'Male' if male else 'Female'} {_age_lbl(a, b)}", rng_(lo, hi, 0)) for a, b, lo, hi in bands])
        elif key == "igf1":
            add(key, "Insulin-Like Growth Factor I (IGF-1)", "ng/mL", _band(IGF1, age),
                [(_age_lbl(a, b), rng_(lo, hi, 0)) for a, b, lo, hi in IGF1])
        elif key == "vitd":
            add(key, "Vitamin D, 25-Hydroxy", "ng/mL", (30.0, 100.0), None)
        elif key == "ferr":
            add(key, "Ferritin", "ng/mL", sexref((30, 400), (15, 150)), [("Male", "30 - 400"), ("Female", "15 - 150")])
        elif key == "insulin":
            add(key, "Insulin, Fasting", "uIU/mL", (2.6, 24.9), None)
    sx = "Male" if male else "Female"
    clin = "Postmenopausal." if not male and age >= 60 else "Fatigue, follow-up."

    def header(d):
        d.t(40, 44, "Pinecrest Endocrine Laboratory", "tibo", 16, (0.1, 0.3, 0.2))
        d.t(40, 56, "2210 Larkspur Ave, Suite 300, Denver, CO 80206   CLIA 06D0987123   (303) 555-0148", "helv", 7.5)
        d.line(40, 62, 555, 62, 1, (0.1, 0.3, 0.2))
        d.t(40, 76, f"Patient: {pt.name}", "hebo", 9)
        d.t(40, 88, f"DOB: {d_us(pt.dob)}   Age: {age}   Sex: {sx}", "helv", 8)
        d.t(40, 100, f"Ordering Physician: {pt.physician}", "helv", 8)
        d.t(40, 112, f"Clinical information: {clin}", "helv", 8)
        d.t(350, 76, f"Specimen ID: PE{pt.ident}", "helv", 8)
        d.t(350, 88, f"Collected: {d_us(pt.collected)} {pt.time}", "helv", 8)
        d.t(350, 100, f"Reported: {d_us(pt.collected + timedelta(days=2))} 15:31", "helv", 8)
        d.rect(40, 120, 555, 134, fill=(0.9, 0.95, 0.9), color=None)
        d.t(44, 130, "TESTS", "hebo", 8)
        d.tr(300, 130, "RESULT", "hebo", 8)
        d.t(310, 130, "FLAG", "hebo", 8)
        d.t(345, 130, "UNITS", "hebo", 8)
        d.t(420, 130, "REFERENCE INTERVAL", "hebo", 8)
        return 150

    def footer(d, i, n):
        d.line(40, 800, 555, 800, 0.4)
        d.t(40, 810, "Medical Director: Karen Liu, MD, PhD   Final report", "helv", 7)
        d.tr(555, 810, f"Page {i} of {n}", "helv", 7)

    d = Doc(header, footer)
    d.t(40, d.y, "ENDOCRINOLOGY", "hebo", 9.5, (0.1, 0.3, 0.2))
    d.y += 16
    for r, table in tests:
        h = 14 + (10 + 9 * len(table) if table else 0)
        d.need(h)
        d.t(44, d.y, r.name, "hebo", 9)
        d.tr(300, d.y, r.shown, "helv", 9)
        if r.flag != "N":
            r.pflag = r.flag[0]
            d.t(314, d.y, r.pflag, "hebo", 9)
        d.t(345, d.y, r.unit, "helv", 9)
        if table is None:
            d.t(420, d.y, rng_(r.lo, r.hi, r.dec), "helv", 9)
            d.y += 14
            continue
        d.y += 11
        d.t(64, d.y, "Reference Interval:", "heit", 7.5)
        d.y += 9
        for lab, txt in table:
            d.t(80, d.y, lab, "helv", 7.5)
            d.t(230, d.y, txt, "helv", 7.5)
            d.y += 9
        d.y += 5
    pdf, text = d.finish()
    return pdf, text, [r for r, _ in tests]


# ================================================================================================ B7


def fam_b7(rng, pt, v):
    lang = "en"
    cfg = (dict(inr="hh", aptt="h"),
           dict(inr="h", aptt="h", tt="h", fib="ll", ddimer="h", cbc=("plt_ll", "leuko")),
           dict(aptt="hh", tt=">"),
           dict())[v]
    pt_ctrl, aptt_ctrl = 12.1, 29.0

    def build(rng):
        rows = []
        cb = cbc_base(rng, pt.sex, cfg.get("cbc", ()))

        def add(sec, key, name, unit, ref, dec=None, ctrl=None, **kw):
            r = res(rng, pt, key, name, unit, ref, kw.pop("mode", cfg.get(key, "n")), lang=lang, dec=dec, **kw)
            rows.append((sec, r, ctrl))
            return r
        cs = "COAGULATION"
        inr = res(rng, pt, "inr", "INR", None, (0.9, 1.1), cfg.get("inr", "n"), lang=lang, dec=1)
        add(cs, "pt", "Prothrombin Time (PT)", "sec", (11.0, 13.5), ctrl=pt_ctrl,
            value=inr.value * pt_ctrl * rng.uniform(0.98, 1.02))
        rows.append((cs, inr, None))
        ap = add(cs, "aptt", "Activated Partial Thromboplastin Time (APTT)", "sec", (25.0, 35.0), ctrl=aptt_ctrl)
        add(cs, "aptt_r", "APTT Ratio", None, (0.80, 1.20), value=ap.value / aptt_ctrl)
        if cfg.get("tt") == ">":
            add(cs, "tt", "Thrombin Time", "sec", (14.0, 19.0), ctrl=15.8, value=150.0, comp=">", shown=">150.0")
        else:
            add(cs, "tt", "Thrombin Time", "sec", (14.0, 19.0), ctrl=15.8)
        add(cs, "fib", "Fibrinogen (Clauss)", "mg/dL", (200, 400))
        add(cs, "ddimer", "D-Dimer, Quantitative", "mg/L FEU", (None, 0.50))
        hs = "HEMATOLOGY"
        add(hs, "wbc_k", "WBC", "K/uL", (4.5, 11.0), value=cb["wbc_k"])
        add(hs, "hgb", "Hemoglobin", "g/dL", sexref((13.5, 17.5), (12.0, 15.5)), value=cb["hgb"])
        add(hs, "hct", "Hematocrit", "%", sexref((41.0, 53.0), (36.0, 46.0)), value=cb["hct"])
        add(hs, "plt_k", "Platelet Count", "K/uL", (150, 400), value=cb["plt_k"])
        return {"rows": [r for _, r, _ in rows], "table": rows}

    out = retry(rng, build)
    sx = "M" if pt.sex == "male" else "F"

    def header(d):
        d.t(40, 42, "ST. ALDRIC MEDICAL CENTER", "hebo", 14, (0.2, 0.2, 0.5))
        d.t(40, 53, "Department of Laboratory Medicine - Hemostasis & Thrombosis Laboratory", "helv", 8)
        d.t(40, 62, "1400 Harbor Blvd, Norfolk, VA 23510   CAP #7712045", "helv", 7)
        d.rect(40, 68, 555, 112, color=(0.2, 0.2, 0.5))
        d.t(46, 80, f"PATIENT: {pt.name.upper()}", "hebo", 8.5)
        d.t(46, 92, f"MRN: {pt.ident}   DOB: {d_us(pt.dob)}   AGE/SEX: {pt.age}/{sx}", "helv", 8)
        d.t(46, 104, f"ATTENDING: {pt.physician}   LOCATION: 5W-512", "helv", 8)
        d.t(360, 80, f"COLLECTED: {d_us(pt.collected)} {pt.time}", "helv", 8)
        d.t(360, 92, f"RECEIVED: {d_us(pt.collected)} {int(pt.time[:2]) + 1:02d}:05", "helv", 8)
        d.t(360, 104, "STATUS: FINAL", "helv", 8)
        y = 130
        d.t(44, y, "Test", "hebo", 8)
        d.tr(318, y, "Patient", "hebo", 8)
        d.tr(378, y, "Control", "hebo", 8)
        d.t(392, y, "Units", "hebo", 8)
        d.t(450, y, "Reference Range", "hebo", 8)
        d.line(40, y + 4, 555, y + 4, 0.8)
        return y + 18

    def footer(d, i, n):
        d.line(40, 798, 555, 798, 0.4)
        d.t(40, 808, "Laboratory Director: Marcus Hale, MD   Results verified by technologist JRM", "helv", 7)
        d.tr(555, 808, f"Page {i} of {n}", "helv", 7)

    d = Doc(header, footer)
    prev = None
    crit = []
    for sec, r, ctrl in out["table"]:
        if sec != prev:
            d.y += 4
            d.t(40, d.y, sec, "hebo", 9, (0.2, 0.2, 0.5))
            d.y += 14
            prev = sec
        d.t(48, d.y, r.name, "helv", 8.5)
        txt = r.shown
        if r.flag != "N":
            r.pflag = r.flag if r.flag in ("HH", "LL") else r.flag
            txt = f"{r.shown} {r.pflag}"
            if r.flag in ("HH", "LL"):
                crit.append(r.name)
        d.tr(318, d.y, txt, "hebo" if r.flag != "N" else "helv", 8.5)
        if ctrl is not None:
            d.tr(378, d.y, f"{ctrl:.1f}", "helv", 8.5)
        d.t(392, d.y, r.unit or "", "helv", 8.5)
        d.t(450, d.y, rt_en(r.lo, r.hi, r.dec, " - "), "helv", 8.5)
        d.y += 13
    d.y += 10
    notes = ["Control = mean of the laboratory's normal plasma pool for this reagent lot (not a patient result).",
             "INR therapeutic target for warfarin therapy: 2.0 - 3.0 (mechanical valves 2.5 - 3.5).",
             "D-Dimer cut-off for exclusion of VTE: 0.50 mg/L FEU. HH / LL = critical value."]
    for nm in crit:
        notes.append(f"CRITICAL VALUE ({nm}) called to RN T. Morales at {int(pt.time[:2]) + 1:02d}:22, read back "
                     "and verified.")
    for line in notes:
        d.t(40, d.y, line, "heit", 7.5)
        d.y += 10
    pdf, text = d.finish()
    return pdf, text, out["rows"]


# ================================================================================================ B8


def _dl(name, w=24):
    return (name + "").ljust(w, ".") + ":"


def dotleader_pdf(rng, pt, accents, sections, modes, scen, plt_unit, lab_lines, extras=None,
                  rt="DR. JOAO MARCOS TEIXEIRA - CRF-GO 3.871"):
    """Monospaced printout. sections: subset of ("cbc", "chem")."""
    lang = "pt"
    extras = extras or {}

    def A(s):
        return s if accents else plain(s)

    def build(rng):
        rows = []
        cb = cbc_base(rng, pt.sex, scen)
        m = pt.sex == "male"

        def add(key, name, unit, ref, reftxt, kind="line", **kw):
            if key in cb and "value" not in kw:
                kw["value"] = cb[key]
            mode = kw.pop("mode", modes.get(key, "n"))
            r = res(rng, pt, key, A(name), A(unit) if unit else None, ref, mode, lang=lang, **kw)
            rows.append((kind, r, A(reftxt)))
            return r
        if "cbc" in sections:
            rows.append(("title", "HEMOGRAMA COMPLETO", "Material: Sangue total (EDTA)"))
            rows.append(("sub", "ERITROGRAMA", "Valores de referência"))
            add("rbc", "HEMÁCIAS", "milhões/mm³", (4.30, 5.70) if m else (3.90, 5.10),
                "4,30 a 5,70" if m else "3,90 a 5,10")
            add("hgb", "HEMOGLOBINA", "g/dL", (13.0, 17.0) if m else (12.0, 15.5), "13,0 a 17,0" if m else "12,0 a 15,5")
            add("hct", "HEMATÓCRITO", "%", (39.0, 50.0) if m else (35.0, 45.0), "39,0 a 50,0" if m else "35,0 a 45,0")
            add("mcv", "VCM", "fL", (80.0, 98.0), "80,0 a 98,0")
            add("mch", "HCM", "pg", (26.0, 34.0), "26,0 a 34,0")
            add("mchc", "CHCM", "g/dL", (31.0, 36.0), "31,0 a 36,0")
            add("rdw", "RDW", "%", (11.5, 14.5), "11,5 a 14,5")
            rows.append(("sub", "LEUCOGRAMA", None))
            add("wbc", "LEUCÓCITOS", "/mm³", (4000, 11000), "4.000 a 11.000", step=10, group=True)
            rows.append(("dhead", None, None))
            for c, nm, pr, ar in (("neut", "NEUTRÓFILOS", (40, 75), (1600, 7700)),
                                  ("lymph", "LINFÓCITOS", (20, 45), (900, 4000)),
                                  ("mono", "MONÓCITOS", (2, 10), (100, 1000)),
                                  ("eos", "EOSINÓFILOS", (1, 5), (40, 500)),
                                  ("baso", "BASÓFILOS", (0, 2), (0, 200))):
                rp = add(c + "_pct", nm, "%", pr, "", kind="skip")
                ra = add(c + "_abs", nm, "/mm³", ar, "", kind="skip", group=True)
                rows.append(("diff", (rp, ra), (pr, ar)))
            if plt_unit == "/mm³":
                add("plt", "PLAQUETAS", "/mm³", (150000, 450000), "150.000 a 450.000", step=1000, group=True)
            else:
                add("plt_k", "PLAQUETAS", plt_unit, (150, 450), "150 a 450")
            add("mpv", "VPM", "fL", (7.4, 10.4), "7,4 a 10,4")
        if "chem" in sections:
            rows.append(("title", "BIOQUÍMICA", "Material: Soro"))
            add("glu", "GLICOSE", "mg/dL", (70, 99), "70 a 99")
            a1 = add("a1c", "HEMOGLOBINA GLICADA", "%", (4.0, 5.6), "4,0 a 5,6")
            add("eag", "GLICEMIA MÉDIA ESTIMADA", "mg/dL", None, "", value=28.7 * a1.value - 46.7)
            add("urea_mg", "URÉIA", "mg/dL", (15, 40), "15 a 40")
            add("creat", "CREATININA", "mg/dL", (0.70, 1.30) if m else (0.60, 1.10), "0,70 a 1,30" if m else
                "0,60 a 1,10")
            add("uric", "ÁCIDO ÚRICO", "mg/dL", (3.5, 7.2) if m else (2.6, 6.0), "3,5 a 7,2" if m else "2,6 a 6,0")
            add("na", "SÓDIO", "mEq/L", (135, 145), "135 a 145")
            add("k", "POTÁSSIO", "mEq/L", (3.5, 5.0), "3,5 a 5,0")
            ch = add("chol", "COLESTEROL TOTAL", "mg/dL", (None, 190), "inferior a 190")
            hd = add("hdl", "HDL COLESTEROL", "mg/dL", (40, None), "superior a 40")
            tg = add("tg", "TRIGLICÉRIDES", "mg/dL", (None, 150), "inferior a 150")
            add("ldl", "LDL COLESTEROL", "mg/dL", (None, 130), "inferior a 130",
                value=ch.value - hd.value - tg.value / 5)
            add("vldl", "VLDL COLESTEROL", "mg/dL", (None, 30), "inferior a 30", value=tg.value / 5)
            add("ast", "TGO (AST)", "U/L", (None, 40) if m else (None, 32), "até 40" if m else "até 32")
            add("alt", "TGP (ALT)", "U/L", (None, 41) if m else (None, 33), "até 41" if m else "até 33")
            add("ggt", "GAMA GT", "U/L", (8, 61) if m else (5, 36), "8 a 61" if m else "5 a 36")
            add("alp", "FOSFATASE ALCALINA", "U/L", (40, 129) if m else (35, 104), "40 a 129" if m else "35 a 104")
            add("tsh", "TSH", "µUI/mL", (0.27, 4.20), "0,27 a 4,20")
            add("ft4", "T4 LIVRE", "ng/dL", (0.93, 1.70), "0,93 a 1,70")
            add("ferr", "FERRITINA", "ng/mL", (30, 400) if m else (13, 150), "30 a 400" if m else "13 a 150")
            if extras.get("b12") == ">":
                add("b12", "VITAMINA B12", "pg/mL", (197, 771), "197 a 771", value=2000, comp=">",
                    shown="superior a 2.000")
            else:
                add("b12", "VITAMINA B12", "pg/mL", (197, 771), "197 a 771")
            if modes.get("crp") == "h":
                add("crp", "PROTEÍNA C REATIVA", "mg/L", (None, 5.0), "inferior a 5,0")
            else:
                add("crp", "PROTEÍNA C REATIVA", "mg/L", (None, 5.0), "inferior a 5,0", value=1.0, comp="<",
                    shown="inferior a 1,0")
        flat = []
        for kind, a, _b in rows:
            if kind in ("line", "skip"):
                if kind == "line":
                    flat.append(a)
            elif kind == "diff":
                flat.extend(a)
        return {"rows": flat, "table": rows}

    out = retry(rng, build)
    sexo = A("Feminino" if pt.sex == "female" else "Masculino")
    F, FS, LH = "cour", 8.2, 10.2

    def header(d):
        d.t(36, 40, "=" * 98, F, FS)
        for j, s in enumerate(lab_lines):
            d.t(36, 51 + j * LH, A(s), "cobo" if j == 0 else F, FS)
        y = 51 + len(lab_lines) * LH
        d.t(36, y, "=" * 98, F, FS)
        y += LH
        d.t(36, y, A(f"PACIENTE: {pt.name.upper():<44} PEDIDO: {pt.ident}"), F, FS)
        y += LH
        d.t(36, y, A(f"SEXO: {sexo:<12} IDADE: {pt.age} ANOS   NASC.: {d_br(pt.dob)}   COLETA: "
                     f"{d_br(pt.collected)} {pt.time}"), F, FS)
        y += LH
        d.t(36, y, A(f"MEDICO: {pt.physician.upper()}"), F, FS)
        y += LH
        d.t(36, y, "-" * 98, F, FS)
        return y + 2 * LH

    def footer(d, i, n):
        d.t(36, 800, "-" * 98, F, FS)
        d.t(36, 810, A(f"RESP. TECNICO: {rt:<56}PAGINA {i}/{n}"), F, FS)

    d = Doc(header, footer, bottom=785)
    for kind, a, b in out["table"]:
        if kind == "skip":
            continue
        d.need(3 * LH if kind == "title" else LH)
        if kind == "title":
            d.y += LH / 2
            d.t(36, d.y, A(f"{a:<60}{b}"), "cobo", FS)
            d.y += LH
        elif kind == "sub":
            d.t(36, d.y, A(f"{a:<60}{b or ''}"), "cobo", FS)
            d.y += LH
        elif kind == "dhead":
            d.t(36, d.y, A(f"{'':<25}{'%':>9}{'/mm³':>11}      {'V.R. (%)':<14}V.R. (/mm³)"), F, FS)
            d.y += LH
        elif kind == "diff":
            rp, ra = a
            pr, ar = b
            refp = f"{pr[0]} a {pr[1]}"
            refa = f"{num(ar[0], 0, 'pt', True)} a {num(ar[1], 0, 'pt', True)}"
            d.t(36, d.y, f"{_dl(rp.name)} {rp.s:>8}{ra.s:>11}      {refp:<14}{refa}", F, FS)
            d.y += LH
        else:
            r, reftxt = a, b
            val = r.shown
            if r.key == "eag":
                d.t(36, d.y, f"{_dl(r.name)} {val:>8} {r.unit}", F, FS)
            else:
                d.t(36, d.y, f"{_dl(r.name)} {val:>8} {r.unit or '':<14}({reftxt})", F, FS)
            d.y += LH
    d.y += LH
    notes = ["OBS.: VALORES DE REFERENCIA SEGUNDO O FABRICANTE DOS REAGENTES.",
             "* VALOR CONFIRMADO EM DUPLICATA."]
    if extras.get("note"):
        notes.insert(0, extras["note"])
    for s in notes:
        d.need(LH)
        d.t(36, d.y, A(s), F, FS)
        d.y += LH
    return d, out["rows"]


B8_LAB = ("LABORATÓRIO SÃO LUCAS LTDA", "ANÁLISES CLÍNICAS - RUA 7, 512 - SETOR OESTE - GOIÂNIA/GO",
          "FONE (62) 3214-0090 - CNES 2338424")


def fam_b8(rng, pt, v):
    accents = v in (0, 2)
    modes, scen, plt_unit, extras = (
        (dict(glu="hh", tg="h", hdl="l", a1c="h"), (), "/mm³", {"note": "GLICOSE: VALOR CRÍTICO COMUNICADO AO "
                                                                        "MEDICO ASSISTENTE."}),
        ({}, ("plt_ll",), "mil/mm3", {"note": "PLAQUETOPENIA CONFIRMADA EM LAMINA. AUSENCIA DE AGREGADOS."}),
        (dict(tsh="h", chol="h"), (), "x10³/µL", {"b12": ">"}),
        (dict(crp="h", creat="h", urea_mg="h", ferr="h"), ("wbc_hh", "micro"), "/mm³",
         {"note": "LEUCOCITOSE: ESFREGACO REVISADO PELO HEMATOLOGISTA."}))[v]
    d, rows = dotleader_pdf(rng, pt, accents, ("cbc", "chem"), modes, scen, plt_unit, B8_LAB, extras)
    pdf, text = d.finish()
    return pdf, text, rows


# ================================================================================================ B9


def fam_b9(rng, pt, v):
    lang = "en"
    male = pt.sex == "male"
    rows = []  # (R, ref lines)

    def add(key, name, ref, reflines, unit, mode="n", **kw):
        r = res(rng, pt, key, name, unit, ref, mode, lang=lang, **kw)
        rows.append((r, reflines))
        return r

    def crea(mode="n"):
        ref = (0.70, 1.28) if male else (0.60, 0.95)
        r = add("creat", "CREATININE", ref, [f"{ref[0]:.2f}-{ref[1]:.2f} mg/dL"], "mg/dL", mode)
        eg = ckd_epi(r.value, pt.age, pt.sex)
        add("egfr", "EGFR", (60, None), ["> OR = 60 mL/min/1.73m2"], "mL/min/1.73m2", value=eg)
        return r
    tni_ref = ["Male: <35 ng/L", "Female: <17 ng/L"]
    bnp_ref = (None, 125) if pt.age < 75 else (None, 450)
    bnp_lines = ["<75 years: <125 pg/mL", ">=75 years: <450 pg/mL"]
    if v == 0:
        add("glu", "GLUCOSE", (65, 99), ["65-99 mg/dL"], "mg/dL")
        add("a1c", "HEMOGLOBIN A1c", (None, 5.7), ["<5.7 % of total Hgb"], "% of total Hgb")
        crea()
        add("tni", "TROPONIN I, HIGH SENSITIVITY", sexref((None, 35), (None, 17)), tni_ref, "ng/L", value=3,
            comp="<", shown="<3")
        add("ntbnp", "NT-PROBNP", bnp_ref, bnp_lines, "pg/mL")
        add("crp", "C-REACTIVE PROTEIN", (None, 8.0), ["<8.0 mg/L"], "mg/L")
        add("lipase", "LIPASE", (7, 60), ["7-60 U/L"], "U/L")
        add("etoh", "ETHANOL", (None, 10), ["<10 mg/dL"], "mg/dL", value=10, comp="<", shown="<10")
        add("tsh", "TSH", (0.40, 4.50), ["0.40-4.50 mIU/L"], "mIU/L")
        add("pct", "PROCALCITONIN", (None, 0.10), ["<0.10 ng/mL"], "ng/mL", value=0.02, comp="<", shown="<0.02")
        add("psa", "PSA, TOTAL", (None, 4.0), ["< OR = 4.00 ng/mL"], "ng/mL")
        add("b12", "VITAMIN B12", (200, 1100), ["200-1100 pg/mL"], "pg/mL")
    elif v == 1:
        add("tsh", "TSH", (0.40, 4.50), ["0.40-4.50 mIU/L"], "mIU/L", value=0.01, comp="<", shown="<0.01")
        add("ft4", "T4, FREE", (0.8, 1.8), ["0.8-1.8 ng/dL"], "ng/dL", "h", dec=1)
        add("ntbnp", "NT-PROBNP", bnp_ref, bnp_lines, "pg/mL", "h")
        crea("h")
        add("tni", "TROPONIN I, HIGH SENSITIVITY", sexref((None, 35), (None, 17)), tni_ref, "ng/L")
        add("b12", "VITAMIN B12", (200, 1100), ["200-1100 pg/mL"], "pg/mL", value=2000, comp=">", shown=">2000")
        add("folate", "FOLATE, SERUM", (5.4, None), ["> OR = 5.4 ng/mL"], "ng/mL", value=24.0, comp=">",
            shown=">24.0")
        add("ferr", "FERRITIN", sexref((38, 380), (16, 288)), ["38-380 ng/mL" if male else "16-288 ng/mL"],
            "ng/mL")
        add("crp", "C-REACTIVE PROTEIN", (None, 8.0), ["<8.0 mg/L"], "mg/L", "h")
        add("glu", "GLUCOSE", (65, 99), ["65-99 mg/dL"], "mg/dL")
        add("a1c", "HEMOGLOBIN A1c", (None, 5.7), ["<5.7 % of total Hgb"], "% of total Hgb")
    else:
        add("glu", "GLUCOSE", (65, 99), ["65-99 mg/dL"], "mg/dL", value=600, comp=">", shown=">600")
        add("a1c", "HEMOGLOBIN A1c", (None, 5.7), ["<5.7 % of total Hgb"], "% of total Hgb", value=rng.uniform(
            10.8, 12.9))
        crea("h")
        add("lipase", "LIPASE", (7, 60), ["7-60 U/L"], "U/L", "h")
        add("etoh", "ETHANOL", (None, 10), ["<10 mg/dL"], "mg/dL", value=10, comp="<", shown="<10")
        add("pct", "PROCALCITONIN", (None, 0.10), ["<0.10 ng/mL"], "ng/mL")
        add("crp", "C-REACTIVE PROTEIN", (None, 8.0), ["<8.0 mg/L"], "mg/L", "h")
        add("tni", "TROPONIN I, HIGH SENSITIVITY", sexref((None, 35), (None, 17)), tni_ref, "ng/L", value=3,
            comp="<", shown="<3")
        add("tsh", "TSH", (0.40, 4.50), ["0.40-4.50 mIU/L"], "mIU/L")
        add("b12", "VITAMIN B12", (200, 1100), ["200-1100 pg/mL"], "pg/mL")
        add("psa", "PSA, TOTAL", (None, 4.0), ["< OR = 4.00 ng/mL"], "ng/mL", value=0.01, comp="<", shown="<0.01")
    for r, _ in rows:
        assert r.ok, r
    sx = "Male" if male else "Female"

    def header(d):
        d.t(40, 44, "Meridian Reference Labs", "hebo", 15, (0.0, 0.35, 0.55))
        d.t(40, 55, "Patient Report   Account: 73310552  Client: Riverside Emergency Physicians", "helv", 7.5)
        d.rect(40, 62, 555, 108, color=(0.0, 0.35, 0.55))
        d.t(46, 75, f"{pt.name.upper()}", "hebo", 9)
        d.t(46, 87, f"DOB: {d_us(pt.dob)}   AGE: {pt.age}   GENDER: {sx}", "helv", 8)
        d.t(46, 99, f"Ordering Physician: {pt.physician.upper()}", "helv", 8)
        d.t(340, 75, f"Specimen: EN{pt.ident[:6]}Q", "helv", 8)
        d.t(340, 87, f"Collected: {d_us(pt.collected)} / {pt.time} EST", "helv", 8)
        d.t(340, 99, f"Reported: {d_us(pt.collected)} / {int(pt.time[:2]) + 4:02d}:40 EST", "helv", 8)
        y = 126
        d.t(44, y, "Test Name", "hebo", 8)
        d.t(248, y, "In Range", "hebo", 8)
        d.t(318, y, "Out Of Range", "hebo", 8)
        d.t(400, y, "Reference Range", "hebo", 8)
        d.t(530, y, "Lab", "hebo", 8)
        d.line(40, y + 4, 555, y + 4, 0.8)
        return y + 18

    def footer(d, i, n):
        d.line(40, 800, 555, 800, 0.4)
        d.t(40, 810, "EZ  Meridian Reference Labs, 4401 Cardinal Way, Tampa, FL 33610  Lab Director: "
                     "R. Ostrowski, MD", "helv", 6.5)
        d.tr(555, 820, f"Page {i} of {n}", "helv", 7)

    d = Doc(header, footer)
    crit = []
    for r, reflines in rows:
        d.need(12 + 9 * (len(reflines) - 1))
        d.t(44, d.y, r.name, "helv", 8.5)
        if r.flag == "N":
            d.t(248, d.y, r.shown, "helv", 8.5)
        else:
            r.pflag = r.flag[0]
            d.t(318, d.y, f"{r.shown} {r.pflag}", "hebo", 8.5)
            if r.flag in ("HH", "LL"):
                crit.append(r.name)
        for j, line in enumerate(reflines):
            d.t(400, d.y + 9 * j, line, "helv", 8.5)
        d.t(530, d.y, "EZ", "helv", 8)
        d.y += 12 + 9 * (len(reflines) - 1)
        if r.key == "egfr":
            d.t(60, d.y, "eGFR calculated with the CKD-EPI 2021 equation (race-free).", "heit", 7)
            d.y += 10
    d.y += 8
    for nm in crit:
        d.t(40, d.y, f"{nm}: CRITICAL RESULT called to and read back by RN K. BRANDT on {d_us(pt.collected)}.",
            "heit", 7.5)
        d.y += 10
    pdf, text = d.finish()
    return pdf, text, [r for r, _ in rows]


# ================================================================================================ B10

LC_FLAG = {"H": "High", "L": "Low", "HH": "Critical", "LL": "Critical"}


def fam_b10(rng, pt, v):
    lang = "en"
    male = pt.sex == "male"
    cfg = (dict(glu="h", tg="h", hdl="l", chol="h", alt="h"),
           dict(k="ll", co2="h", cl="l"),
           dict(cbc=("wbc_hh", "micro", "plt_low")))[v]

    def build(rng):
        rows = []
        cb = cbc_base(rng, pt.sex, cfg.get("cbc", ()))

        def add(sec, key, name, unit, ref, dec=None, notest=False, **kw):
            if key in cb and "value" not in kw:
                kw["value"] = cb[key]
            r = res(rng, pt, key, name, unit, ref, kw.pop("mode", cfg.get(key, "n")), lang=lang, dec=dec, **kw)
            rows.append((sec, r, notest))
            return r
        cs = "CBC With Differential/Platelet"
        add(cs, "wbc_k", "WBC", "x10E3/uL", (3.4, 10.8))
        add(cs, "rbc", "RBC", "x10E6/uL", sexref((4.14, 5.80), (3.77, 5.28)))
        add(cs, "hgb", "Hemoglobin", "g/dL", sexref((13.0, 17.7), (11.1, 15.9)))
        add(cs, "hct", "Hematocrit", "%", sexref((37.5, 51.0), (34.0, 46.6)))
        add(cs, "mcv", "MCV", "fL", (79, 97), 0)
        add(cs, "mch", "MCH", "pg", (26.6, 33.0))
        add(cs, "mchc", "MCHC", "g/dL", (31.5, 35.7))
        add(cs, "rdw", "RDW", "%", sexref((11.6, 15.4), (11.7, 15.4)))
        add(cs, "plt_k", "Platelets", "x10E3/uL", (150, 450))
        for c, nm in (("neut", "Neutrophils"), ("lymph", "Lymphs"), ("mono", "Monocytes"), ("eos", "Eos"),
                      ("baso", "Basos"), ("ig", "Immature Granulocytes")):
            add(cs, c + "_pct", nm, "%", None, 0, notest=True)
        for c, nm, ref in (("neut", "Neutrophils (Absolute)", (1.4, 7.0)), ("lymph", "Lymphs (Absolute)", (0.7, 3.1)),
                           ("mono", "Monocytes(Absolute)", (0.1, 0.9)), ("eos", "Eos (Absolute)", (0.0, 0.4)),
                           ("baso", "Baso (Absolute)", (0.0, 0.2)), ("ig", "Immature Grans (Abs)", (0.0, 0.1))):
            add(cs, c + "_k", nm, "x10E3/uL", ref, 1)
        ms = "Comp. Metabolic Panel (14)"
        add(ms, "glu", "Glucose", "mg/dL", (70, 99))
        bun = add(ms, "bun", "BUN", "mg/dL", (8, 27) if pt.age >= 60 else (6, 24))
        cr = add(ms, "creat", "Creatinine", "mg/dL", sexref((0.76, 1.27), (0.57, 1.00)))
        add(ms, "egfr", "eGFR", "mL/min/1.73", (59, None), value=ckd_epi(cr.value, pt.age, pt.sex))
        add(ms, "bun_creat", "BUN/Creatinine Ratio", None, sexref((9, 20), (12, 28)), value=bun.value / cr.value)
        add(ms, "na", "Sodium", "mmol/L", (134, 144))
        add(ms, "k", "Potassium", "mmol/L", (3.5, 5.2))
        add(ms, "cl", "Chloride", "mmol/L", (96, 106))
        add(ms, "co2", "Carbon Dioxide, Total", "mmol/L", (20, 29))
        add(ms, "ca", "Calcium", "mg/dL", (8.7, 10.2))
        tp = add(ms, "tp", "Protein, Total", "g/dL", (6.0, 8.5))
        al = add(ms, "alb", "Albumin", "g/dL", (3.8, 4.9))
        gl = add(ms, "glob", "Globulin, Total", "g/dL", (1.5, 4.5), value=tp.value - al.value)
        add(ms, "ag", "A/G Ratio", None, (1.2, 2.2), value=al.value / gl.value)
        add(ms, "bili", "Bilirubin, Total", "mg/dL", (0.0, 1.2), 1)
        add(ms, "alp", "Alkaline Phosphatase", "IU/L", (44, 121))
        add(ms, "ast", "AST (SGOT)", "IU/L", (0, 40))
        add(ms, "alt", "ALT (SGPT)", "IU/L", sexref((0, 44), (0, 32)))
        ls = "Lipid Panel"
        ch = add(ls, "chol", "Cholesterol, Total", "mg/dL", (100, 199))
        tg = add(ls, "tg", "Triglycerides", "mg/dL", (0, 149))
        hd = add(ls, "hdl", "HDL Cholesterol", "mg/dL", (39, None))
        add(ls, "vldl", "VLDL Cholesterol Cal", "mg/dL", (5, 40), value=tg.value / 5)
        add(ls, "ldl", "LDL Chol Calc (NIH)", "mg/dL", (0, 99), value=ch.value - hd.value - tg.value / 5)
        return {"rows": [r for _, r, _ in rows], "table": rows}

    out = retry(rng, build)
    sx = "Male" if male else "Female"
    months = (pt.collected.year - pt.dob.year) * 12 + pt.collected.month - pt.dob.month - (
        pt.collected.day < pt.dob.day)
    ymd = f"{pt.age:03d}/{months % 12:02d}/{(pt.collected - pt.dob).days % 30:02d}"

    def header(d):
        d.t(40, 42, "Crestview Clinical Laboratories", "hebo", 14, (0.1, 0.1, 0.35))
        d.t(40, 53, "Patient Report", "helv", 9)
        d.rect(40, 60, 555, 112, color=(0.6, 0.6, 0.6))
        d.t(46, 72, "Patient Details", "hebo", 7.5)
        d.t(46, 84, pt.name, "hebo", 9)
        d.t(46, 96, f"DOB: {d_us(pt.dob)}   Age(y/m/d): {ymd}   Gender: {sx}", "helv", 8)
        d.t(46, 107, f"Patient ID: {pt.ident}", "helv", 8)
        d.t(330, 72, "Specimen Details", "hebo", 7.5)
        d.t(330, 84, f"Date collected: {d_us(pt.collected)} {pt.time} Local", "helv", 8)
        d.t(330, 96, f"Date received: {d_us(pt.collected)}   Date reported: {d_us(pt.collected + timedelta(1))}",
            "helv", 8)
        d.t(330, 107, f"Physician: {pt.physician}", "helv", 8)
        y = 128
        d.t(44, y, "Tests", "hebo", 8)
        d.tr(262, y, "Result", "hebo", 8)
        d.t(272, y, "Flag", "hebo", 8)
        d.t(322, y, "Units", "hebo", 8)
        d.t(400, y, "Reference Interval", "hebo", 8)
        d.t(528, y, "Lab", "hebo", 8)
        d.line(40, y + 4, 555, y + 4, 0.8)
        return y + 17

    def footer(d, i, n):
        d.line(40, 800, 555, 800, 0.4)
        d.t(40, 809, "01  CCL Main Laboratory, 88 Kessler Pkwy, Columbus, OH 43215   Dir: Dana Whitcomb, MD", "helv",
            6.5)
        d.t(40, 818, f"Final Report - {pt.name} - {d_us(pt.collected)}", "helv", 6.5)
        d.tr(555, 818, f"Page {i} of {n}", "helv", 7)

    d = Doc(header, footer)
    prev = None
    for sec, r, notest in out["table"]:
        if sec != prev:
            d.need(28)
            d.y += 4
            d.t(40, d.y, sec, "hebo", 8.5)
            d.y += 12
            prev = sec
        d.need(11)
        d.t(48, d.y, r.name, "helv", 8.2)
        d.tr(262, d.y, r.shown, "helv", 8.2)
        if r.flag != "N":
            r.pflag = LC_FLAG[r.flag]
            d.t(272, d.y, r.pflag, "hebo", 8.2)
        d.t(322, d.y, r.unit or "", "helv", 8.2)
        if notest:
            ref = "Not Estab."
        elif r.hi is None:
            ref = f">{num(r.lo, r.dec, 'en')}"
        else:
            ref = rt_en(r.lo, r.hi, r.dec)
        d.t(400, d.y, ref, "helv", 8.2)
        d.t(530, d.y, "01", "helv", 8)
        d.y += 11
    d.y += 8
    if v == 1:
        d.t(40, d.y, "Potassium: critical result verified by repeat analysis; physician notified.", "heit", 7.5)
        d.y += 10
    if v == 2:
        d.t(40, d.y, "WBC: critical value; smear reviewed by pathologist - see hematopathology consult.", "heit", 7.5)
        d.y += 10
    d.t(40, d.y, "LDL cholesterol calculated with the NIH equation. eGFR: CKD-EPI creatinine equation (2021).", "heit",
        7.5)
    pdf, text = d.finish()
    return pdf, text, out["rows"]


# ================================================================================================ B11


def fam_b11(rng, pt, v):
    lang = "en"
    male = pt.sex == "male"
    cfg = (dict(tsh="h", t4="l", chol="h"),
           dict(k="hh", creat="h", urea_mg="h", uric="h", cbc=("normo",)),
           dict(cbc=("hgb_crit", "plt_high"), tg="h"))[v]

    def build(rng):
        rows = []
        cb = cbc_base(rng, pt.sex, cfg.get("cbc", ()))

        def add(panel, key, name, unit, ref, dec=None, **kw):
            if key in cb and "value" not in kw:
                kw["value"] = cb[key]
            r = res(rng, pt, key, name, unit, ref, kw.pop("mode", cfg.get(key, "n")), lang=lang, dec=dec, **kw)
            rows.append((panel, r))
            return r
        p = "COMPLETE BLOOD COUNT (CBC)"
        add(p, "hgb", "Haemoglobin", "gm/dL", sexref((13.0, 17.0), (12.0, 15.0)))
        add(p, "wbc", "Total Leucocyte Count (TLC)", "cells/cumm", (4000, 10000), step=100)
        add(p, "rbc", "RBC Count", "mill/cumm", sexref((4.5, 5.5), (3.8, 4.8)))
        add(p, "hct", "Packed Cell Volume (PCV)", "%", sexref((40.0, 50.0), (36.0, 46.0)))
        add(p, "mcv", "MCV", "fL", (83.0, 101.0))
        add(p, "mch", "MCH", "pg", (27.0, 32.0))
        add(p, "mchc", "MCHC", "g/dL", (31.5, 34.5))
        add(p, "rdw", "RDW-CV", "%", (11.6, 14.0))
        add(p, "plt_lakh", "Platelet Count", "lakhs/cumm", (1.5, 4.1))
        p = "DIFFERENTIAL LEUCOCYTE COUNT (DLC)"
        for c, nm, ref in (("neut", "Neutrophils", (40, 80)), ("lymph", "Lymphocytes", (20, 40)),
                           ("eos", "Eosinophils", (1, 6)), ("mono", "Monocytes", (2, 10)),
                           ("baso", "Basophils", (0, 2))):
            add(p, c + "_pct", nm, "%", ref, 0)
        for c, nm, ref in (("neut", "Absolute Neutrophil Count", (2000, 7000)),
                           ("lymph", "Absolute Lymphocyte Count", (1000, 3000)),
                           ("eos", "Absolute Eosinophil Count", (20, 500)),
                           ("mono", "Absolute Monocyte Count", (200, 1000))):
            add(p, c + "_abs", nm, "cells/cumm", ref, 0)
        add(p, "esr", "ESR (Westergren)", "mm/hr", sexref((0, 15), (0, 20)))
        p = "LIVER FUNCTION TEST (LFT)"
        bt = add(p, "bili", "Bilirubin Total", "mg/dL", (0.3, 1.2))
        bd = add(p, "bili_d", "Bilirubin Direct", "mg/dL", (0.0, 0.2))
        add(p, "bili_i", "Bilirubin Indirect", "mg/dL", (0.1, 1.0), value=bt.value - bd.value)
        add(p, "ast", "SGOT (AST)", "U/L", (0, 35))
        add(p, "alt", "SGPT (ALT)", "U/L", (0, 45))
        add(p, "alp", "Alkaline Phosphatase", "U/L", (30, 120))
        add(p, "ggt", "Gamma GT (GGT)", "U/L", (0, 55))
        tp = add(p, "tp", "Total Protein", "g/dL", (6.6, 8.3))
        al = add(p, "alb", "Albumin", "g/dL", (3.5, 5.2))
        gl = add(p, "glob", "Globulin", "g/dL", (2.0, 3.5), value=tp.value - al.value)
        add(p, "ag", "A/G Ratio", None, (1.0, 2.1), 2, value=al.value / gl.value)
        p = "KIDNEY FUNCTION TEST (KFT)"
        ur = add(p, "urea_mg", "Blood Urea", "mg/dL", (17, 43), 1)
        add(p, "bun", "Blood Urea Nitrogen (BUN)", "mg/dL", (7, 20), 1, value=ur.value / 2.14)
        add(p, "creat", "Serum Creatinine", "mg/dL", sexref((0.70, 1.30), (0.55, 1.02)))
        add(p, "uric", "Uric Acid", "mg/dL", sexref((3.5, 7.2), (2.6, 6.0)))
        add(p, "na", "Sodium", "mEq/L", (136, 145))
        add(p, "k", "Potassium", "mEq/L", (3.5, 5.1))
        add(p, "cl", "Chloride", "mEq/L", (98, 107))
        p = "LIPID PROFILE"
        ch = add(p, "chol", "Total Cholesterol", "mg/dL", (None, 200))
        tg = add(p, "tg", "Triglycerides", "mg/dL", (None, 150))
        hd = add(p, "hdl", "HDL Cholesterol", "mg/dL", (40, None))
        add(p, "ldl", "LDL Cholesterol", "mg/dL", (None, 100), value=ch.value - hd.value - tg.value / 5)
        add(p, "vldl", "VLDL Cholesterol", "mg/dL", (None, 30), value=tg.value / 5)
        add(p, "nonhdl", "Non-HDL Cholesterol", "mg/dL", (None, 130), value=ch.value - hd.value)
        add(p, "chol_hdl", "Total Cholesterol / HDL Ratio", None, (None, 5.0), value=ch.value / hd.value)
        p = "THYROID PROFILE (T3, T4, TSH)"
        add(p, "t3_ngml", "T3, Total", "ng/mL", (0.80, 2.00))
        add(p, "t4", "T4, Total", "µg/dL", (5.1, 14.1), mode=cfg.get("t4", "n"))
        add(p, "tsh", "TSH (Ultrasensitive)", "µIU/mL", (0.27, 4.20))
        p = "DIABETES SCREEN"
        add(p, "glu", "Glucose, Fasting (FBS)", "mg/dL", (70, 100))
        a1 = add(p, "a1c", "HbA1c (Glycosylated Haemoglobin)", "%", (4.0, 5.6))
        add(p, "eag", "Estimated Average Glucose (eAG)", "mg/dL", None, value=28.7 * a1.value - 46.7)
        return {"rows": [r for _, r in rows], "table": rows}

    out = retry(rng, build)
    # the LIS flags against an outdated range table: some flags are wrong
    numeric = [r for r in out["rows"] if r.key not in ("eag",)]
    normal = [r for r in numeric if r.flag == "N"]
    abnormal = [r for r in numeric if r.flag in ("H", "L")]
    wrong_on = set(id(r) for r in rng.sample(normal, 3))
    wrong_off = set(id(r) for r in rng.sample(abnormal, min(1, len(abnormal))))
    for r in out["rows"]:
        if id(r) in wrong_on:
            r.pflag = "H" if r.value > ((r.lo or 0) + (r.hi if r.hi is not None else 2 * (r.lo or 0))) / 2 else "L"
        elif id(r) in wrong_off:
            r.pflag = None
        elif r.flag != "N":
            r.pflag = r.flag[0]
    sx = "Male" if male else "Female"

    def header(d):
        d.rect(36, 28, 559, 72, fill=(0.98, 0.93, 0.85), color=None)
        d.t(46, 48, "SUNRISE DIAGNOSTICS & PATHOLOGY CENTRE", "hebo", 13, (0.6, 0.25, 0.0))
        d.t(46, 60, "NABL Accredited Laboratory (MC-3318)  |  14 MG Road, Bengaluru 560001  |  080-4110 2299",
            "helv", 7.5)
        d.t(40, 88, f"Patient Name : {'Mr.' if male else 'Ms.'} {pt.name}", "hebo", 9)
        d.t(40, 100, f"Age / Gender : {pt.age} Years / {sx}", "helv", 8)
        d.t(40, 112, f"Referred By  : {pt.physician}", "helv", 8)
        d.t(340, 88, f"Lab ID       : SD{pt.ident[:7]}", "helv", 8)
        d.t(340, 100, f"Collected On : {d_in(pt.collected)} {pt.time}", "helv", 8)
        d.t(340, 112, f"Reported On  : {d_in(pt.collected)} {int(pt.time[:2]) + 6:02d}:15", "helv", 8)
        d.line(40, 120, 555, 120, 1)
        y = 134
        d.t(44, y, "Investigation", "hebo", 8.5)
        d.t(262, y, "Observed Value", "hebo", 8.5)
        d.t(345, y, "Unit", "hebo", 8.5)
        d.t(420, y, "Biological Ref. Interval", "hebo", 8.5)
        d.line(40, y + 4, 555, y + 4, 0.5)
        return y + 20

    def footer(d, i, n):
        d.t(40, 800, "Dr. Meera Krishnan, MD (Pathology)                                    "
                     "Dr. S. Balaji, MD (Biochemistry)", "helv", 7)
        d.t(40, 810, "*** Results relate only to the sample tested. Kindly correlate clinically. ***", "helv", 6.5)
        d.tr(555, 820, f"Page {i} of {n}", "helv", 7)

    def reftxt(r):
        if r.lo is None and r.hi is None:
            return "-"
        if r.lo is None:
            return f"< {num(r.hi, r.dec, 'en')}"
        if r.hi is None:
            return f"> {num(r.lo, r.dec, 'en')}"
        return f"{num(r.lo, r.dec, 'en')} - {num(r.hi, r.dec, 'en')}"

    d = Doc(header, footer, bottom=780)
    prev = None
    for panel, r in out["table"]:
        if panel != prev:
            d.need(30)
            d.y += 4
            d.rect(40, d.y - 10, 555, d.y + 4, fill=(0.9, 0.9, 0.9), color=None)
            d.t(44, d.y, panel, "hebo", 8.5)
            d.y += 16
            prev = panel
        d.need(12)
        d.t(50, d.y, r.name, "helv", 8.5)
        d.t(262, d.y, r.shown, "hebo" if r.pflag else "helv", 8.5)
        if r.pflag:
            d.t(310, d.y, r.pflag, "hebo", 8.5)
        d.t(345, d.y, r.unit or "", "helv", 8.5)
        d.t(420, d.y, reftxt(r), "helv", 8.5)
        d.y += 12
    d.y += 6
    d.t(40, d.y, "Note: Values marked H / L are outside the biological reference interval. LDL by Friedewald "
                 "formula; eAG = 28.7 x HbA1c - 46.7.", "heit", 7)
    d.y += 9
    d.t(40, d.y, "                              --- End of Report ---", "helv", 7)
    pdf, text = d.finish()
    return pdf, text, out["rows"]


# ================================================================================================ B12


def scan(pdf, seed):
    import numpy as np
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    doc = fitz.open(stream=pdf, filetype="pdf")
    assert len(doc) == 1, "a scan is one page"
    pix = doc[0].get_pixmap(dpi=180, colorspace=fitz.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    angle = rng.choice((-1, 1)) * rng.uniform(0.5, 2.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * 0.86 + 22  # toner grey and paper tint of a photocopy
    arr += np.random.default_rng(seed).normal(0.0, 9.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, "PNG")
    return buf.getvalue()


def fam_b12(rng, pt, v):
    if v == 0:
        lab = ("LABORATÓRIO BIOANÁLISE IPIRANGA", "RUA SILVA BUENO, 1.904 - IPIRANGA - SÃO PAULO/SP", "CNES 6655218")
        d, rows = dotleader_pdf(rng, pt, True, ("cbc",), {}, ("micro",), "/mm³", lab,
                                {"note": "ANISOCITOSE E MICROCITOSE DISCRETAS."}, "DRA. SILVIA MOTTA - CRF-SP 41.775")
    elif v == 1:
        keys = ["glu", "urea_mg", "creat", "na", "k", "ast", "alt", "ggt", "crp_dl", "pt", "inr", "aptt", "aptt_r"]
        d, rows = refbelow_pdf(rng, pt, keys, dict(alt="h", ast="h", ggt="h"), f"AMB-{pt.ident[:5]}")
    else:
        lab = ("LAB. CENTRAL DE ANÁPOLIS", "AV. GOIÁS, 210 - CENTRO - ANÁPOLIS/GO", "CNES 2437635")
        d, rows = dotleader_pdf(rng, pt, False, ("chem",), dict(glu="h", a1c="h", tg="h", crp="h"), (), "/mm³", lab,
                                rt="DR. ELIAS BORGES - CRBM-GO 2.208")
    pdf, text = d.finish()
    return scan(pdf, SEED + 1200 + v), text, rows


# ================================================================================================ assembly

PLAN = (
    # family, language, generator, region, [(sex, age, hour or None)]
    ("B1-cumulative-pt", "pt", fam_b1, "br", [("female", 58, None), ("male", 71, None), ("female", 44, None)]),
    ("B2-si-bracket-en", "en", fam_b2, None, [("male", 67, None), ("female", 81, None), ("female", 38, None),
                                              ("male", 52, None)]),
    ("B3-refbelow-pt", "pt", fam_b3, "br", [("male", 74, None), ("female", 58, None), ("female", 90, None)]),
    ("B4-urinalysis-pt", "pt", fam_b4, "br", [("male", 34, None), ("female", 27, None), ("male", 71, None)]),
    ("B5-serology-pt", "pt", fam_b5, "br", [("female", 29, None), ("male", 47, None), ("male", 36, None)]),
    ("B6-hormone-bands-en", "en", fam_b6, "us", [("male", 44, 8), ("female", 67, 8), ("male", 72, 16),
                                                 ("female", 78, 9)]),
    ("B7-coag-control-en", "en", fam_b7, "us", [("male", 79, None), ("female", 62, None), ("male", 55, None),
                                                ("female", 23, None)]),
    ("B8-dotleader-pt", "pt", fam_b8, "br", [("male", 45, None), ("female", 31, None), ("female", 56, None),
                                             ("male", 83, None)]),
    ("B9-inout-range-en", "en", fam_b9, "us", [("male", 58, None), ("female", 79, None), ("male", 46, None)]),
    ("B10-flagword-en", "en", fam_b10, "us", [("female", 49, None), ("male", 64, None), ("male", 20, None)]),
    ("B11-wrongflag-en", "en", fam_b11, "in", [("female", 36, None), ("male", 61, None), ("female", 42, None)]),
    ("B12-scan-pt", "pt", fam_b12, "br", [("female", 65, None), ("male", 29, None), ("male", 50, None)]),
)


def reports() -> list[GeneratedReport]:
    _TEXT.clear()
    _SHOWN.clear()
    out = []
    for fi, (family, lang, gen, region, people) in enumerate(PLAN):
        assert family in FAMILIES
        for v, (sex, age, hour) in enumerate(people):
            rng = random.Random(SEED + 100 * fi + v)
            reg = region or ("au" if v % 2 == 0 else "uk")
            pt = make_patient(rng, reg, sex, age, hour)
            content, text, rows = gen(rng, pt, v)
            name = f"{family}-{v + 1:02d}"
            mime = "image/png" if family.startswith("B12") else "application/pdf"
            _TEXT[name] = text
            _SHOWN[name] = [r.shown for r in rows]
            out.append(GeneratedReport(name=name, family=family, language=lang, mime_type=mime, content=content,
                                       sex=sex, collected_on=pt.collected.isoformat(),
                                       expected=[r.expected() for r in rows]))
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _main(argv: list[str]) -> int:
    outdir = Path(argv[1] if len(argv) > 1 else "/tmp/labs_b")
    t0 = time.time()
    reps = reports()
    elapsed = time.time() - t0
    outdir.mkdir(parents=True, exist_ok=True)
    problems = []
    for r in reps:
        ext = ".png" if r.mime_type == "image/png" else ".pdf"
        (outdir / (r.name + ext)).write_bytes(r.content)
        text = _norm(_TEXT[r.name])
        if r.mime_type == "application/pdf":
            doc = fitz.open(stream=r.content, filetype="pdf")
            text2 = _norm("\n".join(p.get_text() for p in doc))
            if text2 != text:
                problems.append(f"{r.name}: saved PDF text differs from the rendered text")
            if len(doc) > 2:
                problems.append(f"{r.name}: {len(doc)} pages")
        for e, shown in zip(r.expected, _SHOWN[r.name]):
            if _norm(e.name_as_printed) not in text:
                problems.append(f"{r.name}: name {e.name_as_printed!r} not in text")
            if not shown or _norm(shown) not in text:
                problems.append(f"{r.name}: value {shown!r} of {e.name_as_printed!r} not in text")
            if e.unit and _norm(e.unit) not in text:
                problems.append(f"{r.name}: unit {e.unit!r} of {e.name_as_printed!r} not in text")
            if (e.value is None) == (e.qualitative is None):
                problems.append(f"{r.name}: {e.name_as_printed} must have exactly one of value / qualitative")
            if e.flag not in ("N", "L", "H", "LL", "HH"):
                problems.append(f"{r.name}: bad flag {e.flag}")
        if len({(e.loinc, e.name_as_printed) for e in r.expected}) != len(r.expected):
            problems.append(f"{r.name}: duplicate (loinc, name) in expected results")
    names = [r.name for r in reps]
    assert len(set(names)) == len(names)
    again = reports()
    if [x.content for x in again] != [r.content for r in reps] or [x.expected for x in again] != [
            r.expected for r in reps]:
        problems.append("reports() is not deterministic")
    print(f"{'family':<22}{'lang':<6}{'type':<6}{'reports':>8}{'results':>9}{'abnormal':>10}{'critical':>10}"
          f"{'qualit.':>9}{'compar.':>9}{'pflag':>7}")
    tot = [0] * 7
    for fam in FAMILIES:
        rs = [r for r in reps if r.family == fam]
        ex = [e for r in rs for e in r.expected]
        row = [len(rs), len(ex), sum(e.flag != "N" for e in ex), sum(e.flag in ("LL", "HH") for e in ex),
               sum(e.qualitative is not None for e in ex), sum(e.comparator is not None for e in ex),
               sum(e.printed_flag is not None for e in ex)]
        tot = [a + b for a, b in zip(tot, row)]
        kind = "png" if rs[0].mime_type == "image/png" else "pdf"
        print(f"{fam:<22}{rs[0].language:<6}{kind:<6}" + "".join(f"{x:>{w}}" for x, w in zip(
            row, (8, 9, 10, 10, 9, 9, 7))))
    print(f"{'TOTAL':<34}" + "".join(f"{x:>{w}}" for x, w in zip(tot, (8, 9, 10, 10, 9, 9, 7))))
    for lang in ("en", "pt"):
        rs = [r for r in reps if r.language == lang]
        print(f"  {lang}: {len(rs)} reports, {sum(len(r.expected) for r in rs)} results, "
              f"{len({r.family for r in rs})} families")
    print(f"  sexes: {sum(r.sex == 'female' for r in reps)} female / {sum(r.sex == 'male' for r in reps)} male")
    print(f"generation took {elapsed:.1f} s; files in {outdir}")
    for p in problems:
        print("PROBLEM:", p)
    if elapsed >= 60:
        print("PROBLEM: generation took 60 s or more")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
