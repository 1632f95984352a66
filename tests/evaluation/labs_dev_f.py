"""Lab-report evaluation, development part F (family prefix "DF").

A deterministic generator of realistic Portuguese-language lab reports (Brazil, plus Portugal where noted),
each a text PDF or a scanned page (PNG), with the ground truth a careful human reader takes from it
(``ExpectedResult`` from ``lab_reports.py``).  Twelve families, three reports each.

This part was written WITHOUT reading Clinigraph's lab reader (nlp/, service/, graph/, ingestion/), the other
evaluation parts or the scorer: only the interface (``tests/evaluation/lab_reports.py``) and the shared
ground-truth conventions were read.  The laboratories, their house styles and quirks are invented.

Determinism: one seed string, ``SEED = "clinigraph-labs-dev-f-2026-11-27"``; every report draws from its own
``random.Random(f"{SEED}:{report name}:{attempt}")`` (the attempt counter only advances when a draw breaks a
self-consistency rule, e.g. a value landing exactly on a reference bound); scans use a numpy generator seeded
from the same string.  PDF metadata and dates are fixed, fonts are subset deterministically, and nothing
depends on the clock: two calls of ``reports()`` give byte-identical content.

Fonts: base-14 (Helvetica, Times, Courier; WinAnsi, so accents, µ, ³, ¹, ° survive) and DejaVu fonts
embedded from /usr/share/fonts when installed (for ↑/↓/–).  Liberation fonts are installed too but not used:
their space and hyphen extract as U+00A0 / U+00AD.

Families (3 reports each, names "<family>-01".."-03"):
  DF1-scan-table-harsh         scanned PNG of a hemograma + bioquímica table (small-town labs): 120-150 dpi,
                               1-3° skew, uneven lighting, blur, gaussian noise, JPEG round trip q35-55; leucogram
                               with relative and absolute results on one line (absolute unit only in the column
                               header in -01), "mg%" units and ALL-CAPS names in -03.
  DF2-scan-block-photocopy     scanned PNG (faint photocopy, speckles, keystone, lid shadow) of a block layout:
                               EXAM NAME line, Material/Método lines ("Método: ... (37 °C)"), "Resultado: 94 mg/dL
                               Valor de referência: 70 a 99 mg/dL"; glued "13,1g/dL" values in -02; sex tables,
                               glucose/HbA1c interpretive tables and vitamin D tiers.
  DF3-pt-portugal-hospital     Portugal hospital report: Hemograma / Bioquímica / Ionograma, European-Portuguese
                               names (Ureia, Triglicéridos, Transaminase glutâmico-oxalacética, Gama-GT, Proteína C
                               reactiva), x10^9/L, x10^12/L, mmol/L, µmol/L, "[ 3,5 - 5,1 ]", ↑/↓, H/L or *.
  DF4-urinalysis               EAS / Urina tipo I / Sumária de urina (Portugal): physical (not results), strip
                               (Negativo, Traços, +, ++, Positivo (+), numeric protein with reference "Negativo"),
                               sediment (/campo, /mL, p/c, Raras, Numerosas, Ausentes), albumin/creatinine in -03;
                               density printed "1.020" in -01.
  DF5-coagulation              pre-operative / oral-anticoagulation clinic / ICU: TP (s, %, RNI), TTPA (s,
                               relação), fibrinogênio, tempo de trombina, D-dímero (ng/mL FEU, "3.592");
                               "Controle" column / control-time lines and ISI are not results; warfarin patient with
                               the therapeutic INR range; critical aPTT with a communication line.
  DF6-hormones                 thyroid, gonadal (LH/FSH/estradiol/progesterona tables by phase), testosterona and
                               SHBG by sex, DHEA-S by age band, cortisol by collection hour, vitamin D tiers, insulin,
                               PTH ...; the applicable line follows the printed "Fase do ciclo"/DUM, menopause,
                               sex, age and "Horário da coleta".
  DF7-cumulative               trend reports: newest column left (-01), newest column right (-02), and a
                               "Resultado anterior: ... em dd/mm/aaaa" line under each current result (-03).
  DF8-lis-fixed-width          monospace LIS exports, unusual column orders (RESULTADO UNIDADE EXAME REFERENCIA;
                               EXAME|RESULTADO|FL|UNIDADE|VR MIN|VR MAX; COD RESULTADO UNIDADE EXAME REFERENCIA),
                               names without accents truncated to 20-24 characters.
  DF9-side-by-side-landscape   landscape page, hematology panel left and chemistry panel right sharing baselines,
                               each with its own unit/reference columns; a wrapped name; an "Anterior (dd/mm/aa)"
                               column beside the result in -02.
  DF10-multipage               2-3 pages with repeated headers and "Página i/n", sex-split references continuing
                               on the next line, wrapped names, a value with a note marker "¹" and its footnote,
                               a signature page.
  DF11-key-per-line-serology   "Exame:/Material:/Método:/Resultado:/Unidade:/Valor de referência:" blocks
                               (value glued to its unit in -02, two columns ALL CAPS in -03) and a serology
                               section (HIV Ag/Ab, HBsAg, anti-HCV, VDRL with titre, toxoplasmose IgG/IgM with
                               S/CO index and interpretation).
  DF12-emergency-panel         emergency department: hs troponin I (ng/L, by sex), CK, CK-MB, NT-proBNP (age
                               bands), PCR, venous gas (pH, pCO2, HCO3, BE, sO2, lactate), analyser electrolytes and
                               glucose, creatinine/urea/eGFR ...; critical values flagged and followed by
                               "VALOR CRÍTICO ... Resultado comunicado a ..." lines; temperature-corrected gas
                               values, patient temperature and FiO2 printed but not results.

Ground-truth conventions followed (the shared conventions, adapted to these families):
- loinc: the code of what was measured.  SI substance-concentration results take their molar code (glucose
  mmol/L 14749-6, creatinine µmol/L 14682-9, urea mmol/L 22664-7, bilirubin µmol/L 14631-6, uric acid µmol/L
  14933-6, calcium mmol/L 2000-8, magnesium mmol/L 2601-3); mass units their mass code (urea mg/dL 3091-6).
  Differential % and absolute counts are separate results (770-8/751-8, 736-9/731-0, 5905-5/742-7, 713-8/711-2,
  706-2/704-7).  Venous gas uses the venous codes (pH 2746-6, pCO2 2021-4, HCO3 14627-4, BE 1927-3, sO2 2711-0,
  lactate 2519-7); analyser electrolytes/glucose use the whole-blood codes (Na 2947-0, K 6298-4, Cl 2069-3,
  iCa 1994-3, glucose 2339-0).  eGFR CKD-EPI 2021 = 98979-8, computed from the printed creatinine, age and sex.
  Other choices: PT s 5902-2, PT activity % 5894-1, INR 6301-6, aPTT s 14979-9, aPTT ratio 63561-5, thrombin
  time 3243-3, fibrinogen 3255-7, D-dimer FEU 48065-7, hs troponin I 89579-7, CK-MB mass 13969-1, NT-proBNP
  33762-6, CRP (mg/L or mg/dL) 1988-5, 25-OH vitamin D 62292-8, TSH 3016-3, anti-TPO 8099-4, DHEA-S 2191-5,
  SHBG 13967-5; urine: SG 5811-5, pH 5803-2, strip protein/glucose/ketones/blood/bilirubin/nitrite/leukocyte
  esterase 20454-5/25428-4/2514-8/5794-3/5770-3/5802-4/5799-2, numeric strip protein 5804-0, urobilinogen
  20405-7 (also when printed "Normal"), WBC/RBC per field 5821-4/13945-1, per mL 46702-7/46419-8, epithelial
  cells 5787-7, casts 24124-0, hyaline casts 5796-8, crystals 49755-2, calcium oxalate crystals 5774-5,
  bacteria 25145-4, mucus 8247-9, urine albumin 14957-5, urine creatinine 2161-8, albumin/creatinine 9318-7;
  serology HIV 1/2 Ag/Ab 56888-1, HBsAg 5196-1, anti-HCV 13955-0, VDRL 5292-8, toxoplasma IgG 22580-5, IgM 25542-2.
- value: the number as printed (decimal comma; pt-BR "6.540", "245.000", "3.592", "1.284,5" are thousands;
  pt-PT reports print no thousands separator).  The urine density printed "1.020" with a dot is 1.02.  A note
  marker ("5,8¹") is not part of the number.  Qualitative results: value None and ``qualitative`` in English
  lower case: strip rows negative/trace/positive (Negativo -> negative, Traços -> trace, +/++/+++/Positivo (+)
  -> positive); sediment rows absent/rare/present (Ausentes -> absent, Raros/Raras -> rare, Algumas/Presentes/
  Numerosas -> present); urobilinogen "Normal" -> normal; Reagente -> reactive, Não reagente -> non-reactive.
- comparator: "<", ">" (also "inferior a"/"superior a") before a value, with the printed number.
- unit: as printed for the value (cell, column header such as "Absoluto (/mm³)", or glued "13,1g/dL"); None for
  pH, urine density, RNI/INR, TTPA relação, relação A/G.
- ref_low/ref_high: the interval that applies to this patient, in the value's unit; one side None for "< x",
  "inferior a x", "Desejável: inferior a x", "MENOR QUE x", "até x", "ATE x" (upper only) and "> x",
  "superior a x", "MAIOR QUE x" (lower only); both None when nothing is printed (a differential percentage
  printed beside its absolute count without its own reference, urine albumin/creatinine concentrations, sO2
  venosa "-", numeric strip values whose reference is only "Negativo", qualitative results).  Tables: only the
  patient's line applies (sex, age band, cycle phase or menopause from "Fase do ciclo"/DUM/"Informação clínica",
  cortisol morning/afternoon from "Horário da coleta", NT-proBNP < 75 / >= 75 years); vitamin D tiers -> the
  "Suficiência" band 30-100 ng/mL; glucose and HbA1c interpretive tables -> the "Normal" band.  INR of a patient
  printed as taking warfarin -> the printed oral-anticoagulation target 2,00 a 3,00 (decision of this part).
- flag: N inside (or no interval), L/H outside; LL/HH only beyond the shared critical limits (Hb < 5 g/dL,
  Hct < 15 %, WBC < 1 or > 50 x10³/µL, platelets < 10 x10³/µL, ANC < 0.5, glucose < 40 / > 500 mg/dL,
  K < 2.5 / > 6.5, Na < 120 / > 160 mmol/L, aPTT > 150 s; whole-blood Na/K/glucose the same), in the value's own
  unit.  Values are drawn clearly inside or clearly beyond those limits, never on a reference bound; other
  analytes (troponin, INR, creatinine, lipids, vitamins...) are never LL/HH.  Qualitative results: flag N.
- printed_flag: the exact text beside the value ("H", "L", "*", "↑", "↓", "Alto", "Baixo", "(Alto)",
  "ALTERADO", "CRÍTICO", "!!", "HH", "LL", "(+)", "(-)"), else None; a "*" printed beside an abnormal
  qualitative or numeric strip/sediment row (DF4-02) is its printed_flag while flag stays N.
- NOT results: methods and materials (even with numbers, "37 °C", "ISI 1,02"), control times / "Controle"
  columns, ISI, S/CO indexes, VDRL titre line (the VDRL result is the Reagente/Não reagente line), previous results
  (older columns, "Anterior" column, "Resultado anterior" lines), temperature-corrected gas values, FiO2, patient
  temperature, interpretive tables, urine colour/aspect, page numbers, dates, "VALOR CRÍTICO"/communication lines.
- Computed results printed as results are results and agree with their printed inputs within rounding: MCV, MCH,
  MCHC, absolute differential, eGFR, LDL (Friedewald), VLDL, non-HDL, globulins, A/G ratio, indirect bilirubin,
  transferrin saturation, urine albumin/creatinine ratio, TTPA relação, RNI.

Script: ``python3 tests/evaluation/labs_dev_f.py OUTDIR`` writes NAME.pdf / NAME.png and NAME.json (asdict of
the expected results), checks that every name_as_printed, printed value, unit, printed flag and qualitative
word occurs in the text layer (for scans: in the page before it was scanned), that the value strings parse to
the expected numbers, that the text layer has no NBSP/soft-hyphen substitutes, that two generations are
byte-identical, and prints counts per family.
"""
from __future__ import annotations

import hashlib
import json
import math
import random
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

try:  # imported as part of the package
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script: python3 tests/evaluation/labs_dev_f.py OUTDIR
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    for _m in [m for m in sys.modules if m == "tests" or m.startswith("tests.")]:
        del sys.modules[_m]  # an unrelated installed "tests" package may have been picked up first
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport

import cv2
import numpy as np
import pymupdf as fitz

SEED = "clinigraph-labs-dev-f-2026-11-27"

FAMILIES = (
    "DF1-scan-table-harsh",
    "DF2-scan-block-photocopy",
    "DF3-pt-portugal-hospital",
    "DF4-urinalysis",
    "DF5-coagulation",
    "DF6-hormones",
    "DF7-cumulative",
    "DF8-lis-fixed-width",
    "DF9-side-by-side-landscape",
    "DF10-multipage",
    "DF11-key-per-line-serology",
    "DF12-emergency-panel",
)

# --------------------------------------------------------------------------------------------
# Analyte table.  Canonical units are the Brazilian conventional ones; every analyte may be printed
# in "variants" (factor from canonical, decimals, own LOINC for molar units, own printed reference).
#   l: LOINC  d: decimals (negative = round to tens/thousands)  r: reference (tuple, {"F","M"} or
#   callable(ctx))  c: critical limits (only the shared ones from the conventions)  n/lo/hi/cl/ch:
#   generation ranges for normal / low / high / critical-low / critical-high.
# --------------------------------------------------------------------------------------------


def S(f, m):
    return {"F": f, "M": m}


def _phase_ref(table):
    def ref(ctx):
        if ctx.sex == "M":
            return table["M"]
        return table[ctx.phase]

    return ref


LH_T = {"fol": (2.4, 12.6), "ovu": (14.0, 95.6), "lut": (1.0, 11.4), "meno": (7.7, 58.5), "M": (1.7, 8.6)}
FSH_T = {"fol": (3.5, 12.5), "ovu": (4.7, 21.5), "lut": (1.7, 7.7), "meno": (25.8, 134.8), "M": (1.5, 12.4)}
E2_T = {"fol": (12.5, 166.0), "ovu": (85.8, 498.0), "lut": (43.8, 211.0), "meno": (None, 54.7), "M": (25.8, 60.7)}
PROG_T = {"fol": (0.2, 1.5), "ovu": (0.8, 3.0), "lut": (1.7, 27.0), "meno": (0.1, 0.8), "M": (0.2, 1.4)}
DHEAS_T = [(20, 29, (65.1, 368.0), (280.0, 640.0)), (30, 39, (45.0, 270.0), (120.0, 520.0)),
           (40, 49, (32.0, 240.0), (95.0, 530.0)), (50, 59, (26.0, 200.0), (70.0, 310.0)),
           (60, 69, (13.0, 130.0), (42.0, 290.0)), (70, 120, (17.0, 90.0), (28.0, 175.0))]


def _dheas_ref(ctx):
    for a0, a1, f, m in DHEAS_T:
        if a0 <= ctx.age <= a1:
            return f if ctx.sex == "F" else m
    raise ValueError("age")


def _cort_ref(ctx):
    return (6.2, 19.4) if ctx.cort == "manha" else (2.3, 11.9)


def _cort_gen(ctx):
    return (8.0, 16.5) if ctx.cort == "manha" else (3.4, 9.8)


def _ntpro_ref(ctx):
    return (None, 450.0) if ctx.age >= 75 else (None, 125.0)


def _phase_gen(table, margin=0.22):
    def g(ctx):
        lo, hi = table["M"] if ctx.sex == "M" else table[ctx.phase]
        if lo is None:
            return (hi * 0.25, hi * 0.7)
        span = hi - lo
        return (lo + margin * span, hi - margin * span)

    return g


AN = {
    # hematology
    "rbc": dict(l="789-8", d=2, r=S((4.0, 5.2), (4.5, 5.9))),
    "hb": dict(l="718-7", d=1, r=S((12.0, 16.0), (13.5, 17.5)), c=(5.0, None), cm=0.4,
               n=S((12.7, 15.1), (14.1, 16.6)), lo=S((8.6, 11.1), (9.2, 12.5)), hi=S((16.7, 17.6), (18.3, 19.3)),
               cl=(3.6, 4.5), v={"gl": dict(f=10, d=0, rp=S((120, 160), (135, 175)))}),
    "hct": dict(l="4544-3", d=1, r=S((36.0, 46.0), (40.0, 52.0)), c=(15.0, None), cm=1.2),
    "mcv": dict(l="787-2", d=1, r=(80.0, 100.0), n=(84.0, 95.0), lo=(66.0, 75.0), hi=(103.0, 111.0)),
    "mch": dict(l="785-6", d=1, r=(27.0, 33.0)),
    "mchc": dict(l="786-4", d=1, r=(32.0, 36.0), n=(32.9, 34.7), v={"gl": dict(f=10, d=0, rp=(320, 360))}),
    "rdw": dict(l="788-0", d=1, r=(11.5, 14.5), n=(12.1, 13.9), hi=(15.3, 18.4)),
    "wbc": dict(l="6690-2", d=2, r=(4.0, 11.0), c=(1.0, 50.0), cm=0.15, n=(4.9, 9.4), lo=(2.5, 3.4), hi=(12.6, 21.0),
                cl=(0.4, 0.8), ch=(58.0, 82.0),
                v={"mm3": dict(f=1000, d=-1), "k1": dict(f=1, d=1), "g9": dict(f=1, d=2)}),
    "neutp": dict(l="770-8", d=1, r=(40.0, 70.0), n=(48.0, 63.0), hi=(76.0, 84.0), lo=(28.0, 36.0)),
    "lymp": dict(l="736-9", d=1, r=(20.0, 45.0), n=(24.0, 36.0), hi=(48.0, 56.0), lo=(10.0, 16.0)),
    "monop": dict(l="5905-5", d=1, r=(2.0, 10.0), n=(4.2, 8.4), hi=(11.5, 14.0)),
    "eosp": dict(l="713-8", d=1, r=(1.0, 5.0), n=(1.6, 4.0), hi=(6.5, 11.0)),
    "basop": dict(l="706-2", d=1, r=(0.0, 2.0), n=(0.3, 1.1)),
    "neuta": dict(l="751-8", d=2, r=(1.8, 7.5), c=(0.5, None), cm=0.08, v={"mm3": dict(f=1000, d=0)}),
    "lyma": dict(l="731-0", d=2, r=(1.0, 4.5), v={"mm3": dict(f=1000, d=0)}),
    "monoa": dict(l="742-7", d=2, r=(0.1, 1.0), v={"mm3": dict(f=1000, d=0)}),
    "eosa": dict(l="711-2", d=2, r=(0.02, 0.5), v={"mm3": dict(f=1000, d=0)}),
    "basoa": dict(l="704-7", d=2, r=(0.0, 0.2), v={"mm3": dict(f=1000, d=0)}),
    "plt": dict(l="777-3", d=0, r=(150.0, 450.0), c=(10.0, None), cm=1.5, n=(185.0, 370.0), lo=(62.0, 128.0),
                hi=(490.0, 640.0), cl=(3.0, 8.0), v={"mm3": dict(f=1000, d=-3)}),
    "mpv": dict(l="32623-1", d=1, r=(7.5, 11.5), n=(8.3, 10.8)),
    "esr": dict(l="30341-2", d=0, r=S((None, 20.0), (None, 15.0)), n=(3.0, 11.0), hi=(32.0, 68.0)),
    # chemistry
    "glu": dict(l="2345-7", d=0, r=(70.0, 99.0), c=(40.0, 500.0), cm=8.0, n=(75.0, 94.0), lo=(52.0, 63.0),
                hi=(112.0, 260.0), cl=(24.0, 31.0), ch=(570.0, 720.0),
                v={"mmol": dict(f=1 / 18.016, d=1, l="14749-6", rp=(3.9, 5.5)), "wb": dict(l="2339-0")}),
    "urea": dict(l="3091-6", d=0, r=(15.0, 45.0), n=(20.0, 39.0), hi=(58.0, 150.0),
                 v={"mmol": dict(f=1 / 6.006, d=1, l="22664-7", rp=(2.5, 7.5))}),
    "crea": dict(l="2160-0", d=2, r=S((0.50, 0.90), (0.70, 1.20)), n=S((0.58, 0.83), (0.79, 1.09)),
                 hi=(1.48, 3.6), v={"umol": dict(f=88.42, d=0, l="14682-9", rp=S((45, 84), (62, 106)))}),
    "egfr": dict(l="98979-8", d=0, r=(60.0, None)),
    "ua": dict(l="3084-1", d=1, r=S((2.4, 5.7), (3.4, 7.0)), n=S((3.0, 5.0), (4.0, 6.4)), hi=S((6.4, 8.6), (7.8, 10.4)),
               v={"umol": dict(f=59.48, d=0, l="14933-6", rp=S((143, 339), (202, 416)))}),
    "na": dict(l="2951-2", d=0, r=(136.0, 145.0), c=(120.0, 160.0), cm=3.0, n=(137.0, 143.0), lo=(127.0, 133.0),
               hi=(148.0, 153.0), cl=(108.0, 116.0), ch=(164.0, 171.0), v={"wb": dict(l="2947-0")}),
    "k": dict(l="2823-3", d=1, r=(3.5, 5.1), c=(2.5, 6.5), cm=0.3, n=(3.8, 4.8), lo=(2.9, 3.3), hi=(5.4, 6.1),
              cl=(1.8, 2.15), ch=(6.9, 7.7), v={"wb": dict(l="6298-4")}),
    "cl": dict(l="2075-0", d=0, r=(98.0, 107.0), n=(99.5, 105.5), lo=(89.0, 95.0), hi=(110.0, 116.0),
               v={"wb": dict(l="2069-3")}),
    "ca": dict(l="17861-6", d=1, r=(8.6, 10.3), n=(8.9, 10.0), lo=(7.3, 8.2), hi=(10.8, 12.0),
               v={"mmol": dict(f=0.2495, d=2, l="2000-8", rp=(2.15, 2.55))}),
    "ica": dict(l="1994-3", d=2, r=(1.15, 1.32), n=(1.17, 1.29), lo=(0.95, 1.08), hi=(1.38, 1.48)),
    "mg": dict(l="19123-9", d=1, r=(1.6, 2.6), n=(1.8, 2.4), lo=(1.1, 1.4), hi=(2.9, 3.4),
               v={"mmol": dict(f=0.4114, d=2, l="2601-3", rp=(0.66, 1.07))}),
    "phos": dict(l="2777-1", d=1, r=(2.5, 4.5), n=(2.8, 4.2), lo=(1.6, 2.2), hi=(4.9, 6.2)),
    "ast": dict(l="1920-8", d=0, r=S((5.0, 32.0), (5.0, 40.0)), n=S((14.0, 27.0), (16.0, 33.0)), hi=(52.0, 190.0)),
    "alt": dict(l="1742-6", d=0, r=S((7.0, 35.0), (10.0, 50.0)), n=S((11.0, 28.0), (15.0, 40.0)), hi=(68.0, 250.0)),
    "ggt": dict(l="2324-2", d=0, r=S((6.0, 42.0), (10.0, 71.0)), n=S((10.0, 33.0), (15.0, 52.0)), hi=(95.0, 330.0)),
    "alp": dict(l="6768-6", d=0, r=S((35.0, 104.0), (40.0, 129.0)), n=(50.0, 96.0), hi=(160.0, 390.0)),
    "tbil": dict(l="1975-2", d=2, r=(0.20, 1.20), n=(0.36, 0.95), hi=(1.6, 4.2),
                 v={"umol": dict(f=17.104, d=0, l="14631-6", rp=(5, 21))}),
    "dbil": dict(l="1968-7", d=2, r=(0.0, 0.30), n=(0.08, 0.22), hi=(0.5, 2.4)),
    "ibil": dict(l="1971-1", d=2, r=(0.10, 1.00)),
    "tp": dict(l="2885-2", d=1, r=(6.4, 8.3), n=(6.8, 7.8), lo=(5.2, 6.0)),
    "alb": dict(l="1751-7", d=1, r=(3.5, 5.2), n=(3.9, 4.7), lo=(2.5, 3.2)),
    "glob": dict(l="10834-0", d=1, r=(2.0, 3.5)),
    "ag": dict(l="1759-0", d=2, r=(1.10, 2.20)),
    "chol": dict(l="2093-3", d=0, r=(None, 190.0), n=(140.0, 184.0), hi=(206.0, 288.0)),
    "hdl": dict(l="2085-9", d=0, r=(40.0, None), n=(45.0, 74.0), lo=(27.0, 37.0)),
    "tg": dict(l="2571-8", d=0, r=(None, 150.0), n=(58.0, 138.0), hi=(168.0, 360.0)),
    "ldl": dict(l="13457-7", d=0, r=(None, 130.0)),
    "vldl": dict(l="13458-5", d=0, r=(None, 30.0)),
    "nonhdl": dict(l="43396-1", d=0, r=(None, 160.0)),
    "hba1c": dict(l="4548-4", d=1, r=(4.0, 5.6), n=(4.7, 5.4), hi=(6.0, 9.4)),
    "ferr": dict(l="2276-4", d=1, r=S((15.0, 150.0), (30.0, 400.0)), n=S((28.0, 120.0), (60.0, 300.0)),
                 lo=(4.0, 11.0), hi=S((190.0, 420.0), (460.0, 880.0))),
    "iron": dict(l="2498-4", d=0, r=S((50.0, 170.0), (65.0, 175.0)), n=(78.0, 140.0), lo=(22.0, 42.0)),
    "tibc": dict(l="2500-7", d=0, r=(250.0, 425.0), n=(280.0, 370.0)),
    "tsat": dict(l="2502-3", d=0, r=(20.0, 50.0)),
    "b12": dict(l="2132-9", d=0, r=(197.0, 771.0), n=(250.0, 640.0), lo=(118.0, 178.0), hi=(880.0, 1350.0)),
    "fol": dict(l="2284-8", d=1, r=(3.1, 20.5), n=(5.0, 15.0), lo=(1.4, 2.6)),
    "vitd": dict(l="62292-8", d=1, r=(30.0, 100.0), n=(31.5, 58.0), lo=(11.0, 26.5)),
    "ck": dict(l="2157-6", d=0, r=S((26.0, 192.0), (39.0, 308.0)), n=(62.0, 170.0), hi=(420.0, 4600.0)),
    "ckmb": dict(l="13969-1", d=1, r=(None, 5.0), n=(0.8, 3.6), hi=(8.0, 86.0)),
    "trop": dict(l="89579-7", d=1, r=S((None, 15.6), (None, 34.2)), n=(1.6, 9.8), hi=(62.0, 4800.0)),
    "ntprobnp": dict(l="33762-6", d=0, r=_ntpro_ref, n=(24.0, 108.0), hi=(1250.0, 14800.0)),
    "crp": dict(l="1988-5", d=1, r=(None, 5.0), n=(0.6, 3.9), hi=(14.0, 186.0),
                v={"mgdl": dict(f=0.1, d=2, rp=(None, 0.5))}),
    "lact_v": dict(l="2519-7", d=1, r=(0.5, 2.2), n=(0.8, 1.7), hi=(2.9, 6.4)),
    "ph_v": dict(l="2746-6", d=2, r=(7.31, 7.41), n=(7.33, 7.39), lo=(7.16, 7.27), hi=(7.45, 7.50)),
    "pco2_v": dict(l="2021-4", d=1, r=(41.0, 51.0), n=(42.5, 49.5), lo=(29.0, 37.0), hi=(56.0, 68.0)),
    "hco3_v": dict(l="14627-4", d=1, r=(22.0, 29.0), n=(23.0, 27.5), lo=(12.5, 18.5), hi=(31.0, 35.0)),
    "be_v": dict(l="1927-3", d=1, r=(-2.0, 3.0), n=(-1.4, 2.2), lo=(-13.0, -4.5), hi=(4.5, 8.0)),
    "so2_v": dict(l="2711-0", d=0, r=(None, None), n=(62.0, 78.0)),
    "ldh": dict(l="2532-0", d=0, r=(135.0, 225.0), n=(150.0, 210.0), hi=(270.0, 640.0)),
    "amy": dict(l="1798-8", d=0, r=(28.0, 100.0), n=(36.0, 88.0), hi=(170.0, 920.0)),
    "lip": dict(l="3040-3", d=0, r=(13.0, 60.0), n=(18.0, 50.0), hi=(190.0, 2400.0)),
    "psa": dict(l="2857-1", d=2, r=(None, 4.0), n=(0.4, 2.6), hi=(5.2, 14.0)),
    # endocrinology
    "tsh": dict(l="3016-3", d=2, r=(0.45, 4.50), n=(0.9, 3.5), lo=(0.02, 0.24), hi=(6.3, 17.5)),
    "ft4": dict(l="3024-7", d=2, r=(0.70, 1.48), n=(0.86, 1.32), lo=(0.32, 0.58), hi=(1.72, 3.4)),
    "t3": dict(l="3053-6", d=0, r=(80.0, 200.0), n=(92.0, 168.0), lo=(48.0, 70.0), hi=(225.0, 320.0)),
    "ft3": dict(l="3051-0", d=2, r=(2.3, 4.2), n=(2.6, 3.8), hi=(4.7, 7.5)),
    "atpo": dict(l="8099-4", d=1, r=(None, 34.0), n=(2.2, 24.0), hi=(86.0, 940.0)),
    "prl": dict(l="2842-3", d=1, r=S((4.8, 23.3), (4.0, 15.2)), n=S((7.0, 19.0), (5.5, 12.8)), hi=(36.0, 118.0)),
    "lh": dict(l="10501-5", d=1, r=_phase_ref(LH_T), n=_phase_gen(LH_T)),
    "fsh": dict(l="15067-2", d=1, r=_phase_ref(FSH_T), n=_phase_gen(FSH_T)),
    "e2": dict(l="2243-4", d=1, r=_phase_ref(E2_T), n=_phase_gen(E2_T)),
    "prog": dict(l="2839-9", d=2, r=_phase_ref(PROG_T), n=_phase_gen(PROG_T)),
    "testo": dict(l="2986-8", d=1, r=S((8.4, 48.1), (249.0, 836.0)), n=S((13.0, 39.0), (330.0, 690.0)),
                  lo=S((2.0, 5.5), (118.0, 205.0)), hi=S((62.0, 115.0), (900.0, 1050.0))),
    "shbg": dict(l="13967-5", d=1, r=S((32.4, 128.0), (18.3, 54.1)), n=S((42.0, 110.0), (22.0, 48.0))),
    "dheas": dict(l="2191-5", d=1, r=_dheas_ref, n=None),
    "cort": dict(l="2143-6", d=1, r=_cort_ref, n=_cort_gen),
    "ins": dict(l="20448-7", d=1, r=(2.6, 24.9), n=(4.2, 17.5), hi=(28.0, 58.0)),
    "pth": dict(l="2731-8", d=1, r=(15.0, 65.0), n=(21.0, 55.0), hi=(76.0, 168.0)),
    # coagulation
    "pt_s": dict(l="5902-2", d=1, r=(10.0, 13.0)),
    "pt_act": dict(l="5894-1", d=1, r=(70.0, 100.0)),
    "inr": dict(l="6301-6", d=2, r=(0.80, 1.20)),
    "aptt_s": dict(l="14979-9", d=1, r=(25.0, 37.0), c=(None, 150.0), cm=6.0),
    "aptt_r": dict(l="63561-5", d=2, r=(0.80, 1.20)),
    "fib": dict(l="3255-7", d=0, r=(200.0, 400.0), n=(232.0, 372.0), hi=(452.0, 690.0), lo=(88.0, 162.0)),
    "ddim": dict(l="48065-7", d=0, r=(None, 500.0), n=(140.0, 420.0), hi=(820.0, 6400.0)),
    "tt": dict(l="3243-3", d=1, r=(14.0, 19.0), n=(14.8, 18.2), hi=(22.0, 34.0)),
    # urine numeric
    "u_sg": dict(l="5811-5", d=3, r=(1.005, 1.030), n=(1.010, 1.025)),
    "u_ph": dict(l="5803-2", d=1, r=(5.0, 8.0), n=(5.5, 7.0)),
    "u_wbc_hpf": dict(l="5821-4", d=0, r=(None, 5.0), n=(1.0, 3.4), hi=(9.0, 28.0)),
    "u_rbc_hpf": dict(l="13945-1", d=0, r=(None, 3.0), n=(0.6, 2.4), hi=(6.0, 22.0)),
    "u_wbc_ml": dict(l="46702-7", d=-2, r=(None, 10000.0), n=(1200.0, 7800.0), hi=(16000.0, 68000.0)),
    "u_rbc_ml": dict(l="46419-8", d=-2, r=(None, 10000.0), n=(800.0, 6200.0), hi=(14000.0, 52000.0)),
    "u_alb": dict(l="14957-5", d=1, r=(None, None), n=(4.0, 18.0), hi=(42.0, 260.0)),
    "u_crea": dict(l="2161-8", d=1, r=(None, None), n=(62.0, 190.0)),
    "u_acr": dict(l="9318-7", d=1, r=(None, 30.0)),
    "u_prot_strip": dict(l="5804-0", d=0, r=(None, None)),
}

