"""Development lab-report family set "DJ": twelve invented laboratory layouts, two reports each.

Families (language, file type):
    DJ1  en  PDF  Nigerian university teaching hospital (chemical pathology / haematology), SI chemistry
    DJ2  en  PDF  Philippine private diagnostic centre, SI result column plus a conventional-unit column
    DJ3  en  PDF  Scottish NHS board laboratory, monospaced "Test  Result  Units  Range" with comments
    DJ4  en  PDF  US reference laboratory, "In Range / Out Of Range" columns, units inside the range text
    DJ5  en  PDF  US hospital EHR printout (component table, H/L/HH flags, comment lines, critical call)
    DJ6  en  PDF  Urgent-care point-of-care sheet (urine dipstick, rapid antigens, i-STAT CHEM8+)
    DJ7  en  PDF  Specialist endocrine / fertility / sports-medicine hormone panel with phase/age tables
    DJ8  en  PNG  US lab report received by fax (fax header line, binarised fine-mode scan)
    DJ9  pt  PDF  Brazilian hospital emergency lab (exames de urgência, arterial / venous blood gas)
    DJ10 pt  PDF  Brazilian lab e-mail body: plain-text summary of results, printed from webmail
    DJ11 pt  PDF  Brazilian occupational-health (PCMSO admissional / periódico) report with EAS
    DJ12 pt  PNG  Brazilian private-lab report photographed slightly askew on a desk

Seed: every report uses random.Random(SEED + "|" + report name), SEED = "labs-dev-j/DJ/2024-v1";
PDF metadata is fixed and files are written without a new /ID, so two calls give identical bytes.

Ground-truth decisions where the conventions are silent:
- DJ2 prints SI results first and a converted "conventional" column second; the SI column is the
  result, the conventional column is the SI-conversion column (not a result).
- eGFR is always CKD-EPI 2021 (98979-8) from the printed creatinine, age and sex; the NHS layout prints it
  without a range (ref None, flag N).
- Critical values: the US hospital printout prints "HH"/"LL"; the Brazilian emergency lab prints "*" for every
  out-of-range value, critical or not (printed_flag "*", flag HH for glucose > 500 mg/dL).
- US "> OR = 60" style ranges are read as a lower bound only (ref_low 60, ref_high None).
- Fingerstick glucose uses 41653-7; i-STAT cartridge rows use whole-blood codes (Na 2947-0, K 6298-4,
  Cl 2069-3, iCa 1994-3, glucose 2339-0, TCO2 20565-8, BUN 6299-2, creatinine 38483-4, Hct 20570-8).
- Urine dipstick: glucose 5792-7, protein 20454-5, ketones 2514-8, blood 5794-3, bilirubin 5770-3,
  nitrite 5802-4, leukocyte esterase 5799-2, urobilinogen 20405-7, pH 5803-2, SG 5811-5; pt EAS
  per-field counts use 5821-4 (leucócitos) / 13945-1 (hemácias); sediment epithelial cells 5787-7,
  bacteria 25145-4, mucus 8247-9, casts 9842-6, crystals 5782-8. TTPA relação 63561-5 (unit None).
- Brazilian leukograms print % and /mm³ on one line under one name: two results with the same
  name_as_printed and different codes (770-8 / 751-8 etc.).
- Rapid antigens: strep A 78012-2, influenza A/B 80382-5 / 80383-3, SARS-CoV-2 94558-4, urine hCG 2106-3.
- "Glucose (random)" in mmol/L uses 14749-6 and fasting glucose in mg/dL 2345-7 (no fasting-specific codes).
- The hematocrit (PCV) row uses 4544-3; the Philippine "L/L" hematocrit too (value as printed, e.g. 0.41).
- Free testosterone by equilibrium dialysis (2991-8) is measured, not calculated.
- Blood lead in the occupational report: ref is the printed "VR" (até 10 µg/dL); the NR-7 IBE is a note.
- Brazilian TP "Controle do dia" and ISI, FiO2 and patient temperature are printed but are not results.
- DJ12 prints no abnormal flags (printed_flag None everywhere); flags are still computed.
"""

from __future__ import annotations

import math
import os
import random

import cv2
import numpy as np
import pymupdf as fitz

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # pragma: no cover - when run from inside tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport  # type: ignore

SEED = "labs-dev-j/DJ/2024-v1"
FAMILIES: tuple[str, ...] = tuple(f"DJ{i}" for i in range(1, 13))

_TTF_DIR = "/usr/share/fonts/truetype/"
TTF = {  # DejaVu: its hyphen and space extract as plain "-" and " " (Liberation's give U+00AD / U+00A0)
    "ls": "dejavu/DejaVuSansCondensed.ttf",
    "lsb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "lsi": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "lm": "dejavu/DejaVuSansMono.ttf",
}
_BASE_FALLBACK = {"ls": "helv", "lsb": "hebo", "lsi": "heit", "lm": "cour"}
_FONT_CACHE: dict[str, fitz.Font] = {}


def _font(name: str) -> tuple[str, fitz.Font]:
    rel = TTF.get(name)
    if rel and os.path.exists(_TTF_DIR + rel):
        if name not in _FONT_CACHE:
            _FONT_CACHE[name] = fitz.Font(fontfile=_TTF_DIR + rel)
        return name, _FONT_CACHE[name]
    base = _BASE_FALLBACK.get(name, name)
    if base not in _FONT_CACHE:
        _FONT_CACHE[base] = fitz.Font(base)
    return base, _FONT_CACHE[base]


# ---- values, flags, rows

CRIT = {
    "718-7": (5.0, None), "4544-3": (15.0, None), "20570-8": (15.0, None), "6690-2": (1.0, 50.0),
    "777-3": (10.0, None), "751-8": (0.5, None), "2345-7": (40.0, 500.0), "2339-0": (40.0, 500.0),
    "41653-7": (40.0, 500.0), "14749-6": (2.2, 27.8), "2823-3": (2.5, 6.5), "6298-4": (2.5, 6.5),
    "2951-2": (120.0, 160.0), "2947-0": (120.0, 160.0), "3173-2": (None, 150.0),
}


def crit(code: str, unit: str | None) -> tuple[float | None, float | None]:
    lo, hi = CRIT.get(code, (None, None))
    u = unit or ""
    f = 1.0
    if code in ("6690-2", "777-3", "751-8") and ("mm" in u or u in ("/µL", "/uL", "cells/uL")):
        f = 1000.0
    elif code == "718-7" and u == "g/L":
        f = 10.0
    elif code in ("4544-3", "20570-8") and u in ("L/L", ""):
        f = 0.01
    return (lo * f if lo is not None else None, hi * f if hi is not None else None)


def flag_of(v: float, lo: float | None, hi: float | None, code: str, unit: str | None) -> str:
    clo, chi = crit(code, unit)
    if clo is not None and v < clo:
        return "LL"
    if chi is not None and v > chi:
        return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


def gen(rng: random.Random, lo: float, hi: float, dec: int, abn: float = 0.0, side: str | None = None) -> float:
    """A value clearly inside [lo, hi], or (with probability abn / when side is given) moderately outside."""
    span = hi - lo
    if side is None and rng.random() < abn:
        side = rng.choice("LH")
    if side == "L" and lo - 0.3 * span <= 0:
        side = "H"
    for _ in range(30):
        if side == "L":
            v = lo - span * rng.uniform(0.08, 0.3)
        elif side == "H":
            v = hi + span * rng.uniform(0.08, 0.4)
        else:
            v = rng.uniform(lo + 0.12 * span, hi - 0.12 * span)
        q = round(v, dec)
        if q not in (round(lo, dec), round(hi, dec)):
            return q
    return round((lo + hi) / 2, dec)


def fnum(v: float, dec: int, lang: str = "en", thou: bool = False) -> str:
    s = f"{v:,.{dec}f}" if thou else f"{v:.{dec}f}"
    if lang == "pt":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def egfr(scr_mgdl: float, age: int, sex: str) -> float:
    k, a = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    r = scr_mgdl / k
    v = 142 * min(r, 1) ** a * max(r, 1) ** -1.200 * 0.9938 ** age
    return v * (1.012 if sex == "female" else 1.0)


class Lab:
    """Collects printed rows and their ground truth for one report."""

    def __init__(self, lang: str, fmap: dict[str, str] | None, sep: str = " - "):
        self.lang = lang
        self.fmap = fmap
        self.sep = sep
        self.rows: list[dict] = []

    def f(self, v: float, d: int, thou: bool = False) -> str:
        return fnum(v, d, self.lang, thou)

    def ref(self, lo: float | None, hi: float | None, d: int, thou: bool = False) -> str:
        if lo is not None and hi is not None:
            return f"{self.f(lo, d, thou)}{self.sep}{self.f(hi, d, thou)}"
        if hi is not None:
            return f"< {self.f(hi, d, thou)}"
        if lo is not None:
            return f"> {self.f(lo, d, thou)}"
        return ""

    def sec(self, title: str, **kw) -> None:
        self.rows.append({"k": "sec", "name": title, **kw})

    def note(self, text: str, **kw) -> None:
        self.rows.append({"k": "note", "name": text, **kw})

    def info(self, name: str, val: str, unit: str = "", ref: str = "", **kw) -> None:
        self.rows.append({"k": "info", "name": name, "val": val, "unit": unit, "ref": ref, "pf": "", **kw})

    def num(self, code, name, v, dec, unit, lo, hi, *, ref=None, rdec=None, thou=False, cmp=None,
            eunit="=", pf=None, **kw) -> dict:
        for bound in (lo, hi):  # never exactly on a bound: nudge one last digit inwards
            if bound is not None and round(v, dec) == round(bound, dec):
                step = 10 ** -dec
                v = v + step if bound == lo else v - step
        v = float(round(v, dec))
        eu = (unit or None) if eunit == "=" else eunit
        fl = flag_of(v, lo, hi, code, eu)
        if cmp == "<" and hi is not None and v <= hi:
            fl = "N"
        if cmp == ">" and (lo is None or v >= lo):
            fl = "N"
        ptxt = pf if pf is not None else (self.fmap.get(fl, "") if self.fmap else "")
        if fl == "N" and pf is None:
            ptxt = ""
        rtxt = ref if ref is not None else self.ref(lo, hi, dec if rdec is None else rdec, thou)
        val = (cmp + " " if cmp and self.lang == "pt" else (cmp or "")) + self.f(v, dec, thou)
        exp = ExpectedResult(loinc=code, name_as_printed=name, value=v, unit=eu, ref_low=lo, ref_high=hi,
                             flag=fl, comparator=cmp, printed_flag=ptxt or None)
        row = {"k": "res", "name": name, "val": val, "unit": unit or "", "ref": rtxt, "pf": ptxt, "flag": fl,
               "exp": exp, "v": v, **kw}
        self.rows.append(row)
        return row

    def qual(self, code, name, text, meaning, ref="", unit=None, pf=None, **kw) -> dict:
        exp = ExpectedResult(loinc=code, name_as_printed=name, value=None, unit=unit, ref_low=None, ref_high=None,
                             flag="N", qualitative=meaning, printed_flag=pf)
        row = {"k": "res", "name": name, "val": text, "unit": unit or "", "ref": ref, "pf": pf or "", "flag": "N",
               "exp": exp, **kw}
        self.rows.append(row)
        return row

    def expected(self) -> list[ExpectedResult]:
        return [r["exp"] for r in self.rows if r.get("exp") is not None]


def cbc_raw(rng: random.Random, sex: str, anemia: bool = False, wbc: float | None = None,
            plt: float | None = None, neut: float | None = None) -> dict:
    hgb = rng.uniform(12.5, 14.6) if sex == "female" else rng.uniform(13.9, 16.3)
    mcv, mchc, rdw = rng.uniform(84, 94), rng.uniform(32.7, 34.6), rng.uniform(12.1, 14.0)
    if anemia:
        hgb, mcv, mchc, rdw = rng.uniform(8.6, 10.4), rng.uniform(70, 77), rng.uniform(30.6, 31.6), rng.uniform(15.8, 18)
    hct = hgb / mchc * 100
    rbc = hct * 10 / mcv
    n = neut if neut is not None else rng.uniform(50, 66)
    mono, eos, baso = rng.uniform(4.5, 8.5), rng.uniform(1.5, 3.8), rng.uniform(0.3, 0.8)
    if n > 72:  # neutrophilia: the other lines shrink
        mono, eos, baso = rng.uniform(3.0, 5.5), rng.uniform(0.4, 1.0), rng.uniform(0.1, 0.4)
    return {"hgb": hgb, "hct": hct, "rbc": rbc, "rdw": rdw, "wbc": wbc or rng.uniform(5.0, 8.8),
            "plt": plt or rng.uniform(185, 340), "mpv": rng.uniform(8.6, 10.8),
            "diff": {"neut": n, "lymph": 100 - n - mono - eos - baso, "mono": mono, "eos": eos, "baso": baso}}


DIFF_CODES = {"neut": ("770-8", "751-8"), "lymph": ("736-9", "731-0"), "mono": ("5905-5", "742-7"),
              "eos": ("713-8", "711-2"), "baso": ("706-2", "704-7")}


def diff_pcts(c: dict, dec: int) -> dict:
    """Rounded percentages summing to 100 (lymphocytes absorb the rounding)."""
    p = {k: round(v, dec) for k, v in c["diff"].items()}
    p["lymph"] = round(100 - p["neut"] - p["mono"] - p["eos"] - p["baso"], dec)
    return p


# ---- drawing

class Pg:
    def __init__(self, doc: fitz.Document, w: float, h: float):
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.loaded: set[str] = set()

    def width(self, s: str, sz: float, f: str) -> float:
        return _font(f)[1].text_length(s, fontsize=sz)

    def tx(self, x, y, s, sz=9.0, f="helv", col=(0, 0, 0), al="l"):
        name, font = _font(f)
        if name in TTF and name not in self.loaded:
            self.p.insert_font(fontname=name, fontfile=_TTF_DIR + TTF[name])
            self.loaded.add(name)
        if al != "l":
            wd = font.text_length(s, fontsize=sz)
            x = x - wd if al == "r" else x - wd / 2
        self.p.insert_text((x, y), s, fontsize=sz, fontname=name, color=col)

    def ln(self, x0, y0, x1, y1, w=0.5, col=(0, 0, 0), dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=col, width=w, dashes=dashes)

    def rc(self, x0, y0, x1, y1, col=(0, 0, 0), fill=None, w=0.5):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=col, fill=fill, width=w)

    def wrap(self, x, y, maxw, s, sz=8.0, f="helv", lh=None, col=(0, 0, 0)) -> float:
        lh = lh or sz * 1.3
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if self.width(trial, sz, f) > maxw and line:
                self.tx(x, y, line, sz, f, col)
                y += lh
                line = word
            else:
                line = trial
        if line:
            self.tx(x, y, line, sz, f, col)
            y += lh
        return y


class Doc:
    def __init__(self, header, footer=None, w=595.0, h=842.0, bottom=None):
        self.d = fitz.open()
        self.w, self.h = w, h
        self.header, self.footer = header, footer
        self.bottom = bottom or h - 80
        self.pages: list[Pg] = []
        self.new()

    def new(self):
        self.pg = Pg(self.d, self.w, self.h)
        self.pages.append(self.pg)
        self.y = self.header(self.pg, len(self.pages))

    def need(self, dy: float):
        if self.y + dy > self.bottom:
            self.new()

    def finish(self, title: str) -> bytes:
        for i, pg in enumerate(self.pages, 1):
            pg.p = self.d[i - 1]
            if self.footer:
                self.footer(pg, i, len(self.pages))
        self.d.set_metadata({"title": title, "author": "", "subject": "Laboratory report", "keywords": "",
                             "creator": "LIS report writer 4.2", "producer": "PyMuPDF",
                             "creationDate": "D:20240401090000Z", "modDate": "D:20240401090000Z"})
        self.d.subset_fonts()
        return self.d.tobytes(garbage=3, deflate=True, no_new_id=True)


def draw_table(doc: Doc, rows: list[dict], cols: list[tuple], *, lh=12.0, sz=8.5, f="helv", fb="hebo",
               sec=None, note=None, bold_abn=True, leader=None, fi=None):
    """cols: (key, x, align). Keys: name, val, unit, ref, pf, valpf. Multi-line ref split on '\\n'."""
    for r in rows:
        if r["k"] == "sec":
            doc.need(lh * 2.2)
            doc.y += lh * 0.4
            (sec or (lambda pg, y, t: pg.tx(40, y, t, sz + 1, fb)))(doc.pg, doc.y, r["name"])
            doc.y += lh * 1.2
            continue
        if r["k"] == "note":
            doc.need(lh)
            if note:
                doc.y = note(doc.pg, doc.y, r["name"])
            else:
                doc.y = doc.pg.wrap(cols[0][1] + 8, doc.y, doc.w - cols[0][1] - 60, r["name"], sz - 1, fi or f)
            continue
        refs = (r.get("ref") or "").split("\n")
        doc.need(lh * len(refs))
        for key, x, al in cols:
            if key == "valpf":
                s = (r.get("val", "") + (" " + r["pf"] if r.get("pf") else ""))
            else:
                s = r.get(key, "") or ""
            if key == "ref":
                for j, part in enumerate(refs):
                    doc.pg.tx(x, doc.y + j * lh, part, sz, f, al=al)
                continue
            if key == "name" and leader:
                s = leader(doc.pg, s, x, sz, f)
            bold = bold_abn and r.get("flag", "N") != "N" and key in ("val", "valpf", "pf")
            doc.pg.tx(x, doc.y, s, sz, fb if bold else f, al=al)
        doc.y += lh * len(refs)


# ---- image degradation for the scanned families

def _raster(pdf: bytes, dpi: int) -> np.ndarray:
    d = fitz.open("pdf", pdf)
    pix = d[0].get_pixmap(dpi=dpi, colorspace=fitz.csRGB, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, 3).copy()


