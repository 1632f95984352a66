"""Lab reports, test part: seven layout families from fictional labs, rendered as real files.

Each report is a text PDF drawn with PyMuPDF (or, for T7, a page of one rasterised, skewed and
noised like a scan, as PNG) together with the results a careful human reads from the page
(`tests.evaluation.lab_reports`). Ground truth is what is printed: values as printed (decimal comma
read), units as printed or as given by the column/group header, the reference interval that applies
to this patient's printed sex and age, and the flag the value earns against it (LL/HH only beyond
widely published critical limits; values are drawn either well inside or clearly beyond them).

Written blind, from layouts of its own; `python -m tests.evaluation.labs_test DIR` writes the files.
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable

try:  # PyMuPDF's own name; `fitz` is its deprecated alias
    import pymupdf as fitz
except ImportError:  # pragma: no cover
    import fitz  # type: ignore[no-redef]

import numpy as np
from PIL import Image, ImageFilter

try:
    from tests.evaluation.lab_reports import ExpectedResult, GeneratedReport
except ImportError:  # pragma: no cover - run as a plain script: its folder is on sys.path
    from lab_reports import ExpectedResult, GeneratedReport  # type: ignore[no-redef]

FAMILIES: tuple[str, ...] = (
    "T1-labelvalue-en-gb",
    "T2-labelvalue-pt",
    "T3-block-pt",
    "T4-table-groupunits",
    "T5-differential-pt",
    "T6-twocolumn-en",
    "T7-scanned",
)

SEED = 20250314
W, H = 595.0, 842.0
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
LIGHT = (0.6, 0.6, 0.6)


# ------------------------------------------------------------------------------------------ numbers

def fmt(v: float, dec: int, lang: str, group: bool = False) -> str:
    s = f"{v:,.{dec}f}" if group else f"{v:.{dec}f}"
    if lang == "pt":
        s = s.translate(str.maketrans({",": ".", ".": ","}))
    return s


def parse_num(s: str, lang: str) -> float:
    s = s.strip()
    s = s.replace(".", "").replace(",", ".") if lang == "pt" else s.replace(",", "")
    return float(s)


def flag_of(v: float | None, lo: float | None, hi: float | None, crit) -> str:
    if v is None:
        return "N"
    if crit:
        clo, chi = crit
        if clo is not None and v <= clo:
            return "LL"
        if chi is not None and v >= chi:
            return "HH"
    if lo is not None and v < lo:
        return "L"
    if hi is not None and v > hi:
        return "H"
    return "N"


# -------------------------------------------------------------------------------------------- specs

@dataclass(frozen=True)
class Spec:
    """One analyte in one unit as a given lab reports it."""

    loinc: str
    unit: str | None
    dec: int
    ref: object  # (lo, hi) | {"M": (lo, hi), "F": (lo, hi)} | callable(sex, age) -> (lo, hi)
    low: tuple[float, float] | None = (0.78, 0.94)  # abnormal-low band, multiples of ref low
    high: tuple[float, float] | None = (1.08, 1.45)  # abnormal-high band, multiples of ref high
    norm: tuple[float, float] | None = None  # normal band for one-sided refs (multiples of the bound)
    nabs: tuple[float, float] | None = None  # absolute normal band (overrides)
    crit: tuple[float | None, float | None] | None = None  # critical limits in this unit
    safe: tuple[float, float] | None = None  # non-critical values stay inside
    group: bool = False  # thousands separators
    step: float | None = None  # round generated values to this step
    rdec: int | None = None  # decimals of the printed reference

    def ref_for(self, sex: str, age: int) -> tuple[float | None, float | None]:
        r = self.ref
        if callable(r):
            return r(sex, age)
        if isinstance(r, dict):
            return r[sex]
        return r  # type: ignore[return-value]

    @property
    def refdec(self) -> int:
        return self.dec if self.rdec is None else self.rdec


def S(loinc, unit, dec, ref, **kw) -> Spec:
    return Spec(loinc, unit, dec, ref, **kw)


# --- Brazilian labs (conventional units) ----------------------------------------------------------

def _psa_br(sex, age):
    for top, hi in ((49, 2.5), (59, 3.5), (69, 4.5), (200, 6.5)):
        if age <= top:
            return (None, hi)
    raise AssertionError


PSA_BR_TEXT = ["Até 49 anos: até 2,5 ng/mL", "50 a 59 anos: até 3,5 ng/mL",
               "60 a 69 anos: até 4,5 ng/mL", "70 anos ou mais: até 6,5 ng/mL"]


def _testo_br(sex, age):
    if sex == "M":
        return (249.0, 836.0) if age < 50 else (193.0, 740.0)
    return (8.4, 48.1) if age < 50 else (2.9, 40.8)


TESTO_BR_TEXT = ["Homens 20 a 49 anos: 249,0 a 836,0 ng/dL", "Homens 50 anos ou mais: 193,0 a 740,0 ng/dL",
                 "Mulheres 20 a 49 anos: 8,4 a 48,1 ng/dL", "Mulheres 50 anos ou mais: 2,9 a 40,8 ng/dL"]


def _vhs_br(sex, age):
    if sex == "M":
        return (None, 15.0) if age <= 50 else (None, 20.0)
    return (None, 20.0) if age <= 50 else (None, 30.0)


VHS_BR_TEXT = ["Homens até 50 anos: até 15 mm/h", "Homens acima de 50 anos: até 20 mm/h",
               "Mulheres até 50 anos: até 20 mm/h", "Mulheres acima de 50 anos: até 30 mm/h"]

BR: dict[str, Spec] = {
    "glicose": S("2345-7", "mg/dL", 0, (70, 99), low=(0.8, 0.92), high=(1.06, 1.9), crit=(40, 450), safe=(55, 300)),
    "ureia": S("3091-6", "mg/dL", 0, (17, 43), low=(0.6, 0.9), high=(1.15, 1.9)),
    "creatinina": S("2160-0", "mg/dL", 2, {"M": (0.70, 1.20), "F": (0.50, 0.90)}, low=(0.75, 0.92), high=(1.15, 2.0)),
    "ac_urico": S("3084-1", "mg/dL", 1, {"M": (3.4, 7.0), "F": (2.4, 5.7)}, low=(0.7, 0.92), high=(1.08, 1.35)),
    "sodio": S("2951-2", "mEq/L", 0, (136, 145), low=(0.94, 0.98), high=(1.015, 1.035), crit=(120, 160), safe=(127, 151)),
    "potassio": S("2823-3", "mEq/L", 1, (3.5, 5.1), low=(0.89, 0.96), high=(1.06, 1.14), crit=(2.8, 6.5), safe=(3.1, 5.9)),
    "cloro": S("2075-0", "mEq/L", 0, (98, 107), low=(0.93, 0.98), high=(1.02, 1.05), crit=(80, 120), safe=(90, 114)),
    "calcio": S("17861-6", "mg/dL", 1, (8.6, 10.3), low=(0.9, 0.97), high=(1.03, 1.1), crit=(6.5, 13.0), safe=(7.6, 11.5)),
    "magnesio": S("19123-9", "mg/dL", 1, (1.6, 2.6), low=(0.82, 0.94), high=(1.05, 1.18), crit=(1.0, 4.7), safe=(1.3, 3.2)),
    "fosforo": S("2777-1", "mg/dL", 1, (2.5, 4.5), low=(0.78, 0.92), high=(1.07, 1.28), crit=(1.0, None), safe=(1.9, 6.0)),
    "col_total": S("2093-3", "mg/dL", 0, (None, 190), norm=(0.72, 0.97), high=(1.08, 1.4)),
    "hdl": S("2085-9", "mg/dL", 0, (40, None), norm=(1.1, 1.8), low=(0.7, 0.93), high=None),
    "ldl": S("13457-7", "mg/dL", 0, (None, 130), norm=(0.55, 0.95), high=(1.08, 1.45)),
    "trig": S("2571-8", "mg/dL", 0, (None, 150), norm=(0.4, 0.92), high=(1.1, 2.0)),
    "vldl": S("13458-5", "mg/dL", 0, (None, 30)),
    "nao_hdl": S("43396-1", "mg/dL", 0, (None, 160)),
    "tgo": S("1920-8", "U/L", 0, {"M": (None, 40), "F": (None, 32)}, norm=(0.4, 0.88), low=None, high=(1.15, 3.0)),
    "tgp": S("1742-6", "U/L", 0, {"M": (None, 41), "F": (None, 33)}, norm=(0.35, 0.88), low=None, high=(1.2, 3.5)),
    "ggt": S("2324-2", "U/L", 0, {"M": (8, 61), "F": (5, 36)}, low=None, high=(1.2, 3.0)),
    "fa": S("6768-6", "U/L", 0, {"M": (40, 129), "F": (35, 104)}, low=None, high=(1.1, 1.9)),
    "bt": S("1975-2", "mg/dL", 2, (None, 1.20)),
    "bd": S("1968-7", "mg/dL", 2, (None, 0.30), norm=(0.3, 0.9), high=(1.3, 2.8)),
    "bi": S("1971-1", "mg/dL", 2, (None, 0.90), norm=(0.3, 0.85), high=(1.15, 1.9)),
    "albumina": S("1751-7", "g/dL", 1, (3.5, 5.2), low=(0.8, 0.94), high=None),
    "prot_tot": S("2885-2", "g/dL", 1, (6.4, 8.3), low=(0.85, 0.95), high=(1.03, 1.08)),
    "globulina": S("10834-0", "g/dL", 1, (2.0, 3.5)),
    "rel_ag": S("1759-0", None, 2, (1.1, 2.2)),
    "tsh": S("3016-3", "µUI/mL", 2, (0.27, 4.20), low=(0.1, 0.6), high=(1.3, 2.8)),
    "t4l": S("3024-7", "ng/dL", 2, (0.93, 1.70), low=(0.65, 0.92), high=(1.08, 1.4)),
    "ferritina": S("2276-4", "ng/mL", 1, {"M": (30.0, 400.0), "F": (13.0, 150.0)}, low=(0.3, 0.85), high=(1.15, 2.0), rdec=0),
    "ferro": S("2498-4", "µg/dL", 0, {"M": (65, 175), "F": (50, 170)}, low=(0.45, 0.85), high=(1.08, 1.3)),
    "ctlf": S("2500-7", "µg/dL", 0, (250, 450), low=(0.8, 0.95), high=(1.05, 1.2)),
    "sat_transf": S("2502-3", "%", 0, (20, 50)),
    "b12": S("2132-9", "pg/mL", 0, (211, 911), low=(0.55, 0.9), high=(1.1, 1.5)),
    "vitd": S("62292-8", "ng/mL", 1, (30.0, 100.0), low=(0.45, 0.93), high=None, nabs=(31, 58), rdec=0),
    "folato": S("2284-8", "ng/mL", 1, (3.9, 26.8), low=(0.5, 0.9), high=None, nabs=(5, 19)),
    "pcr": S("1988-5", "mg/L", 1, (None, 5.0), norm=(0.15, 0.85), high=(1.6, 14.0)),
    "hba1c": S("4548-4", "%", 1, (None, 5.6), nabs=(4.6, 5.5), high=(1.06, 1.6)),
    "psa": S("2857-1", "ng/mL", 2, _psa_br, norm=(0.1, 0.8), high=(1.12, 1.8)),
    "testo": S("2986-8", "ng/dL", 1, _testo_br, low=(0.5, 0.9), high=(1.05, 1.25)),
    "estradiol_m": S("2243-4", "pg/mL", 1, (11.3, 43.2), low=(0.5, 0.9), high=(1.1, 1.5)),
    "cortisol": S("2143-6", "µg/dL", 1, (6.2, 19.4), low=(0.45, 0.9), high=(1.1, 1.4)),
    "vhs": S("4537-7", "mm/h", 0, _vhs_br, norm=(0.15, 0.85), high=(1.3, 2.6)),
    "tp": S("5902-2", "segundos", 1, (10.0, 13.5), low=None, high=(1.05, 1.3)),
    "inr": S("6301-6", None, 2, (0.80, 1.20), low=None, high=(1.2, 2.7), crit=(None, 5.0), safe=(0.8, 3.4)),
    "ttpa": S("3173-2", "segundos", 1, (25.0, 35.0), low=None, high=(1.08, 1.35)),
    "hb": S("718-7", "g/dL", 1, {"M": (13.5, 17.5), "F": (12.0, 15.5)}, low=(0.72, 0.95), high=(1.02, 1.05),
            crit=(6.5, 20.0), safe=(8.0, 18.5)),
    "egfr": S("98979-8", "mL/min/1,73m²", 0, (60, None)),
    "eag": S("27353-2", "mg/dL", 0, (None, None)),
    "densidade": S("5811-5", None, 3, (1.005, 1.030)),
    "ph_urina": S("5803-2", None, 1, (5.0, 8.0)),
}

# --- British / Canadian labs (SI units) -----------------------------------------------------------

UK: dict[str, Spec] = {
    "hb": S("718-7", "g/L", 0, {"M": (130, 170), "F": (115, 165)}, low=(0.72, 0.95), high=(1.01, 1.04),
            crit=(65, 200), safe=(80, 185)),
    "wbc": S("6690-2", "x10^9/L", 1, (4.0, 11.0), low=(0.62, 0.9), high=(1.08, 1.7), crit=(1.5, 40), safe=(2.3, 22)),
    "plt": S("777-3", "10^9/L", 0, (150, 400), low=(0.45, 0.9), high=(1.06, 1.5), crit=(20, 1000), safe=(60, 650)),
    "rbc": S("789-8", "x10^12/L", 2, {"M": (4.50, 5.50), "F": (3.80, 4.80)}, low=(0.8, 0.95), high=(1.03, 1.08)),
    "hct": S("4544-3", "L/L", 3, {"M": (0.400, 0.500), "F": (0.370, 0.470)}, low=(0.8, 0.95), high=(1.02, 1.06),
             crit=(0.20, 0.60), safe=(0.25, 0.55), rdec=2),
    "mcv": S("787-2", "fL", 0, (80, 100), low=(0.8, 0.95), high=(1.03, 1.1)),
    "mch": S("785-6", "pg", 1, (27.0, 32.0), low=(0.8, 0.95), high=(1.03, 1.08)),
    "neut": S("751-8", "x10^9/L", 1, (2.0, 7.5)),
    "lymph": S("731-0", "x10^9/L", 1, (1.5, 4.0)),
    "mono": S("742-7", "x10^9/L", 1, (0.2, 1.0)),
    "eos": S("711-2", "x10^9/L", 2, (0.0, 0.40)),
    "na": S("2951-2", "mmol/L", 0, (133, 146), low=(0.96, 0.985), high=(1.01, 1.03), crit=(120, 160), safe=(127, 151)),
    "k": S("2823-3", "mmol/L", 1, (3.5, 5.3), low=(0.89, 0.96), high=(1.04, 1.1), crit=(2.8, 6.5), safe=(3.1, 5.9)),
    "cl": S("2075-0", "mmol/L", 0, (98, 107), low=(0.93, 0.98), high=(1.02, 1.05), crit=(80, 120), safe=(90, 114)),
    "bicarb": S("1963-8", "mmol/L", 0, (22, 29), low=(0.78, 0.94), high=(1.05, 1.13), crit=(10, 40), safe=(16, 34)),
    "urea": S("22664-7", "mmol/L", 1, (2.5, 7.8), low=(0.6, 0.9), high=(1.1, 2.0)),
    "creat": S("14682-9", "µmol/L", 0, {"M": (59, 104), "F": (45, 84)}, low=(0.7, 0.92), high=(1.15, 2.2)),
    "egfr": S("98979-8", "mL/min/1.73m²", 0, (60, None)),
    "bili": S("14631-6", "µmol/L", 0, (None, 21), norm=(0.25, 0.85), high=(1.15, 2.2)),
    "alt": S("1742-6", "U/L", 0, (0, 40), low=None, high=(1.2, 3.5)),
    "ast": S("1920-8", "U/L", 0, (0, 40), low=None, high=(1.15, 3.0)),
    "alp": S("6768-6", "U/L", 0, (30, 130), low=None, high=(1.1, 1.9)),
    "ggt": S("2324-2", "U/L", 0, {"M": (10, 71), "F": (6, 42)}, low=None, high=(1.2, 3.0)),
    "alb": S("1751-7", "g/L", 0, (35, 50), low=(0.8, 0.94), high=None),
    "tprot": S("2885-2", "g/L", 0, (60, 80), low=(0.85, 0.95), high=(1.03, 1.1)),
    "ca": S("2000-8", "mmol/L", 2, (2.20, 2.60), low=(0.9, 0.97), high=(1.02, 1.08), crit=(1.6, 3.25), safe=(1.95, 2.85)),
    "phos": S("14879-1", "mmol/L", 2, (0.80, 1.50), low=(0.75, 0.93), high=(1.06, 1.25), crit=(0.3, None),
              safe=(0.55, 1.95)),
    "mg": S("2601-3", "mmol/L", 2, (0.70, 1.00), low=(0.8, 0.94), high=(1.06, 1.2), crit=(0.4, 2.0), safe=(0.5, 1.3)),
    "chol": S("14647-2", "mmol/L", 1, (None, 5.0), norm=(0.7, 0.97), high=(1.06, 1.4)),
    "hdl": S("14646-4", "mmol/L", 2, {"M": (1.00, None), "F": (1.20, None)}, norm=(1.1, 1.6), low=(0.7, 0.92),
             high=None, rdec=1),
    "ldl": S("39469-2", "mmol/L", 1, (None, 3.0), norm=(0.55, 0.95), high=(1.1, 1.5)),
    "tg": S("14927-8", "mmol/L", 1, (None, 1.7), norm=(0.4, 0.92), high=(1.1, 2.0)),
    "gluc": S("14749-6", "mmol/L", 1, (3.5, 5.5), low=(0.86, 0.95), high=(1.15, 2.4), crit=(2.2, 25.0), safe=(3.0, 16.5)),
    "hba1c": S("59261-8", "mmol/mol", 0, (20, 41), low=None, high=(1.1, 1.8)),
    "tsh": S("3016-3", "mU/L", 2, (0.27, 4.20), low=(0.1, 0.6), high=(1.3, 2.8)),
    "ft4": S("14920-3", "pmol/L", 1, (12.0, 22.0), low=(0.65, 0.92), high=(1.08, 1.4), rdec=0),
    "ferritin": S("2276-4", "µg/L", 0, {"M": (30, 400), "F": (13, 150)}, low=(0.3, 0.85), high=(1.15, 2.0)),
    "b12": S("2132-9", "ng/L", 0, (197, 771), low=(0.55, 0.9), high=(1.1, 1.5)),
    "folate": S("2284-8", "µg/L", 1, (3.9, 26.8), low=(0.5, 0.9), high=None, nabs=(5, 19)),
    "crp": S("1988-5", "mg/L", 0, (0, 5), low=None, high=(2.4, 17.0)),
    "oestradiol_f": S("14715-7", "pmol/L", 0, (None, 100), norm=(0.3, 0.85), high=(1.25, 1.9)),
    "oestradiol_m": S("14715-7", "pmol/L", 0, (41, 159), low=(0.6, 0.9), high=(1.1, 1.4)),
    "testo_m": S("14913-8", "nmol/L", 1, (8.6, 29.0), low=(0.5, 0.9), high=(1.05, 1.2)),
    "cortisol": S("14675-3", "nmol/L", 0, (166, 507), low=(0.4, 0.9), high=(1.1, 1.4)),
    "psa": S("2857-1", "µg/L", 2, (0, 4.0), low=None, norm=(0.1, 0.8), high=(1.12, 2.0)),
    "pt": S("5902-2", "s", 1, (10.0, 13.5), low=None, high=(1.05, 1.3)),
    "inr": S("6301-6", None, 1, (0.8, 1.2), low=None, high=(1.2, 2.7), crit=(None, 5.0), safe=(0.8, 3.4)),
    "aptt": S("3173-2", "s", 1, (24.0, 36.0), low=None, high=(1.06, 1.35)),
    "sg": S("5811-5", None, 3, (1.005, 1.030)),
    "uph": S("5803-2", None, 1, (5.0, 8.0)),
}

# --- US labs (conventional units) -----------------------------------------------------------------

US: dict[str, Spec] = {
    "glucose": S("2345-7", "mg/dL", 0, (70, 99), low=(0.8, 0.92), high=(1.06, 1.9), crit=(40, 450), safe=(55, 300)),
    "bun": S("3094-0", "mg/dL", 0, (7, 20), low=(0.55, 0.85), high=(1.2, 2.2)),
    "creat": S("2160-0", "mg/dL", 2, {"M": (0.74, 1.35), "F": (0.59, 1.04)}, low=(0.75, 0.92), high=(1.12, 2.0)),
    "egfr": S("98979-8", "mL/min/1.73m2", 0, (59, None)),
    "na": S("2951-2", "mEq/L", 0, (136, 145), low=(0.94, 0.98), high=(1.015, 1.035), crit=(120, 160), safe=(127, 151)),
    "k": S("2823-3", "mEq/L", 1, (3.5, 5.1), low=(0.89, 0.96), high=(1.06, 1.14), crit=(2.8, 6.5), safe=(3.1, 5.9)),
    "cl": S("2075-0", "mEq/L", 0, (98, 107), low=(0.93, 0.98), high=(1.02, 1.05), crit=(80, 120), safe=(90, 114)),
    "co2": S("2028-9", "mEq/L", 0, (22, 29), low=(0.78, 0.94), high=(1.05, 1.13), crit=(10, 40), safe=(16, 34)),
    "ca": S("17861-6", "mg/dL", 1, (8.6, 10.3), low=(0.9, 0.97), high=(1.03, 1.1), crit=(6.5, 13.0), safe=(7.6, 11.5)),
    "mg": S("19123-9", "mg/dL", 1, (1.6, 2.6), low=(0.82, 0.94), high=(1.05, 1.18), crit=(1.0, 4.7), safe=(1.3, 3.2)),
    "phos": S("2777-1", "mg/dL", 1, (2.5, 4.5), low=(0.78, 0.92), high=(1.07, 1.28), crit=(1.0, None), safe=(1.9, 6.0)),
    "tprot": S("2885-2", "g/dL", 1, (6.0, 8.3), low=(0.85, 0.95), high=(1.03, 1.08)),
    "alb": S("1751-7", "g/dL", 1, (3.5, 5.0), low=(0.8, 0.94), high=None),
    "tbili": S("1975-2", "mg/dL", 1, (0.1, 1.2), low=None, high=(1.15, 2.2)),
    "alkp": S("6768-6", "IU/L", 0, (44, 147), low=None, high=(1.1, 1.8)),
    "ast": S("1920-8", "IU/L", 0, (10, 40), low=None, high=(1.15, 3.0)),
    "alt": S("1742-6", "U/L", 0, (7, 56), low=None, high=(1.15, 2.6)),
    "uric": S("3084-1", "mg/dL", 1, {"M": (3.7, 8.6), "F": (2.5, 7.1)}, low=(0.7, 0.92), high=(1.06, 1.25)),
    "chol": S("2093-3", "mg/dL", 0, (None, 200), norm=(0.7, 0.97), high=(1.06, 1.35)),
    "tg": S("2571-8", "mg/dL", 0, (None, 150), norm=(0.4, 0.92), high=(1.1, 2.0)),
    "hdl": S("2085-9", "mg/dL", 0, (39, None), norm=(1.15, 1.9), low=(0.7, 0.93), high=None),
    "ldl": S("13457-7", "mg/dL", 0, (None, 100), norm=(0.55, 0.97), high=(1.1, 1.6)),
    "hba1c": S("4548-4", "%", 1, (None, 5.7), nabs=(4.6, 5.5), high=(1.06, 1.6)),
    "tsh": S("3016-3", "uIU/mL", 3, (0.450, 4.500), low=(0.1, 0.6), high=(1.3, 2.8)),
    "ft4": S("3024-7", "ng/dL", 2, (0.82, 1.77), low=(0.65, 0.92), high=(1.08, 1.35)),
    "wbc": S("6690-2", "K/uL", 1, (3.4, 10.8), low=(0.7, 0.92), high=(1.1, 1.8), crit=(1.5, 40), safe=(2.3, 22)),
    "rbc": S("789-8", "M/uL", 2, {"M": (4.14, 5.80), "F": (3.77, 5.28)}, low=(0.8, 0.95), high=(1.03, 1.08)),
    "hgb": S("718-7", "g/dL", 1, {"M": (13.0, 17.7), "F": (11.1, 15.9)}, low=(0.72, 0.95), high=(1.02, 1.04),
             crit=(6.5, 20.0), safe=(8.0, 18.5)),
    "hct": S("4544-3", "%", 1, {"M": (37.5, 51.0), "F": (34.0, 46.6)}, low=(0.75, 0.95), high=(1.02, 1.06),
             crit=(20, 60), safe=(25, 55)),
    "mcv": S("787-2", "fL", 0, (79, 97), low=(0.82, 0.95), high=(1.03, 1.1)),
    "mch": S("785-6", "pg", 1, (26.6, 33.0), low=(0.8, 0.95), high=(1.03, 1.08)),
    "mchc": S("786-4", "g/dL", 1, (31.5, 35.7)),
    "rdw": S("788-0", "%", 1, (11.7, 15.4), low=None, high=(1.05, 1.25)),
    "plt": S("777-3", "K/uL", 0, (150, 450), low=(0.45, 0.9), high=(1.05, 1.35), crit=(20, 1000), safe=(60, 650)),
    "neut_pct": S("770-8", "%", 0, (40, 74)),
    "lymph_pct": S("736-9", "%", 0, (14, 46)),
    "mono_pct": S("5905-5", "%", 0, (4, 12)),
    "eos_pct": S("713-8", "%", 0, (0, 5)),
    "baso_pct": S("706-2", "%", 0, (0, 2)),
    "neut_abs": S("751-8", "K/uL", 1, (1.4, 7.0)),
    "lymph_abs": S("731-0", "K/uL", 1, (0.7, 3.1)),
    "pt": S("5902-2", "sec", 1, (9.4, 12.5), low=None, high=(1.06, 1.3)),
    "inr": S("6301-6", None, 1, (0.8, 1.2), low=None, high=(1.2, 2.7), crit=(None, 5.0), safe=(0.8, 3.4)),
    "aptt": S("3173-2", "sec", 1, (24.0, 33.0), low=None, high=(1.08, 1.4)),
    "crp": S("1988-5", "mg/L", 1, (0.0, 4.9), low=None, high=(1.8, 12.0)),
    "ferritin": S("2276-4", "ng/mL", 0, {"M": (30, 400), "F": (15, 150)}, low=(0.3, 0.85), high=(1.15, 2.0)),
    "b12": S("2132-9", "pg/mL", 0, (232, 1245), low=(0.55, 0.9), high=(1.05, 1.3)),
    "vitd": S("62292-8", "ng/mL", 1, (30.0, 100.0), low=(0.45, 0.93), high=None, nabs=(31, 58), rdec=0),
    "psa": S("2857-1", "ng/mL", 1, (0.0, 4.0), low=None, norm=(0.1, 0.8), high=(1.12, 2.0)),
}

# differential (counts given by a generated WBC)
DIFF = ("neut", "lymph", "mono", "eos", "baso")
PCT_LOINC = {"neut": "770-8", "lymph": "736-9", "mono": "5905-5", "eos": "713-8", "baso": "706-2"}
ABS_LOINC = {"neut": "751-8", "lymph": "731-0", "mono": "742-7", "eos": "711-2", "baso": "704-7"}

# urine dipstick (codes of the LOINC urinalysis panel 24357-6) and serology, qualitative
UA_LOINC = {"protein": "5804-0", "glucose": "5792-7", "ketones": "5797-6", "blood": "5794-3",
            "nitrite": "5802-4", "leuk": "5799-2", "bilirubin": "5770-3", "bacteria": "25145-4"}
SERO_LOINC = {"vdrl": "5292-8", "hcv": "13955-0", "hbsag": "5196-1"}


# ------------------------------------------------------------------------------------------ results

@dataclass
class Item:
    loinc: str
    name: str
    num_text: str | None
    value: float | None
    unit: str | None
    lo: float | None
    hi: float | None
    flag: str
    spec: Spec | None = None
    qual: str | None = None
    word: str | None = None
    comp: str | None = None
    pflag: str | None = None
    note: str | None = None  # footnote marker printed after the name (not part of the name)

    def shown(self, space: bool = True) -> str:
        if self.word is not None:
            return self.word
        if self.comp:
            return f"{self.comp}{' ' if space else ''}{self.num_text}"
        return self.num_text or ""

    def expected(self) -> ExpectedResult:
        f = lambda x: None if x is None else float(x)  # noqa: E731
        return ExpectedResult(
            loinc=self.loinc, name_as_printed=self.name, value=f(self.value), unit=self.unit,
            ref_low=f(self.lo), ref_high=f(self.hi), flag=self.flag, qualitative=self.qual,
            comparator=self.comp, printed_flag=self.pflag,
        )


@dataclass
class Patient:
    name: str
    sex: str  # "M" / "F"
    dob: date
    collected: datetime
    received: datetime
    released: datetime

    @property
    def age(self) -> int:
        c = self.collected.date()
        return c.year - self.dob.year - ((c.month, c.day) < (self.dob.month, self.dob.day))

    @property
    def sex_word(self) -> str:
        return "male" if self.sex == "M" else "female"


_UNSET = object()


class Ctx:
    """Draws values for one patient from one lab's table and keeps what was printed."""

    def __init__(self, rng: random.Random, lang: str, patient: Patient, table: dict[str, Spec], p_abn: float = 0.3):
        self.rng, self.lang, self.p, self.table, self.p_abn = rng, lang, patient, table, p_abn

    def state(self, spec: Spec, lo, hi) -> str:
        if self.rng.random() >= self.p_abn:
            return "N"
        opts = []
        if hi is not None and spec.high:
            opts += ["H", "H"]
        if lo is not None and lo > 0 and spec.low:
            opts += ["L"]
        return self.rng.choice(opts) if opts else "N"

    def draw(self, spec: Spec, lo, hi, state: str) -> float:
        u = self.rng.uniform
        if state == "H":
            v = u(hi * spec.high[0], hi * spec.high[1])
        elif state == "L":
            v = u(lo * spec.low[0], lo * spec.low[1])
        elif spec.nabs:
            v = u(*spec.nabs)
        elif lo is not None and hi is not None:
            w = hi - lo
            v = u(lo + 0.12 * w, hi - 0.12 * w)
        elif hi is not None:
            n = spec.norm or (0.45, 0.9)
            v = u(hi * n[0], hi * n[1])
        else:
            n = spec.norm or (1.15, 1.9)
            v = u(lo * n[0], lo * n[1])
        if spec.safe:
            v = min(max(v, spec.safe[0]), spec.safe[1])
        if spec.step:
            v = round(v / spec.step) * spec.step
        return v

    def num(self, key: str | Spec, name: str, *, value: float | None = None, state: str | None = None,
            comp: str | None = None, unit=_UNSET, ref=_UNSET, dec: int | None = None) -> Item:
        spec = self.table[key] if isinstance(key, str) else key
        lo, hi = spec.ref_for(self.p.sex, self.p.age) if ref is _UNSET else ref
        forced = value is not None
        if not forced:
            value = self.draw(spec, lo, hi, state or self.state(spec, lo, hi))
        d = spec.dec if dec is None else dec
        text = fmt(value, d, self.lang, spec.group or self.lang == "pt")
        v = parse_num(text, self.lang)
        flag = flag_of(v, lo, hi, spec.crit)
        if not forced:
            assert flag not in ("LL", "HH"), (spec, v)
            if spec.safe:
                assert spec.safe[0] <= v <= spec.safe[1], (spec, v)
        return Item(spec.loinc, name, text, v, spec.unit if unit is _UNSET else unit, lo, hi, flag, spec=spec, comp=comp)

    def qual(self, loinc: str, name: str, word: str, meaning: str) -> Item:
        return Item(loinc, name, None, None, None, None, None, "N", qual=meaning, word=word)


