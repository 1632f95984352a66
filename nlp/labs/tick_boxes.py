"""A form's results as tick boxes ("HIV I & II   ☐Reactive   ☒Non-reactive", "Sugar  [x] Nil  [ ] Present"): the
ticked option is the result. On a line offering two options or more with one ticked, the unticked ones are blanked
with their boxes and the ticked one's box, so the row reads as its name then its result; every replacement keeps
the page's length, so offsets hold."""

from __future__ import annotations

import re

_TICKED = r"[☒☑■●◉✓✔✗✘⊠]|\[[xX✓✔]\]|\([xX✓✔]\)"
_EMPTY = r"[☐□○◯]|\[ ?\]|\( ?\)"
_BOX = rf"(?:{_TICKED}|{_EMPTY})"
# a box and its option's words, up to the next box or a column's gap
_OPTION = re.compile(rf"(?:(?P<ticked>{_TICKED})|(?P<empty>{_EMPTY}))[ \t]?"
                     rf"(?P<label>(?:(?!{_BOX})\S|[ ](?![ \t]|{_BOX}))*)")
_ANY_BOX = re.compile(_EMPTY)  # (a cheap test first: most pages have no empty box)


def ticked_only(page: str) -> str:
    """The page with each line's unticked options blanked where one of its options is ticked."""
    if not _ANY_BOX.search(page):
        return page
    chars = list(page)
    offset = 0
    for line in page.split("\n"):
        options = list(_OPTION.finditer(line))
        ticked = [option for option in options if option["ticked"]]
        if len(options) >= 2 and len(ticked) == 1 and ticked[0]["label"]:
            for option in options:
                end = option.end() if option["empty"] else option.end("ticked")  # (the ticked option's words stay)
                chars[offset + option.start():offset + end] = " " * (end - option.start())
        offset += len(line) + 1
    return "".join(chars)
