"""Development part of the lab-report evaluation: generated reports of six layout families.

Each report is rendered as a lab would send it (a text PDF drawn with PyMuPDF's built-in fonts, or a
scanned page as PNG) together with the ground truth a careful reader takes from the printed page:
every numeric or qualitative result printed, nothing else. Headers and footers carry the usual
distracting numbers (dates, ages, accession and record numbers, phone numbers, CRM/CLIA, page x/y).

Conventions of the ground truth (see `lab_reports.ExpectedResult`):
- values, units and reference limits are exactly what is printed (after reading a decimal comma);
- the reference interval is the one that applies to the printed sex (D3 prints both sexes);
- flags: L/H against that interval; LL/HH only for the few values generated clearly beyond widely
  published panic limits (K >= 6.6 or <= 2.4 mmol/L, Na <= 119 mmol/L, glucose <= 38 or >= 470 mg/dL,
  Hb <= 6.3 g/dL, platelets <= 18 x10^3/uL); every other value stays well inside those limits;
- qualitative results have no numeric interval, hence flag "N" (also when positive);
- a value printed with a qualifier ("<1.0", "< 0,10", ">90" for eGFR) has that comparator and the
  printed number as its value;
- LOINC codes follow the printed property: a value printed in mmol/L or umol/L gets the substance-
  concentration code (glucose 14749-6, creatinine 14682-9, ...). `MASS_EQUIVALENT_LOINC` maps those
  to the mass-concentration code of the same analyte for a harness that wants to accept either.

Run `python -m tests.evaluation.labs_dev OUT_DIR` to write every report (and its expected results as
JSON) into OUT_DIR.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

try:
    from .lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script: python tests/evaluation/labs_dev.py OUT
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport

try:  # PyMuPDF >= 1.24 names itself pymupdf; `fitz` is the deprecated alias
    import pymupdf as fitz
except ImportError:  # pragma: no cover
    import fitz

FAMILIES: tuple[str, ...] = (
    "D1-rows-en-us",
    "D2-rows-pt",
    "D3-block-pt",
    "D4-table-unitheader-en",
    "D5-twocolumn-pt",
    "D6-scanned",
)

# Codes of values printed in SI substance units → the code of the same analyte by mass.
MASS_EQUIVALENT_LOINC = {
    "14749-6": "2345-7",  # glucose mmol/L → mg/dL
    "14682-9": "2160-0",  # creatinine umol/L → mg/dL
    "22664-7": "3091-6",  # urea mmol/L → urea mg/dL
    "14647-2": "2093-3",  # cholesterol mmol/L
    "14646-4": "2085-9",  # HDL cholesterol mmol/L
    "14927-8": "2571-8",  # triglycerides mmol/L
    "14631-6": "1975-2",  # total bilirubin umol/L
    "2000-8": "17861-6",  # calcium mmol/L
    "14933-6": "3084-1",  # uric acid umol/L
}

P_ABNORMAL = 0.30  # chance that an independently drawn value is outside its interval
LOG_SCALE = {"crp"}  # normal values drawn on a log scale


# --------------------------------------------------------------------------------------------
# Analytes: identity, plausible non-critical values and critical ranges, in a base unit
# (US conventional; counts in 10^3/uL, RBC in 10^6/uL).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Analyte:
    key: str
    loinc: str
    en: str  # row layouts
    en_long: str  # table layout
    pt: str  # row layouts
    pt_block: str = ""  # block layout title (capitals)
    pt_short: str = ""  # two-column layout
    plaus: tuple[float, float] | None = None  # where non-critical values are drawn (base unit)
    panic: tuple[float | None, float | None] = (None, None)  # a derived value must stay inside
    crit_low: tuple[float, float] | None = None  # where an LL value is drawn
    crit_high: tuple[float, float] | None = None  # where an HH value is drawn
    qual: tuple[tuple[str, str, str, float], ...] = ()  # (en, pt, meaning, weight); first = normal


_NEG = (("Negative", "Negativo", "negative", 0.80), ("Trace", "Traços", "trace", 0.08),
        ("Positive", "Positivo", "positive", 0.12))
_NEG2 = (("Negative", "Negativo", "negative", 0.86), ("Positive", "Positivo", "positive", 0.14))
_NR = (("Non-reactive", "Não reagente", "non-reactive", 0.9), ("Reactive", "Reagente", "reactive", 0.1))

_ANALYTES = [
    # hematology
    Analyte("wbc", "6690-2", "WBC", "White Blood Cell Count", "Leucócitos", "LEUCÓCITOS", "Leucócitos",
            plaus=(2.8, 19.0), panic=(2.0, 30.0)),
    Analyte("rbc", "789-8", "RBC", "Red Blood Cell Count", "Hemácias", "HEMÁCIAS", "Hemácias"),
    Analyte("hgb", "718-7", "Hemoglobin", "Hemoglobin", "Hemoglobina", "HEMOGLOBINA", "Hemoglobina",
            plaus=(9.0, 18.3), panic=(6.5, 20.0), crit_low=(4.6, 6.2)),
    Analyte("hct", "4544-3", "Hematocrit", "Hematocrit", "Hematócrito", "HEMATÓCRITO", "Hematócrito",
            panic=(20.0, 60.0)),
    Analyte("mcv", "787-2", "MCV", "Mean Corpuscular Volume (MCV)", "VCM", "VCM", "VCM", plaus=(70, 108)),
    Analyte("mch", "785-6", "MCH", "Mean Corpuscular Hemoglobin (MCH)", "HCM", "HCM", "HCM"),
    Analyte("mchc", "786-4", "MCHC", "Mean Corpuscular Hgb Conc. (MCHC)", "CHCM", "CHCM", "CHCM"),
    Analyte("rdw", "788-0", "RDW", "Red Cell Distribution Width (RDW)", "RDW", "RDW", "RDW",
            plaus=(11.0, 19.5)),
    Analyte("plt", "777-3", "Platelets", "Platelet Count", "Plaquetas", "PLAQUETAS", "Plaquetas",
            plaus=(80, 650), panic=(50, 1000), crit_low=(5, 18)),
    Analyte("mpv", "32623-1", "MPV", "Mean Platelet Volume (MPV)", "VPM", "VPM", "VPM", plaus=(6.8, 12.8)),
    Analyte("neut_pct", "770-8", "Neutrophils", "Neutrophils", "Neutrófilos", "", "Neutrófilos"),
    Analyte("lymph_pct", "736-9", "Lymphs", "Lymphocytes", "Linfócitos", "", "Linfócitos"),
    Analyte("mono_pct", "5905-5", "Monocytes", "Monocytes", "Monócitos", "", "Monócitos"),
    Analyte("eos_pct", "713-8", "Eos", "Eosinophils", "Eosinófilos", "", "Eosinófilos"),
    Analyte("baso_pct", "706-2", "Basos", "Basophils", "Basófilos", "", "Basófilos"),
    Analyte("neut_abs", "751-8", "Neutrophils (Absolute)", "Absolute Neutrophil Count",
            "Neutrófilos (absoluto)", "", "Neutrófilos", panic=(0.5, None)),
    Analyte("lymph_abs", "731-0", "Lymphs (Absolute)", "Absolute Lymphocyte Count",
            "Linfócitos (absoluto)", "", "Linfócitos"),
    Analyte("mono_abs", "742-7", "Monocytes (Absolute)", "Absolute Monocyte Count",
            "Monócitos (absoluto)", "", "Monócitos"),
    Analyte("eos_abs", "711-2", "Eos (Absolute)", "Absolute Eosinophil Count",
            "Eosinófilos (absoluto)", "", "Eosinófilos"),
    Analyte("baso_abs", "704-7", "Baso (Absolute)", "Absolute Basophil Count",
            "Basófilos (absoluto)", "", "Basófilos"),
    # chemistry
    Analyte("glucose", "2345-7", "Glucose", "Glucose, Fasting", "Glicose", "GLICOSE", "Glicose",
            plaus=(60, 320), panic=(40, 450), crit_low=(26, 38), crit_high=(470, 610)),
    Analyte("bun", "3094-0", "BUN", "Urea Nitrogen (BUN)", "Nitrogênio ureico", "NITROGÊNIO UREICO",
            "BUN", plaus=(4, 58)),
    Analyte("urea", "3091-6", "Urea", "Urea", "Ureia", "UREIA", "Ureia", plaus=(12, 115)),
    Analyte("creat", "2160-0", "Creatinine", "Creatinine", "Creatinina", "CREATININA", "Creatinina",
            plaus=(0.45, 3.0)),
    Analyte("egfr", "98979-8", "eGFR (CKD-EPI 2021)", "Estimated GFR (CKD-EPI 2021)", "TFG estimada (CKD-EPI 2021)",
            "TAXA DE FILTRAÇÃO GLOMERULAR ESTIMADA", "TFG estimada"),
    Analyte("na", "2951-2", "Sodium", "Sodium", "Sódio", "SÓDIO", "Sódio",
            plaus=(130, 151), panic=(120, 160), crit_low=(108, 119)),
    Analyte("k", "2823-3", "Potassium", "Potassium", "Potássio", "POTÁSSIO", "Potássio",
            plaus=(3.2, 5.6), panic=(2.5, 6.5), crit_low=(2.0, 2.4), crit_high=(6.6, 7.5)),
    Analyte("cl", "2075-0", "Chloride", "Chloride", "Cloro", "CLORO", "Cloro", plaus=(93, 111)),
    Analyte("co2", "2028-9", "Carbon Dioxide, Total", "Carbon Dioxide (CO2)", "Bicarbonato",
            "BICARBONATO", "Bicarbonato", plaus=(18, 33)),
    Analyte("ca", "17861-6", "Calcium", "Calcium", "Cálcio", "CÁLCIO", "Cálcio", plaus=(8.0, 11.0)),
    Analyte("mg", "19123-9", "Magnesium", "Magnesium", "Magnésio", "MAGNÉSIO", "Magnésio",
            plaus=(1.3, 3.0)),
    Analyte("phos", "2777-1", "Phosphorus", "Phosphorus", "Fósforo", "FÓSFORO", "Fósforo",
            plaus=(1.9, 5.8)),
    Analyte("uric", "3084-1", "Uric Acid", "Uric Acid", "Ácido úrico", "ÁCIDO ÚRICO", "Ácido úrico",
            plaus=(2.0, 10.5)),
    Analyte("tprot", "2885-2", "Protein, Total", "Total Protein", "Proteínas totais", "PROTEÍNAS TOTAIS",
            "Proteínas totais", plaus=(5.2, 9.0)),
    Analyte("alb", "1751-7", "Albumin", "Albumin", "Albumina", "ALBUMINA", "Albumina", plaus=(2.6, 5.6)),
    Analyte("tbili", "1975-2", "Bilirubin, Total", "Total Bilirubin", "Bilirrubina total",
            "BILIRRUBINA TOTAL", "Bilirrubina total", plaus=(0.2, 3.8)),
    Analyte("dbili", "1968-7", "Bilirubin, Direct", "Direct Bilirubin", "Bilirrubina direta",
            "BILIRRUBINA DIRETA", "Bilirrubina direta"),
    Analyte("ibili", "1971-1", "Bilirubin, Indirect", "Indirect Bilirubin", "Bilirrubina indireta",
            "BILIRRUBINA INDIRETA", "Bilirrubina indireta"),
    Analyte("alp", "6768-6", "Alkaline Phosphatase", "Alkaline Phosphatase (ALP)", "Fosfatase alcalina",
            "FOSFATASE ALCALINA", "Fosfatase alcalina", plaus=(28, 380)),
    Analyte("ast", "1920-8", "AST (SGOT)", "Aspartate Aminotransferase (AST)", "TGO (AST)",
            "TRANSAMINASE OXALACÉTICA - TGO (AST)", "TGO (AST)", plaus=(10, 210)),
    Analyte("alt", "1742-6", "ALT (SGPT)", "Alanine Aminotransferase (ALT)", "TGP (ALT)",
            "TRANSAMINASE PIRÚVICA - TGP (ALT)", "TGP (ALT)", plaus=(7, 240)),
    Analyte("ggt", "2324-2", "GGT", "Gamma-Glutamyl Transferase (GGT)", "Gama GT",
            "GAMA GLUTAMIL TRANSFERASE - GGT", "Gama GT", plaus=(6, 260)),
    # lipids
    Analyte("tc", "2093-3", "Cholesterol, Total", "Total Cholesterol", "Colesterol total",
            "COLESTEROL TOTAL", "Colesterol total"),
    Analyte("tg", "2571-8", "Triglycerides", "Triglycerides", "Triglicerídeos", "TRIGLICERÍDEOS",
            "Triglicerídeos", plaus=(55, 380)),
    Analyte("hdl", "2085-9", "HDL Cholesterol", "HDL Cholesterol", "HDL-colesterol", "HDL-COLESTEROL",
            "HDL-colesterol", plaus=(28, 88)),
    Analyte("ldl", "13457-7", "LDL Chol Calc (NIH)", "LDL Cholesterol (calculated)", "LDL-colesterol",
            "LDL-COLESTEROL", "LDL-colesterol", plaus=(55, 215)),
    Analyte("nonhdl", "43396-1", "Non-HDL Cholesterol", "Non-HDL Cholesterol", "Colesterol não-HDL",
            "COLESTEROL NÃO-HDL", "Não-HDL"),
    # endocrine, iron, vitamins
    Analyte("hba1c", "4548-4", "Hemoglobin A1c", "Hemoglobin A1c", "Hemoglobina glicada (HbA1c)",
            "HEMOGLOBINA GLICADA", "HbA1c", plaus=(4.6, 11.5)),
    Analyte("tsh", "3016-3", "TSH", "Thyroid Stimulating Hormone (TSH)", "TSH",
            "TSH - HORMÔNIO TIREOESTIMULANTE", "TSH", plaus=(0.08, 14.0)),
    Analyte("ft4", "3024-7", "T4, Free (Direct)", "Thyroxine, Free (FT4)", "T4 livre", "T4 LIVRE",
            "T4 livre", plaus=(0.5, 2.6)),
    Analyte("iron", "2498-4", "Iron", "Iron, Serum", "Ferro sérico", "FERRO SÉRICO", "Ferro",
            plaus=(25, 220)),
    Analyte("tibc", "2500-7", "Iron Bind. Cap. (TIBC)", "Total Iron Binding Capacity (TIBC)",
            "Capacidade total de ligação do ferro", "CAPACIDADE TOTAL DE LIGAÇÃO DO FERRO", "CTLF",
            plaus=(210, 520)),
    Analyte("tsat", "2502-3", "Iron Saturation", "Transferrin Saturation", "Saturação da transferrina",
            "ÍNDICE DE SATURAÇÃO DA TRANSFERRINA", "Sat. transferrina"),
    Analyte("ferritin", "2276-4", "Ferritin", "Ferritin", "Ferritina", "FERRITINA", "Ferritina",
            plaus=(6, 850)),
    Analyte("b12", "2132-9", "Vitamin B12", "Vitamin B12 (Cobalamin)", "Vitamina B12", "VITAMINA B12",
            "Vitamina B12", plaus=(140, 2300)),
    Analyte("folate", "2284-8", "Folate (Folic Acid), Serum", "Folate, Serum", "Ácido fólico",
            "ÁCIDO FÓLICO", "Ácido fólico", plaus=(2.4, 19.5)),
    Analyte("vitd", "62292-8", "Vitamin D, 25-Hydroxy", "25-Hydroxyvitamin D (D2+D3)",
            "Vitamina D (25-OH)", "25-HIDROXIVITAMINA D", "Vitamina D", plaus=(8, 72)),
    Analyte("pt", "5902-2", "Prothrombin Time", "Prothrombin Time (PT)", "Tempo de protrombina",
            "TEMPO DE PROTROMBINA", "TP"),
    Analyte("inr", "6301-6", "INR", "INR", "RNI", "RNI", "RNI", plaus=(0.8, 2.6)),
    Analyte("crp", "1988-5", "C-Reactive Protein, Quant", "C-Reactive Protein (CRP)", "Proteína C reativa",
            "PROTEÍNA C REATIVA", "PCR", plaus=(0.2, 85)),
    Analyte("testo", "2986-8", "Testosterone, Total", "Testosterone, Total", "Testosterona total",
            "TESTOSTERONA TOTAL", "Testosterona", plaus=(150, 1050)),
    Analyte("psa", "2857-1", "PSA, Total", "Prostate Specific Antigen (PSA), Total", "PSA total",
            "PSA TOTAL - ANTÍGENO PROSTÁTICO ESPECÍFICO", "PSA total", plaus=(0.2, 9.5)),
    Analyte("prl", "2842-3", "Prolactin", "Prolactin", "Prolactina", "PROLACTINA", "Prolactina",
            plaus=(2.5, 60)),
    Analyte("cortisol", "2143-6", "Cortisol - AM", "Cortisol, Morning", "Cortisol (manhã)",
            "CORTISOL - MANHÃ", "Cortisol", plaus=(3.0, 28)),
    Analyte("insulin", "20448-7", "Insulin", "Insulin, Fasting", "Insulina", "INSULINA", "Insulina",
            plaus=(1.8, 45)),
    # urine dipstick and serology
    Analyte("u_sg", "5811-5", "Specific Gravity", "Urine Specific Gravity", "Densidade", "", "Densidade",
            plaus=(1.003, 1.035)),
    Analyte("u_ph", "5803-2", "pH", "Urine pH", "pH", "", "pH", plaus=(5.5, 7.5)),
    Analyte("u_prot", "20454-5", "Protein", "Urine Protein (dipstick)", "Proteínas", "", "Proteínas", qual=_NEG),
    Analyte("u_glu", "25428-4", "Glucose", "Urine Glucose (dipstick)", "Glicose", "", "Glicose", qual=_NEG2),
    Analyte("u_ket", "2514-8", "Ketones", "Urine Ketones (dipstick)", "Corpos cetônicos", "", "Cetonas",
            qual=_NEG2),
    Analyte("u_blood", "5794-3", "Occult Blood", "Urine Blood (dipstick)", "Hemoglobina", "", "Hemoglobina",
            qual=_NEG),
    Analyte("u_nit", "5802-4", "Nitrite", "Urine Nitrite (dipstick)", "Nitrito", "", "Nitrito", qual=_NEG2),
    Analyte("u_le", "5799-2", "Leukocyte Esterase", "Urine Leukocyte Esterase", "Esterase leucocitária", "",
            "Esterase leuc.", qual=_NEG),
    Analyte("vdrl", "5292-8", "VDRL", "Syphilis Screen (VDRL)", "VDRL", "VDRL", "VDRL", qual=_NR),
    Analyte("hbsag", "5196-1", "Hep B Surface Ag", "Hepatitis B Surface Antigen", "HBsAg",
            "HBsAg - ANTÍGENO DE SUPERFÍCIE DA HEPATITE B", "HBsAg", qual=_NR),
    Analyte("hcv", "16128-1", "Hep C Virus Ab", "Hepatitis C Antibody", "Anti-HCV",
            "ANTI-HCV - ANTICORPOS CONTRA HEPATITE C", "Anti-HCV", qual=_NR),
]
ANALYTES = {a.key: a for a in _ANALYTES}


# --------------------------------------------------------------------------------------------
# How a lab prints an analyte: unit, precision, reference interval (printed unit), conversion.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fmt:
    unit: str | None
    dec: int = 0
    ref: tuple[float | None, float | None] = (None, None)
    ref_f: tuple[float | None, float | None] | None = None  # female interval when it differs
    factor: float = 1.0  # printed = base * factor
    loinc: str | None = None  # when the printed property has its own code
    quantum: float | None = None  # e.g. counts per mm³ printed to the nearest 10
    lod: float | None = None  # printed as "< lod" below it
    cap: float | None = None  # printed as "> cap" above it
    name: str | None = None  # overrides the analyte's English name (SI urea)

    def interval(self, sex: str) -> tuple[float | None, float | None]:
        return self.ref_f if (sex == "female" and self.ref_f is not None) else self.ref


COUNT = "{count}"  # replaced per report by the count unit (10^3/uL style)
COUNT6 = "{count6}"

US: dict[str, Fmt] = {
    "wbc": Fmt(COUNT, 1, (3.4, 10.8)),
    "rbc": Fmt(COUNT6, 2, (4.14, 5.80), (3.77, 5.28)),
    "hgb": Fmt("g/dL", 1, (13.0, 17.7), (11.1, 15.9)),
    "hct": Fmt("%", 1, (37.5, 51.0), (34.0, 46.6)),
    "mcv": Fmt("fL", 0, (79, 97)),
    "mch": Fmt("pg", 1, (26.6, 33.0)),
    "mchc": Fmt("g/dL", 1, (31.5, 35.7)),
    "rdw": Fmt("%", 1, (11.6, 15.4)),
    "plt": Fmt(COUNT, 0, (150, 450)),
    "mpv": Fmt("fL", 1, (7.5, 11.5)),
    "neut_pct": Fmt("%", 1, (40.0, 74.0)),
    "lymph_pct": Fmt("%", 1, (19.0, 48.0)),
    "mono_pct": Fmt("%", 1, (4.0, 12.0)),
    "eos_pct": Fmt("%", 1, (0.0, 7.0)),
    "baso_pct": Fmt("%", 1, (0.0, 1.5)),
    "neut_abs": Fmt(COUNT, 2, (1.40, 7.00)),
    "lymph_abs": Fmt(COUNT, 2, (0.70, 3.10)),
    "mono_abs": Fmt(COUNT, 2, (0.10, 0.90)),
    "eos_abs": Fmt(COUNT, 2, (0.00, 0.40)),
    "baso_abs": Fmt(COUNT, 2, (0.00, 0.20)),
    "glucose": Fmt("mg/dL", 0, (70, 99)),
    "bun": Fmt("mg/dL", 0, (6, 24)),
    "creat": Fmt("mg/dL", 2, (0.76, 1.27), (0.57, 1.00)),
    "egfr": Fmt("mL/min/1.73m²", 0, (59, None), cap=90),
    "na": Fmt("mmol/L", 0, (134, 144)),
    "k": Fmt("mmol/L", 1, (3.5, 5.2)),
    "cl": Fmt("mmol/L", 0, (96, 106)),
    "co2": Fmt("mmol/L", 0, (20, 29)),
    "ca": Fmt("mg/dL", 1, (8.7, 10.2)),
    "mg": Fmt("mg/dL", 1, (1.6, 2.3)),
    "phos": Fmt("mg/dL", 1, (2.5, 4.5)),
    "uric": Fmt("mg/dL", 1, (3.8, 8.4), (2.5, 7.1)),
    "tprot": Fmt("g/dL", 1, (6.0, 8.5)),
    "alb": Fmt("g/dL", 1, (3.5, 5.5)),
    "tbili": Fmt("mg/dL", 1, (0.0, 1.2)),
    "dbili": Fmt("mg/dL", 2, (0.00, 0.40)),
    "alp": Fmt("IU/L", 0, (44, 121)),
    "ast": Fmt("IU/L", 0, (0, 40)),
    "alt": Fmt("IU/L", 0, (0, 44)),
    "ggt": Fmt("IU/L", 0, (0, 65)),
    "tc": Fmt("mg/dL", 0, (100, 199)),
    "tg": Fmt("mg/dL", 0, (0, 149)),
    "hdl": Fmt("mg/dL", 0, (39, None)),
    "ldl": Fmt("mg/dL", 0, (0, 99)),
    "nonhdl": Fmt("mg/dL", 0, (0, 129)),
    "hba1c": Fmt("%", 1, (4.8, 5.6)),
    "tsh": Fmt("µIU/mL", 3, (0.450, 4.500)),
    "ft4": Fmt("ng/dL", 2, (0.82, 1.77)),
    "iron": Fmt("µg/dL", 0, (38, 169), (27, 159)),
    "tibc": Fmt("µg/dL", 0, (250, 450)),
    "tsat": Fmt("%", 0, (15, 55)),
    "ferritin": Fmt("ng/mL", 0, (30, 400), (15, 150)),
    "b12": Fmt("pg/mL", 0, (232, 1245), cap=2000),
    "folate": Fmt("ng/mL", 1, (3.0, None)),
    "vitd": Fmt("ng/mL", 1, (30.0, 100.0)),
    "pt": Fmt("sec", 1, (9.1, 12.0)),
    "inr": Fmt(None, 1, (0.9, 1.2)),
    "crp": Fmt("mg/L", 1, (None, 8.0), lod=1.0),
    "testo": Fmt("ng/dL", 0, (264, 916)),
    "psa": Fmt("ng/mL", 1, (0.0, 4.0)),
    "prl": Fmt("ng/mL", 1, (4.0, 15.2), (4.8, 23.3)),
    "cortisol": Fmt("µg/dL", 1, (6.2, 19.4)),
    "insulin": Fmt("µIU/mL", 1, (2.6, 24.9)),
    "u_sg": Fmt(None, 3, (1.005, 1.030)),
    "u_ph": Fmt(None, 1, (5.0, 8.0)),
}

BR: dict[str, Fmt] = {
    "wbc": Fmt("/mm³", 0, (4000, 11000), factor=1000, quantum=10),
    "rbc": Fmt("milhões/mm³", 2, (4.50, 5.90), (4.00, 5.20)),
    "hgb": Fmt("g/dL", 1, (13.5, 17.5), (12.0, 15.5)),
    "hct": Fmt("%", 1, (39.0, 50.0), (35.0, 45.0)),
    "mcv": Fmt("fL", 1, (80.0, 100.0)),
    "mch": Fmt("pg", 1, (27.0, 32.0)),
    "mchc": Fmt("g/dL", 1, (32.0, 36.0)),
    "rdw": Fmt("%", 1, (11.5, 14.5)),
    "plt": Fmt("/mm³", 0, (150000, 450000), factor=1000, quantum=1000),
    "mpv": Fmt("fL", 1, (7.4, 10.4)),
    "neut_pct": Fmt("%", 1, (40.0, 70.0)),
    "lymph_pct": Fmt("%", 1, (20.0, 45.0)),
    "mono_pct": Fmt("%", 1, (2.0, 10.0)),
    "eos_pct": Fmt("%", 1, (1.0, 5.0)),
    "baso_pct": Fmt("%", 1, (0.0, 2.0)),
    "neut_abs": Fmt("/mm³", 0, (1600, 7000), factor=1000),
    "lymph_abs": Fmt("/mm³", 0, (1000, 4000), factor=1000),
    "mono_abs": Fmt("/mm³", 0, (100, 1000), factor=1000),
    "eos_abs": Fmt("/mm³", 0, (50, 500), factor=1000),
    "baso_abs": Fmt("/mm³", 0, (0, 200), factor=1000),
    "glucose": Fmt("mg/dL", 0, (70, 99)),
    "urea": Fmt("mg/dL", 0, (15, 45)),
    "creat": Fmt("mg/dL", 2, (0.70, 1.20), (0.50, 0.90)),
    "na": Fmt("mEq/L", 0, (136, 145)),
    "k": Fmt("mEq/L", 1, (3.5, 5.1)),
    "cl": Fmt("mEq/L", 0, (98, 107)),
    "ca": Fmt("mg/dL", 1, (8.6, 10.3)),
    "mg": Fmt("mg/dL", 1, (1.6, 2.6)),
    "phos": Fmt("mg/dL", 1, (2.5, 4.5)),
    "uric": Fmt("mg/dL", 1, (3.4, 7.0), (2.4, 5.7)),
    "tprot": Fmt("g/dL", 1, (6.4, 8.3)),
    "alb": Fmt("g/dL", 1, (3.5, 5.2)),
    "tbili": Fmt("mg/dL", 2, (0.30, 1.20)),
    "dbili": Fmt("mg/dL", 2, (None, 0.30)),
    "ibili": Fmt("mg/dL", 2, (0.10, 1.00)),
    "alp": Fmt("U/L", 0, (40, 129), (35, 104)),
    "ast": Fmt("U/L", 0, (None, 40), (None, 32)),
    "alt": Fmt("U/L", 0, (None, 41), (None, 33)),
    "ggt": Fmt("U/L", 0, (10, 71), (6, 42)),
    "tc": Fmt("mg/dL", 0, (None, 190)),
    "tg": Fmt("mg/dL", 0, (None, 150)),
    "hdl": Fmt("mg/dL", 0, (40, None)),
    "ldl": Fmt("mg/dL", 0, (None, 130)),
    "nonhdl": Fmt("mg/dL", 0, (None, 160)),
    "hba1c": Fmt("%", 1, (4.0, 5.6)),
    "tsh": Fmt("µUI/mL", 2, (0.27, 4.20)),
    "ft4": Fmt("ng/dL", 2, (0.93, 1.70)),
    "iron": Fmt("µg/dL", 0, (65, 175), (50, 170)),
    "tibc": Fmt("µg/dL", 0, (250, 450)),
    "tsat": Fmt("%", 1, (20.0, 50.0)),
    "ferritin": Fmt("ng/mL", 1, (30.0, 400.0), (13.0, 150.0)),
    "b12": Fmt("pg/mL", 0, (197, 771), cap=2000),
    "folate": Fmt("ng/mL", 1, (3.9, 26.8)),
    "vitd": Fmt("ng/mL", 1, (20.0, None)),
    "pt": Fmt("segundos", 1, (10.0, 13.5)),
    "inr": Fmt(None, 2, (0.90, 1.20)),
    "crp": Fmt("mg/dL", 2, (None, 0.50), factor=0.1, lod=0.10),
    "testo": Fmt("ng/dL", 0, (249, 836)),
    "psa": Fmt("ng/mL", 2, (None, 4.00)),
    "prl": Fmt("ng/mL", 1, (4.0, 15.2), (4.8, 23.3)),
    "cortisol": Fmt("µg/dL", 1, (6.2, 19.4)),
    "insulin": Fmt("µUI/mL", 1, (2.6, 24.9)),
    "u_sg": Fmt(None, 3, (1.005, 1.030)),
    "u_ph": Fmt(None, 1, (5.0, 8.0)),
}
BR_PLT_THOUSANDS = Fmt("mil/mm³", 0, (150, 450))

SI: dict[str, Fmt] = {
    "glucose": Fmt("mmol/L", 1, (3.9, 5.5), factor=0.0555, loinc="14749-6"),
    "creat": Fmt("µmol/L", 0, (62, 106), (44, 80), factor=88.4, loinc="14682-9"),
    "bun": Fmt("mmol/L", 1, (2.5, 7.8), factor=0.357, loinc="22664-7", name="Urea"),
    "tc": Fmt("mmol/L", 1, (None, 5.2), factor=0.02586, loinc="14647-2"),
    "hdl": Fmt("mmol/L", 2, (1.00, None), (1.20, None), factor=0.02586, loinc="14646-4"),
    "tg": Fmt("mmol/L", 2, (None, 1.70), factor=0.01129, loinc="14927-8"),
    "tbili": Fmt("µmol/L", 0, (5, 21), factor=17.1, loinc="14631-6"),
    "ca": Fmt("mmol/L", 2, (2.15, 2.55), factor=0.2495, loinc="2000-8"),
    "alb": Fmt("g/L", 0, (35, 52), factor=10),
    "tprot": Fmt("g/L", 0, (60, 83), factor=10),
    "uric": Fmt("µmol/L", 0, (200, 420), (140, 340), factor=59.48, loinc="14933-6"),
    "hgb": Fmt("g/L", 0, (130, 170), (120, 155), factor=10),
    "egfr": Fmt("mL/min/1.73m²", 0, (60, None)),
    "na": Fmt("mmol/L", 0, (135, 145)),
    "k": Fmt("mmol/L", 1, (3.5, 5.0)),
    "cl": Fmt("mmol/L", 0, (98, 107)),
    "co2": Fmt("mmol/L", 0, (22, 29)),
}

# critical thresholds of the brief (base units), checked on every LL/HH value
CRIT_CHECK = {"k": (2.5, 6.5), "na": (120, None), "glucose": (40, 450), "hgb": (6.5, None), "plt": (20, None)}


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


def _draw(rng: random.Random, a: Analyte, ref_b: tuple[float | None, float | None], cat: str) -> float:
    """A base-unit value of category N/L/H inside the analyte's plausible non-critical range."""
    lo, hi = ref_b
    p0, p1 = a.plaus
    m = _margin(ref_b)
    if cat == "L":
        return rng.uniform(p0, lo - m)
    if cat == "H":
        return rng.uniform(hi + m, p1)
    a0 = max(p0, lo + m) if lo is not None else p0
    a1 = min(p1, hi - m) if hi is not None else p1
    if a.key in LOG_SCALE:  # most normal CRP results sit near the detection limit
        return math.exp(rng.uniform(math.log(a0), math.log(a1)))
    # lean towards the middle of the interval, as most normal results do
    return (rng.uniform(a0, a1) + rng.uniform(a0, a1)) / 2


