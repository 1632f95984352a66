"""Development lab-report family set "DL": range-bar cards, blood-gas printouts and Portuguese scans.

Families (3 reports each, seed string "labs-dev-l/2026" + report name, one random.Random per report;
pixel noise from a numpy generator seeded from the same string):
  DL1  en  patient-portal result cards: one card per test, horizontal range bar, low/high limits as tick
           labels under the bar, the value printed above a marker, a status pill (PDF)
  DL2  pt  (BR) app export, compact table rows ending in a small range bar with its two limit numbers at
           the bar's ends (sometimes the midpoint too); the value in its own column (PDF)
  DL3  en  (US) "your results" cards: big value, small unit, "Reference: 70 - 99 mg/dL" text or coloured
           tier bands (Optimal / Borderline / High) with their labels and numbers (PDF)
  DL4  pt  (PT) trend cards: current value + sparkline whose three previous points carry small values and
           dates (PDF)
  DL5  en  arterial blood-gas analyser printouts (thermal-printer look): measured values, "Calculated
           values", "Temperature corrected" values (two PDFs, one scanned PNG)
  DL6  pt  (BR) hospital LIS report of an arterial gas ("GASOMETRIA ARTERIAL") with electrolytes and
           lactate, material / FiO2 / temperature printed as parameters (PDF)
  DL7  en  (UK) emergency-department venous gas with co-oximetry, kPa and mmol/L (two PDFs, one PNG)
  DL8  pt  gas analyser printout with a "Dados do doente/paciente" section, ranges in brackets and
           arrows, scanned (PNG)
  DL9  pt  (BR) scanned hemograma + bioquímica table, decimal commas, thousands dots, differential
           with % and /mm³ columns (PNG)
  DL10 pt  (BR) faxed block-layout report, 1-bit (200x100 dpi "standard" fax doubled vertically, or 200x200
           "fine"), with the sending fax's header line (PNG)
  DL11 pt  (BR) phone photo of a printed report with dotted leaders and sex-specific references (PNG)
  DL12 pt  (PT) scanned hospital report in SI units, flags H/L or "*" (PNG)

Ground-truth decisions where the conventions are silent:
  - Not results (never in `expected`): range-bar tick labels and midpoints, tier-band numbers and labels,
    sparkline/previous values and their dates, "Resultado anterior" columns, temperature-corrected gas
    values (pH(T), pCO2(T), pO2(T)), patient temperature, FiO2, sample type/material, barometric
    pressure, the fax header line. Only the values at 37 °C of a gas printout are results (measured and
    calculated ones alike).
  - Status pills / category words: an out-of-range status ("High", "Above range", "Alto", "Elevado",
    "Borderline high"...) is the printed flag as printed; an in-range status ("Normal", "In range",
    "Dentro da faixa", "Dentro do intervalo", "Optimal") is not a flag (printed_flag None).
  - A value shown only by colour (red value, no text) has printed_flag None.
  - Tier bands: the interval is the desirable tier: total cholesterol "< 200" -> ref_high 200, LDL
    "Optimal < 100" -> ref_high 100, triglycerides "Normal < 150" -> ref_high 150, non-HDL "< 130",
    HDL "Low < 40 (men) / < 50 (women)" -> ref_low 40/50, fasting glucose "Normal 70-99" -> 70-99, HbA1c
    "Normal < 5.7" -> ref_high 5.7, 25-OH vitamin D "Sufficient 30-100" -> 30-100.
  - Printed one-sided references ("< 190", "até 40", "> 39", "Desejável: > 40") give one-sided intervals.
    Sex-specific printed references ("Homens: ... Mulheres: ...") give the band of the printed sex.
  - LOINC choices: gas-analyser (whole blood) electrolytes and metabolites take blood codes: K 6298-4,
    Na 2947-0, Cl 2069-3, ionised Ca 1994-3, glucose 15074-8 (mmol/L) / 2339-0 (mg/dL); lactate arterial
    2518-9, venous 2519-7; tHb arterial 30313-1, venous 30350-3; HCO3 arterial 1960-4, venous 14627-4;
    base excess arterial 1925-7, venous 1927-3; sO2 arterial 2708-6 (measured), 51733-4 when printed as
    calculated ("sO2c", "sO2 (calc)"), venous 2711-0; venous FO2Hb 2716-9, FCOHb 2032-1, FMetHb 2617-9.
    Serum Na/K in mEq/L keep 2951-2/2823-3. Urea in mg/dL (BR) 3091-6, urea in mmol/L (PT) 22664-7,
    BUN 3094-0. Molar codes for SI units: glucose 14749-6, creatinine 14682-9, urate 14933-6, bilirubin
    14631-6, calcium 2000-8, phosphate 14879-1, magnesium 2601-3, cholesterol 14647-2, HDL 14646-4,
    LDL 22748-8, triglycerides 14927-8. LDL in mg/dL 13457-7 (calculated), non-HDL 43396-1, total
    25-OH vitamin D 62292-8, HbA1c 4548-4, TSH 3016-3, free T4 3024-7, CRP 1988-5, total CO2 2028-9.
    Haemoglobin in g/dL or g/L 718-7; total protein / albumin in g/dL or g/L 2885-2 / 1751-7.
  - Critical limits used for LL/HH (values are generated either clearly inside them or clearly beyond):
    K < 2.5 / > 6.5 mmol/L, Na < 120 / > 160 mmol/L, glucose < 40 / > 500 mg/dL (< 2.2 / > 27.8 mmol/L),
    platelets < 20 x10^3/µL (< 20.000 /mm³), haemoglobin < 6 g/dL, arterial pH < 7.20 / > 7.60.
    Non-critical abnormal values of analytes whose critical limits vary between lists stay within 1.5x
    their reference limits; gas values stay within pH 7.27-7.53, pCO2 28-55 mmHg, HCO3 17-32 mmol/L.
  - Critical values carry the lab's own mark ("HH", "LL", "CRÍTICO", "*"), taken as printed_flag; a report
    that prints no flags at all (DL6 r1, DL9 r1, DL10, DL11 r1/r3) gives printed_flag None even for
    abnormal or critical values.
  - Deliberately wrong printed flags (flag follows value and interval): DL8 r1 (the analyser printed no
    arrow on the raised lactate line) and DL9 r2 (the "*" is missing on the raised urea line).
  - The thermal printouts print the sample type; arterial vs venous codes follow it. Venous pO2, sO2 and
    FO2Hb printed without a range ("----" or no bracket) have no interval (flag N).
  - pH has no unit (unit None). Base excess printed "+1,9" -> 1.9. BR counts with a thousands dot
    ("7.200 /mm³", "282.000 /mm³") are integers (7200, 282000) in unit "/mm³"; "milhões/mm³",
    "mil/mm³", "x10E3/uL", "x10^9/L", "×10⁹/L" are kept as printed.
  - DL11 r1 abbreviates "H:" (Homens, men) and "M:" (Mulheres, women), as Brazilian reports do.
  - Other codes: MPV 32623-1, ESR (Westergren printed) 4537-7, serum iron 2498-4, CK 2157-6, RDW 788-0,
    ferritin 2276-4, B12 2132-9, uric acid 3084-1, calcium 17861-6, GGT 2324-2, ALP 6768-6.
  - Dates: collected_on is the printed collection date (analyser printouts: the sample date/time).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import itertools
import math
import os
import random

import cv2
import numpy as np
import pymupdf as fitz

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # pragma: no cover - run from inside tests/evaluation
    from lab_reports import ExpectedResult, GeneratedReport

SEED = "labs-dev-l/2026"
FAMILIES: tuple[str, ...] = tuple(f"DL{i}" for i in range(1, 13))

# ------------------------------------------------------------------------------------------------ fonts

_FD = "/usr/share/fonts/truetype/dejavu/"
_FL = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {
    "dj": (_FD + "DejaVuSans.ttf", "helv"), "djb": (_FD + "DejaVuSans-Bold.ttf", "hebo"),
    "djc": (_FD + "DejaVuSansCondensed.ttf", "helv"), "djcb": (_FD + "DejaVuSansCondensed-Bold.ttf", "hebo"),
    "djm": (_FD + "DejaVuSansMono.ttf", "cour"), "djmb": (_FD + "DejaVuSansMono-Bold.ttf", "cobo"),
    "djs": (_FD + "DejaVuSerif.ttf", "tiro"), "djsb": (_FD + "DejaVuSerif-Bold.ttf", "tibo"),
    "ls": (_FL + "LiberationSans-Regular.ttf", "helv"), "lsb": (_FL + "LiberationSans-Bold.ttf", "hebo"),
    "ln": (_FL + "LiberationSansNarrow-Regular.ttf", "helv"),
    "lnb": (_FL + "LiberationSansNarrow-Bold.ttf", "hebo"),
    "lm": (_FL + "LiberationMono-Regular.ttf", "cour"), "lmb": (_FL + "LiberationMono-Bold.ttf", "cobo"),
    "lr": (_FL + "LiberationSerif-Regular.ttf", "tiro"), "lrb": (_FL + "LiberationSerif-Bold.ttf", "tibo"),
}
_FONT_OK = {k: os.path.exists(v[0]) for k, v in _FONT_FILES.items()}
_FONT_OBJ: dict[str, fitz.Font] = {}
_ASCII = {"↑": "^", "↓": "v", "≥": ">=", "≤": "<=", "–": "-", "—": "-", "−": "-", "·": ".", "⁹": "9",
          "²": "2", "³": "3", "₂": "2", "⁻": "-", "⁺": "+", "●": "o", "▲": "^", "▼": "v", "µ": "u"}


def _fobj(key: str) -> fitz.Font:
    if key not in _FONT_OBJ:
        _FONT_OBJ[key] = fitz.Font(fontfile=_FONT_FILES[key][0])
    return _FONT_OBJ[key]


def _font(key: str):
    path, base = _FONT_FILES[key]
    if _FONT_OK[key]:
        return "F" + key, path
    return base, None


def _safe(key: str, s: str) -> str:
    if _FONT_OK[key]:
        f = _fobj(key)
        for ch in s:
            if ch != " " and not f.has_glyph(ord(ch)):
                raise ValueError(f"font {key} has no glyph for {ch!r} in {s!r}")
        return s
    return "".join(_ASCII.get(ch, ch) for ch in s)


class _Pg:
    """Thin drawing wrapper over a PyMuPDF page (TrueType fonts from /usr/share/fonts, base-14 fallback)."""

    def __init__(self, doc, w=595.0, h=842.0):
        self._p = doc.new_page(width=w, height=h)
        self.doc, self.i = doc, self._p.number
        self.w, self.h = w, h

    @property
    def p(self):
        if self._p is None or self._p.parent is None:  # page objects are orphaned when pages are added
            self._p = self.doc[self.i]
        return self._p

    def t(self, x, y, s, f="dj", sz=9.0, c=(0, 0, 0)):
        s = _safe(f, s)
        name, ff = _font(f)
        self.p.insert_text((x, y), s, fontname=name, fontfile=ff, fontsize=sz, color=c)

    def tw(self, s, f="dj", sz=9.0):
        s = _safe(f, s)
        if _FONT_OK[f]:
            return _fobj(f).text_length(s, fontsize=sz)
        return fitz.get_text_length(s, fontname=_FONT_FILES[f][1], fontsize=sz)

    def tr(self, x, y, s, f="dj", sz=9.0, c=(0, 0, 0)):
        self.t(x - self.tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x, y, s, f="dj", sz=9.0, c=(0, 0, 0)):
        self.t(x - self.tw(s, f, sz) / 2, y, s, f, sz, c)

    def ln(self, x0, y0, x1, y1, w=0.5, c=(0, 0, 0), dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, c=(0, 0, 0), fill=None, w=0.5, radius=None):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w, radius=radius)

    def circ(self, x, y, r, c=None, fill=(0, 0, 0), w=0.5):
        self.p.draw_circle((x, y), r, color=c, fill=fill, width=w)

    def poly(self, pts, c=None, fill=None, w=0.6, close=True):
        sh = self.p.new_shape()
        sh.draw_polyline(pts)
        sh.finish(color=c, fill=fill, width=w, closePath=close)
        sh.commit()

    def lead(self, x0, x1, y, f="dj", sz=9.0, c=(0, 0, 0), ch="."):
        """Dotted leader filling [x0, x1] with `ch`."""
        if x1 - x0 < 4:
            return
        n = int((x1 - x0) / self.tw(ch, f, sz))
        if n > 0:
            s = ch * n
            self.t(x1 - self.tw(s, f, sz), y, s, f, sz, c)

    def pill(self, x, y, s, fill, f="djb", sz=7.5, c=(1, 1, 1), right=False):
        """Rounded status pill; (x, y) = left (or right) end of the text baseline. Returns its width."""
        w = self.tw(s, f, sz) + 10
        if right:
            x = x - w
        self.rect(x, y - sz - 2.5, x + w, y + 3.5, c=None, fill=fill, radius=0.5)
        self.t(x + 5, y, s, f, sz, c)
        return w


def _scribble(pg: _Pg, x, y, rng: random.Random, w=80, c=(0.1, 0.15, 0.45)):
    pts = [(x + i * w / 15 + rng.uniform(-2.5, 2.5), y + rng.uniform(-8, 3)) for i in range(16)]
    for a, b in itertools.pairwise(pts):
        pg.ln(a[0], a[1], b[0], b[1], w=0.8, c=c)


def _finish(doc, title: str, author: str = "", producer: str = "Report export") -> bytes:
    doc.subset_fonts()
    doc.set_metadata({"title": title, "author": author, "subject": "", "keywords": "",
                      "creator": producer, "producer": producer,
                      "creationDate": "D:20260105090000+00'00'", "modDate": "D:20260105090000+00'00'"})
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


# ------------------------------------------------------------------------------------ raster / degrade

def _nrng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256((SEED + name).encode()).hexdigest()[:12], 16))


def _render(pdf: bytes, dpi_x: float, dpi_y: float | None = None, color=False) -> np.ndarray:
    doc = fitz.open("pdf", pdf)
    mat = fitz.Matrix(dpi_x / 72.0, (dpi_y or dpi_x) / 72.0)
    pix = doc[0].get_pixmap(matrix=mat, colorspace=fitz.csRGB if color else fitz.csGRAY, alpha=False)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width * pix.n]
    arr = arr.reshape(pix.height, pix.width, pix.n) if color else arr.reshape(pix.height, pix.width)
    doc.close()
    return arr.astype(np.float32)


def _png(img: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    assert ok
    return buf.tobytes()


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", np.clip(img, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


def _light_field(g, h, w, strength):
    """Smooth multiplicative lighting field around 1.0 (uneven illumination)."""
    small = g.uniform(1 - strength, 1.0, size=(4, 3)).astype(np.float32)
    field = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(field, 1 - strength * 1.2, 1.02)


def _scan(pdf: bytes, name: str, dpi=200, pad=0, thermal=False, angle=(0.5, 2.0), q=(58, 75)) -> bytes:
    """Flatbed scan: paper tone, uneven light, skew, blur, noise, dust, JPEG artefacts; grey PNG."""
    g = _nrng(name + "/scan")
    img = _render(pdf, dpi)
    if thermal:  # thermal paper: faded, slightly uneven print, grey-blue paper
        fade = cv2.resize(g.uniform(0.55, 0.85, size=(6, 2)).astype(np.float32), (img.shape[1], img.shape[0]),
                          interpolation=cv2.INTER_CUBIC)
        img = 255 - (255 - img) * fade
        img = img * 0.95
    if pad:
        p = int(pad * dpi / 72)
        canvas = np.full((img.shape[0] + 2 * p, img.shape[1] + 2 * p), 250, np.float32)
        canvas[p:p + img.shape[0], p:p + img.shape[1]] = img
        # faint shadow at the strip's edges (paper thickness)
        canvas[p:p + img.shape[0], p - 2:p] = 200
        canvas[p - 2:p, p:p + img.shape[1]] = 205
        img = canvas
    h, w = img.shape
    img = 24 + img * (0.9 + g.uniform(-0.02, 0.02))
    img *= _light_field(g, h, w, g.uniform(0.05, 0.12))
    a = float(g.uniform(*angle)) * (1 if g.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
    m[:, 2] += g.uniform(-10, 10, size=2)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    img = cv2.GaussianBlur(img, (0, 0), float(g.uniform(0.55, 0.85)))
    img += g.normal(0, float(g.uniform(3.5, 6.0)), img.shape).astype(np.float32)
    for _ in range(int(g.integers(40, 120))):
        cy, cx = int(g.integers(0, h)), int(g.integers(0, w))
        cv2.circle(img, (cx, cy), int(g.integers(0, 2)), float(g.uniform(70, 160)), -1)
    out = _jpeg(img, int(g.integers(*q)))
    return _png(out)


def _fax(pdf: bytes, name: str, fine: bool) -> bytes:
    """1-bit fax: 200 dpi across, 100 dpi (standard, rows doubled afterwards) or 200 dpi (fine) down."""
    from PIL import Image

    g = _nrng(name + "/fax")
    img = _render(pdf, 200, 200 if fine else 100)
    h, w = img.shape
    a = float(g.uniform(0.5, 1.1)) * (1 if g.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255.0)
    img += g.normal(0, 22, img.shape).astype(np.float32)
    bw = np.where(img < 150, 0, 255).astype(np.uint8)
    for _ in range(int(g.integers(150, 400))):  # salt noise
        bw[int(g.integers(0, h)), int(g.integers(0, w))] = 0
    blank = np.where((bw[:, w // 10:w - w // 10] == 0).sum(axis=1) == 0)[0]  # rows with no ink
    for _ in range(int(g.integers(1, 3))):  # a thin transmission streak, on a blank row so no text is lost
        cand = blank[(blank > h // 5) & (blank < h - 10)]
        if len(cand):
            y = int(cand[int(g.integers(0, len(cand)))])
            x0 = int(g.integers(0, w // 2))
            bw[y, x0:x0 + int(g.integers(w // 5, w // 2))] = 0
    if not fine:
        bw = np.repeat(bw, 2, axis=0)
    buf = io.BytesIO()
    Image.fromarray(bw).convert("1").save(buf, format="PNG", optimize=True, dpi=(200, 200))
    return buf.getvalue()


def _photo(pdf: bytes, name: str, dpi=215) -> bytes:
    """Phone photo of a printed page on a desk: perspective, shadow, vignette, colour cast, blur, JPEG."""
    g = _nrng(name + "/photo")
    page = _render(pdf, dpi, color=True)
    ph, pw = page.shape[:2]
    W, H = int(pw * 1.12), int(ph * 1.09)
    base = np.array([g.uniform(95, 140), g.uniform(80, 110), g.uniform(60, 90)], np.float32)  # desk (RGB)
    desk = np.empty((H, W, 3), np.float32)
    desk[:] = base
    grain = cv2.resize(g.normal(0, 1, size=(H // 24, W // 6)).astype(np.float32), (W, H),
                       interpolation=cv2.INTER_CUBIC)
    desk += (grain * 10)[..., None]
    mx, my = (W - pw) / 2, (H - ph) / 2
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    def j(s):
        return float(g.uniform(-s, s))
    top_in = float(g.uniform(0.01, 0.035)) * pw
    dst = np.float32([[mx + top_in + j(8), my + j(10)], [mx + pw - top_in + j(8), my + j(10)],
                      [mx + pw + j(6), my + ph + j(8)], [mx + j(6), my + ph + j(8)]])
    rot = math.radians(float(g.uniform(-1.6, 1.6)))
    c, s = math.cos(rot), math.sin(rot)
    cx, cy = W / 2, H / 2
    dst = np.float32([[cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c] for x, y in dst])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 9, axis=0), 7, axis=1), (0, 0), 9)
    desk *= (1 - 0.45 * shadow)[..., None]
    img = desk * (1 - mask[..., None]) + warped * mask[..., None]
    # soft shadow of the phone/hand across one part of the page
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = float(g.uniform(0, 2 * math.pi))
    d = (xx - W * float(g.uniform(0.2, 0.8))) * math.cos(ang) + (yy - H * float(g.uniform(0.2, 0.8))) * math.sin(ang)
    sh = 1 / (1 + np.exp(-d / (0.04 * W)))
    img *= (1 - float(g.uniform(0.18, 0.3)) * sh)[..., None]
    # vignette + uneven light
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    img *= (1 - 0.35 * r2)[..., None]
    img *= _light_field(g, H, W, 0.08)[..., None]
    img *= np.array([1.0, float(g.uniform(0.95, 0.99)), float(g.uniform(0.84, 0.92))], np.float32)  # warm cast
    img = cv2.GaussianBlur(img, (0, 0), float(g.uniform(0.7, 1.0)))
    img += g.normal(0, 3.5, img.shape).astype(np.float32)
    bgr = np.clip(img[..., ::-1], 0, 255).astype(np.uint8)
    out = _jpeg(bgr, int(g.integers(72, 86)))
    return _png(out)


# ------------------------------------------------------------------------------------ values and flags

_CRIT = {
    "2823-3": (2.5, 6.5), "6298-4": (2.5, 6.5), "2951-2": (120, 160), "2947-0": (120, 160),
    "2345-7": (40, 500), "2339-0": (40, 500), "14749-6": (2.2, 27.8), "15074-8": (2.2, 27.8),
    "2744-1": (7.20, 7.60),
}
_CRIT_UNIT = {  # unit-dependent critical limits
    "777-3": {"x10E3/uL": (20, None), "x10³/µL": (20, None), "10³/µL": (20, None), "/mm³": (20000, None),
              "mil/mm³": (20, None), "x10^9/L": (20, None), "×10⁹/L": (20, None), "x10⁹/L": (20, None),
              "10^9/L": (20, None), "/µL": (20000, None)},
    "718-7": {"g/dL": (6, None), "g/L": (60, None)},
}


def _crit(loinc: str, unit: str | None):
    if loinc in _CRIT:
        return _CRIT[loinc]
    return _CRIT_UNIT.get(loinc, {}).get(unit or "", (None, None))


def _flag(loinc, value, unit, lo, hi) -> str:
    if value is None or (lo is None and hi is None):
        return "N"
    clo, chi = _crit(loinc, unit)
    if clo is not None and value < clo:
        return "LL"
    if chi is not None and value > chi:
        return "HH"
    if lo is not None and value < lo:
        return "L"
    if hi is not None and value > hi:
        return "H"
    return "N"


def _er(loinc, name, value, unit, lo=None, hi=None, pf=None, qual=None, comp=None) -> ExpectedResult:
    return ExpectedResult(loinc=loinc, name_as_printed=name, value=value, unit=unit, ref_low=lo, ref_high=hi,
                          flag=_flag(loinc, value, unit, lo, hi), qualitative=qual, comparator=comp,
                          printed_flag=pf)


def _gen(rng: random.Random, lo, hi, dec: int, st: str = "n", cap_lo=None, cap_hi=None, plaus=None) -> float:
    """A value clearly inside ("n"), above ("h") or below ("l") [lo, hi], never on a bound.

    Abnormal values stay within cap_lo / cap_hi (default: 1.5x the limit, or 1/1.5 of it)."""
    step = 10.0 ** -dec
    if st == "h" and hi is None:
        st = "n"
    if st == "l" and lo is None:
        st = "n"
    for _ in range(50):
        if st == "n":
            if plaus is not None:
                a, b = plaus
            elif lo is not None and hi is not None:
                a, b = lo, hi
            elif hi is not None:
                a, b = hi * 0.55, hi
            else:
                a, b = lo, lo * 1.6
            w = b - a
            a2, b2 = a + 0.1 * w, b - 0.1 * w
            if lo is not None:
                a2 = max(a2, lo + 0.05 * w)
            if hi is not None:
                b2 = min(b2, hi - 0.05 * w)
            v = rng.uniform(a2, b2)
        elif st == "h":
            top = cap_hi if cap_hi is not None else (hi * 1.5 if hi > 0 else hi + 3)
            v = rng.uniform(hi + 0.1 * (top - hi), top)
        else:
            bot = cap_lo if cap_lo is not None else lo / 1.5
            v = rng.uniform(bot, lo - 0.1 * (lo - bot))
        v = round(v, dec)
        ok = True
        if st == "n":
            ok = (lo is None or v > lo + step / 2) and (hi is None or v < hi - step / 2)
        elif st == "h":
            ok = v > hi + step / 2
        else:
            ok = v < lo - step / 2
        if ok:
            return float(v)
    raise ValueError(f"could not generate {st} in {lo}..{hi}")


def _status(rng: random.Random, lo, hi, p=0.25) -> str:
    if rng.random() >= p:
        return "n"
    opts = ([] if hi is None else ["h", "h"]) + ([] if lo is None or lo == 0 else ["l"])
    return rng.choice(opts) if opts else "n"


def _n(v: float, dec: int, lang: str = "en") -> str:
    s = f"{v:.{dec}f}"
    return s.replace(".", ",") if lang == "pt" else s


def _th(v: float) -> str:
    """pt-BR thousands with a dot: 7200 -> '7.200'."""
    return f"{round(v):,}".replace(",", ".")


def _sgn(v: float, dec: int, lang: str = "en") -> str:
    s = _n(abs(v), dec, lang)
    return ("+" if v >= 0 else "-") + s


# ------------------------------------------------------------------------------------ patients, dates

_US = [("Grace", "Holloway", "F"), ("Marcus", "Bennett", "M"), ("Alicia", "Romero", "F"),
       ("Dwayne", "Fitzgerald", "M"), ("Karen", "Lindqvist", "F"), ("Steven", "Okafor", "M"),
       ("Teresa", "Kowalski", "F"), ("Brian", "McAllister", "M"), ("Nadia", "Haddad", "F")]
_UK = [("Siobhan", "Gallagher", "F"), ("Trevor", "Hamilton", "M"), ("Priya", "Chauhan", "F"),
       ("Gareth", "Llewellyn", "M"), ("Moira", "Ferguson", "F"), ("Callum", "Brierley", "M")]
_BR = [("Ana Paula", "Ferreira da Silva", "F"), ("José Carlos", "Oliveira Santos", "M"),
       ("Maria Aparecida", "Souza Lima", "F"), ("Luiz Fernando", "Costa Ribeiro", "M"),
       ("Juliana", "Mendes Carvalho", "F"), ("Rafael", "Almeida Nunes", "M"),
       ("Francisca", "Pereira Gomes", "F"), ("Antônio", "Rodrigues Barbosa", "M"),
       ("Cláudia", "Teixeira Araújo", "F"), ("Sebastião", "Moura Cavalcanti", "M")]
_PT = [("Maria da Conceição", "Ferreira Lopes", "F"), ("João Manuel", "Sousa Pinto", "M"),
       ("Ana Rita", "Marques Teixeira", "F"), ("Rui Miguel", "Fonseca Vieira", "M"),
       ("Helena", "Cardoso Moreira", "F"), ("Joaquim", "Gonçalves Ramos", "M"),
       ("Inês", "Rebelo Magalhães", "F"), ("Fernando", "Antunes Baptista", "M")]

_MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MON_PT = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


class _P:
    """Patient + collection context."""

    def __init__(self, rng: random.Random, pool, age=(28, 84), year=(2025, 2026)):
        self.first, self.last, sx = rng.choice(pool)
        self.female = sx == "F"
        self.sex = "female" if self.female else "male"
        self.age = rng.randint(*age)
        y = rng.randint(*year)
        self.coll = _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        self.hh, self.mm = rng.randint(6, 19), rng.randint(0, 59)
        bm, bd = rng.randint(1, 12), rng.randint(1, 28)
        by = self.coll.year - self.age - (1 if (bm, bd) > (self.coll.month, self.coll.day) else 0)
        self.dob = _dt.date(by, bm, bd)
        self.rep = self.coll + _dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        self.mrn = str(rng.randint(10 ** 7, 10 ** 8 - 1))

    @property
    def iso(self) -> str:
        return self.coll.isoformat()

    def tm(self, sep=":") -> str:
        return f"{self.hh:02d}{sep}{self.mm:02d}"


def _dmy(d: _dt.date, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _mdy(d: _dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _en_long(d: _dt.date) -> str:
    return f"{_MON_EN[d.month - 1]} {d.day}, {d.year}"


def _pt_long(d: _dt.date) -> str:
    return f"{d.day:02d} {_MON_PT[d.month - 1]} {d.year}"


def _rep(name, fam, lang, mime, content, p: _P, exp) -> GeneratedReport:
    return GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                           sex=p.sex, collected_on=p.iso, expected=list(exp))


class _Row:
    """One printed result: value string, flag and ground truth."""

    def __init__(self, loinc, name, unit, dec, lo, hi, value, lang="en", pf_style=None, txt=None,
                 gt_unit="same"):
        self.loinc, self.name, self.unit, self.dec, self.lo, self.hi = loinc, name, unit, dec, lo, hi
        self.value = value
        self.flag = _flag(loinc, value, unit if gt_unit == "same" else gt_unit, lo, hi)
        self.txt = txt if txt is not None else _n(value, dec, lang)
        self.pf = _PF.get(pf_style, {}).get(self.flag) if pf_style else None
        self.gt_unit = (unit if gt_unit == "same" else gt_unit) or None  # "" (pH) -> no unit printed

    def er(self, pf="auto") -> ExpectedResult:
        return _er(self.loinc, self.name, self.value, self.gt_unit, self.lo, self.hi,
                   self.pf if pf == "auto" else pf)


_PF = {
    "HL": {"H": "H", "L": "L", "HH": "HH", "LL": "LL"},
    "arrow": {"H": "↑", "L": "↓", "HH": "↑↑", "LL": "↓↓"},
    "star": {"H": "*", "L": "*", "HH": "*", "LL": "*"},
    "pill_en": {"H": "High", "L": "Low"},
    "pill_en2": {"H": "Above range", "L": "Below range"},
    "pill_en3": {"H": "HIGH", "L": "LOW"},
    "pill_br": {"H": "Alto", "L": "Baixo"},
    "pill_pt": {"H": "Elevado", "L": "Baixo"},
    "pill_pt2": {"H": "Acima do intervalo", "L": "Abaixo do intervalo"},
    "word_br": {"H": "ALTO", "L": "BAIXO", "HH": "CRÍTICO", "LL": "CRÍTICO"},
}


def _mk(rng, loinc, name, unit, dec, lo, hi, lang="en", pf=None, st=None, p=0.25, cap_lo=None, cap_hi=None,
        plaus=None, crit=None, fmt=None) -> _Row:
    """Generate a value for a printed interval and wrap it in a _Row.

    st: forced status ("n"/"h"/"l"/"hh"/"ll"), else drawn with probability p of being abnormal.
    crit: ((lo_a, lo_b), (hi_a, hi_b)) generation ranges for "ll"/"hh"."""
    if st is None:
        st = _status(rng, lo, hi, p)
    if st in ("hh", "ll"):
        a, b = crit[1] if st == "hh" else crit[0]
        v = round(rng.uniform(a, b), dec)
    else:
        v = _gen(rng, lo, hi, dec, st, cap_lo, cap_hi, plaus)
    txt = fmt(v) if fmt else None
    return _Row(loinc, name, unit, dec, lo, hi, float(v), lang, pf, txt)


_K_CRIT = ((2.1, 2.4), (6.8, 7.3))
_NA_CRIT = ((113, 117), (163, 168))
_GLU_CRIT = ((31, 37), (530, 640))
_GLUM_CRIT = ((1.7, 2.0), (29.5, 35.0))


# ------------------------------------------------------------------------------------ analyte pools

def _A(loinc, name, unit, dec, ref_f, ref_m=None, cap_lo=None, cap_hi=None, dirs="hl", panel="", plaus=None,
       fmt=None, crit=None, rdec=None):
    return {"loinc": loinc, "name": name, "unit": unit, "dec": dec, "f": ref_f, "m": ref_m or ref_f,
            "cap_lo": cap_lo, "cap_hi": cap_hi, "dirs": dirs, "panel": panel, "plaus": plaus, "fmt": fmt,
            "crit": crit, "rdec": dec if rdec is None else rdec}


def _pick(rng, pool, female, k, lang, pf, p=0.28, force=None) -> list[tuple[dict, _Row]]:
    """Choose k analytes of a pool (kept in pool order), generate values. force: {loinc: status}."""
    force = force or {}
    idx = sorted(rng.sample(range(len(pool)), min(k, len(pool))))
    for lc in force:  # forced analytes are always included
        j = next(i for i, a in enumerate(pool) if a["loinc"] == lc)
        if j not in idx:
            idx = sorted(idx[1:] + [j]) if len(idx) >= k else sorted(idx + [j])
    out = []
    for i in idx:
        a = pool[i]
        lo, hi = a["f"] if female else a["m"]
        st = force.get(a["loinc"]) or _status(rng, lo, hi, p)
        if st in ("h", "l") and st not in a["dirs"]:
            st = "n"
        r = _mk(rng, a["loinc"], a["name"], a["unit"], a["dec"], lo, hi, lang, pf, st, cap_lo=a["cap_lo"],
                cap_hi=a["cap_hi"], plaus=a["plaus"], crit=a["crit"], fmt=a["fmt"])
        out.append((a, r))
    return out


def _rtxt(v, a, lang):
    if v is None:
        return ""
    if a.get("fmt") is _th:
        return _th(v)
    return _n(v, a["rdec"], lang) if not float(v).is_integer() or a["rdec"] else _n(v, 0, lang)


# ==================================================================================== DL1 range-bar cards

_DL1_POOL = [
    _A("6690-2", "WBC", "x10E3/uL", 1, (3.4, 10.8), cap_lo=2.6, cap_hi=16.0, panel="CBC"),
    _A("789-8", "RBC", "x10E6/uL", 2, (3.77, 5.28), (4.14, 5.80), 3.2, 6.3, panel="CBC"),
    _A("718-7", "Hemoglobin", "g/dL", 1, (11.1, 15.9), (13.0, 17.7), 8.6, 18.6, panel="CBC"),
    _A("4544-3", "Hematocrit", "%", 1, (34.0, 46.6), (37.5, 51.0), 27.0, 55.0, panel="CBC"),
    _A("787-2", "MCV", "fL", 0, (79, 97), cap_lo=68, cap_hi=108, panel="CBC"),
    _A("777-3", "Platelets", "x10E3/uL", 0, (150, 450), cap_lo=70, cap_hi=600, panel="CBC"),
    _A("2345-7", "Glucose", "mg/dL", 0, (70, 99), cap_lo=56, cap_hi=180, panel="CMP"),
    _A("3094-0", "BUN", "mg/dL", 0, (6, 24), cap_lo=4, cap_hi=34, panel="CMP"),
    _A("2160-0", "Creatinine", "mg/dL", 2, (0.57, 1.00), (0.76, 1.27), 0.40, None, panel="CMP"),
    _A("2951-2", "Sodium", "mmol/L", 0, (134, 144), cap_lo=127, cap_hi=153, panel="CMP"),
    _A("2823-3", "Potassium", "mmol/L", 1, (3.5, 5.2), cap_lo=3.0, cap_hi=5.9, panel="CMP"),
    _A("2075-0", "Chloride", "mmol/L", 0, (96, 106), cap_lo=90, cap_hi=112, panel="CMP"),
    _A("2028-9", "Carbon Dioxide, Total", "mmol/L", 0, (20, 29), cap_lo=17, cap_hi=33, panel="CMP"),
    _A("17861-6", "Calcium", "mg/dL", 1, (8.7, 10.2), cap_lo=7.9, cap_hi=11.0, panel="CMP"),
    _A("1751-7", "Albumin", "g/dL", 1, (3.8, 4.9), cap_lo=3.0, cap_hi=5.4, panel="CMP"),
    _A("1975-2", "Bilirubin, Total", "mg/dL", 1, (0.0, 1.2), cap_hi=1.8, panel="CMP", plaus=(0.2, 1.2)),
    _A("6768-6", "Alkaline Phosphatase", "IU/L", 0, (44, 121), cap_lo=35, cap_hi=180, panel="CMP"),
    _A("1920-8", "AST (SGOT)", "IU/L", 0, (0, 40), cap_hi=60, panel="CMP", plaus=(12, 40)),
    _A("1742-6", "ALT (SGPT)", "IU/L", 0, (0, 32), (0, 44), cap_hi=None, panel="CMP", plaus=(9, 44)),
    _A("2093-3", "Cholesterol, Total", "mg/dL", 0, (100, 199), cap_lo=85, cap_hi=270, dirs="h", panel="LIP"),
    _A("2571-8", "Triglycerides", "mg/dL", 0, (0, 149), cap_hi=220, panel="LIP", plaus=(45, 149)),
    _A("13457-7", "LDL Chol Calc (NIH)", "mg/dL", 0, (0, 99), cap_hi=148, panel="LIP", plaus=(48, 99)),
    _A("4548-4", "Hemoglobin A1c", "%", 1, (4.8, 5.6), cap_lo=4.4, cap_hi=7.9, dirs="h", panel="END"),
    _A("3016-3", "TSH", "uIU/mL", 3, (0.450, 4.500), cap_lo=0.310, cap_hi=6.700, panel="END"),
    _A("62292-8", "Vitamin D, 25-Hydroxy", "ng/mL", 1, (30.0, 100.0), cap_lo=20.5, dirs="l", panel="END",
       plaus=(30.0, 72.0)),
]


def _bar_pos(v, lo, hi, flo=0.25, fhi=0.75):
    """Fraction of the bar for value v; lower limit at flo, upper at fhi (lo == 0 -> bar starts at 0)."""
    if lo == 0:
        f = v / hi * fhi
    else:
        f = flo + (v - lo) / (hi - lo) * (fhi - flo)
    return min(max(f, 0.03), 0.97)


def _dl1(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _US)
    pfs = ["pill_en", "pill_en2", "pill_en3"][variant]
    rows = _pick(rng, _DL1_POOL, p.female, rng.randint(11, 15), "en", pfs, p=0.3)
    doc = fitz.open()
    exp = []
    if variant == 0:
        W, H, cw, ch, cols, x0s = 612, 792, 262, 84, 2, (36, 314)
        font, bold, accent = "dj", "djb", (0.08, 0.2, 0.42)
        lab, app = "Northgate Diagnostics", "MyResults"
    elif variant == 1:
        W, H, cw, ch, cols, x0s = 612, 792, 264, 90, 2, (34, 314)
        font, bold, accent = "ls", "lsb", (0.0, 0.45, 0.48)
        lab, app = "Cedar Valley Health", "Patient Portal - Test Results"
    else:
        W, H, cw, ch, cols, x0s = 400, 860, 356, 92, 1, (22,)
        font, bold, accent = "djc", "djcb", (0.36, 0.2, 0.62)
        lab, app = "Lumen Health", "Lab results export"
    grey = (0.42, 0.42, 0.45)
    prov = rng.choice(["Dr. Helen Park, MD", "Dr. Samuel Ortiz, DO", "Dr. Anita Desai, MD", "Dr. Lewis Grant, MD"])
    acc = f"{rng.choice(['NG', 'CV', 'LH'])}{p.coll:%y%m%d}{rng.randint(1000, 9999)}"
    pages: list[_Pg] = []

    def new_page():
        pg = _Pg(doc, W, H)
        pages.append(pg)
        if variant == 0:
            pg.rect(0, 0, W, 46, c=None, fill=accent)
            pg.t(36, 29, lab, bold, 15, (1, 1, 1))
            pg.tr(W - 36, 29, app, font, 11, (0.85, 0.9, 1))
            y = 66
            pg.t(36, y, f"Patient: {p.first} {p.last}", bold, 9.5)
            pg.t(250, y, f"DOB: {_mdy(p.dob)}  (Age {p.age})", font, 9)
            pg.t(440, y, f"Sex: {'Female' if p.female else 'Male'}", font, 9)
            pg.t(36, y + 14, f"Collected: {_mdy(p.coll)} {p.tm()}", font, 9)
            pg.t(250, y + 14, f"Reported: {_mdy(p.rep)}", font, 9)
            pg.t(440, y + 14, f"Accession: {acc}", font, 8.5)
            pg.t(36, y + 28, f"Ordering provider: {prov}", font, 9, grey)
            pg.ln(36, y + 36, W - 36, y + 36, 0.6, (0.7, 0.7, 0.75))
            return y + 50
        if variant == 1:
            pg.t(34, 40, lab, bold, 17, accent)
            pg.t(34, 56, app, font, 10, grey)
            pg.rect(34, 66, W - 34, 118, c=(0.75, 0.85, 0.85), fill=(0.94, 0.98, 0.98), radius=0.12)
            pg.t(46, 82, f"{p.last.upper()}, {p.first}", bold, 10.5)
            pg.t(46, 97, f"Date of birth {_mdy(p.dob)}    Sex {'F' if p.female else 'M'}    MRN {p.mrn}", font, 9)
            pg.t(46, 111, f"Specimen collected {_en_long(p.coll)} at {p.tm()}    Ordered by {prov}", font, 9)
            return 134
        pg.rect(0, 0, W, 70, c=None, fill=accent)
        pg.t(22, 30, lab, bold, 16, (1, 1, 1))
        pg.t(22, 50, app + f" - {_en_long(p.rep)}", font, 9, (0.9, 0.88, 1))
        pg.t(22, 92, f"{p.first} {p.last}", bold, 12)
        pg.t(22, 107, f"{'Female' if p.female else 'Male'}, {p.age} years  |  Born {_mdy(p.dob)}", font, 9, grey)
        pg.t(22, 121, f"Sample collected: {_en_long(p.coll)}, {p.tm()}", font, 9, grey)
        return 138

    y0 = new_page()
    y = y0
    col = 0
    for a, r in rows:
        if y + ch > H - 58:
            y = new_page()
            col = 0
        x = x0s[col]
        lo, hi = r.lo, r.hi
        ab = r.flag in ("H", "L", "HH", "LL")
        # card
        if variant == 0:
            pg = pages[-1]
            pg.rect(x, y, x + cw, y + ch, c=(0.82, 0.84, 0.88), fill=(0.985, 0.988, 0.995), w=0.6, radius=0.06)
            pg.t(x + 10, y + 17, r.name, bold, 9.5)
            pg.t(x + 12 + pg.tw(r.name, bold, 9.5), y + 17, f"({r.unit})", font, 8, grey)
            pill = {"H": "High", "L": "Low"}.get(r.flag, "Normal")
            pg.pill(x + cw - 10, y + 17, pill, (0.8, 0.22, 0.2) if ab else (0.2, 0.6, 0.35), right=True)
            bx0, bx1, by = x + 22, x + cw - 22, y + 55
            flo, fhi = (0.0, 0.7) if lo == 0 else (0.25, 0.75)
            L = bx1 - bx0
            pg.rect(bx0, by - 3, bx1, by + 3, c=None, fill=(0.88, 0.88, 0.9), radius=0.5)
            pg.rect(bx0 + flo * L, by - 3, bx0 + fhi * L, by + 3, c=None, fill=(0.45, 0.75, 0.5))
            for fr, lim in ((flo, lo), (fhi, hi)):
                pg.ln(bx0 + fr * L, by + 3, bx0 + fr * L, by + 7, 0.6, grey)
                pg.tc(bx0 + fr * L, by + 16, _rtxt(lim, a, "en"), font, 7.5, grey)
            xv = bx0 + _bar_pos(r.value, lo, hi, flo, fhi) * L
            pg.poly([(xv - 4.5, by - 11), (xv + 4.5, by - 11), (xv, by - 4)], fill=(0.1, 0.1, 0.15))
            pg.tc(xv, by - 14, r.txt, bold, 9, (0.75, 0.1, 0.1) if ab else (0, 0, 0))
        elif variant == 1:
            pg = pages[-1]
            pg.rect(x, y, x + cw, y + ch, c=(0.8, 0.86, 0.86), fill=None, w=0.8, radius=0.08)
            pg.t(x + 12, y + 18, r.name, bold, 10)
            pill = {"H": "Above range", "L": "Below range"}.get(r.flag, "In range")
            pg.pill(x + cw - 12, y + 18, pill, (0.85, 0.45, 0.1) if ab else (0.15, 0.55, 0.55), f="lsb", right=True)
            bx0, bx1, by = x + 26, x + cw - 26, y + 62
            L = bx1 - bx0
            flo, fhi = (0.0, 0.78) if lo == 0 else (0.2, 0.8)
            pg.rect(bx0, by - 4, bx1, by + 4, c=None, fill=(0.9, 0.93, 0.93), radius=0.5)
            pg.rect(bx0 + flo * L, by - 4, bx0 + fhi * L, by + 4, c=None, fill=(0.55, 0.8, 0.78), radius=0.5)
            xv = bx0 + _bar_pos(r.value, lo, hi, flo, fhi) * L
            pg.circ(xv, by, 5.2, c=(1, 1, 1), fill=(0.85, 0.45, 0.1) if ab else (0.05, 0.35, 0.38), w=1.4)
            pg.tc(xv, by - 11, f"{r.txt} {r.unit}", "lsb", 9)
            pg.tc(bx0 + flo * L, by + 16, _rtxt(lo, a, "en"), "ls", 8, grey)
            pg.tc(bx0 + fhi * L, by + 16, _rtxt(hi, a, "en"), "ls", 8, grey)
        else:
            pg = pages[-1]
            pg.rect(x, y, x + cw, y + ch, c=None, fill=(0.965, 0.955, 0.985), radius=0.1)
            pg.t(x + 12, y + 19, r.name, bold, 10.5)
            pg.t(x + 12, y + 31, r.unit, font, 8, grey)
            pill = {"H": "HIGH", "L": "LOW"}.get(r.flag, "NORMAL")
            pg.pill(x + cw - 12, y + 19, pill, (0.78, 0.15, 0.3) if ab else (0.3, 0.55, 0.3), f="djcb",
                    right=True)
            bx0, bx1, by = x + 30, x + cw - 30, y + 68
            L = bx1 - bx0
            flo, fhi = (0.0, 2 / 3) if lo == 0 else (1 / 3, 2 / 3)
            segs = [(0, flo, (0.98, 0.8, 0.45)), (flo, fhi, (0.6, 0.82, 0.55)), (fhi, 1, (0.95, 0.6, 0.6))]
            for f0, f1, colr in segs:
                if f1 > f0:
                    pg.rect(bx0 + f0 * L, by - 3.5, bx0 + f1 * L, by + 3.5, c=None, fill=colr)
            xv = bx0 + _bar_pos(r.value, lo, hi, flo, fhi) * L
            pg.ln(xv, by - 8, xv, by + 6, 1.6, (0.15, 0.1, 0.3))
            pg.tc(xv, by - 11, r.txt, "djcb", 10)
            pg.tc(bx0 + flo * L, by + 15, _rtxt(lo, a, "en"), font, 7.5, grey)
            pg.tc(bx0 + fhi * L, by + 15, _rtxt(hi, a, "en"), font, 7.5, grey)
        exp.append(r.er())
        col += 1
        if col >= cols:
            col = 0
            y += ch + 10
    n = len(pages)
    for i, pg in enumerate(pages):
        if variant == 2:
            pg.t(22, H - 36, "Reviewed by Marisol Vega, MD, Laboratory Director", font, 7.5, grey)
            pg.t(22, H - 25, "Lumen Health Labs, 88 Harbor Way, Portland OR  -  CLIA 38D2140977", font, 7.5, grey)
            pg.tr(W - 22, H - 14, f"{i + 1}/{n}", font, 7.5, grey)
        else:
            pg.ln(36, H - 50, W - 36, H - 50, 0.5, (0.75, 0.75, 0.78))
            dirn = "Robert T. Ames, MD, PhD" if variant == 0 else "Lorraine Cho, MD"
            clia = "CLIA 14D0913386" if variant == 0 else "CLIA 45D2071154"
            pg.t(36, H - 38, f"Laboratory director: {dirn}   -   {clia}", font, 7.5, grey)
            pg.t(36, H - 27, "Results were released to the portal after review. Ask your clinician about any "
                             "questions.", font, 7.5, grey)
            pg.tr(W - 36, H - 16, f"Page {i + 1} of {n}", font, 7.5, grey)
    pdf = _finish(doc, f"{lab} results", lab)
    return _rep(name, "DL1", "en", "application/pdf", pdf, p, exp)


# ==================================================================================== DL2 BR table + bars

_DL2_POOL = [
    _A("789-8", "Hemácias", "milhões/mm³", 2, (4.00, 5.20), (4.50, 5.90), 3.3, 6.3, panel="HEMOGRAMA"),
    _A("718-7", "Hemoglobina", "g/dL", 1, (12.0, 15.5), (13.5, 17.5), 8.6, 18.6, panel="HEMOGRAMA"),
    _A("4544-3", "Hematócrito", "%", 1, (35.0, 45.0), (39.0, 50.0), 27.0, 55.0, panel="HEMOGRAMA"),
    _A("787-2", "VCM", "fL", 1, (80.0, 100.0), cap_lo=68, cap_hi=110, panel="HEMOGRAMA"),
    _A("785-6", "HCM", "pg", 1, (27.0, 32.0), cap_lo=22, cap_hi=36, panel="HEMOGRAMA"),
    _A("786-4", "CHCM", "g/dL", 1, (32.0, 36.0), cap_lo=29.5, cap_hi=37.5, panel="HEMOGRAMA"),
    _A("788-0", "RDW", "%", 1, (11.5, 14.5), cap_hi=18.5, dirs="h", panel="HEMOGRAMA"),
    _A("6690-2", "Leucócitos", "/mm³", -1, (4000, 11000), cap_lo=2800, cap_hi=16000, panel="HEMOGRAMA",
       fmt=_th),
    _A("777-3", "Plaquetas", "mil/mm³", 0, (150, 450), cap_lo=70, cap_hi=600, panel="HEMOGRAMA"),
    _A("2345-7", "Glicose", "mg/dL", 0, (70, 99), cap_lo=56, cap_hi=180, panel="BIOQUÍMICA"),
    _A("3091-6", "Ureia", "mg/dL", 0, (15, 45), cap_lo=11, cap_hi=66, panel="BIOQUÍMICA"),
    _A("2160-0", "Creatinina", "mg/dL", 2, (0.50, 0.90), (0.70, 1.20), 0.38, None, panel="BIOQUÍMICA"),
    _A("2951-2", "Sódio", "mEq/L", 0, (136, 145), cap_lo=127, cap_hi=153, panel="BIOQUÍMICA"),
    _A("2823-3", "Potássio", "mEq/L", 1, (3.5, 5.1), cap_lo=3.0, cap_hi=5.9, panel="BIOQUÍMICA"),
    _A("17861-6", "Cálcio total", "mg/dL", 1, (8.6, 10.3), cap_lo=7.8, cap_hi=11.1, panel="BIOQUÍMICA"),
    _A("3084-1", "Ácido úrico", "mg/dL", 1, (2.4, 5.7), (3.4, 7.0), 2.0, None, panel="BIOQUÍMICA"),
    _A("2324-2", "Gama GT", "U/L", 0, (6, 42), (10, 71), 5, None, dirs="h", panel="BIOQUÍMICA"),
    _A("3016-3", "TSH", "µUI/mL", 2, (0.27, 4.20), cap_lo=0.18, cap_hi=6.30, panel="HORMÔNIOS"),
    _A("3024-7", "T4 livre", "ng/dL", 2, (0.93, 1.70), cap_lo=0.70, cap_hi=2.30, panel="HORMÔNIOS"),
    _A("2276-4", "Ferritina", "ng/mL", 0, (15, 150), (30, 400), 10, None, panel="HORMÔNIOS"),
    _A("2132-9", "Vitamina B12", "pg/mL", 0, (197, 771), cap_lo=140, dirs="l", panel="HORMÔNIOS"),
]


def _dl2(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _BR)
    pfs = ["arrow", None, "pill_br"][variant]
    rows = _pick(rng, _DL2_POOL, p.female, rng.randint(12, 18), "pt", pfs, p=0.3)
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    grey = (0.4, 0.4, 0.43)
    exp = []
    med = rng.choice(["Dra. Renata Vasconcelos - CRM-SP 118.432", "Dr. Paulo Henrique Brito - CRM-MG 45.871",
                      "Dra. Camila Prado - CRM-PR 33.902", "Dr. Márcio Tavares - CRM-RJ 52.114"])
    if variant == 0:
        font, bold, accent = "dj", "djb", (0.55, 0.1, 0.45)
        pg.rect(0, 0, W, 54, c=None, fill=accent)
        pg.t(36, 27, "vitallis", bold, 20, (1, 1, 1))
        pg.t(36, 44, "Meus Exames  -  resultado exportado do aplicativo", font, 8.5, (1, 0.9, 0.97))
        y = 76
        pg.t(36, y, f"{p.first} {p.last}", bold, 11)
        pg.t(36, y + 14, f"Sexo: {'Feminino' if p.female else 'Masculino'}   |   Nascimento: {_dmy(p.dob)}   |   "
                         f"{p.age} anos", font, 8.5, grey)
        pg.t(36, y + 27, f"Coleta: {_dmy(p.coll)} às {p.tm()}   |   Pedido nº {rng.randint(100000, 999999)}   |   "
                         f"Solicitante: {med}", font, 8, grey)
        y += 48
    elif variant == 1:
        font, bold, accent = "ls", "lsb", (0.05, 0.3, 0.55)
        pg.t(36, 40, "Instituto Paulista de Análises Clínicas", "lsb", 15, accent)
        pg.t(36, 53, "Av. Brigadeiro Faria Lima, 2.100 - São Paulo/SP - CNES 2078112 - Resp. técnico: "
                     "Dr. Alberto Siqueira CRF-SP 21.554", "ls", 7.5, grey)
        pg.ln(36, 60, W - 36, 60, 1.2, accent)
        y = 78
        pg.t(36, y, "Paciente:", "lsb", 9)
        pg.t(84, y, f"{p.first} {p.last}".upper(), "ls", 9)
        pg.t(360, y, "Data de nascimento:", "lsb", 9)
        pg.t(452, y, _dmy(p.dob), "ls", 9)
        pg.t(36, y + 13, "Sexo:", "lsb", 9)
        pg.t(84, y + 13, "Feminino" if p.female else "Masculino", "ls", 9)
        pg.t(360, y + 13, "Data da coleta:", "lsb", 9)
        pg.t(452, y + 13, f"{_dmy(p.coll)} {p.tm()}", "ls", 9)
        pg.t(36, y + 26, "Médico:", "lsb", 9)
        pg.t(84, y + 26, med, "ls", 9)
        y += 44
    else:
        font, bold, accent = "djc", "djcb", (0.1, 0.45, 0.25)
        pg.rect(36, 28, 62, 54, c=None, fill=accent, radius=0.2)
        pg.tc(49, 47, "BP", "djcb", 12, (1, 1, 1))
        pg.t(70, 40, "Laboratório Bom Pastor", "djcb", 14, accent)
        pg.t(70, 52, "Curitiba - PR  |  (41) 3322-9080  |  laudos online", "djc", 8, grey)
        y = 76
        pg.rect(36, y - 12, W - 36, y + 30, c=(0.8, 0.86, 0.82), fill=(0.96, 0.98, 0.96))
        pg.t(44, y, f"Nome: {p.first} {p.last}", "djcb", 9)
        pg.t(330, y, f"Idade: {p.age} anos   Sexo: {'F' if p.female else 'M'}", "djc", 9)
        pg.t(44, y + 14, f"Data de coleta: {_dmy(p.coll)}", "djc", 9)
        pg.t(330, y + 14, f"Liberado em: {_dmy(p.rep)}", "djc", 9)
        y += 48
    # column headings
    cx_res, cx_unit, bx0, bx1 = 262, 272, 372, 528
    pg.t(36, y, "Exame", bold, 8.5, grey)
    pg.tr(cx_res, y, "Resultado", bold, 8.5, grey)
    pg.t(cx_unit, y, "Unidade", bold, 8.5, grey)
    pg.tc((bx0 + bx1) / 2, y, "Faixa de referência", bold, 8.5, grey)
    pg.ln(36, y + 5, W - 36, y + 5, 0.5, (0.7, 0.7, 0.72))
    y += 10
    panel = None
    rh = 27 if variant != 1 else 22
    for a, r in rows:
        if a["panel"] != panel:
            panel = a["panel"]
            y += 24
            pg.t(36, y, panel, bold, 9, accent)
            y += 16
        else:
            y += rh
        ab = r.flag != "N"
        pg.t(36, y, r.name, font, 9)
        red = (0.8, 0.1, 0.1)
        valcol = red if (ab and variant == 1) else (0, 0, 0)
        vtxt = _rtxt(r.value, a, "pt")
        r.txt = vtxt
        pg.tr(cx_res, y, vtxt, bold, 9.5, valcol)
        if variant == 0 and ab:
            pg.t(cx_res + 2, y - 1, r.pf, "djb", 9, red)
        pg.t(cx_unit + (8 if variant == 0 else 0), y, r.unit, font, 8.5, grey)
        if variant == 2 and ab:
            pg.pill(cx_unit + max(52, pg.tw(r.unit, font, 8.5) + 6), y, r.pf, (0.85, 0.3, 0.2), f="djcb", sz=7)
        lo, hi = r.lo, r.hi
        by = y - 3
        if variant == 1:
            lb0, lb1 = bx0 + 26, bx1 - 26
        else:
            lb0, lb1 = bx0 + 10, bx1 - 10
        pg.rect(lb0, by - 2.2, lb1, by + 2.2, c=None, fill=(0.72, 0.86, 0.74) if variant != 1 else (0.75, 0.82, 0.9),
                radius=0.5)
        fr = (r.value - lo) / (hi - lo)
        fr = min(max(fr, -0.12), 1.12)
        xv = lb0 + fr * (lb1 - lb0)
        pg.circ(xv, by, 3.2, c=(1, 1, 1), fill=red if ab else (0.15, 0.25, 0.2), w=0.8)
        lt, ht = _rtxt(lo, a, "pt"), _rtxt(hi, a, "pt")
        if variant == 1:
            pg.tr(lb0 - 4, y - 0.5, lt, "ls", 7.5, grey)
            pg.t(lb1 + 4, y - 0.5, ht, "ls", 7.5, grey)
        else:
            pg.tc(lb0, by + 10, lt, font, 6.8, grey)
            pg.tc(lb1, by + 10, ht, font, 6.8, grey)
            if variant == 0 and a["fmt"] is None:
                mid = (lo + hi) / 2
                pg.ln((lb0 + lb1) / 2, by + 2.5, (lb0 + lb1) / 2, by + 4.5, 0.5, grey)
                pg.tc((lb0 + lb1) / 2, by + 10, _n(mid, a["rdec"] + (1 if a["rdec"] == 0 and mid % 1 else 0), "pt"),
                      font, 6.3, (0.6, 0.6, 0.62))
        exp.append(r.er())
    y += 30
    note = {0: "Marcadores: ↑ acima e ↓ abaixo da faixa de referência. Valores de referência para adultos.",
            1: "Resultados fora da faixa de referência destacados em vermelho.",
            2: "Faixas de referência conforme sexo e idade do paciente. Interpretação a critério médico."}[variant]
    pg.t(36, y, note, font, 7.5, grey)
    sig = {0: ("Dra. Beatriz Nogueira Lemos", "Biomédica - CRBM-SP 27.104"),
           1: ("Dr. Alberto Siqueira", "Farmacêutico-Bioquímico - CRF-SP 21.554"),
           2: ("Dra. Helena Kowalski Prestes", "Médica Patologista Clínica - CRM-PR 21.870")}[variant]
    _scribble(pg, 380, H - 92, rng)
    pg.t(370, H - 78, sig[0], bold, 8.5)
    pg.t(370, H - 67, sig[1], font, 7.5, grey)
    pg.ln(36, H - 48, W - 36, H - 48, 0.4, (0.75, 0.75, 0.78))
    pg.t(36, H - 37, f"Laudo liberado eletronicamente em {_dmy(p.rep)}. Documento assinado digitalmente.", font, 7,
         grey)
    pg.tr(W - 36, H - 37, "Página 1/1", font, 7, grey)
    pdf = _finish(doc, "Resultado de exames", "")
    return _rep(name, "DL2", "pt", "application/pdf", pdf, p, exp)


# ==================================================================================== DL3 US big-value cards

# tiers: list of (label, lo, hi) with None for open ends; ref = interval of the reference tier
_TIERS = {
    "2093-3": ([("Desirable", None, 200), ("Borderline high", 200, 239), ("High", 240, None)], (None, 200)),
    "13457-7": ([("Optimal", None, 100), ("Near optimal", 100, 129), ("Borderline high", 130, 159),
                 ("High", 160, 189), ("Very high", 190, None)], (None, 100)),
    "2571-8": ([("Normal", None, 150), ("Borderline high", 150, 199), ("High", 200, 499),
                ("Very high", 500, None)], (None, 150)),
    "43396-1": ([("Desirable", None, 130), ("Above desirable", 130, 159), ("Borderline high", 160, 189),
                 ("High", 190, None)], (None, 130)),
    "2345-7": ([("Low", None, 70), ("Normal", 70, 99), ("Prediabetes", 100, 125), ("Diabetes", 126, None)],
               (70, 99)),
    "4548-4": ([("Normal", None, 5.7), ("Prediabetes", 5.7, 6.4), ("Diabetes", 6.5, None)], (None, 5.7)),
    "62292-8": ([("Deficient", None, 20), ("Insufficient", 20, 29), ("Sufficient", 30, 100),
                 ("Potential toxicity", 100, None)], (30, 100)),
}


def _hdl_tiers(female):
    lo = 50 if female else 40
    return [("Low", None, lo), ("Normal", lo, 59), ("Optimal", 60, None)], (lo, None)


def _tier_txt(lo, hi, dec):
    f = (lambda v: f"{v:.{dec}f}") if dec else (lambda v: f"{v:.0f}")
    if lo is None:
        return f"< {f(hi)}"
    if hi is None:
        return f"≥ {f(lo)}"
    return f"{f(lo)}–{f(hi)}"


_DL3_POOL = [
    _A("2093-3", "Total Cholesterol", "mg/dL", 0, (None, 200), cap_hi=262, plaus=(140, 199), panel="T"),
    _A("2085-9", "HDL Cholesterol", "mg/dL", 0, (50, None), (40, None), cap_lo=31, plaus=(42, 78), panel="T"),
    _A("13457-7", "LDL Cholesterol (calculated)", "mg/dL", 0, (None, 100), cap_hi=148, plaus=(55, 99),
       panel="T"),
    _A("2571-8", "Triglycerides", "mg/dL", 0, (None, 150), cap_hi=224, plaus=(55, 149), panel="T"),
    _A("43396-1", "Non-HDL Cholesterol", "mg/dL", 0, (None, 130), cap_hi=190, plaus=(80, 129), panel="T"),
    _A("2345-7", "Glucose, Fasting", "mg/dL", 0, (70, 99), cap_lo=60, cap_hi=140, panel="T"),
    _A("4548-4", "Hemoglobin A1c", "%", 1, (None, 5.7), cap_hi=7.9, plaus=(4.7, 5.6), panel="T"),
    _A("62292-8", "Vitamin D, 25-OH, Total", "ng/mL", 0, (30, 100), cap_lo=20.5, dirs="l", plaus=(31, 70),
       panel="T"),
    _A("718-7", "Hemoglobin", "g/dL", 1, (11.7, 15.5), (13.2, 17.1), 8.8, 18.5),
    _A("6690-2", "White Blood Cell Count", "Thousand/uL", 1, (3.8, 10.8), cap_lo=2.7, cap_hi=15.5),
    _A("777-3", "Platelet Count", "Thousand/uL", 0, (140, 400), cap_lo=75, cap_hi=560),
    _A("2160-0", "Creatinine", "mg/dL", 2, (0.50, 1.03), (0.70, 1.28), 0.40, None),
    _A("2951-2", "Sodium", "mmol/L", 0, (135, 146), cap_lo=127, cap_hi=153),
    _A("2823-3", "Potassium", "mmol/L", 1, (3.5, 5.3), cap_lo=3.0, cap_hi=5.9),
    _A("1742-6", "ALT", "U/L", 0, (6, 29), (9, 46), 5, None, dirs="h"),
    _A("3016-3", "TSH", "mIU/L", 2, (0.40, 4.50), cap_lo=0.25, cap_hi=6.50),
    _A("2276-4", "Ferritin", "ng/mL", 0, (16, 154), (38, 380), 11, None),
]


def _dl3(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _US)
    pool = [dict(a) for a in _DL3_POOL]
    rows = _pick(rng, pool, p.female, rng.randint(10, 14), "en", "HL", p=0.3)
    doc = fitz.open()
    W, H = 612, 792
    grey = (0.4, 0.4, 0.44)
    exp = []
    font, bold = [("dj", "djb"), ("ls", "lsb"), ("djs", "djsb")][variant]
    big = ["djb", "lsb", "djb"][variant]
    accent = [(0.12, 0.35, 0.62), (0.2, 0.5, 0.3), (0.5, 0.12, 0.15)][variant]
    lab = ["Apex Clinical Laboratories", "WellPath Health Report", "Riverside Medical Center Laboratory"][variant]
    pages = []

    def new_page():
        pg = _Pg(doc, W, H)
        pages.append(pg)
        if variant == 0:
            pg.t(40, 44, lab, bold, 16, accent)
            pg.t(40, 58, "Patient Report  -  Final", font, 9, grey)
            pg.rect(360, 26, 572, 74, c=(0.8, 0.84, 0.9), fill=(0.96, 0.97, 0.99))
            pg.t(368, 39, f"{p.last}, {p.first}", bold, 9)
            pg.t(368, 51, f"DOB {_mdy(p.dob)}   Age {p.age}   Sex {'F' if p.female else 'M'}", font, 8)
            pg.t(368, 63, f"Collected {_mdy(p.coll)} {p.tm()}   Fasting: Yes", font, 8)
            return 96
        if variant == 1:
            pg.rect(0, 0, W, 90, c=None, fill=(0.93, 0.97, 0.93))
            pg.t(40, 40, lab, bold, 19, accent)
            pg.t(40, 58, f"Prepared for {p.first} {p.last}  ·  {'Female' if p.female else 'Male'}, age {p.age}", font,
                 10)
            pg.t(40, 73, f"Sample collected {_en_long(p.coll)}  ·  Report date {_en_long(p.rep)}", font, 9, grey)
            return 112
        pg.t(40, 40, lab, bold, 14, accent)
        pg.t(40, 53, "1200 River Road, Dayton OH 45402  ·  (937) 555-0144", font, 8, grey)
        pg.ln(40, 60, W - 40, 60, 1.0, accent)
        pg.t(40, 75, f"Name: {p.last.upper()}, {p.first.upper()}", bold, 9)
        pg.t(300, 75, f"MRN: {p.mrn}", font, 9)
        pg.t(440, 75, f"Sex: {'Female' if p.female else 'Male'}", font, 9)
        pg.t(40, 88, f"DOB: {_mdy(p.dob)}", font, 9)
        pg.t(300, 88, f"Collection: {_mdy(p.coll)} {p.tm()}", font, 9)
        return 106

    y = new_page()
    ch = 74
    for a, r in rows:
        if y + ch > H - 60:
            y = new_page()
        pg = pages[-1]
        x0, x1 = 40, W - 40
        tiers = None
        if a["panel"] == "T" and not (variant == 2 and a["loinc"] in ("2345-7", "4548-4", "62292-8")):
            tiers, _ref = (_hdl_tiers(p.female) if a["loinc"] == "2085-9" else _TIERS[a["loinc"]])
        if variant == 1:
            pg.rect(x0, y, x1, y + ch - 8, c=None, fill=(0.975, 0.975, 0.97), radius=0.1)
        else:
            pg.rect(x0, y, x1, y + ch - 8, c=(0.82, 0.82, 0.86), fill=None, w=0.6,
                    radius=0.05 if variant == 0 else None)
        pg.t(x0 + 12, y + 17, r.name, bold, 9.5)
        vs = r.txt
        pg.t(x0 + 12, y + 47, vs, big, 24, accent if r.flag == "N" else (0.78, 0.12, 0.1))
        ux = x0 + 14 + pg.tw(vs, big, 24)
        pg.t(ux, y + 47, r.unit, font, 8.5, grey)
        pf = None
        if tiers is None:
            rl = "Reference" if variant != 2 else "Ref. range"
            lo, hi = r.lo, r.hi
            if lo is not None and hi is not None:
                rng_txt = f"{_rtxt(lo, a, 'en')} – {_rtxt(hi, a, 'en')} {r.unit}"
            elif lo is None:
                rng_txt = f"< {_rtxt(hi, a, 'en')} {r.unit}"
            else:
                rng_txt = f"≥ {_rtxt(lo, a, 'en')} {r.unit}"
            pg.t(300, y + 38, f"{rl}: {rng_txt}", font, 9.5)
            if r.flag != "N":
                bx = ux + pg.tw(r.unit, font, 8.5) + 6
                pg.rect(bx, y + 36, bx + 13, y + 48, c=None, fill=(0.85, 0.15, 0.12), radius=0.2)
                pg.tc(bx + 6.5, y + 45.5, r.pf, "djb", 8, (1, 1, 1))
                pf = r.pf
        else:
            bx0, bx1, by = 268, x1 - 14, y + 40
            n = len(tiers)
            sw = (bx1 - bx0) / n
            v = r.value
            lows = [tiers[i + 1][1] if i + 1 < n else None for i in range(n)]  # exclusive upper of each tier
            step = 10.0 ** -a["dec"]
            is_ref = [(r.lo is None or (tl is not None and tl >= r.lo)) and
                      (r.hi is None or (lows[i] is not None and lows[i] <= r.hi + step * 1.01))
                      for i, (lb, tl, th) in enumerate(tiers)]
            refs = [i for i in range(n) if is_ref[i]]
            assert refs, (a["name"], tiers)
            warm = [(0.98, 0.85, 0.45), (0.97, 0.65, 0.4), (0.9, 0.4, 0.35), (0.7, 0.25, 0.3)]
            cat_i = n - 1
            for i, (lb, tl, th) in enumerate(tiers):
                if (tl is None or v >= tl) and (lows[i] is None or v < lows[i]):
                    cat_i = i
                    break
            for i, (lb, tl, th) in enumerate(tiers):
                dist = min(abs(i - j) for j in refs)
                colr = (0.55, 0.8, 0.55) if dist == 0 else warm[min(dist - 1, 3)]
                sx0 = bx0 + i * sw
                pg.rect(sx0 + 0.5, by - 4, sx0 + sw - 0.5, by + 4, c=None, fill=colr)
                pg.tc(sx0 + sw / 2, by - 8, lb, font, 6.8, grey)
                pg.tc(sx0 + sw / 2, by + 13, _tier_txt(tl, th, a["dec"] if a["loinc"] == "4548-4" else 0), font,
                      7, grey)
            lb, tl, th = tiers[cat_i]
            up = lows[cat_i]
            lo_ = tl if tl is not None else up * 0.6
            up_ = up if up is not None else tl * 1.4
            fx = bx0 + cat_i * sw + min(max((v - lo_) / (up_ - lo_), 0.06), 0.94) * sw
            pg.ln(fx, by - 6.5, fx, by + 6.5, 2.2, (0.1, 0.1, 0.12))
            pg.circ(fx, by, 2.2, c=(1, 1, 1), fill=(0.1, 0.1, 0.12), w=0.8)
            if variant == 1:
                cat = tiers[cat_i][0]
                pg.t(ux, y + 33, cat, bold, 8, (0.2, 0.5, 0.3) if r.flag == "N" else (0.75, 0.2, 0.1))
                if r.flag != "N":
                    pf = cat
        exp.append(r.er(pf))
        y += ch
    for i, pg in enumerate(pages):
        pg.ln(40, H - 50, W - 40, H - 50, 0.5, (0.75, 0.75, 0.78))
        foot = [("Apex Clinical Laboratories, 455 Commerce Pkwy, Tempe AZ 85281  ·  CLIA 03D1045521  ·  "
                 "Medical Director: Naveen Rao, MD"),
                ("Reference ranges and risk categories follow national guidelines. This report does not replace "
                 "medical advice."),
                "Electronically verified by: Carol Jensen, MT(ASCP)  ·  Pathologist: Owen Whitaker, MD"][variant]
        pg.t(40, H - 38, foot, font, 7, grey)
        pg.tr(W - 40, H - 24, f"Page {i + 1} of {len(pages)}", font, 7, grey)
    pdf = _finish(doc, lab, lab)
    return _rep(name, "DL3", "en", "application/pdf", pdf, p, exp)


# ==================================================================================== DL4 PT trend cards

_DL4_POOL = [
    _A("718-7", "Hemoglobina", "g/dL", 1, (12.0, 15.5), (13.0, 17.0), 8.8, 18.4),
    _A("6690-2", "Leucócitos", "×10⁹/L", 2, (4.00, 11.00), cap_lo=2.70, cap_hi=15.50),
    _A("777-3", "Plaquetas", "×10⁹/L", 0, (150, 400), cap_lo=75, cap_hi=560),
    _A("2345-7", "Glicose", "mg/dL", 0, (74, 106), cap_lo=58, cap_hi=160),
    _A("2160-0", "Creatinina", "mg/dL", 2, (0.51, 0.95), (0.67, 1.17), 0.38, None),
    _A("3091-6", "Ureia", "mg/dL", 0, (17, 43), cap_lo=12, cap_hi=64),
    _A("2093-3", "Colesterol total", "mg/dL", 0, (None, 190), cap_hi=270, plaus=(140, 189)),
    _A("2085-9", "Colesterol HDL", "mg/dL", 0, (45, None), (40, None), 31, None, plaus=(48, 80)),
    _A("13457-7", "Colesterol LDL (calculado)", "mg/dL", 0, (None, 116), cap_hi=170, plaus=(60, 115)),
    _A("2571-8", "Triglicerídeos", "mg/dL", 0, (None, 150), cap_hi=224, plaus=(60, 149)),
    _A("4548-4", "Hemoglobina A1c", "%", 1, (4.0, 6.0), cap_hi=8.2, dirs="h"),
    _A("3016-3", "TSH", "µUI/mL", 2, (0.27, 4.20), cap_lo=0.18, cap_hi=6.30),
    _A("1742-6", "ALT (TGP)", "U/L", 0, (None, 33), (None, 41), None, None, plaus=(9, 32)),
    _A("1920-8", "AST (TGO)", "U/L", 0, (None, 32), (None, 40), None, None, plaus=(12, 31)),
    _A("2324-2", "Gama-GT", "U/L", 0, (6, 42), (10, 71), 5, None, dirs="h"),
    _A("3084-1", "Ácido úrico", "mg/dL", 1, (2.4, 5.7), (3.4, 7.0), 2.0, None),
    _A("2132-9", "Vitamina B12", "pg/mL", 0, (197, 771), cap_lo=140, dirs="l"),
    _A("2276-4", "Ferritina", "ng/mL", 0, (13, 150), (30, 400), 9, None),
    _A("1988-5", "Proteína C reativa", "mg/L", 1, (None, 5.0), cap_hi=7.5, plaus=(0.4, 4.6)),
    _A("2951-2", "Sódio", "mmol/L", 0, (136, 145), cap_lo=127, cap_hi=153),
    _A("2823-3", "Potássio", "mmol/L", 1, (3.5, 5.1), cap_lo=3.0, cap_hi=5.9),
]


def _ref_pt(lo, hi, a, unit=None):
    u = f" {unit}" if unit else ""
    if lo is None:
        return f"< {_rtxt(hi, a, 'pt')}{u}"
    if hi is None:
        return f"> {_rtxt(lo, a, 'pt')}{u}"
    return f"{_rtxt(lo, a, 'pt')} – {_rtxt(hi, a, 'pt')}{u}"


def _spark(pg: _Pg, x0, x1, ytop, ybot, vals, dates, a, cur_col, font, small=7.0):
    """Sparkline: previous points with small values above and dates below; the last point is current."""
    lo_v, hi_v = min(vals), max(vals)
    if hi_v - lo_v < 1e-9:
        hi_v, lo_v = hi_v + 1, lo_v - 1
    n = len(vals)
    xs = [x0 + i * (x1 - x0) / (n - 1) for i in range(n)]
    ys = [ybot - (v - lo_v) / (hi_v - lo_v) * (ybot - ytop) for v in vals]
    for i in range(n - 1):
        pg.ln(xs[i], ys[i], xs[i + 1], ys[i + 1], 1.1, (0.55, 0.6, 0.65))
    grey = (0.4, 0.4, 0.44)
    for i in range(n):
        last = i == n - 1
        pg.circ(xs[i], ys[i], 3.2 if last else 2.2, c=(1, 1, 1), fill=cur_col if last else (0.45, 0.5, 0.55), w=0.7)
        if not last:
            pg.tc(xs[i], ys[i] - 5, _rtxt(vals[i], a, "pt"), font, small, grey)
        pg.tc(xs[i], ybot + 12, dates[i], font, small - 0.6, grey)


def _dl4(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _PT)
    pfs = ["pill_pt", "pill_pt2", "arrow"][variant]
    rows = _pick(rng, _DL4_POOL, p.female, rng.randint(10, 14), "pt", pfs, p=0.3)
    if variant == 1:  # this portal prints powers of ten with a caret
        for a, r in rows:
            if "⁹" in r.unit:
                r.unit = r.gt_unit = "x10^9/L"
    doc = fitz.open()
    exp = []
    grey = (0.4, 0.4, 0.44)
    sexo = "Feminino" if p.female else "Masculino"
    sns = f"{rng.randint(100, 299)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    gaps = [rng.randint(150, 230), rng.randint(330, 420), rng.randint(520, 640)]
    pdates = [p.coll - _dt.timedelta(days=d) for d in reversed(gaps)]
    if variant == 0:
        W, H, font, bold, accent = 380, 880, "dj", "djb", (0.0, 0.42, 0.5)
    elif variant == 1:
        W, H, font, bold, accent = 595, 842, "ls", "lsb", (0.15, 0.3, 0.6)
    else:
        W, H, font, bold, accent = 595, 842, "djc", "djcb", (0.55, 0.25, 0.1)
    dfmt = (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}") if variant != 1 else \
        (lambda d: f"{_MON_PT[d.month - 1]}/{d.year % 100:02d}")
    pages = []

    def new_page():
        pg = _Pg(doc, W, H)
        pages.append(pg)
        if variant == 0:
            pg.rect(0, 0, W, 62, c=None, fill=accent)
            pg.t(20, 28, "MyLab Atlântico", bold, 15, (1, 1, 1))
            pg.t(20, 46, "Os seus resultados  ·  evolução", font, 8.5, (0.85, 0.97, 1))
            pg.t(20, 84, f"{p.first} {p.last}", bold, 11)
            pg.t(20, 98, f"{sexo}  ·  {p.age} anos  ·  Data de nascimento {_dmy(p.dob)}", font, 8, grey)
            pg.t(20, 111, f"Colheita: {_dmy(p.coll)} {p.tm()}  ·  N.º utente {sns}", font, 8, grey)
            return 126
        if variant == 1:
            pg.t(40, 44, "Clínica Lusa", bold, 18, accent)
            pg.t(40, 58, "Análises Clínicas  ·  Rua de Santa Catarina, 812, Porto  ·  Portal do Utente", font, 8.5,
                 grey)
            pg.ln(40, 66, W - 40, 66, 1, accent)
            pg.t(40, 84, "Utente:", bold, 9)
            pg.t(80, 84, f"{p.first} {p.last}", font, 9)
            pg.t(330, 84, "Sexo:", bold, 9)
            pg.t(360, 84, sexo, font, 9)
            pg.t(440, 84, "Idade:", bold, 9)
            pg.t(474, 84, f"{p.age} anos", font, 9)
            pg.t(40, 98, "Data de colheita:", bold, 9)
            pg.t(122, 98, f"{_dmy(p.coll)} às {p.tm()}", font, 9)
            pg.t(330, 98, "Requisição:", bold, 9)
            pg.t(388, 98, f"{p.coll:%y}/{rng.randint(10000, 99999)}", font, 9)
            return 118
        pg.t(40, 42, "Laboratório de Análises Dr. Vasco Quintela", bold, 14, accent)
        pg.t(40, 55, "Coimbra  ·  Evolução dos seus resultados (últimas 4 determinações)", font, 8.5, grey)
        pg.rect(40, 64, W - 40, 98, c=(0.85, 0.8, 0.75), fill=(0.99, 0.97, 0.95))
        pg.t(48, 78, f"{p.first} {p.last}  ·  {sexo}  ·  Nasc. {_dmy(p.dob)}", bold, 9)
        pg.t(48, 91, f"Data da colheita: {_dmy(p.coll)}   ·   Relatório emitido a {_dmy(p.rep)}", font, 8.5)
        return 114

    y = new_page()
    col = 0
    for a, r in rows:
        vals = []
        for k in range(3):
            pv = r.value * (1 + rng.gauss(0, 0.08))
            if r.lo is not None and r.hi is not None and rng.random() < 0.6:
                pv = rng.uniform(r.lo, r.hi)
            vals.append(max(round(pv, max(a["rdec"], 0)), 10 ** -max(a["rdec"], 0)))
        vals.append(r.value)
        dates = [dfmt(d) for d in pdates] + [dfmt(p.coll)]
        ab = r.flag != "N"
        cur = (0.8, 0.2, 0.15) if ab else accent
        ref = _ref_pt(r.lo, r.hi, a, r.unit)
        if variant == 0:
            ch = 132
            if y + ch > H - 50:
                y = new_page()
            pg = pages[-1]
            x0, x1 = 20, W - 20
            pg.rect(x0, y, x1, y + ch - 10, c=(0.85, 0.88, 0.9), fill=(0.985, 0.99, 0.995), radius=0.08)
            pg.t(x0 + 12, y + 18, r.name, bold, 10)
            pill = {"H": "Elevado", "L": "Baixo"}.get(r.flag, "Normal")
            pg.pill(x1 - 12, y + 18, pill, (0.82, 0.25, 0.18) if ab else (0.2, 0.55, 0.45), right=True)
            pg.t(x0 + 12, y + 44, r.txt, bold, 19, cur)
            pg.t(x0 + 15 + pg.tw(r.txt, bold, 19), y + 44, r.unit, font, 8.5, grey)
            pg.t(x0 + 12, y + 58, f"Intervalo de referência: {ref}", font, 7.5, grey)
            _spark(pg, x0 + 40, x1 - 40, y + 74, y + 100, vals, dates, a, cur, font)
            y += ch
        elif variant == 1:
            ch, cw = 146, 252
            if y + ch > H - 56:
                y = new_page()
                col = 0
            pg = pages[-1]
            x0 = 40 + col * (cw + 11)
            x1 = x0 + cw
            pg.rect(x0, y, x1, y + ch - 10, c=(0.75, 0.8, 0.9), fill=None, w=0.7, radius=0.06)
            pg.t(x0 + 10, y + 17, r.name, bold, 10)
            pill = {"H": "Acima do intervalo", "L": "Abaixo do intervalo"}.get(r.flag, "Dentro do intervalo")
            pg.pill(x0 + 10, y + 33, pill, (0.85, 0.4, 0.1) if ab else (0.3, 0.5, 0.75), f="lsb", sz=7)
            pg.tr(x1 - 10, y + 36, r.unit, font, 8.5, grey)
            pg.tr(x1 - 14 - pg.tw(r.unit, font, 8.5), y + 36, r.txt, bold, 20, cur)
            pg.t(x0 + 10, y + 52, f"Valores de referência: {ref}", font, 7.5, grey)
            _spark(pg, x0 + 30, x1 - 30, y + 72, y + 106, vals, dates, a, cur, font)
            col += 1
            if col == 2:
                col = 0
                y += ch
        else:
            ch = 72
            if y + ch > H - 56:
                y = new_page()
            pg = pages[-1]
            x0, x1 = 40, W - 40
            pg.ln(x0, y + ch - 6, x1, y + ch - 6, 0.4, (0.8, 0.78, 0.75))
            pg.t(x0, y + 18, r.name, bold, 10)
            pg.t(x0, y + 32, f"Ref.: {ref}", font, 7.8, grey)
            pg.t(x0, y + 56, r.txt, bold, 17, cur)
            ux = x0 + 3 + pg.tw(r.txt, bold, 17)
            pg.t(ux, y + 56, r.unit, font, 8, grey)
            if ab:
                pg.t(ux + pg.tw(r.unit, font, 8) + 4, y + 55, r.pf, "djcb", 12, cur)
            _spark(pg, 300, x1 - 20, y + 14, y + 44, vals, dates, a, cur, font, small=6.8)
            y += ch
        exp.append(r.er())
    if variant == 1 and col == 1:
        y += 146
    for i, pg in enumerate(pages):
        m = 20 if variant == 0 else 40
        pg.ln(m, H - 44, W - m, H - 44, 0.4, (0.8, 0.8, 0.82))
        val = {0: "Validado por Dr.ª Teresa Calado, Especialista em Patologia Clínica",
               1: "Diretora Técnica: Dr.ª Marta Sequeira (Patologia Clínica) · Cédula OM 41532",
               2: "Validação: Dr. Vasco Quintela, Especialista em Patologia Clínica · OM 28877"}[variant]
        pg.t(m, H - 32, val, font, 7, grey)
        pg.t(m, H - 22, "Os valores anteriores são apresentados apenas para comparação.", font, 7, grey)
        pg.tr(W - m, H - 12, f"Pág. {i + 1}/{len(pages)}", font, 7, grey)
    pdf = _finish(doc, "Resultados", "")
    return _rep(name, "DL4", "pt", "application/pdf", pdf, p, exp)


# ==================================================================================== blood gas helpers

def _gas(rng: random.Random, venous=False):
    """A physiologically consistent gas at 37 °C: pH, pCO2 (mmHg), pO2 (mmHg), HCO3, BE, sO2 (%)."""
    for _ in range(400):
        scen = rng.choice(["n", "n", "n", "ra", "ma", "ral", "mal"])
        pco2 = {"n": (36, 44), "ra": (47, 55), "ma": (29, 35), "ral": (28, 33), "mal": (42, 48)}[scen]
        hco3 = {"n": (22.5, 26), "ra": (25, 29), "ma": (17, 21), "ral": (20, 23.5), "mal": (28.5, 32)}[scen]
        pc = rng.uniform(*pco2) + (rng.uniform(4, 7) if venous else 0)
        hc = rng.uniform(*hco3) + (rng.uniform(0.5, 1.5) if venous else 0)
        ph = 6.1 + math.log10(hc / (0.0307 * pc))
        if venous:
            ok = 7.27 <= ph <= 7.47 and abs(ph - 7.31) > 0.006 and abs(ph - 7.41) > 0.006
        else:
            ok = 7.27 <= ph <= 7.53 and abs(ph - 7.35) > 0.006 and abs(ph - 7.45) > 0.006
        if ok and 28 <= pc <= 61 and 17 <= hc <= 32.5:
            break
    else:  # pragma: no cover
        raise RuntimeError("gas")
    if venous:
        po2 = rng.uniform(28, 46)
    else:
        po2 = rng.choice([rng.uniform(86, 104), rng.uniform(86, 104), rng.uniform(63, 79), rng.uniform(112, 165)])
    so2 = 100.0 / (1 + 23400.0 / (po2 ** 3 + 150 * po2))
    be = 0.93 * (hc - 24.4 + 14.8 * (ph - 7.4))
    return {"ph": ph, "pco2": pc, "po2": po2, "hco3": hc, "be": be, "so2": so2}


def _tcorr(g, t):
    d = t - 37.0
    return {"ph": g["ph"] - 0.0147 * d + 0.0065 * (7.4 - g["ph"]) * d,
            "pco2": g["pco2"] * 10 ** (0.019 * d), "po2": g["po2"] * 10 ** (0.0252 * d)}


def _grow(loinc, name, unit, dec, lo, hi, value, lang="en", pf=None, gt_unit="same"):
    """_Row for a computed value; nudges it off a printed bound."""
    v = round(value, dec)
    step = 10.0 ** -dec
    for b, d in ((lo, 1), (hi, -1)):
        if b is not None and abs(v - b) < step / 2:
            v = round(v + d * step, dec)
    return _Row(loinc, name, unit, dec, lo, hi, float(v), lang, pf, None, gt_unit)


def _thermal_pdf(lines, title, W=226.0, sz=7.3, lh=9.4, font="djm", bold="djmb") -> bytes:
    """Narrow thermal-printer strip. lines: (kind, text) with kind in c/cb/l/b/sep/gap/sig."""
    H = 26 + sum(lh / 2 if k == "gap" else (lh * 2.4 if k == "sig" else lh) for k, _ in lines) + 22
    doc = fitz.open()
    pg = _Pg(doc, W, H)
    y = 22
    x0 = 10
    for k, s in lines:
        if k == "gap":
            y += lh / 2
            continue
        if k == "c":
            pg.tc(W / 2, y, s, font, sz)
        elif k == "cb":
            pg.tc(W / 2, y, s, bold, sz + 0.6)
        elif k == "b":
            pg.t(x0, y, s, bold, sz)
        elif k == "sep":
            n = int((W - 2 * x0) / pg.tw("-", font, sz))
            pg.t(x0, y, (s or "-") * n, font, sz)
        elif k == "sig":
            y += lh * 1.4
            pg.ln(x0 + 60, y - 2, W - x0, y - 2, 0.5, (0.2, 0.2, 0.2), dashes="[1 1] 0")
            pg.t(x0, y, s, font, sz)
        else:
            pg.t(x0, y, s, font, sz)
        y += lh
    return _finish(doc, title, "", "Analyzer print")


def _gl(label, val, unit, flag, rng_txt="", lw=10, vw=7, uw=7):
    return f"{label:<{lw}}{val:>{vw}} {unit:<{uw}}{flag:<2}{rng_txt}".rstrip()


def _pf_txt(r: _Row) -> str:
    return r.pf or ""


# ==================================================================================== DL5 arterial gas (en)

def _dl5(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _US if variant < 2 else _UK, age=(34, 86))
    g = _gas(rng)
    temp = round(rng.choice([rng.uniform(38.3, 39.6), rng.uniform(35.0, 36.0)]), 1)
    fio2 = rng.choice([21.0, 28.0, 35.0, 40.0, 50.0])
    tc = _tcorr(g, temp)
    F = p.female
    lines = []
    exp = []
    bed = rng.randint(1, 16)
    sample_no = rng.randint(1000, 99999)
    if variant == 0:
        pfs = "arrow"
        pco2_ref = (32.0, 45.0) if F else (35.0, 48.0)
        rows = [
            _grow("2744-1", "pH", "", 3, 7.350, 7.450, g["ph"], pf=pfs),
            _grow("2019-8", "pCO2", "mmHg", 1, *pco2_ref, g["pco2"], pf=pfs),
            _grow("2703-7", "pO2", "mmHg", 1, 83.0, 108.0, g["po2"], pf=pfs),
        ]
        hb_ref = (12.0, 16.0) if F else (13.5, 17.5)
        oxi = [_mk(rng, "30313-1", "ctHb", "g/dL", 1, *hb_ref, pf=pfs, cap_lo=8.8, cap_hi=18.4),
               _grow("2708-6", "sO2", "%", 1, 95.0, 99.0, g["so2"], pf=pfs)]
        ele = [_mk(rng, "6298-4", "cK+", "mmol/L", 1, 3.4, 4.5, pf=pfs, cap_lo=3.0, cap_hi=5.9),
               _mk(rng, "2947-0", "cNa+", "mmol/L", 0, 136, 146, pf=pfs, cap_lo=127, cap_hi=153),
               _mk(rng, "1994-3", "cCa2+", "mmol/L", 2, 1.15, 1.29, pf=pfs, cap_lo=1.02, cap_hi=1.40),
               _mk(rng, "2069-3", "cCl-", "mmol/L", 0, 98, 106, pf=pfs, cap_lo=92, cap_hi=112)]
        met = [_mk(rng, "15074-8", "cGlu", "mmol/L", 1, 3.9, 5.8, pf=pfs, cap_lo=3.2, cap_hi=12.0),
               _mk(rng, "2518-9", "cLac", "mmol/L", 1, 0.5, 1.6, pf=pfs, cap_lo=0.4, cap_hi=2.4)]
        calc = [_grow("1925-7", "cBase(Ecf)", "mmol/L", 1, -2.0, 3.0, g["be"], pf=pfs),
                _grow("1960-4", "cHCO3-(P)", "mmol/L", 1, 22.0, 28.0, g["hco3"], pf=pfs)]

        def rl(r, lab=None, dec=None):
            d = r.dec if dec is None else dec
            fmt = (lambda v: f"{v:.{d}f}")
            rt = f"[{fmt(r.lo):>6} -{fmt(r.hi):>6} ]" if r.lo is not None else ""
            v = f"{r.value:.{r.dec}f}" if r.loinc != "1925-7" else f"{r.value:.1f}"
            return ("l", _gl(lab or r.name, v, r.unit, _pf_txt(r), rt, lw=10, vw=7, uw=7))

        lines += [("cb", "BGX 800 FLEX"), ("c", f"ICU {rng.choice(['North', 'East', 'B'])} - Bed {bed:02d}"),
                  ("c", "St. Brendan's Regional Hospital"), ("sep", "-"),
                  ("b", "PATIENT REPORT        Syringe - S 65uL"),
                  ("l", f"Sample #           {sample_no}"), ("l", f"Patient ID         {p.mrn}"),
                  ("l", f"Last name          {p.last.upper()}"), ("l", f"First name         {p.first}"),
                  ("l", f"Sex                {'Female' if F else 'Male'}"),
                  ("l", f"Date of birth      {_mdy(p.dob)}"), ("l", "Sample type        Arterial"),
                  ("l", f"T                  {temp:.1f} °C"), ("l", f"FO2(I)             {fio2:.1f} %"),
                  ("l", f"Operator           RT {rng.choice(['K. Patel', 'M. Brooks', 'S. Ng', 'D. Ruiz'])}"),
                  ("l", f"Printed            {_mdy(p.coll)} {p.tm()}"), ("sep", "-"),
                  ("b", "Blood Gas Values")]
        lines += [rl(r) for r in rows]
        lines += [("b", "Oximetry Values")] + [rl(r) for r in oxi]
        lines += [("b", "Electrolyte Values")] + [rl(r) for r in ele]
        lines += [("b", "Metabolite Values")] + [rl(r) for r in met]
        lines += [("b", "Calculated Values")] + [rl(r) for r in calc]
        lines += [("b", "Temperature Corrected Values"),
                  ("l", _gl("pH(T)", f"{tc['ph']:.3f}", "", "", lw=10, vw=7, uw=7)),
                  ("l", _gl("pCO2(T)", f"{tc['pco2']:.1f}", "mmHg", "", lw=10, vw=7, uw=7)),
                  ("l", _gl("pO2(T)", f"{tc['po2']:.1f}", "mmHg", "", lw=10, vw=7, uw=7)),
                  ("sep", "-"), ("l", "↑ above / ↓ below reference range"),
                  ("l", f"Baro {rng.randint(748, 766)} mmHg   S/N {rng.randint(700, 799)}{rng.randint(10, 99)}"),
                  ("sig", "Signature")]
        allr = rows + oxi + ele + met + calc
        pdf = _thermal_pdf(lines, "BGX 800 FLEX patient report")
        content, mime = pdf, "application/pdf"
    elif variant == 1:
        pfs = "HL"
        crit_k = rng.random() < 0.7
        rows = [
            _grow("2744-1", "pH", "", 2, 7.35, 7.45, g["ph"], pf=pfs),
            _grow("2019-8", "pCO2", "mmHg", 0, 35, 45, g["pco2"], pf=pfs),
            _grow("2703-7", "pO2", "mmHg", 0, 80, 105, g["po2"], pf=pfs),
            _mk(rng, "2947-0", "Na+", "mmol/L", 0, 135, 145, pf=pfs, cap_lo=127, cap_hi=153),
            _mk(rng, "6298-4", "K+", "mmol/L", 1, 3.5, 5.0, pf=pfs, cap_lo=3.0, cap_hi=5.9,
                st="hh" if crit_k else None, crit=_K_CRIT),
            _mk(rng, "1994-3", "Ca++", "mmol/L", 2, 1.12, 1.32, pf=pfs, cap_lo=1.0, cap_hi=1.42),
            _mk(rng, "2069-3", "Cl-", "mmol/L", 0, 98, 107, pf=pfs, cap_lo=92, cap_hi=113),
            _mk(rng, "2339-0", "Glu", "mg/dL", 0, 70, 105, pf=pfs, cap_lo=58, cap_hi=240),
            _mk(rng, "2518-9", "Lac", "mmol/L", 1, 0.5, 2.2, pf=pfs, cap_lo=0.4, cap_hi=3.3),
            _mk(rng, "30313-1", "tHb", "g/dL", 1, *((12.0, 16.0) if F else (13.5, 17.5)), pf=pfs, cap_lo=8.8,
                cap_hi=18.4),
        ]
        calc = [_grow("1960-4", "HCO3-", "mmol/L", 1, 22.0, 26.0, g["hco3"], pf=pfs),
                _grow("1925-7", "BE(ecf)", "mmol/L", 1, -2.0, 2.0, g["be"], pf=pfs),
                _grow("51733-4", "sO2c", "%", 0, 94, 98, g["so2"], pf=pfs)]

        def rl(r):
            v = f"{r.value:.{r.dec}f}" if r.loinc != "1925-7" else _sgn(r.value, 1)
            lo = f"{r.lo:.{r.dec}f}" if r.loinc != "1925-7" else f"{r.lo:.1f}"
            hi = f"{r.hi:.{r.dec}f}" if r.loinc != "1925-7" else f"+{r.hi:.1f}"
            return ("l", f"{r.name:<8}{v:>7} {_pf_txt(r):<3}{r.unit:<7}{lo:>5}-{hi:<5}".rstrip())

        ward = rng.choice(["MICU", "SICU", "ED", "CVICU"])
        lines += [("cb", "GEMMA Premier 4000"), ("c", "Mercy Valley Medical Center"), ("c", f"Location: {ward}"),
                  ("sep", "="), ("l", f"Sample ID: {sample_no}"), ("l", f"Pat ID:    {p.mrn}"),
                  ("l", f"Name:      {p.last.upper()}, {p.first.upper()}"),
                  ("l", f"Gender:    {'F' if F else 'M'}     DOB: {_mdy(p.dob)}"),
                  ("l", f"Drawn:     {_mdy(p.coll)} {p.tm()}"), ("l", "Sample:    Arterial"),
                  ("l", f"Pt Temp:   {temp:.1f} C     FIO2: {fio2:.0f} %"),
                  ("l", f"Operator:  {rng.randint(1000, 9999)}"), ("sep", "="),
                  ("b", "Patient Results @ 37.0 C"),
                  ("l", f"{'':<8}{'':>7} {'':<3}{'':<7}{'Ref Range'}"),
                  ]
        lines += [rl(r) for r in rows]
        lines += [("gap", ""), ("b", "Calculated Values")] + [rl(r) for r in calc]
        lines += [("gap", ""), ("b", f"Patient Temperature Corrected @ {temp:.1f} C"),
                  ("l", f"{'pH(T)':<8}{tc['ph']:>7.2f}"),
                  ("l", f"{'pCO2(T)':<8}{tc['pco2']:>7.0f}     mmHg"),
                  ("l", f"{'pO2(T)':<8}{tc['po2']:>7.0f}     mmHg"), ("sep", "-")]
        if any(r.flag == "HH" for r in rows):
            lines += [("l", "HH = critical value, notified")]
        lines += [("l", "H/L = outside reference range"), ("l", "Printed " + _mdy(p.coll) + " " + p.tm()),
                  ("sig", "Reviewed by")]
        allr = rows + calc
        pdf = _thermal_pdf(lines, "GEMMA Premier 4000", W=214, sz=7.3)
        content, mime = pdf, "application/pdf"
    else:
        pfs = "arrow"
        k = 0.1333

        def kpa(mm):
            return mm * k
        rows = [
            _grow("2744-1", "pH", "", 3, 7.350, 7.450, g["ph"], pf=pfs),
            _grow("2019-8", "pCO2", "kPa", 2, 4.67, 6.00, kpa(g["pco2"]), pf=pfs),
            _grow("2703-7", "pO2", "kPa", 2, 11.07, 14.40, kpa(g["po2"]), pf=pfs),
            _mk(rng, "2947-0", "Na+", "mmol/L", 0, 135, 145, pf=pfs, cap_lo=127, cap_hi=153),
            _mk(rng, "6298-4", "K+", "mmol/L", 1, 3.5, 5.3, pf=pfs, cap_lo=3.0, cap_hi=5.9),
            _mk(rng, "2069-3", "Cl-", "mmol/L", 0, 95, 108, pf=pfs, cap_lo=90, cap_hi=113),
            _mk(rng, "1994-3", "Ca++", "mmol/L", 2, 1.15, 1.33, pf=pfs, cap_lo=1.02, cap_hi=1.42),
            _mk(rng, "15074-8", "Glu", "mmol/L", 1, 3.5, 7.8, pf=pfs, cap_lo=3.0, cap_hi=13.5),
            _mk(rng, "2518-9", "Lac", "mmol/L", 2, 0.50, 2.00, pf=pfs, cap_lo=0.4, cap_hi=3.0),
            _mk(rng, "30313-1", "tHb", "g/L", 0, *((115, 160) if F else (130, 175)), pf=pfs, cap_lo=88,
                cap_hi=184),
            _grow("2708-6", "sO2", "%", 1, 95.0, 99.0, g["so2"], pf=pfs),
        ]
        calc = [_grow("1960-4", "HCO3act", "mmol/L", 1, 22.0, 28.0, g["hco3"], pf=pfs),
                _grow("1925-7", "BE(ecf)", "mmol/L", 1, -3.0, 3.0, g["be"], pf=pfs)]

        def rl(r):
            v = f"{r.value:.{r.dec}f}"
            rt = f"({r.lo:.{r.dec}f}-{r.hi:.{r.dec}f})"
            return ("l", f"{r.name:<8}{v:>7}{_pf_txt(r):>2} {r.unit:<7}{rt}".rstrip())

        lines += [("cb", "RAPIDLine 500e"), ("c", "Kingsbridge General Hospital"), ("c", "Critical Care Unit"),
                  ("sep", "-"), ("l", f"Seq no     {sample_no}"),
                  ("l", f"Patient    {p.last.upper()}, {p.first}"), ("l", f"Hosp no    {p.mrn}"),
                  ("l", f"Sex        {'Female' if F else 'Male'}"), ("l", f"DOB        {_dmy(p.dob)}"),
                  ("l", f"Collected  {_dmy(p.coll)} {p.tm()}"), ("l", "Sample     Arterial"),
                  ("l", f"Temp       {temp:.1f} °C"), ("l", f"FiO2       {fio2 / 100:.2f}"),
                  ("sep", "-"), ("b", "Measured (37.0 °C)")]
        lines += [rl(r) for r in rows]
        lines += [("b", "Calculated")] + [rl(r) for r in calc]
        lines += [("b", f"Corrected to {temp:.1f} °C"),
                  ("l", f"{'pH(T)':<8}{tc['ph']:>7.3f}"),
                  ("l", f"{'pCO2(T)':<8}{kpa(tc['pco2']):>7.2f}   kPa"),
                  ("l", f"{'pO2(T)':<8}{kpa(tc['po2']):>7.2f}   kPa"), ("sep", "-"),
                  ("l", f"Operator   {rng.choice(['JMc', 'ROB', 'TK2', 'AEL'])}"),
                  ("l", f"Bar press  {rng.randint(99, 102)}.{rng.randint(0, 9)} kPa"), ("sig", "Sign")]
        allr = rows + calc
        pdf = _thermal_pdf(lines, "RAPIDLine 500e", W=214, sz=7.5, lh=9.8)
        content, mime = _scan(pdf, name, dpi=210, pad=40, thermal=True, angle=(0.6, 1.8)), "image/png"
    for r in allr:
        exp.append(r.er())
    return _rep(name, "DL5", "en", mime, content, p, exp)


# ==================================================================================== DL6 BR LIS gas report

def _dl6(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _BR, age=(30, 88))
    g = _gas(rng)
    F = p.female
    temp = 37.0 if variant == 0 else round(rng.choice([rng.uniform(35.6, 36.6), rng.uniform(37.8, 38.9)]), 1)
    fio2 = rng.choice([21, 21, 30, 35, 40, 50]) if variant != 1 else rng.choice([28, 35, 40, 60])
    pfs = [None, "word_br", "star"][variant]
    L = "pt"
    rows = [
        _grow("2744-1", "pH", "", 2, 7.35, 7.45, g["ph"], L, pfs),
        _grow("2019-8", "pCO2", "mmHg", 1, 35.0, 45.0, g["pco2"], L, pfs),
        _grow("2703-7", "pO2", "mmHg", 1, 80.0, 100.0, g["po2"], L, pfs),
        _grow("1960-4", "Bicarbonato (HCO3)", "mmol/L", 1, 22.0, 26.0, g["hco3"], L, pfs),
        _grow("1925-7", "Excesso de base (BE)", "mmol/L", 1, -2.0, 2.0, g["be"], L, pfs),
        _grow("2708-6", "Saturação de O2 (sO2)", "%", 1, 95.0, 99.0, g["so2"], L, pfs),
        _mk(rng, "30313-1", "Hemoglobina total (ctHb)", "g/dL", 1, *((12.0, 16.0) if F else (13.5, 17.5)), L, pfs,
            cap_lo=8.8, cap_hi=18.4),
        _mk(rng, "2947-0", "Sódio", "mmol/L", 0, 136, 145, L, pfs, cap_lo=127, cap_hi=153),
        _mk(rng, "6298-4", "Potássio", "mmol/L", 1, 3.5, 5.1, L, pfs, cap_lo=3.0, cap_hi=5.9),
        _mk(rng, "1994-3", "Cálcio iônico", "mmol/L", 2, 1.12, 1.32, L, pfs, cap_lo=1.0, cap_hi=1.42),
        _mk(rng, "2069-3", "Cloreto", "mmol/L", 0, 98, 107, L, pfs, cap_lo=92, cap_hi=113),
        _mk(rng, "2339-0", "Glicose", "mg/dL", 0, 70, 99, L, pfs, cap_lo=58, cap_hi=240,
            st="hh" if variant == 1 else None, crit=_GLU_CRIT),
        _mk(rng, "2518-9", "Lactato", "mmol/L", 1, 0.5, 2.2, L, pfs, cap_lo=0.4, cap_hi=3.3),
    ]
    if variant == 0:
        rows = [r for r in rows if r.loinc != "2339-0"]
    if variant == 2:
        rows = [r for r in rows if r.loinc != "30313-1"]
    for r in rows:  # BE is printed with its sign
        if r.loinc == "1925-7":
            r.txt = _sgn(r.value, 1, L)
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    grey = (0.35, 0.35, 0.38)
    exp = []
    hosp = ["Hospital Santa Helena", "Hospital Universitário Nossa Senhora das Graças",
            "Hospital São Camilo da Serra"][variant]
    font, bold = [("ls", "lsb"), ("dj", "djb"), ("lr", "lrb")][variant]
    setor = rng.choice(["UTI Adulto - Leito 07", "Pronto-Socorro - Box 3", "UTI Coronariana - Leito 12",
                        "Enfermaria Clínica 4B - Leito 21"])
    med = rng.choice(["Dr. Ricardo Fontes Amaral - CRM-SP 98.221", "Dra. Luciana Pacheco - CRM-MG 61.042",
                      "Dr. Eduardo Quintas - CRM-RS 27.559"])
    pg.t(40, 44, hosp, bold, 14)
    pg.t(40, 57, "Laboratório de Análises Clínicas  -  Rua das Acácias, 455 - CNES 2077485  -  (11) 3504-2200",
         font, 7.5, grey)
    pg.ln(40, 64, W - 40, 64, 0.9)
    y = 80

    def kv(x, yy, k_, v_):
        pg.t(x, yy, k_, bold, 9)
        pg.t(x + pg.tw(k_, bold, 9) + 5, yy, v_, font, 9)
    kv(40, y, "Paciente:", f"{p.first} {p.last}".upper())
    kv(390, y, "Prontuário:", p.mrn)
    y += 13
    kv(40, y, "Nascimento:", f"{_dmy(p.dob)}  ({p.age} anos)")
    kv(236, y, "Sexo:", "Feminino" if F else "Masculino")
    kv(390, y, "Atendimento:", str(rng.randint(1000000, 9999999)))
    y += 13
    kv(40, y, "Setor:", setor)
    kv(390, y, "Coleta:", f"{_dmy(p.coll)} {p.tm()}")
    y += 13
    kv(40, y, "Solicitante:", med)
    pg.ln(40, y + 7, W - 40, y + 7, 0.5)
    y += 32
    pg.t(40, y, "GASOMETRIA ARTERIAL", bold, 11.5)
    y += 16
    if variant == 2:
        fio2_txt = f"{fio2 / 100:.2f}".replace(".", ",")
    else:
        fio2_txt = f"{fio2} %" + (" (ar ambiente)" if fio2 == 21 else "")
    params = [("Material", "Sangue arterial"), ("Método", "Potenciometria / amperometria - gasômetro"),
              ("Temperatura do paciente", f"{_n(temp, 1, L)} °C"), ("FiO2", fio2_txt)]
    for k_, v_ in params:
        pg.t(40, y, f"{k_}: ", font, 8.5, grey)
        pg.t(40 + pg.tw(f"{k_}: ", font, 8.5), y, v_, font, 8.5, grey)
        y += 11.5
    y += 10
    def ref_txt(r):
        if r.loinc == "1925-7":
            return f"{_sgn(r.lo, 1, L)} a {_sgn(r.hi, 1, L)}"
        return f"{_n(r.lo, r.dec, L)} a {_n(r.hi, r.dec, L)}"
    if variant == 0:
        pg.tr(W - 40, y, "Valores de referência", bold, 8.5)
        y += 16
        for r in rows:
            lab = r.name
            pg.t(40, y, lab, font, 9.5)
            vx = 250
            pg.lead(42 + pg.tw(lab, font, 9.5), vx - 6, y, font, 9.5)
            pg.t(vx - 4, y, ":", font, 9.5)
            pg.t(vx + 4, y, r.txt, bold, 9.5)
            pg.t(vx + 8 + pg.tw(r.txt, bold, 9.5), y, r.unit, font, 9)
            pg.tr(W - 40, y, f"{ref_txt(r)} {r.unit}".strip(), font, 9)
            exp.append(r.er(None))
            y += 16.5
    elif variant == 1:
        cols = (40, 250, 334, 405)
        for cx, lab in zip(cols, ("Exame", "Resultado", "Unidade", "Valores de referência")):
            pg.t(cx, y, lab, bold, 8.5)
        pg.ln(40, y + 4, W - 40, y + 4, 0.5)
        y += 18
        for r in rows:
            pg.t(cols[0], y, r.name, font, 9)
            pg.tr(cols[1] + 38, y, r.txt, bold, 9)
            if r.pf:
                pg.t(cols[1] + 41, y, r.pf, "djb", 6.5, (0.7, 0.05, 0.05))
            pg.t(cols[2], y, r.unit or "-", font, 9)
            pg.t(cols[3], y, ref_txt(r), font, 9)
            exp.append(r.er())
            y += 15.5
        if any(r.flag in ("HH", "LL") for r in rows):
            y += 6
            pg.t(40, y, "Valor crítico comunicado ao enfermeiro responsável às "
                        f"{(p.hh + 1) % 24:02d}:{p.mm:02d}.", font, 8, (0.6, 0.05, 0.05))
            y += 12
    else:
        cols = (40, 228, 282, 345, 450)
        prev_d = p.coll - _dt.timedelta(days=rng.randint(1, 3))
        for cx, lab in zip(cols, ("Exame", "Resultado", "Unidade", "Valores de referência",
                                  f"Anterior ({_dmy(prev_d)[:5]})")):
            pg.t(cx, y, lab, bold, 8.5)
        pg.ln(40, y + 4, W - 40, y + 4, 0.5)
        y += 18
        for r in rows:
            pg.t(cols[0], y, r.name, font, 9.5)
            pg.tr(cols[1] + 34, y, r.txt, bold, 9.5)
            if r.pf:
                pg.t(cols[1] + 36, y, r.pf, bold, 9.5)
            pg.t(cols[2], y, r.unit or "", font, 9)
            pg.t(cols[3], y, ref_txt(r), font, 9)
            pv = r.value * (1 + rng.gauss(0, 0.05)) if r.loinc != "2744-1" else r.value + rng.gauss(0, 0.03)
            if r.loinc == "2708-6":
                pv = min(pv, 99.6)
            if r.loinc == "1925-7":
                pv = r.value + rng.gauss(0, 1.5)
                ptxt = _sgn(pv, 1, L)
            else:
                ptxt = _n(pv, r.dec, L)
            pg.t(cols[4] + 6, y, ptxt, font, 9, grey)
            exp.append(r.er())
            y += 16
        y += 4
        pg.t(40, y, "(*) Resultado fora dos valores de referência.", font, 8, grey)
        y += 11
    y += 18
    pg.t(40, y, "Nota: resultados a 37 °C; interpretar em conjunto com a FiO2 e a temperatura do paciente.",
         font, 8, grey)
    sig = [("Dra. Patrícia Moreira Leal", "Farmacêutica-Bioquímica - CRF-SP 33.871"),
           ("Dr. Henrique Bastos Vilela", "Biomédico - CRBM-MG 8.114"),
           ("Dra. Simone Guedes Rocha", "Médica Patologista Clínica - CRM-RS 19.733")][variant]
    _scribble(pg, 360, H - 100, rng)
    pg.t(350, H - 84, sig[0], bold, 9)
    pg.t(350, H - 72, sig[1], font, 8, grey)
    pg.ln(40, H - 52, W - 40, H - 52, 0.5)
    pg.t(40, H - 40, f"Liberado em {_dmy(p.rep)} - assinatura eletrônica. Este laudo só tem validade com a "
                     "assinatura do responsável.", font, 7.2, grey)
    pg.tr(W - 40, H - 28, "Página 1 de 1", font, 7.2, grey)
    pdf = _finish(doc, "Laudo - Gasometria arterial", hosp)
    return _rep(name, "DL6", "pt", "application/pdf", pdf, p, exp)


# ==================================================================================== DL7 UK venous gas

def _dl7(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _UK, age=(19, 90))
    g = _gas(rng, venous=True)
    F = p.female
    k = 0.1333
    pfs = ["arrow", "HL", "star"][variant]
    cohb = round(rng.choice([rng.uniform(0.6, 1.4), rng.uniform(0.6, 1.4), rng.uniform(2.0, 4.5)]), 1)
    methb = round(rng.choice([rng.uniform(0.2, 1.2), rng.uniform(0.2, 1.2), rng.uniform(1.8, 2.4)]), 1)
    so2 = g["so2"]
    o2hb = so2 * (1 - (cohb + methb) / 100)
    r_ph = _grow("2746-6", "pH", "", 3, 7.310, 7.410, g["ph"], pf=pfs)
    r_pco2 = _grow("2021-4", "pCO2", "kPa", 2, 5.30, 6.70, g["pco2"] * k, pf=pfs)
    r_po2 = _grow("2705-2", "pO2", "kPa", 2, None, None, g["po2"] * k, pf=pfs)
    r_hb = _mk(rng, "30350-3", "ctHb", "g/L", 0, *((115, 165) if F else (130, 180)), pf=pfs, cap_lo=88, cap_hi=188)
    r_so2 = _grow("2711-0", "sO2", "%", 1, None, None, so2, pf=pfs)
    r_o2hb = _grow("2716-9", "FO2Hb", "%", 1, None, None, o2hb, pf=pfs)
    r_co = _grow("2032-1", "FCOHb", "%", 1, 0.5, 1.5, cohb, pf=pfs)
    r_met = _grow("2617-9", "FMetHb", "%", 1, 0.0, 1.5, methb, pf=pfs)
    r_k = _mk(rng, "6298-4", "cK+", "mmol/L", 1, 3.5, 5.3, pf=pfs, cap_lo=3.0, cap_hi=5.9)
    r_na = _mk(rng, "2947-0", "cNa+", "mmol/L", 0, 133, 146, pf=pfs, cap_lo=126, cap_hi=153)
    r_ca = _mk(rng, "1994-3", "cCa2+", "mmol/L", 2, 1.15, 1.33, pf=pfs, cap_lo=1.02, cap_hi=1.42)
    r_cl = _mk(rng, "2069-3", "cCl-", "mmol/L", 0, 95, 108, pf=pfs, cap_lo=90, cap_hi=113)
    r_glu = _mk(rng, "15074-8", "cGlu", "mmol/L", 1, 4.0, 7.8, pf=pfs, cap_lo=3.3, cap_hi=16.0)
    r_lac = _mk(rng, "2519-7", "cLac", "mmol/L", 1, 0.5, 2.2, pf=pfs, cap_lo=0.4, cap_hi=3.3)
    r_be = _grow("1927-3", "cBase(Ecf)", "mmol/L", 1, -2.0, 3.0, g["be"], pf=pfs)
    r_hco3 = _grow("14627-4", "cHCO3-(P)", "mmol/L", 1, 22.0, 29.0, g["hco3"], pf=pfs)
    ed = ["Royal Eastmoor Infirmary", "Northfield General Hospital", "St Aidan's Hospital"][variant]
    lines = []
    if variant == 0:
        def rl(r, lab=None):
            rt = f"[{r.lo:>6.{r.dec}f} -{r.hi:>6.{r.dec}f} ]" if r.lo is not None else ""
            return ("l", _gl(lab or r.name, f"{r.value:.{r.dec}f}", r.unit, _pf_txt(r), rt, lw=10, vw=7, uw=7))
        groups = [("Blood Gas Values", [r_ph, r_pco2, r_po2]),
                  ("Oximetry Values", [r_hb, r_so2, r_o2hb, r_co, r_met]),
                  ("Electrolyte Values", [r_k, r_na, r_ca, r_cl]), ("Metabolite Values", [r_glu, r_lac]),
                  ("Calculated Values", [r_be, r_hco3])]
        lines += [("cb", "BGX 90 FLEX PLUS"), ("c", ed), ("c", "Emergency Department - Majors"), ("sep", "-"),
                  ("b", "PATIENT REPORT      Syringe - S 95uL"),
                  ("l", f"Accession no.      {rng.randint(10 ** 6, 10 ** 7 - 1)}"),
                  ("l", f"Hospital no.       {p.mrn}"), ("l", f"Last name          {p.last.upper()}"),
                  ("l", f"First name         {p.first}"), ("l", f"Sex                {'Female' if F else 'Male'}"),
                  ("l", f"Date of birth      {_dmy(p.dob)}"), ("l", "Sample type        Venous"),
                  ("l", "T                  37.0 °C"), ("l", f"Date/time          {_dmy(p.coll)} {p.tm()}"),
                  ("sep", "-")]
        for gname, rs in groups:
            lines += [("b", gname)] + [rl(r) for r in rs]
        lines += [("sep", "-"), ("l", "Venous sample - pO2/sO2 not for"), ("l", "assessment of oxygenation"),
                  ("l", "↑ above / ↓ below reference range"), ("sig", "Operator")]
        allr = [r for _, rs in groups for r in rs]
        content, mime = _thermal_pdf(lines, "BGX 90 FLEX PLUS"), "application/pdf"
    else:
        lab = {"2746-6": "pH", "2021-4": "pCO2", "2705-2": "pO2", "30350-3": "tHb", "2711-0": "sO2",
               "2716-9": "O2Hb", "2032-1": "COHb", "2617-9": "MetHb", "6298-4": "K+", "2947-0": "Na+",
               "1994-3": "iCa", "2069-3": "Cl-", "15074-8": "Glu", "2519-7": "Lac", "1927-3": "BE(ecf)",
               "14627-4": "HCO3-"}
        order = [r_ph, r_pco2, r_po2, r_na, r_k, r_cl, r_ca, r_glu, r_lac, r_hb, r_o2hb, r_co, r_met, r_so2]
        calc = [r_hco3, r_be]
        for r in order + calc:
            r.name = lab[r.loinc]

        def rl(r):
            v = f"{r.value:.{r.dec}f}" if r.loinc != "1927-3" else _sgn(r.value, 1)
            rt = (f"{r.lo:.{r.dec}f}-{r.hi:.{r.dec}f}" if r.loinc != "1927-3" else f"{r.lo:.1f}-+{r.hi:.1f}") \
                if r.lo is not None else "----"
            if variant == 1:
                return ("l", f"{r.name:<8}{v:>7} {_pf_txt(r):<2} {r.unit:<7}{rt}".rstrip())
            return ("l", f"{r.name:<8}{v + _pf_txt(r):>8} {r.unit:<7}{rt}".rstrip())
        if variant == 1:
            lines += [("cb", "GEMMA Premier 5000"), ("c", ed), ("c", "A&E Resus"), ("sep", "="),
                      ("l", f"Sample No: {rng.randint(100, 9999)}"), ("l", f"MRN:       {p.mrn}"),
                      ("l", f"Name:      {p.last.upper()}, {p.first}"),
                      ("l", f"Sex:       {'F' if F else 'M'}   DOB: {_dmy(p.dob)}"),
                      ("l", f"Collected: {_dmy(p.coll)} {p.tm()}"), ("l", "Sample:    Venous"),
                      ("l", "Pt Temp:   37.0 C"), ("sep", "="), ("b", "Measured @ 37.0 C")]
        else:
            lines += [("cb", "RAPIDLine 405"), ("c", ed), ("c", "Emergency Dept"), ("sep", "-"),
                      ("l", f"Patient  {p.last.upper()} {p.first.upper()}"), ("l", f"ID       {p.mrn}"),
                      ("l", f"Gender   {'Female' if F else 'Male'}"), ("l", f"DOB      {_dmy(p.dob)}"),
                      ("l", f"Drawn    {_dmy(p.coll)} {p.tm()}"), ("l", "Sample   VENOUS"), ("sep", "-"),
                      ("b", "Measured")]
        lines += [rl(r) for r in order] + [("gap", ""), ("b", "Calculated")] + [rl(r) for r in calc]
        lines += [("sep", "-"), ("l", {1: "H/L = outside ref range", 2: "* = outside ref range"}[variant]),
                  ("l", "Ref ranges: venous adult"), ("sig", "Operator")]
        allr = order + calc
        pdf = _thermal_pdf(lines, "venous gas", W=214, sz=7.4)
        if variant == 1:
            content, mime = pdf, "application/pdf"
        else:
            content, mime = _scan(pdf, name, dpi=210, pad=36, thermal=True, angle=(0.5, 1.6)), "image/png"
    exp = [r.er() for r in allr]
    return _rep(name, "DL7", "en", mime, content, p, exp)


# ==================================================================================== DL8 pt analyser scans

def _dl8(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _PT if variant == 1 else _BR, age=(25, 90))
    venous = variant == 2
    g = _gas(rng, venous=venous)
    F = p.female
    L = "en" if variant == 1 else "pt"  # the Portuguese (PT) analyser prints decimal points
    pfs = "arrow"
    temp = round(rng.choice([rng.uniform(35.4, 36.5), rng.uniform(37.6, 39.2)]), 1) if not venous else 37.0
    fio2 = rng.choice([21.0, 24.0, 28.0, 35.0, 40.0, 50.0]) if not venous else 21.0
    tc = _tcorr(g, temp)
    if venous:
        r_ph = _grow("2746-6", "pH", "", 3, 7.310, 7.410, g["ph"], L, pfs)
        r_pco2 = _grow("2021-4", "pCO2", "mmHg", 1, 41.0, 51.0, g["pco2"], L, pfs)
        r_po2 = _grow("2705-2", "pO2", "mmHg", 1, 25.0, 40.0, g["po2"], L, pfs)
        r_so2 = _grow("2711-0", "sO2", "%", 1, 60.0, 80.0, g["so2"], L, pfs)
        r_hb = _mk(rng, "30350-3", "ctHb", "g/dL", 1, *((12.0, 16.0) if F else (13.5, 17.5)), L, pfs, cap_lo=8.8,
                   cap_hi=18.4)
        r_lac = _mk(rng, "2519-7", "cLac", "mmol/L", 1, 0.5, 2.2, L, pfs, cap_lo=0.4, cap_hi=3.3)
        r_be = _grow("1927-3", "cBase(Ecf)", "mmol/L", 1, -2.0, 3.0, g["be"], L, pfs)
        r_hco3 = _grow("14627-4", "cHCO3-(P)", "mmol/L", 1, 22.0, 29.0, g["hco3"], L, pfs)
    else:
        r_ph = _grow("2744-1", "pH", "", 3, 7.350, 7.450, g["ph"], L, pfs)
        r_pco2 = _grow("2019-8", "pCO2", "mmHg", 1, *((32.0, 45.0) if F else (35.0, 48.0)), g["pco2"], L, pfs)
        r_po2 = _grow("2703-7", "pO2", "mmHg", 1, 83.0, 108.0, g["po2"], L, pfs)
        r_so2 = _grow("2708-6", "sO2", "%", 1, 95.0, 99.0, g["so2"], L, pfs)
        r_hb = _mk(rng, "30313-1", "ctHb", "g/dL", 1, *((12.0, 16.0) if F else (13.5, 17.5)), L, pfs, cap_lo=8.8,
                   cap_hi=18.4)
        r_lac = _mk(rng, "2518-9", "cLac", "mmol/L", 1, 0.5, 1.6, L, pfs, cap_lo=0.4, cap_hi=2.4,
                    st="h" if variant == 0 else None)
        r_be = _grow("1925-7", "cBase(Ecf)", "mmol/L", 1, -2.0, 3.0, g["be"], L, pfs)
        r_hco3 = _grow("1960-4", "cHCO3-(P)", "mmol/L", 1, 22.0, 28.0, g["hco3"], L, pfs)
    r_k = _mk(rng, "6298-4", "cK+", "mmol/L", 1, 3.4, 4.5, L, pfs, cap_lo=3.0, cap_hi=5.9)
    r_na = _mk(rng, "2947-0", "cNa+", "mmol/L", 0, 136, 146, L, pfs, cap_lo=127, cap_hi=153)
    r_ca = _mk(rng, "1994-3", "cCa2+", "mmol/L", 2, 1.15, 1.29, L, pfs, cap_lo=1.02, cap_hi=1.40)
    r_cl = _mk(rng, "2069-3", "cCl-", "mmol/L", 0, 98, 106, L, pfs, cap_lo=92, cap_hi=112)
    if variant == 1:
        r_glu = _mk(rng, "15074-8", "cGlu", "mmol/L", 1, 3.9, 5.8, L, pfs, cap_lo=3.2, cap_hi=12.0)
    else:
        r_glu = _mk(rng, "2339-0", "cGlu", "mg/dL", 0, 70, 99, L, pfs, cap_lo=58, cap_hi=220)
    if variant == 0:  # this printout lost the arrow of the lactate line (printed flag wrong on purpose)
        r_lac.pf = None

    def fv(v, d):
        return _n(v, d, L)

    def rl(r):
        d = r.dec
        v = _sgn(r.value, 1, L) if r.loinc in ("1925-7", "1927-3") else fv(r.value, d)
        rt = f"[{fv(r.lo, d):>6} - {fv(r.hi, d):<6}]"
        return ("l", f"{r.name:<11}{v:>7} {r.unit:<7}{r.pf or '':<2}{rt}".rstrip())

    if variant == 1:
        heads = ["Valores dos gases no sangue", "Oximetria", "Electrólitos", "Metabolitos", "Valores calculados"]
        who, hosp, ward = "doente", "Hospital de Santa Luzia", "Unidade de Cuidados Intensivos"
    else:
        heads = ["Valores de gases sanguíneos", "Valores de oximetria", "Valores de eletrólitos",
                 "Valores de metabólitos", "Valores calculados"]
        who = "paciente"
        hosp, ward = (("Hospital Regional do Litoral", "UTI Adulto") if variant == 0
                      else ("Hospital Municipal Dr. Osvaldo Cruz", "Pronto-Socorro"))
    groups = [(heads[0], [r_ph, r_pco2, r_po2]), (heads[1], [r_hb, r_so2]), (heads[2], [r_k, r_na, r_ca, r_cl]),
              (heads[3], [r_glu, r_lac]), (heads[4], [r_be, r_hco3])]
    lines = [("cb", "BGX 90 FLEX" if venous else "BGX 800 FLEX"), ("c", hosp), ("c", ward), ("sep", "-"),
             ("b", "RELATÓRIO DO " + who.upper()), ("l", f"Amostra n.º       {rng.randint(1000, 99999)}"),
             ("l", f"Identificação     {p.mrn}"), ("l", f"Nome              {p.last.upper()}"),
             ("l", f"Prenome           {p.first}"), ("l", f"Sexo              {'Feminino' if F else 'Masculino'}"),
             ("l", f"Data nascimento   {_dmy(p.dob)}"), ("l", f"Data/hora         {_dmy(p.coll)} {p.tm()}"),
             ("sep", "-"), ("b", f"Dados do {who}"),
             ("l", f"Temperatura       {_n(temp, 1, L)} °C"), ("l", f"FiO2              {_n(fio2, 1, L)} %"),
             ("l", f"Tipo de amostra   {'Venosa' if venous else 'Arterial'}"), ("sep", "-")]
    for gname, rs in groups:
        lines += [("b", gname)] + [rl(r) for r in rs]
    if variant == 1:
        lines += [("b", "Valores corrigidos para a temperatura"),
                  ("l", f"{'pH(T)':<11}{tc['ph']:>7.3f}"), ("l", f"{'pCO2(T)':<11}{tc['pco2']:>7.1f} mmHg"),
                  ("l", f"{'pO2(T)':<11}{tc['po2']:>7.1f} mmHg")]
    lines += [("sep", "-"), ("l", "↑ acima / ↓ abaixo do intervalo"),
              ("l", f"Pressão barom.    {rng.randint(750, 765)} mmHg"), ("sig", "Assinatura")]
    pdf = _thermal_pdf(lines, "BGX 800 FLEX", W=226, sz=7.3)
    content = _scan(pdf, name, dpi=215, pad=42, thermal=True, angle=(0.6, 2.0))
    exp = [r.er() for _, rs in groups for r in rs]
    return _rep(name, "DL8", "pt", "image/png", content, p, exp)


# ==================================================================================== differential helper

def _diff_pcts(rng: random.Random):
    """Neutrophil/eosinophil/basophil/lymphocyte/monocyte percentages (1 decimal, summing to 100)."""
    for _ in range(500):
        shift = rng.random() < 0.3
        n = rng.choice([rng.uniform(76.5, 83.0), rng.uniform(33.0, 38.5)]) if shift else rng.uniform(46, 70)
        e = rng.uniform(1.3, 5.4)
        b = rng.uniform(0.3, 1.3)
        m = rng.uniform(3.2, 9.4)
        n, e, b, m = (round(x, 1) for x in (n, e, b, m))
        lym = round(100 - n - e - b - m, 1)
        if 12.5 <= lym <= 52:
            return {"neut": n, "eos": e, "baso": b, "lymph": lym, "mono": m}
    raise RuntimeError("diff")  # pragma: no cover


def _off_bounds(v, lo, hi, step):
    for b, d in ((lo, 1), (hi, -1)):
        if b is not None and abs(v - b) < step / 2:
            v = v + d * step
    return v


# ==================================================================================== DL9 BR scanned CBC + chem

_DIFF_BR = [  # key, name, loinc %, loinc abs, ref %, ref /mm³
    ("neut", "Neutrófilos", "770-8", "751-8", (40.0, 75.0), (1800, 7500)),
    ("eos", "Eosinófilos", "713-8", "711-2", (1.0, 6.0), (40, 500)),
    ("baso", "Basófilos", "706-2", "704-7", (0.0, 2.0), (0, 200)),
    ("lymph", "Linfócitos", "736-9", "731-0", (20.0, 45.0), (1000, 4000)),
    ("mono", "Monócitos", "5905-5", "742-7", (2.0, 10.0), (200, 1000)),
]


def _dl9(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _BR, age=(18, 85))
    F = p.female
    L = "pt"
    pfs = [None, "star", "arrow"][variant]
    lab = ["Laboratório Santa Clara", "LabVida Análises Clínicas", "Laboratório Central de Minas"][variant]
    font, bold = [("lr", "lrb"), ("djc", "djcb"), ("djm", "djmb")][variant]
    sz = [9.0, 8.8, 8.0][variant]
    grey = (0.3, 0.3, 0.32)
    ery = [
        _mk(rng, "789-8", "Hemácias", "milhões/mm³", 2, *((4.00, 5.20) if F else (4.50, 5.90)), L, pfs, cap_lo=3.3,
            cap_hi=6.3),
        _mk(rng, "718-7", "Hemoglobina", "g/dL", 1, *((12.0, 15.5) if F else (13.5, 17.5)), L, pfs, cap_lo=8.6,
            cap_hi=18.6),
        _mk(rng, "4544-3", "Hematócrito", "%", 1, *((35.0, 45.0) if F else (39.0, 50.0)), L, pfs, cap_lo=27,
            cap_hi=55),
        _mk(rng, "787-2", "VCM", "fL", 1, 80.0, 100.0, L, pfs, cap_lo=68, cap_hi=110),
        _mk(rng, "785-6", "HCM", "pg", 1, 27.0, 32.0, L, pfs, cap_lo=22, cap_hi=36),
        _mk(rng, "786-4", "CHCM", "g/dL", 1, 32.0, 36.0, L, pfs, cap_lo=29.5, cap_hi=37.5),
        _mk(rng, "788-0", "RDW", "%", 1, 11.5, 14.5, L, pfs, st=rng.choice(["n", "n", "n", "h"]), cap_hi=18.5),
    ]
    wbc = _mk(rng, "6690-2", "Leucócitos", "/mm³", -1, 4000, 11000, L, pfs, cap_lo=2800, cap_hi=16500, fmt=_th)
    pct = _diff_pcts(rng)
    diff_rows = []
    for key, nm, lp, la, rp, ra in _DIFF_BR:
        pv = pct[key]
        av = float(_off_bounds(round(wbc.value * pv / 100), ra[0], ra[1], 1))
        rp_ = _Row(lp, nm, "%", 1, rp[0], rp[1], pv, L, pfs)
        ra_ = _Row(la, nm, "/mm³", 0, ra[0], ra[1], av, L, pfs, _th(av))
        diff_rows.append((rp_, ra_))
    plt_st = "ll" if variant == 1 else None
    plt = _mk(rng, "777-3", "Plaquetas", "/mm³", -3, 150000, 450000, L, pfs, st=plt_st, cap_lo=70000,
              cap_hi=600000, crit=((6000, 9000), None), fmt=_th)
    vpm = _mk(rng, "32623-1", "VPM", "fL", 1, 7.4, 10.4, L, pfs, cap_lo=6.5, cap_hi=12.5)
    chem = [
        _mk(rng, "2345-7", "Glicose", "mg/dL", 0, 70, 99, L, pfs, cap_lo=56, cap_hi=190),
        _mk(rng, "3091-6", "Ureia", "mg/dL", 0, 15, 45, L, pfs, cap_lo=11, cap_hi=66,
            st="h" if variant == 1 else None),
        _mk(rng, "2160-0", "Creatinina", "mg/dL", 2, *((0.50, 0.90) if F else (0.70, 1.20)), L, pfs, cap_lo=0.38),
        _mk(rng, "2951-2", "Sódio", "mEq/L", 0, 136, 145, L, pfs, cap_lo=127, cap_hi=153),
        _mk(rng, "2823-3", "Potássio", "mEq/L", 1, 3.5, 5.1, L, pfs, cap_lo=3.0, cap_hi=5.9),
        _mk(rng, "1920-8", "TGO (AST)", "U/L", 0, None, 32 if F else 40, L, pfs, plaus=(12, 31)),
        _mk(rng, "1742-6", "TGP (ALT)", "U/L", 0, None, 33 if F else 41, L, pfs, plaus=(9, 32)),
    ]
    k = rng.randint(5, 7)
    chem = chem[:2] + sorted(rng.sample(chem[2:], k - 2), key=lambda r: [c.loinc for c in chem].index(r.loinc)) \
        if variant != 1 else chem
    if variant == 1:  # the LIS forgot the "*" on the urea line (printed flag wrong on purpose)
        chem[1].pf = None
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    exp = []
    # header
    if variant == 0:
        pg.t(48, 46, lab.upper(), bold, 15)
        pg.t(48, 59, "Análises Clínicas  -  Av. Sete de Setembro, 1.240 - Salvador/BA  -  Tel. (71) 3335-7788", font,
             8, grey)
        pg.ln(48, 66, W - 48, 66, 1.2)
    elif variant == 1:
        pg.rect(48, 28, W - 48, 66, c=None, fill=(0.88, 0.88, 0.88))
        pg.t(58, 46, lab, bold, 15)
        pg.t(58, 59, "Unidade Centro - Rua Padre Chagas, 77 - Porto Alegre/RS - CNES 7034112", font, 8)
    else:
        pg.t(48, 44, lab.upper(), bold, 12.5)
        pg.t(48, 56, "BELO HORIZONTE - MG   RESP. TEC.: DR. JOAO B. FARIA - CRF-MG 9.871", font, 7.5)
        pg.t(48, 66, "=" * 78, font, 7.5)
    y = 84
    sx = "Feminino" if F else "Masculino"
    info = [("Paciente", f"{p.first} {p.last}".upper(), "Protocolo", f"{p.coll:%y%m}{rng.randint(10000, 99999)}"),
            ("Nascimento", f"{_dmy(p.dob)} ({p.age} anos)", "Sexo", sx),
            ("Médico", rng.choice(["Dr. Marcelo Azevedo", "Dra. Tânia Ribeiro", "Dr. Fábio Lacerda"]),
             "Data da coleta", f"{_dmy(p.coll)} {p.tm()}")]
    for a1, b1, a2, b2 in info:
        pg.t(48, y, f"{a1}:", bold, sz)
        pg.t(48 + pg.tw(f"{a1}: ", bold, sz), y, b1, font, sz)
        pg.t(352, y, f"{a2}:", bold, sz)
        pg.t(352 + pg.tw(f"{a2}: ", bold, sz), y, b2, font, sz)
        y += 12.5
    pg.ln(48, y - 4, W - 48, y - 4, 0.6)
    y += 12
    cx = (52, 292, 300, 372)

    def head(yy):
        pg.t(cx[0], yy, "Exame", bold, sz)
        pg.tr(cx[1], yy, "Resultado", bold, sz)
        pg.t(cx[2], yy, "Unidade", bold, sz)
        pg.t(cx[3], yy, "Valores de referência", bold, sz)
        pg.ln(48, yy + 3.5, W - 48, yy + 3.5, 0.4)

    def row(r, yy, ref):
        pg.t(cx[0] + 6, yy, r.name, font, sz)
        if variant == 0:
            pg.lead(cx[0] + 10 + pg.tw(r.name, font, sz), cx[1] - 42, yy, font, sz - 1, (0.5, 0.5, 0.5))
        pg.tr(cx[1], yy, r.txt, bold, sz)
        if r.pf:
            pg.t(cx[1] + 1.5, yy, r.pf, bold if variant != 2 else "djmb", sz)
        pg.t(cx[2] + 4, yy, r.unit, font, sz)
        pg.t(cx[3], yy, ref, font, sz)
        exp.append(r.er())

    def rtx(r, th=False):
        if r.lo is None:
            return f"até {_n(r.hi, max(r.dec, 0), L)}"
        f = (lambda v: _th(v)) if th else (lambda v: _n(v, max(r.dec, 0), L))
        return f"{f(r.lo)} a {f(r.hi)}"

    pg.t(48, y, "HEMOGRAMA COMPLETO", bold, sz + 1.5)
    y += 14
    head(y)
    y += 14
    pg.t(48, y, "Eritrograma", bold, sz)
    y += 12
    for r in ery:
        row(r, y, rtx(r))
        y += 13
    y += 4
    pg.t(48, y, "Leucograma", bold, sz)
    y += 12
    row(wbc, y, rtx(wbc, th=True))
    y += 14
    dx = (52, 205, 282, 330, 440)
    pg.tc(dx[1] - 12, y, "%", bold, sz)
    pg.tc(dx[2] - 14, y, "/mm³", bold, sz)
    pg.t(dx[3], y, "Ref. (%)", bold, sz)
    pg.t(dx[4], y, "Ref. (/mm³)", bold, sz)
    y += 12
    for rp_, ra_ in diff_rows:
        pg.t(dx[0] + 6, y, rp_.name, font, sz)
        pg.tr(dx[1], y, rp_.txt, bold, sz)
        if rp_.pf:
            pg.t(dx[1] + 1.5, y, rp_.pf, bold if variant != 2 else "djmb", sz)
        pg.tr(dx[2], y, ra_.txt, bold, sz)
        if ra_.pf:
            pg.t(dx[2] + 1.5, y, ra_.pf, bold if variant != 2 else "djmb", sz)
        pg.t(dx[3], y, f"{_n(rp_.lo, 1, L)} a {_n(rp_.hi, 1, L)}", font, sz)
        pg.t(dx[4], y, f"{_th(ra_.lo)} a {_th(ra_.hi)}", font, sz)
        exp.append(rp_.er())
        exp.append(ra_.er())
        y += 13
    y += 4
    pg.t(48, y, "Plaquetograma", bold, sz)
    y += 12
    row(plt, y, rtx(plt, th=True))
    y += 12
    row(vpm, y, rtx(vpm))
    y += 12
    pg.t(52, y + 2, "Hemograma realizado em contador automatizado; lâmina revisada por microscopia.", font,
         sz - 1.5, grey)
    y += 26
    pg.t(48, y, "BIOQUÍMICA", bold, sz + 1.5)
    y += 14
    head(y)
    y += 14
    for r in chem:
        row(r, y, rtx(r))
        y += 13
    if variant == 1:
        y += 4
        pg.t(52, y, "(*) Resultado fora do intervalo de referência. Plaquetas: resultado confirmado em nova "
                    "amostra e comunicado ao médico.", font, sz - 1.5, grey)
    elif variant == 2:
        y += 4
        pg.t(52, y, "(↑) ACIMA  (↓) ABAIXO DO VALOR DE REFERENCIA", font, sz - 1, grey)
    sig = [("Dr. Rogério Matos Peixoto", "CRF-BA 4.512"), ("Dra. Aline Fagundes Corrêa", "CRBM-RS 3.228"),
           ("DR. JOAO B. FARIA", "CRF-MG 9.871")][variant]
    _scribble(pg, 380, H - 88, rng, c=(0.15, 0.15, 0.2))
    pg.t(372, H - 72, sig[0], bold, sz)
    pg.t(372, H - 61, sig[1], font, sz - 0.5)
    pg.t(48, H - 40, f"Liberado em {_dmy(p.rep)}   -   Página 1/1", font, sz - 1.5, grey)
    pdf = _finish(doc, "Laudo", lab)
    q = [(60, 76), (50, 62), (55, 70)][variant]
    content = _scan(pdf, name, dpi=200, angle=(0.5, 1.6), q=q)
    return _rep(name, "DL9", "pt", "image/png", content, p, exp)


# ==================================================================================== DL10 BR faxed blocks

def _dl10(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _BR, age=(20, 82))
    F = p.female
    L = "pt"
    fine = variant == 1
    lab = ["LABORATÓRIO SÃO JUDAS TADEU", "BIOLAB ANÁLISES CLÍNICAS", "LABORATÓRIO PASTEUR DO VALE"][variant]
    font, bold = [("ls", "lsb"), ("dj", "djb"), ("djs", "djsb")][variant]
    sz = [10.2, 9.4, 10.0][variant]
    items = [
        ("HEMOGLOBINA", "Automação - citometria de fluxo", "Sangue total (EDTA)",
         _mk(rng, "718-7", "HEMOGLOBINA", "g/dL", 1, *((12.0, 16.0) if F else (13.5, 17.5)), L, cap_lo=8.6,
             cap_hi=18.6)),
        ("LEUCÓCITOS", "Automação - citometria de fluxo", "Sangue total (EDTA)",
         _mk(rng, "6690-2", "LEUCÓCITOS", "/mm³", -1, 4000, 11000, L, cap_lo=2800, cap_hi=16500, fmt=_th)),
        ("PLAQUETAS", "Automação - impedância", "Sangue total (EDTA)",
         _mk(rng, "777-3", "PLAQUETAS", "/mm³", -3, 150000, 450000, L, cap_lo=70000, cap_hi=600000, fmt=_th)),
        ("HEMOGLOBINA GLICADA (HbA1c)", "Cromatografia líquida de alta eficiência (HPLC)", "Sangue total (EDTA)",
         _mk(rng, "4548-4", "HEMOGLOBINA GLICADA (HbA1c)", "%", 1, 4.0, 5.6, L, cap_hi=8.4, st=rng.choice(
             ["n", "n", "h"]))),
        ("GLICOSE", "Enzimático - hexoquinase", "Soro",
         _mk(rng, "2345-7", "GLICOSE", "mg/dL", 0, 70, 99, L, cap_lo=56, cap_hi=190)),
        ("CREATININA", "Colorimétrico - Jaffé cinético", "Soro",
         _mk(rng, "2160-0", "CREATININA", "mg/dL", 2, *((0.50, 0.90) if F else (0.70, 1.20)), L, cap_lo=0.38)),
        ("UREIA", "Enzimático - urease/GLDH", "Soro",
         _mk(rng, "3091-6", "UREIA", "mg/dL", 0, 15, 45, L, cap_lo=11, cap_hi=66)),
        ("POTÁSSIO", "Eletrodo íon seletivo", "Soro",
         _mk(rng, "2823-3", "POTÁSSIO", "mEq/L", 1, 3.5, 5.1, L, cap_lo=3.0, cap_hi=5.9)),
        ("TSH - HORMÔNIO TIREOESTIMULANTE", "Eletroquimioluminescência", "Soro",
         _mk(rng, "3016-3", "TSH - HORMÔNIO TIREOESTIMULANTE", "µUI/mL", 2, 0.27, 4.20, L, cap_lo=0.18,
             cap_hi=6.30)),
        ("T4 LIVRE", "Eletroquimioluminescência", "Soro",
         _mk(rng, "3024-7", "T4 LIVRE", "ng/dL", 2, 0.93, 1.70, L, cap_lo=0.70, cap_hi=2.30)),
        ("FERRITINA", "Quimioluminescência", "Soro",
         _mk(rng, "2276-4", "FERRITINA", "ng/mL", 1, *((15.0, 150.0) if F else (30.0, 400.0)), L, cap_lo=10)),
        ("FERRO SÉRICO", "Colorimétrico - ferrozina", "Soro",
         _mk(rng, "2498-4", "FERRO SÉRICO", "µg/dL", 0, *((50, 170) if F else (65, 175)), L, cap_lo=35,
             cap_hi=240)),
        ("VITAMINA B12", "Quimioluminescência", "Soro",
         _mk(rng, "2132-9", "VITAMINA B12", "pg/mL", 0, 197, 771, L, cap_lo=140, st=rng.choice(["n", "n", "l"]))),
        ("VHS - VELOCIDADE DE HEMOSSEDIMENTAÇÃO", "Westergren", "Sangue total (EDTA)",
         _mk(rng, "4537-7", "VHS - VELOCIDADE DE HEMOSSEDIMENTAÇÃO", "mm/1ª hora", 0, None, 20 if F else 15, L,
             plaus=(2, 14), cap_hi=30 if F else 22)),
    ]
    k = rng.randint(10, 12)
    keep = sorted(rng.sample(range(len(items)), k))
    items = [items[i] for i in keep]
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    exp = []
    fax_no = f"+55 {rng.choice(['11', '19', '31', '41'])} {rng.randint(3000, 3999)}-{rng.randint(1000, 9999)}"
    sent = p.rep
    hdr = (f"{_dmy(sent)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}   DE: {lab[:24]}   {fax_no}"
           f"   PÁG. 001/001")
    pg.t(24, 16, hdr, "djm", 7.6)
    pg.t(48, 52, lab, bold, 16)
    pg.t(48, 67, "Análises Clínicas - Responsável Técnico: Dr. Nelson Brandão - CRF 14.220", font, sz - 1.5)
    pg.ln(48, 74, W - 48, 74, 1.4)
    y = 94
    pg.t(48, y, f"Paciente: {p.first} {p.last}", bold, sz)
    pg.t(360, y, f"Sexo: {'Feminino' if F else 'Masculino'}", font, sz)
    y += 14
    pg.t(48, y, f"Data de nascimento: {_dmy(p.dob)}", font, sz)
    pg.t(360, y, f"Idade: {p.age} anos", font, sz)
    y += 14
    pg.t(48, y, f"Data da coleta: {_dmy(p.coll)}", font, sz)
    pg.t(360, y, f"Protocolo: {rng.randint(100000, 999999)}", font, sz)
    y += 8
    pg.ln(48, y, W - 48, y, 0.8)
    y += 22
    bh = sz * 1.28
    for title, met, mat, r in items:
        ref = (f"até {_n(r.hi, 0, L)} {r.unit}" if r.lo is None else
               (f"{_th(r.lo)} a {_th(r.hi)} {r.unit}" if r.dec < 0 else
                f"{_n(r.lo, r.dec, L)} a {_n(r.hi, r.dec, L)} {r.unit}"))
        pg.t(48, y, title, bold, sz + 0.4)
        y += bh
        if variant == 0:
            pg.t(48, y, f"Método: {met}", font, sz - 1)
            pg.t(330, y, f"Material: {mat}", font, sz - 1)
            y += bh
            pg.t(48, y, f"Resultado: {r.txt} {r.unit}", bold, sz)
            pg.t(300, y, f"Valor de referência: {ref}", font, sz)
        elif variant == 1:
            pg.t(48, y, f"Método: {met}", font, sz - 1)
            y += bh * 0.95
            pg.t(48, y, f"Material: {mat}", font, sz - 1)
            y += bh
            pg.t(48, y, "Resultado:", font, sz)
            pg.t(110, y, f"{r.txt} {r.unit}", bold, sz)
            pg.t(300, y, f"Valor de referência: {ref}", font, sz)
        else:
            pg.t(48, y, f"Método: {met}  -  Material: {mat}", font, sz - 1.2)
            y += bh
            pg.t(48, y, f"RESULTADO: {r.txt} {r.unit}", bold, sz)
            y += bh
            pg.t(48, y, f"Valor de referência: {ref}", font, sz - 0.6)
        exp.append(r.er())
        y += bh * 1.55
    y = max(y, H - 120)
    _scribble(pg, 380, H - 84, rng, c=(0, 0, 0))
    pg.t(370, H - 68, "Dr. Nelson Brandão", bold, sz - 0.5)
    pg.t(370, H - 56, "Farmacêutico-Bioquímico CRF 14.220", font, sz - 1.5)
    pg.t(48, H - 40, "Resultados enviados por fax a pedido do médico assistente. Documento de uso médico.", font,
         sz - 1.8)
    pdf = _finish(doc, "Fax", lab)
    content = _fax(pdf, name, fine)
    return _rep(name, "DL10", "pt", "image/png", content, p, exp)


# ==================================================================================== DL11 BR phone photo

def _dl11(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _BR, age=(22, 80))
    F = p.female
    L = "pt"
    pfs = [None, "star", None][variant]
    sexed = [  # loinc, name, unit, dec, men, women, caps
        ("789-8", "Hemácias", "milhões/mm³", 2, (4.50, 5.90), (4.00, 5.20), 3.3, 6.3),
        ("718-7", "Hemoglobina", "g/dL", 1, (13.5, 17.5), (12.0, 15.5), 8.6, 18.6),
        ("4544-3", "Hematócrito", "%", 1, (39.0, 50.0), (35.0, 45.0), 27.0, 55.0),
        ("2160-0", "Creatinina", "mg/dL", 2, (0.70, 1.20), (0.50, 0.90), 0.38, None),
        ("3084-1", "Ácido úrico", "mg/dL", 1, (3.4, 7.0), (2.4, 5.7), 2.0, None),
        ("1920-8", "TGO (AST)", "U/L", 0, (None, 40), (None, 32), None, None),
        ("1742-6", "TGP (ALT)", "U/L", 0, (None, 41), (None, 33), None, None),
        ("2324-2", "Gama GT", "U/L", 0, (10, 71), (6, 42), 5, None),
        ("2276-4", "Ferritina", "ng/mL", 1, (30.0, 400.0), (15.0, 150.0), 10, None),
        ("2157-6", "CK (creatinoquinase)", "U/L", 0, (39, 308), (26, 192), 20, None),
    ]
    plain = [  # loinc, name, unit, dec, ref, caps, ref text style
        ("6690-2", "Leucócitos", "/mm³", -1, (4000, 11000), 2800, 16500),
        ("777-3", "Plaquetas", "mil/mm³", 0, (150, 450), 70, 600),
        ("2345-7", "Glicose", "mg/dL", 0, (70, 99), 56, 190),
        ("3091-6", "Ureia", "mg/dL", 0, (15, 45), 11, 66),
        ("2951-2", "Sódio", "mEq/L", 0, (136, 145), 127, 153),
        ("2823-3", "Potássio", "mEq/L", 1, (3.5, 5.1), 3.0, 5.9),
        ("2093-3", "Colesterol total", "mg/dL", 0, (None, 190), None, 270),
        ("2085-9", "Colesterol HDL", "mg/dL", 0, (40, None), 29, None),
        ("13457-7", "Colesterol LDL", "mg/dL", 0, (None, 130), None, 190),
        ("2571-8", "Triglicérides", "mg/dL", 0, (None, 150), None, 224),
    ]
    rows = []
    for lc, nm, u, d, men, wom, clo, chi in sexed:
        lo, hi = wom if F else men
        plaus = (12, hi - 1) if lo is None else None
        r = _mk(rng, lc, nm, u, d, lo, hi, L, pfs, cap_lo=clo, cap_hi=chi, plaus=plaus)
        rows.append(("s", r, men, wom))
    for lc, nm, u, d, (lo, hi), clo, chi in plain:
        plaus = {"2093-3": (140, 189), "2085-9": (42, 75), "13457-7": (70, 129), "2571-8": (60, 149)}.get(lc)
        st = "hh" if (lc == "2345-7" and variant == 0) else None
        r = _mk(rng, lc, nm, u, d, lo, hi, L, pfs, st=st, cap_lo=clo, cap_hi=chi, plaus=plaus, crit=_GLU_CRIT,
                fmt=_th if d < 0 else None)
        rows.append(("p", r, None, None))
    k = rng.randint(15, 19)
    idx = sorted(rng.sample(range(len(rows)), k))
    if variant == 0 and 12 not in idx:  # the glucose row (critical) is always printed
        idx = sorted(idx[1:] + [12])
    rows = [rows[i] for i in idx]
    if variant == 2:  # this lab prints chemistry first, then the blood count
        rows = [t for t in rows if t[1].loinc not in ("789-8", "718-7", "4544-3", "6690-2", "777-3")] + \
               [t for t in rows if t[1].loinc in ("789-8", "718-7", "4544-3", "6690-2", "777-3")]
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    font, bold = [("lm", "lmb"), ("djs", "djsb"), ("dj", "djb")][variant]
    sz = [8.6, 9.0, 8.6][variant]
    lab = ["LABORATÓRIO POPULAR DE ANÁLISES", "Clínica Saúde Total - Laboratório",
           "Lab Nossa Senhora Aparecida"][variant]
    grey = (0.3, 0.3, 0.3)
    pg.t(44, 46, lab, bold, 14 if variant else 12.5)
    pg.t(44, 59, ["Rua Voluntários da Pátria, 310 - Recife/PE - Fone (81) 3421-5500",
                  "Av. Getúlio Vargas, 1.020 - Fortaleza/CE - Resp. técnica: Dra. Lívia Castro CRF-CE 3.117",
                  "Praça da Matriz, 45 - Aparecida/SP - (12) 3105-2020"][variant], font, 7.8, grey)
    pg.ln(44, 66, W - 44, 66, 1)
    y = 84
    pg.t(44, y, f"Paciente: {p.first} {p.last}", bold, sz)
    pg.t(380, y, f"Sexo: {'Feminino' if F else 'Masculino'}", font, sz)
    y += 13
    pg.t(44, y, f"Idade: {p.age} anos   Nasc.: {_dmy(p.dob)}", font, sz)
    pg.t(380, y, f"Coleta: {_dmy(p.coll)}", font, sz)
    y += 13
    pg.t(44, y, f"Médico: {rng.choice(['Dr. Caio Menezes', 'Dra. Rita Damasceno', 'Dr. Jorge Lins'])}", font, sz)
    pg.t(380, y, f"Emissão: {_dmy(p.rep)}", font, sz)
    y += 8
    pg.ln(44, y, W - 44, y, 0.6)
    y += 18
    pg.t(44, y, "EXAME", bold, sz)
    pg.t(300, y, "RESULTADO", bold, sz)
    pg.t(410, y, "VALORES DE REFERÊNCIA", bold, sz)
    y += 16
    exp = []
    vx = 300
    for kind, r, men, wom in rows:
        pg.t(44, y, r.name, font, sz)
        pg.lead(46 + pg.tw(r.name, font, sz), vx - 5, y, font, sz)
        vt = r.txt + (r.pf or "")
        pg.t(vx, y, vt, bold, sz)
        pg.t(vx + pg.tw(vt, bold, sz) + 4, y, r.unit, font, sz)

        def rt(lo, hi, d, kind=kind):
            if lo is None:
                return f"até {_n(hi, max(d, 0), L)}" if kind == "s" else f"Desejável: < {_n(hi, max(d, 0), L)}"
            if hi is None:
                return f"Desejável: > {_n(lo, max(d, 0), L)}"
            if d < 0:
                return f"{_th(lo)} a {_th(hi)}"
            return f"{_n(lo, d, L)} a {_n(hi, d, L)}"
        if kind == "s":
            if variant == 1:
                pg.t(410, y, f"Homens: {rt(*men, r.dec)}", font, sz - 0.6)
                y += sz * 1.2
                pg.t(410, y, f"Mulheres: {rt(*wom, r.dec)}", font, sz - 0.6)
            else:
                pg.t(410, y, f"H: {rt(*men, r.dec)}  M: {rt(*wom, r.dec)}" if variant == 0 else
                     f"Homens: {rt(*men, r.dec)}  Mulheres: {rt(*wom, r.dec)}", font, sz - (0.6 if variant == 0
                                                                                             else 1.3))
        else:
            pg.t(410, y, rt(r.lo, r.hi, r.dec), font, sz - 0.6)
        exp.append(r.er())
        y += sz * 1.95
    y += 8
    if variant == 1:
        pg.t(44, y, "(*) Resultado fora dos valores de referência.", font, sz - 1, grey)
        y += 12
    pg.t(44, y, "Colesterol: valores desejáveis para adultos (Consenso Brasileiro 2017), jejum não obrigatório.",
         font, sz - 1.2, grey)
    _scribble(pg, 390, H - 92, rng, c=(0.1, 0.1, 0.35))
    pg.t(380, H - 76, ["Dr. Otávio Lira", "Dra. Lívia Castro", "Dra. Marta Penteado"][variant], bold, sz)
    pg.t(380, H - 64, ["CRF-PE 2.210", "CRF-CE 3.117", "CRBM-SP 15.332"][variant], font, sz - 0.8)
    pg.t(44, H - 40, "Laudo conferido e liberado. A interpretação dos resultados cabe ao médico.", font, sz - 1.3,
         grey)
    pdf = _finish(doc, "Laudo", lab)
    content = _photo(pdf, name)
    return _rep(name, "DL11", "pt", "image/png", content, p, exp)


# ==================================================================================== DL12 PT hospital SI scan

_DL12_HEM = [
    _A("789-8", "Eritrócitos", "x10^12/L", 2, (3.80, 4.80), (4.50, 5.50), 3.2, 6.2),
    _A("718-7", "Hemoglobina", "g/dL", 1, (12.0, 15.0), (13.0, 17.0), 8.6, 18.4),
    _A("4544-3", "Hematócrito", "%", 1, (36.0, 46.0), (40.0, 50.0), 27.0, 55.0),
    _A("787-2", "VGM", "fL", 1, (83.0, 101.0), cap_lo=70, cap_hi=112),
    _A("785-6", "HGM", "pg", 1, (27.0, 32.0), cap_lo=22, cap_hi=36),
    _A("786-4", "CHGM", "g/dL", 1, (31.5, 34.5), cap_lo=29.0, cap_hi=36.5),
    _A("788-0", "RDW", "%", 1, (11.6, 14.0), cap_hi=18.0, dirs="h"),
    _A("6690-2", "Leucócitos", "x10^9/L", 2, (4.00, 10.00), cap_lo=2.70, cap_hi=15.50),
    _A("777-3", "Plaquetas", "x10^9/L", 0, (150, 400), cap_lo=75, cap_hi=560),
]
_DL12_DIFF = [  # key, name, loinc %, loinc abs, ref %, ref abs (x10^9/L)
    ("neut", "Neutrófilos", "770-8", "751-8", (40.0, 80.0), (2.00, 7.00)),
    ("lymph", "Linfócitos", "736-9", "731-0", (20.0, 40.0), (1.00, 3.00)),
    ("mono", "Monócitos", "5905-5", "742-7", (2.0, 10.0), (0.20, 1.00)),
    ("eos", "Eosinófilos", "713-8", "711-2", (1.0, 6.0), (0.02, 0.50)),
    ("baso", "Basófilos", "706-2", "704-7", (0.0, 2.0), (0.00, 0.10)),
]
_DL12_BIO = [
    _A("14749-6", "Glicose", "mmol/L", 1, (4.1, 5.9), cap_lo=3.3, cap_hi=10.5, crit=_GLUM_CRIT),
    _A("22664-7", "Ureia", "mmol/L", 1, (2.8, 7.2), cap_lo=2.0, cap_hi=10.8),
    _A("14682-9", "Creatinina", "µmol/L", 0, (45, 84), (59, 104), 35, None),
    _A("14933-6", "Ácido úrico", "µmol/L", 0, (143, 339), (202, 416), 110, None),
    _A("2951-2", "Sódio", "mmol/L", 0, (136, 145), cap_lo=127, cap_hi=153, crit=_NA_CRIT),
    _A("2823-3", "Potássio", "mmol/L", 1, (3.5, 5.1), cap_lo=3.0, cap_hi=5.9, crit=_K_CRIT),
    _A("2075-0", "Cloro", "mmol/L", 0, (98, 107), cap_lo=92, cap_hi=113),
    _A("2000-8", "Cálcio", "mmol/L", 2, (2.15, 2.50), cap_lo=1.95, cap_hi=2.75),
    _A("14879-1", "Fósforo", "mmol/L", 2, (0.81, 1.45), cap_lo=0.60, cap_hi=1.80),
    _A("2601-3", "Magnésio", "mmol/L", 2, (0.66, 1.07), cap_lo=0.55, cap_hi=1.25),
    _A("14631-6", "Bilirrubina total", "µmol/L", 0, (5, 21), cap_hi=31, dirs="h"),
    _A("1920-8", "AST", "U/L", 0, (None, 32), (None, 40), plaus=(12, 31)),
    _A("1742-6", "ALT", "U/L", 0, (None, 33), (None, 41), plaus=(9, 32)),
    _A("2324-2", "Gama-GT", "U/L", 0, (6, 42), (10, 71), 5, None, dirs="h"),
    _A("6768-6", "Fosfatase alcalina", "U/L", 0, (35, 104), (40, 129), 30, None),
    _A("2885-2", "Proteínas totais", "g/L", 0, (64, 83), cap_lo=55, cap_hi=92),
    _A("1751-7", "Albumina", "g/L", 0, (35, 52), cap_lo=28, cap_hi=58),
    _A("14647-2", "Colesterol total", "mmol/L", 2, (None, 5.00), cap_hi=7.00, plaus=(3.60, 4.95)),
    _A("14927-8", "Triglicerídeos", "mmol/L", 2, (None, 1.70), cap_hi=2.50, plaus=(0.70, 1.65)),
    _A("1988-5", "Proteína C reactiva", "mg/L", 1, (None, 5.0), cap_hi=7.5, plaus=(0.5, 4.5)),
]


def _dl12(name: str, variant: int) -> GeneratedReport:
    rng = random.Random(SEED + name)
    p = _P(rng, _PT, age=(30, 92))
    F = p.female
    L = "pt"
    pfs = ["HL", "star", "HL"][variant]
    hem = _pick(rng, _DL12_HEM, F, len(_DL12_HEM), L, pfs, p=0.22)
    nbio = [rng.randint(7, 9), rng.randint(12, 14), rng.randint(12, 14)][variant]
    force = {"2951-2": "ll"} if variant == 2 else None
    bio = _pick(rng, _DL12_BIO, F, nbio, L, pfs, p=0.25, force=force)
    diff = []
    if variant == 0:
        wbc = next(r for a, r in hem if a["loinc"] == "6690-2")
        pct = _diff_pcts(rng)
        for key, nm, lp, la, rp, ra in _DL12_DIFF:
            pv = pct[key]
            av = float(_off_bounds(round(wbc.value * pv / 100, 2), ra[0], ra[1], 0.01))
            diff.append((_Row(lp, nm, "%", 1, rp[0], rp[1], pv, L, pfs),
                         _Row(la, nm, "x10^9/L", 2, ra[0], ra[1], av, L, pfs)))
    doc = fitz.open()
    pg = _Pg(doc)
    W, H = pg.w, pg.h
    font, bold = [("ls", "lsb"), ("dj", "djb"), ("ln", "lnb")][variant]
    sz = [8.6, 8.2, 9.0][variant]
    grey = (0.3, 0.3, 0.32)
    hosp = ["Centro Hospitalar de São Bento, E.P.E.", "Hospital Distrital de Vale do Sorraia",
            "Unidade Local de Saúde da Beira Serra"][variant]
    pg.t(48, 44, hosp, bold, 13)
    pg.t(48, 57, "Serviço de Patologia Clínica  ·  Laboratório Central  ·  Tel. 2" + str(rng.randint(10, 99))
         + " 000 " + str(rng.randint(100, 999)), font, 7.8, grey)
    pg.ln(48, 64, W - 48, 64, 1)
    y = 80
    serv = rng.choice(["Medicina Interna - Cama 14", "Consulta Externa de Nefrologia", "Urgência Geral",
                       "Cirurgia Geral - Cama 7"])
    info = [("Utente", f"{p.first} {p.last}", "N.º Processo", p.mrn),
            ("Data Nasc.", f"{_dmy(p.dob)}  ({p.age} anos)", "Sexo", "Feminino" if F else "Masculino"),
            ("Serviço", serv, "N.º SNS", f"{rng.randint(100, 299)}{rng.randint(100000, 999999)}"),
            ("Colheita", f"{_dmy(p.coll)} {p.tm()}", "Validação", _dmy(p.rep))]
    for a1, b1, a2, b2 in info:
        pg.t(48, y, f"{a1}:", bold, sz)
        pg.t(112, y, b1, font, sz)
        pg.t(350, y, f"{a2}:", bold, sz)
        pg.t(414, y, b2, font, sz)
        y += 12
    pg.ln(48, y - 3, W - 48, y - 3, 0.5)
    y += 14
    cx = (52, 292, 298, 336, 418)  # name, result (right), flag, unit, ref
    exp = []

    def head(title, yy):
        pg.t(48, yy, title, bold, sz + 1.5)
        yy += 14
        pg.t(cx[0], yy, "Análise", bold, sz)
        pg.tr(cx[1], yy, "Resultado", bold, sz)
        pg.t(cx[3], yy, "Unidades", bold, sz)
        pg.t(cx[4], yy, "Intervalo de referência", bold, sz)
        pg.ln(48, yy + 3.5, W - 48, yy + 3.5, 0.4)
        return yy + 14

    def ref_t(lo, hi, dec):
        if lo is None:
            return f"< {_n(hi, dec, L)}"
        if hi is None:
            return f"> {_n(lo, dec, L)}"
        return f"{_n(lo, dec, L)} - {_n(hi, dec, L)}"

    def row(r, yy, name=None):
        pg.t(cx[0] + 4, yy, name or r.name, font, sz)
        if variant == 1:
            pg.tr(cx[1], yy, r.txt + (" " + r.pf if r.pf else "  "), bold, sz)
        else:
            pg.tr(cx[1], yy, r.txt, bold if r.pf else font, sz)
            if r.pf:
                pg.t(cx[2], yy, r.pf, bold, sz)
        pg.t(cx[3], yy, r.unit, font, sz)
        pg.t(cx[4], yy, ref_t(r.lo, r.hi, r.dec), font, sz)
        exp.append(r.er())

    y = head("HEMATOLOGIA - Hemograma", y)
    for a, r in hem:
        if a["loinc"] == "777-3" and diff:
            pg.t(cx[0] + 4, y, "Fórmula leucocitária", "lsb" if variant == 0 else bold, sz)
            y += 12
            for rp_, ra_ in diff:
                row(rp_, y, f"   {rp_.name}")
                y += 12.5
                row(ra_, y, f"   {ra_.name}")
                y += 12.5
        row(r, y)
        y += 13
    y += 10
    y = head("BIOQUÍMICA - Soro", y)
    for a, r in bio:
        row(r, y)
        y += 13
    y += 10
    legend = {0: "H - valor superior ao intervalo de referência; L - valor inferior ao intervalo de referência.",
              1: "(*) Valor fora do intervalo de referência.",
              2: "H/L - fora do intervalo de referência; HH/LL - valor crítico (comunicado ao serviço)."}[variant]
    pg.t(48, y, legend, font, sz - 1.2, grey)
    y += 11
    pg.t(48, y, "Intervalos de referência para adultos, adequados ao sexo do utente.", font, sz - 1.2, grey)
    _scribble(pg, 380, H - 90, rng, c=(0.1, 0.1, 0.3))
    vname = ["Dr.ª Isabel Magalhães Cunha", "Dr. Paulo Serrano", "Dr.ª Filipa Antunes Rocha"][variant]
    pg.t(370, H - 74, vname, bold, sz)
    pg.t(370, H - 63, "Assistente Hospitalar de Patologia Clínica", font, sz - 1)
    pg.t(48, H - 40, f"Relatório emitido em {_dmy(p.rep)}  ·  Pág. 1/1", font, sz - 1.2, grey)
    pdf = _finish(doc, "Relatório de análises", hosp)
    content = _scan(pdf, name, dpi=200, angle=[(0.5, 1.2), (1.0, 1.8), (0.5, 1.5)][variant],
                    q=[(60, 72), (55, 68), (62, 78)][variant])
    return _rep(name, "DL12", "pt", "image/png", content, p, exp)


# ==================================================================================== public API

_FAMILY_FUNCS = [
    ("DL1", "rangebar", "en", _dl1), ("DL2", "tablebar", "pt", _dl2), ("DL3", "bigvalue", "en", _dl3),
    ("DL4", "trend", "pt", _dl4), ("DL5", "abg", "en", _dl5), ("DL6", "gaslis", "pt", _dl6),
    ("DL7", "vbg", "en", _dl7), ("DL8", "gasscan", "pt", _dl8), ("DL9", "scan", "pt", _dl9),
    ("DL10", "fax", "pt", _dl10), ("DL11", "photo", "pt", _dl11), ("DL12", "scanpt", "pt", _dl12),
]


def reports() -> list[GeneratedReport]:
    out: list[GeneratedReport] = []
    for fam, tag, lang, fn in _FAMILY_FUNCS:
        for v in range(3):
            out.append(fn(f"{fam}-{tag}-{lang}-{v + 1:02d}", v))
    return out


# ==================================================================================== self check

def _loinc_ok(code: str) -> bool:
    """LOINC mod-10 check digit (Luhn over the digits before the hyphen)."""
    if "-" not in code:
        return False
    body, chk = code.split("-")
    if not body.isdigit() or not chk.isdigit() or len(chk) != 1:
        return False
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10 == int(chk)


# analytes whose critical limits vary between lists: abnormal values must stay within 1.5x the limits
_VARY = {"5902-2", "3173-5", "2160-0", "14682-9", "3091-6", "22664-7", "3094-0", "1975-2", "14631-6", "2518-9",
         "2519-7", "2157-6", "2093-3", "2085-9", "13457-7", "2571-8", "14647-2", "14927-8", "43396-1", "4548-4",
         "2132-9", "62292-8", "3016-3", "3024-7"}


def _self_check() -> None:
    import time

    t0 = time.time()
    reps = reports()
    dt = time.time() - t0
    reps2 = reports()
    assert len(reps) == 36, len(reps)
    names = [r.name for r in reps]
    assert len(set(names)) == len(names)
    by_fam: dict[str, list[GeneratedReport]] = {}
    for r, r2 in zip(reps, reps2):
        assert r.name == r2.name and r.content == r2.content and r.expected == r2.expected, \
            f"not deterministic: {r.name}"
        assert r.family in FAMILIES and r.language in ("en", "pt")
        assert r.mime_type in ("application/pdf", "image/png")
        if r.mime_type == "application/pdf":
            assert r.content.startswith(b"%PDF")
        else:
            assert r.content.startswith(b"\x89PNG")
        assert r.sex in ("female", "male") and r.collected_on
        _dt.date.fromisoformat(r.collected_on)
        assert 10 <= len(r.expected) <= 30, (r.name, len(r.expected))
        codes = [e.loinc for e in r.expected]
        assert len(set(codes)) == len(codes), (r.name, [c for c in codes if codes.count(c) > 1])
        for e in r.expected:
            assert _loinc_ok(e.loinc), (r.name, e.loinc)
            assert e.value is not None and e.qualitative is None
            assert e.flag == _flag(e.loinc, e.value, e.unit, e.ref_low, e.ref_high), (r.name, e)
            for b in (e.ref_low, e.ref_high):
                assert b is None or abs(e.value - b) > 1e-9, ("value on a bound", r.name, e)
            if e.ref_low is not None and e.ref_high is not None:
                assert e.ref_low < e.ref_high, (r.name, e)
            if e.flag in ("LL", "HH"):
                assert e.loinc in _CRIT or e.loinc in _CRIT_UNIT, (r.name, e)
            if e.loinc in _VARY and e.flag in ("H", "L"):
                if e.ref_high is not None:
                    assert e.value <= 1.5 * e.ref_high + 1e-9, ("beyond 1.5x", r.name, e)
                if e.ref_low is not None and e.ref_low > 0:
                    assert e.value >= e.ref_low / 1.5 - 1e-9, ("beyond 1.5x", r.name, e)
            assert e.unit is None or e.unit.strip() == e.unit and e.unit
        by_fam.setdefault(r.family, []).append(r)
    assert sorted(by_fam) == sorted(FAMILIES) and all(len(v) == 3 for v in by_fam.values())
    for fam in FAMILIES:
        rs = by_fam[fam]
        print(f"{fam:5s} reports={len(rs)} expected={sum(len(r.expected) for r in rs):3d} "
              f"({', '.join(str(len(r.expected)) for r in rs)})  "
              f"abnormal={sum(e.flag != 'N' for r in rs for e in r.expected)}  "
              f"critical={sum(e.flag in ('LL', 'HH') for r in rs for e in r.expected)}  "
              f"{'/'.join(sorted({r.mime_type.split('/')[1] for r in rs}))}")
    print(f"36 reports, {sum(len(r.expected) for r in reps)} expected results, generated in {dt:.1f} s; "
          "deterministic: yes")


if __name__ == "__main__":
    _self_check()
