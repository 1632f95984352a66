"""Lab-report evaluation, DEVELOPMENT part "DG": a deterministic generator of realistic lab reports.

Thirty-six reports in twelve families (three per family, names "<family>-NN"), each a file exactly as a
laboratory or clinic would send it (a text PDF, or for DG1 a phone photo as PNG) plus the results a
careful human reader takes from it (`ExpectedResult`, see lab_reports.py). The laboratories, house
styles and quirks are invented for this part (US hospital LIS and reference labs, NHS trusts, Irish,
Australian, New Zealand, Canadian, Indian and South African laboratories, clinic letters).

It was written without reading Clinigraph's lab reader (nlp/, service/, graph/, ingestion/), the scorer
or any other evaluation part: only the interface (tests/evaluation/lab_reports.py) and the shared
ground-truth conventions were read.

Seed: "clinigraph-labs-dev-g-2026-11-27"; every report draws from its own random.Random seeded with
the seed, the report name and an attempt number (a draw that would put a value exactly on a reference
or critical bound, or inside another laboratory's panic band, is redrawn). PDF metadata and dates are
fixed and fonts are subset deterministically, so two calls of reports() give byte-identical content.

Script: `python3 tests/evaluation/labs_dev_g.py OUTDIR` writes NAME.pdf / NAME.png and NAME.json (the
expected results), checks that every name, printed value, unit and printed flag occurs in the text
layer (for the photo: in the PDF page before it was photographed), that every LOINC code passes its
check digit, that two generations are byte-identical, and prints the counts per family.

Families
  DG1  phone photo (PNG) of a US hospital LIS table report: Result / Flag / Units / Reference columns in
       three orders; keystone 3-6 deg, rotation 1-4 deg, shadow gradient, glare spot, blur, 130-160 dpi,
       JPEG quality 40-60. Flags H/L, HI/LO, CRIT; "Gluc (fasting)", "T Bili", "Alk Phos".
  DG2  clinic letters: UK GP referral, Irish endocrinology clinic letter, Australian hepatology letter;
       results in running sentences and bullet lists, some with a range, some without, some with
       "(low; range)" / "(high; range)"; values from earlier dates are mentioned too.
  DG3  coagulation with Patient and Control / Mean Normal columns: PT, INR (warfarin therapeutic range),
       aPTT, aPTT ratio, fibrinogen (Clauss, g/L and mg/dL), D-dimer (mg/L FEU and ng/mL FEU), thrombin
       time, anti-Xa (LMWH) with a target table; plus FBC/CBC and renal profile; one aPTT > 150 s.
  DG4  hormones with reference tables: menstrual phases (follicular / mid-cycle / luteal /
       post-menopausal), male rows, age bands (IGF-1, DHEA-S, PSA), AM / PM cortisol; sex, age, phase
       and collection time in the header / "Clinical details".
  DG5  patient-friendly cards, two per row: big value + unit, a range bar with the limits under its ends,
       a status word; some cards print only "Desirable: < 200 mg/dL" / "Optimal: < 100".
  DG6  blood-gas analyser printouts: UK arterial in kPa, US venous (ED) in mmHg with a critical K+, AU
       arterial in mmHg; oximetry, electrolytes, metabolites, acid-base; arrows; FiO2, patient
       temperature and a temperature-corrected block.
  DG7  Indian laboratory reports with a Method column between result and unit: CBC with % and absolute
       (/cumm), mill/cumm, lakhs/cumm or /cumm platelets (one critical), ESR, LFT, KFT, lipid profile
       with a risk table, thyroid profile, HbA1c with eAG; some printed flags are wrong.
  DG8  NHS cumulative reports with four dated columns; the newest column is on the right (-01), on the
       left under "latest results first" (-02), or a "This request" column before the ranges with the
       previous results to the right (-03); flags glued to values ("102L") in -01.
  DG9  bordered grid tables with wrapping cells: long names over two lines, sex-split references
       ("Male: 130-175" / "Female: 115-155"), comment rows under results; one critical haemoglobin.
  DG10 dual-unit reports (Canada / Ireland): SI result with the conventional value in brackets, in a
       second column, or in a grey "= ..." line; one section prints its unit only in the column header.
  DG11 US reference-lab style with "In Range" / "Out Of Range" columns, units inside the reference
       column ("65-99 mg/dL", "> OR = 60"), panel headings, footnote markers after values, absolute
       counts in cells/uL, a critical WBC.
  DG12 South African / Australian SI reports with a chemistry and a urine section: dipstick
       (Negative / Trace / 1+ / 2+ / Positive / Normal), microscopy per HPF or x10^6/L, urine ACR,
       "<1", "<0.5", "<3", ">90" qualifiers, "A" beside abnormal qualitative rows.

Ground-truth conventions followed (the shared conventions, applied to these families)
- loinc: the code of what was measured; SI substance concentrations take their molar code (glucose
  mmol/L 14749-6, creatinine umol/L 14682-9, urea mmol/L 22664-7, bilirubin umol/L 14631-6/14629-0/
  14630-8, urate 14933-6, calcium 2000-8, phosphate 14879-1, magnesium 2601-3, cholesterol 14647-2,
  HDL 14646-4, LDL calc 39469-2, triglyceride 14927-8, non-HDL 70204-3, iron 14798-3, B12 14685-2,
  free T4 14920-3, free T3 14928-6, cortisol 14675-3, testosterone 14913-8, oestradiol 14715-7,
  progesterone 14890-8, PTH 14866-8). Differential % and absolute counts are separate results
  (770-8/751-8, 736-9/731-0, 5905-5/742-7, 713-8/711-2, 706-2/704-7) whatever the count unit
  (x10^9/L, K/uL, /cumm, cells/uL). Glucose labelled "fasting" keeps the plain glucose code (2345-7 /
  14749-6). Blood gas: arterial or venous codes by the printed sample type (pH 2744-1/2746-6, pCO2
  2019-8/2021-4, pO2 2703-7/2705-2, HCO3 1960-4/14627-4, BE 1925-7/1927-3, sO2 2708-6/2711-0, lactate
  2518-9/2519-7); analyser electrolytes and glucose take the whole-blood codes (Na 2947-0, K 6298-4,
  Cl 2069-3, iCa 1994-3, glucose 2339-0 in mg/dL and in mmol/L), ctHb 718-7, COHb 20563-3, MetHb
  2614-6. Coagulation: PT 5902-2, INR 6301-6, aPTT 14979-9, aPTT ratio 63561-5, fibrinogen 3255-7,
  D-dimer FEU 48065-7 (ng/mL and mg/L), thrombin time 3243-3, anti-Xa (LMWH) 32684-3. Urine: SG
  5811-5, pH 5803-2, dipstick presence codes (protein 20454-5, glucose 25428-4, ketones 2514-8, blood
  5794-3, bilirubin 5770-3, urobilinogen 5818-0, nitrite 5802-4, leucocyte esterase 5799-2), numeric
  dipstick protein 5804-0 / glucose 5792-7, WBC/RBC per HPF 5821-4/13945-1 and per volume
  30405-5/30391-7, squamous epithelial cells 11277-1, casts 9842-6, bacteria 25145-4, mucus 8247-9,
  albumin/creatinine ratio (mg/mmol) 32294-1, urine albumin 14957-5, urine creatinine 14683-7.
  eGFR CKD-EPI 2021 is 98979-8 and is computed from the printed creatinine, age and sex.
- value: the number as printed ("7,800" and "1,50,000"-style grouping are thousands: 7800); None for
  qualitative results, whose `qualitative` is English lower case: dipstick rows negative / trace /
  positive (1+, 2+, Positive), urobilinogen "Normal" -> normal; sediment rows absent / rare / present
  ("None seen", "Nil" -> absent; "Rare" -> rare; "Few", "Many", "Moderate", "Present" -> present).
- comparator: "<", ">" for "<1", "<0.5", "<3", "<4", "<5.0", ">90" (value = the printed number).
- unit: as printed beside the value, in its column, in the reference column (DG11) or in the column
  header (DG10-03 lipids, "Result (mmol/L)"); None for pH, specific gravity, INR, ratios (aPTT ratio,
  A/G, BUN/creatinine, cholesterol/HDL) and for letter mentions that print no unit.
- ref_low / ref_high: the interval that applies to this patient: the row for the printed sex, age band,
  cycle phase (header / clinical details) and collection time (cortisol AM vs PM); one side None for
  "< x", "> x", "> OR = x", "≥ x"; both None when nothing is printed. Bar cards: the numbers under the
  bar ends; text cards: the printed text. Numeric dipstick values whose reference is "Negative" have
  no interval.
- flag: N inside / no interval, L / H outside; LL / HH only beyond the shared critical limits (Hb < 5
  g/dL, Hct < 15 %, WBC < 1 or > 50 x10^9/L, platelets < 10 x10^9/L, ANC < 0.5, glucose < 40 / > 500
  mg/dL, K < 2.5 / > 6.5, Na < 120 / > 160 mmol/L, aPTT > 150 s), expressed in each printed unit
  (g/L, L/L, /cumm, lakhs/cumm, cells/uL, mmol/L) and applied to whole-blood analyser values too.
  Critical values are drawn clearly beyond those limits and other values stay out of the bands where
  laboratories' panic lists disagree; analytes without a shared limit are never LL/HH. Qualitative
  results are always N.
- printed_flag: the exact text printed beside the value ("H", "L", "HI", "LO", "High", "Low", "HIGH",
  "LOW", "*", "*H", "H*", "L*", "!!", "C", "CRIT", "A", "↑", "↓", "↑↑", "low", "high", "Borderline"),
  else None. A flag glued to a value ("102L", "5.9 H" in one cell) is printed_flag "L"/"H".
- NOT results: controls / mean normal values, ISI and MNPT, temperature-corrected blood-gas values, FiO2
  and patient temperature, hormone-table rows for other phases / sexes / ages, lipid risk bands and HbA1c
  interpretation tables, conventional-unit conversions (DG10), older cumulative columns (DG8), urine
  colour / appearance, "NOT APPLICABLE" rows, footnotes, methods, dates, page numbers.
- Computed results printed as results are results and agree with their printed inputs within rounding:
  eGFR, LDL (Friedewald), non-HDL, VLDL, cholesterol/HDL ratio, globulin, A/G ratio, indirect bilirubin,
  BUN from urea, BUN/creatinine ratio, anion gap, transferrin saturation, MCV/MCH/MCHC, absolute
  differential counts, aPTT ratio, PT from INR, eAG (27353-2, no interval), urine ACR, blood-gas HCO3
  and base excess (Henderson-Hasselbalch / Van Slyke from the printed pH and pCO2).

Conventions decided for these families
- Letters (DG2): only values of the bloods the letter reports (its stated collection date, which is
  collected_on) are results. A value attributed to an earlier time ("last year's HbA1c was 58",
  "creatinine was 118 umol/L in March", "ALT was 120 U/L in May", "63 mmol/mol in April", "up from 12
  mg/mmol two years ago") is NOT an expected result. A value given without a range has no interval
  and flag N even if it is abnormal (e.g. "eGFR 30"); "(low; 115-165)" gives printed_flag "low".
- Coagulation (DG3): for a patient the report says is on warfarin, the therapeutic range printed in the
  INR row (2.0 - 3.0) applies, not the non-anticoagulated range in the footnote. For anti-Xa the target
  band matching the printed regimen (treatment q12h: 0.50 - 1.00 IU/mL) applies; the row prints "see
  note" and no flag, so printed_flag is None while flag follows the band.
- Cards (DG5): "Normal" is a status, not a flag (printed_flag None); "High", "Low" and "Borderline" are
  printed flags and appear only for values outside the interval.
- Cumulative (DG8): only the newest column is a result; its position is stated on the report.
- Grid (DG9): a name wrapped over two lines is one name, its lines joined by a single space; where two
  sex-specific ranges are printed the patient's sex selects one; "> 1.2 (male > 1.0)" gives 1.0 for a
  man.
- Dual units (DG10): only the SI result is a result; the bracketed / second-column / "=" conventional
  value is a conversion. HbA1c in % (Canada) is the result and its IFCC conversion is not.
- In / Out of Range (DG11): the value is a result whichever column it is in; a superscript footnote
  marker after a value ("150¹") is not part of the value; the unit comes from the reference column;
  % differential rows print only "%" there and have no interval.
- Indian reports (DG7): the flag is computed against the printed interval; where the LIS printed a flag
  that disagrees (a flag on an in-range value, none on an out-of-range value), printed_flag is what is
  printed and flag is the true one.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import random
import sys
from dataclasses import asdict, dataclass

import cv2
import numpy as np
import pymupdf as fitz

if not __package__:  # run as a script: import the interface from the repository root
    import os as _os

    sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))))
    for _m in [m for m in sys.modules if m == "tests" or m.startswith("tests.")]:
        del sys.modules[_m]
from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport  # noqa: E402

SEED = "clinigraph-labs-dev-g-2026-11-27"

FAMILIES = (
    "DG1-us-phone-photo",
    "DG2-clinic-letters",
    "DG3-coag-patient-control",
    "DG4-hormone-ref-tables",
    "DG5-patient-cards",
    "DG6-blood-gas-analyser",
    "DG7-india-method-column",
    "DG8-nhs-cumulative",
    "DG9-bordered-wrap-grid",
    "DG10-dual-units",
    "DG11-in-out-of-range",
    "DG12-urine-chem-si",
)

# ----------------------------------------------------------------------------------------------
# Analyte catalogue: key -> system -> (loinc, decimals, default reference, critical, ambiguous)
#   reference: (low, high) or {"M": (..), "F": (..)}; None on a side = one-sided.
#   critical: the shared panic limits expressed in this system's unit (only the analytes the
#   conventions list); ambiguous: bands around other labs' panic limits that values never enter.
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sys:
    loinc: str
    dec: int
    ref: object = None
    crit: tuple = (None, None)
    amb: tuple = ()


def _s(loinc, dec, ref=None, crit=(None, None), amb=()):
    return _Sys(loinc, dec, ref, crit, tuple(amb))


_CAT: dict[str, dict[str, _Sys]] = {
    # --- haematology ---
    "wbc": {
        "k": _s("6690-2", 1, (4.0, 11.0), (1.0, 50.0), [(0.85, 2.15), (27.0, 53.0)]),
        "cumm": _s("6690-2", 0, (4000, 11000), (1000, 50000), [(850, 2150), (27000, 53000)]),
        "cellsul": _s("6690-2", 0, (3800, 10800), (1000, 50000), [(850, 2150), (27000, 53000)]),
    },
    "rbc": {"m": _s("789-8", 2, {"M": (4.50, 5.90), "F": (3.90, 5.15)})},
    "hgb": {
        "g_dl": _s("718-7", 1, {"M": (13.5, 17.5), "F": (12.0, 15.5)}, (5.0, None), [(4.55, 7.6), (19.4, 99)]),
        "g_l": _s("718-7", 0, {"M": (130, 175), "F": (115, 155)}, (50, None), [(45.5, 76), (194, 999)]),
    },
    "hct": {
        "pct": _s("4544-3", 1, {"M": (40.0, 52.0), "F": (35.5, 46.0)}, (15.0, None), [(13.5, 21.5), (58, 100)]),
        "l_l": _s("4544-3", 3, {"M": (0.40, 0.52), "F": (0.36, 0.46)}, (0.15, None), [(0.135, 0.215), (0.58, 1)]),
    },
    "mcv": {"fl": _s("787-2", 1, (80.0, 100.0))},
    "mch": {"pg": _s("785-6", 1, (27.0, 33.0))},
    "mchc": {"g_dl": _s("786-4", 1, (32.0, 36.0)), "g_l": _s("786-4", 0, (320, 360))},
    "rdw": {"pct": _s("788-0", 1, (11.5, 14.5))},
    "plt": {
        "k": _s("777-3", 0, (150, 400), (10, None), [(9, 55), (880, 99999)]),
        "cumm": _s("777-3", 0, (150000, 410000), (10000, None), [(9000, 55000), (880000, 9e9)]),
        "lakh": _s("777-3", 2, (1.50, 4.10), (0.10, None), [(0.09, 0.55), (8.8, 999)]),
    },
    "mpv": {"fl": _s("32623-1", 1, (7.5, 11.5))},
    "neut_p": {"pct": _s("770-8", 1, (40.0, 75.0))},
    "lymph_p": {"pct": _s("736-9", 1, (20.0, 45.0))},
    "mono_p": {"pct": _s("5905-5", 1, (2.0, 10.0))},
    "eos_p": {"pct": _s("713-8", 1, (1.0, 6.0))},
    "baso_p": {"pct": _s("706-2", 1, (0.0, 2.0))},
    "neut_a": {
        "k": _s("751-8", 2, (2.00, 7.50), (0.5, None), [(0.44, 1.06)]),
        "cumm": _s("751-8", 0, (2000, 7500), (500, None), [(440, 1060)]),
    },
    "lymph_a": {"k": _s("731-0", 2, (1.00, 4.00)), "cumm": _s("731-0", 0, (1000, 4000))},
    "mono_a": {"k": _s("742-7", 2, (0.20, 1.00)), "cumm": _s("742-7", 0, (200, 1000))},
    "eos_a": {"k": _s("711-2", 2, (0.02, 0.50)), "cumm": _s("711-2", 0, (20, 500))},
    "baso_a": {"k": _s("704-7", 2, (0.00, 0.10)), "cumm": _s("704-7", 0, (0, 100))},
    "esr": {"mmhr": _s("4537-7", 0, {"M": (0, 15), "F": (0, 20)})},
    # --- chemistry ---
    "na": {"mmol": _s("2951-2", 0, (135, 145), (120, 160), [(117.5, 126.5), (153.5, 162.5)])},
    "k": {"mmol": _s("2823-3", 1, (3.5, 5.1), (2.5, 6.5), [(2.35, 3.05), (5.95, 7.05)])},
    "cl": {"mmol": _s("2075-0", 0, (98, 107))},
    "hco3": {"mmol": _s("1963-8", 0, (22, 29))},
    "co2": {"mmol": _s("2028-9", 0, (22, 29))},
    "agap": {"mmol": _s("33037-3", 0, (8, 16))},
    "bun": {"mg_dl": _s("3094-0", 0, (7, 20))},
    "urea": {"mg_dl": _s("3091-6", 0, (15, 40)), "mmol": _s("22664-7", 1, (2.5, 7.8))},
    "bun_cr": {"ratio": _s("3097-3", 0, (6, 22))},
    "creat": {
        "mg_dl": _s("2160-0", 2, {"M": (0.70, 1.30), "F": (0.50, 1.10)}),
        "umol": _s("14682-9", 0, {"M": (62, 115), "F": (45, 90)}),
    },
    "egfr": {"ml": _s("98979-8", 0, (60, None))},
    "glu": {
        "mg_dl": _s("2345-7", 0, (70, 99), (40, 500), [(34, 61), (375, 530)]),
        "mmol": _s("14749-6", 1, (3.9, 5.5), (2.2, 27.8), [(1.85, 3.4), (20.8, 29.5)]),
    },
    "ca": {"mg_dl": _s("17861-6", 1, (8.6, 10.3)), "mmol": _s("2000-8", 2, (2.20, 2.60))},
    "phos": {"mg_dl": _s("2777-1", 1, (2.5, 4.5)), "mmol": _s("14879-1", 2, (0.80, 1.50))},
    "mg": {"mg_dl": _s("19123-9", 1, (1.7, 2.4)), "mmol": _s("2601-3", 2, (0.70, 1.00))},
    "urate": {
        "mg_dl": _s("3084-1", 1, {"M": (3.5, 7.2), "F": (2.6, 6.0)}),
        "umol": _s("14933-6", 0, {"M": (200, 430), "F": (140, 360)}),
    },
    "tp": {"g_dl": _s("2885-2", 1, (6.0, 8.3)), "g_l": _s("2885-2", 0, (60, 80))},
    "alb": {"g_dl": _s("1751-7", 1, (3.5, 5.0)), "g_l": _s("1751-7", 0, (35, 50))},
    "glob": {"g_dl": _s("10834-0", 1, (2.0, 3.5)), "g_l": _s("10834-0", 0, (20, 35))},
    "ag": {"ratio": _s("1759-0", 2, (1.00, 2.10))},
    "tbil": {"mg_dl": _s("1975-2", 1, (0.2, 1.2)), "umol": _s("14631-6", 0, (0, 21))},
    "dbil": {"mg_dl": _s("1968-7", 2, (0.00, 0.30)), "umol": _s("14629-0", 0, (0, 5))},
    "ibil": {"mg_dl": _s("1971-1", 2, (0.10, 1.00)), "umol": _s("14630-8", 0, (0, 17))},
    "alt": {"ul": _s("1742-6", 0, (7, 45))},
    "ast": {"ul": _s("1920-8", 0, (10, 40))},
    "alp": {"ul": _s("6768-6", 0, (40, 130))},
    "ggt": {"ul": _s("2324-2", 0, {"M": (10, 71), "F": (6, 42)})},
    "ldh": {"ul": _s("2532-0", 0, (135, 225))},
    "ck": {"ul": _s("2157-6", 0, {"M": (39, 308), "F": (26, 192)})},
    "amyl": {"ul": _s("1798-8", 0, (28, 100))},
    "lipase": {"ul": _s("3040-3", 0, (13, 60))},
    "crp": {"mg_l": _s("1988-5", 1, (None, 5.0))},
    "hscrp": {"mg_l": _s("30522-7", 2, (None, 3.00))},
    "chol": {"mg_dl": _s("2093-3", 0, (None, 200)), "mmol": _s("14647-2", 1, (None, 5.2))},
    "hdl": {"mg_dl": _s("2085-9", 0, (40, None)), "mmol": _s("14646-4", 2, (1.00, None))},
    "ldl": {"mg_dl": _s("13457-7", 0, (None, 100)), "mmol": _s("39469-2", 1, (None, 3.4))},
    "tg": {"mg_dl": _s("2571-8", 0, (None, 150)), "mmol": _s("14927-8", 1, (None, 1.7))},
    "nonhdl": {"mg_dl": _s("43396-1", 0, (None, 130)), "mmol": _s("70204-3", 1, (None, 4.2))},
    "vldl": {"mg_dl": _s("13458-5", 0, (5, 40))},
    "chol_hdl": {"ratio": _s("9830-1", 1, (None, 5.0))},
    "a1c": {"pct": _s("4548-4", 1, (4.0, 5.6)), "mmol_mol": _s("59261-8", 0, (20, 41))},
    "eag": {"mg_dl": _s("27353-2", 0, None)},
    "tsh": {"miu": _s("3016-3", 2, (0.40, 4.00))},
    "ft4": {"pmol": _s("14920-3", 1, (12.0, 22.0)), "ng_dl": _s("3024-7", 2, (0.93, 1.70))},
    "ft3": {"pmol": _s("14928-6", 1, (3.1, 6.8)), "pg_ml": _s("3051-0", 2, (2.00, 4.40))},
    "t3": {"ng_dl": _s("3053-6", 0, (80, 200)), "ng_ml": _s("3053-6", 2, (0.80, 2.00))},
    "t4": {"ug_dl": _s("3026-2", 1, (5.1, 14.1))},
    "tpo": {"iu_ml": _s("8099-4", 0, (None, 34))},
    "ferritin": {"ng_ml": _s("2276-4", 0, {"M": (30, 400), "F": (15, 150)})},
    "iron": {"ug_dl": _s("2498-4", 0, (60, 170)), "umol": _s("14798-3", 1, (10.0, 30.0))},
    "tibc": {"ug_dl": _s("2500-7", 0, (250, 450)), "umol": _s("14800-7", 0, (45, 80))},
    "tsat": {"pct": _s("2502-3", 0, (20, 50))},
    "b12": {"pg_ml": _s("2132-9", 0, (200, 900)), "pmol": _s("14685-2", 0, (145, 600))},
    "folate": {"ng_ml": _s("2284-8", 1, (3.0, 17.0)), "nmol": _s("14732-2", 1, (7.0, 45.0))},
    "pth": {"pmol": _s("14866-8", 1, (1.6, 6.9))},
    "psa": {"ng_ml": _s("2857-1", 2, (None, 4.00))},
    "bnp": {"pg_ml": _s("33762-6", 0, (None, 125))},
    "insulin": {"uiu": _s("20448-7", 1, (2.6, 24.9))},
    # --- hormones (references come from the report's tables) ---
    "fsh": {"iu": _s("15067-2", 1)},
    "lh": {"iu": _s("10501-5", 1)},
    "e2": {"pmol": _s("14715-7", 0), "pg_ml": _s("2243-4", 0)},
    "prog": {"nmol": _s("14890-8", 1), "ng_ml": _s("2839-9", 2)},
    "prl": {"ng_ml": _s("2842-3", 1, {"M": (4.0, 15.2), "F": (4.8, 23.3)})},
    "testo": {"nmol": _s("14913-8", 1), "ng_dl": _s("2986-8", 0)},
    "shbg": {"nmol": _s("13967-5", 0, {"M": (18, 54), "F": (32, 128)})},
    "dheas": {"ug_dl": _s("2191-5", 0)},
    "igf1": {"ng_ml": _s("2484-4", 0)},
    "cortisol": {"nmol": _s("14675-3", 0), "ug_dl": _s("2143-6", 1)},
    # --- coagulation ---
    "pt": {"s": _s("5902-2", 1, (11.0, 13.5))},
    "inr": {"r": _s("6301-6", 2, (0.80, 1.20))},
    "aptt": {"s": _s("14979-9", 1, (25.0, 36.0), (None, 150.0), [(88, 156)])},
    "aptt_r": {"r": _s("63561-5", 2, (0.80, 1.20))},
    "fib": {"g_l": _s("3255-7", 1, (1.5, 4.0)), "mg_dl": _s("3255-7", 0, (200, 400))},
    "ddimer": {"ng_ml": _s("48065-7", 0, (None, 500)), "mg_l": _s("48065-7", 2, (None, 0.50))},
    "tt": {"s": _s("3243-3", 1, (14.0, 19.0))},
    "antixa": {"iu_ml": _s("32684-3", 2)},
    # --- blood gas (a = arterial, v = venous) ---
    "ph": {"a": _s("2744-1", 3, (7.350, 7.450)), "v": _s("2746-6", 3, (7.310, 7.410))},
    "pco2": {
        "a_mmhg": _s("2019-8", 1, (35.0, 45.0)), "a_kpa": _s("2019-8", 2, (4.67, 6.00)),
        "v_mmhg": _s("2021-4", 1, (41.0, 51.0)), "v_kpa": _s("2021-4", 2, (5.47, 6.80)),
    },
    "po2": {
        "a_mmhg": _s("2703-7", 1, (80.0, 100.0)), "a_kpa": _s("2703-7", 2, (10.67, 13.33)),
        "v_mmhg": _s("2705-2", 1, None), "v_kpa": _s("2705-2", 2, None),
    },
    "bg_hco3": {"a": _s("1960-4", 1, (22.0, 26.0)), "v": _s("14627-4", 1, (23.0, 29.0))},
    "be": {"a": _s("1925-7", 1, (-2.0, 2.0)), "v": _s("1927-3", 1, (-2.0, 2.0))},
    "so2": {"a": _s("2708-6", 1, (95.0, 99.0)), "v": _s("2711-0", 1, None)},
    "cthb": {"g_dl": _s("718-7", 1, {"M": (13.5, 17.5), "F": (12.0, 15.5)}, (5.0, None), [(4.55, 7.6), (19.4, 99)]),
             "g_l": _s("718-7", 0, {"M": (130, 175), "F": (115, 155)}, (50, None), [(45.5, 76), (194, 999)])},
    "cohb": {"pct": _s("20563-3", 1, (0.5, 1.5))},
    "methb": {"pct": _s("2614-6", 1, (0.0, 1.5))},
    "na_wb": {"mmol": _s("2947-0", 0, (136, 146), (120, 160), [(117.5, 126.5), (153.5, 162.5)])},
    "k_wb": {"mmol": _s("6298-4", 1, (3.4, 4.5), (2.5, 6.5), [(2.35, 3.05), (5.95, 7.05)])},
    "cl_wb": {"mmol": _s("2069-3", 0, (98, 106))},
    "ica": {"mmol": _s("1994-3", 2, (1.15, 1.33))},
    "glu_wb": {
        "mg_dl": _s("2339-0", 0, (70, 105), (40, 500), [(34, 61), (375, 530)]),
        "mmol": _s("2339-0", 1, (3.9, 5.8), (2.2, 27.8), [(1.85, 3.4), (20.8, 29.5)]),
    },
    "lac": {"a": _s("2518-9", 1, (0.5, 1.6)), "v": _s("2519-7", 1, (0.5, 2.2))},
    # --- urine ---
    "u_sg": {"x": _s("5811-5", 3, (1.005, 1.030))},
    "u_ph": {"x": _s("5803-2", 1, (5.0, 8.0))},
    "u_prot": {"q": _s("20454-5", 0)},
    "u_glu": {"q": _s("25428-4", 0)},
    "u_ket": {"q": _s("2514-8", 0)},
    "u_bld": {"q": _s("5794-3", 0)},
    "u_bil": {"q": _s("5770-3", 0)},
    "u_ubg": {"q": _s("5818-0", 0)},
    "u_nit": {"q": _s("5802-4", 0)},
    "u_le": {"q": _s("5799-2", 0)},
    "u_wbc": {"vol": _s("30405-5", 0, (None, 10)), "hpf": _s("5821-4", 0, (0, 5))},
    "u_rbc": {"vol": _s("30391-7", 0, (None, 10)), "hpf": _s("13945-1", 0, (0, 3))},
    "u_epi": {"q": _s("11277-1", 0)},
    "u_cast": {"q": _s("9842-6", 0)},
    "u_bact": {"q": _s("25145-4", 0)},
    "u_mucus": {"q": _s("8247-9", 0)},
    "u_acr": {"mg_mmol": _s("32294-1", 1, {"M": (None, 2.5), "F": (None, 3.5)})},
    "u_alb": {"mg_l": _s("14957-5", 0, None)},
    "u_creat": {"mmol": _s("14683-7", 1, None)},
}


# how far beyond a critical limit a critical value is drawn: ((low multipliers), (high multipliers))
_CRITMULT = {"na": ((0.9, 0.96), (1.03, 1.06)), "na_wb": ((0.9, 0.96), (1.03, 1.06)),
             "k": ((0.8, 0.92), (1.1, 1.22)), "k_wb": ((0.8, 0.92), (1.1, 1.22)),
             "glu": ((0.7, 0.84), (1.1, 1.35)), "glu_wb": ((0.7, 0.84), (1.1, 1.35)),
             "wbc": ((0.5, 0.8), (1.15, 1.45)), "plt": ((0.5, 0.88), (1, 1)), "aptt": ((1, 1), (1.08, 1.3))}

# lower end of a plausible normal value, as a fraction of a one-sided upper limit ("< x")
_LOFRAC = {"chol": 0.74, "ldl": 0.5, "nonhdl": 0.6, "tg": 0.35, "chol_hdl": 0.6, "psa": 0.1, "tpo": 0.1,
           "crp": 0.06, "hscrp": 0.1, "ddimer": 0.25, "u_acr": 0.1, "bnp": 0.1, "tbil": 0.25, "alt": 0.3,
           "ast": 0.45, "ggt": 0.3, "a1c": 0.85}


def _ldl(ctx, tc, hdl, tg, mmol: bool, name, unit, ref, dec=None):
    """Friedewald LDL from the printed inputs; a draw giving an implausible LDL is redrawn."""
    if mmol:
        v = _round(tc.value - hdl.value - tg.value / 2.2, 1 if dec is None else dec)
        if v < 1.2:
            raise _Retry("ldl")
        return ctx.add("ldl", "mmol", name, v, unit, ref, dec=dec)
    v = _round(tc.value - hdl.value - tg.value / 5, 0)
    if v < 45:
        raise _Retry("ldl")
    return ctx.add("ldl", "mg_dl", name, v, unit, ref)


class _Retry(Exception):
    """Raised when a generated report would put a value on a bound; regenerate with a new attempt."""


@dataclass(eq=False)
class _R:
    loinc: str
    name: str
    vstr: str | None
    value: float | None
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    qual: str | None = None
    comp: str | None = None
    pflag: str | None = None
    key: str = ""
    rdec: int = 0
    check_value: bool = True

    def expected(self) -> ExpectedResult:
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=self.value, unit=self.unit,
            ref_low=self.lo, ref_high=self.hi, flag=self.flag, qualitative=self.qual,
            comparator=self.comp, printed_flag=self.pflag,
        )


def _fmt(v: float, dec: int) -> str:
    s = f"{v:.{dec}f}"
    if s.startswith("-") and float(s) == 0:
        s = s[1:]
    return s


def _flag(v, lo, hi, clo, chi) -> str:
    if v is None:
        return "N"
    if clo is not None and v < clo:
        return "LL"
    if chi is not None and v > chi:
        return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


class _Ctx:
    """Per-report state: random source, patient, and the results printed so far."""

    def __init__(self, rng: random.Random, sex: str | None, age: int | None):
        self.rng = rng
        self.sex = sex
        self.age = age
        self.res: list[_R] = []
        self.extra_checks: list[str] = []

    # ---- references ----
    def ref(self, key, sysname, override=None):
        if override is not None:
            r = override
        else:
            r = _CAT[key][sysname].ref
        if isinstance(r, dict):
            r = r["M" if self.sex == "male" else "F"]
        if r is None:
            return (None, None)
        return tuple(r)

    # ---- sampling ----
    def sample(self, key, sysname, state="N", ref=None, dec=None, lim=None):
        sd = _CAT[key][sysname]
        dec = sd.dec if dec is None else dec
        lo, hi = self.ref(key, sysname, ref)
        clo, chi = sd.crit
        rng = self.rng
        for _ in range(400):
            if lim is not None:
                v = rng.uniform(*lim)
            elif state == "N":
                if lo is not None and hi is not None:
                    w = hi - lo
                    v = rng.uniform(lo + 0.12 * w, hi - 0.12 * w)
                elif hi is not None:
                    v = rng.uniform(_LOFRAC.get(key, 0.35) * hi, 0.86 * hi)
                elif lo is not None:
                    v = rng.uniform(1.12 * lo, 1.7 * lo) if lo > 0 else rng.uniform(lo + 1, lo + 5)
                else:
                    raise ValueError(f"no reference to sample {key}")
            elif state in ("H", "H2"):
                a, b = (0.08, 0.6) if state == "H" else (1.0, 3.0)
                if lo is not None and hi is not None:
                    v = hi + (hi - lo) * rng.uniform(a, b)
                elif hi is not None:
                    v = hi * rng.uniform(1 + a / 1.5, 1 + b / 1.5)
                else:
                    raise ValueError(f"cannot be high: {key}")
            elif state in ("L", "L2"):
                if lo is not None and hi is not None:
                    w = hi - lo
                    v = lo - w * rng.uniform(0.08, 0.35 if state == "L" else 0.6)
                    if v <= 0:
                        v = lo * rng.uniform(0.45, 0.9)
                elif lo is not None:
                    v = lo * rng.uniform(0.6, 0.9)
                else:
                    raise ValueError(f"cannot be low: {key}")
            elif state == "HH":
                v = chi * rng.uniform(*_CRITMULT.get(key, ((0, 0), (1.08, 1.3)))[1])
            elif state == "LL":
                v = clo * rng.uniform(*_CRITMULT.get(key, ((0.8, 0.95), (0, 0)))[0])
            else:
                raise ValueError(state)
            v = round(v, dec)
            if dec == 0:
                v = float(int(round(v)))
            if any(a <= v <= b for a, b in sd.amb):
                continue
            if v in (lo, hi, clo, chi):
                continue
            f = _flag(v, lo, hi, clo, chi)
            want = {"H2": "H", "L2": "L"}.get(state, state)
            if lim is None and f != want:
                continue
            return v
        raise _Retry(f"cannot sample {key} {state}")

    # ---- results ----
    def add(self, key, sysname, name, value, unit, ref=None, *, comp=None, vstr=None, dec=None,
            pflag=None, rdec=None, loinc=None, check_value=True) -> _R:
        sd = _CAT[key][sysname]
        dec = sd.dec if dec is None else dec
        lo, hi = self.ref(key, sysname, ref)
        clo, chi = sd.crit
        if value is not None:
            if vstr is None:
                vstr = _fmt(value, dec)
            value = float(vstr.lstrip("<>=≤≥ ").replace(",", ""))
            if value in (lo, hi, clo, chi) and comp is None:
                raise _Retry(f"{key} on bound")
            if any(a <= value <= b for a, b in sd.amb):
                raise _Retry(f"{key} ambiguous")
        f = _flag(value, lo, hi, clo, chi)
        r = _R(loinc or sd.loinc, name, vstr, value, unit, lo, hi, f, comp=comp, pflag=pflag, key=key,
               rdec=sd.dec if rdec is None else rdec, check_value=check_value)
        self.res.append(r)
        return r

    def lab(self, key, sysname, name, unit, state="N", ref=None, dec=None, rdec=None, lim=None, **kw) -> _R:
        v = self.sample(key, sysname, state, ref, dec, lim)
        return self.add(key, sysname, name, v, unit, ref, dec=dec, rdec=rdec, **kw)

    def qual(self, key, name, printed, meaning, pflag=None, unit=None) -> _R:
        sd = _CAT[key]["q"]
        r = _R(sd.loinc, name, printed, None, unit, None, None, "N", qual=meaning, pflag=pflag, key=key)
        self.res.append(r)
        return r


# ---- derived values -------------------------------------------------------------------------


def _egfr(creat_mg_dl: float, age: int, sex: str) -> float:
    k, a = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    s = creat_mg_dl / k
    e = 142 * min(s, 1) ** a * max(s, 1) ** -1.200 * 0.9938 ** age
    if sex == "female":
        e *= 1.012
    return e


def _round(v, dec):
    v = round(v + (1e-9 if v >= 0 else -1e-9), dec)
    return float(int(round(v))) if dec == 0 else v


def _cbc_red(ctx: _Ctx, hgb_state="N", mcv_state="N", g_l=False):
    """Consistent red-cell set: returns printed hgb (g/dL or g/L), hct (%), rbc, mcv, mch, mchc."""
    rng = ctx.rng
    hs = "g_l" if g_l else "g_dl"
    hgb = ctx.sample("hgb", hs, hgb_state)
    hgb_dl = hgb / 10 if g_l else hgb
    mcv = ctx.sample("mcv", "fl", mcv_state)
    mchc = rng.uniform(32.6, 35.2) if mcv_state == "N" else rng.uniform(30.5, 32.6)
    hct = _round(hgb_dl / mchc * 100, 1)
    rbc = _round(hct / mcv * 10, 2)
    mcv2 = _round(hct / rbc * 10, 1)
    mch = _round(hgb_dl / rbc * 10, 1)
    mchc2 = _round(hgb_dl / hct * 100, 1)
    return dict(hgb=hgb, hct=hct, rbc=rbc, mcv=mcv2, mch=mch, mchc=mchc2)


def _diff(ctx: _Ctx, wbc_k: float, neut_state="N"):
    """Differential percentages summing to 100 (1 dp) and absolute counts in x10^3/uL."""
    rng = ctx.rng
    for _ in range(200):
        if neut_state == "H":
            n = rng.uniform(77, 88)
        elif neut_state == "L":
            n = rng.uniform(25, 37)
        else:
            n = rng.uniform(46, 70)
        m = rng.uniform(3.5, 8.5)
        e = rng.uniform(1.3, 4.5)
        b = rng.uniform(0.2, 1.2)
        ly = 100 - n - m - e - b
        p = [round(n, 1), round(ly, 1), round(m, 1), round(e, 1), round(b, 1)]
        p[1] = round(100 - p[0] - p[2] - p[3] - p[4], 1)
        if neut_state != "L" and not (21 <= p[1] <= 44) and neut_state == "N":
            continue
        return dict(zip(["neut", "lymph", "mono", "eos", "baso"], p))
    raise _Retry("diff")


# ----------------------------------------------------------------------------------------------
# PDF drawing
# ----------------------------------------------------------------------------------------------

_FONTDIR = "/usr/share/fonts/truetype/"
# Liberation fonts are not used: their ToUnicode maps "-" to a soft hyphen and " " to NBSP.
_FONTFILES = {
    "dv": "dejavu/DejaVuSans.ttf", "dvb": "dejavu/DejaVuSans-Bold.ttf", "dvi": "dejavu/DejaVuSans-Oblique.ttf",
    "dvc": "dejavu/DejaVuSansCondensed.ttf", "dvcb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvm": "dejavu/DejaVuSansMono.ttf", "dvmb": "dejavu/DejaVuSansMono-Bold.ttf",
    "dvs": "dejavu/DejaVuSerif.ttf", "dvsb": "dejavu/DejaVuSerif-Bold.ttf", "dvsi": "dejavu/DejaVuSerif-Italic.ttf",
}
_BASE14 = {"helv", "hebo", "heit", "cour", "cobo", "tiro", "tibo", "tiit"}
_FONTOBJ: dict[str, fitz.Font] = {}


def _font(name: str) -> fitz.Font:
    if name not in _FONTOBJ:
        if name in _BASE14:
            _FONTOBJ[name] = fitz.Font(name)
        else:
            _FONTOBJ[name] = fitz.Font(fontfile=_FONTDIR + _FONTFILES[name])
    return _FONTOBJ[name]


def _tw(s: str, size: float, font: str) -> float:
    return _font(font).text_length(s, fontsize=size)


class _Doc:
    def __init__(self, width=595.0, height=842.0):
        self.doc = fitz.open()
        self.W, self.H = width, height
        self.page = None
        self.idx = -1
        self._used: dict[int, set] = {}

    @property
    def pages(self):
        return [None] * len(self._used)

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.idx = len(self._used)
        self._used[self.idx] = set()
        return self.page

    def goto(self, idx):
        self.page = self.doc[idx]
        self.idx = idx

    def _ensure(self, font):
        used = self._used[self.idx]
        if font not in used and font not in _BASE14:
            self.page.insert_font(fontname=font, fontfile=_FONTDIR + _FONTFILES[font])
        used.add(font)

    def text(self, x, y, s, size=9.0, font="dv", color=(0, 0, 0), align="l"):
        if not s:
            return 0.0
        if font in _BASE14:
            bad = [c for c in s if ord(c) > 255]
        else:
            f = _font(font)
            bad = [c for c in s if not f.has_glyph(ord(c))]
        if bad:
            raise ValueError(f"font {font} cannot show {bad!r} in {s!r}")
        self._ensure(font)
        w = _tw(s, size, font)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return w

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0), dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def rect(self, x0, y0, x1, y1, color=None, fill=None, width=0.5, radius=None):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width, radius=radius)

    def circle(self, x, y, r, color=None, fill=None, width=0.5):
        self.page.draw_circle((x, y), r, color=color, fill=fill, width=width)

    def poly(self, pts, color=None, fill=None, width=0.5):
        self.page.draw_polyline(pts, color=color, fill=fill, width=width, closePath=True)

    def wrap(self, s, width, size, font):
        lines = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                t = (cur + " " + w).strip()
                if _tw(t, size, font) <= width or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=9.0, font="dv", lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.3
        for ln in self.wrap(s, width, size, font):
            self.text(x, y, ln, size, font, color)
            y += lead
        return y

    def tobytes(self, title, when: str) -> bytes:
        d = when.replace("-", "")
        self.doc.set_metadata({
            "title": title, "author": "", "subject": "Laboratory report", "keywords": "",
            "creator": "LIS report writer", "producer": "LIS report writer",
            "creationDate": f"D:{d}120000Z", "modDate": f"D:{d}120000Z",
        })
        self.doc.subset_fonts()
        return self.doc.tobytes(garbage=4, deflate=True, no_new_id=True)


def _pdf_text(pdf: bytes) -> str:
    d = fitz.open("pdf", pdf)
    t = " ".join(p.get_text() for p in d)
    return " ".join(t.split())


# ----------------------------------------------------------------------------------------------
# phone photo of a printed page
# ----------------------------------------------------------------------------------------------


def _photo(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.uniform(130, 160)
    page = fitz.open("pdf", pdf)[0]
    pix = page.get_pixmap(dpi=int(round(dpi)), alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, :3].copy()
    h, w = img.shape[:2]
    # paper is slightly off-white and warm
    img = (img.astype(np.float32) * np.array([0.97, 0.96, 0.93], np.float32)).astype(np.uint8)
    mx, my = int(w * rng.uniform(0.06, 0.1)), int(h * rng.uniform(0.05, 0.08))
    W, H = w + 2 * mx, h + 2 * my
    nrng = np.random.default_rng(rng.randrange(2**31))
    # background: a desk with a brownish/grey gradient
    base = np.array(rng.choice([(92, 110, 128), (70, 80, 88), (120, 130, 140), (60, 90, 120)]), np.float32)
    gy = np.linspace(0.85, 1.1, H, dtype=np.float32)[:, None, None]
    bg = np.clip(base[None, None, :] * gy + nrng.normal(0, 6, (H, W, 3)).astype(np.float32), 0, 255)
    # perspective (keystone) + rotation
    key = math.radians(rng.uniform(3, 6))
    rot = math.radians(rng.uniform(1, 4)) * rng.choice([-1, 1])
    inset = h * math.tan(key) * 0.5
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if rng.random() < 0.5:  # camera tilted towards the bottom: top edge narrower
        dst = [[mx + inset, my], [mx + w - inset, my], [mx + w, my + h], [mx, my + h]]
    else:
        dst = [[mx, my], [mx + w, my], [mx + w - inset, my + h], [mx + inset, my + h]]
    cx, cy = W / 2, H / 2
    dst = np.float32([[cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot),
                       cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot)] for x, y in dst])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    a = (mask.astype(np.float32) / 255.0)[:, :, None]
    out = warped.astype(np.float32) * a + bg * (1 - a)
    # shadow gradient across the page (a hand / phone casting shade)
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    t = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    t = (t - t.min()) / (t.max() - t.min())
    shade = 1.0 - rng.uniform(0.28, 0.42) * np.clip(1.2 * t - 0.2, 0, 1) ** 1.4
    out *= shade[:, :, None]
    # glare spot
    gx, gy0 = rng.uniform(0.25, 0.75) * W, rng.uniform(0.2, 0.7) * H
    sig = rng.uniform(0.07, 0.12) * W
    glare = np.exp(-((xx - gx) ** 2 + (yy - gy0) ** 2) / (2 * sig * sig)) * rng.uniform(0.35, 0.55)
    out = out + (255 - out) * glare[:, :, None]
    out = np.clip(out + nrng.normal(0, 3.0, out.shape), 0, 255).astype(np.uint8)
    k = rng.uniform(0.7, 1.2)
    out = cv2.GaussianBlur(out, (0, 0), k)
    q = rng.randint(40, 60)
    ok, jpg = cv2.imencode(".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, q])
    dec = cv2.imdecode(jpg, cv2.IMREAD_COLOR)
    ok, png = cv2.imencode(".png", dec, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    return png.tobytes()


# ----------------------------------------------------------------------------------------------
# small printing helpers
# ----------------------------------------------------------------------------------------------


def _rs(r: _R | tuple, sep="-", lt="< ", gt="> ", dec=None, lo_zero=True) -> str:
    """Reference text for a result's interval."""
    if isinstance(r, _R):
        lo, hi, d = r.lo, r.hi, r.rdec if dec is None else dec
    else:
        lo, hi, d = r[0], r[1], dec or 0
    if lo is None and hi is None:
        return ""
    if lo is None:
        return f"{lt}{_fmt(hi, d)}"
    if hi is None:
        return f"{gt}{_fmt(lo, d)}"
    return f"{_fmt(lo, d)}{sep}{_fmt(hi, d)}"


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _date(rng: random.Random, lo_month=1, hi_month=11) -> _dt.date:
    m = rng.randint(lo_month, hi_month)
    d = rng.randint(13, 28)  # day > 12: a numeric date is never ambiguous
    return _dt.date(2026, m, d)