def _margin(ref_b) -> float:
    lo, hi = ref_b
    if lo is not None and hi is not None:
        return 0.06 * (hi - lo)
    return 0.06 * abs(lo if lo is not None else hi)


def _categories(a: Analyte, ref_b) -> list[str]:
    """The abnormal directions this analyte can take without leaving its plausible range."""
    lo, hi = ref_b
    p0, p1 = a.plaus
    m = _margin(ref_b)
    out = []
    if lo is not None and p0 < lo - 1.5 * m:
        out.append("L")
    if hi is not None and p1 > hi + 1.5 * m:
        out.append("H")
    return out


@dataclass
class Drawn:
    base: float | None  # base-unit value (None for qualitative)
    cat: str | None  # intended category for independently drawn values (N/L/H/LL/HH); None if derived
    qual: tuple[str, str, str, float] | None = None


def ckd_epi_2021(creat_mg_dl: float, age: int, sex: str) -> float:
    """Estimated GFR (mL/min/1.73 m²), CKD-EPI 2021 creatinine equation (no race term)."""
    kappa, alpha = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    r = creat_mg_dl / kappa
    return 142 * min(r, 1) ** alpha * max(r, 1) ** -1.200 * 0.9938 ** age * (1.012 if sex == "female" else 1)


def draw_values(rng: random.Random, keys: list[str], fmts: dict[str, Fmt], sex: str,
                critical: str | None, age: int = 50) -> dict[str, Drawn]:
    """Values for every key (base units), coherent within CBC, differential, lipids, bilirubin, iron, PT."""
    out: dict[str, Drawn] = {}
    ks = set(keys)

    def ref_b(k):
        f = fmts[k]
        lo, hi = f.interval(sex)
        return (None if lo is None else lo / f.factor, None if hi is None else hi / f.factor)

    def indep(k, cat=None):
        a = ANALYTES[k]
        if k == critical:
            if a.crit_low and a.crit_high:
                which = rng.choice(["LL", "HH"])
            else:
                which = "LL" if a.crit_low else "HH"
            span = a.crit_low if which == "LL" else a.crit_high
            return Drawn(rng.uniform(*span), which)
        rb = ref_b(k)
        if cat is None:
            cats = _categories(a, rb)
            cat = rng.choice(cats) if cats and rng.random() < P_ABNORMAL else "N"
        return Drawn(_draw(rng, a, rb, cat), cat)

    cbc = {"rbc", "hgb", "hct", "mcv", "mch", "mchc"}
    if ks & cbc:
        hgb = indep("hgb") if "hgb" in fmts else Drawn(rng.uniform(12.5, 15.5), None)
        hct = hgb.base * rng.uniform(2.9, 3.05)
        mcv = indep("mcv")
        mchc = hgb.base / hct * 100
        out.update(hgb=hgb, hct=Drawn(hct, None), mcv=mcv, mchc=Drawn(mchc, None),
                   mch=Drawn(mcv.base * mchc / 100, None), rbc=Drawn(hct / mcv.base * 10, None))
    diff = [k for k in ks if k.endswith("_pct") or k.endswith("_abs")]
    if "wbc" in ks or diff:
        out["wbc"] = indep("wbc")
    if diff:
        while True:
            neut, mono = rng.uniform(35, 80), rng.uniform(2.5, 12.5)
            eos, baso = rng.uniform(0.4, 8.0), rng.uniform(0.3, 1.6)
            lymph = 100 - neut - mono - eos - baso
            if 10 <= lymph <= 55:
                break
        pct = {"neut": round(neut, 1), "mono": round(mono, 1), "eos": round(eos, 1), "baso": round(baso, 1)}
        pct["lymph"] = round(100 - sum(pct.values()), 1)
        for cell, p in pct.items():
            out[f"{cell}_pct"] = Drawn(p, None)
            out[f"{cell}_abs"] = Drawn(out["wbc"].base * p / 100, None)
    if ks & {"tc", "hdl", "ldl", "tg", "nonhdl"}:
        hdl, tg, ldl = indep("hdl"), indep("tg"), indep("ldl") if "ldl" in fmts else Drawn(
            rng.uniform(70, 190), None)
        tc = hdl.base + ldl.base + tg.base / 5
        out.update(hdl=hdl, tg=tg, ldl=ldl, tc=Drawn(tc, None), nonhdl=Drawn(tc - hdl.base, None))
    if ks & {"tbili", "dbili", "ibili"}:
        t = indep("tbili")
        d = t.base * rng.uniform(0.12, 0.33)
        out.update(tbili=t, dbili=Drawn(d, None), ibili=Drawn(t.base - d, None))
    if ks & {"iron", "tibc", "tsat"}:
        fe, tibc = indep("iron"), indep("tibc")
        while fe.base / tibc.base > 0.7:  # saturation stays physiological
            fe, tibc = indep("iron"), indep("tibc")
        out.update(iron=fe, tibc=tibc, tsat=Drawn(fe.base / tibc.base * 100, None))
    if ks & {"pt", "inr"}:
        inr = indep("inr")
        out.update(inr=inr, pt=Drawn(10.9 * inr.base * rng.uniform(0.97, 1.03), None))
    for k in keys:
        if k in out or k == "egfr":
            continue
        a = ANALYTES[k]
        if a.qual:
            opts = a.qual
            q = rng.choices(opts, weights=[o[3] for o in opts])[0]
            out[k] = Drawn(None, None, q)
        else:
            out[k] = indep(k)
    if "egfr" in ks:
        creat = out["creat"] if "creat" in out else Drawn(rng.uniform(0.6, 1.1), None)
        out["egfr"] = Drawn(ckd_epi_2021(creat.base, age, sex), None)
    return out