def rng_text(lo, hi, dec, lang, *, sep=None, lt=None, gt=None, unit=None, group=False) -> str:
    """A printed reference interval."""
    f = lambda x: fmt(x, dec, lang, group or lang == "pt")  # noqa: E731
    if lang == "pt":
        sep = " a " if sep is None else sep
        lt = "até " if lt is None else lt
        gt = "superior a " if gt is None else gt
    else:
        sep = " - " if sep is None else sep
        lt = "<" if lt is None else lt
        gt = ">" if gt is None else gt
    if lo is not None and hi is not None:
        s = f"{f(lo)}{sep}{f(hi)}"
    elif hi is not None:
        s = f"{lt}{f(hi)}"
    elif lo is not None:
        s = f"{gt}{f(lo)}"
    else:
        return ""
    return f"{s} {unit}" if unit else s


def ckd_epi_2021(scr_mg_dl: float, age: int, sex: str) -> float:
    k, a = (0.7, -0.241) if sex == "F" else (0.9, -0.302)
    r = scr_mg_dl / k
    g = 142 * min(r, 1) ** a * max(r, 1) ** -1.200 * 0.9938 ** age
    return g * 1.012 if sex == "F" else g


def differential(rng: random.Random, pattern: str = "normal") -> dict[str, float]:
    u = rng.uniform
    p = {"lymph": u(24, 37), "mono": u(4.2, 8.5), "eos": u(1.4, 3.9), "baso": u(0.2, 0.9)}
    if pattern == "neutrophilia":
        p.update(lymph=u(8.5, 14), mono=u(3.5, 6.5), eos=u(0.6, 1.8))
    elif pattern == "lymphocytosis":
        p.update(lymph=u(48, 54))
    elif pattern == "eosinophilia":
        p.update(eos=u(7.2, 10.5), lymph=u(22, 30))
    elif pattern == "leukopenia":
        p.update(lymph=u(38, 44))
    elif pattern == "low_lymph":
        p.update(lymph=u(12, 17))
    pct = {k: round(v, 1) for k, v in p.items()}
    pct["neut"] = round(100.0 - sum(pct.values()), 1)
    return {k: pct[k] for k in DIFF}


def red_cells(ctx: Ctx, roles: dict[str, str], names: dict[str, str], hb_value: float | None = None) -> dict[str, Item]:
    """Hb, Hct, RBC and indices that agree with each other (Hct = Hb/MCHC, RBC = Hct/MCV).

    roles maps "hb", "hct", "rbc", "mcv", "mch", "mchc", "rdw" to keys of ctx.table (present ones only).
    """
    rng, t = ctx.rng, ctx.table
    u = rng.uniform
    hb = ctx.num(roles["hb"], names["hb"], value=hb_value)
    f_hb = 10.0 if t[roles["hb"]].unit == "g/L" else 1.0
    hb_g = hb.value / f_hb
    if hb.flag == "LL":
        mcv, mchc, rdw = u(84, 93), u(32.6, 34.0), u(15.0, 17.5)
    elif hb.flag == "L":
        mcv, mchc = (u(68, 77), u(30.2, 31.6)) if rng.random() < 0.6 else (u(83, 93), u(32.4, 34.0))
        rdw = u(15.6, 18.5)
    elif hb.flag == "H":
        mcv, mchc, rdw = u(84, 94), u(34.0, 35.2), u(12.2, 14.0)
    else:
        mcv, mchc, rdw = u(83, 96), u(32.4, 35.0), u(12.0, 14.2)
    out: dict[str, Item] = {"hb": hb}
    hct_pct = hb_g / mchc * 100
    if "hct" in roles:
        sp = t[roles["hct"]]
        f_hct = 0.01 if sp.unit == "L/L" else 1.0
        out["hct"] = ctx.num(roles["hct"], names["hct"], value=round(hct_pct * f_hct, sp.dec))
        hct_pct = out["hct"].value / f_hct
        assert out["hct"].flag not in ("LL", "HH") or hb.flag in ("LL", "HH"), out["hct"]
    rbc = round(hct_pct / mcv * 10, 2)
    if "rbc" in roles:
        out["rbc"] = ctx.num(roles["rbc"], names["rbc"], value=rbc)
    if "mcv" in roles:
        out["mcv"] = ctx.num(roles["mcv"], names["mcv"], value=hct_pct / rbc * 10)
    if "mch" in roles:
        out["mch"] = ctx.num(roles["mch"], names["mch"], value=hb_g / rbc * 10)
    if "mchc" in roles:
        out["mchc"] = ctx.num(roles["mchc"], names["mchc"], value=hb_g / hct_pct * 100)
    if "rdw" in roles:
        out["rdw"] = ctx.num(roles["rdw"], names["rdw"], value=rdw)
    return out


