"""A method column between the test's name and its result ("Exame   Metodologia   Resultado": "HBsAg
Quimioluminescência (CMIA)   Não reagente"), blanked on the rows under its header so each row reads as its name then
its result. A row's cell under the method's heading is blanked when it holds no digit (a method names a technique,
not a value) and a cell follows it; every replacement keeps the page's length, so offsets hold."""

from __future__ import annotations

import re

from nlp.text import fold

_CELL = re.compile(r"\S+(?: \S+)*")  # cells are two or more spaces apart
_METHOD = re.compile(r"(?:metodo|metodologia|method|methodology|tecnica|technique|principio)")
_RESULT = re.compile(r"(?:resultados?|results?|valor(?:es)?|values?)")
_DIGIT = re.compile(r"\d")
# (a cheap test first: a line with a method's heading, then a column's gap, then a result's heading)
_ANY_HEADER = re.compile(r"(?im)^[^\n]*(?:m[eé]todo|metodologia|method|t[eé]cnica|technique|princ[ií]pio)[ \t]{2,}"
                         r"[^\n]*(?:resultado|result|valor|value)")


def without_methods(page: str) -> str:
    """The page with a method column's cells blanked under every header that puts one before the result's."""
    if not _ANY_HEADER.search(page):
        return page  # (most pages print no method column)
    chars = list(page)
    method: tuple[int, int] | None = None  # the method heading's columns in its header, while under it
    offset = 0
    for line in page.split("\n"):
        cells = [(match.start(), match.end(), fold(match.group())) for match in _CELL.finditer(line)]
        heading = _header(cells)
        if heading is not None or (cells and _RESULT.fullmatch(cells[-1][2]) and len(cells) > 1):
            method = heading  # a header without a method column ends the one above
        elif method is not None and len(cells) >= 3:
            for start, end, text in cells[1:-1]:
                if start < method[1] and end > method[0] and not _DIGIT.search(text):
                    chars[offset + start:offset + end] = " " * (end - start)
        offset += len(line) + 1
    return "".join(chars)


def _header(cells: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The method heading's columns when the cells are a header with a method's heading before the result's."""
    method = next((index for index, (_, _, text) in enumerate(cells) if _METHOD.fullmatch(text)), None)
    if method is None or method == 0 or not any(_RESULT.fullmatch(text) for _, _, text in cells[method + 1:]):
        return None
    return cells[method][0], cells[method][1]
