"""LOINC codes are a number and a check digit ("2345-7"): the number's mod 10 (LOINC Users' Guide, section 12 C,
"Calculating Mod 10 Check Digits", https://loinc.org/kb/users-guide/calculating-mod-10-check-digits/: double the
odd-placed digits from the right, add up every digit, and the check digit brings the sum to a multiple of ten). A
code whose digit is wrong names no LOINC term, but for the fourteen deprecated terms the guide lists as issued
with wrong digits."""

from __future__ import annotations

import re

_CODE = re.compile(r"(\d{1,7})-(\d)")
_ISSUED_WITH_WRONG_DIGITS = frozenset({"11491-6", "11501-6", "5895-7", "5896-5", "5897-3", "5928-1", "6028-3",
                                       "6415-5", "6580-7", "6645-7", "6646-5", "6647-3", "6648-1", "6649-9"})


def check_digit(number: str) -> int:
    total = 0
    for position, character in enumerate(reversed(number)):
        digit = int(character) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return -total % 10


def is_valid(code: str) -> bool:
    """Whether `code` is shaped as a LOINC code and its check digit is right (or LOINC issued it so)."""
    parts = _CODE.fullmatch(code)
    return parts is not None and (check_digit(parts[1]) == int(parts[2]) or code in _ISSUED_WITH_WRONG_DIGITS)


def corrected(code: str) -> str:
    """A code mistyped in its check digit as the code its number names ("3024-0" → "3024-7"); others as they are."""
    parts = _CODE.fullmatch(code)
    return f"{parts[1]}-{check_digit(parts[1])}" if parts is not None and not is_valid(code) else code
