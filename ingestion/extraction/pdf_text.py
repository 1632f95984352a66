"""A text PDF page's text laid out as printed: its words in lines from top to bottom, each line left to right,
the gaps between words kept as runs of spaces (a column's gap stays wide) and the gaps between lines as blank
lines, as MuPDF's sorted text does.

One difference: a line that overlaps the one above it by more than half its height is laid out with it, left to
right, when their words stand side by side (a result printed large beside its small unit; two columns whose rows
are not level, a heading on the right a few points above a row on the left), and on a line of its own when they
stand over each other (a letterhead's stacked lines). MuPDF's sorted text appends such a line to the end of the
one above instead: "14.3 g/dL" came out as "g/dL14.3", a row's name after the other column's heading, and two
stacked lines as one ("Dr. PatriciaAccreditation:H. Nguyen").

Another: a column's gap (two spaces or more) reaches where its word stands on the page, counted in the page's
characters, where MuPDF counts each gap in the next word's own characters: a table's row of wide capitals and
the row of digits under it drifted apart, so a strip's "Flag" and "Units" rows stood under other analytes. Every
other line comes out with MuPDF's words, lines and cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

import pymupdf

TOLERANCE = 3.0  # points: a word whose top or bottom is this close to a line's is on that line
MAX_BLANK_LINES = 5
STRIKE_BAND = (0.35, 0.75)  # share of a word's height a strike-through crosses it in
STRIKE_WIDTH = 0.25  # a strike-through's pen at most this share of the word's height (a highlighter's is the height)
Word = tuple[float, float, float, float, str]


@dataclass
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    words: list[Word] = field(default_factory=list)

    def add(self, word: Word) -> None:
        self.words.append(word)
        self.x0, self.y0 = min(self.x0, word[0]), min(self.y0, word[1])
        self.x1, self.y1 = max(self.x1, word[2]), max(self.y1, word[3])


def page_text(page: pymupdf.Page) -> str:
    """The page's text in reading order with its layout's spacing ("" when it has none)."""
    words = [(w[0], w[1], w[2], w[3], w[4]) for w in page.get_text("words", sort=True, tolerance=TOLERANCE)]
    if not words:
        return ""
    if strokes := _strokes(page):
        words = [word for word in words if not _struck(word, strokes)]
    if page.rotation and _upright(words):  # a landscape report kept as a portrait page turned by /Rotate: its words
        turned = page.rotation_matrix  # where they are seen (MuPDF gives them on the page as it is stored)
        words = [(*(pymupdf.Rect(word[:4]) * turned).normalize(), word[4]) for word in words]
    return _laid_out(words)


def _strokes(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """The page's thin horizontal straight lines (x0, x1, y, width): rules, underlines, strike-throughs."""
    return [(min(start[0], end[0]), max(start[0], end[0]), start[1], path.get("width") or 1.0)
            for path in page.get_cdrawings() for kind, start, end, *_ in path["items"]
            if kind == "l" and abs(start[1] - end[1]) < 0.5 and abs(start[0] - end[0]) > 1]


def _struck(word: Word, strokes: list[tuple[float, float, float, float]]) -> bool:
    """Whether a thin line runs through the word's middle across it and not much beyond: a corrected report's
    replaced value struck through ("7,0" beside "4,6 (1)"), not printed for reading (an underline runs under a word,
    a rule between lines or across the page behind a heading, a highlighter's thick band behind a row)."""
    x0, y0, x1, y1, _ = word
    width, height = x1 - x0, y1 - y0
    return any(y0 + STRIKE_BAND[0] * height <= y <= y0 + STRIKE_BAND[1] * height and stroke <= STRIKE_WIDTH * height
               and left <= x0 + 0.15 * width and right >= x1 - 0.15 * width and right - left <= width + height
               for left, right, y, stroke in strokes)


def _upright(words: list[Word]) -> bool:
    """Whether most words of several letters stand taller than wide: a line of text turned a quarter."""
    long = [word for word in words if len(word[4]) > 2]
    return sum(word[3] - word[1] > word[2] - word[0] for word in long) * 2 > len(long)


def _laid_out(words: list[Word]) -> str:
    """The words in lines, top to bottom, each with its gaps as spaces."""
    left = min(word[0] for word in words)
    pitch = median([(x1 - x0) / len(word) for x0, _, x1, _, word in words if len(word) > 1] or [0.0])
    lines = sorted(_lines(words), key=lambda line: line.y1)
    laid: list[_Line] = []
    for line in lines:
        if laid and _gap(laid[-1], line) < 0 and _side_by_side(laid[-1], line):
            for word in line.words:  # over half its height beside the line above: one line with it
                laid[-1].add(word)
        else:
            laid.append(line)
    text = _line_text(laid[0], left, pitch)
    for above, line in pairwise(laid):
        # (two lines stacked closer than half a line: each on its own, not one run on into the other)
        text += "\n" * (max(_gap(above, line), 0) + 1) + _line_text(line, left, pitch)
    return text


def _side_by_side(above: _Line, line: _Line) -> bool:
    """Whether no word of one line stands over or under a word of the other."""
    return all(x1 <= other[0] or other[2] <= x0 for x0, _, x1, _, _ in line.words for other in above.words)


def _lines(words: list[Word]) -> list[_Line]:
    """Words in reading order gathered into lines: a word joins the current line when its top or its bottom is
    within the tolerance of the line's."""
    found: list[_Line] = []
    for word in words:
        line = found[-1] if found else None
        if line is not None and (abs(line.y0 - word[1]) <= TOLERANCE or abs(line.y1 - word[3]) <= TOLERANCE):
            line.add(word)
        else:
            found.append(_Line(*word[:4], words=[word]))
    return found


def _gap(above: _Line, line: _Line) -> int:
    """Blank lines between two lines, in the lower line's heights (negative: they overlap by over half of it)."""
    height = line.y1 - line.y0
    return min(int(round((line.y0 - above.y1) / height)), MAX_BLANK_LINES) if height > 0 else 0


def _line_text(line: _Line, left: float, pitch: float) -> str:
    """The line's words left to right, each gap a run of spaces as wide as the gap in the word's own characters;
    a column's gap (two spaces or more) widened to where the word stands on the page in the page's characters, so
    that a table's columns stay over one another from row to row (a row of wide capitals, or of digits, drifted
    from the one above it when each gap was counted in its own word's characters)."""
    text, end = "", left
    for x0, _, x1, _, word in sorted(line.words, key=lambda item: item[0]):
        width = x1 - x0
        spaces = int(round((x0 - end) / width * len(word))) if width > 0 else 0
        if spaces >= 2 and pitch > 0:
            spaces = max(2, int(round((x0 - left) / pitch)) - len(text))
        text += " " * max(spaces, 0 if end == left or x0 <= end else 1) + word
        end = x1
    return text
