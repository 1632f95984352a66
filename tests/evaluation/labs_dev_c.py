"""Lab-report accuracy evaluation, DEVELOPMENT part C: a deterministic generator of realistic lab reports.

Written on 2026-11-27 without reading the reader (nlp/), the scorer, or any other evaluation part
(labs_*.py); the only repository file read is tests/evaluation/lab_reports.py (the interface).
Developers may look at the reader's failures on this part and fix classes of error.

Seed string "clinigraph-labs-dev-c-2026-11-27"; `reports()` returns 36 reports (3 per family, names
"<family>-NN"), about 1,070 printed results; two calls give byte-identical content. Run as
`python3 labs_dev_c.py OUTDIR` to write NAME.pdf / NAME.png and NAME.json (report metadata, the expected
results, and "printed_value_strings" parallel to them), check that every expected name, printed value string
and unit occurs in the PDF text layer (scans: in the PDF rendered before scanning; wrapped grid names: in
their cell), check that two generations are identical, and print counts per family.

Families
  DC1-gasometry-en     hospital blood-gas reports (kPa in two, mmHg + mg/dL glucose in one); pH without unit,
                       signed base excess ("-1.3", "+3.1"), sO2, lactate, iCa, Na/K/Cl, glucose, tHb,
                       COHb/MetHb; a temperature-corrected column; FiO2/temperature as parameters.
  DC2-cardiac-tdm-pt   Portuguese emergency panel: hs troponin I (ng/L), CK, CK-MB, NT-proBNP (age bands),
                       D-dímero (ng/mL FEU), PCR, chemistry, coagulation, and drug levels (digoxina, lítio,
                       vancomicina vale, fenitoína, ácido valproico) with "Faixa terapêutica" references.
  DC3-gridtable-en     bordered grid tables (US, UK, Australian), long names and references wrapping in cells.
  DC4-multipage-pt     2-3 page Brazilian report: header row and patient block repeated, "Página i de n",
                       "Liberado em ..." lines, "Resultado anterior: ..." lines, % and absolute leucogram on
                       one row, urinalysis (EAS) and serologies.
  DC5-letter-en        GP / clinic / patient letters with results in sentences and run-on lists.
  DC6-sidebyside-pt    landscape page, two independent panels whose rows share baselines.
  DC7-phone-photo-en   PNG phone photos (keystone, 2-3 degree rotation, shadow band, uneven light, blur,
                       noise, JPEG artefacts, ~152-168 dpi) of row reports (US, UK SI, Indian style).
  DC8-unitfirst-pt     LIS fixed-width Courier export: CODIGO | EXAME | UNIDADE | RESULTADO | VALOR DE REFERENCIA.
  DC9-rangebar-en      patient-friendly cards: value above a drawn range bar, range ends under the bar,
                       a status word.
  DC10-keyperline-pt   stacked "Exame: / Material: / Método: / Resultado: / Unidade: / Valores de referência:".
  DC11-dualunit-en     SI result with the conventional conversion in brackets (Canada, Ireland).
  DC12-faxscan-pt      1-bit 150 dpi fax scans (speckle, 0.5-1.5 degree skew, streaks) of block layouts.

Ground-truth conventions (ExpectedResult fields)
  loinc      what was measured; SI substance concentrations take the molar code (14749-6 glucose,
             14682-9 creatinine, 22664-7 urea, 14647-2/14646-4/39469-2/14927-8 lipids, 14631-6 bilirubin,
             2000-8 calcium, 2601-3 magnesium, 14879-1 phosphate, 14933-6 urate, 14798-3 iron,
             14685-2 B12, 14732-2 folate, 14920-3 free T4, 14675-3 cortisol, 14913-8 testosterone,
             59261-8 HbA1c in mmol/mol); g/L and g/dL, kPa and mmHg, /mm3 and x10^9/L keep one code.
             Brazilian "Ureia" in mg/dL is urea mass 3091-6 (BUN 3094-0 only where BUN is printed).
             eGFR is always printed as CKD-EPI 2021: 98979-8. hs troponin I 89579-7, CK-MB mass 13969-1,
             NT-proBNP 33762-6, D-dimer FEU 48065-7, PT seconds 5902-2, PT activity % 5894-1, INR 6301-6,
             aPTT 3173-2, vancomycin trough 4092-3, ESR 30341-2 (4537-7 where "Westergren" is printed).
             Blood-gas analyser: pH/pCO2/pO2/HCO3/base excess/sO2/lactate take the arterial-blood codes
             (2744-1, 2019-8, 2703-7, 1960-4, 1925-7, 2708-6, 2518-9); its electrolytes, glucose, ionised
             calcium and haemoglobins take the whole-blood codes (2947-0, 6298-4, 2069-3, 15074-8 or 2339-0,
             1994-3, 718-7, 20563-3, 2614-6). A differential's % and absolute count are two results, even
             when printed on one row under one name (DC4). Urine dipstick: 20454-5, 25428-4, 2514-8, 5794-3,
             5802-4, 5799-2, 5770-3, 5818-0; sediment 5821-4, 13945-1 (per field), 20453-7 epithelial
             cells, 25145-4 bacteria, 8247-9 mucus. Serologies 5196-1, 13955-0, 56888-1, 5292-8, 16935-9.
  value      the printed number: decimal comma read; pt-BR "6.540" / "245.000" are thousands; en
             "3,620 cells/cumm" is 3620; signed base excess keeps its sign ("+3.1" -> 3.1). Qualitative
             results: value None and qualitative in English lower case ("negative", "non-reactive",
             "trace", "positive", "normal", "rare", "absent").
  comparator "<", ">" for printed qualifiers ("< 1,9", "> 90", ">90", "<4", "Superior a 90"); value is the
             printed number; every generated comparator result lies on the normal side (flag "N").
  unit       exactly as printed for the value (its cell, column, inline text), e.g. "x10E3/uL", "K/uL",
             "/mm³", "mil/mm³", "milhões/mm³", "10^6/µL", "lakhs/cumm", "cells/cumm", "ng/mL FEU",
             "segundos", "mL/min/1,73m²", "/campo"; None for pH, specific gravity, INR, A/G ratio,
             qualitative results, a "-" unit cell (DC8), and letter values written without a unit.
  ref_low/high  the printed interval applying to the patient's printed sex (and age: NT-proBNP bands);
             one side None for "< x", "Até x", "Inferior a x", "> x", ">= x", "Superior a x";
             "Desirable/Desejável/Optimal/Normal: < x" single-band statements are the reference;
             multi-band interpretive tables are NOT references (vitamin D SBPC/ML or deficiency bands,
             ADA HbA1c criteria, anti-HBs and serology-index interpretations): in DC10 vitamin D and HbA1c
             have a reference only where the block prints a "Valores de referência / VALOR DE REFERÊNCIA"
             line; in a DC3 cell "30-100 (sufficiency; 20-29 insufficiency; < 20 deficiency)" the reference
             is 30-100. Drug levels: "Faixa terapêutica" is the reference; "Nível tóxico"/"Faixa tóxica"
             are not. DC9: the two numbers printed under the ends of the green segment. DC11: the SI
             interval (a bracketed conventional interval is a conversion). Letters (DC5), estimated average
             glucose, anti-HBs, and qualitative results: both None.
  flag       "N"/"L"/"H" against that interval; "LL"/"HH" only beyond the brief's critical limits
             (Hb < 5.0 g/dL, Hct < 15 %, WBC < 1.0 or > 50 x10^3/uL, platelets < 10 x10^3/uL, ANC
             < 0.5 x10^3/uL, glucose < 40 or > 500 mg/dL, K < 2.5 or > 6.5, Na < 120 or > 160 mmol/L,
             aPTT > 150 s; converted for SI and display units). Other values are drawn clear of published
             critical lists (troponin always below the 99th percentile, lactate normal, drug levels never
             above the therapeutic range); no value sits exactly on a bound. Letters: "N" unless critical.
             Qualitative results: "N" when the normal answer (Negativo, Não reagente, Normal, Raras,
             Ausente), "H" for an abnormal one (Traços/Trace, Positivo/Positive) - reference None.
  printed_flag  the exact text printed beside the value ("H", "L", "HH", "H*", "*", "ALTO", "BAIXO",
             "Alto", "Baixo", "Crítico", "High", "Low", "CRITICAL", "Alterado"); a lab that does not
             distinguish critical values prints "H"/"L" for HH/LL. DC9: the card's status word, also for
             normal results ("Normal", "In range", "Above range", "Below range", "High", "Low").
  sex / collected_on  as printed in the header (letters: title Mr/Mrs/Ms and "man"/"woman"; the date the
             bloods were taken as written in the letter).

Not results: temperature-corrected blood-gas values, FiO2, patient temperature, operator-entered values,
"Tempo do controle"/"Controle"/ISI, toxic ranges, "Resultado anterior", "Previous:", previous values in
letters ("it was 47 in March"), serology "Índice" (S/CO), bracketed conventional conversions (DC11),
"Results at a glance: N markers in range" counts (DC9), LIS code and "Lab" site columns, method/material
lines, release lines, page numbers, dates, fax header lines.
Computed results printed as results are results, consistent with their inputs: eGFR (CKD-EPI 2021 from
creatinine, age, sex), LDL (Friedewald), VLDL, non-HDL, globulin, A/G ratio, indirect bilirubin, transferrin
saturation, estimated average glucose (27353-2), HCO3 and base excess (Henderson-Hasselbalch), absolute
differential counts (WBC x %), haematocrit/RBC/MCH from Hb, MCV and MCHC, INR and PT activity from PT.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import math
import random
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "clinigraph-labs-dev-c-2026-11-27"

FAMILIES: tuple[str, ...] = (
    "DC1-gasometry-en",
    "DC2-cardiac-tdm-pt",
    "DC3-gridtable-en",
    "DC4-multipage-pt",
    "DC5-letter-en",
    "DC6-sidebyside-pt",
    "DC7-phone-photo-en",
    "DC8-unitfirst-pt",
    "DC9-rangebar-en",
    "DC10-keyperline-pt",
    "DC11-dualunit-en",
    "DC12-faxscan-pt",
)

REPORTS_PER_FAMILY = 3

# ----------------------------------------------------------------------------------------------
# Analyte specifications (canonical unit of each key; a family may print a scaled display unit)
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    loinc: str
    dec: int  # decimals of the canonical value
    ref: Any  # (lo, hi) or {"male": (lo, hi), "female": (lo, hi)}; either side may be None
    lo_min: float | None = None  # lowest abnormal-low value ever generated (None: never low)
    hi_max: float | None = None  # highest abnormal-high value ever generated (None: never high)
    norm: tuple[float, float] | None = None  # where normal values are drawn (clipped to the interval)
    crit: tuple[float | None, float | None] = (None, None)  # critical limits (canonical unit)
    crit_gen: tuple[Any, Any] = (None, None)  # ((a, b) for LL, (a, b) for HH)
    rdec: int | None = None  # decimals of the printed reference interval


def _sx(m, f):
    return {"male": m, "female": f}


SPECS: dict[str, Spec] = {
    # --- haematology (canonical: g/dL, %, x10^3/uL, x10^6/uL, fL, pg) ---
    "hb": Spec("718-7", 1, _sx((13.5, 17.5), (12.0, 16.0)), 8.0, 18.4, (12.2, 16.4),
               (5.0, None), ((3.9, 4.5), None)),
    "hct": Spec("4544-3", 1, _sx((40.0, 52.0), (36.0, 47.0)), 24.0, 54.0, crit=(15.0, None), rdec=1),
    "rbc": Spec("789-8", 2, _sx((4.50, 5.90), (4.00, 5.20)), 3.0, 6.3),
    "mcv": Spec("787-2", 1, (80.0, 100.0), 68.0, 108.0, (82.0, 97.0), rdec=0),
    "mch": Spec("785-6", 1, (27.0, 33.0), 22.0, 36.0, rdec=1),
    "mchc": Spec("786-4", 1, (32.0, 36.0), 30.0, 37.0, (32.6, 35.3), rdec=1),
    "rdw": Spec("788-0", 1, (11.5, 14.5), None, 19.5, (12.0, 14.0)),
    "wbc": Spec("6690-2", 2, (4.0, 11.0), 2.6, 18.5, (4.6, 9.8), (1.0, 50.0),
                ((0.35, 0.8), (62.0, 88.0)), rdec=1),
    "plt": Spec("777-3", 0, (150, 450), 52, 640, (170, 380), (10, None), ((3, 8), None)),
    "mpv": Spec("32623-1", 1, (7.4, 10.4), 6.0, 12.8),
    "neut_p": Spec("770-8", 1, (40.0, 75.0), 30.0, 86.0, (46.0, 70.0), rdec=0),
    "lymph_p": Spec("736-9", 1, (20.0, 45.0), None, None, rdec=0),
    "mono_p": Spec("5905-5", 1, (2.0, 10.0), None, None, rdec=0),
    "eos_p": Spec("713-8", 1, (1.0, 6.0), None, None, rdec=0),
    "baso_p": Spec("706-2", 1, (0.0, 2.0), None, None, rdec=0),
    "neut_a": Spec("751-8", 3, (1.8, 7.7), None, None, crit=(0.5, None), rdec=1),
    "lymph_a": Spec("731-0", 3, (1.0, 4.0), None, None, rdec=1),
    "mono_a": Spec("742-7", 3, (0.2, 1.0), None, None, rdec=1),
    "eos_a": Spec("711-2", 3, (0.02, 0.50), None, None, rdec=2),
    "baso_a": Spec("704-7", 3, (0.0, 0.10), None, None, rdec=2),
    "esr": Spec("30341-2", 0, _sx((0, 15), (0, 20)), None, 48, (3, 12)),
    # --- chemistry, conventional ---
    "glu": Spec("2345-7", 0, (70, 99), 61, 290, (76, 96), (40, 500), ((27, 35), (545, 690))),
    "urea": Spec("3091-6", 0, (15, 45), None, 95, (19, 40)),
    "bun": Spec("3094-0", 0, (7, 20), None, 44, (9, 18)),
    "crea": Spec("2160-0", 2, _sx((0.70, 1.30), (0.50, 1.10)), None, 2.80),
    "egfr": Spec("98979-8", 0, (60, None), None, None),
    "na": Spec("2951-2", 0, (135, 145), 133, 149, (137, 143), (120, 160), ((113, 117), (163, 167))),
    "k": Spec("2823-3", 1, (3.5, 5.1), 3.1, 5.8, (3.7, 4.9), (2.5, 6.5), ((1.9, 2.3), (6.9, 7.5))),
    "cl": Spec("2075-0", 0, (98, 107), 93, 112, (100, 106)),
    "co2": Spec("2028-9", 0, (22, 29), 18, 33, (23, 28)),
    "ca": Spec("17861-6", 1, (8.6, 10.3), 8.0, 11.2, (8.9, 10.0)),
    "mg": Spec("19123-9", 1, (1.6, 2.6), 1.3, 3.0, (1.8, 2.4)),
    "phos": Spec("2777-1", 1, (2.5, 4.5), 1.9, 6.0, (2.8, 4.2)),
    "uric": Spec("3084-1", 1, _sx((3.5, 7.2), (2.6, 6.0)), None, 10.5),
    "tp": Spec("2885-2", 1, (6.4, 8.3), 5.3, 9.0, (6.7, 7.9)),
    "alb": Spec("1751-7", 1, (3.5, 5.2), 2.6, None, (3.8, 4.9)),
    "glob": Spec("10834-0", 1, (2.0, 3.5), None, None),
    "ag": Spec("1759-0", 2, (1.1, 2.2), None, None, rdec=1),
    "bilt": Spec("1975-2", 2, (0.20, 1.20), None, 3.0, (0.30, 1.00), rdec=1),
    "bild": Spec("1968-7", 2, (0.0, 0.30), None, 0.9, (0.06, 0.24), rdec=1),
    "bili": Spec("1971-1", 2, (0.10, 0.90), None, None, rdec=1),
    "ast": Spec("1920-8", 0, _sx((10, 40), (10, 35)), None, 160, (14, 32)),
    "alt": Spec("1742-6", 0, _sx((10, 50), (10, 35)), None, 180, (12, 31)),
    "ggt": Spec("2324-2", 0, _sx((8, 61), (5, 36)), None, 240, (10, 33)),
    "alp": Spec("6768-6", 0, (40, 129), None, 280, (48, 115)),
    "ldh": Spec("2532-0", 0, (135, 225), None, 420, (145, 215)),
    "amy": Spec("1798-8", 0, (28, 100), None, 180, (35, 90)),
    "lip": Spec("3040-3", 0, (13, 60), None, 130, (16, 52)),
    "ck": Spec("2157-6", 0, _sx((39, 308), (26, 192)), None, 880, (45, 170)),
    "ckmb": Spec("13969-1", 1, (None, 5.0), None, 8.6, (0.6, 4.2)),
    "trop": Spec("89579-7", 1, _sx((None, 34.2), (None, 15.6)), None, None, (1.4, 12.5)),
    "ntbnp": Spec("33762-6", 0, (None, 125), None, 2600, (18, 110)),
    "ddim": Spec("48065-7", 0, (None, 500), None, 2400, (140, 460)),
    "crp": Spec("1988-5", 1, (None, 5.0), None, 95.0, (0.4, 4.4)),  # mg/L
    "crp_dl": Spec("1988-5", 2, (None, 0.50), None, 9.5, (0.04, 0.44)),  # mg/dL
    "pct": Spec("33959-8", 2, (None, 0.50), None, 1.8, (0.03, 0.40)),
    "pt": Spec("5902-2", 1, (9.4, 12.5), None, 16.5, (10.2, 12.0)),
    "pta": Spec("5894-1", 0, (70, 120), 55, None, (82, 112)),
    "inr": Spec("6301-6", 2, (0.80, 1.20), None, 2.40, (0.90, 1.12), rdec=1),
    "aptt": Spec("3173-2", 1, (25.0, 35.0), None, 52.0, (26.5, 33.5), (None, 150.0),
                 (None, (162.0, 185.0))),
    "fib": Spec("3255-7", 0, (200, 400), 150, 560, (230, 380)),
    "chol": Spec("2093-3", 0, (None, 200), None, 290, (132, 196)),
    "hdl": Spec("2085-9", 0, _sx((40, None), (50, None)), 28, None, (52, 78)),
    "tg": Spec("2571-8", 0, (None, 150), None, 360, (55, 145)),
    "ldl": Spec("13457-7", 0, (None, 130), None, None),
    "vldl": Spec("13458-5", 0, (None, 30), None, None),
    "nonhdl": Spec("43396-1", 0, (None, 160), None, None),
    "a1c": Spec("4548-4", 1, (4.0, 5.6), None, 9.8, (4.6, 5.5)),
    "eag": Spec("27353-2", 0, (None, None), None, None),
    "tsh": Spec("3016-3", 2, (0.27, 4.20), 0.05, 14.0, (0.70, 3.40)),
    "ft4": Spec("3024-7", 2, (0.93, 1.70), 0.55, 2.30, (1.00, 1.55)),
    "ft3": Spec("3051-0", 2, (2.00, 4.40), 1.50, 6.0, (2.40, 3.90)),
    "tpo": Spec("8099-4", 1, (None, 34.0), None, 420.0, (3.0, 26.0), rdec=0),
    "ferr": Spec("2276-4", 1, _sx((30.0, 400.0), (13.0, 150.0)), 4.0, 880.0, rdec=0),
    "iron": Spec("2498-4", 0, _sx((65, 175), (50, 170)), 25, 215, (72, 150)),
    "tibc": Spec("2500-7", 0, (250, 450), 200, 520, (270, 410)),
    "tsat": Spec("2502-3", 0, (20, 50), None, None),
    "transf": Spec("3034-6", 0, (200, 360), 160, 420, (215, 340)),
    "b12": Spec("2132-9", 0, (197, 771), 120, 1400, (260, 690)),
    "fol": Spec("2284-8", 1, (3.9, 26.8), 2.0, None, (5.0, 19.0)),
    "vitd": Spec("62292-8", 1, (30.0, 100.0), 8.0, None, (31.0, 64.0), rdec=0),
    "cort": Spec("2143-6", 1, (6.2, 19.4), 3.5, 26.0, (7.5, 17.5)),
    "prl": Spec("2842-3", 1, _sx((4.0, 15.2), (4.8, 23.3)), None, 62.0),
    "testo": Spec("2986-8", 0, _sx((249, 836), (8, 48)), None, None),
    "psa": Spec("2857-1", 2, (None, 4.00), None, 9.0, (0.30, 2.60)),
    "ins": Spec("20448-7", 1, (2.6, 24.9), None, 48.0, (4.0, 18.0)),
    "pth": Spec("2731-8", 1, (15.0, 65.0), None, 140.0, (20.0, 58.0), rdec=0),
    "ahbs": Spec("16935-9", 1, (None, None), None, None, (12.0, 880.0)),
    # --- therapeutic drugs (never generated above their range) ---
    "dig": Spec("10535-3", 2, (0.80, 2.00), 0.35, None, (0.86, 1.55), rdec=1),
    "li": Spec("14334-7", 2, (0.60, 1.20), 0.25, None, (0.64, 1.02), rdec=1),
    "vanc": Spec("4092-3", 1, (10.0, 20.0), 4.5, None, (10.8, 17.6)),
    "phen": Spec("3968-5", 1, (10.0, 20.0), 4.0, None, (10.8, 17.5)),
    "valp": Spec("4086-5", 0, (50, 100), 28, None, (55, 88)),
    # --- urinalysis (numeric parts) ---
    "usg": Spec("5811-5", 3, (1.005, 1.030), None, None, (1.010, 1.026)),
    "uph": Spec("5803-2", 1, (5.0, 8.0), None, None, (5.5, 7.0)),
    "uwbc": Spec("5821-4", 0, (None, 5), None, 18, (1, 4)),
    "urbc": Spec("13945-1", 0, (None, 3), None, 12, (0, 2)),
    # --- blood gas (arterial) and analyser electrolytes (whole blood) ---
    "ph": Spec("2744-1", 2, (7.35, 7.45), 7.30, 7.52, (7.37, 7.43)),
    "pco2": Spec("2019-8", 1, (35.0, 45.0), 30.0, 55.0, (36.5, 43.5), rdec=0),  # mmHg
    "po2": Spec("2703-7", 1, (80.0, 100.0), 63.0, 180.0, (84.0, 98.0), rdec=0),  # mmHg
    "hco3": Spec("1960-4", 1, (22.0, 26.0), None, None, rdec=0),
    "be": Spec("1925-7", 1, (-2.0, 2.0), None, None, rdec=1),
    "sao2": Spec("2708-6", 1, (95.0, 99.0), None, None, rdec=0),
    "lac": Spec("2518-9", 1, (0.5, 2.2), None, None, (0.6, 1.8)),
    "ica": Spec("1994-3", 2, (1.15, 1.30), 1.06, 1.38, (1.17, 1.28)),
    "na_b": Spec("2947-0", 0, (135, 145), 133, 149, (137, 143), (120, 160), ((113, 117), (163, 167))),
    "k_b": Spec("6298-4", 1, (3.5, 5.0), 3.1, 5.8, (3.7, 4.8), (2.5, 6.5), ((1.9, 2.3), (6.9, 7.5))),
    "cl_b": Spec("2069-3", 0, (98, 107), 93, 112, (100, 106)),
    "glu_b": Spec("2339-0", 0, (70, 140), 61, 290, (84, 132), (40, 500), ((27, 35), (545, 690))),
    "glu_bsi": Spec("15074-8", 1, (4.0, 7.8), 3.4, 16.0, (4.4, 7.2), (2.2, 27.8),
                    ((1.5, 1.9), (30.5, 37.0))),
    "thb": Spec("718-7", 1, _sx((13.5, 17.5), (12.0, 16.0)), 8.0, 18.4, (12.3, 16.2),
                (5.0, None), ((3.9, 4.5), None)),
    "cohb": Spec("20563-3", 1, (0.5, 2.5), None, None, (0.7, 1.9)),
    "methb": Spec("2614-6", 1, (0.0, 1.5), None, None, (0.3, 1.1)),
    # --- SI variants with their molar codes (or the same code when the property is unchanged) ---
    "hb_gl": Spec("718-7", 0, _sx((130, 175), (120, 155)), 80, 184, (123, 162), (50, None),
                  ((39, 45), None)),
    "hct_ll": Spec("4544-3", 2, _sx((0.40, 0.52), (0.36, 0.46)), 0.24, 0.54, rdec=2),
    "mchc_gl": Spec("786-4", 0, (320, 360), 300, 370, (326, 353)),
    "glu_si": Spec("14749-6", 1, (3.9, 5.5), 3.4, 16.0, (4.2, 5.3), (2.2, 27.8),
                   ((1.5, 1.9), (30.5, 37.0))),
    "urea_si": Spec("22664-7", 1, (2.5, 7.8), None, 15.0, (3.0, 7.0)),
    "crea_si": Spec("14682-9", 0, _sx((62, 106), (44, 80)), None, 240),
    "ca_si": Spec("2000-8", 2, (2.15, 2.55), 2.00, 2.80, (2.22, 2.48)),
    "mg_si": Spec("2601-3", 2, (0.70, 1.00), 0.55, 1.20, (0.74, 0.96)),
    "phos_si": Spec("14879-1", 2, (0.80, 1.45), 0.62, 1.90, (0.86, 1.38)),
    "uric_si": Spec("14933-6", 0, _sx((200, 420), (140, 360)), None, 600),
    "bilt_si": Spec("14631-6", 0, (3, 21), None, 50, (5, 17)),
    "alb_gl": Spec("1751-7", 0, (35, 50), 26, None, (37, 48)),
    "tp_gl": Spec("2885-2", 0, (60, 80), 52, 90, (64, 78)),
    "chol_si": Spec("14647-2", 2, (None, 5.20), None, 7.50, (3.40, 5.05)),
    "hdl_si": Spec("14646-4", 2, _sx((1.00, None), (1.20, None)), 0.72, None, (1.28, 2.05)),
    "tg_si": Spec("14927-8", 2, (None, 1.70), None, 4.10, (0.62, 1.62)),
    "ldl_si": Spec("39469-2", 2, (None, 3.40), None, None),
    "a1c_si": Spec("59261-8", 0, (20, 42), None, 84, (27, 38)),
    "ft4_si": Spec("14920-3", 1, (12.0, 22.0), 7.0, 30.0, (13.0, 20.5)),
    "iron_si": Spec("14798-3", 1, _sx((11.6, 31.3), (9.0, 30.4)), 4.5, 38.0, (13.0, 27.0)),
    "b12_si": Spec("14685-2", 0, (145, 569), 90, 1000, (190, 500)),
    "fol_si": Spec("14732-2", 1, (8.8, 60.8), 4.5, None, (11.0, 42.0)),
    "cort_si": Spec("14675-3", 0, (166, 507), 95, 690, (200, 480)),
    "testo_si": Spec("14913-8", 1, _sx((8.6, 29.0), (0.3, 1.7)), None, None),
}

# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------


def _rng(*parts: object) -> random.Random:
    return random.Random("|".join([SEED, *map(str, parts)]))


def ref_for(ref: Any, sex: str) -> tuple[float | None, float | None]:
    if isinstance(ref, dict):
        return ref[sex]
    return ref


def fmt_num(v: float, dec: int, lang: str, thou: bool = False, plus: bool = False) -> str:
    if dec < 0:
        v = round(v, dec)
        dec = 0
    r = round(v, dec)
    if r == 0:
        r = 0.0
    s = f"{abs(r):,.{dec}f}" if thou else f"{abs(r):.{dec}f}"
    if lang == "pt":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    sign = "-" if r < 0 else ("+" if plus and r > 0 else "")
    return sign + s


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def iso(d: _dt.date) -> str:
    return d.isoformat()


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]


def dmy(d: _dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mdy(d: _dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_mon_y(d: _dt.date) -> str:
    return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}"


# ----------------------------------------------------------------------------------------------
# Value generation
# ----------------------------------------------------------------------------------------------


def _span_defaults(lo, hi):
    if lo is not None and hi is not None:
        w = hi - lo
        return lo + 0.07 * w, hi - 0.07 * w
    if hi is not None:
        return hi * 0.15, hi * 0.85
    if lo is not None:
        return lo * 1.12, lo * 1.9
    return 0.0, 1.0


def draw(rng: random.Random, key: str, sex: str, state: str = "N", ref: Any = None) -> float:
    """A raw (unrounded) canonical value for key in the given state, relative to ref."""
    sp = SPECS[key]
    lo, hi = ref_for(ref if ref is not None else sp.ref, sex)
    step = 10 ** (-sp.dec)
    if state == "N":
        a, b = _span_defaults(lo, hi)
        if sp.norm:
            a, b = max(a, sp.norm[0]) if lo is not None else sp.norm[0], \
                min(b, sp.norm[1]) if hi is not None else sp.norm[1]
            if a >= b:
                a, b = _span_defaults(lo, hi)
        return rng.uniform(a, b)
    if state == "H":
        a = hi + max(3 * step, 0.025 * abs(hi))
        b = sp.hi_max
        if b <= a:
            b = a + 2 * step
        return rng.triangular(a, b, a + 0.25 * (b - a))
    if state == "L":
        b = lo - max(3 * step, 0.025 * abs(lo))
        a = sp.lo_min
        if a >= b:
            a = b - 2 * step
        return rng.triangular(a, b, b - 0.25 * (b - a))
    if state == "LL":
        return rng.uniform(*sp.crit_gen[0])
    if state == "HH":
        return rng.uniform(*sp.crit_gen[1])
    raise ValueError(state)


def possible_states(key: str, sex: str, ref: Any = None) -> list[str]:
    sp = SPECS[key]
    lo, hi = ref_for(ref if ref is not None else sp.ref, sex)
    out = []
    if sp.hi_max is not None and hi is not None and sp.hi_max > hi * 1.04 + 10 ** -sp.dec * 3:
        out.append("H")
    if sp.lo_min is not None and lo is not None and sp.lo_min < lo * 0.97 - 10 ** -sp.dec * 3:
        out.append("L")
    return out


def pick_state(rng: random.Random, key: str, sex: str, p_abn: float, ref: Any = None) -> str:
    opts = possible_states(key, sex, ref)
    if opts and rng.random() < p_abn:
        return rng.choice(opts)
    return "N"


def flag_of(v: float | None, lo, hi, crit=(None, None)) -> str:
    if v is None:
        return "N"
    if crit[0] is not None and v < crit[0]:
        return "LL"
    if crit[1] is not None and v > crit[1]:
        return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


# ----------------------------------------------------------------------------------------------
# Rows: one printed result with everything a layout needs
# ----------------------------------------------------------------------------------------------


@dataclass
class Row:
    key: str
    loinc: str
    name: str
    value: float | None
    vtext: str
    unit: str | None
    lo: float | None
    hi: float | None
    reftext: str
    flag: str
    pflag: str | None = None
    qual: str | None = None
    comp: str | None = None
    extra: dict = field(default_factory=dict)

    def expected(self) -> ExpectedResult:
        return ExpectedResult(loinc=self.loinc, name_as_printed=self.name, value=self.value,
                              unit=self.unit, ref_low=self.lo, ref_high=self.hi, flag=self.flag,
                              qualitative=self.qual, comparator=self.comp,
                              printed_flag=self.pflag)


@dataclass(frozen=True)
class Disp:
    """How a family prints a canonical value: value*factor with dec decimals."""
    unit: str | None
    factor: float = 1.0
    dec: int | None = None  # None: spec.dec ; negative: round to tens/hundreds
    thou: bool = False  # pt-BR thousands separator
    rdec: int | None = None


FLAG_STYLES = {
    "HL": {"H": "H", "L": "L", "HH": "HH", "LL": "LL"},
    "HL1": {"H": "H", "L": "L", "HH": "H", "LL": "L"},
    "HLc": {"H": "H", "L": "L", "HH": "H*", "LL": "L*"},
    "star": {"H": "*", "L": "*", "HH": "*", "LL": "*"},
    "pt": {"H": "Alto", "L": "Baixo", "HH": "Crítico", "LL": "Crítico"},
    "PT": {"H": "ALTO", "L": "BAIXO", "HH": "ALTO", "LL": "BAIXO"},
    "AB": {"H": "A", "L": "B", "HH": "A", "LL": "B"},
    "HIGHLOW": {"H": "High", "L": "Low", "HH": "CRITICAL", "LL": "CRITICAL"},
    "none": {},
}


def _rdec(sp: Spec, d: Disp) -> int:
    if d.rdec is not None:
        return d.rdec
    if d.factor != 1:
        return max(sp.dec if d.dec is None else d.dec, 0)
    if sp.rdec is not None:
        return sp.rdec
    return max(sp.dec if d.dec is None else d.dec, 0)


def num_row(key: str, name: str, canon: float, sex: str, lang: str, d: Disp,
            ref: Any = None, reftext: str | None = None, flagstyle: str = "none",
            comp: str | None = None, loinc: str | None = None, plus: bool = False,
            ref_applies: bool = True) -> Row:
    """Build a numeric row. canon is the (rounded) canonical value; ref in canonical units."""
    sp = SPECS[key]
    dec = sp.dec if d.dec is None else d.dec
    v = canon * d.factor
    v = round(v, dec) if dec >= 0 else round(v, dec)
    vtext = fmt_num(v, dec, lang, d.thou, plus)
    value = float(round(v, max(dec, 0)))
    lo = hi = None
    if ref_applies:
        lo, hi = ref_for(ref if ref is not None else sp.ref, sex)
        rd = _rdec(sp, d)
        if lo is not None:
            lo = float(round(lo * d.factor, max(rd, 0)))
        if hi is not None:
            hi = float(round(hi * d.factor, max(rd, 0)))
    crit = tuple(None if c is None else c * d.factor for c in sp.crit)
    if comp is None:
        flag = flag_of(value, lo, hi, crit)
    else:
        flag = "N"  # generated comparator values always sit on the normal side
    pflag = FLAG_STYLES[flagstyle].get(flag) if flag != "N" else None
    return Row(key, loinc or sp.loinc, name, value, vtext, d.unit, lo, hi, reftext or "", flag,
               pflag, None, comp)


def qual_row(loinc: str, name: str, text: str, qual: str, abnormal: bool = False,
             reftext: str = "", pflag: str | None = None, unit: str | None = None,
             key: str = "qual") -> Row:
    return Row(key, loinc, name, None, text, unit, None, None, reftext,
               "H" if abnormal else "N", pflag if abnormal else None, qual, None)


def ref_text(lo, hi, rd: int, lang: str, style: str = "dash", unit: str | None = None,
             thou: bool = False) -> str:
    f = lambda x: fmt_num(x, rd, lang, thou=thou)  # noqa: E731
    u = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        if style == "a":
            return f"{f(lo)} a {f(hi)}{u}"
        if style == "de":
            return f"De {f(lo)} a {f(hi)}{u}"
        if style == "to":
            return f"{f(lo)} to {f(hi)}{u}"
        if style == "sp":
            return f"{f(lo)} - {f(hi)}{u}"
        if style == "par":
            return f"({f(lo)}-{f(hi)}){u}"
        return f"{f(lo)}-{f(hi)}{u}"
    if hi is not None:
        if lang == "pt":
            return {"a": f"Inferior a {f(hi)}{u}", "de": f"Até {f(hi)}{u}",
                    "ate": f"Até {f(hi)}{u}"}.get(style, f"< {f(hi)}{u}")
        return {"sp": f"<{f(hi)}{u}", "to": f"less than {f(hi)}{u}"}.get(style, f"< {f(hi)}{u}")
    if lo is not None:
        if lang == "pt":
            return {"a": f"Superior a {f(lo)}{u}", "de": f"Maior que {f(lo)}{u}"}.get(
                style, f"> {f(lo)}{u}")
        return {"sp": f">{f(lo)}{u}", "to": f"greater than {f(lo)}{u}"}.get(style, f"> {f(lo)}{u}")
    return ""


SEX_REF_FORMATS = {
    "en": ["M: {m} / F: {f}", "Male {m}; Female {f}", "Men {m}  Women {f}",
           "Adult male: {m} / Adult female: {f}", "M {m}, F {f}"],
    "pt": ["Homens: {m} / Mulheres: {f}", "Masculino: {m}; Feminino: {f}",
           "Masc.: {m}  Fem.: {f}", "Homens: {m}; Mulheres: {f}"],
}


def auto_reftext(key: str, sex: str, lang: str, d: Disp, style: str, both_sexes: bool,
                 sexfmt: str | None = None, ref: Any = None, with_unit: bool = False) -> str:
    sp = SPECS[key]
    r = ref if ref is not None else sp.ref
    rd = _rdec(sp, d)
    u = d.unit if with_unit else None

    def one(p):
        lo, hi = p
        lo = None if lo is None else lo * d.factor
        hi = None if hi is None else hi * d.factor
        return ref_text(lo, hi, rd, lang, style, u, d.thou)

    if isinstance(r, dict):
        if both_sexes:
            fmt = sexfmt or SEX_REF_FORMATS[lang][0]
            return fmt.format(m=one(r["male"]), f=one(r["female"]))
        return one(r[sex])
    return one(r)


class Retry(Exception):
    """A generated report broke a ground-truth rule (value on a bound...): draw it again."""


class Clin:
    """The clinical values of one patient (canonical units), with derived results consistent."""

    def __init__(self, rng: random.Random, sex: str, age: int, p_abn: float = 0.25,
                 refs: dict | None = None):
        self.rng, self.sex, self.age, self.p_abn = rng, sex, age, p_abn
        self.refs = dict(refs or {})
        self.v: dict[str, float] = {}
        self.state: dict[str, str] = {}

    def ref(self, key):
        return self.refs.get(key, SPECS[key].ref)

    def lohi(self, key):
        return ref_for(self.ref(key), self.sex)

    def _ok(self, key, x):
        lo, hi = self.lohi(key)
        for b in (lo, hi, *SPECS[key].crit):
            if b is not None and abs(x - b) < 1e-9:
                return False
        return True

    def st(self, key, state=None):
        return state or pick_state(self.rng, key, self.sex, self.p_abn, self.ref(key))

    def gen(self, key, state=None):
        s = self.st(key, state)
        x = 0.0
        for _ in range(200):
            x = round(draw(self.rng, key, self.sex, s, self.ref(key)), SPECS[key].dec)
            if self._ok(key, x):
                break
        self.v[key], self.state[key] = x, s
        return x

    def set(self, key, x):
        x = round(x, SPECS[key].dec)
        if not self._ok(key, x):
            raise Retry(key)
        self.v[key] = x
        return x

    def many(self, keys, crit=None):
        crit = crit or {}
        for k in keys:
            self.gen(k, crit.get(k))

    # ---- derived groups ----
    def cbc(self, crit: str | None = None, diff: bool = True):
        """crit: None, 'hb' (LL), 'wbc_lo', 'wbc_hi', 'plt' (LL)."""
        r = self.rng
        for _ in range(300):
            try:
                hb = self.gen("hb", "LL" if crit == "hb" else None)
                mcv = self.gen("mcv")
                mchc = round(r.uniform(31.6, 35.4) if crit != "hb" else r.uniform(31.5, 34.5), 1)
                self.set("mchc", mchc)
                hct = self.set("hct", hb / mchc * 100)
                if crit == "hb" and not hct < 14.6:
                    raise Retry("hct")
                if crit != "hb" and hct < 22.0:
                    raise Retry("hct")
                rbc = self.set("rbc", hct / mcv * 10)
                self.set("mch", hb / rbc * 10)
                self.gen("rdw", "H" if self.state["mcv"] != "N" and r.random() < 0.6 else None)
                wst = {"wbc_lo": "LL", "wbc_hi": "HH"}.get(crit or "")
                wbc = self.gen("wbc", wst)
                self.gen("plt", "LL" if crit == "plt" else None)
                self.gen("mpv")
                if diff:
                    ns = "L" if wst == "LL" else None
                    npct = self.gen("neut_p", ns)
                    mono = round(r.uniform(3.0, 9.2), 1)
                    eos = round(r.uniform(0.6, 4.8), 1)
                    baso = round(r.uniform(0.2, 1.1), 1)
                    lym = round(100.0 - npct - mono - eos - baso, 1)
                    if not 9.0 <= lym <= 55.0:
                        raise Retry("lymph")
                    for k, p in (("mono_p", mono), ("eos_p", eos), ("baso_p", baso), ("lymph_p", lym)):
                        self.set(k, p)
                    for kp, ka in (("neut_p", "neut_a"), ("lymph_p", "lymph_a"), ("mono_p", "mono_a"),
                                   ("eos_p", "eos_a"), ("baso_p", "baso_a")):
                        self.set(ka, wbc * self.v[kp] / 100)
                    anc = self.v["neut_a"]
                    if 0.45 <= anc <= 1.15:
                        raise Retry("anc")
                return
            except Retry:
                continue
        raise Retry("cbc")

    def lipids(self, si: bool = False):
        for _ in range(300):
            try:
                if si:
                    tc, hdl, tg = self.gen("chol_si"), self.gen("hdl_si"), self.gen("tg_si")
                    ldl = tc - hdl - tg / 2.2
                    if ldl < 1.2:
                        raise Retry("ldl")
                    self.set("ldl_si", ldl)
                else:
                    tc, hdl, tg = self.gen("chol"), self.gen("hdl"), self.gen("tg")
                    ldl = tc - hdl - tg / 5
                    if ldl < 45:
                        raise Retry("ldl")
                    self.set("ldl", ldl)
                    self.set("vldl", tg / 5)
                    self.set("nonhdl", tc - hdl)
                return
            except Retry:
                continue
        raise Retry("lipids")

    def proteins(self):
        for _ in range(300):
            try:
                tp, alb = self.gen("tp"), self.gen("alb")
                g = round(tp - alb, 1)
                if g < 1.7:
                    raise Retry("glob")
                self.set("glob", g)
                self.set("ag", alb / g)
                return
            except Retry:
                continue
        raise Retry("proteins")

    def bilirubin(self):
        for _ in range(300):
            try:
                t = self.gen("bilt")
                d = self.gen("bild")
                if d > t * 0.55:
                    raise Retry("bild")
                self.set("bili", t - d)
                return
            except Retry:
                continue
        raise Retry("bili")

    def egfr(self, crea_key: str = "crea"):
        scr = self.v[crea_key] if crea_key == "crea" else self.v[crea_key] / 88.4
        k, a = (0.7, -0.241) if self.sex == "female" else (0.9, -0.302)
        e = 142 * min(scr / k, 1) ** a * max(scr / k, 1) ** -1.200 * 0.9938 ** self.age
        if self.sex == "female":
            e *= 1.012
        e = round(e)
        if e in (60, 90):
            e += 1
        self.v["egfr"] = float(e)
        return e

    def iron(self):
        for _ in range(300):
            try:
                fe, t = self.gen("iron"), self.gen("tibc")
                self.set("tsat", fe / t * 100)
                return
            except Retry:
                continue
        raise Retry("iron")

    def coag(self, crit_aptt: bool = False):
        for _ in range(300):
            try:
                pt = self.gen("pt")
                self.set("inr", pt / 11.0)
                self.set("pta", 100 * 11.0 / pt * (1.0 if pt < 12.5 else 0.93))
                self.gen("aptt", "HH" if crit_aptt else None)
                return
            except Retry:
                continue
        raise Retry("coag")

    def a1c(self):
        a = self.gen("a1c")
        self.v["eag"] = float(round(28.7 * a - 46.7))
        return a

    def gas(self, crit: dict | None = None):
        """Arterial gas: ph, pco2 (mmHg), po2 (mmHg), hco3, be, sao2 consistent."""
        r = self.rng
        for _ in range(500):
            try:
                sc = r.choices(["n", "ralk", "macid", "racid", "malk"], [0.5, 0.15, 0.15, 0.12, 0.08])[0]
                if sc == "n":
                    ph, pc = r.uniform(7.37, 7.43), r.uniform(36.5, 43.5)
                elif sc == "ralk":
                    ph, pc = r.uniform(7.46, 7.51), r.uniform(30.0, 34.0)
                elif sc == "macid":
                    ph, pc = r.uniform(7.31, 7.34), r.uniform(31.0, 34.5)
                elif sc == "racid":
                    ph, pc = r.uniform(7.31, 7.34), r.uniform(47.0, 55.0)
                else:
                    ph, pc = r.uniform(7.46, 7.50), r.uniform(45.5, 49.0)
                ph, pc = round(ph, 3), round(pc, 1)
                hco3 = 0.0307 * pc * 10 ** (ph - 6.1)
                if not 17.5 <= hco3 <= 34.5:
                    raise Retry("hco3")
                be = 0.93 * (hco3 - 24.4 + 14.8 * (ph - 7.4))
                self.v["ph"] = ph
                self.v["pco2"] = pc
                self.set("hco3", hco3)
                self.set("be", be)
                po = self.gen("po2")
                s = 100 / (1 + 23400 / (po ** 3 + 150 * po))
                self.set("sao2", min(s, 99.6))
                self.gen("lac", "N")
                return sc
            except Retry:
                continue
        raise Retry("gas")


def crit_plan(rng: random.Random, options: list[tuple[str, str]], p: float) -> dict:
    """Maybe choose one critical value for the report: options are (key, 'HH'|'LL')."""
    if options and rng.random() < p:
        k, s = rng.choice(options)
        return {k: s}
    return {}


# ----------------------------------------------------------------------------------------------
# Patients, labs, people
# ----------------------------------------------------------------------------------------------

NAMES = {
    ("pt", "female"): ["Maria Aparecida Souza", "Ana Cláudia Ferreira Lima", "Luciana Gonçalves Rocha",
                       "Francisca das Chagas Oliveira", "Juliana Martins Araújo",
                       "Terezinha de Jesus Barbosa", "Patrícia Helena Nogueira",
                       "Rosângela Cardoso Pires", "Beatriz Simões Teixeira", "Conceição Ribeiro Dantas",
                       "Vera Lúcia Monteiro", "Sônia Regina Castro"],
    ("pt", "male"): ["João Carlos Pereira", "José Antônio da Silva", "Sebastião Moreira Campos",
                     "Paulo Roberto Mendes", "Antônio Marcos Vieira", "Raimundo Nonato Costa",
                     "Luiz Fernando Tavares", "Márcio Augusto Freitas", "Gilberto Alves Bezerra",
                     "Francisco Edson Lopes", "Jorge Luís Brandão", "Valdemar Quintino Reis"],
    ("en", "female"): ["Margaret Ellis", "Susan O'Connor", "Priya Raman", "Jennifer K. Walsh",
                       "Aisha Bello", "Helen Fairbairn", "Linda Castillo", "Emma Thornton",
                       "Grace Mwangi", "Deborah Klein", "Fiona MacLeod", "Rebecca Stein"],
    ("en", "male"): ["Thomas Reid", "David Okafor", "Michael J. Brennan", "Robert Hughes",
                     "Anil Kapoor", "James McAllister", "Carlos Alvarez", "Peter Lindqvist",
                     "William Osei", "George Whitfield", "Daniel Novak", "Stuart Pennington"],
}

DOCTORS = {
    "pt": ["Dra. Camila Rezende - CRM-SP 118.452", "Dr. Ricardo Almeida - CRM-MG 54.310",
           "Dra. Helena Vasconcelos - CRM-RJ 77.021", "Dr. Fábio Nakamura - CRM-PR 32.877",
           "Dr. Otávio Prado - CRM-BA 19.664", "Dra. Lívia Sampaio - CRM-PE 25.139"],
    "en": ["Dr S. Patel", "Dr Eleanor Hartley", "Dr M. Kowalski", "Dr Rachel Adeyemi",
           "Dr J. Donnelly", "Dr Hannah Brooks"],
}

BIOCHEMISTS_PT = ["Dra. Renata Figueiredo - CRF-SP 41.220", "Dr. Marcelo Tavares - CRBM 12.874",
                  "Dra. Simone Arantes - CRF-MG 20.113", "Dr. Eduardo Lacerda - CRF-RS 9.874",
                  "Dra. Aline Prates - CRBM 30.551"]


@dataclass
class Patient:
    name: str
    sex: str
    birth: _dt.date
    age: int
    collected: _dt.date
    ident: str


def make_patient(rng: random.Random, lang: str, sex: str | None = None, age: tuple = (24, 86)) -> Patient:
    sex = sex or rng.choice(["female", "male"])
    name = rng.choice(NAMES[(lang, sex)])
    col = _dt.date(2026, 1, 6) + _dt.timedelta(days=rng.randrange(0, 318))
    a = rng.randint(*age)
    birth = _dt.date(col.year - a, 1, 1) + _dt.timedelta(days=rng.randrange(0, 360))
    agey = col.year - birth.year - ((col.month, col.day) < (birth.month, birth.day))
    ident = str(rng.randrange(10 ** 7, 10 ** 8))
    return Patient(name, sex, birth, agey, col, ident)


def hhmm(rng: random.Random, lo: int = 6, hi: int = 11) -> str:
    return f"{rng.randint(lo, hi):02d}:{rng.randrange(0, 60):02d}"


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------


def tlen(s: str, size: float, font: str = "helv") -> float:
    # get_text_length gives non-ASCII characters no width: measure their closest ASCII look-alike
    t = strip_accents(s).translate(_TLEN_MAP)
    t = "".join(ch if ord(ch) < 128 else "n" for ch in t)
    return fitz.get_text_length(t, fontname=font, fontsize=size)


_TLEN_MAP = str.maketrans({"µ": "u", "³": "3", "²": "2", "°": "o", "º": "o", "ª": "a", "±": "+"})


def wrap(s: str, width: float, size: float, font: str = "helv") -> list[str]:
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if tlen(t, size, font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


class Canvas:
    def __init__(self, width: float = 595, height: float = 842):
        self.doc = fitz.open()
        self.w, self.h = width, height
        self.page = None
        self.pno = -1

    def new_page(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self.pno += 1
        return self.page

    def text(self, x, y, s, size=9.0, font="helv", color=(0, 0, 0), align="l"):
        if not s:
            return x
        if align == "r":
            x -= tlen(s, size, font)
        elif align == "c":
            x -= tlen(s, size, font) / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)
        return x

    def line(self, x0, y0, x1, y1, w=0.5, color=(0, 0, 0), dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, color=(0, 0, 0), fill=None, w=0.5):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def bytes(self) -> bytes:
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


# ----------------------------------------------------------------------------------------------
# Scans and photos
# ----------------------------------------------------------------------------------------------


def render_gray(pdf: bytes, dpi: int, page: int = 0) -> np.ndarray:
    doc = fitz.open(stream=pdf, filetype="pdf")
    pix = doc[page].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()


def render_rgb(pdf: bytes, dpi: int, page: int = 0) -> np.ndarray:
    doc = fitz.open(stream=pdf, filetype="pdf")
    pix = doc[page].get_pixmap(dpi=dpi, colorspace=fitz.csRGB, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def png_bytes(arr: np.ndarray, dpi: int | None = None) -> bytes:
    im = Image.fromarray(arr)
    if im.mode == "L" and set(np.unique(arr)).issubset({0, 255}):
        im = im.convert("1")
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(buf, format="PNG", optimize=False, compress_level=6, **kw)
    return buf.getvalue()


def fax_scan(pdf: bytes, nrng: np.random.Generator, dpi: int = 150, angle: float = 1.0,
             streaks: int = 2) -> bytes:
    g = render_gray(pdf, dpi).astype(np.float32)
    h, w = g.shape
    # a little toner spread, then rotation about the centre with white borders
    g = cv2.GaussianBlur(g, (0, 0), 0.55)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    g += nrng.normal(0, 16, g.shape).astype(np.float32)
    b = np.where(g < 150, 0, 255).astype(np.uint8)
    # speckle: isolated black dots and a few white drop-outs
    n = int(h * w * 0.0009)
    ys, xs = nrng.integers(0, h, n), nrng.integers(0, w, n)
    b[ys, xs] = 0
    ys2, xs2 = nrng.integers(0, h - 1, n // 3), nrng.integers(0, w - 1, n // 3)
    b[ys2, xs2] = 0
    b[ys2 + 1, xs2] = 0
    # horizontal streaks: thin black lines across part of the page, or a white drop-out line
    for i in range(streaks):
        y = int(nrng.integers(int(h * 0.12), int(h * 0.92)))
        x0 = int(nrng.integers(0, w // 3))
        x1 = int(nrng.integers(w // 2, w))
        if i % 2 == 0:
            b[y:y + 2, x0:x1] = 0
        else:
            b[y:y + 1, :] = 255
    # fax header band at the very top
    return png_bytes(b, dpi)


def phone_photo(pdf: bytes, nrng: np.random.Generator, dpi: int = 160, angle: float = 2.5,
                keystone: float = 0.05) -> bytes:
    paper = render_rgb(pdf, dpi).astype(np.float32)
    ph, pw = paper.shape[:2]
    # paper tint (slightly warm, not pure white)
    paper = paper * np.array([0.97, 0.95, 0.90], dtype=np.float32)
    mx, my = int(pw * 0.07), int(ph * 0.06)
    W, H = pw + 2 * mx, ph + 2 * my
    # table background: brownish gradient with texture
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    base = 90 + 35 * (xx / W) + 20 * (yy / H)
    tex = cv2.GaussianBlur(nrng.normal(0, 14, (H, W)).astype(np.float32), (0, 0), 3)
    bg = np.stack([base * 1.05 + tex, base * 0.82 + tex, base * 0.62 + tex], axis=2)
    # keystone: top edge narrower than bottom, then a rotation of the whole quad
    k = keystone * pw
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32([[mx + k, my + 0.4 * k], [mx + pw - k * 0.8, my], [mx + pw + k * 0.15, my + ph],
                      [mx - k * 0.1, my + ph - 0.3 * k]])
    c = np.float32([W / 2, H / 2])
    t = math.radians(angle)
    rot = np.float32([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    dst = (dst - c) @ rot.T + c
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    img = warped * mask[..., None] + bg * (1 - mask[..., None])
    # uneven lighting: brighter top-left, a soft diagonal shadow band (a hand or phone)
    light = 0.80 + 0.28 * (1 - (xx / W) * 0.6 - (yy / H) * 0.5)
    d = (xx * 0.55 + yy * 0.85) / (0.55 * W + 0.85 * H)
    centre = float(nrng.uniform(0.45, 0.7))
    shadow = 1 - 0.32 * np.exp(-((d - centre) / 0.07) ** 2)
    img = img * (light * shadow)[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 0.9)
    img += nrng.normal(0, 4.0, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, enc = cv2.imencode(".jpg", img[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 88])
    img = cv2.imdecode(enc, cv2.IMREAD_COLOR)[..., ::-1]
    return png_bytes(np.ascontiguousarray(img))


def np_rng(*parts: object) -> np.random.Generator:
    h = hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "big"))


# ----------------------------------------------------------------------------------------------
# Report assembly
# ----------------------------------------------------------------------------------------------


@dataclass
class Built:
    report: GeneratedReport
    rows: list[Row]
    source_pdf: bytes  # the PDF (for scans: the page rendered before scanning)


def validate(rows: list[Row]) -> None:
    for r in rows:
        if r.value is None:
            continue
        for b in (r.lo, r.hi):
            if b is not None and abs(r.value - b) < 1e-9:
                raise Retry(f"{r.name} on bound")
        if r.flag in ("L", "LL") and r.lo is None and r.flag == "L":
            raise Retry("L without low bound")


def finish(family: str, idx: int, lang: str, pdf: bytes, rows: list[Row], pat: Patient | None,
           sex_printed: bool = True, collected_printed: bool = True, png: bytes | None = None) -> Built:
    name = f"{family}-{idx + 1:02d}"
    rep = GeneratedReport(
        name=name, family=family, language=lang,
        mime_type="image/png" if png is not None else "application/pdf",
        content=png if png is not None else pdf,
        sex=(pat.sex if pat and sex_printed else None),
        collected_on=(iso(pat.collected) if pat and collected_printed else None),
        expected=[r.expected() for r in rows])
    return Built(rep, rows, pdf)


# ----------------------------------------------------------------------------------------------
# DC1 gasometry-en
# ----------------------------------------------------------------------------------------------


def fam_gas(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[0]
    v = idx % 3
    pat = make_patient(rng, "en", age=(35, 88))
    sex = pat.sex
    kpa = v != 1
    c = Clin(rng, sex, pat.age, p_abn=0.28)
    si_glu = v != 1
    gkey = "glu_bsi" if si_glu else "glu_b"
    plan = crit_plan(rng, [("k_b", "HH"), ("k_b", "LL"), ("na_b", "LL"), (gkey, "HH"), ("thb", "LL")], 1.0 if v == 1 else 0.3)
    c.gas()
    c.many(["na_b", "k_b", "cl_b", "ica", gkey, "thb"], plan)
    if v == 1:
        c.many(["cohb", "methb"], {"cohb": "N", "methb": "N"})
    temp = round(rng.choice([rng.uniform(38.1, 39.6), rng.uniform(35.0, 36.4)]), 1)
    fio2 = rng.choice([0.21, 0.28, 0.35, 0.40, 0.50, 0.60])
    if c.v["po2"] > 102 and fio2 == 0.21:
        fio2 = 0.40
    F = 0.133322
    fst = ["HLc", "HL", "star"][v]
    rows: list[Row] = []
    tc: dict[str, str] = {}

    def tcorr(key, txt_dec):
        dT = temp - 37.0
        if key == "ph":
            x = c.v["ph"] - 0.0147 * dT
        elif key == "pco2":
            x = c.v["pco2"] * 10 ** (0.019 * dT) * (F if kpa else 1)
        else:
            x = c.v["po2"] * 10 ** (0.0252 * dT) * (F if kpa else 1)
        return fmt_num(x, txt_dec, "en")

    names = [
        {"ph": "pH", "pco2": "pCO2", "po2": "pO2", "hco3": "cHCO3-(P)", "be": "cBase(B)", "sao2": "sO2",
         "thb": "ctHb", "k_b": "cK+", "na_b": "cNa+", "cl_b": "cCl-", "ica": "cCa2+", "glu": "cGlu",
         "lac": "cLac"},
        {"ph": "pH", "pco2": "PaCO2", "po2": "PaO2", "hco3": "HCO3 (calc)", "be": "Base Excess",
         "sao2": "SaO2 (measured)", "thb": "Total Hemoglobin", "k_b": "Potassium", "na_b": "Sodium",
         "cl_b": "Chloride", "ica": "Ionized Calcium", "glu": "Glucose", "lac": "Lactate",
         "cohb": "Carboxyhemoglobin", "methb": "Methemoglobin"},
        {"ph": "pH", "pco2": "P CO2", "po2": "P O2", "hco3": "Actual HCO3", "be": "BE (B)", "sao2": "SaO2",
         "thb": "Haemoglobin", "k_b": "K+", "na_b": "Na+", "cl_b": "Cl-", "ica": "Ca++ (ionised)",
         "glu": "Glucose", "lac": "Lactate"},
    ][v]
    pdec = 3 if v == 0 else 2
    gas_refs = {
        "ph": (7.35, 7.45),
        "pco2": (4.7 / F, 6.0 / F) if kpa else (35.0, 45.0),
        "po2": ((11.0 / F, 14.4 / F) if v == 0 else (10.0 / F, 13.3 / F)) if kpa else (80.0, 100.0),
        "hco3": (22.0, 26.0) if v != 2 else (22.0, 28.0),
        "be": (-2.0, 2.0) if v != 2 else (-3.0, 3.0),
        "sao2": (95.0, 99.0) if v != 1 else (94.0, 100.0),
    }
    gdisp = {
        "ph": Disp(None, 1, pdec, rdec=2),
        "pco2": Disp("kPa", F, 2, rdec=1) if kpa else Disp("mmHg", 1, 1 if v == 1 else 0, rdec=0),
        "po2": Disp("kPa", F, 1, rdec=1) if kpa else Disp("mmHg", 1, 0, rdec=0),
        "hco3": Disp("mmol/L", 1, 1, rdec=0),
        "be": Disp("mmol/L", 1, 1, rdec=1),
        "sao2": Disp("%", 1, 1, rdec=0),
    }
    sections = [("Blood gas values" if v != 1 else "ARTERIAL BLOOD GAS",
                 ["ph", "pco2", "po2", "hco3", "be", "sao2"])]
    if v == 1:
        sections.append(("CO-OXIMETRY", ["thb", "cohb", "methb"]))
        sections.append(("ELECTROLYTES / METABOLITES", ["na_b", "k_b", "cl_b", "ica", "glu", "lac"]))
    elif v == 0:
        sections.append(("Oximetry values", ["thb"]))
        sections.append(("Electrolyte values", ["k_b", "na_b", "cl_b", "ica"]))
        sections.append(("Metabolite values", ["glu", "lac"]))
    else:
        sections.append(("Electrolytes and metabolites", ["na_b", "k_b", "cl_b", "ica", "glu", "lac", "thb"]))
    other_disp = {
        "thb": (Disp("g/L", 10, 0, rdec=0) if v == 0 else Disp("g/dL", 1, 1)),
        "na_b": Disp("mmol/L"), "k_b": Disp("mmol/L"), "cl_b": Disp("mmol/L"),
        "ica": Disp("mmol/L"), "lac": Disp("mmol/L"),
        "glu": Disp("mmol/L") if si_glu else Disp("mg/dL"),
        "cohb": Disp("%"), "methb": Disp("%"),
    }
    for _, keys in sections:
        for k in keys:
            if k in gas_refs:
                lo, hi = gas_refs[k]
                d = gdisp[k]
                r = num_row(k, names[k], c.v[k], sex, "en", d, ref=(lo, hi), flagstyle=fst,
                            plus=(k == "be" and v == 1))
                r.reftext = ref_text(r.lo, r.hi, d.rdec, "en", "dash" if v != 1 else "sp")
                if k in ("ph", "pco2", "po2"):
                    tc[k] = tcorr(k, d.dec)
            else:
                kk = gkey if k == "glu" else k
                d = other_disp[k]
                r = num_row(kk, names[k], c.v[kk], sex, "en", d, flagstyle=fst)
                rd = _rdec(SPECS[kk], d)
                r.reftext = ref_text(r.lo, r.hi, rd, "en", "dash" if v != 1 else "sp")
            r.extra["sect"] = _
            rows.append(r)

    cv = Canvas()
    cv.new_page()
    hosp = ["Royal Wessex Infirmary", "St. Augustine Medical Center", "St Columba's General Hospital"][v]
    dept = ["Department of Clinical Biochemistry - Point of Care Testing",
            "Respiratory Care Services - Blood Gas Laboratory",
            "Critical Care Unit - Blood Gas Analyser 2"][v]
    cv.text(40, 52, hosp, 15, "hebo")
    cv.text(40, 68, dept, 9, "helv", (0.25, 0.25, 0.25))
    cv.line(40, 76, 555, 76, 1.2)
    title = ["BLOOD GAS REPORT  -  ABL90 FLEX  (S/N 754-R1123)", "ARTERIAL BLOOD GAS", "Blood Gas Analysis  (GEM Premier 5000)"][v]
    cv.text(40, 94, title, 11, "hebo")
    last, first = pat.name.split(" ")[-1], " ".join(pat.name.split(" ")[:-1])
    coltime = hhmm(rng, 0, 23)
    sexw = "Female" if sex == "female" else "Male"
    mrn = ["RWX ", "MRN ", "H"][v] + pat.ident
    info = [
        [("Patient:", f"{last.upper()}, {first}"), ("Patient ID:", mrn),
         ("DOB:", dmy(pat.birth)), ("Sex:", sexw),
         ("Sample type:", "Arterial"), ("Collected:", f"{dmy(pat.collected)} {coltime}"),
         ("FiO2:", f"{fio2:.2f}"), ("Patient temp.:", f"{temp:.1f} °C"),
         ("Operator:", "SN R. Mensah"), ("Location:", "ICU Bed 7")],
        [("Name:", f"{last.upper()}, {first.upper()}"), ("MRN:", pat.ident),
         ("DOB:", f"{mdy(pat.birth)} ({pat.age}y)"), ("Sex:", "F" if sex == "female" else "M"),
         ("Specimen:", "Arterial - radial"), ("Drawn:", f"{mdy(pat.collected)} {coltime}"),
         ("FiO2:", f"{int(fio2 * 100)} %"), ("O2 Device:", "Venturi mask" if fio2 > 0.21 else "Room air"),
         ("Pt Temp:", f"{temp:.1f} C"), ("Drawn by:", "RT K. Boyd")],
        [("Patient name:", pat.name), ("Hospital no.:", mrn),
         ("Date of birth:", d_mon_y(pat.birth)), ("Gender:", sexw),
         ("Sample:", "Arterial blood"), ("Sample time:", f"{d_mon_y(pat.collected)} {coltime}"),
         ("FIO2:", f"{fio2 * 100:.1f} %"), ("Temperature:", f"{temp:.1f} °C"),
         ("Ward:", "CCU"), ("Requested by:", rng.choice(DOCTORS["en"]))],
    ][v]
    y = 114
    for i, (k, val) in enumerate(info):
        x = 40 if i % 2 == 0 else 300
        cv.text(x, y, k, 8.5, "hebo")
        cv.text(x + 78, y, val, 8.5)
        if i % 2 == 1:
            y += 13
    y += 10
    # table columns per variant
    if v == 0:
        cols = [("Parameter", 40, "l"), ("Result", 175, "r"), ("Unit", 185, "l"),
                (f"Temp corrected ({temp:.1f} °C)", 315, "r"), ("Reference", 345, "l"), ("Flag", 470, "l")]
    elif v == 1:
        cols = [("Test", 40, "l"), ("Result", 200, "r"), ("Flag", 212, "l"), ("Units", 245, "l"),
                ("Ref Range", 310, "l"), ("@ Pt Temp", 470, "r")]
    else:
        cols = [("Parameter", 40, "l"), ("Value", 180, "r"), ("Temp corr.", 260, "r"), ("Units", 285, "l"),
                ("Normal range", 355, "l"), ("", 480, "l")]
    cv.line(40, y - 9, 555, y - 9, 0.6)
    for h, x, al in cols:
        cv.text(x, y, h, 8.5, "hebo", align=al)
    cv.line(40, y + 4, 555, y + 4, 0.6)
    y += 18
    cur = None
    for r in rows:
        if r.extra["sect"] != cur:
            cur = r.extra["sect"]
            y += 3
            cv.text(40, y, cur, 9, "hebi" if v != 1 else "hebo")
            y += 14
        tct = tc.get(r.key, "")
        fl = r.pflag or ""
        cells = {
            0: [r.name, r.vtext, r.unit or "", tct, r.reftext, fl],
            1: [r.name, r.vtext, fl, r.unit or "", r.reftext, tct],
            2: [r.name, r.vtext, tct, r.unit or "", r.reftext, fl],
        }[v]
        for (h, x, al), s in zip(cols, cells):
            bold = (s == r.vtext and r.flag != "N" and v != 2)
            cv.text(x, y, s, 9, "hebo" if bold else "helv", align=al)
        y += 14
    y += 8
    cv.line(40, y, 555, y, 0.4)
    y += 14
    notes = [
        ["Values marked H/L are outside the reference range; * = critical value, phoned to ward.",
         "Temperature-corrected values are shown for information only; interpret at 37.0 °C.",
         "cHCO3-(P) and cBase(B) are calculated values."],
        ["Critical values (HH/LL) called to RN at bedside and read back.",
         "@ Pt Temp: values corrected to the patient temperature entered above.",
         "HCO3 and Base Excess are calculated. Reference ranges apply to arterial samples."],
        ["* outside normal range.  Temperature-corrected results are not reportable values.",
         "FIO2 and temperature are operator-entered parameters.",
         "Analyser QC passed 3 levels at 06:00 (lot 2260-19)."],
    ][v]
    for n in notes:
        cv.text(40, y, n, 7.5, "heit", (0.3, 0.3, 0.3))
        y += 11
    pdate = mdy(pat.collected) if v == 1 else dmy(pat.collected)
    cv.text(40, 800, f"Printed {pdate} {coltime}   |   Report ID BG-{pat.ident[-5:]}-{idx + 1}",
            7, "helv", (0.4, 0.4, 0.4))
    cv.text(555, 800, "Page 1 of 1", 7, "helv", (0.4, 0.4, 0.4), align="r")
    return finish(fam, idx, "en", cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# Portuguese headers
# ----------------------------------------------------------------------------------------------

LABS_PT = ["Laboratório Vita Diagnósticos", "Hospital São Lucas da Serra", "LabCentro Análises Clínicas",
           "Instituto de Patologia Clínica Santa Helena", "Diagnósticos Horizonte",
           "Laboratório Municipal de Campo Belo", "Clínica Bioanálise Paraná",
           "Laboratório Dr. Maurício Fontes", "Hemolab Medicina Diagnóstica", "Núcleo de Análises Bom Jesus"]
ADDR_PT = ["Rua Tiradentes, 1.240 - Centro - Campinas/SP - CEP 13015-100 - Tel. (19) 3232-4410",
           "Av. Getúlio Vargas, 845 - Savassi - Belo Horizonte/MG - Tel. (31) 3284-9000",
           "Rua XV de Novembro, 310 - Curitiba/PR - (41) 3322-7788 - CNES 2384299",
           "Av. Sete de Setembro, 2.101 - Salvador/BA - Fone (71) 3012-5500",
           "Rua Barão de Jaguara, 77 - Recife/PE - (81) 3421-6060 - Resp. Técnico: CRF-PE 3.114"]
CONV_PT = ["Particular", "Unimed", "SUS", "Bradesco Saúde", "Amil", "SulAmérica", "Cassi"]


def sex_pt(sex: str, short: bool = False) -> str:
    if short:
        return "F" if sex == "female" else "M"
    return "Feminino" if sex == "female" else "Masculino"


def pt_patient_block(cv: Canvas, x: float, y: float, pat: Patient, rng: random.Random, style: int,
                     width: float = 515, size: float = 8.5, coltime: str | None = None,
                     doctor: str | None = None, pedido: str | None = None) -> float:
    coltime = coltime or hhmm(rng)
    doctor = doctor or rng.choice(DOCTORS["pt"])
    pedido = pedido or f"{pat.collected.year}{pat.ident[-6:]}"
    if style == 0:
        items = [("Paciente:", pat.name), ("Pedido:", pedido),
                 ("Sexo:", sex_pt(pat.sex)), ("Idade:", f"{pat.age} anos"),
                 ("Médico:", doctor), ("Convênio:", rng.choice(CONV_PT)),
                 ("Data da coleta:", f"{dmy(pat.collected)} {coltime}"), ("Nascimento:", dmy(pat.birth))]
    elif style == 1:
        items = [("Nome:", pat.name.upper()), ("Atendimento:", pedido),
                 ("Sexo:", sex_pt(pat.sex, True)), ("Data de nasc.:", f"{dmy(pat.birth)} ({pat.age} anos)"),
                 ("Solicitante:", doctor), ("Coleta:", f"{dmy(pat.collected)} às {coltime}"),
                 ("Unidade:", "Posto Centro"), ("Origem:", rng.choice(CONV_PT))]
    else:
        items = [("Cliente:", pat.name), ("Sexo:", sex_pt(pat.sex)),
                 ("Idade:", f"{pat.age}A {rng.randint(0, 11)}M"), ("Nº do pedido:", pedido),
                 ("Dr(a).:", doctor), ("Data de coleta:", f"{dmy(pat.collected)}"),
                 ("Hora:", coltime), ("Convênio:", rng.choice(CONV_PT))]
    half = width / 2
    for i, (k, val) in enumerate(items):
        xx = x if i % 2 == 0 else x + half
        cv.text(xx, y, k, size, "hebo")
        cv.text(xx + tlen(k, size, "hebo") + 4, y, val, size)
        if i % 2 == 1:
            y += size * 1.45
    return y


# ----------------------------------------------------------------------------------------------
# DC2 cardiac-tdm-pt
# ----------------------------------------------------------------------------------------------

DRUGS_PT = {
    "dig": (["Digoxina", "DIGOXINA", "Digoxina sérica"], ["ng/mL"], [(0.8, 2.0), (0.5, 2.0)], "> 2,4"),
    "li": (["Lítio", "LÍTIO", "Lítio sérico"], ["mEq/L", "mmol/L"], [(0.6, 1.2), (0.5, 1.2)], "> 1,5"),
    "vanc": (["Vancomicina (vale)", "VANCOMICINA - VALE", "Vancomicina - nível de vale"],
             ["mcg/mL", "µg/mL"], [(10.0, 20.0), (15.0, 20.0)], "> 30,0"),
    "phen": (["Fenitoína", "FENITOÍNA", "Fenitoína (Hidantal)"], ["mcg/mL", "µg/mL"],
             [(10.0, 20.0)], "> 25,0"),
    "valp": (["Ácido valproico", "ÁCIDO VALPRÓICO", "Valproato"], ["µg/mL", "mcg/mL"],
             [(50, 100)], "> 120"),
}


def fam_cardiac(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[1]
    v = idx % 3
    pat = make_patient(rng, "pt", age=(48, 91))
    sex, lang = pat.sex, "pt"
    drugs = rng.sample(list(DRUGS_PT), rng.randint(2, 4)) if v != 1 else rng.sample(list(DRUGS_PT), 4)
    drug_ref = {k: rng.choice(DRUGS_PT[k][2]) for k in drugs}
    refs = {k: drug_ref[k] for k in drugs}
    refs["ntbnp"] = (None, 125) if pat.age < 75 else (None, 450)
    c = Clin(rng, sex, pat.age, 0.22, refs)
    plan = crit_plan(rng, [("k", "HH"), ("k", "LL"), ("na", "LL"), ("glu", "HH"), ("glu", "LL"),
                           ("aptt", "HH")], 1.0 if v == 0 else 0.35)
    crp_dl = v == 1
    c.many(["trop", "ck", "ckmb", "ntbnp", "ddim", "crp_dl" if crp_dl else "crp", "na", "k", "mg", "urea",
            "crea", "glu"], plan)
    c.cbc(diff=False)
    c.coag(crit_aptt=plan.get("aptt") == "HH")
    for k in drugs:
        c.gen(k, pick_state(rng, k, sex, 0.3, drug_ref[k]))
    fst = ["PT", "star", "PT"][v]
    rs = ["a", "dash", "a"][v]
    rows: list[Row] = []
    sects: list[tuple[str, list[Row]]] = []

    def add(sect, r):
        if not sects or sects[-1][0] != sect:
            sects.append((sect, []))
        sects[-1][1].append(r)
        rows.append(r)

    def std(key, name, unit, sect, both=False, style=None, ref=None, d=None, sexfmt=None):
        d = d or Disp(unit)
        r = num_row(key, name, c.v[key], sex, lang, d, ref=ref if ref is not None else c.ref(key),
                    flagstyle=fst)
        r.reftext = auto_reftext(key, sex, lang, d, style or rs, both, sexfmt,
                                 ref=ref if ref is not None else c.ref(key))
        add(sect, r)
        return r

    S1 = ["MARCADORES CARDÍACOS", "MARCADORES DE LESÃO MIOCÁRDICA", "CARDIOLOGIA DE URGÊNCIA"][v]
    # troponin: both sexes printed
    tn = ["Troponina I ultrassensível", "TROPONINA I ULTRASSENSÍVEL", "Troponina I alta sensibilidade"][v]
    tr = num_row("trop", tn, c.v["trop"], sex, lang, Disp("ng/L"), flagstyle=fst)
    if c.v["trop"] < 1.9 or (v == 2 and rng.random() < 0.3):
        tr.value, tr.vtext, tr.comp, tr.flag, tr.pflag = 1.9, "< 1,9", "<", "N", None
    tr.reftext = "Homens: < 34,2 ng/L; Mulheres: < 15,6 ng/L (percentil 99)" if v != 1 else \
        "Homens: inferior a 34,2 / Mulheres: inferior a 15,6"
    add(S1, tr)
    std("ck", ["CK (creatinoquinase)", "CPK", "Creatinofosfoquinase (CK total)"][v], "U/L", S1, both=True)
    std("ckmb", ["CK-MB massa", "CK-MB MASSA", "CK-MB (massa)"][v], "ng/mL", S1)
    nr = num_row("ntbnp", ["NT-proBNP", "NT-PROBNP", "NT-proBNP (pró-BNP N-terminal)"][v],
                 c.v["ntbnp"], sex, lang, Disp("pg/mL", thou=True), ref=c.ref("ntbnp"), flagstyle=fst)
    nr.reftext = "Até 74 anos: inferior a 125 pg/mL / 75 anos ou mais: inferior a 450 pg/mL" if v != 1 else \
        "< 75 anos: < 125 / >= 75 anos: < 450"
    add(S1, nr)
    std("ddim", ["D-dímero", "DÍMERO D", "D-dímero (quantitativo)"][v], "ng/mL FEU", S1,
        d=Disp("ng/mL FEU", thou=True))
    if crp_dl:
        std("crp_dl", "PROTEÍNA C REATIVA", "mg/dL", S1, style="a")
    else:
        std("crp", ["Proteína C reativa (PCR)", "", "PCR - Proteína C reativa"][v], "mg/L", S1)
    S2 = "BIOQUÍMICA"
    nm = [{"na": "Sódio", "k": "Potássio", "mg": "Magnésio", "urea": "Ureia", "crea": "Creatinina",
           "glu": "Glicose"},
          {"na": "SÓDIO", "k": "POTÁSSIO", "mg": "MAGNÉSIO", "urea": "URÉIA", "crea": "CREATININA",
           "glu": "GLICEMIA"},
          {"na": "Sódio (Na)", "k": "Potássio (K)", "mg": "Magnésio", "urea": "Uréia", "crea": "Creatinina",
           "glu": "Glicose"}][v]
    units = {"na": "mEq/L" if v != 2 else "mmol/L", "k": "mEq/L" if v != 2 else "mmol/L", "mg": "mg/dL",
             "urea": "mg/dL", "crea": "mg/dL", "glu": "mg/dL"}
    for k in ["na", "k", "mg", "urea", "crea", "glu"]:
        std(k, nm[k], units[k], S2, both=(k == "crea"))
    S3 = "HEMATOLOGIA"
    std("hb", ["Hemoglobina", "HEMOGLOBINA", "Hemoglobina"][v], "g/dL", S3, both=True)
    wd = Disp("/mm³", 1000, 0, thou=True) if v != 1 else Disp("mil/mm³", 1, 1, rdec=1)
    std("wbc", ["Leucócitos", "LEUCÓCITOS", "Leucócitos totais"][v], wd.unit, S3, d=wd, ref=(4.0, 11.0))
    pd_ = Disp("/mm³", 1000, 0, thou=True) if v != 1 else Disp("mil/mm³", 1, 0)
    std("plt", ["Plaquetas", "PLAQUETAS", "Plaquetas"][v], pd_.unit, S3, d=pd_)
    S4 = "COAGULAÇÃO"
    std("pt", ["Tempo de protrombina (TP)", "TEMPO DE PROTROMBINA", "TP - tempo"][v], "segundos" if v != 2 else "s", S4)
    std("pta", ["Atividade de protrombina", "ATIVIDADE", "TP - atividade"][v], "%", S4)
    r = num_row("inr", ["RNI", "INR", "TP - RNI"][v], c.v["inr"], sex, lang, Disp(None), flagstyle=fst)
    r.reftext = auto_reftext("inr", sex, lang, Disp(None), rs, False)
    add(S4, r)
    std("aptt", ["TTPa", "TEMPO DE TROMBOPLASTINA PARCIAL ATIVADA", "TTPA - tempo"][v],
        "segundos" if v != 2 else "s", S4)
    S5 = ["MONITORIZAÇÃO TERAPÊUTICA DE FÁRMACOS", "DOSAGEM DE FÁRMACOS", "NÍVEIS SÉRICOS DE FÁRMACOS"][v]
    for k in drugs:
        names_, units_, _, tox = DRUGS_PT[k]
        unit = units_[v % len(units_)]
        r = num_row(k, names_[v], c.v[k], sex, lang, Disp(unit), ref=drug_ref[k], flagstyle=fst)
        lo, hi = drug_ref[k]
        rd = SPECS[k].rdec if SPECS[k].rdec is not None else SPECS[k].dec
        rng_s = ref_text(lo, hi, rd, lang, "a")
        r.reftext = rng_s
        r.extra["tox"] = tox
        add(S5, r)

    # ---------------- layout ----------------
    cv = Canvas()
    cv.new_page()
    lab = LABS_PT[[1, 0, 4][v]]
    cv.text(40, 50, lab, 14, "hebo", (0.05, 0.2, 0.45))
    cv.text(40, 63, ["Laboratório de Análises Clínicas - Unidade de Emergência",
                     "Setor de Urgência - Plantão 24 horas",
                     "Pronto Atendimento - Laboratório"][v], 8.5, "helv", (0.3, 0.3, 0.3))
    cv.text(40, 74, ADDR_PT[v], 7, "helv", (0.4, 0.4, 0.4))
    cv.line(40, 80, 555, 80, 1.0, (0.05, 0.2, 0.45))
    coltime = hhmm(rng, 0, 23)
    y = pt_patient_block(cv, 40, 95, pat, rng, v, coltime=coltime)
    cv.text(40, y, f"Leito: PS-{rng.randint(1, 24):02d}    Prioridade: URGENTE    Material: soro / plasma citratado / sangue total EDTA",
            7.5, "helv", (0.3, 0.3, 0.3))
    y += 8
    cv.line(40, y, 555, y, 0.5)
    y += 14
    size = 8.3
    lh = 11.6
    page_bottom = 790

    def newpage_if(need):
        nonlocal y
        if y + need > page_bottom:
            cv.text(555, 815, "continua na próxima página", 7, "heit", (0.4, 0.4, 0.4), align="r")
            cv.new_page()
            cv.text(40, 40, f"{lab}  -  {pat.name}  -  coleta {dmy(pat.collected)}", 8, "hebo")
            cv.line(40, 46, 555, 46, 0.5)
            y = 62

    if v in (0, 2):
        xs = {"name": 40, "val": 262, "flag": 268, "unit": 300, "ref": 358}
        for sname, srows in sects:
            is_drug = sname == S5
            newpage_if(40)
            cv.text(40, y, sname, 9.5, "hebo", (0.05, 0.2, 0.45))
            y += 4
            cv.line(40, y, 555, y, 0.4, (0.6, 0.6, 0.6))
            y += 11
            hdr = ("Exame", "Resultado", "Unidade",
                   "Faixa terapêutica" if (is_drug and v == 2) else "Valores de referência")
            cv.text(xs["name"], y, hdr[0], 7.5, "heit", (0.35, 0.35, 0.35))
            cv.text(xs["val"], y, hdr[1], 7.5, "heit", (0.35, 0.35, 0.35), align="r")
            cv.text(xs["unit"], y, hdr[2], 7.5, "heit", (0.35, 0.35, 0.35))
            cv.text(xs["ref"], y, hdr[3], 7.5, "heit", (0.35, 0.35, 0.35))
            if is_drug and v == 2:
                cv.text(480, y, "Faixa tóxica", 7.5, "heit", (0.35, 0.35, 0.35))
            y += lh
            for r in srows:
                reft = r.reftext
                if is_drug and v == 0:
                    reft = f"Faixa terapêutica: {r.reftext}"
                lines = wrap(reft, 190 if not (is_drug and v == 2) else 110, size - 0.6)
                newpage_if(lh * len(lines) + 4)
                cv.text(xs["name"], y, r.name, size)
                cv.text(xs["val"], y, r.vtext, size, "hebo" if r.flag != "N" else "helv", align="r")
                if r.pflag:
                    cv.text(xs["flag"], y, r.pflag, 6.8, "hebo")
                cv.text(xs["unit"], y, r.unit or "", size)
                for i, ln in enumerate(lines):
                    cv.text(xs["ref"], y + i * (lh - 1.5), ln, size - 0.6)
                if is_drug and v == 2:
                    cv.text(480, y, r.extra["tox"], size - 0.6)
                y += lh + (len(lines) - 1) * (lh - 1.5)
                if is_drug and v == 0:
                    cv.text(xs["ref"], y, f"Nível tóxico: {r.extra['tox']} {r.unit}", size - 1.2, "heit",
                            (0.35, 0.35, 0.35))
                    y += lh - 2
                if r.key == "aptt":
                    cv.text(xs["name"] + 10, y, "Tempo do controle: " + fmt_num(rng.uniform(27, 31), 1, lang) + " segundos",
                            size - 1.2, "heit", (0.35, 0.35, 0.35))
                    y += lh - 2
                if r.key == "pt" and v == 2:
                    cv.text(xs["name"] + 10, y, "Controle: " + fmt_num(rng.uniform(11.0, 12.4), 1, lang) + " s   ISI: 1,02",
                            size - 1.2, "heit", (0.35, 0.35, 0.35))
                    y += lh - 2
            if is_drug:
                cv.text(40, y + 2, "Coleta em vale (imediatamente antes da próxima dose). Última dose informada: "
                        + hhmm(rng, 18, 23) + " do dia anterior.", 7.2, "heit", (0.35, 0.35, 0.35))
                y += lh
            y += 6
    else:
        # block layout
        for sname, srows in sects:
            newpage_if(50)
            cv.rect(40, y - 9, 555, y + 4, color=None, fill=(0.88, 0.9, 0.95))
            cv.text(44, y, sname, 9.5, "hebo")
            y += 18
            for r in srows:
                is_drug = sname == S5
                newpage_if(50)
                cv.text(40, y, r.name, 9, "hebo")
                y += lh
                meth = {"trop": "Quimioluminescência (CMIA)", "ntbnp": "Eletroquimioluminescência",
                        "ddim": "Imunoturbidimetria", "dig": "Imunoensaio (CMIA)", "li": "Colorimétrico",
                        "vanc": "Imunoensaio de partículas (PETINIA)", "phen": "Imunoensaio enzimático",
                        "valp": "Imunoensaio enzimático"}.get(r.key, "Automatizado")
                cv.text(52, y, f"Método: {meth}", 7.6, "helv", (0.3, 0.3, 0.3))
                y += lh - 1
                res = f"Resultado: {r.vtext}" + (f" {r.unit}" if r.unit else "")
                cv.text(52, y, res, 8.8)
                if r.pflag:
                    cv.text(52 + tlen(res, 8.8) + 3, y, r.pflag, 8.8, "hebo")
                lab_ref = "Faixa terapêutica:" if is_drug else "Valor de referência:"
                rt = r.reftext + (f" {r.unit}" if is_drug and r.unit else "")
                cv.text(260, y, f"{lab_ref} {rt}", 8.2)
                y += lh
                if is_drug:
                    cv.text(52, y, f"Faixa tóxica: {r.extra['tox']} {r.unit}   -   coleta em vale", 7.4, "heit",
                            (0.35, 0.35, 0.35))
                    y += lh - 1
                y += 4
            y += 4
    newpage_if(60)
    y += 6
    cv.line(40, y, 555, y, 0.4)
    y += 12
    for ln in ["Valores críticos comunicados ao médico plantonista conforme protocolo institucional.",
               "Resultados liberados após conferência técnica. Interpretar em conjunto com dados clínicos."]:
        cv.text(40, y, ln, 7.2, "heit", (0.35, 0.35, 0.35))
        y += 10
    y += 12
    cv.text(330, y, "Liberado eletronicamente por", 7.5)
    cv.text(330, y + 10, rng.choice(BIOCHEMISTS_PT), 7.5, "hebo")
    n = cv.doc.page_count
    for i in range(n):
        cv.page = cv.doc[i]
        cv.text(555, 828, f"Página {i + 1} de {n}", 7, "helv", (0.4, 0.4, 0.4), align="r")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC3 gridtable-en
# ----------------------------------------------------------------------------------------------


def grid_report(cv: Canvas, header_fn, cols, items, size=8.2, top=0.0, bottom=790.0, x0=40.0,
                pad=3.0, lh=10.0, hdr_fill=(0.85, 0.85, 0.85), sect_fill=(0.93, 0.93, 0.93)):
    """Draw a bordered grid; items are ('S', title) or ('R', Row, [cell texts]). Wrapped cells."""
    y = top

    def header():
        nonlocal y
        y = header_fn()
        x = x0
        h = lh + 2 * pad + 1
        for (title, w, al) in cols:
            cv.rect(x, y, x + w, y + h, fill=hdr_fill, w=0.6)
            cv.text(x + pad if al != "r" else x + w - pad, y + pad + lh - 2, title, size, "hebo", align=al)
            x += w
        y += h

    header()
    total_w = sum(w for _, w, _ in cols)
    for it in items:
        if it[0] == "S":
            h = lh + 2 * pad
            if y + h + 3 * lh > bottom:
                header()
            cv.rect(x0, y, x0 + total_w, y + h, fill=sect_fill, w=0.6)
            cv.text(x0 + pad, y + pad + lh - 2, it[1], size, "hebo")
            y += h
            continue
        _, row, cells = it
        wrapped = []
        for (title, w, al), txt in zip(cols, cells):
            wrapped.append(wrap(txt, w - 2 * pad, size) if txt else [""])
        n = max(len(wl) for wl in wrapped)
        h = n * lh + 2 * pad
        if y + h > bottom:
            header()
        x = x0
        for ci, ((title, w, al), wl) in enumerate(zip(cols, wrapped)):
            cv.rect(x, y, x + w, y + h, w=0.5)
            for li, ln in enumerate(wl):
                bold = ci in (1, 2) and row is not None and row.flag != "N"
                cv.text(x + pad if al != "r" else x + w - pad, y + pad + (li + 1) * lh - 2.2, ln, size,
                        "hebo" if bold else "helv", align=al)
            if ci == 0 and row is not None and len(wl) > 1:
                row.extra["clip"] = (cv.pno, (x, y, x + w, y + h))
            x += w
        y += h
    return y


def fam_grid(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[2]
    v = idx % 3
    lang = "en"
    pat = make_patient(rng, "en", age=(21, 84))
    sex = pat.sex
    si = v != 0
    refs = {}
    if v == 0:
        refs.update({"alt": _sx((13, 40), (10, 28)), "ast": _sx((15, 37), (13, 32)), "wbc": (4.5, 11.0),
                     "hb": _sx((13.2, 16.6), (11.6, 15.0)), "plt": (150, 400)})
    if v == 1:
        refs.update({"hb": _sx((13.0, 17.0), (12.0, 15.0)), "wbc": (4.0, 10.0), "plt": (150, 410),
                     "alt": (None, 41) if sex == "male" else (None, 33), "ast": (None, 40),
                     "alp": (30, 130), "ggt": _sx((10, 71), (6, 42))})
    if v == 2:
        refs.update({"wbc": (4.0, 11.0), "alt": (5, 40), "ast": (10, 35), "alp": (30, 110),
                     "ggt": _sx((5, 50), (5, 35))})
    c = Clin(rng, sex, pat.age, 0.32, refs)
    glu = "glu_si" if si else "glu"
    crea = "crea_si" if si else "crea"
    plan = crit_plan(rng, [("k", "HH"), ("na", "LL"), (glu, "HH"), (glu, "LL"), ("plt", "LL"), ("hb", "LL"),
                           ("wbc", "LL")], 1.0 if v == 2 else 0.3)
    cbc_crit = {"plt": "plt", "hb": "hb", "wbc": "wbc_lo"}.get(next(iter(plan), ""), None)
    c.cbc(crit=cbc_crit)
    c.many(["na", "k", "cl", glu, crea, "alt", "ast", "alp", "ggt", "tsh"], plan)
    c.egfr(crea)
    if si:
        c.many(["urea_si", "bilt_si", "alb_gl", "ca_si", "ferr", "b12", "fol"])
        c.lipids(si=True)
        if v == 1:
            c.gen("a1c_si")
        else:
            c.gen("ft4_si")
            c.gen("crp")
    else:
        c.many(["bun", "co2", "ca", "ferr", "vitd", "crp"])
        c.proteins()
        c.bilirubin()
        c.lipids()
        c.a1c()
        c.iron()
    fst = ["HL", "HL1", "HIGHLOW"][v]
    rows: list[Row] = []
    items: list = []
    both = v != 2
    site = ["OAK", "NG", "HW"][v]

    def add(key, name, d, ref_style="dash", sexfmt=None, reftext=None, comp=None, plus=False):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(
            key, sex, lang, d, ref_style, both, sexfmt or ["Adult male: {m} / Adult female: {f}",
                                                            "Males: {m}; Females: {f}", ""][v], ref=c.ref(key))
        rows.append(r)
        items.append(("R", r, [r.name, r.vtext, r.pflag or "", r.unit or "", r.reftext, site]))
        return r

    def sect(t):
        items.append(("S", t))

    # --- haematology
    if v == 0:
        sect("HEMATOLOGY - CBC WITH DIFFERENTIAL/PLATELET")
        add("wbc", "White blood cell count (WBC)", Disp("x10E3/uL", dec=1))
        add("rbc", "Red blood cell count (RBC)", Disp("x10E6/uL"))
        add("hb", "Hemoglobin", Disp("g/dL"))
        add("hct", "Hematocrit", Disp("%"))
        add("mcv", "Mean corpuscular volume (MCV)", Disp("fL"))
        add("mch", "Mean corpuscular hemoglobin (MCH)", Disp("pg"))
        add("mchc", "Mean corpuscular hemoglobin concentration (MCHC)", Disp("g/dL"))
        add("rdw", "Red cell distribution width (RDW-CV)", Disp("%"))
        add("plt", "Platelet count", Disp("x10E3/uL"))
        for kp, ka, nm in (("neut_p", "neut_a", "Neutrophils"), ("lymph_p", "lymph_a", "Lymphocytes"),
                           ("mono_p", "mono_a", "Monocytes"), ("eos_p", "eos_a", "Eosinophils"),
                           ("baso_p", "baso_a", "Basophils")):
            add(kp, nm, Disp("%", dec=0), reftext=None)
        for kp, ka, nm in (("neut_p", "neut_a", "Neutrophils (absolute)"),
                           ("lymph_p", "lymph_a", "Lymphocytes (absolute)"),
                           ("mono_p", "mono_a", "Monocytes (absolute)"),
                           ("eos_p", "eos_a", "Eosinophils (absolute)"), ("baso_p", "baso_a", "Basophils (absolute)")):
            add(ka, nm, Disp("x10E3/uL", dec=1 if ka in ("neut_a", "lymph_a", "mono_a") else 2))
    else:
        sect("HAEMATOLOGY - FULL BLOOD COUNT" if v == 1 else "HAEMATOLOGY")
        add("hb", "Haemoglobin (Hb)", Disp("g/L", 10, 0))
        add("wbc", "White cell count (WCC)" if v == 1 else "White cell count", Disp("x10^9/L", dec=1))
        add("plt", "Platelet count (PLT)" if v == 1 else "Platelets", Disp("x10^9/L"))
        add("rbc", "Red cell count (RCC)" if v == 1 else "Red cell count", Disp("x10^12/L"))
        add("hct", "Haematocrit (packed cell volume, PCV)", Disp("L/L", 0.01, 2 if v == 1 else 3, rdec=2))
        add("mcv", "Mean cell volume (MCV)", Disp("fL", dec=0))
        add("mch", "Mean cell haemoglobin (MCH)", Disp("pg"))
        if v == 2:
            add("mchc", "Mean cell haemoglobin concentration (MCHC)", Disp("g/L", 10, 0))
            add("rdw", "Red cell distribution width (RDW)", Disp("%"))
        for ka, nm in (("neut_a", "Neutrophils"), ("lymph_a", "Lymphocytes"), ("mono_a", "Monocytes"),
                       ("eos_a", "Eosinophils"), ("baso_a", "Basophils")):
            add(ka, nm, Disp("x10^9/L", dec=2 if v == 2 or ka in ("eos_a", "baso_a") else 1))
    # --- chemistry
    sect("CHEMISTRY - COMPREHENSIVE METABOLIC PANEL" if v == 0 else "CLINICAL BIOCHEMISTRY")
    if v == 0:
        add(glu, "Glucose, serum", Disp("mg/dL"), reftext="70-99 (fasting)")
        add("bun", "Blood urea nitrogen (BUN)", Disp("mg/dL"))
        add(crea, "Creatinine, serum", Disp("mg/dL"))
    else:
        add("na", "Sodium", Disp("mmol/L"))
        add("k", "Potassium", Disp("mmol/L"))
        add("urea_si", "Urea", Disp("mmol/L"))
        add(crea, "Creatinine", Disp("µmol/L" if v == 1 else "umol/L"))
        add(glu, "Glucose (plasma)" if v == 1 else "Glucose", Disp("mmol/L"))
    eg = c.v["egfr"]
    er = num_row("egfr", "Estimated glomerular filtration rate (eGFR, CKD-EPI 2021)", eg, sex, lang,
                 Disp("mL/min/1.73 m²" if v != 2 else "mL/min/1.73m2"), ref=(60, None), flagstyle=fst)
    if eg > 90:
        er.value, er.vtext, er.comp, er.flag, er.pflag = 90.0, ">90" if v == 1 else "> 90", ">", "N", None
    er.reftext = ">= 60 (adults; not valid in acute kidney injury)" if v != 2 else "> 60"
    if v != 2:
        er.lo = 60.0
    rows.append(er)
    items.append(("R", er, [er.name, er.vtext, er.pflag or "", er.unit, er.reftext, site]))
    if v == 0:
        add("na", "Sodium", Disp("mmol/L"))
        add("k", "Potassium", Disp("mmol/L"))
        add("cl", "Chloride", Disp("mmol/L"))
        add("co2", "Carbon dioxide, total (bicarbonate)", Disp("mmol/L"))
        add("ca", "Calcium, total", Disp("mg/dL"))
        add("tp", "Protein, total", Disp("g/dL"))
        add("alb", "Albumin", Disp("g/dL"))
        add("glob", "Globulin (calculated)", Disp("g/dL"))
        add("ag", "Albumin/globulin ratio (A/G)", Disp(None, dec=1))
        add("bilt", "Bilirubin, total", Disp("mg/dL", dec=1))
        add("alp", "Alkaline phosphatase (ALP)", Disp("U/L"))
        add("ast", "Aspartate aminotransferase (AST/SGOT)", Disp("U/L"))
        add("alt", "Alanine aminotransferase (ALT/SGPT)", Disp("U/L"))
        add("ggt", "Gamma-glutamyl transferase (GGT)", Disp("U/L"))
    else:
        add("cl", "Chloride", Disp("mmol/L"))
        add("ca_si", "Calcium (total)", Disp("mmol/L"))
        add("alb_gl", "Albumin", Disp("g/L"))
        add("bilt_si", "Bilirubin (total)", Disp("µmol/L" if v == 1 else "umol/L"))
        add("alp", "Alkaline phosphatase (ALP)", Disp("U/L" if v == 1 else "IU/L"))
        add("alt", "Alanine aminotransferase (ALT)", Disp("U/L" if v == 1 else "IU/L"),
            reftext=("< 41 (men); < 33 (women)" if v == 1 else None))
        if v == 1:
            rows[-1].lo, rows[-1].hi = None, (41.0 if sex == "male" else 33.0)
        add("ast", "Aspartate aminotransferase (AST)", Disp("U/L" if v == 1 else "IU/L"))
        add("ggt", "Gamma-glutamyl transferase (GGT)", Disp("U/L" if v == 1 else "IU/L"))
        add("crp", "C-reactive protein (CRP)", Disp("mg/L")) if v == 2 else None
    sect("LIPID PANEL" if v == 0 else "LIPID PROFILE")
    if v == 0:
        add("chol", "Cholesterol, total", Disp("mg/dL"), reftext="Desirable: < 200")
        add("tg", "Triglycerides", Disp("mg/dL"), reftext="Normal: < 150")
        add("hdl", "HDL cholesterol", Disp("mg/dL"))
        add("ldl", "LDL cholesterol, calculated (Friedewald)", Disp("mg/dL"), reftext="Optimal: < 130")
        add("nonhdl", "Non-HDL cholesterol (calculated)", Disp("mg/dL"))
    else:
        add("chol_si", "Total cholesterol", Disp("mmol/L"))
        add("hdl_si", "HDL cholesterol", Disp("mmol/L"))
        add("tg_si", "Triglycerides (fasting)", Disp("mmol/L"))
        add("ldl_si", "LDL cholesterol (calculated, Friedewald)", Disp("mmol/L"))
    sect("ENDOCRINOLOGY / HAEMATINICS" if v else "ENDOCRINOLOGY / ANEMIA STUDIES")
    add("tsh", "Thyroid-stimulating hormone (TSH), third generation", Disp("mIU/L" if v else "uIU/mL"),
        reftext=None)
    if v == 2:
        add("ft4_si", "Free thyroxine (free T4)", Disp("pmol/L"))
    if v == 1:
        add("a1c_si", "Haemoglobin A1c (HbA1c, IFCC)", Disp("mmol/mol"),
            reftext="20-42 (non-diabetic); diagnostic of diabetes if 48 or above")
    if v == 0:
        add("a1c", "Hemoglobin A1c (glycated hemoglobin)", Disp("%"), reftext="4.0-5.6 (non-diabetic)")
        add("iron", "Iron, serum", Disp("ug/dL"))
        add("tibc", "Total iron-binding capacity (TIBC)", Disp("ug/dL"))
        add("tsat", "Transferrin saturation (calculated)", Disp("%"))
    add("ferr", "Ferritin", Disp("ng/mL" if v == 0 else "µg/L" if v == 1 else "ug/L", dec=0))
    if v:
        add("b12", "Vitamin B12 (serum cobalamin)", Disp("ng/L"))
        add("fol", "Folate (serum)", Disp("µg/L" if v == 1 else "ug/L"))
    else:
        add("vitd", "25-hydroxyvitamin D (total, D2 + D3)", Disp("ng/mL"),
            reftext="30-100 (sufficiency; 20-29 insufficiency; < 20 deficiency)")
        add("crp", "C-reactive protein (CRP)", Disp("mg/L"), reftext="< 5.0")

    lab = ["Meridian Reference Laboratories", "Northgate Pathology Services", "Southern Cross Pathology"][v]
    cv = Canvas()
    coltime = hhmm(rng, 7, 12)
    acc = f"{['MRL', 'NPS', 'SCP'][v]}-{pat.ident[:3]}-{pat.ident[3:]}"

    def header_fn():
        cv.new_page()
        cv.text(40, 46, lab, 14, "tibo")
        cv.text(40, 58, ["CLIA 05D2081934  |  1180 Harbor Blvd, Suite 200, Oakland, CA 94607",
                         "UKAS Medical Laboratory No. 8842  |  Northgate General Hospital, Leeds LS7 4SA",
                         "NATA Accreditation 2207  |  44 Burwood Road, Hawthorn VIC 3122"][v], 7.5, "helv",
                (0.3, 0.3, 0.3))
        cv.line(40, 64, 555, 64, 1.0)
        y = 78
        dob = mdy(pat.birth) if v == 0 else dmy(pat.birth)
        cdate = mdy(pat.collected) if v == 0 else dmy(pat.collected)
        sx = "Female" if sex == "female" else "Male"
        items_ = [("Patient:", pat.name), ("Accession:", acc), ("DOB:", f"{dob}   Age: {pat.age}"),
                  ("Sex:", sx), ("Collected:", f"{cdate} {coltime}"), ("Ordering:", rng.choice(DOCTORS["en"]))]
        for i, (k, val) in enumerate(items_):
            xx = 40 if i % 2 == 0 else 320
            cv.text(xx, y, k, 8.5, "hebo")
            cv.text(xx + 62, y, val, 8.5)
            if i % 2:
                y += 12
        return y + 6

    cols = [("Test", 158, "l"), ("Result", 50, "r"), ("Flag", 40 if v == 2 else 32, "l"), ("Units", 72, "l"),
            ("Reference Interval", 122, "l"), ("Lab", 81 if v != 2 else 73, "l")]
    y = grid_report(cv, header_fn, cols, items)
    y += 16
    if y > 760:
        cv.new_page()
        y = 60
    for ln in ["Results flagged H/L fall outside the reference interval for the patient's age and sex."
               if v != 2 else "High/Low: outside reference interval. CRITICAL: telephoned to requesting clinician.",
               "Reference intervals were established or verified for the adult population served by this laboratory.",
               f"Electronically verified by {['Karen Liu, MLS(ASCP)', 'Dr A. Whitcombe, Consultant Chemical Pathologist', 'Dr P. Nguyen, FRCPA'][v]}."]:
        cv.text(40, y, ln, 7.4, "heit", (0.3, 0.3, 0.3))
        y += 10
    n = cv.doc.page_count
    for i in range(n):
        cv.page = cv.doc[i]
        cv.text(555, 822, f"Page {i + 1} of {n}", 7.5, "helv", (0.4, 0.4, 0.4), align="r")
        cv.text(40, 822, f"{pat.name}  |  {acc}", 7.5, "helv", (0.4, 0.4, 0.4))
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# Urinalysis and serology rows (shared)
# ----------------------------------------------------------------------------------------------

URINE_QUAL = [
    # key, loinc, pt names, en names, normal (pt text, qual), abnormal options
    ("u_prot", "20454-5", ["Proteínas", "PROTEINAS"], ["Protein"], ("Negativo", "negative"),
     [("Traços", "trace"), ("Positivo", "positive")], [("Trace", "trace")]),
    ("u_glu", "25428-4", ["Glicose", "GLICOSE"], ["Glucose"], ("Negativo", "negative"),
     [("Positivo", "positive")], [("Positive", "positive")]),
    ("u_ket", "2514-8", ["Corpos cetônicos", "CETONAS"], ["Ketones"], ("Negativo", "negative"),
     [("Traços", "trace")], [("Trace", "trace")]),
    ("u_bld", "5794-3", ["Hemoglobina", "SANGUE"], ["Blood"], ("Negativo", "negative"),
     [("Traços", "trace"), ("Positivo", "positive")], [("Trace", "trace")]),
    ("u_nit", "5802-4", ["Nitrito", "NITRITO"], ["Nitrite"], ("Negativo", "negative"),
     [("Positivo", "positive")], [("Positive", "positive")]),
    ("u_leu", "5799-2", ["Esterase leucocitária", "LEUCOCITOS (FITA)"], ["Leukocyte esterase"],
     ("Negativo", "negative"), [("Positivo", "positive")], [("Positive", "positive")]),
    ("u_bil", "5770-3", ["Bilirrubina", "BILIRRUBINA"], ["Bilirubin"], ("Negativo", "negative"), [], []),
    ("u_ubg", "5818-0", ["Urobilinogênio", "UROBILINOGENIO"], ["Urobilinogen"], ("Normal", "normal"), [], []),
]


def urine_rows(rng: random.Random, c: Clin, lang: str, sex: str, names: int = 0, caps: bool = False,
               p_abn: float = 0.18, sediment: bool = True, pflag: str | None = None,
               normal_ref: bool = True) -> list[Row]:
    rows = []
    c.gen("usg", "N")
    c.gen("uph", "N")
    dn = {"pt": ["Densidade", "DENSIDADE"], "en": ["Specific gravity"]}[lang]
    r = num_row("usg", dn[names % len(dn)], c.v["usg"], sex, lang, Disp(None), ref=(1.005, 1.030))
    r.reftext = ref_text(1.005, 1.030, 3, lang, "a" if lang == "pt" else "dash")
    rows.append(r)
    r = num_row("uph", "pH", c.v["uph"], sex, lang, Disp(None), ref=(5.0, 8.0) if names == 0 else (4.5, 8.0))
    r.reftext = ref_text(r.lo, r.hi, 1, lang, "a" if lang == "pt" else "dash")
    rows.append(r)
    for key, loinc, ptn, enn, normal, abn_pt, abn_en in URINE_QUAL:
        nm = (ptn if lang == "pt" else enn)
        nm = nm[names % len(nm)]
        abn = abn_pt if lang == "pt" else abn_en
        if abn and rng.random() < p_abn:
            txt, q = rng.choice(abn)
            rr = qual_row(loinc, nm, txt.upper() if caps else txt, q, True,
                          (normal[0] if lang == "pt" else {"Negativo": "Negative", "Normal": "Normal"}[normal[0]]),
                          pflag)
        else:
            t = normal[0] if lang == "pt" else {"Negativo": "Negative", "Normal": "Normal"}[normal[0]]
            rr = qual_row(loinc, nm, t.upper() if caps else t, normal[1], False, t)
        if not normal_ref:
            rr.reftext = ""
        rows.append(rr)
    if sediment:
        for key, nm in (("uwbc", ["Leucócitos", "LEUCOCITOS", "WBC"]), ("urbc", ["Hemácias", "HEMACIAS", "RBC"])):
            c.gen(key, pick_state(rng, key, sex, 0.15))
            n_ = nm[2] if lang == "en" else nm[1 if caps else 0]
            unit = "/campo" if lang == "pt" else "/HPF"
            rr = num_row(key, n_, c.v[key], sex, lang, Disp(unit), flagstyle="star" if pflag else "none")
            rr.reftext = (f"Até {c.lohi(key)[1]} /campo" if lang == "pt" else f"0-{c.lohi(key)[1]}")
            if lang == "en":
                rr.lo = 0.0
                if rr.value == 0:
                    raise Retry("urine zero on bound")
            rows.append(rr)
        ep = "Raras" if lang == "pt" else "Rare"
        rows.append(qual_row("20453-7", {"pt": ["Células epiteliais", "CEL. EPITELIAIS"],
                                         "en": ["Epithelial cells"]}[lang][(1 if caps else 0) if lang == "pt" else 0],
                             ep.upper() if caps else ep, "rare", False, ""))
        bt = "Ausentes" if lang == "pt" else "None seen"
        if lang == "pt":
            rows.append(qual_row("25145-4", "BACTERIAS" if caps else "Bactérias", bt.upper() if caps else bt,
                                 "absent", False, ""))
        mu = "Ausente" if lang == "pt" else "Absent"
        rows.append(qual_row("8247-9", {"pt": "FILAMENTOS DE MUCO" if caps else "Filamentos de muco",
                                        "en": "Mucus"}[lang], mu.upper() if caps else mu, "absent", False, ""))
    return rows


SERO = [
    ("5196-1", ["HBsAg", "Antígeno de superfície do vírus da hepatite B (HBsAg)", "HBSAG"]),
    ("13955-0", ["Anti-HCV", "Anticorpos anti-HCV (hepatite C)", "ANTI-HCV"]),
    ("56888-1", ["Anti-HIV 1 e 2 (Ag/Ac)", "Anti-HIV 1/2 + Ag p24 (4ª geração)", "HIV 1+2 AG/AC"]),
    ("5292-8", ["VDRL", "Sífilis - VDRL", "VDRL"]),
]


def sero_rows(rng: random.Random, names: int, caps: bool = False, with_index: bool = False,
              pflag: str | None = None) -> list[Row]:
    rows = []
    for loinc, nms in SERO:
        txt = "Não reagente"
        r = qual_row(loinc, nms[names], txt.upper() if caps else txt, "non-reactive", False,
                     "Não reagente" if not caps else "NAO REAGENTE")
        if with_index and loinc != "5292-8":
            r.extra["index"] = fmt_num(rng.uniform(0.05, 0.6), 2, "pt")
        rows.append(r)
    return rows


# ----------------------------------------------------------------------------------------------
# DC4 multipage-pt
# ----------------------------------------------------------------------------------------------


def fam_multipage(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[3]
    v = idx % 3
    lang = "pt"
    pat = make_patient(rng, "pt", age=(19, 83))
    sex = pat.sex
    refs = {"wbc": (3.5, 10.5), "plt": (150, 450), "neut_p": (40.0, 70.0), "neut_a": (1.6, 7.0),
            "lymph_a": (0.9, 2.9), "mono_a": (0.3, 0.9), "eos_a": (0.05, 0.5), "baso_a": (0.0, 0.1),
            "lymph_p": (20.0, 50.0), "mono_p": (3.0, 12.0), "eos_p": (1.0, 7.0), "baso_p": (0.0, 2.0),
            "chol": (None, 190), "ast": (None, 40) if v == 1 else _sx((10, 40), (10, 35)),
            "alt": (None, 41) if v == 1 else _sx((10, 50), (10, 35)), "glu": (70, 99)}
    c = Clin(rng, sex, pat.age, 0.26, refs)
    plan = crit_plan(rng, [("k", "HH"), ("k", "LL"), ("glu", "HH"), ("na", "LL"), ("hb", "LL"), ("plt", "LL")],
                     0.35)
    c.cbc(crit={"hb": "hb", "plt": "plt"}.get(next(iter(plan), ""), None))
    c.many(["glu", "urea", "crea", "uric", "na", "k", "ca", "ast", "alt", "ggt", "alp", "tsh", "ft4",
            "ferr", "b12", "vitd"], plan)
    c.egfr()
    c.bilirubin()
    c.proteins()
    c.lipids()
    c.a1c()
    fst = ["none", "star", "pt"][v]
    rs = ["a", "a", "dash"][v]
    lines: list[tuple] = []
    rows: list[Row] = []
    font, fontb = ("helv", "hebo") if v != 1 else ("tiro", "tibo")
    size = [8.2, 9.0, 8.0][v]
    lh = [11.2, 12.8, 11.0][v]

    def prev_line(r: Row, key: str, dec: int | None = None, thou=False):
        if r.value is None or rng.random() > 0.35:
            return
        pv = r.value * rng.uniform(0.85, 1.15)
        dd = SPECS[key].dec if dec is None else dec
        if key == "plt":
            pv = round(pv, -3)
        elif key == "wbc":
            pv = round(pv, -1)
        pdate = pat.collected - _dt.timedelta(days=rng.randint(60, 400))
        lines.append(("prev", f"Resultado anterior: {fmt_num(pv, dd, lang, thou)} ({dmy(pdate)})"))

    def add(key, name, d: Disp, both=False, reftext=None, prev=True, sexfmt=None):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(key, sex, lang, d, rs, both, sexfmt,
                                                                      ref=c.ref(key))
        rows.append(r)
        lines.append(("row", r))
        if prev:
            prev_line(r, key, d.dec, d.thou)
        return r

    def release(sname):
        t = pat.collected + _dt.timedelta(days=rng.choice([0, 0, 1]))
        lines.append(("release", f"Liberado em {dmy(t)} {hhmm(rng, 9, 18)} por {rng.choice(BIOCHEMISTS_PT)}"))

    sf = ["Homens: {m} / Mulheres: {f}", "Masculino: {m}; Feminino: {f}", "H: {m}  M: {f}"][v]
    if v == 2:
        sf = "Masc.: {m}  Fem.: {f}"
    lines.append(("sect", "HEMOGRAMA COMPLETO"))
    lines.append(("note", "Material: sangue total (EDTA)  -  Método: automação (citometria de fluxo) e microscopia"))
    lines.append(("sub", "ERITROGRAMA"))
    add("rbc", ["Hemácias", "Eritrócitos", "Hemácias"][v], Disp("milhões/mm³" if v != 2 else "10^6/µL"), both=True,
        sexfmt=sf)
    add("hb", "Hemoglobina", Disp("g/dL"), both=True, sexfmt=sf)
    add("hct", "Hematócrito", Disp("%"), both=True, sexfmt=sf)
    add("mcv", ["VCM", "Volume corpuscular médio (VCM)", "VCM"][v], Disp("fL" if v != 1 else "fl"))
    add("mch", ["HCM", "Hemoglobina corpuscular média (HCM)", "HCM"][v], Disp("pg"))
    add("mchc", ["CHCM", "Conc. hemoglobina corpuscular média (CHCM)", "CHCM"][v], Disp("g/dL" if v != 1 else "%"))
    add("rdw", "RDW", Disp("%"))
    lines.append(("sub", "LEUCOGRAMA"))
    wd = Disp("/mm³", 1000, 0, thou=True) if v != 2 else Disp("/µL", 1000, 0, thou=True)
    add("wbc", "Leucócitos", wd)
    for kp, ka, nm in (("neut_p", "neut_a", "Neutrófilos"), ("eos_p", "eos_a", "Eosinófilos"),
                       ("baso_p", "baso_a", "Basófilos"), ("lymph_p", "lymph_a", "Linfócitos"),
                       ("mono_p", "mono_a", "Monócitos")):
        rp = num_row(kp, nm, c.v[kp], sex, lang, Disp("%", dec=1), ref=c.ref(kp), flagstyle=fst)
        rp.reftext = auto_reftext(kp, sex, lang, Disp("%", dec=1), rs, False, ref=c.ref(kp))
        ra = num_row(ka, nm, c.v[ka], sex, lang, Disp(wd.unit, 1000, 0, thou=True), ref=c.ref(ka), flagstyle=fst)
        ra.reftext = auto_reftext(ka, sex, lang, Disp(wd.unit, 1000, 0, thou=True), rs, False, ref=c.ref(ka))
        rows += [rp, ra]
        lines.append(("dual", rp, ra))
    lines.append(("sub", "PLAQUETOGRAMA"))
    add("plt", "Plaquetas", Disp(wd.unit, 1000, 0, thou=True))
    add("mpv", ["VPM", "Volume plaquetário médio (VPM)", "VPM"][v], Disp("fL" if v != 1 else "fl"), prev=False)
    lines.append(("note", "Série vermelha e plaquetas sem alterações morfológicas significativas à microscopia."))
    release("HEMOGRAMA")
    lines.append(("sect", "BIOQUÍMICA"))
    add("glu", ["Glicose", "Glicose plasmática", "GLICOSE"][v], Disp("mg/dL"))
    add("urea", ["Ureia", "Uréia", "UREIA"][v], Disp("mg/dL"))
    add("crea", ["Creatinina", "Creatinina sérica", "CREATININA"][v], Disp("mg/dL"), both=True, sexfmt=sf)
    eg = num_row("egfr", "Taxa de filtração glomerular estimada (CKD-EPI 2021)", c.v["egfr"], sex, lang,
                 Disp("mL/min/1,73m²"), ref=(60, None), flagstyle=fst)
    if c.v["egfr"] > 90 and v != 2:
        eg.value, eg.vtext, eg.comp, eg.flag, eg.pflag = 90.0, "Superior a 90", ">", "N", None
    eg.reftext = "Superior a 60 mL/min/1,73m²" if v != 2 else "> 60"
    rows.append(eg)
    lines.append(("row", eg))
    add("uric", ["Ácido úrico", "Ácido úrico", "ÁCIDO ÚRICO"][v], Disp("mg/dL"), both=True, sexfmt=sf)
    add("na", ["Sódio", "Sódio (Na+)", "SÓDIO"][v], Disp("mEq/L" if v != 2 else "mmol/L"))
    add("k", ["Potássio", "Potássio (K+)", "POTÁSSIO"][v], Disp("mEq/L" if v != 2 else "mmol/L"))
    add("ca", ["Cálcio", "Cálcio total", "CÁLCIO"][v], Disp("mg/dL"))
    add("ast", ["TGO (AST)", "Transaminase oxalacética - TGO", "AST/TGO"][v], Disp("U/L"), both=True, sexfmt=sf)
    add("alt", ["TGP (ALT)", "Transaminase pirúvica - TGP", "ALT/TGP"][v], Disp("U/L"), both=True, sexfmt=sf)
    add("ggt", ["Gama GT", "Gama-glutamiltransferase (GGT)", "GAMA GT"][v], Disp("U/L"), both=True, sexfmt=sf)
    add("alp", ["Fosfatase alcalina", "Fosfatase alcalina", "FOSFATASE ALCALINA"][v], Disp("U/L"))
    lines.append(("sub", "BILIRRUBINAS"))
    add("bilt", "Bilirrubina total", Disp("mg/dL"), prev=False)
    add("bild", "Bilirrubina direta", Disp("mg/dL"), prev=False)
    add("bili", "Bilirrubina indireta", Disp("mg/dL"), prev=False)
    lines.append(("sub", "PROTEÍNAS TOTAIS E FRAÇÕES"))
    add("tp", "Proteínas totais", Disp("g/dL"), prev=False)
    add("alb", "Albumina", Disp("g/dL"), prev=False)
    add("glob", "Globulinas", Disp("g/dL"), prev=False)
    add("ag", "Relação A/G", Disp(None, dec=2), prev=False)
    release("BIOQ")
    lines.append(("sect", "LIPIDOGRAMA"))
    lines.append(("note", "Jejum: 12 horas. Valores de referência conforme Atualização da Diretriz Brasileira de Dislipidemias."))
    add("chol", "Colesterol total", Disp("mg/dL"), reftext="Desejável: < 190 mg/dL" if v != 2 else "< 190")
    add("hdl", ["HDL-colesterol", "Colesterol HDL", "HDL COLESTEROL"][v], Disp("mg/dL"),
        reftext="Desejável: > 40 mg/dL" if v != 2 else "> 40")
    if v != 2:
        rows[-1].lo = 40.0
    else:
        rows[-1].lo = 40.0
    rows[-1].flag = flag_of(rows[-1].value, 40.0, None)
    rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
    add("ldl", ["LDL-colesterol", "Colesterol LDL (Friedewald)", "LDL COLESTEROL"][v], Disp("mg/dL"),
        reftext="Desejável: < 130 mg/dL" if v != 2 else "< 130", prev=False)
    add("vldl", ["VLDL-colesterol", "Colesterol VLDL", "VLDL COLESTEROL"][v], Disp("mg/dL"),
        reftext="< 30 mg/dL" if v != 2 else "< 30", prev=False)
    add("nonhdl", ["Colesterol não-HDL", "Colesterol não-HDL", "NÃO-HDL COLESTEROL"][v], Disp("mg/dL"),
        reftext="Desejável: < 160 mg/dL" if v != 2 else "< 160", prev=False)
    add("tg", ["Triglicerídeos", "Triglicérides", "TRIGLICERÍDEOS"][v], Disp("mg/dL"),
        reftext="Desejável: < 150 mg/dL (jejum)" if v != 2 else "< 150")
    release("LIP")
    lines.append(("sect", "HORMÔNIOS E VITAMINAS"))
    add("a1c", ["Hemoglobina glicada (HbA1c)", "Hemoglobina glicada - HbA1c", "HBA1C"][v], Disp("%"),
        reftext="4,0 a 5,6 %" if v != 2 else "4,0 - 5,6")
    eag = num_row("eag", "Glicose média estimada", c.v["eag"], sex, lang, Disp("mg/dL"), ref=(None, None))
    eag.reftext = ""
    rows.append(eag)
    lines.append(("row", eag))
    add("tsh", ["TSH", "Hormônio tireoestimulante (TSH)", "TSH ULTRASSENSÍVEL"][v], Disp("µUI/mL" if v != 1 else "mUI/L"))
    add("ft4", ["T4 livre", "Tiroxina livre (T4L)", "T4 LIVRE"][v], Disp("ng/dL"))
    add("ferr", ["Ferritina", "Ferritina sérica", "FERRITINA"][v], Disp("ng/mL"), both=True, sexfmt=sf)
    add("b12", ["Vitamina B12", "Vitamina B12 (cobalamina)", "VITAMINA B12"][v], Disp("pg/mL"))
    add("vitd", ["25-hidroxivitamina D", "Vitamina D (25-OH)", "25-OH VITAMINA D"][v], Disp("ng/mL"),
        reftext="30 a 100 ng/mL" if v != 2 else "30 - 100")
    lines.append(("note", "Interpretação (SBPC/ML): deficiência < 20; 20 a 29 insuficiência; acima de 100 risco de toxicidade."))
    release("HORM")
    lines.append(("sect", "URINA TIPO I (EAS)"))
    lines.append(("sub", "EXAME QUÍMICO"))
    urows = urine_rows(rng, c, lang, sex, names=0 if v != 2 else 1, caps=(v == 2),
                       pflag={"none": None, "star": "*", "pt": "Alterado"}[fst])
    for i, r in enumerate(urows):
        if r.key == "uwbc":
            lines.append(("sub", "SEDIMENTOSCOPIA"))
        rows.append(r)
        lines.append(("row", r))
    release("URINA")
    lines.append(("sect", "SOROLOGIAS"))
    srows = sero_rows(rng, [1, 1, 2][v], caps=(v == 2), with_index=True)
    for r in srows:
        rows.append(r)
        lines.append(("row", r))
        if "index" in r.extra:
            lines.append(("prev", f"Índice: {r.extra['index']} (não reagente < 1,00)"))
    release("SORO")

    # ---------- layout ----------
    lab = LABS_PT[[2, 5, 8][v]]
    cv = Canvas()
    pedido = f"{pat.collected.year % 100}{pat.ident}"
    coltime = hhmm(rng, 6, 10)
    doctor = rng.choice(DOCTORS["pt"])
    xs = {"name": 40, "val": 292 if v != 1 else 300, "unit": 300 if v != 1 else 308, "ref": 372}
    x_pct = 205

    def page_header():
        cv.new_page()
        cv.text(40, 44, lab, 13.5, fontb, (0.1, 0.3, 0.25))
        cv.text(40, 56, ADDR_PT[(v + 2) % len(ADDR_PT)], 7, font, (0.35, 0.35, 0.35))
        cv.line(40, 62, 555, 62, 0.8, (0.1, 0.3, 0.25))
        r2 = _rng("hdr", fam, idx)  # same patient block on every page
        y = pt_patient_block(cv, 40, 76, pat, r2, v, size=8.2, coltime=coltime, doctor=doctor, pedido=pedido)
        cv.line(40, y - 4, 555, y - 4, 0.4)
        y += 8
        cv.text(xs["name"], y, "EXAME", 7.8, fontb)
        cv.text(xs["val"], y, "RESULTADO", 7.8, fontb, align="r")
        cv.text(xs["unit"], y, "UNIDADE", 7.8, fontb)
        cv.text(xs["ref"], y, "VALORES DE REFERÊNCIA", 7.8, fontb)
        cv.line(40, y + 4, 555, y + 4, 0.4)
        return y + 4 + lh

    bottom = 772
    y = page_header()
    cur_sect = None
    for it in lines:
        kind = it[0]
        need = lh * (4.5 if kind == "sect" else 2.2 if kind == "sub" else 1.0)
        if kind == "row":
            need = lh * max(1, len(wrap(it[1].reftext, 183, size - 0.6)))
        if y + need > bottom:
            y = page_header()
            if cur_sect and kind not in ("sect",):
                cv.text(40, y, f"{cur_sect} (continuação)", size + 0.6, fontb, (0.1, 0.3, 0.25))
                y += lh * 1.3
        if kind == "sect":
            cur_sect = it[1]
            y += lh * 0.5
            cv.text(40, y, it[1], size + 1.2, fontb, (0.1, 0.3, 0.25))
            y += lh * 1.3
        elif kind == "sub":
            cv.text(40, y, it[1], size - 0.4, fontb, (0.3, 0.3, 0.3))
            y += lh
        elif kind == "note":
            for ln in wrap(it[1], 510, size - 1.4):
                cv.text(40, y, ln, size - 1.4, font if v == 1 else "heit", (0.35, 0.35, 0.35))
                y += lh - 1.5
        elif kind == "prev":
            cv.text(52, y - 1.5, it[1], size - 1.6, font if v == 1 else "heit", (0.4, 0.4, 0.4))
            y += lh - 2
        elif kind == "release":
            y += 2
            cv.text(555, y, it[1], size - 1.8, font, (0.35, 0.35, 0.35), align="r")
            y += lh
        elif kind == "row":
            r = it[1]
            nm = r.name
            cv.text(xs["name"], y, nm, size, font)
            if v == 0:
                # dotted leader up to the value column
                ndots = int((xs["val"] - 60 - xs["name"] - tlen(nm, size, font)) / tlen(".", size))
                if ndots > 3:
                    cv.text(xs["name"] + tlen(nm, size, font) + 4, y, "." * ndots, size, font, (0.55, 0.55, 0.55))
            cv.text(xs["val"], y, r.vtext, size, fontb if r.flag != "N" and v != 0 else font, align="r")
            if r.pflag:
                cv.text(xs["val"] + 1.5 if v != 2 else xs["unit"] + 44, y - (2.5 if v == 1 else 0), r.pflag,
                        size - 2.2, fontb)
            cv.text(xs["unit"], y, r.unit or "", size, font)
            wl = wrap(r.reftext, 183, size - 0.6)
            for i, ln in enumerate(wl):
                cv.text(xs["ref"], y + i * (lh - 1.5), ln, size - 0.6, font)
            y += lh + (len(wl) - 1) * (lh - 1.5)
        elif kind == "dual":
            rp, ra = it[1], it[2]
            cv.text(xs["name"], y, rp.name, size, font)
            cv.text(x_pct, y, rp.vtext, size, fontb if rp.flag != "N" and v != 0 else font, align="r")
            cv.text(x_pct + 3, y, "%", size, font)
            if rp.pflag:
                cv.text(x_pct + 14, y - 2, rp.pflag, size - 2.2, fontb)
            cv.text(xs["val"], y, ra.vtext, size, fontb if ra.flag != "N" and v != 0 else font, align="r")
            if ra.pflag:
                cv.text(xs["val"] + 1.5 if v != 2 else xs["unit"] + 44, y - (2.5 if v == 1 else 0), ra.pflag,
                        size - 2.2, fontb)
            cv.text(xs["unit"], y, ra.unit, size, font)
            cv.text(xs["ref"], y, f"{rp.reftext} %", size - 0.6, font)
            cv.text(xs["ref"] + 72, y, f"{ra.reftext} {ra.unit}", size - 0.6, font)
            y += lh
    y += lh
    if y > bottom - 40:
        y = page_header()
    cv.text(40, y, "Assinatura eletrônica conforme MP 2.200-2/2001. Os resultados devem ser interpretados pelo médico "
            "assistente.", size - 1.8, font, (0.35, 0.35, 0.35))
    cv.text(40, y + lh, "Responsável técnico: " + BIOCHEMISTS_PT[v], size - 1.8, font, (0.35, 0.35, 0.35))
    n = cv.doc.page_count
    for i in range(n):
        cv.page = cv.doc[i]
        cv.line(40, 800, 555, 800, 0.4)
        cv.text(555, 812, f"Página {i + 1} de {n}", 7.5, font, (0.3, 0.3, 0.3), align="r")
        cv.text(40, 812, f"Pedido {pedido}  -  Emitido em {dmy(pat.collected + _dt.timedelta(days=1))}", 7.5,
                font, (0.3, 0.3, 0.3))
    if n < 2:
        raise Retry("multipage needs two pages")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC5 letter-en
# ----------------------------------------------------------------------------------------------


def long_date(d: _dt.date, us: bool = False) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if us else f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def fam_letter(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[4]
    v = idx % 3
    lang = "en"
    pat = make_patient(rng, "en", age=(44, 82))
    sex = pat.sex
    c = Clin(rng, sex, pat.age, 0.22)
    rows: list[Row] = []
    plan = crit_plan(rng, [("k", "HH"), ("na", "LL"), ("glu_si" if v != 1 else "glu", "HH")], 0.5 if v != 2 else 0.0)

    def R(key, name, d: Disp, comp=None, value=None):
        x = c.v[key] if value is None else value
        r = num_row(key, name, x, sex, lang, d, ref_applies=False)
        if comp:
            r.comp = comp
            r.flag = "N"
        rows.append(r)
        return r

    title = {"male": "Mr", "female": ("Mrs" if rng.random() < 0.6 else "Ms")}[sex]
    last = pat.name.split(" ")[-1]
    noun = "man" if sex == "male" else "woman"
    he, his = ("he", "his") if sex == "male" else ("she", "her")
    He, His = he.capitalize(), his.capitalize()
    paras: list[str] = []
    us = v == 1
    cd = long_date(pat.collected, us)
    if v == 0:
        c.cbc(diff=False)
        c.gen("a1c_si", "H")
        c.many(["na", "k", "crea_si", "alt", "alp", "tsh", "ferr", "crp", "bilt_si"], plan)
        c.lipids(si=True)
        hb = R("hb", "Hb", Disp("g/L", 10, 0))
        wcc = R("wbc", "WCC", Disp(None, dec=1))
        plt = R("plt", "plt", Disp(None))
        na = R("na", "Na", Disp(None))
        k = R("k", "K", Disp(None))
        cr = R("crea_si", "creatinine", Disp("umol/L"))
        a1 = R("a1c_si", "HbA1c", Disp("mmol/mol"))
        prev = int(c.v["a1c_si"] - rng.randint(3, 9))
        alt = R("alt", "ALT", Disp("U/L"))
        bil = R("bilt_si", "bilirubin", Disp("umol/L"))
        alp = R("alp", "ALP", Disp(None))
        tsh = R("tsh", "TSH", Disp("mU/L"))
        fe = R("ferr", "ferritin", Disp("ug/L", dec=0))
        crp = R("crp", "CRP", Disp(None, dec=0))
        if c.v["crp"] < 4.5:
            crp.value, crp.vtext, crp.comp, crp.flag = 4.0, "<4", "<", "N"
        tc = R("chol_si", "total cholesterol", Disp("mmol/L", dec=1))
        hdl = R("hdl_si", "HDL", Disp(None, dec=1))
        tg = R("tg_si", "triglycerides", Disp(None, dec=1))
        paras = [
            f"Thank you for seeing this pleasant {pat.age}-year-old {noun}, who has had increasing tiredness, "
            f"thirst and nocturia over the last four months. {He} has type 2 diabetes diagnosed in 2019 and "
            f"hypertension, and {his} current medication is metformin 1 g twice daily, ramipril 5 mg and "
            f"atorvastatin 20 mg.",
            f"{His} bloods taken on {cd} showed Hb {hb.vtext} g/L, WCC {wcc.vtext}, plt {plt.vtext}, "
            f"Na {na.vtext}, K {k.vtext}, creatinine {cr.vtext} umol/L. {His} HbA1c has risen to {a1.vtext} "
            f"mmol/mol (it was {prev} in March despite dose titration).",
            f"Liver function tests showed an ALT of {alt.vtext} U/L with a bilirubin of {bil.vtext} umol/L and "
            f"ALP {alp.vtext}. TSH was {tsh.vtext} mU/L and {his} ferritin was {fe.vtext} ug/L; CRP {crp.vtext}.",
            f"A fasting lipid profile gave a total cholesterol of {tc.vtext} mmol/L, HDL {hdl.vtext} and "
            f"triglycerides {tg.vtext}.",
        ]
        if k.flag == "HH":
            paras.append(f"Of note, the potassium of {k.vtext} was phoned through by the laboratory and I sent "
                         f"{him_her(sex)} to the Emergency Department the same afternoon for an ECG and treatment.")
        elif na.flag == "LL":
            paras.append(f"The sodium of {na.vtext} was phoned through by the laboratory the same day and "
                         f"{he} was admitted to the acute medical unit for assessment.")
        paras.append(f"I would be grateful for your advice on further management of {his} diabetes, and whether "
                     f"{he} would benefit from the addition of an SGLT2 inhibitor or a GLP-1 receptor agonist.")
    elif v == 1:
        c.cbc(diff=False)
        c.many(["crea", "bun", "k", "na", "co2", "ca", "phos", "ferr", "pth", "glu"], plan)
        c.egfr("crea")
        c.gen("a1c", "H")
        c.iron()
        cr = R("crea", "creatinine", Disp("mg/dL"))
        eg = R("egfr", "eGFR (CKD-EPI 2021)", Disp("mL/min/1.73 m²"))
        bun = R("bun", "BUN", Disp(None))
        k = R("k", "potassium", Disp(None))
        na = R("na", "sodium", Disp(None))
        bic = R("co2", "bicarbonate", Disp(None))
        hb = R("hb", "hemoglobin", Disp("g/dL"))
        ca = R("ca", "calcium", Disp("mg/dL"))
        ph = R("phos", "phosphorus", Disp(None))
        pth = R("pth", "PTH", Disp("pg/mL", dec=0))
        fe = R("ferr", "ferritin", Disp("ng/mL", dec=0))
        ts = R("tsat", "transferrin saturation", Disp("%"))
        a1 = R("a1c", "hemoglobin A1c", Disp("%"))
        gl = R("glu", "glucose", Disp("mg/dL"))
        paras = [
            f"I had the pleasure of seeing your patient, {title}. {pat.name}, a {pat.age}-year-old {noun}, in "
            f"the Nephrology Clinic on {cd} for follow-up of chronic kidney disease attributed to diabetic "
            f"and hypertensive nephropathy.",
            f"Labs drawn that morning showed a creatinine of {cr.vtext} mg/dL with an eGFR (CKD-EPI 2021) of "
            f"{eg.vtext} mL/min/1.73 m², BUN {bun.vtext}, potassium {k.vtext}, sodium {na.vtext} and bicarbonate "
            f"{bic.vtext}. {His} hemoglobin was {hb.vtext} g/dL.",
            f"Mineral bone studies: calcium {ca.vtext} mg/dL, phosphorus {ph.vtext}, PTH {pth.vtext} pg/mL. "
            f"Iron studies showed a ferritin of {fe.vtext} ng/mL and transferrin saturation of {ts.vtext}%.",
            f"{His} hemoglobin A1c was {a1.vtext}% with a random glucose of {gl.vtext} mg/dL in clinic.",
        ]
        if gl.flag == "HH":
            paras.append(f"Because the glucose of {gl.vtext} was a critical value, {he} was sent to the ED "
                         f"for evaluation of hyperglycemia after the visit.")
        elif k.flag == "HH":
            paras.append(f"The potassium of {k.vtext} was called to us as a critical value and {he} was sent to "
                         f"the ED for an ECG and treatment.")
        paras.append("Plan: continue lisinopril and empagliflozin, dietary potassium counselling, repeat labs "
                     "in 3 months. Please do not hesitate to contact me with any questions.")
    else:
        c.cbc(diff=False)
        c.many(["crea_si", "tsh", "alt", "b12", "fol", "ferr"], plan)
        c.lipids(si=True)
        c.gen("ft4_si")
        hb = R("hb", "haemoglobin", Disp("g/L", 10, 0))
        cr = R("crea_si", "creatinine", Disp(None))
        tsh = R("tsh", "TSH", Disp(None))
        ft4 = R("ft4_si", "free T4", Disp("pmol/L"))
        tc = R("chol_si", "cholesterol", Disp("mmol/L", dec=1))
        hdl = R("hdl_si", "HDL cholesterol", Disp(None, dec=1))
        ldl = R("ldl_si", "LDL", Disp(None, dec=1))
        alt = R("alt", "ALT", Disp(None))
        b12 = R("b12", "vitamin B12", Disp("ng/L"))
        fol = R("fol", "folate", Disp(None))
        fe = R("ferr", "ferritin", Disp("micrograms/L", dec=0))
        cword = "a little higher than we would like" if c.v["chol_si"] > 5.2 else "fine"
        paras = [
            f"Thank you for coming to the surgery on {cd}. I am writing to let you know the results of the blood "
            f"tests that were taken that day.",
            f"Your blood count was normal apart from anything mentioned below: your haemoglobin was "
            f"{hb.vtext} g/L. Your kidney function was stable (creatinine {cr.vtext}).",
            f"Your thyroid tests were TSH {tsh.vtext} and free T4 {ft4.vtext} pmol/L. Your vitamin B12 was "
            f"{b12.vtext} ng/L, folate {fol.vtext} and your ferritin (iron stores) {fe.vtext} micrograms/L. "
            f"Your liver test (ALT) was {alt.vtext}.",
            f"Your cholesterol was {tc.vtext} mmol/L, which is {cword}; the 'good' HDL cholesterol was "
            f"{hdl.vtext} and the LDL {ldl.vtext}. We talked about diet and exercise, and I suggest we repeat "
            f"this in six months.",
            "If you have any questions please ring the surgery and ask for a telephone appointment with me.",
        ]

    # ---------------- layout ----------------
    cv = Canvas()
    cv.new_page()
    font, fontb = ("tiro", "tibo") if v != 1 else ("helv", "hebo")
    prac = ["Riverside Medical Practice", "Lakeshore Kidney & Hypertension Associates", "Abbeydale Family Surgery"][v]
    addr = ["12 Mill Lane, Harrogate HG1 2AB  |  Tel 01423 555 210  |  riverside.practice@nhs.net",
            "2200 Lakeshore Drive, Suite 410, Chicago, IL 60614  |  (312) 555-0148  |  Fax (312) 555-0149",
            "3 Abbey Road, Sheffield S7 1LQ  |  0114 255 8080"][v]
    cv.text(555, 52, prac, 14, fontb, align="r")
    cv.text(555, 65, addr, 7.5, font, (0.35, 0.35, 0.35), align="r")
    cv.line(40, 72, 555, 72, 0.6)
    letter_date = pat.collected + _dt.timedelta(days=rng.randint(2, 9))
    y = 98
    cv.text(40, y, long_date(letter_date, us), 10.5, font)
    y += 24
    to = [[rng.choice(["Dr O. Okafor", "Dr E. Hartley"]), "Consultant Physician, Diabetes & Endocrinology",
           "Harrogate District Hospital", "Lancaster Park Road, Harrogate HG2 7SX"],
          [rng.choice(["Dr. Maria Alvarez, MD", "Dr. Kevin Shah, MD"]), "Northside Primary Care",
           "4410 N. Clark Street", "Chicago, IL 60640"],
          [f"{title} {pat.name}", f"{rng.randint(2, 140)} Carter Knowle Road", "Sheffield", "S7 2DY"]][v]
    for ln in to:
        cv.text(40, y, ln, 10.5, font)
        y += 13
    y += 12
    dob = mdy(pat.birth) if us else dmy(pat.birth)
    if v == 0:
        cv.text(40, y, f"Dear {to[0].split(' ')[0]} {to[0].split(' ')[-1]},", 10.5, font)
        y += 18
        cv.text(40, y, f"Re: {title} {pat.name}, DOB {dob}, NHS No. {pat.ident[:3]} {pat.ident[3:6]} "
                       f"{pat.ident[6:]}{rng.randint(0, 9)}", 10.5, fontb)
        y += 20
    elif v == 1:
        cv.text(40, y, f"RE: {pat.name.upper()}   DOB: {dob}   MRN: {pat.ident}", 10, fontb)
        y += 18
        cv.text(40, y, f"Dear {to[0].split(',')[0]},", 10.5, font)
        y += 20
    else:
        cv.text(40, y, f"Dear {title} {last},", 10.5, font)
        y += 18
        cv.text(40, y, f"Your blood test results - date of birth {dob}", 10.5, fontb)
        y += 20
    for p_ in paras:
        for ln in wrap(p_, 505, 10.5, font):
            cv.text(40, y, ln, 10.5, font)
            y += 14
        y += 8
    y += 6
    cv.text(40, y, "Yours sincerely," if v != 1 else "Sincerely,", 10.5, font)
    y += 40
    signer = ["Dr Hannah Brooks", "Rachel Adeyemi, MD", "Dr J. Donnelly"][v]
    cv.text(40, y, signer, 10.5, fontb)
    y += 13
    cv.text(40, y, ["GP Partner (GMC 7045123)", "Nephrology", "General Practitioner"][v], 10, font)
    y += 24
    cv.text(40, y, ["cc: patient", "cc: patient chart", ""][v], 9, font, (0.3, 0.3, 0.3))
    cv.text(40, 815, ["This letter contains confidential patient information.",
                      "CONFIDENTIAL: This communication contains protected health information.",
                      "Abbeydale Family Surgery is part of the Sheffield South West Primary Care Network."][v], 7.5,
            font, (0.4, 0.4, 0.4))
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


def him_her(sex: str) -> str:
    return "him" if sex == "male" else "her"


# ----------------------------------------------------------------------------------------------
# DC6 sidebyside-pt
# ----------------------------------------------------------------------------------------------


def fam_side(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[5]
    v = idx % 3
    lang = "pt"
    pat = make_patient(rng, "pt", age=(18, 85))
    sex = pat.sex
    refs = {"wbc": (4.0, 11.0) if v == 0 else (3.6, 11.0), "neut_a": (1.8, 7.5), "lymph_a": (1.0, 4.8),
            "mono_a": (0.1, 1.0), "eos_a": (0.02, 0.5), "baso_a": (0.0, 0.2), "plt": (150, 450) if v else (140, 400),
            "pt": (10.0, 13.0), "inr": (0.9, 1.2), "aptt": (24.0, 36.0), "fib": (200, 400)}
    c = Clin(rng, sex, pat.age, 0.27, refs)
    plan = crit_plan(rng, [("k", "HH"), ("na", "LL"), ("glu", "HH"), ("wbc", "LL"), ("plt", "LL"), ("aptt", "HH")],
                     0.4 if v != 2 else 0.0)
    fst = ["HL", "none", "star"][v]
    left: list[Row] = []
    right: list[Row] = []
    lsub: dict[int, str] = {}
    rsub: dict[int, str] = {}

    def mk(key, name, d: Disp, both=False, reftext=None, style="a", sexfmt="M: {m}  F: {f}"):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(key, sex, lang, d, "dash" if both else style,
                                                                      both, sexfmt, ref=c.ref(key))
        return r

    if v in (0, 1):
        c.cbc(crit={"wbc": "wbc_lo", "plt": "plt"}.get(next(iter(plan), ""), None))
        c.many(["glu", "urea", "crea", "na", "k", "ca", "mg", "ast", "alt", "ggt", "alp", "crp_dl", "uric"], plan)
        c.bilirubin()
        c.egfr()
        if v == 1:
            c.coag(crit_aptt=plan.get("aptt") == "HH")
            c.gen("fib")
            c.lipids()
        wd = Disp("/mm³", 1000, 0, thou=True) if v == 0 else Disp("10³/µL", 1, 2, rdec=1)
        lsub[0] = "Eritrograma"
        left += [mk("rbc", "Hemácias", Disp("milhões/mm³" if v == 0 else "10⁶/µL".replace("⁶", "^6")), True),
                 mk("hb", "Hemoglobina", Disp("g/dL"), True),
                 mk("hct", "Hematócrito", Disp("%"), True),
                 mk("mcv", "VCM", Disp("fL")), mk("mch", "HCM", Disp("pg")), mk("mchc", "CHCM", Disp("g/dL")),
                 mk("rdw", "RDW-CV", Disp("%"))]
        lsub[len(left)] = "Leucograma"
        left.append(mk("wbc", "Leucócitos totais" if v == 0 else "Leucócitos", wd))
        for kp, ka, nm in (("neut_p", "neut_a", "Neutrófilos"), ("lymph_p", "lymph_a", "Linfócitos"),
                           ("mono_p", "mono_a", "Monócitos"), ("eos_p", "eos_a", "Eosinófilos"),
                           ("baso_p", "baso_a", "Basófilos")):
            if v == 0:
                left.append(mk(kp, f"{nm} (%)", Disp("%", dec=1)))
                left.append(mk(ka, f"{nm} (abs.)", Disp("/mm³", 1000, 0, thou=True)))
            else:
                left.append(mk(kp, nm, Disp("%", dec=1)))
        if v == 1:
            for ka, nm in (("neut_a", "Neutrófilos #"), ("lymph_a", "Linfócitos #"), ("mono_a", "Monócitos #"),
                           ("eos_a", "Eosinófilos #"), ("baso_a", "Basófilos #")):
                left.append(mk(ka, nm, Disp("10³/µL", 1, 2)))
        lsub[len(left)] = "Plaquetas"
        left.append(mk("plt", "Plaquetas", Disp("/mm³", 1000, 0, thou=True) if v == 0 else Disp("10³/µL")))
        left.append(mk("mpv", "VPM", Disp("fL")))
        if v == 1:
            lsub[len(left)] = "Coagulação"
            left += [mk("pt", "TP (tempo de protrombina)", Disp("s")), mk("pta", "TP - atividade", Disp("%")),
                     mk("inr", "TP - RNI", Disp(None)), mk("aptt", "TTPa", Disp("s")),
                     mk("fib", "Fibrinogênio", Disp("mg/dL"))]
        rsub[0] = "Função renal e eletrólitos"
        right += [mk("glu", "Glicose", Disp("mg/dL")), mk("urea", "Ureia", Disp("mg/dL")),
                  mk("crea", "Creatinina", Disp("mg/dL"), True)]
        eg = num_row("egfr", "eGFR (CKD-EPI 2021)", c.v["egfr"], sex, lang, Disp("mL/min/1,73m²"), ref=(60, None),
                     flagstyle=fst)
        eg.reftext = "> 60"
        right.append(eg)
        right += [mk("na", "Sódio", Disp("mmol/L")), mk("k", "Potássio", Disp("mmol/L")),
                  mk("ca", "Cálcio total", Disp("mg/dL")), mk("mg", "Magnésio", Disp("mg/dL")),
                  mk("uric", "Ácido úrico", Disp("mg/dL"), True)]
        rsub[len(right)] = "Função hepática"
        right += [mk("ast", "TGO/AST", Disp("U/L"), True), mk("alt", "TGP/ALT", Disp("U/L"), True),
                  mk("ggt", "Gama GT", Disp("U/L"), True), mk("alp", "Fosfatase alcalina", Disp("U/L")),
                  mk("bilt", "Bilirrubina total", Disp("mg/dL")), mk("bild", "Bilirrubina direta", Disp("mg/dL")),
                  mk("bili", "Bilirrubina indireta", Disp("mg/dL"))]
        rsub[len(right)] = "Inflamação"
        right.append(mk("crp_dl", "Proteína C reativa", Disp("mg/dL"), style="a"))
        if v == 1:
            rsub[len(right)] = "Perfil lipídico"
            right += [mk("chol", "Colesterol total", Disp("mg/dL"), reftext="< 190"),
                      mk("hdl", "HDL", Disp("mg/dL"), reftext="> 40" if sex == "male" else "> 50"),
                      mk("ldl", "LDL (calculado)", Disp("mg/dL"), reftext="< 130"),
                      mk("tg", "Triglicerídeos", Disp("mg/dL"), reftext="< 150")]
            if sex == "female":
                right[-3].lo = 50.0
            right[-3].flag = flag_of(right[-3].value, right[-3].lo, None)
            right[-3].pflag = None
        ltitle, rtitle = ("HEMATOLOGIA", "BIOQUÍMICA") if v == 0 else ("HEMATOLOGIA E COAGULAÇÃO", "BIOQUÍMICA")
    else:
        c.many(["tsh", "ft4", "ft3", "tpo", "ferr", "b12", "fol", "vitd", "pth", "cort", "prl", "ins"])
        c.iron()
        c.a1c()
        if sex == "male":
            c.gen("psa")
        lsub[0] = "Tireoide"
        left += [mk("tsh", "TSH", Disp("µUI/mL")), mk("ft4", "T4 livre", Disp("ng/dL")),
                 mk("ft3", "T3 livre", Disp("pg/mL")), mk("tpo", "Anti-TPO", Disp("UI/mL"), style="a")]
        lsub[len(left)] = "Metabolismo do ferro"
        left += [mk("iron", "Ferro sérico", Disp("µg/dL"), True), mk("tibc", "Capacidade total de ligação",
                                                                      Disp("µg/dL")),
                 mk("tsat", "Índice de saturação", Disp("%")), mk("ferr", "Ferritina", Disp("ng/mL"), True)]
        lsub[len(left)] = "Vitaminas"
        left += [mk("b12", "Vitamina B12", Disp("pg/mL")), mk("fol", "Ácido fólico", Disp("ng/mL")),
                 mk("vitd", "25-OH vitamina D", Disp("ng/mL"))]
        lsub[len(left)] = "Outros hormônios"
        left += [mk("pth", "PTH intacto", Disp("pg/mL")), mk("cort", "Cortisol (8h)", Disp("µg/dL")),
                 mk("prl", "Prolactina", Disp("ng/mL"), True), mk("ins", "Insulina", Disp("µUI/mL")),
                 mk("a1c", "Hemoglobina glicada", Disp("%"), reftext="4,0 a 5,6")]
        if sex == "male":
            left.append(mk("psa", "PSA total", Disp("ng/mL"), reftext="Até 4,00"))
        rsub[0] = "Exame físico-químico"
        ur = urine_rows(rng, c, lang, sex, names=0, pflag="*")
        right += ur[:10]
        rsub[10] = "Sedimento"
        right += ur[10:]
        rsub[len(right)] = "Sorologias"
        right += sero_rows(rng, 0)
        ltitle, rtitle = "HORMÔNIOS E VITAMINAS", "URINA TIPO I / SOROLOGIA"
    rows = left + right

    # ---------- layout (A4 landscape) ----------
    cv = Canvas(842, 595)
    cv.new_page()
    lab = LABS_PT[[6, 3, 0][v]]
    cv.text(30, 36, lab, 14, "hebo", (0.45, 0.1, 0.1))
    cv.text(812, 30, "LAUDO DE EXAMES LABORATORIAIS", 9, "hebo", align="r")
    cv.text(812, 42, ADDR_PT[(v + 1) % len(ADDR_PT)], 6.8, "helv", (0.35, 0.35, 0.35), align="r")
    cv.line(30, 48, 812, 48, 1.0, (0.45, 0.1, 0.1))
    coltime = hhmm(rng)
    y = pt_patient_block(cv, 30, 62, pat, rng, v, width=782, size=8, coltime=coltime)
    y += 2
    size, lh = 7.7, 10.9
    panels = [(30, 412, ltitle, left, lsub), (430, 812, rtitle, right, rsub)]
    top = y + 6
    for x0, x1, title, _, _ in panels:
        cv.rect(x0, top, x1, top + 15, color=None, fill=(0.45, 0.1, 0.1))
        cv.text(x0 + 6, top + 11, title, 9, "hebo", (1, 1, 1))
        hy = top + 27
        cv.text(x0 + 4, hy, "Exame", 7.2, "hebo")
        cv.text(x0 + 205, hy, "Resultado", 7.2, "hebo", align="r")
        cv.text(x0 + 230, hy, "Unidade", 7.2, "hebo")
        cv.text(x0 + 290, hy, "Referência", 7.2, "hebo")
        cv.line(x0, hy + 3, x1, hy + 3, 0.4)
    y = top + 27 + lh + 2
    # build both panels' line lists with subtitles, then print on shared baselines
    def seq(rows_, subs):
        out = []
        for i, r in enumerate(rows_):
            if i in subs:
                out.append(("sub", subs[i]))
            out.append(("row", r))
        return out

    L, Rr = seq(left, lsub), seq(right, rsub)
    n = max(len(L), len(Rr))
    if y + n * lh > 560:
        raise Retry("side panels overflow")
    for i in range(n):
        for (x0, x1, _, _, _), lst in zip(panels, (L, Rr)):
            if i >= len(lst):
                continue
            kind, it = lst[i]
            if kind == "sub":
                cv.text(x0 + 4, y, it, size, "hebi", (0.45, 0.1, 0.1))
                continue
            r = it
            cv.text(x0 + 4, y, r.name, size)
            cv.text(x0 + 205, y, r.vtext, size, "hebo" if r.flag != "N" else "helv", align="r")
            if r.pflag:
                cv.text(x0 + 207, y, r.pflag, 6.3, "hebo")
            cv.text(x0 + 230, y, r.unit or "", size)
            rt = r.reftext
            if tlen(rt, size - 0.5) > x1 - x0 - 292:
                raise Retry("reference too wide")
            cv.text(x0 + 290, y, rt, size - 0.5)
        y += lh
    cv.line(421, top, 421, y, 0.3, (0.6, 0.6, 0.6))
    y += 6
    cv.line(30, y, 812, y, 0.4)
    cv.text(30, y + 11, "Material: sangue total EDTA / soro / urina (jato médio). Resultados assinalados estão fora do "
            "intervalo de referência.", 6.8, "heit", (0.35, 0.35, 0.35))
    cv.text(812, 575, f"Liberado em {dmy(pat.collected)} {hhmm(rng, 12, 18)} - {rng.choice(BIOCHEMISTS_PT)}", 7,
            "helv", (0.3, 0.3, 0.3), align="r")
    cv.text(30, 575, "Página 1 de 1", 7, "helv", (0.3, 0.3, 0.3))
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC7 phone-photo-en
# ----------------------------------------------------------------------------------------------


def fam_photo(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[6]
    v = idx % 3
    lang = "en"
    pat = make_patient(rng, "en", age=(25, 80))
    sex = pat.sex
    refs = {}
    if v == 2:
        refs = {"hb": _sx((13.0, 17.0), (12.0, 15.0)), "wbc": (4.0, 10.0), "plt": (150, 450),
                "neut_p": (40.0, 80.0), "lymph_p": (20.0, 40.0), "mono_p": (2.0, 10.0), "eos_p": (1.0, 6.0),
                "baso_p": (0.0, 2.0)}
    c = Clin(rng, sex, pat.age, 0.24, refs)
    glu = "glu_si" if v == 1 else "glu"
    plan = crit_plan(rng, [("k", "HH"), (glu, "HH"), ("hb", "LL"), ("plt", "LL")], 0.35)
    c.cbc(crit={"hb": "hb", "plt": "plt"}.get(next(iter(plan), ""), None))
    fst = ["HL", "HL1", "HL"][v]
    rows: list[Row] = []
    items: list = []

    def add(key, name, d: Disp, reftext=None, both=False, style="sp", sexfmt=None):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(key, sex, lang, d, style, both,
                                                                      sexfmt or "M: {m}  F: {f}", ref=c.ref(key))
        rows.append(r)
        items.append(("row", r))
        return r

    sect = lambda t: items.append(("sect", t))  # noqa: E731
    if v == 0:
        c.many(["na", "k", "cl", "co2", glu, "bun", "crea", "ca", "ast", "alt", "alp", "tsh"], plan)
        c.proteins()
        c.bilirubin()
        c.lipids()
        c.a1c()
        c.egfr()
        sect("COMPLETE BLOOD COUNT")
        add("wbc", "WBC", Disp("K/uL", dec=1))
        add("rbc", "RBC", Disp("M/uL"), both=True)
        add("hb", "Hemoglobin", Disp("g/dL"), both=True)
        add("hct", "Hematocrit", Disp("%"), both=True)
        add("mcv", "MCV", Disp("fL"))
        add("plt", "Platelets", Disp("K/uL"))
        sect("COMPREHENSIVE METABOLIC PANEL")
        add(glu, "Glucose", Disp("mg/dL"))
        add("bun", "BUN", Disp("mg/dL"))
        add("crea", "Creatinine", Disp("mg/dL"), both=True)
        eg = num_row("egfr", "eGFR CKD-EPI 2021", c.v["egfr"], sex, lang, Disp("mL/min/1.73m2"), ref=(60, None),
                     flagstyle=fst)
        eg.reftext = ">59"
        eg.lo = 59.0
        eg.flag = flag_of(eg.value, 59.0, None)
        eg.pflag = FLAG_STYLES[fst].get(eg.flag) if eg.flag != "N" else None
        rows.append(eg)
        items.append(("row", eg))
        add("na", "Sodium", Disp("mmol/L"))
        add("k", "Potassium", Disp("mmol/L"))
        add("cl", "Chloride", Disp("mmol/L"))
        add("co2", "CO2", Disp("mmol/L"))
        add("ca", "Calcium", Disp("mg/dL"))
        add("tp", "Protein, Total", Disp("g/dL"))
        add("alb", "Albumin", Disp("g/dL"))
        add("bilt", "Bilirubin, Total", Disp("mg/dL", dec=1))
        add("alp", "Alk Phos", Disp("U/L"))
        add("ast", "AST", Disp("U/L"), both=True)
        add("alt", "ALT", Disp("U/L"), both=True)
        sect("LIPID PANEL")
        add("chol", "Cholesterol", Disp("mg/dL"), reftext="<200")
        add("tg", "Triglycerides", Disp("mg/dL"), reftext="<150")
        add("hdl", "HDL", Disp("mg/dL"), reftext=">39" if sex == "male" else ">49")
        rows[-1].lo = 39.0 if sex == "male" else 49.0
        rows[-1].flag = flag_of(rows[-1].value, rows[-1].lo, None)
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        add("ldl", "LDL Calc", Disp("mg/dL"), reftext="<100")
        rows[-1].hi = 100.0
        rows[-1].flag = flag_of(rows[-1].value, None, 100.0)
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        sect("OTHER")
        add("a1c", "Hemoglobin A1c", Disp("%"), reftext="4.8-5.6")
        rows[-1].lo, rows[-1].hi = 4.8, 5.6
        rows[-1].flag = flag_of(rows[-1].value, 4.8, 5.6)
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        add("tsh", "TSH", Disp("uIU/mL"))
    elif v == 1:
        c.many(["na", "k", "urea_si", "crea_si", glu, "alt", "alp", "crp", "tsh", "ferr", "b12", "fol"], plan)
        c.egfr("crea_si")
        c.gen("alb_gl")
        c.gen("bilt_si")
        c.lipids(si=True)
        sect("Full Blood Count")
        add("hb", "Haemoglobin", Disp("g/L", 10, 0), both=True)
        add("wbc", "White Cell Count", Disp("x10^9/L", dec=1))
        add("plt", "Platelets", Disp("x10^9/L"))
        add("hct", "Haematocrit", Disp("L/L", 0.01, 2, rdec=2), both=True)
        add("mcv", "MCV", Disp("fL", dec=0))
        add("neut_a", "Neutrophils", Disp("x10^9/L", dec=1))
        add("lymph_a", "Lymphocytes", Disp("x10^9/L", dec=1))
        sect("Urea & Electrolytes")
        add("na", "Sodium", Disp("mmol/L"))
        add("k", "Potassium", Disp("mmol/L"))
        add("urea_si", "Urea", Disp("mmol/L"))
        add("crea_si", "Creatinine", Disp("umol/L"), both=True)
        eg = num_row("egfr", "eGFR (CKD-EPI 2021)", c.v["egfr"], sex, lang, Disp("mL/min/1.73m2"), ref=(60, None),
                     flagstyle=fst)
        if c.v["egfr"] > 90:
            eg.value, eg.vtext, eg.comp, eg.flag, eg.pflag = 90.0, ">90", ">", "N", None
        eg.reftext = ">60"
        rows.append(eg)
        items.append(("row", eg))
        sect("Liver Function Tests")
        add("bilt_si", "Bilirubin", Disp("umol/L"))
        add("alt", "ALT", Disp("U/L"), both=True)
        add("alp", "ALP", Disp("U/L"))
        add("alb_gl", "Albumin", Disp("g/L"))
        sect("Other")
        add(glu, "Glucose (random)", Disp("mmol/L"), reftext="3.5 - 11.0")
        rows[-1].lo, rows[-1].hi = 3.5, 11.0
        rows[-1].flag = flag_of(rows[-1].value, 3.5, 11.0, (2.2, 27.8))
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        add("chol_si", "Cholesterol", Disp("mmol/L", dec=1), reftext="<5.0")
        rows[-1].hi = 5.0
        rows[-1].flag = flag_of(rows[-1].value, None, 5.0)
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        add("crp", "CRP", Disp("mg/L", dec=0), reftext="<5")
        add("tsh", "TSH", Disp("mU/L"))
        add("ferr", "Ferritin", Disp("ug/L", dec=0), both=True)
        add("b12", "Vitamin B12", Disp("ng/L"))
        add("fol", "Folate", Disp("ug/L"))
    else:
        c.many([glu, "urea", "crea", "uric", "na", "k", "ast", "alt", "tsh", "esr"], plan)
        c.lipids()
        sect("HAEMATOLOGY")
        add("hb", "Haemoglobin", Disp("gm/dl"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("wbc", "Total Leucocyte Count (TLC)", Disp("cells/cumm", 1000, -1, thou=True))
        rows[-1].reftext = "4,000 - 10,000"
        for kp, nm in (("neut_p", "Neutrophils"), ("lymph_p", "Lymphocytes"), ("eos_p", "Eosinophils"),
                       ("mono_p", "Monocytes")):
            add(kp, nm, Disp("%", dec=0))
        add("rbc", "Total RBC Count", Disp("millions/cumm"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("hct", "Packed Cell Volume (PCV)", Disp("%"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("mcv", "MCV", Disp("fL"))
        add("plt", "Platelet Count", Disp("lakhs/cumm", 0.01, 2, rdec=1))
        add("esr", "ESR (Westergren)", Disp("mm/1st hr"), both=True, sexfmt="Male: {m}  Female: {f}")
        rows[-1].loinc = "4537-7"
        sect("BIOCHEMISTRY")
        add(glu, "Blood Sugar (Random)", Disp("mg/dl"), reftext="70 - 140")
        rows[-1].lo, rows[-1].hi = 70.0, 140.0
        rows[-1].flag = flag_of(rows[-1].value, 70.0, 140.0, (40, 500))
        rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
        add("urea", "Blood Urea", Disp("mg/dl"))
        add("crea", "Serum Creatinine", Disp("mg/dl"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("uric", "Serum Uric Acid", Disp("mg/dl"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("na", "Serum Sodium", Disp("mEq/L"))
        add("k", "Serum Potassium", Disp("mEq/L"))
        add("ast", "SGOT (AST)", Disp("U/L"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("alt", "SGPT (ALT)", Disp("U/L"), both=True, sexfmt="Male: {m}  Female: {f}")
        add("chol", "Serum Cholesterol", Disp("mg/dl"), reftext="< 200")
        add("tg", "Serum Triglycerides", Disp("mg/dl"), reftext="< 150")
        add("tsh", "TSH (Ultrasensitive)", Disp("µIU/ml"))
    if len(items) > 48:
        raise Retry("too long for one page")

    # ---------- layout ----------
    cv = Canvas()
    cv.new_page()
    lab = ["Valley Diagnostics Laboratory", "Castlegate Health Centre - Phlebotomy & Pathology",
           "Sunrise Diagnostic Centre"][v]
    cv.text(40, 48, lab, 15 if v != 1 else 13, "hebo")
    cv.text(40, 61, ["3401 Mission Street, San Francisco, CA 94110  -  (415) 555-0190",
                     "Castlegate, York YO1 9RN  -  Results enquiries 01904 555 331",
                     "Plot 14, FC Road, Shivajinagar, Pune 411005  -  NABL accredited (MC-2231)"][v], 8, "helv",
            (0.3, 0.3, 0.3))
    cv.line(40, 67, 555, 67, 1.2)
    coltime = hhmm(rng)
    y = 84
    sx = "Female" if sex == "female" else "Male"
    if v == 0:
        info = [("Patient", pat.name.upper()), ("DOB", mdy(pat.birth)), ("Sex", sx), ("Age", f"{pat.age} Y"),
                ("Collected", f"{mdy(pat.collected)} {coltime}"), ("Acct #", pat.ident)]
    elif v == 1:
        info = [("Name", pat.name), ("Date of birth", dmy(pat.birth)), ("Sex", sx), ("Hosp No", "Y" + pat.ident),
                ("Sample taken", f"{dmy(pat.collected)} {coltime}"), ("Requested by", rng.choice(DOCTORS["en"]))]
    else:
        info = [("Patient Name", f"Mr. {pat.name}" if sex == "male" else f"Mrs. {pat.name}"),
                ("Age / Sex", f"{pat.age} Yrs / {sx}"), ("Ref. By", "Dr. A. Kulkarni"),
                ("Lab No.", pat.ident), ("Collected On", f"{dmy(pat.collected, '-')} {coltime}"),
                ("Reported On", dmy(pat.collected + _dt.timedelta(days=1), '-'))]
    for i, (k, val) in enumerate(info):
        xx = 40 if i % 2 == 0 else 310
        cv.text(xx, y, f"{k}:", 9.5, "hebo")
        cv.text(xx + 80, y, val, 9.5)
        if i % 2:
            y += 13.5
    y += 4
    cv.line(40, y, 555, y, 0.6)
    y += 14
    xs = [(40, "l", "TEST" if v != 1 else "Test"), (300, "r", "RESULT" if v != 1 else "Result"),
          (308, "l", "FLAG" if v != 1 else ""), (345, "l", "UNITS" if v != 1 else "Units"),
          (430, "l", "REFERENCE RANGE" if v != 1 else "Ref. range")]
    if v == 2:
        xs = [(40, "l", "INVESTIGATION"), (300, "r", "RESULT"), (308, "l", ""), (345, "l", "UNIT"),
              (430, "l", "BIOLOGICAL REF. INTERVAL")]
    for x, al, h in xs:
        cv.text(x, y, h, 9, "hebo", align=al)
    y += 5
    cv.line(40, y, 555, y, 0.6)
    y += 14
    size, lh = 9.6, 13.6
    for kind, it in items:
        if kind == "sect":
            y += 3
            cv.text(40, y, it, 10, "hebo")
            y += lh
            continue
        r = it
        bold = r.flag != "N"
        cells = [r.name, r.vtext, r.pflag or "", r.unit or "", r.reftext]
        if v == 2 and r.pflag:
            cells[1], cells[2] = r.vtext, r.pflag
        for (x, al, _), t in zip(xs, cells):
            cv.text(x if al != "r" else x, y, t, size - (1.0 if x == 430 and tlen(t, size) > 125 else 0),
                    "hebo" if bold and x in (300, 308) else "helv", align=al)
        y += lh
    if y > 770:
        raise Retry("photo page overflow")
    y += 8
    cv.line(40, y, 555, y, 0.5)
    y += 13
    for ln in [["H = High, L = Low. Critical results are called to the ordering provider.",
                "Performed at Valley Diagnostics, CLIA 05D0912844. Medical Director: L. Ortega, MD."],
               ["Results outside the reference range are marked H or L.",
                "Reported by Castlegate Pathology. Please contact the duty biochemist for advice."],
               ["*** End of Report ***", "Kindly correlate clinically. Verified by Dr. S. Deshpande, MD (Path)."]][v]:
        cv.text(40, y, ln, 8.2, "heit", (0.3, 0.3, 0.3))
        y += 11.5
    pdf = cv.bytes()
    nr = np_rng(fam, idx)
    png = phone_photo(pdf, nr, dpi=int(rng.uniform(152, 168)), angle=rng.choice([-1, 1]) * rng.uniform(2.0, 3.0),
                      keystone=rng.uniform(0.035, 0.06))
    return finish(fam, idx, lang, pdf, rows, pat, png=png)


# ----------------------------------------------------------------------------------------------
# DC8 unitfirst-pt (LIS fixed-width export, unit before value)
# ----------------------------------------------------------------------------------------------


def fam_unitfirst(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[7]
    v = idx % 3
    lang = "pt"
    pat = make_patient(rng, "pt", age=(20, 88))
    sex = pat.sex
    refs = {"wbc": (3.6, 11.0), "plt": (150, 400), "chol": (None, 190), "ast": (None, 40), "alt": (None, 41),
            "ggt": _sx((None, 60), (None, 40)), "ferr": _sx((22.0, 322.0), (10.0, 291.0)), "tsh": (0.35, 4.94),
            "ft4": (0.70, 1.48)}
    c = Clin(rng, sex, pat.age, 0.24, refs)
    plan = crit_plan(rng, [("k", "HH"), ("k", "LL"), ("glu", "LL"), ("glu", "HH"), ("hb", "LL"), ("wbc", "HH")], 0.4)
    c.cbc(crit={"hb": "hb", "wbc": "wbc_hi"}.get(next(iter(plan), ""), None), diff=(v != 1))
    c.many(["glu", "urea", "crea", "na", "k", "ast", "alt", "ggt", "tsh", "ft4", "ferr", "crp_dl", "uric", "ca"],
           plan)
    c.lipids()
    c.a1c()
    fst = ["HL1", "star", "none"][v]
    rows: list[Row] = []
    lines: list = []
    ascii_ = v == 0

    def nm(s_):
        if ascii_ or (v == 2 and rng.random() < 0.5):
            return strip_accents(s_)
        return s_

    def un(u):
        if u is None:
            return None
        u = u.replace("³", "3").replace("µ", "u") if v != 1 else u
        return strip_accents(u) if ascii_ else u

    def add(code, key, name, d: Disp, both=False, reftext=None, style=None):
        d = Disp(un(d.unit), d.factor, d.dec, d.thou, d.rdec)
        r = num_row(key, nm(name), c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        st = style or ["dash", "a", "sp"][v]
        r.reftext = reftext if reftext is not None else auto_reftext(
            key, sex, lang, d, st, both, ["M: {m} F: {f}", "HOMENS {m} / MULHERES {f}", "MASC {m} FEM {f}"][v],
            ref=c.ref(key))
        if v == 1:
            r.reftext = r.reftext.upper()
        if ascii_:
            r.reftext = strip_accents(r.reftext).upper()
        rows.append(r)
        lines.append(("row", code, r))
        return r

    def sect(t):
        lines.append(("sect", nm(t)))

    sect("HEMOGRAMA")
    add("HEM", "rbc", "HEMÁCIAS", Disp("milhões/mm³" if v != 2 else "10^6/uL"), both=True)
    add("HB", "hb", "HEMOGLOBINA", Disp("g/dL"), both=True)
    add("HT", "hct", "HEMATÓCRITO", Disp("%"), both=True)
    add("VCM", "mcv", "VCM", Disp("fL"))
    add("HCM", "mch", "HCM", Disp("pg"))
    add("CHCM", "mchc", "CHCM", Disp("g/dL"))
    add("RDW", "rdw", "RDW", Disp("%"))
    wd = Disp("/mm³", 1000, 0, thou=True) if v != 2 else Disp("mil/mm³", 1, 2, rdec=1)
    add("LEU", "wbc", "LEUCÓCITOS", wd)
    if v != 1:
        for code, kp, ka, n_ in (("NEU", "neut_p", "neut_a", "NEUTRÓFILOS"), ("LIN", "lymph_p", "lymph_a", "LINFÓCITOS"),
                                 ("MON", "mono_p", "mono_a", "MONÓCITOS"), ("EOS", "eos_p", "eos_a", "EOSINÓFILOS"),
                                 ("BAS", "baso_p", "baso_a", "BASÓFILOS")):
            add(code + "%", kp, n_ + " %" if v == 0 else n_ + " (%)", Disp("%", dec=1))
            add(code + "#", ka, n_ + " ABS" if v == 0 else n_ + " (ABS)",
                Disp("/mm³", 1000, 0, thou=True) if v == 0 else Disp("mil/mm³", 1, 2, rdec=2))
    add("PLA", "plt", "PLAQUETAS", Disp("/mm³", 1000, 0, thou=True) if v != 2 else Disp("mil/mm³", 1, 0))
    sect("BIOQUÍMICA")
    add("GLI", "glu", ["GLICOSE", "GLICEMIA", "GLICOSE"][v], Disp("mg/dL"))
    add("URE", "urea", ["UREIA", "URÉIA", "UREIA"][v], Disp("mg/dL"))
    add("CRE", "crea", "CREATININA", Disp("mg/dL"), both=True)
    add("NA", "na", "SÓDIO", Disp("mEq/L"))
    add("K", "k", "POTÁSSIO", Disp("mEq/L"))
    add("CA", "ca", "CÁLCIO", Disp("mg/dL"))
    add("AU", "uric", "ÁCIDO ÚRICO", Disp("mg/dL"), both=True)
    add("TGO", "ast", ["TGO", "TGO (AST)", "AST - TGO"][v], Disp("U/L"), style="ate" if v != 2 else "dash")
    add("TGP", "alt", ["TGP", "TGP (ALT)", "ALT - TGP"][v], Disp("U/L"), style="ate" if v != 2 else "dash")
    add("GGT", "ggt", ["GAMA GT", "GAMA-GT", "GGT"][v], Disp("U/L"), both=True, style="ate" if v != 2 else "dash")
    add("PCR", "crp_dl", "PROTEÍNA C REATIVA", Disp("mg/dL"), style="ate" if v != 2 else "dash")
    sect("LIPÍDIOS")
    add("CT", "chol", "COLESTEROL TOTAL", Disp("mg/dL"), reftext=["< 190", "DESEJAVEL: INFERIOR A 190", "< 190"][v])
    add("HDL", "hdl", "COLESTEROL HDL", Disp("mg/dL"), reftext=["> 40", "DESEJAVEL: SUPERIOR A 40", "> 40"][v])
    rows[-1].lo = 40.0
    rows[-1].flag = flag_of(rows[-1].value, 40.0, None)
    rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None
    add("LDL", "ldl", "COLESTEROL LDL", Disp("mg/dL"), reftext=["< 130", "DESEJAVEL: INFERIOR A 130", "< 130"][v])
    add("TG", "tg", "TRIGLICERÍDEOS", Disp("mg/dL"), reftext=["< 150", "DESEJAVEL: INFERIOR A 150", "< 150"][v])
    sect("HORMÔNIOS")
    add("TSH", "tsh", "TSH", Disp("µUI/mL"))
    add("T4L", "ft4", "T4 LIVRE", Disp("ng/dL"))
    add("FER", "ferr", "FERRITINA", Disp("ng/mL"), both=True)
    add("A1C", "a1c", "HEMOGLOBINA GLICADA", Disp("%"), reftext=["4,0 - 5,6", "4,0 A 5,6", "4,0 - 5,6"][v])
    if v != 0:
        sect("SOROLOGIA")
        for (loinc, nms), code in zip(SERO, ("HBS", "HCV", "HIV", "VDRL")):
            t = "NÃO REAGENTE" if v == 1 else "NAO REAGENTE"
            r = qual_row(loinc, nm(nms[2]), t, "non-reactive", False, t)
            rows.append(r)
            lines.append(("row", code, r))
    else:
        sect("URINA TIPO I")
        for r in urine_rows(rng, c, lang, sex, names=1, caps=True, sediment=False, pflag="*"):
            r.name = strip_accents(r.name)
            r.vtext = strip_accents(r.vtext)
            r.reftext = strip_accents(r.reftext).upper()
            rows.append(r)
            lines.append(("row", "EAS", r))

    # ---------- layout (Courier, fixed width) ----------
    cv = Canvas()
    cv.new_page()
    size = 7.6
    cw = tlen("M", size, "cour")
    lh = 9.8
    W = int(515 / cw)
    col = {"code": 0, "name": 9, "unit": 41, "res": 54, "flag": 67, "ref": 70}
    out: list[tuple[str, str, Row | None]] = []   # (text, font, row)
    lab = strip_accents(LABS_PT[[5, 7, 9][v]]).upper() if v != 1 else LABS_PT[7].upper()
    hdr = [f"{lab}", f"SISTEMA LIS v4.{v + 2} - RELATORIO DE RESULTADOS" + " " * 8 +
           f"EMISSAO: {dmy(pat.collected + _dt.timedelta(days=1))} {hhmm(rng, 8, 17)}"]
    out += [(h, "cobo", None) for h in hdr]
    out.append(("=" * W, "cour", None))
    sx = "F" if sex == "female" else "M"
    pname = strip_accents(pat.name).upper() if v != 1 else pat.name.upper()
    out.append((f"PACIENTE: {pname:<38} SEXO: {sx}   IDADE: {pat.age}A   DN: {dmy(pat.birth)}", "cour", None))
    out.append((f"PEDIDO  : {pat.ident:<38} COLETA: {dmy(pat.collected)} {hhmm(rng)}   ORIGEM: AMBULATORIO",
                "cour", None))
    out.append((f"MEDICO  : {strip_accents(rng.choice(DOCTORS['pt'])).upper()}", "cour", None))
    out.append(("=" * W, "cour", None))
    head = " " * W
    hcols = [("code", "CÓDIGO" if v == 1 else "CODIGO"), ("name", "EXAME"), ("unit", "UNIDADE"),
             ("res", "RESULTADO"), ("ref", "VALOR DE REFERÊNCIA" if v == 1 else "VALOR DE REFERENCIA")]
    for k, t in hcols:
        head = head[:col[k]] + t + head[col[k] + len(t):]
    out.append((head.rstrip(), "cobo", None))
    out.append(("-" * W, "cour", None))
    refw = W - col["ref"]
    for it in lines:
        if it[0] == "sect":
            out.append(("", "cour", None))
            out.append((f"*** {it[1]} ***", "cobo", None))
            continue
        _, code, r = it
        res = r.vtext
        unit = r.unit if r.unit else "-"
        if len(r.name) > col["unit"] - col["name"] - 1:
            raise Retry("name too long for LIS column")
        refl = wrap(r.reftext, refw * cw, size, "cour")
        line = " " * W
        pieces = [(col["code"], code), (col["name"], r.name), (col["unit"], unit),
                  (col["res"] + 12 - len(res), res), (col["flag"], r.pflag or ""), (col["ref"], refl[0])]
        for x, t in pieces:
            line = line[:x] + t + line[x + len(t):]
        out.append((line.rstrip(), "cour", r))
        for extra in refl[1:]:
            out.append((" " * col["ref"] + extra, "cour", None))
    out.append(("-" * W, "cour", None))
    notes = [["FLAG: H = ACIMA DO VALOR DE REFERENCIA / L = ABAIXO DO VALOR DE REFERENCIA",
              "VALORES CRITICOS COMUNICADOS AO SOLICITANTE. RESULTADOS LIBERADOS POR ASSINATURA ELETRONICA."],
             ["(*) RESULTADO FORA DO VALOR DE REFERÊNCIA", "LIBERADO POR: " + strip_accents(BIOCHEMISTS_PT[1]).upper()],
             ["METODOS E MATERIAIS DISPONIVEIS MEDIANTE SOLICITACAO", "LIBERADO POR: " +
              strip_accents(BIOCHEMISTS_PT[4]).upper()]][v]
    out += [(n_, "cour", None) for n_ in notes]
    out.append(("FIM DO RELATORIO", "cour", None))
    y = 40
    page = 1
    for text, fnt, r in out:
        if y > 805:
            cv.text(40, 828, f"PAG {page}", size, "cour")
            cv.new_page()
            page += 1
            y = 40
        cv.text(40, y, text, size, fnt if not (r is not None and r.flag != "N" and v == 1) else "cobo")
        y += lh
    cv.text(40, 828, f"PAG {page}", size, "cour")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC9 rangebar-en
# ----------------------------------------------------------------------------------------------

RB_DESC = {
    "hb": "Carries oxygen around your body", "wbc": "Cells that fight infection",
    "plt": "Help your blood to clot", "rbc": "Number of red blood cells", "mcv": "Average size of red cells",
    "glu": "Sugar level in your blood", "a1c": "Average blood sugar over 2-3 months",
    "crea": "A waste product filtered by the kidneys", "crea_si": "A waste product filtered by the kidneys",
    "na": "Salt balance", "k": "Important for heart and muscle function", "ca": "Bone health and nerves",
    "ca_si": "Bone health and nerves", "alt": "A liver enzyme", "ast": "A liver and muscle enzyme",
    "alp": "An enzyme from liver and bone", "alb": "Main protein made by the liver", "alb_gl": "Main protein made by the liver",
    "tsh": "Controls your thyroid gland", "ft4": "Main thyroid hormone", "ft4_si": "Main thyroid hormone",
    "ferr": "Your body's iron stores", "vitd": "Bone and muscle health", "b12": "Nerves and red blood cells",
    "iron": "Iron circulating in the blood", "uric": "High levels can cause gout", "mg": "Muscle and nerve function",
    "bun": "A waste product from protein breakdown", "urea_si": "A waste product from protein breakdown",
    "glu_si": "Sugar level in your blood", "tp": "Total of all proteins in the blood", "a1c_si": "Average blood sugar over 2-3 months",
}


def fam_rangebar(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[8]
    v = idx % 3
    lang = "en"
    pat = make_patient(rng, "en", age=(28, 79))
    sex = pat.sex
    c = Clin(rng, sex, pat.age, 0.26)
    rows: list[Row] = []
    status = [{"N": "Normal", "H": "Above range", "L": "Below range"},
              {"N": "In range", "H": "High", "L": "Low"},
              {"N": "Normal", "H": "Above range", "L": "Below range"}][v]
    prevs: dict[int, str] = {}
    si = v == 1
    c.cbc(diff=False)
    if si:
        c.many(["glu_si", "crea_si", "na", "k", "ca_si", "alt", "alp", "alb_gl", "tsh", "ft4_si", "ferr", "b12",
                "urea_si", "a1c_si"])
        spec = [("hb", "Haemoglobin", Disp("g/L", 10, 0)), ("wbc", "White blood cells", Disp("x10^9/L", dec=1)),
                ("plt", "Platelets", Disp("x10^9/L")), ("glu_si", "Glucose", Disp("mmol/L")),
                ("a1c_si", "HbA1c", Disp("mmol/mol")), ("crea_si", "Creatinine", Disp("umol/L")),
                ("urea_si", "Urea", Disp("mmol/L")), ("na", "Sodium", Disp("mmol/L")),
                ("k", "Potassium", Disp("mmol/L")), ("ca_si", "Calcium", Disp("mmol/L")),
                ("alt", "ALT", Disp("U/L")), ("alp", "Alkaline phosphatase", Disp("U/L")),
                ("alb_gl", "Albumin", Disp("g/L")), ("tsh", "TSH", Disp("mU/L")),
                ("ft4_si", "Free T4", Disp("pmol/L")), ("ferr", "Ferritin", Disp("ug/L", dec=0)),
                ("b12", "Vitamin B12", Disp("ng/L"))]
    else:
        c.many(["glu", "crea", "na", "k", "ca", "alt", "ast", "alp", "tsh", "ft4", "ferr", "vitd", "b12", "uric",
                "bun", "mg"])
        c.a1c()
        c.iron()
        spec = [("hb", "Hemoglobin", Disp("g/dL")), ("wbc", "White Blood Cells", Disp("x10^3/uL", dec=1)),
                ("plt", "Platelets", Disp("x10^3/uL")), ("rbc", "Red Blood Cells", Disp("x10^6/uL")),
                ("glu", "Glucose", Disp("mg/dL")), ("a1c", "Hemoglobin A1c", Disp("%")),
                ("crea", "Creatinine", Disp("mg/dL")), ("bun", "BUN", Disp("mg/dL")),
                ("na", "Sodium", Disp("mmol/L")), ("k", "Potassium", Disp("mmol/L")),
                ("ca", "Calcium", Disp("mg/dL")), ("mg", "Magnesium", Disp("mg/dL")),
                ("alt", "ALT", Disp("U/L")), ("ast", "AST", Disp("U/L")), ("alp", "Alkaline Phosphatase", Disp("U/L")),
                ("tsh", "TSH", Disp("mIU/L")), ("ft4", "Free T4", Disp("ng/dL")),
                ("ferr", "Ferritin", Disp("ng/mL", dec=0)), ("iron", "Iron", Disp("mcg/dL")),
                ("vitd", "Vitamin D, 25-OH", Disp("ng/mL")), ("b12", "Vitamin B12", Disp("pg/mL")),
                ("uric", "Uric Acid", Disp("mg/dL"))]
        if v == 2:
            spec = [s_ for s_ in spec if s_[0] not in ("rbc", "mg", "iron", "bun")]
            spec.insert(6, ("mcv", "MCV (red cell size)", Disp("fL")))
    for key, name, d in spec:
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key))
        if r.lo is None or r.hi is None:
            raise Retry("rangebar needs two-sided ranges")
        r.pflag = status[r.flag[0]] if r.flag in ("N", "H", "L") else status[r.flag[0]]
        rd = _rdec(SPECS[key], d)
        r.reftext = f"{fmt_num(r.lo, rd, lang)}|{fmt_num(r.hi, rd, lang)}"
        rows.append(r)
        if rng.random() < 0.3:
            pd_ = pat.collected - _dt.timedelta(days=rng.randint(90, 500))
            dec = SPECS[key].dec if d.dec is None else d.dec
            prevs[len(rows) - 1] = f"Previous: {fmt_num(r.value * rng.uniform(0.85, 1.15), max(dec, 0), lang)} " \
                                   f"({MONTHS_EN[pd_.month - 1][:3]} {pd_.year})"

    # ---------- layout ----------
    cv = Canvas()
    accent = [(0.0, 0.42, 0.55), (0.36, 0.2, 0.55), (0.1, 0.45, 0.25)][v]
    brand = ["ClearPath Health Labs", "My Bloods - Wellbeing Report", "Evergreen Lab Partners"][v]
    colors = {"N": (0.1, 0.55, 0.25), "H": (0.8, 0.25, 0.1), "L": (0.15, 0.35, 0.8)}
    nout = sum(1 for r in rows if r.flag != "N")
    coltime = hhmm(rng)
    cdate = (long_date(pat.collected, v != 1))

    def header(first: bool):
        cv.new_page()
        cv.rect(0, 0, 595, 70 if first else 40, color=None, fill=accent)
        cv.text(40, 32 if first else 26, brand, 17 if first else 12, "hebo", (1, 1, 1))
        if first:
            cv.text(40, 52, "Your personal results report", 10, "helv", (1, 1, 1))
            y = 96
            cv.text(40, y, f"Prepared for: {pat.name}", 10.5, "hebo")
            sx = "Female" if sex == "female" else "Male"
            cv.text(330, y, f"Sex: {sx}     Age: {pat.age}", 10)
            y += 15
            cv.text(40, y, f"Sample collected: {cdate} at {coltime}", 9.5)
            cv.text(330, y, f"Report ID: {pat.ident}", 9.5)
            y += 22
            cv.rect(40, y - 12, 555, y + 14, color=None, fill=(0.94, 0.95, 0.96))
            cv.text(50, y + 5, f"Results at a glance:  {len(rows) - nout} markers in range,  {nout} outside the range.",
                    10, "hebo", (0.2, 0.2, 0.2))
            return y + 30
        cv.text(555, 26, f"{pat.name}  |  {cdate}", 9, "helv", (1, 1, 1), align="r")
        return 62

    y = header(True)
    card_h, gap = 86, 8
    colx = [(40, 292), (303, 555)]
    i = 0
    while i < len(rows):
        if y + card_h > 800:
            y = header(False)
        for cx0, cx1 in colx:
            if i >= len(rows):
                break
            r = rows[i]
            cv.rect(cx0, y, cx1, y + card_h, color=(0.8, 0.8, 0.8), fill=None, w=0.6)
            cv.text(cx0 + 8, y + 16, r.name, 10.5, "hebo")
            col_ = colors[r.flag[0]]
            cv.text(cx1 - 8, y + 16, r.pflag, 9, "hebo", col_, align="r")
            cv.text(cx0 + 8, y + 28, RB_DESC.get(r.key, ""), 7.4, "helv", (0.4, 0.4, 0.4))
            tx0, tx1 = cx0 + 14, cx1 - 14
            ty = y + 56
            cv.rect(tx0, ty, tx1, ty + 6, color=None, fill=(0.86, 0.86, 0.86))
            g0, g1 = tx0 + 0.25 * (tx1 - tx0), tx0 + 0.75 * (tx1 - tx0)
            cv.rect(g0, ty, g1, ty + 6, color=None, fill=(0.55, 0.8, 0.6))
            lo_t, hi_t = r.reftext.split("|")
            cv.text(g0, ty + 16, lo_t, 7.8, "helv", (0.25, 0.25, 0.25), align="c")
            cv.text(g1, ty + 16, hi_t, 7.8, "helv", (0.25, 0.25, 0.25), align="c")
            pos = 0.25 + 0.5 * (r.value - r.lo) / (r.hi - r.lo)
            pos = min(max(pos, 0.04), 0.96)
            mx = tx0 + pos * (tx1 - tx0)
            cv.page.draw_polyline([(mx - 4, ty - 5), (mx + 4, ty - 5), (mx, ty + 1), (mx - 4, ty - 5)], color=col_,
                                  fill=col_, width=0.5)
            vt = f"{r.vtext} {r.unit}" if r.unit else r.vtext
            wv = tlen(vt, 10, "hebo")
            vx = min(max(mx - wv / 2, tx0 - 6), tx1 + 6 - wv)
            cv.text(vx, ty - 9, vt, 10, "hebo", col_)
            if i in prevs:
                cv.text(cx1 - 8, y + card_h - 5, prevs[i], 6.8, "heit", (0.5, 0.5, 0.5), align="r")
            i += 1
        y += card_h + gap
    y += 6
    if y > 770:
        y = header(False)
    for ln in ["The shaded green part of each bar shows the reference range for your age and sex.",
               "A result outside the range is not always a problem - please discuss your results with your doctor.",
               "This report does not replace medical advice. Tests performed by an accredited partner laboratory."]:
        cv.text(40, y, ln, 7.8, "heit", (0.35, 0.35, 0.35))
        y += 10.5
    n = cv.doc.page_count
    for k in range(n):
        cv.page = cv.doc[k]
        cv.text(555, 825, f"Page {k + 1} of {n}", 7.5, "helv", (0.4, 0.4, 0.4), align="r")
    for r in rows:
        r.reftext = r.reftext.replace("|", " - ")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC10 keyperline-pt
# ----------------------------------------------------------------------------------------------


def fam_keyline(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[9]
    v = idx % 3
    lang = "pt"
    pat = make_patient(rng, "pt", age=(22, 80))
    sex = pat.sex
    refs = {"fol": (3.9, None) if v == 1 else (3.1, 20.5), "tpo": (None, 34.0) if v != 2 else (None, 9.0),
            "ferr": _sx((30.0, 400.0), (13.0, 150.0)), "tsh": (0.40, 4.00) if v == 1 else (0.27, 4.20)}
    c = Clin(rng, sex, pat.age, 0.32, refs)
    c.many(["tsh", "ft4", "tpo", "ferr", "b12", "fol", "glu", "ins"])
    c.gen("vitd", rng.choice(["N", "N", "L"]))
    c.a1c()
    c.iron()
    c.gen("ahbs", "N")
    L = [("Exame:", "Material:", "Método:", "Resultado:", "Unidade:", "Valores de referência:"),
         ("EXAME:", "MATERIAL:", "METODOLOGIA:", "RESULTADO:", "UNIDADE:", "VALOR DE REFERÊNCIA:"),
         ("Análise:", "Amostra:", "Método:", "Resultado :", "Unidade de medida:", "Referência:")][v]
    fst = ["none", "PT", "star"][v]
    blocks: list[dict] = []
    rows: list[Row] = []

    def block(title, material, method, r: Row | None, unit_line=True, ref_label=True, extra=None,
              res_override=None):
        b = {"title": title, "material": material, "method": method, "row": r, "unit_line": unit_line,
             "ref_label": ref_label, "extra": extra or [], "res": res_override}
        blocks.append(b)
        if r is not None:
            rows.append(r)
        return b

    def nr(key, name, d: Disp, both=False, reftext=None, style="a"):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(
            key, sex, lang, d, style, both, ["Homens: {m}; Mulheres: {f}", "HOMENS: {m} / MULHERES: {f}",
                                             "Masculino: {m} - Feminino: {f}"][v], ref=c.ref(key))
        return r

    caps = v != 2
    T = (lambda s_: s_.upper()) if caps else (lambda s_: s_)
    block(T("Hormônio tireoestimulante (TSH)") if v != 1 else "TSH ULTRASSENSÍVEL", "Soro",
          "Quimioluminescência", nr("tsh", T("Hormônio tireoestimulante (TSH)") if v != 1 else "TSH ULTRASSENSÍVEL",
                                    Disp("µUI/mL" if v != 1 else "mUI/L")))
    block(T("Tiroxina livre (T4 livre)"), "Soro", "Eletroquimioluminescência",
          nr("ft4", T("Tiroxina livre (T4 livre)"), Disp("ng/dL")))
    block(T("Anticorpos anti-tireoperoxidase (anti-TPO)"), "Soro", "Quimioluminescência",
          nr("tpo", T("Anticorpos anti-tireoperoxidase (anti-TPO)"), Disp("UI/mL"), style="a"))
    block("FERRITINA" if caps else "Ferritina", "Soro", "Quimioluminescência",
          nr("ferr", "FERRITINA" if caps else "Ferritina", Disp("ng/mL"), both=True))
    block(T("Ferro sérico"), "Soro", "Colorimétrico (ferrozina)", nr("iron", T("Ferro sérico"), Disp("µg/dL"),
                                                                    both=True))
    block(T("Capacidade total de fixação do ferro"), "Soro", "Calculado",
          nr("tibc", T("Capacidade total de fixação do ferro"), Disp("µg/dL")))
    block(T("Índice de saturação da transferrina"), "Soro", "Calculado",
          nr("tsat", T("Índice de saturação da transferrina"), Disp("%")))
    block(T("Vitamina B12"), "Soro", "Quimioluminescência", nr("b12", T("Vitamina B12"), Disp("pg/mL")))
    block(T("Ácido fólico"), "Soro", "Quimioluminescência", nr("fol", T("Ácido fólico"), Disp("ng/mL"),
                                                              style="a"))
    # vitamin D: interpretive table; a reference only where the report labels one
    vd_name = T("25-hidroxivitamina D") if v != 2 else "Vitamina D - 25 OH"
    vr = nr("vitd", vd_name, Disp("ng/mL"))
    bands = ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL", "Suficiência: 30 a 100 ng/mL",
             "Risco de toxicidade: superior a 100 ng/mL"]
    if v == 1:
        vr.reftext = "30,0 a 100,0 ng/mL"
        block(vd_name, "Soro", "Quimioluminescência", vr, extra=["INTERPRETAÇÃO:"] + [b.upper() for b in bands])
    else:
        vr.lo = vr.hi = None
        vr.flag, vr.pflag = "N", None
        vr.reftext = ""
        sbpc = ["Interpretação (SBPC/ML 2017):", "População saudável (até 60 anos): acima de 20 ng/mL",
                "Grupos de risco: entre 30 e 60 ng/mL", "Risco de toxicidade e hipercalcemia: acima de 100 ng/mL"]
        block(vd_name, "Soro", "Quimioluminescência", vr, ref_label=False, extra=sbpc if v == 0 else
              ["Interpretação:"] + bands)
    # HbA1c (+ estimated average glucose, a computed result)
    a1 = nr("a1c", T("Hemoglobina glicada (HbA1c)"), Disp("%"), reftext="4,0 a 5,6 %")
    ada = ["Critérios diagnósticos (ADA):", "Normal: inferior a 5,7 %", "Pré-diabetes: 5,7 a 6,4 %",
           "Diabetes: igual ou superior a 6,5 %"]
    eag = num_row("eag", "Glicose média estimada", c.v["eag"], sex, lang, Disp("mg/dL"), ref=(None, None))
    eag.reftext = ""
    if v == 1:
        a1.lo = a1.hi = None
        a1.flag, a1.pflag, a1.reftext = "N", None, ""
        block(a1.name, "Sangue total (EDTA)", "HPLC", a1, ref_label=False,
              extra=["INTERPRETAÇÃO:"] + [x.upper() for x in ada[1:]] + [f"GLICOSE MÉDIA ESTIMADA: {eag.vtext} mg/dL"])
        eag.name = "GLICOSE MÉDIA ESTIMADA"
    else:
        block(a1.name, "Sangue total (EDTA)", "HPLC (cromatografia líquida)", a1,
              extra=ada + [f"Glicose média estimada: {eag.vtext} mg/dL"])
    rows.append(eag)
    block(T("Glicose"), "Plasma (fluoreto)", "Enzimático (hexoquinase)", nr("glu", T("Glicose"), Disp("mg/dL")))
    block(T("Insulina"), "Soro", "Quimioluminescência", nr("ins", T("Insulina"), Disp("µUI/mL")))
    # serologies: qualitative results with an index that is not a result
    for loinc, nms in SERO[:3]:
        nm_ = nms[1] if v != 1 else nms[1].upper()
        txt = "Não reagente" if v != 1 else "NÃO REAGENTE"
        r = qual_row(loinc, nm_, txt, "non-reactive", False, "Não reagente")
        idx_ = fmt_num(rng.uniform(0.05, 0.7), 2, lang)
        block(nm_, "Soro", "Quimioluminescência (CMIA)", r, unit_line=False,
              extra=[f"Índice: {idx_} (amostra/cut-off)", "Interpretação: índice inferior a 1,00 = não reagente"])
    ah = num_row("ahbs", T("Anticorpos anti-HBs"), c.v["ahbs"], sex, lang, Disp("mUI/mL"), ref_applies=False)
    ah.reftext = ""
    block(ah.name, "Soro", "Quimioluminescência", ah, ref_label=False,
          extra=["Interpretação: inferior a 10,0 mUI/mL: não reagente (não imune);",
                 "igual ou superior a 10,0 mUI/mL: reagente (imune)"])

    # ---------- layout ----------
    cv = Canvas()
    lab = LABS_PT[[4, 1, 9][v]]
    coltime = hhmm(rng)
    doctor = rng.choice(DOCTORS["pt"])
    font, fontb = ("helv", "hebo") if v != 1 else ("cour", "cobo")
    size = 8.8 if v != 1 else 8.4
    lh = 11.5

    def header():
        cv.new_page()
        cv.text(40, 44, lab, 13, "hebo", (0.2, 0.2, 0.5))
        cv.text(40, 55, ADDR_PT[(v + 3) % len(ADDR_PT)], 7, "helv", (0.35, 0.35, 0.35))
        cv.line(40, 60, 555, 60, 0.8)
        y = pt_patient_block(cv, 40, 74, pat, _rng("hdr", fam, idx), v, size=8.2, coltime=coltime, doctor=doctor)
        cv.line(40, y - 4, 555, y - 4, 0.5)
        return y + 12

    y = header()
    for b in blocks:
        r = b["row"]
        nlines = 5 + len(b["extra"]) + (1 if b["unit_line"] else 0)
        if y + nlines * lh > 790:
            y = header()
        cv.text(40, y, f"{L[0]} {b['title']}", size + 0.6, fontb)
        y += lh
        cv.text(40, y, f"{L[1]} {b['material']}", size - 0.8, font, (0.3, 0.3, 0.3))
        y += lh - 1
        cv.text(40, y, f"{L[2]} {b['method']}", size - 0.8, font, (0.3, 0.3, 0.3))
        y += lh
        res = f"{L[3]} {r.vtext}"
        cv.text(40, y, res, size + 0.4, fontb)
        if r.pflag:
            cv.text(40 + tlen(res, size + 0.4, fontb) + 6, y, r.pflag, size - 1, fontb)
        y += lh
        if b["unit_line"]:
            cv.text(40, y, f"{L[4]} {r.unit}", size, font)
            y += lh
        if b["ref_label"]:
            for i, ln in enumerate(wrap(f"{L[5]} {r.reftext}", 510, size, font)):
                cv.text(40, y, ln, size, font)
                y += lh
        for ln in b["extra"]:
            cv.text(52, y, ln, size - 1.2, font if v == 1 else "heit", (0.3, 0.3, 0.3))
            y += lh - 1.5
        y += 3
        cv.line(40, y, 555, y, 0.3, (0.7, 0.7, 0.7), dashes="[2] 0")
        y += lh + 2
    if y > 760:
        y = header()
    cv.text(40, y + 6, "Documento assinado digitalmente. " + rng.choice(BIOCHEMISTS_PT), 7.5, font, (0.3, 0.3, 0.3))
    n = cv.doc.page_count
    for k in range(n):
        cv.page = cv.doc[k]
        cv.text(555, 822, f"Página {k + 1}/{n}", 7.5, "helv", (0.35, 0.35, 0.35), align="r")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC11 dualunit-en
# ----------------------------------------------------------------------------------------------

CONV = {  # SI key -> (factor SI->conventional, conventional unit, decimals)
    "glu_si": (18.016, "mg/dL", 0), "crea_si": (1 / 88.4, "mg/dL", 2), "chol_si": (38.67, "mg/dL", 0),
    "hdl_si": (38.67, "mg/dL", 0), "ldl_si": (38.67, "mg/dL", 0), "tg_si": (88.57, "mg/dL", 0),
    "bilt_si": (1 / 17.1, "mg/dL", 1), "ca_si": (4.008, "mg/dL", 1), "mg_si": (2.431, "mg/dL", 2),
    "phos_si": (3.097, "mg/dL", 1), "uric_si": (1 / 59.48, "mg/dL", 1), "iron_si": (5.585, "ug/dL", 0),
    "b12_si": (1 / 0.738, "pg/mL", 0), "fol_si": (1 / 2.266, "ng/mL", 1), "ft4_si": (1 / 12.87, "ng/dL", 2),
    "cort_si": (1 / 27.59, "ug/dL", 1), "testo_si": (28.84, "ng/dL", 0), "alb_gl": (0.1, "g/dL", 1),
    "tp_gl": (0.1, "g/dL", 1),
}


def fam_dual(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[10]
    v = idx % 3
    lang = "en"
    pat = make_patient(rng, "en", age=(26, 84))
    sex = pat.sex
    refs = {"glu_si": (3.6, 6.0) if v != 1 else (3.9, 5.5), "hb": _sx((13.5, 17.5), (12.0, 16.0)),
            "wbc": (4.0, 11.0), "plt": (150, 400), "k": (3.5, 5.0), "alt": (None, 40) if v != 1 else _sx((10, 50), (10, 35))}
    c = Clin(rng, sex, pat.age, 0.22, refs)
    plan = crit_plan(rng, [("glu_si", "HH"), ("k", "HH"), ("na", "LL"), ("glu_si", "LL")], 0.45)
    c.cbc(diff=False)
    keys = ["glu_si", "crea_si", "urea_si", "na", "k", "cl", "ca_si", "mg_si", "phos_si", "uric_si", "bilt_si",
            "alb_gl", "tp_gl", "alt", "ast", "alp", "ggt", "tsh", "ft4_si", "ferr", "iron_si", "b12_si", "fol_si",
            "crp", "a1c_si", "cort_si"]
    c.many(keys, plan)
    c.egfr("crea_si")
    c.lipids(si=True)
    if sex == "male" and v == 2:
        c.gen("testo_si")
    fst = ["HL", "HL1", "HL"][v]
    rows: list[Row] = []
    items: list = []

    def add(key, name, d: Disp, conv=None, reftext=None, both=False):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(key, sex, lang, d, "dash", both,
                                                                      "M {m}; F {f}", ref=c.ref(key))
        ctext = ""
        if conv is not None:
            f, cu, cd = conv
            ctext = f"{fmt_num(r.value * f, cd, lang)} {cu}"
            if v == 1 and r.lo is not None and r.hi is not None and not isinstance(c.ref(key), dict):
                r.extra["refconv"] = f"({fmt_num(r.lo * f, cd, lang)}-{fmt_num(r.hi * f, cd, lang)} {cu})"
        r.extra["conv"] = ctext
        rows.append(r)
        items.append(("row", r))
        return r

    sect = lambda t: items.append(("sect", t))  # noqa: E731
    U = "µmol/L" if v == 1 else "umol/L"
    sect("HEMATOLOGY" if v != 1 else "HAEMATOLOGY")
    add("hb", "Hemoglobin" if v != 1 else "Haemoglobin", Disp("g/L", 10, 0), conv=(0.1, "g/dL", 1), both=True)
    add("wbc", "WBC" if v != 1 else "White cell count", Disp("x10^9/L", dec=1))
    add("plt", "Platelets", Disp("x10^9/L"))
    sect("CHEMISTRY" if v != 1 else "CLINICAL CHEMISTRY")
    add("glu_si", ["Glucose, random", "Glucose (plasma)", "Glucose"][v], Disp("mmol/L"), conv=CONV["glu_si"])
    if v == 1:
        add("urea_si", "Urea", Disp("mmol/L"), conv=(6.006, "mg/dL", 0))
    else:
        r = add("urea_si", "Urea", Disp("mmol/L"), conv=(2.801, "mg/dL", 0))
        r.extra["conv"] = "BUN " + r.extra["conv"]
    add("crea_si", "Creatinine", Disp(U), conv=CONV["crea_si"], both=True)
    eg = num_row("egfr", "eGFR (CKD-EPI 2021)", c.v["egfr"], sex, lang, Disp("mL/min/1.73m²"), ref=(60, None),
                 flagstyle=fst)
    if c.v["egfr"] > 90:
        eg.value, eg.vtext, eg.comp, eg.flag, eg.pflag = 90.0, ">90", ">", "N", None
    eg.reftext = ">60"
    eg.extra["conv"] = ""
    rows.append(eg)
    items.append(("row", eg))
    eq = v == 0
    add("na", "Sodium", Disp("mmol/L"), conv=(1, "mEq/L", 0) if eq else None)
    add("k", "Potassium", Disp("mmol/L"), conv=(1, "mEq/L", 1) if eq else None)
    add("cl", "Chloride", Disp("mmol/L"))
    add("ca_si", "Calcium" if v != 1 else "Calcium (total)", Disp("mmol/L"), conv=CONV["ca_si"])
    add("mg_si", "Magnesium", Disp("mmol/L"), conv=CONV["mg_si"])
    add("phos_si", "Phosphate" if v != 2 else "Phosphorus", Disp("mmol/L"), conv=CONV["phos_si"])
    add("uric_si", "Uric acid" if v != 1 else "Urate", Disp(U), conv=CONV["uric_si"], both=True)
    sect("LIVER" if v != 1 else "LIVER FUNCTION")
    add("bilt_si", "Bilirubin, total", Disp(U), conv=CONV["bilt_si"])
    add("tp_gl", "Protein, total", Disp("g/L"), conv=CONV["tp_gl"])
    add("alb_gl", "Albumin", Disp("g/L"), conv=CONV["alb_gl"])
    add("alt", "ALT", Disp("U/L"), both=(v == 1))
    add("ast", "AST", Disp("U/L"), both=True)
    add("alp", "Alkaline phosphatase", Disp("U/L"))
    add("ggt", "GGT", Disp("U/L"), both=True)
    sect("LIPIDS")
    add("chol_si", "Cholesterol, total", Disp("mmol/L"), conv=CONV["chol_si"])
    add("tg_si", "Triglycerides", Disp("mmol/L"), conv=CONV["tg_si"])
    add("hdl_si", "HDL cholesterol", Disp("mmol/L"), conv=CONV["hdl_si"], both=True)
    add("ldl_si", "LDL cholesterol (calc.)", Disp("mmol/L"), conv=CONV["ldl_si"])
    sect("ENDOCRINOLOGY / OTHER")
    r = add("a1c_si", "Hemoglobin A1c" if v != 1 else "HbA1c (IFCC)", Disp("mmol/mol"))
    r.extra["conv"] = f"{fmt_num(r.value / 10.929 + 2.15, 1, lang)} %"
    add("tsh", "TSH", Disp("mIU/L"))
    add("ft4_si", "Free T4", Disp("pmol/L"), conv=CONV["ft4_si"])
    add("cort_si", "Cortisol (AM)", Disp("nmol/L"), conv=CONV["cort_si"])
    if "testo_si" in c.v:
        add("testo_si", "Testosterone, total", Disp("nmol/L"), conv=CONV["testo_si"])
    add("ferr", "Ferritin", Disp("ug/L" if v != 1 else "µg/L", dec=0), both=True)
    add("iron_si", "Iron", Disp(U), conv=CONV["iron_si"], both=True)
    add("b12_si", "Vitamin B12", Disp("pmol/L"), conv=CONV["b12_si"])
    add("fol_si", "Folate, serum", Disp("nmol/L"), conv=CONV["fol_si"])
    add("crp", "C-reactive protein", Disp("mg/L"))

    # ---------- layout ----------
    cv = Canvas()
    lab = ["Laurentian Medical Laboratories", "Liffey Valley Hospital - Department of Clinical Biochemistry",
           "Prairie Community Laboratory Services"][v]
    coltime = hhmm(rng)
    size, lh = 8.3, 11.6

    def header():
        cv.new_page()
        cv.text(40, 46, lab, 13 if v != 1 else 11.5, "hebo", (0.55, 0.05, 0.05))
        cv.text(40, 58, ["2700 boul. Laurier, Québec QC G1V 4K1  |  Licence 11-2204", "Dublin 22, Ireland  |  INAB 318MT",
                         "1450 Albert St, Regina SK S4P 2R8  |  Accredited by CPSS"][v], 7.5, "helv", (0.35, 0.35, 0.35))
        cv.line(40, 64, 555, 64, 0.8)
        y = 78
        dob = pat.birth.isoformat() if v != 1 else dmy(pat.birth)
        info = [("Patient:", pat.name), ("Health card / MRN:", pat.ident), ("DOB:", dob),
                ("Sex:", "F" if sex == "female" else "M"),
                ("Collected:", f"{pat.collected.isoformat() if v != 1 else dmy(pat.collected)} {coltime}"),
                ("Ordering:", rng.choice(DOCTORS["en"]))]
        for i, (k, val) in enumerate(info):
            xx = 40 if i % 2 == 0 else 320
            cv.text(xx, y, k, 8.3, "hebo")
            cv.text(xx + tlen(k, 8.3, "hebo") + 5, y, val, 8.3)
            if i % 2:
                y += 12
        y += 6
        hdrs = [("Test", 40, "l"), ("Result (SI)", 255, "r"), ("", 262, "l"), ("Conventional", 300, "l"),
                ("Reference interval (SI)", 392, "l")]
        if v == 2:
            hdrs = [("Test", 40, "l"), ("Result", 255, "r"), ("Flag", 262, "l"), ("(Conventional units)", 300, "l"),
                    ("Ref. range", 392, "l")]
        cv.line(40, y - 9, 555, y - 9, 0.4)
        for t, x, al in hdrs:
            cv.text(x, y, t, 8, "hebo", align=al)
        cv.line(40, y + 4, 555, y + 4, 0.4)
        return y + 16

    y = header()
    for kind, it in items:
        if y > 785:
            y = header()
        if kind == "sect":
            y += 2
            cv.text(40, y, it, 8.6, "hebo", (0.55, 0.05, 0.05))
            y += lh
            continue
        r = it
        cv.text(40, y, r.name, size)
        vt = f"{r.vtext} {r.unit}" if r.unit else r.vtext
        cv.text(255, y, vt, size, "hebo" if r.flag != "N" else "helv", align="r")
        if r.pflag:
            cv.text(262, y, r.pflag, size - 0.5, "hebo")
        if r.extra.get("conv"):
            cv.text(300, y, f"({r.extra['conv']})", size, "helv", (0.25, 0.25, 0.25))
        rt = r.reftext + (f" {r.unit}" if r.unit and r.reftext and v == 0 else "")
        if r.extra.get("refconv"):
            rt += " " + r.extra["refconv"]
        cv.text(392, y, rt, size - 0.6 if tlen(rt, size) < 160 else size - 1.5)
        y += lh
    y += 8
    notes = ["SI units are the reporting units of record; conventional units are shown for convenience only.",
             "H/L: outside the reference interval. Critical values are telephoned to the ordering practitioner.",
             "eGFR calculated with the race-free CKD-EPI 2021 equation."]
    for ln in notes:
        cv.text(40, y, ln, 7.3, "heit", (0.35, 0.35, 0.35))
        y += 10
    n = cv.doc.page_count
    for k in range(n):
        cv.page = cv.doc[k]
        cv.text(555, 822, f"Page {k + 1} of {n}", 7.5, "helv", (0.4, 0.4, 0.4), align="r")
    return finish(fam, idx, lang, cv.bytes(), rows, pat)


# ----------------------------------------------------------------------------------------------
# DC12 faxscan-pt
# ----------------------------------------------------------------------------------------------

METH_PT = {
    "hb": "Citometria de fluxo / automatizado", "hct": "Calculado", "rbc": "Impedância", "wbc": "Citometria de fluxo",
    "plt": "Impedância / microscopia", "glu": "Enzimático (hexoquinase)", "urea": "Cinético UV (urease)",
    "crea": "Cinético (Jaffé)", "na": "Eletrodo íon seletivo", "k": "Eletrodo íon seletivo",
    "ast": "Cinético UV (IFCC)", "alt": "Cinético UV (IFCC)", "chol": "Enzimático colorimétrico",
    "tg": "Enzimático colorimétrico", "hdl": "Enzimático direto", "tsh": "Quimioluminescência",
    "ft4": "Quimioluminescência", "crp_dl": "Imunoturbidimetria", "a1c": "HPLC", "ggt": "Cinético (Szasz)",
    "uric": "Enzimático (uricase)", "ca": "Colorimétrico (arsenazo III)", "ferr": "Quimioluminescência",
    "b12": "Quimioluminescência", "vitd": "Quimioluminescência", "mcv": "Calculado", "alp": "Cinético (IFCC)",
    "mg": "Colorimétrico", "inr": "Coagulométrico", "pt": "Coagulométrico",
}


def fam_fax(rng: random.Random, idx: int) -> Built:
    fam = FAMILIES[11]
    v = idx % 3
    lang = "pt"
    pat = make_patient(rng, "pt", age=(25, 89))
    sex = pat.sex
    refs = {"wbc": (4.0, 11.0), "plt": (150, 450), "chol": (None, 190), "ast": _sx((None, 40), (None, 32)),
            "alt": _sx((None, 41), (None, 33))}
    c = Clin(rng, sex, pat.age, 0.24, refs)
    plan = crit_plan(rng, [("k", "HH"), ("glu", "HH"), ("na", "LL"), ("hb", "LL")], 0.4)
    c.cbc(crit="hb" if plan.get("hb") else None, diff=False)
    c.many(["glu", "urea", "crea", "na", "k", "ast", "alt", "ggt", "tsh", "ft4", "crp_dl", "uric", "ca", "alp",
            "ferr", "b12", "mg"], plan)
    c.lipids()
    c.a1c()
    c.coag()
    fst = ["PT", "none", "star"][v]
    rows: list[Row] = []
    blocks: list = []

    def nr(key, name, d: Disp, both=False, reftext=None, style="a"):
        r = num_row(key, name, c.v[key], sex, lang, d, ref=c.ref(key), flagstyle=fst)
        r.reftext = reftext if reftext is not None else auto_reftext(
            key, sex, lang, d, style, both, "Homens: {m} / Mulheres: {f}", ref=c.ref(key))
        rows.append(r)
        return r

    def single(title, key, d, **kw):
        if v != 0:
            kw.pop("both", None)
        r = nr(key, title, d, **kw)
        blocks.append(("single", title, METH_PT.get(key, "Automatizado"), r))

    if v == 0:
        sub = [nr("rbc", "Hemácias", Disp("milhões/mm³"), True), nr("hb", "Hemoglobina", Disp("g/dL"), True),
               nr("hct", "Hematócrito", Disp("%"), True), nr("mcv", "VCM", Disp("fL")),
               nr("mch", "HCM", Disp("pg")), nr("mchc", "CHCM", Disp("g/dL")),
               nr("wbc", "Leucócitos", Disp("/mm³", 1000, 0, thou=True)),
               nr("plt", "Plaquetas", Disp("/mm³", 1000, 0, thou=True))]
        blocks.append(("multi", "HEMOGRAMA", "Citometria de fluxo / microscopia", sub))
        for t, k, d, kw in (("GLICOSE", "glu", Disp("mg/dL"), {}), ("UREIA", "urea", Disp("mg/dL"), {}),
                            ("CREATININA", "crea", Disp("mg/dL"), {"both": True}),
                            ("SÓDIO", "na", Disp("mEq/L"), {}), ("POTÁSSIO", "k", Disp("mEq/L"), {}),
                            ("TGO (AST)", "ast", Disp("U/L"), {"both": True}),
                            ("TGP (ALT)", "alt", Disp("U/L"), {"both": True}),
                            ("COLESTEROL TOTAL", "chol", Disp("mg/dL"), {"reftext": "Desejável: inferior a 190"}),
                            ("TRIGLICERÍDEOS", "tg", Disp("mg/dL"), {"reftext": "Desejável: inferior a 150"}),
                            ("TSH", "tsh", Disp("µUI/mL"), {}),
                            ("PROTEÍNA C REATIVA", "crp_dl", Disp("mg/dL"), {}),
                            ("HEMOGLOBINA GLICADA", "a1c", Disp("%"), {"reftext": "4,0 a 5,6"})):
            single(t, k, d, **kw)
    else:
        base = [("HEMOGLOBINA", "hb", Disp("g/dL"), {"both": True}),
                ("HEMATÓCRITO", "hct", Disp("%"), {"both": True}),
                ("LEUCÓCITOS", "wbc", Disp("/mm³", 1000, 0, thou=True), {}),
                ("PLAQUETAS", "plt", Disp("/mm³", 1000, 0, thou=True), {}),
                ("GLICOSE", "glu", Disp("mg/dL"), {}), ("URÉIA", "urea", Disp("mg/dL"), {}),
                ("CREATININA", "crea", Disp("mg/dL"), {"both": True}),
                ("ÁCIDO ÚRICO", "uric", Disp("mg/dL"), {"both": True}),
                ("SÓDIO", "na", Disp("mmol/L"), {}), ("POTÁSSIO", "k", Disp("mmol/L"), {}),
                ("CÁLCIO", "ca", Disp("mg/dL"), {}), ("MAGNÉSIO", "mg", Disp("mg/dL"), {}),
                ("TRANSAMINASE OXALACÉTICA (TGO)", "ast", Disp("U/L"), {"both": True}),
                ("TRANSAMINASE PIRÚVICA (TGP)", "alt", Disp("U/L"), {"both": True}),
                ("GAMA GT", "ggt", Disp("U/L"), {"both": True}),
                ("FOSFATASE ALCALINA", "alp", Disp("U/L"), {}),
                ("COLESTEROL TOTAL", "chol", Disp("mg/dL"), {"reftext": "< 190"}),
                ("COLESTEROL HDL", "hdl", Disp("mg/dL"), {"reftext": "> 40"}),
                ("TRIGLICÉRIDES", "tg", Disp("mg/dL"), {"reftext": "< 150"}),
                ("TSH", "tsh", Disp("µUI/mL"), {}), ("T4 LIVRE", "ft4", Disp("ng/dL"), {}),
                ("FERRITINA", "ferr", Disp("ng/mL"), {"both": True}),
                ("VITAMINA B12", "b12", Disp("pg/mL"), {}),
                ("TEMPO DE PROTROMBINA - RNI", "inr", Disp(None), {})]
        if v == 2:
            base = [b for b in base if b[1] not in ("mg", "ft4", "alp", "b12")]
        for t, k, d, kw in base:
            single(t, k, d, **kw)
            if k == "hdl":
                rows[-1].lo = 40.0
                rows[-1].flag = flag_of(rows[-1].value, 40.0, None)
                rows[-1].pflag = FLAG_STYLES[fst].get(rows[-1].flag) if rows[-1].flag != "N" else None

    # ---------- layout ----------
    cv = Canvas()
    cv.new_page()
    lab = LABS_PT[[7, 2, 5][v]]
    fax_no = ["+55 11 3456-7890", "+55 41 3322-7789", "+55 71 3012-5501"][v]
    sent = pat.collected + _dt.timedelta(days=1)
    cv.text(30, 20, f"{dmy(sent)} {hhmm(rng, 8, 18)}   DE: {fax_no}   {strip_accents(lab).upper()}   "
                    f"P. 001/001", 7.5, "cour")
    cv.text(40, 52, lab, 15, "hebo")
    cv.text(40, 66, ADDR_PT[(v + 4) % len(ADDR_PT)], 7.5, "helv")
    cv.line(40, 72, 555, 72, 1.2)
    y = pt_patient_block(cv, 40, 88, pat, rng, v, size=9)
    cv.line(40, y - 4, 555, y - 4, 0.8)
    y += 12
    size = 9.4
    lh = 12.2 if v else 11.4
    gap = 10 if v else 6
    if v == 0:
        cols = [(40, 555)]
    else:
        cols = [(40, 292), (305, 555)]
    col_i = 0
    x0, x1 = cols[0]
    top = y
    bottom = 780

    def need(b):
        return (2 + len(b[3])) * lh + gap if b[0] == "multi" else 3 * lh + gap

    for b in blocks:
        if y + need(b) > bottom:
            col_i += 1
            if col_i >= len(cols):
                raise Retry("fax page overflow")
            x0, x1 = cols[col_i]
            y = top
        kind, title, meth = b[0], b[1], b[2]
        cv.text(x0, y, title, size + 0.8, "hebo")
        y += lh
        cv.text(x0, y, f"Método: {meth}", size - 1.4, "helv")
        y += lh
        rr = b[3] if kind == "multi" else [b[3]]
        for r in rr:
            pre = f"{r.name}: " if kind == "multi" else "Resultado: "
            res = f"{pre}{r.vtext}" + (f" {r.unit}" if r.unit else "")
            cv.text(x0 + (8 if kind == "multi" else 0), y, res, size, "helv")
            xr = x0 + (8 if kind == "multi" else 0) + tlen(res, size) + 4
            if r.pflag:
                cv.text(xr, y, r.pflag, size - 1, "hebo")
            if v == 0:
                rx = x0 + 230
            else:
                rx = x0 + max(tlen(res, size) + 14 + (tlen(r.pflag, size) if r.pflag else 0), 118)
            reft = f"Valor de referência: {r.reftext}" if v != 2 else f"V.R.: {r.reftext}"
            fs = size - 1.0
            while tlen(reft, fs) > x1 - rx and fs > 6.0:
                fs -= 0.4
            if tlen(reft, fs) > x1 - rx:
                raise Retry("fax reference too wide")
            cv.text(rx, y, reft, fs, "helv")
            y += lh
        y += gap
    cv.text(40, 800, "Resultados conferidos e liberados. Documento transmitido por fax - original disponível no "
                     "laboratório.", 7.5, "helv")
    cv.text(40, 812, rng.choice(BIOCHEMISTS_PT), 7.5, "hebo")
    pdf = cv.bytes()
    png = fax_scan(pdf, np_rng(fam, idx), dpi=150, angle=rng.choice([-1, 1]) * rng.uniform(0.5, 1.5),
                   streaks=rng.choice([1, 2]))
    return finish(fam, idx, lang, pdf, rows, pat, png=png)


# ----------------------------------------------------------------------------------------------
# Public interface
# ----------------------------------------------------------------------------------------------

BUILDERS = (fam_gas, fam_cardiac, fam_grid, fam_multipage, fam_letter, fam_side, fam_photo, fam_unitfirst,
            fam_rangebar, fam_keyline, fam_dual, fam_fax)


def _build(fi: int, idx: int) -> Built:
    fam = FAMILIES[fi]
    last = None
    for attempt in range(120):
        try:
            b = BUILDERS[fi](_rng(fam, idx, attempt), idx)
            validate(b.rows)
            return b
        except Retry as e:  # a drawn report broke a rule: draw it again with the next attempt number
            last = e
            continue
    raise RuntimeError(f"{fam}-{idx + 1:02d}: no valid report after 120 attempts ({last})")


def build_all() -> list[Built]:
    return [_build(fi, idx) for fi in range(len(FAMILIES)) for idx in range(REPORTS_PER_FAMILY)]


def reports() -> list[GeneratedReport]:
    """All generated reports (deterministic: a fixed seed, byte-identical content on every call)."""
    return [b.report for b in build_all()]


# ----------------------------------------------------------------------------------------------
# Script mode: write every report and its ground truth, check text layers and determinism
# ----------------------------------------------------------------------------------------------


def _collapse(s: str) -> str:
    return " ".join(s.split())


def check_text(b: Built) -> list[str]:
    """Every expected name and printed value string must be in the (pre-scan) PDF text layer."""
    doc = fitz.open(stream=b.source_pdf, filetype="pdf")
    full = _collapse(" ".join(p.get_text() for p in doc))
    problems = []
    for r in b.rows:
        for what, s in (("name", r.name), ("value", r.vtext)):
            if _collapse(s) in full:
                continue
            clip = r.extra.get("clip")
            if what == "name" and clip is not None:
                t = _collapse(doc[clip[0]].get_text(clip=fitz.Rect(*clip[1])))
                if _collapse(s) in t:
                    continue
            problems.append(f"{b.report.name}: {what} {s!r} not in text layer")
        if r.unit and _collapse(r.unit) not in full:
            problems.append(f"{b.report.name}: unit {r.unit!r} of {r.name!r} not in text layer")
    return problems


def _fingerprint(built: list[Built]) -> str:
    h = hashlib.sha256()
    for b in built:
        h.update(b.report.name.encode())
        h.update(b.report.content)
        h.update(json.dumps([asdict(e) for e in b.report.expected], sort_keys=True).encode())
    return h.hexdigest()


def main(argv: list[str]) -> int:
    import time

    if len(argv) < 2:
        print(f"usage: python3 {Path(argv[0]).name} OUTDIR")
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    built = build_all()
    t1 = time.time()
    again = build_all()
    same = _fingerprint(built) == _fingerprint(again)
    problems: list[str] = []
    names = [b.report.name for b in built]
    if len(set(names)) != len(names):
        problems.append("report names are not unique")
    for b in built:
        rep = b.report
        ext = "png" if rep.mime_type == "image/png" else "pdf"
        (out / f"{rep.name}.{ext}").write_bytes(rep.content)
        meta = {"name": rep.name, "family": rep.family, "language": rep.language, "mime_type": rep.mime_type,
                "sex": rep.sex, "collected_on": rep.collected_on,
                "expected": [asdict(e) for e in rep.expected],
                "printed_value_strings": [r.vtext for r in b.rows]}
        (out / f"{rep.name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        problems += check_text(b)
        if rep.family not in FAMILIES:
            problems.append(f"{rep.name}: unknown family")
    print(f"{'family':<24}{'reports':>8}{'results':>9}{'abnormal':>10}{'crit':>6}{'qual':>6}{'comp':>6}"
          f"{'no-ref':>8}{'pages':>7}")
    tot = [0] * 7
    for fam in FAMILIES:
        bs = [b for b in built if b.report.family == fam]
        ex = [e for b in bs for e in b.report.expected]
        pages = sum(fitz.open(stream=b.source_pdf, filetype="pdf").page_count for b in bs)
        vals = [len(bs), len(ex), sum(e.flag != "N" for e in ex), sum(e.flag in ("LL", "HH") for e in ex),
                sum(e.qualitative is not None for e in ex), sum(e.comparator is not None for e in ex),
                sum(e.ref_low is None and e.ref_high is None for e in ex)]
        tot = [a + b_ for a, b_ in zip(tot, vals)]
        print(f"{fam:<24}" + "".join(f"{x:>{w}}" for x, w in zip(vals, (8, 9, 10, 6, 6, 6, 8))) + f"{pages:>7}")
    print(f"{'TOTAL':<24}" + "".join(f"{x:>{w}}" for x, w in zip(tot, (8, 9, 10, 6, 6, 6, 8))))
    print(f"generation: {t1 - t0:.1f} s; deterministic (two generations identical): {same}")
    if not same:
        problems.append("two generations differ")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