def lipid_panel(ctx: Ctx, roles: dict[str, str], names: dict[str, str], *, molar: bool,
                refs: dict[str, tuple] | None = None, forced: dict[str, float] | None = None) -> dict[str, Item]:
    """Total, HDL and triglycerides drawn; LDL calculated from them (Friedewald), as the report says."""
    refs, forced = refs or {}, forced or {}
    kw = lambda role: ({"ref": refs[role]} if role in refs else {})  # noqa: E731
    div = 2.2 if molar else 5.0
    hdl = ctx.num(roles["hdl"], names["hdl"], value=forced.get("hdl"), **kw("hdl"))
    tg = ctx.num(roles["tg"], names["tg"], value=forced.get("tg"), **kw("tg"))
    tc = ctx.num(roles["tc"], names["tc"], value=forced.get("tc"), **kw("tc"))
    ldl_v = tc.value - hdl.value - tg.value / div
    floor = 1.6 if molar else 62.0
    if ldl_v < floor:
        extra = ctx.rng.uniform(1.7, 3.4) if molar else ctx.rng.uniform(65, 130)
        tc = ctx.num(roles["tc"], names["tc"], value=hdl.value + tg.value / div + extra, **kw("tc"))
        ldl_v = tc.value - hdl.value - tg.value / div
    ldl = ctx.num(roles["ldl"], names["ldl"], value=ldl_v, **kw("ldl"))
    return {"tc": tc, "hdl": hdl, "tg": tg, "ldl": ldl}


# --------------------------------------------------------------------------------------------- drawing

_WIDTHS: dict[tuple[str, str], float] = {}


def tlen(s: str, size: float, font: str = "helv") -> float:
    """Width of a string (summed per character: PyMuPDF undercounts strings with non-ASCII characters)."""
    total = 0.0
    for ch in s:
        w = _WIDTHS.get((font, ch))
        if w is None:
            w = _WIDTHS[(font, ch)] = fitz.get_text_length(ch, fontname=font, fontsize=1000.0) / 1000.0
        total += w
    return total * size


def put(page, x: float, y: float, s: str, size: float = 9.0, font: str = "helv", color=BLACK, align: str = "l"):
    if align != "l":
        w = tlen(s, size, font)
        x = x - w if align == "r" else x - w / 2
    page.insert_text((x, y), s, fontsize=size, fontname=font, color=color)


class Sheet:
    """Pages with a header drawn on each, a cursor, and footers added once the page count is known."""

    def __init__(self, header: Callable, footer: Callable, bottom: float = 64.0):
        self.doc = fitz.open()
        self.header, self.footer, self.bottom = header, footer, bottom
        self.page = None
        self.y = 0.0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.y = self.header(self, self.page, len(self.doc))

    def need(self, h: float) -> bool:
        if self.y + h > H - self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x, s, size=9.0, font="helv", color=BLACK, align="l", dy: float = 0.0):
        put(self.page, x, self.y + dy, s, size, font, color, align)

    def hline(self, x0=40.0, x1=W - 40.0, dy: float = 0.0, width=0.5, color=BLACK, dash=None):
        self.page.draw_line((x0, self.y + dy), (x1, self.y + dy), color=color, width=width, dashes=dash)

    def wrap(self, x, s, width, size=8.0, font="helv", color=BLACK, lh=None):
        lh = lh or size * 1.3
        words, line = s.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if tlen(trial, size, font) > width and line:
                self.text(x, line, size, font, color)
                self.y += lh
                line = word
            else:
                line = trial
        if line:
            self.text(x, line, size, font, color)
            self.y += lh

    def finish(self) -> bytes:
        n = len(self.doc)
        for i in range(n):
            self.footer(self, self.doc[i], i + 1, n)
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def scan(pdf: bytes, seed: int, dpi: int = 170, angle: float = 1.0) -> bytes:
    """First page of a PDF as a scanner would give it: grey, skewed, a little blurred and noisy."""
    doc = fitz.open("pdf", pdf)
    pix = doc[0].get_pixmap(dpi=dpi, colorspace=fitz.csGRAY)
    img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    arr = np.asarray(img, dtype=np.float32)
    g = np.random.default_rng(seed)
    arr = 18.0 + arr * 0.9  # paper is not white, toner not black
    arr += g.normal(0.0, 7.0, arr.shape)
    salt = g.random(arr.shape)
    arr[salt < 0.0007] = 30.0
    arr[salt > 0.9993] = 255.0
    # a faint shadow along the binding edge
    ramp = np.clip(1.0 - np.arange(arr.shape[1]) / 60.0, 0, 1) * 35.0
    arr -= ramp[None, :]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ patients

NAMES = {
    "pt": {
        "F": ["Ana Cristina", "Marlene", "Rosângela", "Heloísa", "Luzia", "Patrícia", "Renata", "Sônia", "Débora",
              "Iracema", "Leila", "Cleonice", "Joana Darc"],
        "M": ["Antônio Carlos", "Benedito", "Cláudio", "Edson", "Joaquim", "Márcio", "Osvaldo", "Raimundo",
              "Sebastião", "Valdir", "Wellington", "Gilberto", "Nelson"],
        "S": ["Albuquerque", "Bastos", "Carvalhaes", "Dantas", "Fagundes", "Guimarães", "Lobo", "Moraes", "Nogueira",
              "Pimentel", "Prado", "Queiroz", "Rios", "Siqueira", "Tavares", "Valadares", "Zanetti", "Furtado",
              "Brandão", "Peixoto", "Arruda", "Camargo"],
    },
    "gb": {
        "F": ["Marjorie", "Gwen", "Fiona", "Harriet", "Imogen", "Lesley", "Pauline", "Rosalind", "Bethan"],
        "M": ["Gareth", "Alistair", "Desmond", "Graham", "Neville", "Rhys", "Trevor", "Callum", "Ewan"],
        "S": ["Thistlewood", "Pennock", "Ashcombe", "Brindley", "Catterall", "Dunmore", "Fairclough",
              "Hebblethwaite", "Kettleborough", "Meadowcroft", "Oakenshaw", "Ravensworth", "Quarrie"],
    },
    "us": {
        "F": ["Darlene", "Tamika", "Colleen", "Brenda", "Lorraine", "Shonda", "Wanda", "Kristen", "Jolene"],
        "M": ["Dwayne", "Earl", "Curtis", "Randall", "Marvin", "Travis", "Lonnie", "Duane", "Elmer"],
        "S": ["Kowalczyk", "Haverford", "Pruitt", "Delacroix", "Whitcombe", "Buckner", "Okafor", "Lindqvist",
              "Ramsdell", "Tolliver", "Szymanski", "Vanterpool"],
    },
}
MID = {"gb": "ABCDEFGHJKLMNPRSTW", "us": "ABCDEFGHJKLMNPRSTW"}


def make_patient(rng: random.Random, kind: str, sex: str, age: int) -> Patient:
    n = NAMES[kind]
    if kind == "pt":
        s1, s2 = rng.sample(n["S"], 2)
        name = f"{rng.choice(n[sex])} {s1} {s2}"
    else:
        name = f"{rng.choice(n[sex])} {rng.choice(MID[kind])}. {rng.choice(n['S'])}"
    collected = datetime(2025, rng.randint(1, 9), rng.randint(1, 28), rng.randint(7, 9), rng.randint(0, 59))
    dob = collected.date() - timedelta(days=int(age * 365.25) + rng.randint(15, 340))
    received = collected + timedelta(minutes=rng.randint(25, 240))
    released = received + timedelta(hours=rng.randint(3, 28), minutes=rng.randint(0, 59))
    if released.hour < 8:
        released = released.replace(hour=8)
    elif released.hour >= 20:
        released = released.replace(hour=19)
    p = Patient(name, sex, dob, collected, received, released)
    assert p.age == age, (p.age, age)
    return p


def d_br(d) -> str:
    return d.strftime("%d/%m/%Y")


def dt_br(d) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


def d_us(d) -> str:
    return d.strftime("%m/%d/%Y")


MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def d_mon(d) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ======================================================================= T1 — British label-value

T1_LAB = {
    "name": "FENMOOR PATHOLOGY PARTNERSHIP",
    "dept": "Blood Sciences  ·  Fenmoor General Hospital, Aldgate Road, Fenmoor FN4 7QX",
    "tel": "Laboratory enquiries 01632 960 481   ·   Out of hours 01632 960 112",
    "ukas": "UKAS accredited medical laboratory No. 8817",
}
T7_GB_LAB = {
    "name": "PENNINE VALE DIAGNOSTICS",
    "dept": "Department of Blood Sciences  ·  Calderbrook Road, Hebden Moor HX7 2QA",
    "tel": "Switchboard 01632 960 733   ·   Clinical advice ext. 5512",
    "ukas": "UKAS accredited medical laboratory No. 9042",
    "hosp": "PV",
    "gps": ["Dr M. Sutcliffe, Old Bank Surgery (B87025)", "Dr T. Ogunleye, Riverside Practice (B82041)"],
}

GB_NAMES = {
    "hb": "Haemoglobin", "wbc": "White cell count", "plt": "Platelets", "rbc": "Red cell count",
    "hct": "Haematocrit", "mcv": "MCV", "mch": "MCH", "neut": "Neutrophils", "lymph": "Lymphocytes",
    "mono": "Monocytes", "eos": "Eosinophils", "na": "Sodium", "k": "Potassium", "urea": "Urea",
    "creat": "Creatinine", "egfr": "eGFR", "bili": "Bilirubin", "alt": "ALT", "alp": "Alkaline phosphatase",
    "ggt": "Gamma GT", "alb": "Albumin", "tprot": "Total protein", "ca": "Calcium", "phos": "Phosphate",
    "mg": "Magnesium", "chol": "Cholesterol", "hdl": "HDL cholesterol", "ldl": "LDL cholesterol (calculated)",
    "tg": "Triglycerides", "gluc": "Plasma glucose", "hba1c": "HbA1c (IFCC)", "tsh": "TSH", "ft4": "Free T4",
    "ferritin": "Ferritin", "b12": "Vitamin B12", "folate": "Serum folate", "crp": "CRP",
    "oestradiol_f": "Oestradiol", "oestradiol_m": "Oestradiol", "testo_m": "Testosterone",
    "cortisol": "Cortisol (09:00)", "psa": "PSA (total)", "pt": "Prothrombin time", "inr": "INR", "aptt": "APTT",
}

T1_PLANS = [
    dict(sex="F", age=38, style="A", flags=False, umol="µmol/L", wbc_name="White cell count",
         sections=[("HAEMATOLOGY", ["hb", "wbc", "plt", "rbc", "hct", "mcv", "mch", "neut", "lymph"]),
                   ("CLINICAL BIOCHEMISTRY", ["na", "k", "urea", "creat", "egfr", "crp"])]),
    dict(sex="M", age=57, style="B", flags=True, umol="µmol/L", wbc_name="Leucocytes",
         sections=[("CLINICAL BIOCHEMISTRY", ["bili", "alt", "alp", "ggt", "alb", "tprot", "ca", "phos", "mg"]),
                   ("LIPIDS AND DIABETES", ["chol", "hdl", "tg", "ldl", "gluc", "hba1c"])]),
    dict(sex="F", age=29, style="C", flags=False, umol="µmol/L", wbc_name="Leucocytes",
         sections=[("HAEMATOLOGY", ["hb", "wbc", "plt", "mcv"]), ("HAEMATINICS", ["ferritin", "b12", "folate"]),
                   ("ENDOCRINOLOGY", ["tsh", "ft4"]), ("COAGULATION", ["pt", "inr", "aptt"])]),
    dict(sex="F", age=61, style="A", flags=True, umol="umol/L", wbc_name="White cell count",
         sections=[("ENDOCRINOLOGY", ["oestradiol_f", "cortisol", "tsh", "ft4"]),
                   ("CLINICAL BIOCHEMISTRY", ["na", "k", "urea", "creat", "egfr", "gluc", "chol", "hdl", "tg"])]),
    dict(sex="M", age=68, style="B", flags=True, umol="umol/L", wbc_name="White cell count", crit_k=6.8,
         sections=[("ENDOCRINOLOGY", ["testo_m", "psa", "oestradiol_m"]),
                   ("CLINICAL BIOCHEMISTRY", ["na", "k", "urea", "creat", "egfr", "alt", "alp", "bili", "alb",
                                              "hba1c"]),
                   ("HAEMATOLOGY", ["hb", "wbc", "plt"])]),
]


def gb_items(ctx: Ctx, keys: list[str], plan: dict) -> list[Item]:
    """Values for a British lab's tests, with FBC differentials and eGFR derived like a real analyser."""
    rng, p = ctx.rng, ctx.p
    out: list[Item] = []
    wbc_item = None
    creat_item = None
    pre: dict[str, Item] = {}
    red = [k for k in ("hb", "hct", "rbc", "mcv", "mch") if k in keys]
    if red:
        made = red_cells(ctx, {k: k for k in red}, GB_NAMES)
        pre.update({k: made[k] for k in red})
    if {"chol", "hdl", "tg", "ldl"} <= set(keys):
        made = lipid_panel(ctx, {"tc": "chol", "hdl": "hdl", "tg": "tg", "ldl": "ldl"},
                           {"tc": GB_NAMES["chol"], "hdl": GB_NAMES["hdl"], "tg": GB_NAMES["tg"], "ldl": GB_NAMES["ldl"]},
                           molar=True)
        pre.update({"chol": made["tc"], "hdl": made["hdl"], "tg": made["tg"], "ldl": made["ldl"]})
    for key in keys:
        name = GB_NAMES[key]
        if key in pre:
            out.append(pre[key])
            continue
        if key == "wbc":
            name = plan.get("wbc_name", name)
        if key in ("neut", "lymph", "mono", "eos"):
            assert wbc_item is not None
            if "diff" not in plan:
                pattern = {"H": "neutrophilia", "L": "lymphocytosis"}.get(wbc_item.flag, "normal")
                plan["diff"] = differential(rng, pattern)
            abs_v = wbc_item.value * plan["diff"][key] / 100.0
            out.append(ctx.num(key, name, value=abs_v))
            assert key != "neut" or out[-1].value >= 1.0, out[-1]
            continue
        if key == "inr" and pre.get("pt") is not None:
            ptv = pre["pt"]
            out.append(ctx.num("inr", name, value=round(ptv.value / 11.8, 1) if ptv.flag == "N"
                               else round(1.0 + (ptv.value - 11.8) / 5.0, 1)))
            continue
        if key == "k" and plan.get("crit_k"):
            out.append(ctx.num("k", name, value=plan["crit_k"]))
            continue
        if key == "egfr":
            assert creat_item is not None
            g = ckd_epi_2021(creat_item.value / 88.4, p.age, p.sex)
            if g >= 90:
                it = ctx.num("egfr", name, value=90, comp=">")
            else:
                it = ctx.num("egfr", name, value=round(g))
            out.append(it)
            continue
        if key == "crp":
            if rng.random() < 0.55:
                out.append(ctx.num("crp", name, value=4, comp="<"))
            else:
                out.append(ctx.num("crp", name, state="H"))
            continue
        unit = _UNSET
        if key in ("creat", "bili"):
            unit = plan["umol"]
        it = ctx.num(key, name, unit=unit)
        if key == "wbc":
            wbc_item = it
        if key == "pt":
            pre["pt"] = it
        if key == "creat":
            creat_item = it
        out.append(it)
    return out


def gb_ref(it: Item) -> str:
    if it.lo is None and it.hi is None:
        return ""
    if it.spec.loinc == "14715-7" and it.lo is None:
        return f"Postmenopausal: {rng_text(it.lo, it.hi, 0, 'en', lt='< ')}"
    return rng_text(it.lo, it.hi, it.spec.refdec, "en", lt="< ", gt="> ")


