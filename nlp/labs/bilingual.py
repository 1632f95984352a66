"""Bilingual reports that name each test in a script the catalogue does not hold (Chinese, Arabic, Thai…) with its
translation on the line below: Macau's and Hong Kong's "血紅蛋白    157   g/L   130 – 170" over "  Hemoglobina".
The row's values are the translated name's; the name's own line gives none."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlp.labs.layout import Line

# Scripts without capitals: Hebrew, Arabic, the Indic scripts, Thai, Lao, CJK, kana, Hangul, Arabic presentation forms
UNCASED = "\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefe"
_UNCASED_LETTER = re.compile(f"[{UNCASED}]")
_FIRST_CELL = re.compile(r"[ \t]*(?P<cell>\S(?:[^\n \t]| (?! ))*)")
_CELLS_AFTER = re.compile(r"[ \t]{2,}\S")  # the row goes on after its name: its values
# the name's own line holds nothing of its own after the name: nothing but an aside ("Neutrófilos (%)"), or another
# sex's range ("女 M: 45 – 84")
_NOTHING_OF_ITS_OWN = re.compile(rf"[ \t]*(?:\([^()\d]*\)[ \t]*)?$|[ \t]{{2,}}(?:[{UNCASED}]\S*[ \t]+)?"
                                 r"[^\W\d_]{1,8}\.?[ \t]*:[ \t]*[<>≤≥]?[ \t]*\d")


def translated_rows(folded: str, found: list[Line]) -> None:
    """Give each row named only in another script the marker its next line names, and take that name's anchor
    away (a name alone over a row of values would otherwise read the row below as its own): the name's line then
    begins after the name, its rest the row's (another sex's range: "  Creatinina      女 M: 45 – 84")."""
    for line, following in pairwise(found):
        if line.anchors or len(following.anchors) != 1:
            continue
        cell = _FIRST_CELL.match(folded, line.start, line.end)
        anchor = following.anchors[0]
        if cell is None or not _uncased(cell["cell"]) or not _CELLS_AFTER.match(folded, cell.end(), line.end) \
                or folded[following.start:anchor.start].strip() \
                or not _NOTHING_OF_ITS_OWN.match(folded, anchor.name_end, following.end):
            continue
        line.anchors = [replace(anchor, start=cell.start("cell"), name_end=cell.end())]
        following.anchors, following.start = [], anchor.name_end


def _uncased(text: str) -> bool:
    """Whether a name is written in a script without capitals (Chinese, Arabic, Thai…)."""
    return _UNCASED_LETTER.search(text) is not None