# --------------------------------------------------------------------------------------------
# Printing values: numbers, intervals, flags
# --------------------------------------------------------------------------------------------


def num(v: float, dec: int, lang: str, group: bool = False) -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    if lang == "pt":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


@dataclass
class Line:
    """One result as it will be drawn, and its ground truth."""

    key: str
    name: str
    value: str
    unit: str | None
    ref: str | None  # one-line printed interval, without unit
    lo: float | None
    hi: float | None
    flag: str
    mark: str | None
    exp: ExpectedResult
    crit: bool = False


@dataclass
class Printer:
    """How one report prints its results."""

    lang: str
    fmts: dict[str, Fmt]
    sex: str
    marks: dict[str, str | None]  # flag → printed flag text
    count: str = "x10³/µL"
    count6: str = "x10E6/µL"
    micro: str = "µ"
    dash: str = " - "
    lt: str = "<"  # pt: "<", "Inferior a", "Até"
    gt: str = ">"
    group: bool = True  # pt thousands dots on integers >= 1000

    def unit_of(self, f: Fmt) -> str | None:
        if f.unit is None:
            return None
        return f.unit.replace(COUNT6, self.count6).replace(COUNT, self.count).replace("µ", self.micro)

    def ref_text(self, lo, hi, dec) -> str | None:
        n = lambda v: num(v, dec, self.lang, self.group and dec == 0 and v >= 1000)  # noqa: E731
        if lo is not None and hi is not None:
            return f"{n(lo)}{self.dash}{n(hi)}" if self.lang == "en" else f"{n(lo)} a {n(hi)}"
        if hi is not None:
            return f"{self.lt}{' ' if self.lt[-1].isalpha() or self.lang == 'pt' else ''}{n(hi)}"
        if lo is not None:
            return f"{self.gt}{' ' if self.gt[-1].isalpha() or self.lang == 'pt' else ''}{n(lo)}"
        return None

    def line(self, key: str, d: Drawn, name: str | None = None, fmt: Fmt | None = None,
             unit_shown: str | None | bool = True) -> Line:
        """unit_shown: True = the unit column; a string = the unit printed elsewhere (name, header)."""
        a = ANALYTES[key]
        f = fmt or self.fmts.get(key) or Fmt(None)
        name = name or (f.name if f.name and self.lang == "en" else None) or (a.en if self.lang == "en" else a.pt)
        loinc = f.loinc or a.loinc
        if d.qual is not None:
            en, pt, meaning, _ = d.qual
            normal = a.qual[0]
            text = en if self.lang == "en" else pt
            ref = normal[0] if self.lang == "en" else normal[1]
            exp = ExpectedResult(loinc=loinc, name_as_printed=name, value=None, unit=None, ref_low=None,
                                 ref_high=None, flag="N", qualitative=meaning)
            return Line(key, name, text, None, ref, None, None, "N", None, exp)
        unit = self.unit_of(f)
        lo, hi = f.interval(self.sex)
        v = d.base * f.factor
        comparator = None
        if f.lod is not None and v < f.lod:
            v, comparator = f.lod, "<"
        elif f.cap is not None and v > f.cap:
            v, comparator = f.cap, ">"
        if f.quantum:
            v = round(v / f.quantum) * f.quantum
        v = round(v, f.dec)
        text = num(v, f.dec, self.lang, self.group and f.dec == 0 and v >= 1000)
        if comparator:
            text = f"{comparator} {text}" if self.lang == "pt" else f"{comparator}{text}"
        if d.cat in ("LL", "HH"):
            flag = d.cat
        elif lo is not None and v < lo:
            flag = "L"
        elif hi is not None and v > hi:
            flag = "H"
        else:
            flag = "N"
        if comparator == "<":
            assert hi is not None and v <= hi and lo is None, key
        mark = self.marks.get(flag)
        shown_unit = unit if unit_shown is True else (unit_shown or None)
        exp = ExpectedResult(loinc=loinc, name_as_printed=name, value=float(v), unit=shown_unit,
                             ref_low=None if lo is None else float(lo), ref_high=None if hi is None else float(hi),
                             flag=flag, comparator=comparator, printed_flag=mark)
        return Line(key, name, text, unit if unit_shown is True else None, self.ref_text(lo, hi, f.dec), lo, hi,
                    flag, mark, exp, crit=flag in ("LL", "HH"))