def t1_build(plan: dict, rng: random.Random, lab: dict = T1_LAB, notes: dict | None = None) -> tuple[bytes, Patient, list[Item]]:
    p = make_patient(rng, "gb", plan["sex"], plan["age"])
    ctx = Ctx(rng, "en", p, UK, p_abn=plan.get("p_abn", 0.3))
    surname = p.name.split()[-1].upper()
    given = " ".join(p.name.split()[:-1])
    nhs = f"999 {digits(rng, 3)} {digits(rng, 4)}"
    hosp = f"{lab.get('hosp', 'FN')}{digits(rng, 7)}"
    labno = f"25.H.{digits(rng, 7)}"
    gp = rng.choice(lab.get("gps", ["Dr H. Okonjo, Brambleside Medical Centre (Y02817)",
                                    "Dr R. Fairweather, Millrace Surgery (B81644)",
                                    "Dr S. Iqbal, Haverleigh Health Centre (C83051)"]))
    fmt_d = d_mon if plan.get("mon_dates") else d_br

    def header(sh: Sheet, page, n: int) -> float:
        put(page, 40, 48, lab["name"], 14, "hebo")
        put(page, 40, 61, lab["dept"], 7.5, color=GREY)
        put(page, 40, 71, lab["tel"], 7.5, color=GREY)
        page.draw_line((40, 78), (W - 40, 78), width=1.0)
        if n == 1:
            y = 92
            put(page, 40, y, "Patient:", 8.5, "hebo"); put(page, 105, y, f"{surname}, {given}", 8.5, "hebo")
            put(page, 340, y, "NHS No:", 8.5); put(page, 410, y, nhs, 8.5)
            y += 12
            put(page, 40, y, "DOB:", 8.5); put(page, 105, y, f"{fmt_d(p.dob)}   (Age {p.age} yrs)", 8.5)
            put(page, 340, y, "Hospital No:", 8.5); put(page, 410, y, hosp, 8.5)
            y += 12
            put(page, 40, y, "Sex:", 8.5); put(page, 105, y, "Female" if p.sex == "F" else "Male", 8.5)
            put(page, 340, y, "Lab No:", 8.5); put(page, 410, y, labno, 8.5)
            y += 12
            put(page, 40, y, "Requested by:", 8.5); put(page, 105, y, gp, 8.5)
            y += 12
            put(page, 40, y, "Collected:", 8.5); put(page, 105, y, f"{fmt_d(p.collected)} {p.collected:%H:%M}", 8.5)
            put(page, 205, y, "Received:", 8.5); put(page, 250, y, f"{fmt_d(p.received)} {p.received:%H:%M}", 8.5)
            put(page, 340, y, "Authorised:", 8.5); put(page, 410, y, f"{fmt_d(p.released)} {p.released:%H:%M}", 8.5)
            page.draw_line((40, y + 8), (W - 40, y + 8), width=0.6)
            return y + 26
        put(page, 40, 92, f"{surname}, {given}   NHS No: {nhs}   Lab No: {labno}   (continued)", 8, color=GREY)
        return 112

    def footer(sh: Sheet, page, i: int, n: int):
        page.draw_line((40, H - 48), (W - 40, H - 48), width=0.4, color=LIGHT)
        put(page, 40, H - 36, f"Printed {fmt_d(p.released)} {p.released:%H:%M}  ·  {lab['ukas']}", 7, color=GREY)
        put(page, W - 40, H - 36, f"Page {i} of {n}", 7.5, align="r")

    sh = Sheet(header, footer)
    items: list[Item] = []
    style = plan["style"]
    for title, keys in plan["sections"]:
        sec = gb_items(ctx, keys, plan)
        if plan.get("footnotes"):
            for it in sec:
                if it.spec and it.spec.loinc in plan["footnotes"]:
                    it.note = plan["footnotes"][it.spec.loinc]
        sh.need(40)
        sh.text(40, title, 10, "hebo")
        sh.hline(40, 40 + tlen(title, 10, "hebo"), dy=2.5, width=0.6)
        sh.y += 18
        for it in sec:
            if plan["flags"] and it.flag != "N":
                it.pflag = "H" if it.flag in ("H", "HH") else "L"
            shown = it.shown(space=False)
            if it.pflag:
                shown += f"   {it.pflag}"
            ref = gb_ref(it)
            label = it.name + (it.note or "")
            unit = it.unit or ""
            if style == "A":
                sh.need(56)
                sh.text(48, "Test:", 8.5, "hebo"); sh.text(130, label, 8.5, "hebo"); sh.y += 11
                sh.text(48, "Result:", 8.5); sh.text(130, shown, 8.5); sh.y += 11
                if unit:
                    sh.text(48, "Units:", 8.5); sh.text(130, unit, 8.5); sh.y += 11
                if ref:
                    sh.text(48, "Reference interval:", 8.5); sh.text(130, ref, 8.5); sh.y += 11
                sh.y += 6
            elif style == "B":
                sh.need(34)
                sh.text(48, f"Test: {label}", 8.5, "hebo"); sh.text(300, f"Result: {shown}", 8.5); sh.y += 11
                if unit:
                    sh.text(48, f"Units: {unit}", 8.5)
                if ref:
                    sh.text(300, f"Reference interval: {ref}", 8.5)
                sh.y += 15
            else:
                sh.need(16)
                sh.text(48, f"Test: {label}", 8.5)
                sh.text(222, f"Result: {shown}", 8.5)
                if unit:
                    sh.text(318, f"Units: {unit}", 8.5)
                if ref:
                    sh.text(418, f"Reference interval: {ref}", 8.5)
                sh.y += 14
            if it.spec and it.spec.loinc == "98979-8":
                sh.need(20)
                sh.wrap(130 if style == "A" else 48, "Comment: eGFR calculated with the CKD-EPI 2021 creatinine "
                        "equation, not adjusted for ethnicity. Interpret with caution at extremes of muscle mass "
                        "and in patients over 75 years.", 420, 7.5, color=GREY)
                sh.y += 6
            if it.flag == "HH" and it.spec.loinc == "2823-3":
                sh.need(20)
                sh.wrap(130 if style == "A" else 48, f"Comment: Critical result telephoned to {gp.split(',')[0]} "
                        f"at {(p.received + timedelta(minutes=47)):%H:%M} on {fmt_d(p.received)} by J. Brannigan "
                        "(BMS). No haemolysis seen; sample received 2 hours after venepuncture.", 420, 7.5,
                        color=GREY)
                sh.y += 6
        items += sec
        sh.y += 8
    if notes:
        sh.need(30)
        for line in notes.values():
            sh.text(40, line, 7.5, color=GREY)
            sh.y += 10
    return sh.finish(), p, items


# ======================================================================= T2 — Brazilian label-value

T2_LAB = {
    "name": "LABORATÓRIO VALE DO IPÊ",
    "sub": "Análises Clínicas e Toxicológicas",
    "addr": "Av. Rondon Pacheco, 3120 - Sala 4 - Uberlândia/MG - CEP 38408-343 - Fone (34) 3236-7788",
    "ids": "CNPJ 21.447.982/0001-63  -  CNES 2761420",
    "rt": "Responsável técnico: Dr. Heitor Camargo Leme - CRF-MG 18.204",
}
T7_PT_LAB = {
    "name": "LABORATÓRIO SÃO LUCAS DO CERRADO",
    "sub": "Patologia Clínica",
    "addr": "Rua 7 de Setembro, 845 - Setor Central - Anápolis/GO - CEP 75020-040 - Tel. (62) 3311-4520",
    "ids": "CNPJ 08.316.557/0001-02  -  CNES 3398102",
    "rt": "Responsável técnica: Dra. Rosana Elói Marçal - CRBM-GO 4.118",
    "doctors": ["Dr. Jairo Benício Lustosa - CRM-GO 9.871", "Dra. Yara Pontes Meireles - CRM-GO 14.380"],
}


@dataclass
class Exam:
    title: str
    method: str | None
    rows: list[tuple[str, Item, list[str]]]  # (label, item, reference lines)
    after: list[str] = field(default_factory=list)


def sex_ref_pt(spec: Spec, unit: str | None, *, lt="até ") -> list[str]:
    u = f" {unit}" if unit else ""
    m = rng_text(*spec.ref["M"], spec.refdec, "pt", lt=lt)
    f = rng_text(*spec.ref["F"], spec.refdec, "pt", lt=lt)
    return [f"Homens: {m}{u}   Mulheres: {f}{u}"]


def t2_exams(ctx: Ctx, key: str, plan: dict) -> list[Exam]:
    rng, p = ctx.rng, ctx.p
    sp = ctx.table

    def one(title, k, method=None, label="Resultado", refs=None, name=None, **kw) -> Exam:
        it = ctx.num(k, name or title, **kw)
        if refs is None:
            refs = [rng_text(it.lo, it.hi, sp[k].refdec, "pt", unit=it.unit)]
        return Exam(title, method, [(label, it, refs)])

    if key == "glicose":
        return [one("GLICOSE", "glicose", "Material: Soro   Método: Enzimático (hexoquinase)")]
    if key == "creatinina":
        it = ctx.num("creatinina", "CREATININA")
        return [Exam("CREATININA", "Material: Soro   Método: Jaffé cinético", [("Resultado", it, sex_ref_pt(sp["creatinina"], "mg/dL"))])]
    if key == "ureia":
        return [one("UREIA", "ureia", "Material: Soro   Método: Urease-UV")]
    if key == "ac_urico":
        it = ctx.num("ac_urico", "ÁCIDO ÚRICO")
        return [Exam("ÁCIDO ÚRICO", "Material: Soro   Método: Uricase-peroxidase",
                     [("Resultado", it, sex_ref_pt(sp["ac_urico"], "mg/dL"))])]
    if key in ("sodio", "potassio"):
        title = {"sodio": "SÓDIO", "potassio": "POTÁSSIO"}[key]
        kw = {}
        if key == "potassio" and plan.get("crit_k"):
            kw["value"] = plan["crit_k"]
        ex = one(title, key, "Material: Soro   Método: Eletrodo íon seletivo", **kw)
        if ex.rows[0][1].flag in ("LL", "HH"):
            ex.after.append(f"Resultado crítico confirmado em nova dosagem e comunicado ao médico solicitante em "
                            f"{d_br(p.received)} às {(p.received + timedelta(minutes=52)):%H:%M}.")
        return [ex]
    if key in ("tgo", "tgp", "ggt", "fa"):
        title = {"tgo": "TRANSAMINASE OXALACÉTICA - TGO", "tgp": "TRANSAMINASE PIRÚVICA - TGP",
                 "ggt": "GAMA GLUTAMIL TRANSFERASE - GGT", "fa": "FOSFATASE ALCALINA"}[key]
        it = ctx.num(key, title)
        return [Exam(title, "Material: Soro   Método: Cinético IFCC 37 °C", [("Resultado", it, sex_ref_pt(sp[key], "U/L"))])]
    if key == "ferritina":
        it = ctx.num("ferritina", "FERRITINA")
        return [Exam("FERRITINA", "Material: Soro   Método: Eletroquimioluminescência",
                     [("Resultado", it, sex_ref_pt(sp["ferritina"], "ng/mL"))])]
    if key == "ferro":
        it = ctx.num("ferro", "FERRO SÉRICO")
        return [Exam("FERRO SÉRICO", "Material: Soro   Método: Ferrozine", [("Resultado", it, sex_ref_pt(sp["ferro"], "µg/dL"))])]
    if key == "hb":
        it = ctx.num("hb", "HEMOGLOBINA")
        return [Exam("HEMOGLOBINA", "Material: Sangue total (EDTA)   Método: Automatizado",
                     [("Resultado", it, ["Homens: 13,5 a 17,5 g/dL  Mulheres: 12,0 a 15,5 g/dL"])])]
    if key == "tsh":
        return [one("TSH - HORMÔNIO TIREOESTIMULANTE", "tsh", "Material: Soro   Método: Eletroquimioluminescência")]
    if key == "t4l":
        return [one("T4 LIVRE", "t4l", "Material: Soro   Método: Eletroquimioluminescência")]
    if key == "vitd":
        it = ctx.num("vitd", "25-HIDROXIVITAMINA D")
        return [Exam("25-HIDROXIVITAMINA D", "Material: Soro   Método: Quimioluminescência",
                     [("Resultado", it, ["30 a 100 ng/mL"])])]
    if key == "b12":
        return [one("VITAMINA B12", "b12", "Material: Soro   Método: Quimioluminescência")]
    if key == "folato":
        return [one("ÁCIDO FÓLICO", "folato", "Material: Soro   Método: Quimioluminescência")]
    if key == "vhs":
        it = ctx.num("vhs", "VHS - VELOCIDADE DE HEMOSSEDIMENTAÇÃO")
        return [Exam("VHS - VELOCIDADE DE HEMOSSEDIMENTAÇÃO", "Material: Sangue total (EDTA)   Método: Westergren",
                     [("Resultado", it, list(VHS_BR_TEXT))])]
    if key == "psa":
        it = ctx.num("psa", "PSA TOTAL")
        return [Exam("PSA TOTAL - ANTÍGENO PROSTÁTICO ESPECÍFICO", "Material: Soro   Método: Eletroquimioluminescência",
                     [("Resultado", it, ["Valores de referência por faixa etária:"] + PSA_BR_TEXT)])]
    if key == "testo":
        it = ctx.num("testo", "TESTOSTERONA TOTAL")
        return [Exam("TESTOSTERONA TOTAL", "Material: Soro   Método: Eletroquimioluminescência",
                     [("Resultado", it, list(TESTO_BR_TEXT))])]
    if key == "estradiol_m":
        it = ctx.num("estradiol_m", "ESTRADIOL")
        return [Exam("ESTRADIOL", "Material: Soro   Método: Eletroquimioluminescência",
                     [("Resultado", it, ["Homens: 11,3 a 43,2 pg/mL",
                                         "Mulheres: consultar tabela por fase do ciclo menstrual"])])]
    if key == "cortisol":
        return [one("CORTISOL - MANHÃ", "cortisol", "Material: Soro   Método: Eletroquimioluminescência   Coleta às "
                    f"{p.collected:%H:%M}",
                    refs=["Coleta entre 7 e 10 horas: 6,2 a 19,4 µg/dL"])]
    if key == "hba1c":
        return [one("HEMOGLOBINA GLICADA - HbA1c", "hba1c", "Material: Sangue total (EDTA)   Método: HPLC",
                    refs=["Normal: até 5,6 %   Pré-diabetes: 5,7 a 6,4 %   Diabetes: 6,5 % ou mais"])]
    if key == "lipides":
        lp = lipid_panel(ctx, {"tc": "col_total", "hdl": "hdl", "tg": "trig", "ldl": "ldl"},
                         {"tc": "COLESTEROL TOTAL", "hdl": "HDL-COLESTEROL", "tg": "TRIGLICERÍDEOS",
                          "ldl": "LDL-COLESTEROL"}, molar=False)
        return [Exam("COLESTEROL TOTAL", "Material: Soro   Método: Enzimático colorimétrico",
                     [("Resultado", lp["tc"], ["Desejável: inferior a 190 mg/dL"])]),
                Exam("HDL-COLESTEROL", "Material: Soro   Método: Enzimático homogêneo",
                     [("Resultado", lp["hdl"], ["Desejável: superior a 40 mg/dL"])]),
                Exam("LDL-COLESTEROL", "Material: Soro   Método: Calculado (Friedewald)",
                     [("Resultado", lp["ldl"], ["Desejável: inferior a 130 mg/dL"])]),
                Exam("TRIGLICERÍDEOS", "Material: Soro   Método: Enzimático (GPO-PAP)",
                     [("Resultado", lp["tg"], ["Com jejum: inferior a 150 mg/dL"])])]
    if key in ("calcio", "magnesio", "fosforo", "albumina", "prot_tot", "pcr"):
        title = {"calcio": "CÁLCIO TOTAL", "magnesio": "MAGNÉSIO", "fosforo": "FÓSFORO", "albumina": "ALBUMINA",
                 "prot_tot": "PROTEÍNAS TOTAIS", "pcr": "PROTEÍNA C REATIVA (PCR)"}[key]
        if key == "pcr":
            kw = {"value": 0.5, "comp": "<"} if rng.random() < 0.5 else {"state": "H"}
            return [one(title, "pcr", "Material: Soro   Método: Imunoturbidimetria",
                        refs=["Inferior a 5,0 mg/L"], **kw)]
        return [one(title, key, "Material: Soro   Método: Colorimétrico")]
    if key == "coag":
        tp = ctx.num("tp", "TEMPO DE PROTROMBINA")
        inr = ctx.num("inr", "RNI", value=round(tp.value / 12.0 * rng.uniform(0.97, 1.03), 2) if tp.flag == "N"
                      else round(1.0 + (tp.value - 12.0) / 5.5, 2))
        ttpa = ctx.num("ttpa", "TTPA")
        return [Exam("TEMPO DE PROTROMBINA (TP)", "Material: Plasma citratado   Método: Coagulométrico",
                     [("Tempo", tp, ["10,0 a 13,5 segundos"]), ("RNI", inr, ["0,80 a 1,20"])]),
                Exam("TEMPO DE TROMBOPLASTINA PARCIAL ATIVADA (TTPA)", "Material: Plasma citratado   Método: Coagulométrico",
                     [("Tempo", ttpa, ["25,0 a 35,0 segundos"])])]
    raise KeyError(key)


T2_PLANS = [
    dict(sex="F", age=47, style="inline", flags=False,
         exams=["glicose", "creatinina", "ureia", "tgo", "tgp", "ggt", "ferritina", "hb", "ac_urico", "tsh", "t4l",
                "vitd", "vhs"]),
    dict(sex="M", age=63, style="stacked", flags=False,
         exams=["psa", "testo", "glicose", "hba1c", "lipides", "creatinina", "potassio", "sodio", "vhs"]),
    dict(sex="M", age=44, style="inline", flags=True,
         exams=["hb", "ferro", "ferritina", "b12", "folato", "creatinina", "tgp", "tgo", "fa", "calcio", "magnesio",
                "fosforo", "estradiol_m", "psa"]),
    dict(sex="F", age=71, style="stacked", flags=True, crit_k=2.6,
         exams=["coag", "glicose", "potassio", "sodio", "cortisol", "tsh", "t4l", "pcr", "albumina", "prot_tot",
                "ureia", "creatinina", "testo"]),
    dict(sex="F", age=33, style="inline", flags=False,
         exams=["hb", "ferritina", "ferro", "b12", "vitd", "tsh", "lipides", "glicose", "tgp", "pcr"]),
]