def fax_png(pdf: bytes, rng: random.Random) -> bytes:
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    g = cv2.cvtColor(_raster(pdf, 200), cv2.COLOR_RGB2GRAY).astype(np.float32)
    h, w = g.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.7, 0.7), 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    g = cv2.GaussianBlur(g, (3, 3), 0.6)
    g = g + nr.normal(0, 22, g.shape).astype(np.float32)
    b = np.where(g < 160, 0, 255).astype(np.uint8)
    b[nr.random(b.shape) < 0.0006] = 0  # specks
    for _ in range(rng.randint(1, 3)):  # thin scanner streaks
        yy = rng.randrange(60, h - 60)
        b[yy:yy + 1, :] = np.minimum(b[yy:yy + 1, :], np.where(nr.random((1, w)) < 0.5, 0, 255).astype(np.uint8))
    b = cv2.resize(cv2.resize(b, (w, h // 2), interpolation=cv2.INTER_AREA), (w, h), interpolation=cv2.INTER_NEAREST)
    b = np.where(b < 140, 0, 255).astype(np.uint8)
    return cv2.imencode(".png", b, [cv2.IMWRITE_PNG_COMPRESSION, 9])[1].tobytes()


def photo_png(pdf: bytes, rng: random.Random) -> bytes:
    nr = np.random.default_rng(rng.randrange(2 ** 31))
    page = _raster(pdf, 160).astype(np.float32)
    h, w = page.shape[:2]
    pad = 90
    W, H = w + 2 * pad, h + 2 * pad
    bg = np.zeros((H, W, 3), np.float32) + np.array([72, 96, 128], np.float32)  # wooden desk (RGB)
    grain = cv2.resize(nr.normal(0, 14, (H // 8, W // 2)).astype(np.float32), (W, H))
    bg += grain[..., None]
    ang = math.radians(rng.uniform(2.0, 3.5) * rng.choice((-1, 1)))
    cx, cy = W / 2, H / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for (x, y), (jx, jy) in zip(src, [(14, 10), (-10, 18), (-4, -6), (8, -12)]):
        x0, y0 = x - w / 2, y - h / 2
        x1 = cx + x0 * math.cos(ang) - y0 * math.sin(ang) + jx + rng.uniform(-6, 6)
        y1 = cy + x0 * math.sin(ang) + y0 * math.cos(ang) + jy * 0.6 + rng.uniform(-6, 6)
        dst.append([x1 * 0.97 + W * 0.015, y1 * 0.97 + H * 0.015])
    mt = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, mt, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), mt, (W, H), flags=cv2.INTER_LINEAR)[..., None]
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (9, 7), (0, 1)), (41, 41), 0)[..., None]
    img = bg * (1 - 0.45 * shadow * (1 - mask)) * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.03 - 0.22 * (xx / W) * 0.6 - 0.18 * (yy / H) + 0.05 * np.sin(xx / W * 3.1)
    img = img * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)  # warm indoor light
    img = cv2.GaussianBlur(img, (3, 3), 0.9) + nr.normal(0, 3.5, img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    bgr = cv2.cvtColor(img, cv2.COLOR_RGB2BGR)
    jpg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, 72])[1]
    bgr = cv2.imdecode(jpg, cv2.IMREAD_COLOR)
    return cv2.imencode(".png", bgr, [cv2.IMWRITE_PNG_COMPRESSION, 9])[1].tobytes()


# ---- DJ1 — Nigerian teaching hospital

def dj1(rng: random.Random, i: int):
    sex, age = ("female", 46) if i == 0 else ("male", 58)
    pname = "ADEYEMI, Folasade Omolara" if i == 0 else "OKONKWO, Chinedu Emeka"
    date = "12/03/2024" if i == 0 else "04/06/2024"
    L = Lab("en", {"L": "L", "H": "H", "LL": "LL", "HH": "HH"})
    F = sex == "female"
    if i == 0:
        L.sec("ELECTROLYTES, UREA & CREATININE")
        L.num("2951-2", "Sodium", gen(rng, 135, 145, 0), 0, "mmol/L", 135, 145)
        L.num("2823-3", "Potassium", rng.choice([5.4, 5.5, 5.6]), 1, "mmol/L", 3.5, 5.0)
        L.num("2075-0", "Chloride", gen(rng, 96, 106, 0), 0, "mmol/L", 96, 106)
        L.num("1963-8", "Bicarbonate", rng.choice([18.0, 19.0, 20.0]), 0, "mmol/L", 22, 29)
        L.num("22664-7", "Urea", round(rng.uniform(10.5, 13.5), 1), 1, "mmol/L", 2.5, 7.1)
        L.num("14682-9", "Creatinine", round(rng.uniform(150, 190)), 0, "µmol/L", 44, 80)
        L.sec("OTHER CHEMISTRY")
        L.num("14749-6", "Plasma Glucose (Random)", gen(rng, 3.9, 7.8, 1), 1, "mmol/L", 3.9, 7.8)
        L.num("14933-6", "Uric Acid", round(rng.uniform(390, 440)), 0, "µmol/L", 155, 357)
        L.sec("LIVER FUNCTION TESTS")
        tb = gen(rng, 3, 21, 1)
        L.num("14631-6", "Total Bilirubin", tb, 1, "µmol/L", 3, 21, rdec=0)
        L.num("14629-0", "Conjugated Bilirubin", round(min(tb * rng.uniform(0.15, 0.3), 4.2), 1), 1, "µmol/L", 0,
              5, rdec=0)
        L.num("1742-6", "ALT (SGPT)", gen(rng, 7, 40, 0, 0.2), 0, "U/L", 7, 40)
        L.num("1920-8", "AST (SGOT)", gen(rng, 5, 40, 0), 0, "U/L", 5, 40)
        L.num("6768-6", "Alkaline Phosphatase", gen(rng, 40, 130, 0), 0, "U/L", 40, 130)
        L.num("2324-2", "Gamma GT", gen(rng, 6, 42, 0), 0, "U/L", 6, 42)
        tp = gen(rng, 64, 78, 0)
        alb = float(rng.choice([31, 32, 33]))
        L.num("2885-2", "Total Protein", tp, 0, "g/L", 60, 80)
        L.num("1751-7", "Albumin", alb, 0, "g/L", 35, 50)
        L.num("10834-0", "Globulin", tp - alb, 0, "g/L", 20, 35)
        clin, dept = "Known hypertensive, ? CKD. Bilateral pedal oedema.", "CHEMICAL PATHOLOGY"
    else:
        c = cbc_raw(rng, sex, wbc=rng.uniform(3.6, 7.5))
        L.sec("FULL BLOOD COUNT")
        L.num("718-7", "Haemoglobin", round(c["hgb"], 1), 1, "g/dL", 13.0, 17.0)
        L.num("4544-3", "Packed Cell Volume (PCV)", round(c["hct"]), 0, "%", 40, 52)
        L.num("6690-2", "White Cell Count", round(c["wbc"], 1), 1, "x10^9/L", 3.0, 10.0)
        p = diff_pcts(c, 0)
        p["baso"] = 1.0
        p["lymph"] = 100 - p["neut"] - p["mono"] - p["eos"] - 1
        for k, nm, lo, hi in [("neut", "Neutrophils", 40, 75), ("lymph", "Lymphocytes", 20, 45),
                              ("mono", "Monocytes", 2, 10), ("eos", "Eosinophils", 1, 6), ("baso", "Basophils", 0, 2)]:
            L.num(DIFF_CODES[k][0], nm, p[k], 0, "%", lo, hi)
        L.num("777-3", "Platelet Count", round(c["plt"]), 0, "x10^9/L", 150, 400)
        L.num("4537-7", "ESR (Westergren)", float(rng.randint(4, 12)), 0, "mm/hr", 0, 15)
        L.sec("FASTING LIPID PROFILE")
        tc = round(rng.uniform(5.5, 6.4), 2)
        hdl = round(rng.uniform(1.05, 1.35), 2)
        tg = round(rng.uniform(1.2, 1.6), 2)
        L.num("14647-2", "Total Cholesterol", tc, 2, "mmol/L", None, 5.2, rdec=1)
        L.num("14927-8", "Triglycerides", tg, 2, "mmol/L", None, 1.7, rdec=1)
        L.num("14646-4", "HDL Cholesterol", hdl, 2, "mmol/L", 1.0, None, rdec=1)
        L.num("39469-2", "LDL Cholesterol (calc.)", round(tc - hdl - tg / 2.2, 2), 2, "mmol/L", None, 3.4, rdec=1)
        L.sec("GLYCAEMIC CONTROL")
        L.num("4548-4", "Glycated Haemoglobin (HbA1c)", round(rng.uniform(6.6, 7.4), 1), 1, "%", 4.0, 6.0)
        L.num("2951-2", "Sodium", gen(rng, 135, 145, 0), 0, "mmol/L", 135, 145)
        L.num("2823-3", "Potassium", gen(rng, 3.5, 5.0, 1), 1, "mmol/L", 3.5, 5.0)
        L.num("14682-9", "Creatinine", gen(rng, 62, 106, 0), 0, "µmol/L", 62, 106)
        clin, dept = "Type 2 DM on metformin, 6-monthly review. Fasted 12 h.", "CHEMICAL PATHOLOGY / HAEMATOLOGY"

    def header(pg: Pg, n: int) -> float:
        pg.p.draw_circle((70, 62), 24, color=(0.1, 0.3, 0.1), width=1.2)
        pg.tx(70, 60, "OHUTH", 7, "tibo", (0.1, 0.3, 0.1), al="c")
        pg.tx(70, 70, "1962", 6, "tiro", (0.1, 0.3, 0.1), al="c")
        pg.tx(310, 50, "OLUMO HILLS UNIVERSITY TEACHING HOSPITAL", 14, "tibo", al="c")
        pg.tx(310, 64, "P.M.B. 2017, Idi-Aba, Abeokuta, Ogun State, Nigeria", 8.5, "tiro", al="c")
        pg.tx(310, 76, "Tel: 0803 555 1422   |   labservices@ohuth.example.ng", 8, "tiro", al="c")
        pg.tx(310, 96, f"DEPARTMENT OF {dept}", 11, "tibo", al="c")
        pg.ln(36, 104, 559, 104, 1.2)
        pg.rc(36, 110, 559, 182, w=0.6)
        info = [("Name:", pname, "Hosp. No.:", f"OH/{rng.randint(100000, 999999)}"),
                ("Age:", f"{age} Yrs", "Sex:", "Female" if F else "Male"),
                ("Ward/Clinic:", "MOPD" if i == 0 else "Endocrine Clinic", "Lab No.:", f"CP/24/{rng.randint(1000, 9999)}"),
                ("Consultant:", "Dr. A. O. Bamgbose" if i == 0 else "Prof. K. N. Eze", "Date Collected:", date),
                ("Specimen:", "Blood (Plain / Fluoride / EDTA)", "Date Reported:", date)]
        y = 124
        for a, b, c2, d in info:
            pg.tx(42, y, a, 8.5, "tibo")
            pg.tx(112, y, b, 8.5, "tiro")
            pg.tx(330, y, c2, 8.5, "tibo")
            pg.tx(420, y, d, 8.5, "tiro")
            y += 13
        pg.tx(42, 198, "Clinical Details:", 8.5, "tibo")
        pg.tx(118, 198, clin, 8.5, "tiro")
        y = 218
        pg.rc(36, y - 11, 559, y + 4, fill=(0.88, 0.88, 0.88), w=0.4)
        for t, x in [("TEST", 42), ("RESULT", 250), ("FLAG", 318), ("UNIT", 360), ("REFERENCE RANGE", 445)]:
            pg.tx(x, y, t, 8.5, "tibo")
        return y + 18

    def footer(pg: Pg, k: int, n: int):
        pg.ln(36, 760, 559, 760, 0.5)
        pg.tx(42, 776, "Medical Laboratory Scientist: ____________________", 8, "tiro")
        pg.tx(330, 776, "Consultant Chemical Pathologist: ______________", 8, "tiro")
        pg.tx(42, 792, "Results relate only to the specimen received. Flag: H = above, L = below reference range.", 7,
              "tiit")
        pg.tx(559, 806, f"Page {k} of {n}", 7, "tiro", al="r")

    doc = Doc(header, footer, bottom=745)
    draw_table(doc, L.rows, [("name", 42, "l"), ("val", 250, "l"), ("pf", 322, "l"), ("unit", 360, "l"),
                             ("ref", 445, "l")], lh=13, sz=9, f="tiro", fb="tibo",
               sec=lambda pg, y, t: (pg.tx(42, y, t, 9, "tibo"), pg.ln(42, y + 2, 42 + pg.width(t, 9, "tibo"), y + 2)))
    doc.need(40)
    doc.pg.tx(42, doc.y + 10, "Comment:", 8.5, "tibo")
    doc.pg.wrap(90, doc.y + 10, 450, "Please correlate clinically. Repeat E/U/Cr in 2 weeks advised." if i == 0
                else "Lipid profile and HbA1c suggest suboptimal control; kindly review.", 8.5, "tiit")
    slug = "eucr-lft" if i == 0 else "fbc-lipid"
    iso = "2024-03-12" if i == 0 else "2024-06-04"
    return slug, doc.finish("Laboratory Report"), "application/pdf", sex, iso, L.expected()


# ---- DJ2 — Philippine private diagnostic centre (SI + conventional columns)

