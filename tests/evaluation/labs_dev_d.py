"""Lab-report generator, DEVELOPMENT part D (family prefix "DD").

Written on 2026-11-27 without reading the reader (nlp/), the scorer, or any other evaluation part
(labs_*.py); only the interface tests/evaluation/lab_reports.py was read. Deterministic: seed string
"clinigraph-labs-dev-d-2026-11-27"; every report draws from its own random stream derived from that
seed and the report name, so two calls to reports() give byte-identical content.

Run as a script: `python3 labs_dev_d.py OUTDIR` writes NAME.pdf / NAME.png and NAME.json for every
report, checks that every expected name-as-printed and printed value string occurs in the PDF text
layer (for scans: in the PDF page rendered before scanning), checks two generations are identical and
prints a table of counts per family.

Families (report names "<family>-NN"):
  DD1-scan-block-pt     scanned PNG of a Brazilian block-layout report (exam title in capitals,
                        "Material:", "Método:", "Resultado:", "Valor de referência:" lines).
  DD2-scan-table-pt     scanned PNG of a Brazilian table report; hemograma with a leucogram that has a
                        "%" column and a "/mm³" column; bioquímica with printed flags.
  DD3-dotleader-pt      monospaced dot-leader printouts (accents or not), some values on the line
                        below their dotted name, leucogram in % and /mm3.
  DD4-urinalysis-mixed  urinalysis, two reports in Portuguese and two in English.
  DD5-serology-pt       serology panels (hepatitis B/C, HIV, VDRL with titre, TORCH, FAN).
  DD6-hormone-en        US endocrinology with phase / age-band / tier tables.
  DD7-coag-en           haemostasis (PT, INR, aPTT, fibrinogen, D-dimer FEU, TT, anti-Xa).
  DD8-letter-pt         Portuguese clinic letters / relatórios médicos with results in sentences.
  DD9-photo-pt          PNG phone photo of a Portuguese rows report.
  DD10-unitfirst-en     fixed-width LIS export CODE | TEST | UNITS | RESULT | FLAG | REFERENCE.
  DD11-rangebar-pt      patient-friendly cards with a range bar, value above, interval ends under it.
  DD12-cumulative-en    cumulative (trend) reports; only the newest date's column is the result.

Ground-truth conventions (shared ones, as briefed):
- loinc: code of what was measured; a differential's % and absolute count are different results;
  SI substance-concentration results take their molar code (glucose mmol/L 14749-6, creatinine
  µmol/L 14682-9, urea mmol/L 22664-7, calcium mmol/L 2000-8, bilirubin µmol/L 14631-6,
  cholesterol mmol/L 14647-2, HDL mmol/L 14646-4, triglycerides mmol/L 14927-8, free T4 pmol/L
  14920-3, urate µmol/L 14933-6, phosphate mmol/L 14879-1...). Mass/count codes do not change with
  the unit's scale (Hb g/L is 718-7; WBC /mm³ is 6690-2; haematocrit L/L is 4544-3).
- value: number as printed (pt-BR: "13,1" -> 13.1, "7.300" -> 7300, "245.000" -> 245000);
  qualitative results have value None and `qualitative` in English lower case.
- comparator: "<", ">" when printed with a qualifier ("< 0,5", "inferior a 8,0", "> 90"); the value is
  the printed number.
- unit: as printed for this value (cell, column or group header); None when none is printed.
- ref_low / ref_high: interval that applies to this patient (sex / age as printed in the header);
  one side None for "< 200", "Até 40", "Inferior a 190", "> 60", "Superior a 40"; both None when no
  interval is printed.
- flag: N inside or no interval; L/H outside; LL/HH only beyond the briefed critical limits (Hb < 5
  g/dL, Hct < 15 %, WBC < 1.0 or > 50 x10^3/µL, platelets < 10 x10^3/µL, neutrophils < 0.5
  x10^3/µL, glucose < 40 or > 500 mg/dL, K < 2.5 or > 6.5, Na < 120 or > 160 mmol/L, aPTT > 150 s).
  No value sits exactly on a printed bound. Qualitative results are always N without reference.
- printed_flag: exact flag text printed beside the value ("H", "L", "HH", "LL", "*", "ALTO",
  "BAIXO", "Alto", "Acima", "Abaixo", "Normal" ...), else None.
- Not results: methods, materials, sample type, colour / aspect of urine, specimen volume, indexes
  (S/CO, "Índice:"), titres and patterns printed on their own lines, reagent lots, control values,
  previous results, footnotes, interpretive tables, page numbers, dates.
- Computed results printed as results are results (eGFR CKD-EPI 2021 98979-8, globulin, A/G ratio,
  indirect bilirubin, LDL (Friedewald 13457-7), VLDL, non-HDL, transferrin saturation, eAG).

Conventions added by this part:
- DD1/DD2/DD9 scans and DD11 cards: when a sex-specific interval is printed for both sexes
  ("Homens: ... / Mulheres: ..."), the patient's row applies.
- DD4: dipstick grades "+", "++", "+++", "1+", "2+" ... are qualitative "positive"; "Traços"/"Trace"
  is "trace"; "Raras"/"Rare" is "rare"; "Normal" (urobilinogen) is "normal"; "Ausente(s)"/"Absent"
  is "absent", "Presente(s)"/"Present" is "present". Specific gravity / density (5811-5) and pH
  (5803-2) are numeric results with unit None. Colour, aspect/clarity and volume are not results.
  Sediment counts per field (/campo, /HPF) and per volume (/mL, /µL) are numeric results.
- DD5: each serology is one qualitative result (reactive / non-reactive); the "Índice" line is not a
  result; a VDRL printed "Reagente 1:8" is one result qualitative "reactive" (the titre is not
  encoded); FAN "Reagente" with "Título" and "Padrão" lines is one result (42254-3, "reactive").
  Anti-HBs, rheumatoid factor, ASO and CRP are quantitative.
- DD6: female patients are either "cycle day 3 (early follicular)" (the follicular-phase row
  applies) or postmenopausal (the postmenopausal row applies); testosterone and PSA take the
  patient's age band; vitamin D takes the printed reference range, the deficiency tiers are
  interpretive text.
- DD7: "Control" column values are not results; INR's reference is the printed normal interval, the
  therapeutic-range comment is not an interval; anti-Xa (3274-8) takes its printed target range.
- DD8: letters print no interval unless "(VR ...)" follows the value; values in "era ... em março",
  "(anterior ...)" are previous results, not results; sex is None when the letter does not print it.
- Printed flags are recorded as printed: DD4 English dipstick "A" (abnormal) is the printed_flag even
  on qualitative rows (their flag stays N); DD11 cards print a status word for every card, so
  printed_flag is "Normal", "Acima" or "Abaixo" (also for N results).
- Comparators used: "inferior a 0,30" / "< 1,0" (CRP), "< 2,0" (anti-HBs, flag L against "> 10"),
  "< 8,0" / "inferior a 8,0" (rheumatoid factor), "<0.27" (D-dimer), "> 90" / ">90" (eGFR).
- Units written as printed, including "mEq/L" for Na/K, "µ³" for MCV, "/µL" column headers in a
  pt-BR leucogram, "mil/mm³", "K/uL", "x10^9/L", "L/L" (haematocrit), "mL/min/1,73m²".
- DD12: the newest date's column is the result (newest on the right in -01, on the left in -02,
  "Result" vs "Previous" in -03); rows whose newest cell is empty ("--") give no result;
  collected_on is the newest date.
- LOINC picks to note: band neutrophils 26508-2 (%) / 26507-4 (abs); urine leukocytes per HPF
  5821-4, per volume 30405-5; urine RBC per HPF 13945-1, per volume 30391-7; urine protein /
  glucose / ketones grade 20454-5 / 25428-4 / 2514-8, in mg/dL 5804-0 / 5792-7 / 5797-6; urine
  blood 5794-3; nitrite 5802-4; leukocyte esterase 5799-2; bilirubin 5770-3; urobilinogen
  "Normal" 13658-0, in mg/dL 20405-7; mucus 8247-9; casts 24124-0; hyaline casts 25162-9;
  crystals 12261-9; calcium oxalate crystals 5774-5; bacteria 25145-4; epithelial cells 5787-7.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import sys
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "clinigraph-labs-dev-d-2026-11-27"

FAMILIES: tuple[str, ...] = (
    "DD1-scan-block-pt",
    "DD2-scan-table-pt",
    "DD3-dotleader-pt",
    "DD4-urinalysis-mixed",
    "DD5-serology-pt",
    "DD6-hormone-en",
    "DD7-coag-en",
    "DD8-letter-pt",
    "DD9-photo-pt",
    "DD10-unitfirst-en",
    "DD11-rangebar-pt",
    "DD12-cumulative-en",
)


def _rng(*parts: str) -> random.Random:
    h = hashlib.sha256("|".join((SEED,) + parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


# ----------------------------------------------------------------------------------------------
# Analyte specifications (base units are US conventional)
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    key: str
    loinc: str
    unit: str | None
    dec: int
    ref: object  # (lo, hi) or {"F": (lo, hi), "M": (lo, hi)} or None
    nat: tuple | None
    lo: tuple | None  # window of "L" values (clear of critical lists)
    hi: tuple | None  # window of "H" values
    crit: tuple  # critical limits (lo, hi) in base units
    clo: tuple | None  # window of LL values
    chi: tuple | None  # window of HH values


SPEC: dict[str, Spec] = {}


def _s(key, loinc, unit, dec, ref, nat=None, lo=None, hi=None, crit=(None, None), clo=None, chi=None):
    SPEC[key] = Spec(key, loinc, unit, dec, ref, nat, lo, hi, crit, clo, chi)


# haematology
_s("rbc", "789-8", "x10^6/µL", 2, {"F": (4.00, 5.20), "M": (4.50, 5.90)})
_s("hb", "718-7", "g/dL", 1, {"F": (12.0, 15.5), "M": (13.5, 17.5)}, lo=(7.8, 11.6), hi=(16.0, 18.2),
   crit=(5.0, None), clo=(3.8, 4.6))
_s("hct", "4544-3", "%", 1, {"F": (36.0, 46.0), "M": (40.0, 52.0)}, crit=(15.0, None))
_s("mcv", "787-2", "fL", 1, (80.0, 100.0), lo=(68.0, 78.5), hi=(101.5, 110.0))
_s("mch", "785-6", "pg", 1, (27.0, 33.0))
_s("mchc", "786-4", "g/dL", 1, (32.0, 36.0))
_s("rdw", "788-0", "%", 1, (11.5, 14.5), lo=None, hi=(14.9, 18.5))
_s("wbc", "6690-2", "x10^3/µL", 2, (4.00, 11.00), lo=(2.6, 3.8), hi=(11.6, 19.5), crit=(1.0, 50.0),
   clo=(0.5, 0.9), chi=(55.0, 80.0))
_s("neut_pct", "770-8", "%", 1, (40.0, 70.0))
_s("lymph_pct", "736-9", "%", 1, (20.0, 45.0))
_s("mono_pct", "5905-5", "%", 1, (2.0, 10.0))
_s("eos_pct", "713-8", "%", 1, (1.0, 6.0))
_s("baso_pct", "706-2", "%", 1, (0.0, 2.0))
_s("band_pct", "26508-2", "%", 1, (0.0, 5.0))
_s("neut_abs", "751-8", "x10^3/µL", 2, (1.80, 7.70), crit=(0.5, None))
_s("lymph_abs", "731-0", "x10^3/µL", 2, (1.00, 4.80))
_s("mono_abs", "742-7", "x10^3/µL", 2, (0.20, 1.00))
_s("eos_abs", "711-2", "x10^3/µL", 2, (0.00, 0.50))
_s("baso_abs", "704-7", "x10^3/µL", 2, (0.00, 0.20))
_s("band_abs", "26507-4", "x10^3/µL", 2, (0.00, 0.50))
_s("plt", "777-3", "x10^3/µL", 0, (150, 400), lo=(55, 140), hi=(420, 640), crit=(10, None), clo=(3, 8))
_s("mpv", "32623-1", "fL", 1, (7.4, 10.4), hi=(10.8, 12.4))
_s("esr", "4537-7", "mm/h", 0, {"F": (None, 20), "M": (None, 15)}, nat=(3, 14), hi=(25, 60))
# chemistry
_s("glu", "2345-7", "mg/dL", 0, (70, 99), lo=(61, 68), hi=(101, 290), crit=(40, 500), clo=(28, 37),
   chi=(540, 720))
_s("urea", "3091-6", "mg/dL", 0, (15, 45), lo=(9, 13), hi=(52, 118))
_s("bun", "3094-0", "mg/dL", 0, (7, 20), lo=(4, 6), hi=(22, 48))
_s("creat", "2160-0", "mg/dL", 2, {"F": (0.51, 0.95), "M": (0.67, 1.17)}, lo=(0.36, 0.46), hi=(1.30, 2.85))
_s("egfr", "98979-8", "mL/min/1.73m²", 0, (60, None))
_s("na", "2951-2", "mmol/L", 0, (136, 145), lo=(133, 135), hi=(146, 149), crit=(120, 160), clo=(112, 118),
   chi=(162, 168))
_s("k", "2823-3", "mmol/L", 1, (3.5, 5.1), lo=(3.1, 3.4), hi=(5.2, 5.8), crit=(2.5, 6.5), clo=(1.9, 2.3),
   chi=(6.8, 7.4))
_s("cl", "2075-0", "mmol/L", 0, (98, 107), lo=(94, 97), hi=(108, 112))
_s("co2", "2028-9", "mmol/L", 0, (22, 29), lo=(18, 21), hi=(30, 33))
_s("ca", "17861-6", "mg/dL", 1, (8.6, 10.3), lo=(8.0, 8.5), hi=(10.5, 11.0))
_s("mg", "19123-9", "mg/dL", 1, (1.6, 2.6), lo=(1.4, 1.5), hi=(2.7, 2.9))
_s("phos", "2777-1", "mg/dL", 1, (2.5, 4.5), lo=(2.0, 2.4), hi=(4.7, 5.6))
_s("uric", "3084-1", "mg/dL", 1, {"F": (2.4, 5.7), "M": (3.4, 7.0)}, lo=(1.8, 2.2), hi=(7.3, 9.8))
_s("tp", "2885-2", "g/dL", 1, (6.4, 8.3), lo=(5.6, 6.2), hi=(8.5, 9.0))
_s("alb", "1751-7", "g/dL", 1, (3.5, 5.2), lo=(2.8, 3.4))
_s("glob", "10834-0", "g/dL", 1, (2.0, 3.5))
_s("ag", "1759-0", None, 2, (1.10, 2.20))
_s("ast", "1920-8", "U/L", 0, {"F": (None, 32), "M": (None, 40)}, nat=(12, 30), hi=(45, 160))
_s("alt", "1742-6", "U/L", 0, {"F": (None, 33), "M": (None, 41)}, nat=(9, 31), hi=(48, 210))
_s("ggt", "2324-2", "U/L", 0, {"F": (6, 42), "M": (10, 71)}, hi=(80, 260))
_s("alp", "6768-6", "U/L", 0, {"F": (35, 104), "M": (40, 129)}, lo=(28, 33), hi=(135, 320))
_s("tbil", "1975-2", "mg/dL", 2, (0.20, 1.20), hi=(1.40, 3.60))
_s("dbil", "1968-7", "mg/dL", 2, (0.00, 0.30), hi=(0.35, 1.50))
_s("ibil", "1971-1", "mg/dL", 2, (0.10, 1.00))
_s("ldh", "2532-0", "U/L", 0, (135, 225), hi=(240, 420))
_s("ck", "2157-6", "U/L", 0, {"F": (26, 192), "M": (39, 308)}, hi=(330, 900))
_s("amylase", "1798-8", "U/L", 0, (28, 100), hi=(110, 260))
_s("lipase", "3040-3", "U/L", 0, (13, 60), hi=(70, 250))
_s("chol", "2093-3", "mg/dL", 0, (None, 190), nat=(135, 186), hi=(196, 285))
_s("hdl", "2085-9", "mg/dL", 0, (40, None), nat=(43, 88), lo=(29, 38))
_s("tg", "2571-8", "mg/dL", 0, (None, 150), nat=(48, 145), hi=(156, 380))
_s("ldl", "13457-7", "mg/dL", 0, (None, 130))
_s("vldl", "13458-5", "mg/dL", 0, (None, 30))
_s("nonhdl", "43396-1", "mg/dL", 0, (None, 160))
_s("a1c", "4548-4", "%", 1, (4.0, 5.6), hi=(5.8, 9.6))
_s("eag", "27353-2", "mg/dL", 0, None)
_s("crp", "1988-5", "mg/L", 1, (None, 5.0), nat=(0.4, 4.6), hi=(6.0, 85.0))
_s("ferritin", "2276-4", "ng/mL", 1, {"F": (15.0, 150.0), "M": (30.0, 400.0)}, lo=(5.0, 12.0), hi=(170.0, 780.0))
_s("iron", "2498-4", "µg/dL", 0, {"F": (50, 170), "M": (65, 175)}, lo=(25, 45), hi=(180, 230))
_s("tibc", "2500-7", "µg/dL", 0, (250, 450), lo=(205, 240), hi=(460, 520))
_s("tsat", "2502-3", "%", 0, (20, 50))
_s("transferrin", "3034-6", "mg/dL", 0, (200, 360), lo=(160, 190), hi=(370, 420))
_s("b12", "2132-9", "pg/mL", 0, (197, 771), lo=(140, 190), hi=(800, 1150))
_s("folate", "2284-8", "ng/mL", 1, (3.9, 26.8), lo=(2.0, 3.5))
_s("vitd", "62292-8", "ng/mL", 1, (30.0, 100.0), lo=(12.0, 28.5))
_s("tsh", "3016-3", "µIU/mL", 2, (0.45, 4.50), lo=(0.05, 0.35), hi=(4.9, 12.5))
_s("ft4", "3024-7", "ng/dL", 2, (0.93, 1.70), lo=(0.60, 0.86), hi=(1.80, 2.60))
_s("ft3", "3051-0", "pg/mL", 1, (2.0, 4.4), lo=(1.5, 1.9), hi=(4.6, 6.2))
_s("pth", "2731-8", "pg/mL", 1, (15.0, 65.0), hi=(70.0, 140.0))
_s("insulin", "20448-7", "µIU/mL", 1, (2.6, 24.9), hi=(26.0, 45.0))
_s("prl", "2842-3", "ng/mL", 1, {"F": (4.8, 23.3), "M": (4.0, 15.2)}, hi=(26.0, 58.0))
_s("cort_am", "9813-7", "µg/dL", 1, (6.2, 19.4), lo=(4.0, 5.8), hi=(20.0, 26.0))
_s("cort_pm", "9812-9", "µg/dL", 1, (2.3, 11.9), hi=(12.5, 18.0))
_s("shbg", "13967-5", "nmol/L", 1, {"F": (24.6, 122.0), "M": (16.5, 55.9)}, hi=(60.0, 90.0))
_s("lh", "10501-5", "mIU/mL", 1, None)
_s("fsh", "15067-2", "mIU/mL", 1, None)
_s("e2", "2243-4", "pg/mL", 1, None)
_s("prog", "2839-9", "ng/mL", 2, None)
_s("testo", "2986-8", "ng/dL", 0, None)
_s("psa", "2857-1", "ng/mL", 2, None)
# haemostasis
_s("pt", "5902-2", "s", 1, (11.0, 13.5))
_s("inr", "6301-6", None, 2, (0.90, 1.10), hi=(1.30, 3.20))
_s("pt_act", "5894-1", "%", 0, (70, 100))
_s("aptt", "3173-2", "s", 1, (25.0, 35.0), hi=(36.5, 58.0), crit=(None, 150.0), chi=(155.0, 185.0))
_s("fib", "3255-7", "mg/dL", 0, (200, 400), lo=(165, 190), hi=(420, 650))
_s("ddimer", "48065-7", "µg/mL FEU", 2, (None, 0.50), nat=(0.19, 0.46), hi=(0.62, 4.50))
_s("tt", "3243-3", "s", 1, (14.0, 19.0), hi=(20.0, 26.0))
_s("antixa", "3274-8", "IU/mL", 2, (0.30, 0.70), lo=(0.10, 0.25), hi=(0.75, 0.95))
_s("f8", "3209-4", "%", 0, (50, 150), hi=(160, 240))
_s("at3", "27811-9", "%", 0, (80, 120), lo=(58, 76))
# serology (quantitative)
_s("antihbs", "16935-9", "mUI/mL", 1, (10.0, None), nat=(35.0, 900.0), lo=(2.1, 8.5))
_s("rf", "11572-5", "UI/mL", 1, (None, 14.0), nat=(8.5, 13.0), hi=(18.0, 64.0))
_s("aso", "5370-2", "UI/mL", 0, (None, 200), nat=(40, 180), hi=(230, 480))
# urine numeric
_s("u_sg", "5811-5", None, 3, (1.005, 1.030), nat=(1.010, 1.026), lo=(1.002, 1.004))
_s("u_ph", "5803-2", None, 1, (5.0, 8.0), nat=(5.5, 7.0))
_s("u_wbc_hpf", "5821-4", "/HPF", 0, (0, 5), nat=(1, 4), hi=(8, 30))
_s("u_rbc_hpf", "13945-1", "/HPF", 0, (0, 3), nat=(1, 2), hi=(5, 20))
_s("u_wbc_ml", "30405-5", "/mL", 0, (None, 10000), nat=(1000, 8000), hi=(14000, 60000))
_s("u_rbc_ml", "30391-7", "/mL", 0, (None, 10000), nat=(1000, 7000), hi=(13000, 45000))
_s("u_wbc_ul", "30405-5", "/µL", 0, (None, 10), nat=(1, 8), hi=(14, 80))
_s("u_rbc_ul", "30391-7", "/µL", 0, (None, 10), nat=(1, 6), hi=(15, 60))
_s("u_glu_mass", "5792-7", "mg/dL", 0, None)
_s("u_prot_mass", "5804-0", "mg/dL", 0, None)
_s("u_ket_mass", "5797-6", "mg/dL", 0, None)
_s("u_urobil", "20405-7", "mg/dL", 1, (None, 1.0), nat=(0.2, 0.2))


@dataclass(frozen=True)
class UV:
    """A unit variant: printed = base * factor, rounded to dec; ref in printed units (optional)."""

    label: str | None
    loinc: str
    factor: float
    dec: int
    ref: object = None


UVAR: dict[tuple[str, str], UV] = {
    # pt-BR haematology
    ("rbc", "br"): UV("milhões/mm³", "789-8", 1.0, 2),
    ("wbc", "mm3"): UV("/mm³", "6690-2", 1000.0, 0),
    ("plt", "mm3"): UV("/mm³", "777-3", 1000.0, 0, (150000, 450000)),
    ("plt", "mil"): UV("mil/mm³", "777-3", 1.0, 0, (150, 450)),
    ("neut_abs", "mm3"): UV("/mm³", "751-8", 1000.0, 0),
    ("lymph_abs", "mm3"): UV("/mm³", "731-0", 1000.0, 0),
    ("mono_abs", "mm3"): UV("/mm³", "742-7", 1000.0, 0),
    ("eos_abs", "mm3"): UV("/mm³", "711-2", 1000.0, 0),
    ("baso_abs", "mm3"): UV("/mm³", "704-7", 1000.0, 0),
    ("band_abs", "mm3"): UV("/mm³", "26507-4", 1000.0, 0),
    ("neut_pct", "int"): UV("%", "770-8", 1.0, 0),
    ("lymph_pct", "int"): UV("%", "736-9", 1.0, 0),
    ("mono_pct", "int"): UV("%", "5905-5", 1.0, 0),
    ("eos_pct", "int"): UV("%", "713-8", 1.0, 0, (1, 5)),
    ("baso_pct", "int"): UV("%", "706-2", 1.0, 0),
    ("band_pct", "int"): UV("%", "26508-2", 1.0, 0),
    # UK haematology / chemistry
    ("hb", "gL"): UV("g/L", "718-7", 10.0, 0, {"F": (115, 160), "M": (130, 175)}),
    ("hct", "LL"): UV("L/L", "4544-3", 0.01, 3, {"F": (0.360, 0.460), "M": (0.400, 0.520)}),
    ("mchc", "gL"): UV("g/L", "786-4", 10.0, 0, (320, 360)),
    ("rbc", "uk"): UV("x10^12/L", "789-8", 1.0, 2, {"F": (3.80, 5.20), "M": (4.40, 5.90)}),
    ("glu", "mmol"): UV("mmol/L", "14749-6", 1 / 18.016, 1, (3.9, 5.5)),
    ("urea", "mmol"): UV("mmol/L", "22664-7", 1 / 6.006, 1, (2.5, 7.8)),
    ("creat", "umol"): UV("µmol/L", "14682-9", 88.4, 0, {"F": (45, 84), "M": (59, 104)}),
    ("ca", "mmol"): UV("mmol/L", "2000-8", 0.2495, 2, (2.20, 2.60)),
    ("mg", "mmol"): UV("mmol/L", "2601-3", 0.4114, 2, (0.70, 1.00)),
    ("phos", "mmol"): UV("mmol/L", "14879-1", 0.3229, 2, (0.80, 1.50)),
    ("uric", "umol"): UV("µmol/L", "14933-6", 59.48, 0, {"F": (140, 340), "M": (200, 420)}),
    ("tbil", "umol"): UV("µmol/L", "14631-6", 17.1, 0, (None, 21)),
    ("tp", "gL"): UV("g/L", "2885-2", 10.0, 0, (60, 80)),
    ("alb", "gL"): UV("g/L", "1751-7", 10.0, 0, (35, 50)),
    ("glob", "gL"): UV("g/L", "10834-0", 10.0, 0, (20, 35)),
    ("chol", "mmol"): UV("mmol/L", "14647-2", 0.02586, 1, (None, 5.0)),
    ("hdl", "mmol"): UV("mmol/L", "14646-4", 0.02586, 2, (1.00, None)),
    ("tg", "mmol"): UV("mmol/L", "14927-8", 0.01129, 1, (None, 1.7)),
    ("ft4", "pmol"): UV("pmol/L", "14920-3", 12.87, 1, (12.0, 22.0)),
    ("ft3", "pmol"): UV("pmol/L", "14928-6", 1.536, 1, (3.1, 6.8)),
    ("crp", "mgdl"): UV("mg/dL", "1988-5", 0.1, 2, (None, 0.50)),
    ("ferritin", "ugL"): UV("µg/L", "2276-4", 1.0, 0, {"F": (13, 150), "M": (30, 400)}),
    ("fib", "gL"): UV("g/L", "3255-7", 0.01, 1, (2.0, 4.0)),
    ("ddimer", "ng"): UV("ng/mL FEU", "48065-7", 1000.0, 0, (None, 500)),
    ("a1c", "ifcc"): UV("mmol/mol", "59261-8", 1.0, 0),
}

# Brazilian / US / UK reference intervals in base units where a locale prints other numbers
STYLE_REF: dict[tuple[str, str], object] = {
    ("br", "na"): (135, 145),
    ("br", "k"): (3.5, 5.0),
    ("br", "urea"): (15, 40),
    ("br", "creat"): {"F": (0.50, 0.90), "M": (0.70, 1.20)},
    ("br", "plt"): (150, 450),
    ("br", "tsh"): (0.27, 4.20),
    ("br", "ft4"): (0.93, 1.70),
    ("br", "vitd"): (20.0, None),
    ("br", "b12"): (211, 911),
    ("br", "ldl"): (None, 130),
    ("br", "eos_pct"): (1.0, 5.0),
    ("us", "chol"): (None, 200),
    ("us", "hdl"): {"F": (50, None), "M": (40, None)},
    ("us", "ldl"): (None, 100),
    ("us", "nonhdl"): (None, 130),
    ("us", "ast"): (10, 40),
    ("us", "alt"): (7, 56),
    ("uk", "k"): (3.5, 5.3),
    ("uk", "na"): (133, 146),
    ("uk", "alt"): (None, 40),
    ("uk", "alp"): (30, 130),
    ("uk", "ggt"): {"F": (None, 38), "M": (None, 55)},
    ("uk", "wbc"): (4.0, 11.0),
}

# ----------------------------------------------------------------------------------------------
# Names as printed
# ----------------------------------------------------------------------------------------------

NAMES: dict[str, dict[str, list[str]]] = {
    "rbc": {"pt": ["Hemácias", "Eritrócitos", "Glóbulos vermelhos"], "en": ["RBC", "Red Blood Cell Count", "Red cell count", "Erythrocytes"]},
    "hb": {"pt": ["Hemoglobina", "Hemoglobina (Hb)"], "en": ["Hemoglobin", "Haemoglobin", "HGB"]},
    "hct": {"pt": ["Hematócrito", "Hematócrito (Ht)"], "en": ["Hematocrit", "Haematocrit", "HCT"]},
    "mcv": {"pt": ["VCM", "V.C.M.", "Volume corpuscular médio"], "en": ["MCV", "Mean cell volume", "Mean Corpuscular Volume"]},
    "mch": {"pt": ["HCM", "H.C.M.", "Hemoglobina corpuscular média"], "en": ["MCH", "Mean cell haemoglobin", "Mean Corpuscular Hemoglobin"]},
    "mchc": {"pt": ["CHCM", "C.H.C.M.", "Concentração de hemoglobina corpuscular média"], "en": ["MCHC", "Mean cell Hb concentration"]},
    "rdw": {"pt": ["RDW", "RDW-CV"], "en": ["RDW", "RDW-CV", "Red cell distribution width"]},
    "wbc": {"pt": ["Leucócitos", "Leucócitos totais", "Glóbulos brancos"], "en": ["WBC", "White Blood Cell Count", "White cell count", "Leukocytes", "Leucocytes"]},
    "neut": {"pt": ["Neutrófilos", "Neutrófilos totais"], "en": ["Neutrophils", "Neutrophil", "NEUT"]},
    "lymph": {"pt": ["Linfócitos", "Linfócitos típicos"], "en": ["Lymphocytes", "Lymphs", "LYMPH"]},
    "mono": {"pt": ["Monócitos"], "en": ["Monocytes", "MONO"]},
    "eos": {"pt": ["Eosinófilos"], "en": ["Eosinophils", "EOS"]},
    "baso": {"pt": ["Basófilos"], "en": ["Basophils", "BASO"]},
    "band": {"pt": ["Bastonetes", "Bastões"], "en": ["Bands", "Band neutrophils"]},
    "plt": {"pt": ["Plaquetas", "Contagem de plaquetas"], "en": ["Platelets", "Platelet Count", "PLT"]},
    "mpv": {"pt": ["VPM", "Volume plaquetário médio"], "en": ["MPV", "Mean platelet volume"]},
    "esr": {"pt": ["VHS", "Velocidade de hemossedimentação"], "en": ["ESR", "Sed Rate (Westergren)", "Erythrocyte sedimentation rate"]},
    "glu": {"pt": ["Glicose", "Glicemia", "Glicose plasmática"], "en": ["Glucose", "Glucose, Serum", "Plasma glucose"]},
    "urea": {"pt": ["Ureia", "Uréia"], "en": ["Urea", "Serum urea"]},
    "bun": {"pt": ["Nitrogênio ureico"], "en": ["BUN", "Urea Nitrogen (BUN)", "Blood urea nitrogen"]},
    "creat": {"pt": ["Creatinina", "Creatinina sérica"], "en": ["Creatinine", "Creatinine, Serum"]},
    "egfr": {"pt": ["TFG estimada (CKD-EPI 2021)", "Filtração glomerular estimada", "eTFG (CKD-EPI)"], "en": ["eGFR (CKD-EPI 2021)", "eGFR", "Estimated GFR"]},
    "na": {"pt": ["Sódio", "Sódio (Na+)", "Na"], "en": ["Sodium", "Sodium, Serum", "Na"]},
    "k": {"pt": ["Potássio", "Potássio (K+)", "K"], "en": ["Potassium", "Potassium, Serum", "K"]},
    "cl": {"pt": ["Cloro", "Cloreto"], "en": ["Chloride", "Cl"]},
    "co2": {"pt": ["Bicarbonato"], "en": ["CO2, Total", "Carbon Dioxide, Total", "Bicarbonate"]},
    "ca": {"pt": ["Cálcio total", "Cálcio"], "en": ["Calcium", "Calcium, Total", "Adjusted calcium"]},
    "mg": {"pt": ["Magnésio"], "en": ["Magnesium"]},
    "phos": {"pt": ["Fósforo", "Fósforo inorgânico"], "en": ["Phosphorus", "Phosphate"]},
    "uric": {"pt": ["Ácido úrico"], "en": ["Uric Acid", "Urate"]},
    "tp": {"pt": ["Proteínas totais"], "en": ["Protein, Total", "Total protein"]},
    "alb": {"pt": ["Albumina"], "en": ["Albumin"]},
    "glob": {"pt": ["Globulinas", "Globulina"], "en": ["Globulin", "Globulin, Total"]},
    "ag": {"pt": ["Relação A/G", "Relação albumina/globulina"], "en": ["A/G Ratio", "Albumin/Globulin Ratio"]},
    "ast": {"pt": ["TGO", "TGO (AST)", "AST - Aspartato aminotransferase", "Transaminase oxalacética - TGO"], "en": ["AST", "AST (SGOT)", "Aspartate aminotransferase"]},
    "alt": {"pt": ["TGP", "TGP (ALT)", "ALT - Alanina aminotransferase", "Transaminase pirúvica - TGP"], "en": ["ALT", "ALT (SGPT)", "Alanine aminotransferase"]},
    "ggt": {"pt": ["Gama GT", "GGT", "Gama-glutamiltransferase", "Gama glutamil transferase"], "en": ["GGT", "Gamma GT", "Gamma-glutamyl transferase"]},
    "alp": {"pt": ["Fosfatase alcalina"], "en": ["Alkaline Phosphatase", "ALP", "Alk Phos"]},
    "tbil": {"pt": ["Bilirrubina total"], "en": ["Bilirubin, Total", "Total bilirubin", "Bilirubin"]},
    "dbil": {"pt": ["Bilirrubina direta"], "en": ["Bilirubin, Direct", "Direct bilirubin"]},
    "ibil": {"pt": ["Bilirrubina indireta"], "en": ["Bilirubin, Indirect", "Indirect bilirubin"]},
    "ldh": {"pt": ["DHL", "LDH", "Desidrogenase lática"], "en": ["LDH", "Lactate dehydrogenase"]},
    "ck": {"pt": ["CPK", "CK total", "Creatinoquinase"], "en": ["CK", "Creatine Kinase, Total"]},
    "amylase": {"pt": ["Amilase"], "en": ["Amylase"]},
    "lipase": {"pt": ["Lipase"], "en": ["Lipase"]},
    "chol": {"pt": ["Colesterol total"], "en": ["Cholesterol, Total", "Total cholesterol", "Cholesterol"]},
    "hdl": {"pt": ["HDL-colesterol", "Colesterol HDL", "HDL colesterol"], "en": ["HDL Cholesterol", "HDL-C", "HDL cholesterol"]},
    "ldl": {"pt": ["LDL-colesterol", "Colesterol LDL (calculado)", "LDL colesterol"], "en": ["LDL Cholesterol Calc", "LDL-C (calculated)", "LDL cholesterol"]},
    "vldl": {"pt": ["VLDL-colesterol", "Colesterol VLDL"], "en": ["VLDL Cholesterol Cal", "VLDL-C"]},
    "nonhdl": {"pt": ["Colesterol não-HDL", "Não-HDL colesterol"], "en": ["Non-HDL Cholesterol", "Non-HDL-C"]},
    "tg": {"pt": ["Triglicerídeos", "Triglicérides", "Triglicerídios"], "en": ["Triglycerides", "Triglyceride"]},
    "a1c": {"pt": ["Hemoglobina glicada (HbA1c)", "HbA1c", "Hemoglobina glicosilada"], "en": ["Hemoglobin A1c", "HbA1c", "Haemoglobin A1c"]},
    "eag": {"pt": ["Glicose média estimada"], "en": ["Estimated Average Glucose (eAG)", "eAG"]},
    "crp": {"pt": ["Proteína C reativa", "PCR", "PCR quantitativa"], "en": ["C-Reactive Protein", "CRP"]},
    "ferritin": {"pt": ["Ferritina"], "en": ["Ferritin", "Ferritin, Serum"]},
    "iron": {"pt": ["Ferro sérico"], "en": ["Iron", "Iron, Serum"]},
    "tibc": {"pt": ["Capacidade total de ligação do ferro"], "en": ["TIBC", "Iron Binding Capacity"]},
    "tsat": {"pt": ["Saturação da transferrina", "Índice de saturação da transferrina"], "en": ["Transferrin saturation", "% Saturation"]},
    "transferrin": {"pt": ["Transferrina"], "en": ["Transferrin"]},
    "b12": {"pt": ["Vitamina B12", "Cianocobalamina (vitamina B12)"], "en": ["Vitamin B12", "Vitamin B-12"]},
    "folate": {"pt": ["Ácido fólico", "Folato sérico"], "en": ["Folate", "Folate, Serum"]},
    "vitd": {"pt": ["25-hidroxivitamina D", "Vitamina D (25-OH)"], "en": ["Vitamin D, 25-Hydroxy", "25-OH Vitamin D"]},
    "tsh": {"pt": ["TSH", "TSH ultrassensível", "Hormônio tireoestimulante (TSH)"], "en": ["TSH", "Thyroid Stimulating Hormone"]},
    "ft4": {"pt": ["T4 livre", "Tiroxina livre (T4L)", "T4L"], "en": ["Free T4", "T4, Free (Direct)", "Free thyroxine"]},
    "ft3": {"pt": ["T3 livre"], "en": ["Free T3", "Triiodothyronine, Free"]},
    "pth": {"pt": ["Paratormônio (PTH intacto)"], "en": ["PTH, Intact", "Parathyroid Hormone, Intact"]},
    "insulin": {"pt": ["Insulina"], "en": ["Insulin", "Insulin, Fasting"]},
    "prl": {"pt": ["Prolactina"], "en": ["Prolactin"]},
    "pt": {"pt": ["Tempo de protrombina"], "en": ["Prothrombin Time", "PT"]},
    "inr": {"pt": ["RNI", "INR"], "en": ["INR"]},
    "pt_act": {"pt": ["Atividade de protrombina"], "en": ["PT activity"]},
    "aptt": {"pt": ["TTPA", "TTPa"], "en": ["aPTT", "APTT", "Activated PTT"]},
    "fib": {"pt": ["Fibrinogênio"], "en": ["Fibrinogen", "Fibrinogen (Clauss)"]},
}


def nm(ctx, key: str) -> str:
    return _pick(ctx.rng, NAMES[key][ctx.lang])


# ----------------------------------------------------------------------------------------------
# Formatting
# ----------------------------------------------------------------------------------------------

_ACC = {
    "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "ê": "e", "í": "i", "ó": "o", "ô": "o", "õ": "o",
    "ú": "u", "ü": "u", "ç": "c", "Á": "A", "À": "A", "Â": "A", "Ã": "A", "É": "E", "Ê": "E", "Í": "I",
    "Ó": "O", "Ô": "O", "Õ": "O", "Ú": "U", "Ç": "C", "³": "3", "²": "2", "µ": "u",
}


def deacc(s: str | None) -> str | None:
    if s is None:
        return None
    return "".join(_ACC.get(ch, ch) for ch in s)


def fnum(v: float, dec: int, lang: str, thou: bool | None = None) -> str:
    s = f"{abs(v):.{dec}f}"
    ip, _, fp = s.partition(".")
    if thou is None:
        thou = lang == "pt"
    if thou and len(ip) > 3:
        sep = "." if lang == "pt" else ","
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    out = ip + (("," if lang == "pt" else ".") + fp if fp else "")
    return ("-" if v < 0 else "") + out


def fref(rng, lang: str, lo, hi, dec: int, form: str | None = None):
    """Format an interval; returns (text, lo_eff, hi_eff)."""
    f = lambda x: fnum(x, dec, lang)  # noqa: E731
    if lo is None and hi is None:
        return "", None, None
    if lo is not None and hi is not None:
        if lo == 0 and form != "two" and rng.random() < 0.35:
            lo = None
        else:
            if lang == "pt":
                t = _pick(rng, ["{a} a {b}", "{a} a {b}", "{a} - {b}", "De {a} a {b}"]) if form is None else "{a} a {b}"
            else:
                t = _pick(rng, ["{a}-{b}", "{a} - {b}", "{a}-{b}"]) if form is None else "{a}-{b}"
            return t.format(a=f(lo), b=f(hi)), lo, hi
    if lo is None:
        if lang == "pt":
            t = _pick(rng, ["Até {b}", "Inferior a {b}", "< {b}", "Menor que {b}"])
        else:
            t = _pick(rng, ["<{b}", "< {b}", "<{b}", "Less than {b}"])
        return t.format(b=f(hi)), None, hi
    if lang == "pt":
        t = _pick(rng, ["Superior a {a}", "Maior que {a}", "> {a}", "Acima de {a}"])
    else:
        t = _pick(rng, [">{a}", "> {a}", ">{a}", "Greater than {a}"])
    return t.format(a=f(lo)), lo, None


def fdate(d: date, fmt: str) -> str:
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    if fmt == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if fmt == "dmon":
        return f"{d.day:02d}-{mon}-{d.year}"
    if fmt == "dmonsp":
        return f"{d.day} {mon} {d.year}"
    if fmt == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if fmt == "mdy2":
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    return d.isoformat()


MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]

# ----------------------------------------------------------------------------------------------
# Patients, labs
# ----------------------------------------------------------------------------------------------

PT_F = ["Maria Aparecida", "Ana Paula", "Juliana", "Francisca", "Luciana", "Adriana", "Patrícia", "Fernanda",
        "Márcia", "Cláudia", "Rosângela", "Letícia", "Beatriz", "Sônia", "Débora", "Terezinha", "Iolanda"]
PT_M = ["José Carlos", "João Batista", "Antônio", "Francisco", "Paulo Roberto", "Luiz Fernando", "Marcos",
        "Rafael", "Sebastião", "Raimundo", "Carlos Eduardo", "Gustavo", "Thiago", "Édson", "Vinícius", "Joaquim"]
PT_SUR = ["da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Rodrigues", "Almeida",
          "Nascimento", "Lima", "Araújo", "Carvalho", "Gomes", "Ribeiro", "Conceição", "Barbosa", "Cavalcanti",
          "Moraes", "Magalhães", "Brandão", "Figueiredo"]
EN_F = ["Margaret", "Jennifer", "Linda", "Patricia", "Susan", "Emily", "Sarah", "Karen", "Deborah", "Olivia",
        "Hannah", "Gillian", "Siobhan", "Megan", "Dolores", "Rachel"]
EN_M = ["Robert", "James", "Michael", "William", "David", "Richard", "Thomas", "Daniel", "Gareth", "Alistair",
        "Kevin", "Brian", "Anthony", "Steven", "Harold", "Marcus"]
EN_SUR = ["Johnson", "Williams", "Brown", "Miller", "Davis", "Thompson", "Walker", "Hughes", "Patel", "O'Connor",
          "McAllister", "Fletcher", "Reynolds", "Bennett", "Harrison", "Gallagher", "Okafor", "Lindqvist"]


@dataclass
class Patient:
    first: str
    last: str
    sex: str  # "F"/"M"
    age: int
    dob: date
    coll: date
    time: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def make_patient(rng, lang, sex=None, age=None, age_range=(19, 86)) -> Patient:
    sex = sex or _pick(rng, ["F", "M"])
    if lang == "pt":
        first = _pick(rng, PT_F if sex == "F" else PT_M)
        last = _pick(rng, PT_SUR) + " " + _pick(rng, PT_SUR)
    else:
        first = _pick(rng, EN_F if sex == "F" else EN_M)
        last = _pick(rng, EN_SUR)
    age = age if age is not None else rng.randint(*age_range)
    coll = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 315))
    dob = coll - timedelta(days=age * 365 + rng.randrange(20, 340))
    # recompute age exactly from the dates
    age = coll.year - dob.year - ((coll.month, coll.day) < (dob.month, dob.day))
    time = f"{rng.randint(6, 10):02d}:{rng.randrange(0, 60):02d}"
    return Patient(first, last, sex, age, dob, coll, time)


LABS_PT = [
    ("Laboratório Santa Clara de Análises Clínicas", "Av. Getúlio Vargas, 1420 - Centro - Juiz de Fora/MG - CEP 36013-010", "Tel. (32) 3215-4470"),
    ("LabVida Diagnósticos", "Rua Padre Anchieta, 388 - Batel - Curitiba/PR", "Tel. (41) 3026-1188"),
    ("Instituto de Patologia Clínica Ipê Amarelo", "Rua Barão do Rio Branco, 77 - Aldeota - Fortaleza/CE", "Tel. (85) 3244-9001"),
    ("Laboratório Bioanálise Vale do Itajaí", "Rua XV de Novembro, 1102 - Centro - Blumenau/SC", "Tel. (47) 3322-5650"),
    ("Centro Diagnóstico Nossa Senhora da Penha", "Av. Carlos Gomes, 560 - Madalena - Recife/PE", "Tel. (81) 3228-7713"),
    ("Laboratório São Lucas Medicina Diagnóstica", "Rua Marechal Deodoro, 233 - Centro - Campinas/SP", "Tel. (19) 3231-0990"),
    ("Laboratório Cerrado Análises Clínicas", "Quadra 104 Sul, Av. LO 1, 18 - Palmas/TO", "Tel. (63) 3215-2020"),
    ("Unilab Pampa - Medicina Laboratorial", "Rua dos Andradas, 1650 - Centro Histórico - Porto Alegre/RS", "Tel. (51) 3221-8877"),
    ("Laboratório Maré Alta", "Av. Sete de Setembro, 2410 - Vitória - Salvador/BA", "Tel. (71) 3336-4545"),
]
PT_DOCS = ["Dra. Helena Martins Coutinho", "Dr. Ricardo Albuquerque Neves", "Dra. Camila Freitas Bastos",
           "Dr. Otávio Lins de Mendonça", "Dra. Renata Sampaio Vilela", "Dr. Fábio Henrique Queiroz",
           "Dra. Lúcia Helena Prado", "Dr. Sérgio Tavares Leite"]
PT_BIO = ["Dra. Simone Arantes - CRF-MG 14.233", "Dr. Paulo Cezar Mota - CRBM 3a. Região 4.512",
          "Dra. Aline Rocha Pimentel - CRF-PR 9.876", "Dr. Heitor Vasconcelos - CRM-CE 11.420 (Patologista Clínico)",
          "Dra. Gabriela Lemos - CRF-SC 7.031", "Dra. Vera Lúcia Campos - CRF-PE 3.318",
          "Dr. Márcio Dantas - CRF-SP 41.290"]
LABS_US = [
    ("Northbridge Clinical Laboratories", "1450 Harmon Ave, Suite 200, Columbus, OH 43215", "CLIA 36D0987654"),
    ("Cedar Valley Reference Laboratory", "88 W. Lincoln Hwy, DeKalb, IL 60115", "CLIA 14D2233445"),
    ("Pacific Crest Diagnostics", "2100 NW Pine St, Portland, OR 97209", "CLIA 38D1122334"),
    ("Bluegrass Regional Medical Laboratory", "310 E. Main St, Lexington, KY 40507", "CLIA 18D0456789"),
    ("Sonoran Desert Pathology Associates", "4420 N. 7th Ave, Phoenix, AZ 85013", "CLIA 03D0778899"),
]
LABS_UK = [
    ("Riverside Pathology Services", "Blackburn Road, Bolton BL1 8PN", "UKAS Medical Laboratory No. 8841"),
    ("North Tyne Blood Sciences", "Rake Lane, North Shields NE29 8NH", "UKAS Medical Laboratory No. 9127"),
    ("St Aldhelm's Hospital - Clinical Biochemistry & Haematology", "Westgate, Salisbury SP2 7QE", "UKAS No. 9310"),
]
EN_DOCS = ["Dr. Alan K. Whitfield, MD", "Dr. Priya Raman, MD", "Dr. Colleen Murphy, DO", "Dr. Samuel Osei, MD",
           "Dr. Fiona Campbell", "Dr. Jonathan Pryce", "Dr. Meera Shah", "Dr. Ewan MacLeod"]
EN_DIRS = ["Laurence T. Hale, MD, PhD - Laboratory Director", "Rebecca Stone, MD - Medical Director",
           "Dr. H. Ashworth FRCPath - Consultant Clinical Scientist", "Dr. K. Nwosu FRCPath - Consultant Haematologist",
           "Victor Alvarez, MD - Laboratory Director"]


# ----------------------------------------------------------------------------------------------
# Values, rows, flags
# ----------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    style: str  # "br", "us", "uk"
    sex: str
    age: int
    crit: dict = field(default_factory=dict)
    abn: float = 0.3
    noacc: bool = False
    bothsex: float = 0.0  # probability of printing both sexes' intervals


@dataclass
class Row:
    key: str
    loinc: str
    name: str
    value: float | None
    vstr: str
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    qual: str | None = None
    comp: str | None = None
    pflag: str | None = None
    refstr: str = ""
    dec: int = 0

    def expected(self) -> ExpectedResult:
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=self.value, unit=self.unit,
            ref_low=self.lo, ref_high=self.hi, flag=self.flag, qualitative=self.qual,
            comparator=self.comp, printed_flag=self.pflag,
        )


def _sexref(ref, sex):
    if ref is None:
        return (None, None)
    if isinstance(ref, dict):
        return ref[sex]
    return ref


def base_ref(ctx, key):
    r = STYLE_REF.get((ctx.style, key), SPEC[key].ref)
    return _sexref(r, ctx.sex)


def _classify(v, lo, hi):
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


def pick_status(ctx, key):
    sp = SPEC[key]
    if key in ctx.crit:
        return ctx.crit[key]
    r = ctx.rng.random()
    if r >= ctx.abn:
        return "N"
    if sp.lo and sp.hi:
        return "L" if ctx.rng.random() < 0.38 else "H"
    if sp.hi:
        return "H"
    if sp.lo:
        return "L"
    return "N"


def sample(ctx, key, status=None, ref=None):
    """A base-unit value with the wanted status against the base interval."""
    sp = SPEC[key]
    rng = ctx.rng
    lo, hi = ref if ref is not None else base_ref(ctx, key)
    if status is None:
        status = pick_status(ctx, key)
    v = None
    for _ in range(80):
        st = status
        if st == "LL" and sp.clo:
            w = sp.clo
        elif st == "HH" and sp.chi:
            w = sp.chi
        elif st == "L" and sp.lo:
            w = sp.lo
        elif st == "H" and sp.hi:
            w = sp.hi
        else:
            st = "N"
            if lo is not None and hi is not None:
                m = 0.07 * (hi - lo)
                w = (lo + m, hi - m)
            elif hi is not None:
                n = sp.nat or (0, hi)
                w = (n[0], min(n[1], hi * 0.96))
            elif lo is not None:
                n = sp.nat or (lo, lo * 2)
                w = (max(n[0], lo * 1.04), n[1])
            else:
                w = sp.nat
        v = round(rng.uniform(*w), sp.dec)
        c = _classify(v, lo, hi)
        if v == lo or v == hi:
            continue
        if st in ("LL", "L") and c == "L":
            return v
        if st in ("HH", "H") and c == "H":
            return v
        if st == "N" and c == "N":
            return v
    return v


def flag_of(key, v, factor, lo, hi):
    sp = SPEC[key]
    base = v / factor
    clo, chi = sp.crit
    if clo is not None and base < clo:
        return "LL"
    if chi is not None and base > chi:
        return "HH"
    return _classify(v, lo, hi)


def unit_of(key, uv):
    sp = SPEC[key]
    if uv:
        return UVAR[(key, uv)]
    return UV(sp.unit, sp.loinc, 1.0, sp.dec)


def printed_refs(ctx, key, u: UV):
    """Reference in printed units: dict F/M or tuple."""
    if u.ref is not None:
        return u.ref
    r = STYLE_REF.get((ctx.style, key), SPEC[key].ref)
    if r is None:
        return None

    def cv(t):
        return tuple(None if x is None else round(x * u.factor, u.dec) for x in t)

    if isinstance(r, dict):
        return {s: cv(t) for s, t in r.items()}
    return cv(r)


def make_row(ctx, key, base, uv=None, *, name=None, ulabel=None, ref="auto", show_ref=True, comp=None,
             vstr=None, value=None, loinc=None, twoside=False, bothsex=None, refunit=False) -> Row:
    """Build a printed row. ref="auto" uses locale intervals; a tuple / dict overrides (printed units)."""
    u = unit_of(key, uv)
    name = name or nm(ctx, key)
    label = u.label if ulabel is None else ulabel
    v = value if value is not None else round(base * u.factor, u.dec)
    refs = printed_refs(ctx, key, u) if (isinstance(ref, str) and ref == "auto") else ref
    refstr, lo, hi = "", None, None
    if show_ref and refs is not None:
        both = bothsex if bothsex is not None else (ctx.rng.random() < ctx.bothsex)
        form = "two" if twoside else None
        if isinstance(refs, dict):
            mine = refs[ctx.sex]
            state = ctx.rng.getstate()
            t_me, lo, hi = fref(ctx.rng, ctx.lang, mine[0], mine[1], u.dec, form)
            if both:
                other = "F" if ctx.sex == "M" else "M"
                after = ctx.rng.getstate()
                ctx.rng.setstate(state)  # same wording for both sexes
                t_ot, _, _ = fref(ctx.rng, ctx.lang, refs[other][0], refs[other][1], u.dec, form)
                ctx.rng.setstate(after)
                strs = {ctx.sex: t_me, other: t_ot}
                if ctx.lang == "pt":
                    lab = {"M": "Homens", "F": "Mulheres"}
                    refstr = " / ".join(f"{lab[s]}: {strs[s]}" for s in ("M", "F"))
                else:
                    lab = {"M": "Male", "F": "Female"}
                    refstr = "; ".join(f"{lab[s]}: {strs[s]}" for s in ("M", "F"))
            else:
                refstr = t_me
        else:
            refstr, lo, hi = fref(ctx.rng, ctx.lang, refs[0], refs[1], u.dec, form)
        if refunit and label and refstr:
            refstr = f"{refstr} {label}"
    lo = None if lo is None else float(lo)
    hi = None if hi is None else float(hi)
    step = 10 ** (-u.dec)
    if comp is None and value is None:
        if lo is not None and abs(v - lo) < step / 2:
            v = round(v + step, u.dec)
        if hi is not None and abs(v - hi) < step / 2:
            v = round(v - step, u.dec)
    flag = flag_of(key, v, u.factor, lo, hi)
    if vstr is None:
        vstr = fnum(v, u.dec, ctx.lang)
    if ctx.noacc:
        name, label, refstr = deacc(name), deacc(label), deacc(refstr)
    return Row(key, loinc or u.loinc, name, float(v), vstr, label, lo, hi, flag, comp=comp, refstr=refstr,
               dec=u.dec)


def qual_row(ctx, key, loinc, name, qual, word) -> Row:
    if ctx.noacc:
        name, word = deacc(name), deacc(word)
    return Row(key, loinc, name, None, word, None, None, None, "N", qual=qual)


PF_STYLES = {
    "HL": {"L": "L", "H": "H", "LL": "LL", "HH": "HH"},
    "HLc": {"L": "L", "H": "H", "LL": "L*", "HH": "H*"},
    "star": {"L": "*", "H": "*", "LL": "*", "HH": "*"},
    "ptup": {"L": "BAIXO", "H": "ALTO", "LL": "BAIXO", "HH": "ALTO"},
    "ptcap": {"L": "Baixo", "H": "Alto", "LL": "Baixo", "HH": "Alto"},
}


def set_pflag(row: Row, style: str | None) -> str:
    if style is None or row.flag == "N":
        row.pflag = None
        return ""
    row.pflag = PF_STYLES[style][row.flag]
    return row.pflag


# ----------------------------------------------------------------------------------------------
# Panels (base values; derived values consistent with their inputs)
# ----------------------------------------------------------------------------------------------


def gen_cbc(ctx, *, pct_int=False, bands=False):
    """Return dict of base values for a CBC with differential."""
    rng = ctx.rng
    out = {}
    st = pick_status(ctx, "hb")
    if st == "LL":
        hb = round(rng.uniform(3.8, 4.6), 1)
        mchc = rng.uniform(32.8, 34.6)
    else:
        hb = sample(ctx, "hb", st)
        mchc = rng.uniform(32.5, 35.2)
    mst = pick_status(ctx, "mcv")
    mcv = sample(ctx, "mcv", mst)
    if mst == "L":
        mchc = rng.uniform(30.6, 31.7)
    hct = round(hb / mchc * 100, 1)
    rbc = round(hct / mcv * 10, 2)
    mcv = round(hct / rbc * 10, 1)
    mch = round(hb / rbc * 10, 1)
    mchc = round(hb / hct * 100, 1)
    out.update(rbc=rbc, hb=hb, hct=hct, mcv=mcv, mch=mch, mchc=mchc, rdw=sample(ctx, "rdw"))
    wst = pick_status(ctx, "wbc")
    wbc = sample(ctx, "wbc", wst)
    neut_ll = ctx.crit.get("neut_abs") == "LL"
    if neut_ll and wst != "LL":
        wbc = round(rng.uniform(2.7, 3.6), 2)
    wbc = round(wbc, 1 if not pct_int else 2)
    out["wbc"] = wbc
    # differential
    if wst == "LL" or neut_ll:
        neut = min(0.42 / wbc * 100, 40.0) * rng.uniform(0.55, 0.95)
    else:
        r = rng.random()
        neut = rng.uniform(44, 67) if r > 0.22 else (rng.uniform(72, 84) if r > 0.08 else rng.uniform(31, 38))
        if wbc * neut / 100 < 1.25:
            neut = 1.3 / wbc * 100 + 2
    neut = min(neut, 88)
    mono = rng.uniform(3.2, 9.2)
    eos = rng.uniform(1.6, 4.6)
    baso = rng.uniform(0.4, 1.3)
    band = rng.uniform(1.2, 4.2) if bands else 0.0
    lymph = 100 - neut - mono - eos - baso
    if pct_int:
        mono, eos, baso, band = round(mono), round(eos), 1, (round(band) if bands else 0)
        lymph = round(lymph)
        neut = 100 - mono - eos - baso - lymph
    else:
        mono, eos, baso = round(mono, 1), round(eos, 1), round(baso, 1)
        lymph = round(lymph, 1)
        neut = round(100 - mono - eos - baso - lymph, 1)
    if lymph < 0:
        lymph, neut = 5.0, neut - 5.0 + lymph
    out.update(neut_pct=neut, lymph_pct=lymph, mono_pct=mono, eos_pct=eos, baso_pct=baso)
    for k in ("neut", "lymph", "mono", "eos", "baso"):
        out[f"{k}_abs"] = wbc * out[f"{k}_pct"] / 100
    if bands:
        out["band_pct"] = band
        out["band_abs"] = wbc * band / 100
    pst = pick_status(ctx, "plt")
    out["plt"] = sample(ctx, "plt", pst)
    out["mpv"] = sample(ctx, "mpv")
    return out


def ckd_epi_2021(creat_mgdl, age, sex):
    k = 0.7 if sex == "F" else 0.9
    a = -0.241 if sex == "F" else -0.302
    r = creat_mgdl / k
    e = 142 * min(r, 1) ** a * max(r, 1) ** -1.200 * 0.9938 ** age
    if sex == "F":
        e *= 1.012
    return e


def gen_creat_egfr(ctx):
    c = sample(ctx, "creat")
    e = ckd_epi_2021(c, ctx.age, ctx.sex)
    if abs(e - 60) < 0.6 or abs(e - 90) < 0.6:
        c = round(c + 0.03, 2)
        e = ckd_epi_2021(c, ctx.age, ctx.sex)
    return c, e


def gen_lipids(ctx):
    chol = sample(ctx, "chol")
    hdl = sample(ctx, "hdl")
    tg = sample(ctx, "tg")
    ldl = chol - hdl - tg / 5
    tries = 0
    while ldl < 45 and tries < 20:
        chol = sample(ctx, "chol")
        hdl = sample(ctx, "hdl", "N")
        ldl = chol - hdl - tg / 5
        tries += 1
    vldl = tg / 5
    return dict(chol=chol, hdl=hdl, tg=tg, ldl=round(ldl), vldl=round(vldl), nonhdl=chol - hdl)


def gen_liver(ctx):
    tp = sample(ctx, "tp")
    alb = sample(ctx, "alb")
    if tp - alb < 1.6:
        alb = round(tp - ctx.rng.uniform(2.2, 3.1), 1)
    glob = round(tp - alb, 1)
    ag = alb / glob
    tb = sample(ctx, "tbil")
    db = round(min(tb * ctx.rng.uniform(0.15, 0.4), tb - 0.1), 2)
    if db <= 0.0:
        db = 0.05
    if tb > 1.3 and ctx.rng.random() < 0.5:
        db = round(tb * ctx.rng.uniform(0.3, 0.5), 2)
    ib = round(tb - db, 2)
    return dict(tp=tp, alb=alb, glob=glob, ag=ag, tbil=tb, dbil=db, ibil=ib)


def gen_iron(ctx):
    fe = sample(ctx, "iron")
    tibc = sample(ctx, "tibc")
    return dict(iron=fe, tibc=tibc, tsat=fe / tibc * 100, ferritin=sample(ctx, "ferritin"),
                transferrin=tibc / 1.25)


def gen_coag(ctx):
    inr = sample(ctx, "inr")
    pt = 12.1 * inr ** (1 / 1.05)
    act = 100.0 / (inr ** 1.9)
    act = min(act, 99.0) if act > 97 else act
    return dict(inr=inr, pt=pt, pt_act=act)


# ----------------------------------------------------------------------------------------------
# PDF canvas and scanning
# ----------------------------------------------------------------------------------------------


class Canvas:
    def __init__(self, w=595.0, h=842.0, title="Laudo"):
        self.doc = fitz.open()
        self.w, self.h = w, h
        self.page = None
        self.title = title

    def new_page(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        return self.page

    def t(self, x, y, s, f="helv", z=9.0, col=(0, 0, 0), al="l"):
        if not s:
            return
        if al != "l":
            wd = fitz.get_text_length(s, fontname=f, fontsize=z)
            x = x - wd if al == "r" else x - wd / 2
        self.page.insert_text((x, y), s, fontname=f, fontsize=z, color=col)

    def tw(self, s, f="helv", z=9.0):
        return fitz.get_text_length(s, fontname=f, fontsize=z)

    def ln(self, x0, y0, x1, y1, w=0.5, col=(0, 0, 0)):
        self.page.draw_line((x0, y0), (x1, y1), color=col, width=w)

    def box(self, x0, y0, x1, y1, col=(0, 0, 0), fill=None, w=0.5):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=col, fill=fill, width=w)

    def pdf(self) -> bytes:
        self.doc.set_metadata({"producer": "LIS report writer", "creator": "LIS", "title": self.title,
                               "creationDate": "D:20261127000000", "modDate": "D:20261127000000"})
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def _png(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    mode = "L" if arr.ndim == 2 else "RGB"
    Image.fromarray(arr, mode).save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def scan_png(pdf: bytes, rng, *, dpi, angle, noise, blur, tint) -> bytes:
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY, alpha=False)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).astype(np.float32)
    h, w = a.shape
    a = a * (tint / 255.0)
    # faint uneven illumination
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    a = a * (1.0 - 0.05 * yy)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=float(tint))
    a = cv2.GaussianBlur(a, (0, 0), blur)
    g = np.random.default_rng(rng.randrange(2 ** 32))
    a = a + g.normal(0.0, noise, a.shape).astype(np.float32)
    # dust specks
    n = int(h * w / 9000)
    ys, xs = g.integers(0, h, n), g.integers(0, w, n)
    a[ys, xs] = g.uniform(40, 140, n)
    return _png(np.clip(a, 0, 255).astype(np.uint8))


def photo_png(pdf: bytes, rng, *, dpi, angle, key, shadow, blur) -> bytes:
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, alpha=False)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3).astype(np.float32)
    h, w = a.shape[:2]
    # warm paper
    a = a * np.array([0.97, 0.94, 0.86], np.float32)
    pad = int(0.07 * w)
    H, W = h + 2 * pad, w + 2 * pad
    # keystone: top edge narrower (phone tilted), small random skews
    k = key * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.006, 0.006) * w  # noqa: E731
    dst = np.float32([[pad + k + j(), pad + j()], [pad + w - k + j(), pad + j()],
                      [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    table = (86.0, 74.0, 60.0)
    out = cv2.warpPerspective(a, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=table)
    R = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    out = cv2.warpAffine(out, R, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=table)
    # shadow band (diagonal) and vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx = W * rng.uniform(0.25, 0.75)
    d = (xx - cx) * 0.8 + (yy - H * 0.5) * 0.35
    band = np.exp(-(d / (W * 0.12)) ** 2)
    light = 1.0 - shadow * band
    vig = 1.0 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    out = out * (light * vig)[:, :, None]
    out = cv2.GaussianBlur(out, (0, 0), blur)
    g = np.random.default_rng(rng.randrange(2 ** 32))
    out = out + g.normal(0.0, 4.0, out.shape).astype(np.float32)
    return _png(np.clip(out, 0, 255).astype(np.uint8))


# ----------------------------------------------------------------------------------------------
# Report assembly
# ----------------------------------------------------------------------------------------------


@dataclass
class Built:
    report: GeneratedReport
    pdf: bytes  # the text PDF (for scans: the page before scanning)
    checks: list


def _finish(name, family, lang, rows, pdf, sex, coll, png=None) -> Built:
    checks = []
    for r in rows:
        checks.append(r.name)
        checks.append(r.vstr)
    rep = GeneratedReport(
        name=name, family=family, language=lang,
        mime_type="image/png" if png is not None else "application/pdf",
        content=png if png is not None else pdf,
        sex={"F": "female", "M": "male"}.get(sex) if sex else None,
        collected_on=coll.isoformat() if coll else None,
        expected=[r.expected() for r in rows],
    )
    return Built(rep, pdf, checks)


# ----------------------------------------------------------------------------------------------
# Shared headers / footers
# ----------------------------------------------------------------------------------------------

UFS = ["MG", "PR", "CE", "SC", "PE", "SP", "TO", "RS", "BA"]


def header_pt(c, ctx, pat, lab, *, y=38.0, dob=None, font="helv", proto=None, color=(0.1, 0.2, 0.45)):
    rng = ctx.rng
    proto = proto or f"{pat.coll.year}{pat.coll.month:02d}{rng.randint(100000, 999999)}"
    c.t(40, y, lab[0], "hebo", 13, col=color)
    c.t(40, y + 11, lab[1], font, 7)
    c.t(40, y + 20, f"{lab[2]}  -  CNES {rng.randint(2000000, 9999999)}", font, 7)
    c.ln(40, y + 26, 555, y + 26, 1.2, color)
    y += 40
    sexw = "Feminino" if pat.sex == "F" else "Masculino"
    c.t(40, y, "Paciente:", font, 8.5)
    c.t(86, y, pat.full.upper(), "hebo", 9)
    c.t(420, y, f"Pedido: {proto}", font, 8)
    y += 12
    if dob is None:
        dob = rng.random() < 0.5
    line = f"Sexo: {sexw}      Idade: {pat.age} anos"
    if dob:
        line += f"      Data de nascimento: {fdate(pat.dob, 'dmy')}"
    c.t(40, y, line, font, 8)
    y += 12
    c.t(40, y, f"Médico solicitante: {_pick(rng, PT_DOCS)} - CRM-{_pick(rng, UFS)} {rng.randint(10000, 99999)}", font, 8)
    y += 12
    c.t(40, y, f"Data da coleta: {fdate(pat.coll, 'dmy')} às {pat.time}", font, 8)
    c.t(300, y, f"Data de liberação: {fdate(pat.coll + timedelta(days=1), 'dmy')}", font, 8)
    y += 6
    c.ln(40, y, 555, y, 0.6)
    return y + 16


def footer_pt(c, ctx, pat, *, y=792.0, font="helv", page="Página 1 de 1"):
    rng = ctx.rng
    bio = _pick(rng, PT_BIO)
    c.ln(40, y - 10, 555, y - 10, 0.4)
    c.t(40, y, f"Liberado eletronicamente por {bio} em {fdate(pat.coll + timedelta(days=1), 'dmy')} "
               f"{rng.randint(9, 17):02d}:{rng.randrange(60):02d}.", font, 7)
    c.t(40, y + 9, "Os resultados devem ser interpretados pelo médico assistente em conjunto com dados clínicos.", font, 6.5)
    c.t(555, y + 18, page, font, 7, al="r")


def header_en(c, ctx, pat, lab, *, y=38.0, font="helv", uk=False, title=None):
    rng = ctx.rng
    c.t(40, y, lab[0], "hebo", 12.5)
    c.t(40, y + 11, f"{lab[1]}   |   {lab[2]}", font, 7)
    if title:
        c.t(555, y, title, "hebo", 10, al="r")
    c.ln(40, y + 17, 555, y + 17, 1.0)
    y += 30
    if uk:
        nm_ = f"{pat.last.upper()}, {pat.first}"
        c.t(40, y, f"Patient: {nm_}", "hebo", 9)
        c.t(330, y, f"NHS No: {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", font, 8)
        y += 11
        c.t(40, y, f"DOB: {fdate(pat.dob, 'dmy')} ({pat.age}y)    Sex: {'Female' if pat.sex == 'F' else 'Male'}", font, 8)
        c.t(330, y, f"Hospital No: {_pick(rng, ['RBN', 'NTH', 'SAH'])}{rng.randint(100000, 999999)}", font, 8)
        y += 11
        c.t(40, y, f"Requested by: {_pick(rng, EN_DOCS)} ({_pick(rng, ['GP surgery', 'Ward 7B', 'Diabetes clinic', 'AMU'])})", font, 8)
        c.t(330, y, f"Collected: {fdate(pat.coll, 'dmon')} {pat.time}", font, 8)
    else:
        nm_ = f"{pat.last.upper()}, {pat.first.upper()}"
        c.t(40, y, f"Patient: {nm_}", "hebo", 9)
        c.t(330, y, f"Specimen ID: {rng.choice('ABCDEFGH')}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}", font, 8)
        y += 11
        c.t(40, y, f"DOB: {fdate(pat.dob, 'mdy')}   Age: {pat.age}   Sex: {'F' if pat.sex == 'F' else 'M'}", font, 8)
        c.t(330, y, f"Collected: {fdate(pat.coll, 'mdy')} {pat.time}", font, 8)
        y += 11
        c.t(40, y, f"Ordering Physician: {_pick(rng, EN_DOCS)}", font, 8)
        c.t(330, y, f"Reported: {fdate(pat.coll + timedelta(days=1), 'mdy')} {rng.randint(8, 18):02d}:{rng.randrange(60):02d}", font, 8)
    y += 6
    c.ln(40, y, 555, y, 0.6)
    return y + 14


def footer_en(c, ctx, *, y=800.0, font="helv", page="Page 1 of 1", uk=False):
    rng = ctx.rng
    c.ln(40, y - 10, 555, y - 10, 0.4)
    c.t(40, y, f"Electronically verified by {_pick(rng, EN_DIRS)}", font, 7)
    if uk:
        c.t(40, y + 9, "Results should be interpreted in the clinical context. Reference ranges are age and sex specific.", font, 6.5)
    else:
        c.t(40, y + 9, "Test results relate only to the specimen received. Reference intervals are age and sex specific.", font, 6.5)
    c.t(555, y + 18, page, font, 7, al="r")


def _name_family(fam, i):
    return f"{fam}-{i + 1:02d}"


def _scan_params(rng):
    return dict(dpi=rng.choice([160, 170, 180, 190, 200]),
                angle=rng.choice([-1, 1]) * rng.uniform(0.5, 2.5),
                noise=rng.uniform(5.0, 8.5), blur=rng.uniform(0.5, 0.8), tint=rng.uniform(212, 232))


# ----------------------------------------------------------------------------------------------
# DD1 scan-block-pt
# ----------------------------------------------------------------------------------------------

DD1_BLOCKS = [
    ("glu", ["GLICOSE", "GLICOSE PLASMÁTICA", "GLICEMIA"], "Plasma fluoretado", "Enzimático - hexoquinase"),
    ("urea", ["UREIA", "URÉIA"], "Soro", "Cinético UV (urease/GLDH)"),
    ("creat", ["CREATININA", "CREATININA SÉRICA"], "Soro", "Jaffé cinético compensado"),
    ("na", ["SÓDIO", "SODIO"], "Soro", "Eletrodo íon seletivo"),
    ("k", ["POTÁSSIO", "POTASSIO"], "Soro", "Eletrodo íon seletivo"),
    ("ast", ["TRANSAMINASE OXALACÉTICA - TGO (AST)", "TGO - ASPARTATO AMINOTRANSFERASE"], "Soro", "Cinético UV - IFCC"),
    ("alt", ["TRANSAMINASE PIRÚVICA - TGP (ALT)", "TGP - ALANINA AMINOTRANSFERASE"], "Soro", "Cinético UV - IFCC"),
    ("ggt", ["GAMA GLUTAMIL TRANSFERASE (GAMA GT)", "GAMA GT"], "Soro", "Cinético colorimétrico (Szasz)"),
    ("alp", ["FOSFATASE ALCALINA"], "Soro", "Cinético colorimétrico - IFCC"),
    ("chol", ["COLESTEROL TOTAL"], "Soro", "Enzimático colorimétrico"),
    ("tg", ["TRIGLICERÍDEOS", "TRIGLICÉRIDES"], "Soro", "Enzimático colorimétrico (GPO-PAP)"),
    ("hdl", ["HDL-COLESTEROL", "COLESTEROL HDL"], "Soro", "Homogêneo direto"),
    ("a1c", ["HEMOGLOBINA GLICADA - HbA1c", "HEMOGLOBINA GLICOSILADA (A1C)"], "Sangue total (EDTA)", "HPLC - cromatografia líquida de alta eficiência"),
    ("tsh", ["TSH - HORMÔNIO TIREOESTIMULANTE", "TSH ULTRASSENSÍVEL"], "Soro", "Eletroquimioluminescência"),
    ("ft4", ["T4 LIVRE", "TIROXINA LIVRE (T4L)"], "Soro", "Eletroquimioluminescência"),
    ("ferritin", ["FERRITINA"], "Soro", "Quimioluminescência"),
    ("b12", ["VITAMINA B12", "CIANOCOBALAMINA (VITAMINA B12)"], "Soro", "Quimioluminescência"),
    ("vitd", ["25-HIDROXIVITAMINA D", "VITAMINA D - 25 HIDROXI"], "Soro", "Quimioluminescência"),
    ("crp", ["PROTEÍNA C REATIVA (PCR)", "PCR - PROTEÍNA C REATIVA ULTRASSENSÍVEL"], "Soro", "Imunoturbidimetria"),
    ("esr", ["VELOCIDADE DE HEMOSSEDIMENTAÇÃO (VHS)", "VHS"], "Sangue total (EDTA)", "Westergren modificado"),
    ("uric", ["ÁCIDO ÚRICO"], "Soro", "Enzimático colorimétrico (uricase)"),
    ("ca", ["CÁLCIO", "CÁLCIO TOTAL"], "Soro", "Colorimétrico - Arsenazo III"),
    ("mg", ["MAGNÉSIO"], "Soro", "Colorimétrico - azul de xilidil"),
]


def _dd1(i):
    fam = "DD1-scan-block-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    pat = make_patient(rng, "pt")
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age, bothsex=0.45)
    if i == 1:
        ctx.crit = {"k": "LL"}
    lab = LABS_PT[i]
    c = Canvas(title="Laudo")
    c.new_page()
    y = header_pt(c, ctx, pat, lab)
    rows = []
    pool = list(DD1_BLOCKS)
    rng.shuffle(pool)
    must = [b for b in pool if b[0] in ("glu", "creat", "k")]
    rest = [b for b in pool if b[0] not in ("glu", "creat", "k")]
    blocks = must + rest[:7]
    blocks.sort(key=lambda b: [x[0] for x in DD1_BLOCKS].index(b[0]))
    blocks.insert(rng.randint(2, len(blocks) - 2), ("bili", ["BILIRRUBINAS"], "Soro", "Diazo (Jendrassik-Grof)"))
    pf = _pick(rng, ["star", "ptup", None])
    reslab = _pick(rng, ["Resultado:", "Resultado:", "RESULTADO:", "Resultado.....:"])
    reflab = _pick(rng, ["Valor de referência:", "Valores de referência:", "Referência:"])
    for key, titles, mat, met in blocks:
        title = _pick(rng, titles)
        c.t(40, y, title, "hebo", 9.5)
        y += 11
        c.t(40, y, f"Material: {mat}", "helv", 7.5)
        c.t(210, y, f"Método: {met}", "helv", 7.5)
        y += 12
        if key == "bili":
            liv = gen_liver(ctx)
            for k2 in ("tbil", "dbil", "ibil"):
                r = make_row(ctx, k2, liv[k2], refunit=False, twoside=True)
                r.name = {"tbil": "Bilirrubina total", "dbil": "Bilirrubina direta", "ibil": "Bilirrubina indireta"}[k2]
                fl = set_pflag(r, pf)
                c.t(52, y, f"{r.name}:", "helv", 8.5)
                c.t(170, y, f"{r.vstr} {r.unit}" + (f"   {fl}" if fl else ""), "hebo", 9)
                c.t(300, y, f"{reflab} {r.refstr} {r.unit}", "helv", 7.5)
                rows.append(r)
                y += 11
            y += 3
        else:
            uv = None
            if key == "crp":
                uv = _pick(rng, ["mgdl", None])
            if key == "creat":
                base, egfr = gen_creat_egfr(ctx)
            else:
                base = sample(ctx, key)
            comp = vstr = val = None
            if key == "crp" and base < 1.2 and rng.random() < 0.7:
                u = unit_of("crp", uv)
                val = 0.30 if uv == "mgdl" else 3.0
                comp, vstr = "<", f"inferior a {fnum(val, u.dec, 'pt')}"
            r = make_row(ctx, key, base, uv, name=title, comp=comp, vstr=vstr, value=val)
            fl = set_pflag(r, pf)
            c.t(40, y, reslab, "helv", 9)
            c.t(40 + c.tw(reslab, "helv", 9) + 6, y, f"{r.vstr} {r.unit or ''}".strip() + (f"   {fl}" if fl else ""), "hebo", 9.5)
            rows.append(r)
            y += 11
            if r.refstr:
                c.t(40, y, f"{reflab} {r.refstr}" + (f" {r.unit}" if rng.random() < 0.4 and r.unit else ""), "helv", 8)
                y += 10
            if key == "creat":
                e = make_row(ctx, "egfr", egfr, ulabel="mL/min/1,73m²", name="Filtração glomerular estimada (CKD-EPI 2021)")
                c.t(40, y, f"{e.name}: {e.vstr} {e.unit}", "helv", 8.5)
                c.t(370, y, f"Referência: {e.refstr}", "helv", 7.5)
                rows.append(e)
                y += 10
            if key == "vitd":
                c.t(40, y, "Nota: 30 a 60 ng/mL - valor desejável para grupos de risco (idosos, gestantes, osteoporose).", "helv", 6.8)
                y += 9
            if r.flag in ("LL", "HH"):
                c.t(40, y, f"VALOR CRÍTICO confirmado em duplicata e comunicado ao solicitante às {rng.randint(8, 11):02d}:{rng.randrange(60):02d}.", "hebo", 7.5)
                y += 9
            if rng.random() < 0.3:
                prev = round(base * rng.uniform(0.85, 1.12), SPEC[key].dec)
                pd_ = pat.coll - timedelta(days=rng.randint(60, 300))
                c.t(40, y, f"Resultado anterior: {fnum(prev * unit_of(key, uv).factor, unit_of(key, uv).dec, 'pt')} "
                           f"{r.unit or ''} em {fdate(pd_, 'dmy')}", "helv", 7, col=(0.35, 0.35, 0.35))
                y += 9
        y += 4
        c.ln(40, y - 6, 555, y - 6, 0.3, (0.6, 0.6, 0.6))
        y += 6
    footer_pt(c, ctx, pat)
    pdf = c.pdf()
    png = scan_png(pdf, rng, **_scan_params(rng))
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll, png)


# ----------------------------------------------------------------------------------------------
# DD2 scan-table-pt
# ----------------------------------------------------------------------------------------------


def _table_head(c, y, cols, labels, font="hebo", z=7.8, fill=(0.86, 0.88, 0.92)):
    c.box(38, y - 9, 557, y + 3, col=None, fill=fill)
    for (x, al), lab in zip(cols, labels):
        c.t(x, y, lab, font, z, al=al)
    return y + 12


def _dd2(i):
    fam = "DD2-scan-table-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    pat = make_patient(rng, "pt")
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age, bothsex=0.5 if i != 1 else 0.0)
    if i == 1:
        ctx.crit = {"k": "HH"}
    lab = LABS_PT[3 + i]
    c = Canvas()
    c.new_page()
    y = header_pt(c, ctx, pat, lab, color=(0.35, 0.1, 0.1))
    rows = []
    z = rng.choice([7.8, 8.0, 8.3])
    c.t(40, y, "HEMOGRAMA COMPLETO", "hebo", 10)
    c.t(250, y, "Material: sangue total (EDTA)   Método: automação (citometria de fluxo) e microscopia", "helv", 6.8)
    y += 14
    cols = [(40, "l"), (250, "r"), (262, "l"), (340, "l")]
    y = _table_head(c, y, cols, ["Eritrograma", "Resultado", "Unidade", "Valores de referência"])
    cbc = gen_cbc(ctx, pct_int=True, bands=(i == 2))
    for key in ("rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw"):
        uv = "br" if key == "rbc" else None
        ul = None
        if key == "mcv":
            ul = _pick(rng, ["fL", "fl", "µ³"])
        r = make_row(ctx, key, cbc[key], uv, ulabel=ul)
        c.t(40, y, r.name, "helv", z)
        c.t(250, y, r.vstr, "hebo", z, al="r")
        c.t(262, y, r.unit or "", "helv", z)
        c.t(340, y, r.refstr, "helv", z - 0.6)
        rows.append(r)
        y += 11.5
    y += 4
    lcols = [(40, "l"), (225, "r"), (300, "r"), (330, "l"), (430, "l")]
    abs_lab = _pick(rng, ["/mm³", "/mm³", "/µL"])
    y = _table_head(c, y, lcols, ["Leucograma", "%", abs_lab, "VR (%)", f"VR ({abs_lab})"])
    r = make_row(ctx, "wbc", cbc["wbc"], "mm3", ulabel=abs_lab, twoside=True)
    c.t(40, y, r.name, "helv", z)
    c.t(300, y, r.vstr, "hebo", z, al="r")
    c.t(430, y, r.refstr, "helv", z - 0.6)
    rows.append(r)
    y += 11.5
    order = (["band"] if i == 2 else []) + ["neut", "eos", "baso", "lymph", "mono"]
    if i == 2:
        order = ["band", "neut", "eos", "baso", "lymph", "mono"]
    for k in order:
        nmp = _pick(rng, NAMES[k]["pt"])
        rp = make_row(ctx, f"{k}_pct", cbc[f"{k}_pct"], "int", name=nmp, twoside=True)
        ra = make_row(ctx, f"{k}_abs", cbc[f"{k}_abs"], "mm3", name=nmp, ulabel=abs_lab, twoside=True)
        c.t(40 + (10 if k == "band" else 0), y, nmp, "helv", z)
        c.t(225, y, rp.vstr, "hebo", z, al="r")
        c.t(300, y, ra.vstr, "hebo", z, al="r")
        c.t(330, y, rp.refstr, "helv", z - 0.6)
        c.t(430, y, ra.refstr, "helv", z - 0.6)
        rows += [rp, ra]
        y += 11.5
    y += 4
    y = _table_head(c, y, cols, ["Plaquetograma", "Resultado", "Unidade", "Valores de referência"])
    uvp = "mm3" if i != 1 else "mil"
    r = make_row(ctx, "plt", cbc["plt"], uvp, ulabel=(abs_lab if uvp == "mm3" else None), twoside=True)
    c.t(40, y, r.name, "helv", z)
    c.t(250, y, r.vstr, "hebo", z, al="r")
    c.t(262, y, r.unit, "helv", z)
    c.t(340, y, r.refstr, "helv", z - 0.6)
    rows.append(r)
    y += 11.5
    r = make_row(ctx, "mpv", cbc["mpv"])
    c.t(40, y, r.name, "helv", z)
    c.t(250, y, r.vstr, "hebo", z, al="r")
    c.t(262, y, r.unit, "helv", z)
    c.t(340, y, r.refstr, "helv", z - 0.6)
    rows.append(r)
    y += 14
    c.t(40, y, "Observação: série vermelha com normocitose e normocromia; plaquetas com morfologia normal." if cbc["mcv"] > 80
        else "Observação: microcitose e hipocromia (+). Anisocitose discreta.", "helv", 6.8)
    y += 16
    c.t(40, y, "BIOQUÍMICA", "hebo", 10)
    c.t(250, y, "Material: soro / plasma fluoretado (glicose)", "helv", 6.8)
    y += 14
    bcols = [(40, "l"), (250, "r"), (282, "l"), (340, "l")]
    y = _table_head(c, y, bcols, ["Exame", "Resultado", "Unidade", "Valores de referência"])
    pf = ["HL", "star", "ptup"][i]
    keys = ["glu", "urea", "creat", "egfr", "na", "k", "ast", "alt", "ggt", "chol", "tg", "tsh", "uric", "ca", "crp"]
    drop = rng.sample(["ggt", "uric", "ca", "crp", "tg"], 2)
    keys = [k for k in keys if k not in drop]
    creat, egfr = gen_creat_egfr(ctx)
    for key in keys:
        if key == "creat":
            r = make_row(ctx, key, creat)
        elif key == "egfr":
            r = make_row(ctx, key, egfr, ulabel="mL/min/1,73m²", name="TFG estimada (CKD-EPI 2021)")
        else:
            r = make_row(ctx, key, sample(ctx, key), name=_pick(rng, NAMES[key]["pt"]))
            if key in ("na", "k") and rng.random() < 0.5:
                r.unit = "mEq/L"
        fl = set_pflag(r, pf)
        c.t(40, y, r.name, "helv", z)
        c.t(250, y, r.vstr, "hebo", z, al="r")
        if fl:
            c.t(253, y, fl if pf != "ptup" else "", "hebo", 6.5)
            if pf == "ptup":
                c.t(510, y, fl, "hebo", 7)
        c.t(282 if pf != "HL" else 284, y, r.unit or "", "helv", z)
        c.t(340, y, r.refstr, "helv", z - 0.6)
        rows.append(r)
        y += 11.5
        if r.flag in ("LL", "HH"):
            c.t(52, y, "Resultado crítico. Amostra sem hemólise. Comunicado ao médico assistente por telefone.", "helv", 6.6)
            y += 10
    footer_pt(c, ctx, pat)
    pdf = c.pdf()
    png = scan_png(pdf, rng, **_scan_params(rng))
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll, png)


# ----------------------------------------------------------------------------------------------
# DD3 dotleader-pt (monospaced)
# ----------------------------------------------------------------------------------------------


class Mono:
    """Monospaced page writer with pagination."""

    def __init__(self, c, z=8.0, top=60.0, bottom=800.0, header=None):
        self.c, self.z, self.top, self.bottom, self.header = c, z, top, bottom, header
        self.y = None
        self.pages = 0
        self.lh = z * 1.32

    def line(self, s="", bold=False):
        if self.y is None or self.y > self.bottom:
            self.c.new_page()
            self.pages += 1
            self.y = self.header(self) if self.header else self.top
        if s:
            self.c.t(36, self.y, s, "cobo" if bold else "cour", self.z)
        self.y += self.lh


def _dots(name, width, ch="."):
    return name + ch * max(3, width - len(name)) + ":"


def _dd3(i):
    fam = "DD3-dotleader-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    pat = make_patient(rng, "pt")
    noacc = i != 0
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age, noacc=noacc)
    if i == 2:
        ctx.crit = {"glu": "LL"}
    lab = LABS_PT[6 + i]
    up = i != 2
    D = (lambda s: deacc(s)) if noacc else (lambda s: s)
    U = (lambda s: s.upper()) if up else (lambda s: s)
    c = Canvas()
    W = 36
    proto = f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"

    def head(m):
        y = 40.0
        c.t(36, y, D(lab[0].upper()), "cobo", 9.5)
        y += 11
        c.t(36, y, D(lab[1]), "cour", 7.5)
        y += 14
        c.t(36, y, D(f"PACIENTE: {pat.full.upper():<40} PEDIDO: {proto}"), "cour", 8)
        y += 10.5
        sx = "FEMININO" if pat.sex == "F" else "MASCULINO"
        c.t(36, y, D(f"SEXO....: {sx:<12} IDADE: {pat.age} ANOS   NASC.: {fdate(pat.dob, 'dmy')}"), "cour", 8)
        y += 10.5
        c.t(36, y, D(f"COLETA..: {fdate(pat.coll, 'dmy')} {pat.time}   MEDICO: {_pick(rng, PT_DOCS).upper()}"), "cour", 8)
        y += 8
        c.t(36, y, "-" * 104, "cour", 8)
        return y + 14

    m = Mono(c, z=8.0, header=head)
    rows = []
    pf = _pick(rng, ["star", "HL", None])
    vrfmt = _pick(rng, ["({r})", "VR: {r}", "Ref.: {r}"])

    def put(r, nm_disp, below=False, width=W):
        fl = set_pflag(r, pf)
        val = f"{r.vstr} {r.unit or ''}".rstrip()
        if fl:
            val += f" {fl}"
        ref = vrfmt.format(r=r.refstr) if r.refstr else ""
        if below:
            m.line(_dots(nm_disp, 50))
            m.line(f"{'':8}{val:<30}{'':6}{ref}")
        else:
            m.line(f"{_dots(nm_disp, width)} {val:<22}{ref}")
        rows.append(r)

    # ---------------- hemograma
    m.line(D(U("Hemograma completo")), bold=True)
    m.line(D("Material: sangue total com EDTA      Metodo: automatizado / microscopia optica" if noacc else
             "Material: sangue total com EDTA      Método: automatizado / microscopia óptica"))
    m.line()
    m.line(D(U("Eritrograma")), bold=True)
    cbc = gen_cbc(ctx, pct_int=True, bands=(i == 1))
    for key in ("rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw"):
        uv = "br" if key == "rbc" else None
        ul = "milhoes/mm3" if (key == "rbc" and noacc) else None
        nmk = D(U(_pick(rng, NAMES[key]["pt"])))
        r = make_row(ctx, key, cbc[key], uv, name=nmk, ulabel=ul, bothsex=(key in ("hb", "hct", "rbc") and rng.random() < 0.5))
        put(r, r.name)
    m.line()
    abs_u = "/mm3" if noacc else "/mm³"
    m.line(D(U("Leucograma")), bold=True)
    r = make_row(ctx, "wbc", cbc["wbc"], "mm3", name=D(U(_pick(rng, NAMES["wbc"]["pt"]))), ulabel=abs_u, twoside=True)
    put(r, r.name)
    m.line(f"{'':{W + 1}}{'%':>6}{abs_u:>12}      {D('Valores de referência') if not noacc else 'Valores de referencia'}")
    order = ["band", "neut", "eos", "baso", "lymph", "mono"] if i == 1 else ["neut", "eos", "baso", "lymph", "mono"]
    for k in order:
        nmp = D(U(_pick(rng, NAMES[k]["pt"])))
        rp = make_row(ctx, f"{k}_pct", cbc[f"{k}_pct"], "int", name=nmp, twoside=True)
        ra = make_row(ctx, f"{k}_abs", cbc[f"{k}_abs"], "mm3", name=nmp, ulabel=abs_u, twoside=True)
        m.line(f"{_dots(nmp, W)} {rp.vstr:>5}{ra.vstr:>12}      {rp.refstr} %   {ra.refstr}")
        rows += [rp, ra]
    m.line()
    r = make_row(ctx, "plt", cbc["plt"], "mm3", name=D(U(_pick(rng, NAMES["plt"]["pt"]))), ulabel=abs_u, twoside=True)
    put(r, r.name)
    m.line()
    m.line(D(U("Bioquímica")), bold=True)
    chem = ["glu", "urea", "creat", "egfr", "na", "k", "ca", "mg", "uric", "ast", "alt", "ggt", "alp", "a1c", "tsh", "ft4",
            "chol", "hdl", "ldl", "tg", "crp", "ferritin"]
    drop = rng.sample(["ca", "mg", "uric", "alp", "ft4", "ferritin", "crp"], 3)
    chem = [k for k in chem if k not in drop]
    creat, egfr = gen_creat_egfr(ctx)
    lip = gen_lipids(ctx)
    long_below = {"a1c", "egfr", "ldl"}
    for key in chem:
        nmk = D(U(_pick(rng, NAMES[key]["pt"])))
        if key == "a1c":
            nmk = D(U(_pick(rng, ["Hemoglobina glicada - HbA1c", "Hemoglobina glicosilada (HbA1c)"])))
        if key == "creat":
            r = make_row(ctx, key, creat, name=nmk)
        elif key == "egfr":
            nmk = D(U("Taxa de filtração glomerular estimada (CKD-EPI 2021)"))
            if egfr > 90 and rng.random() < 0.6:
                r = make_row(ctx, key, egfr, name=nmk, ulabel=D("mL/min/1,73m²"), comp=">", value=90.0,
                             vstr="> 90")
            else:
                r = make_row(ctx, key, egfr, name=nmk, ulabel=D("mL/min/1,73m²"))
        elif key in lip:
            r = make_row(ctx, key, lip[key], name=nmk)
        elif key == "tsh":
            r = make_row(ctx, key, sample(ctx, key), name=nmk, ulabel=D("µUI/mL"))
        else:
            r = make_row(ctx, key, sample(ctx, key), name=nmk)
            if key in ("na", "k"):
                r.unit = "mEq/L"
        put(r, r.name, below=(key in long_below or len(r.name) > W - 3))
        if r.flag in ("LL", "HH"):
            m.line(D("   *** VALOR CRÍTICO - CONFIRMADO E COMUNICADO AO MÉDICO SOLICITANTE ***"))
        if key == "ldl":
            m.line(D("   LDL calculado pela fórmula de Friedewald. Metas conforme risco cardiovascular."))
    m.line()
    m.line("-" * 104)
    m.line(D(f"Liberado por: {_pick(rng, PT_BIO)}"))
    m.line(D("Resultados conferidos. Interpretar em conjunto com a clínica."))
    # page numbers
    n = len(c.doc)
    for pi, pg in enumerate(c.doc):
        c.page = pg
        c.t(555, 820, D(f"Página {pi + 1} de {n}"), "cour", 7.5, al="r")
    pdf = c.pdf()
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD4 urinalysis-mixed
# ----------------------------------------------------------------------------------------------

UA_PT_WORDS = {"negative": ["Negativo", "Negativa", "NEGATIVO"], "trace": ["Traços", "Traços"],
               "positive": ["+", "++", "+++", "Positivo"], "absent": ["Ausente", "Ausentes"],
               "present": ["Presente", "Presentes", "Raros"], "rare": ["Raras", "Raros"], "normal": ["Normal"]}


def _ua_grade(rng, lang):
    if lang == "pt":
        return _pick(rng, ["+", "++", "+++", "(+)", "(++)"])
    return _pick(rng, ["1+", "2+", "3+", "Small", "Moderate"]) if False else _pick(rng, ["1+", "2+", "3+"])


def _dd4(i):
    fam = "DD4-urinalysis-mixed"
    name = _name_family(fam, i)
    rng = _rng(name)
    lang = "pt" if i in (0, 2) else "en"
    pat = make_patient(rng, lang)
    style = "br" if lang == "pt" else ("us" if i == 1 else "uk")
    ctx = Ctx(rng, lang, style, pat.sex, pat.age)
    c = Canvas()
    c.new_page()
    rows = []
    abnormal = i in (1, 2)  # UTI picture / glycosuria
    if lang == "pt":
        lab = LABS_PT[(i + 5) % len(LABS_PT)]
        y = header_pt(c, ctx, pat, lab)
        c.t(40, y, _pick(rng, ["EXAME DE URINA TIPO I (EAS)", "URINA ROTINA - ELEMENTOS ANORMAIS E SEDIMENTO",
                               "URINÁLISE"]), "hebo", 10.5)
        y += 12
        c.t(40, y, "Material: urina (jato médio, primeira da manhã)     Método: tiras reagentes (leitura automatizada) e "
                   "microscopia do sedimento", "helv", 7)
        y += 16
        xv, xr = 220, 360

        def sec(t):
            nonlocal y
            y += 4
            c.t(40, y, t, "hebo", 9)
            c.ln(40, y + 3, 555, y + 3, 0.3)
            y += 14

        def line(label, val, ref=""):
            nonlocal y
            c.t(52, y, label, "helv", 8.5)
            c.t(xv, y, val, "hebo", 8.5)
            if ref:
                c.t(xr, y, ref, "helv", 7.5)
            y += 12

        sec("CARACTERES FÍSICOS")
        line("Volume", f"{rng.randint(20, 60)} mL")
        line("Cor", _pick(rng, ["Amarelo citrino", "Amarelo claro", "Amarelo âmbar"]), "Amarelo citrino")
        line("Aspecto", _pick(rng, ["Límpido", "Ligeiramente turvo"]) if not abnormal else "Turvo", "Límpido")
        sg = sample(ctx, "u_sg", "N")
        r = make_row(ctx, "u_sg", sg, name=_pick(rng, ["Densidade", "Densidade relativa"]), twoside=True)
        line(r.name, r.vstr, f"{r.refstr}")
        rows.append(r)
        sec("EXAME QUÍMICO")
        ph = make_row(ctx, "u_ph", sample(ctx, "u_ph", "N"), name="pH", ref=(5.0, 7.5), twoside=True)
        line(ph.name, ph.vstr, ph.refstr)
        rows.append(ph)
        # dipstick
        dip = [("prot", "Proteínas", "20454-5", "5804-0"), ("glu", "Glicose", "25428-4", "5792-7"),
               ("ket", "Corpos cetônicos", "2514-8", "5797-6"), ("bld", "Hemoglobina", "5794-3", None),
               ("bil", "Bilirrubina", "5770-3", None), ("uro", "Urobilinogênio", "13658-0", "20405-7"),
               ("nit", "Nitrito", "5802-4", None), ("leu", "Leucócitos (esterase)", "5799-2", None)]
        for code, label, lq, lm in dip:
            label = _pick(rng, {"ket": ["Corpos cetônicos", "Cetonas"], "bld": ["Hemoglobina", "Sangue"],
                                "prot": ["Proteínas", "Proteína"]}.get(code, [label]))
            if code == "uro":
                if i == 2:
                    r = make_row(ctx, "u_urobil", 0.2, name=label, ref=(None, 1.0))
                    line(r.name, f"{r.vstr} {r.unit}", r.refstr + " mg/dL")
                else:
                    r = qual_row(ctx, "ua", lq, label, "normal", "Normal")
                    line(label, r.vstr, "Normal")
                rows.append(r)
                continue
            pos = False
            if abnormal and i == 1 and code in ("nit", "leu", "bld", "prot"):
                pos = True
            if abnormal and i == 2 and code in ("glu", "ket", "leu"):
                pos = True
            if not pos:
                r = qual_row(ctx, "ua", lq, label, "negative", _pick(rng, ["Negativo", "Negativo", "Ausente"])
                             if code not in ("nit",) else "Negativo")
                if r.vstr == "Ausente":
                    r.qual = "absent"
                line(label, r.vstr, "Negativo" if r.qual == "negative" else "Ausente")
            elif lm and i == 2 and code in ("glu", "prot"):
                v = {"glu": _pick(rng, [250, 500, 1000]), "prot": _pick(rng, [30, 100])}[code]
                key = {"glu": "u_glu_mass", "prot": "u_prot_mass"}[code]
                r = make_row(ctx, key, v, name=label, ref=None)
                line(label, f"{r.vstr} {r.unit}", "Negativo")
            elif code == "ket" and i == 2:
                r = qual_row(ctx, "ua", lq, label, "trace", "Traços")
                line(label, r.vstr, "Negativo")
            elif code == "nit":
                r = qual_row(ctx, "ua", lq, label, "positive", "Positivo")
                line(label, r.vstr, "Negativo")
            else:
                r = qual_row(ctx, "ua", lq, label, "positive", _ua_grade(rng, "pt"))
                line(label, r.vstr, "Negativo")
            rows.append(r)
        sec("SEDIMENTOSCOPIA")
        r = qual_row(ctx, "ua", "5787-7", "Células epiteliais", "rare", _pick(rng, ["Raras", "Raras"]))
        line(r.name, r.vstr)
        rows.append(r)
        if i == 0:
            rl = make_row(ctx, "u_wbc_hpf", sample(ctx, "u_wbc_hpf"), name="Leucócitos", ulabel="/campo",
                          ref=(0, 5), twoside=True)
            rh = make_row(ctx, "u_rbc_hpf", sample(ctx, "u_rbc_hpf"), name="Hemácias", ulabel="/campo",
                          ref=(0, 3), twoside=True)
            line(rl.name, f"{rl.vstr} {rl.unit}", f"{rl.refstr} por campo")
            line(rh.name, f"{rh.vstr} {rh.unit}", f"{rh.refstr} por campo")
        else:
            rl = make_row(ctx, "u_wbc_ml", round(sample(ctx, "u_wbc_ml", "H"), -3), name="Leucócitos", ref=(None, 10000))
            rh = make_row(ctx, "u_rbc_ml", round(sample(ctx, "u_rbc_ml"), -2), name="Hemácias", ref=(None, 10000))
            line(rl.name, f"{rl.vstr} {rl.unit}", f"{rl.refstr} /mL")
            line(rh.name, f"{rh.vstr} {rh.unit}", f"{rh.refstr} /mL")
        rows += [rl, rh]
        if i == 0:
            r = qual_row(ctx, "ua", "24124-0", "Cilindros", "absent", "Ausentes")
        else:
            r = qual_row(ctx, "ua", "25162-9", "Cilindros hialinos", "rare", "Raros")
        line(r.name, r.vstr)
        rows.append(r)
        if i == 0:
            r = qual_row(ctx, "ua", "5774-5", "Cristais de oxalato de cálcio", "rare", "Raros")
        else:
            r = qual_row(ctx, "ua", "12261-9", "Cristais", "absent", "Ausentes")
        line(r.name, r.vstr)
        rows.append(r)
        r = qual_row(ctx, "ua", "8247-9", _pick(rng, ["Filamentos de muco", "Muco"]), "present" if i == 0 else "absent",
                     "Presentes" if i == 0 else "Ausentes")
        line(r.name, r.vstr)
        rows.append(r)
        r = qual_row(ctx, "ua", "25145-4", _pick(rng, ["Bactérias", "Flora bacteriana"]),
                     "present" if i == 2 else "rare", "Presentes" if i == 2 else "Raras")
        line(r.name, r.vstr)
        rows.append(r)
        y += 8
        c.t(40, y, "Nota: sedimento analisado em câmara de contagem (Neubauer modificada)." if i != 0 else
            "Nota: sedimento examinado em lâmina e lamínula, aumento de 400x (média de 10 campos).", "helv", 7)
        footer_pt(c, ctx, pat)
    else:
        uk = i == 3
        lab = LABS_UK[1] if uk else LABS_US[(i + 2) % len(LABS_US)]
        y = header_en(c, ctx, pat, lab, uk=uk, title="URINALYSIS" if not uk else "URINE MICROSCOPY & DIPSTICK")
        cols = [(40, "l"), (250, "l"), (330, "l"), (380, "l")]
        y = _table_head(c, y, cols, ["Test", "Result", "Flag", "Reference"])

        def line(label, val, ref="", flag=""):
            nonlocal y
            c.t(48, y, label, "helv", 8.3)
            c.t(250, y, val, "hebo", 8.3)
            if flag:
                c.t(330, y, flag, "hebo", 8.3)
            if ref:
                c.t(380, y, ref, "helv", 7.8)
            y += 11.5

        def sec(t):
            nonlocal y
            y += 3
            c.t(40, y, t, "hebo", 8.8)
            y += 12

        sec("Macroscopic" if not uk else "Appearance")
        line("Color" if not uk else "Colour", _pick(rng, ["Yellow", "Straw", "Dark yellow"]), "Yellow")
        line("Appearance" if not uk else "Clarity", "Cloudy" if abnormal else "Clear", "Clear")
        sec("Chemical (dipstick)" if not uk else "Dipstick")
        r = make_row(ctx, "u_sg", sample(ctx, "u_sg", "N"), name="Specific Gravity" if not uk else "Specific gravity",
                     twoside=True)
        line(r.name, r.vstr, r.refstr)
        rows.append(r)
        r = make_row(ctx, "u_ph", sample(ctx, "u_ph", "N"), name="pH", twoside=True)
        line(r.name, r.vstr, r.refstr)
        rows.append(r)
        dip = [("Protein", "20454-5"), ("Glucose", "25428-4"), ("Ketones", "2514-8"), ("Blood", "5794-3"),
               ("Bilirubin", "5770-3"), ("Urobilinogen", "20405-7"), ("Nitrite", "5802-4"),
               ("Leukocyte Esterase" if not uk else "Leucocytes", "5799-2")]
        for label, lq in dip:
            if label == "Urobilinogen":
                r = make_row(ctx, "u_urobil", 0.2, name=label, ulabel="mg/dL" if not uk else "E.U./dL", ref=(None, 2.0))
                line(label, f"{r.vstr} {r.unit}", r.refstr)
                rows.append(r)
                continue
            pos = i == 1 and label in ("Nitrite", "Leukocyte Esterase", "Blood", "Protein")
            if uk and label in ("Blood", "Leucocytes"):
                pos = True
            if not pos:
                r = qual_row(ctx, "ua", lq, label, "negative", "Negative" if label != "Nitrite" or rng.random() < 0.5 else "Neg")
                if r.vstr == "Neg":
                    r.vstr = "Negative"
                line(label, r.vstr, "Negative")
            elif label == "Protein" and not uk:
                r = make_row(ctx, "u_prot_mass", 30, name=label, ref=None)
                line(label, f"{r.vstr} {r.unit}", "Negative", "A")
                r.pflag = "A"
            elif label == "Nitrite":
                r = qual_row(ctx, "ua", lq, label, "positive", "Positive")
                line(label, r.vstr, "Negative", "A")
                r.pflag = "A"
            elif label == "Blood" and uk:
                r = qual_row(ctx, "ua", lq, label, "trace", "Trace")
                line(label, r.vstr, "Negative")
            else:
                r = qual_row(ctx, "ua", lq, label, "positive", _ua_grade(rng, "en"))
                line(label, r.vstr, "Negative", "A")
                r.pflag = "A"
            rows.append(r)
        sec("Microscopic" if not uk else "Microscopy (automated, flow cytometry)")
        if not uk:
            rw = make_row(ctx, "u_wbc_hpf", sample(ctx, "u_wbc_hpf", "H" if i == 1 else "N"), name="WBC, UA",
                          ulabel="/HPF", ref=(0, 5), twoside=True)
            rr = make_row(ctx, "u_rbc_hpf", sample(ctx, "u_rbc_hpf", "H" if i == 1 else "N"), name="RBC, UA",
                          ulabel="/HPF", ref=(0, 2), twoside=True)
        else:
            rw = make_row(ctx, "u_wbc_ul", sample(ctx, "u_wbc_ul", "H"), name="White cells", ulabel="/µL", ref=(None, 10))
            rr = make_row(ctx, "u_rbc_ul", sample(ctx, "u_rbc_ul", "H"), name="Red cells", ulabel="/µL", ref=(None, 10))
        for r in (rw, rr):
            fl = set_pflag(r, "HL")
            line(r.name, f"{r.vstr} {r.unit}", r.refstr, fl)
            rows.append(r)
        r = qual_row(ctx, "ua", "5787-7", "Squamous Epithelial Cells" if not uk else "Epithelial cells", "rare", "Rare")
        line(r.name, r.vstr)
        rows.append(r)
        r = qual_row(ctx, "ua", "25145-4", "Bacteria", "present" if i == 1 else "absent", "Present" if i == 1 else "Absent")
        line(r.name, r.vstr, "Absent")
        rows.append(r)
        r = qual_row(ctx, "ua", "24124-0", "Casts", "absent", "Absent")
        line(r.name, r.vstr)
        rows.append(r)
        r = qual_row(ctx, "ua", "12261-9", "Crystals", "absent", "Absent")
        line(r.name, r.vstr)
        rows.append(r)
        r = qual_row(ctx, "ua", "8247-9", "Mucus", "present", "Present")
        line(r.name, r.vstr)
        rows.append(r)
        y += 10
        c.t(40, y, "A = abnormal. Urine culture reflexed if nitrite or leukocyte esterase positive." if not uk else
            "Culture not indicated: white cell count below the reflex threshold." if rw.flag == "N" else
            "Sample referred for culture (white cells above reflex threshold).", "helv", 7)
        footer_en(c, ctx, uk=uk)
    pdf = c.pdf()
    return _finish(name, fam, lang, rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD5 serology-pt
# ----------------------------------------------------------------------------------------------

SERO = {
    "hbsag": ("5196-1", ["HBsAg - ANTÍGENO DE SUPERFÍCIE DO VÍRUS DA HEPATITE B", "HEPATITE B - HBsAg"], "Quimioluminescência (CMIA)", "index"),
    "antihbc": ("16933-4", ["ANTI-HBc TOTAL", "HEPATITE B - ANTICORPOS ANTI-HBc TOTAL"], "Quimioluminescência", "index"),
    "antihbcm": ("24113-3", ["ANTI-HBc IgM", "HEPATITE B - ANTI-HBc IgM"], "Quimioluminescência", "index"),
    "antihcv": ("16128-1", ["ANTI-HCV", "HEPATITE C - ANTICORPOS ANTI-HCV"], "Quimioluminescência (CMIA)", "index"),
    "havm": ("13950-1", ["HEPATITE A - ANTI-HAV IgM"], "Eletroquimioluminescência", "index"),
    "hiv": ("56888-1", ["HIV 1 E 2 - ANTICORPOS E ANTÍGENO p24", "HIV 1/2 - Ag/Ac (4ª geração)"], "Quimioluminescência - 4ª geração", "index"),
    "trep": ("22587-0", ["ANTICORPOS ANTI-TREPONEMA PALLIDUM (TESTE TREPONÊMICO)", "SÍFILIS - TESTE TREPONÊMICO"], "Quimioluminescência", "index"),
    "vdrl": ("5292-8", ["VDRL", "VDRL - SÍFILIS (TESTE NÃO TREPONÊMICO)"], "Floculação", "vdrl"),
    "toxog": ("22580-5", ["TOXOPLASMOSE - IgG", "TOXOPLASMA GONDII - ANTICORPOS IgG"], "Quimioluminescência", "ui"),
    "toxom": ("25542-2", ["TOXOPLASMOSE - IgM", "TOXOPLASMA GONDII - ANTICORPOS IgM"], "Quimioluminescência", "index"),
    "rubg": ("25514-1", ["RUBÉOLA - IgG", "RUBÉOLA - ANTICORPOS IgG"], "Quimioluminescência", "ui"),
    "rubm": ("24116-6", ["RUBÉOLA - IgM"], "Quimioluminescência", "index"),
    "cmvg": ("22244-8", ["CITOMEGALOVÍRUS - IgG", "CMV - ANTICORPOS IgG"], "Quimioluminescência", "ui"),
    "cmvm": ("30325-5", ["CITOMEGALOVÍRUS - IgM", "CMV - ANTICORPOS IgM"], "Quimioluminescência", "index"),
    "fan": ("42254-3", ["FAN - FATOR ANTINÚCLEO (HEp-2)", "PESQUISA DE ANTICORPOS ANTINÚCLEO (FAN)"], "Imunofluorescência indireta em células HEp-2", "fan"),
}


def _dd5(i):
    fam = "DD5-serology-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    sex = "F" if i in (0, 2) else "M"
    pat = make_patient(rng, "pt", sex=sex, age_range=(21, 37) if i == 0 else (30, 62))
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age)
    lab = LABS_PT[(2 * i + 1) % len(LABS_PT)]
    c = Canvas()
    c.new_page()
    hdr = lambda: header_pt(c, ctx, pat, lab, color=(0.05, 0.35, 0.3))  # noqa: E731
    y = hdr()
    rows = []
    caps = rng.random() < 0.6
    RW = ("REAGENTE", "NÃO REAGENTE") if caps else ("Reagente", "Não reagente")
    if i == 0:
        plan = [("hbsag", 0), ("antihbs", 1), ("antihcv", 0), ("hiv", 0), ("vdrl", 1), ("trep", 1), ("toxog", 1),
                ("toxom", 0), ("rubg", 1), ("rubm", 0), ("cmvg", 1), ("cmvm", 0)]
    elif i == 1:
        plan = [("hbsag", 1), ("antihbc", 1), ("antihbcm", 0), ("antihbs", 0), ("antihcv", 0), ("havm", 0),
                ("hiv", 0), ("vdrl", 0), ("crp", 1)]
    else:
        plan = [("fan", 1), ("rf", 0), ("aso", 0), ("crp", 1), ("hbsag", 0), ("antihcv", 0), ("hiv", 0), ("vdrl", 0),
                ("toxog", 0), ("toxom", 0), ("cmvg", 1), ("cmvm", 0)]
    page = 1
    for key, pos in plan:
        if y > 720:
            footer_pt(c, ctx, pat, page=f"Página {page}")
            c.new_page()
            page += 1
            y = hdr()
        if key in SERO:
            loinc, titles, met, kind = SERO[key]
            title = _pick(rng, titles)
            c.t(40, y, title, "hebo", 9.3)
            y += 11
            c.t(40, y, f"Material: soro      Método: {met}", "helv", 7.3)
            y += 11
            word = RW[0] if pos else RW[1]
            r = qual_row(ctx, key, loinc, title, "reactive" if pos else "non-reactive", word)
            if kind == "index":
                idx = rng.uniform(3.5, 48.0) if pos else rng.uniform(0.05, 0.45)
                c.t(40, y, f"Índice: {fnum(idx, 2, 'pt')}", "helv", 8.5)
                y += 11
                c.t(40, y, "Resultado:", "helv", 9)
                c.t(100, y, word, "hebo", 9.5)
                y += 11
                c.t(40, y, "Valores de referência: Não reagente: índice inferior a 1,00 / Indeterminado: 1,00 a 1,40 / "
                           "Reagente: superior a 1,40", "helv", 7)
            elif kind == "ui":
                idx = rng.uniform(25, 380) if pos else rng.uniform(0.1, 0.9)
                c.t(40, y, "Resultado:", "helv", 9)
                c.t(100, y, word, "hebo", 9.5)
                y += 11
                c.t(40, y, f"Índice: {fnum(idx, 1, 'pt')} UI/mL", "helv", 8.5)
                y += 11
                c.t(40, y, "Interpretação: Não reagente: inferior a 1,0 UI/mL / Indeterminado: 1,0 a 3,0 UI/mL / "
                           "Reagente: superior a 3,0 UI/mL", "helv", 7)
            elif kind == "vdrl":
                titre = _pick(rng, ["1:4", "1:8", "1:16", "1:32"]) if pos else None
                c.t(40, y, "Resultado:", "helv", 9)
                c.t(100, y, word + (f"  {titre}" if titre else ""), "hebo", 9.5)
                y += 11
                c.t(40, y, "Valor de referência: Não reagente. Amostras reagentes são tituladas (diluição seriada).", "helv", 7)
            else:  # fan
                c.t(40, y, "Resultado:", "helv", 9)
                c.t(100, y, word, "hebo", 9.5)
                y += 11
                c.t(40, y, f"Título: {_pick(rng, ['1/160', '1/320', '1/640'])}", "helv", 8.5)
                y += 11
                c.t(40, y, f"Padrão: {_pick(rng, ['Nuclear pontilhado fino (AC-4)', 'Nuclear homogêneo (AC-1)', 'Nuclear pontilhado fino denso (AC-2)'])}", "helv", 8.5)
                y += 11
                c.t(40, y, "Valor de referência: Não reagente (título inferior a 1/80).", "helv", 7)
            rows.append(r)
        else:
            title = {"antihbs": _pick(rng, ["ANTI-HBs (ANTICORPOS CONTRA O ANTÍGENO DE SUPERFÍCIE DA HEPATITE B)", "ANTI-HBs - QUANTITATIVO"]),
                     "rf": _pick(rng, ["FATOR REUMATOIDE", "FATOR REUMATÓIDE - QUANTITATIVO"]),
                     "aso": _pick(rng, ["ANTIESTREPTOLISINA O (ASLO)", "ASO - ANTIESTREPTOLISINA O"]),
                     "crp": _pick(rng, ["PROTEÍNA C REATIVA - QUANTITATIVA", "PCR - PROTEÍNA C REATIVA"])}[key]
            met = {"antihbs": "Quimioluminescência", "rf": "Imunoturbidimetria", "aso": "Imunoturbidimetria",
                   "crp": "Imunoturbidimetria"}[key]
            c.t(40, y, title, "hebo", 9.3)
            y += 11
            c.t(40, y, f"Material: soro      Método: {met}", "helv", 7.3)
            y += 11
            comp = vstr = val = None
            if key == "antihbs":
                base = sample(ctx, key, "N" if pos else "L")
                if not pos:
                    val, comp, vstr = 2.0, "<", "< 2,0"
            elif key == "rf":
                base = sample(ctx, key, "N" if not pos else "H")
                if not pos and rng.random() < 0.7:
                    val, comp, vstr = 8.0, "<", _pick(rng, ["< 8,0", "inferior a 8,0"])
            else:
                base = sample(ctx, key, "H" if pos else "N")
            r = make_row(ctx, key, base, name=title, comp=comp, vstr=vstr, value=val)
            set_pflag(r, None if key == "antihbs" else "ptcap")
            c.t(40, y, "Resultado:", "helv", 9)
            c.t(100, y, f"{r.vstr} {r.unit}" + (f"   ({r.pflag})" if r.pflag else ""), "hebo", 9.5)
            y += 11
            if key == "antihbs":
                c.t(40, y, f"Valor de referência: {r.refstr} mUI/mL (imunidade)", "helv", 7.5)
            else:
                c.t(40, y, f"Valor de referência: {r.refstr} {r.unit}", "helv", 7.5)
            rows.append(r)
        y += 9
        c.ln(40, y - 5, 555, y - 5, 0.3, (0.6, 0.6, 0.6))
        y += 7
    c.t(40, y + 6, "Resultados reagentes em testes de triagem são confirmados por metodologia complementar, conforme "
                   "Portaria vigente.", "helv", 6.8)
    footer_pt(c, ctx, pat, page=f"Página {page} de {page}" if page > 1 else "Página 1 de 1")
    pdf = c.pdf()
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD6 hormone-en
# ----------------------------------------------------------------------------------------------

PHASES = {
    "lh": {"Follicular phase": (2.4, 12.6), "Ovulation phase": (14.0, 95.6), "Luteal phase": (1.0, 11.4),
           "Postmenopausal": (7.7, 58.5), "Male": (1.7, 8.6)},
    "fsh": {"Follicular phase": (3.5, 12.5), "Ovulation phase": (4.7, 21.5), "Luteal phase": (1.7, 7.7),
            "Postmenopausal": (25.8, 134.8), "Male": (1.5, 12.4)},
    "e2": {"Follicular phase": (12.5, 166.0), "Ovulation phase": (85.8, 498.0), "Luteal phase": (43.8, 211.0),
           "Postmenopausal": (5.0, 54.7), "Male": (7.6, 42.6)},
    "prog": {"Follicular phase": (0.06, 0.89), "Ovulation phase": (0.12, 12.00), "Luteal phase": (1.83, 23.90),
             "Postmenopausal": (0.05, 0.13), "Male": (0.10, 0.84)},
}
TESTO_BANDS = [((19, 39), (264, 916)), ((40, 49), (249, 836)), ((50, 59), (240, 780)), ((60, 69), (200, 720)),
               ((70, 120), (190, 690))]
PSA_BANDS = [((40, 49), 2.5), ((50, 59), 3.5), ((60, 69), 4.5), ((70, 79), 6.5)]


def _val_in(rng, lo, hi, dec, status="N", hi_mult=(1.08, 1.6)):
    for _ in range(50):
        if status == "N":
            m = 0.06 * (hi - lo)
            v = round(rng.uniform(lo + m, hi - m), dec)
        elif status == "H":
            v = round(hi * rng.uniform(*hi_mult), dec)
        else:
            v = round(lo * rng.uniform(0.5, 0.9), dec)
        if v != lo and v != hi and (status != "L" or v > 0):
            return v
    return v


def _apply_ref(r: Row, lo, hi):
    r.lo, r.hi = lo, hi
    r.flag = flag_of(r.key, r.value, 1.0, lo, hi)
    return r


def _dd6(i):
    fam = "DD6-hormone-en"
    name = _name_family(fam, i)
    rng = _rng(name)
    sex = "M" if i == 1 else "F"
    ar = {0: (24, 39), 1: (52, 66), 2: (56, 71)}[i]
    pat = make_patient(rng, "en", sex=sex, age_range=ar)
    ctx = Ctx(rng, "en", "us", pat.sex, pat.age)
    lab = LABS_US[i]
    c = Canvas()
    rows = []
    phase = {0: "Follicular phase", 1: "Male", 2: "Postmenopausal"}[i]
    clin = {0: f"Clinical info: LMP {fdate(pat.coll - timedelta(days=2), 'mdy')}; cycle day 3 (early follicular). Fasting.",
            1: "Clinical info: fatigue, decreased libido. Fasting, AM draw.",
            2: "Clinical info: postmenopausal (LMP > 2 years). Osteopenia on DXA. Fasting."}[i]
    page = [0]

    def newpage():
        c.new_page()
        page[0] += 1
        y = header_en(c, ctx, pat, lab, title="ENDOCRINOLOGY")
        if page[0] == 1:
            c.t(40, y - 2, clin, "helv", 7.8)
            y += 12
        cols = [(40, "l"), (248, "r"), (262, "l"), (290, "l"), (360, "l")]
        return _table_head(c, y, cols, ["Test", "Result", "Flag", "Units", "Reference Interval"], fill=(0.9, 0.9, 0.9))

    y = newpage()
    z = 8.2

    def put(r, ref_lines, units=None):
        nonlocal y
        if y + 11 * (1 + len(ref_lines)) > 770:
            footer_en(c, ctx, page=f"Page {page[0]}")
            y = newpage()
        fl = set_pflag(r, "HL")
        if units is not None:
            r.unit = units
        c.t(40, y, r.name, "helv", z)
        c.t(248, y, r.vstr, "hebo", z, al="r")
        if fl:
            c.t(262, y, fl, "hebo", z)
        c.t(290, y, units if units is not None else (r.unit or ""), "helv", z)
        for j, lr in enumerate(ref_lines):
            c.t(360, y + 10.5 * j, lr, "helv", 7.4)
        rows.append(r)
        y += 10.5 * max(1, len(ref_lines)) + 3.5

    def simple(key, name_=None, status=None, uv=None, units=None):
        r = make_row(ctx, key, sample(ctx, key, status), uv, name=name_ or nm(ctx, key), twoside=True)
        put(r, [r.refstr], units)
        return r

    def phased(key, name_, dec, units, status="N"):
        tab = PHASES[key]
        lo, hi = tab[phase]
        v = _val_in(rng, lo, hi, dec, status)
        r = make_row(ctx, key, v, name=name_, show_ref=False, ulabel=units)
        _apply_ref(r, lo, hi)
        lines = []
        if i != 1 or rng.random() < 0.5:
            lines.append("Adult Female:")
            for ph in ("Follicular phase", "Ovulation phase", "Luteal phase", "Postmenopausal"):
                a, b = tab[ph]
                lines.append(f"  {ph:<17} {fnum(a, dec, 'en')} - {fnum(b, dec, 'en')}")
        a, b = tab["Male"]
        lines.append(f"Adult Male: {fnum(a, dec, 'en')} - {fnum(b, dec, 'en')}")
        put(r, lines)

    # thyroid
    simple("tsh", _pick(rng, ["TSH", "TSH, 3rd generation"]), units=_pick(rng, ["uIU/mL", "µIU/mL", "mIU/L"]))
    simple("ft4", _pick(rng, ["Free T4", "T4, Free (Direct)"]))
    if i != 2:
        simple("ft3", _pick(rng, ["Free T3", "Triiodothyronine (T3), Free"]))
    if i in (0, 2):
        phased("lh", "LH", 1, "mIU/mL")
        phased("fsh", "FSH", 1, "mIU/mL", status="N" if i == 0 else _pick(rng, ["N", "N", "H"]))
        phased("e2", _pick(rng, ["Estradiol", "Estradiol, Sensitive"]), 1, "pg/mL")
        phased("prog", "Progesterone", 2, "ng/mL")
        r = make_row(ctx, "prl", sample(ctx, "prl"), name="Prolactin", twoside=True)
        put(r, [f"Female (non-pregnant): {r.refstr}"])
    if i == 0:
        v = _val_in(rng, 8, 60, 0, _pick(rng, ["N", "N", "H"]), hi_mult=(1.1, 1.4))
        r = _apply_ref(make_row(ctx, "testo", v, name="Testosterone, Total, LC/MS", show_ref=False), 8, 60)
        put(r, ["Adult Female: 8 - 60", "Adult Male: see age bands"])
        simple("shbg", "Sex Hormone Binding Globulin")
        simple("insulin", "Insulin, Fasting")
    if i == 1:
        band = next(rr for (a, b), rr in TESTO_BANDS if a <= pat.age <= b)
        v = _val_in(rng, band[0], band[1], 0, _pick(rng, ["N", "L", "L"]))
        r = _apply_ref(make_row(ctx, "testo", v, name=_pick(rng, ["Testosterone, Total", "Testosterone, Serum"]),
                                show_ref=False), *band)
        lines = ["Adult Male:"] + [f"  {a}-{b if b < 120 else ''}{' y' if b < 120 else '+ y'}: {x} - {z_}" for (a, b), (x, z_) in TESTO_BANDS]
        lines = [ln.replace("70-+ y", "70+ y") for ln in lines]
        put(r, lines)
        simple("shbg", "SHBG")
        phased("lh", "LH", 1, "mIU/mL")
        phased("fsh", "FSH", 1, "mIU/mL")
        phased("e2", "Estradiol", 1, "pg/mL")
        r = make_row(ctx, "prl", sample(ctx, "prl"), name="Prolactin", twoside=True)
        put(r, [f"Male: {r.refstr}"])
        hi = next(h for (a, b), h in PSA_BANDS if a <= pat.age <= b)
        st = _pick(rng, ["N", "N", "H"])
        v = _val_in(rng, 0.0, hi, 2, st, hi_mult=(1.1, 1.9)) if st == "H" else round(rng.uniform(0.3, hi * 0.85), 2)
        r = _apply_ref(make_row(ctx, "psa", v, name=_pick(rng, ["PSA, Total", "Prostate Specific Ag (PSA)"]),
                                show_ref=False), 0.0, hi)
        put(r, ["Age-specific:"] + [f"  {a}-{b} y: 0.0 - {h}" for (a, b), h in PSA_BANDS])
    # cortisol
    ra = make_row(ctx, "cort_am", sample(ctx, "cort_am"), name=_pick(rng, ["Cortisol - AM", "Cortisol, AM (8 a.m.)"]), twoside=True)
    put(ra, [f"AM (7-10 a.m.): {ra.refstr}"])
    if i != 0:
        rp = make_row(ctx, "cort_pm", sample(ctx, "cort_pm"), name=_pick(rng, ["Cortisol - PM", "Cortisol, PM (4 p.m.)"]), twoside=True)
        put(rp, [f"PM (3-5 p.m.): {rp.refstr}"])
    if i != 0:
        simple("pth", "PTH, Intact")
        simple("ca", "Calcium")
    if i == 2:
        simple("phos", "Phosphorus")
    # vitamin D with tiers
    r = make_row(ctx, "vitd", sample(ctx, "vitd"), name=_pick(rng, ["Vitamin D, 25-Hydroxy", "25-Hydroxyvitamin D, Total (D2+D3)"]),
                 twoside=True)
    put(r, [f"{r.refstr}", "Deficiency: <20", "Insufficiency: 20 - 29", "Sufficiency: 30 - 100",
            "Potential toxicity: >150"])
    if i in (0, 2):
        g = make_row(ctx, "glu", sample(ctx, "glu"), name="Glucose, Fasting" if rng.random() < 0.0 else "Glucose",
                     twoside=True)
        put(g, [g.refstr])
        a1 = make_row(ctx, "a1c", sample(ctx, "a1c"), name="Hemoglobin A1c", twoside=True)
        put(a1, [a1.refstr, "Prediabetes: 5.7 - 6.4", "Diabetes: >6.4"])
        eag = make_row(ctx, "eag", 28.7 * a1.value - 46.7, name="Estimated Average Glucose (eAG)", show_ref=False)
        put(eag, [])
    y += 8
    c.t(40, y, "Reference intervals for sex hormones depend on cycle phase; interpret with clinical information.", "helv", 7)
    y += 9
    c.t(40, y, "Vitamin D tiers per Endocrine Society guideline. Tests performed by electrochemiluminescence "
               "unless noted.", "helv", 7)
    footer_en(c, ctx, page=f"Page {page[0]} of {page[0]}")
    pdf = c.pdf()
    return _finish(name, fam, "en", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD7 coag-en
# ----------------------------------------------------------------------------------------------


def _dd7(i):
    fam = "DD7-coag-en"
    name = _name_family(fam, i)
    rng = _rng(name)
    uk = i == 1
    pat = make_patient(rng, "en", age_range=(38, 84))
    ctx = Ctx(rng, "en", "uk" if uk else "us", pat.sex, pat.age)
    if i == 2:
        ctx.crit = {"aptt": "HH"}
    lab = LABS_UK[2] if uk else LABS_US[3 + (i // 2)]
    c = Canvas()
    c.new_page()
    title = "HAEMOSTASIS" if uk else "COAGULATION"
    y = header_en(c, ctx, pat, lab, uk=uk, title=title)
    rows = []
    ctrl = i != 1
    z = 8.4
    if ctrl:
        cols = [(40, "l"), (235, "r"), (250, "l"), (300, "r"), (320, "l"), (380, "l")]
        y = _table_head(c, y, cols, ["Test", "Patient", "Flag", "Control", "Units", "Reference Range"])
    else:
        cols = [(40, "l"), (235, "r"), (250, "l"), (320, "l"), (380, "l")]
        y = _table_head(c, y, cols, ["Test", "Result", "", "Units", "Reference range"])
    pf = "HL" if not uk else "HLc"

    def put(r, control=None, note=None):
        nonlocal y
        fl = set_pflag(r, pf)
        c.t(40, y, r.name, "helv", z)
        c.t(235, y, r.vstr, "hebo", z, al="r")
        if fl:
            c.t(250, y, fl, "hebo", z)
        if ctrl and control is not None:
            c.t(300, y, control, "helv", z, al="r")
        c.t(320, y, r.unit or "", "helv", z)
        c.t(380, y, r.refstr, "helv", z - 0.4)
        rows.append(r)
        y += 12
        if note:
            for ln_ in note:
                c.t(52, y, ln_, "helv", 7)
                y += 9
            y += 2

    st_inr = "H" if i == 0 else ("N" if uk else _pick(rng, ["N", "H"]))
    inr = sample(ctx, "inr", st_inr, ref=(0.85, 1.15))
    if i == 0:
        inr = round(rng.uniform(2.1, 3.1), 1)
    pt = round(12.3 * inr ** (1 / 1.05), 1)
    r = make_row(ctx, "pt", pt, name=_pick(rng, ["Prothrombin Time", "PT"]) if not uk else "Prothrombin time",
                 ref=(11.0, 14.0) if not uk else (10.0, 13.5), twoside=True, ulabel="sec" if not uk else "s")
    put(r, control="12.3")
    r = make_row(ctx, "inr", inr, name="INR", ref=(0.8, 1.2) if not uk else (0.9, 1.2), twoside=True)
    note = None
    if i != 1:
        note = ["Therapeutic range (oral anticoagulation): 2.0 - 3.0", "Mechanical heart valve: 2.5 - 3.5"]
    put(r, control=None, note=note)
    ast_ = ctx.crit.get("aptt") or ("H" if i == 2 else _pick(rng, ["N", "N", "H"]))
    ap = sample(ctx, "aptt", ast_)
    r = make_row(ctx, "aptt", ap, name=_pick(rng, ["aPTT", "PTT, Activated"]) if not uk else "APTT",
                 ref=(25.0, 35.0) if not uk else (24.0, 34.0), twoside=True, ulabel="sec" if not uk else "s")
    put(r, control="29.4" if ctrl else None,
        note=["CRITICAL VALUE - called to RN J. Alvarez, 4 West, read back verified."] if r.flag == "HH" else None)
    if uk:
        fb = make_row(ctx, "fib", sample(ctx, "fib"), "gL", name="Fibrinogen (Clauss)", twoside=True)
    else:
        fb = make_row(ctx, "fib", sample(ctx, "fib"), name="Fibrinogen", twoside=True)
    put(fb)
    dd_base = sample(ctx, "ddimer", "H" if i == 2 else None)
    if uk:
        r = make_row(ctx, "ddimer", dd_base, "ng", name="D-dimer", ulabel="ng/mL FEU")
    elif dd_base < 0.27 and rng.random() < 0.8:
        r = make_row(ctx, "ddimer", dd_base, name="D-Dimer, Quantitative", comp="<", value=0.27, vstr="<0.27",
                     ulabel="ug/mL FEU")
    else:
        r = make_row(ctx, "ddimer", dd_base, name="D-Dimer, Quantitative", ulabel="ug/mL FEU")
    put(r, note=["Cut-off for exclusion of VTE (with low pre-test probability): 0.50 ug/mL FEU."] if not uk else
        ["Age-adjusted cut-off may be applied in patients over 50 (age x 10 ng/mL FEU)."])
    tt = make_row(ctx, "tt", sample(ctx, "tt", "H" if i == 2 else None), name="Thrombin Time" if not uk else "Thrombin time",
                  twoside=True, ulabel="sec" if not uk else "s")
    put(tt, control="16.1" if ctrl else None)
    if i != 0:
        ax = make_row(ctx, "antixa", sample(ctx, "antixa", "H" if i == 2 else None),
                      name="Anti-Xa (unfractionated heparin)" if not uk else "Heparin anti-Xa (UFH)", twoside=True,
                      ulabel="IU/mL" if not uk else "IU/mL")
        ax.refstr = f"{ax.refstr} (therapeutic)"
        put(ax)
    if i == 2:
        put(make_row(ctx, "f8", sample(ctx, "f8"), name="Factor VIII Activity", twoside=True))
        put(make_row(ctx, "at3", sample(ctx, "at3"), name="Antithrombin Activity", twoside=True))
    y += 6
    c.t(40, y, "COMPLETE BLOOD COUNT" if not uk else "FULL BLOOD COUNT", "hebo", 9)
    y += 13
    if uk:
        put(make_row(ctx, "hb", sample(ctx, "hb"), "gL", name="Haemoglobin", twoside=True))
        put(make_row(ctx, "plt", sample(ctx, "plt"), name="Platelets", ulabel="x10^9/L", twoside=True))
        put(make_row(ctx, "wbc", round(sample(ctx, "wbc"), 1), name="White cell count", ulabel="x10^9/L",
                     ref=(4.0, 11.0), twoside=True))
    else:
        hb_ = sample(ctx, "hb")
        put(make_row(ctx, "hb", hb_, name="Hemoglobin", twoside=True))
        put(make_row(ctx, "hct", round(hb_ * rng.uniform(2.92, 3.08), 1), name="Hematocrit", twoside=True))
        put(make_row(ctx, "plt", sample(ctx, "plt"), name="Platelet Count", ulabel="K/uL", twoside=True))
    y += 10
    c.t(40, y, "Citrated plasma (3.2% sodium citrate), double-centrifuged. Control values are the laboratory's normal "
               "pooled plasma run.", "helv", 7)
    footer_en(c, ctx, uk=uk)
    pdf = c.pdf()
    return _finish(name, fam, "en", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD8 letter-pt
# ----------------------------------------------------------------------------------------------


def _wrap_para(c, x, y, width, text, font="tiro", z=10.5, lead=14.0):
    words = text.split(" ")
    line = ""
    for w in words:
        t = (line + " " + w).strip()
        if c.tw(t, font, z) > width and line:
            c.t(x, y, line, font, z)
            y += lead
            line = w
        else:
            line = t
    if line:
        c.t(x, y, line, font, z)
        y += lead
    return y + 5


def _dd8(i):
    fam = "DD8-letter-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    sex = {0: "M", 1: "F", 2: _pick(rng, ["F", "M"])}[i]
    pat = make_patient(rng, "pt", sex=sex, age_range=(48, 79))
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age)
    c = Canvas()
    c.new_page()
    rows = []
    clinics = ["Clínica de Nefrologia e Hipertensão Vale Verde", "Consultório de Endocrinologia Dra. Beatriz Sá Leitão",
               "Hospital Regional São Vicente de Paula - Clínica Médica"]
    docs = ["Dr. Augusto Meirelles Pinto - CRM-MG 38211 - Nefrologia", "Dra. Beatriz Sá Leitão - CRM-PE 19044 - Endocrinologia e Metabologia",
            "Dr. Rodrigo Falcão Dantas - CRM-BA 27765 - Clínica Médica"]
    cities = ["Juiz de Fora", "Recife", "Feira de Santana"]
    c.t(60, 60, clinics[i], "tibo", 13)
    c.t(60, 74, docs[i], "tiro", 9)
    c.ln(60, 82, 535, 82, 0.8)
    ld = pat.coll + timedelta(days=rng.randint(3, 12))
    c.t(535, 104, f"{cities[i]}, {ld.day} de {MESES[ld.month - 1]} de {ld.year}.", "tiro", 10.5, al="r")
    title = ["RELATÓRIO MÉDICO", "RELATÓRIO DE ACOMPANHAMENTO", "RELATÓRIO DE ALTA HOSPITALAR"][i]
    c.t(297, 134, title, "tibo", 12, al="c")
    y = 160.0
    pron = "o Sr." if pat.sex == "M" else "a Sra."
    Pron = "O paciente" if pat.sex == "M" else "A paciente"
    coll = fdate(pat.coll, "dmy")
    prev_month = MESES[(pat.coll.month - 4) % 12]

    def tok(key, base, *, nm_=None, uv=None, unit=True, ref=False, ulabel=None, sep=" ", after_unit=""):
        r = make_row(ctx, key, base, uv, name=nm_ or key, show_ref=ref, twoside=True, ulabel=ulabel)
        if not unit:
            r.unit = None
        rows.append(r)
        s = f"{r.name}{sep}{r.vstr}"
        if r.unit:
            s += ("" if r.unit.startswith("/") or r.unit == "%" else " ") + r.unit
        if ref and r.refstr:
            s += f" (VR {r.refstr})"
        return s + after_unit, r

    if i == 0:
        cr, egfr = gen_creat_egfr(ctx)
        cr = max(cr, 1.32) if cr < 1.3 else cr
        cr, egfr = cr, ckd_epi_2021(cr, pat.age, pat.sex)
        t_cr, r_cr = tok("creat", cr, nm_="creatinina")
        prevv = fnum(round(cr * rng.uniform(0.78, 0.9), 1), 1, "pt")
        t_ur, _ = tok("urea", sample(ctx, "urea", "H"), nm_="ureia")
        t_eg, _ = tok("egfr", egfr, nm_="TFG estimada (CKD-EPI 2021)", ulabel="mL/min/1,73m²", sep=" de ")
        t_k, _ = tok("k", sample(ctx, "k"), nm_="potássio", ulabel="mEq/L")
        t_na, _ = tok("na", sample(ctx, "na"), nm_="sódio", unit=False)
        t_a1, r_a1 = tok("a1c", sample(ctx, "a1c", "H"), nm_="hemoglobina glicada")
        t_gl, _ = tok("glu", sample(ctx, "glu", "H"), nm_="glicemia", sep=" de ")
        cbc = gen_cbc(ctx, pct_int=True)
        t_hb, _ = tok("hb", cbc["hb"], nm_="Hb")
        t_wbc, _ = tok("wbc", cbc["wbc"], uv="mm3", nm_="leucócitos")
        t_plt, _ = tok("plt", cbc["plt"], uv="mm3", nm_="plaquetas")
        t_ca, _ = tok("ca", sample(ctx, "ca"), nm_="cálcio")
        t_p, _ = tok("phos", sample(ctx, "phos"), nm_="fósforo")
        t_pth, _ = tok("pth", sample(ctx, "pth", "H"), nm_="PTH", ref=True)
        paras = [
            "Prezado(a) colega,",
            f"Encaminho {pron} {pat.full}, {pat.age} anos, sexo masculino, hipertenso e diabético tipo 2 há cerca de 12 "
            f"anos, em uso de losartana 50 mg 12/12h, anlodipino 5 mg/dia e metformina 850 mg 2x/dia, para avaliação "
            f"e seguimento nefrológico por perda progressiva de função renal.",
            f"Nos exames de {coll} apresentou {t_cr} (era {prevv} em {prev_month}), {t_ur}, {t_eg}, {t_k} e {t_na}. "
            f"Controle glicêmico ainda inadequado: {t_a1} (anterior {fnum(round(r_a1.value + rng.uniform(0.4, 1.2), 1), 1, 'pt')}% "
            f"no início do ano) e {t_gl}.",
            f"Hemograma: {t_hb}, {t_wbc}, {t_plt}. Metabolismo mineral: {t_ca}, {t_p} e {t_pth}.",
            "Solicito avaliação quanto ao ajuste da metformina e à investigação de proteinúria. Fico à disposição para "
            "quaisquer esclarecimentos.",
        ]
    elif i == 1:
        lip = gen_lipids(ctx)
        t_a1, r_a1 = tok("a1c", sample(ctx, "a1c", "H"), nm_="HbA1c")
        t_gl, _ = tok("glu", sample(ctx, "glu"), nm_="glicemia")
        t_tsh, _ = tok("tsh", sample(ctx, "tsh"), nm_="TSH", ulabel="µUI/mL")
        t_t4, _ = tok("ft4", sample(ctx, "ft4"), nm_="T4 livre")
        t_ct, _ = tok("chol", lip["chol"], nm_="colesterol total", unit=False)
        t_hdl, _ = tok("hdl", lip["hdl"], nm_="HDL", unit=False)
        t_ldl, _ = tok("ldl", lip["ldl"], nm_="LDL", unit=False)
        t_tg, _ = tok("tg", lip["tg"], nm_="triglicerídeos")
        t_ast, _ = tok("ast", sample(ctx, "ast"), nm_="TGO")
        t_alt, _ = tok("alt", sample(ctx, "alt"), nm_="TGP")
        t_cr, _ = tok("creat", sample(ctx, "creat"), nm_="creatinina")
        t_vd, _ = tok("vitd", sample(ctx, "vitd"), nm_="vitamina D (25-OH)", ref=True)
        t_b12, _ = tok("b12", sample(ctx, "b12"), nm_="vitamina B12")
        paras = [
            "Ao colega clínico,",
            f"Retorno de {pat.full}, {pat.age} anos, em acompanhamento por diabetes mellitus tipo 2 e hipotireoidismo "
            f"primário, em uso de levotiroxina 75 mcg/dia, metformina XR 1 g/dia e dapagliflozina 10 mg/dia.",
            f"Exames laboratoriais coletados em {coll}: {t_a1} (era {fnum(round(r_a1.value + rng.uniform(0.5, 1.4), 1), 1, 'pt')}% "
            f"em {prev_month}), {t_gl}; função tireoidiana com {t_tsh} e {t_t4}, compatível com reposição adequada.",
            f"Perfil lipídico: {t_ct}, {t_hdl}, {t_ldl} e {t_tg}. Enzimas hepáticas normais ({t_ast}, {t_alt}); "
            f"{t_cr}. Ainda {t_vd} e {t_b12}.",
            "Conduta: mantidas as medicações; iniciada rosuvastatina 10 mg/dia. Retorno em 4 meses com novos exames.",
        ]
    else:
        cbc = gen_cbc(ctx, pct_int=True)
        t_hb, _ = tok("hb", cbc["hb"], nm_="Hb")
        t_ht, _ = tok("hct", cbc["hct"], nm_="Ht")
        t_wbc, _ = tok("wbc", cbc["wbc"], uv="mm3", nm_="leucócitos")
        t_plt, _ = tok("plt", cbc["plt"], uv="mm3", nm_="plaquetas")
        t_crp, r_crp = tok("crp", sample(ctx, "crp", "H"), nm_="PCR")
        cr = sample(ctx, "creat", "H")
        t_cr, _ = tok("creat", cr, nm_="creatinina", ref=True)
        t_na, _ = tok("na", sample(ctx, "na"), nm_="sódio", ulabel="mEq/L")
        t_k, _ = tok("k", sample(ctx, "k"), nm_="potássio", ulabel="mEq/L")
        t_alb, _ = tok("alb", sample(ctx, "alb", "L"), nm_="albumina")
        t_inr, _ = tok("inr", sample(ctx, "inr"), nm_="INR")
        adm = fnum(round(r_crp.value * rng.uniform(3.0, 6.0), 0), 0, "pt")
        sexw = "feminino" if pat.sex == "F" else "masculino"
        paras = [
            f"Paciente: {pat.full}   -   Sexo: {sexw}   -   Idade: {pat.age} anos   -   Prontuário {rng.randint(100000, 999999)}",
            f"{Pron} foi internad{'a' if pat.sex == 'F' else 'o'} em {fdate(pat.coll - timedelta(days=rng.randint(6, 10)), 'dmy')} "
            f"por pneumonia adquirida na comunidade, tratada com ceftriaxona e azitromicina, com boa evolução clínica.",
            f"Exames da alta ({coll}): {t_hb}, {t_ht}, {t_wbc}, {t_plt}; {t_crp} (na admissão: {adm} mg/L); "
            f"{t_cr}; {t_na}, {t_k}, {t_alb} e {t_inr}.",
            "Recebe alta em bom estado geral, afebril há 72 horas, com orientação de retorno ao ambulatório em 15 dias "
            "com hemograma e função renal de controle.",
        ]
    for p in paras:
        y = _wrap_para(c, 60, y, 475, p)
    y += 20
    c.ln(200, y + 20, 395, y + 20, 0.5)
    c.t(297, y + 32, docs[i].split(" - ")[0], "tiro", 10, al="c")
    c.t(297, y + 44, " - ".join(docs[i].split(" - ")[1:]), "tiro", 9, al="c")
    c.t(297, 812, "Documento emitido eletronicamente. Válido sem assinatura manuscrita.", "tiro", 7.5, al="c")
    pdf = c.pdf()
    hdr_sex = pat.sex if i in (0, 2) else None
    return _finish(name, fam, "pt", rows, pdf, hdr_sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD9 photo-pt
# ----------------------------------------------------------------------------------------------


def _dd9(i):
    fam = "DD9-photo-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    pat = make_patient(rng, "pt")
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age, bothsex=0.35)
    if i == 1:
        ctx.crit = {"glu": "HH"}
    lab = LABS_PT[(4 * i + 2) % len(LABS_PT)]
    c = Canvas()
    c.new_page()
    y = header_pt(c, ctx, pat, lab, color=(0.15, 0.15, 0.15))
    rows = []
    z = rng.choice([8.2, 8.6, 9.0])
    lead = rng.uniform(12.4, 14.0)
    c.t(40, y, "RESULTADOS", "hebo", 10.5)
    y += 16
    c.t(40, y, "Exame", "hebo", 7.8)
    c.t(255, y, "Resultado", "hebo", 7.8, al="r")
    c.t(345, y, "Valores de referência", "hebo", 7.8)
    y += 4
    c.ln(40, y, 555, y, 0.5)
    y += 12
    pf = "ptcap"

    def put(r):
        nonlocal y
        fl = set_pflag(r, pf)
        bold = r.flag != "N"
        c.t(40, y, r.name, "hebo" if bold else "helv", z)
        c.t(255, y, r.vstr, "hebo", z, al="r")
        c.t(262, y, r.unit or "", "helv", z)
        c.t(345, y, r.refstr, "helv", z - 0.8)
        if fl:
            c.t(555, y, fl, "hebo", z, al="r")
        rows.append(r)
        y += lead

    def sec(t):
        nonlocal y
        y += 3
        c.t(40, y, t, "hebo", 8.8, col=(0.2, 0.2, 0.5))
        y += 13

    sec("HEMOGRAMA")
    cbc = gen_cbc(ctx, pct_int=True)
    for key in ("rbc", "hb", "hct", "mcv", "mch", "wbc", "neut_pct", "lymph_pct", "plt"):
        uv = {"rbc": "br", "wbc": "mm3", "plt": "mm3", "neut_pct": "int", "lymph_pct": "int"}.get(key)
        nmk = {"neut_pct": _pick(rng, NAMES["neut"]["pt"]), "lymph_pct": _pick(rng, NAMES["lymph"]["pt"])}.get(key)
        put(make_row(ctx, key, cbc[key], uv, name=nmk, twoside=True))
    sec("BIOQUÍMICA E HORMÔNIOS")
    groups = [["glu", "a1c"], ["urea", "creat", "na", "k"], ["ast", "alt", "ggt"], ["chol", "hdl", "ldl", "tg"],
              ["tsh"], ["ferritin", "crp"]]
    rng.shuffle(groups)
    keys = [k for g in groups for k in g]
    drop = rng.sample(["ggt", "hdl", "ferritin", "crp", "urea"], 2)
    lip = gen_lipids(ctx)
    for key in keys:
        if key in drop:
            continue
        base = lip[key] if key in lip else sample(ctx, key)
        r = make_row(ctx, key, base, name=_pick(rng, NAMES[key]["pt"]))
        if key in ("na", "k") and rng.random() < 0.5:
            r.unit = "mEq/L"
        if key == "tsh":
            r.unit = "µUI/mL"
        put(r)
        if r.flag in ("LL", "HH"):
            c.t(52, y - 2, "Valor crítico - comunicado ao plantão médico.", "helv", 7)
            y += 10
    footer_pt(c, ctx, pat)
    pdf = c.pdf()
    png = photo_png(pdf, rng, dpi=rng.choice([150, 160, 170]), angle=rng.choice([-1, 1]) * rng.uniform(1.5, 3.0),
                    key=rng.uniform(0.025, 0.05), shadow=rng.uniform(0.25, 0.42), blur=rng.uniform(0.8, 1.15))
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll, png)


# ----------------------------------------------------------------------------------------------
# DD10 unitfirst-en (fixed-width LIS export)
# ----------------------------------------------------------------------------------------------


def _dd10(i):
    fam = "DD10-unitfirst-en"
    name = _name_family(fam, i)
    rng = _rng(name)
    uk = i == 1
    pat = make_patient(rng, "en")
    ctx = Ctx(rng, "en", "uk" if uk else "us", pat.sex, pat.age)
    if i == 0:
        ctx.crit = {"hb": "LL"}
    if i == 2:
        ctx.crit = {"na": "LL"}
    lab = LABS_UK[0] if uk else LABS_US[(i + 1) % len(LABS_US)]
    c = Canvas()
    rows = []
    acc = f"{rng.choice('ABCDEFGH')}{rng.randint(1000000, 9999999)}"
    mrn = f"{rng.randint(10000000, 99999999)}"

    def head(m):
        y = 36.0
        c.t(36, y, f"{lab[0].upper()}  -  LIS RESULT EXPORT (FIXED WIDTH)", "cobo", 8.5)
        y += 11
        c.t(36, y, f"PATIENT: {pat.last.upper()}, {pat.first.upper():<24} MRN: {mrn}   ACC: {acc}", "cour", 7.6)
        y += 10
        dobs = fdate(pat.dob, "dmy" if uk else "mdy")
        cols = fdate(pat.coll, "dmy" if uk else "mdy")
        c.t(36, y, f"DOB: {dobs}  AGE: {pat.age:<3} SEX: {pat.sex}   COLLECTED: {cols} {pat.time}   STATUS: FINAL", "cour", 7.6)
        y += 10
        c.t(36, y, "-" * 118, "cour", 7.6)
        y += 10
        c.t(36, y, f"{'CODE':<8}{'TEST':<31}{'UNITS':<14}{'RESULT':>9}  {'FLAG':<5}{'REFERENCE'}", "cobo", 7.6)
        y += 10
        c.t(36, y, "-" * 118, "cour", 7.6)
        return y + 12

    m = Mono(c, z=7.6, header=head, bottom=790)

    def put(code, r):
        fl = set_pflag(r, "HL") or ""
        m.line(f"{code:<8}{r.name[:30]:<31}{(r.unit or ''):<14}{r.vstr:>9}  {fl:<5}{r.refstr}")
        rows.append(r)

    def sec(t):
        m.line()
        m.line(f"*** {t} ***", bold=True)

    cbc = gen_cbc(ctx)
    if not uk:
        sec("HEMATOLOGY - CBC W/ AUTO DIFF")
        for code, key, ul in [("WBC", "wbc", "x10^3/uL"), ("RBC", "rbc", "x10^6/uL"), ("HGB", "hb", "g/dL"),
                              ("HCT", "hct", "%"), ("MCV", "mcv", "fL"), ("MCH", "mch", "pg"), ("MCHC", "mchc", "g/dL"),
                              ("RDW", "rdw", "%"), ("PLT", "plt", "x10^3/uL"), ("MPV", "mpv", "fL")]:
            put(code, make_row(ctx, key, cbc[key], name=_pick(rng, NAMES[key]["en"]), ulabel=ul, twoside=True))
        for code, k in [("NEUT%", "neut"), ("LYMPH%", "lymph"), ("MONO%", "mono"), ("EOS%", "eos"), ("BASO%", "baso")]:
            put(code, make_row(ctx, f"{k}_pct", cbc[f"{k}_pct"], name=f"{_pick(rng, NAMES[k]['en'])} %", twoside=True))
        for code, k in [("NEUT#", "neut"), ("LYMPH#", "lymph"), ("MONO#", "mono"), ("EOS#", "eos"), ("BASO#", "baso")]:
            put(code, make_row(ctx, f"{k}_abs", cbc[f"{k}_abs"], name=f"{_pick(rng, NAMES[k]['en'])}, Absolute",
                               ulabel="x10^3/uL", twoside=True))
        sec("CHEMISTRY - COMPREHENSIVE METABOLIC PANEL")
        creat, egfr = gen_creat_egfr(ctx)
        liv = gen_liver(ctx)
        for code, key in [("GLU", "glu"), ("BUN", "bun"), ("CREA", "creat"), ("EGFR", "egfr"), ("NA", "na"), ("K", "k"),
                          ("CL", "cl"), ("CO2", "co2"), ("CA", "ca"), ("TP", "tp"), ("ALB", "alb"), ("GLOB", "glob"),
                          ("AG", "ag"), ("TBIL", "tbil"), ("ALP", "alp"), ("AST", "ast"), ("ALT", "alt")]:
            if key == "creat":
                r = make_row(ctx, key, creat, name=nm(ctx, key))
            elif key == "egfr":
                if egfr > 90 and rng.random() < 0.7:
                    r = make_row(ctx, key, egfr, name="eGFR (CKD-EPI 2021)", ulabel="mL/min/1.73m2", comp=">",
                                 value=90.0, vstr=">90")
                else:
                    r = make_row(ctx, key, egfr, name="eGFR (CKD-EPI 2021)", ulabel="mL/min/1.73m2")
            elif key in liv:
                r = make_row(ctx, key, liv[key], name=nm(ctx, key), twoside=True)
            else:
                r = make_row(ctx, key, sample(ctx, key), name=nm(ctx, key), twoside=True)
            if key == "ag":
                r.unit = None
            put(code, r)
        sec("LIPID PANEL")
        lip = gen_lipids(ctx)
        for code, key in [("CHOL", "chol"), ("TRIG", "tg"), ("HDL", "hdl"), ("LDLC", "ldl"), ("VLDL", "vldl"),
                          ("NHDL", "nonhdl")]:
            put(code, make_row(ctx, key, lip[key], name=nm(ctx, key)))
        sec("ENDOCRINE")
        put("TSH", make_row(ctx, "tsh", sample(ctx, "tsh"), name="TSH", ulabel="uIU/mL", twoside=True))
        a1 = make_row(ctx, "a1c", sample(ctx, "a1c"), name="Hemoglobin A1c", twoside=True)
        put("A1C", a1)
        put("EAG", make_row(ctx, "eag", 28.7 * a1.value - 46.7, name="Estimated Avg Glucose", show_ref=False))
        if i == 2:
            put("FERR", make_row(ctx, "ferritin", sample(ctx, "ferritin"), name="Ferritin", twoside=True))
            put("B12", make_row(ctx, "b12", sample(ctx, "b12"), name="Vitamin B12", twoside=True))
            fol = make_row(ctx, "folate", sample(ctx, "folate"), name="Folate")
            put("FOL", fol)
    else:
        sec("FULL BLOOD COUNT")
        for code, key, uv, ul in [("HB", "hb", "gL", None), ("WBC", "wbc", None, "x10^9/L"), ("PLT", "plt", None, "x10^9/L"),
                                  ("RBC", "rbc", "uk", None), ("HCT", "hct", "LL", None), ("MCV", "mcv", None, "fL"),
                                  ("MCH", "mch", None, "pg"), ("RDW", "rdw", None, "%")]:
            put(code, make_row(ctx, key, cbc[key], uv, name=_pick(rng, NAMES[key]["en"]), ulabel=ul, twoside=True))
        for code, k in [("NEUT", "neut"), ("LYMPH", "lymph"), ("MONO", "mono"), ("EOS", "eos"), ("BASO", "baso")]:
            put(code, make_row(ctx, f"{k}_abs", cbc[f"{k}_abs"], name=_pick(rng, NAMES[k]["en"]), ulabel="x10^9/L",
                               twoside=True))
        sec("RENAL / U&E")
        creat, egfr = gen_creat_egfr(ctx)
        put("NA", make_row(ctx, "na", sample(ctx, "na"), name="Sodium", twoside=True))
        put("K", make_row(ctx, "k", sample(ctx, "k"), name="Potassium", twoside=True))
        put("UREA", make_row(ctx, "urea", sample(ctx, "urea"), "mmol", name="Urea", twoside=True))
        put("CREA", make_row(ctx, "creat", creat, "umol", name="Creatinine", ulabel="umol/L", twoside=True))
        if egfr > 90:
            put("EGFR", make_row(ctx, "egfr", egfr, name="eGFR (CKD-EPI)", ulabel="mL/min/1.73m2", comp=">",
                                 value=90.0, vstr=">90"))
        else:
            put("EGFR", make_row(ctx, "egfr", egfr, name="eGFR (CKD-EPI)", ulabel="mL/min/1.73m2"))
        sec("LIVER FUNCTION / BONE")
        liv = gen_liver(ctx)
        put("TBIL", make_row(ctx, "tbil", liv["tbil"], "umol", name="Bilirubin", ulabel="umol/L"))
        put("ALT", make_row(ctx, "alt", sample(ctx, "alt"), name="ALT", ulabel="IU/L"))
        put("ALP", make_row(ctx, "alp", sample(ctx, "alp"), name="Alkaline phosphatase", ulabel="IU/L", twoside=True))
        put("ALB", make_row(ctx, "alb", liv["alb"], "gL", name="Albumin", twoside=True))
        put("TP", make_row(ctx, "tp", liv["tp"], "gL", name="Total protein", twoside=True))
        put("CA", make_row(ctx, "ca", sample(ctx, "ca"), "mmol", name="Calcium", twoside=True))
        put("PHOS", make_row(ctx, "phos", sample(ctx, "phos"), "mmol", name="Phosphate", twoside=True))
        put("MG", make_row(ctx, "mg", sample(ctx, "mg"), "mmol", name="Magnesium", twoside=True))
        put("CRP", make_row(ctx, "crp", sample(ctx, "crp"), name="CRP"))
        sec("DIABETES / LIPIDS / THYROID")
        put("GLU", make_row(ctx, "glu", sample(ctx, "glu"), "mmol", name="Glucose (fluoride)", twoside=True))
        put("HBA1C", make_row(ctx, "a1c", round(rng.uniform(34, 41) if rng.random() < 0.6 else rng.uniform(49, 66)), "ifcc",
                              name="HbA1c (IFCC)", ref=(20, 41), twoside=True))
        lip = gen_lipids(ctx)
        put("CHOL", make_row(ctx, "chol", lip["chol"], "mmol", name="Cholesterol"))
        put("HDL", make_row(ctx, "hdl", lip["hdl"], "mmol", name="HDL cholesterol"))
        put("TRIG", make_row(ctx, "tg", lip["tg"], "mmol", name="Triglyceride"))
        put("TSH", make_row(ctx, "tsh", sample(ctx, "tsh"), name="TSH", ulabel="mU/L", ref=(0.27, 4.20), twoside=True))
        put("FT4", make_row(ctx, "ft4", sample(ctx, "ft4"), "pmol", name="Free T4", twoside=True))
        put("FERR", make_row(ctx, "ferritin", sample(ctx, "ferritin"), "ugL", name="Ferritin", twoside=True))
    m.line()
    m.line("-" * 118)
    m.line("FLAGS: H=HIGH L=LOW HH/LL=CRITICAL (PHONED). REFERENCE RANGES ARE AGE/SEX ADJUSTED WHERE APPLICABLE.")
    if any(r.flag in ("LL", "HH") for r in rows):
        m.line(f"CRITICAL RESULT NOTIFIED TO {_pick(rng, EN_DOCS).upper()} AT {rng.randint(10, 14):02d}:{rng.randrange(60):02d}, READ-BACK CONFIRMED.")
    m.line(f"VERIFIED BY: {_pick(rng, EN_DIRS).upper()}")
    n = len(c.doc)
    for pi, pg in enumerate(c.doc):
        c.page = pg
        c.t(559, 822, f"PAGE {pi + 1} OF {n}", "cour", 7.2, al="r")
    pdf = c.pdf()
    return _finish(name, fam, "en", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD11 rangebar-pt
# ----------------------------------------------------------------------------------------------


def _dd11(i):
    fam = "DD11-rangebar-pt"
    name = _name_family(fam, i)
    rng = _rng(name)
    pat = make_patient(rng, "pt")
    ctx = Ctx(rng, "pt", "br", pat.sex, pat.age, abn=0.3)
    lab = LABS_PT[(i * 3 + 1) % len(LABS_PT)]
    c = Canvas()
    rows = []
    cbc = gen_cbc(ctx, pct_int=True)
    lip = gen_lipids(ctx)
    creat, egfr = gen_creat_egfr(ctx)
    pool = ["hb", "hct", "wbc", "plt", "glu", "a1c", "creat", "egfr", "urea", "k", "na", "ast", "alt", "ggt", "chol",
            "hdl", "ldl", "tg", "tsh", "ft4", "vitd", "b12", "ferritin", "uric", "crp"]
    drop = rng.sample(["hct", "urea", "ggt", "ft4", "uric", "crp", "b12", "ferritin", "na"], 5)
    keys = [k for k in pool if k not in drop]
    cw, ch, gap = 165.0, 108.0, 10.0
    per_page = 15
    pages = (len(keys) + per_page - 1) // per_page
    status_word = {"N": "Normal", "H": "Acima", "HH": "Acima", "L": "Abaixo", "LL": "Abaixo"}
    status_col = {"N": (0.1, 0.55, 0.25), "H": (0.8, 0.35, 0.0), "HH": (0.8, 0.0, 0.0), "L": (0.8, 0.35, 0.0),
                  "LL": (0.8, 0.0, 0.0)}
    for pi in range(pages):
        c.new_page()
        c.box(0, 0, 595, 70, col=None, fill=(0.93, 0.96, 0.99))
        c.t(40, 32, lab[0], "hebo", 13, col=(0.05, 0.3, 0.55))
        c.t(40, 46, "Seus resultados de forma simples", "helv", 9, col=(0.3, 0.3, 0.3))
        c.t(555, 32, f"Olá, {pat.first.split()[0]}!", "hebo", 11, al="r")
        sexw = "Feminino" if pat.sex == "F" else "Masculino"
        c.t(40, 88, f"Paciente: {pat.full}    Sexo: {sexw}    Idade: {pat.age} anos", "helv", 8.5)
        c.t(40, 100, f"Coleta: {fdate(pat.coll, 'dmy')}    Pedido nº {rng.randint(1000000, 9999999)}", "helv", 8.5)
        c.t(555, 100, f"Página {pi + 1} de {pages}", "helv", 7.5, al="r")
        for j, key in enumerate(keys[pi * per_page:(pi + 1) * per_page]):
            col, rw = j % 3, j // 3
            x = 40 + col * (cw + gap)
            y = 118 + rw * (ch + gap)
            uv = {"wbc": "mm3", "plt": "mm3"}.get(key)
            if key in lip:
                base = lip[key]
            elif key in cbc:
                base = cbc[key]
            elif key == "creat":
                base = creat
            elif key == "egfr":
                base = egfr
            else:
                base = sample(ctx, key)
            nmk = _pick(rng, NAMES[key]["pt"])
            if key == "egfr":
                nmk = _pick(rng, ["Filtração glomerular", "TFG estimada"])
            if len(nmk) > 26:
                nmk = NAMES[key]["pt"][0] if len(NAMES[key]["pt"][0]) <= 26 else key.upper()
            ul = {"egfr": "mL/min/1,73m²", "tsh": "µUI/mL", "na": "mEq/L", "k": "mEq/L"}.get(key)
            r = make_row(ctx, key, base, uv, name=nmk, ulabel=ul, twoside=True)
            r.pflag = status_word[r.flag]
            rows.append(r)
            c.box(x, y, x + cw, y + ch, col=(0.78, 0.8, 0.84), fill=(0.99, 0.99, 1.0), w=0.7)
            c.t(x + 8, y + 15, r.name, "hebo", 8.2)
            c.t(x + cw - 8, y + 15, r.pflag, "hebo", 8, col=status_col[r.flag], al="r")
            vx = x + 8
            c.t(vx, y + 40, r.vstr, "hebo", 15)
            c.t(vx + c.tw(r.vstr, "hebo", 15) + 4, y + 40, r.unit or "", "helv", 8)
            bx0, bx1, by = x + 10, x + cw - 10, y + 60
            bw = bx1 - bx0
            lo, hi = r.lo, r.hi
            if lo is not None and hi is not None:
                zones = [(0.0, 0.2, (0.98, 0.85, 0.6)), (0.2, 0.8, (0.6, 0.85, 0.6)), (0.8, 1.0, (0.98, 0.85, 0.6))]
                frac = 0.2 + 0.6 * (r.value - lo) / (hi - lo)
            elif hi is not None:
                zones = [(0.0, 0.7, (0.6, 0.85, 0.6)), (0.7, 1.0, (0.98, 0.85, 0.6))]
                frac = 0.7 * r.value / hi
            else:
                zones = [(0.0, 0.3, (0.98, 0.85, 0.6)), (0.3, 1.0, (0.6, 0.85, 0.6))]
                frac = 0.3 * r.value / lo
            for a, b, colr in zones:
                c.box(bx0 + a * bw, by, bx0 + b * bw, by + 7, col=None, fill=colr)
            frac = min(max(frac, 0.03), 0.97)
            mx = bx0 + frac * bw
            c.page.draw_polyline([(mx - 4, by - 6), (mx + 4, by - 6), (mx, by - 0.5), (mx - 4, by - 6)],
                                 color=(0.1, 0.1, 0.1), fill=(0.1, 0.1, 0.1), width=0.5)
            if lo is not None and hi is not None:
                c.t(bx0 + 0.2 * bw, by + 17, fnum(lo, r.dec, "pt"), "helv", 7, al="c")
                c.t(bx0 + 0.8 * bw, by + 17, fnum(hi, r.dec, "pt"), "helv", 7, al="c")
                c.t(x + 8, y + ch - 8, "Faixa de referência", "helv", 6.3, col=(0.45, 0.45, 0.45))
            else:
                c.t(x + 8, y + ch - 22, f"Referência: {r.refstr.lower()}", "helv", 7)
                c.t(x + 8, y + ch - 8, "Valor desejável", "helv", 6.3, col=(0.45, 0.45, 0.45))
        c.t(40, 808, "Este resumo não substitui o laudo oficial nem a avaliação do seu médico. "
                     f"Responsável técnico: {_pick(rng, PT_BIO)}", "helv", 6.5)
    pdf = c.pdf()
    return _finish(name, fam, "pt", rows, pdf, pat.sex, pat.coll)


# ----------------------------------------------------------------------------------------------
# DD12 cumulative-en
# ----------------------------------------------------------------------------------------------


def _dd12(i):
    fam = "DD12-cumulative-en"
    name = _name_family(fam, i)
    rng = _rng(name)
    uk = i == 1
    pat = make_patient(rng, "en", age_range=(45, 85))
    ctx = Ctx(rng, "en", "uk" if uk else "us", pat.sex, pat.age)
    if i == 0:
        ctx.crit = {"wbc": "LL", "plt": "LL"}
    if i == 2:
        ctx.crit = {"na": "HH"}
    lab = LABS_UK[1] if uk else LABS_US[(i + 2) % len(LABS_US)]
    c = Canvas()
    c.new_page()
    y = header_en(c, ctx, pat, lab, uk=uk, title="CUMULATIVE REPORT")
    rows = []
    newest = pat.coll
    olds = sorted({newest - timedelta(days=d) for d in rng.sample(range(2, 120), 3)}, reverse=True)
    dfmt = "dmon" if uk else "mdy2"
    cbc = gen_cbc(ctx)
    creat, egfr = gen_creat_egfr(ctx)
    liv = gen_liver(ctx)
    if uk:
        spec = [("Haemoglobin", "hb", cbc["hb"], "gL", None), ("White cell count", "wbc", cbc["wbc"], None, "x10^9/L"),
                ("Platelets", "plt", cbc["plt"], None, "x10^9/L"), ("Neutrophils", "neut_abs", cbc["neut_abs"], None, "x10^9/L"),
                ("Lymphocytes", "lymph_abs", cbc["lymph_abs"], None, "x10^9/L"), ("MCV", "mcv", cbc["mcv"], None, "fL"),
                ("Sodium", "na", None, None, None), ("Potassium", "k", None, None, None), ("Urea", "urea", None, "mmol", None),
                ("Creatinine", "creat", creat, "umol", "umol/L"), ("eGFR", "egfr", egfr, None, "mL/min/1.73m2"),
                ("CRP", "crp", None, None, None), ("Bilirubin", "tbil", liv["tbil"], "umol", "umol/L"),
                ("ALT", "alt", None, None, "IU/L"), ("ALP", "alp", None, None, "IU/L"), ("Albumin", "alb", liv["alb"], "gL", None),
                ("Calcium", "ca", None, "mmol", None), ("Magnesium", "mg", None, "mmol", None),
                ("HbA1c", "a1c", None, "ifcc", None)]
    else:
        spec = [("WBC", "wbc", cbc["wbc"], None, "K/uL"), ("Hemoglobin", "hb", cbc["hb"], None, None),
                ("Hematocrit", "hct", cbc["hct"], None, None), ("Platelets", "plt", cbc["plt"], None, "K/uL"),
                ("MCV", "mcv", cbc["mcv"], None, None), ("Abs Neutrophils", "neut_abs", cbc["neut_abs"], None, "K/uL"),
                ("Sodium", "na", None, None, None), ("Potassium", "k", None, None, None), ("Chloride", "cl", None, None, None),
                ("CO2", "co2", None, None, None), ("BUN", "bun", None, None, None), ("Creatinine", "creat", creat, None, None),
                ("eGFR", "egfr", egfr, None, "mL/min/1.73m2"), ("Glucose", "glu", None, None, None),
                ("Calcium", "ca", None, None, None), ("Magnesium", "mg", None, None, None),
                ("Albumin", "alb", liv["alb"], None, None), ("Bilirubin, Total", "tbil", liv["tbil"], None, None),
                ("AST", "ast", None, None, None), ("ALT", "alt", None, None, None), ("Hemoglobin A1c", "a1c", None, None, None)]
    if i == 0:
        spec = [s for s in spec if s[1] != "neut_abs"]
    missing_newest = {"a1c", "mg"} if i != 2 else {"a1c"}
    layout = {0: "right", 1: "left", 2: "prev"}[i]
    z = 7.8
    xn, xu, xr = 40, 150, 205
    if layout == "prev":
        dcols = [330, 410]
        heads = ["Result", "Previous"]
    else:
        dcols = [330, 385, 440, 495]
        dates = list(reversed(olds)) + [newest] if layout == "right" else [newest] + olds
        heads = [fdate(d, dfmt) for d in dates]
    cols = [(xn, "l"), (xu, "l"), (xr, "l")] + [(x + 40, "r") for x in dcols]
    y = _table_head(c, y, cols, ["Test", "Units", "Ref. range"] + heads, z=7.4)
    if layout == "prev":
        c.t(470, y - 12, "Prev. date", "hebo", 7.4)
    for label, key, base, uv, ul in spec:
        if base is None:
            base = sample(ctx, key) if key != "a1c" else sample(ctx, "a1c")
        if key == "a1c" and uv == "ifcc":
            base = round(rng.uniform(36, 58))
        if key == "egfr" and uk and base > 90:
            r = make_row(ctx, key, base, uv, name=label, ulabel=ul, comp=">", value=90.0, vstr=">90")
        else:
            r = make_row(ctx, key, base, uv, name=label, ulabel=ul, twoside=True,
                         ref=((20, 41) if (key == "a1c" and uv == "ifcc") else "auto"))
        fl = set_pflag(r, "HL")
        u = unit_of(key, uv)
        olds_v = []
        for k_ in range(3):
            if rng.random() < 0.12:
                olds_v.append("--")
                continue
            spread = 0.05 if key in ("mcv", "na", "cl", "ca", "alb", "hct", "hb", "co2") else 0.16
            ov = round(r.value * rng.uniform(1 - spread, 1 + spread), u.dec) if r.comp is None else r.value
            ofl = _classify(ov, r.lo, r.hi)
            s = fnum(ov, u.dec, "en") if r.comp is None else r.vstr
            olds_v.append(s + (f" {ofl}" if ofl != "N" else ""))
        cur = r.vstr + (f" {fl}" if fl else "")
        if key in missing_newest:
            cur = "--"
            if olds_v[0] == "--":
                olds_v[0] = fnum(r.value, u.dec, "en")
        c.t(xn, y, label, "helv", z)
        c.t(xu, y, r.unit or "", "helv", z - 0.4)
        c.t(xr, y, r.refstr, "helv", z - 0.4)
        if layout == "prev":
            c.t(dcols[0] + 40, y, cur, "hebo", z, al="r")
            c.t(dcols[1] + 40, y, olds_v[0], "helv", z, al="r")
            c.t(470, y, fdate(olds[0], "mdy") if olds_v[0] != "--" else "", "helv", z - 0.6)
        else:
            cells = list(reversed(olds_v)) + [cur] if layout == "right" else [cur] + olds_v
            for x, s in zip(dcols, cells):
                is_new = s is cur
                c.t(x + 40, y, s, "hebo" if is_new else "helv", z, al="r")
        if key not in missing_newest:
            rows.append(r)
        y += 12.5
        if r.flag in ("LL", "HH"):
            pass
    y += 8
    crit = [r for r in rows if r.flag in ("LL", "HH")]
    if crit:
        c.t(40, y, "Critical values (" + ", ".join(r.name for r in crit) + ") telephoned to the ward and read back.",
            "helv", 7.2)
        y += 10
    if layout == "left":
        c.t(40, y, "Most recent result shown first (left). -- = not requested on that date.", "helv", 7)
    elif layout == "right":
        c.t(40, y, "Columns in chronological order; the last column is the current specimen. -- = not done.", "helv", 7)
    else:
        c.t(40, y, f"Result = current specimen ({fdate(newest, 'mdy')}); Previous = most recent prior result.", "helv", 7)
    footer_en(c, ctx, uk=uk)
    pdf = c.pdf()
    return _finish(name, fam, "en", rows, pdf, pat.sex, newest)


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------

_PLAN = [
    ("DD1-scan-block-pt", _dd1, 3),
    ("DD2-scan-table-pt", _dd2, 3),
    ("DD3-dotleader-pt", _dd3, 3),
    ("DD4-urinalysis-mixed", _dd4, 4),
    ("DD5-serology-pt", _dd5, 3),
    ("DD6-hormone-en", _dd6, 3),
    ("DD7-coag-en", _dd7, 3),
    ("DD8-letter-pt", _dd8, 3),
    ("DD9-photo-pt", _dd9, 3),
    ("DD10-unitfirst-en", _dd10, 3),
    ("DD11-rangebar-pt", _dd11, 3),
    ("DD12-cumulative-en", _dd12, 3),
]


def _generate() -> list[Built]:
    out = []
    for fam, fn, n in _PLAN:
        for i in range(n):
            out.append(fn(i))
    return out


def reports() -> list[GeneratedReport]:
    return [b.report for b in _generate()]


def _norm(s: str) -> str:
    return " ".join(s.split())


def _main(outdir: str) -> int:
    os.makedirs(outdir, exist_ok=True)
    a = _generate()
    b = _generate()
    same = len(a) == len(b) and all(
        x.report.content == y.report.content and x.report.expected == y.report.expected for x, y in zip(a, b))
    problems = []
    names = set()
    counts = {}
    for bt in a:
        r = bt.report
        if r.name in names:
            problems.append(f"duplicate name {r.name}")
        names.add(r.name)
        ext = "png" if r.mime_type == "image/png" else "pdf"
        with open(os.path.join(outdir, f"{r.name}.{ext}"), "wb") as f:
            f.write(r.content)
        meta = {k: v for k, v in asdict(r).items() if k not in ("content", "expected")}
        meta["expected"] = [asdict(e) for e in r.expected]
        with open(os.path.join(outdir, f"{r.name}.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        doc = fitz.open("pdf", bt.pdf)
        text = _norm(" ".join(p.get_text() for p in doc))
        for s in bt.checks:
            if _norm(s) not in text:
                problems.append(f"{r.name}: '{s}' not in text layer")
        for e in r.expected:
            if e.flag in ("LL", "HH") and e.loinc not in ("718-7", "4544-3", "6690-2", "777-3", "751-8", "2345-7",
                                                           "14749-6", "2823-3", "2951-2", "3173-2"):
                problems.append(f"{r.name}: critical flag on {e.name_as_printed}")
            if e.value is not None and e.comparator is None and (e.value == e.ref_low or e.value == e.ref_high):
                problems.append(f"{r.name}: {e.name_as_printed} value on a bound")
            if e.qualitative is not None and (e.flag != "N" or e.ref_low is not None or e.ref_high is not None):
                problems.append(f"{r.name}: qualitative with flag/ref {e.name_as_printed}")
        fam = counts.setdefault(r.family, [0, 0, 0, 0])
        fam[0] += 1
        fam[1] += len(r.expected)
        fam[2] += sum(1 for e in r.expected if e.flag != "N")
        fam[3] += sum(1 for e in r.expected if e.flag in ("LL", "HH"))
    print(f"{'family':<24}{'reports':>8}{'results':>9}{'abnormal':>10}{'critical':>10}")
    tot = [0, 0, 0, 0]
    for f in FAMILIES:
        v = counts.get(f, [0, 0, 0, 0])
        tot = [p + q for p, q in zip(tot, v)]
        print(f"{f:<24}{v[0]:>8}{v[1]:>9}{v[2]:>10}{v[3]:>10}")
    print(f"{'TOTAL':<24}{tot[0]:>8}{tot[1]:>9}{tot[2]:>10}{tot[3]:>10}")
    print("deterministic:", same)
    for p in problems:
        print("PROBLEM:", p)
    return 0 if (same and not problems) else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 labs_dev_d.py OUTDIR")
        sys.exit(2)
    sys.exit(_main(sys.argv[1]))