def t2_build(plan: dict, rng: random.Random, lab: dict = T2_LAB, notes: list[str] | None = None,
             marks: dict[str, str] | None = None) -> tuple[bytes, Patient, list[Item]]:
    p = make_patient(rng, "pt", plan["sex"], plan["age"])
    ctx = Ctx(rng, "pt", p, BR, p_abn=plan.get("p_abn", 0.3))
    exams = [e for key in plan["exams"] for e in t2_exams(ctx, key, plan)]
    for ex in exams:
        for _, it, _ in ex.rows:
            it.note = (marks or {}).get(it.loinc)
    pedido = f"{digits(rng, 7)}-{digits(rng, 4)}"
    medico = rng.choice(lab.get("doctors", ["Dra. Lúcia Ferraz Penteado - CRM-MG 45.218",
                                            "Dr. Otávio Reis Cunha - CRM-MG 61.904",
                                            "Dra. Sílvia Andrade Mota - CRM-MG 38.377"]))
    compact = plan.get("compact", False)
    fs = 8.0 if compact else 8.6

    def header(sh: Sheet, page, n: int) -> float:
        put(page, 40, 46, lab["name"], 15, "hebo", color=(0.05, 0.25, 0.15))
        put(page, 40, 58, lab["sub"], 9, "helv", color=(0.05, 0.25, 0.15))
        put(page, 40, 69, lab["addr"], 6.8, color=GREY)
        put(page, 40, 78, lab["ids"], 6.8, color=GREY)
        page.draw_line((40, 84), (W - 40, 84), width=1.2, color=(0.05, 0.25, 0.15))
        y = 97
        put(page, 40, y, "Paciente:", 8.5, "hebo"); put(page, 88, y, p.name.upper(), 8.5, "hebo")
        put(page, 400, y, "Pedido nº:", 8.5); put(page, 450, y, pedido, 8.5)
        y += 11
        put(page, 40, y, f"Data de nasc.: {d_br(p.dob)}     Idade: {p.age} anos     Sexo: "
                         f"{'Feminino' if p.sex == 'F' else 'Masculino'}", 8.5)
        put(page, 400, y, f"Coleta: {dt_br(p.collected)}", 8.5)
        y += 11
        put(page, 40, y, f"Médico(a): {medico}", 8.5)
        put(page, 400, y, f"Liberação: {dt_br(p.released)}", 8.5)
        y += 11
        put(page, 40, y, "Convênio: Particular     Unidade: Centro", 8.5)
        page.draw_line((40, y + 6), (W - 40, y + 6), width=0.5)
        return y + 24

    def footer(sh: Sheet, page, i: int, n: int):
        page.draw_line((40, H - 50), (W - 40, H - 50), width=0.4, color=LIGHT)
        put(page, 40, H - 40, lab["rt"], 7, color=GREY)
        put(page, 40, H - 31, "Laudo liberado eletronicamente. A interpretação dos resultados deve ser feita pelo "
                             "médico, considerando os dados clínicos.", 6.5, color=GREY)
        put(page, W - 40, H - 40, f"Página {i} de {n}", 7.5, align="r")

    sh = Sheet(header, footer)
    items: list[Item] = []
    for ex in exams:
        need = 30 + 11 * sum(max(1, len(r[2])) for r in ex.rows) + 10 * len(ex.after)
        sh.need(need)
        title = ex.title
        if len(ex.rows) == 1 and ex.rows[0][1].note:
            title += ex.rows[0][1].note
        sh.text(40, title, fs + 0.6, "hebo"); sh.y += 10
        if ex.method and not compact:
            sh.text(40, ex.method, 7, color=GREY); sh.y += 11
        for label, it, refs in ex.rows:
            if plan["flags"] and it.flag != "N":
                it.pflag = "ALTO" if it.flag in ("H", "HH") else "BAIXO"
            name = label + (it.note or "" if len(ex.rows) > 1 else "")
            res = f"{name}: {it.shown()}" + (f" {it.unit}" if it.unit else "")
            sh.text(52, res, fs, "hebo" if it.pflag else "helv")
            if it.pflag:
                sh.text(52 + tlen(res, fs, "hebo") + 10, it.pflag, fs, "hebo")
            if plan["style"] == "inline":
                sh.text(300, f"VR: {refs[0]}", fs - 0.4)
                for r in refs[1:]:
                    sh.y += 10
                    sh.text(318, r, fs - 0.4)
                sh.y += 12
            else:
                sh.y += 10.5
                sh.text(52, f"Ref.: {refs[0]}", fs - 0.4, color=GREY)
                for r in refs[1:]:
                    sh.y += 10
                    sh.text(75, r, fs - 0.4, color=GREY)
                sh.y += 12
            items.append(it)
        for a in ex.after:
            sh.wrap(52, a, 480, 7.2, color=GREY)
        sh.y += 2
        sh.hline(40, W - 40, dy=-4, width=0.3, color=LIGHT)
        sh.y += 8
    if notes:
        sh.need(10 + 10 * len(notes))
        for n_ in notes:
            sh.text(40, n_, 7.5)
            sh.y += 10
    return sh.finish(), p, items


# ======================================================================= T3 — Brazilian blocks

T3_LAB = {
    "name": "INSTITUTO DE PATOLOGIA CLÍNICA SERRA AZUL",
    "addr": "Unidade Batel - Rua Comendador Araújo, 1122 - Curitiba/PR - CEP 80420-000",
    "tel": "Central de atendimento (41) 3027-5590  -  www.serraazul-lab.com.br",
}
T3_SIGN = ["Dra. Vera Lúcia Abrantes - CRF-PR 9.412", "Dr. Caio Henrique Stroparo - CRBM-PR 7.305",
           "Dra. Mirela Kowalski Bueno - CRF-PR 14.087"]


def t3_blocks(ctx: Ctx, key: str) -> tuple[str, str, str, list[tuple[str, Item, list[str]]], list[str]]:
    """(title, material, method, rows, notes); rows are (label, item, reference lines)."""
    p, rng = ctx.p, ctx.rng
    sp = ctx.table
    if key == "glicose":
        it = ctx.num("glicose", "Glicose")
        return ("GLICOSE", "Soro", "Enzimático - hexoquinase",
                [("Resultado", it, ["Normal: 70 a 99 mg/dL", "Glicemia de jejum alterada: 100 a 125 mg/dL",
                                    "Diabetes mellitus: igual ou superior a 126 mg/dL"])],
                ["Jejum informado: 12 horas."])
    if key == "hba1c":
        it = ctx.num("hba1c", "Hemoglobina glicada")
        eag = ctx.num("eag", "Glicose média estimada", value=round(28.7 * it.value - 46.7))
        return ("HEMOGLOBINA GLICADA - HbA1c", "Sangue total (EDTA)", "Cromatografia líquida de alta eficiência (HPLC)",
                [("Resultado", it, ["Normal: até 5,6 %", "Pré-diabetes: 5,7 a 6,4 %",
                                    "Diabetes: igual ou superior a 6,5 %"]),
                 ("Glicose média estimada", eag, [])],
                ["Método certificado pelo NGSP. Glicose média estimada calculada pela fórmula do estudo ADAG "
                 "(28,7 x HbA1c - 46,7)."])
    if key == "lipidograma":
        tc = ctx.num("col_total", "Colesterol total")
        hdl = ctx.num("hdl", "HDL-colesterol")
        tg = ctx.num("trig", "Triglicerídeos")
        vldl_v = round(tg.value / 5)
        ldl_v = tc.value - hdl.value - vldl_v
        if ldl_v < 60:  # keep the panel plausible
            tc = ctx.num("col_total", "Colesterol total", value=hdl.value + vldl_v + rng.randint(85, 120))
            ldl_v = tc.value - hdl.value - vldl_v
        ldl = ctx.num("ldl", "LDL-colesterol", value=ldl_v)
        vldl = ctx.num("vldl", "VLDL-colesterol", value=vldl_v)
        nhdl = ctx.num("nao_hdl", "Colesterol não-HDL", value=tc.value - hdl.value)
        return ("COLESTEROL TOTAL E FRAÇÕES", "Soro", "Enzimático colorimétrico; LDL e VLDL calculados (Friedewald)",
                [("Colesterol total", tc, ["Desejável: inferior a 190 mg/dL"]),
                 ("HDL-colesterol", hdl, ["Desejável: superior a 40 mg/dL"]),
                 ("Triglicerídeos", tg, ["Com jejum: inferior a 150 mg/dL", "Sem jejum: inferior a 175 mg/dL"]),
                 ("LDL-colesterol", ldl, ["Desejável: inferior a 130 mg/dL"]),
                 ("VLDL-colesterol", vldl, ["Até 30 mg/dL"]),
                 ("Colesterol não-HDL", nhdl, ["Desejável: inferior a 160 mg/dL"])],
                ["Jejum informado: 12 horas. Metas terapêuticas conforme categoria de risco cardiovascular "
                 "(Atualização da Diretriz Brasileira de Dislipidemias, 2017). Fórmula de Friedewald válida para "
                 "triglicerídeos inferiores a 400 mg/dL."])
    if key == "creatinina":
        it = ctx.num("creatinina", "Creatinina")
        g = ckd_epi_2021(it.value, p.age, p.sex)
        egfr = ctx.num("egfr", "TFG estimada (CKD-EPI 2021)", value=round(g))
        ref = rng_text(*sp["creatinina"].ref[p.sex], 2, "pt", unit="mg/dL")
        return ("CREATININA", "Soro", "Cinético colorimétrico (Jaffé compensado)",
                [("Resultado", it, [f"{'Homens' if p.sex == 'M' else 'Mulheres'}: {ref}"]),
                 ("TFG estimada (CKD-EPI 2021)", egfr, ["Superior a 60 mL/min/1,73m²"])],
                ["Taxa de filtração glomerular estimada pela equação CKD-EPI 2021, sem coeficiente racial. "
                 "Não validada para menores de 18 anos e gestantes."])
    simple = {
        "ureia": ("UREIA", "Soro", "Cinético UV - urease/GLDH", None),
        "ac_urico": ("ÁCIDO ÚRICO", "Soro", "Enzimático - uricase", "sex"),
        "sodio": ("SÓDIO", "Soro", "Eletrodo íon seletivo indireto", None),
        "potassio": ("POTÁSSIO", "Soro", "Eletrodo íon seletivo indireto", None),
        "tgo": ("ASPARTATO AMINOTRANSFERASE - AST (TGO)", "Soro", "Cinético UV IFCC sem piridoxal fosfato", "sex"),
        "tgp": ("ALANINA AMINOTRANSFERASE - ALT (TGP)", "Soro", "Cinético UV IFCC sem piridoxal fosfato", "sex"),
        "ggt": ("GAMA-GLUTAMILTRANSFERASE - GGT", "Soro", "Cinético colorimétrico - Szasz/IFCC", "sex"),
        "fa": ("FOSFATASE ALCALINA", "Soro", "Cinético colorimétrico IFCC", "sex"),
        "t4l": ("TIROXINA LIVRE - T4 LIVRE", "Soro", "Eletroquimioluminescência", None),
        "b12": ("VITAMINA B12 - CIANOCOBALAMINA", "Soro", "Eletroquimioluminescência", None),
        "ferritina": ("FERRITINA", "Soro", "Eletroquimioluminescência", "sex"),
        "calcio": ("CÁLCIO TOTAL", "Soro", "Colorimétrico - arsenazo III", None),
        "magnesio": ("MAGNÉSIO", "Soro", "Colorimétrico - azul de xilidil", None),
    }
    if key in simple:
        title, mat, met, kind = simple[key]
        it = ctx.num(key, title.split(" - ")[0])
        if kind == "sex":
            ref = rng_text(*sp[key].ref[p.sex], sp[key].refdec, "pt", unit=it.unit)
            refs = [f"{'Homens' if p.sex == 'M' else 'Mulheres'}: {ref}"]
        else:
            refs = [rng_text(it.lo, it.hi, sp[key].refdec, "pt", unit=it.unit)]
        return (title, mat, met, [("Resultado", it, refs)], [])
    if key == "tsh":
        it = ctx.num("tsh", "TSH")
        refs = ["Adultos: 0,27 a 4,20 µUI/mL"]
        if p.sex == "M":
            refs = ["Adultos: 0,27 a 4,20 µUI/mL", "Acima de 80 anos: 0,40 a 5,80 µUI/mL"] if p.age < 80 else refs
        return ("HORMÔNIO TIREOESTIMULANTE - TSH", "Soro", "Eletroquimioluminescência - 3ª geração",
                [("Resultado", it, refs)], [])
    if key == "vitd":
        it = ctx.num("vitd", "25-hidroxivitamina D")
        return ("25-HIDROXIVITAMINA D (D2 + D3)", "Soro", "Quimioluminescência",
                [("Resultado", it, ["Deficiência: inferior a 20 ng/mL", "Insuficiência: 20 a 29 ng/mL",
                                    "Suficiência: 30 a 100 ng/mL", "Risco de toxicidade: superior a 100 ng/mL"])],
                [])
    if key == "bilirrubinas":
        bd = ctx.num("bd", "Bilirrubina direta")
        bi = ctx.num("bi", "Bilirrubina indireta")
        bt = ctx.num("bt", "Bilirrubina total", value=bd.value + bi.value)
        return ("BILIRRUBINAS TOTAL E FRAÇÕES", "Soro", "Colorimétrico - diazo (Jendrassik-Grof modificado)",
                [("Bilirrubina total", bt, ["Até 1,20 mg/dL"]), ("Bilirrubina direta", bd, ["Até 0,30 mg/dL"]),
                 ("Bilirrubina indireta", bi, ["Até 0,90 mg/dL"])], [])
    if key == "proteinas":
        alb = ctx.num("albumina", "Albumina")
        glob_v = round(rng.uniform(2.3, 3.3), 1)
        tp = ctx.num("prot_tot", "Proteínas totais", value=alb.value + glob_v)
        glob = ctx.num("globulina", "Globulinas", value=glob_v)
        ag = ctx.num("rel_ag", "Relação albumina/globulina", value=alb.value / glob_v)
        return ("PROTEÍNAS TOTAIS E FRAÇÕES", "Soro", "Biureto / verde de bromocresol; globulinas por cálculo",
                [("Proteínas totais", tp, ["6,4 a 8,3 g/dL"]), ("Albumina", alb, ["3,5 a 5,2 g/dL"]),
                 ("Globulinas", glob, ["2,0 a 3,5 g/dL"]), ("Relação A/G", ag, ["1,10 a 2,20"])], [])
    if key == "ferro":
        fe = ctx.num("ferro", "Ferro sérico")
        ctlf = ctx.num("ctlf", "Capacidade total de ligação do ferro",
                       state="H" if fe.flag == "L" and rng.random() < 0.6 else "N")
        sat = ctx.num("sat_transf", "Índice de saturação da transferrina", value=round(100 * fe.value / ctlf.value))
        fr = rng_text(*ctx.table["ferro"].ref[p.sex], 0, "pt", unit="µg/dL")
        return ("PERFIL DE FERRO", "Soro", "Colorimétrico - ferrozine",
                [("Ferro sérico", fe, [f"{'Homens' if p.sex == 'M' else 'Mulheres'}: {fr}"]),
                 ("Capacidade total de ligação do ferro", ctlf, ["250 a 450 µg/dL"]),
                 ("Índice de saturação da transferrina", sat, ["20 a 50 %"])], [])
    if key == "pcr":
        it = ctx.num("pcr", "Proteína C reativa", **({"value": 0.5, "comp": "<"} if rng.random() < 0.5 else {}))
        return ("PROTEÍNA C REATIVA - PCR", "Soro", "Imunoturbidimetria",
                [("Resultado", it, ["Inferior a 5,0 mg/L"])], ["Limite de quantificação do método: 0,5 mg/L."])
    if key == "coag":
        tp = ctx.num("tp", "Tempo de protrombina")
        inr = ctx.num("inr", "RNI", value=round(tp.value / 12.1, 2) if tp.flag == "N" else round(1.0 + (tp.value - 12.1) / 5.0, 2))
        return ("TEMPO DE PROTROMBINA - TP", "Plasma citratado", "Coagulométrico - tromboplastina ISI 1,02",
                [("Tempo", tp, ["10,0 a 13,5 segundos"]), ("RNI", inr, ["0,80 a 1,20"])],
                ["Pacientes em uso de anticoagulante oral: faixa terapêutica do RNI conforme indicação clínica "
                 "(usualmente 2,0 a 3,0)."])
    raise KeyError(key)


T3_PLANS = [
    dict(sex="M", age=58, leaders=True, refpos="right", blocks=["glicose", "hba1c", "lipidograma", "creatinina", "potassio"]),
    dict(sex="F", age=42, leaders=False, refpos="below", blocks=["tsh", "t4l", "vitd", "b12", "ferritina", "ferro", "pcr"]),
    dict(sex="F", age=66, leaders=True, refpos="below", blocks=["bilirrubinas", "tgo", "tgp", "ggt", "fa", "proteinas", "coag"]),
    dict(sex="M", age=37, leaders=False, refpos="right", blocks=["glicose", "ureia", "creatinina", "ac_urico", "sodio", "potassio", "calcio", "magnesio", "tsh"]),
    dict(sex="M", age=74, leaders=True, refpos="right", blocks=["hba1c", "glicose", "lipidograma", "tgp", "vitd"]),
]