def _dob(rng: random.Random, age: int, on: _dt.date) -> _dt.date:
    y = on.year - age - 1
    m = rng.randint(on.month, 12) if on.month < 12 else 12
    d = rng.randint(13, 28)
    dob = _dt.date(y, m, d)
    if (on - dob).days // 365.25 != age:
        dob = _dt.date(on.year - age, 1, 14) if on.month > 1 else _dt.date(on.year - age - 1, 12, 14)
    return dob


def _us(d: _dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _uk(d: _dt.date, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _dmy(d: _dt.date, sep="-", long=False) -> str:
    m = _MONTHS_LONG[d.month - 1] if long else _MONTHS[d.month - 1]
    return f"{d.day:02d}{sep}{m}{sep}{d.year}"


def _hm(rng: random.Random, lo=6, hi=11) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.choice(range(0, 60, 1)):02d}"


def _pf(style: dict, flag: str) -> str | None:
    """Printed flag text for a true flag under a house style, e.g. {"H": "HI", "L": "LO"}."""
    if flag == "N":
        return None
    if flag in style:
        return style[flag]
    return style.get(flag[0])


class _Flow:
    """A y cursor that starts a new page (and redraws the page's header) when it runs out."""

    def __init__(self, d: _Doc, header, bottom):
        self.d = d
        self.header = header
        self.bottom = bottom
        d.new_page()
        self.y = header(d, 1)

    def need(self, h):
        if self.y + h > self.bottom:
            self.d.new_page()
            self.y = self.header(self.d, len(self.d.pages))

    def page_numbers(self, fn):
        n = len(self.d.pages)
        last = self.d.idx
        for i in range(n):
            self.d.goto(i)
            fn(self.d, i + 1, n)
        self.d.goto(last)


# ----------------------------------------------------------------------------------------------
# shared panels (values are sampled against the reference the report prints)
# ----------------------------------------------------------------------------------------------


def _egfr_result(ctx: _Ctx, creat: _R, name, unit, mg_dl: bool, cap90=False, ref=(60, None), sep=None):
    c = creat.value if mg_dl else creat.value / 88.4
    e = int(round(_egfr(c, ctx.age, ctx.sex)))
    if cap90 and e > 90:
        return ctx.add("egfr", "ml", name, 90.0, unit, ref, comp=">", vstr=">90" if sep is None else f">{sep}90")
    return ctx.add("egfr", "ml", name, float(e), unit, ref)


def _abs_diff(ctx: _Ctx, wbc: float, pct: dict, sysname: str, names: dict, unit, dec, refs=None, scale=1.0):
    """Absolute counts = WBC x % / 100 (consistent with the printed inputs)."""
    out = {}
    for k in ["neut", "lymph", "mono", "eos", "baso"]:
        v = _round(wbc * pct[k] / 100 * scale, dec)
        ref = (refs or {}).get(k)
        out[k] = ctx.add(k + "_a", sysname, names[k], v, unit, ref, dec=dec)
    return out


# ----------------------------------------------------------------------------------------------
# DG1: phone photo of a US hospital LIS table report
# ----------------------------------------------------------------------------------------------


def _dg1(name: str, rng: random.Random, v: int):
    sex, age = [("female", 64), ("male", 47), ("male", 71)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 2, 11)
    hosp = ["SAINT ODILE REGIONAL MEDICAL CENTER", "Cottonwood Valley Hospital - Clinical Laboratory",
            "LAKESHORE UNIVERSITY HEALTH SYSTEM"][v]
    pname = ["HARTWELL, DANA M", "OKONKWO, SAMUEL T", "BRANDVOLD, EUGENE R"][v]
    flags = [{"H": "H", "L": "L", "HH": "CRIT", "LL": "CRIT"}, {"H": "HI", "L": "LO"}, {"H": "H", "L": "L"}][v]
    states = [
        dict(glu="HH", na="L", k="H", co2="L", bun="H", wbc="H", neut="H"),
        dict(hgb="L", mcv="L", rdw="H", alt="H2", ast="H", chol="H", ldl="H2", tg="H", a1c="H"),
        dict(creat="H2", bun="H2", k="H", hgb="L", ca="L", phos="H", mg="H"),
    ][v]
    st = lambda k: states.get(k, "N")  # noqa: E731
    rows: list = []
    R = lambda r, unit, ref=None: rows.append(("R", r, unit, _rs(r) if ref is None else ref))  # noqa: E731
    # ---- chemistry ----
    rows.append(("S", ["COMPREHENSIVE METABOLIC PANEL", "BASIC METABOLIC PANEL", "RENAL FUNCTION PANEL"][v]))
    g = ctx.lab("glu", "mg_dl", ["Glucose", "Gluc (fasting)", "Glucose, Random"][v], "mg/dL", st("glu"))
    R(g, "mg/dL")
    bun = ctx.lab("bun", "mg_dl", ["BUN", "Urea Nitrogen (BUN)", "BUN"][v], "mg/dL", st("bun"))
    R(bun, "mg/dL")
    cr = ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", st("creat"))
    R(cr, "mg/dL")
    eg = _egfr_result(ctx, cr, ["eGFR (CKD-EPI 2021)", "eGFR", "Est GFR (CKD-EPI 2021)"][v], "mL/min/1.73m2",
                      True, cap90=(v == 1), ref=(60, None) if v != 2 else (59, None))
    R(eg, "mL/min/1.73m2", ">=60" if v != 2 else "> 59")
    if v != 1:
        ratio = ctx.add("bun_cr", "ratio", "BUN/Creatinine Ratio", _round(bun.value / cr.value, 0), None)
        R(ratio, "")
    na = ctx.lab("na", "mmol", "Sodium", "mmol/L", st("na"), ref=(136, 145))
    R(na, "mmol/L")
    k = ctx.lab("k", "mmol", "Potassium", "mmol/L", st("k"), ref=(3.5, 5.1))
    R(k, "mmol/L")
    cl = ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107))
    R(cl, "mmol/L")
    co2 = ctx.lab("co2", "mmol", ["CO2", "Carbon Dioxide", "CO2, Total"][v], "mmol/L", st("co2"), ref=(22, 29))
    R(co2, "mmol/L")
    if v == 0:
        ag = ctx.add("agap", "mmol", "Anion Gap", na.value - cl.value - co2.value, "mmol/L", (8, 16))
        R(ag, "mmol/L")
    ca = ctx.lab("ca", "mg_dl", "Calcium", "mg/dL", st("ca"))
    R(ca, "mg/dL")
    if v == 2:
        R(ctx.lab("phos", "mg_dl", "Phosphorus", "mg/dL", st("phos")), "mg/dL")
        R(ctx.lab("mg", "mg_dl", "Magnesium", "mg/dL", st("mg")), "mg/dL")
        alb = ctx.lab("alb", "g_dl", "Albumin", "g/dL", "N", ref=(3.5, 5.2))
        R(alb, "g/dL")
    if v == 0:
        tp = ctx.lab("tp", "g_dl", "Total Protein", "g/dL", "N", ref=(6.4, 8.3))
        R(tp, "g/dL")
        alb = ctx.sample("alb", "g_dl", "N", ref=(3.5, 5.2))
        if not 2.1 < tp.value - alb < 3.4:
            raise _Retry("glob")
        R(ctx.add("alb", "g_dl", "Albumin", alb, "g/dL", (3.5, 5.2)), "g/dL")
        glob = ctx.add("glob", "g_dl", "Globulin", _round(tp.value - alb, 1), "g/dL", (2.0, 3.5))
        R(glob, "g/dL")
        R(ctx.add("ag", "ratio", "A/G Ratio", _round(alb / glob.value, 1), None, (1.0, 2.1), dec=1, rdec=1), "")
        R(ctx.lab("tbil", "mg_dl", "T Bili", "mg/dL", "N", ref=(0.2, 1.2)), "mg/dL")
        R(ctx.lab("alp", "ul", "Alk Phos", "U/L", "N", ref=(44, 147)), "U/L")
        R(ctx.lab("ast", "ul", "AST (SGOT)", "U/L", "N", ref=(10, 40)), "U/L")
        R(ctx.lab("alt", "ul", "ALT (SGPT)", "U/L", "N", ref=(7, 56)), "U/L")
    if v == 1:
        rows.append(("S", "HEPATIC FUNCTION PANEL"))
        R(ctx.lab("alt", "ul", "ALT", "U/L", st("alt"), ref=(7, 52)), "U/L")
        R(ctx.lab("ast", "ul", "AST", "U/L", st("ast"), ref=(13, 39)), "U/L")
        R(ctx.lab("alp", "ul", "Alkaline Phosphatase", "U/L", "N", ref=(34, 104)), "U/L")
        R(ctx.lab("tbil", "mg_dl", "Bilirubin, Total", "mg/dL", "N", ref=(0.3, 1.0)), "mg/dL")
        rows.append(("S", "LIPID PANEL"))
        chol = ctx.lab("chol", "mg_dl", "Cholesterol", "mg/dL", st("chol"))
        R(chol, "mg/dL", "<200")
        tg = ctx.lab("tg", "mg_dl", "Triglycerides", "mg/dL", st("tg"), lim=(155, 260))
        R(tg, "mg/dL", "<150")
        hdl = ctx.lab("hdl", "mg_dl", "HDL Cholesterol", "mg/dL", "N", ref=(39, None), lim=(41, 55))
        R(hdl, "mg/dL", ">39")
        ldl = _ldl(ctx, chol, hdl, tg, False, "LDL Chol Calc (Friedewald)", "mg/dL", (None, 100))
        R(ldl, "mg/dL", "<100")
        R(ctx.add("nonhdl", "mg_dl", "Non-HDL Cholesterol", chol.value - hdl.value, "mg/dL", (None, 130)),
          "mg/dL", "<130")
        rows.append(("S", "HEMOGLOBIN A1C"))
        a1 = ctx.lab("a1c", "pct", "Hemoglobin A1c", "%", st("a1c"), ref=(4.0, 5.6), lim=(6.0, 7.4))
        R(a1, "%", "4.0-5.6")
        R(ctx.add("eag", "mg_dl", "Estimated Average Glucose", _round(28.7 * a1.value - 46.7, 0), "mg/dL"), "mg/dL")
        rows.append(("S", "THYROID"))
        R(ctx.lab("tsh", "miu", "TSH", "uIU/mL", "N", ref=(0.45, 4.50)), "uIU/mL")
    # ---- haematology ----
    rows.append(("S", ["CBC WITH AUTOMATED DIFFERENTIAL", "CBC W/ DIFF", "CBC (NO DIFF)"][v]))
    wbc = ctx.lab("wbc", "k", "WBC", "K/uL", st("wbc"), ref=(4.0, 10.5))
    R(wbc, "K/uL")
    red = _cbc_red(ctx, st("hgb"), st("mcv"))
    R(ctx.add("rbc", "m", "RBC", red["rbc"], "M/uL"), "M/uL")
    R(ctx.add("hgb", "g_dl", ["Hemoglobin", "HGB", "Hemoglobin"][v], red["hgb"], "g/dL"), "g/dL")
    R(ctx.add("hct", "pct", ["Hematocrit", "HCT", "Hematocrit"][v], red["hct"], "%"), "%")
    R(ctx.add("mcv", "fl", "MCV", red["mcv"], "fL"), "fL")
    R(ctx.add("mch", "pg", "MCH", red["mch"], "pg"), "pg")
    R(ctx.add("mchc", "g_dl", "MCHC", red["mchc"], "g/dL"), "g/dL")
    R(ctx.lab("rdw", "pct", "RDW-CV", "%", st("rdw")), "%")
    R(ctx.lab("plt", "k", ["Platelets", "PLT", "Platelet Count"][v], "K/uL", "N"), "K/uL")
    if v != 2:
        R(ctx.lab("mpv", "fl", "MPV", "fL", "N", ref=(7.4, 10.4)), "fL")
        pct = _diff(ctx, wbc.value, st("neut"))
        pn = {"neut": "Neutrophils %", "lymph": "Lymphocytes %", "mono": "Monocytes %", "eos": "Eosinophils %",
              "baso": "Basophils %"}
        if v == 1:
            pn = {"neut": "Neut %", "lymph": "Lymph %", "mono": "Mono %", "eos": "Eos %", "baso": "Baso %"}
        for kk in ["neut", "lymph", "mono", "eos", "baso"]:
            R(ctx.add(kk + "_p", "pct", pn[kk], pct[kk], "%", None if kk != "eos" else (0.0, 6.0)), "%")
        an = {"neut": "Neutrophils #", "lymph": "Lymphocytes #", "mono": "Monocytes #", "eos": "Eosinophils #",
              "baso": "Basophils #"} if v == 0 else {"neut": "Abs Neut", "lymph": "Abs Lymph", "mono": "Abs Mono",
                                                   "eos": "Abs Eos", "baso": "Abs Baso"}
        refs = {"neut": (1.8, 7.7), "lymph": (1.0, 4.8), "mono": (0.2, 1.1), "eos": (0.0, 0.5), "baso": (0.0, 0.2)}
        ab = _abs_diff(ctx, wbc.value, pct, "k", an, "K/uL", 1, refs)
        for kk in ["neut", "lymph", "mono", "eos", "baso"]:
            ab[kk].rdec = 1
            R(ab[kk], "K/uL")
    for kind, *rest in rows:
        if kind == "R":
            r = rest[0]
            r.pflag = _pf(flags, r.flag)
    # ---- render ----
    d = _Doc(612, 792)
    d.new_page()
    F, FB = "helv", "hebo"
    x0 = 40
    y = 50
    d.text(x0, y, hosp, 12.5, FB)
    d.text(572, y, "LABORATORY REPORT", 10, FB, align="r")
    y += 14
    d.text(x0, y, ["2200 Meridian Ave, Dayton OH 45409  |  CLIA 36D0987731",
                   "411 Cottonwood Rd, Bozeman MT 59715  |  CLIA 27D2044190",
                   "1 Lakeshore Plaza, Evanston IL 60201  |  CLIA 14D0456612"][v], 8, F)
    y += 8
    d.line(x0, y, 572, y, 1.0)
    y += 14
    dob = _dob(rng, age, coll)
    mrn = f"{rng.randint(10**7, 10**8 - 1)}"
    acc = f"{coll.year % 100}-{coll.timetuple().tm_yday:03d}-{rng.randint(100, 9999):05d}"
    c_t, r_t, p_t = _hm(rng, 5, 8), _hm(rng, 8, 9), _hm(rng, 10, 13)
    d.text(x0, y, f"Patient: {pname}", 9, FB)
    d.text(330, y, f"MRN: {mrn}", 9, F)
    d.text(460, y, f"Acct: {rng.randint(10**6, 10**7)}", 9, F)
    y += 12
    d.text(x0, y, f"DOB: {_us(dob)}   Age: {age} Y   Sex: {'F' if sex == 'female' else 'M'}", 9, F)
    d.text(330, y, f"Location: {['3W MED/SURG', 'OUTPT LAB', 'NEPHROLOGY CLINIC'][v]}", 9, F)
    y += 12
    d.text(x0, y, f"Ordering: {['PATEL, ANJALI MD', 'ROURKE, KEVIN DO', 'ZIMMER, HELGA MD'][v]}", 9, F)
    d.text(330, y, f"Accession: {acc}", 9, F)
    y += 12
    d.text(x0, y, f"Collected: {_us(coll)} {c_t}    Received: {_us(coll)} {r_t}    Reported: {_us(coll)} {p_t}",
           9, F)
    y += 8
    d.line(x0, y, 572, y, 0.6)
    y += 13
    order = [["Test", "Result", "Flag", "Units", "Reference Range"],
             ["Test Name", "Result", "Flag", "Reference", "Units"],
             ["Component", "Flag", "Value", "Units", "Ref Interval"]][v]
    xs = [[x0, 245, 300, 345, 445], [x0, 245, 300, 345, 470], [x0, 230, 280, 345, 440]][v]
    for hdr, x in zip(order, xs):
        d.text(x, y, hdr, 8.5, FB)
    y += 4
    d.line(x0, y, 572, y, 0.5)
    y += 11
    n_rows = len(rows)
    lead = min(13.0, (735 - y) / (n_rows + 3))
    size = min(9.2, lead * 0.78)
    stripe = 0
    for kind, *rest in rows:
        if kind == "S":
            y += 2
            d.text(x0, y, rest[0], size + 0.2, FB)
            y += lead
            stripe = 0
            continue
        stripe += 1
        if stripe % 2 == 0:
            d.rect(x0 - 2, y - lead + 2.6, 574, y + 2.6, fill=(0.9, 0.9, 0.9), color=None, width=0)
        r, unit, ref = rest
        cells = {"Test": "  " + r.name, "Test Name": "  " + r.name, "Component": "  " + r.name,
                 "Result": r.vstr, "Value": r.vstr, "Flag": r.pflag or "", "Units": unit,
                 "Reference Range": ref, "Reference": ref, "Ref Interval": ref}
        for hdr, x in zip(order, xs):
            txt = cells[hdr]
            bold = hdr in ("Flag", "Result", "Value") and r.flag != "N"
            d.text(x, y, txt, size, FB if bold else F)
        y += lead
    y += 6
    d.line(x0, y, 572, y, 0.5)
    y += 11
    notes = [
        "CRIT = critical value. Glucose called to and read back by RN J. Alvarez at "
        f"{_hm(rng, 7, 8)}, {_us(coll)}.",
        "Reference ranges are for adults. Lipid targets per NCEP ATP III. HbA1c >=6.5% is consistent with diabetes.",
        "eGFR calculated with the 2021 CKD-EPI creatinine equation (race-free).",
    ][v]
    y = d.para(x0, y, notes, 532, 7.8, F)
    d.text(x0, 770, f"Printed {_us(coll)} {p_t}   Page 1 of 1   FINAL REPORT", 7.5, F)
    d.text(572, 770, f"{pname}  MRN {mrn}", 7.5, F, align="r")
    pdf = d.tobytes(name, coll.isoformat())
    png = _photo(pdf, rng)
    rep = GeneratedReport(name=name, family=FAMILIES[0], language="en", mime_type="image/png", content=png,
                          sex=sex, collected_on=coll.isoformat(), expected=[r.expected() for r in ctx.res])
    return rep, ctx, pdf


# ----------------------------------------------------------------------------------------------
# DG10: dual-unit report (SI result + conventional conversion, which is not a result)
# ----------------------------------------------------------------------------------------------

# SI -> conventional: (factor or function, decimals, conventional unit)
_CONV = {
    "glu": (18.016, 0, "mg/dL"), "urea": (2.801, 0, "mg/dL BUN"), "creat": (1 / 88.4, 2, "mg/dL"),
    "chol": (38.67, 0, "mg/dL"), "hdl": (38.67, 0, "mg/dL"), "ldl": (38.67, 0, "mg/dL"), "nonhdl": (38.67, 0, "mg/dL"),
    "tg": (88.57, 0, "mg/dL"), "tbil": (1 / 17.1, 1, "mg/dL"), "ca": (4.008, 1, "mg/dL"), "phos": (3.097, 1, "mg/dL"),
    "mg": (2.431, 1, "mg/dL"), "urate": (1 / 59.48, 1, "mg/dL"), "alb": (0.1, 1, "g/dL"), "tp": (0.1, 1, "g/dL"),
    "hgb": (0.1, 1, "g/dL"), "iron": (5.585, 0, "ug/dL"), "b12": (1.355, 0, "pg/mL"), "ft4": (1 / 12.87, 2, "ng/dL"),
    "ferritin": (1.0, 0, "ng/mL"), "a1c": (None, 1, "% (DCCT)"), "cortisol": (1 / 27.59, 1, "ug/dL"),
    "testo": (28.84, 0, "ng/dL"),
}


def _conv(r: _R):
    if r.key not in _CONV:
        return None
    f, dec, unit = _CONV[r.key]
    if r.key == "a1c" and r.unit == "%":
        return _fmt(_round((r.value - 2.15) * 10.929, 0), 0), "mmol/mol (IFCC)"
    if r.key == "a1c":
        x = r.value / 10.929 + 2.15
    else:
        x = r.value * f
    return _fmt(_round(x, dec), dec), unit