# Qualitative analytes (value None): LOINC only.
QL = {
    "u_prot": "20454-5", "u_glu": "25428-4", "u_ket": "2514-8", "u_blood": "5794-3", "u_bil": "5770-3",
    "u_ubg": "20405-7", "u_nit": "5802-4", "u_le": "5799-2",
    "u_epi": "5787-7", "u_cast": "24124-0", "u_hcast": "5796-8", "u_cryst": "49755-2", "u_oxal": "5774-5",
    "u_bact": "25145-4", "u_mucus": "8247-9",
    "hiv": "56888-1", "hbsag": "5196-1", "hcv": "13955-0", "vdrl": "5292-8", "toxo_g": "22580-5",
    "toxo_m": "25542-2",
}

# --------------------------------------------------------------------------------------------
# Number formatting (pt-BR / pt-PT)
# --------------------------------------------------------------------------------------------


def fmt(x, d, thousands=".", dec=","):
    """pt number: decimal comma, thousands dot (or none / space)."""
    if x is None:
        return ""
    dd = max(d, 0)
    x = round(x, d) if d < 0 else x
    s = f"{abs(x):,.{dd}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thousands)
    if x < 0 and float(f"{abs(x):.{dd}f}") != 0:
        s = "-" + s
    return s


def no_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def stable_int(*parts):
    h = hashlib.sha256(":".join(str(p) for p in parts).encode()).hexdigest()
    return int(h[:15], 16)


# --------------------------------------------------------------------------------------------
# Report context, rows, value generation
# --------------------------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    loinc: str
    name: str
    value: float | None
    vtext: str  # value text as printed (with comparator / qualitative word)
    vnum: str | None  # the bare number string as printed (for the text-layer check)
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    d: int = 1
    qual: str | None = None
    comp: str | None = None
    pflag: str | None = None
    ref: str = ""  # reference text as printed (may contain \n)
    parts: list | None = None  # a name printed over several lines
    meta: dict = field(default_factory=dict)

    def expected(self):
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=self.value, unit=self.unit,
            ref_low=self.lo, ref_high=self.hi, flag=self.flag, qualitative=self.qual,
            comparator=self.comp, printed_flag=self.pflag,
        )


class Ctx:
    def __init__(self, name, rng, sex, age, when, *, lang="br"):
        self.name, self.rng, self.sex, self.age, self.when, self.lang = name, rng, sex, age, when, lang
        self.status = {}
        self.uv = {}
        self.refo = {}  # canonical-unit reference overrides
        self.refp = {}  # printed-unit reference overrides
        self.dec = {}  # printed decimals overrides
        self.phase = None
        self.cort = None
        self.allow_crit = set()
        self.V = {}
        self.thousands = "." if lang == "br" else ""
        self.on_warfarin = False

    # -- variants
    def var(self, k):
        a = AN[k]
        v = dict(f=1.0, d=a["d"], l=a["l"], rp=None)
        uv = self.uv.get(k)
        if uv:
            v.update(a["v"][uv])
        if k in self.dec:
            v["d"] = self.dec[k]
        return v

    def q(self, k, x):
        v = self.var(k)
        return round(x * v["f"], v["d"]) / v["f"]

    def pv(self, k, x=None):
        """printed number for canonical value."""
        v = self.var(k)
        x = self.V[k] if x is None else x
        p = round(x * v["f"], v["d"])
        return float(round(p, max(v["d"], 0)))

    def _resolve(self, r):
        if callable(r):
            r = r(self)
        if isinstance(r, dict):
            r = r[self.sex]
        return r

    def ref(self, k):
        v = self.var(k)
        if k in self.refp:
            r = self._resolve(self.refp[k])
            return r
        if v["rp"] is not None:
            return self._resolve(v["rp"])
        r = self._resolve(self.refo[k]) if k in self.refo else self._resolve(AN[k]["r"])
        f, d = v["f"], v["d"]
        return tuple(None if b is None else float(round(round(b * f, d), max(d, 0))) for b in r)

    def crit(self, k):
        c = AN[k].get("c")
        if not c:
            return (None, None)
        f = self.var(k)["f"]
        return tuple(None if b is None else b * f for b in c)

    # -- generation
    def gen_range(self, k, st):
        a = AN[k]
        key = {"N": "n", "L": "lo", "H": "hi", "LL": "cl", "HH": "ch"}[st]
        spec = a.get(key)
        spec = self._resolve(spec) if spec is not None else None
        if spec is None and st == "N":
            lo, hi = self._resolve(self.refo.get(k, a["r"]))
            span = hi - lo
            spec = (lo + 0.22 * span, hi - 0.22 * span)
        if spec is None:
            raise KeyError(f"no generation range {k} {st}")
        return spec

    def base(self, k, st=None):
        st = st or self.status.get(k, "N")
        lo, hi = self.gen_range(k, st)
        if hi > 50 * max(lo, 1e-9) and lo > 0:  # wide ranges: log-uniform
            x = math.exp(self.rng.uniform(math.log(lo), math.log(hi)))
        else:
            x = self.rng.uniform(lo, hi)
        return self.q(k, x)


def egfr_ckdepi2021(scr_mgdl, age, sex):
    k, a = (0.7, -0.241) if sex == "F" else (0.9, -0.302)
    e = 142 * min(scr_mgdl / k, 1) ** a * max(scr_mgdl / k, 1) ** -1.200 * 0.9938 ** age
    return e * (1.012 if sex == "F" else 1.0)


def generate(ctx: Ctx, keys):
    """Canonical (already quantized to print precision) values for keys, with derived results
    computed from their printed inputs."""
    V = ctx.V
    ks = set(keys)
    r = ctx.rng
    q = ctx.q
    done = set()

    if ks & {"hb", "hct", "rbc", "mcv", "mch", "mchc"}:
        hb = ctx.base("hb")
        mcv = r.uniform(*ctx.gen_range("mcv", ctx.status.get("mcv", "N")))
        mchc = r.uniform(*ctx.gen_range("mchc", "N"))
        if ctx.status.get("mcv") == "L":
            mchc = r.uniform(31.0, 32.4)
        hct = q("hct", hb / mchc * 100)
        rbc = q("rbc", hct / mcv * 10)
        V.update(hb=hb, hct=hct, rbc=rbc, mcv=q("mcv", hct / rbc * 10), mch=q("mch", hb / rbc * 10),
                 mchc=q("mchc", hb / hct * 100))
        done |= {"hb", "hct", "rbc", "mcv", "mch", "mchc"}
    diff = ["neut", "lym", "mono", "eos", "baso"]
    if ks & ({"wbc"} | {d + "p" for d in diff} | {d + "a" for d in diff}):
        wbc = ctx.base("wbc")
        V["wbc"] = wbc
        pd = ctx.var("neutp")["d"]
        pct = {}
        for d in diff[1:]:
            pct[d] = round(ctx.base(d + "p"), pd)
        pct["neut"] = round(100.0 - sum(pct.values()), pd)
        for d in diff:
            V[d + "p"] = pct[d]
            V[d + "a"] = q(d + "a", wbc * pct[d] / 100.0)
        done |= {"wbc"} | {d + "p" for d in diff} | {d + "a" for d in diff}
    if ks & {"ldl", "vldl", "nonhdl"}:
        for k in ("chol", "hdl", "tg"):
            V[k] = ctx.base(k)
        V["vldl"] = q("vldl", V["tg"] / 5)
        V["ldl"] = q("ldl", V["chol"] - V["hdl"] - V["tg"] / 5)
        V["nonhdl"] = q("nonhdl", V["chol"] - V["hdl"])
        done |= {"chol", "hdl", "tg", "ldl", "vldl", "nonhdl"}
    if ks & {"glob", "ag"}:
        V["tp"] = ctx.base("tp")
        V["alb"] = ctx.base("alb")
        V["glob"] = q("glob", V["tp"] - V["alb"])
        V["ag"] = q("ag", V["alb"] / V["glob"])
        done |= {"tp", "alb", "glob", "ag"}
    if "ibil" in ks:
        V["tbil"] = ctx.base("tbil")
        V["dbil"] = ctx.base("dbil")
        if V["dbil"] >= V["tbil"] - 0.1:
            V["dbil"] = q("dbil", V["tbil"] * 0.3)
        V["ibil"] = q("ibil", V["tbil"] - V["dbil"])
        done |= {"tbil", "dbil", "ibil"}
    if "egfr" in ks:
        if "crea" not in V:
            V["crea"] = ctx.base("crea")
        V["egfr"] = q("egfr", egfr_ckdepi2021(V["crea"], ctx.age, ctx.sex))
        done |= {"crea", "egfr"}
    if "tsat" in ks:
        V["iron"] = ctx.base("iron")
        V["tibc"] = ctx.base("tibc")
        V["tsat"] = q("tsat", V["iron"] / V["tibc"] * 100)
        done |= {"iron", "tibc", "tsat"}
    if ks & {"pt_s", "inr", "pt_act"}:
        st = ctx.status.get("inr", "N")
        mnpt = round(r.uniform(11.4, 12.4), 1)
        isi = round(r.uniform(0.96, 1.12), 2)
        if st == "N":
            ratio = r.uniform(0.92, 1.08)
        elif st == "T":  # warfarin, inside the therapeutic range
            ratio = r.uniform(2.15, 2.85) ** (1 / isi)
        else:  # above range
            ratio = r.uniform(3.6, 4.6) ** (1 / isi)
        pt = q("pt_s", mnpt * ratio)
        V["pt_s"] = pt
        V["inr"] = q("inr", (pt / mnpt) ** isi)
        if st == "N":  # near-linear read of the ratio around normal
            act = 100.0 - (pt / mnpt - 0.9) * 120.0
        else:  # hyperbolic calibration curve
            act = 100.0 * (mnpt * 0.62) / (pt - mnpt * 0.38)
        V["pt_act"] = q("pt_act", act)
        ctx.meta_coag = dict(mnpt=mnpt, isi=isi)
        done |= {"pt_s", "inr", "pt_act"}
    if ks & {"aptt_s", "aptt_r"}:
        st = ctx.status.get("aptt_s", "N")
        ctl = round(r.uniform(28.5, 31.5), 1)
        x = {"N": (0.88, 1.12), "H": (1.55, 2.7), "HH": (5.3, 6.2)}[st]
        a = q("aptt_s", ctl * r.uniform(*x))
        V["aptt_s"] = a
        V["aptt_r"] = q("aptt_r", a / ctl)
        ctx.meta_aptt = dict(ctl=ctl)
        done |= {"aptt_s", "aptt_r"}
    if "u_acr" in ks:
        V["u_alb"] = ctx.base("u_alb")
        V["u_crea"] = ctx.base("u_crea")
        V["u_acr"] = q("u_acr", V["u_alb"] / V["u_crea"] * 100)
        done |= {"u_alb", "u_crea", "u_acr"}
    for k in keys:
        if k not in done and k in AN and k not in V:
            if k == "dheas":
                lo, hi = _dheas_ref(ctx)
                V[k] = q(k, r.uniform(lo + 0.25 * (hi - lo), hi - 0.3 * (hi - lo)))
            else:
                V[k] = ctx.base(k)
    return V


def compute_flag(ctx, k, x, lo, hi):
    cl, ch = ctx.crit(k)
    if ch is not None and x > ch:
        return "HH"
    if cl is not None and x < cl:
        return "LL"
    if hi is not None and x > hi:
        return "H"
    if lo is not None and x < lo:
        return "L"
    return "N"


def ref_text(lo, hi, d, st, thousands=".", unit=None):
    """Format a reference interval in a house style.
    st: dict(sep=' a ', br=None|'[]'|'()', lt='< {}', gt='> {}')"""
    f = lambda b: fmt(b, d, thousands)  # noqa: E731
    if lo is not None and hi is not None:
        s = f"{f(lo)}{st.get('sep', ' a ')}{f(hi)}"
        br = st.get("br")
        if br == "[]":
            s = f"[ {s} ]"
        elif br == "()":
            s = f"({s})"
    elif hi is not None:
        s = st.get("lt", "< {}").format(f(hi))
    elif lo is not None:
        s = st.get("gt", "> {}").format(f(lo))
    else:
        return ""
    if unit and st.get("unit_in_ref"):
        s = f"{s} {unit}"
    return s


def mkrow(ctx, k, name, unit, *, st=None, comp=None, vtext=None, reftext=None, ref=None, d=None, glue=False,
          parts=None, thousands=None, **meta):
    """Numeric row for analyte k (value from ctx.V)."""
    st = st or {}
    v = ctx.var(k)
    dd = v["d"] if d is None else d
    th = ctx.thousands if thousands is None else thousands
    x = ctx.pv(k)
    if comp is not None:
        comp, x = comp
    lo, hi = ctx.ref(k) if ref is None else ref
    flag = compute_flag(ctx, k, x, lo, hi)
    num = fmt(x, dd, th)
    if vtext is None:
        vtext = num
        if comp:
            vtext = {"<": "< ", ">": "> ", "<=": "<= ", ">=": ">= "}[comp] + num
            if st.get("comp_words"):
                vtext = {"<": "inferior a ", ">": "superior a "}[comp] + num
    if reftext is None:
        reftext = ref_text(lo, hi, max(dd, 0) if st.get("rdec") is None else st["rdec"], st, th, unit)
    return Row(key=k, loinc=v["l"], name=name, value=float(x), vtext=vtext, vnum=num, unit=unit, lo=lo, hi=hi,
               flag=flag, d=dd, comp=comp, ref=reftext, parts=parts, meta=meta)


QMAP = {
    "negativo": "negative", "negativa": "negative", "ausente": "absent", "ausentes": "absent",
    "traços": "trace", "traço": "trace", "tracos": "trace",
    "positivo": "positive", "+": "positive", "++": "positive", "+++": "positive", "presente": "present",
    "presentes": "present", "numerosas": "present", "numerosos": "present", "algumas": "present",
    "alguns": "present", "raras": "rare", "raros": "rare", "reagente": "reactive", "não reagente": "non-reactive",
    "nao reagente": "non-reactive", "normal": "normal",
}


def qrow(k, name, text, meaning, *, ref="", pflag=None, **meta):
    return Row(key=k, loinc=QL[k], name=name, value=None, vtext=text, vnum=None, unit=None, lo=None, hi=None,
               flag="N", qual=meaning, ref=ref, pflag=pflag, meta=meta)

# --------------------------------------------------------------------------------------------
# PDF canvas (base-14 fonts + fonts installed under /usr/share/fonts, embedded and subset)
# --------------------------------------------------------------------------------------------

_FD = "/usr/share/fonts/truetype/"
# Liberation fonts are installed too, but their space/hyphen glyphs extract as U+00A0/U+00AD, so
# only DejaVu is embedded.
_TTF_WANT = {
    "dvs": ("dejavu/DejaVuSans.ttf", "helv"), "dvsb": ("dejavu/DejaVuSans-Bold.ttf", "hebo"),
    "dvc": ("dejavu/DejaVuSansCondensed.ttf", "helv"), "dvcb": ("dejavu/DejaVuSansCondensed-Bold.ttf", "hebo"),
    "dvm": ("dejavu/DejaVuSansMono.ttf", "cour"), "dvmb": ("dejavu/DejaVuSansMono-Bold.ttf", "cobo"),
    "dvse": ("dejavu/DejaVuSerif.ttf", "tiro"), "dvseb": ("dejavu/DejaVuSerif-Bold.ttf", "tibo"),
}
TTF = {}
FALLBACK = {}
for _k, (_p, _fb) in _TTF_WANT.items():
    if Path(_FD + _p).is_file():
        TTF[_k] = _FD + _p
    else:
        FALLBACK[_k] = _fb
_FONTOBJ = {}
BASE14 = {"helv", "hebo", "heit", "hebi", "cour", "cobo", "coit", "tiro", "tibo", "tiit", "tibi"}
HAS_ARROWS = "dvs" in TTF


def _fo(f):
    # fitz.get_text_length() gives non-ASCII characters zero width for base-14 fonts; Font objects do not.
    if f not in _FONTOBJ:
        _FONTOBJ[f] = fitz.Font(fontname=f) if f in BASE14 else fitz.Font(fontfile=TTF[f])
    return _FONTOBJ[f]


class Canvas:
    def __init__(self, w=595, h=842):
        self.doc = fitz.open()
        self.W, self.H = w, h
        self._reg = []
        self.pno = -1
        self._cur = None

    @property
    def pages(self):
        return list(range(len(self._reg)))

    def pg(self, pno=None):
        pno = self.pno if pno is None else pno
        if pno == self.pno and self._cur is not None:
            return self._cur
        return self.doc[pno]  # page objects of earlier pages are invalidated by new_page()

    def new_page(self):
        self._cur = self.doc.new_page(width=self.W, height=self.H)
        self._reg.append(set())
        self.pno = len(self._reg) - 1
        return self._cur

    def _font(self, f, pno):
        f = FALLBACK.get(f, f)
        if f in BASE14:
            return f
        if f not in self._reg[pno]:
            self.pg(pno).insert_font(fontname=f, fontfile=TTF[f])
            self._reg[pno].add(f)
        return f

    @staticmethod
    def tw(s, f="helv", sz=9):
        f = FALLBACK.get(f, f)
        return _fo(f).text_length(s, fontsize=sz)

    def text(self, x, y, s, f="helv", sz=9, color=(0, 0, 0), al="l", pno=None):
        if s is None or s == "":
            return 0
        pno = self.pno if pno is None else pno
        fn = self._font(f, pno)
        if fn in BASE14:
            s.encode("cp1252")  # base-14 fonts only carry WinAnsi: fail loudly instead of losing glyphs
        w = self.tw(s, fn, sz)
        if al == "r":
            x -= w
        elif al == "c":
            x -= w / 2
        self.pg(pno).insert_text((x, y), s, fontname=fn, fontsize=sz, color=color)
        return w

    def line(self, x0, y0, x1, y1, w=0.5, color=(0, 0, 0), dashes=None, pno=None):
        p = self.pg(pno)
        p.draw_line((x0, y0), (x1, y1), color=color, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, color=None, fill=None, w=0.5, pno=None):
        p = self.pg(pno)
        p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def finish(self, title, author):
        self.doc.set_metadata({
            "title": title, "author": author, "subject": "Laudo laboratorial", "keywords": "",
            "creator": "LIS", "producer": "LIS PDF", "creationDate": "D:20261127120000-03'00'",
            "modDate": "D:20261127120000-03'00'", "trapped": "",
        })
        self.doc.subset_fonts()
        return self.doc.tobytes(garbage=4, deflate=True, no_new_id=True)


def pdf_text(pdf_bytes):
    d = fitz.open("pdf", pdf_bytes)
    return "\n".join(p.get_text() for p in d)


def _render(pdf_bytes, dpi):
    d = fitz.open("pdf", pdf_bytes)
    pix = d[0].get_pixmap(dpi=dpi, alpha=False)
    img = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, :3].copy()
    return img[:, :, ::-1].astype(np.float32)  # BGR