def t3_build(plan: dict, rng: random.Random) -> tuple[bytes, Patient, list[Item]]:
    p = make_patient(rng, "pt", plan["sex"], plan["age"])
    ctx = Ctx(rng, "pt", p, BR, p_abn=plan.get("p_abn", 0.32))
    atend = f"{digits(rng, 4)}-{digits(rng, 6)}"
    months = (p.collected.month - p.dob.month - (p.collected.day < p.dob.day)) % 12
    medico = rng.choice(["Dr. Fábio Ribas Cordeiro - CRM/PR 23.117", "Dra. Noemi Fontana Lins - CRM/PR 31.552"])
    code = "-".join(f"{rng.randrange(16 ** 4):04X}" for _ in range(3))

    def header(sh: Sheet, page, n: int) -> float:
        page.draw_rect(fitz.Rect(40, 30, 92, 70), color=(0.1, 0.2, 0.5), fill=(0.1, 0.2, 0.5))
        put(page, 66, 56, "IPC", 15, "hebo", color=(1, 1, 1), align="c")
        put(page, 100, 44, T3_LAB["name"], 12, "hebo", color=(0.1, 0.2, 0.5))
        put(page, 100, 56, T3_LAB["addr"], 7, color=GREY)
        put(page, 100, 65, T3_LAB["tel"], 7, color=GREY)
        page.draw_rect(fitz.Rect(40, 78, W - 40, 124), color=(0.1, 0.2, 0.5), width=0.7)
        put(page, 46, 90, f"Nome: {p.name}", 8.5, "hebo")
        put(page, 380, 90, f"Atendimento: {atend}", 8)
        put(page, 46, 101, f"Sexo: {'F' if p.sex == 'F' else 'M'}     Nascimento: {d_br(p.dob)}     Idade: {p.age}A {months}M", 8)
        put(page, 380, 101, f"Data da coleta: {d_br(p.collected)}", 8)
        put(page, 46, 112, f"Solicitante: {medico}", 8)
        put(page, 380, 112, f"Emissão: {d_br(p.released)}", 8)
        return 146

    def footer(sh: Sheet, page, i: int, n: int):
        put(page, 40, H - 38, f"Documento assinado digitalmente. Código de verificação: {code}", 6.8, color=GREY)
        put(page, W - 40, H - 38, f"Página {i}/{n}", 7.5, align="r")

    sh = Sheet(header, footer)
    items: list[Item] = []
    for bkey in plan["blocks"]:
        title, mat, met, rows, notes = t3_blocks(ctx, bkey)
        nref = sum(max(1, len(r[2])) for r in rows)
        need = 60 + (11 * nref if plan["refpos"] == "below" else 12 * len(rows) + 10 * nref) + 20 * len(notes)
        sh.need(need)
        sh.text(40, title, 10, "hebo"); sh.y += 13
        sh.text(40, f"Material: {mat}", 7.8, color=GREY); sh.y += 10
        sh.text(40, f"Método: {met}", 7.8, color=GREY); sh.y += 14
        for label, it, refs in rows:
            lab_ = label + (it.note or "")
            if plan["leaders"]:
                dots = max(3, int((150 - tlen(lab_, 9)) / tlen(".", 9)))
                head = f"{lab_}{'.' * dots}: "
            else:
                head = f"{lab_}: "
            res = f"{head}{it.shown()}" + (f" {it.unit}" if it.unit else "")
            sh.text(48, res, 9, "helv")
            if plan["refpos"] == "right":
                if len(rows) == 1 and len(refs) > 1:
                    sh.text(345, "Valor de referência:", 7.8, color=GREY)
                    for r in refs:
                        sh.y += 10
                        sh.text(345, r, 7.8)
                elif refs:
                    lbl = "Valor de referência: " if len(rows) == 1 else "V.R.: "
                    sh.text(345, lbl, 7.8, color=GREY)
                    x = 345 + tlen(lbl, 7.8)
                    for j, r in enumerate(refs):
                        if j:
                            sh.y += 10
                        sh.text(x, r, 7.8)
                sh.y += 13
            else:
                sh.y += 12
                if refs:
                    sh.text(60, "Valor de referência:", 7.8, "hebo", color=GREY)
                    sh.y += 10
                    for r in refs:
                        sh.text(72, r, 7.8, color=GREY)
                        sh.y += 10
                sh.y += 3
            items.append(it)
        for n_ in notes:
            sh.wrap(48, f"Nota: {n_}", 490, 7.2, color=GREY)
        sh.y += 3
        signed = p.released - timedelta(minutes=rng.randint(5, 90))
        sh.text(W - 40, f"Liberado eletronicamente por {rng.choice(T3_SIGN)} em {dt_br(signed)}", 7, "helv",
                color=GREY, align="r")
        sh.y += 7
        sh.hline(40, W - 40, width=0.4, color=LIGHT, dash="[2 2] 0")
        sh.y += 18
    return sh.finish(), p, items


# ======================================================================= T4 — tables with group units

T4_PT_LAB = {"name": "ÂMBAR DIAGNÓSTICOS", "sub": "Laboratório de Análises Clínicas",
             "addr": "Av. Conselheiro Aguiar, 2780 - Boa Viagem - Recife/PE - CEP 51020-020 - (81) 3462-1190",
             "doctor": "Dr. Ícaro Bezerra Leão  CRM-PE 19.662",
             "rt": "Resp. técnico: Dr. Alcides Monteiro Sá - CRF-PE 3.975"}
T4_EN_LAB = {"name": "NORTHGATE CLINICAL LABORATORY", "sub": "Community Laboratory Services",
             "addr": "1180 Upper James Street, Unit 6, Hamilton, ON L9C 3B1  ·  Tel 905-555-0186  ·  Fax 905-555-0187"}

PT_WORD = {"negative": "Negativo", "absent": "Ausentes", "present": "Presentes", "trace": "Traços", "positive": "Positivo",
           "non-reactive": "Não reagente", "reactive": "Reagente"}
EN_WORD = {"negative": "Negative", "absent": "Absent", "present": "Present", "trace": "Trace", "positive": "Positive",
           "not detected": "Not detected"}


def urine_items(ctx: Ctx, lang: str, abnormal: dict[str, str] | None = None) -> list[tuple[Item, str]]:
    """Dipstick + sediment: (item, printed reference)."""
    rng = ctx.rng
    abnormal = abnormal or {}
    out = []
    sg_spec = ctx.table["densidade" if lang == "pt" else "sg"]
    ph_spec = ctx.table["ph_urina" if lang == "pt" else "uph"]
    sg = ctx.num(sg_spec, "Densidade" if lang == "pt" else "Specific gravity", value=rng.choice([1.010, 1.015, 1.020, 1.025]))
    ph = ctx.num(ph_spec, "pH", value=rng.choice([5.0, 5.5, 6.0, 6.5, 7.0]))
    out.append((sg, rng_text(sg.lo, sg.hi, 3, lang)))
    out.append((ph, rng_text(ph.lo, ph.hi, 1, lang)))
    names_pt = {"protein": "Proteínas", "glucose": "Glicose", "ketones": "Corpos cetônicos", "blood": "Hemoglobina",
                "nitrite": "Nitrito", "leuk": "Leucócitos (esterase)", "bilirubin": "Bilirrubina",
                "bacteria": "Bactérias"}
    names_en = {"protein": "Protein", "glucose": "Glucose", "ketones": "Ketones", "blood": "Blood",
                "nitrite": "Nitrite", "leuk": "Leukocyte esterase", "bilirubin": "Bilirubin",
                "bacteria": "Bacteria"}
    for k in ("protein", "glucose", "ketones", "blood", "bilirubin", "nitrite", "leuk", "bacteria"):
        normal = "absent" if k == "bacteria" else "negative"
        meaning = abnormal.get(k, normal)
        words = PT_WORD if lang == "pt" else EN_WORD
        name = (names_pt if lang == "pt" else names_en)[k]
        out.append((ctx.qual(UA_LOINC[k], name, words[meaning], meaning), words[normal]))
    return out


T4_PLANS = [
    dict(lang="pt", sex="F", age=52, kind="groups"),
    dict(lang="pt", sex="M", age=45, kind="transposed"),
    dict(lang="en", sex="M", age=59, kind="groups"),
    dict(lang="en", sex="F", age=34, kind="ditto"),
    dict(lang="pt", sex="M", age=68, kind="unitname"),
]


def t4_build(plan: dict, rng: random.Random, lab: dict | None = None, footnotes: dict | None = None,
             compact: bool = False, marks: dict[str, str] | None = None) -> tuple[bytes, Patient, list[Item]]:
    lang = plan["lang"]
    pt = lang == "pt"
    lab = lab or (T4_PT_LAB if pt else T4_EN_LAB)
    p = make_patient(rng, "pt" if pt else "us", plan["sex"], plan["age"])
    ctx = Ctx(rng, lang, p, BR if pt else UK, p_abn=plan.get("p_abn", 0.45))
    tbl = ctx.table
    reqno = f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}" if pt else f"NG-{digits(rng, 8)}"
    fs = 7.8 if compact else 8.4
    rh = 10.5 if compact else 11.5

    def header(sh: Sheet, page, n: int) -> float:
        put(page, 40, 44, lab["name"], 14, "hebo", color=(0.55, 0.3, 0.0) if pt else (0.15, 0.15, 0.45))
        put(page, 40, 55, lab["sub"], 8.5)
        put(page, 40, 65, lab["addr"], 6.8, color=GREY)
        y = 82
        page.draw_rect(fitz.Rect(40, 72, W - 40, 116), color=LIGHT, fill=(0.95, 0.95, 0.95), width=0.5)
        if pt:
            put(page, 46, y, f"Paciente: {p.name}", 8.5, "hebo"); put(page, 380, y, f"Requisição: {reqno}", 8)
            put(page, 46, y + 11, f"Sexo: {'Feminino' if p.sex == 'F' else 'Masculino'}   Idade: {p.age} anos   "
                                  f"Nasc.: {d_br(p.dob)}", 8)
            put(page, 380, y + 11, f"Coletado em: {dt_br(p.collected)}", 8)
            put(page, 46, y + 22, f"Médico: {lab['doctor']}", 8)
            put(page, 380, y + 22, f"Emitido em: {dt_br(p.released)}", 8)
        else:
            put(page, 46, y, f"Patient: {p.name.split()[-1].upper()}, {' '.join(p.name.split()[:-1])}", 8.5, "hebo")
            put(page, 380, y, f"Accession: {reqno}", 8)
            put(page, 46, y + 11, f"Sex: {'F' if p.sex == 'F' else 'M'}   DOB: {p.dob:%Y-%m-%d}   Age: {p.age} y   "
                                  f"HCN: {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}", 8)
            put(page, 380, y + 11, f"Collected: {p.collected:%Y-%m-%d %H:%M}", 8)
            put(page, 46, y + 22, "Ordering: Dr. P. Vandersteen (CPSO 77120)", 8)
            put(page, 380, y + 22, f"Reported: {p.released:%Y-%m-%d %H:%M}", 8)
        return 134

    def footer(sh: Sheet, page, i: int, n: int):
        if pt:
            put(page, 40, H - 36, f"{lab['rt']}   ·   Laudo com validade mediante assinatura eletrônica", 6.8,
                color=GREY)
            put(page, W - 40, H - 36, f"Pág. {i}/{n}", 7.5, align="r")
        else:
            put(page, 40, H - 36, "Laboratory Director: Helen Aukema, MD, FRCPC   ·   Licence 4418", 6.8, color=GREY)
            put(page, W - 40, H - 36, f"Page {i} of {n}", 7.5, align="r")

    sh = Sheet(header, footer)
    items: list[Item] = []
    X_NAME, X_RES, X_REF, X_FLAG = 46, 250, 360, 320

    def table_head(cols: list[tuple[float, str]]):
        sh.need(30)
        sh.page.draw_rect(fitz.Rect(40, sh.y - 9, W - 40, sh.y + 4), color=None, fill=(0.85, 0.85, 0.85))
        for x, s in cols:
            sh.text(x, s, fs, "hebo")
        sh.y += 16

    def group(title: str):
        sh.need(30)
        sh.y += 5
        sh.text(X_NAME - 4, title, fs + 0.4, "hebo")
        sh.hline(40, W - 40, dy=3, width=0.4)
        sh.y += rh + 3

    def row(it: Item, ref: str, *, unit_cell: str | None = None, flags: bool = False, xref=X_REF):
        sh.need(rh + 2)
        it.note = (marks or {}).get(it.loinc)
        sh.text(X_NAME + 6, it.name + (it.note or ""), fs)
        sh.text(X_RES + 30, it.shown(), fs, align="r")
        if unit_cell is not None:
            sh.text(X_RES + 40, unit_cell, fs)
        if flags and it.flag != "N":
            it.pflag = "H" if it.flag in ("H", "HH") else "L"
            sh.text(X_FLAG, it.pflag, fs, "hebo")
        sh.text(xref, ref, fs)
        sh.y += rh
        items.append(it)

    kind = plan["kind"]
    if pt and kind == "groups":
        table_head([(X_NAME, "EXAME"), (X_RES, "RESULTADO"), (X_REF, "VALORES DE REFERÊNCIA")])
        group("BIOQUÍMICA (mg/dL)")
        lp = lipid_panel(ctx, {"tc": "col_total", "hdl": "hdl", "tg": "trig", "ldl": "ldl"},
                         {"tc": "Colesterol total", "hdl": "HDL-colesterol", "tg": "Triglicerídeos",
                          "ldl": "LDL-colesterol (calculado)"}, molar=False)
        for k, nm, ref in [("glicose", "Glicose", "70 a 99"), ("creatinina", "Creatinina", None),
                           ("tc", "", "Desejável: < 190"), ("hdl", "", "Desejável: > 40"),
                           ("ldl", "", "Desejável: < 130"), ("tg", "", "< 150 (jejum)")]:
            it = lp[k] if k in lp else ctx.num(k, nm, unit="mg/dL")
            if ref is None:
                ref = f"{'Masc.' if p.sex == 'M' else 'Fem.'}: {rng_text(it.lo, it.hi, tbl[k].refdec, 'pt')}"
            row(it, ref)
        group("ENZIMAS (U/L)")
        for k, nm in [("tgo", "TGO / AST"), ("tgp", "TGP / ALT"), ("ggt", "Gama-GT")]:
            it = ctx.num(k, nm, unit="U/L")
            row(it, rng_text(it.lo, it.hi, 0, "pt"))
        group("ELETRÓLITOS (mEq/L)")
        for k, nm in [("sodio", "Sódio"), ("potassio", "Potássio")]:
            it = ctx.num(k, nm, unit="mEq/L")
            row(it, rng_text(it.lo, it.hi, tbl[k].refdec, "pt"))
        group("URINA TIPO I - EAS")
        for it, ref in urine_items(ctx, "pt", {"blood": "trace"}):
            row(it, ref)
        group("SOROLOGIA")
        for k, nm in [("vdrl", "VDRL"), ("hcv", "Anti-HCV"), ("hbsag", "HBsAg")]:
            row(ctx.qual(SERO_LOINC[k], nm, "Não reagente", "non-reactive"), "Não reagente")
    elif pt and kind == "transposed":
        # electrolytes as a transposed table: one header row of names, one row each of results, units, refs
        cols = [("sodio", "Sódio"), ("potassio", "Potássio"), ("cloro", "Cloro"), ("calcio", "Cálcio"),
                ("magnesio", "Magnésio"), ("fosforo", "Fósforo")]
        its = [ctx.num(k, nm) for k, nm in cols]
        for it in its:
            it.note = (marks or {}).get(it.loinc)
        sh.text(40, "ELETRÓLITOS E MINERAIS - SORO", 9.5, "hebo"); sh.y += 16
        xs = [130 + 72 * i for i in range(len(cols))]
        sh.page.draw_rect(fitz.Rect(40, sh.y - 9, W - 40, sh.y + 4), color=None, fill=(0.88, 0.88, 0.88))
        for x, it in zip(xs, its):
            sh.text(x, it.name + (it.note or ""), fs, "hebo", align="c")
        sh.y += 14
        for label, cell in [("Resultado", lambda it: it.shown()), ("Unidade", lambda it: it.unit),
                            ("Referência", lambda it: rng_text(it.lo, it.hi, it.spec.refdec, "pt", sep=" - "))]:
            sh.text(46, label, fs, "hebo")
            for x, it in zip(xs, its):
                sh.text(x, cell(it), fs, align="c")
            sh.y += 13
        items.extend(its)
        sh.y += 12
        table_head([(X_NAME, "EXAME"), (X_RES, "RESULTADO"), (X_REF, "REFERÊNCIA")])
        group("FUNÇÃO RENAL (mg/dL)")
        ur = ctx.num("ureia", "Ureia", unit="mg/dL"); row(ur, "17 a 43")
        cr = ctx.num("creatinina", "Creatinina", unit="mg/dL")
        row(cr, f"{'Homens' if p.sex == 'M' else 'Mulheres'}: {rng_text(cr.lo, cr.hi, 2, 'pt')}")
        group("FILTRAÇÃO GLOMERULAR (mL/min/1,73 m²)")
        g = ckd_epi_2021(cr.value, p.age, p.sex)
        eg = ctx.num("egfr", "TFG estimada - CKD-EPI 2021", value=90 if g >= 90 else round(g),
                     comp=">" if g >= 90 else None, unit="mL/min/1,73 m²")
        row(eg, "> 60")
        group("PROTEÍNAS INFLAMATÓRIAS (mg/L)")
        pcr = ctx.num("pcr", "Proteína C reativa", value=0.5, comp="<", unit="mg/L")
        row(pcr, "< 5,0")
        group("URINA TIPO I")
        for it, ref in urine_items(ctx, "pt"):
            row(it, ref)
    elif pt and kind == "unitname":
        table_head([(X_NAME, "EXAME"), (X_RES, "RESULTADO"), (X_REF, "VALOR DE REFERÊNCIA")])
        group("PERFIL METABÓLICO")
        for k, nm, u in [("glicose", "Glicose", "mg/dL"), ("hba1c", "Hemoglobina glicada", "%"),
                         ("creatinina", "Creatinina", "mg/dL"), ("ureia", "Ureia", "mg/dL"),
                         ("potassio", "Potássio", "mEq/L"), ("sodio", "Sódio", "mEq/L")]:
            it = ctx.num(k, f"{nm} ({u})", unit=u)
            row(it, rng_text(it.lo, it.hi, tbl[k].refdec, "pt"))
        group("MARCADORES")
        psa = ctx.num("psa", "PSA total (ng/mL)", unit="ng/mL")
        row(psa, "70 anos ou mais: até 6,5" if p.age >= 70 else "60 a 69 anos: até 4,5")
        b12 = ctx.num("b12", "Vitamina B12 (pg/mL)", value=2000, comp=">", unit="pg/mL")
        row(b12, "211 a 911")
        fer = ctx.num("ferritina", "Ferritina (ng/mL)", unit="ng/mL")
        row(fer, "Homens: 30 a 400")
        bd = ctx.num("bd", "Bilirrubina direta (mg/dL)", value=0.1, comp="<", unit="mg/dL")
        row(bd, "até 0,30")
        group("ENZIMAS HEPÁTICAS (U/L)")
        for k, nm in [("tgo", "AST"), ("tgp", "ALT"), ("ggt", "GGT")]:
            it = ctx.num(k, nm, unit="U/L")
            row(it, rng_text(it.lo, it.hi, 0, "pt"))
        group("URINA TIPO I")
        for it, ref in urine_items(ctx, "pt"):
            row(it, ref)
    elif kind == "groups":  # en, SI units, group headers carry the unit
        table_head([(X_NAME, "TEST"), (X_RES, "RESULT"), (X_FLAG, "FLAG"), (X_REF + 10, "REFERENCE RANGE")])
        group("ELECTROLYTES & RENAL (mmol/L)")
        for k, nm in [("na", "Sodium"), ("k", "Potassium"), ("cl", "Chloride"), ("bicarb", "Bicarbonate"), ("urea", "Urea")]:
            it = ctx.num(k, nm, unit="mmol/L")
            row(it, rng_text(it.lo, it.hi, tbl[k].refdec, "en"), flags=True, xref=X_REF + 10)
        group("CREATININE (µmol/L)")
        it = ctx.num("creat", "Creatinine", unit="µmol/L")
        row(it, rng_text(it.lo, it.hi, 0, "en"), flags=True, xref=X_REF + 10)
        group("LIVER FUNCTION (U/L)")
        for k, nm in [("alt", "ALT"), ("ast", "AST"), ("ggt", "GGT"), ("alp", "Alkaline phosphatase")]:
            it = ctx.num(k, nm, unit="U/L")
            row(it, rng_text(it.lo, it.hi, 0, "en"), flags=True, xref=X_REF + 10)
        group("LIPID PROFILE (mmol/L)")
        lp = lipid_panel(ctx, {"tc": "chol", "hdl": "hdl", "tg": "tg", "ldl": "ldl"},
                         {"tc": "Total cholesterol", "hdl": "HDL cholesterol", "tg": "Triglycerides",
                          "ldl": "LDL cholesterol (calc.)"}, molar=True,
                         refs={"tc": (None, 5.2), "tg": (None, 1.7), "hdl": (1.0, None), "ldl": (None, 3.5)})
        for role, ref in [("tc", "< 5.2"), ("tg", "< 1.7"), ("hdl", "> 1.0"), ("ldl", "< 3.5")]:
            row(lp[role], ref, flags=True, xref=X_REF + 10)
        group("URINALYSIS (dipstick and microscopy)")
        for it, ref in urine_items(ctx, "en", {"nitrite": "positive", "leuk": "positive", "bacteria": "present"}):
            row(it, ref, xref=X_REF + 10)
    else:  # en "ditto": unit column printed on the first row of each run, ditto marks below
        table_head([(X_NAME, "TEST"), (X_RES, "RESULT"), (X_RES + 40, "UNITS"), (X_REF + 20, "REFERENCE")])
        runs = [
            ("CHEMISTRY", [("gluc", "Glucose (random)"), ("na", "Sodium"), ("k", "Potassium"), ("urea", "Urea")], "mmol/L"),
            (None, [("creat", "Creatinine")], "µmol/L"),
            (None, [("alt", "ALT"), ("alp", "Alkaline phosphatase")], "U/L"),
            (None, [("alb", "Albumin"), ("tprot", "Total protein")], "g/L"),
            ("THYROID / IRON", [("tsh", "TSH")], "mU/L"),
            (None, [("ft4", "Free T4")], "pmol/L"),
            (None, [("ferritin", "Ferritin"), ("folate", "Folate")], "µg/L"),
            (None, [("b12", "Vitamin B12")], "ng/L"),
        ]
        for title, run, unit in runs:
            if title:
                group(title)
            for j, (k, nm) in enumerate(run):
                ref = {"gluc": (3.5, 7.7)}.get(k, _UNSET)
                it = ctx.num(k, nm, unit=unit, ref=ref)
                row(it, rng_text(it.lo, it.hi, tbl[k].refdec, "en"), unit_cell=unit if j == 0 else '"',
                    xref=X_REF + 20)
        group("COAGULATION")
        pt_ = ctx.num("pt", "Prothrombin time", unit="s")
        row(pt_, "10.0 - 13.5", unit_cell="s", xref=X_REF + 20)
        inr = ctx.num("inr", "INR", value=round(pt_.value / 11.8, 1) if pt_.flag == "N" else round(1 + (pt_.value - 11.8) / 5, 1))
        row(inr, "0.8 - 1.2", unit_cell="", xref=X_REF + 20)
    if footnotes:
        sh.y += 8
        sh.need(12 * len(footnotes))
        for line in footnotes.values():
            sh.text(40, line, 7.5)
            sh.y += 10
    return sh.finish(), p, items


