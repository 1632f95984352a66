"""Development lab-report family set "DK": lab values quoted inside other clinical documents and exports.

Families (2 reports each, seed string "labs-dev-k/2024" + report name, one random.Random per report):
  DK1  en  GP / clinic referral letter: results in prose plus a short bulleted list with ranges
  DK2  pt  (BR) hospital discharge summary, "Exames laboratoriais" with admission vs discharge values
  DK3  en  (US) ICU results flowsheet export, four timed columns (only the newest column is the result)
  DK4  pt  (PT / BR) outpatient clinic note, "Exames" line with inline values ("Hb 12,1; Cr 0,9; K 4,2")
  DK5  en  spreadsheet-like exports: raw CSV printed from an editor / spreadsheet grid with ref low/high
  DK6  pt  (BR) patient-app summary cards with range bars and "Dentro da faixa" / "Alto" / "Baixo" pills
  DK7  en  pharmacy anticoagulation clinic INR log plus annual-review bloods taken the same day
  DK8  pt  (BR) haemodialysis unit monthly labs sheet (current month + previous month column)
  DK9  en  (UK) antenatal hand-held record, booking bloods / 28-week bloods
  DK10 pt  (PT) pre-anaesthetic assessment form with checkboxes and values in form fields
  DK11 en  scanned (PNG) referral letter (DK1 layouts, other specialties)
  DK12 pt  scanned (PNG) dialysis monthly sheets (trend layout "Abr | Mai | Jun (atual)", and the DK8 layout)

Ground-truth decisions where the conventions are silent:
  - Values printed without a unit/range in notes, letters, forms and discharge prose: unit None when no unit
    is printed, ref None, flag N. Units printed in a form label ("Hb ____ g/dL") count as printed units.
  - INR on an anticoagulation log: the printed therapeutic target range (e.g. "2.0-3.0") is the interval that
    applies to this patient; the log prints no flag, so printed_flag None. INR uses 6301-6.
  - Only the newest INR row, the newest flowsheet column, the discharge ("Alta" / latest) values, the current
    month of a dialysis sheet and the 28-week section of a 28-week antenatal record are results; earlier
    rows/columns/sections (incl. booking bloods there) are previous results.
  - Antenatal blood group: ABO 883-9 with qualitative = the group in lower case ("o", "a", "b", "ab"),
    RhD 10331-7 "positive"/"negative", red cell antibody screen 890-4 "None detected" -> "negative". "Not detected" infection screens
    (HIV 56888-1, HBsAg 5196-1, syphilis 22587-0) -> "not detected". Serologies "Não reagente" ->
    "non-reactive" (HBsAg 5196-1, anti-HCV 16128-1, HIV 56888-1).
  - Antenatal OGTT: fasting 14771-0, 2 h 14995-5 (mmol/L). HbA1c in mmol/mol 59261-8; LDL in notes is the
    Friedewald value 13457-7 (consistent with the printed TC/HDL/TG).
  - Dialysis sheets: bloods are drawn pre-dialysis (stated in the header); urea uses the plain 3091-6.
  - Patient-app cards: "Dentro da faixa" is a status, not a flag; "Alto"/"Baixo" are printed flags.
  - The antenatal record prints no sex field; sex is given as "female" (a maternity record). The UK letters
    give sex from the printed title/prose ("Mrs", "woman"); the results export grid prints a Sex row.
  - Letters: "(high)"/"(low)" after a printed range -> printed_flag "high"/"low" (without parentheses).
  - Vital signs / FiO2 rows on flowsheets and ECG / chest X-ray lines on forms are not results.
"""

from __future__ import annotations

import hashlib
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

SEED = "labs-dev-k/2024"
FAMILIES: tuple[str, ...] = tuple(f"DK{i}" for i in range(1, 13))
_DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_HAS_DJ = os.path.exists(_DJ) and os.path.exists(_DJB)

# ----------------------------------------------------------------------------------------------- helpers

_CRIT_BY_UNIT = {
    "718-7": {"g/dL": (5, None), "g/L": (50, None)},
    "4544-3": {"%": (15, None)},
    "6690-2": {"K/uL": (1, 50), "x10^9/L": (1, 50), "x10⁹/L": (1, 50), "x10³/µL": (1, 50), "/mm³": (1000, 50000)},
    "777-3": {"K/uL": (10, None), "x10^9/L": (10, None), "x10⁹/L": (10, None), "x10³/µL": (10, None),
              "/mm³": (10000, None)},
    "751-8": {"K/uL": (0.5, None), "x10^9/L": (0.5, None)},
    "2345-7": {"mg/dL": (40, 500)}, "2339-0": {"mg/dL": (40, 500)}, "1558-6": {"mg/dL": (40, 500)},
    "14749-6": {"mmol/L": (2.2, 27.8)}, "14771-0": {"mmol/L": (2.2, 27.8)},
    "2823-3": {"*": (2.5, 6.5)}, "6298-4": {"*": (2.5, 6.5)},
    "2951-2": {"*": (120, 160)}, "2947-0": {"*": (120, 160)},
    "3173-5": {"*": (None, 150)},
}


def _crit(loinc: str, unit: str | None) -> tuple[float | None, float | None]:
    table = _CRIT_BY_UNIT.get(loinc)
    if not table:
        return None, None
    if "*" in table:
        return table["*"]
    return table.get(unit or "", (None, None))


def _flag(loinc, value, unit, lo, hi) -> str:
    if value is None:
        return "N"
    if lo is None and hi is None:
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


def _val(rng: random.Random, lo, hi, dec: int, st: str = "n") -> float:
    """A value clearly inside (n), above (h) or below (l) the interval, never on a bound."""
    if lo is not None and hi is not None:
        w = hi - lo
    else:
        w = abs(hi if hi is not None else lo) * 0.5
    if st == "h":
        base = hi if hi is not None else lo * 1.8
        v = base + rng.uniform(0.1, 0.45) * min(w, abs(base))
    elif st == "l":
        base = lo if lo is not None else hi * 0.3
        v = base - rng.uniform(0.1, 0.3) * min(w, 0.6 * abs(base))
    elif lo is not None and hi is not None:
        v = rng.uniform(lo + 0.12 * w, hi - 0.12 * w)
    elif hi is not None:
        v = rng.uniform(0.25 * hi, 0.8 * hi)
    else:
        v = rng.uniform(lo * 1.1, lo * 1.6)
    v = round(v, dec)
    step = 10 ** -dec
    for b in (lo, hi):
        if b is not None and abs(v - b) < step / 2:
            v = round(v + (step if st != "l" else -step), dec)
    return float(v)


def _n(v: float, dec: int, lang: str = "en") -> str:
    s = f"{v:.{dec}f}"
    return s.replace(".", ",") if lang == "pt" else s


def _th(v: float) -> str:
    """pt thousands with a dot: 7200 -> '7.200'."""
    return f"{int(round(v)):,}".replace(",", ".")


def _egfr(scr_mgdl: float, age: int, female: bool) -> int:
    k, a = (0.7, -0.241) if female else (0.9, -0.302)
    r = scr_mgdl / k
    e = 142 * min(r, 1) ** a * max(r, 1) ** -1.2 * 0.9938 ** age * (1.012 if female else 1.0)
    return int(round(e))


def _rng(name: str) -> random.Random:
    return random.Random(f"{SEED}:{name}")


def _date(rng: random.Random, year: int = 2024) -> tuple[int, int, int]:
    return year, rng.randint(1, 11), rng.randint(1, 27)


def _dmy(d, sep="/"):
    return f"{d[2]:02d}{sep}{d[1]:02d}{sep}{d[0]}"


def _mdy(d):
    return f"{d[1]:02d}/{d[2]:02d}/{d[0]}"


def _iso(d):
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


def _minus_days(d, days):
    import datetime as _dt
    x = _dt.date(*d) - _dt.timedelta(days=days)
    return x.year, x.month, x.day


class _Pg:
    """Thin drawing wrapper over a PyMuPDF page."""

    def __init__(self, doc, w=595, h=842):
        self.p = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self._dj = False

    def _font(self, f):
        if f in ("dj", "djb"):
            if not _HAS_DJ:
                return ("helv" if f == "dj" else "hebo"), None
            return ("DejaVu" if f == "dj" else "DejaVuB"), (_DJ if f == "dj" else _DJB)
        return f, None

    def t(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0)):
        name, ff = self._font(f)
        self.p.insert_text((x, y), s, fontname=name, fontfile=ff, fontsize=sz, color=c)

    def tw(self, s, f="helv", sz=9.0):
        name, ff = self._font(f)
        if ff:
            return fitz.Font(fontfile=ff).text_length(s, fontsize=sz)
        return fitz.get_text_length(s, fontname=name, fontsize=sz)

    def tr(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0)):
        self.t(x - self.tw(s, f, sz), y, s, f, sz, c)

    def tc(self, x, y, s, f="helv", sz=9.0, c=(0, 0, 0)):
        self.t(x - self.tw(s, f, sz) / 2, y, s, f, sz, c)

    def box(self, x0, y0, x1, y1, s, f="helv", sz=9.0, align=0, lh=None):
        name, ff = self._font(f)
        rc = self.p.insert_textbox(fitz.Rect(x0, y0, x1, y1), s, fontname=name, fontfile=ff, fontsize=sz,
                                   align=align, lineheight=lh)
        if rc < 0:
            raise ValueError(f"text box overflow ({rc:.1f}): {s[:40]!r}")
        return y1 - rc  # approximate bottom of the text

    def ln(self, x0, y0, x1, y1, w=0.5, c=(0, 0, 0), dashes=None):
        self.p.draw_line((x0, y0), (x1, y1), color=c, width=w, dashes=dashes)

    def rect(self, x0, y0, x1, y1, c=(0, 0, 0), fill=None, w=0.5, radius=None):
        self.p.draw_rect(fitz.Rect(x0, y0, x1, y1), color=c, fill=fill, width=w, radius=radius)

    def cbox(self, x, y, checked, sz=7):
        self.rect(x, y - sz, x + sz, y, w=0.6)
        if checked:
            self.ln(x + 1.2, y - sz + 1.2, x + sz - 1.2, y - 1.2, w=0.9)
            self.ln(x + 1.2, y - 1.2, x + sz - 1.2, y - sz + 1.2, w=0.9)


def _finish(doc, title, author="") -> bytes:
    doc.set_metadata({"title": title, "author": author, "subject": "", "keywords": "",
                      "creator": "Report export", "producer": "PDF export 4.2",
                      "creationDate": "D:20240401090000+00'00'", "modDate": "D:20240401090000+00'00'"})
    data = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return data


def _scan(pdf: bytes, name: str, dpi: int = 170) -> bytes:
    """Rasterise page 1 and add scanner artefacts (tone, rotation, blur, noise, JPEG)."""
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width].astype(np.float32)
    doc.close()
    g = np.random.default_rng(int(hashlib.sha256(name.encode()).hexdigest()[:8], 16))
    h, w = img.shape
    img = 18 + img * 0.9  # paper tone, toner not fully black
    yy, xx = np.mgrid[0:h, 0:w]
    img -= 10 * np.exp(-((xx / w) ** 2) / 0.004)  # darker binding edge on the left
    angle = float(g.uniform(0.5, 1.3)) * (1 if g.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += g.uniform(-12, 12, size=2)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=232.0)
    img = cv2.GaussianBlur(img, (3, 3), 0.75)
    img += g.normal(0, 5.5, img.shape)
    for _ in range(int(g.integers(60, 140))):  # dust specks
        cy, cx = int(g.integers(0, h)), int(g.integers(0, w))
        cv2.circle(img, (cx, cy), int(g.integers(0, 2)), float(g.uniform(60, 150)), -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 62])
    img = cv2.imdecode(jpg, cv2.IMREAD_GRAYSCALE)
    ok, png = cv2.imencode(".png", img)
    return png.tobytes()


def _scribble(pg: _Pg, x, y, rng: random.Random, w=90):
    """A pen signature: a few connected random curves."""
    pts = []
    for i in range(14):
        pts.append((x + i * w / 13 + rng.uniform(-3, 3), y + rng.uniform(-9, 4)))
    for a, b in zip(pts, pts[1:]):
        pg.ln(a[0], a[1], b[0], b[1], w=0.8, c=(0.1, 0.15, 0.45))


# ------------------------------------------------------------------------------ DK1 / DK11 referral letter

_UK_NAMES = [("Eleanor", "Hartley", "F"), ("Margaret", "Oduya", "F"), ("Graham", "Pellowe", "M"),
             ("Derek", "Whitcombe", "M"), ("Sunita", "Raval", "F"), ("Kenneth", "Ashdown", "M")]
_US_NAMES = [("Thomas", "Reilly", "M"), ("Patricia", "Nguyen", "F"), ("Raymond", "Kowalczyk", "M"),
             ("Linda", "Castaneda", "F"), ("Harold", "Bishop", "M"), ("Denise", "Moreau", "F")]