def _dg10(name: str, rng: random.Random, v: int):
    sex, age = [("female", 61), ("male", 55), ("male", 72)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("dv", "dvb"), ("tiro", "tibo"), ("dvc", "dvcb")][v]
    flags = [{"H": "H", "L": "L"}, {"H": "HI", "L": "LO"}, {"H": "HIGH", "L": "LOW"}][v]
    um = "umol/L" if v != 2 else "µmol/L"
    secs = []  # (title, [(r, unit)], unit_in_header)

    def sec(title, unit_hdr=None):
        secs.append((title, [], unit_hdr))

    def R(r, unit):
        r.pflag = _pf(flags, r.flag)
        secs[-1][1].append((r, unit))
        return r

    sc = [dict(glu="H", a1c="H", chol="H", ldl="H", tg="H"), dict(creat="H2", urea="H", egfr="L", k="H", hgb="L",
                                                                  phos="H", urate="H"),
          dict(tbil="H", alt="H2", ggt="H2", alb="L", b12="L", ferritin="H")][v]
    s = lambda k: sc.get(k, "N")  # noqa: E731
    sec("ELECTROLYTES & RENAL FUNCTION")
    R(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145)), "mmol/L")
    R(ctx.lab("k", "mmol", "Potassium", "mmol/L", s("k"), ref=(3.5, 5.0) if v != 1 else (3.5, 5.3),
              lim=(5.4, 5.9) if s("k") == "H" else None), "mmol/L")
    R(ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107)), "mmol/L")
    R(ctx.lab("hco3", "mmol", "Bicarbonate" if v else "Total CO2", "mmol/L", "N", ref=(22, 29)), "mmol/L")
    R(ctx.lab("urea", "mmol", "Urea", "mmol/L", s("urea"), ref=(2.5, 7.8) if v != 0 else (3.0, 8.0),
              lim=(9.5, 14.8) if s("urea") == "H" else None), "mmol/L")
    cr = R(ctx.lab("creat", "umol", "Creatinine", um, s("creat"), ref=(50, 98) if sex == "female" else (62, 115)), um)
    eg = _egfr_result(ctx, cr, "eGFR (CKD-EPI 2021)" if v != 1 else "eGFR", "mL/min/1.73m²", False, cap90=(v == 0))
    R(eg, "mL/min/1.73m²")
    R(ctx.lab("glu", "mmol", ["Glucose, fasting", "Glucose (random)", "Glucose Fasting"][v], "mmol/L", s("glu"),
              ref=(3.6, 6.0) if v != 1 else (3.0, 7.7), lim=(6.6, 8.2) if s("glu") == "H" else None), "mmol/L")
    R(ctx.lab("ca", "mmol", "Calcium", "mmol/L", "N", ref=(2.15, 2.55)), "mmol/L")
    R(ctx.lab("phos", "mmol", "Phosphate", "mmol/L", s("phos"), ref=(0.80, 1.45)), "mmol/L")
    R(ctx.lab("mg", "mmol", "Magnesium", "mmol/L", "N", ref=(0.70, 1.00)), "mmol/L")
    R(ctx.lab("urate", "umol", "Uric acid" if v != 1 else "Urate", um, s("urate"),
              ref=(140, 360) if sex == "female" else (200, 430)), um)
    sec("LIVER")
    R(ctx.lab("tbil", "umol", "Bilirubin, total", um, s("tbil"), ref=(None, 20) if v != 1 else (0, 21),
              lim=(24, 38) if s("tbil") == "H" else None), um)
    R(ctx.lab("alt", "ul", "ALT", "U/L", s("alt"), ref=(None, 35) if sex == "female" else (None, 50)), "U/L")
    R(ctx.lab("alp", "ul", "Alkaline phosphatase", "U/L", "N", ref=(40, 125)), "U/L")
    R(ctx.lab("ggt", "ul", "GGT", "U/L", s("ggt"), ref=(None, 38) if sex == "female" else (None, 55)), "U/L")
    R(ctx.lab("alb", "g_l", "Albumin", "g/L", s("alb"), ref=(35, 50)), "g/L")
    R(ctx.lab("tp", "g_l", "Total protein", "g/L", "N", ref=(64, 83)), "g/L")
    sec("LIPIDS (non-fasting)" if v != 1 else "LIPID PROFILE", "mmol/L" if v == 2 else None)
    tc = R(ctx.lab("chol", "mmol", "Cholesterol, total", "mmol/L", s("chol"), ref=(None, 5.2),
                   lim=(5.6, 6.8) if s("chol") == "H" else None), "mmol/L")
    tg = R(ctx.lab("tg", "mmol", "Triglycerides", "mmol/L", s("tg"), ref=(None, 1.7),
                   lim=(1.9, 2.9) if s("tg") == "H" else (0.7, 1.6)), "mmol/L")
    hdl = R(ctx.lab("hdl", "mmol", "HDL cholesterol", "mmol/L", "N", ref=(1.0, None) if sex == "male" else (1.3, None),
                    lim=(1.35, 1.7) if sex == "female" else (1.05, 1.5)), "mmol/L")
    R(_ldl(ctx, tc, hdl, tg, True, "LDL cholesterol (calc.)", "mmol/L", (None, 3.5)), "mmol/L")
    R(ctx.add("nonhdl", "mmol", "Non-HDL cholesterol", _round(tc.value - hdl.value, 1), "mmol/L", (None, 4.2)),
      "mmol/L")
    sec("DIABETES / ENDOCRINE")
    if v == 1:
        R(ctx.lab("a1c", "mmol_mol", "HbA1c (IFCC)", "mmol/mol", s("a1c"), ref=(20, 42)), "mmol/mol")
    else:
        R(ctx.lab("a1c", "pct", "Hemoglobin A1c" if v == 0 else "HbA1c", "%", s("a1c"), ref=(None, 6.0),
                  lim=(6.3, 7.4) if s("a1c") == "H" else None), "%")
    R(ctx.lab("tsh", "miu", "TSH", "mU/L", "N", ref=(0.32, 4.00)), "mU/L")
    R(ctx.lab("ft4", "pmol", "Free T4", "pmol/L", "N", ref=(9.0, 19.0)), "pmol/L")
    R(ctx.lab("b12", "pmol", "Vitamin B12", "pmol/L", s("b12"), ref=(150, 600), lim=(105, 140) if s("b12") == "L"
              else None), "pmol/L")
    R(ctx.lab("ferritin", "ng_ml", "Ferritin", "ug/L" if v != 2 else "µg/L", s("ferritin"),
              ref=(15, 247) if sex == "female" else (30, 400)), "ug/L" if v != 2 else "µg/L")
    sec("HEMATOLOGY" if v != 1 else "HAEMATOLOGY")
    R(ctx.lab("hgb", "g_l", "Hemoglobin" if v != 1 else "Haemoglobin", "g/L", s("hgb"),
              ref=(120, 160) if sex == "female" else (135, 175)), "g/L")
    R(ctx.lab("wbc", "k", "WBC" if v != 1 else "White cell count", "x10E9/L" if v == 0 else "x10^9/L", "N"),
      "x10E9/L" if v == 0 else "x10^9/L")
    R(ctx.lab("plt", "k", "Platelets", "x10E9/L" if v == 0 else "x10^9/L", "N"), "x10E9/L" if v == 0 else "x10^9/L")
    if v == 2:
        for r, u in secs[2][1]:
            r.unit = "mmol/L"  # the unit is printed only in the column header of this section
    # ---------------- render ----------------
    d = _Doc(612 if v != 1 else 595, 792 if v != 1 else 842)
    W = d.W
    dob = _dob(rng, age, coll)
    lab = [("NIAGARA COMMUNITY MEDICAL LABORATORIES", "Hamilton, ON L8N 3Z5 · Licence 4471 · 1-800-555-0199"),
           ("Department of Clinical Biochemistry, Mercy University Hospital", "Grenville Place, Cork T12 WE28  ·  "
            "Results in SI units; conventional units shown for information only"),
           ("Fraser Coast Health Authority – Laboratory Medicine", "Surrey, BC V3V 1Z2 · Accredited by DAP (IQMH)")][v]
    pname = ["GAGNON, Sylvie", "Mr Cormac O'DRISCOLL", "SINGH, Gurpreet"][v]
    hcn = [f"HCN {rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}-AB",
           f"MRN {rng.randint(10**6, 10**7 - 1)}", f"PHN 9{rng.randint(10**8, 10**9 - 1)}"][v]
    datef = [lambda x: f"{x.year}-{x.month:02d}-{x.day:02d}", _uk, lambda x: _dmy(x, "-").upper()][v]
    ct, rt = _hm(rng, 7, 10), _hm(rng, 12, 17)

    def header(d: _Doc, pno):
        y = 46
        d.text(40, y, lab[0], 12, FB)
        y += 12
        d.text(40, y, lab[1], 7.6, F)
        y += 10
        d.line(40, y, W - 40, y, 0.8)
        y += 13
        d.text(40, y, f"Patient: {pname}", 9, FB)
        d.text(W / 2 + 20, y, hcn, 8.5, F)
        y += 11
        d.text(40, y, f"Sex: {sex[0].upper()}   DOB: {datef(dob)}   Age: {age}", 8.5, F)
        d.text(W / 2 + 20, y, f"Collected: {datef(coll)} {ct}", 8.5, F)
        y += 11
        d.text(40, y, ["Ordering: Dr. M. Tremblay (Family Medicine)", "Requested by: Dr. N. Hegarty, Renal OPD",
                       "Ordering: Dr. A. Chen"][v], 8.5, F)
        d.text(W / 2 + 20, y, f"Reported: {datef(coll)} {rt}", 8.5, F)
        y += 8
        d.line(40, y, W - 40, y, 0.5)
        return y + 15

    flow = _Flow(d, header, d.H - 50)
    size, lead = 8.6, 11.4
    for title, items, uh in secs:
        flow.need(lead * 4)
        flow.y += 4
        d.text(40, flow.y, title, 9.2, FB)
        flow.y += lead + 1
        if v == 0:
            hx = [(40, "Test", "l"), (215, "Result (conventional units in brackets)", "l"), (395, "Flag", "l"),
                  (425, "Reference range (SI)", "l")]
        elif v == 1:
            hx = [(40, "Test", "l"), (220, "Result (SI)", "r"), (228, "Units", "l"), (300, "Ref. range (SI)", "l"),
                  (390, "Flag", "l"), (470, "Conventional", "r"), (478, "Units", "l")]
        else:
            hx = [(40, "Test", "l"), (250, f"Result ({uh})" if uh else "Result", "r"), (258, "Flag", "l"),
                  (310, "Reference range", "l"), (420, "" if uh else "Units", "l")]
        for x, t, al in hx:
            if t:
                d.text(x, flow.y, t, 7.8, FB, align=al)
        d.line(40, flow.y + 3, W - 40, flow.y + 3, 0.3)
        flow.y += lead
        for r, unit in items:
            cv = _conv(r)
            rs = _rs(r, sep=[" - ", " - ", "-"][v], lt="< ", gt="> ")
            if r.key == "egfr":
                rs = "> 60" if v != 2 else ">60"
            extra = lead * 0.85 if (v == 2 and cv) else 0
            flow.need(lead + extra)
            bold = r.flag != "N"
            d.text(46, flow.y, r.name, size, F)
            if v == 0:
                t = f"{r.vstr} {unit}" + (f" ({cv[0]} {cv[1]})" if cv else "")
                d.text(215, flow.y, t, size, FB if bold else F)
                if r.pflag:
                    d.text(395, flow.y, r.pflag, size, FB)
                d.text(425, flow.y, rs, size, F)
            elif v == 1:
                d.text(220, flow.y, r.vstr, size, FB if bold else F, align="r")
                d.text(228, flow.y, unit, size, F)
                d.text(300, flow.y, rs, size, F)
                if r.pflag:
                    d.text(390, flow.y, r.pflag, size, FB)
                if cv:
                    d.text(470, flow.y, cv[0], size, F, align="r")
                    d.text(478, flow.y, cv[1], size, F)
            else:
                d.text(250, flow.y, r.vstr, size, FB if bold else F, align="r")
                if r.pflag:
                    d.text(258, flow.y, r.pflag, size, FB)
                d.text(310, flow.y, rs, size, F)
                if not uh:
                    d.text(420, flow.y, unit, size, F)
                if cv:
                    d.text(250, flow.y + lead * 0.85, f"= {cv[0]} {cv[1]}", size - 1.4, F, color=(0.45, 0.45, 0.45),
                           align="r")
            flow.y += lead + extra
    flow.y += 6
    flow.need(40)
    note = ["Conventional-unit equivalents are shown in brackets for convenience; the SI result is the reported "
            "value.",
            "The laboratory reports in SI units. Conventional units are calculated conversions, for information "
            "only. HbA1c: IFCC (mmol/mol); DCCT (%) in the conventional column.",
            "Grey '=' lines give the conventional-unit conversion (not a separate result). Lipid results are in "
            "mmol/L."][v]
    d.para(40, flow.y, note, W - 80, 7.6, F, 9.4)
    flow.page_numbers(lambda d, i, n: d.text(W - 40, d.H - 25, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 9, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG11: US reference-lab style, "In Range" / "Out of Range" columns, units inside the reference
# ----------------------------------------------------------------------------------------------


def _dg11(name: str, rng: random.Random, v: int):
    sex, age = [("female", 49), ("male", 74), ("male", 38)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = "helv", "hebo"
    flags = [{"H": "H", "L": "L"}, {"H": "H", "L": "L", "HH": "H", "LL": "L"}, {"H": "HIGH", "L": "LOW"}][v]
    rows = []  # ("P", panel) | ("R", r, reftext) | ("C", comment) | ("X", name, text, reftext)
    foot = []

    def R(r, unit, reftext=None, mark=""):
        r.pflag = _pf(flags, r.flag)
        r.unit = unit or None
        if reftext is None:
            reftext = (_rs(r, sep="-", lt="<", gt="> OR = ") + (" " + unit if unit else "")).strip()
        rows.append(("R", r, reftext, mark))
        return r

    sc = [dict(chol="H", ldl="H", tsh="H", glu="H"), dict(wbc="HH", lymph="H", hgb="L", plt="L", creat="H", egfr="L"),
          dict(alt="H2", ast="H", tg="H2", hdl="L", glu="H", a1c="H")][v]
    s = lambda k: sc.get(k, "N")  # noqa: E731
    rows.append(("P", ["COMPREHENSIVE METABOLIC PANEL", "COMPREHENSIVE METABOLIC PANEL", "CMP"][v]))
    R(ctx.lab("glu", "mg_dl", "GLUCOSE", "mg/dL", s("glu"), ref=(65, 99), lim=(101, 124) if s("glu") == "H" else
                  None), "mg/dL")
    rows.append(("C", "Fasting reference interval. For someone without known diabetes, a glucose value between 100 "
                      "and 125 mg/dL is consistent with prediabetes and should be confirmed with a follow-up test."))
    bun = R(ctx.lab("bun", "mg_dl", "UREA NITROGEN (BUN)", "mg/dL", s("creat"), ref=(7, 25)), "mg/dL")
    cr = R(ctx.lab("creat", "mg_dl", "CREATININE", "mg/dL", s("creat"),
                   ref=(0.50, 1.03) if sex == "female" else (0.70, 1.28)), "mg/dL")
    R(_egfr_result(ctx, cr, "EGFR", "mL/min/1.73m2", True), "mL/min/1.73m2")
    if v == 1:
        R(ctx.add("bun_cr", "ratio", "BUN/CREATININE RATIO", _round(bun.value / cr.value, 0), None), "",
          "6-22 (calc)")
    else:
        rows.append(("X", "BUN/CREATININE RATIO", "NOT APPLICABLE", "6-22 (calc)"))
    R(ctx.lab("na", "mmol", "SODIUM", "mmol/L", "N", ref=(135, 146)), "mmol/L")
    R(ctx.lab("k", "mmol", "POTASSIUM", "mmol/L", "N", ref=(3.5, 5.3)), "mmol/L")
    R(ctx.lab("cl", "mmol", "CHLORIDE", "mmol/L", "N", ref=(98, 110)), "mmol/L")
    R(ctx.lab("co2", "mmol", "CARBON DIOXIDE", "mmol/L", "N", ref=(20, 32)), "mmol/L")
    R(ctx.lab("ca", "mg_dl", "CALCIUM", "mg/dL", "N", ref=(8.6, 10.4)), "mg/dL")
    tp = R(ctx.lab("tp", "g_dl", "PROTEIN, TOTAL", "g/dL", "N", ref=(6.1, 8.1)), "g/dL")
    alb = ctx.sample("alb", "g_dl", "N", ref=(3.6, 5.1))
    if not 2.0 < tp.value - alb < 3.6:
        raise _Retry("glob")
    R(ctx.add("alb", "g_dl", "ALBUMIN", alb, "g/dL", (3.6, 5.1)), "g/dL")
    glob = R(ctx.add("glob", "g_dl", "GLOBULIN", _round(tp.value - alb, 1), "g/dL", (1.9, 3.7)), "g/dL",
             "1.9-3.7 g/dL (calc)")
    R(ctx.add("ag", "ratio", "ALBUMIN/GLOBULIN RATIO", _round(alb / glob.value, 1), None, (1.0, 2.5), dec=1, rdec=1),
      "", "1.0-2.5 (calc)")
    R(ctx.lab("tbil", "mg_dl", "BILIRUBIN, TOTAL", "mg/dL", "N", ref=(0.2, 1.2)), "mg/dL")
    R(ctx.lab("alp", "ul", "ALKALINE PHOSPHATASE", "U/L", "N", ref=(37, 153) if sex == "female" else (35, 144)), "U/L")
    R(ctx.lab("ast", "ul", "AST", "U/L", s("ast"), ref=(10, 35) if sex == "female" else (10, 40)), "U/L")
    R(ctx.lab("alt", "ul", "ALT", "U/L", s("alt"), ref=(6, 29) if sex == "female" else (9, 46)), "U/L")
    rows.append(("P", "LIPID PANEL, STANDARD" if v != 2 else "LIPID PANEL"))
    tc = R(ctx.lab("chol", "mg_dl", "CHOLESTEROL, TOTAL", "mg/dL", s("chol"), ref=(None, 200),
                   lim=(204, 246) if s("chol") == "H" else None), "mg/dL", mark="¹")
    hdl = R(ctx.lab("hdl", "mg_dl", "HDL CHOLESTEROL", "mg/dL", s("hdl"),
                    ref=(50, None) if sex == "female" else (40, None),
                    lim=(31, 38) if s("hdl") == "L" else (52, 68)), "mg/dL", "> OR = " + ("50" if sex == "female"
                                                                                          else "40") + " mg/dL")
    tg = R(ctx.lab("tg", "mg_dl", "TRIGLYCERIDES", "mg/dL", s("tg"), ref=(None, 150),
                   lim=(70, 140) if s("tg") == "N" else (250, 340)), "mg/dL")
    R(_ldl(ctx, tc, hdl, tg, False, "LDL-CHOLESTEROL", "mg/dL", (None, 100)), "mg/dL", "<100 mg/dL (calc)",
            mark="²")
    R(ctx.add("chol_hdl", "ratio", "CHOL/HDLC RATIO", _round(tc.value / hdl.value, 1), None, (None, 5.0), dec=1,
              rdec=1), "", "<5.0 (calc)")
    R(ctx.add("nonhdl", "mg_dl", "NON HDL CHOLESTEROL", tc.value - hdl.value, "mg/dL", (None, 130)), "mg/dL",
      "<130 mg/dL (calc)")
    foot.append("¹ Desirable < 200 mg/dL; borderline high 200-239; high > OR = 240 (NCEP ATP III).")
    foot.append("² Desirable range < 100 mg/dL for primary prevention; < 70 mg/dL for patients with CHD or diabetic "
                "patients with > or = 2 CHD risk factors. LDL-C is calculated (Martin-Hopkins not used).")
    rows.append(("P", ["CBC (INCLUDES DIFF/PLT)", "CBC W/ AUTO DIFF", "CBC (INCLUDES DIFF/PLT)"][v]))
    wbc = ctx.lab("wbc", "k", "WHITE BLOOD CELL COUNT", "Thousand/uL", s("wbc"), ref=(3.8, 10.8))
    R(wbc, "Thousand/uL")
    if wbc.flag == "HH":
        rows.append(("C", f"CRITICAL VALUE: WBC verified by repeat analysis and smear review; called to and read back "
                          f"by M. HARRIS (Dr. Liu's office) {_us(coll)} {_hm(rng, 9, 12)} ET."))
    red = _cbc_red(ctx, s("hgb"), "N")
    R(ctx.add("rbc", "m", "RED BLOOD CELL COUNT", red["rbc"], "Million/uL",
              (3.80, 5.10) if sex == "female" else (4.20, 5.80)), "Million/uL")
    R(ctx.add("hgb", "g_dl", "HEMOGLOBIN", red["hgb"], "g/dL", (11.7, 15.5) if sex == "female" else (13.2, 17.1)),
      "g/dL")
    R(ctx.add("hct", "pct", "HEMATOCRIT", red["hct"], "%", (35.0, 45.0) if sex == "female" else (38.5, 50.0)), "%")
    R(ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (80.0, 100.0)), "fL")
    R(ctx.add("mch", "pg", "MCH", red["mch"], "pg", (27.0, 33.0)), "pg")
    R(ctx.add("mchc", "g_dl", "MCHC", red["mchc"], "g/dL", (32.0, 36.0)), "g/dL")
    R(ctx.lab("rdw", "pct", "RDW", "%", "N", ref=(11.0, 15.0)), "%")
    R(ctx.lab("plt", "k", "PLATELET COUNT", "Thousand/uL", s("plt"), ref=(140, 400),
              lim=(96, 130) if s("plt") == "L" else None), "Thousand/uL")
    R(ctx.lab("mpv", "fl", "MPV", "fL", "N", ref=(7.5, 12.5)), "fL")
    pct = _diff(ctx, wbc.value)
    if wbc.flag == "HH":  # chronic lymphocytic picture
        ly = round(rng.uniform(78, 88), 1)
        rest = 100 - ly
        pct = {"neut": round(rest * 0.8, 1), "mono": round(rest * 0.12, 1), "eos": round(rest * 0.05, 1)}
        pct["baso"] = round(100 - ly - pct["neut"] - pct["mono"] - pct["eos"], 1)
        pct["lymph"] = ly
    arefs = {"neut": (1500, 7800), "lymph": (850, 3900), "mono": (200, 950), "eos": (15, 500), "baso": (0, 200)}
    anames = {"neut": "ABSOLUTE NEUTROPHILS", "lymph": "ABSOLUTE LYMPHOCYTES", "mono": "ABSOLUTE MONOCYTES",
              "eos": "ABSOLUTE EOSINOPHILS", "baso": "ABSOLUTE BASOPHILS"}
    for kk in ["neut", "lymph", "mono", "eos", "baso"]:
        val = _round(wbc.value * 1000 * pct[kk] / 100, 0)
        if kk == "baso" and val == 0:
            raise _Retry("baso 0")
        R(ctx.add(kk + "_a", "cumm", anames[kk], val, "cells/uL", arefs[kk]), "cells/uL")
    pn = {"neut": "NEUTROPHILS", "lymph": "LYMPHOCYTES", "mono": "MONOCYTES", "eos": "EOSINOPHILS", "baso": "BASOPHILS"}
    for kk in ["neut", "lymph", "mono", "eos", "baso"]:
        R(ctx.add(kk + "_p", "pct", pn[kk], pct[kk], "%", (None, None)), "%", "%")
    rows.append(("P", "HEMOGLOBIN A1c" if v != 1 else "TSH"))
    if v != 1:
        R(ctx.lab("a1c", "pct", "HEMOGLOBIN A1c", "%", s("a1c"), ref=(None, 5.7),
                  lim=(5.8, 6.3) if s("a1c") == "H" else None), "%", "<5.7 % of total Hgb")
        rows.append(("C", "For someone without known diabetes, a hemoglobin A1c value between 5.7% and 6.4% is "
                          "consistent with prediabetes and should be confirmed with a follow-up test."))
        rows.append(("P", "TSH"))
    R(ctx.lab("tsh", "miu", "TSH", "mIU/L", s("tsh"), ref=(0.40, 4.50), lim=(4.9, 7.8) if s("tsh") == "H" else None),
      "mIU/L")
    # ---------------- render ----------------
    d = _Doc(612, 792)
    dob = _dob(rng, age, coll)
    pname = ["MORALES, GABRIELA", "KESSLER, HOWARD", "NAKAMURA, KENJI"][v]
    spec = f"{['EN', 'WO', 'SJ'][v]}{rng.randint(100000, 999999)}{rng.choice('ABCDEFGH')}"
    ct = _hm(rng, 7, 10)
    rcv = _hm(rng, 14, 20)
    xs = [dict(name=44, inr=290, out=360, ref=420, lab=560), dict(name=44, inr=300, out=370, ref=430, lab=560),
          dict(name=44, out=300, inr=370, ref=430, lab=560)][v]
    heads = [("Test Name", "In Range", "Out Of Range", "Reference Range", "Lab"),
             ("Test Name", "In Range", "Out Of Range", "Reference Range", "Lab"),
             ("Analyte", "Within Range", "Outside Range", "Reference Range", "Site")][v]
    labcode = ["EN", "WO", "SJ"][v]

    def header(d: _Doc, pno):
        y = 40
        d.text(44, y, ["QUADRANT DIAGNOSTICS", "NATIONWIDE CLINICAL REFERENCE LABS", "QUADRANT DIAGNOSTICS"][v], 13,
               FB)
        d.text(568, y, "Patient Report", 10, FB, align="r")
        y += 12
        d.text(44, y, ["Client #: 97551204  ELMWOOD FAMILY PRACTICE", "Account: 30118862  KESSLER HEMATOLOGY ASSOC",
                       "Client #: 10442278  BAYVIEW EXECUTIVE HEALTH"][v], 7.8, F)
        y += 14
        d.rect(44, y - 9, 568, y + 36, color=(0, 0, 0), width=0.5)
        d.text(50, y, "Patient Information", 7.5, FB)
        d.text(250, y, "Specimen Information", 7.5, FB)
        d.text(430, y, "Client Information", 7.5, FB)
        y += 10
        d.text(50, y, pname, 8.5, FB)
        d.text(250, y, f"Specimen: {spec}", 7.8, F)
        d.text(430, y, ["Dr. S. PATEL", "Dr. R. LIU", "Dr. M. OKAFOR"][v], 7.8, F)
        y += 10
        d.text(50, y, f"DOB: {_us(dob)}  AGE: {age}", 7.8, F)
        d.text(250, y, f"Collected: {_us(coll)} / {ct} EST", 7.8, F)
        y += 10
        d.text(50, y, f"Gender: {sex[0].upper()}   Fasting: {'Y' if v != 1 else 'N'}", 7.8, F)
        d.text(250, y, f"Received: {_us(coll)} / {rcv} EST", 7.8, F)
        y += 20
        for k, t in zip(["name", "inr", "out", "ref", "lab"], heads):
            d.text(xs[k], y, t, 8, FB, align="r" if k == "lab" else "l")
        d.line(44, y + 3, 568, y + 3, 0.8)
        return y + 15

    flow = _Flow(d, header, 745)
    size, lead = 8.2, 10.6
    for row in rows:
        if row[0] == "P":
            flow.need(lead * 3)
            flow.y += 3
            d.text(44, flow.y, row[1], 8.6, FB)
            flow.y += lead
        elif row[0] == "C":
            flow.need(lead * 2)
            flow.y = d.para(62, flow.y, row[1], 480, 7.2, F, 8.8) + 2
        elif row[0] == "X":
            flow.need(lead)
            d.text(50, flow.y, row[1], size, F)
            d.text(xs["inr"], flow.y, row[2], size, F)
            d.text(xs["ref"], flow.y, row[3], size, F)
            d.text(xs["lab"], flow.y, labcode, size, F, align="r")
            flow.y += lead
        else:
            r, reftext, mark = row[1], row[2], row[3]
            flow.need(lead)
            d.text(50, flow.y, r.name, size, F)
            if r.flag == "N":
                w = d.text(xs["inr"], flow.y, r.vstr, size, F)
                x_after = xs["inr"] + w
            else:
                t = r.vstr + " " + r.pflag
                w = d.text(xs["out"], flow.y, t, size, FB)
                x_after = xs["out"] + w
            if mark:
                d.text(x_after + 1, flow.y - 2.5, mark, size - 1.5, F)
            d.text(xs["ref"], flow.y, reftext, size, F)
            d.text(xs["lab"], flow.y, labcode, size, F, align="r")
            flow.y += lead
    flow.y += 6
    for f in foot:
        flow.need(22)
        flow.y = d.para(44, flow.y, f, 524, 7.2, F, 8.8) + 2

    def pn(d: _Doc, i, n):
        d.text(44, 770, f"{pname}  -  {spec}", 7.2, F)
        d.text(568, 770, f"Page {i} of {n}", 7.2, F, align="r")
        d.text(44, 780, f"{labcode}  Quadrant Diagnostics-{['Teterboro', 'Wood Dale', 'San Juan Capistrano'][v]}, "
                        "Laboratory Director: A. Brennan, MD, PhD  CLIA: 31D0696246", 6.8, F)

    flow.page_numbers(pn)
    return _finish(name, 10, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG12: South African / Australian SI report with a urine section and < / > qualifiers
# ----------------------------------------------------------------------------------------------


def _dg12(name: str, rng: random.Random, v: int):
    sex, age = [("female", 34), ("female", 67), ("male", 52)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("dv", "dvb"), ("helv", "hebo"), ("dvm", "dvmb")][v]
    rows = []  # ("S", t) | ("R", r, unit, ref) | ("D", label, text) descriptive (not a result) | ("C", comment)
    flags = [{"H": "H", "L": "L"}, {"H": "H", "L": "L"}, {"H": "*H", "L": "*L", "LL": "*LL", "HH": "*HH"}][v]

    def R(r, unit, ref=None):
        if r.qual is None:
            r.pflag = _pf(flags, r.flag)
        rows.append(("R", r, unit, _rs(r, sep=" - " if v != 2 else "-", lt="<", gt=">") if ref is None else ref))
        return r

    def Q(key, name, printed, meaning, abnormal=False, ref="Negative"):
        r = ctx.qual(key, name, printed, meaning, pflag=("A" if (abnormal and v == 0) else None))
        rows.append(("R", r, "", ref))
        return r

    # ---------------- chemistry ----------------
    rows.append(("S", ["CHEMICAL PATHOLOGY", "BIOCHEMISTRY", "CHEMISTRY"][v]))
    R(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(136, 145) if v != 1 else (135, 145)), "mmol/L")
    R(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.1) if v != 1 else (3.5, 5.2)), "mmol/L")
    R(ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107) if v != 1 else (95, 110)), "mmol/L")
    R(ctx.lab("hco3" if v != 2 else "co2", "mmol", "Bicarbonate" if v != 2 else "Total CO2", "mmol/L", "N",
              ref=(23, 29) if v != 1 else (22, 32)), "mmol/L")
    R(ctx.lab("urea", "mmol", "Urea", "mmol/L", ["N", "H", "N"][v], ref=(2.1, 7.1) if v != 1 else (3.0, 8.0)),
      "mmol/L")
    cr = R(ctx.lab("creat", "umol", "Creatinine", "umol/L" if v != 0 else "µmol/L", ["N", "H", "N"][v],
                   ref=(49, 90) if sex == "female" else (64, 104)), "umol/L" if v != 0 else "µmol/L")
    eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²" if v != 1 else "mL/min/1.73m2", False, cap90=True,
                      ref=(60, None))
    if v != 1 and eg.comp is None:
        raise _Retry("want >90")
    R(eg, eg.unit, ">60")
    R(ctx.lab("glu", "mmol", "Glucose (random)" if v != 2 else "Glucose", "mmol/L", "N",
              ref=(3.0, 7.7) if v != 2 else (3.9, 7.8)), "mmol/L")
    if v == 1:
        crp = ctx.lab("crp", "mg_l", "CRP", "mg/L", "H", ref=(None, 5.0), dec=0, rdec=0, lim=(12, 38))
    elif v == 0:
        crp = ctx.add("crp", "mg_l", "C-reactive protein", 1.0, "mg/L", (None, 10.0), comp="<", vstr="<1", rdec=0)
    else:
        crp = ctx.add("crp", "mg_l", "CRP", 0.5, "mg/L", (None, 5.0), comp="<", vstr="<0.5")
    R(crp, "mg/L")
    if v != 2:
        if v == 1:
            tb = ctx.add("tbil", "umol", "Bilirubin", 3.0, "umol/L", (None, 20), comp="<", vstr="<3")
        else:
            tb = ctx.lab("tbil", "umol", "Total bilirubin", "µmol/L", "N", ref=(5, 21))
        R(tb, tb.unit)
        R(ctx.lab("alp", "ul", "ALP", "U/L", "N", ref=(30, 110) if v else (42, 98)), "U/L")
        R(ctx.lab("ggt", "ul", "GGT", "U/L", "N", ref=(None, 38) if sex == "female" else (None, 50)), "U/L")
        R(ctx.lab("alt", "ul", "ALT", "U/L", "N", ref=(None, 35)), "U/L")
        R(ctx.lab("alb", "g_l", "Albumin", "g/L", "N", ref=(35, 50)), "g/L")
    if v == 2:
        R(ctx.lab("ca", "mmol", "Calcium", "mmol/L", "N", ref=(2.15, 2.50)), "mmol/L")
        R(ctx.lab("mg", "mmol", "Magnesium", "mmol/L", "N", ref=(0.63, 1.05)), "mmol/L")
        R(ctx.lab("phos", "mmol", "Phosphate", "mmol/L", "N", ref=(0.78, 1.42)), "mmol/L")
        R(ctx.lab("a1c", "pct", "HbA1c", "%", "H", ref=(None, 6.5), lim=(7.1, 8.6)), "%")
        R(ctx.lab("psa", "ng_ml", "PSA, total", "ug/L", "N", ref=(None, 4.0), lim=(0.5, 2.2)), "ug/L")
    # ---------------- urine ----------------
    rows.append(("S", ["URINE ANALYSIS (MSU)", "URINE MICROSCOPY, CULTURE & CHEMISTRY (MSU)", "URINE DIPSTICK"][v]))
    rows.append(("D", "Colour", ["Yellow", "Straw", "Dark yellow"][v]))
    rows.append(("D", "Appearance", ["Turbid", "Slightly cloudy", "Clear"][v]))
    sg = ctx.add("u_sg", "x", "Specific gravity" if v != 2 else "SG", [1.020, 1.015, 1.025][v], None,
                 (1.005, 1.030), vstr=["1.020", "1.015", "1.025"][v])
    R(sg, "", "1.005 - 1.030" if v != 2 else "1.005-1.030")
    R(ctx.add("u_ph", "x", "pH", [6.0, 6.5, 5.5][v], None, (5.0, 8.0), dec=1, rdec=1), "",
      "5.0 - 8.0" if v != 2 else "5.0-8.0")
    if v == 0:  # UTI picture
        Q("u_prot", "Protein", "1+", "positive", True)
        Q("u_glu", "Glucose", "Negative", "negative")
        Q("u_ket", "Ketones", "Trace", "trace", True)
        Q("u_bld", "Blood", "2+", "positive", True)
        Q("u_bil", "Bilirubin", "Negative", "negative")
        Q("u_ubg", "Urobilinogen", "Normal", "normal", ref="Normal")
        Q("u_nit", "Nitrite", "Positive", "positive", True)
        Q("u_le", "Leucocyte esterase", "2+", "positive", True)
        rows.append(("S", "Microscopy (per high power field)"))
        R(ctx.lab("u_wbc", "hpf", "White cells", "/HPF", "H", ref=(0, 5), lim=(18, 40), dec=0), "/HPF")
        R(ctx.lab("u_rbc", "hpf", "Red cells", "/HPF", "H", ref=(0, 3), lim=(6, 14), dec=0), "/HPF")
        Q("u_epi", "Squamous epithelial cells", "Few", "present", False, ref="")
        Q("u_cast", "Casts", "None seen", "absent", ref="None seen")
        Q("u_bact", "Bacteria", "Many", "present", True, ref="None seen")
        rows.append(("C", "Culture to follow. Pyuria with nitrite positive: consistent with urinary tract infection."))
    elif v == 1:
        Q("u_prot", "Protein", "Trace", "trace")
        Q("u_glu", "Glucose", "Negative", "negative", ref="Neg")
        Q("u_ket", "Ketones", "Negative", "negative", ref="Neg")
        Q("u_bld", "Blood", "1+", "positive")
        Q("u_nit", "Nitrite", "Negative", "negative", ref="Neg")
        Q("u_le", "Leucocytes", "1+", "positive")
        rows.append(("S", "Microscopy (flow cytometry)"))
        R(ctx.lab("u_wbc", "vol", "Leucocytes", "x10^6/L", "H", ref=(None, 10), lim=(40, 180), dec=0), "x10^6/L",
          "<10")
        R(ctx.lab("u_rbc", "vol", "Erythrocytes", "x10^6/L", "H", ref=(None, 10), lim=(12, 45), dec=0), "x10^6/L",
          "<10")
        Q("u_epi", "Squamous epithelial cells", "Nil", "absent", ref="")
        Q("u_bact", "Bacteria", "Moderate", "present", ref="")
        Q("u_cast", "Casts", "Nil", "absent", ref="")
        rows.append(("S", "Urine albumin : creatinine"))
        ualb = ctx.lab("u_alb", "mg_l", "Urine albumin", "mg/L", "N", lim=(38, 120), dec=0)
        ucr = ctx.lab("u_creat", "mmol", "Urine creatinine", "mmol/L", "N", lim=(5.5, 12.5), dec=1)
        R(ualb, "mg/L", "")
        R(ucr, "mmol/L", "")
        R(ctx.add("u_acr", "mg_mmol", "Albumin/Creatinine ratio", _round(ualb.value / ucr.value, 1), "mg/mmol",
                  (None, 3.5)), "mg/mmol", "<3.5")
    else:
        pr = ctx.add("u_prot", "q", "Protein", 0.3, "g/L", (None, None), dec=1, loinc="5804-0")
        R(pr, "g/L", "Negative")
        gl = ctx.add("u_glu", "q", "Glucose", 14.0, "mmol/L", (None, None), dec=0, loinc="5792-7")
        R(gl, "mmol/L", "Negative")
        Q("u_ket", "Ketones", "Trace", "trace")
        Q("u_bld", "Blood", "Negative", "negative")
        Q("u_bil", "Bilirubin", "Negative", "negative")
        Q("u_nit", "Nitrite", "Negative", "negative")
        Q("u_le", "Leucocytes", "Negative", "negative")
        rows.append(("C", "Glucosuria in a known diabetic (on SGLT2 inhibitor - dapagliflozin)."))
        rows.append(("S", "URINE MICROSCOPY"))
        R(ctx.lab("u_wbc", "hpf", "WBC", "/HPF", "N", ref=(0, 5), lim=(1, 3.4), dec=0), "/HPF", "0-5")
        R(ctx.lab("u_rbc", "hpf", "RBC", "/HPF", "N", ref=(0, 3), lim=(1, 2.4), dec=0), "/HPF", "0-3")
        Q("u_epi", "Epithelial cells", "Rare", "rare", ref="")
        Q("u_cast", "Casts", "None seen", "absent", ref="")
        Q("u_bact", "Bacteria", "None seen", "absent", ref="")
        Q("u_mucus", "Mucus", "Present", "present", ref="")
    # ---------------- render ----------------
    d = _Doc(595, 842)
    dob = _dob(rng, age, coll)
    lab = [("HIGHVELD & LOWVELD PATHOLOGY LABORATORIES", "Practice 5204478 · 18 Paul Kruger St, Mbombela 1200 · "
            "SANAS accredited M0412"),
           ("Sunshine Coast Pathology Partners", "Maroochydore QLD 4558 · NATA/RCPA accredited 2207 · "
            "APA 18442"),
           ("NATIONAL HEALTH LABORATORY SERVICE - KIMBERLEY HOSPITAL", "Chemical Pathology / Microbiology · "
            "Private Bag X5015, Kimberley 8300")][v]
    pname = ["Ms Nomvula MKHIZE", "Mrs Dorothy HARGREAVES", "Mr Pieter VAN WYK"][v]
    datef = [lambda x: f"{x.year}/{x.month:02d}/{x.day:02d}", _uk, lambda x: f"{x.year}-{x.month:02d}-{x.day:02d}"][v]
    acc = [f"HL{rng.randint(10**7, 10**8 - 1)}", f"26-{rng.randint(10**7, 10**8 - 1)}",
           f"KIM{rng.randint(10**6, 10**7 - 1)}"][v]
    ct, rt = _hm(rng, 7, 10), _hm(rng, 12, 17)

    def header(d: _Doc, pno):
        y = 44
        d.text(40, y, lab[0], 11.5, FB)
        y += 12
        d.text(40, y, lab[1], 7.6, F)
        y += 9
        d.line(40, y, 555, y, 0.8)
        y += 13
        d.text(40, y, f"Patient: {pname}", 8.8, FB)
        d.text(320, y, f"Lab no: {acc}", 8.5, F)
        y += 11
        d.text(40, y, f"DOB: {datef(dob)}  Age: {age}  Sex: {sex.capitalize()}", 8.5, F)
        d.text(320, y, f"Collected: {datef(coll)} {ct}", 8.5, F)
        y += 11
        d.text(40, y, ["Referring Dr: Dr T. Nkosi (Mbombela)", "Requesting Dr: Dr A. Papadopoulos",
                       "Ward: Medical OPD  Dr: M. Botha"][v], 8.5, F)
        d.text(320, y, f"Reported: {datef(coll)} {rt}", 8.5, F)
        y += 8
        d.line(40, y, 555, y, 0.5)
        y += 13
        for x, t, al in [(40, "Test", "l"), (250, "Result", "r"), (262, "Flag", "l"), (305, "Units", "l"),
                         (385, "Reference range", "l")]:
            d.text(x, y, t, 8, FB, align=al)
        d.line(40, y + 3, 555, y + 3, 0.3)
        return y + 13

    flow = _Flow(d, header, 785)
    size, lead = 8.5, 11.2
    for row in rows:
        if row[0] == "S":
            flow.need(lead * 3)
            flow.y += 3
            d.text(40, flow.y, row[1], 9, FB)
            flow.y += lead
        elif row[0] == "C":
            flow.need(lead * 2)
            flow.y = d.para(52, flow.y, row[1], 490, 7.6, F, 9.2) + 2
        elif row[0] == "D":
            flow.need(lead)
            d.text(46, flow.y, row[1], size, F)
            d.text(250, flow.y, row[2], size, F, align="r")
            flow.y += lead
        else:
            r, unit, ref = row[1], row[2], row[3]
            flow.need(lead)
            bold = r.flag != "N" or r.pflag
            d.text(46, flow.y, r.name, size, F)
            d.text(250, flow.y, r.vstr, size, FB if bold else F, align="r")
            if r.pflag:
                d.text(262, flow.y, r.pflag, size, FB)
            d.text(305, flow.y, unit, size, F)
            d.text(385, flow.y, ref, size, F)
            flow.y += lead
    flow.y += 6
    flow.need(30)
    d.para(40, flow.y, ["A = abnormal finding (qualitative). H/L = outside reference range. eGFR by CKD-EPI 2021; "
                        "values above 90 are reported as >90.",
                        "Flow-cytometry urine counts are reported per litre (x10^6/L). eGFR (CKD-EPI) reported as "
                        ">90 when above 90.",
                        "* flags outside reference range. Dipstick protein/glucose reported semi-quantitatively."][v],
           515, 7.6, F, 9.4)
    flow.page_numbers(lambda d, i, n: d.text(555, 815, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 11, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG2: GP / consultant letters (UK, Ireland, Australia)
# ----------------------------------------------------------------------------------------------


def _m(r: _R, unit: str | None = None, ref: str | None = None, word: str | None = None) -> str:
    """A result as it reads in prose: value, unit, optional (range) and optional (low)/(high)."""
    s = r.vstr
    if unit:
        s += " " + unit
    if ref and word:
        s += f" ({word}; {ref})"
        r.pflag = word
    elif ref:
        s += f" ({ref})"
    return s


def _noref(r: _R, unit=None):
    """Prose without a printed range: no interval, flag N, unit only if printed."""
    r.lo = r.hi = None
    r.flag = "N"
    r.unit = unit
    return r


def _dg2(name: str, rng: random.Random, v: int):
    d = _Doc(595, 842)
    if v == 0:
        return _dg2_uk(name, rng, d)
    if v == 1:
        return _dg2_ie(name, rng, d)
    return _dg2_au(name, rng, d)


def _letter_head(d: _Doc, lines, font, bold, right=None, size=10):
    d.new_page()
    y = 56
    d.text(56, y, lines[0], 14, bold)
    y += 15
    for ln in lines[1:]:
        d.text(56, y, ln, 8.5, font, color=(0.25, 0.25, 0.25))
        y += 10.5
    if right:
        yy = 56
        for ln in right:
            d.text(539, yy, ln, 8.5, font, align="r")
            yy += 10.5
    y += 6
    d.line(56, y, 539, y, 0.6, color=(0.4, 0.4, 0.4))
    return y + 22


def _dg2_uk(name, rng, d):
    sex, age = "female", 69
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 3, 10)
    letter_date = coll + _dt.timedelta(days=rng.randint(3, 9))
    F, FB = "tiro", "tibo"
    y = _letter_head(d, ["Hawthorn Lane Medical Practice", "14 Hawthorn Lane, Kettering, Northamptonshire NN15 6QT",
                         "Tel 01536 555 210  |  hawthorn.practice@nhs.net"], F, FB,
                     right=[f"Date: {_dmy(letter_date, ' ', True)}", "Our ref: GP/RB/4471"])
    dob = _dob(rng, age, coll)
    blocks = []
    blocks.append(("p", "Dr R. Okafor\nConsultant Nephrologist\nRenal Outpatients, Kettering General Hospital"))
    blocks.append(("b", f"Re: Mrs Margaret ELLISON   DOB {_uk(dob)} ({age} years)   Female   "
                        f"NHS No {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"))
    blocks.append(("p", "Dear Dr Okafor,"))
    k = ctx.lab("k", "mmol", "potassium", "mmol/L", "H", ref=(3.5, 5.3), lim=(5.55, 5.9))
    cr = ctx.lab("creat", "umol", "creatinine", "umol/L", "H2", ref=(45, 84), lim=(128, 165))
    eg = _egfr_result(ctx, cr, "eGFR", None, False)
    _noref(eg)
    urea = _noref(ctx.lab("urea", "mmol", "urea", None, "H", lim=(9.0, 13.5)))
    na = _noref(ctx.lab("na", "mmol", "sodium", None, "N"))
    blocks.append(("p", "I would be grateful if you could see this lady, who has type 2 diabetes and hypertension, "
                        "with a steady decline in her renal function and a raised potassium. Bloods taken on "
                        f"{_uk(coll)} showed that her potassium was {_m(k, 'mmol/L', '3.5-5.3')}, "
                        f"creatinine {_m(cr, 'umol/L', '45-84')}, eGFR {eg.vstr}. Her urea was {urea.vstr} and "
                        f"sodium {na.vstr}. For comparison, her creatinine was 118 umol/L in March and her eGFR "
                        "was 41 at that time."))
    hb = ctx.lab("hgb", "g_l", "Haemoglobin", "g/L", "L", ref=(115, 165))
    wcc = _noref(ctx.lab("wbc", "k", "White cell count", None, "N"), "x10^9/L")
    plt = _noref(ctx.lab("plt", "k", "Platelets", None, "N"), "x10^9/L")
    mcv = _noref(ctx.lab("mcv", "fl", "MCV", None, "N"), "fL")
    fer = ctx.lab("ferritin", "ng_ml", "Ferritin", "ug/L", "N", ref=(13, 150), lim=(24, 60))
    bic = ctx.lab("hco3", "mmol", "Bicarbonate", "mmol/L", "L", ref=(22, 29), lim=(17, 20.4))
    ca = ctx.lab("ca", "mmol", "Calcium", "mmol/L", "N", ref=(2.20, 2.60))
    ph = ctx.lab("phos", "mmol", "Phosphate", "mmol/L", "H", ref=(0.80, 1.50))
    alb = _noref(ctx.lab("alb", "g_l", "Albumin", None, "N"), "g/L")
    pth = ctx.add("pth", "pmol", "PTH", _round(rng.uniform(9.0, 16.0), 1), "pmol/L", (1.6, 6.9), dec=1, rdec=1)
    acr = ctx.lab("u_acr", "mg_mmol", "urine ACR", "mg/mmol", "H2", ref=(None, 3.0))
    alt = _noref(ctx.lab("alt", "ul", "ALT", None, "N", lim=(12, 30)), "U/L")
    alp = _noref(ctx.lab("alp", "ul", "ALP", None, "N"), "U/L")
    bil = _noref(ctx.lab("tbil", "umol", "bilirubin", None, "N", lim=(5, 15)), "umol/L")
    ur = ctx.lab("urate", "umol", "Urate", "umol/L", "H", ref=(140, 360))
    crp = ctx.add("crp", "mg_l", "CRP", 5.0, "mg/L", (None, None), comp="<", vstr="<5")
    bl = [
        f"Haemoglobin {_m(hb, 'g/L', '115-165', 'low')}",
        f"White cell count {wcc.vstr} x10^9/L, platelets {plt.vstr} x10^9/L, MCV {mcv.vstr} fL",
        f"Ferritin {_m(fer, 'ug/L', '13-150')}",
        f"Bicarbonate {_m(bic, 'mmol/L', '22-29', 'low')}",
        f"Calcium {_m(ca, 'mmol/L', '2.20-2.60')}, phosphate {_m(ph, 'mmol/L', '0.80-1.50', 'high')}, "
        f"albumin {alb.vstr} g/L",
        f"PTH {_m(pth, 'pmol/L', '1.6-6.9')}",
        f"ALT {alt.vstr} U/L, ALP {alp.vstr} U/L, bilirubin {bil.vstr} umol/L",
        f"Urate {_m(ur, 'umol/L', '140-360', 'high')}; CRP {crp.vstr} mg/L",
    ]
    plt.name = "platelets"
    ph.name = "phosphate"
    alb.name = "albumin"
    blocks.append(("p", "Other results from the same sample:"))
    blocks.append(("ul", bl))
    a1 = ctx.lab("a1c", "mmol_mol", "HbA1c", "mmol/mol", "H", ref=(20, 41), lim=(60, 70))
    _noref(a1, "mmol/mol")
    chol = _noref(ctx.lab("chol", "mmol", "total cholesterol", None, "N"), "mmol/L")
    ldl = _noref(ctx.lab("ldl", "mmol", "LDL", None, "N", lim=(1.4, 2.2)))
    tsh = _noref(ctx.lab("tsh", "miu", "TSH", None, "N"), "mU/L")
    blocks.append(("p", f"Her diabetes control has drifted: last year's HbA1c was 58 mmol/mol and it is now {a1.vstr} "
                        f"mmol/mol. Lipids are acceptable on atorvastatin 40 mg (total cholesterol {chol.vstr} mmol/L, "
                        f"LDL {ldl.vstr}) and her TSH is {tsh.vstr} mU/L."))
    blocks.append(("p", f"Her urine ACR is {_m(acr, 'mg/mmol', '<3.0')}, up from 12 mg/mmol two years ago. "
                        "Urine dipstick in surgery showed no blood. Blood pressure today 148/86 on ramipril 10 mg, "
                        "amlodipine 5 mg and indapamide 2.5 mg; I have stopped the indapamide and advised a low "
                        "potassium diet in the meantime."))
    blocks.append(("p", "Past history: type 2 diabetes (2009), hypertension, osteoarthritis of both knees, "
                        "cholecystectomy 2015. She lives with her husband and is independent."))
    blocks.append(("p", "I would value your advice on further management, including whether she needs a "
                        "bicarbonate supplement and whether her iron stores are adequate for her degree of anaemia."))
    blocks.append(("p", "Yours sincerely,\n\n\nDr Rebecca Bamford MRCGP\nGeneral Practitioner"))
    y = _render_blocks(d, blocks, y, F, FB, 10.5)
    d.text(56, 800, "This letter contains confidential patient information.", 7.5, F, color=(0.4, 0.4, 0.4))
    return _finish(name, 1, ctx, d, sex, coll)


def _render_blocks(d: _Doc, blocks, y, F, FB, size):
    lead = size * 1.32
    for kind, txt in blocks:
        if y > 770:
            d.new_page()
            y = 70
        if kind == "p":
            y = d.para(56, y, txt, 483, size, F, lead)
            y += lead * 0.6
        elif kind == "b":
            y = d.para(56, y, txt, 483, size, FB, lead)
            y += lead * 0.6
        elif kind == "h":
            d.text(56, y, txt, size, FB)
            y += lead
        elif kind == "ul":
            for item in txt:
                if y > 780:
                    d.new_page()
                    y = 70
                if F in _BASE14:
                    d.circle(68.5, y - size * 0.32, 1.6, fill=(0, 0, 0), color=None)
                else:
                    d.text(66, y, "•", size, F)
                y = d.para(78, y, item, 461, size, F, lead)
            y += lead * 0.6
    return y


def _finish(name, fam_idx, ctx: _Ctx, d: _Doc, sex, coll: _dt.date | None, title=None):
    pdf = d.tobytes(title or name, (coll or _dt.date(2026, 11, 27)).isoformat())
    rep = GeneratedReport(name=name, family=FAMILIES[fam_idx], language="en", mime_type="application/pdf",
                          content=pdf, sex=sex, collected_on=coll.isoformat() if coll else None,
                          expected=[r.expected() for r in ctx.res])
    return rep, ctx, pdf


def _dg2_ie(name, rng, d):
    sex, age = "female", 54
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 4, 11)
    F, FB = "dvs", "dvsb"
    y = _letter_head(d, ["Diabetes & Endocrinology Day Centre", "St. Colmcille's University Hospital, Ballinacurra, "
                         "Limerick V94 XK27", "Tel (061) 555 4400  |  Fax (061) 555 4401"], F, FB,
                     right=[f"Clinic date: {_uk(coll, '.')}", f"MRN: {rng.randint(10**6, 10**7 - 1)}"], size=9.5)
    dob = _dob(rng, age, coll)
    blocks = [("p", "Dr Declan Fitzgerald\nFitzgerald Family Practice\nMain Street, Newcastle West, Co. Limerick"),
              ("b", f"RE: Ms Siobhán Ní BHRIAIN, DOB {_uk(dob, '.')} (Female, {age} yrs), "
                    "Ard na Gréine, Adare, Co. Limerick"),
              ("p", "Dear Declan,"),
              ("h", "Diagnoses:"),
              ("ul", ["Type 2 diabetes mellitus (2016), on metformin and sitagliptin",
                      "Primary hypothyroidism on levothyroxine 75 mcg",
                      "Non-alcoholic fatty liver disease"])]
    a1 = ctx.lab("a1c", "mmol_mol", "HbA1c", "mmol/mol", "H", ref=(20, 41), lim=(64, 78))
    tsh = ctx.lab("tsh", "miu", "TSH", "mIU/L", "H", ref=(0.27, 4.20), lim=(5.6, 9.5))
    ft4 = ctx.lab("ft4", "pmol", "free T4", "pmol/L", "L", ref=(12.0, 22.0), lim=(10.2, 11.8))
    blocks.append(("p", f"I reviewed Siobhán in clinic today. Bloods were taken this morning ({_uk(coll, '.')}). "
                        f"Her HbA1c is {_m(a1, 'mmol/mol', '20–41')}, compared with 63 mmol/mol in April, so "
                        "control has deteriorated over the summer. Her TSH is "
                        f"{_m(tsh, 'mIU/L', '0.27–4.20', 'high')} with a free T4 of "
                        f"{_m(ft4, 'pmol/L', '12.0–22.0', 'low')}; she admits she has been missing doses."))
    alt = ctx.lab("alt", "ul", "ALT", "IU/L", "H", ref=(None, 33), lim=(45, 70))
    ggt = ctx.lab("ggt", "ul", "GGT", "IU/L", "H", ref=(None, 40), lim=(48, 90))
    alp = _noref(ctx.lab("alp", "ul", "ALP", None, "N"), "IU/L")
    bili = _noref(ctx.lab("tbil", "umol", "bilirubin", None, "N", ref=(0, 21), lim=(6, 14)))
    blocks.append(("p", f"Liver enzymes remain mildly elevated: ALT {_m(alt, 'IU/L', '<33')}, GGT "
                        f"{_m(ggt, 'IU/L', '<40')}, with a normal ALP of {alp.vstr} IU/L and bilirubin {bili.vstr}. "
                        "Her ultrasound in 2024 showed diffuse fatty infiltration."))
    hb = ctx.lab("hgb", "g_dl", "Hb", "g/dL", "N", ref=(12.0, 15.5))
    wcc = _noref(ctx.lab("wbc", "k", "WCC", None, "N"), "x10^9/L")
    plt = _noref(ctx.lab("plt", "k", "Plt", None, "N"), "x10^9/L")
    cr = ctx.lab("creat", "umol", "creatinine", "µmol/L", "N", ref=(45, 84))
    cr.name = "Creatinine"
    eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²", False, cap90=True)
    _noref(eg, "mL/min/1.73m²")
    na = ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145))
    kk = ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.3))
    chol = ctx.lab("chol", "mmol", "Total cholesterol", "mmol/L", "H", ref=(None, 5.0), lim=(5.4, 6.4))
    hdl = _noref(ctx.lab("hdl", "mmol", "HDL", None, "N", lim=(1.05, 1.35)))
    tg = ctx.lab("tg", "mmol", "triglycerides", "mmol/L", "H", ref=(None, 1.7), lim=(2.0, 2.9))
    ldl = _noref(_ldl(ctx, chol, hdl, tg, True, "LDL", None, None))
    b12 = ctx.lab("b12", "pg_ml", "B12", "ng/L", "N", ref=(197, 771), lim=(260, 420))
    fer = _noref(ctx.lab("ferritin", "ng_ml", "ferritin", None, "N", lim=(40, 120)), "ng/mL")
    acr = ctx.lab("u_acr", "mg_mmol", "Urine albumin:creatinine ratio", "mg/mmol", "N", ref=(None, 3.0),
                  lim=(0.6, 2.2))
    fg = ctx.lab("glu", "mmol", "Fasting glucose", "mmol/L", "H", ref=(3.9, 6.0), lim=(8.1, 11.6))
    crp = ctx.lab("crp", "mg_l", "CRP", "mg/L", "H", ref=(None, 5.0), lim=(5.6, 9.8))
    mg = _noref(ctx.lab("mg", "mmol", "magnesium", None, "N"), "mmol/L")
    blocks.append(("h", f"Other bloods ({_uk(coll, '.')}):"))
    blocks.append(("ul", [
        f"Hb {_m(hb, 'g/dL', '12.0–15.5')}, WCC {wcc.vstr} x10^9/L, Plt {plt.vstr} x10^9/L",
        f"Creatinine {cr.vstr} µmol/L (45–84), eGFR {eg.vstr} mL/min/1.73m²",
        f"Sodium {na.vstr} mmol/L, Potassium {kk.vstr} mmol/L (3.5–5.3)",
        f"Total cholesterol {_m(chol, 'mmol/L', '<5.0')}, HDL {hdl.vstr}, LDL {ldl.vstr}, triglycerides "
        f"{_m(tg, 'mmol/L', '<1.7')}",
        f"B12 {_m(b12, 'ng/L', '197–771')}; ferritin {fer.vstr} ng/mL",
        f"Urine albumin:creatinine ratio {_m(acr, 'mg/mmol', '<3.0')}",
        f"Fasting glucose {_m(fg, 'mmol/L', '3.9–6.0', 'high')}; CRP {_m(crp, 'mg/L', '<5')}; magnesium "
        f"{mg.vstr} mmol/L",
    ]))
    na.hi, na.lo = None, None  # sodium printed without a range here
    na.flag = "N"
    blocks.append(("p", "Her weight is 91.4 kg (BMI 34.2), BP 132/78. Foot examination was normal and her last "
                        "retinal screen (January) showed no retinopathy."))
    blocks.append(("h", "Plan:"))
    blocks.append(("ul", ["Increase levothyroxine to 100 mcg daily; repeat TFTs in 6–8 weeks.",
                          "Start empagliflozin 10 mg daily; continue metformin 1 g BD and sitagliptin.",
                          "Increase atorvastatin to 40 mg nocte.",
                          "Review in the Day Centre in four months with HbA1c, LFTs and lipids."]))
    blocks.append(("p", "Kind regards,\n\n\nDr Aoife Ó Súilleabháin MB BCh BAO MRCPI\n"
                        "Consultant Endocrinologist"))
    _render_blocks(d, blocks, y, F, FB, 9.8)
    return _finish(name, 1, ctx, d, sex, coll)


