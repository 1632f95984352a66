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
_ALONE = r"(?=\s*(?:[,.;)]|$))"  # the answer is the whole answer: "não", not "não irradiada"
_LABEL_ANSWER = re.compile(rf"^\s*[:=]\s*(?P<word>{_WORD}){_ALONE}")
_TICKED = re.compile(rf"[\[(]\s*[x✓✔]\s*[\])]\s*(?P<word>{_WORD})")
_BOX = re.compile(r"[\[(]\s*[x✓✔ ]?\s*[\])]")
_NEXT_ITEM = re.compile(r"\s{3,}")  # "Diabetes: ( ) Sim ( ) Não    Hipertensão: …": the next item's boxes
_INLINE = re.compile(rf"^\s+(?P<word>no|nao|yes|sim){_ALONE}")
# A telegraphic sign: only on a line that uses them as such, with a "+" somewhere ("HTN+ DM- CKD-",
# "+ cough, - fever"); a lone "-" is a bullet ("Diagnóstico: - Pneumonia") or a dash ("febre- há 3 dias").
_SIGN_AFTER = re.compile(r"^(?P<sign>[+-])(?=\s*(?:[,;.]|$)|\s+\S+[+-](?:[\s,;.]|$))|^\s*\((?P<paren>[+-])\)")
_SIGN_BEFORE = re.compile(r"[,;:]\s*(?P<sign>[+-])\s*$")
_TELEGRAPHIC = re.compile(r"(?<=[a-z0-9])\+(?=[\s,;.]|$)|(?:^|[,;:]\s*)\+\s*[a-z]|\(\+\)")


@cache
def _statuses() -> dict[str, str]:
    raw = tomllib.loads(files("nlp").joinpath("data/form_answers.toml").read_text(encoding="utf-8"))
    return {word: status for status, words in raw.items() for word in words}


def form_answer(text: str, start: int, end: int) -> str | None:
    """"present", "negated" or "historical" as the form answers for the mention at text[start:end]
    (accent- and case-folded text), or None where no answer is written beside it."""
    if end - start > 1 and text[end - 1] in "+-":  # the token took the sign
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    after = line[end - line_start:]
    if _TELEGRAPHIC.search(line):
        if sign := _SIGN_AFTER.match(after):
            return "present" if (sign["sign"] or sign["paren"]) == "+" else "negated"
        if sign := _SIGN_BEFORE.search(line[:start - line_start]):
            return "present" if sign["sign"] == "+" else "negated"
    item = after[:gap.start()] if (gap := _NEXT_ITEM.search(after, 1)) else after
    if _BOX.search(item) and (ticked := _TICKED.search(item)):
        return _statuses().get(ticked["word"])
    for pattern in (_LABEL_ANSWER, _INLINE):
        if (answer := pattern.match(after)) and (status := _statuses().get(answer["word"])):
            return status
    return None