def _smooth_field(nrng, h, w, cells=6, lo=0.8, hi=1.05):
    small = nrng.uniform(lo, hi, size=(cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan_harsh(pdf_bytes, key):
    """DF1: office scanner at low resolution, skewed, noisy, JPEG-compressed, unevenly lit."""
    nrng = np.random.default_rng(stable_int(SEED, key, "scan"))
    dpi = int(nrng.integers(120, 151))
    img = _render(pdf_bytes, dpi)
    h, w = img.shape[:2]
    img = img * np.array([0.93, 0.96, 0.97], np.float32)  # yellowish paper (BGR)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = nrng.uniform(-0.18, 0.18), nrng.uniform(-0.16, 0.16)
    cx, cy = nrng.uniform(0.2, 0.8) * w, nrng.uniform(0.2, 0.8) * h
    r = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    light = 1.0 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5) - 0.22 * r ** 2
    light *= _smooth_field(nrng, h, w, 5, 0.9, 1.03)
    img = img * light[:, :, None]
    ang = float(nrng.uniform(1.0, 3.0)) * (1 if nrng.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(150, 152, 155))
    img = cv2.GaussianBlur(img, (0, 0), float(nrng.uniform(0.7, 1.1)))
    img = img + nrng.normal(0, float(nrng.uniform(7, 11)), img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    q = int(nrng.integers(35, 56))
    ok, enc = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    img = cv2.imdecode(enc, cv2.IMREAD_COLOR)
    ok, png = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    return png.tobytes(), dict(dpi=dpi, angle=round(ang, 2), jpeg=q)


def scan_photocopy(pdf_bytes, key):
    """DF2: faint photocopy scanned in grey, speckled, with a slight keystone."""
    nrng = np.random.default_rng(stable_int(SEED, key, "copy"))
    dpi = int(nrng.integers(150, 181))
    img = _render(pdf_bytes, dpi)
    g = cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2GRAY).astype(np.float32)
    h, w = g.shape
    ink = (255.0 - g) / 255.0
    toner = _smooth_field(nrng, h, w, 7, 0.55, 0.95)
    g = 245.0 - ink * 200.0 * toner
    g = cv2.GaussianBlur(g, (0, 0), float(nrng.uniform(0.6, 0.9)))
    # keystone / perspective
    d = float(nrng.uniform(0.015, 0.03)) * w
    dv = float(nrng.uniform(0.004, 0.012)) * h
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if nrng.random() < 0.5:
        dst = np.float32([[d, dv], [w - d, 0], [w, h], [0, h - dv]])
    else:
        dst = np.float32([[0, 0], [w, dv], [w - d, h - dv], [d, h]])
    m = cv2.getPerspectiveTransform(src, dst)
    g = cv2.warpPerspective(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=90)
    # copier lid shadow along one edge
    side = int(nrng.integers(0, 2))
    band = int(w * nrng.uniform(0.012, 0.025))
    ramp = np.linspace(0.45, 1.0, band, dtype=np.float32)
    if side == 0:
        g[:, :band] *= ramp[None, :]
    else:
        g[:, w - band:] *= ramp[::-1][None, :]
    # speckles and toner drop-outs
    n = int(nrng.integers(2500, 5000))
    ys, xs = nrng.integers(0, h, n), nrng.integers(0, w, n)
    vals = nrng.uniform(40, 150, n)
    for y, x, v in zip(ys, xs, vals):
        rad = 1 if nrng.random() < 0.85 else 2
        cv2.circle(g, (int(x), int(y)), rad, float(v), -1)
    n2 = int(nrng.integers(600, 1200))
    ys, xs = nrng.integers(0, h, n2), nrng.integers(0, w, n2)
    for y, x in zip(ys, xs):
        cv2.circle(g, (int(x), int(y)), 1, 240.0, -1)
    g = g + nrng.normal(0, 4.0, g.shape).astype(np.float32)
    g = np.clip(g, 0, 255).astype(np.uint8)
    ok, png = cv2.imencode(".png", g, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    return png.tobytes(), dict(dpi=dpi, keystone=round(d, 1))


# --------------------------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------------------------

BR_F = ["Maria Aparecida", "Ana Paula", "Luciana", "Fernanda", "Rosângela", "Juliana", "Patrícia", "Sônia",
        "Adriana", "Márcia", "Maria da Conceição", "Cláudia", "Edileuza", "Simone", "Tânia", "Lúcia Helena",
        "Raimunda", "Francisca", "Vera Lúcia", "Gislaine"]
BR_M = ["José Carlos", "João Batista", "Antônio", "Francisco", "Sebastião", "Luiz Fernando", "Márcio", "Rogério",
        "Paulo César", "Raimundo", "Valdir", "Aurélio", "Cícero", "Joaquim", "Edson", "Júlio César", "Osvaldo",
        "Benedito", "Wagner", "Gilmar"]
BR_L = ["da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
        "Gomes", "Ribeiro", "Carvalho", "Araújo", "Conceição", "Magalhães", "Nogueira", "Brandão", "Cavalcanti",
        "Albuquerque", "Moraes", "Bezerra", "Assunção", "Guimarães", "Monteiro", "Simões", "Patrício"]
PT_F = ["Maria do Rosário", "Ana Rita", "Joana", "Inês", "Maria de Fátima", "Susana", "Filipa", "Conceição",
        "Margarida", "Teresa"]
PT_M = ["Carlos Manuel", "João Pedro", "Rui Miguel", "António José", "Joaquim", "Manuel", "Nuno", "Vítor Hugo",
        "Luís Filipe", "Gonçalo"]
PT_L = ["Ferreira", "Costa", "Martins", "Sousa", "Pinto", "Fonseca", "Teixeira", "Moreira", "Lopes", "Marques",
        "Gonçalves", "Carvalho", "Rebelo", "Simões", "Antunes", "Vieira", "Loureiro", "Quaresma"]
DOCS_BR = ["Dr. Ricardo Tavares", "Dra. Helena Prado", "Dr. Fábio Mendonça", "Dra. Cíntia Rocha",
           "Dr. Anselmo Queiroz", "Dra. Letícia Barros", "Dr. Hélio Siqueira", "Dra. Priscila Amaral"]


@dataclass
class Patient:
    name: str
    sex: str
    age: int
    dob: date
    when: date
    hh: int
    mm: int
    reg: str
    doctor: str

    @property
    def sexo(self):
        return "Feminino" if self.sex == "F" else "Masculino"

    def d(self, x=None, style="br"):
        x = x or self.when
        if style == "br":
            return x.strftime("%d/%m/%Y")
        if style == "pt":
            return x.strftime("%d-%m-%Y")
        if style == "short":
            return x.strftime("%d/%m/%y")
        if style == "iso":
            return x.isoformat()
        raise ValueError(style)

    def t(self, plus=0):
        m = self.hh * 60 + self.mm + plus
        return f"{(m // 60) % 24:02d}:{m % 60:02d}"


def make_patient(rng, *, sex=None, age=None, pt=False, month=None, hour=None):
    sex = sex or rng.choice("FM")
    first = rng.choice((PT_F if sex == "F" else PT_M) if pt else (BR_F if sex == "F" else BR_M))
    lasts = rng.sample(PT_L if pt else BR_L, 2)
    name = f"{first} {lasts[0]} {lasts[1]}"
    age = age if age is not None else rng.randint(24, 79)
    when = date(2026, month or rng.randint(1, 11), rng.randint(1, 28))
    dob = date(when.year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
    if (when.month, when.day) < (dob.month, dob.day):
        dob = dob.replace(year=dob.year - 1) if not (dob.month == 2 and dob.day == 29) else dob
    # recompute age from dob exactly as printed
    age = when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
    hh = hour if hour is not None else rng.randint(6, 10)
    return Patient(name=name, sex=sex, age=age, dob=dob, when=when, hh=hh, mm=rng.randint(0, 59),
                   reg=str(rng.randint(10 ** 8, 10 ** 9 - 1)), doctor=rng.choice(DOCS_BR))


# --------------------------------------------------------------------------------------------
# Generic flowing table
# --------------------------------------------------------------------------------------------


def set_flags(items, fmap):
    for it in items:
        if it[0] == "row":
            r = it[1]
            if r.qual is None and r.pflag is None:
                r.pflag = fmap.get(r.flag)


def _cell(r, fld, sty):
    if fld == "name":
        return r.parts[0] if r.parts else r.name
    if fld == "value":
        return r.vtext + r.meta.get("mark", "")
    if fld == "vf":
        return r.vtext + r.meta.get("mark", "") + (f" {r.pflag}" if r.pflag else "")
    if fld == "vu":
        if not r.unit:
            return r.vtext
        return r.vtext + ("" if r.meta.get("glue") else " ") + r.unit
    if fld == "vuf":
        s = _cell(r, "vu", sty)
        return s + (f"  {r.pflag}" if r.pflag else "")
    if fld == "unit":
        return r.unit or ""
    if fld == "ref":
        return r.ref.split("\n")[0] if r.ref else ""
    if fld == "flag":
        return r.pflag or ""
    if fld.startswith("prev"):
        i = int(fld[4:] or 0)
        pv = r.meta.get("prevs") or []
        return pv[i] if i < len(pv) else ""
    if fld.startswith("m:"):
        return r.meta.get(fld[2:], "")
    raise KeyError(fld)


def table_flow(cv, items, cols, sty, new_page):
    """Render items on as many pages as needed.  cols: list of (field, x, align, header).
    new_page(cv) starts a page, draws its header and returns the first usable y."""
    f, fb, sz, lh = sty.get("f", "helv"), sty.get("fb", "hebo"), sty.get("sz", 8.5), sty.get("lh", 11.5)
    ymax = sty.get("ymax", cv.H - 70)
    color = sty.get("color", (0, 0, 0))

    def colhdr(y):
        if not sty.get("colhdr", True):
            return y
        hf, hsz = sty.get("hf", fb), sty.get("hsz", sz)
        if sty.get("hdr_fill"):
            cv.rect(sty.get("x0", 40) - 2, y - hsz - 2, sty.get("x1", cv.W - 40) + 2, y + 3, fill=sty["hdr_fill"])
        for _fld, x, al, hd in cols:
            for i, part in enumerate(hd.split("\n")):
                cv.text(x, y + i * (hsz + 1), part, hf, hsz, al=al)
        nl = max(len(c[3].split("\n")) for c in cols)
        y += (nl - 1) * (hsz + 1)
        if sty.get("hdr_rule", True):
            cv.line(sty.get("x0", 40), y + 3.5, sty.get("x1", cv.W - 40), y + 3.5, 0.6)
        return y + lh + 2

    y = colhdr(new_page(cv))
    for it in items:
        kind = it[0]
        if kind == "row":
            r = it[1]
            nlines = max(len(r.parts) if r.parts else 1, len(r.ref.split("\n")) if r.ref else 1,
                         len(r.meta.get("extra", [])) + 1)
            need = nlines * lh
        elif kind == "sec":
            need = lh * 2.4
        elif kind == "gap":
            need = it[1]
        else:
            need = lh * (1 + it[1].count("\n"))
        if y + need > ymax:
            y = colhdr(new_page(cv))
        if kind == "sec":
            y += lh * 0.5
            sf, ssz = sty.get("sf", fb), sty.get("ssz", sz + 1)
            if sty.get("sec_fill"):
                cv.rect(sty.get("x0", 40) - 2, y - ssz, sty.get("x1", cv.W - 40) + 2, y + 3, fill=sty["sec_fill"])
            cv.text(sty.get("sec_x", cols[0][1]), y, it[1], sf, ssz)
            if sty.get("sec_rule"):
                cv.line(sty.get("x0", 40), y + 2.5, sty.get("x1", cv.W - 40), y + 2.5, 0.4)
            y += lh * 1.3
        elif kind == "sub":
            cv.text(cols[0][1] + sty.get("sub_indent", 0), y, it[1], sty.get("subf", "heit"), sz - 0.5)
            y += lh
        elif kind == "note":
            nf = it[2] if len(it) > 2 else sty.get("nf", "heit")
            nsz = it[3] if len(it) > 3 else sz - 1
            for i, ln in enumerate(it[1].split("\n")):
                cv.text(sty.get("note_x", cols[0][1]), y + i * (nsz + 2), ln, nf, nsz)
            y += (nsz + 2) * (it[1].count("\n") + 1) + 2
        elif kind == "gap":
            y += it[1]
        elif kind == "row":
            r = it[1]
            for fld, x, al, _hd in cols:
                s = _cell(r, fld, sty)
                ff = f
                if fld in ("value", "vf", "vu", "vuf", "flag") and r.flag != "N" and sty.get("bold_abn"):
                    ff = fb
                if fld == "name" and sty.get("leader"):
                    w = cv.text(x, y, s, ff, sz, color)
                    x_end = sty["leader"]
                    dots = int(max(0, (x_end - x - w - 6) / cv.tw(".", f, sz)))
                    if dots > 2:
                        cv.text(x + w + 3, y, "." * dots, f, sz, (0.35, 0.35, 0.35))
                    continue
                cv.text(x, y, s, ff, sz, color, al=al)
            # continuation lines
            extra = 1
            if r.parts:
                xname = [c for c in cols if c[0] == "name"][0][1]
                for p in r.parts[1:]:
                    cv.text(xname + sty.get("wrap_indent", 0), y + extra * lh, p, f, sz, color)
                    extra += 1
            if r.ref and "\n" in r.ref:
                xr = [c for c in cols if c[0] == "ref"][0]
                for i, p in enumerate(r.ref.split("\n")[1:], start=1):
                    cv.text(xr[1], y + i * lh, p, f, sz, color, al=xr[2])
                extra = max(extra, len(r.ref.split("\n")))
            for i, (txt, fnt) in enumerate(r.meta.get("extra", []), start=1):
                cv.text(cols[0][1] + 10, y + i * lh, txt, fnt, sz - 1, (0.25, 0.25, 0.25))
                extra = max(extra, i + 1)
            y += lh * extra
            if sty.get("row_rule"):
                cv.line(sty.get("x0", 40), y - lh + 3, sty.get("x1", cv.W - 40), y - lh + 3, 0.2, (0.7, 0.7, 0.7))
        elif kind == "raw":
            y = it[1](cv, y)
    return y


def page_numbers(cv, fmt_s, x, y, f="helv", sz=7.5, al="r"):
    n = len(cv.pages)
    for i in range(n):
        cv.text(x, y, fmt_s.format(i=i + 1, n=n), f, sz, al=al, pno=i)

# --------------------------------------------------------------------------------------------
# Shared pieces for the families
# --------------------------------------------------------------------------------------------

HEMO_KEYS = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "neuta", "lymp", "lyma", "monop",
             "monoa", "eosp", "eosa", "basop", "basoa", "plt", "mpv"]
ABN_POOL = {  # analytes that may randomly be out of range, and in which direction
    "hb": "LH", "mcv": "LH", "rdw": "H", "wbc": "LH", "plt": "LH", "eosp": "H", "lymp": "H", "glu": "H",
    "urea": "H", "crea": "H", "ua": "H", "chol": "H", "hdl": "L", "tg": "H", "ast": "H", "alt": "H", "ggt": "H",
    "alp": "H", "tbil": "H", "na": "LH", "k": "LH", "ca": "LH", "mg": "L", "crp": "H", "hba1c": "H", "ferr": "LH",
    "vitd": "L", "b12": "L", "tsh": "LH", "ft4": "H", "ck": "H", "ldh": "H", "alb": "L", "esr": "H", "iron": "L",
    "fol": "L", "psa": "H", "atpo": "H", "prl": "H", "ins": "H", "pth": "H", "phos": "LH", "cl": "LH", "amy": "H",
    "lip": "H", "fib": "H", "ddim": "H", "ckmb": "H", "trop": "H", "ntprobnp": "H", "lact_v": "H",
}


def randomize(ctx, keys, n_range=(3, 6), skip=()):
    pool = [k for k in keys if k in ABN_POOL and k not in ctx.status and k not in skip]
    n = min(len(pool), ctx.rng.randint(*n_range))
    for k in ctx.rng.sample(pool, n):
        ctx.status[k] = ctx.rng.choice(ABN_POOL[k])
    if ctx.status.get("glu") == "H" and "hba1c" in keys and "hba1c" not in skip:
        ctx.status["hba1c"] = "H"  # keep the two glycaemia markers coherent
    if ctx.status.get("hba1c") == "H" and "glu" in keys and "glu" not in ctx.status:
        ctx.status["glu"] = "H"


def rows_from(ctx, specs, st):
    """specs: ('sec', title) | ('note', text) | (key, name, unit[, opts]) -> items with Row objects."""
    items = []
    for s in specs:
        if s[0] in ("sec", "note", "sub", "gap", "raw"):
            items.append(s)
            continue
        k, nm, unit = s[0], s[1], s[2]
        o = dict(s[3]) if len(s) > 3 else {}
        sst = dict(st)
        sst.update(o.pop("st", {}))
        if isinstance(nm, (list, tuple)):
            o["parts"] = list(nm)
            nm = " ".join(nm)
        items.append(("row", mkrow(ctx, k, nm, unit, st=sst, **o)))
    return items


def once(y):
    """new_page callback for single-page reports: the content must fit."""
    state = {"n": 0}

    def f(cv):
        state["n"] += 1
        if state["n"] > 1:
            raise RuntimeError("content does not fit on one page")
        return y

    return f


def rows_of(items):
    return [it[1] for it in items if it[0] == "row"]


# --------------------------------------------------------------------------------------------
# DF1 - scanned hemograma + bioquímica table, harsh scan
# --------------------------------------------------------------------------------------------


def _diff_block(ctx, y0, cv, rows_pairs, xs, f, sz, lh, unit_in_cells, flagged):
    """Leucogram rows carrying two results (relative and absolute) on one line."""
    y = y0
    for (rp, ra) in rows_pairs:
        cv.text(xs[0], y, rp.name, f, sz)
        vp = rp.vtext + (" %" if unit_in_cells else "")
        va = ra.vtext + (" " + ra.unit if unit_in_cells else "")
        if flagged and rp.pflag:
            vp += " " + rp.pflag
        if flagged and ra.pflag:
            va += " " + ra.pflag
        cv.text(xs[1], y, vp, f, sz, al="r" if not unit_in_cells else "l")
        cv.text(xs[2], y, va, f, sz, al="r" if not unit_in_cells else "l")
        cv.text(xs[3], y, rp.ref, f, sz)
        cv.text(xs[4], y, ra.ref, f, sz)
        y += lh
    return y


def build_df1(idx, rng, name):
    pt = make_patient(rng)
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    bio = [["glu", "urea", "crea", "ua", "chol", "hdl", "ldl", "vldl", "tg", "ast", "alt", "k", "na"],
           ["glu", "urea", "crea", "ast", "alt", "ggt", "alp", "chol", "hdl", "ldl", "tg", "tsh", "ferr"],
           ["glu", "urea", "crea", "ua", "chol", "tg", "ast", "alt", "ca", "k", "na", "esr"]][idx]
    if idx == 0:
        ctx.uv.update({k: "mm3" for k in ("wbc", "plt", "neuta", "lyma", "monoa", "eosa", "basoa")})
        ctx.refo["wbc"] = (3.6, 11.0)
        ctx.dec.update(mpv=1)
    elif idx == 1:
        ctx.uv.update({k: "mm3" for k in ("wbc", "neuta", "lyma", "monoa", "eosa", "basoa")})
        ctx.dec.update(neutp=0, lymp=0, monop=0, eosp=0, basop=0, plt=0)
        ctx.refo.update(neutp=(45.0, 70.0), lymp=(20.0, 40.0), monop=(2.0, 10.0), eosp=(1.0, 6.0))
        ctx.status["basop"] = "N"
    else:
        ctx.uv.update({k: "mm3" for k in ("wbc", "neuta", "lyma", "monoa", "eosa", "basoa")})
        ctx.refo["wbc"] = (4.0, 10.0)
        ctx.refo["glu"] = (70.0, 110.0)
    randomize(ctx, HEMO_KEYS + bio, (3, 6))
    keys = HEMO_KEYS + bio + (["ldl", "vldl"] if "ldl" in bio else [])
    generate(ctx, keys)

    cv = Canvas(595, 842)
    cv.new_page()
    W = cv.W
    st_ref = [dict(sep=" a "), dict(sep=" a ", unit_in_ref=False), dict(sep=" - ", lt="Inferior a {}",
                                                                      gt="Superior a {}")][idx]
    if idx == 0:
        lab = ("LABORATÓRIO SÃO LUCAS", "Análises Clínicas - Rua Coronel Tibúrcio, 412 - Centro - Itaporanga/SP",
               "Resp. Técnico: Dr. Wanderley C. Fontes - CRF-SP 18.225")
        f, fb, sz = "helv", "hebo", 8.6
    elif idx == 1:
        lab = ("BIOVIDA Laboratório Clínico", "Av. Brasil, 1.280 - sala 3 - Jacarezinho/PR - Fone (43) 3525-0199",
               "Responsável técnica: Dra. Marta Y. Nishimura - CRBM 2.409")
        f, fb, sz = "tiro", "tibo", 9.0
    else:
        lab = ("LABORATÓRIO MUNICIPAL DE ANÁLISES CLÍNICAS",
               "Prefeitura Municipal de Cruz das Almas - Secretaria de Saúde - Rua da Matriz, s/n",
               "Bioquímico responsável: Hildebrando S. Lemos - CRF-BA 4.117")
        f, fb, sz = "cour", "cobo", 8.6
    cv.text(W / 2, 48, lab[0], fb, 14, al="c")
    cv.text(W / 2, 61, lab[1], f, 7.5, al="c")
    cv.text(W / 2, 71, lab[2], f, 7.5, al="c")
    cv.line(40, 78, W - 40, 78, 1.0)
    y = 92
    sexo = pt.sexo if idx != 2 else pt.sexo.upper()
    nm = pt.name if idx != 2 else pt.name.upper()
    cv.text(42, y, f"Paciente: {nm}", fb, 9)
    cv.text(400, y, f"Registro: {pt.reg[:6]}", f, 8.5)
    cv.text(42, y + 12, f"Sexo: {sexo}", f, 8.5)
    cv.text(170, y + 12, f"Idade: {pt.age} anos", f, 8.5)
    cv.text(400, y + 12, f"Data da coleta: {pt.d()}", f, 8.5)
    cv.text(42, y + 24, f"Solicitante: {pt.doctor}", f, 8.5)
    cv.text(400, y + 24, f"Emissão: {pt.d(pt.when + timedelta(days=1))}", f, 8.5)
    cv.line(40, y + 30, W - 40, y + 30, 0.6)
    y += 48

    lh = 11.6
    fmap = [{"H": "H", "L": "L", "HH": "HH", "LL": "LL"}, {"H": "*", "L": "*", "HH": "*", "LL": "*"}, {}][idx]
    hd = [{"rbc": "Eritrócitos", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "VCM", "mch": "HCM",
           "mchc": "CHCM", "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas", "mpv": "VPM"},
          {"rbc": "Hemácias", "hb": "Hemoglobina", "hct": "Hematócrito",
           "mcv": "Volume Corpuscular Médio (VCM)", "mch": "Hemoglobina Corpuscular Média (HCM)",
           "mchc": "Concentração de Hb Corpuscular Média", "rdw": "RDW-CV", "wbc": "Leucócitos totais",
           "plt": "Plaquetas", "mpv": "Volume plaquetário médio"},
          {"rbc": "HEMACIAS", "hb": "HEMOGLOBINA", "hct": "HEMATOCRITO", "mcv": "V.C.M.", "mch": "H.C.M.",
           "mchc": "C.H.C.M.", "rdw": "RDW", "wbc": "LEUCOCITOS", "plt": "PLAQUETAS", "mpv": "VPM"}][idx]
    un = [{"rbc": "milhões/mm³", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
           "wbc": "/mm³", "plt": "/mm³", "mpv": "fL"},
          {"rbc": "x10^6/µL", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
           "wbc": "/µL", "plt": "x10³/µL", "mpv": "fL"},
          {"rbc": "milhoes/mm3", "hb": "g/dl", "hct": "%", "mcv": "fl", "mch": "pg", "mchc": "g/dl", "rdw": "%",
           "wbc": "/mm3", "plt": "mil/mm3", "mpv": "fl"}][idx]
    ery = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw"]
    specs = [("sec", "ERITROGRAMA" if idx != 1 else "Série vermelha")]
    specs += [(k, hd[k], un[k]) for k in ery]
    items = rows_from(ctx, specs, st_ref)
    set_flags(items, fmap)
    if idx == 1:
        cols = [("name", 45, "l", "Exame"), ("vf", 290, "r", "Resultado"), ("ref", 315, "l", "Valor de referência"),
                ("unit", 475, "l", "Unidade")]
    elif idx == 0:
        cols = [("name", 45, "l", "Exame"), ("value", 250, "r", "Resultado"), ("flag", 256, "l", ""),
                ("unit", 280, "l", "Unidade"), ("ref", 370, "l", "Valores de referência")]
    else:
        cols = [("name", 45, "l", "EXAME"), ("value", 260, "r", "RESULTADO"), ("unit", 275, "l", "UNIDADE"),
                ("ref", 380, "l", "VALORES DE REFERENCIA")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, sf=fb, ssz=sz + 0.5, hsz=sz, x0=40, x1=W - 40)
    y = table_flow(cv, items, cols, sty, once(y))
    all_rows = rows_of(items)

    # leucogram
    y += 4
    if idx == 0:
        cv.text(45, y, "LEUCOGRAMA", fb, sz + 0.5)
        y += lh * 1.2
        wr = mkrow(ctx, "wbc", "Leucócitos", "/mm³", st=st_ref)
        wr.pflag = fmap.get(wr.flag)
        cv.text(45, y, wr.name, f, sz)
        cv.text(250, y, wr.vtext, f, sz, al="r")
        cv.text(256, y, wr.pflag or "", f, sz)
        cv.text(280, y, "/mm³", f, sz)
        cv.text(370, y, wr.ref, f, sz)
        y += lh * 1.3
        all_rows.append(wr)
        xs = [45, 215, 300, 345, 445]
        cv.text(xs[1], y, "Relativo (%)", fb, sz - 0.5, al="r")
        cv.text(xs[2], y, "Absoluto (/mm³)", fb, sz - 0.5, al="r")
        cv.text(xs[3], y, "Ref. relativo (%)", fb, sz - 0.5)
        cv.text(xs[4], y, "Ref. absoluto (/mm³)", fb, sz - 0.5)
        y += lh
        pairs = []
        for d, nmx in (("neut", "Neutrófilos"), ("eos", "Eosinófilos"), ("baso", "Basófilos"),
                       ("lym", "Linfócitos"), ("mono", "Monócitos")):
            rp = mkrow(ctx, d + "p", nmx, "%", st=st_ref)
            ra = mkrow(ctx, d + "a", nmx, "/mm³", st=st_ref)
            rp.pflag, ra.pflag = fmap.get(rp.flag), fmap.get(ra.flag)
            pairs.append((rp, ra))
            all_rows += [rp, ra]
        y = _diff_block(ctx, y, cv, pairs, xs, f, sz, lh, False, True)
    elif idx == 1:
        cv.text(45, y, "Série branca", fb, sz + 0.5)
        y += lh * 1.2
        wr = mkrow(ctx, "wbc", "Leucócitos totais", "/mm³", st=st_ref)
        wr.pflag = fmap.get(wr.flag)
        cv.text(45, y, wr.name, f, sz)
        cv.text(290, y, wr.vtext + (" " + wr.pflag if wr.pflag else ""), f, sz, al="r")
        cv.text(315, y, wr.ref, f, sz)
        cv.text(475, y, "/mm³", f, sz)
        y += lh
        all_rows.append(wr)
        xs = [45, 150, 210, 300, 390]
        pairs = []
        for d, nmx in (("neut", "Neutrófilos"), ("lym", "Linfócitos"), ("mono", "Monócitos"),
                       ("eos", "Eosinófilos"), ("baso", "Basófilos")):
            rp = mkrow(ctx, d + "p", nmx, "%", st=dict(st_ref, unit_in_ref=True))
            ra = mkrow(ctx, d + "a", nmx, "/mm³", st=dict(st_ref, unit_in_ref=True))
            rp.pflag, ra.pflag = fmap.get(rp.flag), fmap.get(ra.flag)
            pairs.append((rp, ra))
            all_rows += [rp, ra]
        y = _diff_block(ctx, y, cv, pairs, xs, f, sz, lh, True, True)
    else:
        cv.text(45, y, "LEUCOGRAMA", fb, sz + 0.5)
        y += lh * 1.2
        specs = [("wbc", "LEUCOCITOS", "/mm3")]
        for d, nmx in (("neut", "NEUTROFILOS"), ("lym", "LINFOCITOS"), ("mono", "MONOCITOS"),
                       ("eos", "EOSINOFILOS"), ("baso", "BASOFILOS")):
            specs += [(d + "p", f"{nmx} (%)", "%"), (d + "a", f"{nmx} (/mm3)", "/mm3")]
        it2 = rows_from(ctx, specs, st_ref)
        y = table_flow(cv, it2, cols, dict(sty, colhdr=False), once(y))
        all_rows += rows_of(it2)
    # platelets
    y += 4
    specs = [("plt", hd["plt"], un["plt"]), ("mpv", hd["mpv"], un["mpv"])]
    it3 = rows_from(ctx, specs, st_ref)
    set_flags(it3, fmap)
    y = table_flow(cv, [("sec", "PLAQUETOGRAMA" if idx != 1 else "Série plaquetária")] + it3, cols,
                   dict(sty, colhdr=False), once(y))
    all_rows += rows_of(it3)
    cv.text(45, y, ["Material: sangue total (EDTA). Método: automação em hematologia, com revisão microscópica.",
                    "Amostra: sangue total com EDTA - Contador hematológico automatizado.",
                    "MATERIAL: SANGUE TOTAL EDTA  -  METODO: AUTOMATIZADO"][idx], "heit" if idx != 2 else f, 7)
    y += 18
    cv.line(40, y - 8, W - 40, y - 8, 0.6)

    # biochemistry
    names = [
        {"glu": "Glicose", "urea": "Ureia", "crea": "Creatinina", "ua": "Ácido úrico", "chol": "Colesterol total",
         "hdl": "Colesterol HDL", "ldl": "Colesterol LDL", "vldl": "Colesterol VLDL", "tg": "Triglicerídeos",
         "ast": "TGO (AST)", "alt": "TGP (ALT)", "k": "Potássio", "na": "Sódio"},
        {"glu": "Glicemia de jejum", "urea": "Uréia", "crea": "Creatinina", "ast": "Aspartato aminotransferase",
         "alt": "Alanina aminotransferase", "ggt": "Gama GT", "alp": "Fosfatase alcalina",
         "chol": "Colesterol total", "hdl": "HDL-colesterol", "ldl": "LDL-colesterol", "tg": "Triglicérides",
         "tsh": "TSH ultrassensível", "ferr": "Ferritina"},
        {"glu": "GLICOSE", "urea": "UREIA", "crea": "CREATININA", "ua": "ACIDO URICO", "chol": "COLESTEROL TOTAL",
         "tg": "TRIGLICERIDEOS", "ast": "TGO", "alt": "TGP", "ca": "CALCIO", "k": "POTASSIO", "na": "SODIO",
         "esr": "VHS (1a HORA)"}][idx]
    units = [
        {"glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL", "ua": "mg/dL", "chol": "mg/dL", "hdl": "mg/dL",
         "ldl": "mg/dL", "vldl": "mg/dL", "tg": "mg/dL", "ast": "U/L", "alt": "U/L", "k": "mEq/L", "na": "mEq/L"},
        {"glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alp": "U/L",
         "chol": "mg/dL", "hdl": "mg/dL", "ldl": "mg/dL", "tg": "mg/dL", "tsh": "µUI/mL", "ferr": "ng/mL"},
        {"glu": "mg%", "urea": "mg%", "crea": "mg%", "ua": "mg%", "chol": "mg%", "tg": "mg%", "ast": "UI/L",
         "alt": "UI/L", "ca": "mg%", "k": "mEq/L", "na": "mEq/L", "esr": "mm"}][idx]
    specs = [("sec", ["BIOQUÍMICA", "Bioquímica e hormônios", "BIOQUIMICA"][idx])]
    for k in bio:
        if idx == 1 and k in ("chol", "hdl", "ldl", "tg"):
            lipst = dict(st_ref, lt="Desejável: < {}", gt="Desejável: > {}")
            specs.append((k, names[k], units[k], dict(st=lipst)))
        else:
            specs.append((k, names[k], units[k]))
    it4 = rows_from(ctx, specs, st_ref)
    set_flags(it4, fmap)
    y = table_flow(cv, it4, cols, dict(sty, colhdr=(idx != 0)), once(y))
    all_rows += rows_of(it4)
    y += 6
    notes = ["Valores de referência para adultos. Resultados liberados após conferência técnica.",
             "* Resultado fora do valor de referência. Método glicose: enzimático colorimétrico (GOD-PAP, 37 °C).",
             "OBS: RESULTADOS CONFERIDOS. VALORES DE REFERENCIA PARA ADULTOS."][idx]
    cv.text(45, y, notes, "heit" if idx != 2 else f, 7)
    cv.line(360, 790, 540, 790, 0.5)
    cv.text(450, 800, lab[2].split(":")[1].strip(), f, 7.5, al="c")
    cv.text(W / 2, 822, f"Página 1 de 1  -  Protocolo {pt.reg}", f, 7, al="c")
    pdf = cv.finish(f"Laudo {pt.reg}", lab[0])
    return dict(pdf=pdf, rows=all_rows, pt=pt, ctx=ctx, scan="harsh")

# --------------------------------------------------------------------------------------------
# DF2 - scanned block layout (photocopy)
# --------------------------------------------------------------------------------------------

MAT_MET = {
    "glu": ("Soro (jejum de 8 horas)", "Enzimático colorimétrico (GOD-PAP, 37 °C)"),
    "hba1c": ("Sangue total (EDTA)", "Cromatografia líquida de alta eficiência (HPLC) - certificado NGSP"),
    "urea": ("Soro", "Enzimático UV (urease/GLDH, 37 °C)"),
    "crea": ("Soro", "Jaffé cinético sem desproteinização (37 °C)"),
    "ua": ("Soro", "Enzimático colorimétrico (uricase/POD)"),
    "chol": ("Soro", "Enzimático colorimétrico (CHOD-PAP)"),
    "hdl": ("Soro", "Homogêneo direto (detergente seletivo)"),
    "tg": ("Soro (jejum de 12 horas)", "Enzimático colorimétrico (GPO-PAP)"),
    "ldl": ("Soro", "Calculado pela fórmula de Friedewald (TG < 400 mg/dL)"),
    "tsh": ("Soro", "Quimioluminescência de 3a geração"),
    "ft4": ("Soro", "Quimioluminescência"),
    "vitd": ("Soro", "Quimioluminescência (CLIA)"),
    "b12": ("Soro", "Quimioluminescência"),
    "ferr": ("Soro", "Imunoturbidimetria"),
    "k": ("Soro", "Íon seletivo indireto"),
    "na": ("Soro", "Íon seletivo indireto"),
    "crp": ("Soro", "Imunoturbidimetria (látex)"),
    "ast": ("Soro", "Cinético UV IFCC sem piridoxal (37 °C)"),
    "alt": ("Soro", "Cinético UV IFCC sem piridoxal (37 °C)"),
    "ggt": ("Soro", "Cinético colorimétrico IFCC (37 °C)"),
    "ca": ("Soro", "Colorimétrico (arsenazo III)"),
    "psa": ("Soro", "Eletroquimioluminescência"),
}
BLOCK_NAMES = {
    "glu": "GLICOSE", "hba1c": "HEMOGLOBINA GLICADA (HbA1c)", "urea": "UREIA", "crea": "CREATININA",
    "ua": "ÁCIDO ÚRICO", "chol": "COLESTEROL TOTAL", "hdl": "COLESTEROL HDL", "tg": "TRIGLICÉRIDES",
    "ldl": "COLESTEROL LDL", "tsh": "TSH - HORMÔNIO TIREOESTIMULANTE", "ft4": "T4 LIVRE (TIROXINA LIVRE)",
    "vitd": "25-HIDROXIVITAMINA D", "b12": "VITAMINA B12", "ferr": "FERRITINA", "k": "POTÁSSIO", "na": "SÓDIO",
    "crp": "PROTEÍNA C REATIVA", "ast": "TRANSAMINASE OXALACÉTICA - TGO", "alt": "TRANSAMINASE PIRÚVICA - TGP",
    "ggt": "GAMA GLUTAMIL TRANSFERASE", "ca": "CÁLCIO", "psa": "PSA TOTAL",
}
BLOCK_UNITS = {"glu": "mg/dL", "hba1c": "%", "urea": "mg/dL", "crea": "mg/dL", "ua": "mg/dL", "chol": "mg/dL",
               "hdl": "mg/dL", "tg": "mg/dL", "ldl": "mg/dL", "tsh": "µUI/mL", "ft4": "ng/dL", "vitd": "ng/mL",
               "b12": "pg/mL", "ferr": "ng/mL", "k": "mmol/L", "na": "mmol/L", "crp": "mg/L", "ast": "U/L",
               "alt": "U/L", "ggt": "U/L", "ca": "mg/dL", "psa": "ng/mL"}


def build_df2(idx, rng, name):
    sex = ["F", "M", None][idx]
    pt = make_patient(rng, sex=sex)
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    blocks = [["glu", "hba1c", "urea", "crea", "ua", "chol", "hdl", "tg", "ldl", "tsh", "vitd"],
              ["glu", "urea", "crea", "k", "na", "ast", "alt", "ggt", "ferr", "b12", "tsh"],
              ["glu", "hba1c", "crea", "ua", "chol", "tg", "tsh", "vitd"] + (
                  ["psa"] if pt.sex == "M" else ["ferr"])][idx]
    hemo = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "lymp", "monop", "eosp", "basop", "plt"]
    if idx == 1:
        hemo = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neuta", "lyma", "monoa", "eosa", "basoa",
                "plt"]
    ctx.uv.update({k: "mm3" for k in ("wbc", "plt", "neuta", "lyma", "monoa", "eosa", "basoa")})
    if idx == 2:
        ctx.dec.update(neutp=0, lymp=0, monop=0, eosp=0, basop=0)
    randomize(ctx, hemo + blocks, (3, 5))
    generate(ctx, hemo + blocks + (["ldl"] if "ldl" in blocks else []))

    cv = Canvas(612, 935)  # "ofício"
    cv.new_page()
    W = cv.W
    f, fb, sz, lh = [("helv", "hebo", 8.8, 11.4), ("tiro", "tibo", 9.0, 10.8), ("helv", "hebo", 8.8, 11.4)][idx]
    labn = ["CLÍNICA DE ANÁLISES SANTA RITA", "LABORATÓRIO DR. OSÓRIO PINHEIRO", "UNILAB DIAGNÓSTICOS"][idx]
    cv.text(48, 52, labn, fb, 15)
    cv.text(48, 65, ["Rua Sete de Setembro, 88 - Centro - Garanhuns/PE - CNES 2.345.671",
                     "Praça Getúlio Vargas, 51 - Teófilo Otoni/MG - (33) 3521-4400",
                     "Av. Presidente Vargas, 2.010 - loja 4 - Ji-Paraná/RO"][idx], f, 7.5)
    cv.line(48, 72, W - 48, 72, 1.2)
    y = 88
    cv.text(48, y, "Paciente:", fb, 9)
    cv.text(100, y, pt.name, f, 9)
    cv.text(380, y, "Data da coleta:", fb, 9)
    cv.text(452, y, pt.d(), f, 9)
    y += 12
    cv.text(48, y, "Sexo:", fb, 9)
    cv.text(100, y, pt.sexo, f, 9)
    cv.text(180, y, "Idade:", fb, 9)
    cv.text(212, y, f"{pt.age} anos", f, 9)
    cv.text(380, y, "Pedido n.º:", fb, 9)
    cv.text(452, y, pt.reg, f, 9)
    y += 12
    cv.text(48, y, "Médico:", fb, 9)
    cv.text(100, y, pt.doctor, f, 9)
    y += 8
    cv.line(48, y, W - 48, y, 0.5)
    y += 18
    rows = []

    # hemogram block
    cv.text(48, y, "HEMOGRAMA COMPLETO", fb, sz + 1)
    y += lh
    cv.text(48, y, "Material: Sangue total (EDTA)", f, sz - 0.5)
    y += lh
    cv.text(48, y, "Método: Automatizado (impedância e citometria de fluxo) com revisão de lâmina", f, sz - 0.5)
    y += lh * 1.2
    hn = {"rbc": "Eritrócitos", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "VCM", "mch": "HCM",
          "mchc": "CHCM", "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas",
          "neutp": "Neutrófilos", "lymp": "Linfócitos", "monop": "Monócitos", "eosp": "Eosinófilos",
          "basop": "Basófilos", "neuta": "Neutrófilos", "lyma": "Linfócitos", "monoa": "Monócitos",
          "eosa": "Eosinófilos", "basoa": "Basófilos"}
    hu = {"rbc": "milhões/mm³", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
          "wbc": "/mm³", "plt": "/mm³", "neutp": "%", "lymp": "%", "monop": "%", "eosp": "%", "basop": "%",
          "neuta": "/mm³", "lyma": "/mm³", "monoa": "/mm³", "eosa": "/mm³", "basoa": "/mm³"}
    vrlab = ["Valor de referência:", "VR:", "Ref.:"][idx]
    for k in hemo:
        r = mkrow(ctx, k, hn[k], hu[k], st=dict(sep=" a "))
        if idx == 1:
            r.meta["glue"] = True
        cv.text(60, y, r.name + ":", f, sz)
        cv.text(210, y, r.vtext + ("" if r.meta.get("glue") else " ") + r.unit, f, sz, al="r" if False else "l")
        cv.text(330, y, f"{vrlab} {r.ref} {r.unit}", f, sz - 0.5)
        rows.append(r)
        if idx == 2 and k in ("neutp", "lymp", "monop", "eosp", "basop"):
            ka = k[:-1] + "a"
            ra = mkrow(ctx, ka, hn[k], "/mm³", st=dict(sep=" a "))
            cv.text(150, y, f"({ra.vtext} /mm³)", f, sz - 0.5)
            cv.text(470, y, f"({ra.ref} /mm³)", f, sz - 0.5)
            rows.append(ra)
        y += lh
    y += 4
    cv.line(48, y, W - 48, y, 0.4, dashes="[2 2] 0")
    y += lh * 1.3

    for k in blocks:
        mat, met = MAT_MET[k]
        unit = BLOCK_UNITS[k]
        nm = BLOCK_NAMES[k]
        st = dict(sep=" a ", lt="inferior a {}", gt="superior a {}", unit_in_ref=(idx == 0))
        if k == "tsh" and idx == 1:
            unit = "uUI/ml"
        if k in ("chol", "tg", "ldl"):
            st["lt"] = "Desejável: inferior a {}"
        if k == "hdl":
            st["gt"] = "Desejável: superior a {}"
        if k == "vitd":
            ref = (30.0, 100.0)
        else:
            ref = None
        r = mkrow(ctx, k, nm, unit, st=st, ref=ref)
        if idx == 1:
            r.meta["glue"] = True
        cv.text(48, y, nm, fb, sz)
        y += lh
        if idx == 1:
            cv.text(48, y, f"Material: {mat}", f, sz - 0.5)
            y += lh
            cv.text(48, y, f"Método: {met}", f, sz - 0.5)
        else:
            cv.text(48, y, f"Material: {mat}", f, sz - 0.5)
            cv.text(250, y, f"Método: {met}", f, sz - 0.5)
        y += lh
        vshow = r.vtext + ("" if r.meta.get("glue") else " ") + unit
        cv.text(48, y, "Resultado:", fb, sz)
        cv.text(105, y, vshow, fb, sz)
        reflines = []
        if k == "vitd":
            reflines = ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL",
                        "Suficiência: 30 a 100 ng/mL", "Risco de toxicidade: superior a 100 ng/mL"]
        elif k == "glu" and idx == 2:
            reflines = ["Normal: 70 a 99 mg/dL", "Glicemia de jejum alterada: 100 a 125 mg/dL",
                        "Diabetes: igual ou superior a 126 mg/dL"]
            r.lo, r.hi = 70.0, 99.0
        elif k == "hba1c" and idx == 2:
            reflines = ["Normal: 4,0 a 5,6 %", "Risco aumentado (pré-diabetes): 5,7 a 6,4 %",
                        "Diabetes: igual ou superior a 6,5 %"]
        elif k in ("crea", "ua") and idx == 2:
            a = AN[k]["r"]
            d = AN[k]["d"]
            reflines = [f"Homens: {fmt(a['M'][0], d)} a {fmt(a['M'][1], d)} {unit}",
                        f"Mulheres: {fmt(a['F'][0], d)} a {fmt(a['F'][1], d)} {unit}"]
        if reflines:
            cv.text(250, y, "Valores de referência:", fb, sz - 0.5)
            for i, ln in enumerate(reflines):
                cv.text(250, y + (i + 1) * (lh - 1), ln, f, sz - 0.5)
            y += (len(reflines)) * (lh - 1)
        else:
            cv.text(250, y, f"{vrlab if idx != 0 else 'Valor de referência:'} {r.ref}", f, sz - 0.5)
        rows.append(r)
        y += lh * 1.45
    if y > cv.H - 58:
        raise RuntimeError("DF2 overflow")
    cv.text(48, cv.H - 50, "Laudo conferido e assinado eletronicamente. Os resultados devem ser interpretados pelo "
                           "médico assistente.", "heit", 7)
    cv.text(W - 48, cv.H - 38, ["Dra. Ivone M. Cavalcante - CRF-PE 3.118", "Dr. Osório Pinheiro - CRM-MG 21.904",
                                "Bióloga Tainá R. Lopes - CRBio 44.871/06-D"][idx], f, 8, al="r")
    pdf = cv.finish("Laudo", labn)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx, scan="copy")


