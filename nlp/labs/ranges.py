"""Reference ranges as printed: "13,0 a 17,0", "4-11", "<200", "Até 99", "> 40", "Desejável: < 190"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.numbers import NUMBER, parse_number

_SEPARATOR = r"\s*(?:-|–|—|a|à|to|até|ate)\s*"
_UPPER = r"(?:<\s*(?:ou|or)\s*=|<=?|≤|=<|até|ate|up to|below|less than|inferior a|menor que|abaixo de)"
_LOWER = r"(?:>\s*(?:ou|or)\s*=|>=?|≥|=>|acima de|above|greater than|superior a|maior que|maior ou igual a)"
SIGN = r"(?:(?<![^\s(\[:])[-−](?=\d))?"  # "-2.0 - 2.0": a base excess's signed bounds
BETWEEN = re.compile(rf"(?P<low>{SIGN}(?:{NUMBER})){_SEPARATOR}(?P<high>[+]?(?:{NUMBER}))(?![\d,.])", re.IGNORECASE)
UPPER = re.compile(rf"{_UPPER}\s*(?P<high>{NUMBER})", re.IGNORECASE)
LOWER = re.compile(rf"{_LOWER}\s*(?P<low>{NUMBER})", re.IGNORECASE)


@dataclass(frozen=True)
class Range:
    low: float | None
    high: float | None
    text: str


def parse_range(text: str, decimal: str) -> Range | None:
    """The first bound expression in `text` (for a tiered range, the first tier is the reference)."""
    candidates = []
    for pattern in (BETWEEN, UPPER, LOWER):
        match = pattern.search(text)
        if match:
            candidates.append((match.start(), pattern, match))
    if not candidates:
        return None
    _, pattern, match = min(candidates, key=lambda item: item[0])
    groups = match.groupdict()
    low = parse_number(groups["low"], decimal) if groups.get("low") else None
    high = parse_number(groups["high"], decimal) if groups.get("high") else None
    if low is not None and high is not None and low > high:
        return None
    return Range(low=low, high=high, text=text.strip())


# The words a sex's reference is labelled with ("Homens", "Masc.", "Females"); a range's label may also be a letter
SEX_WORDS = {"male": r"homens?|masculino|sexo\s+masculino|masc\.?|males?|men|man",
             "female": r"mulheres?|feminino|sexo\s+feminino|fem\.?|females?|women|woman"}
_SEXES = {"male": rf"{SEX_WORDS['male']}|m|h", "female": rf"{SEX_WORDS['female']}|f"}
_SEX_LABEL = re.compile(rf"(?<![\w])(?P<label>{'|'.join(f'(?P<{sex}>{words})' for sex, words in _SEXES.items())})"
                        r"(?:\s*(?:\([^)]*\))?\s*[:=\-]|[ \t]+(?=\d))", re.IGNORECASE)  # "M: 62-106", "M 62-106"


# An age's unit (accent-folded or not): years, months, weeks, days, hours of life
AGE_UNIT = r"anos?|years?|yrs?|meses|mes|months?|mos?|semanas?|weeks?|wks?|dias?|days?|horas?|hours?|hrs?|h|d|y"
_UP_TO = frozenset({"até", "<=", "≤"})
_YEARS_PER = {"a": 1.0, "y": 1.0, "m": 1 / 12, "s": 7 / 365.25, "w": 7 / 365.25, "d": 1 / 365.25, "h": 1 / 8766}
_AGE_BAND = re.compile(
    rf"(?P<label>(?:(?P<low>\d{{1,3}})\s*(?P<low_unit>{AGE_UNIT})?\s*(?:a|-|–|to|até)\s*(?P<high>\d{{1,3}})"
    r"|(?:>=?|≥|acima de|maior(?:es)? que|over|above|from)\s*(?P<above>\d{1,3})"
    r"|(?P<comparator><=?|≤|abaixo de|menor(?:es)? que|under|below|até)\s*(?P<below>\d{1,3}))"
    rf"\s*(?P<unit>{AGE_UNIT})\b\s*(?:de idade|of age|old|de vida|of life)?\s*[:=\-]?)", re.IGNORECASE)
_NORMAL_TIER = re.compile(r"(?P<label>\b(?:normal|desej[aá]vel|[oó]timo|adequad[oa]|sufici[eê]ncia|suficiente|"
                          r"refer[eê]ncia|reference|healthy|saud[aá]vel|sem risco|optimal|desirable|"
                          r"sufficient|sufficiency|normais)\b[^:\d]{0,25}[:=\-]?)", re.IGNORECASE)


@dataclass(frozen=True)
class AgeBand:
    low: float  # years, inclusive
    high: float  # years, exclusive: "40 a 49 anos" runs to the 50th birthday, "0 a 1 dia" to the end of the first day
    range: Range | None


def in_years(unit: str) -> float:
    """Years in one of an age's units ("anos", "meses", "dias", "h")."""
    folded = unit.lower()
    return _YEARS_PER["m" if folded.startswith(("mes", "mo")) else folded[0]]


