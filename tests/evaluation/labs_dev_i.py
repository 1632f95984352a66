"""Development lab-report family set "DI": twelve layouts, 8 Portuguese (pt-BR / pt-PT), 4 English.

Families (2 reports each, 24 reports):
  DI1  pt  small-town independent laboratory, report typed in a word processor (Times, dot leaders)
  DI2  pt  hospital universitário (SUS/EBSERH) ruled table, serologies and EAS, flags ↑/↓
  DI3  pt  large private chain, 3-page PDF, exam blocks with method/material, "Resultados anteriores"
  DI4  pt  hospital ICU daily sheet (landscape): blood gas (arterial / venous), analyser electrolytes,
           temperature-corrected values and FiO2 (not results), H/L/HH/LL flags, previous-day column
  DI5  pt  old LIS plain-text printout on a monospace page, no accents, "*" flags, urina tipo I
  DI6  pt  Portugal hospital (Serviço de Patologia Clínica), x10^9/L, [a - b] references, ↑/↓
  DI7  pt  faxed laudo, then scanned (PNG): fax header line, binarised, rotated, noisy
  DI8  pt  check-up panel with ~45 markers on one page in two columns, "Alto"/"Baixo"
  DI9  en  Australian / New Zealand pathology cumulative report (monospace), current column rightmost
  DI10 en  Canadian community laboratory (SI units, "x E9/L"), Flag column H/L
  DI11 en  Singapore / Malaysia hospital laboratory, HIGH/LOW flags, urine FEME
  DI12 en  scanned (PNG) handwritten-style requisition form with results printed in the boxes

Seed: every report uses random.Random("labs-dev-i/v1/" + report name); numpy noise is seeded from a
SHA-256 of the same string; PDF metadata and /ID are fixed, so two calls are byte-identical.

Ground-truth decisions where the conventions are silent:
  - Glucose printed with a tiered table (Normal / glicemia de jejum alterada / diabetes): the "Normal" band
    is the reference (70-99 mg/dL).  Lipid rows print a single "Desejável" line: that one bound is the ref.
  - Brazilian hemograms print the differential unit only in column headers ("%", "/mm³"): unit taken from
    the header.  Hemácias "milhões/mm³" keep that unit.
  - "Glicose média estimada" (eAG) printed under HbA1c is a computed result (27353-2), consistent with
    28.7 x A1c - 46.7.
  - pt-BR EAS: sediment leukocytes / erythrocytes "por campo" are numeric (5821-4 / 13945-1); urobilinogen
    "Normal" uses 13658-0 (presence by test strip).  Density "1,025" (comma) in DI2 and "1.020" (dot) in DI5.
  - AU "eGFR >90" -> comparator ">" value 90, ref printed "(>59)" -> ref_low 59.  Hct printed as L/L fraction
    keeps unit "L/L".  Australian LDL in mmol/L coded 22748-8; NZ HbA1c in mmol/mol 59261-8.
  - Anti-HBs printed with a numeric value and "Reagente: superior a 10" -> ref_low 10, unit mUI/mL.
  - Cumulative / previous columns, "Controle do dia", ISI, S/CO indexes, temperature-corrected gas values,
    FiO2, patient temperature and interpretive rows are printed but are not results.
"""

from __future__ import annotations

import hashlib
import os
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf as fitz

from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport

FAMILIES: tuple[str, ...] = tuple(f"DI{i}" for i in range(1, 13))
SEED = "labs-dev-i/v1/"

_FD = "/usr/share/fonts/truetype/"
_TTF = {
    "dv": "dejavu/DejaVuSans.ttf",
    "dvb": "dejavu/DejaVuSans-Bold.ttf",
    "dvc": "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvm": "dejavu/DejaVuSansMono.ttf",
    "dvmb": "dejavu/DejaVuSansMono-Bold.ttf",
    "dvsi": "dejavu/DejaVuSerif-Italic.ttf",
}
_FALLBACK = {"dv": "helv", "dvb": "hebo", "dvc": "helv", "dvcb": "hebo", "dvm": "cour", "dvmb": "cobo",
             "dvsi": "tiit"}
# Liberation TTFs extract spaces/hyphens as U+00A0/U+00AD with PyMuPDF: use base-14 / DejaVu instead.
_ALIAS = {"ls": "helv", "lsb": "hebo", "lsi": "heit", "lsn": "dvc", "lsnb": "dvcb", "lsr": "tiro", "lsrb": "tibo",
          "lsri": "tiit", "lmo": "cour", "lmob": "cobo"}
_FONTS: dict[str, fitz.Font] = {}

BLACK, GREY, DGREY, LGREY = (0, 0, 0), (0.45, 0.45, 0.45), (0.25, 0.25, 0.25), (0.85, 0.85, 0.85)
RED, NAVY, TEAL = (0.75, 0.05, 0.05), (0.05, 0.15, 0.4), (0.0, 0.36, 0.4)


def _fontname(f: str) -> str:
    f = _ALIAS.get(f, f)
    if f in _TTF and not os.path.exists(_FD + _TTF[f]):
        return _FALLBACK[f]
    return f


def _font(f: str) -> fitz.Font:
    f = _fontname(f)
    if f not in _FONTS:
        _FONTS[f] = fitz.Font(fontfile=_FD + _TTF[f]) if f in _TTF else fitz.Font(f)
    return _FONTS[f]


class Canvas:
    """One PDF page with small drawing helpers (coordinates in points, y = baseline)."""

    def __init__(self, doc: fitz.Document, w: float = 595, h: float = 842):
        self.doc = doc
        self.pno = doc.new_page(width=w, height=h).number
        self.w, self.h = w, h
        self._loaded: set[str] = set()

    @property
    def page(self) -> fitz.Page:
        return self.doc[self.pno]

    def width(self, s: str, f: str = "helv", size: float = 9) -> float:
        return _font(f).text_length(s, fontsize=size)

    def text(self, x, y, s, f="helv", size=9.0, color=BLACK, align="l"):
        f = _fontname(f)
        if f in _TTF and f not in self._loaded:
            self.page.insert_font(fontname=f, fontfile=_FD + _TTF[f])
            self._loaded.add(f)
        if align == "r":
            x -= self.width(s, f, size)
        elif align == "c":
            x -= self.width(s, f, size) / 2
        self.page.insert_text((x, y), s, fontname=f, fontsize=size, color=color)
        return x + self.width(s, f, size)

    def line(self, x0, y0, x1, y1, color=BLACK, width=0.6, dashes=None):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width, dashes=dashes)

    def rect(self, x0, y0, x1, y1, color=BLACK, fill=None, width=0.6):
        self.page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)


def _pdf_bytes(doc: fitz.Document, title: str, creator: str, date: str) -> bytes:
    d = "D:" + date.replace("-", "") + "120000-03'00'"
    doc.set_metadata({"title": title, "author": "", "subject": "", "keywords": "", "creator": creator,
                      "producer": creator, "creationDate": d, "modDate": d, "trapped": ""})
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def _scan(pdf: bytes, key: str, *, dpi: int = 170, angle: float = 0.7, fax: bool = False) -> bytes:
    """Render page 1 and make it look like a real scanned (or faxed, then scanned) sheet."""
    nrng = np.random.default_rng(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY, alpha=False)
    img = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32)
    h, w = img.shape
    if fax:  # 204 x 98 dpi fax: halve vertical resolution, threshold, back up
        small = cv2.resize(img, (w, h // 2), interpolation=cv2.INTER_AREA)
        small = small + nrng.normal(0, 18, small.shape)
        small = np.where(small < 150, 0.0, 255.0).astype(np.float32)
        img = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
        for _ in range(3):  # fax transmission streaks
            yy = int(nrng.integers(40, h - 40))
            img[yy:yy + 1, :] = np.minimum(img[yy:yy + 1, :], 170)
    img = cv2.GaussianBlur(img, (3, 3), 0.7)
    img = img * 0.9 + 18 + np.linspace(0, 10, w, dtype=np.float32)[None, :]  # paper tone, uneven lamp
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=238)
    img = img + nrng.normal(0, 5.5, img.shape)
    n = int(w * h / 9000)
    ys, xs = nrng.integers(0, h, n), nrng.integers(0, w, n)
    img[ys, xs] = nrng.uniform(60, 160, n)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 62])
    img = cv2.imdecode(jpg, cv2.IMREAD_GRAYSCALE)
    ok, png = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    return png.tobytes()


# ----------------------------------------------------------------------------------------------------
# values, flags and result rows
# ----------------------------------------------------------------------------------------------------

def fmt(v: float, dec: int, pt: bool = False, thou: bool = False) -> str:
    s = f"{v:,.{dec}f}" if thou else f"{v:.{dec}f}"
    if pt:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def gv(rng: random.Random, lo: float, hi: float, dec: int, st="n") -> float:
    """Value clearly inside [lo, hi] ("n"), above ("h"), below ("l"), or inside an explicit (a, b)."""
    w = hi - lo
    if isinstance(st, tuple):
        a, b = st
    elif st == "n":
        a, b = lo + 0.12 * w, hi - 0.12 * w
    elif st == "h":
        a, b = hi + 0.08 * w, hi + 0.45 * w
    else:
        d = min(w, abs(lo) * 0.5) if lo else w
        a, b = lo - 0.45 * d, lo - 0.1 * d
    for _ in range(100):
        v = round(rng.uniform(a, b), dec)
        if v not in (lo, hi):
            return v
    raise ValueError("cannot draw value")


_COUNT_UNITS = {"/mm³", "/µL", "/uL", "/mm3", "/MM3"}


def crit(loinc: str, unit: str | None) -> tuple[float | None, float | None] | None:
    u = unit or ""
    k = 1000.0 if u in _COUNT_UNITS else 1.0
    if loinc == "718-7":
        return (50, None) if u == "g/L" else (5, None)
    if loinc == "4544-3":
        return (0.15, None) if u == "L/L" else (15, None)
    if loinc == "6690-2":
        return (1 * k, 50 * k)
    if loinc == "777-3":
        return (10 * k, None)
    if loinc == "751-8":
        return (0.5 * k, None)
    if loinc in ("2345-7", "2339-0"):
        return (2.2, 27.8) if "mmol" in u.lower() else (40, 500)
    if loinc in ("14749-6", "15074-8"):
        return (2.2, 27.8)
    if loinc in ("2823-3", "6298-4"):
        return (2.5, 6.5)
    if loinc in ("2951-2", "2947-0"):
        return (120, 160)
    if loinc == "14979-9":
        return (None, 150)
    return None


def flag_of(v, lo, hi, cl) -> str:
    if v is None:
        return "N"
    if cl:
        if cl[0] is not None and v < cl[0]:
            return "LL"
        if cl[1] is not None and v > cl[1]:
            return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


def rtext(lo, hi, dec, pt, style="a", thou=False):
    """Reference text in a layout's style."""
    def f(x):
        return fmt(x, dec, pt, thou)

    if lo is not None and hi is not None:
        return {"a": f"{f(lo)} a {f(hi)}", "-": f"{f(lo)} - {f(hi)}", "br": f"[{f(lo)} - {f(hi)}]",
                "p": f"({f(lo)}-{f(hi)})", "A": f"{f(lo)} A {f(hi)}", "to": f"{f(lo)} to {f(hi)}"}[style]
    if hi is not None:
        return {"a": f"Inferior a {f(hi)}", "-": f"< {f(hi)}", "br": f"[< {f(hi)}]", "p": f"(<{f(hi)})",
                "A": f"ATE {f(hi)}", "to": f"< {f(hi)}", "ate": f"Até {f(hi)}"}[style]
    return {"a": f"Superior a {f(lo)}", "-": f"> {f(lo)}", "br": f"[> {f(lo)}]", "p": f"(>{f(lo)})",
            "A": f"SUPERIOR A {f(lo)}", "to": f"> {f(lo)}", "ate": f"Acima de {f(lo)}"}[style]


_NOUNIT = object()


@dataclass
class Row:
    name: str
    val: str
    unit: str | None
    ref: str
    pf: str | None
    exp: ExpectedResult | None
    flag: str = "N"


def R(name, loinc, v, dec, unit, lo=None, hi=None, *, pt=False, flags=None, thou=False, comp=None, ref=None,
      rstyle="a", rdec=None, unit_exp=_NOUNIT) -> Row:
    """A printed numeric result and its ground truth."""
    ue = unit if unit_exp is _NOUNIT else unit_exp
    fl = flag_of(v, lo, hi, crit(loinc, ue))
    if comp:
        fl = "N" if (lo is None or v > lo) and (hi is None or v < hi) else fl
    pf = None
    if flags and fl != "N":
        pf = flags.get(fl, flags.get(fl[0]))
    val = (comp or "") + fmt(v, dec, pt, thou)
    if ref is None:
        ref = rtext(lo, hi, dec if rdec is None else rdec, pt, rstyle, thou) if (lo, hi) != (None, None) else ""
    exp = ExpectedResult(loinc=loinc, name_as_printed=name, value=float(v), unit=ue, ref_low=lo, ref_high=hi,
                         flag=fl, comparator=comp.strip() if comp else None, printed_flag=pf)
    return Row(name, val, unit, ref, pf, exp, fl)


def Q(name, loinc, text, meaning, ref="", unit=None, pf=None) -> Row:
    exp = ExpectedResult(loinc=loinc, name_as_printed=name, value=None, unit=None, ref_low=None, ref_high=None,
                         flag="N", qualitative=meaning, printed_flag=pf)
    return Row(name, text, unit, ref, pf, exp)


def egfr(scr_mgdl: float, age: int, female: bool) -> float:
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    return 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)


def blood(rng: random.Random, sex: str, theme: str = "n") -> dict:
    """A coherent blood count: rbc (x10^12/L), mcv (fL), mch (pg), hb (g/dL), hct (%), wbc (x10^9/L)..."""
    fem = sex == "female"
    hb = rng.uniform(12.7, 14.5) if fem else rng.uniform(14.1, 15.9)
    mcv = rng.uniform(85, 92)
    mch = mcv * rng.uniform(0.333, 0.343)
    rdw = rng.uniform(12.1, 13.7)
    wbc = rng.uniform(5.0, 8.6)
    plt = rng.uniform(185, 340)
    neu, eos, bas, mon = rng.uniform(50, 64), rng.uniform(1.8, 4.2), rng.uniform(0.4, 0.9), rng.uniform(4.5, 8.0)
    if theme == "ferro":
        hb, mcv, rdw = rng.uniform(9.6, 10.8), rng.uniform(71, 76), rng.uniform(15.9, 17.4)
        mch = mcv * rng.uniform(0.30, 0.31)
    elif theme == "anemia":
        hb = rng.uniform(9.2, 10.4) if fem else rng.uniform(10.2, 11.6)
    elif theme == "infec":
        wbc, neu = rng.uniform(13.2, 16.8), rng.uniform(77, 83)
    elif theme == "sepsis":
        hb, wbc, neu, plt = rng.uniform(7.6, 8.4), rng.uniform(21, 24), rng.uniform(84, 88), rng.uniform(6.2, 8.6)
    elif theme == "renal":
        hb, wbc, neu = rng.uniform(9.8, 10.6), rng.uniform(12.4, 14.8), rng.uniform(78, 82)
    rbc = hb * 10 / mch
    return {"rbc": rbc, "mcv": mcv, "mch": mch, "hb": hb, "hct": rbc * mcv / 10, "rdw": rdw, "wbc": wbc,
            "plt": plt, "neu": neu, "eos": eos, "bas": bas, "mon": mon, "mpv": rng.uniform(8.6, 10.8)}


def diff(b: dict, dec: int) -> dict:
    p = {k: round(b[k], dec) for k in ("neu", "eos", "bas", "mon")}
    if dec == 0:  # whole-number differentials: never print 0 % against a "0 a 2" range
        p["bas"], p["eos"] = max(p["bas"], 1), max(p["eos"], 2)
    p["lin"] = round(100 - sum(p.values()), dec)
    return p


DIFF_NAMES_PT = {"neu": "Neutrófilos", "eos": "Eosinófilos", "bas": "Basófilos", "lin": "Linfócitos",
                 "mon": "Monócitos"}
DIFF_PCT = {"neu": "770-8", "eos": "713-8", "bas": "706-2", "lin": "736-9", "mon": "5905-5"}
DIFF_ABS = {"neu": "751-8", "eos": "711-2", "bas": "704-7", "lin": "731-0", "mon": "742-7"}
DIFF_REF_PCT = {"neu": (40, 70), "eos": (1, 5), "bas": (0, 2), "lin": (20, 45), "mon": (2, 10)}
DIFF_REF_ABS = {"neu": (1.6, 7.7), "eos": (0.04, 0.5), "bas": (0.0, 0.2), "lin": (0.9, 4.5), "mon": (0.1, 1.0)}
DIFF_ORDER = ("neu", "eos", "bas", "lin", "mon")


def hemo_pt_mm3(b: dict, fem: bool, *, flags=None, unit_plt="/mm³", cell="/mm³") -> tuple[list[Row], list[Row], Row]:
    """Brazilian hemogram: erythrogram rows, leukogram rows (pct+abs), platelets, with /mm³ counts."""
    rbc = round(b["rbc"], 2)
    hb = round(b["hb"], 1)
    hct = round(b["hct"], 1)
    e = [
        R("Hemácias", "789-8", rbc, 2, "milhões/mm³", *((4.0, 5.2) if fem else (4.5, 5.9)), pt=True, flags=flags),
        R("Hemoglobina", "718-7", hb, 1, "g/dL", *((12.0, 16.0) if fem else (13.5, 17.5)), pt=True, flags=flags),
        R("Hematócrito", "4544-3", hct, 1, "%", *((36.0, 46.0) if fem else (41.0, 53.0)), pt=True, flags=flags),
        R("VCM", "787-2", round(hct / rbc * 10, 1), 1, "fL", 80.0, 100.0, pt=True, flags=flags),
        R("HCM", "785-6", round(hb / rbc * 10, 1), 1, "pg", 27.0, 33.0, pt=True, flags=flags),
        R("CHCM", "786-4", round(hb / hct * 100, 1), 1, "g/dL", 31.0, 36.0, pt=True, flags=flags),
        R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.5, 14.5, pt=True, flags=flags),
    ]
    wbc = int(round(b["wbc"] * 1000, -1))
    leu = [R("Leucócitos", "6690-2", wbc, 0, cell, 4000, 11000, pt=True, thou=True, flags=flags)]
    p = diff(b, 0)
    for k in DIFF_ORDER:
        lo, hi = DIFF_REF_PCT[k]
        leu.append(R(DIFF_NAMES_PT[k], DIFF_PCT[k], p[k], 0, "%", lo, hi, pt=True, flags=flags))
        alo, ahi = DIFF_REF_ABS[k]
        leu.append(R(DIFF_NAMES_PT[k], DIFF_ABS[k], round(wbc * p[k] / 100), 0, cell, alo * 1000, ahi * 1000,
                     pt=True, thou=True, flags=flags))
    plt = int(round(b["plt"], 0)) * 1000
    pl = R("Plaquetas", "777-3", plt, 0, unit_plt, 150000, 450000, pt=True, thou=True, flags=flags)
    return e, leu, pl