# --------------------------------------------------------------------------------------------
# DF3 - Portugal hospital report
# --------------------------------------------------------------------------------------------


def build_df3(idx, rng, name):
    pt = make_patient(rng, pt=True, age=rng.randint(38, 86))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when, lang="pt")
    for k in ("wbc", "neuta", "lyma", "monoa", "eosa", "basoa"):
        ctx.uv[k] = "g9" if k == "wbc" else None
    ctx.uv = {k: v for k, v in ctx.uv.items() if v}
    ctx.refo.update(wbc=(4.0, 11.0), neuta=(1.5, 7.7), lyma=(1.1, 4.5), monoa=(0.2, 0.95), eosa=(0.02, 0.5),
                    basoa=(0.0, 0.2), hb=S((11.8, 15.8), (13.0, 17.0)), plt=(150.0, 400.0))
    if idx == 1:
        ctx.uv.update(glu="mmol", urea="mmol", crea="umol", tbil="umol", ua="umol")
    elif idx == 2:
        ctx.uv.update(crea="umol", tbil="umol", ca="mmol", mg="mmol")
    else:
        ctx.uv.update(ca="mmol", mg="mmol")
    ctx.uv["crp"] = "mgdl"
    hemo = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "neuta", "lymp", "lyma", "monop",
            "monoa", "eosp", "eosa", "basop", "basoa", "plt", "mpv"]
    bio = ["glu", "urea", "crea", "egfr", "ua", "ast", "alt", "ggt", "alp", "tbil", "crp", "chol", "tg"]
    if idx == 2:
        bio = ["glu", "urea", "crea", "egfr", "ast", "alt", "ggt", "tbil", "ldh", "ck", "tp", "alb", "crp"]
    ion = ["na", "k", "cl", "ca", "mg"] if idx != 1 else ["na", "k", "cl", "ca"]
    randomize(ctx, hemo + bio + ion, (4, 7))
    generate(ctx, hemo + bio + ion)

    font = [("dvs", "dvsb"), ("helv", "hebo"), ("dvse", "dvseb")][idx]
    f, fb = font
    sz, lh = [8.2, 8.6, 8.2][idx], [10.8, 11.2, 10.8][idx]
    up, down = ("↑", "↓") if HAS_ARROWS else ("H", "L")
    fmap = [{"H": up, "L": down, "HH": up + up, "LL": down + down}, {"H": "H", "L": "L", "HH": "HH", "LL": "LL"},
            {"H": "*", "L": "*", "HH": "**", "LL": "**"}][idx]
    hosp = ["CENTRO HOSPITALAR UNIVERSITÁRIO DO ALGARVE, E.P.E.", "UNIDADE LOCAL DE SAÚDE DO ALTO MINHO",
            "HOSPITAL DISTRITAL DE SANTARÉM, E.P.E."][idx]
    sec_names = [("Hemograma", "Bioquímica", "Ionograma"), ("HEMOGRAMA", "BIOQUÍMICA", "IONOGRAMA"),
                 ("Hemograma", "Bioquímica", "Ionograma")][idx]
    pn = {"rbc": "Eritrócitos", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "Volume globular médio (VGM)",
          "mch": "Hemoglobina globular média (HGM)", "mchc": "Conc. hemoglobina globular média (CHGM)",
          "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas", "mpv": "Volume plaquetário médio",
          "glu": "Glicose", "urea": "Ureia", "crea": "Creatinina",
          "egfr": "Taxa de filtração glomerular estimada (CKD-EPI)", "ua": "Ácido úrico",
          "ast": "Transaminase glutâmico-oxalacética (AST)", "alt": "Transaminase glutâmico-pirúvica (ALT)",
          "ggt": "Gama-GT", "alp": "Fosfatase alcalina", "tbil": "Bilirrubina total",
          "crp": "Proteína C reactiva", "chol": "Colesterol total", "tg": "Triglicéridos",
          "ldh": "Desidrogenase láctica (LDH)", "ck": "Creatina cinase (CK)", "tp": "Proteínas totais",
          "alb": "Albumina", "na": "Sódio", "k": "Potássio", "cl": "Cloro", "ca": "Cálcio", "mg": "Magnésio"}
    if idx == 1:
        pn.update(mcv="VGM", mch="HGM", mchc="CHGM", ast="AST", alt="ALT", ggt="Gama GT", egfr="TFG estimada")
    pu = {"rbc": "x10^12/L", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
          "wbc": "x10^9/L", "plt": "x10^9/L", "mpv": "fL", "glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL",
          "egfr": "mL/min/1,73m2", "ua": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alp": "U/L",
          "tbil": "mg/dL", "crp": "mg/dL", "chol": "mg/dL", "tg": "mg/dL", "ldh": "U/L", "ck": "U/L",
          "tp": "g/dL", "alb": "g/dL", "na": "mmol/L", "k": "mmol/L", "cl": "mmol/L", "ca": "mmol/L",
          "mg": "mmol/L"}
    for k, uv in ctx.uv.items():
        if uv == "mmol":
            pu[k] = "mmol/L"
        elif uv == "umol":
            pu[k] = "µmol/L"
    st = [dict(sep=" - ", br="[]", lt="[ < {} ]", gt="[ > {} ]"), dict(sep=" - ", lt="< {}", gt="> {}"),
          dict(sep=" – " if HAS_ARROWS else " - ", br="()", lt="(< {})", gt="(> {})")][idx]

    def page(cv):
        cv.new_page()
        W = cv.W
        cv.text(40, 40, hosp, fb, 11)
        cv.text(40, 52, "Serviço de Patologia Clínica  |  Laboratório Central", f, 8)
        cv.text(W - 40, 52, "RELATÓRIO DE ANÁLISES CLÍNICAS", fb, 8.5, al="r")
        cv.line(40, 58, W - 40, 58, 0.8)
        y0 = 71
        cv.text(40, y0, f"Utente: {pt.name}", fb, 8.6)
        cv.text(360, y0, f"N.º Utente SNS: {pt.reg}", f, 8)
        cv.text(40, y0 + 11, f"Data de nascimento: {pt.d(pt.dob, 'pt')}  ({pt.age} anos)", f, 8)
        cv.text(250, y0 + 11, f"Sexo: {pt.sexo}", f, 8)
        cv.text(360, y0 + 11, f"Processo: {pt.reg[::-1][:7]}", f, 8)
        serv = ["Medicina Interna 2", "Consulta Externa de Nefrologia", "Urgência Geral"][idx]
        cv.text(40, y0 + 22, f"Serviço requisitante: {serv}", f, 8)
        cv.text(360, y0 + 22, f"Colheita: {pt.d(style='pt')} {pt.t()}", f, 8)
        cv.line(40, y0 + 28, W - 40, y0 + 28, 0.5)
        return y0 + 46

    cv = Canvas(595, 842)
    diffs = [("neut", "Neutrófilos"), ("lym", "Linfócitos"), ("mono", "Monócitos"), ("eos", "Eosinófilos"),
             ("baso", "Basófilos")]
    items = [("sec", sec_names[0])]
    for k in ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc"]:
        items.append(("row", mkrow(ctx, k, pn[k], pu[k], st=st)))
    pair_rows = []
    for d, nmx in diffs:
        if idx == 0:  # "%" and absolute on one line, only the absolute has a reference
            ra = mkrow(ctx, d + "a", nmx, "x10^9/L", st=st)
            rp = mkrow(ctx, d + "p", nmx, "%", st=st, ref=(None, None))
            ra.meta["pct"] = rp.vtext + " %"
            items.append(("row", ra))
            pair_rows.append(rp)
        elif idx == 1:
            items.append(("row", mkrow(ctx, d + "p", f"{nmx} (%)", "%", st=st)))
            items.append(("row", mkrow(ctx, d + "a", f"{nmx} (abs.)", "x10^9/L", st=st)))
        else:
            ra = mkrow(ctx, d + "a", nmx, "x10^9/L", st=st)
            rp = mkrow(ctx, d + "p", nmx, "%", st=st, ref=(None, None))
            ra.meta["pct"] = f"({rp.vtext} %)"
            items.append(("row", ra))
            pair_rows.append(rp)
    for k in ["plt", "mpv"]:
        items.append(("row", mkrow(ctx, k, pn[k], pu[k], st=st)))
    items.append(("sec", sec_names[1]))
    for k in bio:
        o = {}
        if k == "egfr":
            o["ref"] = (60.0, None)
        if k == "crp" and idx == 1:
            o["comp"] = ("<", 0.05)  # below the limit of quantification
        items.append(("row", mkrow(ctx, k, pn[k], pu[k], st=st, **o)))
    items.append(("sec", sec_names[2]))
    for k in ion:
        items.append(("row", mkrow(ctx, k, pn[k], pu[k], st=st)))
    set_flags(items, fmap)
    for r in pair_rows:
        r.pflag = None
    if idx == 0:
        cols = [("name", 44, "l", "Análise"), ("value", 300, "r", "Resultado"), ("flag", 304, "l", ""),
                ("unit", 318, "l", "Unidades"), ("ref", 392, "l", "Valores de referência"),
                ("m:pct", 555, "r", "Fórmula")]
    elif idx == 1:
        cols = [("name", 44, "l", "Análise"), ("flag", 248, "c", "Ind."), ("value", 300, "r", "Resultado"),
                ("unit", 310, "l", "Unidade"), ("ref", 400, "l", "Intervalo de referência")]
    else:
        cols = [("name", 44, "l", "Parâmetro"), ("vf", 300, "r", "Resultado"), ("unit", 310, "l", "Unidade"),
                ("ref", 392, "l", "Valores de referência"), ("m:pct", 555, "r", "")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 1.2, sec_rule=True, x0=40, x1=555, ymax=cv.H - 80,
               hdr_fill=(0.9, 0.92, 0.95) if idx == 0 else None, row_rule=(idx == 1))
    table_flow(cv, items, cols, sty, page)
    rows = rows_of(items) + pair_rows
    last = len(cv.pages) - 1
    note = {0: f"{up}/{down} Resultado acima/abaixo do intervalo de referência.",
            1: "H/L: resultado superior/inferior ao intervalo de referência.",
            2: "* Resultado fora do intervalo de referência."}[idx]
    cv.text(44, cv.H - 66, note + " TFG estimada pela equação CKD-EPI 2021 (sem coeficiente de raça).", f, 7,
            pno=last)
    val = ["Dra. Maria João Quintela", "Dr. Henrique Salgado", "Dra. Catarina Bragança"][idx]
    cv.text(44, cv.H - 56, f"Validado por: {val} - Especialista em Patologia Clínica "
                           f"(O.M. n.º {rng.randint(30000, 59999)})", f, 7, pno=last)
    page_numbers(cv, "Pág. {i} de {n}", cv.W - 40, cv.H - 30, f, 7.5)
    pdf = cv.finish("Relatório de análises", hosp)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF4 - urinalysis
# --------------------------------------------------------------------------------------------

DIP_POS = ["+", "++", "+++", "Positivo (+)", "Positivo ++"]


def _dip(rng, p_pos=0.2, p_trace=0.1):
    x = rng.random()
    if x < p_pos:
        t = rng.choice(DIP_POS)
        return t, "positive"
    if x < p_pos + p_trace:
        return "Traços", "trace"
    return "Negativo", "negative"


