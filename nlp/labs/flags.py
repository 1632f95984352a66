"""Abnormal flags: the one the lab printed and the one computed from the value and its range."""

from __future__ import annotations

import re

# A value beyond its range by more than this fraction of the bound is critical (LL/HH).
CRITICAL_MARGIN = 0.20

_LETTERS = {
    "n": "N", "normal": "N", "l": "L", "low": "L", "b": "L", "baixo": "L", "h": "H", "high": "H",
    "a": "H", "alto": "H", "elevado": "H", "ll": "LL", "hh": "HH", "critical low": "LL", "critical high": "HH",
    "lc": "LL", "hc": "HH",
}
_ARROWS = {"↑": "H", "↑↑": "HH", "↓": "L", "↓↓": "LL", "⬆": "H", "⬇": "L"}
_DIRECTIONLESS = {"*", "**", "!", "abnormal", "anormal", "alterado"}
FLAG = re.compile(r"[\[(]?(?:↑↑|↓↓|[↑↓⬆⬇]|\*{1,2}|!|HH|LL|H|L|N|A|B|LC|HC)[\])]?(?=\s|$)|"
                  r"(?i:\b(?:critical (?:high|low)|high|low|normal|alto|baixo|elevado|abnormal|anormal|alterado)\b)")


def computed_flag(value: float, low: float | None, high: float | None) -> str | None:
    """L/H outside the range, LL/HH beyond it by more than CRITICAL_MARGIN, N inside; None without a range."""
    if low is None and high is None:
        return None
    if high is not None and value > high:
        return "HH" if value > high * (1 + CRITICAL_MARGIN) else "H"
    if low is not None and value < low:
        return "LL" if value < low * (1 - CRITICAL_MARGIN) else "L"
    return "N"


def printed_flag(raw: str | None, computed: str | None) -> str:
    """Normalise what the lab printed. No flag means N. Arrows give a direction and stars say
    "abnormal"; their severity (single or double) is taken from the computed flag when it agrees."""
    if not raw:
        return "N"
    token = raw.strip("[]() ").lower()
    if token in _LETTERS:
        return _LETTERS[token]
    if token in _ARROWS:
        direction = _ARROWS[token]
        if computed and computed != "N" and computed[0] == direction[0]:
            return computed
        return direction
    if token in _DIRECTIONLESS:
        return computed if computed and computed != "N" else "A"
    return "N"