def lipids_mg(rng, tc_st="n", hdl_st="n", tg_st="n"):
    tc = round(gv(rng, 140, 189, 0, tc_st if tc_st != "h" else (205, 248)))
    hdl = round(gv(rng, 41, 75, 0, hdl_st if hdl_st != "l" else (31, 38)))
    tg = round(gv(rng, 60, 149, 0, tg_st if tg_st != "h" else (165, 260)))
    return tc, hdl, tg, round(tc - hdl - tg / 5), round(tg / 5), tc - hdl


# ----------------------------------------------------------------------------------------------------
# DI1 small-town independent laboratory, word-processor report (pt-BR)
# ----------------------------------------------------------------------------------------------------

def _di1(rng: random.Random, v: int):
    fem = v == 1
    age = 54 if fem else 67
    date = "2024-03-04" if fem else "2024-02-19"
    doc = fitz.open()
    pages: list[Canvas] = []
    rows_all: list[Row] = []

    def new_page():
        c = Canvas(doc)
        pages.append(c)
        c.text(297, 52, "LABORATÓRIO SÃO JUDAS TADEU" if fem else "LABORATÓRIO BOM JESUS", "tibo", 16, align="c")
        c.text(297, 66, "Análises Clínicas", "tiit", 11, align="c")
        c.text(297, 79, ("Rua Cel. Joaquim Franco, 145 - Centro - Santa Rita do Sapucaí/MG - Tel. (35) 3471-2290"
                         if fem else "Praça Matriz, 32 - Centro - Itapuranga/GO - Fone: (62) 3355-1187"),
               "tiro", 8.5, align="c")
        c.text(297, 90, "Resp. Técnica: Dra. Ana Paula Moretti - CRF-MG 18.432" if fem else
               "Resp. Técnico: Dr. Osvaldo Queiroz Lima - CRBM 2.104", "tiro", 8.5, align="c")
        c.line(40, 96, 555, 96, width=1.2)
        c.line(40, 98.5, 555, 98.5, width=0.5)
        c.text(45, 114, "Paciente: " + ("Maria Aparecida S. Ribeiro" if fem else "José Carlos Fernandes"), "tibo", 10)
        c.text(390, 114, f"Idade: {age} anos", "tiro", 10)
        c.text(45, 127, "Médico: " + ("Dr. Henrique L. Pacheco" if fem else "Dra. Cristina M. Borges"), "tiro", 10)
        c.text(390, 127, "Sexo: " + ("Feminino" if fem else "Masculino"), "tiro", 10)
        c.text(45, 140, "Convênio: " + ("Particular" if fem else "IPASGO"), "tiro", 10)
        d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
        c.text(390, 140, f"Data da coleta: {d}", "tiro", 10)
        c.line(40, 147, 555, 147, width=0.5)
        return c, 170

    def leader(c, x, y, name, xend, f="tiro", size=10.5):
        xe = c.text(x, y, name, f, size)
        n = max(2, int((xend - xe - 4) / c.width(".", f, size)))
        c.text(xe + 2, y, "." * n + ":", f, size)

    c, y = new_page()
    b = blood(rng, "female" if fem else "male", "n" if fem else "anemia")
    ery, leu, plt = hemo_pt_mm3(b, fem)
    c.text(297, y, "HEMOGRAMA COMPLETO", "tibo", 12, align="c")
    c.line(237, y + 2, 357, y + 2, width=0.6)
    y += 15
    c.text(45, y, "Material: Sangue total com EDTA     Método: Automatizado (Mindray BC-5150) / microscopia", "tiit", 9)
    y += 18
    c.text(45, y, "ERITROGRAMA", "tibo", 10.5)
    c.text(255, y, "Resultado", "tibo", 10.5)
    c.text(395, y, "Valores de referência", "tibo", 10.5)
    y += 15
    for r in ery:
        leader(c, 55, y, r.name, 245)
        c.text(255, y, f"{r.val} {r.unit}", "tiro", 10.5)
        c.text(395, y, f"{r.ref} {r.unit}", "tiro", 10)
        y += 14
    y += 8
    c.text(45, y, "LEUCOGRAMA", "tibo", 10.5)
    c.text(255, y, "%", "tibo", 10.5)
    c.text(300, y, "/mm³", "tibo", 10.5)
    c.text(395, y, "Valores de referência", "tibo", 10.5)
    y += 15
    leader(c, 55, y, leu[0].name, 245)
    c.text(300, y, leu[0].val, "tiro", 10.5)
    c.text(395, y, leu[0].ref + " /mm³", "tiro", 10)
    y += 14
    for i in range(1, len(leu), 2):
        rp, ra = leu[i], leu[i + 1]
        leader(c, 65, y, rp.name, 245)
        c.text(255, y, rp.val, "tiro", 10.5)
        c.text(300, y, ra.val, "tiro", 10.5)
        c.text(395, y, f"{rp.ref} %   {ra.ref}", "tiro", 9.5)
        y += 14
    y += 8
    c.text(45, y, "PLAQUETOGRAMA", "tibo", 10.5)
    y += 15
    leader(c, 55, y, plt.name, 245)
    c.text(255, y, f"{plt.val} /mm³", "tiro", 10.5)
    c.text(395, y, f"{plt.ref} /mm³", "tiro", 10)
    y += 20
    obs = ("Série vermelha: normocitose e normocromia." if fem else
           "Série vermelha: anemia normocítica e normocrômica. Anisocitose discreta.")
    c.text(45, y, "Obs.: " + obs + " Série branca e plaquetas sem alterações morfológicas.", "tiit", 9)
    rows_all += ery + leu + [plt]
    y += 30

    blocks = []
    if fem:
        glu = round(gv(rng, 70, 99, 0, (103, 114)))
        tc, hdl, tg, ldl, vldl, _ = lipids_mg(rng, "h")
        blocks = [
            ("GLICOSE", "Soro", "Enzimático (GOD-Trinder)",
             R("Glicose", "2345-7", glu, 0, "mg/dL", 70, 99),
             ["Normal: 70 a 99 mg/dL", "Glicemia de jejum alterada: 100 a 125 mg/dL",
              "Diabetes mellitus: igual ou superior a 126 mg/dL"]),
            ("COLESTEROL TOTAL", "Soro", "Enzimático colorimétrico",
             R("Colesterol total", "2093-3", tc, 0, "mg/dL", None, 190), ["Desejável: < 190 mg/dL"]),
            ("COLESTEROL HDL", "Soro", "Enzimático direto",
             R("Colesterol HDL", "2085-9", hdl, 0, "mg/dL", 40, None), ["Desejável: > 40 mg/dL"]),
            ("TRIGLICÉRIDES", "Soro", "Enzimático (GPO-PAP)",
             R("Triglicérides", "2571-8", tg, 0, "mg/dL", None, 150), ["Desejável: < 150 mg/dL"]),
            ("COLESTEROL LDL", "Soro", "Calculado (Friedewald)",
             R("Colesterol LDL", "13457-7", ldl, 0, "mg/dL", None, 130), ["Desejável: < 130 mg/dL"]),
            ("COLESTEROL VLDL", "Soro", "Calculado (TG/5)",
             R("Colesterol VLDL", "13458-5", vldl, 0, "mg/dL", None, 30), ["Desejável: < 30 mg/dL"]),
            ("TRANSAMINASE OXALACÉTICA - TGO", "Soro", "Cinético UV (IFCC)",
             R("TGO (AST)", "1920-8", round(gv(rng, 5, 32, 0)), 0, "U/L", None, 32), ["Até 32 U/L"]),
            ("TRANSAMINASE PIRÚVICA - TGP", "Soro", "Cinético UV (IFCC)",
             R("TGP (ALT)", "1742-6", round(gv(rng, 5, 33, 0)), 0, "U/L", None, 33), ["Até 33 U/L"]),
        ]
    else:
        scr = gv(rng, 0.7, 1.2, 2, (1.32, 1.48))
        blocks = [
            ("URÉIA", "Soro", "Enzimático UV (urease)",
             R("Uréia", "3091-6", round(gv(rng, 15, 45, 0, (52, 63))), 0, "mg/dL", 15, 45), ["15 a 45 mg/dL"]),
            ("CREATININA", "Soro", "Cinético (Jaffé)",
             R("Creatinina", "2160-0", scr, 2, "mg/dL", 0.7, 1.2, pt=True), ["0,70 a 1,20 mg/dL"]),
            ("ÁCIDO ÚRICO", "Soro", "Enzimático (uricase)",
             R("Ácido úrico", "3084-1", gv(rng, 3.4, 7.0, 1, (7.5, 8.4)), 1, "mg/dL", 3.4, 7.0, pt=True),
             ["3,4 a 7,0 mg/dL"]),
            ("TSH - HORMÔNIO TIREOESTIMULANTE", "Soro", "Quimioluminescência",
             R("TSH", "3016-3", gv(rng, 0.27, 4.2, 2), 2, "µUI/mL", 0.27, 4.2, pt=True), ["0,27 a 4,20 µUI/mL"]),
            ("T4 LIVRE", "Soro", "Quimioluminescência",
             R("T4 livre", "3024-7", gv(rng, 0.93, 1.7, 2), 2, "ng/dL", 0.93, 1.7, pt=True), ["0,93 a 1,70 ng/dL"]),
            ("PSA TOTAL", "Soro", "Quimioluminescência",
             R("PSA total", "2857-1", gv(rng, 0.5, 3.6, 2), 2, "ng/mL", None, 4.0, pt=True), ["Até 4,00 ng/mL"]),
        ]
    for title, mat, met, r, refl in blocks:
        if y + 30 + 13 * len(refl) > 770:
            c.text(297, 805, "continua na próxima página", "tiit", 8.5, align="c")
            c, y = new_page()
        c.text(45, y, title, "tibo", 10.5)
        c.line(45, y + 2, 45 + c.width(title, "tibo", 10.5), y + 2, width=0.5)
        y += 13
        c.text(45, y, f"Material: {mat}     Método: {met}", "tiit", 9)
        y += 15
        c.text(55, y, f"{r.name}:", "tiro", 10.5)
        c.text(215, y, f"{r.val} {r.unit}", "tibo", 10.5)
        c.text(360, y, "Valores de referência:", "tiro", 9.5)
        for j, t in enumerate(refl):
            c.text(360, y + 12 * (j + 1), t, "tiro", 9.5)
        y += 12 * len(refl) + 22
        rows_all.append(r)
    c.text(297, y + 8, "_______________________________________", "tiro", 10, align="c")
    c.text(297, y + 21, "Dra. Ana Paula Moretti - CRF-MG 18.432" if fem else "Dr. Osvaldo Queiroz Lima - CRBM 2.104",
           "tiro", 9.5, align="c")
    c.text(297, y + 32, "Farmacêutica-Bioquímica" if fem else "Biomédico", "tiit", 9, align="c")
    for i, p in enumerate(pages):
        p.text(297, 822, f"Página {i + 1} de {len(pages)}", "tiro", 8.5, align="c")
    pdf = _pdf_bytes(doc, "Resultado de exames", "Microsoft® Word 2016", date)
    return pdf, "female" if fem else "male", date, rows_all


# ----------------------------------------------------------------------------------------------------
# DI2 hospital universitário (SUS) ruled table (pt-BR)
# ----------------------------------------------------------------------------------------------------