def build_df4(idx, rng, name):
    pt = make_patient(rng, sex=["F", "M", "F"][idx], age=rng.randint(22, 80), pt=(idx == 2))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when, lang="pt" if idx == 2 else "br")
    ctx.refp.update(u_sg=(1.005, 1.030), u_ph=(5.0, 8.0))
    infected = idx != 1
    if infected:
        ctx.status.update(u_wbc_hpf="H", u_wbc_ml="H")
    if rng.random() < 0.5:
        ctx.status.update(u_rbc_hpf="H", u_rbc_ml="H")
    keys = ["u_sg", "u_ph", "u_wbc_hpf", "u_rbc_hpf", "u_wbc_ml", "u_rbc_ml"]
    if idx == 2:
        keys.append("u_acr")
        ctx.status["u_alb"] = rng.choice(["N", "H"])
    generate(ctx, keys)
    rows = []
    cv = Canvas(595, 842)
    cv.new_page()
    W = cv.W
    f, fb = [("helv", "hebo"), ("dvc", "dvcb"), ("tiro", "tibo")][idx]
    sz, lh = 9.0, 12.4
    lab = ["LABORATÓRIO PASTEUR - Análises Clínicas", "CENTRO DIAGNÓSTICO VITÓRIA",
           "CLÍNICA LABORATORIAL DO RESTELO"][idx]
    cv.text(W / 2, 46, lab, fb, 13, al="c")
    cv.text(W / 2, 58, ["Rua Marechal Deodoro, 301 - Santa Maria/RS", "Av. Jerônimo Monteiro, 1.000 - Vitória/ES",
                        "Rua Duarte Pacheco Pereira, 12 - 1400-139 Lisboa - Análises Clínicas"][idx], f, 7.5, al="c")
    cv.line(40, 64, W - 40, 64, 0.8)
    dst = "pt" if idx == 2 else "br"
    cv.text(42, 80, f"{'Utente' if idx == 2 else 'Nome'}: {pt.name}", fb, 9)
    cv.text(42, 92, f"Sexo: {pt.sexo}   Idade: {pt.age} anos   Data de nascimento: {pt.d(pt.dob, dst)}", f, 8.5)
    cv.text(380, 80, f"{'Colheita' if idx == 2 else 'Coleta'}: {pt.d(style=dst)} {pt.t()}", f, 8.5)
    cv.text(380, 92, f"Requisição: {pt.reg}", f, 8.5)
    cv.line(40, 99, W - 40, 99, 0.5)
    title = ["EAS - ELEMENTOS ANORMAIS E SEDIMENTOSCOPIA", "URINA TIPO I", "SUMÁRIA DE URINA (URINA TIPO II)"][idx]
    cv.text(W / 2, 118, title, fb, 11, al="c")
    cv.text(42, 134, ["Material: Urina (jato médio, primeira micção)",
                      "Material: urina recente - Método: tira reagente (leitura automatizada) e citometria de fluxo",
                      "Amostra: urina ocasional (2.ª urina da manhã)  -  Método: tira reativa e microscopia do "
                      "sedimento"][idx], "heit" if idx != 2 else "tiit", 8)
    y = 152
    xn, xv, xr = 50, 250, 400

    def line(nm, val, ref="", fl=None, x_v=None):
        nonlocal y
        cv.text(xn, y, nm, f, sz)
        cv.text(x_v or xv, y, val + (f"  {fl}" if fl else ""), f, sz)
        cv.text(xr, y, ref, f, sz - 0.5)
        y += lh

    def sec(t):
        nonlocal y
        y += 4
        cv.text(42, y, t, fb, sz + 0.5)
        cv.line(42, y + 3, W - 42, y + 3, 0.3)
        y += lh * 1.2

    sec(["EXAME FÍSICO", "Caracteres gerais", "Exame físico-químico"][idx])
    cv.text(xr, y - lh * 1.2, ["Valores de referência", "Referência", "Valores de referência"][idx], fb, sz - 0.5)
    line("Cor", rng.choice(["Amarelo citrino", "Amarelo claro", "Amarelo escuro"]), "Amarelo citrino")
    line("Aspecto", rng.choice(["Límpido", "Ligeiramente turvo", "Turvo"]), "Límpido")
    sg = ctx.pv("u_sg")
    sg_txt = fmt(sg, 3, "") if idx != 0 else f"{sg:.3f}"  # EAS prints "1.020" with a dot
    ref_sg = "1.005 a 1.030" if idx == 0 else "1,005 a 1,030"
    r = Row("u_sg", AN["u_sg"]["l"], "Densidade", sg, sg_txt, sg_txt, None, 1.005, 1.030, "N", ref=ref_sg)
    line(r.name, r.vtext, r.ref)
    rows.append(r)
    phn = "pH"
    r = mkrow(ctx, "u_ph", phn, None, st=dict(sep=" a "))
    line(phn, r.vtext, r.ref)
    rows.append(r)

    sec(["EXAME QUÍMICO", "Análise química (tira reagente)", "Exame químico (tira reativa)"][idx])
    pprob = 0.35 if infected else 0.12
    dips = [("u_prot", ["Proteínas", "Proteínas", "Proteínas"][idx]), ("u_glu", "Glicose"),
            ("u_ket", ["Corpos cetônicos", "Cetonas", "Corpos cetónicos"][idx]),
            ("u_blood", ["Hemoglobina", "Sangue", "Sangue (hemoglobina)"][idx]), ("u_bil", "Bilirrubina"),
            ("u_ubg", ["Urobilinogênio", "Urobilinogênio", "Urobilinogénio"][idx]), ("u_nit", "Nitrito"),
            ("u_le", ["Esterase leucocitária", "Leucócitos (esterase)", "Leucócitos"][idx])]
    for k, nm in dips:
        if k == "u_ubg":
            if idx == 1:
                r = Row("u_ubg", QL["u_ubg"], nm, 0.2, "0,2 mg/dL", "0,2", "mg/dL", None, 1.0, "N",
                        ref="até 1,0 mg/dL")
                line(nm, r.vtext, r.ref)
            else:
                r = qrow(k, nm, "Normal", "normal", ref="Normal")
                line(nm, r.vtext, r.ref)
            rows.append(r)
            continue
        if k == "u_prot" and idx == 1:
            # numeric strip value, reference only "Negativo" -> ref None, flag N
            val = rng.choice([15, 30])
            r = Row("u_prot_strip", AN["u_prot_strip"]["l"], nm, float(val), f"{val} mg/dL", str(val), "mg/dL",
                    None, None, "N", ref="Negativo")
            r.pflag = "*"
            line(nm, r.vtext, r.ref, fl=r.pflag)
            rows.append(r)
            continue
        p = pprob if k in ("u_le", "u_nit", "u_blood") else 0.08
        if k == "u_le" and infected:
            txt, mean = rng.choice(DIP_POS), "positive"
        elif k == "u_nit" and infected and idx == 0:
            txt, mean = "Positivo", "positive"
        elif k == "u_nit":
            txt, mean = ("Positivo", "positive") if rng.random() < p else ("Negativo", "negative")
        else:
            txt, mean = _dip(rng, p, 0.08)
        pfl = "*" if (idx == 1 and mean != "negative") else None
        r = qrow(k, nm, txt, mean, ref="Negativo", pflag=pfl)
        line(nm, txt, r.ref, fl=pfl)
        rows.append(r)

    sec(["SEDIMENTOSCOPIA", "Sedimento urinário (citometria / microscopia)",
         "Exame microscópico do sedimento"][idx])
    if idx == 0:
        sed_u = "/campo"
        ka, kb = "u_wbc_hpf", "u_rbc_hpf"
        st = dict(lt="até {}" + " /campo")
    elif idx == 1:
        sed_u = "/mL"
        ka, kb = "u_wbc_ml", "u_rbc_ml"
        st = dict(lt="até {} /mL")
    else:
        sed_u = "p/c"
        ka, kb = "u_wbc_hpf", "u_rbc_hpf"
        st = dict(lt="< {} p/c")
    r1 = mkrow(ctx, ka, ["Leucócitos", "Leucócitos", "Leucócitos"][idx], sed_u, st=st)
    r2 = mkrow(ctx, kb, ["Hemácias", "Hemácias", "Eritrócitos"][idx], sed_u, st=st)
    for r in (r1, r2):
        r.pflag = "*" if (idx == 1 and r.flag != "N") else None
        line(r.name, f"{r.vtext} {sed_u}", r.ref, fl=r.pflag)
        rows.append(r)
    sed = [("u_epi", "Células epiteliais", rng.choice([("Raras", "rare"), ("Algumas", "present"),
                                                        ("Ausentes", "absent")])),
           ("u_cast", "Cilindros", ("Ausentes", "absent")),
           ("u_cryst", "Cristais", rng.choice([("Ausentes", "absent"), ("Raros", "rare")])),
           ("u_bact", ["Bactérias", "Bacteriúria", "Flora bacteriana"][idx],
            ("Numerosas", "present") if infected else rng.choice([("Raras", "rare"), ("Ausentes", "absent")])),
           ("u_mucus", "Filamentos de muco", rng.choice([("Presentes", "present"), ("Ausentes", "absent"),
                                                          ("Raros", "rare")]))]
    if idx == 2:
        sed[1] = ("u_hcast", "Cilindros hialinos", ("Raros", "rare"))
        sed[2] = ("u_oxal", "Cristais de oxalato de cálcio", rng.choice([("Raros", "rare"), ("Ausentes", "absent")]))
    for k, nm, (txt, mean) in sed:
        pfl = "*" if (idx == 1 and mean in ("present",) and k in ("u_bact",)) else None
        refx = "Ausentes" if k not in ("u_epi", "u_mucus") else ""
        r = qrow(k, nm, txt, mean, ref=refx, pflag=pfl)
        line(nm, txt, refx, fl=pfl)
        rows.append(r)
    if idx == 1:
        y += 2
        cv.text(xn, y, "* Resultado alterado.  Urobilinogênio e proteínas: leitura semiquantitativa da tira.",
                "heit" if f == "helv" else f, 7.5)
        y += lh
    if idx == 2:
        sec("MICROALBUMINÚRIA (amostra ocasional)")
        cv.text(xn, y - 2, "Método: imunoturbidimetria (albumina) e Jaffé cinético (creatinina)", "tiit", 8)
        y += lh
        ra = mkrow(ctx, "u_alb", "Albumina urinária", "mg/L", ref=(None, None))
        rc = mkrow(ctx, "u_crea", "Creatinina urinária", "mg/dL", ref=(None, None))
        rr = mkrow(ctx, "u_acr", "Relação albumina/creatinina", "mg/g", st=dict(lt="inferior a {} mg/g"))
        line(ra.name, f"{ra.vtext} mg/L", "-")
        line(rc.name, f"{rc.vtext} mg/dL", "-")
        line(rr.name, f"{rr.vtext} mg/g", rr.ref)
        cv.text(xn, y + 2, "Interpretação (KDIGO): A1 < 30 mg/g; A2 30 a 300 mg/g; A3 > 300 mg/g.", "tiit", 7.5)
        rows += [ra, rc, rr]
        y += lh
    cv.line(360, 780, 540, 780, 0.5)
    cv.text(450, 791, ["Farm.-Bioq. Rui B. Schneider - CRF-RS 6.410", "Biomédica Joana D. Lacerda - CRBM 11.820",
                       "Dra. Helena Cabral - Especialista em Análises Clínicas (O.F. n.º 11204)"][idx], f, 7.5,
            al="c")
    pdf = cv.finish("Urinálise", lab)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)

# --------------------------------------------------------------------------------------------
# Common page header for table reports
# --------------------------------------------------------------------------------------------


def std_page(lab, sub, fields, f, fb, *, title=None, band=None, x0=40, lab_sz=13, sub_sz=7.5, center=False):
    """fields: list of rows, each a list of (label, value) pairs laid out on a grid."""

    def page(cv):
        cv.new_page()
        W = cv.W
        y = 44
        if band:
            cv.rect(0, 0, W, 26, fill=band)
        if center:
            cv.text(W / 2, y, lab, fb, lab_sz, al="c")
            for i, s in enumerate(sub):
                cv.text(W / 2, y + 11 + i * 9, s, f, sub_sz, al="c")
        else:
            cv.text(x0, y, lab, fb, lab_sz)
            for i, s in enumerate(sub):
                cv.text(x0, y + 11 + i * 9, s, f, sub_sz)
        y += 11 + 9 * len(sub)
        cv.line(x0, y - 2, W - x0, y - 2, 0.9)
        y += 11
        ncol = max(len(r) for r in fields)
        share = {1: [1.0], 2: [0.55, 0.45], 3: [0.44, 0.32, 0.24]}[ncol]
        for row in fields:
            for j, (lb, val) in enumerate(row):
                x = x0 + sum(share[:j]) * (W - 2 * x0)
                w = cv.text(x, y, lb + (": " if lb else ""), fb, 8)
                cv.text(x + w, y, val, f, 8)
            y += 11
        cv.line(x0, y - 5, W - x0, y - 5, 0.5)
        y += 8
        if title:
            cv.text(W / 2, y + 2, title, fb, 10.5, al="c")
            y += 18
        return y + 6

    return page


def signature(cv, x, y, who, reg, f="helv", pno=None, sz=7.5):
    cv.line(x - 90, y, x + 90, y, 0.5, pno=pno)
    cv.text(x, y + 10, who, f, sz, al="c", pno=pno)
    cv.text(x, y + 19, reg, f, sz - 0.5, al="c", pno=pno)


# --------------------------------------------------------------------------------------------
# DF5 - coagulation
# --------------------------------------------------------------------------------------------