def check_lines(lines: list[Line], drawn: dict[str, Drawn], fmts: dict[str, Fmt]) -> bool:
    """False when a value sits on a printed limit, left its intended side, or came near a panic limit."""
    for ln in lines:
        e = ln.exp
        if e.value is None:
            continue
        if e.comparator is None and e.value in (e.ref_low, e.ref_high):
            return False
        d = drawn[ln.key]
        a = ANALYTES[ln.key]
        base = e.value / (fmts.get(ln.key) or Fmt(None)).factor
        if d.cat in ("N", "L", "H") and e.comparator is None and e.flag != d.cat:
            return False  # rounding moved it across a limit
        if d.cat in ("LL", "HH"):
            lo, hi = CRIT_CHECK[ln.key]
            assert (d.cat == "LL" and base <= lo) or (d.cat == "HH" and base >= hi), (ln.key, base)
            continue
        if d.cat is None:  # derived values (hematocrit, absolute counts): keep clear of panic limits
            plo, phi = a.panic
            if plo is not None and base <= plo * 1.2:
                return False
            if phi is not None and base >= phi * 0.9:
                return False
    return True


# --------------------------------------------------------------------------------------------
# Patients, labs, dates
# --------------------------------------------------------------------------------------------

_PT_F = ["Mariana", "Tatiane", "Cleide", "Juliana", "Simone", "Rosângela", "Adriana", "Luzia", "Patrícia",
         "Eliane", "Fabíola", "Iracema"]
_PT_M = ["Luiz Fernando", "Rogério", "Anderson", "Edvaldo", "Marcos Vinícius", "Heitor", "Cláudio",
         "Josué", "Renato", "Gilberto", "Otávio", "Sebastião"]
_PT_LAST = ["Tavares Lobo", "Quaresma Dutra", "Bittencourt Sales", "Moraes Furtado", "Nogueira Paes",
            "Siqueira Brandão", "Assunção Leal", "Valadares Pinto", "Correia Maciel", "Fontoura Reis",
            "Amaral Guedes", "Prates Vilela"]
_EN_F = ["Deborah", "Marisol", "Lorraine", "Harriet", "Colleen", "Yvette", "Bernadette", "Tamsin"]
_EN_M = ["Kenneth", "Trevor", "Desmond", "Calvin", "Russell", "Elliott", "Norman", "Barrett"]
_EN_MID = "ABCDEFGHJKLMNPRSTW"
_EN_LAST = ["Whitlock", "Abernathy", "Castellano", "Pruitt", "Okonkwo", "Lindqvist", "Haverford",
            "Marchetti", "Delacroix", "Vance-Oduya", "Thornbury", "Kowalczyk"]
_DOC_PT = ["Dr. Fábio Menezes Arruda", "Dra. Cristiane Lopes Viana", "Dr. Renan Albuquerque Sá",
           "Dra. Lígia Monteiro Campos", "Dr. Hugo Teixeira Bastos"]
_DOC_EN = ["Samuel R. Okafor, MD", "Priya Raman, MD", "Gregory T. Ashdown, DO", "Naomi Feld, NP",
           "Victor M. Salgado, MD"]


@dataclass
class Patient:
    name: str
    sex: str
    dob: date
    collected: datetime
    received: datetime
    reported: datetime
    doctor: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def age(self) -> int:
        c = self.collected.date()
        return c.year - self.dob.year - ((c.month, c.day) < (self.dob.month, self.dob.day))


def make_patient(rng: random.Random, lang: str, sex: str | None = None, min_age: int = 19) -> Patient:
    sex = sex or rng.choice(["female", "male"])
    if lang == "pt":
        first = rng.choice(_PT_F if sex == "female" else _PT_M)
        name = f"{first} {rng.choice(_PT_LAST)}"
        doctor = rng.choice(_DOC_PT)
    else:
        first = rng.choice(_EN_F if sex == "female" else _EN_M)
        name = f"{first} {rng.choice(_EN_MID)}. {rng.choice(_EN_LAST)}"
        doctor = rng.choice(_DOC_EN)
    collected = datetime(2023, 1, 9) + timedelta(days=rng.randrange(0, 900), hours=6,
                                                 minutes=rng.randrange(0, 240))
    age = rng.randint(min_age, 86)
    dob = collected.date() - timedelta(days=age * 365 + rng.randrange(1, 360))
    received = collected + timedelta(minutes=rng.randrange(40, 200))
    reported = received + timedelta(hours=rng.randrange(3, 30), minutes=rng.randrange(0, 60))
    ids = {
        "accession": f"{rng.randrange(10, 99)}{rng.randrange(100000, 999999)}",
        "mrn": f"{rng.randrange(1000000, 9999999)}",
        "order": f"{collected:%y%m%d}{rng.randrange(1000, 9999)}",
        "crm": f"{rng.randrange(11, 199)}.{rng.randrange(100, 999)}",
        "npi": f"1{rng.randrange(100000000, 999999999)}",
    }
    return Patient(name, sex, dob, collected, received, reported, doctor, ids)


def d_en(d) -> str:
    return d.strftime("%m/%d/%Y")


def dt_en(d) -> str:
    return d.strftime("%m/%d/%Y %H:%M")


def d_pt(d) -> str:
    return d.strftime("%d/%m/%Y")


def dt_pt(d) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


@dataclass(frozen=True)
class Lab:
    prefix: str  # of accession numbers
    name: str
    lines: tuple[str, ...]  # address, phones, registration
    director: str


LAB_D1 = Lab("NG", "NORTHGATE CLINICAL LABORATORIES",
             ("1180 Harmon Avenue, Suite 300 · Dayton, OH 45402",
              "Tel (937) 555-0148 · Fax (937) 555-0149 · CLIA 36D0981123"),
             "Elaine V. Marsh, MD, PhD, Laboratory Director")
LAB_D6_EN = Lab("PD", "PINECREST DIAGNOSTIC SERVICES",
                ("42 Quarry Road · Bend, OR 97701", "Phone 541-555-0192 · CLIA 38D2216607"),
                "Rupert A. Gallo, MD, Medical Director")
LAB_D4 = Lab("HP-", "HARBOR POINT PATHOLOGY GROUP",
             ("700 Wharf Street, Building C · Portland, ME 04101",
              "Client Services 207-555-0173 · Fax 207-555-0174 · CAP 8812093 · CLIA 20D0667341"),
             "Miriam Solberg-Achebe, MD, Director")
LAB_D2 = Lab("", "LABORATÓRIO VILA SERENA",
             ("Av. das Palmeiras, 1450 - Centro - Campinas/SP - CEP 13015-100",
              "Tel.: (19) 3251-0472 · WhatsApp (19) 99812-3307 · CNES 2087431"),
             "Dra. Helena M. Carvalhal - CRF-SP 34.512")
LAB_D3 = Lab("", "CENTRO DIAGNÓSTICO IPÊ AMARELO",
             ("Rua Desembargador Otoni, 388 - Savassi - Belo Horizonte/MG - CEP 30140-071",
              "Central de atendimento: (31) 3025-8810 · CNPJ 12.384.551/0001-07"),
             "Dr. Otávio Lins Barreto - CRM-MG 41.882")