def _di2(rng: random.Random, v: int):
    fem = v == 1
    age = 62 if fem else 34
    date = "2024-03-12" if fem else "2024-04-02"
    fl = {"H": "↑", "L": "↓"}
    doc = fitz.open()
    c = Canvas(doc)
    c.rect(36, 30, 100, 70, color=NAVY, fill=NAVY)
    c.text(68, 56, "HU", "dvb", 18, (1, 1, 1), align="c")
    c.text(110, 42, "UNIVERSIDADE FEDERAL DO PLANALTO CENTRAL", "dvb", 9.5, NAVY)
    c.text(110, 54, "HOSPITAL UNIVERSITÁRIO PROFª LÚCIA RAMALHO - Filial EBSERH", "dv", 8.5)
    c.text(110, 65, "Unidade de Laboratório de Análises Clínicas - CNES 2345678", "dv", 8)
    c.rect(500, 34, 558, 66, color=NAVY, width=1.2)
    c.text(529, 56, "SUS", "dvb", 14, NAVY, align="c")
    c.line(36, 78, 558, 78, NAVY, 1.2)
    nm = "JOSEFA MARIA DOS SANTOS LIMA" if fem else "ANDERSON FELIPE ROCHA DA SILVA"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    info = [("Paciente:", nm, 40, 92), ("Prontuário:", "0084512" if fem else "0127733", 400, 92),
            ("CNS:", "708 0012 3456 7890" if fem else "700 5098 7654 3210", 40, 104),
            ("Sexo:", "Feminino" if fem else "Masculino", 230, 104), ("Idade:", f"{age} anos", 400, 104),
            ("Origem:", "Ambulatório - Endocrinologia" if fem else "Ambulatório - Infectologia (CTA)", 40, 116),
            ("Coleta:", f"{d} 07:35", 400, 116), ("Solicitante:", "Dr. Marcos V. Teles - CRM 11.204", 40, 128),
            ("Liberação:", f"{d} 15:10", 400, 128)]
    for k, val, x, yy in info:
        xe = c.text(x, yy, k, "dvb", 7.5)
        c.text(xe + 3, yy, val, "dv", 7.5)
    c.line(36, 134, 558, 134, NAVY, 0.8)
    cols = (40, 232, 318, 392)
    y = 150
    c.rect(36, y - 10, 558, y + 4, color=NAVY, fill=(0.88, 0.91, 0.96), width=0.5)
    for x, t in zip(cols, ("Exame", "Resultado", "Unidade", "Valores de Referência")):
        c.text(x, y, t, "dvb", 8)
    y += 4
    rows: list[Row] = []

    def section(t):
        nonlocal y
        y += 14
        c.text(40, y, t, "dvb", 8, NAVY)
        y += 3

    def put(r: Row, note: str | None = None):
        nonlocal y
        y += 12
        c.text(46, y, r.name, "dv", 8)
        c.text(232, y, r.val + (" " + r.pf if r.pf else ""), "dvb" if r.pf else "dv", 8)
        if r.unit:
            c.text(318, y, r.unit, "dv", 8)
        c.text(392, y, r.ref, "dv", 7.5)
        c.line(36, y + 3.5, 558, y + 3.5, LGREY, 0.4)
        rows.append(r)
        if note:
            y += 10
            c.text(58, y, note, "dv", 6.8, GREY)

    if fem:
        section("BIOQUÍMICA")
        glu = round(gv(rng, 70, 99, 0, (152, 188)))
        a1c = gv(rng, 4.0, 5.6, 1, (7.6, 8.6))
        scr = gv(rng, 0.51, 0.95, 2, (1.13, 1.24))
        put(R("Glicose", "2345-7", glu, 0, "mg/dL", 70, 99, flags=fl, pt=True))
        put(R("Hemoglobina glicada (HbA1c)", "4548-4", a1c, 1, "%", 4.0, 5.6, pt=True, flags=fl),
            "Método: HPLC (certificado NGSP)")
        put(R("Uréia", "3091-6", round(gv(rng, 15, 45, 0)), 0, "mg/dL", 15, 45, pt=True, flags=fl))
        put(R("Creatinina", "2160-0", scr, 2, "mg/dL", 0.51, 0.95, pt=True, flags=fl))
        e = round(egfr(scr, age, True))
        put(R("TFG estimada (CKD-EPI 2021)", "98979-8", e, 0, "mL/min/1,73m²", 60, None, pt=True, flags=fl,
              ref="Superior a 60"))
        put(R("Sódio", "2951-2", round(gv(rng, 136, 145, 0)), 0, "mmol/L", 136, 145, pt=True, flags=fl))
        put(R("Potássio", "2823-3", gv(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, pt=True, flags=fl))
        put(R("TGO (AST)", "1920-8", round(gv(rng, 8, 32, 0)), 0, "U/L", None, 32, pt=True, flags=fl, rstyle="ate"))
        put(R("TGP (ALT)", "1742-6", round(gv(rng, 8, 33, 0, (41, 52))), 0, "U/L", None, 33, pt=True, flags=fl,
              rstyle="ate"))
        tc, hdl, tg, ldl, _, _ = lipids_mg(rng, "n", "n", "h")
        put(R("Colesterol total", "2093-3", tc, 0, "mg/dL", None, 190, pt=True, flags=fl, ref="Desejável: < 190"))
        put(R("HDL-colesterol", "2085-9", hdl, 0, "mg/dL", 40, None, pt=True, flags=fl, ref="Desejável: > 40"))
        put(R("Triglicerídeos", "2571-8", tg, 0, "mg/dL", None, 150, pt=True, flags=fl, ref="Desejável: < 150"))
        put(R("LDL-colesterol (Friedewald)", "13457-7", ldl, 0, "mg/dL", None, 130, pt=True, flags=fl,
              ref="Desejável: < 130"))
    else:
        section("BIOQUÍMICA")
        put(R("Glicose", "2345-7", round(gv(rng, 70, 99, 0)), 0, "mg/dL", 70, 99, flags=fl, pt=True))
        put(R("Creatinina", "2160-0", gv(rng, 0.7, 1.2, 2), 2, "mg/dL", 0.7, 1.2, pt=True, flags=fl))
        put(R("TGP (ALT)", "1742-6", round(gv(rng, 8, 41, 0, (58, 74))), 0, "U/L", None, 41, pt=True, flags=fl,
              rstyle="ate"))
    section("IMUNOLOGIA / SOROLOGIA")
    put(Q("Anti-HIV 1/2 (Ag p24 + Ac)", "56888-1", "Não reagente", "non-reactive", "Não reagente"),
        f"Quimioluminescência (4ª geração) - Índice: {fmt(rng.uniform(0.08, 0.3), 2, True)} S/CO")
    put(Q("VDRL", "5292-8", "Não reagente", "non-reactive", "Não reagente"), "Floculação em lâmina")
    put(Q("HBsAg", "5196-1", "Não reagente", "non-reactive", "Não reagente"),
        f"Quimioluminescência - Índice: {fmt(rng.uniform(0.2, 0.5), 2, True)} S/CO")
    put(Q("Anti-HCV", "13955-0", "Não reagente", "non-reactive", "Não reagente"),
        f"Quimioluminescência - Índice: {fmt(rng.uniform(0.05, 0.2), 2, True)} S/CO")
    if not fem:
        put(R("Anti-HBs", "16935-9", round(gv(rng, 10, 1000, 1, (84, 410)), 1), 1, "mUI/mL", 10, None, pt=True,
              flags=fl, ref="Reagente: superior a 10"), "Imunizado quando superior a 10 mUI/mL")
        section("URINÁLISE - EAS (URINA TIPO I)")
        y += 12
        c.text(46, y, "Cor: Amarelo citrino      Aspecto: Límpido", "dv", 8)
        dens = round(rng.choice([1.015, 1.02, 1.025]), 3)
        put(R("Densidade", "5811-5", dens, 3, None, 1.005, 1.03, pt=True, ref="1,005 a 1,030"))
        put(R("pH", "5803-2", rng.choice([5.5, 6.0, 6.5]), 1, None, 5.0, 7.0, pt=True, ref="5,0 a 7,0"))
        for nm_, ln in (("Proteínas", "20454-5"), ("Glicose", "25428-4"), ("Corpos cetônicos", "2514-8"),
                        ("Hemoglobina", "5794-3"), ("Bilirrubina", "5770-3"), ("Nitrito", "5802-4")):
            put(Q(nm_, ln, "Negativo", "negative", "Negativo"))
        put(Q("Urobilinogênio", "13658-0", "Normal", "normal", "Normal"))
        put(R("Leucócitos", "5821-4", rng.randint(1, 4), 0, "/campo", None, 5, pt=True, ref="Até 5 /campo"))
        put(R("Hemácias", "13945-1", rng.randint(0, 2) + 0.0, 0, "/campo", None, 3, pt=True, ref="Até 3 /campo"))
        put(Q("Células epiteliais", "5787-7", "Raras", "rare", "Raras a algumas"))
        put(Q("Bactérias", "25145-4", "Ausentes", "absent", "Ausentes"))
        put(Q("Cilindros", "9842-6", "Ausentes", "absent", "Ausentes"))
    y += 22
    c.text(40, y, "↑↓ Resultado fora do intervalo de referência.", "dv", 7, GREY)
    c.text(40, y + 10, "Os resultados devem ser interpretados pelo médico assistente em conjunto com dados clínicos.",
           "dv", 7, GREY)
    c.line(36, 770, 558, 770, NAVY, 0.6)
    c.text(40, 782, "Liberado eletronicamente por: Dra. Fabiana C. Nunes - CRF-DF 7.781 (Bioquímica)", "dv", 7)
    c.text(40, 792, "Sistema AGHU - Aplicativo de Gestão para Hospitais Universitários", "dv", 6.5, GREY)
    c.text(555, 792, "Página 1 de 1", "dv", 7, align="r")
    return _pdf_bytes(doc, "Laudo laboratorial", "AGHU Relatórios", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI3 large private chain, multi-page (pt-BR)
# ----------------------------------------------------------------------------------------------------

def _di3(rng: random.Random, v: int):
    fem = v == 1
    age = 38 if fem else 61
    date = "2024-03-05" if fem else "2024-01-23"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    prev = "12/09/2023" if fem else "18/07/2023"
    doc = fitz.open()
    pages: list[Canvas] = []
    rows: list[Row] = []
    state = {"y": 0.0}

    def new_page():
        c = Canvas(doc)
        pages.append(c)
        c.rect(0, 0, 595, 58, color=TEAL, fill=TEAL)
        c.text(36, 32, "vitalis", "lsb", 24, (1, 1, 1))
        c.text(36, 46, "MEDICINA DIAGNÓSTICA", "ls", 7.5, (0.85, 0.95, 0.95))
        c.text(558, 28, "Unidade Moema - Av. Ibirapuera, 2907 - São Paulo/SP", "ls", 7.5, (1, 1, 1), align="r")
        c.text(558, 39, "Central de atendimento 4002-8931 - www.vitalisdiagnosticos.com.br", "ls", 7.5, (1, 1, 1),
               align="r")
        c.text(558, 50, "Responsável técnico: Dr. Ricardo T. Amaral - CRM-SP 98.112", "ls", 7.5, (1, 1, 1),
               align="r")
        c.rect(36, 66, 558, 110, color=LGREY, fill=(0.96, 0.97, 0.97), width=0.5)
        c.text(44, 79, "Cliente: " + ("Camila R. Nogueira" if fem else "Antônio Sérgio Vasconcellos"), "lsb", 9)
        c.text(330, 79, "Ficha: " + ("3021-558734-1" if fem else "3007-490122-8"), "ls", 8.5)
        c.text(44, 91, "Data de nascimento: " + ("14/08/1985" if fem else "02/05/1962") +
               f"   Idade: {age} anos   Sexo: " + ("Feminino" if fem else "Masculino"), "ls", 8.5)
        c.text(330, 91, f"Data da coleta: {d}", "ls", 8.5)
        c.text(44, 103, "Médico: " + ("Dra. Luciana F. Prado - CRM-SP 141.220" if fem else
                                      "Dr. Paulo H. Siqueira - CRM-SP 77.035"), "ls", 8.5)
        c.text(330, 103, "Convênio: " + ("Bradesco Saúde" if fem else "SulAmérica"), "ls", 8.5)
        state["y"] = 130
        return c

    def need(hgt):
        if state["y"] + hgt > 770:
            new_page()
        return pages[-1]

    def title(t, mat, met):
        c = need(60)
        y = state["y"]
        c.text(36, y, t, "lsb", 10.5, TEAL)
        c.line(36, y + 3, 558, y + 3, TEAL, 0.6)
        c.text(36, y + 14, f"Material: {mat}    Método: {met}", "lsi", 7.5, GREY)
        state["y"] = y + 30

    def simple(r: Row, refl: list[str], prev_val: str | None, extra: list[str] = ()):
        c = need(24 + 11 * len(refl))
        y = state["y"]
        c.text(46, y, r.name, "ls", 9)
        c.text(250, y, r.val, "lsb", 10)
        c.text(250 + c.width(r.val, "lsb", 10) + 4, y, r.unit or "", "ls", 8.5)
        if refl:
            c.text(370, y - 1, "Valores de referência:", "lsb", 7.5)
        for j, t in enumerate(refl):
            c.text(370, y + 10 * (j + 1), t, "ls", 7.5)
        if prev_val:
            c.text(46, y + 12, f"Resultado anterior: {prev_val} em {prev}", "lsi", 7, GREY)
        for j, t in enumerate(extra):
            c.text(46, y + 24 + 10 * j, t, "lsi", 7, GREY)
        rows.append(r)
        state["y"] = y + max(22, 12 + 10 * len(refl), 26 + 10 * len(extra)) + 8

    c = new_page()
    b = blood(rng, "female" if fem else "male", "ferro" if fem else "n")
    rbc, hb, hct = round(b["rbc"], 2), round(b["hb"], 1), round(b["hct"], 1)
    title("HEMOGRAMA COMPLETO", "Sangue total (EDTA)", "Citometria de fluxo / impedância (Sysmex XN)")
    y = state["y"]
    for x, t in ((46, "ERITROGRAMA"), (250, "Resultado"), (370, "Valores de referência"), (490, "Anterior")):
        c.text(x, y, t, "lsb", 8)
    y += 12
    ery = [
        R("Eritrócitos", "789-8", rbc, 2, "milhões/µL", *((3.9, 5.0) if fem else (4.3, 5.7)), pt=True),
        R("Hemoglobina", "718-7", hb, 1, "g/dL", *((11.7, 15.5) if fem else (13.3, 16.5)), pt=True),
        R("Hematócrito", "4544-3", hct, 1, "%", *((35.0, 45.0) if fem else (39.0, 49.0)), pt=True),
        R("VCM", "787-2", round(hct / rbc * 10, 1), 1, "fL", 80.0, 98.0, pt=True),
        R("HCM", "785-6", round(hb / rbc * 10, 1), 1, "pg", 26.0, 34.0, pt=True),
        R("CHCM", "786-4", round(hb / hct * 100, 1), 1, "g/dL", 31.0, 36.0, pt=True),
        R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.9, 15.5, pt=True),
    ]
    for r in ery:
        c.text(52, y, r.name, "ls", 8.5)
        c.text(250, y, f"{r.val} {r.unit}", "ls", 8.5)
        c.text(370, y, f"{r.ref} {r.unit}", "ls", 8)
        pv = fmt(float(r.val.replace(",", ".")) * rng.uniform(1.0, 1.06), 1 if r.unit != "milhões/µL" else 2, True)
        c.text(490, y, pv, "ls", 8, GREY)
        y += 11.5
    y += 6
    for x, t in ((46, "LEUCOGRAMA"), (230, "%"), (285, "/µL"), (370, "Valores de referência (%  |  /µL)")):
        c.text(x, y, t, "lsb", 8)
    y += 12
    wbc = int(round(b["wbc"] * 1000, -1))
    leu = R("Leucócitos", "6690-2", wbc, 0, "/µL", 3500, 10500, pt=True, thou=True)
    c.text(52, y, leu.name, "ls", 8.5)
    c.text(285, y, leu.val, "ls", 8.5)
    c.text(370, y, leu.ref + " /µL", "ls", 8)
    y += 11.5
    rows += ery + [leu]
    p = diff(b, 1)
    refp = {"neu": (45.5, 75.5), "eos": (0.5, 6.5), "bas": (0.1, 1.5), "lin": (18.0, 45.0), "mon": (3.0, 11.5)}
    refa = {"neu": (1700, 7000), "eos": (50, 500), "bas": (0, 100), "lin": (900, 2900), "mon": (300, 900)}
    for k in DIFF_ORDER:
        a = round(wbc * p[k] / 100)
        rp = R(DIFF_NAMES_PT[k], DIFF_PCT[k], p[k], 1, "%", *refp[k], pt=True)
        ra = R(DIFF_NAMES_PT[k], DIFF_ABS[k], a, 0, "/µL", *refa[k], pt=True, thou=True)
        c.text(52, y, rp.name, "ls", 8.5)
        c.text(230, y, rp.val, "ls", 8.5)
        c.text(285, y, ra.val, "ls", 8.5)
        c.text(370, y, f"{rp.ref}  |  {ra.ref}", "ls", 8)
        y += 11.5
        rows += [rp, ra]
    y += 6
    c.text(46, y, "PLAQUETAS", "lsb", 8)
    y += 12
    pl = R("Plaquetas", "777-3", int(round(b["plt"])) * 1000, 0, "/µL", 150000, 450000, pt=True, thou=True)
    mpv = R("VPM", "32623-1", round(b["mpv"], 1), 1, "fL", 7.4, 10.4 if fem else 11.4, pt=True)
    for r in (pl, mpv):
        c.text(52, y, r.name, "ls", 8.5)
        c.text(285 if r is pl else 250, y, f"{r.val} {r.unit}", "ls", 8.5)
        c.text(370, y, f"{r.ref} {r.unit}", "ls", 8)
        y += 11.5
    rows += [pl, mpv]
    c.text(46, y + 6, "Série vermelha: " + ("microcitose e hipocromia discretas." if fem else "sem alterações.") +
           " Contagem de plaquetas confirmada em lâmina.", "lsi", 7.5, GREY)
    state["y"] = y + 32

    glu = round(gv(rng, 70, 99, 0, "n" if fem else (104, 118)))
    title("GLICOSE", "Soro", "Enzimático - hexoquinase")
    simple(R("Glicose", "2345-7", glu, 0, "mg/dL", 70, 99), ["Normal: 70 a 99 mg/dL", "Alterada: 100 a 125 mg/dL",
                                                             "Diabetes: maior ou igual a 126 mg/dL"], str(glu - 3))
    a1c = gv(rng, 4.0, 5.6, 1, "n" if fem else (5.9, 6.3))
    title("HEMOGLOBINA GLICADA - HbA1c", "Sangue total (EDTA)", "HPLC - certificado NGSP")
    simple(R("Hemoglobina glicada", "4548-4", a1c, 1, "%", 4.0, 5.6, pt=True),
           ["Normal: 4,0 a 5,6 %", "Risco aumentado: 5,7 a 6,4 %", "Diabetes: maior ou igual a 6,5 %"], None)
    eag = round(28.7 * a1c - 46.7)
    simple(R("Glicose média estimada", "27353-2", eag, 0, "mg/dL"), [], None)
    scr = gv(rng, 0.5, 0.9, 2) if fem else gv(rng, 0.7, 1.2, 2, (0.98, 1.15))
    title("CREATININA", "Soro", "Cinético - Jaffé compensado")
    simple(R("Creatinina", "2160-0", scr, 2, "mg/dL", *((0.5, 0.9) if fem else (0.7, 1.2)), pt=True),
           ["Feminino: 0,50 a 0,90 mg/dL", "Masculino: 0,70 a 1,20 mg/dL"], fmt(scr - 0.03, 2, True))
    e = round(egfr(scr, age, fem))
    simple(R("eTFG (CKD-EPI 2021)", "98979-8", e, 0, "mL/min/1,73 m²", 60, None, pt=True),
           ["Maior ou igual a 60 mL/min/1,73 m²"], None, ["Estimativa pela equação CKD-EPI 2021, sem raça."])
    title("TRANSAMINASES E GAMA-GT", "Soro", "Cinético UV (IFCC)")
    simple(R("TGO (AST)", "1920-8", round(gv(rng, 10, 32 if fem else 40, 0)), 0, "U/L", None, 32 if fem else 40),
           [f"Até {32 if fem else 40} U/L"], None)
    simple(R("TGP (ALT)", "1742-6", round(gv(rng, 10, 33 if fem else 41, 0)), 0, "U/L", None, 33 if fem else 41),
           [f"Até {33 if fem else 41} U/L"], None)
    ggt = round(gv(rng, 8, 38 if fem else 61, 0, "n" if fem else (74, 92)))
    simple(R("Gama-GT", "2324-2", ggt, 0, "U/L", *((6, 42) if fem else (10, 71))),
           ["Feminino: 6 a 42 U/L", "Masculino: 10 a 71 U/L"], str(ggt - 6))
    tc, hdl, tg, ldl, vldl, nhdl = lipids_mg(rng, "n", "n" if fem else "l", "n" if fem else "h")
    title("PERFIL LIPÍDICO", "Soro", "Enzimático colorimétrico / LDL calculado (Friedewald)")
    for r in (R("Colesterol total", "2093-3", tc, 0, "mg/dL", None, 190),
              R("HDL-colesterol", "2085-9", hdl, 0, "mg/dL", 40, None),
              R("Triglicérides", "2571-8", tg, 0, "mg/dL", None, 150),
              R("LDL-colesterol", "13457-7", ldl, 0, "mg/dL", None, 130),
              R("VLDL-colesterol", "13458-5", vldl, 0, "mg/dL", None, 30),
              R("Colesterol não-HDL", "43396-1", nhdl, 0, "mg/dL", None, 160)):
        lab = {"2093-3": "Desejável: < 190", "2085-9": "Desejável: > 40", "2571-8": "Desejável: < 150",
               "13457-7": "Desejável: < 130", "13458-5": "Desejável: < 30", "43396-1": "Desejável: < 160"}
        simple(r, [lab[r.exp.loinc] + " mg/dL"], None)
    c = need(40)
    c.text(46, state["y"], "Valores referenciais conforme Atualização da Diretriz Brasileira de Dislipidemias (SBC).",
           "lsi", 7, GREY)
    state["y"] += 22
    title("TSH - HORMÔNIO TIREOESTIMULANTE", "Soro", "Eletroquimioluminescência")
    simple(R("TSH", "3016-3", gv(rng, 0.45, 4.5, 2), 2, "µUI/mL", 0.45, 4.5, pt=True), ["0,45 a 4,50 µUI/mL"], None)
    title("T4 LIVRE", "Soro", "Eletroquimioluminescência")
    simple(R("T4 livre", "3024-7", gv(rng, 0.87, 1.76, 2), 2, "ng/dL", 0.87, 1.76, pt=True), ["0,87 a 1,76 ng/dL"],
           None)
    title("FERRITINA", "Soro", "Eletroquimioluminescência")
    fer = gv(rng, 13, 150, 1, (6.2, 10.8)) if fem else gv(rng, 30, 400, 1)
    simple(R("Ferritina", "2276-4", fer, 1, "ng/mL", *((13, 150) if fem else (30, 400)), pt=True),
           ["Feminino: 13,0 a 150,0 ng/mL", "Masculino: 30,0 a 400,0 ng/mL"], None)
    title("VITAMINA B12", "Soro", "Eletroquimioluminescência")
    simple(R("Vitamina B12", "2132-9", round(gv(rng, 197, 771, 0)), 0, "pg/mL", 197, 771), ["197 a 771 pg/mL"], None)
    title("25-HIDROXIVITAMINA D", "Soro", "Quimioluminescência")
    vd = gv(rng, 30, 100, 1, (16.0, 26.5) if fem else (34.0, 52.0))
    simple(R("Vitamina D (25-OH)", "62292-8", vd, 1, "ng/mL", 30, 100, pt=True),
           ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL", "Suficiência: 30 a 100 ng/mL",
            "Risco de toxicidade: superior a 100 ng/mL"], None)
    if not fem:
        title("PSA TOTAL", "Soro", "Eletroquimioluminescência")
        simple(R("PSA total", "2857-1", gv(rng, 0.8, 3.4, 2), 2, "ng/mL", None, 4.0, pt=True),
               ["Inferior a 4,00 ng/mL"], None)
    c = need(60)
    y = state["y"] + 10
    c.text(36, y, "Laudo liberado eletronicamente e assinado digitalmente por:", "ls", 7.5)
    c.text(36, y + 11, "Dra. Beatriz Monteiro Lacerda - CRBM-SP 31.402 - Biomédica", "lsb", 8)
    for i, p in enumerate(pages):
        p.line(36, 800, 558, 800, LGREY, 0.5)
        p.text(36, 812, f"Exames liberados em {(int(d[:2]) + 1):02d}{d[2:]} 14:12. Este laudo só tem valor com "
               "todas as páginas.", "ls", 6.8, GREY)
        p.text(558, 812, f"Página {i + 1} de {len(pages)}", "ls", 7.5, align="r")
        for k in range(30):
            p.rect(470 + k * 3, 816, 470 + k * 3 + (1 + (k * 7 % 3)) * 0.6, 830, color=None, fill=BLACK)
    return _pdf_bytes(doc, "Laudo", "Vitalis LIS - iText 7", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI4 ICU daily sheet (pt-BR), landscape
# ----------------------------------------------------------------------------------------------------

def _di4(rng: random.Random, v: int):
    art = v == 1
    age = 71 if art else 58
    date = "2024-03-18" if art else "2024-05-07"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    fl = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}
    doc = fitz.open()
    c = Canvas(doc, 842, 595)
    c.text(30, 34, "HOSPITAL SANTA CLARA DE ASSIS", "dvb", 12)
    c.text(30, 47, "Laboratório de Análises Clínicas - Setor de Urgência 24h", "dv", 8)
    c.text(812, 34, "BOLETIM LABORATORIAL DIÁRIO - UTI ADULTO II", "dvb", 10, align="r")
    c.text(812, 47, f"Data: {d}   Emissão: {d} 06:52", "dv", 8, align="r")
    c.rect(30, 54, 812, 82, color=BLACK, width=0.6)
    c.text(36, 66, "Paciente: " + ("R. M. O." if art else "L. F. S. A.") + f"    Idade: {age}a    Sexo: " +
           ("M" if art else "F") + "    Leito: " + ("07" if art else "12") + "    Atendimento: " +
           ("2024-004512" if art else "2024-011873"), "dv", 8)
    c.text(36, 77, "Médico plantonista: Dr. Igor N. Sampaio - CRM-PE 22.901    Diagnóstico: " +
           ("IRA / choque séptico" if not art else "Insuficiência renal aguda, acidose metabólica"), "dv", 8)
    rows: list[Row] = []
    colx = [(34, 180, 212, 246, 318), (434, 580, 612, 646, 718)]

    def header(ci, y, t):
        x = colx[ci]
        c.rect(x[0] - 4, y - 9, x[0] + 374, y + 3, color=None, fill=(0.88, 0.88, 0.88))
        c.text(x[0], y, t, "dvb", 7.8)
        c.text(x[1] + 6, y, "06:10", "dvb", 7.2)
        c.text(x[3] + 6, y, "Referência", "dvb", 7.2)
        c.text(x[4] + 50, y, "Anterior", "dvb", 7.2)
        return y + 11

    def put(ci, y, r: Row | None, prev: str, label=None, unit=None):
        x = colx[ci]
        if r is None:
            c.text(x[0] + 4, y, label, "dv", 7.4, GREY)
            c.text(x[1], y, prev, "dv", 7.4, GREY)
            if unit:
                c.text(x[2] + 4, y, unit, "dv", 7, GREY)
            return y + 10
        c.text(x[0] + 4, y, r.name, "dv", 7.4)
        c.text(x[1] + 24, y, r.val, "dvb" if r.pf else "dv", 7.4, align="r")
        if r.pf:
            c.text(x[1] + 26, y, r.pf, "dvb", 7.2, RED)
        c.text(x[2] + 8, y, r.unit or "", "dv", 7)
        c.text(x[3] + 6, y, r.ref, "dv", 7)
        c.text(x[4] + 50, y, prev, "dv", 7, GREY)
        c.line(x[0] - 2, y + 3, x[0] + 372, y + 3, LGREY, 0.3)
        rows.append(r)
        return y + 10

    def pv(r: Row, k: float, dec: int):
        return fmt(float(r.val.replace(".", "").replace(",", ".")) * k, dec, True)

    y = header(0, 100, "GASOMETRIA " + ("ARTERIAL" if art else "VENOSA"))
    if art:
        gas = [R("pH", "2744-1", gv(rng, 7.35, 7.45, 2, (7.25, 7.29)), 2, None, 7.35, 7.45, pt=True, flags=fl),
               R("pCO2", "2019-8", gv(rng, 35, 45, 1, (28.5, 32.0)), 1, "mmHg", 35, 45, pt=True, flags=fl),
               R("pO2", "2703-7", gv(rng, 80, 100, 1), 1, "mmHg", 80, 100, pt=True, flags=fl),
               R("HCO3-", "1960-4", gv(rng, 22, 26, 1, (13.5, 15.5)), 1, "mmol/L", 22, 26, pt=True, flags=fl),
               R("BE", "1925-7", gv(rng, -2, 2, 1, (-12.0, -9.5)), 1, "mmol/L", -2, 2, pt=True, flags=fl,
                 ref="-2,0 a +2,0"),
               R("SatO2", "2708-6", gv(rng, 95, 99, 1), 1, "%", 95, 99, pt=True, flags=fl),
               R("Lactato", "2518-9", gv(rng, 0.5, 1.6, 1, (2.4, 3.1)), 1, "mmol/L", 0.5, 1.6, pt=True, flags=fl)]
    else:
        gas = [R("pH", "2746-6", gv(rng, 7.31, 7.41, 2), 2, None, 7.31, 7.41, pt=True, flags=fl),
               R("pCO2", "2021-4", gv(rng, 41, 51, 1), 1, "mmHg", 41, 51, pt=True, flags=fl),
               R("pO2", "2705-2", gv(rng, 30, 50, 1), 1, "mmHg", 30, 50, pt=True, flags=fl),
               R("HCO3-", "14627-4", gv(rng, 22, 29, 1, (18.6, 20.4)), 1, "mmol/L", 22, 29, pt=True, flags=fl),
               R("BE", "1927-3", gv(rng, -2, 2, 1, (-6.5, -4.2)), 1, "mmol/L", -2, 2, pt=True, flags=fl,
                 ref="-2,0 a +2,0"),
               R("SatO2", "2711-0", gv(rng, 60, 80, 1), 1, "%", 60, 80, pt=True, flags=fl),
               R("Lactato", "2519-7", gv(rng, 0.5, 2.2, 1, (3.8, 4.6)), 1, "mmol/L", 0.5, 2.2, pt=True, flags=fl)]
    for r in gas:
        y = put(0, y, r, pv(r, 1.0 + rng.uniform(-0.02, 0.02), 2 if r.unit is None else 1))
    temp = 38.4 if art else 37.6
    y = put(0, y, None, fmt(temp, 1, True), "Temperatura do paciente", "°C")
    y = put(0, y, None, "40" if art else "35", "FiO2", "%")
    ph_t = float(gas[0].val.replace(",", ".")) - 0.015 * (temp - 37)
    y = put(0, y, None, fmt(ph_t, 2, True), f"pH corrigido ({fmt(temp, 1, True)} °C)")
    y = put(0, y, None, fmt(float(gas[1].val.replace(",", ".")) * 1.06, 1, True),
            f"pCO2 corrigida ({fmt(temp, 1, True)} °C)", "mmHg")
    y += 8
    y = header(0, y, "ELETRÓLITOS - GASÔMETRO")
    na = round(gv(rng, 136, 145, 0, (130, 134)))
    k = gv(rng, 3.5, 5.1, 1, (6.8, 7.2) if art else (2.9, 3.2))
    el = [R("Sódio", "2947-0", na, 0, "mmol/L", 136, 145, pt=True, flags=fl),
          R("Potássio", "6298-4", k, 1, "mmol/L", 3.5, 5.1, pt=True, flags=fl),
          R("Cloreto", "2069-3", round(gv(rng, 98, 107, 0, (109, 112) if art else "n")), 0, "mmol/L", 98, 107,
            pt=True, flags=fl),
          R("Cálcio iônico", "1994-3", gv(rng, 1.12, 1.32, 2, (1.02, 1.08) if art else "n"), 2, "mmol/L", 1.12,
            1.32, pt=True, flags=fl),
          R("Glicose", "2339-0", round(gv(rng, 70, 99, 0, (160, 196) if art else (132, 150))), 0, "mg/dL", 70, 99,
            pt=True, flags=fl)]
    for r in el:
        y = put(0, y, r, pv(r, 1.0 + rng.uniform(-0.04, 0.02), 0 if r.unit == "mg/dL" or r.exp.loinc == "2947-0"
                                                                else (2 if r.exp.loinc == "1994-3" else 1)))
    if art:
        y += 6
        c.text(34, y + 4, "(!) VALOR CRÍTICO: Potássio comunicado à Enf. Patrícia (COREN 341.228) às 06:38.", "dvb",
               7.2, RED)
    b = blood(rng, "male" if art else "female", "renal" if art else "sepsis")
    y2 = header(1, 100, "HEMATOLOGIA")
    hb = round(b["hb"], 1)
    hem = [R("Hemoglobina", "718-7", hb, 1, "g/dL", *((13.5, 17.5) if art else (12.0, 16.0)), pt=True, flags=fl),
           R("Hematócrito", "4544-3", round(b["hct"], 1), 1, "%", *((41.0, 53.0) if art else (36.0, 46.0)), pt=True,
             flags=fl),
           R("Leucócitos", "6690-2", round(b["wbc"], 1), 1, "x10³/µL", 4.0, 11.0, pt=True, flags=fl),
           R("Neutrófilos", "770-8", round(b["neu"], 0), 0, "%", 40, 75, pt=True, flags=fl),
           R("Plaquetas", "777-3", round(b["plt"]), 0, "x10³/µL", 150, 450, pt=True, flags=fl)]
    for r in hem:
        y2 = put(1, y2, r, pv(r, 1.6 if (r.exp.loinc == "777-3" and not art) else 1.05, 1 if "," in r.val else 0))
    y2 += 8
    y2 = header(1, y2, "BIOQUÍMICA")
    female = not art
    scr = gv(rng, 0.7, 1.2, 2, (3.6, 4.1)) if art else gv(rng, 0.5, 0.9, 2, (1.38, 1.56))
    bio = [R("Uréia", "3091-6", round(gv(rng, 15, 45, 0, (128, 151) if art else (62, 74))), 0, "mg/dL", 15, 45,
             pt=True, flags=fl),
           R("Creatinina", "2160-0", scr, 2, "mg/dL", *((0.7, 1.2) if art else (0.5, 0.9)), pt=True, flags=fl),
           R("Magnésio", "19123-9", gv(rng, 1.6, 2.4, 1, (2.6, 2.9) if art else "n"), 1, "mg/dL", 1.6, 2.4, pt=True,
             flags=fl),
           R("Fósforo", "2777-1", gv(rng, 2.5, 4.5, 1, (5.6, 6.4) if art else "n"), 1, "mg/dL", 2.5, 4.5, pt=True,
             flags=fl),
           R("Proteína C reativa", "1988-5", gv(rng, 0.5, 4.5, 1, (62.0, 95.0) if art else (188.0, 236.0)), 1,
             "mg/L", None, 5.0, pt=True, flags=fl)]
    if female:
        bio.append(R("Procalcitonina", "33959-8", gv(rng, 0.02, 0.45, 2, (6.8, 9.6)), 2, "ng/mL", None, 0.5,
                     pt=True, flags=fl))
    for r in bio:
        y2 = put(1, y2, r, pv(r, rng.uniform(0.85, 0.98), 2 if r.exp.loinc in ("2160-0", "33959-8") else
                              (0 if r.exp.loinc == "3091-6" else 1)))
    y2 += 8
    y2 = header(1, y2, "COAGULAÇÃO")
    tp = gv(rng, 10.0, 13.5, 1, (14.6, 15.4) if art else (18.2, 19.6))
    inr = round(tp / 11.8, 2)
    co = [R("TP (tempo de protrombina)", "5902-2", tp, 1, "s", 10.0, 13.5, pt=True, flags=fl),
          R("RNI", "6301-6", inr, 2, None, 0.8, 1.2, pt=True, flags=fl),
          R("TTPA", "14979-9", gv(rng, 25, 37, 1, "n" if art else (46.0, 51.0)), 1, "s", 25.0, 37.0, pt=True,
            flags=fl)]
    if female:
        co.append(R("Fibrinogênio", "3255-7", round(gv(rng, 200, 400, 0, (152, 178))), 0, "mg/dL", 200, 400, pt=True,
                    flags=fl))
    for r in co:
        y2 = put(1, y2, r, pv(r, rng.uniform(0.9, 1.0), 2 if r.exp.loinc == "6301-6" else
                              (0 if r.exp.loinc == "3255-7" else 1)))
    y2 = put(1, y2, None, "1,05", "ISI do reagente (tromboplastina)")
    if not art:
        c.text(434, y2 + 8, "(!) VALOR CRÍTICO: Plaquetas comunicado ao Dr. plantonista às 06:41.", "dvb", 7.2, RED)
    c.line(30, 548, 812, 548, BLACK, 0.5)
    c.text(30, 558, "H/L: fora do intervalo de referência;  HH/LL: valor crítico.  Coluna 'Anterior': coleta do dia "
           "anterior, 05:50.  Gasometria e eletrólitos: ABL 800 (sangue total).", "dv", 6.8, GREY)
    c.text(30, 568, "Conferido por: Bruna S. Leite - CRBM 5.213    |    MV Soul LIS 2.8    |    Página 1/1", "dv", 6.8,
           GREY)
    return _pdf_bytes(doc, "Boletim UTI", "MV Soul LIS", date), "male" if art else "female", date, rows