# ======================================================================= T5 — hemograma with differential

T5_LAB = {"name": "HEMOLAB CAMPOS GERAIS", "sub": "Hematologia e Análises Clínicas",
          "addr": "Rua Balduíno Taques, 1540 - Centro - Ponta Grossa/PR - CEP 84010-050 - Fone (42) 3224-8861"}

PT_DIFF_NAME = {"neut": "Neutrófilos", "lymph": "Linfócitos", "mono": "Monócitos", "eos": "Eosinófilos",
                "baso": "Basófilos"}
DIFF_REF_PCT = {"neut": (40, 70), "lymph": (20, 45), "mono": (2, 10), "eos": (1, 5), "baso": (0, 2)}
DIFF_REF_ABS = {"neut": (1600, 7700), "lymph": (1000, 4000), "mono": (100, 1000), "eos": (40, 500), "baso": (0, 200)}

T5_PLANS = [
    dict(sex="F", age=34, units="mm3", pattern="iron_def", wbc_state="N", diff="normal", segmented=True, both_sexes=False),
    dict(sex="M", age=52, units="x10", pattern="normal", wbc_state="H", diff="neutrophilia", segmented=False, both_sexes=True),
    dict(sex="F", age=27, units="uL", pattern="normal", wbc_state="N", diff="eosinophilia", segmented=True, both_sexes=False),
    dict(sex="M", age=77, units="mm3", pattern="normal", wbc_state="L", diff="leukopenia", segmented=False,
         both_sexes=True, crit_plt=14000),
    dict(sex="F", age=58, units="x10", pattern="macro", wbc_state="N", diff="low_lymph", segmented=True, both_sexes=True),
]


def t5_build(plan: dict, rng: random.Random) -> tuple[bytes, Patient, list[Item]]:
    p = make_patient(rng, "pt", plan["sex"], plan["age"])
    ctx = Ctx(rng, "pt", p, BR, p_abn=0.0)
    sex = p.sex
    units = plan["units"]
    u = rng.uniform
    # red cells: Hb and indices drive Ht and RBC count, so the printed numbers agree with each other
    hb_ref = {"M": (13.5, 17.5), "F": (12.0, 15.5)}
    ht_ref = {"M": (40.0, 50.0), "F": (35.0, 45.0)}
    rbc_ref = {"M": (4.50, 5.90), "F": (4.00, 5.20)}
    if plan["pattern"] == "iron_def":
        hb_v, mcv, mchc = u(9.2, 10.6), u(68, 76), u(30.0, 31.4)
    elif plan["pattern"] == "macro":
        hb_v, mcv, mchc = u(10.4, 11.5), u(102, 108), u(32.5, 34.0)
    else:
        lo, hi = hb_ref[sex]
        hb_v, mcv, mchc = u(lo + 0.6, hi - 0.8), u(84, 95), u(32.4, 34.8)
    hb_v = round(hb_v, 1)
    ht_v = round(hb_v / mchc * 100, 1)
    rbc_v = round(ht_v / mcv * 10, 2)
    mcv_v = round(ht_v / rbc_v * 10, 1)
    mch_v = round(hb_v / rbc_v * 10, 1)
    mchc_v = round(hb_v / ht_v * 100, 1)
    rdw_v = round(u(15.2, 18.4) if plan["pattern"] == "iron_def" else u(12.0, 14.1), 1)
    rbc_unit = {"mm3": "milhões/mm³", "x10": "x10^6/µL", "uL": "milhões/µL"}[units]
    rs = lambda loinc, unit, dec, ref: Spec(loinc, unit, dec, ref)  # noqa: E731
    hb_spec = Spec("718-7", "g/dL", 1, hb_ref, crit=(6.5, 20.0))
    red = [
        ("Hemácias", ctx.num(rs("789-8", rbc_unit, 2, rbc_ref), "Hemácias", value=rbc_v)),
        ("Hemoglobina", ctx.num(hb_spec, "Hemoglobina", value=hb_v)),
        ("Hematócrito", ctx.num(Spec("4544-3", "%", 1, ht_ref, crit=(20, 60)), "Hematócrito", value=ht_v)),
        ("VCM", ctx.num(rs("787-2", "fL", 1, (80.0, 100.0)), "VCM", value=mcv_v)),
        ("HCM", ctx.num(rs("785-6", "pg", 1, (26.0, 34.0)), "HCM", value=mch_v)),
        ("CHCM", ctx.num(rs("786-4", "g/dL", 1, (31.0, 36.0)), "CHCM", value=mchc_v)),
        ("RDW", ctx.num(rs("788-0", "%", 1, (11.5, 14.5)), "RDW", value=rdw_v)),
    ]
    # white cells
    wbc_v = {"N": u(4800, 9200), "H": u(12800, 16900), "L": u(3000, 3300)}[plan["wbc_state"]]
    wbc_v = round(wbc_v, -1)
    pct = differential(rng, plan["diff"])
    wbc_ref = (3500, 10500)
    scale = {"mm3": 1.0, "uL": 1.0, "x10": 0.001}[units]
    cnt_unit = {"mm3": "/mm³", "uL": "/µL", "x10": "x10³/µL"}[units]
    cdec = 2 if units == "x10" else 0
    grp = units != "x10"

    def cspec(loinc, ref, crit=None, dec=None):
        return Spec(loinc, cnt_unit, cdec if dec is None else dec, tuple(r * scale for r in ref), group=grp,
                    crit=tuple(c * scale if c is not None else None for c in crit) if crit else None)

    wbc = ctx.num(cspec("6690-2", wbc_ref, (1500, 40000)), "Leucócitos", value=wbc_v * scale)
    diff_rows = []
    for k in DIFF:
        name = PT_DIFF_NAME[k] + (" segmentados" if k == "neut" and plan["segmented"] else "")
        pi = ctx.num(Spec(PCT_LOINC[k], "%", 1, DIFF_REF_PCT[k]), name, value=pct[k])
        ai = ctx.num(cspec(ABS_LOINC[k], DIFF_REF_ABS[k]), name, value=round(wbc_v * pct[k] / 100) * scale)
        assert not (k == "neut" and ai.value < 1300 * scale), ai
        diff_rows.append((name, pi, ai))
    plt_v = plan.get("crit_plt") or round(u(175000, 390000), -3)
    plt = ctx.num(cspec("777-3", (150000, 450000), (20000, 1000000), dec=0), "Plaquetas", value=plt_v * scale)
    mpv = ctx.num(rs("32623-1", "fL", 1, (7.4, 10.4)), "VPM", value=round(u(8.2, 10.9 if plt_v < 50000 else 10.1), 1))

    pedido = f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"

    def header(sh: Sheet, page, n: int) -> float:
        put(page, W / 2, 42, T5_LAB["name"], 15, "tibo", align="c")
        put(page, W / 2, 54, T5_LAB["sub"], 9, "tiro", align="c")
        put(page, W / 2, 64, T5_LAB["addr"], 7, color=GREY, align="c")
        page.draw_line((40, 71), (W - 40, 71), width=0.8)
        put(page, 40, 84, f"Paciente: {p.name}", 8.8, "hebo")
        put(page, 420, 84, f"Pedido: {pedido}", 8)
        put(page, 40, 95, f"Sexo: {'Feminino' if sex == 'F' else 'Masculino'}    Idade: {p.age} anos    "
                          f"DN: {d_br(p.dob)}", 8)
        put(page, 420, 95, f"Coleta: {dt_br(p.collected)}", 8)
        put(page, 40, 106, "Solicitante: Dr. Everaldo Schimanski - CRM-PR 27.840", 8)
        put(page, 420, 106, f"Liberado: {dt_br(p.released)}", 8)
        page.draw_line((40, 112), (W - 40, 112), width=0.4)
        return 132

    def footer(sh: Sheet, page, i: int, n: int):
        put(page, 40, H - 40, "Bioquímica responsável: Dra. Aline Wosniak Carneiro - CRF-PR 12.716", 7, color=GREY)
        put(page, 40, H - 31, "Equipamento: Sysmex XN-1000. Contagem diferencial automatizada; revisão em lâmina "
                             "quando indicada.", 6.8, color=GREY)
        put(page, W - 40, H - 40, f"{i}/{n}", 7.5, align="r")

    sh = Sheet(header, footer)
    sh.text(W / 2, "HEMOGRAMA COMPLETO", 11.5, "hebo", align="c"); sh.y += 12
    sh.text(W / 2, "Material: Sangue total (EDTA)   Método: Citometria de fluxo fluorescente e impedância", 7.5,
            color=GREY, align="c")
    sh.y += 20
    fs = 8.6
    XV, XR = 230, 340

    def ref_text(it: Item, spec_ref, unit, dec, group=False):
        if plan["both_sexes"] and isinstance(spec_ref, dict):
            m = rng_text(*spec_ref["M"], dec, "pt", group=group)
            f = rng_text(*spec_ref["F"], dec, "pt", group=group)
            return f"H: {m}  M: {f} {unit}"
        return rng_text(it.lo, it.hi, dec, "pt", unit=unit, group=group)

    sh.text(40, "ERITROGRAMA", 9.2, "hebo"); sh.text(XV, "Resultado", 8, "hebo"); sh.text(XR, "Valores de referência", 8, "hebo")
    sh.hline(40, W - 40, dy=3, width=0.3); sh.y += 15
    refs_red = [rbc_ref, hb_ref, ht_ref, (80.0, 100.0), (26.0, 34.0), (31.0, 36.0), (11.5, 14.5)]
    for (label, it), rr in zip(red, refs_red):
        dots = "." * int((170 - tlen(label, fs)) / tlen(".", fs))
        sh.text(48, f"{label} {dots}", fs)
        sh.text(XV, f"{it.shown()} {it.unit}", fs)
        sh.text(XR, ref_text(it, rr, it.unit, it.spec.dec), fs - 0.4)
        sh.y += 12.5
    sh.y += 10
    sh.text(40, "LEUCOGRAMA", 9.2, "hebo")
    sh.text(XV - 40, "Relativo", 8, "hebo", align="l"); sh.text(XV + 20, "Absoluto", 8, "hebo")
    sh.text(XR + 30, "Ref. relativo", 8, "hebo"); sh.text(XR + 110, "Ref. absoluto", 8, "hebo")
    sh.hline(40, W - 40, dy=3, width=0.3); sh.y += 15
    sh.text(48, "Leucócitos", fs, "hebo"); sh.text(XV + 20, f"{wbc.shown()} {cnt_unit}", fs)
    sh.text(XR + 110, rng_text(wbc.lo, wbc.hi, cdec, "pt", unit=cnt_unit, group=grp), fs - 0.4)
    sh.y += 13
    for name, pi, ai in diff_rows:
        sh.text(56, name, fs)
        sh.text(XV - 40, f"{pi.shown()} %", fs)
        sh.text(XV + 20, f"{ai.shown()} {cnt_unit}", fs)
        sh.text(XR + 30, rng_text(pi.lo, pi.hi, 0, "pt", unit="%"), fs - 0.4)
        sh.text(XR + 110, rng_text(ai.lo, ai.hi, cdec, "pt", unit=cnt_unit, group=grp), fs - 0.4)
        sh.y += 12.5
    sh.y += 10
    sh.text(40, "PLAQUETOGRAMA", 9.2, "hebo"); sh.hline(40, W - 40, dy=3, width=0.3); sh.y += 15
    sh.text(48, "Plaquetas", fs); sh.text(XV, f"{plt.shown()} {cnt_unit}", fs)
    sh.text(XR, rng_text(plt.lo, plt.hi, 0, "pt", unit=cnt_unit, group=grp), fs - 0.4); sh.y += 12.5
    sh.text(48, "VPM - Volume plaquetário médio", fs); sh.text(XV, f"{mpv.shown()} fL", fs)
    sh.text(XR, "7,4 a 10,4 fL", fs - 0.4); sh.y += 22
    sh.text(40, "Observações:", 8.2, "hebo"); sh.y += 11
    obs = []
    if plan["pattern"] == "iron_def":
        obs.append("Série vermelha: microcitose e hipocromia; anisocitose discreta.")
    elif plan["pattern"] == "macro":
        obs.append("Série vermelha: macrocitose discreta.")
    else:
        obs.append("Série vermelha: normocitose e normocromia.")
    obs.append("Série branca: sem alterações morfológicas significativas (diferencial de 100 células revisado).")
    if plt.flag in ("LL", "L"):
        obs.append(f"Plaquetopenia confirmada em lâmina; ausência de agregados plaquetários. Resultado comunicado ao "
                   f"Dr. Everaldo Schimanski em {d_br(p.received)} às {(p.received + timedelta(minutes=38)):%H:%M}.")
    else:
        obs.append("Plaquetas: morfologia habitual.")
    for o in obs:
        sh.wrap(48, o, 490, 7.8)
    items = [it for _, it in red] + [wbc] + [x for _, pi, ai in diff_rows for x in (pi, ai)] + [plt, mpv]
    return sh.finish(), p, items


# ======================================================================= T6 — US two-column

T6_LAB = {"name": "CEDAR RIDGE MEDICAL LABORATORIES",
          "addr": "4410 Old Mill Parkway, Suite 210  ·  Tacoma, WA 98409  ·  (253) 555-0147  ·  CLIA 50D2093318",
          "dir": "Laboratory Director: Miriam K. Osei, MD"}
T7_US_LAB = {"name": "BLUE HERON REFERENCE LAB",
             "addr": "77 Tidewater Drive  ·  Wilmington, NC 28401  ·  (910) 555-0192  ·  CLIA 34D1187620",
             "dir": "Medical Director: Howard T. Lemaire, MD"}

