"""Blind TEST part C of the lab-report reader evaluation: a deterministic generator of realistic lab reports.

Written on 2026-11-27 WITHOUT reading the reader (nlp/), the scorer, or any other evaluation part; the only file
of the repository read is tests/evaluation/lab_reports.py (the interface).  Held-out material: never tune on it.
Seed string: "clinigraph-labs-test-c-2026-11-27".  `reports()` returns 36 reports (3 per family), ~1,050 results.
Run `python3 labs_test_c.py OUTDIR` to write NAME.pdf|png + NAME.json, check every expected name / printed value /
unit / printed flag against the PDF text layer (for PNGs: the page rendered before scanning), check that two
generations are byte-identical, and print counts per family.

Families (report names "<family>-NN"):
  C1-gasometry-en     hospital blood gas: pH, pCO2/pO2 (mmHg or kPa), HCO3-, signed base excess, SaO2, Na/K/Cl,
                      ionised Ca, glucose, lactate; a "Temp corrected" column (NOT results); FiO2 / patient temperature
                      are parameters (NOT results).
  C2-cardiac-tdm-pt   Portuguese emergency panel: troponina I ultrassensível, CK, CK-MB, NT-proBNP (age-partitioned
                      reference), D-dímero FEU, PCR, procalcitonina, electrolytes, and drug levels with
                      "Faixa terapêutica:" as the reference ("Nível tóxico: ..." lines are NOT references).
  C3-gridtable-en     US report in a drawn grid; long names / sex-split reference texts wrap inside their cells.
  C4-multipage-pt     2-3 pages, header row and patient block repeated, "Página x de N", "Liberado em ..." lines,
                      "Resultado anterior: ..." lines (NOT results); leucogram with % and /mm³ on the same line.
  C5-letter-en        clinic / GP letters, results inline in prose and run-on lists, no reference ranges.
  C6-sidebyside-pt    landscape page, two independent panels whose rows share baselines.
  C7-phone-photo-en   PNG phone photo (keystone, 2-3° rotation, shadow band, 150-170 dpi, blur, noise) of a rows report.
  C8-unitfirst-pt     monospaced LIS export CÓDIGO | EXAME | UNIDADE | RESULTADO | VALOR DE REFERÊNCIA (unit first).
  C9-rangebar-en      patient-friendly range bars: value+unit above the bar, range ends at the bar's ends, status word.
  C10-keyperline-pt   "Exame:/Material:/Método:/Resultado:/Unidade:/Valores de referência:" stacked lines, with
                      interpretive tables (vitamin D bands, HbA1c diagnostic criteria, LDL risk targets).
  C11-dualunit-en     Canadian/UK SI report with the conventional value in brackets (a conversion, NOT a result).
  C12-faxscan-pt      150 dpi binarised fax of a block-layout report (CAPS exam line, "Método:", "Resultado: ... 
                      Valor de referência: ..."), speckles, 0.5-1.5° skew, one or two horizontal streaks.

Ground-truth conventions (shared with the scorer, plus the ones marked +):
- loinc: what was measured, specimen-aware.  + Blood-gas analyser results use whole-blood / arterial codes:
  pH 2744-1, pCO2 2019-8 and pO2 2703-7 (same code in mmHg and kPa), HCO3- 1960-4, base excess 1925-7, SaO2 2708-6,
  Na 2947-0, K 6298-4, Cl 2069-3, ionised Ca 1994-3, lactate 2518-9, glucose 2339-0 (mg/dL) / 15074-8 (mmol/L).
  A scorer that wants serum-equivalence may map 2947-0→2951-2, 6298-4→2823-3, 2069-3→2075-0, 2339-0→2345-7,
  15074-8→14749-6.
  + Serum/plasma glucose is 2345-7 / 14749-6 even when printed "fasting"/"de jejum" (not 1558-6).
  + "Ureia"/"Urea" in mg/dL = urea 3091-6; urea in mmol/L 22664-7; BUN 3094-0.  Creatinine 2160-0 / 14682-9.
  + eGFR is printed as CKD-EPI 2021 everywhere → 98979-8.  Serum "Bicarbonate" 1963-8, "CO2, total" 2028-9.
  + hs-troponin I 89579-7 (ng/L or pg/mL), NT-proBNP 33762-6, D-dimer FEU 48065-7, CRP 1988-5 (mg/L and mg/dL),
    procalcitonin 33959-8, ESR 30341-2 (4537-7 when "Westergren" is printed), CK-MB mass 13969-1.
  + Drug levels: digoxin 10535-3, lithium 14334-7, vancomycin trough 4092-3, phenytoin 3968-5, valproate 4086-5,
    carbamazepine 3432-2.
  + Differential: % and absolute are separate results.  Neutrophils 770-8/751-8, lymphocytes 736-9/731-0,
    monocytes 5905-5/742-7, eosinophils 713-8/711-2, basophils 706-2/704-7; pt "Bastões/Bastonetes" 764-1 (%) /
    763-3 (abs), "Segmentados"/"Neutrófilos segmentados" 769-0 / 768-2.
  + SI molar codes: cholesterol 14647-2, HDL 14646-4, triglycerides 14927-8, calculated LDL 39469-2, calcium 2000-8,
    magnesium 2601-3, urate 14933-6, bilirubin 14631-6 (direct 14629-0), iron 14798-3, TIBC 14800-7, B12 14685-2,
    folate 14732-2, free T4 14920-3, free T3 14928-6, HbA1c IFCC mmol/mol 59261-8.  Mass codes where printed so.
  + Total 25-OH vitamin D (ng/mL) 62292-8.  Cholesterol/HDL ratio 9830-1.  eAG 27353-2.  PT 5902-2, INR 6301-6,
    PT activity % ("Atividade") 5894-1, aPTT 3173-2.  Anti-TPO 8099-4.  TSH 3016-3 whatever its unit spelling.
  + Urinalysis: specific gravity 5811-5 and urine pH 5803-2 (unit None); dipstick presence codes protein 20454-5,
    glucose 25428-4, ketones 2514-8, blood 5794-3, nitrite 5802-4, leukocyte esterase 5799-2, bilirubin 5770-3,
    urobilinogen 13658-0; sediment WBC 5821-4 and RBC 13945-1 (per field, "/campo" or "/HPF"), epithelial cells
    5787-2, bacteria 25145-4.  Serology: HIV Ag/Ab 56888-1, HBsAg 5196-1, anti-HCV 16128-1, VDRL 5292-8.
- value: the number as printed; decimal comma read; in pt-BR "7.450 /mm³" → 7450.0, "245.000" → 245000.0
  (+ pt urine specific gravity is printed "1,020" → 1.02).  Signed base excess "-3.7" → -3.7, "+1.4" → 1.4.
  "< 0,3", "<0.3", "Inferior a 0,3" → comparator "<", value 0.3; eGFR ">90" / "Superior a 90" → ">", 90.0.
- qualitative: English lower case from the fixed list; + qualitative results always have ref None and flag "N"
  (an abnormal finding such as "Positivo"/"Reagente" is told by `qualitative`, not by an interval flag).
  + Index (S/CO), titre ("1/4") and "Não reagente: inferior a 1,00 / Reagente: ..." cut-off lines are NOT results
  and NOT references.
- unit: exactly as printed for that value (cell, column, "Unidade:" line, inside "Resultado:" or the sentence),
  e.g. "x10E3/uL", "K/µL", "/mm³", "milhões/mm³", "µUI/mL", "UI/L", "mEq/L", "ng/mL FEU", "mL/min/1.73m²";
  None when not printed (INR, pH, specific gravity, A/G and TC/HDL ratios, letter values written without a unit).
- ref_low/ref_high: the interval that applies to THIS patient: sex-split texts ("Homens: ... / Mulheres: ...",
  "Adult male: ... / Adult female: ...", "Masculino: ...\\nFeminino: ...") → the patient's sex (header);
  NT-proBNP "até 74 anos / 75 anos ou mais" → the patient's age.  "< 200", "Inferior a", "Até", "Menor que",
  "Less than" → high only; "> 60", "Superior a", "Acima de", "Maior que" → low only.
  + "Faixa terapêutica: a a b" is the reference of a drug level.  + Interpretive tables (vitamin D SBPC/ML or
  Endocrine Society bands, ADA/SBD HbA1c criteria, SBC LDL targets by risk) are NOT references; when the report
  also prints a "Valor(es) de referência:" line, that line is the reference.  + C9: the two numbers printed at the
  ends of the green zone are the reference ("< 200" / "> 40" at one end = one-sided).  + C5 letters: no interval.
  + C11: bracketed conventional values and bracketed converted reference intervals are ignored; the SI interval
  is the reference.
- flag: recomputed from value, the patient's interval and the convention's critical limits (conventional units,
  converted for SI: Hb < 5 g/dL = < 50 g/L, Hct < 15 % = < 0.15 L/L, WBC < 1 or > 50 x10^3/µL = 1,000/50,000 /mm³,
  platelets < 10 x10^3/µL = 10,000 /mm³, ANC < 0.5, glucose < 40 or > 500 mg/dL = < 2.2 or > 27.8 mmol/L,
  K < 2.5 or > 6.5, Na < 120 or > 160, aPTT > 150 s).  LL/HH appear only on those analytes (11 deliberate critical
  results: gas K, pt glucose, pancytopenia Hb/Hct/WBC/ANC, pt platelets, pt sodium, letter potassium, photo
  platelets, SI glucose); every other abnormal value is kept clear of published critical lists.  No value sits
  on a bound.  A letter value with no printed unit uses the critical limits of its implied unit.
- printed_flag: exact text beside the value: "H","L","HH","LL","H*","L*","HIGH","LOW","CRIT LO","*","**","!L",
  "Alto","Baixo","ALTO","BAIXO","CRÍTICO","A","B"; + C9 status words ("Normal"/"In range"/"Above range"/"High"/
  "Below range"/"Low") are printed_flag for every bar, normal ones included; None when nothing is printed.
- name_as_printed: exact text; + a name wrapped over two lines of a cell is given with one space between lines;
  + C8 names are upper case, some without accents, and names longer than the EXAME column are truncated as printed;
  + C5 names are the words used in the sentence ("Hb", "WCC", "plt", "potassium", "hemoglobin A1c").
- Not results (beyond the shared list): temperature-corrected gas values, FiO2, patient temperature, "Resultado
  anterior", "baseline 78", "down from 76 mmol/mol", drug doses in letters, "Nível tóxico", delta/ time lines,
  summary counts ("21 markers tested - 18 in range"), fax header line, S/CO indexes, titres.
- Computed results printed as results are results and consistent with their printed inputs: eGFR (CKD-EPI 2021),
  LDL (Friedewald), non-HDL, VLDL, TC/HDL ratio, globulin, A/G ratio, indirect bilirubin, transferrin saturation,
  eAG, MCV/MCH/MCHC/Hct from the counts, absolute differential from WBC x %.
- sex / collected_on: as printed in the header (+ letters: sex from the printed title Mr / Mrs / Ms).
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script from tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "clinigraph-labs-test-c-2026-11-27"
PREFIX = "C"
FAMILIES: tuple[str, ...] = (
    "C1-gasometry-en",
    "C2-cardiac-tdm-pt",
    "C3-gridtable-en",
    "C4-multipage-pt",
    "C5-letter-en",
    "C6-sidebyside-pt",
    "C7-phone-photo-en",
    "C8-unitfirst-pt",
    "C9-rangebar-en",
    "C10-keyperline-pt",
    "C11-dualunit-en",
    "C12-faxscan-pt",
)
REPORTS_PER_FAMILY = 3

# ----------------------------------------------------------------------------------------------
# Analyte catalogue.  Every spec lives in ONE printed unit.  refs: alternative reference
# intervals (one is picked per report, i.e. per lab); each is (lo, hi) or {"M": .., "F": ..};
# floor/ceil bound the "clearly non-critical" abnormal values that may be generated; crit the
# convention's critical limits (same unit); ll/hh the ranges critical values are drawn from.
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    key: str
    loinc: str
    units: tuple
    dec: int
    refs: tuple
    floor: float | None = None
    ceil: float | None = None
    crit: tuple = (None, None)
    ll: tuple | None = None
    hh: tuple | None = None
    norm: tuple | None = None
    thousands: bool = False
    rdec: int | None = None


SPECS: dict[str, Spec] = {}


def S(key, loinc, units, dec, refs, **kw):
    if units is None:
        units = ()
    elif isinstance(units, str):
        units = (units,)
    SPECS[key] = Spec(key, loinc, tuple(units), dec, tuple(refs), **kw)


def MF(m, f):
    return {"M": m, "F": f}


# --- haematology (US conventional) ---
S("hb", "718-7", "g/dL", 1, [MF((13.5, 17.5), (12.0, 15.5)), MF((13.0, 17.0), (12.0, 16.0)),
                              MF((13.2, 16.6), (11.6, 15.0))],
  floor=7.8, ceil=18.3, crit=(5.0, None), ll=(3.7, 4.5))
S("hb_gl", "718-7", "g/L", 0, [MF((130, 170), (115, 155)), MF((135, 175), (120, 150))],
  floor=78, ceil=183, crit=(50, None), ll=(37, 45))
S("hct", "4544-3", "%", 1, [MF((40.0, 52.0), (36.0, 46.0)), MF((39.0, 50.0), (35.0, 45.0)),
                             MF((38.8, 50.0), (34.9, 44.5))],
  floor=23.0, ceil=54.0, crit=(15.0, None), ll=(9.0, 13.9))
S("hct_ll", "4544-3", "L/L", 2, [MF((0.40, 0.52), (0.36, 0.46)), MF((0.40, 0.50), (0.37, 0.47))],
  floor=0.23, ceil=0.54, crit=(0.15, None), ll=(0.09, 0.13))
S("rbc", "789-8", ("x10^6/µL", "M/µL", "10^6/uL", "x10E6/uL"), 2,
  [MF((4.50, 5.90), (4.00, 5.20)), MF((4.35, 5.65), (3.92, 5.13))], floor=2.4, ceil=6.4)
S("rbc_pt", "789-8", ("milhões/mm³", "milhões/µL", "10^6/mm³", "x10^6/µL"), 2,
  [MF((4.50, 5.90), (4.00, 5.20)), MF((4.30, 5.70), (3.90, 5.00))], floor=2.4, ceil=6.4)
S("rbc_uk", "789-8", ("x10^12/L", "10^12/L", "x10*12/L"), 2,
  [MF((4.50, 5.90), (3.80, 4.80)), MF((4.40, 5.80), (3.95, 5.15))], floor=2.4, ceil=6.4)
S("mcv", "787-2", ("fL", "fl"), 1, [(80.0, 100.0), (82.0, 98.0), (79.0, 96.0)], floor=66, ceil=108)
S("mch", "785-6", "pg", 1, [(27.0, 33.0), (26.0, 34.0), (27.0, 32.0)], floor=20, ceil=36)
S("mchc", "786-4", "g/dL", 1, [(32.0, 36.0), (31.5, 36.0), (32.0, 35.5)], floor=29, ceil=37.5)
S("mchc_pct", "786-4", "%", 1, [(32.0, 36.0), (31.0, 36.0)], floor=29, ceil=37.5)
S("mchc_gl", "786-4", "g/L", 0, [(320, 360), (315, 355)], floor=290, ceil=375)
S("rdw", "788-0", "%", 1, [(11.5, 14.5), (11.0, 15.0), (11.6, 14.8)], floor=10.0, ceil=19.5)
S("wbc", "6690-2", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2,
  [(4.50, 11.00), (4.00, 10.50), (3.80, 10.80)],
  floor=2.6, ceil=19.5, crit=(1.0, 50.0), ll=(0.40, 0.80), hh=(56.0, 74.0))
S("wbc_pt", "6690-2", ("/mm³", "/µL", "/mm3"), 0, [(4000, 11000), (3600, 11000), (4500, 11000)],
  floor=2600, ceil=19500, crit=(1000, 50000), ll=(400, 800), hh=(56000, 74000), thousands=True)
S("wbc_uk", "6690-2", ("x10^9/L", "10^9/L", "x10*9/L"), 1, [(4.0, 11.0), (3.6, 11.0), (4.0, 10.0)],
  floor=2.6, ceil=19.5, crit=(1.0, 50.0), ll=(0.4, 0.8), hh=(56.0, 74.0))
S("plt", "777-3", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 0, [(150, 400), (150, 450), (140, 400)],
  floor=55, ceil=560, crit=(10, None), ll=(3, 8))
S("plt_pt", "777-3", ("/mm³", "/µL", "/mm3"), 0, [(150000, 450000), (140000, 400000), (150000, 400000)],
  floor=55000, ceil=560000, crit=(10000, None), ll=(3000, 8000), thousands=True)
S("plt_uk", "777-3", ("x10^9/L", "10^9/L"), 0, [(150, 400), (150, 410)],
  floor=55, ceil=560, crit=(10, None), ll=(3, 8))
S("mpv", "32623-1", ("fL", "fl"), 1, [(7.4, 10.4), (9.0, 12.5), (7.5, 11.5)], floor=6.0, ceil=13.5)
# differential, percentages
S("neut", "770-8", "%", 1, [(40.0, 75.0), (45.0, 70.0), (40.0, 70.0)])
S("lymph", "736-9", "%", 1, [(20.0, 45.0), (20.0, 40.0), (22.0, 44.0)])
S("mono", "5905-5", "%", 1, [(2.0, 10.0), (3.0, 12.0), (2.0, 11.0)])
S("eos", "713-8", "%", 1, [(1.0, 6.0), (0.5, 5.0), (1.0, 5.0)])
S("baso", "706-2", "%", 1, [(0.0, 2.0), (0.0, 1.0), (None, 2.0)])
S("bands", "764-1", "%", 1, [(None, 5.0), (None, 6.0)])
S("segs", "769-0", "%", 1, [(40.0, 75.0), (45.0, 70.0)])
# differential, absolute US
S("neuta", "751-8", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2, [(1.80, 7.70), (1.50, 7.00), (2.00, 7.50)],
  crit=(0.5, None))
S("lympha", "731-0", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2, [(1.00, 4.80), (0.90, 3.30), (1.00, 4.00)])
S("monoa", "742-7", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2, [(0.20, 0.95), (0.10, 1.00), (0.20, 0.90)])
S("eosa", "711-2", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2, [(0.02, 0.50), (0.05, 0.50), (0.00, 0.45)])
S("basoa", "704-7", ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL"), 2, [(0.00, 0.10), (0.00, 0.20), (None, 0.20)])
# differential, absolute pt (/mm³)
S("neuta_pt", "751-8", ("/mm³", "/µL", "/mm3"), 0, [(1800, 7700), (1600, 7000), (2000, 7500)],
  crit=(500, None), thousands=True)
S("lympha_pt", "731-0", ("/mm³", "/µL", "/mm3"), 0, [(1000, 4800), (900, 3300), (1000, 4000)], thousands=True)
S("monoa_pt", "742-7", ("/mm³", "/µL", "/mm3"), 0, [(200, 950), (100, 1000), (200, 900)], thousands=True)
S("eosa_pt", "711-2", ("/mm³", "/µL", "/mm3"), 0, [(20, 500), (50, 500), (40, 450)], thousands=True)
S("basoa_pt", "704-7", ("/mm³", "/µL", "/mm3"), 0, [(None, 100), (None, 200), (None, 150)], thousands=True)
S("bandsa_pt", "763-3", ("/mm³", "/µL", "/mm3"), 0, [(None, 500), (None, 600)], thousands=True)
S("segsa_pt", "768-2", ("/mm³", "/µL", "/mm3"), 0, [(1800, 7700), (1600, 7000)], crit=(500, None), thousands=True)
# differential, absolute UK
S("neuta_uk", "751-8", ("x10^9/L", "10^9/L"), 2, [(2.00, 7.50), (1.80, 7.70)], crit=(0.5, None))
S("lympha_uk", "731-0", ("x10^9/L", "10^9/L"), 2, [(1.00, 4.00), (1.50, 4.00)])
S("monoa_uk", "742-7", ("x10^9/L", "10^9/L"), 2, [(0.20, 1.00), (0.20, 0.80)])
S("eosa_uk", "711-2", ("x10^9/L", "10^9/L"), 2, [(0.02, 0.50), (0.04, 0.40)])
S("basoa_uk", "704-7", ("x10^9/L", "10^9/L"), 2, [(None, 0.10), (0.00, 0.10)])

# --- chemistry ---
S("glu", "2345-7", "mg/dL", 0, [(70, 99), (74, 106), (70, 100), (65, 99)],
  floor=61, ceil=290, crit=(40, 500), ll=(27, 35), hh=(540, 690))
S("glu_si", "14749-6", ("mmol/L",), 1, [(3.9, 5.5), (3.6, 6.0), (4.0, 6.0), (3.9, 6.1)],
  floor=3.4, ceil=16.1, crit=(2.2, 27.8), ll=(1.4, 1.9), hh=(30.0, 38.0))
S("glu_bg", "2339-0", "mg/dL", 0, [(70, 105), (74, 106), (70, 110)],
  floor=61, ceil=290, crit=(40, 500), ll=(27, 35), hh=(540, 690))
S("glu_bgsi", "15074-8", "mmol/L", 1, [(3.9, 5.8), (4.0, 6.0), (3.6, 5.3)],
  floor=3.4, ceil=16.1, crit=(2.2, 27.8), ll=(1.4, 1.9), hh=(30.0, 38.0))
S("bun", "3094-0", "mg/dL", 0, [(7, 20), (6, 24), (8, 23)], floor=4, ceil=45)
S("urea", "3091-6", "mg/dL", 0, [(15, 45), (10, 50), (17, 43), (19, 49)], floor=8, ceil=95)
S("urea_si", "22664-7", "mmol/L", 1, [(2.5, 7.8), (2.8, 8.1), (3.0, 7.5), (2.5, 6.7)], floor=1.5, ceil=16.0)
S("crea", "2160-0", "mg/dL", 2, [MF((0.70, 1.30), (0.50, 1.10)), MF((0.72, 1.18), (0.55, 1.02)),
                                 MF((0.70, 1.20), (0.50, 0.90)), MF((0.67, 1.17), (0.51, 0.95))],
  floor=0.36, ceil=2.80)
S("crea_si", "14682-9", ("µmol/L", "umol/L"), 0, [MF((62, 106), (44, 80)), MF((59, 104), (45, 84)),
                                                  MF((64, 111), (50, 98))], floor=32, ceil=245)
S("egfr", "98979-8", ("mL/min/1.73m²", "mL/min/1,73m²", "mL/min/1.73 m2"), 0, [(60, None), (90, None)])
S("na", "2951-2", ("mmol/L", "mEq/L"), 0, [(135, 145), (136, 145), (135, 146), (136, 146)],
  floor=133, ceil=149, crit=(120, 160), ll=(110, 117), hh=(163, 169))
S("k", "2823-3", ("mmol/L", "mEq/L"), 1, [(3.5, 5.1), (3.5, 5.0), (3.6, 5.2), (3.5, 5.3)],
  floor=3.1, ceil=5.8, crit=(2.5, 6.5), ll=(1.9, 2.3), hh=(6.8, 7.5))
S("cl", "2075-0", ("mmol/L", "mEq/L"), 0, [(98, 107), (96, 106), (98, 110), (101, 109)], floor=93, ceil=113)
S("co2", "2028-9", ("mmol/L", "mEq/L"), 0, [(22, 29), (21, 31), (20, 29)], floor=18, ceil=33)
S("hco3s", "1963-8", ("mmol/L", "mEq/L"), 0, [(22, 29), (21, 31), (22, 28)], floor=18, ceil=33)
S("agap", "33037-3", ("mmol/L", "mEq/L"), 0, [(3, 11), (4, 12), (7, 16)], floor=1, ceil=20)
S("ca", "17861-6", "mg/dL", 1, [(8.6, 10.3), (8.5, 10.5), (8.8, 10.2), (8.4, 10.2)], floor=8.0, ceil=11.2)
S("ca_si", "2000-8", "mmol/L", 2, [(2.15, 2.55), (2.20, 2.60), (2.10, 2.55)], floor=2.00, ceil=2.78)
S("mg", "19123-9", "mg/dL", 1, [(1.6, 2.6), (1.7, 2.4), (1.6, 2.3), (1.8, 2.6)], floor=1.3, ceil=2.9)
S("mg_si", "2601-3", "mmol/L", 2, [(0.70, 1.00), (0.66, 1.07), (0.65, 1.05)], floor=0.56, ceil=1.18)
S("phos", "2777-1", "mg/dL", 1, [(2.5, 4.5), (2.7, 4.5), (2.5, 4.8)], floor=1.9, ceil=5.6)
S("uric", "3084-1", "mg/dL", 1, [MF((3.4, 7.0), (2.4, 5.7)), MF((3.5, 7.2), (2.6, 6.0)),
                                 MF((3.7, 7.7), (2.5, 6.2))], floor=1.6, ceil=9.8)
S("uric_si", "14933-6", ("µmol/L", "umol/L"), 0, [MF((200, 420), (140, 340)), MF((202, 416), (142, 339))],
  floor=95, ceil=580)
S("tp", "2885-2", "g/dL", 1, [(6.0, 8.3), (6.4, 8.3), (6.6, 8.7), (6.0, 8.0)], floor=5.2, ceil=9.0)
S("tp_si", "2885-2", "g/L", 0, [(60, 80), (64, 83), (66, 87)], floor=52, ceil=90)
S("alb", "1751-7", "g/dL", 1, [(3.5, 5.2), (3.4, 4.8), (3.5, 5.0), (3.5, 5.5)], floor=2.7, ceil=None)
S("alb_si", "1751-7", "g/L", 0, [(35, 50), (34, 48), (35, 52)], floor=27, ceil=None)
S("glob", "10834-0", "g/dL", 1, [(2.0, 3.5), (1.8, 3.6), (2.3, 3.5), (1.5, 4.5)])
S("glob_si", "10834-0", "g/L", 0, [(20, 35), (18, 36), (23, 35)])
S("agr", "1759-0", None, 2, [(1.10, 2.50), (1.00, 2.10), (1.20, 2.20), (0.80, 2.00)])
S("tbil", "1975-2", "mg/dL", 1, [(0.2, 1.2), (0.3, 1.2), (0.1, 1.2), (None, 1.0)], ceil=2.9)
S("tbil2", "1975-2", "mg/dL", 2, [(0.20, 1.20), (0.30, 1.20), (None, 1.20)], ceil=2.90)
S("dbil", "1968-7", "mg/dL", 2, [(None, 0.30), (None, 0.20), (0.00, 0.30), (None, 0.40)], ceil=0.95)
S("ibil", "1971-1", "mg/dL", 2, [(None, 0.90), (0.10, 1.00), (0.20, 0.80), (None, 1.00)])
S("tbil_si", "14631-6", ("µmol/L", "umol/L"), 0, [(None, 21), (3, 21), (5, 21), (None, 20)], ceil=50)
S("dbil_si", "14629-0", ("µmol/L", "umol/L"), 0, [(None, 5), (None, 7), (None, 4)], ceil=16)
S("ast", "1920-8", ("U/L",), 0, [MF((None, 40), (None, 32)), (10, 40), MF((15, 40), (13, 35)), (5, 34)], ceil=140)
S("alt", "1742-6", ("U/L",), 0, [MF((None, 41), (None, 33)), MF((13, 40), (10, 28)), (7, 56), (10, 49)], ceil=165)
S("alp", "6768-6", ("U/L",), 0, [MF((40, 129), (35, 104)), (44, 147), (46, 116), (30, 120)], ceil=260)
S("ggt", "2324-2", ("U/L",), 0, [MF((8, 61), (5, 36)), MF((10, 71), (6, 42)), (9, 48), MF((12, 73), (8, 41))],
  ceil=220)
S("ldh", "2532-0", ("U/L",), 0, [(135, 225), (120, 246), (140, 280), (125, 220)], ceil=420)
S("ck", "2157-6", ("U/L",), 0, [MF((39, 308), (26, 192)), MF((46, 171), (34, 145)), MF((32, 294), (33, 211))],
  ceil=880)
S("ckmb", "13969-1", "ng/mL", 1, [(None, 5.0), MF((None, 4.9), (None, 2.9)), (None, 3.6), (None, 6.6)], ceil=8.6)
S("amy", "1798-8", ("U/L",), 0, [(28, 100), (25, 125), (30, 110)], ceil=280)
S("lip", "3040-3", ("U/L",), 0, [(13, 60), (8, 78), (None, 60), (23, 300)], ceil=150)
# lipids
S("tc", "2093-3", "mg/dL", 0, [(None, 200), (None, 190)], norm=(140, 185), ceil=295)
S("hdl", "2085-9", "mg/dL", 0, [(40, None), MF((40, None), (50, None)), (None, None)], norm=(52, 84), floor=28)
S("tg", "2571-8", "mg/dL", 0, [(None, 150), (None, 175)], norm=(55, 140), ceil=420)
S("ldl", "13457-7", "mg/dL", 0, [(None, 130), (None, 100), (None, 160)])
S("nonhdl", "43396-1", "mg/dL", 0, [(None, 160), (None, 130), (None, 145)])
S("vldl", "13458-5", "mg/dL", 0, [(None, 30), (5, 40), (None, 35)])
S("tc_si", "14647-2", "mmol/L", 1, [(None, 5.2), (None, 5.0)], norm=(3.6, 4.8), ceil=7.6)
S("hdl_si", "14646-4", "mmol/L", 2, [(1.00, None), MF((1.00, None), (1.20, None)), (1.03, None)],
  norm=(1.30, 2.10), floor=0.72)
S("tg_si", "14927-8", "mmol/L", 2, [(None, 1.70), (None, 2.00)], norm=(0.60, 1.55), ceil=4.6)
S("ldl_si", "39469-2", "mmol/L", 2, [(None, 3.40), (None, 3.00), (None, 2.60)])
S("chr", "9830-1", None, 1, [(None, 5.0), (None, 4.5), None])
S("hba1c", "4548-4", "%", 1, [(4.0, 5.6), (4.8, 5.9), (4.0, 6.0)], floor=None, ceil=10.4)
S("hba1c_si", "59261-8", "mmol/mol", 0, [(20, 41), (None, 42), (20, 38)], ceil=88)
S("eag", "27353-2", "mg/dL", 0, [None])
# thyroid
S("tsh", "3016-3", ("µUI/mL", "mIU/L", "µIU/mL", "uIU/mL"), 2,
  [(0.40, 4.00), (0.27, 4.20), (0.45, 4.50), (0.35, 5.50)], floor=0.05, ceil=14.0)
S("ft4", "3024-7", "ng/dL", 2, [(0.93, 1.70), (0.70, 1.48), (0.89, 1.76), (0.80, 1.90)], floor=0.52, ceil=2.4)
S("ft4_si", "14920-3", "pmol/L", 1, [(12.0, 22.0), (9.0, 19.0), (10.3, 24.5)], floor=6.5, ceil=32.0)
S("ft3", "3051-0", "pg/mL", 2, [(2.00, 4.40), (2.30, 4.20), (1.71, 3.71)], floor=1.3, ceil=5.6)
S("ft3_si", "14928-6", "pmol/L", 1, [(3.1, 6.8), (3.5, 6.5)], floor=2.2, ceil=8.5)
S("tpo", "8099-4", ("UI/mL", "IU/mL"), 1, [(None, 34.0), (None, 35.0), (None, 5.6)], norm=(0.6, 4.9), ceil=480)
# iron
S("iron", "2498-4", ("µg/dL", "mcg/dL", "ug/dL"), 0,
  [MF((65, 175), (50, 170)), (60, 170), (33, 193), MF((59, 158), (37, 145))], floor=22, ceil=235)
S("iron_si", "14798-3", ("µmol/L", "umol/L"), 1, [MF((11.6, 31.3), (9.0, 30.4)), (10.0, 30.0), (6.6, 26.0)],
  floor=4.0, ceil=42.0)
S("tibc", "2500-7", ("µg/dL", "mcg/dL", "ug/dL"), 0, [(250, 450), (228, 428), (250, 400)], floor=180, ceil=560)
S("tibc_si", "14800-7", ("µmol/L", "umol/L"), 0, [(45, 81), (41, 77)], floor=32, ceil=100)
S("tsat", "2502-3", "%", 0, [(20, 50), (15, 50), (16, 45), (20, 55)])
S("trf", "3034-6", "mg/dL", 0, [(200, 360), (215, 365), (200, 400)], floor=150, ceil=470)
S("ferr", "2276-4", ("ng/mL", "µg/L"), 1, [MF((30.0, 400.0), (13.0, 150.0)), MF((22.0, 322.0), (10.0, 291.0)),
                                            MF((30.0, 400.0), (15.0, 150.0)), MF((23.9, 336.2), (11.0, 306.8))],
  floor=3.5, ceil=820)
S("b12", "2132-9", "pg/mL", 0, [(197, 771), (211, 911), (187, 883)], floor=130, ceil=1250)
S("b12_si", "14685-2", "pmol/L", 0, [(145, 569), (156, 672), (138, 652)], floor=95, ceil=920)
S("fol", "2284-8", "ng/mL", 1, [(3.9, 26.8), (4.6, 18.7), (3.1, 20.5), (3.0, None)], floor=1.6, ceil=30.0,
  norm=(5.5, 17.5))
S("fol_si", "14732-2", "nmol/L", 1, [(8.8, 60.8), (7.0, 46.4), (10.4, 42.4)], floor=3.6, ceil=70)
S("vitd", "62292-8", "ng/mL", 1, [(30.0, 100.0), (20.0, None), (30.0, 80.0)], floor=9.0, ceil=None, norm=(32.0, 62.0))
# coagulation
S("ptime", "5902-2", ("s", "seg", "sec"), 1, [(9.4, 12.5), (10.0, 13.5), (11.0, 14.5), (9.8, 12.8)])
S("inr", "6301-6", None, 2, [(0.80, 1.20), (0.90, 1.20), (0.85, 1.15), (0.90, 1.10)], ceil=2.90)
S("ptact", "5894-1", "%", 0, [(70, None), (70, 120), (80, 120)])
S("aptt", "3173-2", ("s", "seg", "sec"), 1, [(25.0, 35.0), (24.0, 36.5), (26.4, 37.5), (25.1, 36.5)],
  ceil=48.0, crit=(None, 150.0), hh=(155.0, 190.0))
S("fib", "3255-7", "mg/dL", 0, [(200, 400), (180, 350), (238, 498)], floor=150, ceil=620)
S("ddim", "48065-7", ("ng/mL FEU", "ng/mL (FEU)", "ng FEU/mL"), 0, [(None, 500), (None, 550)], norm=(120, 430),
  ceil=2600)
S("crp", "1988-5", "mg/L", 1, [(None, 5.0), (None, 3.0), (None, 10.0), (None, 6.0)], norm=(0.4, 2.8), ceil=96)
S("crp_dl", "1988-5", "mg/dL", 2, [(None, 0.50), (None, 0.30), (None, 1.00)], norm=(0.03, 0.27), ceil=9.6)
S("esr", "30341-2", ("mm/h", "mm/hr", "mm/1ª h"), 0, [MF((None, 15), (None, 20)), MF((0, 15), (0, 20)),
                                                    MF((None, 10), (None, 20))], norm=(2, 9), ceil=70)
S("esrw", "4537-7", ("mm/h", "mm/hr"), 0, [MF((None, 15), (None, 20)), MF((0, 15), (0, 20))], norm=(2, 9), ceil=70)
S("pct", "33959-8", "ng/mL", 2, [(None, 0.50), (None, 0.10)], norm=(0.02, 0.07), ceil=1.9)
S("trop", "89579-7", ("ng/L", "pg/mL"), 1, [MF((None, 34.2), (None, 15.6)), (None, 19.8), (None, 26.2)],
  norm=(1.6, 9.6))
S("tnt", "67151-1", "ng/L", 1, [(None, 14.0)], norm=(3.0, 11.0))
S("ntbnp", "33762-6", "pg/mL", 0, [(None, 125), (None, 300)], norm=(18, 110), ceil=1900)
S("bnp", "30934-4", "pg/mL", 0, [(None, 100)], norm=(8, 80), ceil=880)
S("dig", "10535-3", "ng/mL", 2, [(0.80, 2.00), (0.50, 2.00), (0.50, 0.90)], floor=0.22, norm=None)
S("li", "14334-7", ("mEq/L", "mmol/L"), 2, [(0.60, 1.20), (0.50, 1.20), (0.80, 1.20)], floor=0.22)
S("vanc", "4092-3", ("mcg/mL", "µg/mL"), 1, [(10.0, 20.0), (15.0, 20.0)], floor=4.0)
S("phen", "3968-5", ("mcg/mL", "µg/mL"), 1, [(10.0, 20.0)], floor=4.0)
S("valp", "4086-5", ("mcg/mL", "µg/mL"), 0, [(50, 100)], floor=28)
S("carb", "3432-2", ("mcg/mL", "µg/mL"), 1, [(4.0, 12.0), (4.0, 10.0)], floor=2.0)
# hormones
S("testo", "2986-8", "ng/dL", 0, [MF((249, 836), (8, 48)), MF((264, 916), (15, 70))], floor=150, ceil=1100)
S("prl", "2842-3", "ng/mL", 1, [MF((4.0, 15.2), (4.8, 23.3)), MF((2.1, 17.7), (2.8, 29.2))], ceil=58.0)
S("cort", "2143-6", ("µg/dL", "mcg/dL"), 1, [(6.2, 19.4), (5.0, 25.0), (4.8, 19.5)], floor=3.0, ceil=28.0)
S("ins", "20448-7", ("µUI/mL", "µIU/mL", "uIU/mL"), 1, [(2.6, 24.9), (1.9, 23.0), (2.0, 19.6)], ceil=46)
S("psa", "2857-1", "ng/mL", 2, [(None, 4.00), (None, 2.50), (None, 6.50)], norm=(0.25, 2.2), ceil=9.8)
S("lh", "10501-5", ("mUI/mL", "mIU/mL"), 1, [(1.7, 8.6), (1.5, 9.3)], ceil=16)
S("fsh", "15067-2", ("mUI/mL", "mIU/mL"), 1, [(1.5, 12.4), (1.4, 18.1)], ceil=24)
# urine
S("usg", "5811-5", None, 3, [(1.005, 1.030), (1.010, 1.030), (1.015, 1.025)], norm=None)
S("uph", "5803-2", None, 1, [(5.0, 8.0), (5.5, 7.5), (4.5, 8.0)])
S("uwbc", "5821-4", ("/campo", "p/campo", "/HPF", "/hpf"), 0, [(None, 5), (0, 5), (None, 4)], norm=(1, 3), ceil=30)
S("urbc", "13945-1", ("/campo", "p/campo", "/HPF", "/hpf"), 0, [(None, 3), (0, 3), (None, 2)], norm=(1, 1), ceil=20)
# blood gases (arterial whole blood)
S("ph", "2744-1", None, 2, [(7.35, 7.45), (7.35, 7.45), (7.36, 7.44)], floor=7.31, ceil=7.49)
S("pco2", "2019-8", "mmHg", 0, [(35, 45), (35, 48), (32, 45)], floor=30, ceil=52)
S("pco2_kpa", "2019-8", "kPa", 2, [(4.70, 6.00), (4.60, 6.40), (4.67, 6.00)], floor=4.0, ceil=6.9)
S("po2", "2703-7", "mmHg", 0, [(80, 100), (83, 108), (75, 100)], floor=64, ceil=165)
S("po2_kpa", "2703-7", "kPa", 1, [(10.7, 13.3), (11.0, 14.4), (10.0, 13.3)], floor=8.6, ceil=22.0)
S("hco3", "1960-4", "mmol/L", 1, [(22.0, 26.0), (21.0, 28.0), (22.0, 28.0)], floor=17.0, ceil=32.0)
S("be", "1925-7", "mmol/L", 1, [(-2.0, 2.0), (-3.0, 3.0), (-2.0, 3.0)], floor=-7.0, ceil=6.0)
S("sao2", "2708-6", "%", 1, [(95.0, 99.0), (94.0, 98.0), (95.0, 98.5)], floor=90.5, norm=(95.6, 97.9))
S("lac", "2518-9", "mmol/L", 1, [(0.5, 2.0), (0.5, 2.2), (0.5, 1.6)], ceil=2.8, norm=(0.7, 1.5))
S("ica", "1994-3", "mmol/L", 2, [(1.15, 1.30), (1.12, 1.32), (1.13, 1.32)], floor=1.03, ceil=1.40)
S("na_bg", "2947-0", "mmol/L", 0, [(136, 145), (135, 145), (135, 148)],
  floor=133, ceil=149, crit=(120, 160), ll=(110, 117), hh=(163, 169))
S("k_bg", "6298-4", "mmol/L", 1, [(3.5, 5.1), (3.4, 4.5), (3.5, 5.0)],
  floor=3.1, ceil=5.8, crit=(2.5, 6.5), ll=(1.9, 2.3), hh=(6.8, 7.5))
S("cl_bg", "2069-3", "mmol/L", 0, [(98, 107), (98, 106), (96, 108)], floor=93, ceil=113)

# Qualitative analytes: key -> LOINC
QUAL_LOINC = {
    "uprot": "20454-5", "uglu": "25428-4", "uket": "2514-8", "ublood": "5794-3", "unit": "5802-4",
    "ule": "5799-2", "ubil": "5770-3", "uubg": "13658-0", "uepi": "5787-2", "ubact": "25145-4",
    "hiv": "56888-1", "hbsag": "5196-1", "hcv": "16128-1", "vdrl": "5292-8",
}

# printed words for qualitative results: meaning -> {lang: [variants]}
QWORDS = {
    "negative": {"en": ["Negative", "NEGATIVE", "Neg"], "pt": ["Negativo", "NEGATIVO", "Negativa"]},
    "positive": {"en": ["Positive", "POSITIVE"], "pt": ["Positivo", "POSITIVO"]},
    "non-reactive": {"en": ["Non-reactive", "Nonreactive", "NON-REACTIVE"], "pt": ["Não reagente", "NÃO REAGENTE", "Nao reagente"]},
    "reactive": {"en": ["Reactive", "REACTIVE"], "pt": ["Reagente", "REAGENTE"]},
    "absent": {"en": ["Absent", "None seen"], "pt": ["Ausente", "Ausentes", "AUSENTE"]},
    "present": {"en": ["Present"], "pt": ["Presente", "Presentes"]},
    "trace": {"en": ["Trace", "TRACE"], "pt": ["Traços", "Traço", "TRAÇOS"]},
    "normal": {"en": ["Normal", "NORMAL"], "pt": ["Normal", "NORMAL"]},
    "rare": {"en": ["Rare", "RARE"], "pt": ["Raras", "Raros", "RARAS"]},
}

# ----------------------------------------------------------------------------------------------
# Names as labs print them.  Styles: us (American), uk (British), pt, ptl (long Portuguese),
# usl (long English for grids), gas (blood-gas analyser), abbr (clinic-letter shorthand).
# ----------------------------------------------------------------------------------------------
NAMES: dict[str, dict[str, list[str]]] = {
    "hb": {"us": ["Hemoglobin", "HGB", "Hgb"], "uk": ["Haemoglobin", "Hb", "HGB"], "pt": ["Hemoglobina"],
           "abbr": ["Hb"], "usl": ["Hemoglobin (HGB)", "Hemoglobin"]},
    "hct": {"us": ["Hematocrit", "HCT", "Hct"], "uk": ["Haematocrit", "HCT", "Hct"], "pt": ["Hematócrito", "Hematocrito"],
            "usl": ["Hematocrit (HCT)"]},
    "rbc": {"us": ["RBC", "Red Blood Cell Count", "Red Blood Cells"], "uk": ["Red cell count", "RBC", "Erythrocytes"],
            "pt": ["Hemácias", "Eritrócitos", "Contagem de hemácias", "Hemacias"], "usl": ["Red Blood Cell Count (RBC)"]},
    "mcv": {"us": ["MCV", "Mean Corpuscular Volume"], "uk": ["MCV", "Mean cell volume"],
            "pt": ["VCM", "V.C.M.", "Volume corpuscular médio"], "usl": ["Mean Corpuscular Volume (MCV)"]},
    "mch": {"us": ["MCH"], "uk": ["MCH", "Mean cell haemoglobin"], "pt": ["HCM", "H.C.M.", "Hemoglobina corpuscular média"],
            "usl": ["Mean Corpuscular Hemoglobin (MCH)"]},
    "mchc": {"us": ["MCHC"], "uk": ["MCHC"], "pt": ["CHCM", "C.H.C.M.", "Concentração de hemoglobina corpuscular média"],
             "usl": ["Mean Corpuscular Hemoglobin Concentration (MCHC)"]},
    "rdw": {"us": ["RDW", "RDW-CV"], "uk": ["RDW", "Red cell distribution width"], "pt": ["RDW", "RDW-CV"],
            "usl": ["Red Cell Distribution Width (RDW-CV)"]},
    "wbc": {"us": ["WBC", "White Blood Cell Count", "White Blood Cells"], "uk": ["White cell count", "WBC", "Leucocytes", "WCC"],
            "pt": ["Leucócitos", "Leucocitos", "Leucócitos totais"], "abbr": ["WCC", "WBC", "white count"],
            "usl": ["White Blood Cell Count (WBC)"]},
    "plt": {"us": ["Platelets", "Platelet Count", "PLT"], "uk": ["Platelets", "Platelet count", "Plt"],
            "pt": ["Plaquetas", "Contagem de plaquetas", "PLAQUETAS"], "abbr": ["plt", "Plt", "platelets"],
            "usl": ["Platelet Count (PLT)"]},
    "mpv": {"us": ["MPV", "Mean Platelet Volume"], "uk": ["MPV"], "pt": ["VPM", "Volume plaquetário médio", "MPV"],
            "usl": ["Mean Platelet Volume (MPV)"]},
    "neut": {"us": ["Neutrophils", "Neutrophil", "Neutrophils (Segs)"], "uk": ["Neutrophils"], "pt": ["Neutrófilos", "Neutrofilos"],
             "abbr": ["neutrophils", "neuts"], "usl": ["Neutrophils"]},
    "lymph": {"us": ["Lymphocytes", "Lymphs"], "uk": ["Lymphocytes"], "pt": ["Linfócitos", "Linfocitos", "Linfócitos típicos"],
              "usl": ["Lymphocytes"]},
    "mono": {"us": ["Monocytes", "Monos"], "uk": ["Monocytes"], "pt": ["Monócitos", "Monocitos"], "usl": ["Monocytes"]},
    "eos": {"us": ["Eosinophils", "Eos"], "uk": ["Eosinophils"], "pt": ["Eosinófilos", "Eosinofilos"], "usl": ["Eosinophils"]},
    "baso": {"us": ["Basophils", "Basos"], "uk": ["Basophils"], "pt": ["Basófilos", "Basofilos"], "usl": ["Basophils"]},
    "bands": {"pt": ["Bastonetes", "Bastões"]},
    "segs": {"pt": ["Segmentados", "Neutrófilos segmentados"]},
    "glu": {"us": ["Glucose", "Glucose, Serum", "Glucose, Fasting"], "uk": ["Glucose", "Fasting glucose", "Plasma glucose"],
            "pt": ["Glicose", "Glicemia de jejum", "Glicose em jejum", "Glicemia", "Glicose (jejum)"],
            "abbr": ["fasting glucose", "glucose"], "usl": ["Glucose, Fasting (Serum)", "Glucose, Serum"],
            "gas": ["Glucose", "cGlu", "Glu"]},
    "bun": {"us": ["BUN", "Urea Nitrogen", "Blood Urea Nitrogen"], "usl": ["Blood Urea Nitrogen (BUN)"]},
    "urea": {"uk": ["Urea", "Serum urea"], "pt": ["Ureia", "Uréia", "Ureia sérica", "Uréia sérica"], "abbr": ["urea"]},
    "crea": {"us": ["Creatinine", "Creatinine, Serum"], "uk": ["Creatinine", "Serum creatinine"],
             "pt": ["Creatinina", "Creatinina sérica", "Creatinina serica"], "abbr": ["creatinine", "creat"],
             "usl": ["Creatinine, Serum"]},
    "egfr": {"us": ["eGFR (CKD-EPI 2021)", "Estimated GFR (CKD-EPI 2021)", "eGFR, CKD-EPI 2021"],
             "uk": ["eGFR (CKD-EPI 2021)"],
             "pt": ["TFG estimada (CKD-EPI 2021)", "Taxa de filtração glomerular estimada (CKD-EPI 2021)",
                    "eTFG - CKD-EPI 2021", "Filtração glomerular estimada (CKD-EPI 2021)"],
             "usl": ["Estimated Glomerular Filtration Rate (eGFR, CKD-EPI 2021 race-free)"]},
    "na": {"us": ["Sodium", "Sodium, Serum", "Na"], "uk": ["Sodium", "Na", "Serum sodium"],
           "pt": ["Sódio", "Sodio", "Sódio (Na+)", "Na+", "Sódio sérico"], "abbr": ["Na", "sodium"],
           "gas": ["Na+", "cNa+", "Sodium (Na+)"], "usl": ["Sodium, Serum"]},
    "k": {"us": ["Potassium", "Potassium, Serum", "K"], "uk": ["Potassium", "K", "Serum potassium"],
          "pt": ["Potássio", "Potassio", "Potássio (K+)", "K+", "Potássio sérico"], "abbr": ["K", "potassium"],
          "gas": ["K+", "cK+", "Potassium (K+)"], "usl": ["Potassium, Serum"]},
    "cl": {"us": ["Chloride", "Cl"], "uk": ["Chloride"], "pt": ["Cloro", "Cloreto", "Cloretos"],
           "gas": ["Cl-", "cCl-", "Chloride (Cl-)"], "usl": ["Chloride, Serum"]},
    "co2": {"us": ["CO2, Total", "Carbon Dioxide, Total", "Total CO2", "CO2"], "uk": ["Total CO2"],
            "usl": ["Carbon Dioxide, Total (CO2)"]},
    "hco3s": {"us": ["Bicarbonate"], "uk": ["Bicarbonate", "Bicarb"], "pt": ["Bicarbonato", "Bicarbonato sérico"]},
    "agap": {"us": ["Anion Gap", "Anion gap"], "uk": ["Anion gap"], "pt": ["Ânion gap", "Anion gap"]},
    "ca": {"us": ["Calcium", "Calcium, Total", "Total Calcium"], "uk": ["Calcium", "Total calcium"],
           "pt": ["Cálcio", "Cálcio total", "Calcio total", "Cálcio sérico"], "usl": ["Calcium, Total (Serum)"]},
    "mg": {"us": ["Magnesium", "Magnesium, Serum", "Mg"], "uk": ["Magnesium"], "pt": ["Magnésio", "Magnesio", "Magnésio sérico"]},
    "phos": {"us": ["Phosphorus", "Phosphate", "Phosphorus, Inorganic"], "uk": ["Phosphate", "Inorganic phosphate"],
             "pt": ["Fósforo", "Fosforo", "Fósforo inorgânico"]},
    "uric": {"us": ["Uric Acid", "Urate"], "uk": ["Urate", "Uric acid"], "pt": ["Ácido úrico", "Acido urico", "Ácido Úrico"]},
    "tp": {"us": ["Total Protein", "Protein, Total"], "uk": ["Total protein"], "pt": ["Proteínas totais", "Proteinas totais"],
           "usl": ["Protein, Total (Serum)"]},
    "alb": {"us": ["Albumin", "Albumin, Serum"], "uk": ["Albumin"], "pt": ["Albumina", "Albumina sérica"]},
    "glob": {"us": ["Globulin", "Globulin, Total"], "uk": ["Globulin", "Globulins"], "pt": ["Globulinas", "Globulina"]},
    "agr": {"us": ["A/G Ratio", "Albumin/Globulin Ratio"], "uk": ["A/G ratio"], "pt": ["Relação A/G", "Relação albumina/globulina"]},
    "tbil": {"us": ["Bilirubin, Total", "Total Bilirubin", "T. Bilirubin"], "uk": ["Bilirubin", "Total bilirubin"],
             "pt": ["Bilirrubina total", "Bilirrubinas totais", "Bilirrubina Total"], "usl": ["Bilirubin, Total"]},
    "dbil": {"us": ["Bilirubin, Direct", "Direct Bilirubin"], "uk": ["Conjugated bilirubin", "Direct bilirubin"],
             "pt": ["Bilirrubina direta", "Bilirrubina direta (conjugada)", "Bilirrubina Direta"]},
    "ibil": {"us": ["Bilirubin, Indirect", "Indirect Bilirubin"], "pt": ["Bilirrubina indireta", "Bilirrubina Indireta"]},
    "ast": {"us": ["AST", "AST (SGOT)", "Aspartate Aminotransferase"], "uk": ["AST", "Aspartate transaminase", "AST (SGOT)"],
            "pt": ["TGO (AST)", "AST/TGO", "TGO", "Aspartato aminotransferase (AST)", "Transaminase oxalacética (TGO)",
                   "AST (TGO)"], "usl": ["Aspartate aminotransferase (AST/SGOT)", "Aspartate Aminotransferase (AST)"]},
    "alt": {"us": ["ALT", "ALT (SGPT)", "Alanine Aminotransferase"], "uk": ["ALT", "Alanine transaminase", "ALT (SGPT)"],
            "pt": ["TGP (ALT)", "ALT/TGP", "TGP", "Alanina aminotransferase (ALT)", "Transaminase pirúvica (TGP)",
                   "ALT (TGP)"], "usl": ["Alanine aminotransferase (ALT/SGPT)", "Alanine Aminotransferase (ALT)"]},
    "alp": {"us": ["Alkaline Phosphatase", "ALP", "Alk Phos"], "uk": ["Alkaline phosphatase", "ALP", "Alk phos"],
            "pt": ["Fosfatase alcalina", "Fosfatase Alcalina"], "usl": ["Alkaline Phosphatase (ALP), Total"]},
    "ggt": {"us": ["GGT", "Gamma-Glutamyl Transferase", "Gamma GT"], "uk": ["Gamma GT", "GGT", "Gamma-glutamyltransferase"],
            "pt": ["Gama GT", "Gama-glutamiltransferase (GGT)", "GGT", "Gama glutamil transferase", "Gama-GT"],
            "usl": ["Gamma-Glutamyl Transferase (GGT)"]},
    "ldh": {"us": ["LDH", "Lactate Dehydrogenase", "LD"], "uk": ["LDH", "Lactate dehydrogenase"],
            "pt": ["Desidrogenase lática (LDH)", "LDH", "Lactato desidrogenase (LDH)", "DHL"],
            "usl": ["Lactate Dehydrogenase (LDH)"]},
    "ck": {"us": ["CK", "Creatine Kinase", "CK, Total"], "uk": ["Creatine kinase", "CK"],
           "pt": ["CK", "Creatinoquinase (CK)", "CPK", "Creatinofosfoquinase (CPK)", "CK total"],
           "usl": ["Creatine Kinase (CK), Total"]},
    "ckmb": {"us": ["CK-MB", "CK-MB mass"], "uk": ["CK-MB mass"], "pt": ["CK-MB massa", "CK-MB (massa)", "CKMB massa"]},
    "amy": {"us": ["Amylase"], "uk": ["Amylase"], "pt": ["Amilase", "Amilase sérica"]},
    "lip": {"us": ["Lipase"], "uk": ["Lipase"], "pt": ["Lipase"]},
    "tc": {"us": ["Cholesterol, Total", "Total Cholesterol"], "uk": ["Total cholesterol", "Cholesterol", "Serum cholesterol"],
           "pt": ["Colesterol total", "Colesterol Total"], "abbr": ["total cholesterol", "cholesterol"],
           "usl": ["Cholesterol, Total"]},
    "hdl": {"us": ["HDL Cholesterol", "HDL-C", "Cholesterol, HDL"], "uk": ["HDL cholesterol", "HDL", "HDL-cholesterol"],
            "pt": ["HDL-colesterol", "Colesterol HDL", "HDL colesterol", "HDL-Colesterol"], "abbr": ["HDL"],
            "usl": ["HDL Cholesterol (High-Density Lipoprotein)"]},
    "tg": {"us": ["Triglycerides", "Triglyceride"], "uk": ["Triglycerides", "Triglyceride"],
           "pt": ["Triglicerídeos", "Triglicérides", "Triglicerideos", "Triglicerídios"], "abbr": ["triglycerides"],
           "usl": ["Triglycerides"]},
    "ldl": {"us": ["LDL Cholesterol (calc)", "LDL-C, calculated", "LDL Cholesterol Calc"],
            "uk": ["LDL cholesterol (calculated)", "LDL cholesterol", "LDL-C (calc)"],
            "pt": ["LDL-colesterol (Friedewald)", "Colesterol LDL (calculado)", "LDL-colesterol", "LDL-Colesterol (calc.)"],
            "abbr": ["LDL"], "usl": ["LDL Cholesterol, Calculated (Friedewald)"]},
    "nonhdl": {"us": ["Non-HDL Cholesterol", "Non HDL Cholesterol"], "uk": ["Non-HDL cholesterol"],
               "pt": ["Colesterol não-HDL", "Colesterol não HDL", "Não-HDL colesterol", "Colesterol nao-HDL"],
               "usl": ["Non-HDL Cholesterol (calculated)"]},
    "vldl": {"us": ["VLDL Cholesterol (calc)", "VLDL-C"], "uk": ["VLDL cholesterol"], "pt": ["VLDL-colesterol", "Colesterol VLDL", "VLDL"]},
    "chr": {"us": ["Chol/HDL Ratio", "Cholesterol/HDL Ratio"], "uk": ["Cholesterol/HDL ratio", "Total cholesterol:HDL ratio", "TC/HDL ratio"]},
    "hba1c": {"us": ["Hemoglobin A1c", "HbA1c", "Hgb A1c"], "uk": ["HbA1c", "Haemoglobin A1c", "Glycated haemoglobin (HbA1c)"],
              "pt": ["Hemoglobina glicada (HbA1c)", "Hemoglobina glicada", "HbA1c", "Hemoglobina glicosilada - A1c",
                     "Hemoglobina Glicada - HbA1c"], "abbr": ["HbA1c"], "usl": ["Hemoglobin A1c (Glycated Hemoglobin)"]},
    "eag": {"us": ["Estimated Average Glucose (eAG)", "eAG"], "uk": ["Estimated average glucose"],
            "pt": ["Glicose média estimada", "Glicemia média estimada (GME)", "Glicose média estimada (GME)"]},
    "tsh": {"us": ["TSH", "Thyroid Stimulating Hormone", "TSH, 3rd generation"], "uk": ["TSH", "Thyroid stimulating hormone"],
            "pt": ["TSH", "Hormônio tireoestimulante (TSH)", "TSH ultrassensível", "Tireotrofina (TSH)", "TSH - Hormônio Tireoestimulante"],
            "abbr": ["TSH"], "usl": ["Thyroid Stimulating Hormone (TSH), 3rd generation"]},
    "ft4": {"us": ["Free T4", "T4, Free", "Free Thyroxine"], "uk": ["Free T4", "Free thyroxine (FT4)", "FT4"],
            "pt": ["T4 livre", "Tiroxina livre (T4L)", "T4L", "T4 Livre"], "abbr": ["free T4", "FT4"],
            "usl": ["Thyroxine, Free (Free T4), Direct"]},
    "ft3": {"us": ["Free T3", "T3, Free"], "uk": ["Free T3", "FT3"], "pt": ["T3 livre", "Triiodotironina livre (T3L)", "T3L"]},
    "tpo": {"us": ["TPO Antibodies", "Thyroid Peroxidase Ab"], "uk": ["Thyroid peroxidase antibodies"],
            "pt": ["Anticorpos anti-TPO", "Anti-peroxidase (anti-TPO)", "Anti-TPO", "Anticorpo antitireoperoxidase"],
            "usl": ["Thyroid Peroxidase Antibodies (TPO Ab)"]},
    "iron": {"us": ["Iron", "Iron, Serum"], "uk": ["Serum iron", "Iron"], "pt": ["Ferro sérico", "Ferro", "Ferro serico"],
             "usl": ["Iron, Serum"]},
    "tibc": {"us": ["TIBC", "Total Iron Binding Capacity"], "uk": ["TIBC", "Total iron binding capacity"],
             "pt": ["Capacidade total de ligação do ferro (CTLF)", "CTLF", "Capacidade total de fixação do ferro"],
             "usl": ["Total Iron Binding Capacity (TIBC)"]},
    "tsat": {"us": ["% Saturation", "Iron Saturation", "Transferrin Saturation"], "uk": ["Transferrin saturation"],
             "pt": ["Índice de saturação da transferrina", "Saturação da transferrina", "IST - Saturação da transferrina"],
             "usl": ["Iron Saturation (% Transferrin Saturation)"]},
    "trf": {"us": ["Transferrin"], "uk": ["Transferrin"], "pt": ["Transferrina"]},
    "ferr": {"us": ["Ferritin", "Ferritin, Serum"], "uk": ["Ferritin", "Serum ferritin"], "pt": ["Ferritina", "Ferritina sérica"],
             "abbr": ["ferritin"], "usl": ["Ferritin, Serum"]},
    "b12": {"us": ["Vitamin B12", "Vitamin B12 (Cobalamin)"], "uk": ["Vitamin B12", "Serum B12"],
            "pt": ["Vitamina B12", "Cianocobalamina (vitamina B12)", "Vitamina B12 (cobalamina)"], "abbr": ["B12"],
            "usl": ["Vitamin B12 (Cobalamin), Serum"]},
    "fol": {"us": ["Folate", "Folate, Serum", "Folic Acid"], "uk": ["Serum folate", "Folate"],
            "pt": ["Ácido fólico", "Folato", "Folato sérico", "Acido folico"], "abbr": ["folate"], "usl": ["Folate (Folic Acid), Serum"]},
    "vitd": {"us": ["Vitamin D, 25-Hydroxy", "25-OH Vitamin D", "Vitamin D (25-OH)"], "uk": ["25-OH vitamin D"],
             "pt": ["25-hidroxivitamina D", "Vitamina D - 25 hidroxi", "25(OH) Vitamina D", "Vitamina D (25-OH)"],
             "usl": ["Vitamin D, 25-Hydroxy (D2 + D3), Total"]},
    "ptime": {"us": ["Prothrombin Time", "PT", "Protime"], "uk": ["Prothrombin time", "PT"],
              "pt": ["Tempo de protrombina", "TP - Tempo de protrombina", "Tempo de protrombina (TP)"],
              "usl": ["Prothrombin Time (PT)"]},
    "inr": {"us": ["INR"], "uk": ["INR"], "pt": ["RNI", "INR", "RNI (INR)"], "abbr": ["INR"], "usl": ["International Normalized Ratio (INR)"]},
    "ptact": {"pt": ["Atividade de protrombina", "Atividade protrombínica", "Atividade"]},
    "aptt": {"us": ["PTT", "aPTT", "Activated PTT"], "uk": ["APTT", "Activated partial thromboplastin time"],
             "pt": ["TTPA", "TTPa", "Tempo de tromboplastina parcial ativada", "TTPa - Tempo de tromboplastina parcial ativada"],
             "usl": ["Partial Thromboplastin Time, Activated (aPTT)"]},
    "fib": {"us": ["Fibrinogen"], "uk": ["Fibrinogen (Clauss)", "Fibrinogen"], "pt": ["Fibrinogênio", "Fibrinogenio"]},
    "ddim": {"us": ["D-Dimer", "D-dimer, quantitative"], "uk": ["D-dimer"], "pt": ["D-dímero", "Dímero D", "D-Dímero", "D-dimero"]},
    "crp": {"us": ["CRP", "C-Reactive Protein"], "uk": ["CRP", "C-reactive protein"],
            "pt": ["Proteína C reativa (PCR)", "PCR", "Proteína C reativa", "PCR - Proteína C reativa", "Proteina C reativa"],
            "abbr": ["CRP"], "usl": ["C-Reactive Protein (CRP)"]},
    "esr": {"us": ["Sed Rate", "ESR"], "uk": ["ESR", "Erythrocyte sedimentation rate"],
            "pt": ["VHS", "Velocidade de hemossedimentação (VHS)", "VHS - 1ª hora", "Hemossedimentação (VHS)"],
            "abbr": ["ESR"], "usl": ["Erythrocyte Sedimentation Rate (ESR)"]},
    "esrw": {"us": ["Sed Rate (Westergren)", "ESR, Westergren"], "uk": ["ESR (Westergren)"], "pt": ["VHS (Westergren)"],
             "usl": ["Sedimentation Rate, Westergren (ESR)"]},
    "pct": {"us": ["Procalcitonin"], "uk": ["Procalcitonin"], "pt": ["Procalcitonina"]},
    "trop": {"us": ["hs-Troponin I", "Troponin I, High Sensitivity"], "uk": ["High-sensitivity troponin I", "hs-cTnI"],
             "pt": ["Troponina I ultrassensível", "Troponina I ultra-sensível", "Troponina I de alta sensibilidade",
                    "Troponina I US"]},
    "tnt": {"us": ["hs-Troponin T"], "uk": ["High-sensitivity troponin T", "hs-TnT"], "pt": ["Troponina T ultrassensível"]},
    "ntbnp": {"us": ["NT-proBNP"], "uk": ["NT-proBNP"], "pt": ["NT-proBNP", "Peptídeo natriurético tipo B N-terminal (NT-proBNP)",
                                                             "NT-pró-BNP"]},
    "bnp": {"us": ["BNP", "B-type Natriuretic Peptide"], "pt": ["BNP", "Peptídeo natriurético tipo B (BNP)"]},
    "dig": {"us": ["Digoxin"], "uk": ["Digoxin"], "pt": ["Digoxina", "Digoxina sérica"]},
    "li": {"us": ["Lithium"], "uk": ["Lithium"], "pt": ["Lítio", "Litio", "Lítio sérico"]},
    "vanc": {"us": ["Vancomycin, Trough"], "uk": ["Vancomycin (trough)"],
             "pt": ["Vancomicina (vale)", "Vancomicina - nível de vale", "Vancomicina vale", "Vancomicina (nível vale)"]},
    "phen": {"us": ["Phenytoin"], "uk": ["Phenytoin"], "pt": ["Fenitoína", "Fenitoina", "Fenitoína sérica"]},
    "valp": {"us": ["Valproic Acid"], "uk": ["Sodium valproate"], "pt": ["Ácido valproico", "Acido valproico", "Valproato"]},
    "carb": {"us": ["Carbamazepine"], "uk": ["Carbamazepine"], "pt": ["Carbamazepina"]},
    "testo": {"us": ["Testosterone, Total", "Total Testosterone"], "uk": ["Testosterone"], "pt": ["Testosterona total", "Testosterona Total"]},
    "prl": {"us": ["Prolactin"], "uk": ["Prolactin"], "pt": ["Prolactina"]},
    "cort": {"us": ["Cortisol, AM", "Cortisol (morning)"], "uk": ["Cortisol (09:00)"], "pt": ["Cortisol (manhã)", "Cortisol basal", "Cortisol - 8 h"]},
    "ins": {"us": ["Insulin, Fasting"], "uk": ["Insulin"], "pt": ["Insulina", "Insulina basal", "Insulina em jejum"]},
    "psa": {"us": ["PSA, Total", "Prostate Specific Antigen (PSA)"], "uk": ["PSA", "Total PSA"],
            "pt": ["PSA total", "Antígeno prostático específico total", "PSA Total"]},
    "lh": {"us": ["LH"], "uk": ["LH"], "pt": ["LH", "Hormônio luteinizante (LH)"]},
    "fsh": {"us": ["FSH"], "uk": ["FSH"], "pt": ["FSH", "Hormônio folículo estimulante (FSH)", "Hormônio folículo-estimulante"]},
    "usg": {"us": ["Specific Gravity", "Sp. Gravity"], "uk": ["Specific gravity"], "pt": ["Densidade", "Densidade urinária"]},
    "uph": {"us": ["pH", "Urine pH"], "uk": ["pH"], "pt": ["pH", "pH urinário"]},
    "uprot": {"us": ["Protein", "Urine Protein"], "uk": ["Protein"], "pt": ["Proteínas", "Proteína", "Proteinas"]},
    "uglu": {"us": ["Glucose, Urine", "Glucose"], "uk": ["Glucose"], "pt": ["Glicose", "Glicose urinária"]},
    "uket": {"us": ["Ketones"], "uk": ["Ketones"], "pt": ["Corpos cetônicos", "Cetonas", "Corpos cetonicos"]},
    "ublood": {"us": ["Blood", "Occult Blood"], "uk": ["Blood"], "pt": ["Hemoglobina", "Sangue", "Hemoglobina (sangue)"]},
    "unit": {"us": ["Nitrite"], "uk": ["Nitrite"], "pt": ["Nitrito", "Nitritos"]},
    "ule": {"us": ["Leukocyte Esterase"], "uk": ["Leucocytes"], "pt": ["Esterase leucocitária", "Leucócitos (esterase)"]},
    "ubil": {"us": ["Bilirubin, Urine", "Bilirubin"], "uk": ["Bilirubin"], "pt": ["Bilirrubina", "Bilirrubinas"]},
    "uubg": {"us": ["Urobilinogen"], "uk": ["Urobilinogen"], "pt": ["Urobilinogênio", "Urobilinogenio"]},
    "uwbc": {"us": ["WBC, Urine", "WBC/HPF"], "uk": ["White cells"], "pt": ["Leucócitos", "Piócitos", "Leucocitos"]},
    "urbc": {"us": ["RBC, Urine", "RBC/HPF"], "uk": ["Red cells"], "pt": ["Hemácias", "Eritrócitos", "Hemacias"]},
    "uepi": {"us": ["Squamous Epithelial Cells", "Epithelial Cells"], "uk": ["Epithelial cells"], "pt": ["Células epiteliais", "Celulas epiteliais"]},
    "ubact": {"us": ["Bacteria"], "uk": ["Bacteria"], "pt": ["Bactérias", "Flora bacteriana", "Bacterias"]},
    "hiv": {"us": ["HIV-1/2 Ag/Ab Combo", "HIV 1/2 Antigen/Antibody, 4th gen"], "uk": ["HIV 1+2 antibody/p24 antigen"],
            "pt": ["HIV 1 e 2 - anticorpos e antígeno p24", "Anti-HIV 1/2 + Antígeno p24", "HIV 1/2 - Ag/Ac (4ª geração)"]},
    "hbsag": {"us": ["Hepatitis B Surface Antigen", "HBsAg"], "uk": ["Hepatitis B surface antigen"],
              "pt": ["HBsAg", "Antígeno de superfície da hepatite B (HBsAg)", "Hepatite B - HBsAg"]},
    "hcv": {"us": ["Hepatitis C Antibody", "HCV Antibody"], "uk": ["Hepatitis C antibody"],
            "pt": ["Anti-HCV", "Hepatite C - anticorpos (anti-HCV)", "Anti HCV"]},
    "vdrl": {"us": ["VDRL"], "uk": ["VDRL"], "pt": ["VDRL", "Sífilis - VDRL", "VDRL (sífilis)"]},
    "ph": {"gas": ["pH", "pH (a)"]},
    "pco2": {"gas": ["pCO2", "PaCO2", "pCO2 (a)"]},
    "po2": {"gas": ["pO2", "PaO2", "pO2 (a)"]},
    "hco3": {"gas": ["HCO3-", "cHCO3-", "HCO3- (act)", "Bicarbonate (actual)"]},
    "be": {"gas": ["Base excess", "BE", "ABE", "Base Excess (B)", "BE(B)"]},
    "sao2": {"gas": ["SaO2", "sO2", "O2 saturation", "Oxygen saturation"]},
    "lac": {"gas": ["Lactate", "cLac", "Lactate (arterial)"]},
    "ica": {"gas": ["Ionised calcium", "iCa", "cCa2+", "Ca++ (ionised)", "Ionized Calcium", "Calcium, ionized"]},
}
STYLE_FALLBACK = {"uk": ["uk", "us"], "us": ["us", "uk"], "usl": ["usl", "us", "uk"], "abbr": ["abbr", "uk", "us"],
                  "pt": ["pt"], "ptl": ["ptl", "pt"], "gas": ["gas", "us", "uk"]}


def base_of(key: str) -> str:
    return key.split("_")[0]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

NAMES["tbil2"] = NAMES["tbil"]
MISSING = object()


def fmtnum(v: float, dec: int, lang: str, thousands: bool = False, plus: bool = False) -> str:
    r = round(v, dec)
    if r == 0:
        r = 0.0
    s = f"{abs(r):,.{dec}f}" if thousands else f"{abs(r):.{dec}f}"
    if lang == "pt":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if r < 0:
        s = "-" + s
    elif plus and r > 0:
        s = "+" + s
    return s


def flag_of(v, lo, hi, crit):
    clo, chi = crit
    if clo is not None and v < clo:
        return "LL"
    if chi is not None and v > chi:
        return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


@dataclass
class Row:
    key: str
    loinc: str
    name: str
    vstr: str
    value: float | None
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    reftext: str | None
    crit: tuple = (None, None)
    qual: str | None = None
    comparator: str | None = None
    pflag: str | None = None
    prev: str | None = None       # "Resultado anterior" line (not a result)
    twin: "Row | None" = None     # absolute count printed on the same line (differentials)
    extra: str | None = None      # any extra non-result text printed under the row
    frags: tuple = ()             # pieces the name was wrapped into

    def expected(self) -> ExpectedResult:
        fl = lambda x: None if x is None else float(x)  # noqa: E731
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=fl(self.value), unit=self.unit,
            ref_low=fl(self.lo), ref_high=fl(self.hi), flag=self.flag, qualitative=self.qual,
            comparator=self.comparator, printed_flag=self.pflag)

    def no_ref(self) -> "Row":
        """The report prints no interval for this value: ref None, flag only from critical limits."""
        r = replace(self, lo=None, hi=None, reftext=None)
        if r.value is not None:
            r.flag = flag_of(r.value, None, None, r.crit)
            if r.comparator is not None and r.flag in ("LL", "HH"):
                pass
        else:
            r.flag = "N"
        return r


FLAGSTYLES = {
    "HL": {"H": "H", "L": "L", "HH": "HH", "LL": "LL"},
    "HLc": {"H": "H", "L": "L", "HH": "H*", "LL": "L*"},
    "word": {"H": "HIGH", "L": "LOW", "HH": "CRIT HI", "LL": "CRIT LO"},
    "star": {"H": "*", "L": "*", "HH": "**", "LL": "**"},
    "pt": {"H": "Alto", "L": "Baixo", "HH": "CRÍTICO", "LL": "CRÍTICO"},
    "ptC": {"H": "ALTO", "L": "BAIXO", "HH": "CRÍTICO", "LL": "CRÍTICO"},
    "AB": {"H": "A", "L": "B", "HH": "AA", "LL": "BB"},
    "hl_lower": {"H": "H", "L": "L", "HH": "!H", "LL": "!L"},
}

REFSTYLES = {
    # sep between lo and hi; lt / gt templates; both-sex template
    "en1": dict(sep="-", lt="<{}", gt=">{}", sexes="M: {m} / F: {f}"),
    "en2": dict(sep=" - ", lt="< {}", gt="> {}", sexes="Male: {m}; Female: {f}"),
    "en3": dict(sep=" - ", lt="< {}", gt="> {}", sexes="Adult male: {m} / Adult female: {f}"),
    "en4": dict(sep="-", lt="Less than {}", gt="Greater than {}", sexes="Men {m}, Women {f}"),
    "en5": dict(sep=" to ", lt="<{}", gt=">{}", sexes="M {m}; F {f}"),
    "pt1": dict(sep=" a ", lt="Inferior a {}", gt="Superior a {}", sexes="Homens: {m} / Mulheres: {f}"),
    "pt2": dict(sep=" a ", lt="Até {}", gt="Acima de {}", sexes="Masculino: {m}\nFeminino: {f}"),
    "pt3": dict(sep=" - ", lt="< {}", gt="> {}", sexes="Homens: {m}; Mulheres: {f}"),
    "pt4": dict(sep=" a ", lt="Menor que {}", gt="Maior que {}", sexes="Homem: {m}\nMulher: {f}"),
    "pt5": dict(sep=" a ", lt="Inferior a {}", gt="Superior a {}", sexes="Sexo masculino: {m}\nSexo feminino: {f}"),
}


class Ctx:
    """Per-report generation context: patient, language, house style, and a seeded RNG."""

    def __init__(self, rng: random.Random, lang: str, sex: str, age: int, names: str = "us",
                 flags: str | None = "HL", refstyle: str | None = None, p_abn: float = 0.27,
                 both_sexes: float = 0.5, unit_idx: int | None = None):
        self.rng = rng
        self.lang = lang
        self.sex = sex
        self.sx = "M" if sex == "male" else "F"
        self.age = age
        self.names = names
        self.flags = FLAGSTYLES[flags] if flags else None
        self.refstyle = REFSTYLES[refstyle or (lang + "1")]
        self.p_abn = p_abn
        self.both_sexes = both_sexes
        # one spelling style per report (a lab is consistent): index into each unit's variants
        self.unit_idx = unit_idx if unit_idx is not None else rng.randrange(3)
        self._var: dict[str, int] = {}
        self._name: dict[tuple, str] = {}
        self._unit: dict[str, str] = {}
        self.caps = False
        self.noaccent = 0.0
        self.used_names: set[str] = set()

    # ---- choices cached per report (a lab is consistent with itself) ----
    def var(self, key: str) -> int:
        if key not in self._var:
            self._var[key] = self.rng.randrange(len(SPECS[key].refs))
        return self._var[key]

    def setvar(self, key: str, i: int):
        self._var[key] = i

    def nm(self, key: str, style: str | None = None) -> str:
        style = style or self.names
        base = base_of(key) if key in SPECS or "_" in key else key
        ck = (base, style)
        if ck not in self._name:
            pool = None
            for st in STYLE_FALLBACK.get(style, [style]):
                if st in NAMES.get(base, {}):
                    pool = NAMES[base][st]
                    break
            if pool is None:
                raise KeyError((base, style))
            n = self.rng.choice(pool)
            if self.caps:
                n = n.upper()
                if self.noaccent and self.rng.random() < self.noaccent:
                    n = strip_accents(n)
            self._name[ck] = n
        return self._name[ck]

    def unit(self, key: str) -> str | None:
        sp = SPECS[key]
        if not sp.units:
            return None
        if key not in self._unit:
            pool = list(sp.units)
            if self.lang == "pt":
                if pool == ["U/L"]:
                    pool = ["U/L", "UI/L"]
                pool = [u for u in pool if "IU" not in u and "HPF" not in u and "hpf" not in u
                        and "1.73" not in u] or pool
            else:
                pool = [u for u in pool if "UI" not in u and "mm³" not in u and "milh" not in u
                        and u != "seg" and "ª" not in u and u != "/campo" and u != "p/campo"
                        and "1,73" not in u] or pool
            if self.unit_idx is not None:
                self._unit[key] = pool[min(self.unit_idx, len(pool) - 1)]
            else:
                self._unit[key] = self.rng.choice(pool)
        return self._unit[key]

    def setunit(self, key: str, u: str):
        self._unit[key] = u

    def fmt(self, v: float, dec: int, thousands: bool = False, plus: bool = False) -> str:
        return fmtnum(v, dec, self.lang, thousands, plus)

    # ---- reference intervals ----
    def refpair(self, key: str):
        r = SPECS[key].refs[self.var(key)]
        if r is None:
            return None, None, None
        if isinstance(r, dict):
            lo, hi = r[self.sx]
            return lo, hi, r
        return r[0], r[1], r

    def fmt_ref_pair(self, key: str, lo, hi) -> str:
        sp = SPECS[key]
        d = sp.rdec if sp.rdec is not None else sp.dec
        f = lambda x: self.fmt(x, d, sp.thousands)  # noqa: E731
        st = self.refstyle
        if lo is not None and hi is not None:
            return f"{f(lo)}{st['sep']}{f(hi)}"
        if hi is not None:
            return st["lt"].format(f(hi))
        if lo is not None:
            return st["gt"].format(f(lo))
        return ""

    def reftext(self, key: str, both: bool | None = None) -> str | None:
        lo, hi, r = self.refpair(key)
        if r is None or (lo is None and hi is None):
            return None
        if isinstance(r, dict):
            if both is None:
                both = self.rng.random() < self.both_sexes
            if both:
                return self.refstyle["sexes"].format(m=self.fmt_ref_pair(key, *r["M"]),
                                                     f=self.fmt_ref_pair(key, *r["F"]))
        return self.fmt_ref_pair(key, lo, hi)

    # ---- values ----
    def allowed(self, key: str):
        sp = SPECS[key]
        lo, hi, _ = self.refpair(key)
        out = []
        if lo is not None and sp.floor is not None and sp.floor < lo:
            out.append("L")
        if hi is not None and sp.ceil is not None and sp.ceil > hi:
            out.append("H")
        return out

    def status(self, key: str, p: float | None = None) -> str:
        al = self.allowed(key)
        p = self.p_abn if p is None else p
        if al and self.rng.random() < p:
            return self.rng.choice(al)
        return "N"

    def sample(self, key: str, status: str | None = None) -> float:
        sp = SPECS[key]
        lo, hi, _ = self.refpair(key)
        if status is None:
            status = self.status(key)
        q = 10 ** (-sp.dec)
        for _ in range(200):
            if status == "N":
                if sp.norm and (lo is None or sp.norm[0] > lo) and (hi is None or sp.norm[1] < hi):
                    a, b = sp.norm
                elif lo is not None and hi is not None:
                    w = hi - lo
                    a, b = lo + 0.12 * w, hi - 0.12 * w
                elif hi is not None:
                    a, b = hi * 0.3, hi * 0.85
                elif lo is not None:
                    a, b = lo * 1.15, lo * 1.9
                else:
                    a, b = sp.norm
            elif status == "L":
                w = (hi - lo) if hi is not None else lo
                a = max(sp.floor, lo - 0.45 * w)
                b = lo - max(2 * q, 0.02 * w)
            elif status == "H":
                w = (hi - lo) if lo is not None else hi
                a = hi + max(2 * q, 0.02 * w)
                b = min(sp.ceil, hi + 0.9 * w)
            elif status == "LL":
                a, b = sp.ll
            elif status == "HH":
                a, b = sp.hh
            else:
                raise ValueError(status)
            if b < a:
                a, b = b, a
            v = round(self.rng.uniform(a, b), sp.dec)
            if v in (lo, hi) or v in sp.crit:
                continue
            if flag_of(v, lo, hi, sp.crit) != status:
                continue
            if status in ("L", "H", "N") and not self.safe(key, v):
                continue
            return v
        raise RuntimeError(f"cannot sample {key} {status} {lo} {hi}")

    def safe(self, key: str, v: float) -> bool:
        """Non-critical values must stay clear of every published critical list."""
        sp = SPECS[key]
        if sp.floor is not None and v < sp.floor - 1e-9:
            lo, _, _ = self.refpair(key)
            if lo is None or v < lo:
                return False
        if sp.ceil is not None and v > sp.ceil + 1e-9:
            _, hi, _ = self.refpair(key)
            if hi is None or v > hi:
                return False
        return True

    def pflag(self, flag: str) -> str | None:
        if not self.flags or flag == "N":
            return None
        return self.flags[flag]

    def row(self, key: str, v: float | None = None, status: str | None = None, name: str | None = None,
            vstr: str | None = None, comparator: str | None = None, unit=MISSING, ref=MISSING,
            reftext=MISSING, plus: bool = False, both: bool | None = None, check: bool = True) -> Row:
        sp = SPECS[key]
        if v is None:
            v = self.sample(key, status)
        v = round(float(v), sp.dec)
        if ref is MISSING:
            lo, hi, _ = self.refpair(key)
        else:
            lo, hi = ref if ref is not None else (None, None)
        if reftext is MISSING:
            reftext = self.reftext(key, both) if ref is MISSING else (
                self.fmt_ref_pair(key, lo, hi) if (lo is not None or hi is not None) else None)
        if unit is MISSING:
            unit = self.unit(key)
        if name is None:
            name = self.nm(key)
        if vstr is None:
            vstr = self.fmt(v, sp.dec, sp.thousands, plus)
        fl = flag_of(v, lo, hi, sp.crit)
        if check and (v == lo or v == hi):
            raise BoundError(key)
        return Row(key=key, loinc=sp.loinc, name=name, vstr=vstr, value=v, unit=unit, lo=lo, hi=hi,
                   flag=fl, reftext=reftext, crit=sp.crit, comparator=comparator, pflag=self.pflag(fl))

    def qrow(self, key: str, meaning: str, name: str | None = None, reftext: str | None = None,
             word: str | None = None) -> Row:
        base = base_of(key)
        if word is None:
            if ("q", meaning) not in self._name:
                self._name[("q", meaning)] = self.rng.choice(QWORDS[meaning][self.lang][:2])
            word = self._name[("q", meaning)]
        if name is None:
            name = self.nm(base)
        return Row(key=key, loinc=QUAL_LOINC[key], name=name, vstr=word, value=None, unit=None, lo=None, hi=None,
                   flag="N", reftext=reftext, qual=meaning)


class BoundError(Exception):
    pass


def retry(fn, rng, tries=60):
    """Run a panel builder until no printed value sits on a bound."""
    last = None
    for _ in range(tries):
        try:
            return fn()
        except (BoundError, RuntimeError) as e:  # resample
            last = e
    raise RuntimeError(f"panel failed: {last}")


# ----------------------------------------------------------------------------------------------
# Panel builders (coherent values: indices from counts, differential from WBC, LDL from lipids…)
# ----------------------------------------------------------------------------------------------
CBCKEYS = {
    "us": dict(hb="hb", hct="hct", rbc="rbc", mchc="mchc", wbc="wbc", plt="plt", sfx=""),
    "pt": dict(hb="hb", hct="hct", rbc="rbc_pt", mchc="mchc", wbc="wbc_pt", plt="plt_pt", sfx="_pt"),
    "uk": dict(hb="hb_gl", hct="hct_ll", rbc="rbc_uk", mchc="mchc_gl", wbc="wbc_uk", plt="plt_uk", sfx="_uk"),
}
ABSNAME = [("{n}", "{n}, Absolute"), ("{n} %", "{n} #"), ("{n}", "Absolute {n}"), ("{n} (%)", "{n} (Abs)"),
           ("% {n}", "Abs {n}")]
ABSNAME_PT = [("{n}", "{n}"), ("{n} %", "{n} /mm³"), ("{n} (%)", "{n} (absoluto)")]


def uni(ctx, a, b):
    return ctx.rng.uniform(a, b)


def cbc(ctx: Ctx, system="us", diff="rows", extras=("rdw", "mpv"), hb=None, wbc=None, plt=None,
        mchc_key=None, bands=False, absnames=None):
    """Complete blood count. Returns dict: hb, rbc, hct, mcv, mch, mchc, rdw, mpv, wbc, plt, diff=[(pct, abs)]."""
    K = CBCKEYS[system]
    mchc_key = mchc_key or K["mchc"]
    r = ctx.rng
    pat = absnames if absnames is not None else r.randrange(len(ABSNAME if system != "pt" else ABSNAME_PT))

    def build():
        out = {}
        hst = hb or ctx.status(K["hb"])
        hbv = ctx.sample(K["hb"], hst)
        g = hbv / 10 if system == "uk" else hbv
        if hst == "L" and r.random() < 0.55:
            mcv, mch = uni(ctx, 69, 78), uni(ctx, 21.5, 25.5)
        elif hst != "LL" and r.random() < 0.07:
            mcv, mch = uni(ctx, 101, 106), uni(ctx, 33.4, 35.4)
        else:
            mcv = uni(ctx, 83, 96)
            mch = mcv * uni(ctx, 0.334 if hst == "LL" else 0.322, 0.345)
        rbc = round(g / mch * 10, 2)
        mcv = round(mcv, 1)
        hctp = round(rbc * mcv / 10, 1)
        mch = round(g / rbc * 10, 1)
        mchc = round(g / hctp * 100, 1)
        out["hb"] = ctx.row(K["hb"], v=hbv)
        out["rbc"] = ctx.row(K["rbc"], v=rbc)
        if K["hct"] == "hct_ll":
            out["hct"] = ctx.row("hct_ll", v=round(hctp / 100, 2))
        else:
            out["hct"] = ctx.row("hct", v=hctp)
        if hst == "LL" and out["hct"].flag != "LL":
            raise RuntimeError("hct")
        if hst != "LL" and hctp < 21.5:
            raise RuntimeError("hct zone")
        out["mcv"] = ctx.row("mcv", v=mcv)
        out["mch"] = ctx.row("mch", v=mch)
        out["mchc"] = ctx.row(mchc_key, v=(round(mchc * 10) if mchc_key == "mchc_gl" else mchc))
        if "rdw" in extras:
            rst = "H" if (hst == "L" and r.random() < 0.5) else ctx.status("rdw", 0.1)
            out["rdw"] = ctx.row("rdw", status=rst if rst in ctx.allowed("rdw") + ["N"] else "N")
        # white cells
        wk = K["wbc"]
        wst = wbc or ctx.status(wk)
        wv = ctx.sample(wk, wst)
        if system == "pt":
            wv = round(wv, -1)          # counts in /mm³ are reported to the ten
        wb = wv / 1000 if system == "pt" else wv          # x10^3/µL
        if wst in ("H", "HH"):
            n, l_ = uni(ctx, 74, 86), uni(ctx, 7, 15)
        elif wst in ("L", "LL"):
            n, l_ = uni(ctx, 36, 47), uni(ctx, 38, 50)
        else:
            n = uni(ctx, 48, 67) if r.random() > 0.2 else uni(ctx, 72, 79)
            l_ = uni(ctx, 19, 38)
        m = uni(ctx, 3.2, 9.0)
        e = uni(ctx, 6.6, 9.4) if r.random() < 0.1 else uni(ctx, 1.3, 4.4)
        b = uni(ctx, 0.3, 1.1)
        tot = n + l_ + m + e + b
        pc = [round(x * 100 / tot, 1) for x in (n, l_, m, e, b)]
        pc[0] = round(100 - sum(pc[1:]), 1)
        out["wbc"] = ctx.row(wk, v=wv)
        if out["wbc"].flag != wst:
            raise RuntimeError("wbc rounding")
        anc = wb * pc[0] / 100
        if wst == "LL":
            if anc >= 0.42:
                raise RuntimeError("anc")
        elif anc < 1.1:
            raise RuntimeError("anc zone")
        bases = ["neut", "lymph", "mono", "eos", "baso"]
        pairs = []
        if bands:
            bd = round(uni(ctx, 0.0, 4.0), 1)
            if bd >= pc[0] - 20:
                bd = 0.0
            seg = round(pc[0] - bd, 1)
            items = [("bands", "bandsa_pt", bd), ("segs", "segsa_pt", seg)] + \
                [(bk, bk + "a" + K["sfx"], p) for bk, p in zip(bases[1:], pc[1:])]
        else:
            items = [(bk, bk + "a" + K["sfx"], p) for bk, p in zip(bases, pc)]
        for pk, ak, p in items:
            asp = SPECS[ak]
            if system == "pt":
                av = round(wv * p / 100)
            else:
                av = round(wb * p / 100, asp.dec)
            base_name = ctx.nm(pk)
            if diff == "abs":
                pr = None
                ar = ctx.row(ak, v=av, name=base_name)
            else:
                pats = ABSNAME_PT if system == "pt" else ABSNAME
                pn, an = pats[pat % len(pats)]
                pr = ctx.row(pk, v=p, name=pn.format(n=base_name))
                ar = ctx.row(ak, v=av, name=an.format(n=base_name))
            if pk in ("neut", "segs") and wst != "LL" and ar.flag == "LL":
                raise RuntimeError("anc flag")
            pairs.append((pr, ar))
        out["diff"] = pairs
        pst = plt or ctx.status(K["plt"])
        pv = ctx.sample(K["plt"], pst)
        if system == "pt":
            pv = round(pv, -3) if pv >= 20000 else round(pv, -2)
        out["plt"] = ctx.row(K["plt"], v=pv)
        if out["plt"].flag != pst:
            raise RuntimeError("plt rounding")
        if "mpv" in extras:
            out["mpv"] = ctx.row("mpv", status=ctx.status("mpv", 0.1))
        return out

    return retry(build, r)


def cbc_rows(d: dict, order: str, diff: str = "rows") -> list[Row]:
    """Flatten a CBC dict. order: 'us' (WBC first), 'pt' (eritrograma, leucograma, plaquetas), 'uk'."""
    red = [d[k] for k in ("rbc", "hb", "hct", "mcv", "mch", "mchc", "rdw") if k in d]
    if order == "uk":
        red = [d[k] for k in ("hb", "rbc", "hct", "mcv", "mch", "mchc", "rdw") if k in d]
    dl = []
    if diff == "twin":
        for p, a in d["diff"]:
            p.twin = a
            dl.append(p)
    elif diff == "rows_grouped":
        dl = [p for p, _ in d["diff"]] + [a for _, a in d["diff"]]
    elif diff == "abs":
        dl = [a for _, a in d["diff"]]
    else:
        for p, a in d["diff"]:
            dl += [x for x in (p, a) if x is not None]
    plt = [d["plt"]] + ([d["mpv"]] if "mpv" in d else [])
    if order == "us":
        return [d["wbc"]] + red + plt + dl
    if order == "uk":
        return [d["hb"], d["wbc"], d["plt"]] + [x for x in red if x is not d["hb"]] + dl + \
            ([d["mpv"]] if "mpv" in d else [])
    return red + [d["wbc"]] + dl + plt


def ckdepi2021(scr_mgdl: float, age: int, female: bool) -> float:
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    x = scr_mgdl / k
    e = 142 * min(x, 1) ** a * max(x, 1) ** -1.200 * 0.9938 ** age
    return e * (1.012 if female else 1.0)


LOD = {"crp": 0.3, "crp_dl": 0.03, "pct": 0.02, "tpo": 9.0, "trop": 1.9, "ddim": 190, "psa": 0.01, "hscrp": 0.2}


def cmp_text(ctx: Ctx, comp: str, num: str) -> str:
    if ctx.lang == "pt":
        return ctx.rng.choice([f"{comp} {num}", f"{comp}{num}",
                               ("Inferior a " if comp == "<" else "Superior a ") + num])
    return ctx.rng.choice([f"{comp} {num}", f"{comp}{num}"])


def chem(ctx: Ctx, keys: list[str], st: dict | None = None, lod: float = 0.0, egfr_cap: bool | None = None) -> list[Row]:
    """Chemistry rows in the given order, derived results computed from the printed inputs."""
    st = dict(st or {})
    r = ctx.rng

    def build():
        vals: dict[str, float] = {}
        rows: dict[str, Row] = {}

        def prim(k):
            if k not in vals:
                vals[k] = ctx.sample(k, st.get(k))
            return vals[k]

        ks = set(keys)
        # lipids, jointly
        if ks & {"tc", "ldl", "nonhdl", "vldl", "hdl", "tg", "chr"} and not ks & {"tc_si", "hdl_si"}:
            h, t = prim("hdl"), prim("tg")
            lt = uni(ctx, 62, 126) if r.random() > 0.3 else uni(ctx, 134, 186)
            tc = round(lt + h + t / 5)
            if tc > 300:
                raise RuntimeError("tc")
            vals["tc"] = tc
            vals["ldl"] = round(tc - h - t / 5)
            vals["nonhdl"] = tc - h
            vals["vldl"] = round(t / 5)
            vals["chr"] = round(tc / h, 1)
        if ks & {"tc_si", "hdl_si", "tg_si", "ldl_si"}:
            h, t = prim("hdl_si"), prim("tg_si")
            lt = uni(ctx, 1.7, 3.2) if r.random() > 0.3 else uni(ctx, 3.5, 4.7)
            tc = round(lt + h + t / 2.2, 1)
            vals["tc_si"] = tc
            vals["ldl_si"] = round(tc - h - t / 2.2, 2)
            vals["chr"] = round(tc / h, 1)
        for k in keys:
            if k in ("egfr",):
                if "crea" in vals or "crea" in ks:
                    scr = prim("crea")
                else:
                    scr = prim("crea_si") / 88.4
                vals["egfr"] = round(ckdepi2021(scr, ctx.age, ctx.sex == "female"))
            elif k == "agap":
                c2 = prim("co2") if "co2" in ks else prim("hco3s")
                vals["agap"] = prim("na") - prim("cl") - c2
            elif k in ("glob", "glob_si"):
                si = k.endswith("_si")
                tp, al = prim("tp_si" if si else "tp"), prim("alb_si" if si else "alb")
                vals[k] = round(tp - al, 0 if si else 1)
                if vals[k] < (15 if si else 1.5):
                    raise RuntimeError("glob")
            elif k == "agr":
                si = "alb_si" in ks
                tp, al = prim("tp_si" if si else "tp"), prim("alb_si" if si else "alb")
                gl = round(tp - al, 0 if si else 1)
                if gl <= 0:
                    raise RuntimeError("agr")
                vals["agr"] = round(al / gl, 2)
            elif k == "ibil":
                tb = prim("tbil2")
                db = prim("dbil")
                vals["ibil"] = round(tb - db, 2)
                if vals["ibil"] < 0.05:
                    raise RuntimeError("ibil")
            elif k == "tsat":
                si = "iron_si" in ks
                vals["tsat"] = round(prim("iron_si" if si else "iron") / prim("tibc_si" if si else "tibc") * 100)
            elif k == "eag":
                vals["eag"] = round(28.7 * prim("hba1c") - 46.7)
            elif k in ("ptime", "ptact", "inr"):
                inr = prim("inr")
                if k == "ptime":
                    lo, hi, _ = ctx.refpair("ptime")
                    mnpt = (lo + hi) / 2
                    isi = 1.0 + (hash_unit(ctx, "isi") * 0.2)
                    vals["ptime"] = round(mnpt * inr ** (1 / isi), 1)
                elif k == "ptact":
                    vals["ptact"] = round(100 * (1 / inr) ** 1.6)
            else:
                prim(k)
        for k in keys:
            v = vals[k]
            sp = SPECS[k]
            comp = None
            vstr = None
            chk = True
            if k == "egfr":
                lo, _, _ = ctx.refpair("egfr")
                cap = egfr_cap if egfr_cap is not None else r.random() < 0.5
                if cap and v > 90 and lo == 60:
                    comp, v, chk = ">", 90, False
                    vstr = cmp_text(ctx, ">", "90")
            elif k in LOD and lod and r.random() < lod:
                lo, hi, _ = ctx.refpair(k)
                if hi is not None and LOD[k] < 0.8 * hi and v < hi:
                    comp, v = "<", LOD[k]
                    vstr = cmp_text(ctx, "<", ctx.fmt(v, sp.dec))
            rows[k] = ctx.row(k, v=v, comparator=comp, vstr=vstr, check=chk)
        return [rows[k] for k in keys]

    return retry(build, r)


def hash_unit(ctx: Ctx, salt: str) -> float:
    return ctx.rng.random()


def urinalysis(ctx: Ctx, abnormal: bool = False, sediment: bool = True, style: str | None = None) -> list[Row]:
    r = ctx.rng
    pt = ctx.lang == "pt"
    rows = []
    lo, hi, _ = ctx.refpair("usg")
    sg = r.choice([v for v in (1.012, 1.016, 1.018, 1.020, 1.022, 1.024) if v not in (lo, hi)])
    rows.append(ctx.row("usg", v=sg))
    lo, hi, _ = ctx.refpair("uph")
    ph = r.choice([v for v in (5.5, 6.0, 6.5, 7.0) if v not in (lo, hi)])
    rows.append(ctx.row("uph", v=ph))
    neg = "negative"
    quals = [("uprot", "trace" if abnormal and r.random() < 0.5 else neg, "neg"),
             ("uglu", neg, "neg"), ("uket", neg, "neg"),
             ("ubilx", None, None),
             ("ublood", "positive" if abnormal else neg, "neg"), ("unit", "positive" if abnormal else neg, "neg"),
             ("ule", "positive" if abnormal else neg, "neg"), ("uubg", "normal", "normal")]
    for k, meaning, refm in quals:
        if k == "ubilx":
            rows.append(ctx.qrow("ubil", neg, reftext=r.choice(QWORDS[neg][ctx.lang][:1])))
            continue
        if pt and k in ("uket", "ubil") and r.random() < 0.4 and meaning == neg:
            meaning = "absent"
        ref = QWORDS[refm if refm != "neg" else "negative"][ctx.lang][0]
        rows.append(ctx.qrow(k, meaning, reftext=ref))
    if sediment:
        st = "H" if abnormal else "N"
        rows.append(ctx.row("uwbc", status=st if st in ctx.allowed("uwbc") + ["N"] else "N"))
        rows.append(ctx.row("urbc", status="N"))
        rows.append(ctx.qrow("uepi", "rare", reftext=None))
        rows.append(ctx.qrow("ubact", "present" if abnormal else r.choice(["absent", "rare"]), reftext=None))
    return rows


def serology(ctx: Ctx, keys=("hiv", "hbsag", "hcv", "vdrl"), reactive: str | None = None) -> list[Row]:
    rows = []
    for k in keys:
        m = "reactive" if k == reactive else "non-reactive"
        ref = QWORDS["non-reactive"][ctx.lang][0]
        rows.append(ctx.qrow(k, m, reftext=ref))
    return rows


# ----------------------------------------------------------------------------------------------
# Drawing helpers (PyMuPDF base-14 fonts; text inserted in reading order)
# ----------------------------------------------------------------------------------------------
_FONTS: dict[str, "fitz.Font"] = {}


def tl(s: str, f: str = "helv", z: float = 9) -> float:
    """Width of s in a base-14 font (fitz.Font measures non-ASCII Latin-1 correctly)."""
    if f not in _FONTS:
        _FONTS[f] = fitz.Font(f)
    return _FONTS[f].text_length(s, fontsize=z)


def wrap(s: str, f: str, z: float, maxw: float) -> list[str]:
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if tl(cand, f, z) <= maxw or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


class Pdf:
    def __init__(self, w: float = 595, h: float = 842):
        self.doc = fitz.open()
        self.w, self.h = w, h
        self.page = None

    def new(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        return self.page

    def t(self, x, y, s, f="helv", z=9.0, c=(0, 0, 0), al="l"):
        if s is None or s == "":
            return
        if al == "r":
            x -= tl(s, f, z)
        elif al == "c":
            x -= tl(s, f, z) / 2
        self.page.insert_text((x, y), s, fontname=f, fontsize=z, color=c)

    def line(self, x0, y0, x1, y1, w=0.5, c=(0, 0, 0), dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, w=0.5, c=(0, 0, 0), fill=None):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w)

    def bytes(self, title="Laboratory report", producer="LIS"):
        self.doc.set_metadata({"title": title, "producer": producer, "creator": producer,
                               "creationDate": "D:20261127000000", "modDate": "D:20261127000000",
                               "author": "", "subject": "", "keywords": ""})
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


# ----------------------------------------------------------------------------------------------
# People, labs, dates
# ----------------------------------------------------------------------------------------------
PT_F = ["Maria Aparecida", "Ana Beatriz", "Juliana", "Fernanda", "Luciana", "Patrícia", "Cláudia", "Renata",
        "Tereza Cristina", "Sônia Regina", "Márcia", "Adriana", "Conceição", "Gabriela", "Lúcia Helena"]
PT_M = ["João Pedro", "José Carlos", "Antônio", "Francisco", "Carlos Eduardo", "Paulo Roberto", "Luiz Fernando",
        "Marcos", "Rafael", "Sebastião", "Raimundo Nonato", "Gustavo", "Joaquim", "André Luís", "Severino"]
PT_S = ["da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Almeida", "Costa", "Ribeiro",
        "Carvalho", "Gomes", "Martins", "Araújo", "Rocha", "Barbosa", "Lima", "Conceição", "Mendonça", "Queiroz"]
EN_F = ["Margaret", "Susan", "Emily", "Olivia", "Patricia", "Chloe", "Hannah", "Deborah", "Aisha", "Fiona", "Grace",
        "Linda", "Sinead", "Priya", "Rebecca"]
EN_M = ["James", "Robert", "William", "Thomas", "Daniel", "Oliver", "George", "Michael", "Rajesh", "Callum", "Ethan",
        "Peter", "Gareth", "Samuel", "Kwame"]
EN_S = ["Thompson", "Walker", "O'Neill", "Hughes", "Patel", "MacLeod", "Johnson", "Bennett", "Campbell", "Nguyen",
        "Fraser", "Okafor", "Harrison", "Lefebvre", "Tremblay", "Clarke", "Whitfield", "Doyle", "Kowalski"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


@dataclass
class Person:
    first: str
    last: str
    sex: str
    age: int
    birth: date
    coll: date
    hh: int
    mm: int

    @property
    def name(self):
        return f"{self.first} {self.last}"


def person(rng: random.Random, lang: str, sex: str | None = None, age: tuple = (24, 86)) -> Person:
    sex = sex or rng.choice(["female", "male"])
    if lang == "pt":
        first = rng.choice(PT_F if sex == "female" else PT_M)
        last = rng.choice(PT_S) + " " + rng.choice(PT_S)
        if last.split()[-1] == last.split()[0]:
            last = rng.choice(PT_S)
    else:
        first = rng.choice(EN_F if sex == "female" else EN_M)
        last = rng.choice(EN_S)
    coll = date(2026, 1, 5) + timedelta(days=rng.randint(0, 318))
    years = rng.randint(*age)
    birth = coll - timedelta(days=int(years * 365.25) + rng.randint(5, 355))
    a = coll.year - birth.year - ((coll.month, coll.day) < (birth.month, birth.day))
    return Person(first, last, sex, a, birth, coll, rng.randint(6, 10), rng.randint(0, 59))


def dfmt(d: date, style: str) -> str:
    if style == "br":
        return d.strftime("%d/%m/%Y")
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmon":
        return f"{d.day:02d}-{MON_EN[d.month - 1]}-{d.year}"
    if style == "ukl":
        return f"{d.day} {MON_EN_L[d.month - 1]} {d.year}"
    if style == "usl":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def sex_word(sex: str, lang: str, short=False) -> str:
    if lang == "pt":
        return ("F" if sex == "female" else "M") if short else ("Feminino" if sex == "female" else "Masculino")
    return ("F" if sex == "female" else "M") if short else ("Female" if sex == "female" else "Male")


PT_DOCS = ["Dra. Helena Vasconcelos - CRBM 12.874", "Dr. Ricardo Tavares - CRF-SP 45.210",
           "Dra. Camila Nogueira Prado - CRBM 23.551", "Dr. Eduardo Siqueira Campos - CRM-MG 48.302",
           "Dra. Beatriz Fontes - CRF-RJ 18.907", "Dr. Marcelo Andrade Lins - CRBio 67.114",
           "Dra. Isabela Meireles - CRM-SP 151.233"]
EN_DOCS = ["Dr A. Raman, FRCPath", "Dr Catherine Moore, Consultant Chemical Pathologist",
           "J. Whitaker, MLS(ASCP)", "Dr. Steven Alvarez, MD, Laboratory Director",
           "Dr Niamh Gallagher, Consultant Haematologist", "Dr. L. Chen, MD, PhD, FRCPC"]
PT_REQ = ["Dr. Fábio Moreira", "Dra. Letícia Campos", "Dr. Henrique Barros", "Dra. Simone Teixeira",
          "Dr. Otávio Prates", "Dra. Vanessa Dias"]
EN_REQ = ["Dr. K. Osei", "Dr Harriet Lowe", "Dr. Alan Brooks", "Dr M. Fitzgerald", "Dr. Sarah Kim", "Dr P. Novak"]


def rid(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ----------------------------------------------------------------------------------------------
# Generic row/table drawing
# ----------------------------------------------------------------------------------------------
@dataclass
class Col:
    kind: str
    x: float
    w: float
    al: str = "l"


def cell_lines(row: Row, kind: str, col: Col, f: str, z: float) -> list[str]:
    tw = row.twin
    if kind == "name":
        ls = wrap(row.name, f, z, col.w)
        if len(ls) > 1:
            row.frags = tuple(ls)
        return ls
    if kind == "value":
        return [row.vstr]
    if kind == "valflag":
        return [row.vstr + (("  " + row.pflag) if row.pflag else "")]
    if kind == "flag":
        return [row.pflag] if row.pflag else []
    if kind == "unit":
        return [row.unit] if row.unit else []
    if kind == "valunit":
        return [row.vstr + ((" " + row.unit) if row.unit else "")]
    if kind == "valunitflag":
        return [row.vstr + ((" " + row.unit) if row.unit else "") + (("  " + row.pflag) if row.pflag else "")]
    if kind == "ref":
        return wrap(row.reftext, f, z, col.w) if row.reftext else []
    if kind == "tvalue":
        return [tw.vstr] if tw else []
    if kind == "tvalflag":
        return [tw.vstr + (("  " + tw.pflag) if tw.pflag else "")] if tw else []
    if kind == "tunit":
        return [tw.unit] if tw and tw.unit else []
    if kind == "tref":
        return wrap(tw.reftext, f, z, col.w) if tw and tw.reftext else []
    if kind == "refunit":
        if not row.reftext:
            return []
        return wrap(row.reftext + ((" " + row.unit) if row.unit and "\n" not in row.reftext else ""), f, z, col.w)
    raise ValueError(kind)


def row_height(row: Row, cols: list[Col], f: str, z: float, lh: float, small: float = 7.0) -> float:
    n = max(len(cell_lines(row, c.kind, c, f, z)) for c in cols)
    extra = (1 if row.prev else 0) + (len(row.extra.split("\n")) if row.extra else 0)
    return max(n, 1) * lh + extra * (small + 2.5)


def draw_row(pdf: Pdf, row: Row, cols: list[Col], y: float, f="helv", z=8.5, lh=11.0, fb=None,
             small=7.0, extra_x=None) -> float:
    """Draw a result row with its baseline at y; returns the y below it."""
    nmax = 1
    for c in cols:
        ls = cell_lines(row, c.kind, c, f, z)
        ff = fb if (fb and c.kind == "name") else f
        for j, s in enumerate(ls):
            x = c.x + (c.w if c.al == "r" else (c.w / 2 if c.al == "c" else 0))
            pdf.t(x, y + j * lh, s, ff, z, al=c.al)
        nmax = max(nmax, len(ls))
    y2 = y + nmax * lh
    ex = extra_x if extra_x is not None else cols[0].x + 8
    if row.extra:
        for s in row.extra.split("\n"):
            pdf.t(ex, y2 - lh + small + 2.5, s, "heit", small, c=(0.25, 0.25, 0.25))
            y2 += small + 2.5
    if row.prev:
        pdf.t(ex, y2 - lh + small + 2.5, row.prev, "heit", small, c=(0.3, 0.3, 0.3))
        y2 += small + 2.5
    return y2


def new_report(i: int, fam: str) -> random.Random:
    return random.Random(f"{SEED}|{fam}|{i}")


def finish(name, fam, lang, pdf_bytes, person_, rows, png=None) -> tuple:
    content = png if png is not None else pdf_bytes
    mime = "image/png" if png is not None else "application/pdf"
    rep = GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                          sex=person_.sex if person_ else None,
                          collected_on=person_.coll.isoformat() if person_ else None,
                          expected=[r.expected() for r in rows])
    checks = [(r.name, r.vstr, r.frags, r.unit, r.pflag, r.crit) for r in rows]
    return rep, pdf_bytes, checks


# ----------------------------------------------------------------------------------------------
# C1 gasometry-en
# ----------------------------------------------------------------------------------------------
def fam_gasometry(i: int):
    fam = FAMILIES[0]
    rng = new_report(i, fam)
    p = person(rng, "en", age=(35, 84))
    kpa = i == 1
    ctx = Ctx(rng, "en", p.sex, p.age, names="gas", flags=["HL", "word", "HLc"][i], refstyle=["en1", "en2", "en1"][i],
              p_abn=0.2)
    temp = [38.6, 36.2, 39.1][i]
    fio2 = ["0.40", "0.21", "0.35"][i]

    def build():
        ph = ctx.sample("ph")
        pk, ok = ("pco2_kpa", "po2_kpa") if kpa else ("pco2", "po2")
        pco2 = ctx.sample(pk)
        pmm = pco2 / 0.133322 if kpa else pco2
        hco3 = round(0.0307 * pmm * 10 ** (ph - 6.1), 1)
        if not 17.6 <= hco3 <= 31.6:
            raise RuntimeError("hco3")
        be = round(0.93 * (hco3 - 24.4 + 14.8 * (ph - 7.4)), 1)
        if not -6.8 <= be <= 5.8:
            raise RuntimeError("be")
        po2 = ctx.sample(ok)
        omm = po2 / 0.133322 if kpa else po2
        sat = 100.0 / (23400.0 / (omm ** 3 + 150 * omm) + 1)
        sat = round(min(sat, 98.7) - uni(ctx, 0.0, 0.4), 1)
        if sat < 90.6:
            raise RuntimeError("sat")
        R = {}
        R["ph"] = ctx.row("ph", v=ph, unit=None)
        R["pco2"] = ctx.row(pk, v=pco2)
        R["po2"] = ctx.row(ok, v=po2)
        R["sao2"] = ctx.row("sao2", v=sat)
        R["na"] = ctx.row("na_bg", name=ctx.nm("na"))
        R["k"] = ctx.row("k_bg", name=ctx.nm("k"), status="HH" if i == 2 else None)
        R["cl"] = ctx.row("cl_bg", name=ctx.nm("cl"))
        R["ica"] = ctx.row("ica")
        R["glu"] = ctx.row("glu_bgsi" if kpa else "glu_bg", name=ctx.nm("glu"))
        R["lac"] = ctx.row("lac")
        R["hco3"] = ctx.row("hco3", v=hco3)
        R["be"] = ctx.row("be", v=be, plus=(i != 1))
        return R, (ph, pco2, po2)

    R, (ph, pco2, po2) = retry(build, rng)
    # temperature-corrected values (NOT results)
    dt = temp - 37.0
    tc = {"ph": fmtnum(ph - 0.0147 * dt, 2, "en"),
          "pco2": fmtnum(pco2 * 10 ** (0.019 * dt), 2 if kpa else 0, "en"),
          "po2": fmtnum(po2 * 10 ** (0.0313 * dt), 1 if kpa else 0, "en")}
    hosp = ["Pinecrest Regional Medical Center", "St Aldhelm's University Hospital NHS Trust",
            "Lakeshore General Hospital"][i]
    dept = ["Critical Care - Point of Care Testing", "Department of Clinical Biochemistry - Blood Gas Service",
            "Emergency Department - POCT Blood Gas"][i]
    ds = ["us", "uk", "iso"][i]
    pdf = Pdf(612, 792) if i != 1 else Pdf()
    pdf.new()
    W = pdf.w
    y = 40
    pdf.t(36, y, hosp, "hebo", 12)
    pdf.t(W - 36, y, "BLOOD GAS REPORT" if i != 1 else "ARTERIAL BLOOD GAS", "hebo", 11, al="r")
    y += 13
    pdf.t(36, y, dept, "helv", 8)
    y += 18
    pdf.line(36, y - 9, W - 36, y - 9, 0.8)
    mrn = rid(rng, 8)
    dob = dfmt(p.birth, ds)
    hdr = [
        (f"Patient: {p.last.upper()}, {p.first}", f"MRN: {mrn}" if i != 1 else f"NHS No: {rid(rng, 3)} {rid(rng, 3)} {rid(rng, 4)}"),
        (f"DOB: {dob}   Age: {p.age} y   Sex: {sex_word(p.sex, 'en')}", f"Location: {['ICU Bed 7', 'Ward 22 (Respiratory)', 'ED Resus 2'][i]}"),
        (f"Sample type: Arterial   Syringe: {['heparinised 1 mL', 'pre-heparinised', 'Arterial, radial'][i]}",
         f"Drawn: {dfmt(p.coll, ds)} {p.hh:02d}:{p.mm:02d}   Analysed: {p.hh:02d}:{min(p.mm + 4, 59):02d}"),
        (f"Patient temperature: {temp:.1f} °C", f"FiO2: {fio2}" if i != 1 else "FIO2: 21 %  (room air)"),
        (f"Operator: {['RN J. Clarke', 'HCA 4471', 'RT M. Duval'][i]}",
         f"Analyser: {['ABG-Lab 900 #2', 'GEM-Gas 5000 (Resp)', 'BGA-700 ED'][i]}"),
    ]
    for a, b in hdr:
        pdf.t(36, y, a, "helv", 8.5)
        pdf.t(W / 2 + 20, y, b, "helv", 8.5)
        y += 12
    if i == 0:
        pdf.t(36, y, "O2 delivery: Venturi mask 40%    Ventilation: spontaneous    Allen test: positive", "helv", 8)
        y += 12
    y += 8
    cols = [Col("name", 40, 120), Col("value", 165, 45, "r"), Col("flag", 222, 40), Col("tc", 262, 70, "r"),
            Col("unit", 350, 55), Col("ref", 410, W - 36 - 410)]
    pdf.line(36, y - 9, W - 36, y - 9, 0.6)
    pdf.t(40, y, "Parameter", "hebo", 8.5)
    pdf.t(210, y, "Result", "hebo", 8.5, al="r")
    pdf.t(222, y, "Flag", "hebo", 8.5)
    pdf.t(332, y, f"Temp corrected ({temp:.1f} °C)" if i != 1 else f"At pt temp {temp:.1f}°C", "hebo", 7.5, al="r")
    pdf.t(350, y, "Unit", "hebo", 8.5)
    pdf.t(410, y, "Reference range", "hebo", 8.5)
    y += 5
    pdf.line(36, y, W - 36, y, 0.6)
    y += 12
    if i == 2:
        groups = [("Acid-base", ["ph", "pco2", "po2", "hco3", "be"]), ("Co-oximetry", ["sao2"]),
                  ("Electrolytes", ["na", "k", "cl", "ica"]), ("Metabolites", ["glu", "lac"])]
    else:
        groups = [("Blood gas values", ["ph", "pco2", "po2"]), ("Oximetry values", ["sao2"]),
                  ("Electrolyte values", ["na", "k", "cl", "ica"]), ("Metabolite values", ["glu", "lac"]),
                  ("Acid-base status (calculated)", ["hco3", "be"])]
    order = []
    for g, ks in groups:
        pdf.t(36, y, g, "hebo", 8.5)
        y += 12
        for k in ks:
            r = R[k]
            c2 = [c for c in cols if c.kind != "tc"]
            draw_row(pdf, r, c2, y, "helv", 8.5, 12)
            if k in tc:
                pdf.t(332, y, tc[k], "helv", 8.5, al="r")
            y += 12
            order.append(r)
        y += 4
    pdf.line(36, y, W - 36, y, 0.6)
    y += 12
    notes = ["Results reported at 37.0 °C. Temperature-corrected values are shown for information only.",
             "HCO3- and base excess are calculated by the analyser. FiO2 is entered by the operator.",
             ["Critical results are telephoned to the clinical team and documented in the EHR.",
              "Ref ranges: adult arterial. Ionised calcium at actual pH.",
              "Critical value called to Dr. R. Okafor at " + f"{p.hh:02d}:{min(p.mm + 9, 59):02d}" + " - read back confirmed."][i]]
    for s in notes:
        pdf.t(36, y, s, "helv", 7.5)
        y += 10
    y += 10
    pdf.t(36, y, f"Reviewed by: {EN_DOCS[[3, 0, 5][i]]}", "helv", 8)
    pdf.t(W - 36, y, "Page 1 of 1", "helv", 7.5, al="r")
    pdf.t(36, pdf.h - 30, f"{hosp} | {dept} | Printed {dfmt(p.coll, ds)} {min(p.hh + 1, 23):02d}:15", "helv", 6.5)
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf.bytes("Blood gas", "POCT-Link 3.1"), p, order)


# ----------------------------------------------------------------------------------------------
# C2 cardiac-tdm-pt
# ----------------------------------------------------------------------------------------------
TDM = {  # key: (toxic threshold text, method, lod-style)
    "dig": ("Nível tóxico: superior a 2,4 ng/mL", "Quimioluminescência"),
    "li": ("Nível tóxico: superior a 1,5 mEq/L", "Fotometria (colorimétrico)"),
    "vanc": ("Nível tóxico (vale): acima de 20,0 mcg/mL", "Imunoensaio turbidimétrico (PETINIA)"),
    "phen": ("Nível tóxico: acima de 25,0 mcg/mL", "Imunoensaio enzimático (EMIT)"),
    "valp": ("Nível tóxico: superior a 150 mcg/mL", "Imunoensaio de polarização de fluorescência"),
    "carb": ("Nível tóxico: superior a 15,0 mcg/mL", "Imunoensaio de polarização de fluorescência"),
}


def tdm_row(ctx: Ctx, key: str) -> Row:
    lo, hi, _ = ctx.refpair(key)
    st = "L" if ("L" in ctx.allowed(key) and ctx.rng.random() < 0.3) else "N"
    v = ctx.sample(key, st)
    u = ctx.unit(key)
    label = ctx.rng.choice(["Faixa terapêutica: ", "Faixa terapêutica - ", "Faixa terapêutica "])
    reft = label + ctx.fmt_ref_pair(key, lo, hi) + " " + u
    r = ctx.row(key, v=v, reftext=reft)
    r.extra = TDM[key][0]
    return r


def fam_cardiac(i: int):
    fam = FAMILIES[1]
    rng = new_report(i, fam)
    p = person(rng, "pt", age=[(58, 73), (76, 90), (40, 70)][i])
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=["pt", "ptC", None][i], refstyle=["pt1", "pt3", "pt2"][i],
              p_abn=0.3)
    ctx.setvar("ddim", 0)
    sec = []
    # cardiac markers
    trop = ctx.row("trop", status="N")
    if i == 1:
        trop = replace(trop, comparator="<", value=1.9, vstr="< 1,9", flag="N", pflag=None)
    ck, ckmb = ctx.row("ck"), ctx.row("ckmb")
    # NT-proBNP with an age-partitioned reference
    hi = 125 if p.age < 75 else 450
    st = "H" if rng.random() < 0.45 else "N"
    v = round(uni(ctx, 18, hi * 0.85)) if st == "N" else round(uni(ctx, hi * 1.3, 1850))
    reft = ["Até 74 anos: inferior a 125 pg/mL\n75 anos ou mais: inferior a 450 pg/mL",
            "< 75 anos: < 125 pg/mL\n>= 75 anos: < 450 pg/mL",
            "Menores de 75 anos: até 125 pg/mL\n75 anos ou mais: até 450 pg/mL"][i]
    nt = ctx.row("ntbnp", v=v, ref=(None, hi), reftext=reft)
    dd = ctx.row("ddim")
    sec.append(("MARCADORES CARDÍACOS", [trop, ck, ckmb, nt]))
    crpk = "crp_dl" if i == 1 else "crp"
    infl = chem(ctx, [crpk] + (["pct"] if i != 2 else []), lod=0.4)
    sec.append(("COAGULAÇÃO / INFLAMAÇÃO", [dd] + infl))
    bio = chem(ctx, ["na", "k", "mg", "crea", "urea", "glu"], st={"glu": "LL"} if i == 1 else None)
    sec.append(("BIOQUÍMICA DE URGÊNCIA", bio))
    drugs = [["dig", "li"], ["dig", "vanc", "phen"], ["li", "valp", "carb", "vanc"]][i]
    sec.append(("MONITORIZAÇÃO TERAPÊUTICA DE FÁRMACOS", [tdm_row(ctx, k) for k in drugs]))
    # render
    pdf = Pdf()
    pdf.new()
    W = pdf.w
    lab = ["Hospital Santa Marcelina do Vale - Laboratório de Urgência", "Laboratório Central - Hospital São Vicente de Paulo",
           "Pronto Atendimento Vida Nova - Laboratório 24 h"][i]
    y = 42
    pdf.t(36, y, lab, "hebo", 11.5)
    y += 12
    pdf.t(36, y, ["Av. Brasil, 2810 - Centro - Uberaba/MG - (34) 3312-4400",
                  "Rua Coronel Pedro Dias, 145 - Campinas/SP - Tel. (19) 3251-9000",
                  "Rod. BR-116, km 12 - Feira de Santana/BA - (75) 3602-7788"][i], "helv", 7.5)
    y += 8
    pdf.line(36, y, W - 36, y, 1)
    y += 14
    att = rid(rng, 9)
    info = [(f"Paciente: {p.name.upper()}", f"Atendimento: {att}"),
            (f"Sexo: {sex_word(p.sex, 'pt')}   Idade: {p.age} anos", f"Data de nascimento: {dfmt(p.birth, 'br')}"),
            (f"Setor: {['Pronto-Socorro Adulto', 'Unidade Coronariana - Leito 04', 'Sala de Emergência'][i]}",
             f"Coleta: {dfmt(p.coll, 'br')} {p.hh:02d}:{p.mm:02d}"),
            (f"Médico solicitante: {PT_REQ[i]}", f"Prioridade: {['URGENTE', 'EMERGÊNCIA', 'URGENTE'][i]}")]
    for a, b in info:
        pdf.t(36, y, a, "helv", 8.5)
        pdf.t(330, y, b, "helv", 8.5)
        y += 11.5
    y += 8
    pdf.t(W / 2, y, ["PAINEL DE URGÊNCIA - CARDIOLOGIA", "LAUDO DE EXAMES - PAINEL CARDÍACO E NÍVEIS SÉRICOS",
                     "EXAMES DE EMERGÊNCIA"][i], "hebo", 10, al="c")
    y += 16
    cols = [Col("name", 36, 170), Col("valflag", 210, 80), Col("unit", 292, 60), Col("ref", 356, W - 36 - 356)]
    pdf.t(36, y, "Exame", "hebo", 8.5)
    pdf.t(210, y, "Resultado", "hebo", 8.5)
    pdf.t(292, y, "Unidade", "hebo", 8.5)
    pdf.t(356, y, "Valores de referência", "hebo", 8.5)
    y += 4
    pdf.line(36, y, W - 36, y, 0.5)
    y += 12
    rows = []
    for title, rs in sec:
        if y > pdf.h - 120:
            pdf.new()
            y = 50
        pdf.t(36, y, title, "hebo", 8.5)
        y += 12
        if title.startswith("MONITORIZ"):
            pdf.t(44, y, f"Horário da última dose: {(p.hh + 15) % 24:02d}:00 (dia anterior)   Coleta em vale (pré-dose)",
                  "heit", 7)
            y += 10
        for r in rs:
            h = row_height(r, cols, "helv", 8.5, 11)
            if y + h > pdf.h - 70:
                pdf.new()
                y = 50
            y = draw_row(pdf, r, cols, y, "helv", 8.5, 11) + 2
            rows.append(r)
        y += 6
    y += 6
    for s in ["Troponina I ultrassensível: valores acima do percentil 99 sugerem lesão miocárdica; interpretar com a curva (0 h / 1 h / 3 h).",
              "D-dímero: valor de corte para exclusão de TEV 500 ng/mL FEU (ajustar pela idade acima de 50 anos: idade x 10).",
              "Níveis terapêuticos dependem do horário da coleta em relação à última dose."]:
        for ln in wrap(s, "helv", 7, W - 72):
            pdf.t(36, y, ln, "helv", 7)
            y += 9
    y += 10
    pdf.t(36, y, f"Liberado em {dfmt(p.coll, 'br')} {min(p.hh + 1, 23):02d}:{p.mm:02d} por {PT_DOCS[i]}", "helv", 7.5)
    y += 10
    pdf.t(36, y, "Laudo assinado eletronicamente. A interpretação dos resultados deve considerar o quadro clínico.", "helv", 7)
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.t(W - 36, pdf.h - 24, f"Página {j + 1}/{n}", "helv", 7, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf.bytes("Laudo", "SisLab Urgência 5"), p, rows)


# ----------------------------------------------------------------------------------------------
# C3 gridtable-en
# ----------------------------------------------------------------------------------------------
def fam_grid(i: int):
    fam = FAMILIES[2]
    rng = new_report(i, fam)
    p = person(rng, "en")
    ctx = Ctx(rng, "en", p.sex, p.age, names="usl", flags=["HL", "word", "hl_lower"][i], refstyle="en3",
              both_sexes=0.85, p_abn=0.28)
    sections = []
    d = cbc(ctx, "us", diff="rows", hb="LL" if i == 2 else None, wbc="LL" if i == 2 else None)
    sections.append(("COMPLETE BLOOD COUNT (CBC) WITH DIFFERENTIAL", cbc_rows(d, "us")))
    cm = ["glu", "bun", "crea", "egfr", "na", "k", "cl", "co2", "ca", "tp", "alb", "glob", "agr", "tbil", "alp", "ast", "alt"]
    sections.append(("COMPREHENSIVE METABOLIC PANEL", chem(ctx, cm)))
    if i == 0:
        sections.append(("LIPID PANEL", chem(ctx, ["tc", "tg", "hdl", "ldl", "nonhdl"])))
        sections.append(("THYROID", chem(ctx, ["tsh", "ft4"])))
    elif i == 1:
        sections.append(("IRON STUDIES", chem(ctx, ["iron", "tibc", "tsat", "ferr"])))
        sections.append(("DIABETES", chem(ctx, ["hba1c", "eag"])))
        sections.append(("INFLAMMATION", chem(ctx, ["crp", "esrw"], lod=0.3)))
    else:
        sections.append(("COAGULATION", chem(ctx, ["ptime", "inr", "aptt", "fib"])))
        sections.append(("MISCELLANEOUS", chem(ctx, ["ldh", "uric", "mg", "phos"])))
    pdf = Pdf(612, 792)
    W, H = pdf.w, pdf.h
    lab = ["Harborview Clinical Laboratories, Inc.", "Riverside Medical Laboratory", "Summit Reference Labs"][i]
    X = [36, 196, 248, 290, 352, W - 36]  # cell borders
    heads = ["Test Name", "Result", "Flag", "Units", "Reference Interval"]
    f, z, lh = "helv", 8, 9.6
    spec_id = f"{rid(ctx.rng, 4)}-{rid(ctx.rng, 6)}"

    def header():
        pdf.new()
        y = 40
        pdf.t(36, y, lab, "hebo", 12)
        pdf.t(W - 36, y, ["CLIA# 05D0987213", "CLIA 33D2061458", "CLIA# 10D0654321"][i], "helv", 7, al="r")
        y += 11
        pdf.t(36, y, ["1120 Harbor Blvd, Suite 300, Long Beach, CA 90802  Tel (562) 555-0142",
                      "45 Riverside Drive, Albany, NY 12207  (518) 555-0199",
                      "7800 Summit Ave, Denver, CO 80230  Client Services 1-800-555-0117"][i], "helv", 7)
        y += 14
        pdf.rect(36, y - 9, W - 36, y + 36, 0.6)
        pdf.t(40, y, f"Patient: {p.last}, {p.first}", "hebo", 8.5)
        pdf.t(300, y, f"Specimen ID: {spec_id}", "helv", 8)
        y += 11
        pdf.t(40, y, f"DOB: {dfmt(p.birth, 'us')}   Age: {p.age}   Sex: {sex_word(p.sex, 'en', short=True)}", "helv", 8)
        pdf.t(300, y, f"Collected: {dfmt(p.coll, 'us')} {p.hh:02d}:{p.mm:02d}", "helv", 8)
        y += 11
        pdf.t(40, y, f"Ordering provider: {EN_REQ[i + 2]}", "helv", 8)
        pdf.t(300, y, f"Received: {dfmt(p.coll, 'us')}   Reported: {dfmt(p.coll + timedelta(days=1), 'us')}", "helv", 8)
        y += 11
        pdf.t(40, y, "Fasting: Yes" if i != 1 else "Fasting: No", "helv", 8)
        pdf.t(300, y, "Status: FINAL", "hebo", 8)
        y += 22
        # header row of the grid
        pdf.rect(X[0], y - 10, X[-1], y + 4, 0.7, fill=(0.88, 0.88, 0.88))
        for x, h in zip(X[:-1], heads):
            pdf.t(x + 3, y, h, "hebo", 8)
        for x in X:
            pdf.line(x, y - 10, x, y + 4, 0.7)
        return y + 4

    y = header()
    rows = []
    for title, rs in sections:
        if y + 40 > H - 60:
            y = header()
        pdf.rect(X[0], y, X[-1], y + 13, 0.7, fill=(0.95, 0.95, 0.95))
        pdf.t(X[0] + 3, y + 9.5, title, "hebo", 7.5)
        y += 13
        for r in rs:
            cells = [wrap(r.name, f, z, X[1] - X[0] - 6), [r.vstr], [r.pflag or ""], [r.unit or ""],
                     wrap(r.reftext, f, z, X[5] - X[4] - 6) if r.reftext else [""]]
            if len(cells[0]) > 1:
                r.frags = tuple(cells[0])
            n = max(len(c) for c in cells)
            hgt = n * lh + 4
            if y + hgt > H - 60:
                y = header()
            for j, (x, c) in enumerate(zip(X[:-1], cells)):
                for k, s in enumerate(c):
                    pdf.t(x + 3, y + 9 + k * lh, s, "hebo" if (j in (1, 2) and r.pflag) else f, z)
            pdf.line(X[0], y + hgt, X[-1], y + hgt, 0.5)
            for x in X:
                pdf.line(x, y, x, y + hgt, 0.5)
            y += hgt
            rows.append(r)
    y += 16
    for s in ["eGFR calculated with the 2021 CKD-EPI creatinine equation (race-free). LDL is calculated (Friedewald).",
              "Flags: H/L = above/below the reference interval; critical values are phoned to the ordering provider.",
              f"Electronically signed by {EN_DOCS[[3, 2, 5][i]]} on {dfmt(p.coll + timedelta(days=1), 'us')}."]:
        if y > H - 50:
            y = header() + 12
        pdf.t(36, y, s, "helv", 7)
        y += 9
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.t(W - 36, H - 24, f"Page {j + 1} of {n}", "helv", 7, al="r")
        pdf.t(36, H - 24, f"{p.last}, {p.first} | {dfmt(p.birth, 'us')}", "helv", 7)
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf.bytes("Lab report", "LabCore LIS 9"), p, rows)


# ----------------------------------------------------------------------------------------------
# C4 multipage-pt
# ----------------------------------------------------------------------------------------------
PT_LABS = ["Laboratório São Lucas de Análises Clínicas", "LabVida Medicina Diagnóstica",
           "Centro de Diagnóstico Santa Clara", "Laboratório Ipê Análises Clínicas", "Biolab Vale do Paraíba",
           "Laboratório Dr. Aristides Lacerda", "Instituto de Patologia Clínica Horizonte"]
PT_ADDR = ["Rua Sete de Setembro, 1020 - Centro - Curitiba/PR - CEP 80060-070",
           "Av. Afonso Pena, 3111 - Funcionários - Belo Horizonte/MG - (31) 3224-8800",
           "Rua Barão de Jaguara, 789 - Campinas/SP - Tel.: (19) 3232-1144",
           "Av. Sete de Setembro, 455 - Salvador/BA - (71) 3321-9090",
           "Rua Quinze de Novembro, 88 - São José dos Campos/SP - (12) 3941-2020",
           "Av. Getúlio Vargas, 1500 - Fortaleza/CE - (85) 3255-6700",
           "Rua dos Andradas, 1234 - Porto Alegre/RS - (51) 3012-4545"]
METHODS = {
    "HEMOGRAMA": "Material: Sangue total (EDTA)   Método: Citometria de fluxo / impedância e microscopia",
    "GLI": "Material: Plasma (fluoreto)   Método: Enzimático (hexoquinase)",
    "A1C": "Material: Sangue total (EDTA)   Método: HPLC - certificado NGSP",
    "REN": "Material: Soro   Método: Cinético / Jaffé compensado",
    "ELE": "Material: Soro   Método: Eletrodo íon-seletivo (ISE indireto) / colorimétrico",
    "HEP": "Material: Soro   Método: Cinético UV (IFCC) / colorimétrico",
    "LIP": "Material: Soro   Método: Enzimático colorimétrico; LDL calculado por Friedewald",
    "TIR": "Material: Soro   Método: Eletroquimioluminescência",
    "FER": "Material: Soro   Método: Colorimétrico (ferrozina) / imunoturbidimetria",
    "VIT": "Material: Soro   Método: Quimioluminescência",
    "COA": "Material: Plasma citratado   Método: Coagulométrico",
    "EAS": "Material: Urina (jato médio, primeira da manhã)   Método: Tira reagente e sedimentoscopia",
    "PCR": "Material: Soro   Método: Imunoturbidimetria",
}


def prev_text(ctx: Ctx, r: Row, p: Person) -> str:
    sp = SPECS[r.key]
    pv = r.value * uni(ctx, 0.86, 1.12)
    d = p.coll - timedelta(days=ctx.rng.randint(25, 240))
    lab = ctx.rng.choice(["Resultado anterior: {v} ({d})", "Resultado anterior: {v} em {d}", "Resultado anterior: {v} - {d}"])
    return lab.format(v=ctx.fmt(pv, sp.dec, sp.thousands), d=dfmt(d, "br"))


def fam_multipage(i: int):
    fam = FAMILIES[3]
    rng = new_report(i, fam)
    p = person(rng, "pt")
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=[None, "star", "pt"][i], refstyle=["pt1", "pt2", "pt5"][i],
              both_sexes=0.6, p_abn=0.27)
    G = []
    d = cbc(ctx, "pt", diff="twin", bands=(i == 1), absnames=0)
    G.append(("HEMOGRAMA COMPLETO", "HEMOGRAMA", cbc_rows(d, "pt", "twin")))
    G.append(("GLICOSE", "GLI", chem(ctx, ["glu"])))
    if i != 1:
        G.append(("HEMOGLOBINA GLICADA (HbA1c)", "A1C", chem(ctx, ["hba1c", "eag"])))
    G.append(("FUNÇÃO RENAL", "REN", chem(ctx, ["urea", "crea", "egfr", "uric"] if i != 2 else ["urea", "crea", "egfr"])))
    G.append(("ELETRÓLITOS", "ELE", chem(ctx, ["na", "k", "ca", "mg"] if i != 1 else ["na", "k"],
                                           st={"na": "LL"} if i == 2 else None)))
    hep = [["ast", "alt", "ggt", "alp", "tbil2", "dbil", "ibil"], ["ast", "alt", "ggt", "tp", "alb", "glob", "agr"],
           ["ast", "alt", "ggt", "alp", "tbil2", "dbil", "ibil", "tp", "alb", "glob", "agr"]][i]
    G.append(("HEPATOGRAMA", "HEP", chem(ctx, hep)))
    G.append(("PERFIL LIPÍDICO", "LIP", chem(ctx, ["tc", "hdl", "ldl", "vldl", "nonhdl", "tg"] if i != 1 else ["tc", "hdl", "ldl", "tg"])))
    G.append(("FUNÇÃO TIREOIDIANA", "TIR", chem(ctx, ["tsh", "ft4"] if i != 0 else ["tsh", "ft4", "ft3"])))
    if i == 1:
        G.append(("PERFIL DE FERRO", "FER", chem(ctx, ["iron", "tibc", "tsat", "ferr"])))
        G.append(("URINA TIPO 1 (EAS)", "EAS", urinalysis(ctx, abnormal=True)))
    if i == 0:
        G.append(("COAGULOGRAMA", "COA", chem(ctx, ["ptime", "ptact", "inr", "aptt"])))
        G.append(("VITAMINAS", "VIT", chem(ctx, ["b12", "fol"])))
        G.append(("URINA TIPO 1 (EAS)", "EAS", urinalysis(ctx, abnormal=False)))
    if i == 2:
        G.append(("PROTEÍNA C REATIVA", "PCR", chem(ctx, ["crp"], lod=0.5)))
        G.append(("VITAMINA B12", "VIT", chem(ctx, ["b12"])))
    # "Resultado anterior" lines
    for _, _, rs in G:
        for r in rs:
            if r.value is not None and r.comparator is None and rng.random() < 0.22:
                r.prev = prev_text(ctx, r, p)
    lab, addr = PT_LABS[i], PT_ADDR[i]
    pdf = Pdf()
    W, H = pdf.w, pdf.h
    ped = rid(rng, 10)
    rel_time = [(p.coll + timedelta(days=k), rng.randint(9, 18), rng.randint(0, 59)) for k in (0, 1, 1, 2)]
    cols = [Col("name", 36, 165), Col("valflag", 205, 70), Col("unit", 280, 62), Col("ref", 345, W - 36 - 345)]
    tcols = [Col("name", 36, 120), Col("valflag", 160, 45, "r"), Col("unit", 209, 18), Col("tvalflag", 232, 52, "r"),
             Col("tunit", 288, 42), Col("ref", 345, 95), Col("tref", 445, W - 36 - 445)]
    f, z, lh = "helv", 8.5, 10.5

    def page_header(cont=False):
        pdf.new()
        y = 38
        pdf.t(36, y, lab, "hebo", 12)
        y += 11
        pdf.t(36, y, addr, "helv", 7)
        y += 7
        pdf.line(36, y, W - 36, y, 1.0)
        y += 13
        pdf.t(36, y, f"Paciente: {p.name}", "hebo", 8.5)
        pdf.t(360, y, f"Pedido: {ped}", "helv", 8.5)
        y += 11
        pdf.t(36, y, f"Data de nascimento: {dfmt(p.birth, 'br')}  ({p.age} anos)   Sexo: {sex_word(p.sex, 'pt')}", "helv", 8.5)
        pdf.t(360, y, f"Data da coleta: {dfmt(p.coll, 'br')}", "helv", 8.5)
        y += 11
        pdf.t(36, y, f"Médico: {PT_REQ[i + 1]}   Convênio: {['Particular', 'Unimed', 'Bradesco Saúde'][i]}", "helv", 8.5)
        pdf.t(360, y, f"Unidade: {['Centro', 'Savassi', 'Cambuí'][i]}", "helv", 8.5)
        y += 6
        pdf.line(36, y, W - 36, y, 0.5)
        y += 14
        pdf.rect(36, y - 10, W - 36, y + 4, 0.0, c=None, fill=(0.9, 0.9, 0.9))
        pdf.t(38, y, "EXAME", "hebo", 8)
        pdf.t(205, y, "RESULTADO", "hebo", 8)
        pdf.t(280, y, "UNIDADE", "hebo", 8)
        pdf.t(345, y, "VALORES DE REFERÊNCIA", "hebo", 8)
        return y + 16

    y = page_header()
    bottom = H - 62
    rows = []
    for gi, (title, mk, rs) in enumerate(G):
        if y + 60 > bottom:
            y = page_header()
        pdf.t(36, y, title, "hebo", 9)
        y += 10
        pdf.t(36, y, METHODS[mk], "heit", 6.8, c=(0.3, 0.3, 0.3))
        y += 12
        if mk == "HEMOGRAMA":
            pdf.t(36, y, "ERITROGRAMA", "hebo", 8)
            y += lh + 1
        for r in rs:
            use = tcols if r.twin else cols
            if mk == "HEMOGRAMA" and r.key.startswith(("wbc", "plt")):
                if y + 3 * lh > bottom:
                    y = page_header()
                    pdf.t(36, y, title + " (continuação)", "hebo", 9)
                    y += 14
                y += 3
                if r.key.startswith("wbc"):
                    pdf.t(36, y, "LEUCOGRAMA", "hebo", 8)
                    pdf.t(160 + 45, y, "%", "hebo", 7.5, al="r")
                    pdf.t(232 + 52, y, "/mm³", "hebo", 7.5, al="r")
                    pdf.t(345, y, "Ref. (%)", "hebo", 7.5)
                    pdf.t(445, y, "Ref. (/mm³)", "hebo", 7.5)
                else:
                    pdf.t(36, y, "PLAQUETOGRAMA", "hebo", 8)
                y += lh + 1
            hgt = row_height(r, use, f, z, lh)
            if y + hgt > bottom:
                y = page_header()
                pdf.t(36, y, title + " (continuação)", "hebo", 9)
                y += 14
            y = draw_row(pdf, r, use, y, f, z, lh) + 1.5
            rows.append(r)
            if r.twin:
                rows.append(r.twin)
        d_, hh, mm = rel_time[gi % 4]
        pdf.t(36, y + 1, f"Liberado em {dfmt(d_, 'br')} às {hh:02d}:{mm:02d} por {PT_DOCS[(gi + i) % len(PT_DOCS)]}",
              "helv", 6.8, c=(0.25, 0.25, 0.25))
        y += 18
    if y + 40 > bottom:
        y = page_header()
    pdf.t(36, y, "Observações: valores de referência para adultos. Resultados críticos comunicados conforme protocolo.", "helv", 7)
    y += 9
    pdf.t(36, y, "Responsável técnico: " + PT_DOCS[(i + 3) % len(PT_DOCS)], "helv", 7)
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.line(36, H - 46, W - 36, H - 46, 0.4)
        pdf.t(36, H - 36, "Documento assinado digitalmente. Verifique a autenticidade em www.labresultados.com.br/validar",
              "helv", 6.5)
        pdf.t(W - 36, H - 36, f"Página {j + 1} de {n}", "helv", 7.5, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf.bytes("Laudo", "LabWeb 7.4"), p, rows)


# ----------------------------------------------------------------------------------------------
# C5 letter-en
# ----------------------------------------------------------------------------------------------
def lrow(ctx: Ctx, key: str, name: str, unit: str | None = MISSING, status=None, v=None, vstr=None, comp=None) -> Row:
    r = ctx.row(key, v=v, status=status, name=name, unit=unit if unit is not MISSING else MISSING, vstr=vstr,
                comparator=comp, check=False)
    r = r.no_ref()
    r.pflag = None
    return r


def fam_letter(i: int):
    fam = FAMILIES[4]
    rng = new_report(i, fam)
    p = person(rng, "en", age=(45, 82))
    ctx = Ctx(rng, "en", p.sex, p.age, names="uk", flags=None, p_abn=0.3)
    he, his, title = ("he", "his", "Mr") if p.sex == "male" else ("she", "her", rng.choice(["Mrs", "Ms"]))
    He = he.capitalize()
    U = lambda r: f"{r.vstr} {r.unit}" if r.unit else r.vstr  # noqa: E731
    rows: list[Row] = []

    def add(r):
        rows.append(r)
        return r

    paras = []
    if i == 0:
        ds = "uk"
        clinic = p.coll + timedelta(days=9)
        hba = add(lrow(ctx, "hba1c_si", "HbA1c", "mmol/mol", status="H"))
        na = add(lrow(ctx, "na", "Na", None))
        k = add(lrow(ctx, "k", "K", None))
        ur = add(lrow(ctx, "urea_si", "urea", None))
        cr = add(lrow(ctx, "crea_si", "creatinine", "umol/L"))
        lip = chem(ctx, ["tc_si", "hdl_si", "tg_si"])
        tc_ = add(lrow(ctx, "tc_si", "total cholesterol", "mmol/L", v=lip[0].value))
        hd = add(lrow(ctx, "hdl_si", "HDL", None, v=lip[1].value))
        tg = add(lrow(ctx, "tg_si", "triglycerides", "mmol/L", v=lip[2].value))
        d = cbc(ctx, "uk", diff="abs", extras=(), hb="N", wbc="N", plt="N")
        hb = add(lrow(ctx, "hb_gl", "Hb", "g/L", v=d["hb"].value))
        wc = add(lrow(ctx, "wbc_uk", "WCC", None, v=d["wbc"].value))
        pl = add(lrow(ctx, "plt_uk", "plt", None, v=d["plt"].value))
        ts = add(lrow(ctx, "tsh", "TSH", "mU/L", status="N"))
        f4 = add(lrow(ctx, "ft4_si", "free T4", "pmol/L", status="N"))
        fe = add(lrow(ctx, "ferr", "ferritin", "ug/L"))
        b12 = add(lrow(ctx, "b12_si", "B12", None))
        prev = int(hba.value + rng.randint(6, 14))
        paras = [
            f"I reviewed {title} {p.last} in the diabetes clinic on {dfmt(clinic, 'ukl')}. {He} continues on metformin "
            f"1 g twice daily, gliclazide 80 mg in the morning and ramipril 5 mg once daily, and reports no hypoglycaemia.",
            f"Blood tests taken on {dfmt(p.coll, 'ukl')} show an {hba.name} of {U(hba)}, down from {prev} mmol/mol "
            f"in the spring. Renal function is stable: {na.name} {U(na)}, {k.name} {U(k)}, {ur.name} {U(ur)}, "
            f"{cr.name} {U(cr)}.",
            f"{his.capitalize()} {tc_.name} was {U(tc_)} with {hd.name} {U(hd)} and "
            f"{tg.name} {U(tg)} (non-fasting). Full blood count was unremarkable: {hb.name} {U(hb)}, {wc.name} {U(wc)}, "
            f"{pl.name} {U(pl)}.",
            f"Thyroid function is normal ({ts.name} {U(ts)}, {f4.name} {U(f4)}). Given the tiredness we also checked "
            f"haematinics: {fe.name} {U(fe)} and {b12.name} {U(b12)}.",
            f"Plan: increase atorvastatin to 40 mg at night, continue current diabetes treatment and repeat HbA1c, "
            f"U&E and lipids in 3 months. I will see {'him' if p.sex == 'male' else 'her'} "
            f"again in 6 months.",
        ]
        sender = ("Dr Catherine Moore", "Consultant in Diabetes and Endocrinology", "Northgate Hospital NHS Foundation Trust",
                  "Diabetes Centre, Level 2, Northgate Hospital, Leeds LS7 4SA")
        recip = ("Dr Harriet Lowe", "Meadowbank Surgery", "12 Church Lane, Leeds LS6 2AB")
    elif i == 1:
        ds = "usl"
        hba = add(lrow(ctx, "hba1c", "hemoglobin A1c", "%", status="H"))
        lip = chem(ctx, ["tc", "hdl", "tg", "ldl"])
        ld = add(lrow(ctx, "ldl", "LDL cholesterol", "mg/dL", v=lip[3].value))
        tc_ = add(lrow(ctx, "tc", "total cholesterol", None, v=lip[0].value))
        hd = add(lrow(ctx, "hdl", "HDL", None, v=lip[1].value))
        tg = add(lrow(ctx, "tg", "triglycerides", None, v=lip[2].value))
        k = add(lrow(ctx, "k", "potassium", None, status="H"))
        cr = add(lrow(ctx, "crea", "creatinine", "mg/dL"))
        ts = add(lrow(ctx, "tsh", "TSH", None, status="N"))
        vd = add(lrow(ctx, "vitd", "vitamin D", "ng/mL", status="L"))
        d = cbc(ctx, "us", diff="abs", extras=(), hb="N", wbc="N", plt="N")
        hb = add(lrow(ctx, "hb", "hemoglobin", "g/dL", v=d["hb"].value))
        wc = add(lrow(ctx, "wbc", "white count", None, v=d["wbc"].value))
        pl = add(lrow(ctx, "plt", "platelets", None, v=d["plt"].value))
        paras = [
            f"Thank you for coming in on {dfmt(p.coll + timedelta(days=6), 'usl')}. As promised, here is a summary of the "
            f"blood work drawn on {dfmt(p.coll, 'usl')}.",
            f"Your {hba.name} was {U(hba)}. This is still above where we want it, so we will increase your metformin to "
            f"1000 mg twice a day. Your {ld.name} came back at {U(ld)}; {tc_.name} was {U(tc_)}, {hd.name} {U(hd)} and "
            f"{tg.name} {U(tg)}.",
            f"Your kidney function looks stable with a {cr.name} of {U(cr)}. Your {k.name} was {U(k)}. This is a little "
            f"higher than I would like, so please avoid salt substitutes and we will recheck it in two weeks.",
            f"Your thyroid test ({ts.name} {U(ts)}) is fine. Your {vd.name} level was {U(vd)}, so I recommend vitamin D3 "
            f"2,000 IU daily. Your blood count is normal: {hb.name} {U(hb)}, {wc.name} {U(wc)}, {pl.name} {U(pl)}.",
            "Please call the office at (614) 555-0183 if you have any questions. We will see you again in 3 months.",
        ]
        sender = ("Steven Alvarez, MD", "Internal Medicine", "Brookside Family Health Partners",
                  "2250 Olentangy River Rd, Suite 110, Columbus, OH 43212")
        recip = (f"{title}. {p.first} {p.last}", "", "")
    else:
        ds = "uk"
        k = add(lrow(ctx, "k", "potassium", "mmol/L", status="HH"))
        cr = add(lrow(ctx, "crea_si", "creatinine", "umol/L", status="H"))
        ur = add(lrow(ctx, "urea_si", "urea", None, status="H"))
        na = add(lrow(ctx, "na", "sodium", None))
        bi = add(lrow(ctx, "hco3s", "bicarbonate", None, status="L"))
        d = cbc(ctx, "uk", diff="abs", extras=(), hb="N", wbc="N", plt="N")
        hb = add(lrow(ctx, "hb_gl", "Hb", "g/L", v=d["hb"].value))
        wc = add(lrow(ctx, "wbc_uk", "WCC", None, v=d["wbc"].value))
        crp = add(lrow(ctx, "crp", "CRP", None))
        ca = add(lrow(ctx, "ca_si", "calcium", "mmol/L"))
        mg = add(lrow(ctx, "mg_si", "magnesium", None))
        alt = add(lrow(ctx, "alt", "ALT", None))
        alb = add(lrow(ctx, "alb_si", "albumin", "g/L"))
        base = int(round(cr.value * uni(ctx, 0.5, 0.62)))
        paras = [
            f"I am writing to let you know about {title} {p.last}, who attended the Acute Medical Unit on "
            f"{dfmt(p.coll, 'ukl')} with two days of vomiting and reduced oral intake while taking ramipril 10 mg and "
            f"spironolactone 25 mg daily.",
            f"{his.capitalize()} admission bloods showed a {k.name} of {U(k)} with a "
            f"{cr.name} of {U(cr)} (baseline {base} in January), {ur.name} {U(ur)}, {na.name} {U(na)} and {bi.name} "
            f"{U(bi)}. The ECG showed peaked T waves and {he} was treated with calcium gluconate 10 ml of 10% and "
            f"insulin-dextrose.",
            f"Other results: {hb.name} {U(hb)}, {wc.name} {U(wc)}, {crp.name} {U(crp)}, {ca.name} {U(ca)}, {mg.name} "
            f"{U(mg)}, {alt.name} {U(alt)} and {alb.name} {U(alb)}.",
            "Ramipril and spironolactone have been withheld. Please repeat U&E within 48 hours of discharge and do not "
            "restart spironolactone until renal function has recovered.",
        ]
        sender = ("Dr Niamh Gallagher", "Consultant Acute Physician", "St Aldhelm's University Hospital",
                  "Acute Medical Unit, St Aldhelm's University Hospital, Bristol BS2 8HW")
        recip = ("Dr M. Fitzgerald", "Harbourside Medical Practice", "3 Quay Street, Bristol BS1 4DJ")
    # render letter
    pdf = Pdf(612, 792) if i == 1 else Pdf()
    pdf.new()
    W, H = pdf.w, pdf.h
    y = 50
    pdf.t(W - 50, y, sender[2], "hebo", 10, al="r")
    y += 12
    for ln in wrap(sender[3], "helv", 8, 230):
        pdf.t(W - 50, y, ln, "helv", 8, al="r")
        y += 10
    y += 16
    if recip[1]:
        for s in recip:
            pdf.t(60, y, s, "tiro", 10.5)
            y += 13
    else:
        pdf.t(60, y, recip[0], "tiro", 10.5)
        y += 13
    y += 10
    pdf.t(60, y, dfmt(p.coll + timedelta(days=[12, 7, 3][i]), ds), "tiro", 10.5)
    y += 22
    if i != 1:
        pdf.t(60, y, f"Dear {recip[0]},", "tiro", 10.5)
        y += 20
        re_ = f"Re: {title} {p.first} {p.last.upper()}   DOB {dfmt(p.birth, 'uk')}   NHS No {rid(rng, 3)} {rid(rng, 3)} {rid(rng, 4)}"
        pdf.t(60, y, re_, "tibo", 10)
        y += 20
    else:
        pdf.t(60, y, f"Dear {title}. {p.last},", "tiro", 10.5)
        y += 20
    for para in paras:
        for ln in wrap(para, "tiro", 10.5, W - 120):
            pdf.t(60, y, ln, "tiro", 10.5)
            y += 13.5
        y += 8
    y += 6
    pdf.t(60, y, "Yours sincerely," if i != 1 else "Sincerely,", "tiro", 10.5)
    y += 40
    pdf.t(60, y, sender[0], "tibo", 10.5)
    y += 13
    pdf.t(60, y, sender[1], "tiro", 10.5)
    y += 22
    pdf.t(60, y, "cc: patient" if i != 1 else "", "tiro", 9)
    pdf.t(60, H - 30, "Dictated but not checked." if i == 2 else "This letter contains confidential medical information.",
          "tiit", 8)
    # the name must appear verbatim: rows keep the wording used in the sentences
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf.bytes("Clinic letter", "EPR Letters"), p, rows)


# ----------------------------------------------------------------------------------------------
# C6 sidebyside-pt (landscape, two independent panels)
# ----------------------------------------------------------------------------------------------
def fam_side(i: int):
    fam = FAMILIES[5]
    rng = new_report(i, fam)
    p = person(rng, "pt")
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=["ptC", None, "AB"][i], refstyle=["pt3", "pt1", "pt4"][i],
              both_sexes=0.0, p_abn=0.27)
    if i != 2:
        d = cbc(ctx, "pt", diff="rows", absnames=0 if i == 0 else 1, plt="LL" if i == 1 else None)
        left = ("HEMATOLOGIA - HEMOGRAMA", cbc_rows(d, "pt", "rows") + chem(ctx, ["esr"]))
    else:
        left = ("BIOQUÍMICA", chem(ctx, ["glu", "urea", "crea", "egfr", "uric", "na", "k", "cl", "ca", "mg", "phos",
                                          "ast", "alt", "ggt", "alp", "ldh", "ck", "amy", "lip", "tp", "alb"]))
    if i == 0:
        rk = ["glu", "urea", "crea", "egfr", "na", "k", "ast", "alt", "ggt", "alp", "tbil2", "dbil", "ibil", "tc", "hdl",
              "ldl", "nonhdl", "tg", "tsh", "ft4", "crp"]
        right = ("BIOQUÍMICA", chem(ctx, rk, lod=0.4))
    elif i == 1:
        rk = ["glu", "hba1c", "eag", "urea", "crea", "egfr", "na", "k", "ca", "ast", "alt", "ggt", "iron", "tibc", "tsat",
              "ferr", "b12", "fol", "tsh", "ft4", "crp", "ptime", "inr", "aptt"]
        right = ("BIOQUÍMICA / COAGULAÇÃO", chem(ctx, rk, lod=0.4))
    else:
        rk = ["tsh", "ft4", "ft3", "tpo", "prl", "cort", "ins", "testo" if p.sex == "male" else "prl", "b12", "fol",
              "vitd", "ferr", "hba1c", "eag", "crp", "pct", "tc", "hdl", "ldl", "tg"]
        rk = list(dict.fromkeys(rk))
        if p.sex == "male":
            rk.insert(7, "psa")
            rk += ["lh", "fsh"]
        right = ("HORMÔNIOS, VITAMINAS E MARCADORES", chem(ctx, rk, lod=0.4))
    pdf = Pdf(842, 595)
    pdf.new()
    W, H = pdf.w, pdf.h
    y = 34
    pdf.t(30, y, PT_LABS[(i + 3) % len(PT_LABS)], "hebo", 12)
    pdf.t(W - 30, y, "RESULTADOS DE EXAMES", "hebo", 10, al="r")
    y += 10
    pdf.t(30, y, PT_ADDR[(i + 3) % len(PT_ADDR)], "helv", 7)
    y += 14
    pdf.t(30, y, f"Paciente: {p.name}", "helv", 8.5)
    pdf.t(300, y, f"Sexo: {sex_word(p.sex, 'pt')}", "helv", 8.5)
    pdf.t(420, y, f"Idade: {p.age} anos", "helv", 8.5)
    pdf.t(560, y, f"Coleta: {dfmt(p.coll, 'br')} {p.hh:02d}:{p.mm:02d}", "helv", 8.5)
    y += 11
    pdf.t(30, y, f"Solicitante: {PT_REQ[(i + 2) % 6]}", "helv", 8.5)
    pdf.t(300, y, f"Atendimento: {rid(rng, 7)}", "helv", 8.5)
    pdf.t(560, y, f"Emissão: {dfmt(p.coll + timedelta(days=1), 'br')}", "helv", 8.5)
    y += 7
    pdf.line(30, y, W - 30, y, 0.8)
    y += 16
    f, z, lh = "helv", 7.8, 9.6
    LX, RX = 30, 431
    PW = 381

    def pcols(x0):
        return [Col("name", x0, 124), Col("valflag", x0 + 126, 62, "r"), Col("unit", x0 + 194, 62), Col("ref", x0 + 260, PW - 260)]

    lc, rc = pcols(LX), pcols(RX)
    for (title, _), x0 in ((left, LX), (right, RX)):
        pdf.t(x0, y, title, "hebo", 9)
    y += 12
    for x0 in (LX, RX):
        pdf.t(x0, y, "Exame", "hebo", 7.5)
        pdf.t(x0 + 188, y, "Resultado", "hebo", 7.5, al="r")
        pdf.t(x0 + 194, y, "Unidade", "hebo", 7.5)
        pdf.t(x0 + 260, y, "Valores de referência", "hebo", 7.5)
        pdf.line(x0, y + 3, x0 + PW, y + 3, 0.4)
    pdf.line(RX - 10, y - 24, RX - 10, H - 80, 0.4)
    y += 13
    L, Rr = left[1], right[1]
    rows = []
    for j in range(max(len(L), len(Rr))):
        hs = []
        for side, cs in ((L, lc), (Rr, rc)):
            if j < len(side):
                hs.append(row_height(side[j], cs, f, z, lh))
        hgt = max(hs)
        for side, cs in ((L, lc), (Rr, rc)):   # same baseline, drawn line by line
            if j < len(side):
                draw_row(pdf, side[j], cs, y, f, z, lh)
        y += hgt + 1.2
    rows = L + Rr
    y = max(y + 10, H - 70)
    pdf.t(30, y, "Valores de referência para adultos. Resultados assinalados fora do intervalo de referência.", "helv", 6.8)
    pdf.t(30, y + 10, f"Responsável técnico: {PT_DOCS[(i + 4) % len(PT_DOCS)]}", "helv", 6.8)
    pdf.t(W - 30, y + 10, "Página 1 de 1", "helv", 7, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf.bytes("Resultados", "Labplus 3"), p, rows)


# ----------------------------------------------------------------------------------------------
# Scan / photo simulation
# ----------------------------------------------------------------------------------------------
def raster(pdf_bytes: bytes, dpi: int, gray: bool) -> np.ndarray:
    doc = fitz.open(stream=pdf_bytes, filetype="pdf")
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY if gray else fitz.csRGB, alpha=False)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
    return a[:, :, 0].copy() if gray else a.copy()


def png_bytes(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def nprng(tag: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(f"{SEED}|{tag}".encode()).hexdigest()[:16], 16))


def phone_photo(img: np.ndarray, g: np.random.Generator) -> np.ndarray:
    """Keystone + 2-3° rotation, uneven light with a shadow band, mild blur and sensor noise."""
    h, w = img.shape[:2]
    Wc, Hc = int(w * 1.10), int(h * 1.07)
    mx, my = (Wc - w) / 2, (Hc - h) / 2
    k = g.uniform(0.022, 0.036) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[mx + k, my + g.uniform(-4, 4)], [mx + w - k, my + g.uniform(-4, 4)],
                      [mx + w + 0.25 * k, my + h], [mx - 0.25 * k, my + h]])
    ang = math.radians(g.choice([-1, 1]) * g.uniform(2.0, 3.0))
    cx, cy = Wc / 2, Hc / 2
    ca, sa = math.cos(ang), math.sin(ang)
    dst = np.float32([[cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca] for x, y in dst])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = tuple(int(c) for c in g.integers(60, 110, size=3))
    out = cv2.warpPerspective(img, M, (Wc, Hc), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=bg).astype(np.float32)
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    light = 0.80 + 0.20 * (xx / Wc) * (0.6 + 0.4 * yy / Hc)
    r2 = ((xx - Wc * 0.55) / Wc) ** 2 + ((yy - Hc * 0.45) / Hc) ** 2
    light *= 1.0 - 0.22 * r2
    # a soft diagonal shadow band (a hand or the phone)
    a_, b_ = g.uniform(-0.5, 0.5), 1.0
    d = (a_ * (xx - Wc * g.uniform(0.3, 0.7)) + b_ * (yy - Hc * g.uniform(0.55, 0.8))) / math.hypot(a_, b_)
    light *= 1.0 - 0.26 * np.exp(-(d / (Hc * 0.05)) ** 2)
    tint = np.array([1.0, 0.97, 0.90], dtype=np.float32)
    out = out * light[..., None] * tint
    out = cv2.GaussianBlur(out, (0, 0), g.uniform(0.7, 0.95))
    out += g.normal(0, 3.0, out.shape).astype(np.float32)
    return np.clip(out, 0, 255).astype(np.uint8)


def fax_scan(img: np.ndarray, g: np.random.Generator) -> np.ndarray:
    """150 dpi, 0.5-1.5° skew, binarised, speckles, dropouts and one or two horizontal streaks."""
    h, w = img.shape[:2]
    ang = g.choice([-1, 1]) * g.uniform(0.5, 1.5)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    out = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    out = cv2.GaussianBlur(out, (0, 0), 0.55).astype(np.float32)
    out += g.normal(0, 10, out.shape)
    bw = np.where(out > g.uniform(150, 170), 255, 0).astype(np.uint8)
    n = int(h * w * g.uniform(0.0009, 0.0016))
    ys, xs = g.integers(0, h - 2, n), g.integers(0, w - 2, n)
    bw[ys, xs] = 0
    big = n // 12
    ys, xs = g.integers(0, h - 3, big), g.integers(0, w - 3, big)
    for dy in (0, 1):
        for dx in (0, 1):
            bw[ys + dy, xs + dx] = 0
    drop = int(h * w * 0.0012)
    ys, xs = g.integers(0, h, drop), g.integers(0, w, drop)
    bw[ys, xs] = 255
    for _ in range(int(g.integers(1, 3))):
        y0 = int(g.uniform(0.15, 0.9) * h)
        t = int(g.integers(1, 3))
        x0, x1 = int(g.uniform(0, 0.3) * w), int(g.uniform(0.6, 1.0) * w)
        seg = g.random(x1 - x0) < 0.85
        for yy in range(y0, y0 + t):
            bw[yy, x0:x1][seg] = 0
    # fax header line burned in at the top
    return bw


def fax_header(pdf: Pdf, text: str):
    pdf.t(20, 14, text, "cour", 7)


# ----------------------------------------------------------------------------------------------
# C7 phone-photo-en
# ----------------------------------------------------------------------------------------------
def fam_photo(i: int):
    fam = FAMILIES[6]
    rng = new_report(i, fam)
    p = person(rng, "en")
    ctx = Ctx(rng, "en", p.sex, p.age, names="us", flags=["HL", "word", "HL"][i], refstyle=["en1", "en2", "en5"][i],
              both_sexes=0.3, p_abn=0.27)
    d = cbc(ctx, "us", diff="rows_grouped" if i == 2 else "rows", extras=("rdw",) if i else ("rdw", "mpv"),
            plt="LL" if i == 1 else None)
    secs = [("HEMATOLOGY", cbc_rows(d, "us", "rows_grouped" if i == 2 else "rows"))]
    if i == 0:
        secs.append(("CHEMISTRY", chem(ctx, ["glu", "bun", "crea", "egfr", "na", "k", "cl", "co2", "ca", "alt", "ast"])))
        secs.append(("LIPIDS", chem(ctx, ["tc", "tg", "hdl", "ldl"])))
    elif i == 1:
        secs.append(("CHEMISTRY", chem(ctx, ["glu", "bun", "crea", "na", "k", "tbil", "alp", "ldh", "uric"])))
        secs.append(("COAGULATION", chem(ctx, ["ptime", "inr", "aptt"])))
    else:
        secs.append(("CHEMISTRY", chem(ctx, ["glu", "crea", "egfr", "na", "k", "alt", "ggt"])))
        secs.append(("ENDOCRINE", chem(ctx, ["tsh", "ft4", "hba1c"])))
        secs.append(("IRON", chem(ctx, ["iron", "ferr"])))
    pdf = Pdf(612, 792)
    pdf.new()
    W = pdf.w
    lab = ["Valley Medical Center Laboratory", "Coastal Oncology Associates - Lab Services", "Prairie Health Clinical Lab"][i]
    y = 46
    pdf.t(40, y, lab, "hebo", 13)
    y += 12
    pdf.t(40, y, ["3400 Valley View Rd, Fresno, CA 93720 | (559) 555-0110",
                  "900 Ocean Ave, Suite 2, Norfolk, VA 23503 | 757-555-0175",
                  "15 Prairie Way, Omaha, NE 68114 | 402-555-0130"][i], "helv", 7.5)
    y += 18
    pdf.t(40, y, f"PATIENT: {p.last.upper()}, {p.first.upper()}", "hebo", 9)
    pdf.t(330, y, f"ACCOUNT: {rid(rng, 9)}", "helv", 8.5)
    y += 12
    pdf.t(40, y, f"DOB: {dfmt(p.birth, 'us')}  AGE: {p.age}Y  SEX: {sex_word(p.sex, 'en', True)}", "helv", 8.5)
    pdf.t(330, y, f"COLLECTED: {dfmt(p.coll, 'us')} {p.hh:02d}:{p.mm:02d}", "helv", 8.5)
    y += 12
    pdf.t(40, y, f"PHYSICIAN: {EN_REQ[i].upper()}", "helv", 8.5)
    pdf.t(330, y, f"REPORTED: {dfmt(p.coll, 'us')} {min(p.hh + 5, 23):02d}:{p.mm:02d}", "helv", 8.5)
    y += 10
    pdf.line(40, y, W - 40, y, 1)
    y += 14
    hx = [40, 270, 282, 330, 400]
    for x, s, al in zip(hx, ["TEST", "RESULT", "FLAG", "UNITS", "REFERENCE RANGE"], ["l", "r", "l", "l", "l"]):
        pdf.t(x if al == "l" else x, y, s, "hebo", 8.5, al=al)
    y += 4
    pdf.line(40, y, W - 40, y, 0.5)
    y += 12
    cols = [Col("name", 40, 170), Col("value", 230, 40, "r"), Col("flag", 282, 44), Col("unit", 330, 66),
            Col("ref", 400, W - 40 - 400)]
    rows = []
    for title, rs in secs:
        pdf.t(40, y, title, "hebo", 8.5)
        y += 11.5
        for r in rs:
            draw_row(pdf, r, cols, y, "helv", 8.5, 11.5)
            tw = tl(r.name, "helv", 8.5)
            if i != 1:
                dots = "." * max(0, int((214 - tw) / tl(".", "helv", 8.5)) - 2)
                pdf.t(40 + tw + 3, y, dots, "helv", 8.5, c=(0.55, 0.55, 0.55))
            y += 11.5
            rows.append(r)
        y += 5
    y += 8
    for s in ["H/L = outside reference range. CRITICAL values are called to the ordering physician.",
              f"Verified by: {EN_DOCS[[2, 3, 5][i]]}    Page 1 of 1"]:
        pdf.t(40, y, s, "helv", 7.5)
        y += 10
    pdf_bytes = pdf.bytes("Report", "Meditech LAB")
    img = raster(pdf_bytes, [160, 150, 170][i], gray=False)
    png = png_bytes(phone_photo(img, nprng(f"photo{i}")))
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf_bytes, p, rows, png=png)


# ----------------------------------------------------------------------------------------------
# C8 unitfirst-pt (monospaced LIS export: CÓDIGO | EXAME | UNIDADE | RESULTADO | REFERÊNCIA)
# ----------------------------------------------------------------------------------------------
LIS_CODES = {"rbc": "HEM", "hb": "HGB", "hct": "HTC", "mcv": "VCM", "mch": "HCM", "mchc": "CHC", "rdw": "RDW",
             "wbc": "LEU", "neut": "NEU", "lymph": "LIN", "mono": "MON", "eos": "EOS", "baso": "BAS", "plt": "PLQ",
             "mpv": "VPM", "glu": "GLI", "urea": "URE", "crea": "CRE", "egfr": "TFG", "na": "NA", "k": "K",
             "cl": "CL", "ca": "CA", "mg": "MG", "phos": "FOS", "uric": "AUR", "ast": "TGO", "alt": "TGP",
             "ggt": "GGT", "alp": "FAL", "tbil2": "BIT", "dbil": "BID", "ibil": "BII", "tc": "COL", "hdl": "HDL",
             "ldl": "LDL", "vldl": "VLD", "nonhdl": "NHD", "tg": "TRI", "tsh": "TSH", "ft4": "T4L", "hba1c": "A1C",
             "eag": "GME", "iron": "FES", "tibc": "CTF", "tsat": "IST", "ferr": "FER", "b12": "B12", "fol": "FOL",
             "crp": "PCR", "ptime": "TP", "inr": "RNI", "ptact": "ATP", "aptt": "TTP", "ck": "CPK", "ldh": "LDH",
             "amy": "AMI", "lip": "LIP", "tp": "PTT", "alb": "ALB", "glob": "GLO", "agr": "RAG", "vitd": "VTD"}


def fam_unitfirst(i: int):
    fam = FAMILIES[7]
    rng = new_report(i, fam)
    p = person(rng, "pt")
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=["star", "AB", None][i], refstyle=["pt1", "pt3", "pt2"][i],
              both_sexes=0.5, p_abn=0.28)
    ctx.caps = True
    ctx.noaccent = [0.5, 1.0, 0.3][i]
    d = cbc(ctx, "pt", diff="rows", absnames=0)
    rows = cbc_rows(d, "pt", "rows")
    ck = [["glu", "urea", "crea", "egfr", "na", "k", "ast", "alt", "ggt", "alp", "tc", "hdl", "ldl", "vldl", "tg",
           "tsh", "ft4", "crp"],
          ["glu", "hba1c", "eag", "urea", "crea", "uric", "na", "k", "ca", "mg", "tbil2", "dbil", "ibil", "iron", "tibc",
           "tsat", "ferr", "b12", "ptime", "ptact", "inr", "aptt"],
          ["glu", "urea", "crea", "egfr", "na", "k", "cl", "ca", "phos", "ck", "ldh", "amy", "lip", "tp", "alb", "glob",
           "agr", "tc", "hdl", "ldl", "nonhdl", "tg", "vitd", "fol"]][i]
    rows = rows + chem(ctx, ck, lod=0.3)
    pdf = Pdf()
    pdf.new()
    W, H = pdf.w, pdf.h
    F, FB, z = "cour", "cobo", 7.4
    cw = tl("M", F, z)
    x0 = 30
    widths = [7, 31, 14, 13]   # code, exam, unit, result; the rest is reference
    refw = int((W - 2 * x0) / cw) - sum(widths)
    y = 36
    lab = ["LABORATORIO ANALISE CLINICA SAO BENTO LTDA", "LAB. MUNICIPAL DE PATOLOGIA CLINICA - SMS",
           "CENTRO DE ANALISES CLINICAS BOA VISTA"][i]

    def line(s, bold=False):
        nonlocal y
        if y > H - 40:
            pdf.new()
            y = 36
        pdf.t(x0, y, s, FB if bold else F, z)
        y += z * 1.32

    line(lab, True)
    line("RELATORIO DE RESULTADOS - EXPORTACAO LIS v2.3" if i != 1 else "LAUDO - EMISSAO PELO SISTEMA (MODO TEXTO)")
    line("=" * (sum(widths) + refw))
    line(f"PACIENTE: {strip_accents(p.name).upper():<40} SEXO: {sex_word(p.sex, 'pt', True)}  IDADE: {p.age}A")
    line(f"NASC.: {dfmt(p.birth, 'br')}   COLETA: {dfmt(p.coll, 'br')} {p.hh:02d}:{p.mm:02d}   PEDIDO: {rid(rng, 9)}")
    line(f"MEDICO: {strip_accents(PT_REQ[(i + 3) % 6]).upper():<36} CONVENIO: {['SUS', 'PARTICULAR', 'CASSI'][i]}")
    line("-" * (sum(widths) + refw))
    hdr = ["CÓDIGO", "EXAME", "UNIDADE", "RESULTADO", "VALOR DE REFERÊNCIA"]
    if i == 1:
        hdr = [strip_accents(h) for h in hdr]
    line("".join(h.ljust(wd) for h, wd in zip(hdr, widths + [refw])).rstrip(), True)
    line("  ".join("-" * (wd - 2) for wd in widths) + "  " + "-" * (refw - 2))
    out = []
    for n, r in enumerate(rows):
        base = base_of(r.key)
        code = LIS_CODES.get(base, base.upper()[:3])
        if base in ("neuta", "lympha", "monoa", "eosa", "basoa"):
            code = LIS_CODES[base[:-1]] + "A"
        if i == 1:
            code = f"{(n + 1) * 10 + 1000:05d}"
        elif i == 2:
            code = f"{code}{n % 7:02d}"
        nm = r.name[:widths[1] - 1]
        if nm != r.name:
            r.name = nm.rstrip()
        val = r.vstr + ((" " + r.pflag) if r.pflag else "")
        ref = (r.reftext or "").upper() if i == 1 else (r.reftext or "")
        refl = []
        for part in ref.split("\n"):
            refl += wrap(part, F, z, refw * cw) if part else []
        first = refl[0] if refl else ""
        s = code.ljust(widths[0]) + r.name.ljust(widths[1]) + (r.unit or "").ljust(widths[2]) + val.ljust(widths[3]) + first
        line(s.rstrip())
        for more in refl[1:]:
            line(" " * sum(widths) + more)
        out.append(r)
    line("-" * (sum(widths) + refw))
    line("OBS: RESULTADOS LIBERADOS APOS CONFERENCIA TECNICA. VALORES DE REFERENCIA PARA ADULTOS.")
    line(f"RESP. TECNICO: {strip_accents(PT_DOCS[(i + 5) % len(PT_DOCS)]).upper()}")
    line(f"IMPRESSO EM {dfmt(p.coll + timedelta(days=1), 'br')} 08:1{i}  -  FIM DO RELATORIO")
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf.bytes("LIS export", "LISTXT"), p, out)


# ----------------------------------------------------------------------------------------------
# C9 rangebar-en (patient-friendly range bars)
# ----------------------------------------------------------------------------------------------
DESCR = {"glu": "Blood sugar after fasting", "hba1c": "Average blood sugar over ~3 months", "tc": "Total cholesterol",
         "hdl": "'Good' cholesterol", "ldl": "'Bad' cholesterol", "tg": "Blood fats", "crea": "Kidney filtration marker",
         "egfr": "Estimated kidney function", "alt": "Liver enzyme", "ast": "Liver enzyme", "tsh": "Thyroid signal",
         "vitd": "Vitamin D status", "ferr": "Iron stores", "b12": "Nerve and blood health", "hb": "Oxygen-carrying protein",
         "wbc": "Immune cells", "plt": "Clotting cells", "crp": "Inflammation", "uric": "Gout risk marker",
         "k": "Electrolyte", "na": "Electrolyte", "ggt": "Liver enzyme", "testo": "Hormone", "psa": "Prostate marker",
         "ft4": "Thyroid hormone", "mg": "Mineral", "ca": "Mineral", "alb": "Protein made by the liver",
         "iron": "Iron in blood", "fol": "Vitamin B9", "ins": "Fasting insulin", "cort": "Stress hormone"}


def fam_rangebar(i: int):
    fam = FAMILIES[8]
    rng = new_report(i, fam)
    p = person(rng, "en", age=(28, 70))
    ctx = Ctx(rng, "en", p.sex, p.age, names="us" if i != 1 else "uk", flags=None, refstyle="en1", both_sexes=0.0,
              p_abn=0.18)
    if i == 0:
        ks = ["glu", "hba1c", "tc", "hdl", "ldl", "tg", "crea", "egfr", "alt", "ast", "ggt", "tsh", "ft4", "vitd", "ferr",
              "b12", "crp", "uric", "hb", "wbc", "plt"]
    elif i == 1:
        ks = ["hb_gl", "wbc_uk", "plt_uk", "glu_si", "hba1c_si", "tc_si", "hdl_si", "ldl_si", "tg_si", "crea_si", "egfr",
              "alt", "alp", "tsh", "ft4_si", "ferr", "b12_si", "fol_si", "crp", "na", "k"]
    else:
        ks = ["glu", "ins", "hba1c", "tc", "hdl", "ldl", "tg", "crea", "egfr", "k", "na", "ca", "mg", "alt", "alb", "tsh",
              "cort", "iron", "ferr", "vitd", "crp", "testo" if p.sex == "male" else "fol"]
    cb = [k for k in ks if k in ("hb", "wbc", "plt", "hb_gl", "wbc_uk", "plt_uk")]
    rows = {}
    if cb:
        d = cbc(ctx, "us" if i != 1 else "uk", diff="abs", extras=())
        for k in cb:
            rows[k] = d[base_of(k)]
    other = [k for k in ks if k not in cb]
    for r in chem(ctx, other, lod=0.0, egfr_cap=False):
        rows[r.key] = r
    order = [rows[k] for k in ks]
    # status words
    words = [("Normal", "Above range", "Below range"), ("In range", "High", "Low"), ("Normal", "Above range", "Below range")][i]
    kept = []
    for r in order:
        if r.lo is None and r.hi is None:
            continue
        w_ = words[0] if r.flag == "N" else (words[1] if r.flag in ("H", "HH") else words[2])
        r.pflag = w_
        r.reftext = None
        kept.append(r)
    pdf = Pdf(612, 792)
    W, H = pdf.w, pdf.h
    brand = ["Brightpath Wellness Labs", "Clearview Health Check (UK)", "Vitalis Direct Labs"][i]

    def page():
        pdf.new()
        pdf.rect(0, 0, W, 64, 0, c=None, fill=(0.16, 0.36, 0.55))
        pdf.t(40, 32, brand, "hebo", 15, c=(1, 1, 1))
        pdf.t(40, 48, "Your results, explained", "helv", 9, c=(0.9, 0.95, 1))
        pdf.t(W - 40, 32, f"{p.first} {p.last}", "hebo", 10, c=(1, 1, 1), al="r")
        pdf.t(W - 40, 46, f"{sex_word(p.sex, 'en')}, age {p.age}  |  Sample collected {dfmt(p.coll, 'usl' if i != 1 else 'ukl')}",
              "helv", 7.5, c=(1, 1, 1), al="r")
        return 92

    y = page()
    nout = sum(1 for r in kept if r.flag != "N")
    pdf.t(40, y, f"{len(kept)} markers tested  -  {len(kept) - nout} in range, {nout} outside range", "hebo", 10)
    y += 10
    pdf.t(40, y + 4, "Markers outside the range are not a diagnosis - discuss them with your doctor.", "helv", 7.5,
          c=(0.35, 0.35, 0.35))
    y += 24
    bx0, bx1 = 268, 500
    for r in kept:
        if y + 52 > H - 40:
            y = page()
        key = r.key.split("_")[0]
        pdf.t(40, y + 14, r.name, "hebo", 10)
        if key in DESCR:
            pdf.t(40, y + 26, DESCR[key], "helv", 7.2, c=(0.4, 0.4, 0.4))
        by = y + 24
        L = bx1 - bx0
        lo, hi = r.lo, r.hi
        a = bx0 + 0.22 * L if lo is not None else bx0
        b = bx1 - 0.22 * L if hi is not None else bx1
        if lo is not None:
            pdf.rect(bx0, by, a, by + 7, 0, c=None, fill=(0.98, 0.82, 0.62))
        pdf.rect(a, by, b, by + 7, 0, c=None, fill=(0.66, 0.86, 0.66))
        if hi is not None:
            pdf.rect(b, by, bx1, by + 7, 0, c=None, fill=(0.98, 0.82, 0.62))
        pdf.rect(bx0, by, bx1, by + 7, 0.4, c=(0.5, 0.5, 0.5))
        v = r.value
        if lo is not None and hi is not None:
            xv = a + (v - lo) / (hi - lo) * (b - a)
        elif hi is not None:
            xv = bx0 + (v / hi) * (b - bx0)
        else:
            xv = a + (v - lo) / lo * (bx1 - a) * 0.8
        xv = min(max(xv, bx0 + 4), bx1 - 4)
        pdf.line(xv, by - 2, xv, by + 9, 1.6, c=(0.1, 0.1, 0.1))
        vt = r.vstr + ((" " + r.unit) if r.unit else "")
        pdf.t(xv, by - 5, vt, "hebo", 9, al="c")
        sp = SPECS[r.key]
        dd = sp.rdec if sp.rdec is not None else sp.dec
        if lo is not None and hi is not None:
            pdf.t(a, by + 17, ctx.fmt(lo, dd), "helv", 7.2, al="c")
            pdf.t(b, by + 17, ctx.fmt(hi, dd), "helv", 7.2, al="c")
        elif hi is not None:
            pdf.t(b, by + 17, "< " + ctx.fmt(hi, dd), "helv", 7.2, al="c")
        else:
            pdf.t(a + 4, by + 17, "> " + ctx.fmt(lo, dd), "helv", 7.2, al="c")
        col = (0.1, 0.5, 0.2) if r.flag == "N" else (0.8, 0.35, 0.05)
        pdf.t(W - 40, by + 7, r.pflag, "hebo", 9, c=col, al="r")
        y += 50
    y += 6
    if y > H - 70:
        y = page()
    for s in ["Ranges shown are the laboratory reference intervals for your sex and age.",
              f"Tests performed by {['Brightpath Clinical Laboratory, CLIA 22D1234567', 'Clearview Pathology Partnership (UKAS 9123)', 'Vitalis Reference Lab, CAP #8847201'][i]}.",
              f"Reviewed by {EN_DOCS[[3, 0, 5][i]]}. This report is for information and does not replace medical advice."]:
        pdf.t(40, y, s, "helv", 7.2)
        y += 9.5
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.t(W - 40, H - 22, f"{j + 1}/{n}", "helv", 7, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf.bytes("Results", "Brightpath Portal"), p, kept)


# ----------------------------------------------------------------------------------------------
# C10 keyperline-pt (stacked "Exame:/Resultado:/Unidade:/Valores de referência:" lines)
# ----------------------------------------------------------------------------------------------
KP_METHOD = {"tsh": "Eletroquimioluminescência", "ft4": "Eletroquimioluminescência", "ft3": "Eletroquimioluminescência",
             "tpo": "Quimioluminescência", "iron": "Colorimétrico (ferrozina)", "tibc": "Colorimétrico",
             "tsat": "Cálculo", "ferr": "Quimioluminescência", "trf": "Imunoturbidimetria",
             "b12": "Quimioluminescência", "fol": "Quimioluminescência", "vitd": "Quimioluminescência (CLIA)",
             "hba1c": "Cromatografia líquida de alta eficiência (HPLC)", "eag": "Cálculo (ADAG)",
             "hiv": "Quimioluminescência (4ª geração)", "hbsag": "Quimioluminescência", "hcv": "Quimioluminescência",
             "vdrl": "Floculação (VDRL)", "glu": "Enzimático (hexoquinase)", "ins": "Quimioluminescência",
             "crea": "Jaffé cinético", "tc": "Enzimático colorimétrico", "hdl": "Homogêneo direto",
             "ldl": "Cálculo (Friedewald)", "tg": "Enzimático colorimétrico", "psa": "Quimioluminescência",
             "prl": "Quimioluminescência", "cort": "Quimioluminescência", "mg": "Colorimétrico", "k": "Íon seletivo"}
KP_MAT = {"hba1c": "Sangue total (EDTA)", "eag": "Sangue total (EDTA)", "glu": "Plasma fluoretado"}
VITD_BANDS = ["Interpretação (SBPC/ML e SBEM, 2017):",
              "Acima de 20 ng/mL: desejável para a população geral saudável",
              "Entre 30 e 60 ng/mL: recomendado para grupos de risco",
              "Entre 10 e 20 ng/mL: risco de doença óssea",
              "Acima de 100 ng/mL: risco de toxicidade e hipercalcemia"]
VITD_BANDS2 = ["Classificação (Endocrine Society):", "Deficiência: inferior a 20 ng/mL",
               "Insuficiência: 21 a 29 ng/mL", "Suficiência: 30 a 100 ng/mL"]
A1C_BANDS = ["Critérios diagnósticos (ADA / SBD):", "Normal: inferior a 5,7 %", "Pré-diabetes: 5,7 a 6,4 %",
             "Diabetes: igual ou superior a 6,5 %", "Meta terapêutica para a maioria dos adultos com diabetes: < 7,0 %"]
LDL_BANDS = ["Meta conforme categoria de risco cardiovascular (SBC 2017):", "Baixo risco: inferior a 130 mg/dL",
             "Risco intermediário: inferior a 100 mg/dL", "Alto risco: inferior a 70 mg/dL",
             "Muito alto risco: inferior a 50 mg/dL"]


def fam_keyperline(i: int):
    fam = FAMILIES[9]
    rng = new_report(i, fam)
    p = person(rng, "pt")
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=None, refstyle=["pt1", "pt2", "pt1"][i], both_sexes=0.8,
              p_abn=0.3)
    ctx.caps = True
    ctx.noaccent = 0.0
    ctx.setvar("vitd", [1, 0, 2][i])
    groups = [["tsh", "ft4"] + (["tpo"] if i != 1 else ["ft3"]), ["iron", "tibc", "tsat", "ferr"] if i != 2 else ["ferr", "trf"],
              ["b12", "fol", "vitd"], ["hba1c", "eag"] if i != 2 else ["hba1c", "glu", "ins"]]
    if i == 1:
        groups.append(["tc", "hdl", "ldl", "tg"])
    if i == 2:
        groups.append(["crea", "k", "mg"])
    exams: list[tuple[Row, list[str]]] = []
    for g in groups:
        for r in chem(ctx, g, lod=0.5):
            notes = []
            if r.key == "vitd":
                if i == 1:       # only an interpretive table: no reference interval
                    r = r.no_ref()
                    r.pflag = None
                    notes = VITD_BANDS
                elif i == 0:     # the report states the reference explicitly
                    r.reftext = "Superior a 20,0 ng/mL (população geral saudável)"
                    notes = VITD_BANDS[2:]
                else:
                    notes = VITD_BANDS2
            if r.key == "hba1c":
                if i == 2:
                    r = r.no_ref()
                    notes = A1C_BANDS
                else:
                    notes = A1C_BANDS[:4]
            if r.key == "ldl":
                r = r.no_ref()
                notes = LDL_BANDS
            if r.key == "eag":
                notes = ["Calculada a partir da HbA1c: GME = 28,7 x HbA1c - 46,7"]
            exams.append((r, notes))
    sero = serology(ctx, ("hiv", "hbsag", "hcv", "vdrl") if i != 1 else ("hiv", "hcv", "vdrl"),
                    reactive="vdrl" if i == 2 else None)
    for r in sero:
        idx = uni(ctx, 0.05, 0.45) if r.qual == "non-reactive" else None
        notes = []
        if r.key != "vdrl":
            notes = [f"Índice: {ctx.fmt(idx, 2)} (S/CO)",
                     "Não reagente: inferior a 1,00   Reagente: igual ou superior a 1,00"]
        elif r.qual == "reactive":
            notes = ["Título: 1/4", "Resultados reagentes devem ser confirmados por teste treponêmico."]
        exams.append((r, notes))
    pdf = Pdf()
    W, H = pdf.w, pdf.h
    lab = PT_LABS[(i + 1) % len(PT_LABS)]
    os_ = rid(rng, 8)

    def page():
        pdf.new()
        y = 40
        pdf.t(40, y, lab, "hebo", 12)
        y += 11
        pdf.t(40, y, PT_ADDR[(i + 1) % len(PT_ADDR)], "helv", 7)
        y += 16
        pdf.t(40, y, f"Nome: {p.name}", "helv", 9)
        pdf.t(380, y, f"O.S.: {os_}", "helv", 9)
        y += 11.5
        pdf.t(40, y, f"Sexo: {sex_word(p.sex, 'pt')}   Nascimento: {dfmt(p.birth, 'br')}   Idade: {p.age} anos", "helv", 9)
        pdf.t(380, y, f"Coleta: {dfmt(p.coll, 'br')}", "helv", 9)
        y += 11.5
        pdf.t(40, y, f"Médico(a): {PT_REQ[(i + 4) % 6]}", "helv", 9)
        y += 6
        pdf.line(40, y, W - 40, y, 0.8)
        return y + 18

    y = page()
    rows = []
    f, z, lh = "helv", 9, 11.6
    for r, notes in exams:
        lines = [("Exame: ", r.name, "hebo")]
        mat = "Soro" if r.key not in KP_MAT else KP_MAT[r.key]
        if r.key in ("hiv", "hbsag", "hcv", "vdrl"):
            mat = "Soro"
        lines.append(("Material: ", mat, f))
        if r.key in KP_METHOD:
            lines.append(("Método: ", KP_METHOD[r.key], f))
        inline_unit = (i == 2 and r.unit is not None and rng.random() < 0.5)
        if inline_unit:
            lines.append(("Resultado: ", r.vstr + " " + r.unit + (("   " + r.pflag) if r.pflag else ""), "hebo"))
        else:
            lines.append(("Resultado: ", r.vstr + (("   " + r.pflag) if r.pflag else ""), "hebo"))
            if r.unit:
                lines.append(("Unidade: ", r.unit, f))
        ref = r.reftext if r.reftext else (QWORDS["non-reactive"]["pt"][0] if r.qual else None)
        if ref and not (r.key == "ldl"):
            lines.append(("Valores de referência: " if i != 1 else "Valor de referência: ", ref.replace("\n", "; "), f))
        need = (len(lines) + len(notes)) * lh + 14
        if y + need > H - 50:
            y = page()
        for lab_, val, ff in lines:
            pdf.t(40, y, lab_, "hebo" if lab_ == "Exame: " else f, z)
            x = 40 + tl(lab_, "hebo" if lab_ == "Exame: " else f, z)
            for k, ln in enumerate(wrap(val, ff, z, W - 40 - x)):
                if k:
                    y += lh
                pdf.t(x, y, ln, ff, z)
            y += lh
        for s in notes:
            pdf.t(52, y, s, "helv", 7.8, c=(0.25, 0.25, 0.25))
            y += lh - 1.5
        pdf.line(40, y - 2, W - 40, y - 2, 0.3, c=(0.6, 0.6, 0.6), dashes="[2 2] 0")
        y += 12
        rows.append(r)
    if y > H - 80:
        y = page()
    pdf.t(40, y, f"Liberado em {dfmt(p.coll + timedelta(days=2), 'br')} às 16:4{i} - {PT_DOCS[(i + 2) % len(PT_DOCS)]}", "helv", 7.5)
    y += 10
    pdf.t(40, y, "Valores de referência sujeitos a alteração conforme metodologia. Laudo assinado digitalmente.", "helv", 7)
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.t(W - 40, H - 26, f"Página {j + 1} de {n}", "helv", 7, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf.bytes("Laudo", "Shift LIS"), p, rows)


# ----------------------------------------------------------------------------------------------
# C11 dualunit-en (SI result + conventional conversion in brackets)
# ----------------------------------------------------------------------------------------------
CONV = {  # SI spec -> (conventional unit, factor, decimals, label prefix)
    "glu_si": ("mg/dL", 18.016, 0, ""), "crea_si": ("mg/dL", 1 / 88.4, 2, ""), "urea_si": ("mg/dL", 2.801, 0, "BUN "),
    "tc_si": ("mg/dL", 38.67, 0, ""), "hdl_si": ("mg/dL", 38.67, 0, ""), "ldl_si": ("mg/dL", 38.67, 0, ""),
    "tg_si": ("mg/dL", 88.57, 0, ""), "ca_si": ("mg/dL", 4.008, 1, ""), "mg_si": ("mg/dL", 2.431, 1, ""),
    "uric_si": ("mg/dL", 1 / 59.48, 1, ""), "tbil_si": ("mg/dL", 1 / 17.1, 1, ""), "iron_si": ("µg/dL", 5.585, 0, ""),
    "ft4_si": ("ng/dL", 1 / 12.87, 2, ""), "b12_si": ("pg/mL", 1.355, 0, ""), "fol_si": ("ng/mL", 1 / 2.266, 1, ""),
    "hb_gl": ("g/dL", 0.1, 1, ""), "alb_si": ("g/dL", 0.1, 1, ""), "tp_si": ("g/dL", 0.1, 1, ""),
    "hba1c_si": ("%", None, 1, ""), "tibc_si": ("µg/dL", 5.585, 0, ""), "dbil_si": ("mg/dL", 1 / 17.1, 1, ""),
    "mchc_gl": ("g/dL", 0.1, 1, ""),
}


def conv_text(key: str, v: float, lang="en") -> str | None:
    if key not in CONV:
        return None
    u, fct, dec, pre = CONV[key]
    cv = v / 10.929 + 2.15 if fct is None else v * fct
    return f"({pre}{fmtnum(cv, dec, lang)} {u})"


def fam_dualunit(i: int):
    fam = FAMILIES[10]
    rng = new_report(i, fam)
    p = person(rng, "en")
    ctx = Ctx(rng, "en", p.sex, p.age, names="uk", flags=["HL", "star", "HL"][i], refstyle=["en1", "en2", "en1"][i],
              both_sexes=0.5, p_abn=0.28)
    secs = []
    d = cbc(ctx, "uk", diff="abs", extras=("rdw",))
    secs.append(("HAEMATOLOGY" if i != 0 else "HEMATOLOGY", cbc_rows(d, "uk", "abs")))
    if i == 0:
        ck = ["glu_si", "urea_si", "crea_si", "egfr", "na", "k", "cl", "ca_si", "mg_si", "uric_si", "alb_si", "tbil_si",
              "alt", "alp", "ggt"]
        secs.append(("BIOCHEMISTRY", chem(ctx, ck, st={"glu_si": "HH"})))
        secs.append(("LIPIDS", chem(ctx, ["tc_si", "hdl_si", "tg_si", "ldl_si", "chr"])))
    elif i == 1:
        ck = ["glu_si", "hba1c_si", "urea_si", "crea_si", "egfr", "na", "k", "ca_si", "tp_si", "alb_si", "tbil_si",
              "dbil_si", "alt", "ast"]
        secs.append(("CLINICAL CHEMISTRY", chem(ctx, ck)))
        secs.append(("IRON / HAEMATINICS", chem(ctx, ["iron_si", "tibc_si", "tsat", "ferr", "b12_si", "fol_si"])))
    else:
        ck = ["glu_si", "crea_si", "egfr", "na", "k", "ca_si", "uric_si", "alt", "ggt"]
        secs.append(("CHEMISTRY", chem(ctx, ck)))
        secs.append(("LIPID PROFILE", chem(ctx, ["tc_si", "tg_si", "hdl_si", "ldl_si"])))
        secs.append(("ENDOCRINOLOGY", chem(ctx, ["tsh", "ft4_si", "hba1c_si"])))
    for _, rs in secs:
        for r in rs:
            if r.key == "tsh":
                r.unit = "mIU/L"
            if r.key == "ferr":
                r.unit = "µg/L"
    pdf = Pdf()
    pdf.new()
    W, H = pdf.w, pdf.h
    lab = ["Maple Ridge Diagnostics", "Kingsbridge Pathology Services", "Laurentian Medical Laboratories"][i]
    y = 40
    pdf.t(36, y, lab, "hebo", 13)
    pdf.t(W - 36, y, ["Burnaby, BC  V5H 2E2", "Plymouth PL6 8DH  |  UKAS 8834", "Sudbury, ON  P3E 5J1"][i], "helv", 7.5, al="r")
    y += 12
    pdf.t(36, y, "Results in SI units; conventional units shown in brackets for information." if i != 1 else
          "SI units (conventional equivalents in parentheses)", "heit", 7.5)
    y += 14
    pdf.rect(36, y - 10, W - 36, y + 27, 0.5)
    ds = ["iso", "dmon", "iso"][i]
    pdf.t(40, y, f"Patient: {p.last.upper()}, {p.first}", "hebo", 8.5)
    pdf.t(320, y, f"{'PHN' if i != 1 else 'NHS No'}: {rid(rng, 10)}", "helv", 8)
    y += 11
    pdf.t(40, y, f"DOB: {dfmt(p.birth, ds)}   Sex: {sex_word(p.sex, 'en')}   Age: {p.age} yr", "helv", 8)
    pdf.t(320, y, f"Collected: {dfmt(p.coll, ds)} {p.hh:02d}:{p.mm:02d}", "helv", 8)
    y += 11
    pdf.t(40, y, f"Ordering: {EN_REQ[(i + 1) % 6]}", "helv", 8)
    pdf.t(320, y, f"Lab No: {rid(rng, 2)}-{rid(rng, 7)}", "helv", 8)
    y += 24
    X = [36, 190, 238, 258, 318, 395]
    for x, s in zip(X, ["Test", "Result", "", "Units", "(Conventional)", "Reference interval (SI)"]):
        pdf.t(x, y, s, "hebo", 8)
    y += 4
    pdf.line(36, y, W - 36, y, 0.5)
    y += 11
    rows = []
    for title, rs in secs:
        if y > H - 90:
            pdf.new()
            y = 50
        pdf.t(36, y, title, "hebo", 8.5)
        y += 11
        for r in rs:
            ct = conv_text(r.key, r.value if r.comparator is None else r.value)
            rt = r.reftext or ""
            if i == 2 and r.key in CONV and r.lo is not None and r.hi is not None and "\n" not in rt and ":" not in rt:
                u_, fct, dec, pre = CONV[r.key]
                cv = (lambda v: v / 10.929 + 2.15) if fct is None else (lambda v: v * fct)
                rt += f"  ({pre}{fmtnum(cv(r.lo), dec, 'en')}-{fmtnum(cv(r.hi), dec, 'en')} {u_})"
            lines = wrap(rt, "helv", 8, W - 36 - X[5]) if rt else []
            if y + 11 * max(1, len(lines)) > H - 60:
                pdf.new()
                y = 50
            pdf.t(X[0], y, r.name, "helv", 8)
            pdf.t(X[1] + 40, y, r.vstr, "hebo" if r.pflag else "helv", 8, al="r")
            if r.pflag:
                pdf.t(X[2], y, r.pflag, "hebo", 8)
            if r.unit:
                pdf.t(X[3], y, r.unit, "helv", 8)
            if ct:
                pdf.t(X[4], y, ct, "helv", 7.5, c=(0.3, 0.3, 0.3))
            for k, ln in enumerate(lines):
                pdf.t(X[5], y + 11 * k, ln, "helv", 8)
            y += 11 * max(1, len(lines))
            rows.append(r)
        y += 5
    y += 8
    for s in ["eGFR by CKD-EPI 2021 (race-free). Conventional-unit values are arithmetic conversions and are not reported results.",
              "Critical results have been communicated to the requesting clinician." if i == 0 else
              "Reference intervals are for adults and apply to the patient's sex.",
              f"Authorised by {EN_DOCS[[5, 1, 5][i]]}"]:
        if y > H - 40:
            pdf.new()
            y = 50
        pdf.t(36, y, s, "helv", 7)
        y += 9
    n = len(pdf.doc)
    for j, pg in enumerate(pdf.doc):
        pdf.page = pg
        pdf.t(W - 36, H - 24, f"Page {j + 1} of {n}", "helv", 7, al="r")
    return finish(f"{fam}-{i + 1:02d}", fam, "en", pdf.bytes("Report", "SoftLab"), p, rows)


# ----------------------------------------------------------------------------------------------
# C12 faxscan-pt (block layout, scanned as a fax)
# ----------------------------------------------------------------------------------------------
FAX_METHOD = {"hb": "Automação hematológica (SLS-hemoglobina)", "hct": "Automação hematológica",
              "wbc_pt": "Citometria de fluxo", "plt_pt": "Impedância / óptico", "glu": "Enzimático - hexoquinase",
              "urea": "Urease UV cinético", "crea": "Jaffé cinético", "na": "Eletrodo íon seletivo",
              "k": "Eletrodo íon seletivo", "ast": "Cinético UV - IFCC", "alt": "Cinético UV - IFCC",
              "ggt": "Cinético colorimétrico (Szasz)", "tc": "Enzimático colorimétrico (CHOD-PAP)",
              "tg": "Enzimático colorimétrico (GPO-PAP)", "hdl": "Homogêneo direto", "tsh": "Quimioluminescência",
              "ft4": "Quimioluminescência", "ferr": "Quimioluminescência", "b12": "Quimioluminescência",
              "crp": "Imunoturbidimetria", "hba1c": "HPLC", "uric": "Uricase - peroxidase", "ca": "Arsenazo III",
              "alp": "Cinético (IFCC)", "inr": "Coagulométrico", "ptime": "Coagulométrico", "vitd": "Quimioluminescência",
              "mg": "Azul de xilidil"}


def fam_fax(i: int):
    fam = FAMILIES[11]
    rng = new_report(i, fam)
    p = person(rng, "pt")
    ctx = Ctx(rng, "pt", p.sex, p.age, names="pt", flags=[None, "pt", None][i], refstyle=["pt1", "pt2", "pt1"][i],
              both_sexes=0.5, p_abn=0.3)
    ctx.caps = True
    ctx.noaccent = [0.0, 0.6, 0.2][i]
    d = cbc(ctx, "pt", diff="abs", extras=())
    keys = [["hb", "wbc_pt", "plt_pt", "glu", "urea", "crea", "na", "k", "ast", "alt", "ggt", "tc", "tg", "tsh", "ft4",
             "ferr", "crp"],
            ["hb", "hct", "wbc_pt", "plt_pt", "glu", "hba1c", "crea", "uric", "k", "tc", "hdl", "tg", "tsh", "b12", "ca",
             "mg"],
            ["hb", "plt_pt", "glu", "urea", "crea", "na", "k", "alt", "alp", "tc", "tg", "tsh", "ferr", "vitd", "ptime",
             "inr", "crp"]][i]
    cbk = {"hb": "hb", "hct": "hct", "wbc_pt": "wbc", "plt_pt": "plt"}
    ch = [k for k in keys if k not in cbk]
    made = {r.key: r for r in chem(ctx, ch, lod=0.3)}
    rows = [d[cbk[k]] if k in cbk else made[k] for k in keys]
    pdf = Pdf()
    pdf.new()
    W, H = pdf.w, pdf.h
    fax_header(pdf, f"{dfmt(p.coll + timedelta(days=1), 'br')} 1{i}:2{i}  DE: {['LAB SAO JUDAS', 'LABCLIN 24H', 'CLINILAB'][i]} "
                    f"+55 {['11', '21', '31'][i]} 3{rid(rng, 3)}-{rid(rng, 4)}   PARA: CLINICA   P. 001/001")
    y = 44
    lab = ["LABORATÓRIO SÃO JUDAS TADEU", "LABCLIN ANÁLISES CLÍNICAS 24 HORAS", "CLINILAB - LABORATÓRIO DE ANÁLISES"][i]
    pdf.t(W / 2, y, lab, "tibo", 13, al="c")
    y += 12
    pdf.t(W / 2, y, ["Rua Direita, 210 - Mogi das Cruzes/SP", "Rua Voluntários da Pátria, 88 - Rio de Janeiro/RJ",
                     "Av. Amazonas, 1455 - Contagem/MG"][i], "tiro", 8, al="c")
    y += 16
    pdf.t(40, y, f"Paciente: {p.name.upper()}", "helv", 9.5)
    y += 12
    pdf.t(40, y, f"Sexo: {sex_word(p.sex, 'pt')}   Idade: {p.age} anos   Data da coleta: {dfmt(p.coll, 'br')}", "helv", 9.5)
    y += 12
    pdf.t(40, y, f"Solicitante: {PT_REQ[i]}   Registro: {rid(rng, 6)}", "helv", 9.5)
    y += 6
    pdf.line(40, y, W - 40, y, 1)
    y += 16
    f, z = "helv", 9.0
    for r in rows:
        blk = 3 * 11.5 + 6
        if r.reftext and "\n" in r.reftext:
            blk += 11.5
        pdf.t(40, y, r.name, "hebo", 10)
        y += 11
        meth = FAX_METHOD.get(r.key, "Automatizado")
        pdf.t(40, y, f"Método: {meth}", "helv", 8)
        y += 11
        res = f"Resultado: {r.vstr}" + (f" {r.unit}" if r.unit else "") + (f"  {r.pflag}" if r.pflag else "")
        pdf.t(40, y, res, f, z)
        if r.reftext:
            parts = r.reftext.split("\n")
            pdf.t(270, y, "Valor de referência: " + parts[0], f, z)
            for extra in parts[1:]:
                y += 11
                pdf.t(270 + tl("Valor de referência: ", f, z), y, extra, f, z)
        y += 14
    pdf.t(40, min(y + 6, H - 40), f"Liberado por {PT_DOCS[(i + 6) % len(PT_DOCS)]}  -  {dfmt(p.coll + timedelta(days=1), 'br')}",
          "helv", 8)
    pdf_bytes = pdf.bytes("Laudo", "FAX")
    if y > H - 30:
        raise RuntimeError(f"fax page overflow {y}")
    img = raster(pdf_bytes, 150, gray=True)
    png = png_bytes(fax_scan(img, nprng(f"fax{i}")))
    return finish(f"{fam}-{i + 1:02d}", fam, "pt", pdf_bytes, p, rows, png=png)


# ----------------------------------------------------------------------------------------------
# Assembly, self-checks, script mode
# ----------------------------------------------------------------------------------------------
GENERATORS = (fam_gasometry, fam_cardiac, fam_grid, fam_multipage, fam_letter, fam_side, fam_photo, fam_unitfirst,
              fam_rangebar, fam_keyperline, fam_dualunit, fam_fax)


def _generate() -> list[tuple]:
    out = []
    for gen in GENERATORS:
        for i in range(REPORTS_PER_FAMILY):
            out.append(gen(i))
    return out


def reports() -> list[GeneratedReport]:
    """All reports of this part, deterministic (seeded by SEED)."""
    return [r for r, _, _ in _generate()]


QUAL_OK = {"negative", "positive", "reactive", "non-reactive", "absent", "present", "detected", "not detected",
           "trace", "normal", "rare"}
# independent restatement of the convention's critical limits: loinc -> {unit: (low, high)}
_X3 = ("x10^3/µL", "K/µL", "10^3/uL", "x10E3/uL", "x10^9/L", "10^9/L", "x10*9/L")
_MM3 = ("/mm³", "/µL", "/mm3")
CRIT_CHECK = {
    "718-7": {"g/dL": (5.0, None), "g/L": (50, None)},
    "4544-3": {"%": (15.0, None), "L/L": (0.15, None)},
    "6690-2": {**{u: (1.0, 50.0) for u in _X3}, **{u: (1000, 50000) for u in _MM3}},
    "777-3": {**{u: (10, None) for u in _X3}, **{u: (10000, None) for u in _MM3}},
    "751-8": {**{u: (0.5, None) for u in _X3}, **{u: (500, None) for u in _MM3}},
    "768-2": {u: (500, None) for u in _MM3},
    "2345-7": {"mg/dL": (40, 500)}, "2339-0": {"mg/dL": (40, 500)},
    "14749-6": {"mmol/L": (2.2, 27.8)}, "15074-8": {"mmol/L": (2.2, 27.8)},
    "2823-3": {"mmol/L": (2.5, 6.5), "mEq/L": (2.5, 6.5)}, "6298-4": {"mmol/L": (2.5, 6.5)},
    "2951-2": {"mmol/L": (120, 160), "mEq/L": (120, 160)}, "2947-0": {"mmol/L": (120, 160)},
    "3173-2": {"s": (None, 150), "seg": (None, 150), "sec": (None, 150)},
}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _validate(items) -> list[str]:
    problems = []
    for rep, pdfb, checks in items:
        doc = fitz.open(stream=pdfb, filetype="pdf")
        text = _norm(" ".join(pg.get_text() for pg in doc))
        crits = {}
        for name, vstr, frags, unit, pflag, crit in checks:
            crits[name] = crit
            if _norm(name) not in text and not (frags and all(_norm(f) in text for f in frags)):
                problems.append(f"{rep.name}: name not in text layer: {name!r}")
            if _norm(vstr) not in text:
                problems.append(f"{rep.name}: value not in text layer: {name!r} {vstr!r}")
            if unit and _norm(unit) not in text:
                problems.append(f"{rep.name}: unit not in text layer: {name!r} {unit!r}")
            if pflag and _norm(pflag) not in text:
                problems.append(f"{rep.name}: flag not in text layer: {name!r} {pflag!r}")
        for e in rep.expected:
            tag = f"{rep.name}: {e.name_as_printed!r}"
            if (e.value is None) == (e.qualitative is None):
                problems.append(f"{tag}: value/qualitative")
            if e.qualitative is not None and e.qualitative not in QUAL_OK:
                problems.append(f"{tag}: qualitative word {e.qualitative}")
            if e.flag not in ("N", "L", "H", "LL", "HH"):
                problems.append(f"{tag}: flag {e.flag}")
            if e.ref_low is not None and e.ref_high is not None and not e.ref_low < e.ref_high:
                problems.append(f"{tag}: ref order")
            if e.value is None:
                if e.flag != "N":
                    problems.append(f"{tag}: qualitative flag")
                continue
            clo, chi = CRIT_CHECK.get(e.loinc, {}).get(e.unit, (None, None))
            if e.unit is None and e.loinc in CRIT_CHECK:   # unit not printed (letters): limits of the implied unit
                clo, chi = crits[e.name_as_printed]
            elif e.loinc in CRIT_CHECK and e.unit not in CRIT_CHECK[e.loinc]:
                problems.append(f"{tag}: no critical limits for unit {e.unit}")
            exp = flag_of(e.value, e.ref_low, e.ref_high, (clo, chi))
            if exp != e.flag:
                problems.append(f"{tag}: flag {e.flag} != {exp} ({e.value} {e.ref_low}-{e.ref_high})")
            if e.comparator is None and e.value in (e.ref_low, e.ref_high):
                problems.append(f"{tag}: value on a bound")
            if e.flag in ("LL", "HH") and e.loinc not in CRIT_CHECK:
                problems.append(f"{tag}: critical flag on a non-critical analyte")
    return problems


def _main(argv: list[str]) -> int:
    import time
    outdir = argv[1] if len(argv) > 1 else "labs_test_c_out"
    os.makedirs(outdir, exist_ok=True)
    t0 = time.time()
    items = _generate()
    t1 = time.time()
    again = _generate()
    same = all(a[0].content == b[0].content and a[0].expected == b[0].expected for a, b in zip(items, again)) and \
        len(items) == len(again)
    problems = _validate(items)
    names = [r.name for r, _, _ in items]
    if len(set(names)) != len(names):
        problems.append("duplicate report names")
    for rep, pdfb, _ in items:
        ext = "png" if rep.mime_type == "image/png" else "pdf"
        with open(os.path.join(outdir, f"{rep.name}.{ext}"), "wb") as fh:
            fh.write(rep.content)
        meta = {"name": rep.name, "family": rep.family, "language": rep.language, "mime_type": rep.mime_type,
                "sex": rep.sex, "collected_on": rep.collected_on,
                "expected": [e.__dict__ for e in rep.expected]}
        with open(os.path.join(outdir, f"{rep.name}.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(f"{'family':<22}{'reports':>8}{'results':>9}{'abnormal':>10}{'critical':>10}{'qualit.':>9}{'compar.':>9}")
    tot = [0, 0, 0, 0, 0, 0]
    for fam in FAMILIES:
        reps = [r for r, _, _ in items if r.family == fam]
        ex = [e for r in reps for e in r.expected]
        c = [len(reps), len(ex), sum(e.flag != "N" for e in ex), sum(e.flag in ("LL", "HH") for e in ex),
             sum(e.qualitative is not None for e in ex), sum(e.comparator is not None for e in ex)]
        tot = [a + b for a, b in zip(tot, c)]
        print(f"{fam:<22}{c[0]:>8}{c[1]:>9}{c[2]:>10}{c[3]:>10}{c[4]:>9}{c[5]:>9}")
    print(f"{'TOTAL':<22}{tot[0]:>8}{tot[1]:>9}{tot[2]:>10}{tot[3]:>10}{tot[4]:>9}{tot[5]:>9}")
    print(f"abnormal share {tot[2] / max(tot[1], 1):.1%}; one generation {t1 - t0:.1f} s; "
          f"two generations identical: {same}")
    for pr in problems:
        print("PROBLEM:", pr)
    print("checks:", "OK" if (same and not problems) else f"{len(problems)} problem(s)")
    return 0 if (same and not problems) else 1


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