# ----------------------------------------------------------------------------------------------------
# DI5 old LIS plain-text printout, monospace (pt-BR, no accents)
# ----------------------------------------------------------------------------------------------------

def _di5(rng: random.Random, v: int):
    fem = v == 2
    age = 58 if not fem else 29
    date = "2024-02-08" if not fem else "2024-06-14"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    fl = {"H": "*", "L": "*"}
    rows: list[Row] = []
    lines = [
        "LABORATORIO DE ANALISES CLINICAS N.SRA. DA CONCEICAO S/C LTDA           PAG.: 001",
        "AV. GETULIO VARGAS, 1180 - CENTRO - IGUATU/CE          FONE: (88) 3581-2276",
        "RESP. TECNICO: DR. JOAO BATISTA DE ARAUJO - CRF/CE 1.187",
        "=" * 82,
        ("PACIENTE: " + ("FRANCISCO A. LIMA" if not fem else "ANTONIA K. MOREIRA")).ljust(52) + "PROTOCOLO: " +
        ("0243187" if not fem else "0251906"),
        f"IDADE...: {age} A   SEXO: " + ("M" if not fem else "F") + "   MEDICO: DR. J. BATISTA NETO   CRM 4471",
        f"DATA COLETA: {d}  HORA: 07:12".ljust(52) + f"EMISSAO: {d}",
        "=" * 82,
        "EXAME".ljust(31) + "RESULTADO".ljust(14) + "UNIDADE".ljust(11) + "VALORES DE REFERENCIA",
        "-" * 82,
    ]

    def L(r: Row, ref: str | None = None):
        val = (r.val + (" " + r.pf if r.pf else "")).rjust(9).ljust(14)
        lines.append(r.name.ljust(31) + val + (r.unit or "").ljust(11) + (ref if ref is not None else r.ref))
        rows.append(r)

    def T(t):
        lines.append("")
        lines.append(t)

    if not fem:
        T("BIOQUIMICA  (MATERIAL: SORO)")
        L(R("GLICOSE", "2345-7", round(gv(rng, 70, 99, 0, (112, 128))), 0, "MG/DL", 70, 99, pt=True, flags=fl,
            rstyle="A"))
        L(R("UREIA", "3091-6", round(gv(rng, 15, 40, 0)), 0, "MG/DL", 15, 40, pt=True, flags=fl, rstyle="A"))
        L(R("CREATININA", "2160-0", gv(rng, 0.7, 1.3, 1), 1, "MG/DL", 0.7, 1.3, pt=True, flags=fl, rstyle="A"))
        L(R("ACIDO URICO", "3084-1", gv(rng, 3.5, 7.2, 1), 1, "MG/DL", 3.5, 7.2, pt=True, flags=fl, rstyle="A"))
        L(R("SODIO", "2951-2", round(gv(rng, 135, 145, 0)), 0, "MEQ/L", 135, 145, pt=True, flags=fl, rstyle="A"))
        L(R("POTASSIO", "2823-3", gv(rng, 3.5, 5.0, 1), 1, "MEQ/L", 3.5, 5.0, pt=True, flags=fl, rstyle="A"))
        L(R("CALCIO", "17861-6", gv(rng, 8.6, 10.3, 1), 1, "MG/DL", 8.6, 10.3, pt=True, flags=fl, rstyle="A"))
        L(R("TGO", "1920-8", round(gv(rng, 10, 38, 0, (52, 68))), 0, "U/L", None, 38, pt=True, flags=fl, rstyle="A"))
        L(R("TGP", "1742-6", round(gv(rng, 10, 41, 0, (66, 84))), 0, "U/L", None, 41, pt=True, flags=fl, rstyle="A"))
        L(R("FOSFATASE ALCALINA", "6768-6", round(gv(rng, 40, 129, 0)), 0, "U/L", 40, 129, pt=True, flags=fl,
            rstyle="A"))
        L(R("GAMA GT", "2324-2", round(gv(rng, 10, 71, 0, (96, 140))), 0, "U/L", 10, 71, pt=True, flags=fl,
            rstyle="A"))
        bt = gv(rng, 0.2, 1.2, 2, (1.34, 1.52))
        bd = gv(rng, 0.0, 0.3, 2, (0.1, 0.26))
        T("BILIRRUBINAS  (METODO: DIAZO)")
        L(R("BILIRRUBINA TOTAL", "1975-2", bt, 2, "MG/DL", 0.2, 1.2, pt=True, flags=fl, rstyle="A"))
        L(R("BILIRRUBINA DIRETA", "1968-7", bd, 2, "MG/DL", None, 0.3, pt=True, flags=fl, rstyle="A"))
        L(R("BILIRRUBINA INDIRETA", "1971-1", round(bt - bd, 2), 2, "MG/DL", None, 1.0, pt=True, flags=fl,
            rstyle="A"))
        tp_ = gv(rng, 6.4, 8.3, 1)
        alb = gv(rng, 3.5, 5.2, 1, (3.8, 4.4))
        glob = round(tp_ - alb, 1)
        T("PROTEINAS TOTAIS E FRACOES")
        L(R("PROTEINAS TOTAIS", "2885-2", tp_, 1, "G/DL", 6.4, 8.3, pt=True, flags=fl, rstyle="A"))
        L(R("ALBUMINA", "1751-7", alb, 1, "G/DL", 3.5, 5.2, pt=True, flags=fl, rstyle="A"))
        L(R("GLOBULINA", "10834-0", glob, 1, "G/DL", 2.3, 3.5, pt=True, flags=fl, rstyle="A"))
        L(R("RELACAO A/G", "1759-0", round(alb / glob, 2), 2, None, 1.1, 2.2, pt=True, flags=fl, rstyle="A",
            rdec=1))
        T("COAGULOGRAMA  (PLASMA CITRATADO)")
        tp = gv(rng, 10.0, 14.0, 1)
        lines.append("TEMPO DE PROTROMBINA - CONTROLE DO DIA".ljust(45) + "12,6 SEG")
        L(R("TEMPO DE PROTROMBINA", "5902-2", tp, 1, "SEG", 10.0, 14.0, pt=True, flags=fl, rstyle="A"))
        L(R("RNI", "6301-6", round(tp / 12.6, 2), 2, None, 0.9, 1.2, pt=True, flags=fl, rstyle="A", rdec=1))
        lines.append("ISI DO REAGENTE".ljust(45) + "1,02")
        lines.append("TTPA - CONTROLE DO DIA".ljust(45) + "30,5 SEG")
        tt = gv(rng, 25.0, 39.0, 1)
        L(R("TTPA", "14979-9", tt, 1, "SEG", 25.0, 39.0, pt=True, flags=fl, rstyle="A"))
        L(R("TTPA RELACAO", "63561-5", round(tt / 30.5, 2), 2, None, None, 1.25, pt=True, flags=fl, rstyle="A"))
    else:
        T("URINA TIPO I  (EAS)  -  MATERIAL: URINA JATO MEDIO")
        lines.append("COR".ljust(31) + "AMARELO CITRINO")
        lines.append("ASPECTO".ljust(31) + "LIGEIRAMENTE TURVO")
        L(R("DENSIDADE", "5811-5", 1.02, 3, None, 1.005, 1.03, pt=False, ref="1.005 A 1.030"))
        L(R("PH", "5803-2", 6.0, 1, None, 5.0, 7.0, pt=True, rstyle="A"))
        L(Q("PROTEINAS", "20454-5", "NEGATIVO", "negative"), "NEGATIVO")
        L(Q("GLICOSE", "25428-4", "NEGATIVO", "negative"), "NEGATIVO")
        L(Q("CETONAS", "2514-8", "NEGATIVO", "negative"), "NEGATIVO")
        L(Q("HEMOGLOBINA", "5794-3", "TRACOS", "trace"), "NEGATIVO")
        L(Q("BILIRRUBINA", "5770-3", "NEGATIVO", "negative"), "NEGATIVO")
        L(Q("UROBILINOGENIO", "13658-0", "NORMAL", "normal"), "NORMAL")
        L(Q("NITRITO", "5802-4", "POSITIVO", "positive"), "NEGATIVO")
        lines.append("")
        lines.append("SEDIMENTOSCOPIA (400X)")
        L(R("LEUCOCITOS", "5821-4", rng.randint(22, 30), 0, "P/CAMPO", None, 5, flags=fl, ref="ATE 5 P/CAMPO"))
        L(R("HEMACIAS", "13945-1", rng.randint(4, 7), 0, "P/CAMPO", None, 3, flags=fl, ref="ATE 3 P/CAMPO"))
        L(Q("CELULAS EPITELIAIS", "5787-7", "ALGUMAS", "present"), "RARAS A ALGUMAS")
        L(Q("BACTERIAS", "25145-4", "NUMEROSAS", "present"), "AUSENTES")
        L(Q("CILINDROS", "9842-6", "AUSENTES", "absent"), "AUSENTES")
        T("BIOQUIMICA  (MATERIAL: SORO)")
        L(R("GLICOSE", "2345-7", round(gv(rng, 70, 99, 0)), 0, "MG/DL", 70, 99, pt=True, flags=fl, rstyle="A"))
        L(R("CREATININA", "2160-0", gv(rng, 0.6, 1.1, 1), 1, "MG/DL", 0.6, 1.1, pt=True, flags=fl, rstyle="A"))
        L(R("PCR (PROTEINA C REATIVA)", "1988-5", gv(rng, 0.5, 6.0, 1, (14.0, 22.0)), 1, "MG/L", None, 6.0, pt=True,
            flags=fl, rstyle="A"))
    lines += ["", "-" * 82, "(*) RESULTADO FORA DA FAIXA DE REFERENCIA.",
              "OBS.: RESULTADOS CONFERIDOS E LIBERADOS PELO RESPONSAVEL TECNICO.", "",
              "                                        ______________________________",
              "                                        DR. JOAO BATISTA DE ARAUJO",
              "                                        FARMACEUTICO-BIOQUIMICO CRF/CE 1.187",
              "", "SISLAB v3.12 - LAUDO EMITIDO POR COMPUTADOR"]
    doc = fitz.open()
    c = Canvas(doc, 612, 792)
    for i in range(0, 792, 48):
        if (i // 48) % 2 == 0:
            c.rect(38, i, 574, i + 24, color=None, fill=(0.93, 0.97, 0.93))
    for i in range(18, 792, 36):
        c.page.draw_circle((19, i), 4.5, color=LGREY, width=0.8)
        c.page.draw_circle((593, i), 4.5, color=LGREY, width=0.8)
    y = 48
    for ln in lines:
        c.text(44, y, ln, "cour", 8.4, (0.12, 0.12, 0.18))
        y += 11.2
    return _pdf_bytes(doc, "LAUDO", "SISLAB PDF writer", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI6 Portugal hospital report (pt-PT)
# ----------------------------------------------------------------------------------------------------

def _di6(rng: random.Random, v: int):
    fem = v == 1
    age = 47 if fem else 72
    date = "2024-03-14" if fem else "2024-02-27"
    d = date[8:10] + "-" + date[5:7] + "-" + date[:4]
    fl = {"H": "↑", "L": "↓"}
    doc = fitz.open()
    c = Canvas(doc)
    c.text(40, 40, "CENTRO HOSPITALAR DO BAIXO MONDEGO, EPE", "lsb", 11)
    c.text(40, 52, "Serviço de Patologia Clínica - Laboratório de Análises Clínicas", "ls", 8.5)
    c.text(40, 62, "Directora de Serviço: Dra. Isabel Cardoso Pinto", "ls", 7.5, GREY)
    c.text(555, 40, "Relatório de Análises Clínicas", "lsb", 9, align="r")
    c.text(555, 52, "N.º Pedido: " + ("24031400873" if fem else "24022701542"), "ls", 8, align="r")
    c.line(40, 70, 555, 70, BLACK, 0.8)
    c.text(40, 84, "Utente: " + ("Maria de Fátima C. Sousa" if fem else "Manuel Joaquim P. Ferreira"), "lsb", 9)
    c.text(330, 84, "N.º Processo: " + ("1187354" if fem else "0934410"), "ls", 8.5)
    c.text(40, 96, "Sexo: " + ("Feminino" if fem else "Masculino") + f"    Idade: {age} anos    N.º Utente SNS: " +
           ("284 117 903" if fem else "196 552 018"), "ls", 8.5)
    c.text(330, 96, f"Data colheita: {d} 08:20", "ls", 8.5)
    c.text(40, 108, "Proveniência: " + ("Consulta Externa - Medicina Interna" if fem else "Consulta de Nefrologia"),
           "ls", 8.5)
    c.text(330, 108, "Médico: " + ("Dr. Rui A. Matos" if fem else "Dra. Helena S. Costa"), "ls", 8.5)
    c.line(40, 114, 555, 114, BLACK, 0.4)
    rows: list[Row] = []
    y = 130
    xs = (48, 250, 300, 400)

    def sec(t):
        nonlocal y
        y += 6
        c.text(40, y, t, "lsb", 9.5)
        c.line(40, y + 2.5, 555, y + 2.5, GREY, 0.4)
        y += 14

    def put(r: Row, unit_col: str | None = None):
        nonlocal y
        c.text(xs[0], y, r.name, "ls", 8.5)
        c.text(xs[1] + 30, y, r.val, "lsb" if r.pf else "ls", 8.5, align="r")
        if r.pf:
            c.text(xs[1] + 33, y, r.pf, "dvb", 8)
        c.text(xs[2], y, unit_col if unit_col is not None else (r.unit or ""), "ls", 8.5)
        c.text(xs[3], y, r.ref, "ls", 8)
        rows.append(r)
        y += 11.5

    b = blood(rng, "female" if fem else "male", "n" if fem else "anemia")
    rbc, hb, hct = round(b["rbc"], 2), round(b["hb"], 1), round(b["hct"], 1)
    sec("HEMATOLOGIA - Hemograma")
    for x, t in zip(xs, ("", "Resultado", "Unidades", "Valores de referência")):
        c.text(x, y - 2, t, "lsi", 7.5, GREY)
    y += 10
    put(R("Eritrócitos", "789-8", rbc, 2, "x10^12/L", *((3.8, 4.8) if fem else (4.5, 5.5)), pt=True, flags=fl,
          rstyle="br"))
    put(R("Hemoglobina", "718-7", hb, 1, "g/dL", *((12.0, 15.0) if fem else (13.0, 17.0)), pt=True, flags=fl,
          rstyle="br"))
    put(R("Hematócrito", "4544-3", hct, 1, "%", *((36.0, 46.0) if fem else (40.0, 50.0)), pt=True, flags=fl,
          rstyle="br"))
    put(R("VGM", "787-2", round(hct / rbc * 10, 1), 1, "fL", 83.0, 101.0, pt=True, flags=fl, rstyle="br"))
    put(R("HGM", "785-6", round(hb / rbc * 10, 1), 1, "pg", 27.0, 32.0, pt=True, flags=fl, rstyle="br"))
    put(R("CHGM", "786-4", round(hb / hct * 100, 1), 1, "g/dL", 31.5, 34.5, pt=True, flags=fl, rstyle="br"))
    put(R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.6, 14.0, pt=True, flags=fl, rstyle="br"))
    wbc = round(b["wbc"], 2)
    put(R("Leucócitos", "6690-2", wbc, 2, "x10^9/L", 4.0, 10.0, pt=True, flags=fl, rstyle="br"))
    p = diff(b, 1)
    pt_names = {"neu": "Neutrófilos", "eos": "Eosinófilos", "bas": "Basófilos", "lin": "Linfócitos",
                "mon": "Monócitos"}
    refp = {"neu": (40, 80), "eos": (1, 6), "bas": (0, 2), "lin": (20, 40), "mon": (2, 10)}
    refa = {"neu": (2.0, 7.0), "eos": (0.02, 0.5), "bas": (0.0, 0.1), "lin": (1.0, 3.0), "mon": (0.2, 1.0)}
    for k in ("neu", "lin", "mon", "eos", "bas"):
        put(R(pt_names[k], DIFF_PCT[k], p[k], 1, "%", *refp[k], pt=True, flags=fl, rstyle="br", rdec=0))
        a = round(wbc * p[k] / 100, 2)
        put(R(pt_names[k], DIFF_ABS[k], a, 2, "x10^9/L", *refa[k], pt=True, flags=fl, rstyle="br"))
    put(R("Plaquetas", "777-3", round(b["plt"]), 0, "x10^9/L", 150, 400, pt=True, flags=fl, rstyle="br"))
    put(R("Velocidade de sedimentação", "4537-7", rng.randint(6, 16) if fem else rng.randint(32, 44), 0,
          "mm/1.ª h", None, 20 if fem else 25, pt=True, flags=fl, rstyle="br"))
    sec("BIOQUÍMICA")
    scr = gv(rng, 0.51, 0.95, 2) if fem else gv(rng, 0.67, 1.17, 2, (1.86, 2.12))
    put(R("Glicose", "2345-7", round(gv(rng, 74, 106, 0)), 0, "mg/dL", 74, 106, pt=True, flags=fl, rstyle="br"))
    put(R("Ureia", "3091-6", round(gv(rng, 17, 43, 0, "n" if fem else (78, 96))), 0, "mg/dL", 17, 43, pt=True,
          flags=fl, rstyle="br"))
    put(R("Creatinina", "2160-0", scr, 2, "mg/dL", *((0.51, 0.95) if fem else (0.67, 1.17)), pt=True, flags=fl,
          rstyle="br"))
    put(R("TFG estimada (CKD-EPI 2021)", "98979-8", round(egfr(scr, age, fem)), 0, "mL/min/1,73m2", 60, None,
          pt=True, flags=fl, rstyle="br"))
    put(R("Sódio", "2951-2", round(gv(rng, 136, 145, 0)), 0, "mmol/L", 136, 145, pt=True, flags=fl, rstyle="br"))
    put(R("Potássio", "2823-3", gv(rng, 3.5, 5.1, 1, "n" if fem else (5.4, 5.8)), 1, "mmol/L", 3.5, 5.1, pt=True,
          flags=fl, rstyle="br"))
    put(R("Cloro", "2075-0", round(gv(rng, 98, 107, 0)), 0, "mmol/L", 98, 107, pt=True, flags=fl, rstyle="br"))
    put(R("AST (TGO)", "1920-8", round(gv(rng, 8, 32, 0)), 0, "U/L", None, 32 if fem else 40, pt=True, flags=fl,
          rstyle="br"))
    put(R("ALT (TGP)", "1742-6", round(gv(rng, 8, 33, 0)), 0, "U/L", None, 33 if fem else 41, pt=True, flags=fl,
          rstyle="br"))
    put(R("Gama-glutamiltransferase", "2324-2", round(gv(rng, 6, 38, 0)), 0, "U/L", 6, 42 if fem else 71, pt=True,
          flags=fl, rstyle="br"))
    put(R("Fosfatase alcalina", "6768-6", round(gv(rng, 35, 104, 0)), 0, "U/L", 35, 104 if fem else 129, pt=True,
          flags=fl, rstyle="br"))
    put(R("Bilirrubina total", "1975-2", gv(rng, 0.3, 1.2, 2), 2, "mg/dL", 0.3, 1.2, pt=True, flags=fl, rstyle="br"))
    put(R("Proteína C reactiva", "1988-5", gv(rng, 0.05, 0.45, 2), 2, "mg/dL", None, 0.5, pt=True, flags=fl,
          rstyle="br"))
    if fem:
        sec("ENDOCRINOLOGIA")
        put(R("TSH", "3016-3", gv(rng, 0.35, 4.94, 2, (5.6, 7.4)), 2, "µUI/mL", 0.35, 4.94, pt=True, flags=fl,
              rstyle="br"))
        put(R("T4 livre", "3024-7", gv(rng, 0.7, 1.48, 2), 2, "ng/dL", 0.7, 1.48, pt=True, flags=fl, rstyle="br"))
        put(R("Hemoglobina glicada A1c", "4548-4", gv(rng, 4.0, 6.0, 1), 1, "%", 4.0, 6.0, pt=True, flags=fl,
              rstyle="br"))
    else:
        sec("METABOLISMO DO FERRO")
        fe = round(gv(rng, 59, 158, 0, (38, 52)))
        tibc = round(gv(rng, 250, 425, 0))
        put(R("Ferro", "2498-4", fe, 0, "µg/dL", 59, 158, pt=True, flags=fl, rstyle="br"))
        put(R("Capacidade total de fixação do ferro", "2500-7", tibc, 0, "µg/dL", 250, 425, pt=True, flags=fl,
              rstyle="br"))
        put(R("Saturação da transferrina", "2502-3", round(fe / tibc * 100, 1), 1, "%", 20, 50, pt=True, flags=fl,
              rstyle="br", rdec=0))
        put(R("Ferritina", "2276-4", round(gv(rng, 30, 400, 0)), 0, "ng/mL", 30, 400, pt=True, flags=fl, rstyle="br"))
    y += 16
    c.text(40, y, "↑ / ↓  Valor superior / inferior ao intervalo de referência.", "dv", 7, GREY)
    c.text(40, y + 10, "TFG calculada pela equação CKD-EPI 2021. Resultados validados por:", "ls", 7, GREY)
    c.text(40, y + 24, "Dr. Nuno F. Almeida - Especialista em Patologia Clínica (OM 41287)", "lsb", 8)
    c.line(40, 800, 555, 800, GREY, 0.4)
    c.text(40, 810, f"Impresso em {d} 16:44  |  Clinidata XXI", "ls", 7, GREY)
    c.text(555, 810, "Pág. 1/1", "ls", 7, GREY, align="r")
    return _pdf_bytes(doc, "Relatorio analises", "Clinidata XXI", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI7 faxed and scanned laudo (pt-BR, PNG)
# ----------------------------------------------------------------------------------------------------

def _di7(rng: random.Random, v: int):
    fem = v == 2
    age = 45 if not fem else 71
    date = "2024-04-05" if not fem else "2024-07-22"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    doc = fitz.open()
    c = Canvas(doc)
    c.text(30, 20, f"{d} 11:47     (31) 3271-4400     LAB ANALISE TOTAL          #0384  P.001/001", "cour", 8)
    c.text(297, 62, "LABORATÓRIO ANÁLISE TOTAL", "hebo", 16, align="c")
    c.text(297, 77, "Av. Amazonas, 2210 - Barro Preto - Belo Horizonte/MG", "helv", 9.5, align="c")
    c.line(40, 86, 555, 86, BLACK, 1.2)
    c.text(297, 106, "LAUDO DE EXAMES LABORATORIAIS", "hebo", 13, align="c")
    c.text(45, 130, "Paciente: " + ("Sebastião R. Duarte" if not fem else "Luzia P. Andrade"), "hebo", 11)
    c.text(390, 130, f"Idade: {age} anos", "helv", 11)
    c.text(45, 146, "Sexo: " + ("Masculino" if not fem else "Feminino"), "helv", 11)
    c.text(390, 146, f"Coleta: {d}", "helv", 11)
    c.text(45, 162, "Solicitante: Dr. Marcelo T. Viana - CRM-MG 40.118", "helv", 11)
    c.line(40, 170, 555, 170, BLACK, 0.8)
    rows: list[Row] = []
    y = 192
    c.text(45, y, "EXAME", "hebo", 10.5)
    c.text(250, y, "RESULTADO", "hebo", 10.5)
    c.text(390, y, "VALOR DE REFERÊNCIA", "hebo", 10.5)
    y += 20
    b = blood(rng, "female" if fem else "male", "infec" if not fem else "ferro")

    def put(r: Row):
        nonlocal y
        c.text(45, y, r.name, "helv", 11)
        c.text(250, y, f"{r.val} {r.unit or ''}".strip(), "hebo", 11)
        c.text(390, y, r.ref, "helv", 10.5)
        rows.append(r)
        y += 17

    def head(t):
        nonlocal y
        y += 6
        c.text(45, y, t, "hebo", 11)
        y += 17

    head("HEMOGRAMA")
    put(R("Hemoglobina", "718-7", round(b["hb"], 1), 1, "g/dL", *((12.0, 16.0) if fem else (13.5, 17.5)), pt=True,
          ref=("12,0 a 16,0" if fem else "13,5 a 17,5") + " g/dL"))
    put(R("Hematócrito", "4544-3", round(b["hct"], 1), 1, "%", *((36.0, 46.0) if fem else (41.0, 53.0)), pt=True,
          ref=("36,0 a 46,0" if fem else "41,0 a 53,0") + " %"))
    wbc = int(round(b["wbc"] * 1000, -1))
    put(R("Leucócitos", "6690-2", wbc, 0, "/mm³", 4000, 11000, pt=True, thou=True, ref="4.000 a 11.000 /mm³"))
    p = diff(b, 0)
    put(R("Neutrófilos", "770-8", p["neu"], 0, "%", 40, 70, pt=True, ref="40 a 70 %"))
    put(R("Linfócitos", "736-9", p["lin"], 0, "%", 20, 45, pt=True, ref="20 a 45 %"))
    put(R("Plaquetas", "777-3", int(round(b["plt"])) * 1000, 0, "/mm³", 150000, 450000, pt=True, thou=True,
          ref="150.000 a 450.000 /mm³"))
    head("BIOQUÍMICA")
    if not fem:
        put(R("Glicose", "2345-7", round(gv(rng, 70, 99, 0)), 0, "mg/dL", 70, 99, pt=True, ref="70 a 99 mg/dL"))
        put(R("Creatinina", "2160-0", gv(rng, 0.7, 1.2, 2), 2, "mg/dL", 0.7, 1.2, pt=True, ref="0,70 a 1,20 mg/dL"))
        put(R("Potássio", "2823-3", gv(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, pt=True, ref="3,5 a 5,1 mmol/L"))
        put(R("Sódio", "2951-2", round(gv(rng, 136, 145, 0)), 0, "mmol/L", 136, 145, pt=True, ref="136 a 145 mmol/L"))
        put(R("Proteína C reativa", "1988-5", gv(rng, 1, 5, 1, (38.0, 64.0)), 1, "mg/L", None, 5.0, pt=True,
              ref="Inferior a 5,0 mg/L"))
        put(R("VHS", "4537-7", rng.randint(28, 40), 0, "mm/h", None, 15, pt=True, ref="Até 15 mm/h"))
    else:
        put(R("Glicose", "2345-7", round(gv(rng, 70, 99, 0, (108, 121))), 0, "mg/dL", 70, 99, pt=True,
              ref="70 a 99 mg/dL"))
        put(R("Ferritina", "2276-4", gv(rng, 15, 150, 1, (7.0, 11.0)), 1, "ng/mL", 15, 150, pt=True,
              ref="15,0 a 150,0 ng/mL"))
        put(R("Ferro sérico", "2498-4", round(gv(rng, 50, 170, 0, (26, 41))), 0, "µg/dL", 50, 170, pt=True,
              ref="50 a 170 µg/dL"))
        put(R("TSH", "3016-3", gv(rng, 0.4, 4.0, 2), 2, "µUI/mL", 0.4, 4.0, pt=True, ref="0,40 a 4,00 µUI/mL"))
        put(R("Vitamina B12", "2132-9", round(gv(rng, 211, 911, 0)), 0, "pg/mL", 211, 911, pt=True,
              ref="211 a 911 pg/mL"))
    y += 20
    c.text(45, y, "Obs.: Resultados conferidos. Laudo enviado por fax a pedido do médico solicitante.", "heit", 9.5)
    c.text(330, y + 50, "_____________________________", "helv", 10)
    c.text(340, y + 64, "Dra. Renata G. Falcão", "helv", 10)
    c.text(340, y + 77, "CRF-MG 21.905", "helv", 10)
    c.text(297, 800, "Documento original arquivado no laboratório.", "helv", 8.5, align="c")
    pdf = _pdf_bytes(doc, "laudo", "Fax2PDF", date)
    return pdf, "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI8 check-up panel, two columns on one page (pt-BR)
# ----------------------------------------------------------------------------------------------------

def _di8(rng: random.Random, v: int):
    fem = v == 2
    age = 49 if not fem else 44
    date = "2024-08-15" if not fem else "2024-09-03"
    d = date[8:10] + "/" + date[5:7] + "/" + date[:4]
    fl = {"H": "Alto", "L": "Baixo"}
    kw = {"pt": True, "flags": fl}
    doc = fitz.open()
    c = Canvas(doc)
    c.rect(28, 24, 567, 64, color=None, fill=(0.12, 0.27, 0.45))
    c.text(38, 44, "Clínica Horizonte", "lsb", 15, (1, 1, 1))
    c.text(38, 57, "Medicina Diagnóstica - Check-up Executivo", "ls", 8, (0.85, 0.9, 1))
    c.text(557, 44, "PAINEL LABORATORIAL", "lsb", 11, (1, 1, 1), align="r")
    c.text(557, 57, f"Coleta: {d} 07:05", "ls", 8, (1, 1, 1), align="r")
    c.text(34, 78, "Paciente: " + ("Rodrigo M. Albuquerque" if not fem else "Patrícia L. Guimarães") +
           f"   |   Sexo: {'Masculino' if not fem else 'Feminino'}   |   Idade: {age} anos   |   "
           "Empresa: Grupo Atlântico S.A.   |   Jejum: 12 h", "ls", 7.6)
    c.line(28, 84, 567, 84, GREY, 0.5)
    b = blood(rng, "female" if fem else "male", "n")
    rbc, hb, hct = round(b["rbc"], 2), round(b["hb"], 1), round(b["hct"], 1)
    p = diff(b, 0)
    wbc = int(round(b["wbc"] * 1000, -1))
    left = [("HEMOGRAMA", [
        R("Hemácias", "789-8", rbc, 2, "milhões/µL", *((4.0, 5.2) if fem else (4.5, 5.9)), **kw),
        R("Hemoglobina", "718-7", hb, 1, "g/dL", *((12.0, 16.0) if fem else (13.5, 17.5)), **kw),
        R("Hematócrito", "4544-3", hct, 1, "%", *((36.0, 46.0) if fem else (41.0, 53.0)), **kw),
        R("VCM", "787-2", round(hct / rbc * 10, 1), 1, "fL", 80.0, 100.0, **kw),
        R("HCM", "785-6", round(hb / rbc * 10, 1), 1, "pg", 27.0, 33.0, **kw),
        R("CHCM", "786-4", round(hb / hct * 100, 1), 1, "g/dL", 31.0, 36.0, **kw),
        R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.5, 14.5, **kw),
        R("Leucócitos", "6690-2", wbc, 0, "/µL", 4000, 11000, thou=True, **kw),
        R("Neutrófilos", "770-8", p["neu"], 0, "%", 40, 70, **kw),
        R("Linfócitos", "736-9", p["lin"], 0, "%", 20, 45, **kw),
        R("Monócitos", "5905-5", p["mon"], 0, "%", 2, 10, **kw),
        R("Eosinófilos", "713-8", p["eos"], 0, "%", 1, 5, **kw),
        R("Plaquetas", "777-3", int(round(b["plt"])) * 1000, 0, "/µL", 150000, 450000, thou=True, **kw)])]
    tc, hdl, tg, ldl, vldl, nhdl = lipids_mg(rng, "h" if not fem else "n", "n", "h" if not fem else "n")
    left.append(("PERFIL LIPÍDICO", [
        R("Colesterol total", "2093-3", tc, 0, "mg/dL", None, 190, ref="< 190", **kw),
        R("HDL", "2085-9", hdl, 0, "mg/dL", 40, None, ref="> 40", **kw),
        R("LDL (Friedewald)", "13457-7", ldl, 0, "mg/dL", None, 130, ref="< 130", **kw),
        R("VLDL", "13458-5", vldl, 0, "mg/dL", None, 30, ref="< 30", **kw),
        R("Não-HDL", "43396-1", nhdl, 0, "mg/dL", None, 160, ref="< 160", **kw),
        R("Triglicérides", "2571-8", tg, 0, "mg/dL", None, 150, ref="< 150", **kw)]))
    scr = gv(rng, 0.7, 1.2, 2) if not fem else gv(rng, 0.5, 0.9, 2)
    glu = round(gv(rng, 70, 99, 0, (101, 112) if not fem else "n"))
    ins = gv(rng, 2.6, 24.9, 1)
    left.append(("METABOLISMO GLICÍDICO", [
        R("Glicose", "2345-7", glu, 0, "mg/dL", 70, 99, **kw),
        R("Hemoglobina glicada", "4548-4", gv(rng, 4.0, 5.6, 1, (5.8, 6.2) if not fem else "n"), 1, "%", 4.0, 5.6,
          **kw),
        R("Insulina", "20448-7", ins, 1, "µUI/mL", 2.6, 24.9, **kw)]))
    right = [("FUNÇÃO RENAL E ELETRÓLITOS", [
        R("Uréia", "3091-6", round(gv(rng, 15, 45, 0)), 0, "mg/dL", 15, 45, **kw),
        R("Creatinina", "2160-0", scr, 2, "mg/dL", *((0.7, 1.2) if not fem else (0.5, 0.9)), **kw),
        R("eTFG CKD-EPI 2021", "98979-8", round(egfr(scr, age, fem)), 0, "mL/min/1,73m²", 60, None, ref="> 60", **kw),
        R("Ácido úrico", "3084-1", gv(rng, 3.4, 7.0, 1, (7.6, 8.3) if not fem else "n"), 1, "mg/dL",
          *((3.4, 7.0) if not fem else (2.4, 5.7)), **kw),
        R("Sódio", "2951-2", round(gv(rng, 136, 145, 0)), 0, "mmol/L", 136, 145, **kw),
        R("Potássio", "2823-3", gv(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, **kw),
        R("Cálcio total", "17861-6", gv(rng, 8.6, 10.2, 1), 1, "mg/dL", 8.6, 10.2, **kw),
        R("Magnésio", "19123-9", gv(rng, 1.6, 2.6, 1), 1, "mg/dL", 1.6, 2.6, **kw)])]
    right.append(("FUNÇÃO HEPÁTICA", [
        R("AST (TGO)", "1920-8", round(gv(rng, 10, 40, 0)), 0, "U/L", None, 40, ref="< 40", **kw),
        R("ALT (TGP)", "1742-6", round(gv(rng, 10, 41, 0, (48, 62) if not fem else "n")), 0, "U/L", None, 41,
          ref="< 41", **kw),
        R("Gama-GT", "2324-2", round(gv(rng, 10, 60, 0)), 0, "U/L", *((10, 71) if not fem else (6, 42)), **kw),
        R("Fosfatase alcalina", "6768-6", round(gv(rng, 40, 129, 0)), 0, "U/L", 40, 129, **kw),
        R("Bilirrubina total", "1975-2", gv(rng, 0.2, 1.2, 2), 2, "mg/dL", 0.2, 1.2, **kw),
        R("Albumina", "1751-7", gv(rng, 3.5, 5.2, 1), 1, "g/dL", 3.5, 5.2, **kw)]))
    right.append(("TIREOIDE / VITAMINAS / FERRO", [
        R("TSH", "3016-3", gv(rng, 0.27, 4.2, 2), 2, "µUI/mL", 0.27, 4.2, **kw),
        R("T4 livre", "3024-7", gv(rng, 0.93, 1.7, 2), 2, "ng/dL", 0.93, 1.7, **kw),
        R("Vitamina D (25-OH)", "62292-8", gv(rng, 30, 100, 1, (21.0, 27.5)), 1, "ng/mL", 30, 100,
          ref="30 a 100 (suficiência)", **kw),
        R("Vitamina B12", "2132-9", round(gv(rng, 197, 771, 0)), 0, "pg/mL", 197, 771, **kw),
        R("Ácido fólico", "2284-8", gv(rng, 3.9, 26.8, 1), 1, "ng/mL", 3.9, 26.8, **kw),
        R("Ferritina", "2276-4", gv(rng, 30, 400, 1) if not fem else gv(rng, 13, 150, 1), 1, "ng/mL",
          *((30, 400) if not fem else (13, 150)), **kw)]))
    right.append(("INFLAMAÇÃO / OUTROS", [
        R("PCR ultrassensível", "30522-7", gv(rng, 0.3, 3.0, 2), 2, "mg/L", None, 3.0, ref="< 3,00", **kw),
        R("Homocisteína", "13965-9", gv(rng, 5, 15, 1), 1, "µmol/L", 5, 15, **kw)]
        + ([R("PSA total", "2857-1", gv(rng, 0.4, 2.5, 2), 2, "ng/mL", None, 4.0, ref="< 4,00", **kw)]
           if not fem else [])))
    rows: list[Row] = []
    for ci, groups in enumerate((left, right)):
        x0 = 30 if ci == 0 else 300
        y = 100
        for t, rs in groups:
            c.rect(x0, y - 9, x0 + 265, y + 3, color=None, fill=(0.88, 0.92, 0.97))
            c.text(x0 + 3, y, t, "lsb", 7.6, (0.12, 0.27, 0.45))
            c.text(x0 + 190, y, "Referência", "lsi", 6.8, GREY)
            y += 12
            for r in rs:
                c.text(x0 + 4, y, r.name, "lsn", 8)
                xe = c.text(x0 + 100, y, r.val, "lsnb", 8)
                c.text(xe + 3, y, r.unit or "", "lsn", 7.2, GREY)
                if r.pf:
                    c.text(x0 + 160, y, r.pf, "lsnb", 7.6, RED)
                c.text(x0 + 190, y, r.ref, "lsn", 7.2)
                c.line(x0, y + 3, x0 + 265, y + 3, (0.92, 0.92, 0.92), 0.3)
                rows.append(r)
                y += 10.6
            y += 7
    c.line(28, 770, 567, 770, GREY, 0.5)
    c.text(30, 780, "Vitamina D: deficiência < 20; insuficiência 20 a 29; suficiência 30 a 100; toxicidade > 100 "
           "ng/mL.  eTFG pela equação CKD-EPI 2021.", "ls", 6.6, GREY)
    c.text(30, 790, "Lipídeos: valores desejáveis conforme Diretriz SBC. Insulina: jejum de 8 h.  Resp. técnico: "
           "Dr. Gustavo P. Rezende - CRM-RJ 52.771-0", "ls", 6.6, GREY)
    c.text(565, 812, "1/1", "ls", 7, GREY, align="r")
    return _pdf_bytes(doc, "Check-up", "Horizonte Portal", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI9 Australian / New Zealand cumulative pathology report (monospace)
# ----------------------------------------------------------------------------------------------------

def _di9(rng: random.Random, v: int):
    au = v == 1
    fem = au
    age = 68 if au else 52
    date = "2024-03-14" if au else "2024-05-20"
    fl = {"H": "H", "L": "L", "HH": "H", "LL": "L"}
    doc = fitz.open()
    c = Canvas(doc)
    c.text(40, 40, "CORALBAY PATHOLOGY" if au else "KOWHAI COMMUNITY LABORATORIES", "hebo", 13)
    c.text(40, 52, ("NATA/RCPA Accredited Laboratory No. 2291 - 14 Esplanade, Cairns QLD 4870" if au else
                    "IANZ Accredited - 32 Victoria Street, Hamilton 3204"), "helv", 7.5)
    c.text(555, 40, "CUMULATIVE REPORT", "hebo", 9, align="r")
    c.line(40, 58, 555, 58, BLACK, 0.8)
    nm = "WALLACE, Jennifer Anne" if au else "TE AWA, Wiremu James"
    c.text(40, 72, f"Patient : {nm}", "cobo", 8.5)
    c.text(330, 72, "DOB : " + ("02/07/1955" if au else "11/01/1972") + "  Sex: " + ("F" if fem else "M"), "cour", 8.5)
    c.text(40, 83, ("Medicare: 2951 44817 3" if au else "NHI     : ZKH4821"), "cour", 8.5)
    c.text(330, 83, "Lab No. : " + ("24-0718832" if au else "HM4471902"), "cour", 8.5)
    c.text(40, 94, "Referred: " + ("Dr S. Patel, Edmonton Family Practice" if au else "Dr A. McKenzie, Rototuna Medical"),
           "cour", 8.5)
    c.text(40, 105, "Clinical: " + ("CKD stage 3 monitoring. On perindopril." if au else "T2DM review. Fasting."),
           "cour", 8.5)
    c.line(40, 111, 555, 111, BLACK, 0.4)
    dates = (["12/09/23", "05/12/23", "14/03/24"] if au else ["14/08/23", "22/11/23", "20/05/24"])
    times = ["08:40", "09:05", "08:15"] if au else ["07:55", "08:30", "07:50"]
    rows: list[Row] = []
    y = 126
    xcol = (40, 215, 275, 335, 405, 475)

    def hdr(t):
        nonlocal y
        c.text(xcol[0], y, t, "cobo", 8.5)
        for i in range(3):
            c.text(xcol[1 + i] + 40, y - 9, dates[i], "cobo" if i == 2 else "cour", 7.5, align="r")
            c.text(xcol[1 + i] + 40, y, times[i], "cobo" if i == 2 else "cour", 7.5, align="r")
        c.text(xcol[4], y, "Units", "cour", 7.5)
        c.text(xcol[5], y, "Ref. Range", "cour", 7.5)
        y += 12

    def put(r: Row, prev: list[str]):
        nonlocal y
        c.text(xcol[0], y, r.name, "cour", 8)
        for i, pvs in enumerate(prev):
            c.text(xcol[1 + i] + 30, y, pvs, "cour", 8, GREY, align="r")
        c.text(xcol[3] + 30, y, r.val, "cobo", 8, align="r")
        if r.pf:
            c.text(xcol[3] + 33, y, r.pf, "cobo", 8)
        c.text(xcol[4], y, r.unit or "", "cour", 7.5)
        c.text(xcol[5], y, r.ref, "cour", 7.5)
        rows.append(r)
        y += 10.5

    def prev2(r: Row, dec: int, k=(0.97, 1.04)):
        base = float(r.val.lstrip("<>"))
        return [fmt(base * rng.uniform(*k), dec) for _ in range(2)]

    b = blood(rng, "female" if fem else "male", "anemia" if au else "n")
    rbc = round(b["rbc"], 2)
    hb = round(b["hb"] * 10)
    mcv = round(b["mcv"])
    hct = round(rbc * mcv / 1000, 2)
    hdr("HAEMATOLOGY")
    haem = [R("Haemoglobin", "718-7", hb, 0, "g/L", *((115, 165) if fem else (130, 180)), flags=fl, rstyle="p"),
            R("WCC", "6690-2", round(b["wbc"], 1), 1, "x10^9/L", 4.0, 11.0, flags=fl, rstyle="p"),
            R("Platelets", "777-3", round(b["plt"]), 0, "x10^9/L", 150, 400, flags=fl, rstyle="p"),
            R("RCC", "789-8", rbc, 2, "x10^12/L", *((3.8, 5.8) if fem else (4.5, 6.5)), flags=fl, rstyle="p",
              rdec=1),
            R("Haematocrit", "4544-3", hct, 2, "L/L", *((0.35, 0.47) if fem else (0.40, 0.54)), flags=fl,
              rstyle="p"),
            R("MCV", "787-2", mcv, 0, "fL", 80, 100, flags=fl, rstyle="p"),
            R("MCH", "785-6", round(b["hb"] / rbc * 10), 0, "pg", 27, 32, flags=fl, rstyle="p"),
            R("MCHC", "786-4", round(b["hb"] * 10 / (rbc * mcv / 1000)), 0, "g/L", 320, 360, flags=fl, rstyle="p"),
            R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.0, 15.0, flags=fl, rstyle="p", rdec=0)]
    for r in haem:
        put(r, prev2(r, 2 if r.unit in ("L/L", "x10^12/L") else (1 if "." in r.val else 0)))
    wbc = round(b["wbc"], 1)
    p = diff(b, 1)
    en = {"neu": "Neutrophils", "lin": "Lymphocytes", "mon": "Monocytes", "eos": "Eosinophils", "bas": "Basophils"}
    refa = {"neu": (2.0, 8.0), "lin": (1.0, 4.0), "mon": (0.1, 1.0), "eos": (0.0, 0.5), "bas": (0.0, 0.1)}
    for k in ("neu", "lin", "mon", "eos", "bas"):
        a = round(wbc * p[k] / 100, 2)
        if a in refa[k]:
            a += 0.01
        r = R(en[k], DIFF_ABS[k], a, 2, "x10^9/L", *refa[k], flags=fl, rstyle="p", rdec=1)
        put(r, prev2(r, 2))
    y += 8
    hdr("BIOCHEMISTRY")
    scr = round(gv(rng, 45, 90, 0, (112, 128))) if au else round(gv(rng, 60, 110, 0, (64, 82)))
    e = egfr(scr / 88.4, age, fem)
    urea = gv(rng, 3.0, 8.0, 1, (9.2, 11.4) if au else "n")
    tp = round(gv(rng, 60, 80, 0))
    alb = round(gv(rng, 35, 50, 0, (37, 43)))
    bio = [R("Sodium", "2951-2", round(gv(rng, 135, 145, 0)), 0, "mmol/L", 135, 145, flags=fl, rstyle="p"),
           R("Potassium", "2823-3", gv(rng, 3.5, 5.2, 1, (5.4, 5.8) if au else "n"), 1, "mmol/L", 3.5, 5.2,
             flags=fl, rstyle="p"),
           R("Chloride", "2075-0", round(gv(rng, 95, 110, 0)), 0, "mmol/L", 95, 110, flags=fl, rstyle="p"),
           R("Bicarbonate", "2028-9", round(gv(rng, 22, 32, 0)), 0, "mmol/L", 22, 32, flags=fl, rstyle="p"),
           R("Urea", "22664-7", urea, 1, "mmol/L", 3.0, 8.0, flags=fl, rstyle="p"),
           R("Creatinine", "14682-9", scr, 0, "umol/L", *((45, 90) if fem else (60, 110)), flags=fl, rstyle="p")]
    if e > 90:
        bio.append(R("eGFR", "98979-8", 90, 0, "mL/min/1.73m2", 59, None, comp=">", flags=fl, rstyle="p"))
    else:
        bio.append(R("eGFR", "98979-8", round(e), 0, "mL/min/1.73m2", 59, None, flags=fl, rstyle="p"))
    bio += [R("Calcium", "2000-8", gv(rng, 2.10, 2.60, 2), 2, "mmol/L", 2.10, 2.60, flags=fl, rstyle="p"),
            R("Phosphate", "14879-1", gv(rng, 0.75, 1.50, 2), 2, "mmol/L", 0.75, 1.50, flags=fl, rstyle="p"),
            R("Total Protein", "2885-2", tp, 0, "g/L", 60, 80, flags=fl, rstyle="p"),
            R("Albumin", "1751-7", alb, 0, "g/L", 35, 50, flags=fl, rstyle="p"),
            R("Globulin", "10834-0", tp - alb, 0, "g/L", 20, 40, flags=fl, rstyle="p"),
            R("Bilirubin", "14631-6", round(gv(rng, 2, 20, 0)), 0, "umol/L", None, 20, flags=fl, rstyle="p"),
            R("ALP", "6768-6", round(gv(rng, 30, 110, 0)), 0, "U/L", 30, 110, flags=fl, rstyle="p"),
            R("GGT", "2324-2", round(gv(rng, 5, 35 if fem else 50, 0, "n" if au else (68, 84))), 0, "U/L", None,
              35 if fem else 50, flags=fl, rstyle="p"),
            R("ALT", "1742-6", round(gv(rng, 5, 35 if fem else 45, 0)), 0, "U/L", None, 35 if fem else 45, flags=fl,
              rstyle="p"),
            R("AST", "1920-8", round(gv(rng, 5, 35, 0)), 0, "U/L", None, 35, flags=fl, rstyle="p")]
    for r in bio:
        put(r, prev2(r, 2 if "." in r.val and len(r.val.split(".")[1]) == 2 else (1 if "." in r.val else 0)))
    y += 8
    hdr("LIPIDS / DIABETES" if not au else "LIPIDS")
    tc = gv(rng, 3.5, 5.4, 1, "n" if au else (5.8, 6.4))
    tg = gv(rng, 0.6, 1.9, 1, "n" if au else (2.2, 2.8))
    hdl = gv(rng, 1.0, 2.0, 1, "n" if au else (0.8, 0.95))
    ldl = round(tc - hdl - tg / 2.2, 1)
    lip = [R("Cholesterol", "14647-2", tc, 1, "mmol/L", None, 5.5, flags=fl, rstyle="p"),
           R("Triglyceride", "14927-8", tg, 1, "mmol/L", None, 2.0, flags=fl, rstyle="p"),
           R("HDL Cholesterol", "14646-4", hdl, 1, "mmol/L", 1.0, None, flags=fl, rstyle="p"),
           R("LDL Cholesterol", "22748-8", ldl, 1, "mmol/L", None, 3.5, flags=fl, rstyle="p"),
           R("Chol/HDL Ratio", "9830-1", round(tc / hdl, 1), 1, None, None, 4.5, flags=fl, rstyle="p")]
    if not au:
        lip.append(R("HbA1c", "59261-8", round(gv(rng, 20, 40, 0, (55, 62))), 0, "mmol/mol", 20, 40, flags=fl,
                     rstyle="p"))
    for r in lip:
        put(r, prev2(r, 1 if "." in r.val else 0))
    y += 14
    c.text(40, y, "Comments:", "cobo", 8)
    notes = (["eGFR calculated using the CKD-EPI 2021 equation. Stable renal function compared with previous.",
              "Mild normocytic anaemia - suggest iron studies if not recently performed."] if au else
             ["HbA1c >= 50 mmol/mol is consistent with diabetes (NZSSD). Above individual target.",
              "LDL calculated (Friedewald). Fasting specimen."])
    for i, t in enumerate(notes):
        c.text(40, y + 11 * (i + 1), t, "cour", 7.8)
    c.line(40, 790, 555, 790, BLACK, 0.4)
    c.text(40, 800, "Tests completed: FBE, E/LFT, LIPIDS" + ("" if au else ", HBA1C") +
           "     Tests pending: nil", "cour", 7.5)
    c.text(40, 810, "Authorised by: Dr M. Okafor FRCPA, Chemical Pathologist" if au else
           "Authorised by: Dr K. Tan FRCPA, Clinical Biochemist", "cour", 7.5)
    c.text(555, 820, "Page 1 of 1", "cour", 7.5, align="r")
    return _pdf_bytes(doc, "Cumulative report", "PathWeb Reporter", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI10 Canadian community laboratory
# ----------------------------------------------------------------------------------------------------

def _di10(rng: random.Random, v: int):
    fem = v == 1
    age = 57 if fem else 48
    date = "2024-02-06" if fem else "2024-10-09"
    fl = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}
    doc = fitz.open()
    c = Canvas(doc, 612, 792)
    c.text(40, 44, "Maple Ridge Medical Laboratories", "hebo", 14, NAVY)
    c.text(40, 56, "Community Patient Service Centre - 1420 Dundas St W, London, ON N6H 1B1", "helv", 7.5)
    c.text(572, 44, "FINAL REPORT", "hebo", 10, align="r")
    c.rect(40, 64, 572, 116, color=GREY, width=0.5)
    info = [("Patient:", "MACDONALD, Heather L." if fem else "BOUCHARD, Kevin P.", 46, 76),
            ("DOB:", "1966-09-12" if fem else "1976-04-30", 300, 76), ("Sex:", "F" if fem else "M", 450, 76),
            ("HCN:", "4829 117 502 XK" if fem else "6071 384 219 MB", 46, 88),
            ("Collected:", f"{date} 08:12", 300, 88), ("Reported:", f"{date} 15:47", 450, 88),
            ("Ordering:", "Dr. R. Singh (Byron Family Health Team)", 46, 100),
            ("Accession:", "ML24-0081723" if fem else "ML24-1190254", 300, 100),
            ("Copy to:", "Dr. L. Fournier", 46, 112)]
    for k, val, x, yy in info:
        xe = c.text(x, yy, k, "hebo", 8)
        c.text(xe + 4, yy, val, "helv", 8)
    rows: list[Row] = []
    y = 136
    cols = (44, 250, 310, 350)
    c.text(cols[0], y, "Test", "hebo", 8.5)
    c.text(cols[1], y, "Result", "hebo", 8.5)
    c.text(cols[2], y, "Flag", "hebo", 8.5)
    c.text(cols[3], y, "Reference Range - Units", "hebo", 8.5)
    c.line(40, y + 4, 572, y + 4, BLACK, 0.6)
    y += 18

    def sec(t):
        nonlocal y
        c.text(40, y, t, "hebo", 9, NAVY)
        y += 13

    def put(r: Row, note: str | None = None):
        nonlocal y
        c.text(cols[0] + 6, y, r.name, "helv", 8.5)
        c.text(cols[1], y, r.val, "hebo" if r.pf else "helv", 8.5)
        if r.pf:
            c.text(cols[2] + 4, y, r.pf, "hebo", 8.5)
        c.text(cols[3], y, (r.ref + " " + (r.unit or "")).strip(), "helv", 8.5)
        rows.append(r)
        y += 11.5
        if note:
            c.text(cols[0] + 14, y, note, "helv", 7.2, GREY)
            y += 10

    b = blood(rng, "female" if fem else "male", "n")
    rbc = round(b["rbc"], 2)
    hb = round(b["hb"] * 10)
    mcv = round(b["mcv"], 1)
    wbc = round(b["wbc"], 1)
    sec("HEMATOLOGY")
    put(R("WBC", "6690-2", wbc, 1, "x E9/L", 4.0, 11.0, flags=fl, rstyle="-"))
    put(R("RBC", "789-8", rbc, 2, "x E12/L", *((3.80, 5.20) if fem else (4.50, 6.00)), flags=fl, rstyle="-"))
    put(R("Hemoglobin", "718-7", hb, 0, "g/L", *((115, 155) if fem else (135, 175)), flags=fl, rstyle="-"))
    put(R("Hematocrit", "4544-3", round(rbc * mcv / 1000, 2), 2, "L/L", *((0.35, 0.45) if fem else (0.40, 0.50)),
          flags=fl, rstyle="-"))
    put(R("MCV", "787-2", mcv, 1, "fL", 82.0, 100.0, flags=fl, rstyle="-", rdec=0))
    put(R("MCH", "785-6", round(b["hb"] / rbc * 10, 1), 1, "pg", 27.5, 33.0, flags=fl, rstyle="-"))
    put(R("MCHC", "786-4", round(b["hb"] * 10 / (rbc * mcv / 1000)), 0, "g/L", 305, 360, flags=fl, rstyle="-"))
    put(R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.5, 14.5, flags=fl, rstyle="-"))
    put(R("Platelet Count", "777-3", round(b["plt"]), 0, "x E9/L", 150, 400, flags=fl, rstyle="-"))
    p = diff(b, 1)
    en = {"neu": "Neutrophils", "lin": "Lymphocytes", "mon": "Monocytes", "eos": "Eosinophils", "bas": "Basophils"}
    refa = {"neu": (2.0, 7.5), "lin": (1.0, 3.5), "mon": (0.2, 1.0), "eos": (0.0, 0.5), "bas": (0.0, 0.2)}
    for k in ("neu", "lin", "mon", "eos", "bas"):
        a = round(wbc * p[k] / 100, 1)
        if a in refa[k]:
            a = round(a + 0.1, 1)
        put(R(en[k], DIFF_ABS[k], a, 1, "x E9/L", *refa[k], flags=fl, rstyle="-"))
    y += 4
    sec("CHEMISTRY")
    scr = round(gv(rng, 50, 95, 0, (52, 80))) if fem else round(gv(rng, 65, 110, 0))
    put(R("Glucose Fasting", "14749-6", gv(rng, 3.6, 6.0, 1, "n" if fem else (6.3, 6.8)), 1, "mmol/L", 3.6, 6.0,
          flags=fl, rstyle="-"))
    put(R("Hemoglobin A1C", "4548-4", gv(rng, 4.0, 5.9, 1, "n" if fem else (6.1, 6.4)), 1, "%", None, 6.0, flags=fl,
          rstyle="-", ref="<6.0"), "HbA1C 6.0-6.4% indicates prediabetes; >=6.5% consistent with diabetes.")
    put(R("Creatinine", "14682-9", scr, 0, "umol/L", *((50, 95) if fem else (65, 110)), flags=fl, rstyle="-"))
    put(R("eGFR", "98979-8", round(egfr(scr / 88.4, age, fem)), 0, "mL/min/1.73m2", 60, None, flags=fl,
          ref=">=60"), "eGFR calculated with the CKD-EPI 2021 equation (no race coefficient).")
    put(R("Sodium", "2951-2", round(gv(rng, 135, 145, 0)), 0, "mmol/L", 135, 145, flags=fl, rstyle="-"))
    put(R("Potassium", "2823-3", gv(rng, 3.5, 5.0, 1), 1, "mmol/L", 3.5, 5.0, flags=fl, rstyle="-"))
    put(R("ALT", "1742-6", round(gv(rng, 5, 30 if fem else 40, 0, "n" if fem else (58, 76))), 0, "U/L", None,
          30 if fem else 40, flags=fl, rstyle="-", ref=f"<{30 if fem else 40}"))
    put(R("TSH", "3016-3", gv(rng, 0.32, 4.0, 2, (4.6, 6.2) if fem else "n"), 2, "mU/L", 0.32, 4.0, flags=fl,
          rstyle="-"))
    if fem:
        put(R("Ferritin", "2276-4", round(gv(rng, 15, 247, 0)), 0, "ug/L", 15, 247, flags=fl, rstyle="-"))
        put(R("Vitamin B12", "14685-2", round(gv(rng, 220, 700, 0)), 0, "pmol/L", 220, None, flags=fl,
              ref=">220"))
        put(R("Urine Albumin/Creatinine Ratio", "32294-1", gv(rng, 0.3, 2.8, 1), 1, "mg/mmol", None, 2.8, flags=fl,
              ref="<2.8"))
    y += 4
    sec("LIPID ASSESSMENT")
    tc = gv(rng, 3.5, 5.1, 2, "n" if fem else (5.6, 6.3))
    hdl = gv(rng, 1.3 if fem else 1.0, 2.2, 2)
    tg = gv(rng, 0.6, 1.6, 2, "n" if fem else (1.9, 2.6))
    put(R("Cholesterol", "14647-2", tc, 2, "mmol/L", None, 5.20, flags=fl, ref="<5.20"))
    put(R("Triglycerides", "14927-8", tg, 2, "mmol/L", None, 1.70, flags=fl, ref="<1.70"))
    put(R("HDL Cholesterol", "14646-4", hdl, 2, "mmol/L", 1.30 if fem else 1.00, None, flags=fl,
          ref=">1.30" if fem else ">1.00"))
    put(R("LDL Cholesterol", "22748-8", round(tc - hdl - tg / 2.2, 2), 2, "mmol/L", None, 3.50, flags=fl,
          ref="<3.50"))
    put(R("Non-HDL Cholesterol", "70204-3", round(tc - hdl, 2), 2, "mmol/L", None, 4.20, flags=fl, ref="<4.20"))
    y += 8
    c.text(40, y, "Lipid targets per 2021 CCS Dyslipidemia Guidelines. Fasting: 12 hours.", "heit", 7.5, GREY)
    c.line(40, 740, 572, 740, GREY, 0.4)
    c.text(40, 751, "Laboratory Director: Dr. P. Kowalczyk, MD FRCPC.   Licence #5582.   Results reported in SI units.",
           "helv", 7, GREY)
    c.text(40, 761, "H = High, L = Low, HH/LL = Critical.", "helv", 7, GREY)
    c.text(572, 761, "Page 1 of 1", "helv", 7, GREY, align="r")
    return _pdf_bytes(doc, "Lab Report", "MRML Results Online", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI11 Singapore / Malaysia hospital laboratory
# ----------------------------------------------------------------------------------------------------

def _di11(rng: random.Random, v: int):
    sg = v == 1
    fem = sg
    age = 56 if sg else 39
    date = "2024-03-12" if sg else "2024-08-27"
    mon = {"03": "Mar", "08": "Aug"}[date[5:7]]
    dd = f"{date[8:10]}-{mon}-{date[:4]}"
    fl = {"H": "HIGH", "L": "LOW", "HH": "HIGH", "LL": "LOW"}
    doc = fitz.open()
    c = Canvas(doc)
    c.text(297, 40, "KALLANG RIVER GENERAL HOSPITAL" if sg else "PUSAT PERUBATAN SERI MUTIARA", "lsb", 13,
           align="c")
    c.text(297, 53, "Department of Laboratory Medicine" if sg else "Pathology Laboratory (MS ISO 15189 accredited)",
           "ls", 9, align="c")
    c.text(297, 64, "10 Kallang Walk, Singapore 339087" if sg else "Jalan Tun Razak, 50400 Kuala Lumpur", "ls", 7.5,
           GREY, align="c")
    c.line(36, 72, 559, 72, BLACK, 1)
    info = [("Name", "LIM SIEW KHENG" if sg else "MUHAMMAD HAFIZ BIN ROSLAN"),
            ("NRIC/ID", "S****567D" if sg else "850314-**-5511"), ("Sex / Age", ("F" if fem else "M") + f" / {age}Y"),
            ("MRN", "KR2290417" if sg else "SM-0184432"), ("Location", "SOC Clinic B2" if sg else "Health Screening"),
            ("Collected", f"{dd} 09:14"), ("Received", f"{dd} 09:52"), ("Doctor", "Dr Ong Wei Ming" if sg else
                                                                         "Dr Nurul Aina")]
    for i, (k, val) in enumerate(info):
        x = 40 if i % 2 == 0 else 310
        yy = 86 + (i // 2) * 11
        c.text(x, yy, k, "lsb", 8)
        c.text(x + 60, yy, ": " + val, "ls", 8)
    c.line(36, 128, 559, 128, BLACK, 0.5)
    cols = (40, 230, 290, 345, 420)
    y = 142
    for x, t in zip(cols, ("Test", "Result", "Flag", "Units", "Reference Interval")):
        c.text(x, y, t, "lsb", 8.5)
    c.line(36, y + 4, 559, y + 4, BLACK, 0.5)
    y += 16
    rows: list[Row] = []

    def sec(t):
        nonlocal y
        c.text(40, y, t, "lsb", 9)
        y += 12

    def put(r: Row):
        nonlocal y
        c.text(cols[0] + 8, y, r.name, "ls", 8.5)
        c.text(cols[1], y, r.val, "lsb" if r.pf else "ls", 8.5)
        if r.pf:
            c.text(cols[2], y, r.pf, "lsb", 8)
        c.text(cols[3], y, r.unit or "", "ls", 8)
        c.text(cols[4], y, r.ref, "ls", 8)
        rows.append(r)
        y += 11

    b = blood(rng, "female" if fem else "male", "ferro" if sg else "n")
    rbc, hb, hct = round(b["rbc"], 2), round(b["hb"], 1), round(b["hct"], 1)
    sec("FULL BLOOD COUNT")
    kw = {"flags": fl, "rstyle": "-"}
    put(R("Haemoglobin", "718-7", hb, 1, "g/dL", *((11.5, 15.0) if fem else (13.0, 17.0)), **kw))
    put(R("Total White Cell Count", "6690-2", round(b["wbc"], 1), 1, "x10^9/L", 4.0, 10.0, **kw))
    put(R("Platelet Count", "777-3", round(b["plt"]), 0, "x10^9/L", 150, 410, **kw))
    put(R("Red Cell Count", "789-8", rbc, 2, "x10^12/L", *((3.8, 4.8) if fem else (4.5, 5.5)), **kw))
    put(R("Haematocrit", "4544-3", hct, 1, "%", *((36.0, 46.0) if fem else (40.0, 50.0)), **kw))
    put(R("MCV", "787-2", round(hct / rbc * 10, 1), 1, "fL", 83.0, 101.0, **kw))
    put(R("MCH", "785-6", round(hb / rbc * 10, 1), 1, "pg", 27.0, 32.0, **kw))
    put(R("MCHC", "786-4", round(hb / hct * 100, 1), 1, "g/dL", 31.5, 34.5, **kw))
    put(R("RDW", "788-0", round(b["rdw"], 1), 1, "%", 11.6, 14.0, **kw))
    y += 4
    if sg:
        sec("RENAL PANEL")
        scr = round(gv(rng, 45, 84, 0))
        put(R("Sodium", "2951-2", round(gv(rng, 136, 146, 0)), 0, "mmol/L", 136, 146, **kw))
        put(R("Potassium", "2823-3", gv(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, **kw))
        put(R("Chloride", "2075-0", round(gv(rng, 98, 107, 0)), 0, "mmol/L", 98, 107, **kw))
        put(R("Urea", "22664-7", gv(rng, 2.8, 7.6, 1), 1, "mmol/L", 2.8, 7.6, **kw))
        put(R("Creatinine", "14682-9", scr, 0, "umol/L", 45, 84, **kw))
        put(R("eGFR (CKD-EPI 2021)", "98979-8", round(egfr(scr / 88.4, age, fem)), 0, "mL/min/1.73m2", 60, None,
              **kw))
        put(R("Glucose (fasting)", "14749-6", gv(rng, 3.9, 6.0, 1, (7.4, 8.6)), 1, "mmol/L", 3.9, 6.0, **kw))
        put(R("HbA1c", "4548-4", gv(rng, 4.0, 6.0, 1, (7.1, 7.8)), 1, "%", 4.0, 6.0, **kw))
        sec("LIPID PANEL")
        tc = gv(rng, 3.0, 5.1, 1)
        hdl = gv(rng, 1.0, 2.0, 2)
        tg = gv(rng, 0.5, 1.6, 2, (1.9, 2.4))
        put(R("Cholesterol, Total", "14647-2", tc, 1, "mmol/L", None, 5.2, **kw))
        put(R("HDL Cholesterol", "14646-4", hdl, 2, "mmol/L", 1.0, None, **kw))
        put(R("LDL Cholesterol (calc)", "22748-8", round(tc - hdl - tg / 2.2, 2), 2, "mmol/L", None, 3.4, **kw))
        put(R("Triglycerides", "14927-8", tg, 2, "mmol/L", None, 1.7, **kw))
        put(R("Iron", "14798-3", round(gv(rng, 9, 30, 1, (4.2, 7.0)), 1), 1, "umol/L", 9.0, 30.0, **kw))
        put(R("Ferritin", "2276-4", round(gv(rng, 10, 120, 0, (4, 8))), 0, "ug/L", 10, 120, **kw))
    else:
        sec("LIVER FUNCTION TEST")
        tp = round(gv(rng, 64, 83, 0))
        alb = round(gv(rng, 35, 52, 0, (40, 46)))
        bt = round(gv(rng, 3, 21, 0, (24, 31)))
        bd = round(gv(rng, 0, 5, 0, (3, 4)))
        put(R("Total Protein", "2885-2", tp, 0, "g/L", 64, 83, **kw))
        put(R("Albumin", "1751-7", alb, 0, "g/L", 35, 52, **kw))
        put(R("Globulin", "10834-0", tp - alb, 0, "g/L", 20, 35, **kw))
        put(R("Total Bilirubin", "14631-6", bt, 0, "umol/L", 3, 21, **kw))
        put(R("Direct Bilirubin", "14629-0", bd, 0, "umol/L", None, 5, **kw))
        put(R("ALP", "6768-6", round(gv(rng, 40, 129, 0)), 0, "U/L", 40, 129, **kw))
        put(R("ALT", "1742-6", round(gv(rng, 5, 41, 0)), 0, "U/L", None, 41, **kw))
        put(R("AST", "1920-8", round(gv(rng, 5, 40, 0)), 0, "U/L", None, 40, **kw))
        put(R("GGT", "2324-2", round(gv(rng, 10, 71, 0)), 0, "U/L", 10, 71, **kw))
        sec("URINE FEME")
        c.text(cols[0] + 8, y, "Colour / Appearance", "ls", 8.5)
        c.text(cols[1], y, "Yellow / Clear", "ls", 8.5)
        y += 11
        put(R("Specific Gravity", "5811-5", rng.choice([1.010, 1.015, 1.020]), 3, None, 1.005, 1.030, **kw))
        put(R("pH", "5803-2", rng.choice([5.5, 6.0, 6.5]), 1, None, 5.0, 8.0, **kw))
        for nm_, ln in (("Protein", "20454-5"), ("Glucose", "25428-4"), ("Ketones", "2514-8"),
                        ("Blood", "5794-3"), ("Nitrite", "5802-4"), ("Leucocytes", "5799-2")):
            put(Q(nm_, ln, "Negative", "negative", "Negative"))
        put(R("RBC", "13945-1", rng.randint(0, 2) + 0.0, 0, "/HPF", None, 3, **kw, ref="0 - 3"))
        put(R("WBC", "5821-4", rng.randint(1, 4), 0, "/HPF", None, 5, **kw, ref="0 - 5"))
        put(Q("Epithelial Cells", "5787-7", "Few", "present", "Few"))
        put(Q("Casts", "9842-6", "None seen", "absent", "None seen"))
        put(Q("Bacteria", "25145-4", "None seen", "absent", "None seen"))
    y += 12
    c.text(40, y, "Comments:", "lsb", 8)
    c.text(40, y + 11, ("Microcytic hypochromic indices with low iron stores, suggestive of iron deficiency." if sg else
                        "Mildly raised bilirubin, predominantly unconjugated; ?Gilbert syndrome. Suggest repeat fasting."),
           "ls", 8)
    c.line(36, 780, 559, 780, GREY, 0.5)
    c.text(40, 790, "Verified by: " + ("Tan Mei Ling, Senior Medical Technologist" if sg else
                                       "Siti Aminah, Scientific Officer") + "   Authorised: " +
           ("Dr Chua Boon Huat, Pathologist" if sg else "Dr Ravindran A/L Subramaniam, Chemical Pathologist"),
           "ls", 7, GREY)
    c.text(40, 800, "This is a computer-generated report. No signature is required.", "ls", 7, GREY)
    c.text(555, 812, "Page 1 of 1", "ls", 7, GREY, align="r")
    return _pdf_bytes(doc, "Laboratory Report", "Cerner PowerChart", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# DI12 scanned handwritten-style requisition form with printed results (EN, PNG)
# ----------------------------------------------------------------------------------------------------

def _di12(rng: random.Random, v: int):
    fem = v == 1
    age = 34 if fem else 63
    date = "2024-04-18" if fem else "2024-11-05"
    d = date[8:10] + "/" + date[5:7] + "/" + date[2:4]
    fl = {"H": "H", "L": "L", "HH": "H", "LL": "L"}
    doc = fitz.open()
    c = Canvas(doc)
    ink = (0.1, 0.15, 0.55)
    c.rect(30, 28, 565, 812, BLACK, width=1.2)
    c.text(297, 50, "NORTHERN DISTRICT HOSPITAL - PATHOLOGY LABORATORY", "hebo", 12, align="c")
    c.text(297, 63, "LABORATORY REQUEST AND RESULT FORM     (Form LAB-07 rev. 3)", "helv", 8.5, align="c")
    c.line(30, 70, 565, 70, BLACK, 1)
    fields = [("Surname", "Mensah" if fem else "O'Connell", 36, 90), ("First name", "Abena" if fem else "Patrick",
                                                                      300, 90),
              ("Age", f"{age} y", 36, 112), ("Sex  M / F", "F" if fem else "M", 150, 112),
              ("Ward / Clinic", "ANC clinic" if fem else "OPD 3", 300, 112),
              ("Date collected", d, 36, 134), ("Time", "09:30" if fem else "10:15", 220, 134),
              ("Requesting clinician", "Dr Boateng" if fem else "Dr Walsh", 300, 134)]
    for lab, val, x, yy in fields:
        xe = c.text(x, yy, lab + ":", "helv", 8)
        c.line(xe + 3, yy + 2, xe + 3 + 120, yy + 2, BLACK, 0.4, dashes="[1 1] 0")
        c.text(xe + 8, yy - 1, val, "dvsi", 11, ink)
    c.text(36, 154, "Clinical details:", "helv", 8)
    c.text(110, 153, "G2P1, 28/40, tired, ?anaemia" if fem else "HTN, on ramipril. Routine bloods, ?renal fx",
           "dvsi", 11, ink)
    c.line(30, 162, 565, 162, BLACK, 0.8)
    c.text(36, 176, "TESTS REQUESTED (tick)", "hebo", 8.5)
    tests = ["FBC", "U&E", "LFT", "Glucose", "Lipids", "TFT", "HbA1c", "CRP", "Iron studies", "Urine dip"]
    ticked = {"FBC", "Glucose", "Iron studies", "U&E"} if fem else {"FBC", "U&E", "Glucose", "Lipids", "HbA1c"}
    for i, t in enumerate(tests):
        x = 40 + (i % 5) * 105
        yy = 192 + (i // 5) * 16
        c.rect(x, yy - 8, x + 9, yy + 1, BLACK, width=0.6)
        c.text(x + 14, yy, t, "helv", 8.5)
        if t in ticked:
            c.line(x + 1, yy - 4, x + 4, yy, ink, 1.3)
            c.line(x + 4, yy, x + 11, yy - 11, ink, 1.3)
    c.line(30, 222, 565, 222, BLACK, 0.8)
    c.text(36, 236, "LABORATORY USE ONLY - RESULTS", "hebo", 8.5)
    c.text(400, 236, "Lab No: " + ("ND24-03318" if fem else "ND24-10972"), "cour", 9)
    cols = (36, 200, 300, 370, 460)
    y = 254
    c.rect(30, y - 10, 565, y + 4, BLACK, fill=(0.9, 0.9, 0.9), width=0.5)
    for x, t in zip(cols, ("Test", "Result", "Units", "Ref. range", "Comment")):
        c.text(x, y, t, "hebo", 8.5)
    y += 4
    rows: list[Row] = []

    def put(r: Row):
        nonlocal y
        y += 17
        c.text(cols[0], y, r.name, "helv", 9)
        c.rect(cols[1] - 4, y - 11, cols[1] + 80, y + 4, BLACK, width=0.4)
        c.text(cols[1], y, r.val + ("  " + r.pf if r.pf else ""), "cobo", 10)
        c.text(cols[2], y, r.unit or "", "helv", 8.5)
        c.text(cols[3], y, r.ref, "helv", 8.5)
        rows.append(r)

    b = blood(rng, "female" if fem else "male", "ferro" if fem else "n")
    kw = {"flags": fl, "rstyle": "-"}
    put(R("Haemoglobin", "718-7", round(b["hb"], 1), 1, "g/dL", *((11.0, 14.0) if fem else (13.0, 17.0)), **kw))
    put(R("White cell count", "6690-2", round(b["wbc"], 1), 1, "x10^9/L", 4.0, 11.0, **kw))
    put(R("Platelets", "777-3", round(b["plt"]), 0, "x10^9/L", 150, 400, **kw))
    put(R("MCV", "787-2", round(b["mcv"]), 0, "fL", 80, 100, **kw))
    put(R("Sodium", "2951-2", round(gv(rng, 135, 145, 0)), 0, "mmol/L", 135, 145, **kw))
    put(R("Potassium", "2823-3", gv(rng, 3.5, 5.0, 1, "n" if fem else (5.3, 5.7)), 1, "mmol/L", 3.5, 5.0, **kw))
    put(R("Urea", "22664-7", gv(rng, 2.5, 7.8, 1), 1, "mmol/L", 2.5, 7.8, **kw))
    put(R("Creatinine", "14682-9", round(gv(rng, 45, 90, 0) if fem else gv(rng, 60, 110, 0, (118, 134))), 0,
          "umol/L", *((45, 90) if fem else (60, 110)), **kw))
    put(R("Glucose (random)" if fem else "Glucose (fasting)", "14749-6",
          gv(rng, 3.5, 7.8, 1) if fem else gv(rng, 3.9, 6.0, 1, (6.4, 7.2)), 1, "mmol/L",
          *((3.5, 7.8) if fem else (3.9, 6.0)), **kw))
    if fem:
        put(R("Ferritin", "2276-4", round(gv(rng, 15, 150, 0, (5, 10))), 0, "ug/L", 15, 150, **kw))
        put(R("Serum iron", "14798-3", gv(rng, 10, 30, 1, (4.5, 7.5)), 1, "umol/L", 10.0, 30.0, **kw))
    else:
        tc = gv(rng, 3.0, 5.0, 1, (5.4, 6.0))
        hdl = gv(rng, 1.0, 1.9, 1)
        tg = gv(rng, 0.5, 1.7, 1)
        put(R("Cholesterol", "14647-2", tc, 1, "mmol/L", None, 5.0, **kw))
        put(R("HDL cholesterol", "14646-4", hdl, 1, "mmol/L", 1.0, None, **kw))
        put(R("Triglycerides", "14927-8", tg, 1, "mmol/L", None, 1.7, **kw))
        put(R("HbA1c", "4548-4", gv(rng, 4.0, 6.0, 1, (6.3, 6.9)), 1, "%", 4.0, 6.0, **kw))
    y += 30
    c.text(36, y, "Lab comments:", "hebo", 8.5)
    c.text(36, y + 14, "Iron deficiency pattern. Film: hypochromic microcytic cells." if fem else
           "Mild hyperkalaemia, specimen not haemolysed. eGFR not reported on this form.", "cour", 9)
    c.text(300, y + 50, "Checked:", "helv", 8.5)
    c.text(345, y + 49, "K. Afriyie" if fem else "M. Byrne", "dvsi", 12, ink)
    c.text(440, y + 50, "Date:", "helv", 8.5)
    c.text(468, y + 49, d, "dvsi", 11, ink)
    c.text(297, 800, "White copy: patient notes   Yellow copy: laboratory   Pink copy: requesting clinician", "helv",
           7, GREY, align="c")
    return _pdf_bytes(doc, "LAB-07", "Scan", date), "female" if fem else "male", date, rows


# ----------------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------------

_SPEC = (
    ("DI1", "pt", _di1, ("cidade-interior", "cidade-interior"), None),
    ("DI2", "pt", _di2, ("hu-sus", "hu-sus"), None),
    ("DI3", "pt", _di3, ("rede-privada", "rede-privada"), None),
    ("DI4", "pt", _di4, ("uti-arterial", "uti-venosa"), None),
    ("DI5", "pt", _di5, ("lis-antigo", "lis-antigo-eas"), None),
    ("DI6", "pt", _di6, ("hospital-pt", "hospital-pt"), None),
    ("DI7", "pt", _di7, ("laudo-fax", "laudo-fax"), "fax"),
    ("DI8", "pt", _di8, ("checkup", "checkup"), None),
    ("DI9", "en", _di9, ("au-cumulative", "nz-cumulative"), None),
    ("DI10", "en", _di10, ("ca-community", "ca-community"), None),
    ("DI11", "en", _di11, ("sg-hospital", "my-hospital"), None),
    ("DI12", "en", _di12, ("req-form", "req-form"), "scan"),
)


def _build() -> list[tuple[GeneratedReport, bytes, list[Row]]]:
    out = []
    for fam, lang, fn, slugs, scan in _SPEC:
        for v in (1, 2):
            name = f"{fam}-{slugs[v - 1]}-{lang}-{v:02d}"
            rng = random.Random(SEED + name)
            pdf, sex, date, rows = fn(rng, v)
            if scan == "fax":
                content, mime = _scan(pdf, SEED + name, dpi=200, angle=-0.9 if v == 1 else 0.6, fax=True), "image/png"
            elif scan == "scan":
                content, mime = _scan(pdf, SEED + name, dpi=170, angle=1.1 if v == 1 else -0.8), "image/png"
            else:
                content, mime = pdf, "application/pdf"
            exp = [r.exp for r in rows if r.exp is not None]
            out.append((GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                                        sex=sex, collected_on=date, expected=exp), pdf, rows))
    return out


def reports() -> list[GeneratedReport]:
    return [g for g, _, _ in _build()]


def _selfcheck(outdir: str = "/tmp/helper/i") -> None:  # pragma: no cover - manual check
    a, b = _build(), reports()
    assert [g.content for g, _, _ in a] == [g.content for g in b], "not deterministic"
    total = 0
    for g, pdf, rows in a:
        doc = fitz.open("pdf", pdf)
        text = "\n".join(p.get_text() for p in doc)
        for r in rows:
            assert r.name in text, (g.name, r.name)
            assert r.val in text, (g.name, r.name, r.val)
            if r.pf:
                assert r.pf in text, (g.name, r.pf)
            e = r.exp
            assert e.flag == flag_of(e.value, e.ref_low, e.ref_high, crit(e.loinc, e.unit)) or e.comparator
            for bound in (e.ref_low, e.ref_high):
                assert e.value is None or bound is None or e.value != bound, (g.name, e)
        total += len(g.expected)
        assert 8 <= len(g.expected) <= 60, (g.name, len(g.expected))
        if g.mime_type == "image/png":
            with open(f"{outdir}/{g.name}.png", "wb") as fh:
                fh.write(g.content)
        else:
            doc[0].get_pixmap(dpi=110).save(f"{outdir}/{g.name}.png")
    print(len(a), "reports,", total, "expected results")


if __name__ == "__main__":  # pragma: no cover
    _selfcheck()