US_NAMES = {"glucose": "Glucose", "bun": "BUN", "creat": "Creatinine", "egfr": "eGFR", "na": "Sodium",
            "k": "Potassium", "cl": "Chloride", "co2": "CO2", "ca": "Calcium", "mg": "Magnesium",
            "phos": "Phosphorus", "tprot": "Total Protein", "alb": "Albumin", "tbili": "Bilirubin, Total",
            "alkp": "Alk Phos", "ast": "AST (SGOT)", "alt": "ALT (SGPT)", "uric": "Uric Acid",
            "chol": "Cholesterol", "tg": "Triglycerides", "hdl": "HDL Chol", "ldl": "LDL Chol (calc)",
            "hba1c": "Hemoglobin A1c", "tsh": "TSH", "ft4": "Free T4", "crp": "CRP", "ferritin": "Ferritin",
            "b12": "Vitamin B12", "vitd": "Vit D, 25-OH", "psa": "PSA, Total",
            "wbc": "WBC", "rbc": "RBC", "hgb": "Hemoglobin", "hct": "Hematocrit", "mcv": "MCV", "mch": "MCH",
            "mchc": "MCHC", "rdw": "RDW", "plt": "Platelets", "neut_pct": "Neutrophils", "lymph_pct": "Lymphs",
            "mono_pct": "Monocytes", "eos_pct": "Eos", "baso_pct": "Basos", "neut_abs": "Neutrophils (Abs)",
            "lymph_abs": "Lymphs (Abs)", "pt": "Protime", "inr": "INR", "aptt": "aPTT"}

T6_PLANS = [
    dict(sex="F", age=66, flagstyle="HL", forced={"k": 6.9, "glucose": 131, "tg": 244},
         left=["glucose", "bun", "creat", "egfr", "na", "k", "cl", "co2", "ca", "alt", "chol", "tg", "hdl", "ldl"],
         right=["wbc", "rbc", "hgb", "hct", "mcv", "mch", "plt", "neut_pct", "lymph_pct", "mono_pct", "eos_pct"]),
    dict(sex="M", age=49, flagstyle="WORD", forced={"na": 118, "glucose": 38, "hba1c": 6.8},
         left=["glucose", "bun", "creat", "na", "k", "cl", "co2", "ca", "mg", "phos", "hba1c", "tsh", "ft4"],
         right=["wbc", "hgb", "hct", "plt", "neut_pct", "lymph_pct", "neut_abs", "lymph_abs", "pt", "inr", "aptt"]),
    dict(sex="F", age=81, flagstyle="STAR", forced={"hgb": 5.4, "plt": 18},
         left=["glucose", "bun", "creat", "egfr", "na", "k", "cl", "co2", "ca", "ferritin", "b12", "crp"],
         right=["wbc", "rbc", "hgb", "hct", "mcv", "mch", "mchc", "rdw", "plt", "inr"]),
    dict(sex="M", age=55, flagstyle="HL", forced={"wbc": 46.8, "inr": 6.1, "glucose": 512},
         left=["glucose", "bun", "creat", "na", "k", "cl", "co2", "ca", "tbili", "ast", "alt", "alkp", "uric", "psa"],
         right=["wbc", "rbc", "hgb", "hct", "mcv", "plt", "neut_pct", "lymph_pct", "mono_pct", "neut_abs", "inr"]),
    dict(sex="F", age=39, flagstyle="WORD", forced={"k": 2.5, "wbc": 1.1, "ca": 13.8},
         left=["glucose", "bun", "creat", "na", "k", "cl", "co2", "ca", "mg", "alb", "tsh", "vitd", "hba1c"],
         right=["wbc", "rbc", "hgb", "hct", "mcv", "rdw", "plt", "neut_pct", "lymph_pct", "mono_pct"]),
]


def us_items(ctx: Ctx, keys: list[str], forced: dict, shared: dict) -> list[Item]:
    rng, p = ctx.rng, ctx.p
    out = []
    if "pre" not in shared:
        pre: dict[str, Item] = {}
        allkeys = shared["allkeys"]
        red = [k for k in ("hgb", "hct", "rbc", "mcv", "mch", "mchc", "rdw") if k in allkeys]
        if red:
            roles = {("hb" if k == "hgb" else k): k for k in red}
            made = red_cells(ctx, roles, {r: US_NAMES[k] for r, k in roles.items()}, hb_value=forced.get("hgb"))
            pre.update({k: made[r] for r, k in roles.items()})
        if {"chol", "hdl", "tg", "ldl"} <= set(allkeys):
            made = lipid_panel(ctx, {"tc": "chol", "hdl": "hdl", "tg": "tg", "ldl": "ldl"},
                               {"tc": US_NAMES["chol"], "hdl": US_NAMES["hdl"], "tg": US_NAMES["tg"],
                                "ldl": US_NAMES["ldl"]}, molar=False,
                               forced={"tg": forced["tg"]} if "tg" in forced else None)
            pre.update({"chol": made["tc"], "hdl": made["hdl"], "tg": made["tg"], "ldl": made["ldl"]})
        shared["pre"] = pre
    for key in keys:
        name = US_NAMES[key]
        if key in shared["pre"]:
            out.append(shared["pre"][key])
        elif key in forced:
            out.append(ctx.num(key, name, value=forced[key]))
        elif key == "egfr":
            cr = shared["creat"]
            g = ckd_epi_2021(cr.value, p.age, p.sex)
            out.append(ctx.num("egfr", name, value=round(g)))
        elif key.endswith("_pct"):
            if "diff" not in shared:
                w = shared.get("wbc")
                pattern = "normal"
                if w is not None and w.value >= 11:
                    pattern = "neutrophilia"
                elif w is not None and w.value < 2.3:
                    pattern = "lymphocytosis"
                shared["diff"] = differential(rng, pattern)
            k = key[:-4]
            out.append(ctx.num(key, name, value=round(shared["diff"][k])))
        elif key.endswith("_abs"):
            if "diff" not in shared:
                shared["diff"] = differential(rng, "normal")
            k = key[:-4]
            out.append(ctx.num(key, name, value=shared["wbc"].value * shared["diff"][k] / 100))
            assert k != "neut" or out[-1].value >= 1.0, out[-1]  # well above any neutropenia panic limit
        elif key == "inr" and "pt" in shared:
            ptv = shared["pt"].value
            out.append(ctx.num("inr", name, value=round(ptv / 11.0, 1) if shared["pt"].flag == "N" else round(1 + (ptv - 11) / 5, 1)))
        else:
            out.append(ctx.num(key, name))
        shared[key] = out[-1]
    return out


def t6_build(plan: dict, rng: random.Random, lab: dict = T6_LAB, footnotes: dict | None = None,
             fs: float = 7.4, marks: dict[str, str] | None = None) -> tuple[bytes, Patient, list[Item]]:
    p = make_patient(rng, "us", plan["sex"], plan["age"])
    ctx = Ctx(rng, "en", p, US, p_abn=plan.get("p_abn", 0.28))
    shared: dict = {"allkeys": plan["left"] + plan["right"]}
    left = us_items(ctx, plan["left"], plan["forced"], shared)
    right = us_items(ctx, plan["right"], plan["forced"], shared)
    style = plan["flagstyle"]
    for it in left + right:
        it.note = (marks or {}).get(it.loinc)
        if it.flag == "N":
            continue
        if style == "HL":
            it.pflag = {"H": "H", "L": "L", "HH": "HH", "LL": "LL"}[it.flag]
        elif style == "WORD":
            it.pflag = {"H": "HIGH", "L": "LOW", "HH": "CRIT HIGH", "LL": "CRIT LOW"}[it.flag]
        else:
            it.pflag = "*"
    mrn = digits(rng, 8)
    acct = digits(rng, 7)
    npi = "1" + digits(rng, 9)
    surname, given = p.name.split()[-1].upper(), " ".join(p.name.split()[:-1]).upper()

    def header(sh: Sheet, page, n: int) -> float:
        page.draw_rect(fitz.Rect(30, 28, W - 30, 60), color=None, fill=(0.13, 0.33, 0.25))
        put(page, 38, 45, lab["name"], 13, "hebo", color=(1, 1, 1))
        put(page, 38, 55, lab["addr"], 6.8, color=(0.9, 0.95, 0.9))
        y = 74
        put(page, 32, y, f"PATIENT: {surname}, {given}", 8.5, "hebo")
        put(page, 300, y, f"DOB: {d_us(p.dob)}   AGE: {p.age} Y   SEX: {p.sex}", 8)
        put(page, 32, y + 11, f"MRN: {mrn}    ACCT: {acct}", 7.6)
        put(page, 300, y + 11, f"COLLECTED: {d_us(p.collected)} {p.collected:%H:%M}    RECEIVED: {p.received:%H:%M}", 7.6)
        put(page, 32, y + 22, f"ORDERING: Randall P. Greer, MD (NPI {npi})", 7.6)
        put(page, 300, y + 22, f"REPORTED: {d_us(p.released)} {p.released:%H:%M}    STATUS: FINAL", 7.6)
        page.draw_line((30, y + 28), (W - 30, y + 28), width=0.8)
        return y + 46

    def footer(sh: Sheet, page, i: int, n: int):
        put(page, 30, H - 34, f"{lab['dir']}   ·   Flags: H/L outside reference range; critical values called per lab "
                              "policy.", 6.5, color=GREY)
        put(page, W - 30, H - 34, f"Page {i} of {n}", 7.2, align="r")

    sh = Sheet(header, footer, bottom=50)
    top = sh.y
    colw = (W - 60) / 2

    def column(x0: float, title: str, its: list[Item]) -> float:
        y = top
        put(sh.page, x0, y, title, 9, "hebo")
        y += 12
        hdr = [(0, "TEST"), (106, "RESULT"), (111, "UNITS"), (166, "REF RANGE"), (222, "FLAG")]
        for dx, s in hdr:
            put(sh.page, x0 + dx, y, s, 6.6, "hebo", align="r" if s == "RESULT" else "l")
        sh.page.draw_line((x0, y + 3), (x0 + colw - 8, y + 3), width=0.4)
        y += 12
        for it in its:
            put(sh.page, x0, y, it.name + (it.note or ""), fs)
            put(sh.page, x0 + 106, y, it.shown(space=False), fs, "hebo" if it.pflag else "helv", align="r")
            put(sh.page, x0 + 111, y, it.unit or "", fs)
            put(sh.page, x0 + 166, y, rng_text(it.lo, it.hi, it.spec.refdec, "en", sep="-"), fs)
            if it.pflag:
                put(sh.page, x0 + 222, y, it.pflag, fs, "hebo")
            y += fs * 1.55
        return y

    y1 = column(30, "CHEMISTRY", left)
    y2 = column(30 + colw + 6, "HEMATOLOGY / COAGULATION" if "inr" in plan["right"] else "HEMATOLOGY", right)
    sh.page.draw_line((30 + colw, top - 8), (30 + colw, max(y1, y2)), width=0.3, color=LIGHT)
    sh.y = max(y1, y2) + 14
    crit = [it for it in left + right if it.flag in ("HH", "LL")]
    if crit:
        sh.text(30, "CRITICAL RESULT NOTIFICATION", 8, "hebo"); sh.y += 11
        t = p.received + timedelta(minutes=rng.randint(30, 80))
        names = ", ".join(f"{it.name.upper()} {it.shown(space=False)}" for it in crit)
        sh.wrap(30, f"{names} called to and read back by {rng.choice(['RN J. Tran', 'RN K. Alvarado', 'Dr. Greer'])} "
                    f"on {d_us(p.received)} at {t:%H:%M}. Specimen ID {digits(rng, 10)}.", 530, 7.4)
        sh.y += 4
    sh.text(30, "COMMENTS", 8, "hebo"); sh.y += 11
    comments = ["Fasting: YES (patient reported 12 hrs).",
                "eGFR (CKD-EPI 2021) is reported in mL/min/1.73m2; values below 60 for 3 months or more suggest chronic kidney disease."
                if "egfr" in plan["left"] else "Hemolysis index within acceptable limits for all chemistry assays.",
                "HbA1c: 5.7-6.4 % indicates increased risk for diabetes; 6.5 % or above is consistent with diabetes."
                if "hba1c" in plan["left"] else "Specimen received ambient; processed within 2 hours of collection."]
    for c in comments:
        sh.wrap(30, c, 530, 7.2, color=GREY)
    if footnotes:
        sh.y += 4
        for line in footnotes.values():
            sh.text(30, line, 7.4)
            sh.y += 10
    return sh.finish(), p, left + right


# ======================================================================= T7 — scanned

def t7_reports(rng: random.Random) -> list[tuple[str, bytes, Patient, list[Item]]]:
    """One-page reports in the styles of T2, T4, T1 and T6 from other labs, with asterisk footnotes."""
    out = []
    plan2 = dict(sex="F", age=56, style="inline", flags=False, compact=True,
                 exams=["glicose", "creatinina", "ureia", "potassio", "sodio", "tgo", "tgp", "hb", "tsh", "lipides"])
    pdf, p, its = t2_build(plan2, random.Random(rng.random()), lab=T7_PT_LAB,
                           marks={"2823-3": "*", "1742-6": "**"},
                           notes=["* Resultado confirmado em nova amostra.",
                                  "** Amostra levemente hemolisada; interpretar com cautela."])
    out.append(("pt", pdf, p, its))
    plan4 = dict(lang="pt", sex="M", age=61, kind="groups")
    pdf, p, its = t4_build(plan4, random.Random(rng.random()), compact=True,
                           lab={"name": "LABORATÓRIO SÃO LUCAS DO CERRADO", "sub": "Patologia Clínica",
                                "addr": T7_PT_LAB["addr"], "rt": T7_PT_LAB["rt"],
                                "doctor": "Dra. Yara Pontes Meireles  CRM-GO 14.380"},
                           marks={"2823-3": "*", "2160-0": "*", "5792-7": "**"},
                           footnotes={"*": "* Resultado confirmado em nova amostra.",
                                      "**": "** Exame realizado em laboratório de apoio."})
    out.append(("pt", pdf, p, its))
    plan1 = dict(sex="M", age=72, style="C", flags=True, umol="umol/L", wbc_name="White cell count",
                 footnotes={"2823-3": "*", "14682-9": "**"},
                 sections=[("HAEMATOLOGY", ["hb", "wbc", "plt", "mcv"]),
                           ("CLINICAL BIOCHEMISTRY", ["na", "k", "urea", "creat", "egfr", "alt", "alp", "bili", "alb",
                                                      "crp"]),
                           ("ENDOCRINOLOGY", ["tsh", "psa"])])
    pdf, p, its = t1_build(plan1, random.Random(rng.random()), lab=T7_GB_LAB,
                           notes={"*": "* Result confirmed on repeat analysis of a fresh sample.",
                                  "**": "** Creatinine measured by enzymatic method."})
    out.append(("en", pdf, p, its))
    plan6 = dict(sex="M", age=63, flagstyle="HL", forced={"glucose": 131, "hba1c": 6.8},
                 left=["glucose", "bun", "creat", "na", "k", "cl", "co2", "ca", "hba1c", "chol", "tg", "hdl", "ldl"],
                 right=["wbc", "hgb", "hct", "mcv", "plt", "neut_pct", "lymph_pct", "mono_pct"])
    pdf, p, its = t6_build(plan6, random.Random(rng.random()), lab=T7_US_LAB, fs=8.0,
                           marks={"2823-3": "*", "4548-4": "**"},
                           footnotes={"*": "* Result confirmed by repeat analysis.",
                                      "**": "** Performed by NGSP-certified HPLC method at a reference laboratory."})
    out.append(("en", pdf, p, its))
    return out


# ======================================================================= assembly

def _report(name: str, family: str, lang: str, mime: str, content: bytes, p: Patient, items: list[Item]) -> GeneratedReport:
    return GeneratedReport(name=name, family=family, language=lang, mime_type=mime, content=content,
                           sex=p.sex_word, collected_on=p.collected.date().isoformat(),
                           expected=[it.expected() for it in items])


def reports() -> list[GeneratedReport]:
    rng = random.Random(SEED)
    out: list[GeneratedReport] = []
    for i, plan in enumerate(T1_PLANS, 1):
        pdf, p, its = t1_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T1-labelvalue-en-gb-{i:02d}", FAMILIES[0], "en", "application/pdf", pdf, p, its))
    for i, plan in enumerate(T2_PLANS, 1):
        pdf, p, its = t2_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T2-labelvalue-pt-{i:02d}", FAMILIES[1], "pt", "application/pdf", pdf, p, its))
    for i, plan in enumerate(T3_PLANS, 1):
        pdf, p, its = t3_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T3-block-pt-{i:02d}", FAMILIES[2], "pt", "application/pdf", pdf, p, its))
    for i, plan in enumerate(T4_PLANS, 1):
        pdf, p, its = t4_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T4-table-groupunits-{i:02d}", FAMILIES[3], plan["lang"], "application/pdf", pdf, p, its))
    for i, plan in enumerate(T5_PLANS, 1):
        pdf, p, its = t5_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T5-differential-pt-{i:02d}", FAMILIES[4], "pt", "application/pdf", pdf, p, its))
    for i, plan in enumerate(T6_PLANS, 1):
        pdf, p, its = t6_build(dict(plan), random.Random(rng.random()))
        out.append(_report(f"T6-twocolumn-en-{i:02d}", FAMILIES[5], "en", "application/pdf", pdf, p, its))
    for i, (lang, pdf, p, its) in enumerate(t7_reports(random.Random(rng.random())), 1):
        assert fitz.open("pdf", pdf).page_count == 1
        angle = (-1) ** i * (0.6 + 0.35 * i)
        png = scan(pdf, seed=SEED + i, angle=angle)
        out.append(_report(f"T7-scanned-{i:02d}", FAMILIES[6], lang, "image/png", png, p, its))
    return out


if __name__ == "__main__":
    from collections import Counter
    from pathlib import Path

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "lab_reports_test_out")
    target.mkdir(parents=True, exist_ok=True)
    rs = reports()
    counts: Counter = Counter()
    results: Counter = Counter()
    flags: Counter = Counter()
    for r in rs:
        ext = ".pdf" if r.mime_type == "application/pdf" else ".png"
        (target / f"{r.name}{ext}").write_bytes(r.content)
        counts[r.family] += 1
        results[r.family] += len(r.expected)
        flags.update(e.flag for e in r.expected)
    for fam in FAMILIES:
        print(f"{fam:24} {counts[fam]:2} reports  {results[fam]:4} results")
    total = sum(results.values())
    print(f"{'total':24} {len(rs):2} reports  {total:4} results   flags: {dict(flags)}  "
          f"out of range: {100 * (total - flags['N']) / total:.0f} %")