LAB_D5 = Lab("", "LABSAÚDE CERRADO - Análises Clínicas",
             ("SQS 108 Bloco C, Loja 12 - Asa Sul - Brasília/DF - CEP 70347-030",
              "Fone: (61) 3443-2091 · CNES 6603117"),
             "Dra. Vânia Correia Prado - CRBM 3ª Região 10.771")
LAB_D6_PT = Lab("", "LABORATÓRIO SÃO BENEDITO DAS ÁGUAS",
                ("Rua Coronel Teodoro, 77 - Centro - Poços de Caldas/MG - CEP 37701-012",
                 "Telefone (35) 3721-6604 · CNES 2158119"),
                "Dr. Álvaro Quintela Mota - CRM-MG 52.310")


# --------------------------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------------------------

_SYMBOL = None


def _symbol_font():
    global _SYMBOL
    if _SYMBOL is None:
        _SYMBOL = fitz.Font("symbol")
    return _SYMBOL


def tlen(s: str, size: float, font: str = "helv") -> float:
    return fitz.get_text_length(s, fontname=font, fontsize=size)


class Canvas:
    """Pages of one report: a header callback per page, a flowing cursor, footers with page x/y."""

    def __init__(self, size, header, footer, bottom=70):
        self.doc = fitz.open()
        self.w, self.h = size
        self.header, self.footer, self.bottom = header, footer, bottom
        self.page = None
        self.y = 0.0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self.y = self.header(self)

    def need(self, h: float) -> bool:
        """Ensure h points of room below the cursor; True when a new page was started."""
        if self.y + h > self.h - self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x, y, s, size=9.0, font="helv", align="left", color=(0, 0, 0)):
        if not s:
            return
        if align == "right":
            x -= tlen(s, size, font)
        elif align == "center":
            x -= tlen(s, size, font) / 2
        self.page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def arrow(self, x, y, s, size=9.0):
        tw = fitz.TextWriter(self.page.rect)
        tw.append((x, y), s, font=_symbol_font(), fontsize=size)
        tw.write_text(self.page)

    def hline(self, y, x0=None, x1=None, width=0.5, color=(0, 0, 0)):
        x0 = 36 if x0 is None else x0
        x1 = self.w - 36 if x1 is None else x1
        self.page.draw_line((x0, y), (x1, y), color=color, width=width)

    def vline(self, x, y0, y1, width=0.4, color=(0, 0, 0)):
        self.page.draw_line((x, y0), (x, y1), color=color, width=width)

    def rect(self, x0, y0, x1, y1, fill=(0.88, 0.88, 0.88)):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=None, fill=fill, width=0)

    def finish(self) -> bytes:
        n = self.doc.page_count
        for i in range(n):
            self.page = self.doc[i]
            self.footer(self, i + 1, n)
        self.doc.set_metadata({"producer": "LIS Report Server 7.2", "creator": "LIS Report Server 7.2",
                               "title": "Laboratory report", "author": "", "subject": "", "keywords": "",
                               "creationDate": "D:20240101000000", "modDate": "D:20240101000000"})
        return self.doc.tobytes(garbage=1, deflate=True, no_new_id=True)


LETTER = (612, 792)
A4 = (595, 842)


# ---------------- D1: US rows ----------------


def render_rows_en(lab: Lab, pat: Patient, sections, notes: list[str], big: bool = False) -> bytes:
    fs = 9.5 if big else 8.8
    lh = 14.5 if big else 13.0
    cols = dict(name=46, value=258, unit=318, ref=398, flag=520)
    sexw = "Female" if pat.sex == "female" else "Male"
    last, first = pat.name.split(" ")[-1].upper(), " ".join(pat.name.split(" ")[:-1]).upper()

    def header(c: Canvas):
        c.text(36, 50, lab.name, 15, "hebo")
        c.text(36, 63, lab.lines[0], 8)
        c.text(36, 73, lab.lines[1], 8)
        c.text(c.w - 36, 50, "FINAL REPORT", 10, "hebo", align="right")
        c.hline(80, width=1.2)
        y = 93
        left = [f"Patient: {last}, {first}", f"DOB: {d_en(pat.dob)}   Age: {pat.age} Y   Sex: {sexw}",
                f"MRN: {pat.ids['mrn']}", f"Ordering: {pat.doctor}   NPI {pat.ids['npi']}"]
        right = [f"Accession: {lab.prefix}{pat.ids['accession']}", f"Collected: {dt_en(pat.collected)}",
                 f"Received: {dt_en(pat.received)}", f"Reported: {dt_en(pat.reported)}"]
        for i, (lt, rt) in enumerate(zip(left, right)):
            c.text(36, y + i * 12, lt, 8.8, "hebo" if i == 0 else "helv")
            c.text(340, y + i * 12, rt, 8.8)
        c.hline(y + 42, width=0.8)
        hy = y + 56
        c.text(36, hy, "TEST", 8, "hebo")
        c.text(cols["value"], hy, "RESULT", 8, "hebo")
        c.text(cols["unit"], hy, "UNITS", 8, "hebo")
        c.text(cols["ref"], hy, "REFERENCE INTERVAL", 8, "hebo")
        c.text(cols["flag"], hy, "FLAG", 8, "hebo")
        c.hline(hy + 4, width=0.5)
        return hy + 18

    def footer(c: Canvas, i, n):
        c.hline(c.h - 52, width=0.6)
        c.text(36, c.h - 40, f"{last}, {first}  ·  DOB {d_en(pat.dob)}  ·  "
                             f"Accession {lab.prefix}{pat.ids['accession']}", 7.5)
        c.text(c.w - 36, c.h - 40, f"Page {i} of {n}", 7.5, align="right")
        c.text(36, c.h - 30, lab.director + "  ·  " + lab.name.title(), 7)
        c.text(c.w - 36, c.h - 30, f"Printed {dt_en(pat.reported + timedelta(minutes=17))}", 7, align="right")

    c = Canvas(LETTER, header, footer)
    for title, lines in sections:
        c.need(lh * 3)
        c.text(36, c.y, title, fs, "hebo")
        c.y += lh
        for ln in lines:
            c.need(lh)
            c.text(cols["name"], c.y, ln.name, fs)
            c.text(cols["value"], c.y, ln.value, fs, "hebo" if ln.mark else "helv")
            c.text(cols["unit"], c.y, ln.unit or "", fs)
            c.text(cols["ref"], c.y, ln.ref or "", fs)
            if ln.mark:
                c.text(cols["flag"], c.y, ln.mark, fs, "hebo")
            c.y += lh
        c.y += lh * 0.5
    for note in notes:
        c.need(lh)
        c.text(36, c.y, note, 7.8, "heit")
        c.y += lh * 0.9
    return c.finish()


# ---------------- D2: Brazilian rows ----------------


def render_rows_pt(lab: Lab, pat: Patient, sections, notes: list[str], flag_mode: str) -> bytes:
    fs, lh = 8.8, 13.2
    cols = dict(name=44, value=236, unit=304, ref=384, obs=520)
    sexo = "Feminino" if pat.sex == "female" else "Masculino"

    def header(c: Canvas):
        c.text(36, 48, lab.name, 15, "hebo")
        c.text(36, 61, lab.lines[0], 7.8)
        c.text(36, 71, lab.lines[1], 7.8)
        c.hline(78, width=1.0)
        y = 91
        rows = [(f"Paciente: {pat.name.upper()}", f"Pedido: {pat.ids['order']}"),
                (f"Data de nascimento: {d_pt(pat.dob)}   Idade: {pat.age} anos", f"Sexo: {sexo}"),
                (f"Médico solicitante: {pat.doctor} - CRM-SP {pat.ids['crm']}", "Convênio: Particular"),
                (f"Data da coleta: {dt_pt(pat.collected)}", f"Liberação: {dt_pt(pat.reported)}")]
        for i, (lt, rt) in enumerate(rows):
            c.text(36, y + i * 11.5, lt, 8.5, "hebo" if i == 0 else "helv")
            c.text(392, y + i * 11.5, rt, 8.5)
        c.hline(y + 40, width=0.6)
        hy = y + 53
        c.text(36, hy, "EXAME", 8, "hebo")
        c.text(cols["value"], hy, "RESULTADO", 8, "hebo")
        c.text(cols["unit"], hy, "UNIDADE", 8, "hebo")
        c.text(cols["ref"], hy, "VALORES DE REFERÊNCIA", 8, "hebo")
        if flag_mode == "word":
            c.text(cols["obs"], hy, "OBS.", 8, "hebo")
        c.hline(hy + 4, width=0.4)
        return hy + 18

    def footer(c: Canvas, i, n):
        c.hline(c.h - 56, width=0.5)
        c.text(36, c.h - 44, f"Responsável técnico: {lab.director}", 7.5)
        c.text(c.w - 36, c.h - 44, f"Página {i} de {n}", 7.5, align="right")
        c.text(36, c.h - 34, f"Laudo assinado eletronicamente em {dt_pt(pat.reported)} · "
                             f"Pedido {pat.ids['order']} · Paciente {pat.name.upper()}", 7)

    c = Canvas(A4, header, footer)
    for title, lines in sections:
        c.need(lh * 3)
        c.text(36, c.y, title, 9.2, "hebo")
        c.y += lh
        for ln in lines:
            c.need(lh)
            c.text(cols["name"], c.y, ln.name, fs)
            c.text(cols["value"], c.y, ln.value, fs, "hebo")
            if ln.mark and flag_mode == "arrow":
                c.arrow(cols["value"] + tlen(ln.value, fs, "hebo") + 4, c.y, ln.mark, fs)
            c.text(cols["unit"], c.y, ln.unit or "", fs)
            c.text(cols["ref"], c.y, ln.ref or "", fs)
            if ln.mark and flag_mode == "word":
                c.text(cols["obs"], c.y, ln.mark, fs, "hebo")
            c.y += lh
        c.y += lh * 0.5
    for note in notes:
        c.need(lh)
        c.text(36, c.y, note, 7.6, "heit")
        c.y += lh * 0.9
    return c.finish()


# ---------------- D3: Brazilian blocks ----------------


@dataclass
class Block:
    title: str
    material: str
    method: str
    lines: list[Line]  # one (single exam) or several (sub-labelled) results
    ref_lines: list[list[str]]  # per result: the reference as printed, line by line
    extra: list[str] = field(default_factory=list)  # interpretive lines after the reference
    inline_ref: bool = True  # single-line reference printed on the result line


def render_blocks_pt(lab: Lab, pat: Patient, blocks: list[Block], notes: list[str], big: bool = False,
                     fasting_h: int = 12, split_method: bool = False) -> bytes:
    fs = 9.4 if big else 8.8
    lh = 12.6 if big else 12.2
    sexo = "Feminino" if pat.sex == "female" else "Masculino"

    def header(c: Canvas):
        c.text(36, 48, lab.name, 14, "hebo")
        c.text(36, 60, lab.lines[0], 7.6)
        c.text(36, 70, lab.lines[1], 7.6)
        c.hline(77, width=1.0)
        y = 90
        c.text(36, y, f"Nome: {pat.name.upper()}", 9, "hebo")
        c.text(380, y, f"Cadastro: {pat.ids['mrn']}", 8.4)
        c.text(36, y + 12, f"Sexo: {sexo}    Nascimento: {d_pt(pat.dob)}    Idade: {pat.age} anos", 8.4)
        c.text(380, y + 12, f"Coleta: {dt_pt(pat.collected)}", 8.4)
        c.text(36, y + 24, f"Solicitante: {pat.doctor} - CRM-MG {pat.ids['crm']}", 8.4)
        c.text(380, y + 24, f"Jejum: {fasting_h} horas", 8.4)
        c.hline(y + 31, width=0.6)
        return y + 50

    def footer(c: Canvas, i, n):
        c.hline(c.h - 54, width=0.5)
        c.text(36, c.h - 42, f"Liberado por {lab.director} em {dt_pt(pat.reported)}", 7.5)
        c.text(c.w - 36, c.h - 42, f"Página {i}/{n}", 7.5, align="right")
        c.text(36, c.h - 32, "Os resultados devem ser interpretados pelo médico, em conjunto com dados clínicos. "
                             f"Protocolo {pat.ids['order']}.", 6.8)

    c = Canvas(A4, header, footer)
    for b in blocks:
        n_lines = 3 + split_method + sum(max(1, len(r)) for r in b.ref_lines) + len(b.extra)
        c.need(lh * n_lines + 8)
        c.text(36, c.y, b.title, fs + 0.8, "hebo")
        c.y += lh
        c.text(36, c.y, f"Material: {b.material}", fs - 1)
        if split_method:
            c.y += lh * 0.9
            c.text(36, c.y, f"Método: {b.method}", fs - 1)
        else:
            c.text(250, c.y, f"Método: {b.method}", fs - 1)
        c.y += lh * 1.1
        single = len(b.lines) == 1
        for ln, ref in zip(b.lines, b.ref_lines):
            label = "Resultado:" if single else f"{ln.name}:"
            c.text(36, c.y, label, fs)
            x = 36 + max(tlen(label, fs), 52 if single else 108) + 6
            val = ln.value + (f" {ln.unit}" if ln.unit else "")
            c.text(x, c.y, val, fs + 0.4, "hebo")
            if b.inline_ref and len(ref) == 1:
                c.text(300, c.y, f"Valor de referência: {ref[0]}", fs)
                c.y += lh
            else:
                c.y += lh
                c.text(x if not single else 36, c.y, "Valores de referência:" if len(ref) > 1
                       else f"Valor de referência: {ref[0]}", fs)
                c.y += lh
                if len(ref) > 1:
                    for r in ref:
                        c.text(48 if single else x + 10, c.y, r, fs)
                        c.y += lh
            if ln.crit:
                c.text(48, c.y, "VALOR CRÍTICO - comunicado ao médico assistente em "
                                f"{dt_pt(pat.received + timedelta(minutes=35))}.", fs - 1, "hebo")
                c.y += lh
        for e in b.extra:
            c.text(48, c.y, e, fs - 0.8, "heit")
            c.y += lh * 0.95
        c.y += 3
        c.hline(c.y, width=0.3, color=(0.5, 0.5, 0.5))
        c.y += lh * 1.2
    for note in notes:
        c.need(lh)
        c.text(36, c.y, note, 7.6, "heit")
        c.y += lh
    return c.finish()


