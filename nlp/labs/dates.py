"""Report and collection dates printed in a lab report's header (ISO, d/m/y, m/d/y, d.m.y)."""

from __future__ import annotations

import re
from datetime import date

# ISO, day/month/year with slashes, dots or dashes, or with the month's name ("21-Jul-2026", "3 fev 2026")
MONTHS = {name: number for number, names in enumerate((
    ("jan",), ("feb", "fev"), ("mar",), ("apr", "abr"), ("may", "mai"), ("jun",), ("jul",), ("aug", "ago"),
    ("sep", "set"), ("oct", "out"), ("nov",), ("dec", "dez")), start=1) for name in names}
_NAMED = r"\d{1,2}[-/ ](?:" + "|".join(MONTHS) + r")[a-z]*\.?[-/ ]\d{2,4}"
DATE = rf"(\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|(?i:{_NAMED}))"
_LABELS = {
    "collected": r"collection\s*date|collected(?:\s+on)?|specimen\s+date|data\s+(?:da|de)\s+coleta|coletad[oa]\s+em|coleta",
    "reported": r"report\s*date|reported(?:\s+on)?|date\s+reported|data\s+(?:do|de)\s+(?:laudo|relat[oó]rio|emiss[aã]o|libera[cç][aã]o)|"
                r"liberad[oa]\s+em|emitid[oa]\s+em|emiss[aã]o",
}
_PATTERNS = {kind: re.compile(rf"(?i)(?:{label})\s*[:\-]?\s*{DATE}") for kind, label in _LABELS.items()}


def parse_date(text: str, language: str) -> date | None:
    """A printed date; slashes are day-first in Portuguese and month-first in English unless a part
    is over 12, dots are day-first, dashes with a four-digit year first are ISO."""
    if (named := re.fullmatch(r"(\d{1,2})[-/ ]([a-z]{3})[a-z]*\.?[-/ ](\d{2,4})", text.lower())) is not None:
        day, month, year = int(named[1]), MONTHS.get(named[2], 0), int(named[3])
        try:
            return date(year + (2000 if year < 100 else 0), month, day)
        except ValueError:
            return None
    parts = [int(part) for part in re.split(r"[/.-]", text)]
    if len(str(parts[0])) == 4 or text[:4].isdigit():
        year, month, day = parts
    else:
        first, second, year = parts
        year += 2000 if year < 100 else 0
        day_first = "." in text or language == "pt" or first > 12
        if second > 12:
            day_first = False
        day, month = (first, second) if day_first else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def report_dates(text: str, language: str) -> dict[str, date]:
    """`collected` and `reported` dates when the header labels them."""
    found: dict[str, date] = {}
    for kind, pattern in _PATTERNS.items():
        match = pattern.search(text)
        if match and (parsed := parse_date(match.group(1), language)):
            found[kind] = parsed
    return found