def dj2(rng: random.Random, i: int):
    sex, age = ("female", 38) if i == 0 else ("male", 61)
    F = sex == "female"
    L = Lab("en", {"L": "L", "H": "H", "LL": "L", "HH": "H"}, sep=" - ")
    c = cbc_raw(rng, sex, anemia=(i == 0))
    L.sec("HEMATOLOGY - COMPLETE BLOOD COUNT")
    hgb = round(c["hgb"] * 10)
    hct = round(c["hct"] / 100, 2)
    rbc = round(c["rbc"], 2)
    L.num("718-7", "Hemoglobin", hgb, 0, "g/L", 120 if F else 135, 160 if F else 180)
    L.num("4544-3", "Hematocrit", hct, 2, "L/L", 0.37 if F else 0.40, 0.47 if F else 0.54)
    L.num("789-8", "RBC Count", rbc, 2, "x10^12/L", 4.2 if F else 4.5, 5.4 if F else 6.2, rdec=1)
    L.num("787-2", "MCV", round(hct / rbc * 1000, 1), 1, "fL", 80, 96, rdec=0)
    L.num("785-6", "MCH", round(hgb / rbc, 1), 1, "pg", 27, 31, rdec=0)
    L.num("786-4", "MCHC", round(hgb / hct), 0, "g/L", 320, 360)
    L.num("788-0", "RDW-CV", round(c["rdw"], 1), 1, "%", 11.5, 14.5)
    L.num("6690-2", "WBC Count", round(c["wbc"], 2), 2, "x10^9/L", 5.0, 10.0, rdec=1)
    p = diff_pcts(c, 0)
    p["baso"] = 1.0
    p["lymph"] = 100 - p["neut"] - p["mono"] - p["eos"] - 1
    for k, nm, lo, hi in [("neut", "Neutrophils", 50, 70), ("lymph", "Lymphocytes", 20, 40),
                          ("mono", "Monocytes", 2, 9), ("eos", "Eosinophils", 1, 4), ("baso", "Basophils", 0, 2)]:
        L.num(DIFF_CODES[k][0], nm, p[k], 0, "%", lo, hi)
    L.num("777-3", "Platelet Count", round(c["plt"]), 0, "x10^9/L", 150, 400)

    def both(code, name, si, dec, unit, lo, hi, fac, cdec, cunit, rdec=None):
        r = L.num(code, name, si, dec, unit, lo, hi, rdec=rdec)
        r["conv"] = L.f(si * fac, cdec)
        r["cunit"] = cunit
        r["cref"] = L.ref(lo * fac if lo is not None else None, hi * fac if hi is not None else None, 0)
        if r["pf"]:
            r["conv"] += " " + r["pf"]

    if i == 0:
        L.sec("CLINICAL CHEMISTRY")
        both("14749-6", "Fasting Blood Sugar (FBS)", gen(rng, 4.1, 5.9, 2), 2, "mmol/L", 4.1, 5.9, 18.016, 0, "mg/dL",
             rdec=1)
        tc = round(rng.uniform(5.6, 6.3), 2)
        hdl = round(rng.uniform(1.15, 1.5), 2)
        tg = round(rng.uniform(1.0, 1.5), 2)
        both("14647-2", "Total Cholesterol", tc, 2, "mmol/L", None, 5.2, 38.67, 0, "mg/dL", rdec=1)
        both("14927-8", "Triglycerides", tg, 2, "mmol/L", None, 1.7, 88.57, 0, "mg/dL", rdec=1)
        both("14646-4", "HDL Cholesterol", hdl, 2, "mmol/L", 1.04, None, 38.67, 0, "mg/dL", rdec=2)
        both("39469-2", "LDL Cholesterol", round(tc - hdl - tg / 2.2, 2), 2, "mmol/L", None, 3.4, 38.67, 0, "mg/dL",
             rdec=1)
        L.num("1742-6", "SGPT / ALT", gen(rng, 9, 33, 0), 0, "U/L", 0, 33)
        L.num("4548-4", "HbA1c", gen(rng, 4.0, 6.0, 1), 1, "%", 4.0, 6.0)
        phys = "Dra. Ma. Lourdes T. Santos"
    else:
        L.sec("CLINICAL CHEMISTRY")
        both("14682-9", "Creatinine", round(rng.uniform(118, 140)), 0, "umol/L", 53, 115, 1 / 88.4, 2, "mg/dL")
        for r in L.rows[-1:]:
            r["conv"] = L.f(r["v"] / 88.4, 2) + (" " + r["pf"] if r["pf"] else "")
            r["cref"] = "0.60 - 1.30"
        both("14933-6", "Uric Acid", round(rng.uniform(440, 520)), 0, "umol/L", 202, 416, 1 / 59.48, 1, "mg/dL")
        L.rows[-1]["cref"] = "3.4 - 7.0"
        both("2951-2", "Sodium", gen(rng, 135, 145, 0), 0, "mmol/L", 135, 145, 1, 0, "mEq/L")
        both("2823-3", "Potassium", gen(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, 1, 1, "mEq/L")
        L.rows[-1]["cref"] = "3.5 - 5.1"
        L.num("1742-6", "SGPT / ALT", gen(rng, 10, 41, 0, 0.3), 0, "U/L", 0, 41)
        L.num("1920-8", "SGOT / AST", gen(rng, 12, 40, 0), 0, "U/L", 0, 40)
        phys = "Dr. Ramon J. Villaflor"
    pname = "REYES, ANALYN MACASAET" if i == 0 else "DELA PAZ, ROGELIO BAUTISTA"
    date = "02/19/2024" if i == 0 else "07/08/2024"

    def header(pg: Pg, n: int) -> float:
        pg.rc(36, 30, 96, 80, col=(0.0, 0.35, 0.6), fill=(0.0, 0.35, 0.6))
        pg.tx(66, 62, "SLD", 20, "hebo", (1, 1, 1), al="c")
        pg.tx(108, 46, "STA. LUCIA DIAGNOSTIC & WELLNESS CENTER, INC.", 13, "hebo", (0.0, 0.35, 0.6))
        pg.tx(108, 59, "2nd Flr. Mercado Bldg., 1120 Aurora Blvd., Cubao, Quezon City 1109", 8)
        pg.tx(108, 70, "Tel. (02) 8555-0172  |  DOH License No. 13-017-22-CL-2  |  PhilHealth Accredited", 7.5)
        pg.ln(36, 88, 559, 88, 1.5, (0.0, 0.35, 0.6))
        pg.tx(297, 106, "LABORATORY RESULT", 12, "hebo", al="c")
        y = 124
        for a, b, c2, d in [("Name:", pname, "Case No.:", f"SL-{rng.randint(240000, 249999)}"),
                            ("Age/Sex:", f"{age} / {'F' if F else 'M'}", "Date:", date),
                            ("Requesting Physician:", phys, "Patient Type:", "Out-Patient")]:
            pg.tx(40, y, a, 8.5, "hebo")
            pg.tx(140, y, b, 8.5)
            pg.tx(370, y, c2, 8.5, "hebo")
            pg.tx(430, y, d, 8.5)
            y += 12
        pg.ln(36, y - 4, 559, y - 4)
        y += 8
        for t, x in [("TEST", 40), ("RESULT", 176), ("UNIT", 228), ("REFERENCE", 282), ("CONVENTIONAL", 370),
                     ("UNIT", 442), ("REFERENCE", 486)]:
            pg.tx(x, y, t, 7.5, "hebo")
        pg.ln(36, y + 4, 559, y + 4)
        return y + 18

    def footer(pg: Pg, k: int, n: int):
        pg.tx(40, 740, "Note: Results should be correlated with clinical findings. Conventional units are provided for"
              " reference only.", 6.8, "heit")
        pg.ln(60, 778, 220, 778)
        pg.ln(370, 778, 530, 778)
        pg.tx(140, 788, "Maria Cristina R. Dela Cruz, RMT", 8, "hebo", al="c")
        pg.tx(140, 798, "Medical Technologist  -  Lic. No. 0067512", 7, al="c")
        pg.tx(450, 788, "Eduardo P. Villanueva, MD, FPSP", 8, "hebo", al="c")
        pg.tx(450, 798, "Pathologist  -  Lic. No. 0098814", 7, al="c")
        pg.tx(297, 822, f"Page {k} of {n}   *** Not valid without dry seal ***", 6.5, al="c")

    doc = Doc(header, footer, bottom=730)
    draw_table(doc, L.rows, [("name", 40, "l"), ("valpf", 176, "l"), ("unit", 228, "l"), ("ref", 282, "l"),
                             ("conv", 370, "l"), ("cunit", 442, "l"), ("cref", 486, "l")], lh=12.5, sz=8.3,
               sec=lambda pg, y, t: (pg.rc(36, y - 9, 559, y + 3, col=None, fill=(0.86, 0.92, 0.97)),
                                     pg.tx(40, y, t, 8.5, "hebo")))
    slug = "cbc-lipid" if i == 0 else "cbc-renal"
    return slug, doc.finish("Laboratory Result"), "application/pdf", sex, ("2024-02-19", "2024-07-08")[i], L.expected()


# ---- DJ3 — Scottish NHS board laboratory (monospaced "Test  Result  Units  Range")

def dj3(rng: random.Random, i: int):
    sex, age = ("female", 52) if i == 0 else ("male", 64)
    F = sex == "female"
    L = Lab("en", {"L": "L", "H": "H", "LL": "L", "HH": "H"})
    R = lambda lo, hi, d=0: f"({L.ref(lo, hi, d)})" if lo is not None and hi is not None else (  # noqa: E731
        f"(<{L.f(hi, d)})" if hi is not None else f"(>{L.f(lo, d)})")
    if i == 0:
        L.sec("Urea & Electrolytes")
        L.num("2951-2", "Sodium", gen(rng, 133, 146, 0), 0, "mmol/L", 133, 146, ref=R(133, 146))
        L.num("2823-3", "Potassium", rng.choice([5.6, 5.7, 5.8]), 1, "mmol/L", 3.5, 5.3, ref=R(3.5, 5.3, 1))
        L.num("22664-7", "Urea", gen(rng, 2.5, 7.8, 1, side="H"), 1, "mmol/L", 2.5, 7.8, ref=R(2.5, 7.8, 1))
        cr = round(rng.uniform(92, 112))
        L.num("14682-9", "Creatinine", cr, 0, "umol/L", 45, 84, ref=R(45, 84))
        L.num("98979-8", "eGFR (CKD-EPI)", round(egfr(cr / 88.4, age, sex)), 0, "mL/min/1.73m2", None, None, ref="")
        L.note("Comment: eGFR calculated using CKD-EPI 2021 equation (no ethnicity adjustment). Potassium may be "
               "affected by delayed separation - sample received 4 h after collection. Suggest repeat.")
        L.sec("Liver Function Tests")
        L.num("14631-6", "Bilirubin", gen(rng, 3, 21, 0), 0, "umol/L", None, 21, ref=R(None, 21))
        L.num("1742-6", "ALT", gen(rng, 8, 40, 0), 0, "U/L", None, 40, ref=R(None, 40))
        L.num("6768-6", "Alkaline Phosphatase", gen(rng, 30, 130, 0), 0, "U/L", 30, 130, ref=R(30, 130))
        alb = gen(rng, 35, 50, 0)
        L.num("1751-7", "Albumin", alb, 0, "g/L", 35, 50, ref=R(35, 50))
        L.num("2885-2", "Total Protein", alb + rng.randint(26, 32), 0, "g/L", 60, 80, ref=R(60, 80))
        L.sec("Bone Profile")
        L.num("29265-6", "Adjusted Calcium", gen(rng, 2.2, 2.6, 2), 2, "mmol/L", 2.2, 2.6, ref=R(2.2, 2.6, 2))
        L.num("14879-1", "Phosphate", gen(rng, 0.8, 1.5, 2), 2, "mmol/L", 0.8, 1.5, ref=R(0.8, 1.5, 2))
        L.sec("Inflammatory Markers")
        L.num("1988-5", "CRP", float(rng.randint(12, 38)), 0, "mg/L", None, 5, ref=R(None, 5))
        L.sec("Thyroid Function")
        L.num("3016-3", "TSH", gen(rng, 0.27, 4.2, 2), 2, "mU/L", 0.27, 4.2, ref=R(0.27, 4.2, 2))
        L.note("Comment: Normal TSH - thyroid dysfunction unlikely. Free T4 not indicated.")
    else:
        c = cbc_raw(rng, sex, wbc=rng.uniform(11.5, 14.5), neut=rng.uniform(72, 78))
        L.sec("Full Blood Count")
        hb = round(c["hgb"] * 10)
        L.num("718-7", "Haemoglobin", hb, 0, "g/L", 130, 180, ref=R(130, 180))
        L.num("6690-2", "White Cell Count", round(c["wbc"], 1), 1, "x10^9/L", 4.0, 11.0, ref=R(4.0, 11.0, 1))
        L.num("777-3", "Platelets", round(c["plt"]), 0, "x10^9/L", 150, 410, ref=R(150, 410))
        hct = round(c["hct"] / 100, 3)
        L.num("4544-3", "Haematocrit", hct, 3, "L/L", 0.40, 0.52, ref=R(0.4, 0.52, 2))
        L.num("787-2", "MCV", round(c["hct"] / c["rbc"] * 10, 1), 1, "fL", 80, 100, ref=R(80, 100))
        w = round(c["wbc"], 1)
        p = c["diff"]
        for k, nm, lo, hi in [("neut", "Neutrophils", 2.0, 7.5), ("lymph", "Lymphocytes", 1.5, 4.0),
                              ("mono", "Monocytes", 0.2, 0.8), ("eos", "Eosinophils", 0.04, 0.4)]:
            d = 2 if k == "eos" else 1
            L.num(DIFF_CODES[k][1], nm, round(w * p[k] / 100, d), d, "x10^9/L", lo, hi, ref=R(lo, hi, d))
        L.note("Comment: Neutrophilia. ? infection/inflammation - please interpret in clinical context.")
        L.sec("Lipids")
        tc = round(rng.uniform(5.2, 6.2), 1)
        hdl = round(rng.uniform(0.9, 1.3), 1)
        L.num("14647-2", "Cholesterol", tc, 1, "mmol/L", None, None, ref="")
        L.num("14646-4", "HDL Cholesterol", hdl, 1, "mmol/L", None, None, ref="")
        L.num("43396-1", "Non-HDL Cholesterol", round(tc - hdl, 1), 1, "mmol/L", None, None, ref="")
        L.num("9830-1", "Chol/HDL Ratio", round(tc / hdl, 1), 1, "", None, None, ref="")
        L.note("Comment: Please assess cardiovascular risk using ASSIGN score. Target non-HDL reduction >40% if "
               "on statin therapy.")
        L.sec("Diabetes")
        L.num("59261-8", "HbA1c (IFCC)", float(rng.randint(50, 58)), 0, "mmol/mol", 20, 41, ref=R(20, 41))
        L.note(f"Comment: Previous HbA1c {rng.randint(60, 66)} mmol/mol (08/09/2023). Improved but remains above "
               "the individualised target of 48-53 mmol/mol for most patients.")
        L.sec("Haematinics")
        L.num("2276-4", "Ferritin", gen(rng, 30, 400, 0), 0, "ug/L", 30, 400, ref=R(30, 400))
        L.num("2132-9", "Vitamin B12", gen(rng, 180, 900, 0), 0, "ng/L", 180, 900, ref=R(180, 900))
    pname = "MACALLISTER, Isla Mary" if i == 0 else "GRIEVE, Alasdair John"
    chi = "0603715628" if i == 0 else "1711598413"
    dob = "06/03/1971" if i == 0 else "17/11/1959"
    coll = "14/02/2024 09:12" if i == 0 else "02/10/2024 08:47"
    fmt = "{:<26}{:<10}{:<15}{}"

    def header(pg: Pg, n: int) -> float:
        pg.tx(40, 44, "NHS STRATHEARN", 12, "cobo")
        pg.tx(555, 44, "LABORATORY MEDICINE", 10, "cobo", al="r")
        pg.tx(40, 58, "Department of Clinical Biochemistry & Haematology, Kinloch Royal Infirmary, KY12 4RE", 7.5, "cour")
        pg.ln(40, 64, 555, 64, 0.8)
        lines = [f"Patient : {pname:<30} CHI : {chi}",
                 f"DOB     : {dob} ({age}y)    Sex : {'F' if F else 'M'}       Hosp No : K{rng.randint(100000, 999999)}",
                 "Source  : Glenfarg Medical Practice (GP)  Requested by : Dr R Menzies",
                 f"Sample  : Blood         Collected : {coll}",
                 f"Lab No  : KB24-{rng.randint(1000000, 9999999)}    Status : FINAL",
                 "Clinical: " + ("Tired all the time. On ramipril 5 mg." if i == 0 else "T2DM annual review. Cough 1/52.")]
        y = 78
        for t in lines:
            pg.tx(40, y, t, 8.5, "cour")
            y += 11
        y += 6
        pg.tx(40, y, fmt.format("Test", "Result", "Units", "Range"), 8.5, "cobo")
        pg.ln(40, y + 3, 555, y + 3, 0.4, dashes="[2 2] 0")
        return y + 18

    def footer(pg: Pg, k: int, n: int):
        pg.ln(40, 786, 555, 786, 0.4)
        pg.tx(40, 798, "Results authorised by: Dr C. Fotheringham, Consultant Clinical Scientist", 7.5, "cour")
        pg.tx(40, 808, "H/L = outside reference range. Ranges apply to adults. Queries: 01738 555 210", 7.5, "cour")
        pg.tx(555, 820, f"Page {k} of {n}", 7.5, "cour", al="r")

    doc = Doc(header, footer, bottom=770)
    for r in L.rows:
        if r["k"] == "sec":
            doc.need(30)
            doc.y += 4
            doc.pg.tx(40, doc.y, r["name"].upper(), 8.5, "cobo")
            doc.y += 12
        elif r["k"] == "note":
            doc.y = doc.pg.wrap(58, doc.y, 480, r["name"], 8, "cour", lh=10.5) + 2
        else:
            v = r["val"] + (" " + r["pf"] if r["pf"] else "")
            doc.need(11)
            doc.pg.tx(40, doc.y, fmt.format(r["name"], v, r["unit"], r["ref"]), 8.5, "cour")
            doc.y += 11
    slug = "ue-lft" if i == 0 else "fbc-lipids"
    return slug, doc.finish("Lab Report"), "application/pdf", sex, ("2024-02-14", "2024-10-02")[i], L.expected()


# ---- DJ4 — US reference laboratory, In Range / Out Of Range

def dj4(rng: random.Random, i: int):
    sex, age = ("female", 57) if i == 0 else ("male", 49)
    F = sex == "female"
    L = Lab("en", {"L": "L", "H": "H", "LL": "L", "HH": "H"}, sep="-")

    def n(code, name, v, dec, unit, lo, hi, rtxt, comment=None, **kw):
        r = L.num(code, name, v, dec, unit, lo, hi, ref=rtxt, **kw)
        if comment:
            L.note(comment)
        return r

    if i == 0:
        L.sec("COMPREHENSIVE METABOLIC PANEL")
        n("2345-7", "GLUCOSE", float(rng.randint(101, 118)), 0, "mg/dL", 65, 99, "65-99 mg/dL",
          "Fasting reference interval. For someone without known diabetes, a glucose value between 100 and 125 "
          "mg/dL is consistent with prediabetes and should be confirmed with a follow-up test.")
        bun = gen(rng, 7, 25, 0)
        cr = round(rng.uniform(0.62, 0.92), 2)
        n("3094-0", "UREA NITROGEN (BUN)", bun, 0, "mg/dL", 7, 25, "7-25 mg/dL")
        n("2160-0", "CREATININE", cr, 2, "mg/dL", 0.50, 1.03, "0.50-1.03 mg/dL")
        n("98979-8", "EGFR", round(egfr(cr, age, sex)), 0, "mL/min/1.73m2", 60, None, "> OR = 60 mL/min/1.73m2")
        L.info("BUN/CREATININE RATIO", "NOT APPLICABLE", ref="6-22 (calc)")
        n("2951-2", "SODIUM", gen(rng, 135, 146, 0), 0, "mmol/L", 135, 146, "135-146 mmol/L")
        n("2823-3", "POTASSIUM", gen(rng, 3.5, 5.3, 1), 1, "mmol/L", 3.5, 5.3, "3.5-5.3 mmol/L")
        n("2075-0", "CHLORIDE", gen(rng, 98, 110, 0), 0, "mmol/L", 98, 110, "98-110 mmol/L")
        n("2028-9", "CARBON DIOXIDE", gen(rng, 20, 32, 0), 0, "mmol/L", 20, 32, "20-32 mmol/L")
        n("17861-6", "CALCIUM", gen(rng, 8.6, 10.4, 1), 1, "mg/dL", 8.6, 10.4, "8.6-10.4 mg/dL")
        tp = gen(rng, 6.4, 7.8, 1)
        alb = gen(rng, 3.9, 4.8, 1)
        n("2885-2", "PROTEIN, TOTAL", tp, 1, "g/dL", 6.1, 8.1, "6.1-8.1 g/dL")
        n("1751-7", "ALBUMIN", alb, 1, "g/dL", 3.6, 5.1, "3.6-5.1 g/dL")
        n("10834-0", "GLOBULIN", round(tp - alb, 1), 1, "g/dL", 1.9, 3.7, "1.9-3.7 g/dL (calc)")
        n("1759-0", "ALBUMIN/GLOBULIN RATIO", round(alb / round(tp - alb, 1), 1), 1, "", 1.0, 2.5, "1.0-2.5 (calc)")
        n("1975-2", "BILIRUBIN, TOTAL", gen(rng, 0.2, 1.2, 1), 1, "mg/dL", 0.2, 1.2, "0.2-1.2 mg/dL")
        n("6768-6", "ALKALINE PHOSPHATASE", gen(rng, 37, 153, 0), 0, "U/L", 37, 153, "37-153 U/L")
        n("1920-8", "AST", gen(rng, 10, 35, 0), 0, "U/L", 10, 35, "10-35 U/L")
        n("1742-6", "ALT", float(rng.randint(38, 52)), 0, "U/L", 6, 29, "6-29 U/L")
        L.sec("LIPID PANEL, STANDARD")
        tc = float(rng.randint(212, 238))
        hdl = float(rng.randint(44, 49))
        tg = float(rng.randint(160, 205))
        ldl = round(tc - hdl - tg / 5)
        n("2093-3", "CHOLESTEROL, TOTAL", tc, 0, "mg/dL", None, 200, "<200 mg/dL")
        n("2085-9", "HDL CHOLESTEROL", hdl, 0, "mg/dL", 50, None, "> OR = 50 mg/dL")
        n("2571-8", "TRIGLYCERIDES", tg, 0, "mg/dL", None, 150, "<150 mg/dL")
        n("13457-7", "LDL-CHOLESTEROL", ldl, 0, "mg/dL", None, 100, "<100 mg/dL (calc)",
          "Desirable range <100 mg/dL for primary prevention; <70 mg/dL for patients with CHD or diabetic patients "
          "with > or = 2 CHD risk factors. LDL-C is calculated using the Friedewald equation.")
        n("9830-1", "CHOL/HDLC RATIO", round(tc / hdl, 1), 1, "", None, 5.0, "<5.0 (calc)")
        n("43396-1", "NON HDL CHOLESTEROL", tc - hdl, 0, "mg/dL", None, 130, "<130 mg/dL (calc)",
          "For patients with diabetes plus 1 major ASCVD risk factor, treating to a non-HDL-C goal of <100 mg/dL "
          "(LDL-C of <70 mg/dL) is considered a therapeutic option.")
        n("4548-4", "HEMOGLOBIN A1c", round(rng.uniform(5.8, 6.2), 1), 1, "%", None, 5.7, "<5.7 %",
          "For someone without known diabetes, a hemoglobin A1c value between 5.7% and 6.4% is consistent with "
          "prediabetes and should be confirmed with a follow-up test.")
    else:
        c = cbc_raw(rng, sex)
        L.sec("CBC (INCLUDES DIFF/PLT)")
        wbc = round(c["wbc"], 1)
        rbc, hgb, hct = round(c["rbc"], 2), round(c["hgb"], 1), round(c["hct"], 1)
        n("6690-2", "WHITE BLOOD CELL COUNT", wbc, 1, "Thousand/uL", 3.8, 10.8, "3.8-10.8 Thousand/uL")
        n("789-8", "RED BLOOD CELL COUNT", rbc, 2, "Million/uL", 4.20, 5.80, "4.20-5.80 Million/uL")
        n("718-7", "HEMOGLOBIN", hgb, 1, "g/dL", 13.2, 17.1, "13.2-17.1 g/dL")
        n("4544-3", "HEMATOCRIT", hct, 1, "%", 38.5, 50.0, "38.5-50.0 %")
        n("787-2", "MCV", round(hct / rbc * 10, 1), 1, "fL", 80.0, 100.0, "80.0-100.0 fL")
        n("785-6", "MCH", round(hgb / rbc * 10, 1), 1, "pg", 27.0, 33.0, "27.0-33.0 pg")
        n("786-4", "MCHC", round(hgb / hct * 100, 1), 1, "g/dL", 32.0, 36.0, "32.0-36.0 g/dL")
        n("788-0", "RDW", round(c["rdw"], 1), 1, "%", 11.0, 15.0, "11.0-15.0 %")
        n("777-3", "PLATELET COUNT", float(rng.randint(128, 138)), 0, "Thousand/uL", 140, 400,
          "140-400 Thousand/uL")
        n("32623-1", "MPV", round(c["mpv"], 1), 1, "fL", 7.5, 12.5, "7.5-12.5 fL")
        p = diff_pcts(c, 1)
        for k, nm, lo, hi in [("neut", "ABSOLUTE NEUTROPHILS", 1500, 7800), ("lymph", "ABSOLUTE LYMPHOCYTES", 850, 3900),
                              ("mono", "ABSOLUTE MONOCYTES", 200, 950), ("eos", "ABSOLUTE EOSINOPHILS", 15, 500),
                              ("baso", "ABSOLUTE BASOPHILS", 0, 200)]:
            n(DIFF_CODES[k][1], nm, float(round(wbc * p[k] * 10)), 0, "cells/uL", lo, hi, f"{lo}-{hi} cells/uL")
        for k, nm in [("neut", "NEUTROPHILS"), ("lymph", "LYMPHOCYTES"), ("mono", "MONOCYTES"), ("eos", "EOSINOPHILS"),
                      ("baso", "BASOPHILS")]:
            n(DIFF_CODES[k][0], nm, p[k], 1, "%", None, None, "%")
        L.sec("ENDOCRINE / OTHER")
        n("3016-3", "TSH", gen(rng, 0.40, 4.50, 2), 2, "mIU/L", 0.40, 4.50, "0.40-4.50 mIU/L")
        n("2857-1", "PSA, TOTAL", round(rng.uniform(0.6, 2.4), 1), 1, "ng/mL", None, 4.0, "< OR = 4.0 ng/mL",
          "The total PSA value from this assay system is standardized against the WHO standard. Values obtained "
          "with different assay methods or kits cannot be used interchangeably.")
        n("62292-8", "VITAMIN D,25-OH,TOTAL,IA", float(rng.randint(18, 27)), 0, "ng/mL", 30, 100, "30-100 ng/mL",
          "Vitamin D Status 25-OH Vitamin D: Deficiency: <20 ng/mL; Insufficiency: 20-29 ng/mL; "
          "Optimal: > or = 30 ng/mL. For 25-OH Vitamin D testing on patients on D2-supplementation and patients "
          "for whom quantitation of D2 and D3 fractions is required, the LC/MS/MS assay is recommended.")
        n("2276-4", "FERRITIN", gen(rng, 38, 380, 0), 0, "ng/mL", 38, 380, "38-380 ng/mL")
    pname = "HOLLOWAY, DENISE M" if i == 0 else "BRANNIGAN, KEVIN P"
    dob = "08/14/1966" if i == 0 else "01/30/1975"
    coll = "04/22/2024 07:48" if i == 0 else "09/16/2024 10:05"

    def header(pg: Pg, n_: int) -> float:
        pg.rc(0, 0, 612, 46, col=None, fill=(0.06, 0.22, 0.42))
        pg.tx(36, 29, "MERIDIAN", 18, "hebo", (1, 1, 1))
        pg.tx(134, 29, "DIAGNOSTIC LABORATORIES", 11, "helv", (1, 1, 1))
        pg.tx(576, 22, "Patient Report", 11, "hebo", (1, 1, 1), al="r")
        pg.tx(576, 35, f"Specimen: MX{rng.randint(100000, 999999)}R", 7.5, "helv", (1, 1, 1), al="r")
        boxes = [("Patient Information", [pname, f"DOB: {dob}   AGE: {age}", f"Gender: {'F' if F else 'M'}",
                                          f"Patient ID: {rng.randint(10000000, 99999999)}"]),
                 ("Specimen Information", [f"Collected: {coll}", "Received: same day 14:22",
                                           "Reported: next day 06:15", "Fasting: YES"]),
                 ("Client Information", ["Client #: 88214 WALKER FAMILY MED", "SUSAN WALKER, MD",
                                         "1450 Ridgeview Pkwy, Ste 200", "Columbus, OH 43215"])]
        for k, (t, lines) in enumerate(boxes):
            x = 36 + k * 182
            pg.rc(x, 56, x + 176, 118, w=0.5)
            pg.rc(x, 56, x + 176, 68, col=None, fill=(0.9, 0.92, 0.95))
            pg.tx(x + 4, 65, t, 7.5, "hebo")
            for j, s in enumerate(lines):
                pg.tx(x + 4, 79 + j * 10.5, s, 7.5, "hebo" if j == 0 and k == 0 else "helv")
        if n_ > 1:
            pg.tx(36, 132, f"{pname}  -  continued", 8, "heit")
        y = 146
        pg.rc(36, y - 10, 576, y + 4, col=None, fill=(0.9, 0.92, 0.95))
        for t, x in [("Test Name", 40), ("In Range", 250), ("Out Of Range", 312), ("Reference Range", 398), ("Lab", 556)]:
            pg.tx(x, y, t, 8, "hebo")
        return y + 18

    def footer(pg: Pg, k: int, n_: int):
        pg.ln(36, 742, 576, 742, 0.4)
        pg.tx(36, 753, "PERFORMING SITE:", 6.5, "hebo")
        pg.tx(36, 762, "MX  MERIDIAN DIAGNOSTIC LABORATORIES-COLUMBUS, 3300 OLENTANGY PARK DR, COLUMBUS, OH 43214  "
              "Laboratory Director: R. Anand, MD, PhD  CLIA: 36D0999123", 6.2)
        pg.tx(36, 776, f"{pname}   DOB: {dob}", 6.5, "hebo")
        pg.tx(576, 776, f"Page {k} of {n_}", 6.5, al="r")

    doc = Doc(header, footer, w=612, h=792, bottom=730)
    for r in L.rows:
        if r["k"] == "sec":
            doc.need(30)
            doc.y += 3
            doc.pg.tx(40, doc.y, r["name"], 8.5, "hebo")
            doc.y += 12
            continue
        if r["k"] == "note":
            doc.need(24)
            doc.y = doc.pg.wrap(60, doc.y, 470, r["name"], 6.8, "helv", lh=8.5) + 3
            continue
        refs = r["ref"].split("\n")
        doc.need(11 * len(refs))
        doc.pg.tx(48, doc.y, r["name"], 8)
        if r.get("flag", "N") == "N":
            doc.pg.tx(250, doc.y, r["val"], 8)
        else:
            doc.pg.tx(312, doc.y, f"{r['val']} {r['pf']}", 8, "hebo")
        for j, part in enumerate(refs):
            doc.pg.tx(398, doc.y + j * 10, part, 8)
        doc.pg.tx(556, doc.y, "MX", 8)
        doc.y += 10 * len(refs) + 1.5
    slug = "cmp-lipid" if i == 0 else "cbc-endo"
    return slug, doc.finish("Patient Report"), "application/pdf", sex, ("2024-04-22", "2024-09-16")[i], L.expected()


# ---- DJ5 — US hospital EHR printout

def dj5(rng: random.Random, i: int):
    sex, age = ("male", 66) if i == 0 else ("female", 73)
    L = Lab("en", {"L": "L", "H": "H", "LL": "LL", "HH": "HH"})
    coll = "03/14/2024 0602" if i == 0 else "11/05/2024 0430"

    def panel(title, acc, t_res):
        L.sec(title, acc=acc, t_res=t_res)

    c = cbc_raw(rng, sex, anemia=(i == 1), wbc=rng.uniform(6, 9) if i == 0 else rng.uniform(12.5, 15.5),
                neut=rng.uniform(55, 65) if i == 0 else rng.uniform(80, 85))
    if i == 0:
        panel("BASIC METABOLIC PANEL", "24074-0611", "03/14/2024 0655")
        na = gen(rng, 136, 145, 0)
        k = rng.choice([6.9, 7.0, 7.1, 7.2])
        cl = gen(rng, 98, 107, 0)
        co2 = float(rng.randint(17, 19))
        L.num("2951-2", "Sodium", na, 0, "mmol/L", 136, 145)
        L.num("2823-3", "Potassium", k, 1, "mmol/L", 3.5, 5.1)
        L.note("Comment: Critical result called to and read back by K. Lopez RN at 03/14/2024 0658 by MT J.W. "
               "Specimen not hemolyzed.")
        L.num("2075-0", "Chloride", cl, 0, "mmol/L", 98, 107)
        L.num("2028-9", "CO2", co2, 0, "mmol/L", 22, 29)
        L.num("33037-3", "Anion Gap", na - cl - co2, 0, "mmol/L", 5, 15)
        bun = float(rng.randint(68, 84))
        cr = round(rng.uniform(6.1, 7.4), 1)
        L.num("3094-0", "BUN", bun, 0, "mg/dL", 8, 23)
        L.num("2160-0", "Creatinine", cr, 1, "mg/dL", 0.7, 1.3, rdec=1)
        L.num("98979-8", "eGFR", round(egfr(cr, age, sex)), 0, "mL/min/1.73m2", 60, None, ref=">=60")
        L.note("Comment: eGFR calculated by CKD-EPI 2021 race-free equation.")
        L.num("2345-7", "Glucose", float(rng.randint(104, 140)), 0, "mg/dL", 70, 99)
        L.num("17861-6", "Calcium", round(rng.uniform(8.0, 8.4), 1), 1, "mg/dL", 8.5, 10.2)
        panel("MAGNESIUM", "24074-0612", "03/14/2024 0655")
        L.num("19123-9", "Magnesium", round(rng.uniform(2.5, 2.8), 1), 1, "mg/dL", 1.6, 2.4)
        panel("PHOSPHORUS", "24074-0613", "03/14/2024 0655")
        L.num("2777-1", "Phosphorus", round(rng.uniform(6.2, 7.4), 1), 1, "mg/dL", 2.5, 4.5)
        panel("TROPONIN I, HIGH SENSITIVITY", "24074-0614", "03/14/2024 0710")
        L.num("89579-7", "Troponin I, High Sensitivity", float(rng.randint(18, 30)), 0, "ng/L", None, 34)
        L.note("Comment: Single value does not exclude acute MI. Repeat at 2 hours recommended per ED chest pain "
               "pathway.")
    else:
        panel("COMPREHENSIVE METABOLIC PANEL", "24310-0311", "11/05/2024 0538")
        L.num("2951-2", "Sodium", float(rng.randint(131, 134)), 0, "mmol/L", 136, 145)
        L.num("2823-3", "Potassium", gen(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1)
        L.num("2075-0", "Chloride", gen(rng, 98, 107, 0), 0, "mmol/L", 98, 107)
        L.num("2028-9", "CO2", gen(rng, 22, 29, 0), 0, "mmol/L", 22, 29)
        cr = round(rng.uniform(1.25, 1.6), 2)
        L.num("3094-0", "BUN", float(rng.randint(28, 36)), 0, "mg/dL", 8, 23)
        L.num("2160-0", "Creatinine", cr, 2, "mg/dL", 0.5, 1.1, rdec=1)
        L.num("98979-8", "eGFR", round(egfr(cr, age, sex)), 0, "mL/min/1.73m2", 60, None, ref=">=60")
        L.num("2345-7", "Glucose", gen(rng, 70, 99, 0, side="H"), 0, "mg/dL", 70, 99)
        L.num("1751-7", "Albumin", round(rng.uniform(2.8, 3.2), 1), 1, "g/dL", 3.5, 5.2)
        L.num("1975-2", "Bilirubin, Total", gen(rng, 0.2, 1.2, 1), 1, "mg/dL", 0.2, 1.2)
        L.num("1920-8", "AST", gen(rng, 10, 40, 0), 0, "U/L", 10, 40)
        L.num("1742-6", "ALT", gen(rng, 7, 56, 0), 0, "U/L", 7, 56)
        L.num("6768-6", "Alkaline Phosphatase", gen(rng, 40, 129, 0), 0, "U/L", 40, 129)
        panel("PROTIME-INR", "24310-0312", "11/05/2024 0521")
        L.num("5902-2", "Protime", round(rng.uniform(15.2, 17.5), 1), 1, "seconds", 11.7, 14.5)
        L.num("6301-6", "INR", round(rng.uniform(1.25, 1.5), 2), 2, "", 0.9, 1.1, rdec=1)
        L.note("Comment: Therapeutic INR range for most indications on warfarin: 2.0 - 3.0.")
        panel("APTT", "24310-0313", "11/05/2024 0521")
        L.num("3173-2", "aPTT", gen(rng, 25, 36, 1), 1, "seconds", 25.0, 36.0)
        panel("PROCALCITONIN", "24310-0315", "11/05/2024 0640")
        L.num("33959-8", "Procalcitonin", round(rng.uniform(1.6, 4.8), 2), 2, "ng/mL", None, 0.10)
        L.note("Comment: >2.00 ng/mL: high likelihood of systemic bacterial infection/sepsis. Interpret with "
               "clinical findings.")
    panel("CBC WITH AUTOMATED DIFFERENTIAL", "24074-0620" if i == 0 else "24310-0314",
          "03/14/2024 0631" if i == 0 else "11/05/2024 0501")
    F = sex == "female"
    wbc, rbc, hgb, hct = round(c["wbc"], 1), round(c["rbc"], 2), round(c["hgb"], 1), round(c["hct"], 1)
    L.num("6690-2", "WBC", wbc, 1, "K/uL", 4.0, 11.0)
    L.num("789-8", "RBC", rbc, 2, "M/uL", 3.90 if F else 4.30, 5.20 if F else 5.90)
    L.num("718-7", "Hemoglobin", hgb, 1, "g/dL", 12.0 if F else 13.5, 16.0 if F else 17.5)
    L.num("4544-3", "Hematocrit", hct, 1, "%", 36.0 if F else 41.0, 46.0 if F else 53.0)
    L.num("787-2", "MCV", round(hct / rbc * 10, 1), 1, "fL", 80.0, 100.0)
    L.num("785-6", "MCH", round(hgb / rbc * 10, 1), 1, "pg", 26.0, 34.0)
    L.num("786-4", "MCHC", round(hgb / hct * 100, 1), 1, "g/dL", 31.0, 37.0)
    L.num("788-0", "RDW", round(c["rdw"], 1), 1, "%", 11.5, 14.5)
    L.num("777-3", "Platelets", round(c["plt"]), 0, "K/uL", 150, 400)
    L.num("32623-1", "MPV", round(c["mpv"], 1), 1, "fL", 7.4, 10.4)
    p = diff_pcts(c, 1)
    for k, nm, lo, hi in [("neut", "Neutrophils %", 40, 75), ("lymph", "Lymphocytes %", 20, 45),
                          ("mono", "Monocytes %", 2, 12), ("eos", "Eosinophils %", 0, 6), ("baso", "Basophils %", 0, 2)]:
        L.num(DIFF_CODES[k][0], nm, p[k], 1, "%", lo, hi, rdec=0)
    for k, nm, lo, hi in [("neut", "Neutrophils Absolute", 1.8, 7.7), ("lymph", "Lymphocytes Absolute", 1.0, 4.8),
                          ("mono", "Monocytes Absolute", 0.2, 1.0), ("eos", "Eosinophils Absolute", 0.0, 0.5),
                          ("baso", "Basophils Absolute", 0.0, 0.2)]:
        L.num(DIFF_CODES[k][1], nm, round(wbc * p[k] / 100, 2), 2, "K/uL", lo, hi, rdec=1)
    if i == 1:
        L.note("Comment: Smear reviewed. Toxic granulation present. Hypochromia 1+, microcytosis 1+.")
    pname = "MORALES, HECTOR A" if i == 0 else "WHITTAKER, JUNE E"
    mrn = f"{rng.randint(10000000, 99999999)}"

    def header(pg: Pg, n: int) -> float:
        pg.tx(36, 30, "St. Brendan Regional Medical Center", 12, "hebo")
        pg.tx(576, 30, "Lab Results Report", 10, "hebo", al="r")
        pg.tx(36, 42, "Printed by: LSAMUELS on " + ("03/14/2024 0915" if i == 0 else "11/05/2024 0812"), 7)
        pg.rc(36, 50, 576, 86, col=(0.5, 0.5, 0.5), fill=(0.95, 0.95, 0.95))
        pg.tx(42, 63, pname, 10, "hebo")
        pg.tx(230, 63, f"MRN: {mrn}", 8)
        pg.tx(340, 63, "DOB: " + ("6/2/1957" if i == 0 else "9/14/1951") + f" ({age} y.o.)", 8)
        pg.tx(500, 63, f"Sex: {'Male' if i == 0 else 'Female'}", 8)
        pg.tx(42, 78, ("Encounter: Emergency Department - ED Bed 14   Attending: Patel, Nikhil, MD") if i == 0 else
              "Encounter: Inpatient - 4 West Med/Surg Rm 412-B   Attending: Okafor, Grace, DO", 7.5)
        y = 104
        for t, x in [("Component", 42), ("Value", 220), ("Flag", 275), ("Units", 310), ("Ref Range", 390),
                     ("Status", 520)]:
            pg.tx(x, y, t, 8, "hebo")
        pg.ln(36, y + 4, 576, y + 4, 0.6)
        return y + 18

    def footer(pg: Pg, k: int, n: int):
        pg.ln(36, 752, 576, 752, 0.4)
        pg.tx(36, 762, "Performed at: SBRMC Core Laboratory, 900 Harbor View Rd, Norfolk VA 23507. Medical Director: "
              "L. Ng, MD. CLIA 49D0654321", 6.5)
        pg.tx(36, 772, "CONFIDENTIAL: contains protected health information.", 6.5, "heit")
        pg.tx(576, 772, f"Page {k} of {n}", 7, al="r")

    doc = Doc(header, footer, w=612, h=792, bottom=738)
    for r in L.rows:
        if r["k"] == "sec":
            doc.need(42)
            doc.y += 5
            doc.pg.tx(42, doc.y, f"{r['name']} [{r['acc']}]", 8.5, "hebo")
            doc.pg.tx(42, doc.y + 10, f"Collected: {coll}   Resulted: {r['t_res']}   Result status: Final result   "
                      "Specimen: Blood", 7, "heit", (0.3, 0.3, 0.3))
            doc.y += 23
        elif r["k"] == "note":
            doc.y = doc.pg.wrap(60, doc.y, 480, r["name"], 7.2, "heit", lh=9) + 2
        else:
            doc.need(11)
            b = r.get("flag", "N") != "N"
            doc.pg.tx(50, doc.y, r["name"], 8)
            doc.pg.tx(220, doc.y, r["val"], 8, "hebo" if b else "helv")
            doc.pg.tx(278, doc.y, r["pf"], 8, "hebo")
            doc.pg.tx(310, doc.y, r["unit"], 8)
            doc.pg.tx(390, doc.y, r["ref"], 8)
            doc.pg.tx(520, doc.y, "Final", 8)
            doc.y += 10.5
    slug = "ed-renal" if i == 0 else "inpt-sepsis"
    return slug, doc.finish("Lab Results Report"), "application/pdf", sex, ("2024-03-14", "2024-11-05")[i], L.expected()


# ---- DJ6 — Urgent-care point-of-care testing sheet

DIP = {"glu": ("5792-7", "Glucose"), "bil": ("5770-3", "Bilirubin"), "ket": ("2514-8", "Ketones"),
       "bld": ("5794-3", "Blood"), "pro": ("20454-5", "Protein"), "nit": ("5802-4", "Nitrite"),
       "leu": ("5799-2", "Leukocytes")}
MEANING = {"Negative": "negative", "Trace": "trace", "Small": "positive", "Moderate": "positive", "Large": "positive",
           "Positive": "positive", "1+": "positive", "2+": "positive", "Detected": "detected",
           "Not Detected": "not detected"}


def dj6(rng: random.Random, i: int):
    sex, age = ("female", 27) if i == 0 else ("male", 52)
    L = Lab("en", {"L": "L", "H": "H", "LL": "LL", "HH": "HH"})
    groups: list[tuple[str, str, int, int]] = []  # (title, device line, first row, last row)

    def grp(title, device):
        groups.append((title, device, len(L.rows), -1))

    if i == 0:
        grp("URINALYSIS - DIPSTICK (CLIA-waived)", "Device: Clinitek Status+   Strip: Multistix 10 SG   Lot: 3B21F07  "
            "Exp: 11/2025")
        res = {"glu": "Negative", "bil": "Negative", "ket": "Negative", "bld": "Small", "pro": "Trace",
               "nit": "Positive", "leu": "Moderate"}
        for key in ("glu", "bil", "ket"):
            L.qual(DIP[key][0], DIP[key][1], res[key], MEANING[res[key]], "Negative")
        L.num("5811-5", "Specific Gravity", round(rng.choice([1.015, 1.020, 1.025]), 3), 3, "", 1.005, 1.030)
        for key in ("bld",):
            L.qual(DIP[key][0], DIP[key][1], res[key], MEANING[res[key]], "Negative")
        L.num("5803-2", "pH", rng.choice([5.5, 6.0, 6.5]), 1, "", 5.0, 8.0)
        L.qual(DIP["pro"][0], DIP["pro"][1], res["pro"], "trace", "Negative")
        L.num("20405-7", "Urobilinogen", 0.2, 1, "E.U./dL", None, 2.0, ref="< 2.0 E.U./dL")
        for key in ("nit", "leu"):
            L.qual(DIP[key][0], DIP[key][1], res[key], MEANING[res[key]], "Negative")
        grp("URINE PREGNANCY TEST (hCG)", "Device: QuickVue+ One-Step hCG   Lot: HC40192   Int. control line: Valid")
        L.qual("2106-3", "Urine hCG", "Negative", "negative", "Negative")
        grp("BLOOD GLUCOSE - FINGERSTICK", "Meter: Accu-Chek Inform II  S/N 2207-4411   Non-fasting")
        L.num("41653-7", "Glucose (fingerstick)", float(rng.randint(88, 124)), 0, "mg/dL", 70, 140)
        reason = "Dysuria, urinary frequency x 3 days. LMP 2 weeks ago."
    else:
        grp("RAPID RESPIRATORY PANEL", "Sofia 2 Flu + SARS Antigen FIA   Lot: 16D4402   Ext. QC: Pass (10/01)")
        L.qual("80382-5", "Influenza A Antigen", "Positive", "positive", "Negative")
        L.qual("80383-3", "Influenza B Antigen", "Negative", "negative", "Negative")
        L.qual("94558-4", "SARS-CoV-2 Antigen", "Negative", "negative", "Negative")
        grp("RAPID STREP A", "OSOM Strep A   Lot: 7720B   Int. control: Valid")
        L.qual("78012-2", "Strep A Antigen (throat)", "Negative", "negative", "Negative")
        grp("i-STAT CHEM8+ (whole blood, venous)", "Analyzer: i-STAT 1  S/N 375021   Cartridge lot: S24147A   "
            "Cal Ver: OK")
        hct = float(rng.randint(46, 50))
        L.num("2947-0", "Na", float(rng.randint(131, 134)), 0, "mmol/L", 138, 146)
        L.num("6298-4", "K", gen(rng, 3.5, 4.9, 1), 1, "mmol/L", 3.5, 4.9)
        L.num("2069-3", "Cl", gen(rng, 98, 109, 0), 0, "mmol/L", 98, 109)
        L.num("1994-3", "iCa", gen(rng, 1.12, 1.32, 2), 2, "mmol/L", 1.12, 1.32)
        L.num("20565-8", "TCO2", float(rng.randint(20, 22)), 0, "mmol/L", 24, 29)
        L.num("2339-0", "Glu", float(rng.randint(128, 156)), 0, "mg/dL", 70, 105)
        L.num("6299-2", "BUN", float(rng.randint(28, 34)), 0, "mg/dL", 8, 26)
        L.num("38483-4", "Crea", round(rng.uniform(1.4, 1.6), 1), 1, "mg/dL", 0.6, 1.3)
        L.num("20570-8", "Hct", hct, 0, "%PCV", 38, 51)
        L.num("718-7", "Hb", round(hct * 0.34, 1), 1, "g/dL", 12, 17, rdec=0)
        reason = "Fever 39.1 C, myalgia, cough x 2 days. Poor oral intake."
    groups = [(t, d, a, groups[k + 1][2] if k + 1 < len(groups) else len(L.rows)) for k, (t, d, a, _) in
              enumerate(groups)]
    pname = "NGUYEN, TRACY L" if i == 0 else "CALDWELL, ROBERT J"
    dos = "05/09/2024" if i == 0 else "01/22/2025"
    pg_ = Pg(doc_ := fitz.open(), 612, 792)
    pg = pg_
    pg.tx(36, 40, "CLEARWATER URGENT CARE", 15, "hebo", (0.75, 0.1, 0.1))
    pg.tx(36, 53, "Walk-in Clinic  -  2890 Gulf Blvd, Suite 4, Clearwater, FL 33767  -  (727) 555-0144", 7.5)
    pg.tx(576, 40, "POINT-OF-CARE TESTING", 11, "hebo", al="r")
    pg.tx(576, 53, "RESULTS / QC RECORD", 9, "helv", al="r")
    pg.ln(36, 60, 576, 60, 1.5, (0.75, 0.1, 0.1))
    pg.rc(36, 68, 300, 128, w=0.8)
    pg.tx(42, 80, "PATIENT LABEL", 6, "hebo", (0.4, 0.4, 0.4))
    for j, s in enumerate([pname, "DOB: " + ("03/27/1997" if i == 0 else "08/02/1972") +
                           f"   Age: {age}   Sex: {'F' if i == 0 else 'M'}",
                           f"Acct#: UC{rng.randint(1000000, 9999999)}   DOS: {dos}"]):
        pg.tx(42, 94 + j * 12, s, 9 if j == 0 else 8, "cobo" if j == 0 else "cour")
    pg.tx(312, 80, "Provider: " + ("J. Ramirez, PA-C" if i == 0 else "M. Feldman, MD"), 8)
    pg.tx(312, 94, "Time collected: " + ("14:20" if i == 0 else "10:05"), 8)
    pg.wrap(312, 108, 260, "Reason for visit: " + reason, 8)
    y = 150
    for title, device, a, b in groups:
        pg.rc(36, y - 11, 576, y + 4, col=None, fill=(0.9, 0.9, 0.9))
        pg.tx(40, y, title, 9, "hebo")
        y += 13
        pg.tx(40, y, device, 7, "heit")
        y += 14
        for t, x in [("Test", 48), ("Result", 220), ("Flag", 310), ("Units", 345), ("Reference", 420)]:
            pg.tx(x, y, t, 7.5, "hebo")
        pg.ln(44, y + 3, 572, y + 3, 0.4)
        y += 14
        for r in L.rows[a:b]:
            pg.tx(48, y, r["name"], 9)
            pg.tx(220, y, r["val"], 9, "hebo" if r.get("flag", "N") != "N" else "helv")
            pg.tx(314, y, r["pf"], 9, "hebo")
            pg.tx(345, y, r["unit"], 8.5)
            pg.tx(420, y, r["ref"], 8.5)
            pg.ln(44, y + 4, 572, y + 4, 0.2, (0.7, 0.7, 0.7))
            y += 15
        pg.tx(48, y + 2, "QC:  [X] Pos ctrl acceptable   [X] Neg ctrl acceptable      Performed by: ______  Initials: "
              + ("DM" if i == 0 else "KT"), 7.5)
        y += 26
    pg.tx(40, y + 6, "Results reviewed with patient. Abnormal results flagged H (high) / L (low). Send-out urine "
          "culture ordered if nitrite/LE positive." if i == 0 else
          "Results reviewed with patient. H = high, L = low vs. manufacturer reference range.", 7.5, "heit")
    pg.tx(40, 752, "Provider signature: ______________________________   Date/Time: ______________", 8)
    pg.tx(576, 772, "Form UC-POC-07 rev. 03/2023      Page 1 of 1", 6.5, al="r")
    doc = Doc.__new__(Doc)
    doc.d, doc.pages, doc.footer = doc_, [pg], None
    slug = "ua-hcg" if i == 0 else "flu-chem8"
    return slug, doc.finish("POC Results"), "application/pdf", sex, ("2024-05-09", "2025-01-22")[i], L.expected()


# ---- DJ7 — Specialist endocrine / fertility / sports-medicine panel

def dj7(rng: random.Random, i: int):
    sex, age = ("female", 34) if i == 0 else ("male", 41)
    L = Lab("en", {"L": "LOW", "H": "HIGH", "LL": "LOW", "HH": "HIGH"})
    if i == 0:
        L.sec("REPRODUCTIVE HORMONES (Day 3)")
        L.num("15067-2", "FSH", round(rng.uniform(10.5, 11.8), 1), 1, "IU/L", 3.5, 12.5,
              ref="Follicular: 3.5 - 12.5\nOvulatory: 4.7 - 21.5\nLuteal: 1.7 - 7.7\nPostmenopausal: 25.8 - 134.8")
        L.num("10501-5", "LH", gen(rng, 2.4, 12.6, 1), 1, "IU/L", 2.4, 12.6,
              ref="Follicular: 2.4 - 12.6\nOvulatory: 14.0 - 95.6\nLuteal: 1.0 - 11.4\nPostmenopausal: 7.7 - 58.5")
        L.num("2243-4", "Estradiol (E2)", float(rng.randint(38, 72)), 0, "pg/mL", 12.5, 166.0,
              ref="Follicular: 12.5 - 166.0\nOvulatory: 85.8 - 498.0\nLuteal: 43.8 - 211.0\nPostmenopausal: < 54.7")
        L.num("2839-9", "Progesterone", round(rng.uniform(0.3, 0.9), 1), 1, "ng/mL", 0.2, 1.5,
              ref="Follicular: 0.2 - 1.5\nLuteal: 1.7 - 27.0\nPostmenopausal: < 0.2")
        L.num("38476-8", "Anti-Mullerian Hormone (AMH)", round(rng.uniform(0.55, 0.8), 2), 2, "ng/mL", 0.9, 9.5,
              ref="Age 25-29: 1.2 - 11.7\nAge 30-34: 0.9 - 9.5\nAge 35-39: 0.5 - 7.8", rdec=1)
        L.note("AMH below the age-specific interval is consistent with diminished ovarian reserve. AMH does not "
               "predict natural fertility; interpret with antral follicle count and FSH.")
        L.num("2842-3", "Prolactin", gen(rng, 4.8, 23.3, 1), 1, "ng/mL", 4.8, 23.3, ref="Non-pregnant: 4.8 - 23.3")
        L.sec("ANDROGENS")
        L.num("2986-8", "Testosterone, Total", float(rng.randint(15, 40)), 0, "ng/dL", 8, 48, ref="Female: 8 - 48")
        L.num("2191-5", "DHEA-Sulfate", float(rng.randint(130, 300)), 0, "ug/dL", 98.8, 340.0,
              ref="Age 25-34: 98.8 - 340.0\nAge 35-44: 60.9 - 337.0")
        L.num("13967-5", "SHBG", float(rng.randint(35, 90)), 0, "nmol/L", 26.1, 110.0, ref="Female: 26.1 - 110.0")
        L.sec("THYROID")
        L.num("3016-3", "TSH", gen(rng, 0.27, 4.20, 2), 2, "uIU/mL", 0.27, 4.20)
        L.note("Preconception / first-trimester TSH target is < 2.5 uIU/mL per ATA guidance.")
        L.num("3024-7", "Free T4", gen(rng, 0.93, 1.70, 2), 2, "ng/dL", 0.93, 1.70)
        clin = [("Clinical info:", "Cycle day 3 (follicular phase). Trying to conceive 14 months."),
                ("Collected:", "02/06/2024 08:40"), ("Medications:", "Prenatal vitamin")]
        title = "FERTILITY HORMONE PANEL - FEMALE"
    else:
        L.sec("ANDROGEN STATUS")
        tt = float(rng.randint(590, 760))
        L.num("2986-8", "Testosterone, Total (LC/MS-MS)", tt, 0, "ng/dL", 264, 916, ref="Adult male: 264 - 916")
        L.num("2991-8", "Testosterone, Free (Equilibrium Dialysis)", round(tt * 10 * rng.uniform(0.017, 0.022), 1),
              1, "pg/mL", 46.0, 224.0, ref="Adult male: 46.0 - 224.0", rdec=1)
        L.num("13967-5", "SHBG", float(rng.randint(22, 48)), 0, "nmol/L", 10.0, 57.0, ref="Adult male: 10.0 - 57.0",
              rdec=1)
        L.num("10501-5", "LH", gen(rng, 1.7, 8.6, 1), 1, "IU/L", 1.7, 8.6, ref="Adult male: 1.7 - 8.6")
        L.num("15067-2", "FSH", gen(rng, 1.5, 12.4, 1), 1, "IU/L", 1.5, 12.4, ref="Adult male: 1.5 - 12.4")
        L.num("2243-4", "Estradiol (E2)", float(rng.randint(18, 36)), 0, "pg/mL", 7.6, 42.6,
              ref="Adult male: 7.6 - 42.6")
        L.sec("ADRENAL / GROWTH AXIS")
        L.num("2143-6", "Cortisol", round(rng.uniform(20.8, 23.5), 1), 1, "ug/dL", 6.2, 19.4,
              ref="AM (07:00-10:00): 6.2 - 19.4\nPM (16:00-20:00): 2.3 - 11.9")
        L.num("2484-4", "IGF-1", float(rng.randint(110, 200)), 0, "ng/mL", 70, 225,
              ref="Age 36-40: 77 - 230\nAge 41-45: 70 - 225\nAge 46-50: 66 - 221")
        L.sec("RECOVERY / GENERAL")
        L.num("2157-6", "Creatine Kinase (CK)", float(rng.randint(540, 820)), 0, "U/L", 39, 308)
        L.note("CK elevation is common within 48-72 h of strenuous exercise; repeat after 5 days rest if clinically "
               "indicated.")
        L.num("2276-4", "Ferritin", float(rng.randint(60, 220)), 0, "ng/mL", 30, 400)
        L.num("62292-8", "25-Hydroxy Vitamin D (D2+D3)", float(rng.randint(34, 58)), 0, "ng/mL", 30, 100,
              ref="Deficient: < 20\nInsufficient: 20 - 29\nSufficient: 30 - 100\nPotential toxicity: > 150")
        L.num("718-7", "Hemoglobin", round(rng.uniform(14.5, 16.2), 1), 1, "g/dL", 13.2, 17.1)
        L.num("4544-3", "Hematocrit", round(rng.uniform(43.5, 48.0), 1), 1, "%", 38.5, 50.0)
        L.num("2857-1", "PSA, Total", round(rng.uniform(0.4, 1.3), 2), 2, "ng/mL", None, 4.0, rdec=1)
        clin = [("Clinical info:", "Masters triathlete. Fatigue, reduced training tolerance. Last session 36 h ago."),
                ("Collected:", "06/17/2024 08:05"), ("Medications:", "None reported")]
        title = "MEN'S HEALTH & SPORTS ENDOCRINOLOGY PANEL"
    pname = "Ms. Priya N. Raman" if i == 0 else "Mr. Daniel T. Okafor-Lind"

    def header(pg: Pg, n: int) -> float:
        pg.rc(0, 0, 612, 70, col=None, fill=(0.33, 0.18, 0.45))
        pg.tx(36, 32, "Hartwell", 22, "lsb", (1, 1, 1))
        pg.tx(44 + pg.width("Hartwell", 22, "lsb"), 32, "Endocrine & Reproductive Laboratory", 12, "ls", (1, 1, 1))
        pg.tx(36, 52, "41 Beacon Hill Professional Center, Boston, MA 02108  |  CAP #8841207  |  CLIA 22D0776541", 8,
              "ls", (0.9, 0.85, 0.95))
        pg.tx(36, 94, title, 11.5, "lsb", (0.33, 0.18, 0.45))
        rows = [("Patient:", pname), ("Sex / Age:", f"{sex.capitalize()} / {age} years"),
                ("DOB:", "10/11/1989" if i == 0 else "03/02/1983"),
                ("Ordering:", "Dr. Helen Marsh, REI" if i == 0 else "Dr. Scott Iverson, Sports Medicine")]
        for j, (a, b) in enumerate(rows):
            pg.tx(36, 112 + j * 12, a, 8.5, "lsb")
            pg.tx(100, 112 + j * 12, b, 8.5, "ls")
        yy = 112.0
        for a, b in clin:
            pg.tx(300, yy, a, 8.5, "lsb")
            yy = pg.wrap(370, yy, 206, b, 8.5, "ls", lh=10) + 2
        y = 176
        pg.ln(36, y - 12, 576, y - 12, 0.8, (0.33, 0.18, 0.45))
        for t, x in [("Analyte", 36), ("Result", 250), ("Flag", 305), ("Units", 345), ("Reference Interval", 410)]:
            pg.tx(x, y, t, 8.5, "lsb")
        pg.ln(36, y + 4, 576, y + 4, 0.4)
        return y + 18

    def footer(pg: Pg, k: int, n: int):
        pg.ln(36, 742, 576, 742, 0.4)
        pg.tx(36, 754, "Immunoassays: Roche cobas e801 (ECLIA). Testosterone by LC-MS/MS. Free testosterone by "
              "equilibrium dialysis.", 6.8, "lsi")
        pg.tx(36, 764, "Electronically signed by Margaret A. Chu, PhD, DABCC - Laboratory Director", 6.8, "ls")
        pg.tx(576, 776, f"Page {k} of {n}", 7, "ls", al="r")

    doc = Doc(header, footer, w=612, h=792, bottom=730)
    draw_table(doc, L.rows, [("name", 40, "l"), ("val", 250, "l"), ("pf", 305, "l"), ("unit", 345, "l"),
                             ("ref", 410, "l")], lh=11.5, sz=8.5, f="ls", fb="lsb", fi="lsi",
               sec=lambda pg, y, t: (pg.tx(36, y, t, 9, "lsb", (0.33, 0.18, 0.45))))
    slug = "fertility-f" if i == 0 else "sports-m"
    return slug, doc.finish("Hormone Panel"), "application/pdf", sex, ("2024-02-06", "2024-06-17")[i], L.expected()


# ---- DJ8 — US lab report received by fax (PNG)

def dj8(rng: random.Random, i: int):
    sex, age = ("female", 68) if i == 0 else ("male", 44)
    F = sex == "female"
    L = Lab("en", {"L": "L", "H": "H", "LL": "LL", "HH": "HH"})
    if i == 0:
        L.sec("CBC WITH DIFFERENTIAL/PLATELET")
        c = cbc_raw(rng, sex, anemia=True, plt=rng.uniform(420, 470))
        wbc, rbc, hgb, hct = round(c["wbc"], 1), round(c["rbc"], 2), round(c["hgb"], 1), round(c["hct"], 1)
        L.num("6690-2", "WBC", wbc, 1, "x10E3/uL", 3.4, 10.8)
        L.num("789-8", "RBC", rbc, 2, "x10E6/uL", 3.77, 5.28)
        L.num("718-7", "Hemoglobin", hgb, 1, "g/dL", 11.1, 15.9)
        L.num("4544-3", "Hematocrit", hct, 1, "%", 34.0, 46.6)
        L.num("787-2", "MCV", round(hct / rbc * 10), 0, "fL", 79, 97)
        L.num("785-6", "MCH", round(hgb / rbc * 10, 1), 1, "pg", 26.6, 33.0)
        L.num("786-4", "MCHC", round(hgb / hct * 100, 1), 1, "g/dL", 31.5, 35.7)
        L.num("788-0", "RDW", round(c["rdw"], 1), 1, "%", 11.7, 15.4)
        L.num("777-3", "Platelets", round(c["plt"]), 0, "x10E3/uL", 150, 450)
        p = diff_pcts(c, 0)
        for k, nm in [("neut", "Neutrophils"), ("lymph", "Lymphs"), ("mono", "Monocytes"), ("eos", "Eos"),
                      ("baso", "Basos")]:
            L.num(DIFF_CODES[k][0], nm, p[k], 0, "%", None, None, ref="Not Estab.")
        for k, nm, lo, hi in [("neut", "Neutrophils (Absolute)", 1.4, 7.0), ("lymph", "Lymphs (Absolute)", 0.7, 3.1),
                              ("mono", "Monocytes(Absolute)", 0.1, 0.9), ("eos", "Eos (Absolute)", 0.0, 0.4),
                              ("baso", "Baso (Absolute)", 0.0, 0.2)]:
            L.num(DIFF_CODES[k][1], nm, round(wbc * p[k] / 100, 1), 1, "x10E3/uL", lo, hi)
        L.sec("IRON AND TIBC")
        fe = float(rng.randint(22, 30))
        tibc = float(rng.randint(440, 480))
        L.num("2498-4", "Iron, Serum", fe, 0, "ug/dL", 27, 139)
        L.num("2500-7", "Iron Bind.Cap.(TIBC)", tibc, 0, "ug/dL", 250, 450)
        L.num("2502-3", "Iron Saturation", round(fe / tibc * 100), 0, "%", 15, 55)
        L.num("2276-4", "Ferritin", float(rng.randint(5, 11)), 0, "ng/mL", 15, 150)
        L.num("3016-3", "TSH", gen(rng, 0.45, 4.5, 3), 3, "uIU/mL", 0.450, 4.500)
    else:
        L.sec("COMP. METABOLIC PANEL (14)")
        glu = float(rng.randint(74, 96))
        L.num("2345-7", "Glucose", glu, 0, "mg/dL", 70, 99)
        bun = gen(rng, 6, 24, 0)
        cr = round(rng.uniform(0.85, 1.15), 2)
        L.num("3094-0", "BUN", bun, 0, "mg/dL", 6, 24)
        L.num("2160-0", "Creatinine", cr, 2, "mg/dL", 0.76, 1.27)
        L.num("98979-8", "eGFR", round(egfr(cr, age, sex)), 0, "mL/min/1.73", 59, None)
        L.num("3097-3", "BUN/Creatinine Ratio", round(bun / cr), 0, "", 9, 20)
        L.num("2951-2", "Sodium", gen(rng, 134, 144, 0), 0, "mmol/L", 134, 144)
        L.num("2823-3", "Potassium", gen(rng, 3.5, 5.2, 1), 1, "mmol/L", 3.5, 5.2)
        L.num("2075-0", "Chloride", gen(rng, 96, 106, 0), 0, "mmol/L", 96, 106)
        L.num("2028-9", "Carbon Dioxide, Total", gen(rng, 20, 29, 0), 0, "mmol/L", 20, 29)
        L.num("17861-6", "Calcium", gen(rng, 8.7, 10.2, 1), 1, "mg/dL", 8.7, 10.2)
        tp, alb = gen(rng, 6.3, 7.9, 1), gen(rng, 4.1, 4.9, 1)
        L.num("2885-2", "Protein, Total", tp, 1, "g/dL", 6.0, 8.5)
        L.num("1751-7", "Albumin", alb, 1, "g/dL", 4.0, 5.0)
        L.num("10834-0", "Globulin, Total", round(tp - alb, 1), 1, "g/dL", 1.5, 4.5)
        L.num("1975-2", "Bilirubin, Total", gen(rng, 0.0, 1.2, 1), 1, "mg/dL", 0.0, 1.2)
        L.num("6768-6", "Alkaline Phosphatase", gen(rng, 44, 121, 0), 0, "IU/L", 44, 121)
        L.num("1920-8", "AST (SGOT)", float(rng.randint(48, 66)), 0, "IU/L", 0, 40)
        L.num("1742-6", "ALT (SGPT)", float(rng.randint(70, 95)), 0, "IU/L", 0, 44)
        L.sec("LIPID PANEL")
        tc, hdl, tg = float(rng.randint(205, 230)), float(rng.randint(34, 38)), float(rng.randint(230, 320))
        L.num("2093-3", "Cholesterol, Total", tc, 0, "mg/dL", 100, 199)
        L.num("2571-8", "Triglycerides", tg, 0, "mg/dL", 0, 149)
        L.num("2085-9", "HDL Cholesterol", hdl, 0, "mg/dL", 39, None)
        L.num("13458-5", "VLDL Cholesterol Cal", round(tg / 5), 0, "mg/dL", 5, 40)
        L.num("13457-7", "LDL Chol Calc", tc - hdl - round(tg / 5), 0, "mg/dL", 0, 99)
        L.num("4548-4", "Hemoglobin A1c", round(rng.uniform(5.4, 5.6), 1), 1, "%", 4.8, 5.6)
        L.note("Prediabetes: 5.7 - 6.4  Diabetes: >6.4  Glycemic control for adults with diabetes: <7.0")
    pname = "PETERSEN, MARGARET A" if i == 0 else "ALVAREZ, LUIS M"
    fdate = "MAR-18-2024 10:42" if i == 0 else "AUG-05-2024 16:09"

    def header(pg: Pg, n: int) -> float:
        pg.tx(30, 18, f"{fdate}      FROM: CEDAR VALLEY CLIN LAB   5415550182        TO: 15415550199        "
              f"P.{n + 1:03d}/{n + 2:03d}", 8, "cour")
        pg.tx(36, 50, "CEDAR VALLEY CLINICAL LABORATORY", 14, "hebo")
        pg.tx(36, 62, "2210 Mill Street, Eugene, OR 97401    Phone 541-555-0182    Fax 541-555-0183", 8)
        pg.tx(576, 50, "FINAL REPORT", 11, "hebo", al="r")
        pg.ln(36, 70, 576, 70, 1.2)
        info = [("Patient:", pname, "Collected:", ("03/15/2024 08:20" if i == 0 else "08/02/2024 07:35")),
                ("DOB:", ("11/23/1955" if i == 0 else "05/09/1980") + f"  Age: {age}", "Received:",
                 ("03/15/2024 12:05" if i == 0 else "08/02/2024 11:40")),
                ("Sex:", "F" if F else "M", "Reported:", ("03/18/2024 10:31" if i == 0 else "08/05/2024 15:58")),
                ("Physician:", "K. SORENSEN, MD", "Account:", "LAKESIDE FAMILY MEDICINE #4471")]
        for j, (a, b, c2, d) in enumerate(info):
            pg.tx(36, 84 + j * 11, a, 8.5, "hebo")
            pg.tx(92, 84 + j * 11, b, 8.5)
            pg.tx(330, 84 + j * 11, c2, 8.5, "hebo")
            pg.tx(390, 84 + j * 11, d, 8.5)
        y = 140
        pg.ln(36, y - 10, 576, y - 10, 0.6)
        for t, x in [("TESTS", 40), ("RESULT", 240), ("FLAG", 300), ("UNITS", 345), ("REFERENCE INTERVAL", 440)]:
            pg.tx(x, y, t, 8.5, "hebo")
        pg.ln(36, y + 4, 576, y + 4, 0.6)
        return y + 17

    def footer(pg: Pg, k: int, n: int):
        pg.tx(36, 748, "CONFIDENTIALITY NOTICE: This facsimile contains privileged health information intended only for"
              " the addressee.", 7, "heit")
        pg.tx(36, 760, "If received in error, notify sender at 541-555-0182 and destroy all copies.", 7, "heit")
        pg.tx(576, 772, "Lab Director: J. Whitcomb, MD   Page 1 of 1", 7, al="r")

    doc = Doc(header, footer, w=612, h=792, bottom=735)
    draw_table(doc, L.rows, [("name", 46, "l"), ("val", 240, "l"), ("pf", 303, "l"), ("unit", 345, "l"),
                             ("ref", 440, "l")], lh=12.3, sz=9.2, f="helv", fb="hebo")
    pdf = doc.finish("fax")
    slug = "cbc-iron" if i == 0 else "cmp-lipid"
    return slug, fax_png(pdf, rng), "image/png", sex, ("2024-03-15", "2024-08-02")[i], L.expected(), pdf


# ---- Brazilian block layout helpers (DJ9, DJ12)

def br_hemograma(L: Lab, rng: random.Random, c: dict, sex: str, full: bool = True) -> None:
    F = sex == "female"
    rbc, hgb, hct = round(c["rbc"], 2), round(c["hgb"], 1), round(c["hct"], 1)
    L.sec("HEMOGRAMA COMPLETO", mat="Material: Sangue total (EDTA)   Método: Citometria de fluxo / impedância")
    L.sec("Eritrograma", sub=True)
    if full:
        L.num("789-8", "Hemácias", rbc, 2, "milhões/mm³", 4.0 if F else 4.5, 5.2 if F else 5.9, rdec=1)
    L.num("718-7", "Hemoglobina", hgb, 1, "g/dL", 12.0 if F else 13.0, 16.0 if F else 17.0)
    L.num("4544-3", "Hematócrito", hct, 1, "%", 36.0 if F else 40.0, 46.0 if F else 50.0)
    if full:
        L.num("787-2", "VCM", round(hct / rbc * 10, 1), 1, "fL", 80.0, 98.0)
        L.num("785-6", "HCM", round(hgb / rbc * 10, 1), 1, "pg", 27.0, 32.0)
        L.num("786-4", "CHCM", round(hgb / hct * 100, 1), 1, "g/dL", 32.0, 36.0)
        L.num("788-0", "RDW", round(c["rdw"], 1), 1, "%", 11.5, 14.5)
    L.sec("Leucograma", sub=True)
    wbc = round(c["wbc"] * 1000, -1)
    L.num("6690-2", "Leucócitos", wbc, 0, "/mm³", 4000, 10000, thou=True)
    p = diff_pcts(c, 1)
    keys = [("neut", "Neutrófilos", 40, 70, 1600, 7000), ("lymph", "Linfócitos", 20, 45, 900, 4000),
            ("mono", "Monócitos", 2, 10, 100, 1000), ("eos", "Eosinófilos", 1, 6, 40, 500),
            ("baso", "Basófilos", 0, 2, 0, 200)]
    for k, nm, lo, hi, alo, ahi in keys if full else keys[:2]:
        r = L.num(DIFF_CODES[k][0], nm, p[k], 1, "%", lo, hi, rdec=0)
        r["ref"] = f"{lo} a {hi} %  |  {L.f(alo, 0, True)} a {L.f(ahi, 0, True)} /mm³"
        L.num(DIFF_CODES[k][1], nm, round(wbc * p[k] / 100), 0, "/mm³", alo, ahi, thou=True, pair=True)
    L.sec("Plaquetograma", sub=True)
    L.num("777-3", "Plaquetas", round(c["plt"]) * 1000.0, 0, "/mm³", 150000, 450000, thou=True)


def br_render(doc: Doc, rows: list[dict], f="ls", fb="lsb", sz=8.6, lh=12.0, xv=250, xr=372, col=(0.1, 0.25, 0.45)):
    for r in rows:
        if r["k"] == "sec":
            if r.get("sub"):
                doc.need(lh * 2)
                doc.pg.tx(44, doc.y + 2, r["name"], sz, fb)
                doc.y += lh + 2
                continue
            doc.need(lh * 4)
            doc.y += 8
            doc.pg.ln(40, doc.y - 10, doc.w - 40, doc.y - 10, 0.4, (0.6, 0.6, 0.6))
            doc.pg.tx(40, doc.y + 2, r["name"], sz + 1.4, fb, col)
            doc.y += lh
            if r.get("mat"):
                doc.pg.tx(40, doc.y, r["mat"], sz - 1.6, f, (0.35, 0.35, 0.35))
                doc.y += lh
            continue
        if r["k"] == "note":
            doc.need(lh)
            doc.y = doc.pg.wrap(44, doc.y, doc.w - 100, r["name"], sz - 1.2, f, lh=lh - 2) + 2
            continue
        if r.get("pair"):
            y = doc.y - lh
            b = r.get("flag", "N") != "N"
            doc.pg.tx(xv + 78, y, r["val"] + (" " + r["pf"] if r["pf"] else ""), sz, fb if b else f, al="r")
            doc.pg.tx(xv + 82, y, r["unit"], sz - 1, f)
            continue
        doc.need(lh)
        name = r["name"]
        dots = max(2, int((xv - 95 - doc.pg.width(name, sz, f)) / doc.pg.width(".", sz, f)))
        doc.pg.tx(50, doc.y, name + " " + "." * dots + ":", sz, f)
        b = r.get("flag", "N") != "N"
        doc.pg.tx(xv, doc.y, r["val"] + (" " + r["pf"] if r["pf"] else ""), sz, fb if b else f, al="r")
        if not r.get("paired_unit_hidden"):
            doc.pg.tx(xv + 4, doc.y, r["unit"], sz - 1, f)
        if r.get("ref"):
            doc.pg.tx(xr, doc.y, r["ref"], sz - 1, f)
        doc.y += lh


# ---- DJ9 — Brazilian hospital emergency lab

def dj9(rng: random.Random, i: int):
    sex, age = ("male", 71) if i == 0 else ("female", 24)
    L = Lab("pt", {"L": "*", "H": "*", "LL": "*", "HH": "*"}, sep=" a ")
    art = i == 0
    spec = "arterial" if art else "venosa"
    L.sec(f"GASOMETRIA {spec.upper()}", mat=f"Material: Sangue {'arterial' if art else 'venoso'} (seringa heparinizada)"
          "   Método: Potenciometria / amperometria - analisador de gases ABL90")
    if art:
        ph, pco2, po2, hco3, be, sat, lac = 7.29, round(rng.uniform(29, 32), 1), float(rng.randint(64, 72)), \
            round(rng.uniform(14, 16), 1), round(rng.uniform(-10.5, -8.5), 1), round(rng.uniform(91, 93.5), 1), \
            round(rng.uniform(3.6, 4.4), 1)
        L.num("2744-1", "pH", ph, 2, "", 7.35, 7.45)
        L.num("2019-8", "pCO2", pco2, 1, "mmHg", 35.0, 45.0)
        L.num("2703-7", "pO2", po2, 0, "mmHg", 80, 100)
        L.num("1960-4", "HCO3", hco3, 1, "mmol/L", 22.0, 26.0)
        L.num("1925-7", "Excesso de bases (BE)", be, 1, "mmol/L", -2.0, 2.0, ref="-2,0 a +2,0")
        L.num("2708-6", "Saturação de O2", sat, 1, "%", 95.0, 99.0)
        L.num("2518-9", "Lactato", lac, 1, "mmol/L", 0.5, 1.6)
        L.num("2947-0", "Sódio", gen(rng, 136, 145, 0), 0, "mmol/L", 136, 145)
        L.num("6298-4", "Potássio", gen(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1)
        L.num("1994-3", "Cálcio iônico", round(rng.uniform(1.05, 1.1), 2), 2, "mmol/L", 1.15, 1.32)
        L.num("2339-0", "Glicose", float(rng.randint(150, 190)), 0, "mg/dL", 70, 99)
        L.info("FiO2", "40", "%")
        L.info("Temperatura do paciente", "37,8", "°C")
    else:
        L.num("2746-6", "pH", 7.14, 2, "", 7.32, 7.43)
        L.num("2021-4", "pCO2", round(rng.uniform(20, 23), 1), 1, "mmHg", 38.0, 50.0)
        L.num("2705-2", "pO2", float(rng.randint(32, 38)), 0, "mmHg", 25, 40)
        L.num("14627-4", "HCO3", round(rng.uniform(6.5, 8.0), 1), 1, "mmol/L", 23.0, 29.0)
        L.num("1927-3", "Excesso de bases (BE)", round(rng.uniform(-22, -19), 1), 1, "mmol/L", -2.0, 3.0,
              ref="-2,0 a +3,0")
        L.num("2711-0", "Saturação de O2", round(rng.uniform(62, 70), 1), 1, "%", 60.0, 85.0)
        L.num("2519-7", "Lactato", round(rng.uniform(2.4, 2.9), 1), 1, "mmol/L", 0.5, 2.2)
        L.num("2947-0", "Sódio", float(rng.randint(128, 131)), 0, "mmol/L", 136, 145)
        L.num("6298-4", "Potássio", round(rng.uniform(5.5, 5.8), 1), 1, "mmol/L", 3.5, 5.1)
        L.num("2069-3", "Cloreto", gen(rng, 98, 107, 0), 0, "mmol/L", 98, 107)
        L.num("2339-0", "Glicose", float(rng.randint(585, 640)), 0, "mg/dL", 70, 99)
        L.note("VALOR CRÍTICO: glicose comunicada ao Dr. Rafael M. (plantão PS) às 03:18 por Ana P. - CRF/MG 28.114.")
        L.info("Temperatura do paciente", "36,9", "°C")
    c = cbc_raw(rng, sex, wbc=rng.uniform(16.5, 19.5) if art else rng.uniform(13.5, 16.0),
                neut=rng.uniform(84, 88) if art else rng.uniform(78, 83))
    br_hemograma(L, rng, c, sex, full=art)
    L.sec("BIOQUÍMICA", mat="Material: Soro   Método: Enzimático colorimétrico / Jaffé cinético")
    cr = round(rng.uniform(1.9, 2.3), 2) if art else round(rng.uniform(1.15, 1.35), 2)
    L.num("3091-6", "Ureia", float(rng.randint(82, 96) if art else rng.randint(50, 58)), 0, "mg/dL", 16.6, 48.5, rdec=1)
    L.num("2160-0", "Creatinina", cr, 2, "mg/dL", 0.70 if art else 0.50, 1.20 if art else 0.90)
    if art:
        L.num("1988-5", "Proteína C reativa", round(rng.uniform(160, 230), 1), 1, "mg/L", None, 5.0,
              ref="Inferior a 5,0 mg/L")
        L.num("89579-7", "Troponina I ultrassensível", round(rng.uniform(10, 22), 1), 1, "ng/L", None, 34.2,
              ref="Até 34,2 ng/L (homens)")
        L.sec("COAGULOGRAMA", mat="Material: Plasma citratado   Método: Coagulométrico automatizado")
        pt = round(rng.uniform(14.6, 15.4), 1)
        L.num("5902-2", "Tempo de protrombina", pt, 1, "segundos", 10.0, 13.5)
        L.info("Controle do dia", "12,1", "segundos")
        L.num("6301-6", "RNI", round((pt / 12.1) ** 1.02, 2), 2, "", 0.80, 1.20)
        L.info("ISI do reagente", "1,02")
        tt = round(rng.uniform(30.5, 34.5), 1)
        L.num("3173-2", "TTPA - tempo do paciente", tt, 1, "segundos", 25.0, 36.0)
        L.info("TTPA - tempo do controle", "29,8", "segundos")
        L.num("63561-5", "TTPA - relação", round(tt / 29.8, 2), 2, "", None, 1.25, ref="Até 1,25")
    pname = "JOSÉ CARLOS PEREIRA DA SILVA" if art else "LARISSA FERNANDES MOURA"
    coll = "15/03/2024 02:55" if art else "09/07/2024 02:41"

    def header(pg: Pg, n: int) -> float:
        pg.rc(36, 28, 80, 72, col=(0.1, 0.25, 0.45), fill=(0.1, 0.25, 0.45))
        pg.tx(58, 57, "+", 30, "lsb", (1, 1, 1), al="c")
        pg.tx(90, 44, "HOSPITAL SANTA CLARA DO VALE", 14, "lsb", (0.1, 0.25, 0.45))
        pg.tx(90, 57, "Laboratório de Análises Clínicas - Unidade de Urgência e Emergência (24 h)", 8.5, "ls")
        pg.tx(90, 68, "Av. Juscelino Kubitschek, 2.150 - Ipatinga/MG - CNES 2204571 - RT: Dra. Helena V. Rocha "
              "CRF-MG 19.402", 7, "ls")
        pg.rc(36, 80, 559, 136, col=(0.6, 0.6, 0.6), w=0.5)
        data = [("Paciente:", pname, "Atendimento:", f"{rng.randint(2024000000, 2024999999)}"),
                ("Idade:", f"{age} anos", "Sexo:", "Masculino" if art else "Feminino"),
                ("Setor:", "Pronto-Socorro Adulto - Leito 07" if art else "PS - Sala Vermelha", "Coleta:", coll),
                ("Médico:", "Dr. Thiago R. Alves CRM-MG 61.230" if art else "Dra. Camila S. Reis CRM-MG 70.118",
                 "Prioridade:", "URGENTE")]
        for j, (a, b, c2, d) in enumerate(data):
            pg.tx(42, 93 + j * 12, a, 8, "lsb")
            pg.tx(100, 93 + j * 12, b, 8, "ls")
            pg.tx(350, 93 + j * 12, c2, 8, "lsb")
            pg.tx(415, 93 + j * 12, d, 8, "ls")
        pg.tx(297, 154, "EXAMES DE URGÊNCIA", 11, "lsb", al="c")
        pg.tx(250, 170, "Resultado", 7.5, "lsb", al="r")
        pg.tx(372, 170, "Valores de referência", 7.5, "lsb")
        return 186

    def footer(pg: Pg, k: int, n: int):
        pg.ln(36, 782, 559, 782, 0.4)
        pg.tx(40, 792, "(*) Resultado fora do intervalo de referência. Liberado eletronicamente por Ana Paula Lemos -"
              " CRF-MG 28.114", 6.8, "ls")
        pg.tx(40, 801, "Os valores de referência consideram sexo e idade do paciente. Laudo válido sem assinatura.",
              6.8, "ls")
        pg.tx(555, 812, f"Página {k} de {n}", 6.8, "ls", al="r")

    doc = Doc(header, footer, bottom=770)
    br_render(doc, L.rows, xv=250, xr=372)
    slug = "gaso-art-sepse" if art else "gaso-ven-cad"
    return slug, doc.finish("Exames de urgência"), "application/pdf", sex, ("2024-03-15", "2024-07-09")[i], \
        L.expected()


# ---- DJ10 — Brazilian lab e-mail body summary (printed from webmail)

def dj10(rng: random.Random, i: int):
    sex, age = ("female", 45) if i == 0 else ("male", 58)
    L = Lab("pt", {"L": "BAIXO", "H": "ALTO", "LL": "BAIXO", "HH": "ALTO"}, sep=" a ")
    R = lambda s: f"(ref.: {s})"  # noqa: E731
    glu = float(rng.randint(86, 97) if i == 0 else rng.randint(104, 118))
    L.num("2345-7", "Glicose em jejum", glu, 0, "mg/dL", 70, 99, ref=R("70 a 99 mg/dL"))
    L.num("4548-4", "Hemoglobina glicada (HbA1c)", round(rng.uniform(5.2, 5.5) if i == 0 else rng.uniform(5.9, 6.3), 1),
          1, "%", None, 5.7, ref=R("inferior a 5,7 %"))
    tc, hdl, tg = float(rng.randint(205, 226)), float(rng.randint(48, 62) if i == 0 else rng.randint(36, 39)), \
        float(rng.randint(95, 140) if i == 0 else rng.randint(170, 210))
    vldl = round(tg / 5)
    L.num("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190, ref=R("desejável inferior a 190 mg/dL"))
    L.num("2085-9", "HDL-colesterol", hdl, 0, "mg/dL", 40, None, ref=R("superior a 40 mg/dL"))
    L.num("2571-8", "Triglicerídeos", tg, 0, "mg/dL", None, 150, ref=R("inferior a 150 mg/dL"))
    L.num("13457-7", "LDL-colesterol (Friedewald)", tc - hdl - vldl, 0, "mg/dL", None, 130,
          ref=R("inferior a 130 mg/dL"))
    L.num("13458-5", "VLDL-colesterol", vldl, 0, "mg/dL", None, 30, ref=R("até 30 mg/dL"))
    L.num("43396-1", "Colesterol não-HDL", tc - hdl, 0, "mg/dL", None, 160, ref=R("inferior a 160 mg/dL"))
    L.note(f"  * Resultado anterior (11/2023): colesterol total {rng.randint(228, 240)} mg/dL.")
    cr = round(rng.uniform(0.68, 0.84) if i == 0 else rng.uniform(0.95, 1.15), 2)
    L.num("2160-0", "Creatinina", cr, 2, "mg/dL", 0.50 if i == 0 else 0.70, 0.90 if i == 0 else 1.20,
          ref=R("0,50 a 0,90 mg/dL" if i == 0 else "0,70 a 1,20 mg/dL"))
    L.num("98979-8", "TFG estimada (CKD-EPI 2021)", round(egfr(cr, age, sex)), 0, "mL/min/1,73m²", 60, None,
          ref=R("superior a 60 mL/min/1,73m²"))
    L.num("1742-6", "TGP (ALT)", gen(rng, 10, 33 if i == 0 else 41, 0), 0, "U/L", None, 33 if i == 0 else 41,
          ref=R(f"até {33 if i == 0 else 41} U/L"))
    L.num("1920-8", "TGO (AST)", gen(rng, 10, 32 if i == 0 else 40, 0), 0, "U/L", None, 32 if i == 0 else 40,
          ref=R(f"até {32 if i == 0 else 40} U/L"))
    if i == 0:
        L.num("3016-3", "TSH", round(rng.uniform(4.9, 6.2), 2), 2, "µUI/mL", 0.45, 4.5, ref=R("0,45 a 4,50 µUI/mL"))
        L.num("3024-7", "T4 livre", gen(rng, 0.7, 1.8, 2), 2, "ng/dL", 0.70, 1.80, ref=R("0,70 a 1,80 ng/dL"))
        L.num("2276-4", "Ferritina", float(rng.randint(14, 19)), 0, "ng/mL", 15, 150, ref=R("15 a 150 ng/mL"))
        L.num("62292-8", "Vitamina D (25-hidroxi)", round(rng.uniform(21, 28), 1), 1, "ng/mL", 30, 100,
              ref=R("deficiência: inferior a 20 ng/mL; insuficiência: 20 a 29 ng/mL; suficiência: 30 a 100 ng/mL"))
        L.num("2132-9", "Vitamina B12", float(rng.randint(320, 640)), 0, "pg/mL", 197, 771, ref=R("197 a 771 pg/mL"))
    else:
        L.num("2857-1", "PSA total", round(rng.uniform(0.9, 2.6), 2), 2, "ng/mL", None, 4.0, ref=R("até 4,00 ng/mL"))
        L.num("3084-1", "Ácido úrico", round(rng.uniform(7.4, 8.3), 1), 1, "mg/dL", 3.4, 7.0, ref=R("3,4 a 7,0 mg/dL"))
        L.num("2324-2", "Gama-GT", float(rng.randint(72, 95)), 0, "U/L", 10, 71, ref=R("10 a 71 U/L"))
        L.num("2951-2", "Sódio", gen(rng, 136, 145, 0), 0, "mmol/L", 136, 145, ref=R("136 a 145 mmol/L"))
        L.num("2823-3", "Potássio", gen(rng, 3.5, 5.1, 1), 1, "mmol/L", 3.5, 5.1, ref=R("3,5 a 5,1 mmol/L"))
    first = "Maria Aparecida" if i == 0 else "Roberto"
    full = "Maria Aparecida Lopes Nogueira" if i == 0 else "Roberto Yukio Tanaka Bastos"
    d = "08/04/2024" if i == 0 else "21/10/2024"
    lines = [("h", "Gmail - Seus resultados estão disponíveis - Protocolo " + f"{rng.randint(700000, 799999)}"),
             ("s", ""), ("b", "Seus resultados estão disponíveis"), ("s", ""),
             ("m", "Laboratório Vida Plena <nao-responda@vidaplena-lab.com.br>"),
             ("m", f"Para: {full.lower().replace(' ', '.')}@email.com.br"),
             ("m", ("seg., 8 de abr. de 2024 às 16:12" if i == 0 else "seg., 21 de out. de 2024 às 17:40")),
             ("s", ""), ("t", f"Olá, {first}!"), ("s", ""),
             ("t", f"Os exames coletados em {d} na unidade Vida Plena - Savassi ({'feminino' if i == 0 else 'masculino'},"
                   f" {age} anos) já foram liberados. Segue abaixo um resumo dos principais resultados. O laudo completo,"
                   " assinado digitalmente, está disponível no portal do paciente e em anexo (PDF)."),
             ("s", ""), ("b", "RESUMO DOS RESULTADOS"), ("s", "")]
    pdf_lines: list[tuple[str, object]] = list(lines)
    for r in L.rows:
        if r["k"] == "note":
            pdf_lines.append(("t", r["name"]))
        else:
            pdf_lines.append(("r", r))
    pdf_lines += [("s", ""), ("t", "Hemograma completo: sem alterações dignas de nota (ver laudo completo)."),
                  ("s", ""), ("t", "Este resumo não substitui o laudo oficial nem a avaliação do seu médico. Resultados "
                                   "marcados como ALTO ou BAIXO estão fora do valor de referência."),
                  ("s", ""), ("t", "Atenciosamente,"), ("t", "Equipe Vida Plena Medicina Diagnóstica"),
                  ("t", "Resp. técnico: Dr. Marcelo A. Guimarães - CRM-MG 38.551"),
                  ("t", "Central de atendimento: (31) 3555-0100  |  WhatsApp (31) 99555-0101")]

    def header(pg: Pg, n: int) -> float:
        pg.tx(36, 24, ("08/04/2024 16:20" if i == 0 else "21/10/2024 17:52"), 7, "ls")
        pg.tx(297, 24, "Gmail - Seus resultados estão disponíveis", 7, "ls", al="c")
        return 50

    def footer(pg: Pg, k: int, n: int):
        pg.tx(36, 822, "https://mail.google.com/mail/u/0/?ik=4f1a2b&view=pt&search=all", 7, "ls")
        pg.tx(559, 822, f"{k}/{n}", 7, "ls", al="r")

    doc = Doc(header, footer, bottom=790)
    for kind, obj in pdf_lines:
        doc.need(12)
        if kind == "h":
            doc.pg.tx(36, doc.y, "Gmail", 16, "ls", (0.4, 0.4, 0.4))
            doc.pg.tx(559, doc.y, f"{first.split()[0]} <{full.lower().split()[0]}...@email.com.br>", 8, "lsb", al="r")
            doc.pg.ln(36, doc.y + 8, 559, doc.y + 8, 0.6)
            doc.y += 14
        elif kind == "s":
            doc.y += 5
        elif kind == "b":
            doc.pg.tx(36, doc.y, str(obj), 12 if obj[0] == "S" else 9.5, "lsb")
            doc.y += 14
        elif kind == "m":
            doc.pg.tx(36, doc.y, str(obj), 8.5, "ls", (0.25, 0.25, 0.25))
            doc.y += 11
        elif kind == "t":
            doc.y = doc.pg.wrap(36, doc.y, 520, str(obj), 9, "lm", lh=11.5)
        else:
            r = obj  # type: ignore[assignment]
            s = f"- {r['name']}: {r['val']} {r['unit']} {r['ref']}" + (f" [{r['pf']}]" if r["pf"] else "")
            doc.y = doc.pg.wrap(36, doc.y, 520, s, 9, "lm", lh=11.5)
    slug = "resumo-checkup-f" if i == 0 else "resumo-checkup-m"
    return slug, doc.finish("Gmail - Seus resultados"), "application/pdf", sex, ("2024-04-08", "2024-10-21")[i], \
        L.expected()


# ---- DJ11 — Brazilian occupational-health (PCMSO) laboratory report

def dj11(rng: random.Random, i: int):
    sex, age = ("male", 39) if i == 0 else ("female", 22)
    F = sex == "female"
    L = Lab("pt", {"L": "Baixo", "H": "Alto", "LL": "Baixo", "HH": "Alto"}, sep=" a ")
    c = cbc_raw(rng, sex)
    rbc, hgb, hct = round(c["rbc"], 2), round(c["hgb"], 1), round(c["hct"], 1)
    L.sec("HEMOGRAMA COMPLETO - Sangue total EDTA (automação Sysmex XN)")
    L.num("789-8", "Eritrócitos", rbc, 2, "milhões/mm³", 4.0 if F else 4.5, 5.2 if F else 5.9, rdec=1)
    L.num("718-7", "Hemoglobina", hgb, 1, "g/dL", 12.0 if F else 13.0, 16.0 if F else 17.0)
    L.num("4544-3", "Hematócrito", hct, 1, "%", 36.0 if F else 40.0, 46.0 if F else 50.0)
    L.num("787-2", "VCM", round(hct / rbc * 10, 1), 1, "fL", 80.0, 98.0)
    L.num("785-6", "HCM", round(hgb / rbc * 10, 1), 1, "pg", 27.0, 32.0)
    L.num("786-4", "CHCM", round(hgb / hct * 100, 1), 1, "g/dL", 32.0, 36.0)
    wbc = round(c["wbc"] * 1000, -1)
    L.num("6690-2", "Leucócitos", wbc, 0, "/mm³", 4000, 10000, thou=True)
    p = diff_pcts(c, 0)
    for k, nm, alo, ahi in [("neut", "Neutrófilos", 1600, 7000), ("lymph", "Linfócitos", 900, 4000),
                            ("mono", "Monócitos", 100, 1000), ("eos", "Eosinófilos", 40, 500)]:
        L.num(DIFF_CODES[k][1], nm, round(wbc * p[k] / 100), 0, "/mm³", alo, ahi, thou=True)
    L.num("777-3", "Plaquetas", round(c["plt"]) * 1000.0, 0, "/mm³", 150000, 450000, thou=True)
    L.sec("BIOQUÍMICA - Soro")
    L.num("2345-7", "Glicose (jejum)", gen(rng, 70, 99, 0), 0, "mg/dL", 70, 99)
    if i == 0:
        L.num("2160-0", "Creatinina", gen(rng, 0.70, 1.20, 2), 2, "mg/dL", 0.70, 1.20)
        L.num("1920-8", "TGO (AST)", gen(rng, 10, 40, 0), 0, "U/L", None, 40, ref="até 40")
        L.num("1742-6", "TGP (ALT)", gen(rng, 10, 41, 0), 0, "U/L", None, 41, ref="até 41")
        L.num("2324-2", "Gama-GT", float(rng.randint(78, 96)), 0, "U/L", 10, 71)
        L.sec("INDICADOR BIOLÓGICO DE EXPOSIÇÃO - Sangue total heparina (ICP-MS)")
        L.num("5671-3", "Chumbo no sangue", round(rng.uniform(4.0, 8.5), 1), 1, "µg/dL", None, 10.0,
              ref="VR: até 10,0 µg/dL")
        L.note("IBE/EE (NR-7, Anexo I, Quadro 1): 60 µg/dL. Resultado abaixo do índice biológico de exposição.")
    else:
        L.qual("5292-8", "VDRL", "Não reagente", "non-reactive", "Não reagente")
    L.sec("URINA TIPO I (EAS) - Urina jato médio, 1ª micção")
    L.info("Cor", "Amarelo citrino", ref="Amarelo citrino")
    L.info("Aspecto", "Límpido" if i == 0 else "Ligeiramente turvo", ref="Límpido")
    d = rng.choice([1.015, 1.020, 1.025])
    r = L.num("5811-5", "Densidade", d, 3, "", 1.005, 1.030)
    r["val"], r["ref"] = f"{d:.3f}", "1.005 a 1.030"
    L.num("5803-2", "pH", rng.choice([5.5, 6.0, 6.5]), 1, "", 5.0, 8.0)
    for code, nm in [("20454-5", "Proteínas"), ("5792-7", "Glicose"), ("2514-8", "Corpos cetônicos"),
                     ("5794-3", "Hemoglobina"), ("5770-3", "Bilirrubina")]:
        L.qual(code, nm, "Negativo", "negative", "Negativo")
    L.qual("20405-7", "Urobilinogênio", "Normal", "normal", "Normal")
    L.qual("5802-4", "Nitrito", "Negativo", "negative", "Negativo")
    L.num("5821-4", "Leucócitos", float(rng.randint(1, 4) if i == 0 else rng.randint(6, 9)), 0, "/campo", None, 5,
          ref="até 5 /campo")
    L.num("13945-1", "Hemácias", float(rng.randint(0, 2)), 0, "/campo", None, 3, ref="até 3 /campo")
    L.qual("5787-7", "Células epiteliais", "Raras" if i == 0 else "Algumas", "rare" if i == 0 else "present", "Raras")
    L.qual("25145-4", "Bactérias", "Ausentes" if i == 0 else "Raras", "absent" if i == 0 else "rare", "Ausentes")
    L.qual("8247-9", "Filamentos de muco", "Ausentes" if i == 0 else "Presentes", "absent" if i == 0 else "present",
           "Ausentes")
    L.qual("9842-6", "Cilindros", "Ausentes", "absent", "Ausentes")
    L.qual("5782-8", "Cristais", "Ausentes", "absent", "Ausentes")
    emp = ("Metalúrgica Serra Azul Ltda.", "12.345.678/0001-90", "Soldador", "Caldeiraria",
           "PERIÓDICO", "Fumos metálicos (chumbo), ruído") if i == 0 else \
          ("Sabor da Terra Restaurantes e Eventos Ltda.", "98.765.432/0001-10", "Auxiliar de cozinha", "Cozinha",
           "ADMISSIONAL", "Ausência de risco específico (manipulação de alimentos)")
    pname = "EDIVALDO JOSÉ DOS SANTOS" if i == 0 else "JÉSSICA CRISTINA ALMEIDA PRADO"
    coll = "22/05/2024 07:10" if i == 0 else "03/02/2025 07:35"

    def header(pg: Pg, n: int) -> float:
        pg.tx(40, 42, "OcupaSaúde", 18, "hebo", (0.0, 0.45, 0.35))
        pg.tx(40, 55, "Medicina e Segurança do Trabalho  |  Laboratório conveniado: Lab. Vale do Aço", 8, "helv")
        pg.tx(555, 42, "EXAMES COMPLEMENTARES", 11, "hebo", al="r")
        pg.tx(555, 55, "PCMSO - NR-7", 9, "helv", al="r")
        pg.ln(40, 62, 555, 62, 1.4, (0.0, 0.45, 0.35))
        pg.rc(40, 68, 555, 140, w=0.5)
        flds = [("Empresa:", emp[0], "CNPJ:", emp[1]), ("Colaborador:", pname, "CPF:", "***.412.***-07"),
                ("Função:", emp[2], "Setor:", emp[3]),
                ("Sexo/Idade:", f"{'Feminino' if F else 'Masculino'} / {age} anos", "Tipo de exame:", emp[4]),
                ("Riscos:", emp[5], "Coleta:", coll)]
        for j, (a, b, c2, d2) in enumerate(flds):
            pg.tx(45, 80 + j * 13, a, 8, "hebo")
            pg.tx(110, 80 + j * 13, b, 8)
            pg.tx(370, 80 + j * 13, c2, 8, "hebo")
            pg.tx(440, 80 + j * 13, d2, 8)
        y = 158
        pg.rc(40, y - 11, 555, y + 4, col=None, fill=(0.85, 0.93, 0.9))
        for t, x in [("Exame", 45), ("Resultado", 200), ("Unidade", 290), ("Valores de referência", 360),
                     ("Obs.", 510)]:
            pg.tx(x, y, t, 8.5, "hebo")
        return y + 16

    def footer(pg: Pg, k: int, n: int):
        pg.ln(40, 772, 555, 772, 0.4)
        pg.tx(40, 782, "Resultados encaminhados ao médico coordenador do PCMSO: Dr. Fábio L. Teixeira - CRM-MG 44.908."
              " O parecer de aptidão consta do ASO.", 6.8)
        pg.tx(40, 791, "Bioquímica responsável: Dra. Renata C. Moura - CRF-MG 21.077. Laudo assinado digitalmente.", 6.8)
        pg.tx(555, 805, f"Página {k} de {n}", 7, al="r")

    doc = Doc(header, footer, bottom=760)
    for r in L.rows:
        if r["k"] == "sec":
            doc.need(30)
            doc.y += 4
            doc.pg.tx(45, doc.y, r["name"], 8.5, "hebo", (0.0, 0.45, 0.35))
            doc.y += 12
            continue
        if r["k"] == "note":
            doc.y = doc.pg.wrap(50, doc.y, 490, r["name"], 7.2, "heit", lh=9) + 2
            continue
        doc.need(12)
        doc.pg.rc(40, doc.y - 9, 555, doc.y + 3, col=(0.75, 0.75, 0.75), w=0.3)
        b = r.get("flag", "N") != "N"
        for key, x in [("name", 50), ("val", 200), ("unit", 290), ("ref", 360), ("pf", 510)]:
            doc.pg.tx(x, doc.y, r.get(key, ""), 8.2, "hebo" if b and key in ("val", "pf") else "helv")
        doc.y += 12
    slug = "periodico-soldador" if i == 0 else "admissional-cozinha"
    return slug, doc.finish("Exames PCMSO"), "application/pdf", sex, ("2024-05-22", "2025-02-03")[i], L.expected()


# ---- DJ12 — Brazilian private-lab report photographed askew (PNG)

def dj12(rng: random.Random, i: int):
    sex, age = ("female", 36) if i == 0 else ("male", 55)
    L = Lab("pt", None, sep=" a ")
    if i == 0:
        c = cbc_raw(rng, sex, anemia=True)
        br_hemograma(L, rng, c, sex)
        L.note("Observação: microcitose e hipocromia discretas. Série plaquetária sem alterações morfológicas.")
    else:
        L.sec("BIOQUÍMICA", mat="Material: Soro   Método: Automação Cobas c311 - enzimático colorimétrico")
        L.num("2345-7", "Glicose", float(rng.randint(108, 122)), 0, "mg/dL", 70, 99, ref="70 a 99 mg/dL")
        L.num("3091-6", "Ureia", gen(rng, 15, 45, 0), 0, "mg/dL", 15, 45, ref="15 a 45 mg/dL")
        L.num("2160-0", "Creatinina", gen(rng, 0.70, 1.20, 2), 2, "mg/dL", 0.70, 1.20, ref="0,70 a 1,20 mg/dL")
        L.num("3084-1", "Ácido úrico", gen(rng, 3.4, 7.0, 1), 1, "mg/dL", 3.4, 7.0, ref="3,4 a 7,0 mg/dL")
        L.num("1920-8", "TGO - Transaminase oxalacética", gen(rng, 10, 40, 0), 0, "U/L", None, 40, ref="Até 40 U/L")
        L.num("1742-6", "TGP - Transaminase pirúvica", gen(rng, 10, 41, 0), 0, "U/L", None, 41, ref="Até 41 U/L")
        L.sec("PERFIL LIPÍDICO", mat="Material: Soro   Jejum: 12 horas   Método: Enzimático colorimétrico")
        tc, hdl, tg = float(rng.randint(228, 250)), float(rng.randint(38, 46)), float(rng.randint(150, 190))
        L.num("2093-3", "Colesterol total", tc, 0, "mg/dL", None, 190, ref="Desejável: < 190 mg/dL")
        L.num("2085-9", "HDL-colesterol", hdl, 0, "mg/dL", 40, None, ref="Desejável: > 40 mg/dL")
        L.num("2571-8", "Triglicérides", tg, 0, "mg/dL", None, 150, ref="Desejável: < 150 mg/dL")
        L.num("13458-5", "VLDL-colesterol", round(tg / 5), 0, "mg/dL", None, None, ref="")
        L.num("13457-7", "LDL-colesterol", tc - hdl - round(tg / 5), 0, "mg/dL", None, 130, ref="Desejável: < 130 mg/dL")
        L.note("LDL calculado pela fórmula de Friedewald. Interpretação dos valores de acordo com a categoria de risco "
               "cardiovascular estabelecida pelo médico assistente.")
        L.sec("HORMÔNIOS", mat="Material: Soro   Método: Eletroquimioluminescência")
        L.num("3016-3", "TSH", gen(rng, 0.27, 4.20, 2), 2, "µUI/mL", 0.27, 4.20, ref="0,27 a 4,20 µUI/mL")
    pname = "ANDRÉIA MARQUES DE OLIVEIRA" if i == 0 else "CLAUDIO ROBERTO FERRAZ"
    coll = "11/03/2024" if i == 0 else "29/08/2024"

    def header(pg: Pg, n: int) -> float:
        pg.p.draw_circle((62, 50), 20, color=(0.55, 0.1, 0.2), fill=(0.55, 0.1, 0.2))
        pg.tx(62, 56, "BP", 15, "lsb", (1, 1, 1), al="c")
        pg.tx(92, 46, "LABORATÓRIO BOM PASTOR", 15, "lsb", (0.55, 0.1, 0.2))
        pg.tx(92, 59, "Análises Clínicas  -  Rua Coronel Gomes, 318 - Centro - Campina Verde/MG - (34) 3555-0190", 7.5,
              "ls")
        pg.tx(92, 69, "Resp. Técnico: Dr. Luiz Otávio Prado - CRBM 3 - 11.872", 7, "ls")
        rows = [("Paciente:", pname, "Data da coleta:", coll), ("Idade:", f"{age} anos", "Sexo:",
                                                                    "Feminino" if i == 0 else "Masculino"),
                ("Médico:", "Dr(a). Sílvia H. Borges" if i == 0 else "Dr. Paulo C. Arantes", "Pedido:",
                 f"{rng.randint(100000, 199999)}")]
        for j, (a, b, c2, d) in enumerate(rows):
            pg.tx(40, 92 + j * 12, a, 8.5, "lsb")
            pg.tx(100, 92 + j * 12, b, 8.5, "ls")
            pg.tx(360, 92 + j * 12, c2, 8.5, "lsb")
            pg.tx(440, 92 + j * 12, d, 8.5, "ls")
        pg.ln(36, 124, 559, 124, 0.8)
        pg.tx(250, 140, "Resultado", 7.5, "lsb", al="r")
        pg.tx(372, 140, "Valores de referência", 7.5, "lsb")
        return 156

    def footer(pg: Pg, k: int, n: int):
        pg.ln(330, 770, 540, 770, 0.5)
        pg.tx(435, 780, "Dr. Luiz Otávio Prado", 8, "lsb", al="c")
        pg.tx(435, 789, "Biomédico - CRBM 3 - 11.872", 7, "ls", al="c")
        pg.tx(40, 780, "Exame liberado em " + ("12/03/2024" if i == 0 else "30/08/2024"), 7, "ls")

    doc = Doc(header, footer, bottom=755)
    br_render(doc, L.rows, col=(0.55, 0.1, 0.2))
    pdf = doc.finish("Laudo")
    slug = "hemograma-foto" if i == 0 else "bioquimica-foto"
    return slug, photo_png(pdf, rng), "image/png", sex, ("2024-03-11", "2024-08-29")[i], L.expected(), pdf


# ---- public entry point

BUILDERS = {"DJ1": dj1, "DJ2": dj2, "DJ3": dj3, "DJ4": dj4, "DJ5": dj5, "DJ6": dj6, "DJ7": dj7, "DJ8": dj8,
            "DJ9": dj9, "DJ10": dj10, "DJ11": dj11, "DJ12": dj12}
LANG = {f: ("pt" if f in ("DJ9", "DJ10", "DJ11", "DJ12") else "en") for f in FAMILIES}


SLUGS = {"DJ1": ("eucr-lft", "fbc-lipid"), "DJ2": ("cbc-lipid", "cbc-renal"), "DJ3": ("ue-lft", "fbc-lipids"),
         "DJ4": ("cmp-lipid", "cbc-endo"), "DJ5": ("ed-renal", "inpt-sepsis"), "DJ6": ("ua-hcg", "flu-chem8"),
         "DJ7": ("fertility-f", "sports-m"), "DJ8": ("cbc-iron", "cmp-lipid"),
         "DJ9": ("gaso-art-sepse", "gaso-ven-cad"), "DJ10": ("resumo-checkup-f", "resumo-checkup-m"),
         "DJ11": ("periodico-soldador", "admissional-cozinha"), "DJ12": ("hemograma-foto", "bioquimica-foto")}


def build(fam: str, i: int) -> tuple[GeneratedReport, bytes | None]:
    """One report (and, for the scanned families, the PDF it was rasterised from)."""
    name = f"{fam}-{SLUGS[fam][i]}-{LANG[fam]}-{i + 1:02d}"
    out = BUILDERS[fam](random.Random(f"{SEED}|{name}"), i)
    slug, content, mime, sex, iso, exp = out[:6]
    assert slug == SLUGS[fam][i]
    rep = GeneratedReport(name=name, family=fam, language=LANG[fam], mime_type=mime, content=content, sex=sex,
                          collected_on=iso, expected=list(exp))
    return rep, (out[6] if len(out) > 6 else None)


def reports() -> list[GeneratedReport]:
    return [build(fam, i)[0] for fam in FAMILIES for i in range(2)]
