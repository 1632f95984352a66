"""Development lab-report family set "DH": a deterministic generator of realistic lab reports.

Written from the interface (lab_reports.py) and the shared ground-truth conventions only, without
reading the reader it evaluates. Each report is a file as a lab or clinic would send it (a text PDF,
or for DH8 a scanned page as PNG) plus the results a careful human reader takes from it.

Seed: "clinigraph-labs-dev-h-2026-11-28"; one random.Random per report (seed + report name), fixed
PDF metadata and no new document id, so two calls of reports() are byte-identical.

Families (2 reports each, names "<family>-NN"):
  DH1  (en) EMR patient-portal export: "Component / Your Value / Standard Range / Flag" blocks per panel.
  DH2  (pt) hospital discharge summary with a lab table of two dated columns ADMISSÃO / ALTA; only the
       ALTA column (the newest) is this report's result; ADMISSÃO values are previous results.
  DH3  (pt) pregnancy panel: beta-hCG quantitative with a gestational-week table, TSH with trimester
       ranges (patient's trimester printed), short blood count, fasting glucose, serologies.
  DH4  (en) pediatric report (child's age printed) with age-banded reference tables for haemoglobin,
       WBC, ALP and creatinine; the applicable band is the child's.
  DH5  (pt) autoimmune panel: FAN with titre and pattern (qualitative), anti-DNA, C3/C4, FR, VHS, PCR.
  DH6  (en) therapeutic drug monitoring and toxicology, some "<x" values, dose-timing lines.
  DH7  (pt) iron and vitamin panel with a vitamin D tier table.
  DH8  (en) scanned US chemistry report (PNG 150–180 dpi, small rotation, noise, JPEG artefacts).
  DH9  (pt) narrative laudo: each exam a short paragraph with value, reference and method.
  DH10 (en) lipid and cardiac risk panel with risk-category tables and calculated ratios.
  DH11 (pt) kidney panel with 24-hour urine (protein, creatinine, clearance, volume, Na/K) and serum.
  DH12 (en) tumour markers and hormones with method lines; female reports print the cycle phase.

Ground-truth conventions followed (adapted from the shared conventions):
  - value is the number as printed (pt decimal comma read; pt "245.000"/"1.850" are thousands);
    qualitative results have value None and an English lower-case meaning (Reagente -> reactive,
    Não reagente -> non-reactive, Negative -> negative); comparator for printed "<"/">"/"inferior a".
  - unit as printed for the value (cell, column or reference text); None for ratios (Chol/HDL, INR).
  - ref_low/ref_high: the interval that applies to this patient (sex; child's age band; trimester /
    gestational week; cycle phase); one side None for "< x"/"> x"; vitamin D: the sufficiency band
    30–100 ng/mL; interpretive tables (vitamin D tiers, lipid risk categories, other age bands,
    other trimesters/phases) are NOT results.
  - flag: N inside / no interval, L/H outside; LL/HH only beyond the shared critical limits (Hb < 5,
    Hct < 15, WBC < 1 or > 50 x10³/µL, platelets < 10 x10³/µL, glucose < 40 / > 500 mg/dL,
    K < 2.5 / > 6.5, Na < 120 / > 160, aPTT > 150 s); abnormal values of those analytes are kept
    clearly between the reference bound and the critical limit; no value sits on a bound.
    A "<x" value compares by its printed number (e.g. "<0.2" against 0.8–2.0 is L).
  - printed_flag: the exact text printed beside the value, else None.
  - NOT results: methods, dose/time lines, previous (admission) values, tier/risk tables, dates.
  - computed results (eGFR CKD-EPI 2021, LDL Friedewald, VLDL, non-HDL, Chol/HDL, transferrin
    saturation, creatinine clearance, free/total PSA, estimated average glucose) are consistent
    with the printed inputs.
Decisions taken here: 25-OH vitamin D uses 1989-3; FAN uses 8061-4 (presence) and the titre/pattern
are part of that one qualitative result; toxoplasma IgG (8039-0) and rubella IgG (5334-8) are printed
numerically in UI/mL with a one-sided reference; beta-hCG quantitative uses 21198-7.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import asdict
from pathlib import Path

try:
    from .lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from lab_reports import ExpectedResult, GeneratedReport  # type: ignore

SEED = "clinigraph-labs-dev-h-2026-11-28"

FAMILIES: tuple[str, ...] = (
    "DH1-emr-portal-en",
    "DH2-discharge-summary-pt",
    "DH3-pregnancy-panel-pt",
    "DH4-pediatric-bands-en",
    "DH5-autoimmune-pt",
    "DH6-drug-monitoring-en",
    "DH7-iron-vitamins-pt",
    "DH8-scanned-chemistry-en",
    "DH9-narrative-laudo-pt",
    "DH10-lipid-cardiac-en",
    "DH11-kidney-24h-pt",
    "DH12-tumour-hormones-en",
)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf",
    "sansb": "DejaVuSans-Bold.ttf",
    "mono": "DejaVuSansMono.ttf",
    "monob": "DejaVuSansMono-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "serifb": "DejaVuSerif-Bold.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "condb": "DejaVuSansCondensed-Bold.ttf",
}

# ----------------------------------------------------------------------------------------------
# LOINC check digit


def loinc_ok(code: str) -> bool:
    """LOINC mod-10 (Luhn) check digit."""
    body, _, check = code.partition("-")
    if not body.isdigit() or not check.isdigit() or len(check) != 1:
        return False
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            n = n // 10 + n % 10
        total += n
    return (10 - total % 10) % 10 == int(check)


# ----------------------------------------------------------------------------------------------
# numbers


def fmt(v: float, dec: int, lang: str, thousands: bool = True) -> str:
    s = f"{v:.{dec}f}"
    if lang == "pt":
        ip, _, fp = s.partition(".")
        neg = ip.startswith("-")
        ip = ip.lstrip("-")
        if thousands and len(ip) > 3 and dec == 0:
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = ".".join(groups)
        s = ("-" if neg else "") + ip + ("," + fp if fp else "")
    return s


CRIT = {
    "hb": (5.0, None),
    "hct": (15.0, None),
    "wbc": (1.0, 50.0),
    "wbc_mm3": (1000.0, 50000.0),
    "plt": (10.0, None),
    "plt_mm3": (10000.0, None),
    "glu": (40.0, 500.0),
    "k": (2.5, 6.5),
    "na": (120.0, 160.0),
    "aptt": (None, 150.0),
}


def gen(rng: random.Random, lo, hi, dec, p_abn=0.25, crit=None, side=None, pos=False):
    """A value clearly inside, or outside (but not past critical limits), the interval."""
    clo, chi = CRIT.get(crit, (None, None)) if crit else (None, None)
    q = 10 ** (-dec)
    for _ in range(200):
        abn = rng.random() < p_abn
        if lo is not None and hi is not None:
            w = hi - lo
            if not abn:
                v = rng.uniform(lo + 0.08 * w, hi - 0.08 * w)
            else:
                s = side or rng.choice("LH")
                if s == "H":
                    top = (chi - hi) * 0.7 if chi else w * 0.8
                    v = hi + rng.uniform(0.12, 1.0) * top
                else:
                    room = (lo - clo) * 0.7 if clo else min(w * 0.5, lo * 0.6)
                    v = lo - rng.uniform(0.15, 1.0) * room
        elif hi is not None:
            v = hi * (rng.uniform(1.1, 1.9) if abn else rng.uniform(0.3, 0.88))
            if clo is not None and v < clo * 1.3:
                continue
        elif lo is not None:
            v = lo * (rng.uniform(0.35, 0.85) if abn else rng.uniform(1.12, 2.2))
        else:
            raise ValueError("no interval")
        step = {"plt_mm3": 1000, "wbc_mm3": 10}.get(crit)
        v = round(v / step) * step if step else round(v, dec)
        if dec == 0:
            v = float(int(v))
        if v <= 0 and (pos or True):
            continue
        if (lo is not None and abs(v - lo) < q / 2) or (hi is not None and abs(v - hi) < q / 2):
            continue
        if clo is not None and lo is not None and v < lo and v <= clo * 1.05:
            continue
        if chi is not None and hi is not None and v > hi and v >= chi * 0.95:
            continue
        return v
    raise RuntimeError("could not draw")


def flag_of(v, lo, hi, crit=None, comparator=None):
    clo, chi = CRIT.get(crit, (None, None)) if crit else (None, None)
    if v is None:
        return "N"
    if clo is not None and v < clo and comparator not in (">", ">="):
        return "LL"
    if chi is not None and v > chi and comparator not in ("<", "<="):
        return "HH"
    if lo is not None and v < lo and comparator not in (">", ">="):
        return "LL" if clo is not None and v < clo else "L"
    if hi is not None and v > hi and comparator not in ("<", "<="):
        return "HH" if chi is not None and v > chi else "H"
    return "N"


class Acc:
    """Collects expected results plus the printed (name, value string) pairs for self-checks."""

    def __init__(self):
        self.exp: list[ExpectedResult] = []
        self.printed: list[tuple[str, str]] = []

    def num(self, loinc, name, v, dec, unit, lo, hi, lang, crit=None, comparator=None,
            flags=None, thousands=True):
        vs = fmt(v, dec, lang, thousands)
        f = flag_of(v, lo, hi, crit, comparator)
        pf = None
        if flags and f != "N":
            pf = flags.get(f) or flags.get(f[0])
        self.exp.append(ExpectedResult(loinc=loinc, name_as_printed=name, value=float(v), unit=unit,
                                       ref_low=lo, ref_high=hi, flag=f, comparator=comparator,
                                       printed_flag=pf))
        self.printed.append((name, vs))
        return vs, pf or ""

    def qual(self, loinc, name, text, meaning, printed_flag=None):
        self.exp.append(ExpectedResult(loinc=loinc, name_as_printed=name, value=None, unit=None,
                                       ref_low=None, ref_high=None, flag="N", qualitative=meaning,
                                       printed_flag=printed_flag))
        self.printed.append((name, text))
        return text


# ----------------------------------------------------------------------------------------------
# PDF writer


class Doc:
    W, H = 595, 842

    def __init__(self, font="sans", size=9.0, margin=42):
        import pymupdf as fitz

        self.fitz = fitz
        self.doc = fitz.open()
        self.font = font
        self.size = size
        self.m = margin
        self.pages = []
        self.footer = None
        self.header_fn = None
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.used = set()
        self.y = self.m + 10
        self.pages.append(self.page)
        if self.header_fn:
            self.header_fn(self)

    def _font(self, name):
        if name not in self.used:
            self.page.insert_font(fontname=name, fontfile=FONT_DIR + FONTS[name])
            self.used.add(name)
        return name

    def text(self, x, s, size=None, font=None, y=None, color=(0, 0, 0)):
        f = self._font(font or self.font)
        self.page.insert_text((x, self.y if y is None else y), s, fontname=f,
                              fontsize=size or self.size, color=color)

    def right(self, xr, s, size=None, font=None):
        import pymupdf as fitz

        f = font or self.font
        w = fitz.Font(fontfile=FONT_DIR + FONTS[f]).text_length(s, fontsize=size or self.size)
        self.text(xr - w, s, size, f)

    def nl(self, dy=None):
        self.y += dy if dy is not None else self.size * 1.45
        if self.y > self.H - self.m - 20:
            self.new_page()

    def need(self, h):
        if self.y + h > self.H - self.m - 20:
            self.new_page()

    def rule(self, w=0.6, gray=0.3, x0=None, x1=None):
        yy = self.y - self.size * 1.0
        self.page.draw_line((x0 or self.m, yy), (x1 or self.W - self.m, yy), color=(gray, gray, gray), width=w)
        self.y += 3

    def box(self, x0, y0, x1, y1, fill=(0.92, 0.92, 0.92)):
        self.page.draw_rect(self.fitz.Rect(x0, y0, x1, y1), color=None, fill=fill)

    def row(self, cols, size=None, font=None):
        for x, s in cols:
            if s:
                self.text(x, s, size, font)
        self.nl()

    def para(self, s, x=None, width=None, size=None, font=None):
        import pymupdf as fitz

        x = x or self.m
        width = width or (self.W - 2 * self.m)
        f = font or self.font
        fo = fitz.Font(fontfile=FONT_DIR + FONTS[f])
        sz = size or self.size
        line = ""
        for word in s.split(" "):
            cand = (line + " " + word).strip()
            if fo.text_length(cand, fontsize=sz) > width and line:
                self.text(x, line, sz, f)
                self.nl(sz * 1.4)
                line = word
            else:
                line = cand
        if line:
            self.text(x, line, sz, f)
            self.nl(sz * 1.4)

    def finish(self, title="Laboratory report"):
        n = len(self.pages)
        if self.footer:
            for i in range(n):
                self.page = self.doc[i]
                self.used = set()
                self.text(self.m, self.footer(i + 1, n), 7, "sans", y=self.H - 24, color=(0.3, 0.3, 0.3))
        self.doc.set_metadata({
            "title": title, "author": "Clinigraph DH generator", "subject": "", "keywords": "",
            "creator": "Clinigraph DH", "producer": "Clinigraph DH",
            "creationDate": "D:20261128000000Z", "modDate": "D:20261128000000Z",
        })
        self.doc.subset_fonts()
        data = self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        self.doc.close()
        return data


# ----------------------------------------------------------------------------------------------
# patients

PT_F = ["Maria Aparecida Souza", "Ana Cláudia Ribeiro", "Luíza Fernandes Prado", "Conceição Araújo Lima",
        "Letícia Gonçalves Mota", "Joana D'Arc Nogueira", "Beatriz Simões Paiva", "Gabriela Assunção Reis"]
PT_M = ["José Antônio Ferreira", "João Victor Magalhães", "Sebastião Pereira Neto", "Luís Otávio Brandão",
        "Raimundo Nonato Silva", "André Luiz Quintão", "Marcelo Tavares Câmara", "Fábio Henrique Bastos"]
EN_F = ["Margaret O'Neill", "Priya Raman", "Dolores Whitfield", "Hannah Kowalski", "Renée Duchamp",
        "Keisha Holloway", "Ingrid Solberg", "Carmen Ybarra"]
EN_M = ["Gerald Fitzpatrick", "Tomás Herrera", "Wendell Baptiste", "Kenji Morimoto", "Douglas Pruitt",
        "Amir Haddad", "Elliot Vance", "Rufus Okonkwo"]


def patient(rng, lang, sex=None, age=None):
    sex = sex or rng.choice(["female", "male"])
    pool = (PT_F if sex == "female" else PT_M) if lang == "pt" else (EN_F if sex == "female" else EN_M)
    name = rng.choice(pool)
    age = age if age is not None else rng.randint(24, 82)
    m = rng.randint(1, 11)
    d = rng.randint(1, 28)
    iso = f"2026-{m:02d}-{d:02d}"
    dob_y = 2026 - age - (1 if (m, d) < (6, 15) else 0)
    return dict(sex=sex, name=name, age=age, iso=iso, m=m, d=d,
                dmy=f"{d:02d}/{m:02d}/2026", us=f"{m:02d}/{d:02d}/2026",
                dob=f"{rng.randint(1, 28):02d}/06/{dob_y}", mrn=str(rng.randint(10**6, 10**7 - 1)))


def ckd_epi_2021(scr, age, sex):
    k, a = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    v = 142 * min(scr / k, 1) ** a * max(scr / k, 1) ** -1.200 * 0.9938 ** age
    return v * (1.012 if sex == "female" else 1.0)


# ----------------------------------------------------------------------------------------------
# DH1 EMR portal (en)


def dh1(rng, idx):
    p = patient(rng, "en")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("sans", 9)
    d.footer = lambda i, n: f"MyChart-style export • {p['name']} • Printed 11/28/2026 • Page {i} of {n}"
    flags = {"H": "High", "L": "Low"}
    d.text(d.m, "Test Results", 18, "sansb"); d.nl(26)
    d.text(d.m, f"{p['name']}   |   DOB {p['dob']}   |   Sex: {'Female' if F else 'Male'}   |   MRN {p['mrn']}", 9)
    d.nl()
    d.text(d.m, f"Collected: {p['us']} 7:{rng.randint(10, 59)} AM     Resulted: {p['us']}     Ordered by: Dr. "
           + rng.choice(["S. Whitaker, MD", "L. Ngata, DO", "P. Alvarez, NP", "R. Chen, MD"]), 9)
    d.nl(22)
    hb = (12.0, 15.5) if F else (13.2, 16.6)
    hct = (34.9, 44.5) if F else (38.3, 48.6)
    rbc = (3.92, 5.13) if F else (4.35, 5.65)
    cr = (0.59, 1.04) if F else (0.74, 1.35)
    wide = idx == 1
    panels = [
        ("COMPLETE BLOOD COUNT (CBC) WITH PLATELETS", [
            ("6690-2", rng.choice(["WBC", "White Blood Cell Count"]), "x10³/µL", 3.4, 9.6, 1, "wbc"),
            ("789-8", rng.choice(["RBC", "Red Blood Cell Count"]), "x10⁶/µL", *rbc, 2, None),
            ("718-7", rng.choice(["Hemoglobin", "Hgb"]), "g/dL", *hb, 1, "hb"),
            ("4544-3", rng.choice(["Hematocrit", "HCT"]), "%", *hct, 1, "hct"),
            ("787-2", "MCV", "fL", 78.2, 97.9, 1, None),
            ("785-6", "MCH", "pg", 25.4, 32.7, 1, None),
            ("786-4", "MCHC", "g/dL", 32.0, 36.0, 1, None),
            ("788-0", "RDW", "%", 11.8, 15.6, 1, None),
            ("777-3", rng.choice(["Platelets", "Platelet Count"]), "x10³/µL", 157.0, 371.0, 0, "plt"),
        ]),
        ("BASIC METABOLIC PANEL", [
            ("2345-7", "Glucose", "mg/dL", 70.0, 99.0, 0, "glu"),
            ("3094-0", rng.choice(["BUN", "Urea Nitrogen (BUN)"]), "mg/dL", 6.0, 21.0, 0, None),
            ("2160-0", "Creatinine", "mg/dL", *cr, 2, None),
            ("2951-2", "Sodium", "mmol/L", 135.0, 145.0, 0, "na"),
            ("2823-3", "Potassium", "mmol/L", 3.6, 5.2, 1, "k"),
            ("2075-0", "Chloride", "mmol/L", 98.0, 107.0, 0, None),
            ("2028-9", rng.choice(["CO2", "Bicarbonate (CO2)", "Carbon Dioxide"]), "mmol/L", 22.0, 29.0, 0, None),
            ("17861-6", "Calcium", "mg/dL", 8.6, 10.3, 1, None),
        ]),
        ("HEPATIC FUNCTION PANEL", [
            ("2885-2", "Total Protein", "g/dL", 6.3, 7.9, 1, None),
            ("1751-7", "Albumin", "g/dL", 3.5, 5.0, 1, None),
            ("1975-2", rng.choice(["Bilirubin, Total", "Total Bilirubin"]), "mg/dL", 0.1, 1.2, 1, None),
            ("6768-6", rng.choice(["Alkaline Phosphatase", "Alk Phos"]), "U/L", 40.0, 129.0, 0, None),
            ("1920-8", rng.choice(["AST", "AST (SGOT)"]), "U/L", 8.0, 43.0, 0, None),
            ("1742-6", rng.choice(["ALT", "ALT (SGPT)"]), "U/L", 7.0, 45.0, 0, None),
        ]),
        ("THYROID STIMULATING HORMONE", [
            ("3016-3", "TSH", "mIU/L", 0.3, 4.2, 2, None),
        ]),
    ]
    for title, rows in panels:
        d.need(60)
        d.box(d.m - 4, d.y - 11, d.W - d.m + 4, d.y + 4)
        d.text(d.m, title, 10, "sansb"); d.nl(18)
        d.row([(d.m, "Component"), (250, "Your Value"), (360, "Standard Range"), (500, "Flag")], 8, "sansb")
        d.rule()
        for loinc, name, unit, lo, hi, dec, crit in rows:
            v = gen(rng, lo, hi, dec, 0.25, crit)
            vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", crit, flags=flags)
            rng_s = f"{fmt(lo, dec if dec else 0, 'en')} - {fmt(hi, dec, 'en')} {unit}"
            d.row([(d.m, name), (250, f"{vs} {unit}"), (360, rng_s), (500, pf)])
            if loinc == "2160-0":
                e = round(ckd_epi_2021(v, p["age"], p["sex"]))
                if e == 60:
                    e = 61 if ckd_epi_2021(v, p["age"], p["sex"]) >= 60 else 59
                nm = "eGFR (CKD-EPI 2021)" if wide else "eGFR"
                vs, pf = acc.num("98979-8", nm, float(e), 0, "mL/min/1.73m²", 60.0, None, "en", flags=flags)
                d.row([(d.m, nm), (250, f"{vs} mL/min/1.73m²"), (360, ">60 mL/min/1.73m²"), (500, pf)])
        d.nl(10)
    d.para("Your provider has reviewed these results. Values outside the standard range are not always a "
           "cause for concern; ask your care team if you have questions.", size=8)
    return "en", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH2 discharge summary (pt)


def dh2(rng, idx):
    p = patient(rng, "pt")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("serif", 9)
    adm_d = max(1, p["d"] - rng.randint(4, 9))
    adm = f"{adm_d:02d}/{p['m']:02d}/2026"
    hosp = rng.choice(["HOSPITAL SÃO LUCAS DA SERRA", "SANTA CASA DE MISERICÓRDIA DE ITAPEVA",
                       "HOSPITAL REGIONAL DO VALE DO JEQUITINHONHA"])
    d.footer = lambda i, n: f"{hosp} — Resumo de alta — página {i}/{n}"
    d.text(d.m, hosp, 12, "serifb"); d.nl(16)
    d.text(d.m, "RESUMO DE ALTA HOSPITALAR", 11, "serifb"); d.nl(18)
    d.text(d.m, f"Paciente: {p['name']}    Idade: {p['age']} anos    Sexo: {'Feminino' if F else 'Masculino'}"); d.nl()
    d.text(d.m, f"Prontuário: {p['mrn']}    Internação: {adm}    Alta: {p['dmy']}    Leito: {rng.randint(200, 499)}-B"); d.nl(16)
    dx = rng.choice(["Pneumonia adquirida na comunidade", "Pielonefrite aguda", "Insuficiência cardíaca descompensada",
                     "Celulite em membro inferior direito"])
    d.text(d.m, "Diagnóstico principal:", font="serifb"); d.nl()
    d.para(f"{dx}. Comorbidades: hipertensão arterial sistêmica, diabetes mellitus tipo 2.")
    d.text(d.m, "Evolução:", font="serifb"); d.nl()
    d.para("Paciente admitido(a) pelo pronto-socorro, iniciada antibioticoterapia endovenosa com boa resposta "
           "clínica. Afebril há 72 horas, aceitando dieta, deambulando sem auxílio. Recebe alta com orientações "
           "e retorno ambulatorial em 15 dias.")
    d.nl(6)
    d.text(d.m, "Exames laboratoriais", 10, "serifb"); d.nl(16)
    X = [d.m, 198, 305, 405]
    d.row([(X[0], "Exame"), (X[1], f"ADMISSÃO {adm}"), (X[2], f"ALTA {p['dmy']}"), (X[3], "Valor de referência")], 8, "serifb")
    d.rule()
    hb = (12.0, 16.0) if F else (13.5, 17.5)
    ht = (36.0, 46.0) if F else (40.0, 52.0)
    cr = (0.50, 1.10) if F else (0.70, 1.30)
    rows = [
        ("718-7", "Hemoglobina", "g/dL", *hb, 1, "hb"),
        ("4544-3", "Hematócrito", "%", *ht, 1, "hct"),
        ("6690-2", "Leucócitos", "/mm³", 4000.0, 11000.0, 0, "wbc_mm3"),
        ("770-8", "Neutrófilos segmentados", "%", 40.0, 75.0, 1, None),
        ("736-9", "Linfócitos", "%", 20.0, 45.0, 1, None),
        ("777-3", "Plaquetas", "/mm³", 150000.0, 450000.0, 0, "plt_mm3"),
        ("1988-5", rng.choice(["PCR", "Proteína C reativa"]), "mg/L", None, 5.0, 1, None),
        ("2345-7", "Glicose", "mg/dL", 70.0, 99.0, 0, "glu"),
        ("3091-6", "Ureia", "mg/dL", 15.0, 45.0, 0, None),
        ("2160-0", "Creatinina", "mg/dL", *cr, 2, None),
        ("2951-2", "Sódio", "mEq/L", 135.0, 145.0, 0, "na"),
        ("2823-3", "Potássio", "mEq/L", 3.5, 5.1, 1, "k"),
        ("19123-9", "Magnésio", "mg/dL", 1.6, 2.6, 1, None),
        ("1920-8", rng.choice(["TGO (AST)", "AST/TGO"]), "U/L", None, 40.0, 0, None),
        ("1742-6", rng.choice(["TGP (ALT)", "ALT/TGP"]), "U/L", None, 41.0, 0, None),
        ("1975-2", "Bilirrubina total", "mg/dL", 0.2, 1.2, 2, None),
        ("1751-7", "Albumina", "g/dL", 3.5, 5.2, 1, None),
        ("6301-6", "RNI", None, 0.8, 1.2, 2, None),
        ("3173-2", "TTPa", "s", 25.0, 36.0, 1, "aptt"),
        ("2028-9", "Bicarbonato", "mEq/L", 22.0, 29.0, 0, None),
    ]
    arrows = {"H": "↑", "L": "↓"}
    for loinc, name, unit, lo, hi, dec, crit in rows:
        v0 = gen(rng, lo, hi, dec, 0.55, crit)
        v = gen(rng, lo, hi, dec, 0.2, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags=arrows)
        f0 = flag_of(v0, lo, hi, crit)
        a0 = arrows.get(f0[0], "") if f0 != "N" else ""
        u = f" {unit}" if unit else ""
        if lo is None:
            ref = f"inferior a {fmt(hi, dec, 'pt')}{u}"
        else:
            ref = f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')}{u}"
        label = f"{name} ({unit})" if unit else name
        d.row([(X[0], label), (X[1], f"{fmt(v0, dec, 'pt')} {a0}".strip()), (X[2], f"{vs} {pf}".strip()), (X[3], ref)], 8.5)
    d.nl(6)
    d.text(d.m, "Prescrição de alta:", font="serifb"); d.nl()
    d.para("Amoxicilina + clavulanato 875/125 mg, 1 comprimido de 12/12 horas por 7 dias. Losartana 50 mg 1x/dia. "
           "Metformina 850 mg 2x/dia.")
    d.nl(10)
    d.text(d.m, f"Dr(a). {rng.choice(['Helena Prudente', 'Caio Moura Leite', 'Irene Batista'])} — CRM-SP {rng.randint(40000, 199999)}")
    return "pt", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH3 pregnancy (pt)

HCG_WEEKS = [(3, 3, 5, 50), (4, 4, 5, 426), (5, 5, 18, 7340), (6, 6, 1080, 56500), (7, 8, 7650, 229000),
             (9, 12, 25700, 288000), (13, 16, 13300, 254000), (17, 24, 4060, 165400), (25, 40, 3640, 117000)]


def dh3(rng, idx):
    p = patient(rng, "pt", sex="female", age=rng.randint(19, 39))
    acc = Acc()
    d = Doc("cond", 9)
    lab = rng.choice(["Laboratório Materno Vida", "LabMãe Diagnósticos", "Centro de Análises Clínicas Bem-Nascer"])
    d.footer = lambda i, n: f"{lab} • Responsável técnica: Dra. Rosângela Pires CRF 12.345 • {i}/{n}"
    d.text(d.m, lab.upper(), 13, "condb"); d.nl(16)
    d.text(d.m, "PAINEL PRÉ-NATAL — 1ª CONSULTA" if idx == 0 else "ROTINA PRÉ-NATAL", 10, "condb"); d.nl(16)
    week = rng.choice([7, 8, 10, 11]) if idx == 0 else rng.choice([14, 15, 19, 22])
    tri = 1 if week <= 13 else 2
    d.text(d.m, f"Paciente: {p['name']}   Idade: {p['age']} anos   Sexo: Feminino   Coleta: {p['dmy']}"); d.nl()
    d.text(d.m, f"Informação clínica: gestante, idade gestacional {week} semanas ({tri}º trimestre) — DUM informada"); d.nl(18)

    def sec(t):
        d.need(40); d.nl(4); d.text(d.m, t, 9.5, "condb"); d.nl(); d.rule()

    sec("BETA-HCG QUANTITATIVO (soro)  —  Método: quimioluminescência")
    band = next(b for b in HCG_WEEKS if b[0] <= week <= b[1])
    v = float(rng.randint(int(band[2] * 1.3), int(band[3] * 0.8)))
    name = rng.choice(["Beta-HCG quantitativo", "Gonadotrofina coriônica (fração beta)"])
    vs, _ = acc.num("21198-7", name, v, 0, "mUI/mL", float(band[2]), float(band[3]), "pt")
    d.row([(d.m, name), (230, f"{vs} mUI/mL")], 9.5, "condb")
    d.text(d.m, "Valores de referência (mUI/mL):  não gestantes: inferior a 5,0", 8); d.nl()
    for a, b, lo, hi in HCG_WEEKS:
        wk = f"{a} semanas" if a == b else f"{a} a {b} semanas"
        d.text(d.m + 20, f"{wk}: {fmt(lo, 0, 'pt')} a {fmt(hi, 0, 'pt')}", 7.5); d.nl(10)
    sec("TSH ULTRASSENSÍVEL  —  Método: eletroquimioluminescência")
    tr = {1: (0.10, 2.50), 2: (0.20, 3.00), 3: (0.30, 3.00)}
    lo, hi = tr[tri]
    v = gen(rng, lo, hi, 2, 0.25)
    name = rng.choice(["TSH", "Hormônio tireoestimulante (TSH)"])
    vs, pf = acc.num("3016-3", name, v, 2, "µUI/mL", lo, hi, "pt", flags={"H": "Alto", "L": "Baixo"})
    d.row([(d.m, name), (230, f"{vs} µUI/mL"), (330, pf)], 9.5)
    d.text(d.m, "Referência para gestantes:  1º trimestre: 0,10 a 2,50   2º trimestre: 0,20 a 3,00   3º trimestre: 0,30 a 3,00 µUI/mL", 7.5); d.nl()
    sec("T4 LIVRE")
    v = gen(rng, 0.70, 1.48, 2, 0.15)
    vs, pf = acc.num("3024-7", "T4 livre", v, 2, "ng/dL", 0.70, 1.48, "pt", flags={"H": "Alto", "L": "Baixo"})
    d.row([(d.m, "T4 livre"), (230, f"{vs} ng/dL"), (330, pf), (400, "0,70 a 1,48 ng/dL")], 9.5)
    sec("HEMOGRAMA (resumido)")
    rows = [
        ("789-8", "Eritrócitos", "milhões/mm³", 3.80, 5.20, 2, None),
        ("718-7", "Hemoglobina", "g/dL", 11.0, 15.0, 1, "hb"),
        ("4544-3", "Hematócrito", "%", 33.0, 45.0, 1, "hct"),
        ("787-2", "VCM", "fL", 80.0, 100.0, 1, None),
        ("6690-2", "Leucócitos", "/mm³", 5000.0, 15000.0, 0, "wbc_mm3"),
        ("777-3", "Plaquetas", "/mm³", 150000.0, 400000.0, 0, "plt_mm3"),
    ]
    for loinc, name, unit, lo, hi, dec, crit in rows:
        v = gen(rng, lo, hi, dec, 0.2, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags={"H": "Alto", "L": "Baixo"})
        d.row([(d.m, name), (230, f"{vs} {unit}"), (330, pf), (400, f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')}")], 9)
    sec("PERFIL DE FERRO")
    v = gen(rng, 15.0, 150.0, 1, 0.3, side="L")
    vs, pf = acc.num("2276-4", "Ferritina", v, 1, "ng/mL", 15.0, 150.0, "pt", flags={"H": "Alto", "L": "Baixo"})
    d.row([(d.m, "Ferritina"), (230, f"{vs} ng/mL"), (330, pf), (400, "15,0 a 150,0 ng/mL")], 9.5)
    sec("GLICEMIA DE JEJUM")
    v = gen(rng, None, 92.0, 0, 0.25, "glu")
    vs, pf = acc.num("2345-7", "Glicose em jejum", v, 0, "mg/dL", None, 92.0, "pt", "glu", flags={"H": "Alto"})
    d.row([(d.m, "Glicose em jejum"), (230, f"{vs} mg/dL"), (330, pf), (400, "Gestantes: inferior a 92 mg/dL")], 9.5)
    sec("SOROLOGIAS")
    toxo_pos = rng.random() < 0.5
    v = round(rng.uniform(40, 300), 1) if toxo_pos else round(rng.uniform(0.1, 1.2), 1)
    vs, pf = acc.num("8039-0", "Toxoplasmose IgG", v, 1, "UI/mL", None, 1.6, "pt")
    d.row([(d.m, "Toxoplasmose IgG"), (230, f"{vs} UI/mL"), (400, "Não reagente: inferior a 1,6 UI/mL")], 9)
    v = round(rng.uniform(25, 220), 1) if rng.random() < 0.8 else round(rng.uniform(1.0, 6.0), 1)
    vs, pf = acc.num("5334-8", "Rubéola IgG", v, 1, "UI/mL", 10.0, None, "pt")
    d.row([(d.m, "Rubéola IgG"), (230, f"{vs} UI/mL"), (400, "Imune: superior a 10,0 UI/mL")], 9)
    quals = [("56888-1", rng.choice(["Anti-HIV 1 e 2 (4ª geração)", "HIV 1/2 - anticorpos e antígeno p24"])),
             ("5292-8", rng.choice(["VDRL", "Sífilis - VDRL"])),
             ("5196-1", "HBsAg (antígeno de superfície hepatite B)"),
             ("16128-1", "Anti-HCV")]
    for loinc, name in quals:
        react = loinc == "5292-8" and rng.random() < 0.3
        txt = "Reagente" if react else "Não reagente"
        acc.qual(loinc, name, txt, "reactive" if react else "non-reactive")
        d.row([(d.m, name), (230, txt), (400, "Não reagente")], 9)
    d.nl(6)
    d.para("Nota: resultados reagentes de triagem devem ser confirmados por método complementar conforme "
           "protocolo do Ministério da Saúde.", size=7.5)
    return "pt", d.finish(), "female", p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH4 pediatric (en)

PED = {
    "hb": ("718-7", "Hemoglobin", "g/dL", 1, "hb",
           [(0.5, 2, "6 mo to <2 yr", 10.5, 13.5), (2, 6, "2 to <6 yr", 11.5, 13.5),
            (6, 12, "6 to <12 yr", 11.5, 15.5), (12, 18, "12 to <18 yr", 12.0, 16.0)]),
    "wbc": ("6690-2", "White Blood Cells", "K/uL", 1, "wbc",
            [(0.5, 2, "6 mo to <2 yr", 6.0, 17.0), (2, 6, "2 to <6 yr", 5.0, 15.5),
             (6, 12, "6 to <12 yr", 4.5, 13.5), (12, 18, "12 to <18 yr", 4.5, 11.0)]),
    "alp": ("6768-6", "Alkaline Phosphatase", "U/L", 0, None,
            [(0.5, 2, "6 mo to <2 yr", 124.0, 341.0), (2, 6, "2 to <6 yr", 142.0, 335.0),
             (6, 12, "6 to <12 yr", 129.0, 417.0), (12, 18, "12 to <18 yr", 57.0, 254.0)]),
    "cr": ("2160-0", "Creatinine", "mg/dL", 2, None,
           [(0.5, 2, "6 mo to <2 yr", 0.15, 0.37), (2, 6, "2 to <6 yr", 0.23, 0.45),
            (6, 12, "6 to <12 yr", 0.31, 0.61), (12, 18, "12 to <18 yr", 0.45, 0.90)]),
}


def dh4(rng, idx):
    years = rng.choice([3, 4, 5]) if idx == 0 else rng.choice([8, 9, 10])
    months = rng.randint(1, 11)
    p = patient(rng, "en", age=years)
    first = {"female": ["Olivia", "Maya", "Zoë", "Amelia"], "male": ["Mateo", "Liam", "Noah", "Theo"]}[p["sex"]]
    name = rng.choice(first) + " " + p["name"].split(" ")[-1]
    acc = Acc()
    d = Doc("sans", 9)
    lab = rng.choice(["Children's Meadow Outreach Laboratory", "Bluebonnet Pediatric Lab Services",
                      "Great Lakes Children's Hospital — Clinical Laboratory"])
    d.footer = lambda i, n: f"{lab} | CLIA 45D0612448 | Page {i}/{n}"
    d.text(d.m, lab, 13, "sansb"); d.nl(16)
    d.text(d.m, "PEDIATRIC LABORATORY REPORT", 9, "sansb"); d.nl(16)
    d.text(d.m, f"Patient: {name}    Age: {years} yr {months} mo    Sex: {'F' if p['sex'] == 'female' else 'M'}    MRN: {p['mrn']}"); d.nl()
    d.text(d.m, f"Guardian: {p['name']}    Collected: {p['us']} 09:{rng.randint(10, 59)}    Received: {p['us']}"); d.nl(18)
    age = years + months / 12
    fl = {"H": "H", "L": "L"}

    def banded(key):
        loinc, nm, unit, dec, crit, bands = PED[key]
        b = next(b for b in bands if b[0] <= age < b[1])
        v = gen(rng, b[3], b[4], dec, 0.3, crit)
        vs, pf = acc.num(loinc, nm, v, dec, unit, b[3], b[4], "en", crit, flags=fl)
        d.need(70)
        d.row([(d.m, nm), (230, vs), (290, pf), (320, unit)], 9.5, "sansb")
        d.text(d.m + 14, "Age-specific reference intervals:", 7.5); d.nl(10)
        for lo_a, hi_a, lab_a, lo, hi in bands:
            d.text(d.m + 24, f"{lab_a}:", 7.5)
            d.text(d.m + 120, f"{fmt(lo, dec, 'en')} - {fmt(hi, dec, 'en')} {unit}", 7.5)
            d.nl(10)
        d.nl(4)

    def plain(loinc, nm, unit, lo, hi, dec, crit=None):
        v = gen(rng, lo, hi, dec, 0.2, crit)
        vs, pf = acc.num(loinc, nm, v, dec, unit, lo, hi, "en", crit, flags=fl)
        d.row([(d.m, nm), (230, vs), (290, pf), (320, unit), (420, f"{fmt(lo, dec, 'en')}-{fmt(hi, dec, 'en')}")])

    d.text(d.m, "HEMATOLOGY", 10, "sansb"); d.nl(14)
    d.row([(d.m, "Test"), (230, "Result"), (290, "Flag"), (320, "Units"), (420, "Reference")], 8, "sansb"); d.rule()
    banded("hb")
    banded("wbc")
    plain("789-8", "RBC", "M/uL", 3.90, 5.30, 2)
    plain("4544-3", "Hematocrit", "%", 33.0, 43.0, 1, "hct")
    plain("787-2", "MCV", "fL", 75.0, 91.0, 1)
    plain("777-3", "Platelets", "K/uL", 150.0, 450.0, 0, "plt")
    plain("770-8", "Neutrophils %", "%", 25.0, 60.0, 1)
    plain("736-9", "Lymphocytes %", "%", 25.0, 60.0, 1)
    plain("751-8", "Neutrophils, Absolute", "K/uL", 1.5, 8.5, 2)
    d.nl(6)
    d.text(d.m, "CHEMISTRY", 10, "sansb"); d.nl(14)
    d.row([(d.m, "Test"), (230, "Result"), (290, "Flag"), (320, "Units"), (420, "Reference")], 8, "sansb"); d.rule()
    banded("alp")
    banded("cr")
    plain("2951-2", "Sodium", "mmol/L", 136.0, 145.0, 0, "na")
    plain("2823-3", "Potassium", "mmol/L", 3.4, 4.7, 1, "k")
    plain("2345-7", "Glucose", "mg/dL", 60.0, 99.0, 0, "glu")
    plain("3094-0", "BUN", "mg/dL", 5.0, 18.0, 0)
    plain("17861-6", "Calcium", "mg/dL", 8.8, 10.8, 1)
    plain("2777-1", "Phosphorus", "mg/dL", 4.0, 6.5, 1)
    plain("1742-6", "ALT", "U/L", 5.0, 30.0, 0)
    plain("2276-4", "Ferritin", "ng/mL", 7.0, 140.0, 0)
    d.nl(8)
    d.para("Reference intervals are age- and sex-specific; the interval for this patient's age is used for flagging.", size=7.5)
    return "en", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH5 autoimmune (pt)


def dh5(rng, idx):
    p = patient(rng, "pt", sex="female" if idx == 0 else None)
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("sans", 9)
    lab = rng.choice(["Imunolab Análises Especializadas", "Laboratório Reumato-Diagnóstico Paulista"])
    d.footer = lambda i, n: f"{lab} · Av. Brigadeiro Faria Lima, 1.230 · Pág. {i} de {n}"
    d.text(d.m, lab, 13, "sansb"); d.nl(16)
    d.text(d.m, f"Nome: {p['name']}     Sexo: {'F' if F else 'M'}     Idade: {p['age']}a     Data da coleta: {p['dmy']}"); d.nl()
    d.text(d.m, "Solicitante: Dr. Álvaro Queiroz (Reumatologia)     Convênio: Particular"); d.nl(18)
    bf = {"H": "*", "L": "*"}

    def item(title, name, loinc, unit, lo, hi, dec, method, crit=None, ref=None, p_abn=0.3):
        v = gen(rng, lo, hi, dec, p_abn, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags=bf)
        d.need(50)
        d.text(d.m, title, 9.5, "sansb"); d.nl()
        d.row([(d.m + 10, f"{name}:"), (150, f"{vs} {unit} {pf}".strip()),
               (280, "Referência: " + (ref or (f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')} {unit}" if lo is not None
                                              else f"inferior a {fmt(hi, dec, 'pt')} {unit}")))])
        d.text(d.m + 10, f"Método: {method}", 7.5, "sans"); d.nl(14)

    # FAN
    react = rng.random() < 0.65
    d.text(d.m, "FATOR ANTINÚCLEO (FAN) - PESQUISA EM CÉLULAS HEp-2", 9.5, "sansb"); d.nl()
    nm = rng.choice(["FAN", "Fator antinúcleo"])
    if react:
        tit = rng.choice(["1/160", "1/320", "1/640"])
        pat = rng.choice(["padrão nuclear pontilhado fino", "padrão nuclear homogêneo",
                          "padrão nuclear pontilhado fino denso", "padrão citoplasmático pontilhado"])
        txt = f"Reagente {tit}, {pat}"
        acc.qual("8061-4", nm, "Reagente", "reactive")
    else:
        txt = "Não reagente"
        acc.qual("8061-4", nm, "Não reagente", "non-reactive")
    d.row([(d.m + 10, f"{nm}:"), (150, txt)])
    d.text(d.m + 10, "Referência: Não reagente (triagem na diluição 1/80)   Método: imunofluorescência indireta", 7.5); d.nl(14)
    item("ANTICORPOS ANTI-DNA NATIVO (dupla hélice)", "Anti-DNA nativo", "5130-0", "UI/mL", None, 20.0, 1,
         "quimioluminescência", ref="Não reagente: inferior a 20,0 UI/mL")
    item("COMPLEMENTO C3", "Complemento C3", "4485-9", "mg/dL", 90.0, 180.0, 0, "imunoturbidimetria")
    item("COMPLEMENTO C4", "Complemento C4", "4498-2", "mg/dL", 10.0, 40.0, 1, "imunoturbidimetria")
    item("FATOR REUMATOIDE", rng.choice(["Fator reumatoide", "Fator reumatóide (FR)"]), "11572-5", "UI/mL", None, 14.0, 1,
         "imunoturbidimetria")
    vhs_hi = 20.0 if F else 15.0
    item("VELOCIDADE DE HEMOSSEDIMENTAÇÃO", "VHS - 1ª hora", "4537-7", "mm/h", None, vhs_hi, 0, "Westergren",
         ref="M: inferior a 20 · H: inferior a 15 mm/h")
    item("PROTEÍNA C REATIVA", rng.choice(["PCR", "Proteína C reativa"]), "1988-5", "mg/dL", None, 0.50, 2, "imunoturbidimetria")
    item("CREATININA", "Creatinina", "2160-0", "mg/dL", *((0.50, 1.10) if F else (0.70, 1.30)), 2, "Jaffé cinético", p_abn=0.15)
    d.nl(4)
    d.text(d.m, "HEMOGRAMA", 10, "sansb"); d.nl(14)
    d.row([(d.m, "Eritrograma"), (200, "Resultado"), (300, "Valores de referência")], 8, "sansb"); d.rule()
    hb = (12.0, 15.5) if F else (13.5, 17.5)
    rows = [
        ("789-8", "Hemácias", "milhões/mm³", *((4.00, 5.20) if F else (4.50, 5.90)), 2, None),
        ("718-7", "Hemoglobina", "g/dL", *hb, 1, "hb"),
        ("4544-3", "Hematócrito", "%", *((36.0, 46.0) if F else (41.0, 53.0)), 1, "hct"),
        ("787-2", "V.C.M.", "fL", 80.0, 100.0, 1, None),
        ("785-6", "H.C.M.", "pg", 26.0, 34.0, 1, None),
        ("786-4", "C.H.C.M.", "g/dL", 31.0, 36.0, 1, None),
        ("6690-2", "Leucócitos", "/mm³", 4000.0, 10000.0, 0, "wbc_mm3"),
        ("736-9", "Linfócitos", "%", 20.0, 40.0, 1, None),
        ("777-3", "Plaquetas", "/mm³", 150000.0, 400000.0, 0, "plt_mm3"),
    ]
    for loinc, name, unit, lo, hi, dec, crit in rows:
        v = gen(rng, lo, hi, dec, 0.2, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags=bf)
        d.row([(d.m, name), (200, f"{vs} {unit} {pf}".strip()), (300, f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')} {unit}")])
    return "pt", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH6 TDM (en)


def dh6(rng, idx):
    p = patient(rng, "en")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("mono", 8.5)
    d.footer = lambda i, n: f"TOXICOLOGY & TDM SECTION - REPORT CONTINUES ON NEXT PAGE IF INDICATED - PG {i}/{n}"
    d.text(d.m, "ST. BRENDAN REGIONAL MEDICAL CENTER - CLINICAL PHARMACOLOGY LAB", 10, "monob"); d.nl(14)
    d.text(d.m, f"PT: {p['name'].upper()}   MRN {p['mrn']}   AGE {p['age']}Y   SEX {'F' if F else 'M'}"); d.nl()
    d.text(d.m, f"LOC: 4W-ICU   COLL: {p['us']} 07:40   RECV: {p['us']} 08:05"); d.nl(16)
    fl = {"H": "HIGH", "L": "LOW"}
    d.row([(d.m, "DRUG / TEST"), (230, "RESULT"), (300, "FLAG"), (345, "UNITS"), (410, "THERAPEUTIC RANGE")], 8.5, "monob")
    d.rule()
    drugs = [
        ("4092-3", rng.choice(["Vancomycin, Trough", "VANCOMYCIN TROUGH"]), "mcg/mL", 10.0, 20.0, 1,
         "Time of last dose: 19:00 (1250 mg IV q12h)"),
        ("11253-2", rng.choice(["Tacrolimus (FK506)", "TACROLIMUS, WHOLE BLOOD"]), "ng/mL", 5.0, 15.0, 1,
         "Time of last dose: 20:00 (2 mg PO BID)  Specimen: EDTA whole blood"),
        ("14334-7", "Lithium", "mmol/L", 0.60, 1.20, 2, "Time of last dose: 21:30 (300 mg PO TID)  12-h post-dose level"),
        ("10535-3", "Digoxin", "ng/mL", 0.8, 2.0, 1, "Time of last dose: 08:00 previous day (0.125 mg PO daily)"),
        ("4086-5", rng.choice(["Valproic Acid", "Valproate (Depakote)"]), "µg/mL", 50.0, 100.0, 0,
         "Time of last dose: 22:00 (500 mg PO BID)"),
        ("3968-5", rng.choice(["Phenytoin, Total", "PHENYTOIN"]), "µg/mL", 10.0, 20.0, 1, "Time of last dose: 06:00 (100 mg PO TID)"),
        ("3432-2", "Carbamazepine", "µg/mL", 4.0, 12.0, 1, "Time of last dose: 21:00 (200 mg PO BID)"),
    ]
    lessthan = rng.choice(["10535-3", "11253-2"]) if idx == 0 else "14334-7"
    for loinc, name, unit, lo, hi, dec, timing in drugs:
        if loinc == lessthan:
            v = {"10535-3": 0.2, "11253-2": 1.0, "14334-7": 0.10}[loinc]
            vs, pf = acc.num(loinc, name, v, dec if loinc != "14334-7" else 2, unit, lo, hi, "en", comparator="<", flags=fl)
            vs = "<" + vs
            acc.printed[-1] = (name, vs)
        else:
            v = gen(rng, lo, hi, dec, 0.35)
            vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", flags=fl)
        d.row([(d.m, name), (230, vs), (300, pf), (345, unit), (410, f"{fmt(lo, dec, 'en')}-{fmt(hi, dec, 'en')}")])
        d.text(d.m + 12, timing, 7); d.nl(12)
    d.nl(6)
    d.text(d.m, "SERUM TOXICOLOGY", 9, "monob"); d.nl(13); d.rule()
    acc.num("5643-2", "Ethanol, serum", 10.0, 0, "mg/dL", None, 10.0, "en", comparator="<")
    acc.printed[-1] = ("Ethanol, serum", "<10")
    d.row([(d.m, "Ethanol, serum"), (230, "<10"), (345, "mg/dL"), (410, "<10")])
    v = gen(rng, None, 30.0, 1, 0.0) if idx == 0 else float(rng.choice([2.0, 3.0]))
    if idx == 0:
        vs, _ = acc.num("4024-6", "Salicylate", v, 1, "mg/dL", None, 30.0, "en")
    else:
        vs, _ = acc.num("4024-6", "Salicylate", v, 1, "mg/dL", None, 30.0, "en", comparator="<")
        vs = "<" + vs
        acc.printed[-1] = ("Salicylate", vs)
    d.row([(d.m, "Salicylate"), (230, vs), (345, "mg/dL"), (410, "<30.0")])
    d.nl(6)
    d.text(d.m, "SUPPORTING CHEMISTRY", 9, "monob"); d.nl(13); d.rule()
    cr = (0.59, 1.04) if F else (0.74, 1.35)
    for loinc, name, unit, lo, hi, dec, crit in [
        ("2160-0", "Creatinine", "mg/dL", *cr, 2, None),
        ("3094-0", "BUN", "mg/dL", 7.0, 20.0, 0, None),
        ("2951-2", "Sodium", "mmol/L", 135.0, 145.0, 0, "na"),
        ("2823-3", "Potassium", "mmol/L", 3.5, 5.1, 1, "k"),
        ("19123-9", "Magnesium", "mg/dL", 1.7, 2.3, 1, None),
        ("1751-7", "Albumin", "g/dL", 3.5, 5.0, 1, None),
        ("1742-6", "ALT", "U/L", 7.0, 45.0, 0, None),
        ("6690-2", "WBC", "x10³/µL", 4.0, 11.0, 1, "wbc"),
    ]:
        v = gen(rng, lo, hi, dec, 0.25, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", crit, flags=fl)
        d.row([(d.m, name), (230, vs), (300, pf), (345, unit), (410, f"{fmt(lo, dec, 'en')}-{fmt(hi, dec, 'en')}")])
    d.nl(8)
    d.para("Interpretation: therapeutic ranges assume steady state; trough levels drawn within 30 min before the "
           "next dose. Phenytoin not corrected for albumin. Verified by: K. Osei, PharmD.", size=7.5)
    return "en", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH7 iron and vitamins (pt)


def dh7(rng, idx):
    p = patient(rng, "pt")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("serif", 9)
    lab = rng.choice(["Laboratório Dr. Osvaldo Figueiredo", "Análises Clínicas Nossa Senhora da Penha"])
    d.footer = lambda i, n: f"{lab} — laudo assinado eletronicamente — folha {i}/{n}"
    d.text(d.m, lab, 13, "serifb"); d.nl(16)
    d.text(d.m, f"Cliente: {p['name']}   Sexo: {'Feminino' if F else 'Masculino'}   Idade: {p['age']} anos"); d.nl()
    d.text(d.m, f"Coletado em: {p['dmy']} 08:12   Liberado em: {p['dmy']}   Material: soro"); d.nl(18)
    fl = {"H": "ALTO", "L": "BAIXO"}
    X = [d.m, 250, 330, 380]
    d.row([(X[0], "EXAME"), (X[1], "RESULTADO"), (X[2], ""), (X[3], "VALORES DE REFERÊNCIA")], 8, "serifb"); d.rule()

    def r(loinc, name, unit, lo, hi, dec, v=None, ref=None):
        if v is None:
            v = gen(rng, lo, hi, dec, 0.3)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", flags=fl)
        if ref is None:
            ref = f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')} {unit}" if lo is not None else \
                (f"inferior a {fmt(hi, dec, 'pt')} {unit}" if lo is None else "")
        d.row([(X[0], name), (X[1], f"{vs} {unit}"), (X[2], pf), (X[3], ref)])
        return v

    fe_lo, fe_hi = (50.0, 170.0) if F else (65.0, 175.0)
    fe = r("2498-4", rng.choice(["Ferro sérico", "FERRO SÉRICO"]), "µg/dL", fe_lo, fe_hi, 0,
           ref="Mulheres: 50 a 170 µg/dL  Homens: 65 a 175 µg/dL")
    uibc = float(round(rng.uniform(150, 330)))
    r("2501-5", "Capacidade latente de ligação do ferro", "µg/dL", 110.0, 370.0, 0, v=uibc)
    tibc = fe + uibc
    r("2500-7", rng.choice(["Capacidade total de ligação do ferro", "CTLF - capacidade total de ligação do ferro"]),
      "µg/dL", 250.0, 450.0, 0, v=tibc)
    ist = round(fe / tibc * 100, 1)
    r("2502-3", "Índice de saturação da transferrina", "%", 20.0, 50.0, 1, v=ist)
    r("3034-6", "Transferrina", "mg/dL", 200.0, 360.0, 0)
    fer = (15.0, 150.0) if F else (30.0, 400.0)
    r("2276-4", "Ferritina", "ng/mL", *fer, 1, ref="Mulheres: 15,0 a 150,0  Homens: 30,0 a 400,0 ng/mL")
    r("2132-9", rng.choice(["Vitamina B12", "Cianocobalamina (vitamina B12)"]), "pg/mL", 197.0, 771.0, 0)
    r("2284-8", rng.choice(["Ácido fólico", "Folato sérico"]), "ng/mL", 3.9, 26.8, 1)
    r("5763-8", "Zinco", "µg/dL", 70.0, 120.0, 0)
    d.nl(4)
    vd = gen(rng, 30.0, 100.0, 1, 0.45, side="L")
    vs, pf = acc.num("1989-3", "25-Hidroxivitamina D", vd, 1, "ng/mL", 30.0, 100.0, "pt", flags=fl)
    d.row([(X[0], "25-Hidroxivitamina D"), (X[1], f"{vs} ng/mL"), (X[2], pf), (X[3], "ver tabela abaixo")])
    d.text(d.m + 10, "Método: quimioluminescência", 7.5); d.nl(11)
    for t in ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL", "Suficiência: 30 a 100 ng/mL",
              "Risco de toxicidade: superior a 100 ng/mL"]:
        d.text(d.m + 20, t, 7.5); d.nl(10)
    d.nl(8)
    d.text(d.m, "HEMOGRAMA", 10, "serifb"); d.nl(14); d.rule()
    hb = (12.0, 16.0) if F else (13.0, 17.0)
    for loinc, name, unit, lo, hi, dec, crit in [
        ("789-8", "Eritrócitos", "10⁶/µL", *((4.0, 5.4) if F else (4.5, 6.0)), 2, None),
        ("718-7", "Hemoglobina", "g/dL", *hb, 1, "hb"),
        ("4544-3", "Hematócrito", "%", *((36.0, 48.0) if F else (40.0, 52.0)), 1, "hct"),
        ("787-2", "VCM", "fL", 80.0, 98.0, 1, None),
        ("785-6", "HCM", "pg", 27.0, 33.0, 1, None),
        ("786-4", "CHCM", "g/dL", 32.0, 36.0, 1, None),
        ("788-0", "RDW", "%", 11.5, 14.5, 1, None),
        ("6690-2", "Leucócitos", "10³/µL", 4.0, 10.0, 2, "wbc"),
        ("777-3", "Plaquetas", "10³/µL", 150.0, 450.0, 0, "plt"),
    ]:
        v = gen(rng, lo, hi, dec, 0.2, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags=fl)
        d.row([(X[0], name), (X[1], f"{vs} {unit}"), (X[2], pf), (X[3], f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')}")])
    return "pt", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH8 scanned chemistry (en, PNG)


def dh8(rng, idx):
    p = patient(rng, "en")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("mono", 9)
    d.text(d.m, "PRAIRIE VIEW REFERENCE LABORATORIES, INC.", 11, "monob"); d.nl(14)
    d.text(d.m, "1400 N. Grand Ave, Pittsburg KS 66762   Lab Director: M. Dorsey, MD"); d.nl(16)
    d.text(d.m, f"PATIENT: {p['name'].upper()}      SEX: {'F' if F else 'M'}   AGE: {p['age']}"); d.nl()
    d.text(d.m, f"ACCT#: {p['mrn']}   COLLECTED: {p['us']}   REPORTED: {p['us']}   FASTING: Y"); d.nl(16)
    d.row([(d.m, "TEST NAME"), (220, "RESULT"), (285, "FLAG"), (330, "UNITS"), (400, "REF RANGE")], 9, "monob"); d.rule()
    cr = (0.57, 1.00) if F else (0.76, 1.27)
    rows = [
        ("2345-7", "GLUCOSE", "mg/dL", 65.0, 99.0, 0, "glu"),
        ("3094-0", "BUN", "mg/dL", 6.0, 24.0, 0, None),
        ("2160-0", "CREATININE", "mg/dL", *cr, 2, None),
        ("2951-2", "SODIUM", "mmol/L", 134.0, 144.0, 0, "na"),
        ("2823-3", "POTASSIUM", "mmol/L", 3.5, 5.2, 1, "k"),
        ("2075-0", "CHLORIDE", "mmol/L", 96.0, 106.0, 0, None),
        ("2028-9", "CARBON DIOXIDE, TOTAL", "mmol/L", 20.0, 29.0, 0, None),
        ("17861-6", "CALCIUM", "mg/dL", 8.7, 10.2, 1, None),
        ("2885-2", "PROTEIN, TOTAL", "g/dL", 6.0, 8.5, 1, None),
        ("1751-7", "ALBUMIN", "g/dL", 3.8, 4.9, 1, None),
        ("1975-2", "BILIRUBIN, TOTAL", "mg/dL", 0.1, 1.2, 1, None),
        ("6768-6", "ALKALINE PHOSPHATASE", "IU/L", 44.0, 121.0, 0, None),
        ("1920-8", "AST (SGOT)", "IU/L", 0.0, 40.0, 0, None),
        ("1742-6", "ALT (SGPT)", "IU/L", 0.0, 44.0, 0, None),
        ("2324-2", "GGT", "IU/L", 0.0, 65.0, 0, None),
        ("19123-9", "MAGNESIUM", "mg/dL", 1.6, 2.3, 1, None),
        ("2777-1", "PHOSPHORUS", "mg/dL", 2.5, 4.5, 1, None),
        ("3084-1", "URIC ACID", "mg/dL", *((2.5, 7.1) if F else (3.7, 8.6)), 1, None),
        ("3040-3", "LIPASE", "U/L", 13.0, 78.0, 0, None),
    ]
    for loinc, name, unit, lo, hi, dec, crit in rows:
        glo = lo if lo > 0 else hi * 0.1
        v = gen(rng, glo, hi, dec, 0.25, crit)
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", crit, flags={"H": "H", "L": "L"})
        d.row([(d.m, name), (220, vs), (285, pf), (330, unit), (400, f"{fmt(lo, dec, 'en')}-{fmt(hi, dec, 'en')}")])
        if loinc == "2160-0":
            raw = ckd_epi_2021(v, p["age"], p["sex"])
            e = round(raw)
            if e == 59 or e == 60:
                e = 61 if raw >= 60 else 58
            vs, pf = acc.num("98979-8", "eGFR", float(e), 0, "mL/min/1.73", 59.0, None, "en", flags={"H": "H", "L": "L"})
            d.row([(d.m, "eGFR"), (220, vs), (285, pf), (330, "mL/min/1.73"), (400, ">59")])
    d.nl(8)
    d.para("Comment: eGFR calculated with the CKD-EPI 2021 race-free equation. Specimen slightly lipemic.", size=8)
    d.text(d.m, "*** FINAL REPORT ***", 9, "monob"); d.nl()
    pdf = d.finish()
    # scan it
    import numpy as np
    import pymupdf as fitz
    from PIL import Image

    dpi = rng.choice([150, 160, 170, 180])
    src = fitz.open("pdf", pdf)
    pix = src[0].get_pixmap(dpi=dpi, alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples).convert("L")
    src.close()
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * rng.uniform(0.92, 0.98) + nrng.normal(0, rng.uniform(5, 11), arr.shape) + 6
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(50, 70))
    img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    out = io.BytesIO()
    img.save(out, "PNG", dpi=(dpi, dpi))
    return "en", out.getvalue(), p["sex"], p["iso"], acc, "image/png", pdf


# ----------------------------------------------------------------------------------------------
# DH9 narrative laudo (pt)


def dh9(rng, idx):
    p = patient(rng, "pt")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("serif", 9.5)
    lab = rng.choice(["Laboratório Santa Edwiges — Análises Clínicas", "Biocenter Laudos Médicos Ltda."])
    d.footer = lambda i, n: f"{lab} · Este laudo só tem validade com assinatura digital · {i}/{n}"
    d.text(d.m, lab, 12, "serifb"); d.nl(16)
    d.text(d.m, f"Paciente: {p['name']} · Sexo: {'feminino' if F else 'masculino'} · {p['age']} anos · Coleta: {p['dmy']}"); d.nl()
    d.text(d.m, "Médico solicitante: Dra. Tereza Cristina Vasconcelos"); d.nl(20)
    items = []
    a1c = gen(rng, 4.0, 5.6, 1, 0.5, side="H")
    items.append(("4548-4", rng.choice(["HEMOGLOBINA GLICADA", "HEMOGLOBINA GLICADA (HbA1c)"]), a1c, 1, "%", 4.0, 5.6, "HPLC"))
    eag = float(round(28.7 * a1c - 46.7))
    items.append(("27353-2", "GLICOSE MÉDIA ESTIMADA", eag, 0, "mg/dL", None, None, "cálculo (ADAG)"))
    specs = [
        ("2345-7", "GLICOSE", "mg/dL", 70.0, 99.0, 0, "hexoquinase", "glu"),
        ("20448-7", "INSULINA", "µUI/mL", 2.6, 24.9, 1, "eletroquimioluminescência", None),
        ("3016-3", "TSH", "µUI/mL", 0.27, 4.20, 2, "eletroquimioluminescência", None),
        ("3024-7", "T4 LIVRE", "ng/dL", 0.93, 1.70, 2, "eletroquimioluminescência", None),
        ("3091-6", "UREIA", "mg/dL", 17.0, 43.0, 0, "urease UV", None),
        ("2160-0", "CREATININA", "mg/dL", *((0.51, 0.95) if F else (0.67, 1.17)), 2, "Jaffé", None),
        ("3084-1", "ÁCIDO ÚRICO", "mg/dL", *((2.4, 5.7) if F else (3.4, 7.0)), 1, "uricase", None),
        ("1920-8", "TRANSAMINASE OXALACÉTICA (TGO/AST)", "U/L", 5.0, 34.0, 0, "cinético UV IFCC", None),
        ("1742-6", "TRANSAMINASE PIRÚVICA (TGP/ALT)", "U/L", 0.0, 55.0, 0, "cinético UV IFCC", None),
        ("2324-2", "GAMA GT", "U/L", *((9.0, 36.0) if F else (12.0, 64.0)), 0, "Szasz", None),
        ("6768-6", "FOSFATASE ALCALINA", "U/L", 40.0, 150.0, 0, "cinético", None),
        ("2951-2", "SÓDIO", "mEq/L", 136.0, 145.0, 0, "eletrodo íon-seletivo", "na"),
        ("2823-3", "POTÁSSIO", "mEq/L", 3.5, 5.1, 1, "eletrodo íon-seletivo", "k"),
        ("17861-6", "CÁLCIO TOTAL", "mg/dL", 8.4, 10.2, 1, "arsenazo III", None),
        ("2132-9", "VITAMINA B12", "pg/mL", 187.0, 883.0, 0, "quimioluminescência", None),
        ("2276-4", "FERRITINA", "ng/mL", *((4.6, 204.0) if F else (21.8, 274.7)), 1, "quimioluminescência", None),
        ("1988-5", "PROTEÍNA C REATIVA", "mg/L", None, 5.0, 1, "imunoturbidimetria", None),
    ]
    for loinc, name, unit, lo, hi, dec, meth, crit in specs:
        v = gen(rng, lo if (lo or 0) > 0 else (hi * 0.1 if lo is not None else None), hi, dec, 0.22, crit)
        items.append((loinc, name, v, dec, unit, lo, hi, meth, crit))
    for it in items:
        loinc, name, v, dec, unit, lo, hi, meth = it[:8]
        crit = it[8] if len(it) > 8 else None
        vs, _ = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit)
        if lo is not None and hi is not None:
            ref = f" Valor de referência: {fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')} {unit}."
        elif hi is not None:
            ref = f" Valor de referência: inferior a {fmt(hi, dec, 'pt')} {unit}."
        else:
            ref = ""
        d.need(40)
        d.para(f"{name}: {vs} {unit}.{ref} Método: {meth}. Material: soro.", font="serif")
        d.nl(5)
    d.nl(8)
    d.para("Hemoglobina glicada — interpretação (SBD): normal inferior a 5,7 %; pré-diabetes 5,7 a 6,4 %; "
           "diabetes igual ou superior a 6,5 %.", size=8)
    return "pt", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH10 lipid and cardiac risk (en)


def dh10(rng, idx):
    p = patient(rng, "en")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("cond", 9)
    d.footer = lambda i, n: f"Heartland Cardiometabolic Laboratory · Report ID HCL-{idx + 7391} · {i} of {n}"
    d.text(d.m, "Heartland Cardiometabolic Laboratory", 14, "condb"); d.nl(16)
    d.text(d.m, "ADVANCED LIPID & CARDIAC RISK ASSESSMENT", 10, "condb"); d.nl(16)
    d.text(d.m, f"{p['name']}  ·  {'Female' if F else 'Male'}  ·  Age {p['age']}  ·  Drawn {p['us']} (fasting 12 h)"); d.nl(18)
    fl = {"H": "HIGH", "L": "LOW"}
    d.row([(d.m, "Analyte"), (220, "Result"), (280, "Units"), (350, "Desirable / Reference"), (490, "Flag")], 8, "condb"); d.rule()

    def r(loinc, name, v, dec, unit, lo, hi, ref=None):
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", flags=fl)
        if ref is None:
            ref = f"{fmt(lo, dec, 'en')} - {fmt(hi, dec, 'en')}" if lo is not None and hi is not None else \
                (f"< {fmt(hi, dec, 'en')}" if hi is not None else f"> {fmt(lo, dec, 'en')}")
        d.row([(d.m, name), (220, vs), (280, unit or ""), (350, ref), (490, pf)])

    tc = float(rng.randint(150, 270))
    hdl = float(rng.randint(32, 78))
    tg = float(rng.randint(70, 330))
    ldl = tc - hdl - round(tg / 5)
    if ldl in (100.0,) or ldl < 40:
        tc += 7
        ldl = tc - hdl - round(tg / 5)
    hdl_lo = 50.0 if F else 40.0
    r("2093-3", "Cholesterol, Total", tc, 0, "mg/dL", None, 200.0) if tc != 200 else None
    r("2571-8", "Triglycerides", tg, 0, "mg/dL", None, 150.0) if tg != 150 else None
    r("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", hdl_lo, None, ref=f"> {int(hdl_lo)}") if hdl != hdl_lo else None
    r("13457-7", "LDL Cholesterol (calc)", ldl, 0, "mg/dL", None, 100.0) if ldl != 100 else None
    r("13458-5", "VLDL Cholesterol (calc)", float(round(tg / 5)), 0, "mg/dL", 5.0, 40.0) if round(tg / 5) != 40 else None
    nh = tc - hdl
    r("43396-1", "Non-HDL Cholesterol", nh, 0, "mg/dL", None, 130.0) if nh != 130 else None
    ratio = round(tc / hdl, 1)
    r("9830-1", "Chol/HDL Ratio", ratio, 1, None, None, 5.0) if ratio != 5.0 else None
    r("1884-6", "Apolipoprotein B", gen(rng, None, 90.0, 0, 0.4), 0, "mg/dL", None, 90.0)
    r("1869-7", "Apolipoprotein A-1", gen(rng, *((110.0, 205.0) if F else (94.0, 176.0)), 0, 0.2), 0, "mg/dL",
      *((110.0, 205.0) if F else (94.0, 176.0)))
    if idx == 0:
        r("43583-4", "Lipoprotein(a)", gen(rng, None, 75.0, 1, 0.35), 1, "nmol/L", None, 75.0)
    else:
        r("10835-7", "Lipoprotein (a)", gen(rng, None, 30.0, 1, 0.35), 1, "mg/dL", None, 30.0)
    r("30522-7", "hs-CRP", gen(rng, None, 3.0, 2, 0.3), 2, "mg/L", None, 3.0, ref="< 3.00")
    r("13965-9", "Homocysteine", gen(rng, None, 15.0, 1, 0.25), 1, "µmol/L", None, 15.0)
    r("33762-6", "NT-proBNP", gen(rng, None, 125.0, 0, 0.25), 0, "pg/mL", None, 125.0)
    r("2157-6", "Creatine Kinase (CK)", gen(rng, *((26.0, 192.0) if F else (39.0, 308.0)), 0, 0.2), 0, "U/L",
      *((26.0, 192.0) if F else (39.0, 308.0)))
    r("2345-7", "Glucose, fasting", gen(rng, 70.0, 99.0, 0, 0.3, "glu"), 0, "mg/dL", 70.0, 99.0)
    r("4548-4", "Hemoglobin A1c", gen(rng, 4.0, 5.6, 1, 0.3), 1, "%", 4.0, 5.6, ref="4.0 - 5.6")
    cr = (0.59, 1.04) if F else (0.74, 1.35)
    scr = gen(rng, *cr, 2, 0.2)
    r("2160-0", "Creatinine", scr, 2, "mg/dL", *cr)
    raw = ckd_epi_2021(scr, p["age"], p["sex"])
    e = round(raw)
    if e == 60:
        e = 61 if raw >= 60 else 59
    r("98979-8", "eGFR, CKD-EPI 2021", float(e), 0, "mL/min/1.73 m²", 60.0, None, ref=">= 60")
    d.nl(10)
    d.text(d.m, "RISK CATEGORIES (NCEP ATP III) — for interpretation only", 9, "condb"); d.nl(13)
    for t in ["LDL-C:  Optimal <100 · Near optimal 100-129 · Borderline high 130-159 · High 160-189 · Very high ≥190",
              "Total cholesterol:  Desirable <200 · Borderline high 200-239 · High ≥240",
              "HDL-C:  Low <40 (men) / <50 (women) · High (protective) ≥60",
              "Triglycerides:  Normal <150 · Borderline 150-199 · High 200-499 · Very high ≥500",
              "hs-CRP (CV risk):  Low <1.0 · Average 1.0-3.0 · High >3.0 mg/L",
              "Lp(a):  risk-enhancing ≥125 nmol/L (≥50 mg/dL)"]:
        d.text(d.m + 10, t, 7.8); d.nl(11)
    return "en", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH11 kidney and 24-h urine (pt)


def dh11(rng, idx):
    p = patient(rng, "pt")
    F = p["sex"] == "female"
    acc = Acc()
    d = Doc("sans", 9)
    lab = rng.choice(["NefroLab — Laboratório de Nefrologia", "Laboratório Municipal de Pouso Alegre"])
    d.footer = lambda i, n: f"{lab} | Resultados liberados por Bioq. Cássio Albuquerque | {i}/{n}"
    d.text(d.m, lab, 13, "sansb"); d.nl(16)
    d.text(d.m, f"Paciente: {p['name']}   Sexo: {'F' if F else 'M'}   Idade: {p['age']} anos   Peso: {rng.randint(52, 98)} kg   Altura: 1,{rng.randint(52, 88)} m"); d.nl()
    d.text(d.m, f"Data da coleta: {p['dmy']}   Início da coleta de urina: {p['d'] - 1 if p['d'] > 1 else 1:02d}/{p['m']:02d} 07:00   Término: {p['dmy']} 07:00"); d.nl(18)
    fl = {"H": "H", "L": "L"}
    X = [d.m, 260, 350, 380]

    def r(loinc, name, v, dec, unit, lo, hi, ref=None, crit=None):
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "pt", crit, flags=fl)
        if ref is None:
            ref = f"{fmt(lo, dec, 'pt')} a {fmt(hi, dec, 'pt')} {unit}" if lo is not None and hi is not None else \
                (f"inferior a {fmt(hi, dec, 'pt')} {unit}" if hi is not None else f"superior a {fmt(lo, dec, 'pt')} {unit}")
        d.row([(X[0], name), (X[1], f"{vs} {unit or ''}".strip()), (X[2], pf), (X[3], ref)])
        return v

    d.text(d.m, "BIOQUÍMICA SÉRICA", 10, "sansb"); d.nl(13); d.rule()
    cr = (0.50, 0.90) if F else (0.70, 1.20)
    scr = r("2160-0", "Creatinina", gen(rng, *cr, 2, 0.4), 2, "mg/dL", *cr)
    r("3091-6", rng.choice(["Ureia", "Uréia"]), gen(rng, 15.0, 40.0, 0, 0.3), 0, "mg/dL", 15.0, 40.0)
    r("2951-2", "Sódio", gen(rng, 136.0, 145.0, 0, 0.2, "na"), 0, "mmol/L", 136.0, 145.0, crit="na")
    r("2823-3", "Potássio", gen(rng, 3.5, 5.1, 1, 0.25, "k"), 1, "mmol/L", 3.5, 5.1, crit="k")
    r("3084-1", "Ácido úrico", gen(rng, 2.6, 6.0 if F else 7.2, 1, 0.25), 1, "mg/dL", 2.6, 6.0 if F else 7.2)
    r("17861-6", "Cálcio", gen(rng, 8.6, 10.3, 1, 0.15), 1, "mg/dL", 8.6, 10.3)
    r("2777-1", "Fósforo", gen(rng, 2.5, 4.5, 1, 0.2), 1, "mg/dL", 2.5, 4.5)
    r("1751-7", "Albumina", gen(rng, 3.5, 5.2, 1, 0.2), 1, "g/dL", 3.5, 5.2)
    d.nl(8)
    d.text(d.m, "URINA DE 24 HORAS", 10, "sansb"); d.nl(13); d.rule()
    vol = float(rng.randint(9, 30) * 100 + rng.choice([0, 50]))
    r("3167-4", "Volume urinário", vol, 0, "mL", 600.0, 2500.0, ref="600 a 2.500 mL/24 horas")
    cr24_ref = (600.0, 1800.0) if F else (800.0, 2000.0)
    cr24 = r("2162-6", "Creatinina urinária de 24 horas", gen(rng, *cr24_ref, 0, 0.25), 0, "mg/24h", *cr24_ref,
             ref="Mulheres: 600 a 1.800 mg/24h  Homens: 800 a 2.000 mg/24h")
    clr = round(cr24 * 100 / scr / 1440, 1)
    cl_ref = (88.0, 128.0) if F else (97.0, 137.0)
    if abs(clr - cl_ref[0]) < 0.05 or abs(clr - cl_ref[1]) < 0.05:
        clr += 0.3
        clr = round(clr, 1)
    r("2164-2", "Clearance de creatinina", clr, 1, "mL/min", *cl_ref,
      ref="Mulheres: 88 a 128 mL/min  Homens: 97 a 137 mL/min")
    if idx == 0:
        r("2889-4", "Proteinúria de 24 horas", gen(rng, None, 150.0, 0, 0.45), 0, "mg/24h", None, 150.0)
    else:
        r("2889-4", "Proteína total - urina de 24h", gen(rng, None, 0.15, 2, 0.45), 2, "g/24h", None, 0.15)
    r("2956-1", "Sódio urinário", gen(rng, 40.0, 220.0, 0, 0.2), 0, "mEq/24h", 40.0, 220.0)
    r("2829-0", "Potássio urinário", gen(rng, 25.0, 125.0, 0, 0.2), 0, "mEq/24h", 25.0, 125.0)
    d.text(d.m + 10, "Clearance calculado: (creatinina urinária de 24 h × 100) / (creatinina sérica × 1.440)", 7.5); d.nl(16)
    d.text(d.m, "HEMOGRAMA SIMPLIFICADO", 10, "sansb"); d.nl(13); d.rule()
    hb = (12.0, 15.5) if F else (13.5, 17.5)
    r("718-7", "Hemoglobina", gen(rng, *hb, 1, 0.3, "hb", side="L"), 1, "g/dL", *hb, crit="hb")
    ht = (36.0, 46.0) if F else (40.0, 52.0)
    r("4544-3", "Hematócrito", gen(rng, *ht, 1, 0.3, "hct", side="L"), 1, "%", *ht, crit="hct")
    r("6690-2", "Leucócitos", gen(rng, 4000.0, 11000.0, 0, 0.15, "wbc_mm3"), 0, "/mm³", 4000.0, 11000.0, crit="wbc_mm3")
    r("777-3", "Plaquetas", gen(rng, 150000.0, 450000.0, 0, 0.15, "plt_mm3"), 0, "/mm³", 150000.0, 450000.0, crit="plt_mm3")
    return "pt", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


# ----------------------------------------------------------------------------------------------
# DH12 tumour markers and hormones (en)

FEM_PHASE = {
    "follicular": {"FSH": (3.5, 12.5), "LH": (2.4, 12.6), "E2": (12.5, 166.0)},
    "ovulation": {"FSH": (4.7, 21.5), "LH": (14.0, 95.6), "E2": (85.8, 498.0)},
    "luteal": {"FSH": (1.7, 7.7), "LH": (1.0, 11.4), "E2": (43.8, 211.0)},
    "postmenopausal": {"FSH": (25.8, 134.8), "LH": (7.7, 58.5), "E2": (5.0, 54.7)},
}


def dh12(rng, idx):
    sex = "male" if idx == 0 else "female"
    p = patient(rng, "en", sex=sex, age=rng.randint(45, 74) if sex == "male" else rng.randint(38, 66))
    F = sex == "female"
    acc = Acc()
    d = Doc("serif", 9)
    d.footer = lambda i, n: f"Meridian Oncology Diagnostics · accredited ISO 15189 · page {i} of {n}"
    d.text(d.m, "Meridian Oncology Diagnostics", 14, "serifb"); d.nl(16)
    d.text(d.m, f"Name: {p['name']}   Sex: {'Female' if F else 'Male'}   Age: {p['age']} years   Specimen collected: {p['us']} 08:05"); d.nl()
    phase = None
    if F:
        phase = "postmenopausal" if p["age"] >= 52 else rng.choice(["follicular", "luteal"])
        d.text(d.m, f"Clinical information: cycle phase: {phase}; follow-up after ovarian cyst surgery"); d.nl()
    else:
        d.text(d.m, "Clinical information: annual screening; family history of prostate cancer"); d.nl()
    d.nl(10)
    fl = {"H": "H", "L": "L"}

    def r(loinc, name, v, dec, unit, lo, hi, method, ref=None, comparator=None):
        vs, pf = acc.num(loinc, name, v, dec, unit, lo, hi, "en", comparator=comparator, flags=fl)
        if comparator:
            vs = comparator + " " + vs
            acc.printed[-1] = (name, vs)
        if ref is None:
            ref = f"{fmt(lo, dec, 'en')} – {fmt(hi, dec, 'en')}" if lo is not None and hi is not None else \
                (f"< {fmt(hi, dec, 'en')}" if hi is not None else f"> {fmt(lo, dec, 'en')}")
        d.need(30)
        d.row([(d.m, name), (220, vs), (290, pf), (310, unit or ""), (380, ref)], 9.5)
        d.text(d.m + 12, f"Method: {method}", 7.2, "serif", color=(0.35, 0.35, 0.35)); d.nl(12)
        return v

    d.text(d.m, "TUMOUR MARKERS", 10.5, "serifb"); d.nl(14)
    d.row([(d.m, "Test"), (220, "Result"), (290, ""), (310, "Unit"), (380, "Reference interval")], 8, "serifb"); d.rule()
    r("2039-6", "CEA", gen(rng, None, 5.0, 1, 0.25), 1, "ng/mL", None, 5.0, "Roche Elecsys CEA (ECLIA), cobas e 801",
      ref="< 5.0 (non-smokers)")
    r("1834-1", rng.choice(["AFP", "Alpha-fetoprotein"]), gen(rng, None, 7.0, 1, 0.2), 1, "ng/mL", None, 7.0, "Roche Elecsys AFP")
    r("24108-3", "CA 19-9", gen(rng, None, 37.0, 1, 0.25), 1, "U/mL", None, 37.0, "Roche Elecsys CA 19-9")
    if F:
        r("10334-1", "CA 125", gen(rng, None, 35.0, 1, 0.35), 1, "U/mL", None, 35.0, "Roche Elecsys CA 125 II")
        r("21198-7", "Beta-hCG", 0.6 if idx else 1.0, 1, "mIU/mL", None, 5.0, "Roche Elecsys HCG+β",
          ref="< 5.0 (non-pregnant)", comparator="<")
    else:
        tpsa = gen(rng, None, 4.0, 2, 0.4)
        r("2857-1", "PSA, total", tpsa, 2, "ng/mL", None, 4.0, "Roche Elecsys total PSA")
        fpsa = round(tpsa * rng.uniform(0.09, 0.35), 2)
        fpsa = max(fpsa, 0.05)
        r("10886-0", "PSA, free", fpsa, 2, "ng/mL", None, None, "Roche Elecsys free PSA", ref="—")
        ratio = round(fpsa / tpsa * 100)
        if ratio == 25:
            ratio = 26 if fpsa / tpsa * 100 > 25 else 24
        r("12841-3", "Free/total PSA ratio", float(ratio), 0, "%", 25.0, None, "calculated", ref="> 25")
        r("21198-7", "Beta-hCG", 0.6 if idx else 1.0, 1, "mIU/mL", None, 2.0, "Roche Elecsys HCG+β",
          ref="< 2.0 (men)", comparator="<")
    d.nl(6)
    d.text(d.m, "ENDOCRINOLOGY", 10.5, "serifb"); d.nl(14)
    d.row([(d.m, "Test"), (220, "Result"), (290, ""), (310, "Unit"), (380, "Reference interval")], 8, "serifb"); d.rule()
    r("3016-3", "TSH", gen(rng, 0.27, 4.20, 3, 0.2), 3, "µIU/mL", 0.27, 4.20, "Roche Elecsys TSH")
    r("3024-7", "Free T4", gen(rng, 0.93, 1.70, 2, 0.15), 2, "ng/dL", 0.93, 1.70, "Roche Elecsys FT4 III")
    r("2143-6", "Cortisol (morning)", gen(rng, 6.2, 19.4, 1, 0.2), 1, "µg/dL", 6.2, 19.4, "Roche Elecsys Cortisol II",
      ref="6.2 – 19.4 (07–10 h)")
    if F:
        for key, loinc, nm, unit, dec in [("FSH", "15067-2", "FSH", "mIU/mL", 1), ("LH", "10501-5", "LH", "mIU/mL", 1),
                                          ("E2", "2243-4", "Estradiol", "pg/mL", 1)]:
            lo, hi = FEM_PHASE[phase][key]
            r(loinc, nm, gen(rng, lo, hi, dec, 0.2), dec, unit, lo, hi, f"Roche Elecsys {nm}",
              ref="see table")
            for ph, bands in FEM_PHASE.items():
                blo, bhi = bands[key]
                d.text(d.m + 30, f"{ph.capitalize()}: {fmt(blo, dec, 'en')} – {fmt(bhi, dec, 'en')} {unit}", 7.2); d.nl(9)
            d.nl(3)
        r("2842-3", "Prolactin", gen(rng, 4.79, 23.3, 2, 0.2), 2, "ng/mL", 4.79, 23.3, "Roche Elecsys Prolactin II")
    else:
        r("15067-2", "FSH", gen(rng, 1.5, 12.4, 1, 0.2), 1, "mIU/mL", 1.5, 12.4, "Roche Elecsys FSH")
        r("10501-5", "LH", gen(rng, 1.7, 8.6, 1, 0.2), 1, "mIU/mL", 1.7, 8.6, "Roche Elecsys LH")
        r("2986-8", "Testosterone, total", gen(rng, 2.49, 8.36, 2, 0.3), 2, "ng/mL", 2.49, 8.36, "Roche Elecsys Testosterone II")
        r("2842-3", "Prolactin", gen(rng, 4.04, 15.2, 2, 0.2), 2, "ng/mL", 4.04, 15.2, "Roche Elecsys Prolactin II")
    d.nl(6)
    d.text(d.m, "GENERAL CHEMISTRY", 10.5, "serifb"); d.nl(14)
    d.row([(d.m, "Test"), (220, "Result"), (290, ""), (310, "Unit"), (380, "Reference interval")], 8, "serifb"); d.rule()
    cr = (0.51, 0.95) if F else (0.67, 1.17)
    r("2160-0", "Creatinine", gen(rng, *cr, 2, 0.2), 2, "mg/dL", *cr, "Roche cobas, enzymatic")
    r("1742-6", "ALT", gen(rng, 5.0, 41.0 if not F else 33.0, 0, 0.2), 0, "U/L", 5.0, 41.0 if not F else 33.0, "IFCC without P5P")
    r("1920-8", "AST", gen(rng, 5.0, 40.0 if not F else 32.0, 0, 0.2), 0, "U/L", 5.0, 40.0 if not F else 32.0, "IFCC without P5P")
    r("6768-6", "Alkaline phosphatase", gen(rng, 40.0, 130.0 if not F else 105.0, 0, 0.2), 0, "U/L", 40.0,
      130.0 if not F else 105.0, "IFCC, AMP buffer")
    r("2532-0", "LDH", gen(rng, 135.0, 225.0 if F else 250.0, 0, 0.25), 0, "U/L", 135.0, 225.0 if F else 250.0, "IFCC")
    r("1751-7", "Albumin", gen(rng, 3.5, 5.2, 1, 0.15), 1, "g/dL", 3.5, 5.2, "bromocresol green")
    d.nl(6)
    d.para("Tumour markers are not screening tests for the general population; results obtained with different "
           "assay methods cannot be used interchangeably.", size=7.5)
    return "en", d.finish(), p["sex"], p["iso"], acc, "application/pdf"


BUILDERS = [dh1, dh2, dh3, dh4, dh5, dh6, dh7, dh8, dh9, dh10, dh11, dh12]


def _build():
    out = []
    for fam, fn in zip(FAMILIES, BUILDERS):
        for i in range(2):
            name = f"{fam}-{i + 1:02d}"
            rng = random.Random(f"{SEED}/{name}")
            res = fn(rng, i)
            lang, content, sex, iso, acc, mime = res[:6]
            textsrc = res[6] if len(res) > 6 else content
            rep = GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                                  sex=sex, collected_on=iso, expected=list(acc.exp))
            out.append((rep, acc.printed, textsrc))
    return out


def reports() -> list[GeneratedReport]:
    return [r for r, _, _ in _build()]


def main(argv):
    import pymupdf as fitz

    outdir = Path(argv[1] if len(argv) > 1 else "/tmp/helper/h/out")
    outdir.mkdir(parents=True, exist_ok=True)
    built = _build()
    problems = []
    counts = {}
    for rep, printed, src in built:
        ext = "png" if rep.mime_type == "image/png" else "pdf"
        (outdir / f"{rep.name}.{ext}").write_bytes(rep.content)
        (outdir / f"{rep.name}.json").write_text(json.dumps(
            {"name": rep.name, "family": rep.family, "language": rep.language, "mime_type": rep.mime_type,
             "sex": rep.sex, "collected_on": rep.collected_on, "expected": [asdict(e) for e in rep.expected]},
            ensure_ascii=False, indent=1))
        doc = fitz.open("pdf", src)
        text = "\n".join(pg.get_text() for pg in doc)
        doc.close()
        for name, vs in printed:
            if name not in text:
                problems.append(f"{rep.name}: name not in text: {name!r}")
            if vs not in text:
                problems.append(f"{rep.name}: value not in text: {name!r} {vs!r}")
        seen = set()
        for e in rep.expected:
            if not loinc_ok(e.loinc):
                problems.append(f"{rep.name}: bad LOINC {e.loinc}")
            if e.loinc in seen:
                problems.append(f"{rep.name}: duplicate LOINC {e.loinc}")
            seen.add(e.loinc)
            if e.flag not in ("N", "L", "H", "LL", "HH"):
                problems.append(f"{rep.name}: bad flag {e.flag}")
            for b in (e.ref_low, e.ref_high):
                if e.value is not None and b is not None and e.value == b and e.comparator is None:
                    problems.append(f"{rep.name}: value on bound {e.name_as_printed}")
            if e.printed_flag and e.printed_flag not in text:
                problems.append(f"{rep.name}: printed flag missing {e.printed_flag}")
        fam = rep.family
        c = counts.setdefault(fam, [0, 0, 0])
        c[0] += 1
        c[1] += len(rep.expected)
        c[2] += sum(1 for e in rep.expected if e.flag != "N")
    again = reports()
    first = [r for r, _, _ in built]
    ident = all(a.content == b.content and a.expected == b.expected for a, b in zip(first, again)) and len(first) == len(again)
    if not ident:
        problems.append("two generations differ")
    for fam, (n, k, ab) in counts.items():
        print(f"{fam:28s} reports={n} results={k} abnormal={ab}")
    print(f"total reports={len(first)} results={sum(len(r.expected) for r in first)}")
    print("byte-identical regeneration:", ident)
    print("LOINC check digits:", "all ok" if not any("LOINC" in p for p in problems) else "FAIL")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
