"""Reference bands printed one per line, each for a kind of patient ("Female 20-49 years   8 - 48",
"Follicular phase   3.5 - 12.5", "Morning (7-10 AM)   6.2 - 19.4"): the band whose every condition this
patient meets — sex, age, menstrual phase or menopause, time of collection — and None when the report
does not say enough about the patient to tell (a band is never guessed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.labs.ranges import SEX_WORDS, Range, parse_range
from nlp.text import fold

_SEX = {sex: re.compile(rf"(?<![a-z])(?:{words})(?![a-z])") for sex, words in SEX_WORDS.items()}
PHASES = {"follicular": r"follicular|folicular", "ovulation": r"ovulat\w*|mid-?cycle|meio do ciclo|pico ovulat\w*",
          "luteal": r"luteal|lutea|lutein\w*", "premenopause": r"pre-?menopaus\w*",
          "postmenopause": r"post-?menopaus\w*|pos-?menopaus\w*|(?<!pre-)menopaus\w*"}
PHASE = {phase: re.compile(rf"(?<![a-z])(?:{words})") for phase, words in PHASES.items()}
_AGES = re.compile(r"(?P<low>\d{1,3})\s*(?:-|–|a|to|até)\s*(?P<high>\d{1,3})\s*(?:years|yrs|y|anos)\b"
                   r"|(?:>=?|≥|over|above|acima de|maior(?:es)? que)\s*(?P<above>\d{1,3})\s*(?:years|yrs|y|anos)?\b"
                   r"|(?P<from>\d{1,3})\s*(?:years|yrs|anos)\s*(?:and over|and older|or older|\+|ou mais)")
_MORNING = re.compile(r"(?<![a-z])(?:morning|manha|am)(?![a-z])")
_AFTERNOON = re.compile(r"(?<![a-z])(?:afternoon|evening|tarde|noite|pm)(?![a-z])")
# The gap or the colon between a band's label and its range ("Homens 50 anos ou mais: 193 a 740 ng/dL")
_LINE_RANGE = re.compile(r"(?:\s{2,}|(?<!\d):\s*)(?=(?:[<>≤≥]|up to|ate|até|\d))")  # not a clock's "7:00"


@dataclass(frozen=True)
class Patient:
    """What a band's label is matched against; None where the report does not say."""

    sex: str | None
    age: float | None  # years
    phase: str | None
    hour: int | None


def patient_band(text: str, decimal: str, patient: Patient) -> tuple[bool, Range | None]:
    """(whether `text` is a table of bands, the band of this patient). Two or more lines, each a label
    with conditions and a range, make a table."""
    bands = [band for line in text.splitlines() if (band := _band(line, decimal)) is not None]
    if len(bands) < 2:
        return False, None
    fitting = [band for label, band in bands if _fits(label, patient)]
    return True, fitting[0] if len(fitting) == 1 else None


def band_line(text: str, decimal: str) -> bool:
    """A line that is one band of such a table: a label with a condition, then a range."""
    return _band(text, decimal) is not None


def _band(line: str, decimal: str) -> tuple[str, Range] | None:
    """(folded label, range) of a band's line, or None when the line is no band."""
    line = line.strip()
    split = _LINE_RANGE.search(line)
    if split is None or not _conditions(label := fold(line[:split.start()])):
        return None
    parsed = parse_range(line[split.end():], decimal)
    return (label, Range(parsed.low, parsed.high, line)) if parsed is not None else None


def _conditions(label: str) -> bool:
    return any(p.search(label) for p in (*_SEX.values(), *PHASE.values(), _AGES, _MORNING, _AFTERNOON))


def _fits(label: str, patient: Patient) -> bool:
    """True only when every condition the label states is known and met."""
    for sex, pattern in _SEX.items():
        if pattern.search(label) and patient.sex != sex:
            return False
    phases = [phase for phase, pattern in PHASE.items() if pattern.search(label)]
    if phases and patient.phase not in phases:
        return False
    if (ages := _AGES.search(label)) is not None:
        low = int(ages["low"] or ages["above"] or ages["from"])
        high = int(ages["high"]) if ages["high"] else 200
        if patient.age is None or not low <= patient.age <= high:
            return False
    morning, afternoon = bool(_MORNING.search(label)), bool(_AFTERNOON.search(label))
    if morning != afternoon and (patient.hour is None or (patient.hour < 12) != morning):
        return False
    return True