def build_df5(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(45, 84) if idx else rng.randint(28, 70))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update({k: "mm3" for k in ("wbc", "plt", "neuta", "lyma", "monoa", "eosa", "basoa")})
    hemo = HEMO_KEYS
    if idx == 0:
        chem = ["glu", "urea", "crea", "egfr", "na", "k"]
        coag = ["pt_s", "pt_act", "inr", "aptt_s", "aptt_r", "fib", "tt", "ddim"]
    elif idx == 1:
        chem = ["crea", "egfr", "ast", "alt", "ggt", "alb", "tbil"]
        coag = ["pt_s", "pt_act", "inr", "aptt_s", "aptt_r", "fib"]
        ctx.status["inr"] = rng.choice(["T", "H"])
        ctx.on_warfarin = True
        hemo = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "neuta", "lymp", "lyma", "plt"]
    else:
        chem = ["crea", "urea", "egfr", "na", "k", "ldh"]
        coag = ["pt_s", "pt_act", "inr", "aptt_s", "aptt_r", "fib", "tt", "ddim"]
        ctx.status.update(aptt_s="HH", tt="H", ddim="H", plt="L")
        ctx.allow_crit.add("aptt_s")
    randomize(ctx, hemo + chem + ["fib", "ddim"], (2, 4), skip=("plt",) if idx == 2 else ())
    generate(ctx, hemo + chem + coag)
    mnpt, isi = ctx.meta_coag["mnpt"], ctx.meta_coag["isi"]
    actl = ctx.meta_aptt["ctl"]

    f, fb = [("helv", "hebo"), ("dvse", "dvseb"), ("dvc", "dvcb")][idx]
    sz, lh = [8.4, 8.2, 8.2][idx], [11.0, 11.2, 10.8][idx]
    fmap = [{}, {"H": "Alto", "L": "Baixo", "HH": "Crítico", "LL": "Crítico"},
            {"H": "ALTERADO", "L": "ALTERADO", "HH": "CRÍTICO", "LL": "CRÍTICO"}][idx]
    lab = ["SANTA CASA DE MISERICÓRDIA DE MARÍLIA", "CLÍNICA DE ANTICOAGULAÇÃO - LABORATÓRIO HEMOLAB",
           "HOSPITAL REGIONAL DO VALE DO JURUÁ"][idx]
    sub = [["Laboratório de Análises Clínicas - Rua Dr. Próspero, 510 - Marília/SP",
            "Responsável técnico: Dr. Orlando Pacheco - CRF-SP 22.731"],
           ["Av. Duque de Caxias, 1.345 - Londrina/PR  -  Fone (43) 3322-1090"],
           ["Serviço de Patologia Clínica - Unidade de Terapia Intensiva", "Cruzeiro do Sul/AC"]][idx]
    fields = [[("Paciente", pt.name), ("Prontuário", pt.reg[:7])],
              [("Sexo", pt.sexo), ("Idade", f"{pt.age} anos")],
              [("Data da coleta", f"{pt.d()} {pt.t()}"), ("Solicitante", pt.doctor)]]
    if idx == 1:
        fields.append([("Medicação em uso", f"Varfarina sódica {rng.choice([2.5, 5, 7.5])} mg/dia".replace(".", ",")),
                       ("Indicação", rng.choice(["Fibrilação atrial", "Prótese valvar mecânica", "TVP prévia"]))])
    if idx == 2:
        fields.append([("Setor", "UTI adulto - leito 07"), ("Heparina não fracionada", "infusão contínua")])
    page = std_page(lab, sub, fields, f, fb, title=["EXAMES PRÉ-OPERATÓRIOS", "CONTROLE DE ANTICOAGULAÇÃO ORAL",
                                                       "COAGULOGRAMA E EXAMES DE ROTINA - UTI"][idx])
    st = dict(sep=" a ", lt="inferior a {}", gt="superior a {}")
    items = []
    hn = {"rbc": "Hemácias", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "VCM", "mch": "HCM",
          "mchc": "CHCM", "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas", "mpv": "VPM",
          "neutp": "Neutrófilos %", "neuta": "Neutrófilos", "lymp": "Linfócitos %", "lyma": "Linfócitos",
          "monop": "Monócitos %", "monoa": "Monócitos", "eosp": "Eosinófilos %", "eosa": "Eosinófilos",
          "basop": "Basófilos %", "basoa": "Basófilos"}
    hu = {"rbc": "milhões/mm³", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
          "wbc": "/mm³", "plt": "/mm³", "mpv": "fL"}
    for d in ("neut", "lym", "mono", "eos", "baso"):
        hu[d + "p"], hu[d + "a"] = "%", "/mm³"
    cn = {"glu": "Glicose", "urea": "Ureia", "crea": "Creatinina", "egfr": "TFG estimada (CKD-EPI 2021)",
          "na": "Sódio", "k": "Potássio", "ast": "AST (TGO)", "alt": "ALT (TGP)", "ggt": "Gama-GT",
          "alb": "Albumina", "tbil": "Bilirrubina total", "ldh": "Desidrogenase láctica (LDH)"}
    cu = {"glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL", "egfr": "mL/min/1,73m²", "na": "mEq/L", "k": "mEq/L",
          "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alb": "g/dL", "tbil": "mg/dL", "ldh": "U/L"}

    def coag_items():
        out = [("sec", "COAGULOGRAMA")]
        if idx == 1:
            out.append(("sub", f"Tempo de protrombina - tromboplastina recombinante, ISI {fmt(isi, 2)}; "
                               f"TTPA - ácido elágico"))
            r = mkrow(ctx, "pt_s", "Tempo de protrombina", "segundos", st=st, ctl=fmt(mnpt, 1))
            out.append(("row", r))
            r = mkrow(ctx, "pt_act", "Atividade de protrombina", "%", st=st, ctl="100")
            out.append(("row", r))
            r = mkrow(ctx, "inr", "RNI (INR)", None, st=st, ref=(2.0, 3.0), ctl="-",
                      reftext="Não anticoagulados: 0,80 a 1,20\nAnticoagulação oral: 2,00 a 3,00")
            out.append(("row", r))
            r = mkrow(ctx, "aptt_s", "TTPA", "segundos", st=st, ctl=fmt(actl, 1))
            out.append(("row", r))
            r = mkrow(ctx, "aptt_r", "TTPA - relação paciente/controle", None, st=st, ctl="-")
            out.append(("row", r))
            r = mkrow(ctx, "fib", "Fibrinogênio (Clauss)", "mg/dL", st=st, ctl="-")
            out.append(("row", r))
            return out
        out.append(("sub", f"Tempo de protrombina (TP) - Método: coagulométrico, tromboplastina ISI {fmt(isi, 2)}"))
        out.append(("row", mkrow(ctx, "pt_s", "Tempo de protrombina", "segundos", st=st)))
        out.append(("note", f"Tempo do controle normal do dia: {fmt(mnpt, 1)} segundos"))
        out.append(("row", mkrow(ctx, "pt_act", "Atividade de protrombina", "%", st=st)))
        out.append(("row", mkrow(ctx, "inr", "RNI", None, st=st)))
        out.append(("sub", "Tempo de tromboplastina parcial ativada (TTPA) - Método: coagulométrico (37 °C)"))
        out.append(("row", mkrow(ctx, "aptt_s", "TTPA - tempo do paciente", "segundos", st=st)))
        out.append(("note", f"Tempo do controle (pool de plasmas normais): {fmt(actl, 1)} segundos"))
        out.append(("row", mkrow(ctx, "aptt_r", "Relação paciente/controle", None, st=st)))
        if idx == 2 and ctx.V["aptt_s"] > 150:
            hh = pt.t(95)
            out.append(("note", f"VALOR CRÍTICO - Resultado comunicado ao enf. Jardel M. Castro (UTI adulto) em "
                                f"{pt.d()} às {hh} por Dra. Sueli Brito.", fb, sz - 0.5))
        out.append(("row", mkrow(ctx, "fib", "Fibrinogênio", "mg/dL", st=st)))
        out.append(("row", mkrow(ctx, "tt", "Tempo de trombina", "segundos", st=st)))
        out.append(("row", mkrow(ctx, "ddim", "D-dímero", "ng/mL FEU", st=dict(st, lt="inferior a {} ng/mL FEU"))))
        out.append(("note", "D-dímero: valor preditivo negativo para TEV quando inferior a 500 ng/mL FEU."))
        return out

    hemo_items = [("sec", "HEMOGRAMA")] + rows_from(ctx, [(k, hn[k], hu[k]) for k in hemo], st)
    chem_items = [("sec", "BIOQUÍMICA")] + rows_from(ctx, [(k, cn[k], cu[k], {"ref": (60.0, None)} if k == "egfr"
                                                           else {}) for k in chem], st)
    items = (coag_items() + hemo_items + chem_items) if idx else (hemo_items + coag_items() + chem_items)
    set_flags(items, fmap)
    cv = Canvas(595, 842)
    if idx == 1:
        cols = [("name", 42, "l", "Exame"), ("value", 240, "r", "Paciente"), ("flag", 245, "l", ""),
                ("m:ctl", 305, "r", "Controle"), ("unit", 315, "l", "Unidade"),
                ("ref", 392, "l", "Valores de referência")]
    elif idx == 0:
        cols = [("name", 42, "l", "Exame"), ("value", 270, "r", "Resultado"), ("unit", 282, "l", "Unidade"),
                ("ref", 372, "l", "Valores de referência")]
    else:
        cols = [("name", 42, "l", "Exame"), ("value", 250, "r", "Resultado"), ("unit", 260, "l", "Unidade"),
                ("ref", 340, "l", "Referência"), ("flag", 553, "r", "Obs.")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 1, sec_rule=True, bold_abn=(idx == 0), ymax=cv.H - 75,
               subf=f, sub_indent=0, note_x=60)
    table_flow(cv, items, cols, sty, page)
    last = len(cv.pages) - 1
    signature(cv, 460, cv.H - 70, ["Dr. Orlando Pacheco", "Dra. Regina Sakamoto", "Dra. Sueli Brito"][idx],
              ["CRF-SP 22.731", "CRBM 8.044", "CRM-AC 1.207"][idx], f, pno=last)
    page_numbers(cv, "Página {i} de {n}", cv.W - 40, cv.H - 25, f)
    pdf = cv.finish("Coagulograma", lab)
    return dict(pdf=pdf, rows=rows_of(items), pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF6 - hormones (applicable interval from phase / sex / age / collection time)
# --------------------------------------------------------------------------------------------


def _tab(lines):
    return "\n".join(lines)


def build_df6(idx, rng, name):
    if idx == 0:
        pt = make_patient(rng, sex="F", age=rng.randint(24, 39), hour=7)
        phase, cort = "lut", "manha"
    elif idx == 1:
        pt = make_patient(rng, sex="F", age=rng.randint(54, 68), hour=16)
        phase, cort = "meno", "tarde"
    else:
        pt = make_patient(rng, sex="M", age=rng.randint(33, 64), hour=8)
        phase, cort = None, "manha"
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.phase, ctx.cort = phase, cort
    keys = ["tsh", "ft4", "t3", "atpo", "prl", "lh", "fsh", "e2", "prog", "testo", "shbg", "dheas", "cort", "vitd",
            "ins", "pth", "glu", "hba1c", "ferr", "b12", "ca", "alb", "phos", "mg", "ft3"]
    if idx == 2:
        keys.remove("prog")
        keys.append("psa")
    if idx == 1:
        keys.remove("ft3")
    randomize(ctx, keys, (3, 6))
    generate(ctx, keys)

    f, fb = [("dvs", "dvsb"), ("tiro", "tibo"), ("dvc", "dvcb")][idx]
    sz, lh = [7.9, 8.6, 8.6][idx], [10.2, 10.8, 10.8][idx]
    fmap = [{"H": "↑" if HAS_ARROWS else "H", "L": "↓" if HAS_ARROWS else "L"}, {"H": "H", "L": "L"},
            {"H": "Alto", "L": "Baixo"}][idx]
    lab = ["ENDOCRINOLAB Medicina Diagnóstica", "Laboratório Hormonal Prof. Aristides Veloso",
           "LABORATÓRIO CENTRAL DE HORMÔNIOS - LACEH"][idx]
    sub = [["Unidade Savassi - Rua Pernambuco, 1.002 - Belo Horizonte/MG"],
           ["Rua Barão de Jaguara, 455 - Campinas/SP - CRM 71.220"], ["Av. Sete de Setembro, 3.400 - Salvador/BA"]][idx]
    dum = pt.when - timedelta(days=20)
    if idx == 0:
        clin = [("Fase do ciclo", "lútea (21º dia)"), ("DUM", pt.d(dum))]
    elif idx == 1:
        clin = [("Informação clínica", "pós-menopausa há 6 anos, sem terapia hormonal"), ("", "")]
    else:
        clin = [("Informação clínica", "investigação de hipogonadismo"), ("", "")]
    fields = [[("Paciente", pt.name), ("Sexo", pt.sexo)],
              [("Idade", f"{pt.age} anos"), ("Data de nascimento", pt.d(pt.dob))],
              [("Data da coleta", pt.d()), ("Horário da coleta", pt.t())], clin]
    page = std_page(lab, sub, fields, f, fb, title="ENDOCRINOLOGIA E METABOLISMO")
    d = lambda k: max(AN[k]["d"], 0)  # noqa: E731

    def ph_lines(T, k, unit):
        labels = [("fol", "Fase folicular"), ("ovu", "Pico ovulatório"), ("lut", "Fase lútea"),
                  ("meno", "Pós-menopausa"), ("M", "Homens")]
        out = []
        for key, lb in labels:
            lo, hi = T[key]
            if lo is None:
                out.append(f"{lb}: inferior a {fmt(hi, d(k))}")
            else:
                out.append(f"{lb}: {fmt(lo, d(k))} a {fmt(hi, d(k))}")
        return _tab(out)

    def sex_lines(k, unit=""):
        a = AN[k]["r"]
        u = f" {unit}" if unit else ""
        return _tab([f"Mulheres: {fmt(a['F'][0], d(k))} a {fmt(a['F'][1], d(k))}{u}",
                     f"Homens: {fmt(a['M'][0], d(k))} a {fmt(a['M'][1], d(k))}{u}"])

    def dheas_lines():
        col = 2 if pt.sex == "F" else 3
        out = ["Mulheres:" if pt.sex == "F" else "Homens:"]
        for row in DHEAS_T:
            a0, a1 = row[0], row[1]
            lo, hi = row[col]
            lab_age = f"{a0} a {a1} anos" if a1 < 100 else f"{a0} anos ou mais"
            out.append(f"  {lab_age}: {fmt(lo, 1)} a {fmt(hi, 1)}")
        return _tab(out)

    names = {
        "tsh": ["TSH (tireotrofina)", "Hormônio tireoestimulante - TSH", "TSH ULTRASSENSÍVEL"],
        "ft4": ["T4 livre", "Tiroxina livre (T4L)", "T4 LIVRE"],
        "t3": ["T3 total", "Triiodotironina (T3)", "T3 TOTAL"],
        "ft3": ["T3 livre", "Triiodotironina livre", "T3 LIVRE"],
        "atpo": [["Anticorpos antitireoperoxidase", "(anti-TPO)"], "Anti-TPO", "ANTI-TPO"],
        "prl": ["Prolactina", "Prolactina", "PROLACTINA"],
        "lh": ["LH (hormônio luteinizante)", "Hormônio luteinizante - LH", "LH"],
        "fsh": ["FSH (hormônio folículo-estimulante)", "Hormônio folículo estimulante - FSH", "FSH"],
        "e2": ["Estradiol", "Estradiol (E2)", "ESTRADIOL"],
        "prog": ["Progesterona", "Progesterona", "PROGESTERONA"],
        "testo": ["Testosterona total", "Testosterona total", "TESTOSTERONA TOTAL"],
        "shbg": ["SHBG", ["Globulina ligadora de hormônios", "sexuais (SHBG)"], "SHBG"],
        "dheas": ["Sulfato de deidroepiandrosterona (SDHEA)", "DHEA-S", "SDHEA"],
        "cort": ["Cortisol", "Cortisol basal", "CORTISOL"],
        "vitd": ["25-hidroxivitamina D", "Vitamina D (25-OH)", "25 OH VITAMINA D"],
        "ins": ["Insulina (jejum)", "Insulina basal", "INSULINA"],
        "pth": ["PTH intacto", "Paratormônio (PTH molécula intacta)", "PARATORMÔNIO"],
        "glu": ["Glicose", "Glicemia", "GLICOSE"],
        "hba1c": ["Hemoglobina glicada (HbA1c)", "HbA1c", "HEMOGLOBINA GLICADA"],
        "ferr": ["Ferritina", "Ferritina", "FERRITINA"],
        "b12": ["Vitamina B12", "Cianocobalamina (vitamina B12)", "VITAMINA B12"],
        "ca": ["Cálcio total", "Cálcio", "CÁLCIO"],
        "alb": ["Albumina", "Albumina", "ALBUMINA"],
        "phos": ["Fósforo", "Fósforo inorgânico", "FÓSFORO"],
        "mg": ["Magnésio", "Magnésio", "MAGNÉSIO"],
        "psa": ["PSA total", "Antígeno prostático específico total", "PSA TOTAL"],
    }
    units = {"tsh": ["µUI/mL", "mUI/L", "uUI/mL"], "ft4": "ng/dL", "t3": "ng/dL", "ft3": "pg/mL", "atpo": "UI/mL",
             "prl": "ng/mL", "lh": "mUI/mL", "fsh": "mUI/mL", "e2": "pg/mL", "prog": "ng/mL", "testo": "ng/dL",
             "shbg": "nmol/L", "dheas": "µg/dL", "cort": "µg/dL", "vitd": "ng/mL", "ins": ["µUI/mL", "µUI/mL",
                                                                                          "uUI/mL"],
             "pth": "pg/mL", "glu": "mg/dL", "hba1c": "%", "ferr": "ng/mL", "b12": "pg/mL", "ca": "mg/dL",
             "alb": "g/dL", "phos": "mg/dL", "mg": "mg/dL", "psa": "ng/mL"}
    st = dict(sep=" a ", lt="inferior a {}", gt="superior a {}")
    specs = []
    groups = [("TIREOIDE", ["tsh", "ft4", "t3", "ft3", "atpo"]),
              ("EIXO GONADAL", ["lh", "fsh", "e2", "prog", "testo", "shbg", "prl"]),
              ("ADRENAL", ["cort", "dheas"]),
              ("METABOLISMO", ["glu", "ins", "hba1c", "vitd", "pth", "ca", "phos", "mg", "alb", "ferr", "b12", "psa"])]
    for title, ks in groups:
        ks = [k for k in ks if k in keys]
        specs.append(("sec", title))
        for k in ks:
            nm = names[k][idx]
            u = units[k][idx] if isinstance(units[k], list) else units[k]
            o = {}
            if k in ("lh", "fsh", "e2", "prog"):
                o["reftext"] = ph_lines({"lh": LH_T, "fsh": FSH_T, "e2": E2_T, "prog": PROG_T}[k], k, u)
            elif k in ("prl", "testo", "shbg", "ferr"):
                o["reftext"] = sex_lines(k)
            elif k == "dheas":
                o["reftext"] = dheas_lines()
            elif k == "cort":
                o["reftext"] = _tab(["Manhã (7 às 10 h): 6,2 a 19,4", "Tarde (16 às 20 h): 2,3 a 11,9"])
            elif k == "vitd":
                o["reftext"] = _tab(["Deficiência: inferior a 20", "Insuficiência: 20 a 29",
                                     "Suficiência: 30 a 100", "Toxicidade: superior a 100"])
            elif k == "hba1c":
                o["reftext"] = _tab(["Normal: 4,0 a 5,6", "Pré-diabetes: 5,7 a 6,4", "Diabetes: 6,5 ou mais"])
            elif k == "glu":
                o["reftext"] = "70 a 99 (jejum)"
            if k == "e2" and idx == 1:
                o["comp"] = ("<", 11.8)
            if k == "atpo" and idx == 2:
                o["comp"] = ("<", 9.0)
                o["st"] = {"comp_words": True}
            specs.append((k, nm, u, o))
    items = rows_from(ctx, specs, st)
    set_flags(items, fmap)
    cv = Canvas(595, 842)
    if idx == 0:
        cols = [("name", 42, "l", "Exame"), ("value", 290, "r", "Resultado"), ("flag", 294, "l", ""),
                ("unit", 308, "l", "Unidade"), ("ref", 375, "l", "Valores de referência")]
    elif idx == 1:
        cols = [("name", 42, "l", "Exame"), ("vf", 285, "r", "Resultado"), ("unit", 296, "l", "Unidade"),
                ("ref", 362, "l", "Intervalos de referência")]
    else:
        cols = [("name", 42, "l", "EXAME"), ("ref", 170, "l", "REFERÊNCIA"), ("value", 430, "r", "RESULTADO"),
                ("unit", 438, "l", "UNIDADE"), ("flag", 553, "r", "")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 0.8, sec_rule=True, ymax=cv.H - 70, row_rule=(idx != 1),
               hdr_fill=(0.88, 0.9, 0.86) if idx == 2 else None)
    table_flow(cv, items, cols, sty, page)
    last = len(cv.pages) - 1
    cv.text(42, cv.H - 58, "Métodos: imunoensaios por quimioluminescência; glicose: hexoquinase; HbA1c: HPLC.",
            "heit", 7, pno=last)
    signature(cv, 470, cv.H - 48, ["Dra. Beatriz Lins Farias", "Dr. Aristides Veloso", "Dr. Rômulo A. Pires"][idx],
              ["CRM-MG 38.114 - Endocrinologia", "CRM-SP 71.220", "CRF-BA 5.902"][idx], f, pno=last)
    page_numbers(cv, "Pág. {i}/{n}", 42, cv.H - 20, f, al="l")
    pdf = cv.finish("Hormônios", lab)
    return dict(pdf=pdf, rows=rows_of(items), pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF7 - cumulative (trend) report
# --------------------------------------------------------------------------------------------


def build_df7(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(40, 82), month=rng.randint(9, 11))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update(wbc="k1", neuta=None)
    ctx.uv = {k: v for k, v in ctx.uv.items() if v}
    keys = ["hb", "hct", "rbc", "mcv", "wbc", "plt", "glu", "hba1c", "urea", "crea", "egfr", "na", "k", "ua",
            "chol", "hdl", "ldl", "tg", "ast", "alt", "ggt", "tsh", "ft4", "vitd", "b12", "ferr", "crp", "alb", "psa"]
    if pt.sex == "F" or idx == 1:
        keys.remove("psa")
    if idx == 2:
        keys = [k for k in keys if k not in ("rbc", "mcv", "hdl", "ft4")] + ["mg", "ca"]
    ctx.status["hba1c"] = "H"
    ctx.status["crea"] = rng.choice(["H", "N"])
    randomize(ctx, keys, (3, 6))
    generate(ctx, keys)
    ndates = [3, 4, 2][idx]
    dates = [pt.when]
    for _ in range(ndates - 1):
        dates.append(dates[-1] - timedelta(days=rng.randint(60, 140)))

    f, fb = [("helv", "hebo"), ("dvc", "dvcb"), ("tiro", "tibo")][idx]
    sz, lh = [8.2, 8.0, 8.8][idx], [10.6, 10.4, 11.2][idx]
    fmap = [{"H": "*", "L": "*"}, {"H": "H", "L": "L"}, {"H": "Alto", "L": "Baixo"}][idx]
    names = {"hb": "Hemoglobina", "hct": "Hematócrito", "rbc": "Hemácias", "mcv": "VCM", "wbc": "Leucócitos",
             "plt": "Plaquetas", "glu": "Glicose de jejum", "hba1c": "Hemoglobina glicada (A1c)", "urea": "Ureia",
             "crea": "Creatinina", "egfr": "eGFR (CKD-EPI 2021)", "na": "Sódio", "k": "Potássio",
             "ua": "Ácido úrico", "chol": "Colesterol total", "hdl": "HDL-colesterol", "ldl": "LDL-colesterol",
             "tg": "Triglicérides", "ast": "TGO/AST", "alt": "TGP/ALT", "ggt": "Gama-GT", "tsh": "TSH",
             "ft4": "T4 livre", "vitd": "Vitamina D - 25(OH)", "b12": "Vitamina B12", "ferr": "Ferritina",
             "crp": "Proteína C-reativa", "alb": "Albumina", "psa": "PSA total", "mg": "Magnésio", "ca": "Cálcio"}
    units = {"hb": "g/dL", "hct": "%", "rbc": "milhões/µL", "mcv": "fL", "wbc": "mil/µL", "plt": "mil/µL",
             "glu": "mg/dL", "hba1c": "%", "urea": "mg/dL", "crea": "mg/dL", "egfr": "mL/min/1,73m²",
             "na": "mmol/L", "k": "mmol/L", "ua": "mg/dL", "chol": "mg/dL", "hdl": "mg/dL", "ldl": "mg/dL",
             "tg": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L", "tsh": "mUI/L", "ft4": "ng/dL",
             "vitd": "ng/mL", "b12": "pg/mL", "ferr": "ng/mL", "crp": "mg/L", "alb": "g/dL", "psa": "ng/mL",
             "mg": "mg/dL", "ca": "mg/dL"}
    sections = [("HEMATOLOGIA", ["hb", "hct", "rbc", "mcv", "wbc", "plt"]),
                ("BIOQUÍMICA", ["glu", "hba1c", "urea", "crea", "egfr", "na", "k", "ua", "mg", "ca", "ast", "alt",
                                "ggt", "alb", "crp"]),
                ("LIPÍDIOS", ["chol", "hdl", "ldl", "tg"]),
                ("HORMÔNIOS / VITAMINAS", ["tsh", "ft4", "vitd", "b12", "ferr", "psa"])]
    st = [dict(sep=" - ", lt="< {}", gt="> {}"), dict(sep=" a ", lt="< {}", gt="> {}"),
          dict(sep=" a ", lt="inferior a {}", gt="superior a {}", unit_in_ref=True)][idx]
    items = []
    for title, ks in sections:
        ks = [k for k in ks if k in keys]
        if not ks:
            continue
        items.append(("sec", title))
        for k in ks:
            o = {"ref": (60.0, None)} if k == "egfr" else {}
            r = mkrow(ctx, k, names[k], units[k], st=st, **o)
            # previous results (not results of this report)
            prevs, praw = [], []
            x = ctx.V[k]
            sd = 0.015 if k in ("na", "cl", "ca", "alb", "hb", "hct", "mcv", "egfr") else 0.07
            for _ in range(ndates - 1):
                x = ctx.q(k, max(x * (1 + rng.gauss(0, sd)), 1e-3))
                if ctx.pv(k, x) == r.value:
                    x = ctx.q(k, x * 1.03 + 10 ** -max(ctx.var(k)["d"], 0))
                pvv = ctx.pv(k, x)
                fl = compute_flag(ctx, k, pvv, r.lo, r.hi)
                num = fmt(pvv, ctx.var(k)["d"])
                prevs.append(num + (f" {fmap[fl]}" if fl in fmap else ""))
                praw.append((num, fmap.get(fl)))
            r.meta["prevs"] = prevs
            r.meta["praw"] = praw
            items.append(("row", r))
    set_flags(items, fmap)
    lab = ["LABORATÓRIO CLÍNICO SÃO CAMILO - Relatório Evolutivo", "HOSPITAL UNIVERSITÁRIO DO OESTE",
           "Laboratório Moura Brasil"][idx]
    sub = [["Unidade Pinheiros - São Paulo/SP"], ["Divisão de Laboratório Central - Cascavel/PR"],
           ["Rua Conselheiro Mafra, 640 - Florianópolis/SC"]][idx]
    fields = [[("Paciente", pt.name), ("Sexo", pt.sexo)],
              [("Idade", f"{pt.age} anos"), ("Data da coleta", pt.d())],
              [("Médico", pt.doctor), ("Atendimento", pt.reg)]]
    page = std_page(lab, sub, fields, f, fb, title=["RESULTADOS CUMULATIVOS", "RELATÓRIO CUMULATIVO DE EXAMES",
                                                       "LAUDO DE EXAMES"][idx])
    cv = Canvas(595, 842)
    ds = [pt.d(x) for x in dates]
    if idx == 0:  # newest first (left)
        cols = [("name", 42, "l", "Exame"), ("vf", 258, "r", f"{ds[0]}\n(atual)"), ("prev0", 318, "r", ds[1]),
                ("prev1", 378, "r", ds[2]), ("unit", 388, "l", "Unidade"), ("ref", 452, "l", "Referência")]
    elif idx == 1:  # oldest first, newest on the right
        for it in items:
            if it[0] == "row":
                it[1].meta["prevs"] = it[1].meta["prevs"][::-1]
        cols = [("name", 42, "l", "Exame"), ("unit", 160, "l", "Unid."), ("ref", 222, "l", "Ref."),
                ("prev0", 352, "r", ds[3]), ("prev1", 417, "r", ds[2]), ("prev2", 482, "r", ds[1]),
                ("vf", 552, "r", f"{ds[0]}")]
    else:  # one current column, previous result on its own labelled line
        for it in items:
            if it[0] == "row":
                r = it[1]
                num, pfl = r.meta["praw"][0]
                u = f" {r.unit}" if r.unit else ""
                fl = f" ({pfl})" if pfl else ""
                r.meta["extra"] = [(f"Resultado anterior: {num}{u}{fl} em {ds[1]}", "tiit")]
        cols = [("name", 42, "l", "Exame"), ("vuf", 230, "l", "Resultado"), ("ref", 370, "l", "Valor de referência")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 0.8, sec_rule=True, ymax=cv.H - 70, hsz=sz,
               hdr_fill=(0.9, 0.9, 0.9) if idx == 1 else None, bold_abn=(idx == 1))
    table_flow(cv, items, cols, sty, page)
    last = len(cv.pages) - 1
    cv.text(42, cv.H - 55, ["* Resultado fora do intervalo de referência. Somente a coluna atual foi liberada "
                            "nesta data; demais colunas são resultados anteriores.",
                            "H/L: acima/abaixo da referência. A última coluna corresponde à coleta atual.",
                            "Os resultados anteriores são apresentados apenas para comparação."][idx], "heit", 6.8,
            pno=last)
    signature(cv, 470, cv.H - 42, ["Dr. Tadeu Kimura", "Dra. Rosana Pimentel", "Dra. Elisa Moura Brasil"][idx],
              ["CRM-SP 88.140", "CRF-PR 9.611", "CRBM 3.230"][idx], f, pno=last)
    page_numbers(cv, "Página {i}/{n}", 42, cv.H - 20, f, al="l")
    pdf = cv.finish("Cumulativo", lab)
    return dict(pdf=pdf, rows=rows_of(items), pt=pt, ctx=ctx)

# --------------------------------------------------------------------------------------------
# DF8 - LIS fixed-width monospace export
# --------------------------------------------------------------------------------------------

LIS_NAMES = {
    "rbc": "ERITROCITOS", "hb": "HEMOGLOBINA", "hct": "HEMATOCRITO", "mcv": "VOLUME CORPUSCULAR MEDIO",
    "mch": "HEMOGLOBINA CORPUSCULAR MEDIA", "mchc": "CONC HEMOGLOBINA CORPUSCULAR MEDIA",
    "rdw": "RDW - AMPLITUDE DE DISTRIBUICAO ERITROCITARIA", "wbc": "LEUCOCITOS",
    "neutp": "NEUTROFILOS %", "neuta": "NEUTROFILOS ABSOLUTO", "lymp": "LINFOCITOS %", "lyma": "LINFOCITOS ABSOLUTO",
    "monop": "MONOCITOS %", "monoa": "MONOCITOS ABSOLUTO", "eosp": "EOSINOFILOS %", "eosa": "EOSINOFILOS ABSOLUTO",
    "basop": "BASOFILOS %", "basoa": "BASOFILOS ABSOLUTO", "plt": "PLAQUETAS", "mpv": "VOLUME PLAQUETARIO MEDIO",
    "glu": "GLICOSE", "urea": "UREIA", "crea": "CREATININA", "egfr": "TAXA FILTRACAO GLOMERULAR ESTIMADA CKD-EPI",
    "ua": "ACIDO URICO", "na": "SODIO", "k": "POTASSIO", "cl": "CLORO", "ca": "CALCIO TOTAL", "mg": "MAGNESIO",
    "ast": "TGO - TRANSAMINASE OXALACETICA", "alt": "TGP - TRANSAMINASE PIRUVICA",
    "ggt": "GAMA GLUTAMIL TRANSFERASE", "alp": "FOSFATASE ALCALINA", "tbil": "BILIRRUBINA TOTAL",
    "dbil": "BILIRRUBINA DIRETA", "ibil": "BILIRRUBINA INDIRETA", "tp": "PROTEINAS TOTAIS", "alb": "ALBUMINA",
    "glob": "GLOBULINAS", "ag": "RELACAO ALBUMINA/GLOBULINA", "chol": "COLESTEROL TOTAL", "hdl": "COLESTEROL HDL",
    "ldl": "COLESTEROL LDL (FRIEDEWALD)", "vldl": "COLESTEROL VLDL", "nonhdl": "COLESTEROL NAO-HDL",
    "tg": "TRIGLICERIDEOS", "hba1c": "HEMOGLOBINA GLICADA A1C", "tsh": "TSH ULTRA SENSIVEL", "ft4": "T4 LIVRE",
    "crp": "PROTEINA C REATIVA", "ferr": "FERRITINA", "iron": "FERRO SERICO",
    "tibc": "CAPACIDADE TOTAL LIGACAO FERRO", "tsat": "INDICE DE SATURACAO TRANSFERRINA", "b12": "VITAMINA B12",
    "psa": "PSA TOTAL", "ck": "CREATINOFOSFOQUINASE (CPK)", "ldh": "DESIDROGENASE LATICA",
}
LIS_UNITS = {
    "rbc": "10^6/uL", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
    "wbc": "10^3/uL", "plt": "10^3/uL", "mpv": "fL", "glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL",
    "egfr": "mL/min/1,73m2", "ua": "mg/dL", "na": "mEq/L", "k": "mEq/L", "cl": "mEq/L", "ca": "mg/dL",
    "mg": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alp": "U/L", "tbil": "mg/dL", "dbil": "mg/dL",
    "ibil": "mg/dL", "tp": "g/dL", "alb": "g/dL", "glob": "g/dL", "ag": None, "chol": "mg/dL", "hdl": "mg/dL",
    "ldl": "mg/dL", "vldl": "mg/dL", "nonhdl": "mg/dL", "tg": "mg/dL", "hba1c": "%", "tsh": "uUI/mL",
    "ft4": "ng/dL", "crp": "mg/dL", "ferr": "ng/mL", "iron": "ug/dL", "tibc": "ug/dL", "tsat": "%",
    "b12": "pg/mL", "psa": "ng/mL", "ck": "U/L", "ldh": "U/L",
}
for _d in ("neut", "lym", "mono", "eos", "baso"):
    LIS_UNITS[_d + "p"], LIS_UNITS[_d + "a"] = "%", "10^3/uL"


def build_df8(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(30, 80))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv["crp"] = "mgdl"
    ctx.dec.update(neuta=2, lyma=2, monoa=2, eosa=2, basoa=2)
    chem = [["glu", "urea", "crea", "egfr", "ua", "na", "k", "cl", "ca", "ast", "alt", "ggt", "alp", "tbil", "dbil",
             "ibil", "tp", "alb", "glob", "ag", "crp"],
            ["glu", "hba1c", "urea", "crea", "egfr", "na", "k", "mg", "chol", "hdl", "ldl", "vldl", "nonhdl", "tg",
             "tsh", "ft4", "ferr", "iron", "tibc", "tsat", "b12"],
            ["glu", "crea", "egfr", "urea", "k", "na", "ast", "alt", "ggt", "ck", "ldh", "chol", "hdl", "ldl", "tg",
             "tsh", "crp"] + (["psa"] if pt.sex == "M" else ["ferr"])][idx]
    hemo = HEMO_KEYS
    randomize(ctx, hemo + chem, (4, 7))
    generate(ctx, hemo + chem)
    font = ["cour", "dvm", "cour"][idx]
    fontb = ["cobo", "dvmb", "cobo"][idx]
    sz = [8.0, 7.2, 7.8][idx]
    lh = sz * 1.22
    cw = Canvas.tw("M", font, sz)
    nw = [24, 20, 21][idx]
    fmap = [{"H": "H", "L": "L", "HH": "HH", "LL": "LL"}, {"H": "H", "L": "L", "HH": "HH", "LL": "LL"},
            {"H": "*", "L": "*", "HH": "**", "LL": "**"}][idx]
    rows = []
    lines = []  # (text, bold)

    def ref_s(r, style):
        lo, hi = r.lo, r.hi
        dd = max(r.d, 0)
        if style == 0:
            if lo is not None and hi is not None:
                return f"{fmt(lo, dd)} - {fmt(hi, dd)}"
            return f"< {fmt(hi, dd)}" if hi is not None else f"> {fmt(lo, dd)}"
        if style == 2:
            if lo is not None and hi is not None:
                return f"{fmt(lo, dd)} A {fmt(hi, dd)}"
            return f"ATE {fmt(hi, dd)}" if hi is not None else f"MAIOR QUE {fmt(lo, dd)}"
        raise ValueError

    sections = [("HEMATOLOGIA", hemo), ("BIOQUIMICA", chem)]
    code = 100
    for title, ks in sections:
        lines.append((f"*** {title} ***" if idx != 1 else f"[{title}]", True))
        for k in ks:
            code += rng.randint(1, 9)
            full = LIS_NAMES[k]
            nm = no_accents(full).upper()[:nw].rstrip()
            u = LIS_UNITS[k]
            o = {"ref": (60.0, None)} if k == "egfr" else {}
            if k == "crp" and idx == 0:
                o["comp"] = ("<", 0.03)
            r = mkrow(ctx, k, nm, u, **o)
            r.pflag = fmap.get(r.flag)
            if idx == 2 and k == "ast":  # "ATE" style is an upper limit
                pass
            if idx == 0:
                ln = f"{r.vtext:>10s} {(u or ''):<14s}{nm:<{nw}s} {ref_s(r, 0):<18s} {r.pflag or ''}"
            elif idx == 1:
                lo = fmt(r.lo, max(r.d, 0)) if r.lo is not None else ""
                hi = fmt(r.hi, max(r.d, 0)) if r.hi is not None else ""
                ln = f"{nm:<{nw}s}|{r.vtext:>10s}|{(r.pflag or ''):<3s}|{(u or ''):<14s}|{lo:>9s}|{hi:>9s}"
            else:
                res = r.vtext + (" " + r.pflag if r.pflag else "")
                ln = f"{code:04d}  {res:>12s}   {(u or ''):<14s}{nm:<{nw}s} {ref_s(r, 2)}"
            lines.append((ln, False))
            rows.append(r)
    hdr = [f"{'RESULTADO':>10s} {'UNIDADE':<14s}{'EXAME':<{nw}s} {'REFERENCIA':<18s} FL",
           f"{'EXAME':<{nw}s}|{'RESULTADO':>10s}|{'FL':<3s}|{'UNIDADE':<14s}|{'VR MIN':>9s}|{'VR MAX':>9s}",
           f"{'COD':<4s}  {'RESULTADO':>12s}   {'UNIDADE':<14s}{'EXAME':<{nw}s} {'REFERENCIA'}"][idx]
    width = max(len(x[0]) for x in lines + [(hdr, 0)]) + 2
    lab = ["HOSPITAL SAO VICENTE DE PAULO - LABORATORIO CENTRAL", "LABMED SISTEMAS - LAB. SANTA CLARA",
           "LACEN MUNICIPAL - SISTEMA GAL/LIS"][idx]
    mon = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"][pt.when.month - 1]
    head = [
        f"{lab}",
        f"EXPORTACAO DE RESULTADOS - LAUDO    EMISSAO: {pt.when.day:02d}{mon}{pt.when.year % 100:02d} {pt.t(300)}",
        "-" * width,
        f"PACIENTE : {no_accents(pt.name).upper():<38s} SEXO: {pt.sex}  IDADE: {pt.age:03d}A",
        f"DT.NASC. : {pt.d(pt.dob)}   PRONT.: {pt.reg[:7]}   ATEND.: {pt.when.strftime('%Y%m%d')}{pt.reg[-5:]}",
        f"DT.COLETA: {pt.d()} {pt.t()}   ORIGEM: {rng.choice(['AMBULATORIO', 'INTERNACAO', 'PS ADULTO'])}",
        "-" * width, hdr, "-" * width,
    ]
    cv = Canvas(595, 842)
    x0 = 36
    per_page = int((cv.H - 60 - 40) / lh) - len(head) - 2
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for ci, chunk in enumerate(chunks):
        cv.new_page()
        y = 44
        for i, h in enumerate(head):
            cv.text(x0, y, h, fontb if i in (0, 7) else font, sz)
            y += lh
        for text, bold in chunk:
            cv.text(x0, y, text, fontb if bold else font, sz)
            y += lh
        if ci == len(chunks) - 1:
            y += lh
            for s in (["LIBERADO ELETRONICAMENTE POR: DRA. MARLENE F. ARRUDA - CRBM 5.512",
                       "FL: H=ACIMA / L=ABAIXO DO VALOR DE REFERENCIA; HH/LL=VALOR CRITICO"],
                      ["ASSINATURA DIGITAL: DR. CELSO R. MIRANDA - CRF-RJ 14.006",
                       "VR MIN/VR MAX: LIMITES DO INTERVALO DE REFERENCIA PARA SEXO/IDADE DO PACIENTE"],
                      ["(*) RESULTADO FORA DO INTERVALO DE REFERENCIA",
                       "RESP. TECNICO: FARM. BIOQ. NILTON A. REZENDE - CRF-MG 9.870"])[idx]:
                cv.text(x0, y, s, font, sz)
                y += lh
    n = len(chunks)
    for i in range(n):
        cv.text(x0 + cw * (width - 12), 44, f"PAG: {i + 1:03d}/{n:03d}", font, sz, pno=i)
    pdf = cv.finish("EXPORT", lab)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF9 - two panels side by side on a landscape page
# --------------------------------------------------------------------------------------------


def build_df9(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(30, 84))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update(wbc="k1")
    if idx == 0:
        left_keys = HEMO_KEYS
        right_keys = ["glu", "urea", "crea", "egfr", "ua", "na", "k", "ca", "ast", "alt", "ggt", "alp", "tbil",
                      "chol", "hdl", "ldl", "tg", "crp", "tsh", "hba1c"]
    elif idx == 1:
        left_keys = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "lymp", "monop", "eosp",
                     "basop", "plt", "mpv", "esr"]
        right_keys = ["glu", "hba1c", "urea", "crea", "egfr", "na", "k", "ast", "alt", "chol", "hdl", "ldl", "tg",
                      "tsh", "ferr", "vitd", "b12"]
    else:
        left_keys = ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw", "wbc", "neutp", "neuta", "lymp", "lyma", "plt",
                     "pt_s", "pt_act", "inr", "aptt_s", "aptt_r", "fib"]
        right_keys = ["glu", "urea", "crea", "egfr", "na", "k", "mg", "ast", "alt", "ldh", "ck", "amy", "lip", "tp",
                      "alb", "glob", "ag", "crp", "tsh", "ft4"]
    randomize(ctx, left_keys + right_keys, (4, 7))
    generate(ctx, left_keys + right_keys)
    f, fb = [("dvc", "dvcb"), ("helv", "hebo"), ("dvc", "dvcb")][idx]
    sz, lh = [7.5, 7.6, 7.4][idx], [9.9, 10.0, 9.7][idx]
    arrows = {"H": "↑", "L": "↓"} if HAS_ARROWS else {"H": "H", "L": "L"}
    fmap = [{"H": "H", "L": "L"}, {"H": "*", "L": "*"}, arrows][idx]
    nm = {"rbc": "Eritrócitos", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "VCM", "mch": "HCM",
          "mchc": "CHCM", "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas", "mpv": "VPM",
          "neutp": "Neutrófilos", "neuta": "Neutrófilos (abs.)", "lymp": "Linfócitos", "lyma": "Linfócitos (abs.)",
          "monop": "Monócitos", "monoa": "Monócitos (abs.)", "eosp": "Eosinófilos", "eosa": "Eosinófilos (abs.)",
          "basop": "Basófilos", "basoa": "Basófilos (abs.)", "esr": "VHS (1ª hora)",
          "pt_s": "Tempo de protrombina", "pt_act": "Atividade de protrombina", "inr": "RNI",
          "aptt_s": "TTPA", "aptt_r": "TTPA relação", "fib": "Fibrinogênio",
          "glu": "Glicose", "urea": "Ureia", "crea": "Creatinina",
          "egfr": ["Taxa de filtração glomerular", "estimada (CKD-EPI 2021)"], "ua": "Ácido úrico", "na": "Sódio",
          "k": "Potássio", "ca": "Cálcio", "mg": "Magnésio", "ast": "AST/TGO", "alt": "ALT/TGP", "ggt": "Gama GT",
          "alp": "Fosfatase alcalina", "tbil": "Bilirrubina total", "chol": "Colesterol total",
          "hdl": "Colesterol HDL", "ldl": "Colesterol LDL", "tg": "Triglicerídeos", "crp": "Proteína C reativa",
          "tsh": "TSH", "ft4": "T4 livre", "hba1c": ["Hemoglobina glicada", "(HbA1c)"], "ferr": "Ferritina",
          "vitd": "Vitamina D (25-OH)", "b12": "Vitamina B12", "ldh": "LDH", "ck": "CK total", "amy": "Amilase",
          "lip": "Lipase", "tp": "Proteínas totais", "alb": "Albumina", "glob": "Globulinas",
          "ag": "Relação A/G"}
    un = {"rbc": "x10^6/µL", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
          "wbc": "x10³/µL", "plt": "x10³/µL", "mpv": "fL", "esr": "mm/h", "pt_s": "s", "pt_act": "%", "inr": None,
          "aptt_s": "s", "aptt_r": None, "fib": "mg/dL", "glu": "mg/dL", "urea": "mg/dL", "crea": "mg/dL",
          "egfr": "mL/min/1,73m²", "ua": "mg/dL", "na": "mmol/L", "k": "mmol/L", "ca": "mg/dL", "mg": "mg/dL",
          "ast": "U/L", "alt": "U/L", "ggt": "U/L", "alp": "U/L", "tbil": "mg/dL", "chol": "mg/dL", "hdl": "mg/dL",
          "ldl": "mg/dL", "tg": "mg/dL", "crp": "mg/L", "tsh": "µUI/mL", "ft4": "ng/dL", "hba1c": "%",
          "ferr": "ng/mL", "vitd": "ng/mL", "b12": "pg/mL", "ldh": "U/L", "ck": "U/L", "amy": "U/L", "lip": "U/L",
          "tp": "g/dL", "alb": "g/dL", "glob": "g/dL", "ag": None}
    for d in ("neut", "lym", "mono", "eos", "baso"):
        un[d + "p"], un[d + "a"] = "%", "x10³/µL"
    if idx == 1:
        nm.update(neutp="Neutrófilos (%)", lymp="Linfócitos (%)", monop="Monócitos (%)", eosp="Eosinófilos (%)",
                  basop="Basófilos (%)")
    st = dict(sep=" - ", lt="< {}", gt="> {}")

    def panel(title_sections):
        out = []
        for title, ks in title_sections:
            out.append(("sec", title))
            for k in ks:
                n = nm[k]
                o = {"ref": (60.0, None)} if k == "egfr" else {}
                if isinstance(n, list):
                    o["parts"] = list(n)
                    n = " ".join(n)
                r = mkrow(ctx, k, n, un[k], st=st, **o)
                r.pflag = fmap.get(r.flag)
                out.append(("row", r))
                if r.parts:
                    for p in r.parts[1:]:
                        out.append(("cont", p))
        return out

    if idx == 2:
        lp = panel([("HEMATOLOGIA", left_keys[:13]), ("COAGULAÇÃO", left_keys[13:])])
        rp = panel([("BIOQUÍMICA", right_keys[:18]), ("TIREOIDE", right_keys[18:])])
    else:
        lp = panel([("HEMATOLOGIA", left_keys)])
        rp = panel([("BIOQUÍMICA", right_keys)])
    prev_date = pt.when - timedelta(days=rng.randint(70, 200))
    if idx == 1:  # previous result beside the current one, in a column labelled as previous
        for kind, r in rp:
            if kind == "row":
                x = ctx.q(r.key, max(ctx.V[r.key] * (1 + rng.gauss(0, 0.1)), 1e-3))
                if ctx.pv(r.key, x) == r.value:
                    x = ctx.q(r.key, x * 1.07 + 10 ** -max(ctx.var(r.key)["d"], 0))
                r.meta["prev"] = fmt(ctx.pv(r.key, x), ctx.var(r.key)["d"])
    cv = Canvas(842, 595)
    cv.new_page()
    W = cv.W
    labn = ["INSTITUTO DE PATOLOGIA CLÍNICA DO NORDESTE", "LABORATÓRIO BIOANÁLISE",
            "HOSPITAL DAS CLÍNICAS DE SOBRAL - LABORATÓRIO"][idx]
    cv.text(28, 34, labn, fb, 12)
    cv.text(28, 45, ["Rua Padre Cícero, 1.090 - Juazeiro do Norte/CE", "Av. Getúlio Vargas, 700 - Feira de Santana/BA",
                     "Rua Cel. Mont'Alverne, 1.000 - Sobral/CE"][idx], f, 7)
    cv.text(W - 28, 34, f"Paciente: {pt.name}", fb, 8.5, al="r")
    cv.text(W - 28, 45, f"Sexo: {pt.sexo}  |  Idade: {pt.age} anos  |  Coleta: {pt.d()} {pt.t()}", f, 7.5, al="r")
    cv.text(W - 28, 55, f"Médico: {pt.doctor}  |  OS: {pt.reg}", f, 7.5, al="r")
    cv.line(28, 61, W - 28, 61, 0.8)
    cv.line(W / 2, 68, W / 2, cv.H - 50, 0.4)
    y = 78
    L = dict(name=30, value=214, flag=218, unit=232, ref=300)
    if idx == 1:
        R = dict(name=434, value=585, flag=589, prev=642, unit=656, ref=728)
    else:
        R = dict(name=434, value=618, flag=622, unit=636, ref=704)
    for P in (L, R):
        cv.text(P["name"], y, "Exame", fb, sz)
        cv.text(P["value"], y, "Resultado", fb, sz, al="r")
        if "prev" in P:
            cv.text(P["prev"], y - 9, "Anterior", fb, sz - 0.6, al="r")
            cv.text(P["prev"], y, f"({prev_date.strftime('%d/%m/%y')})", fb, sz - 0.6, al="r")
        cv.text(P["unit"], y, "Unidade", fb, sz)
        cv.text(P["ref"], y, "Referência", fb, sz)
    cv.line(28, y + 3, W - 28, y + 3, 0.4)
    y += lh + 4
    from itertools import zip_longest

    for le, re_ in zip_longest(lp, rp):
        for ent, P in ((le, L), (re_, R)):
            if ent is None:
                continue
            kind, r = ent
            if kind == "sec":
                cv.text(P["name"], y, r, fb, sz + 0.5)
            elif kind == "cont":
                cv.text(P["name"] + 6, y, r, f, sz)
            else:
                cv.text(P["name"], y, r.parts[0] if r.parts else r.name, f, sz)
                cv.text(P["value"], y, r.vtext, fb if r.flag != "N" else f, sz, al="r")
                if r.pflag:
                    cv.text(P["flag"], y, r.pflag, fb, sz)
                if "prev" in P:
                    cv.text(P["prev"], y, r.meta.get("prev", ""), f, sz, (0.3, 0.3, 0.3), al="r")
                cv.text(P["unit"], y, r.unit or "", f, sz)
                cv.text(P["ref"], y, r.ref, f, sz)
        y += lh
    if y > cv.H - 50:
        raise RuntimeError("DF9 overflow")
    rows = [r for k, r in lp + rp if k == "row"]
    cv.text(28, cv.H - 34, ["H/L: resultado acima/abaixo da referência.",
                            "* Resultado fora da referência. Coluna 'Anterior': resultado da coleta anterior, "
                            "apenas para comparação.",
                            "Setas: resultado acima/abaixo do intervalo de referência."][idx],
            "heit", 6.8)
    signature(cv, W - 150, cv.H - 40, ["Dr. Severino Lacerda", "Dra. Ana Cláudia Borges", "Dr. Itamar Frota"][idx],
              ["CRF-CE 3.302", "CRBM 7.718", "CRM-CE 10.990"][idx], f, sz=7)
    pdf = cv.finish("Laudo", labn)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF10 - multi-page report