def age_bands(text: str, decimal: str) -> list[AgeBand]:
    """Ranges printed per age band ("40 a 49 anos: até 2,5  50 a 59 anos: até 3,5"; a newborn's "0 a 23 h: até 5,8
    24 a 47 h: até 8,2   48 h a 5 dias: até 11,7"), each read from its label up to the next; empty when the text
    does not split by age."""
    labels = list(_AGE_BAND.finditer(text))
    if len(labels) < 2:
        return []
    bands = []
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        parsed = parse_range(text[label.end():end], decimal)
        unit = in_years(label["unit"])
        low = int(label["low"] or label["above"] or 0) * in_years(label["low_unit"] or label["unit"])
        if label["high"]:
            high = (int(label["high"]) + 1) * unit
        elif label["below"]:  # "< 1 ano" ends at the first birthday; "até 1 ano", "≤ 1 ano" at the second
            high = (int(label["below"]) + (label["comparator"].lower() in _UP_TO)) * unit
        else:
            high = 200.0
        bands.append(AgeBand(low=low, high=high,
                             range=Range(parsed.low, parsed.high, text[label.start():end].strip()) if parsed else None))
    return bands


def starts_age_band(text: str) -> bool:
    """Whether the text begins with an age band's label ("0 a 23 h:", "40 a 49 anos:"): the other bands follow it on
    the lines under it."""
    return _AGE_BAND.match(text.strip()) is not None


def normal_tier(text: str, decimal: str) -> Range | None:
    """In an interpretive scale ("Deficiência: < 20  Insuficiência: 20 a 29  Suficiência: 30 a 100"),
    the tier named normal, desirable or sufficient."""
    tiers = list(re.finditer(r"(?:^|(?<=\s))[^\W\d][^:\d\n]{1,30}:", text))
    if len(tiers) < 2:
        return None
    for index, tier in enumerate(tiers):
        if _NORMAL_TIER.match(tier.group().strip()):
            end = tiers[index + 1].start() if index + 1 < len(tiers) else len(text)
            parsed = parse_range(text[tier.end():end], decimal)
            if parsed is not None:
                return Range(parsed.low, parsed.high, text[tier.start():end].strip())
    return None


def by_sex(text: str, decimal: str) -> dict[str, Range]:
    """Ranges printed per sex ("Homens: 13,5 a 17,5  Mulheres: 12,0 a 15,5", "M: 0.7-1.3 F: 0.5-1.1"),
    each read from its label up to the next label; empty when the text does not split by sex, or names a sex's range
    twice (in two unit systems: "M: 62 - 115 μmol/L  M 0.7-1.3 / F 0.6-1.1 mg/dL", which one is the value's is the
    unit's to say)."""
    labels = list(_SEX_LABEL.finditer(text))
    # Portuguese abbreviates Homens/Mulheres as H/M: beside an "H", "M" is the women's range
    portuguese = any(label.group("label").strip().lower() == "h" for label in labels)
    found: dict[str, Range] = {}
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        letter = label.group("label").strip().lower()
        sex = "female" if label.group("female") or (portuguese and letter == "m") else "male"
        parsed = parse_range(text[label.end():end], decimal)
        if parsed is not None and sex in found:
            return {}
        if parsed is not None:
            found[sex] = Range(low=parsed.low, high=parsed.high, text=text[label.start():end].strip())
    return found if len(found) == 2 else {}
