"""Lab units: recognise a printed unit and convert values between units with pint.

Printed (and UCUM) units are rewritten into pint syntax (µ → u, 10^3/x10³/mil → a scale factor, mm³ → mm**3,
UI/IU → U); equivalents (mEq) become moles divided by the ion's valence, and substance ↔ mass
concentrations go through the analyte's molar mass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pint

_REGISTRY = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
# A urine sediment is counted per microscope field, high power (cells) or low power (casts): not a volume.
_REGISTRY.define("hpf = [high_power_field]")
_REGISTRY.define("lpf = [low_power_field]")
_REGISTRY.define("EU = [ehrlich_unit]")  # urobilinogen in Ehrlich units: no conversion to a mass
_Quantity = _REGISTRY.Quantity

_REWRITES: tuple[tuple[str, str], ...] = (
    (r"\{[^}]*\}", ""), (r"[\[\]]", ""),  # UCUM annotations ({cells}) and brackets ([IU])
    (r"[µμ]", "u"),
    (r"(?i)^([mu]?)g(?:ms?)?\s?%$", r"\1g/dL"),  # India's "gm%", "mg%": grams (milligrams) per 100 mL
    (r"(?i)^gms?(?=\s*/)", "g"),  # India's "gm/dL", "gms/dl"
    (r"(?i)^%\s?pcv$", "%"),  # a haematocrit as packed cell volume (i-STAT's "%PCV")
    (r"(?i)^e\.?u\.?(?=/)", "EU"),  # "E.U./dL"
    (r"(?i)^([munp]?g)\s?(d[lL])$", r"\1/\2"),  # "gdL", "mgdL": a scan lost the slash
    (r"(?i)c[eé]lulas|cells|c[eé]l", ""),
    (r"(?i)^[x×]\s*", ""),  # "x10^9/L", "×10^9/L"
    (r"10\s*(?:\^|\*\*|\*|[eE])\s*(\d+)", r"1e\1*"),  # 10^3, 10**3, UCUM 10*3, "x10E3/uL"
    (r"^[eE]\s?(\d+)(?=\s*/)", r"1e\1*"),  # Canada's "x E9/L"
    (r"10³", "1e3*"), (r"10⁶", "1e6*"), (r"10⁹", "1e9*"), (r"10¹²", "1e12*"),
    (r"^10[1¹]2(?=\s*/)", "1e12*"), (r"^10([369])(?=\s*/)", r"1e\1*"),  # a scan's "x1012/L", "x10¹2/L", "x109/L"
    (r"(?i)^mil\s*/", "1e3/"), (r"(?i)^milh(?:ões|oes)\s*/", "1e6/"),
    (r"(?i)^mill(?:ions?)?\s*/", "1e6/"), (r"(?i)^lakhs?\s*/", "1e5/"),  # Indian "2.45 lakhs/cumm", "mill/cumm"
    (r"(?i)^(?:thou(?:sands?)?)\s*/", "1e3/"),
    (r"(?i)\bcu\.?\s?mm\b|\bcmm\b", "mm**3"),  # "/cumm", "/cu mm", "/cmm": cubic millimetre
    (r"(?i)^(?:/|p/|por\s+)campo$|^p/c$|^/hpf$|^/cga$", "1/hpf"), (r"(?i)^/lpf$|^/cpa$", "1/lpf"),
    (r"³", "**3"), (r"²", "**2"), (r"(?<=mm)3\b", "**3"),
    (r"^([mun])[l1]U(?=/)", r"\1U"),  # a scan's "mlU/mL": the I of mIU read as an l
    (r"(?<=[A-Za-z])/1$", "/l"),  # a typewriter's (or a scan's) litre as a one: "mEq/1", "U/1"
    (r"(?i)\b(m|u|n)?(?:ui|iu)\b", r"\1U"),
    (r"(?i)^segundos$|^seconds$|^secs$|^seg$|^sec$", "s"),
    (r"(?i)^minutos$|^minutes$", "min"),  # never "min" alone: "Coleta 30 min após ACTH" is no result
    (r"(?i)^(m?)osm/(kg|l)(?: h2o)?$", r"\1mol/\2"),  # osmoles counted as moles of particles
    (r"(?i)^mm/1(?:\.?\s?[ªa]|st)?(?:\s?h(?:r|ora)?)?$", "mm/h"),  # ESR: "mm/1.ª h", "mm/1st hr", "mm/1h", "mm/1.ª"
    (r"(?i)/dia$", "/day"), (r"(?i)/24 ?h(?:rs?|oras)?$", "/day"), (r"(?i)/hr$", "/h"),  # a day's urine; ESR's mm/hr
    (r"(?i)^ml/min/1[.,]73(?:\s*m(?:2|²|\*\*2))?$", "mL/min"),  # eGFR: per 1.73 m² of body surface on both sides
    (r"^K/", "1e3/"),  # US "K/uL": thousands per microlitre
    (r"^M/", "1e6/"),  # US "M/uL": millions per microlitre
    (r"(?i)(?<![a-z])([mun]?)eq\b", r"\1mol"),
    (r"^/", "1/"),
    (r"\*/", "/"),
    (r"%", "percent"),
)
_CAPITALS = re.compile(r"[A-Z]+")
_KEPT_CAPITALS = frozenset({"U", "UI", "IU", "L", "E", "T"})  # enzyme units, litre, "x E9", never a tonne
_UNIT_WORD = re.compile(r"(?P<prefix>[A-Z]*?)(?P<unit>UI|IU|U)")  # "MU", "KU", "MUI", "UUI": a prefix on a unit
# on no lab's units ("H%", "HU/L": a flag glued to its unit, not hecto-)
_FOREIGN_PREFIX = re.compile(r"\b(?:atto|zepto|yocto|exa|peta|zetta|yotta|tera|giga|mega|hecto|deca)")
_EQUIVALENT = re.compile(r"(?i)(?<![a-z])[mun]?eq\b")
_LETTERS = re.compile(r"[a-zA-Zµμ%]")
# Concentrations (mass, substance, count, activity per volume) and percentages; other dimensions
# only through the few spellings labs print (a word like "de" would otherwise parse as a unit).
_LAB_DIMENSIONS = frozenset({
    "[mass] / [length] ** 3", "[substance] / [length] ** 3", "1 / [length] ** 3",
    "[substance] / [time] / [length] ** 3", "dimensionless", "1 / [high_power_field]", "1 / [low_power_field]",
    "[ehrlich_unit] / [length] ** 3",
    # a day's urine (mg/24h, mmol/dia, mL/24h), a ratio to creatinine (mg/mmol), osmolality, renin's ng/mL/h
    "[mass] / [time]", "[substance] / [time]", "[length] ** 3 / [time]", "[mass] / [substance]", "[substance] / [mass]",
    "[mass] / [length] ** 3 / [time]",
})
_LAB_SPECIALS = frozenset({"fl", "pg", "mmhg", "kpa", "mm hg", "s", "seg", "sec", "secs", "seconds", "segundos",
                           "minutes", "minutos", "mm/h", "mm/1h", "mm/1ª h",
                           "ml/min", "ml/min/1.73m2", "ml/min/1,73m2", "ml/min/1.73 m2", "ml/min/1,73 m2",
                           "ml/min/1.73m²", "ml/min/1,73m²", "ml/min/1.73 m²", "ml/min/1,73 m²", "ml/min/1.73", "ml/min/1,73",
                           "ml", "mm/hr", "mm/1st hr", "mosm/l"})  # a day's urine volume; ESR; osmolality per litre


@dataclass(frozen=True)
class Unit:
    """A printed unit understood: its pint quantity (magnitude = scale, e.g. 1e3 for 10^3/µL)."""

    text: str
    quantity: pint.Quantity
    equivalents: bool


@lru_cache(maxsize=2048)
def parse_unit(text: str) -> Unit | None:
    """The unit `text` denotes, or None when it is not a unit (a word, a flag, a name)."""
    cleaned = text.strip().strip("()[]").strip()
    if not cleaned or not _LETTERS.search(cleaned) or len(cleaned) > 24 or cleaned.rstrip(":.") == "M":
        return None  # ("M:" labels a male's range; no lab prints a result in moles per litre as a bare "M")
    expression = cleaned
    if not any(char.islower() for char in cleaned) and len(_LETTERS.findall(cleaned)) > 1:
        # an old LIS prints its units in capitals ("MG/DL", "MEQ/L", "X10^3/UL"): the enzyme unit and litre stay
        expression = _CAPITALS.sub(_lower_prefixes, cleaned)
    for pattern, replacement in _REWRITES:
        expression = re.sub(pattern, replacement, expression)
    expression = expression.strip("*")
    try:
        quantity = _REGISTRY.parse_expression(expression)
    except Exception:  # pint raises many unrelated types for junk input
        return None
    if not isinstance(quantity, pint.Quantity):
        return None
    if str(quantity.dimensionality) not in _LAB_DIMENSIONS and cleaned.lower() not in _LAB_SPECIALS \
            and expression != "mm/h":  # an ESR's however printed ("mm/1.ª h")
        return None
    if _FOREIGN_PREFIX.search(str(quantity.units)):
        return None  # "mg/aL": a scan's misread "dL", not an attolitre
    return Unit(text=cleaned, quantity=quantity, equivalents=bool(_EQUIVALENT.search(cleaned)))


def _lower_prefixes(word: re.Match[str]) -> str:
    """A word of a unit in capitals as labs mean it: "MG" → "mg", "MEQ" → "meq", "MU" → "mU" (milli-units, not
    milli atomic mass units), "L" and the enzyme unit kept."""
    text = word.group()
    if text in _KEPT_CAPITALS:
        return text
    if (unit := _UNIT_WORD.fullmatch(text)) is not None:
        return unit["prefix"].lower() + unit["unit"]
    return text.lower()


class IncompatibleUnits(ValueError):
    """The two units measure different things (and no molar mass/valence bridges them)."""


def convert(value: float, source: Unit, target: Unit, molar_mass: float | None = None, valence: int = 1) -> float:
    """`value` in `source` expressed in `target` (lab units scale linearly: one factor per pair, worked out
    once with pint, then a multiplication)."""
    factor = _factor(source.text, target.text, molar_mass, valence)
    if factor is None:
        raise IncompatibleUnits(f"{source.text} → {target.text}")
    return value * factor


@lru_cache(maxsize=4096)
def _factor(source_text: str, target_text: str, molar_mass: float | None, valence: int) -> float | None:
    """None: the two measure different things (and no molar mass or valence bridges them)."""
    source, target = parse_unit(source_text), parse_unit(target_text)
    if source is None or target is None:
        return None
    quantity = 1.0 * source.quantity
    if source.equivalents:
        quantity = quantity / valence
    target_quantity = target.quantity / valence if target.equivalents else target.quantity
    if quantity.dimensionality != target_quantity.dimensionality:
        if molar_mass is None:
            return None
        mass = _Quantity(molar_mass, "g/mol")
        quantity = quantity * mass if "[substance]" in quantity.dimensionality else quantity / mass
        if quantity.dimensionality != target_quantity.dimensionality:
            return None
    return float((quantity / target_quantity).to("dimensionless").magnitude)
