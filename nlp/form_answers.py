"""What a form answers for a finding or a habit, written beside its name rather than in a sentence:
"Dor torácica: não", "Tobacco: former, quit 2001", "Apneia do sono: ( ) Sim (X) Não", "HTN+ DM- CKD-",
"ROS: + cough, - fever", "fever no, headache yes". ConText reads cues in sentences; these are a form's
own grammar, and where one is written it is the answer. The words are data: nlp/data/form_answers.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

_WORD = r"[a-z]+(?:-[a-z]+)?"
_LABEL_ANSWER = re.compile(rf"^\s*[:=]\s*(?P<word>{_WORD})(?![a-z])")
_TICKED = re.compile(rf"[\[(]\s*[x✓✔]\s*[\])]\s*(?P<word>{_WORD})")
_BOX = re.compile(r"[\[(]\s*[x✓✔ ]?\s*[\])]")
_INLINE = re.compile(r"^\s+(?P<word>no|nao|yes|sim)(?=\s*(?:[,.;]|$))")
_SIGN_AFTER = re.compile(r"^(?P<sign>[+-])(?=[\s,;.]|$)|^\s*\((?P<paren>[+-])\)")
_SIGN_BEFORE = re.compile(r"[,;:]\s*(?P<sign>[+-])\s*$")  # not at a line's start: "- HAS" is a list's bullet


@cache
def _statuses() -> dict[str, str]:
    raw = tomllib.loads(files("nlp").joinpath("data/form_answers.toml").read_text(encoding="utf-8"))
    return {word: status for status, words in raw.items() for word in words}


def form_answer(text: str, start: int, end: int) -> str | None:
    """"present", "negated" or "historical" as the form answers for the mention at text[start:end]
    (accent- and case-folded text), or None where no answer is written beside it."""
    if end - start > 1 and text[end - 1] in "+-" and _SIGN_AFTER.match(text[end - 1:]):  # the token took the sign
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end < 0 else line_end]
    if sign := _SIGN_AFTER.match(after):
        return "present" if (sign["sign"] or sign["paren"]) == "+" else "negated"
    if _BOX.search(after[:40]) and (ticked := _TICKED.search(after[:120])):
        return _statuses().get(ticked["word"])
    for pattern in (_LABEL_ANSWER, _INLINE):
        if (answer := pattern.match(after)) and (status := _statuses().get(answer["word"])):
            return status
    if sign := _SIGN_BEFORE.search(text[line_start:start]):
        return "present" if sign["sign"] == "+" else "negated"
    return None