# --------------------------------------------------------------------------------------------


def build_df10(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(35, 80))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update({k: "mm3" for k in ("wbc", "plt", "neuta", "lyma", "monoa", "eosa", "basoa")})
    chem = ["glu", "hba1c", "urea", "crea", "egfr", "ua", "na", "k", "ca", "mg", "ast", "alt", "ggt", "alp", "tbil",
            "dbil", "ibil", "tp", "alb", "glob", "ag", "chol", "hdl", "ldl", "vldl", "nonhdl", "tg"]
    horm = ["tsh", "ft4", "vitd", "b12", "ferr", "crp"]
    if idx == 1:
        chem = [k for k in chem if k not in ("dbil", "ibil", "tp", "glob", "ag", "mg", "alp")]
        horm = ["tsh", "ft4", "psa" if pt.sex == "M" else "ferr"]
    hemo = HEMO_KEYS
    randomize(ctx, hemo + chem + horm, (4, 7))
    generate(ctx, hemo + chem + horm)
    f, fb = [("helv", "hebo"), ("dvse", "dvseb"), ("tiro", "tibo")][idx]
    sz, lh = [8.6, 8.2, 9.2][idx], [12.2, 11.8, 12.6][idx]
    fmap = [{"H": "Alto", "L": "Baixo"}, {"H": "H", "L": "L"}, {"H": "(+)", "L": "(-)"}][idx]
    st = dict(sep=" a ", lt="inferior a {}", gt="superior a {}", unit_in_ref=True)
    hn = {"rbc": "Eritrócitos", "hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "Volume corpuscular médio (VCM)",
          "mch": "Hemoglobina corpuscular média (HCM)",
          "mchc": ["Concentração de hemoglobina", "corpuscular média (CHCM)"],
          "rdw": "RDW", "wbc": "Leucócitos", "plt": "Plaquetas", "mpv": "Volume plaquetário médio",
          "neutp": "Neutrófilos", "lymp": "Linfócitos", "monop": "Monócitos", "eosp": "Eosinófilos",
          "basop": "Basófilos"}
    hu = {"rbc": "milhões/mm³", "hb": "g/dL", "hct": "%", "mcv": "fL", "mch": "pg", "mchc": "g/dL", "rdw": "%",
          "wbc": "/mm³", "plt": "/mm³", "mpv": "fL"}
    cn = {"glu": "Glicose", "hba1c": ["Hemoglobina glicada", "(HbA1c) - método HPLC"], "urea": "Ureia",
          "crea": "Creatinina", "egfr": ["Taxa de filtração glomerular", "estimada - CKD-EPI 2021"],
          "ua": "Ácido úrico", "na": "Sódio", "k": "Potássio", "ca": "Cálcio", "mg": "Magnésio",
          "ast": "Aspartato aminotransferase (AST/TGO)", "alt": "Alanina aminotransferase (ALT/TGP)",
          "ggt": "Gama-glutamiltransferase (GGT)", "alp": "Fosfatase alcalina", "tbil": "Bilirrubina total",
          "dbil": "Bilirrubina direta", "ibil": "Bilirrubina indireta", "tp": "Proteínas totais",
          "alb": "Albumina", "glob": "Globulinas", "ag": "Relação albumina/globulina",
          "chol": "Colesterol total", "hdl": "Colesterol HDL", "ldl": "Colesterol LDL (Friedewald)",
          "vldl": "Colesterol VLDL", "nonhdl": "Colesterol não-HDL", "tg": "Triglicerídeos", "tsh": "TSH",
          "ft4": "T4 livre", "vitd": "25-hidroxivitamina D", "b12": "Vitamina B12", "ferr": "Ferritina",
          "crp": "Proteína C reativa", "psa": "PSA total"}
    cu = {"glu": "mg/dL", "hba1c": "%", "urea": "mg/dL", "crea": "mg/dL", "egfr": "mL/min/1,73m²", "ua": "mg/dL",
          "na": "mEq/L", "k": "mEq/L", "ca": "mg/dL", "mg": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L",
          "alp": "U/L", "tbil": "mg/dL", "dbil": "mg/dL", "ibil": "mg/dL", "tp": "g/dL", "alb": "g/dL",
          "glob": "g/dL", "ag": None, "chol": "mg/dL", "hdl": "mg/dL", "ldl": "mg/dL", "vldl": "mg/dL",
          "nonhdl": "mg/dL", "tg": "mg/dL", "tsh": "µUI/mL", "ft4": "ng/dL", "vitd": "ng/mL", "b12": "pg/mL",
          "ferr": "ng/mL", "crp": "mg/L", "psa": "ng/mL"}
    specs = [("sec", "HEMOGRAMA COMPLETO"), ("note", "Material: sangue total (EDTA)  -  Método: automatizado, "
                                                    "citometria de fluxo fluorescente")]
    for k in ["rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw"]:
        specs.append((k, hn[k], hu[k]))
    specs.append(("sub", "Leucograma"))
    specs.append(("wbc", hn["wbc"], hu["wbc"]))
    for d in ("neut", "lym", "mono", "eos", "baso"):
        specs.append((d + "p", hn[d + "p"], "%"))
        specs.append((d + "a", hn[d + "p"] + " (valor absoluto)", "/mm³"))
    specs.append(("sub", "Plaquetas"))
    specs += [("plt", hn["plt"], hu["plt"]), ("mpv", hn["mpv"], hu["mpv"])]
    specs.append(("sec", "BIOQUÍMICA"))
    specs.append(("note", "Material: soro  -  Métodos: enzimáticos colorimétricos e cinéticos (37 °C); "
                          "eletrólitos por íon seletivo"))
    marked = rng.choice([k for k in ("k", "glu", "crea", "tg") if k in chem])
    for k in chem:
        o = {}
        if k == "egfr":
            o["ref"] = (60.0, None)
        if k in ("ua", "crea"):
            a = AN[k]["r"]
            dd = AN[k]["d"]
            o["reftext"] = (f"Homens: {fmt(a['M'][0], dd)} a {fmt(a['M'][1], dd)} mg/dL\n"
                            f"Mulheres: {fmt(a['F'][0], dd)} a {fmt(a['F'][1], dd)} mg/dL")
        if k == "glu":
            o["reftext"] = "70 a 99 mg/dL\n(jejum de 8 a 12 horas)"
        if k in ("chol", "ldl", "nonhdl", "tg"):
            o["st"] = dict(lt="Desejável: inferior a {}")
        if k == "hdl":
            o["st"] = dict(gt="Desejável: superior a {}")
        if k == marked:
            o["mark"] = "¹"
        if k == "chol":
            specs.append(("sub", "Perfil lipídico (jejum de 12 horas)"))
        specs.append((k, cn[k], cu[k], o))
    specs.append(("sec", "IMUNOQUÍMICA / HORMÔNIOS"))
    for k in horm:
        o = {}
        if k == "vitd":
            o["reftext"] = ("Suficiência: 30 a 100 ng/mL\nInsuficiência: 20 a 29 ng/mL\n"
                            "Deficiência: inferior a 20 ng/mL")
        if k == "b12" and idx == 0:
            o["comp"] = (">", 2000.0)  # above the measuring range
            o["st"] = {"comp_words": True}
        specs.append((k, cn[k], cu[k], o))
    items = rows_from(ctx, specs, st)
    set_flags(items, fmap)
    rows = rows_of(items)
    for r in rows:
        if r.meta.get("mark"):
            r.meta["marked"] = True
    labn = ["LABORATÓRIO DIAGNÓSTICO PAULISTA", "Laboratório Prof. Durval Nogueira",
            "CENTRO MÉDICO LABORATORIAL ÁGAPE"][idx]
    sub = [["Unidade Ribeirão Preto - Av. Independência, 2.900 - CNES 7.654.321"],
           ["Rua Augusto Severo, 210 - Natal/RN"], ["Av. Fernandes Lima, 1.500 - Maceió/AL"]][idx]
    fields = [[("Paciente", pt.name), ("Sexo", pt.sexo), ("Idade", f"{pt.age} anos")],
              [("Data da coleta", pt.d()), ("Liberação", pt.d(pt.when + timedelta(days=1))), ("OS", pt.reg)],
              [("Solicitante", pt.doctor), ("Convênio", rng.choice(["Particular", "Unimed", "SUS", "Bradesco Saúde"])),
               ("", "")]]
    page = std_page(labn, sub, fields, f, fb, center=(idx == 1))
    cv = Canvas(595, 842)
    cols = [("name", 44, "l", "Exame"), ("vf" if idx != 0 else "value", 300, "r", "Resultado"),
            ("unit", 310, "l", "Unidade"), ("ref", 380, "l", "Valores de referência")]
    if idx == 0:
        cols.insert(2, ("flag", 304, "l", ""))
        cols[3] = ("unit", 332, "l", "Unidade")
        cols[4] = ("ref", 395, "l", "Valores de referência")
    ymax = cv.H - 72
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 1, sec_rule=True, ymax=ymax, wrap_indent=8,
               sec_fill=(0.9, 0.93, 0.97) if idx == 0 else None, x0=40, x1=555)
    yend = table_flow(cv, items, cols, sty, page)
    mk = [r for r in rows if r.meta.get("mark")][0]
    note_txt = {"k": "¹ Potássio: amostra com discreta hemólise; resultado confirmado em nova dosagem.",
                "glu": "¹ Glicose: paciente informou jejum de 14 horas.",
                "crea": "¹ Creatinina: resultado conferido em duplicata.",
                "tg": "¹ Triglicerídeos: amostra lipêmica, resultado confirmado após diluição."}[mk.key]
    # signature page (or signature block on the last page)
    if idx != 1 or yend + 170 > cv.H - 40:
        y = page(cv)
    else:
        y = yend + 16
    cv.text(44, y, "OBSERVAÇÕES", fb, 9.5)
    y += 14
    cv.text(44, y, note_txt, f, 8)
    y += 12
    for s in ["Resultados de exames laboratoriais devem ser interpretados pelo médico, em conjunto com dados clínicos.",
              "Valores de referência segundo bula dos fabricantes e consensos vigentes; "
              "TFG pela equação CKD-EPI 2021."]:
        cv.text(44, y, s, {"helv": "heit", "dvse": "dvse", "tiro": "tiit"}[f], 7.5)
        y += 11
    y += 40
    signature(cv, 180, y, ["Dra. Vânia Cristina Toledo", "Dr. Durval Nogueira Filho", "Dra. Quitéria M. Santos"][idx],
              ["Bioquímica - CRF-SP 31.204", "Médico patologista clínico - CRM-RN 4.455", "CRBM 12.019"][idx], f)
    signature(cv, 420, y, ["Dr. Leandro H. Sato", "Dra. Marília Tavares", "Dr. Ícaro Buarque"][idx],
              ["Diretor técnico - CRM-SP 102.330", "Biomédica - CRBM 6.020", "Diretor - CRF-AL 1.887"][idx], f)
    page_numbers(cv, "Página {i}/{n}", cv.W - 40, cv.H - 24, f, 7.5)
    for i in range(len(cv.pages) - (0 if idx == 1 else 1)):
        cv.text(44, cv.H - 24, "Continua na próxima página" if i < len(cv.pages) - 1 else "Fim do laudo",
                "heit", 7, pno=i)
    pdf = cv.finish("Laudo", labn)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)

# --------------------------------------------------------------------------------------------
# DF11 - "key per line" stacked layout with a serology section
# --------------------------------------------------------------------------------------------

SERO = {
    "hiv": ("Anti-HIV 1 e 2 e antígeno p24 (4ª geração)", "Quimioluminescência (CMIA)"),
    "hbsag": ("HBsAg - antígeno de superfície do vírus da hepatite B", "Quimioluminescência"),
    "hcv": ("Anti-HCV - anticorpos contra o vírus da hepatite C", "Quimioluminescência"),
    "vdrl": ("VDRL", "Floculação em lâmina (antígeno cardiolipina)"),
    "toxo_g": ("Toxoplasmose - anticorpos IgG", "Eletroquimioluminescência"),
    "toxo_m": ("Toxoplasmose - anticorpos IgM", "Eletroquimioluminescência"),
}