def _letter(name: str, style: str, scenario: str):
    rng = _rng(name)
    d = _date(rng)
    coll = _minus_days(d, rng.randint(4, 12))
    first, last, sx = rng.choice(_UK_NAMES if style == "uk" else _US_NAMES)
    female = sx == "F"
    age = rng.randint(46, 82)
    dob = (coll[0] - age - (1 if (coll[1], coll[2]) < (6, 15) else 0) * 0, 6, 15)
    if (coll[1], coll[2]) < (6, 15):
        dob = (coll[0] - age - 1, 6, 15)
    doc = fitz.open()
    pg = _Pg(doc)
    exp: list[ExpectedResult] = []
    sign = "woman" if female else "man"
    he, his = ("she", "her") if female else ("he", "his")
    if style == "uk":
        pg.t(50, 60, "Harbour Lane Medical Practice", "tibo", 16)
        pg.t(50, 75, "14 Harbour Lane, Eastleigh-on-Sea  ES4 7QT    Tel 01632 960412    Fax 01632 960413", "tiro", 8.5)
        pg.t(50, 86, "Dr R. Okafor  MBBS MRCGP   -   Dr S. Lindqvist  MRCGP   -   Dr H. Patel  MBChB DRCOG", "tiro", 8.5)
        pg.ln(50, 92, 545, 92, 1)
        spec = {"renal": ("Dr M. Castellano, Consultant Nephrologist", "Renal Outpatients"),
                "anaemia": ("Dr J. Abernethy, Consultant Haematologist", "Haematology Clinic")}[scenario]
        pg.t(50, 120, spec[0], "tiro", 10)
        pg.t(50, 132, spec[1] + ", Royal Eastmoor Hospital, Eastmoor EM2 3HB", "tiro", 10)
        pg.tr(545, 120, "Date: " + _dmy(d), "tiro", 10)
        title = "Mrs" if female else "Mr"
        pg.t(50, 165, f"Dear Dr {spec[0].split()[2].rstrip(',')},", "tiro", 10.5)
        pg.t(50, 185, f"Re: {title} {first} {last}   DOB {_dmy(dob)}   NHS No {rng.randint(400, 499)} "
                      f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}", "tibo", 10.5)
        crlo, crhi = (45, 84) if female else (59, 104)
        if scenario == "renal":
            cr = _val(rng, crlo, crhi, 0, "h") + rng.randint(30, 70)
            eg = _egfr(cr / 88.4, age, female)
            hb = _val(rng, 115 if female else 130, 165 if female else 180, 0, "l")
            prev_cr = cr - rng.randint(18, 30)
            para1 = (f"Thank you for seeing this {age}-year-old {sign} with a gradual decline in renal function over "
                     f"the last eighteen months. {he.capitalize()} has type 2 diabetes and hypertension and is "
                     f"currently asymptomatic, with no urinary symptoms and no recent NSAID use.")
            para2 = (f"{his.capitalize()} most recent bloods, taken on {_dmy(coll)}, showed a creatinine of "
                     f"{cr:.0f} µmol/L with an eGFR of {eg} mL/min/1.73m², compared with a creatinine of "
                     f"{prev_cr:.0f} µmol/L in the autumn. Haemoglobin was {hb:.0f} g/L. Urine dip was "
                     f"negative for blood. I have stopped {his} ramipril pending your review.")
            exp += [_er("14682-9", "creatinine", cr, "µmol/L"), _er("98979-8", "eGFR", eg, "mL/min/1.73m²"),
                    _er("718-7", "Haemoglobin", hb, "g/L")]
            lst = [("Sodium", "2951-2", "mmol/L", 133, 146, 0, "n"), ("Potassium", "2823-3", "mmol/L", 3.5, 5.3, 1,
                                                                      rng.choice("hn")),
                   ("Urea", "22664-7", "mmol/L", 2.5, 7.8, 1, "h"), ("Bicarbonate", "1963-8", "mmol/L", 22, 29, 0,
                                                                     rng.choice("ln")),
                   ("Albumin", "1751-7", "g/L", 35, 50, 0, "n"), ("Phosphate", "14879-1", "mmol/L", 0.8, 1.5, 2, "n"),
                   ("HbA1c", "59261-8", "mmol/mol", 20, 41, 0, "h")]
        else:
            hb = _val(rng, 115 if female else 130, 165 if female else 180, 0, "l") - rng.randint(8, 18)
            mcv = round(rng.uniform(68, 76), 0)
            fer = round(rng.uniform(4, 11), 0)
            para1 = (f"I would be grateful if you could see this {age}-year-old {sign} with iron deficiency anaemia "
                     f"that has not responded to three months of oral ferrous sulfate. {he.capitalize()} reports "
                     f"fatigue and exertional breathlessness; there is no overt GI blood loss.")
            para2 = (f"Bloods on {_dmy(coll)} showed a haemoglobin of {hb:.0f} g/L (down from {hb + 14:.0f} g/L in "
                     f"January), MCV {mcv:.0f} fL and ferritin {fer:.0f} µg/L. Coeliac serology was negative. "
                     f"{he.capitalize()} has been referred on the two-week-wait pathway for endoscopy.")
            exp += [_er("718-7", "haemoglobin", hb, "g/L"), _er("787-2", "MCV", mcv, "fL"),
                    _er("2276-4", "ferritin", fer, "µg/L")]
            lst = [("White cell count", "6690-2", "x10^9/L", 4.0, 11.0, 1, "n"),
                   ("Platelets", "777-3", "x10^9/L", 150, 400, 0, rng.choice("hn")),
                   ("Serum iron", "14798-3", "µmol/L", 6, 26, 0, "l"),
                   ("Transferrin saturation", "2502-3", "%", 20, 50, 0, "l"),
                   ("Vitamin B12", "2132-9", "ng/L", 197, 771, 0, "n"),
                   ("Folate", "2284-8", "µg/L", 3.9, 26.8, 1, "n"),
                   ("CRP", "1988-5", "mg/L", None, 5, 0, "n")]
        y = pg.box(50, 200, 545, 290, para1, "tiro", 10.5, lh=1.25)
        y = pg.box(50, y + 10, 545, y + 90, para2, "tiro", 10.5, lh=1.25)
        y += 18
        pg.t(50, y, f"Other recent results ({_dmy(coll)}):", "tibo", 10.5)
        y += 15
        for nm, lo_, un, lo, hi, dec, st in lst:
            v = _val(rng, lo, hi, dec, st)
            fl = _flag(lo_, v, un, lo, hi)
            rtxt = f"(<{hi:g})" if lo is None else f"({lo:g}-{hi:g})"
            word = {"H": "high", "L": "low", "HH": "high", "LL": "low"}.get(fl)
            txt = f"-   {nm} {_n(v, dec)} {un} {rtxt}" + (f" ({word})" if word else "")
            pg.t(62, y, txt, "tiro", 10.5)
            exp.append(_er(lo_, nm, v, un, lo, hi, pf=word))
            y += 14
        y += 10
        tail = ("Current medication: metformin 1 g bd, amlodipine 5 mg od, atorvastatin 20 mg on. "
                "No known drug allergies. Many thanks for your help with "
                f"{his} care; please do not hesitate to contact me if you need further information.")
        y = pg.box(50, y, 545, y + 70, tail, "tiro", 10.5, lh=1.25)
        pg.t(50, y + 20, "Yours sincerely,", "tiro", 10.5)
        _scribble(pg, 55, y + 50, rng)
        pg.t(50, y + 70, "Dr R. Okafor, General Practitioner   GMC 7012345", "tiro", 10.5)
        pg.t(50, 810, "cc: patient.  This letter was generated from the practice clinical system; please reply "
                      "via the e-referral service.", "tiro", 7.5)
    else:
        pg.rect(0, 0, 595, 70, c=None, fill=(0.13, 0.3, 0.45))
        pg.t(50, 38, "LAKESHORE FAMILY MEDICINE", "hebo", 15, c=(1, 1, 1))
        pg.t(50, 55, "2200 W Ridge Ave, Suite 140  -  Evanston, IL 60201  -  (847) 555-0163  -  Fax (847) 555-0170",
             "helv", 8, c=(1, 1, 1))
        pg.tr(545, 100, _mdy(d), "helv", 10)
        spec = {"liver": ("Gastroenterology", "Northshore Digestive Health Associates"),
                "thyroid": ("Endocrinology", "Evanston Endocrine & Diabetes Center")}[scenario]
        pg.t(50, 100, f"To: {spec[1]}", "helv", 10)
        pg.t(50, 113, f"RE: Referral - {spec[0]}", "hebo", 10)
        pg.t(50, 126, f"Patient: {first} {last}    DOB: {_mdy(dob)}    Sex: {'Female' if female else 'Male'}",
             "helv", 10)
        pg.t(50, 150, "Dear Colleague,", "helv", 10)
        if scenario == "liver":
            alt = _val(rng, 7, 56, 0, "h") + rng.randint(20, 60)
            para1 = (f"I am referring this {age}-year-old {sign} for evaluation of persistently elevated liver "
                     f"enzymes, first noted eight months ago (ALT 71 U/L at that time). {he.capitalize()} drinks "
                     f"about 10 units of alcohol a week and has a BMI of {rng.randint(31, 36)}. Ultrasound on "
                     f"{_mdy(_minus_days(d, 30))} showed diffuse hepatic steatosis without focal lesions.")
            fib = round(rng.uniform(1.4, 2.4), 2)
            para2 = (f"Hepatitis B surface antigen and hepatitis C antibody were negative. {his.capitalize()} "
                     f"FIB-4 score is {fib:.2f}. Recent labs are listed below.")
            lst = [("ALT", "1742-6", "U/L", 7, 56, 0, None, alt), ("AST", "1920-8", "U/L", 10, 40, 0, "h", None),
                   ("Alkaline phosphatase", "6768-6", "U/L", 44, 147, 0, "n", None),
                   ("GGT", "2324-2", "U/L", 9, 48, 0, "h", None),
                   ("Total bilirubin", "1975-2", "mg/dL", 0.1, 1.2, 1, "n", None),
                   ("Albumin", "1751-7", "g/dL", 3.5, 5.0, 1, "n", None),
                   ("Platelets", "777-3", "K/uL", 150, 400, 0, "n", None),
                   ("INR", "6301-6", None, 0.9, 1.1, 2, "n", None),
                   ("Hemoglobin A1c", "4548-4", "%", 4.0, 5.6, 1, "h", None)]
        else:
            para1 = (f"Thank you for seeing this {age}-year-old {sign} with primary hypothyroidism "
                     f"and rising TSH, with weight gain, cold intolerance and fatigue. There is a family "
                     f"history of Hashimoto thyroiditis in {his} sister.")
            para2 = (f"{his.capitalize()} TSH was 7.9 mIU/L last spring. I started levothyroxine 25 mcg daily "
                     f"two weeks ago. Please see the most recent labs below.")
            lst = [("TSH", "3016-3", "mIU/L", 0.45, 4.5, 2, "h", None), ("Free T4", "3024-7", "ng/dL", 0.82, 1.77,
                                                                         2, "l", None),
                   ("TPO antibodies", "8099-4", "IU/mL", None, 34, 0, "h", None),
                   ("Total cholesterol", "2093-3", "mg/dL", None, 200, 0, "h", None),
                   ("Sodium", "2951-2", "mmol/L", 136, 145, 0, "n", None),
                   ("Creatinine", "2160-0", "mg/dL", 0.57 if female else 0.76, 1.0 if female else 1.27, 2, "n", None),
                   ("Hemoglobin", "718-7", "g/dL", 11.1 if female else 13.0, 15.9 if female else 17.7, 1, "n", None),
                   ("Vitamin B12", "2132-9", "pg/mL", 232, 1245, 0, "n", None)]
        y = pg.box(50, 165, 545, 260, para1, "helv", 10, lh=1.3)
        y = pg.box(50, y + 8, 545, y + 70, para2, "helv", 10, lh=1.3)
        y += 16
        pg.t(50, y, f"Recent labs ({_mdy(coll)}):", "hebo", 10)
        y += 15
        for nm, lc, un, lo, hi, dec, st, fixed in lst:
            v = float(fixed) if fixed is not None else _val(rng, lo, hi, dec, st)
            fl = _flag(lc, v, un, lo, hi)
            rtxt = f"(ref <{hi:g})" if lo is None else f"(ref {lo:g}-{hi:g})"
            word = {"H": "high", "L": "low"}.get(fl)
            txt = f"-  {nm}: {_n(v, dec)}{' ' + un if un else ''} {rtxt}" + (f" ({word})" if word else "")
            pg.t(62, y, txt, "helv", 10)
            exp.append(_er(lc, nm, v, un, lo, hi, pf=word))
            y += 14
        y = pg.box(50, y + 12, 545, y + 80, "Medications: metformin 500 mg twice daily, lisinopril 10 mg daily. "
                   "Allergies: penicillin (rash). Please contact our office with any questions.", "helv", 10, lh=1.3)
        pg.t(50, y + 18, "Sincerely,", "helv", 10)
        _scribble(pg, 55, y + 46, rng)
        pg.t(50, y + 64, "Andrea L. Whitfield, MD  -  Family Medicine  -  NPI 1720394856", "helv", 10)
        pg.t(50, 815, "CONFIDENTIAL: This communication contains protected health information.", "heit", 7.5)
    return _finish(doc, "Referral letter"), exp, ("female" if female else "male"), _iso(coll)


# --------------------------------------------------------------------------------- DK2 discharge summary

