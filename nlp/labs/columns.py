"""A page printed in two columns of results, each read on its own: the left column's lines, then the right's
("EXAME: HEMOGLOBINA … RESULTADO: 14,7" blocks down the left and, staggered beside them, "EXAME: TSH …" blocks down
the right; two tables side by side, each with its own header). The gutter is the text column where marker names
start on the right on three lines or more and that no line crosses (lines above and below the columns, a title or
a footer, stay whole in the left half). Each half keeps the page's length, the other half's characters blanked,
so offsets into the page still hold."""

from __future__ import annotations

import re

from nlp.labs.layout import Line

MIN_GUTTER = 30  # characters from the line's start: a names column is narrower than this
MIN_ROWS = 3  # lines each side that start a name
_GAP = re.compile(r"[ \t]{2,}")


def page_columns(page: str, lines: list[Line]) -> list[str]:
    """The page as its columns (`lines`: its lines with their marker names): itself alone when it is not printed in
    two."""
    if sum(1 for line in lines if line.anchors and line.anchors[-1].start - line.start >= MIN_GUTTER) < MIN_ROWS:
        return [page]  # (a name's cell starts before the name: too few names that far right)
    starts = [[_cell_start(page, line, anchor.start) for anchor in line.anchors] for line in lines]
    right = [(index, start) for index, line_starts in enumerate(starts) for start in line_starts if start >= MIN_GUTTER]
    if len({index for index, _ in right}) < MIN_ROWS:
        return [page]
    gutter = min(start for _, start in right)
    texts = [page[line.start:line.end] for line in lines]
    named = [index for index, line in enumerate(lines) if line.anchors]
    end = named[-1] + 1  # from the first name down to the first line across the gutter after the last (a footer)
    while end < len(lines) and not _crosses(texts[end], gutter):
        end += 1
    region = range(named[0], end)
    crossing = {index for index in region if _crosses(texts[index], gutter)}
    left_names = {index for index in region if index not in crossing and any(start < gutter - 1 for start in starts[index])}
    written = sum(1 for index in region if texts[index].strip())
    rows = {index for index, _ in right}
    # a left row's text beyond the gutter starts at the gutter (the other column's line), not further right (its own
    # value: then the "right" names are a table's indented lines, "   TFG estimada: 52", not a second column)
    own = {index for index in left_names if _beyond(texts[index], gutter) > 2}
    if len(left_names) < MIN_ROWS or len(crossing) > 0.15 * written or len(rows & left_names) > len(rows) / 2 \
            or len(own) > len(left_names) / 3:
        return [page]  # (names side by side on the same lines are read as such: cards, panels beside each other)
    left, right_half = list(page), list(page)
    for index, line in enumerate(lines):
        cut = line.start + gutter if index in region and index not in crossing else line.end
        left[cut:line.end] = " " * max(line.end - cut, 0)
        right_half[line.start:min(cut, line.end)] = " " * (min(cut, line.end) - line.start)
    return ["".join(left), "".join(right_half)]


def _cell_start(page: str, line: Line, position: int) -> int:
    """Where, from the line's start, the cell holding `position` starts (after the last gap before it)."""
    gaps = list(_GAP.finditer(page, line.start, position))
    return (gaps[-1].end() if gaps else line.start) - line.start


def _beyond(text: str, gutter: int) -> int:
    """How far past the gutter the line's text beyond it starts (0 when none is there)."""
    rest = text[gutter:]
    return len(rest) - len(rest.lstrip()) if rest.strip() else 0


def _crosses(text: str, gutter: int) -> bool:
    """Whether the line's text runs across the gutter (no gap of two spaces just before it)."""
    return len(text) > gutter and text[gutter - 2:gutter].strip() != ""