# ---------------- D4: English table with unit column ----------------


def render_table_en(lab: Lab, pat: Patient, sections, notes: list[str]) -> bytes:
    """sections: (title, lines, kind) with kind "plain" or a note printed under the title."""
    fs, rh = 8.4, 14.0
    xs = [36, 246, 316, 386, 500, 576]  # Test | Result | Units | Reference Range | Flag
    sexw = "F" if pat.sex == "female" else "M"

    def table_header(c: Canvas):
        c.rect(xs[0], c.y - 10, xs[-1], c.y + 4)
        for x, t in zip(xs, ["Test", "Result", "Units", "Reference Range", "Flag"]):
            c.text(x + 4, c.y, t, 8.4, "hebo")
        for x in xs:
            c.vline(x, c.y - 10, c.y + 4)
        c.hline(c.y - 10, xs[0], xs[-1], 0.6)
        c.hline(c.y + 4, xs[0], xs[-1], 0.6)
        c.y += rh

    def header(c: Canvas):
        c.text(36, 50, lab.name, 14, "hebo")
        c.text(36, 62, lab.lines[0], 7.8)
        c.text(36, 72, lab.lines[1], 7.8)
        c.hline(79, width=1.0)
        y = 93
        c.text(36, y, f"Name: {pat.name}", 9, "hebo")
        c.text(330, y, f"Specimen ID: {lab.prefix}{pat.ids['accession']}", 8.4)
        c.text(36, y + 12, f"DOB: {d_en(pat.dob)} ({pat.age} yrs)   Gender: {sexw}   MRN {pat.ids['mrn']}", 8.4)
        c.text(330, y + 12, f"Date Collected: {d_en(pat.collected)} {pat.collected:%I:%M %p}", 8.4)
        c.text(36, y + 24, f"Physician: {pat.doctor}", 8.4)
        c.text(330, y + 24, f"Date Reported: {d_en(pat.reported)} {pat.reported:%I:%M %p}", 8.4)
        c.y = y + 46
        table_header(c)
        return c.y

    def footer(c: Canvas, i, n):
        c.hline(c.h - 50, width=0.5)
        c.text(36, c.h - 38, f"{lab.director} · {lab.name.title()}", 7.4)
        c.text(c.w - 36, c.h - 38, f"Page {i}/{n}", 7.4, align="right")
        c.text(36, c.h - 28, "H/L = outside reference range. CRITICAL = notified per policy LAB-117.", 6.8)

    c = Canvas(LETTER, header, footer)
    for title, lines, note in sections:
        c.need(rh * 3)
        c.rect(xs[0], c.y - 10, xs[-1], c.y + 4, fill=(0.95, 0.95, 0.95))
        c.text(xs[0] + 4, c.y, title, 8.6, "hebo")
        c.hline(c.y + 4, xs[0], xs[-1], 0.4)
        c.vline(xs[0], c.y - 10, c.y + 4)
        c.vline(xs[-1], c.y - 10, c.y + 4)
        c.y += rh
        if note:
            c.text(xs[0] + 8, c.y - 1, note, 7.4, "heit")
            c.vline(xs[0], c.y - 11, c.y + 4)
            c.vline(xs[-1], c.y - 11, c.y + 4)
            c.y += rh * 0.85
        for ln in lines:
            if c.need(rh):
                pass
            cells = [ln.name, ln.value, ln.unit or "", ln.ref or "", ln.mark or ""]
            for j, (x, t) in enumerate(zip(xs, cells)):
                c.text(x + 4, c.y, t, fs, "hebo" if (j in (1, 4) and ln.mark) else "helv")
            for x in xs:
                c.vline(x, c.y - 10, c.y + 4)
            c.hline(c.y + 4, xs[0], xs[-1], 0.3)
            c.y += rh
        c.y += 4
    c.y += 6
    for n_ in notes:
        c.need(rh)
        c.text(36, c.y, n_, 7.6, "heit")
        c.y += 11
    return c.finish()


# ---------------- D5: Brazilian two-column ----------------


def render_twocol_pt(lab: Lab, pat: Patient, sections, notes: list[str]) -> bytes:
    """sections: (title, pairs, (left_header, right_header) or None); pairs: (Line|None, Line|None)."""
    fs, lh = 8.0, 12.6
    halves = [36, 304]
    sexo = "F" if pat.sex == "female" else "M"

    def header(c: Canvas):
        c.text(36, 46, lab.name, 13.5, "hebo")
        c.text(36, 58, lab.lines[0], 7.4)
        c.text(36, 67, lab.lines[1], 7.4)
        c.text(c.w - 36, 46, f"OS {pat.ids['order']}", 8.4, "hebo", align="right")
        c.hline(74, width=1.0)
        y = 86
        c.text(36, y, f"Paciente: {pat.name.upper()}", 8.6, "hebo")
        c.text(330, y, f"Sexo: {sexo}   Idade: {pat.age}a", 8.4)
        c.text(36, y + 11, f"Nasc.: {d_pt(pat.dob)}   Prontuário: {pat.ids['mrn']}", 8.2)
        c.text(330, y + 11, f"Coleta: {dt_pt(pat.collected)}", 8.2)
        c.text(36, y + 22, f"Médico: {pat.doctor} (CRM-DF {pat.ids['crm']})", 8.2)
        c.text(330, y + 22, f"Emissão: {dt_pt(pat.reported)}", 8.2)
        c.hline(y + 29, width=0.6)
        return y + 44

    def footer(c: Canvas, i, n):
        c.hline(c.h - 52, width=0.5)
        c.text(36, c.h - 40, f"RT: {lab.director}", 7.4)
        c.text(c.w - 36, c.h - 40, f"Folha {i} de {n}", 7.4, align="right")
        c.text(36, c.h - 30, "(*) Resultado fora do intervalo de referência. Intervalos entre parênteses.", 6.8)

    def cell(c: Canvas, x0: float, ln: Line):
        c.text(x0, c.y, ln.name, fs)
        vx = x0 + 128
        c.text(vx, c.y, ln.value + ("*" if ln.mark else ""), fs, "hebo", align="right")
        if ln.unit:
            c.text(vx + 4, c.y, ln.unit, fs)
        if ln.ref:
            c.text(x0 + 184, c.y, f"({ln.ref})", 6.9)

    c = Canvas(A4, header, footer)
    for title, pairs, heads in sections:
        c.need(lh * 4)
        c.text(36, c.y, title, 9, "hebo")
        c.hline(c.y + 3, 36, c.w - 36, 0.3)
        c.y += lh
        if heads:
            c.text(halves[0], c.y, heads[0], 7.6, "heit")
            c.text(halves[1], c.y, heads[1], 7.6, "heit")
            c.y += lh
        top = c.y - lh + 3
        for left, right in pairs:
            if c.need(lh):
                top = c.y - lh + 3
            if left:
                cell(c, halves[0], left)
            if right:
                cell(c, halves[1], right)
            c.y += lh
        c.vline(297.5, top, c.y - lh + 4, 0.3)
        c.y += lh * 0.4
    for n_ in notes:
        c.need(lh)
        c.text(36, c.y, n_, 7.4, "heit")
        c.y += lh * 0.9
    return c.finish()


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


def scan(pdf: bytes, rng: random.Random, dpi: int) -> bytes:
    import numpy as np
    from PIL import Image, ImageFilter

    doc = fitz.open(stream=pdf, filetype="pdf")
    assert doc.page_count == 1, "a scanned report is one page"
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    angle = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * rng.uniform(0.9, 0.96) + rng.uniform(8, 16)  # greyish paper, less than black ink
    arr += nrng.normal(0, 7.0, arr.shape)
    specks = nrng.random(arr.shape) < 0.0004
    arr[specks] = nrng.uniform(60, 160, specks.sum())
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.8)))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Report recipes
# --------------------------------------------------------------------------------------------

CBC = ["wbc", "rbc", "hgb", "hct", "mcv", "mch", "mchc", "rdw", "plt"]
DIFF_PCT = ["neut_pct", "lymph_pct", "mono_pct", "eos_pct", "baso_pct"]
DIFF_ABS = ["neut_abs", "lymph_abs", "mono_abs", "eos_abs", "baso_abs"]
CRIT_ELIGIBLE = ["k", "na", "glucose", "hgb", "plt"]


def pick_critical(rng: random.Random, keys: list[str], chance: float) -> str | None:
    cands = [k for k in CRIT_ELIGIBLE if k in keys]
    if cands and rng.random() < chance:
        return rng.choice(cands)
    return None


def build(rng: random.Random, keys: list[str], fmts: dict[str, Fmt], printer_fn, critical: str | None,
          make_lines, age: int = 50):
    """Draw values until every printed line is unambiguous; returns (drawn, lines-structure)."""
    for _ in range(200):
        drawn = draw_values(rng, keys, fmts, printer_fn.sex, critical, age)
        structure, lines = make_lines(drawn)
        if check_lines(lines, drawn, fmts):
            return drawn, structure, lines
    raise RuntimeError("could not draw unambiguous values")


def _sub(rng: random.Random, keys: list[str], keep: float) -> list[str]:
    return [k for k in keys if rng.random() < keep]