def _discharge(name: str, variant: int):
    rng = _rng(name)
    d_out = _date(rng)
    los = rng.randint(5, 11)
    d_in = _minus_days(d_out, los)
    female = rng.random() < 0.5
    age = rng.randint(52, 88)
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(50, 50, "HOSPITAL SANTA CLARA DE RIBEIRÃO", "hebo", 13)
    pg.t(50, 63, "Av. Presidente Vargas, 1840 - Ribeirão Preto/SP - CNES 2081725", "helv", 8)
    pg.tr(545, 50, "RESUMO DE ALTA HOSPITALAR", "hebo", 11)
    pg.ln(50, 70, 545, 70, 1)
    ini = rng.choice(["M.A.S.", "J.C.O.", "A.P.L.", "R.F.M.", "E.S.B.", "L.G.T."])
    pg.t(50, 86, f"Paciente: {ini}   Prontuário: {rng.randint(1000000, 1999999)}   Idade: {age} anos   "
                 f"Sexo: {'Feminino' if female else 'Masculino'}", "helv", 9)
    pg.t(50, 99, f"Internação: {_dmy(d_in)}   Alta: {_dmy(d_out)}   Clínica: Clínica Médica - 4º andar   "
                 f"Leito 412-B", "helv", 9)
    pg.t(50, 119, "Diagnóstico principal:", "hebo", 9.5)
    dx = rng.choice(["Pneumonia adquirida na comunidade (CID J18.9)", "Infecção do trato urinário complicada (CID N39.0)",
                     "Pielonefrite aguda (CID N10)"])
    pg.t(160, 119, dx, "helv", 9.5)
    pg.t(50, 133, "Comorbidades: hipertensão arterial, diabetes mellitus tipo 2, doença renal crônica estágio 3a.",
         "helv", 9)
    y = 152
    pg.t(50, y, "HISTÓRIA E EVOLUÇÃO", "hebo", 9.5)
    evo = ("Paciente admitido(a) pelo pronto-socorro com febre, dispneia e piora do estado geral há 3 dias. "
           "Iniciada antibioticoterapia empírica endovenosa com ceftriaxona e azitromicina, hidratação e controle "
           "glicêmico. Evoluiu com melhora clínica e laboratorial progressiva, afebril há 72 horas, sem "
           "necessidade de oxigênio suplementar. Função renal com melhora após hidratação. Recebe alta "
           "hospitalar em bom estado geral, deambulando, com orientações.")
    y = pg.box(50, y + 6, 545, y + 90, evo, "helv", 9, lh=1.3) + 22
    pg.t(50, y, "EXAMES LABORATORIAIS", "hebo", 9.5)
    y += 8
    hblo, hbhi = (12.0, 15.5) if female else (13.5, 17.5)
    crlo, crhi = (0.50, 0.90) if female else (0.70, 1.20)
    spec = [  # name, loinc, unit, lo, hi, dec, admission state, discharge state, thousands, vr text
        ("Hemoglobina", "718-7", "g/dL", hblo, hbhi, 1, "n", "n", False),
        ("Hematócrito", "4544-3", "%", 35.0 if female else 39.0, 45.0 if female else 50.0, 1, "l", "n", False),
        ("Leucócitos", "6690-2", "/mm³", 4000, 11000, -2, "h", "n", True),
        ("Plaquetas", "777-3", "/mm³", 150000, 450000, -3, "n", rng.choice("hn"), True),
        ("Ureia", "3091-6", "mg/dL", 10, 50, 0, "h", "n", False),
        ("Creatinina", "2160-0", "mg/dL", crlo, crhi, 2, "h", rng.choice("hn"), False),
        ("Sódio", "2951-2", "mEq/L", 136, 145, 0, "l", "n", False),
        ("Potássio", "2823-3", "mEq/L", 3.5, 5.1, 1, "n", rng.choice("ln"), False),
        ("Magnésio", "19123-9", "mg/dL", 1.6, 2.6, 1, "n", "n", False),
        ("Glicose", "2345-7", "mg/dL", 70, 99, 0, "h", "h", False),
        ("Proteína C reativa", "1988-5", "mg/dL", None, 0.5, 1, "h", "h", False),
        ("TGO (AST)", "1920-8", "U/L", None, 40, 0, "n", "n", False),
        ("TGP (ALT)", "1742-6", "U/L", None, 41, 0, "n", "n", False),
    ]
    if variant == 2:
        spec = [s for s in spec if s[0] not in ("Magnésio", "TGO (AST)", "TGP (ALT)", "Hematócrito")]
    rows = []
    for nm, lc, un, lo, hi, dec, sa, sd, th in spec:
        dd = max(dec, 0)
        if lc == "1988-5":
            va, vd = round(rng.uniform(8, 22), 1), round(rng.uniform(0.9, 3.5), 1)
        elif lc == "718-7":
            va = _val(rng, lo + 0.5, hi, 1)
            vd = round(va - rng.uniform(0.6, 2.2), 1)
        else:
            va, vd = _val(rng, lo, hi, dd, sa), _val(rng, lo, hi, dd, sd)
        if dec < 0:
            va, vd = float(round(va, dec)), float(round(vd, dec))
        rows.append((nm, lc, un, lo, hi, dd, va, vd, th))
    # haematocrit consistent with haemoglobin
    rows = [(r[0], r[1], r[2], r[3], r[4], r[5], round(rows[0][6] * 3.0 + rng.uniform(-0.8, 0.8), 1),
             round(rows[0][7] * 3.0 + rng.uniform(-0.8, 0.8), 1), r[8]) if r[1] == "4544-3" else r for r in rows]
    exp = []

    def fmt(v, dec, th):
        return _th(v) if th else _n(v, dec, "pt")

    if variant == 1:
        y += 8
        cols = [50, 190, 285, 370, 440]
        pg.rect(50, y, 545, y + 14, c=None, fill=(0.88, 0.88, 0.88))
        for x, h in zip(cols, ["Exame", f"Admissão ({_dmy(d_in)[:5]})", f"Alta ({_dmy(d_out)[:5]})",
                               "Unidade", "Valor de referência"]):
            pg.t(x + 3, y + 10, h, "hebo", 8.5)
        y += 14
        for nm, lc, un, lo, hi, dec, va, vd, th in rows:
            y += 13
            pg.t(53, y, nm, "helv", 8.5)
            fa, fd = _flag(lc, va, un, lo, hi), _flag(lc, vd, un, lo, hi)
            pg.t(203, y, fmt(va, dec, th) + (" *" if fa != "N" else ""), "helv", 8.5)
            pg.t(303, y, fmt(vd, dec, th) + (" *" if fd != "N" else ""), "hebo", 8.5)
            pg.t(388, y, un, "helv", 8.5)
            vr = (f"até {fmt(hi, dec, th)}" if lo is None else f"{fmt(lo, dec, th)} a {fmt(hi, dec, th)}")
            pg.t(473, y, vr, "helv", 8.5)
            pg.ln(50, y + 3, 545, y + 3, 0.2, c=(0.6, 0.6, 0.6))
            exp.append(_er(lc, nm, vd, un, lo, hi, pf="*" if fd != "N" else None))
        y += 14
        pg.t(50, y, "* valor fora do intervalo de referência. Valores de referência conforme laboratório do hospital.",
             "heit", 7.5)
    else:
        short = {"Hemoglobina": "Hb", "Leucócitos": "leucócitos", "Plaquetas": "plaquetas", "Ureia": "ureia",
                 "Creatinina": "creatinina", "Sódio": "Na", "Potássio": "K", "Glicose": "glicemia",
                 "Proteína C reativa": "PCR"}
        adm = "; ".join(f"{short[r[0]]} {fmt(r[6], r[5], r[8])} {r[2]}" for r in rows
                        if r[0] in ("Hemoglobina", "Leucócitos", "Creatinina", "Proteína C reativa", "Sódio"))
        last = "; ".join(f"{short[r[0]]} {fmt(r[7], r[5], r[8])} {r[2]}" for r in rows)
        txt = (f"Na admissão ({_dmy(d_in)}): {adm}. Hemoculturas (2 amostras) negativas. "
               f"Exames da última coleta, {_dmy(d_out)}: {last}. Urina tipo I sem alterações.")
        y = pg.box(50, y + 6, 545, y + 110, txt, "helv", 9, lh=1.35)
        for nm, lc, un, lo, hi, dec, va, vd, th in rows:
            exp.append(_er(lc, short[nm], vd, un))
    y += 20
    pg.t(50, y, "PRESCRIÇÃO DE ALTA", "hebo", 9.5)
    meds = ["Amoxicilina + clavulanato 875/125 mg, 1 cp VO 12/12 h por mais 4 dias",
            "Losartana 50 mg, 1 cp VO 12/12 h", "Metformina 850 mg, 1 cp VO após almoço e jantar",
            "Dipirona 500 mg, 1 cp VO 6/6 h se dor ou febre"]
    for m in meds:
        y += 12
        pg.t(60, y, "- " + m, "helv", 8.5)
    y += 22
    pg.t(50, y, "ORIENTAÇÕES", "hebo", 9.5)
    y = pg.box(50, y + 5, 545, y + 60, "Retorno ambulatorial em 15 dias com hemograma, ureia, creatinina e "
               "potássio. Procurar o pronto-socorro em caso de febre persistente, falta de ar ou "
               "redução do volume urinário.", "helv", 8.5, lh=1.3)
    _scribble(pg, 380, y + 40, rng)
    pg.t(360, y + 55, "Dra. Helena Vasconcellos Prado", "helv", 8.5)
    pg.t(360, y + 66, "Médica assistente - CRM-SP 118.452", "helv", 8)
    pg.t(50, 815, f"Documento emitido eletronicamente em {_dmy(d_out)} - Página 1 de 1", "helv", 7)
    return (_finish(doc, "Resumo de alta"), exp, "female" if female else "male", _iso(d_out))


# ------------------------------------------------------------------------------------ DK3 ICU flowsheet