def _dg2_au(name, rng, d):
    sex, age = "male", 52
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 2, 10)
    F, FB = "dv", "dvb"
    y = _letter_head(d, ["Southbank Gastroenterology & Liver Clinic", "Suite 4, 88 Grey Street, South Brisbane QLD 4101",
                         "Ph (07) 3555 0192   Fax (07) 3555 0193   Provider No. 2847619B"], F, FB,
                     right=[_dmy(coll + _dt.timedelta(days=rng.randint(4, 10)), " ", True)])
    dob = _dob(rng, age, coll)
    blocks = [("p", "Dr Hannah Nguyen\nWoolloongabba Family Medical\n301 Logan Road, Stones Corner QLD 4120"),
              ("b", f"Re: Mr Liam O'CONNELL (male), DOB {_uk(dob)}, 14 Jacaranda St, Annerley QLD 4103"),
              ("p", "Dear Hannah,"),
              ("p", "Thank you for referring Liam, a 52-year-old electrician, with persistently abnormal liver "
                    "function tests. He drinks around 20 standard drinks a week and has put on 9 kg over two years.")]
    alt = ctx.lab("alt", "ul", "ALT", "U/L", "H2", ref=(None, 40), lim=(72, 110))
    ast = ctx.lab("ast", "ul", "AST", "U/L", "H", ref=(None, 35), lim=(45, 70))
    ggt = ctx.lab("ggt", "ul", "GGT", "U/L", "H2", ref=(None, 50), lim=(110, 190))
    alp = ctx.lab("alp", "ul", "ALP", "U/L", "N", ref=(30, 110))
    bil = ctx.lab("tbil", "umol", "bilirubin", "umol/L", "N", ref=(None, 20), lim=(8, 17))
    alb = ctx.lab("alb", "g_l", "albumin", "g/L", "N", ref=(35, 50))
    blocks.append(("p", f"His LFTs on {_uk(coll)} show ALT {_m(alt, 'U/L', '<40')}, AST {_m(ast, 'U/L', '<35')}, "
                        f"GGT {_m(ggt, 'U/L', '<50')}, ALP {_m(alp, 'U/L', '30–110')}, bilirubin "
                        f"{_m(bil, 'umol/L', '<20')} and albumin {_m(alb, 'g/L', '35–50')}. For reference, his ALT "
                        "was 120 U/L in May and 64 U/L a year ago."))
    hb = _noref(ctx.lab("hgb", "g_l", "Hb", None, "N"), "g/L")
    plt = ctx.lab("plt", "k", "platelets", "x10^9/L", "N", ref=(150, 400), lim=(158, 190))
    wcc = _noref(ctx.lab("wbc", "k", "WCC", None, "N"))
    inr = _noref(ctx.lab("inr", "r", "INR", None, "N", dec=1, ref=(0.9, 1.3)))
    fer = ctx.lab("ferritin", "ng_ml", "Ferritin", "ug/L", "H", ref=(30, 500), lim=(620, 840))
    tsat = ctx.lab("tsat", "pct", "transferrin saturation", "%", "N", ref=(20, 50), lim=(30, 44))
    glu = ctx.lab("glu", "mmol", "Fasting glucose", "mmol/L", "H", ref=(3.0, 6.0), lim=(6.2, 6.9))
    a1 = _noref(ctx.lab("a1c", "pct", "HbA1c", None, "N", lim=(5.6, 6.3)), "%")
    tg = ctx.lab("tg", "mmol", "triglycerides", "mmol/L", "H", ref=(None, 2.0), lim=(2.3, 3.4))
    tc = ctx.lab("chol", "mmol", "total cholesterol", "mmol/L", "H", ref=(None, 5.5), lim=(5.8, 6.6))
    hdl = ctx.lab("hdl", "mmol", "HDL", "mmol/L", "L", ref=(1.0, None), lim=(0.78, 0.95))
    ldl = _noref(_ldl(ctx, tc, hdl, tg, True, "LDL", None, None), "mmol/L")
    crp = _noref(ctx.lab("crp", "mg_l", "CRP", None, "N", lim=(1.0, 4.4), dec=0), "mg/L")
    blocks.append(("p", "Recent bloods:"))
    blocks.append(("ul", [
        f"Hb {hb.vstr} g/L, WCC {wcc.vstr}, platelets {_m(plt, 'x10^9/L', '150–400')}; INR {inr.vstr}",
        f"Ferritin {_m(fer, 'ug/L', '30–500', 'high')}, transferrin saturation {_m(tsat, '%', '20–50')}",
        f"Fasting glucose {_m(glu, 'mmol/L', '3.0–6.0', 'high')}, HbA1c {a1.vstr}%",
        f"Fasting triglycerides {_m(tg, 'mmol/L', '<2.0')}, total cholesterol {_m(tc, 'mmol/L', '<5.5')}, "
        f"HDL {_m(hdl, 'mmol/L', '>1.0', 'low')}, LDL {ldl.vstr} mmol/L",
        f"CRP {crp.vstr} mg/L",
    ]))
    tg.name = "Fasting triglycerides"
    cr = _noref(ctx.lab("creat", "umol", "creatinine", None, "N", ref=(60, 110)), "umol/L")
    eg = _egfr_result(ctx, cr, "eGFR", None, False, cap90=True)
    _noref(eg)
    na = _noref(ctx.lab("na", "mmol", "sodium", None, "N"), "mmol/L")
    kk = _noref(ctx.lab("k", "mmol", "potassium", None, "N"), "mmol/L")
    blocks.append(("p", f"Renal function is normal (sodium {na.vstr} mmol/L, potassium {kk.vstr} mmol/L, "
                        f"creatinine {cr.vstr} umol/L, eGFR {eg.vstr}). Hepatitis B and C "
                        "serology were negative in 2024. His FibroScan today gave a liver stiffness of 7.9 kPa with "
                        "a CAP of 318 dB/m, consistent with steatosis and at most mild fibrosis."))
    blocks.append(("p", "Impression: metabolic dysfunction and alcohol associated steatotic liver disease (MetALD), "
                        "with a mildly raised ferritin that is most likely inflammatory rather than iron overload "
                        "given the normal transferrin saturation."))
    blocks.append(("p", "I have asked Liam to reduce his alcohol intake to under 10 standard drinks a week and "
                        "referred him to our dietitian. Please repeat his LFTs, ferritin and HbA1c in three months; "
                        "I will see him again in six months."))
    blocks.append(("p", "Yours sincerely,\n\n\nDr Marcus Whitfield FRACP\nGastroenterologist and Hepatologist"))
    _render_blocks(d, blocks, y, F, FB, 10.2)
    return _finish(name, 1, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# generic column table
# ----------------------------------------------------------------------------------------------


def _table(flow: _Flow, cols, rows, F, FB, size=8.6, lead=11.5, head_size=None, rule=True, x_right=545,
           bold_abn=True, stripe=None):
    """cols: [(key, title, x, align)]; rows: ("S", title) | ("R", r, {key: text}) | ("T", text) | ("G", gap)."""
    d = flow.d

    def header():
        for key, title, x, al in cols:
            d.text(x, flow.y, title, head_size or size, FB, align=al)
        if rule:
            d.line(cols[0][2], flow.y + 3.5, x_right, flow.y + 3.5, 0.5)
        flow.y += lead + 2

    header()
    n = 0
    for row in rows:
        kind = row[0]
        if kind == "S":
            flow.need(lead * 2.2)
            flow.y += 3
            d.text(cols[0][2], flow.y, row[1], size + 0.4, FB)
            flow.y += lead
            n = 0
            continue
        if kind == "T":
            flow.need(lead)
            for ln in d.wrap(row[1], x_right - cols[0][2] - 12, size - 0.8, F):
                d.text(cols[0][2] + 12, flow.y, ln, size - 0.8, F, color=(0.2, 0.2, 0.2))
                flow.y += lead * 0.9
            continue
        if kind == "G":
            flow.y += row[1]
            continue
        before = len(d.pages)
        flow.need(lead)
        if len(d.pages) != before:
            header()
        r, cells = row[1], row[2]
        n += 1
        if stripe and n % 2 == 0:
            d.rect(cols[0][2] - 2, flow.y - lead + 3, x_right + 2, flow.y + 3, fill=stripe, color=None, width=0)
        for key, title, x, al in cols:
            t = cells.get(key, "")
            if not t:
                continue
            abn = r is not None and r.flag != "N" and key in ("res", "flag")
            d.text(x, flow.y, t, size, FB if (abn and bold_abn) else F, align=al)
        flow.y += lead


# ----------------------------------------------------------------------------------------------
# DG3: coagulation with Patient and Control / Mean Normal columns
# ----------------------------------------------------------------------------------------------


def _dg3(name: str, rng: random.Random, v: int):
    sex, age = [("female", 78), ("male", 61), ("male", 67)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("helv", "hebo"), ("dv", "dvb"), ("dvc", "dvcb")][v]
    flags = [{"H": "H", "L": "L", "HH": "HH", "LL": "LL"}, {"H": "H", "L": "L"}, {"H": "*", "L": "*", "HH": "!!",
                                                                                 "LL": "!!"}][v]
    rows = []
    notes = []
    # ---------------- coagulation ----------------
    if v == 0:
        mnpt, isi = round(rng.uniform(11.8, 12.8), 1), rng.choice([0.98, 1.02, 1.05])
        inr = ctx.lab("inr", "r", "INR", None, rng.choice(["N", "H"]), ref=(2.0, 3.0), dec=1, rdec=1,
                      lim=None)
        pt_v = _round(mnpt * inr.value ** (1 / isi), 1)
        pt = ctx.add("pt", "s", "Prothrombin Time (PT)", pt_v, "s", (10.5, 13.5))
        aptt_c = round(rng.uniform(28.5, 31.0), 1)
        aptt = ctx.lab("aptt", "s", "APTT", "s", "N", ref=(25.0, 36.0))
        ratio = ctx.add("aptt_r", "r", "APTT Ratio", _round(aptt.value / aptt_c, 2), None, (0.80, 1.20))
        fib = ctx.lab("fib", "g_l", "Fibrinogen (Clauss)", "g/L", "N", ref=(1.5, 4.0))
        dd = ctx.lab("ddimer", "mg_l", "D-Dimer (FEU)", "mg/L", "N", ref=(None, 0.50))
        rows.append(("S", "COAGULATION SCREEN"))
        for r, ctrl, unit, ref in [(pt, _fmt(mnpt, 1), "s", "10.5 - 13.5"), (inr, "1.0", "", "2.0 - 3.0 (a)"),
                                   (aptt, _fmt(aptt_c, 1), "s", "25.0 - 36.0"), (ratio, "1.00", "", "0.80 - 1.20"),
                                   (fib, "2.8", "g/L", "1.5 - 4.0"), (dd, "-", "mg/L", "< 0.50")]:
            r.pflag = _pf(flags, r.flag)
            rows.append(("R", r, {"name": r.name, "res": r.vstr, "flag": r.pflag or "", "ctrl": ctrl,
                                  "unit": unit, "ref": ref}))
        notes = [f"Thromboplastin: recombinant human TF, ISI {isi:.2f}; MNPT {mnpt:.1f} s (geometric mean of 20 "
                 "normal donors). The Control column shows the mean normal value for each test; it is not a "
                 "patient result.",
                 "(a) Therapeutic range for warfarin in AF / VTE (target 2.5). Non-anticoagulated adults: "
                 "INR 0.8 - 1.2. Mechanical mitral valve: 2.5 - 3.5.",
                 "D-dimer is reported in fibrinogen-equivalent units (FEU). A value < 0.50 mg/L FEU, with a low "
                 "pre-test probability, makes VTE unlikely."]
        clin = "Atrial fibrillation. On warfarin - target INR 2.5 (range 2.0 - 3.0). Anticoagulant clinic review."
    elif v == 1:
        inr = ctx.lab("inr", "r", "INR", None, "N", ref=(0.9, 1.1), dec=2, rdec=1)
        mnpt, isi = round(rng.uniform(11.4, 12.4), 1), 1.08
        pt = ctx.add("pt", "s", "Prothrombin Time", _round(mnpt * inr.value ** (1 / isi), 1), "sec", (10.2, 12.9))
        aptt_c = round(rng.uniform(28.0, 30.5), 1)
        aptt = ctx.lab("aptt", "s", "Partial Thromboplastin Time, Activated (aPTT)", "sec", "N", ref=(24.0, 35.0))
        fib = ctx.lab("fib", "mg_dl", "Fibrinogen, Clauss", "mg/dL", "H", ref=(200, 400), lim=(420, 560))
        dd = ctx.lab("ddimer", "ng_ml", "D-Dimer", "ng/mL FEU", "H2", ref=(None, 500))
        tt = ctx.lab("tt", "s", "Thrombin Time", "sec", "N", ref=(14.0, 19.0))
        axa = ctx.lab("antixa", "iu_ml", "Anti-Xa (LMWH)", "IU/mL", rng.choice(["N", "H"]), ref=(0.50, 1.00))
        rows.append(("S", "HEMOSTASIS"))
        for r, ctrl, unit, ref in [(pt, _fmt(mnpt, 1), "sec", "10.2-12.9"), (inr, "1.00", "", "0.9-1.1"),
                                   (aptt, _fmt(aptt_c, 1), "sec", "24.0-35.0"), (tt, "16.2", "sec", "14.0-19.0"),
                                   (fib, "289", "mg/dL", "200-400"), (dd, "", "ng/mL FEU", "<500"),
                                   (axa, "", "IU/mL", "see note")]:
            r.pflag = _pf(flags, r.flag) if r is not axa else None
            rows.append(("R", r, {"name": r.name, "res": r.vstr, "flag": r.pflag or "", "ctrl": ctrl,
                                  "unit": unit, "ref": ref}))
        notes = [f"PT reagent ISI {isi:.2f}. 'Mean Normal' = laboratory mean normal plasma value (not a patient result).",
                 "Anti-Xa (LMWH, enoxaparin-calibrated), peak 4 h post dose. Targets: prophylaxis 0.20-0.50 IU/mL; "
                 "treatment q12h 0.50-1.00 IU/mL; treatment q24h 1.00-2.00 IU/mL.",
                 "For INR the therapeutic range in patients on warfarin is 2.0-3.0 (not applicable: no warfarin)."]
        clin = "Left femoral DVT. Enoxaparin 1 mg/kg SC q12h (treatment dose); drawn 4 h after the 3rd dose."
    else:
        inr = ctx.lab("inr", "r", "INR", None, "N", ref=(0.9, 1.3), dec=1, rdec=1)
        mnpt = round(rng.uniform(11.6, 12.4), 1)
        pt = ctx.add("pt", "s", "Prothrombin time", _round(mnpt * inr.value, 1),
                     "sec", (9.5, 13.0))
        aptt_c = round(rng.uniform(28.0, 31.0), 1)
        aptt = ctx.lab("aptt", "s", "APTT", "sec", "HH", ref=(24.0, 38.0))
        ratio = ctx.add("aptt_r", "r", "APTT ratio", _round(aptt.value / aptt_c, 2), None, (0.80, 1.20))
        tt = ctx.lab("tt", "s", "Thrombin clotting time", "sec", "H2", ref=(14.0, 19.0))
        fib = ctx.lab("fib", "g_l", "Fibrinogen (Clauss)", "g/L", "L", ref=(2.0, 4.0), lim=(1.45, 1.9))
        dd = ctx.lab("ddimer", "mg_l", "D-dimer, FEU", "mg/L", "H", ref=(None, 0.50), lim=(0.7, 1.6))
        rows.append(("S", "COAGULATION"))
        for r, ctrl, unit, ref in [(pt, _fmt(mnpt, 1), "sec", "9.5-13.0"), (inr, "", "", "0.9-1.3"),
                                   (aptt, _fmt(aptt_c, 1), "sec", "24-38"), (ratio, "", "", "0.80-1.20"),
                                   (tt, "16.8", "sec", "14-19"), (fib, "3.0", "g/L", "2.0-4.0"),
                                   (dd, "", "mg/L", "<0.50")]:
            r.pflag = _pf(flags, r.flag)
            rows.append(("R", r, {"name": r.name, "res": r.vstr + (" " + r.pflag if r.pflag else ""), "ctrl": ctrl,
                                  "unit": unit, "ref": ref}))
        notes = ["Control = normal control plasma run with this batch (not a patient result).",
                 f"!! APTT > 150 sec: critical result phoned to RMO Dr K. Sandhu at {_hm(rng, 11, 12)}. "
                 "Heparin infusion: the ward protocol anti-Xa target range is 0.3-0.7 U/mL.",
                 "* outside the reference interval."]
        clin = "Unfractionated heparin infusion post mechanical MVR. Oozing from line sites."
    # ---------------- FBC / chemistry ----------------
    red = _cbc_red(ctx, ["N", "N", "L"][v], "N", g_l=(v == 2))
    if v == 0:
        rows.append(("S", "FULL BLOOD COUNT"))
        hb = ctx.add("hgb", "g_dl", "Haemoglobin", red["hgb"], "g/dL", (11.5, 16.5))
        wbc = ctx.lab("wbc", "k", "White Cell Count", "x10^9/L", "N")
        plt = ctx.lab("plt", "k", "Platelets", "x10^9/L", "N")
        hct = ctx.add("hct", "pct", "Haematocrit", red["hct"], "%", (36.0, 46.0))
        mcv = ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (80.0, 100.0))
        mch = ctx.add("mch", "pg", "MCH", red["mch"], "pg", (27.0, 32.0))
        nt = ctx.lab("neut_a", "k", "Neutrophils", "x10^9/L", "N", ref=(2.0, 7.5), lim=(2.3, wbc.value * 0.72))
        ly = ctx.lab("lymph_a", "k", "Lymphocytes", "x10^9/L", "N", ref=(1.0, 4.0),
                     lim=(1.1, max(1.2, min(3.8, wbc.value - nt.value - 0.6))))
        mchc = ctx.add("mchc", "g_dl", "MCHC", red["mchc"], "g/dL", (31.5, 36.0))
        rdw = ctx.lab("rdw", "pct", "RDW", "%", "N", ref=(11.5, 15.0))
        chem = [(hb, "g/dL"), (wbc, "x10^9/L"), (plt, "x10^9/L"), (hct, "%"), (mcv, "fL"), (mch, "pg"),
                (mchc, "g/dL"), (rdw, "%"), (nt, "x10^9/L"), (ly, "x10^9/L")]
        rows_c = chem
        rows_c2 = []
        na = ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145))
        k = ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.3))
        ur = ctx.lab("urea", "mmol", "Urea", "mmol/L", "H", ref=(2.5, 7.8))
        cr = ctx.lab("creat", "umol", "Creatinine", "umol/L", "H", ref=(45, 84), lim=(92, 128))
        eg = _egfr_result(ctx, cr, "eGFR (CKD-EPI)", "mL/min/1.73m2", False, ref=(60, None))
        cl = ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(95, 108))
        bic = ctx.lab("hco3", "mmol", "Bicarbonate", "mmol/L", "N", ref=(22, 29))
        crp = ctx.lab("crp", "mg_l", "C-Reactive Protein", "mg/L", "N", ref=(None, 5.0))
        rows_c2 = [(na, "mmol/L"), (k, "mmol/L"), (cl, "mmol/L"), (bic, "mmol/L"), (ur, "mmol/L"),
                   (cr, "umol/L"), (eg, "mL/min/1.73m2"), (crp, "mg/L")]
        sec2 = "RENAL PROFILE"
    elif v == 1:
        rows.append(("S", "CBC"))
        wbc = ctx.lab("wbc", "k", "WBC", "10³/µL", "N", ref=(4.5, 11.0))
        hb = ctx.add("hgb", "g_dl", "Hemoglobin", red["hgb"], "g/dL", (13.5, 17.5))
        hct = ctx.add("hct", "pct", "Hematocrit", red["hct"], "%", (41.0, 53.0))
        mcv = ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (80.0, 100.0))
        plt = ctx.lab("plt", "k", "Platelet Count", "10³/µL", "N", ref=(150, 450))
        rbc = ctx.add("rbc", "m", "RBC", red["rbc"], "10⁶/µL", (4.50, 5.90))
        mch = ctx.add("mch", "pg", "MCH", red["mch"], "pg", (26.0, 34.0))
        mchc = ctx.add("mchc", "g_dl", "MCHC", red["mchc"], "g/dL", (31.0, 37.0))
        rdw = ctx.lab("rdw", "pct", "RDW", "%", "N", ref=(11.5, 14.5))
        rows_c = [(wbc, "10³/µL"), (rbc, "10⁶/µL"), (hb, "g/dL"), (hct, "%"), (mcv, "fL"), (mch, "pg"),
                  (mchc, "g/dL"), (rdw, "%"), (plt, "10³/µL")]
        na = ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(136, 145))
        k = ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.1))
        cl = ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107))
        co2 = ctx.lab("co2", "mmol", "CO2", "mmol/L", "N", ref=(22, 29))
        bun = ctx.lab("bun", "mg_dl", "BUN", "mg/dL", "N", ref=(8, 23))
        cr = ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", "N", ref=(0.70, 1.30))
        eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²", True, cap90=True, ref=(60, None), sep="")
        glu = ctx.lab("glu", "mg_dl", "Glucose", "mg/dL", "H", ref=(70, 99), lim=(112, 168))
        ca = ctx.lab("ca", "mg_dl", "Calcium", "mg/dL", "N", ref=(8.6, 10.3))
        rows_c2 = [(na, "mmol/L"), (k, "mmol/L"), (cl, "mmol/L"), (co2, "mmol/L"), (bun, "mg/dL"),
                   (cr, "mg/dL"), (eg, "mL/min/1.73m²"), (glu, "mg/dL"), (ca, "mg/dL")]
        sec2 = "BASIC METABOLIC PANEL"
    else:
        rows.append(("S", "FULL BLOOD EXAMINATION"))
        hb = ctx.add("hgb", "g_l", "Haemoglobin", red["hgb"], "g/L", (130, 180))
        hct = ctx.add("hct", "l_l", "Haematocrit", _round(red["hct"] / 100, 2), "L/L", (0.40, 0.54), dec=2, rdec=2)
        rbc = ctx.add("rbc", "m", "Red cell count", red["rbc"], "x10^12/L", (4.50, 6.50))
        mcv = ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (80, 98), rdec=0)
        wbc = ctx.lab("wbc", "k", "White cell count", "x10^9/L", "N")
        plt = ctx.lab("plt", "k", "Platelets", "x10^9/L", "L", ref=(150, 400), lim=(96, 138))
        mch = ctx.add("mch", "pg", "MCH", red["mch"], "pg", (27, 33), rdec=0)
        nt = ctx.lab("neut_a", "k", "Neutrophils", "x10^9/L", "N", ref=(2.0, 8.0), lim=(2.3, wbc.value * 0.74), dec=1,
                     rdec=1)
        ly = ctx.lab("lymph_a", "k", "Lymphocytes", "x10^9/L", "N", ref=(1.0, 4.0),
                     lim=(1.1, max(1.2, min(3.8, wbc.value - nt.value - 0.6))), dec=1, rdec=1)
        rows_c = [(hb, "g/L"), (hct, "L/L"), (rbc, "x10^12/L"), (mcv, "fL"), (mch, "pg"), (wbc, "x10^9/L"),
                  (nt, "x10^9/L"), (ly, "x10^9/L"), (plt, "x10^9/L")]
        na = ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145))
        k = ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.2))
        cl = ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(95, 110))
        bic = ctx.lab("hco3", "mmol", "Bicarbonate", "mmol/L", "N", ref=(22, 32))
        ur = ctx.lab("urea", "mmol", "Urea", "mmol/L", "N", ref=(3.0, 8.0))
        cr = ctx.lab("creat", "umol", "Creatinine", "umol/L", "N", ref=(60, 110))
        eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m2", False, cap90=True, ref=(59, None))
        mg = ctx.lab("mg", "mmol", "Magnesium", "mmol/L", "N", ref=(0.70, 1.10))
        crp = ctx.lab("crp", "mg_l", "CRP", "mg/L", "H", ref=(None, 5.0), dec=0, rdec=0, lim=(14, 48))
        rows_c2 = [(na, "mmol/L"), (k, "mmol/L"), (cl, "mmol/L"), (bic, "mmol/L"), (ur, "mmol/L"),
                   (cr, "umol/L"), (eg, "mL/min/1.73m2"), (mg, "mmol/L"), (crp, "mg/L")]
        sec2 = "ELECTROLYTES, UREA & CREATININE (EUC)"
    for block_i, block in enumerate([rows_c, rows_c2]):
        if block_i == 1:
            rows.append(("S", sec2))
        for r, unit in block:
            r.pflag = _pf(flags, r.flag)
            refs = _rs(r, sep=[" - ", "-", "-"][v], lt=["< ", "<", "<"][v], gt=["> ", ">", ">"][v])
            if r.key == "egfr" and v == 2:
                refs = ">59"
            res = r.vstr + (" " + r.pflag if (v == 2 and r.pflag) else "")
            rows.append(("R", r, {"name": r.name, "res": res, "flag": (r.pflag or "") if v != 2 else "",
                                  "ctrl": "", "unit": unit, "ref": refs}))
    # ---------------- render ----------------
    d = _Doc(595, 842)
    lab = [("Haematology Laboratory - St. Finbarr's University Hospital", "Wilton, Cork T12 DC4A  ·  INAB 241MT"),
           ("NORTHERN PLAINS HEALTH — Hemostasis & Thrombosis Laboratory", "2100 University Ave, Grand Forks ND 58203"
                                                                             "  ·  CLIA 35D1030457"),
           ("Harbourside Pathology – Haematology", "44 Pacific Hwy, Wollongong NSW 2500  ·  NATA 2019 / APA 210554")][v]
    pname = ["Mrs Bridget O'SULLIVAN", "KOWALCZYK, ANDRZEJ", "Mr Peter VASSALLO"][v]
    dob = _dob(rng, age, coll)
    acc = ["H26-" + str(rng.randint(100000, 999999)), f"C{rng.randint(10**8, 10**9 - 1)}",
           f"26-{rng.randint(1000000, 9999999)}"][v]
    ctime, rtime = _hm(rng, 7, 10), _hm(rng, 10, 12)
    datef = [_uk, _us, _uk][v]

    def header(d: _Doc, pno):
        y = 46
        d.text(50, y, lab[0], 12, FB)
        y += 12
        d.text(50, y, lab[1], 7.8, F, color=(0.3, 0.3, 0.3))
        y += 16
        d.rect(50, y - 10, 545, y + 29, color=(0.5, 0.5, 0.5), width=0.5)
        d.text(56, y, f"Patient: {pname}", 9, FB)
        d.text(330, y, f"DOB: {datef(dob)}  ({age}y)  Sex: {'F' if sex == 'female' else 'M'}", 8.5, F)
        y += 12
        d.text(56, y, f"Lab No: {acc}", 8.5, F)
        d.text(330, y, "Specimen: Citrated plasma (3.2%) / EDTA / Serum", 8.0, F)
        y += 12
        d.text(56, y, f"Collected: {datef(coll)} {ctime}", 8.5, F)
        d.text(330, y, f"Reported: {datef(coll)} {rtime}", 8.5, F)
        y += 22
        if pno == 1:
            d.text(50, y, "Clinical details:", 8.5, FB)
            y = d.para(128, y, clin, 417, 8.5, F, 10.5) + 8
        return y + 4

    flow = _Flow(d, header, 770)
    cols = [
        [("name", "Test", 50, "l"), ("res", "Patient", 250, "r"), ("flag", "Flag", 262, "l"),
         ("ctrl", "Control", 330, "r"), ("unit", "Units", 350, "l"), ("ref", "Reference Range", 420, "l")],
        [("name", "Test", 50, "l"), ("res", "Patient", 300, "r"), ("ctrl", "Mean Normal", 370, "r"),
         ("unit", "Units", 382, "l"), ("ref", "Ref. Interval", 448, "l"), ("flag", "Flag", 520, "l")],
        [("name", "Test", 50, "l"), ("res", "Patient", 215, "l"), ("ctrl", "Control", 300, "l"),
         ("unit", "Units", 360, "l"), ("ref", "Ref. Range", 430, "l")],
    ][v]
    _table(flow, cols, rows, F, FB, size=8.6, lead=12.0)
    flow.y += 8
    for n in notes:
        flow.need(24)
        flow.y = d.para(50, flow.y, n, 495, 7.8, F, 9.6) + 3
    flow.page_numbers(lambda d, i, n: d.text(545, 812, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 2, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG4: hormones with phase / sex / age reference tables
# ----------------------------------------------------------------------------------------------


def _tab_lines(table, dec, sep, lt="<"):
    out = []
    for label, lo, hi in table:
        if lo is None:
            rng_s = f"{lt}{_fmt(hi, dec)}"
        elif hi is None:
            rng_s = f">{_fmt(lo, dec)}"
        else:
            rng_s = f"{_fmt(lo, dec)}{sep}{_fmt(hi, dec)}"
        out.append(f"{label}: {rng_s}" if label else rng_s)
    return out


def _pick(table, label):
    for lab, lo, hi in table:
        if lab == label:
            return (lo, hi)
    raise KeyError(label)


def _dg4(name: str, rng: random.Random, v: int):
    sex, age = [("female", 34), ("female", 58), ("male", 45)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("dv", "dvb"), ("helv", "hebo"), ("dvc", "dvcb")][v]
    sep = [" – ", " - ", "–"][v]
    flags = [{"H": "H", "L": "L"}, {"H": "High", "L": "Low"}, {"H": "H", "L": "L"}][v]
    rows = []  # ("S", title) | ("R", r, unit, [ref lines]) | ("N", note)

    def row(r, unit, lines):
        r.pflag = _pf(flags, r.flag)
        rows.append(("R", r, unit, lines))

    if v == 0:
        ctime = f"{rng.randint(8, 9):02d}:{rng.randint(0, 59):02d}"
        phase = "Luteal"
        clin = ("Day 22 of a 28–32 day cycle (luteal phase). Irregular cycles, hirsutism – ?PCOS. "
                "Not on hormonal contraception.")
        fsh_t = [("Follicular", 3.5, 12.5), ("Mid-cycle", 4.7, 21.5), ("Luteal", 1.7, 7.7),
                 ("Post-menopausal", 25.8, 134.8), ("Male", 1.5, 12.4)]
        lh_t = [("Follicular", 2.4, 12.6), ("Mid-cycle", 14.0, 95.6), ("Luteal", 1.0, 11.4),
                ("Post-menopausal", 7.7, 58.5), ("Male", 1.7, 8.6)]
        e2_t = [("Follicular", 46, 607), ("Mid-cycle", 315, 1828), ("Luteal", 161, 774), ("Post-menopausal", None, 118),
                ("Male", 41, 159)]
        pg_t = [("Follicular", 0.2, 4.5), ("Luteal", 5.3, 86.0), ("Post-menopausal", None, 0.4), ("Male", 0.2, 0.5)]
        igf_t = [("16–24 y", 182, 780), ("25–39 y", 114, 492), ("40–54 y", 90, 360), ("55–74 y", 71, 290)]
        cort_t = [("Morning (07:00–10:00)", 166, 507), ("Afternoon (16:00–20:00)", 74, 291)]
        rows.append(("S", "REPRODUCTIVE HORMONES"))
        r = ctx.lab("fsh", "iu", "FSH", "IU/L", "N", ref=_pick(fsh_t, phase))
        row(r, "IU/L", _tab_lines(fsh_t, 1, sep))
        r = ctx.lab("lh", "iu", "LH", "IU/L", "H", ref=_pick(lh_t, phase), lim=(12.6, 17.8))
        row(r, "IU/L", _tab_lines(lh_t, 1, sep))
        r = ctx.lab("e2", "pmol", "Oestradiol", "pmol/L", "N", ref=_pick(e2_t, phase))
        row(r, "pmol/L", _tab_lines(e2_t, 0, sep))
        r = ctx.lab("prog", "nmol", "Progesterone", "nmol/L", "L", ref=_pick(pg_t, phase), lim=(1.2, 4.6))
        row(r, "nmol/L", _tab_lines(pg_t, 1, sep))
        rows.append(("N", "Luteal progesterone < 16 nmol/L suggests an anovulatory cycle (if sampled 7 days before "
                          "menses)."))
        r = ctx.lab("testo", "nmol", "Testosterone", "nmol/L", "H", ref=(0.29, 1.67), lim=(2.1, 3.2))
        row(r, "nmol/L", _tab_lines([("Female", 0.29, 1.67), ("Male", 8.64, 29.0)], 2, sep))
        r = ctx.lab("shbg", "nmol", "SHBG", "nmol/L", "L", ref=(32, 128), lim=(19, 29))
        row(r, "nmol/L", _tab_lines([("Female", 32, 128), ("Male", 18, 54)], 0, sep))
        rows.append(("S", "ADRENAL / PITUITARY"))
        r = ctx.lab("cortisol", "nmol", "Cortisol", "nmol/L", "N", ref=_pick(cort_t, "Morning (07:00–10:00)"))
        row(r, "nmol/L", _tab_lines(cort_t, 0, sep))
        r = ctx.lab("igf1", "ng_ml", "IGF-1", "ng/mL", "N", ref=_pick(igf_t, "25–39 y"))
        row(r, "ng/mL", _tab_lines(igf_t, 0, sep))
        rows.append(("S", "THYROID FUNCTION"))
        row(ctx.lab("tsh", "miu", "TSH", "mIU/L", "N", ref=(0.27, 4.20)), "mIU/L", ["0.27 – 4.20"])
        row(ctx.lab("ft4", "pmol", "Free T4", "pmol/L", "N", ref=(12.0, 22.0)), "pmol/L", ["12.0 – 22.0"])
        row(ctx.lab("ft3", "pmol", "Free T3", "pmol/L", "N", ref=(3.1, 6.8)), "pmol/L", ["3.1 – 6.8"])
        row(ctx.lab("tpo", "iu_ml", "Anti-TPO antibodies", "IU/mL", "N", ref=(None, 34)), "IU/mL", ["< 34"])
        rows.append(("S", "METABOLIC"))
        row(ctx.lab("glu", "mmol", "Glucose (fasting)", "mmol/L", "N", ref=(3.9, 6.0)), "mmol/L", ["3.9 – 6.0"])
        row(ctx.lab("insulin", "uiu", "Insulin (fasting)", "mU/L", "H", ref=(2.6, 24.9), lim=(27, 41)), "mU/L",
            ["2.6 – 24.9"])
        row(ctx.lab("a1c", "mmol_mol", "HbA1c (IFCC)", "mmol/mol", "N", ref=(20, 41)), "mmol/mol", ["20 – 41"])
        tc = ctx.lab("chol", "mmol", "Cholesterol", "mmol/L", "N", ref=(None, 5.0))
        row(tc, "mmol/L", ["< 5.0"])
        hdl = ctx.lab("hdl", "mmol", "HDL cholesterol", "mmol/L", "N", ref=(1.2, None), lim=(1.25, 1.7))
        row(hdl, "mmol/L", ["> 1.2"])
        tg = ctx.lab("tg", "mmol", "Triglycerides", "mmol/L", "N", ref=(None, 1.7), lim=(0.6, 1.5))
        row(tg, "mmol/L", ["< 1.7"])
        ldl = _ldl(ctx, tc, hdl, tg, True, "LDL cholesterol (calc.)", "mmol/L", (None, 3.0))
        row(ldl, "mmol/L", ["< 3.0"])
        rows.append(("S", "RENAL"))
        row(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(133, 146)), "mmol/L", ["133 – 146"])
        row(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.3)), "mmol/L", ["3.5 – 5.3"])
        cr = ctx.lab("creat", "umol", "Creatinine", "µmol/L", "N", ref=(45, 84))
        row(cr, "µmol/L", ["45 – 84"])
        lab = ("Women's Health & Endocrine Laboratory", "Rotunda Square Clinics, Parnell St, Dublin 1  ·  "
                                                         "Tel 01 555 7700")
        pname, spec = "Ms Aoibheann KAVANAGH", "Serum (SST); fluoride oxalate for glucose"
        datef = lambda x: _uk(x)  # noqa: E731
    elif v == 1:
        ctime = f"{rng.randint(15, 17):02d}:{rng.randint(0, 59):02d}"
        phase = "Postmenopausal"
        clin = "Postmenopausal (LMP 2019). Fatigue, weight gain, cold intolerance. No HRT."
        fsh_t = [("Follicular", 3.5, 12.5), ("Midcycle", 4.7, 21.5), ("Luteal", 1.7, 7.7),
                 ("Postmenopausal", 25.8, 134.8)]
        lh_t = [("Follicular", 2.4, 12.6), ("Midcycle", 14.0, 95.6), ("Luteal", 1.0, 11.4),
                ("Postmenopausal", 7.7, 58.5)]
        e2_t = [("Follicular", 12.5, 166.0), ("Midcycle", 85.8, 498.0), ("Luteal", 43.8, 211.0),
                ("Postmenopausal", None, 54.7)]
        pg_t = [("Follicular", 0.06, 0.89), ("Luteal", 1.83, 23.9), ("Postmenopausal", None, 0.20)]
        dh_t = [("18-29 y", 45, 380), ("30-39 y", 40, 325), ("40-49 y", 25, 220), ("50-59 y", 15, 170),
                ("60-69 y", 10, 130), ("70+ y", 7, 90)]
        cort_t = [("AM (7-10 a.m.)", 6.2, 19.4), ("PM (3-8 p.m.)", 2.3, 11.9)]
        rows.append(("S", "FEMALE HORMONE PANEL"))
        row(ctx.lab("fsh", "iu", "FSH", "mIU/mL", "N", ref=_pick(fsh_t, phase)), "mIU/mL", _tab_lines(fsh_t, 1, sep))
        row(ctx.lab("lh", "iu", "LH", "mIU/mL", "N", ref=_pick(lh_t, phase)), "mIU/mL", _tab_lines(lh_t, 1, sep))
        e2 = ctx.add("e2", "pg_ml", "Estradiol", 5.0, "pg/mL", _pick(e2_t, phase), comp="<", vstr="<5.0", dec=1)
        row(e2, "pg/mL", _tab_lines(e2_t, 1, sep))
        row(ctx.lab("prog", "ng_ml", "Progesterone", "ng/mL", "N", ref=_pick(pg_t, phase), lim=(0.06, 0.17)),
            "ng/mL", _tab_lines(pg_t, 2, sep))
        row(ctx.lab("prl", "ng_ml", "Prolactin", "ng/mL", "N", ref=(4.8, 23.3)), "ng/mL",
            _tab_lines([("Female (non-pregnant)", 4.8, 23.3), ("Male", 4.0, 15.2)], 1, sep))
        row(ctx.lab("testo", "ng_dl", "Testosterone, Total", "ng/dL", "N", ref=(8, 48)), "ng/dL",
            _tab_lines([("Female", 8, 48), ("Male", 264, 916)], 0, sep))
        row(ctx.lab("shbg", "nmol", "SHBG", "nmol/L", "N", ref=(17, 124)), "nmol/L",
            _tab_lines([("Female", 17, 124), ("Male", 16, 55)], 0, sep))
        row(ctx.lab("dheas", "ug_dl", "DHEA-Sulfate", "ug/dL", "N", ref=_pick(dh_t, "50-59 y")), "ug/dL",
            ["Female:"] + _tab_lines(dh_t, 0, sep))
        rows.append(("S", "ADRENAL"))
        row(ctx.lab("cortisol", "ug_dl", "Cortisol, Serum", "ug/dL", "N", ref=_pick(cort_t, "PM (3-8 p.m.)")),
            "ug/dL", _tab_lines(cort_t, 1, sep))
        rows.append(("S", "THYROID"))
        row(ctx.lab("tsh", "miu", "TSH, 3rd Generation", "uIU/mL", "H", ref=(0.45, 4.50), lim=(6.2, 11.5)),
            "uIU/mL", ["0.45 - 4.50"])
        row(ctx.lab("ft4", "ng_dl", "Free T4", "ng/dL", "N", ref=(0.82, 1.77), lim=(0.86, 1.1)), "ng/dL",
            ["0.82 - 1.77"])
        row(ctx.lab("ft3", "pg_ml", "Free T3", "pg/mL", "N", ref=(2.00, 4.40)), "pg/mL", ["2.00 - 4.40"])
        row(ctx.lab("tpo", "iu_ml", "Thyroid Peroxidase (TPO) Ab", "IU/mL", "H2", ref=(None, 34)), "IU/mL", ["<34"])
        rows.append(("S", "CHEMISTRY"))
        row(ctx.lab("glu", "mg_dl", "Glucose", "mg/dL", "N", ref=(65, 99)), "mg/dL", ["65 - 99"])
        row(ctx.lab("insulin", "uiu", "Insulin", "uIU/mL", "N", ref=(2.6, 24.9)), "uIU/mL", ["2.6 - 24.9"])
        row(ctx.lab("a1c", "pct", "Hemoglobin A1c", "%", "N", ref=(4.8, 5.6), lim=(5.0, 5.5)), "%", ["4.8 - 5.6"])
        tc = ctx.lab("chol", "mg_dl", "Cholesterol, Total", "mg/dL", "H", ref=(100, 199), lim=(212, 248))
        row(tc, "mg/dL", ["100 - 199"])
        tg = ctx.lab("tg", "mg_dl", "Triglycerides", "mg/dL", "N", ref=(0, 149), lim=(80, 140))
        row(tg, "mg/dL", ["0 - 149"])
        hdl = ctx.lab("hdl", "mg_dl", "HDL Cholesterol", "mg/dL", "N", ref=(39, None), lim=(48, 66))
        row(hdl, "mg/dL", [">39"])
        ldl = _ldl(ctx, tc, hdl, tg, False, "LDL-C (calculated)", "mg/dL", (0, 99))
        row(ldl, "mg/dL", ["0 - 99"])
        row(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(134, 144)), "mmol/L", ["134 - 144"])
        row(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.2)), "mmol/L", ["3.5 - 5.2"])
        row(ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", "N", ref=(0.57, 1.00)), "mg/dL", ["0.57 - 1.00"])
        lab = ("MERIDIAN REFERENCE LABORATORIES - Endocrine Testing", "4500 Research Pkwy, Durham NC 27703  |  "
                                                                      "CLIA 34D0655059  |  CAP 7191582")
        pname, spec = "WASHINGTON-REYES, CAROL A", "Serum"
        datef = _us
    else:
        ctime = f"{rng.randint(7, 8):02d}:{rng.randint(10, 59):02d}"
        clin = "Fatigue, low libido, ?hypogonadism. Fasting morning collection."
        lh_t = [("Male", 1.7, 8.6), ("Female follicular", 2.4, 12.6), ("Female mid-cycle", 14.0, 95.6),
                ("Female luteal", 1.0, 11.4), ("Female post-menopausal", 7.7, 58.5)]
        fsh_t = [("Male", 1.5, 12.4), ("Female follicular", 3.5, 12.5), ("Female mid-cycle", 4.7, 21.5),
                 ("Female luteal", 1.7, 7.7), ("Female post-menopausal", 25.8, 134.8)]
        e2_t = [("Male", 41, 159), ("Female follicular", 46, 607), ("Female luteal", 161, 774),
                ("Female post-menopausal", None, 118)]
        igf_t = [("21–30 y", 117, 329), ("31–40 y", 100, 289), ("41–50 y", 84, 270), ("51–60 y", 71, 263),
                 ("61–70 y", 64, 247)]
        psa_t = [("40–49 y", None, 2.5), ("50–59 y", None, 3.5), ("60–69 y", None, 4.5), ("≥70 y", None, 6.5)]
        cort_t = [("0700–1000 h", 133, 537), ("1600–2000 h", 68, 327)]
        rows.append(("S", "ANDROGENS & GONADOTROPHINS"))
        row(ctx.lab("testo", "nmol", "Testosterone", "nmol/L", "L", ref=(8.6, 29.0), lim=(6.2, 8.2)), "nmol/L",
            _tab_lines([("Male", 8.6, 29.0), ("Female", 0.3, 1.7)], 1, sep))
        row(ctx.lab("shbg", "nmol", "SHBG", "nmol/L", "N", ref=(18, 54)), "nmol/L",
            _tab_lines([("Male", 18, 54), ("Female", 32, 128)], 0, sep))
        row(ctx.lab("lh", "iu", "LH", "IU/L", "N", ref=_pick(lh_t, "Male")), "IU/L", _tab_lines(lh_t, 1, sep))
        row(ctx.lab("fsh", "iu", "FSH", "IU/L", "N", ref=_pick(fsh_t, "Male")), "IU/L", _tab_lines(fsh_t, 1, sep))
        row(ctx.lab("e2", "pmol", "Oestradiol", "pmol/L", "N", ref=_pick(e2_t, "Male")), "pmol/L",
            _tab_lines(e2_t, 0, sep))
        rows.append(("S", "ADRENAL / GROWTH"))
        row(ctx.lab("cortisol", "nmol", "Cortisol (AM)", "nmol/L", "N", ref=_pick(cort_t, "0700–1000 h")), "nmol/L",
            _tab_lines(cort_t, 0, sep))
        row(ctx.lab("igf1", "ng_ml", "IGF-1", "ng/mL", "N", ref=_pick(igf_t, "41–50 y")), "ng/mL",
            _tab_lines(igf_t, 0, sep))
        row(ctx.lab("psa", "ng_ml", "PSA (total)", "ug/L", "N", ref=_pick(psa_t, "40–49 y"), lim=(0.4, 1.9)), "ug/L",
            _tab_lines(psa_t, 1, sep))
        rows.append(("S", "THYROID"))
        row(ctx.lab("tsh", "miu", "TSH", "mIU/L", "N", ref=(0.40, 4.00)), "mIU/L", ["0.40–4.00"])
        row(ctx.lab("ft4", "pmol", "Free T4", "pmol/L", "N", ref=(10.0, 20.0)), "pmol/L", ["10.0–20.0"])
        row(ctx.lab("ft3", "pmol", "Free T3", "pmol/L", "N", ref=(3.5, 6.5)), "pmol/L", ["3.5–6.5"])
        rows.append(("S", "GENERAL CHEMISTRY"))
        row(ctx.lab("glu", "mmol", "Glucose (fasting)", "mmol/L", "H", ref=(3.0, 5.4), lim=(5.7, 6.6)), "mmol/L",
            ["3.0–5.4"])
        row(ctx.lab("a1c", "pct", "HbA1c", "%", "N", ref=(None, 6.0), lim=(5.3, 5.9)), "%", ["<6.0"])
        tc = ctx.lab("chol", "mmol", "Cholesterol", "mmol/L", "H", ref=(None, 5.5), lim=(5.7, 6.5))
        row(tc, "mmol/L", ["<5.5"])
        tg = ctx.lab("tg", "mmol", "Triglyceride", "mmol/L", "N", ref=(None, 2.0), lim=(0.8, 1.9))
        row(tg, "mmol/L", ["<2.0"])
        hdl = ctx.lab("hdl", "mmol", "HDL Cholesterol", "mmol/L", "N", ref=(1.0, None), lim=(1.05, 1.4))
        row(hdl, "mmol/L", [">1.0"])
        ldl = _ldl(ctx, tc, hdl, tg, True, "LDL Cholesterol", "mmol/L", (None, 3.5))
        row(ldl, "mmol/L", ["<3.5"])
        row(ctx.lab("ferritin", "ng_ml", "Ferritin", "ug/L", "N", ref=(30, 500)), "ug/L", ["30–500"])
        hb = ctx.lab("hgb", "g_l", "Haemoglobin", "g/L", "N", ref=(130, 180))
        row(hb, "g/L", ["130–180"])
        hct = ctx.add("hct", "l_l", "Haematocrit", _round(hb.value / rng.uniform(330, 345), 2), "L/L", (0.40, 0.54),
                      dec=2, rdec=2)
        row(hct, "L/L", ["0.40–0.54"])
        cr = ctx.lab("creat", "umol", "Creatinine", "umol/L", "N", ref=(60, 110))
        row(cr, "umol/L", ["60–110"])
        eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²", False, cap90=True)
        row(eg, "mL/min/1.73m²", [">60"])
        lab = ("Coral Coast Pathology — Endocrinology", "12 Sheridan St, Cairns QLD 4870  ·  NATA Accred. 3167  ·  "
                                                         "ABN 42 118 555 901")
        pname, spec = "Mr Tomasz NOWAK", "Serum (gold top), fasting"
        datef = lambda x: _uk(x)  # noqa: E731
    # ---------------- render ----------------
    d = _Doc(595, 842)
    dob = _dob(rng, age, coll)
    acc = f"{['E', 'MRL', 'CC'][v]}{rng.randint(10**6, 10**7 - 1)}"

    def header(d: _Doc, pno):
        y = 48
        d.text(48, y, lab[0], 12.5, FB)
        y += 12
        d.text(48, y, lab[1], 7.8, F, color=(0.3, 0.3, 0.3))
        y += 8
        d.line(48, y, 547, y, 0.8)
        y += 14
        d.text(48, y, f"Patient: {pname}", 9, FB)
        d.text(330, y, f"Lab ID: {acc}", 8.5, F)
        y += 11.5
        d.text(48, y, f"DOB: {datef(dob)}   Age: {age}   Sex: {sex.capitalize()}", 8.5, F)
        d.text(330, y, f"Specimen: {spec}", 8.2, F)
        y += 11.5
        d.text(48, y, f"Collected: {datef(coll)} {ctime}", 8.5, F)
        d.text(330, y, f"Received: {datef(coll)}   Reported: {datef(coll + _dt.timedelta(days=1))}", 8.2, F)
        y += 11.5
        if pno == 1:
            d.text(48, y, "Clinical details:" if v != 1 else "Clinical Information:", 8.5, FB)
            y = d.para(150, y, clin, 397, 8.5, F, 10.5)
        y += 4
        d.line(48, y, 547, y, 0.5)
        return y + 14

    flow = _Flow(d, header, 780)
    size, lead = 8.8, 11.0

    def colhead():
        for x, t in zip([48, 272, 300, 350, 410], ["Test", "Result", "Flag", "Units", "Reference interval"]):
            d.text(x, flow.y, t, 8.6, FB, align="r" if t == "Result" else "l")
        d.line(48, flow.y + 3, 547, flow.y + 3, 0.4)
        flow.y += lead + 3

    colhead()
    for item in rows:
        if item[0] == "S":
            flow.need(lead * 3)
            flow.y += 4
            d.text(48, flow.y, item[1], 9.2, FB)
            flow.y += lead + 1
            continue
        if item[0] == "N":
            flow.y = d.para(62, flow.y, item[1], 480, 7.6, F, 9.2) + 2
            continue
        r, unit, lines = item[1], item[2], item[3]
        before = len(d.pages)
        flow.need(lead * max(1, len(lines)))
        if len(d.pages) != before:
            colhead()
        bold = r.flag != "N"
        d.text(48, flow.y, r.name, size, F)
        d.text(272, flow.y, r.vstr, size, FB if bold else F, align="r")
        if r.pflag:
            d.text(300, flow.y, r.pflag, size, FB)
        d.text(350, flow.y, unit, size, F)
        yy = flow.y
        for ln in lines:
            d.text(410, yy, ln, size - 0.6, F)
            yy += lead - 1.2
        flow.y = max(flow.y + lead, yy) + 1.5
    flow.y += 8
    flow.need(40)
    foot = ["Reference intervals depend on sex, age, cycle phase and collection time; the patient's interval is the "
            "one matching the details above.",
            "Reference intervals for the menstrual cycle are method-specific (electrochemiluminescence immunoassay).",
            "Results should be interpreted in conjunction with clinical findings. Tests performed at Cairns "
            "laboratory."][v]
    d.para(48, flow.y, foot, 499, 7.6, F, 9.2)
    flow.page_numbers(lambda d, i, n: d.text(547, 815, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 3, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG5: patient-friendly result cards, two per row
# ----------------------------------------------------------------------------------------------

_GREEN, _AMBER, _RED, _BLUE = (0.16, 0.62, 0.36), (0.95, 0.62, 0.1), (0.85, 0.2, 0.2), (0.2, 0.45, 0.8)


def _dg5(name: str, rng: random.Random, v: int):
    sex, age = [("male", 56), ("female", 44), ("female", 38)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("dv", "dvb"), ("dvc", "dvcb"), ("helv", "hebo")][v]
    cards = []  # (r, unit, mode, reftext, description)

    def bar(r, unit, desc, dec=None):
        cards.append((r, unit, "bar", None, desc, dec))

    def txt(r, unit, reftext, desc):
        cards.append((r, unit, "text", reftext, desc, None))

    if v == 0:
        g = ctx.lab("glu", "mg_dl", "Glucose", "mg/dL", "H", ref=(70, 99), lim=(104, 124))
        bar(g, "mg/dL", "Blood sugar after an overnight fast.")
        a1 = ctx.lab("a1c", "pct", "Hemoglobin A1c", "%", "H", ref=(None, 5.7), lim=(5.8, 6.3))
        txt(a1, "%", "Normal: < 5.7 %", "Average blood sugar over the past 2–3 months.")
        tc = ctx.lab("chol", "mg_dl", "Total Cholesterol", "mg/dL", "H", ref=(None, 200), lim=(205, 236))
        txt(tc, "mg/dL", "Desirable: < 200 mg/dL", "All the cholesterol carried in your blood.")
        hdl = ctx.lab("hdl", "mg_dl", "HDL Cholesterol", "mg/dL", "L", ref=(40, None), lim=(32, 38))
        txt(hdl, "mg/dL", "Desirable: ≥ 40 mg/dL", "The 'good' cholesterol.")
        tg = ctx.lab("tg", "mg_dl", "Triglycerides", "mg/dL", "H", ref=(None, 150), lim=(160, 210))
        txt(tg, "mg/dL", "Normal: < 150 mg/dL", "Fats from food stored for energy.")
        ldl = _ldl(ctx, tc, hdl, tg, False, "LDL Cholesterol", "mg/dL", (None, 100))
        txt(ldl, "mg/dL", "Optimal: < 100", "The 'bad' cholesterol that builds up in arteries.")
        nh = ctx.add("nonhdl", "mg_dl", "Non-HDL Cholesterol", tc.value - hdl.value, "mg/dL", (None, 130))
        txt(nh, "mg/dL", "Goal: < 130 mg/dL", "Total minus HDL cholesterol.")
        bar(ctx.lab("alt", "ul", "ALT", "U/L", "H", ref=(7, 56), lim=(60, 84)), "U/L", "A liver enzyme.")
        bar(ctx.lab("ast", "ul", "AST", "U/L", "N", ref=(10, 40)), "U/L", "A liver and muscle enzyme.")
        bar(ctx.lab("alp", "ul", "Alkaline Phosphatase", "U/L", "N", ref=(44, 147)), "U/L", "Liver and bone enzyme.")
        bar(ctx.lab("tbil", "mg_dl", "Bilirubin", "mg/dL", "N", ref=(0.1, 1.2)), "mg/dL", "A breakdown product of red "
                                                                                        "cells.")
        bar(ctx.lab("alb", "g_dl", "Albumin", "g/dL", "N", ref=(3.5, 5.0)), "g/dL", "The main blood protein.")
        cr = ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", "N", ref=(0.74, 1.35))
        bar(cr, "mg/dL", "A waste product filtered by the kidneys.")
        eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²", True)
        txt(eg, "mL/min/1.73m²", "Normal: > 60", "How well your kidneys filter.")
        bar(ctx.lab("bun", "mg_dl", "BUN", "mg/dL", "N", ref=(6, 24)), "mg/dL", "Urea nitrogen, a kidney marker.")
        bar(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145)), "mmol/L", "A salt that balances fluids.")
        bar(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.2)), "mmol/L", "Needed for heart rhythm.")
        bar(ctx.lab("ca", "mg_dl", "Calcium", "mg/dL", "N", ref=(8.7, 10.2)), "mg/dL", "Bones, nerves and muscles.")
        bar(ctx.lab("tsh", "miu", "TSH", "mIU/L", "N", ref=(0.45, 4.50)), "mIU/L", "Thyroid-stimulating hormone.")
        bar(ctx.lab("b12", "pg_ml", "Vitamin B12", "pg/mL", "N", ref=(232, 1245)), "pg/mL", "Nerves and red cells.")
        bar(ctx.lab("ferritin", "ng_ml", "Ferritin", "ng/mL", "N", ref=(30, 400)), "ng/mL", "Your iron stores.")
        bar(ctx.lab("hgb", "g_dl", "Hemoglobin", "g/dL", "N", ref=(13.2, 16.6)), "g/dL", "Carries oxygen.")
        bar(ctx.lab("wbc", "k", "White Blood Cells", "x10³/µL", "N", ref=(3.4, 9.6)), "x10³/µL", "Fight infection.")
        bar(ctx.lab("plt", "k", "Platelets", "x10³/µL", "N", ref=(135, 317)), "x10³/µL", "Help blood clot.")
        hs = ctx.lab("hscrp", "mg_l", "hs-CRP", "mg/L", "H", ref=(None, 3.0), lim=(3.4, 6.8), dec=1, rdec=1)
        txt(hs, "mg/L", "Lower risk: < 3.0 mg/L", "Inflammation marker for heart risk.")
        words = {"N": "Normal", "H": "High", "L": "Low"}
        border = {"chol", "tg", "nonhdl", "a1c", "ldl"}
        title = "Your Wellness Screening Results"
        org = "BrightPath Employee Wellness · Lab services by Summit Diagnostics, Phoenix AZ"
        pname = "Rafael M. Ortega"
        datef = _us
    elif v == 1:
        bar(ctx.lab("hgb", "g_l", "Haemoglobin", "g/L", "L", ref=(120, 150), lim=(104, 116)), "g/L",
            "Oxygen-carrying protein in red cells.")
        bar(ctx.lab("ferritin", "ng_ml", "Ferritin", "µg/L", "L", ref=(15, 150), lim=(5, 12)), "µg/L", "Iron stores.")
        bar(ctx.lab("b12", "pg_ml", "Vitamin B12", "ng/L", "N", ref=(197, 771)), "ng/L", "Needed for nerves and blood.")
        bar(ctx.lab("folate", "ng_ml", "Folate", "µg/L", "N", ref=(3.9, 26.8)), "µg/L", "A B vitamin.")
        bar(ctx.lab("wbc", "k", "White cell count", "x10⁹/L", "N", ref=(4.0, 11.0)), "x10⁹/L", "Infection fighters.")
        bar(ctx.lab("plt", "k", "Platelets", "x10⁹/L", "N", ref=(150, 400)), "x10⁹/L", "Clotting cells.")
        mcv = ctx.lab("mcv", "fl", "MCV", "fL", "L", ref=(80, 100), lim=(74.0, 78.9), rdec=0)
        bar(mcv, "fL", "Average red cell size.")
        a1 = ctx.lab("a1c", "mmol_mol", "HbA1c", "mmol/mol", "H", ref=(None, 42), lim=(43, 46))
        txt(a1, "mmol/mol", "Normal: below 42 mmol/mol", "Blood sugar over 3 months. 42–47 = pre-diabetes.")
        tc = ctx.lab("chol", "mmol", "Total cholesterol", "mmol/L", "N", ref=(None, 5.0), lim=(4.1, 4.9))
        txt(tc, "mmol/L", "Target: < 5.0", "All cholesterol.")
        hdl = ctx.lab("hdl", "mmol", "HDL cholesterol", "mmol/L", "N", ref=(1.2, None), lim=(1.3, 1.8))
        txt(hdl, "mmol/L", "Target: > 1.2", "Protective cholesterol.")
        ratio = ctx.add("chol_hdl", "ratio", "Cholesterol/HDL ratio", _round(tc.value / hdl.value, 1), None,
                        (None, 4.5), dec=1)
        txt(ratio, "", "Target: < 4.5", "Used in heart-risk (QRISK) scores.")
        nh = ctx.add("nonhdl", "mmol", "Non-HDL cholesterol", _round(tc.value - hdl.value, 1), "mmol/L", (None, 4.0))
        txt(nh, "mmol/L", "Target: < 4.0", "Total minus HDL.")
        bar(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(133, 146)), "mmol/L", "Salt balance.")
        bar(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.3)), "mmol/L", "Heart and muscle function.")
        cr = ctx.lab("creat", "umol", "Creatinine", "µmol/L", "N", ref=(45, 84))
        bar(cr, "µmol/L", "Kidney waste product.")
        eg = _egfr_result(ctx, cr, "eGFR", "mL/min/1.73m²", False, cap90=True, ref=(90, None))
        if eg.comp is None:
            raise _Retry("egfr card")
        txt(eg, "mL/min/1.73m²", "Normal: above 90", "Kidney filtering rate.")
        bar(ctx.lab("alt", "ul", "ALT", "U/L", "N", ref=(0, 33)), "U/L", "Liver enzyme.")
        bar(ctx.lab("alp", "ul", "Alkaline phosphatase", "U/L", "N", ref=(30, 130)), "U/L", "Liver and bone enzyme.")
        bar(ctx.lab("alb", "g_l", "Albumin", "g/L", "N", ref=(35, 50)), "g/L", "Main blood protein.")
        bar(ctx.lab("tbil", "umol", "Bilirubin", "µmol/L", "N", ref=(0, 21), lim=(4, 16)), "µmol/L", "Liver pigment.")
        bar(ctx.lab("ca", "mmol", "Calcium (adjusted)", "mmol/L", "N", ref=(2.20, 2.60)), "mmol/L", "Bone mineral.")
        bar(ctx.lab("tsh", "miu", "TSH", "mU/L", "N", ref=(0.27, 4.20)), "mU/L", "Thyroid control hormone.")
        bar(ctx.lab("ft4", "pmol", "Free T4", "pmol/L", "N", ref=(12.0, 22.0)), "pmol/L", "Thyroid hormone.")
        crp = ctx.add("crp", "mg_l", "CRP", 4.0, "mg/L", (None, 5.0), comp="<", vstr="<4")
        txt(crp, "mg/L", "Normal: < 5", "Inflammation marker.")
        words = {"N": "Normal", "H": "High", "L": "Low"}
        border = {"a1c"}
        title = "My test results"
        org = "Exported from MyGP Online · Results from Queen's Park Pathology (NHS), Leeds"
        pname = "Ms Harriet Ashworth"
        datef = _uk
    else:
        bar(ctx.lab("hgb", "g_dl", "Hemoglobin", "g/dL", "N", ref=(12.0, 15.0)), "g/dL", "Oxygen carrier")
        bar(ctx.lab("wbc", "cumm", "Total WBC Count", "/cumm", "N", ref=(4000, 10000)), "/cumm", "Immunity cells")
        bar(ctx.lab("plt", "lakh", "Platelet Count", "lakhs/cumm", "N", ref=(1.50, 4.10)), "lakhs/cumm",
            "Clotting cells")
        bar(ctx.lab("esr", "mmhr", "ESR", "mm/hr", "H", ref=(0, 20), lim=(26, 38)), "mm/hr", "Inflammation")
        fbs = ctx.lab("glu", "mg_dl", "Fasting Blood Sugar", "mg/dL", "H", ref=(70, 100), lim=(104, 122))
        bar(fbs, "mg/dL", "Sugar after 10-12 h fasting")
        a1 = ctx.lab("a1c", "pct", "HbA1c", "%", "H", ref=(None, 5.7), lim=(5.8, 6.3))
        txt(a1, "%", "Normal: < 5.7 %", "3-month sugar average")
        tc = ctx.lab("chol", "mg_dl", "Total Cholesterol", "mg/dL", "H", ref=(None, 200), lim=(204, 232))
        txt(tc, "mg/dL", "Desirable: < 200 mg/dL", "Cholesterol")
        tg = ctx.lab("tg", "mg_dl", "Triglycerides", "mg/dL", "N", ref=(None, 150), lim=(90, 145))
        txt(tg, "mg/dL", "Normal: < 150 mg/dL", "Blood fats")
        hdl = ctx.lab("hdl", "mg_dl", "HDL Cholesterol", "mg/dL", "N", ref=(50, None), lim=(52, 64))
        txt(hdl, "mg/dL", "Desirable: > 50 mg/dL", "Good cholesterol")
        ldl = _ldl(ctx, tc, hdl, tg, False, "LDL Cholesterol", "mg/dL", (None, 100))
        txt(ldl, "mg/dL", "Optimal: < 100", "Bad cholesterol")
        vl = ctx.add("vldl", "mg_dl", "VLDL Cholesterol", _round(tg.value / 5, 0), "mg/dL", (5, 40))
        bar(vl, "mg/dL", "Calculated (TG/5)")
        bar(ctx.lab("t3", "ng_dl", "Total T3", "ng/dL", "N", ref=(80, 200)), "ng/dL", "Thyroid hormone")
        bar(ctx.lab("t4", "ug_dl", "Total T4", "µg/dL", "N", ref=(5.1, 14.1)), "µg/dL", "Thyroid hormone")
        bar(ctx.lab("tsh", "miu", "TSH", "µIU/mL", "H", ref=(0.27, 4.20), lim=(4.8, 7.9)), "µIU/mL",
            "Thyroid stimulating hormone")
        bar(ctx.lab("tbil", "mg_dl", "Bilirubin Total", "mg/dL", "N", ref=(0.3, 1.2)), "mg/dL", "Liver pigment")
        bar(ctx.lab("ast", "ul", "SGOT (AST)", "U/L", "N", ref=(5, 40)), "U/L", "Liver enzyme")
        bar(ctx.lab("alt", "ul", "SGPT (ALT)", "U/L", "N", ref=(7, 45)), "U/L", "Liver enzyme")
        bar(ctx.lab("alp", "ul", "Alkaline Phosphatase", "U/L", "N", ref=(44, 147)), "U/L", "Liver/bone enzyme")
        bar(ctx.lab("urea", "mg_dl", "Urea", "mg/dL", "N", ref=(17, 43)), "mg/dL", "Kidney marker")
        bar(ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", "N", ref=(0.55, 1.02)), "mg/dL", "Kidney marker")
        bar(ctx.lab("urate", "mg_dl", "Uric Acid", "mg/dL", "N", ref=(2.6, 6.0)), "mg/dL", "Gout marker")
        bar(ctx.lab("ca", "mg_dl", "Calcium", "mg/dL", "N", ref=(8.8, 10.6)), "mg/dL", "Bone health")
        bar(ctx.lab("b12", "pg_ml", "Vitamin B12", "pg/mL", "L", ref=(211, 911), lim=(148, 196)), "pg/mL",
            "Nerve health")
        bar(ctx.lab("iron", "ug_dl", "Iron", "µg/dL", "N", ref=(50, 170)), "µg/dL", "Blood iron")
        words = {"N": "Normal", "H": "High", "L": "Low"}
        border = {"chol", "a1c", "glu", "tsh"}
        title = "SMART HEALTH REPORT"
        org = "Aarogya Plus Diagnostics, Koramangala, Bengaluru 560034 · NABL MC-4417"
        pname = "Ms. Kavya Raghunathan"
        datef = lambda x: _dmy(x, "-")  # noqa: E731
    # status words: out-of-range values print "High"/"Low" or "Borderline"; in-range "Normal" (not a flag)
    for r, unit, mode, reftext, desc, dec in cards:
        w = words[r.flag[0]] if r.flag != "N" else words["N"]
        if r.flag == "H" and r.key in border:
            w = "Borderline"
        r.pflag = None if r.flag == "N" else w
        r.unit = unit or None
    # ---------------- render ----------------
    d = _Doc(595, 842)
    dob = _dob(rng, age, coll)

    def header(d: _Doc, pno):
        d.rect(0, 0, 595, 70, fill=[(0.12, 0.32, 0.55), (0.2, 0.2, 0.25), (0.55, 0.12, 0.35)][v], color=None)
        d.text(36, 34, title, 18, FB, color=(1, 1, 1))
        d.text(36, 52, org, 8, F, color=(0.9, 0.9, 0.9))
        y = 90
        if pno == 1:
            d.text(36, y, f"{pname}   ·   {sex.capitalize()}, {age} years   ·   DOB {datef(dob)}", 9.5, FB)
            y += 14
            d.text(36, y, f"Sample collected: {datef(coll)} {_hm(rng, 7, 10)}   ·   Report date: "
                          f"{datef(coll + _dt.timedelta(days=1))}", 8.5, F)
            y += 12
            d.text(36, y, "Each card shows your result, the normal range (the numbers under the ends of the bar) "
                          "and what it means.", 8, F, color=(0.35, 0.35, 0.35))
            y += 10
        return y + 14

    flow = _Flow(d, header, 790)
    cw, ch, gap = 255, 112, 14
    for i in range(0, len(cards), 2):
        flow.need(ch + gap)
        for j, card in enumerate(cards[i:i + 2]):
            _draw_card(d, 36 + j * (cw + gap), flow.y, cw, ch, card, F, FB, v)
        flow.y += ch + gap
    flow.page_numbers(lambda d, i, n: d.text(559, 820, f"{i} / {n}", 8, F, align="r"))
    return _finish(name, 4, ctx, d, sex, coll)


def _draw_card(d: _Doc, x, y, w, h, card, F, FB, v):
    r, unit, mode, reftext, desc, dec = card
    col = _GREEN if r.flag == "N" else (_AMBER if r.pflag == "Borderline" else (_RED if r.flag[0] == "H" else _BLUE))
    d.rect(x, y, x + w, y + h, color=(0.8, 0.8, 0.8), fill=(0.985, 0.985, 0.985), width=0.8, radius=0.06)
    d.rect(x, y, x + 4, y + h, fill=col, color=None)
    d.text(x + 14, y + 18, r.name, 10.5, FB)
    status = r.pflag or "Normal"
    sw = _tw(status, 8.5, FB) + 14
    d.rect(x + w - sw - 10, y + 7, x + w - 10, y + 22, fill=col, color=None, radius=0.4)
    d.text(x + w - 10 - sw / 2, y + 18, status, 8.5, FB, color=(1, 1, 1), align="c")
    vw = d.text(x + 14, y + 47, r.vstr, 22, FB, color=col if r.flag != "N" else (0.1, 0.1, 0.1))
    if unit:
        d.text(x + 18 + vw, y + 47, unit, 9.5, F, color=(0.3, 0.3, 0.3))
    if mode == "bar":
        bx0, bx1, by = x + 34, x + w - 34, y + 70
        d.rect(bx0 - 22, by - 3, bx0, by + 3, fill=(0.85, 0.85, 0.85), color=None)
        d.rect(bx1, by - 3, bx1 + 22, by + 3, fill=(0.85, 0.85, 0.85), color=None)
        d.rect(bx0, by - 3, bx1, by + 3, fill=(0.55, 0.8, 0.6), color=None)
        lo, hi = r.lo, r.hi
        t = (r.value - lo) / (hi - lo)
        mx = bx0 + max(-0.12, min(1.12, t)) * (bx1 - bx0)
        d.poly([(mx - 4.5, by - 10), (mx + 4.5, by - 10), (mx, by - 3.5)], fill=(0.1, 0.1, 0.1), color=None)
        d.text(bx0, by + 13, _fmt(lo, r.rdec), 8, F, align="c")
        d.text(bx1, by + 13, _fmt(hi, r.rdec), 8, F, align="c")
    else:
        d.text(x + 14, y + 74, reftext, 9, F, color=(0.2, 0.2, 0.2))
    d.text(x + 14, y + h - 12, desc, 7.6, F, color=(0.4, 0.4, 0.4))


# ----------------------------------------------------------------------------------------------
# DG6: blood gas analyser printout
# ----------------------------------------------------------------------------------------------

_KPA = 0.133322


def _gas_values(rng, scen):
    """pH, pCO2 (mmHg), pO2 (mmHg), HCO3, BE consistent with each other (Henderson-Hasselbalch, Van Slyke)."""
    ph = rng.uniform(*scen["ph"])
    pco2 = rng.uniform(*scen["pco2"])
    po2 = rng.uniform(*scen["po2"])
    hco3 = 0.0307 * pco2 * 10 ** (ph - 6.1)
    be = 0.93 * (hco3 - 24.4 + 14.83 * (ph - 7.40))
    so2 = 100 / (23400 / (po2 ** 3 + 150 * po2) + 1)
    return ph, pco2, po2, hco3, be, so2


def _dg6(name: str, rng: random.Random, v: int):
    sex, age = [("male", 71), ("female", 63), ("male", 58)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    art = v != 1
    kpa = v == 0
    F, FB = "dvm", "dvmb"
    scen = [dict(ph=(7.255, 7.325), pco2=(57, 66), po2=(58, 70)),
            dict(ph=(7.20, 7.29), pco2=(40, 46), po2=(30, 42)),
            dict(ph=(7.475, 7.52), pco2=(46.5, 52), po2=(72, 78))][v]
    for _ in range(50):
        ph, pco2, po2, hco3, be, so2 = _gas_values(rng, scen)
        if v != 1 or hco3 < 22:
            break
    a = "a" if art else "v"
    ps = ("a_kpa" if kpa else "a_mmhg") if art else "v_mmhg"
    pu = "kPa" if kpa else "mmHg"
    lines = []  # (kind, ...)
    names = [
        dict(ph="pH", pco2="pCO2", po2="pO2", hco3="cHCO3-(P)", be="cBase(Ecf)", so2="sO2", hb="ctHb",
             cohb="FCOHb", methb="FMetHb", na="cNa+", k="cK+", cl="cCl-", ica="cCa2+", glu="cGlu", lac="cLac"),
        dict(ph="pH", pco2="pCO2", po2="pO2", hco3="HCO3-", be="BE(ecf)", so2="sO2", hb="tHb", cohb="COHb",
             methb="MetHb", na="Na+", k="K+", cl="Cl-", ica="iCa (Ca++)", glu="Glu", lac="Lac"),
        dict(ph="pH", pco2="pCO2", po2="pO2", hco3="HCO3 act", be="BEecf", so2="sO2", hb="Hb", cohb="COHb",
             methb="MetHb", na="Na", k="K", cl="Cl", ica="Ca++", glu="Glucose", lac="Lactate"),
    ][v]
    up = "↑" if v != 2 else "H"
    dn = "↓" if v != 2 else "L"
    fl = {"H": up, "HH": up if v != 1 else "↑↑", "L": dn, "LL": dn}

    def add(r, unit):
        r.pflag = _pf(fl, r.flag)
        lines.append(("R", r, unit))

    lines.append(("S", "Blood Gas Values"))
    add(ctx.add("ph", a, names["ph"], _round(ph, 3), None, dec=3), "")
    pc = _round(pco2 * _KPA, 2) if kpa else _round(pco2, 1)
    add(ctx.add("pco2", ps, names["pco2"], pc, pu, dec=2 if kpa else 1, rdec=2 if kpa else 1), pu)
    po = _round(po2 * _KPA, 2) if kpa else _round(po2, 1)
    add(ctx.add("po2", ps if art else "v_mmhg", names["po2"], po, pu, dec=2 if kpa else 1), pu)
    lines.append(("S", "Oximetry Values"))
    hb_sys = "g_l" if v == 2 else "g_dl"
    hb = ctx.lab("cthb", hb_sys, names["hb"], "g/L" if v == 2 else "g/dL", ["N", "N", "L"][v])
    add(hb, hb.unit)
    add(ctx.add("so2", a, names["so2"], _round(so2, 1), "%"), "%")
    add(ctx.lab("cohb", "pct", names["cohb"], "%", "N", lim=(0.6, 1.4)), "%")
    add(ctx.lab("methb", "pct", names["methb"], "%", "N", lim=(0.2, 1.2)), "%")
    lines.append(("S", "Electrolyte Values"))
    add(ctx.lab("na_wb", "mmol", names["na"], "mmol/L", ["N", "L", "N"][v]), "mmol/L")
    add(ctx.lab("k_wb", "mmol", names["k"], "mmol/L", ["N", "HH", "L"][v], lim=(3.1, 3.3) if v == 2 else None),
        "mmol/L")
    add(ctx.lab("cl_wb", "mmol", names["cl"], "mmol/L", ["N", "N", "L"][v]), "mmol/L")
    add(ctx.lab("ica", "mmol", names["ica"], "mmol/L", ["N", "N", "L"][v]), "mmol/L")
    lines.append(("S", "Metabolite Values"))
    gs = "mg_dl" if v == 1 else "mmol"
    add(ctx.lab("glu_wb", gs, names["glu"], "mg/dL" if v == 1 else "mmol/L", ["H", "H", "N"][v]),
        "mg/dL" if v == 1 else "mmol/L")
    add(ctx.lab("lac", a, names["lac"], "mmol/L", ["H", "H", "N"][v]), "mmol/L")
    lines.append(("S", "Acid-Base Status"))
    add(ctx.add("bg_hco3", a, names["hco3"], _round(hco3, 1), "mmol/L"), "mmol/L")
    add(ctx.add("be", a, names["be"], _round(be, 1), "mmol/L"), "mmol/L")
    temp = [round(rng.uniform(38.3, 39.2), 1), 37.0, round(rng.uniform(35.4, 36.2), 1)][v]
    fio2 = [round(rng.choice([0.35, 0.40, 0.28]), 2), 0.21, 0.30][v]
    # ---------------- render ----------------
    W = 300 if v != 1 else 595
    d = _Doc(W, 842)
    d.new_page()
    x0 = 16 if v != 1 else 60
    y = 30
    sz = 7.6 if v != 1 else 9.0
    ld = sz * 1.38
    analyser = ["GASTRON 910  S/N 71442", "RAPIDPOINT-X 560  S/N RP44019", "AcuGas B-220  S/N 2210-0371"][v]
    site = ["Critical Care Unit, Royal Wessex Hospital", "ST. ISIDORE MEDICAL CTR - EMERGENCY DEPT",
            "ICU Point-of-Care, Gold Coast Private"][v]
    t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    dstr = [_uk(coll), _us(coll), _dmy(coll, " ")][v]

    def ln(s, bold=False, size=sz):
        nonlocal y
        d.text(x0, y, s, size, FB if bold else F)
        y += ld

    ln(analyser, True, sz + 1)
    ln(site)
    ln(f"{'Syringe - ' if art else 'Venous - '}{['Arterial', 'Venous', 'Arterial'][v]}   Sample #{rng.randint(1000, 9999)}")
    ln(f"{dstr}  {t}")
    y += 3
    ln("Patient Identification", True)
    pid = [f"Patient ID   {rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
           f"MRN          {rng.randint(10**7, 10**8 - 1)}", f"URN          {rng.randint(10**5, 10**6 - 1)}"][v]
    ln(pid)
    ln(["Last name    HOLLINGSWORTH", "Name         DELACROIX, MARIE-ANGE", "Name         KARALIS, GEORGE"][v])
    ln(f"Sex          {'Male' if sex == 'male' else 'Female'}     Age {age}")
    ln(f"Temperature  {temp:.1f} °C")
    ln(f"FIO2         {fio2:.2f}" if v != 1 else f"FIO2         {int(fio2 * 100)} %")
    ln(["Operator     RN T.PATTERSON", "Operator     ED-RN 0417", "Operator     ICU RN L.MORRIS"][v])
    y += 3

    def fmt_ref(r):
        if r.lo is None and r.hi is None:
            return ""
        return f"[{_fmt(r.lo, r.rdec)} - {_fmt(r.hi, r.rdec)}]" if v != 2 else f"({_fmt(r.lo, r.rdec)}-{_fmt(r.hi, r.rdec)})"

    for item in lines:
        if item[0] == "S":
            y += 2
            ln(item[1], True)
            continue
        r, unit = item[1], item[2]
        nm = r.name.ljust(11)
        val = r.vstr.rjust(7)
        u = (unit or "").ljust(7)
        f = (r.pflag or "").ljust(2)
        s = f"{nm}{val} {u}{f} {fmt_ref(r)}" if v != 1 else f"{nm}{val} {f} {u} {fmt_ref(r)}"
        d.text(x0, y, s, sz, F)
        y += ld
    y += 4
    if v != 1:
        ln(f"Temperature Corrected Values ({temp:.1f} °C)", True)
        tc_ph = ph - 0.0147 * (temp - 37)
        tc_pco2 = pco2 * 10 ** (0.019 * (temp - 37))
        tc_po2 = po2 * 10 ** (0.031 * (temp - 37))
        conv = (lambda x: f"{x * _KPA:6.2f} kPa") if kpa else (lambda x: f"{x:6.1f} mmHg")
        ln(f"pH(T)      {tc_ph:7.3f}")
        ln(f"pCO2(T)     {conv(tc_pco2)}")
        ln(f"pO2(T)      {conv(tc_po2)}")
        y += 3
    ln("Notes", True)
    note = ["↑/↓ value above/below reference range. Temperature-corrected values are for information only.",
            "↑↑ critical result - notify physician. Whole blood electrolytes. Hemolysis index: not detected.",
            "H/L outside reference interval. Sample analysed at 37.0 °C; corrected values shown below the "
            "measured values."][v]
    y = d.para(x0, y, note, W - 2 * x0, sz - 0.6, F, ld - 1)
    y += 4
    ln(f"Printed {dstr} {t}   Accepted: {['Dr A. Fenwick', 'J. Moreau MD', 'Dr S. Papadakis'][v]}")
    if v != 1:  # a till-roll printout: the page ends where the printing ends
        d.page.set_mediabox(fitz.Rect(0, 842 - (y + 20), W, 842))  # PDF space: origin bottom-left
    return _finish(name, 5, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG7: Indian laboratory report with a Method column between result and unit
# ----------------------------------------------------------------------------------------------


def _ind(n: float) -> str:
    """Thousands separator as some Indian LIS print counts: 7800 -> 7,800."""
    return f"{int(n):,}"


def _dg7(name: str, rng: random.Random, v: int):
    sex, age = [("male", 46), ("female", 52), ("male", 29)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("helv", "hebo"), ("dvc", "dvcb"), ("helv", "hebo")][v]
    rows = []  # ("S", title) | ("R", r, method, unit, refstr) | ("T", note) | ("TAB", lines)
    wrong = {}  # result -> printed flag text that disagrees with the true flag

    def R(r, method, unit, ref=None):
        rows.append(("R", r, method, unit, _rs(r, sep=" - ", lt="< ", gt="> ") if ref is None else ref))
        return r

    # ---------------- haematology ----------------
    rows.append(("S", "HAEMATOLOGY" if v != 1 else "COMPLETE BLOOD COUNT (CBC)"))
    st_hb = ["N", "L", "N"][v]
    red = _cbc_red(ctx, st_hb, ["N", "L", "N"][v])
    hb_ref = (13.0, 17.0) if sex == "male" else (12.0, 15.0)
    hb = R(ctx.add("hgb", "g_dl", "Haemoglobin (Hb)" if v != 2 else "HAEMOGLOBIN", red["hgb"], "g/dL", hb_ref),
           "Photometric", "g/dL")
    rbc_ref = (4.5, 5.5) if sex == "male" else (3.8, 4.8)
    R(ctx.add("rbc", "m", "RBC Count" if v != 2 else "TOTAL RBC COUNT", red["rbc"], "mill/cumm", rbc_ref, rdec=1),
      "Electrical Impedance", "mill/cumm")
    hct_ref = (40.0, 50.0) if sex == "male" else (36.0, 46.0)
    R(ctx.add("hct", "pct", "Packed Cell Volume (PCV)" if v != 2 else "HAEMATOCRIT (PCV)", red["hct"], "%", hct_ref,
              rdec=0), "Calculated", "%")
    R(ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (83.0, 101.0), rdec=0), "Calculated", "fL")
    R(ctx.add("mch", "pg", "MCH", red["mch"], "pg", (27.0, 32.0), rdec=0), "Calculated", "pg")
    mchc = R(ctx.add("mchc", "g_dl", "MCHC", red["mchc"], "g/dL", (31.5, 34.5)), "Calculated", "g/dL")
    R(ctx.lab("rdw", "pct", "RDW-CV", "%", ["N", "H", "N"][v], ref=(11.6, 14.0)), "Calculated", "%")
    wbc_state = ["N", "N", "L"][v]
    wbc = ctx.lab("wbc", "cumm", "Total Leucocyte Count (TLC)" if v != 2 else "TOTAL WBC COUNT", "/cumm", wbc_state,
                  ref=(4000, 10000), lim=(2600, 3500) if v == 2 else None)
    if v == 2:
        wbc.vstr = _ind(wbc.value)
    R(wbc, "Flow cytometry" if v != 1 else "Impedance", "/cumm")
    rows.append(("S", "Differential Leucocyte Count (DLC)" if v != 2 else "DIFFERENTIAL COUNT"))
    pct = _diff(ctx, wbc.value / 1000, "N")
    pnames = {"neut": "Neutrophils", "lymph": "Lymphocytes", "mono": "Monocytes", "eos": "Eosinophils",
              "baso": "Basophils"}
    prefs = {"neut": (40.0, 80.0), "lymph": (20.0, 40.0), "mono": (2.0, 10.0), "eos": (1.0, 6.0), "baso": (0.0, 2.0)}
    for kk in ["neut", "lymph", "mono", "eos", "baso"]:
        R(ctx.add(kk + "_p", "pct", pnames[kk], pct[kk], "%", prefs[kk], rdec=0), "VCS / Microscopy", "%")
    rows.append(("S", "Absolute Leucocyte Count" if v != 2 else "ABSOLUTE COUNTS"))
    anames = {"neut": "Absolute Neutrophil Count", "lymph": "Absolute Lymphocyte Count",
              "mono": "Absolute Monocyte Count", "eos": "Absolute Eosinophil Count"}
    arefs = {"neut": (2000, 7000), "lymph": (1000, 3000), "mono": (200, 1000), "eos": (20, 500)}
    for kk in ["neut", "lymph", "mono", "eos"]:
        val = _round(wbc.value * pct[kk] / 100, 0)
        r = ctx.add(kk + "_a", "cumm", anames[kk], val, "/cumm", arefs[kk])
        if v == 2:
            r.vstr = _ind(val)
        R(r, "Calculated", "/cumm", f"{_ind(arefs[kk][0])} - {_ind(arefs[kk][1])}" if v == 2 else None)
    rows.append(("S", "PLATELETS & ESR"))
    if v == 2:
        plt = ctx.lab("plt", "cumm", "PLATELET COUNT", "/cumm", "LL", ref=(150000, 410000))
        plt.vstr = _ind(plt.value)
        R(plt, "Impedance / Smear", "/cumm", "1,50,000 - 4,10,000")
        rows.append(("T", "Platelet count verified on peripheral smear. Critical value informed to Dr. Farooq at "
                          f"{_hm(rng, 9, 11)} hrs. Suggested: Dengue NS1 / IgM correlation."))
    else:
        R(ctx.lab("plt", "lakh", "Platelet Count", "lakhs/cumm", "N", ref=(1.50, 4.10)), "Electrical Impedance",
          "lakhs/cumm")
    esr_ref = (0, 15) if sex == "male" else (0, 20)
    esr = R(ctx.lab("esr", "mmhr", "ESR (Erythrocyte Sedimentation Rate)" if v != 2 else "E.S.R.", "mm/1st hr",
                    ["H", "H", "N"][v], ref=esr_ref), "Westergren", "mm/1st hr")
    # ---------------- biochemistry ----------------
    if v in (0, 2):
        rows.append(("S", "LIVER FUNCTION TEST (LFT)"))
        tb = ctx.lab("tbil", "mg_dl", "Bilirubin - Total", "mg/dL", "N", ref=(0.3, 1.2))
        db = ctx.sample("dbil", "mg_dl", "N", ref=(0.0, 0.3), dec=2, lim=(0.08, 0.26))
        R(tb, "Diazo", "mg/dL")
        R(ctx.add("dbil", "mg_dl", "Bilirubin - Direct", db, "mg/dL", (0.0, 0.3), rdec=1), "Diazo", "mg/dL")
        R(ctx.add("ibil", "mg_dl", "Bilirubin - Indirect", _round(tb.value - db, 2), "mg/dL", (0.1, 1.0), rdec=1),
          "Calculated", "mg/dL")
        ast = R(ctx.lab("ast", "ul", "SGOT / AST", "U/L", ["N", "H2"][v // 2], ref=(None, 40)), "IFCC without P5P",
                "U/L")
        alt = R(ctx.lab("alt", "ul", "SGPT / ALT", "U/L", ["N", "H2"][v // 2], ref=(None, 45),
                        lim=(36, 43) if v == 0 else None), "IFCC without P5P", "U/L")
        R(ctx.lab("alp", "ul", "Alkaline Phosphatase (ALP)", "U/L", "N", ref=(40, 129)), "PNPP-AMP", "U/L")
        R(ctx.lab("ggt", "ul", "Gamma GT (GGT)", "U/L", ["H", "N"][v // 2], ref=(None, 55)), "Szasz", "U/L")
        tp = ctx.lab("tp", "g_dl", "Total Protein", "g/dL", "N", ref=(6.4, 8.3))
        alb = ctx.sample("alb", "g_dl", "N", ref=(3.5, 5.2))
        if not 2.2 < tp.value - alb < 3.5:
            raise _Retry("glob")
        R(tp, "Biuret", "g/dL")
        R(ctx.add("alb", "g_dl", "Albumin", alb, "g/dL", (3.5, 5.2)), "BCG", "g/dL")
        glob = R(ctx.add("glob", "g_dl", "Globulin", _round(tp.value - alb, 1), "g/dL", (2.0, 3.5)), "Calculated",
                 "g/dL")
        R(ctx.add("ag", "ratio", "A/G Ratio", _round(alb / glob.value, 2), None, (1.00, 2.10)), "Calculated", "")
        if v == 0:
            wrong[alt] = "H"  # the LIS still flags against an old interval (< 35)
            wrong[esr] = None  # raised but left unflagged
    if v in (0, 2):
        rows.append(("S", "KIDNEY FUNCTION TEST (KFT)" if v == 0 else "RENAL PROFILE"))
        urea = ctx.lab("urea", "mg_dl", "Blood Urea", "mg/dL", "N", ref=(17, 43))
        R(urea, "Urease-GLDH", "mg/dL")
        if v == 0:
            bun = ctx.add("bun", "mg_dl", "Blood Urea Nitrogen (BUN)", _round(urea.value / 2.14, 1), "mg/dL", (8, 20),
                          dec=1, rdec=0)
            R(bun, "Calculated", "mg/dL")
        cr = R(ctx.lab("creat", "mg_dl", "Serum Creatinine" if v == 0 else "Creatinine", "mg/dL", "N",
                       ref=(0.70, 1.30)), "Modified Jaffe's Kinetic", "mg/dL")
        if v == 0:
            R(ctx.lab("urate", "mg_dl", "Uric Acid", "mg/dL", "H", ref=(3.5, 7.2)), "Uricase-POD", "mg/dL")
            R(ctx.lab("ca", "mg_dl", "Calcium", "mg/dL", "N", ref=(8.6, 10.3)), "Arsenazo III", "mg/dL")
        R(ctx.lab("na", "mmol", "Sodium (Na+)", "mEq/L", "N", ref=(136, 145)), "ISE Indirect", "mEq/L")
        R(ctx.lab("k", "mmol", "Potassium (K+)", "mEq/L", "N", ref=(3.5, 5.1)), "ISE Indirect", "mEq/L")
        if v == 0:
            R(ctx.lab("cl", "mmol", "Chloride (Cl-)", "mEq/L", "N", ref=(98, 107)), "ISE Indirect", "mEq/L")
            eg = _egfr_result(ctx, cr, "eGFR (CKD-EPI 2021)", "mL/min/1.73m2", True, ref=(90, None))
            R(eg, "Calculated", "mL/min/1.73m2", "> 90")
        if v == 2:
            R(ctx.lab("crp", "mg_l", "C-Reactive Protein (CRP)", "mg/L", "H", ref=(None, 6.0), lim=(9, 28), dec=1),
              "Immunoturbidimetry", "mg/L")
            wrong[hb] = "L"  # in range, printed L
            wrong[ast] = None  # raised, printed without a flag
    if v == 1:
        rows.append(("S", "LIPID PROFILE"))
        tc = R(ctx.lab("chol", "mg_dl", "Total Cholesterol", "mg/dL", "H", ref=(None, 200), lim=(206, 238)),
               "CHOD-PAP", "mg/dL")
        tg = R(ctx.lab("tg", "mg_dl", "Triglycerides", "mg/dL", "H", ref=(None, 150), lim=(158, 230)), "GPO-PAP",
               "mg/dL")
        hdl = R(ctx.lab("hdl", "mg_dl", "HDL Cholesterol - Direct", "mg/dL", "N", ref=(40, 60), lim=(42, 55)),
                "Direct Enzymatic", "mg/dL")
        R(_ldl(ctx, tc, hdl, tg, False, "LDL Cholesterol", "mg/dL", (None, 100)), "Calculated", "mg/dL")
        R(ctx.add("vldl", "mg_dl", "VLDL Cholesterol", _round(tg.value / 5, 0), "mg/dL", (5, 40)), "Calculated",
          "mg/dL")
        R(ctx.add("chol_hdl", "ratio", "Total Cholesterol / HDL Ratio", _round(tc.value / hdl.value, 2), None,
                  (None, 5.0), dec=2), "Calculated", "")
        R(ctx.add("nonhdl", "mg_dl", "Non-HDL Cholesterol", tc.value - hdl.value, "mg/dL", (None, 130)), "Calculated",
          "mg/dL")
        rows.append(("TAB", ["Risk categories (NCEP ATP III) - for interpretation only:",
                             "Total Cholesterol   Desirable < 200   Borderline High 200 - 239   High >= 240",
                             "Triglycerides       Normal < 150   Borderline High 150 - 199   High 200 - 499   "
                             "Very High >= 500",
                             "LDL Cholesterol     Optimal < 100   Near Optimal 100 - 129   Borderline High 130 - 159"
                             "   High 160 - 189",
                             "HDL Cholesterol     Low < 40   High >= 60"]))
        rows.append(("S", "THYROID PROFILE (TOTAL)"))
        R(ctx.lab("t3", "ng_ml", "T3 (Triiodothyronine)", "ng/mL", "N", ref=(0.60, 1.81)), "CLIA", "ng/mL")
        t4 = R(ctx.lab("t4", "ug_dl", "T4 (Thyroxine)", "µg/dL", "N", ref=(5.01, 12.45), dec=2), "CLIA", "µg/dL")
        R(ctx.lab("tsh", "miu", "TSH (Ultrasensitive)", "µIU/mL", "N", ref=(0.35, 5.50)), "CLIA", "µIU/mL")
        rows.append(("S", "DIABETIC PROFILE"))
        R(ctx.lab("glu", "mg_dl", "Glucose - Fasting (FBS)", "mg/dL", "H", ref=(70, 100), lim=(108, 126)), "GOD-POD",
          "mg/dL")
        rows.append(("S", "RENAL"))
        R(ctx.lab("urea", "mg_dl", "Urea", "mg/dL", "N", ref=(15, 40)), "Urease-GLDH", "mg/dL")
        R(ctx.lab("creat", "mg_dl", "Creatinine", "mg/dL", "N", ref=(0.55, 1.02)), "Jaffe", "mg/dL")
        wrong[t4] = "L"
        wrong[tc] = None
    if v != 2:
        rows.append(("S", "GLYCOSYLATED HAEMOGLOBIN (HbA1c)"))
        a1 = R(ctx.lab("a1c", "pct", "HbA1c", "%", "H", ref=(4.0, 5.6), lim=(6.1, 7.6)), "HPLC", "%")
        R(ctx.add("eag", "mg_dl", "Estimated Average Glucose (eAG)", _round(28.7 * a1.value - 46.7, 0), "mg/dL"),
          "Calculated", "mg/dL", "")
        rows.append(("TAB", ["Interpretation (ADA): Non-diabetic < 5.7 %   Prediabetes 5.7 - 6.4 %   "
                             "Diabetes >= 6.5 %", "eAG (mg/dL) = 28.7 x HbA1c - 46.7"]))
        if v == 0:
            R(ctx.lab("glu", "mg_dl", "Fasting Blood Sugar (FBS)", "mg/dL", "H", ref=(70, 100), lim=(118, 165)),
              "Hexokinase", "mg/dL")
    if v == 1:
        wrong[mchc] = "L" if mchc.flag == "N" else None
    if v == 1:  # this LIS prints lower-case "dl"
        for i, row in enumerate(rows):
            if row[0] == "R" and row[3] == "mg/dL":
                row[1].unit = "mg/dl"
                rows[i] = row[:3] + ("mg/dl",) + row[4:]
    # printed flags: the true flag unless the LIS got it wrong
    for row in rows:
        if row[0] == "R":
            r = row[1]
            r.pflag = wrong[r] if r in wrong else _pf({"H": "H", "L": "L", "HH": "H*", "LL": "L*"}, r.flag)
    for r, f in wrong.items():
        if (f or None) == _pf({"H": "H", "L": "L", "HH": "H*", "LL": "L*"}, r.flag):
            raise _Retry("wrong flag would be right")
    # ---------------- render ----------------
    d = _Doc(595, 842)
    lab = [("SRI VENKATESHWARA DIAGNOSTICS & RESEARCH CENTRE", "NABL Accredited (MC-3921)  |  14, 2nd Cross, "
            "Gandhi Nagar, Vellore - 632006  |  Ph: 0416-2255xxx"),
           ("CITYCARE PATHLABS", "A unit of CityCare Healthcare Pvt. Ltd.  |  Plot 22, Sector 18, Noida - 201301, "
            "U.P.  |  NABL MC-2740"),
           ("JEEVAN JYOTI LABORATORY", "Opp. Civil Hospital, Station Road, Kottayam - 686001, Kerala  |  "
            "ISO 15189:2022")][v]
    pname = ["Mr. RAJESH KUMAR SHARMA", "Mrs. ANJALI DESHPANDE", "Mr. ABHIJITH MENON"][v]
    refby = ["Dr. S. VENKATESH, MD", "SELF", "Dr. FAROOQ (MD Medicine)"][v]
    lid = f"{coll.strftime('%y%m%d')}{rng.randint(1000, 9999)}"
    rt = _hm(rng, 13, 18)
    ct = _hm(rng, 7, 9)

    def header(d: _Doc, pno):
        d.rect(36, 30, 559, 74, fill=[(0.9, 0.95, 1.0), (0.95, 0.93, 1.0), (0.93, 1.0, 0.93)][v], color=None)
        d.text(297, 50, lab[0], 14, FB, align="c")
        d.text(297, 64, lab[1], 7.2, F, align="c")
        y = 90
        d.text(40, y, "Patient Name", 8.5, FB)
        d.text(110, y, f": {pname}", 8.5, FB)
        d.text(330, y, "Lab No.", 8.5, FB)
        d.text(405, y, f": {lid}", 8.5, F)
        y += 12
        d.text(40, y, "Age / Sex", 8.5, FB)
        d.text(110, y, f": {age} Yrs / {'Male' if sex == 'male' else 'Female'}", 8.5, F)
        d.text(330, y, "Collected On", 8.5, FB)
        d.text(405, y, f": {_uk(coll)} {ct}", 8.5, F)
        y += 12
        d.text(40, y, "Ref. By", 8.5, FB)
        d.text(110, y, f": {refby}", 8.5, F)
        d.text(330, y, "Reported On", 8.5, FB)
        d.text(405, y, f": {_uk(coll)} {rt}", 8.5, F)
        y += 12
        d.text(40, y, "Sample", 8.5, FB)
        d.text(110, y, ": Whole Blood EDTA, Serum, Fluoride", 8.5, F)
        d.text(330, y, "Page", 8.5, FB)
        y += 7
        d.line(36, y, 559, y, 0.8)
        y += 13
        for x, t in [(40, "TEST NAME"), (262, "RESULT"), (296, "FLAG"), (328, "METHOD"), (418, "UNIT"),
                     (478, "BIO. REF. INTERVAL")]:
            d.text(x, y, t, 8, FB, align="r" if t == "RESULT" else "l")
        y += 4
        d.line(36, y, 559, y, 0.5)
        return y + 13

    flow = _Flow(d, header, 770)
    lead = 11.6
    for row in rows:
        kind = row[0]
        if kind == "S":
            flow.need(lead * 3)
            flow.y += 3
            d.text(40, flow.y, row[1], 9, FB)
            flow.y += lead
        elif kind == "T":
            flow.need(lead * 2)
            flow.y = d.para(48, flow.y, row[1], 500, 7.4, F, 9) + 2
        elif kind == "TAB":
            flow.need(lead * (len(row[1]) + 1))
            flow.y += 2
            for i, t in enumerate(row[1]):
                d.text(48, flow.y, t, 7.2, FB if i == 0 else F, color=(0.25, 0.25, 0.25))
                flow.y += 9
            flow.y += 3
        else:
            r, method, unit, ref = row[1], row[2], row[3], row[4]
            flow.need(lead)
            bold = r.pflag is not None
            d.text(44, flow.y, r.name, 8.6, F)
            d.text(262, flow.y, r.vstr, 8.8, FB if bold else F, align="r")
            if r.pflag:
                d.text(296, flow.y, r.pflag, 8.6, FB)
            d.text(328, flow.y, method, 6.8, F, color=(0.35, 0.35, 0.35))
            d.text(418, flow.y, unit, 8.4, F)
            d.text(478, flow.y, ref, 8.4, F)
            flow.y += lead
    flow.need(60)
    flow.y += 10
    d.text(297, flow.y, "*** End of Report ***", 8, FB, align="c")
    flow.y += 30
    d.text(60, flow.y, ["Dr. P. LAKSHMI, MD (Path)", "Dr. R. K. GUPTA, MD (Biochem)", "Dr. ANNIE THOMAS, DCP"][v], 8,
           FB)
    d.text(400, flow.y, "Lab Technologist", 8, FB)

    def pn(d: _Doc, i, n):
        d.text(405, 126, f": {i} of {n}", 8.5, F)
        d.text(297, 815, "Results relate only to the sample tested. Not valid for medico-legal purposes.", 7, F,
               align="c", color=(0.4, 0.4, 0.4))

    flow.page_numbers(pn)
    return _finish(name, 6, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG8: UK NHS pathology cumulative report (only the newest column is this report's result)
# ----------------------------------------------------------------------------------------------


def _dg8(name: str, rng: random.Random, v: int):
    sex, age = [("female", 74), ("male", 66), ("female", 81)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 9, 11)
    F, FB = [("cour", "cobo"), ("dvm", "dvmb"), ("dvc", "dvcb")][v]
    u9 = ["x10^9/L", "10*9/L", "x10⁹/L"][v]
    u12 = ["x10^12/L", "10*12/L", "x10¹²/L"][v]
    items = []  # ("S", title) | (r, unit, range text)

    def I(r, unit, rng_txt=None):
        items.append((r, unit, _rs(r, sep="-", lt="<", gt=">") if rng_txt is None else rng_txt))
        return r

    st = [dict(hgb="L", mcv="L", ferritin="L", plt="H"),
          dict(creat="H2", urea="H2", k="H", egfr="L", hgb="L", phos="H", a1c="H"),
          dict(na="LL", urea="L", crp="H2", wbc="H", neut="H", alb="L")][v]
    s = lambda k: st.get(k, "N")  # noqa: E731
    items.append(("S", "FULL BLOOD COUNT"))
    red = _cbc_red(ctx, s("hgb"), s("mcv"), g_l=True)
    hb_ref = (115, 165) if sex == "female" else (130, 180)
    I(ctx.add("hgb", "g_l", ["Haemoglobin", "Hb", "Haemoglobin"][v], red["hgb"], "g/L", hb_ref), "g/L")
    wbc = I(ctx.lab("wbc", "k", ["White cell count", "WBC", "White Cell Count"][v], u9, s("wbc")), u9)
    I(ctx.lab("plt", "k", ["Platelet count", "Plt", "Platelets"][v], u9, s("plt"), ref=(150, 400)), u9)
    rbc_ref = (3.80, 5.80) if sex == "female" else (4.50, 6.50)
    I(ctx.add("rbc", "m", ["Red cell count", "RBC", "Red Cell Count"][v], red["rbc"], u12, rbc_ref), u12)
    hct_ref = (0.37, 0.47) if sex == "female" else (0.40, 0.54)
    I(ctx.add("hct", "l_l", ["Haematocrit", "HCT", "Haematocrit"][v], _round(red["hct"] / 100, 3), "L/L", hct_ref,
              rdec=2), "L/L")
    I(ctx.add("mcv", "fl", "MCV", red["mcv"], "fL", (80.0, 100.0), rdec=0), "fL")
    I(ctx.add("mch", "pg", "MCH", red["mch"], "pg", (27.0, 32.0), rdec=0), "pg")
    pct = _diff(ctx, wbc.value, s("neut"))
    nm = {"neut": "Neutrophils", "lymph": "Lymphocytes", "mono": "Monocytes", "eos": "Eosinophils",
          "baso": "Basophils"}
    refs = {"neut": (2.0, 7.5), "lymph": (1.5, 4.0), "mono": (0.2, 1.0), "eos": (0.0, 0.4), "baso": (None, 0.2)}
    dec = 2 if v == 1 else 1
    ab = _abs_diff(ctx, wbc.value, pct, "k", nm, u9, dec, refs if v != 1 else
                   {"neut": (2.00, 7.50), "lymph": (1.50, 4.00), "mono": (0.20, 1.00), "eos": (0.00, 0.40),
                    "baso": (0.00, 0.20)})
    for kk in ["neut", "lymph", "mono", "eos", "baso"]:
        ab[kk].rdec = dec
        I(ab[kk], u9)
    items.append(("S", "UREA & ELECTROLYTES" if v != 1 else "RENAL PROFILE"))
    na = I(ctx.lab("na", "mmol", "Sodium", "mmol/L", s("na"), ref=(133, 146)), "mmol/L")
    I(ctx.lab("k", "mmol", "Potassium", "mmol/L", s("k"), ref=(3.5, 5.3), lim=(5.4, 5.9) if s("k") == "H" else None),
      "mmol/L")
    I(ctx.lab("urea", "mmol", "Urea", "mmol/L", s("urea"), ref=(2.5, 7.8)), "mmol/L")
    cr_ref = (45, 84) if sex == "female" else (59, 104)
    cr = I(ctx.lab("creat", "umol", "Creatinine", "umol/L", s("creat"), ref=cr_ref), "umol/L")
    I(_egfr_result(ctx, cr, ["eGFR", "eGFR (CKD-EPI)", "eGFR"][v], "mL/min/1.73m2", False, cap90=True), "mL/min/1.73m2",
      ">60")
    items.append(("S", "LIVER FUNCTION TESTS" if v != 2 else "LIVER PROFILE"))
    I(ctx.lab("tbil", "umol", ["Bilirubin", "T Bili", "Total Bilirubin"][v], "umol/L", "N", ref=(0, 21),
              lim=(4, 17)), "umol/L")
    I(ctx.lab("alt", "ul", "ALT", "U/L", "N", ref=(0, 33) if sex == "female" else (0, 41)), "U/L")
    I(ctx.lab("alp", "ul", ["Alk Phos", "ALP", "Alkaline Phosphatase"][v], "U/L", "N", ref=(30, 130)), "U/L")
    I(ctx.lab("alb", "g_l", "Albumin", "g/L", s("alb"), ref=(35, 50)), "g/L")
    items.append(("S", "BONE PROFILE"))
    I(ctx.lab("ca", "mmol", "Calcium", "mmol/L", "N", ref=(2.20, 2.60)), "mmol/L")
    I(ctx.lab("phos", "mmol", "Phosphate", "mmol/L", s("phos"), ref=(0.80, 1.50)), "mmol/L")
    I(ctx.lab("mg", "mmol", "Magnesium", "mmol/L", "N", ref=(0.70, 1.00)), "mmol/L")
    items.append(("S", "OTHER"))
    crp_state = s("crp")
    if crp_state == "N":
        I(ctx.add("crp", "mg_l", "CRP", 4.0, "mg/L", (None, 5.0), comp="<", vstr="<4"), "mg/L", "<5")
    else:
        I(ctx.lab("crp", "mg_l", "CRP", "mg/L", crp_state, ref=(None, 5.0), dec=0, rdec=0), "mg/L", "<5")
    if v != 2:
        I(ctx.lab("a1c", "mmol_mol", "HbA1c (IFCC)", "mmol/mol", s("a1c"), ref=(None, 42) if v == 0 else (20, 41),
                  lim=(44, 58) if s("a1c") == "H" else None), "mmol/mol", "<42" if v == 0 else "20-41")
        tc = I(ctx.lab("chol", "mmol", ["Cholesterol", "Chol", "Cholesterol"][v], "mmol/L", "N", ref=(None, 5.0)),
               "mmol/L", "<5.0")
        hdl = I(ctx.lab("hdl", "mmol", ["HDL Cholesterol", "HDL", "HDL Cholesterol"][v], "mmol/L", "N",
                        ref=(1.0, None), lim=(1.05, 1.6)), "mmol/L", ">1.0")
        I(ctx.lab("tg", "mmol", ["Triglyceride", "Trig", "Triglyceride"][v], "mmol/L", "N", ref=(None, 1.7)),
          "mmol/L", "<1.7")
        I(ctx.add("nonhdl", "mmol", ["Non-HDL Chol", "Non HDL", "Non-HDL"][v], _round(tc.value - hdl.value, 1),
                  "mmol/L", (None, 4.0)), "mmol/L", "<4.0")
        I(ctx.add("chol_hdl", "ratio", ["Chol/HDL Ratio", "Chol/HDL", "TC/HDL"][v], _round(tc.value / hdl.value, 1),
                  None, (None, None), dec=1), "", "")
    I(ctx.lab("tsh", "miu", "TSH", "mU/L", "N", ref=(0.27, 4.20)), "mU/L")
    I(ctx.lab("ft4", "pmol", ["Free T4", "FT4", "Free T4"][v], "pmol/L", "N", ref=(12.0, 22.0)), "pmol/L")
    I(ctx.lab("ferritin", "ng_ml", "Ferritin", "ug/L", s("ferritin"), ref=(13, 150) if sex == "female" else (30, 400),
              lim=(6, 11) if s("ferritin") == "L" else None), "ug/L")
    I(ctx.lab("b12", "pg_ml", ["Vitamin B12", "B12", "Vitamin B12"][v], "ng/L", "N", ref=(197, 771)), "ng/L")
    I(ctx.lab("folate", "ng_ml", ["Serum folate", "Folate", "Folate"][v], "ug/L", "N", ref=(3.9, 26.8)), "ug/L")
    if v == 2:
        I(ctx.lab("tp", "g_l", "Total Protein", "g/L", "N", ref=(60, 80)), "g/L")
        I(ctx.lab("urate", "umol", "Urate", "umol/L", "N", ref=(140, 360)), "umol/L")
    # flags as printed in the newest column
    glued = v != 2
    for it in items:
        if it[0] == "S":
            continue
        r = it[0]
        r.pflag = _pf({"H": "H", "L": "L", "HH": "H", "LL": "L"}, r.flag)
    # older columns: plausible history (not results)
    ncol = 4  # columns including this request
    old_dates = sorted({coll - _dt.timedelta(days=rng.randint(20, 400)) for _ in range(ncol + 4)})[-(ncol - 1):]
    hist = {}
    for it in items:
        if it[0] == "S":
            continue
        r = it[0]
        col = []
        for _ in old_dates:
            if rng.random() < 0.12 or r.value is None:
                col.append("")
                continue
            base = r.value if r.comp is None else r.value * 0.6
            dec_r = len(r.vstr.split(".")[1]) if "." in r.vstr else 0
            hv = _round(max(base * (1 + rng.gauss(0, 0.07)), 0), dec_r)
            f = _flag(hv, r.lo, r.hi, None, None)
            txt = _fmt(hv, dec_r) if r.key != "egfr" or hv <= 90 else ">90"
            if f != "N" and r.key != "egfr":
                txt += f if glued else ""
            elif r.key == "egfr" and hv < 60:
                txt += "L" if glued else ""
            col.append(txt)
        hist[r] = col

    def cur_txt(r):
        if glued and r.pflag:
            return r.vstr + (r.pflag if v == 0 else " " + r.pflag)
        return r.vstr

    # ---------------- render ----------------
    d = _Doc(595, 842)
    pname = ["GREENHALGH, Patricia Anne", "OYELARAN, Babatunde", "McALLISTER, Morag"][v]
    nhs = f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    hosp = ["Pennine Valleys NHS Foundation Trust - Blood Sciences", "NORTH SOLENT PATHOLOGY (NHS)",
            "NHS Grampian & Highlands Laboratory Medicine"][v]
    dob = _dob(rng, age, coll)
    hospno = f"{['RXF', 'SO', 'GR'][v]}{rng.randint(100000, 999999)}"
    reqs = [f"{['P', 'NS', 'G'][v]}{rng.randint(10**6, 10**7 - 1)}" for _ in range(ncol)]
    times = [_hm(rng, 8, 16) for _ in range(ncol)]
    dates_all = old_dates + [coll]  # chronological; the last is this request
    size = [7.6, 7.2, 8.2][v]
    lead = size * 1.42

    def dfmt(x):
        return [f"{x.day:02d}/{x.month:02d}/{x.year % 100:02d}", f"{x.day:02d}-{_MONTHS[x.month - 1]}-{x.year % 100:02d}",
                _uk(x)][v]

    def header(d: _Doc, pno):
        y = 40
        d.text(40, y, hosp, 10.5, FB)
        y += 12
        d.text(40, y, "CUMULATIVE REPORT" + ("  (most recent result in the right-hand column)" if v == 0 else
                                             "  - latest results first" if v == 1 else ""), 8.5, FB)
        y += 14
        d.text(40, y, f"Name: {pname}", 8.5, FB)
        d.text(330, y, f"NHS No: {nhs}", 8.5, F)
        y += 11
        d.text(40, y, f"DOB: {_uk(dob)}  Age: {age}  Sex: {'F' if sex == 'female' else 'M'}", 8.5, F)
        d.text(330, y, f"Hosp No: {hospno}",
               8.5, F)
        y += 11
        d.text(40, y, ["Source: Meadowbank Surgery (GP)  Clinician: DR K. PATEL",
                       "Location: Renal OPD  Consultant: DR H. SINGH",
                       "Ward 3B (Care of the Elderly)  Consultant: DR F. ROSS"][v], 8.5, F)
        y += 8
        d.line(40, y, 555, y, 0.6)
        return y + 14

    flow = _Flow(d, header, 780)
    cw = _tw("0", size, F) if F in ("cour", "dvm") else None
    if v in (0, 1):
        # monospace grid
        order = list(range(ncol)) if v == 0 else list(range(ncol - 1, -1, -1))
        cols_x = [40 + 17 * cw + i * 10 * cw for i in range(ncol)]
        ux, rx = cols_x[-1] + 11 * cw, cols_x[-1] + 25 * cw

        def colhead():
            y = flow.y
            d.text(40, y, "Request", size, FB)
            for i, ci in enumerate(order):
                d.text(cols_x[i] + 9 * cw, y, reqs[ci], size, F, align="r")
            y += lead
            d.text(40, y, "Date", size, FB)
            for i, ci in enumerate(order):
                d.text(cols_x[i] + 9 * cw, y, dfmt(dates_all[ci]), size, FB if ci == ncol - 1 else F, align="r")
            y += lead
            d.text(40, y, "Time", size, FB)
            for i, ci in enumerate(order):
                d.text(cols_x[i] + 9 * cw, y, times[ci], size, F, align="r")
            d.text(ux, y, "Units", size, FB)
            d.text(rx, y, "Ref.Range", size, FB)
            y += 3
            d.line(40, y, 555, y, 0.4, dashes="[2] 0")
            flow.y = y + lead

        colhead()
        for it in items:
            if it[0] == "S":
                flow.need(lead * 3)
                flow.y += 2
                d.text(40, flow.y, it[1], size, FB)
                flow.y += lead
                continue
            r, unit, rtxt = it
            before = len(d.pages)
            flow.need(lead)
            if len(d.pages) != before:
                colhead()
            d.text(40, flow.y, r.name, size, F)
            for i, ci in enumerate(order):
                t = cur_txt(r) if ci == ncol - 1 else hist[r][ci]
                d.text(cols_x[i] + 9 * cw, flow.y, t, size, FB if (ci == ncol - 1 and r.pflag) else F, align="r")
            d.text(ux, flow.y, unit, size, F)
            d.text(rx, flow.y, rtxt, size, F)
            flow.y += lead
    else:
        # this request first, then previous results to the right
        xs = dict(name=40, cur=210, flag=216, unit=236, rng=298, p=[392, 447, 502])
        prev = list(range(ncol - 1))  # chronological old columns

        def colhead():
            y = flow.y
            d.text(xs["cur"], y, "This request", size, FB, align="r")
            d.text(xs["p"][0] - 30, y, "Previous results", size, FB)
            y += lead
            d.text(xs["cur"], y, dfmt(coll), size, FB, align="r")
            for i, ci in enumerate(prev):
                d.text(xs["p"][i] + 40, y, dfmt(dates_all[ci]), size - 0.6, F, align="r")
            y += lead
            d.text(xs["name"], y, "Test", size, FB)
            d.text(xs["cur"], y, times[-1], size, F, align="r")
            d.text(xs["unit"], y, "Units", size, FB)
            d.text(xs["rng"], y, "Reference range", size, FB)
            for i, ci in enumerate(prev):
                d.text(xs["p"][i] + 40, y, times[ci], size - 0.6, F, align="r")
            y += 3
            d.line(40, y, 555, y, 0.4)
            flow.y = y + lead

        colhead()
        for it in items:
            if it[0] == "S":
                flow.need(lead * 3)
                flow.y += 2
                d.text(40, flow.y, it[1], size, FB)
                flow.y += lead
                continue
            r, unit, rtxt = it
            before = len(d.pages)
            flow.need(lead)
            if len(d.pages) != before:
                colhead()
            d.text(xs["name"], flow.y, r.name, size, F)
            d.text(xs["cur"], flow.y, r.vstr, size, FB if r.pflag else F, align="r")
            if r.pflag:
                d.text(xs["flag"], flow.y, r.pflag, size, FB)
            d.text(xs["unit"], flow.y, unit, size, F)
            d.text(xs["rng"], flow.y, rtxt, size, F)
            for i, ci in enumerate(prev):
                d.text(xs["p"][i] + 40, flow.y, hist[r][ci], size - 0.6, F, color=(0.35, 0.35, 0.35), align="r")
            flow.y += lead
    flow.y += 8
    notes = ["Results outside the reference range are flagged H (high) or L (low) immediately after the value.",
             "Flags: H high, L low. Reference ranges apply to the most recent sample.",
             "Sodium 116 mmol/L telephoned to Dr F. Ross (Ward 3B) by BMS at " + _hm(rng, 10, 12) +
             ". Previous results are shown for comparison only."][v]
    if v == 2 and na.flag != "LL":
        raise _Retry("na")
    if v == 2:
        notes = notes.replace("116", na.vstr)
    flow.need(30)
    d.para(40, flow.y, notes, 515, 7.6, F, 9.4)
    flow.page_numbers(lambda d, i, n: d.text(555, 815, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 7, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# DG9: bordered grid table with wrapping cells and comment rows
# ----------------------------------------------------------------------------------------------


def _grid(flow: _Flow, cols, rows, F, FB, size=8.4, lead=10.2, pad=3.2, head_fill=(0.88, 0.88, 0.88)):
    """cols: [(key, title, width, align)]; rows: ("S", title) | ("R", r, {key: text}) | ("C", text)."""
    d = flow.d
    x0 = 40
    xs = [x0]
    for c in cols:
        xs.append(xs[-1] + c[2])
    x1 = xs[-1]

    def header():
        h = lead + 2 * pad
        d.rect(x0, flow.y, x1, flow.y + h, color=(0, 0, 0), fill=head_fill, width=0.6)
        for i, c in enumerate(cols):
            d.text(xs[i] + pad, flow.y + pad + size, c[1], size, FB)
            if i:
                d.line(xs[i], flow.y, xs[i], flow.y + h, 0.6)
        flow.y += h

    header()
    for row in rows:
        if row[0] == "S":
            h = lead + 2 * pad
            before = len(flow.d.pages)
            flow.need(h * 2)
            if len(flow.d.pages) != before:
                header()
            d.rect(x0, flow.y, x1, flow.y + h, color=(0, 0, 0), fill=(0.95, 0.95, 0.95), width=0.6)
            d.text(x0 + pad, flow.y + pad + size, row[1], size + 0.3, FB)
            flow.y += h
            continue
        if row[0] == "C":
            lines = d.wrap(row[1], x1 - x0 - 2 * pad - 10, size - 0.8, F)
            h = len(lines) * (lead - 1) + 2 * pad
            flow.need(h)
            d.rect(x0, flow.y, x1, flow.y + h, color=(0, 0, 0), width=0.6)
            yy = flow.y + pad + size - 0.8
            for ln in lines:
                d.text(x0 + pad + 10, yy, ln, size - 0.8, F, color=(0.2, 0.2, 0.2))
                yy += lead - 1
            flow.y += h
            continue
        r, cells = row[1], row[2]
        wrapped = []
        for i, c in enumerate(cols):
            t = cells.get(c[0], "")
            wrapped.append(d.wrap(t, c[2] - 2 * pad, size, F) if t else [])
        n = max(1, max(len(w) for w in wrapped))
        h = n * lead + 2 * pad
        before = len(flow.d.pages)
        flow.need(h)
        if len(flow.d.pages) != before:
            header()
        d.rect(x0, flow.y, x1, flow.y + h, color=(0, 0, 0), width=0.6)
        for i, c in enumerate(cols):
            if i:
                d.line(xs[i], flow.y, xs[i], flow.y + h, 0.6)
            yy = flow.y + pad + size
            bold = r is not None and r.flag != "N" and c[0] in ("res", "flag")
            for ln in wrapped[i]:
                if c[3] == "r":
                    d.text(xs[i + 1] - pad, yy, ln, size, FB if bold else F, align="r")
                elif c[3] == "c":
                    d.text((xs[i] + xs[i + 1]) / 2, yy, ln, size, FB if bold else F, align="c")
                else:
                    d.text(xs[i] + pad, yy, ln, size, FB if bold else F)
                yy += lead
        flow.y += h


def _dg9(name: str, rng: random.Random, v: int):
    sex, age = [("female", 57), ("male", 68), ("male", 49)][v]
    ctx = _Ctx(rng, sex, age)
    coll = _date(rng, 1, 11)
    F, FB = [("dvc", "dvcb"), ("helv", "hebo"), ("dv", "dvb")][v]
    flags = [{"H": "H", "L": "L", "HH": "HH", "LL": "LL"}, {"H": "H", "L": "L", "HH": "C", "LL": "C"},
             {"H": "High", "L": "Low"}][v]
    rows = []
    sep = ["–", "-", " - "][v]

    def sexref(m, f, dec):
        a = f"Male: {_fmt(m[0], dec)}{sep}{_fmt(m[1], dec)}"
        b = f"Female: {_fmt(f[0], dec)}{sep}{_fmt(f[1], dec)}"
        return a + "\n" + b, (m if sex == "male" else f)

    def R(r, unit, ref=None, method=""):
        r.pflag = _pf(flags, r.flag)
        rows.append(("R", r, {"name": r.name, "res": r.vstr, "flag": r.pflag or "", "unit": unit,
                              "ref": _rs(r, sep=sep, lt="< ", gt="> ") if ref is None else ref, "method": method}))
        return r

    if v == 0:  # New Zealand community laboratory
        rows.append(("S", "HAEMATOLOGY – Complete Blood Count"))
        red = _cbc_red(ctx, "N", "N", g_l=True)
        txt, rr = sexref((130, 175), (115, 155), 0)
        R(ctx.add("hgb", "g_l", "Haemoglobin", red["hgb"], "g/L", rr), "g/L", txt)
        txt, rr = sexref((4.30, 6.00), (3.80, 5.20), 2)
        R(ctx.add("rbc", "m", "Red blood cell count", red["rbc"], "x10¹²/L", rr), "x10¹²/L", txt)
        txt, rr = sexref((0.40, 0.52), (0.36, 0.46), 2)
        R(ctx.add("hct", "l_l", "Haematocrit", _round(red["hct"] / 100, 2), "L/L", rr, dec=2, rdec=2), "L/L", txt)
        R(ctx.add("mcv", "fl", "Mean cell volume (MCV)", red["mcv"], "fL", (80, 99), rdec=0), "fL")
        R(ctx.add("mch", "pg", "Mean cell haemoglobin (MCH)", red["mch"], "pg", (27, 33), rdec=0), "pg")
        R(ctx.add("mchc", "g_l", "Mean cell haemoglobin concentration (MCHC)", _round(red["mchc"] * 10, 0), "g/L",
                  (320, 360)), "g/L")
        R(ctx.lab("rdw", "pct", "Red cell distribution width (RDW-CV)", "%", "N", ref=(11.5, 15.0)), "%")
        wbc = R(ctx.lab("wbc", "k", "White blood cell count", "x10⁹/L", "N"), "x10⁹/L")
        R(ctx.lab("plt", "k", "Platelet count", "x10⁹/L", "N"), "x10⁹/L")
        pct = _diff(ctx, wbc.value)
        ab = _abs_diff(ctx, wbc.value, pct, "k", {"neut": "Neutrophils", "lymph": "Lymphocytes", "mono": "Monocytes",
                                                  "eos": "Eosinophils", "baso": "Basophils"}, "x10⁹/L", 2,
                       {"neut": (1.90, 7.50), "lymph": (1.00, 4.00), "mono": (0.20, 1.00), "eos": (0.02, 0.50),
                        "baso": (None, 0.20)})
        for kk in ["neut", "lymph", "mono", "eos"]:
            R(ab[kk], "x10⁹/L")
        R(ab["baso"], "x10⁹/L", "< 0.20")
        rows.append(("S", "BIOCHEMISTRY – Renal, Liver and Lipids"))
        R(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(135, 145)), "mmol/L")
        R(ctx.lab("k", "mmol", "Potassium", "mmol/L", "H", ref=(3.5, 5.2), lim=(5.3, 5.8)), "mmol/L")
        rows.append(("C", "Comment: specimen moderately haemolysed (H-index 180). Potassium may be falsely elevated; "
                          "suggest repeat if clinically indicated."))
        txt, rr = sexref((60, 105), (45, 90), 0)
        cr = ctx.lab("creat", "umol", "Creatinine", "µmol/L", "N", ref=rr)
        R(cr, "µmol/L", txt)
        eg = _egfr_result(ctx, cr, "Estimated glomerular filtration rate (eGFR, CKD-EPI 2021)", "mL/min/1.73m²",
                          False, cap90=True)
        R(eg, "mL/min/1.73m²", "> 60")
        R(ctx.lab("alt", "ul", "Alanine aminotransferase (ALT/SGPT)", "U/L", "H", ref=(None, 35)), "U/L")
        R(ctx.lab("ast", "ul", "Aspartate aminotransferase (AST/SGOT)", "U/L", "N", ref=(None, 35)), "U/L")
        R(ctx.lab("ggt", "ul", "Gamma-glutamyl transferase (GGT)", "U/L", "H", ref=(None, 40)), "U/L")
        R(ctx.lab("alp", "ul", "Alkaline phosphatase (ALP)", "U/L", "N", ref=(40, 120)), "U/L")
        R(ctx.lab("tbil", "umol", "Bilirubin, total", "µmol/L", "N", ref=(None, 20), lim=(5, 16)), "µmol/L")
        R(ctx.lab("alb", "g_l", "Albumin", "g/L", "N", ref=(35, 50)), "g/L")
        tc = R(ctx.lab("chol", "mmol", "Total cholesterol", "mmol/L", "H", ref=(None, 5.0), lim=(5.3, 6.4)), "mmol/L")
        hdl = R(ctx.lab("hdl", "mmol", "HDL cholesterol", "mmol/L", "N", ref=(1.0, None), lim=(1.1, 1.6)), "mmol/L")
        tg = R(ctx.lab("tg", "mmol", "Triglyceride", "mmol/L", "N", ref=(None, 2.0), lim=(0.7, 1.8)), "mmol/L")
        R(_ldl(ctx, tc, hdl, tg, True, "LDL cholesterol (calculated, Friedewald)", "mmol/L", (None, 3.4)), "mmol/L")
        R(ctx.add("chol_hdl", "ratio", "Total cholesterol : HDL ratio", _round(tc.value / hdl.value, 1), None,
                  (None, 4.5), dec=1), "")
        R(ctx.lab("a1c", "mmol_mol", "Glycated haemoglobin (HbA1c)", "mmol/mol", "N", ref=(None, 41)), "mmol/mol",
          "< 41 (non-diabetic)")
        R(ctx.lab("tsh", "miu", "Thyroid stimulating hormone (TSH)", "mIU/L", "N", ref=(0.30, 4.00)), "mIU/L")
        lab = ("Tāmaki Community Laboratories", "Penrose, Auckland 1061 · IANZ accredited laboratory 1183")
        pname = "Mrs Leilani FAUMUINA-SMITH"
    elif v == 1:  # US academic medical centre
        rows.append(("S", "HEMATOLOGY"))
        red = _cbc_red(ctx, "LL", "L")
        txt, rr = sexref((13.5, 17.5), (12.0, 15.5), 1)
        R(ctx.add("hgb", "g_dl", "Hemoglobin", red["hgb"], "g/dL", rr), "g/dL", txt)
        rows.append(("C", f"CRITICAL RESULT: hemoglobin called to and read back by RN D. Kim, 6 West, at "
                          f"{_hm(rng, 5, 7)} on {_us(coll)} by MLS #2214."))
        txt, rr = sexref((41.0, 53.0), (36.0, 46.0), 1)
        R(ctx.add("hct", "pct", "Hematocrit", red["hct"], "%", rr), "%", txt)
        txt, rr = sexref((4.50, 5.90), (4.00, 5.20), 2)
        R(ctx.add("rbc", "m", "Red blood cell count", red["rbc"], "x10E6/uL", rr), "x10E6/uL", txt)
        R(ctx.add("mcv", "fl", "Mean corpuscular volume (MCV)", red["mcv"], "fL", (80.0, 100.0)), "fL")
        R(ctx.add("mch", "pg", "Mean corpuscular hemoglobin (MCH)", red["mch"], "pg", (26.0, 34.0)), "pg")
        R(ctx.add("mchc", "g_dl", "Mean corpuscular hemoglobin concentration (MCHC)", red["mchc"], "g/dL",
                  (31.0, 37.0)), "g/dL")
        R(ctx.lab("rdw", "pct", "Red cell distribution width (RDW)", "%", "H", ref=(11.5, 14.5)), "%")
        R(ctx.lab("wbc", "k", "White blood cell count", "x10E3/uL", "N", ref=(4.0, 10.5)), "x10E3/uL")
        R(ctx.lab("plt", "k", "Platelet count", "x10E3/uL", "N", ref=(150, 450)), "x10E3/uL")
        rows.append(("S", "IRON STUDIES"))
        fe = R(ctx.lab("iron", "ug_dl", "Iron, serum", "ug/dL", "L", ref=(59, 158), lim=(18, 40)), "ug/dL")
        tibc = R(ctx.lab("tibc", "ug_dl", "Total iron binding capacity (TIBC)", "ug/dL", "H", ref=(250, 450),
                         lim=(455, 520)), "ug/dL")
        R(ctx.add("tsat", "pct", "Transferrin saturation (iron saturation)", _round(fe.value / tibc.value * 100, 0),
                  "%", (15, 55)), "%")
        R(ctx.lab("ferritin", "ng_ml", "Ferritin", "ng/mL", "L", ref=(24, 336), lim=(4, 11)), "ng/mL")
        R(ctx.lab("b12", "pg_ml", "Vitamin B12 (cobalamin)", "pg/mL", "N", ref=(232, 1245)), "pg/mL")
        R(ctx.lab("folate", "ng_ml", "Folate, serum", "ng/mL", "N", ref=(3.0, 20.0), lim=(6.0, 17.0)), "ng/mL",
          "> 3.0")
        rows[-1][1].hi = None
        rows.append(("S", "CHEMISTRY"))
        R(ctx.lab("na", "mmol", "Sodium, serum", "mmol/L", "N", ref=(136, 145)), "mmol/L")
        R(ctx.lab("k", "mmol", "Potassium, serum", "mmol/L", "N", ref=(3.5, 5.1)), "mmol/L")
        R(ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107)), "mmol/L")
        R(ctx.lab("co2", "mmol", "Carbon dioxide, total (CO2)", "mmol/L", "N", ref=(22, 29)), "mmol/L")
        R(ctx.lab("bun", "mg_dl", "Urea nitrogen, blood (BUN)", "mg/dL", "H", ref=(8, 23), lim=(26, 34)), "mg/dL")
        cr = R(ctx.lab("creat", "mg_dl", "Creatinine, serum", "mg/dL", "N", ref=(0.70, 1.30)), "mg/dL")
        R(_egfr_result(ctx, cr, "Estimated GFR (CKD-EPI 2021, race-free)", "mL/min/1.73m2", True),
          "mL/min/1.73m2", ">=60")
        R(ctx.lab("glu", "mg_dl", "Glucose, serum", "mg/dL", "N", ref=(70, 99)), "mg/dL")
        R(ctx.lab("ca", "mg_dl", "Calcium, total", "mg/dL", "N", ref=(8.6, 10.3)), "mg/dL")
        R(ctx.lab("alb", "g_dl", "Albumin", "g/dL", "N", ref=(3.5, 5.2)), "g/dL")
        R(ctx.lab("tbil", "mg_dl", "Bilirubin, total", "mg/dL", "N", ref=(0.2, 1.2)), "mg/dL")
        R(ctx.lab("ldh", "ul", "Lactate dehydrogenase (LDH)", "U/L", "N", ref=(125, 220)), "U/L")
        lab = ("UNIVERSITY OF NORTH RIVER MEDICAL CENTER", "Clinical Pathology Laboratories · 800 Commonwealth Dr, "
                                                          "Columbus OH 43210 · CLIA 36D0656333")
        pname = "FITZWILLIAM, ROBERT J"
    else:  # South African private pathology
        rows.append(("S", "CHEMICAL PATHOLOGY"))
        R(ctx.lab("na", "mmol", "Sodium", "mmol/L", "N", ref=(136, 145)), "mmol/L")
        R(ctx.lab("k", "mmol", "Potassium", "mmol/L", "N", ref=(3.5, 5.1)), "mmol/L")
        R(ctx.lab("cl", "mmol", "Chloride", "mmol/L", "N", ref=(98, 107)), "mmol/L")
        R(ctx.lab("co2", "mmol", "Total carbon dioxide (bicarbonate)", "mmol/L", "N", ref=(23, 29)), "mmol/L")
        R(ctx.lab("urea", "mmol", "Urea", "mmol/L", "N", ref=(2.1, 7.1)), "mmol/L")
        cr = ctx.lab("creat", "umol", "Creatinine", "µmol/L", "N", ref=(64, 104))
        txt, rr = sexref((64, 104), (49, 90), 0)
        R(cr, "µmol/L", txt)
        R(_egfr_result(ctx, cr, "eGFR (CKD-EPI 2021, race-free equation)", "mL/min/1.73 m²", False, cap90=True),
          "mL/min/1.73 m²", "> 60")
        R(ctx.lab("glu", "mmol", "Glucose (fasting)", "mmol/L", "H", ref=(3.9, 5.5), lim=(6.2, 7.4)), "mmol/L",
          "3.9 - 5.5")
        rows.append(("C", "Fasting glucose 5.6 - 6.9 mmol/L: impaired fasting glucose. Suggest HbA1c."))
        R(ctx.lab("tp", "g_l", "Total protein", "g/L", "N", ref=(60, 78)), "g/L")
        R(ctx.lab("alb", "g_l", "Albumin", "g/L", "N", ref=(35, 52)), "g/L")
        R(ctx.lab("tbil", "umol", "Bilirubin, total", "µmol/L", "N", ref=(5, 21)), "µmol/L")
        R(ctx.lab("dbil", "umol", "Bilirubin, conjugated (direct)", "µmol/L", "N", ref=(0, 7), lim=(1, 5)), "µmol/L")
        R(ctx.lab("alp", "ul", "Alkaline phosphatase (ALP)", "U/L", "N", ref=(53, 128)), "U/L")
        R(ctx.lab("ggt", "ul", "Gamma glutamyl transferase (GGT)", "U/L", "H2", ref=(None, 68)), "U/L")
        R(ctx.lab("alt", "ul", "Alanine transaminase (ALT)", "U/L", "H", ref=(10, 40)), "U/L")
        R(ctx.lab("ast", "ul", "Aspartate transaminase (AST)", "U/L", "H", ref=(15, 40)), "U/L")
        R(ctx.lab("urate", "umol", "Uric acid (urate)", "µmol/L", "H", ref=(210, 420)), "µmol/L")
        R(ctx.lab("crp", "mg_l", "C-reactive protein (CRP)", "mg/L", "N", ref=(None, 10.0), lim=(1.2, 7.5)), "mg/L")
        rows.append(("S", "LIPIDS (fasting)"))
        tc = R(ctx.lab("chol", "mmol", "Total cholesterol", "mmol/L", "H", ref=(None, 5.0), lim=(5.4, 6.6)), "mmol/L")
        tg = R(ctx.lab("tg", "mmol", "Triglycerides", "mmol/L", "H", ref=(None, 1.7), lim=(1.9, 2.8)), "mmol/L")
        hdl = R(ctx.lab("hdl", "mmol", "HDL cholesterol", "mmol/L", "L", ref=(1.2, None), lim=(0.85, 1.1)), "mmol/L",
                "> 1.2 (male > 1.0)")
        hdl.lo = 1.0  # the male interval printed in brackets applies
        if hdl.value == 1.0:
            raise _Retry("hdl on bound")
        hdl.flag = _flag(hdl.value, hdl.lo, None, None, None)
        hdl.pflag = _pf(flags, hdl.flag)
        rows[-1][2]["flag"] = hdl.pflag or ""
        R(_ldl(ctx, tc, hdl, tg, True, "LDL cholesterol (calculated)", "mmol/L", (None, 3.0)), "mmol/L")
        R(ctx.add("nonhdl", "mmol", "Non-HDL cholesterol", _round(tc.value - hdl.value, 1), "mmol/L", (None, 3.8)),
          "mmol/L")
        R(ctx.lab("a1c", "pct", "HbA1c (glycated haemoglobin)", "%", "N", ref=(None, 6.5), lim=(5.7, 6.3)), "%",
          "< 6.5 (diagnostic cut-off)")
        R(ctx.lab("tsh", "miu", "Thyroid stimulating hormone (TSH)", "mIU/L", "N", ref=(0.27, 4.20)), "mIU/L")
        lab = ("KAROO & CAPE PATHOLOGISTS INC.", "Practice No. 5200296 · 12 Hof Street, Oranjezicht, Cape Town 8001")
        pname = "Mr Johannes (Hannes) DU TOIT"
    # ---------------- render ----------------
    d = _Doc(595, 842)
    dob = _dob(rng, age, coll)
    datef = [_uk, _us, lambda x: f"{x.year}/{x.month:02d}/{x.day:02d}"][v]
    acc = f"{['TCL', 'UNR', 'KCP'][v]}-{rng.randint(10**6, 10**7 - 1)}"
    ct, rt = _hm(rng, 7, 10), _hm(rng, 11, 16)

    def header(d: _Doc, pno):
        y = 44
        d.text(40, y, lab[0], 12.5, FB)
        y += 12
        d.text(40, y, lab[1], 7.6, F, color=(0.3, 0.3, 0.3))
        y += 12
        rows_h = [(f"Patient: {pname}", f"Lab number: {acc}"),
                  (f"Sex: {'Male' if sex == 'male' else 'Female'}    Age: {age} y    DOB: {datef(dob)}",
                   "Specimen: Serum / EDTA whole blood"),
                  (f"Collected: {datef(coll)} {ct}", f"Reported: {datef(coll)} {rt}")]
        d.rect(40, y, 555, y + 40, color=(0, 0, 0), width=0.6)
        yy = y + 11
        for a, b in rows_h:
            d.text(46, yy, a, 8.4, F)
            d.text(310, yy, b, 8.4, F)
            yy += 11.5
        return y + 52

    flow = _Flow(d, header, 785)
    cols = [
        [("name", "Test", 146, "l"), ("res", "Result", 52, "r"), ("flag", "Flag", 32, "c"), ("unit", "Units", 66, "l"),
         ("ref", "Reference interval", 132, "l"), ("method", "Notes", 87, "l")],
        [("name", "Test", 170, "l"), ("res", "Result", 55, "r"), ("flag", "Flag", 30, "c"),
         ("ref", "Reference Range", 120, "l"), ("unit", "Units", 62, "l"), ("method", "Method", 78, "l")],
        [("name", "Test", 170, "l"), ("res", "Result", 52, "r"), ("flag", "Flag", 38, "c"), ("unit", "Units", 70, "l"),
         ("ref", "Reference range", 185, "l")],
    ][v]
    if v == 1:
        meth = {"iron": "Ferrozine", "tibc": "Calculated", "tsat": "Calculated", "ferritin": "CLIA", "b12": "CLIA",
                "folate": "CLIA", "egfr": "Calculated", "ldh": "L to P", "hgb": "SLS", "hct": "Calculated",
                "mcv": "Impedance", "plt": "Impedance"}
        for row in rows:
            if row[0] == "R":
                row[2]["method"] = meth.get(row[1].key, "")
    if v == 0:
        for row in rows:
            if row[0] == "R" and row[1].key in ("egfr", "chol_hdl", "ldl"):
                row[2]["method"] = "Calculated"
    _grid(flow, cols, rows, F, FB)
    flow.y += 10
    flow.need(30)
    d.para(40, flow.y, ["Reference intervals are for adults. Results flagged H/L lie outside the interval for the "
                        "patient's sex and age.",
                        "C = critical value. Reference ranges are sex-specific where two ranges are shown.",
                        "Reference ranges where two are given: the range for the patient's sex applies."][v],
           515, 7.6, F, 9.4)
    flow.page_numbers(lambda d, i, n: d.text(555, 815, f"Page {i} of {n}", 7.5, F, align="r"))
    return _finish(name, 8, ctx, d, sex, coll)


# ----------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------

_BUILDERS = {}


def _register():
    g = globals()
    for i, fam in enumerate(FAMILIES):
        fn = g.get(f"_dg{i + 1}")
        if fn is not None:
            _BUILDERS[fam] = fn


def _build_one(fam: str, idx: int):
    name = f"{fam}-{idx + 1:02d}"
    fn = _BUILDERS[fam]
    last = None
    for attempt in range(300):
        rng = random.Random(f"{SEED}|{name}|{attempt}")
        try:
            return fn(name, rng, idx)
        except _Retry as e:  # a value landed on a bound: draw the report again
            last = e
    raise RuntimeError(f"{name}: no valid draw ({last})")


def _build_all():
    _register()
    out = []
    for fam in FAMILIES:
        if fam not in _BUILDERS:
            continue
        for i in range(3):
            out.append(_build_one(fam, i))
    return out


def reports() -> list[GeneratedReport]:
    return [rep for rep, _ctx, _src in _build_all()]


def _loinc_ok(code: str) -> bool:
    """LOINC's mod-10 check digit."""
    num, chk = code.split("-")
    rev = num[::-1]
    odd, even = rev[0::2][::-1], rev[1::2][::-1]
    total = sum(int(c) for c in even + str(int(odd) * 2))
    return (10 - total % 10) % 10 == int(chk)


def _check(outdir: str) -> int:
    import collections
    import os

    os.makedirs(outdir, exist_ok=True)
    built = _build_all()
    problems = []
    counts = collections.Counter()
    results = collections.Counter()
    for rep, ctx, src in built:
        ext = ".pdf" if rep.mime_type == "application/pdf" else ".png"
        with open(os.path.join(outdir, rep.name + ext), "wb") as fh:
            fh.write(rep.content)
        with open(os.path.join(outdir, rep.name + ".json"), "w") as fh:
            json.dump([asdict(e) for e in rep.expected], fh, indent=1, ensure_ascii=False)
        text = _pdf_text(src)
        for r in ctx.res:
            if r.name not in text:
                problems.append(f"{rep.name}: name {r.name!r} not in text layer")
            if r.vstr is not None and r.vstr not in text:
                problems.append(f"{rep.name}: value {r.vstr!r} ({r.name}) not in text layer")
            if r.unit is not None and r.unit not in text:
                problems.append(f"{rep.name}: unit {r.unit!r} ({r.name}) not in text layer")
            if r.pflag is not None and r.pflag not in text:
                problems.append(f"{rep.name}: printed flag {r.pflag!r} ({r.name}) not in text layer")
        for s in ctx.extra_checks:
            if s not in text:
                problems.append(f"{rep.name}: {s!r} not in text layer")
        for e in rep.expected:
            if (e.value is None) == (e.qualitative is None):
                problems.append(f"{rep.name}: {e.name_as_printed} value/qualitative")
            if not _loinc_ok(e.loinc):
                problems.append(f"{rep.name}: {e.name_as_printed} LOINC {e.loinc} fails its check digit")
            if e.flag not in ("N", "L", "H", "LL", "HH"):
                problems.append(f"{rep.name}: bad flag {e.flag}")
        counts[rep.family] += 1
        results[rep.family] += len(rep.expected)
    again = reports()
    same = len(again) == len(built) and all(a.content == b.content and a.expected == b.expected
                                            for a, (b, _c, _s) in zip(again, built))
    if not same:
        problems.append("two generations differ")
    for fam in FAMILIES:
        print(f"{fam:28s} reports={counts[fam]}  results={results[fam]}")
    print(f"total reports={sum(counts.values())} results={sum(results.values())}")
    print(f"deterministic (two generations byte-identical): {same}")
    for p in problems:
        print("PROBLEM:", p)
    print("all checks passed" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: labs_dev_g.py OUTDIR")
        sys.exit(2)
    sys.exit(_check(sys.argv[1]))
