"""Abnormal flags: the one the lab printed, and the one the value means.

H/L come from the report's reference range. LL/HH (critical) come only from analyte-specific critical
limits of a published list (nlp/data/critical_limits.toml, each entry naming its source): a marker with
no critical limit there is never critical, however far it lies from its range.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_LETTERS = {
    "n": "N", "normal": "N", "l": "L", "low": "L", "b": "L", "baixo": "L", "baixa": "L", "h": "H", "high": "H",
    "a": "H", "alto": "H", "alta": "H", "elevado": "H", "elevada": "H", "ll": "LL", "hh": "HH",
    "critical low": "LL", "critical high": "HH", "crit low": "LL", "crit high": "HH", "lc": "LL", "hc": "HH",
}
_ARROWS = {"↑": "H", "↑↑": "HH", "↓": "L", "↓↓": "LL", "⬆": "H", "⬇": "L"}
_SIGNS = {"(+)": "H", "[+]": "H", "(-)": "L", "[-]": "L"}  # bracketed after a value: above or below the range
_DIRECTIONLESS = {"*", "**", "!", "abnormal", "anormal", "alterado", "alterada", "critical", "crit", "critico", "crítico",
                  "panic", "panico", "pânico"}  # "Critical": the value and its limits say which side
FLAG = re.compile(r"[\[(]?(?:↑↑|↓↓|[↑↓⬆⬇]|\*{1,2}|!|HH|LL|H|L|N|A|B|LC|HC)[\])]?(?=\s|$)|[\[(][+-][\])](?=\s|$)|"
                  r"(?i:\b(?:critical (?:high|low)|high|low|normal|alto|alta|baixo|baixa|elevado|elevada|abnormal|"
                  r"anormal|alterado|alterada|critical|crit|cr[ií]tico|panic|p[aâ]nico)\b)")


@dataclass(frozen=True)
class CriticalLimit:
    low: float | None
    high: float | None
    inclusive: bool
    source: str

    def flag(self, value: float) -> str | None:
        """LL/HH when `value` (in the marker's canonical unit) is at or beyond a limit, else None."""
        if self.low is not None and (value <= self.low if self.inclusive else value < self.low):
            return "LL"
        if self.high is not None and (value >= self.high if self.inclusive else value > self.high):
            return "HH"
        return None


@cache
def critical_limits() -> dict[str, CriticalLimit]:
    raw = tomllib.loads(files("nlp").joinpath("data/critical_limits.toml").read_text(encoding="utf-8"))
    sources = raw.pop("sources")
    limits = {}
    for key, entry in raw.items():
        if entry["source"] not in sources:
            raise ValueError(f"critical limit {key}: unknown source {entry['source']}")
        limits[key] = CriticalLimit(low=entry.get("low"), high=entry.get("high"),
                                    inclusive=entry.get("inclusive", True), source=entry["source"])
    return limits


def range_flag(value: float, low: float | None, high: float | None) -> str | None:
    """L/H outside the printed range, N inside; None without one."""
    if low is None and high is None:
        return None
    if high is not None and value > high:
        return "H"
    if low is not None and value < low:
        return "L"
    return "N"


def critical_flag(marker_key: str, canonical_value: float | None) -> str | None:
    """LL/HH when the value, in the marker's canonical unit, is at or beyond its published critical limit."""
    limit = critical_limits().get(marker_key)
    return limit.flag(canonical_value) if limit is not None and canonical_value is not None else None


def contradicts(critical: str | None, against_range: str | None) -> bool:
    """A critical flag the printed range disagrees with (HH on a value inside its range or below it): the
    value cannot be both, so the unit it was converted from was misread."""
    return critical is not None and against_range is not None and against_range != critical[0]


def sign_flag(raw: str | None) -> bool:
    """Whether the printed flag is a bracketed sign, which means above/below only beside a range."""
    return raw is not None and raw.strip() in _SIGNS


def printed_flag(raw: str | None) -> str | None:
    """What the lab printed, normalised to L/H/LL/HH/N; "A" for a direction-less mark (*, !, "alterado");
    None when it printed nothing."""
    if not raw:
        return None
    if raw.strip() in _SIGNS:
        return _SIGNS[raw.strip()]
    token = raw.strip("[]() ").lower()
    if token in _LETTERS:
        return _LETTERS[token]
    if token in _ARROWS:
        return _ARROWS[token]
    return "A" if token in _DIRECTIONLESS else None


def final_flag(printed: str | None, computed: str | None) -> tuple[str, bool]:
    """The flag a reader acts on, and whether the printed one was corrected.

    The computed flag wins when there is one: a printed flag that contradicts the value and its range
    (N on a high value, L on a high one, HH on a value within critical limits) is corrected. Without
    a computed flag the printed one stands, but never as critical (LL/HH need a critical limit)."""
    if computed is not None:
        corrected = printed is not None and printed != computed and not (printed == "A" and computed != "N")
        return computed, corrected
    if printed in ("LL", "HH"):
        return printed[0], True
    if printed in (None, "A"):
        return "N" if printed is None else "A", False
    return printed, False