def build_df11(idx, rng, name):
    pt = make_patient(rng, sex=["F", "M", "F"][idx], age=rng.randint(19, 44) if idx != 1 else rng.randint(30, 70))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update(plt="mm3", wbc="mm3")
    num = [["hb", "wbc", "plt", "glu", "hba1c", "urea", "crea", "egfr", "k", "na", "chol", "hdl", "ldl", "tg", "ast",
            "alt", "tsh", "ft4", "ferr", "vitd"],
           ["glu", "hba1c", "crea", "egfr", "urea", "ua", "chol", "hdl", "ldl", "tg", "ast", "alt", "ggt", "tsh",
            "psa", "b12", "crp", "k", "na"],
           ["hb", "plt", "glu", "crea", "egfr", "tsh", "ft4", "ferr", "b12", "vitd", "fol", "ast", "alt", "chol",
            "tg", "ldl", "hdl", "crp", "ca"]][idx]
    if pt.sex == "F" and "psa" in num:
        num.remove("psa")
    randomize(ctx, num, (3, 6))
    generate(ctx, num + ["ldl"])
    f, fb = [("helv", "hebo"), ("dvse", "dvseb"), ("cour", "cobo")][idx]
    sz, lh = [8.4, 8.4, 8.2][idx], [10.4, 10.6, 10.0][idx]
    lab = ["LABORATÓRIO REDE VIDA - Unidade Boa Viagem", "CENTRO DE DIAGNÓSTICO E CHECK-UP SÃO BENTO",
           "LABORATÓRIO DE SAÚDE PÚBLICA DE ITABUNA"][idx]
    sub = [["Av. Conselheiro Aguiar, 2.110 - Recife/PE"], ["Rua São Bento, 45 - Olinda/PE"],
           ["Rua Paulino Vieira, 300 - Itabuna/BA"]][idx]
    fields = [[("Paciente", pt.name), ("Sexo", pt.sexo)], [("Idade", f"{pt.age} anos"), ("Coleta", pt.d())],
              [("Protocolo", pt.reg), ("Médico", pt.doctor)]]
    page = std_page(lab, sub, fields, f, fb, title=None)
    labels = [dict(ex="Exame", mat="Material", met="Método", res="Resultado", un="Unidade",
                   ref="Valor de referência", idx="Índice (amostra/cut-off)"),
              dict(ex="Exame", mat="Material", met="Método", res="Resultado", un=None, ref="Valor de referência",
                   idx="Índice"),
              dict(ex="EXAME", mat="MATERIAL", met="METODO", res="RESULTADO", un="UNIDADE", ref="REFERENCIA",
                   idx="INDICE (S/CO)")][idx]
    names = {"hb": "Hemoglobina", "wbc": "Leucócitos totais", "plt": "Contagem de plaquetas",
             "glu": "Glicose", "hba1c": "Hemoglobina glicada (HbA1c)", "urea": "Ureia", "crea": "Creatinina",
             "egfr": "Taxa de filtração glomerular estimada (CKD-EPI 2021)", "k": "Potássio", "na": "Sódio",
             "chol": "Colesterol total", "hdl": "Colesterol HDL", "ldl": "Colesterol LDL (calculado)",
             "tg": "Triglicerídeos", "ast": "TGO - aspartato aminotransferase",
             "alt": "TGP - alanina aminotransferase", "ggt": "Gama-glutamiltransferase", "tsh": "TSH",
             "ft4": "T4 livre", "ferr": "Ferritina", "vitd": "Vitamina D - 25 hidroxi", "ua": "Ácido úrico",
             "psa": "PSA total", "b12": "Vitamina B12", "crp": "Proteína C reativa", "fol": "Ácido fólico",
             "ca": "Cálcio total"}
    if idx == 2:
        names = {k: no_accents(v).upper() for k, v in names.items()}
        names.update(egfr="TFG ESTIMADA (CKD-EPI 2021)", ast="TGO (AST)", alt="TGP (ALT)")
    units = {"hb": "g/dL", "wbc": "/mm³", "plt": "/mm³", "glu": "mg/dL", "hba1c": "%", "urea": "mg/dL",
             "crea": "mg/dL", "egfr": "mL/min/1,73m²", "k": "mmol/L", "na": "mmol/L", "chol": "mg/dL",
             "hdl": "mg/dL", "ldl": "mg/dL", "tg": "mg/dL", "ast": "U/L", "alt": "U/L", "ggt": "U/L",
             "tsh": "µUI/mL", "ft4": "ng/dL", "ferr": "ng/mL", "vitd": "ng/mL", "ua": "mg/dL", "psa": "ng/mL",
             "b12": "pg/mL", "crp": "mg/L", "fol": "ng/mL", "ca": "mg/dL"}
    if idx == 2:
        units.update(wbc="/mm3", plt="/mm3", egfr="mL/min/1,73m2")
    mats = {"hb": "Sangue total (EDTA)", "wbc": "Sangue total (EDTA)", "plt": "Sangue total (EDTA)",
            "hba1c": "Sangue total (EDTA)"}
    mets = {"hb": "Automatizado (citometria de fluxo)", "wbc": "Automatizado (citometria de fluxo)",
            "plt": "Impedância elétrica", "glu": "Enzimático colorimétrico (37 °C)", "hba1c": "HPLC - NGSP nível 1",
            "urea": "Enzimático UV (urease/GLDH)", "crea": "Jaffé cinético compensado",
            "egfr": "Cálculo pela equação CKD-EPI 2021", "k": "Eletrodo íon seletivo", "na": "Eletrodo íon seletivo",
            "chol": "Enzimático colorimétrico (37 °C)", "hdl": "Enzimático homogêneo",
            "ldl": "Equação de Friedewald", "tg": "Enzimático colorimétrico (GPO-PAP)",
            "ast": "Cinético UV IFCC (37 °C)", "alt": "Cinético UV IFCC (37 °C)", "ggt": "Cinético IFCC (37 °C)",
            "tsh": "Quimioluminescência - 3ª geração", "ft4": "Quimioluminescência", "ferr": "Quimioluminescência",
            "vitd": "Quimioluminescência (CLIA)", "ua": "Enzimático (uricase)", "psa": "Quimioluminescência",
            "b12": "Quimioluminescência", "crp": "Imunoturbidimetria", "fol": "Quimioluminescência",
            "ca": "Colorimétrico (arsenazo III)"}
    st = [dict(sep=" a ", lt="inferior a {}", gt="superior a {}", unit_in_ref=True),
          dict(sep=" a ", lt="< {}", gt="> {}", unit_in_ref=True),
          dict(sep=" A ", lt="MENOR QUE {}", gt="MAIOR QUE {}")][idx]
    fmap = [{"H": "(Alto)", "L": "(Baixo)"}, {"H": "*", "L": "*"}, {"H": "ALTERADO", "L": "ALTERADO"}][idx]
    blocks = []  # list of (lines[(label, value)], row or None)
    rows = []
    for k in num:
        o = {"ref": (60.0, None)} if k == "egfr" else {}
        if k == "vitd":
            o["ref"] = (30.0, 100.0)
        if k == "crp" and idx == 2:
            o["comp"] = ("<", 0.5)
        r = mkrow(ctx, k, names[k], units[k], st=st, **o)
        r.pflag = fmap.get(r.flag)
        if k == "vitd":
            r.ref = ("Suficiência: 30 a 100 ng/mL (deficiência < 20; insuficiência 20 a 29)" if idx != 2 else
                     "SUFICIENCIA: 30 A 100 (DEFICIENCIA < 20; INSUFICIENCIA 20 A 29)")
        met = mets[k] if idx != 2 else no_accents(mets[k]).upper()
        mat = mats.get(k, "Soro")
        mat = mat if idx != 2 else no_accents(mat).upper()
        if labels["un"]:
            res = r.vtext + (f"  {r.pflag}" if r.pflag else "")
            lines = [(labels["ex"], r.name), (labels["mat"], mat), (labels["met"], met), (labels["res"], res),
                     (labels["un"], r.unit), (labels["ref"], r.ref)]
        else:
            res = r.vtext + r.unit + (f" {r.pflag}" if r.pflag else "")  # value glued to its unit
            lines = [(labels["ex"], r.name), (labels["mat"], mat), (labels["met"], met), (labels["res"], res),
                     (labels["ref"], r.ref)]
        blocks.append(lines)
        rows.append(r)
    # serology
    sero_res = {
        0: {"hiv": False, "hbsag": False, "hcv": False, "vdrl": False, "toxo_g": True, "toxo_m": False},
        1: {"hiv": False, "hbsag": False, "hcv": False, "vdrl": True, "toxo_g": False, "toxo_m": False},
        2: {"hiv": False, "hbsag": False, "hcv": True, "vdrl": False, "toxo_g": True, "toxo_m": True},
    }[idx]
    sero_blocks = []
    for k, (nm, met) in SERO.items():
        pos = sero_res[k]
        txt = "Reagente" if pos else "Não reagente"
        if idx == 2:
            nm = {"hiv": "ANTI-HIV 1/2 + ANTIGENO P24", "hbsag": "HBSAG", "hcv": "ANTI-HCV", "vdrl": "VDRL",
                  "toxo_g": "TOXOPLASMOSE IGG", "toxo_m": "TOXOPLASMOSE IGM"}[k]
            met, txt = no_accents(met).upper(), no_accents(txt).upper()
        r = qrow(k, nm, txt, "reactive" if pos else "non-reactive",
                 ref="Não reagente" if idx != 2 else "NAO REAGENTE")
        lines = [(labels["ex"], nm), (labels["mat"], "Soro" if idx != 2 else "SORO"), (labels["met"], met)]
        if k != "vdrl":
            ix = rng.uniform(3.2, 40.0) if pos else rng.uniform(0.05, 0.45)
            lines.append((labels["idx"], fmt(ix, 2)))
        lines.append((labels["res"], txt))
        if k == "vdrl" and pos:
            lines.append(("Título" if idx != 2 else "TITULO", rng.choice(["1:8", "1:4", "1:16"])))
        lines.append((labels["ref"], r.ref))
        if k in ("toxo_g", "toxo_m"):
            interp = "Índice inferior a 1,00: não reagente; 1,00 a 3,00: indeterminado; superior a 3,00: reagente"
            lines.append(("Interpretação" if idx != 2 else "INTERPRETACAO", interp if idx != 2 else
                          no_accents(interp).upper()))
        if k == "hcv" and pos:
            lines.append(("Nota" if idx != 2 else "NOTA", "Resultado reagente confirmado em segunda amostra; "
                          "recomenda-se pesquisa de RNA do HCV." if idx != 2 else
                          "RESULTADO REAGENTE. RECOMENDA-SE PESQUISA DE RNA DO HCV."))
        sero_blocks.append(lines)
        rows.append(r)

    cv = Canvas(595, 842)
    ymax = cv.H - 60
    two_cols = idx == 2
    colx = [44, 310] if two_cols else [44]
    wmax = (250 if two_cols else 500)

    def wrap(label, value, fnt):
        """label: value, wrapping the value at the column width (references / notes only)."""
        first = f"{label}: "
        words = str(value).split(" ")
        out, cur = [], first
        for w_ in words:
            if cv.tw(cur + w_, fnt, sz) > wmax and cur.strip() and cur != first:
                out.append(cur.rstrip())
                cur = "    " + w_ + " "
            else:
                cur += w_ + " "
        out.append(cur.rstrip())
        return out

    state = {"col": 0, "y": 0}

    def start_page():
        state["y0"] = page(cv)
        state["y"] = state["y0"]
        state["col"] = 0

    start_page()

    def put_block(lines, title=None):
        texts = []
        for lb, val in lines:
            if lb in (labels["ref"], "Interpretação", "INTERPRETACAO", "Nota", "NOTA"):
                texts += [(t, False) for t in wrap(lb, val, f)]
            else:
                texts.append((f"{lb}: {val}", lb in (labels["ex"],)))
                if cv.tw(texts[-1][0], fb, sz) > wmax + 20:
                    raise RuntimeError(f"key-per-line text too wide: {texts[-1][0]}")
        need = (len(texts) + (2 if title else 0)) * lh + 7
        if state["y"] + need > ymax:
            if two_cols and state["col"] == 0:
                state["col"] = 1
                state["y"] = state["y0"]
            else:
                start_page()
        x = colx[state["col"]]
        if title:
            cv.text(x, state["y"] + 2, title, fb, sz + 1.5)
            state["y"] += lh * 2
        for t, bold in texts:
            if bold:
                lb, val = t.split(": ", 1)
                w = cv.text(x, state["y"], lb + ": ", fb, sz)
                cv.text(x + w, state["y"], val, fb, sz)
            else:
                cv.text(x, state["y"], t, f, sz)
            state["y"] += lh
        cv.line(x, state["y"] - lh + 4, x + wmax, state["y"] - lh + 4, 0.2, (0.6, 0.6, 0.6))
        state["y"] += 7

    for i, b in enumerate(blocks):
        put_block(b, title=("BIOQUÍMICA, HEMATOLOGIA E HORMÔNIOS" if idx != 2 else "EXAMES GERAIS") if i == 0 else None)
    for i, b in enumerate(sero_blocks):
        put_block(b, title=("SOROLOGIA" if i == 0 else None))
    last = len(cv.pages) - 1
    cv.text(44, cv.H - 40, ["(Alto)/(Baixo): resultado fora do valor de referência.",
                            "* Resultado fora do valor de referência. Índices de sorologia são informativos.",
                            "ALTERADO: RESULTADO FORA DA REFERENCIA."][idx], f if idx == 2 else "heit", 7, pno=last)
    page_numbers(cv, "Folha {i} de {n}", cv.W - 44, cv.H - 24, f, 7.5)
    pdf = cv.finish("Laudo", lab)
    return dict(pdf=pdf, rows=rows, pt=pt, ctx=ctx)


# --------------------------------------------------------------------------------------------
# DF12 - emergency-department panel with critical values
# --------------------------------------------------------------------------------------------


def build_df12(idx, rng, name):
    pt = make_patient(rng, age=rng.randint(48, 88), hour=rng.randint(0, 23))
    ctx = Ctx(name, rng, pt.sex, pt.age, pt.when)
    ctx.uv.update(wbc="k1")
    if idx == 0:
        ctx.status.update(trop="H", ck="H", ckmb="H", ntprobnp="H", k="HH")
        ctx.allow_crit |= {"k"}
        ctx.uv["crp"] = None
        keys_hemo = ["hb", "hct", "wbc", "neuta", "plt"]
        keys_card = ["trop", "ck", "ckmb", "ntprobnp"]
        keys_gas = ["ph_v", "pco2_v", "hco3_v", "be_v", "so2_v", "lact_v"]
        keys_ele = []
        keys_chem = ["glu", "na", "k", "cl", "mg", "crea", "urea", "egfr", "ast", "alt", "crp"]
        keys_coag = []
    elif idx == 1:
        ctx.status.update(glu="HH", na="LL", k="H", ph_v="L", pco2_v="L", hco3_v="L", be_v="L", lact_v="H",
                          crea="H", urea="H")
        ctx.allow_crit |= {"glu", "na"}
        ctx.uv.update(glu="wb", na="wb", k="wb", cl="wb", crp="mgdl")
        keys_hemo = ["hb", "hct", "wbc", "neuta", "plt"]
        keys_card = ["trop", "ck", "ntprobnp"]
        keys_gas = ["ph_v", "pco2_v", "hco3_v", "be_v", "lact_v"]
        keys_ele = ["na", "k", "cl", "ica", "glu"]
        keys_chem = ["crea", "urea", "egfr", "ast", "alt", "amy", "lip", "crp"]
        keys_coag = []
    else:
        ctx.status.update(hb="LL", plt="LL", lact_v="H", urea="H")
        ctx.allow_crit |= {"hb", "hct", "plt"}
        ctx.uv.update(na="wb", k="wb", cl="wb", glu="wb")
        keys_hemo = ["hb", "hct", "mcv", "wbc", "neuta", "plt"]
        keys_card = ["trop", "ntprobnp"]
        keys_gas = ["ph_v", "pco2_v", "hco3_v", "be_v", "lact_v"]
        keys_ele = ["na", "k", "cl", "glu"]
        keys_chem = ["crea", "urea", "egfr", "ast", "alt", "tbil", "alb", "ldh", "crp"]
        keys_coag = ["inr", "pt_s", "aptt_s"]
    ctx.uv = {k: v for k, v in ctx.uv.items() if v}
    allk = keys_hemo + keys_card + keys_gas + keys_ele + keys_chem + keys_coag
    generate(ctx, allk)
    f, fb = [("dvs", "dvsb"), ("dvc", "dvcb"), ("helv", "hebo")][idx]
    sz, lh = [8.0, 8.2, 8.4][idx], [10.6, 10.8, 11.0][idx]
    up, down = ("↑", "↓") if HAS_ARROWS else ("H", "L")
    fmap = [{"H": "H", "L": "L", "HH": "CRÍTICO", "LL": "CRÍTICO"},
            {"H": up, "L": down, "HH": "!!", "LL": "!!"},
            {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}][idx]
    hosp = ["HOSPITAL SANTA IZABEL - PRONTO-SOCORRO", "HOSPITAL MUNICIPAL DR. CARMINO CARICCHIO",
            "HOSPITAL REGIONAL DE URGÊNCIA DO SERTÃO"][idx]
    sub = [["Laboratório de Urgência 24 h - Salvador/BA"], ["Laboratório de Emergência - São Paulo/SP"],
           ["Laboratório de Análises Clínicas - plantão - Petrolina/PE"]][idx]
    fields = [[("Paciente", pt.name), ("Atendimento", f"PS-{pt.reg[:6]}")],
              [("Sexo", pt.sexo), ("Idade", f"{pt.age} anos")],
              [("Coleta", f"{pt.d()} {pt.t()}"), ("Liberação", f"{pt.d()} {pt.t(52)}")],
              [("Setor", rng.choice(["Sala vermelha", "Emergência clínica", "Observação adulto"])),
               ("Prioridade", "URGENTE")]]
    page = std_page(hosp, sub, fields, f, fb, title="EXAMES DE URGÊNCIA", band=(0.85, 0.1, 0.1) if idx == 0 else None)
    who = rng.choice(["Dr. Caio M. Rezende", "Dra. Fabiana Q. Lobo", "Dr. Marcos V. Teles", "Dra. Joyce A. Prates"])
    crm = f"CRM {rng.randint(40000, 199999):,}".replace(",", ".")
    tech = rng.choice(["Biom. Sandro L. Paixão", "Farm. Kátia R. Dumont", "Biom. Welington F. Gama"])

    def crit_note(r):
        return ("note", f"VALOR CRÍTICO ({r.name.split(' (')[0]})\nResultado comunicado a {who} ({crm}) em "
                        f"{pt.d()} às {pt.t(40 + rng.randint(0, 10))} por {tech}.", fb, sz - 0.8)

    names = {"hb": "Hemoglobina", "hct": "Hematócrito", "mcv": "VCM", "wbc": "Leucócitos",
             "neuta": "Neutrófilos (absoluto)", "plt": "Plaquetas",
             "trop": "Troponina I ultrassensível", "ck": "CK total (creatinoquinase)", "ckmb": "CK-MB massa",
             "ntprobnp": "NT-proBNP", "ph_v": "pH", "pco2_v": "pCO2", "hco3_v": "HCO3 (bicarbonato)",
             "be_v": "BE (excesso de base)", "so2_v": "sO2 venosa", "lact_v": "Lactato",
             "glu": "Glicose", "na": "Sódio", "k": "Potássio", "cl": "Cloro", "ica": "Cálcio iônico",
             "crea": "Creatinina", "urea": "Ureia", "egfr": "TFGe (CKD-EPI 2021)", "crp": "Proteína C reativa",
             "amy": "Amilase", "lip": "Lipase", "tbil": "Bilirrubina total", "ldh": "LDH",
             "mg": "Magnésio", "ast": "AST (TGO)", "alt": "ALT (TGP)", "alb": "Albumina", "inr": "RNI",
             "pt_s": "Tempo de protrombina", "aptt_s": "TTPA"}
    units = {"hb": "g/dL", "hct": "%", "mcv": "fL", "wbc": "x10³/µL", "neuta": "x10³/µL", "plt": "x10³/µL",
             "trop": "ng/L", "ck": "U/L", "ckmb": "ng/mL", "ntprobnp": "pg/mL", "ph_v": None, "pco2_v": "mmHg",
             "hco3_v": "mmol/L", "be_v": "mmol/L", "so2_v": "%", "lact_v": "mmol/L", "glu": "mg/dL",
             "na": "mmol/L", "k": "mmol/L", "cl": "mmol/L", "ica": "mmol/L", "crea": "mg/dL", "urea": "mg/dL",
             "egfr": "mL/min/1,73m²", "crp": "mg/L" if idx != 1 else "mg/dL", "amy": "U/L", "lip": "U/L",
             "tbil": "mg/dL", "ldh": "U/L", "mg": "mg/dL", "ast": "U/L", "alt": "U/L", "alb": "g/dL", "inr": None,
             "pt_s": "s", "aptt_s": "s"}
    st = dict(sep=" - ", lt="< {}", gt="> {}")
    items = []

    def add(title, ks, note=None, name_over=None):
        if not ks:
            return
        items.append(("sec", title))
        if note:
            items.append(("note", note))
        for k in ks:
            o = {}
            if k == "egfr":
                o["ref"] = (60.0, None)
            if k == "so2_v":
                o["reftext"] = "-"
            if k == "ntprobnp":
                o["reftext"] = "Menores de 75 anos: < 125\n75 anos ou mais: < 450"
            if k == "trop":
                o["reftext"] = "Mulheres: < 15,6 (p99)\nHomens: < 34,2 (p99)"
            if k == "ntprobnp" and idx == 0:
                o["comp"] = (">", 35000.0)  # above the measuring range
            if k == "trop" and idx == 1:
                o["comp"] = ("<", 2.5)
            nm = (name_over or {}).get(k, names[k])
            r = mkrow(ctx, k, nm, units[k], st=st, **o)
            r.pflag = fmap.get(r.flag)
            items.append(("row", r))
            if r.flag in ("HH", "LL"):
                items.append(crit_note(r))

    add("HEMATOLOGIA", keys_hemo)
    add("MARCADORES CARDÍACOS", keys_card)
    temp = round(rng.uniform(36.4, 39.2), 1)
    add("GASOMETRIA VENOSA", keys_gas,
        note=f"Amostra: sangue venoso periférico (seringa heparinizada)  -  Temperatura do paciente: "
             f"{fmt(temp, 1)} °C  -  FiO2: 21 %")
    ph, pco2 = ctx.pv("ph_v"), ctx.pv("pco2_v")
    items.append(("note", f"Valores corrigidos para {fmt(temp, 1)} °C (informativo): pH "
                          f"{fmt(ph - 0.0147 * (temp - 37), 2)}; pCO2 {fmt(pco2 * 1.0442 ** (temp - 37), 1)} mmHg"))
    add("ELETRÓLITOS E GLICOSE (analisador de gases)", keys_ele,
        name_over={"glu": "Glicose (sangue total)", "na": "Sódio", "k": "Potássio"})
    add("BIOQUÍMICA", keys_chem)
    add("COAGULAÇÃO", keys_coag)
    set_flags(items, {})
    cv = Canvas(595, 842)
    if idx == 0:
        cols = [("name", 42, "l", "Exame"), ("value", 262, "r", "Resultado"), ("flag", 268, "l", ""),
                ("unit", 318, "l", "Unidade"), ("ref", 388, "l", "Referência")]
    elif idx == 1:
        cols = [("name", 42, "l", "Exame"), ("vf", 262, "r", "Resultado"), ("unit", 275, "l", "Unidade"),
                ("ref", 350, "l", "Valores de referência")]
    else:
        cols = [("name", 42, "l", "EXAME"), ("value", 245, "r", "RESULTADO"), ("unit", 255, "l", "UNIDADE"),
                ("ref", 330, "l", "REFERÊNCIA"), ("flag", 553, "r", "ALERTA")]
    sty = dict(f=f, fb=fb, sz=sz, lh=lh, ssz=sz + 1, sec_rule=True, ymax=cv.H - 70, bold_abn=True, note_x=52)
    table_flow(cv, items, cols, sty, page)
    last = len(cv.pages) - 1
    cv.text(42, cv.H - 52, "Valores críticos comunicados conforme protocolo institucional (RDC 978/2025). "
                           "Resultados de gasometria a 37 °C.", "heit", 6.8, pno=last)
    signature(cv, 470, cv.H - 44, tech, "Laboratório de Urgência", f, pno=last, sz=7)
    page_numbers(cv, "Página {i} de {n}", 42, cv.H - 22, f, 7, al="l")
    pdf = cv.finish("Urgência", hosp)
    return dict(pdf=pdf, rows=rows_of(items), pt=pt, ctx=ctx)

# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

BUILDERS = {
    1: build_df1, 2: build_df2, 3: build_df3, 4: build_df4, 5: build_df5, 6: build_df6,
    7: build_df7, 8: build_df8, 9: build_df9, 10: build_df10, 11: build_df11, 12: build_df12,
}
REPORTS_PER_FAMILY = 3


def _problems(out):
    """Self-consistency of one generated report (used to re-draw values and by the script checks)."""
    probs = []
    allow = out.get("allow", set())
    for r in out["rows"]:
        if r.value is None:
            continue
        for b in (r.lo, r.hi):
            if b is not None and abs(r.value - b) < 1e-9:
                probs.append(f"{r.name}: value {r.value} sits on a reference bound")
        if r.flag in ("LL", "HH") and r.key not in allow:
            probs.append(f"{r.name}: unintended critical flag {r.flag}")
        c = AN[r.key].get("c") if r.key in AN else None
        if c:  # "clearly inside or clearly beyond" the critical limits
            f = out["ctx"].var(r.key)["f"]
            for b in c:
                if b is not None and abs(r.value - b * f) < AN[r.key]["cm"] * f:
                    probs.append(f"{r.name}: value {r.value} too close to critical limit {b * f}")
    return probs


def _build(fi, idx):
    fam = FAMILIES[fi - 1]
    name = f"{fam}-{idx + 1:02d}"
    last = None
    for attempt in range(300):
        rng = random.Random(f"{SEED}:{name}:{attempt}")
        out = BUILDERS[fi](idx, rng, name)
        out["allow"] = out["ctx"].allow_crit if "ctx" in out else set()
        last = _problems(out)
        if not last:
            break
    else:
        raise RuntimeError(f"{name}: could not draw consistent values: {last}")
    pt = out["pt"]
    if out.get("scan") == "harsh":
        content, out["scan_info"] = scan_harsh(out["pdf"], name)
        mime = "image/png"
    elif out.get("scan") == "copy":
        content, out["scan_info"] = scan_photocopy(out["pdf"], name)
        mime = "image/png"
    else:
        content, mime = out["pdf"], "application/pdf"
    rep = GeneratedReport(
        name=name, family=fam, language="pt", mime_type=mime, content=content,
        sex=None if out.get("no_sex") else ("female" if pt.sex == "F" else "male"),
        collected_on=None if out.get("no_date") else pt.when.isoformat(),
        expected=[r.expected() for r in out["rows"]],
    )
    return rep, out


def _all():
    res = []
    for fi in range(1, len(FAMILIES) + 1):
        for idx in range(REPORTS_PER_FAMILY):
            res.append(_build(fi, idx))
    return res


def reports() -> list[GeneratedReport]:
    return [rep for rep, _ in _all()]


# --------------------------------------------------------------------------------------------
# Script: write files and check them
# --------------------------------------------------------------------------------------------


def _norm(s):
    return " ".join(s.split())


def _parse_pt(s, thousands):
    t = s.replace(thousands, "") if thousands else s
    return float(t.replace(",", "."))


def _check(rep, out):
    probs = list(_problems(out))
    text = pdf_text(out["pdf"])
    nt = _norm(text)
    if "\xa0" in text or "\xad" in text or "\ufffd" in text:
        probs.append("text layer has NBSP / soft hyphen / replacement characters")
    th = out["ctx"].thousands if "ctx" in out else "."
    for r in out["rows"]:
        nm = _norm(r.name)
        if nm not in nt and not (r.parts and all(_norm(p) in nt for p in r.parts)):
            probs.append(f"name not in text layer: {r.name!r}")
        if r.value is not None:
            if not r.vnum or r.vnum not in text:
                probs.append(f"value not in text layer: {r.name!r} {r.vnum!r}")
            elif r.key != "u_sg" and abs(_parse_pt(r.vnum, th) - r.value) > 1e-9:
                probs.append(f"value string/number mismatch: {r.name!r} {r.vnum!r} {r.value}")
        else:
            if _norm(r.vtext) not in nt:
                probs.append(f"qualitative text not in text layer: {r.name!r} {r.vtext!r}")
        if r.pflag and _norm(r.pflag) not in nt:
            probs.append(f"printed flag not in text layer: {r.name!r} {r.pflag!r}")
        if r.unit and _norm(r.unit) not in nt:
            probs.append(f"unit not in text layer: {r.name!r} {r.unit!r}")
    names = [e.name_as_printed for e in rep.expected]
    if rep.mime_type == "image/png" and not rep.content.startswith(b"\x89PNG"):
        probs.append("not a PNG")
    if rep.mime_type == "application/pdf" and not rep.content.startswith(b"%PDF"):
        probs.append("not a PDF")
    if len(names) < 15:
        probs.append(f"only {len(names)} results")
    return probs


def main(argv):
    if len(argv) != 2:
        print("usage: python3 tests/evaluation/labs_dev_f.py OUTDIR")
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    first = _all()
    second = _all()
    ok = True
    counts = {}
    for (rep, out), (rep2, _) in zip(first, second):
        ext = "png" if rep.mime_type == "image/png" else "pdf"
        (outdir / f"{rep.name}.{ext}").write_bytes(rep.content)
        (outdir / f"{rep.name}.json").write_text(
            json.dumps([asdict(e) for e in rep.expected], ensure_ascii=False, indent=1), encoding="utf-8")
        probs = _check(rep, out)
        if rep.content != rep2.content or rep.expected != rep2.expected:
            probs.append("two generations differ")
        if probs:
            ok = False
            print(f"FAIL {rep.name}")
            for p in probs:
                print("   ", p)
        fam = counts.setdefault(rep.family, [0, 0, 0, 0])
        fam[0] += 1
        fam[1] += len(rep.expected)
        fam[2] += sum(1 for e in rep.expected if e.flag != "N")
        fam[3] += sum(1 for e in rep.expected if e.flag in ("LL", "HH"))
    print(f"{'family':32s} reports results abnormal critical")
    for fam in FAMILIES:
        c = counts.get(fam, [0, 0, 0, 0])
        print(f"{fam:32s} {c[0]:7d} {c[1]:7d} {c[2]:8d} {c[3]:8d}")
    tot = [sum(c[i] for c in counts.values()) for i in range(4)]
    print(f"{'TOTAL':32s} {tot[0]:7d} {tot[1]:7d} {tot[2]:8d} {tot[3]:8d}")
    print("all checks passed" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