def report_d1(i: int, lab: Lab = LAB_D1, family: str = "D1-rows-en-us", big: bool = False,
              max_results: int = 25, order: list[int] | None = None, diff: bool | None = None):
    rng = random.Random(f"{family}-{i}")
    pat = make_patient(rng, "en")
    count, count6 = rng.choice([("x10³/µL", "x10E6/µL"), ("x10E3/uL", "x10E6/uL"), ("K/µL", "M/µL")])
    pr = Printer("en", US, pat.sex, {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}, count=count, count6=count6,
                 micro=rng.choice(["µ", "u"]), dash=rng.choice([" - ", "-"]), lt="<", gt=">")
    diff = (i == 0) if diff is None else diff
    menu = [
        ("COMPLETE BLOOD COUNT (CBC) WITH DIFFERENTIAL" if diff else "CBC, PLATELET; NO DIFFERENTIAL",
         CBC + (["mpv"] if rng.random() < 0.5 else []) + (DIFF_PCT + DIFF_ABS if diff else [])),
        ("COMPREHENSIVE METABOLIC PANEL" if i in (0, 4) else "BASIC METABOLIC PANEL",
         ["glucose", "bun", "creat", "egfr", "na", "k", "cl", "co2", "ca"]
         + (["tprot", "alb", "tbili", "alp", "ast", "alt"] if i in (0, 4) else [])),
        ("LIPID PANEL", ["tc", "tg", "hdl", "ldl"] + (["nonhdl"] if rng.random() < 0.5 else [])),
        ("HEMOGLOBIN A1C", ["hba1c"]),
        ("THYROID", ["tsh", "ft4"] if rng.random() < 0.6 else ["tsh"]),
        ("IRON STUDIES", ["iron", "tibc", "tsat", "ferritin"]),
        ("URINALYSIS, DIPSTICK", ["u_sg", "u_ph", "u_prot", "u_glu", "u_ket", "u_blood", "u_nit", "u_le"]),
        ("COAGULATION", ["pt", "inr"]),
        ("INFLAMMATION", ["crp"]),
        ("ENDOCRINE", ["testo", "psa"] if pat.sex == "male" else ["prl", "cortisol", "insulin"]),
        ("VITAMINS", ["b12", "folate", "vitd"]),
    ]
    # each report: two or three panels, kept within max_results
    order = order or {0: [0], 1: [1, 2, 3], 2: [0, 4, 9], 3: [1, 5, 7, 8], 4: [2, 6, 10, 8]}[i % 5]
    chosen, total = [], 0
    for j in order:
        title, keys = menu[j]
        if total + len(keys) > max_results:
            continue
        chosen.append((title, keys))
        total += len(keys)
    keys_all = [k for _, ks in chosen for k in ks]
    critical = pick_critical(rng, keys_all, 0.25)

    def make(drawn):
        secs, lines = [], []
        for title, keys in chosen:
            ls = [pr.line(k, drawn[k]) for k in keys if not (k == "hct" and critical == "hgb")]
            secs.append((title, ls))
            lines += ls
        return secs, lines

    drawn, sections, lines = build(rng, keys_all, US, pr, critical, make, pat.age)
    notes = ["Fasting status: Yes (reported by patient)."]
    if any(ln.crit for ln in lines):
        nm = ", ".join(ln.name for ln in lines if ln.crit)
        notes.append(f"** CRITICAL: {nm} called to {pat.doctor.split(',')[0]} at "
                     f"{(pat.received + timedelta(minutes=41)):%H:%M} on {d_en(pat.received)}, read back verified.")
    if "ldl" in keys_all:
        notes.append("LDL cholesterol calculated using the NIH equation.")
    pdf = render_rows_en(lab, pat, sections, notes, big=big)
    return pat, pdf, lines


def _d1(i: int) -> GeneratedReport:
    pat, pdf, lines = report_d1(i)
    return GeneratedReport(f"D1-rows-en-us-{i + 1:02d}", "D1-rows-en-us", "en", "application/pdf", pdf,
                           pat.sex, pat.collected.date().isoformat(), [ln.exp for ln in lines])


def _d2(i: int) -> GeneratedReport:
    family = "D2-rows-pt"
    rng = random.Random(f"{family}-{i}")
    pat = make_patient(rng, "pt")
    flag_mode = ["arrow", "word", "arrow", "none", "word"][i % 5]
    marks = {"arrow": {"H": "↑", "L": "↓", "HH": "↑", "LL": "↓"},
             "word": {"H": "Alto", "L": "Baixo", "HH": "Alto", "LL": "Baixo"},
             "none": {}}[flag_mode]
    fmts = dict(BR)
    if i % 2 == 1:
        fmts["plt"] = BR_PLT_THOUSANDS
    pr = Printer("pt", fmts, pat.sex, marks, lt=rng.choice(["<", "Inferior a", "Até"]),
                 gt=rng.choice([">", "Superior a"]))
    menu = [
        ("HEMOGRAMA", ["hgb", "hct", "rbc", "mcv", "mch", "mchc", "rdw", "wbc", "plt"]
         + (["neut_pct", "neut_abs", "lymph_pct", "lymph_abs"] if i % 2 == 0 else [])),
        ("BIOQUÍMICA", ["glucose", "urea", "creat", "na", "k"] + _sub(rng, ["ca", "mg", "uric"], 0.5)),
        ("FUNÇÃO HEPÁTICA", ["ast", "alt", "ggt", "alp", "tbili", "dbili", "ibili"]),
        ("PERFIL LIPÍDICO", ["tc", "hdl", "ldl", "tg", "nonhdl"]),
        ("HORMÔNIOS E MARCADORES", ["tsh", "ft4"] + (["psa"] if pat.sex == "male" else ["prl"]) + ["crp"]),
        ("DIVERSOS", ["hba1c", "crp", "ferritin", "b12", "vitd"]),
        ("URINA TIPO I", ["u_sg", "u_ph", "u_prot", "u_glu", "u_ket", "u_blood", "u_nit"]),
    ]
    order = {0: [0], 1: [1, 3], 2: [0, 4], 3: [2, 6], 4: [3, 5]}[i % 5]
    chosen = [menu[j] for j in order]
    keys_all = [k for _, ks in chosen for k in ks]
    critical = pick_critical(rng, keys_all, 0.25)

    def make(drawn):
        secs, lines = [], []
        for title, keys in chosen:
            ls = []
            for k in keys:
                if k == "hct" and critical == "hgb":
                    continue
                ls.append(pr.line(k, drawn[k]))
            if title == "PERFIL LIPÍDICO":  # printed as "Desejável: < 190"
                for ln in ls:
                    if ln.ref and ln.key in ("tc", "ldl", "tg", "nonhdl", "hdl"):
                        ln.ref = f"Desejável: {ln.ref}"
            secs.append((title, ls))
            lines += ls
        return secs, lines

    drawn, sections, lines = build(rng, keys_all, fmts, pr, critical, make, pat.age)
    notes = [f"Jejum informado: {rng.choice([8, 10, 12])} horas."]
    if any(ln.crit for ln in lines):
        notes.append(f"Valor crítico comunicado ao médico solicitante em "
                     f"{dt_pt(pat.received + timedelta(minutes=28))}.")
    if "ldl" in keys_all:
        notes.append("LDL-colesterol calculado pela fórmula de Martin/Hopkins.")
    pdf = render_rows_pt(LAB_D2, pat, sections, notes, flag_mode)
    return GeneratedReport(f"{family}-{i + 1:02d}", family, "pt", "application/pdf", pdf, pat.sex,
                           pat.collected.date().isoformat(), [ln.exp for ln in lines])


# D3 exam definitions: title override, material, method, interpretive lines
_D3_META = {
    "glucose": ("Soro", "Enzimático (hexoquinase)",
                ["Glicemia de jejum alterada: 100 a 125 mg/dL",
                 "Diabetes mellitus: igual ou superior a 126 mg/dL (confirmar em nova amostra)"]),
    "urea": ("Soro", "Cinético UV (urease)", []),
    "creat": ("Soro", "Cinético colorimétrico (Jaffé)", []),
    "uric": ("Soro", "Enzimático (uricase)", []),
    "na": ("Soro", "Eletrodo íon seletivo", []),
    "k": ("Soro", "Eletrodo íon seletivo", []),
    "ca": ("Soro", "Colorimétrico (arsenazo III)", []),
    "tc": ("Soro", "Enzimático colorimétrico", ["Jejum não obrigatório para o perfil lipídico (Consenso 2016)."]),
    "hdl": ("Soro", "Homogêneo direto", []),
    "ldl": ("Soro", "Calculado (Martin/Hopkins)",
            ["Meta para risco cardiovascular alto: < 70 mg/dL",
             "Meta para risco cardiovascular muito alto: < 50 mg/dL"]),
    "tg": ("Soro", "Enzimático colorimétrico", []),
    "hba1c": ("Sangue total (EDTA)", "HPLC - certificado NGSP",
              ["Risco aumentado para diabetes: 5,7 a 6,4 %", "Diabetes mellitus: igual ou superior a 6,5 %",
               "Meta terapêutica para a maioria dos diabéticos: inferior a 7,0 %"]),
    "tsh": ("Soro", "Eletroquimioluminescência",
            ["Gestantes - 1º trimestre: 0,10 a 2,50 µUI/mL",
             "Gestantes - 2º e 3º trimestres: 0,20 a 3,00 µUI/mL"]),
    "ft4": ("Soro", "Eletroquimioluminescência", []),
    "ferritin": ("Soro", "Quimioluminescência", []),
    "iron": ("Soro", "Colorimétrico (ferrozine)", []),
    "b12": ("Soro", "Quimioluminescência", []),
    "vitd": ("Soro", "Quimioluminescência",
             ["Grupos de risco: 30 a 60 ng/mL", "Risco de toxicidade e hipercalcemia: superior a 100 ng/mL"]),
    "crp": ("Soro", "Imunoturbidimetria", []),
    "ast": ("Soro", "Cinético UV (IFCC)", []),
    "alt": ("Soro", "Cinético UV (IFCC)", []),
    "ggt": ("Soro", "Cinético colorimétrico (IFCC)", []),
    "psa": ("Soro", "Eletroquimioluminescência", []),
    "testo": ("Soro", "Eletroquimioluminescência", []),
    "prl": ("Soro", "Eletroquimioluminescência", []),
    "insulin": ("Soro", "Eletroquimioluminescência", []),
    "cortisol": ("Soro (coleta às 8 h)", "Eletroquimioluminescência", []),
    "vdrl": ("Soro", "Floculação", []),
    "hbsag": ("Soro", "Quimioluminescência", []),
    "hcv": ("Soro", "Quimioluminescência", []),
}
_SEX_SPLIT = {"creat", "uric", "ferritin", "iron", "ast", "alt", "ggt", "prl"}


def d3_blocks(rng: random.Random, pr: Printer, drawn: dict[str, Drawn],
              keys: list[str]) -> tuple[list[Block], list[Line]]:
    blocks, lines = [], []
    other = "male" if pr.sex == "female" else "female"
    handled = set()
    for k in keys:
        if k in handled:
            continue
        a = ANALYTES[k]
        if k in ("tbili", "dbili", "ibili"):
            sub = [x for x in ("tbili", "dbili", "ibili") if x in keys]
            handled.update(sub)
            ls = [pr.line(x, drawn[x], name=ANALYTES[x].pt) for x in sub]
            refs = [[f"{ln.ref} {ln.unit}"] for ln in ls]
            blocks.append(Block("BILIRRUBINAS (TOTAL E FRAÇÕES)", "Soro", "Colorimétrico (diazo)", ls, refs,
                                inline_ref=True))
            lines += ls
            continue
        if k in ("pt", "inr"):
            handled.update({"pt", "inr"})
            ls = [pr.line("pt", drawn["pt"], name="Tempo"), pr.line("inr", drawn["inr"], name="RNI")]
            refs = [[f"{ls[0].ref} {ls[0].unit}"], [ls[1].ref]]
            blocks.append(Block("TEMPO DE PROTROMBINA (TP)", "Plasma citratado", "Coagulométrico", ls, refs,
                                extra=["Pacientes em anticoagulação oral: RNI alvo usual de 2,0 a 3,0."]))
            lines += ls
            continue
        if k.startswith("u_"):
            sub = [x for x in keys if x.startswith("u_")]
            handled.update(sub)
            ls = [pr.line(x, drawn[x]) for x in sub]
            refs = [[ln.ref if ln.unit is None else f"{ln.ref} {ln.unit}"] for ln in ls]
            blocks.append(Block("URINA TIPO I (EAS) - EXAME QUÍMICO", "Urina (jato médio)", "Tira reagente",
                                ls, refs))
            lines += ls
            continue
        material, method, extra = _D3_META[k]
        title = a.pt_block
        ln = pr.line(k, drawn[k], name=title)
        ln.name = title
        unit = f" {ln.unit}" if ln.unit else ""
        if a.qual:
            ref = [ln.ref]
        elif k in _SEX_SPLIT:
            f = pr.fmts[k]
            mine = pr.ref_text(*f.interval(pr.sex), f.dec) + unit
            theirs = pr.ref_text(*f.interval(other), f.dec) + unit
            ref = [f"Homens: {mine}", f"Mulheres: {theirs}"] if pr.sex == "male" else \
                [f"Homens: {theirs}", f"Mulheres: {mine}"]
        elif k in ("tc", "hdl"):
            ref = ["Adultos acima de 20 anos", f"Desejável: {ln.ref}{unit}"]
        elif k == "tg":
            ref = [f"Com jejum: {ln.ref}{unit}", f"Sem jejum: {pr.ref_text(None, 175, 0)}{unit}"]
        else:
            ref = [f"{ln.ref}{unit}"]
        inline = len(ref) == 1 and rng.random() < 0.6
        blocks.append(Block(title, material, method, [ln], [ref], list(extra), inline_ref=inline))
        lines.append(ln)
    return blocks, lines