def _flowsheet(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    female = rng.random() < 0.45
    age = rng.randint(38, 84)
    doc = fitz.open()
    pg = _Pg(doc, 792, 612)
    venous = variant == 2
    times = []
    base_h = rng.randint(16, 19)
    prev = _minus_days(d, 1)
    for i, hh in enumerate([base_h, base_h + 6, (base_h + 12) % 24, (base_h + 18) % 24]):
        day = prev if (i < 2 or (i == 2 and base_h + 12 < 24)) else d
        times.append((day, hh, rng.randint(0, 59)))
    if times[3][0] != d:
        times[3] = (d, times[3][1], times[3][2])
    pg.rect(0, 0, 792, 40, c=None, fill=(0.85, 0.9, 0.95))
    pg.t(30, 18, "MERCY RIDGE MEDICAL CENTER", "hebo", 11)
    pg.t(30, 31, "Intensive Care Unit - Results Flowsheet (Lab)", "helv", 9)
    ini = rng.choice(["DOE, JOHN M", "HALVORSEN, KARL", "OKORO, GRACE", "MENDEZ, ROSA I", "PRICE, ALLAN"])
    pg.tr(762, 18, f"{ini}   MRN {rng.randint(10000000, 99999999)}", "hebo", 9)
    pg.tr(762, 31, f"{age} y / {'F' if female else 'M'}   ICU Bed {rng.randint(1, 24)}   "
                   f"Attending: Sato, Kenji MD", "helv", 8.5)
    x_comp, x_ref, x_unit = 30, 205, 290
    xs = [360, 460, 560, 660]
    y = 64
    pg.t(x_comp, y, "Component", "hebo", 8.5)
    pg.t(x_ref, y, "Ref Range", "hebo", 8.5)
    pg.t(x_unit, y, "Units", "hebo", 8.5)
    for x, (dd, hh, mm) in zip(xs, times):
        pg.t(x, y - 9, f"{dd[1]:02d}/{dd[2]:02d}/{str(dd[0])[2:]}", "hebo", 8.5)
        pg.t(x, y, f"{hh:02d}{mm:02d}", "hebo", 8.5)
    pg.ln(30, y + 4, 762, y + 4, 0.8)
    # clinical trajectory (improving): newest column index 3
    hco3_n = rng.uniform(18, 25) if not venous else rng.uniform(20, 27)
    pco2_n = rng.uniform(32, 44) if not venous else rng.uniform(40, 52)
    cols_hco3 = [hco3_n - (3 - i) * rng.uniform(1.0, 2.2) for i in range(4)]
    cols_pco2 = [pco2_n - (3 - i) * rng.uniform(0.5, 1.5) for i in range(4)]
    groups = []
    gas = "Venous" if venous else "Arterial"
    gas_rows = []
    ph_vals = [round(6.1 + math.log10(h / (0.0307 * p)), 2) for h, p in zip(cols_hco3, cols_pco2)]
    be_vals = [round(0.93 * (h - 24.4 + 14.8 * (ph - 7.4)), 1) for h, ph in zip(cols_hco3, ph_vals)]
    if venous:
        gas_rows += [("pH, Venous", "2746-6", None, 7.31, 7.41, 2, ph_vals),
                     ("pCO2, Venous", "2021-4", "mmHg", 41, 51, 0, [round(v) for v in cols_pco2]),
                     ("pO2, Venous", "2705-2", "mmHg", 30, 50, 0, [round(rng.uniform(32, 46)) for _ in range(4)]),
                     ("HCO3, Venous", "14627-4", "mmol/L", 23, 29, 1, [round(v, 1) for v in cols_hco3]),
                     ("Base Excess, Venous", "1927-3", "mmol/L", -2, 3, 1, be_vals),
                     ("O2 Sat, Venous", "2711-0", "%", 60, 80, 0, [round(rng.uniform(62, 78)) for _ in range(4)]),
                     ("Lactate, Venous", "2519-7", "mmol/L", 0.5, 2.2, 1,
                      [round(rng.uniform(1.0, 2.0) + (3 - i) * rng.uniform(0.5, 1.2), 1) for i in range(4)])]
    else:
        gas_rows += [("pH, Arterial", "2744-1", None, 7.35, 7.45, 2, ph_vals),
                     ("pCO2, Arterial", "2019-8", "mmHg", 35, 45, 0, [round(v) for v in cols_pco2]),
                     ("pO2, Arterial", "2703-7", "mmHg", 80, 100, 0, [round(rng.uniform(70, 118)) for _ in range(4)]),
                     ("HCO3, Arterial", "1960-4", "mmol/L", 22, 26, 1, [round(v, 1) for v in cols_hco3]),
                     ("Base Excess, Arterial", "1925-7", "mmol/L", -2, 2, 1, be_vals),
                     ("O2 Sat, Arterial (measured)", "2708-6", "%", 95, 99, 0,
                      [round(rng.uniform(93.5, 98.4)) for _ in range(4)]),
                     ("Lactate, Arterial", "2518-9", "mmol/L", 0.5, 2.0, 1,
                      [round(rng.uniform(0.9, 2.6) + (3 - i) * rng.uniform(0.4, 1.0), 1) for i in range(4)])]
    fio2 = [rng.choice([40, 35, 30]) for _ in range(4)]
    groups.append((f"BLOOD GAS, {gas.upper()} (POC analyzer)", gas_rows, ("FiO2", "%", fio2)))

    def trend(lo, hi, dec, st, drift):
        last = _val(rng, lo, hi, dec, st)
        return [round(last + (3 - i) * drift * rng.uniform(0.6, 1.4), dec) for i in range(3)] + [last]

    k_st = rng.choice(["n", "n", "h", "l"])
    wb = [("Sodium, Whole Blood", "2947-0", "mmol/L", 136, 145, 0, trend(136, 145, 0, "n", -1.0)),
          ("Potassium, Whole Blood", "6298-4", "mmol/L", 3.5, 5.1, 1, trend(3.5, 5.1, 1, k_st, 0.3)),
          ("Ionized Calcium, Whole Blood", "1994-3", "mmol/L", 1.12, 1.32, 2, trend(1.12, 1.32, 2, "n", -0.02)),
          ("Glucose, Whole Blood", "2339-0", "mg/dL", 70, 99, 0, trend(70, 99, 0, "h", 25))]
    groups.append(("CO-OXIMETRY / ELECTROLYTES (POC)", wb, None))
    crlo, crhi = (0.57, 1.00) if female else (0.74, 1.35)
    chem = [("BUN", "3094-0", "mg/dL", 7, 20, 0, trend(7, 20, 0, "h", 2)),
            ("Creatinine", "2160-0", "mg/dL", crlo, crhi, 2, trend(crlo, crhi, 2, rng.choice("nh"), 0.12)),
            ("Chloride", "2075-0", "mmol/L", 98, 107, 0, trend(98, 107, 0, rng.choice("nh"), 1)),
            ("Magnesium", "19123-9", "mg/dL", 1.6, 2.6, 1, trend(1.6, 2.6, 1, rng.choice("nl"), 0)),
            ("Phosphorus", "2777-1", "mg/dL", 2.5, 4.5, 1, trend(2.5, 4.5, 1, rng.choice("nl"), -0.2))]
    if variant == 1:
        chem.append(("Troponin I, high sensitivity", "89579-7", "ng/L", None, 34, 0, trend(None, 34, 0, "h", 8)))
    groups.append(("CHEMISTRY (serum)", chem, None))
    heme = [("WBC", "6690-2", "K/uL", 4.0, 11.0, 1, trend(4.0, 11.0, 1, "h", 1.1)),
            ("Hemoglobin", "718-7", "g/dL", 12.0 if female else 13.5, 16.0 if female else 17.5, 1,
             trend(12.0 if female else 13.5, 16.0 if female else 17.5, 1, "l", 0.2)),
            ("Platelets", "777-3", "K/uL", 150, 400, 0, trend(150, 400, 0, rng.choice("nl"), 6)),
            ("INR", "6301-6", None, 0.9, 1.1, 2, trend(0.9, 1.1, 2, rng.choice("nh"), 0.03)),
            ("aPTT", "3173-5", "sec", 25.0, 35.0, 1, trend(25.0, 35.0, 1, "n", 0.8))]
    groups.append(("HEMATOLOGY / COAGULATION", heme, None))
    exp = []
    for title, rows, extra in groups:
        y += 15
        pg.rect(30, y - 9, 762, y + 3, c=None, fill=(0.93, 0.93, 0.93))
        pg.t(32, y, title, "hebo", 8)
        allrows = list(rows)
        if extra:
            allrows.append((extra[0], None, extra[1], None, None, 0, extra[2]))
        for nm, lc, un, lo, hi, dec, vals in allrows:
            y += 12.5
            pg.t(x_comp + 6, y, nm, "helv", 8)
            if lc is not None:
                ref = f"<{hi:g}" if lo is None else f"{_n(lo, dec)} - {_n(hi, dec)}"
                pg.t(x_ref, y, ref, "helv", 8)
            pg.t(x_unit, y, un or "", "helv", 8)
            for i, (x, v) in enumerate(zip(xs, vals)):
                fl = _flag(lc, v, un, lo, hi) if lc else "N"
                s = _n(v, dec) + ("" if fl == "N" else f" {fl}")
                pg.t(x, y, s, "hebo" if (fl != "N" and i == 3) else "helv", 8,
                     c=(0.75, 0, 0) if fl != "N" else (0, 0, 0))
            pg.ln(30, y + 3, 762, y + 3, 0.15, c=(0.7, 0.7, 0.7))
            if lc is not None:
                v = float(vals[3])
                fl = _flag(lc, v, un, lo, hi)
                exp.append(_er(lc, nm, v, un, lo, hi, pf=None if fl == "N" else fl))
    y += 18
    pg.t(30, y, "H = High   L = Low   HH/LL = Critical (called to RN per policy).  Blood gas values reported at "
                "37.0 C; temperature-corrected values available in the analyzer record.", "helv", 7)
    pg.t(30, 595, f"Printed {_mdy(d)} {times[3][1]:02d}:{(times[3][2] + 23) % 60:02d} by RN L. Ferreira   "
                  "Confidential patient information", "helv", 7)
    pg.tr(762, 595, "Page 1 of 1", "helv", 7)
    return _finish(doc, "Flowsheet"), exp, "female" if female else "male", _iso(d)


# -------------------------------------------------------------------------------- DK4 clinic note

def _clinic_note(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    coll = _minus_days(d, rng.randint(3, 14))
    female = rng.random() < 0.55
    age = rng.randint(49, 80)
    doc = fitz.open()
    pg = _Pg(doc)
    exp = []
    crlo, crhi = 0.6, 1.1
    cr = _val(rng, crlo, crhi, 2 if variant == 2 else 1, rng.choice("nnh"))
    eg = _egfr(cr, age, female)
    hb = _val(rng, 12.0 if female else 13.0, 15.5 if female else 17.0, 1, rng.choice("nnl"))
    tc, hdl = rng.randint(150, 230), rng.randint(38, 68)
    tg = rng.randint(90, 240)
    ldl = round(tc - hdl - tg / 5)
    a1c = round(rng.uniform(6.4, 8.6), 1)
    k = _val(rng, 3.5, 5.1, 1, "n")
    na = _val(rng, 136, 145, 0, "n")
    ur = _val(rng, 15, 50, 0, "n")
    if variant == 1:  # pt-PT
        pg.t(50, 52, "ULS VALE DO SORRAIA", "hebo", 12)
        pg.t(50, 64, "Hospital Distrital de Coruche - Consulta Externa de Medicina Interna", "helv", 8.5)
        pg.tr(545, 52, "Registo de Consulta", "helv", 9)
        pg.ln(50, 71, 545, 71, 0.8)
        ini = rng.choice(["M.F.R.", "A.C.S.", "J.M.P.", "T.L.G."])
        pg.t(50, 88, f"Utente: {ini}    N.º SNS: {rng.randint(100000000, 299999999)}    Idade: {age} anos    "
                     f"Sexo: {'F' if female else 'M'}", "helv", 9)
        pg.t(50, 101, f"Data: {_dmy(d)}    Médico: Dr. Rui Barreiros    Tipo: Consulta subsequente", "helv", 9)
        items = [("Hb", "718-7", hb, 1, "g/dL" if rng.random() < 0.5 else None),
                 ("Leuc", "6690-2", _val(rng, 4.0, 10.0, 1), 1, None),
                 ("Plaq", "777-3", _val(rng, 150, 400, 0), 0, None),
                 ("Cr", "2160-0", cr, 1, None), ("TFG", "98979-8", float(eg), 0, None),
                 ("Ureia", "3091-6", ur, 0, None), ("Na", "2951-2", na, 0, None), ("K", "2823-3", k, 1, None),
                 ("HbA1c", "4548-4", a1c, 1, "%"), ("CT", "2093-3", float(tc), 0, None),
                 ("HDL", "2085-9", float(hdl), 0, None), ("TG", "2571-8", float(tg), 0, None),
                 ("LDL", "13457-7", float(ldl), 0, None)]
        if rng.random() < 0.6:
            items.append(("TSH", "3016-3", _val(rng, 0.4, 4.0, 2), 2, None))
        line = "; ".join(f"{n} {_n(v, dc, 'pt')}{'' if u is None or u == '%' else ' '}{u or ''}"
                         for n, lc, v, dc, u in items)
        body = [("Motivo", "Seguimento de diabetes mellitus tipo 2 e hipertensão arterial."),
                ("Antecedentes", "DM2 desde 2012, HTA, dislipidemia, esteatose hepática. Ex-fumador (20 UMA)."),
                ("Medicação", "Metformina + sitagliptina 1000/50 mg 2id; perindopril 5 mg id; "
                              "rosuvastatina 10 mg id; AAS 100 mg id."),
                ("Anamnese", "Refere cumprir a terapêutica. Sem hipoglicemias. Nega dor torácica, dispneia ou "
                             "edemas. Caminha 30 min/dia."),
                ("Exames", f"({_dmy(coll)}) {line}."),
                ("Exames anteriores", f"(10/2023) HbA1c {_n(a1c + 0.6, 1, 'pt')}%; Cr {_n(cr - 0.1, 1, 'pt')}."),
                ("Exame objetivo", f"PA {rng.randint(124, 148)}/{rng.randint(70, 88)} mmHg, FC {rng.randint(62, 84)} "
                                   f"bpm, peso {rng.randint(62, 96)} kg. AC: S1 e S2 rítmicos, sem sopros. "
                                   "AP: MV mantido. Sem edemas."),
                ("Avaliação/Plano", "Controlo glicémico aquém do alvo; ajusto terapêutica. Repetir análises "
                                    "(hemograma, bioquímica, HbA1c, microalbuminúria) em 3 meses. Próxima "
                                    "consulta em 4 meses.")]
        y = 124
        for h, txt in body:
            pg.t(50, y, h + ":", "hebo", 9.5)
            y = pg.box(150, y - 9.5, 545, y + 120, txt, "helv", 9.5, lh=1.3) + 14
        for n, lc, v, dc, u in items:
            exp.append(_er(lc, n, v, u))
        _scribble(pg, 400, y + 30, rng)
        pg.t(380, y + 48, "Rui Barreiros - Médico Assistente", "helv", 8.5)
        pg.t(380, y + 59, "Cédula Profissional n.º 45 781", "helv", 8.5)
        pg.t(50, 815, "SClínico - Registo clínico eletrónico | Impresso em " + _dmy(d), "helv", 7)
    else:  # pt-BR ambulatory note, values separated by " / "
        pg.t(50, 52, "AMBULATÓRIO DE NEFROLOGIA - CENTRO DE ESPECIALIDADES JARDIM AMÉRICA", "hebo", 10.5)
        pg.t(50, 64, "Prefeitura Municipal de Goiânia - Secretaria Municipal de Saúde", "helv", 8)
        pg.ln(50, 71, 545, 71, 0.8)
        ini = rng.choice(["C.R.S.", "V.L.A.", "F.M.N.", "G.P.C."])
        pg.t(50, 88, f"Paciente: {ini}   Idade: {age}a   Sexo: {'fem' if female else 'masc'}   "
                     f"Cartão SUS: 7{rng.randint(10**13, 10**14 - 1)}", "helv", 9)
        pg.t(50, 101, f"Evolução ambulatorial - {_dmy(d)}", "hebo", 9)
        k = _val(rng, 3.5, 5.1, 1, "n")
        wbc = float(round(_val(rng, 4000, 11000, 0), -2))
        plt = float(round(_val(rng, 150000, 450000, 0), -3))
        items = [("Hb", "718-7", hb, 1, None, False), ("Ht", "4544-3", round(hb * 3 + rng.uniform(-1, 1)), 0,
                                                      None, False),
                 ("Leuco", "6690-2", wbc, 0, None, True), ("Plaq", "777-3", plt, 0, None, True),
                 ("Cr", "2160-0", cr, 2, None, False), ("Ur", "3091-6", ur, 0, None, False),
                 ("K", "2823-3", k, 1, None, False), ("Na", "2951-2", na, 0, None, False),
                 ("Ca", "17861-6", _val(rng, 8.6, 10.3, 1), 1, None, False),
                 ("P", "2777-1", _val(rng, 2.5, 4.5, 1), 1, None, False),
                 ("Glicemia", "2345-7", float(rng.randint(92, 160)), 0, None, False),
                 ("HbA1c", "4548-4", a1c, 1, "%", False),
                 ("TFGe (CKD-EPI)", "98979-8", float(eg), 0, "mL/min/1,73m²", False)]
        line = " / ".join(f"{n} {_th(v) if th else _n(v, dc, 'pt')}{'' if u is None or u == '%' else ' '}{u or ''}"
                          for n, lc, v, dc, u, th in items)
        body = [("S:", "Comparece para reavaliação. Nega edema, dispneia ou alteração urinária. Em uso regular "
                       "de losartana 50 mg 12/12h, anlodipino 5 mg/dia e insulina NPH 20 UI pela manhã."),
                ("O:", f"BEG, corado, hidratado. PA {rng.randint(128, 152)}x{rng.randint(76, 92)} mmHg. "
                       f"Peso {rng.randint(60, 98)} kg. Sem edema de MMII."),
                ("Labs", f"{_dmy(coll)}: {line}"),
                ("A:", "DRC estágio conforme TFG, estável. DM2 com controle razoável."),
                ("P:", "Manter medicações. Solicito EAS, relação albumina/creatinina urinária e novo "
                       "perfil em 3 meses. Retorno com exames.")]
        y = 124
        for h, txt in body:
            pg.t(50, y, h, "hebo", 9.5)
            y = pg.box(90, y - 9.5, 545, y + 120, txt, "helv", 9.5, lh=1.3) + 14
        for n, lc, v, dc, u, th in items:
            exp.append(_er(lc, n, float(v), u))
        _scribble(pg, 380, y + 30, rng)
        pg.t(360, y + 50, "Dr. Caio Henrique Lobato - CRM-GO 14.920", "helv", 8.5)
        pg.t(50, 815, "Prontuário eletrônico - e-SUS APS", "helv", 7)
    return _finish(doc, "Nota de consulta"), exp, "female" if female else "male", _iso(coll)


# ---------------------------------------------------------------------------------- DK5 CSV / spreadsheet

def _csv_export(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    female = rng.random() < 0.5
    age = rng.randint(30, 79)
    dob = (d[0] - age - 1, rng.randint(d[1] + 1, 12), rng.randint(1, 28)) if d[1] < 12 else (d[0] - age - 1, 12, 31)
    doc = fitz.open()
    exp = []
    if variant == 1:
        pg = _Pg(doc, 842, 595)
        crlo, crhi = (0.57, 1.00) if female else (0.76, 1.27)
        cr = _val(rng, crlo, crhi, 2, rng.choice("nnh"))
        eg = _egfr(cr, age, female)
        wbc = _val(rng, 3.4, 10.8, 1, rng.choice("nnh"))
        neut_p = round(rng.uniform(48, 74))
        lym_p = round(rng.uniform(16, 100 - neut_p - 6))
        rows = [("CBC", "WBC", wbc, 1, "x10E3/uL", 3.4, 10.8, "6690-2"),
                ("CBC", "RBC", _val(rng, 3.77 if female else 4.14, 5.28 if female else 5.80, 2), 2, "x10E6/uL",
                 3.77 if female else 4.14, 5.28 if female else 5.80, "789-8"),
                ("CBC", "Hemoglobin", _val(rng, 11.1 if female else 13.0, 15.9 if female else 17.7, 1,
                                           rng.choice("nl")), 1, "g/dL", 11.1 if female else 13.0,
                 15.9 if female else 17.7, "718-7"),
                ("CBC", "Platelets", _val(rng, 150, 450, 0), 0, "x10E3/uL", 150, 450, "777-3"),
                ("CBC", "Neutrophils", float(neut_p), 0, "%", None, None, "770-8"),
                ("CBC", "Lymphs", float(lym_p), 0, "%", None, None, "736-9"),
                ("CBC", "Neutrophils (Absolute)", round(wbc * neut_p / 100, 1), 1, "x10E3/uL", 1.4, 7.0, "751-8"),
                ("CBC", "Lymphs (Absolute)", round(wbc * lym_p / 100, 1), 1, "x10E3/uL", 0.7, 3.1, "731-0"),
                ("CMP14", "Glucose", _val(rng, 70, 99, 0, rng.choice("nh")), 0, "mg/dL", 70, 99, "2345-7"),
                ("CMP14", "BUN", _val(rng, 6, 24, 0), 0, "mg/dL", 6, 24, "3094-0"),
                ("CMP14", "Creatinine", cr, 2, "mg/dL", crlo, crhi, "2160-0"),
                ("CMP14", "eGFR", float(eg), 0, "mL/min/1.73", 59, None, "98979-8"),
                ("CMP14", "Sodium", _val(rng, 134, 144, 0), 0, "mmol/L", 134, 144, "2951-2"),
                ("CMP14", "Potassium", _val(rng, 3.5, 5.2, 1, rng.choice("nnh")), 1, "mmol/L", 3.5, 5.2, "2823-3"),
                ("CMP14", "Chloride", _val(rng, 96, 106, 0), 0, "mmol/L", 96, 106, "2075-0"),
                ("CMP14", "Carbon Dioxide, Total", _val(rng, 20, 29, 0), 0, "mmol/L", 20, 29, "2028-9"),
                ("CMP14", "Calcium", _val(rng, 8.7, 10.2, 1), 1, "mg/dL", 8.7, 10.2, "17861-6"),
                ("CMP14", "Protein, Total", _val(rng, 6.0, 8.5, 1), 1, "g/dL", 6.0, 8.5, "2885-2"),
                ("CMP14", "Albumin", _val(rng, 3.8, 4.9, 1), 1, "g/dL", 3.8, 4.9, "1751-7"),
                ("CMP14", "Bilirubin, Total", _val(rng, 0.0, 1.2, 1), 1, "mg/dL", 0.0, 1.2, "1975-2"),
                ("CMP14", "Alkaline Phosphatase", _val(rng, 44, 121, 0), 0, "IU/L", 44, 121, "6768-6"),
                ("CMP14", "AST (SGOT)", _val(rng, 0, 40, 0, rng.choice("nh")), 0, "IU/L", 0, 40, "1920-8"),
                ("CMP14", "ALT (SGPT)", _val(rng, 0, 44, 0, rng.choice("nh")), 0, "IU/L", 0, 44, "1742-6"),
                ("LIPID", "Cholesterol, Total", float(rng.randint(150, 250)), 0, "mg/dL", 100, 199, "2093-3"),
                ("LIPID", "Triglycerides", float(rng.randint(70, 220)), 0, "mg/dL", 0, 149, "2571-8"),
                ("LIPID", "HDL Cholesterol", float(rng.randint(36, 72)), 0, "mg/dL", 39, None, "2085-9"),
                ("A1C", "Hemoglobin A1c", _val(rng, 4.8, 5.6, 1, rng.choice("nh")), 1, "%", 4.8, 5.6, "4548-4"),
                ("TSH", "TSH", _val(rng, 0.45, 4.5, 3), 3, "uIU/mL", 0.45, 4.5, "3016-3")]
        # LDL (NIH equation is lab-specific; this export prints the Friedewald value as LDL Chol Calc)
        tc, tg, hdl = rows[23][2], rows[24][2], rows[25][2]
        ldl = float(round(tc - hdl - tg / 5))
        rows.insert(26, ("LIPID", "LDL Chol Calc", ldl, 0, "mg/dL", 0, 99, "13457-7"))
        pid = rng.randint(1000000, 9999999)
        acc = f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}-{rng.randint(1000, 9999)}"
        hdr = "PatientID,Sex,DOB,Accession,Collected,Panel,Test,Result,Units,RefRange,Flag,Status"
        lines = [hdr]
        coll = f"{_iso(d)} {rng.randint(7, 10):02d}:{rng.randint(0, 59):02d}"
        for panel, test, v, dec, un, lo, hi, lc in rows:
            if lo is None and hi is None:
                ref = ""
            elif hi is None:
                ref = f">{lo:g}"
            elif lo is None:
                ref = f"<{hi:g}"
            else:
                ref = f"{_n(lo, dec)}-{_n(hi, dec)}"
            fl = _flag(lc, v, un, lo, hi)
            pf = {"N": "", "H": "H", "L": "L", "HH": "HH", "LL": "LL"}[fl]
            tq = f'"{test}"' if "," in test else test
            lines.append(f"{pid},{'F' if female else 'M'},{_iso(dob)},{acc},{coll},{panel},{tq},{_n(v, dec)},{un},"
                         f"{ref},{pf},Final")
            exp.append(_er(lc, test, v, un, lo, hi, pf=pf or None))
        pg.t(30, 22, f"lab_results_{pid}_{_iso(d).replace('-', '')}.csv", "helv", 8)
        pg.tr(812, 22, "Page 1", "helv", 8)
        y = 44
        for ln_ in lines:
            pg.t(30, y, ln_, "cour", 7.6)
            y += 10.6
    else:
        pg = _Pg(doc, 595, 842)
        hblo, hbhi = (115, 165) if female else (130, 180)
        crlo, crhi = (45, 84) if female else (59, 104)
        cr = _val(rng, crlo, crhi, 0, rng.choice("nnh"))
        eg = _egfr(cr / 88.4, age, female)
        rows = [("Haemoglobin", "718-7", _val(rng, hblo, hbhi, 0, rng.choice("nnl")), 0, "g/L", hblo, hbhi),
                ("White cell count", "6690-2", _val(rng, 4.0, 11.0, 1), 1, "x10^9/L", 4.0, 11.0),
                ("Platelets", "777-3", _val(rng, 150, 400, 0), 0, "x10^9/L", 150, 400),
                ("Neutrophils", "751-8", _val(rng, 2.0, 7.5, 1), 1, "x10^9/L", 2.0, 7.5),
                ("Sodium", "2951-2", _val(rng, 133, 146, 0), 0, "mmol/L", 133, 146),
                ("Potassium", "2823-3", _val(rng, 3.5, 5.3, 1, rng.choice("nnh")), 1, "mmol/L", 3.5, 5.3),
                ("Urea", "22664-7", _val(rng, 2.5, 7.8, 1), 1, "mmol/L", 2.5, 7.8),
                ("Creatinine", "14682-9", cr, 0, "umol/L", crlo, crhi),
                ("eGFR", "98979-8", float(eg), 0, "mL/min/1.73m2", 90, None),
                ("Bilirubin", "14631-6", _val(rng, None, 21, 0), 0, "umol/L", None, 21),
                ("ALT", "1742-6", _val(rng, None, 41, 0, rng.choice("nh")), 0, "U/L", None, 41),
                ("ALP", "6768-6", _val(rng, 30, 130, 0), 0, "U/L", 30, 130),
                ("Albumin", "1751-7", _val(rng, 35, 50, 0), 0, "g/L", 35, 50),
                ("CRP", "1988-5", _val(rng, None, 5, 0, rng.choice("nh")), 0, "mg/L", None, 5),
                ("HbA1c (IFCC)", "59261-8", _val(rng, 20, 41, 0, rng.choice("nh")), 0, "mmol/mol", 20, 41),
                ("Ferritin", "2276-4", _val(rng, 30, 400, 0), 0, "ug/L", 30, 400),
                ("TSH", "3016-3", _val(rng, 0.27, 4.2, 2), 2, "mU/L", 0.27, 4.2),
                ("Free T4", "14920-3", _val(rng, 12, 22, 1), 1, "pmol/L", 12, 22)]
        if eg > 90:
            rows[8] = ("eGFR", "98979-8", 90.0, 0, "mL/min/1.73m2", 90, None)
        heads = ["Sample date", "Test", "Result", "Units", "Ref low", "Ref high", "Flag"]
        cw = [68, 112, 52, 84, 52, 52, 36]
        x0, y = 40, 50
        pg.t(40, 30, f"results_export_{_iso(d)}.xlsx  -  Sheet1", "helv", 7.5, c=(0.4, 0.4, 0.4))
        rowh = 15

        def rowdraw(cells, bold=False, fill=None):
            nonlocal y
            x = x0
            if fill:
                pg.rect(x0, y, x0 + sum(cw), y + rowh, c=None, fill=fill)
            for c, w, i in zip(cells, cw, range(7)):
                pg.rect(x, y, x + w, y + rowh, c=(0.55, 0.55, 0.55), w=0.4)
                if i in (2, 4, 5):
                    pg.tr(x + w - 3, y + 10.5, c, "hebo" if bold else "helv", 8)
                else:
                    pg.t(x + 3, y + 10.5, c, "hebo" if bold else "helv", 8)
                x += w
            y += rowh

        for lab, val in (("NHS number", f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"),
                         ("Sex", "Female" if female else "Male"), ("Date of birth", _dmy(dob))):
            pg.rect(x0, y, x0 + sum(cw), y + rowh, c=(0.55, 0.55, 0.55), w=0.4)
            pg.t(x0 + 3, y + 10.5, lab, "hebo", 8)
            pg.t(x0 + cw[0] + 3, y + 10.5, val, "helv", 8)
            y += rowh
        y += rowh
        rowdraw(heads, True, (0.85, 0.9, 0.85))
        for nm, lc, v, dec, un, lo, hi in rows:
            fl = _flag(lc, v, un, lo, hi)
            comp = ">" if (lc == "98979-8" and v == 90.0 and eg > 90) else None
            vs = ">90" if comp else _n(v, dec)
            pf = fl if fl != "N" else ""
            rowdraw([_dmy(d), nm, vs, un, "" if lo is None else f"{lo:g}", "" if hi is None else f"{hi:g}", pf])
            exp.append(_er(lc, nm, v, un, lo, hi, pf=pf or None, comp=comp))
        pg.t(40, 815, "Exported from practice clinical system (one row per result).  Page 1", "helv", 7)
    sex = "female" if female else "male"
    return _finish(doc, "results export"), exp, sex, _iso(d)


# ---------------------------------------------------------------------------------- DK6 patient app cards

def _app_cards(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    female = variant == 1
    age = rng.randint(28, 64)
    doc = fitz.open()
    ph = 108 + 136 * ((12 if variant == 1 else 10) + 1) // 2 + 90
    pg = _Pg(doc, 420, ph)
    teal = (0.0, 0.55, 0.55)
    pg.rect(0, 0, 420, ph, c=None, fill=(0.96, 0.97, 0.98))
    pg.rect(0, 0, 420, 92, c=None, fill=teal)
    pg.t(24, 34, "Vivamed", "djb", 18, c=(1, 1, 1))
    pg.t(24, 54, f"Olá, {'Mariana' if female else 'Rodrigo'}!  Seu resumo de saúde", "dj", 10, c=(1, 1, 1))
    pg.t(24, 72, f"{'Feminino' if female else 'Masculino'} · {age} anos · Exames de {_dmy(d)} · "
                 "Laboratório Bioanálise", "dj", 8, c=(1, 1, 1))
    hblo, hbhi = (12.0, 15.5) if female else (13.5, 17.5)
    cards = [("Glicose", "2345-7", "mg/dL", 70, 99, 0, rng.choice("nh"), "bar"),
             ("Hemoglobina glicada", "4548-4", "%", 4.0, 5.6, 1, rng.choice("nh"), "bar"),
             ("Colesterol total", "2093-3", "mg/dL", None, 190, 0, rng.choice("nh"), "text"),
             ("HDL-colesterol", "2085-9", "mg/dL", 40, None, 0, "n", "text"),
             ("Triglicerídeos", "2571-8", "mg/dL", None, 150, 0, rng.choice("nh"), "text"),
             ("Hemoglobina", "718-7", "g/dL", hblo, hbhi, 1, "n", "bar"),
             ("Leucócitos", "6690-2", "/µL", 4000, 11000, 0, "n", "bar"),
             ("Creatinina", "2160-0", "mg/dL", 0.5 if female else 0.7, 0.9 if female else 1.2, 2, "n", "bar"),
             ("TSH", "3016-3", "µUI/mL", 0.45, 4.5, 2, rng.choice("nl"), "bar"),
             ("Vitamina B12", "2132-9", "pg/mL", 197, 771, 0, rng.choice("nl"), "bar"),
             ("Ferritina", "2276-4", "ng/mL", 15 if female else 30, 150 if female else 400, 0, "n", "bar"),
             ("TGP (ALT)", "1742-6", "U/L", None, 41, 0, rng.choice("nh"), "text")]
    if variant == 2:
        cards = cards[:2] + cards[5:] + [("Ácido úrico", "3084-1", "mg/dL", 3.4, 7.0, 1, rng.choice("nh"), "bar")]
    exp = []
    x_cols = [16, 214]
    y = 108
    for i, (nm, lc, un, lo, hi, dec, st, kind) in enumerate(cards):
        x = x_cols[i % 2]
        if i % 2 == 0 and i:
            y += 136
        if lc == "6690-2":
            v = float(round(_val(rng, lo, hi, 0, st), -1))
            vs = _th(v)
        else:
            v = _val(rng, lo, hi, dec, st)
            vs = _n(v, dec, "pt")
        fl = _flag(lc, v, un, lo, hi)
        pg.rect(x, y, x + 190, y + 126, c=(0.85, 0.87, 0.9), fill=(1, 1, 1), w=0.6, radius=0.06)
        pg.t(x + 12, y + 20, nm, "djb", 9.5, c=(0.15, 0.2, 0.25))
        pg.t(x + 12, y + 48, vs, "djb", 20)
        pg.t(x + 16 + pg.tw(vs, "djb", 20), y + 48, un, "dj", 9, c=(0.35, 0.35, 0.35))
        label, col = {"N": ("Dentro da faixa", (0.1, 0.55, 0.3)), "H": ("Alto", (0.85, 0.3, 0.1)),
                      "L": ("Baixo", (0.85, 0.6, 0.05)), "HH": ("Alto", (0.85, 0.3, 0.1)),
                      "LL": ("Baixo", (0.85, 0.6, 0.05))}[fl]
        lw = pg.tw(label, "djb", 7.5) + 14
        pg.rect(x + 12, y + 56, x + 12 + lw, y + 70, c=None, fill=col, radius=0.5)
        pg.t(x + 19, y + 66, label, "djb", 7.5, c=(1, 1, 1))
        if kind == "bar":
            bx0, bx1, by = x + 14, x + 176, y + 80
            seg = (bx1 - bx0) / 4
            pg.rect(bx0, by, bx0 + seg, by + 6, c=None, fill=(0.98, 0.8, 0.55))
            pg.rect(bx0 + seg, by, bx1 - seg, by + 6, c=None, fill=(0.6, 0.85, 0.65))
            pg.rect(bx1 - seg, by, bx1, by + 6, c=None, fill=(0.98, 0.7, 0.6))
            pos = (v - lo) / (hi - lo)
            px = bx0 + seg + max(-0.95, min(1.95, pos)) * (bx1 - bx0 - 2 * seg)
            pg.p.draw_circle((px, by + 3), 5, color=(1, 1, 1), fill=(0.15, 0.2, 0.25), width=1.2)
            lo_s = _th(lo) if lc == "6690-2" else _n(lo, dec, "pt")
            hi_s = _th(hi) if lc == "6690-2" else _n(hi, dec, "pt")
            pg.tc(bx0 + seg, by + 18, lo_s, "dj", 7.5, c=(0.35, 0.35, 0.35))
            pg.tc(bx1 - seg, by + 18, hi_s, "dj", 7.5, c=(0.35, 0.35, 0.35))
        else:
            ref = (f"Referência: inferior a {_n(hi, dec, 'pt')} {un}" if lo is None
                   else f"Referência: superior a {_n(lo, dec, 'pt')} {un}")
            pg.t(x + 14, y + 88, ref, "dj", 7.5, c=(0.35, 0.35, 0.35))
        prev = v * rng.uniform(0.9, 1.1)
        prev_s = _th(round(prev, -1)) if lc == "6690-2" else _n(round(prev, dec), dec, "pt")
        pg.t(x + 14, y + 116, f"Anterior: {prev_s} ({rng.randint(1, 12):02d}/{d[0] - 1})", "dj", 7,
             c=(0.55, 0.55, 0.55))
        exp.append(_er(lc, nm, v, un, lo, hi, pf=None if fl == "N" else label))
    y += 140
    pg.box(20, y, 400, y + 60, "Este resumo não substitui o laudo oficial do laboratório nem a avaliação do seu "
           "médico. Faixas de referência informadas pelo laboratório para seu sexo e idade.", "dj", 7, lh=1.3)
    pg.t(20, ph - 12, "Exportado do app Vivamed · v5.12.0", "dj", 6.5, c=(0.5, 0.5, 0.5))
    return _finish(doc, "Resumo de saúde"), exp, "female" if female else "male", _iso(d)


# ------------------------------------------------------------------------------------- DK7 INR log

def _inr_log(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    female = rng.random() < 0.5
    age = rng.randint(58, 89)
    doc = fitz.open()
    pg = _Pg(doc)
    uk = variant == 1
    lo, hi = (2.0, 3.0) if (uk or rng.random() < 0.3) else (2.5, 3.5)
    if uk:
        pg.t(40, 48, "Riverside Pharmacy - Anticoagulation Service", "hebo", 13)
        pg.t(40, 61, "NHS community pharmacy INR clinic  |  23 Quay Street, Bridgwell BW1 4RT  |  01632 960871",
             "helv", 8)
        indication = rng.choice(["Atrial fibrillation", "Recurrent DVT", "Pulmonary embolism"])
    else:
        pg.t(40, 48, "Cedar Valley Health - Pharmacist Anticoagulation Clinic", "hebo", 13)
        pg.t(40, 61, "Warfarin Management Record  |  410 N Main St, Cedar Valley, IA 50613  |  (319) 555-0198",
             "helv", 8)
        indication = "Mechanical mitral valve" if lo == 2.5 else "Atrial fibrillation"
    pg.ln(40, 68, 555, 68, 1)
    nm = rng.choice(["Mr A. Penrose", "Mrs J. Tulloch", "Mr D. Okonkwo", "Mrs P. Faraday"] if uk else
                    ["Walter Briggs", "Janet Kowalski", "Eugene Park", "Dolores Ruiz"])
    pg.t(40, 84, f"Patient: {nm}    Age: {age}    Sex: {'Female' if female else 'Male'}", "helv", 9)
    pg.t(40, 97, f"Indication: {indication}    Target INR: {(lo + hi) / 2:.1f} (range {lo:.1f}-{hi:.1f})    "
                 "Tablet strengths: 1 mg (brown), 3 mg (blue), 5 mg (pink)", "helv", 9)
    pg.t(40, 110, "Duration: long term    Interacting meds reviewed: yes    Started warfarin: 03/2019", "helv", 9)
    heads = ["Date", "INR", "Dose (mg/day)", "Weekly (mg)", "Next test", "Comments", "By"]
    xs = [40, 110, 150, 235, 300, 370, 530]
    y = 135
    pg.rect(40, y - 11, 555, y + 4, c=None, fill=(0.88, 0.88, 0.92))
    for x, h in zip(xs, heads):
        pg.t(x + 2, y, h, "hebo", 8.5)
    nvis = rng.randint(8, 12)
    dates = []
    cur = d
    for _ in range(nvis):
        dates.append(cur)
        cur = _minus_days(cur, rng.choice([14, 21, 28, 28, 35, 42]))
    dates.reverse()
    last_state = rng.choice(["n", "h", "l", "n"])
    inrs = [round(rng.uniform(lo - 0.4, hi + 0.5), 1) for _ in range(nvis - 1)]
    inrs.append(_val(rng, lo, hi, 1, last_state))
    dose = rng.choice([3.0, 4.0, 5.0])
    comments = ["", "", "missed dose x1", "antibiotics (clarithromycin)", "", "more green veg",
                "", "DOSE CHANGED", "", "no bleeding", ""]
    for i, (dt, inr) in enumerate(zip(dates, inrs)):
        y += 14
        if inr > hi and i < nvis - 1:
            dose -= 0.5
        elif inr < lo and i < nvis - 1:
            dose += 0.5
        s = [_dmy(dt) if uk else _mdy(dt), f"{inr:.1f}", f"{dose:g}", f"{dose * 7:g}",
             _dmy(_minus_days(dt, -28)) if uk else _mdy(_minus_days(dt, -28)), comments[i % len(comments)],
             rng.choice(["KT", "SM", "RP"])]
        if i == nvis - 1:
            s[4] = _dmy(_minus_days(dt, -14)) if uk else _mdy(_minus_days(dt, -14))
            s[5] = "annual review today" if inrs[-1] < lo or inrs[-1] > hi else "annual review; stable"
        for x, c in zip(xs, s):
            pg.t(x + 2, y, c, "helv", 8.5)
        pg.ln(40, y + 3.5, 555, y + 3.5, 0.25, c=(0.6, 0.6, 0.6))
    for x in xs[1:]:
        pg.ln(x, 124, x, y + 3.5, 0.25, c=(0.6, 0.6, 0.6))
    exp = [_er("6301-6", "INR", inrs[-1], None, lo, hi)]
    y += 30
    pg.t(40, y, f"Annual review bloods - taken today ({_dmy(d) if uk else _mdy(d)})", "hebo", 10)
    y += 6
    if uk:
        hblo, hbhi = (115, 165) if female else (130, 180)
        crlo, crhi = (45, 84) if female else (59, 104)
        cr = _val(rng, crlo, crhi, 0, rng.choice("nh"))
        rows = [("Haemoglobin", "718-7", "g/L", hblo, hbhi, 0, rng.choice("nl"), None),
                ("Platelets", "777-3", "x10^9/L", 150, 400, 0, "n", None),
                ("Creatinine", "14682-9", "umol/L", crlo, crhi, 0, None, cr),
                ("eGFR", "98979-8", "mL/min/1.73m2", None, None, 0, None, float(_egfr(cr / 88.4, age, female))),
                ("Sodium", "2951-2", "mmol/L", 133, 146, 0, "n", None),
                ("Potassium", "2823-3", "mmol/L", 3.5, 5.3, 1, "n", None),
                ("ALT", "1742-6", "U/L", None, 41, 0, "n", None),
                ("Bilirubin", "14631-6", "umol/L", None, 21, 0, "n", None),
                ("Albumin", "1751-7", "g/L", 35, 50, 0, "n", None)]
    else:
        hblo, hbhi = (11.1, 15.9) if female else (13.0, 17.7)
        crlo, crhi = (0.57, 1.00) if female else (0.76, 1.27)
        rows = [("Hemoglobin", "718-7", "g/dL", hblo, hbhi, 1, rng.choice("nl"), None),
                ("Hematocrit", "4544-3", "%", 34.0 if female else 37.5, 46.6 if female else 51.0, 1, "n", None),
                ("Platelets", "777-3", "K/uL", 150, 450, 0, "n", None),
                ("Creatinine", "2160-0", "mg/dL", crlo, crhi, 2, rng.choice("nh"), None),
                ("AST", "1920-8", "U/L", 0, 40, 0, "n", None), ("ALT", "1742-6", "U/L", 0, 44, 0, "n", None),
                ("Albumin", "1751-7", "g/dL", 3.8, 4.8, 1, "n", None),
                ("TSH", "3016-3", "uIU/mL", 0.45, 4.5, 2, "n", None)]
    hb_val = None
    for nm_, lc, un, rlo, rhi, dec, st, fixed in rows:
        v = fixed if fixed is not None else _val(rng, rlo, rhi, dec, st)
        if lc == "718-7":
            hb_val = v
        if lc == "4544-3" and hb_val is not None:
            v = round(hb_val * 3 + rng.uniform(-0.6, 0.6), 1)
        y += 13
        fl = _flag(lc, v, un, rlo, rhi)
        ref = "" if (rlo is None and rhi is None) else (f"<{rhi:g}" if rlo is None else f"{rlo:g}-{rhi:g}")
        pg.t(52, y, nm_, "helv", 9)
        pg.t(170, y, _n(v, dec), "hebo" if fl != "N" else "helv", 9)
        pg.t(215, y, "" if fl == "N" else fl, "hebo", 9)
        pg.t(240, y, un, "helv", 9)
        pg.t(330, y, ref, "helv", 9)
        exp.append(_er(lc, nm_, float(v), un, rlo, rhi, pf=None if fl == "N" else fl))
    y += 26
    txt = ("Counselling: bleeding signs, alcohol, diet and interacting medicines discussed; yellow book updated. "
           "INR by near-patient testing in clinic; venous bloods sent to the hospital laboratory.")
    if not uk:
        txt = ("Patient counseled on bleeding precautions, vitamin K intake consistency and drug interactions. "
               "Plan reviewed with patient; next INR as scheduled above.")
    y = pg.box(40, y, 555, y + 60, txt, "helv", 8.5, lh=1.3)
    _scribble(pg, 60, y + 36, rng, 70)
    pg.t(40, y + 52, "Clinical pharmacist: K. Tandon MPharm IP" if uk else "Clinical pharmacist: S. Morales, PharmD, "
         "BCPS", "helv", 8.5)
    pg.t(40, 815, "Anticoagulation record - page 1 of 1", "helv", 7)
    return _finish(doc, "INR record"), exp, "female" if female else "male", _iso(d)


# ----------------------------------------------------------------------------------- DK8 / DK12 dialysis

def _dialysis(name: str, variant: int):
    rng = _rng(name)
    d = (2024, rng.choice([3, 6, 9]), rng.randint(2, 9))
    female = rng.random() < 0.4
    age = rng.randint(34, 79)
    doc = fitz.open()
    pg = _Pg(doc)
    meses = ["", "Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro"]
    abbr = ["", "Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set"]
    pg.t(40, 46, "CLÍNICA DE NEFROLOGIA E DIÁLISE SÃO LUCAS", "hebo", 12)
    pg.t(40, 58, "Rua Cel. Joaquim Távora, 455 - Fortaleza/CE - Responsável técnico: Dr. Otávio Sales - "
                 "CRM-CE 8.341", "helv", 7.5)
    pg.tr(555, 46, "EXAMES MENSAIS - HEMODIÁLISE", "hebo", 10)
    pg.ln(40, 64, 555, 64, 1)
    ini = rng.choice(["J.P.R.", "M.L.C.", "F.A.S.", "R.N.O.", "E.B.M."])
    pg.t(40, 80, f"Paciente: {ini}    Idade: {age} anos    Sexo: {'Feminino' if female else 'Masculino'}    "
                 f"Registro: HD-{rng.randint(100, 999)}", "helv", 9)
    pg.t(40, 93, f"Turno: {rng.choice(['2ª/4ª/6ª', '3ª/5ª/sáb'])} - {rng.randint(1, 3)}º turno    "
                 f"Acesso: {rng.choice(['FAV braquiocefálica E', 'FAV radiocefálica D', 'CDL jugular D'])}    "
                 f"Peso seco: {rng.randint(52, 84)},{rng.randint(0, 9)} kg", "helv", 9)
    pg.t(40, 106, f"Competência: {meses[d[1]]}/{d[0]}    Data da coleta: {_dmy(d)} (pré-diálise, sessão de meio "
                  "de semana)", "helv", 9)
    hblo, hbhi = (12.0, 15.5) if female else (13.5, 17.5)
    rows = [("Hemoglobina", "718-7", "g/dL", hblo, hbhi, 1, "l", False),
            ("Hematócrito", "4544-3", "%", 35.0 if female else 39.0, 45.0 if female else 50.0, 1, "l", False),
            ("Leucócitos", "6690-2", "/mm³", 4000, 11000, 0, "n", True),
            ("Plaquetas", "777-3", "/mm³", 150000, 450000, 0, "n", True),
            ("Ureia", "3091-6", "mg/dL", 10, 50, 0, "h", False),
            ("Creatinina", "2160-0", "mg/dL", 0.5 if female else 0.7, 0.9 if female else 1.2, 1, "h", False),
            ("Potássio", "2823-3", "mEq/L", 3.5, 5.1, 1, rng.choice("nh"), False),
            ("Sódio", "2951-2", "mEq/L", 136, 145, 0, "n", False),
            ("Cálcio total", "17861-6", "mg/dL", 8.6, 10.3, 1, rng.choice("nl"), False),
            ("Fósforo", "2777-1", "mg/dL", 2.5, 4.5, 1, "h", False),
            ("TGP (ALT)", "1742-6", "U/L", None, 41, 0, "n", False),
            ("Glicose", "2345-7", "mg/dL", 70, 99, 0, rng.choice("nh"), False),
            ("Albumina", "1751-7", "g/dL", 3.5, 5.2, 1, rng.choice("nl"), False),
            ("Fosfatase alcalina", "6768-6", "U/L", 40, 129, 0, rng.choice("nh"), False),
            ("Ferro sérico", "2498-4", "µg/dL", 60, 170, 0, rng.choice("nl"), False),
            ("Ferritina", "2276-4", "ng/mL", 30 if not female else 15, 400 if not female else 150, 0, "h", False),
            ("Índice de saturação da transferrina", "2502-3", "%", 20, 50, 0, "n", False),
            ("PTH intacto", "2731-8", "pg/mL", 15, 65, 0, "h", False)]
    quals = [("HBsAg", "5196-1"), ("Anti-HCV", "16128-1"), ("HIV 1/2 - Ag/Ac", "56888-1")]
    vals = {}
    for r in rows:
        nm, lc, un, lo, hi, dec, st, th = r
        if lc == "6690-2":
            v = float(round(_val(rng, lo, hi, 0, st), -2))
        elif lc == "777-3":
            v = float(round(_val(rng, lo, hi, 0, st), -3))
        elif lc == "3091-6":
            v = float(rng.randint(95, 180))
        elif lc == "2160-0":
            v = round(rng.uniform(6.5, 12.5), 1)
        elif lc == "718-7":
            v = round(rng.uniform(9.4, 11.8), 1)
        elif lc == "2731-8":
            v = float(rng.randint(180, 720))
        elif lc == "2276-4":
            v = float(rng.randint(420, 880))
        else:
            v = _val(rng, lo, hi, dec, st)
        vals[lc] = v
    vals["4544-3"] = round(vals["718-7"] * 3.0 + rng.uniform(-0.8, 0.8), 1)
    iron = vals["2498-4"]
    vals["2502-3"] = float(round(iron / rng.uniform(200, 260) * 100))

    def fmt(v, dec, th):
        return _th(v) if th else _n(v, dec, "pt")

    exp = []
    y = 128
    if variant == 1:
        heads = ["Exame", "Resultado", "Unidade", "Valor de referência", f"Mês anterior ({abbr[d[1] - 1]})"]
        xs = [40, 230, 300, 370, 480]
    else:
        heads = ["Exame", abbr[d[1] - 2], abbr[d[1] - 1], f"{abbr[d[1]]} (atual)", "Unidade", "Referência"]
        xs = [40, 225, 275, 325, 395, 460]
    pg.rect(40, y - 11, 555, y + 4, c=None, fill=(0.86, 0.9, 0.86))
    for x, h in zip(xs, heads):
        pg.t(x + 2, y, h, "hebo", 8.5)
    for nm, lc, un, lo, hi, dec, st, th in rows:
        y += 14.5
        v = vals[lc]
        fl = _flag(lc, v, un, lo, hi)
        vr = f"até {fmt(hi, dec, th)}" if lo is None else f"{fmt(lo, dec, th)} a {fmt(hi, dec, th)}"
        prevs = []
        for _ in range(2):
            pv = v * (rng.uniform(0.985, 1.015) if lc == "2951-2" else rng.uniform(0.92, 1.08))
            pv = round(pv, -2 if lc == "6690-2" else (-3 if lc == "777-3" else dec))
            prevs.append(fmt(pv, dec, th))
        if variant == 1:
            pg.t(42, y, nm, "helv", 8.5)
            pg.t(232, y, fmt(v, dec, th) + (" *" if fl != "N" else ""), "hebo", 8.5)
            pg.t(302, y, un, "helv", 8.5)
            pg.t(372, y, vr, "helv", 8.5)
            pg.t(482, y, prevs[0], "helv", 8.5, c=(0.35, 0.35, 0.35))
            exp.append(_er(lc, nm, v, un, lo, hi, pf="*" if fl != "N" else None))
        else:
            short = {"Índice de saturação da transferrina": "Sat. transferrina (IST)"}.get(nm, nm)
            pg.t(42, y, short, "helv", 8.5)
            pg.t(227, y, prevs[1], "helv", 8.5)
            pg.t(277, y, prevs[0], "helv", 8.5)
            pg.t(327, y, fmt(v, dec, th), "hebo", 8.5)
            pg.t(397, y, un, "helv", 8.5)
            pg.t(462, y, vr, "helv", 8.5)
            exp.append(_er(lc, short, v, un, lo, hi))
        pg.ln(40, y + 4, 555, y + 4, 0.2, c=(0.6, 0.6, 0.6))
    y += 22
    pg.t(40, y, "Sorologias (semestral)", "hebo", 9)
    for nm, lc in quals:
        y += 13
        pg.t(52, y, nm, "helv", 8.5)
        pg.t(232 if variant == 1 else 327, y, "Não reagente", "hebo", 8.5)
        exp.append(_er(lc, nm, None, None, qual="non-reactive"))
    ahbs = float(rng.randint(12, 480))
    y += 13
    pg.t(52, y, "Anti-HBs", "helv", 8.5)
    pg.t(232 if variant == 1 else 327, y, _n(ahbs, 0, "pt"), "hebo", 8.5)
    pg.t(302 if variant == 1 else 397, y, "mUI/mL", "helv", 8.5)
    pg.t(372 if variant == 1 else 462, y, "superior a 10 (imune)", "helv", 8.5)
    exp.append(_er("16935-9", "Anti-HBs", ahbs, "mUI/mL", 10, None))
    y += 24
    if variant == 1:
        pg.t(40, y, "* Resultado fora do valor de referência do laboratório. Metas terapêuticas da unidade "
                    "(KDIGO): Hb 10-12 g/dL; P 3,5-5,5 mg/dL; PTH 2-9x LSN.", "heit", 7.5)
    else:
        pg.t(40, y, "Metas da unidade (KDIGO): Hb 10 a 12 g/dL; fósforo 3,5 a 5,5 mg/dL; ferritina 200 a 800 "
                    "ng/mL; IST 20 a 50%.", "heit", 7.5)
    y += 14
    pg.t(40, y, "Exames realizados pelo Laboratório Central Diagnóstico (CNES 6603793). Amostras colhidas "
                "pré-diálise.", "helv", 7.5)
    _scribble(pg, 380, y + 40, rng)
    pg.t(360, y + 56, "Dra. Luíza Teles Bezerra - Nefrologista", "helv", 8.5)
    pg.t(360, y + 67, "CRM-CE 12.077 / RQE 6.514", "helv", 8)
    return _finish(doc, "Exames mensais"), exp, "female" if female else "male", _iso(d)


# ---------------------------------------------------------------------------------- DK9 antenatal record

def _antenatal(name: str, variant: int):
    rng = _rng(name)
    d_book = _date(rng)
    age = rng.randint(21, 41)
    doc = fitz.open()
    pg = _Pg(doc)
    pink = (0.72, 0.2, 0.45)
    pg.rect(30, 30, 565, 812, c=pink, w=1.2)
    pg.rect(30, 30, 565, 62, c=None, fill=pink)
    pg.t(42, 52, "Maternity Hand-held Record - Antenatal Screening & Blood Results", "djb", 11.5, c=(1, 1, 1))
    pg.t(42, 82, f"Name: {rng.choice(['Chloe Marsh', 'Aisha Rahman', 'Katie Doyle', 'Zofia Nowak'])}    "
                 f"Age: {age}    Hospital No: RX{rng.randint(100000, 999999)}", "dj", 9)
    ga_days = rng.randint(63, 83)
    edd = _minus_days(d_book, -(280 - ga_days))
    pg.t(42, 96, f"EDD (by dating scan): {_dmy(edd)}    G{rng.randint(1, 3)} P{rng.randint(0, 2)}    "
                 "Named midwife: L. Greaves (Community Team B)", "dj", 9)
    exp = []
    y = 122

    def section(title, date, ga):
        nonlocal y
        pg.rect(36, y - 11, 559, y + 4, c=None, fill=(0.97, 0.88, 0.93))
        pg.t(42, y, f"{title}   Date taken: {_dmy(date) if date else '__/__/____'}   Gestation: {ga}", "djb", 9.5)
        y += 18
        for x, h in zip([42, 210, 300, 372, 470], ["Test", "Result", "Units", "Reference", "Action"]):
            pg.t(x, y, h, "djb", 8.5, c=(0.3, 0.3, 0.3))
        y += 3
        pg.ln(40, y, 555, y, 0.5, c=pink)

    def row(nm, res, un, ref, action, bold=False):
        nonlocal y
        y += 14
        pg.t(42, y, nm, "dj", 8.8)
        pg.t(210, y, res, "djb" if bold else "dj", 8.8)
        pg.t(300, y, un, "dj", 8.8)
        pg.t(372, y, ref, "dj", 8.8)
        pg.t(470, y, action, "dj", 8)
        pg.ln(40, y + 4, 555, y + 4, 0.2, c=(0.75, 0.75, 0.75))

    book_results = []
    abo = rng.choice(["O", "A", "A", "B", "AB", "O"])
    rh = "Positive" if rng.random() < 0.85 else "Negative"
    hb_b = _val(rng, 110, 150, 0, "n")
    section("BOOKING BLOODS", d_book, f"{ga_days // 7}+{ga_days % 7} weeks")
    row("Blood group", abo, "", "", "")
    row("RhD", rh, "", "", "anti-D at 28 wk" if rh == "Negative" else "")
    row("Red cell antibodies", "None detected", "", "", "")
    row("Haemoglobin", f"{hb_b:.0f}", "g/L", "≥ 110", "")
    plt_b = _val(rng, 150, 400, 0)
    row("Platelets", f"{plt_b:.0f}", "x10⁹/L", "150 - 400", "")
    mcv_b = _val(rng, 80, 100, 0, rng.choice("nnl"))
    row("MCV", f"{mcv_b:.0f}", "fL", "80 - 100", "")
    row("HIV 1/2 (Ab/Ag)", "Not detected", "", "", "")
    row("Hepatitis B sAg", "Not detected", "", "", "")
    row("Syphilis antibody", "Not detected", "", "", "")
    book_results = [_er("883-9", "Blood group", None, None, qual=abo.lower()),
                    _er("10331-7", "RhD", None, None, qual=rh.lower()),
                    _er("890-4", "Red cell antibodies", None, None, qual="negative"),
                    _er("718-7", "Haemoglobin", hb_b, "g/L", 110, None),
                    _er("777-3", "Platelets", plt_b, "x10⁹/L", 150, 400),
                    _er("787-2", "MCV", mcv_b, "fL", 80, 100),
                    _er("56888-1", "HIV 1/2 (Ab/Ag)", None, None, qual="not detected"),
                    _er("5196-1", "Hepatitis B sAg", None, None, qual="not detected"),
                    _er("22587-0", "Syphilis antibody", None, None, qual="not detected")]
    y += 28
    ga28 = 196 + rng.randint(0, 4)
    d28 = _minus_days(d_book, -(ga28 - ga_days))
    if variant == 1:
        section("28-WEEK BLOODS", None, "___ weeks")
        for nm in ["Haemoglobin", "Platelets", "Red cell antibodies", "Ferritin (if Hb < 105)"]:
            row(nm, "________", "", "", "")
        exp = book_results
        coll = d_book
    else:
        section("28-WEEK BLOODS", d28, f"28+{ga28 - 196} weeks")
        hb = _val(rng, 105, 140, 0, rng.choice("nl"))
        row("Haemoglobin", f"{hb:.0f}", "g/L", "≥ 105", "oral iron started" if hb < 105 else "", bold=hb < 105)
        wbc = _val(rng, 6.0, 16.0, 1)
        row("White cell count", f"{wbc:.1f}", "x10⁹/L", "6.0 - 16.0", "")
        plt = _val(rng, 150, 400, 0)
        row("Platelets", f"{plt:.0f}", "x10⁹/L", "150 - 400", "")
        mcv = _val(rng, 80, 100, 0, "l" if hb < 105 else "n")
        row("MCV", f"{mcv:.0f}", "fL", "80 - 100", "")
        fer = _val(rng, 15, 150, 0, "l" if hb < 105 else "n")
        row("Ferritin", f"{fer:.0f}", "µg/L", "15 - 150", "")
        row("Red cell antibodies", "None detected", "", "", "")
        exp = [_er("718-7", "Haemoglobin", hb, "g/L", 105, None),
               _er("6690-2", "White cell count", wbc, "x10⁹/L", 6.0, 16.0),
               _er("777-3", "Platelets", plt, "x10⁹/L", 150, 400),
               _er("787-2", "MCV", mcv, "fL", 80, 100),
               _er("2276-4", "Ferritin", fer, "µg/L", 15, 150),
               _er("890-4", "Red cell antibodies", None, None, qual="negative")]
        y += 26
        pg.t(42, y, "75 g OGTT (offered: BMI ≥ 30 / family history of diabetes)", "djb", 9)
        fg = _val(rng, None, 5.6, 1, rng.choice("nnh"))
        g2 = _val(rng, None, 7.8, 1, rng.choice("nh"))
        row("Fasting glucose", f"{fg:.1f}", "mmol/L", "< 5.6", "")
        row("2-hour glucose", f"{g2:.1f}", "mmol/L", "< 7.8", "refer diabetes ANC" if (fg >= 5.6 or g2 >= 7.8)
            else "")
        exp += [_er("14771-0", "Fasting glucose", fg, "mmol/L", None, 5.6),
                _er("14995-5", "2-hour glucose", g2, "mmol/L", None, 7.8)]
        coll = d28
    y += 30
    pg.t(42, y, "Results discussed with woman and documented in electronic record.", "dj", 8.5)
    _scribble(pg, 60, y + 32, rng, 70)
    pg.t(42, y + 48, "Midwife signature / designation:  Band 6 RM   PIN 11A2345E", "dj", 8.5)
    pg.t(42, 800, "Please bring this record to every appointment.", "dj", 7.5, c=pink)
    return _finish(doc, "Antenatal record"), exp, "female", _iso(coll)  # a maternity record: female


# ------------------------------------------------------------------------------------ DK10 pre-op form

def _preop(name: str, variant: int):
    rng = _rng(name)
    d = _date(rng)
    coll = _minus_days(d, rng.randint(5, 20))
    female = rng.random() < 0.5
    age = rng.randint(24, 82)
    diabetic = variant == 2
    doc = fitz.open()
    pg = _Pg(doc)
    pg.t(40, 46, "UNIDADE LOCAL DE SAÚDE DO BAIXO TEJO", "hebo", 11)
    pg.t(40, 58, "Serviço de Anestesiologia", "helv", 9)
    pg.tr(555, 46, "CONSULTA DE AVALIAÇÃO PRÉ-ANESTÉSICA", "hebo", 10)
    pg.tr(555, 58, "Mod. ANEST-07 rev.3", "helv", 7)
    pg.ln(40, 64, 555, 64, 1)
    ini = rng.choice(["A.M.F.", "C.S.T.", "J.R.V.", "H.P.N."])
    wt, ht = rng.randint(55, 98), rng.randint(152, 186)
    pg.t(40, 80, f"Utente: {ini}    Processo: {rng.randint(100000, 999999)}    Idade: {age} anos    Sexo: "
                 f"{'F' if female else 'M'}    Data: {_dmy(d)}", "helv", 9)
    pg.t(40, 93, f"Peso: {wt} kg    Altura: {ht} cm    IMC: {wt / (ht / 100) ** 2:.1f} kg/m²".replace(".", ","),
         "helv", 9)
    surg = rng.choice(["Colecistectomia laparoscópica", "Artroplastia total da anca direita",
                       "Hernioplastia inguinal esquerda", "Histerectomia total laparoscópica" if female else
                       "Prostatectomia radical robótica"])
    pg.t(40, 106, f"Cirurgia proposta: {surg}    Tipo: programada", "helv", 9)
    y = 128

    def boxes(title, opts, checked):
        nonlocal y
        pg.t(40, y, title, "hebo", 8.5)
        x = 150
        for o in opts:
            pg.cbox(x, y, o in checked)
            pg.t(x + 10, y, o, "helv", 8.5)
            x += pg.tw(o, "helv", 8.5) + 24
        y += 15

    ant = {"HTA"} | ({"DM"} if diabetic else set()) | set(rng.sample(["DPOC/Asma", "Dislipidemia", "SAOS"], 1))
    boxes("Antecedentes:", ["HTA", "DM", "Cardiopatia", "DPOC/Asma", "Dislipidemia", "SAOS", "DRC"], ant)
    boxes("Hábitos:", ["Tabaco", "Álcool", "Outras drogas"], set(rng.sample(["Tabaco", "Álcool"], 1)))
    boxes("Alergias:", ["Nega", "Medicamentosas", "Látex"], {"Nega"})
    boxes("Via aérea:", ["Mallampati I", "II", "III", "IV", "Abertura boca < 3 cm", "DTM < 6 cm"],
          {rng.choice(["Mallampati I", "II"])})
    boxes("Capacidade funcional:", ["> 4 METs", "< 4 METs"], {"> 4 METs"})
    y += 4
    pg.ln(40, y, 555, y, 0.5)
    y += 16
    pg.t(40, y, f"EXAMES COMPLEMENTARES   (colheita de {_dmy(coll)})", "hebo", 9.5)
    y += 16
    hb = _val(rng, 12.0 if female else 13.0, 15.5 if female else 17.0, 1, "n")
    blocks = [("Hemograma", [("Hb", "718-7", hb, 1, "g/dL"),
                             ("Leucócitos", "6690-2", _val(rng, 4.0, 10.0, 1), 1, "x10^9/L"),
                             ("Plaquetas", "777-3", _val(rng, 150, 400, 0), 0, "x10^9/L")]),
              ("Coagulação", [("TP", "5902-2", _val(rng, 10.5, 13.5, 1), 1, "s"),
                              ("INR", "6301-6", _val(rng, 0.85, 1.15, 2), 2, ""),
                              ("aPTT", "3173-5", _val(rng, 25.0, 35.0, 1), 1, "s")]),
              ("Bioquímica", [("Glicose", "2345-7", float(rng.randint(84, 98) if not diabetic else
                                                             rng.randint(118, 176)), 0, "mg/dL"),
                              ("Ureia", "3091-6", _val(rng, 15, 45, 0), 0, "mg/dL"),
                              ("Creatinina", "2160-0", _val(rng, 0.6, 1.1, 2), 2, "mg/dL"),
                              ("Na", "2951-2", _val(rng, 136, 145, 0), 0, "mmol/L"),
                              ("K", "2823-3", _val(rng, 3.5, 5.1, 1), 1, "mmol/L")])]
    if diabetic:
        blocks[2][1].append(("HbA1c", "4548-4", round(rng.uniform(6.6, 8.4), 1), 1, "%"))
    exp = []
    for title, items in blocks:
        pg.cbox(40, y, True)
        pg.t(52, y, title, "hebo", 9)
        x = 140
        for nm, lc, v, dec, un in items:
            vs = _n(v, dec, "pt")
            if x + pg.tw(nm, "helv", 9) + 60 + pg.tw(un, "helv", 8.5) > 555:
                x = 140
                y += 16
            pg.t(x, y, nm, "helv", 9)
            xv = x + pg.tw(nm, "helv", 9) + 4
            pg.ln(xv, y + 2, xv + 42, y + 2, 0.4, dashes="[1 1] 0")
            pg.t(xv + 4, y - 0.5, vs, "cour", 10, c=(0.05, 0.1, 0.5))
            pg.t(xv + 45, y, un, "helv", 8.5)
            x = xv + 50 + pg.tw(un, "helv", 8.5) + 10
            exp.append(_er(lc, nm, v, un or None))
        y += 20
    pg.cbox(40, y, True)
    pg.t(52, y, "ECG", "hebo", 9)
    pg.t(140, y, f"Ritmo sinusal, FC {rng.randint(58, 88)} bpm, sem alterações da repolarização.", "helv", 9)
    y += 16
    pg.cbox(40, y, False)
    pg.t(52, y, "Rx tórax", "hebo", 9)
    pg.t(140, y, "não indicado", "helv", 9)
    y += 16
    pg.cbox(40, y, False)
    pg.t(52, y, "Ecocardiograma", "hebo", 9)
    y += 14
    pg.ln(40, y, 555, y, 0.5)
    y += 16
    asa = "II" if ant else "I"
    boxes("Classificação ASA:", ["I", "II", "III", "IV", "E"], {asa})
    boxes("Técnica proposta:", ["Anestesia geral", "Loco-regional", "Combinada", "Sedação"],
          {rng.choice(["Anestesia geral", "Combinada"])})
    boxes("Decisão:", ["Apto", "Apto com condições", "Não apto / adiar"], {"Apto"})
    y += 6
    pg.t(40, y, "Observações:", "hebo", 8.5)
    obs = ("Manter anti-hipertensor no dia da cirurgia, suspender IECA/ARA na véspera. Jejum de 6 h para sólidos e "
           "2 h para líquidos claros." + (" Suspender metformina 24 h antes; glicemia capilar à chegada."
                                          if diabetic else ""))
    y = pg.box(110, y - 8.5, 555, y + 60, obs, "helv", 8.5, lh=1.3)
    _scribble(pg, 380, y + 40, rng)
    pg.t(360, y + 56, "Anestesiologista: Dra. Inês Catarino", "helv", 8.5)
    pg.t(360, y + 67, "Cédula profissional n.º 52 310", "helv", 8)
    pg.t(40, 815, "Consentimento informado para anestesia assinado: [x] sim    Página 1/1", "helv", 7)
    return _finish(doc, "Avaliação pré-anestésica"), exp, "female" if female else "male", _iso(coll)


# ------------------------------------------------------------------------------------------ assembly

_PLAN = [
    ("DK1", "referral", "en", lambda n: _letter(n, "uk", "renal"), lambda n: _letter(n, "us", "liver")),
    ("DK2", "alta", "pt", lambda n: _discharge(n, 1), lambda n: _discharge(n, 2)),
    ("DK3", "icuflow", "en", lambda n: _flowsheet(n, 1), lambda n: _flowsheet(n, 2)),
    ("DK4", "consulta", "pt", lambda n: _clinic_note(n, 1), lambda n: _clinic_note(n, 2)),
    ("DK5", "csv", "en", lambda n: _csv_export(n, 1), lambda n: _csv_export(n, 2)),
    ("DK6", "appcard", "pt", lambda n: _app_cards(n, 1), lambda n: _app_cards(n, 2)),
    ("DK7", "inrlog", "en", lambda n: _inr_log(n, 1), lambda n: _inr_log(n, 2)),
    ("DK8", "dialise", "pt", lambda n: _dialysis(n, 1), lambda n: _dialysis(n, 2)),
    ("DK9", "antenatal", "en", lambda n: _antenatal(n, 1), lambda n: _antenatal(n, 2)),
    ("DK10", "preop", "pt", lambda n: _preop(n, 1), lambda n: _preop(n, 2)),
    ("DK11", "scanletter", "en", lambda n: _letter(n, "uk", "anaemia"), lambda n: _letter(n, "us", "thyroid")),
    ("DK12", "scandialise", "pt", lambda n: _dialysis(n, 2), lambda n: _dialysis(n, 1)),
]
_SCANNED = {"DK11", "DK12"}


def _source_pdfs() -> list[tuple[str, str, str, bytes, list, str | None, str | None]]:
    out = []
    for fam, slug, lang, f1, f2 in _PLAN:
        for i, fn in enumerate((f1, f2), start=1):
            name = f"{fam}-{slug}-{lang}-{i:02d}"
            pdf, exp, sex, coll = fn(name)
            out.append((name, fam, lang, pdf, exp, sex, coll))
    return out


def reports() -> list[GeneratedReport]:
    out = []
    for name, fam, lang, pdf, exp, sex, coll in _source_pdfs():
        if fam in _SCANNED:
            content, mime = _scan(pdf, name), "image/png"
        else:
            content, mime = pdf, "application/pdf"
        out.append(GeneratedReport(name=name, family=fam, language=lang, mime_type=mime, content=content,
                                   sex=sex, collected_on=coll, expected=list(exp)))
    return out
