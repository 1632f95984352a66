"""Numbers as labs print them: decimal commas or points, thousands dots, commas or spaces."""

from __future__ import annotations

import re

NUMBER = r"\d{1,3}(?:[.,](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")
_DECIMAL_POINT = re.compile(r"\d\.\d{1,2}(?!\d)")


def decimal_mark(text: str, language: str) -> str:
    """The document's decimal separator: the one its unambiguous numbers use, else the language's."""
    commas, points = len(_DECIMAL_COMMA.findall(text)), len(_DECIMAL_POINT.findall(text))
    if commas != points:
        return "," if commas > points else "."
    return "," if language == "pt" else "."


def parse_number(token: str, decimal: str) -> float:
    """`token` matches NUMBER. A lone separator followed by exactly three digits is a thousands
    separator unless it is the document's decimal mark; repeated separators are thousands."""
    if token[:1] in "-−+":
        return (-1.0 if token[0] != "+" else 1.0) * parse_number(token[1:], decimal)
    marks = re.findall(r"[.,]", token)
    if not marks:
        return float(token)
    if len(marks) == 1:
        head, tail = re.split(r"[.,]", token)
        return float(f"{head}.{tail}") if len(tail) != 3 or marks[0] == decimal else float(head + tail)
    last = marks[-1]
    if all(mark == last for mark in marks):
        return float(token.replace(last, ""))
    thousands = "." if last == "," else ","
    return float(token.replace(thousands, "").replace(last, "."))