def report_d3(i: int, family: str, lab: Lab, big: bool, n_max: int, pool: int | None = None):
    rng = random.Random(f"{family}-{i}")
    pat = make_patient(rng, "pt")
    pr = Printer("pt", BR, pat.sex, {}, lt=rng.choice(["<", "Inferior a"]), gt=rng.choice([">", "Superior a"]))
    pools = [
        ["glucose", "hba1c", "urea", "creat", "uric", "na", "k", "tc", "hdl", "ldl", "tg"],
        ["glucose", "tsh", "ft4", "ferritin", "iron", "b12", "vitd", "crp", "vdrl"],
        ["ast", "alt", "ggt", "tbili", "dbili", "ibili", "pt", "inr", "hbsag", "hcv", "creat"],
        ["glucose", "k", "na", "ca", "hba1c", "tsh", "u_sg", "u_ph", "u_prot", "u_glu", "u_nit", "u_blood"],
        ["tc", "hdl", "ldl", "tg", "glucose", "insulin", "cortisol", "prl"],
    ]
    keys = list(pools[i % len(pools) if pool is None else pool])
    if pat.sex == "male" and i % 2 == 0:
        keys += ["psa", "testo"]
    keys = keys[:n_max]
    critical = pick_critical(rng, keys, 0.25)
    fasting = rng.choice([8, 10, 12, 14])

    def make(drawn):
        return d3_blocks(rng, pr, drawn, keys)

    drawn, blocks, lines = build(rng, keys, BR, pr, critical, make, pat.age)
    notes = [] if big else ["Nota: valores de referência para adultos. Resultados liberados após dupla conferência."]
    pdf = render_blocks_pt(lab, pat, blocks, notes, big=big, fasting_h=fasting,
                           split_method=i % 2 == 1 and not big)
    return pat, pdf, lines


def _d3(i: int) -> GeneratedReport:
    family = "D3-block-pt"
    pat, pdf, lines = report_d3(i, family, LAB_D3, False, 10)
    return GeneratedReport(f"{family}-{i + 1:02d}", family, "pt", "application/pdf", pdf, pat.sex,
                           pat.collected.date().isoformat(), [ln.exp for ln in lines])


def _d4(i: int) -> GeneratedReport:
    family = "D4-table-unitheader-en"
    rng = random.Random(f"{family}-{i}")
    pat = make_patient(rng, "en")
    marks = {"H": "HIGH", "L": "LOW", "HH": "CRITICAL", "LL": "CRITICAL"}
    pr = Printer("en", US, pat.sex, marks, count="x10³/µL", count6="x10E6/µL", micro="µ", dash=" - ")
    si = Printer("en", SI, pat.sex, marks, micro="µ", dash=" - ")
    hema = ["wbc", "hgb", "hct", "plt"] if i % 2 == 0 else ["wbc", "hgb", "mcv", "plt"]
    conv_pool = [["hba1c", "tsh", "alt"], ["hba1c", "ferritin", "vitd", "inr"],
                 ["tsh", "ft4", "crp"], ["hba1c", "psa" if pat.sex == "male" else "prl", "u_sg"]][i % 4]
    lytes = ["na", "k", "cl"] if i % 2 else ["na", "k", "cl", "co2"]
    si_pool = [["glucose", "creat", "egfr", "tc", "hdl", "tg"], ["glucose", "creat", "uric", "ca"],
               ["creat", "egfr", "bun", "tbili", "alb"],
               ["glucose", "creat", "ca", "bun"]][i % 4]
    hgb_si = i == 2  # one report gives hemoglobin in g/L
    keys_us = hema + conv_pool
    keys_si = lytes + si_pool
    keys_all = keys_us + keys_si
    fm = dict(US)
    fm.update({k: SI[k] for k in keys_si})
    if hgb_si:
        fm["hgb"] = SI["hgb"]
    critical = pick_critical(rng, keys_all, 0.3)
    name_unit = {"hba1c": ("Hemoglobin A1c (%)", "%"), "tsh": ("TSH (µIU/mL)", "µIU/mL"),
                 "b12": ("Vitamin B12 (pg/mL)", "pg/mL"), "vitd": ("25-OH Vitamin D (ng/mL)", "ng/mL"),
                 "ferritin": ("Ferritin (ng/mL)", "ng/mL"), "psa": ("PSA, Total (ng/mL)", "ng/mL"),
                 "crp": ("C-Reactive Protein (mg/L)", "mg/L"), "mcv": ("MCV (fL)", "fL"),
                 "ft4": ("Free T4 (ng/dL)", "ng/dL"), "prl": ("Prolactin (ng/mL)", "ng/mL")}
    carried = {k for k in keys_us if k in name_unit and rng.random() < 0.7}

    def make(drawn):
        secs, lines = [], []
        hl = []
        for k in hema:
            if k == "hct" and critical == "hgb":
                continue
            p = si if (k == "hgb" and hgb_si) else pr
            if k in carried:
                nm, u = name_unit[k]
                hl.append(p.line(k, drawn[k], name=nm, unit_shown=u))
            else:
                hl.append(p.line(k, drawn[k], name=ANALYTES[k].en_long))
        secs.append(("HEMATOLOGY", hl, None))
        cl = []
        for k in conv_pool:
            if k in carried:
                nm, u = name_unit[k]
                cl.append(pr.line(k, drawn[k], name=nm, unit_shown=u))
            else:
                cl.append(pr.line(k, drawn[k], name=ANALYTES[k].en_long))
        secs.append(("CHEMISTRY / IMMUNOASSAY", cl, None))
        el = [si.line(k, drawn[k], name=ANALYTES[k].en_long, unit_shown="mmol/L") for k in lytes]
        secs.append(("ELECTROLYTES (mmol/L)", el, None))
        sl = [si.line(k, drawn[k], name=(SI[k].name or ANALYTES[k].en_long)) for k in si_pool]
        secs.append(("CHEMISTRY - SI UNITS", sl,
                     "Referred to Lakeshore Reference Laboratory, Toronto ON; results and ranges in SI units."))
        for _, ls, _ in secs:
            lines += ls
        return secs, lines

    drawn, sections, lines = build(rng, keys_all, fm, pr, critical, make, pat.age)
    notes = [f"Specimen: serum, whole blood (EDTA). Fasting {rng.choice([9, 10, 12])} h."]
    if any(ln.crit for ln in lines):
        notes.append(f"CRITICAL value(s) telephoned to ordering provider {d_en(pat.received)} "
                     f"{(pat.received + timedelta(minutes=22)):%H:%M} (read-back confirmed, ext. 4471).")
    pdf = render_table_en(LAB_D4, pat, sections, notes)
    return GeneratedReport(f"{family}-{i + 1:02d}", family, "en", "application/pdf", pdf, pat.sex,
                           pat.collected.date().isoformat(), [ln.exp for ln in lines])


def _d5(i: int) -> GeneratedReport:
    family = "D5-twocolumn-pt"
    rng = random.Random(f"{family}-{i}")
    pat = make_patient(rng, "pt")
    fmts = dict(BR)
    fmts["plt"] = BR_PLT_THOUSANDS
    pr = Printer("pt", fmts, pat.sex, {"H": "*", "L": "*", "HH": "*", "LL": "*"}, lt="<", gt=">")
    unit_in_header = i % 2 == 1
    red = ["hgb", "hct", "rbc", "mcv"]
    white_extra = ["wbc", "plt"]
    cells = ["neut", "lymph", "mono", "eos"] if i % 2 == 0 else ["neut", "lymph", "mono"]
    chem = [["glucose", "creat", "crp", "tsh"],
            ["glucose", "creat", "ast", "alt"],
            ["glucose", "hba1c", "ferritin", "crp"],
            ["urea", "creat", "k", "vitd"]][i % 4]
    keys_all = red + white_extra + [f"{c}_pct" for c in cells] + [f"{c}_abs" for c in cells] + chem
    critical = pick_critical(rng, keys_all, 0.25)

    def pairs_of(ls):
        ls = list(ls)
        if len(ls) % 2:
            ls.append(None)
        return [(ls[j], ls[j + 1]) for j in range(0, len(ls), 2)]

    def make(drawn):
        short = lambda k: ANALYTES[k].pt_short or ANALYTES[k].pt  # noqa: E731
        ery = [pr.line(k, drawn[k], name=short(k)) for k in red if not (k == "hct" and critical == "hgb")]
        leu = [pr.line(k, drawn[k], name=short(k)) for k in white_extra]
        diff = []
        for cname in cells:
            if unit_in_header:
                lp = pr.line(f"{cname}_pct", drawn[f"{cname}_pct"], name=short(f"{cname}_pct"), unit_shown="%")
                la = pr.line(f"{cname}_abs", drawn[f"{cname}_abs"], name=short(f"{cname}_abs"), unit_shown="/mm³")
            else:
                lp = pr.line(f"{cname}_pct", drawn[f"{cname}_pct"], name=short(f"{cname}_pct"))
                la = pr.line(f"{cname}_abs", drawn[f"{cname}_abs"], name=short(f"{cname}_abs"))
            diff.append((lp, la))
        bio = [pr.line(k, drawn[k], name=short(k)) for k in chem]
        secs = [("ERITROGRAMA", pairs_of(ery), None),
                ("LEUCOGRAMA E PLAQUETAS", pairs_of(leu), None),
                ("CONTAGEM DIFERENCIAL", diff,
                 ("Valores relativos (%)", "Valores absolutos (/mm³)") if unit_in_header
                 else ("Relativo", "Absoluto")),
                ("BIOQUÍMICA E IMUNOLOGIA", pairs_of(bio), None)]
        lines = [ln for _, ps, _ in secs for p in ps for ln in p if ln is not None]
        return secs, lines

    drawn, sections, lines = build(rng, keys_all, fmts, pr, critical, make, pat.age)
    notes = [f"Amostras: sangue total EDTA e soro. Jejum de {rng.choice([8, 10, 12])} horas."]
    if any(ln.crit for ln in lines):
        notes.append(f"Resultado crítico confirmado em duplicata e comunicado em {dt_pt(pat.received)}.")
    pdf = render_twocol_pt(LAB_D5, pat, sections, notes)
    return GeneratedReport(f"{family}-{i + 1:02d}", family, "pt", "application/pdf", pdf, pat.sex,
                           pat.collected.date().isoformat(), [ln.exp for ln in lines])


def _d6(i: int) -> GeneratedReport:
    family = "D6-scanned"
    rng = random.Random(f"{family}-{i}")
    if i % 2 == 0:
        order, diff = ([2, 3, 8, 4], False) if i == 0 else ([0, 2], False)
        pat, pdf, lines = report_d1(i, lab=LAB_D6_EN, family=family, big=True, order=order, diff=diff)
        lang = "en"
    else:
        for n_max in (11, 10, 9, 8):
            pat, pdf, lines = report_d3(i, family, LAB_D6_PT, True, n_max, pool={1: 2, 3: 3}[i])
            if fitz.open(stream=pdf, filetype="pdf").page_count == 1:
                break
        lang = "pt"
    png = scan(pdf, rng, dpi=rng.choice([160, 175, 190]))
    return GeneratedReport(f"{family}-{i + 1:02d}", family, lang, "image/png", png, pat.sex,
                           pat.collected.date().isoformat(), [ln.exp for ln in lines])


_COUNTS = {"D1-rows-en-us": (_d1, 5), "D2-rows-pt": (_d2, 5), "D3-block-pt": (_d3, 5),
           "D4-table-unitheader-en": (_d4, 4), "D5-twocolumn-pt": (_d5, 4), "D6-scanned": (_d6, 4)}


def reports() -> list[GeneratedReport]:
    """Every report of the development part, in family order; deterministic."""
    out = []
    for fam in FAMILIES:
        fn, n = _COUNTS[fam]
        out += [fn(i) for i in range(n)]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: labs_dev.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rs = reports()
    per: dict[str, list[int]] = {}
    flags: dict[str, int] = {}
    for r in rs:
        ext = ".pdf" if r.mime_type == "application/pdf" else ".png"
        (out / f"{r.name}{ext}").write_bytes(r.content)
        meta = {k: v for k, v in asdict(r).items() if k != "content"}
        (out / f"{r.name}.expected.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
        per.setdefault(r.family, []).append(len(r.expected))
        for e in r.expected:
            flags[e.flag] = flags.get(e.flag, 0) + 1
    total = sum(sum(v) for v in per.values())
    for fam in FAMILIES:
        v = per.get(fam, [])
        print(f"{fam:26s} reports={len(v):2d} results={sum(v):4d}  per report {v}")
    abnormal = total - flags.get("N", 0)
    print(f"total reports={len(rs)} results={total} out-of-range={abnormal} ({abnormal / total:.0%}) flags={flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
